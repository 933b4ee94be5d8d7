"""Orchestrates the stages: language → segmentation → artifacts → claims → summary → checks.

Stages are plain functions in ``service.stages``; this module only sequences them and times them.
Which run for a request is the closure of what it asks for (``service/stages/plan.py``). Models
arrive already loaded (lifespan or CLI start-up).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial

from models.base import BackendUnavailable, UnknownBackend
from models.loader import LoadedModels, load_models
from service.cancel import check_cancelled
from service.config import Settings, get_settings
from service.contracts import Analysis, AnalyzeOptions, Artifact, Check, Claim, Document, Summary
from service.entities import html_entity_warning
from service.errors import BackendOptionUnavailable, EmptyText, TextTooLong, UnknownBackendOption
from service.languages import PARTS, codes, get_language
from service.stages.artifacts import find_artifacts
from service.stages.checks import run_checks
from service.stages.checks.support import SENTENCE_VECTORS, embed_sentences
from service.stages.language import UNDETERMINED, detect_language
from service.stages.plan import ALL_STAGES, plan
from service.stages.quotes import extract_claims
from service.stages.segment import segment
from service.stages.summarize import summarize


@dataclass
class _Run:
    """One request: its document, its options and what the stages have added so far."""

    doc: Document
    options: AnalyzeOptions
    artifacts: list[Artifact] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    summary: Summary = field(default_factory=lambda: Summary(text="", sentences=[], backend="none"))
    checks: list[Check] = field(default_factory=list)


class Pipeline:
    def __init__(self, models: LoadedModels, settings: Settings) -> None:
        self.models = models
        self.settings = settings
        self._executor: ThreadPoolExecutor | None = None

    def make_document(self, text: str, language: str | None = None, title: str | None = None) -> Document:
        """Validate the text, identify its language and segment it, keeping every offset."""
        if not text or not text.strip():
            raise EmptyText("text is empty or only whitespace; send the article's text")
        if len(text) > self.settings.max_text_chars:
            raise TextTooLong(
                f"text has {len(text)} characters; the limit is {self.settings.max_text_chars}",
                {"limit": self.settings.max_text_chars, "length": len(text)},
            )
        guess = detect_language(text, language)
        record = get_language(guess.code)
        # What the language's folder lacks is what the user gets less of; say so.
        warnings: list[str] = record.gaps() if record is not None else []
        if not guess.supported:
            if guess.unknown_hint is not None:
                shown = f"is {guess.unknown_hint!r} (not an ISO 639-1 code such as 'en')"
            else:
                shown = "could not be identified" if guess.code == UNDETERMINED else f"is {guess.code!r}"
            warnings.append(
                f"language {shown}, which wirecheck has no rules for; "
                "only language-neutral stages were applied (quote marks, embeddings)"
            )
        if (entities := html_entity_warning(text)) is not None:
            warnings.append(entities)
        # Languages without sentence rules of their own get English boundaries, the neutral default.
        rules = (record.sentences if record is not None else None) or "en"
        return Document(
            text=text,
            language=guess.code,
            language_supported=guess.supported,
            sentences=segment(text, rules),
            title=title,
            warnings=warnings,
        )

    def analyze(
        self,
        text: str,
        *,
        language: str | None = None,
        title: str | None = None,
        options: AnalyzeOptions | None = None,
        stages: Iterable[str] = ALL_STAGES,
    ) -> Analysis:
        options = options or AnalyzeOptions()
        timings: dict[str, float] = {}
        steps = plan(stages)  # before any work: an unknown stage is the caller's error

        with _timed(timings, "segment"):
            doc = self.make_document(text, language, title)
        self._prefetch(doc, steps)
        run = _Run(doc, options)
        for name in steps:
            check_cancelled()  # a request that timed out stops here, between stages (service/cancel.py)
            with _timed(timings, name):
                getattr(self, f"_run_{name}")(run)

        wanted = set(stages)
        return Analysis(
            language=doc.language,
            summary=run.summary,
            claims=run.claims if "claims" in wanted else [],
            artifacts=run.artifacts if "artifacts" in wanted else [],
            checks=run.checks,
            warnings=doc.warnings + self.models.problems,
            timings=timings,
        )

    def _prefetch(self, doc: Document, steps: list[str]) -> None:
        """Start the encoders, which need only the text and its sentences, on other threads (numpy and
        torch release the GIL): on a second core they are done by the time their stage asks, instead of
        adding their time after the rules'."""
        if "claims" in steps and (model := self.models.claims_model_for(doc.language)) is not None:
            model.prefetch(doc, self._background())
        if {"summary", "checks"} & set(steps) and self.models.embedder is not None:
            doc.prefetch(SENTENCE_VECTORS, partial(embed_sentences, models=self.models), self._background())

    def close(self) -> None:
        """Stop the prefetch threads (the server's lifespan calls this at shutdown)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    def _background(self) -> ThreadPoolExecutor:
        # Made on first use, so a pipeline built before a fork (batch workers) has no threads to lose.
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="wirecheck-prefetch")
            # The prefetch thread needs the GIL back between numpy calls while the claims stage (mostly
            # Python) holds it; at the default 5 ms hand-over it waits more than it computes (seed
            # analyze: 304 ms of work overlapped into 215 ms at 5 ms, 175 ms at 0.5 ms).
            sys.setswitchinterval(min(sys.getswitchinterval(), 0.0005))
        return self._executor

    # One method per stage in service/stages/plan.py, each reading and adding to the run.

    def _run_artifacts(self, run: _Run) -> None:
        # Only a text naming a ministry or minister (the second opinion reads capitalised names alone) can need the
        # institution encoder: others never load it.
        wants = _NAMED_MINISTRY.search(run.doc.text) is not None
        encoder = self.models.institution_encoder_for(run.doc.language or "en") if wants else None
        reader = self.models.institution_reader_for(run.doc.language or "en") if encoder is not None else None
        run.artifacts = find_artifacts(run.doc, encoder, reader)

    def _run_claims(self, run: _Run) -> None:
        run.claims = extract_claims(run.doc, self.models.parser_for(run.doc.language))
        model = self.models.claims_model_for(run.doc.language)
        if model is not None:
            from models.claims.backend import repick_speakers

            problems = repick_speakers(model, run.doc, run.claims)
            if not problems:
                _model_fills_the_quotes_gap(run.doc, model.name)
            run.doc.warnings.extend(problems)
        _normalize_speaker_names(run.claims, run.artifacts, _normalize_threshold(run.options, self.settings))

    def _run_summary(self, run: _Run) -> None:
        options = run.options
        with _backend_errors_as_user_errors():
            run.summary = summarize(
                run.doc,
                self.models,
                backend=options.summarizer or self.settings.summarizer,
                max_words=options.max_words or self.settings.summary_max_words,
                min_words=_min_words(options, self.settings),
                artifacts=run.artifacts,
                min_confidence=_normalize_threshold(options, self.settings),
                max_sentences=options.max_sentences,
            )

    def _run_checks(self, run: _Run) -> None:
        run.checks = run_checks(run.doc, run.summary, run.claims, self.models, run.artifacts, _normalize_threshold(run.options, self.settings))  # noqa: E501


_NAMED_MINISTRY = re.compile(r"\bMinist(?:ry|er)\b|\b(?!(?:The|A|An|This|That|Its|Their|His|Her)\b)[A-Z][\w-]*\s+"
                             r"minist(?:ry|er)\b")


def _model_fills_the_quotes_gap(doc: Document, model: str) -> None:
    """A language without claims rules of its own warns that claims come from quote marks only; once the learned
    model has picked the speakers and cues, that warning would contradict the answer, so it says where they came
    from instead."""
    gap = f": {PARTS['quotes']}"
    doc.warnings[:] = [w.replace(gap, f": no claims rules of its own; speakers and cues come from the learned model "
                                      f"({model})") if w.endswith(gap) else w for w in doc.warnings]


def default_models(settings: Settings, *, strict: bool = False) -> LoadedModels:
    """The configured default backends: one place that turns settings into loaded models."""
    return load_models(settings.embedder, settings.parsers, deferred_parsers=_deferred_parsers(settings),
                       strict=strict, deferred_claims_model=settings.claims_model,
                       deferred_institution_encoder=settings.institution_encoder,
                       deferred_institution_reader=settings.institution_reader)


def _deferred_parsers(settings: Settings) -> dict[str, str]:
    """Language -> parser backend to load on its first document, from the language registry."""
    named = {code: language.parser for code in codes()
             if (language := get_language(code)) is not None and language.parser}
    wanted = settings.deferred_parsers
    return {code: parser for code, parser in named.items()
            if parser not in settings.parsers and (wanted is None or parser in wanted)}


def make_pipeline(settings: Settings | None = None) -> Pipeline:
    settings = settings or get_settings()
    return Pipeline(default_models(settings), settings)


# Name-level artifacts apply wherever their surface occurs in a speaker's name.
_NAME_CATEGORIES = {"misspelled_name", "split_name", "agency_name", "inconsistent_variant"}


def _normalize_speaker_names(claims: list[Claim], artifacts: list[Artifact], min_confidence: float) -> None:
    """Speaker names use the corrected spelling ("Bitdance spokesman" → "ByteDance spokesman"), and a speaker
    mentioned by an institution calque is named by its fix ("the Ministry of Commerce said" in a US story →
    "Commerce Department"). A calque's fix holds only where the detector read it: "China's Ministry of Commerce" in
    the same story keeps its name, so institution terms are applied by position, not by string."""
    confident = [a for a in artifacts if a.confidence >= min_confidence and a.suggestion]
    fixes = {a.surface: a.suggestion for a in confident if a.category in _NAME_CATEGORIES}
    pattern = (re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(fixes, key=len, reverse=True))) + r")\b")
               if fixes else None)
    terms = [a for a in confident if a.category == "institution_term"]
    for claim in claims:
        speaker = claim.speaker
        if speaker is None or not speaker.name:
            continue
        for term in terms:
            inside = speaker.start is not None and speaker.end is not None and (
                speaker.start <= term.start and term.end <= speaker.end)
            if inside and term.surface in speaker.name:
                speaker.name = speaker.name.replace(term.surface, term.suggestion, 1)
        if pattern is not None:
            speaker.name = pattern.sub(lambda m: fixes[m.group()], speaker.name)


def _normalize_threshold(options: AnalyzeOptions, settings: Settings) -> float:
    if options.normalize_min_confidence is None:
        return settings.normalize_min_confidence
    return options.normalize_min_confidence


def _min_words(options: AnalyzeOptions, settings: Settings) -> int:
    wanted = settings.summary_min_words if options.min_words is None else options.min_words
    return min(wanted, options.max_words or settings.summary_max_words)


@contextmanager
def _backend_errors_as_user_errors():
    # A summarizer named in the options is the caller's choice: a bad name or a backend that cannot
    # load here is their error (the CLI prints it, HTTP answers 422), not a crash.
    try:
        yield
    except UnknownBackend as exc:
        # The registry lists every backend; a summarizer can only be the extractive one or a generator.
        from models.registry import list_backends

        generators = [spec.name for spec in list_backends() if spec.kind == "generator"]
        message = str(exc).split("; known backends:")[0]
        raise UnknownBackendOption(f"{message}; summarizers: {', '.join(['extractive', *generators])}") from exc
    except BackendUnavailable as exc:
        raise BackendOptionUnavailable(str(exc)) from exc


@contextmanager
def _timed(timings: dict[str, float], stage: str):
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = round(time.perf_counter() - started, 6)
