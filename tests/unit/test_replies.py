"""Every reply is in ONE language: the UI language, except the quotes from the ad itself."""
import html
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot.answer.i18n import catalog
from bot.answer.replies import TELEGRAM_LIMIT, compose, split_messages, to_plain
from bot.checking.service import check_offer
from classifier import check
from tests.conftest import LEGIT, LURES

UI = ("vi", "ko", "km", "en")
BRANDS = {"LureCheck", "Telegram", "Zalo", "WhatsApp", "KakaoTalk", "LINE", "WeChat", "Facebook", "Viber", "Messenger",
          "TikTok", "Signal", "Preah", "Sihanouk", "Chab", "Dai", "Volker", "Türk"}  # proper names
ENGLISH_WORDS = {"the", "and", "your", "you", "this", "offer", "risk", "scam", "source", "job", "do", "not", "with",
                 "hotline", "police", "warning", "what", "now", "found", "flags", "only", "check", "employer", "free"}
HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
KHMER = re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")


def strip_allowed(text: str) -> str:
    """Remove what may legitimately be in another script: quotes from the ad, links, hosts, numbers, e-mails."""
    text = re.sub(r"“[^”]*”", " ", text)  # evidence quoted from the ad
    text = re.sub(r"\(https?://[^\s)]+\)|https?://\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)+\S*", " ", text)
    text = re.sub(r"@\w+", " ", text)
    return text


def foreign_parts(text: str, lang: str) -> list[str]:
    text = strip_allowed(text)
    bad = []
    if lang != "ko":
        bad += HANGUL.findall(text)
    if lang != "km":
        bad += KHMER.findall(text)
    bad += HAN.findall(text)
    words = [w for w in LATIN_WORD.findall(text) if w not in BRANDS and not w.isupper()]
    if lang in ("ko", "km"):
        bad += words
    if lang == "vi":
        bad += [w for w in words if w.lower() in ENGLISH_WORDS]
    if lang == "en":
        bad += [w for w in words if re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", w.lower())]
    return bad


AD_SETS = [("lure", LURES), ("legit", LEGIT)]


@pytest.mark.parametrize("ui", UI)
@pytest.mark.parametrize("kind,ads", AD_SETS)
def test_reply_is_in_one_language(ui, kind, ads):
    for ad_lang, ad in ads.items():
        result = check_offer(ad, ui_lang=ui)
        assert result.lang == ui
        for message in result.messages:
            plain = to_plain(message)
            assert not foreign_parts(plain, ui), (ui, ad_lang, foreign_parts(plain, ui))


@pytest.mark.parametrize("ui", UI)
@pytest.mark.parametrize("text", ["", "😀😀", "https://t.me/x", "Hôm nay trời đẹp quá, đi cà phê không?", b"\x00\xff" * 40])
def test_non_offers_get_a_short_reply_in_one_language(ui, text):
    msgs = check_offer(text, ui_lang=ui).messages
    assert len(msgs) == 1 and len(msgs[0]) < 400
    assert not foreign_parts(to_plain(msgs[0]), ui)


def test_lure_reply_has_headline_reasons_evidence_todo_hotlines_and_sources():
    r = check_offer(LURES["vi"], ui_lang="en")
    text = "\n".join(to_plain(m) for m in r.messages)
    assert text.startswith("🚨 HIGH RISK")
    assert "Red flags found:" in text and "“Sihanoukville”" in text
    assert "What to do now:" in text and "Hotlines:" in text
    assert text.count("Source:") >= len(r.advice.hotlines)
    assert "safe" not in text.lower().split("not prove")[0]  # never calls an offer safe


def test_low_risk_never_says_safe():
    r = check_offer(LEGIT["en"], ui_lang="en")
    text = to_plain(r.messages[0])
    assert text.startswith("ℹ️ LOW RISK") and "does not prove" in text


def test_ad_text_is_html_escaped():
    r = check_offer("Việc nhẹ lương cao <b>bao vé</b> <script>alert(1)</script> đi Campuchia", ui_lang="vi")
    joined = "".join(r.messages)
    assert "<script>" not in joined and "&lt;script&gt;" in joined or "script" not in joined
    assert "<b>bao vé</b>" not in joined


def test_messages_fit_telegram_limit():
    blocks = ["x" * 3000, "y" * 3000, "z" * 5000]
    parts = split_messages(blocks)
    assert all(len(p) <= TELEGRAM_LIMIT for p in parts)
    assert "".join(parts).replace("\n", "") == "x" * 3000 + "y" * 3000 + "z" * 5000


def test_compose_without_advice_still_works():
    v = check(LURES["en"])
    msgs = compose(v, None, "km")
    assert msgs and not foreign_parts(to_plain(msgs[0]), "km")


def test_catalogs_translate_every_ui_string():
    from bot.answer.i18n import LOCALE_DIR

    msgids = [line for line in (LOCALE_DIR / "STRINGS.md").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    for lang in ("vi", "ko", "km"):
        cat = catalog(lang)
        for m in msgids:
            assert cat.get(m), (lang, m)
            assert re.findall(r"{\w+}", cat[m]) == re.findall(r"{\w+}", m), (lang, m)


# ---------------------------------------------------------------------------------------------- splitting (issue 13.16)

_ENTITY = re.compile(r"&(?:#\d+|[A-Za-z]+);")
_TAG_IN = re.compile(r"<(/?)([a-z]+)[^<>]*>")


def _balanced(message: str) -> bool:
    stack = []
    for m in _TAG_IN.finditer(message):
        if m.group(1):
            if not stack or stack.pop() != m.group(2):
                return False
        else:
            stack.append(m.group(2))
    return not stack


def _deepest_tags(html_text: str) -> int:
    """The most characters of opening and closing tags around any one character (what a cut must repeat)."""
    stack, most = [], 0
    for m in _TAG_IN.finditer(html_text):
        if m.group(1):
            stack.pop()
        else:
            stack.append(len(m.group(0)) + len(m.group(2)) + 3)
            most = max(most, sum(stack))
    return most


def _visible(html_text: str) -> str:
    return "".join(html.unescape(_TAG_IN.sub("", html_text)).split())


_chars = st.sampled_from(["a", "b", " ", "\n", "é", "ខ", "&quot;", "&amp;", "&lt;", "&#39;", "&gt;"])
_html_text = st.recursive(
    st.lists(_chars, min_size=1, max_size=40).map("".join),
    lambda inner: st.one_of(
        st.tuples(st.sampled_from(["b", "i", "u", "s", "code"]), inner).map(lambda t: f"<{t[0]}>{t[1]}</{t[0]}>"),
        inner.map(lambda t: f'<a href="https://e.example/?q=1&amp;r=2">{t}</a>'),
        st.lists(inner, min_size=1, max_size=6).map("".join),
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_html_text, min_size=1, max_size=4), st.integers(min_value=80, max_value=400))
def test_split_never_cuts_an_entity_or_a_tag_and_keeps_tags_balanced(blocks, limit):
    assume(all(2 * _deepest_tags(b) + 10 < limit for b in blocks))  # room for the tags a cut repeats
    parts = split_messages(blocks, limit)
    for part in parts:
        assert len(part) <= limit
        assert _balanced(part), part
        bare = _ENTITY.sub("", _TAG_IN.sub("", part))
        assert "&" not in bare and "<" not in bare and ">" not in bare, part  # no half entity, no half tag
    assert _visible("".join(parts)) == _visible("".join(blocks))  # nothing lost, nothing added


def test_a_reported_ad_of_quotes_is_cut_between_entities():
    block = "<b>Reported ad:</b>\n<i>" + "&quot;" * 1500 + "</i>"
    parts = split_messages([block])
    assert all(len(p) <= TELEGRAM_LIMIT for p in parts)
    for part in parts:
        assert _balanced(part) and "&" not in _ENTITY.sub("", part)
    assert "".join(html.unescape(_TAG_IN.sub("", p)) for p in parts).count('"') == 1500


# ------------------------------------------------------------------- the short answer first (issue 17, items 2-4 and 7)

from bot.answer.replies import SHORT_LINES, SHORT_MAX, visible_part  # noqa: E402

TASK = {
    "vi": "Tuyển CTV thả tim video TikTok, Shopee 300k-500k/ngày, nạp 200k để kích hoạt tài khoản. Ib Zalo 0901234567",
    "ko": "좋아요 누르고 하루 50만원! 첫 미션은 10만원 입금 후 진행. 오픈채팅 문의",
    "km": "ចុច Like វីដេអូ TikTok រកបាន ២០០,០០០ រៀល ក្នុងមួយថ្ងៃ ត្រូវដាក់ប្រាក់ ២០ ដុល្លារមុន ទាក់ទង Telegram @abc",
    "en": "Earn $300 a day liking TikTok videos from your phone. Top up $20 first to unlock your commission. Telegram @task",
}
PAID = {
    "vi": "Em đã chuyển 500k cho họ rồi. Tin: thả tim video TikTok 300k/ngày, nạp tiền làm nhiệm vụ, Zalo 0901234567",
    "ko": "10만원 입금했어요. 재택 부업 좋아요 누르고 하루 50만원, 첫 미션은 10만원 입금 후 진행. 오픈채팅 문의",
    "km": "ខ្ញុំបានផ្ញើលុយ ២០ ដុល្លារហើយ។ ចុច Like វីដេអូ TikTok រកបាន ២០០,០០០ រៀល ត្រូវដាក់ប្រាក់ ២០ ដុល្លារមុន",
    "en": "I paid the $50 already. The ad: like videos from your phone, earn daily, top up $50 first to unlock pay. Telegram @t",
}
CASES = {"compound": LURES, "task": TASK, "paid": PAID, "legit": LEGIT}


@pytest.mark.parametrize("ui", UI)
@pytest.mark.parametrize("case", sorted(CASES))
def test_short_answer_within_limits_with_a_number_and_details_expandable(ui, case):
    r = check_offer(CASES[case][ui], ui_lang=ui)
    first = r.messages[0]
    short = visible_part(first)
    assert len(short) <= SHORT_MAX and len(short.splitlines()) <= SHORT_LINES, (len(short), short)
    assert "<blockquote expandable>" in first  # the details, collapsed
    if r.advice.nationality or r.advice.abroad:  # a number that fits the case, whenever a country is known
        assert r.advice.first and all(h.contact in short for h in r.advice.first)  # one or two numbers, number first
    assert all(f"{h.contact}</b> · " in first for h in r.advice.first)
    assert "http" not in short  # no source link in the first part
    text = "\n".join(to_plain(m) for m in r.messages)
    for h in r.advice.hotlines:  # every contact shown carries its source somewhere in the reply
        assert h.source[0] in text, h.id
    assert not foreign_parts(text, ui), foreign_parts(text, ui)
    assert all(len(m) <= TELEGRAM_LIMIT for m in r.messages)


@pytest.mark.parametrize("ui", UI)
def test_score_and_language_of_the_ad_only_for_ngo(ui):
    from bot.answer.i18n import translator

    _ = translator(ui)
    r = check_offer(LURES[ui], ui_lang=ui)
    score = _("Risk score: {score}/100", score=0).split("0")[0]
    assert score not in "".join(r.messages)
    ngo = "".join(compose(r.verdict, r.advice, ui, ngo=True))
    assert score in ngo.split("<blockquote")[1]  # in the details, never the short part


def test_types_and_situations_change_the_action_and_the_first_number():
    tops = {case: check_offer(CASES[case]["ko"], ui_lang="ko") for case in ("compound", "task", "paid")}
    assert len({r.advice.first[0].id for r in tops.values()} | {tuple(h.id for h in r.advice.first)
                                                                  for r in tops.values()}) >= 3
    assert tops["paid"].advice.situation == "already_paid"
    assert "지급정지" in visible_part(tops["paid"].messages[0])


def _verdict(level, codes, job=True, registry=None):
    from classifier.types import Entities, Signal, Verdict

    sigs = tuple(Signal(c, 0.5, "", (0, 0)) for c in codes)
    return Verdict(level=level, score=0.88, lang="ko", signals=sigs, entities=Entities(), is_job_offer=job,
                   normalized="엄마 나 이번 주말에 못 내려갈 것 같아", extras={"registry": registry} if registry else {})


@pytest.mark.parametrize("ui", UI)
def test_model_similarity_alone_is_unsure_and_asks_for_the_whole_ad(ui):
    msgs = compose(_verdict("high_risk", ["MODEL_SIMILAR"]), None, ui)
    assert len(msgs) == 1 and msgs[0].startswith("❔") and "🚨" not in msgs[0]
    assert not foreign_parts(to_plain(msgs[0]), ui)
    assert compose(_verdict("high_risk", []), None, ui)[0].startswith("❔")
    assert compose(_verdict("high_risk", ["MODEL_SIMILAR", "UPFRONT_FEE"]), None, ui)[0].startswith("🚨")


@pytest.mark.parametrize("ui", UI)
@pytest.mark.parametrize("level", ["high_risk", "suspicious", "low_risk"])
@pytest.mark.parametrize("codes", [["HOTSPOT_DESTINATION"], ["DEPOSIT_TO_UNLOCK"], ["UPFRONT_FEE"], ["URGENCY"], []])
def test_every_level_and_type_reply_is_in_one_language(ui, level, codes):
    from bot.answer import advice as advice_mod
    from bot.answer.content import load_content
    from bot.config import PROJECT_ROOT

    content = load_content(PROJECT_ROOT / "warnings")
    v = _verdict(level, codes)
    for where in ("pre_departure", "already_there", "already_paid"):
        adv = advice_mod.select(content, level, ui, "ko", ["KH"] if "HOTSPOT_DESTINATION" in codes else [],
                                verdict=v, situation=where)
        text = "\n".join(to_plain(m) for m in compose(v, adv, ui))
        assert not foreign_parts(text, ui), (where, foreign_parts(text, ui))
        if ui == "km":  # Khmer writes "៖", never an ASCII colon after Khmer words
            assert not re.search(r"[\u1780-\u17ff]:", re.sub(r"“[^”]*”", "", text)), text


def test_the_console_shows_the_same_two_parts():
    r = check_offer(LURES["en"], ui_lang="en")
    plain = to_plain(r.messages[0])
    short, details = plain.split("\n\n│ ", 1)
    assert short == visible_part(r.messages[0])
    assert details.startswith("Details") and "│ Hotlines:" in plain
