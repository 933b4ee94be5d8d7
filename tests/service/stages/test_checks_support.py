"""Support scoring: which negations of the evidence a summary sentence must keep."""

from __future__ import annotations

import pytest

from service.stages.checks import score_support
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
    assert (score_support(ARTICLE, sentence, fake_models, "en") >= 0.5) is supported
