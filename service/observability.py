"""Prometheus metrics, JSON logs and request ids.

Each app gets its own CollectorRegistry, so tests that build many apps never collide on metric names.
Under ``serve --workers N`` the environment names a ``PROMETHEUS_MULTIPROC_DIR`` before any worker
imports prometheus_client: every process then writes its samples there and ``/metrics`` sums them.
"""

from __future__ import annotations

import asyncio
import contextvars
import glob
import json
import logging
import os
import re
import sys
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

from service.limits import send_error
from service.pipeline import Pipeline

log = logging.getLogger("wirecheck.http")

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("wirecheck_request_id", default=None)

# Accept a caller's id only if it is short and plain: it goes into logs and a response header.
_SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")

REQUEST_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
STAGE_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


class Metrics:
    """The service's metrics, registered in a registry of their own."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "wirecheck_requests", "HTTP requests answered, by route template and status code", ["route", "code"],
            registry=r,
        )
        self.request_seconds = Histogram(
            "wirecheck_request_seconds", "Time to answer an HTTP request", ["route"], buckets=REQUEST_BUCKETS,
            registry=r,
        )
        self.stage_seconds = Histogram(
            "wirecheck_stage_seconds", "Time spent in each pipeline stage", ["stage"], buckets=STAGE_BUCKETS,
            registry=r,
        )
        # multiprocess_mode only matters with several server processes: live ones are summed.
        self.in_flight = Gauge("wirecheck_in_flight", "HTTP requests being handled right now", registry=r,
                               multiprocess_mode="livesum")
        self.queued = Gauge("wirecheck_queued", "Analysis requests waiting for a worker", registry=r,
                            multiprocess_mode="livesum")
        self.concurrency_budget = Gauge(
            "wirecheck_concurrency_budget", "Analyses allowed at once; scope=shared is one budget for all processes",
            ["scope"], registry=r, multiprocess_mode="livemax",
        )
        self.shed = Counter(
            "wirecheck_shed", "Analysis requests refused with 503 because the server was full", ["reason"],
            registry=r,
        )
        self.timeouts = Counter("wirecheck_timeouts", "Analyses answered 504 for running over", registry=r)
        self.models_loaded = Gauge("wirecheck_models_loaded", "1 once the models are loaded, else 0", registry=r,
                                   multiprocess_mode="livemin")

    def observe_request(self, route: str, code: int, seconds: float) -> None:
        self.requests.labels(route=route, code=str(code)).inc()
        self.request_seconds.labels(route=route).observe(seconds)

    def observe_stages(self, timings: dict[str, float]) -> None:
        for stage, seconds in timings.items():
            self.stage_seconds.labels(stage=stage).observe(seconds)

    def render(self) -> bytes:
        folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        if not folder:
            return generate_latest(self.registry)
        merged = CollectorRegistry()
        _SizedFilesCollector(merged, path=folder)
        return generate_latest(merged)


class _SizedFilesCollector(MultiProcessCollector):
    """prometheus_client's multiprocess merge over the files a worker has finished creating. A worker creates its
    file before sizing it, and the library's merge fails on one read at 0 bytes, taking every worker's metrics with
    it (prometheus/client_python#1199: a 500 from /metrics while a worker starts, for good if the worker dies in
    that window). A file of 0 bytes holds no sample yet, so leaving it out loses nothing."""

    def collect(self):  # the library's own signature, untyped there
        for attempt in range(4):
            files = [f for f in glob.glob(os.path.join(self._path, "*.db")) if _sized(f)]
            try:
                return self.merge(files, accumulate=True)
            except FileNotFoundError:  # a dead worker's live gauge file removed between listing and reading
                if attempt == 3:
                    raise


def _sized(path: str) -> bool:
    try:
        return os.path.getsize(path) > 0
    except OSError:  # removed since it was listed
        return False


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id and any ``fields`` extra."""

    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or request_id_var.get(),
        }
        payload.update(getattr(record, "fields", None) or {})
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False, default=str)


def configure_logging(level: int = logging.INFO) -> None:
    """Send the ``wirecheck`` loggers to stderr as JSON lines; calling it again changes nothing."""
    logger = logging.getLogger("wirecheck")
    logger.setLevel(level)
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time, so swapped streams (test capture) still work."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def uvicorn_log_config() -> dict:
    """A uvicorn ``log_config`` that writes its own logs as JSON lines too (the access log is ours)."""
    formatter = {"()": "service.observability.JsonFormatter"}
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": formatter},
        "handlers": {"json": handler},
        "loggers": {"uvicorn": {"handlers": ["json"], "level": "INFO", "propagate": False},
                    "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False}},
    }


class RequestContext:
    """Outermost middleware: request id, access log line, request metrics, and a last-resort 500.

    ``route_of`` maps the finished request's scope to its route template, so metric labels stay few
    whatever paths clients send.
    """

    header = b"x-request-id"

    def __init__(self, app, metrics: Metrics, route_of: Callable[[dict], str]) -> None:
        self.app = app
        self.metrics = metrics
        self.route_of = route_of

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request_id = self._request_id(scope)
        token = request_id_var.set(request_id)
        state = {"status": 500, "started": False}

        async def tagged_send(message):
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["started"] = True
                message = {**message, "headers": [*message.get("headers", []), (self.header, request_id.encode())]}
            await send(message)

        began = time.perf_counter()
        self.metrics.in_flight.inc()
        try:
            await self.app(scope, receive, tagged_send)
        except asyncio.CancelledError:
            if not state["started"]:
                state["status"] = 499  # cancelled (client gone or shutdown): not a server error
            raise
        except Exception:
            log.exception("unhandled error", extra={"fields": {"path": scope.get("path"), "request_id": request_id}})
            if not state["started"]:
                await send_error(
                    tagged_send, 500, "internal_error", "an internal error occurred; it has been logged",
                    {"request_id": request_id},
                )
        finally:
            seconds = time.perf_counter() - began
            route = self.route_of(scope)
            self.metrics.in_flight.dec()
            self.metrics.observe_request(route, state["status"], seconds)
            log.info(
                "request",
                extra={"fields": {
                    "request_id": request_id, "method": scope.get("method"), "path": scope.get("path"), "route": route,
                    "status": state["status"], "duration_ms": round(seconds * 1000, 2),
                }},
            )
            request_id_var.reset(token)

    def _request_id(self, scope) -> str:
        given = dict(scope.get("headers") or []).get(self.header, b"").decode("latin-1")
        return given if _SAFE_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex


class MeteredPipeline(Pipeline):
    """The pipeline, reporting each analysis's stage timings to the metrics."""

    def __init__(self, models, settings, metrics: Metrics) -> None:
        super().__init__(models, settings)
        self.metrics = metrics
        self._loader: threading.Thread | None = None

    def analyze(self, *args, **kwargs):
        result = super().analyze(*args, **kwargs)
        self.metrics.observe_stages(result.timings)
        return result

    def warm_up(self) -> None:
        """Run one small analysis, unmetered, so lazy initialisation happens before /readyz says ready."""
        try:
            super().analyze(WARM_UP_TEXT)
        except Exception:  # a warm-up failure must not stop start-up; real requests will report it
            log.warning("warm-up analysis failed", exc_info=True)
        if getattr(self.models, "deferred_claims_model", None) is not None \
                or getattr(self.models, "deferred_institution_encoder", None) is not None \
                or getattr(self.models, "deferred_institution_reader", None) is not None:
            # In the background: readiness does not wait for them, and the first request in another language (or
            # the first English one naming a ministry) then finds them loaded instead of paying ~2 s (~20 s
            # converting). The claims model first: the institution encoder shares its e5-small.
            # Not a daemon, and joined by close(): a thread killed inside torch at interpreter exit
            # aborts the process ("terminate called without an active exception").
            self._loader = threading.Thread(target=self._load_deferred, name="model-load")
            self._loader.start()

    def _load_deferred(self) -> None:
        self.models.load_deferred_claims_model()
        self.models.institution_encoder_for("en")
        self.models.institution_reader_for("en")

    def close(self) -> None:
        """Wait for the background model load, then stop the prefetch threads."""
        if self._loader is not None:
            self._loader.join()
        super().close()


WARM_UP_TEXT = (
    "The minister said on Tuesday that talks with Bitdance would continue. "
    "“We will not give in,” she told reporters in Washington.\n\n"
    "The company has not commented, according to a spokesman."
)
