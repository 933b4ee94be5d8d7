"""HTTP request and response models; every route declares one of these as its response_model."""

from __future__ import annotations

from pydantic import BaseModel, Field

from service.contracts import AnalyzeOptions, Artifact, Check, Claim, Summary
from service.stages.artifacts.normalize import Edit


class AnalyzeRequest(BaseModel):
    model_config = {"extra": "forbid"}

    text: str = Field(description="The article, plain text. Offsets in the answer index into it.")
    language: str | None = Field(default=None, description="ISO 639-1 code; detected when absent")
    title: str | None = None
    options: AnalyzeOptions | None = None


class AnalyzeResponse(BaseModel):
    language: str
    summary: Summary
    claims: list[Claim]
    artifacts: list[Artifact]
    checks: list[Check]
    warnings: list[str] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)


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


class ModelsResponse(BaseModel):
    backends: list[BackendPublic]
    problems: list[str] = Field(default_factory=list)


class HealthResponse(BaseModel):
    status: str


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict | list | None = None


class ErrorEnvelope(BaseModel):
    error: ErrorBody
