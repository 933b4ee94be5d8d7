"""FastAPI dependencies: routes receive the loaded pipeline and settings through these aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from service.config import Settings
from service.errors import ModelUnavailable
from service.pipeline import Pipeline


def get_pipeline(request: Request) -> Pipeline:
    pipeline = getattr(request.app.state, "pipeline", None)
    if pipeline is None:
        raise ModelUnavailable("models are still loading; retry shortly", {"retry_after_s": 2})
    return pipeline


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
