"""The FastAPI app: wiring only. Models load in the lifespan, never at import."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import asynccontextmanager
from email.message import Message

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from models.loader import LoadedModels
from service import __version__
from service.budget import SharedBudget
from service.config import Settings, get_settings
from service.errors import WirecheckError
from service.limits import ApiKeyGuard, BodySizeLimit, ConcurrencyLimit, UnpairedSurrogates
from service.observability import MeteredPipeline, Metrics, RequestContext, configure_logging
from service.pipeline import default_models
from service.routes import analyze, health, store, web

log = logging.getLogger("wirecheck")

ModelsFactory = Callable[[Settings], LoadedModels]

# Reachable without the API key: probes, and the page that asks the user for the key.
OPEN_PATHS = frozenset({"/", "/healthz", "/readyz", "/favicon.ico"})
OPEN_PREFIXES = ("/static/",)


def create_app(settings: Settings | None = None, models_factory: ModelsFactory = default_models) -> FastAPI:
    settings = settings or get_settings()
    metrics = Metrics()
    configure_logging()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        models = models_factory(settings)
        pipeline = MeteredPipeline(models, settings, metrics)
        pipeline.warm_up()
        # After the models: the store embeds with the pipeline's encoder and checks it is the one it was built with.
        claim_store = _open_store(settings, models)
        app.state.store = claim_store
        app.state.pipeline = pipeline
        metrics.models_loaded.set(1)
        try:
            yield
        finally:
            metrics.models_loaded.set(0)
            app.state.pipeline = None
            app.state.store = None
            pipeline.close()
            if claim_store is not None:
                claim_store.close()
            models.close()

    app = FastAPI(title="wirecheck", version=__version__, lifespan=lifespan)
    app.state.settings = settings
    app.state.metrics = metrics
    app.state.pipeline = None
    app.state.store = None
    app.include_router(health.router)
    app.include_router(analyze.router)
    app.include_router(store.router)
    app.include_router(web.router)
    web.mount_static(app)
    _install_error_handlers(app)
    _install_middleware(app, settings, metrics)
    return app


def _open_store(settings: Settings, models: LoadedModels):
    """The claim store named by WIRECHECK_STORE_URL, or None; a bad URL or another encoder stops start-up."""
    if not settings.store_url:
        return None
    from service.store.store import ClaimStore

    claim_store = ClaimStore.open(settings.store_url, models.embedder)
    log.info("claim store open: %s", claim_store.url)
    return claim_store


def _install_middleware(app: FastAPI, settings: Settings, metrics: Metrics) -> None:
    """Add the ASGI guards; each ``add_middleware`` wraps the ones before it, so the last is outermost."""
    analysis_paths = frozenset(route.path for route in analyze.router.routes)  # type: ignore[attr-defined]
    shared = SharedBudget(settings.shared_budget_dir, settings.max_concurrency) if settings.shared_budget_dir else None
    metrics.concurrency_budget.labels(scope="shared" if shared else "worker").set(settings.max_concurrency)
    app.add_middleware(
        ConcurrencyLimit,
        workers=settings.max_concurrency,
        queue=settings.max_queue,
        timeout_s=settings.request_timeout_s,
        limited=lambda scope: scope.get("method") == "POST" and scope["path"] in analysis_paths,
        metrics=metrics,
        shared=shared,
    )
    app.add_middleware(UnpairedSurrogates)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes, read_timeout_s=settings.body_read_timeout_s)
    if settings.api_key:
        app.add_middleware(ApiKeyGuard, api_key=settings.api_key, open_paths=OPEN_PATHS, open_prefixes=OPEN_PREFIXES)
    if settings.cors_origins:
        # Outside the key check, so browsers' preflight requests (which carry no key) get their answer.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Content-Type", "X-API-Key", "X-Request-ID"],
            expose_headers=["X-Request-ID", "Retry-After"],
        )
    app.add_middleware(RequestContext, metrics=metrics, route_of=_route_labeler())


def _route_labeler() -> Callable[[dict], str]:
    """Map a finished request's scope to its route template (a metric label, so few distinct values).

    The router records the matched route in the scope; requests a guard refused never reach it,
    so those fall back to the known fixed paths.
    """
    known = {
        route.path  # type: ignore[attr-defined]
        for router in (health.router, analyze.router, store.router, web.router)
        for route in router.routes
    }
    known |= {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}

    def label(scope: dict) -> str:
        route = scope.get("route")
        if route is not None and getattr(route, "path", None):
            return route.path
        path = scope.get("path", "")
        if path in known:
            return path
        return "/static" if path.startswith("/static/") else "unmatched"

    return label


def error_response(status: int, code: str, message: str, details=None, headers=None) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": code, "message": message, "details": details}}, status_code=status, headers=headers
    )


def _short(part, limit: int = 40):
    return part[: limit - 1] + "…" if isinstance(part, str) and len(part) > limit else part


def _not_utf8(request: Request, exc: UnicodeDecodeError) -> JSONResponse:
    header = Message()
    header["content-type"] = request.headers.get("content-type", "")
    charset = header.get_content_charset()
    declared = (
        f"; its Content-Type declares charset={_short(charset)}, which is not supported"
        if charset and charset.replace("-", "").replace("_", "") != "utf8"
        else ""
    )
    return error_response(
        415,
        "unsupported_encoding",
        f"the body must be JSON encoded as UTF-8; it is not valid UTF-8 ({exc.reason} at byte {exc.start}){declared}",
        {"charset": "utf-8"},
    )


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WirecheckError)
    async def domain_error(_request: Request, exc: WirecheckError):
        headers = {"Retry-After": "2"} if exc.status == 503 else None
        return error_response(exc.status, exc.code, exc.message, exc.details, headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError):
        # Never echo the submitted input back: keep where and why, drop "input" and "ctx".
        # Keys a client made up appear in "loc"; cut them short so a huge key is not reflected.
        details = [
            {"loc": [_short(part) for part in err.get("loc", ())], "msg": err.get("msg", ""),
             "type": err.get("type", "")}
            for err in exc.errors()
        ]
        return error_response(422, "invalid_request", "the request body does not match the schema", details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if isinstance(exc.__cause__, UnicodeDecodeError):
            # FastAPI parses JSON from the raw bytes, which JSON requires to be UTF-8 (a declared charset
            # is ignored), and answers a failure with a bare "error parsing the body".
            return _not_utf8(request, exc.__cause__)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail), None, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception):
        log.exception("unhandled error")
        return error_response(500, "internal_error", "an internal error occurred; it has been logged")
