"""Claim checks: summary support, contradictions inside the article, date sanity, check-worthiness.

``run_checks`` returns ``Check`` objects whose spans are offsets into the article; ``score_support``
is the same support scorer the summary stage uses, exposed for the eval harness.
"""

from __future__ import annotations

from models.loader import LoadedModels
from service.contracts import Check, Claim, Document, Span, Summary
from service.stages.checks.checkworthy import checkworthy_checks
from service.stages.checks.contradictions import find_contradictions
from service.stages.checks.dates import date_checks
from service.stages.checks.support import SUPPORTED, check_support, index_document
from service.stages.language import detect_language
from service.stages.segment import segment

__all__ = ["run_checks", "score_support"]


def run_checks(doc: Document, summary: Summary, claims: list[Claim], models: LoadedModels) -> list[Check]:
    """Every check on one article and its summary, most severe first, then in text order."""
    index = index_document(doc.text, doc.language, doc.sentences, models)
    checks: list[Check] = []
    for sentence in summary.sentences:
        if sentence.support < SUPPORTED:
            result = check_support(index, sentence.text, models)
            reason = "; ".join(result.mismatches) or "too little of it is in the article"
            checks.append(Check(
                kind="unsupported_summary_sentence",
                severity="warning",
                explanation=f"summary sentence {sentence.text!r} is not supported: {reason}",
                spans=[Span(start=e.start, end=e.end) for e in sentence.evidence],
            ))
    checks += find_contradictions(index)
    checks += date_checks(index)
    checks += checkworthy_checks(claims)
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(checks, key=lambda c: (order[c.severity], c.spans[0].start if c.spans else -1))


def score_support(doc_text: str, sentence: str, models: LoadedModels, language: str | None = None) -> float:
    """Support score in [0, 1] of one sentence against an article; 0.5 and above counts as supported."""
    language = language or detect_language(doc_text).code
    index = index_document(doc_text, language, _segment_cached(doc_text, language), models)
    return check_support(index, sentence, models).score


_SEGMENTS: dict[tuple[str, str], list] = {}


def _segment_cached(text: str, language: str) -> list:
    # The harness scores several sentences per article; segment each article once.
    key = (language, text)
    if key not in _SEGMENTS:
        if len(_SEGMENTS) > 16:
            _SEGMENTS.clear()
        _SEGMENTS[key] = segment(text, language)
    return _SEGMENTS[key]
