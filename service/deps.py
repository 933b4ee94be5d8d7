"""FastAPI dependencies: routes receive the loaded pipeline, settings and claim store through these aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from service.config import Settings
from service.errors import ModelUnavailable
from service.pipeline import Pipeline
from service.store.errors import StoreNotConfigured
from service.store.store import ClaimStore

STORE_NOT_CONFIGURED = (
    "this server has no claim store; start it with WIRECHECK_STORE_URL set (sqlite:///claims.db or postgresql://…)"
)


def get_pipeline(request: Request) -> Pipeline:
    pipeline = getattr(request.app.state, "pipeline", None)
    if pipeline is None:
        raise ModelUnavailable("models are still loading; retry shortly", {"retry_after_s": 2})
    return pipeline


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_optional_store(request: Request) -> ClaimStore | None:
    """The claim store opened in the lifespan, or None when WIRECHECK_STORE_URL is not set."""
    return getattr(request.app.state, "store", None)


def get_store(request: Request) -> ClaimStore:
    store = get_optional_store(request)
    if store is None:
        raise StoreNotConfigured(STORE_NOT_CONFIGURED)
    return store


PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
StoreDep = Annotated[ClaimStore, Depends(get_store)]
OptionalStoreDep = Annotated[ClaimStore | None, Depends(get_optional_store)]
