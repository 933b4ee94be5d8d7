"""The claims rules read their words from the lexicon: shared defaults, and a language's own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from service.languages import common
from service.stages.quotes.lexicon import Lexicon, get_lexicon
from service.stages.quotes.phrases import inverted_clitic
from service.stages.quotes.worthiness import score


def test_a_language_without_claims_data_gets_the_shared_word_classes():
    lex = get_lexicon("xx")
    assert lex.relative_pronouns == common.RELATIVE_PRONOUNS
    assert lex.name_glue == common.NAME_GLUE
    assert lex.number_words == common.NUMBER_WORDS
    assert lex.genitive_articles == frozenset()


def test_german_sets_its_genitive_articles_and_keeps_the_shared_classes():
    lex = get_lexicon("de")
    assert "des" in lex.genitive_articles
    assert lex.time_words == common.TIME_WORDS


def test_number_words_come_from_the_lexicon():
    lex = Lexicon(language="xx")
    assert "numbers" in score("They counted three hundred ballots", lex)[1]
    assert "numbers" not in score("Hanno contato tre schede", lex)[1]
    assert "numbers" in score("Hanno contato tre schede", replace(lex, number_words=("tre",)))[1]


def test_comparatives_come_from_the_lexicon():
    lex = Lexicon(language="xx")
    assert "comparisons" in score("Prices are higher than last year", lex)[1]
    own = replace(lex, comparative_endings=("ore",), comparison_word="di")
    assert "comparisons" in score("I prezzi sono maggiore di prima", own)[1]


def test_capitalised_nouns_count_as_names_only_when_dense():
    sentence = "Die Regierung plant eine neue und gerechte Reform der Steuer"
    assert "named entities" in score(sentence, Lexicon(language="xx"))[1]
    assert "named entities" not in score(sentence, Lexicon(language="xx", capital_nouns=True))[1]


def test_inversion_clitics_come_from_the_lexicon():
    lex = Lexicon(language="xx")
    assert inverted_clitic("ajoute-t-il", lex).group(1) == "il"
    assert inverted_clitic("ajoute-t-il", replace(lex, inversion_clitics=("elle",))) is None


def test_an_accusing_cue_makes_its_claim_check_worthy():
    quote = "Becker of lying to the council about the contracts"
    plain, _ = score(quote, get_lexicon("en"))
    accused, reasons = score(quote, get_lexicon("en"), "accused")
    assert "accusation" in reasons and accused > plain
    assert "accusation" in score("ihm Betrug vor", get_lexicon("de"), "wirft")[1]
    assert score("Happy holidays to all our residents", get_lexicon("en"), "said")[1] == []


@pytest.mark.parametrize(("quote", "language"), [
    ("mancano almeno 20.000 medici ospedalieri", "it"),
    ("il 12 per cento dei pazienti rinuncia alle cure", "it"),
    ("el paro baje al 10,9 % a final de año", "es"),
    ("the ministry would buy 150 vehicles", "en"),
    ("the fund holds 84 billion crowns", "en"),
])
def test_a_bare_statistic_is_check_worthy(quote, language):
    worth, reasons = score(quote, get_lexicon(language))
    assert "statistics" in reasons and worth >= 0.5


@pytest.mark.parametrize(("quote", "language"), [
    ("the talks will resume in 2026 at the earliest", "en"),  # a year is a date, not a statistic
    ("Llevamos tres años pidiendo obras … y nadie nos ha escuchado", "es"),
])
def test_years_and_small_counts_in_words_are_no_statistics(quote, language):
    assert "statistics" not in score(quote, get_lexicon(language))[1]


def test_months_and_sentence_openers_are_no_named_entities():
    lex = get_lexicon("en")
    assert "named entities" not in score("Pensions will rise by 3% in January", lex)[1]
    assert "named entities" not in score("We waited. Nobody came to help us", lex)[1]
    assert "named entities" in score("the plan was drawn up in Brussels last week", lex)[1]
