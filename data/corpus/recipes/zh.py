"""Composition rules for data/train/zh*.jsonl; the texts live in data/corpus/zh.yaml."""
# ruff: noqa: UP031 - the %-formats (zero-padded numbers) are kept as written, so that the output stays byte for byte
import random

from data.corpus.recipes import load

DATA = load("zh")
HAND = DATA["handwritten"]
SEED = DATA["fragments"]["SEED"]
SURN = DATA["fragments"]["SURN"]
ID_WORDS = DATA["fragments"]["ID_WORDS"]
ZC_HEAD = DATA["fragments"]["ZC_HEAD"]
ZC_ROLE = DATA["fragments"]["ZC_ROLE"]
ZC_DEST = DATA["fragments"]["ZC_DEST"]
ZC_PAY = DATA["fragments"]["ZC_PAY"]
ZC_PERK = DATA["fragments"]["ZC_PERK"]
ZC_REQ = DATA["fragments"]["ZC_REQ"]
ZC_URG = DATA["fragments"]["ZC_URG"]
ZC_ASSURE = DATA["fragments"]["ZC_ASSURE"]
ZT_ACT = DATA["fragments"]["ZT_ACT"]
ZT_PAY = DATA["fragments"]["ZT_PAY"]
ZT_WHO = DATA["fragments"]["ZT_WHO"]
ZT_MECH = DATA["fragments"]["ZT_MECH"]
ZT_NOTICE = DATA["fragments"]["ZT_NOTICE"]
CITIES = DATA["fragments"]["CITIES"]
ROADS = DATA["fragments"]["ROADS"]
CO_WORD = DATA["fragments"]["CO_WORD"]
CO_IND = DATA["fragments"]["CO_IND"]
Z_ENTRY = DATA["fragments"]["Z_ENTRY"]
Z_SKILLED = DATA["fragments"]["Z_SKILLED"]
Z_ENTRY_PAY = DATA["fragments"]["Z_ENTRY_PAY"]
Z_SKILLED_PAY = DATA["fragments"]["Z_SKILLED_PAY"]
Z_TAGS = DATA["fragments"]["Z_TAGS"]
Z_REQ_E = DATA["fragments"]["Z_REQ_E"]
Z_REQ_S = DATA["fragments"]["Z_REQ_S"]
Z_CS_ROLE = DATA["fragments"]["Z_CS_ROLE"]
ZA_DEST = DATA["fragments"]["ZA_DEST"]
ZA_PROV = DATA["fragments"]["ZA_PROV"]
ZW_ORG = DATA["fragments"]["ZW_ORG"]
ZW_ADVICE = DATA["fragments"]["ZW_ADVICE"]


# ===========================================================================
# 模板部分：用手写片段按固定随机种子组合
# ===========================================================================


def pick(r, want, table):
    return r.choice(table[want])


def wx_id(r):
    return "%s_%s%d" % (r.choice(ID_WORDS), r.choice(["xg", "kh", "mm", "la", "th", "db", "ph", "asia", "zp", "hr"]),
                        r.randrange(10, 9999))


def tg_id(r):
    return "@{}_{}{}".format(r.choice(ID_WORDS), r.choice(ID_WORDS), r.choice(["", "01", "88", "666", "2025", "_vip"]))


def cn_phone(r):
    return "1%d%d%s%04d" % (r.choice([3, 5, 7, 8, 9]), r.randrange(0, 9), "x" * 2 if r.random() < 0.5 else "%02d" % r.randrange(100),
                            r.randrange(1000, 9999))


def lure_contact(r):
    k = r.randrange(5)
    if k == 0:
        return "加微信 " + wx_id(r)
    if k == 1:
        return "飞机 " + tg_id(r)
    if k == 2:
        return "V：" + wx_id(r)
    if k == 3:
        return "QQ：%d%s%d" % (r.randrange(10, 99), "x" * r.randrange(1, 3), r.randrange(1000, 99999))
    return "纸飞机联系 " + tg_id(r)


# --- 境外园区诱骗片段 ---------------------------------------------------------


def dshort(d):
    return d.split("（")[0]


def dcountry(d):
    for c in ["柬埔寨", "缅北", "缅甸", "老挝", "泰国", "迪拜", "菲律宾", "马来西亚"]:
        if c in d:
            return c
    return d


def z_compound(r, want):
    role = r.choice(ZC_ROLE)
    dest = r.choice(ZC_DEST)
    pay = r.choice(ZC_PAY)
    perks = r.sample(ZC_PERK, r.randint(2, 5))
    reqs = r.sample(ZC_REQ, r.randint(1, 3))
    fmt = pick(r, want, {"short": ["sms"], "medium": ["bullets", "prose", "board"], "long": ["long", "sections"]})
    if fmt == "sms":
        return "sms", "{}{}{}，{}，{}，{}。{}".format(r.choice(["", "【招聘】", "高薪："]), dest, role, pay, "".join(perks[:2]),
                                              reqs[0], lure_contact(r))
    if fmt == "bullets":
        mk = r.choice(["✅", "✔️", "👉", "▪", "❤️"])
        lines = [r.choice(ZC_HEAD), f"📍 {dest} {role}", f"💰 {pay}"]
        lines += [f"{mk} {x}" for x in perks[:3] + reqs[:1]]
        if r.random() < 0.5:
            lines.append(r.choice(ZC_ASSURE))
        lines.append("⏰ " + r.choice(ZC_URG))
        lines.append(lure_contact(r))
        return r.choice(["wechat", "telegram", "wechat"]), "\n".join(lines)
    if fmt == "prose":
        op = r.choice([f"你好，我是海外人力资源的{r.choice(SURN)}经理。", f"兄弟，我在{dcountry(dest)}这边上班，公司还缺人。",
                       "姐妹，给你介绍个好工作～", "您好，看到您在找工作。", "老乡，别在厂里熬了。"])
        body = r.choice(["{}招{}，{}，{}，{}。".format(dest, role, pay, "、".join(perks[:3]), reqs[0]),
                         "我们在{}的公司招{}，工作就是用电脑和手机跟客户聊天，{}，{}。".format(dest, role, pay, "、".join(perks[:2])),
                         "{}这边{}岗位，{}，{}，{}。".format(dest, role, pay, "、".join(perks[:2]), "、".join(reqs))])
        tail = r.choice(["把护照照片发我，我让人事帮你订票。", f"有意向的话{lure_contact(r)}。", f"{r.choice(ZC_URG)}，要来的话尽快。",
                         f"{r.choice(ZC_ASSURE)}，你放心。"])
        return r.choice(["wechat", "wechat", "telegram"]), op + body + tail
    if fmt == "board":
        lines = [f"{role}（{dshort(dest)}）", f"{pay}",
                 "_".join(perks[:4]) + "_高提成", "学历不限_经验不限",
                 "岗位职责：{}。{}，{}。".format(r.choice(["通过社交软件与海外客户沟通", "在线回复客户消息", "按话术推广公司平台产品",
                                               "录入数据并维护客户"]), "、".join(reqs), r.choice(ZC_URG))]
        return r.choice(["website", "jobboard"]), "\n".join(lines)
    if fmt == "long":
        lines = [r.choice(ZC_HEAD), "公司：{}".format(r.choice(["大型国际互联网集团", "海外电商集团", "国际娱乐集团", "境外科技公司", "保密（大公司）"])),
                 f"地点：{dest}", f"岗位：{role}", f"薪资：{pay}",
                 "工作时间：{}".format(r.choice(["12小时，每月休2天", "白班夜班轮换，12小时", "10-12小时，月休4天"]))]
        lines += ["✔ " + x for x in perks] + ["✔ " + x for x in reqs]
        lines += [r.choice(ZC_ASSURE), r.choice(ZC_URG), "联系：" + lure_contact(r)]
        return r.choice(["wechat", "telegram", "website"]), "\n".join(lines)
    roles = r.sample(ZC_ROLE, r.randint(3, 4))
    lines = [f"{r.choice(ZC_HEAD)}｜{dest}", "📌 招聘岗位"]
    for i, ro in enumerate(roles, 1):
        lines.append("%d、%s %s" % (i, ro, r.choice(ZC_PAY)))
    lines += ["🎁 福利待遇"] + ["✅ " + p for p in perks]
    lines += ["📋 要求"] + ["✅ " + q for q in reqs]
    lines += ["⏰ " + r.choice(ZC_URG), "📲 " + lure_contact(r)]
    return r.choice(["wechat", "telegram"]), "\n".join(lines)


# --- 刷单/任务诈骗片段 --------------------------------------------------------


def z_task(r, want):
    act = r.choice(ZT_ACT)
    pay = r.choice(ZT_PAY)
    mech = r.sample(ZT_MECH, r.randint(1, 3))
    fmt = pick(r, want, {"short": ["sms", "notice"], "medium": ["intro", "group", "intro"], "long": ["long"]})
    if fmt == "sms":
        return "sms", f"【兼职】{act}，{pay}，{mech[0]}，{lure_contact(r)}"
    if fmt == "notice":
        b = r.randrange(300, 9000)
        return r.choice(["wechat", "telegram"]), r.choice(ZT_NOTICE).format(b=b, c=r.randrange(0, 99), k=r.randrange(12, 38),
                                                                          p=b + r.randrange(200, 2000), k2=r.randrange(3, 9))
    if fmt == "intro":
        op = r.choice(["你好，我是{}平台的招聘专员{}。".format(r.choice(["电商", "短视频", "推广", "MCN"]), r.choice(SURN) + r.choice(["小姐", "老师", "经理"])),
                       "亲，欢迎了解线上兼职～", "您好，打扰了，我们在招线上兼职。", "姐妹，我最近在做一个兼职。"])
        body = "工作内容是{}，{}，{}也能做，每天{}。".format(act, pay, "、".join(r.sample(ZT_WHO, 2)),
                                               r.choice(["半小时", "一两个小时", "有空就做", "用手机点点"]))
        return r.choice(["wechat", "wechat", "sms"]), op + body + "，".join(mech) + "。" + r.choice(["有兴趣吗？", "回复1开始。", "我拉你进群。"])
    if fmt == "group":
        mk = r.choice(["✅", "✔️", "👉", "💰"])
        lines = [r.choice(["📣线上兼职📣", "💰在家赚钱💰", "今日任务🔥", "🎁新人福利🎁", "手机兼职 日结"]),
                 f"{mk} 内容：{act}", f"{mk} 收入：{pay}", "{} 适合：{}".format(mk, "、".join(r.sample(ZT_WHO, 3)))]
        lines += [f"{mk} {m}" for m in mech]
        lines.append(lure_contact(r))
        return r.choice(["wechat", "telegram"]), "\n".join(lines)
    lines = ["您好，我是接待员%s😊" % (r.choice(SURN) + r.choice(["小美", "小雨", "老师", "姐"])), f"【工作内容】{act}",
             "【时间】每天{}".format(r.choice(["30分钟", "1-2小时", "自由安排"])), f"【收入】{pay}",
             "【结算】{}".format(r.choice(["当天结算", "做完即结", "每组完成后结算"])), "【等级】"]
    base = r.choice([100, 200, 500])
    for i, mult in enumerate([1, 10, 50, 100][:r.randint(3, 4)]):
        lines.append("VIP%d 充值%d元 佣金%.1f%%" % (i + 1, base * mult, 0.5 + 0.5 * i))
    lines += mech
    lines.append(r.choice(["回复“1”领取第一个任务", "有兴趣我拉你进群", "添加导师开始赚钱"]))
    return r.choice(["wechat", "telegram"]), "\n".join(lines)


# --- 正常招聘片段 -------------------------------------------------------------


def z_company(r, sector, city):
    return f"{city}{r.choice(CO_WORD)}{r.choice(CO_IND[sector])}有限公司"


def z_addr(r, city):
    return "%s市%s%s%d号" % (city, r.choice(CITIES[city]), r.choice(ROADS), r.randrange(1, 400))


def z_legit_job(r, kind, want):
    city = r.choice(list(CITIES))
    if kind == "skilled_well_paid":
        sector = r.choice(list(Z_SKILLED))
        role = r.choice(Z_SKILLED[sector])
        pay = r.choice(Z_SKILLED_PAY)
        reqs = r.sample(Z_REQ_S, r.randint(2, 3))
        edu = r.choice(["本科_5-10年", "硕士_3-5年", "本科_3-5年"])
    elif kind == "customer_service_local":
        sector = r.choice(["service", "tech", "logistics"])
        role = r.choice(Z_CS_ROLE)
        pay = r.choice(Z_ENTRY_PAY[:4])
        reqs = r.sample(Z_REQ_E[:3] + ["打字每分钟40字以上", "大专以上学历", "普通话标准"], 2)
        edu = r.choice(["大专_经验不限", "学历不限_经验不限", "中专_经验不限"])
    else:
        sector = r.choice(list(Z_ENTRY))
        role = r.choice(Z_ENTRY[sector])
        pay = r.choice(Z_ENTRY_PAY)
        reqs = r.sample(Z_REQ_E, r.randint(1, 3))
        edu = "学历不限_经验不限"
    comp = z_company(r, sector, city)
    ad = z_addr(r, city)
    tags = r.sample(Z_TAGS, r.randint(2, 5))
    if kind == "customer_service_local" and "五险一金" not in tags:
        tags.insert(0, "五险一金")
    urgent = kind == "urgent_hiring"
    contact = f"面试地址：{ad}"
    if kind == "chat_app_contact":
        contact = r.choice(["简历发HR微信 {}（电话同号），面试在公司：{}".format(wx_id(r).replace("xg", "hr").replace("kh", "zp"), ad),
                            f"联系{r.choice(SURN)}经理：{cn_phone(r)}（微信同号），地址：{ad}",
                            "加微信{}了解详情，欢迎到{}实地看看".format(wx_id(r).replace("mm", "zp").replace("la", "hr"), ad)])
    fmt = pick(r, want, {"short": ["sms"], "medium": ["board", "bullets", "prose"], "long": ["long"]})
    if fmt == "sms":
        if kind == "chat_app_contact":
            return r.choice(["wechat", "sms"]), "{}招{}，{}。{}".format(comp, role, pay.replace("元/月", "元"), contact.split("，")[0])
        return "sms", "%s%s招%s%d名，%s，%s。%s" % ("急招：" if urgent else "", comp, role, r.randrange(1, 20),
                                              pay.replace("元/月", "元"), reqs[0], "地址：" + ad)
    if fmt == "board":
        lines = [role, "{}{}".format("急招" if urgent else r.choice(["直招", "诚聘", "长期招聘", ""]), role), pay,
                 "_".join(tags), edu,
                 "岗位职责：{}。要求：{}。公司：{}。{}{}".format(
                     r.choice(["按公司流程完成日常工作，有人带教", "负责本岗位日常工作", "服从安排，完成上级交办的任务"]),
                     "，".join(reqs), comp, contact, "。公司直招，不收任何费用。" if r.random() < 0.5 else "。")]
        return "jobboard", "\n".join(lines)
    if fmt == "bullets":
        mk = r.choice(["✅", "✔️", "👉", "▪"])
        hd = r.choice(["🔥急招🔥", "‼️急招‼️", "【急聘】"]) if urgent else r.choice(["【招聘】", "📢招聘📢", "诚聘", "🎉招人啦🎉", "长期招聘"])
        lines = [hd + " " + role, "💰 " + pay] + [f"{mk} {x}" for x in tags[:3] + reqs[:1]]
        if urgent:
            lines.append(r.choice(["明天即可上岗", "急需本周到岗", "当天面试当天入职"]))
        lines += ["🏢 " + comp, "📍 " + contact]
        return r.choice(["wechat", "website"]), "\n".join(lines)
    if fmt == "prose":
        return r.choice(["wechat", "website"]), "{}{}招聘{}，{}，{}。要求{}。{}。".format(
            "【急招】" if urgent else "", comp, role, pay, "、".join(tags[:3]), "，".join(reqs), contact)
    lines = [role, "{}{}".format(r.choice(["【公司直招】", "【急招】" if urgent else "【诚聘】"]), role), pay, "_".join(tags), edu,
             f"公司：{comp}", "岗位职责："]
    duties = {"factory": ["流水线操作，按作业指导书生产", "产品检测与包装", "保持工位整洁"],
              "service": ["接待顾客，提供服务", "保持区域卫生", "完成店长安排的工作"],
              "logistics": ["货物收发、分拣、装卸", "核对单据", "遵守安全规范"],
              "tech": ["完成开发或测试任务", "参与技术方案评审", "编写文档"],
              "health": ["接待患者或顾客", "做好登记和记录", "遵守卫生制度"]}
    for i, d in enumerate(duties[sector], 1):
        lines.append("%d、%s；" % (i, d))
    lines.append("任职要求：")
    for i, q in enumerate(reqs, 1):
        lines.append("%d、%s；" % (i, q))
    lines.append("福利：{}，签订劳动合同。".format("、".join(tags)))
    lines.append(contact)
    if r.random() < 0.5:
        lines.append("温馨提示：公司不收取任何费用，谨防冒名收费。")
    return r.choice(["jobboard", "website"]), "\n".join(lines)


def z_uscc(r):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91%d%04d" % (r.choice([11, 32, 33, 35, 37, 41, 44, 51]), r.randrange(100, 9999)) + "MA" + "".join(r.choice(chars) for _ in range(8))


def z_legal(r, want):
    dest, role, pay, visa = r.choice(ZA_DEST)
    prov = r.choice(ZA_PROV)
    comp = f"{prov}{r.choice(CO_WORD)}国际经济技术合作有限公司"
    code = z_uscc(r)
    fee = r.choice(["按国家规定收取服务费，开具正规发票，不收押金", "不收取任何保证金，签约后按规定缴费并开发票",
                    "雇主承担往返机票，服务费按规定收取并开票"])
    fmt = pick(r, want, {"short": ["sms"], "medium": ["bullets", "prose"], "long": ["long"]})
    if fmt == "sms":
        return "sms", f"【{comp[:6]}】正规外派{dest}{role}，{pay}，办理{visa}，签订合同。资质可在商务部平台查询。"
    if fmt == "bullets":
        lines = [f"【正规外派】{dest} {role}", f"外派企业：{comp}", "资质：对外劳务合作经营资格（可查询）",
                 f"统一社会信用代码：{code}", f"待遇：{pay}", f"签证：{visa}", f"费用：{fee}"]
        return r.choice(["website", "wechat", "jobboard"]), "\n".join(lines)
    if fmt == "prose":
        return r.choice(["website", "wechat"]), f"{comp}（具有对外劳务合作经营资格，统一社会信用代码{code}）招聘赴{dest}{role}，{pay}。出境前签订书面合同，办理{visa}，护照本人保管。{fee}。报名请到公司营业大厅。"
    lines = [f"赴{dest}{role}招募简章", f"一、外派企业：{comp}", "    资质：对外劳务合作经营资格（商务部对外劳务合作服务平台可查）",
             f"    统一社会信用代码：{code}", "二、雇主：当地注册企业（名称、地址写入合同）", f"三、待遇：{pay}",
             "四、合同：{}年，出境前签订".format(r.choice(["两", "三", "一"])), f"五、签证：{visa}",
             "六、要求：{}".format(r.choice(["22-45周岁，身体健康，有相关经验", "初中以上学历，通过技能考试和体检", "持相关职业资格证书"])),
             f"七、费用：{fee}", "八、流程：报名-面试-体检-签约-办证-出境前培训-出境",
             f"九、报名地址：{prov}省公司营业大厅（工作日）", "提醒：本公司不以旅游签证派遣，不委托个人通过微信招人。"]
    return r.choice(["website", "jobboard"]), "\n".join(lines)


def z_quote(r):
    if r.random() < 0.6:
        return f"“{dshort(r.choice(ZC_DEST))}{r.choice(ZC_ROLE)}，{r.choice(ZC_PAY)}，{r.choice(ZC_PERK)}，{r.choice(ZC_REQ + ZC_URG)}”"
    return f"“{r.choice(ZT_ACT)}，{r.choice(ZT_PAY)}，{r.choice(ZT_MECH)}”"


def z_warning(r, want):
    org = r.choice(ZW_ORG)
    adv = r.sample(ZW_ADVICE, r.randint(2, 4))
    fmt = pick(r, want, {"short": ["sms"], "medium": ["post"], "long": ["long"]})
    if fmt == "sms":
        return "sms", f"【{org}】{z_quote(r)}这类信息都是陷阱！{adv[0]}。"
    if fmt == "post":
        lines = [r.choice(["【反诈提醒】", "🚨警惕🚨", "⚠️温馨提示⚠️", "【以案说法】", "📢扩散提醒"]),
                 f"近期有人收到这样的信息：{z_quote(r)}",
                 r.choice(["这不是好工作，是诈骗团伙的诱饵。", "出境后往往被没收护照、限制人身自由。", "先给甜头再让你垫付，垫得越多骗得越多。"])]
        lines += ["✅ " + a for a in adv] + [f"——{org}"]
        return r.choice(["wechat", "website"]), "\n".join(lines)
    qs = [z_quote(r) for _ in range(r.randint(2, 4))]
    lines = [r.choice(["📢【反诈课堂】", "【警方提示】", "⚠️请转给家里的年轻人⚠️"]), f"{org}近期接到多起案例，受害人都看到过这样的广告："]
    lines += ["• " + q for q in qs]
    lines += ["后来发生了什么：", "• 护照、手机被收走", "• 被带到园区，每天工作十几个小时", "• 家人被要求支付“赎身费”", "怎么防范："]
    lines += ["✅ " + a for a in adv]
    return r.choice(["wechat", "website"]), "\n".join(lines)


def z_news(r, want):
    n = r.randrange(8, 300)
    place = r.choice(["缅甸妙瓦底", "缅北", "柬埔寨西港", "老挝金三角", "柬埔寨波贝", "东南亚某国"])
    head = r.choice(["%d名被骗出境人员获救回国" % n, "警方捣毁一虚假招聘团伙 抓获嫌疑人%d名" % (n // 10 + 3),
                     "%s电诈园区%d人被移交我方" % (place, n), "一刷单诈骗团伙落网 涉案%d万元" % (n * 10),
                     "多地警方提醒：警惕“境外高薪招聘”"])
    body = r.choice([f"据警方介绍，受害人多是在网上看到{z_quote(r)}等招聘信息后出境，抵达{place}后被没收护照、限制自由。",
                     f"办案民警介绍，该团伙以{z_quote(r)}为诱饵，诱骗求职者上当。",
                     f"记者了解到，此类广告往往写着{z_quote(r)}，联系方式多为私人聊天账号。"])
    tail = r.choice(["警方提醒，出国务工要通过正规渠道。", "目前案件正在进一步侦办中。", "相关部门表示将持续加大打击力度。"])
    if want == "short":
        return "news", "{}。{}".format(head, r.choice(["警方提醒，出国务工要通过正规渠道。", "警方提醒，高薪无门槛的境外招聘要提高警惕。",
                                                "警方提醒，刷单兼职都是诈骗。"]))
    return r.choice(["news", "news", "website"]), f"{head}\n{body}{tail}"


# ---------------------------------------------------------------------------
def build():
    r = random.Random(SEED)
    recs = [dict(x, origin="handwritten") for x in HAND]
    seen = set(x["text"] for x in HAND)

    def add(label, kind, fn, short, medium, long_):
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

    add("lure", "compound_abroad", z_compound, 0, 22, 13)
    add("lure", "task_scam", z_task, 0, 14, 6)
    for kind, sml in [("local_job", (5, 1, 4)), ("skilled_well_paid", (1, 2, 2)), ("urgent_hiring", (3, 2, 2)),
                      ("chat_app_contact", (3, 1, 3)), ("customer_service_local", (2, 1, 2))]:
        add("legit", kind, lambda rr, want, k=kind: z_legit_job(rr, k, want), *sml)
    add("legit", "legal_abroad", z_legal, 2, 3, 3)
    add("legit", "ngo_warning", z_warning, 3, 2, 3)
    add("legit", "news", z_news, 3, 2, 0)
    out = []
    for i, x in enumerate(recs, 1):
        out.append({"id": "own-zh-%04d" % i, "text": x["text"], "lang": "zh", "label": x["label"], "kind": x["kind"],
                    "channel": x["channel"], "origin": x["origin"]})
    return out
