import pytest

from service.stages.language import UNDETERMINED, LanguageGuess, detect_language


def test_detects_major_languages():
    assert detect_language("The minister said the talks would resume on Monday in Geneva.").code == "en"
    assert detect_language("Le ministre a déclaré que les négociations reprendraient lundi.").code == "fr"
    assert detect_language("Der Minister sagte, die Gespräche würden am Montag fortgesetzt.").code == "de"
    assert detect_language("El ministro dijo que las negociaciones se reanudarían el lunes.").code == "es"


def test_hint_wins_and_is_normalised():
    guess = detect_language("whatever text", "FR-ca")
    assert (guess.code, guess.supported) == ("fr", True)


@pytest.mark.parametrize("hint", ["fr_FR", "fr-FR", " FR "])
def test_a_region_is_dropped_whether_joined_by_dash_or_underscore(hint):
    assert detect_language("whatever text", hint) == LanguageGuess("fr", 1.0, True)


def test_a_hint_that_is_no_code_is_an_unknown_language_shown_cut_short():
    text = "The minister said the talks would resume on Monday in Geneva."
    assert detect_language(text, "english") == LanguageGuess(UNDETERMINED, 1.0, False, unknown_hint="english")
    long = detect_language(text, "x" * 10_000)
    assert (long.code, long.supported, long.unknown_hint) == (UNDETERMINED, False, "x" * 23 + "…")


def test_too_little_text_is_undetermined():
    guess = detect_language("ok 123 !!")
    assert guess.code == UNDETERMINED and not guess.supported


def test_unsupported_language_is_reported_as_such():
    guess = detect_language("Ministri sanoi, että neuvottelut jatkuvat maanantaina Genevessä.")
    assert not guess.supported
