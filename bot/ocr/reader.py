"""Image bytes in, text out: read a job ad from a photo or a screenshot with Tesseract (through tesserocr).

One job, no Telegram, no classifier. `read_images(list_of_bytes)` decodes each image with Pillow under size and
pixel caps (a decompression bomb is refused before it is decoded), finds the script with a quick pass, reads the
image with the Tesseract language combination for that script, and returns the album's text as one ad.

Safe to call from worker threads (the bot runs it outside its event loop): every Tesseract handle is used by one
thread at a time (a small pool per language combination). A per-image time limit cancels recognition inside
Tesseract (its own deadline, tesserocr's `Recognize(timeout=...)`), so a slow image costs about that long at most.

Measured choices (python benchmarks/ocr.py; README "Photos and screenshots"):
- tesserocr over pytesseract: same Tesseract, same accuracy, but no process start and model load per call;
- script detection by a quick pass of each script's model over one band of the image, not Tesseract's OSD
  (OSD called Khmer "Latin", found nothing in Chinese, and aborted the whole process through tesserocr);
- page segmentation "single block" (PSM 6) after the quick pass, preprocessing as set in `prepare`.
"""
from __future__ import annotations

import io
import os
import re
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageOps

# ---------------------------------------------------------------------------------------------- errors


class OcrError(Exception):
    """Base of every failure to read an image. `reason` is a stable code for replies and logs."""

    reason = "ocr_error"


class NotAnImage(OcrError):
    """The bytes are not an image Pillow can decode, or the image is corrupt or truncated."""

    reason = "not_an_image"


class ImageTooLarge(OcrError):
    """The file is larger than the byte cap (or the album has more images than the cap)."""

    reason = "too_large"


class TooManyPixels(OcrError):
    """The image declares more pixels than the cap: a decompression bomb, refused before decoding."""

    reason = "too_many_pixels"


class OcrTimeout(OcrError):
    """Recognition ran past the per-image time limit and was cancelled."""

    reason = "timeout"


class OcrUnavailable(OcrError):
    """The OCR engine is missing: tesserocr not installed, or Tesseract's language data not found."""

    reason = "engine_missing"


# ---------------------------------------------------------------------------------------------- limits


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * 1024 * 1024  # Telegram's own cap on files a bot may download
    max_pixels: int = 40_000_000  # declared width x height; a 12 MP phone photo passes, a bomb does not
    max_images: int = 10  # Telegram albums hold at most 10
    seconds_per_image: float = 20.0
    work_side: int = 3000  # longer side after scaling down: more only slows Tesseract


DEFAULT_LIMITS = Limits()
FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF")

# ---------------------------------------------------------------------------------------------- scripts

# Tesseract language combination per script. Latin ads are Vietnamese or English (vie reads English letters too;
# eng after it keeps English words that vie would misspell).
LANGS_FOR_SCRIPT = {
    "latin": "vie+eng",
    "hangul": "kor+eng",
    "khmer": "khm+eng",
    "han": "chi_sim+eng",
    "thai": "tha+eng",
}
# The quick pass: one model per script, run over a band of the image; the one whose output is most its own wins.
PROBES = {"latin": "vie", "hangul": "kor", "khmer": "khm", "han": "chi_sim", "thai": "tha"}
# An ad language (caption, user) that names the script at once.
SCRIPT_OF_LANG = {"vi": "latin", "en": "latin", "ko": "hangul", "km": "khmer", "zh": "han", "th": "thai"}
REQUIRED_DATA = ("eng", "vie", "kor", "khm", "chi_sim", "tha")


def script_of(ch: str) -> str | None:
    o = ord(ch)
    if 0x1780 <= o <= 0x17FF or 0x19E0 <= o <= 0x19FF:
        return "khmer"
    if 0x0E00 <= o <= 0x0E7F:
        return "thai"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "hangul"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
        return "han"
    if ch.isalpha() and (o < 0x250 or 0x1E00 <= o <= 0x1EFF):
        return "latin"
    return None


def script_counts(text: str) -> Counter:
    return Counter(s for s in map(script_of, text) if s)


def dominant_script(text: str) -> str | None:
    """The non-Latin script with the most letters, else Latin: a Korean ad full of English handles is Korean."""
    counts = script_counts(text)
    if not counts:
        return None
    other = [(n, s) for s, n in counts.items() if s != "latin"]
    if other:
        n, s = max(other)
        if n >= 0.15 * sum(counts.values()) or n >= 8:
            return s
    return "latin"


def lang_of_text(text: str | None) -> str | None:
    """A language code standing for the script of `text` (a caption), as a hint for reading the image."""
    script = dominant_script(text or "")
    return next((k for k, v in SCRIPT_OF_LANG.items() if v == script), None) if script else None


def _script_hint(lang: str | None) -> str | None:
    return SCRIPT_OF_LANG.get((lang or "").replace("_", "-").split("-")[0].lower())


# ---------------------------------------------------------------------------------------------- the engine


def tessdata_dir() -> Path | None:
    """Where Tesseract's *.traineddata files are: $TESSDATA_PREFIX, else the usual Debian, Homebrew, local places."""
    cands = [os.environ.get("LURECHECK_TESSDATA"), os.environ.get("TESSDATA_PREFIX")]
    cands += ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata",
              "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata", "/usr/local/share/tesseract-ocr/5/tessdata"]
    for c in cands:
        if not c:
            continue
        for p in (Path(c), Path(c) / "tessdata"):
            if (p / "eng.traineddata").is_file():
                return p
    return None


INSTALL_HINT = ("install Tesseract and its language data: `make ocr-deps` (Debian/Ubuntu: apt-get install "
                "tesseract-ocr tesseract-ocr-vie tesseract-ocr-kor tesseract-ocr-khm tesseract-ocr-eng "
                "tesseract-ocr-chi-sim tesseract-ocr-tha), then `pip install -e .`")


@cache
def _engine():
    try:
        import tesserocr
    except ImportError as e:
        raise OcrUnavailable(f"the tesserocr package is missing ({e}): {INSTALL_HINT}") from None
    path = tessdata_dir()
    if path is None:
        raise OcrUnavailable(f"Tesseract language data not found: {INSTALL_HINT}")
    missing = [lang for lang in REQUIRED_DATA if not (path / f"{lang}.traineddata").is_file()]
    if missing:
        raise OcrUnavailable(f"Tesseract language data missing in {path}: {', '.join(missing)}: {INSTALL_HINT}")
    return tesserocr, str(path) + "/"


def check_engine() -> str:
    """Raise OcrUnavailable with the install instruction, or return Tesseract's version line."""
    tesserocr, _ = _engine()
    return tesserocr.tesseract_version().splitlines()[0]


class _Pool:
    """Loaded Tesseract handles, keyed by (languages, page segmentation); each used by one thread at a time."""

    def __init__(self) -> None:
        self._free: dict[tuple[str, int], list] = {}
        self._lock = threading.Lock()

    @contextmanager
    def api(self, langs: str, psm: int) -> Iterator:
        tesserocr, path = _engine()
        key = (langs, psm)
        with self._lock:
            free = self._free.setdefault(key, [])
            api = free.pop() if free else None
        if api is None:
            api = tesserocr.PyTessBaseAPI(path=path, lang=langs, psm=psm, oem=tesserocr.OEM.LSTM_ONLY)
            api.SetVariable("thresholding_method", str(THRESHOLDING))
        try:
            yield api
        finally:
            api.Clear()
            with self._lock:
                if len(self._free[key]) < 2:  # at most two idle handles per key: each holds its models in memory
                    self._free[key].append(api)
                    api = None
            if api is not None:
                api.End()


_pool = _Pool()
# Tesseract's binarisation: 0 global Otsu, 1 Leptonica's adaptive Otsu, 2 Sauvola (measured: see the benchmark)
THRESHOLDING = int(os.environ.get("LURECHECK_OCR_THRESHOLDING", "0"))


def _recognize(img: Image.Image, langs: str, psm: int, deadline: float, box=None,
               lines: bool = False) -> tuple[str, float, float | None]:
    """Text, mean confidence (0-100) and (with `lines`) the median text-line height of one image.
    Raises OcrTimeout past the deadline."""
    left_ms = int((deadline - time.monotonic()) * 1000)
    if left_ms <= 0:
        raise OcrTimeout("the time limit for this image was reached")
    if box:  # a crop, not SetRectangle: the bundled Tesseract 5.5.4 misreads rectangles (measured: garbage)
        img = img.crop(box)
    with _pool.api(langs, psm) as api:
        api.SetImage(img)
        if not api.Recognize(timeout=left_ms):
            raise OcrTimeout(f"recognition did not finish within the time limit ({langs})")
        height = None
        if lines:
            hs = sorted(b["h"] for _, b, _, _ in api.GetTextlines() or [])
            height = float(hs[len(hs) // 2]) if hs else None
        return api.GetUTF8Text(), float(api.MeanTextConf()), height


# ---------------------------------------------------------------------------------------------- decoding


def decode(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Image.Image:
    """Bytes to a loaded RGB or L image, within the caps. Raises NotAnImage, ImageTooLarge, TooManyPixels."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise NotAnImage(f"expected image bytes, got {type(data).__name__}")
    if len(data) > limits.max_bytes:
        raise ImageTooLarge(f"the image has {len(data):,} bytes; the limit is {limits.max_bytes:,}")
    if not data:
        raise NotAnImage("the image is empty")
    try:
        im = Image.open(io.BytesIO(data), formats=FORMATS)  # reads the header only
    except Image.DecompressionBombError as e:
        raise TooManyPixels(str(e)) from None
    except Exception as e:  # UnidentifiedImageError, SyntaxError from a broken header, ...
        raise NotAnImage(f"not an image in a supported format ({', '.join(FORMATS)}): {e}") from None
    w, h = im.size
    if w <= 0 or h <= 0:
        raise NotAnImage("the image has no pixels")
    if w * h > limits.max_pixels:
        raise TooManyPixels(f"the image declares {w}x{h} = {w * h:,} pixels; the limit is {limits.max_pixels:,}")
    try:
        if getattr(im, "n_frames", 1) > 1:
            im.seek(0)  # an animation: its first frame
        if im.format == "JPEG" and max(w, h) > 2 * limits.work_side:
            im.draft("RGB", (limits.work_side, limits.work_side))  # decode a huge JPEG at reduced scale
        im.load()
        im = ImageOps.exif_transpose(im)  # phone photos lie on their side otherwise
    except Image.DecompressionBombError as e:
        raise TooManyPixels(str(e)) from None
    except Exception as e:  # truncated or corrupt data
        raise NotAnImage(f"the image is corrupt or truncated: {e}") from None
    if im.mode not in ("RGB", "L"):
        if im.mode in ("RGBA", "LA", "P", "PA") or "A" in im.getbands():
            bg = Image.new("RGB", im.size, "white")  # transparent screenshots: text on white, not on black
            rgba = im.convert("RGBA")
            bg.paste(rgba, mask=rgba.getchannel("A"))
            im = bg
        else:
            im = im.convert("RGB")
    return im


# ---------------------------------------------------------------------------------------------- preprocessing


def prepare(im: Image.Image, limits: Limits = DEFAULT_LIMITS) -> Image.Image:
    """Grey, not larger than `work_side`, deskewed. Measured (benchmarks/ocr.py --ablate): grey beats colour, and
    deskewing helps phone photos (CER 15.4% -> 14.1%) at no cost on clean captures; scaling every image up,
    contrast stretching and inverting dark title bars did not help on average. Small text is scaled up later
    (`read_decoded`), once the quick pass has measured the text lines."""
    g = im.convert("L")
    side = max(g.size)
    if side > limits.work_side:
        s = limits.work_side / side
        g = g.resize((max(1, round(g.width * s)), max(1, round(g.height * s))), Image.Resampling.LANCZOS)
    return deskew(g)


def deskew(g: Image.Image, max_angle: float = 4.0, step: float = 0.5) -> Image.Image:
    """Rotate by the angle (within +-max_angle degrees) whose row profile of dark pixels is sharpest: text lines
    then lie flat. Measured on an 800-px copy; an image already straight is returned unchanged."""
    import numpy as np

    small = g.copy()
    small.thumbnail((800, 800))
    a = np.asarray(small, dtype=np.float32)
    dark = Image.fromarray(((a < a.mean() - 0.5 * a.std()) * 255).astype(np.uint8))

    def sharpness(angle: float) -> float:
        rows = np.asarray(dark.rotate(angle, resample=Image.Resampling.NEAREST)).sum(axis=1, dtype=np.float64)
        return float(np.var(rows))

    angles = np.arange(-max_angle, max_angle + step / 2, step)
    best = float(max(angles, key=sharpness))
    if abs(best) < step / 2:
        return g
    return g.rotate(best, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=int(np.median(a)))


def upscale_small_text(img: Image.Image, line_px: float | None, limits: Limits = DEFAULT_LIMITS) -> Image.Image:
    """Scale the image up when its text lines are lower than SMALL_LINE pixels (Tesseract misreads small text)."""
    if not line_px or line_px >= SMALL_LINE:
        return img
    s = min(UPSCALE_MAX, TARGET_LINE / line_px, limits.work_side / max(img.size))
    if s <= 1.05:
        return img
    return img.resize((round(img.width * s), round(img.height * s)), Image.Resampling.LANCZOS)


SMALL_LINE = 20  # text lines lower than this (pixels) are scaled up ...
TARGET_LINE = 30  # ... to about this height
UPSCALE_MAX = 3.0

# ---------------------------------------------------------------------------------------------- script detection


def _band(img: Image.Image) -> tuple[int, int, int, int]:
    """A horizontal band through the middle of the image: enough lines for the quick pass, a fraction of the cost."""
    h = img.height
    band = min(h, max(360, int(h * 0.4)))
    top = max(0, (h - band) // 2)
    return (0, top, img.width, top + band)


def _probe_score(script: str, text: str, conf: float) -> float:
    """Confidence times the share of the output in the probe's own script (Latin handles count half)."""
    counts = script_counts(text)
    mine = counts.get(script, 0)
    if script == "latin":
        total = sum(counts.values())
    else:
        total = sum(n for s, n in counts.items() if s != "latin") + 0.5 * counts.get("latin", 0)
        if mine < 3:
            return 0.0
    return conf * mine / total if total else 0.0


SURE = 75.0  # a non-Thai probe this confident ends the quick pass (no image of another script reached it)
THAI_MARGIN = 30.0  # Tesseract's Thai model reads any script with confidence 55-80: it must beat the rest by this


def detect_script(img: Image.Image, deadline: float, hint: str | None = None) -> tuple[str, float | None]:
    """The script of the text in `img`, from a quick pass: each script's model reads a band of the image and is
    scored by its confidence and by how much of its output is in its own script. Measured on the benchmark's
    images (see README); the two thresholds below come from those measurements. Returns the script and the median
    text-line height the winning probe saw."""
    box = _band(img)
    order = [s for s in PROBES if s != "thai"]
    if hint in order:
        order.remove(hint)
        order.insert(0, hint)
    scores: dict[str, float] = {}
    heights: dict[str, float | None] = {}
    for script in [*order, "thai"]:
        text, conf, heights[script] = _recognize(img, PROBES[script], 6, deadline, box, lines=True)
        scores[script] = _probe_score(script, text, conf)
        if script != "thai" and scores[script] >= SURE:
            return script, heights[script]
    thai = scores.pop("thai")
    best = max(scores, key=scores.get)
    if thai >= scores[best] + THAI_MARGIN:
        return "thai", heights["thai"]
    best = best if scores[best] > 0 else "latin"
    return best, heights[best]


# ---------------------------------------------------------------------------------------------- text clean-up

_HAN_SPACE = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff，。！？、：；（）])[ ]+(?=[\u3400-\u9fff\uf900-\ufaff，。！？、：；（）])")
_JUNK_LINE = re.compile(r"^[\W_]{0,3}$")


def tidy(text: str) -> str:
    """Tesseract's output as an ad: NFC, no spaces inside Chinese, no lines of lone marks, single blank lines."""
    # Tesseract's Korean model writes the middle dot of "A · B" as the archaic vowel ㆍ (U+318D)
    text = unicodedata.normalize("NFC", text).replace("\x0c", "").replace("\u318d", "·")
    lines = []
    for line in text.splitlines():
        line = _HAN_SPACE.sub("", " ".join(line.split()))
        if _JUNK_LINE.match(line) and line:
            continue
        lines.append(line)
    out = "\n".join(lines)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()


# ---------------------------------------------------------------------------------------------- the reader


@dataclass(frozen=True)
class PageText:
    text: str
    script: str
    langs: str
    confidence: float  # Tesseract's mean word confidence, 0-100
    seconds: float


@dataclass(frozen=True)
class OcrResult:
    text: str  # all images of the album, in order, as one ad
    pages: tuple[PageText, ...]

    @property
    def script(self) -> str | None:
        return dominant_script(self.text)

    @property
    def seconds(self) -> float:
        return sum(p.seconds for p in self.pages)


def read_image(data: bytes, hint_lang: str | None = None, limits: Limits = DEFAULT_LIMITS) -> PageText:
    """Read one image. `hint_lang` (an ad or user language: vi, ko, km, en, zh, th) is tried first."""
    return read_decoded(decode(data, limits), hint_lang, limits)


def read_decoded(im: Image.Image, hint_lang: str | None = None, limits: Limits = DEFAULT_LIMITS, *,
                 psm: int = 6, prep=None, script: str | None = None, langs: str | None = None) -> PageText:
    """Read one decoded image (`psm`, `prep`, a forced `script` or `langs` are for the benchmark's comparisons)."""
    t0 = time.monotonic()
    _engine()  # OcrUnavailable before any work
    deadline = t0 + limits.seconds_per_image
    img = (prep or prepare)(im, limits)
    if script is None or prep is None:
        found, line_px = detect_script(img, deadline, _script_hint(hint_lang))
        script = script or found
        img = upscale_small_text(img, line_px, limits)
    langs = langs or LANGS_FOR_SCRIPT[script]
    text, conf, _ = _recognize(img, langs, psm, deadline)
    return PageText(tidy(text), script, langs, conf, time.monotonic() - t0)


def inspect(data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """Check the caps from the header alone (nothing is decoded): raises what `decode` would for the size, the
    declared pixels and an unknown format."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise NotAnImage(f"expected image bytes, got {type(data).__name__}")
    if len(data) > limits.max_bytes:
        raise ImageTooLarge(f"the image has {len(data):,} bytes; the limit is {limits.max_bytes:,}")
    if not data:
        raise NotAnImage("the image is empty")
    try:
        with Image.open(io.BytesIO(data), formats=FORMATS) as im:  # the header only
            w, h = im.size
    except Image.DecompressionBombError as e:
        raise TooManyPixels(str(e)) from None
    except Exception as e:
        raise NotAnImage(f"not an image in a supported format ({', '.join(FORMATS)}): {e}") from None
    if w * h > limits.max_pixels:
        raise TooManyPixels(f"the image declares {w}x{h} = {w * h:,} pixels; the limit is {limits.max_pixels:,}")


def read_images(images: list[bytes], hint_lang: str | None = None, limits: Limits = DEFAULT_LIMITS) -> OcrResult:
    """Read an album (one or more images) as one ad: the texts in order, a blank line between images.

    Every image's header is checked against the caps before any is decoded, so a bad album fails fast; then the
    images are decoded and read ONE AT A TIME: a decoded image (up to max_pixels x 3 bytes, 120 MB) is released
    before the next is decoded, so an album of 10 large photos never holds 10 of them at once.
    Raises the OcrError subclasses above; nothing else for bad input."""
    if not images:
        raise NotAnImage("no image given")
    if len(images) > limits.max_images:
        raise ImageTooLarge(f"{len(images)} images; at most {limits.max_images} are read together")
    for data in images:
        inspect(data, limits)
    pages: list[PageText] = []
    for data in images:
        im = decode(data, limits)
        page = read_decoded(im, hint_lang, limits)
        del im  # released before the next image is decoded
        pages.append(page)
        if hint_lang is None:  # the next photo of an album is most likely in the same script
            hint_lang = next(k for k, v in SCRIPT_OF_LANG.items() if v == page.script)
    text = "\n\n".join(p.text for p in pages if p.text)
    return OcrResult(text, tuple(pages))
