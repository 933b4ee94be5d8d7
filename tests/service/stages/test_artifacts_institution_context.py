"""The institution second opinion's context model: what it reads, when it serves, and when the plain one does.

A fake encoder stands in for e5-small (the shipped context model is checked against the real one in
test_the_shipped_context_scorer_names_e5_small). Every text is invented for the test.
"""

from __future__ import annotations

import json
import logging

import numpy as np
import pytest

from service.contracts import Document
from service.stages.artifacts import find_artifacts, institution_candidates
from service.stages.artifacts import institution_context as context
from service.stages.artifacts import institution_opinion as opinion
from service.stages.segment import segment

# Tunisia named just before an unqualified "Trade Ministry": the rules give it to Tunisia at low confidence and
# leave it to the second opinion (as in test_artifacts_institution_opinion.py).
TEXT = ("Two senators on Tuesday urged the administration to drop duties on fertilizer from Tunisia. "
        "A Louisiana producer had argued that Tunisia's government propped up its state phosphate company. "
        "The Trade Ministry agreed with the producer and set the duties last year, lawmakers said.")


class FakeEncoder:
    """Deterministic unit vectors; counts what it was asked to embed."""

    name = "fake-encoder"

    def __init__(self, dim: int = 4) -> None:
        self.dim = dim
        self.texts: list[str] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.texts += texts
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        out[:, 0] = 1.0
        return out


def _doc(text: str) -> Document:
    return Document(text=text, language="en", language_supported=True, sentences=segment(text, "en"))


def _terms(text: str, encoder=None) -> list[tuple[str, str]]:
    return [(a.surface, a.suggestion) for a in find_artifacts(_doc(text), encoder) if a.category == "institution_term"]


@pytest.fixture
def scorers(tmp_path, monkeypatch):
    """A plain scorer that never says US and a context scorer for FakeEncoder that always does (ctx_0 is 1 for
    every text): which one judged a term shows in the verdict. Caches are dropped on both sides."""
    plain, with_context = tmp_path / "weights.json", tmp_path / "weights-e5.json"
    common = {"version": "test", "feature_version": opinion.FEATURE_VERSION, "threshold": 0.5}
    plain.write_text(json.dumps({**common, "bias": -50.0, "weights": {}}), encoding="utf-8")
    with_context.write_text(json.dumps({**common, "bias": -50.0, "weights": {"ctx_0": 100.0},
                                        "encoder": "fake-encoder", "context_dim": 4, "context_scale": 1.0}),
                            encoding="utf-8")
    monkeypatch.setenv("WIRECHECK_INSTITUTION_SCORER", str(plain))
    monkeypatch.setenv("WIRECHECK_INSTITUTION_CONTEXT_SCORER", str(with_context))
    opinion.default_scorer.cache_clear()
    opinion.context_scorer.cache_clear()
    yield with_context
    opinion.default_scorer.cache_clear()
    opinion.context_scorer.cache_clear()


def test_the_context_is_the_sentence_before_and_the_term_s_own_with_the_term_as_the_body():
    [cand] = institution_candidates(_doc(TEXT))
    encoder = FakeEncoder()
    [with_context] = institution_candidates(_doc(TEXT), encoder)
    assert (with_context.start, with_context.end) == (cand.start, cand.end)
    assert encoder.texts == ["A Louisiana producer had argued that Tunisia's government propped up its state phosphate "
                             "company. The body agreed with the producer and set the duties last year, lawmakers said."]
    assert with_context.features["ctx_0"] == pytest.approx(context.CONTEXT_SCALE)
    assert {k: v for k, v in with_context.features.items() if not k.startswith("ctx_")} == cand.features


def test_the_context_model_judges_a_term_when_the_encoder_is_passed_and_the_plain_one_otherwise(scorers):
    assert _terms(TEXT) == []
    assert _terms(TEXT, FakeEncoder()) == [("Trade Ministry", "Commerce Department")]


def test_the_context_model_alone_judges_a_term_the_rules_placed_abroad_at_0_9(scorers):
    # "In Washington, a Foreign Ministry spokesperson" right after Turkey's: the rules read it as Turkey's again.
    text = ("Turkey's Foreign Ministry said on Monday that the arrests were lawful. In Washington, a Foreign Ministry "
            "spokesperson said the United States valued its security cooperation with Ankara.")
    assert _terms(text) == []
    assert _terms(text, FakeEncoder()) == [("Foreign Ministry", "State Department")]
    # (That the plain model never judges it, even one that says US to everything, is in
    # test_artifacts_institution_opinion.py.)


def test_an_encoder_of_other_dimensions_leaves_the_plain_model_with_a_warning(scorers, caplog):
    with caplog.at_level(logging.WARNING):
        assert _terms(TEXT, FakeEncoder(dim=3)) == []
    assert "reads 4 dimensions, the encoder gives 3" in caplog.text


def test_a_missing_context_model_leaves_the_plain_one_with_a_warning(scorers, caplog):
    scorers.unlink()
    with caplog.at_level(logging.WARNING):
        assert _terms(TEXT, FakeEncoder()) == []
    assert "cannot read the institution scorer" in caplog.text and "plain second opinion" in caplog.text


def test_off_turns_both_models_off(scorers, monkeypatch):
    monkeypatch.setenv("WIRECHECK_INSTITUTION_SCORER", "off")
    opinion.default_scorer.cache_clear()
    opinion.context_scorer.cache_clear()
    assert opinion.context_scorer() is None and _terms(TEXT, FakeEncoder()) == []


def test_one_context_is_embedded_once_and_past_the_cap_terms_go_to_the_plain_model(scorers, monkeypatch):
    monkeypatch.setattr(context, "MAX_CONTEXTS", 2)
    # The same paragraph twice (one context embedded once), then two more: past the cap of two, the plain model.
    text = "".join(f"{TEXT[:-1]} {w}.\n\n" for w in ["yes", "yes", "no", "maybe"])
    encoder = FakeEncoder()
    flagged = _terms(text, encoder)
    assert len(encoder.texts) == 2 == len(set(encoder.texts))
    assert len(flagged) == 3


def test_an_encoder_that_fails_leaves_the_plain_model_with_one_warning(scorers, caplog):
    class Broken(FakeEncoder):
        def embed(self, texts):
            raise RuntimeError("out of memory")

    text = TEXT + " " + TEXT.replace("Tuesday", "Friday")
    with caplog.at_level(logging.WARNING):
        assert _terms(text, Broken()) == []
    assert caplog.text.count("the institution context encoder failed") == 1


def test_the_shipped_context_scorer_names_e5_small_and_this_feature_version():
    scorer = opinion.read_scorer(opinion.CONTEXT_WEIGHTS_FILE)
    assert scorer.encoder == "e5-small" and scorer.context_dim == 384
    assert scorer.context_scale == context.CONTEXT_SCALE
    assert {f"ctx_{i}" for i in range(384)} & scorer.weights.keys() and "us_share" in scorer.weights
