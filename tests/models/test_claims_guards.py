"""What a claim the content tagger adds must show: a cue the rules know, and content that is no anonymity request."""

from __future__ import annotations

import pytest

from models.claims.docs import make_document
from models.claims.guards import _inflects, cue_frames, cut_phrase, inside_anonymity_request, known_cues
from service.stages.quotes.lexicon import get_lexicon


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize("language, text, cue, known", [
    ("it", "Le azioni del gruppo hanno chiuso in calo del 3 per cento.", "chiuso", False),  # no speech verb
    ("it", "La protesta è cominciata dopo la chiusura della fabbrica.", "dopo", False),  # a preposition
    ("it", "La prefettura ha avviato un'indagine sui lavori.", "avviato", False),
    ("it", "Il sindaco ha spiegato che la strada riaprirà lunedì.", "spiegato", True),
    ("it", "Secondo la prefettura la strada riaprirà lunedì.", "Secondo", True),  # a source preposition
    ("it", "La società ha comunicato che lo stabilimento chiude.", "comunicato", True),  # a form the lexicon lacks
    ("es", "Los vecinos destacaron que el agua volvió tarde.", "destacaron", True),
    ("pl", "Burmistrz zapowiedział, że most zostanie otwarty w maju.", "zapowiedział", True),  # no cue rules at all
    # A passive participle aside: the accused says nothing.
    ("it", "L'ex direttore, accusato di corruzione, e due imprenditori sono a processo.", "accusato", False),
    ("it", "Il leader ha accusato il governo di aver mentito.", "accusato", True),
])
def test_a_tagged_cue_counts_where_the_rules_know_it(language, text, cue, known):
    doc = make_document(text, language)
    span = _span(text, cue)
    assert (known_cues(doc, [span]) == [span]) is known


def test_a_tagged_part_of_a_passive_aside_is_no_cue():
    text = "L'ex direttore, accusato di corruzione, e due imprenditori sono a processo."
    start = text.index("accusato")
    assert known_cues(make_document(text, "it"), [(start + 6, start + 8)]) == []  # the tagger tagged 'to'


@pytest.mark.parametrize("language, word, inflects", [
    ("it", "comunicato", True),  # 'comunica' in the lexicon
    ("es", "destacaron", True),  # 'destacó'
    ("es", "recortó", False),  # 'recordó' differs inside the stem, not in its ending
    ("it", "chiuso", False),  # 'chiosa': a stem too short to tell
    ("it", "avviato", False),
])
def test_another_form_of_a_listed_verb_is_known(language, word, inflects):
    assert _inflects(word, get_lexicon(language).cues) is inflects


@pytest.mark.parametrize("language, text, asked, said", [
    ("it", "Un funzionario, che ha chiesto di restare anonimo, ha detto che la strada riaprirà lunedì.",
     "restare anonimo", "la strada riaprirà lunedì"),
    ("es", "Un portavoz, que pidió el anonimato, dijo que el acuerdo está cerca.", "el anonimato",
     "el acuerdo está cerca"),
    ("fr", "Un diplomate, qui a requis l'anonymat, a affirmé que la trêve tiendra.", "l'anonymat",
     "la trêve tiendra"),
])
def test_a_request_for_anonymity_is_no_content_but_what_follows_it_is(language, text, asked, said):
    doc = make_document(text, language)
    assert inside_anonymity_request(doc, *_span(text, asked))
    assert not inside_anonymity_request(doc, *_span(text, said))


@pytest.mark.parametrize("language, text, asked", [
    ("pt", "Um técnico, que pediu para não ser identificado, disse que a barragem cede.", "ser identificado"),
    ("pt", "Um técnico, que pediu para não ser identificado por medo, disse que a barragem cede.",
     "identificado por medo"),
    ("it", "Un pescatore, che chiede di non essere nominato, racconta che la laguna è vuota.", "essere nominato"),
])
def test_a_negated_naming_is_a_request_for_anonymity(language, text, asked):
    assert inside_anonymity_request(make_document(text, language), *_span(text, asked))


def test_an_anonymous_word_in_what_was_said_keeps_it():
    text = "Il parroco ha detto che un donatore anonimo ha pagato il nuovo tetto della chiesa."
    doc = make_document(text, "it")
    assert not inside_anonymity_request(doc, *_span(text, "un donatore anonimo ha pagato il nuovo tetto della chiesa"))
    text = "A polícia disse que o corpo ainda não foi identificado pelos peritos."  # reported, not asked
    doc = make_document(text, "pt")
    assert not inside_anonymity_request(doc, *_span(text, "o corpo ainda não foi identificado pelos peritos"))


@pytest.mark.parametrize("language, text, run, cut", [
    ("pt", "O prefeito disse aos jornalistas que o porto de pesca está parado.", "porto de pesca está parado", True),
    ("it", "Il tribunale ha rinviato l'udienza al 3 marzo.", "udienza al 3 marzo", True),  # after an elided article
    ("it", "Il comune ha allungato le liste d'attesa per i nidi.", "attesa per i nidi", True),
    ("it", "La giunta ha approvato il bilancio del consiglio di amministrazione.", "amministrazione", True),
    ("es", "El alcalde ha asegurado a su llegada al pleno que dimitirá.", "al pleno que", True),  # closes on 'que'
    ("es", "El alcalde dijo que el puente abrirá en mayo.", "el puente abrirá en mayo", False),
    ("pt", "Segundo a polícia, o suspeito fugiu de carro.", "o suspeito fugiu de carro", False),
])
def test_a_run_that_cuts_a_phrase_in_two_is_no_content(language, text, run, cut):
    doc = make_document(text, language)
    assert cut_phrase(doc, *_span(text, run)) is cut


@pytest.mark.parametrize("text, run, cue, frames", [
    # A cue after the run: only auxiliaries and adverbs between them.
    ("«Il ponte riapre a maggio», ha poi detto il sindaco.", "Il ponte riapre a maggio", "detto", True),
    ("La giunta ha varato il nuovo piano dei trasporti, che secondo il sindaco costerà poco.",
     "il nuovo piano dei trasporti", "secondo", False),  # the source preposition opens a relative clause
    # A cue before the run, with no other claim between them.
    ("Il sindaco ha detto che il ponte riapre a maggio.", "il ponte riapre a maggio", "detto", True),
    ("Il sindaco ha detto che «la città è in ginocchio» e ha chiuso le scuole per tre giorni.",
     "ha chiuso le scuole per tre giorni", "detto", False),
])
def test_a_cue_frames_a_run_next_to_it_but_not_past_another_claim(text, run, cue, frames):
    doc = make_document(text, "it")
    claims = [_span(text, "la città è in ginocchio")] if "ginocchio" in text else []
    assert cue_frames(doc, _span(text, cue), *_span(text, run), claims) is frames


def test_a_language_without_cue_rules_reads_no_romance_of_into_its_words():
    text = "Rektorn berättade att de flesta eleverna stannar hemma i morgon."  # Swedish 'de': 'the', 'they'
    doc = make_document(text, "sv")
    assert not cut_phrase(doc, *_span(text, "flesta eleverna stannar hemma i morgon"))
