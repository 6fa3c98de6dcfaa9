"""Composition rules for data/train/km*.jsonl; the texts live in data/corpus/km.yaml."""
from __future__ import annotations

import random

from data.corpus.recipes import load

DATA = load("km")
HAND = DATA["handwritten"]
SEED = DATA["fragments"]["SEED"]
PHONE_PREFIX = DATA["fragments"]["PHONE_PREFIX"]
HANDLE_A = DATA["fragments"]["HANDLE_A"]
HANDLE_B = DATA["fragments"]["HANDLE_B"]
BULLETS = DATA["fragments"]["BULLETS"]
SHARED_HEADERS = DATA["fragments"]["SHARED_HEADERS"]
SHARED_CLOSINGS = DATA["fragments"]["SHARED_CLOSINGS"]
TIKTOK_TAGS = DATA["fragments"]["TIKTOK_TAGS"]
CA_PLACES = DATA["fragments"]["CA_PLACES"]
CA_ROLES = DATA["fragments"]["CA_ROLES"]
CA_SALARY = DATA["fragments"]["CA_SALARY"]
CA_PERKS = DATA["fragments"]["CA_PERKS"]
CA_URGENCY = DATA["fragments"]["CA_URGENCY"]
CA_INTROS = DATA["fragments"]["CA_INTROS"]
CA_DUTIES = DATA["fragments"]["CA_DUTIES"]
CA_DM = DATA["fragments"]["CA_DM"]
TS_TASKS = DATA["fragments"]["TS_TASKS"]
TS_PAY = DATA["fragments"]["TS_PAY"]
TS_FLAGS = DATA["fragments"]["TS_FLAGS"]
TS_HEADERS = DATA["fragments"]["TS_HEADERS"]
TS_DM = DATA["fragments"]["TS_DM"]
NAMES = DATA["fragments"]["NAMES"]
TS_SMS = DATA["fragments"]["TS_SMS"]
TS_LINKS = DATA["fragments"]["TS_LINKS"]
LJ_ROLES = DATA["fragments"]["LJ_ROLES"]
SK_ROLES = DATA["fragments"]["SK_ROLES"]
SK_REQ = DATA["fragments"]["SK_REQ"]
SK_BEN = DATA["fragments"]["SK_BEN"]
LG_PERKS = DATA["fragments"]["LG_PERKS"]
LG_REQ = DATA["fragments"]["LG_REQ"]
LG_PLACES = DATA["fragments"]["LG_PLACES"]
LG_SHOPS = DATA["fragments"]["LG_SHOPS"]
LG_APPLY = DATA["fragments"]["LG_APPLY"]
LG_DOMS = DATA["fragments"]["LG_DOMS"]
CS_EMPLOYERS = DATA["fragments"]["CS_EMPLOYERS"]
CS_ROLES = DATA["fragments"]["CS_ROLES"]
LA_AGENCIES = DATA["fragments"]["LA_AGENCIES"]
LA_JOBS = DATA["fragments"]["LA_JOBS"]
LA_SAFE = DATA["fragments"]["LA_SAFE"]
NG_SOURCES = DATA["fragments"]["NG_SOURCES"]
NG_OPEN = DATA["fragments"]["NG_OPEN"]
NG_EXPLAIN_CA = DATA["fragments"]["NG_EXPLAIN_CA"]
NG_EXPLAIN_TS = DATA["fragments"]["NG_EXPLAIN_TS"]
NG_ADVICE = DATA["fragments"]["NG_ADVICE"]
NW_TEMPLATES = DATA["fragments"]["NW_TEMPLATES"]
PROVS = DATA["fragments"]["PROVS"]
APPS = DATA["fragments"]["APPS"]
CO_EN_A = DATA["fragments"]["CO_EN_A"]
CO_EN_B = DATA["fragments"]["CO_EN_B"]
CO_KM_A = DATA["fragments"]["CO_KM_A"]
CO_KM_B = DATA["fragments"]["CO_KM_B"]



# =============================================================================================
# TEMPLATED RECORDS
# Built from handwritten fragments. Both labels share the same shapes (SMS line, emoji bullet
# list, formal job-board block, long Facebook post, TikTok caption, private Telegram message).
# =============================================================================================

KM_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def kmd(s: str) -> str:
    return s.translate(KM_DIGITS)


def phone(r: random.Random) -> str:
    p = r.choice(PHONE_PREFIX)
    if p in ("096", "097", "088", "071") and r.random() < 0.5:
        s = f"{p} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    else:
        s = f"{p} {r.randint(100, 999)} {r.randint(100, 999)}"
    return kmd(s) if r.random() < 0.2 else s


def handle(r: random.Random, hint: str = "") -> str:
    parts = [hint] if hint else []
    parts.append(r.choice(HANDLE_A))
    if r.random() < 0.5:
        parts.append(r.choice(HANDLE_B))
    h = "_".join(p for p in parts if p)
    if r.random() < 0.6:
        h += str(r.randint(1, 999))
    return "@" + h


# ---------------------------------------------------------------- lure fragments: compound_abroad

# ---------------------------------------------------------------- lure fragments: task_scam

# ---------------------------------------------------------------- legit fragments


def company(r: random.Random) -> str:
    if r.random() < 0.5:
        return f"{r.choice(CO_EN_A)} {r.choice(CO_EN_B)} Co., Ltd"
    return f"ក្រុមហ៊ុន {r.choice(CO_KM_A)} {r.choice(CO_KM_B)} ឯ.ក"


def bucket(r: random.Random) -> str:
    x = r.random()
    return "short" if x < 0.20 else ("medium" if x < 0.65 else "long")


def maybe_km(r: random.Random, s: str, p: float = 0.15) -> str:
    return kmd(s) if r.random() < p else s


def bl(r: random.Random) -> str:
    return r.choice(BULLETS)


def tags(r: random.Random) -> str:
    return " ".join(r.sample(TIKTOK_TAGS, r.randint(2, 4)))


# ------------------------------------------------------------------------------ lure builders
USD_SALARY = [x for x in CA_SALARY if "បាត" not in x and "RM" not in x and "ឌៀរហាម" not in x]


def salary_for(r: random.Random, place: str) -> str:
    if ("ថៃ" in place or "ម៉ែសត" in place) and r.random() < 0.5:
        return r.choice(["35,000 បាត", "38,000 បាត", "40,000 បាត", "៣៥,០០០បាត", "45,000 បាត"])
    if "ម៉ាឡេស៊ី" in place and r.random() < 0.5:
        return r.choice(["RM 4,800", "RM 5,500", "RM 4,500 - RM 6,000"])
    if "ឌូបៃ" in place and r.random() < 0.4:
        return r.choice(["6,000 ឌៀរហាម", "5,500 ឌៀរហាម"])
    return r.choice(USD_SALARY)


def at(place: str) -> str:
    return f"នៅ {place}" if place[:1].isascii() else f"នៅ{place}"


def build_compound(r: random.Random) -> tuple[str, str]:
    place, flag = r.choice(CA_PLACES)
    role = r.choice(CA_ROLES)
    salary = maybe_km(r, salary_for(r, place))
    perks = r.sample(CA_PERKS, 6)
    tg = handle(r, r.choice(["", "th", "my", "sv", "dxb", "bavet", "poipet", "laos", "mm", "cs"]))
    contact = r.choice([f"Telegram: {tg}", f"ទាក់ទង Telegram {phone(r)}", f"ឆាតមក {tg}", f"📲 {tg}",
                        f"តេ/Telegram {phone(r)}", "Inbox មក Page", f"WhatsApp/Telegram {phone(r)}"])
    b = bucket(r)
    if b == "short":
        shape = r.choice(["sms", "sms", "tiktok", "dm"])
        if shape == "sms":
            opener = r.choice(["ការងារ", "ត្រូវការ", "ការងារស្រួល ប្រាក់ខែខ្ពស់!", "សួស្តី! មានការងារ", "[HR]",
                               "ឱកាសការងារ៖", "បន្ទាន់!", "ប្អូនៗ អ្នកណាចង់ធ្វើការ"])
            return (f"{opener} {role} {at(place)} ប្រាក់ខែ {salary} {perks[0]} {perks[1]}។ {contact}", "sms")
        if shape == "tiktok":
            return (f"{role} {at(place)} {flag} ខែ {salary} 🤑 {perks[0]} ✨ {perks[1]} 👉 ឆាតមក Telegram ក្នុង bio {tags(r)}",
                    "tiktok")
        t = r.choice(CA_DM).format(place=place, role=role, salary=salary, perk=perks[0], perk2=perks[1])
        return (t, "telegram")
    if b == "medium":
        shape = r.choice(["bullets", "formal"])
        if shape == "bullets":
            lines = [r.choice(SHARED_HEADERS + [f"{flag} ការងារ{at(place)} {flag}"])]
            items = [f"មុខតំណែង៖ {role}", f"ទីតាំង៖ {place}", f"ប្រាក់ខែ៖ {salary}"] + perks[: r.randint(1, 3)]
            same = r.random() < 0.6
            b0 = bl(r)
            lines += [f"{b0 if same else bl(r)} {it}" for it in items]
            u = r.choice(CA_URGENCY)
            if u:
                lines.append(u)
            lines.append(contact)
            return ("\n".join(lines[:9]), r.choice(["facebook", "telegram", "facebook"]))
        lines = [role, company(r), salary, place]
        lines += [f"- {p}" for p in perks[: r.randint(2, 3)]]
        lines.append(f"ដាក់ពាក្យ៖ {contact}")
        return ("\n".join(lines), r.choice(["jobboard", "website"]))
    if r.random() < 0.35:  # long, job-board shape (same shape as the legit formal posts)
        lines = [role, company(r), salary, place, "ការពិពណ៌នា៖", r.choice(CA_DUTIES).replace("ការងារ៖ ", "")]
        lines.append("តម្រូវការ៖")
        lines += [f"- {q}" for q in r.sample(["អាយុ ១៨-៣៥ឆ្នាំ", "វាយអក្សរបាន ២០-៣០ពាក្យ/នាទី", "មិនតម្រូវសញ្ញាបត្រ",
                                               "មិនតម្រូវបទពិសោធន៍", "ចេះប្រើ Facebook និង Telegram", "ស្មោះត្រង់ ឧស្សាហ៍"], 3)]
        lines.append("អត្ថប្រយោជន៍៖")
        lines += [f"- {p}" for p in perks[:4]]
        lines.append(f"ដាក់ពាក្យ៖ {contact}")
        return ("\n".join(lines), r.choice(["jobboard", "website"]))
    lines = [r.choice(SHARED_HEADERS), r.choice(CA_INTROS).format(place=place).replace("នៅ" + place, at(place))]
    lines.append("មុខតំណែង៖")
    for rl in r.sample(CA_ROLES, r.randint(2, 3)):
        lines.append(f"{bl(r)} {rl} {maybe_km(r, str(r.choice([5, 10, 15, 20, 30, 50])), 0.4)}នាក់")
    lines.append(f"ប្រាក់ខែ៖ {salary}")
    lines.append(r.choice(CA_DUTIES))
    lines.append("លក្ខខណ្ឌ៖")
    reqs = ["អាយុ ១៨-៣៥ឆ្នាំ ប្រុសស្រីបាន", "ចេះប្រើទូរស័ព្ទ និងកុំព្យូទ័របន្តិចបន្តួច", "មិនត្រូវការសញ្ញាបត្រ",
            "មិនត្រូវការបទពិសោធន៍ មានគ្រូបង្វឹក", "ចេះអានសរសេរខ្មែរ", "សុខភាពល្អ អាចធ្វើការវេនយប់"]
    b0 = bl(r)
    for q in r.sample(reqs, r.randint(2, 3)):
        lines.append(f"{b0} {q}")
    lines.append("អត្ថប្រយោជន៍៖")
    for p in perks[: r.randint(3, 5)]:
        lines.append(f"{b0} {p}")
    u = r.choice(CA_URGENCY)
    if u:
        lines.append(u)
    lines.append(contact)
    c = r.choice(SHARED_CLOSINGS)
    if c:
        lines.append(c)
    return ("\n".join(lines), r.choice(["facebook", "facebook", "telegram", "website"]))


def build_task(r: random.Random) -> tuple[str, str]:
    task = r.choice(TS_TASKS)
    pay = maybe_km(r, r.choice(TS_PAY))
    flags = r.sample(TS_FLAGS, 6)
    tg = handle(r, r.choice(["", "parttime", "task", "like", "online", "home", "vip", "earn"]))
    link = r.choice(TS_LINKS)
    contact = r.choice([f"Telegram: {tg}", f"ឆាតមក {tg}", f"ចុះឈ្មោះ៖ {link}", f"ចូល Group: t.me/{tg[1:]}",
                        "Inbox មក Page", f"WhatsApp/Telegram {phone(r)}", f"ទាក់ទងគ្រូបង្វឹក {tg}"])
    b = bucket(r)
    if b == "short":
        shape = r.choice(["sms", "sms", "tiktok", "dm"])
        if shape == "sms":
            t = r.choice(TS_SMS).format(task=task, pay=pay, flag=flags[0], handle=tg, phone=phone(r), h2=tg[1:])
            return (t, "sms")
        if shape == "tiktok":
            return (f"ធ្វើការនៅផ្ទះ 🏠 {task} {pay} 💸 {flags[0]} ✨ ឆាតមក Telegram ក្នុង bio {tags(r)}", "tiktok")
        t = r.choice(TS_DM).format(task=task, pay=pay, flag=flags[0], flag2=flags[1], name=r.choice(NAMES))
        return (t, "telegram")
    if b == "medium":
        lines = [r.choice(TS_HEADERS + SHARED_HEADERS[:6])]
        b0 = bl(r)
        items = [f"ការងារ៖ {task}", f"ប្រាក់ចំណូល៖ {pay}"] + flags[: r.randint(2, 4)]
        lines += [f"{b0} {it}" for it in items]
        lines.append(contact)
        return ("\n".join(lines), r.choice(["facebook", "telegram", "telegram"]))
    # long
    dep = r.choice([20, 30, 50, 100])
    ret = int(dep * r.choice([1.2, 1.25, 1.3, 1.35]))
    lines = [r.choice(TS_HEADERS),
             r.choice(["ក្រុមហ៊ុនយើងជាដៃគូរបស់ហាងអនឡាញធំៗ ត្រូវការអ្នកជួយបង្កើនការលក់ និងការវាយតម្លៃ។",
                       "យើងជាទីភ្នាក់ងារផ្សព្វផ្សាយឌីជីថល កំពុងស្វែងរកសមាជិកធ្វើការពីចម្ងាយ។",
                       "ការងារនេះសមស្របសម្រាប់អ្នកដែលមានពេលទំនេរ ចង់បានចំណូលបន្ថែមដោយមិនចាំបាច់ចេញពីផ្ទះ។",
                       "អ្នកណាចង់រកលុយបន្ថែម ខ្ញុំណែនាំការងារដែលខ្ញុំធ្វើ ៣ខែហើយ ដកលុយបានពិតៗ។"]),
             "របៀបធ្វើការ៖",
             "1️⃣ ចុះឈ្មោះគណនីតាមតំណរបស់ក្រុមហ៊ុន",
             f"2️⃣ {r.choice(['បញ្ចូលប្រាក់ចាប់ពី', 'ដាក់ទុនដំបូង', 'បញ្ចូលសមតុល្យ'])} ${dep} ដើម្បីចាប់ផ្តើម",
             f"3️⃣ {task} តាមការណែនាំរបស់គ្រូបង្វឹក",
             "4️⃣ ទទួលបានប្រាក់ដើមមកវិញ + ជើងសារ",
             f"ឧទាហរណ៍៖ ដាក់ ${dep} ទទួលបាន ${ret} ក្នុងរយៈពេល {r.choice([10, 15, 20, 30])}នាទី"]
    if r.random() < 0.6:
        lines.append("កម្រិតសមាជិក៖")
        v = [r.choice([10, 20, 30]), r.choice([80, 100, 150]), r.choice([300, 500])]
        for i, d in enumerate(v, 1):
            lines.append(f"VIP{i} ដាក់ ${d} → ជើងសារ ${max(1, int(d * r.choice([0.1, 0.15, 0.2])))}/ថ្ងៃ")
    b0 = bl(r)
    for f in flags[: r.randint(2, 4)]:
        lines.append(f"{b0} {f}")
    lines.append(contact)
    return ("\n".join(lines), r.choice(["facebook", "telegram", "website"]))


# ------------------------------------------------------------------------------ legit builders
def legit_contact(r: random.Random, prefer_tg: bool = False) -> str:
    dom = r.choice(LG_DOMS)
    if prefer_tg or r.random() < 0.35:
        return r.choice([f"Telegram: {phone(r)}", f"ឆាតមក Telegram {handle(r, dom)}", f"ផ្ញើ CV មក Telegram {phone(r)}",
                         f"Telegram/Call: {phone(r)}", f"📲 Telegram {handle(r, dom)} (សម្រាប់សួរព័ត៌មាន)"])
    return r.choice(LG_APPLY).format(dom=dom, phone=phone(r), handle=handle(r, dom))


def build_local(r: random.Random, kind: str) -> tuple[str, str]:
    role, salary, employer, _ = r.choice(LJ_ROLES)
    salary = maybe_km(r, salary)
    shop = r.choice(LG_SHOPS)
    place = r.choice(LG_PLACES)
    perks = r.sample(LG_PERKS, 5)
    reqs = r.sample(LG_REQ, 3)
    n = r.choice([10, 20, 30, 50, 100]) if ("កម្មករ" in role or "Delivery" in role) else r.choice([1, 1, 2, 2, 3, 5])
    tg = kind == "chat_app_contact"
    contact = legit_contact(r, prefer_tg=tg)
    urgent = kind == "urgent_hiring"
    head = r.choice(["‼️ ត្រូវការបន្ទាន់ ‼️", "🔥 ត្រូវការបន្ទាន់ 🔥", "បន្ទាន់!!!", "URGENT 🚨", "🆘 ត្រូវការជាបន្ទាន់"]) if urgent \
        else r.choice(SHARED_HEADERS)
    b = bucket(r)
    if b == "short":
        shape = r.choice(["sms", "sms", "sms", "tiktok", "dm", "dm"] if not tg else ["dm", "dm", "sms", "tiktok"])
        if shape == "sms":
            pre = "បន្ទាន់! " if urgent else ""
            return (f"{pre}{employer} {shop} ត្រូវការ{role} {kmd(str(n)) if r.random() < .5 else n}នាក់ ប្រាក់ខែ {salary} {perks[0]}។ ទីតាំង {place}។ {contact}", "sms")
        if shape == "tiktok":
            pre = "ត្រូវការបន្ទាន់ 🔥 " if urgent else ""
            return (f"{pre}{employer} {shop} ត្រូវការ{role} 🙋 ប្រាក់ខែ {salary} {perks[0]} 📍 {place} {contact} {tags(r)}", "tiktok")
        t = r.choice([
            "សួស្តី! {emp} {shop} ត្រូវការ{role} {n}នាក់ ប្រាក់ខែ {sal} {p0}។ ទីតាំង {place}។ {c}",
            "ជម្រាបសួរ យើងជា{emp} {shop} នៅ{place} កំពុងរក{role}។ ប្រាក់ខែ {sal}។ {p0} និង{p1}។ {c}",
            "{emp} {shop}៖ ត្រូវការ{role} ប្រាក់ខែ {sal}។ {r0}។ មកសម្ភាសន៍ផ្ទាល់នៅ{place} ឬ {c}",
        ]).format(emp=employer, shop=shop, role=role, n=n, sal=salary, p0=perks[0], p1=perks[1], place=place,
                  c=contact, r0=reqs[0])
        if urgent:
            t = "បន្ទាន់! " + t
        return (t, "telegram")
    if b == "medium":
        shape = r.choice(["bullets", "bullets", "formal"])
        if shape == "bullets":
            lines = [head, f"{employer} {shop} ត្រូវការ{role} {n}នាក់"]
            b0 = bl(r)
            items = [f"ប្រាក់ខែ៖ {salary}"] + perks[: r.randint(1, 3)] + reqs[: r.randint(0, 2)] + [f"ទីតាំង៖ {place}"]
            lines += [f"{b0} {it}" for it in items]
            lines.append(contact)
            return ("\n".join(lines[:9]), r.choice(["facebook", "telegram", "facebook"]))
        lines = [role + (" (បន្ទាន់)" if urgent else ""), f"{employer} {shop}", salary, place]
        lines += [f"- {x}" for x in reqs[:2] + perks[:2]]
        lines.append(f"ដាក់ពាក្យ៖ {contact}")
        return ("\n".join(lines), r.choice(["jobboard", "website"]))
    # long: a formal post (Facebook or job-board shape)
    if r.random() < 0.4:
        lines = [role + (" (បន្ទាន់)" if urgent else ""), f"{employer} {shop}", salary, place, "ការពិពណ៌នា៖",
                 r.choice(["បម្រើអតិថិជន និងជួយការងារប្រចាំថ្ងៃរបស់ហាង", "ធ្វើការងារតាមការណែនាំរបស់ប្រធានក្រុម",
                           "ថែរក្សាសម្ភារៈ និងកន្លែងធ្វើការ", "រាយការណ៍ការងារប្រចាំថ្ងៃទៅអ្នកគ្រប់គ្រង"]), "តម្រូវការ៖"]
        lines += [f"- {q}" for q in reqs]
        lines.append("អត្ថប្រយោជន៍៖")
        lines += [f"- {p}" for p in perks[:4]]
        lines.append(f"ដាក់ពាក្យ៖ {contact}")
        return ("\n".join(lines), r.choice(["jobboard", "website"]))
    lines = [head, f"{employer} {shop} មានបំណងជ្រើសរើស{role} ចំនួន {n}នាក់ ដើម្បីបម្រើការងារនៅ{place}។",
             "ភារកិច្ច៖"]
    duties = ["បម្រើភ្ញៀវដោយរួសរាយ", "រៀបចំ និងថែរក្សាកន្លែងធ្វើការឲ្យស្អាត", "កត់ត្រាការលក់ និងស្តុកប្រចាំថ្ងៃ",
              "សហការជាមួយក្រុមការងារ", "អនុវត្តការងារផ្សេងៗតាមការចាត់តាំងរបស់ប្រធាន", "ធ្វើរបាយការណ៍ប្រចាំសប្តាហ៍"]
    b0 = bl(r)
    for d in r.sample(duties, 3):
        lines.append(f"{b0} {d}")
    lines.append("លក្ខខណ្ឌ៖")
    for q in reqs:
        lines.append(f"{b0} {q}")
    lines.append("អត្ថប្រយោជន៍៖")
    lines.append(f"{b0} ប្រាក់ខែ {salary}")
    for p in perks[: r.randint(2, 4)]:
        lines.append(f"{b0} {p}")
    lines.append(f"ម៉ោងធ្វើការ៖ {r.choice(['៧:៣០ព្រឹក-៥:០០ល្ងាច', '៨:០០ព្រឹក-៥:០០ល្ងាច', 'វេនព្រឹក/វេនល្ងាច', 'ច័ន្ទ-សៅរ៍'])}")
    lines.append(f"ដាក់ពាក្យ៖ {contact}")
    c = r.choice(SHARED_CLOSINGS)
    if c:
        lines.append(c)
    return ("\n".join(lines), r.choice(["facebook", "website", "telegram"]))


def build_skilled(r: random.Random) -> tuple[str, str]:
    role, salary = r.choice(SK_ROLES)
    co = company(r)
    if "ធនាគារ" in role:
        co = f"ធនាគារ {r.choice(['ស្ទឹងមាស', 'អង្គរហិរញ្ញវត្ថុ', 'មេគង្គខេម', 'កម្ពុជាថ្មី'])} ភីអិលស៊ី"
    elif "វេជ្ជបណ្ឌិត" in role:
        co = f"មន្ទីរពេទ្យ {r.choice(['សុខសេនា', 'មេត្តា', 'ពន្លឺជីវិត'])}"
    reqs = r.sample(SK_REQ, 4)
    ben = r.sample(SK_BEN, 4)
    place = r.choice(["ភ្នំពេញ", "ភ្នំពេញ (BKK1)", "ភ្នំពេញ (ទួលគោក)", "ក្រុងសៀមរាប", "ក្រុងបាត់ដំបង", "តំបន់សេដ្ឋកិច្ចពិសេសភ្នំពេញ"])
    dom = r.choice(LG_DOMS)
    contact = r.choice([f"ផ្ញើ CV មក careers@{dom}.com.kh", "ដាក់ពាក្យតាមវេបសាយក្រុមហ៊ុន ផ្នែក Careers",
                        f"ផ្ញើ CV តាម Telegram {handle(r, dom)} ហើយយើងនឹងណាត់សម្ភាសន៍នៅការិយាល័យ",
                        f"ផ្ញើ CV មក hr@{dom}.com ឬ Telegram {handle(r, dom)} (សម្រាប់សួរព័ត៌មាន)",
                        f"ដាក់ពាក្យតាម LinkedIn ឬ hr@{dom}.asia"])
    b = bucket(r)
    if b == "short":
        return (f"{co} ត្រូវការ {role} ប្រាក់ខែ {salary} នៅ{place}។ {reqs[0]}។ {contact}",
                r.choice(["facebook", "telegram", "sms"]))
    if b == "medium":
        if r.random() < 0.5:
            lines = [role, co, salary, place] + [f"- {q}" for q in reqs[:2]] + [f"- {x}" for x in ben[:1]] + [contact]
            return ("\n".join(lines), r.choice(["jobboard", "website"]))
        b0 = bl(r)
        lines = [r.choice(["We're hiring 🚀", "📢 ជ្រើសរើស", "Job Vacancy 📌"]), f"{role} - {co}",
                 f"{b0} {salary}", f"{b0} {place}", f"{b0} {reqs[0]}", f"{b0} {ben[0]}", contact]
        return ("\n".join(lines), r.choice(["facebook", "telegram"]))
    lines = [f"{role}", co, f"ប្រាក់ខែ៖ {salary} (ចរចាតាមសមត្ថភាព)", f"ទីតាំង៖ {place}",
             "អំពីក្រុមហ៊ុន៖ " + r.choice(["ក្រុមហ៊ុនយើងប្រតិបត្តិការនៅកម្ពុជាជាង ១០ឆ្នាំ មានបុគ្គលិកជាង ៣០០នាក់។",
                                            "យើងជាក្រុមហ៊ុនក្នុងស្រុកដែលកំពុងពង្រីកសាខាទូទាំងប្រទេស។",
                                            "ក្រុមហ៊ុនបានចុះបញ្ជីពាណិជ្ជកម្មត្រឹមត្រូវ និងមានការិយាល័យកណ្តាលនៅភ្នំពេញ។"]),
             "ភារកិច្ចសំខាន់៖"]
    duties = ["ដឹកនាំ និងអភិវឌ្ឍក្រុមការងារ", "រៀបចំផែនការ និងថវិកាប្រចាំឆ្នាំ", "រាយការណ៍ទៅអគ្គនាយក",
              "ធានាការអនុលោមតាមច្បាប់ និងគោលនយោបាយ", "សហការជាមួយផ្នែកពាក់ព័ន្ធ", "វាយតម្លៃ និងកែលម្អដំណើរការ"]
    for d in r.sample(duties, 3):
        lines.append(f"• {d}")
    lines.append("តម្រូវការ៖")
    lines += [f"• {q}" for q in reqs]
    lines.append("អត្ថប្រយោជន៍៖")
    lines += [f"• {x}" for x in ben]
    lines.append(contact)
    lines.append(f"ផុតកំណត់៖ ថ្ងៃទី{kmd(str(r.randint(5, 30)))} ខែ{r.choice(['មករា', 'មីនា', 'ឧសភា', 'កក្កដា', 'កញ្ញា', 'វិច្ឆិកា'])}")
    return ("\n".join(lines), r.choice(["jobboard", "website", "facebook"]))


def build_cs(r: random.Random) -> tuple[str, str]:
    etype, names = r.choice(CS_EMPLOYERS)
    name = r.choice(names)
    role = r.choice(CS_ROLES)
    salary = r.choice(["$280-$350", "$300-$380", "$320 + KPI Bonus", "$350-$450", "$300 + ប្រាក់វេនយប់"])
    place = r.choice(["ការិយាល័យកណ្តាល ភ្នំពេញ", "មជ្ឈមណ្ឌល Call Center ភ្នំពេញ", "សាខាខេត្តសៀមរាប", "សាខាខេត្តបាត់ដំបង",
                      "សាខាខេត្តកំពង់ចាម", "សាខាក្រុងព្រះសីហនុ"])
    reqs = r.sample(["បរិញ្ញាបត្រ ឬកំពុងសិក្សាឆ្នាំចុងក្រោយ", "បញ្ចប់ថ្នាក់ទី១២", "ភាសាអង់គ្លេសល្អ", "និយាយច្បាស់ ទំនាក់ទំនងល្អ",
                     "វាយអក្សរខ្មែរ/អង់គ្លេសបាន", "អាចធ្វើការវេនបង្វិល"], 3)
    ben = r.sample(["ប.ស.ស", "ប្រាក់ខែទី១៣", "ធានារ៉ាប់រងសុខភាព", "វគ្គបណ្តុះបណ្តាល ២សប្តាហ៍ មានប្រាក់ឧបត្ថម្ភ",
                    "ប្រាក់វេនយប់", "ថ្ងៃឈប់សម្រាកប្រចាំឆ្នាំ"], 3)
    apply_ = r.choice(["ដាក់ពាក្យតាមវេបសាយផ្លូវការ ផ្នែក Careers", "ដាក់ពាក្យផ្ទាល់នៅការិយាល័យកណ្តាល ឬសាខាណាមួយ",
                       f"ផ្ញើ CV មក hr@{r.choice(LG_DOMS)}.com.kh", "ចូលរួម Job Fair ថ្ងៃសៅរ៍ នៅការិយាល័យកណ្តាល"])
    note = r.choice(["", "ចំណាំ៖ យើងមិនយកថ្លៃពីបេក្ខជន ហើយមិនសម្ភាសន៍តាម Telegram ឡើយ។", "ធ្វើការនៅការិយាល័យ មិនមែនធ្វើនៅផ្ទះទេ។", ""])
    b = bucket(r)
    if b == "short":
        return (f"{etype} {name} ជ្រើសរើស{role} នៅ{place} ប្រាក់ខែ {salary}។ {apply_}។ {note}".strip(),
                r.choice(["sms", "facebook", "telegram"]))
    if b == "medium":
        b0 = bl(r)
        lines = [f"📞 {etype} {name} ជ្រើសរើស {role}", f"{b0} ប្រាក់ខែ៖ {salary}", f"{b0} ទីតាំង៖ {place}"]
        lines += [f"{b0} {q}" for q in reqs[:2]] + [f"{b0} {x}" for x in ben[:1]] + [apply_]
        if note:
            lines.append(note)
        return ("\n".join(lines), r.choice(["facebook", "jobboard", "website"]))
    lines = [role, f"{etype} {name}", salary, place, "ភារកិច្ច៖"]
    duties = ["ឆ្លើយទូរស័ព្ទ និងឆាតអតិថិជនអំពីសេវាកម្ម", "ដោះស្រាយបណ្តឹង និងបញ្ជូនបញ្ហាទៅផ្នែកពាក់ព័ន្ធ",
              "ណែនាំផលិតផល និងកញ្ចប់សេវាថ្មីៗ", "កត់ត្រាព័ត៌មានអតិថិជនក្នុងប្រព័ន្ធ CRM", "ជួយអតិថិជនប្រើកម្មវិធីទូរស័ព្ទ"]
    lines += [f"- {d}" for d in r.sample(duties, 3)]
    lines.append("តម្រូវការ៖")
    lines += [f"- {q}" for q in reqs]
    lines.append("អត្ថប្រយោជន៍៖")
    lines += [f"- {x}" for x in ben]
    lines.append(apply_)
    if note:
        lines.append(note)
    return ("\n".join(lines), r.choice(["jobboard", "website", "facebook"]))


def build_legal_abroad(r: random.Random) -> tuple[str, str]:
    ag = r.choice(LA_AGENCIES)
    dest, sector, pay, visa = r.choice(LA_JOBS)
    safe = r.sample(LA_SAFE, 6)
    lic = kmd(f"{r.randint(1, 120):03d}")
    office = r.choice(["ខណ្ឌមានជ័យ ភ្នំពេញ", "ខណ្ឌដង្កោ ភ្នំពេញ", "ក្រុងប៉ោយប៉ែត", "ក្រុងកំពង់ចាម", "ក្រុងបាត់ដំបង",
                       "ក្រុងព្រៃវែង", "ខណ្ឌពោធិ៍សែនជ័យ ភ្នំពេញ"])
    tel = phone(r) if r.random() < 0.5 else f"0{r.choice(['23', '53', '54', '42', '43'])} {r.randint(100, 999)} {r.randint(100, 999)}"
    n = r.choice([15, 20, 25, 30, 40, 50, 60, 80, 100, 120])
    n = kmd(str(n)) if r.random() < 0.5 else str(n)
    is_eps = "EPS" in dest
    b = bucket(r)
    if b == "short":
        if is_eps:
            t = r.choice(["ក្រសួងការងារ៖ ការចុះឈ្មោះប្រឡង EPS-TOPIK ទៅកូរ៉េ វិស័យ{sec} ធ្វើដោយផ្ទាល់ តាមការប្រកាសផ្លូវការ។ កុំបង់ប្រាក់ឲ្យអ្នកសន្យាថាធានាជាប់។",
                          "ទៅធ្វើការកូរ៉េស្របច្បាប់ ({sec}) ត្រូវប្រឡង EPS-TOPIK ជាមួយក្រសួងការងារ។ គ្មានផ្លូវកាត់ គ្មានការធានាជាប់ទេ។"]).format(sec=sector)
        else:
            t = f"{ag} (អាជ្ញាប័ណ្ណលេខ {lic}) ជ្រើសរើសពលករទៅ{dest} ផ្នែក{sector} {n}នាក់ ប្រាក់ខែ {pay}។ {safe[0]}។ សួរព័ត៌មាន {tel}"
        return (t, r.choice(["sms", "facebook", "telegram"]))
    if b == "medium":
        b0 = bl(r)
        if is_eps:
            lines = [f"🇰🇷 ព័ត៌មានការងារនៅកូរ៉េ តាមប្រព័ន្ធ EPS ({sector})",
                     f"{b0} ការជ្រើសរើសតាមក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
                     f"{b0} {visa}", f"{b0} ប្រាក់ខែ៖ {pay}", f"{b0} អាយុ ១៨-៣៩ឆ្នាំ គ្មានទោសព្រហ្មទណ្ឌ",
                     "ការផ្សាយ «ទៅកូរ៉េលឿន មិនបាច់ប្រឡង» មិនមែនផ្លូវស្របច្បាប់ទេ។"]
        else:
            lines = [f"ជ្រើសរើសពលករទៅធ្វើការនៅ{dest} (ស្របច្បាប់)", f"ក្រុមហ៊ុន {ag} អាជ្ញាប័ណ្ណលេខ {lic}",
                     f"{b0} ផ្នែក៖ {sector} ({n}នាក់)", f"{b0} ប្រាក់ខែ៖ {pay}", f"{b0} {visa}"]
            lines += [f"{b0} {s}" for s in safe[: r.randint(1, 3)]]
            lines.append(f"ការិយាល័យ៖ {office} ☎️ {tel}")
        return ("\n".join(lines), r.choice(["facebook", "website", "jobboard"]))
    b0 = r.choice(["-", "•", "✅", "🔹"])
    lines = [r.choice([f"ប្រកាសជ្រើសរើសពលករទៅធ្វើការនៅ{dest}", f"📢 ការងារស្របច្បាប់នៅ{dest}",
                       f"ជ្រើសរើសពលករ ({sector}) ទៅ{dest}", f"ឱកាសការងារនៅ{dest} តាមផ្លូវច្បាប់"]),
             r.choice([f"ក្រុមហ៊ុន {ag} ដែលមានអាជ្ញាប័ណ្ណលេខ {lic} ពីក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ សូមជូនដំណឹងអំពីការជ្រើសរើស៖",
                       f"{ag} (ភ្នាក់ងារជ្រើសរើសមានអាជ្ញាប័ណ្ណលេខ {lic}) កំពុងទទួលពាក្យសម្រាប់ជុំថ្មី៖",
                       f"យើងខ្ញុំ {ag} សូមជម្រាបជូនបងប្អូនដែលចង់ទៅធ្វើការនៅ{dest} ដោយស្របច្បាប់៖"])]
    facts = [f"{b0} ផ្នែក៖ {sector}", f"{b0} ចំនួន៖ {n}នាក់", f"{b0} ប្រាក់ខែ៖ {pay}", f"{b0} ឯកសារការងារ៖ {visa}"]
    if r.random() < 0.5:
        facts.append(f"{b0} ថិរវេលាកិច្ចសន្យា៖ {r.choice(['២ឆ្នាំ', '៣ឆ្នាំ', '២ឆ្នាំ (អាចបន្ត)'])}")
    lines += facts
    lines.append(r.choice(["លក្ខខណ្ឌ៖", "តម្រូវការ៖", "អ្នកដាក់ពាក្យត្រូវ៖"]))
    lines += [f"{b0} {q}" for q in r.sample(["អាយុ ១៨-៣៩ឆ្នាំ សុខភាពល្អ", "មានអត្តសញ្ញាណប័ណ្ណ និងសៀវភៅគ្រួសារ",
                                             "មិនធ្លាប់មានទោសព្រហ្មទណ្ឌ", "ឆ្លងកាត់ការសម្ភាសន៍ជាមួយនិយោជក",
                                             "ចូលរៀនវគ្គតម្រង់ទិសមុនចេញដំណើរ"], 2)]
    lines.append(r.choice(["ការធានាសុវត្ថិភាព និងតម្លាភាព៖", "សិទ្ធិរបស់ពលករ៖", "សូមចំណាំ៖"]))
    lines += [f"{b0} {s}" for s in safe[: r.randint(3, 5)]]
    lines.append(f"សួរព័ត៌មាន និងពិនិត្យអាជ្ញាប័ណ្ណ៖ ការិយាល័យក្រុមហ៊ុន {office} ម៉ោងធ្វើការ ឬ {tel}")
    if r.random() < 0.5:
        lines.append("យើងមិនទទួលពាក្យ ឬប្រាក់តាមរយៈមេខ្យល់ ឬគណនីឯកជនឡើយ។")
    return ("\n".join(lines), r.choice(["facebook", "website"]))


def _quote_lure(r: random.Random, compound: bool) -> str:
    if compound:
        place, _ = r.choice(CA_PLACES)
        return f"{r.choice(CA_ROLES)} {at(place)} ខែ {salary_for(r, place)} {r.choice(CA_PERKS)}"
    return f"{r.choice(TS_TASKS)} {r.choice(TS_PAY)} {r.choice(TS_FLAGS)}"


def build_warning(r: random.Random) -> tuple[str, str]:
    src = r.choice(NG_SOURCES)
    compound = r.random() < 0.6
    q1, q2 = _quote_lure(r, compound), _quote_lure(r, compound)
    expl = r.sample(NG_EXPLAIN_CA if compound else NG_EXPLAIN_TS, 2)
    adv = r.sample(NG_ADVICE, 3)
    b = bucket(r)
    if b == "short":
        t = r.choice(["ប្រយ័ត្ន! ការផ្សាយ «{q}» ជាការបោកប្រាស់។ {a}",
                      "[ព្រមាន] {src}៖ «{q}» គឺជាល្បិចឆបោក។ {a}",
                      "⚠️ ឃើញសារ «{q}» កុំជឿ! {e} {a}"]).format(q=q1, a=adv[0], src=src, e=expl[0])
        return (t, r.choice(["sms", "tiktok", "telegram", "facebook"]))
    if b == "medium":
        lines = [r.choice(NG_OPEN).format(src=src), "ការផ្សាយដែលគេប្រើញឹកញាប់៖", f"🔸 «{q1}»", f"🔸 «{q2}»", expl[0], adv[0]]
        if r.random() < 0.5:
            lines.append(adv[1])
        return ("\n".join(lines), r.choice(["facebook", "telegram", "website"]))
    q3 = _quote_lure(r, compound)
    lines = [r.choice(NG_OPEN).format(src=src),
             "ថ្មីៗនេះ មានការផ្សព្វផ្សាយតាមបណ្តាញសង្គម Facebook, Telegram និង TikTok ដែលប្រើពាក្យដូចជា៖",
             f"❌ «{q1}»", f"❌ «{q2}»", f"❌ «{q3}»"]
    lines += expl
    lines.append("សញ្ញាដែលត្រូវប្រុងប្រយ័ត្ន៖")
    signs = ["ប្រាក់ខែខ្ពស់ខុសពីធម្មតា សម្រាប់ការងារមិនត្រូវការជំនាញ", "ទាក់ទងតែតាម Telegram គ្មានអាសយដ្ឋានច្បាស់",
             "ប្រញាប់ឲ្យចេញដំណើរ ឬប្រញាប់ឲ្យផ្ទេរប្រាក់", "ទារប្រាក់កក់ ឬថ្លៃចុះឈ្មោះមុនផ្តល់ការងារ",
             "សុំរូបថតលិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណតាមឆាត", "និយាយថា «ស្របច្បាប់ ១០០%» ប៉ុន្តែគ្មានកិច្ចសន្យា"]
    lines += [f"• {s}" for s in r.sample(signs, 3)]
    lines += adv
    return ("\n".join(lines), r.choice(["facebook", "website"]))


def build_news(r: random.Random) -> tuple[str, str]:
    place, _ = r.choice([p for p in CA_PLACES if "ហ្វីលីពីន" not in p[0]])
    tmpl = r.choice(NW_TEMPLATES)
    is_task = "{tquote}" in tmpl
    t = tmpl.format(place=place, n=kmd(str(r.randint(8, 90))), quote=_quote_lure(r, True), app=r.choice(APPS),
                    prov=r.choice(PROVS), prov2=r.choice(PROVS), n2=kmd(str(r.randint(2, 5))),
                    loss=f"{r.randint(8, 95) * 100:,}", tquote=_quote_lure(r, False))
    b = bucket(r)
    if b == "long":
        extra = [
            "យោងតាមមន្ត្រីនគរបាល ក្រុមឆបោកទាំងនេះច្រើនតែប្រើគណនីក្លែងក្លាយ និងប្តូរលេខទូរស័ព្ទញឹកញាប់។",
            "អ្នកនាំពាក្យក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ បានរំលឹកថា ការទៅធ្វើការក្រៅប្រទេសត្រូវតែតាមរយៈភ្នាក់ងារដែលមានអាជ្ញាប័ណ្ណ។",
            "ជនរងគ្រោះមួយចំនួនបាននិយាយថា ពួកគេត្រូវបានវាយដំ និងពិន័យ ពេលមិនអាចបំពេញគោលដៅ។",
            "អង្គការក្រៅរដ្ឋាភិបាលបានផ្តល់ជម្រកបណ្តោះអាសន្ន ការប្រឹក្សាផ្លូវចិត្ត និងការបណ្តុះបណ្តាលវិជ្ជាជីវៈ ដល់អ្នកត្រឡប់មកវិញ។",
            "សមត្ថកិច្ចកំពុងបន្តការស៊ើបអង្កេត ដើម្បីស្វែងរកអ្នកពាក់ព័ន្ធផ្សេងទៀត។",
            "មន្ត្រីបានអំពាវនាវឲ្យប្រជាពលរដ្ឋរាយការណ៍ករណីសង្ស័យទៅលេខ ១១៧។",
            "ក្រុមគ្រួសារជនរងគ្រោះបានថ្លែងអំណរគុណដល់អាជ្ញាធរ និងស្ថានទូតដែលបានជួយ។",
            "អ្នកជំនាញបានព្រមានថា ក្រុមជួញដូរមនុស្សកំពុងផ្លាស់ប្តូរទីតាំងពីប្រទេសមួយទៅប្រទេសមួយ។",
            "យុវជនម្នាក់ក្នុងចំណោមជនរងគ្រោះបាននិយាយថា \"ខ្ញុំគិតថាវាជាការងារពិត ព្រោះគេផ្ញើរូបការិយាល័យស្អាតៗមកខ្ញុំ។\"",
            "ក្រោយមកដល់ ពួកគេត្រូវបានពិនិត្យសុខភាព និងសម្ភាសន៍ដោយមន្ត្រីសង្គមកិច្ច មុនបញ្ជូនទៅស្រុកកំណើត។",
        ]
        if is_task:
            extra = [
                "យោងតាមមន្ត្រីនគរបាល ក្រុមឆបោកទាំងនេះច្រើនតែប្រើគណនីក្លែងក្លាយ និងប្តូរលេខទូរស័ព្ទញឹកញាប់។",
                "ជនរងគ្រោះបានប្រាប់ថា ដំបូងនាងទទួលបានប្រាក់តិចតួច ពីការចុច Like វីដេអូ ដែលធ្វើឲ្យនាងជឿ។",
                "បន្ទាប់មក គេបញ្ចូលនាងទៅក្នុងក្រុម Telegram ដែលមាន \"គ្រូបង្វឹក\" និង \"លេខាធិការ\" និងសមាជិកផ្សេងៗ ដែលបង្ហោះរូបថតប្រាក់ចំណេញ។",
                "រាល់ពេលនាងសុំដកប្រាក់ គេប្រាប់ថាត្រូវបង់ \"ពន្ធ\" ឬ \"ថ្លៃសេវា\" ជាមុនសិន។",
                "សមត្ថកិច្ចកំពុងសហការជាមួយធនាគារ ដើម្បីតាមដានគណនីដែលទទួលប្រាក់។",
                "មន្ត្រីបានអំពាវនាវឲ្យប្រជាពលរដ្ឋរាយការណ៍ករណីសង្ស័យទៅលេខ ១១៧។",
                "នគរបាលបានរំលឹកថា គ្មានក្រុមហ៊ុនពិតណាមួយ ទារប្រាក់ពីបុគ្គលិក ដើម្បីឲ្យពួកគេធ្វើការឡើយ។",
                "អ្នកជំនាញបានព្រមានថា ក្រុមឆបោកទាំងនេះ ជារឿយៗប្រតិបត្តិការពីទីតាំងឆបោកនៅក្រៅប្រទេស។",
                "ក្រុមគ្រួសាររបស់ជនរងគ្រោះបានអំពាវនាវឲ្យអ្នកដទៃប្រុងប្រយ័ត្ន កុំឲ្យជួបបញ្ហាដូចគ្នា។",
                "ជនរងគ្រោះបាននិយាយថា \"ខ្ញុំគិតថាវាជាការងារពិត ព្រោះគេផ្ញើប័ណ្ណអាជីវកម្មរបស់ក្រុមហ៊ុនមកខ្ញុំ។\"",
            ]
        head = r.choice(["ព័ត៌មានសង្គម", "ព័ត៌មានជាតិ", "ព័ត៌មានថ្មីៗ", "ព័ត៌មានអន្តរជាតិ", "ព័ត៌មានពិសេស"])
        body = [head, t] + r.sample(extra, r.randint(8, 10))
        return ("\n".join(body), r.choice(["news", "news", "website", "facebook"]))
    if b == "medium":
        extra = r.sample([
            "មន្ត្រីបានអំពាវនាវឲ្យប្រជាពលរដ្ឋរាយការណ៍ករណីសង្ស័យទៅលេខ ១១៧។",
            "សមត្ថកិច្ចកំពុងបន្តការស៊ើបអង្កេត។",
            "ក្រសួងការងារ ណែនាំឲ្យពិនិត្យអាជ្ញាប័ណ្ណភ្នាក់ងារមុនចេញដំណើរ។",
            "ជនរងគ្រោះត្រូវបានប្រគល់ជូនក្រុមគ្រួសារវិញហើយ។",
            "អ្នកនាំពាក្យនគរបាលបញ្ជាក់ថា ករណីស្រដៀងគ្នានេះកំពុងកើនឡើង។"], 2)
        return ("\n".join([t] + extra), r.choice(["news", "news", "website"]))
    return (t, r.choice(["news", "news", "facebook"]))


TEMPLATED_PLAN = [
    ("lure", "compound_abroad", 124, build_compound),
    ("lure", "task_scam", 78, build_task),
    ("legit", "local_job", 30, lambda r: build_local(r, "local_job")),
    ("legit", "urgent_hiring", 22, lambda r: build_local(r, "urgent_hiring")),
    ("legit", "chat_app_contact", 28, lambda r: build_local(r, "chat_app_contact")),
    ("legit", "skilled_well_paid", 20, build_skilled),
    ("legit", "customer_service_local", 22, build_cs),
    ("legit", "legal_abroad", 26, build_legal_abroad),
    ("legit", "ngo_warning", 26, build_warning),
    ("legit", "news", 18, build_news),
]


def build() -> list[dict]:
    r = random.Random(SEED)
    records: list[dict] = []
    seen: set[str] = set()

    def add(label: str, kind: str, channel: str, text: str, origin: str) -> bool:
        t = text.strip()
        if t in seen:
            return False
        seen.add(t)
        records.append({"id": "", "text": t, "lang": "km", "label": label, "kind": kind, "channel": channel,
                        "origin": origin})
        return True

    for x in HAND:
        label, kind, channel, text = x["label"], x["kind"], x["channel"], x["text"]
        if not add(label, kind, channel, text, "handwritten"):
            raise SystemExit(f"duplicate handwritten text: {text[:60]}")
    for label, kind, n, fn in TEMPLATED_PLAN:
        got, tries = 0, 0
        while got < n:
            tries += 1
            if tries > n * 50:
                raise SystemExit(f"cannot make {n} distinct {kind}")
            text, channel = fn(r)
            if add(label, kind, channel, text, "templated"):
                got += 1
    for i, rec in enumerate(records, 1):
        rec["id"] = f"own-km-{i:04d}"
    return records
