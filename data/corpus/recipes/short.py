"""Composition rules for data/train/short*.jsonl; the texts live in data/corpus/short.yaml."""
import random
import re
import unicodedata

from data.corpus.recipes import load

DATA = load("short")
HAND = DATA["handwritten"]
SEED = DATA["fragments"]["SEED"]
_LOWER = DATA["fragments"]["_LOWER"]
_ALNUM = DATA["fragments"]["_ALNUM"]
_TG_KO = DATA["fragments"]["_TG_KO"]
_TG_VI = DATA["fragments"]["_TG_VI"]
_VI_PREFIX = DATA["fragments"]["_VI_PREFIX"]
_VI_DOMAINS = DATA["fragments"]["_VI_DOMAINS"]
KO_PLACES = DATA["fragments"]["KO_PLACES"]
KO_ROLES = DATA["fragments"]["KO_ROLES"]
KO_PAY = DATA["fragments"]["KO_PAY"]
KO_PERK = DATA["fragments"]["KO_PERK"]
KO_REQ = DATA["fragments"]["KO_REQ"]
KO_CONTACT = DATA["fragments"]["KO_CONTACT"]
KO_ASSURE = DATA["fragments"]["KO_ASSURE"]
KO_TAGS = DATA["fragments"]["KO_TAGS"]
KO_AGENCY = DATA["fragments"]["KO_AGENCY"]
KO_GENERAL_JOBS = DATA["fragments"]["KO_GENERAL_JOBS"]
KO_EMPLOYERS = DATA["fragments"]["KO_EMPLOYERS"]
KO_LOCS = DATA["fragments"]["KO_LOCS"]
KO_CAREER = DATA["fragments"]["KO_CAREER"]
KO_EDU = DATA["fragments"]["KO_EDU"]
KO_TYPE = DATA["fragments"]["KO_TYPE"]
KO_BADGE = DATA["fragments"]["KO_BADGE"]
VI_HOOK = DATA["fragments"]["VI_HOOK"]
VI_TASK = DATA["fragments"]["VI_TASK"]
VI_DAILY = DATA["fragments"]["VI_DAILY"]
VI_COND = DATA["fragments"]["VI_COND"]
VI_PLACE = DATA["fragments"]["VI_PLACE"]
VI_ROLE = DATA["fragments"]["VI_ROLE"]
VI_MONTH = DATA["fragments"]["VI_MONTH"]
VI_PERK = DATA["fragments"]["VI_PERK"]
VI_CONTACT = DATA["fragments"]["VI_CONTACT"]
VI_EMPLOYERS = DATA["fragments"]["VI_EMPLOYERS"]
VI_LOC = DATA["fragments"]["VI_LOC"]
VI_SAL = DATA["fragments"]["VI_SAL"]
VI_BEN = DATA["fragments"]["VI_BEN"]

KINDS_LURE = {"compound_abroad", "task_scam"}
KINDS_LEGIT = {"local_job", "skilled_well_paid", "urgent_hiring", "chat_app_contact", "legal_abroad",
               "ngo_warning", "news"}
CHANNELS = {"sms", "telegram", "kakao", "zalo", "facebook", "jobboard", "news", "community"}
MIN_WORDS, MAX_WORDS = 3, 25


# ---------------------------------------------------------------------------
# Fictional contact details
# ---------------------------------------------------------------------------


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _word(rng, lo, hi):
    return "".join(rng.choice(_LOWER) for _ in range(rng.randint(lo, hi)))


def _vi_phone(rng):
    p, a, b, c = rng.choice(_VI_PREFIX), _digits(rng, 3), _digits(rng, 3), _digits(rng, 4)
    d = p + a[0]
    rest = a[1:] + b + c[:2]
    return rng.choice([f"{p}{a}{b}{c[0]}", f"{d} {rest[:3]} {rest[3:6]}", f"{p}.{a}.{b}{c[0]}"])


FILLERS = {
    "P": lambda r: r.choice(["010-{}-{}", "010 {} {}", "010{}{}"]).format(_digits(r, 4), _digits(r, 4)),
    "TEL": lambda r: r.choice(["02", "031", "032", "042", "051", "053"]) + "-" + _digits(r, 3) + "-" + _digits(r, 4),
    "TG": lambda r: "@" + r.choice(_TG_KO) + "_" + _word(r, 3, 6) + (_digits(r, 2) if r.random() < 0.6 else ""),
    "KK": lambda r: _word(r, 4, 7) + _digits(r, r.randint(2, 4)),
    "OC": lambda r: "open.kakao.com/o/" + r.choice("gs") + "".join(r.choice(_ALNUM) for _ in range(7)),
    "ZL": _vi_phone,
    "TGV": lambda r: "@" + r.choice(_TG_VI) + "_" + _word(r, 3, 6) + (_digits(r, 2) if r.random() < 0.6 else ""),
    "LK": lambda r: r.choice(_VI_DOMAINS) + "/" + "".join(r.choice(_ALNUM) for _ in range(6)),
}
_PH = re.compile(r"\{(" + "|".join(FILLERS) + r")\}")


def fill(text, rng):
    return _PH.sub(lambda m: FILLERS[m.group(1)](rng), text)


# ---------------------------------------------------------------------------
# Vietnamese without diacritics
# ---------------------------------------------------------------------------

def strip_diacritics(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if unicodedata.category(c) != "Mn"))


def has_vi_diacritics(text):
    return strip_diacritics(text) != text


# ---------------------------------------------------------------------------
# Similarity guard for templated records
# ---------------------------------------------------------------------------

_TOK = re.compile(r"[^\W_]+", re.UNICODE)


def tokens(text):
    return {t.lower() for t in _TOK.findall(text) if not t.isdigit()}


def ngrams(text, n):
    toks = [t.lower() for t in _TOK.findall(text)]
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


class Guard:
    """Rejects a templated candidate that is too close to an accepted record of the same language (Korean: 5 or
    more shared words; Vietnamese, where a word is often two syllables: 3 or more shared syllable pairs) or that
    shares 2 or more 3-word (ko) / 4-syllable (vi) runs with one record of the existing corpus of that language."""

    def __init__(self, lang, existing):
        self.lang = lang
        self.run = 3 if lang == "ko" else 4
        self.limit = 5 if lang == "ko" else 3
        self.n_accepted = 0
        self.accepted = {}  # feature -> indices of accepted records that have it
        self.existing = {}  # run -> indices of existing records that have it
        for i, t in enumerate(existing):
            for g in ngrams(t, self.run):
                self.existing.setdefault(g, []).append(i)

    def feats(self, text):
        return tokens(text) if self.lang == "ko" else ngrams(text, 2)

    def add(self, text):
        for f in self.feats(text):
            self.accepted.setdefault(f, []).append(self.n_accepted)
        self.n_accepted += 1

    @staticmethod
    def _shares(index, feats, limit):
        counts = {}
        for f in feats:
            for i in index.get(f, ()):
                counts[i] = counts.get(i, 0) + 1
                if counts[i] >= limit:
                    return True
        return False

    def too_close(self, text):
        if self._shares(self.accepted, self.feats(text), self.limit):
            return True
        return self._shares(self.existing, ngrams(text, self.run), 2)


def word_count(text):
    return len(text.split())


# ---------------------------------------------------------------------------
# Templated Korean
# ---------------------------------------------------------------------------


def ko_lure_templated(rng):
    place, role, pay = rng.choice(KO_PLACES), rng.choice(KO_ROLES), rng.choice(KO_PAY)
    perk, req, contact = rng.choice(KO_PERK), rng.choice(KO_REQ), rng.choice(KO_CONTACT)
    form = rng.randrange(6)
    if form == 0:
        return "telegram", f"{place} {role} {pay}, {perk} {contact}"
    if form == 1:
        return "jobboard", f"[{rng.choice(KO_TAGS)}] {place} {role} ({req}, {perk})"
    if form == 2:
        return "sms", f"[Web발신] {place} {role} 모집 {pay} {perk} {req} {contact}"
    if form == 3:
        ag = rng.choice(KO_AGENCY)
        return "jobboard", f"{place} {role} 채용 ({perk}) / {ag} · 해외 · 경력무관 · 학력무관 · 정규직"
    if form == 4:
        return "kakao", f"{place}에서 {role} 할 사람 찾는대, {pay}에 {perk}까지. {rng.choice(KO_ASSURE)}래"
    return "community", f"{place} {role} 같이 가실 분, {pay}, {req}, {contact}"


def ko_legit_templated(rng):
    co = rng.choice(sorted(KO_EMPLOYERS))
    job = rng.choice(KO_EMPLOYERS[co] + KO_GENERAL_JOBS[:2])
    loc = rng.choice(KO_LOCS)
    form = rng.randrange(4)
    if form <= 1:
        title = rng.choice([f"{job} 모집", f"{job} 채용", f"[{loc.split()[1]}] {job} 구인", f"{job} 신규 채용"])
        text = (f"{title} / {co} · {loc} · {rng.choice(KO_CAREER)} · {rng.choice(KO_EDU)} · "
                f"{rng.choice(KO_TYPE)}{rng.choice(KO_BADGE)}")
        return "local_job", "jobboard", text
    if form == 2:
        return "local_job", "sms", f"[Web발신] {co} 인사팀입니다. {job} 서류 합격, 면접은 {loc.split()[1]} 본사 {{TEL}}"
    return "urgent_hiring", "jobboard", f"[급구] {co} {loc.split()[1]} {job} (즉시 근무, 근로계약서 작성)"


# ---------------------------------------------------------------------------
# Templated Vietnamese
# ---------------------------------------------------------------------------


def _cap(text):
    return text[:1].upper() + text[1:]


def _join(*parts):
    return ", ".join(p for p in parts if p)


def vi_lure_templated(rng):
    n = rng.choice([2, 3, 5, 8, 10, 15])
    if rng.random() < 0.5:
        task, daily, cond, contact = rng.choice(VI_TASK), rng.choice(VI_DAILY), rng.choice(VI_COND), rng.choice(VI_CONTACT)
        form = rng.randrange(3)
        if form == 0:
            text = _join(f"{rng.choice(VI_HOOK)}: {task}", daily, cond, contact)
        elif form == 1:
            text = _join(f"{_cap(task)} tại nhà {daily}", cond)
        else:
            text = _join(f"Cần {n} bạn {task}", f"trả {daily}", contact)
        return "task_scam", rng.choice(["sms", "zalo", "facebook", "telegram", "community"]), text
    role, place, month = rng.choice(VI_ROLE), rng.choice(VI_PLACE), rng.choice(VI_MONTH)
    p1, p2 = rng.sample(VI_PERK, 2)
    form = rng.randrange(3)
    if form == 0:
        text = _join(f"{rng.choice(VI_HOOK)} {role} tại {place}", month, p1, p2, rng.choice(VI_CONTACT))
        channel = rng.choice(["facebook", "zalo", "telegram", "sms"])
    elif form == 1:
        text = f"{_cap(role)} – {place} – {month} – {_cap(p1)}"
        channel = "jobboard"
    else:
        text = _join(f"{place} cần {n} người làm {role}", month, p1)
        channel = rng.choice(["telegram", "facebook", "community"])
    return "compound_abroad", channel, text


def vi_legit_templated(rng):
    co = rng.choice(sorted(VI_EMPLOYERS))
    job, loc, sal = rng.choice(VI_EMPLOYERS[co]), rng.choice(VI_LOC), rng.choice(VI_SAL)
    form = rng.randrange(4)
    if form == 0:
        return "local_job", "jobboard", f"{_cap(job)} – {co} – {loc} – {sal}"
    if form == 1:
        return "local_job", "facebook", f"{co} tuyển {job} làm tại {loc}, {sal}, {rng.choice(VI_BEN)}"
    if form == 2:
        return "local_job", "zalo", f"Chào bạn, {co} hẹn bạn phỏng vấn vị trí {job} tại {loc}, nhớ mang CCCD"
    return "urgent_hiring", "sms", f"{co} cần gấp {job}, nhận việc ngay tại {loc}, {sal}"


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

TEMPLATED_COUNTS = {"ko": {"lure": 35, "legit": 30}, "vi": {"lure": 22, "legit": 9}}
NO_DIACRITIC_SHARE = {"lure": 0.20, "legit": 0.15}
NO_DIACRITIC_CHANNELS = {"sms", "zalo", "facebook", "telegram", "community"}


def build(lang, handwritten, templ_lure, templ_legit, rng, existing):
    rows, seen = [], set(existing)
    guard = Guard(lang, existing)

    def add(label, kind, channel, text, origin):
        assert (kind in KINDS_LURE) if label == "lure" else (kind in KINDS_LEGIT), (label, kind)
        assert channel in CHANNELS, channel
        text = re.sub(r"[ \t]+\n", "\n", fill(text, rng)).strip()
        assert MIN_WORDS <= word_count(text) <= MAX_WORDS, text
        if text in seen:
            return False
        seen.add(text)
        guard.add(text)
        rows.append({"text": text, "lang": lang, "label": label, "kind": kind, "channel": channel, "origin": origin})
        return True

    for x in handwritten:
        label, kind, channel, text = x["label"], x["kind"], x["channel"], x["text"]
        if not add(label, kind, channel, text, "handwritten"):
            raise ValueError("duplicate handwritten text: " + text[:40])
    for label, fn in (("lure", templ_lure), ("legit", templ_legit)):
        made, tries = 0, 0
        while made < TEMPLATED_COUNTS[lang][label]:
            tries += 1
            if tries > 50000:
                raise RuntimeError(f"cannot make enough distinct {lang} {label} texts ({made} made)")
            out = fn(rng)
            if label == "lure" and lang == "ko":
                kind = "compound_abroad"
                channel, text = out
            else:
                kind, channel, text = out
            probe = fill(text, random.Random(tries))
            if not MIN_WORDS <= word_count(probe) <= MAX_WORDS or guard.too_close(probe):
                continue
            if add(label, kind, channel, text, "templated"):
                made += 1

    if lang == "vi":
        for label, share in NO_DIACRITIC_SHARE.items():
            mine = [r for r in rows if r["label"] == label]
            target = round(share * len(mine))
            have = sum(not has_vi_diacritics(r["text"]) for r in mine)
            pool = [r for r in mine if has_vi_diacritics(r["text"]) and r["channel"] in NO_DIACRITIC_CHANNELS]
            for r in rng.sample(pool, max(0, target - have)):
                plain = strip_diacritics(r["text"])
                if plain not in seen:
                    seen.add(plain)
                    r["text"] = plain

    rng.shuffle(rows)
    return [{"id": f"own-{lang}-short-{i:04d}", **r} for i, r in enumerate(rows, 1)]


def build_all(existing: dict[str, list[str]]) -> dict[str, list[dict]]:
    """ko_short and vi_short records; `existing` maps a language to the texts of its full-length corpus."""
    rng = random.Random(SEED)
    jobs = [("ko", HAND["ko"], ko_lure_templated, ko_legit_templated),
            ("vi", HAND["vi"], vi_lure_templated, vi_legit_templated)]
    return {f"{lang}_short.jsonl": build(lang, hand, tl, tg, rng, existing[lang]) for lang, hand, tl, tg in jobs}
