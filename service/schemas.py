"""HTTP request and response models; every route declares one of these as its response_model."""

from __future__ import annotations

from pydantic import BaseModel, Field

from service.contracts import AnalyzeOptions, Artifact, Check, Claim, Summary
from service.stages.artifacts.normalize import Edit


class AnalyzeRequest(BaseModel):
    model_config = {"extra": "forbid"}

    text: str = Field(description="The article, plain text. Offsets in the answer index into it.")
    language: str | None = Field(
        default=None,
        description="ISO 639-1 code, a region dropped (fr-FR, fr_FR: fr); detected when absent. Any other value is "
        "a language without rules, with a warning, as an unknown code is",
    )
    title: str | None = None
    options: AnalyzeOptions | None = None


class AnalyzeArticleRequest(AnalyzeRequest):
    """The whole analysis; it may also store the article in the claim store (WIRECHECK_STORE_URL)."""

    store: bool = Field(
        default=False,
        description="Store the article and its claims, and answer each claim's related claims and fact-checks "
        "(409 store_not_configured when the server has no store)",
    )
    source: str | None = Field(default=None, max_length=2000, description="Where the article came from (URL)")


class StoredClaimPublic(BaseModel):
    """A claim as the store holds it; ``text`` is its quote, ``start``/``end`` offsets in its article."""

    id: int
    article_id: int
    text: str
    start: int
    end: int
    type: str
    cue: str | None = None
    speaker_name: str | None = None
    speaker_mention: str | None = None
    language: str
    source: str | None = None
    title: str | None = None
    created_at: str


class RelatedClaimPublic(BaseModel):
    claim: StoredClaimPublic
    similarity: float = Field(description="cosine of the two claims' multilingual embeddings")
    label: str = Field(description="corroborating | paraphrase | misattributed | conflicting")


class ReviewPublic(BaseModel):
    """A fact-check (schema.org ClaimReview) whose reviewed claim matches."""

    claim_reviewed: str
    rating: str | None = None
    rating_value: float | None = Field(default=None, description="0 (worst) to 1 (best), when numeric")
    publisher: str | None = None
    url: str | None = None
    date_published: str | None = None
    language: str | None = None
    claimant: str | None = None
    similarity: float


class AnalyzedClaim(Claim):
    # Filled only when the request stored the article; empty otherwise, so older clients see no change.
    id: int | None = Field(default=None, description="the stored claim's id (requests with store: true)")
    related: list[RelatedClaimPublic] = Field(default_factory=list)
    reviews: list[ReviewPublic] = Field(default_factory=list)


class AnalyzeResponse(BaseModel):
    language: str
    summary: Summary
    claims: list[AnalyzedClaim]
    artifacts: list[Artifact]
    checks: list[Check]
    warnings: list[str] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)
    article_id: int | None = Field(default=None, description="the stored article's id (requests with store: true)")


class SummarizeResponse(BaseModel):
    language: str
    summary: Summary
    warnings: list[str] = Field(default_factory=list)


class ClaimsResponse(BaseModel):
    language: str
    claims: list[Claim]
    warnings: list[str] = Field(default_factory=list)


class ArtifactsResponse(BaseModel):
    language: str
    artifacts: list[Artifact]
    warnings: list[str] = Field(default_factory=list)


class NormalizeRequest(AnalyzeRequest):
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)


class NormalizeResponse(BaseModel):
    language: str
    text: str
    edits: list[Edit]
    artifacts: list[Artifact]


class BackendPublic(BaseModel):
    name: str
    kind: str
    description: str
    available: bool
    loaded: bool
    install_hint: str | None = None
    # Trained backends only: version, training data and the like, from their model card.
    version: str | None = None
    details: dict | None = None


class ModelsResponse(BaseModel):
    backends: list[BackendPublic]
    problems: list[str] = Field(default_factory=list)


class ClaimResponse(BaseModel):
    claim: StoredClaimPublic
    reviews: list[ReviewPublic] = Field(default_factory=list)


class RelatedClaimsResponse(BaseModel):
    claim: StoredClaimPublic
    related: list[RelatedClaimPublic]


class ClaimSearchHit(BaseModel):
    claim: StoredClaimPublic
    similarity: float | None = Field(default=None, description="to the query text q; null without q")


class ClaimSearchResponse(BaseModel):
    results: list[ClaimSearchHit]


class ArticleDeletedResponse(BaseModel):
    article_id: int
    claims_deleted: int


class ReviewsImportResponse(BaseModel):
    received: int = Field(description="ClaimReview records found in the body")
    imported: int = Field(description="of those, new to the store (the rest were already stored)")


class HealthResponse(BaseModel):
    status: str


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict | list | None = None


class ErrorEnvelope(BaseModel):
    error: ErrorBody
