"""The pure parts of the image path: decoding under caps, bombs and corrupt files refused with clear errors, the
text clean-up, script detection helpers, and the service's replies (with a stand-in for Tesseract)."""
from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from bot.answer.i18n import translator
from bot.checking.service import IMAGE_PROBLEMS, READ_FROM_IMAGE, check_image
from bot.ocr import reader as ocr
from tests.conftest import LURES
from tests.unit.test_replies import foreign_parts


def png(w: int = 40, h: int = 20, mode: str = "RGB", color=(255, 255, 255)) -> bytes:
    buf = io.BytesIO()
    Image.new(mode, (w, h), color).save(buf, "PNG")
    return buf.getvalue()


def png_declaring(w: int, h: int) -> bytes:
    """A small PNG whose header claims w x h pixels: what a decompression bomb looks like before decoding."""
    data = bytearray(png(1, 1))
    ihdr = struct.pack(">II", w, h) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    return bytes(data)


def test_decode_gives_rgb_or_grey():
    assert ocr.decode(png()).size == (40, 20)
    assert ocr.decode(png(mode="L", color=200)).mode == "L"


def test_transparent_screenshot_is_put_on_white():
    im = ocr.decode(png(mode="RGBA", color=(0, 0, 0, 0)))
    assert im.mode == "RGB" and im.getpixel((0, 0)) == (255, 255, 255)


@pytest.mark.parametrize("data", [b"", b"hello, not an image", b"%PDF-1.7\n" + b"x" * 100, bytes(range(256)) * 4])
def test_not_an_image(data):
    with pytest.raises(ocr.NotAnImage):
        ocr.decode(data)


def test_corrupt_image_is_refused():
    good = png(400, 300, color=(10, 200, 30))
    with pytest.raises(ocr.NotAnImage, match="corrupt or truncated"):
        ocr.decode(good[: len(good) // 2])
    buf = io.BytesIO()
    Image.new("RGB", (300, 200), "red").save(buf, "JPEG")
    with pytest.raises(ocr.NotAnImage):
        ocr.decode(buf.getvalue()[:400])


def test_too_many_bytes():
    with pytest.raises(ocr.ImageTooLarge):
        ocr.decode(png(), ocr.Limits(max_bytes=50))


def test_decompression_bomb_refused_before_decoding():
    bomb = png_declaring(100_000, 100_000)  # 10 gigapixels declared in a few dozen bytes
    assert len(bomb) < 100
    with pytest.raises(ocr.TooManyPixels, match="pixels"):
        ocr.decode(bomb)
    with pytest.raises(ocr.TooManyPixels):
        ocr.decode(png(300, 300), ocr.Limits(max_pixels=10_000))


def test_a_real_compressed_bomb():
    buf = io.BytesIO()
    Image.new("1", (9000, 9000), 1).save(buf, "PNG")  # 81 MP of white in about 10 kB
    assert len(buf.getvalue()) < 200_000
    with pytest.raises(ocr.TooManyPixels):
        ocr.decode(buf.getvalue(), ocr.Limits(max_pixels=40_000_000))


def test_every_error_is_an_ocr_error_with_a_reason():
    for cls in (ocr.NotAnImage, ocr.ImageTooLarge, ocr.TooManyPixels, ocr.OcrTimeout, ocr.OcrUnavailable):
        assert issubclass(cls, ocr.OcrError)
        assert cls.reason in IMAGE_PROBLEMS


def test_album_is_checked_before_any_reading():
    with pytest.raises(ocr.NotAnImage):
        ocr.read_images([])
    with pytest.raises(ocr.ImageTooLarge):
        ocr.read_images([png()] * 11)
    with pytest.raises(ocr.NotAnImage):  # the bad second image fails the album before Tesseract runs
        ocr.read_images([png(), b"broken"])


def test_engine_missing_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(ocr, "tessdata_dir", lambda: None)
    ocr._engine.cache_clear()
    try:
        with pytest.raises(ocr.OcrUnavailable, match="make ocr-deps"):
            ocr.check_engine()
    finally:
        ocr._engine.cache_clear()


def test_tidy():
    assert ocr.tidy("高 薪 招 聘 柬 埔 寨\n\n\n\n包 机 票") == "高薪招聘柬埔寨\n\n包机票"
    assert ocr.tidy("Lương  cao\n|\n—\n1500$") == "Lương cao\n1500$"
    assert ocr.tidy("Tuye\u0302\u0300n") == "Tuyền"  # NFC


def test_scripts():
    assert ocr.dominant_script(LURES["ko"]) == "hangul"  # despite the Latin handle
    assert ocr.dominant_script(LURES["km"]) == "khmer"
    assert ocr.dominant_script(LURES["vi"]) == "latin"
    assert ocr.dominant_script("123 !!") is None
    assert ocr.lang_of_text("캄보디아 고수익") == "ko"
    assert ocr._script_hint("ko-KR") == "hangul" and ocr._script_hint(None) is None


def test_probe_score_prefers_own_script():
    assert ocr._probe_score("hangul", "캄보디아 고수익 job", 90) > 60
    assert ocr._probe_score("han", "Tuyen gap nhan vien", 90) == 0  # a model writing Latin is not Chinese
    assert ocr._probe_score("latin", "Tuyển gấp", 80) == 80


# ------------------------------------------------------------------------ the service, Tesseract stood in for


def reader(text: str):
    def read(images, hint=None):
        assert images and all(isinstance(b, bytes) for b in images)
        return ocr.OcrResult(text, ())
    return read


def failing(exc: ocr.OcrError):
    def read(images, hint=None):
        raise exc
    return read


@pytest.mark.parametrize("ui", ["vi", "ko", "km", "en"])
def test_check_image_says_text_was_read_and_quotes_it(ui):
    res = check_image([b"img"], None, ui_lang=ui, read=reader(LURES["vi"]))
    assert res.image_problem is None and res.ocr_text == LURES["vi"]
    assert res.verdict.level == "high_risk"
    first = res.messages[0]
    assert translator(ui)(READ_FROM_IMAGE).split("(")[0].strip() in first
    assert "Sihanoukville" in first  # the text read is quoted
    assert all(len(m) <= 4096 for m in res.messages)


def test_caption_and_image_are_checked_together():
    caption = "Is this real?"
    res = check_image([b"a", b"b"], caption, ui_lang="en", read=reader(LURES["en"]))
    assert caption in res.verdict.normalized and "Bavet" in res.verdict.normalized


@pytest.mark.parametrize("exc", [ocr.NotAnImage("x"), ocr.ImageTooLarge("x"), ocr.TooManyPixels("x"),
                                 ocr.OcrTimeout("x"), ocr.OcrUnavailable("x")])
@pytest.mark.parametrize("ui", ["vi", "ko", "km"])
def test_unreadable_image_gets_a_reply_in_one_language(exc, ui):
    res = check_image([b"x"], None, ui_lang=ui, read=failing(exc))
    assert res.image_problem == exc.reason
    assert res.messages == [translator(ui)(IMAGE_PROBLEMS[exc.reason])]
    assert not foreign_parts(res.messages[0], ui)


def test_no_text_found_and_caption_fallback():
    res = check_image([b"x"], None, ui_lang="ko", read=reader("   "))
    assert res.image_problem == "no_text"
    res = check_image([b"x"], LURES["km"], ui_lang="km", read=failing(ocr.OcrTimeout("slow")))
    assert res.image_problem == "timeout" and res.verdict.level == "high_risk"
    assert res.verdict.lang == "km" and len(res.messages) >= 1


def test_an_album_is_decoded_and_read_one_image_at_a_time(monkeypatch):
    """Issue 13.10: ten large photos decoded at once hold over 1 GB. Each decoded image is released before the next
    is decoded: at most one is alive at any time (counted with weak references, no real large image needed)."""
    import gc
    import weakref

    alive: list[weakref.ref] = []
    most = []
    real_decode = ocr.decode

    def counting_decode(data, limits=ocr.DEFAULT_LIMITS):
        gc.collect()
        im = real_decode(data, limits)
        alive.append(weakref.ref(im))
        most.append(sum(r() is not None for r in alive))
        return im

    def fake_read(im, hint_lang=None, limits=ocr.DEFAULT_LIMITS):
        return ocr.PageText("text", "latin", "vie+eng", 90.0, 0.0)

    monkeypatch.setattr(ocr, "decode", counting_decode)
    monkeypatch.setattr(ocr, "read_decoded", fake_read)
    result = ocr.read_images([png(60 + i, 30) for i in range(10)])
    assert len(result.pages) == 10 and len(most) == 10
    assert max(most) == 1, most
