"""Files of ads (bot/ngo/files.py): each type read and written back with the added columns, and each malformed kind
refused with a clear message; rows that fail are marked, never dropped."""
from __future__ import annotations

import csv
import io
import json
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
    assert formula_cell.data_type == "s" and formula_cell.value.startswith("=")
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
