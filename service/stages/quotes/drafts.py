"""The intermediate record the finders produce before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass

from service.stages.quotes.cues import Cue


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    type: str  # direct | partial | indirect | term
    sent: int
    cue: Cue | None = None
    speaker: tuple[int, int] | None = None  # token range of the mention
    inherit: bool = False  # speaker continues from the previous claim
    weak: bool = False  # speaker guessed from the sentence head; a parser may do better
    medium: str | None = None
    addressee: str | None = None
