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


@pytest.mark.parametrize(("language", "text", "before", "after", "mention"), [
    ("it", "Il ferito, ha riferito l'ospedale Santa Chiara, è in prognosi riservata.", "Il ferito",
     "è in prognosi riservata", "l'ospedale Santa Chiara"),
    ("es", "El conductor, informó la Guardia Civil, dio positivo en el control.", "El conductor",
     "dio positivo en el control", "la Guardia Civil"),
    ("fr", "Le suspect, a indiqué le parquet, a été placé en garde à vue.", "Le suspect",
     "a été placé en garde à vue", "le parquet"),
])
def test_inverted_frame_inside_the_sentence_reports_both_sides(language, text, before, after, mention):
    claim = claim_with(claims_of(text, language), before)
    assert [text[s.start:s.end] for s in claim.spans] == [before, after]
    assert claim.speaker.mention == mention


def test_inverted_frame_before_an_apposition_reports_the_words_before_it():
    text = "Las obras acabarán en marzo, dijo Rosa Vidal, la concejala de Urbanismo."
    claim = claim_with(claims_of(text, "es"), "Las obras")
    assert claim.quote == "Las obras acabarán en marzo" and not claim.spans


def test_english_participle_naming_its_subject_is_no_inverted_frame():
    text = "The fund, called Green Future, invests in solar farms across the state."
    assert not [c for c in claims_of(text) if c.spans]


def test_gerund_aside_is_no_inverted_frame():
    text = "Judge Ana Cole, writing for the court, said the fine was fair to the company."
    claim = claim_with(claims_of(text), "the fine was fair")
    assert claim.speaker.name == "Ana Cole" and not claim.spans


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "De burgemeester en de wethouder reageerden niet op vragen van de krant."),
    ("es", "La empresa no respondió a las preguntas de este periódico."),
    ("fr", "La direction n'a pas répondu aux sollicitations du journal."),
    ("pt", "A empresa não respondeu aos pedidos de comentário do jornal."),
])
def test_answering_what_was_asked_is_no_claim(language, text):
    assert claims_of(text, language) == []


def test_answering_with_a_clause_stays_a_claim():
    claim = claims_of("El alcalde respondió a los vecinos que la obra terminará en mayo.", "es")[0]
    assert claim.quote == "la obra terminará en mayo"


@pytest.mark.parametrize(("language", "text", "mention"), [
    ("it", "Lo studio, pubblicato ieri, segnala che i ricoveri sono calati del 10 per cento.", "Lo studio"),
    ("es", "El informe, presentado el martes, señala que el paro bajó un 3 por ciento.", "El informe"),
    ("fr", "Le rapport, publié jeudi, indique que le chômage a baissé de 3 %.", "Le rapport"),
])
def test_participle_aside_after_the_subject_is_no_speaker(language, text, mention):
    assert claims_of(text, language)[0].speaker.mention == mention


def test_lower_case_title_before_a_name_keeps_the_sentence_and_the_speaker():
    text = ('De woordvoerder van de familie, mr. Sanne Bakker, liet weten dat de familie "geen commentaar geeft". '
            "Zij ontkende dat er een schikking is.")
    claims = claims_of(text, "nl")
    assert claim_with(claims, "geen commentaar geeft").speaker.name == "Sanne Bakker"
    assert claim_with(claims, "een schikking").speaker.name == "Sanne Bakker"


@pytest.mark.parametrize(("language", "text", "content", "speaker"), [
    ("fr", "Claire Morel a déclaré lundi matin que la grève était terminée.", "la grève était terminée",
     "Claire Morel"),
    ("fr", "Le préfet Paul Girard a affirmé jeudi ne pas avoir reçu la lettre.", "ne pas avoir reçu la lettre",
     "Paul Girard"),
])
def test_french_cue_after_a_day_part_or_before_an_infinitive(language, text, content, speaker):
    claim = claim_with(claims_of(text, language), content)
    assert claim.quote == content and claim.speaker.name == speaker


def test_french_auxiliary_before_a_cue_with_an_object_frames_nothing():
    assert claims_of("Le ministre a annoncé la fermeture de trois usines.", "fr") == []


@pytest.mark.parametrize(("text", "before", "after"), [
    ("Die Mieten werden nach Ansicht von Bauministerin Jana Roth bis Ende des Jahres weiter steigen.",
     "Die Mieten werden", "bis Ende des Jahres weiter steigen"),
    ("Die Mieten werden laut Bauministerin Jana Roth bis Ende des Jahres weiter steigen.",
     "Die Mieten werden", "bis Ende des Jahres weiter steigen"),
    ("Bei dem Brand wurden nach Angaben der Feuerwehr vier Menschen verletzt.",
     "Bei dem Brand wurden", "vier Menschen verletzt"),
])
def test_german_source_inside_the_clause_is_cut_out_of_it(text, before, after):
    claim = claims_of(text, "de")[0]
    assert [text[s.start:s.end] for s in claim.spans] == [before, after]
    assert claim.speaker.mention in ("Bauministerin Jana Roth", "der Feuerwehr")


def test_german_source_names_do_not_spread_to_the_next_quote():
    text = ("Die Mieten werden nach Ansicht von Bauministerin Jana Roth bis Ende des Jahres weiter steigen.\n\n"
            "„Wir bauen zu wenig“, sagte Roth am Mittwoch.")
    assert claim_with(claims_of(text, "de"), "Wir bauen").speaker.name == "Jana Roth"


def test_portuguese_article_a_opening_the_sentence_starts_the_subject():
    text = "A advogada do arguido, Sofia Reis, negou todas as acusações do Ministério Público."
    claim = claims_of(text, "pt")[0]
    assert claim.speaker.mention == "A advogada do arguido, Sofia Reis"


def test_french_accusing_verb_reports_an_infinitive_charge():
    text = "La députée Léa Caron a accusé le préfet d'avoir caché le rapport aux élus."
    claim = claims_of(text, "fr")[0]
    assert claim.quote == "le préfet d'avoir caché le rapport aux élus"
    assert (claim.cue, claim.speaker.name) == ("accusé", "Léa Caron")


@pytest.mark.parametrize("text", [
    "Le directeur, accusé de fraude, a quitté ses fonctions.",
    "La ministre a accusé le coup après la défaite.",
])
def test_french_accused_without_a_charge_frames_nothing(text):
    assert claims_of(text, "fr") == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The mayor, accused of corruption, resigned last night."),
    ("en", "The senator, criticized for his remarks, apologized on Monday."),
    ("it", "Il sindaco, accusato di peculato, si è dimesso ieri sera."),
    ("es", "El alcalde, acusado de corrupción, dimitió anoche."),
])
def test_a_passive_participle_aside_is_no_frame(language, text):
    # The participle describes the noun before it: the mayor is accused, and says nothing.
    assert claims_of(text, language) == []


@pytest.mark.parametrize(("language", "text", "content"), [
    ("en", "The opposition leader, speaking in Rome, accused the government of lying to voters.",
     "the government of lying to voters"),
    ("it", "Il leader, intervenuto a Roma, ha accusato il governo di aver mentito.", "il governo di aver mentito"),
])
def test_an_accusing_verb_with_its_object_still_reports_the_charge(language, text, content):
    assert claim_with(claims_of(text, language), content).cue in ("accused", "accusato")
