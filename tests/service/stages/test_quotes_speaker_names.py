"""Speaker phrases and names in the Romance languages: the speaker's name is the entity its words name."""

from __future__ import annotations

import pytest

from tests.service.stages.quote_helpers import claim_with as _by_quote
from tests.service.stages.quote_helpers import claims_of as _claims


@pytest.mark.parametrize("language, text, content, mention", [
    ("it", "Il dossier, pubblicato il 3 marzo, segnala che il 40 per cento dei ponti è a rischio.",
     "il 40 per cento", "Il dossier"),
    ("es", "El estudio, publicado el lunes, señala que el paro juvenil baja.", "el paro juvenil baja", "El estudio"),
    ("pt", "O relatório, divulgado nesta terça, aponta que as chuvas dobraram.", "as chuvas dobraram",
     "O relatório"),
    ("fr", "Le rapport, publié mardi, indique que la dette recule.", "la dette recule", "Le rapport"),
])
def test_a_participle_aside_after_the_subject_is_no_speaker(language, text, content, mention):
    claim = _by_quote(_claims(text, language), content)
    assert claim.speaker.mention == mention


def test_a_person_noun_after_the_comma_is_still_an_apposition():
    claim = _by_quote(_claims("Marta Gil, abogada de la familia, dijo que apelará la sentencia.", "es"), "apelará")
    assert claim.speaker.name == "Marta Gil" and "abogada" in claim.speaker.mention


@pytest.mark.parametrize("language, text, content, name", [
    # A bracketed abbreviation after a body's name is no part of it, and a later mention of it is that body.
    ("pt", "Segundo o Observatório Nacional do Clima e da Água (ONCA), as chuvas vão voltar. O ONCA disse que o "
           "outono será seco.", "as chuvas vão voltar", "Observatório Nacional do Clima e da Água"),
    ("pt", "Segundo o Observatório Nacional do Clima e da Água (ONCA), as chuvas vão voltar. O ONCA disse que o "
           "outono será seco.", "o outono será seco", "Observatório Nacional do Clima e da Água"),
    # A sentence's capitalised adverb opens no body's name.
    ("pt", "Já a Associação dos Lojistas do Porto considerou o plano tímido.", "o plano tímido",
     "Associação dos Lojistas do Porto"),
    # A particle between surnames, after a given name a surname before.
    ("es", "El presidente del club, Manuel García de Sola, dijo que el estadio se reformará.",
     "el estadio se reformará", "Manuel García de Sola"),
    # An elided article before a role.
    ("it", "L'avvocato Marco Tessari ha sostenuto che il suo cliente è innocente.", "il suo cliente è innocente",
     "Marco Tessari"),
    # A role written as one word with its prefix, and an office joined by 'en' before the holder.
    ("nl", "\"Dit is een goede stap\", zei Eurocommissaris Lotte Brandsma.", "Dit is een goede stap",
     "Lotte Brandsma"),
    ("nl", "Minister van Onderwijs en Wetenschap Pieter Dekker noemde het plan een vergissing.", "het plan",
     "Pieter Dekker"),
])
def test_a_speaker_s_name_holds_the_name_alone(language, text, content, name):
    assert _by_quote(_claims(text, language), content).speaker.name == name


def test_a_body_after_a_particle_is_no_surname():
    claim = _by_quote(_claims("„Das ist ein Skandal“, sagte Tom Rieder von Amnesty International.", "de"), "Skandal")
    assert claim.speaker.name != "Tom Rieder von Amnesty International"


def test_a_description_holding_a_preposition_still_ends_in_the_person_it_names():
    text = "Por su parte, la ingeniera de montes Clara Ibarra consideró que el bosque se recupera."
    assert _by_quote(_claims(text, "es"), "el bosque se recupera").speaker.name == "Clara Ibarra"
    # A place after the preposition is still no person.
    text = "Una vecina de la colonia El Roble dijo que el agua no llega."
    assert _by_quote(_claims(text, "es"), "el agua no llega").speaker.name != "El Roble"
