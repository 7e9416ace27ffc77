"""Negation: one outlet negates what another affirms ("passed" / "had not passed")."""

from __future__ import annotations

import re

from ._capitals import headline_tokens
from ._owners import DAYS, stem
from ._tokens import STOP_WORDS, Token
from ._verbs import IRREGULAR_PAST
from .details import _NEGATIONS, Detail

__all__ = ["negation_differences", "negations", "not_yet"]


_AUXILIARIES = frozenset(
    ("had has have did does do was were is are will would could should can may might must been be").split()
)


# "would not have", "could not have": a counterfactual, which negates nothing anyone reported.
_MODALS = frozenset("would could should might".split())
_NEGATING_VERBS = frozenset("yet failed fails failing refused refuses refusing declined declines declining".split())
# Their nouns negate the verb the "to" a few words on brings: "their failure, three times in a row, to get".
_NEGATING_NOUNS = frozenset("failure refusal inability".split())


# Words that call what they report untrue: a side that uses one denies as the other's "not" does. Not "fake",
# which mostly describes a thing ("a fake letter"), not the report.
_DEBUNKING = frozenset("hoax hoaxes bogus untrue debunked debunk myth rubbish fabricated deny denies denied".split())

# Words that deny what follows them a few words on, as "not" does: the other side's twin after one is no affirmation.
_DENIED_THERE = frozenset(_NEGATIONS) | frozenset(
    "instead rather stop stops stopped prevent prevents prevented keep keeps kept".split()
)

# "ruled out fighting", "rule out a deal": a denial whose verb is "rule" with "out".
_RULE = frozenset(("rule", "ruled"))
# Verbs that deny by themselves: a "not" before one cancels its denial ("did not rule out", "never failed to").
_SELF_DENYING = _NEGATING_VERBS | _RULE

# The negation itself, never the context it is compared in.
_CUES = _NEGATING_VERBS | _NEGATING_NOUNS | frozenset(_NEGATIONS) | _RULE | {"out"}


# Words that may stand between "refused" and its "to": "refused on Monday to" (a day: ``DAYS``), "declined again to".
_MEANWHILE = frozenset(
    "on again repeatedly publicly yesterday today tonight still also once twice later initially".split()
)

# Words between a negation and the word it negates ("had not yet been consulted", "none of them fatal").
_NEGATION_SKIP = frozenset(
    "been be yet even ever actually really to a an the any have has had of them it us these those its their".split()
)


def negations(text: str, details: tuple[Detail, ...], tokens: tuple[Token, ...]) -> list[tuple[Detail, str, str]]:
    """``(cue, phrase, negated word)`` per negation: "had not passed" negates "passed".

    "nor" after another negation continues it ("not found X, nor Y") rather
    than adding one, unless a clause of its own follows ("nor was Dean asked").
    """
    out: list[tuple[Detail, str, str]] = []
    # "had yet to regain", "failed to return", "refused to pay", "ruled out fighting": negations
    # without a negation word.
    for k in range(len(tokens) - 2):
        # "refused on Monday to concede", "declined again to comment": when or how often stands between.
        to = k + 1
        while to < min(k + 4, len(tokens) - 2) and (tokens[to].kind in DAYS or tokens[to].norm in _MEANWHILE):
            to += 1
        pair = (tokens[k].norm, tokens[to].norm)
        if (pair[1] == "to" and pair[0] in _NEGATING_VERBS) or (pair[0] in _RULE and tokens[k + 1].norm == "out"):
            to = to if pair[1] == "to" else k + 1
            if tokens[to + 1].kind != "word":
                continue  # "revenue declined to $36.9 billion": a fall to a figure, no refusal
            if any(t.norm in ("not", "never") for t in tokens[max(0, k - 2) : k]):
                continue  # "did not rule out more sanctions", "never failed to": two denials, which cancel
            cue = Detail("negation", "not", tokens[k].surface, tokens[k].start, tokens[to].end)
            out.append((cue, text[tokens[k].start : tokens[to + 1].end], tokens[to + 1].norm))
        elif pair[0] in _NEGATING_NOUNS:
            to = next((j for j in range(k + 1, min(k + 9, len(tokens) - 1)) if tokens[j].norm == "to"), None)
            if to is not None:
                cue = Detail("negation", "not", tokens[k].surface, tokens[k].start, tokens[k].end)
                out.append((cue, text[tokens[k].start : tokens[to + 1].end], tokens[to + 1].norm))
    headline = None
    for cue in (d for d in details if d.kind == "negation"):
        if cue.surface.istitle() and text[: cue.start].rstrip()[-1:].isalnum():
            if headline is None:
                headline = headline_tokens(tokens)
            if not headline:  # in a headline every word is capitalised: "Painting Is Not By the Mayor" denies
                continue  # "the Do Not Call list": mid-sentence and capitalised, part of a name, no denial
        after = [t for t in tokens if t.start >= cue.end]
        if cue.key == "nor" and out and not (after[:1] and after[0].norm in _AUXILIARIES):
            continue  # "nor Y" lists one more thing denied; "nor was he asked" denies a clause of its own
        if cue.key == "no" and after[:1] and after[0].surface[:1].isdigit():
            continue  # "to be No 4": a rank, as "No. 4"
        before = [t for t in tokens if t.end <= cue.start][-1:]
        if cue.key == "no" and out and before and before[0].norm in ("and", "or"):
            continue  # "found no blood and no bones": one denial listing two things
        if cue.key == "not" and before and (before[0].norm == "or" or _or_not(tokens, before[0])):
            continue  # "whether or not", "like it or not", "may or may not": two alternatives, nothing denied
        before = [t for t in before if t.norm in _AUXILIARIES]
        if cue.key in ("none", "neither") and after[:1] and after[0].norm == "of":
            # "None of the other teams ... has been reported to": what is denied is the verb, not the teams.
            verb = next((k for k, t in enumerate(after[:20]) if t.norm in _AUXILIARIES), None)
            after = after[verb + 1 :] if verb is not None else after
        after = after[:4]
        if before and before[0].norm in _MODALS and after and after[0].norm == "have":
            continue  # "he wouldn't have placed him on IR" (had the team been in contention): what did not happen
        if any(t.norm in ("until", "till") for t in after):
            continue  # "will not be known until Friday" says when: "will be known on Friday"
        if cue.key in ("nobody", "none", "nothing") or (cue.key == "no" and after[:1] and after[0].norm == "one"):
            after = [t for t in after if t.norm not in _AUXILIARIES and t.norm != "one"]  # "No one was [hurt]"
        after = [t for t in after if t.norm not in _NEGATION_SKIP]
        if len(after) > 1 and after[0].capitalised and after[1].kind == "word" and not after[1].capitalised:
            if headline is None:
                headline = headline_tokens(tokens)
            if not headline:  # in a headline the capitalised word is the verb denied: "Won't Turn into"
                after = after[1:]  # "not a U.S. citizen": the name describes what is denied, the noun after it
        after = after[:1]
        if after and after[0].norm in _SELF_DENYING:
            continue  # "did not rule out", "never failed to": the denial this one cancels is not counted either
        start = before[0].start if before else cue.start
        end = after[0].end if after else cue.end
        out.append((cue, text[start:end], after[0].norm if after else ""))
    return out


def _denied_at(tokens: tuple[Token, ...], k: int) -> bool:
    """A denying word stands a few words before ``tokens[k]``, in its clause ("did not resign and was asked": no),
    and no second denial cancels it ("did not rule out further sanctions": they stay possible)."""
    denials = 0
    for j in range(k - 1, max(-1, k - 4), -1):
        norm = tokens[j].norm
        if norm in ("and", "but", "or", "while"):
            break
        denials += norm in _DENIED_THERE or (norm == "out" and j > 0 and tokens[j - 1].norm in _RULE)
    return denials % 2 == 1


def _or_not(tokens: tuple[Token, ...], auxiliary: Token) -> bool:
    """ "may or may not", "did or did not": the auxiliary before the negation follows "or" and itself."""
    k = tokens.index(auxiliary)
    return k >= 2 and tokens[k - 1].norm == "or" and tokens[k - 2].norm == auxiliary.norm


def _asks(text: str) -> bool:
    return text.rstrip(" \"'\u201d\u2019)").endswith("?")


_CLAUSE_END = re.compile(r"[.!?;:](?=\s|$|[\"'\u201d\u2019)])")


def _asked(text: str, at: int) -> bool:
    """The word at ``at`` sits in a question: the first sentence mark after it is a "?" ("Macaulay Culkin
    Dead? Fans Freak Out", "The Guy Who Said a Spider Burrowed Under His Skin? Experts Say")."""
    end = _CLAUSE_END.search(text, at)
    return end is not None and end.group() == "?"


def negation_differences(
    a: str,
    b: str,
    da: tuple[Detail, ...],
    db: tuple[Detail, ...],
    ta: tuple[Token, ...],
    tb: tuple[Token, ...],
    *,
    negated: tuple[list[tuple[Detail, str, str]], list[tuple[Detail, str, str]]] | None = None,
) -> list[tuple[str, str, str]]:
    """One side negates what the other affirms: "passed" / "had not passed".

    Both sides negating as often is agreement, whatever the words ("had no
    jurisdiction" / "did not have jurisdiction"). An extra negation counts only
    when the word it negates appears, not negated, on the other side;
    otherwise it sits in a clause the other outlet simply left out. ``negated``: each side's
    :func:`negations`, when already known.
    """
    if _asks(a) or _asks(b):
        return []  # a question asserts nothing to negate ("And who sucked as much?")
    neg_a, neg_b = negated if negated is not None else (negations(a, da, ta), negations(b, db, tb))
    if len(neg_a) == len(neg_b):
        return []
    more_a = len(neg_a) > len(neg_b)
    extra, fewer, other = (neg_a, neg_b, tb) if more_a else (neg_b, neg_a, ta)
    if not fewer and any(t.norm in _DEBUNKING for t in other):
        return []  # "the six days of darkness are a hoax" / "there won't be six days of darkness": both deny
    negated_there = {f for _, _, word in fewer for f in _forms(word)}
    mine_tokens = ta if more_a else tb
    # A headline capitalises every word, so there a capital does not make the negated word a name.
    head = headline_tokens(mine_tokens)
    for cue, phrase, word in extra:
        if not word or _forms(word) & negated_there:
            continue
        at = next((k for k, t in enumerate(mine_tokens) if t.start >= cue.end and t.norm == word), None)
        if at is None or (mine_tokens[at].capitalised and not head):
            continue  # "This wasn't P.J. Carlesimo ...": a name is not a statement to negate
        if _asked(a if more_a else b, cue.start):
            continue  # "Isn't He Dead? Fans Wonder": a question denies nothing
        for k, t in enumerate(other):
            if any(x.norm == "unless" for x in other[max(0, k - 6) : k]):
                continue  # "unless the subsidies are repealed" says "if they are not repealed"
            if _denied_at(other, k):
                continue  # denied there too: "not immediately available", "a ticket instead of arrest", "to stop him turning"
            if _asked(b if more_a else a, t.start):
                continue  # "Culkin Dead? Fans Freak Out" asks what "Culkin is not dead" denies: it affirms nothing
            if _forms(t.norm) & _forms(word) and _same_context(mine_tokens, at, other, k):
                mine, theirs = (phrase, t.surface) if more_a else (t.surface, phrase)
                return [(mine, theirs, cue.surface.lower().replace("n't", "not"))]
    return []


def _forms(word: str) -> set[str]:
    """A word and its stem: the crude stem cuts "attend" to "atten" but "attended" to "attend", so
    one verb's forms meet in either; an irregular form meets its verb ("swam" / "swim"); a verb in a silent e
    meets its past ("concede" / "conceded", whose stem is "conced")."""
    forms = {word, stem(word), IRREGULAR_PAST.get(word, word)}
    return forms | {word[:-1]} if len(word) > 4 and word.endswith("e") else forms


def _content_at(tokens: tuple[Token, ...], indices: range, when: bool = True) -> list[int]:
    """The positions of the content words at ``indices``, nearest first (``when``: days and times too)."""
    return [
        k
        for k in indices
        if tokens[k].norm not in STOP_WORDS
        and (when or tokens[k].kind not in DAYS)
        and tokens[k].norm not in _NEGATION_SKIP
        and tokens[k].norm not in _CUES
        and tokens[k].norm != "one"  # "No one was hurt": part of the negation, not what it is about
    ]


def _content(tokens: tuple[Token, ...], indices: range, when: bool = True) -> list[str]:
    """The stems of the content words at ``indices``, nearest first."""
    return [stem(tokens[k].norm) for k in _content_at(tokens, indices, when)]


def _past_verb_before(tokens: tuple[Token, ...], i: int) -> bool:
    """The content word nearest before ``tokens[i]`` is a past form: "pleaded [not] guilty", "required [an]"."""
    k = next(iter(_content_at(tokens, range(i - 1, max(-1, i - 6), -1))), None)
    return k is not None and (tokens[k].norm.endswith("ed") or tokens[k].norm in IRREGULAR_PAST)


def _same_context(ta: tuple[Token, ...], i: int, tb: tuple[Token, ...], j: int) -> bool:
    """The negated word and its plain twin say the same thing about the same subject: the content
    word after them, or before the negation, is the same ("had not passed the budget" / "passed the
    budget"), not "won't attend the speech" / "would be expected to attend, has said ..."."""
    after_a, after_b = (
        _content(ta, range(i + 1, min(len(ta), i + 4)))[:1],
        _content(tb, range(j + 1, min(len(tb), j + 4)))[:1],
    )
    # Before the word, a day says when ("refused on Monday to concede"), not about whom; after it, it tells the
    # statement apart ("did not meet on Monday" / "met the staff on Tuesday").
    words_a = _content(ta, range(i - 1, max(-1, i - 6), -1), when=False)
    words_b = _content(tb, range(j - 1, max(-1, j - 6), -1), when=False)
    before_a, before_b = words_a[:1], words_b[:1]
    # Both sides of the word must agree where both sides have one: "not a spot at a bar" / "a spot at the
    # bar" share what follows, but one is "dress like you deserve respect", the other "more appropriate for".
    same_after = after_a == after_b if after_a and after_b else None
    same_before = before_a == before_b if before_a and before_b else None
    reordered = set(before_a) & set(words_b) or set(before_b) & set(words_a)
    if same_before is False and reordered and not (_past_verb_before(ta, i) or _past_verb_before(tb, j)):
        # The subject's words in another order ("the governor of Ohio signs" / "Ohio's governor did not sign")
        # prove nothing either way: what follows must agree. A verb before it says what the word is about:
        # "pleaded not guilty" at an arraignment / "found him guilty" at the trial.
        same_before = None
    if not (after_a or after_b or before_a or before_b):
        # No content word around in either: a short sentence ("He was not arrested." / "He was arrested.")
        # says the same thing when the words around are the same.
        near = lambda t, k: [x.norm for x in (*t[max(0, k - 3) : k], *t[k + 1 : k + 3]) if x.norm not in _CUES]  # noqa: E731
        return near(ta, i) == near(tb, j)
    if not (before_a or before_b) and not (after_a and after_b):
        # Only one side goes on ("He was not charged." / "He was charged with assault."): the same words
        # before, a pronoun and its verb, make it the same statement ("She was charged" is someone else's).
        lead = lambda t, k: [x.norm for x in t[max(0, k - 3) : k] if x.norm not in _CUES | _AUXILIARIES]  # noqa: E731
        return bool(lead(ta, i)) and lead(ta, i) == lead(tb, j)
    return (same_after is not False and same_before is not False) and bool(same_after or same_before)


# "has not been identified", "have not yet released", "has yet to": what was so when the outlet wrote.
_NOT_YET = re.compile(r"(?i)\b(?:has|have)\s+not\b|\b(?:has|have)n['\u2019]t\b|\bnot\s+yet\b|\byet\s+to\b")


def not_yet(mine: str, theirs: str, a: str, b: str) -> bool:
    """A negation difference that is two moments, not two statements: one outlet says what has not happened
    yet ("Police have not released the name"), the other what then happened ("released the name on
    Tuesday"). Not when the other outlet says it in a perfect too ("have released", or reported, "had released")."""
    for negated, affirmed, text in ((mine, theirs, b), (theirs, mine, a)):
        if _NOT_YET.search(negated) and not _NOT_YET.search(affirmed):
            # "had cooperated" after "said" is reported speech's "has cooperated": the same moment.
            return not re.search(rf"(?i)\b(?:has|have|had)\s+(?:been\s+)?{re.escape(affirmed)}\b", text)
    return False
