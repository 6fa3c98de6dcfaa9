import pytest

from classifier.langid import detect


@pytest.mark.parametrize("text,lang", [
    ("ការងារស្រួល ប្រាក់ខែខ្ពស់ នៅប្រទេសកម្ពុជា", "km"),
    ("쉬운 일 고수익 캄보디아 해외취업 Telegram @abc", "ko"),
    ("Việc nhẹ lương cao, bao ăn ở, làm việc tại Campuchia", "vi"),
    ("Tuyển gấp job online, salary 2000 USD, inbox ngay", "vi"),  # mixed vi/en is vi
    ("viec nhe luong cao, ib zalo de biet them chi tiet", "vi"),  # no diacritics
    ("Hiring an accountant in Phnom Penh with two years of experience", "en"),
    ("高薪招聘 柬埔寨 客服 包吃住", "zh"),
    ("งานง่าย รายได้ดี ทำงานที่กัมพูชา", "th"),
])
def test_languages(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize("text", ["", "😀😀😀", "https://t.me/abc", "12345 678", "@handle"])
def test_nothing_to_judge(text):
    assert detect(text) == "und"
