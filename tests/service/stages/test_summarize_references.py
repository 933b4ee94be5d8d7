"""What a summary sentence leans on: the sentence before a pronoun opener, the one introducing a bare surname."""

from __future__ import annotations

import pytest

from service.contracts import Document, Sentence
from service.stages.checks.support import index_document
from service.stages.segment import segment
from service.stages.summarize.extractive import select
from service.stages.summarize.lexicon import get_summary_words
from service.stages.summarize.references import needed_sentences, refers_back, split_inside_name


@pytest.mark.parametrize(("language", "opening", "expected"), [
    ("en", "Its chief executive said the plant would close.", True),
    ("en", "According to him, the plant lost money.", True),
    ("en", "This week the council approved the plan.", False),
    ("fr", "Selon lui, l'usine a perdu de l'argent.", True),
    ("fr", "Son directeur a démissionné.", True),
    ("fr", "Ce mardi, le conseil a voté le budget.", False),
    ("es", "Su portavoz aseguró que no habrá despidos.", True),
    ("pt", "O seu presidente afirmou que faltam casas.", True),
    ("pt", "Ele criticou a demora dos bombeiros.", True),
    ("it", "Lui stesso ha ricordato che mancano medici.", True),
    ("it", "Questa settimana il governo ha approvato il piano.", False),
    ("nl", "Hij benadrukte dat de stad groeit.", True),
    ("nl", "Volgens hem is het plan te duur.", True),
    ("de", "Das teilte die Polizei am Montag mit.", True),
    ("de", "Das Unternehmen teilte am Montag mit, es werde Stellen streichen.", False),
    ("en", "The council approved the plan on Monday.", False),
])
def test_an_opening_that_points_back(language, opening, expected):
    assert refers_back(opening, language, get_summary_words(language)) is expected


def _needs(text: str, language: str, number: int) -> tuple[int, ...]:
    sentences = segment(text, language)
    sentence = sentences[number]
    return needed_sentences(sentence.text, sentence, sentences, language, get_summary_words(language))


def test_a_bare_surname_needs_the_sentence_that_gave_the_full_name():
    text = ("Ferry crews in Oldport stopped work on Monday. \"We want a fair deal,\" said Jonas Albrecht, head of "
            "the crew union. The operator said it had offered a 3% raise. Albrecht said talks had failed.")
    assert _needs(text, "en", 3) == (1,)
    # A common noun at a sentence's start is no surname, even after a longer name ending in it.
    police = "Metropolitan Police were called at noon. Later the police closed the road. Police said two were held."
    assert _needs(police, "en", 2) == ()
    # A repeated full name stands alone; a shortened compound surname does not.
    title = "Finance Minister Anika Strand spoke on Monday. Anika Strand said the deficit would narrow."
    assert _needs(title, "en", 1) == ()
    compound = "O ministro das Obras, Miguel Pinto Luz, falou hoje. Pinto Luz garantiu que as casas chegam."
    assert _needs(compound, "pt", 1) == (0,)


def test_a_quotation_closed_by_a_pronoun_or_a_bare_verb_needs_the_sentence_before():
    spoken = "The mayor of Dunmore, Ana Ruiz, visited the flooded streets. \"We will rebuild every house,\" she said."
    assert _needs(spoken, "en", 1) == (0,)
    pro_drop = "La alcaldesa, Ana Ruiz, visitó las calles. «Vamos a reconstruir cada casa», añadió."
    assert _needs(pro_drop, "es", 1) == (0,)
    named = "The streets were flooded. \"We will rebuild every house,\" said Mayor Ana Ruiz."
    assert _needs(named, "en", 1) == ()


def test_a_split_at_a_title_leaves_two_halves_of_a_name():
    # As a splitter that does not know the title cuts it ('mr.' ends the first piece).
    text = "De advocaat van de verdachte, mr. Pieter de Vries, zei dat zijn cliënt meewerkt."
    cut = text.index("Pieter")
    sentences = [Sentence(start=0, end=cut - 1, text=text[:cut - 1], paragraph=0, index=0),
                 Sentence(start=cut, end=len(text), text=text[cut:], paragraph=0, index=1)]
    assert split_inside_name(sentences[0], sentences, "nl") and split_inside_name(sentences[1], sentences, "nl")
    ended = segment("The bill was backed by the local MP. Voting starts on Monday in the chamber.", "en")
    assert not any(split_inside_name(s, ended, "en") for s in ended)


ARTICLE = ("The city of Marlow approved a 40 million euro plan on Tuesday to rebuild its flooded river district. "
           "The regional water board welcomed the plan but asked for more money for dykes. "
           "The tenants' association of Marlow called the plan too slow for the 2,000 families still in shelters. "
           "Its chairman, Piet Vos, said 600 homes would stay empty until 2027. "
           "Work on the first 300 homes will start in March, the city said.")


def _doc(text: str) -> Document:
    return Document(text=text, language="en", language_supported=True, sentences=segment(text, "en"))


def test_a_sentence_pointing_back_comes_right_after_its_antecedent_or_not_at_all(fake_models):
    doc = _doc(ARTICLE)
    index = index_document(doc, fake_models)
    for max_words in (30, 45, 60, 80):
        chosen = [c.sentence.index for c in select(doc, index, max_words=max_words, min_words=10)]
        if 3 in chosen:  # 'Its chairman' heads the tenants' association, not the water board
            assert chosen[chosen.index(3) - 1] == 2
    # With room for both, the sentence rich in figures brings its antecedent along.
    chosen = [c.sentence.index for c in select(doc, index, max_words=60, min_words=10)]
    assert {2, 3} <= set(chosen)
