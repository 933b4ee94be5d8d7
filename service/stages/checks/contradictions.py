"""Contradictions inside the article (placeholder until the polarity/number comparison lands)."""

from __future__ import annotations

from service.contracts import Check
from service.stages.checks.support import DocIndex


def find_contradictions(index: DocIndex) -> list[Check]:
    return []
