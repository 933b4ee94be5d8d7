"""Claims in the attribution patterns of wire copy: a source preposition right after the dateline, 'según informó
X', a separable verb's particle after its inverted subject, and quotes coordinated under one frame."""

from __future__ import annotations

import pytest

from tests.service.stages.quote_helpers import claim_with, claims_of


@pytest.mark.parametrize(("language", "text", "content", "mention"), [
    ("it", "TORINO, 3 mag (ANSA) - Secondo la questura, i manifestanti erano almeno duemila.",
     "i manifestanti erano almeno duemila", "la questura"),
    ("es", "SEVILLA, 2 feb (EFE) - Según la Junta, el embalse está al 40 por ciento de su capacidad.",
     "el embalse está al 40 por ciento de su capacidad", "la Junta"),
    ("pt", "LISBOA, 5 jun (Lusa) - Segundo a autarquia, as obras vão durar oito meses.",
     "as obras vão durar oito meses", "a autarquia"),
    ("nl", "UTRECHT (ANP) - Volgens de brandweer, is het vuur onder controle.",
     "is het vuur onder controle", "de brandweer"),
    ("en", "BOSTON (AP) — According to the state police, the bridge will reopen on Monday.",
     "the bridge will reopen on Monday", "the state police"),
])
def test_source_preposition_after_the_dateline_opens_the_sentence(language, text, content, mention):
    claim = claim_with(claims_of(text, language), content)
    assert claim.quote == content  # neither the dateline nor the source is part of the claim
    assert claim.speaker is not None and claim.speaker.mention == mention


def test_source_verb_after_segundo_takes_its_subject_after_an_article():
    text = "A Guarda Nacional apreendeu duas toneladas de droga, segundo informou a corporação em comunicado."
    claim = claim_with(claims_of(text, "pt"), "apreendeu duas toneladas")
    assert claim.cue == "segundo informou"
    assert claim.speaker.mention == "a corporação"


@pytest.mark.parametrize("text", [
    "De gemeente sluit de brug drie weken. Dat maakte het waterschap Rivierenland dinsdag bekend.",
    "De gemeente sluit de brug drie weken. Dat liet het waterschap Rivierenland dinsdag weten.",
])
def test_separable_particle_is_no_part_of_the_inverted_subject(text):
    claim = claim_with(claims_of(text, "nl"), "sluit de brug")
    assert claim.speaker.mention == "het waterschap Rivierenland"


@pytest.mark.parametrize(("language", "text", "speaker", "cue"), [
    ("es", 'La portavoz del sindicato, Marta Ruiz, acusó a la empresa de "ocultar los despidos".',
     "Marta Ruiz", "acusó"),
    ("pt", 'O deputado Paulo Sousa acusou o ministro de "esconder os números da dívida".', "Paulo Sousa", "acusou"),
])
def test_accusing_verb_frames_the_quoted_charge(language, text, speaker, cue):
    claim = claim_with(claims_of(text, language), "")
    assert claim.type == "partial"
    assert (claim.speaker.name, claim.cue) == (speaker, cue)


@pytest.mark.parametrize(("language", "text", "first", "second"), [
    ("es", 'El diputado Luis Mora acusó al alcalde de "mentir a los vecinos" y de "esconder las facturas".',
     "mentir a los vecinos", "esconder las facturas"),
    ("it", 'Il sindaco Paolo Neri ha accusato la Regione di "abbandonare i comuni" e di "ignorare i dati".',
     "abbandonare i comuni", "ignorare i dati"),
])
def test_quote_coordinated_with_a_framed_partial_shares_its_frame(language, text, first, second):
    claims = claims_of(text, language)
    one, two = claim_with(claims, first), claim_with(claims, second)
    assert two.quote == second and two.type == "partial"
    assert (two.cue, two.speaker.name) == (one.cue, one.speaker.name)


def test_quotes_listed_without_a_frame_stay_terms():
    claims = claims_of('El vecino habló de "caos" y "abandono" en el barrio.', "es")
    assert {c.type for c in claims if c.quote in ("caos", "abandono")} == {"term"}
