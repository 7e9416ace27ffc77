"""Readers and fixed splits for the public data sets in ``../shared/data``.

Nothing here is copied into the repo: every function reads the shared folder
at run time. The splits follow ``../shared/data/README.md`` (fixed before any
tuning):

=============  ==================================  ==================================
data set       tuning (``train``/``dev``)          report (``test``)
=============  ==================================  ==================================
mrpc           msr_paraphrase_train; dev = 10% of  msr_paraphrase_test
               it, grouped by sentence id
misspellings   codespell                           Birkbeck, Wikipedia (both minus
                                                   misspellings also in codespell)
ecbplus        topics 1-35; dev = 2 5 12 18 21 23  topics 36-45
               34 35
news_html      domains sorted, 3 of every 4        every 4th domain
=============  ==================================  ==================================

``train`` is the tuning split minus ``dev`` (for a second look at a setting
chosen on dev); ``dev`` is what tuning runs use; ``test`` is reported once.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

SPLITS = ("dev", "train", "test")
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def data_dir(arg: str | os.PathLike | None = None) -> Path:
    """The shared data folder (``--data``, else ``$FACTCHECK_DATA``, else ``../shared/data``).

    Exits with a clear message when it is missing: the benchmarks need it and
    the repo never ships a copy.
    """
    path = Path(arg or os.environ.get("FACTCHECK_DATA") or DEFAULT_DATA).expanduser()
    if not path.is_dir():
        sys.exit(
            f"bench_quality: data folder not found: {path}\n"
            "These benchmarks read public data sets from ../shared/data at run time (never copied into the repo).\n"
            "Pass its location with --data DIR or set FACTCHECK_DATA."
        )
    return path


def need(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"bench_quality: missing data file {path} (see {path.parent / 'SOURCE.md'})")
    return path


def _stable_hash(text: str) -> int:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[:12], 16)


# ---------------------------------------------------------------- MRPC
def _read_mrpc(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(
        need(path), sep="\t", quoting=csv.QUOTE_NONE, encoding="utf-8-sig", dtype=str, keep_default_na=False
    )
    frame = frame.rename(
        columns={"Quality": "label", "#1 ID": "id1", "#2 ID": "id2", "#1 String": "s1", "#2 String": "s2"}
    )
    frame["label"] = frame["label"].astype(int)
    return frame[["label", "id1", "id2", "s1", "s2"]]


def mrpc_dev_mask(train: pd.DataFrame, share: float = 0.10) -> pd.Series:
    """Dev = about ``share`` of the training pairs, grouped by sentence id.

    Pairs that share a sentence id (directly or through a chain of pairs) form
    one group, so no sentence is in both dev and train. Groups are taken in a
    fixed pseudo-random order (md5 of the group's smallest id) until ``share``
    of the pairs are in dev.
    """
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(train["id1"], train["id2"]):
        ra, rb = root("s" + a), root("s" + b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    group = pd.Series([root("s" + a) for a in train["id1"]], index=train.index)
    sizes = group.value_counts()
    order = sorted(sizes.index, key=lambda g: (_stable_hash(g), g))
    chosen, total, target = set(), 0, share * len(train)
    for g in order:
        if total >= target:
            break
        chosen.add(g)
        total += int(sizes[g])
    return group.isin(chosen)


def mrpc(data: Path, split: str) -> pd.DataFrame:
    """MRPC pairs of a split: columns label (1 = paraphrase), id1, id2, s1, s2."""
    if split == "test":
        return _read_mrpc(data / "mrpc" / "msr_paraphrase_test.txt.gz").reset_index(drop=True)
    train = _read_mrpc(data / "mrpc" / "msr_paraphrase_train.txt.gz")
    dev = mrpc_dev_mask(train)
    return train[dev if split == "dev" else ~dev].reset_index(drop=True)


# ---------------------------------------------------------------- misspellings
_WORD = re.compile(r"^[a-z]+$")


def _single_words(pairs) -> list[tuple[str, str]]:
    """(misspelling, correction) pairs of single lowercase alphabetic words, deduplicated."""
    return list(dict.fromkeys((m, c) for m, c in pairs if _WORD.match(m) and _WORD.match(c) and m != c))


def codespell_raw(data: Path) -> list[tuple[str, str]]:
    out = []
    with gzip.open(need(data / "misspellings" / "codespell_dictionary.txt.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "->" not in line:
                continue
            miss, _, rest = line.partition("->")
            for corr in rest.split(","):
                out.append((miss.strip(), corr.strip()))
    return out


def wikipedia_raw(data: Path) -> list[tuple[str, str]]:
    with gzip.open(need(data / "misspellings" / "wikipedia_common_misspellings.json.gz"), "rt", encoding="utf-8") as f:
        table = json.load(f)
    return [(m.strip(), c.strip()) for m, corrs in table.items() for c in corrs]


def birkbeck_raw(data: Path) -> list[tuple[str, str]]:
    out, target = [], None
    with gzip.open(
        need(data / "misspellings" / "birkbeck_missp.dat.gz"), "rt", encoding="ascii", errors="replace"
    ) as f:
        for line in f:
            word = line.strip()
            if not word:
                continue
            if word.startswith("$"):
                target = word[1:].replace("_", " ")
            elif target is not None:
                out.append((word.replace("_", " "), target))
    return out


def misspellings(data: Path, split: str) -> dict[str, list[tuple[str, str]]]:
    """Named lists of (misspelling, correction) single-word pairs for a split.

    Tuning (dev and train alike): codespell. Test: Birkbeck and Wikipedia,
    each without the misspellings that codespell also lists.
    """
    codespell = _single_words(codespell_raw(data))
    if split != "test":
        return {"codespell": codespell}
    known = {m for m, _ in codespell_raw(data)}
    return {
        "birkbeck": [p for p in _single_words(birkbeck_raw(data)) if p[0] not in known],
        "wikipedia": [p for p in _single_words(wikipedia_raw(data)) if p[0] not in known],
    }


# ---------------------------------------------------------------- ECB+
ECB_DEV = (2, 5, 12, 18, 21, 23, 34, 35)


def ecb_topics(split: str, available: set[int]) -> list[int]:
    if split == "test":
        wanted = range(36, 46)
    elif split == "dev":
        wanted = ECB_DEV
    else:
        wanted = [t for t in range(1, 36) if t not in ECB_DEV]
    return [t for t in wanted if t in available]


@dataclass
class Ecb:
    sentences: pd.DataFrame  # doc_id, topic, subtopic, sentence, in_coref_selection, text, claim_id
    gold: pd.DataFrame  # claim_a, claim_b (a < b), topic, same_subtopic
    event_claims: set[str]  # claims with an ACTION_* or NEG_* mention


def ecb_claim_id(doc_id: str, sentence: int) -> str:
    return f"{doc_id}:{int(sentence):03d}"


def ecbplus(data: Path) -> Ecb:
    folder = data / "ecbplus"
    sents = pd.read_csv(need(folder / "ecbplus_sentences.csv.gz"), dtype={"doc_id": str}, keep_default_na=False)
    sents = sents[sents["is_url_line"] == 0].copy()
    sents["claim_id"] = [ecb_claim_id(d, s) for d, s in zip(sents["doc_id"], sents["sentence"])]
    pairs = pd.read_csv(need(folder / "ecbplus_event_sentence_pairs.csv.gz"), dtype={"doc_id_1": str, "doc_id_2": str})
    a = [ecb_claim_id(d, s) for d, s in zip(pairs["doc_id_1"], pairs["sentence_1"])]
    b = [ecb_claim_id(d, s) for d, s in zip(pairs["doc_id_2"], pairs["sentence_2"])]
    gold = pd.DataFrame(
        {
            "claim_a": [min(x, y) for x, y in zip(a, b)],
            "claim_b": [max(x, y) for x, y in zip(a, b)],
            "topic": pairs["topic"].to_numpy(),
            "same_subtopic": pairs["same_subtopic"].to_numpy(),
        }
    ).drop_duplicates(["claim_a", "claim_b"])
    mentions = pd.read_csv(
        need(folder / "ecbplus_mentions.csv.gz"), dtype={"doc_id": str}, usecols=["doc_id", "tag", "sentence"]
    )
    events = mentions[mentions["tag"].str.startswith(("ACTION", "NEG"))]
    event_claims = {ecb_claim_id(d, s) for d, s in zip(events["doc_id"], events["sentence"])}
    cols = ["claim_id", "doc_id", "topic", "subtopic", "sentence", "in_coref_selection", "text"]
    return Ecb(sents[cols].reset_index(drop=True), gold.reset_index(drop=True), event_claims)


# ---------------------------------------------------------------- news HTML
def domain_of(url: str) -> str:
    host = urlparse(url).netloc.lower().split(":")[0]
    return host[4:] if host.startswith("www.") else host


def html_domain_split(domains: list[str]) -> dict[str, str]:
    """Domains sorted; every 4th (index 3, 7, 11, ...) is test, the other 3 of 4 are dev."""
    ordered = sorted(set(domains))
    return {d: ("test" if i % 4 == 3 else "dev") for i, d in enumerate(ordered)}


@dataclass
class Page:
    page_id: str
    url: str
    domain: str
    body: str
    html_gz: Path


def news_html(data: Path, split: str) -> list[Page]:
    folder = data / "news_html"
    with gzip.open(need(folder / "ground-truth.json.gz"), "rt", encoding="utf-8") as f:
        truth = json.load(f)
    pages = [
        Page(
            k,
            v.get("url", ""),
            domain_of(v.get("url", "")),
            v.get("articleBody", "") or "",
            folder / "html" / f"{k}.html.gz",
        )
        for k, v in truth.items()
    ]
    which = html_domain_split([p.domain for p in pages])
    # There is no separate train part: tuning uses the 3-of-4 domains ("dev").
    want = "test" if split == "test" else "dev"
    return sorted((p for p in pages if which[p.domain] == want), key=lambda p: (p.domain, p.page_id))
