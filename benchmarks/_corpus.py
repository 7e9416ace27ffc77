"""A large multi-outlet article corpus for the speed benchmark, built at run time.

Nothing here is written into the repository: the real data is read from
``/work/shared/data`` (or ``$FACTCHECK_DATA``), and built corpora are cached as
pickles under ``/tmp/factcheck-bench-cache`` (or ``$FACTCHECK_BENCH_CACHE``).

Real layer (generation 0), used as is:

- BASIL: 100 events, each told by Fox News, The New York Times and HuffPost
  (300 articles; paragraphs joined by newlines, a paragraph's sentences by spaces).
- ECB+: 982 documents in 86 event clusters (43 topics x 2 similar events); each
  document is an article (URL lines skipped, sentences grouped three to a
  paragraph). ECB+ documents keep their own outlet: the URL's domain (502
  documents, 348 domains); the 480 older ECB documents have no URL and get an
  outlet from a fixed pool of 50 names, distinct within their event.

Synthetic layers (generation 1, 2, ...): every real event is copied again, in a
new seeded order, until the corpus has enough sentences. A copy is a new event:

- event-level changes, the same in all of the copy's articles, so the outlets
  still echo each other: every name (a capitalised word rarely seen in lower
  case) is swapped for one from a fixed list of 226 names and places, weekdays
  and months for other weekdays and months (one shift per copy); every
  number gets a per-copy digit permutation (years move by 1-9 years); every
  content word is swapped for a corpus word of similar frequency (rank within
  x0.8..x1.25; the same swap in all of the copy's articles). So a copy keeps
  the real sentences' structure, lengths, stop words and word-frequency
  profile, and its outlets echo each other as much as the real ones do, but
  two copies of one sentence share almost no content words: at 60k claims
  95% of align_claims' matches are within one event and 0.3% link two copies
  (with half the words swapped, 37% linked two copies);
- outlet-level changes, independent per article: 50 outlets from a fixed pool
  (one per article of the event), synonym swaps ("large"/"big", ...), a dropped
  or two swapped words in some sentences, rare typos and changed numbers;
- wire echoes: in 60% of copied events one article is republished by 1-3
  further outlets, each keeping ~85% of its paragraphs and rewording them with
  the outlet-level changes.

The corpus for a target size is a prefix of one fixed sequence of events (all
real events first, then generation 1, ...), cut at the first event at which the
number of sentences of four words or more reaches the target, so the 30k
corpus is part of the 150k one and every build is identical (fixed seeds,
crc32-based choices, no dependence on PYTHONHASHSEED).
"""

from __future__ import annotations

import gzip
import json
import os
import pickle
import random
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

DATA = Path(os.environ.get("FACTCHECK_DATA", "/work/shared/data"))
CACHE = Path(os.environ.get("FACTCHECK_BENCH_CACHE", "/tmp/factcheck-bench-cache"))
VERSION = 7  # bump when the recipe changes: invalidates the /tmp cache
SEED = 20240611
#: split_claims finds a little fewer claims than the datasets' sentences of 4+ words
#: (it merges some, drops repeats): 29,058 claims for 30,000 such sentences.
SENTENCES_PER_CLAIM = 1.032
#: Share of content words a copy swaps (consistently across its articles); see above.
P_SWAP = 1.0

OUTLETS = (
    "Reuters",
    "Associated Press",
    "AFP",
    "UPI",
    "BBC News",
    "CNN",
    "Fox News",
    "The New York Times",
    "HuffPost",
    "The Washington Post",
    "The Guardian",
    "Los Angeles Times",
    "USA Today",
    "NBC News",
    "CBS News",
    "ABC News",
    "NPR",
    "Politico",
    "The Hill",
    "Bloomberg",
    "The Wall Street Journal",
    "Financial Times",
    "The Independent",
    "The Telegraph",
    "Daily Mail",
    "Sky News",
    "Al Jazeera",
    "Deutsche Welle",
    "France 24",
    "The Times",
    "Chicago Tribune",
    "Boston Globe",
    "Miami Herald",
    "The Atlantic",
    "Newsweek",
    "Time",
    "Axios",
    "Vox",
    "Business Insider",
    "Yahoo News",
    "New York Post",
    "Daily News",
    "The Sun",
    "Mirror",
    "Euronews",
    "The Irish Times",
    "Toronto Star",
    "Sydney Morning Herald",
    "The Hindu",
    "South China Morning Post",
)
BASIL_OUTLETS = {"fox": "Fox News", "nyt": "The New York Times", "hpo": "HuffPost"}

NAMES = tuple(
    """
    Abbott Acosta Adams Aguilar Ahmed Alvarez Anderson Baker Banerjee Barnes Bauer Bell Bennett Berg Bishop Blake
    Boyd Brennan Brooks Bryant Burke Caldwell Campbell Carr Castro Chandler Chen Clarke Coleman Collins Cooper Cruz
    Dalton Daniels Davies Delgado Diaz Dixon Doyle Duncan Ellis Erikson Evans Farrell Fischer Fleming Flores Ford
    Foster Fraser Garcia Gibson Gordon Graham Grant Greene Hale Hansen Harper Hayes Henderson Hoffman Holland Hughes
    Hunt Ibrahim Jensen Jordan Kaplan Keller Kennedy Khan Kim Klein Kowalski Lambert Larsen Lawson Lee Lopez Mahoney
    Marsh Martins Mason Meyer Miller Mitchell Moreno Murphy Nakamura Nash Nguyen Novak Oliveira Olsen Ortiz Owens
    Park Patel Perez Perry Petrov Porter Quinn Ramirez Reed Reyes Riley Rivera Roth Russo Sanders Santos Schmidt
    Shah Silva Sinclair Singh Sousa Stewart Sullivan Suzuki Tanaka Thornton Torres Tran Turner Vargas Vasquez Walsh
    Warren Weber Wells Whitman Wong Yamamoto Young Zimmer
    Aaron Alice Amara Boris Carla Daniel Elena Farid Grace Hannah Ivan Jamal Julia Karim Laura Marco Maya Nadia
    Oscar Paula Rafael Sofia Tomas Vera Yusuf Zoe
    Aberdeen Albany Arlington Austin Bristol Calgary Cardiff Dayton Denver Dublin Durban Eugene Fresno Geneva Halifax
    Hamburg Houston Innsbruck Jackson Kampala Lima Lisbon Lyon Madison Marseille Memphis Montreal Nairobi Naples
    Oakland Omaha Oslo Perth Phoenix Porto Quito Raleigh Reno Riga Salem Seville Tacoma Toledo Tulsa Valencia Warsaw
    Winnipeg Zagreb Chile Estonia Ghana Iceland Kenya Laos Malta Nepal Norway Peru Portugal Senegal Uruguay Zambia
    """.split()
)

STOP = frozenset(
    "a an the and or but of to in on at for with by from as is are was were be been being has have had it its this that "
    "these those there their they them he she his her we our you your i me my which who whom whose what when where "
    "while would will could should can may might must shall do does did also than then so such into onto about over "
    "after before since until upon said says say not no mr mrs ms".split()
)

SYNONYMS = {
    "big": "large",
    "large": "big",
    "start": "begin",
    "began": "started",
    "started": "began",
    "help": "assist",
    "buy": "purchase",
    "show": "demonstrate",
    "about": "roughly",
    "people": "individuals",
    "car": "vehicle",
    "killed": "slain",
    "died": "perished",
    "attack": "assault",
    "fire": "blaze",
    "quake": "earthquake",
    "lawmakers": "legislators",
    "legislators": "lawmakers",
    "told": "informed",
    "officials": "authorities",
    "authorities": "officials",
    "announced": "unveiled",
    "plan": "proposal",
    "proposal": "plan",
    "criticized": "slammed",
    "slammed": "criticized",
    "charged": "accused",
    "arrested": "detained",
    "detained": "arrested",
    "claimed": "asserted",
    "important": "key",
    "key": "important",
    "home": "house",
    "house": "home",
    "quickly": "rapidly",
    "rapidly": "quickly",
    "near": "close to",
    "children": "kids",
    "kids": "children",
    "increase": "rise",
    "rise": "increase",
    "company": "firm",
    "firm": "company",
    "statement": "release",
    "tried": "attempted",
    "attempted": "tried",
    "whether": "if",
    "however": "but",
}

_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?|\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[A-Za-z]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _unit(*parts: object) -> float:
    """A deterministic pseudo-random number in [0, 1) from the parts (crc32, not hash())."""
    return zlib.crc32("|".join(map(str, parts)).encode()) / 2**32


@dataclass
class Article:
    article_id: str
    source: str
    event: str
    generation: int
    paragraphs: list[list[str]]  # paragraphs of sentences

    @property
    def text(self) -> str:
        return "\n".join(" ".join(p) for p in self.paragraphs if p)

    def n_sentences(self) -> int:
        return sum(len(s.split()) >= 4 for p in self.paragraphs for s in p)


@dataclass
class Event:
    event_id: str
    dataset: str
    articles: list[Article] = field(default_factory=list)


def real_events() -> list[Event]:
    """The 100 BASIL events and the 86 ECB+ event clusters, untouched."""
    events: dict[str, Event] = {}
    with gzip.open(DATA / "basil" / "basil_articles.jsonl.gz", "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    for r in sorted(records, key=lambda r: (r["triplet-uuid"], r["source"].lower())):
        ev = events.setdefault("basil-" + r["triplet-uuid"], Event("basil-" + r["triplet-uuid"], "basil"))
        paragraphs = [[s.strip() for s in p if s.strip()] for p in r["body-paragraphs"]]
        # some records' uuid is "empty": name the article after its original file instead
        article_id = "basil-" + Path(r["_path"]).stem
        ev.articles.append(Article(article_id, BASIL_OUTLETS[r["source"].lower()], ev.event_id, 0, paragraphs))

    docs = pd.read_csv(DATA / "ecbplus" / "ecbplus_documents.csv.gz", usecols=["doc_id", "event_cluster", "url"])
    sents = pd.read_csv(
        DATA / "ecbplus" / "ecbplus_sentences.csv.gz", usecols=["doc_id", "sentence", "is_url_line", "text"]
    )
    sents = sents[sents["is_url_line"] == 0].sort_values(["doc_id", "sentence"], kind="stable")
    by_doc = {d: g["text"].astype(str).str.strip().tolist() for d, g in sents.groupby("doc_id", sort=False)}
    for cluster, group in docs.sort_values("doc_id").groupby("event_cluster", sort=True):
        ev = Event(f"ecb-{cluster}", "ecbplus")
        used: set[str] = set()
        for doc_id, url in group[["doc_id", "url"]].itertuples(index=False):
            lines = [s for s in by_doc.get(doc_id, []) if s]
            if not lines:
                continue
            if isinstance(url, str) and url:
                source = urlparse(url).netloc.lower().removeprefix("www.")
            else:
                k = int(_unit("ecb-outlet", doc_id) * len(OUTLETS))
                while OUTLETS[k] in used:
                    k = (k + 1) % len(OUTLETS)
                source = OUTLETS[k]
            used.add(source)
            paragraphs = [lines[i : i + 3] for i in range(0, len(lines), 3)]
            ev.articles.append(Article(f"ecb-{doc_id}", source, ev.event_id, 0, paragraphs))
        events[ev.event_id] = ev
    return list(events.values())


class _Copier:
    """Event-level and outlet-level perturbations (see the module docstring)."""

    def __init__(self, events: list[Event]) -> None:
        lower: Counter[str] = Counter()
        for ev in events:
            for a in ev.articles:
                for p in a.paragraphs:
                    for s in p:
                        lower.update(w for w in _WORD.findall(s) if w.islower())
        self.lower_count = lower
        self.vocab = [w for w, c in lower.most_common() if len(w) >= 3 and w not in STOP]
        self.rank = {w: i for i, w in enumerate(self.vocab)}

    # -- event level -------------------------------------------------------
    def _content(self, low: str, key: str, p_swap: float) -> str:
        if low in STOP or len(low) < 3 or _unit(key, "swap", low) >= p_swap:
            return low
        r = self.rank.get(low, len(self.vocab) - 1)
        lo, hi = max(0, int(r * 0.8) - 50), min(len(self.vocab) - 1, int(r * 1.25) + 50)
        new = self.vocab[lo + int(_unit(key, "to", low) * (hi - lo + 1))]
        return new if new != low else self.vocab[(r + 1) % len(self.vocab)]

    def _number(self, tok: str, key: str, perm: dict[str, str]) -> str:
        if _YEAR.fullmatch(tok):
            return str(int(tok) + 1 + int(_unit(key, "year") * 9))
        return "".join(perm.get(ch, ch) for ch in tok)

    def event_map(self, key: str, p_swap: float | None = None):
        p_swap = P_SWAP if p_swap is None else p_swap
        digits = list("123456789")
        random.Random(f"{SEED}:{key}:digits").shuffle(digits)
        perm = dict(zip("123456789", digits))
        cache: dict[str, str] = {}

        def one(m: re.Match[str]) -> str:
            tok = m.group()
            hit = cache.get(tok)
            if hit is not None:
                return hit
            if tok[0].isdigit():
                out = self._number(tok, key, perm)
            else:
                base, suffix = tok, ""
                for apo in ("'", "\u2019"):
                    if apo in tok:
                        base, rest = tok.split(apo, 1)
                        suffix = apo + rest
                        break
                low = base.lower()
                if base in WEEKDAYS or base in MONTHS:
                    group = WEEKDAYS if base in WEEKDAYS else MONTHS
                    shift = 1 + int(_unit(key, "calendar", len(group)) * (len(group) - 1))
                    new = group[(group.index(base) + shift) % len(group)]
                elif base[0].isupper() and self.lower_count.get(low, 0) < 3 and low not in STOP:
                    new = NAMES[int(_unit(key, "name", base) * len(NAMES))]
                    new = new.upper() if base.isupper() and len(base) > 1 else new
                else:
                    new = self._content(low, key, p_swap)
                    if base.isupper() and len(base) > 1:
                        new = new.upper()
                    elif base[0].isupper():
                        new = new[:1].upper() + new[1:]
                out = new + suffix
            cache[tok] = out
            return out

        return lambda sentence: _TOKEN.sub(one, sentence)

    # -- outlet level ------------------------------------------------------
    @staticmethod
    def reword(sentence: str, rng: random.Random, strength: float = 1.0) -> str:
        words = sentence.split(" ")
        out = []
        for w in words:
            core = w.strip(".,;:!?\"'()\u201c\u201d\u2019")
            syn = SYNONYMS.get(core)
            if syn and rng.random() < 0.5 * strength:
                w = w.replace(core, syn, 1)
            elif core.isdigit() and rng.random() < 0.03 * strength:
                w = w.replace(core, str(int(core) + 1), 1)  # a conflicting number
            elif len(core) >= 6 and core.islower() and rng.random() < 0.004 * strength:
                k = rng.randrange(1, len(core) - 1)
                w = w.replace(core, core[:k] + core[k + 1] + core[k] + core[k + 2 :], 1)  # a typo
            out.append(w)
        if len(out) > 6 and rng.random() < 0.2 * strength:
            del out[rng.randrange(1, len(out) - 1)]
        if len(out) > 6 and rng.random() < 0.15 * strength:
            k = rng.randrange(1, len(out) - 2)
            out[k], out[k + 1] = out[k + 1], out[k]
        return " ".join(out)

    def copy_event(self, ev: Event, generation: int) -> Event:
        key = f"{SEED}:{generation}:{ev.event_id}"
        rng = random.Random(key)
        mapping = self.event_map(key)
        outlets = rng.sample(OUTLETS, len(OUTLETS))
        new = Event(f"g{generation}-{ev.event_id}", ev.dataset)
        for k, art in enumerate(ev.articles):
            arng = random.Random(f"{key}:{art.article_id}")
            paragraphs = [[self.reword(mapping(s), arng) for s in p] for p in art.paragraphs]
            new.articles.append(
                Article(f"g{generation}-{art.article_id}", outlets[k], new.event_id, generation, paragraphs)
            )
        if rng.random() < 0.6 and new.articles:
            wire = rng.choice(new.articles)
            for e in range(rng.randint(1, 3)):
                k = len(ev.articles) + e
                if k >= len(outlets):
                    break
                erng = random.Random(f"{key}:echo:{e}")
                paragraphs = [[self.reword(s, erng, 1.5) for s in p] for p in wire.paragraphs if erng.random() < 0.85]
                new.articles.append(
                    Article(f"{wire.article_id}-echo{e}", outlets[k], new.event_id, generation, paragraphs)
                )
        return new


def event_sequence(target_sentences: int, max_generations: int = 60) -> list[Event]:
    """Real events (seeded order), then copies, generation by generation, up to the target."""
    base = real_events()
    copier = _Copier(base)
    out: list[Event] = []
    total = 0
    for generation in range(max_generations + 1):
        order = list(base)
        random.Random(f"{SEED}:order:{generation}").shuffle(order)
        for ev in order:
            ev2 = ev if generation == 0 else copier.copy_event(ev, generation)
            out.append(ev2)
            total += sum(a.n_sentences() for a in ev2.articles)
            if total >= target_sentences:
                return out
    return out


def build_articles(target_claims: int, *, use_cache: bool = True) -> pd.DataFrame:
    """The articles table (``article_id``, ``source``, ``text``, ``event``, ``generation``) for about this many claims."""
    path = CACHE / f"corpus-v{VERSION}-{target_claims}.pkl"
    if use_cache and path.exists():
        with path.open("rb") as f:
            return pickle.load(f)
    rows = [
        {"article_id": a.article_id, "source": a.source, "text": a.text, "event": a.event, "generation": a.generation}
        for ev in event_sequence(round(target_claims * SENTENCES_PER_CLAIM))
        for a in ev.articles
        if a.text.strip()
    ]
    frame = pd.DataFrame(rows)
    assert frame["article_id"].is_unique
    if use_cache:
        write_cache(frame, path)
    return frame


def write_cache(frame: pd.DataFrame, path: Path) -> None:
    """Pickle a built corpus into the cache atomically (a killed run leaves no half-written file)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as f:
        pickle.dump(frame, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)


def describe(articles: pd.DataFrame) -> dict[str, object]:
    """Counts for the report."""
    synthetic = articles["generation"] > 0
    return {
        "articles": len(articles),
        "real_articles": int((~synthetic).sum()),
        "synthetic_articles": int(synthetic.sum()),
        "echo_articles": int(articles["article_id"].str.contains("-echo").sum()),
        "events": int(articles["event"].nunique()),
        "real_events": int(articles.loc[~synthetic, "event"].nunique()),
        "generations": int(articles["generation"].max()) + 1,
        "outlets": int(articles["source"].nunique()),
        "outlets_per_event_median": float(articles.groupby("event")["source"].nunique().median()),
        "characters": int(articles["text"].str.len().sum()),
    }


if __name__ == "__main__":  # python benchmarks/_corpus.py 30000: build, cache and describe
    import sys
    import time

    for n in map(int, sys.argv[1:] or ["30000"]):
        t = time.perf_counter()
        arts = build_articles(n)
        print(n, f"{time.perf_counter() - t:.1f}s", describe(arts))
