"""Turning an analysis into the rows the store writes: one article, its claims, their embedding texts."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from service.store.values import speaker_key, storable


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    position: int
    text: str  # the claim's quote: text[start:end]
    start: int
    end: int
    type: str
    cue: str | None
    speaker_name: str | None
    speaker_mention: str | None
    embed_text: str  # what the encoder reads: the quoted pieces, without an attribution between them

    @property
    def speaker_key(self) -> str:
        return speaker_key(self.speaker_name, self.speaker_mention)


def text_sha256(text: str) -> str:
    """The article's identity: the same text analysed again is the same article."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def as_mapping(analysis: BaseModel | Mapping[str, Any]) -> Mapping[str, Any]:
    """The API hands an Analysis, a batch worker its JSON dict; both read the same afterwards."""
    return analysis.model_dump(mode="json") if isinstance(analysis, BaseModel) else analysis


def claim_drafts(text: str, analysis: Mapping[str, Any]) -> list[ClaimDraft]:
    drafts = []
    for position, claim in enumerate(analysis.get("claims") or []):
        quote = claim.get("quote") or ""
        if not quote.strip():
            continue
        speaker = claim.get("speaker") or {}
        drafts.append(
            ClaimDraft(
                position=position,
                text=storable(quote) or "",
                start=int(claim["start"]),
                end=int(claim["end"]),
                type=str(claim.get("type") or "direct"),
                cue=storable(claim.get("cue")),
                speaker_name=storable(speaker.get("name")),
                speaker_mention=storable(speaker.get("mention")),
                embed_text=_quoted_pieces(text, claim) or quote,
            )
        )
    return drafts


def _quoted_pieces(text: str, claim: Mapping[str, Any]) -> str:
    # '“A,” she said, “B.”' is one claim whose quote spans the attribution; the statement is A + B.
    pieces = [text[span["start"] : span["end"]] for span in claim.get("spans") or []]
    return " ".join(piece.strip() for piece in pieces if piece.strip())
