"""Claim checks: support scoring, contradictions, date consistency, check-worthiness, run_checks."""

from __future__ import annotations

import json

import pytest

from models.loader import LoadedModels
from service.contracts import Claim, Document, Speaker, Summary, SummarySentence
from service.stages.checks import run_checks, score_support, support_document
from service.stages.checks.checkworthy import checkworthy_checks
from service.stages.checks.contradictions import find_contradictions
from service.stages.checks.dates import date_checks
from service.stages.checks.support import index_document
from service.stages.segment import segment
from tests.conftest import ROOT

REFERENCE = json.loads((ROOT / "eval" / "references" / "en-seed-tiktok.json").read_text(encoding="utf-8"))

ARTICLE = (
    "Officials in Lyon said on Tuesday that a fire at a chemical plant killed 12 people and injured 40. "
    "The plant, owned by Rhodia, had passed an inspection in March. "
    "Mayor Anne Martin said the company did not warn residents before the blast. "
    "Rhodia said it would cooperate with investigators."
)


def index_for(text: str, models: LoadedModels):
    return index_document(support_document(text, "en"), models)


@pytest.mark.parametrize("sentence", [
    "A fire at a chemical plant in Lyon killed 12 people, officials said.",
    "Mayor Anne Martin said the company did not warn residents before the blast.",
    "Rhodia said it would cooperate with investigators.",
])
def test_supported_sentences_score_high(fake_models, sentence):
    assert score_support(support_document(ARTICLE, "en"), sentence, fake_models) >= 0.5


@pytest.mark.parametrize("sentence,kind", [
    ("A fire at a chemical plant in Lyon killed 15 people, officials said.", "number"),
    ("Mayor Anne Martin said the company did warn residents before the blast.", "negation"),
    ("Rhodia said it would not cooperate with investigators.", "negation"),
    ("The plant, owned by Total, had passed an inspection in March.", "entity"),
    ("The plant, owned by Rhodia, had passed an inspection in June.", "date"),
    ("Officials in Lyon said on Friday that a fire at a chemical plant killed 12 people and injured 40.", "date"),
])
def test_perturbed_sentences_score_low(fake_models, sentence, kind):
    assert score_support(support_document(ARTICLE, "en"), sentence, fake_models) < 0.5, kind


def test_support_works_without_an_embedder():
    models, article = LoadedModels(), support_document(ARTICLE, "en")
    assert score_support(article, "Rhodia said it would cooperate with investigators.", models) >= 0.5
    assert score_support(article, "Rhodia said it would not cooperate with investigators.", models) < 0.5


def test_the_support_index_is_built_once_per_document(fake_models):
    article = support_document(ARTICLE, "en")
    score_support(article, "Rhodia said it would cooperate with investigators.", fake_models)
    index = article.indexes["support"]
    score_support(article, "Mayor Anne Martin said the company did not warn residents.", fake_models)
    assert index_document(article, fake_models) is index
    assert support_document(ARTICLE, "en").indexes == {}  # another document: nothing shared


def test_seed_reference_support_sentences(real_models):
    gold = [item["supported"] for item in REFERENCE["support"]]
    article = support_document(REFERENCE["text"], "en")
    predicted = [score_support(article, item["sentence"], real_models) >= 0.5 for item in REFERENCE["support"]]
    assert predicted == gold


def _overlaps(span, gold) -> bool:
    return span.start < gold["end"] and gold["start"] < span.end


def test_seed_contradiction_is_flagged_with_both_spans(fake_models, seed_text):
    checks = find_contradictions(index_for(seed_text, fake_models))
    assert all(c.kind == "contradiction" and len(c.spans) == 2 for c in checks)
    for pair in REFERENCE["contradictions"]:
        assert any(
            any(_overlaps(s, pair["a"]) for s in c.spans) and any(_overlaps(s, pair["b"]) for s in c.spans)
            for c in checks
        ), pair["explanation"]
    assert "November 12" in checks[0].explanation


def test_opposite_polarity_same_subject_and_date_is_a_contradiction(fake_models):
    text = ("The government said the border with Spain will be opened on June 3. Tourists were pleased. "
            "But the minister said the border with Spain will remain closed on June 3, officials confirmed.")
    checks = find_contradictions(index_for(text, fake_models))
    assert len(checks) == 1 and "Spain" in checks[0].explanation


def test_different_dates_or_agreeing_statements_are_not_contradictions(fake_models):
    text = ("The border with Spain will be closed on June 3. The border with Spain will be opened on July 9. "
            "Schools in Lyon will be closed on Monday. Officials said Lyon schools stay closed on Monday.")
    assert find_contradictions(index_for(text, fake_models)) == []


def test_two_figures_for_the_same_quantity(fake_models):
    text = ("The fire in Lyon killed 12 people on Monday, police said. Rescue work continued overnight. "
            "Officials later said the fire in Lyon killed 15 people on Monday.")
    checks = find_contradictions(index_for(text, fake_models))
    assert len(checks) == 1 and "12" in checks[0].explanation and "15" in checks[0].explanation


def test_weekday_that_does_not_match_its_date(fake_models):
    text = "The summit opened on Sunday, September 20, 2021 in Geneva. The meeting on February 30 was cancelled."
    checks = date_checks(index_for(text, fake_models))
    explanations = [c.explanation for c in checks]
    assert any("Monday, not a Sunday" in e for e in explanations)
    assert any("February 30" in e for e in explanations)


def test_weekday_without_a_year_is_not_guessed(fake_models, seed_text):
    # The seed pairs "September 20" with "Sunday" (true in 2020) but never names the year.
    assert date_checks(index_for(seed_text, fake_models)) == []


def _claim(quote: str, start: int, score: float) -> Claim:
    return Claim(quote=quote, start=start, end=start + len(quote), type="direct", checkworthiness=score,
                 speaker=Speaker(name="Wilbur Ross"), reasons=["number"])


def test_checkworthy_ranks_and_caps():
    claims = [_claim("a", 0, 0.2), _claim("b", 10, 0.9), _claim("c", 20, 0.7), _claim("d", 30, 0.9)]
    checks = checkworthy_checks(claims, top_k=2)
    assert [c.spans[0].start for c in checks] == [10, 30]
    assert all(c.kind == "check_worthy" and c.severity == "info" for c in checks)
    assert "Wilbur Ross" in checks[0].explanation


def test_run_checks_flags_unsupported_summary_sentences(fake_models, seed_text):
    doc = Document(text=seed_text, language="en", language_supported=True, sentences=segment(seed_text, "en"))
    summary = Summary(text="x", sentences=[SummarySentence(text="WeChat is owned by Alibaba.", support=0.2)])
    checks = run_checks(doc, summary, [_claim(seed_text[:20], 0, 0.8)], fake_models)
    kinds = [c.kind for c in checks]
    assert "unsupported_summary_sentence" in kinds and "contradiction" in kinds and "check_worthy" in kinds
    severities = [c.severity for c in checks]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)


def test_summary_and_checks_share_the_documents_support_index(fake_models, seed_text):
    from service.stages.summarize import summarize

    doc = Document(text=seed_text, language="en", language_supported=True, sentences=segment(seed_text, "en"))
    summary = summarize(doc, fake_models, backend="extractive", max_words=60, min_words=20, artifacts=[])
    built = doc.indexes["support"]
    run_checks(doc, summary, [], fake_models)
    assert doc.indexes["support"] is built and built.sentences is doc.sentences


def test_check_worthy_claims_are_listed_best_first(fake_models, seed_text):
    doc = Document(text=seed_text, language="en", language_supported=True, sentences=segment(seed_text, "en"))
    claims = [_claim(seed_text[:20], 0, 0.6), _claim(seed_text[40:60], 40, 0.9), _claim(seed_text[80:99], 80, 0.7)]
    worthy = [c for c in run_checks(doc, Summary(text="", sentences=[]), claims, fake_models)
              if c.kind == "check_worthy"]
    assert [c.spans[0].start for c in worthy] == [40, 80, 0]
    assert [c.explanation.split(",")[0] for c in worthy] == [f"check-worthy claim #{n}" for n in (1, 2, 3)]
