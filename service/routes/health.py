"""Liveness, readiness and the model catalogue."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from service.catalog import describe_backends
from service.schemas import HealthResponse, ModelsResponse

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=HealthResponse)
def healthz() -> HealthResponse:
    return HealthResponse(status="ok")


@router.get("/readyz", response_model=HealthResponse, responses={503: {"model": HealthResponse}})
def readyz(request: Request):
    if getattr(request.app.state, "pipeline", None) is None:
        return JSONResponse({"status": "loading"}, status_code=503)
    return HealthResponse(status="ready")


@router.get("/v1/models", response_model=ModelsResponse)
def list_models(request: Request) -> ModelsResponse:
    pipeline = getattr(request.app.state, "pipeline", None)
    loaded = pipeline.models if pipeline is not None else None
    return ModelsResponse(
        backends=describe_backends(loaded), problems=loaded.problems if loaded is not None else []
    )


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request) -> Response:
    """Prometheus text format, from the app's own registry."""
    registry = request.app.state.metrics
    return Response(registry.render(), media_type=registry.content_type)
