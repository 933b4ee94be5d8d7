"""Support scoring: which negations of the evidence a summary sentence must keep."""

from __future__ import annotations

import pytest

from service.stages.checks import score_support, support_document
from service.stages.checks.facts import extract_facts
from service.stages.checks.support import _negation_mismatch

ARTICLE = (
    "Ross affirmed that the basic app will remain unchanged until November 12, warning that if there is "
    "no agreement before November 12, the app will be closed. "
    "A spokesman said the company had not decided whether to appeal the ruling. "
    "Oracle will acquire a stake in the app that does not exceed 20%, according to CNBC."
)


def mismatch(sentence: str, evidence: str, language: str = "en") -> list[str]:
    return _negation_mismatch(extract_facts(sentence, language), extract_facts(evidence, language))


def test_a_negation_in_a_clause_the_sentence_leaves_out_does_not_count():
    evidence = ARTICLE.split(". ")[0]
    assert mismatch("Ross affirmed that the basic app will remain unchanged until November 12.", evidence) == []
    court = "A spokesman said the company was reviewing the decision and had not decided whether to appeal."
    assert mismatch("The appeals court decision was unanimous.", court) == []
    german = ("Die Befugnis der Polizei, Mobiltelefone ohne richterliche Anordnung zu orten, verstoße gegen "
              "das Grundrecht, entschied der Erste Senat in einem Beschluss.")
    assert mismatch("Der Beschluss des Ersten Senats erging einstimmig.", german, "de") == []


def test_a_negation_next_to_a_restated_word_still_counts():
    assert mismatch("The company had decided whether to appeal the ruling.", ARTICLE.split(". ")[1])
    assert mismatch("Oracle will acquire a stake that does exceed 20%.", ARTICLE.split(". ")[2])
    assert mismatch("Il viendra demain.", "Il ne viendra pas demain.", "fr")
    assert mismatch("Il ne viendra pas demain.", "Il ne viendra pas demain.", "fr") == []


@pytest.mark.parametrize("sentence,supported", [
    ("Ross affirmed that the basic app will remain unchanged until November 12.", True),
    ("A spokesman said the company had decided to appeal the ruling.", False),
    ("A spokesman said the company had not decided whether to appeal the ruling.", True),
])
def test_support_scores_follow_the_governed_negation(fake_models, sentence, supported):
    assert (score_support(support_document(ARTICLE, "en"), sentence, fake_models) >= 0.5) is supported


MARATHON = (
    "El etíope Haile Tesfaye ganó este domingo el Maratón de Valencia. "
    "Se escapó del grupo de cabeza en el kilómetro 32 y llegó a la meta con más de un minuto de ventaja "
    "sobre el keniano Daniel Kiprop, segundo, y el también etíope Abebe Girma, tercero. "
    "The Harbour Hour airs on NordwaveFM Channel 125 weekdays from 6:00 a.m. to 9:00 a.m. "
    "A poll by Morning Consult found the race tied."
)


def test_a_shortening_paraphrase_may_name_what_the_article_says_elsewhere(fake_models):
    shortened = "Tesfaye se escapó del grupo de cabeza en el kilómetro 32."
    assert score_support(support_document(MARATHON, "es"), shortened, fake_models) >= 0.5


def test_a_name_from_elsewhere_swapped_into_a_copy_is_still_caught(fake_models):
    swapped = "The Harbour Hour airs on Morning ConsultFM Channel 125 weekdays from 6:00 a.m. to 9:00 a.m."
    assert score_support(support_document(MARATHON, "en"), swapped, fake_models) < 0.5
    moved = ("Se escapó del grupo de cabeza en el kilómetro 32 y llegó a la meta con "
             "más de un minuto de ventaja sobre el keniano Haile Tesfaye, segundo.")
    assert score_support(support_document(MARATHON, "es"), moved, fake_models) < 0.5


def test_a_verbatim_copy_agrees_with_its_own_negations():
    text = "She wrote: “When the mayor hears criticism, he doesn’t listen and can’t let it go.”"
    assert mismatch(text, text) == []


def test_a_share_written_as_a_word_must_match(fake_models):
    article = ("Les fabricants américains de semi-conducteurs, qui réalisent jusqu'à un quart de leur chiffre "
               "d'affaires en Chine, ont accueilli la décision avec prudence.")
    changed = "Les fabricants américains réalisent jusqu'à la moitié de leur chiffre d'affaires en Chine."
    same = "Les fabricants américains réalisent jusqu'à un quart de leur chiffre d'affaires en Chine."
    document = support_document(article, "fr")
    assert score_support(document, changed, fake_models) < 0.5
    assert score_support(document, same, fake_models) >= 0.5


def test_a_short_content_word_anchors_the_negation_beside_it():
    source = "Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”"
    assert mismatch("Said Ellis: “I do get the sense she’s the least bit interested in tax reform.”", source)


def test_a_long_text_is_embedded_in_batches_with_the_vectors_of_one_call(fake_models, monkeypatch):
    from service.contracts import Document
    from service.stages.checks import support
    from service.stages.segment import segment

    text = "The minister said on Tuesday that prices rose again in the north of the country. " * 40
    doc = Document(text, "en", True, segment(text, "en"))
    whole = support.embed_sentences(doc, fake_models)
    calls = []
    embed = fake_models.embedder.embed
    monkeypatch.setattr(fake_models.embedder, "embed", lambda texts: calls.append(len(texts)) or embed(texts))
    monkeypatch.setattr(support, "_EMBED_BATCH_CHARS", 1_000)
    batched = support.embed_sentences(doc, fake_models)
    assert len(calls) > 1 and sum(calls) == len(doc.sentences)
    assert whole is not None and batched is not None and batched.shape == whole.shape
    assert (batched == whole).all()


def test_batches_keep_order_and_put_an_over_long_text_alone():
    from service.stages.checks.support import _batches

    assert _batches(["aa", "bb", "c" * 9, "dd"], 5) == [["aa", "bb"], ["c" * 9], ["dd"]]
    assert _batches([], 5) == [[]]
