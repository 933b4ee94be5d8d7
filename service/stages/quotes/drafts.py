"""The intermediate record the finders produce before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    # The quoted pieces of a quote interrupted by its frame ('“A,” he said, “B”'); start/end
    # are their hull. Empty for a claim in one piece.
    pieces: list[tuple[int, int]] = field(default_factory=list)
    agentless: bool = False  # 'X is expected to win': hearsay with nobody named
    # Where a quote the claim absorbed ends: content bounds never cut it off.
    quoted_end: int = 0
    # The cue names only a topic ('complained about the traffic jams'): no claim, but its speaker is still the one
    # the pronouns after it point to.
    topic_only: bool = False

    def parts(self) -> list[tuple[int, int]]:
        """The character spans the claim's words come from: its pieces, or start/end."""
        return self.pieces or [(self.start, self.end)]
