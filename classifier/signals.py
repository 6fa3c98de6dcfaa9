"""Red-flag signals: each has a stable code, a weight and the evidence span that triggered it.

Keyword rules are written on folded text (lower-case, Latin accents stripped), so Vietnamese
with or without diacritics matches the same rule. The checklist follows the official red flags in
shared/reference/official-warnings-and-hotlines.md (MOFA Vietnam, 0404.go.kr, MoLVT Cambodia).
"""
from __future__ import annotations

import re

from classifier.entities import USD_RATE
from classifier.khmer import khmer_match_ok
from classifier.normalize import fold
from classifier.types import Entities, Signal


def _trie(words: list[str]) -> str:
    """One regex for many literal phrases, with common prefixes shared: fast where a plain alternation is not."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s*" if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _words(*alternatives: str) -> str:
    """Latin phrases get letter boundaries (one trie for all of them); other scripts have no spaces between words."""
    latin = [a for a in alternatives if re.fullmatch(r"[a-z0-9 .'/$%+-]+", a)]
    other = [a for a in alternatives if a not in latin]
    parts = [rf"(?<![a-z])(?:{_trie(latin)})(?![a-z])"] if latin else []
    return "|".join(parts + other)


# code -> (weight, pattern). Weights are combined by noisy-OR in scoring.py.
KEYWORD_RULES: dict[str, tuple[float, str]] = {
    "HIGH_PAY_EASY_WORK": (0.55, "|".join([
        _words("viec nhe luong cao", "viec nhe thu nhap cao", "viec nhe", "nhe nhang luong cao", "luong cao viec nhe",
               "thu nhap khung", "thu nhap cuc khung", "kiem tien de dang", "kiem tien nhanh", "viec don gian thu nhap",
               "cong viec don gian", "cong viec nhe nhang", "easy work high", "easy job high", "easy money", "easy job",
               "simple work high", "high salary easy", "easy work", "work less earn more", "earn big", "lam it huong nhieu",
               "high income guaranteed", "guaranteed income", "huge income", "big money", "simple job", "simple tasks",
               "luong khung", "luong cuc cao", "thu nhap hap dan khong gioi han", "thu nhap khong gioi han"),
        r"쉬운\s*(?:일|업무|알바)|간단한\s*(?:일|업무|작업)|단순\s*(?:업무|작업|컴퓨터)|고수익|고소득|고액\s*(?:알바|일자리|보장|급여)|꿀알바|꿀직장|편한\s*일|수익\s*보장|큰돈|목돈|단기\s*고액|해외\s*(?:고액|알바)",
        r"ការងារស្រួល|ការងារងាយស្រួល|ស្រួលធ្វើ|ប្រាក់ខែខ្ពស់|ប្រាក់ចំណូលខ្ពស់|រកលុយងាយ|ស្រួលៗ\s*មិនហត់|អង្គុយក្នុងម៉ាស៊ីនត្រជាក់|រកលុយច្រើន|ផ្លាស់ប្ដូរជីវិត",
        r"轻松(?:工作|赚|月入)|日赚|月入过万|月薪过万|躺赚|简单(?:工作|操作)",
        r"งานง่าย|รายได้ดี|รายได้สูง|เงินดี",
    ])),
    "TASK_COMMISSION": (0.6, "|".join([
        _words("lam nhiem vu", "nhiem vu like", "nhan nhiem vu", "don hang ao", "xu ly don hang", "lam don hang", "chot don", "tha tim",
               "like video", "danh gia san pham", "hoa hong theo don", "nhan hoa hong", "ctv online", "cong tac vien online", "tai nha bang dien thoai",
               "chi can dien thoai", "chi can co dien thoai", "kiem tien tai nha", "tien ve ngay",
               "rut tien ngay", "nap tien lam nhiem vu", "nap tien de nhan", "like youtube", "follow tiktok",
               "simple tasks", "online tasks", "daily commission", "like videos", "liking videos", "rate hotels",
               "review products", "prepaid", "vip level", "boost products", "order grabbing", "from your phone",
               "per task", "paid daily", "earn daily"),
        r"미션|리뷰\s*알바|좋아요\s*알바|구매\s*대행|선입금|수당\s*지급|재택\s*부업|부업|폰\s*하나로|핸드폰으로|하루\s*\d+\s*만원|일당\s*\d+|건당",
        # work from home is a task scam only with money or a phone close by, as in Vietnamese ("kiem tien tai nha",
        # "tai nha bang dien thoai"): alone it flagged two Khmer translations of real Korean IT postings
        r"(?:ធ្វើការ|ធ្វើ)(?:នៅ|ពី)ផ្ទះ(?=[^\n]{0,60}(?:ទូរស័ព្ទ|ប្រាក់|លុយ|ដុល្លារ|\$|កម្រៃ))|ប្រើតែទូរស័ព្ទ|កម្រៃជើងសារ|ចុចឡាយ|ចុច\s*like|ដាក់ប្រាក់|បើកប្រាក់រាល់ថ្ងៃ|ប្រាក់រាល់ថ្ងៃ|បើកប្រចាំថ្ងៃ|ដកលុយបានភ្លាមៗ|ឡើង\s*vip|បង្កើនការលក់",
        r"刷单|点赞|做任务|垫付|返利|手机操作|日赚|手机兼职|在家(?:兼职|赚)",
        r"งานออนไลน์|ทำงานที่บ้าน(?=[^\n]{0,60}(?:มือถือ|โทรศัพท์|รายได้|เงิน|บาท|ค่าคอม))|กดไลค์|ค่าคอม",
    ])),
    "NO_REQUIREMENTS": (0.25, "|".join([
        _words("khong can kinh nghiem", "khong yeu cau kinh nghiem", "k can kinh nghiem", "ko can kinh nghiem",
               "khong can bang cap", "khong yeu cau bang cap", "k can bang cap", "khong can trinh do",
               "khong yeu cau trinh do", "khong can ngoai ngu", "chua co kinh nghiem", "k can kn", "ko can kn",
               "khong can kn", "no experience", "no experience needed", "no experience required", "no degree",
               "no qualifications", "no skills", "no diploma", "anyone can", "chi can biet", "biet dung dien thoai",
               "biet chu", "biet doc biet viet"),
        r"경력\s*무관|경험\s*무관|경험\s*없어도|학력\s*무관|초보\s*가능|무경험|누구나|나이만",
        r"មិនត្រូវការបទពិសោធន៍|មិនទាមទារបទពិសោធន៍|គ្មានបទពិសោធន៍ក៏បាន|មិនត្រូវការសញ្ញាបត្រ|មិនចាំបាច់មានបទពិសោធន៍|មិនទាមទារសញ្ញាបត្រ|មិនតម្រូវសញ្ញាបត្រ|មិនកំណត់សញ្ញាបត្រ|មិនចេះក៏បង្ហាត់|មិនចាំបាច់ចេះភាសាបរទេស",
        r"无需经验|不需要经验|无经验|零基础|不限学历|无需学历|小白",
        r"ไม่ต้องมีประสบการณ์|ไม่จำกัดวุฒิ",
    ])),
    "TRAVEL_PAID": (0.4, "|".join([
        _words("bao ve may bay", "bao ve", "bao chi phi", "bao visa", "bao ho chieu", "lo ve may bay", "lo chi phi",
               "ho tro ve may bay", "tai tro ve", "mien phi ve", "ung truoc", "bao xuat canh", "lo toan bo chi phi",
               "bao di lai", "dua don tan noi", "free flight", "free ticket", "flight provided", "ticket provided",
               "air ticket", "visa provided", "free visa", "we pay for your", "company pays", "travel expenses covered",
               "tickets covered", "visa sponsorship provided free"),
        r"항공권\s*(?:제공|지원|무료)|항공료\s*(?:지원|제공|선지급)|비행기\s*표\s*(?:제공|지원)|여비\s*(?:지원|제공)|비자\s*(?:제공|지원)|출국\s*비용\s*지원",
        r"ចេញថ្លៃសំបុត្រយន្តហោះ|ចេញថ្លៃធ្វើដំណើរ|ហ្វ្រីសំបុត្រ|ធ្វើលិខិតឆ្លងដែនជូន|រ៉ាប់រងថ្លៃធ្វើដំណើរ|ក្រុមហ៊ុនរៀបចំឲ្យ|មានឡានមកទទួល|ទៅទទួលដល់ព្រំដែន|ចេញសិន\s*កាត់ពីប្រាក់ខែ|សំបុត្រយន្តហោះ\s*ឥតគិតថ្លៃ",
        r"包机票|报销机票|包路费|包签证|免费机票|报销路费",
        r"ตั๋วเครื่องบินฟรี|ออกค่าเดินทาง",
    ])),
    "UPFRONT_FEE": (0.45, "|".join([
        _words("dat coc", "tien coc", "coc truoc", "nop phi", "dong phi", "le phi tham gia", "phi tham gia", "phi ho so",
               "phi kich hoat", "phi dich vu", "nap tien kich hoat", "chuyen khoan truoc", "tien the chan",
               "deposit", "registration fee", "processing fee", "activation fee", "training fee", "pay a fee", "upfront fee"),
        r"보증금|가입비|선입금|등록비|수수료\s*(?:입금|선납)|교육비\s*입금",
        r"ប្រាក់កក់|កក់ប្រាក់|ថ្លៃចុះឈ្មោះ|បង់លុយមុន|ថ្លៃសមាជិក|ថ្លៃឯកសារ|ថ្លៃធានា|បញ្ចូលសមតុល្យ|ដាក់ទុន|សមតុល្យអវិជ្ជមាន",
        r"押金|保证金|入职费|报名费|培训费|先交",
        r"ค่าสมัคร|มัดจำ",
    ])),
    # The deposit that "unlocks" the pay or the account in a task scam: the key sign of one (issue 14).
    "DEPOSIT_TO_UNLOCK": (0.6, "|".join([
        r"(?<![a-z])(?:nap|chuyen|gui)\s*+(?:tien\s*+)?(?:truoc\s*+)?(?:(?<![\d.,])\d[\d.,]*+\s*+(?:k|nghin|ngan|tr|trieu|d|vnd|dong|usdt|usd|\$)?\s*+)?"
        r"(?:truoc\s*+)?(?:de|roi|thi|moi)\s*+(?:duoc\s*+)?(?:kich hoat|mo khoa|nhan (?:luong|tien|hoa hong|nhiem vu|don)|"
        r"rut (?:tien|luong)|lam nhiem vu|bat dau|tham gia|xac nhan|nang cap)",
        r"(?<![a-z])kich hoat\s*+(?:tai khoan|nhiem vu)?\s*+(?:can|phai|bang cach)\s*+nap",
        r"(?<![a-z])(?:deposit|top[\s-]?up|recharge|pay in|transfer)\s+(?:(?:of\s+)?(?:usd|usdt|\$)?\s*+(?<![\d.,])\d[\d,.]*+\s*(?:usd|usdt|\$|dollars?|k)?\s+)?"
        r"(?:first\s+)?(?:to|before you can|in order to|and then|then)\s+(?:activate|unlock|start|withdraw|receive|get your|release)",
        r"(?<![a-z])(?:activation|unlock) (?:deposit|top[\s-]?up)",
        r"(?<![\d.,])\d[\d,.]*+\s*+(?:만\s*+)?원\s*+(?:을|를|만)?\s*+(?:먼저\s*+|선\s*+)?(?:입금|충전|이체)\s*+(?:후|하면|해야|하시면|하고|시)",
        r"(?:입금|충전)\s*+(?:후|하셔야|해야|하면)\s*+(?:진행|활성화|시작|출금|정산|수익|미션)|선\s*+입금\s*+후",
        r"(?:ត្រូវ)?(?:ដាក់|បញ្ចូល|ផ្ញើ|វេរ)(?:ប្រាក់|លុយ)\s*+(?:\$?\s*+[\d,.]++\s*+(?:ដុល្លារ|\$|រៀល|បាត)?\s*+)?មុន"
        r"|(?:ដាក់|បញ្ចូល)(?:ប្រាក់|លុយ)\s*+(?:\$?\s*+[\d,.]++\s*+(?:ដុល្លារ|\$|រៀល)?\s*+)?ដើម្បី(?:បើក|ដក|ធ្វើ|ចាប់ផ្ដើម|ចាប់ផ្តើម|ទទួល)",
        r"先充值|充值(?:后|才能)(?:激活|解锁|提现|做任务|接单)|交\s*+\d+\s*+元?(?:激活|解锁)",
        r"เติมเงินก่อน|ฝากเงินก่อน|โอนเงินก่อน",
    ])),
    "PASSPORT_REQUEST": (0.3, "|".join([
        _words("ho chieu", "passport", "cccd", "can cuoc", "cmnd", "anh chan dung", "id card"),
        r"여권|신분증",
        r"លិខិតឆ្លងដែន|អត្តសញ្ញាណប័ណ្ណ|ប៉ាស្ពរ|ប៉ាស្ព័រ",
        r"护照|身份证",
        r"หนังสือเดินทาง|พาสปอร์ต",
    ])),
    "URGENCY": (0.12, "|".join([
        _words("tuyen gap", "can gap", "gap gap", "so luong co han", "so luong gioi han", "chi con", "xuat canh nhanh",
               "di ngay", "bay ngay", "nhanh tay", "urgent", "urgently", "limited slots", "limited places", "few slots",
               "leave immediately", "fly within", "asap", "hurry"),
        r"급구|긴급|선착순|마감\s*임박|즉시\s*출국|빠른\s*출국|바로\s*출국",
        r"បន្ទាន់|ចំនួនមានកំណត់|ចេញដំណើរភ្លាម|ប្រញាប់|កន្លែងមានកំណត់|មុនពេញ|ចេញដំណើរថ្ងៃស្អែក",
        r"急招|名额有限|马上出发|急聘",
        r"ด่วน|จำนวนจำกัด",
    ])),
    "RISKY_ROLE_ABROAD": (0.3, "|".join([
        _words("danh may", "nhap lieu", "go chu", "cskh", "cham soc khach hang", "marketing online", "mkt online",
               "sale online", "phien dich", "truc page", "truc fanpage", "casino", "song bac", "hotel casino",
               "chat voi khach", "typing", "typist", "data entry", "customer service", "chat support", "online marketing",
               "crypto", "game tester", "translator", "telesales"),
        r"타자|타이핑|고객\s*관리|고객\s*상담|상담원|cs\s*업무|통번역|번역|마케팅|카지노|코인|암호화폐|채팅\s*상담",
        r"វាយអក្សរ|បញ្ចូលទិន្នន័យ|សេវាអតិថិជន|ផ្នែកបម្រើអតិថិជន|បម្រើអតិថិជនអនឡាញ|ទីផ្សារអនឡាញ|កាស៊ីណូ|បកប្រែ|ឆាតជាមួយ|ឆាតតាមស្គ្រីប|ហ្គេមអនឡាញ",
        r"打字员|打字|客服|推广|网络推广|博彩|菠菜|赌场|翻译|聊天",
        r"คาสิโน|พิมพ์งาน|แอดมิน",
    ])),
    "REASSURANCE": (0.4, "|".join([
        _words("hop phap", "an toan tuyet doi", "khong lua dao", "cam ket khong", "khong giam giu", "khong giam long",
               "khong bi nhot", "tu do di lai", "100% legal", "legal and safe", "legit job", "not a scam", "no scam",
               "no confinement", "100% safe", "totally legal", "free to leave", "no detention"),
        r"합법|안전\s*보장|(?:감금|폭행)[^.!?\n]{0,24}(?:없|않|절대)|사기\s*아님|자유롭게\s*귀국",
        r"ស្របច្បាប់\s*សុវត្ថិភាព|សុវត្ថិភាព\s*100|មិនបោកប្រាស់|គ្មានការឃុំខ្លួន|មិនឃុំ|មិនមែនបោកទេ|មិនបោក|ធានាសុវត្ថិភាព",
        r"合法|正规(?!劳务)|安全有保障|不扣押|不骗人|绝对安全",
        r"ถูกกฎหมาย|ปลอดภัย 100",
    ])),
    "FREE_BOARD_ABROAD": (0.2, "|".join([
        _words("bao an o", "bao an", "bao o", "bao an bao o", "bao an ngu", "free accommodation", "free food",
               "free room", "food and accommodation provided", "free meals", "room and board"),
        r"숙식\s*(?:제공|무료)|숙소\s*(?:제공|무료)|식사\s*제공",
        r"ស្នាក់នៅឥតគិតថ្លៃ|ហូបចុកឥតគិតថ្លៃ|ផ្តល់កន្លែងស្នាក់នៅ|ផ្ដល់កន្លែងស្នាក់នៅ|ម្ហូបអាហារ\s*ឥតគិតថ្លៃ|ហូបស្នាក់|ហូបចុក\s*ស្នាក់នៅ\s*ឥតគិតថ្លៃ",
        r"包吃住|包食宿|包住|包吃",
        r"ที่พักฟรี|อาหารฟรี",
    ])),
    "ILLEGAL_CROSSING": (0.5, "|".join([
        _words("khong can thu tuc", "khong can ho chieu", "vuot bien", "di duong tieu ngach", "duong mon", "qua bien gioi",
               "khong can visa", "no passport needed", "no visa needed", "no papers needed", "cross the border"),
        r"여권\s*없이|비자\s*없이|밀입국",
        r"មិនចាំបាច់លិខិតឆ្លងដែន|ឆ្លងដែនខុសច្បាប់|តាមផ្លូវរត់ពន្ធ|ប៉ាស្ព័រមិនចាំបាច់|មិនទាន់មានលិខិតឆ្លងដែនក៏មិនអីដែរ|border pass",
        r"偷渡|不用护照|无需护照|走小路",
    ])),
}

# Words that show a real, identifiable employer: their absence next to other flags is itself a flag.
_EMPLOYER = re.compile("|".join([
    _words("cong ty", "cty", "tnhh", "co phan", "jsc", "co., ltd", "co.,ltd", "ltd", "inc", "corporation", "company",
           "dia chi", "address", "ma so thue", "mst", "giay phep", "license", "licence", "website", "plc", "bank", "ngan hang"),
    r"주식회사|\(주\)|㈜|사업자|주소|회사명|근무지",
    r"ក្រុមហ៊ុន|អាសយដ្ឋាន|ធនាគារ|អាជ្ញាប័ណ្ណ|ហាង",
    r"公司|有限|地址|营业执照",
]))

# Wording of warnings and news that quote lures to warn people: they must not be flagged as lures.
_WARNING_CONTEXT = re.compile("|".join([
    _words("canh bao", "canh giac", "thu doan", "lua dao", "bi lua", "nan nhan", "giai cuu", "trieu tap", "khoi to",
           "cong an", "bo ngoai giao", "mua ban nguoi", "de phong", "beware", "warning", "warns", "victims", "rescued",
           "trafficking", "police", "authorities", "arrested", "scam",
           # issue 8: more of the wording of warnings and news reports
           "dung tin", "dung di", "giam giu", "khuyen cao", "dieu tra", "duong day", "bi ban", "bao ho cong dan",
           "scammers", "traffickers", "trafficked", "do not go", "report it", "held in compounds", "forced to",
           "compound", "rescue", "interpol", "embassy", "investigation", "reporters", "dau hieu", "a real employer",
           "genuine employer", "phong vien", "linh an", "moi gioi", "bien phong", "trai phep", "nhac nho", "bao ngay",
           "tong dai 111", "cac bai", "ads like these", "have trapped", "trapped", "stop & check", "sentenced"),
    r"주의|경고|조심|피해자|사기|구출|경찰|외교부|인신매매|속지\s*마|의심하세요|신고하세요|감금|범죄단지|주의보|밝혔다|조사됐다"
    r"|믿으면\s*안|브로커|혐의|구속|기소|모집책|미끼|유인한|사설|기자|알려졌다|구조된|경험담|거르세요",
    r"ប្រុងប្រយ័ត្ន|ការព្រមាន|បោកប្រាស់|ជនរងគ្រោះ|ជួយសង្គ្រោះ|ប៉ូលិស|ជួញដូរមនុស្ស|ក្រសួង|ឈ្មួញកណ្តាល|កុំជឿ|រឹបអូស"
    r"|កុំចាញ់បោក|អន្ទាក់|សញ្ញា\s*\S*\s*នៃការផ្សាយ",
    r"警惕|提醒|诈骗|受害者|解救|警方|反诈|谨防|骗局|不要相信|被骗|派出所|陷阱|记者|移交|侦办|案件|电诈",
]))
# What real, regulated jobs state and lures almost never do: a degree or years of experience required, social
# insurance paid. Two or more of them soften the rule score (scoring.LEGIT_DAMPING) unless a money or task flag is up.
_LEGIT_MARKERS = re.compile("|".join([
    _words("bachelor", "degree required", "university degree", "years of experience", "years experience", "nssf",
           "health insurance", "pension", "social insurance", "tot nghiep dai hoc", "tot nghiep cao dang", "bang dai hoc",
           "nam kinh nghiem", "bhxh", "bao hiem xa hoi", "bao hiem y te"),
    r"4대\s*보험|경력\s*\d+\s*년|대졸|학사|국민연금",
    r"បរិញ្ញាបត្រ|ប\.?ស\.?ស|សន្តិសុខសង្គម|បទពិសោធន៍\s*\d+\s*ឆ្នាំ",
    # (no Chinese markers: the fraudulent Chinese postings of the real data promise 五险一金 and 社保 too)
]))
# The candidate is already in the country of the job (a local hire), in the ad's own words.
_LOCAL_HIRE = re.compile(
    _words("local candidates", "local candidate", "local applicants", "local staff only", "locals only",
           "cambodian nationals", "cambodian national", "cambodian nationality", "khmer nationality",
           "cambodian citizens", "based in phnom penh")
    + r"|人在(?:金边|柬埔寨|柬|当地|本地)|柬籍|本地人|当地人"
    + r"|សញ្ជាតិខ្មែរ|ពលរដ្ឋខ្មែរ|សញ្ជាតិកម្ពុជា|ពលរដ្ឋកម្ពុជា")
_NOT_SOFTENED = ("UPFRONT_FEE", "DEPOSIT_TO_UNLOCK", "TASK_COMMISSION", "ILLEGAL_CROSSING", "PASSPORT_REQUEST")


def legit_markers(folded: str, sigs: list[Signal]) -> int:
    """Distinct marks of a regulated job (0 when a fee, task, passport or border flag is up: those never soften)."""
    if any(s.code in _NOT_SOFTENED for s in sigs):
        return 0
    return len({re.sub(r"\s+", " ", m.group(0)) for m in _LEGIT_MARKERS.finditer(folded)})


# Lure wording inside quotation marks, in a text that also warns: a warning or a news report quoting an ad.
_QUOTED = re.compile(r"\"[^\"\n]{3,200}\"|“[^”\n]{3,200}”|«[^»\n]{3,200}»|'[^'\n]{3,200}'|‘[^’\n]{3,200}’"
                     r"|「[^」\n]{3,200}」|『[^』\n]{3,200}』")
_NEGATED_WARNING = re.compile(_words("khong lua dao", "not a scam", "no scam", "khong phai lua dao") + r"|사기\s*아님|不骗人|មិនបោកប្រាស់")

# Is there a job offer at all? Recruitment vocabulary in every supported language.
_JOB = re.compile("|".join([
    _words("tuyen", "tuyen dung", "viec lam", "cong viec", "viec", "luong", "thu nhap", "ung vien", "nhan vien", "ctv",
           "lam them", "part time", "parttime", "full time", "job", "jobs", "hiring", "hire", "salary", "vacancy",
           "position", "recruit", "recruiting", "recruitment", "apply", "work", "earn", "income", "career", "wage"),
    r"채용|모집|구인|구직|알바|아르바이트|급여|월급|연봉|시급|일자리|취업|근무|직원|부업|수익|출국|팀원|업무"
    r"|급구|구합니다|구해요|구함|숙식|일하기|일할 사람|벌\s?수\s?있|통역사|채터",  # hiring verbs of real ko lure fragments
    r"ជ្រើសរើស|ការងារ|ប្រាក់ខែ|បុគ្គលិក|ធ្វើការ|ប្រាក់ចំណូល|មុខតំណែង|ត្រូវការ",
    r"招聘|招|工作|薪|工资|兼职|岗位|职位|求职|月入|收入|赚",
    r"รับสมัคร|งาน|เงินเดือน|รายได้",
]))

# Signals that by themselves describe a recruitment lure (so the text is a job offer even without job words).
_LURE_FAMILY = ("HIGH_PAY_EASY_WORK", "TASK_COMMISSION", "DEPOSIT_TO_UNLOCK", "TRAVEL_PAID", "ILLEGAL_CROSSING", "NO_REQUIREMENTS", "RISKY_ROLE_ABROAD")

_RULES = {code: (w, re.compile(p)) for code, (w, p) in KEYWORD_RULES.items()}

# Monthly pay in USD above which unskilled work is implausible in the region (generous on purpose).
HIGH_PAY_USD_MONTH = {"vi": 900.0, "km": 700.0, "ko": 4_000.0, "en": 1_500.0, "zh": 2_000.0, "th": 1_000.0}
HOME_COUNTRY = {"vi": "VN", "ko": "KR", "km": "KH", "th": "TH", "zh": "CN"}


# Folded phrases that fold together with an innocent word: "bao ve" is "bao vé" (tickets paid) but also
# "bảo vệ" (security guard). When the ad has accents, the accented form must match too.
ACCENTED = {"viec nhe": "việc nhẹ", "bao ve": "bao vé", "bao an": "bao ăn", "bao o": "bao ở", "lo ve": "lo vé",
            "bao an o": "bao ăn ở", "bao an bao o": "bao ăn bao ở", "bao an ngu": "bao ăn ngủ", "viec nhe nhang": "việc nhẹ nhàng"}


def _accent_ok(span_text: str) -> bool:
    low = " ".join(span_text.lower().split())
    if low.isascii():
        return True  # written without accents: the scammer's own disguise, accept
    plain = " ".join(fold(low).split())
    want = ACCENTED.get(plain)
    return want is None or low == want


# Negated red flags: "không thu tiền đặt cọc", "never asks for a deposit", "មិនយកប្រាក់កក់", "보증금 없음", "无押金".
# Negators before the phrase (same clause, a few words back) in vi/en/km/zh, after it in Korean. Accented Vietnamese
# only where the folded word is ambiguous ("đừng" folds to "dung", as in "tuyển dụng").
_NEG_BEFORE = re.compile(
    r"(?<![\w])(?:không|khong|chưa|chua|đừng|chẳng|chang|chớ|no|not|never|don't|dont|do not|does not|doesn't|"
    r"without|zero)(?![\w])(?:[^\S\n]*[^\s.,;:!?\n]+){0,4}[^\S\n]*$"
    # scripts without spaces: the negator right before the phrase
    r"|(?:មិន|គ្មាន|កុំ|ពុំ)[^\s។,]{0,10}\s?$|(?:不|无|没有|別|别)[^\s，,。.!！?？]{0,2}$", re.I)
_NEG_AFTER_KO = re.compile(r"^[^.,;:!?\n]{0,14}?(?:없|않|안\s|금지|마세요|말고|아닙|불필요)")
NEGATABLE = frozenset({"HIGH_PAY_EASY_WORK", "TASK_COMMISSION", "TRAVEL_PAID", "UPFRONT_FEE", "DEPOSIT_TO_UNLOCK", "PASSPORT_REQUEST",
                       "FREE_BOARD_ABROAD", "RISKY_ROLE_ABROAD"})


def _negated(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start].lower()
    if _NEG_BEFORE.search(before):
        return True
    return bool(re.search(r"[\uac00-\ud7a3]", text[start:end]) and _NEG_AFTER_KO.search(text[end : end + 20]))


def _first(rx: re.Pattern, folded: str, text: str, negatable: bool = False) -> re.Match | None:
    for m in rx.finditer(folded):
        if (_accent_ok(text[m.start() : m.end()]) and khmer_match_ok(folded, m.start(), m.end())
                and not (negatable and _negated(text, m.start(), m.end()))):
            return m
    return None


def find_signals(text: str, folded: str, lang: str, ents: Entities, views: list[str] | tuple[str, ...] = ()) -> list[Signal]:
    """All red flags of a normalized text; `folded` is fold(text), `views` extra readings of it of the same length
    (normalize.leet_views: "3asy w0rk" read as "easy work")."""
    found: dict[str, Signal] = {}
    readings = (folded, *views)

    def add(code: str, weight: float, span: tuple[int, int]) -> None:
        if code not in found:
            found[code] = Signal(code, weight, text[span[0] : span[1]], span)

    for code, (weight, rx) in _RULES.items():
        m = next((hit for view in readings if (hit := _first(rx, view, text, code in NEGATABLE))), None)
        if m:
            add(code, weight, m.span())
    strong_lure = any(code in found for code in _LURE_FAMILY)

    home = HOME_COUNTRY.get(lang)
    abroad = [p for p in ents.places if p.country != home and p.country in ("KH", "MM", "LA", "AE", "TH", "PH", "MY")]
    if abroad and _LOCAL_HIRE.search(folded):
        # "人在金边", "Cambodian nationals", "local candidates only": the job is for people already there, whatever
        # the ad's language; nobody is taken abroad (two real Khmer job-board ads were flagged for this). A named
        # compound town (Sihanoukville, Bavet...) still counts below.
        abroad = []
    hotspots = [p for p in ents.places if p.hotspot]
    if hotspots:
        p = hotspots[0]
        add("HOTSPOT_DESTINATION", 0.45 if p.country != home else 0.25, p.span)
    elif compound := [p for p in abroad if p.country in ("KH", "MM", "LA")]:
        # Only the countries that hold the compounds, or a named hotspot town: Thailand, Dubai, Malaysia as a whole
        # are work destinations, not "places known for scam compounds" (they still make a role or free board abroad).
        add("HOTSPOT_DESTINATION", 0.3, compound[0].span)
    elif abroad:
        # Thailand, Dubai, Malaysia, the Philippines: ordinary destinations, but also the usual first stop of the
        # compound recruiters (Mae Sot, Bangkok). A weak flag of its own, explained as what it is.
        add("JOB_ABROAD", 0.15, abroad[0].span)

    # Roles and free board only mean something when the job is abroad.
    if "RISKY_ROLE_ABROAD" in found and not (abroad or hotspots):
        del found["RISKY_ROLE_ABROAD"]
    if "FREE_BOARD_ABROAD" in found and not (abroad or hotspots):
        del found["FREE_BOARD_ABROAD"]
    # A passport is only a flag when asked for together with travel, or in a task scam.
    if "PASSPORT_REQUEST" in found and not (abroad or hotspots or "TRAVEL_PAID" in found or "TASK_COMMISSION" in found):
        del found["PASSPORT_REQUEST"]

    limit = HIGH_PAY_USD_MONTH.get(lang, 1_500.0)
    # An amount without a period is read as monthly: the most common case and the most lenient.
    pays = [m for m in ents.money if m.usd_per_month or (strong_lure and m.currency != "KHR")]
    if pays and (strong_lure or any(looks_like_job(view) for view in readings)):
        top = max(pays, key=lambda m: m.usd_per_month or m.amount / USD_RATE[m.currency])
        skilled = "NO_REQUIREMENTS" not in found and "HIGH_PAY_EASY_WORK" not in found
        monthly = top.usd_per_month or top.amount / USD_RATE[top.currency]
        if monthly > limit * (2.5 if skilled else 1.0):
            add("PAY_ABOVE_NORM", 0.35, top.span)

    if ents.channels or any(c.kind in ("handle", "link") for c in ents.contacts):
        employer = any(_EMPLOYER.search(view) for view in readings)
        other_flags = [c for c in found if c not in ("URGENCY",)]
        if not employer and other_flags:
            ch = ents.channels[0] if ents.channels else next(c for c in ents.contacts if c.kind in ("handle", "link"))
            add("CHAT_APP_CONTACT", 0.15, ch.span)
    if not any(_EMPLOYER.search(view) for view in readings) and len(found) >= 2:
        m = next((hit for view in readings if (hit := _JOB.search(view))), None)
        if m:
            add("VAGUE_EMPLOYER", 0.1, m.span())
    return sorted(found.values(), key=lambda s: (-s.weight, s.span[0]))


def warning_context(folded: str) -> int:
    """How many distinct warning/news words the text holds (quoted lures in a warning are not lures)."""
    cleaned = _NEGATED_WARNING.sub(" ", folded)
    words = len({m.group(0) for m in _WARNING_CONTEXT.finditer(cleaned)})
    if words and any(_RULES[code][1].search(q.group(0)) for q in _QUOTED.finditer(folded) for code in _LURE_FAMILY):
        words += 3  # it quotes a lure in order to warn: a warning or a news report
    return words


# Job words whose folded form is also an everyday word: "lượng" (amount: "dung lượng" in carrier SMS), "trực tuyến"
# (online), "luồng". When the text is written with accents, only the job word counts.
JOB_ACCENTED = {"luong": ("lương",), "tuyen": ("tuyển",), "viec": ("việc",), "nhan vien": ("nhân viên",),
                "thu nhap": ("thu nhập",), "cong viec": ("công việc",)}


# ...and the everyday compounds they make without accents: "truc tuyen" (online), "tuyen sinh" (admissions),
# "dung luong" (data allowance), "so luong", "chat luong".
_NOT_JOB_BEFORE = re.compile(r"(?:truc|dung|chat|so|san|khoi|trong|nang|dien|phan|luu)\s$")
_NOT_JOB_AFTER = re.compile(r"^\s(?:sinh|duong|xe|bay)(?![a-z])")


def looks_like_job(folded: str, text: str | None = None) -> bool:
    for m in _JOB.finditer(folded):
        if m.group(0) in ("luong", "tuyen") and (_NOT_JOB_BEFORE.search(folded[max(0, m.start() - 7) : m.start()])
                                                 or _NOT_JOB_AFTER.match(folded[m.end() : m.end() + 8])):
            continue
        if text is None or len(text) != len(folded):
            return True
        low = " ".join(text[m.start() : m.end()].lower().split())
        want = JOB_ACCENTED.get(m.group(0))
        if want is None or low.isascii() or low in want:
            return True
    return False


# Promising that nobody is locked up or beaten: only a compound recruiter answers that fear (a real Korean lure
# fragment: "감금 폭행 같은 말도 안 되는 일 없고"); it makes a job offer without job words.
_NO_CONFINEMENT = re.compile(
    _words("khong giam giu", "khong giam long", "khong bi nhot", "no confinement", "no detention", "free to leave")
    + r"|(?:감금|폭행)[^.!?\n]{0,24}(?:없|않|절대)|គ្មានការឃុំខ្លួន|មិនឃុំ|不扣押|不限制人身自由")


def is_job_offer(folded: str, sigs: list[Signal], text: str | None = None) -> bool:
    return (looks_like_job(folded, text) or any(s.code in _LURE_FAMILY for s in sigs)
            or (any(s.code == "REASSURANCE" for s in sigs) and bool(_NO_CONFINEMENT.search(folded))))
