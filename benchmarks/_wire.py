"""Wire copy: one agency story republished, lightly edited, by many outlets (built at run time).

The newsroom's common case, and the one where cost grows with the number of
outlets per fact. Nothing is written into the repository: the stories come from
the *train* splits of the real data in ``/work/shared/data`` (or
``$FACTCHECK_DATA``), built corpora are cached under
``/tmp/factcheck-bench-cache`` (or ``$FACTCHECK_BENCH_CACHE``).

Stories
-------
One article per real event, so two stories never tell the same fact:

- BASIL events 2010-2016 (train): of each event's three articles, the one with
  the most sentences;
- ECB+ topics 1-35 (train): of each of their event clusters, the document with
  the most sentences (URL lines left out, three sentences to a paragraph).

A story keeps at most ``max_sentences`` sentences of four words or more (30 by
default). The stories are shuffled once (fixed seed). When a corpus needs more
facts than the real stories hold, further *generations* copy every story as a
new event with ``_corpus._Copier.event_map`` (names, places, numbers, weekdays,
months and every content word swapped, the same way in all of the event's
outlets), exactly as the BASIL/ECB+ speed corpus does; two copies of one
story share almost no content words.

Outlets
-------
Each story is one event, republished by ``outlets`` outlets ("Outlet 000" ..
"Outlet 199", a seeded sample per event). The first outlet carries the wire
text as is; every other outlet's copy is edited independently:

- a fact (sentence) is left out with probability 0.08 (never the first one);
- synonyms swapped (``_corpus.SYNONYMS``, each candidate word with p 0.5);
- a clause dropped (between two commas, or after the last comma when eight
  words or more remain) with p 0.10;
- a typo (two letters of a lower-case word of 6+ letters transposed) with
  p 0.015 per sentence;
- a number changed (+1..+3; years left alone) with p 0.05 per sentence holding
  one, a weekday changed with p 0.15 per sentence holding one;
- distractor sentences, each a fact of its own: 0-2 sentences taken from
  another story with all of their names and content words swapped (outlet-only
  material), and with p 0.2 a *near miss*: one of this story's sentences with
  half its content words and its names swapped (same shape, different fact).

Truth
-----
Every sentence carries a fact id: ``<event>#<k>`` for the story's k-th sentence
(whatever the outlet's edits, including conflicting numbers and typos: they are
the same fact told differently), ``<event>#x<outlet>.<j>`` for a distractor. A
claim the kit splits is given the fact of the article sentence it overlaps
most (see :func:`claim_facts`).

Everything is deterministic (fixed seeds, crc32-based choices, no dependence on
PYTHONHASHSEED). Run ``python benchmarks/_wire.py 20000`` to build, cache and
describe a corpus.
"""

from __future__ import annotations

import gzip
import json
import pickle
import random
import re
from dataclasses import dataclass
from pathlib import Path

import _corpus
import pandas as pd
from _corpus import SYNONYMS, WEEKDAYS

DATA = _corpus.DATA
CACHE = _corpus.CACHE
VERSION = 2  # bump when the recipe changes: invalidates the /tmp cache
SEED = 20261201
OUTLETS = tuple(f"Outlet {k:03d}" for k in range(200))
#: split_claims finds about this many claims per generated sentence (measured at 20k, 20 outlets).
CLAIMS_PER_SENTENCE = 0.99

P_LEAVE_OUT = 0.08
P_SYNONYM = 0.5
P_CLAUSE = 0.10
P_TYPO = 0.015
P_NUMBER = 0.05
P_WEEKDAY = 0.15
P_NEAR_MISS = 0.2
MAX_DISTRACTORS = 2

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_LOWER_WORD = re.compile(r"\b[a-z]{6,}\b")


@dataclass
class Story:
    story_id: str
    dataset: str
    paragraphs: list[list[str]]


def _long(sentence: str) -> bool:
    return len(sentence.split()) >= 4


def _capped(paragraphs: list[list[str]], most: int) -> list[list[str]]:
    out, n = [], 0
    for p in paragraphs:
        keep = []
        for s in p:
            if n >= most:
                break
            if _long(s):
                keep.append(s)
                n += 1
        if keep:
            out.append(keep)
    return out


def stories(max_sentences: int = 30) -> list[Story]:
    """One article per train event of BASIL (2010-2016) and ECB+ (topics 1-35), shuffled once."""
    found: list[Story] = []
    with gzip.open(DATA / "basil" / "basil_articles.jsonl.gz", "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    by_event: dict[str, list[dict]] = {}
    for r in records:
        year = int(Path(r["_path"]).parts[1])
        if 2010 <= year <= 2016:
            by_event.setdefault(r["triplet-uuid"], []).append(r)
    for uuid in sorted(by_event):
        best = max(
            sorted(by_event[uuid], key=lambda r: r["source"]),
            key=lambda r: sum(_long(s) for p in r["body-paragraphs"] for s in p),
        )
        paragraphs = [[s.strip() for s in p if s.strip()] for p in best["body-paragraphs"]]
        found.append(Story(f"basil-{uuid[:8]}", "basil", _capped(paragraphs, max_sentences)))

    docs = pd.read_csv(DATA / "ecbplus" / "ecbplus_documents.csv.gz", usecols=["doc_id", "topic", "event_cluster"])
    docs = docs[(docs["topic"] >= 1) & (docs["topic"] <= 35)]
    sents = pd.read_csv(
        DATA / "ecbplus" / "ecbplus_sentences.csv.gz", usecols=["doc_id", "sentence", "is_url_line", "text"]
    )
    sents = sents[(sents["is_url_line"] == 0) & sents["doc_id"].isin(docs["doc_id"])]
    sents = sents.sort_values(["doc_id", "sentence"], kind="stable")
    by_doc = {d: [s.strip() for s in g["text"].astype(str) if s.strip()] for d, g in sents.groupby("doc_id")}
    for cluster, group in docs.sort_values("doc_id").groupby("event_cluster", sort=True):
        best = max(group["doc_id"], key=lambda d: (sum(map(_long, by_doc.get(d, []))), d))
        lines = by_doc.get(best, [])
        paragraphs = [lines[i : i + 3] for i in range(0, len(lines), 3)]
        capped = _capped(paragraphs, max_sentences)
        if sum(map(len, capped)) >= 3:
            found.append(Story(f"ecb-{cluster}", "ecbplus", capped))
    random.Random(f"{SEED}:stories").shuffle(found)
    return found


# ---------------------------------------------------------------- outlet edits


def _drop_clause(sentence: str, rng: random.Random) -> str:
    parts = sentence.split(", ")
    if len(parts) >= 3:
        k = rng.randrange(1, len(parts) - 1)
        shorter = ", ".join(parts[:k] + parts[k + 1 :])
    elif len(parts) == 2:
        shorter = parts[0].rstrip(",;:") + "."
    else:
        return sentence
    return shorter if len(shorter.split()) >= 8 else sentence


def _typo(sentence: str, rng: random.Random) -> str:
    words = _LOWER_WORD.findall(sentence)
    if not words:
        return sentence
    w = rng.choice(words)
    k = rng.randrange(1, len(w) - 2)
    return sentence.replace(w, w[:k] + w[k + 1] + w[k] + w[k + 2 :], 1)


def _number(sentence: str, rng: random.Random) -> str:
    spots = [m for m in _NUMBER.finditer(sentence) if not _YEAR.fullmatch(m.group())]
    if not spots:
        return sentence
    m = rng.choice(spots)
    digits = m.group().replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return sentence
    new = value + rng.randint(1, 3)
    text = f"{new:,.0f}" if "." not in digits else f"{new:.{len(digits.split('.')[1])}f}"
    if "," not in m.group():
        text = text.replace(",", "")
    return sentence[: m.start()] + text + sentence[m.end() :]


def _weekday(sentence: str, rng: random.Random) -> str:
    m = _WEEKDAY.search(sentence)
    if not m:
        return sentence
    other = rng.choice([d for d in WEEKDAYS if d != m.group()])
    return sentence[: m.start()] + other + sentence[m.end() :]


def edit(sentence: str, rng: random.Random) -> str:
    """One outlet's light edits of a wire sentence (see the module docstring)."""
    words = []
    for w in sentence.split(" "):
        core = w.strip(".,;:!?\"'()\u201c\u201d\u2019")
        syn = SYNONYMS.get(core)
        if syn and rng.random() < P_SYNONYM:
            w = w.replace(core, syn, 1)
        words.append(w)
    out = " ".join(words)
    if rng.random() < P_CLAUSE:
        out = _drop_clause(out, rng)
    if rng.random() < P_TYPO:
        out = _typo(out, rng)
    if rng.random() < P_NUMBER:
        out = _number(out, rng)
    if rng.random() < P_WEEKDAY:
        out = _weekday(out, rng)
    return out


# ---------------------------------------------------------------- corpus


class _Wire:
    def __init__(self, max_sentences: int) -> None:
        self.stories = stories(max_sentences)
        base = _corpus.real_events()
        self.copier = _corpus._Copier(base)

    def event(self, story: Story, generation: int) -> tuple[str, list[list[str]]]:
        """The wire text of an event: a real story (generation 0) or a copy of one as a new event."""
        if generation == 0:
            return f"g0-{story.story_id}", story.paragraphs
        mapping = self.copier.event_map(f"{SEED}:{generation}:{story.story_id}")
        return f"g{generation}-{story.story_id}", [[mapping(s) for s in p] for p in story.paragraphs]

    def articles(self, number: int, story: Story, generation: int, outlets: int) -> list[dict]:
        event, paragraphs = self.event(story, generation)
        rng = random.Random(f"{SEED}:{event}:{outlets}")
        chosen = rng.sample(OUTLETS, outlets)
        others = [s for s in self.stories if s is not story]
        rows = []
        for k, outlet in enumerate(chosen):
            orng = random.Random(f"{SEED}:{event}:{outlet}")
            out_paragraphs: list[list[tuple[str, str]]] = []
            i = 0
            for p in paragraphs:
                sentences = []
                for s in p:
                    fact = f"{event}#{i}"
                    i += 1
                    if k == 0:
                        sentences.append((s, fact))
                    elif i == 1 or orng.random() >= P_LEAVE_OUT:
                        sentences.append((edit(s, orng), fact))
                if sentences:
                    out_paragraphs.append(sentences)
            if k:
                extra: list[tuple[str, str]] = []
                for j in range(orng.randint(0, MAX_DISTRACTORS)):
                    donor = orng.choice(others)
                    flat = [s for p in donor.paragraphs for s in p]
                    swap = self.copier.event_map(f"{SEED}:distractor:{event}:{outlet}:{j}")
                    extra.append((swap(orng.choice(flat)), f"{event}#x{k}.{j}"))
                if orng.random() < P_NEAR_MISS:
                    flat = [s for p in paragraphs for s in p]
                    near = self.copier.event_map(f"{SEED}:near:{event}:{outlet}", p_swap=0.5)
                    extra.append((near(orng.choice(flat)), f"{event}#x{k}.n"))
                for s in extra:
                    where = orng.randrange(len(out_paragraphs) + 1)
                    out_paragraphs.insert(where, [s])
            rows.append(
                {
                    "article_id": f"e{number:04d}-o{outlet[-3:]}",
                    "source": outlet,
                    "event": event,
                    "text": "\n\n".join(" ".join(s for s, _ in p) for p in out_paragraphs),
                    "sentences": [pair for p in out_paragraphs for pair in p],
                }
            )
        return rows


def build(
    target_claims: int,
    outlets: int = 20,
    *,
    max_sentences: int = 30,
    events: int | None = None,
    use_cache: bool = True,
) -> pd.DataFrame:
    """Articles (``article_id``, ``source``, ``event``, ``text``, ``sentences``) for about this many claims.

    ``sentences`` lists each article's ``(sentence, fact id)`` in order. Events
    are added, real stories first, until the sentence count reaches the target
    (or until there are ``events`` events, if given).
    """
    path = CACHE / f"wire-v{VERSION}-{target_claims}-{outlets}-{max_sentences}-{events}.pkl"
    if use_cache and path.exists():
        with path.open("rb") as f:
            return pickle.load(f)
    wire = _Wire(max_sentences)
    rows: list[dict] = []
    total, number = 0, 0
    goal = target_claims / CLAIMS_PER_SENTENCE
    for generation in range(100):
        for story in wire.stories:
            new = wire.articles(number, story, generation, outlets)
            number += 1
            rows.extend(new)
            total += sum(len(r["sentences"]) for r in new)
            if (events is None and total >= goal) or (events is not None and number >= events):
                break
        else:
            continue
        break
    frame = pd.DataFrame(rows)
    assert frame["article_id"].is_unique
    if use_cache:
        _corpus.write_cache(frame, path)
    return frame


def describe(articles: pd.DataFrame) -> dict[str, object]:
    facts = {f for s in articles["sentences"] for _, f in s}
    return {
        "articles": len(articles),
        "events": int(articles["event"].nunique()),
        "outlets": int(articles["source"].nunique()),
        "outlets_per_event": float(articles.groupby("event")["source"].nunique().median()),
        "sentences": int(articles["sentences"].map(len).sum()),
        "facts": len(facts),
        "distractor_facts": sum("#x" in f for f in facts),
        "characters": int(articles["text"].str.len().sum()),
    }


# ---------------------------------------------------------------- writing it out


def write_jsonl(articles: pd.DataFrame, path: Path) -> Path:
    """One JSON record per article (``id``, ``source``, ``text``): the kit loads it as one file of records."""
    with path.open("w", encoding="utf-8") as f:
        for r in articles[["article_id", "source", "text"]].itertuples(index=False):
            f.write(json.dumps({"id": r.article_id, "source": r.source, "text": r.text}) + "\n")
    return path


def write_files(articles: pd.DataFrame, folder: Path) -> int:
    """One small file per article, a folder per event: ``<article id>.json``, a record with
    ``source`` and ``text`` (plain .txt would need a dateline or file name for the outlet, and
    a four-sentence brief can look like boilerplate to the .txt clean-up)."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for k, (_event, group) in enumerate(articles.groupby("event", sort=False)):
        sub = folder / f"event{k:03d}"
        sub.mkdir(exist_ok=True)
        for r in group[["article_id", "source", "text"]].itertuples(index=False):
            record = {"source": r.source, "text": r.text}
            (sub / f"{r.article_id}.json").write_text(json.dumps(record), encoding="utf-8")
            n += 1
    return n


# ---------------------------------------------------------------- truth


def claim_facts(claims: pd.DataFrame, articles: pd.DataFrame, article_of: dict[str, str]) -> tuple[list[str], float]:
    """The fact id of each claim (``claims``: ``article_id``, ``text`` as the kit made them).

    ``article_of`` maps the kit's article id to the generator's. A claim gets the
    fact of the generated sentence it equals (whitespace folded); failing that
    (the splitter joined or cut sentences), of the sentence that shares most of
    its words. Returns the facts and the share of claims matched exactly.
    """
    from rapidfuzz import fuzz, process

    sentences = dict(zip(articles["article_id"], articles["sentences"]))
    exact_index = {aid: {" ".join(s.split()): f for s, f in pairs} for aid, pairs in sentences.items()}
    facts, exact = [], 0
    for aid, text in zip(claims["article_id"], claims["text"]):
        mine = article_of[aid]
        key = " ".join(str(text).split())
        hit = exact_index[mine].get(key)
        if hit is not None:
            facts.append(hit)
            exact += 1
            continue
        pairs = sentences[mine]
        best = process.extractOne(key, [s for s, _ in pairs], scorer=fuzz.partial_ratio)
        facts.append(pairs[best[2]][1])
    return facts, exact / max(1, len(facts))


if __name__ == "__main__":
    import sys
    import time

    for n in map(int, sys.argv[1:] or ["20000"]):
        t = time.perf_counter()
        arts = build(n)
        print(n, f"{time.perf_counter() - t:.1f}s", describe(arts))
