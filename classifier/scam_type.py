"""The kind of lure a verdict describes, and the reader's situation: pure functions over a Verdict (read-only).

Scam types (issue 17, item 3), decided from the verdict's signals and entities, plus a few words of the text
that no signal covers (cash couriers and account lending):

- ``compound``: recruitment abroad into a scam compound (hotspot places, travel paid, risky roles abroad,
  illegal crossing, free board abroad, or high pay for easy work abroad);
- ``task``: a task or order scam (likes, reviews, orders, deposits to "unlock" pay);
- ``fee``: a fee or deposit taken for a job;
- ``courier``: a cash-courier or account-lending "job" (money mule);
- ``other``: any other job lure, or none of the above.

Situations: ``already_paid`` (the reader says they already transferred money), ``already_there`` (the reader
says they are already at the place abroad), else ``pre_departure``.
"""
from __future__ import annotations

import re

from classifier.normalize import fold
from classifier.types import Verdict

SCAM_TYPES = ("compound", "task", "fee", "courier", "other")
SITUATIONS = ("pre_departure", "already_there", "already_paid")

# Flags that, on their own, describe going abroad into a compound.
_ABROAD = frozenset({"HOTSPOT_DESTINATION", "JOB_ABROAD", "TRAVEL_PAID", "RISKY_ROLE_ABROAD", "FREE_BOARD_ABROAD",
                     "ILLEGAL_CROSSING"})
_TASK = frozenset({"TASK_COMMISSION", "DEPOSIT_TO_UNLOCK"})
_FEE = frozenset({"UPFRONT_FEE"})
HOME_BY_LANG = {"vi": "VN", "ko": "KR", "km": "KH", "th": "TH", "zh": "CN"}


def _rx(*parts: str) -> re.Pattern:
    return re.compile("|".join(parts))


# Written on folded text (lower case, Latin accents stripped): "chuyển" and "chuyen" match alike.
_COURIER = _rx(
    r"(?<![a-z])(?:cho thue|thue|ban|mua|muon|mo ho)\s+(?:tai khoan|tk|the)\s*(?:ngan hang|atm)?(?![a-z])",
    r"(?<![a-z])(?:nhan|giao|van chuyen|thu ho|chuyen)\s+tien mat(?![a-z])",
    r"(?<![a-z])(?:money mule|cash pick ?up|collect(?:ing)? cash|deliver(?:ing)? cash|cash courier|"
    r"(?:lend|rent|sell)(?:ing)? (?:your|a|my)? ?(?:bank )?account|receive (?:and|&) transfer (?:funds|money))(?![a-z])",
    r"통장\s*(?:대여|임대|양도|매입|판매|삽니다|빌려)|체크\s*카드\s*(?:대여|양도|삽니다)|현금\s*(?:수거|전달|인출)|"
    r"수거책|전달책|인출책|계좌\s*(?:대여|임대|빌려)|거주\s*지역\s*(?:담당|업무)|총책|이체\s*알바|외근직|채권\s*추심|수금\s*(?:직원|알바)",
    r"ជួលគណនី|លក់គណនី|ខ្ចីគណនី|ដឹកលុយ|ទារបំណុល|តំបន់ដែលខ្លួនរស់នៅ|ផ្ទេរលុយ(?=\\s*$)|បញ្ជូនលុយសុទ្ធ|ប្រមូលលុយ",
    r"收款|跑分|出租(?:银行卡|账户)|卖卡|取现|送现金",
)
# Words of the ad that name going abroad or the compound's bait (board and lodging, "Koreans only", a passport...).
_ABROAD_WORDS = _rx(
    r"(?<![a-z])(?:bao an o|bao an|bao o|ve may bay|may bay va cho o|nuoc ngoai|campuchia|sihanouk\w*|myanmar|tai cam|"
    r"abroad|overseas|free accommodation|in cambodia|in myanmar|in laos|online gambling|casino)(?![a-z])",
    r"숙식|한국인만|현지\s*(?:도착|근무|생활)|해외\s*(?:취업|근무|고수입|고수익|알바)|한국인\s*(?:전용|만)|여권|항공권|캄보디아|미얀마|라오스|"
    r"감금|채터",
    r"ក្រៅប្រទេស|លិខិតឆ្លងដែន|កាស៊ីណូ|ល្បែងភ្នាល់|យន្តហោះ|កន្លែងស្នាក់នៅ|តែជនជាតិកូរ៉េ|ស្នាក់នៅ(?:ដោយ)?ឥតគិតថ្លៃ|ហូបចុក|ឡាវ|មីយ៉ាន់ម៉ា",
    r"柬埔寨|缅甸|包机票|出境|ต่างประเทศ|กัมพูชา|พม่า",
)
# Words of a task or order scam: paid small sums per task, from home, on a phone.
_TASK_WORDS = _rx(
    r"(?<![a-z])(?:tai nha|ban thoi gian|tra trong ngay|tra hang ngay|don hang|nhiem vu|tha tim|dat hang|"
    r"from home|from your phone|part[- ]time|per task|like videos|order)(?![a-z])",
    r"부업|재택|집에서|폰\s*(?:하나|으로)|핸드폰|(?:하루|알바)\s*\d+\s*분|리뷰|포스팅|건당|미션|구매\s*대행|배송\s*대행",
    r"ធ្វើការនៅផ្ទះ|ពីផ្ទះ|នៅផ្ទះ|ការងារបន្ថែម|ចំណូលបន្ថែម|ការងារក្រៅម៉ោង|ក្រៅម៉ោង|ទូរស័ព្ទដៃ|កិច្ចការ|ចុចចូលចិត្ត|ចុច\s*like",
    r"刷单|点赞|做任务|兼职|ทำงานที่บ้าน|พาร์ทไทม์|มือถือ|ออนไลน์|ต่อวัน|กดไลค์|กดไลท์|ภารกิจ|ออเดอร์|คำสั่งซื้อ",
)
_PAID = _rx(
    r"(?<![a-z])(?:(?:em|minh|toi|tui|anh|chi|con)\s+)?(?:da|vua|lo)\s+(?:chuyen|nap|gui|dong|dat coc|coc|ck)"
    r"(?:\s+(?:khoan|tien|coc))?(?:\s+\d[\d.,]*\s*(?:k|tr|trieu|nghin|d|vnd)?)?(?:\s+(?:cho|vao|roi))",
    r"(?<![a-z])(?:chuyen|nap|ck|gui)\s+(?:khoan\s+|tien\s+)?(?:\d[\d.,]*\s*(?:k|tr|trieu|nghin|d|vnd)?\s+)?roi(?![a-z])",
    r"(?<![a-z])(?:i|we)\s+(?:have\s+|'ve\s+|already\s+|just\s+)*(?:paid|transferred|deposited|sent (?:them |him |her )?(?:the )?money|topped up)(?![a-z])",
    r"(?<![a-z])i'?ve (?:paid|transferred|deposited)(?![a-z])",
    r"(?:입금|송금|이체|결제)\s*(?:을\s*)?(?:했어요|했는데|했습니다|했어|해버렸|했고|했다|완료했)|돈을?\s*(?:보냈|넣었|줬)",
    r"(?:ខ្ញុំ)?(?:បាន)(?:ផ្ញើលុយ|ផ្ញើប្រាក់|វេរលុយ|វេរប្រាក់|ដាក់ប្រាក់|ដាក់លុយ|បង់លុយ|បង់ប្រាក់|ផ្ទេរលុយ|ផ្ទេរប្រាក់)",
    r"我(?:已经)?(?:转账|付款|充值|转了|付了)",
)
_THERE = _rx(
    r"(?<![a-z])(?:em|minh|toi|tui|con|chung em|chung toi)\s+(?:hien\s+)?(?:dang|da)\s+(?:o|sang|qua|den|toi)\s+"
    r"(?:ben\s+)?(?:campuchia|cambodia|myanmar|lao|thai lan|sihanoukville|bavet|poipet|myawaddy|day)(?![a-z])",
    r"(?<![a-z])i(?:'m| am)\s+(?:now\s+|already\s+|currently\s+)*(?:in|at)\s+(?:cambodia|myanmar|laos|thailand|"
    r"sihanoukville|bavet|poipet|myawaddy|the compound)(?![a-z])",
    r"(?:지금|현재|이미)\s*(?:캄보디아|미얀마|라오스|태국|프놈펜|시아누크빌|바벳|포이펫|현지)\S{0,3}\s*(?:있어요|있는데|있습니다|와\s*있|왔어요|도착)",
    r"ខ្ញុំ(?:កំពុង)?(?:នៅ|បានមកដល់)(?:ប្រទេស)?(?:ថៃ|មីយ៉ាន់ម៉ា|ឡាវ|វៀតណាម|ម៉ាឡេស៊ី)",
)


def _codes(verdict: Verdict) -> set[str]:
    return {s.code for s in verdict.signals}


def _abroad(verdict: Verdict) -> bool:
    home = HOME_BY_LANG.get(verdict.lang)
    return any(p.country != home for p in verdict.entities.places)


def scam_type(verdict: Verdict, text: str | None = None) -> str:
    """One of SCAM_TYPES for a verdict (whatever its level: the composer shows it only for a lure).

    `text` is the ad (the verdict's normalized text by default): only the courier words are read from it."""
    codes = _codes(verdict)
    folded = fold(text if text is not None else verdict.normalized)
    if _COURIER.search(folded):
        return "courier"
    if codes & _ABROAD:
        return "compound"
    if codes & _TASK:
        return "task"
    if _abroad(verdict) and not codes & _FEE and (codes & {"HIGH_PAY_EASY_WORK", "PAY_ABOVE_NORM"}):
        return "compound"
    if _ABROAD_WORDS.search(folded) and not codes & _FEE:
        return "compound"
    if _TASK_WORDS.search(folded):
        return "task"
    if codes & _FEE:
        return "fee"
    return "other"


def situation(text: str) -> str:
    """``already_paid`` when the writer says they already paid, ``already_there`` when they say they are already
    at the place abroad, else ``pre_departure``. Money comes first: a payment can still be stopped."""
    folded = fold(text or "")
    if _PAID.search(folded):
        return "already_paid"
    if _THERE.search(folded):
        return "already_there"
    return "pre_departure"


def only_model(verdict: Verdict) -> bool:
    """True when nothing but the model's similarity speaks for a lure: no rule flag, no confirmed lure matched."""
    codes = _codes(verdict)
    return not codes or codes <= {"MODEL_SIMILAR"}
