"""Composition rules for data/train/ko*.jsonl; the texts live in data/corpus/ko.yaml."""
import random
import re

from data.corpus.recipes import load

DATA = load("ko")
HAND = DATA["handwritten"]
SEED = DATA["fragments"]["SEED"]
_LOWER = DATA["fragments"]["_LOWER"]
_ALNUM = DATA["fragments"]["_ALNUM"]
_TG_PREFIX = DATA["fragments"]["_TG_PREFIX"]
BULLETS = DATA["fragments"]["BULLETS"]
RULES = DATA["fragments"]["RULES"]
C_PLACES = DATA["fragments"]["C_PLACES"]
C_ROLES = DATA["fragments"]["C_ROLES"]
C_PAY = DATA["fragments"]["C_PAY"]
C_PERKS = DATA["fragments"]["C_PERKS"]
C_REQS = DATA["fragments"]["C_REQS"]
C_ASSURE = DATA["fragments"]["C_ASSURE"]
C_URGENT = DATA["fragments"]["C_URGENT"]
C_VAGUE = DATA["fragments"]["C_VAGUE"]
C_CONTACT = DATA["fragments"]["C_CONTACT"]
C_HEAD = DATA["fragments"]["C_HEAD"]
C_INTRO = DATA["fragments"]["C_INTRO"]
C_OUTRO = DATA["fragments"]["C_OUTRO"]
C_WHO = DATA["fragments"]["C_WHO"]
C_SRC = DATA["fragments"]["C_SRC"]
T_TASKS = DATA["fragments"]["T_TASKS"]
T_PAY = DATA["fragments"]["T_PAY"]
T_MECH = DATA["fragments"]["T_MECH"]
T_REQ = DATA["fragments"]["T_REQ"]
T_PROOF = DATA["fragments"]["T_PROOF"]
T_CONTACT = DATA["fragments"]["T_CONTACT"]
T_HEAD = DATA["fragments"]["T_HEAD"]
T_WHO = DATA["fragments"]["T_WHO"]
K_PLACES = DATA["fragments"]["K_PLACES"]
CO_PRE = DATA["fragments"]["CO_PRE"]
CO_SUF = DATA["fragments"]["CO_SUF"]
LOCAL_ROLES = DATA["fragments"]["LOCAL_ROLES"]
LOCAL_BEN = DATA["fragments"]["LOCAL_BEN"]
LOCAL_REQ = DATA["fragments"]["LOCAL_REQ"]
LEGIT_CONTACT = DATA["fragments"]["LEGIT_CONTACT"]
CS_ROLES = DATA["fragments"]["CS_ROLES"]
CS_PAY = DATA["fragments"]["CS_PAY"]
CS_TRAIN = DATA["fragments"]["CS_TRAIN"]
SKILLED = DATA["fragments"]["SKILLED"]
SK_BY_CAT = DATA["fragments"]["SK_BY_CAT"]
URGENT = DATA["fragments"]["URGENT"]
URG_WHEN = DATA["fragments"]["URG_WHEN"]
CHAT_ROLES = DATA["fragments"]["CHAT_ROLES"]
CHAT_EXTRA = DATA["fragments"]["CHAT_EXTRA"]
CHAT_MEET = DATA["fragments"]["CHAT_MEET"]
ABROAD = DATA["fragments"]["ABROAD"]
AB_PLACES = DATA["fragments"]["AB_PLACES"]
AB_VISA = DATA["fragments"]["AB_VISA"]
AB_BEN = DATA["fragments"]["AB_BEN"]
AB_ROLE_SUF = DATA["fragments"]["AB_ROLE_SUF"]
NGO_ORGS = DATA["fragments"]["NGO_ORGS"]
NGO_HOT = DATA["fragments"]["NGO_HOT"]
NGO_EXPLAIN_C = DATA["fragments"]["NGO_EXPLAIN_C"]
NGO_EXPLAIN_T = DATA["fragments"]["NGO_EXPLAIN_T"]
NGO_ADVICE_C = DATA["fragments"]["NGO_ADVICE_C"]
NGO_ADVICE_T = DATA["fragments"]["NGO_ADVICE_T"]
NEWS_WHO = DATA["fragments"]["NEWS_WHO"]
NEWS_OUT_C = DATA["fragments"]["NEWS_OUT_C"]
NEWS_OUT_T = DATA["fragments"]["NEWS_OUT_T"]
NEWS_POLICE = DATA["fragments"]["NEWS_POLICE"]


# ---------------------------------------------------------------------------
# Fictional contact details. Every phone number, ID, handle and link is drawn
# at random with the fixed seed; none belongs to a real person or company.
# ---------------------------------------------------------------------------


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _word(rng, lo, hi):
    return "".join(rng.choice(_LOWER) for _ in range(rng.randint(lo, hi)))


def fake_mobile(rng):
    a, b = _digits(rng, 4), _digits(rng, 4)
    return rng.choice([f"010-{a}-{b}", f"010-{a}-{b}", f"010-{a}-{b}", f"010 {a} {b}", f"010{a}{b}"])


def fake_tel4(rng):
    return rng.choice([f"{rng.randint(200, 999)}-{_digits(rng, 4)}", f"{rng.randint(2000, 9999)}-{_digits(rng, 4)}"])


def fake_tel(rng):
    area = rng.choice(["02", "031", "032", "041", "042", "051", "053", "055", "062", "064"])
    return f"{area}-{fake_tel4(rng)}"


FILLERS = {
    "TG": lambda r: "@" + r.choice(_TG_PREFIX) + "_" + _word(r, 3, 6) + (_digits(r, 2) if r.random() < 0.6 else ""),
    "KK": lambda r: _word(r, 4, 7) + _digits(r, r.randint(2, 4)),
    "OC": lambda r: "open.kakao.com/o/" + r.choice("gs") + "".join(r.choice(_ALNUM) for _ in range(7)),
    "P": fake_mobile,
    "TEL": fake_tel,
    "TEL4": fake_tel4,
    "BRN": lambda r: f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 5)}",
    "LINE": lambda r: _word(r, 4, 8) + _digits(r, 2),
}
_PH = re.compile(r"\{(" + "|".join(FILLERS) + r")\}")


def fill(text, rng):
    return _PH.sub(lambda m: FILLERS[m.group(1)](rng), text)


# ---------------------------------------------------------------------------
# Shared formatting, used for BOTH classes so that style carries no label.
# ---------------------------------------------------------------------------


def pick(rng, xs, k=1):
    return rng.sample(xs, k) if k > 1 else rng.choice(xs)


def bullets(rng, lines):
    b = rng.choice(BULLETS)
    return [b + x for x in lines]


def inline(rng, parts):
    sep = rng.choice([" / ", ", ", " · ", " ", " | "])
    return sep.join(parts)


def sms_wrap(rng, body, legit=False):
    heads = ["[Web발신]", "[Web발신]", "(광고)", ""] if legit else ["[Web발신]", "[Web발신]", "[국외발신]", "(광고)", ""]
    head = rng.choice(heads) if rng.random() < 0.8 else ""
    return (head + (" " if rng.random() < 0.7 else "\n") + body).strip() if head else body


_DIGIT_BATCHIM = {"0": True, "1": True, "2": False, "3": True, "4": False, "5": False, "6": True, "7": True, "8": True,
                  "9": False}


def _batchim(word):
    """(has final consonant, final is ㄹ) for the last pronounced character of word."""
    w = re.sub(r"[\s)\]'\"+.,!~]+$", "", word)
    if not w:
        return False, False
    ch = w[-1]
    if "가" <= ch <= "힣":
        jong = (ord(ch) - 0xAC00) % 28
        return jong != 0, jong == 8
    if ch in _DIGIT_BATCHIM:
        return _DIGIT_BATCHIM[ch], ch in "178"
    return False, False


def josa(word, with_b, without_b):
    """Attach a Korean particle: josa("경찰서", "은", "는") -> "경찰서는"."""
    has, rieul = _batchim(word)
    if with_b == "으로":
        return word + ("로" if (not has or rieul) else "으로")
    return word + (with_b if has else without_b)


# ---------------------------------------------------------------------------
# LURE fragments: compound_abroad
# ---------------------------------------------------------------------------


def lure_compound(rng, mode):
    place, role = rng.choice(C_PLACES), rng.choice(C_ROLES)
    pay = rng.choice(C_PAY)
    perks = rng.sample(C_PERKS, rng.randint(1, 4))
    reqs = rng.sample(C_REQS, rng.randint(1, 3))
    contact = rng.choice(C_CONTACT)
    channel = rng.choice(["telegram", "telegram", "kakao", "sms", "jobboard", "instagram", "community", "website"])
    if mode == "short":
        if channel == "kakao" or (channel == "community" and rng.random() < 0.5):
            text = rng.choice([
                f"{place} {role} 자리 하나 났대. {pay}에 {perks[0]}까지 해준대. 관심 있으면 {contact}",
                f"{place}에서 {role} 할 사람 구해요. {pay}, {perks[0]}. {contact}",
                f"혹시 {place} {role} 일 생각 있어요? {josa(pay, '이고', '고')} {josa(reqs[0], '이에요', '예요')}. {contact}",
            ])
        else:
            parts = [f"{place} {role}", pay] + perks[:2] + reqs[:1]
            if rng.random() < 0.5:
                parts.append(rng.choice(C_URGENT))
            parts.append(contact)
            text = inline(rng, parts)
            if channel == "sms":
                text = sms_wrap(rng, text)
            if channel == "instagram":
                text += " " + rng.choice(["✈️", "💸", "🔥", "#해외취업 #동남아취업", "#고수익 #해외알바"])
        return channel, text
    if mode == "medium":
        if channel == "kakao":
            s = [f"안녕하세요 {rng.choice(C_WHO)}입니다.", f"{rng.choice(C_SRC)} 보고 연락드렸어요.",
                 f"{place}에 있는 저희 회사에서 {role} 직원을 뽑고 있는데 {pay}에 {', '.join(perks)}입니다.",
                 rng.choice(C_ASSURE) + ".", rng.choice(["출국 일정만 정해주시면 나머지는 저희가 다 준비해요.",
                                                         "여권 사진 보내주시면 바로 항공권 예약해 드릴게요.",
                                                         "통화 가능하실 때 말씀 주세요.",
                                                         "자세한 건 텔레그램으로 안내드릴게요 {TG}"])]
            if rng.random() < 0.4:
                s.insert(3, rng.choice(["경력이나 외국어는 전혀 필요 없어요.", "면접은 형식적인 거라 걱정 안 하셔도 돼요.",
                                        "일은 가셔서 배우시면 됩니다."]))
            return channel, " ".join(s)
        head = rng.choice(C_HEAD).format(place=place, role=role)
        lines = [f"{rng.choice(['업무', '직무', '하는 일'])}: {role}", f"{rng.choice(['급여', '월급', '수입'])}: {pay}"]
        lines += perks[:3] + reqs[:2]
        if rng.random() < 0.4:
            lines.append(rng.choice(C_ASSURE))
        if rng.random() < 0.35:
            lines.append(rng.choice(C_VAGUE))
        if rng.random() < 0.5:
            lines.append(rng.choice(C_URGENT))
        rng.shuffle(lines)
        body = [head] + bullets(rng, lines) + [contact]
        text = "\n".join(body)
        if channel == "sms":
            text = sms_wrap(rng, text)
        return channel, text
    # long
    head = rng.choice(C_HEAD).format(place=place, role=role)
    perks = rng.sample(C_PERKS, 4)
    reqs = rng.sample(C_REQS, 3)
    out = []
    if rng.random() < 0.5:
        out.append(rng.choice(RULES))
    out.append(head)
    if rng.random() < 0.5:
        out.append(rng.choice(RULES))
    out.append(rng.choice(C_INTRO))
    out.append("")
    sec = rng.choice([("▶ ", ""), ("[", "]"), ("■ ", ""), ("📌 ", ""), ("【", "】")])
    b = rng.choice(BULLETS)
    out.append(f"{sec[0]}모집 분야{sec[1]}")
    out.append(f"{b}{role}" + rng.choice(["", " (교육 제공)", " 및 고객 응대", " / 간단한 엑셀 작업"]))
    out.append(f"{b}근무지: {place}" + rng.choice(["", " (상세 위치는 합격 후 안내)", ""]))
    out.append(f"{sec[0]}근무 조건{sec[1]}")
    out.append(f"{b}급여: {pay}")
    out.append(f"{b}근무: " + rng.choice(["1일 10시간, 주 6일", "주 6일 (교대)", "1일 12시간 2교대", "하루 8~9시간"]))
    out += [b + p for p in perks]
    out.append(f"{sec[0]}지원 자격{sec[1]}")
    out += [b + r for r in reqs]
    extra = rng.sample(C_ASSURE, rng.randint(1, 3))
    out.append(f"{sec[0]}{rng.choice(['안심하세요', '참고', '안내'])}{sec[1]}")
    out += [b + e for e in extra]
    if rng.random() < 0.6:
        out.append(b + rng.choice(C_URGENT))
    out.append("")
    out.append(rng.choice(C_OUTRO))
    out.append(contact)
    text = "\n".join(out)
    if channel == "sms":
        text = sms_wrap(rng, text)
    return channel, text


# ---------------------------------------------------------------------------
# LURE fragments: task_scam
# ---------------------------------------------------------------------------


def lure_task(rng, mode):
    task = rng.choice(T_TASKS)
    pay = rng.choice(T_PAY)
    mech = rng.choice(T_MECH)
    req = rng.choice(T_REQ)
    contact = rng.choice(T_CONTACT)
    channel = rng.choice(["sms", "sms", "kakao", "telegram", "telegram", "jobboard", "instagram", "community"])
    if mode == "short":
        if channel in ("kakao", "community"):
            text = rng.choice([
                f"{task}만 하면 {pay}! {req}, {contact}",
                f"요즘 {task} 부업 하는데 {pay} 들어와요. {josa(mech, '이라', '라')} 부담 없어요. {contact}",
                f"회원님 오늘 {task} 미션 배정됐어요. {mech}. 진행하시겠어요?",
            ])
        else:
            parts = [rng.choice(["재택 부업", "폰 부업", "리뷰 알바", "미션 알바", "재택 알바"]), task, pay]
            if rng.random() < 0.5:
                parts.append(mech)
            parts += [req, contact]
            text = inline(rng, parts)
            if channel == "sms":
                text = sms_wrap(rng, text)
        return channel, text
    if mode == "medium":
        if channel == "kakao":
            s = [f"안녕하세요 {rng.choice(T_WHO)}입니다.",
                 rng.choice(["부업 문의 주셔서 감사합니다.", "알바 사이트 지원 보고 연락드렸어요.", "지난번 문의하신 재택 업무 안내드려요."]),
                 f"하시는 일은 {josa(task, '이고', '고')} {pay} 가능해요.", f"{josa(mech, '이라서', '라서')} 손해 볼 일은 없어요.",
                 rng.choice(["지금 바로 첫 미션 보내드릴까요?", "계좌번호 알려주시면 체험금 먼저 보내드려요.",
                             "오늘 안에 시작하시면 보너스 드려요.", "자세한 건 텔레그램 {TG} 에서 안내드릴게요."])]
            return channel, " ".join(s)
        lines = [f"업무: {task}", f"수입: {pay}", mech, req]
        if rng.random() < 0.5:
            lines.append(rng.choice(T_PROOF))
        if rng.random() < 0.4:
            lines.append(rng.choice(["선착순 20명", "오늘 마감", "신규 가입 웰컴 보너스 1만원"]))
        rng.shuffle(lines)
        text = "\n".join([rng.choice(T_HEAD)] + bullets(rng, lines) + [contact])
        if channel == "sms":
            text = sms_wrap(rng, text)
        return channel, text
    # long
    tasks = rng.sample(T_TASKS, 3)
    mechs = rng.sample(T_MECH, 3)
    b = rng.choice(BULLETS)
    sec = rng.choice([("✔ ", ""), ("[", "]"), ("▶ ", ""), ("📌 ", "")])
    out = [rng.choice(T_HEAD), rng.choice(["집에서 폰 하나로 시작하세요.", "하루 1~2시간이면 충분합니다.",
                                           "부업으로 월급만큼 버는 분들 많아요.", "처음 하시는 분도 팀장님이 다 알려드려요."]), ""]
    out.append(f"{sec[0]}업무 내용{sec[1]}")
    out += [b + t for t in tasks]
    out.append(f"{sec[0]}수익 구조{sec[1]}")
    out.append(b + pay)
    out += [b + m for m in mechs]
    out.append(f"{sec[0]}참여 조건{sec[1]}")
    out += [b + r for r in rng.sample(T_REQ, 2)]
    out.append(f"{sec[0]}{rng.choice(['실시간 현황', '오늘의 정산', '회원 후기'])}{sec[1]}")
    out += [b + p for p in rng.sample(T_PROOF, 2)]
    out.append("")
    out.append(contact)
    text = "\n".join(out)
    if channel == "sms":
        text = sms_wrap(rng, text)
    return channel, text


# ---------------------------------------------------------------------------
# LEGIT fragments
# ---------------------------------------------------------------------------


def company(rng, kind):
    name = rng.choice(CO_PRE) + rng.choice(CO_SUF[kind])
    return rng.choice([f"(주){name}", f"{name}(주)", f"주식회사 {name}", f"㈜{name}"])


# (role, duties, pay options, employer: "co" = a generated company name, else a fixed string, schedules)


def legit_local(rng, mode):
    role, duty, pays, employer, scheds = rng.choice(LOCAL_ROLES)
    pay, place = rng.choice(pays), rng.choice(K_PLACES)
    co = company(rng, "local") if employer == "co" else employer
    ben = rng.sample(LOCAL_BEN, rng.randint(2, 4))
    req = rng.sample(LOCAL_REQ, rng.randint(1, 2))
    sched = rng.choice(scheds)
    contact = rng.choice(LEGIT_CONTACT)
    channel = rng.choice(["jobboard", "jobboard", "jobboard", "website", "community", "sms", "sms", "instagram"])
    if mode == "short":
        if channel == "jobboard":
            text = f"{role} 모집 ({rng.choice(['주5일', '파트타임', '정규직 전환형', '단기', '장기'])})\n{co} · {place} · {req[0]} · {pay} · {ben[0]}"
        elif channel == "sms":
            text = sms_wrap(rng, f"{co} {role} 면접 안내: {rng.choice(['내일 오후 2시', '월요일 10시', '목요일 오후 4시'])}, {place} 사무실. 신분증 지참. 문의 {{TEL}}", legit=True)
        else:
            text = inline(rng, [f"{place} {role} 구합니다", sched, pay, req[0], contact])
        return channel, text
    if mode == "medium":
        head = rng.choice(["[{co}] {role} 모집", "【{role} 채용】 {place}", "{role} 구합니다 ({place})",
                           "[채용] {co} {role}", "📢 {role} 모집합니다"]).format(co=co, role=role, place=place)
        lines = [f"업무: {duty}", f"근무: {sched}", f"급여: {pay}", f"자격: {', '.join(req)}", f"복리: {', '.join(ben)}"]
        if rng.random() < 0.5:
            lines.insert(0, f"근무지: {place}")
        text = "\n".join([head] + bullets(rng, lines) + [f"지원: {contact}"])
        if channel == "sms":
            text = sms_wrap(rng, text, legit=True)
        return channel, text
    sec = rng.choice([("■ ", ""), ("[", "]"), ("▶ ", ""), ("【", "】")])
    b = rng.choice(BULLETS)
    out = [f"[채용공고] {co} {role} 모집", ""]
    out += [f"{sec[0]}모집 부문{sec[1]}", f"{b}{role} {rng.randint(1, 5)}명"]
    out += [f"{sec[0]}담당 업무{sec[1]}", f"{b}{duty}"]
    out += [f"{sec[0]}근무 조건{sec[1]}", f"{b}근무지: {place}", f"{b}근무시간: {sched}", f"{b}급여: {pay}"]
    out += [f"{sec[0]}자격 요건{sec[1]}"] + [b + r for r in req]
    out += [f"{sec[0]}복리후생{sec[1]}", b + ", ".join(rng.sample(LOCAL_BEN, 4))]
    out += [f"{sec[0]}전형 절차{sec[1]}", b + rng.choice(["서류 → 면접 → 입사", "서류 → 대면 면접 → 건강검진 → 입사", "방문 면접 → 입사"])]
    out += ["", f"지원: {contact}"]
    return channel, "\n".join(out)


def legit_cs(rng, mode):
    role, pay, place = rng.choice(CS_ROLES), rng.choice(CS_PAY), rng.choice(K_PLACES)
    co = company(rng, "cs")
    train = rng.sample(CS_TRAIN, 2)
    ben = rng.sample(["4대보험", "퇴직금", "명절 상여", "휴게실", "중식 지원", "경조사 지원", "정규직 전환"], 3)
    sched = rng.choice(["주 5일 09:00~18:00", "주 5일 (주말 휴무)", "교대 근무 (주 5일)", "평일 오전 09:00~13:00"])
    channel = rng.choice(["jobboard", "jobboard", "website", "sms", "community", "kakao", "instagram"])
    if mode == "short":
        if channel == "kakao":
            text = f"안녕하세요 {co} 채용 담당입니다. {role} 서류 합격하셨어요. 교육은 다음 주 월요일 {place} 센터에서 시작하고 교육비 지급됩니다."
        elif channel == "jobboard":
            text = f"[{rng.choice(['인바운드', '아웃바운드', '채팅', '정규직'])}] {role} 모집\n{co} · {place} · 경력무관 · 고졸↑ · 정규직 · {pay}"
        else:
            text = sms_wrap(rng, inline(rng, [f"{co} {role} 모집", place, sched, pay, train[0], "지원 {TEL}"]), legit=True) if channel == "sms" else \
                inline(rng, [f"{role} 모집", place, pay, train[0], "채용 홈페이지 지원"])
        return channel, text
    if mode == "medium":
        head = rng.choice(["【고객센터 상담원 채용】", f"[{co}] {role} 모집", f"📞 {role} 채용", f"{role} (신입 가능)"])
        lines = [f"업무: {role.replace(' 상담원', '').replace(' 상담사', '')} 문의 응대", f"근무지: {place}", f"근무: {sched}",
                 f"급여: {pay}", train[0], f"복리: {', '.join(ben)}"]
        text = "\n".join([head] + bullets(rng, lines) + [rng.choice(["지원: 채용 사이트 온라인 지원", "문의 {TEL}", "회사 채용 홈페이지에서 지원"])])
        if channel == "sms":
            text = sms_wrap(rng, text, legit=True)
        return channel, text
    sec = rng.choice([("◆ ", ""), ("[", "]"), ("▶ ", ""), ("■ ", "")])
    b = rng.choice(BULLETS)
    out = [f"[채용] {co} {role} 채용", ""]
    out += [f"{sec[0]}모집 분야{sec[1]}", f"{b}{role} ({rng.randint(3, 30)}명)"]
    out += [f"{sec[0]}근무지{sec[1]}", f"{b}{place} (지하철역 도보 {rng.randint(2, 10)}분)"]
    out += [f"{sec[0]}근무 조건{sec[1]}", f"{b}{sched}", f"{b}{pay}"]
    out += [f"{sec[0]}교육{sec[1]}"] + [b + t for t in train]
    out += [f"{sec[0]}복리후생{sec[1]}", b + ", ".join(ben)]
    out += [f"{sec[0]}전형{sec[1]}", b + "서류 → 면접 → 교육 → 입사"]
    out += ["", rng.choice(["지원: 채용 홈페이지 온라인 지원 / 문의 {TEL}", "문의: 인사팀 {TEL}"])]
    return channel, "\n".join(out)


# (role, requirements, pay, category) with category med / tech / ind (industrial)


def legit_skilled(rng, mode):
    role, req, pay, cat = rng.choice(SKILLED)
    C = SK_BY_CAT[cat]
    if cat == "med":
        co = "○○약국" if "약사" in role else "○○치과의원" if "치과" in role else rng.choice(C["where"][:4])
    else:
        co = company(rng, "skilled")
    place = rng.choice(K_PLACES)
    ben = rng.sample(C["ben"], 3)
    proc = rng.choice(C["proc"])
    contact = rng.choice(C["contact"])
    channel = rng.choice(["jobboard", "jobboard", "website", "community", "sms", "kakao", "instagram"])
    if mode == "short":
        if channel == "jobboard":
            text = f"{role} 채용 ({pay})\n{co} · {place} · {req.split(',')[0]} · 정규직 · {ben[0]}"
        elif channel in ("sms", "kakao"):
            text = (f"안녕하세요 ○○서치 헤드헌터입니다. {co} {role} 포지션({pay}) 제안드립니다. 자격 요건은 {req}이고, JD는 메일로 보내드릴게요."
                    if channel == "kakao" else sms_wrap(rng, f"{co} {role} 채용 안내. {pay}, {req}. 지원은 {contact}", legit=True))
        else:
            text = inline(rng, [f"{role} 구합니다", place, pay, req, contact])
        return channel, text
    if mode == "medium":
        head = rng.choice([f"[{co}] {role} 채용", f"【경력 채용】 {role}", f"[초빙] {role}" if cat == "med" else f"[경력] {role} 모집",
                           f"{role} 모집 ({place})"])
        lines = [f"자격: {req}", f"처우: {pay}", f"근무지: {place}", f"혜택: {', '.join(ben)}", f"전형: {proc}"]
        text = "\n".join([head] + bullets(rng, lines) + [f"지원: {contact}"])
        if channel == "sms":
            text = sms_wrap(rng, text, legit=True)
        return channel, text
    sec = rng.choice([("[", "]"), ("■ ", ""), ("▶ ", ""), ("【", "】")])
    b = rng.choice(BULLETS)
    out = [f"【채용공고】 {co} {role}", ""]
    out += [f"{sec[0]}담당 업무{sec[1]}", b + rng.choice(C["duty"])]
    out += [f"{sec[0]}자격 요건{sec[1]}"] + [b + x.strip() for x in req.split(",")]
    out += [f"{sec[0]}처우{sec[1]}", b + pay, b + ", ".join(ben)]
    out += [f"{sec[0]}근무 환경{sec[1]}", b + f"근무지: {place}", b + rng.choice(["주 5일", "주 4.5일", "주 5일, 당직 없음", "유연근무제"])]
    out += [f"{sec[0]}전형 절차{sec[1]}", b + proc]
    out += ["", f"{sec[0]}접수{sec[1]} {contact}"]
    return channel, "\n".join(out)


def legit_urgent(rng, mode):
    role, pay, hours = rng.choice(URGENT)
    when, place = rng.choice(URG_WHEN), rng.choice(K_PLACES)
    n = rng.randint(1, 20)
    contact = rng.choice(["문의 {P}", "전화 {TEL}", "문자 주세요 {P}", "인력사무소 {TEL}", "매장 {TEL}", "채용 사이트 지원"])
    extra = rng.sample(["식사 제공", "셔틀 운행", "4대보험", "당일 지급", "익일 입금", "신분증·통장사본 지참",
                        "안전화 지참", "복장 검정 바지", "경력 무관", "교통비 지원"], 2)
    channel = rng.choice(["community", "jobboard", "sms", "sms", "instagram", "kakao", "jobboard"])
    if mode == "short":
        if channel == "kakao":
            text = f"급하게 연락드려요! {when} {role} {n}명 필요한데 혹시 가능하세요? {hours}, {josa(pay, '이고', '고')} {josa(extra[0], '이에요', '예요')}. 주소는 {place} 쪽이에요."
        else:
            text = inline(rng, [rng.choice(["🚨급구🚨", "[급구]", "‼️급구‼️", "급구합니다"]), f"{when} {role} {n}명", hours, pay, place, contact])
            if channel == "sms":
                text = sms_wrap(rng, text, legit=True)
        return channel, text
    if mode == "medium":
        head = rng.choice([f"[급구] {when} {role} {n}명", f"⚡긴급채용⚡ {role}", f"🚨급구🚨 {role} ({place})", f"【급구】 {role}"])
        lines = [f"일시: {when} {hours}", f"장소: {place}", f"급여: {pay}"] + extra
        text = "\n".join([head] + bullets(rng, lines) + [contact])
        if channel == "sms":
            text = sms_wrap(rng, text, legit=True)
        return channel, text
    b = rng.choice(BULLETS)
    out = [f"[긴급 채용] {role} 인원 충원 안내", "",
           rng.choice(["갑작스러운 결원으로 급하게 모집합니다.", "급하게 인원이 필요해 모집합니다.", "일정이 갑자기 잡혀 인원을 추가 모집합니다.",
                       "근무자 사정으로 대체 인력을 긴급 모집합니다."]),
           "", "■ 모집 내용", f"{b}직무: {role}", f"{b}인원: {n}명", f"{b}일시: {when} {hours}",
           "■ 근무 조건", f"{b}장소: {place}", f"{b}급여: {pay}"] + [b + e for e in extra] + \
          ["■ 지원 방법", b + rng.choice(["전화 후 바로 출근 가능", "문자로 성함·연락처 보내주세요", "채용 사이트 지원 후 개별 연락"]),
           b + "근로계약서는 근무 당일 작성합니다", "", contact]
    return channel, "\n".join(out)


def legit_chat(rng, mode):
    role, pay, sched, store = rng.choice(CHAT_ROLES)
    place = rng.choice(K_PLACES)
    contact = rng.choice(["카톡 {KK}", "카톡 ID {KK}", "오픈채팅 {OC}"] + ([] if store == "학부모" else ["카카오채널 '" + store + "'"]))
    if mode != "long" and rng.random() < 0.3:
        contact += rng.choice([" (이름/나이/가능 요일)", " 로 연락 주세요", " 으로 간단한 소개 부탁드려요"])
    channel = rng.choice(["kakao", "kakao", "community", "jobboard", "instagram"])
    extra = rng.sample(CHAT_EXTRA, 2)
    if channel == "kakao":
        s = [(f"안녕하세요 {store} {rng.choice(['사장', '점장', '원장', '매니저', '담당자'])}입니다." if store != "학부모" else "안녕하세요, 구인글 올린 학부모입니다."),
             rng.choice(["문의 주셔서 감사해요.", "당근 보고 연락 주셨죠?", "오픈채팅으로 지원해 주셔서 감사합니다.", "지원 감사합니다😊"]),
             f"{josa(role, '은', '는')} {sched}, {pay}이에요.", extra[0] + "."]
        if mode != "short":
            s += [extra[1] + ".", f"위치는 {place}예요.", rng.choice(CHAT_MEET) + "."]
        if mode == "long":
            s = ["\n".join([s[0], s[1], "", f"▶ 근무: {sched}", f"▶ 급여: {pay}", f"▶ 위치: {place}" + ("" if store == "학부모" else f" {store}"),
                            f"▶ 참고: {extra[0]}", f"▶ 참고: {extra[1]}", "", rng.choice(CHAT_MEET),
                            "궁금하신 점은 이 카톡으로 편하게 물어보세요!"])]
        return channel, (" ".join(s) if mode != "long" else s[0])
    if mode == "short":
        return channel, inline(rng, [f"{place} {role} 구해요", sched, pay, contact])
    lines = [f"근무: {sched}", f"급여: {pay}", f"위치: {place}", extra[0]]
    head = rng.choice([f"[구인] {role} ({place})", f"{role} 모집 ({place})", f"📢 {role} 구합니다", f"[카톡 문의 OK] {role}"])
    out = [head] + bullets(rng, lines) + [f"문의: {contact}"]
    if mode == "long":
        out = [head, "", rng.choice(["편하게 문의 주세요.", "오래 같이 일하실 분 찾아요.", "처음이셔도 괜찮아요."]), "",
               "▶ 근무 조건"] + bullets(rng, [f"요일/시간: {sched}", f"급여: {pay}", f"위치: {place}"]) + \
              ["▶ 참고 사항"] + bullets(rng, extra + [rng.choice(LOCAL_REQ)]) + \
              ["▶ 지원 방법", f"{contact} 로 간단한 자기소개 보내주세요", rng.choice(CHAT_MEET)]
    return channel, "\n".join(out)


def legit_abroad(rng, mode):
    role, req, pay = rng.choice(ABROAD)
    place = rng.choice(AB_PLACES)
    if "강사" in role:
        place = rng.choice(["베트남 하노이", "베트남 호치민", "인도네시아 자카르타", "태국 방콕", "캄보디아 프놈펜", "몽골 울란바토르"])
        co = co_local = rng.choice(["○○대학교 한국어센터", "○○국립대 부설 어학원"])
    elif "셰프" in role:
        co = co_local = rng.choice(["○○호텔", "○○리조트"]) + f" {place.split()[-1]}"
    else:
        name = rng.choice(CO_PRE) + rng.choice(AB_ROLE_SUF[role])
        co = rng.choice([f"(주){name}", f"{name}(주)", f"주식회사 {name}", f"㈜{name}"])
        co_local = co + " " + place.split()[0] + " 법인"
    visa = rng.sample(AB_VISA, 3)
    ben = rng.sample(AB_BEN, 3)
    channel = rng.choice(["jobboard", "jobboard", "website", "community", "kakao", "sms"])
    if mode == "short":
        if channel == "jobboard":
            text = f"[{place}] {role} 채용\n{co_local} · 해외 · {req.split(',')[0]} · 정규직 · {visa[0]}"
        elif channel == "kakao":
            text = (f"안녕하세요 {co} 채용 담당입니다. {place} {role} 포지션 1차 화상면접 합격 안내드려요. "
                    f"2차는 대면 면접이고, 합격 시 근로계약서를 출국 전에 작성합니다. 비자는 {rng.choice(['회사', '기관'])}에서 신청해 드려요.")
        elif channel == "sms":
            text = sms_wrap(rng, f"{co} 인사팀입니다. {place} {role} 최종 합격을 축하드립니다. 근로계약서와 비자 서류 목록은 이메일로 발송했습니다.", legit=True)
        else:
            text = f"{place} {role} 공고 공유해요. {co_local}, {pay}, {visa[0]}. 회사 정보가 다 공개돼 있어서 확인하기 좋네요."
        return channel, text
    if mode == "medium":
        head = rng.choice([f"[{place}] {co} {role} 채용", f"【해외 취업 공고】 {place} {role}", f"[해외 주재원] {place} {role}",
                           f"{co_local} {role} 모집"])
        lines = [f"자격: {req}", f"처우: {pay}", f"지원: {', '.join(ben[:2])}"] + visa[:2]
        text = "\n".join([head] + bullets(rng, lines) + [rng.choice(["접수: 회사 채용 홈페이지", "문의: 본사 인사팀 {TEL}", "접수: 월드잡플러스 공고 지원"])])
        if channel == "sms":
            text = sms_wrap(rng, text, legit=True)
        return channel, text
    sec = rng.choice([("■ ", ""), ("▶ ", ""), ("[", "]"), ("【", "】")])
    b = rng.choice(BULLETS)
    out = [f"[해외 취업 공고] {co_local} {role}", ""]
    out += [f"{sec[0]}기업 정보{sec[1]}", f"{b}기업명: {co_local} (한국 본사: {rng.choice(K_PLACES[:6])})", f"{b}사업자등록번호 {{BRN}}"]
    out += [f"{sec[0]}자격 요건{sec[1]}"] + [b + x.strip() for x in req.split(",")]
    out += [f"{sec[0]}처우{sec[1]}", b + pay] + [b + x for x in ben]
    out += [f"{sec[0]}비자 및 계약{sec[1]}"] + [b + x for x in rng.sample([v for v in AB_VISA if "BRN" not in v], 3)]
    out += [f"{sec[0]}전형{sec[1]}", b + rng.choice(["서류 → 화상 면접 → 본사 대면 면접 → 건강검진 → 출국",
                                                    "서류 → 본사 면접 → 처우 협의 → 비자 발급 후 출국"])]
    out += ["", rng.choice(["접수: 회사 채용 홈페이지 (메신저 접수 불가)", "문의: 본사 인사팀 {TEL}", "접수: 월드잡플러스 공고 지원"])]
    return channel, "\n".join(out)


def lure_quotes(rng, task):
    if task:
        return [rng.choice(["재택 부업", "폰 부업", "리뷰 알바"]) + ", " + rng.choice(T_PAY),
                rng.choice(T_TASKS) + "만 하면 " + rng.choice(T_PAY), rng.choice(T_MECH)]
    return [f"{rng.choice(C_PLACES)} {rng.choice(C_ROLES)}, {rng.choice(C_PAY)}",
            f"{rng.choice(C_PERKS)}, {rng.choice(C_REQS)}", rng.choice(C_ASSURE) + ", " + rng.choice(C_URGENT)]


def legit_ngo(rng, mode):
    task = rng.random() < 0.35
    org = rng.choice([o for o in NGO_ORGS if o not in (("외교부", "해외안전여행") if task else ("금융당국", "맘카페 운영진"))])
    qs = rng.sample(lure_quotes(rng, task), 2)
    expl = rng.choice(NGO_EXPLAIN_T if task else NGO_EXPLAIN_C)
    adv = rng.sample(NGO_ADVICE_T if task else NGO_ADVICE_C, 3)
    hot = rng.choice([h for h in NGO_HOT if "0404" not in h] if task else [h for h in NGO_HOT if "118" not in h])
    topic = "부업 사기" if task else "해외취업 사기"
    channel = rng.choice(["sms", "website", "community", "telegram", "instagram", "kakao"])
    if mode == "short":
        text = rng.choice([f"[{org}] '{qs[0]}' 같은 광고는 {topic}일 수 있습니다. {adv[0]} 문의 {hot}",
                           f"'{qs[0]}'? {topic} 주의! {expl}",
                           f"[{org}] {topic} 주의: \"{qs[0]}\" 문구에 속지 마세요. 신고 {hot}"])
        if channel == "sms":
            text = sms_wrap(rng, text, legit=True)
        return channel, text
    if mode == "medium":
        head = rng.choice([f"[{org}] {topic} 주의 안내", f"⚠️ {topic} 주의 ⚠️", f"【주의】 '{qs[0]}' 광고에 속지 마세요",
                           f"📢 {org} 알림"])
        body = [f"최근 \"{qs[0]}\", \"{qs[1]}\" 같은 문구로 접근하는 사례가 늘고 있습니다.", expl] + bullets(rng, adv[:2]) + [f"문의: {hot}"]
        text = "\n".join([head] + body)
        if channel == "sms":
            text = sms_wrap(rng, text, legit=True)
        return channel, text
    b = rng.choice(BULLETS)
    all_q = lure_quotes(rng, task)
    out = [f"[{org}] {topic} 예방 안내", "",
           rng.choice(["최근 확인된 유인 광고의 문구는 다음과 같습니다.", "아래와 같은 광고를 보셨다면 주의하세요.",
                       "실제 신고된 메시지에서 자주 보이는 표현입니다."])]
    out += [f"{b}\"{q}\"" for q in all_q]
    out += ["", rng.choice(["피해 유형", "왜 위험한가요?", "확인된 피해"])]
    out += [b + x for x in rng.sample(NGO_EXPLAIN_T if task else NGO_EXPLAIN_C, 2)]
    out += ["", rng.choice(["예방 수칙", "이렇게 대응하세요", "행동 요령"])]
    out += [b + x for x in adv]
    out += ["", f"문의·신고: {hot}"]
    return channel, "\n".join(out)


def country_of(place):
    for k, v in [("프놈펜", "캄보디아"), ("시아누크빌", "캄보디아"), ("바벨", "캄보디아"), ("포이펫", "캄보디아"),
                 ("캄보디아", "캄보디아"), ("미얀마", "미얀마"), ("라오스", "라오스"), ("태국", "태국"), ("두바이", "두바이"),
                 ("필리핀", "필리핀")]:
        if k in place:
            return v
    return "캄보디아"


def legit_news(rng, mode):
    task = rng.random() < 0.35
    who = rng.choice(NEWS_WHO)
    chan = rng.choice(["텔레그램", "SNS", "오픈채팅", "문자", "구인 사이트", "인스타그램"])
    if task:
        q = rng.choice(lure_quotes(rng, True)[:2])
        lead = (f"{josa(who, '은', '는')} '{q}'{josa(q, '이라는', '라는')[len(q):]} {chan} 광고를 보고 "
                f"부업을 시작했다가 {rng.choice(NEWS_OUT_T)}.")
    else:
        place = rng.choice(C_PLACES)
        q = f"{place} {rng.choice(C_ROLES)}, {rng.choice(C_PAY)}"
        lead = (f"{josa(who, '은', '는')} '{q}'{josa(q, '이라는', '라는')[len(q):]} {chan} 광고를 보고 "
                f"{josa(country_of(place), '으로', '로')} 출국했다가 {rng.choice(NEWS_OUT_C)}.")
    police = rng.choice(NEWS_POLICE)
    follow = [f"{josa(police, '은', '는')} 관련 모집책 {rng.randint(2, 12)}명을 입건해 수사하고 있다.",
              f"{josa(police, '은', '는')} \"{rng.choice(NGO_ADVICE_T if task else NGO_ADVICE_C)[:-1]}\"라고 당부했다.",
              f"전문가들은 \"{rng.choice(NGO_EXPLAIN_T if task else NGO_EXPLAIN_C)[:-1]}\"라고 지적했다.",
              f"피해자는 \"{rng.choice(['처음엔 진짜 회사인 줄 알았다', '돈을 먼저 줘서 의심하지 않았다', '항공권까지 보내줘서 믿었다', '지인 소개라 믿었다'])}\"고 말했다."]
    channel = rng.choice(["news", "news", "news", "website", "community", "telegram"])
    if mode == "short":
        return channel, lead
    if mode == "medium":
        head = rng.choice(["", f"[{rng.choice(['단독', '사회', '기획', '속보'])}] ", "[기사 공유] "])
        return channel, head + "\n".join([lead] + rng.sample(follow, rng.randint(2, 3)))
    out = [rng.choice([f"[기획] '{q}'의 진실", f"[심층] {('부업' if task else '해외취업')} 미끼 범죄, 어떻게 작동하나"]), "",
           lead] + rng.sample(follow, 4) + ["",
           rng.choice(["수법은 대체로 이렇다.", "피해 과정은 비슷했다.", "경찰이 밝힌 수법은 다음과 같다."])]
    steps = (["① 소액 미션으로 신뢰 형성", "② 텔레그램 방 초대", "③ 고액 미션 입금 유도", "④ 수수료 명목 추가 요구", "⑤ 연락 두절"]
             if task else ["① SNS에 고수익 구인 광고", "② 면접 없이 항공권 제공", "③ 공항에서 차량 이동", "④ 여권·휴대전화 압수", "⑤ 사기 작업 강요"])
    out += steps + ["", f"{josa(police, '은', '는')} \"{rng.choice(NGO_ADVICE_T if task else NGO_ADVICE_C)[:-1]}\"라고 강조했다."]
    return channel, "\n".join(out)


TEMPLATED = {
    # kind: (label, builder, count)
    "compound_abroad": ("lure", lure_compound, 100),
    "task_scam": ("lure", lure_task, 70),
    "local_job": ("legit", legit_local, 28),
    "customer_service_local": ("legit", legit_cs, 25),
    "skilled_well_paid": ("legit", legit_skilled, 23),
    "urgent_hiring": ("legit", legit_urgent, 25),
    "chat_app_contact": ("legit", legit_chat, 12),
    "legal_abroad": ("legit", legit_abroad, 18),
    "ngo_warning": ("legit", legit_ngo, 18),
    "news": ("legit", legit_news, 15),
}
def choose_mode(rng):
    r = rng.random()
    return "short" if r < 0.36 else "medium" if r < 0.66 else "long"


LURE_KINDS = {"compound_abroad", "task_scam"}
LEGIT_KINDS = {"local_job", "skilled_well_paid", "urgent_hiring", "chat_app_contact", "legal_abroad", "ngo_warning",
               "news", "customer_service_local"}
CHANNELS = {"telegram", "kakao", "sms", "jobboard", "instagram", "news", "website", "community"}


def build(seed=SEED):
    rng = random.Random(seed)
    rows, seen = [], set()

    def add(kind, channel, text, origin):
        label = "lure" if kind in LURE_KINDS else "legit"
        assert kind in LURE_KINDS | LEGIT_KINDS, kind
        assert channel in CHANNELS, channel
        text = re.sub(r"[ \t]+\n", "\n", fill(text, rng)).strip()
        if text in seen:
            return False
        seen.add(text)
        rows.append({"text": text, "lang": "ko", "label": label, "kind": kind, "channel": channel, "origin": origin})
        return True

    for x in HAND:
        kind, channel, text = x["kind"], x["channel"], x["text"]
        if not add(kind, channel, text, "handwritten"):
            raise ValueError("duplicate handwritten text: " + text[:40])
    for kind, (_label, fn, count) in TEMPLATED.items():
        made, tries = 0, 0
        while made < count:
            tries += 1
            if tries > count * 50:
                raise RuntimeError("cannot make enough distinct texts for " + kind)
            channel, text = fn(rng, choose_mode(rng))
            if add(kind, channel, text, "templated"):
                made += 1
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"own-ko-{i:04d}", **r})
    return out
