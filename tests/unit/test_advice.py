from bot.answer.advice import select
from bot.answer.content import load_content
from bot.config import PROJECT_ROOT

CONTENT = load_content(PROJECT_ROOT / "warnings")


def ids(advice):
    return [h.id for h in advice.hotlines]


def test_vietnamese_user_cambodia_ad_sees_own_consular_line_first_then_117_and_111():
    a = select(CONTENT, "high_risk", "vi", "vi", ["KH"])
    got = ids(a)
    assert a.nationality == "VN" and a.abroad == ("KH",)
    first = CONTENT.hotline(got[0])
    assert "VN" in first.serves and "trapped_abroad" in first.situations
    assert "kh-117-police" in got and "vn-111-anti-trafficking" in got
    assert got.index(got[0]) < got.index("kh-117-police")
    assert a.warnings


def test_korean_user_sees_consular_call_center_and_112():
    got = ids(select(CONTENT, "high_risk", "ko", "ko", ["KH"]))
    assert got[0] == "kr-mofa-consular-call-center"
    assert "kh-117-police" in got and "kr-112-police" in got


def test_khmer_user_at_home_sees_117():
    got = ids(select(CONTENT, "suspicious", "km", "km", []))
    assert "kh-117-police" in got


def test_low_risk_gets_few_lines_and_no_warning():
    a = select(CONTENT, "low_risk", "vi", "vi", [])
    assert len(a.hotlines) <= 2 and not a.warnings


def test_no_line_is_shown_twice():
    for lang in ("vi", "ko", "km", "en"):
        got = ids(select(CONTENT, "high_risk", lang, lang, ["KH", "MM"]))
        assert len(got) == len(set(got))
