"""Images of job ads rendered from text, for measuring and testing the OCR path (bot/ocr/reader.py).

Real fonts from Debian's packages (fonts-khmeros for Khmer, fonts-nanum for Korean, fonts-noto-cjk for Chinese,
fonts-thai-tlwg for Thai, fonts-dejavu for Vietnamese and English); four layouts a job-seeker actually sends
(a plain text capture, a Facebook-post screenshot, a poster with the salary in big digits, a chat bubble), and a
"phone photo" degradation (perspective, blur, noise, uneven light, JPEG). Each rendering returns the image and the
reference text: every string drawn on it, in reading order, for the character error rate.
"""
from __future__ import annotations

import io
import random
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
# (regular, bold) per ad language: file name, and the face index inside a .ttc collection.
FONTS: dict[str, tuple[tuple[str, int], tuple[str, int]]] = {
    "vi": (("DejaVuSans.ttf", 0), ("DejaVuSans-Bold.ttf", 0)),
    "en": (("DejaVuSans.ttf", 0), ("DejaVuSans-Bold.ttf", 0)),
    "ko": (("NanumGothic.ttf", 0), ("NanumGothicBold.ttf", 0)),
    "km": (("KhmerOS.ttf", 0), ("KhmerOSbattambang.ttf", 0)),
    "zh": (("NotoSansCJK-Regular.ttc", 2), ("NotoSansCJK-Bold.ttc", 2)),  # face 2: Noto Sans CJK SC
    "th": (("Loma.ttf", 0), ("Loma-Bold.ttf", 0)),
}
# Interface words of the screenshots, in the ad's language (what a phone shows around the ad).
CHROME = {
    "vi": {"name": "Việc Làm Nhanh 24h", "when": "2 giờ", "bar": "Thích   Bình luận   Chia sẻ", "chat": "Tuyển dụng"},
    "en": {"name": "Global Jobs Hiring", "when": "2 h", "bar": "Like   Comment   Share", "chat": "HR Manager"},
    "ko": {"name": "해외취업 정보", "when": "2시간", "bar": "좋아요   댓글 달기   공유하기", "chat": "채용 담당자"},
    "km": {"name": "ការងារ ល្អ", "when": "២ ម៉ោង", "bar": "ចូលចិត្ត   មតិ   ចែករំលែក", "chat": "ភ្នាក់ងារ"},
    "zh": {"name": "海外高薪招聘", "when": "2小时", "bar": "赞   评论   分享", "chat": "人事主管"},
    "th": {"name": "หางานด่วน", "when": "2 ชม.", "bar": "ถูกใจ   แสดงความคิดเห็น   แชร์", "chat": "ฝ่ายบุคคล"},
}
LAYOUTS = ("plain", "facebook", "poster", "chat")


class FontMissing(RuntimeError):
    """A font named in FONTS is not installed (install the Debian font packages: `make ocr-deps`)."""


@cache
def font_path(name: str) -> Path:
    for d in FONT_DIRS:
        if d.is_dir():
            for p in d.rglob(name):
                return p
    raise FontMissing(f"font {name} not found under {', '.join(map(str, FONT_DIRS))}: run `make ocr-deps`")


@cache
def font(lang: str, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name, index = FONTS[lang][1 if bold else 0]
    return ImageFont.truetype(str(font_path(name)), size, index=index, layout_engine=ImageFont.Layout.RAQM)


@cache
def _coverage(lang: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    name, index = FONTS[lang][0]
    with TTFont(str(font_path(name)), fontNumber=index, lazy=True) as f:
        return frozenset(f.getBestCmap())


_INVISIBLE = ("So", "Cs", "Co", "Cf", "Me")  # emoji, format characters (ZWJ, zero-width space), keycaps


def drawable(text: str, lang: str) -> str:
    """The text as the font can draw it: emoji and other glyphs the font lacks are dropped, spaces tidied."""
    cov = _coverage(lang)
    keep = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isspace() or (ord(ch) in cov and unicodedata.category(ch) not in _INVISIBLE and not 0xFE00 <= ord(ch) <= 0xFE0F):
            keep.append(" " if ch.isspace() and ch != "\n" else ch)
    lines = [" ".join(line.split()) for line in "".join(keep).split("\n")]
    return "\n".join(line for line in lines if line)


def _breakable(text: str, i: int) -> bool:
    """May a line break fall before text[i]? Not before a combining mark, nor after a Khmer coeng."""
    return not unicodedata.category(text[i]).startswith("M") and text[i - 1] != "\u17d2"


def wrap(text: str, f: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy wrapping at spaces; a word longer than the line (Thai, Khmer, Chinese) breaks between clusters."""
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            cand = f"{line} {word}" if line else word
            if f.getlength(cand) <= width:
                line = cand
                continue
            if line:
                out.append(line)
                line = ""
            while f.getlength(word) > width:  # cut the long word at the last cluster border that fits
                cut = max((i for i in range(1, len(word)) if _breakable(word, i) and f.getlength(word[:i]) <= width),
                          default=1)
                out.append(word[:cut])
                word = word[cut:]
            line = word
        if line:
            out.append(line)
    return out


@dataclass
class Rendered:
    image: Image.Image
    reference: str  # every string drawn, in reading order (for the character error rate)
    layout: str
    size: int


def _draw_lines(d: ImageDraw.ImageDraw, lines: list[str], f, x: int, y: int, fill, spacing: float = 1.45) -> int:
    step = int(f.size * spacing)
    for line in lines:
        d.text((x, y), line, font=f, fill=fill)
        y += step
    return y


def render_plain(text: str, lang: str, size: int = 24, width: int = 720) -> Rendered:
    f = font(lang, size)
    lines = wrap(text, f, width - 2 * size)
    h = int(len(lines) * size * 1.45) + 2 * size
    im = Image.new("RGB", (width, h), "white")
    _draw_lines(ImageDraw.Draw(im), lines, f, size, size, (20, 20, 20))
    return Rendered(im, "\n".join(lines), "plain", size)


def render_facebook(text: str, lang: str, size: int = 26, width: int = 720) -> Rendered:
    c = CHROME[lang]
    f, fb, fs = font(lang, size), font(lang, size, bold=True), font(lang, int(size * 0.8))
    lines = wrap(text, f, width - 48)
    top, head = 64, 110
    h = top + head + int(len(lines) * size * 1.45) + 120
    im = Image.new("RGB", (width, h), (240, 242, 245))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, width, top), fill=(24, 119, 242))
    d.text((24, 12), "facebook", font=font("en", 30, bold=True), fill="white")
    d.rectangle((0, top + 10, width, h - 10), fill="white")
    d.ellipse((24, top + 30, 88, top + 94), fill=(200, 60, 60))
    d.text((104, top + 30), c["name"], font=fb, fill=(5, 5, 5))
    d.text((104, top + 34 + int(size * 1.3)), c["when"], font=fs, fill=(101, 103, 107))
    y = _draw_lines(d, lines, f, 24, top + head, (5, 5, 5))
    d.line((24, y + 20, width - 24, y + 20), fill=(206, 208, 212), width=2)
    d.text((60, y + 40), c["bar"], font=fs, fill=(101, 103, 107))
    ref = "\n".join(["facebook", c["name"], c["when"], *lines, c["bar"]])
    return Rendered(im, ref, "facebook", size)


_PER = r"(?:\s?/\s?(?:tháng|month|mo|ngày|day|월|달|月|天|ខែ|เดือน|วัน))?"
_MONEY = re.compile(r"\d[\d.,]*\s?(?:\$|USD|usd|triệu|tr|만원|원|万|元|บาท|ដុល្លារ)" + _PER + r"|\$\s?\d[\d.,]*" + _PER)


def render_poster(text: str, lang: str, size: int = 28, width: int = 720) -> Rendered:
    """A hiring poster: a bold headline, the salary in huge digits, the rest of the ad below, on colour."""
    paras = text.split("\n")
    first, rest = (paras[0], "\n".join(paras[1:])) if len(paras) > 1 else (text, "")
    if not rest:  # a one-paragraph ad: headline is its first few words
        words = first.split(" ")
        first, rest = " ".join(words[:5]), " ".join(words[5:])
    m = _MONEY.search(text)
    money = m.group(0).strip() if m else ""
    fh, fm, f = font(lang, int(size * 1.5), bold=True), font(lang, size * 3, bold=True), font(lang, size)
    head = wrap(first, fh, width - 60)
    big = wrap(money, fm, width - 60) if money else []
    body = wrap(rest, f, width - 60) if rest else []
    h = 40 + int(len(head) * fh.size * 1.4) + int(len(big) * fm.size * 1.3) + int(len(body) * size * 1.45) + 60
    im = Image.new("RGB", (width, h), (180, 20, 30))
    d = ImageDraw.Draw(im)
    d.rectangle((12, 12, width - 12, h - 12), outline=(255, 210, 0), width=6)
    y = _draw_lines(d, head, fh, 30, 36, (255, 255, 255), 1.4)
    if big:
        d.rectangle((24, y, width - 24, y + int(len(big) * fm.size * 1.3)), fill=(255, 210, 0))
        y = _draw_lines(d, big, fm, 36, y + 6, (150, 0, 0), 1.3)
    _draw_lines(d, body, f, 30, y + 16, (255, 255, 255))
    return Rendered(im, "\n".join([*head, *big, *body]), "poster", size)


def render_chat(text: str, lang: str, size: int = 24, width: int = 640) -> Rendered:
    c = CHROME[lang]
    f, fs = font(lang, size), font(lang, int(size * 0.75))
    bubble_w = int(width * 0.8)
    lines = wrap(text, f, bubble_w - 40)
    top = 80
    bh = int(len(lines) * size * 1.45) + int(size * 0.75) + 40
    h = top + bh + 60
    im = Image.new("RGB", (width, h), (230, 221, 213))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, width, top - 10), fill=(0, 128, 105))
    d.text((80, 20), c["chat"], font=font(lang, 26, bold=True), fill="white")
    d.rounded_rectangle((16, top + 10, 16 + bubble_w, top + 10 + bh), radius=18, fill="white")
    y = _draw_lines(d, lines, f, 36, top + 26, (17, 27, 33))
    d.text((bubble_w - 60, y), "10:42", font=fs, fill=(102, 119, 129))
    return Rendered(im, "\n".join([c["chat"], *lines, "10:42"]), "chat", size)


RENDERERS = {"plain": render_plain, "facebook": render_facebook, "poster": render_poster, "chat": render_chat}


def render(text: str, lang: str, layout: str = "plain", size: int | None = None) -> Rendered:
    text = drawable(text, lang)
    return RENDERERS[layout](text, lang, size) if size else RENDERERS[layout](text, lang)


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE) that map output points `dst` to input points `src`."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    return list(np.linalg.solve(np.array(rows, float), np.array(rhs, float)))


def degrade(im: Image.Image, seed: int = 0) -> Image.Image:
    """A phone photo of a screen or a print: tilted perspective, a little blur, sensor noise, uneven light, JPEG."""
    rng = random.Random(seed)
    w, h = im.size
    m = 0.04
    pad = [(rng.uniform(0, m) * w, rng.uniform(0, m) * h) for _ in range(4)]
    out_w, out_h = int(w * (1 + 2 * m)), int(h * (1 + 2 * m))
    ox, oy = m * w, m * h
    # corners of the original placed in the output with a random keystone
    dst = [(ox - pad[0][0], oy - pad[0][1]), (ox + w + pad[1][0], oy + pad[1][1]),
           (ox + w - pad[2][0], oy + h + pad[2][1]), (ox + pad[3][0], oy + h - pad[3][1])]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = _perspective_coeffs(src, dst)
    bg = (rng.randint(90, 140),) * 3
    im = im.convert("RGB").transform((out_w, out_h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC,
                                     fillcolor=bg)
    im = im.rotate(rng.uniform(-2.5, 2.5), resample=Image.Resampling.BICUBIC, expand=True, fillcolor=bg)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.0)))
    a = np.asarray(im, dtype=np.float32)
    yy, xx = np.mgrid[0 : a.shape[0], 0 : a.shape[1]]
    gx = xx / a.shape[1] if rng.random() < 0.5 else 1 - xx / a.shape[1]
    light = 0.8 + 0.2 * gx + 0.08 * (yy / a.shape[0])  # a lamp on one side
    a = a * light[..., None] + np.random.default_rng(seed).normal(0, 9, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=rng.randint(40, 65))
    return Image.open(io.BytesIO(buf.getvalue()))


def to_bytes(im: Image.Image, fmt: str = "PNG") -> bytes:
    buf = io.BytesIO()
    im.convert("RGB").save(buf, fmt, quality=90) if fmt == "JPEG" else im.save(buf, fmt)
    return buf.getvalue()


def no_space_join(text: str) -> str:
    """Helper for comparisons: whitespace removed (Tesseract spaces Chinese and Thai characters apart)."""
    return "".join(text.split())
