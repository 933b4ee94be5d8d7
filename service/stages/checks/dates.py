"""Date and number consistency (placeholder until the weekday/date check lands)."""

from __future__ import annotations

from service.contracts import Check
from service.stages.checks.support import DocIndex


def date_checks(index: DocIndex) -> list[Check]:
    return []
