"""Composition rules for data/train/en*.jsonl; the texts live in data/corpus/en.yaml."""
# ruff: noqa: UP031 - the %-formats (zero-padded numbers) are kept as written, so that the output stays byte for byte
import random
import re

from data.corpus.recipes import load

DATA = load("en")
HAND = DATA["handwritten"]
SEED = DATA["fragments"]["SEED"]
FIRST_NAMES = DATA["fragments"]["FIRST_NAMES"]
HANDLE_WORDS = DATA["fragments"]["HANDLE_WORDS"]
DOMAIN_WORDS = DATA["fragments"]["DOMAIN_WORDS"]
C_HEADERS = DATA["fragments"]["C_HEADERS"]
C_ROLES = DATA["fragments"]["C_ROLES"]
C_DESTS = DATA["fragments"]["C_DESTS"]
C_DEST_SHORT = DATA["fragments"]["C_DEST_SHORT"]
C_SALARY_USD = DATA["fragments"]["C_SALARY_USD"]
AUDIENCES = DATA["fragments"]["AUDIENCES"]
C_PERKS = DATA["fragments"]["C_PERKS"]
C_REQS = DATA["fragments"]["C_REQS"]
C_URGENCY = DATA["fragments"]["C_URGENCY"]
C_ASSURE = DATA["fragments"]["C_ASSURE"]
C_AGENCIES = DATA["fragments"]["C_AGENCIES"]
T_AGENCIES = DATA["fragments"]["T_AGENCIES"]
T_ACTS = DATA["fragments"]["T_ACTS"]
T_PAY = DATA["fragments"]["T_PAY"]
T_TIME = DATA["fragments"]["T_TIME"]
T_MECH = DATA["fragments"]["T_MECH"]
T_CTA = DATA["fragments"]["T_CTA"]
PLACES = DATA["fragments"]["PLACES"]
COMPANY_A = DATA["fragments"]["COMPANY_A"]
COMPANY_B = DATA["fragments"]["COMPANY_B"]
SUFFIX = DATA["fragments"]["SUFFIX"]
STREETS = DATA["fragments"]["STREETS"]
ENTRY_ROLES = DATA["fragments"]["ENTRY_ROLES"]
SKILLED_ROLES = DATA["fragments"]["SKILLED_ROLES"]
L_BENEFITS = DATA["fragments"]["L_BENEFITS"]
L_REQS_ENTRY = DATA["fragments"]["L_REQS_ENTRY"]
L_REQS_SKILLED = DATA["fragments"]["L_REQS_SKILLED"]
L_APPLY = DATA["fragments"]["L_APPLY"]
LA_AGENCIES = DATA["fragments"]["LA_AGENCIES"]
LA_JOBS = DATA["fragments"]["LA_JOBS"]
LA_FEES = DATA["fragments"]["LA_FEES"]
W_ORGS = DATA["fragments"]["W_ORGS"]
W_OPEN = DATA["fragments"]["W_OPEN"]
W_ADVICE = DATA["fragments"]["W_ADVICE"]
N_NATS = DATA["fragments"]["N_NATS"]


# ===========================================================================
# TEMPLATED PART: deterministic combinations of handwritten fragments
# ===========================================================================


def pick(r, want, table):
    return r.choice(table[want])


def handle(r, name=None):
    name = name or r.choice(FIRST_NAMES)
    w = r.choice(HANDLE_WORDS)
    form = r.randrange(4)
    if form == 0:
        return "@%s_%s%d" % (w, name.lower(), r.randrange(10, 99))
    if form == 1:
        return "@{}{}_{}".format(name, r.choice(["HR", "Job", "Work"]), w)
    if form == 2:
        return "@{}_{}_{}".format(r.choice(DOMAIN_WORDS), w, r.choice(["kh", "mm", "th", "la", "asia", "vip"]))
    return "@%s%d%s" % (w.capitalize(), r.randrange(100, 999), name.lower())


PHONE_FORMATS = {
    "KH": lambda r: "+855 %d %03d %04d" % (r.choice([10, 11, 12, 15, 16, 69, 70, 71, 77, 78, 81, 85, 86, 87, 88, 89, 92, 93, 95, 96, 97, 98]), r.randrange(100, 999), r.randrange(1000, 9999)),
    "TH": lambda r: "+66 %d %03d %04d" % (r.choice([61, 62, 63, 64, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95]), r.randrange(100, 999), r.randrange(1000, 9999)),
    "PH": lambda r: "+63 9%02d %03d %04d" % (r.randrange(5, 99), r.randrange(100, 999), r.randrange(1000, 9999)),
    "ID": lambda r: "+62 8%02d %04d %04d" % (r.randrange(11, 99), r.randrange(1000, 9999), r.randrange(1000, 9999)),
    "IN": lambda r: "+91 9%d%03d %05d" % (r.randrange(0, 9), r.randrange(100, 999), r.randrange(10000, 99999)),
    "KE": lambda r: "+254 7%02d %03d %03d" % (r.randrange(0, 99), r.randrange(100, 999), r.randrange(100, 999)),
    "AE": lambda r: "+971 5%d %03d %04d" % (r.choice([0, 2, 4, 5, 6, 8]), r.randrange(100, 999), r.randrange(1000, 9999)),
    "MY": lambda r: "+60 1%d-%03d %04d" % (r.randrange(0, 9), r.randrange(100, 999), r.randrange(1000, 9999)),
    "LA": lambda r: "+856 20 %04d %04d" % (r.randrange(1000, 9999), r.randrange(1000, 9999)),
    "LK": lambda r: "+94 7%d %03d %04d" % (r.randrange(0, 9), r.randrange(100, 999), r.randrange(1000, 9999)),
}


HOTLINE_LIKE = re.compile(r"(?<!\d)(110|111|112|113|117|118|119|156|911|999)(?!\d)")


def phone(r, cc=None):
    # fictional numbers; a digit group that looks like an emergency or hotline number is redrawn
    cc = cc or r.choice(list(PHONE_FORMATS))
    while True:
        p = PHONE_FORMATS[cc](r)
        if not HOTLINE_LIKE.search(p):
            return p


def contact(r, cc=None):
    k = r.randrange(4)
    if k == 0:
        return "WhatsApp " + phone(r, cc)
    if k == 1:
        return "Telegram " + handle(r)
    if k == 2:
        return "WA " + phone(r, cc)
    return "t.me/" + handle(r)[1:]


# --- compound lure fragments -------------------------------------------------


def clean(p):
    return p.rstrip(" ✈️🏠🍚🚗💵")


def c_salary(r, aud):
    if aud and r.random() < 0.5:
        return r.choice(AUDIENCES[aud][1])
    return r.choice(C_SALARY_USD)


def c_cc_for(dest):
    if "Cambodia" in dest or dest in ("Sihanoukville", "Bavet", "Poipet"):
        return "KH"
    if "Laos" in dest or "Golden Triangle" in dest:
        return "LA"
    if "Dubai" in dest:
        return "AE"
    if "Philippines" in dest:
        return "PH"
    return "TH"


def lure_compound(r, want):
    aud = r.choice(list(AUDIENCES) + [None, None, None])
    role = r.choice(C_ROLES)
    dest = r.choice(C_DESTS)
    sal = c_salary(r, aud)
    cc = c_cc_for(dest)
    fmt = pick(r, want, {"short": ["sms"], "medium": ["bullets", "bullets", "prose", "jobboard"], "long": ["long", "long_sections"]})
    perks = r.sample(C_PERKS, r.randint(2, 5))
    reqs = r.sample(C_REQS, r.randint(1, 3))
    if fmt == "sms":
        d = r.choice(C_DEST_SHORT)
        t = r.choice([
            "{role} in {d}, {sal}, {p1}. {u}. {c}",
            "Job offer: {role} ({d}) {sal}/mo, {p1} + {p2}. {req}. {c}",
            "HIRING {ROLE} {D} – {sal}, {p1}, {u}! {c}",
            "Hi! {role} job in {d}, {sal}. {p1}, {p2}. Reply YES or {c}",
            "You are shortlisted for {role} in {d}. {sal}. {p1}. Send passport photo to confirm: {c}",
        ])
        txt = t.format(role=role, ROLE=role.upper(), d=d, D=d.upper(), sal=sal, p1=perks[0].rstrip(" ✈️🏠🍚🚗💵"),
                       p2=perks[1].rstrip(" ✈️🏠🍚🚗💵").lower(), u=r.choice(C_URGENCY), req=reqs[0],
                       c=contact(r, cc))
        return "sms", txt
    if fmt == "bullets":
        lines = []
        hd = r.choice(C_HEADERS)
        if aud and r.random() < 0.5:
            hd = f"ATTENTION {r.choice(AUDIENCES[aud][2]).upper()}! {hd}"
        lines.append(hd)
        lines.append("{} {} – {}".format(r.choice(["📍", "👉", "▪", "Job:"]), role, dest))
        lines.append("{} {}".format(r.choice(["💰 Salary:", "💵", "Salary:", "Pay:"]), sal))
        mark = r.choice(["✅", "✔", "👉", "-", "•"])
        for x in perks[:2] + reqs[:r.randint(0, 1)]:
            lines.append(f"{mark} {x}")
        if r.random() < 0.5:
            lines.append(r.choice(C_ASSURE))
        lines.append(r.choice(C_URGENCY) + "!")
        lines.append(r.choice(["📲 ", "Contact: ", "Apply: ", ""]) + contact(r, cc))
        ch = r.choice(["facebook", "telegram", "facebook", "telegram", "whatsapp"])
        return ch, "\n".join(lines)
    if fmt == "prose":
        name = r.choice(FIRST_NAMES)
        intro = r.choice([
            "Hello, I'm {n} from {a}.",
            "Good day! This is {n}, recruiter for {a}.",
            "Hi dear, {n} here from HR.",
            "Greetings from {a}! My name is {n}.",
            "Hello friend, my company is hiring again.",
        ]).format(n=name, a=r.choice(C_AGENCIES))
        body = r.choice([
            "We have openings for {role} in {dest}. Salary is {sal}. {p1} and {p2}. {req}.",
            "Our client in {dest} needs {role}s. The pay is {sal} and {p1_l}, {p2_l}. {req}, we train you.",
            "There is a {role} job in {dest}, very easy, just sitting in the office. {sal}, {p1_l}. {req}.",
        ]).format(role=role, dest=dest, sal=sal, p1=clean(perks[0]), p2=clean(perks[1]).lower(),
                  p1_l=clean(perks[0]).lower(), p2_l=clean(perks[1]).lower(), req=reqs[0])
        extra = []
        if r.random() < 0.6:
            extra.append(r.choice(C_ASSURE) + ".")
        extra.append(r.choice(["Please send your passport copy and a photo.", "Can you send your CV and passport bio page?",
                               "Are you ready to fly " + r.choice(["this week", "on Friday", "next Monday"]) + "?",
                               "Reply here if you are interested, slots are limited."]))
        if aud and r.random() < 0.5:
            extra.append(f"We are looking especially for {AUDIENCES[aud][0]} applicants.")
        return r.choice(["whatsapp", "whatsapp", "facebook", "telegram"]), " ".join([intro, body] + extra)
    if fmt == "jobboard":
        lines = [f"Position: {role}", f"Location: {dest}", f"Salary: {sal}",
                 "Requirements: {}".format(", ".join(x.lower() for x in reqs)),
                 "Benefits: {}".format(", ".join(p.rstrip(" ✈️🏠🍚🚗💵").lower() for p in perks)),
                 f"Note: {r.choice(C_URGENCY)}.",
                 f"Apply: send CV and passport scan via {contact(r, cc)}"]
        return "jobboard", "\n".join(lines)
    if fmt == "long":
        lines = [r.choice(C_HEADERS), ""]
        lines.append("Company: {}".format(r.choice(["International online service company", "Global e-commerce group",
                                                "Online gaming & entertainment group", "Digital investment platform",
                                                "Asia customer support centre", "Confidential (big company)"])))
        lines.append(f"Country: {dest}")
        lines.append(f"Position: {role}")
        lines.append(f"Salary: {sal}")
        lines.append("Working time: {}".format(r.choice(["12 hours, 1 day off per week", "12 hrs/day, 2 days off per month",
                                                    "10-12 hours, 6 days", "day or night shift, 12 hours"])))
        for p in perks:
            lines.append("✔ " + p)
        for q in reqs:
            lines.append("✔ " + q)
        lines.append(r.choice(C_ASSURE))
        lines.append(r.choice(C_URGENCY))
        if aud:
            lines.append(f"Open to {AUDIENCES[aud][0]} applicants")
        lines.append("Contact: " + contact(r, cc))
        return r.choice(["facebook", "telegram", "website"]), "\n".join(lines)
    # long_sections
    roles = r.sample(C_ROLES, r.randint(3, 4))
    lines = [r.choice(C_HEADERS) + " – " + r.choice(C_DEST_SHORT).upper(), "", "📌 POSITIONS"]
    for ro in roles:
        lines.append(f"▪ {ro} – {r.choice(C_SALARY_USD)}")
    lines += ["", "🎁 BENEFITS"] + ["▪ " + p for p in perks]
    lines += ["", "📋 REQUIREMENTS"] + ["▪ " + q for q in reqs]
    lines += ["", "⏰ " + r.choice(C_URGENCY), "📲 " + contact(r, cc)]
    return r.choice(["facebook", "telegram"]), "\n".join(lines)


# --- task-scam fragments -----------------------------------------------------


def lure_task(r, want):
    name = r.choice(FIRST_NAMES)
    ag = r.choice(T_AGENCIES)
    act = r.choice(T_ACTS)
    pay = r.choice(T_PAY)
    fmt = pick(r, want, {"short": ["sms", "notice"], "medium": ["intro", "intro", "group"], "long": ["long"]})
    if fmt == "intro":
        op = r.choice(["Hi, I'm {n}, a recruiter from {a}.", "Hello! My name is {n} from {a}.",
                       "Good day, this is {n} (HR, {a}).", "Sorry to bother you, I'm {n} from {a}.",
                       "Hi there! {n} here, I work with {a}."]).format(n=name, a=ag)
        mid = r.choice(["We are hiring part-time staff for {act}. You can earn {pay}, {time}.",
                        "We pay people for {act}: {pay}, {time}.",
                        "Our clients need help with {act}. Income is {pay} and it takes {time}."]).format(
            act=act, pay=pay, time=r.choice(T_TIME))
        parts = [op, mid]
        parts += r.sample(T_MECH, r.randint(1, 2))
        parts.append(r.choice(T_CTA))
        return "whatsapp", " ".join(parts)
    if fmt == "sms":
        t = r.choice(["Part-time job: {act}, earn {pay}. {c}", "Hi, we got your CV. Online job ({act}), {pay}, paid daily. {c}",
                      "{A}: {act} from home, {pay}. Contact {c}", "Remote job! {act_c}, {pay}. {c}"])
        return "sms", t.format(act=act, act_c=act[0].upper() + act[1:], pay=pay, A=ag, c=contact(r))
    if fmt == "group":
        mk = r.choice(["✔️", "✅", "👉", "🔹", "-"])
        lines = [r.choice(["📣 HIRING ONLINE PART-TIME 📣", "💰 EARN FROM HOME 💰", "Online job available 💻",
                           "🎁 New member bonus!", "WORK FROM PHONE 📱", "Daily tasks 🔥"])]
        lines.append(f"{mk} Job: {act}")
        lines.append(f"{mk} Income: {pay}")
        lines.append(f"{mk} Time: {r.choice(T_TIME)}")
        for m in r.sample(T_MECH, r.randint(1, 2)):
            lines.append(f"{mk} {m}")
        lines.append(r.choice(["Contact ", "DM ", "Message our receptionist "]) + handle(r, name))
        return "telegram", "\n".join(lines)
    if fmt == "notice":
        bal = r.randrange(200, 3000)
        t = r.choice([
            "Dear member, task {k}/{n} is a combination order. Your balance is -${b}.{c:02d}. Recharge to continue and withdraw your profit of ${p}.",
            "[System] Your withdrawal of ${p} is pending. Complete {k2} more tasks. Required balance: ${b}. Contact your mentor to recharge.",
            "Congratulations! Lucky order 🎉 Product value ${b}, commission ${p2}. Top up to submit the order, funds returned after the set.",
        ])
        return "telegram", t.format(k=r.randrange(15, 38), n=40, b=bal, c=r.randrange(0, 99), p=bal + r.randrange(300, 1500),
                                    k2=r.randrange(3, 12), p2=bal // 5)
    # long
    lines = [f"Hi, I'm {name} from {ag} 😊", "Job details:",
             f"1. Work: {act}", f"2. Time: {r.choice(T_TIME)}", f"3. Income: {pay}",
             "4. Payment: {}".format(r.choice(["same day", "daily to bank or e-wallet", "USDT or bank transfer", "instantly after each set"])),
             "5. Requirements: {}".format(r.choice(["smartphone and Telegram", "age 20+, phone with internet", "age 23+, basic English"])),
             "6. Levels:"]
    base = r.choice([50, 100, 200])
    for i, mult in enumerate([1, 5, 20, 50][:r.randint(3, 4)]):
        lines.append("   VIP%d – deposit $%d – commission %.1f%%" % (i + 1, base * mult, 0.5 + i * 0.5))
    for m in r.sample(T_MECH, 2):
        lines.append(m)
    lines.append(r.choice(T_CTA))
    return r.choice(["whatsapp", "telegram"]), "\n".join(lines)


# --- legit fragments -------------------------------------------------------------


def company(r, sector, cc):
    a = r.choice(COMPANY_A)
    b = r.choice(COMPANY_B[sector])
    suf = r.choice(SUFFIX[cc])
    if suf == "PT":
        return f"PT {a} {b}", a, b
    return f"{a} {b} {suf}", a, b


def addr(r, cc, city):
    return r.choice(STREETS[cc]).format(n=r.randrange(2, 300), s=r.randrange(2, 600)) + ", " + city


def email(r, a, b, cc):
    tld = {"KH": "com.kh", "PH": "com.ph", "ID": "co.id", "KE": "co.ke", "LK": "lk", "MY": "com.my", "IN": "in",
           "TH": "co.th", "AE": "ae"}[cc]
    return "{}@{}{}.{}".format(r.choice(["hr", "jobs", "careers", "recruitment"]), a.lower().replace(" ", ""),
                           b.lower().replace(" ", "").replace("é", "e"), tld)


def legit_job(r, kind, want):
    city, cc, entry_pay, skilled_pay = r.choice(PLACES)
    if kind == "skilled_well_paid":
        sector = r.choice(list(SKILLED_ROLES))
        role = r.choice(SKILLED_ROLES[sector])
        pay = r.choice(skilled_pay)
        reqs = r.sample(L_REQS_SKILLED, r.randint(2, 4))
    elif kind == "customer_service_local":
        sector = r.choice(["office", "tech", "retail", "logistics"])
        role = r.choice(["Call Centre Agent", "Customer Service Officer", "Live Chat Agent", "Customer Care Representative",
                         "Hotline Operator", "Technical Support Agent"])
        pay = r.choice(entry_pay)
        reqs = r.sample(L_REQS_ENTRY[:5] + ["Good listening skills", "Computer basics", "Fluent local language"], r.randint(2, 3))
    else:
        sector = r.choice(list(ENTRY_ROLES))
        role = r.choice(ENTRY_ROLES[sector])
        pay = r.choice(entry_pay)
        reqs = r.sample(L_REQS_ENTRY, r.randint(1, 3))
    comp, a, b = company(r, sector if sector in COMPANY_B else "office", cc)
    ad = addr(r, cc, city)
    em = email(r, a, b, cc)
    bens = r.sample(L_BENEFITS, r.randint(2, 5))
    if kind == "customer_service_local" and "Written contract" not in bens:
        bens.append("Written contract")
    apply_ = r.choice(L_APPLY).format(email=em, addr=ad)
    chat = None
    if kind == "chat_app_contact":
        chat = r.choice(["WhatsApp", "Telegram", "WhatsApp/Telegram", "Viber", "LINE" if cc == "TH" else "WhatsApp"])
        chat_c = phone(r, cc) if chat != "Telegram" or r.random() < 0.5 else handle(r)
        apply_ = r.choice(["Message our HR on {ch} {c}, interview at our office ({ad})",
                           "Send your CV by {ch}: {c}. Office: {ad}",
                           "{ch} {c} (HR). Walk-in also OK at {ad}"]).format(ch=chat, c=chat_c, ad=ad)
    n = r.randrange(2, 12)
    fmt = pick(r, want, {"short": ["sms"], "medium": ["bullets", "prose", "jobboard"], "long": ["long"]})
    urgent = kind == "urgent_hiring"
    if fmt == "sms":
        if chat:
            t = r.choice(["{comp} hiring {role}, {pay}. {city}. {ch} {c} for interview.",
                          "Hi, this is HR at {comp}. Your interview for {role} is on {day} 10am at {ad}. Reply on {ch} to confirm.",
                          "{role} needed at {comp} ({city}), {pay}. Contact {ch} {c}."])
            txt = t.format(comp=comp, role=role, pay=pay, city=city, ch=chat, c=phone(r, cc), ad=ad,
                           day=r.choice(["Monday", "Tuesday", "Thursday", "Saturday"]))
        else:
            t = r.choice(["{U}{comp} needs {n} {role_l}s, {pay}. {city}. Apply at {ad}.",
                          "{U}{role} wanted, {comp}, {pay}. Interview {day} 9am, {ad}. Bring ID.",
                          "{U}{comp}: {role} ({pay}). {req}. Walk in at {ad}."])
            txt = t.format(U="URGENT: " if urgent else "", comp=comp, n=n, role=role, role_l=role.lower(), pay=pay,
                           city=city, ad=ad, day=r.choice(["Mon", "Tue", "Wed", "Sat"]), req=reqs[0])
        return ("sms" if not chat else r.choice(["whatsapp", "telegram", "sms"])), txt
    hd = r.choice(["🔥 URGENT HIRING 🔥", "HIRING NOW!!!", "📢 JOB VACANCY 📢", "‼️ START THIS WEEK ‼️", "URGENT – %d POSITIONS" % n]) if urgent \
        else r.choice(["WE ARE HIRING", "📢 JOB VACANCY 📢", "JOB OPENING 💼", "Join our team! 🙌", "VACANCY", "Career opportunity",
                       "WE'RE HIRING 🎉", "OPEN POSITION", "📌 Job"])
    mk = r.choice(["✅", "✔", "▪", "•", "-", "👉"])
    if fmt == "bullets":
        lines = [hd, "{} {} – {}".format(r.choice(["📍", "👉", "Job:", "▪"]), role, comp),
                 "{} {}".format(r.choice(["💰 Salary:", "💵", "Pay:", "Salary:"]), pay)]
        for x in (bens[:3] + reqs[:2]):
            lines.append(f"{mk} {x}")
        if urgent:
            lines.append(r.choice(["Start immediately", "Start this week", "Interviews every day this week", "Start Monday"]) + "!")
        lines.append(r.choice(["📲 ", "Apply: ", "How to apply: ", "📍 "]) + apply_)
        return r.choice(["facebook", "telegram", "facebook"]) if not chat else r.choice(["facebook", "telegram", "whatsapp"]), "\n".join(lines)
    if fmt == "prose":
        s = r.choice([
            "{comp} in {city} is looking for a {role_l}. Salary {pay}. {b1} and {b2_l}. {req}. {apply}.",
            "We need a {role_l} at our {city} branch ({comp}). Pay is {pay}, with {b1_l} and {b2_l}. {apply}.",
            "{U}Our team at {comp} ({ad}) is hiring {n} {role_l}s. {pay}. {req}. {b1}. {apply}.",
        ])
        txt = s.format(comp=comp, city=city, role_l=role.lower(), pay=pay, b1=bens[0], b1_l=bens[0].lower(),
                       b2_l=bens[1].lower(), req=reqs[0], apply=apply_, ad=ad, n=n,
                       U="Urgent hiring! " if urgent else "")
        return r.choice(["facebook", "whatsapp", "website", "linkedin"]) if not chat else r.choice(["whatsapp", "telegram"]), txt
    if fmt == "jobboard":
        lines = [role, comp, f"Location: {ad}", f"Salary: {pay}",
                 "Requirements: " + "; ".join(reqs), "Benefits: " + ", ".join(b.lower() for b in bens)]
        if urgent:
            lines.insert(0, "URGENT")
        lines.append("Apply: " + apply_)
        return "jobboard", "\n".join(lines)
    # long
    lines = [hd, "", f"Position: {role}", f"Company: {comp}", f"Address: {ad}", f"Salary: {pay}",
             "Working hours: {}".format(r.choice(["Mon–Fri 8:00–17:00", "Mon–Sat 8:00–17:00", "rotating 8-hour shifts, 6 days/week",
                                              "9:00–18:00, weekends off", "7:00–16:00, Sunday off"])), "", "Responsibilities:"]
    resp = {"tech": ["Build and maintain services", "Review code and mentor juniors", "Work with product and QA"],
            "office": ["Prepare reports and documents", "Coordinate with other departments", "Handle filing and records"],
            "health": ["Care for patients", "Keep accurate records", "Follow clinic hygiene rules"],
            "factory": ["Operate machines safely", "Check product quality", "Keep the workstation clean"],
            "hotel": ["Serve guests politely", "Keep rooms and areas clean", "Report maintenance issues"],
            "food": ["Serve customers", "Prepare drinks/food", "Keep the shop clean"],
            "retail": ["Serve customers at the counter", "Arrange stock", "Count cash at shift end"],
            "logistics": ["Load and unload goods", "Check delivery notes", "Follow safety rules"]}
    for x in resp.get(sector, resp["office"]):
        lines.append(f"{mk} {x}")
    lines += ["", "Requirements:"] + [f"{mk} {q}" for q in reqs]
    lines += ["", "Benefits:"] + [f"{mk} {b}" for b in bens]
    lines += ["", "How to apply: " + apply_]
    if r.random() < 0.4:
        lines.append(r.choice(["We never charge fees to applicants.", "Only shortlisted candidates will be contacted.",
                               "Equal opportunity employer."]))
    return r.choice(["jobboard", "website", "facebook", "linkedin"]), "\n".join(lines)


# legal abroad


def legit_abroad(r, want):
    cc, lic_t, cities, regulator = r.choice(LA_AGENCIES)
    lic = lic_t.format(a=r.randrange(100, 2999), d="%02d%02d20%02d" % (r.randrange(1, 12), r.randrange(1, 28), r.randrange(19, 25)),
                       city3=r.choice(["MUM", "DEL", "KOC"]), b=r.randrange(1000, 9999), y=r.randrange(19, 25),
                       y2=r.randrange(76, 82))
    country, role, pay, visa, req = r.choice(LA_JOBS)
    ag = "{} {}".format(r.choice(COMPANY_A), r.choice(["Manpower", "Overseas Employment", "Placement Services", "Global Careers", "Human Resources"]))
    city = r.choice(cities)
    fee = r.choice(LA_FEES)
    fmt = pick(r, want, {"short": ["sms"], "medium": ["bullets", "prose"], "long": ["long"]})
    if fmt == "sms":
        return "sms", f"{ag} ({lic}): {role} jobs in {country}, {pay}. Written contract; {visa}. Verify our licence with {regulator}. Office: {city}."
    if fmt == "bullets":
        lines = [r.choice(["🌏 WORK ABROAD LEGALLY 🌏", "📢 OVERSEAS JOB ORDER 📢", f"JOBS IN {country.upper()}",
                           f"✈️ {country.upper()} – NOW HIRING ✈️", f"HIRING FOR {country.upper()} 🌍"]),
                 f"Position: {role}", f"Salary: {pay}", f"✅ Visa: {visa}", f"✅ Requirement: {req}",
                 "✅ Written contract reviewed before departure", "✅ " + fee,
                 f"Agency: {ag} – {lic}", f"Verify us with {regulator} before applying."]
        return r.choice(["facebook", "jobboard", "telegram"]), "\n".join(lines)
    if fmt == "prose":
        return r.choice(["website", "facebook", "linkedin"]), (
            f"{ag}, licensed agency ({lic}), is recruiting for a {role.lower()} in {country}. Pay: {pay}. Workers travel on a proper {visa}; "
            f"the contract is signed and verified before departure and you keep your own passport. {fee} "
            f"Check our licence with {regulator}, and apply in person at our {city} office.")
    lines = [f"{role.upper()} – {country.upper()}", "",
             f"Recruitment agency: {ag}", f"Licence: {lic}", "Employer: {} (name and address in the job order)".format(r.choice(
                 ["registered company", "licensed employer", "accredited employer"])),
             f"Salary: {pay}", "Contract: {} years, signed before departure".format(r.choice(["1", "2", "3"])),
             f"Visa: {visa}", f"Requirements: {req}",
             "Accommodation: {}".format(r.choice(["provided by employer as stated in the contract", "employer dormitory, cost written in the contract",
                                              "assistance to find housing; first 2 weeks paid"])),
             f"Fees: {fee}", "",
             "Process:", "1) Document screening", "2) Employer interview", "3) Medical check at an accredited clinic",
             "4) Contract signing and verification", "5) Visa and pre-departure orientation", "",
             f"Apply at our {city} office. Verify our licence with {regulator}."]
    return r.choice(["website", "jobboard", "facebook"]), "\n".join(lines)


# NGO warning


def quoted_lure(r):
    if r.random() < 0.6:
        role = r.choice(C_ROLES)
        return r.choice([
            "\"{role} in {d}, {sal}, {p1}, {p2}\"",
            "\"{ROLE} – {D} – {sal} – {u}\"",
            "\"{req}, {p1}, {sal}, {a}\"",
        ]).format(role=role, ROLE=role.upper(), d=r.choice(C_DEST_SHORT), D=r.choice(C_DEST_SHORT).upper(),
                  sal=r.choice(C_SALARY_USD), p1=r.choice(C_PERKS).rstrip(" ✈️🏠🍚🚗💵").lower(),
                  p2=r.choice(C_PERKS).rstrip(" ✈️🏠🍚🚗💵").lower(), u=r.choice(C_URGENCY).lower(),
                  req=r.choice(C_REQS), a=r.choice(C_ASSURE).lower())
    return f"\"Hi, I'm {r.choice(FIRST_NAMES)} from {r.choice(T_AGENCIES)}, earn {r.choice(T_PAY)} {r.choice(T_ACTS)}\""


def legit_warning(r, want):
    org = r.choice(W_ORGS)
    fmt = pick(r, want, {"short": ["sms"], "medium": ["post"], "long": ["long"]})
    adv = r.sample(W_ADVICE, r.randint(2, 4))
    q = quoted_lure(r)
    if fmt == "sms":
        return "sms", r.choice([
            "{o}: offers like {q} are traps. {a}",
            "ALERT: {q} – this is how traffickers recruit. {a}",
            "Scam warning: {q}. {a} {a2}",
        ]).format(o=org, q=q, a=adv[0], a2=adv[1])
    if fmt == "post":
        lines = [r.choice(W_OPEN), f"Messages like this are circulating: {q}",
                 r.choice(["People who accept are often taken to scam compounds and forced to defraud others.",
                           "Victims lose their deposits and are asked to pay more to 'withdraw'.",
                           "Those who went had their passports taken and were forced to work 14+ hours a day.",
                           "This is a trafficking lure, not a job."])]
        lines += ["✅ " + a for a in adv]
        lines.append(f"— {org}")
        return r.choice(["facebook", "telegram", "website", "whatsapp"]), "\n".join(lines)
    qs = [quoted_lure(r) for _ in range(r.randint(2, 4))]
    lines = [r.choice(W_OPEN), "", f"The {org.lower()} has seen many cases that started with ads like these:"]
    lines += ["• " + x for x in qs]
    lines += ["", "What happened to people who answered:", "• passports and phones taken on arrival",
              "• moved across a border by car or boat", "• forced to scam strangers online",
              "• families asked for money to release them", "", "What you can do:"]
    lines += ["✅ " + a for a in adv]
    return r.choice(["facebook", "website", "telegram"]), "\n".join(lines)


def legit_news(r, want):
    nat = r.choice(N_NATS)
    n = r.randrange(7, 260)
    place = r.choice(["Myawaddy", "a compound near the Thai-Myanmar border", "Sihanoukville", "the Golden Triangle SEZ",
                      "a compound in Shan State", "Bavet", "Poipet", "a site in Kampot province"])
    q = quoted_lure(r)
    head = r.choice([
        "{n} {nat} nationals return home after rescue from scam compound",
        "Police free {n} people from scam centre in {place}",
        "{nat} jobseekers warned after {n} trafficked to scam hubs",
        "Court charges recruiters over fake overseas jobs",
        "Government steps up checks at airports to stop trafficking to scam centres",
    ]).format(n=n, nat=nat, place=place)
    body = r.choice([
        "Officials said the victims had responded to online ads reading {q}. After arriving they were taken to {place}, where their passports were confiscated.",
        "According to the labour ministry, most victims were recruited on Facebook and Telegram with offers such as {q}, and crossed borders on tourist visas.",
        "Relatives said the recruiters promised {q}. The victims were made to run online fraud schemes and were beaten for missing targets, police said.",
    ]).format(q=q, place=place)
    tail = r.choice(["Authorities urged citizens to use licensed agencies only.",
                     "The embassy said it was assisting with repatriation.",
                     "Rights groups said the victims should be treated as victims, not criminals.",
                     "Police said investigations into the recruitment network were continuing."])
    k = 0.1 if want == "short" else r.uniform(0.2, 1.0)
    if k < 0.2:
        return "news", f"{head}. {tail}"
    if k < 0.45:
        return "news", f"{head}\n{body} {tail}"
    if r.random() < 0.5:
        return r.choice(["news", "website"]), "{}\n\n{}\n\n{}\n\n{}".format(
            head, body, r.choice(["One survivor said: \"They told us it was a normal office job. It was a prison.\"",
                                  "A 23-year-old said he paid nothing up front, which made the offer seem safe.",
                                  "Several victims said they had been resold between compounds."]), tail)
    return "news", f"{head}: {body}"


# ---------------------------------------------------------------------------
def build():
    r = random.Random(SEED)
    recs = []
    seen = set(x["text"] for x in HAND)
    for x in HAND:
        recs.append(dict(x, origin="handwritten"))

    def add(label, kind, fn, short, medium, long_):
        # a fixed plan of lengths per kind, so that the corpus gets ~30% short, ~50% medium, ~20% long
        plan = ["short"] * short + ["medium"] * medium + ["long"] * long_
        r.shuffle(plan)
        for want in plan:
            for _ in range(200):
                ch, txt = fn(r, want)
                if txt not in seen:
                    break
            else:
                raise RuntimeError(f"cannot make a distinct text for {label}/{kind}")
            seen.add(txt)
            recs.append({"label": label, "kind": kind, "channel": ch, "text": txt, "origin": "templated"})

    add("lure", "compound_abroad", lure_compound, 12, 34, 30)
    add("lure", "task_scam", lure_task, 13, 26, 15)
    for kind, sml in [("local_job", (12, 4, 6)), ("skilled_well_paid", (3, 3, 8)), ("urgent_hiring", (10, 3, 7)),
                      ("chat_app_contact", (10, 3, 5)), ("customer_service_local", (5, 2, 5))]:
        add("legit", kind, lambda rr, want, k=kind: legit_job(rr, k, want), *sml)
    add("legit", "legal_abroad", legit_abroad, 5, 6, 7)
    add("legit", "ngo_warning", legit_warning, 8, 3, 7)
    add("legit", "news", legit_news, 6, 2, 0)
    out = []
    for i, x in enumerate(recs, 1):
        out.append({"id": "own-en-%04d" % i, "text": x["text"], "lang": "en", "label": x["label"], "kind": x["kind"],
                    "channel": x["channel"], "origin": x["origin"]})
    return out
