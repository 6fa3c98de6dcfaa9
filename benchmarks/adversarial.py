"""Adversarial ads: how much lure recall each disguise that scammers use costs, against the clean text.

Each transformation is applied to the lures of ../shared/data/real/dev.jsonl (read at run time, never copied) and
to the project's own lures (data/train/*.jsonl). A lure counts as caught when its level is `suspicious` or higher.
For every transformation the table compares recall on the lures it changed (n) with the recall of the same lures
clean, so a transformation that cannot apply to a language (unaccented Vietnamese on a Korean ad) does not dilute it.

    python benchmarks/adversarial.py                     # rules and, when data/model is built, the full checker
    python benchmarks/adversarial.py --engine rules --own-sample 400 --legit

The transformations are deterministic (a seed per transformation and ad), so two runs print the same table.
`caption+forward` is the ad cut into a photo caption and a forwarded second part: "alone" counts a lure as caught
when either part alone is flagged; "bot" answers the second part the way the bot does (bot/checking/continuation.py: the
part is also read together with the user's previous message, and the joined verdict is kept when it is higher).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEV = ROOT.parent / "shared" / "data" / "real" / "dev.jsonl"
OWN = ROOT / "data" / "train"
RANK = {"low_risk": 0, "suspicious": 1, "high_risk": 2}

# ------------------------------------------------------------------------------------------- text helpers
_MARKS = {"Mn", "Mc", "Me"}
_COENG = "\u17d2"


def clusters(word: str) -> list[str]:
    """User-perceived letters: a base character with its combining marks (Khmer subscripts stay attached)."""
    out: list[str] = []
    attach = False
    for ch in word:
        if out and (attach or unicodedata.category(ch) in _MARKS):
            out[-1] += ch
            attach = ch == _COENG
            continue
        out.append(ch)
        attach = ch == _COENG
    return out


def _script(ch: str) -> str:
    o = ord(ch)
    if not ch.isalpha():
        return "other"
    if 0xAC00 <= o <= 0xD7A3:
        return "hangul"
    if 0x4E00 <= o <= 0x9FFF:
        return "han"
    if 0x1780 <= o <= 0x17FF:
        return "khmer"
    if 0x0E00 <= o <= 0x0E7F:
        return "thai"
    if o < 0x250 or 0x1E00 <= o <= 0x1EFF:
        return "latin"
    return "other"


_TOKEN = re.compile(r"\S+")


def _letter_runs(token: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of letters of one script inside a token."""
    runs = []
    i = 0
    while i < len(token):
        s = _script(token[i])
        if s == "other":
            i += 1
            continue
        j = i + 1
        while j < len(token) and (_script(token[j]) == s or unicodedata.category(token[j]) in _MARKS):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _split_token(token: str, sep: str) -> str:
    out, last = [], 0
    for start, end in _letter_runs(token):
        run = token[start:end]
        parts = clusters(run)
        minimum = 3 if _script(run[0]) == "latin" else 2
        out.append(token[last:start])
        out.append(sep.join(parts) if len(parts) >= minimum else run)
        last = end
    out.append(token[last:])
    return "".join(out)


def _map_tokens(text: str, fn: Callable[[str], str]) -> str:
    return _TOKEN.sub(lambda m: fn(m.group(0)), text)


# ------------------------------------------------------------------------------------------- transformations
def split_letters(sep: str, p: float = 0.5) -> Callable[[str, random.Random], str]:
    """Letters of words split by `sep` ("l.ư.ơ.n.g", "고.수.익"); a space never splits two neighbouring words
    (that would be unreadable to the job-seeker too)."""
    def apply(text: str, rng: random.Random) -> str:
        prev_split = False

        def one(token: str) -> str:
            nonlocal prev_split
            if rng.random() >= p or (sep == " " and prev_split) or "@" in token or "/" in token:
                prev_split = False
                return token
            new = _split_token(token, sep)
            prev_split = new != token
            return new

        return _map_tokens(text, one)
    return apply


CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "j": "ј", "s": "ѕ",
            "h": "һ", "d": "ԁ", "l": "ӏ", "q": "ԛ", "w": "ԝ", "k": "к", "A": "А", "B": "В", "E": "Е", "K": "К",
            "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "I": "І", "J": "Ј", "S": "Ѕ"}
GREEK = {"a": "α", "o": "ο", "i": "ι", "k": "κ", "v": "ν", "p": "ρ", "u": "υ", "x": "χ", "e": "ε", "A": "Α",
         "B": "Β", "E": "Ε", "Z": "Ζ", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ",
         "T": "Τ", "Y": "Υ", "X": "Χ"}


def homoglyphs(table: dict[str, str], p: float = 0.5) -> Callable[[str, random.Random], str]:
    """Latin letters swapped for look-alikes; accented letters too (the base letter, keeping its accents)."""
    def apply(text: str, rng: random.Random) -> str:
        out = []
        for ch in unicodedata.normalize("NFD", text):
            out.append(table[ch] if ch in table and rng.random() < p else ch)
        return unicodedata.normalize("NFC", "".join(out))
    return apply


def fullwidth(text: str, rng: random.Random) -> str:
    """ASCII letters and digits as full-width forms (ｃａｏ １２３), accents kept on the base letter."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        out.append(chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() and rng.random() < 0.7 else ch)
    return unicodedata.normalize("NFC", "".join(out))


_CIRCLED = {"0": "⓪", **{str(i): chr(0x2460 + i - 1) for i in range(1, 10)}}
_NEG_CIRCLED = {"0": "⓿", **{str(i): chr(0x2776 + i - 1) for i in range(1, 10)}}
_DINGBAT = {"0": "\U0001f10b", **{str(i): chr(0x2780 + i - 1) for i in range(1, 10)}}
_BOLD = {str(i): chr(0x1D7CE + i) for i in range(10)}
EMOJI = ["🔥", "💰", "✈️", "✅", "👉", "💵", "🌟", "📲", "🏠", "💯", "🎉", "👍"]


def emoji_digits(text: str, rng: random.Random) -> str:
    """Numbers written with keycap emoji or circled digits (one style per number), emoji between words, some glued."""
    def number(m: re.Match) -> str:
        style = rng.randrange(5)
        if style == 0:
            return "".join(d + "\ufe0f\u20e3" for d in m.group(0))
        table = (_CIRCLED, _NEG_CIRCLED, _DINGBAT, _BOLD)[style - 1]
        return "".join(table[d] for d in m.group(0))

    text = re.sub(r"[0-9]+", number, text)

    def gap(m: re.Match) -> str:
        r = rng.random()
        if r < 0.15:
            return rng.choice(EMOJI)  # glued: "lương💰cao"
        if r < 0.35:
            return f" {rng.choice(EMOJI)} "
        return m.group(0)

    return re.sub(r" ", gap, text)


def unaccented(text: str, rng: random.Random) -> str:
    """Vietnamese without its accents ("viec nhe luong cao"), the way many ads are typed."""
    out = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", out.replace("đ", "d").replace("Đ", "D"))


INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u034f", "\u200e", "\u200f", "\u202a",
             "\u202c", "\u2066", "\u2069", "\u180e"]


def zero_width(text: str, rng: random.Random) -> str:
    """Invisible characters (zero-width space/joiners, soft hyphen, direction marks) inside words."""
    def one(token: str) -> str:
        if len(token) < 2 or rng.random() >= 0.6:
            return token
        parts = clusters(token)
        out = []
        for i, c in enumerate(parts):
            out.append(c)
            if i < len(parts) - 1 and rng.random() < 0.4:
                out.append(rng.choice(INVISIBLE))
        return "".join(out)
    return _map_tokens(text, one)


NEUTRAL = {"zh": "大家好，欢迎咨询 🙏", "ko": "안녕하세요 반갑습니다", "km": "សួស្តី សូមស្វាគមន៍", "th": "สวัสดีครับ ยินดีต้อนรับ",
           "ru": "Здравствуйте, добро пожаловать", "en": "Hello everyone, welcome", "vi": "Xin chào cả nhà"}


def mixed_scripts(lang: str) -> Callable[[str, random.Random], str]:
    """A greeting line in another script above the ad and one in a third script below it (bilingual posts)."""
    def apply(text: str, rng: random.Random) -> str:
        others = [k for k in NEUTRAL if k != lang]
        top, bottom = rng.sample(others, 2)
        return f"{NEUTRAL[top]}\n{text}\n{NEUTRAL[bottom]}"
    return apply


LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7", "l": "1", "g": "9", "b": "8"}


def leetspeak(text: str, rng: random.Random) -> str:
    """Latin letters as digits and symbols in words of 3+ letters: "3asy w0rk", "lu0ng c4o", "7e1egram"."""
    def one(token: str) -> str:
        if sum(ch.isascii() and ch.isalpha() for ch in token) < 3:
            return token
        return "".join(rng.choice(LEET[ch.lower()]) if ch.lower() in LEET and ch.isascii() and rng.random() < 0.5
                       else ch for ch in token)
    return _map_tokens(text, one)


# Chat apps and handles written out so that a filter looking for "Telegram @abc" misses them.
CHANNEL_DISGUISES = [
    (r"telegram|tele(?:gram)?", ["tele:", "te.le", "tê lê", "tele gram", "t.e.l.e", "TG", "tele"]),
    (r"zalo", ["za.lo", "zalô", "z.a.l.o", "za lo", "zl:", "Zaloo"]),
    (r"whats\s?app", ["whats.app", "what's app", "wsap", "w.app", "WA:"]),
    (r"kakao\s?talk|kakao", ["ka.kao", "ka톡", "kakao"]),
    (r"wechat", ["we.chat", "vx", "v信"]),
    (r"line", ["li.ne", "line:"]),
    (r"텔레그램|텔레", ["텔.레", "텔 레", "텔레 그램", "텔그", "T.G"]),
    (r"카카오톡|카톡", ["카.톡", "카 톡", "ㅋ톡", "카카오 톡", "k톡"]),
    (r"តេឡេក្រាម|តេលេក្រាម", ["តេ.ឡេ", "Tele", "តេឡេ"]),
    (r"纸?飞机|电报", ["飞.机", "灰机", "✈️", "TG"]),
    (r"微信", ["V信", "威信", "vx", "薇信", "wei信"]),
]


def contacts_written_out(text: str, rng: random.Random) -> str:
    """Chat apps, handles and phone numbers written out: "tele: abc123", "za.lo o9l2 345 678", "t . me / abc"."""
    for pattern, disguises in CHANNEL_DISGUISES:
        text = re.sub(pattern, lambda m, d=disguises: rng.choice(d), text, flags=re.I)

    def handle(m: re.Match) -> str:
        return rng.choice([m.group(1), f"@ {m.group(1)}", f"{m.group(1)} (tele)", f"(at) {m.group(1)}"])

    text = re.sub(r"(?<![\w.])@([A-Za-z][\w]{2,31})", handle, text)
    text = re.sub(r"t\.me/", lambda m: rng.choice(["t . me / ", "t[.]me/", "t。me/"]), text)

    def phone(m: re.Match) -> str:
        digits = re.sub(r"\D", "", m.group(0))
        style = rng.randrange(3)
        if style == 0:
            return ".".join(digits[i:i + 3] for i in range(0, len(digits), 3))
        if style == 1:
            return " ".join(digits[i:i + 2] for i in range(0, len(digits), 2))
        return digits.replace("0", "o", 1).replace("1", "l", 1)

    return re.sub(r"(?<![\w+])\+?\d[\d .\-]{7,16}\d(?!\w)", phone, text)


def cut_in_two(text: str) -> tuple[str, str]:
    """The ad cut near its middle at a line, a sentence, a word or (scripts without spaces) a letter border."""
    mid = len(text) / 2
    for pattern in (r"\n+", r"(?<=[.!?。！？])\s+", r"\s+"):
        cuts = [m for m in re.finditer(pattern, text) if 0 < m.start() < len(text) - 1]
        if cuts:
            best = min(cuts, key=lambda m: abs(m.start() - mid))
            return text[: best.start()].strip(), text[best.end():].strip()
    parts = clusters(text)
    half = len(parts) // 2
    return "".join(parts[:half]).strip(), "".join(parts[half:]).strip()


@dataclass(frozen=True)
class Transformation:
    name: str
    what: str
    make: Callable[[str], Callable[[str, random.Random], str]]  # lang -> fn(text, rng)
    langs: tuple[str, ...] | None = None  # None: every language


TRANSFORMATIONS = [
    Transformation("split_dots", "letters split by dots: l.ư.ơ.n.g, 고.수.익", lambda lang: split_letters(".")),
    Transformation("split_spaces", "letters split by spaces: T e l e g r a m", lambda lang: split_letters(" ")),
    Transformation("split_dashes", "letters split by dashes: z-a-l-o", lambda lang: split_letters("-")),
    Transformation("cyrillic", "Cyrillic look-alikes: Теlеgrаm", lambda lang: homoglyphs(CYRILLIC)),
    Transformation("greek", "Greek look-alikes: εαsy jοb", lambda lang: homoglyphs(GREEK)),
    Transformation("fullwidth", "full-width letters and digits: ｃａｏ １５００", lambda lang: fullwidth),
    Transformation("emoji_digits", "keycap/circled digits, emoji between words: 1️⃣5️⃣ ①⑤ lương💰cao",
                   lambda lang: emoji_digits),
    Transformation("unaccented_vi", "Vietnamese without accents", lambda lang: unaccented, langs=("vi",)),
    Transformation("zero_width", "zero-width joiners, soft hyphens, direction marks in words",
                   lambda lang: zero_width),
    Transformation("mixed_scripts", "greeting lines in two other scripts around the ad", mixed_scripts),
    Transformation("leetspeak", "leetspeak: 3asy w0rk, 7e1egram", lambda lang: leetspeak),
    Transformation("contacts_out", "chat apps and handles written out: tele: abc123, za.lo o9l2 345",
                   lambda lang: contacts_written_out),
]
NAMES = [t.name for t in TRANSFORMATIONS] + ["caption_forward"]


def rng_for(name: str, ident: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(f"{name}|{ident}".encode()).digest()[:8], "big"))


def transform(t: Transformation, text: str, lang: str, ident: str) -> str:
    return t.make(lang)(text, rng_for(t.name, ident))


# ------------------------------------------------------------------------------------------- data
def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def own_lures(sample: int | None = None, label: str = "lure") -> list[dict]:
    """The project's own lures; `sample`: a deterministic, per-file proportional sample."""
    rows: list[dict] = []
    files = sorted(OWN.glob("*.jsonl"))
    per_file = [[r for r in read_jsonl(f) if r.get("label") == label] for f in files]
    total = sum(len(rows) for rows in per_file)
    for group in per_file:
        if sample is not None and sample < total:
            k = max(1, round(sample * len(group) / total))
            group = random.Random(7).sample(group, min(k, len(group)))
        rows.extend(group)
    return rows


def dev_rows(path: Path = DEV, label: str = "lure") -> list[dict]:
    return [r for r in read_jsonl(path) if r["label"] == label]


# ------------------------------------------------------------------------------------------- measuring
def flagged(level: str) -> bool:
    return RANK[level] >= RANK["suspicious"]


def measure(checker, rows: list[dict], names: list[str] | None = None, join=None) -> dict[str, dict]:
    """{name: {"n": changed lures, "clean": caught clean, "adv": caught transformed}} (+ "caption_forward_bot").

    `join(checker, first, second, verdict_second)` -> the bot's verdict for the second part (bot/checking/continuation.py)."""
    names = names or NAMES
    ids = [str(r.get("id", i)) for i, r in enumerate(rows)]
    texts = [r["text"] for r in rows]
    clean = [flagged(v.level) for v in checker.check_many(texts)]
    out: dict[str, dict] = {}
    for t in TRANSFORMATIONS:
        if t.name not in names:
            continue
        idx, adv_texts = [], []
        for i, r in enumerate(rows):
            if t.langs is not None and r["lang"] not in t.langs:
                continue
            new = transform(t, texts[i], r["lang"], ids[i])
            if new != texts[i]:
                idx.append(i)
                adv_texts.append(new)
        verdicts = checker.check_many(adv_texts) if adv_texts else []
        out[t.name] = {"n": len(idx), "clean": sum(clean[i] for i in idx),
                       "adv": sum(flagged(v.level) for v in verdicts)}
    if "caption_forward" in names:
        pairs = [cut_in_two(t) for t in texts]
        idx = [i for i, (a, b) in enumerate(pairs) if a and b]
        firsts = checker.check_many([pairs[i][0] for i in idx])
        seconds = checker.check_many([pairs[i][1] for i in idx])
        alone = [flagged(a.level) or flagged(b.level) for a, b in zip(firsts, seconds, strict=True)]
        out["caption_forward"] = {"n": len(idx), "clean": sum(clean[i] for i in idx), "adv": sum(alone)}
        if join is not None:
            bot = []
            for k, i in enumerate(idx):
                joined = join(checker, pairs[i][0], pairs[i][1], seconds[k])
                bot.append(flagged(firsts[k].level) or flagged(joined.level))
            out["caption_forward_bot"] = {"n": len(idx), "clean": sum(clean[i] for i in idx), "adv": sum(bot)}
    out["_clean"] = {"n": len(rows), "clean": sum(clean), "adv": sum(clean)}
    return out


def legit_flag_rates(checker, rows: list[dict], names: list[str] | None = None) -> dict[str, tuple[int, int]]:
    """How many legit ads each transformation pushes to `suspicious` or higher: (flagged, n changed)."""
    names = names or NAMES
    out = {"_clean": (sum(flagged(v.level) for v in checker.check_many([r["text"] for r in rows])), len(rows))}
    for t in TRANSFORMATIONS:
        if t.name not in names:
            continue
        texts = []
        for i, r in enumerate(rows):
            if t.langs is not None and r["lang"] not in t.langs:
                continue
            new = transform(t, r["text"], r["lang"], str(r.get("id", i)))
            if new != r["text"]:
                texts.append(new)
        out[t.name] = (sum(flagged(v.level) for v in checker.check_many(texts)), len(texts))
    return out


FP_SUITE = ROOT / "data" / "robustness" / "legit_lookalikes.jsonl"


def fp_levels(checker, rows: list[dict]) -> dict[str, dict[str, int]]:
    """{kind: {level: count}} for legitimate texts (the false-positive suite, or our own warnings and news)."""
    out: dict[str, dict[str, int]] = {}
    for r, v in zip(rows, checker.check_many([r["text"] for r in rows]), strict=True):
        cell = out.setdefault(r["kind"], {"high_risk": 0, "suspicious": 0, "low_risk": 0})
        cell[v.level] += 1
    return out


def fp_table(levels: dict[str, dict[str, int]]) -> str:
    lines = ["| kind | texts | high risk | suspicious | low risk |", "|---|---|---|---|---|"]
    for kind, c in sorted(levels.items()):
        lines.append(f"| {kind} | {sum(c.values())} | {c['high_risk']} | {c['suspicious']} | {c['low_risk']} |")
    return "\n".join(lines)


def recall(cell: dict, key: str) -> float:
    return cell[key] / cell["n"] if cell["n"] else float("nan")


def table(results: dict[str, dict[str, dict]]) -> str:
    """A Markdown table: one row per transformation, recall clean -> transformed per set, and the cost in points."""
    sets = list(results)
    head = "| transformation | " + " | ".join(f"{s}: n | clean | adv. | cost" for s in sets) + " |"
    sep = "|---|" + "---|---|---|---|" * len(sets)
    lines = [head, sep]
    for name in ["_clean", *NAMES, "caption_forward_bot"]:
        if not any(name in results[s] for s in sets):
            continue
        cells = []
        for s in sets:
            c = results[s].get(name)
            if c is None or not c["n"]:
                cells.append("- | - | - | -")
                continue
            clean, adv = recall(c, "clean"), recall(c, "adv")
            cells.append(f"{c['n']} | {clean:.3f} | {adv:.3f} | {100 * (clean - adv):+.1f}")
        label = {"_clean": "(clean)", "caption_forward": "caption+forward, parts alone",
                 "caption_forward_bot": "caption+forward, as the bot answers"}.get(name, name)
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def bot_join():
    from bot.checking.continuation import joined_verdict

    return lambda checker, first, second, verdict: joined_verdict(checker, first, second, verdict)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", default="both", choices=["rules", "model", "both"])
    ap.add_argument("--dev", default=str(DEV))
    ap.add_argument("--own-sample", type=int, default=None, help="a proportional sample of our own lures (all: none)")
    ap.add_argument("--model-own-sample", type=int, default=400, help="own lures for the full checker (slower)")
    ap.add_argument("--legit", action="store_true", help="also: legit ads flagged after each transformation")
    ap.add_argument("--only", nargs="*", default=None, help="transformations to run (default: all)")
    ap.add_argument("--fp", action="store_true", help="only the false-positive suite (data/robustness) and our own"
                                                      " warnings and news, per engine")
    args = ap.parse_args()

    from classifier import Checker

    engines: list[tuple[str, object, int | None]] = []
    if args.engine in ("rules", "both"):
        engines.append(("rules", Checker(), args.own_sample))
    if args.engine in ("model", "both"):
        os.environ["LURECHECK_ENGINE"] = "model"
        from bot.checking.engine import artifact_dir, get_checker

        if (artifact_dir() / "model.json").is_file():
            engines.append(("full checker", get_checker(), args.model_own_sample))
        else:
            print(f"(no trained model in {artifact_dir()}: the full checker is skipped)")
    if args.fp:
        suite = read_jsonl(FP_SUITE)
        warnings = [r for r in own_lures(label="legit") if r.get("kind") in ("ngo_warning", "news")]
        for label, checker, _sample in engines:
            print(f"\n## {label}: the false-positive suite ({len(suite)} texts, data/robustness)\n")
            print(fp_table(fp_levels(checker, suite)))
            print(f"\n## {label}: our own NGO warnings and news (data/train, {len(warnings)} texts)\n")
            print(fp_table(fp_levels(checker, warnings)))
        return
    dev = dev_rows(Path(args.dev))
    for label, checker, sample in engines:
        own = own_lures(sample)
        t0 = time.perf_counter()
        results = {"dev": measure(checker, dev, args.only, bot_join()),
                   "own": measure(checker, own, args.only, bot_join())}
        print(f"\n## {label}: lure recall (level >= suspicious), clean vs transformed "
              f"({len(dev)} dev lures, {len(own)} own lures, {time.perf_counter() - t0:.0f} s)\n")
        print(table(results))
        if args.legit:
            legit = own_lures(sample, label="legit")
            rates = legit_flag_rates(checker, legit, args.only)
            print(f"\nlegit ads flagged (own, {len(legit)}): " +
                  ", ".join(f"{k.strip('_')} {f}/{n}" for k, (f, n) in rates.items()))


if __name__ == "__main__":
    main()
