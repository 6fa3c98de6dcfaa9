"""Issue 14, on SQLite and PostgreSQL: `lurecheck train --include-reviews` turns a confirmed report into a lure
example and a rejected one into a legit example (an SOS report and an unreviewed one are left out); every recorded
check keeps the model version that judged it."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

import classifier
from bot import admin
from bot.checking.reviewed import reviewed_examples
from bot.storage.models import Check
from classifier import Checker
from classifier.training.head import review_records
from tests.integration.storage.conftest import ADMIN, SECRET

LURE = "Tuyển gấp nữ đi Campuchia làm CSKH, lương 1500$, bao vé, không cần kinh nghiệm. Zalo 0912 000 111"
LEGIT = "Công ty Minh Phát tuyển kế toán tại Hà Nội, 3 năm kinh nghiệm, lương 15 triệu, nộp hồ sơ qua website."
OPEN = "Tuyển nhân viên bán hàng ca tối tại Đà Nẵng, lương theo giờ, liên hệ cửa hàng."
SOS = "Cứu tôi, tôi bị giữ ở Campuchia"


def report(store, text: str, origin: str | None = None) -> int:
    cid = store.record_check(42, Checker().check(text))
    return store.add_report(cid, 42, text, origin)


def test_confirmed_report_is_a_lure_example_and_a_rejected_one_a_legit_example(store):
    confirmed, rejected = report(store, LURE), report(store, LEGIT)
    report(store, OPEN)  # not reviewed: left out
    sos = report(store, SOS, "SOS report")
    assert admin.decide(store, ADMIN, "report", confirmed, "confirm") == "confirmed"
    assert admin.decide(store, ADMIN, "report", rejected, "reject") == "rejected"
    assert admin.decide(store, ADMIN, "report", sos, "confirm") == "confirmed"

    examples = list(reviewed_examples(store.engine))
    assert sorted((text, label) for text, label, _ in examples) == sorted([(LURE, 1), (LEGIT, 0)])
    groups = {text: group for text, _, group in examples}
    assert groups[LURE] == f"review:report:{confirmed}" and groups[LEGIT] == f"review:report:{rejected}"

    recs = {r.text: r for r in review_records(examples)}
    assert recs[LURE].label == 1 and recs[LEGIT].label == 0
    assert recs[LURE].origin == "real" and recs[LURE].lang == "vi" and recs[LURE].group == groups[LURE]

    admin.reverse(store, ADMIN, rejected)  # a reversed review changes the label
    assert {t: lab for t, lab, _ in reviewed_examples(store.engine)}[LEGIT] == 1


def test_train_include_reviews_passes_them_to_the_trainer(store, db_url, monkeypatch, tmp_path):
    from bot.cli import commands
    from classifier.training import card, head

    admin.decide(store, ADMIN, "report", report(store, LURE), "confirm")
    admin.decide(store, ADMIN, "report", report(store, LEGIT), "reject")
    seen = {}

    def fake_train_head(out, base_dir=None, seed=0, records=None, log=print, **kw):
        seen["records"] = list(records)
        Path(out).mkdir(parents=True, exist_ok=True)
        return {}

    monkeypatch.setattr(head, "train_head", fake_train_head)
    monkeypatch.setattr(card, "write_card", lambda out, report=None: out)
    from classifier.model import runtime, versions

    monkeypatch.setattr(runtime, "load_checker", lambda base, art: None)
    monkeypatch.setattr(versions, "add_regression", lambda out, checker: {})
    monkeypatch.setenv("LURECHECK_DATABASE_URL", db_url)
    monkeypatch.setenv("LURECHECK_MODELS_DIR", str(tmp_path))
    monkeypatch.setenv("LURECHECK_HMAC_SECRET", SECRET.decode())
    args = commands.build_parser().parse_args(["train", "--include-reviews", "--out", str(tmp_path / "v1")])
    assert args.func(args) == 0
    assert sorted((t, lab) for t, lab, _ in seen["records"]) == sorted([(LURE, 1), (LEGIT, 0)])


def test_a_recorded_check_keeps_the_model_version(store):
    cid = store.record_check(7, Checker().check(LURE))

    class Model:
        def predict_proba(self, texts):
            return [0.5] * len(texts)

    judged = Checker(model=Model())
    judged.model_version = "20261201-120000@abc123def456"
    before = classifier.default_checker()
    classifier.set_default(judged)
    try:
        cid2 = store.record_check(7, judged.check(LURE))
    finally:
        classifier.set_default(before)
    with store.engine.connect() as c:
        got = dict(c.execute(select(Check.id, Check.model_version).where(Check.id.in_((cid, cid2)))).all())
    assert got == {cid: "rules", cid2: "20261201-120000@abc123def456"}
