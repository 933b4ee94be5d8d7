"""Support scoring: which negations of the evidence a summary sentence must keep, and what it must not add."""

from __future__ import annotations

import pytest

from service.contracts import Summary, SummarySentence, TextSpan
from service.stages.artifacts import find_artifacts
from service.stages.checks import run_checks, score_support, support_document
from service.stages.checks.facts import extract_facts
from service.stages.checks.support import _negation_mismatch, check_support, index_document

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


# Invented articles for the added-content check: a summary must not say more than the article, nor the reverse.
MERGER = (
    "The board of Valdren Mining rejected a takeover offer from Ostmark Resources on Tuesday. "
    "Chief executive Lena Okafor said the bid undervalued the company's copper projects in Zambia. "
    "Shares of Valdren rose 4% after the announcement."
)


def support(article: str, sentence: str, models, language: str = "en"):
    return check_support(index_document(support_document(article, language), models), sentence, models)


def test_an_invented_clause_is_flagged_and_its_words_named(fake_models):
    result = support(MERGER, "The board of Valdren Mining rejected a takeover offer from Ostmark Resources on "
                             "Tuesday, and Okafor resigned the following week.", fake_models)
    assert not result.supported
    assert any("'resigned'" in m and "not in the article" in m for m in result.mismatches)


def test_invented_content_spread_over_a_sentence_is_flagged(fake_models):
    result = support(MERGER, "Valdren Mining said it would sue Ostmark Resources in federal court.", fake_models)
    assert not result.supported
    assert any("'sue'" in m and "'court'" in m for m in result.mismatches)


def test_a_predicate_turned_into_its_opposite_is_flagged(fake_models):
    result = support(MERGER, "The board of Valdren Mining accepted a takeover offer from Ostmark Resources "
                             "on Tuesday.", fake_models)
    assert not result.supported
    assert result.mismatches == ["'accepted' says the opposite of the article's 'rejected'"]


@pytest.mark.parametrize("sentence", [
    "Valdren Mining's board rejected Ostmark Resources' takeover offer.",
    "Okafor said the bid undervalued the company's copper projects.",
    "Valdren shares rose 4% after the board rejected the offer.",
])
def test_a_faithful_paraphrase_is_not_flagged(fake_models, sentence):
    result = support(MERGER, sentence, fake_models)
    assert result.supported, result.mismatches


def test_one_rare_word_of_paraphrase_in_a_clause_is_not_added_content(fake_models):
    # 'sceptical' is the summary's own word for what the senators said; one word is no invented clause.
    article = "Senator Ruth Calder told the hearing that the figures did not add up and asked for an audit."
    result = support(article, "Senator Ruth Calder was sceptical, asking for an audit.", fake_models)
    assert not [m for m in result.mismatches if "not in the article" in m]


def test_a_generated_sentence_with_an_invented_contrast_is_flagged(fake_models):
    article = ("The city council of Brenmoor approved its budget for next year on Monday. "
               "The mayor said the council would raise taxes next year to pay for new schools.")
    result = support(article, "The mayor said the council would raise taxes next year, a stark contrast to the "
                              "promises made by the outgoing administration.", fake_models)
    assert not result.supported
    assert any("'stark'" in m and "'promises'" in m for m in result.mismatches)


def test_invented_content_and_opposites_in_german_and_french(fake_models):
    german = ("Der Gemeinderat von Oberweidach hat den Bau des Windparks am Dienstag abgelehnt. "
              "Die Genossenschaft will nun einen anderen Standort prüfen.")
    assert support(german, "Der Gemeinderat hat den Bau des Windparks abgelehnt.", fake_models, "de").supported
    added = support(german, "Der Gemeinderat hat den Bau des Windparks abgelehnt, und der Bürgermeister trat "
                            "daraufhin zurück.", fake_models, "de")
    assert not added.supported and any("'Bürgermeister'" in m for m in added.mismatches)
    french = "Le conseil municipal de Vernol a rejeté mardi le projet de parking souterrain."
    flipped = support(french, "Le conseil municipal de Vernol a approuvé mardi le projet de parking souterrain.",
                      fake_models, "fr")
    assert flipped.mismatches == ["'approuvé' says the opposite of the article's 'rejeté'"]


def test_a_normalised_institution_name_is_still_supported_when_the_rest_is_faithful(fake_models):
    article = ("WASHINGTON, March 3 (Reuters) - The US Ministry of Foreign Affairs on Monday ordered the Orvanto "
               "consulate in Houston to close within 72 hours. "
               "Orvanto called the order a provocation and promised to respond.")
    doc = support_document(article, "en")
    artifacts = find_artifacts(doc)
    fixed = next(a.suggestion for a in artifacts if a.surface == "Ministry of Foreign Affairs")
    faithful = f"The {fixed} ordered the Orvanto consulate in Houston to close within 72 hours."
    invented = f"The {fixed} ordered the Orvanto consulate closed, and expelled its staff to Canada the same night."
    summary = Summary(text=f"{faithful} {invented}", sentences=[SummarySentence(text=faithful, support=0.3),
                                                                SummarySentence(text=invented, support=0.3)])
    flags = [c for c in run_checks(doc, summary, [], fake_models, artifacts, 0.8)
             if c.kind == "unsupported_summary_sentence"]
    assert [c.explanation for c in flags if faithful in c.explanation] == []
    assert len(flags) == 1 and "'expelled'" in flags[0].explanation


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


def test_an_extractive_sentence_is_never_flagged_against_its_own_source(fake_models, monkeypatch):
    from service.stages import checks
    from service.stages.checks.support import SupportResult

    # The aligner reads the negation of the sentence before: the copy itself says nothing its source does not.
    monkeypatch.setattr(checks, "check_support", lambda *a, **k: SupportResult(
        score=0.3, mismatches=["the evidence negates where the sentence does not"]))
    article = ("Nicht alle Fachleute sind überzeugt. Der Bonner Astrophysiker Jens Hartmann nannte den Zeitplan für "
               "den Lander „ehrgeizig“.")
    doc = support_document(article, "de")
    copied = "Der Bonner Astrophysiker Jens Hartmann nannte den Zeitplan für den Lander „ehrgeizig“."
    start = article.index(copied)
    source = TextSpan(start=start, end=start + len(copied), text=copied)
    sentence = SummarySentence(text=copied, evidence=[source], support=0.3)
    extractive = Summary(text=copied, sentences=[sentence], backend="extractive")
    assert not [c for c in run_checks(doc, extractive, [], fake_models, [], 0.8)
                if c.kind == "unsupported_summary_sentence"]
    # A generated sentence gets no such pass: its words in order may still drop a 'nicht'.
    generated = Summary(text=copied, sentences=[sentence], backend="llm")
    assert [c.kind for c in run_checks(doc, generated, [], fake_models, [], 0.8)] == ["unsupported_summary_sentence"]
