"""The claim store's endpoints: a stored claim, its related claims, search, deletion, fact-check upload."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query

from service.deps import StoreDep
from service.schemas import (
    AnalyzeResponse,
    ArticleDeletedResponse,
    ClaimResponse,
    ClaimSearchHit,
    ClaimSearchResponse,
    RelatedClaimPublic,
    RelatedClaimsResponse,
    ReviewPublic,
    ReviewsImportResponse,
    StoredClaimPublic,
)
from service.store.claimreview import ReviewFormatError, parse_claimreview
from service.store.errors import InvalidReviews
from service.store.records import ClaimMatches, RelatedClaim, ReviewMatch, StoredClaim

router = APIRouter(prefix="/v1", tags=["claim store"])

# Ids are 64-bit in both databases; a larger number is a 404's worth of wrong, not a driver overflow.
IdPath = Annotated[int, Path(ge=1, le=2**63 - 1)]


# Plain ``def`` routes: database and FAISS calls block, so FastAPI runs them in worker threads.
# /claims/search comes before /claims/{claim_id}, which would otherwise take "search" for an id.
@router.get("/claims/search", response_model=ClaimSearchResponse)
def search_claims(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=2000, description="text to find similar claims to")] = None,
    speaker: Annotated[str | None, Query(max_length=200, description="part of the speaker's name")] = None,
    language: Annotated[str | None, Query(max_length=16)] = None,
    since: Annotated[datetime | None, Query(description="stored at or after (ISO date or time, UTC)")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> ClaimSearchResponse:
    hits = store.search(q=q, speaker=speaker, language=language, since=since, limit=limit)
    return ClaimSearchResponse(
        results=[ClaimSearchHit(claim=claim_public(hit.claim), similarity=hit.similarity) for hit in hits]
    )


@router.get("/claims/{claim_id}", response_model=ClaimResponse)
def get_claim(claim_id: IdPath, store: StoreDep) -> ClaimResponse:
    claim = store.get_claim(claim_id)
    return ClaimResponse(claim=claim_public(claim), reviews=[review_public(m) for m in store.reviews_for(claim)])


@router.get("/claims/{claim_id}/related", response_model=RelatedClaimsResponse)
def related_claims(
    claim_id: IdPath, store: StoreDep, k: Annotated[int, Query(ge=1, le=50)] = 5
) -> RelatedClaimsResponse:
    claim = store.get_claim(claim_id)
    return RelatedClaimsResponse(
        claim=claim_public(claim), related=[related_public(r) for r in store.related(claim_id, k)]
    )


@router.delete("/articles/{article_id}", response_model=ArticleDeletedResponse)
def delete_article(article_id: IdPath, store: StoreDep) -> ArticleDeletedResponse:
    return ArticleDeletedResponse(article_id=article_id, claims_deleted=store.delete_article(article_id))


@router.post("/reviews", response_model=ReviewsImportResponse)
def upload_reviews(
    store: StoreDep,
    body: Annotated[
        dict[str, Any] | list[Any], Body(description="schema.org ClaimReview JSON-LD: one, a list or an @graph")
    ],
) -> ReviewsImportResponse:
    try:
        records = parse_claimreview(body, source="the request body")
    except ReviewFormatError as exc:
        raise InvalidReviews(str(exc)) from exc
    if not records:
        raise InvalidReviews("the body holds no schema.org ClaimReview with a claimReviewed text")
    return ReviewsImportResponse(received=len(records), imported=store.import_reviews(records))


def claim_public(claim: StoredClaim) -> StoredClaimPublic:
    return StoredClaimPublic.model_validate(claim, from_attributes=True)


def related_public(related: RelatedClaim) -> RelatedClaimPublic:
    return RelatedClaimPublic(claim=claim_public(related.claim), similarity=related.similarity, label=related.label)


def review_public(match: ReviewMatch) -> ReviewPublic:
    review = match.review
    return ReviewPublic(
        claim_reviewed=review.claim_reviewed,
        rating=review.rating,
        rating_value=review.rating_value,
        publisher=review.publisher,
        url=review.url,
        date_published=review.date_published,
        language=review.language,
        claimant=review.claimant,
        similarity=match.similarity,
    )


def attach_matches(response: AnalyzeResponse, article_id: int, matches: list[ClaimMatches]) -> None:
    """Give each analysed claim its stored id, related claims and fact-checks (matched by offsets)."""
    response.article_id = article_id
    by_offsets = {(m.claim.start, m.claim.end, m.claim.text): m for m in matches}
    for claim in response.claims:
        found = by_offsets.get((claim.start, claim.end, claim.quote))
        if found is not None:
            claim.id = found.claim.id
            claim.related = [related_public(r) for r in found.related]
            claim.reviews = [review_public(m) for m in found.reviews]
