"""The checks' and summary's per-language words: found in the language folders, English where a folder has none."""

from __future__ import annotations

import pytest

from service.languages import get_language
from service.stages.checks.facts import extract_facts, find_dates, readable_number
from service.stages.checks.lexicon import CheckWords, get_check_words
from service.stages.summarize.lexicon import SummaryWords, get_summary_words


def test_each_language_with_check_words_fills_in_the_shape():
    for code in ("en", "fr", "de", "es", "it", "pt", "nl"):
        assert get_language(code).has("checks")
        assert isinstance(get_check_words(code), CheckWords)
        assert len(get_check_words(code).months) == 12 and len(get_check_words(code).weekdays) == 7


def test_a_language_without_its_own_lists_reads_the_english_ones():
    english = get_check_words("en")
    # Italian has its own negations, numbers and counted things, English polarity; Russian and unknown codes
    # read English.
    italian = get_check_words("it")
    assert "non" in italian.negations and italian.quantity_concepts["morti"] == "dead"
    assert italian.polarity == english.polarity
    for code in ("ru", "gcf", None):
        assert get_check_words(code).months == english.months
    assert get_check_words("de-AT") is get_check_words("de")


def test_typographic_properties_replace_language_tests():
    assert get_check_words("en").capitalised_months and get_check_words("nl").capitalised_months
    assert not get_check_words("fr").capitalised_months and not get_check_words("ru").capitalised_months
    assert get_check_words(None).capitalised_months  # no language given: English
    assert get_check_words("de").capitalised_nouns and not get_check_words("en").capitalised_nouns
    assert get_check_words("zh").counts_characters and get_check_words("ja").counts_characters
    assert not get_check_words("en").counts_characters


def test_lower_case_month_names_are_months_only_where_months_are_not_capitalised():
    assert extract_facts("The vote is in may.", "en").months == set()
    assert extract_facts("Le vote a lieu en mai.", "fr").months == {5}
    assert [d.month for d in find_dates("le 12 novembre 2020", "fr")] == [11]


def test_summary_words_come_from_the_folder_or_english():
    assert isinstance(get_summary_words("de"), SummaryWords) and get_summary_words("de").relatives_are_articles
    assert get_summary_words("ru") is get_summary_words("en")
    # Italian has its own words pointing back, and trims with English's until it has its own cuts.
    italian, english = get_summary_words("it"), get_summary_words("en")
    assert "lui" in italian.pronouns and italian.relatives == english.relatives
    assert get_summary_words("en").participle_suffixes and not get_summary_words("fr").participle_suffixes


@pytest.mark.parametrize(("text", "language", "negated"), [
    # A never-word after a comparative is 'ever'; before the verb, or beside another negation, it negates.
    ("Juillet a été le mois le plus chaud jamais enregistré.", "fr", False),
    ("Plus que jamais, nous sommes unis.", "fr", False),
    ("Il n'a jamais dit cela.", "fr", True),
    ("Julio ha sido el mes más cálido jamás registrado.", "es", False),
    ("El ministro jamás aceptó la propuesta.", "es", True),
    ("Il luglio più caldo mai registrato.", "it", False),
    ("Non ho mai detto questo.", "it", True),
    ("Die Preise sind so hoch wie nie zuvor.", "de", False),
    ("Er war nie in Berlin.", "de", True),
    # A never-word with a degree word states a record, and the negation before it goes with it.
    ("In Spagna non si era mai visto un luglio così torrido.", "it", False),
    ("Il n'a jamais été aussi chaud.", "fr", False),
    ("Nunca hubo tantos turistas.", "es", False),
    ("Never has the city seen such heat.", "en", False),
    ("He never said so.", "en", True),
    ("Nog nooit waren er zoveel toeristen.", "nl", False),
    # French 'personne' alone is a person; with 'ne' (elided into its verb) it is nobody.
    ("Une personne a été tuée.", "fr", False),
    ("Personne n'a été tué.", "fr", True),
])
def test_negation_words_negate_only_where_they_deny(text: str, language: str, negated: bool) -> None:
    assert bool(extract_facts(text, language).negations) is negated


@pytest.mark.parametrize(("value", "shown"), [(6e7, "60,000,000"), (4.5e7, "45,000,000"), (5.1, "5.1"),
                                               (0.25, "0.25"), (2 / 3, "0.6667"), (27.0, "27")])
def test_figures_in_messages_read_as_written_numbers(value: float, shown: str) -> None:
    assert readable_number(value) == shown
