"""`lurecheck memory build|add|list|remove|stats` as an operator runs them, on a SQLite file given by
LURECHECK_DATABASE_URL; `lurecheck check --json` and `lurecheck classify` then use that memory."""
from __future__ import annotations

import json

import pytest

from tests.integration.memory_helpers import LEGIT, LURE, NEAR, lurecheck, model_engine

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    with model_engine():  # fails clearly when the model gives no embeddings
        pass
    d = tmp_path_factory.mktemp("memory-cli")
    return {"LURECHECK_DATABASE_URL": f"sqlite:///{d / 'db.sqlite3'}", "LURECHECK_ENGINE": "auto",
            "LURECHECK_DATA_DIR": str(d), "LURECHECK_HMAC_SECRET": "test-secret-0123456789abcdef"}


def listed(env) -> list[dict]:
    r = lurecheck("memory", "list", "--json", env=env)
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


def test_help():
    for args in (["memory"], ["memory", "build"], ["memory", "add"], ["memory", "list"], ["memory", "remove"],
                 ["memory", "stats"]):
        r = lurecheck(*args, "--help", env={})
        assert r.returncode == 0 and "usage: lurecheck memory" in r.stdout, args


def test_add_list_check_classify_remove_stats(env, tmp_path):
    src = tmp_path / "lures.jsonl"
    src.write_text(json.dumps({"text": LURE, "source": "ngo-sheet-7", "date": "2026-11-30"}, ensure_ascii=False) + "\n"
                   + json.dumps({"text": LURE + " "}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = lurecheck("memory", "add", "--input", str(src), "--quiet", env=env)
    assert r.returncode == 0 and "1 added, 1 already in the memory" in r.stdout, r.stdout + r.stderr
    again = lurecheck("memory", "add", "--input", str(src), "--quiet", env=env)
    assert "0 added, 2 already in the memory" in again.stdout, "adding twice does not duplicate"

    [entry] = listed(env)
    assert entry["lang"] == "vi" and entry["source"] == "file:ngo-sheet-7" and entry["date"] == "2026-11-30"
    plain = lurecheck("memory", "list", env=env).stdout
    assert "Sihanoukville" not in plain and "0912" not in plain and "text" not in entry, "the text is never printed"

    v = json.loads(lurecheck("check", "--json", NEAR, env=env).stdout)
    assert "KNOWN_LURE" in v["reasons"] and v["level"] == "high_risk"
    assert "KNOWN_LURE" not in json.loads(lurecheck("check", "--json", LEGIT, env=env).stdout)["reasons"]

    ads, out = tmp_path / "ads.jsonl", tmp_path / "out.jsonl"
    ads.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (NEAR, LEGIT)) + "\n",
                   encoding="utf-8")
    r = lurecheck("classify", "--input", str(ads), "--output", str(out), "--quiet", env=env)
    assert r.returncode == 0, r.stderr
    near, legit = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert "KNOWN_LURE" in near["reasons"] and "KNOWN_LURE" not in legit["reasons"]

    stats = lurecheck("memory", "stats", env=env)
    assert stats.returncode == 0 and "entries: 1" in stats.stdout and "file: vi 1" in stats.stdout, stats.stdout

    assert lurecheck("memory", "remove", str(entry["id"]), env=env).returncode == 0
    assert listed(env) == []
    missing = lurecheck("memory", "remove", str(entry["id"]), env=env)
    assert missing.returncode == 1 and f"no entry #{entry['id']}" in missing.stderr
    assert "KNOWN_LURE" not in json.loads(lurecheck("check", "--json", NEAR, env=env).stdout)["reasons"]


def test_clear_errors(env, tmp_path):
    r = lurecheck("memory", "add", "--input", str(tmp_path / "nope.jsonl"), env=env)
    assert r.returncode == 2 and "input file not found" in r.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok ad"}\n{"source": "x"}\n', encoding="utf-8")
    r = lurecheck("memory", "add", "--input", str(bad), env=env)
    assert r.returncode == 2 and "bad.jsonl:2" in r.stderr and '"text"' in r.stderr
    bad.write_text('{"text": "an ad", "date": "30/11/2026"}\n', encoding="utf-8")
    r = lurecheck("memory", "add", "--input", str(bad), env=env)
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr
    r = lurecheck("memory", "build", "--data", str(tmp_path / "empty"), env=env)
    assert r.returncode == 2 and "no real data found" in r.stderr
