"""Artifact fixes for copied text: the artifacts stage's ``normalize_span`` when present, else a local one."""

from __future__ import annotations

from service.contracts import Artifact

try:  # the artifacts stage owns normalisation; this fallback keeps summaries working until it lands
    from service.stages.artifacts import normalize_span as _stage_normalize_span
except ImportError:  # pragma: no cover - depends on which stages are installed
    _stage_normalize_span = None


def normalize_span(text: str, start: int, end: int, artifacts: list[Artifact], min_confidence: float) -> str:
    """``text[start:end]`` with every confident artifact inside it replaced by its suggestion."""
    if _stage_normalize_span is not None:
        return _stage_normalize_span(text, start, end, artifacts, min_confidence)
    out, cursor = [], start
    inside = sorted(
        (a for a in artifacts if a.confidence >= min_confidence and start <= a.start and a.end <= end),
        key=lambda a: a.start,
    )
    for artifact in inside:
        if artifact.start < cursor:  # overlapping flags: the first one wins
            continue
        out.append(text[cursor:artifact.start])
        out.append(artifact.suggestion)
        cursor = artifact.end
    out.append(text[cursor:end])
    return "".join(out)
