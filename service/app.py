"""The FastAPI app: wiring only. Models load in the lifespan, never at import."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from models.loader import LoadedModels, load_models
from service import __version__
from service.config import Settings, get_settings
from service.errors import WirecheckError
from service.limits import BodySizeLimit
from service.pipeline import Pipeline
from service.routes import analyze, health

log = logging.getLogger("wirecheck")

ModelsFactory = Callable[[Settings], LoadedModels]


def default_models(settings: Settings) -> LoadedModels:
    return load_models(settings.embedder, settings.parsers)


def create_app(settings: Settings | None = None, models_factory: ModelsFactory = default_models) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        models = models_factory(settings)
        app.state.pipeline = Pipeline(models, settings)
        try:
            yield
        finally:
            app.state.pipeline = None
            models.close()

    app = FastAPI(title="wirecheck", version=__version__, lifespan=lifespan)
    app.state.settings = settings
    app.state.pipeline = None
    app.include_router(health.router)
    app.include_router(analyze.router)
    _install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    return app


def error_response(status: int, code: str, message: str, details=None, headers=None) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": code, "message": message, "details": details}}, status_code=status, headers=headers
    )


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WirecheckError)
    async def domain_error(_request: Request, exc: WirecheckError):
        headers = {"Retry-After": "2"} if exc.status == 503 else None
        return error_response(exc.status, exc.code, exc.message, exc.details, headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError):
        # Never echo the submitted input back: keep where and why, drop "input" and "ctx".
        details = [
            {"loc": list(err.get("loc", ())), "msg": err.get("msg", ""), "type": err.get("type", "")}
            for err in exc.errors()
        ]
        return error_response(422, "invalid_request", "the request body does not match the schema", details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail), None, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception):
        log.exception("unhandled error")
        return error_response(500, "internal_error", "an internal error occurred; it has been logged")
