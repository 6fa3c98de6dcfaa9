"""First-person distress: someone who is held, beaten or robbed of their passport NOW, writing for help.

Runs BEFORE any job-ad logic. `detect_distress(text)` returns a `Distress` (the cues found, the language, the places
named, the words that matched) or None. Pure: no bot imports, no network, no model; only regular expressions over the
text as `classifier.normalize` cleans and folds it, so Vietnamese typed without accents ("cuu em voi ho giu ho chieu")
reads like the accented text.

How it decides (rules, not a model; measured by `benchmarks/distress.py` on `data/distress/`):
- Each language has cue patterns, STRONG (a present first-person situation: "họ giữ hộ chiếu", "여권 뺏겼어요",
  "គេវាយខ្ញុំ", "they took my passport", "locked in", "tiền chuộc", "팔려왔어요") or WEAK ("không về được",
  "못 나가요", "can't leave", a debt, guards, a forced job, an escape).
- Amplifiers: a plea ("cứu em", "살려주세요", "ជួយខ្ញុំផង", "help me"), fear ("sợ lắm", "무서워요", "ខ្លាច", "scared")
  and a compound place (Sihanoukville, Myawaddy, KK Park, the Golden Triangle...).
- It fires on one strong cue, or on a weak cue with a second weak cue, a plea, fear or a place. A plea alone never
  fires ("help me find a job", "cứu với bài tập nhiều quá").
- Guards: news, warnings, NGO reports and fiction ("many victims...", "피해자들", "ជនរងគ្រោះ", "phim", "movie"),
  job ads ("tuyển", "hiring", "모집", "ជ្រើសរើស": "we keep your passport safe" is a lure, not distress) and jokes
  ("lol", "ㅋㅋ") stop it unless the writer also pleads for help in the first person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.normalize import fold, normalize

# Cue kinds (stable strings: the bot and the tests use them).
PLEA = "plea"
HELD = "held"                  # held, confined, locked in, trapped
PASSPORT = "passport_taken"
BEATEN = "beaten"
THREATENED = "threatened"
CANT_LEAVE = "cant_leave"
RANSOM = "ransom_or_debt"
SOLD = "sold"
COMPOUND = "compound"
FORCED = "forced_to_scam"
GUARDED = "guarded"
PHONE = "phone_taken"           # phone taken, writing in secret on a borrowed phone
FEAR = "fear"
SITUATION_KINDS = (HELD, PASSPORT, BEATEN, THREATENED, CANT_LEAVE, RANSOM, SOLD, COMPOUND, FORCED, GUARDED, PHONE)


@dataclass(frozen=True)
class Distress:
    lang: str                       # vi, ko, km, en, th or zh
    cues: tuple[str, ...]           # cue kinds found, sorted (see the constants above)
    places: tuple[str, ...]         # places named, in English ("Sihanoukville", "KK Park"...), in order of appearance
    evidence: tuple[str, ...]       # the words that matched, as written (normalized), at most 6
    score: float                    # strong cues 2, weak cues 1, amplifiers 1: for ranking and logs, not for users


_S, _W, _A = 2.0, 1.0, 1.0          # strong, weak, amplifier
_FP_VI = r"(?:em|e|toi|minh|con|tao|t|tui|chau|chung em|tui em|bon em|chung toi)"
_AGENT_VI = r"(?:ho|no|chung no|bon no|tui no|tui|bon|cong ty|sep|quan ly|bao ve|chu)"

# (kind, weight, pattern). Latin patterns run on the folded text (lower case, no accents); the others on the
# normalized text, where Khmer, Thai and Chinese are also matched with spaces removed.
_LATIN_RULES: list[tuple[str, float, str]] = [
    # ---------------- Vietnamese (folded)
    (PLEA, _A, rf"\bcuu (?:{_FP_VI}|voi|giup|mang)\b|\bgiup (?:{_FP_VI} )?voi\b|\blam on (?:giup|cuu)|\bxin (?:hay )?giup\b"
               r"|\bai (?:do )?(?:giup|cuu)\b|\bbao (?:cong an|canh sat|cs) (?:giup|voi|di)"),
    (HELD, _S, rf"\bbi (?:{_AGENT_VI} )?(?:nhot|giam(?! tien| luong)|giu lai|giu o|giu tai|giu trong|bat giu|cam tu|giam long|bat coc|khong che|giu\b(?! (?:tien|luong|cho|cho ngoi)))"
               rf"|\b(?:nhot|giam) (?:{_FP_VI})\b|\bdang bi giu\b"),
    (PASSPORT, _S, rf"(?<!co )(?<!co the )\b(?:giu|thu|lay|tich thu|cam|siet|thu giu|lay mat|giu mat)(?: het| luon| mat| ca)? (?:dien thoai (?:voi|va|vs) )?(?:ho chieu|passport|pasport|pp|giay to)(?! (?:giup|cho) ban| an toan)"
                   rf"|\b(?:ho chieu|passport|giay to)(?: cua (?:{_FP_VI}))?(?: (?:{_FP_VI}))? (?:bi|da bi|cung bi) (?:ho |no )?(?:giu|thu|lay|tich thu|cam)"
                   r"|\b(?:moi|khong|ko|k|chua|ko chiu|khong chiu) tra (?:lai )?(?:ho chieu|passport|giay to)"),
    (BEATEN, _S, rf"\bbi (?:{_AGENT_VI} )?(?:danh|dap|tra tan|dien giat|chich dien|dan don|hanh ha)\b(?! (?:gia|cau|bong|nhau|thuc|rang|dan))"
                 rf"|\b(?:danh|dap|chich dien|tra tan|hanh ha) (?:{_FP_VI})\b(?! (?:gia|cau|bong))|\bdanh gay\b|\bdien giat\b|\bchich dien\b"),
    (THREATENED, _S, r"\bdoa\b.{0,30}\b(?:se )?(?:giet|danh chet|ban chet)\b|\bdoa (?:se )?(?:giet|ban|danh|mo|lay noi tang)|\bde doa (?:" + _FP_VI + r"|gia dinh)|\blay noi tang\b|\bmo lay\b"),
    (CANT_LEAVE, _W, rf"\b(?:khong|ko|k|hong|chang|cung ko|cung khong) cho (?:(?:{_FP_VI}) )?(?:ve|ra|di|roi|nghi|thoat|ra ngoai)\b"
                     rf"|\b{_AGENT_VI} (?:khong|ko|k) cho\b"
                     r"|\b(?:khong|ko|k) (?:ve|ra|tron ra|thoat|thoat ra|ra ngoai|ra khoi \w+|tron) (?:duoc|dc|noi)\b"
                     r"|\b(?:khong|ko|k) (?:duoc|dc) (?:ra|ve|roi)\b|\b(?:khong|ko|k) di dau (?:duoc|dc)\b|\bkhong the (?:ve|thoat|ra|tron)\b"
                     r"|\bmuon ve ma (?:khong|ko|k)\b|\bve (?:ma|nhung) (?:khong|ko|k) duoc\b|\bthoat khoi day\b|\btron (?:ra|thoat)\b"),
    (RANSOM, _S, r"\btien chuoc\b|\bchuoc (?:" + _FP_VI + r"|nguoi)\b"
                 r"|\b(?:doi|tra|nop|dong|chuyen|gui|den)\b.{0,40}\bmoi (?:tha|cho (?:\w+ )?ve|duoc ve|cho (?:\w+ )?di|tra)\b"),
    (RANSOM, _W, r"\bno (?:\d|.{0,8}(?:usd|do|\$|trieu|tr\b))|\btien phat\b|\bphat hop dong\b|\bboi thuong hop dong\b"),
    (SOLD, _S, rf"\bbi (?:{_AGENT_VI} )?(?:ban|ban lai|chuyen nhuong)\b(?! (?:hang|do|xe|nha))|\bban (?:{_FP_VI}) (?:sang|qua|cho|di|lai)\b"),
    (COMPOUND, _S, r"\b(?:ket|mac ket|bi giu|bi nhot) (?:o |trong |tai )?(?:khu|dac khu|to hop|cong ty|toa nha)\b"),
    (FORCED, _S, rf"\b(?:bi )?ep (?:(?:{_FP_VI}) )?(?:di |lam )?lua (?:dao|nguoi)\b"),
    (FORCED, _W, rf"\b(?:ep|bat|buoc) (?:(?:{_FP_VI}) )?(?:lam |di )?(?:lua|lua dao|scam|chat lua)\b|\bbi ep\b"),
    (PHONE, _W, r"\b(?:lay|thu|giu|tich thu) (?:het )?(?:dien thoai|dt|dthoai)\b|\b(?:len|len lut) (?:muon|nhan|dung)\b|\bmuon (?:may|dien thoai|dt) (?:cua )?\w+ (?:nhan|de nhan)"),
    (GUARDED, _W, r"\b(?:cam|co) sung\b|\bcanh gac\b|\bbao ve (?:canh|gac|danh)\b|\bsong sat\b|\bnguoi canh\b"),
    (FEAR, _A, r"\bso (?:lam|qua|that|chet)\b|\bhoang qua\b|\blen (?:muon|nhan)\b|\bmuon may\b"),
    # ---------------- English (folded)
    (PLEA, _A, r"\bhelp (?:me|us)\b(?! (?:find|get a|choose|pick|with (?:my|the) (?:homework|cv|resume)))|\b(?:please|pls|plz) help\b"
               r"|\bsave (?:me|us)\b|\brescue (?:me|us)\b|\bhelp ?!+|\bcall (?:the )?police for (?:me|us)\b|\bneed help\b"),
    (PASSPORT, _S, r"\b(?:took|take|taken|confiscated?|kept|keeps?|keeping|holding|holds?|seized?|stole|have|has) (?:away )?(?:my|our|all our|all my)"
                   r" (?:\w+ (?:and|&) )?(?:passports?|documents|papers|ids?)\b"
                   r"|\b(?:my|our) (?:passports?|documents|papers)\b.{0,20}\b(?:taken|confiscated|seized|kept|gone|held)\b"),
    (HELD, _S, r"\b(?:i'?m|im|i am|we'?re|were|we are|i was|we were|got|being|been|still)\b.{0,12}\b(?:held|kept|locked|trapped|detained|imprisoned|kidnapped|captive|confined)\b(?! out)"
               r"|\blocked up\b|\b(?:won'?t|wont|will not|don'?t|dont) (?:release|free) (?:me|us)\b"
               r"|\block(?:ed|ing|s)? (?:me|us) (?:in|up|inside)\b|\bheld against (?:my|our) will\b|\bkeep (?:me|us) (?:locked|here|inside)\b"),
    (SOLD, _S, r"\btrafficked\b|\b(?:sold|resold) (?:me|us)\b|\b(?:i|we) (?:was|were|got|been|get|am|are) (?:sold|resold)\b|\bsell (?:me|us)\b"),
    (BEATEN, _S, r"\b(?:beat|beats|beating|hit|hits|hitting|hurt|hurts|torture[sd]?|shock(?:ed|s)?|taser(?:ed)?|electrocute[sd]?|kick(?:ed|s)?|punch(?:ed|es)?) (?:me|us)\b"
                 r"|\b(?:i|we|got|get|getting) (?:was |were |got |get |am |are |been )?(?:beaten|hit|tortured|shocked|electrocuted|tasered)\b|\belectric (?:stick|baton|shock)s?\b"),
    (THREATENED, _S, r"\bthreaten(?:ed|s|ing)? (?:to )?(?:me|us|my family|kill|hurt|sell|beat)|\b(?:will|gonna|going to) kill (?:me|us)\b|\bkill (?:me|us) if\b"),
    (RANSOM, _S, r"\bransom\b|\bbefore they (?:let|release) (?:me|us)\b|\b(?:pay|owe|debt)\b.{0,40}\b(?:before|until|or) (?:they |i |we )?(?:let|can|release|go|sell)\b"),
    (RANSOM, _W, r"\b(?:i|we) owe\b|\b(?:i|we) (?:have|got) (?:a )?debt\b|\bpay back\b"),
    (CANT_LEAVE, _W, r"\b(?:can'?t|cannot|not allowed to|won'?t let (?:me|us)|don'?t let (?:me|us)|doesn'?t let (?:me|us)) (?:leave|go|get out|escape|quit|run)\b"
                     r"|\bhow (?:do|can) (?:i|we) get out\b|\bescape\b|\brun away\b|\bget out of here\b"),
    (COMPOUND, _S, r"\b(?:in|to|inside) (?:a|the|this) (?:scam|fraud) (?:compound|cent(?:er|re)|park|company)\b"),
    (COMPOUND, _W, r"\bcompound\b"),
    (FORCED, _S, r"\bforc(?:e|es|ed|ing) (?:me |us )?to (?:do )?(?:romance |crypto |online )?scams?\b"),
    (FORCED, _W, r"\bforc(?:e|es|ed|ing) (?:me|us) to\b|\bmake (?:me|us) scam\b"),
    (PHONE, _W, r"\b(?:took|take|taken|confiscated?|have|has) (?:away )?(?:my|our) phones?\b|\b(?:using|borrowed|on) (?:a |my )?(?:friends?'?s?|someone'?s?|another) phone\b|\bin secret\b|\bsecretly\b"),
    (GUARDED, _W, r"\bguards?\b|\barmed\b|\bguns?\b|\bbars\b"),
    (FEAR, _A, r"\b(?:scared|afraid|terrified)\b|\bi'?m not ok\b|\bim not ok\b"),
]

_KO_RULES: list[tuple[str, float, str]] = [
    (PLEA, _A, r"살려\s*주세요|살려\s*줘|구해\s*주세요|구해\s*줘|도와\s*주세요|도와\s*줘|제발|신고\s*(?:좀\s*)?해\s*주세요|경찰에\s*연락"),
    (PASSPORT, _S, r"여권.{0,15}?(?:뺏|빼앗|뺐|가져갔|가져가|압수|회수|안\s*돌려|안\s*줘|못\s*받|돌려\s*안)"),
    (HELD, _S, r"감금|갇혀|갇혔|가둬|가뒀|가두고|잡혀\s*있|붙잡혀|억류|문\s*(?:을\s*)?잠가|문\s*잠겨|납치"),
    (CANT_LEAVE, _W, r"못\s*나가|나갈\s*수\s*(?:가\s*)?없|못\s*나와|탈출\s*(?:을\s*)?(?:못|할\s*수\s*없)|도망\s*(?:을\s*)?(?:못|갈\s*수\s*없)|도망치|안\s*보내\s*줘|보내\s*주지\s*않"
                     r"|집에\s*(?:못\s*가|가고\s*싶)|귀국\s*(?:을\s*)?못|못\s*돌아가|풀어\s*(?:주지|안)"),
    (BEATEN, _S, r"때려|때렸|때림|때린|맞았어|맞고\s*있|맞아서\s*(?:아파|다쳤)|폭행|구타|전기\s*충격|전기\s*고문|고문"),
    (THREATENED, _S, r"협박|죽인대|죽이겠|죽일\s*거|해친대|해치겠|팔아\s*버린대|팔아\s*버린다|장기\s*(?:를\s*)?판"),
    (SOLD, _S, r"팔려|나를\s*팔|저를\s*팔|다른\s*(?:회사|단지|곳)에\s*(?:넘|팔)"),
    (RANSOM, _S, r"몸값|풀어\s*준대|풀어\s*준다|보내\s*준대|보내\s*준다고|나가려면.{0,20}(?:내래|내야)"),
    (RANSOM, _W, r"위약금|빚\s*(?:을\s*)?갚|빚이래"),
    (FORCED, _S, r"강제로.{0,10}(?:사기|스캠)"),
    (FORCED, _W, r"사기\s*(?:를\s*)?시키|사기\s*(?:를\s*)?시켜|강제로|안\s*하면"),
    (PHONE, _W, r"(?:폰|핸드폰|휴대폰|전화기?).{0,8}(?:뺏|빼앗|가져갔|압수)|몰래\s*(?:연락|문자|보내)"),
    (GUARDED, _W, r"감시|가드|경비|총\s*(?:을\s*)?들고|지켜요"),
    (COMPOUND, _W, r"단지|범죄\s*단지|사기\s*단지"),
    (FEAR, _A, r"무서워|무섭|겁나|어떡해|어떻게\s*해요"),
]

_NOSPACE_RULES: list[tuple[str, float, str]] = [
    # ---------------- Khmer (spaces removed; ឱ្យ, ឲ and អោយ read as ឲ្យ)
    (PLEA, _A, r"ជួយ(?:ខ្ញុំ|ផង|ប្អូន|កូន|យើង|បង)|(?:^|ជួយ)សង្គ្រោះ(?:ខ្ញុំ|ផង|ប្អូន|កូន|យើង)|ប្រាប់ប៉ូលិសផង"),
    (PASSPORT, _S, r"(?:យក|ដកហូត|រឹបអូស|ហូត|កាន់|រក្សាទុក|មិនឲ្យ|មិនប្រគល់|មិនឲ្យវិញ).{0,16}(?:លិខិតឆ្លងដែន|ប៉ាស្ព័រ|ប៉ាស្ព|passport)"
                   r"|(?:លិខិតឆ្លងដែន|ប៉ាស្ព័រ|passport).{0,10}(?:ត្រូវគេយក|គេយក|គេដកហូត|ត្រូវគេដកហូត|គេរឹបអូស)"),
    (HELD, _S, r"(?:ត្រូវគេ|គេ|ពួកវា|វា)(?:ឃុំ|បង្ខាំង|ខ្ទប់|ចាប់)|ឃុំខ្លួន|ឃុំខ្ញុំ|ឃុំយើង|ឃុំទុក|បង្ខាំង|ចាក់សោ"),
    (CANT_LEAVE, _W, r"ចេញមិន(?:បាន|រួច)|មិនឲ្យ(?:ចេញ|ទៅ|ត្រឡប់|មក|ឈប់)|រត់មិនរួច|រត់មិនបាន|ទៅ(?:ផ្ទះ)?មិនបាន|មិនអាច(?:ចេញ|ត្រឡប់|រត់|ទៅផ្ទះ)|ជាប់នៅ|ចង់ត្រឡប់ទៅផ្ទះ|ចង់ទៅផ្ទះ"),
    (BEATEN, _S, r"(?:ត្រូវគេ|គេ|ពួកវា|វា|ពួកគេ)(?:វាយ|ដំ|ធ្វើបាប|ឆក់)|វាយខ្ញុំ|វាយដំខ្ញុំ|ដំខ្ញុំ|ឆក់ខ្សែភ្លើង|ឆក់អគ្គិសនី"),
    (BEATEN, _W, r"របួស"),
    (THREATENED, _S, r"គំរាម"),
    (SOLD, _S, r"ត្រូវគេលក់|គេលក់(?:ខ្ញុំ|កូន|ប្អូន|យើង)|លក់ខ្ញុំ|លក់កូន|លក់ប្អូន|ជួញដូរខ្ញុំ"),
    (RANSOM, _S, r"លុយលោះ|ប្រាក់លោះ|លោះខ្លួន|(?:ទារ|បង់|សង|ផ្ញើ).{0,30}ទើប(?:នឹង)?(?:គេ)?(?:ឲ្យ|ដោះលែង|លែង)"),
    (RANSOM, _W, r"សងបំណុល|សងលុយ|ជំពាក់"),
    (FORCED, _S, r"បង្ខំ.{0,10}បោកប្រាស់"),
    (FORCED, _W, r"បង្ខំ|បោកឲ្យមក|ឲ្យធ្វើការបោកប្រាស់"),
    (PHONE, _W, r"(?:យក|ដកហូត|រឹបអូស)(?:ទូរស័ព្ទ|ទូរសព្ទ|ទូរស័ព្ទដៃ)|លួចខ្ចីទូរស័ព្ទ|លួចផ្ញើ"),
    (GUARDED, _W, r"អ្នកយាម|យាម|កាំភ្លើង"),
    (FEAR, _A, r"ខ្លាច"),
    # ---------------- Thai
    (PLEA, _A, r"ช่วยด้วย|ช่วย(?:หนู|ผม|ฉัน|เรา)ด้วย|ช่วยที"),
    (PASSPORT, _S, r"(?:ยึด|เอา|ริบ).{0,6}(?:พาสปอร์ต|หนังสือเดินทาง)"),
    (HELD, _S, r"ถูกขัง|โดนขัง|ถูกกักขัง|กักขัง|ขังไว้|ถูกจับตัว"),
    (CANT_LEAVE, _W, r"ออกไปไม่ได้|ไม่ให้ออก|ไม่ให้กลับ|หนีไม่ได้|กลับบ้านไม่ได้"),
    (BEATEN, _S, r"โดนตี|ถูกตี|ถูกทำร้าย|ทุบตี|โดนซ้อม|ถูกซ้อม|ช็อตไฟฟ้า|ช็อตไฟ"),
    (RANSOM, _S, r"ค่าไถ่"),
    (SOLD, _S, r"ถูกขาย|โดนขาย"),
    (THREATENED, _S, r"ขู่ว่าจะ|ขู่ฆ่า"),
    # ---------------- Chinese
    (PLEA, _A, r"救命|救救我|帮帮我|幫幫我|求救"),
    (PASSPORT, _S, r"(?:收|扣|没收|沒收|拿走|抢|搶).{0,3}(?:护照|護照)|(?:护照|護照).{0,4}(?:被收|被扣|被没收|被沒收|被拿)"),
    (HELD, _S, r"被关|被關|关起来|關起來|囚禁|软禁|軟禁|拘禁|被困"),
    (CANT_LEAVE, _W, r"出不去|不让我走|不讓我走|不让我们走|不让回|不讓回|逃不出|走不了"),
    (BEATEN, _S, r"打我|被打|毒打|电击|電擊"),
    (RANSOM, _S, r"赎金|贖金|赎身|贖身|交钱才放|付钱才放"),
    (SOLD, _S, r"被卖|被賣|卖到|把我卖"),
    (THREATENED, _S, r"威胁|威脅"),
]

# Not the writer's present situation: news, warnings, reports, fiction; a job ad; a joke.
_GUARDS = [
    # news / warnings / NGO reports / fiction
    r"\bnan nhan\b|\btheo (?:bao|bao cao|cong an|tin)\b|\bcanh bao\b|\bbao tuoi tre\b|\b(?:bao|tin) (?:moi|nong)\b|\bthu doan\b|\bphim\b|\btruyen\b|\bnhan vat\b"
    r"|\bvictims?\b|\bsurvivors?\b|\bpolice said\b|\breported\b|\breport:|\baccording to\b|\bnews\b|\bngo\b|\barticle\b|\bmovie\b|\bfilm\b|\bseries\b|\bepisode\b|\bnovel\b",
    r"피해자|경우가\s*많|뉴스|기사|보도|단독|속보|증언|외교부\s*:|영화|드라마|웹툰|소설|주인공",
    r"ព័ត៌មាន|ជនរងគ្រោះ|ព្រមាន|តួឯក|រឿងភាគ|រឿងនេះ|ភាពយន្ត|និទាន",
    r"ข่าว|เหยื่อ|新闻|新聞|报道|報道|受害者|电影|電影",
    # job ads
    r"\btuyen\b|\bluong \d|\bbao an o\b|\bhiring\b|\bsalary\b|\$\d+ ?/ ?mo\b|\bper month\b|\bfree housing\b|\bapply now\b",
    r"모집|고수익|월\s*\d+\s*(?:만|~)|숙소\s*제공|채용|급구",
    r"ជ្រើសរើស|ប្រាក់ខែ",
    # jokes
    r"\bgame\b|게임|롤\s|\blol\b|\blmao\b|\bhaha+\b|\bk{3,}\b|\bjk\b|ㅋㅋ|ㅎㅎ|😂|🤣",
]

# A question about how things are ("có phải bị giữ hộ chiếu ko?", "is that normal?", "...មែនទេ?").
_QUESTION_RE = re.compile(r"\?\s*$|\bco phai\b|\bco (?:bi )?\w+ (?:\w+ )?ko\b|\bis (?:that|it|this) normal\b|\bdo (?:they|companies)\b"
                          r"|មែនទេ|ឬទេ|나요\s*\??\s*$|정상인가요", re.I)

_PLACES: list[tuple[str, str]] = [
    ("KK Park", r"\bkk ?park\b|kk ?파크|kk ?园区"),
    ("Shwe Kokko", r"\bshwe ?kokko\b|쉐코코|亚太新城"),
    ("Myawaddy", r"\bmyawadd?y\b|\bmyawadi\b|먀와디|미야와디|មៀវ៉ាឌី|เมียวดี|妙瓦底"),
    ("Golden Triangle", r"\btam giac vang\b|\bgolden triangle\b|골든\s*트라이앵글|황금\s*삼각|ត្រីកោណមាស|สามเหลี่ยมทองคำ|金三角"),
    ("Sihanoukville", r"\bsihanouk(?:ville)?\b|\bxi ?ha ?nuc\b|\bshv\b|시아누크빌|시하누크빌|សីហនុ|สีหนุ|西港"),
    ("Phnom Penh", r"\bphnom ?penh\b|\bnam vang\b|프놈펜|ភ្នំពេញ|พนมเปญ|金边"),
    ("Bavet", r"\bba ?vet\b|바벳|បាវិត|巴域"),
    ("Poipet", r"\bpoi ?pet\b|포이펫|ប៉ោយប៉ែត|ปอยเปต|波贝"),
    ("Bokor", r"\bbokor\b|보코|បូកគោ"),
    ("Cambodia", r"\bcampuchia\b|\bcambodia\b|\bben cam\b|\bqua cam\b|\bsang cam\b|캄보디아|កម្ពុជា|กัมพูชา|柬埔寨"),
    ("Myanmar", r"\bmyanmar\b|\bburma\b|\bmien dien\b|미얀마|ភូមា|មីយ៉ាន់ម៉ា|พม่า|缅甸"),
    ("Laos", r"\blaos\b|\blao\b(?! dong)|라오스|ឡាវ|ลาว|老挝"),
    ("Thailand", r"\bthai ?lan\b|\bthailand\b|태국|ថៃ|泰国"),
]

_FLAGS = re.IGNORECASE
_COMPILED = [(k, w, re.compile(p, _FLAGS)) for k, w, p in _LATIN_RULES]
_COMPILED_KO = [(k, w, re.compile(p)) for k, w, p in _KO_RULES]
_COMPILED_NS = [(k, w, re.compile(p, _FLAGS)) for k, w, p in _NOSPACE_RULES]
_GUARD_RE = re.compile("|".join(f"(?:{g})" for g in _GUARDS), _FLAGS)
_PLACE_RE = [(name, re.compile(p, _FLAGS)) for name, p in _PLACES]

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_KHMER = re.compile(r"[\u1780-\u17ff]")
_THAI = re.compile(r"[\u0e01-\u0e5b]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_VI_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300-\u0323]|[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
_VI_WORDS = re.compile(r"\b(?:em|toi|minh|con|khong|ko|voi|bi|ho|chieu|cuu|giup|duoc|dc|roi|nha|oi|a|nhung|cho|ve|lam|nguoi|mot|tien)\b")
_EN_WORDS = re.compile(r"\b(?:i|im|i'm|me|my|they|the|and|to|is|are|we|us|help|please|pls|not|can't|cant|you|in|of|at)\b")
_SPACE = re.compile(r"\s+")


def _khmer_view(text: str) -> str:
    text = text.replace("ឱ្យ", "ឲ្យ").replace("អោយ", "ឲ្យ")
    text = re.sub("ឲ(?!្យ)", "ឲ្យ", text)
    return _SPACE.sub("", text)


def _language(text: str, folded: str) -> str:
    counts = {"ko": len(_HANGUL.findall(text)), "km": len(_KHMER.findall(text)), "th": len(_THAI.findall(text)),
              "zh": len(_HAN.findall(text))}
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    if n >= 2:
        return lang
    if _VI_LETTERS.search(text):
        return "vi"
    return "vi" if len(_VI_WORDS.findall(folded)) > len(_EN_WORDS.findall(folded)) else "en"


def detect_distress(text: str) -> Distress | None:
    """A `Distress` when `text` reads as a person writing about being held, beaten, robbed of their passport, sold or
    ransomed NOW (first person, present situation); None for everything else, job ads and news included."""
    if not text or not text.strip():
        return None
    norm = normalize(text)
    folded = fold(norm)
    nospace = _khmer_view(norm)
    hits: dict[str, float] = {}
    evidence: list[str] = []

    def scan(rules, view, source):
        for kind, weight, rx in rules:
            m = rx.search(view)
            if m:
                hits[kind] = max(hits.get(kind, 0.0), weight)
                if len(evidence) < 6:
                    s, e = m.span()
                    evidence.append(source[s:e] if source is not None else m.group(0))

    scan(_COMPILED, folded, norm)           # fold keeps length: the span points at the written words
    if _HANGUL.search(norm):
        scan(_COMPILED_KO, norm, norm)
    if _KHMER.search(norm) or _THAI.search(norm) or _HAN.search(norm):
        scan(_COMPILED_NS, nospace, None)

    situation = {k: w for k, w in hits.items() if k in SITUATION_KINDS}
    strong = [k for k, w in situation.items() if w >= _S]
    weak = [k for k, w in situation.items() if w < _S]
    places = tuple(dict.fromkeys(name for name, rx in _PLACE_RE if rx.search(folded) or rx.search(nospace)))
    plea, fear = PLEA in hits, FEAR in hits

    fires = bool(strong) or (bool(weak) and (len(weak) >= 2 or plea or fear or bool(places)))
    if not fires:
        return None
    if not plea and _QUESTION_RE.search(folded) and len(situation) < 2:
        return None                         # "do they keep your passport there?": a question, not a situation
    if _GUARD_RE.search(folded) or _GUARD_RE.search(norm):
        # news, an ad or a joke: only a first-person plea with a strong cue gets through
        if not (plea and strong):
            return None
    score = sum(situation.values()) + (_A if plea else 0) + (_A if fear else 0) + (_A if places else 0)
    return Distress(lang=_language(norm, folded), cues=tuple(sorted(hits)), places=places,
                    evidence=tuple(evidence), score=score)
