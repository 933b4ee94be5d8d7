"""Which stages a request runs: each stage declares what it needs, the plan is the closure.

A caller asks for outputs (``claims``, ``summary`` …); the plan adds every stage those read, so
``/v1/claims`` and ``/v1/analyze`` compute claims the same way and give the same claims.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Stage:
    """One step of the analysis: the output it adds (its name) and the outputs it reads."""

    name: str
    needs: tuple[str, ...] = ()
    doc: str = ""


# In run order: a stage comes after everything it needs.
STAGES: tuple[Stage, ...] = (
    Stage("artifacts", (), "machine-translation artifacts and their fixes"),
    # Speaker names take the confident name fixes ('Bitdance spokesman' → 'ByteDance spokesman').
    Stage("claims", ("artifacts",), "quoted and reported claims with speakers"),
    # The summary is written with the artifact fixes applied.
    Stage("summary", ("artifacts",), "a short summary tied to its evidence"),
    Stage("checks", ("summary", "claims"), "unsupported summary sentences, contradictions, dates"),
)
ALL_STAGES = frozenset(stage.name for stage in STAGES)


class UnknownStage(ValueError):
    """A requested output no stage adds."""


def plan(wanted: Iterable[str]) -> list[str]:
    """The stages to run for the ``wanted`` outputs: those and all they need, in run order."""
    needs = {stage.name: stage.needs for stage in STAGES}
    todo: set[str] = set()
    stack = list(wanted)
    while stack:
        name = stack.pop()
        if name not in needs:
            raise UnknownStage(f"unknown stage {name!r}; known: {', '.join(sorted(needs))}")
        if name not in todo:
            todo.add(name)
            stack.extend(needs[name])
    return [stage.name for stage in STAGES if stage.name in todo]
