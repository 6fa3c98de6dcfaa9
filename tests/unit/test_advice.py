"""Which contacts and warnings a reply carries, by the kind of lure and the reader's situation (issue 17, item 3)."""
import pytest

from bot.answer.advice import NUMBER_KINDS, select
from bot.answer.content import load_content
from bot.config import PROJECT_ROOT
from classifier import check

CONTENT = load_content(PROJECT_ROOT / "warnings")
TRAFFICKING_ONLY = {"vn-111-anti-trafficking", "vn-mofa-citizen-protection-1", "vn-mofa-citizen-protection-2",
                    "kr-mofa-consular-call-center", "kh-police-telegram-117-for-foreigners", "vn-cg-sihanoukville"}


def ids(advice):
    return [h.id for h in advice.hotlines]


def first(advice):
    return [h.id for h in advice.first]


def test_compound_lure_before_departure_home_reporting_line_first_then_the_line_for_someone_there():
    a = select(CONTENT, "high_risk", "vi", "vi", ["KH"], scam_type="compound")
    assert a.nationality == "VN" and a.abroad == ("KH",)
    assert first(a) == ["vn-111-anti-trafficking", "vn-mofa-citizen-protection-1"]  # confirmed 24/7 before one-source
    got = ids(a)
    assert "kh-117-police" in got and "kh-police-telegram-117-for-foreigners" in got  # Telegram 117 says what to send
    assert a.warnings


def test_korean_compound_lure_112_then_consular_call_center():
    a = select(CONTENT, "high_risk", "ko", "ko", ["KH"], scam_type="compound")
    assert first(a) == ["kr-112-police", "kr-mofa-consular-call-center"]
    assert "kh-117-police" in ids(a)


@pytest.mark.parametrize("lang,own", [("vi", "vn-mofa-citizen-protection-1"), ("ko", "kr-mofa-consular-call-center")])
def test_already_there_own_ministry_first_and_no_travel_ban_warning(lang, own):
    a = select(CONTENT, "high_risk", lang, lang, ["KH"], scam_type="compound", situation="already_there")
    assert ids(a)[0] == own
    assert "kh-117-police" in ids(a)
    assert [w.key for w in a.warnings] == ["intl-ohchr-victims-not-criminals"]  # "victims, not criminals"


@pytest.mark.parametrize("lang", ["vi", "ko", "km"])
def test_task_scam_gets_police_and_scam_loss_lines_never_trafficking_lines(lang):
    a = select(CONTENT, "high_risk", lang, lang, [], scam_type="task")
    got = ids(a)
    assert got and not set(got) & TRAFFICKING_ONLY, got
    assert a.first and all(h.kind in NUMBER_KINDS for h in a.first)
    assert not a.warnings or all("KH" not in w.destinations for w in a.warnings)  # no warning about going abroad


def test_task_compound_and_already_paid_choose_different_first_contacts():
    task = select(CONTENT, "high_risk", "ko", "ko", [], scam_type="task")
    compound = select(CONTENT, "high_risk", "ko", "ko", ["KH"], scam_type="compound")
    paid = select(CONTENT, "high_risk", "ko", "ko", [], scam_type="task", situation="already_paid")
    assert first(compound) != first(task)
    assert first(task) == ["kr-kisa-118", "kr-112-police"]  # counselling and report first
    assert first(paid) == ["kr-112-police", "kr-kisa-118"]  # after the bank (the action): the police first
    assert not paid.warnings


def test_verdict_decides_type_and_situation():
    v = check("10만원 입금했어요. 좋아요 누르고 하루 50만원! 첫 미션은 10만원 입금 후 진행. 오픈채팅 문의")
    a = select(CONTENT, v.level, "ko", v.lang, v.entities.destinations(), verdict=v)
    assert (a.scam_type, a.situation) == ("task", "already_paid")


def test_hotlines_have_numbers_websites_are_apart():
    for lang in ("vi", "ko", "km", "en"):
        for kind in ("compound", "task", "fee", "courier", "other"):
            a = select(CONTENT, "high_risk", lang, lang, ["KH"], scam_type=kind)
            assert all(h.kind in NUMBER_KINDS for h in a.numbers)
            assert all(h.kind not in NUMBER_KINDS for h in a.other_contacts)
            assert sorted(h.id for h in (*a.numbers, *a.other_contacts)) == sorted(ids(a))


def test_khmer_user_at_home_sees_117():
    got = ids(select(CONTENT, "suspicious", "km", "km", []))
    assert "kh-117-police" in got


def test_low_risk_gets_few_lines_and_no_warning():
    a = select(CONTENT, "low_risk", "vi", "vi", [])
    assert len(a.hotlines) <= 2 and not a.warnings


def test_no_line_is_shown_twice():
    for lang in ("vi", "ko", "km", "en"):
        for kind in ("compound", "task", "fee", "courier", "other"):
            for where in ("pre_departure", "already_there", "already_paid"):
                got = ids(select(CONTENT, "high_risk", lang, lang, ["KH", "MM"], scam_type=kind, situation=where))
                assert len(got) == len(set(got))
