"""Content in the database: idempotent import, versions, export round trip, live reload on every replica."""
from __future__ import annotations

import dataclasses
import shutil

import pytest

from bot import admin
from bot.answer.content import ContentError, load_content
from bot.checking.service import default_content, result_for
from bot.storage import content_db
from bot.storage.content_source import DbContentSource, database_content, reset
from bot.storage.db import make_engine, upgrade
from bot.storage.sql_store import SqlStore
from tests.conftest import LURES
from tests.integration.storage.conftest import ADMIN, SECRET, WARNINGS
from tests.integration.storage.helpers import audit_entries


def imported(store, directory=WARNINGS, force=False) -> content_db.ImportReport:
    return store.write(lambda s: content_db.import_directory(s, directory, force=force))


def db_content(store):
    with store.read() as s:
        return content_db.load_from_db(s)


def version(store) -> int:
    with store.read() as s:
        return content_db.content_version(s)


def test_import_is_idempotent_and_loads_exactly_the_yaml(store, project_content):
    first = imported(store)
    assert first.added and not first.updated and version(store) == 1
    assert db_content(store) == project_content  # every field, in order
    audits = len(audit_entries(store))
    again = imported(store)
    assert not again.added and not again.updated and not again.kept
    assert version(store) == 1 and len(audit_entries(store)) == audits, "a re-import changes nothing"


def test_changed_yaml_becomes_a_new_version_and_admin_edits_survive(store, tmp_path):
    imported(store)
    yaml_dir = tmp_path / "content"
    shutil.copytree(WARNINGS, yaml_dir)
    path = yaml_dir / "messages" / "VN.yaml"
    old_en = "Everyone, take an active part in preventing and combating human trafficking."
    path.write_text(path.read_text(encoding="utf-8").replace(old_en, "Everyone, help stop human trafficking."),
                    encoding="utf-8")
    report = imported(store, yaml_dir)
    assert report.updated == ["warning vn-gov-sms-111 (en)"] and version(store) == 2
    history = admin.warning_history(store, admin.OPERATOR, "vn-gov-sms-111", "en")
    assert [(v.version, v.active) for v in history] == [(2, True), (1, False)]
    assert history[0].author == "import" and history[0].body.startswith("Everyone, help stop")

    # an admin edits the text; importing the unchanged YAML again must not undo it
    admin.set_warning(store, ADMIN, "vn-gov-sms-111", "en", "An admin's better wording.")
    report = imported(store, yaml_dir)
    assert report.kept == ["warning vn-gov-sms-111 (en)"] and not report.updated
    assert next(w for w in db_content(store).warnings if w.key == "vn-gov-sms-111").body["en"] == \
        "An admin's better wording."
    # unless the YAML says so with --force
    imported(store, yaml_dir, force=True)
    assert next(w for w in db_content(store).warnings if w.key == "vn-gov-sms-111").body["en"].startswith(
        "Everyone, help stop")


def test_hotline_import_keeps_admin_fix_until_yaml_changes(store, tmp_path):
    imported(store)
    admin.set_hotline(store, ADMIN, "vn-113-police", {"purpose.en": "Police emergency line, free, 24/7."})
    assert imported(store).kept == ["hotline vn-113-police"]
    yaml_dir = tmp_path / "content"
    shutil.copytree(WARNINGS, yaml_dir)
    hl = yaml_dir / "hotlines.yaml"
    text = hl.read_text(encoding="utf-8")
    hl.write_text(text.replace('source_date: "2025-09-20"', 'source_date: "2026-01-01"', 1), encoding="utf-8")
    changed = [h.id for h in load_content(yaml_dir).hotlines if h.source_date == "2026-01-01"]
    report = imported(store, yaml_dir)
    assert set(report.updated) == {f"hotline {i}" for i in changed}


def test_invalid_yaml_imports_nothing(store, tmp_path):
    yaml_dir = tmp_path / "bad"
    shutil.copytree(WARNINGS, yaml_dir)
    hl = yaml_dir / "hotlines.yaml"
    hl.write_text(hl.read_text(encoding="utf-8").replace('"+84 981 84 84 84"', '"+84 12"'), encoding="utf-8")
    with pytest.raises(ContentError) as err:
        imported(store, yaml_dir)
    assert any("vn-mofa-citizen-protection-1: contact:" in p for p in err.value.problems)
    assert version(store) == 0 and db_content(store).hotlines == []


def test_export_round_trip(store, backend, tmp_path, project_content):
    imported(store)
    admin.set_warning(store, ADMIN, "kr-mofa-verify-company", "km", "អត្ថបទថ្មីពីអ្នកគ្រប់គ្រង។\nបន្ទាត់ទីពីរ។")
    admin.disable_hotline(store, ADMIN, "ngo-gaso")
    current = db_content(store)
    first = tmp_path / "first"
    with store.read() as s:
        files = content_db.export_content(s, first)
    assert {f.name for f in files} == {"hotlines.yaml", "INTL.yaml", "KH.yaml", "KR.yaml", "VN.yaml"}
    assert load_content(first) == current  # valid YAML that loads to exactly what users see
    # into a fresh database: the same content, and the same files when exported again
    engine = make_engine(backend.new_url())
    try:
        upgrade(engine)
        other = SqlStore(engine, SECRET)
        imported(other, first)
        assert db_content(other) == current
        second = tmp_path / "second"
        with other.read() as s:
            content_db.export_content(s, second)
        for f in files:
            rel = f.relative_to(first)
            assert (second / rel).read_bytes() == f.read_bytes(), rel
        assert not imported(other, second).changed
    finally:
        engine.dispose()
    assert project_content.hotline("ngo-gaso") is not None and current.hotline("ngo-gaso") is None


def test_every_replica_sees_an_edit_on_its_next_request(content_store, db_url):
    replica_a, replica_b = DbContentSource(make_engine(db_url)), DbContentSource(make_engine(db_url))
    try:
        before = replica_a.get()
        assert replica_b.get() == before and replica_a.reloads == 1
        assert replica_a.get() is before and replica_a.reloads == 1, "no reload while nothing changed"
        admin.set_hotline(content_store, ADMIN, "vn-111-anti-trafficking", {"purpose.vi": "Gọi 111 ngay."})
        for replica in (replica_a, replica_b):
            assert replica.get().hotline("vn-111-anti-trafficking").purpose["vi"] == "Gọi 111 ngay."
            assert replica.reloads == 2
    finally:
        replica_a.engine.dispose()
        replica_b.engine.dispose()


def test_service_uses_the_database_and_falls_back_to_yaml(content_store, db_url, monkeypatch, tmp_path,
                                                         project_content, settings_for):
    import classifier
    from bot.checking import service

    reset()
    monkeypatch.setattr(service, "_settings", None)  # restored after the test
    service.configure(settings_for(db_url))  # the Settings the application was built with
    verdict = classifier.check(LURES["vi"])
    body = "Cảnh báo đã sửa bởi quản trị viên."
    admin.set_warning(content_store, ADMIN, "intl-ohchr-victims-not-criminals", "vi", body)
    result = result_for(verdict, "vi", content=None)
    assert any(body in m for m in result.messages), "the admin's edit shows in the very next reply"
    # no database file yet: the YAML, and no file is created just to read content
    missing = tmp_path / "none" / "x.sqlite3"
    assert default_content(settings_for(f"sqlite:///{missing}")) == project_content and not missing.exists()
    # a database that is not migrated: the YAML too
    unreachable = settings_for("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert database_content(unreachable) is None and default_content(unreachable) == project_content
    reset()


def test_missing_translation_falls_back_to_english_for_that_block_and_is_listed(content_store, project_content):
    from bot.storage.models import WarningText

    def drop_km(s):  # a text that was never translated into Khmer
        s.query(WarningText).filter(WarningText.lang == "km").delete()
        content_db.bump(s)

    content_store.write(drop_km)
    gaps = admin.translation_gaps(content_store, ADMIN)
    assert {(g.ident, g.field) for g in gaps if "km" in g.missing} >= {("vn-gov-sms-111", "body")}
    summary = next(w for w in admin.list_warnings(content_store, ADMIN) if w.key == "vn-gov-sms-111")
    assert summary.missing == ("km",)
    view = admin.show_warning(content_store, ADMIN, "vn-gov-sms-111", "km")
    assert view.fallback and view.body.startswith("Everyone, take an active part")
    content = db_content(content_store)
    w = next(w for w in content.warnings if w.key == "vn-gov-sms-111")
    assert "km" not in w.body
    import classifier
    from bot.answer.advice import Advice
    from bot.answer.replies import compose

    verdict = classifier.check(LURES["km"])
    messages = compose(verdict, Advice(hotlines=(), warnings=(w,), nationality="KH", abroad=()), "km")
    text = "\n".join(messages)
    assert "Everyone, take an active part" in text, "that one block falls back to English"
    assert "ការ" in text.split("Everyone")[0], "the rest of the reply stays in Khmer"


def test_content_dataclasses_are_unchanged_by_the_database(project_content):
    # the DB content source builds the very dataclasses bot/answer/content.py defines (advice and replies rely on them)
    assert dataclasses.is_dataclass(project_content.hotlines[0])
