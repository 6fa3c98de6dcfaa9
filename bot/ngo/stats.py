"""Statistics and exports for NGO staff and admins: checks and lures per week, per language and level, the most
frequent red flags, the destinations named in lures, the most reported contacts; as a short text and a PNG chart
(matplotlib, no display needed); and the CSV export of an NGO's own submissions and of the reports users shared.

`lurecheck stats --out report.png` gives the same chart offline. The chart carries its data series as PNG text
(key "lurecheck:series", JSON), so a test, or anyone, can read back what was drawn.
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from html import escape

from sqlalchemy import select

from bot.answer.i18n import translator
from bot.answer.replies import LANG_NAMES
from bot.answer.summary import LEVEL_LABELS
from bot.ngo.registry import ContactInfo, top_contacts
from bot.ngo.spreadsheet import neutralise_row
from bot.storage.models import Check, CheckContact, Contact, Report, User
from bot.store import FLAGGED_LEVELS

LEVELS = ("high_risk", "suspicious", "low_risk")
COLORS = {"high_risk": "#c0392b", "suspicious": "#e67e22", "low_risk": "#7f8c8d"}
SERIES_KEY = "lurecheck:series"
DEFAULT_WEEKS = 12
EXPORT_DAYS = 90


@dataclass
class Stats:
    start: date  # first day (a Monday), inclusive
    end: date  # last day, inclusive
    weeks: list[str]  # the Monday of each week, ISO
    per_week: dict[str, list[int]]  # level -> checks per week
    by_lang: dict[str, dict[str, int]]  # ad language -> level -> checks
    flags: list[tuple[str, int]]  # red-flag code -> flagged checks that have it
    destinations: list[tuple[str, int]]  # country -> flagged checks that name it
    contacts: list[ContactInfo] = field(default_factory=list)
    reports: int = 0

    @property
    def checks(self) -> int:
        return sum(sum(v) for v in self.per_week.values())

    def level_total(self, level: str) -> int:
        return sum(self.per_week.get(level, []))

    @property
    def lures(self) -> int:
        return sum(self.level_total(lv) for lv in FLAGGED_LEVELS)

    def series(self) -> dict:
        """The data the chart draws, as plain JSON."""
        return {"weeks": self.weeks, "per_week": self.per_week,
                "by_lang": {k: [v.get(lv, 0) for lv in LEVELS] for k, v in self.by_lang.items()},
                "levels": list(LEVELS), "flags": [list(f) for f in self.flags],
                "destinations": [list(d) for d in self.destinations]}


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def period(weeks: int = DEFAULT_WEEKS, today: date | None = None) -> tuple[date, date]:
    today = today or datetime.now(UTC).date()
    return _monday(today) - timedelta(weeks=max(1, weeks) - 1), today


def collect(store, start: date, end: date, top: int = 8) -> Stats:
    """The statistics of the checks made from `start` to `end` (inclusive), by ISO week."""
    start = _monday(start)
    lo = datetime.combine(start, time.min, UTC)
    hi = datetime.combine(end + timedelta(days=1), time.min, UTC)
    weeks = []
    d = start
    while d <= end:
        weeks.append(d.isoformat())
        d += timedelta(weeks=1)
    index = {w: i for i, w in enumerate(weeks)}
    per_week = {lv: [0] * len(weeks) for lv in LEVELS}
    by_lang: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(LEVELS, 0))
    flags: Counter[str] = Counter()
    dests: Counter[str] = Counter()
    with store.read() as s:
        q = (select(Check.created, Check.level, Check.lang, Check.reasons, Check.destinations)
             .where(Check.created >= lo, Check.created < hi))
        for created, level, lang, reasons, destinations in s.execute(q):
            if level not in per_week:
                continue
            week = _monday(created.astimezone(UTC).date()).isoformat()
            if week in index:
                per_week[level][index[week]] += 1
            by_lang[lang if lang in LANG_NAMES else "other"][level] += 1
            if level in FLAGGED_LEVELS:
                flags.update(set(reasons or ()))
                dests.update(set(destinations or ()))
        reports = len(list(s.scalars(select(Report.id).where(Report.created >= lo, Report.created < hi))))
        contacts = top_contacts(s, top)
    langs = dict(sorted(by_lang.items(), key=lambda kv: -sum(kv[1].values())))
    return Stats(start, end, weeks, per_week, langs, flags.most_common(top), dests.most_common(top), contacts,
                 reports)


def _lang_name(code: str, _) -> str:
    return _(LANG_NAMES[code]) if code in LANG_NAMES else _("another language")


def _country(code: str, lang: str) -> str:
    from bot.answer.replies import country_name

    return country_name(code, lang)


def summary(stats: Stats, lang: str) -> str:
    """The statistics as a short Telegram-HTML text in one language."""
    from bot.answer.replies import contact_label

    _ = translator(lang)
    lines = [f"<b>{escape(_('Statistics from {start} to {end}', start=stats.start.isoformat(), end=stats.end.isoformat()))}</b>",
             escape(_("Checks: {n}. Flagged as lures: {lures} ({high} high risk, {suspicious} suspicious).", n=stats.checks,
                 lures=stats.lures, high=stats.level_total("high_risk"),
                 suspicious=stats.level_total("suspicious"))),
             escape(_("Ads reported by users: {n}.", n=stats.reports))]
    if stats.by_lang:
        parts = [_("{name}: {n} ({lures} flagged)", name=_lang_name(code, _), n=sum(v.values()),
                   lures=sum(v[lv] for lv in FLAGGED_LEVELS)) for code, v in stats.by_lang.items()]
        lines.append(f"<b>{escape(_('By language of the ad:'))}</b> " + escape("; ".join(parts)))
    if stats.flags:
        lines.append(f"<b>{escape(_('Most frequent red flags:'))}</b> " + escape(", ".join(f"{c} {n}" for c, n in stats.flags)))
    if stats.destinations:
        lines.append(f"<b>{escape(_('Destinations named in lures:'))}</b> "
                     + escape(", ".join(f"{_country(c, lang)} {n}" for c, n in stats.destinations)))
    if stats.contacts:
        lines.append(f"<b>{escape(_('Contacts in the most lures:'))}</b>")
        for c in stats.contacts:
            lines.append("• " + escape(_("{what} “{value}”: {lures} confirmed lures, {reports} reports",
                                    what=_(contact_label(c.kind, None)), value=c.value, lures=c.lures,
                                    reports=c.reports)))
    if not stats.checks:
        lines.append(escape(_("No checks in this period.")))
    return "\n".join(lines)


# ---------------------------------------------------------------- the chart
FONTS = ("DejaVu Sans", "Noto Sans CJK JP", "NanumGothic", "Khmer OS", "Khmer OS System")


def _fonts() -> list[str]:
    from matplotlib import font_manager

    have = {f.name for f in font_manager.fontManager.ttflist}
    return [f for f in FONTS if f in have] or ["DejaVu Sans"]


def figure(stats: Stats, lang: str):
    """A matplotlib Figure (no pyplot, no display): four panels, labelled in `lang`."""
    import matplotlib
    from matplotlib.figure import Figure

    _ = translator(lang)
    with matplotlib.rc_context({"font.family": _fonts(), "font.size": 8}):
        fig = Figure(figsize=(10, 6.4), dpi=80, layout="constrained")
        (ax_week, ax_lang), (ax_flags, ax_dest) = fig.subplots(2, 2)
        labels = {lv: _(LEVEL_LABELS[lv][1]) for lv in LEVELS}
        x = list(range(len(stats.weeks)))
        bottom = [0] * len(x)
        for lv in ("high_risk", "suspicious", "low_risk"):
            values = stats.per_week[lv]
            ax_week.bar(x, values, bottom=bottom, color=COLORS[lv], label=labels[lv], gid=f"week:{lv}")
            bottom = [b + v for b, v in zip(bottom, values)]
        ax_week.set_xticks(x, [w[5:] for w in stats.weeks], rotation=45, ha="right")
        ax_week.set_title(_("Checks per week, by level"))
        ax_week.legend(loc="upper left")

        langs = list(stats.by_lang)
        bottom = [0] * len(langs)
        for lv in ("high_risk", "suspicious", "low_risk"):
            values = [stats.by_lang[k][lv] for k in langs]
            ax_lang.bar(range(len(langs)), values, bottom=bottom, color=COLORS[lv], label=labels[lv],
                        gid=f"lang:{lv}")
            bottom = [b + v for b, v in zip(bottom, values)]
        ax_lang.set_xticks(range(len(langs)), [_lang_name(k, _) for k in langs])
        ax_lang.set_title(_("Checks by language of the ad"))

        codes = [c for c, _n in stats.flags][::-1]
        ax_flags.barh(range(len(codes)), [n for _c, n in stats.flags][::-1], color=COLORS["high_risk"], gid="flags")
        ax_flags.set_yticks(range(len(codes)), codes)
        ax_flags.set_title(_("Most frequent red flags in lures"))

        dests = [c for c, _n in stats.destinations][::-1]
        ax_dest.barh(range(len(dests)), [n for _c, n in stats.destinations][::-1], color=COLORS["suspicious"],
                     gid="destinations")
        ax_dest.set_yticks(range(len(dests)), [_country(c, lang) for c in dests])
        ax_dest.set_title(_("Destinations named in lures"))
        fig.suptitle(_("LureCheck statistics from {start} to {end}", start=stats.start.isoformat(),
                       end=stats.end.isoformat()))
    return fig


def render_png(stats: Stats, lang: str) -> bytes:
    import logging

    import matplotlib

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    fig = figure(stats, lang)
    buf = io.BytesIO()
    with matplotlib.rc_context({"font.family": _fonts()}):
        fig.savefig(buf, format="png", metadata={SERIES_KEY: json.dumps(stats.series(), ensure_ascii=True),
                                                 "Software": "LureCheck"})
    return buf.getvalue()


def report(store, actor, lang: str, weeks: int = DEFAULT_WEEKS) -> tuple[str, bytes]:
    """/stats: (text, PNG) for NGO staff and admins."""
    from bot.access import require_reviewer

    require_reviewer(store, actor)
    start, end = period(weeks)
    stats = collect(store, start, end)
    return summary(stats, lang), render_png(stats, lang)


# ---------------------------------------------------------------- the NGO's export
EXPORT_COLUMNS = ("source", "id", "date", "level", "score", "lang", "reasons", "destinations", "contacts", "origin",
                  "status", "text")


def parse_day(value: str) -> date:
    from bot.access import AdminError

    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise AdminError("This is not a valid date: {value}. Write it as YYYY-MM-DD.", value=value) from None


def export_csv(store, actor, start: date | None = None, end: date | None = None) -> tuple[bytes, int]:
    """/export [from] [to]: the NGO's own submissions (checks with their text) and the reports users shared with
    NGOs, as CSV (UTF-8 with BOM, for Excel); every string cell neutralised (bot/ngo/spreadsheet.py). Returns (file,
    rows)."""
    from bot.access import AdminError, require_reviewer

    require_reviewer(store, actor)
    end = end or datetime.now(UTC).date()
    start = start or end - timedelta(days=EXPORT_DAYS)
    if start > end:
        raise AdminError("The first date is after the second: {start} > {end}.", start=start.isoformat(),
                         end=end.isoformat())
    lo = datetime.combine(start, time.min, UTC)
    hi = datetime.combine(end + timedelta(days=1), time.min, UTC)
    h = store.hash(int(actor))
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(EXPORT_COLUMNS)
    n = 0
    with store.read() as s:
        mine = (select(Check).join(User, User.id == Check.user_id)
                .where(User.user_hash == h, Check.text.is_not(None), Check.created >= lo, Check.created < hi)
                .order_by(Check.created, Check.id))
        checks = list(s.scalars(mine))
        contacts: dict[int, list[str]] = defaultdict(list)
        ids = [c.id for c in checks]
        for i in range(0, len(ids), 900):
            q = (select(CheckContact.check_id, Contact.kind, Contact.value).join(Contact)
                 .where(CheckContact.check_id.in_(ids[i : i + 900]), Contact.value.is_not(None)))
            for cid, kind, value in s.execute(q):
                contacts[cid].append(f"{kind}:{value}")
        for c in checks:
            w.writerow(neutralise_row([
                "submitted", c.id, c.created.isoformat(timespec="seconds"), c.level, round(c.score, 4), c.lang,
                ", ".join(c.reasons or ()), ", ".join(c.destinations or ()), "; ".join(contacts[c.id]), c.origin or "",
                "", c.text or ""]))
            n += 1
        for r in s.scalars(select(Report).where(Report.created >= lo, Report.created < hi, Report.status != "rejected")
                           .order_by(Report.created, Report.id)):
            w.writerow(neutralise_row(["report", r.id, r.created.isoformat(timespec="seconds"), r.level or "", "", "",
                                       "", "", "", r.origin or "", r.status, r.text or ""]))
            n += 1
    return out.getvalue().encode("utf-8-sig"), n


# ---------------------------------------------------------------- the command line
def cli(args) -> int:
    """`lurecheck stats --out report.png [--weeks N] [--lang LANG]`."""
    import sys

    from bot.answer.replies import to_plain
    from bot.config import Settings
    from bot.storage import StorageError, open_store

    try:
        store = open_store(Settings.from_env())
    except StorageError as e:
        print(f"lurecheck stats: {e}", file=sys.stderr)
        return 2
    start, end = period(args.weeks)
    stats = collect(store, start, end)
    png = render_png(stats, args.lang)
    with open(args.out, "wb") as f:
        f.write(png)
    print(to_plain(summary(stats, args.lang)))
    print(f"chart written to {args.out}", file=sys.stderr)
    return 0
