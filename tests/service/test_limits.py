"""Limits and guards: text length, API key, CORS, bounded concurrency, shedding and the timeout."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.cancel import check_cancelled
from service.config import Settings
from service.contracts import Analysis, Summary
from service.errors import AnalysisCancelled

KEY = "k3y-for-tests"


def _client(fake_models, **settings) -> TestClient:
    return TestClient(create_app(Settings(**settings), models_factory=lambda _s: fake_models))


def test_text_over_the_character_limit_is_413_without_echo(fake_models):
    with _client(fake_models, max_text_chars=50) as client:
        text = "secret words " * 10
        response = client.post("/v1/analyze", json={"text": text})
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "text_too_long" and error["details"]["limit"] == 50
    assert "secret words" not in response.text


def test_declared_content_length_over_the_limit_is_refused_before_reading(fake_models):
    with _client(fake_models, max_body_bytes=100) as client:
        response = client.post("/v1/claims", content=b"{}", headers={"content-length": "5000"})
    assert response.status_code == 413
    assert response.json()["error"]["details"] == {"limit": 100, "received_at_least": 5000}


@pytest.mark.parametrize("path", ["/v1/analyze", "/metrics", "/v1/models", "/openapi.json"])
def test_keyed_server_refuses_requests_without_the_key(fake_models, path):
    with _client(fake_models, api_key=KEY) as client:
        missing = client.request("POST" if path == "/v1/analyze" else "GET", path, json={"text": "Hello."})
        wrong = client.get(path, headers={"X-API-Key": KEY + "x"})
    for response in (missing, wrong):
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "unauthorized"


def test_keyed_server_accepts_the_key_and_leaves_probes_and_page_open(fake_models):
    with _client(fake_models, api_key=KEY) as client:
        keyed = client.post("/v1/analyze", json={"text": "The minister spoke."}, headers={"X-API-Key": KEY})
        assert keyed.status_code == 200
        assert client.get("/metrics", headers={"X-API-Key": KEY}).status_code == 200
        for path in ("/healthz", "/readyz", "/", "/static/app.js", "/static/style.css"):
            assert client.get(path).status_code == 200, path


def test_cors_is_off_unless_configured(fake_models):
    origin = {"Origin": "https://newsroom.example"}
    with _client(fake_models) as client:
        plain = client.get("/healthz", headers=origin)
        preflight = client.options(
            "/v1/analyze", headers={**origin, "Access-Control-Request-Method": "POST"}
        )
    assert "access-control-allow-origin" not in plain.headers
    assert "access-control-allow-origin" not in preflight.headers
    assert preflight.status_code == 405 and "error" in preflight.json()


def test_configured_cors_answers_preflight_even_on_a_keyed_server(fake_models):
    origin = "https://newsroom.example"
    with _client(fake_models, cors_origins=[origin], api_key=KEY) as client:
        preflight = client.options(
            "/v1/analyze",
            headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "content-type,x-api-key"},
        )
        other = client.get("/healthz", headers={"Origin": "https://elsewhere.example"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == origin
    assert "x-api-key" in preflight.headers["access-control-allow-headers"].lower()
    assert "access-control-allow-origin" not in other.headers


class BlockingPipeline:
    """Stands in for the pipeline: each analysis waits until the test lets it finish."""

    def __init__(self, models) -> None:
        self.models = models
        self.release = threading.Event()
        self.started = 0
        self.lock = threading.Lock()

    def analyze(self, text, **_kwargs) -> Analysis:
        with self.lock:
            self.started += 1
        self.release.wait(timeout=30)
        return Analysis(language="en", summary=Summary(text=text[:20], sentences=[]))


async def _eventually(condition, what: str) -> None:
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never happened: {what}")


def _limited_app(fake_models, **settings):
    app = create_app(Settings(**settings), models_factory=lambda _s: fake_models)
    blocking = BlockingPipeline(fake_models)
    app.state.pipeline = blocking  # set directly: the ASGI transport below runs no lifespan
    return app, blocking


def _sample(app, name: str, **labels) -> float:
    return app.state.metrics.registry.get_sample_value(name, labels) or 0.0


def test_requests_beyond_workers_plus_queue_are_shed_with_retry_after(fake_models):
    app, blocking = _limited_app(fake_models, max_concurrency=2, max_queue=1)

    async def scenario():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            calls = [asyncio.ensure_future(client.post("/v1/summarize", json={"text": f"Text {i}."})) for i in range(5)]
            await _eventually(
                lambda: blocking.started == 2 and _sample(app, "wirecheck_queued") == 1
                and sum(call.done() for call in calls) == 2,
                "two running, one waiting, two answered at once",
            )
            shed = [call.result() for call in calls if call.done()]
            waiting = [call for call in calls if not call.done()]
            blocking.release.set()
            return shed, await asyncio.gather(*waiting)

    shed, served = asyncio.run(scenario())
    assert [response.status_code for response in shed] == [503, 503]
    for response in shed:
        assert int(response.headers["retry-after"]) >= 1
        assert response.json()["error"]["code"] == "overloaded"
    assert [response.status_code for response in served] == [200, 200, 200]
    assert _sample(app, "wirecheck_shed_total", reason="queue_full") == 2
    assert _sample(app, "wirecheck_requests_total", route="/v1/summarize", code="503") == 2


def test_overrunning_analysis_gets_504_and_keeps_its_slot_until_it_ends(fake_models):
    app, blocking = _limited_app(fake_models, max_concurrency=1, max_queue=0, request_timeout_s=0.2)

    async def scenario():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            slow = await client.post("/v1/claims", json={"text": "A slow one."})
            while_busy = await client.post("/v1/claims", json={"text": "Another."})
            blocking.release.set()
            for _ in range(100):
                after = await client.post("/v1/claims", json={"text": "After."})
                if after.status_code != 503:
                    return slow, while_busy, after
                await asyncio.sleep(0.02)
            raise AssertionError("the slot was never given back")

    slow, while_busy, after = asyncio.run(scenario())
    assert slow.status_code == 504 and slow.json()["error"]["code"] == "timeout"
    assert while_busy.status_code == 503  # the overrun thread still holds the only slot
    assert after.status_code == 200
    assert _sample(app, "wirecheck_timeouts_total") == 1


class CheckingPipeline:
    """Stands in for the pipeline: a slow analysis runs until its cancel flag is raised, checking it as the
    stages do; any other answers at once."""

    def __init__(self, models) -> None:
        self.models = models
        self.stopped = threading.Event()

    def analyze(self, text, **_kwargs) -> Analysis:
        for _ in range(3_000 if text.startswith("Slow") else 0):  # 30 s at most, should the flag never come
            try:
                check_cancelled()
            except AnalysisCancelled:
                self.stopped.set()
                raise
            time.sleep(0.01)
        return Analysis(language="en", summary=Summary(text=text[:20], sentences=[]))


def test_an_overrunning_analysis_is_stopped_after_its_504_and_gives_its_slot_back(fake_models, caplog):
    app = create_app(Settings(max_concurrency=1, max_queue=0, request_timeout_s=0.2),
                     models_factory=lambda _s: fake_models)
    checking = CheckingPipeline(fake_models)
    app.state.pipeline = checking

    async def scenario():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            slow = await client.post("/v1/claims", json={"text": "Slow text."})
            await _eventually(checking.stopped.is_set, "the analysis stopped at its check")
            # Nothing else ends it: the slot comes back because the analysis stopped.
            for _ in range(100):
                after = await client.post("/v1/claims", json={"text": "After."})
                if after.status_code != 503:
                    return slow, after
                await asyncio.sleep(0.02)
            raise AssertionError("the slot was never given back")

    slow, after = asyncio.run(scenario())
    assert slow.status_code == 504 and slow.json()["error"]["code"] == "timeout"
    assert after.status_code == 200
    assert _sample(app, "wirecheck_timeouts_total") == 1
    assert "abandoned analysis failed" not in caplog.text  # a stop at the flag is no failure


def test_a_queued_request_gives_up_when_its_deadline_passes(fake_models):
    app, blocking = _limited_app(fake_models, max_concurrency=1, max_queue=1, request_timeout_s=0.3)

    async def scenario():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            first = asyncio.ensure_future(client.post("/v1/artifacts", json={"text": "One."}))
            await _eventually(lambda: blocking.started == 1, "first running")
            queued = await client.post("/v1/artifacts", json={"text": "Two."})
            blocking.release.set()
            return await first, queued

    first, queued = asyncio.run(scenario())
    assert first.status_code == 504
    assert queued.status_code == 503
    assert queued.json()["error"]["details"]["reason"] == "queue_timeout"
    assert queued.headers["retry-after"]


def test_unexpected_errors_are_a_500_envelope_with_request_id_and_no_input(fake_models):
    app = create_app(Settings(), models_factory=lambda _s: fake_models)

    class Broken:
        models = fake_models

        def analyze(self, text, **_kwargs):
            raise RuntimeError(f"boom while handling {text}")

    with TestClient(app) as client:
        app.state.pipeline = Broken()
        response = client.post("/v1/analyze", json={"text": "private article body"}, headers={"X-Request-ID": "req-1"})
    assert response.status_code == 500
    assert response.json()["error"] == {
        "code": "internal_error",
        "message": "an internal error occurred; it has been logged",
        "details": {"request_id": "req-1"},
    }
    assert response.headers["x-request-id"] == "req-1"
    assert "private article body" not in response.text and "boom" not in response.text


def test_unknown_summarizer_is_422_not_500(fake_models):
    with _client(fake_models) as client:
        response = client.post("/v1/summarize", json={"text": "Some text here.", "options": {"summarizer": "nope"}})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unknown_backend"


@pytest.mark.parametrize(
    "body",
    [b'{"text": "abc \\ud800 def"}', b'{"text": "ok", "title": "\\udfff"}', b'{"text": "ok", "\\ud83d": 1}'],
)
def test_unpaired_surrogate_escapes_are_422_before_any_work(fake_models, body):
    with _client(fake_models) as client:
        response = client.post("/v1/normalize", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_unicode"


def test_paired_surrogate_escapes_are_ordinary_text(fake_models):
    body = b'{"text": "The minister smiled \\ud83d\\ude00 and said \\\\ud800 is not a character."}'
    with _client(fake_models) as client:
        response = client.post("/v1/normalize", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert "\U0001F600" in response.json()["text"]


def test_made_up_keys_are_not_reflected_at_length(fake_models):
    key = "k" * 5000
    with _client(fake_models) as client:
        response = client.post("/v1/analyze", json={"text": "Hello.", key: 1})
    assert response.status_code == 422
    assert key not in response.text and len(response.text) < 1000
