"""Checks on what was read that warn without stopping a run.

- :func:`dropped_passages`: body text the HTML extractor left out. Malformed
  markup (an unclosed ``<p>`` followed by bare text in a ``<div>``) can make
  trafilatura drop a paragraph in the middle of a story; no text may vanish
  without a warning.
- :func:`not_english`: the vocabulary (wordfreq), sentence model (nupunkt) and
  number words are English; other languages run, but match almost nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Never article body: what trafilatura rightly leaves out.
_SKIP = {
    "script", "style", "noscript", "template", "head", "title", "nav", "header", "footer", "aside", "form",
    "button", "select", "option", "label", "figure", "figcaption", "svg", "iframe", "object", "menu", "table",
}  # fmt: skip
_BLOCKS = {
    "p", "div", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "section", "article", "main", "pre", "body",
    "h1", "h2", "h3", "h4", "h5", "h6", "center", "address", "details", "summary", "hr", "br",
}  # fmt: skip
_BOILERPLATE = re.compile(
    r"comment|share|social|related|promo|newsletter|subscri|cookie|consent|sidebar|caption|credit|byline|advert|"
    r"\bads?\b|banner|popup|modal|teaser|recommend|footer|header|nav|menu|breadcrumb|tags?\b|author|bio\b",
    re.I,
)
_MIN_WORDS = 12
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _passages(root: object) -> list[tuple[str, float]]:
    """Text runs between block boundaries, in document order, with their share of link text."""
    runs: list[tuple[str, float]] = []
    parts: list[str] = []
    linked = [0]

    def flush() -> None:
        text = " ".join("".join(parts).split())
        if text:
            runs.append((text, linked[0] / max(len(text), 1)))
        parts.clear()
        linked[0] = 0

    def walk(el: object, in_link: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""  # type: ignore[attr-defined]
        marks = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"  # type: ignore[attr-defined]
        if not tag or tag.lower() in _SKIP or _BOILERPLATE.search(marks):
            return
        block = tag.lower() in _BLOCKS
        link = in_link or tag.lower() == "a"
        if block:
            flush()
        if el.text:  # type: ignore[attr-defined]
            parts.append(el.text)  # type: ignore[attr-defined]
            linked[0] += len(el.text) if link else 0  # type: ignore[attr-defined]
        for child in el:  # type: ignore[attr-defined]
            walk(child, link)
            if child.tail:
                parts.append(child.tail)
                linked[0] += len(child.tail) if link else 0
        if block:
            flush()

    walk(root, False)
    flush()
    return runs


def dropped_passages(html: str, body: str) -> list[str]:
    """Paragraphs of running text in ``html`` that ``body`` (the extracted text)
    lacks, between paragraphs it kept: body text the extractor dropped.

    >>> a = "The city council approved a budget of $2.5 million for the harbor on Tuesday."
    >>> b = "The vote was seven to two after a debate that lasted three hours in the town hall."
    >>> c = "The mayor said she expected the repairs to be finished before the summer season."
    >>> dropped_passages(f"<p>{a}<div>{b}</div><p>{c}</p>", f"{a} {c}")
    ['The vote was seven to two after a debate that lasted three hours in the town hall.']
    """
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # the extractor has already parsed it; nothing more to learn here
        return []
    kept = " " + " ".join(_words(body)) + " "
    found: list[tuple[str, bool]] = []
    for text, link_share in _passages(root):
        words = _words(text)
        sentence = re.search(r"[.!?][\"'”’)]?$", text) and not text.endswith(("...", "…"))  # a teaser is cut short
        if len(words) < _MIN_WORDS or link_share > 0.5 or not sentence:
            continue
        head, tail = " ".join(words[:8]), " ".join(words[-8:])
        found.append((text, f" {head} " in kept or f" {tail} " in kept))
    inside = [i for i, (_, ok) in enumerate(found) if ok]
    if len(inside) < 2:
        return []
    return [_short(text) for text, ok in found[inside[0] : inside[-1]] if not ok]


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "..."


# The commonest English words: about a third of the words of English news, few of any other language's.
_ENGLISH = frozenset(
    "the of and to a in is that for on was with he she it as at by said from his her be has have are an not they "
    "this but were had which or who will their its after been would there we i you about more than".split()
)
_LATIN_EXTRA = ("\u1e00", "\u1eff")
_NOT_ASCII_LETTERS = re.compile(r"[^A-Za-z]+")  # in ASCII text, the letters are exactly A-Z and a-z
_WORDS = re.compile(r"[^\W\d_]+")
# From U+0250 up, except Latin Extended Additional: a letter here is no Latin letter
_MAYBE_FOREIGN = re.compile(f"[\u0250-{chr(ord(_LATIN_EXTRA[0]) - 1)}{chr(ord(_LATIN_EXTRA[1]) + 1)}-\U0010ffff]")


def not_english(text: str) -> str:
    """Why ``text`` does not look like English ("mostly Cyrillic letters"), or ``""``.

    Too short a text (under 200 letters) is given the benefit of the doubt.

    >>> not_english("Президент заявил, что переговоры продолжатся в четверг в Сеуле. " * 5)
    'mostly Cyrillic letters'
    >>> not_english("Le conseil municipal a approuvé mardi un budget de deux millions pour le port. " * 5)
    'few common English words'
    >>> not_english("The city council approved a budget of $2.5 million for the harbor on Tuesday. " * 5)
    ''
    """
    if text.isascii():  # the common case, without a Python loop over every character
        if len(_NOT_ASCII_LETTERS.sub("", text)) < 200:
            return ""
    else:
        # at least 200 letters: the first 2,000 characters usually settle it
        if sum(map(str.isalpha, text[:2000])) < 200 and sum(map(str.isalpha, text)) < 200:
            return ""
        foreign = [c for c in _MAYBE_FOREIGN.findall(text) if c.isalpha()]
        if foreign and len(foreign) > sum(map(str.isalpha, text)) / 2:
            script = Counter(unicodedata.name(c, "OTHER").split()[0] for c in foreign).most_common(1)[0][0]
            return f"mostly {script.title()} letters"
    words = _WORDS.findall(text.lower())
    if sum(map(_ENGLISH.__contains__, words)) < 0.1 * len(words):
        return "few common English words"
    return ""
