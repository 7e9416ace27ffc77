"""Strip page furniture from article text and pick out the header metadata.

Works line by line on plain text (what a .txt or .md file holds, or what the
HTML extractor returns). Claims are only ever split from the body this returns,
so anything dropped here can never become a claim. Tokeniser typography ("It’ s",
``quotes'') is repaired here too, so that claims' offsets point into the repaired text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import nupunkt

from ._text import MONTH_PATTERN, fold, parse_date

_BOILERPLATE = [
    r"advertisements?|sponsored(?: content)?|ad|paid content|promoted",
    r"(?:the )?(?:latest|top|related|more|recommended|trending|popular|most read|most popular|editor'?s picks?)"
    r"(?: headlines| stories| news| articles| videos| reading| content)?(?:\s*[:|-].*)?",
    r"quantcast|comscore|chartbeat",
    r"share(?: this| the)?(?: article| story| page| post)?(?: on \w+| via .*)?:?",
    r"(?:tweet|email|e-mail|print|comments?|save|copy link|whatsapp|facebook|twitter|linkedin|reddit|pinterest|x)"
    r"(?: this)?(?: article| story| page)?",
    r"(?:follow|like|join) us(?: on .*)?",
    r"(?:related|read more|see also|also read|recommended|more from|more on this(?: story)?|watch|listen|read next"
    r"|further reading|explore more|you may also like|you might also like)\b.*",
    r"(?:©|\(c\)|copyright\b).*",
    r"all rights reserved.*",
    r"(?:subscribe|sign up|register|log in|login|sign in|create an account|get the app|download the app)\b.*",
    r"click (?:here|to)\b.*",
    r"(?:skip|jump) to (?:main )?content|menu|home|search|close|back to top|loading\.*|continue reading|show more"
    r"|read (?:the )?full (?:article|story)|view comments|\d+ comments?|open in app|listen to this article.*",
    r"(?:we use cookies|this (?:web)?site uses cookies|accept (?:all )?cookies|cookie (?:policy|settings)).*",
    r"our standards:.*|the thomson reuters trust principles.*",
    r"(?:tags?|topics?|filed under|categories|keywords)\s*:.*",
    r"(?:image|photo|picture|video)s?(?: credit| source)?\s*:.*",
    r"\(?(?:reporting|writing|editing|additional reporting|compiled|edited|written)(?: by)? [^()]*\)?",
    r"(?:this (?:article|story) (?:was|has been) (?:updated|corrected|amended))\b.*",
    r"(?:terms of (?:use|service)|privacy policy|contact us|about us|careers|accessibility)(?:\s*[|·•].*)?",
]
# Newsletter/subscribe nags are only boilerplate while short: a long line that
# mentions a newsletter is probably an article sentence about one.
_SHORT_NAGS = re.compile(r".*\b(?:newsletter|subscribe|subscription|inbox|sign up)\b.*", re.I)
_BOILER_RE = re.compile(r"^(?:" + "|".join(_BOILERPLATE) + r")$", re.I)

_CAPTION_RE = re.compile(
    r"^(?:file )?photo\s*:|^file photo\b|^(?:image|picture|photograph)\s*:"
    r"|\b(?:file )?photo(?:graph)? by\b[^.]*$|\|\s*license photo\s*$"
    r"|\((?:ap |afp |reuters |getty |epa )?(?:photo|image|picture)s?\b[^)]*\)\s*$"
    r"|\b(?:getty images|ap photo|afp photo|reuters/|epa-efe|shutterstock)\b[^.]*$",
    re.I,
)
# Every alternative of _CAPTION_RE holds one of these words: an ASCII line without any of them is no
# caption, and most lines are spared the pattern's costly trailing scans.
_CAPTION_WORDS = ("photo", "image", "picture", "reuters/", "epa-efe", "shutterstock")
_INLINE_CREDIT = re.compile(r"\s*\((?:reporting|writing|additional reporting|editing|compiled)\b[^()]*\)\s*$", re.I)
# A photo credit at the end of a line ("...outside the court.CreditJane Smith/Agency", "... Photo: Jane
# Roe/Wire", "... (AP Photo/John Doe)"): the credit and the caption sentence it closes are furniture,
# whatever body text the page glued in front of them.
_CREDIT_TEXT = r"(?:[^.!?\n]|\.(?=\S)){2,80}"
_END_CREDIT = re.compile(
    rf"(?:(?<=[.!?\"\u201d\u2019)])Credit\s*:?\s*[A-Z]{_CREDIT_TEXT}"
    rf"|\s(?:Credit|(?:File )?(?:Photo(?:graph)?|Image|Picture)s?)\s*:\s*[A-Z]{_CREDIT_TEXT}"
    rf"|\s(?:Credit\s+|(?:File )?Photo(?:graph)? by\s+)[A-Z][^.!?\n]*/{_CREDIT_TEXT}"
    r"|\s*\((?:AP |AFP |Reuters |Getty |EPA )?(?:Photo|Image|Picture)s?\b[^)]*\)"
    r"|\s(?:Getty Images|AP Photo|AFP Photo|Reuters/|EPA-EFE|Shutterstock)[^.!?\n]*)\s*$",
    re.I,
)


_CREDIT_WORDS = ("credit", "photo", "image", "picture", "getty", "reuters/", "epa-efe", "shutterstock")


def cut_photo_credit(line: str) -> str:
    """``line`` without a photo credit at its end and the caption sentence the credit belongs to.

    >>> cut_photo_credit("The judge ruled on Monday. Protesters waited outside the court.CreditJane Roe/Wire A")
    'The judge ruled on Monday.'
    >>> cut_photo_credit("Rescuers at the pier. (AP Photo/John Doe)")
    ''
    """
    lower = line[-120:].lower()
    if not any(w in lower for w in _CREDIT_WORDS):
        return line
    m = _END_CREDIT.search(line)
    if not m:
        return line
    sentences = nupunkt.sent_spans(line[: m.start()])
    return line[: sentences[-1][0]].rstrip() if sentences else ""


_BYLINE_RE = re.compile(
    r"^[Bb][Yy]:?\s+([A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|van|de|da|von|and|&))*)(?:\s*[,|/-]\s*(.{0,60}))?$"
)
_PUBLISHED_RE = re.compile(
    # "On behalf of Smith & Co. posted in Accidents on Friday, May 3, 2013": a blog post's header, not a claim.
    r"^(?:on behalf of .{1,80}?\s)?(?:published|updated|posted|last updated|first published)\b:?\s*(.*)$",
    re.I,
)
_DATE_ONLY_RE = re.compile(
    rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:{MONTH_PATTERN}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_PATTERN}\.?,?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
    r"(?:[\s,/|-]+(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?|updated.*))*\s*$",
    re.I,
)
DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?)"
    rf"(?:,\s*(?P<date>{MONTH_PATTERN}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_PATTERN}\.?))?"
    r"\s*(?:\((?P<wire>[^()]{1,40})\))?"
    r"\s*(?:--|-|:)\s+"
)
_SITE_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+(?:[|-]|::)\s+(?P<site>[A-Z][\w.&' ]{1,30})$")
_NAV_SPLIT = re.compile(r"\s*[|•·»]\s*")
_SENTENCE_END = re.compile(r"""[.!?…]["')\]]*$""")


# Typography left by tokenised corpora (Penn Treebank style, as in ECB+): "It’ s", "hadn’ t", "the
# Awards ' date", ``quoted'' text, "“ We", "2, 000ft", "(. 538)", "ESPN. com". Left alone, a spacing
# difference reads as a spelling, negation or quote difference between outlets that wrote the same words.
_CONTRACTION = re.compile(r"(?<=[^\W\d_])(['\u2019])\s+((?i:s|t|m|re|ve|ll|d))\b(?!['\u2019-])")
_SPACED_APOSTROPHE = re.compile(r"(?<=\w) '(?= \w)")  # "the Awards ' date", "locked down ' the": joins its word
_OPEN_SPACE = re.compile(r"([\u201c\u2018]) +(?=\S)")
_CLOSE_SPACE = re.compile(r"(?<=[\w.,;:!?\u2026]) +(?=\u201d)|(?<=[.,;:!?\u2026]) +(?=\"(?:\s|$))")
_TEX_QUOTE = re.compile(r"``|''|`(?=\w)|\"")
_SPLIT_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,3}), (?=\d{3}(?![\d,]))")
_MONTH_BEFORE = re.compile(rf"\b{MONTH_PATTERN}\.?\s*$")  # "on March 2, 200 people came" is a date
_SPLIT_DECIMAL = re.compile(r"(?<=\()\. (?=\d)")  # "a record of 16-14 (. 533)"
_SPLIT_POINT = re.compile(r"(?<=\w)\. (?=0\d)")  # "the limit of. 08 percent": no sentence starts with 08
_SPLIT_DOMAIN = re.compile(r"(?<=[A-Za-z])\. (?=(?:com|org|net|gov|edu)\b)")
_SPLIT_WORDS = re.compile(r"\b(gon|wan|got) (na|ta)\b", re.I)
_DIGIT_COMMA = re.compile(r"\d, \d")
_DOMAIN_QUICK = re.compile(r"\. (?:com|org|net|gov|edu)")


def _tex_quotes(line: str) -> str:
    """``...'' or ``..." (two backticks open, two apostrophes or a straight quote close) as curly quotes;
    a lone backtick before a word opens a single quote. Straight quotes of other lines stay as they are."""
    if "`" not in line:
        return line
    out: list[str] = []
    cursor, open_tex = 0, False
    for m in _TEX_QUOTE.finditer(line):
        mark = m.group()
        if mark == '"' and not open_tex:
            continue
        out.append(line[cursor : m.start()])
        out.append({"``": "\u201c", "`": "\u2018"}.get(mark, "\u201d"))
        open_tex = mark == "``"
        cursor = m.end()
    return "".join(out) + line[cursor:]


@lru_cache(maxsize=65_536)
def repair_typography(line: str) -> str:
    """Undo tokeniser spacing and TeX-style quotes so that the same words read the same.

    Rejoins a contraction or possessive cut after its apostrophe (only before s, t, m, re, ve, ll, d),
    turns backtick quotes into curly ones and closes up spaces inside curly quotes and split numbers.

    >>> repair_typography('``It’ s official: I’ m hosting," she said. ‘ He hadn’ t known.')
    '“It’s official: I’m hosting,” she said. ‘He hadn’t known.'
    >>> repair_typography('"We are ready, " she said.')
    '"We are ready," she said.'
    >>> repair_typography("The Awards ' date, 2, 000ft (. 538) on ESPN. com; the girls’ t-shirts")
    "The Awards' date, 2,000ft (.538) on ESPN.com; the girls’ t-shirts"
    """
    # Each pattern runs only on lines holding its tell-tale characters: most lines hold none.
    if "' " in line or "\u2019 " in line:
        line = _CONTRACTION.sub(r"\1\2", line)
    if " ' " in line:
        line = _SPACED_APOSTROPHE.sub("'", line)
    line = _tex_quotes(line)
    if "\u201c " in line or "\u2018 " in line:
        line = _OPEN_SPACE.sub(r"\1", line)
    if ' "' in line or " \u201d" in line:
        line = _CLOSE_SPACE.sub("", line)
    if ", " in line and _DIGIT_COMMA.search(line):
        line = _SPLIT_THOUSANDS.sub(lambda m: m[0] if _MONTH_BEFORE.search(line, 0, m.start()) else f"{m[1]},", line)
    if ". " in line:
        line = _SPLIT_POINT.sub(" .", _SPLIT_DECIMAL.sub(".", line)) if "(. " in line or ". 0" in line else line
        line = _SPLIT_DOMAIN.sub(".", line) if ". " in line and _DOMAIN_QUICK.search(line) else line
    return _SPLIT_WORDS.sub(r"\1\2", line) if " na" in line or " ta" in line else line


@dataclass(frozen=True)
class Cleaned:
    """Body text (paragraphs separated by blank lines) plus header metadata."""

    body: str
    title: str = ""
    byline: str = ""
    dateline: str = ""
    wire: str = ""
    site: str = ""
    published: str = ""


def is_boilerplate(line: str) -> bool:
    """True for page furniture that must never become a claim.

    >>> is_boilerplate("Advertisement"), is_boilerplate("Share this article")
    (True, True)
    >>> is_boilerplate("The council approved the budget on Monday.")
    False
    """
    flat = fold(line).strip().strip("*_#>|").strip()
    if not flat:
        return True
    if _BOILER_RE.match(flat):
        return True
    if len(flat.split()) <= 14 and _SHORT_NAGS.match(flat):
        return True
    return _is_nav(flat)


def is_caption(line: str) -> bool:
    """True for photo captions and credits ("FILE PHOTO: ...", "Photo by X | License Photo").

    >>> is_caption("FILE PHOTO: South Korean President Moon Jae-in holds an online")
    True
    """
    flat = fold(line).strip()
    if flat.isascii() and not any(word in flat.lower() for word in _CAPTION_WORDS):
        return False
    return bool(_CAPTION_RE.search(flat))


def _is_nav(line: str) -> bool:
    parts = [p for p in _NAV_SPLIT.split(line) if p]
    return len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts)


def _looks_like_body(line: str, *, title_known: bool) -> bool:
    """A sentence, not a headline. With no title yet, a short first line is
    taken as the headline even if it ends in a full stop."""
    words = len(line.split())
    return words >= (4 if title_known else 8) and bool(_SENTENCE_END.search(fold(line)))


def _headline(line: str) -> tuple[str, str]:
    """Split 'Title - Site' into (title, site) when the suffix looks like an outlet."""
    m = _SITE_SUFFIX.match(fold(line).strip())
    if m and len(m["site"].split()) <= 4 and not _SENTENCE_END.search(m["title"]):
        cut = len(line.rstrip()) - len(m["site"])
        return line[:cut].rstrip(" |-\u2013\u2014:"), m["site"].strip()
    return line.strip(), ""


_CONTINUES = re.compile(r"^[a-z0-9(,;]")


def _join_continuations(lines: list[str]) -> list[str]:
    """Re-join a sentence broken across lines: the first part has no sentence end
    and the next line goes on in lower case ("... a Nigerian" / "flag. She ...")."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if line and prev and _CONTINUES.match(line) and not _SENTENCE_END.search(fold(prev)) and not prev.endswith(":"):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return out


# A page's label glued to the line's first word when the extractor lost the break between them
# ("AdvertisementThe mayor said ...", "ReportJose Mourinho ..."): the label is furniture, the rest is body.
_GLUED_LABEL = re.compile(
    r"^(?:Advertisement|Sponsored|Supported by|Watch|Video|Listen|Related|Exclusive|Breaking(?: News)?|Updated?"
    r"|Opinion|Analysis|Report|Photos?)(?=[A-Z][a-z])"
)


@lru_cache(maxsize=65_536)
def _line_parts(line: str) -> tuple[str, str, bool]:
    """A line without its credits, folded, and whether it is furniture: once per distinct line (wire copy
    repeats whole paragraphs across outlets)."""
    line = cut_photo_credit(_INLINE_CREDIT.sub("", _GLUED_LABEL.sub("", line, count=1)).strip())
    if not line:
        return line, line, True
    return line, fold(line), is_boilerplate(line) or is_caption(line)


def clean_text(raw: str, *, title: str = "", header: bool = True) -> Cleaned:
    """Drop boilerplate, captions and credits; lift title, byline, dateline and date.

    ``title`` is a title already known from metadata: a first line repeating it
    is dropped rather than returned as body text. ``header=False`` says the
    text is a body only (a JSON or CSV record's ``text``): no line of it is
    taken for a headline, however short.

    >>> c = clean_text("Advertisement\\n\\nBig news\\n\\nSEOUL (UPI) -- The talks ended on Monday in Seoul.")
    >>> c.title, c.wire, c.body
    ('Big news', 'UPI', 'The talks ended on Monday in Seoul.')
    """
    lines = _join_continuations([repair_typography(ln.strip()) for ln in raw.split("\n")])
    title = repair_typography(title)
    meta = {"title": title.strip(), "byline": "", "published": "", "site": ""}
    known_titles = {fold(title).strip().lower()} if title else set()
    paragraphs: list[str] = []
    in_body = False
    for line in lines:
        if not line:
            continue
        line, flat, furniture = _line_parts(line)
        if furniture:
            continue
        if fold(line).strip().lower() in known_titles:
            continue
        byline = _BYLINE_RE.match(flat)
        if byline and len(flat.split()) <= 12 and not _SENTENCE_END.search(flat.rstrip(".")):
            meta["byline"] = meta["byline"] or ", ".join(part for part in (byline[1], byline[2]) if part)
            continue
        published = _PUBLISHED_RE.match(flat)
        if published and (len(flat.split()) <= 12 or flat[:13].lower() == "on behalf of "):
            meta["published"] = meta["published"] or parse_date(published[1]) or published[1].strip()
            continue
        if _DATE_ONLY_RE.match(flat):
            meta["published"] = meta["published"] or parse_date(flat)
            continue
        if (
            header
            and not in_body
            and not _looks_like_body(line, title_known=bool(meta["title"]))
            and not DATELINE_RE.match(flat)
        ):
            # Header region: the first short line is the headline; other short
            # lines before the body are decks, kickers or caption fragments.
            if not meta["title"]:
                meta["title"], meta["site"] = _headline(line)
                known_titles.add(fold(meta["title"]).lower())
            elif not meta["site"]:
                _, meta["site"] = _headline(line)
            continue
        in_body = True
        introduces = flat.rstrip().endswith(":") and len(flat.split()) >= 6  # "X issued this statement:"
        if not _SENTENCE_END.search(flat) and not introduces and len(flat.split()) < 12:
            continue  # a subheading or a stray link inside the body, not a claim
        paragraphs.append(line)

    dateline = wire = ""
    if paragraphs:
        m = DATELINE_RE.match(fold(paragraphs[0]))
        if m and (m["wire"] or m["date"] or len(m["place"]) >= 3):
            dateline = paragraphs[0][: m.end()].rstrip(" -\u2013\u2014:").strip()
            wire = (m["wire"] or "").strip()
            paragraphs[0] = paragraphs[0][m.end() :].lstrip()
    return Cleaned(
        body="\n\n".join(p for p in paragraphs if p),
        title=meta["title"],
        byline=meta["byline"],
        dateline=dateline,
        wire=wire,
        site=meta["site"],
        published=meta["published"],
    )
