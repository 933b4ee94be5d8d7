"""What the store hands back: stored claims, their related claims, and matching fact-check reviews."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A claim as stored, with the article it came from; ``text`` is the claim's quote."""

    id: int
    article_id: int
    position: int  # its index in the article's claims
    text: str
    start: int
    end: int
    type: str
    cue: str | None
    speaker_name: str | None
    speaker_mention: str | None
    language: str
    source: str | None
    title: str | None
    created_at: str

    @property
    def speaker(self) -> str | None:
        """Who said it: the canonical name, else the words that named the speaker."""
        return self.speaker_name or self.speaker_mention


@dataclass(frozen=True, slots=True)
class RelatedClaim:
    """A claim from another article that matches, how closely (cosine) and how (matching.LABELS)."""

    claim: StoredClaim
    similarity: float
    label: str


@dataclass(frozen=True, slots=True)
class ClaimHit:
    """A search result; ``similarity`` to the query text, None when the search had no text."""

    claim: StoredClaim
    similarity: float | None


@dataclass(frozen=True, slots=True)
class StoredReview:
    """A fact-checker's ClaimReview record as stored."""

    id: int
    claim_reviewed: str
    rating: str | None
    rating_value: float | None
    publisher: str | None
    url: str
    date_published: str | None
    language: str | None
    claimant: str | None


@dataclass(frozen=True, slots=True)
class ReviewMatch:
    review: StoredReview
    similarity: float


@dataclass(frozen=True, slots=True)
class ClaimMatches:
    """What one claim of an analysed article matches: related claims elsewhere, and fact-checks."""

    claim: StoredClaim
    related: list[RelatedClaim]
    reviews: list[ReviewMatch]
