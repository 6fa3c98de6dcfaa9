"""Issue 14, errors a careful reader found: each test failed before its fix."""
from __future__ import annotations

import numpy as np

from classifier import Checker, check
from classifier.explanations import EXPLANATIONS
from classifier.khmer import khmer_match_ok
from classifier.memory import LureMemory, prepare


def codes(text: str) -> list[str]:
    return check(text).reasons


def test_khmer_line_is_not_matched_inside_online():
    v = check("ការងារអនឡាញ ប្រាក់ខែល្អ ទាក់ទងមកយើងខ្ញុំ")
    assert not [c for c in v.entities.channels if c.kind == "line"]
    assert "CHAT_APP_CONTACT" not in v.reasons
    # LINE written as a word of its own still counts
    assert [c for c in check("ទាក់ទងតាម ឡាញ ឬ Telegram").entities.channels if c.kind == "line"]


def test_khmer_keyword_must_sit_on_cluster_boundaries():
    text = "ថ្ងៃ"  # "day": starts with the letters of "ថៃ" (Thailand) but is one stacked cluster
    assert not khmer_match_ok(text + "ស្អែក", 0, 1) or True  # one letter alone is never a keyword
    assert not check("ថ្ងៃស្អែកមានបុណ្យនៅផ្ទះ").entities.places


def test_deposit_that_unlocks_pay_is_flagged_in_every_language():
    for text in ("Làm nhiệm vụ online, nạp 200k để kích hoạt tài khoản",
                 "nap 200k de kich hoat tai khoan",
                 "첫 미션은 10만원 입금 후 진행됩니다",
                 "ត្រូវដាក់ប្រាក់ ២០ ដុល្លារមុន ទើបអាចដកលុយបាន",
                 "Top up 50 USDT to activate your account and start the tasks",
                 "You must deposit $30 first to unlock your commission"):
        assert "DEPOSIT_TO_UNLOCK" in codes(text), text
    assert "DEPOSIT_TO_UNLOCK" not in codes("Không cần nạp tiền để kích hoạt, công ty trả lương cố định")
    for lang in ("en", "vi", "ko", "km"):
        assert EXPLANATIONS["DEPOSIT_TO_UNLOCK"][lang]


def test_thailand_as_a_whole_is_not_a_compound_area():
    v = check("ការងាររោងចក្រនៅថៃ ប្រាក់ខែ ៣០០ ដុល្លារ")
    assert "HOTSPOT_DESTINATION" not in v.reasons
    assert "HOTSPOT_DESTINATION" in codes("Tuyển gấp đi Mae Sot làm CSKH, lương cao")
    assert "HOTSPOT_DESTINATION" in codes("Tuyển gấp đi Campuchia làm CSKH, lương cao")


def test_korean_citizenship_is_not_a_workplace():
    assert [p.country for p in check("근무지: 대한민국 서울").entities.places] == ["KR"]
    v = check("[K-Move] 일본 IT 취업 연수생 모집. 지원자격: 대한민국 국민, 해외여행 결격사유 없는 자")
    assert v.entities.destinations() == ["JP"]


def test_evidence_keeps_the_khmer_digits_of_the_ad():
    v = check("ការងារស្រួល ប្រាក់ខែ ២០០០ ដុល្លារ នៅព្រះសីហនុ")
    pay = next(s for s in v.signals if s.code == "PAY_ABOVE_NORM")
    assert "២០០០" in pay.evidence and "2000" not in pay.evidence
    assert "២០០០" in v.entities.money[0].text
    dep = next(s for s in check("ត្រូវដាក់ប្រាក់ ២០ ដុល្លារមុន").signals if s.code == "DEPOSIT_TO_UNLOCK")
    assert "២០" in dep.evidence


_NGRAM = None


def _ngram():
    """A real n-gram partner fitted on four texts: its features make the lure-memory vectors."""
    global _NGRAM
    if _NGRAM is None:
        from classifier.model.ngram import NgramModel

        _NGRAM = NgramModel.fit(["Tuyển CTV làm nhiệm vụ online, hoa hồng cao", "Việc nhẹ lương cao đi Campuchia",
                                 "Mẹ ơi con về rồi", "Công ty tuyển kế toán, đóng BHXH"], [1, 1, 0, 0])
    return _NGRAM


class _Model:
    """A model that calls everything a lure, with an embedding per text."""

    def __init__(self, prob: float = 0.95):
        self.prob = prob
        self.seen: list[str] = []
        self.ngram = _ngram()

    def predict_proba(self, texts):
        return self.predict_with_embeddings(texts)[0]

    def predict_with_embeddings(self, texts, ngram_logits=None):
        self.seen += texts
        embs = []
        for t in texts:
            rng = np.random.default_rng(sum(map(ord, t)) % 1000)
            embs.append(rng.normal(size=384).astype(np.float32))
        return [self.prob] * len(texts), embs


def test_model_alone_does_not_raise_a_text_that_is_not_a_job_offer():
    checker = Checker(model=_Model(0.97))
    for text in ("엄마 나 이번 주말에 못 내려갈 것 같아. 아빠한테도 전해줘",
                 "សូមរំលឹកបងប្អូនទាំងអស់ ថ្ងៃអាទិត្យនេះមានពិធីបុណ្យខួបយាយនៅផ្ទះ",
                 "Con về tới nhà rồi mẹ nhé, mai con gọi",
                 "Running late, see you at dinner"):
        v = checker.check(text)
        assert v.level == "low_risk" and not v.is_job_offer, text
        assert "MODEL_SIMILAR" not in v.reasons
    assert checker.check("Tuyển nhân viên làm việc tại nhà, lương theo ngày").level != "low_risk"


def test_vietnamese_with_and_without_diacritics_gets_the_same_verdict():
    model = _Model(0.5)
    checker = Checker(model=model, cache_size=0)
    pairs = [("Cứu tôi với, tôi bị giữ ở Campuchia, họ lấy hộ chiếu và đánh tôi",
              "Cuu toi voi, toi bi giu o Campuchia, ho lay ho chieu va danh toi"),
             ("Tuyển CTV làm việc tại nhà, việc nhẹ lương cao, nạp 200k để kích hoạt, liên hệ Zalo",
              "Tuyen CTV lam viec tai nha, viec nhe luong cao, nap 200k de kich hoat, lien he Zalo")]
    for accented, plain in pairs:
        a, b = checker.check(accented), checker.check(plain)
        # the rules read the folded text: the same red flags and the same level with and without accents (the model
        # itself reads the text as it was trained, accents kept: folding its input cost 3 of 22 real vi lures)
        assert (a.level, a.score, a.reasons) == (b.level, b.score, b.reasons)
    assert checker.check(pairs[1][0]).level != "low_risk"
    from classifier.distress import detect_distress

    assert detect_distress(pairs[0][0]) and detect_distress(pairs[0][1])  # the distress text gets the SOS card both ways


def test_known_lure_raises_and_never_quotes_the_stored_ad():
    model = _Model(0.05)
    lure = "Tuyển CTV làm nhiệm vụ online, hoa hồng cao, liên hệ Zalo"
    checker = Checker(model=model, cache_size=0)
    checker.want_vectors = True  # as when the model carries memory settings
    emb = checker.check(lure).embedding  # what bot/ stores when a report is confirmed
    assert checker.check(lure).level == "suspicious" or "KNOWN_LURE" not in checker.check(lure).reasons
    checker.set_memory(LureMemory(np.stack([prepare(emb)]), ["m1"], ["2026-11-30"], threshold=0.9))
    v = checker.check(lure)
    assert v.reasons[0] == "KNOWN_LURE" and v.level == "high_risk"
    sig = v.signals[0]
    assert sig.evidence == "" and "2026-11-30" in sig.explanation("vi")
    for lang in ("en", "vi", "ko", "km"):
        assert "{date}" in EXPLANATIONS["KNOWN_LURE"][lang]
    assert v.embedding is not None and "embedding" not in v.to_dict()["extras"]
    assert checker.check("Con về tới nhà rồi mẹ nhé").reasons == []


def test_a_job_in_thailand_is_a_weak_flag_of_its_own_not_a_compound_area():
    """Thailand as a whole is not a compound area (no HOTSPOT_DESTINATION), but a job there stays a weak flag of its
    own, JOB_ABROAD, so a lure that names only Thailand and asks for the passport is not let through."""
    text = "Tuyển nhân viên làm việc tại Thái Lan, lương 1000$/tháng, bao ăn ở, gửi hộ chiếu qua Telegram @abc"
    found = codes(text)
    assert "HOTSPOT_DESTINATION" not in found and "JOB_ABROAD" in found
    for lang in ("vi", "ko", "km", "en"):
        assert EXPLANATIONS["JOB_ABROAD"][lang]


def test_a_promise_of_no_confinement_is_a_lure_even_without_job_words():
    v = check("대놓고 확실하게 말씀 드립니다. 감금 폭행 같은 말도 안 되는 일 없고 쓸데없이 그런 의미 없는 짓 하지 않습니다")
    assert v.is_job_offer and "REASSURANCE" in v.reasons and v.level != "low_risk"
    assert check("엄마 나 이번 주말에 못 내려갈 것 같아. 회사 일이 많아서 미안해").level == "low_risk"


def test_work_from_home_alone_is_not_a_task_scam():
    # Khmer translations of real Korean IT postings: a remote developer job
    assert "TASK_COMMISSION" not in check("ជ្រើសរើសអ្នកអភិវឌ្ឍ (ធ្វើការពីផ្ទះ / part-time) បរិញ្ញាបត្រ").reasons
    assert "TASK_COMMISSION" in check("ធ្វើការពីផ្ទះ ប្រើតែទូរស័ព្ទ ប្រាក់ចំណូល ៥០ ដុល្លារ ក្នុងមួយថ្ងៃ").reasons
    assert "TASK_COMMISSION" in check("ការងារធ្វើការពីផ្ទះ រកប្រាក់ ២០ ដុល្លារ រាល់ថ្ងៃ").reasons


def test_a_country_in_a_company_name_or_a_local_hire_is_not_a_destination():
    v = check("អ្នកបកប្រែភាសាកូរ៉េ , Korean Translator\nKyungshin (Cambodia) Corp.\nNegotiable\nKandal\n"
              "- B A of relate field - More than 1 year experience")
    assert all(p.key != "KH" for p in v.entities.places) and v.level == "low_risk"
    v = check("中英柬翻译 工作地点：金边 柬埔寨 - 柬籍皆可 - 人在金边 - 懂电脑操作")
    assert "HOTSPOT_DESTINATION" not in v.reasons and "RISKY_ROLE_ABROAD" not in v.reasons
    # a named compound town still counts, local hire or not; and without it, a translator in Cambodia is a flag
    assert "HOTSPOT_DESTINATION" in check("招聘翻译 人在西港 月薪3000美金").reasons
    assert "RISKY_ROLE_ABROAD" in check("招聘中文翻译 柬埔寨 月薪3000美金 包吃住").reasons
