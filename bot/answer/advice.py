"""Which hotlines and official warnings a user sees: by the kind of lure, the reader's situation, the user's
nationality and the ad's destination.

The order follows the reference's rules (issue 17, item 3):
- a compound lure, before departure: the home reporting line first (111 / 112 / 117), then the line for someone
  already there (the own ministry's or embassy's 24/7 line), then the destination's police;
- already there: the own embassy or ministry first, then the destination's police channel (with what to send);
- already paid: the lines for money lost to a scam and the police (the bank comes first, as an action: no bank
  number is in the content);
- task, fee and courier scams: police and scam-loss lines, never the trafficking or torture lines first.
Only lines with a number (phone, Telegram) are "hotlines"; websites and e-mail are listed apart by the composer.
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.answer.content import Content, Hotline, OfficialWarning

# A UI or ad language tells us, in the absence of anything better, whose citizen the user probably is.
NATIONALITY_BY_LANG = {"vi": "VN", "ko": "KR", "km": "KH"}
MAX_HOTLINES = 6
FIRST_NUMBERS = 2  # numbers shown in the short answer
NUMBER_KINDS = ("phone", "telegram")
# Warnings that fit a kind of lure other than compound recruitment (keys in warnings/messages/*.yaml).
TYPE_WARNINGS = {
    "fee": ("vn-dolab-licensed-enterprises", "kh-molvt-licensed-agencies-only", "kr-mofa-verify-company"),
    "other": ("kr-mofa-verify-company", "vn-dolab-licensed-enterprises", "kh-molvt-licensed-agencies-only"),
    "task": (),
    "courier": (),
}
THERE_WARNINGS = ("intl-ohchr-victims-not-criminals",)  # never a travel ban or a penalty for someone already there


@dataclass(frozen=True)
class Advice:
    hotlines: tuple[Hotline, ...]
    warnings: tuple[OfficialWarning, ...]
    nationality: str | None
    abroad: tuple[str, ...]  # destination countries other than the user's own
    scam_type: str = "other"
    situation: str = "pre_departure"

    @property
    def numbers(self) -> tuple[Hotline, ...]:
        """The lines with a number to call or write to (the "hotlines" heading), in order."""
        return tuple(h for h in self.hotlines if h.kind in NUMBER_KINDS)

    @property
    def other_contacts(self) -> tuple[Hotline, ...]:
        """Websites and e-mail addresses: listed apart, never under "hotlines"."""
        return tuple(h for h in self.hotlines if h.kind not in NUMBER_KINDS)

    @property
    def first(self) -> tuple[Hotline, ...]:
        """The one or two numbers of the short answer."""
        return self.numbers[:FIRST_NUMBERS]


def _fits(codes: tuple[str, ...], value: str | None) -> bool:
    return "any" in codes or (value is not None and value in codes)


def select(content: Content, level: str, ui_lang: str, ad_lang: str, destinations: list[str],
           nationality: str | None = None, verdict=None, scam_type: str | None = None,
           situation: str | None = None) -> Advice:
    """The advice for a verdict's level. `verdict` (a classifier Verdict) lets the kind of lure and the reader's
    situation be read from it; `scam_type` and `situation` given explicitly win."""
    if verdict is not None:
        from classifier.scam_type import scam_type as type_of
        from classifier.scam_type import situation as situation_of

        scam_type = scam_type or type_of(verdict)
        situation = situation or situation_of(verdict.normalized)
    scam_type = scam_type or "compound"  # without a verdict: the historical behaviour (lures abroad)
    situation = situation or "pre_departure"
    nationality = nationality or NATIONALITY_BY_LANG.get(ui_lang) or NATIONALITY_BY_LANG.get(ad_lang)
    abroad = tuple(d for d in destinations if d != nationality)
    picked: list[Hotline] = []

    def take(pred, most: int) -> None:
        n = 0
        # Lines with a number before websites, confirmed before one-source; else the content's own order.
        for h in sorted(content.hotlines, key=lambda h: (h.kind not in NUMBER_KINDS, h.confidence != "confirmed")):
            if n >= most:
                return
            if h not in picked and pred(h):
                picked.append(h)
                n += 1

    home = lambda h: nationality is not None and h.country == nationality  # noqa: E731
    mine = lambda h: nationality is not None and nationality in h.serves  # noqa: E731
    sits = lambda h, *s: bool(set(s) & set(h.situations))  # noqa: E731
    home_report = lambda h: home(h) and sits(h, "report_lure", "in_country_emergency")  # noqa: E731
    police = lambda h: home(h) and sits(h, "in_country_emergency")  # noqa: E731
    loss = lambda h: home(h) and sits(h, "scam_loss")  # noqa: E731
    # a money scam at home: never a line only for trafficking or detention
    not_trafficking = lambda h: not (sits(h, "trapped_abroad") and not sits(h, "in_country_emergency", "scam_loss"))  # noqa: E731

    def own_line_there(most: int = 1) -> None:
        for dest in abroad or ((nationality,) if situation == "already_there" else ()):
            # the own ministry's 24/7 line first (confirmed), then the own embassy or consulate there
            take(lambda h, d=dest: mine(h) and sits(h, "trapped_abroad") and h.country == nationality
                 and h.kind in NUMBER_KINDS and _fits(h.destinations, d), most)
            take(lambda h, d=dest: mine(h) and sits(h, "trapped_abroad") and h.country == d, most)

    def police_there() -> None:
        for dest in abroad:
            # the destination's police, and its Telegram channel (what to send) whenever there is one
            take(lambda h, d=dest: h.country == d and "any" in h.serves and sits(h, "trapped_abroad")
                 and h.kind == "phone", 1)
            take(lambda h, d=dest: h.country == d and "any" in h.serves and h.kind == "telegram", 1)
        for dest in destinations:  # the police's Telegram channel says what to send: shown for the own country too
            take(lambda h, d=dest: h.country == d and "any" in h.serves and h.kind == "telegram", 1)

    if level == "low_risk":
        take(lambda h: home(h) and sits(h, "before_abroad"), 1)
        take(home_report, 1)
    elif situation == "already_paid":  # the bank first (the action), then the police, then the scam-loss lines
        take(police, 1)
        take(lambda h: loss(h) and h.kind in NUMBER_KINDS, 1)
        take(loss, 2)
        take(lambda h: home_report(h) and not_trafficking(h), 1)
    elif scam_type == "compound" or (scam_type == "other" and abroad):
        if situation == "already_there":
            own_line_there(2)
            police_there()
            take(lambda h: h.country == "INTL" and sits(h, "trapped_abroad"), 1)
        else:
            take(home_report, 1)
            own_line_there(1)
            police_there()
            take(home_report, 1)
        take(lambda h: home(h) and sits(h, "scam_loss") and h.kind in NUMBER_KINDS, 1)
    elif scam_type == "fee":
        take(police, 1)
        take(lambda h: home(h) and sits(h, "before_abroad", "report_lure") and not_trafficking(h), 2)
        take(loss, 1)
    else:  # task, courier, other at home
        if scam_type == "task":  # the scam-report or counselling line first (KISA 118, 156), then the police
            take(lambda h: loss(h) and h.kind in NUMBER_KINDS, 1)
            take(lambda h: home(h) and sits(h, "report_lure") and not sits(h, "in_country_emergency", "trapped_abroad")
                 and h.kind in NUMBER_KINDS, 1)
        take(police, 1)
        take(loss, 2)
        take(lambda h: home_report(h) and not_trafficking(h), 1)
    if not picked:
        take(lambda h: h.country in abroad and "any" in h.serves, 2)
        take(lambda h: h.country == "INTL", 1)
    limit = MAX_HOTLINES if level != "low_risk" else 2

    return Advice(tuple(picked[:limit]), _warnings(content, level, scam_type, situation, nationality, abroad),
                  nationality, abroad, scam_type, situation)


def _warnings(content: Content, level: str, scam_type: str, situation: str, nationality: str | None,
              abroad: tuple[str, ...]) -> tuple[OfficialWarning, ...]:
    if level == "low_risk":
        return ()
    by_key = {w.key: w for w in content.warnings}
    if situation == "already_there":
        return tuple(by_key[k] for k in THERE_WARNINGS if k in by_key)[:1]
    if scam_type in TYPE_WARNINGS and not (scam_type == "other" and abroad):
        keys = TYPE_WARNINGS[scam_type] if situation != "already_paid" else ()
        return tuple(by_key[k] for k in keys if k in by_key and _fits(by_key[k].audience, nationality))[:1]
    warnings = [w for w in content.warnings if _fits(w.audience, nationality) and
                (any(_fits(w.destinations, d) for d in abroad) if abroad else "any" in w.destinations)]
    # The most specific warning first: one written for this destination beats a general one.
    warnings.sort(key=lambda w: (not any(d in w.destinations for d in abroad), w.country != nationality))
    if not warnings:
        warnings = [w for w in content.warnings if "any" in w.audience]
    return tuple(warnings[:1])
