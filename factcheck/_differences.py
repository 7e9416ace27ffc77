"""What a comparison finds: each difference worded from one side, and the benign variants folded away.

Plain values, shared by :mod:`factcheck.compare` (which makes them) and :mod:`factcheck.verdicts` (which
words them per cluster).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LONE", "Comparison", "Difference", "Note"]


#: The ``cue`` of a spelling difference whose correct word no outlet wrote (the usual spelling).
LONE = "lone"


@dataclass(frozen=True)
class Difference:
    """One substantive difference, worded from one claim's side.

    ``mine`` is this claim's wording, ``theirs`` the counterpart's. For a
    spelling difference ``typo_is_mine`` says which side holds the typo; the
    reason always names the typo first ("spelling: demacracy ≠ democracy").
    """

    kind: str
    mine: str
    theirs: str
    typo_is_mine: bool = False
    cue: str = ""  # the negation word, for negation differences

    @property
    def reason(self) -> str:
        if self.kind == "negation":
            return f"negation: {self.cue} ({self.mine} \u2260 {self.theirs})"
        if self.kind == "spelling":
            typo, word = (self.mine, self.theirs) if self.typo_is_mine else (self.theirs, self.mine)
            if self.cue == LONE:
                return f"spelling: {typo} \u2260 {word} (usual spelling)"
            return f"spelling: {typo} \u2260 {word}"
        return f"{self.kind}: {self.mine} \u2260 {self.theirs}"

    def flipped(self) -> Difference:
        typo_is_mine = not self.typo_is_mine if self.kind == "spelling" else self.typo_is_mine
        return Difference(self.kind, self.theirs, self.mine, typo_is_mine, self.cue)


#: Notes on two different things, which no outlet confused: their sides are not one thing told two ways.
APART = frozenset({"two subjects", "two moments"})


@dataclass(frozen=True)
class Note:
    """A benign difference that was folded away: ``alias: Burma = Myanmar``."""

    label: str
    mine: str
    theirs: str

    def __str__(self) -> str:
        # Two things told apart are not one thing told two ways: "two subjects: Warren $6 million / Sanders ...".
        return f"{self.label}: {self.mine} {'/' if self.label in APART else '='} {self.theirs}"

    def flipped(self) -> Note:
        return Note(self.label, self.theirs, self.mine)


@dataclass(frozen=True)
class Comparison:
    differences: tuple[Difference, ...]
    benign: tuple[Note, ...]

    @property
    def conflicting(self) -> bool:
        return bool(self.differences)

    def flipped(self) -> Comparison:
        return Comparison(tuple(d.flipped() for d in self.differences), tuple(n.flipped() for n in self.benign))
