#!/usr/bin/env python3
"""Build LureCheck's own labelled Vietnamese training corpus: data/train/vi.jsonl.

Everything in this file was written for the project; nothing is copied from
shared/data/real. All phone numbers, Zalo numbers, Telegram handles, links,
company names and licence numbers are fictional.

Two parts:
  * HANDWRITTEN_LURE / HANDWRITTEN_LEGIT: individually written records
    (origin "handwritten"). Blocks start with "@@ KIND CHANNEL [nd]"; "nd" means
    the record is stored without Vietnamese diacritics (as many real posts are).
  * A deterministic template generator (origin "templated") that combines many
    handwritten fragments. Lures and legit ads share ONE renderer (same emoji,
    hashtags, teencode, no-diacritics rate, lengths), so that style alone does not
    separate the classes; only the content (scam signals) does.

Usage:  python data/generators/vi.py            (writes data/train/vi.jsonl)
        python data/generators/vi.py --out PATH
"""
from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from pathlib import Path

SEED = 20240607
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

CHANNELS = ["facebook", "telegram", "zalo", "sms", "jobboard", "tiktok", "news", "website"]


# --------------------------------------------------------------------------- utils

def strip_diacritics(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", text)
    out = "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", out)


TEEN_SUBS = [
    (r"\bkhông\b", ["ko", "k", "hông", "không"]),
    (r"\bKhông\b", ["Ko", "K", "Không"]),
    (r"\binbox\b", ["ib", "inb", "inbox"]),
    (r"\bsố điện thoại\b", ["sđt", "sdt", "số đt"]),
    (r"\bđược\b", ["đc", "dc", "được"]),
    (r"\bnhé\b", ["nha", "nhaa", "nhé", "nhá"]),
    (r"\bkinh nghiệm\b", ["KN", "kinh nghiệm", "kn"]),
    (r"\btriệu\b", ["tr", "triệu", "củ"]),
    (r"\bmình\b", ["mk", "mình"]),
    (r"\bvới\b", ["vs", "với"]),
    (r"\bbạn\b", ["bạn", "b", "bn"]),
    (r"\bcông việc\b", ["job", "công việc", "cv"]),
    (r"\blương\b", ["lương", "salary", "lương"]),
]


def teencode(text: str, rng: random.Random) -> str:
    for pat, choices in TEEN_SUBS:
        if rng.random() < 0.6:
            text = re.sub(pat, lambda m: rng.choice(choices), text)
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

BULLETS = ["✅", "👉", "▪️", "🔹", "📌", "✔️", "-", "•", "+", "🔸", "⭐", "💥"]
TITLE_DECOR = [("🔥", "🔥"), ("📢", ""), ("‼️", "‼️"), ("🆘", ""), ("", ""), ("[", "]"), ("⚡", "⚡"),
               ("🌟", "🌟"), ("📣", ""), ("💼", ""), ("🎯", ""), ("", " 👇")]
FIELD_EMOJI = {"place": ["📍", "🏢", "🗺️", "Địa điểm:"], "pay": ["💰", "💵", "💸", "Lương:"],
               "time": ["⏰", "🕗", "Thời gian:"], "contact": ["☎️", "📞", "📲", "👉", "Liên hệ:"]}


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


HASHTAGS_JOB = ["#tuyendung", "#vieclam", "#timviec", "#vieclamhcm", "#vieclamhanoi", "#jobs", "#hiring",
                "#tuyengap", "#luongcao", "#vieclamonline", "#parttime", "#ctv", "#vieclamtainha",
                "#xuatkhaulaodong", "#vieclamnuocngoai", "#fulltime", "#tuyendungdanang"]


# ------------------------------------------------------------------ lure fragments

ABROAD_ROLES = [
    ("nhân viên chăm sóc khách hàng", "trả lời tin nhắn, tư vấn khách qua mạng"),
    ("CSKH online", "chat với khách trên web và app của công ty"),
    ("nhân viên nhập liệu", "nhập dữ liệu, đánh máy văn bản theo mẫu"),
    ("nhân viên đánh máy", "gõ văn bản, sao chép nội dung theo mẫu có sẵn"),
    ("telesale", "gọi điện, nhắn tin tư vấn khách theo data có sẵn"),
    ("nhân viên marketing online", "chạy quảng cáo, tìm khách qua Facebook, Zalo, Telegram"),
    ("phiên dịch tiếng Trung", "dịch tin nhắn và hỗ trợ quản lý người Trung Quốc"),
    ("phiên dịch tiếng Anh", "dịch tin nhắn cho khách quốc tế"),
    ("lễ tân khách sạn - casino", "đón khách, kiểm tra phiếu chi, hỗ trợ khách"),
    ("nhân viên sale crypto", "tư vấn khách đầu tư tiền số qua mạng xã hội"),
    ("kỹ thuật viên IT", "cài đặt máy tính, hỗ trợ mạng nội bộ"),
    ("trợ lý văn phòng", "sắp xếp giấy tờ, nhắn tin với đối tác"),
    ("nhân viên trực page", "trực fanpage, trả lời inbox, chốt khách"),
    ("chuyên viên tư vấn đầu tư", "kết bạn, trò chuyện với khách theo kịch bản công ty cấp"),
    ("dealer", "chia bài, hỗ trợ bàn chơi cho khách"),
    ("kế toán nội bộ", "ghi sổ thu chi, đối soát phiếu chi"),
    ("content moderator", "kiểm duyệt nội dung, trả lời bình luận"),
    ("người mẫu livestream", "livestream giới thiệu sản phẩm"),
    ("tester game", "chơi thử game và báo lỗi"),
    ("quản lý nhóm chat", "quản lý các nhóm khách hàng trên Telegram"),
    ("nhân viên hỗ trợ kỹ thuật", "hướng dẫn khách dùng app, xử lý lỗi đăng nhập"),
    ("nhân viên xử lý dữ liệu", "lọc data khách hàng, cập nhật file Excel"),
]
ABROAD_PLACES = [
    ("Phnom Penh", "Campuchia"), ("Sihanoukville", "Campuchia"), ("Bavet", "Campuchia"),
    ("Poipet", "Campuchia"), ("Kampot", "Campuchia"), ("Xi-ha-núc-vin", "Campuchia"),
    ("Myawaddy", "Myanmar"), ("Tachileik", "Myanmar"), ("bang Shan", "Myanmar"),
    ("đặc khu Tam Giác Vàng", "Lào"), ("Bokeo", "Lào"), ("Viêng Chăn", "Lào"),
    ("Dubai", "UAE"), ("Bangkok", "Thái Lan"), ("Mae Sot", "Thái Lan"),
    ("Manila", "Philippines"), ("Pampanga", "Philippines"), ("Pasay", "Philippines"),
]
ABROAD_REQ = [
    "Không cần kinh nghiệm, có đào tạo từ đầu", "Không yêu cầu bằng cấp", "Chỉ cần biết đánh máy",
    "Nam nữ 18 - 35 tuổi", "Biết dùng máy tính, điện thoại cơ bản", "Không cần ngoại ngữ, có phần mềm dịch",
    "Chưa có hộ chiếu bên em hỗ trợ làm nhanh", "Ưu tiên bạn đi được ngay", "Không cần CV, chỉ cần CCCD",
    "Sức khỏe tốt, chịu được áp lực", "Đánh máy 30 từ/phút trở lên", "Nhận cả người chưa từng đi làm",
    "Biết tiếng Trung cơ bản là lợi thế, không biết vẫn nhận",
]
ABROAD_PERKS = [
    "Bao vé máy bay", "Bao ăn 3 bữa, ở ký túc xá máy lạnh", "Công ty lo visa, giấy tờ",
    "Xuất cảnh nhanh trong {d} ngày", "Ứng trước {m} triệu gửi về gia đình", "Xe đón tận nhà",
    "Có người đón tại sân bay", "Chi phí đi lại công ty ứng trước, trừ dần vào lương",
    "Làm 12 tiếng/ngày, nghỉ 4 ngày/tháng", "Thưởng nóng theo tuần", "Đi đường bộ qua cửa khẩu, có người dẫn",
    "Qua tới nơi mới ký hợp đồng", "Ở căn hộ có hồ bơi, phòng gym", "Bao ăn ở, wifi miễn phí",
    "Không mất bất kỳ chi phí nào", "Đi bằng visa du lịch, qua bên đó công ty đổi visa",
    "Hợp đồng 6 tháng, gia hạn được", "Phỏng vấn online, có kết quả trong ngày",
]
ABROAD_TITLES = [
    "Tuyển gấp {n} {role} làm việc tại {place}",
    "[{place_up}] Tuyển {role}",
    "Cần tuyển {n} bạn nam nữ làm {role} tại {place}",
    "Job mới: {role} - {place} ({country})",
    "Tuyển dụng {role} ({place}, {country})",
    "Bên em đang cần {n} bạn {role} làm tại {place}",
    "Việc làm {country} lương cao cho người chưa có kinh nghiệm",
    "Ai cần việc ib em, {role} tại {place}",
    "Cơ hội việc làm quốc tế: {role} tại {country}",
    "Tuyển {role} - làm việc tại {country}",
    "Công ty tại {place} tuyển {n} {role}",
    "Việc văn phòng tại {country}, thu nhập ngàn đô",
]
ABROAD_CONTACT = [
    "Ib Telegram {tg} để được tư vấn", "Liên hệ Zalo {ph} ({who})", "Nhắn {tg} để giữ suất",
    "Gọi/Zalo: {ph}", "Inbox em hoặc để lại sđt dưới bình luận", "Comment \"ib\" em nhắn liền",
    "Join nhóm t.me/{grp} để nhận job", "LH {who}: {ph}", "Gửi ảnh CCCD 2 mặt qua Zalo {ph} để làm hồ sơ",
    "DM {tg}", "Để lại họ tên + năm sinh, bên em gọi lại trong 24h",
]
ABROAD_CLOSING = ["Số lượng có hạn, ib sớm!", "Ai cần việc thật sự thì liên hệ.", "Không mất phí, không qua trung gian.",
                  "Uy tín, có người đi trước về làm chứng.", "Không phải việc nhẹ lương cao đâu, làm thật ăn thật nha.",
                  "Tháng này chỉ nhận {n} người.", "Đi ngay trong tuần!", "", "", "Công ty làm ăn đàng hoàng, lương trả đúng hạn."]
TG_STEMS = ["tuyendung", "hr_team", "job_vip", "vieclam", "cskh_job", "hr_office", "recruit_vn", "hr_asia",
            "viec_ngon", "job_247", "tuyen_nv", "hr_global", "work_abroad", "hotro_tuyendung", "admin_job",
            "letan_job", "nhansu_vn", "team_hr", "jobhot", "thuky_tuyendung"]


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


SHOPS = ["Shopee", "Lazada", "TikTok Shop", "Tiki", "sàn TMĐT"]
VIDEO = ["TikTok", "YouTube", "Facebook"]
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
TASK_MECH = [
    "Nhiệm vụ trả trước: nạp {a}k, nhận lại {b}k sau 10 phút",
    "Nạp tiền nhận đơn, hệ thống hoàn gốc + {c}% hoa hồng",
    "Cấp VIP nạp càng nhiều hoa hồng càng cao ({c}-{c2}%)",
    "Đăng ký tài khoản nhận ngay {k}k vào ví",
    "Phí kích hoạt tài khoản {a}k, hoàn lại sau tháng đầu",
    "Cọc nguyên liệu {a}k, hoàn lại khi giao thành phẩm",
    "Hoàn thành đủ đơn mới được rút cả gốc lẫn lãi",
    "Làm xong 3 nhiệm vụ miễn phí sẽ được vào nhóm nhiệm vụ cao cấp",
    "Rút tiền tối thiểu 100k, về tài khoản trong 5 phút",
    "Ứng tiền mua đơn trước, shop hoàn 100% + {c}%",
]
TASK_REQ = ["Chỉ cần điện thoại có mạng", "Không cần kinh nghiệm", "Không cần vốn", "Trên 18 tuổi, có tài khoản ngân hàng chính chủ",
            "Làm mọi lúc mọi nơi, 1-2 tiếng/ngày", "Phù hợp mẹ bỉm, sinh viên, nội trợ", "Không cần ra khỏi nhà",
            "Không cọc, không phí đầu vào", "Biết dùng Zalo, Telegram là làm được", "Ai cũng làm được, kể cả người lớn tuổi"]
TASK_INCOME = ["Thu nhập {x}k - {y}/ngày", "Kiếm {x}k - {y} mỗi ngày tại nhà", "Lương {m1} - {m2} triệu/tháng, nhận tiền theo ngày",
               "Mỗi ngày 30 phút kiếm {x}k", "Thu nhập thụ động {x}k+/ngày", "Nhận tiền ngay sau mỗi nhiệm vụ"]
TASK_TITLES = [
    "Tuyển CTV online làm tại nhà", "Việc làm thêm bằng điện thoại", "Tuyển {n} cộng tác viên làm nhiệm vụ {p}",
    "Cần gấp {n} bạn làm online", "Việc làm tại nhà cho mẹ bỉm, sinh viên", "Tuyển trợ lý online part-time",
    "Job online thu nhập theo ngày", "Tuyển nhân viên trực page tại nhà", "Cơ hội kiếm tiền online",
    "Tuyển CTV {p} - hoa hồng cao", "Việc làm thêm buổi tối tại nhà", "Tuyển {n} người làm việc online tại nhà",
]
TASK_CONTACT = ["Kết bạn Zalo {ph} để nhận việc", "Ib em hướng dẫn chi tiết", "Nhắn {tg} để vào nhóm nhiệm vụ",
                "Liên hệ {who} qua Zalo {ph}", "Comment \"nhận việc\" em gửi link nhóm", "Tham gia t.me/{grp}",
                "Đăng ký tại {dom}", "Thêm Telegram {tg} (thư ký nhóm)", "Nhắn tin page để được thêm vào nhóm",
                "Zalo: {ph}"]
TASK_CLOSING = ["Uy tín, rút tiền nhanh!", "Số lượng có hạn!", "Làm thật nhận tiền thật.", "Đã có hàng nghìn thành viên rút tiền thành công.",
                "Không lừa đảo, không ép buộc.", "", "", "Ai siêng năng thì ib."]
TASK_TG = ["thuky_nhiemvu", "letan_ctv", "nhiemvu_vip", "ctv_online", "hotro_donhang", "admin_nhiemvu", "team_ctv", "cskh_san", "troly_online"]


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

VN_PLACES = ["Q.1, TP.HCM", "Q.3, TP.HCM", "Q. Bình Thạnh, TP.HCM", "Q. Tân Bình, TP.HCM", "Q. Gò Vấp, TP.HCM", "TP Thủ Đức",
             "Q.7, TP.HCM", "Cầu Giấy, Hà Nội", "Đống Đa, Hà Nội", "Hà Đông, Hà Nội", "Long Biên, Hà Nội", "Thanh Xuân, Hà Nội",
             "Hải Châu, Đà Nẵng", "Sơn Trà, Đà Nẵng", "Ninh Kiều, Cần Thơ", "TP Thủ Dầu Một, Bình Dương", "Dĩ An, Bình Dương",
             "Biên Hòa, Đồng Nai", "TP Bắc Ninh", "Lê Chân, Hải Phòng", "TP Vinh, Nghệ An", "TP Huế", "Nha Trang, Khánh Hòa",
             "TP Vũng Tàu", "TP Thái Nguyên", "KCN VSIP, Bình Dương", "KCN Quế Võ, Bắc Ninh", "KCN Tân Tạo, TP.HCM",
             "KCN Nhơn Trạch, Đồng Nai", "TP Quy Nhơn", "TP Buôn Ma Thuột", "Đà Lạt, Lâm Đồng"]
STREETS = ["Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Nguyễn Văn Linh", "Phạm Văn Đồng", "Lê Duẩn", "Quang Trung",
           "Cách Mạng Tháng 8", "Võ Văn Tần", "Hoàng Hoa Thám", "Trần Phú", "Nguyễn Huệ", "Lý Thường Kiệt", "Điện Biên Phủ"]
LOCAL_ROLES = [
    ("phục vụ nhà hàng", (5, 8), ["quán", "nhà hàng"], "ca sáng/ca tối, 8 tiếng"),
    ("pha chế", (5, 8), ["quán cafe", "quán trà sữa"], "ca xoay 4-8 tiếng"),
    ("thu ngân", (6, 8), ["siêu thị mini", "cửa hàng tiện lợi", "nhà sách"], "xoay ca"),
    ("nhân viên bán hàng", (6, 9), ["shop thời trang", "cửa hàng điện thoại", "shop mỹ phẩm", "cửa hàng điện máy"], "ca 8 tiếng"),
    ("công nhân may", (8, 12), ["công ty may"], "giờ hành chính + tăng ca"),
    ("công nhân lắp ráp điện tử", (8, 11), ["công ty điện tử"], "3 ca"),
    ("nhân viên kho", (8, 10), ["trung tâm phân phối", "công ty logistics"], "8h-17h"),
    ("tài xế xe tải", (11, 16), ["công ty vận tải", "cửa hàng vật liệu xây dựng"], "giờ hành chính"),
    ("shipper", (8, 14), ["bưu cục", "cửa hàng"], "tự chọn ca"),
    ("bảo vệ", (7, 9), ["công ty dịch vụ bảo vệ", "tòa nhà văn phòng"], "ca 12 tiếng"),
    ("tạp vụ", (5, 7), ["công ty vệ sinh công nghiệp", "trường học"], "giờ hành chính"),
    ("kế toán", (10, 15), ["công ty TNHH", "công ty CP thương mại"], "8h-17h thứ 2 - thứ 7"),
    ("lễ tân", (7, 10), ["khách sạn", "phòng khám", "trung tâm ngoại ngữ"], "xoay ca"),
    ("phụ bếp", (6, 8), ["nhà hàng", "bếp ăn công nghiệp"], "ca 8 tiếng"),
    ("thợ hàn", (10, 15), ["xưởng cơ khí"], "giờ hành chính"),
    ("nhân viên giao hàng", (8, 12), ["công ty nước giải khát", "đại lý gas"], "giờ hành chính"),
    ("nhân viên văn phòng", (8, 11), ["công ty TNHH", "văn phòng luật"], "8h-17h"),
    ("điều dưỡng", (9, 12), ["phòng khám đa khoa", "bệnh viện tư"], "xoay ca, có trực"),
    ("giáo viên mầm non", (7, 10), ["trường mầm non tư thục"], "giờ hành chính"),
    ("nhân viên chăm sóc cây xanh", (6, 8), ["công ty cảnh quan"], "giờ hành chính"),
    ("thợ điện", (10, 14), ["đội thi công điện nước"], "theo công trình"),
    ("nhân viên spa", (7, 12), ["spa", "thẩm mỹ viện"], "xoay ca"),
]
LOCAL_NAMES = ["Minh Phát", "Hoàng Long", "An Khang", "Phúc Lộc", "Thành Đạt", "Hưng Thịnh", "Tân Việt", "Bảo Anh", "Đông Á",
               "Sao Mai", "Hồng Hà", "Thiên Phú", "Gia Huy", "Việt Tiến", "Phương Nam", "Bình An", "Kim Ngân", "Nam Sơn",
               "Hải Đăng", "Trường Thịnh", "Lộc Phát", "Vạn Xuân", "Hòa Bình", "Nhật Minh"]
LOCAL_REQ = ["Không cần kinh nghiệm, được đào tạo", "Nam/nữ 18 - 40 tuổi", "Có kinh nghiệm là lợi thế", "Chăm chỉ, trung thực",
             "Tốt nghiệp THPT trở lên", "Có xe máy, điện thoại smartphone", "Ưu tiên ứng viên ở gần", "Có bằng lái phù hợp",
             "Tốt nghiệp CĐ/ĐH chuyên ngành liên quan", "Sức khỏe tốt", "Làm lâu dài", "Sinh viên có thể làm part-time"]
LOCAL_BEN = ["Đóng BHXH, BHYT đầy đủ", "Bao cơm trưa", "Thưởng lễ Tết, lương tháng 13", "Nghỉ 4 ngày/tháng", "Phụ cấp xăng xe, gửi xe",
             "Tăng lương theo năng lực", "Có chỗ ở cho nhân viên ở xa", "Thưởng chuyên cần 300k - 500k", "Xe đưa đón công nhân",
             "Được đào tạo có lương", "Môi trường thân thiện", "Du lịch hằng năm", "Khám sức khỏe định kỳ", "Có ký túc xá miễn phí"]
LEGIT_TITLES = ["{biz} {name} tuyển {role}", "Tuyển {n} {role} - {place}", "[{place}] Cần tuyển {role}", "Tuyển dụng {role}",
                "{biz} cần tuyển {n} {role}", "Việc làm {place}: {role}", "Cần người làm {role}", "Tuyển {role} làm lâu dài"]


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


CS_COMPANIES = ["tổng đài viễn thông", "ngân hàng thương mại", "sàn thương mại điện tử", "công ty bảo hiểm", "hãng điện máy",
                "công ty chuyển phát", "chuỗi mỹ phẩm", "hãng xe máy", "ví điện tử", "công ty du lịch", "chuỗi nhà thuốc",
                "trung tâm anh ngữ", "hãng hàng không nội địa (qua công ty cung ứng)", "công ty internet cáp quang"]
CS_ROLES = ["nhân viên chăm sóc khách hàng", "CSKH tổng đài", "CSKH online (trực chat)", "nhân viên telesale", "tư vấn viên hotline",
            "nhân viên hỗ trợ khách hàng", "giao dịch viên", "nhân viên CSKH tiếng Anh", "nhân viên xử lý khiếu nại"]


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


SKILLED = [
    ("Senior Backend Developer (Java/Go)", "5+ năm KN", "usd", (2500, 4500)), ("Senior Frontend (ReactJS)", "4+ năm KN", "usd", (2000, 3500)),
    ("DevOps Engineer (AWS, K8s)", "4+ năm KN", "usd", (2500, 4000)), ("Data Engineer", "3+ năm KN Spark/Airflow", "tr", (40, 70)),
    ("Tech Lead .NET", "8+ năm KN, từng lead team", "tr", (60, 90)), ("Bridge SE tiếng Nhật", "N2, 3 năm KN offshore", "usd", (1800, 2800)),
    ("Bác sĩ nội khoa", "CK I trở lên, chứng chỉ hành nghề", "tr", (40, 70)), ("Bác sĩ Răng Hàm Mặt", "3 năm KN, chứng chỉ hành nghề", "tr", (35, 80)),
    ("Kỹ sư kết cấu", "5 năm KN, thành thạo Etabs/SAP", "tr", (25, 40)), ("Kỹ sư điện nhà máy", "5 năm KN, tiếng Anh tốt", "tr", (25, 35)),
    ("Kế toán trưởng", "CPA/ACCA là lợi thế, 7 năm KN", "tr", (35, 50)), ("Giám đốc kinh doanh vùng", "8 năm KN ngành FMCG", "tr", (50, 80)),
    ("Mobile Developer (Flutter/Swift)", "3+ năm KN", "tr", (30, 50)), ("AI/ML Engineer", "3+ năm, từng deploy model production", "usd", (3000, 5000)),
    ("Trưởng phòng QA/QC nhà máy", "8 năm KN GMP", "tr", (45, 65)), ("Kiến trúc sư chủ trì", "7 năm KN, thành thạo Revit", "tr", (35, 50)),
    ("Security Engineer (pentest)", "OSCP, 3 năm KN", "usd", (2500, 4000)), ("Dược sĩ phụ trách chuyên môn", "chứng chỉ hành nghề dược", "tr", (18, 28)),
    ("Product Manager", "5 năm KN sản phẩm số", "usd", (3000, 4500)), ("Kỹ sư thiết kế vi mạch", "2-5 năm KN", "tr", (40, 80)),
]
SKILLED_PERKS = ["Tháng lương 13, thưởng hiệu suất", "Bảo hiểm sức khỏe cao cấp cho cả gia đình", "Hybrid 2-3 ngày WFH", "15 ngày phép/năm",
                 "ESOP cho vị trí senior", "Review lương 2 lần/năm", "HĐLĐ chính thức, đóng BHXH trên full lương",
                 "Laptop MacBook Pro", "Ngân sách đào tạo, chứng chỉ", "Xe đưa đón từ trung tâm thành phố", "Hỗ trợ nhà ở cho người ngoại tỉnh"]


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


LEGAL_PROGRAMS = [
    ("Nhật Bản", "thực tập sinh kỹ năng", ["chế biến thực phẩm", "cơ khí", "xây dựng", "đóng gói công nghiệp", "điện tử", "nông nghiệp", "may mặc"],
     ["{y} yên/tháng (chưa tăng ca)"], [160000, 170000, 180000, 190000], "3 năm", "học tiếng Nhật 4-6 tháng tại trung tâm của công ty"),
    ("Nhật Bản", "kỹ năng đặc định (Tokutei)", ["nhà hàng", "điều dưỡng", "chế biến thực phẩm", "vệ sinh tòa nhà"],
     ["{y} yên/tháng"], [190000, 200000, 210000, 220000], "hợp đồng 1-5 năm", "đã đỗ kỳ thi kỹ năng và tiếng Nhật"),
    ("Đài Loan", "lao động theo hợp đồng", ["điện tử", "dệt may", "cơ khí", "chế biến thực phẩm"],
     ["lương cơ bản {y} Đài tệ/tháng + tăng ca"], [27470, 28590], "3 năm", "kiểm tra tay nghề trước khi thi tuyển"),
    ("Đức", "học nghề điều dưỡng", ["điều dưỡng", "chăm sóc người cao tuổi"],
     ["trợ cấp học nghề {y} EUR/tháng"], [1100, 1200, 1300], "3 năm học nghề", "học tiếng Đức đến B1 tại Việt Nam"),
    ("Hungary", "lao động theo hợp đồng", ["hàn", "lắp ráp ô tô", "vận hành máy CNC"],
     ["{y} EUR/tháng"], [1000, 1100, 1200, 1400], "2 năm", "kiểm tra tay nghề trực tiếp"),
]
LEGAL_FIRM_NAMES = ["Nhân lực Quốc tế Đông Phong", "Cung ứng Nhân lực Hải Đăng", "Hợp tác Lao động Nam Việt", "Nhân lực Bình Minh",
                    "Thương mại và Nhân lực Phú Gia", "Phát triển Nguồn lực Sao Việt", "Nhân lực Đại Việt", "Xuất khẩu lao động Thành Công",
                    "Hợp tác Quốc tế Hà Thành", "Nhân lực Tân Thế Kỷ", "Dịch vụ Lao động Việt Phúc", "Nguồn nhân lực Á Châu"]


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


WARN_SOURCES = ["Công an tỉnh", "Công an phường", "Công an TP", "Phòng Cảnh sát hình sự", "Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ huyện",
                "UBND xã", "Nhà trường", "Nhóm tình nguyện chống lừa đảo", "Trung tâm Công tác xã hội", "Tổ chức phòng chống mua bán người",
                "Bộ đội Biên phòng tỉnh", "Ngân hàng (thông báo tới khách hàng)", "Trang thông tin cảnh báo lừa đảo"]
WARN_OPEN = ["⚠️ CẢNH BÁO: xuất hiện tin tuyển dụng \"{q}\".", "Cảnh giác với chiêu \"{q}\"!", "{src} cảnh báo thủ đoạn: \"{q}\".",
             "Nếu bạn thấy bài đăng kiểu \"{q}\" thì hãy dừng lại.", "Mẫu tin lừa đảo đang lan truyền: \"{q}\".",
             "Đừng tin những lời mời như \"{q}\"."]
WARN_EXPLAIN_ABROAD = ["Nhiều nạn nhân sang đến {c} bị thu hộ chiếu, điện thoại, bị ép làm việc lừa đảo qua mạng.",
                       "Thực chất là đưa người sang các cơ sở lừa đảo trực tuyến, nạn nhân bị giam giữ, bị bán qua lại.",
                       "Khoản \"ứng trước\" chi phí sau đó bị biến thành món nợ khiến nạn nhân không thể về.",
                       "Người bị lừa có thể bị đánh đập nếu không đạt chỉ tiêu, gia đình bị đòi tiền chuộc."]
WARN_EXPLAIN_TASK = ["Ban đầu đối tượng trả vài chục nghìn để tạo lòng tin, sau đó yêu cầu nạp tiền \"nhiệm vụ trả trước\" rồi chiếm đoạt.",
                     "Không có công việc thật nào bắt người lao động nạp tiền để được nhận lương.",
                     "Khi số tiền nạp đủ lớn, đối tượng báo \"sai thao tác\", \"tài khoản bị khóa\" và yêu cầu nạp thêm."]
WARN_ADVICE = ["Chỉ đi làm việc ở nước ngoài qua doanh nghiệp có giấy phép, có hợp đồng.",
               "Kiểm tra doanh nghiệp trên cổng thông tin của Cục Quản lý lao động ngoài nước.",
               "Không cung cấp CCCD, hộ chiếu, tài khoản ngân hàng cho người lạ.",
               "Không chuyển tiền để \"nhận việc\", \"mở khóa tài khoản\".",
               "Báo ngay cho Công an nơi gần nhất hoặc gọi Tổng đài quốc gia 111 khi phát hiện dấu hiệu mua bán người.",
               "Gặp tin nhắn, cuộc gọi lừa đảo, phản ánh qua tổng đài 156 hoặc tin nhắn 5656.",
               "Trao đổi với gia đình trước khi nhận lời đi làm xa.",
               "Hỏi rõ tên công ty, mã số doanh nghiệp, địa chỉ, hợp đồng; nếu người tuyển né tránh thì đó là dấu hiệu lừa đảo."]


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


NEWS_AGENCIES = ["Công an tỉnh Tây Ninh", "Công an tỉnh An Giang", "Bộ đội Biên phòng tỉnh Long An", "Công an TP Hà Nội", "Công an tỉnh Nghệ An",
                 "Công an tỉnh Quảng Trị", "Công an tỉnh Lạng Sơn", "Cơ quan CSĐT Công an tỉnh Kiên Giang", "Công an tỉnh Gia Lai",
                 "Đồn Biên phòng cửa khẩu", "Công an tỉnh Thanh Hóa", "Công an tỉnh Sóc Trăng"]
NEWS_EVENTS = [
    "vừa tiếp nhận {n} công dân Việt Nam do phía {c} bàn giao. Những người này cho biết bị dụ dỗ với lời hứa \"{q}\".",
    "đã khởi tố {n2} đối tượng trong đường dây đưa người sang {c}. Nhóm này đăng tin \"{q}\" trên mạng xã hội để tuyển người.",
    "đã ngăn chặn {n} người đang tìm cách xuất cảnh trái phép sang {c} sau khi nhận lời mời \"{q}\".",
    "phối hợp giải cứu {n} nạn nhân bị giữ tại một khu phức hợp ở {c}. Các nạn nhân khai đã tin vào tin tuyển dụng \"{q}\".",
]
NEWS_TASK = [
    "đang điều tra vụ một người phụ nữ bị chiếm đoạt {m} triệu đồng sau khi tham gia \"{q}\".",
    "cho biết đã tiếp nhận hơn {n}0 đơn trình báo liên quan thủ đoạn \"{q}\", tổng thiệt hại hàng tỷ đồng.",
    "đã triệt phá nhóm đối tượng lừa đảo qua hình thức \"{q}\", thu giữ nhiều điện thoại, sim rác.",
]


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

def parse_handwritten(blob: str):
    recs = []
    cur = None
    for line in blob.strip("\n").split("\n"):
        if line.startswith("@@ "):
            if cur:
                recs.append(cur)
            parts = line[3:].split()
            cur = {"kind": parts[0], "channel": parts[1], "nd": "nd" in parts[2:], "lines": []}
        else:
            cur["lines"].append(line)
    if cur:
        recs.append(cur)
    out = []
    for r in recs:
        text = "\n".join(r["lines"]).strip()
        if r["nd"]:
            text = strip_diacritics(text)
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

    for text, kind, channel in parse_handwritten(HANDWRITTEN_LURE):
        assert kind in LURE_BUILDERS, kind
        assert add(text, "lure", kind, channel, "handwritten"), text[:60]
    for text, kind, channel in parse_handwritten(HANDWRITTEN_LEGIT):
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "train" / "vi.jsonl"))
    args = ap.parse_args()
    recs = build()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {out}")


# ------------------------------------------------------------------ handwritten records
HANDWRITTEN_LURE = r'''
@@ compound_abroad facebook
🔥🔥 TUYỂN GẤP 15 BẠN NAM NỮ ĐI LÀM TẠI CAMPUCHIA 🔥🔥
📍 Địa điểm: Phnom Penh (ngay trung tâm, an ninh tốt)
💼 Vị trí: Nhân viên chăm sóc khách hàng online (trả lời tin nhắn, chat với khách)
💰 Lương cứng: 1000$ - 1500$/tháng + thưởng doanh số
✅ Không cần kinh nghiệm, có người kèm cặp từ đầu
✅ Chỉ cần biết đánh máy, dùng điện thoại, máy tính cơ bản
✅ Bao vé máy bay đi, bao ăn 3 bữa, bao ở ký túc xá có điều hòa, wifi
✅ Công ty lo toàn bộ giấy tờ, chưa có hộ chiếu bên em hỗ trợ làm nhanh
⏰ Làm 12 tiếng/ngày, nghỉ 4 ngày/tháng
📌 Yêu cầu: 18 - 35 tuổi, sức khỏe tốt
👉 Ai đi được ngay trong tuần inbox em hoặc nhắn Telegram @tuyendung_pp2024 để được tư vấn
#vieclam #campuchia #tuyendung #luongcao
@@ compound_abroad telegram
Tuyển 10 bạn CSKH tại Sihanoukville, lương 1200$, bao vé + ăn ở, không cần KN. Xuất cảnh trong 3 ngày. Ib @hr_sihanouk_88
@@ compound_abroad zalo
Chao ban, ben minh dang can gap nguoi lam nhap lieu tai Bavet (sat cua khau Moc Bai).
Luong 25-30tr/thang, bao an o, co xe dua don tu Tay Ninh qua.
Khong can bang cap, chi can danh may duoc 30 tu/phut.
Ban nao quan tam de lai sdt, minh goi tu van nhe.
@@ compound_abroad facebook
Công ty công nghệ tài chính tại Phnom Penh tuyển Chuyên viên hỗ trợ khách hàng tiếng Việt.
Thu nhập 1.200 USD/tháng, visa công tác do công ty làm, vé máy bay công ty chi trả.
Hợp đồng 6 tháng, có thể gia hạn.
Gửi họ tên + năm sinh + ảnh chân dung qua Telegram @fintech_hr_vn.
@@ compound_abroad tiktok
Job Dubai cho bạn nào muốn đổi đời 🇦🇪✈️ Sale online cho sàn đầu tư, lương cứng 2000$ + hoa hồng, bao vé bay, ở căn hộ. Ko cần tiếng Anh giỏi, có đào tạo kịch bản. Comment "DUBAI" hoặc ib mình nha
@@ compound_abroad facebook
Tuyển nhân viên marketing online làm việc tại Myawaddy (Myanmar), đi qua Mae Sot - Thái Lan, công ty đón tận sân bay Bangkok.
Lương 1500 - 2500 USD tùy năng lực.
Không cần kinh nghiệm, được đào tạo kịch bản chat với khách.
Zalo 0937 482 615 (Ms Hoa)
@@ compound_abroad telegram
[ĐẶC KHU KINH TẾ TAM GIÁC VÀNG - LÀO]
Tuyển trợ lý văn phòng, phiên dịch Trung - Việt.
Lương 30 - 45 triệu/tháng. Bao ăn ở, visa, vé xe khách từ Hà Nội.
Chưa biết tiếng Trung vẫn nhận, vừa học vừa làm.
LH: @tamgiacvang_job
@@ compound_abroad facebook
Tuyển lễ tân + nhân viên kiểm tra phiếu chi cho khách sạn casino tại Poipet. Lương 800$ - 1200$, bao ăn ở, tiền tip cao. Ưu tiên nữ 18-28 tuổi ngoại hình khá. Đi được ngay thì ib em, em hỗ trợ toàn bộ chi phí đi lại.
@@ compound_abroad sms
Cty tuyen NV van phong tai Campuchia luong 20-35tr, bao an o, di lai. LH 0868 215 749 gap C.Lan
@@ compound_abroad telegram
Đang cần gấp 5 bạn làm sale crypto (chăm khách qua Telegram, WhatsApp) tại Manila - Philippines.
Lương 1800$ + % hoa hồng không giới hạn.
Công ty chi trả vé máy bay và visa, ở căn hộ 4 người có hồ bơi.
Biết tiếng Anh cơ bản là được.
Nhắn @manila_sales_team
@@ compound_abroad zalo
Việc làm Thái Lan lương cao, bao đi bao về. Tuyển nhân viên chat online cho web bán hàng, 12 tiếng/ngày, lương 35 triệu. Đi đường bộ qua cửa khẩu, không cần visa lao động, chỉ cần hộ chiếu. Liên hệ zalo 0765 301 928.
@@ compound_abroad facebook
Mình chia sẻ thật lòng với mọi người 🙏
Năm ngoái mình thất nghiệp, nợ nần chồng chất, được người quen giới thiệu qua Campuchia làm CSKH cho công ty game.
Công việc chỉ là ngồi máy tính trả lời tin nhắn khách, có máy lạnh, có cơm 3 bữa.
Sau 6 tháng mình trả hết nợ, tháng nào cũng gửi về cho mẹ 20 củ.
Giờ công ty đang mở rộng, cần thêm 20 người nữa.
Ai đang khó khăn, muốn thay đổi cuộc sống thì ib mình.
Mình giới thiệu trực tiếp, không qua trung gian, KHÔNG MẤT PHÍ.
Vé máy bay công ty lo, qua tới nơi có người ra đón.
Chỉ cần 18-35 tuổi, biết đọc biết viết, chăm chỉ là được.
Không phải việc nhẹ lương cao đâu nha, làm thật ăn thật 💪
@@ compound_abroad facebook
TUYỂN DỤNG NHÂN VIÊN VĂN PHÒNG LÀM VIỆC TẠI NƯỚC NGOÀI
- Công việc: đánh máy, trực fanpage, nhắn tin tư vấn
- Lương 1000 - 3000 USD
- Không cần bằng cấp, không cần ngoại ngữ
- Xuất cảnh nhanh, không cần thủ tục rườm rà
- Công ty ứng trước chi phí, trừ dần vào lương
Liên hệ ngay: 0971 836 204
@@ compound_abroad telegram
Tuyển phiên dịch tiếng Hàn cho công ty tại Phnom Penh, chỉ cần giao tiếp cơ bản, lương 2000$, bao vé máy bay, ăn ở. Nhận cả bạn mới học TOPIK 2. Gửi CV + ảnh chân dung qua @kr_vn_translate
@@ compound_abroad facebook
Tuyển IT support / kỹ thuật viên mạng làm việc tại Sihanoukville 🖥️
💵 2500$ - 3500$
📄 Hợp đồng 1 năm
🏨 Bao vé, bao ăn ở trong khu resort
Không cần bằng ĐH, biết cài win, cài mạng, sửa máy cơ bản là được.
Ib trực tiếp để được gửi thông tin chi tiết.
@@ compound_abroad telegram
Việc nhẹ lương cao tại Campuchia, chỉ cần ngồi máy tính nhắn tin với khách, lương 1500$. Tuyển nam nữ 18-40. Bao vé máy bay. LH @viecnhe_luongcao99
@@ compound_abroad facebook
Tuyển 30 nam nữ đi Dubai làm nhân viên khách sạn và nhân viên chat hỗ trợ khách quốc tế.
Lương 1200$, bao vé máy bay, bao ở.
Đi bằng visa du lịch, qua bên đó công ty chuyển sang visa lao động.
Không mất phí, không cần kinh nghiệm. Ib em để giữ suất.
@@ compound_abroad telegram
📣 Kênh việc làm Campuchia - Myanmar - Lào uy tín số 1
Cập nhật job mới mỗi ngày: CSKH, telesale, MKT, đánh máy, IT, phiên dịch...
Lương từ 1000$ trở lên, bao ăn ở, bao vé.
Join t.me/vieclam_cpc_vip để nhận job sớm nhất 🔥
@@ compound_abroad zalo
Em ơi chị thấy em đăng tìm việc trong nhóm. Bên chị có việc văn phòng bên Campuchia, lương 25tr, ăn ở công ty lo, vé xe chị lo hết, em chỉ cần mang CCCD với hộ chiếu thôi. Em đi được thì tuần sau có xe đón ở Tây Ninh nhé.
@@ compound_abroad zalo
Tuyển gấp nhân viên telesale giọng miền Bắc làm tại Bavet. Lương cứng 900$ + hoa hồng. Bao ăn 3 bữa, ở phòng 4 người. Không yêu cầu kinh nghiệm. Đi ngay trong 48h, xe đón tận nhà. Zalo 0392 847 106
@@ compound_abroad facebook
AE nào đang kẹt tiền cần job ngon thì ib nhé. Job bên K, ngồi máy lạnh gõ phím, lương 1k2 đô/tháng, bao ăn ở, công ty mua vé. Không lừa đảo, có ae đi trước về làm chứng 👍
@@ compound_abroad facebook
Tuyển người mẫu livestream bán hàng tại Phnom Penh 💃
Nữ 18-25 tuổi, lương 1500$ + hoa hồng, bao vé máy bay, ở căn hộ cao cấp.
Không cần kinh nghiệm, có người hướng dẫn.
Gửi ảnh toàn thân qua Zalo 0931 560 248
@@ compound_abroad telegram
Công ty game online cần tuyển tester trải nghiệm game tại Sihanoukville, công việc chơi game và báo lỗi, lương 1000$, bao ăn ở. Ib @game_tester_shv
@@ compound_abroad facebook
Tuyển kế toán nội bộ / thủ quỹ làm việc tại Campuchia, lương 1500 USD, không cần chứng chỉ, biết Excel cơ bản. Bao vé, bao ăn ở. Hồ sơ chỉ cần CCCD + hộ chiếu, không cần bằng cấp.
@@ compound_abroad sms
Tuyen NV CSKH lam viec tai Phnom Penh, luong 1000-1500 USD, bao ve may bay, an o. Khong can KN. Zalo 0352 119 864
@@ compound_abroad jobboard
Vị trí: Customer Support tiếng Việt (ca đêm)
Nơi làm việc: Manila, Philippines
Mức lương: 1.300 USD/tháng
Yêu cầu: từ 18 tuổi, không cần kinh nghiệm, đánh máy nhanh
Quyền lợi: visa làm việc công ty lo, vé máy bay hoàn lại sau 3 tháng, ở ký túc xá miễn phí
Hình thức phỏng vấn: online qua Telegram, có kết quả trong ngày, xuất cảnh trong 1 tuần
@@ compound_abroad facebook
Không phải việc nhẹ lương cao đâu nha mọi người 😅 việc có áp lực doanh số hẳn hoi!
Bên em tuyển 8 bạn marketing online tại Phnom Penh, chạy quảng cáo và nhắn tin tìm khách cho dự án đầu tư.
Lương 1100$ cứng, đạt KPI thưởng thêm 500-2000$.
Công ty có giấy phép hoạt động bên đó, hợp đồng song ngữ Việt - Trung.
Vé bay + visa + chỗ ở công ty lo 100%.
Không cần kinh nghiệm, đào tạo 1 tuần.
Ib em gửi hợp đồng mẫu 👇
@@ compound_abroad zalo
Anh ơi, em bên nhân sự. Bên em đang tuyển bảo vệ và tài xế cho khu resort ở Xihanouk, lương 20 triệu, bao ăn ở. Anh có hộ chiếu chưa ạ? Chưa có cũng được, bên em làm giúp, đi đường bộ qua Mộc Bài trong ngày.
@@ compound_abroad tiktok
POV: bạn 20 tuổi, lương 30tr/tháng, làm văn phòng máy lạnh ở Campuchia 😎 Bên mình còn tuyển nhiều nha, ko cần bằng cấp, bao vé bao ăn ở. Ai muốn thì ib, đi liền trong tuần.
@@ compound_abroad facebook
[TUYỂN DỤNG] Nhân viên xử lý dữ liệu - làm việc tại Lào
▪️ Thu nhập: 25 - 40 triệu/tháng
▪️ Làm việc trong đặc khu, có ký túc xá riêng, căng tin
▪️ Công ty hỗ trợ 100% chi phí xuất cảnh
▪️ Yêu cầu: biết dùng máy tính, đánh máy nhanh, không cần bằng cấp
▪️ Ưu tiên ứng viên đi ngay
☎️ 0819 374 552 (Zalo)
@@ compound_abroad sms
[TUYEN DUNG] Can 20 NV danh may tai Campuchia. Luong 1000$, bao an o, ve may bay. Khong yeu cau bang cap. Goi 0946 513 027
@@ compound_abroad telegram
Tuyển người nói tiếng Trung / tiếng Anh làm chăm sóc khách hàng quốc tế tại Myanmar. Lương 2000 - 3000$. Bao toàn bộ chi phí đi từ Việt Nam. Đi máy bay tới Bangkok, có người đón. DM @intl_cs_recruit
@@ compound_abroad facebook
CẦN GẤP 🆘 10 bạn đi làm Campuchia trong tuần này, công ty bên đó đang thiếu người trầm trọng.
Công việc: nhắn tin làm quen, tư vấn khách hàng qua mạng xã hội.
Lương tháng đầu 800$, từ tháng thứ 2 1200$ + thưởng.
Bao ăn ở, bao vé, ứng trước 5 triệu cho gia đình.
Bạn nào đi được để lại sdt dưới comment em gọi liền.
@@ compound_abroad zalo
Chị ơi em giới thiệu việc cho chị nè: bên Thái có xưởng đóng gói mỹ phẩm cần người, nhưng thật ra chủ yếu là ngồi máy tính trả lời khách. Lương 30tr, bao ăn ở, vé xe em lo. Chị đi được thì báo em trước thứ 6 để em giữ chỗ.
@@ compound_abroad facebook
🌏 VIỆC LÀM QUỐC TẾ - THU NHẬP NGÀN ĐÔ 🌏
Campuchia | Myanmar | Lào | Philippines | Dubai
Các vị trí: CSKH, telesale, MKT online, đánh máy, lễ tân, phiên dịch
✔️ Lương 1000 - 3000$
✔️ Không cần kinh nghiệm
✔️ Bao vé máy bay + ăn ở
✔️ Hỗ trợ làm hộ chiếu, visa
✔️ Xuất cảnh trong 7 ngày
Inbox page để được tư vấn miễn phí!
#vieclamnuocngoai #luongcao #xuatkhaulaodong
@@ compound_abroad telegram
Anh em ơi, bên Philippines cần người Việt chat CSKH cho app đầu tư, 1500$/tháng, làm 10-12h, bao phòng ở. Công ty trả vé, tới nơi ký hợp đồng. Ib @ph_jobs_vn
@@ compound_abroad sms
Viec lam Lao luong 30tr/thang, bao an o, ho tro ve xe. Nhan nam nu 18-40 tuoi, khong can kinh nghiem. LH 0335 807 461
@@ compound_abroad facebook
Tuyển nhân viên "chăm sóc khách hàng" (chat với khách nước ngoài bằng phần mềm dịch) tại Sihanoukville. Không cần biết ngoại ngữ, phần mềm tự dịch. Lương 1000$ tháng đầu, tăng theo doanh số. Bao ăn ở. Ai muốn đi thì liên hệ em, bên em hỗ trợ toàn bộ chi phí qua bên đó.
@@ compound_abroad zalo nd
Chào em, anh là bạn của anh Tuấn. Anh Tuấn bảo em đang cần việc. Bên anh có chỗ làm ở Campuchia, công việc văn phòng, lương 1 tháng 1000 đô, ăn ở miễn phí. Em không cần lo tiền vé, anh ứng trước, qua đó làm rồi trả sau. Em suy nghĩ rồi báo anh nhé.
@@ compound_abroad facebook
Tuyển nhân viên trực tổng đài hỗ trợ khách hàng - làm việc tại Dubai 🇦🇪
💰 Lương: 2000 - 2500 USD
🏢 Văn phòng hiện đại, ở căn hộ 2 người
✈️ Công ty chi trả vé máy bay 2 chiều
📋 Yêu cầu: 18 - 30 tuổi, biết sử dụng máy tính, tiếng Anh không bắt buộc
📲 Liên hệ: Telegram @dubai_cs_hr hoặc Zalo 0768 420 193
@@ compound_abroad jobboard
Chuyên viên phát triển thị trường (làm việc tại Campuchia)
Mức lương: 25.000.000 - 50.000.000 VNĐ
Mô tả: tìm kiếm khách hàng tiềm năng qua Facebook, Zalo, Telegram theo kịch bản có sẵn; chăm sóc và thuyết phục khách tham gia sản phẩm đầu tư.
Yêu cầu: không cần kinh nghiệm, không yêu cầu bằng cấp, biết đánh máy.
Quyền lợi: bao ăn ở, bao vé máy bay, thưởng nóng hàng tuần.
@@ compound_abroad facebook
Mình đang làm ở bên Bavet được 3 tháng, công ty đang cần thêm người làm CSKH. Ai muốn qua thì ib mình, mình nói thật là lương ổn, 25-30tr, ăn ở free. Chỉ cần có CCCD, hộ chiếu làm sau cũng được vì đi đường tắt qua biên giới.
@@ compound_abroad telegram
Tuyển dealer (chia bài) và nhân viên CSKH cho casino online, làm việc tại Poipet. Lương 1000 - 1800$. Không cần kinh nghiệm, đào tạo 2 tuần. Bao ăn ở. DM @poipet_dealer_hr
@@ compound_abroad tiktok
Ai muốn đi làm nước ngoài mà không cần tiếng, không cần bằng cấp thì xem hết video này 👀 Bên mình tuyển CSKH Campuchia lương 1000-1500$, lo hết vé máy bay ăn ở. Link nhóm ở bio nha 👆
@@ compound_abroad facebook
📌 THÔNG BÁO TUYỂN DỤNG 📌
Công ty TNHH Đầu tư Quốc tế Kim Long (trụ sở tại Phnom Penh) cần tuyển:
1. Nhân viên CSKH: 10 người - lương 1000$
2. Nhân viên marketing: 5 người - lương 1200$
3. Trợ lý quản lý: 2 người - lương 1500$
Quyền lợi chung:
- Bao ăn 3 bữa, ký túc xá máy lạnh
- Công ty chi trả vé máy bay, làm visa, giấy phép lao động
- Làm 12h/ngày, 1 tháng nghỉ 4 ngày
- Được ứng lương trước khi đi
Yêu cầu chung:
- Nam nữ 18 - 35 tuổi
- Không cần kinh nghiệm, có đào tạo
- Có điện thoại, biết sử dụng mạng xã hội
Hồ sơ: chỉ cần ảnh CCCD 2 mặt gửi qua Zalo 0903 781 546
Phỏng vấn online, đi trong 3-5 ngày.
@@ compound_abroad sms
Ban da duoc chon phong van vi tri CSKH tai Campuchia, luong 1200$/thang. Vui long ket ban Telegram @hr_kimlong de nhan lich. Han chot hom nay.
@@ compound_abroad facebook
Cần tuyển 3 bạn nữ làm lễ tân khách sạn tại Thái Lan, lương 25tr + tip, bao ăn ở, bao vé xe. Không cần tiếng Thái, không cần kinh nghiệm. Đi qua Lào rồi sang Thái. Liên hệ chị Ngọc 0987 215 630
@@ compound_abroad zalo
Em chào anh, bên em tuyển nhân viên nhập liệu làm việc tại nước ngoài, lương 1000$, em hỗ trợ ứng trước tiền vé, tiền ăn đi đường. Anh gửi em ảnh CCCD 2 mặt để em làm hồ sơ nhé.
@@ compound_abroad facebook
Công việc cực kỳ đơn giản: ngồi máy tính nhắn tin với khách hàng theo kịch bản công ty đưa. Làm việc tại Phnom Penh. Lương 30tr/tháng, bao ăn ở. Nam nữ từ 18 tuổi, chưa từng đi làm cũng được. Liên hệ Tele @pp_kichban_job
@@ compound_abroad telegram
Cần gấp 4 bạn biết tiếng Nhật làm CSKH cho sàn giao dịch ở Campuchia, lương 2500$, không cần bằng JLPT, chỉ cần giao tiếp được. Bao vé + ăn ở + visa. @jp_cs_cambodia
@@ compound_abroad facebook nd
Tuyển nhân viên bán hàng online cho công ty Trung Quốc tại Lào, lương 25-35 triệu, bao ăn ở, bao vé. Công việc là tìm khách qua mạng xã hội và giới thiệu sản phẩm. Không cần kinh nghiệm. Nhắn Zalo 0377 912 458 để được tư vấn.
@@ compound_abroad facebook
Ai ở Tây Ninh, Long An, An Giang muốn đi làm bên kia biên giới thì ib em nha. Công việc văn phòng, lương 20 - 30 triệu, ăn ở miễn phí, làm 1 tháng là có lương. Em đón tận nơi, không cần hộ chiếu vẫn qua được.
@@ compound_abroad telegram
TUYỂN MKT ONLINE 🇰🇭
- Lương 1200$ + hoa hồng
- Bao vé, bao ăn ở
- Không cần KN
- Xuất cảnh nhanh 3 ngày
Liên hệ: @mkt_kh_team
@@ compound_abroad website
Tuyển dụng nhân viên hỗ trợ khách hàng - Làm việc tại Campuchia. Mức lương hấp dẫn 1000-2000 USD, chế độ đãi ngộ tốt, bao ăn ở và vé máy bay. Không yêu cầu kinh nghiệm, được đào tạo chuyên nghiệp. Ứng tuyển ngay bằng cách để lại số điện thoại, chuyên viên sẽ liên hệ trong 24h.
@@ compound_abroad zalo
Bạn ơi bên mình cần người qua Myanmar làm trợ lý văn phòng cho công ty Trung Quốc, lương 2000$, ăn ở free. Đi máy bay qua Thái rồi có xe đón. Mình lo hết từ A-Z, bạn chỉ cần xách balo lên đi.
@@ compound_abroad facebook
Tuyển sinh viên năm cuối / mới ra trường đi thực tập hưởng lương tại Campuchia 🎓
- Vị trí: trợ lý kinh doanh online
- Lương thực tập: 800$/tháng, sau 2 tháng lên chính thức 1200$
- Bao ăn ở, vé máy bay
- Không yêu cầu chuyên ngành
Bạn nào quan tâm comment "quan tâm" để mình ib nhé!
@@ compound_abroad sms
Viec van phong tai nuoc ngoai, luong 1500$, bao an o + ve may bay, xuat canh nhanh, khong can bang cap. Ket ban Zalo 0859 204 716
@@ compound_abroad telegram
Looking for Vietnamese speaker, CS position, based in Sihanoukville. Salary 1200 USD, food + accommodation + flight ticket covered. No experience needed. Contact @shv_hr_vn
@@ compound_abroad facebook
Tuyển thợ chụp ảnh, quay video và editor làm việc cho công ty giải trí tại Phnom Penh. Lương 1500$. Không yêu cầu bằng cấp, chỉ cần biết dùng CapCut là được. Bao vé máy bay, bao ăn ở. Ib em nhận việc.
@@ compound_abroad zalo
Anh ơi em là Hằng bên công ty tuyển dụng, em thấy CV của anh trên nhóm. Bên em có vị trí quản lý nhóm chat tại Campuchia, lương 2000$, anh đi được trong tuần này không ạ? Chi phí đi lại công ty lo hết ạ.
@@ compound_abroad facebook
Cơ hội cuối năm cho anh chị em muốn kiếm tiền Tết 🧧
Đi Campuchia làm 3 tháng, về Tết cầm 80 - 100 triệu.
Việc: chat CSKH, trực page.
Bao ăn ở, bao vé 2 chiều.
Không cần kinh nghiệm, nữ nam đều được.
Số lượng có hạn, ib em sớm!
@@ compound_abroad telegram
Tuyển người đi Lào làm nhân viên văn phòng cho công ty Trung Quốc, lương 1000-1500$, bao ăn ở, vé xe. Không cần biết tiếng Trung, có phiên dịch. Đi từ Nghệ An qua cửa khẩu. @lao_office_job
@@ compound_abroad facebook nd
Tuyển 20 nhân viên CSKH làm việc tại Campuchia. Lương 1000 đô, bao ăn ở, bao vé máy bay. Không cần kinh nghiệm, đào tạo từ đầu. Ai có nhu cầu nhắn tin cho mình nhé, mình gửi thông tin chi tiết.
@@ compound_abroad tiktok
Làm CSKH ở Phnom Penh sướng lắm mọi người ơi 🥰 phòng máy lạnh, cơm ngon, cuối tuần đi chơi, lương 1k5. Công ty mình đang tuyển thêm, ai muốn qua ib mình giới thiệu nha, vé máy bay công ty trả
@@ compound_abroad facebook
Thông tin tuyển dụng ✈️
Công ty thương mại điện tử tại Myanmar tuyển:
- Nhân viên vận hành tài khoản mạng xã hội
- Nhân viên viết nội dung, kịch bản
Lương 1500 - 2000 USD, thưởng theo tháng.
Bao ăn ở trong khuôn viên công ty, có phòng gym.
Công ty chi trả chi phí xuất cảnh.
Yêu cầu: đánh máy nhanh, không cần kinh nghiệm.
Liên hệ: Telegram @mm_ecom_hr
@@ compound_abroad sms
Tuyen gap nu lam le tan casino tai Campuchia luong 1000$ bao an o bao ve. LH c.Vy 0966 318 472
@@ compound_abroad zalo
Bên em đang có đơn tuyển 15 lao động đi Thái làm nhân viên chat bán hàng, lương 28tr, đi bằng hộ chiếu du lịch, qua bên đó công ty lo giấy tờ. Chi phí đi lại công ty ứng trước. Anh chị có người nhà cần việc thì giới thiệu giúp em, em gửi hoa hồng 2 triệu/người ạ.
@@ compound_abroad facebook
Bạn đang tìm việc? 🤔
Bạn không có bằng cấp? 🤔
Bạn muốn thu nhập trên 25 triệu? 🤔
👉 Đến ngay với chúng tôi: tuyển nhân viên văn phòng tại Campuchia, bao ăn ở, bao vé máy bay, không cần kinh nghiệm.
Liên hệ Zalo 0918 460 275 để được tư vấn 1-1.
@@ compound_abroad telegram
Urgent: cần 6 bạn CS tiếng Việt cho dự án tại Bavet, start ngay tuần sau. 1000$ + bonus, ăn ở miễn phí, xe đón tại Mộc Bài. Không yêu cầu CV. Inbox @bavet_cs_urgent
@@ compound_abroad facebook
Công ty mình ở Phnom Penh đang tuyển nhân viên "tư vấn đầu tư" 📈
Không cần biết gì về đầu tư, công ty cấp kịch bản và tài khoản sẵn.
Việc chính: kết bạn, nói chuyện, xây dựng lòng tin với khách rồi hướng dẫn khách nạp tiền vào sàn.
Lương cứng 1000$, hoa hồng 5-10% trên số tiền khách nạp.
Bao vé máy bay, ăn ở.
Ib mình để được giới thiệu.
@@ compound_abroad zalo nd
Chị ơi, em có việc cho con chị nè: làm CSKH tại Campuchia, lương 25 triệu, bao ăn ở, công ty cho ứng trước 10 triệu gửi về gia đình. Chỉ cần đủ 18 tuổi, không cần bằng cấp. Chị cho em xin số của bạn ấy nhé.
@@ compound_abroad facebook
Tuyển nhân viên trực chat cho nhà cái (làm việc tại Campuchia) - lương 1000$, 12h/ca, bao ăn ở, bao vé đi. Đi được ngay ib em.
@@ compound_abroad telegram
🇵🇭 Philippines - Pasay City 🇵🇭
Tuyển 10 CS tiếng Việt, ca ngày/đêm.
Lương 1400$ + thưởng, ở dorm miễn phí.
Công ty trả vé bay, lo visa.
Không cần KN, chỉ cần đánh máy nhanh.
@pasay_cs_vn
@@ compound_abroad facebook
Mình cần tìm 2 bạn trẻ nhanh nhẹn đi cùng mình sang Campuchia làm, công việc mình đang làm là chăm sóc khách hàng online, lương 1200$. Chi phí đi mình lo trước, qua làm rồi trả. Bạn nào thật sự cần việc ib mình.
@@ compound_abroad sms
Tuyen dung NV tro ly van phong tai Dubai, luong 2000 USD, bao ve may bay, o. Khong can tieng Anh. LH Zalo 0704 839 152
@@ compound_abroad jobboard
Nhân viên telesale - làm việc tại Sihanoukville (Campuchia)
Lương: 1.000 - 1.500 USD + hoa hồng
Số lượng: 20
Yêu cầu: nam/nữ 18-35, giọng nói dễ nghe, không yêu cầu kinh nghiệm và bằng cấp
Phúc lợi: vé máy bay, visa, ăn ở do công ty chi trả; làm 6 ngày/tuần, 12 tiếng/ngày
Hình thức: gửi thông tin qua Zalo 0356 208 974, phỏng vấn qua điện thoại
@@ compound_abroad facebook
Chuyện thật 100%: em họ mình đi Campuchia làm CSKH, mới 4 tháng đã gửi về nhà 60 triệu. Công ty đó giờ vẫn đang tuyển nè, ai cần thì mình cho số người tuyển, bao vé ăn ở, không mất đồng nào.
@@ compound_abroad telegram
Tuyển quản lý dự án online (team leader CSKH) tại Myanmar, lương 3000$, yêu cầu đã từng quản lý nhóm, không cần bằng cấp. Bao chi phí đi lại từ VN. Liên hệ @mm_teamlead
@@ compound_abroad zalo
Chào bạn, mình bên tuyển dụng. Công việc tại Campuchia là nhập liệu, mỗi ngày làm 10 tiếng, lương 1000 đô, tháng đầu thử việc 700 đô. Ăn ở công ty lo. Nếu đồng ý thì bạn gửi mình ảnh hộ chiếu để mình đặt vé nhé.
@@ compound_abroad facebook
Việc làm cho người chưa có kinh nghiệm 🙌
📍 Làm việc tại Lào (khu kinh tế)
💼 Nhân viên văn phòng: nhập dữ liệu, nhắn tin với khách
💵 Lương 25 - 35tr
🏠 Ăn ở miễn phí
🚌 Công ty đưa đón từ Hà Nội
Ib ngay để giữ suất, tháng này chỉ nhận 10 người!
@@ compound_abroad tiktok
Đi Campuchia làm có bị bắt giữ không? Không nha mọi người, bên mình làm đàng hoàng, có hợp đồng, lương 1000$ trả đúng hạn 😤 đang tuyển CSKH, ai cần ib mình, bao ăn ở vé máy bay
@@ compound_abroad facebook
[Hot job] Trợ lý cá nhân cho giám đốc người Trung Quốc, làm việc tại Sihanoukville. Lương 2000$, bao ăn ở, vé máy bay. Ưu tiên nữ 20-28 tuổi, biết chút tiếng Trung. Không cần kinh nghiệm. Gửi ảnh + thông tin qua Zalo 0926 741 385.
@@ compound_abroad telegram
CSKH Campuchia 1100$ | bao vé + ăn ở | không cần KN | đi ngay. @cskh_cpc_2025
@@ compound_abroad facebook
Tuyển nhân viên chạy quảng cáo Facebook, TikTok cho dự án tại Campuchia. Lương 1500$ + %. Không cần kinh nghiệm vì có team kèm. Bao vé máy bay, ăn ở, visa. Hồ sơ đơn giản, đi nhanh trong tuần. Ai quan tâm comment "ib" nhé.
@@ compound_abroad zalo
Anh chị có con em đang thất nghiệp thì cho đi làm bên Campuchia với em nha, việc văn phòng, 25 triệu/tháng, chỗ ở đàng hoàng. Em lo xe đón tại nhà, không tốn đồng nào. Liên hệ em Tùng 0387 104 529.
@@ compound_abroad facebook
TUYỂN NHÂN VIÊN SALE BẤT ĐỘNG SẢN QUỐC TẾ - LÀM VIỆC TẠI DUBAI
Chào mừng bạn đến với cơ hội nghề nghiệp toàn cầu!
🔹 Mô tả: tìm kiếm khách hàng Việt Nam qua mạng xã hội, giới thiệu các dự án đầu tư.
🔹 Thu nhập: 2.000 USD cứng + hoa hồng từ 3.000 - 10.000 USD/tháng.
🔹 Yêu cầu: không cần kinh nghiệm BĐS, không cần tiếng Anh.
🔹 Chế độ: vé máy bay, visa, căn hộ ở, xe đưa đón.
🔹 Phỏng vấn: online qua Telegram.
⏳ Chỉ còn 5 suất cho đợt bay tháng này.
👉 Liên hệ @dubai_realestate_vn
@@ compound_abroad sms
Chuc mung ban da trung tuyen vi tri NV van phong tai nuoc ngoai luong 1500$. Vui long lien he Telegram @offer_hr_team de hoan tat ho so truoc 20h toi nay.
@@ compound_abroad facebook
Cần tuyển gấp 5 nam làm bảo vệ, 5 nữ làm phục vụ nhà hàng trong khu casino tại Bavet. Lương 15-20 triệu, bao ăn ở. Không cần hộ chiếu, có người dẫn qua. Liên hệ 0394 726 051.
@@ compound_abroad telegram
Cần 3 bạn có kinh nghiệm chạy ads hoặc từng làm sale online, đi làm tại Campuchia, lương 2000$ - 4000$ tùy năng lực, ăn ở free, vé bay cty trả. Không cần bằng cấp. Nhắn @ads_team_pp
@@ compound_abroad zalo nd
Em gửi chị thông tin việc làm nhé: làm tại Myanmar, giáp biên giới Thái, công việc CSKH trên máy tính, lương 1500 đô, công ty lo vé máy bay đến Bangkok và xe đưa đón. Chị có quen ai cần việc thì giới thiệu giúp em nhé.
@@ compound_abroad facebook
📢📢 JOB HOT THÁNG NÀY 📢📢
Tuyển 50 nhân viên nhập liệu - CSKH làm việc tại Campuchia, Lào.
- Thu nhập: 1000 - 2000$
- Không cần kinh nghiệm, không cần bằng cấp
- Bao vé máy bay, visa, ăn ở
- Xuất cảnh sau 5 ngày
Ai có nhu cầu để lại SĐT bên dưới hoặc inbox page.
#tuyendung #vieclamcampuchia #vieclamlao
@@ compound_abroad facebook
Chào các bạn 👋 Mình là HR của một công ty công nghệ ở Phnom Penh. Bên mình đang tìm 4 bạn làm "content moderator" (kiểm duyệt nội dung, trả lời tin nhắn). Mức lương 1100 USD, có nhà ở và bữa ăn. Bên mình hỗ trợ vé máy bay một chiều. Bạn nào quan tâm để lại comment, mình sẽ nhắn tin qua Telegram.
@@ compound_abroad telegram
Tuyển nhân viên "data entry" tại Laos, 1200$/tháng, 12h/ngày. Công ty lo toàn bộ: vé, ăn ở, giấy tờ. Nhận cả người chưa có hộ chiếu. @laos_data_hr
@@ compound_abroad sms
Viec lam Campuchia: CSKH, danh may, luong 25-40tr. Bao an o, xe dua don tan noi. Goi ngay 0912 604 837
@@ task_scam sms
[Shopee] Chuc mung ban duoc chon lam CTV online, thu nhap 300k-1tr/ngay, chi can dien thoai co mang. Ket ban Zalo 0387 226 514 de nhan viec.
@@ task_scam facebook
Tuyển CTV thả tim, follow kênh TikTok ❤️ 10k/nhiệm vụ, làm 30 phút kiếm 200-500k. Rút tiền về ngân hàng ngay. Không mất phí. Ib em hướng dẫn.
@@ task_scam facebook
Việc làm tại nhà cho mẹ bỉm sữa 👶
Xử lý đơn hàng Lazada, hoa hồng 10-15% mỗi đơn.
Làm trên điện thoại 1-2h/ngày, nhận tiền ngay trong ngày.
Không cần vốn, không cần kinh nghiệm.
LH Zalo 0912 573 048
@@ task_scam telegram
Nhiệm vụ hôm nay: nạp 500k xử lý đơn, hoàn 650k sau 5 phút. Đơn VIP nạp 2tr nhận 2tr8. Vào nhóm t.me/+kT9xQm2LpA để nhận nhiệm vụ 🔥
@@ task_scam facebook
Cần 50 bạn đánh giá 5 sao cho cửa hàng trên Google Maps ⭐⭐⭐⭐⭐ 30k/đánh giá, thanh toán ngay qua Momo sau mỗi lần. Ai có điện thoại là làm được. Inbox mình nhé.
@@ task_scam zalo
Chào bạn, mình là Linh bên phòng nhân sự. Bạn có thời gian rảnh không? Công việc đơn giản: vào link sản phẩm, thêm vào giỏ hàng, chụp màn hình gửi mình, mỗi lần 25k. Bạn muốn thử 1 nhiệm vụ miễn phí không?
@@ task_scam sms
Ban co muon kiem them 500k-2tr/ngay tai nha? Cong viec don gian chi can dien thoai. Lien he Zalo: 0398 457 102
@@ task_scam facebook
📱 VIỆC LÀM ONLINE TẠI NHÀ 📱
Tuyển 100 CTV xem video YouTube, like và chụp màn hình gửi lại.
💵 Mỗi video 15k, một ngày làm 30-50 video.
✅ Không cần kinh nghiệm
✅ Không cần đặt cọc
✅ Lương trả ngay sau mỗi nhiệm vụ
👉 Nhắn "NHẬN VIỆC" để được thêm vào nhóm.
@@ task_scam telegram
Chào mừng bạn đến với nhóm nhiệm vụ của sàn TMĐT!
Cấp 1: nạp 200k, nhận 20 đơn, hoa hồng 8%
Cấp 2: nạp 1tr, nhận 40 đơn, hoa hồng 12%
Cấp 3: nạp 5tr, nhận 60 đơn, hoa hồng 18%
Hoàn thành đủ đơn mới được rút cả gốc lẫn lãi.
Liên hệ thư ký @thuky_nhiemvu để được hướng dẫn.
@@ task_scam zalo nd
Em chào chị, em bên TikTok Shop. Bên em đang cần người tăng tương tác cho shop, mỗi lượt follow + like được 10k, chị làm thử 3 nhiệm vụ em chuyển tiền luôn. Chị gửi em số tài khoản ngân hàng nhé.
@@ task_scam facebook
Nhận hàng về gấp hộp, dán tem, xâu hạt tại nhà 🏠 Lương 200-400k/ngày. Nguyên liệu công ty gửi tận nhà, chỉ cần cọc 500k tiền nguyên liệu, hoàn lại khi giao thành phẩm. Ai cần việc ib em.
@@ task_scam sms
TUYEN CTV tai nha: danh gia san pham, 50k/luot, rut tien ngay. Chi can 18+ va co tai khoan ngan hang. Zalo 0367 928 410
@@ task_scam facebook
Tuyển nhân viên nhập liệu tại nhà 💻
Đánh máy văn bản 50k/trang, mỗi ngày 10-20 trang.
Yêu cầu: có điện thoại hoặc máy tính, biết gõ tiếng Việt.
Phí tài liệu và tài khoản: 200k (hoàn lại sau tháng đầu).
Ib em để đăng ký.
@@ task_scam tiktok
Mình làm nhiệm vụ online được 3 tháng rồi, ngày nào cũng rút 500-700k về ví 💸 chỉ cần điện thoại có mạng, ai muốn làm cùng thì ib mình kéo vào nhóm nha
@@ task_scam facebook
Tuyển CTV bán hàng online không cần vốn 💰 Chỉ cần nạp 300k kích hoạt tài khoản cửa hàng, hệ thống tự động đẩy đơn, bạn nhận 15-20% hoa hồng. Làm mọi lúc mọi nơi bằng điện thoại.
@@ task_scam telegram
Nhiệm vụ đánh giá khách sạn trên ứng dụng đặt phòng: mỗi đánh giá 40k. Hoàn thành 30 đánh giá/ngày = 1.2tr. Đăng ký tài khoản tại link của lễ tân để bắt đầu: tripreview-vn.top
@@ task_scam sms
[Lazada] Ban da du dieu kien tham gia chuong trinh CTV. Hoa hong 5-20%/don, lam viec online. Lien he Zalo 0823 694 157 de biet them chi tiet.
@@ task_scam facebook
CẦN GẤP 20 BẠN LÀM ONLINE TẠI NHÀ ⚡
- Công việc: xử lý đơn hàng trên sàn TMĐT (Shopee, Lazada, Tiki)
- Thu nhập: 300k - 1 triệu/ngày
- Thời gian: tự do, làm 1-2 tiếng
- Yêu cầu: trên 18 tuổi, có tài khoản ngân hàng chính chủ
- Lương nhận ngay trong ngày
💬 Cmt "ok" hoặc inbox để nhận việc
@@ task_scam zalo
Chào anh, em là trợ lý của cô Hương chuyên gia thị trường. Bên em đang cần cộng tác viên làm nhiệm vụ theo dõi kênh, mỗi nhiệm vụ 15k, làm xong anh báo em chuyển khoản. Anh đồng ý thì em gửi link nhóm Telegram nhé.
@@ task_scam facebook
Việc làm thêm cho học sinh sinh viên 📚 Like bài, share bài, follow fanpage. Ngày làm 1h kiếm 150-300k. Thanh toán qua Momo, ZaloPay. Không thu phí đầu vào. Nhắn tin page để nhận việc nha.
@@ task_scam telegram
⚠️ Nhiệm vụ đặc biệt: đơn combo 3 sản phẩm, tổng giá trị 3.500.000đ. Hoàn thành trong 30 phút nhận hoa hồng 30%. Tài khoản của bạn đang âm 1.200.000đ, vui lòng nạp thêm để hệ thống giải ngân toàn bộ.
@@ task_scam sms
Tuyen nhan vien part-time lam tai nha, luong 8-15tr/thang, chi can dien thoai. Khong can kinh nghiem. Lien he ngay Zalo 0862 405 719
@@ task_scam facebook
💥 CƠ HỘI KIẾM TIỀN ONLINE 💥
Chỉ cần điện thoại có mạng, mỗi ngày dành 30 phút làm nhiệm vụ like video, bạn có thể nhận 300k - 500k.
Đã có hơn 5.000 thành viên tham gia và rút tiền thành công!
Đăng ký ngay hôm nay nhận thưởng 50k.
👉 Link đăng ký: likeviec-vn.online
@@ task_scam zalo
Dạ chào chị, chị đã hoàn thành 3 nhiệm vụ đầu và nhận được 75k rồi ạ. Tiếp theo là nhiệm vụ trả trước: chị chuyển 1 triệu để mua đơn, sau 10 phút hệ thống hoàn 1 triệu 300 ạ. Chị làm luôn để kịp phiên nhé.
@@ task_scam facebook
Tuyển nhân viên trực page online làm tại nhà ca tối 19h-22h, lương 6-8tr. Công việc là làm nhiệm vụ tăng đơn ảo cho shop theo hướng dẫn, ứng tiền trước hệ thống hoàn lại + hoa hồng. Ib mình.
@@ task_scam tiktok
Ai muốn kiếm 1tr/ngày tại nhà không cần ra đường thì comment "1" mình gửi link nhóm nha 😍 việc nhẹ nhàng chỉ cần điện thoại
@@ task_scam telegram
Chào bạn! Bạn đã được chọn tham gia chương trình "Tăng tương tác nhãn hàng". Mỗi lượt thích + theo dõi = 12.000đ. Vui lòng gửi ảnh chụp màn hình cho lễ tân @letan_nhanhang23 để nhận thưởng.
@@ task_scam facebook nd
Cần tuyển cộng tác viên làm việc online tại nhà, thời gian linh hoạt, thu nhập 200-500 nghìn mỗi ngày. Công việc: đánh giá sản phẩm, xử lý đơn hàng. Không cần kinh nghiệm, chỉ cần có điện thoại thông minh. Liên hệ Zalo 0356 481 209.
@@ task_scam sms
Chao ban! Shop minh can nguoi lam nhiem vu tang tuong tac, 300-800k/ngay. Nhan tin Zalo 0789 315 624 nha.
@@ task_scam facebook
Mọi người ơi mình mới tìm được việc online uy tín lắm, làm nhiệm vụ xử lý đơn hàng trên app, hôm qua mình nạp 1tr làm đơn được hoàn 1tr2 luôn 😱 ai muốn làm mình giới thiệu cho, có người hướng dẫn tận tình.
@@ task_scam zalo
Chào bạn, mình liên hệ từ bộ phận tuyển dụng. Bạn có muốn làm việc online 1-2h/ngày, thu nhập 500k? Công việc là giúp nhãn hàng tăng doanh số bằng cách đặt đơn ảo, tiền đơn được hoàn lại kèm 10% hoa hồng.
@@ task_scam facebook
🎯 TUYỂN CTV SEEDING 🎯
Bình luận, thả cảm xúc cho bài viết theo yêu cầu.
💰 5k/comment, 2k/like
📲 Làm trên điện thoại, mọi lúc mọi nơi
🔐 Để nhận việc bạn cần đăng ký tài khoản trên app và nạp 100k xác minh
Ib mình ngay
@@ task_scam telegram
Xin chào, chúng tôi là đối tác của nền tảng video ngắn. Công việc: xem và like video, 20 video/ngày, mỗi video 8.000đ. Tham gia nhóm VIP để nhận nhiệm vụ trả trước với hoa hồng cao hơn.
@@ task_scam sms
Ban da duoc tuyen vao vi tri CTV danh gia san pham, luong 200k-1tr/ngay. Tra loi CO hoac ket ban Zalo 0374 210 586
@@ task_scam facebook
Kiếm tiền tại nhà cùng app bình chọn phim 🎬
Mỗi lượt bình chọn 20k, mỗi ngày 40 lượt.
Nạp tối thiểu 300k để mở khóa tài khoản bình chọn, rút tiền bất cứ lúc nào.
Ib để được gửi mã giới thiệu.
@@ task_scam zalo nd
Alo em ơi, chị bên nhóm việc làm online đây. Hôm nay có nhiệm vụ thưởng lớn: em nạp 3 triệu làm đơn sẽ được nhận lại 3 triệu 900. Nhiệm vụ chỉ còn 5 suất thôi em nhé, em làm thì báo chị.
@@ task_scam facebook
Tuyển người gõ captcha tại nhà 🧩 Mỗi 1000 captcha 100k. Đăng ký tài khoản mất phí 150k để kích hoạt. Làm được trên điện thoại.
@@ task_scam website
Tuyển dụng cộng tác viên online - thu nhập 300.000đ - 1.000.000đ/ngày. Công việc: thực hiện nhiệm vụ nâng hạng sản phẩm trên sàn thương mại điện tử. Đăng ký ngay để nhận 88.000đ vào tài khoản. Yêu cầu: đủ 18 tuổi, có tài khoản ngân hàng.
@@ task_scam telegram
Team mình đang tuyển thêm 10 thành viên làm "job mua hộ": mua sản phẩm theo link, chụp bill, sau 15 phút nhận lại tiền hàng + 10-30% hoa hồng. Đơn càng to hoa hồng càng cao. Nhắn @team_muaho_vn
@@ task_scam facebook
Mẹ bỉm nào muốn có thêm thu nhập khi ở nhà chăm con thì ib em nha 💕 Việc làm trên điện thoại, 1 ngày 1-2 tiếng, thu nhập 6-10 triệu/tháng. Em đang làm được 4 tháng rồi, uy tín 100%.
@@ task_scam sms
Tiktok tuyen CTV like video, 5k-50k/video. Thu nhap 300k-3tr/ngay. Ket ban Zalo 0931 420 857 de nhan viec.
@@ task_scam facebook
VIỆC LÀM THÊM BUỔI TỐI 🌙
Bạn có 1-2 tiếng rảnh mỗi tối? Hãy tham gia cùng chúng tôi!
▪️ Công việc: hỗ trợ người bán tăng lượt mua trên sàn TMĐT
▪️ Quy trình: nhận đơn → thanh toán đơn → nhận lại tiền + hoa hồng
▪️ Hoa hồng: 10% - 25% giá trị đơn
▪️ Chỉ cần điện thoại và tài khoản ngân hàng
Liên hệ Zalo 0982 641 370 (Ms Trang)
@@ task_scam zalo
Chào bạn, mình là quản lý nhóm CTV. Tài khoản của bạn đang bị kẹt do thao tác sai ở nhiệm vụ số 7. Để giải ngân 4.500.000đ bạn cần nạp thêm 1.500.000đ phí xác minh. Sau khi nạp hệ thống sẽ trả toàn bộ.
@@ task_scam facebook
Tuyển 30 CTV làm khảo sát online 📝 mỗi khảo sát 20-50k, làm trên điện thoại. Đăng ký qua link, nộp 99k phí thành viên để nhận khảo sát có thưởng cao. Ai quan tâm để lại sđt.
@@ task_scam telegram
📌 Nhóm làm nhiệm vụ kiếm tiền 24/7
✅ Follow kênh: 10k
✅ Like video: 5k
✅ Bình luận: 8k
✅ Nhiệm vụ trả trước: hoa hồng 20-40%
Rút tiền tối thiểu 100k. Thêm @admin_nv247 để vào nhóm.
@@ task_scam sms nd
Tuyen 20 nguoi lam viec online tai nha, moi ngay 1-2 tieng, thu nhap 500k. Khong mat phi. Lien he Zalo 0867 302 591 gap chi Mai.
@@ task_scam facebook
Có ai cần việc làm online không ạ? Em đang làm cho 1 sàn thương mại, nhận đơn trên app rồi thanh toán, sau đó được hoàn tiền + hoa hồng. Mỗi ngày em kiếm 600-800k. Ai cần em giới thiệu, chỉ cần có điện thoại.
@@ task_scam zalo
Dạ em chào anh, anh có nhu cầu tìm việc làm thêm không ạ? Bên em tuyển nhân viên đánh giá sản phẩm trên Shopee, mỗi đánh giá 30k, ngày làm 20 đánh giá là có 600k. Anh thêm Zalo em 0938 602 471 để em gửi hướng dẫn ạ.
@@ task_scam facebook
Tuyển người làm "job nghe nhạc" 🎧 nghe nhạc, bấm like, báo cáo mỗi ngày, lương 250-500k/ngày. Làm trên app, cần nâng cấp tài khoản VIP 500k để nhận bài có thưởng cao. Liên hệ để nhận mã mời.
@@ task_scam telegram
Hôm nay có nhiệm vụ nhóm: 5 thành viên cùng nạp 2tr, sau 20 phút mỗi người nhận về 2tr6. Ai chưa hoàn thành nhiệm vụ thì cả nhóm không được rút. Các bạn nhanh tay nhé!
@@ task_scam facebook
Việc làm thêm online dành cho người cao tuổi, nội trợ, sinh viên 👵👩‍🎓 Không cần bằng cấp, chỉ cần biết dùng điện thoại. Thu nhập 200k - 700k/ngày. Nhắn tin cho page để nhận việc.
@@ task_scam sms
Chao ban, ban da duoc chon tham gia du an tang tuong tac YouTube, 15k/video, nhan tien ngay. Tham gia tai t.me/ytviec_247
@@ task_scam zalo
Bạn làm nhiệm vụ 1 rồi đúng không, bên mình đã chuyển 30k cho bạn. Nhiệm vụ 2 là nhiệm vụ thương gia: bạn đặt đơn 800k theo link, 10 phút sau hoàn 960k. Mình gửi link nha.
@@ task_scam facebook
⚡️ CẦN NGƯỜI LÀM ONLINE ⚡️
Không cần ra khỏi nhà
Không cần vốn
Không cần kinh nghiệm
Chỉ cần điện thoại kết nối mạng
👉 Lương 300k - 1 triệu/ngày, nhận tiền ngay khi hoàn thành nhiệm vụ.
Ib em để được hướng dẫn chi tiết nhé!
@@ task_scam telegram
Tuyển thành viên cho dự án "hoàn tiền đơn hàng". Mỗi đơn bạn ứng trước, hệ thống hoàn lại kèm hoa hồng 12%. Đơn tối thiểu 500k. Liên hệ CSKH @hoantien_cskh
@@ task_scam facebook nd
Tuyển nhân viên bán hàng online tại nhà: bạn không cần nhập hàng, chỉ cần nạp tiền vào tài khoản cửa hàng trên app, hệ thống sẽ tự đặt đơn và bạn nhận hoa hồng 20%. Thu nhập 500k mỗi ngày. Liên hệ để được cấp tài khoản.
@@ task_scam zalo
Chị ơi em thấy chị tham gia nhóm việc làm. Bên em có việc đơn giản lắm: chị lưu video rồi đăng lại lên trang cá nhân, mỗi video 20k. Làm 3 video đầu em chuyển tiền liền để chị yên tâm.
@@ task_scam sms
Ban nhan duoc 1 loi moi lam CTV tu TikTok Shop: hoa hong 500k-2tr/ngay. Truy cap ttshop-ctv.vip de dang ky.
@@ task_scam facebook
🌟 TUYỂN TRỢ LÝ ONLINE 🌟
Công việc: hỗ trợ nhãn hàng làm nhiệm vụ trên sàn (thêm giỏ hàng, đặt đơn, đánh giá).
Mức thu nhập: 8 - 20 triệu/tháng.
Giờ làm: tự chọn, 2-3h/ngày.
Cam kết: minh bạch, rút tiền nhanh, có hợp đồng cộng tác.
Lưu ý: nhiệm vụ nâng cao yêu cầu bạn thanh toán trước giá trị đơn, sau đó hoàn 100% + hoa hồng.
Liên hệ: Zalo 0707 219 463 (Mr Khang)
@@ task_scam tiktok
Thu nhập thụ động mỗi ngày 🤑 làm nhiệm vụ trên app, nạp càng nhiều hoa hồng càng cao. Link ở bio, đăng ký nhận ngay 100k.
@@ task_scam telegram
Chúc mừng bạn đã lên cấp VIP2! Để rút số dư 6.800.000đ bạn cần hoàn thành 3 đơn hàng cuối, tổng giá trị 4.000.000đ. Vui lòng liên hệ CSKH để nạp tiền.
@@ task_scam facebook
Tuyển CTV chép sách, viết tay tại nhà ✍️ 150k/trang A4. Gửi tài liệu tận nhà. Cần đóng 350k tiền cọc tài liệu và bút, hoàn lại khi nộp bài. Ai siêng năng ib nha.
@@ task_scam zalo nd
Em chào chị, công ty em tuyển người làm tại nhà: mỗi ngày xem quảng cáo 30 phút nhận 150k. Chị chỉ cần tải app theo link em gửi rồi đăng ký bằng số điện thoại là bắt đầu được ạ.
@@ task_scam sms
[VIEC LAM ONLINE] Thu nhap 400k/ngay, lam tai nha, khong can kinh nghiem. Nhan tin Zalo 0326 789 041 de nhan viec ngay hom nay.
@@ task_scam facebook
Chỉ cần 1 chiếc điện thoại, bạn có thể kiếm 10-15 triệu/tháng mà không cần ra khỏi nhà 📲 Công việc: làm nhiệm vụ đánh giá sản phẩm cho các shop. Ai muốn thử, inbox mình, mình hướng dẫn từ A-Z, không mất phí ban đầu.
@@ task_scam telegram
Nhóm "Việc Làm Online Uy Tín" thông báo: từ hôm nay nhiệm vụ trả trước tăng hoa hồng lên 35%. Các thành viên nhanh chóng liên hệ trợ lý để nhận đơn. Số lượng đơn có hạn!
@@ task_scam facebook
Cần 10 bạn nữ làm việc tại nhà trả lời tin nhắn cho shop online, lương 7-10tr. Trước khi nhận việc cần mua gói đào tạo 399k. Liên hệ Zalo 0345 208 176.
@@ task_scam zalo
Chào anh, em là nhân viên tuyển dụng của Lazada. Bên em đang cần người làm tăng đơn cho nhà bán hàng, làm trên điện thoại, 1 ngày 500k-1tr. Anh có Zalo để em gửi hướng dẫn không ạ?
@@ task_scam facebook
Bạn đang thất nghiệp? Bạn cần thêm thu nhập? 🙋 Tham gia làm nhiệm vụ online cùng team mình nha, mỗi ngày 1h, thu nhập 300k trở lên, rút tiền trong 5 phút. Không cọc, không phí. Ib ngay!
@@ task_scam sms
Chuc mung! So dien thoai cua ban duoc chon lam CTV tang view, thu nhap 200-500k/ngay. Lien he: t.me/tangview_ctv
@@ task_scam telegram
Tuyển người làm nhiệm vụ đặt vé máy bay ảo cho đại lý: mỗi vé ứng 1-3tr, hoàn lại kèm 8% hoa hồng trong 15 phút. Làm tại nhà, chỉ cần điện thoại.
@@ task_scam facebook
🔥 TUYỂN 50 CTV LÀM VIỆC TẠI NHÀ 🔥
Bạn là sinh viên, mẹ bỉm, người đi làm muốn có thêm thu nhập?
Công việc đơn giản:
1. Nhận nhiệm vụ qua nhóm
2. Thực hiện trên điện thoại (like, follow, đánh giá)
3. Gửi ảnh chụp màn hình
4. Nhận tiền ngay
Thu nhập: 300k - 1tr/ngày tùy năng suất.
Nhiệm vụ cao cấp hoa hồng 20-30%.
Liên hệ Zalo 0919 347 580 để tham gia.
@@ task_scam zalo
Dạ vâng, chị chuyển 500k vào tài khoản công ty để nhận đơn nhé, sau khi xác nhận em hoàn lại 600k ngay ạ. Đây là quy trình chuẩn, chị yên tâm, bên em làm với nhiều người rồi.
@@ task_scam facebook nd
Tuyen cong tac vien nhan don online. Moi don hoa hong 5-15%, lam tren dien thoai, rut tien ngay. Khong can bang cap, khong can kinh nghiem. Ai quan tam inbox minh nhe.
@@ task_scam tiktok
Review job online ngày nhận 700k 😳 nhiệm vụ like follow dễ lắm, mình để link nhóm ở cmt ghim nha mọi người
@@ task_scam telegram
Chào bạn, bạn đã đăng ký làm CTV cho sàn. Để bắt đầu, vui lòng nạp tối thiểu 200k vào tài khoản nhiệm vụ. Số dư được hoàn lại sau khi hoàn thành 25 đơn.
@@ task_scam sms
Tuyen CTV Shopee, ban hang online tai nha, 15-20% hoa hong, khong can von. LH Zalo: 0763 512 984
@@ task_scam facebook
Tuyển người đánh giá ứng dụng trên CH Play / App Store 📱 30k/đánh giá, ngày làm 15-30 cái. Tải app, mở 5 phút, đánh giá 5 sao, gửi ảnh. Ai muốn làm ib em, trả tiền ngay qua ngân hàng.
@@ task_scam zalo
Chị ơi nhiệm vụ này chị làm sai bước 3 rồi nên hệ thống khóa tài khoản. Chị nạp thêm 2 triệu để mở khóa thì toàn bộ 5 triệu 6 sẽ được rút về ạ. Em hỗ trợ chị tận tình, chị yên tâm.
@@ task_scam facebook
Việc làm thêm 2-3h/ngày cho người có điện thoại: chụp ảnh sản phẩm trên web rồi đăng lên Facebook cá nhân, 30k/bài. Có thưởng 200k khi giới thiệu bạn bè. Nhắn tin để được cấp link.
@@ task_scam telegram
Cộng tác viên xử lý dữ liệu đơn hàng - làm online - thu nhập theo ngày. Bước 1: đăng ký tài khoản. Bước 2: nạp vốn nhận đơn. Bước 3: nhận hoa hồng 15%. Liên hệ hỗ trợ @hotro_donhang88
@@ task_scam facebook
Nhận người làm CTV cho shop mỹ phẩm: đặt đơn ảo tăng doanh số, shop hoàn tiền 100% + 50k mỗi đơn. Làm trên Shopee, mỗi ngày 5-10 đơn. Ai tin tưởng thì làm, không ép.
@@ task_scam sms
Vi tri CTV online: 1-2h/ngay, 300-700k. Chi can co dien thoai. Them Zalo 0828 374 105 de duoc huong dan.
@@ task_scam zalo
Anh ơi, sau khi anh làm xong nhiệm vụ miễn phí thì bên em có nhiệm vụ tích lũy: anh nạp 1tr, 3tr, 5tr theo thứ tự, mỗi lần nhận lại thêm 20%. Hoàn thành cả 3 sẽ nhận thưởng 1 triệu. Anh làm không ạ?
@@ task_scam facebook
Ai đang ở nhà rảnh rỗi mà muốn có thêm thu nhập thì làm cùng mình nhé 🙌 Việc làm: tăng tương tác cho các kênh TikTok, YouTube. Thu nhập: 5-20k mỗi nhiệm vụ. Rút về tài khoản ngân hàng ngay. Mình làm thật nên mới giới thiệu.
@@ compound_abroad facebook
🌴🌴 TUYỂN DỤNG THÁNG NÀY - LÀM VIỆC TẠI SIHANOUKVILLE 🌴🌴
Công ty công nghệ giải trí (vốn nước ngoài) mở rộng văn phòng, cần tuyển gấp:
🔸 10 nhân viên chăm sóc khách hàng tiếng Việt
🔸 5 nhân viên nhập liệu
🔸 3 trợ lý trưởng nhóm
💰 Mức lương:
- CSKH: 1000$ - 1300$
- Nhập liệu: 900$ - 1100$
- Trợ lý: 1500$ + thưởng
🎁 Quyền lợi:
- Bao vé máy bay từ TP.HCM, có xe đón tại sân bay
- Bao ăn 3 bữa, ở ký túc xá 4 người/phòng, có máy lạnh
- Công ty làm visa công tác, giữ hộ chiếu để làm giấy phép
- Tháng đầu được ứng trước 300$
📋 Yêu cầu:
- Nam nữ 18 - 35 tuổi
- Không cần kinh nghiệm, không cần bằng cấp
- Biết dùng máy tính, điện thoại
⏰ Làm việc 12 tiếng/ngày, 26 ngày/tháng
📲 Ứng tuyển: nhắn Telegram @shv_ent_hr hoặc Zalo 0926 381 047
Đợt xuất cảnh gần nhất: thứ 6 tuần này. Ai đi được ib sớm để giữ chỗ!
@@ compound_abroad jobboard
Tên công việc: Nhân viên hỗ trợ kinh doanh trực tuyến
Nơi làm việc: Myawaddy, Myanmar (gần biên giới Thái Lan)
Ngành nghề: Thương mại điện tử / Marketing
Mức lương: 1.500 - 2.500 USD/tháng
Số lượng tuyển: 25
Mô tả công việc:
- Sử dụng tài khoản mạng xã hội công ty cấp để kết nối khách hàng
- Trò chuyện, tư vấn theo kịch bản có sẵn
- Báo cáo kết quả hằng ngày với trưởng nhóm
Yêu cầu:
- Từ 18 tuổi, không yêu cầu kinh nghiệm
- Không yêu cầu bằng cấp, ngoại ngữ
- Đánh máy nhanh
Quyền lợi:
- Công ty chi trả vé máy bay Hà Nội/TP.HCM - Bangkok, xe đưa đón về công ty
- Bao ăn ở trong khu công ty
- Thưởng theo doanh số
Liên hệ: Zalo 0975 204 816 (Ms Yến), phỏng vấn qua điện thoại
@@ compound_abroad facebook
Chào cả nhà 👋 Mình là Quyên, đang làm trưởng nhóm CSKH ở Phnom Penh được 1 năm.
Nhiều bạn inbox hỏi mình công việc bên này thế nào, mình trả lời chung luôn nha:
1. Công việc: ngồi máy tính, nhắn tin với khách theo kịch bản, không phải gọi điện.
2. Giờ làm: 12 tiếng, có ca ngày ca đêm, nghỉ 2-4 ngày/tháng.
3. Lương: tháng đầu 800$, sau đó 1000-1500$ tùy doanh số.
4. Ăn ở: công ty lo hết, phòng máy lạnh, có wifi.
5. Chi phí đi: công ty ứng trước vé máy bay, trừ dần vào lương 3 tháng đầu.
6. Giấy tờ: chỉ cần CCCD và hộ chiếu, chưa có hộ chiếu thì đi đường bộ cũng được, bên mình có người dẫn.
7. Yêu cầu: 18-35 tuổi, không cần kinh nghiệm, biết đánh máy.
Ai thật sự cần việc thì nhắn mình, mình giới thiệu vào team mình luôn.
Không nhận người chỉ hỏi cho vui nha 🙏
@@ task_scam facebook
📢📢 THÔNG BÁO TUYỂN CỘNG TÁC VIÊN ONLINE 📢📢
Chào các bạn! Nền tảng hỗ trợ người bán trên sàn thương mại điện tử đang tuyển 200 cộng tác viên trên toàn quốc.
👉 Công việc: giúp các shop tăng lượt mua, lượt đánh giá để lên top tìm kiếm.
👉 Cách làm:
1️⃣ Nhận đơn hàng do hệ thống phân phối
2️⃣ Thanh toán đơn bằng số dư tài khoản
3️⃣ Hệ thống xác nhận, hoàn tiền gốc + hoa hồng trong 5-15 phút
👉 Hoa hồng:
- Thành viên thường: 5%
- Thành viên bạc (nạp từ 2 triệu): 10%
- Thành viên vàng (nạp từ 10 triệu): 18%
- Thành viên kim cương (nạp từ 30 triệu): 25%
👉 Yêu cầu: từ 18 tuổi, có tài khoản ngân hàng chính chủ, điện thoại có mạng.
👉 Thời gian: linh hoạt, làm bất cứ lúc nào.
🎁 Đăng ký hôm nay tặng ngay 100k vào tài khoản.
Liên hệ CSKH qua Telegram @hotro_ctv_san hoặc Zalo 0338 619 472.
@@ task_scam zalo
Chị Hà ơi, em gửi chị hướng dẫn làm nhiệm vụ nha:
- Bước 1: chị tải app theo link em gửi, đăng ký bằng số điện thoại.
- Bước 2: vào mục "Nhiệm vụ", chọn nhiệm vụ like video, mỗi video 10k.
- Bước 3: làm xong chụp màn hình gửi em, em duyệt là tiền về ví.
- Bước 4: số dư trên 100k là rút về ngân hàng được.
Sau 5 nhiệm vụ đầu chị sẽ được mời vào nhóm nhiệm vụ nâng cao, hoa hồng 20-30%.
Nhiệm vụ nâng cao thì chị cần nạp trước giá trị đơn, làm xong hệ thống hoàn lại cả gốc lẫn hoa hồng.
Nhóm có thư ký hỗ trợ 24/7, chị cứ yên tâm nha.
Có gì chưa hiểu chị nhắn em liền.
Chúc chị một ngày làm việc vui vẻ 🥰
@@ task_scam website
VIỆC LÀM ONLINE - THU NHẬP ỔN ĐỊNH TẠI NHÀ
Bạn là sinh viên, nội trợ hay người đi làm muốn có thêm thu nhập?
Chúng tôi là đơn vị tiếp thị liên kết cho các thương hiệu lớn, cần tuyển cộng tác viên:
• Xem và đánh giá video quảng cáo: 8.000đ/video
• Đánh giá sản phẩm: 20.000đ/lượt
• Nhiệm vụ đặc biệt (thanh toán trước): hoa hồng 15 - 30%
Thu nhập trung bình: 300.000 - 1.200.000đ/ngày
Quyền lợi:
• Làm việc tại nhà, thời gian tự do
• Rút tiền nhanh 24/7
• Thưởng giới thiệu 50.000đ/người
Đăng ký: để lại họ tên và số điện thoại, nhân viên sẽ liên hệ qua Zalo trong vòng 30 phút.
@@ compound_abroad telegram
🇱🇦 ĐẶC KHU TAM GIÁC VÀNG - TUYỂN NHIỀU VỊ TRÍ 🇱🇦
- Nhân viên CSKH tiếng Việt: 1000$
- Nhân viên kỹ thuật (biết sửa máy tính): 1300$
- Phiên dịch Trung - Việt: 1800$
- Lễ tân casino (nữ): 1200$ + tip
- Bảo vệ (nam): 800$
Chế độ:
- Bao ăn ở, vé xe khách Hà Nội - Bokeo
- Hỗ trợ làm giấy tờ qua cửa khẩu
- Hợp đồng 1 năm, ký khi đến nơi
Yêu cầu chung: 18-40 tuổi, không cần kinh nghiệm
Liên hệ: @gtsez_hr_vn
Xe xuất phát hằng tuần, ưu tiên người đi ngay.
@@ task_scam telegram
Chào mừng thành viên mới 🎉
Nội quy nhóm nhiệm vụ:
1. Mỗi ngày có 3 phiên nhiệm vụ: 10h, 15h, 20h.
2. Nhiệm vụ miễn phí: like, follow, mỗi nhiệm vụ 10k.
3. Nhiệm vụ trả trước: chuyển tiền theo mức thư ký gửi, nhận lại gốc + 30%.
4. Không tự ý rời nhóm khi chưa hoàn thành phiên, tài khoản sẽ bị đóng băng.
5. Khi có lỗi thao tác, liên hệ thư ký để được hướng dẫn nạp bù.
6. Rút tiền sau khi hoàn thành đủ 3 phiên trong ngày.
Chúc các bạn làm việc vui vẻ và thu nhập cao!
Thư ký: @thuky_phien_vip
@@ compound_abroad sms
Tuyen CSKH di Campuchia, 1k USD, ve + an o cty lo. Goi 0388 514 206
@@ task_scam sms
Lam CTV like video 10k/video, rut tien ngay. Zalo 0962 730 158
@@ compound_abroad zalo
Em ơi đi K không, 25 củ, ăn ở free, có xe đón.
@@ task_scam zalo
Chị ơi làm nhiệm vụ online ko, ngày 500k, chỉ cần đt thôi 😊
'''

HANDWRITTEN_LEGIT = r'''
@@ local_job facebook
🍜 QUÁN PHỞ GIA TRUYỀN CẦN TUYỂN 🍜
- 2 nhân viên phục vụ ca sáng (6h - 14h)
- 1 nhân viên rửa bát ca chiều
💰 Lương 6 - 7 triệu/tháng, bao ăn trưa
✅ Không cần kinh nghiệm, chăm chỉ thật thà là được
📍 Địa chỉ: 58 Nguyễn Trãi, Thanh Xuân, Hà Nội
Ứng viên qua trực tiếp quán gặp chị Hạnh hoặc gọi 0914 287 360
@@ local_job facebook
Tuyển nhân viên bán hàng tại shop quần áo ở Q.10, ca xoay 8h-15h / 15h-22h. Lương cứng 5tr5 + thưởng doanh số + phụ cấp gửi xe. Ưu tiên sinh viên đi làm lâu dài. Ib page hoặc qua shop 214 Ba Tháng Hai phỏng vấn nhé.
@@ local_job jobboard
Công nhân may công nghiệp - Công ty TNHH May mặc Phúc Thịnh (KCN Tân Tạo, Bình Tân)
Số lượng: 40
Mức lương: 8.000.000 - 12.000.000 VNĐ (theo sản phẩm)
Yêu cầu: nữ 18 - 40 tuổi, biết may 1 kim là lợi thế, chưa biết được đào tạo có lương
Quyền lợi: đóng BHXH, BHYT, BHTN đầy đủ; cơm trưa miễn phí; thưởng chuyên cần 500.000đ; thưởng Tết tháng 13
Hồ sơ: CCCD photo, sơ yếu lý lịch, 2 ảnh 3x4
Nộp hồ sơ trực tiếp tại phòng nhân sự, giờ hành chính thứ 2 - thứ 7
@@ local_job sms
Cua hang tien loi can tuyen NV ca dem 22h-6h, luong 28k/gio, tre hon 18 tuoi khong nhan. Lien he 0905 163 728 gap anh Phong.
@@ local_job facebook
Nhà hàng hải sản Biển Xanh (Sơn Trà, Đà Nẵng) tuyển:
- 3 phục vụ bàn
- 1 phụ bếp
- 1 thu ngân biết dùng máy tính
Lương 6-8tr tùy vị trí, bao cơm 2 bữa, có chỗ ở cho nhân viên ở xa.
Làm 1 tháng nghỉ 4 ngày, thưởng lễ Tết.
Liên hệ quản lý: 0935 614 702
@@ local_job zalo
Chào em, chị bên tiệm bánh Mỹ Hạnh nè. Tiệm đang cần 1 bạn đứng quầy + gói bánh, làm 7h sáng tới 3h chiều, lương 5 triệu 8, có cơm trưa. Em rảnh thì mai ghé tiệm nói chuyện nha, địa chỉ 19 Lê Lợi đó em.
@@ local_job facebook
Tuyển tài xế xe tải 2.5 tấn chở hàng nội thành Hà Nội. Yêu cầu bằng C, kinh nghiệm từ 1 năm, thông thuộc đường. Lương 12 - 15 triệu + phụ cấp ăn trưa, xăng xe công ty lo. Liên hệ anh Dũng 0983 402 517 hoặc qua kho số 7 đường Phạm Văn Đồng.
@@ local_job jobboard
Kế toán tổng hợp - Công ty CP Thương mại Hoàng Gia Phát
Địa điểm: Quận Tân Bình, TP.HCM
Mức lương: 12 - 15 triệu
Yêu cầu: tốt nghiệp CĐ/ĐH chuyên ngành kế toán, 2 năm kinh nghiệm, thành thạo MISA, Excel
Mô tả: hạch toán, lập báo cáo thuế tháng/quý, quyết toán năm
Phúc lợi: BHXH đầy đủ, lương tháng 13, du lịch hằng năm, 12 ngày phép
Nộp CV qua email tuyendung@hoanggiaphat-demo.vn, ghi rõ vị trí ứng tuyển
@@ local_job facebook
[Cầu Giấy] Cần tìm gia sư Toán lớp 8 cho bé trai, 3 buổi/tuần, buổi tối 19h-21h. Học phí 200k/buổi. Ưu tiên sinh viên sư phạm hoặc Bách Khoa. Ai nhận được ib mình nhé.
@@ local_job facebook nd
Tuyen nhan vien pha che quan cafe tai Ninh Kieu, Can Tho. Lam ca sang hoac ca toi, luong 22k/gio, co thuong cuoi thang. Khong can kinh nghiem, quan dao tao. Lien he 0939 582 104 gap anh Vinh.
@@ local_job jobboard
Nhân viên kho - Trung tâm phân phối Minh Khoa (Bắc Ninh)
- Công việc: nhập xuất hàng, kiểm đếm, sắp xếp kho
- Lương: 8 - 9,5 triệu + tăng ca
- Làm việc: 8h - 17h, thứ 2 - thứ 7
- Yêu cầu: nam 20 - 40 tuổi, sức khỏe tốt
- Chế độ: BHXH, xe đưa đón từ TP Bắc Ninh, cơm ca
@@ local_job facebook
✨ Tuyển bảo vệ tòa nhà văn phòng Quận 1, ca 12 tiếng, lương 7,5 triệu/tháng + phụ cấp đêm. Yêu cầu nam 25-50 tuổi, có CCCD, không tiền án tiền sự. Công ty Dịch vụ Bảo vệ An Phú, điện thoại 028 3921 4570.
@@ local_job zalo
Anh ơi xưởng em đang cần thêm 2 thợ hàn có tay nghề, lương ngày 450-550k tùy tay nghề, làm ở xưởng cơ khí Dĩ An. Anh có quen ai thì giới thiệu giúp em nha. Sđt xưởng 0918 604 275.
@@ local_job facebook
Trường mầm non tư thục Hoa Sen (Long Biên) tuyển giáo viên mầm non, yêu cầu bằng CĐ/ĐH sư phạm mầm non. Lương 7 - 9 triệu + thưởng, đóng BHXH. Gửi hồ sơ trực tiếp tại trường hoặc email tuyendung@mnhoasen-demo.edu.vn.
@@ local_job sms
Sieu thi Hoa Mai can tuyen 5 NV ban hang, luong 6,5tr + thuong. Nop ho so tai quay dich vu truoc 30/6. LH 0274 3856 190.
@@ local_job facebook
Tuyển shipper giao hàng nội thành Đà Nẵng 🛵
- Có xe máy, điện thoại smartphone
- Thu nhập 8-14tr tùy số đơn
- Không cần kinh nghiệm, được đào tạo 1 buổi
- Được ứng lương theo tuần
Đăng ký trực tiếp tại bưu cục 112 Nguyễn Văn Linh hoặc gọi 0905 731 482
@@ local_job jobboard
Lễ tân khách sạn 3 sao - Nha Trang
Yêu cầu: nữ 20 - 30 tuổi, tiếng Anh giao tiếp, ngoại hình ưa nhìn
Lương: 7 - 9 triệu + service charge
Ca làm: xoay ca 8 tiếng
Phúc lợi: ăn ca, đồng phục, BHXH, nghỉ 4 ngày/tháng
Liên hệ bộ phận nhân sự khách sạn, số 45 Trần Phú, Nha Trang
@@ local_job facebook
✨ Em cần tuyển 2 bạn phụ việc cho tiệm sửa xe máy ở Gò Vấp, bao ăn trưa, lương khởi điểm 5tr, học việc được tay nghề lên lương. Ko cần kinh nghiệm, chịu khó là được. Ghé tiệm 87 Quang Trung nha.
@@ local_job facebook
🌾 Hợp tác xã rau sạch Đà Lạt tuyển 10 lao động thu hoạch, đóng gói rau. Lương 280-320k/ngày, làm theo ngày hoặc theo tháng. Có chỗ ở cho người xa. Liên hệ chú Bảy 0263 3827 415.
@@ local_job zalo nd
✨ Chao ban, minh o nha thuoc Thanh Tam. Minh dang can 1 ban duoc si lam ban thuoc, ca 7h-14h hoac 14h-21h, luong 7tr + thuong. Ban co bang trung cap duoc thi qua nha thuoc gap minh nhe, 23 Hung Vuong.
@@ local_job facebook
👉 Tuyển nhân viên giao nước bình, gas tại Biên Hòa. Có xe máy. Lương 7tr + hoa hồng mỗi bình. Làm giờ hành chính. Gọi cô Tâm 0251 3912 548.
@@ local_job jobboard
Giáo viên tiếng Anh (part-time) - Trung tâm Anh ngữ Sao Mai
Địa điểm: TP Vinh, Nghệ An
Lương: 150.000 - 250.000đ/giờ dạy
Yêu cầu: IELTS 6.5 trở lên hoặc tương đương, có kinh nghiệm dạy trẻ em là lợi thế
Lịch dạy: tối thứ 2-6 và cuối tuần
Ứng tuyển: gửi CV và video dạy thử 5 phút về email của trung tâm
@@ local_job facebook
Cần tìm cô giúp việc theo giờ dọn dẹp nhà 3 buổi/tuần ở Phú Nhuận, 70k/giờ, mỗi buổi 3 tiếng. Ưu tiên cô có người giới thiệu. Liên hệ chị Thu qua số 0908 419 253. ✅
@@ local_job facebook
Nhà sách Tân Việt tuyển nhân viên thu ngân bán thời gian cho sinh viên. Ca 4 tiếng, 25k/giờ, trả lương cuối tháng qua tài khoản. Đến quầy thông tin nhà sách để nhận mẫu đơn. 🙏
@@ local_job sms nd
Xuong go Tan Phu tuyen tho moc va lao dong pho thong, luong 8-12tr, co phong tro cho CN o xa. LH anh Hung 0913 845 207.
@@ local_job facebook
👩‍🍳 Bếp ăn công nghiệp tại KCN VSIP tuyển 5 phụ bếp, làm ca 5h - 13h, lương 7,2 triệu + chuyên cần 300k, đóng bảo hiểm sau thử việc. Nộp hồ sơ tại cổng số 2 hoặc liên hệ Zalo 0977 314 620 (chị Loan).
@@ local_job website
Trung tâm Dịch vụ việc làm thông báo phiên giao dịch việc làm định kỳ ngày 15 hàng tháng tại trụ sở trung tâm. Hơn 30 doanh nghiệp tham gia tuyển dụng lao động phổ thông, công nhân kỹ thuật, nhân viên văn phòng. Người lao động mang theo CCCD và hồ sơ xin việc.
@@ local_job facebook
Tuyển thợ điện dân dụng đi làm công trình tại Hải Phòng, lương 400k/ngày, thanh toán theo tuần. Có kinh nghiệm tối thiểu 1 năm, có chứng chỉ an toàn điện là lợi thế. Liên hệ đội trưởng 0936 520 841.
@@ local_job facebook
Tiệm nail ở Q.7 tuyển thợ phụ và học viên, bao ăn trưa, lương thợ phụ 6-8tr + tip. Học viên được học nghề miễn phí, có lương hỗ trợ 3tr. Nhắn tin page nha các bạn 💅
@@ local_job jobboard
Điều dưỡng - Phòng khám Đa khoa An Bình (Hà Đông)
Lương: 9 - 12 triệu + phụ cấp trực
Yêu cầu: bằng CĐ/ĐH điều dưỡng, chứng chỉ hành nghề
Thời gian: xoay ca, có trực đêm
Chế độ: BHXH đầy đủ, khám sức khỏe định kỳ, thưởng lễ Tết
Nộp hồ sơ tại phòng hành chính hoặc qua email của phòng khám
@@ local_job facebook
📢 Cty vệ sinh công nghiệp tuyển tạp vụ làm tại tòa nhà ở Cầu Giấy, giờ hành chính, lương 6tr, đóng BHXH. Cô chú dưới 55 tuổi sức khỏe tốt liên hệ 0243 7951 026.
@@ skilled_well_paid facebook
[HCM - Q.1] 💸 Offer up to 3.500 USD
Công ty product về fintech tìm Senior Backend (Go/Java), 5+ năm KN.
- Phỏng vấn 3 vòng (HR, tech, culture fit)
- Hybrid 3 ngày ở văn phòng
- Tháng 13 + ESOP + bảo hiểm sức khỏe cao cấp
Gửi CV về email hoặc ib mình nhận JD chi tiết nha.
@@ skilled_well_paid jobboard
Trưởng phòng Kỹ thuật Nhà máy - Công ty CP Bao bì Đông Á (KCN Nhơn Trạch)
Mức lương: 45 - 60 triệu/tháng
Yêu cầu: kỹ sư cơ khí/điện, 8 năm kinh nghiệm trong nhà máy sản xuất, trong đó 3 năm quản lý; tiếng Anh tốt
Mô tả: quản lý bảo trì, lập kế hoạch sửa chữa, cải tiến năng suất dây chuyền
Phúc lợi: xe đưa đón từ TP.HCM, bảo hiểm sức khỏe, thưởng hiệu quả công việc
Hồ sơ gửi qua cổng tuyển dụng của công ty
@@ skilled_well_paid facebook
[HN] Cty Nhật tìm gấp Bridge SE tiếng Nhật N2, 3 năm KN dự án offshore. Lương 2000 - 2800$ gross, thưởng 2 lần/năm, onsite Nhật ngắn hạn. Ib em gửi JD + lịch PV ạ 🇯🇵
@@ skilled_well_paid jobboard
Bác sĩ Chẩn đoán hình ảnh - Bệnh viện Đa khoa tư nhân Hồng Phúc
Thu nhập: 60 - 90 triệu/tháng (thỏa thuận theo năng lực)
Yêu cầu: bằng bác sĩ chuyên khoa I trở lên, chứng chỉ hành nghề, tối thiểu 5 năm đọc CT, MRI
Chế độ: hợp đồng không xác định thời hạn, BHXH, hỗ trợ nhà ở cho bác sĩ ngoại tỉnh, đào tạo nâng cao
Liên hệ phòng Tổ chức cán bộ của bệnh viện
@@ skilled_well_paid facebook
📌 Tuyển Data Engineer (Spark, Airflow, GCP), 4+ YoE, lương 50-70M net, remote 100% cho team ở Singapore nhưng ký HĐ với pháp nhân VN, đóng BHXH tại VN. Có 2 vòng technical. Quan tâm ib hoặc mail mình nhé.
@@ skilled_well_paid facebook nd
[Da Nang] Cong ty phan mem tuyen Mobile Developer (Flutter), 3 nam kinh nghiem, luong 30-45tr, thang 13, bao hiem suc khoe, 15 ngay phep. Phong van 2 vong tai van phong Hai Chau. Gui CV qua email tuyen dung cua cong ty.
@@ skilled_well_paid jobboard
Kỹ sư kết cấu cầu đường - Tổng công ty Xây dựng Trường Sơn Việt (dự án cao tốc)
Mức lương: 25 - 40 triệu + công tác phí
Yêu cầu: tốt nghiệp ĐH Giao thông/Xây dựng, 5 năm kinh nghiệm thiết kế, thành thạo Midas Civil
Nơi làm việc: Ban điều hành dự án tại Quảng Ngãi
Chế độ: BHXH, nhà ở công trường, về phép 4 ngày/tháng
@@ skilled_well_paid facebook
🚀 Startup AI tìm ML Engineer (NLP), 3+ năm kinh nghiệm, từng deploy model production.
Lương: 3000 - 4500 USD (thanh toán VNĐ theo tỷ giá), review 2 lần/năm.
Văn phòng: Quận 3, TP.HCM, hybrid.
Quy trình: CV → take-home → 2 vòng technical → offer.
Cmt hoặc ib mình để nhận link apply.
@@ skilled_well_paid jobboard
Giám đốc Tài chính (CFO) - Tập đoàn bán lẻ, trụ sở Hà Nội. Thu nhập 120 - 150 triệu/tháng + cổ phiếu thưởng. Yêu cầu: ACCA/CPA, 10 năm kinh nghiệm, trong đó 5 năm vị trí tương đương. Liên hệ qua công ty headhunt được ủy quyền.
@@ skilled_well_paid facebook
Tuyển Dược sĩ đại học phụ trách chuyên môn nhà thuốc chuỗi, lương 18-25tr + thưởng doanh số. Yêu cầu chứng chỉ hành nghề dược, 2 năm KN. Làm tại Q. Bình Thạnh. Ib page hoặc gửi hồ sơ trực tiếp. 💪
@@ skilled_well_paid telegram
[Remote/HCM] Blockchain dev (Solidity, Rust), 3+ năm, lương 3.000 - 5.000 USD, có audit code thực tế. Công ty có pháp nhân tại VN, ký HĐLĐ, PV kỹ thuật 2 vòng. Gửi GitHub + CV qua mail tuyển dụng ghi trong JD.
@@ skilled_well_paid facebook
[HN - Hoàn Kiếm] Tuyển Kiến trúc sư chủ trì thiết kế, 7 năm KN, thành thạo Revit, từng chủ trì dự án nhà cao tầng. Lương 35 - 50tr, thưởng dự án. Gửi portfolio qua email công ty.
@@ skilled_well_paid jobboard
Phi công phụ (First Officer) - Hãng hàng không nội địa
Yêu cầu: bằng CPL/ATPL, type rating A320/A321, tiếng Anh ICAO mức 4 trở lên
Thu nhập: cạnh tranh, từ 5.000 USD/tháng
Quy trình: sơ tuyển hồ sơ, kiểm tra lý thuyết, sim check, phỏng vấn
Hồ sơ nộp qua cổng tuyển dụng chính thức của hãng
@@ skilled_well_paid facebook
Bệnh viện tư tuyển bác sĩ Răng Hàm Mặt, có chứng chỉ hành nghề, 3 năm KN implant. Thu nhập 40-80 triệu theo doanh số + lương cứng. Làm tại Biên Hòa, Đồng Nai. Liên hệ phòng nhân sự 0251 3825 609. 🙏
@@ skilled_well_paid facebook nd
[HCM] Tuyen Senior DevOps (AWS, Kubernetes), 5 nam KN, luong toi 4000 USD gross. Lam viec tai van phong Q.7, 2 ngay WFH. Bao hiem suc khoe cho ca gia dinh. Ib minh de nhan JD nha.
@@ skilled_well_paid jobboard
Chuyên gia Quản lý chất lượng (QA Manager) - Nhà máy dược GMP-EU tại Bình Dương
Lương 55 - 70 triệu, tháng 13, thưởng KPI
Yêu cầu: dược sĩ ĐH, 8 năm kinh nghiệm QA/QC trong nhà máy GMP, tiếng Anh thành thạo
Hợp đồng chính thức, BHXH, xe đưa đón
@@ skilled_well_paid facebook
Tuyển kỹ sư thiết kế vi mạch (Analog IC Design), 2-5 năm KN, lương 40-80 triệu tùy level. Văn phòng tại Quận 9 (TP Thủ Đức). Có chương trình đào tạo tại Nhật 3 tháng, công ty lo toàn bộ chi phí theo hợp đồng đào tạo. Ứng tuyển qua website công ty.
@@ skilled_well_paid facebook
📌 [HN] Cần Tech Lead Java (Spring), 8+ năm, từng lead team 6-10 người. Lương 70-90M gross. Công ty outsourcing thị trường Đức, văn phòng Duy Tân. Ai quan tâm ib mình trao đổi nhé, không phí không điều kiện gì cả.
@@ skilled_well_paid jobboard
Luật sư cộng sự (Senior Associate) mảng M&A - Công ty Luật TNHH Minh Đạo
Thu nhập: 60 - 80 triệu/tháng + thưởng
Yêu cầu: thẻ luật sư, 6 năm kinh nghiệm giao dịch M&A, tiếng Anh pháp lý thành thạo
Nơi làm việc: Quận 1, TP.HCM
@@ urgent_hiring facebook
🆘 TUYỂN GẤP TRONG TUẦN 🆘
Xưởng bao bì Minh Tâm (KCN Sóng Thần, Dĩ An) cần gấp 30 công nhân đứng máy, đóng gói.
💰 Lương 8 - 10 triệu + tăng ca
✅ Không cần kinh nghiệm, đào tạo tại chỗ
✅ Nhận việc ngay sau phỏng vấn
✅ Có ký túc xá miễn phí cho công nhân ở xa
📍 Phỏng vấn trực tiếp tại cổng công ty từ 7h30 mỗi sáng
Mang theo CCCD bản gốc.
@@ urgent_hiring sms
Nha hang Hong Phat can gap 4 phuc vu di lam ngay ngay mai, luong 25k/gio. Goi 0983 526 147.
@@ urgent_hiring facebook
CẦN GẤP!!! 3 bạn phụ bán hàng dịp Tết tại chợ Bến Thành, từ 20 tháng Chạp đến 29 Tết. Lương 400k/ngày, bao cơm. Ai rảnh gọi cô Năm 0909 274 835 nha 🧧
@@ urgent_hiring zalo
Em ơi kho bên chị đang cần gấp 10 bạn bốc xếp hàng tối nay 20h-2h, 300k/ca, trả tiền cuối ca. Địa chỉ kho ở Long Biên, em rủ thêm bạn được thì tốt. Xác nhận với chị trước 17h nhé.
@@ urgent_hiring facebook
‼️ TUYỂN GẤP 50 LAO ĐỘNG THỜI VỤ ‼️
Công ty TNHH Điện tử Vĩnh An (KCN Quế Võ, Bắc Ninh)
- Thời gian: 3 tháng, có thể ký chính thức
- Lương cơ bản + phụ cấp + tăng ca: 9 - 11 triệu
- Ăn ca miễn phí, xe đưa đón
- Nam nữ 18 - 35 tuổi, không yêu cầu bằng cấp
Phỏng vấn thứ 2, 4, 6 tại văn phòng tuyển dụng cổng A.
@@ urgent_hiring facebook nd
📣 Can gap 2 ban nu phu quan an sang tai Hai Chau, Da Nang. Lam 5h30-11h, luong 4tr5, bao an sang. Di lam duoc ngay. Lien he 0905 318 246.
@@ urgent_hiring jobboard
[GẤP] Nhân viên kinh doanh vật liệu xây dựng - Cần Thơ
Lương cứng 8 triệu + hoa hồng 1-3%
Yêu cầu: có xe máy, giao tiếp tốt, ưu tiên có kinh nghiệm sales
Đi làm ngay, hợp đồng lao động chính thức sau 2 tháng thử việc
Nộp hồ sơ tại cửa hàng 15 đường 30/4, Ninh Kiều
@@ urgent_hiring facebook
📢 Cần gấp 5 tình nguyện viên hướng dẫn thí sinh cho kỳ thi vào ngày thứ 7 này tại trường THPT Lê Quý Đôn, hỗ trợ 200k/buổi + nước uống. Đăng ký qua form của Đoàn trường trước thứ 5.
@@ urgent_hiring facebook
Tuyển gấp tài xế B2 lái xe cho gia đình, đưa đón con đi học và chở hàng lặt vặt tại Quận 2. Lương 13tr, có phòng ở nếu cần. Yêu cầu 3 năm KN, không rượu bia. Liên hệ 0903 815 427.
@@ urgent_hiring telegram
Cần gấp 2 bạn dev Frontend (React) join dự án 3 tháng, bắt đầu thứ 2 tuần sau. Freelance tính theo giờ 250-350k, làm remote, có hợp đồng dịch vụ và xuất hóa đơn. Gửi portfolio cho mình nhé.
@@ urgent_hiring facebook
Siêu thị điện máy chi nhánh Thủ Dầu Một tuyển gấp 6 nhân viên tư vấn bán hàng và 2 nhân viên kho. Lương 7-12 triệu, thưởng doanh số, đóng BHXH từ tháng thứ 3. Phỏng vấn trực tiếp tại siêu thị từ 9h-16h mỗi ngày.
@@ urgent_hiring zalo
👉 Anh ơi công trình bên em ở Thủ Đức thiếu 3 thợ hồ với 2 phụ hồ, lương thợ 500k, phụ 350k/ngày, trả theo tuần. Anh có người thì cho em xin số nha, làm từ mai ạ.
@@ urgent_hiring sms
Cty Bao ve Sao Viet can gap 10 NV bao ve su kien 2 ngay cuoi tuan, 350k/ca. Nhan dang ky tai van phong 12 Vo Van Tan truoc thu 6.
@@ urgent_hiring facebook
GẤP GẤP 🔥 Khách sạn tại Phú Quốc cần 4 nhân viên buồng phòng cho mùa cao điểm, lương 7tr + service charge, bao ăn ở ký túc xá nhân viên, hợp đồng 6 tháng. Hồ sơ gửi phòng nhân sự khách sạn, có phỏng vấn qua video trước.
@@ urgent_hiring facebook
Cần gấp 1 bạn kế toán nội bộ đi làm ngay tại cty TNHH Thương mại Bảo Long (Hà Đông). Biết MISA, 1 năm KN. Lương 9-11 triệu. Gửi CV qua email hoặc đến văn phòng phỏng vấn, có kết quả trong 2 ngày.
@@ chat_app_contact facebook
📌 Quán cơm Bà Sáu (Q. Phú Nhuận) cần tuyển 2 bạn phụ bán buổi trưa 10h-14h, 25k/giờ, có cơm trưa. Ai gần quán nhắn Zalo 0918 503 726 cho chị Sáu nha.
@@ chat_app_contact facebook
[Thủ Đức] Cần tuyển nhân viên chụp ảnh sản phẩm cho shop thời trang, làm tại studio của shop, 3 buổi/tuần, 200k/buổi. Có máy ảnh riêng là lợi thế. Gửi vài tấm ảnh đã chụp qua Zalo 0937 810 264 nhé. 👇
@@ chat_app_contact zalo
Chào Hương, anh là Quân bên phòng kỹ thuật công ty Thiên Phú. Anh nhận được CV của em qua website tuyển dụng. Em có thể đến phỏng vấn lúc 9h sáng thứ 4 tại văn phòng 27 Láng Hạ không? Nếu đổi lịch em nhắn lại Zalo này cho anh nhé.
@@ chat_app_contact facebook
🆕 Tuyển nhân viên văn phòng (hành chính - nhân sự) tại Long Biên, lương 8-10tr, giờ hành chính, nghỉ chủ nhật. Yêu cầu tốt nghiệp CĐ trở lên, thành thạo Word/Excel. Liên hệ Zalo 0976 241 538 (Ms Thảo) để nhận lịch phỏng vấn tại công ty.
@@ chat_app_contact telegram
Team mình (agency marketing ở Q.3) tuyển 1 bạn Content Writer full-time, lương 10-14tr, có test viết 1 bài trước khi phỏng vấn. Nhắn Telegram @thanh_agency_hr hoặc gửi CV qua mail công ty, mình phản hồi trong 3 ngày làm việc.
@@ chat_app_contact facebook nd
📢 Tuyen nhan vien ban hang cua hang dien thoai tai Bien Hoa, luong 7tr + hoa hong, lam ca xoay. Lien he Zalo 0909 641 372 gap anh Tai hoac ghe truc tiep cua hang 102 Pham Van Thuan.
@@ chat_app_contact zalo
Dạ chào anh, em là Nhi bên nhân sự nhà hàng Sen Vàng. Anh đã ứng tuyển vị trí bếp chính đúng không ạ? Bếp trưởng muốn mời anh nấu thử vào 14h chiều mai tại nhà hàng, anh xác nhận giúp em qua Zalo nha. Địa chỉ 66 Hai Bà Trưng ạ.
@@ chat_app_contact facebook
[Hải Châu - ĐN] Tuyển 1 bạn trợ giảng tiếng Anh cho lớp thiếu nhi, tối 2-4-6, 120k/buổi 2 tiếng. Ib mình hoặc Zalo 0935 472 016. Lớp học tại 31 Lê Duẩn nha.
@@ chat_app_contact facebook
Tuyển thợ cắt tóc nam có tay nghề, làm tại salon ở Hoàng Mai. Lương cứng 8tr + % doanh thu, nghỉ 4 ngày/tháng. Anh em liên hệ Zalo 0983 617 045 (anh Minh) để hẹn qua làm thử 1 buổi.
@@ chat_app_contact zalo nd
Chao em, chi la Lan, quan ly cua hang tien loi. Em gui CV qua email roi dung khong? Chieu mai 3h em qua cua hang de chi phong van truc tiep nhe, nho mang CCCD. Co gi nhan Zalo nay cho chi.
@@ chat_app_contact facebook
🎓 Trung tâm gia sư Trí Việt cần gấp gia sư Hóa lớp 11 tại Q. Bình Thạnh, 2 buổi/tuần, 180k/buổi. Trung tâm thu phí nhận lớp 30% buổi đầu tiên, có hợp đồng giao lớp. Liên hệ Zalo 0902 356 481 để nhận lớp.
@@ chat_app_contact telegram
⚡ [Remote] Mình cần 1 bạn QC kiểm thử app mobile part-time, 20h/tuần, 80k/giờ, trả lương qua chuyển khoản hằng tháng theo hợp đồng cộng tác. Công ty có văn phòng tại Cầu Giấy, có thể qua gặp trực tiếp. Ib Telegram @linh_qa_lead
@@ chat_app_contact facebook
🆕 Tuyển nhân viên giao hàng cho cửa hàng vật liệu xây dựng ở Bình Chánh. Có bằng lái xe tải nhẹ. Lương 9-11tr. Liên hệ sdt/Zalo 0934 127 568 hoặc ghé cửa hàng trên đường Nguyễn Văn Linh.
@@ chat_app_contact zalo
📣 Em ơi, anh bên tiệm sửa điện thoại Minh Phát. Tiệm đang cần người học việc sửa điện thoại, có lương 3tr tháng đầu, bao cơm trưa. Em muốn học thì qua tiệm nói chuyện với anh nha, ko mất phí học gì hết. Tiệm ở 45 Cách Mạng Tháng 8.
@@ chat_app_contact facebook
Cty in ấn tại Tân Phú tuyển thiết kế đồ họa (Illustrator, Photoshop), 1 năm KN, lương 10-13tr. Gửi portfolio qua Zalo 0918 274 639 hoặc email, bên mình hẹn PV trong tuần.
@@ chat_app_contact facebook
Nhà xe Phương Nam tuyển phụ xe tuyến Sài Gòn - Cần Thơ, lương 9tr + phụ cấp chuyến. Nam 22-40 tuổi. Liên hệ điều hành Zalo 0939 472 581 hoặc qua văn phòng bến xe Miền Tây.
@@ chat_app_contact zalo
Chào bạn, mình là HR công ty phần mềm Lạc Hồng. Bạn đã vượt qua vòng CV vị trí Junior PHP. Vòng tiếp theo là bài test online 60 phút, mình gửi link qua email của bạn nhé. Bạn xác nhận giúp mình đã nhận email qua Zalo này được không?
@@ chat_app_contact facebook
Tuyển phụ kho part-time cho shop online tại Gò Vấp, đóng gói hàng, 3-4 tiếng mỗi tối, 22k/giờ. Làm tại kho của shop, không làm online nha mọi người. Zalo 0862 173 954. 👇
@@ chat_app_contact telegram
💼 Tuyển designer UI/UX làm tại văn phòng Q.10, 2 năm KN, lương 15-22tr. Nhắn Telegram @ui_team_lead hoặc gửi portfolio qua email hr của công ty. Có 1 bài test thiết kế trả phí 500k nếu bạn qua vòng CV.
@@ chat_app_contact facebook nd
Can tuyen nu phu ban shop my pham tai Hai Phong, luong 6tr + thuong, ca sang 8h-16h. Lien he Zalo 0936 201 485 hoac den shop 88 Lach Tray.
@@ chat_app_contact facebook
Tiệm giặt ủi ở Q. Tân Bình tuyển 1 nhân viên, làm 8h-17h, lương 6tr5, nghỉ chủ nhật. Liên hệ Zalo/sdt 0908 731 026 gặp cô Hoa. 💪
@@ chat_app_contact zalo
Chị chào em, chị là chủ nhiệm lớp tiếng Hàn buổi tối. Trung tâm đang cần 1 bạn trợ giảng có TOPIK 4, dạy tại trung tâm 3 buổi/tuần, 150k/buổi. Em quan tâm thì tối nay 19h ghé trung tâm gặp chị nhé. 🔥
@@ chat_app_contact facebook
👨‍🍳 Cần tuyển đầu bếp món Âu cho nhà hàng mới khai trương ở Hội An. Lương 15-20tr tùy tay nghề. Liên hệ Zalo 0905 814 273 (anh Khoa), nấu thử trước khi nhận việc.
@@ chat_app_contact telegram
📌 Mình đang tuyển 2 bạn sinh viên làm khảo sát thị trường trực tiếp tại siêu thị (phát phiếu, phỏng vấn khách) cuối tuần này, 300k/ngày, công ty nghiên cứu thị trường có giấy phép, ký biên bản cộng tác. Nhắn Telegram @survey_hcm_team để đăng ký.
@@ chat_app_contact facebook
Công ty nội thất Hòa Bình tuyển thợ sơn PU, lương 10-14tr, làm tại xưởng Thuận An. Ib Zalo 0977 608 342 để được hẹn qua xưởng xem việc.
@@ customer_service_local jobboard
Nhân viên Chăm sóc khách hàng (Call center) - Tổng đài dịch vụ viễn thông
Địa điểm: Quận 12, TP.HCM
Lương: 7 - 9 triệu + thưởng KPI
Yêu cầu: tốt nghiệp THPT trở lên, giọng nói rõ ràng, không nói ngọng, biết dùng máy tính
Ca làm: xoay ca, 8 tiếng/ca
Chế độ: đào tạo 2 tuần có lương, BHXH, phụ cấp ca đêm
Nộp hồ sơ trực tiếp tại tòa nhà tổng đài hoặc qua trang tuyển dụng của công ty
@@ customer_service_local facebook
📞 Tuyển nhân viên CSKH qua điện thoại cho ngân hàng (làm việc tại Q. Cầu Giấy, Hà Nội)
- Lương 8 - 10 triệu
- Không cần kinh nghiệm, được đào tạo nghiệp vụ
- Làm giờ hành chính, nghỉ chủ nhật
- Ký HĐLĐ với công ty dịch vụ, đóng BHXH
Gửi CV hoặc ib page để được hẹn phỏng vấn trực tiếp tại văn phòng.
@@ customer_service_local facebook
📢 Tuyển CSKH online (trực fanpage, trả lời tin nhắn) cho chuỗi mỹ phẩm, làm tại văn phòng Q.3, ca 8h-17h, lương 7tr + thưởng. Không làm tại nhà. Ứng viên gửi CV qua email hoặc đến trực tiếp 120 Võ Văn Tần.
@@ customer_service_local jobboard
Chuyên viên chăm sóc khách hàng tiếng Anh - BPO tại Đà Nẵng
Mức lương: 12 - 16 triệu
Yêu cầu: tiếng Anh giao tiếp lưu loát (phỏng vấn bằng tiếng Anh), kỹ năng đánh máy tốt
Ca làm: có ca đêm theo giờ Mỹ, phụ cấp ca đêm 30%
Quyền lợi: đào tạo 4 tuần, HĐLĐ chính thức, bảo hiểm sức khỏe
Địa điểm: tòa nhà văn phòng tại quận Hải Châu
@@ customer_service_local facebook nd
Tuyen nhan vien CSKH cho hang xe may tai Binh Duong, tra loi dien thoai va tiep khach tai showroom, luong 7-8tr, lam gio hanh chinh, dong BHXH. Nop ho so tai showroom 215 DT743. ✅
@@ customer_service_local zalo
Chào bạn, mình là Trang phòng nhân sự công ty chuyển phát Nhanh Việt. Bạn ứng tuyển vị trí CSKH tổng đài đúng không? Lịch phỏng vấn 10h thứ 6 tại văn phòng 78 Nguyễn Văn Cừ, bạn mang theo CCCD và bằng tốt nghiệp nhé. 🔥
@@ customer_service_local facebook
Tuyển 10 nhân viên telesale khóa học tiếng Anh, làm tại văn phòng Đống Đa, lương cứng 6tr + hoa hồng, thu nhập TB 10-15tr. Có data khách sẵn, đào tạo kịch bản. HĐLĐ, BHXH. Liên hệ 0246 2934 815.
@@ customer_service_local jobboard
Nhân viên Hỗ trợ khách hàng tiếng Hàn - Công ty TNHH Điện tử tại KCN Yên Phong
Lương: 18 - 25 triệu
Yêu cầu: TOPIK 4 trở lên, tốt nghiệp CĐ/ĐH
Công việc: phiên dịch, hỗ trợ khách hàng Hàn Quốc, xử lý khiếu nại
Chế độ: xe đưa đón, ăn ca, BHXH, thưởng 2 lần/năm
@@ customer_service_local facebook
Chuỗi siêu thị mini tuyển nhân viên CSKH trực hotline đổi trả hàng, ca 8h, làm tại văn phòng Q. Tân Phú. Lương 7,5tr. Đào tạo 1 tuần. Ib page để nhận form ứng tuyển.
@@ customer_service_local facebook
💬 Tuyển nhân viên tư vấn bảo hành (CSKH kỹ thuật) cho hãng điều hòa tại Hà Nội. Lương 8-11tr, ưu tiên biết kỹ thuật điện lạnh cơ bản. Làm tại trung tâm bảo hành Thanh Xuân. Gọi 0243 5626 719 giờ hành chính.
@@ customer_service_local website
Tuyển dụng: Giao dịch viên / CSKH quầy tại phòng giao dịch ngân hàng thương mại, chi nhánh Huế. Yêu cầu tốt nghiệp ĐH chuyên ngành kinh tế, tài chính. Thu nhập 10 - 14 triệu. Hồ sơ nộp trực tuyến qua trang tuyển dụng của ngân hàng; vòng thi viết và phỏng vấn tổ chức tại chi nhánh.
@@ customer_service_local facebook
📢 Tuyển CSKH online part-time ca tối (18h-22h) cho shop giày, làm tại văn phòng ở Q. Phú Nhuận, 25k/giờ. Sinh viên ưu tiên. Không có bất kỳ khoản phí nào. Liên hệ Zalo 0933 502 817.
@@ customer_service_local jobboard
Nhân viên chăm sóc khách hàng - Công ty Bảo hiểm nhân thọ (văn phòng Nha Trang)
Lương: 8 - 10 triệu
Công việc: hỗ trợ khách hàng về hợp đồng, thanh toán phí, giải quyết quyền lợi bảo hiểm
Yêu cầu: CĐ/ĐH, giao tiếp tốt
Chế độ: BHXH, du lịch hằng năm
@@ customer_service_local facebook
Khách sạn 4 sao ở Vũng Tàu tuyển 2 nhân viên quan hệ khách hàng (Guest Relation), tiếng Anh tốt, lương 9-12tr + service charge, bao ăn ca. Gửi CV về phòng nhân sự khách sạn.
@@ customer_service_local sms
[TB] Ung vien Nguyen T.H da qua vong so tuyen vi tri CSKH tong dai. Moi ban den PV luc 8h30 ngay 12/5 tai phong nhan su, tang 3, 56 Tran Hung Dao. Mang CCCD.
@@ customer_service_local facebook
📣 Tuyển nhân viên trực chat hỗ trợ khách hàng cho sàn thương mại điện tử, làm tại văn phòng tòa nhà ở Q. Tân Bình, xoay ca 3 ca, lương 8,5-10tr, HĐLĐ 1 năm, BHXH đầy đủ. Không yêu cầu kinh nghiệm, có đào tạo 2 tuần hưởng lương.
@@ legal_abroad website
THÔNG BÁO TUYỂN CHỌN LAO ĐỘNG ĐI LÀM VIỆC TẠI HÀN QUỐC THEO CHƯƠNG TRÌNH EPS
Trung tâm Lao động ngoài nước thông báo kế hoạch tổ chức kỳ thi tiếng Hàn (EPS-TOPIK) cho người lao động đăng ký đi làm việc tại Hàn Quốc ngành sản xuất chế tạo và nông nghiệp.
- Đối tượng: công dân Việt Nam từ 18 đến 39 tuổi, không có tiền án, chưa từng cư trú bất hợp pháp tại Hàn Quốc.
- Người lao động đăng ký dự thi tại Sở Nội vụ nơi cư trú theo thông báo của địa phương.
- Lệ phí thi nộp theo quy định, không qua trung gian.
Trung tâm không ủy quyền cho bất kỳ cá nhân, tổ chức nào tuyển chọn lao động. Người lao động cảnh giác với các đối tượng hứa hẹn "đảm bảo đỗ", "đi nhanh không cần thi".
@@ legal_abroad facebook
🇯🇵 TUYỂN THỰC TẬP SINH KỸ NĂNG NGÀNH THỰC PHẨM - NHẬT BẢN 🇯🇵
Công ty CP Nhân lực Quốc tế Đông Phong (Giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài số 412/LĐTBXH-GP)
- Số lượng: 24 nữ, 18 - 30 tuổi
- Công việc: chế biến cơm hộp tại nhà máy tỉnh Saitama
- Lương cơ bản: 175.000 yên/tháng (chưa tăng ca), hợp đồng 3 năm
- Yêu cầu: tốt nghiệp THPT, sức khỏe tốt, học tiếng Nhật 4-6 tháng tại trung tâm đào tạo của công ty
- Chi phí: theo đúng mức trần quy định, ký hợp đồng dịch vụ rõ ràng, thu qua tài khoản công ty, có hóa đơn
Thi tuyển trực tiếp với đại diện xí nghiệp Nhật tại trụ sở công ty ở Hà Nội.
@@ legal_abroad jobboard
Kỹ sư cơ khí đi làm việc tại Nhật Bản (visa Kỹ sư - Kỹ thuật - Nhân văn)
Đơn vị phái cử: Công ty TNHH Nguồn lực Sao Việt, giấy phép số 318/LĐTBXH-GP
Yêu cầu: tốt nghiệp ĐH chuyên ngành cơ khí, tiếng Nhật N3 trở lên, 1 năm kinh nghiệm CAD
Lương: 230.000 - 260.000 yên/tháng, hợp đồng lao động với công ty Nhật, gia hạn không giới hạn
Quy trình: nộp hồ sơ → phỏng vấn online với công ty Nhật → xin tư cách lưu trú → xin visa tại Đại sứ quán
Mọi khoản phí được ghi trong hợp đồng dịch vụ, thu sau khi trúng tuyển.
@@ legal_abroad facebook
Người lao động muốn đi làm việc ở nước ngoài hãy tra cứu danh sách doanh nghiệp được cấp giấy phép trên Cổng thông tin của Cục Quản lý lao động ngoài nước trước khi nộp hồ sơ. Công ty chúng tôi (giấy phép số 287/LĐTBXH-GP) đang tuyển lao động đi Đài Loan ngành điện tử, lương theo mức lương cơ bản Đài Loan, có hợp đồng lao động song ngữ được chủ sử dụng xác nhận. Tư vấn trực tiếp tại văn phòng, không thu phí qua tài khoản cá nhân.
@@ legal_abroad website
Trung tâm Dịch vụ việc làm tỉnh thông báo: tuyển lao động đi làm việc thời vụ ngành nông nghiệp tại Hàn Quốc theo thỏa thuận giữa địa phương với chính quyền địa phương Hàn Quốc. Thời hạn 5-8 tháng. Người lao động đăng ký tại Phòng Nội vụ cấp huyện. Chi phí gồm vé máy bay, khám sức khỏe, visa do người lao động tự chi trả theo thực tế, không có phí môi giới.
@@ legal_abroad facebook
📣 TUYỂN ĐIỀU DƯỠNG ĐI ĐỨC - CHƯƠNG TRÌNH HỢP TÁC ĐÀO TẠO NGHỀ 🇩🇪
Đơn vị: Công ty CP Hợp tác Nhân lực Việt - Đức (GP số 155/LĐTBXH-GP)
- Đối tượng: tốt nghiệp THPT/CĐ/ĐH điều dưỡng, 18-30 tuổi
- Học tiếng Đức đến B1 tại Việt Nam (6-9 tháng)
- Sang Đức học nghề 3 năm có lương học nghề 1.100 - 1.300 EUR/tháng
- Sau tốt nghiệp làm việc tại bệnh viện, lương từ 2.800 EUR
- Chi phí công khai trong hợp đồng, thanh toán theo từng giai đoạn
Buổi tư vấn trực tiếp tại văn phòng Hà Nội sáng thứ 7 hàng tuần.
@@ legal_abroad jobboard
Tuyển lao động kỹ năng đặc định (Tokutei) ngành nhà hàng - Nhật Bản
Yêu cầu: đã đỗ kỳ thi kỹ năng ngành nhà hàng và tiếng Nhật JFT-Basic/N4
Lương: 190.000 yên + tăng ca, hỗ trợ nhà ở
Hợp đồng trực tiếp với doanh nghiệp Nhật, đơn vị hỗ trợ đăng ký tại Nhật Bản
Doanh nghiệp Việt Nam phái cử có giấy phép số 203/LĐTBXH-GP; phí dịch vụ không vượt mức quy định
@@ legal_abroad zalo
Chào em, chị là cán bộ tư vấn của công ty XKLĐ Thành Công (giấy phép 376/LĐTBXH-GP). Đơn hàng đi Nhật ngành cơ khí em hỏi hôm trước sẽ thi tuyển ngày 20 tại văn phòng công ty. Em mang theo bằng cấp 3, giấy khám sức khỏe, hộ chiếu. Mọi khoản phí chị đã gửi trong bảng chi phí, em chỉ nộp sau khi ký hợp đồng và nộp vào tài khoản công ty có xuất hóa đơn nhé.
@@ legal_abroad facebook nd
Thong bao: Cong ty CP Cung ung nhan luc Quoc te Hai Dang (giay phep so 241/LDTBXH-GP) tuyen lao dong di Dai Loan nganh det may, hop dong 3 nam, luong co ban theo quy dinh Dai Loan. Chi phi theo quy dinh, co hop dong dua nguoi lao dong di lam viec. Tu van truc tiep tai tru so cong ty, khong qua ca nhan trung gian.
@@ legal_abroad news
Bộ Nội vụ thông báo lịch thi tiếng Hàn theo chương trình EPS năm nay đối với ngành ngư nghiệp và xây dựng. Người lao động chỉ đăng ký qua Trung tâm Lao động ngoài nước và các điểm tiếp nhận hồ sơ tại địa phương; lệ phí thi được niêm yết công khai. Trung tâm khuyến cáo không nộp tiền cho cá nhân tự xưng "có suất đi nhanh".
@@ legal_abroad website
Chương trình tuyển chọn ứng viên điều dưỡng, hộ lý sang Nhật Bản theo Hiệp định Đối tác kinh tế Việt Nam - Nhật Bản (VJEPA). Ứng viên được học tiếng Nhật 12 tháng tại Việt Nam miễn phí, sau đó làm việc và thi lấy chứng chỉ quốc gia tại Nhật. Hồ sơ nộp theo thông báo chính thức của cơ quan quản lý lao động ngoài nước.
@@ legal_abroad facebook
Đi Úc theo chương trình Lao động Nông nghiệp (PALM)? ⚠️ Chương trình chỉ tuyển qua đầu mối chính thức của Nhà nước theo thỏa thuận giữa hai chính phủ. Công ty chúng tôi KHÔNG tuyển chương trình này. Hiện công ty (GP số 198/LĐTBXH-GP) đang tuyển đơn hàng đi Nhật và Đài Loan, hợp đồng rõ ràng, tư vấn miễn phí tại văn phòng.
@@ legal_abroad jobboard
Tuyển kỹ sư xây dựng đi làm dự án thủy điện tại Lào - Tổng công ty Xây lắp Sông Hồng (doanh nghiệp trúng thầu dự án)
Yêu cầu: ĐH Xây dựng/Thủy lợi, 5 năm kinh nghiệm thi công, chứng chỉ hành nghề giám sát
Lương: 35 - 45 triệu + phụ cấp công trường nước ngoài
Hợp đồng lao động với tổng công ty tại Việt Nam, đóng BHXH đầy đủ, công ty làm thủ tục giấy phép lao động tại Lào theo quy định, về phép 3 tháng/lần
Phỏng vấn tại trụ sở Hà Nội
@@ legal_abroad facebook
📌 [Tuyển dụng] Kỹ sư IT làm việc tại Nhật Bản - phỏng vấn trực tiếp với công ty Nhật
- Java/PHP, 2 năm KN, tiếng Nhật N3
- Lương 280.000 - 350.000 yên, thưởng 2 lần/năm
- Visa kỹ sư, được bảo lãnh gia đình
- Không thu phí ứng viên (phí do công ty Nhật chi trả)
Đơn vị tuyển dụng có giấy phép dịch vụ việc làm, hồ sơ gửi qua email.
@@ legal_abroad website
Hỏi: Tôi muốn đi làm việc ở Hàn Quốc theo chương trình EPS thì đăng ký ở đâu, có mất phí môi giới không?
Trả lời: Chương trình EPS do Trung tâm Lao động ngoài nước thực hiện, người lao động đăng ký dự thi tiếng Hàn theo thông báo chính thức, nộp các khoản chi phí theo quy định (lệ phí thi, khám sức khỏe, vé máy bay...). Chương trình không có phí môi giới. Mọi trường hợp thu tiền hứa hẹn "chắc chắn đi được" đều có dấu hiệu lừa đảo.
@@ legal_abroad facebook
✈️ ĐƠN HÀNG ĐÀI LOAN - NHÀ MÁY LINH KIỆN ĐIỆN TỬ ĐÀO VIÊN ✈️
📋 Số lượng: 30 nam nữ, 20 - 35 tuổi
💰 Lương cơ bản 28.590 Đài tệ/tháng + tăng ca
🏠 Ký túc xá nhà máy, ăn theo quy định hợp đồng
📝 Hợp đồng 3 năm, gia hạn được
🏢 Công ty CP Thương mại và Nhân lực Phú Gia - Giấy phép số 456/LĐTBXH-GP
📌 Chi phí ghi rõ trong hợp đồng, nộp tại công ty có phiếu thu
👉 Thi tuyển tại văn phòng công ty, có đại diện chủ sử dụng tham gia
@@ legal_abroad news
Nhiều doanh nghiệp dịch vụ đưa người lao động đi làm việc ở nước ngoài cho biết thị trường Nhật Bản, Hàn Quốc, Đài Loan tiếp tục có nhu cầu lớn. Cơ quan quản lý khuyến cáo người lao động kiểm tra giấy phép của doanh nghiệp, chỉ nộp tiền sau khi ký hợp đồng và nộp trực tiếp cho doanh nghiệp, không nộp qua cá nhân.
@@ legal_abroad zalo nd
📌 Chao anh, em la nhan vien tu van cua cong ty cung ung nhan luc Dai Viet (giay phep 179/LDTBXH-GP). Lich thi tuyen don hang xay dung di Nhat la thu 5 tuan sau tai tru so cong ty o Tu Liem. Anh nho mang ho so goc de doi chieu. Bang chi phi chi tiet em da gui qua email, anh chi dong tien sau khi ky hop dong nhe.
@@ legal_abroad facebook
Du học nghề Hàn Quốc hay đi EPS? 🤔 Bên mình là trung tâm tư vấn du học được Sở GD&ĐT cấp phép, chỉ tư vấn du học (visa D4-6), không nhận "lo visa lao động". Ai muốn đi làm việc theo EPS thì đăng ký thi qua Trung tâm Lao động ngoài nước nha, không có đường tắt đâu. Tư vấn miễn phí tại văn phòng.
@@ legal_abroad jobboard
Tuyển 10 thợ hàn đi làm việc tại Hungary - đơn hàng công nghiệp đóng tàu
Đơn vị: Công ty TNHH Hợp tác Lao động Quốc tế Nam Việt (GP số 332/LĐTBXH-GP)
Yêu cầu: có chứng chỉ hàn 3G/6G, kiểm tra tay nghề trực tiếp tại xưởng
Lương: 1.100 - 1.400 EUR/tháng, hợp đồng 2 năm, có bảo hiểm theo luật Hungary
Chi phí và thời gian xuất cảnh ghi rõ trong hợp đồng (thường 4-6 tháng làm thủ tục visa)
@@ legal_abroad news
Sau khi ký hợp đồng, người lao động được học định hướng bắt buộc trước khi xuất cảnh về pháp luật, phong tục, điều kiện làm việc tại nước tiếp nhận. Đây là quy định đối với lao động đi làm việc ở nước ngoài theo hợp đồng, nhằm giúp họ hiểu quyền lợi và biết liên hệ cơ quan đại diện khi có sự cố.
@@ legal_abroad facebook
Chia sẻ kinh nghiệm đi Nhật của mình cho các bạn: mình đi qua công ty có giấy phép (tra trên cổng DOLAB trước), học tiếng 5 tháng, thi tuyển với xí nghiệp, ký hợp đồng, đóng phí theo từng đợt có hóa đơn. Quá trình mất gần 8 tháng chứ không có chuyện "bay trong 1 tuần" như mấy quảng cáo trên mạng đâu nha.
@@ legal_abroad telegram
Kênh thông tin của Công ty CP Nhân lực Bình Minh (GP số 267/LĐTBXH-GP). Lịch thi tuyển đơn hàng Nhật tháng này: ngành đóng gói (15/6), ngành xây dựng (22/6). Ứng viên đăng ký trực tiếp tại văn phòng, mang theo CCCD và bằng tốt nghiệp. Công ty không nhận tiền cọc giữ chỗ.
@@ legal_abroad website
Thông báo tuyển chọn người lao động đi làm việc tại Israel ngành xây dựng theo hiệp định lao động giữa hai Chính phủ. Người lao động đăng ký theo hướng dẫn của Trung tâm Lao động ngoài nước, qua kiểm tra tay nghề. Không có tổ chức, cá nhân nào được ủy quyền thu tiền "đảm bảo trúng tuyển".
@@ ngo_warning facebook
⚠️ CẢNH GIÁC CHIÊU "VIỆC NHẸ LƯƠNG CAO" ⚠️
Thời gian gần đây trên mạng xã hội xuất hiện nhiều bài đăng: "Tuyển nhân viên CSKH tại Campuchia, lương 1000-1500$, bao vé máy bay, bao ăn ở, không cần kinh nghiệm".
Thực tế, nhiều người sang đến nơi bị thu hộ chiếu, điện thoại, bị ép làm việc lừa đảo qua mạng 14-16 tiếng/ngày, bị đánh đập, bán qua lại giữa các công ty.
Công an khuyến cáo:
- Không tin các lời mời "việc nhẹ, lương cao", "xuất cảnh nhanh, không cần thủ tục".
- Chỉ đi làm việc ở nước ngoài qua doanh nghiệp có giấy phép.
- Khi phát hiện dấu hiệu mua bán người, báo ngay cho Công an nơi gần nhất hoặc Tổng đài quốc gia 111.
@@ ngo_warning news
Công an tỉnh khuyến cáo người dân tuyệt đối không nghe theo lời dụ dỗ đi lao động bất hợp pháp ở Campuchia. Các đối tượng thường đăng tin "tuyển người đánh máy, không cần bằng cấp, lương vài chục triệu/tháng, được ứng trước tiền đi lại". Khi có nhu cầu đi lao động nước ngoài, người dân chỉ liên hệ doanh nghiệp có giấy phép.
@@ ngo_warning facebook
📢 Nếu bạn nhận được tin nhắn kiểu: "Tuyển CTV làm nhiệm vụ like, follow, 10k/nhiệm vụ, rút tiền ngay" — hãy DỪNG LẠI.
Đây là kịch bản lừa đảo quen thuộc: ban đầu cho bạn nhận vài chục nghìn để tạo lòng tin, sau đó yêu cầu "nạp tiền làm nhiệm vụ trả trước", "nạp thêm để rút tiền". Khi số tiền đủ lớn, chúng chặn liên lạc.
Không có công việc thật nào bắt bạn nạp tiền để được nhận lương.
Chia sẻ để người thân cùng biết nhé 🙏
@@ ngo_warning sms
Bo Cong an canh bao: Khong nap tien lam nhiem vu online, khong tin loi moi "viec nhe luong cao" di lam o nuoc ngoai. Phat hien lua dao goi 113 hoac bao tin nhan qua 156.
@@ ngo_warning facebook
Câu chuyện của em T. (19 tuổi, Nghệ An) 💔
Em thấy trên Facebook bài tuyển "nhân viên văn phòng tại Campuchia, lương 25 triệu, bao ăn ở, có xe đón". Người tuyển dụng nói chuyện rất thân thiện, còn gửi ảnh văn phòng máy lạnh.
Sang đến nơi, em bị giữ hộ chiếu, bị bắt làm việc nhắn tin lừa đảo từ 8h sáng đến nửa đêm. Không đạt chỉ tiêu bị phạt, bị đánh.
Gia đình phải nộp "tiền chuộc" 60 triệu nhưng em vẫn bị bán sang công ty khác.
Nhờ sự phối hợp của cơ quan chức năng, em đã được giải cứu và về nhà.
Xin mọi người hãy chia sẻ để không ai phải chịu cảnh như em.
Nếu người thân của bạn đang gặp nguy hiểm ở nước ngoài, hãy liên hệ cơ quan đại diện Việt Nam hoặc Tổng đài 111.
@@ ngo_warning website
Dấu hiệu nhận biết tin tuyển dụng lừa đảo đưa người ra nước ngoài:
1. Hứa hẹn lương cao bất thường (1.000 - 3.000 USD) cho việc đơn giản như đánh máy, chăm sóc khách hàng.
2. "Không cần kinh nghiệm, không cần bằng cấp, không cần ngoại ngữ".
3. "Bao vé máy bay, bao ăn ở, ứng trước tiền" - người tuyển lo hết chi phí.
4. "Xuất cảnh nhanh trong vài ngày", đi bằng visa du lịch hoặc đi đường tiểu ngạch.
5. Chỉ liên lạc qua Telegram, Zalo, Facebook; không có địa chỉ công ty, không có hợp đồng.
6. Địa điểm làm việc ở các khu vực như Sihanoukville, Bavet, Poipet (Campuchia), Myawaddy (Myanmar), Tam Giác Vàng (Lào).
Hãy kiểm tra doanh nghiệp trên trang của Cục Quản lý lao động ngoài nước trước khi quyết định.
@@ ngo_warning facebook
CÔNG AN PHƯỜNG THÔNG BÁO 🚨
Thủ đoạn mới: đối tượng giả danh nhân viên sàn thương mại điện tử (Shopee, Lazada, TikTok Shop) nhắn tin mời "làm CTV xử lý đơn hàng, hoa hồng 10-20%, làm tại nhà bằng điện thoại". Nạn nhân được yêu cầu chuyển tiền mua đơn, sau đó bị báo "sai thao tác", phải nạp thêm để rút.
Đề nghị bà con không làm theo, không chuyển tiền cho người lạ, báo ngay cho Công an phường khi nghi ngờ.
@@ ngo_warning zalo
Con ơi, mẹ gửi con cái tin của công an xã nè: "Cảnh giác các bài đăng tuyển người đi làm ở Campuchia, Lào lương 20-30 triệu, bao ăn ở, có xe đón tận nhà. Nhiều thanh niên trong tỉnh đã bị lừa bán". Con với mấy đứa bạn đừng có nghe ai rủ đi nghe chưa.
@@ ngo_warning facebook nd
CANH BAO: Cac doi tuong dang tin "tuyen nhan vien CSKH, danh may tai Campuchia, luong 1000$, bao ve may bay, khong can kinh nghiem" tren Facebook, Telegram. Thuc chat la lua nguoi sang lam viec trong cac co so lua dao truc tuyen. Nguoi dan khong tin, khong di, bao cho cong an khi phat hien.
@@ ngo_warning tiktok
Mình từng suýt bị lừa sang Campuchia đây 😰 Tin tuyển dụng ghi "CSKH, lương 1200 đô, bao vé, không cần kinh nghiệm, đi trong 3 ngày". Họ chỉ nói chuyện qua Telegram, không có hợp đồng, không cho địa chỉ công ty. May mà mình hỏi anh họ làm công an nên dừng lại kịp. Mọi người đừng tin nha!
@@ ngo_warning website
Tổ chức phòng chống mua bán người lưu ý: Các nạn nhân thường được tiếp cận bởi người quen hoặc "người giới thiệu" trên mạng với lời hứa: "công việc văn phòng, chỉ cần biết đánh máy", "công ty ứng trước toàn bộ chi phí, làm rồi trả". Khoản "ứng trước" sau đó bị biến thành món nợ khiến nạn nhân không thể rời đi. Nếu bạn hoặc người thân gặp tình huống này, hãy gọi 111 (miễn phí, 24/7).
@@ ngo_warning facebook
⛔ 5 câu nói "báo động đỏ" trong tin tuyển dụng online:
1️⃣ "Việc nhẹ, lương cao, làm tại nhà chỉ cần điện thoại"
2️⃣ "Nạp tiền nhận đơn, hoàn gốc + hoa hồng"
3️⃣ "Bao vé máy bay, bao ăn ở, đi Campuchia trong tuần"
4️⃣ "Không cần hộ chiếu, có người dẫn qua biên giới"
5️⃣ "Liên hệ qua Telegram, không cần CV"
Gặp 1 trong 5 câu này, hãy kiểm tra kỹ trước khi làm bất cứ điều gì.
#canhgiac #luadao #vieclam
@@ ngo_warning news
Bộ Ngoại giao khuyến cáo công dân cần tìm hiểu kỹ về nội dung công việc, đơn vị, địa điểm dự kiến làm việc, nhân thân người giới thiệu, chế độ bảo hiểm, quyền lợi trước khi nhận lời làm việc ở nước ngoài, tránh bị lừa bởi những lời mời "việc nhẹ lương cao", không yêu cầu bằng cấp, không có hợp đồng.
@@ ngo_warning facebook
Trường THPT thông báo đến phụ huynh và học sinh 📌
Gần đây có tình trạng đối tượng lạ nhắn tin qua Messenger, Zalo mời học sinh "làm CTV online, like video kiếm 200-500k/ngày". Sau vài lần nhận tiền nhỏ, các em bị dụ chuyển tiền "làm nhiệm vụ cao cấp" và mất tiền.
Đề nghị phụ huynh nhắc nhở con em, không cung cấp thông tin tài khoản ngân hàng, không chuyển tiền cho người lạ.
@@ ngo_warning telegram
Kênh cảnh báo lừa đảo 📛 Mẫu tin tuyển dụng đang lan truyền: "Tuyển 20 bạn nam nữ làm telesale tại Bavet, lương cứng 900$ + hoa hồng, xe đón tận nhà, đi ngay trong 48h". Đây là mẫu tin dụ dỗ người sang các cơ sở lừa đảo tại biên giới. Không liên hệ, không cung cấp CCCD, hộ chiếu.
@@ ngo_warning facebook
Có người hỏi mình: "Em thấy bài tuyển CSKH ở Dubai lương 2000$, công ty lo vé, đi visa du lịch rồi chuyển visa lao động, có nên đi không?"
Câu trả lời: KHÔNG. Đi làm việc bằng visa du lịch là vi phạm pháp luật nước sở tại, bạn không có hợp đồng hợp lệ nên không được bảo vệ. Nhiều người đã bị chuyển tiếp sang nước thứ ba để làm việc cho các đường dây lừa đảo.
Muốn đi làm ở nước ngoài, hãy đi qua doanh nghiệp có giấy phép và có hợp đồng được đăng ký.
@@ ngo_warning sms
Canh bao: Doi tuong gia danh nhan vien tuyen dung moi lam CTV online, yeu cau nap tien nhan nhiem vu. Tuyet doi khong chuyen tien. Tong dai ho tro phong chong lua dao: 156.
@@ ngo_warning website
Hướng dẫn dành cho gia đình có người thân nghi bị lừa sang làm việc trong các cơ sở lừa đảo ở nước ngoài:
- Lưu giữ toàn bộ tin nhắn tuyển dụng, số điện thoại, tài khoản Telegram/Zalo của người tuyển.
- Trình báo ngay với Công an cấp xã/phường nơi cư trú.
- Liên hệ Tổng đài quốc gia 111 để được tư vấn.
- Cẩn trọng với các nhóm tự xưng "nhận giải cứu người bị lừa sang Campuchia" yêu cầu đặt cọc: nhiều trường hợp đây cũng là lừa đảo.
@@ ngo_warning facebook
Chiêu "tuyển người mẫu livestream, nữ 18-25, lương 1500$, bao vé máy bay, ở căn hộ cao cấp" đang nhắm vào các bạn gái trẻ. Sau khi sang nước ngoài, nhiều nạn nhân bị ép làm "chân dài" lừa tình qua mạng hoặc bị bóc lột. Các bạn hãy cảnh giác và báo cho người thân biết trước mọi chuyến đi.
@@ ngo_warning news
Đoàn Thanh niên tỉnh tổ chức tuyên truyền phòng chống mua bán người cho hơn 500 đoàn viên. Báo cáo viên phân tích các tin tuyển dụng mẫu như "tuyển nhân viên nhập liệu tại Lào, 25-40 triệu/tháng, công ty hỗ trợ 100% chi phí xuất cảnh" và hướng dẫn cách kiểm tra thông tin doanh nghiệp.
@@ ngo_warning facebook
Lời kể của anh H. (32 tuổi) bị lừa làm nhiệm vụ online: "Ban đầu chỉ là like video, được trả 10k, 20k. Rồi họ mời vào nhóm Telegram, bảo nhiệm vụ trả trước nạp 1 triệu nhận 1 triệu 3. Tôi làm được 2 lần thật. Lần thứ ba họ bảo tài khoản bị lỗi, phải nạp thêm 15 triệu. Tổng cộng tôi mất 87 triệu."
Đừng để mình trở thành người tiếp theo. Báo công an khi gặp các nhóm như vậy.
@@ ngo_warning zalo nd
Thong bao cua UBND xa: Canh giac voi cac loi moi di lam tai Campuchia, Myanmar "luong cao, bao an o, khong can bang cap". Gia dinh co con em duoc moi di lam nuoc ngoai can bao voi cong an xa de duoc tu van truoc khi di.
@@ ngo_warning facebook
Đọc kỹ để không bị lừa 👇
Tin tuyển: "Công ty game tại Sihanoukville cần tester, chơi game báo lỗi, lương 1000$, bao ăn ở".
➡️ Nghe rất hấp dẫn với bạn trẻ mê game, nhưng không có công ty nào trả lương như vậy cho người không kinh nghiệm, lại lo hết chi phí đi lại.
➡️ Hãy hỏi: tên pháp nhân, mã số doanh nghiệp, hợp đồng, giấy phép lao động. Nếu họ né tránh, đó là lừa đảo.
@@ ngo_warning website
Hỏi đáp pháp luật: Nhận tiền để giới thiệu người đi làm ở Campuchia có vi phạm pháp luật không?
Trả lời: Hành vi tuyển người, dẫn người qua biên giới trái phép hoặc để đưa vào các cơ sở lừa đảo có thể bị xử lý về tội tổ chức, môi giới cho người khác xuất cảnh trái phép hoặc tội mua bán người. Các tin nhắn kiểu "giới thiệu người đi làm bên K, hoa hồng 2 triệu/người" là dấu hiệu cần báo cơ quan công an.
@@ ngo_warning facebook
Nhắc nhở các bạn sinh viên năm cuối 🎓: đang có các bài "tuyển sinh viên thực tập hưởng lương 800$ tại Campuchia, không yêu cầu chuyên ngành, bao vé máy bay". Không có chương trình thực tập hợp pháp nào tuyển ồ ạt qua Facebook như vậy. Hãy hỏi phòng Công tác sinh viên của trường trước khi quyết định.
@@ ngo_warning tiktok
Phân tích một tin tuyển dụng lừa đảo 🕵️: "Kiếm 1tr/ngày tại nhà, chỉ cần điện thoại, comment 1 để nhận link nhóm". Dấu hiệu: không nói rõ công việc, không có công ty, hứa thu nhập cao, dẫn sang nhóm kín. Theo dõi kênh để biết thêm cách nhận diện nhé.
@@ ngo_warning sms nd
Phong chong mua ban nguoi: Khong nghe theo loi du do di lam viec o nuoc ngoai khong qua doanh nghiep co giay phep. Phat hien dau hieu mua ban nguoi, goi Tong dai 111.
@@ ngo_warning facebook
📌 Ảnh chụp màn hình bên dưới là tin nhắn mà một bạn đọc gửi cho chúng tôi: "Em ơi chị có việc văn phòng bên Campuchia, lương 25 triệu, vé xe chị lo hết, em chỉ cần mang CCCD với hộ chiếu". Người gửi là một tài khoản Zalo mới lập, ảnh đại diện lấy trên mạng.
Nếu bạn nhận được tin nhắn tương tự, hãy chặn và báo cáo tài khoản, đồng thời cảnh báo người thân.
@@ news news
Công an tỉnh Tây Ninh vừa tiếp nhận 27 công dân Việt Nam do lực lượng chức năng Campuchia bàn giao qua cửa khẩu. Những người này khai bị dụ dỗ sang Campuchia làm "nhân viên chăm sóc khách hàng" với mức lương hứa hẹn 1.000 USD/tháng, nhưng thực tế bị ép tham gia các hoạt động lừa đảo qua mạng.
@@ news news
Cơ quan Cảnh sát điều tra đã khởi tố vụ án, bắt tạm giam 4 đối tượng trong đường dây tuyển người sang Campuchia. Nhóm này đăng tin trên mạng xã hội tuyển lao động "việc nhẹ lương cao", sau đó đưa người qua biên giới trái phép và "bán" cho các công ty với giá 1.500 - 3.000 USD/người.
@@ news website
Theo số liệu của cơ quan chức năng, phần lớn nạn nhân trong các vụ mua bán người thời gian gần đây bị dụ dỗ qua mạng xã hội. Các đối tượng nhắm vào thanh niên từ 18 đến 35 tuổi đang thất nghiệp hoặc có thu nhập thấp, dùng lời hứa công việc nhẹ nhàng, thu nhập cao ở nước ngoài.
@@ news news
Một phụ nữ ở Hà Nội bị lừa gần 400 triệu đồng sau khi tham gia "làm nhiệm vụ online" do một người lạ mời qua Facebook. Ban đầu nạn nhân được trả hoa hồng nhỏ, sau đó bị yêu cầu chuyển tiền với số lượng lớn dần để "hoàn thành nhiệm vụ". Công an đang điều tra vụ việc.
@@ news news
Lực lượng Biên phòng phát hiện, ngăn chặn một nhóm 9 người đang trên đường vượt biên trái phép sang Campuchia. Các trường hợp này cho biết được một người quen qua mạng hứa hẹn việc làm với thu nhập 20-30 triệu đồng/tháng, được lo toàn bộ chi phí đi lại.
@@ news facebook
[Tin tức] Thêm 12 công dân Việt Nam được giải cứu khỏi một khu phức hợp ở Myawaddy (Myanmar) và được hỗ trợ về nước qua Thái Lan. Các nạn nhân cho biết đã nhận lời làm "phiên dịch", "nhân viên văn phòng" qua lời giới thiệu trên mạng và bị giữ giấy tờ tùy thân khi đến nơi.
@@ news news
Tòa án nhân dân tỉnh đã xét xử sơ thẩm vụ án mua bán người, tuyên phạt các bị cáo từ 8 đến 14 năm tù. Theo cáo trạng, các bị cáo đã dụ dỗ 6 thanh niên sang Campuchia với lời hứa "làm việc văn phòng, lương 1.200 USD", sau đó bán cho các cơ sở cờ bạc trực tuyến.
@@ news website
Báo cáo của Liên Hợp Quốc cho thấy hàng trăm nghìn người đang bị ép làm việc trong các cơ sở lừa đảo trực tuyến tại Đông Nam Á. Nhiều nạn nhân có trình độ học vấn, biết ngoại ngữ, bị thu hút bởi các tin tuyển dụng trên mạng xã hội với mức lương hấp dẫn.
@@ news news
Chỉ trong 6 tháng, công an thành phố đã tiếp nhận hơn 200 đơn trình báo liên quan đến thủ đoạn "tuyển cộng tác viên làm nhiệm vụ online", tổng thiệt hại hàng chục tỷ đồng. Phần lớn nạn nhân là sinh viên, nội trợ và người lao động tự do.
@@ news facebook nd
Tin nhanh: Cong an huyen da giai cuu 3 thanh nien bi lua sang Lao lam viec trong dac khu kinh te. Cac nan nhan cho biet duoc hua luong 25 trieu/thang, bao an o, nhung khi den noi bi ep lam viec lua dao qua mang va khong duoc ve.
@@ news news
Đại sứ quán Việt Nam tại Campuchia cho biết thời gian qua đã tiếp nhận nhiều đề nghị hỗ trợ của công dân bị lừa sang làm việc tại các cơ sở cờ bạc, lừa đảo trực tuyến. Đại sứ quán khuyến cáo công dân không tin vào các lời mời chào việc làm lương cao trên mạng.
@@ news news
Phóng viên đã thử liên hệ với một "nhà tuyển dụng" đăng tin "tuyển CSKH tại Sihanoukville, lương 1.500 USD, bao vé". Người này chỉ trao đổi qua Telegram, từ chối cung cấp tên công ty, yêu cầu gửi ảnh CCCD và hứa "đi trong 3 ngày, có người đón ở cửa khẩu".
@@ news website
Nghiên cứu của một tổ chức phi chính phủ chỉ ra nhiều người sống sót sau các cơ sở lừa đảo vẫn phải đối mặt với nợ nần, sang chấn tâm lý và sự kỳ thị khi trở về. Tổ chức kêu gọi coi họ là nạn nhân, không phải tội phạm.
@@ news news
Ngân hàng Nhà nước và các ngân hàng thương mại đồng loạt gửi cảnh báo tới khách hàng về thủ đoạn tuyển "cộng tác viên xử lý đơn hàng" trên mạng, yêu cầu nạn nhân chuyển tiền trước để nhận hoa hồng. Khách hàng được khuyến nghị không chuyển tiền cho người lạ.
@@ news facebook
Gia đình anh P. ở Long An vui mừng đón con trở về sau 7 tháng mất liên lạc. Anh P. kể đã được bạn qua mạng rủ sang Campuchia làm "marketing online", lương 1.100 USD. Đến nơi anh bị giam lỏng, làm việc 15 tiếng/ngày và chỉ được về sau khi cơ quan chức năng can thiệp.
@@ news news
Cơ quan chức năng đã phối hợp với các nền tảng mạng xã hội gỡ bỏ hàng nghìn bài đăng tuyển dụng có dấu hiệu lừa đảo đưa người ra nước ngoài, trong đó nhiều bài quảng cáo "xuất cảnh nhanh, không cần thủ tục, lương vài chục triệu".
@@ local_job facebook
🎉 CHUỖI CƠM TẤM SÀI GÒN XƯA MỞ CHI NHÁNH MỚI - TUYỂN DỤNG 🎉
Chi nhánh: 215 Lê Văn Sỹ, Q.3 (khai trương đầu tháng sau)
Vị trí tuyển:
🔸 6 nhân viên phục vụ (full-time / part-time)
🔸 2 thu ngân
🔸 3 phụ bếp
🔸 1 quản lý ca (có kinh nghiệm F&B 1 năm)
💰 Thu nhập:
- Phục vụ: 22k - 25k/giờ (part-time), 6,5 - 7,5 triệu (full-time)
- Thu ngân: 7 - 8 triệu
- Phụ bếp: 7 - 8,5 triệu
- Quản lý ca: 10 - 12 triệu
🎁 Quyền lợi:
- Bao cơm ca, đồng phục miễn phí
- Đóng BHXH cho nhân viên full-time sau thử việc
- Thưởng lễ Tết, sinh nhật, tháng 13
- Không cần kinh nghiệm với phục vụ, phụ bếp (có đào tạo)
📍 Phỏng vấn trực tiếp tại chi nhánh cũ 88 Nguyễn Thị Minh Khai, 9h - 16h mỗi ngày
📞 Hotline tuyển dụng: 0906 284 731 (chị Vân)
Mọi người share giúp tụi mình nha 💛
@@ skilled_well_paid jobboard
Senior Software Engineer (Backend) - Công ty TNHH Giải pháp Số Thiên Long
Địa điểm: Tòa nhà văn phòng, Q. Nam Từ Liêm, Hà Nội
Mức lương: 2.500 - 3.800 USD (gross), thương lượng theo năng lực
Mô tả công việc:
- Thiết kế, phát triển và vận hành các dịch vụ thanh toán
- Tối ưu hiệu năng hệ thống chịu tải cao
- Review code, hướng dẫn các thành viên junior
Yêu cầu:
- Tốt nghiệp ĐH chuyên ngành CNTT hoặc tương đương
- 5+ năm kinh nghiệm với Java/Kotlin hoặc Go
- Hiểu biết về microservices, Kafka, PostgreSQL
- Tiếng Anh đọc hiểu tài liệu, giao tiếp cơ bản
Quyền lợi:
- Lương tháng 13, thưởng hiệu suất 1-3 tháng lương
- Bảo hiểm sức khỏe cao cấp cho bản thân và 2 người thân
- 15 ngày phép năm, làm hybrid 2 ngày/tuần
- Ngân sách đào tạo 20 triệu/năm
Quy trình: sàng lọc CV → bài test → phỏng vấn kỹ thuật → phỏng vấn với CTO → offer
Ứng tuyển: gửi CV qua trang tuyển dụng của công ty
@@ legal_abroad facebook
🇯🇵 CHƯƠNG TRÌNH THỰC TẬP SINH KỸ NĂNG NHẬT BẢN - NGÀNH XÂY DỰNG 🇯🇵
Công ty CP Nhân lực Quốc tế Hà Thành - Giấy phép số 264/LĐTBXH-GP
(Tra cứu giấy phép trên cổng thông tin Cục Quản lý lao động ngoài nước)
📋 Thông tin đơn hàng:
- Số lượng: 15 nam, 20 - 32 tuổi
- Công việc: cốp pha, giàn giáo tại tỉnh Aichi
- Lương cơ bản: 185.000 yên/tháng, tăng ca tính riêng
- Hợp đồng: 3 năm, có thể chuyển sang kỹ năng đặc định
📚 Đào tạo:
- Học tiếng Nhật và định hướng 5 tháng tại trung tâm của công ty
- Thi tuyển trực tiếp với xí nghiệp Nhật tại văn phòng Hà Nội
💵 Chi phí:
- Thu theo đúng mức quy định, ghi rõ trong hợp đồng dịch vụ
- Chỉ thu sau khi trúng tuyển và ký hợp đồng, nộp vào tài khoản công ty, có hóa đơn
- Không thu tiền cọc, không thu qua cá nhân
⏳ Thời gian từ thi tuyển đến xuất cảnh: khoảng 6 - 8 tháng
📍 Tư vấn trực tiếp: văn phòng công ty tại Nam Từ Liêm, Hà Nội (giờ hành chính)
@@ ngo_warning facebook
🚨 NHẬN DIỆN TIN TUYỂN DỤNG "ĐI CAMPUCHIA LÀM CSKH" 🚨
Bài đăng mẫu mà nhóm chúng tôi thu thập được trong tuần qua:
"Tuyển 15 bạn nam nữ đi làm tại Phnom Penh. Nhân viên chăm sóc khách hàng online. Lương cứng 1000$ - 1500$. Không cần kinh nghiệm. Bao vé máy bay, bao ăn ở. Chưa có hộ chiếu bên em hỗ trợ làm nhanh. Làm 12 tiếng/ngày. Inbox hoặc nhắn Telegram."
Những điểm bất thường:
1️⃣ Lương gấp 3-4 lần việc tương tự trong nước, không cần kinh nghiệm.
2️⃣ Người tuyển lo toàn bộ chi phí, "hỗ trợ làm hộ chiếu nhanh".
3️⃣ Làm 12 tiếng/ngày nhưng không nói rõ công việc cụ thể.
4️⃣ Không có tên công ty, địa chỉ, mã số doanh nghiệp, hợp đồng.
5️⃣ Chỉ liên lạc qua inbox, Telegram.
Thực tế nhiều người đi theo những lời mời này đã bị đưa vào các cơ sở lừa đảo trực tuyến, bị giữ giấy tờ, bị ép làm việc.
Nếu bạn hoặc người thân đã nhận lời, hãy dừng lại và gọi Tổng đài quốc gia 111 để được tư vấn.
Nếu đang ở nước ngoài và gặp nguy hiểm, hãy liên hệ cơ quan đại diện Việt Nam gần nhất.
Chia sẻ để bảo vệ người thân của bạn ❤️
@@ news website
Trong buổi họp báo chiều qua, đại diện Công an tỉnh cho biết từ đầu năm đến nay đã tiếp nhận, xác minh hơn 40 trường hợp công dân địa phương bị lừa sang Campuchia làm việc.
Theo cơ quan công an, các đối tượng thường đăng tin trên Facebook, TikTok với nội dung như "tuyển nhân viên văn phòng, lương 20-30 triệu, bao ăn ở, có xe đưa đón".
Người đăng tin thường xưng là "người đi trước", chia sẻ hình ảnh văn phòng khang trang, bữa ăn đầy đủ để tạo lòng tin.
Khi nạn nhân đồng ý, đối tượng hướng dẫn đến các tỉnh biên giới, rồi đưa qua đường mòn, lối mở.
Sang đến nơi, nạn nhân bị thu giữ điện thoại, hộ chiếu, bị ép làm công việc nhắn tin lừa đảo người trong nước.
Người nào muốn về phải nộp số tiền từ 3.000 đến 10.000 USD.
Công an tỉnh đã phối hợp với các cơ quan chức năng đưa 27 người về nước, đồng thời khởi tố 2 vụ án liên quan.
Cơ quan công an khuyến cáo người dân tìm hiểu kỹ thông tin trước khi đi làm việc ở nước ngoài, chỉ đi qua doanh nghiệp được cấp phép.
Khi phát hiện dấu hiệu mua bán người, liên hệ công an nơi gần nhất hoặc Tổng đài quốc gia 111.
Người dân cũng có thể phản ánh tin nhắn, cuộc gọi lừa đảo qua đầu số 156.
@@ customer_service_local jobboard
Nhân viên Chăm sóc khách hàng qua kênh chat - Ví điện tử
Địa điểm làm việc: Tòa nhà văn phòng, Q. Phú Nhuận, TP.HCM
Mức lương: 8.500.000 - 10.000.000đ + thưởng KPI
Thời gian: xoay ca 8 tiếng (có ca đêm), nghỉ 1 ngày/tuần
Mô tả công việc:
- Tiếp nhận và xử lý yêu cầu của khách hàng qua chat, email
- Hướng dẫn khách sử dụng ứng dụng, xử lý sự cố giao dịch
- Ghi nhận phản hồi, chuyển bộ phận liên quan
Yêu cầu:
- Tốt nghiệp CĐ trở lên
- Đánh máy nhanh, chính tả tốt
- Không cần kinh nghiệm, được đào tạo 3 tuần có lương
Quyền lợi:
- HĐLĐ chính thức, BHXH trên lương thực tế
- Phụ cấp ca đêm, ăn trưa
- Lộ trình lên trưởng nhóm sau 12 tháng
Nộp hồ sơ qua trang tuyển dụng, phỏng vấn trực tiếp tại văn phòng
@@ urgent_hiring facebook
🔥🔥 TUYỂN GẤP 100 CÔNG NHÂN - ĐI LÀM NGAY 🔥🔥
Công ty TNHH Linh kiện Điện tử Hòa Phong (KCN Yên Phong, Bắc Ninh)
✅ Vị trí: công nhân sản xuất, kiểm hàng, đóng gói
✅ Thu nhập: 9 - 12 triệu (lương cơ bản + phụ cấp + tăng ca)
✅ Không cần kinh nghiệm, không yêu cầu bằng cấp
✅ Nam nữ 18 - 38 tuổi
✅ Bao ăn ca, ký túc xá miễn phí, xe đưa đón các tuyến
✅ Hợp đồng lao động chính thức, đóng BHXH từ tháng đầu
✅ Thưởng chuyên cần, thưởng Tết
📌 Hồ sơ: CCCD, sơ yếu lý lịch, ảnh 3x4 (chưa đủ có thể bổ sung sau)
📌 Phỏng vấn: 8h sáng thứ 2 - thứ 7 tại nhà văn hóa cổng chính KCN
📌 Nhận việc ngay trong ngày, không thu bất kỳ khoản phí nào
☎️ Hotline phòng nhân sự: 0222 3714 568
Ai cần việc làm ổn định thì đến ngay nhé!
#tuyendung #congnhan #bacninh #vieclam
@@ chat_app_contact facebook
Tuyển nhân viên kinh doanh thiết bị y tế khu vực Đà Nẵng - Quảng Nam 🩺
- Lương cứng 9 triệu + hoa hồng, thu nhập TB 15-25 triệu
- Yêu cầu: tốt nghiệp CĐ/ĐH khối y dược hoặc kinh tế, có xe máy
- Công việc: chăm sóc phòng khám, bệnh viện theo danh sách có sẵn
- Chế độ: HĐLĐ, BHXH, phụ cấp xăng xe, điện thoại
- Văn phòng: 45 Nguyễn Văn Linh, Hải Châu
Liên hệ Zalo 0905 462 819 (anh Thắng - trưởng vùng) để hẹn phỏng vấn tại văn phòng.
Có thể gửi CV qua Zalo trước để bên mình xem.
Không thu phí, không đặt cọc dưới mọi hình thức.
Rất mong được làm việc cùng bạn!
@@ local_job sms
Shop can 1 ban ban hang ca chieu, 25k/h. Ghe 12 Ly Tu Trong nhe.
@@ urgent_hiring zalo
Mai cần 2 bạn phụ đám cưới ở Q.8, 300k/buổi nha em, bao ăn.
@@ chat_app_contact sms
Tiem banh can tho phu, 7tr/thang. Zalo 0938 215 670 chi Thu.
@@ local_job zalo
Bên chị cần 1 bạn trông quầy tạp hóa buổi tối, 6h-10h, 2tr5/tháng nha em.
@@ skilled_well_paid sms
[HN] Can Java dev 5 nam KN, 40-55tr. Gui CV qua email cong ty hoac ib Zalo 0912 504 873.
@@ customer_service_local sms
Tuyen 5 NV tong dai CSKH tai Q.12, 7-9tr, dao tao co luong. LH 0283 7162 905.
@@ ngo_warning sms
Canh bao: Khong tin loi moi "viec nhe luong cao" tai Campuchia. Goi 111 khi phat hien dau hieu mua ban nguoi.
@@ news news
Thêm 15 công dân bị lừa sang Campuchia làm "CSKH" đã được đưa về nước an toàn.
@@ legal_abroad sms
Cty XKLD Binh Minh (GP 267/LDTBXH-GP): thi tuyen don Nhat thu 7 tai van phong, chi phi theo quy dinh.
'''


if __name__ == "__main__":
    main()
