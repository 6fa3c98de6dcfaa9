from classifier.normalize import MAX_CHARS, fold, normalize


def test_split_letters_are_joined():
    assert normalize("l.ư.ơ.n.g c.a.o") == "lương cao"
    assert normalize("liên hệ T e l e g r a m ngay") == "liên hệ Telegram ngay"
    assert normalize("z-a-l-o 0912") == "zalo 0912"


def test_ordinary_abbreviations_survive():
    assert normalize("e.g. t.me/abc") == "e.g. t.me/abc"
    assert normalize("a b c") == "a b c"  # three letters only: could be a list


def test_zero_width_and_full_width():
    assert normalize("lư\u200bơng ｃａｏ １２３") == "lương cao 123"
    assert normalize("1️⃣5️⃣ triệu ①②") == "15 triệu 12"


def test_homoglyphs_in_latin_words():
    assert normalize("Теlеgrаm") == "Telegram"  # Cyrillic е, а
    assert normalize("Привет мир") == "Привет мир"  # a Russian text keeps its letters


def test_khmer_digits_and_hangul_untouched():
    assert normalize("ប្រាក់ខែ ១៥០០") == "ប្រាក់ខែ 1500"
    assert normalize("쉬운 일 ㅋㅋ") == "쉬운 일 ㅋㅋ"


def test_fold_keeps_length_and_strips_accents():
    s = "Việc nhẹ LƯƠNG cao đi Campuchia"
    assert fold(s) == "viec nhe luong cao di campuchia"
    assert len(fold(s)) == len(s)


def test_idempotent_and_bounded():
    s = "T e l e g r a m  lương   cao\n\n\n\nok"
    assert normalize(normalize(s)) == normalize(s)
    assert len(normalize("x" * (MAX_CHARS * 3))) == MAX_CHARS
