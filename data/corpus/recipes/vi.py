"""Composition rules for data/train/vi*.jsonl; the texts live in data/corpus/vi.yaml."""
from __future__ import annotations

import random
import re
import unicodedata

from data.corpus.recipes import load

DATA = load("vi")
HAND = DATA["handwritten"]
SEED = DATA["fragments"]["SEED"]
CHANNELS = DATA["fragments"]["CHANNELS"]
TEEN_SUBS = DATA["fragments"]["TEEN_SUBS"]
BULLETS = DATA["fragments"]["BULLETS"]
TITLE_DECOR = DATA["fragments"]["TITLE_DECOR"]
HASHTAGS_JOB = DATA["fragments"]["HASHTAGS_JOB"]
ABROAD_ROLES = DATA["fragments"]["ABROAD_ROLES"]
ABROAD_PLACES = DATA["fragments"]["ABROAD_PLACES"]
ABROAD_REQ = DATA["fragments"]["ABROAD_REQ"]
ABROAD_PERKS = DATA["fragments"]["ABROAD_PERKS"]
ABROAD_TITLES = DATA["fragments"]["ABROAD_TITLES"]
ABROAD_CONTACT = DATA["fragments"]["ABROAD_CONTACT"]
ABROAD_CLOSING = DATA["fragments"]["ABROAD_CLOSING"]
TG_STEMS = DATA["fragments"]["TG_STEMS"]
SHOPS = DATA["fragments"]["SHOPS"]
VIDEO = DATA["fragments"]["VIDEO"]
TASK_MECH = DATA["fragments"]["TASK_MECH"]
TASK_REQ = DATA["fragments"]["TASK_REQ"]
TASK_INCOME = DATA["fragments"]["TASK_INCOME"]
TASK_TITLES = DATA["fragments"]["TASK_TITLES"]
TASK_CONTACT = DATA["fragments"]["TASK_CONTACT"]
TASK_CLOSING = DATA["fragments"]["TASK_CLOSING"]
TASK_TG = DATA["fragments"]["TASK_TG"]
VN_PLACES = DATA["fragments"]["VN_PLACES"]
STREETS = DATA["fragments"]["STREETS"]
LOCAL_ROLES = DATA["fragments"]["LOCAL_ROLES"]
LOCAL_NAMES = DATA["fragments"]["LOCAL_NAMES"]
LOCAL_REQ = DATA["fragments"]["LOCAL_REQ"]
LOCAL_BEN = DATA["fragments"]["LOCAL_BEN"]
LEGIT_TITLES = DATA["fragments"]["LEGIT_TITLES"]
CS_COMPANIES = DATA["fragments"]["CS_COMPANIES"]
CS_ROLES = DATA["fragments"]["CS_ROLES"]
SKILLED = DATA["fragments"]["SKILLED"]
SKILLED_PERKS = DATA["fragments"]["SKILLED_PERKS"]
LEGAL_PROGRAMS = DATA["fragments"]["LEGAL_PROGRAMS"]
LEGAL_FIRM_NAMES = DATA["fragments"]["LEGAL_FIRM_NAMES"]
WARN_SOURCES = DATA["fragments"]["WARN_SOURCES"]
WARN_OPEN = DATA["fragments"]["WARN_OPEN"]
WARN_EXPLAIN_ABROAD = DATA["fragments"]["WARN_EXPLAIN_ABROAD"]
WARN_EXPLAIN_TASK = DATA["fragments"]["WARN_EXPLAIN_TASK"]
WARN_ADVICE = DATA["fragments"]["WARN_ADVICE"]
NEWS_AGENCIES = DATA["fragments"]["NEWS_AGENCIES"]
NEWS_EVENTS = DATA["fragments"]["NEWS_EVENTS"]
NEWS_TASK = DATA["fragments"]["NEWS_TASK"]

N_TEMPLATED_LURE = {"compound_abroad": 105, "task_scam": 105}
N_TEMPLATED_LEGIT = {
    "local_job": 36,
    "customer_service_local": 22,
    "skilled_well_paid": 22,
    "urgent_hiring": 20,
    "chat_app_contact": 28,
    "legal_abroad": 26,
    "ngo_warning": 30,
    "news": 16,
}
P_NO_DIACRITICS = 0.15
P_TEENCODE = 0.25


# --------------------------------------------------------------------------- utils

def strip_diacritics(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", text)
    out = "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", out)


def teencode(text: str, rng: random.Random) -> str:
    for pat, choices in TEEN_SUBS:
        if rng.random() < 0.6:
            text = re.sub(pat, lambda m, choices=choices: rng.choice(choices), text)
    return text


def pick(rng, seq, k=None):
    if k is None:
        return rng.choice(seq)
    return rng.sample(seq, min(k, len(seq)))


def phone(rng) -> str:
    prefix = rng.choice(["090", "091", "093", "094", "096", "097", "098", "032", "033", "034",
                         "035", "036", "037", "038", "039", "070", "076", "077", "078", "079",
                         "081", "082", "083", "084", "085", "086", "088", "089"])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(7))
    num = prefix + digits
    fmt = rng.choice(["plain", "space", "dot"])
    if fmt == "plain":
        return num
    if fmt == "space":
        return f"{num[:4]} {num[4:7]} {num[7:]}"
    return f"{num[:4]}.{num[4:7]}.{num[7:]}"


def handle(rng, stems) -> str:
    stem = rng.choice(stems)
    tail = rng.choice(["", "_", "."]).replace(".", "_") + str(rng.randint(1, 999))
    return "@" + stem + (tail if rng.random() < 0.8 else "")


def person(rng) -> str:
    return rng.choice(["chị Lan", "anh Tuấn", "Ms Hoa", "Mr Long", "chị Ngọc", "anh Hải", "em Vy",
                       "chị Trang", "anh Khoa", "Ms Linh", "anh Phúc", "chị Mai", "em Nhi", "anh Dũng",
                       "cô Hạnh", "chú Tư", "Ms Thảo", "anh Bình", "chị Hằng", "em Tú"])


def fake_domain(rng, words) -> str:
    return rng.choice(words) + rng.choice(["24h", "vn", "365", "pro", "online", "", "247"]) + rng.choice(
        [".xyz", ".top", ".online", ".vip", ".site", ".info", ".club"])


# ---------------------------------------------------------------- shared renderer
# Lures and legit ads are rendered by the same function with the same random
# style choices, so emoji, hashtags, bullet marks, title casing and lengths are
# distributed the same way in both classes.


def render(rng, *, title, lines, contact, closing="", hashtags=(), length="medium", channel="facebook",
           sms_line=None):
    """Render a post. `lines` are content lines (already phrased)."""
    if length == "short" or channel == "sms":
        text = sms_line if sms_line else " ".join([title.rstrip(".!") + "."] + lines[:2] + [contact])
        return re.sub(r"\s+", " ", text).strip()
    deco = rng.choice(TITLE_DECOR)
    t = title.upper() if rng.random() < 0.35 else title
    out = [f"{deco[0]} {t} {deco[1]}".strip()]
    bullet = rng.choice(BULLETS)
    use_bullets = rng.random() < 0.7
    for ln in lines:
        out.append(f"{bullet} {ln}" if use_bullets else ln)
    out.append(contact)
    if closing:
        out.append(closing)
    if hashtags and channel in ("facebook", "tiktok", "telegram") and rng.random() < 0.45:
        out.append(" ".join(rng.sample(list(hashtags), min(len(hashtags), rng.randint(2, 4)))))
    if length == "medium" and len(out) > 8:
        # keep title, the first content lines, and the tail (contact/closing/hashtags)
        tail = len(out) - 1 - len(lines)
        keep = 8 - 1 - tail
        out = out[:1 + keep] + out[1 + len(lines):]
    return "\n".join(out)


def choose_length(rng, channel, p_long=0.32):
    # Handwritten legit posts are mostly medium, and news/official notices are
    # never long, so legit builders ask for more long posts to even out the
    # length mix across the two classes (target ~30% short, ~50% medium, ~20% long).
    if channel == "sms":
        return "short"
    r = rng.random()
    if r < 0.36:
        return "short"
    if r < 1 - p_long:
        return "medium"
    return "long"


# ------------------------------------------------------------------ lure fragments


def _abroad_salary(rng):
    a = rng.choice([800, 900, 1000, 1100, 1200, 1300, 1500, 1800, 2000, 2500])
    b = a + rng.choice([300, 500, 1000, 1500])
    trA = rng.choice([20, 25, 30, 35])
    return rng.choice([f"Lương {a}$ - {b}$/tháng", f"Lương cứng {a} USD + thưởng doanh số", f"Thu nhập {trA} - {trA + 15} triệu/tháng",
                       f"{a}$/tháng, tăng theo doanh số", f"Lương {a} đô, thưởng KPI", f"Lương tháng đầu {a}$, từ tháng 2 lên {b}$",
                       f"Thu nhập {trA}tr++", f"Lương {a} - {b} USD"])


def lure_compound(rng):
    role, desc = rng.choice(ABROAD_ROLES)
    place, country = rng.choice(ABROAD_PLACES)
    n = rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 50])
    ph, tg, who = phone(rng), handle(rng, TG_STEMS), person(rng)
    grp = rng.choice(["vieclam_", "job_", "tuyendung_", "cskh_"]) + rng.choice(["cpc", "kh", "lao", "mm", "asia", "vip", "intl"]) + str(rng.randint(10, 99))
    country_say = "bên K" if (country == "Campuchia" and rng.random() < 0.12) else country
    title = rng.choice(ABROAD_TITLES).format(n=n, role=role, place=place, place_up=place.upper(), country=country_say)
    subtle = rng.random() < 0.3
    perks = [p.format(d=rng.choice([2, 3, 5, 7]), m=rng.choice([3, 5, 10])) for p in pick(rng, ABROAD_PERKS, 1 if subtle else rng.randint(2, 5))]
    reqs = pick(rng, ABROAD_REQ, 0 if subtle and rng.random() < 0.5 else rng.randint(1, 3))
    salary = _abroad_salary(rng)
    contact = rng.choice(ABROAD_CONTACT).format(ph=ph, tg=tg, who=who, grp=grp)
    closing = rng.choice(ABROAD_CLOSING).format(n=n)
    channel = rng.choices(["facebook", "telegram", "zalo", "sms", "tiktok", "jobboard", "website"], [34, 14, 14, 10, 6, 14, 8])[0]
    length = choose_length(rng, channel)
    if length == "short":
        bits = ([salary.lower()] + [p.lower() for p in perks[:2]] + [r.lower() for r in reqs[:1]])[:rng.randint(2, 4)]
        sms = f"{title}, {', '.join(bits)}. {contact}"
        if rng.random() < 0.4:
            sms = sms.replace(f"{place}", f"{place} ({country})") if country not in sms else sms
        return render(rng, title=title, lines=[], contact=contact, length="short", channel=channel, sms_line=sms), channel
    lines = []
    if rng.random() < 0.7:
        lines.append(f"Công việc: {desc}")
    lines.append(f"Nơi làm việc: {place}, {country}" if rng.random() < 0.5 else f"Địa điểm: {place} - {country}")
    lines.append(salary)
    lines += reqs
    lines += perks
    if length == "long":
        extra = pick(rng, [
            f"Mô tả: {desc}, làm theo ca, có trưởng nhóm người Việt hướng dẫn",
            "Thời gian làm việc: 12 tiếng/ngày, có ca đêm",
            "Quy trình: gửi thông tin → phỏng vấn qua Telegram → đặt vé → xuất cảnh",
            "Hồ sơ: CCCD, hộ chiếu (chưa có thì làm sau), ảnh chân dung",
            "Chỗ ở: ký túc xá trong khu công ty, có căng tin, siêu thị mini",
            "Lương trả bằng USD hoặc chuyển khoản về Việt Nam cho gia đình",
            "Công ty có pháp nhân tại nước sở tại, hợp đồng song ngữ",
            "Tháng đầu thử việc vẫn hưởng 80% lương",
            "Ăn uống: 3 bữa/ngày, có món Việt",
            "Đạt doanh số thưởng thêm 500 - 2000$",
            "Có người Việt quản lý, không lo bất đồng ngôn ngữ",
            "Tết được về phép, công ty hỗ trợ vé",
        ], rng.randint(4, 7))
        lines += extra
    return render(rng, title=title, lines=lines, contact=contact, closing=closing, hashtags=HASHTAGS_JOB + ["#campuchia", "#dubai", "#luongusd"],
                  length=length, channel=channel), channel


TASK_TYPES = [
    ("thả tim, follow kênh {p}", "{k}k/nhiệm vụ", VIDEO), ("like và chụp màn hình video {p}", "{k}k/video", VIDEO),
    ("đánh giá 5 sao sản phẩm trên {p}", "{k}k/đánh giá", SHOPS), ("xử lý đơn hàng {p}", "hoa hồng {c}% mỗi đơn", SHOPS),
    ("thêm sản phẩm vào giỏ hàng trên {p}", "{k}k/lượt", SHOPS), ("xem quảng cáo trên app", "{k}k/lượt xem", None),
    ("bình chọn phim trên app", "{k}k/lượt", None), ("đánh giá khách sạn trên ứng dụng đặt phòng", "{k}k/đánh giá", None),
    ("đánh giá 5 sao cửa hàng trên Google Maps", "{k}k/đánh giá", None), ("đánh giá ứng dụng trên CH Play", "{k}k/lượt", None),
    ("bình luận, seeding cho shop trên {p}", "{k}k/comment", SHOPS + ["Facebook"]), ("đặt đơn ảo tăng doanh số cho shop {p}", "hoàn tiền + {c}% hoa hồng", SHOPS),
    ("nâng hạng sản phẩm trên {p}", "hoa hồng {c}%", SHOPS), ("tăng view video {p}", "{k}k/video", VIDEO),
    ("gấp hộp, dán tem tại nhà", "{k}0k/ngày", None), ("nhập liệu, gõ captcha tại nhà", "{k}k/trang", None),
]


def lure_task(rng):
    task, pay, plats = rng.choice(TASK_TYPES)
    p = rng.choice(plats) if plats else None
    task = task.format(p=p)
    k = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50])
    c = rng.choice([5, 8, 10, 12, 15, 20, 25, 30])
    pay = pay.format(k=k, c=c)
    a = rng.choice([100, 200, 300, 500, 800, 1000])
    mech_all = [m.format(a=a, b=int(a * rng.choice([1.2, 1.3, 1.5])), c=c, c2=c + 15, k=rng.choice([50, 88, 100])) for m in TASK_MECH]
    n = rng.choice([5, 10, 20, 30, 50, 100])
    x = rng.choice([150, 200, 300, 500])
    y = rng.choice(["700k", "1tr", "1 triệu", "2tr", "1tr5"])
    income = rng.choice(TASK_INCOME).format(x=x, y=y, m1=rng.choice([6, 8, 10]), m2=rng.choice([15, 20]))
    ph, tg, who = phone(rng), handle(rng, TASK_TG), person(rng)
    grp = rng.choice(["nhiemvu", "ctv", "vieclam", "kiemtien"]) + "_" + rng.choice(["online", "vip", "247", "vn"]) + str(rng.randint(1, 99))
    dom = fake_domain(rng, ["ctv", "nhiemvu", "likeviec", "kiemtien", "donhang", "tuongtac"])
    contact = rng.choice(TASK_CONTACT).format(ph=ph, tg=tg, who=who, grp=grp, dom=dom)
    title = rng.choice([t for t in TASK_TITLES if p or "{p}" not in t]).format(n=n, p=p)
    subtle = rng.random() < 0.3
    mech_all = [m for m in mech_all if ("nguyên liệu" in m) == ("gấp hộp" in task)] or mech_all
    mechs = pick(rng, mech_all, 0 if subtle else rng.randint(1, 2))
    reqs = pick(rng, TASK_REQ, rng.randint(1, 3))
    channel = rng.choices(["facebook", "telegram", "zalo", "sms", "tiktok", "website", "jobboard"], [36, 12, 16, 12, 6, 10, 8])[0]
    length = choose_length(rng, channel)
    if length == "short":
        bits = ([f"{task} {pay}", income.lower()] + [m.lower() for m in mechs[:1]] + [r.lower() for r in reqs[:1]])[:rng.randint(2, 4)]
        sms = f"{title}: {', '.join(bits)}. {contact}"
        if channel == "sms" and rng.random() < 0.4:
            sms = f"[{(p or 'VIEC LAM').upper()}] " + sms
        return render(rng, title=title, lines=[], contact=contact, length="short", channel=channel, sms_line=sms), channel
    lines = [f"Công việc: {task}", f"{pay}" if rng.random() < 0.5 else f"Mức trả: {pay}", income] + reqs + mechs
    if length == "long":
        if rng.random() < 0.6:
            lines += ["Bước 1: kết bạn với trợ lý để được cấp tài khoản",
                      "Bước 2: nhận nhiệm vụ trong nhóm, làm theo hướng dẫn",
                      "Bước 3: gửi ảnh chụp màn hình, nhận tiền về ngân hàng"]
        lines += pick(rng, [
            "Nhiệm vụ nâng cao hoa hồng 20-40%, số lượng có hạn mỗi ngày",
            "Có hợp đồng cộng tác online, minh bạch",
            "Hỗ trợ 24/7, có trợ lý hướng dẫn từng bước",
            "Tặng thưởng khi giới thiệu bạn bè tham gia",
            "Thanh toán qua Momo, ZaloPay, chuyển khoản ngân hàng",
            "Làm thử 3 nhiệm vụ miễn phí trước, thấy uy tín mới làm tiếp",
            "Tài khoản làm sai thao tác sẽ bị khóa, cần nạp phí mở khóa",
            "Không cần bằng cấp, không giới hạn độ tuổi",
        ], rng.randint(4, 7))
    closing = rng.choice(TASK_CLOSING)
    return render(rng, title=title, lines=lines, contact=contact, closing=closing,
                  hashtags=HASHTAGS_JOB + ["#kiemtienonline", "#lamtainha", "#mebimsua"], length=length, channel=channel), channel


# ------------------------------------------------------------------ legit fragments


def _vnd(rng, lo, hi):
    a = rng.randint(lo, hi - 1)
    b = a + rng.randint(1, 3)
    return rng.choice([f"Lương {a} - {b} triệu/tháng", f"Lương {a}tr - {b}tr", f"Thu nhập {a} - {b} triệu", f"Lương cứng {a}tr + thưởng",
                       f"{a}.000.000 - {b}.000.000đ", f"Lương {a} triệu {rng.choice(['', '5'])} + phụ cấp".replace("  ", " ")])


def _addr(rng, place):
    return f"{rng.randint(2, 299)} {rng.choice(STREETS)}, {place}"


def _legit_contact(rng, name, place, chat_app=False):
    ph, who = phone(rng), person(rng)
    if chat_app:
        return rng.choice([f"Liên hệ Zalo {ph} ({who}) để hẹn phỏng vấn tại {'cửa hàng' if rng.random() < 0.5 else 'văn phòng'}",
                           f"Ib Zalo {ph} gửi CV, bên mình hẹn PV trực tiếp",
                           f"Nhắn Telegram {handle(rng, ['hr', 'tuyendung', 'nhansu', 'recruit'])} hoặc gửi CV qua email công ty",
                           f"Zalo/sđt: {ph} gặp {who}, phỏng vấn tại {_addr(rng, place)}",
                           f"Add Zalo {ph} để nhận JD chi tiết, PV tại văn phòng",
                           f"Telegram {handle(rng, ['hr', 'tuyendung', 'nhansu', 'quanly'])} hoặc Zalo {ph}, hẹn gặp trực tiếp tại {'cửa hàng' if rng.random() < 0.5 else 'văn phòng'}",
                           f"Liên hệ {who}: {ph} (Zalo), hoặc ghé trực tiếp {_addr(rng, place)}"])
    return rng.choice([f"Liên hệ {who}: {ph}", f"Ứng tuyển trực tiếp tại {_addr(rng, place)}",
                       f"Gửi CV qua email tuyendung@{strip_diacritics(name).lower().replace(' ', '')}-demo.vn",
                       f"Nộp hồ sơ tại phòng nhân sự, {_addr(rng, place)}", f"Hotline tuyển dụng: {ph}",
                       f"Ib page hoặc gọi {ph}", f"Phỏng vấn trực tiếp tại {_addr(rng, place)} (mang theo CCCD)",
                       f"SĐT/Zalo: {ph} ({who})"])


def legit_local(rng, chat_app=False, urgent=False):
    role, (lo, hi), bizs, shift = rng.choice(LOCAL_ROLES)
    biz = rng.choice(bizs)
    name = rng.choice(LOCAL_NAMES)
    place = rng.choice(VN_PLACES)
    n = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50])
    title = rng.choice(LEGIT_TITLES).format(biz=biz.capitalize(), name=name, role=role, n=n, place=place)
    if urgent:
        title = rng.choice(["Tuyển gấp {n} {role}", "Cần gấp {n} {role} đi làm ngay", "GẤP: cần {n} {role} tại {place}",
                            "{biz} {name} tuyển gấp {role}", "Tuyển gấp trong tuần: {n} {role}", "Cần người đi làm ngay: {role} ({place})"]
                           ).format(biz=biz.capitalize(), name=name, role=role, n=n, place=place)
    salary = _vnd(rng, lo, hi)
    if rng.random() < 0.25 and hi <= 9:
        salary = rng.choice([f"Lương {rng.choice([22, 23, 25, 27, 30])}k/giờ", f"{rng.choice([250, 280, 300, 350])}k/ngày"])
    reqs = pick(rng, LOCAL_REQ, rng.randint(1, 3))
    bens = pick(rng, LOCAL_BEN, rng.randint(1, 4))
    contact = _legit_contact(rng, name, place, chat_app)
    channel = "zalo" if (chat_app and rng.random() < 0.25) else rng.choices(
        ["facebook", "jobboard", "sms", "zalo", "website", "telegram", "tiktok"], [34, 14, 22, 10, 4, 8, 8])[0]
    length = choose_length(rng, channel, p_long=0.5)
    if urgent:
        reqs = reqs + [rng.choice(["Đi làm ngay sau phỏng vấn", "Nhận việc trong ngày", "Phỏng vấn xong làm luôn"])]
    if length == "short":
        bits = ([salary.lower(), shift] + [r.lower() for r in reqs[:1]] + [b.lower() for b in bens[:1]])[:rng.randint(2, 4)]
        sms = f"{title}{'' if place in title else ' tại ' + place}, {', '.join(bits)}. {contact}"
        return render(rng, title=title, lines=[], contact=contact, length="short", channel=channel, sms_line=sms), channel
    lines = [f"Địa điểm: {biz.capitalize()} {name} - {place}" if rng.random() < 0.5 else f"Nơi làm việc: {place}",
             salary, f"Thời gian: {shift}"] + reqs + bens
    if length == "long":
        lines += pick(rng, [
            f"Mô tả công việc: {role} theo phân công của quản lý",
            "Hợp đồng lao động chính thức sau 1-2 tháng thử việc",
            "Hồ sơ: CCCD photo, sơ yếu lý lịch, ảnh 3x4",
            "Lương trả qua tài khoản ngân hàng ngày 5 hằng tháng",
            "Phỏng vấn từ thứ 2 đến thứ 7, giờ hành chính",
            "Không thu bất kỳ khoản phí nào của ứng viên",
            "Có lộ trình thăng tiến lên trưởng ca, quản lý",
            "Đồng phục công ty cấp miễn phí",
            "Nghỉ phép năm theo Luật Lao động",
            "Được tham gia công đoàn, sinh nhật, team building",
            f"Mã số thuế doanh nghiệp: 0{rng.randint(100000000, 999999999)}",
        ], rng.randint(4, 7))
    closing = rng.choice(["", "", "Ưu tiên ứng viên đi làm lâu dài.", "Hẹn gặp bạn!", "Mọi người share giúp mình nhé 🙏",
                          "Số lượng có hạn, ib sớm nha.", "Không cần CV, qua phỏng vấn trực tiếp."])
    return render(rng, title=title, lines=lines, contact=contact, closing=closing, hashtags=HASHTAGS_JOB, length=length, channel=channel), channel


def legit_cs(rng):
    comp = rng.choice(CS_COMPANIES)
    role = rng.choice(CS_ROLES)
    place = rng.choice([p for p in VN_PLACES if "KCN" not in p])
    name = rng.choice(LOCAL_NAMES)
    salary = _vnd(rng, 7, 12)
    title = rng.choice([f"Tuyển {role} cho {comp}", f"[{place}] Tuyển {role}", f"{comp.capitalize()} {name} tuyển {role}",
                        f"Tuyển {rng.choice([5, 10, 20, 30])} {role} - làm tại văn phòng {place}"])
    lines = [f"Làm việc tại văn phòng: {_addr(rng, place)}", salary,
             rng.choice(["Ca xoay 8 tiếng, có phụ cấp ca đêm", "Giờ hành chính, nghỉ chủ nhật", "Xoay 3 ca, nghỉ 1 ngày/tuần", "Ca part-time 4 tiếng cho sinh viên"])]
    lines += pick(rng, ["Không cần kinh nghiệm, đào tạo 1-2 tuần có lương", "Giọng nói rõ ràng, không nói ngọng", "Tốt nghiệp THPT trở lên",
                        "Tiếng Anh giao tiếp (với vị trí CSKH tiếng Anh)", "Đánh máy nhanh, dùng máy tính thành thạo",
                        "Ký HĐLĐ, đóng BHXH đầy đủ", "Thưởng KPI hằng tháng", "Làm tại văn phòng, không làm tại nhà",
                        "Không thu phí đào tạo hay đồng phục", "Có lộ trình lên trưởng nhóm"], rng.randint(2, 4))
    contact = _legit_contact(rng, name, place, chat_app=rng.random() < 0.3)
    channel = rng.choices(["facebook", "jobboard", "website", "zalo", "sms", "telegram"], [36, 22, 8, 12, 14, 8])[0]
    length = choose_length(rng, channel, p_long=0.5)
    if length == "short":
        sms = f"{title}, {salary.lower()}, {lines[2].lower()}, làm tại {place}. {contact}"
        return render(rng, title=title, lines=[], contact=contact, length="short", channel=channel, sms_line=sms), channel
    if length == "long":
        lines += pick(rng, ["Mô tả: tiếp nhận cuộc gọi, giải đáp thắc mắc, ghi nhận khiếu nại vào hệ thống",
                            "Phỏng vấn trực tiếp tại văn phòng, có kết quả sau 3 ngày làm việc",
                            "Hồ sơ: CV, CCCD photo, bằng tốt nghiệp", "Phụ cấp ăn trưa 30k/ngày",
                            "Nghỉ phép năm 12 ngày", "Môi trường trẻ trung, có team building hằng quý",
                            "Thử việc 2 tháng hưởng 85% lương", f"Công ty {name}, MST 0{rng.randint(100000000, 999999999)}"], rng.randint(4, 6))
    return render(rng, title=title, lines=lines, contact=contact, closing=rng.choice(["", "Hẹn gặp bạn tại buổi phỏng vấn!", "Share giúp mình nha 🙏"]),
                  hashtags=HASHTAGS_JOB + ["#cskh", "#callcenter"], length=length, channel=channel), channel


def legit_skilled(rng):
    role, req, unit, (lo, hi) = rng.choice(SKILLED)
    place = rng.choice([p for p in VN_PLACES if "KCN" not in p][:20])
    a = rng.randrange(lo, hi, 100 if unit == "usd" else 5) if hi - lo > 5 else lo
    b = min(hi + (500 if unit == "usd" else 10), a + (rng.choice([500, 1000, 1500]) if unit == "usd" else rng.choice([10, 15, 20])))
    salary = rng.choice([f"Lương {a} - {b} USD gross", f"Offer up to {b}$", f"{a}-{b}$ net"]) if unit == "usd" else rng.choice(
        [f"Lương {a} - {b} triệu", f"Thu nhập {a}-{b}M gross", f"Offer tới {b} triệu/tháng"])
    title = rng.choice([f"[{place}] Tuyển {role}", f"Tuyển {role}, {salary.lower()}", f"Cty {rng.choice(LOCAL_NAMES)} tìm {role}",
                        f"💸 {salary} - {role}", f"Chiêu mộ {role} ({place})"])
    lines = [f"Yêu cầu: {req}", salary, f"Làm việc tại {place}"] + pick(rng, SKILLED_PERKS, rng.randint(1, 4))
    lines.append(rng.choice(["Quy trình: CV → phỏng vấn chuyên môn → phỏng vấn quản lý → offer", "Phỏng vấn 2 vòng, có bài test kỹ thuật",
                             "Phỏng vấn trực tiếp tại văn phòng", "PV online 1 vòng + onsite 1 vòng"]))
    name = rng.choice(LOCAL_NAMES)
    contact = rng.choice([f"Gửi CV qua email tuyendung@{strip_diacritics(name).lower().replace(' ', '')}-tech.vn",
                          "Ib mình nhận JD chi tiết nha", f"Zalo {phone(rng)} để trao đổi thêm", "Apply qua link JD trên website công ty",
                          f"Telegram {handle(rng, ['hr_it', 'recruiter', 'talent', 'techhr'])} hoặc email hr của công ty"])
    channel = rng.choices(["facebook", "jobboard", "telegram", "website", "zalo", "sms"], [42, 22, 16, 6, 8, 6])[0]
    length = choose_length(rng, channel, p_long=0.5)
    if length == "short":
        sms = f"{title}, {lines[0].lower()}{'' if salary.lower() in title.lower() else ', ' + salary.lower()}. {contact}"
        return render(rng, title=title, lines=[], contact=contact, length="short", channel=channel, sms_line=sms), channel
    if length == "long":
        lines += pick(rng, ["Mô tả: tham gia thiết kế và phát triển hệ thống, review code, hướng dẫn thành viên junior",
                            "Công ty có pháp nhân tại Việt Nam, văn phòng tại tòa nhà trung tâm", "Tiếng Anh đọc hiểu tài liệu tốt",
                            "Ưu tiên ứng viên từng làm sản phẩm quy mô lớn", "Onsite ngắn hạn nước ngoài theo dự án (công ty chi trả theo quy chế công tác)",
                            "Thời gian làm việc: thứ 2 - thứ 6, 8h30 - 17h30", "Chế độ nghỉ ốm, thai sản theo luật",
                            "Headcount: 2", "Không thu phí ứng viên dưới mọi hình thức"], rng.randint(4, 6))
    return render(rng, title=title, lines=lines, contact=contact, closing="", hashtags=HASHTAGS_JOB + ["#ITjobs", "#developer"],
                  length=length, channel=channel), channel


def legit_abroad(rng):
    channel = rng.choices(["facebook", "website", "jobboard", "zalo", "news", "telegram", "sms"], [36, 16, 18, 10, 8, 6, 6])[0]
    if rng.random() < 0.22:
        # official programme notices (EPS Korea, government-to-government)
        prog = rng.choice([
            ("Hàn Quốc", "EPS", "ngành sản xuất chế tạo", "Trung tâm Lao động ngoài nước"),
            ("Hàn Quốc", "EPS", "ngành nông nghiệp", "Trung tâm Lao động ngoài nước"),
            ("Hàn Quốc", "EPS", "ngành ngư nghiệp", "Trung tâm Lao động ngoài nước"),
            ("Hàn Quốc", "lao động thời vụ", "ngành nông nghiệp (5-8 tháng)", "Sở Nội vụ tỉnh"),
            ("Israel", "hiệp định lao động", "ngành xây dựng", "Trung tâm Lao động ngoài nước"),
        ])
        country, scheme, sector, org = prog
        lines = [f"{org} thông báo tuyển chọn người lao động đi làm việc tại {country} theo chương trình {scheme}, {sector}.",
                 rng.choice(["Đối tượng: công dân Việt Nam từ 18 đến 39 tuổi, đủ sức khỏe, không có tiền án.",
                             "Người lao động đăng ký dự thi tiếng Hàn theo thông báo chính thức tại địa phương.",
                             "Người lao động phải qua kiểm tra tay nghề và tiếng theo quy định."]),
                 rng.choice(["Chi phí gồm lệ phí thi, khám sức khỏe, vé máy bay... theo quy định, không có phí môi giới.",
                             "Các khoản phí được niêm yết công khai, nộp trực tiếp tại điểm tiếp nhận hồ sơ.",
                             "Người lao động tự chi trả chi phí thực tế (hộ chiếu, visa, vé máy bay), không qua trung gian."]),
                 rng.choice([f"{org} không ủy quyền cho cá nhân, tổ chức nào thu tiền \"đảm bảo đỗ\", \"đi nhanh không cần thi\".",
                             "Người lao động cảnh giác với các đối tượng hứa hẹn có \"suất đi nhanh\".",
                             "Mọi thông tin chính thức được đăng tải trên cổng thông tin của cơ quan quản lý lao động ngoài nước."])]
        title = rng.choice([f"Thông báo tuyển chọn lao động đi {country} ({scheme})", f"Lịch đăng ký chương trình {scheme} {country}",
                            f"{country}: tuyển lao động {sector} theo chương trình {scheme}"])
        if channel == "sms":
            return f"[TB] {title}: dang ky tai diem tiep nhan ho so dia phuong, khong qua trung gian, khong co phi moi gioi.", channel
        return render(rng, title=title, lines=lines, contact=rng.choice(["Chi tiết xem thông báo tại trụ sở hoặc cổng thông tin chính thức.",
                                                                          "Liên hệ điểm tiếp nhận hồ sơ tại địa phương để được hướng dẫn.",
                                                                          "Mọi thắc mắc liên hệ trực tiếp Phòng Nội vụ cấp huyện."]),
                      length="medium", channel=channel), channel
    country, scheme, sectors, pay_fmt, pays, term, prep = rng.choice(LEGAL_PROGRAMS)
    sector = rng.choice(sectors)
    firm = rng.choice(LEGAL_FIRM_NAMES)
    lic = f"{rng.randint(101, 499)}/LĐTBXH-GP"
    pay = rng.choice(pay_fmt).format(y=f"{rng.choice(pays):,}".replace(",", "."))
    n = rng.choice([10, 12, 15, 18, 20, 24, 30, 40])
    title = rng.choice([f"Tuyển {n} {scheme} ngành {sector} - {country}", f"Đơn hàng {country} ngành {sector}",
                        f"{country}: tuyển lao động ngành {sector}", f"Tuyển dụng đi {country} - {scheme}, ngành {sector}"])
    lines = [f"Đơn vị phái cử: Công ty CP {firm} - Giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài số {lic}",
             f"Số lượng: {n}, tuổi {rng.choice(['18 - 30', '20 - 35', '18 - 35', '21 - 32'])}", f"Thu nhập: {pay}", f"Thời hạn: {term}",
             f"Điều kiện: {prep}"]
    lines += pick(rng, ["Chi phí theo đúng mức trần quy định, ghi rõ trong hợp đồng dịch vụ",
                        "Chỉ nộp tiền sau khi ký hợp đồng, nộp vào tài khoản công ty, có hóa đơn",
                        "Thi tuyển trực tiếp với đại diện chủ sử dụng tại trụ sở công ty",
                        "Hợp đồng lao động song ngữ, được cơ quan có thẩm quyền xác nhận",
                        "Học định hướng bắt buộc trước khi xuất cảnh",
                        "Thời gian chuẩn bị hồ sơ, visa dự kiến 5-8 tháng",
                        "Tra cứu giấy phép của công ty trên cổng thông tin Cục Quản lý lao động ngoài nước",
                        "Không thu tiền cọc giữ chỗ, không nhận tiền qua tài khoản cá nhân",
                        "Khám sức khỏe tại cơ sở y tế được chỉ định"], rng.randint(2, 4))
    contact = rng.choice([f"Tư vấn trực tiếp tại văn phòng công ty, {_addr(rng, rng.choice(['Nam Từ Liêm, Hà Nội', 'Cầu Giấy, Hà Nội', 'Q. Tân Bình, TP.HCM', 'TP Vinh, Nghệ An']))}",
                          f"Hotline tư vấn: {phone(rng)} (giờ hành chính)", f"Zalo tư vấn viên: {phone(rng)} - tư vấn miễn phí, không thu phí qua Zalo",
                          "Đăng ký tư vấn trên website công ty, cán bộ sẽ hẹn lịch gặp tại văn phòng"])
    length = choose_length(rng, channel, p_long=0.5) if channel != "news" else "medium"
    if length == "short":
        sms = f"{title}: {firm} (GP số {lic}), {pay}, {term}, chi phí theo quy định, có hợp đồng. {contact}"
        return render(rng, title=title, lines=[], contact=contact, length="short", channel=channel, sms_line=sms), channel
    if length == "long":
        lines += pick(rng, [f"Công việc: làm việc tại nhà máy ngành {sector}, 8 tiếng/ngày, 5 ngày/tuần",
                            "Chủ sử dụng đóng bảo hiểm theo luật nước tiếp nhận", "Ký túc xá gần nhà máy, chi phí theo hợp đồng",
                            "Yêu cầu: không có tiền án tiền sự, không mắc bệnh truyền nhiễm", "Hồ sơ: sơ yếu lý lịch có xác nhận địa phương, bằng tốt nghiệp, CCCD",
                            "Người lao động được hỗ trợ vay vốn qua ngân hàng chính sách (nếu đủ điều kiện)", "Có quỹ hỗ trợ việc làm ngoài nước theo quy định"], rng.randint(3, 5))
    return render(rng, title=title, lines=lines, contact=contact, closing="", hashtags=HASHTAGS_JOB, length=length, channel=channel), channel


def quoted_lure(rng):
    """A short lure snippet, to be QUOTED inside warnings and news."""
    if rng.random() < 0.55:
        role, _ = rng.choice(ABROAD_ROLES)
        place, country = rng.choice(ABROAD_PLACES)
        bits = [f"tuyển {role} tại {place}", _abroad_salary(rng).lower()] + [p.lower().format(d=3, m=5) for p in pick(rng, ABROAD_PERKS, 2)]
        return ", ".join(bits), country
    task, pay, plats = rng.choice(TASK_TYPES)
    task = task.format(p=rng.choice(plats) if plats else None)
    pay = pay.format(k=rng.choice([10, 20, 30]), c=rng.choice([10, 15, 20]))
    bits = [f"tuyển CTV {task}", pay, rng.choice(["chỉ cần điện thoại", "làm tại nhà", "rút tiền ngay", "không cần vốn"])]
    return ", ".join(bits), None


def legit_warning(rng):
    q, country = quoted_lure(rng)
    src = rng.choice(WARN_SOURCES)
    channel = rng.choices(["facebook", "news", "website", "zalo", "sms", "telegram", "tiktok"], [36, 12, 10, 10, 12, 10, 10])[0]
    opening = rng.choice(WARN_OPEN).format(q=q, src=src)
    expl = rng.choice(WARN_EXPLAIN_ABROAD).format(c=country) if country else rng.choice(WARN_EXPLAIN_TASK)
    adv = pick(rng, WARN_ADVICE, rng.randint(3, 4))
    length = choose_length(rng, channel, p_long=0.5)
    if length == "short":
        text = f"{opening} {rng.choice([expl, adv[0]])}"
        if channel == "sms" and rng.random() < 0.5:
            text = strip_diacritics(text)
        return re.sub(r"\s+", " ", text), channel
    lines = [expl] + adv
    if length == "long":
        lines += pick(rng, ["Các đối tượng thường dùng tài khoản Zalo, Telegram mới lập, ảnh đại diện lấy trên mạng.",
                            "Đã có nhiều trường hợp gia đình phải nộp tiền chuộc nhưng người thân vẫn chưa được về.",
                            "Người trẻ 18-35 tuổi, đang thất nghiệp là đối tượng bị nhắm tới nhiều nhất.",
                            "Cẩn trọng với các nhóm tự xưng \"nhận giải cứu\" rồi yêu cầu đặt cọc.",
                            "Hãy chia sẻ thông tin này đến người thân, bạn bè.",
                            "Lưu lại toàn bộ tin nhắn, số điện thoại, tài khoản của người tuyển để cung cấp cho cơ quan chức năng."], rng.randint(4, 6))
    return render(rng, title=opening, lines=lines, contact=rng.choice([f"Nguồn: {src}", f"{src} thông tin.", "Hãy chia sẻ để mọi người cùng biết 🙏", ""]),
                  hashtags=["#canhgiac", "#luadao", "#phongchongmuabannguoi", "#canhbao", "#vieclam"], length=length, channel=channel), channel


def legit_news(rng):
    q, country = quoted_lure(rng)
    ag = rng.choice(NEWS_AGENCIES)
    if country:
        body = rng.choice(NEWS_EVENTS).format(n=rng.randint(3, 40), n2=rng.randint(2, 8), c=country, q=q)
    else:
        body = rng.choice(NEWS_TASK).format(m=rng.randint(50, 900), n=rng.randint(2, 30), q=q)
    text = f"{ag} {body}"
    tail = pick(rng, ["Cơ quan chức năng khuyến cáo người dân không tin vào các lời mời việc nhẹ, lương cao trên mạng.",
                      "Vụ việc đang được tiếp tục điều tra, mở rộng.",
                      "Người dân khi phát hiện dấu hiệu mua bán người có thể gọi Tổng đài quốc gia 111.",
                      "Các nạn nhân đã được hỗ trợ đưa về địa phương, tư vấn tâm lý.",
                      "Công an đề nghị ai là bị hại liên hệ cơ quan điều tra để được giải quyết."], rng.randint(1, 2))
    channel = rng.choices(["news", "website", "facebook", "telegram"], [55, 20, 20, 5])[0]
    return text + " " + " ".join(tail), channel


LEGIT_BUILDERS = {
    "local_job": lambda rng: legit_local(rng),
    "urgent_hiring": lambda rng: legit_local(rng, urgent=True),
    "chat_app_contact": lambda rng: legit_local(rng, chat_app=True),
    "customer_service_local": legit_cs,
    "skilled_well_paid": legit_skilled,
    "legal_abroad": legit_abroad,
    "ngo_warning": legit_warning,
    "news": legit_news,
}
LURE_BUILDERS = {"compound_abroad": lure_compound, "task_scam": lure_task}


# ------------------------------------------------------------------ assembly

def handwritten(label: str):
    out = []
    for r in HAND:
        if r["label"] != label:
            continue
        text = strip_diacritics(r["text"]) if r.get("no_diacritics") else r["text"]
        assert r["channel"] in CHANNELS, r
        out.append((text, r["kind"], r["channel"]))
    return out


def style(text, rng, channel):
    if rng.random() < P_TEENCODE:
        text = teencode(text, rng)
    if rng.random() < P_NO_DIACRITICS:
        text = strip_diacritics(text)
    return text


def build():
    rng = random.Random(SEED)
    records = []
    seen = set()

    def add(text, label, kind, channel, origin):
        text = text.strip()
        if not text or text in seen:
            return False
        seen.add(text)
        records.append({"text": text, "lang": "vi", "label": label, "kind": kind, "channel": channel, "origin": origin})
        return True

    for text, kind, channel in handwritten("lure"):
        assert kind in LURE_BUILDERS, kind
        assert add(text, "lure", kind, channel, "handwritten"), text[:60]
    for text, kind, channel in handwritten("legit"):
        assert kind in LEGIT_BUILDERS, kind
        assert add(text, "legit", kind, channel, "handwritten"), text[:60]

    for kind, n in N_TEMPLATED_LURE.items():
        made = 0
        while made < n:
            text, channel = LURE_BUILDERS[kind](rng)
            made += add(style(text, rng, channel), "lure", kind, channel, "templated")
    for kind, n in N_TEMPLATED_LEGIT.items():
        made = 0
        while made < n:
            text, channel = LEGIT_BUILDERS[kind](rng)
            made += add(style(text, rng, channel), "legit", kind, channel, "templated")

    for i, r in enumerate(records, 1):
        r_id = f"own-vi-{i:04d}"
        records[i - 1] = {"id": r_id, **r}
    return records
