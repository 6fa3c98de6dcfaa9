"""Plain data returned by the checker: no behaviour beyond small helpers."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

LEVELS = ("high_risk", "suspicious", "low_risk")


@dataclass(frozen=True)
class Money:
    amount: float  # in `currency` units, per `period`; the upper bound of a range
    currency: str  # ISO code: VND, KRW, USD, KHR, CNY, THB
    period: str | None  # "day", "month", "hour" or None when the ad does not say
    usd_per_month: float | None  # rough comparison figure; None when the period is unknown
    span: tuple[int, int]
    text: str


@dataclass(frozen=True)
class Place:
    key: str  # e.g. "SIHANOUKVILLE", "KH"
    country: str  # ISO country code of the place
    hotspot: bool  # a known scam-compound area
    span: tuple[int, int]
    text: str


@dataclass(frozen=True)
class Contact:
    kind: str  # channels: telegram, zalo, ...; contacts: phone, handle, link, email, kakaotalk, line, wechat (ids)
    value: str  # normalized value (E.164 for phones, lower-case handle or URL)
    span: tuple[int, int]
    text: str
    app: str | None = None  # the chat app the ad names for it: "zalo: 0912..." -> zalo, "t.me/x" -> telegram


@dataclass(frozen=True)
class Entities:
    money: tuple[Money, ...] = ()
    places: tuple[Place, ...] = ()
    channels: tuple[Contact, ...] = ()  # chat apps named in the ad
    contacts: tuple[Contact, ...] = ()  # phone numbers, handles, links, e-mails

    def destinations(self) -> list[str]:
        """Country codes named in the ad, most specific first, without repeats."""
        seen: list[str] = []
        for p in sorted(self.places, key=lambda p: not p.hotspot):
            if p.country not in seen:
                seen.append(p.country)
        return seen


@dataclass(frozen=True)
class Signal:
    code: str
    weight: float
    evidence: str  # the words of the ad that triggered it
    span: tuple[int, int]  # offsets into Verdict.normalized
    detail: str = ""  # KNOWN_LURE: the date the matched lure was confirmed (the stored ad itself is never quoted)

    def explanation(self, lang: str) -> str:
        from classifier.explanations import EXPLANATIONS

        texts = EXPLANATIONS.get(self.code, {})
        text = texts.get(lang) or texts.get("en") or self.code
        return text.replace("{date}", self.detail) if "{date}" in text else text


@dataclass(frozen=True)
class Verdict:
    level: str  # one of LEVELS
    score: float  # 0..1, higher = more likely a lure
    lang: str  # ISO 639-1 of the ad, or "und"
    signals: tuple[Signal, ...]
    entities: Entities
    is_job_offer: bool
    normalized: str = ""
    text_hash: str = ""
    truncated: bool = False
    rule_score: float = 0.0
    model_score: float | None = None
    problem: str | None = None  # "empty", "binary": input that could not be checked
    extras: dict = field(default_factory=dict)

    @property
    def reasons(self) -> list[str]:
        return [s.code for s in self.signals]

    @property
    def embedding(self):
        """The text's lure-memory vector (numpy float32, 512 values: the n-gram sketch of classifier/memory.py), or
        None without a model or memory settings: what the lure memory matches on and what bot/ stores for a newly
        confirmed lure (classifier.memory.prepare)."""
        return self.extras.get("embedding")

    def to_dict(self) -> dict:
        d = asdict(dataclass_replace_extras(self))
        d["reasons"] = self.reasons
        return d


def dataclass_replace_extras(v: Verdict) -> Verdict:
    """The verdict without its embedding (not JSON: 512 floats nobody reads in an export)."""
    if "embedding" not in v.extras:
        return v
    from dataclasses import replace

    return replace(v, extras={k: x for k, x in v.extras.items() if k != "embedding"})
