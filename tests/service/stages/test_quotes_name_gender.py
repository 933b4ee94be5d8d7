"""A person's gender from their name: the given-name list, its per-language rows, and a language's endings."""

from __future__ import annotations

import pytest

from service.stages.quotes.lexicon import get_lexicon
from service.stages.quotes.name_gender import given_names, name_gender


@pytest.mark.parametrize(("words", "language", "gender"), [
    (["Linda", "Morrow"], "en", "f"),
    (["Frank", "Dalton"], "en", "m"),
    (["Anne-Sophie", "Marchal"], "fr", "f"),  # a compound given name: its first part
    (["Andrea", "Conti"], "it", "m"),  # the Italian row comes before the census list's woman
    (["Andrea", "Conti"], "es", "f"),
    (["Luca", "Ferri"], "it", "m"),  # not the '-a' ending's woman
    (["Graziella", "Pontecorvo"], "it", "f"),  # no list has her: the ending tells
    (["Наталья", "Орлова"], "ru", "f"),  # the surname's ending
    (["Игорь", "Шестаков"], "ru", "m"),
    (["Набиуллина"], "ru", "f"),  # a lone Russian surname still tells
])
def test_gender_from_the_name(words, language, gender):
    assert name_gender(words, get_lexicon(language)) == gender


@pytest.mark.parametrize(("words", "language"), [
    (["Rose"], "en"),  # a lone surname tells nothing outside Russian
    (["Zorblat", "Quenn"], "en"),  # a given name no list knows, in a language without endings
    ([], "en"),
])
def test_no_gender_where_the_name_does_not_tell(words, language):
    assert name_gender(words, get_lexicon(language)) is None


def test_the_list_rows_are_well_formed():
    rows = given_names()
    assert len(rows) > 5000
    assert set(rows.values()) == {"m", "f"}
    assert all(name == name.lower() and name.strip() == name for _, name in rows)
