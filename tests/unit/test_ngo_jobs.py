"""The NGO file journal (bot/ngo/jobs.py): no raw chat id at rest, the answer file gone once delivered, a chat's
entries forgotten on /forgetme, the same file found again while its answer waits (issue 13, items 3 and 5)."""
from __future__ import annotations

import pytest

from bot.ngo.jobs import Journal
from bot.store import user_hash

CHAT, OTHER = 987654321012, -100123456789
SECRET = b"journal-test-secret-0123456789"


@pytest.fixture(params=["disk", "memory"])
def journal(request, tmp_path):
    return Journal(tmp_path / "ngo-jobs" if request.param == "disk" else None, SECRET)


def test_no_raw_chat_id_at_rest_and_it_can_still_be_answered(tmp_path):
    j = Journal(tmp_path / "ngo-jobs", SECRET)
    job = j.start(CHAT, "ads.csv", "vi")
    j.ready(job, b"id,text\n1,ad\n", "ads.checked.csv", "caption", "summary", j.digest(b"file"), 1)
    text = (tmp_path / "ngo-jobs" / f"{job.id}.json").read_text()
    assert str(CHAT) not in text and "chat_id" not in text
    assert job.chat == user_hash(SECRET, CHAT)  # the store's user hash when the journal has the store's secret
    (back,) = Journal(tmp_path / "ngo-jobs", SECRET)._entries()
    assert Journal(tmp_path / "ngo-jobs", SECRET).chat_id(back) == CHAT
    assert Journal(tmp_path / "ngo-jobs", b"another key").chat_id(back) != CHAT
    group = j.start(OTHER, "g.csv", "en")
    assert j.chat_id(group) == OTHER
    # no secret given: a key file beside the journal's folder, never inside it
    k = Journal(tmp_path / "other-jobs")
    assert k.chat_id(k.start(CHAT, "a.csv", "en")) == CHAT
    assert (tmp_path / "other-jobs.key").is_file() and not list((tmp_path / "other-jobs").glob(".*"))


def test_the_answer_is_deleted_once_delivered(journal):
    job = journal.start(CHAT, "ads.csv", "en")
    journal.ready(job, b"answer", "a.checked.csv", "c", "s", journal.digest(b"file"), 3)
    journal.recorded(job)
    assert journal.output(job) == b"answer"
    assert journal.waiting(CHAT, journal.digest(b"file")).id == job.id
    assert journal.waiting(CHAT, journal.digest(b"another file")) is None
    assert journal.waiting(OTHER, journal.digest(b"file")) is None
    journal.finish(job)
    assert journal.output(job) is None and journal.waiting(CHAT, journal.digest(b"file")) is None
    if journal.dir is not None:
        assert not list(journal.dir.iterdir())


def test_forget_chat_drops_every_job_and_file_of_that_chat(journal):
    mine = [journal.start(CHAT, f"ads{i}.csv", "en") for i in range(3)]
    journal.ready(mine[0], b"answer 0", "a.csv", "c", "s")
    theirs = journal.start(OTHER, "x.csv", "en")
    journal.ready(theirs, b"their answer", "x.csv", "c", "s")
    assert journal.forget_chat(CHAT) == 3
    assert journal.output(mine[0]) is None and journal.output(theirs) == b"their answer"
    assert [j.id for j in journal._entries()] == [theirs.id]
    assert journal.forget_chat(CHAT) == 0
    if journal.dir is not None:
        assert sorted(p.name for p in journal.dir.iterdir()) == [f"{theirs.id}.json", f"{theirs.id}.out"]
