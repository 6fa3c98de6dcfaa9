import json
import textwrap

import pytest

from bot.answer.content import ContentError, load_content, validate_contact
from bot.config import PROJECT_ROOT
from tests.conftest import SHARED

GOOD_HOTLINE = """\
hotlines:
  - id: vn-111
    country: VN
    serves: [VN]
    contact: "111"
    kind: phone
    phone_region: VN
    situations: [report_lure]
    destinations: [any]
    confidence: confirmed
    source: [https://example.org/111]
    source_date: "2025-09-20"
    name: {en: Hotline 111, vi: Tổng đài 111, ko: 111 핫라인, km: ខ្សែទូរស័ព្ទ ១១១}
    purpose: {en: Report trafficking., vi: Báo mua bán người., ko: 인신매매 신고., km: រាយការណ៍ការជួញដូរ។}
"""


def write(tmp_path, hotlines: str, messages: dict[str, str] | None = None):
    (tmp_path / "hotlines.yaml").write_text(hotlines, encoding="utf-8")
    (tmp_path / "messages").mkdir()
    for name, body in (messages or {}).items():
        (tmp_path / "messages" / name).write_text(body, encoding="utf-8")
    return tmp_path


def test_project_content_is_valid():
    content = load_content(PROJECT_ROOT / "warnings")
    assert len(content.hotlines) >= 15
    assert content.warnings, "official warnings are missing"


def test_shipped_numbers_are_sourced_and_never_unverified():
    reference = json.loads((SHARED / "reference" / "hotlines.json").read_text(encoding="utf-8"))
    unverified = {e["id"] for e in reference if e["confidence"] == "unverified"}
    known = " ".join(e["number_or_contact"] for e in reference)
    content = load_content(PROJECT_ROOT / "warnings")
    for h in content.hotlines:
        base_id = h.id.removesuffix("-a").removesuffix("-b")
        assert base_id not in unverified and h.id not in unverified, h.id
        assert h.contact in known, f"{h.id}: {h.contact} is not in the sourced reference"
        assert h.source and h.source_date


def test_good_file_loads(tmp_path):
    content = load_content(write(tmp_path, GOOD_HOTLINE))
    assert content.hotline("vn-111").name["vi"] == "Tổng đài 111"


@pytest.mark.parametrize("change,expected", [
    (("confidence: confirmed", "confidence: unverified"), "vn-111: confidence: 'unverified' cannot be shown"),
    (('contact: "111"', 'contact: "+84 12"'), "vn-111: contact:"),
    (("source: [https://example.org/111]", "source: []"), "vn-111: source: missing"),
    (("ko: 111 핫라인, ", "xx: nope, "), "vn-111: name: unknown language code 'xx'"),
    (("situations: [report_lure]", "situations: [dance]"), "vn-111: situations: unknown value 'dance'"),
])
def test_bad_entries_name_file_line_and_field(tmp_path, change, expected):
    write(tmp_path, GOOD_HOTLINE.replace(*change))
    with pytest.raises(ContentError) as err:
        load_content(tmp_path)
    assert any(expected in p for p in err.value.problems), err.value.problems
    assert all(p.startswith(str(tmp_path / "hotlines.yaml") + ":2:") for p in err.value.problems)


def test_broken_yaml_names_the_line(tmp_path):
    write(tmp_path, GOOD_HOTLINE + "  - id: [unclosed\n")
    with pytest.raises(ContentError) as err:
        load_content(tmp_path)
    assert "hotlines.yaml:" in err.value.problems[0] and "not valid YAML" in err.value.problems[0]


def test_warning_needs_english_and_source(tmp_path):
    msg = textwrap.dedent("""\
        warnings:
          - key: w1
            country: VN
            audience: [VN]
            destinations: [any]
            source: [https://example.org/w]
            source_date: "2025-01-01"
            issuer: {vi: Bộ Ngoại giao}
            body: {vi: Cẩn thận.}
            original_lang: vi
        """)
    write(tmp_path, GOOD_HOTLINE, {"VN.yaml": msg})
    with pytest.raises(ContentError) as err:
        load_content(tmp_path)
    assert any("w1: body: the English text is required" in p for p in err.value.problems)


def test_phone_validation():
    assert validate_contact("phone", "+84 981 84 84 84", "VN") is None
    assert validate_contact("phone", "113", "VN") is None
    assert validate_contact("phone", "+84 12", "VN")
    assert validate_contact("url", "not a url", None)
    assert validate_contact("email", "a@b.org", None) is None
