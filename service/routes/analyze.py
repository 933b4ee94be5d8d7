"""The analysis endpoints: the whole analysis, or one stage of it."""

from __future__ import annotations

from fastapi import APIRouter

from service.deps import STORE_NOT_CONFIGURED, OptionalStoreDep, PipelineDep, SettingsDep
from service.routes.store import attach_matches
from service.schemas import (
    AnalyzeArticleRequest,
    AnalyzeRequest,
    AnalyzeResponse,
    ArtifactsResponse,
    ClaimsResponse,
    NormalizeRequest,
    NormalizeResponse,
    SummarizeResponse,
)
from service.stages.artifacts import normalize
from service.store.errors import StoreNotConfigured

router = APIRouter(prefix="/v1", tags=["analysis"])


def _run(pipeline, body: AnalyzeRequest, stages):
    return pipeline.analyze(
        body.text, language=body.language, title=body.title, options=body.options, stages=stages
    )


# Plain ``def`` routes: the work is CPU-bound, so FastAPI runs them in its worker threads.
@router.post("/analyze", response_model=AnalyzeResponse)
def analyze(body: AnalyzeArticleRequest, pipeline: PipelineDep, store: OptionalStoreDep) -> AnalyzeResponse:
    if body.store and store is None:
        raise StoreNotConfigured(STORE_NOT_CONFIGURED)  # before the analysis, which would be wasted
    result = _run(pipeline, body, {"summary", "claims", "artifacts", "checks"})
    response = AnalyzeResponse(**result.model_dump())
    if body.store and store is not None:
        article_id, _created = store.add_analysis(body.text, result, source=body.source, title=body.title)
        attach_matches(response, article_id, store.matches_for_article(article_id))
    return response


@router.post("/summarize", response_model=SummarizeResponse)
def summarize(body: AnalyzeRequest, pipeline: PipelineDep) -> SummarizeResponse:
    result = _run(pipeline, body, {"summary"})
    return SummarizeResponse(language=result.language, summary=result.summary, warnings=result.warnings)


@router.post("/claims", response_model=ClaimsResponse)
def claims(body: AnalyzeRequest, pipeline: PipelineDep) -> ClaimsResponse:
    result = _run(pipeline, body, {"claims"})
    return ClaimsResponse(language=result.language, claims=result.claims, warnings=result.warnings)


@router.post("/artifacts", response_model=ArtifactsResponse)
def artifacts(body: AnalyzeRequest, pipeline: PipelineDep) -> ArtifactsResponse:
    result = _run(pipeline, body, {"artifacts"})
    return ArtifactsResponse(language=result.language, artifacts=result.artifacts, warnings=result.warnings)


@router.post("/normalize", response_model=NormalizeResponse)
def normalize_text(body: NormalizeRequest, pipeline: PipelineDep, settings: SettingsDep) -> NormalizeResponse:
    result = _run(pipeline, body, {"artifacts"})
    threshold = settings.normalize_min_confidence if body.min_confidence is None else body.min_confidence
    normalized = normalize(body.text, result.artifacts, threshold)
    return NormalizeResponse(
        language=result.language, text=normalized.text, edits=normalized.edits, artifacts=result.artifacts
    )
