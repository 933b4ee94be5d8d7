"""The institution second opinion's reading model: what the language model reads, when the reading model serves,
and when the context model does instead.

A fake reader stands in for SmolLM2 (tests/models/test_lm_likelihood.py runs the real one). Every text is invented for
the test.
"""

from __future__ import annotations

import json
import logging

import pytest

from service.stages.artifacts import institution_candidates
from service.stages.artifacts import institution_opinion as opinion
from service.stages.artifacts import institution_reading as reading
from tests.service.stages.test_artifacts_institution_context import TEXT, FakeEncoder, _doc, _terms


class FakeReader:
    """Likes the US reading of any text by 5 nats; records what it was asked to read."""

    name = "fake-reader"

    def __init__(self) -> None:
        self.texts: list[str] = []

    def log_likelihood_differences(self, pairs: list[tuple[str, str]]) -> list[float]:
        self.texts += [t for pair in pairs for t in pair]
        return [self._score(a) - self._score(b) for a, b in pairs]

    @staticmethod
    def _score(text: str) -> float:
        return 5.0 if "U.S. Trade Ministry" in text else 0.0


@pytest.fixture
def scorers(tmp_path, monkeypatch):
    """Plain and context scorers that never say US, and a reading scorer that does when the US reading wins:
    which one judged a term shows in the verdict. Caches are dropped on both sides."""
    common = {"version": "test", "feature_version": opinion.FEATURE_VERSION, "threshold": 0.5}
    context = {"encoder": "fake-encoder", "context_dim": 4, "context_scale": 1.0}
    files = {"WIRECHECK_INSTITUTION_SCORER": ("weights.json", {**common, "bias": -50.0, "weights": {}}),
             "WIRECHECK_INSTITUTION_CONTEXT_SCORER": ("weights-e5.json",
                                                      {**common, "bias": -50.0, "weights": {}, **context}),
             "WIRECHECK_INSTITUTION_READING_SCORER": ("weights-e5-lm.json", {
                 **common, "bias": -50.0, "weights": {"lm_us_reading": 200.0}, **context, "reader": "fake-reader",
                 "reading_scale": 10.0})}
    for variable, (name, content) in files.items():
        (tmp_path / name).write_text(json.dumps(content), encoding="utf-8")
        monkeypatch.setenv(variable, str(tmp_path / name))
    _clear()
    yield tmp_path / "weights-e5-lm.json"
    _clear()


def _clear() -> None:
    for cached in (opinion.default_scorer, opinion.context_scorer, opinion.reading_scorer):
        cached.cache_clear()


def test_the_term_is_read_as_the_us_s_and_as_the_rules_country_s_after_the_article_s_first_sentence():
    reader = FakeReader()
    [cand] = institution_candidates(_doc(TEXT), FakeEncoder(), reader)
    lede = "Two senators on Tuesday urged the administration to drop duties on fertilizer from Tunisia. "
    before = "A Louisiana producer had argued that Tunisia's government propped up its state phosphate company. "
    after = " agreed with the producer and set the duties last year, lawmakers said."
    assert reader.texts == [f"{lede}{before}The U.S. Trade Ministry{after}",
                            f"{lede}{before}The Tunisian Trade Ministry{after}",
                            "The U.S. Trade Ministry said on Monday.", "The Tunisian Trade Ministry said on Monday."]
    assert cand.features["lm_us_reading"] == pytest.approx(0.5) and cand.features["lm_us_plain"] == pytest.approx(0.5)
    # Without a reader, or without the encoder it is weighed with, no reading is taken.
    [plain] = institution_candidates(_doc(TEXT), FakeEncoder())
    assert not any(k.startswith("lm_") for k in plain.features)
    assert {k: v for k, v in cand.features.items() if not k.startswith("lm_")} == plain.features


def test_an_indefinite_article_agrees_with_the_country_put_before_the_term():
    assert reading._article_for("said an ", "Turkish Foreign Ministry") == "said a "
    assert reading._article_for("An ", "American Trade Ministry") == "An "
    assert reading._article_for("A ", "Egyptian Trade Ministry") == "An "
    assert reading._article_for("the ", "Egyptian Trade Ministry") == "the "
    # A U read "you" takes "a": the US reading must not be penalised for "an U.S.".
    assert reading._article_for("said a ", "U.S. Trade Ministry") == "said a "
    assert reading._article_for("An ", "Ukrainian Trade Ministry") == "A "
    assert reading._article_for("a ", "Uzbek Trade Ministry") == "an "


def test_the_other_country_is_the_rules_else_the_one_the_story_names_most():
    from collections import Counter

    counts = Counter({"US": 9, "TR": 3, "GR": 2})
    assert reading.other_country(counts, "GR") == "GR"
    assert reading.other_country(counts, "US") == reading.other_country(counts, None) == "TR"
    assert reading.other_country(Counter({"US": 2}), None) is None
    assert reading.country_adjective("TN") == "Tunisian" and reading.country_adjective("ZZ") is None


def test_the_reading_model_judges_a_term_when_both_models_are_passed(scorers):
    assert _terms(TEXT, FakeEncoder()) == []
    from service.stages.artifacts import find_artifacts

    found = [(a.surface, a.suggestion) for a in find_artifacts(_doc(TEXT), FakeEncoder(), FakeReader())
             if a.category == "institution_term"]
    assert found == [("Trade Ministry", "Commerce Department")]


def test_a_missing_reading_model_leaves_the_context_model_with_a_warning(scorers, caplog):
    from service.stages.artifacts import find_artifacts

    scorers.unlink()
    with caplog.at_level(logging.WARNING):
        assert [a for a in find_artifacts(_doc(TEXT), FakeEncoder(), FakeReader())
                if a.category == "institution_term"] == []
    assert "cannot read the institution scorer" in caplog.text and "the context model" in caplog.text


def test_a_reader_the_weights_were_not_trained_with_leaves_the_context_model_with_one_warning(scorers, caplog):
    from service.stages.artifacts import find_artifacts

    class Other(FakeReader):
        name = "lm-likelihood:/elsewhere/other.gguf"

    text = TEXT + " " + TEXT.replace("Tuesday", "Friday")
    with caplog.at_level(logging.WARNING):
        for _ in range(2):
            assert [a for a in find_artifacts(_doc(text), FakeEncoder(), Other())
                    if a.category == "institution_term"] == []
    assert caplog.text.count("was trained with 'fake-reader'") == 1 and "--reader lm-likelihood:" in caplog.text


def test_one_reading_is_scored_once_and_past_the_cap_terms_go_to_the_context_model(scorers, monkeypatch):
    from service.stages.artifacts import find_artifacts

    monkeypatch.setattr(reading, "MAX_READINGS", 1)
    text = "".join(f"{TEXT[:-1]} {w}.\n\n" for w in ["yes", "no"])
    reader = FakeReader()
    flagged = [a for a in find_artifacts(_doc(text), FakeEncoder(), reader) if a.category == "institution_term"]
    assert len(reader.texts) == 4 and len(flagged) == 1


def test_a_reader_that_fails_leaves_the_context_model_with_one_warning(scorers, caplog):
    from service.stages.artifacts import find_artifacts

    class Broken(FakeReader):
        def log_likelihood_differences(self, pairs):
            raise RuntimeError("out of memory")

    text = TEXT + " " + TEXT.replace("Tuesday", "Friday")
    with caplog.at_level(logging.WARNING):
        assert [a for a in find_artifacts(_doc(text), FakeEncoder(), Broken())
                if a.category == "institution_term"] == []
    assert caplog.text.count("the institution reading model failed") == 1


def test_the_shipped_reading_scorer_names_its_reader_and_encoder_and_weighs_the_readings():
    scorer = opinion.read_scorer(opinion.READING_WEIGHTS_FILE)
    assert (scorer.reader, scorer.encoder, scorer.context_dim) == ("lm-likelihood", "e5-small", 384)
    assert scorer.reading_scale == reading.READING_SCALE and scorer.weights["lm_us_reading"] > 0
