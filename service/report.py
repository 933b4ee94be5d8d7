"""A readable plain-text report of an analysis, for ``wirecheck analyze --format text``."""

from __future__ import annotations

import textwrap

from service.contracts import Analysis


def render_text(analysis: Analysis, text: str) -> str:
    lines = [f"Language: {analysis.language}", ""]
    lines += ["SUMMARY", _wrap(analysis.summary.text or "(no summary)"), ""]
    lines.append(f"CLAIMS ({len(analysis.claims)})")
    for claim in analysis.claims:
        speaker = claim.speaker.name if claim.speaker and claim.speaker.name else "(no speaker)"
        mention = f" [{claim.speaker.mention}]" if claim.speaker and claim.speaker.mention else ""
        lines.append(f"- {claim.type:<8} {speaker}{mention}, cue {claim.cue or '-'} @{claim.start}-{claim.end}")
        lines.append(_wrap(f"“{_clip(claim.quote)}”", indent="    "))
    lines += ["", f"ARTIFACTS ({len(analysis.artifacts)})"]
    for art in analysis.artifacts:
        suggestion = art.suggestion if art.suggestion else "(delete)"
        lines.append(
            f"- {art.surface!r} → {suggestion!r}  [{art.category}, {art.confidence:.2f}] @{art.start}-{art.end}"
        )
    lines += ["", f"CHECKS ({len(analysis.checks)})"]
    for check in analysis.checks:
        where = ", ".join(f"{s.start}-{s.end}" for s in check.spans)
        lines.append(f"- [{check.severity}] {check.kind}: {check.explanation} ({where})")
    if analysis.warnings:
        lines += ["", "WARNINGS"] + [f"- {w}" for w in analysis.warnings]
    return "\n".join(lines) + "\n"


def _clip(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)
