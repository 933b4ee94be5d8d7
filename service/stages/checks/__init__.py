"""Claim checks: summary support, contradictions inside the article, date sanity, check-worthiness.

``run_checks`` returns ``Check`` objects whose spans are offsets into the article; ``score_support``
is the same support scorer the summary stage uses, exposed for the eval harness.
"""

from __future__ import annotations

from models.loader import LoadedModels
from service.contracts import Artifact, Check, Claim, Document, Span, Summary
from service.languages import is_supported
from service.stages.artifacts.normalize import restore_surfaces, surface_aliases
from service.stages.checks.checkworthy import checkworthy_checks
from service.stages.checks.contradictions import find_contradictions
from service.stages.checks.dates import date_checks
from service.stages.checks.support import SUPPORTED, check_support, index_document
from service.stages.language import detect_language
from service.stages.segment import segment
from service.tokens import WORD_RUNS

__all__ = ["run_checks", "score_support", "support_document"]


def run_checks(doc: Document, summary: Summary, claims: list[Claim], models: LoadedModels,
               artifacts: list[Artifact] | None = None, min_confidence: float = 0.8) -> list[Check]:
    """Every check on one article and its summary, most severe first, then in text order; check-worthy
    claims last, best first.

    The summary is written with the confident artifact fixes applied, so each fixed name is put back
    as the article wrote it before the sentence is judged ("State Department" for "Foreign Ministry").
    """
    from service.stages.summarize import EXTRACTIVE  # (at import, a cycle: the summarizer scores with support)

    index = index_document(doc, models)
    aliases = surface_aliases(artifacts or [], min_confidence)
    checks: list[Check] = []
    for sentence in summary.sentences:
        if sentence.support < SUPPORTED:
            restored = restore_surfaces(sentence.text, aliases)
            if summary.backend == EXTRACTIVE and any(_words_in_order(restored, e.text) for e in sentence.evidence):
                # An extractive sentence is its source with clauses cut: never a negation or a number dropped, so
                # it says nothing its source does not, whatever the aligner reads beside it.
                continue
            result = check_support(index, restored, models)
            if result.supported:
                continue
            reason = "; ".join(result.mismatches) or "too little of it is in the article"
            checks.append(Check(
                kind="unsupported_summary_sentence",
                severity="warning",
                explanation=f"summary sentence {sentence.text!r} is not supported: {reason}",
                spans=[Span(start=e.start, end=e.end) for e in sentence.evidence],
            ))
    checks += find_contradictions(index)
    checks += date_checks(index)
    order = {"error": 0, "warning": 1, "info": 2}
    # The check-worthy claims come last and in their ranked order, so '#1' is read first, not wherever it stands.
    return sorted(checks, key=lambda c: (order[c.severity], c.spans[0].start if c.spans else -1)) + checkworthy_checks(
        claims)


def _words_in_order(sentence: str, source: str) -> bool:
    """Every word of ``sentence`` stands in ``source``, in the same order."""
    rest = iter(WORD_RUNS.findall(source.lower()))
    return all(word in rest for word in WORD_RUNS.findall(sentence.lower()))


def score_support(doc: Document, sentence: str, models: LoadedModels) -> float:
    """Support score in [0, 1] of one sentence against an article; 0.5 and above counts as supported.

    The article's index is built on ``doc`` the first time, so scoring many sentences against one
    Document embeds and segments the article once.
    """
    return check_support(index_document(doc, models), sentence, models).score


def support_document(text: str, language: str | None = None) -> Document:
    """An article as ``score_support`` reads it, for callers without a pipeline (the eval harness)."""
    language = language or detect_language(text).code
    return Document(text=text, language=language, language_supported=is_supported(language),
                    sentences=segment(text, language))
