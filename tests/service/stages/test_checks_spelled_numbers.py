"""Numbers of a hundred and more written in words, read by the facts and the figure checks."""

from __future__ import annotations

import pytest

from service.stages.checks import support_document
from service.stages.checks.contradictions import find_contradictions
from service.stages.checks.facts import extract_facts, spelled_number
from service.stages.checks.support import index_document


@pytest.mark.parametrize(("phrase", "language", "value"), [
    ("two hundred", "en", 200), ("Two hundred and fifty", "en", 250), ("three hundred forty-two", "en", 342),
    ("six cent quarante", "fr", 640), ("deux cents", "fr", 200), ("zweihundert", "de", 200),
    ("dreihundertvierzig", "de", 340), ("doscientos", "es", 200), ("quinientos treinta y dos", "es", 532),
    ("ciento veinte", "es", 120), ("duecentocinquanta", "it", 250), ("quinhentos", "pt", 500),
    ("cento e vinte", "pt", 120),
])
def test_hundreds_in_words(phrase, language, value):
    assert spelled_number(phrase, language) == value


@pytest.mark.parametrize(("sentence", "language", "numbers"), [
    ("The fund will pay for two hundred and fifty new vehicles and 30 tanks.", "en", {250, 30}),
    ("Il a ajouté que six cent quarante postes seraient supprimés.", "fr", {640}),
    ("Der Konzern streicht zweihundert Stellen.", "de", {200}),
    ("El gobierno comprará doscientos vehículos.", "es", {200}),
])
def test_facts_read_a_number_in_words_as_one_number(sentence, language, numbers):
    assert extract_facts(sentence, language).numbers == numbers


def test_a_count_in_words_conflicts_with_its_digits(fake_models):
    filler = "The council met in the afternoon. Traffic in the centre was slow for most of the day. "
    text = ("The ministry will fund two hundred new armoured vehicles, the minister said.\n\n" + filler * 2 +
            "\n\nLater the ministry said it would buy 150 armoured vehicles.")
    checks = find_contradictions(index_document(support_document(text, "en"), fake_models))
    assert len(checks) == 1 and "200" in checks[0].explanation and "150" in checks[0].explanation
