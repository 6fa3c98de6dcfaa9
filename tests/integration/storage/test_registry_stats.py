"""The recruiter contact registry and the statistics, on SQLite and PostgreSQL: what counts (privacy rules), the
level raised by a contact seen in confirmed lures, the admin's legitimate-employer mark, /contact, the chart (a
valid PNG carrying the expected series) and the NGO's CSV export."""
from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image
from sqlalchemy import select, update

from bot import admin
from bot.answer.replies import compose, to_plain
from bot.ngo import registry, stats
from bot.storage.models import Check, Contact
from classifier import Checker
from tests.conftest import LEGIT, LURES
from tests.integration.storage.conftest import ADMIN
from tests.unit.test_replies import foreign_parts

SEEKER, NGO = 501, 502
CHECKER = Checker()
# A recruiter's Telegram account in an ad the rules alone rate low: the registry is what raises it.
QUIET_AD = "Cần tuyển nhân viên văn phòng, liên hệ Telegram @hr_kh_2024 để biết thêm."


def values(store) -> dict[tuple[str, str | None], tuple[int, int]]:
    with store.read() as s:
        return {(c.kind, c.value): (c.seen_count, c.lure_count) for c in s.scalars(select(Contact))}


def test_unconsented_checks_count_only_hashes_and_ngo_submissions_count_lures(store):
    store.set_user_role(NGO, "ngo")
    lure = CHECKER.check(LURES["vi"])
    store.record_check(SEEKER, lure)  # a job-seeker, no consent: the contact is kept as a hash
    assert values(store) == {("telegram", None): (1, 0)}
    assert "tuyendung_sv88" not in json.dumps([str(v) for v in values(store)])
    store.record_check(NGO, lure, LURES["vi"])  # the NGO's submission of the same ad: value, and a confirmed lure
    assert values(store) == {("telegram", "@tuyendung_sv88"): (2, 1)}
    store.record_check(NGO, lure, LURES["vi"])  # the same ad again: seen again, still one lure ad
    assert values(store)[("telegram", "@tuyendung_sv88")] == (3, 1)
    legit = CHECKER.check(LEGIT["vi"] + " Zalo 0912 345 678")
    store.record_check(NGO, legit, LEGIT["vi"])  # an NGO's low-risk ad: seen, not a lure
    assert values(store)[("phone", "+84912345678")] == (1, 0)


def test_a_report_counts_as_a_lure_only_once_confirmed(store):
    store.set_user_role(NGO, "ngo")
    v = CHECKER.check(LURES["en"])
    cid = store.record_check(SEEKER, v)
    rid = store.add_report(cid, SEEKER, LURES["en"])
    assert values(store) == {("phone", "+85512345678"): (1, 0)}  # consent: the value is kept, not yet a lure
    assert store.contact_stats("phone", "+85512345678") == (1, 1)
    admin.decide(store, NGO, "report", rid, "confirm")
    assert values(store) == {("phone", "+85512345678"): (1, 1)}


def test_the_registry_raises_the_level_and_the_reply_says_so(store):
    store.set_user_role(NGO, "ngo")
    base = CHECKER.check(QUIET_AD)
    assert base.level == "low_risk" and registry.annotate(store, base) == base
    for i in range(3):  # three different lure ads from the NGO with the same account
        ad = f"{LURES['vi']} Ứng tuyển đợt {i}. Telegram @hr_kh_2024"
        store.record_check(NGO, CHECKER.check(ad), ad)
    when = datetime(2026, 3, 5, tzinfo=UTC)
    store.write(lambda s: s.execute(update(Contact).values(first_lure=when)))
    raised = registry.annotate(store, CHECKER.check(QUIET_AD))
    assert raised.level == "high_risk" and raised.score >= 0.7 and raised.extras["base_level"] == "low_risk"
    hit = raised.extras["registry"][0]
    assert hit == {"kind": "telegram", "value": "@hr_kh_2024", "app": "telegram", "lures": 3, "since": "2026-03-05"}
    text = "\n".join(to_plain(m) for m in compose(raised, None, "en"))
    assert "This Telegram account “@hr_kh_2024” appeared in 3 ads reported as lures since March 2026." in text
    for lang in ("vi", "ko", "km"):
        reply = "\n".join(to_plain(m) for m in compose(raised, None, lang))
        assert "@hr_kh_2024" in reply and not foreign_parts(reply, lang), (lang, foreign_parts(reply, lang))
    # the check a job-seeker makes now records the checker's own level for counting: not a new lure
    store.record_check(SEEKER, raised)
    assert values(store)[("telegram", "@hr_kh_2024")][1] == 3


def test_one_lure_raises_one_step_and_a_legitimate_employer_never(store):
    store.set_user_role(NGO, "ngo")
    store.record_check(NGO, CHECKER.check(LURES["vi"] + " Telegram @hr_kh_2024"), "ad")
    raised = registry.annotate(store, CHECKER.check(QUIET_AD))
    assert raised.level == "suspicious" and raised.extras["registry"][0]["lures"] == 1
    with pytest.raises(admin.NotAllowed):
        registry.set_legit(store, NGO, "@hr_kh_2024", True)  # admins only
    marked = registry.set_legit(store, ADMIN, "@hr_kh_2024", True, "Minh Phat Co., verified by phone")
    assert marked[0].legit and marked[0].legit_note.startswith("Minh Phat")
    assert registry.annotate(store, CHECKER.check(QUIET_AD)).level == "low_risk"
    info = registry.find_contact(store, NGO, "t.me/hr_kh_2024")
    assert info[0].legit and info[0].lures == 1 and info[0].value == "@hr_kh_2024"
    registry.set_legit(store, ADMIN, "@hr_kh_2024", False)
    assert registry.annotate(store, CHECKER.check(QUIET_AD)).level == "suspicious"
    from tests.integration.storage.helpers import audit_entries

    assert [e.action for e in audit_entries(store)][-2:] == ["contact.legit", "contact.unlegit"]


def test_contact_lookup_by_any_writing_and_rights(store):
    store.set_user_role(NGO, "ngo")
    store.record_check(NGO, CHECKER.check(LURES["en"]), LURES["en"])
    for written in ("+855 12 345 678", "012 345 678", "wa.me/85512345678", "+85512345678"):
        (info,) = registry.find_contact(store, NGO, written)
        assert (info.kind, info.value, info.lures) == ("phone", "+85512345678", 1), written
    assert registry.find_contact(store, NGO, "@nobody_here") == []
    with pytest.raises(admin.NotAllowed):
        registry.find_contact(store, SEEKER, "+85512345678")
    with pytest.raises(admin.AdminError):
        registry.find_contact(store, NGO, "??")


def fill(store, weeks: int = 6) -> None:
    """Checks over several weeks, several languages and levels (written as the store writes them)."""
    store.set_user_role(NGO, "ngo")
    now = datetime.now(UTC)
    for w in range(weeks):  # w weeks ago
        items = []
        for lang in ("vi", "ko", "km", "en"):
            for _ in range(w % 3 + 1):
                items.append((CHECKER.check(LURES[lang]), LURES[lang], f"week {w}"))
            items.append((CHECKER.check(LEGIT[lang]), LEGIT[lang], f"week {w}"))
        ids = store.record_checks(NGO, items)
        store.write(lambda s, ids=ids, w=w: s.execute(update(Check).where(Check.id.in_(ids))
                                                      .values(created=now - timedelta(weeks=w))))


def test_statistics_chart_is_a_png_with_the_expected_series(store, tmp_path):
    fill(store)
    start, end = stats.period(8)
    st = stats.collect(store, start, end)
    assert st.checks == 6 * 4 + sum(4 * (w % 3 + 1) for w in range(6))
    assert st.lures == sum(4 * (w % 3 + 1) for w in range(6))
    assert dict(st.destinations)["KH"] == st.lures and st.flags[0][1] == st.lures
    assert set(st.by_lang) == {"vi", "ko", "km", "en"}
    png = stats.render_png(st, "en")
    path = tmp_path / "report.png"
    path.write_bytes(png)
    img = Image.open(path)
    img.verify()
    img = Image.open(path)
    assert img.format == "PNG" and img.size[0] >= 600
    series = json.loads(img.text[stats.SERIES_KEY])
    assert series["weeks"] == st.weeks and len(series["weeks"]) == 8
    assert sum(series["per_week"]["high_risk"]) == st.level_total("high_risk") > 0
    assert series["per_week"]["high_risk"][-6:] == [4 * (w % 3 + 1) for w in reversed(range(6))]
    assert series["by_lang"]["vi"] == [st.by_lang["vi"][lv] for lv in stats.LEVELS]
    assert ["KH", st.lures] in series["destinations"]
    fig = stats.figure(st, "en")
    week_axis = fig.axes[0]
    drawn = [round(p.get_height()) for p in week_axis.patches if p.get_gid() == "week:high_risk"]
    assert drawn == series["per_week"]["high_risk"]
    assert week_axis.get_title() == "Checks per week, by level"
    text = stats.summary(st, "km")
    assert not foreign_parts(to_plain(text), "km"), foreign_parts(to_plain(text), "km")


def test_stats_and_export_are_for_ngo_staff_and_admins(store):
    fill(store, weeks=2)
    with pytest.raises(admin.NotAllowed):
        stats.report(store, SEEKER, "en")
    text, png = stats.report(store, ADMIN, "vi")
    assert png.startswith(b"\x89PNG") and "Thống kê" in text
    cid = store.record_check(SEEKER, CHECKER.check("=cmd tuyển gấp " + LURES["vi"]))
    store.add_report(cid, SEEKER, "=cmd tuyển gấp " + LURES["vi"])
    data, n = stats.export_csv(store, NGO)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert n == len(rows) == 2 * 4 * 2 + 4 + 1  # two weeks of the NGO's ads, plus one report
    mine = [r for r in rows if r["source"] == "submitted"]
    assert all(r["text"] for r in mine) and any("telegram:@job_kh77" in r["contacts"] for r in mine)
    (report,) = [r for r in rows if r["source"] == "report"]
    assert report["status"] == "new" and report["text"].startswith("'=cmd")  # never a formula in Excel
    with pytest.raises(admin.NotAllowed):
        stats.export_csv(store, SEEKER)
    today = datetime.now(UTC).date()
    data, n = stats.export_csv(store, NGO, today + timedelta(days=1), today + timedelta(days=2))
    assert n == 0
    with pytest.raises(admin.AdminError):
        stats.export_csv(store, NGO, today, today - timedelta(days=1))
