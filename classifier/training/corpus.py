"""The training corpus of issue 14: the real texts of ../shared/data/real (dev, train pool, extra/) plus the
team-written corpus (data/train/*.jsonl), each record with its cross-validation group.

Real texts are read from ../shared at run time and never copied into the project; nothing here prints a text.

Groups (what must never straddle cross-validation folds):
- a quotation from an article, page or official notice: its `source` (quotes of one article stay together);
- records of a dataset FILE that holds many independent messages or posts (the IE403 Vietnamese SMS set, ORFD,
  the KISA Korean SMS, the Thai SMS sets, the job-board scrapes, the Facebook IT posts): one group per file would
  put all of a language's lures in one fold, so they are grouped by near-duplicate cluster instead: the text
  folded, with digits, links, handles, e-mails and punctuation removed and spaces collapsed; two records whose
  first 60 remaining characters agree, or whose character-5-gram Jaccard similarity is >= 0.6, share a group
  (union-find over candidates that share a 12-character chunk, see `near_duplicate_groups`);
- a Khmer translation (`kmtr:` + original id) goes into the group of its original;
- the team-written corpus: one group per file and `kind` (its records are variations of a handful of templates).
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from classifier.normalize import fold, normalize

PROJECT_ROOT = Path(__file__).resolve().parents[2]
REAL_DIR = PROJECT_ROOT.parent / "shared" / "data" / "real"
OWN_DIR = PROJECT_ROOT / "data" / "train"
REAL_FILES = ("dev.jsonl", "train_pool.jsonl", "extra/ko_kisa_sms.jsonl", "extra/th_sms.jsonl",
              "extra/km_translated.jsonl")
# Sources that are dataset files of many independent messages: grouped by near-duplicate cluster.
DATASET_SOURCES = ("IE403", "ORFD", "KISA", "Saramin", "BongThom", "CamHR", "Jobify", "Facebook-group",
                   "github.com/ssivakorn", "github.com/punchpatcha", "github.com/SiriwanIm")


@dataclass
class Record:
    rid: str
    text: str
    lang: str
    label: int  # 1 lure, 0 legit or other_scam (not a job lure)
    origin: str  # "real" or "own"
    file: str
    source: str
    kind: str
    group: str = ""
    fragment: bool = False  # a quoted line or title of an ad, not a whole ad
    translated: bool = False
    meta: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def is_dataset_source(source: str) -> bool:
    return any(s in source for s in DATASET_SOURCES)


_STRIP = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|@\w+|[\d٠-٩០-៩]+|[^\w\s]|_", re.U)


def skeleton(text: str) -> str:
    """What stays of a message when its numbers, contacts and punctuation change: the near-duplicate key."""
    return " ".join(_STRIP.sub(" ", fold(normalize(text))).split())


def near_duplicate_groups(texts: list[str], jaccard: float = 0.6) -> list[int]:
    """Cluster ids: union-find over texts whose skeletons share their first 60 characters or whose 5-gram
    Jaccard similarity reaches `jaccard` (candidates: texts sharing an aligned 12-character chunk)."""
    sk = [skeleton(t) for t in texts]
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    heads: dict[str, int] = {}
    chunks: dict[str, list[int]] = {}
    grams = []
    for i, s in enumerate(sk):
        head = s[:60]
        if head in heads:
            union(i, heads[head])
        else:
            heads[head] = i
        grams.append({s[k : k + 5] for k in range(max(1, len(s) - 4))})
        for k in range(0, max(1, len(s) - 11), 12):
            chunks.setdefault(s[k : k + 12], []).append(i)
    for members in chunks.values():
        if len(members) > 200:  # a boiler-plate chunk shared by everything: not a duplicate signal
            continue
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                i, j = members[a], members[b]
                if find(i) == find(j):
                    continue
                ga, gb = grams[i], grams[j]
                if ga and gb and len(ga & gb) / len(ga | gb) >= jaccard:
                    union(i, j)
    return [find(i) for i in range(len(texts))]


FRAGMENT_KINDS = ("quoted_fragment", "quoted_ad_title", "quoted_ad_sentence", "quoted_ad_excerpt")


def load_real(real_dir: Path = REAL_DIR) -> list[Record]:
    out: list[Record] = []
    for name in REAL_FILES:
        path = Path(real_dir) / name
        if not path.is_file():
            continue
        for r in _rows(path):
            if r.get("label") not in ("lure", "legit", "other_scam") or not r.get("text", "").strip():
                continue
            out.append(Record(rid=r["id"], text=r["text"], lang=r.get("lang", "und"), label=int(r["label"] == "lure"),
                              origin="real", file=name, source=r.get("source", ""), kind=r.get("kind", ""),
                              fragment=r.get("kind", "") in FRAGMENT_KINDS, translated=r["id"].startswith("kmtr:"),
                              meta={"raw_label": r["label"], "orig_kind": r.get("orig_kind", "")}))
    return out


def load_own(own_dir: Path = OWN_DIR) -> list[Record]:
    out: list[Record] = []
    for path in sorted(Path(own_dir).glob("*.jsonl")):
        for n, r in enumerate(_rows(path)):
            if r.get("label") not in ("lure", "legit") or not r.get("text", "").strip():
                continue
            out.append(Record(rid=f"own:{path.stem}:{n}", text=r["text"], lang=r.get("lang", "und"),
                              label=int(r["label"] == "lure"), origin="own", file=path.name, source="own",
                              kind=r.get("kind", ""), group=f"own:{path.stem}:{r.get('kind', '')}"))
    return out


def assign_groups(records: list[Record]) -> None:
    """Fill `group` of the real records (see the module docstring)."""
    by_id = {r.rid: r for r in records}
    dataset = [r for r in records if r.origin == "real" and not r.translated and is_dataset_source(r.source)]
    # clustered per language (a Thai and a Korean SMS are never near duplicates)
    for lang in sorted({r.lang for r in dataset}):
        members = [r for r in dataset if r.lang == lang]
        for r, c in zip(members, near_duplicate_groups([r.text for r in members])):
            r.group = f"dup:{lang}:{c}"
    for r in records:
        if r.origin != "real" or r.translated or r.group:
            continue
        r.group = "src:" + r.source
    for r in records:
        if r.translated:
            orig = by_id.get(r.rid[len("kmtr:"):])
            r.group = orig.group if orig is not None and orig.group else "src:" + r.rid[len("kmtr:"):]


def load_corpus(real_dir: Path = REAL_DIR, own_dir: Path = OWN_DIR, own: bool = True) -> list[Record]:
    recs = load_real(real_dir) + (load_own(own_dir) if own else [])
    assign_groups(recs)
    return recs


def collapse_lines(text: str) -> str:
    return " ".join(text.split())


def model_text(text: str) -> str:
    """What the model and the lure memory read: normalized and folded (lower case, Latin accents stripped), so a
    Vietnamese text gives the same embedding with and without its diacritics."""
    return fold(normalize(text))
