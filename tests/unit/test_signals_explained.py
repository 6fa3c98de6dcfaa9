from classifier.explanations import EXPLANATIONS, LEVEL_NAMES
from classifier.signals import KEYWORD_RULES

COMPUTED = {"HOTSPOT_DESTINATION", "PAY_ABOVE_NORM", "CHAT_APP_CONTACT", "VAGUE_EMPLOYER", "MODEL_SIMILAR"}


def test_every_signal_is_explained_in_every_language():
    for code in set(KEYWORD_RULES) | COMPUTED:
        assert code in EXPLANATIONS, code
        for lang in ("vi", "ko", "km", "en"):
            assert EXPLANATIONS[code].get(lang, "").strip(), (code, lang)


def test_level_names():
    for level in ("high_risk", "suspicious", "low_risk"):
        assert set(LEVEL_NAMES[level]) >= {"vi", "ko", "km", "en"}
