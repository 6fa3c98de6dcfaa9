"""Which hotlines and official warnings a user sees: by the user's nationality and the ad's destination.

Order follows the reference's safety rule: someone abroad or trapped sees their own embassy or
consular line first, next to the local police of the destination; then the lines at home.
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.answer.content import Content, Hotline, OfficialWarning

# A UI or ad language tells us, in the absence of anything better, whose citizen the user probably is.
NATIONALITY_BY_LANG = {"vi": "VN", "ko": "KR", "km": "KH"}
MAX_HOTLINES = 6


@dataclass(frozen=True)
class Advice:
    hotlines: tuple[Hotline, ...]
    warnings: tuple[OfficialWarning, ...]
    nationality: str | None
    abroad: tuple[str, ...]  # destination countries other than the user's own


def _fits(codes: tuple[str, ...], value: str | None) -> bool:
    return "any" in codes or (value is not None and value in codes)


def select(content: Content, level: str, ui_lang: str, ad_lang: str, destinations: list[str],
           nationality: str | None = None) -> Advice:
    nationality = nationality or NATIONALITY_BY_LANG.get(ui_lang) or NATIONALITY_BY_LANG.get(ad_lang)
    abroad = tuple(d for d in destinations if d != nationality)
    picked: list[Hotline] = []

    def take(pred, most: int) -> None:
        n = 0
        # Confirmed lines before one-source ones; otherwise the content's own order (most important first).
        for h in sorted(content.hotlines, key=lambda h: h.confidence != "confirmed"):
            if n >= most:
                return
            if h not in picked and pred(h):
                picked.append(h)
                n += 1

    mine = lambda h: nationality is not None and nationality in h.serves  # noqa: E731
    if level != "low_risk" and abroad:
        for dest in abroad:
            # 1. the user's own embassy or consulate there, then the own ministry's citizen-protection line
            take(lambda h, d=dest: mine(h) and "trapped_abroad" in h.situations and h.country == d, 1)
            take(lambda h, d=dest: mine(h) and "trapped_abroad" in h.situations and h.country == nationality
                 and _fits(h.destinations, d), 1)
            # 2. the local police of the destination, for anyone
            take(lambda h, d=dest: h.country == d and "any" in h.serves and "trapped_abroad" in h.situations, 1)
    if level != "low_risk":
        take(lambda h: h.country == nationality and {"report_lure", "in_country_emergency"} & set(h.situations), 2)
        take(lambda h: h.country == nationality and "scam_loss" in h.situations, 1)
    else:
        take(lambda h: h.country == nationality and "before_abroad" in h.situations, 1)
        take(lambda h: h.country == nationality and {"report_lure", "in_country_emergency"} & set(h.situations), 1)
    if not picked:
        take(lambda h: h.country == "INTL" or (h.country in abroad and "any" in h.serves), 2)
    limit = MAX_HOTLINES if level != "low_risk" else 2

    warnings = [w for w in content.warnings if _fits(w.audience, nationality) and
                (any(_fits(w.destinations, d) for d in abroad) if abroad else "any" in w.destinations)]
    # The most specific warning first: one written for this destination beats a general one.
    warnings.sort(key=lambda w: (not any(d in w.destinations for d in abroad), w.country != nationality))
    if not warnings and level != "low_risk":
        warnings = [w for w in content.warnings if "any" in w.audience]
    return Advice(tuple(picked[:limit]), tuple(warnings[:1]) if level != "low_risk" else (), nationality, abroad)
