"""Language strategies of the claims rules: one Protocol, the neutral default, German's own."""

import inspect
import re
from pathlib import Path

from service.languages.de.rules import GermanRules
from service.stages.quotes.lexicon import Lexicon, get_lexicon
from service.stages.quotes.rules import NEUTRAL_RULES, NeutralRules, QuoteRules

_QUOTES = Path(__file__).resolve().parents[3] / "service" / "stages" / "quotes"
# The generic modules of reported speech and direct quotes (part of the split of reported.py).
_GENERIC = ("reported", "source_frames", "verb_frames", "verb_content", "free_indirect", "colons",
            "questions", "indirect_drafts", "sentences", "direct", "rules")


def _methods(cls) -> set[str]:
    return {name for name, _ in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")}


def test_german_and_neutral_rules_implement_every_strategy_of_the_protocol():
    wanted = _methods(QuoteRules)
    assert wanted
    assert wanted <= _methods(NeutralRules)
    assert wanted <= _methods(GermanRules)


def test_german_lexicon_carries_german_rules_and_others_the_neutral_ones():
    assert isinstance(get_lexicon("de").rules, GermanRules)
    assert get_lexicon("en").rules is NEUTRAL_RULES
    assert get_lexicon("xx").rules is NEUTRAL_RULES  # unsupported: a marks-only lexicon
    assert Lexicon(language="it").rules is NEUTRAL_RULES


def test_neutral_rules_change_nothing():
    span = (3, 5)
    assert NEUTRAL_RULES.uncoordinated(None, span, 0, None, None) == span
    assert NEUTRAL_RULES.checked_inversion(None, span, 9, None) == span
    assert NEUTRAL_RULES.content_start(None, None, 7, 9, None) == 7
    assert NEUTRAL_RULES.clause_frame(None, None, 0, 0, 9, None) is None
    assert not NEUTRAL_RULES.reporting_mood("diene")


def test_konjunktiv_form_outside_the_lexicon_is_a_reporting_mood_in_german():
    rules = GermanRules()
    assert rules.reporting_mood("diene")
    assert not rules.reporting_mood("sagte")  # weak past, not Konjunktiv I
    assert not rules.reporting_mood("die")


def test_generic_modules_never_ask_which_language_they_read():
    for name in _GENERIC:
        text = (_QUOTES / f"{name}.py").read_text(encoding="utf-8")
        assert not re.search(r"language\s*[!=]=", text), name
        assert "languages.de" not in text, name


def test_reported_speech_words_default_to_the_shared_classes_for_every_language():
    from service.languages import common

    for code in ("en", "fr", "es", "ar", "xx"):
        lex = get_lexicon(code)
        assert lex.date_leads == common.DATE_LEADS
        if code != "fr":  # French participles passive after 'être' end in -é, -u, -is ('être lancé')
            assert lex.passive_endings == common.PASSIVE_ENDINGS
        assert lex.opening_conjunctions == common.OPENING_CONJUNCTIONS
    assert not get_lexicon("fr").colon_labels  # colon headlines are an English rule
    assert "update" in get_lexicon("en").colon_labels and get_lexicon("en").question_label == "q"
    assert "von" in get_lexicon("de").name_links


def test_the_complementizer_stays_where_the_labelled_corpora_keep_it():
    from tests.service.stages.quote_helpers import claims_of

    english = claims_of("The ministry said that prices would rise by 5% next year.", "en")
    assert [c.quote for c in english] == ["that prices would rise by 5% next year"]  # as PolNeAR labels it
    french = claims_of("Le ministre a déclaré qu'il ne reculerait pas sur la réforme.", "fr")
    assert [c.quote for c in french] == ["il ne reculerait pas sur la réforme"]
