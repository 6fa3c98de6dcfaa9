"""Files of ads, for NGO staff and the batch CLI: read CSV, XLSX, JSONL or plain text, give back the same type with
the checker's columns added. Pure file work: no Telegram, no database, no classifier calls.

- CSV: the column named `text` (or content, message, nội dung, 내용...), else the first column that holds text. The
  delimiter (, ; tab |) is read from the first line. UTF-8 (with or without BOM), UTF-16 with a BOM, and Korean Excel's
  CP949 are read; anything else is refused with the advice to save as "CSV UTF-8".
- XLSX: the first sheet, the first non-empty row as the header, the same column choice. The sheet's declared size
  (`<dimension ref>`) is ignored; at most MAX_XLSX_ROWS rows (empty ones included) and MAX_XLSX_COLS columns a row are
  read, in a separate process (at most XLSX_WORKERS at a time) that is killed after XLSX_TIMEOUT seconds.
- CSV and XLSX: the first row is a header only when it looks like one (a known column name, or short cells without
  the features of an ad while the rows below are longer); otherwise it is the first ad, checked and counted.
- JSONL: one JSON object a line (split at "\n" only), its `text` field (else its first string field); a line that is
  not one is marked. The added fields never overwrite the NGO's own: a clash puts ours under `lurecheck_<name>`.
- TXT: one ad per block of lines separated by a blank line.

Nothing is dropped: a row that cannot be checked keeps its cells and gets an `error`. Whole-file problems (empty,
binary, wrong encoding, broken CSV, too large, too many ads) raise FileProblem with an English msgid the caller
translates.
"""
from __future__ import annotations

import csv
import io
import json
import re
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.ngo.spreadsheet import neutralise

MAX_ADS = 10_000
MAX_BYTES = 20 * 1024 * 1024  # a bot can download files up to 20 MB from Telegram
MAX_UNZIPPED = 200 * 1024 * 1024  # an XLSX is a zip: its content, unpacked, within this
FORMATS = ("csv", "xlsx", "jsonl", "txt")
ADDED = ("lang", "level", "score", "reasons", "explanations", "contacts", "is_job_offer", "truncated", "error")
MAX_XLSX_ROWS = MAX_ADS + 5_000  # rows scanned in a sheet, empty ones included
MAX_XLSX_COLS = 200  # columns read in a row; cells further right are ignored
XLSX_TIMEOUT = 60.0  # seconds of wall clock to read one XLSX file
XLSX_WORKERS = 2  # XLSX files read at the same time, each in its own process
_XLSX_SLOTS = threading.BoundedSemaphore(XLSX_WORKERS)
TEXT_NAMES = {"text", "ad", "ads", "advert", "content", "message", "body", "post", "description", "noi dung",
              "nội dung", "tin", "tin tuyển dụng", "bài đăng", "내용", "본문", "광고", "텍스트", "អត្ថបទ", "ខ្លឹមសារ",
              "សារ", "内容", "文本"}
# Other names a header row holds: a first row with one of them is a header, never an ad.
HEADER_NAMES = TEXT_NAMES | {"id", "no", "no.", "stt", "#", "source", "nguồn", "date", "ngày", "time", "url", "link",
                             "phone", "contact", "channel", "platform", "title", "tiêu đề", "번호", "출처", "날짜",
                             "링크", "제목", "ប្រភព", "កាលបរិច្ឆេទ", "label", "note", "notes", "lang", "language",
                             "country", "name"}
MIME_FORMATS = {"text/csv": "csv", "text/comma-separated-values": "csv", "application/csv": "csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
                "application/jsonl": "jsonl", "application/x-ndjson": "jsonl", "application/json": "jsonl",
                "text/plain": "txt"}
MIME_TYPES = {"csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "jsonl": "application/jsonl", "txt": "text/plain"}
csv.field_size_limit(4 * 1024 * 1024)  # an ad in one cell may be long; the file size bounds it anyway

# Row errors: English msgids, translated by the caller (the NGO's language; English in the CLI).
ROW_EMPTY = "The text of this ad is empty."
ROW_BAD_JSON = "This line is not valid JSON."
ROW_NOT_OBJECT = "This line is not a JSON object."
ROW_NO_TEXT = "This line has no text field."
ROW_BINARY = "This ad is not readable text."
ROW_FAILED = "This ad could not be checked."


class FileProblem(Exception):
    """A file that cannot be checked at all. `msgid` is English with {fields}; the caller translates it."""

    def __init__(self, msgid: str, /, **fields):
        self.msgid, self.fields = msgid, fields
        super().__init__(msgid.format(**fields))

    def text(self, lang: str | None) -> str:
        from bot.answer.i18n import gettext, ui_lang

        return gettext(ui_lang(lang), self.msgid, **self.fields)


@dataclass
class Row:
    cells: Any  # CSV/XLSX: list of cell values; JSONL: the object (or the raw line); TXT: the block
    text: str | None  # the ad to check; None when the row cannot be checked
    error: str | None = None  # an English msgid (ROW_...) when it cannot
    line: int = 0  # 1-based line (CSV, JSONL) or row (XLSX) in the input


@dataclass
class Sheet:
    fmt: str
    rows: list[Row]
    header: list[str] = field(default_factory=list)  # CSV/XLSX (generated names when the file had none)
    text_column: str | None = None
    delimiter: str = ","
    sheet_name: str = "Sheet1"
    had_header: bool = True

    @property
    def ads(self) -> int:
        return sum(1 for r in self.rows if r.text is not None or r.error is not None)


def format_of(filename: str | None, mime: str | None = None) -> str:
    """csv, xlsx, jsonl or txt, by the file's extension (else its MIME type); FileProblem for anything else."""
    ext = Path(filename or "").suffix.lower().lstrip(".")
    ext = {"ndjson": "jsonl", "json": "jsonl", "text": "txt", "tsv": "csv"}.get(ext, ext)
    if ext in FORMATS:
        return ext
    if ext in ("xls", "ods", "numbers"):
        raise FileProblem("I cannot read .{ext} files. Please save the sheet as .xlsx or CSV (UTF-8) and send it again.",
                          ext=ext)
    if not ext and mime in MIME_FORMATS:
        return MIME_FORMATS[mime]
    raise FileProblem("I can check files of ads in these formats: CSV, XLSX, JSONL and TXT. This file is not one of"
                      " them.")


def read(data: bytes, filename: str | None, mime: str | None = None, fmt: str | None = None,
         max_ads: int = MAX_ADS) -> Sheet:
    fmt = fmt or format_of(filename, mime)
    if len(data) > MAX_BYTES:
        raise too_large(len(data))
    if not data.strip():
        raise FileProblem("The file is empty.")
    if fmt == "xlsx":
        sheet = _read_xlsx(data)
    else:
        text = decode(data)
        sheet = {"csv": _read_csv, "jsonl": _read_jsonl, "txt": _read_txt}[fmt](text)
    if sheet.ads == 0:
        raise FileProblem("The file has no ads in it.")
    if sheet.ads > max_ads:
        raise FileProblem("The file has {n} ads; I check at most {limit} per file. Please split it and send the"
                          " parts.", n=sheet.ads, limit=max_ads)
    return sheet


def too_large(size: int) -> FileProblem:
    return FileProblem("The file is too large ({size} MB). Files of ads can be up to {limit} MB: split it and send the"
                       " parts.", size=f"{size / 1024 / 1024:.1f}", limit=MAX_BYTES // 1024 // 1024)


def decode(data: bytes) -> str:
    """The file as text: UTF-8 (BOM or not), UTF-16 with a BOM, or Korean Excel's CP949; FileProblem otherwise."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _not_text() from None
    if b"\x00" in data[:65536] or _binary_magic(data):
        raise FileProblem("This file is not text (it looks like a binary file or an image). Please send a CSV, XLSX,"
                          " JSONL or TXT file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        raise _not_text() from None
    foreign = [ch for ch in text if ord(ch) > 127]
    hangul = sum(1 for ch in foreign if "\uac00" <= ch <= "\ud7a3")
    if foreign and hangul / len(foreign) >= 0.9:
        return text
    raise _not_text()


def _not_text() -> FileProblem:
    return FileProblem("I cannot read the characters of this file: it is not in UTF-8. In Excel, choose Save As"
                       " \u201cCSV UTF-8\u201d, then send the file again.")


def _binary_magic(data: bytes) -> bool:
    return data.startswith((b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0",
                            b"Rar!", b"\x1f\x8b", b"7z\xbc\xaf"))


def _binary_cell(text: str) -> bool:
    sample = text[:2000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t")
    return controls > max(4, len(sample) * 0.05)


def _is_texty(value: str) -> bool:
    return any(ch.isalpha() for ch in value)


def choose_text_column(header: list[str], rows: list[list[Any]]) -> int:
    """The column named like "text", else the first one that holds text (letters, not too short), else the first."""
    for i, name in enumerate(header):
        if str(name or "").strip().lower() in TEXT_NAMES:
            return i
    sample = rows[:200]
    candidates = []
    for i in range(len(header)):
        values = [str(r[i]) for r in sample if i < len(r) and r[i] not in (None, "") and str(r[i]).strip()]
        if values and sum(map(_is_texty, values)) >= len(values) / 2:
            candidates.append((i, sum(len(v) for v in values) / len(values)))
    for i, mean in candidates:
        if mean >= 20:
            return i
    return candidates[0][0] if candidates else 0


_AD_FEATURES = re.compile(r"[0-9$€₩₫៛฿@]|https?:|www\.|t\.me/", re.IGNORECASE)


def _has_ad_features(value: str) -> bool:
    """What a header cell never has: digits, money or contact signs, a link, many words, a line break."""
    return bool(_AD_FEATURES.search(value)) or len(value) > 60 or "\n" in value or len(value.split()) > 5


def is_header(first: list[Any], body: list[list[Any]], col: int) -> bool:
    """Whether the first row of a table is its header. A known column name makes it one; otherwise it is one only
    when its cells have none of an ad's features AND its text cell is much shorter than the texts below it. A file
    of one row has no header unless that row holds a known name."""
    cells = [str(c).strip() for c in first if c not in (None, "") and str(c).strip()]
    if any(c.lower() in HEADER_NAMES for c in cells):
        return True
    if not cells or not body or any(_has_ad_features(c) for c in cells):
        return False
    value = str(first[col]).strip() if col < len(first) and first[col] is not None else ""
    below = sorted(len(str(r[col]).strip()) for r in body[:200] if col < len(r) and r[col] not in (None, "")
                   and str(r[col]).strip())
    if not below:
        return False
    return len(value) * 3 <= below[len(below) // 2]


def _table(header_row: list[Any], body: list[list[Any]], fmt: str, first_line: int) -> Sheet:
    """A sheet from a header row and body rows (CSV, XLSX): picks the text column; a "header" that is an ad is
    checked as the first row instead (files without a header)."""
    width = max([len(header_row), *map(len, body)]) if body else len(header_row)
    header = [str(h).strip() if h not in (None, "") else f"column_{i + 1}" for i, h in enumerate(header_row)]
    header += [f"column_{i + 1}" for i in range(len(header), width)]
    col = choose_text_column(header, body)
    had_header = is_header(list(header_row), body, col)
    lines = list(range(first_line + 1, first_line + 1 + len(body)))
    if not had_header:
        body = [list(header_row), *body]
        lines = [first_line, *lines]
        header = [f"column_{i + 1}" for i in range(width)]
        col = choose_text_column(header, body)
    rows = []
    for cells, line in zip(body, lines):
        if not any(str(c).strip() for c in cells if c is not None):
            rows.append(Row(list(cells), None, None, line))  # a blank line: kept as it is, not an ad
            continue
        cells = list(cells) + [""] * (width - len(cells))
        value = cells[col]
        text = "" if value is None else str(value)
        if not text.strip():
            rows.append(Row(cells, None, ROW_EMPTY, line))
        elif _binary_cell(text):
            rows.append(Row(cells, None, ROW_BINARY, line))
        else:
            rows.append(Row(cells, text, None, line))
    return Sheet(fmt, rows, header, header[col], had_header=had_header)


def _read_csv(text: str) -> Sheet:
    first = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t", "|"], key=lambda d: (first.count(d), d == ","))
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error:
        line = _csv_error_line(text, delimiter)
        raise FileProblem("The CSV file is broken near line {line}: a quote is not closed or a cell is too long."
                          " Please check that line, or save the file again from Excel.", line=line) from None
    records = [r for r in records]
    if not records:
        raise FileProblem("The file has no ads in it.")
    start = next((i for i, r in enumerate(records) if any(c.strip() for c in r)), None)
    if start is None:
        raise FileProblem("The file has no ads in it.")
    sheet = _table(records[start], records[start + 1 :], "csv", start + 1)
    sheet.delimiter = delimiter
    return sheet


def _csv_error_line(text: str, delimiter: str) -> int:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    try:
        for _ in reader:
            line = reader.line_num
    except csv.Error:
        return max(1, line + 1)
    return line


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNZIPPED:
                raise FileProblem("This Excel file is too large when unpacked. Please split it and send the parts.")
            if "xl/workbook.xml" not in z.namelist():
                raise FileProblem("This file is not a valid Excel (.xlsx) file.")
    except zipfile.BadZipFile:
        raise FileProblem("This file is not a valid Excel (.xlsx) file.") from None


def _read_xlsx(data: bytes) -> Sheet:
    """The XLSX read in a separate process (at most XLSX_WORKERS at a time), killed after XLSX_TIMEOUT seconds: a
    hostile sheet costs one worker for a bounded time, never the bot's process."""
    import multiprocessing

    _check_zip(data)  # cheap, and before any worker starts
    ctx = multiprocessing.get_context("spawn")  # never fork a threaded process
    with _XLSX_SLOTS:
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_xlsx_worker, args=(data, child), daemon=True, name="lurecheck-xlsx")
        proc.start()
        child.close()
        try:
            if not parent.poll(XLSX_TIMEOUT):
                raise FileProblem("This Excel file takes too long to read. Please save it again (or as CSV UTF-8) and"
                                  " send it again.")
            kind, payload = parent.recv()
        except EOFError:
            raise FileProblem("This file is not a valid Excel (.xlsx) file.") from None
        finally:
            if proc.is_alive():
                proc.kill()
            proc.join(5)
            parent.close()
    if kind == "problem":
        msgid, fields = payload
        raise FileProblem(msgid, **fields)
    return payload


def _xlsx_worker(data: bytes, conn) -> None:
    try:
        result = ("sheet", read_xlsx_here(data))
    except FileProblem as e:
        result = ("problem", (e.msgid, e.fields))
    except Exception:  # noqa: BLE001 - anything else from a damaged file means the same to the user
        result = ("problem", ("This file is not a valid Excel (.xlsx) file.", {}))
    conn.send(result)
    conn.close()


def read_xlsx_here(data: bytes) -> Sheet:
    """The XLSX read in this process (the worker of _read_xlsx)."""
    _check_zip(data)
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on a damaged file; each means the same to the user
        raise FileProblem("This file is not a valid Excel (.xlsx) file.") from None
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise FileProblem("The file has no ads in it.")
        ws.reset_dimensions()  # the declared <dimension ref> is a claim of the file, not a fact: read what is there
        records: list[list[Any]] = []
        start_line = filled = 0
        for n, values in enumerate(ws.iter_rows(max_col=MAX_XLSX_COLS, values_only=True), 1):
            if n > MAX_XLSX_ROWS:
                raise FileProblem("The sheet has more than {limit} rows; I read at most {limit}. Please delete the"
                                  " empty rows or split it and send the parts.", limit=MAX_XLSX_ROWS)
            values = list(values)
            while values and values[-1] is None:
                values.pop()
            if not records and not any(v not in (None, "") for v in values):
                continue
            if not records:
                start_line = n
            records.append(values)
            filled += any(v not in (None, "") for v in values)
            if filled > MAX_ADS + 2:
                raise FileProblem("The file has more than {limit} ads; I check at most {limit} per file. Please split"
                                  " it and send the parts.", limit=MAX_ADS)
        if not records:
            raise FileProblem("The file has no ads in it.")
        sheet = _table(records[0], records[1:], "xlsx", start_line)
        sheet.sheet_name = ws.title
        return sheet
    finally:
        wb.close()


def _read_jsonl(text: str) -> Sheet:
    rows = []
    parsed_any = False
    for n, line in enumerate(text.split("\n"), 1):  # not splitlines(): U+2028 may be inside a JSON string
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            rows.append(Row(line, None, ROW_BAD_JSON, n))
            continue
        parsed_any = True
        if not isinstance(obj, dict):
            rows.append(Row(line, None, ROW_NOT_OBJECT, n))
            continue
        value = obj.get("text")
        if not isinstance(value, str):
            value = next((v for v in obj.values() if isinstance(v, str) and _is_texty(v)), None)
        if value is None:
            rows.append(Row(obj, None, ROW_NO_TEXT, n))
        elif not value.strip():
            rows.append(Row(obj, None, ROW_EMPTY, n))
        else:
            rows.append(Row(obj, value, None, n))
    if rows and not parsed_any:
        raise FileProblem("This is not a JSONL file: none of its lines is a JSON object. Each line must be one"
                          " object with a \u201ctext\u201d field.")
    return Sheet("jsonl", rows, text_column="text")


_BLOCKS = re.compile(r"\n[ \t]*\n")


def _read_txt(text: str) -> Sheet:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    rows = []
    pos, line = 0, 1  # line: the line number at `pos`
    for m in [*_BLOCKS.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        block = chunk.strip("\n")
        if block.strip():
            first = line + len(chunk) - len(chunk.lstrip("\n"))
            rows.append(Row(block, None, ROW_BINARY, first) if _binary_cell(block) else Row(block, block, None, first))
        if m:
            line += text.count("\n", pos, m.end())
            pos = m.end()
    return Sheet("txt", rows)


# ---------------------------------------------------------------- results
def result_fields(verdict, explanations: list[str], contacts: list[str], error: str | None = None) -> dict:
    """The added columns of one checked ad (lists stay lists: the writer joins them for CSV, XLSX and TXT)."""
    if verdict is None:
        return {"lang": "", "level": "", "score": "", "reasons": [], "explanations": [], "contacts": [],
                "is_job_offer": "", "truncated": "", "error": error or ""}
    problem = {"binary": ROW_BINARY, "empty": ROW_EMPTY}.get(verdict.problem or "", "")
    return {"lang": verdict.lang, "level": verdict.level, "score": round(float(verdict.score), 4),
            "reasons": list(verdict.reasons), "explanations": explanations, "contacts": contacts,
            "is_job_offer": bool(verdict.is_job_offer), "truncated": bool(getattr(verdict, "truncated", False)),
            "error": error or problem}


def explain(verdict, lang: str) -> tuple[list[str], list[str]]:
    """(the red flags explained in `lang`, plus the registry's sentences; the contacts as "kind:value")."""
    from bot.answer.replies import registry_lines
    from bot.ngo import registry
    from classifier.explanations import EXPLANATIONS

    lines = [EXPLANATIONS.get(s.code, {}).get(lang) or EXPLANATIONS.get(s.code, {}).get("en") or s.code
             for s in verdict.signals]
    if verdict.extras and verdict.extras.get("registry"):
        lines += registry_lines(verdict.extras["registry"], lang)
    return lines, [f"{k.kind}:{k.value}" for k in registry.keys_of(verdict.entities)]


def results_for(sheet: Sheet, verdicts: list, lang: str) -> list[dict | None]:
    """The added columns of every row: `verdicts` hold one verdict per row that has a text, in order."""
    out: list[dict | None] = []
    it = iter(verdicts)
    for row in sheet.rows:
        if row.text is None:
            out.append(None if row.error is None else result_fields(None, [], [], row.error))
            continue
        verdict = next(it)
        if verdict is None:
            out.append(result_fields(None, [], [], ROW_FAILED))
            continue
        explanations, contacts = explain(verdict, lang)
        out.append(result_fields(verdict, explanations, contacts))
    return out


def summary_counts(results: list[dict | None]) -> dict[str, int]:
    counts = {"high_risk": 0, "suspicious": 0, "low_risk": 0, "not_offer": 0, "errors": 0}
    for res in results:
        if res is None:
            continue
        if res["error"]:
            counts["errors"] += 1
        elif not res["is_job_offer"]:
            counts["not_offer"] += 1
        else:
            counts[res["level"]] += 1
    return counts


def _cell(value: Any, sep: str) -> Any:
    if isinstance(value, list):
        return sep.join(str(v) for v in value)
    return value


def _added_names(header: list[str]) -> list[str]:
    taken = {h.lower() for h in header}
    return [f"lurecheck_{n}" if n in taken else n for n in ADDED]


def write(sheet: Sheet, results: list[dict | None], translate=None) -> bytes:
    """The input file with the added columns, in the same format. `results[i]` belongs to `sheet.rows[i]` (None for
    a blank row); errors are msgids, turned into the user's language by `translate`."""
    translate = translate or (lambda msgid: msgid)
    fixed = []
    for _row, res in zip(sheet.rows, results, strict=True):
        if res is not None and res.get("error"):
            res = {**res, "error": translate(res["error"])}
        fixed.append(res)
    return {"csv": _write_csv, "xlsx": _write_xlsx, "jsonl": _write_jsonl, "txt": _write_txt}[sheet.fmt](sheet, fixed)


def _write_csv(sheet: Sheet, results: list[dict | None]) -> bytes:
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=sheet.delimiter, lineterminator="\r\n")
    w.writerow([neutralise(v) for v in sheet.header + _added_names(sheet.header)])
    for row, res in zip(sheet.rows, results):
        cells = ["" if c is None else c for c in row.cells]
        if res is not None:
            cells += [_cell(res[n], "\n" if n == "explanations" else ", " if n == "reasons" else "; ") for n in ADDED]
        w.writerow([neutralise(v) for v in cells])
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


def _write_xlsx(sheet: Sheet, results: list[dict | None]) -> bytes:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(title=(sheet.sheet_name or "Sheet1")[:31])
    wrap = Alignment(wrap_text=True, vertical="top")

    def cell(value: Any, wrapped: bool = False):
        if isinstance(value, str):
            value = neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
        c = WriteOnlyCell(ws, value=value)
        if isinstance(value, str):
            c.data_type = "s"  # a string cell is never a formula
        if wrapped:
            c.alignment = wrap
        return c

    ws.append([cell(v) for v in sheet.header + _added_names(sheet.header)])
    for row, res in zip(sheet.rows, results):
        cells = [cell(v) for v in row.cells]
        if res is not None:
            cells += [cell(_cell(res[n], "\n" if n == "explanations" else ", " if n == "reasons" else "; "),
                           wrapped=n == "explanations") for n in ADDED]
        ws.append(cells)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _write_jsonl(sheet: Sheet, results: list[dict | None]) -> bytes:
    lines = []
    for row, res in zip(sheet.rows, results):
        base = dict(row.cells) if isinstance(row.cells, dict) else {"line": row.line, "raw": row.cells}
        ours = {(f"lurecheck_{k}" if k in base else k): v for k, v in (res or {}).items()}  # theirs are kept
        lines.append(json.dumps({**base, **ours}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _write_txt(sheet: Sheet, results: list[dict | None]) -> bytes:
    blocks = []
    for row, res in zip(sheet.rows, results):
        lines = [row.cells]
        if res is not None:
            if res.get("level"):
                lines.append(f"[LureCheck] level: {res['level']} | score: {res['score']} | lang: {res['lang']}"
                             f" | reasons: {', '.join(res['reasons']) or '-'}")
            for text in res.get("explanations") or []:
                lines.append(f"[LureCheck] {text}")
            if res.get("contacts"):
                lines.append(f"[LureCheck] contacts: {'; '.join(res['contacts'])}")
            if res.get("truncated"):
                lines.append("[LureCheck] truncated: the ad is over the size limit; only its beginning was checked")
            if res.get("error"):
                lines.append(f"[LureCheck] error: {res['error']}")
        blocks.append("\n".join(lines))
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def output_name(filename: str | None, fmt: str) -> str:
    stem = Path(filename or "ads").stem or "ads"
    return f"{stem}.checked.{fmt}"
