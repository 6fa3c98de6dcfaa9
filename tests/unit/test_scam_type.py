"""The kind of lure and the reader's situation (classifier/scam_type.py), on texts written for these tests."""
import pytest

from classifier import check
from classifier.scam_type import scam_type, situation
from tests.conftest import LURES


@pytest.mark.parametrize("lang", ["vi", "ko", "km", "en"])
def test_compound_lures(lang):
    assert scam_type(check(LURES[lang])) == "compound"


@pytest.mark.parametrize("text,kind", [
    ("Tuyển CTV thả tim video TikTok 300k/ngày, nạp 200k để kích hoạt tài khoản. Zalo 0901234567", "task"),
    ("좋아요 누르고 하루 50만원! 첫 미션은 10만원 입금 후 진행. 오픈채팅 문의", "task"),
    ("Earn $300 a day liking TikTok videos. Top up $20 first to unlock your commission. Telegram @task", "task"),
    ("Easy job high salary, pay a $50 registration fee first. WhatsApp +855 12 345 678", "fee"),
    ("Tuyển nhân viên thu tiền mặt, cho thuê tài khoản ngân hàng 5 triệu/tháng. Telegram @abc", "courier"),
    ("고액 알바 현금 수거책 모집, 일당 30만원. 텔레그램 문의", "courier"),
    ("Urgent! Hiring now, good salary, message us for details.", "other"),
])
def test_types(text, kind):
    assert scam_type(check(text)) == kind


@pytest.mark.parametrize("text,where", [
    ("em đã chuyển 500k cho họ rồi", "already_paid"),
    ("em da chuyen 500k cho ho roi", "already_paid"),
    ("10만원 입금했어요", "already_paid"),
    ("I paid them $50 yesterday", "already_paid"),
    ("ខ្ញុំបានផ្ញើលុយ ២០ ដុល្លារហើយ", "already_paid"),
    ("I am already in Cambodia and they want more", "already_there"),
    ("em đang ở Campuchia rồi", "already_there"),
    ("지금 캄보디아에 있어요", "already_there"),
    ("Tuyển gấp đi Campuchia, lương 1500$", "pre_departure"),
    ("Pay $50 first to unlock your salary", "pre_departure"),
    ("첫 미션은 10만원 입금 후 진행", "pre_departure"),
])
def test_situations(text, where):
    assert situation(text) == where
