"""The orchestration: stage selection, validation, warnings, timings."""

from __future__ import annotations

import pytest

from service.config import Settings
from service.contracts import AnalyzeOptions
from service.errors import EmptyText, TextTooLong
from service.pipeline import Pipeline


@pytest.fixture
def pipeline(fake_models):
    return Pipeline(fake_models, Settings(max_text_chars=50_000))


def test_every_stage_is_timed(pipeline, seed_text):
    result = pipeline.analyze(seed_text)
    assert set(result.timings) == {"segment", "artifacts", "claims", "summary", "checks"}
    assert result.language == "en"


def test_only_requested_stages_are_returned(pipeline, seed_text):
    result = pipeline.analyze(seed_text, stages={"claims"})
    assert result.claims and not result.artifacts and not result.checks
    assert result.summary.text == ""
    assert "summary" not in result.timings


def test_language_hint_overrides_detection(pipeline):
    result = pipeline.analyze("Der Minister sagte am Montag, die Lage sei ernst.", language="de")
    assert result.language == "de"


def test_validation_errors(pipeline):
    with pytest.raises(EmptyText):
        pipeline.analyze(" \n ")
    with pytest.raises(TextTooLong):
        pipeline.analyze("a" * 50_001)


def test_summary_respects_the_word_limit(pipeline, seed_text):
    result = pipeline.analyze(seed_text, options=AnalyzeOptions(max_words=60), stages={"summary"})
    assert 0 < len(result.summary.text.split()) <= 60


def test_unbalanced_quotes_and_odd_input_never_lose_the_article(pipeline):
    text = "“This quote never closes, the minister said.\n\nAnother paragraph » with « odd „ marks."
    result = pipeline.analyze(text)
    assert result.summary.text
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.quote


def test_undetermined_language_gets_a_warning(pipeline):
    result = pipeline.analyze("12345 67890 !!! ???")
    assert result.language == "und"
    assert result.warnings


def test_speaker_names_use_the_corrected_spelling(pipeline):
    text = "A spokesman for Bitdance said: “We will appeal the ruling.”\n\nThe ruling came on Monday."
    result = pipeline.analyze(text, stages={"claims", "artifacts"})
    speakers = [c.speaker.name for c in result.claims if c.speaker and c.speaker.name]
    assert speakers and all("Bitdance" not in name for name in speakers)
    assert any("ByteDance" in name for name in speakers)


def test_a_speaker_named_by_an_institution_calque_takes_its_fix_only_there(pipeline):
    # An invented MT-English story: the US ministry is a calque, China's is real.
    text = ("WASHINGTON (AP) — The United States will restrict chip exports to three Chinese companies, the Ministry "
            "of Commerce said on Tuesday. Secretary of Commerce Dana Whitcombe said the rules were narrow.\n\n"
            "China's Ministry of Commerce said it firmly opposed the move and would protect Chinese firms.")
    result = pipeline.analyze(text, stages={"claims", "artifacts"})
    fixed = [a for a in result.artifacts if a.category == "institution_term"]
    assert [(a.surface, a.suggestion) for a in fixed] == [("Ministry of Commerce", "Commerce Department")]
    by_mention = {c.speaker.mention: c.speaker.name for c in result.claims if c.speaker}
    assert by_mention["the Ministry of Commerce"] == "Commerce Department"
    assert by_mention["China's Ministry of Commerce"] == "Ministry of Commerce"


def test_sentence_target_limits_the_summary(pipeline, seed_text):
    result = pipeline.analyze(seed_text, options=AnalyzeOptions(max_sentences=2), stages={"summary"})
    assert 1 <= len(result.summary.sentences) <= 2


def test_normalization_threshold_is_per_request(pipeline):
    text = "Shares of Bitdance fell sharply on Monday after the report. Analysts expect more losses this week."
    strict = pipeline.analyze(text, options=AnalyzeOptions(normalize_min_confidence=1.0), stages={"summary"})
    lenient = pipeline.analyze(text, options=AnalyzeOptions(normalize_min_confidence=0.5), stages={"summary"})
    assert "Bitdance" in strict.summary.text
    assert "ByteDance" in lenient.summary.text and "Bitdance" not in lenient.summary.text


# An invented MT-English story: the artifact stage fixes 'Bitdance' to 'ByteDance'.
_MT_STORY = (
    "Bitdance is the Chinese company that owns the short video app. "
    "\"We will go to court to defend our users,\" a Bitdance spokesman said on Saturday. "
    "The company said it had not received any notice from the government."
)


def test_claims_endpoint_names_speakers_as_the_full_analysis_does(pipeline):
    # /v1/claims asks for claims alone; the plan still applies the name fixes, so both agree.
    alone = pipeline.analyze(_MT_STORY, stages={"claims"})
    full = pipeline.analyze(_MT_STORY)
    names = [c.speaker.name for c in alone.claims if c.speaker]
    assert names == [c.speaker.name for c in full.claims if c.speaker]
    assert any(name and "ByteDance" in name for name in names)


def test_an_unknown_stage_is_refused_before_any_work(pipeline):
    from service.stages.plan import UnknownStage

    with pytest.raises(UnknownStage):
        pipeline.analyze("The minister said the talks would resume.", stages={"claim"})


def test_deferred_parsers_come_from_the_language_registry():
    from service.pipeline import _deferred_parsers

    # English is parsed from start-up; every other language folder naming a parser waits for its
    # first document.
    assert _deferred_parsers(Settings()) == {"fr": "spacy-fr"}
    assert _deferred_parsers(Settings(parsers=[])) == {"en": "spacy-en", "fr": "spacy-fr"}
    assert _deferred_parsers(Settings(deferred_parsers=[])) == {}


def test_the_sentence_embeddings_are_prefetched_and_reused(pipeline, seed_text):
    calls = []
    embed = pipeline.models.embedder.embed

    def counting(texts):
        calls.append(len(texts))
        return embed(texts)

    pipeline.models.embedder.embed = counting
    try:
        analysis = pipeline.analyze(seed_text, stages=["summary", "checks"])
    finally:
        pipeline.models.embedder.embed = embed
    # One call for every sentence of the article (the prefetch), then only the summary's own sentences.
    assert calls[0] > 10 and all(n < calls[0] for n in calls[1:])
    assert analysis.summary.sentences


def test_a_failed_prefetch_is_raised_where_the_index_is_used():
    from concurrent.futures import ThreadPoolExecutor

    from service.contracts import Document

    doc = Document(text="x", language="en", language_supported=True)
    with ThreadPoolExecutor(1) as pool:
        doc.prefetch("vectors", lambda d: 1 / 0, pool)
        with pytest.raises(ZeroDivisionError):
            doc.index("vectors", lambda d: "never built")
    ready = Document(text="x", language="en", language_supported=True)
    with ThreadPoolExecutor(1) as pool:
        ready.prefetch("vectors", lambda d: len(d.text), pool)
        assert ready.index("vectors", lambda d: -1) == 1 and ready.indexes["vectors"] == 1


@pytest.mark.parametrize("text,loads", [
    ("The minister said on Tuesday that the talks would resume in Geneva.", False),  # no ministry named
    ("The Foreign Ministry said on Tuesday that the talks would resume in Geneva.", True),
])
def test_the_institution_encoder_loads_only_for_a_text_naming_a_ministry(pipeline, monkeypatch, text, loads):
    asked = []
    monkeypatch.setattr(pipeline.models, "institution_encoder_for", lambda language: asked.append(language))
    pipeline.analyze(text, language="en", stages={"artifacts"})
    assert asked == (["en"] if loads else [])


def test_the_institution_reader_is_asked_for_only_beside_the_encoder_and_passed_with_it(pipeline, monkeypatch):
    encoder, reader, passed = object(), object(), []
    monkeypatch.setattr(pipeline.models, "institution_encoder_for", lambda language: encoder)
    monkeypatch.setattr(pipeline.models, "institution_reader_for", lambda language: reader)
    monkeypatch.setattr("service.pipeline.find_artifacts", lambda doc, *models: passed.append(models) or [])
    pipeline.analyze("The Foreign Ministry said on Tuesday that the talks would resume.", language="en",
                     stages={"artifacts"})
    assert passed == [(encoder, reader)]
    monkeypatch.setattr(pipeline.models, "institution_encoder_for", lambda language: None)
    monkeypatch.setattr(pipeline.models, "institution_reader_for", lambda language: pytest.fail("asked for a reader"))
    pipeline.analyze("The Foreign Ministry said on Tuesday that the talks would resume.", language="en",
                     stages={"artifacts"})
    assert passed[-1] == (None, None)


def test_the_institution_reader_setting_is_off_by_default_and_off_means_none():
    assert Settings().institution_reader is None
    assert Settings(institution_reader="none").institution_reader is None
    assert Settings(institution_reader="lm-likelihood").institution_reader == "lm-likelihood"


def test_a_cancelled_analysis_stops_inside_its_stage_and_runs_no_later_one(pipeline, monkeypatch, seed_text):
    import threading
    from contextvars import copy_context

    from service.cancel import cancel_on, check_cancelled
    from service.errors import AnalysisCancelled

    flag, ran = threading.Event(), []

    def slow_claims(_self, _run):
        ran.append("claims")
        flag.set()  # what the limiter does when it answers 504, here from inside the stage
        for _ in range(1_000):  # a long loop with a check per step: it stops at the first one after the flag
            check_cancelled()
            ran.append("step")

    monkeypatch.setattr(Pipeline, "_run_claims", slow_claims)
    monkeypatch.setattr(Pipeline, "_run_summary", lambda _self, _run: ran.append("summary"))

    def scenario():
        cancel_on(flag)
        pipeline.analyze(seed_text)

    with pytest.raises(AnalysisCancelled):
        copy_context().run(scenario)
    assert ran == ["claims"]
