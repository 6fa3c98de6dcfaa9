"""Photos and screenshots over HTTP: the bot answers at once with "Reading the image…", fetches the file with getFile
and a download, reads it (the real Tesseract, or a stand-in reader where the test is about the flow), and edits the
placeholder into the verdict. Whatever goes wrong, the placeholder ends as a clear reply."""
from __future__ import annotations

import dataclasses
import threading

import pytest

from benchmarks.ocr_images import render, to_bytes
from bot.answer.i18n import gettext
from bot.checking.service import READING_IMAGE
from bot.ocr import reader as ocr
from bot.telegram.services import KEY
from tests.conftest import LURES
from tests.e2e.conftest import foreign
from tests.fakes.fake_bot_api import BOT_USERNAME
from tests.fakes.harness import TEST_OPTIONS, running_bot

MENTION = f"@{BOT_USERNAME}"
BIG = 25 * 1024 * 1024  # over Telegram's (and bot.ocr.reader's) 20 MB


@pytest.fixture(scope="module", autouse=True)
def engine():
    try:
        return ocr.check_engine()
    except ocr.OcrUnavailable as e:  # a failure, not a skip: `make ocr-deps` and .ci/run install it
        pytest.fail(f"OCR engine missing: {e}")


def stand_in(text: str = "", *, error: Exception | None = None, wait: threading.Event | None = None,
             seen: list | None = None):
    """A reader in place of bot.ocr.reader.read_images: returns `text`, or raises `error`, after `wait` is set."""
    def read(images, hint=None):
        if seen is not None:
            seen.append(list(images))
        if wait is not None:
            wait.wait(5)
        if error is not None:
            raise error
        return ocr.OcrResult(text, ())
    return read


def use_reader(bot, read) -> None:
    bot.application.bot_data[KEY].read_images = read


def flow(api, before: int) -> tuple[dict, list[str]]:
    """The placeholder as first sent (its sendMessage parameters) and the methods called since `before`."""
    calls = api.calls[before:]
    methods = [c.method for c in calls if c.method != "getUpdates"]
    first = next(c for c in calls if c.method == "sendMessage")
    return first.params, methods


def buttons(message: dict) -> list[str]:
    return [b["callback_data"] for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]


LAYOUTS = {"vi": "chat", "ko": "poster", "km": "facebook"}
HEADLINE = {"vi": "🚨 RỦI RO CAO", "ko": "🚨", "km": "🚨"}


@pytest.mark.parametrize("lang", ["vi", "ko", "km"])
async def test_photo_in_placeholder_then_edited_verdict_out(api, bot, lang):
    user = api.user(300 + ["vi", "ko", "km"].index(lang), language_code=lang)
    image = to_bytes(render(LURES[lang], lang, LAYOUTS[lang]).image)
    before = len(api.calls)
    photo = api.message(user, extra={"photo": api.photo(image, 720, 900)})
    sent = await bot.send(photo)
    placeholder, methods = flow(api, before)
    # at once, in the user's language, under the photo; then the file; then the placeholder is edited
    assert placeholder["text"] == gettext(lang, READING_IMAGE)
    assert placeholder["reply_parameters"]["message_id"] == photo["message_id"]
    assert methods[:4] == ["sendMessage", "getFile", "downloadFile", "editMessageText"]
    fetched = api.calls_of("getFile")[0].params["file_id"]
    assert fetched == photo["photo"][-1]["file_id"]  # the largest size, not the thumbnail
    verdict = sent[0]
    assert verdict["message_id"] == api.calls_of("editMessageText")[0].params["message_id"]
    text = "\n\n".join(m["text"] for m in sent)
    assert verdict["text"].startswith("🖼") and HEADLINE[lang] in text
    assert not foreign(text, lang), foreign(text, lang)  # the quote from the image is in “…”, the rest in `lang`
    assert buttons(sent[-1]) == ["fb:h:1", "fb:w:1", "rp:1", "fw:1"]  # as under a typed ad: the friend card too
    assert all("reply_markup" not in m for m in sent[:-1])
    record = bot.store.get_check(1)
    assert record.level == "high_risk" and record.lang == lang and record.text is None


async def test_photo_with_caption_is_checked_together_and_can_be_reported(api, bot):
    user = api.user(320, language_code="en")
    words = LURES["en"].split(" ")
    caption, drawn = " ".join(words[:8]), " ".join(words[8:])  # half the ad in the caption, half in the picture
    photo = api.message(user, caption=caption, extra={"photo": api.photo(to_bytes(render(drawn, "en").image))})
    sent = await bot.send(photo)
    text = "\n\n".join(m["text"] for m in sent)
    assert sent[0]["text"].startswith("🖼 I read this text from your image") and "🚨 HIGH RISK" in text
    assert "WhatsApp +855 12 345 678" in sent[0]["text"]  # quoted from the image
    # "Report this ad": the photo has no text of its own; the text checked (caption + image) is what is shared
    answer, (question,) = await bot.press(user, sent[-1], "rp:1")
    assert answer is not None and question["text"].startswith("Share this ad")
    answer, _ = await bot.press(user, question, "ry:1")
    assert answer is not None
    ((check_id, _user, shared, _origin),) = bot.store.reports.values()
    assert check_id == 1 and caption in shared and "Bavet" in shared and "345 678" in shared


async def test_album_of_two_photos_is_read_as_one_ad(api):
    async with running_bot(api) as bot:  # TEST_OPTIONS: an album is complete after 0.3 s without a new photo
        user = api.user(321, language_code="en")
        words = LURES["en"].split(" ")
        half = len(words) // 2
        first, second = (to_bytes(render(" ".join(p), "en", "plain", 28).image) for p in (words[:half], words[half:]))
        album = [api.message(user, caption="is this real?" if i == 0 else None,
                             extra={"photo": api.photo(img), "media_group_id": "album-1"})
                 for i, img in enumerate((first, second))]
        ids = api.push_many(album)  # Telegram sends an album as separate updates, usually in one batch
        for update_id in ids:
            await bot.done(update_id)
        placeholders = api.calls_of("sendMessage")
        assert len(placeholders) == 1 and placeholders[0].params["text"] == READING_IMAGE  # one placeholder
        assert len(api.calls_of("getFile")) == 2 and len(api.calls_of("editMessageText")) == 1
        verdict = api.sent[0]
        assert verdict["text"].startswith("🖼") and "🚨 HIGH RISK" in verdict["text"]
        assert verdict["text"].index("Bavet") < verdict["text"].index("345 678")  # in order: photo 1, then 2
        assert len(bot.store.checks) == 1  # one ad, one verdict


async def test_corrupt_image_and_failed_download_get_a_clear_edited_reply(api, bot):
    user = api.user(322, language_code="vi")
    doc = api.document(b"\xff\xd8\xff\xe0 not really a jpeg", mime_type="image/jpeg", file_name="ad.jpg")
    (reply,) = await bot.send(api.message(user, extra={"document": doc}))
    assert len(api.calls_of("editMessageText")) == 1
    assert reply["text"] == gettext("vi", "I could not open this file as an image. Please send a photo of the ad, "
                                          "or paste its text.")
    missing = {"photo": [{"file_id": "gone", "file_unique_id": "g", "width": 800, "height": 600}]}
    (reply,) = await bot.send(api.message(user, extra=missing))
    assert reply["text"] == "Mình không tải được hình ảnh này từ Telegram. Bạn hãy gửi lại nhé."
    assert all("reply_markup" not in m for m in api.sent) and bot.store.checks == {}


async def test_oversized_file_is_refused_before_download(api, bot):
    user = api.user(323, language_code="ko")
    doc = api.document(b"x" * 100, mime_type="image/png", file_size=BIG)  # Telegram reports 25 MB
    (reply,) = await bot.send(api.message(user, extra={"document": doc}))
    assert api.calls_of("getFile") == [] and api.calls_of("downloadFile") == []
    assert reply["text"] == gettext("ko", "This image is too large for me to read. Please send a smaller photo or "
                                          "a screenshot of the ad.")
    # A photo whose largest size is over the cap: the largest size that fits is read instead.
    use_reader(bot, stand_in(LURES["ko"]))
    small = api.add_file(b"small image", "small")
    api.add_file(b"huge image", "huge", file_size=BIG)
    sizes = [{"file_id": "small", "file_unique_id": "s", "width": 1280, "height": 960, "file_size": small["file_size"]},
             {"file_id": "huge", "file_unique_id": "h", "width": 2560, "height": 1920, "file_size": BIG}]
    sent = await bot.send(api.message(user, extra={"photo": sizes}))
    assert [c.params["file_id"] for c in api.calls_of("getFile")] == ["small"]
    assert sent[0]["text"].startswith("🖼") and "🚨" in sent[0]["text"]


@pytest.mark.parametrize("case", ["crash", "ocr_timeout", "slow"])
async def test_a_failing_or_slow_reader_still_ends_the_placeholder(api, case):
    options = dataclasses.replace(TEST_OPTIONS, image_timeout=0.5)
    release = threading.Event()
    readers = {"crash": stand_in(error=RuntimeError("tesseract exploded")),
               "ocr_timeout": stand_in(error=ocr.OcrTimeout("20 s")),
               "slow": stand_in(LURES["en"], wait=release)}
    async with running_bot(api, options=options) as bot:
        use_reader(bot, readers[case])
        user = api.user(324, language_code="km")
        try:
            (reply,) = await bot.send(api.message(user, extra={"photo": api.photo(b"an image")}))
        finally:
            release.set()
        assert len(api.calls_of("editMessageText")) == 1 and len(api.calls_of("sendMessage")) == 1
        expected = {"crash": "Sorry, something went wrong on my side. Please try again in a moment.",
                    "ocr_timeout": "Reading this image took too long. Please send a sharper or smaller photo, "
                                   "or paste the text of the ad.",
                    "slow": "Reading this image took too long. Please send a sharper or smaller photo, "
                            "or paste the text of the ad."}[case]
        assert reply["text"] == gettext("km", expected) and not foreign(reply["text"], "km")


async def test_placeholder_that_cannot_be_edited_gives_way_to_a_new_message(api, bot):
    use_reader(bot, stand_in(LURES["en"]))
    user = api.user(325, language_code="en")
    api.fail_next("editMessageText", 400, "Bad Request: message to edit not found")
    sent = await bot.send(api.message(user, extra={"photo": api.photo(b"an image")}))
    assert sent[0]["text"] == READING_IMAGE  # the edit failed ...
    assert sent[1]["text"].startswith("🖼") and buttons(sent[-1]) == ["fb:h:1", "fb:w:1", "rp:1", "fw:1"]  # ... still answered


async def test_forwarded_screenshot_and_photos_in_a_group(api, bot):
    use_reader(bot, stand_in(LURES["en"]))
    user = api.user(326, language_code="en")
    sent = await bot.send(api.message(user, forward_origin=api.channel_origin(),
                                      extra={"photo": api.photo(b"a screenshot")}))
    assert sent[0]["text"].startswith("Forwarded from: “Jobs Abroad 24h @jobs_abroad_24h”") and "🖼" in sent[0]["text"]
    assert bot.store.get_check(1).origin == "Jobs Abroad 24h @jobs_abroad_24h"

    group = api.group_chat()
    poster = api.user(327, language_code="vi")
    posted = api.message(poster, extra={"photo": api.photo(b"a poster")}, chat=group)
    assert await bot.send(posted) == []  # not addressed: silence
    asked = api.message(user, f"{MENTION} is this real?", chat=group, reply_to=posted)
    sent = await bot.send(asked)
    assert sent[0]["text"].startswith("🖼") and sent[0]["reply_to_message"]["message_id"] == asked["message_id"]
    assert buttons(sent[-1]) == ["fb:h:2", "fb:w:2"]  # someone else's ad: no report button
    # the poster's own album, addressed in the caption of its first photo: the second has no caption, still read
    seen: list = []
    use_reader(bot, stand_in(LURES["en"], seen=seen))
    album = [api.message(poster, chat=group, caption=MENTION if i == 0 else None,
                         extra={"photo": api.photo(data), "media_group_id": "g-1"})
             for i, data in enumerate((b"page 1", b"page 2"))]
    for update_id in api.push_many(album):
        await bot.done(update_id)
    sent = [m for m in api.sent if m.get("reply_to_message", {}).get("message_id") == album[0]["message_id"]]
    assert seen == [[b"page 1", b"page 2"]]
    assert sent[0]["text"].startswith("🖼") and "RỦI RO CAO" in "\n".join(m["text"] for m in sent)
    assert buttons(sent[-1]) == ["fb:h:3", "fb:w:3", "rp:3"]


async def test_a_screenshot_of_a_distress_message_gets_the_sos_card_and_its_report_button(api, bot):
    user = api.user(330, language_code="vi")
    use_reader(bot, stand_in("cứu em với, họ giữ hộ chiếu, không cho em về, em đang ở Sihanoukville"))
    sent = await bot.send(api.message(user, extra={"photo": api.photo(b"png", 720, 900)}))
    text = "\n\n".join(m["text"] for m in sent)
    assert "🆘" in text and "RỦI RO" not in text  # the card, not a job-ad verdict
    assert any(b.startswith("sos:go:") for b in buttons(sent[-1]))
    assert bot.store.checks == {}  # nothing stored for a person in distress
