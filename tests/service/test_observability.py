"""Metrics, request ids, JSON logs and readiness."""

from __future__ import annotations

import json
import logging
import sys

from fastapi.testclient import TestClient
from prometheus_client.mmap_dict import MmapedDict, mmap_key
from prometheus_client.parser import text_string_to_metric_families

from service.app import create_app
from service.config import Settings
from service.observability import JsonFormatter, Metrics

STAGES = {"segment", "artifacts", "claims", "summary", "checks"}


def _samples(text: str) -> dict[tuple[str, tuple], float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def test_metrics_count_requests_by_route_and_code_and_time_every_stage(fake_models):
    app = create_app(Settings(), models_factory=lambda _s: fake_models)
    with TestClient(app) as client:
        assert client.post("/v1/analyze", json={"text": "The minister said talks would go on."}).status_code == 200
        client.post("/v1/analyze", json={"text": ""})
        client.get("/no/such/page/12345")
        response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    samples = _samples(response.text)
    assert samples[("wirecheck_requests_total", (("code", "200"), ("route", "/v1/analyze")))] == 1
    assert samples[("wirecheck_requests_total", (("code", "422"), ("route", "/v1/analyze")))] == 1
    # Unknown paths share one label, so clients can't blow up the number of series.
    assert samples[("wirecheck_requests_total", (("code", "404"), ("route", "unmatched")))] == 1
    assert samples[("wirecheck_request_seconds_count", (("route", "/v1/analyze"),))] == 2
    timed = {dict(labels)["stage"] for name, labels in samples if name == "wirecheck_stage_seconds_count"}
    assert timed == STAGES
    assert samples[("wirecheck_in_flight", ())] == 1  # the /metrics request itself
    assert samples[("wirecheck_models_loaded", ())] == 1
    assert ("wirecheck_shed_total", (("reason", "queue_full"),)) not in samples  # nothing shed yet


def test_each_app_has_its_own_registry(fake_models):
    first = create_app(Settings(), models_factory=lambda _s: fake_models)
    second = create_app(Settings(), models_factory=lambda _s: fake_models)
    with TestClient(first) as client:
        client.get("/healthz")
    assert first.state.metrics.registry.get_sample_value(
        "wirecheck_requests_total", {"route": "/healthz", "code": "200"}
    ) == 1
    assert second.state.metrics.registry.get_sample_value(
        "wirecheck_requests_total", {"route": "/healthz", "code": "200"}
    ) is None


def test_request_id_is_generated_echoed_or_replaced_when_unsafe(fake_models):
    app = create_app(Settings(), models_factory=lambda _s: fake_models)
    with TestClient(app) as client:
        generated = client.get("/healthz").headers["x-request-id"]
        given = client.get("/healthz", headers={"X-Request-ID": "desk-42.a"}).headers["x-request-id"]
        unsafe = client.get("/healthz", headers={"X-Request-ID": "x" * 500}).headers["x-request-id"]
    assert len(generated) == 32 and int(generated, 16) >= 0
    assert given == "desk-42.a"
    assert unsafe != "x" * 500 and len(unsafe) == 32


def test_access_log_is_one_json_line_with_the_request_id_and_no_body(fake_models, caplog):
    app = create_app(Settings(), models_factory=lambda _s: fake_models)
    with caplog.at_level(logging.INFO, logger="wirecheck"), TestClient(app) as client:
        client.post("/v1/claims", json={"text": "Confidential draft text."}, headers={"X-Request-ID": "abc-123"})
    records = [record for record in caplog.records if record.name == "wirecheck.http"]
    line = JsonFormatter().format(records[-1])
    payload = json.loads(line)
    assert "\n" not in line
    assert payload["request_id"] == "abc-123"
    assert payload["route"] == "/v1/claims" and payload["status"] == 200 and payload["method"] == "POST"
    assert payload["duration_ms"] >= 0 and payload["level"] == "info"
    assert "Confidential" not in line


def test_json_formatter_keeps_the_traceback_in_one_line():
    try:
        raise ValueError("bad thing")
    except ValueError:
        record = logging.LogRecord("wirecheck.x", logging.ERROR, __file__, 1, "failed %s", ("here",), sys.exc_info())
    payload = json.loads(JsonFormatter().format(record))
    assert payload["message"] == "failed here"
    assert "ValueError: bad thing" in payload["exc"]


def test_readiness_and_the_models_gauge_follow_the_lifespan(fake_models):
    app = create_app(Settings(), models_factory=lambda _s: fake_models)
    bare = TestClient(app)
    assert bare.get("/readyz").status_code == 503
    assert app.state.metrics.registry.get_sample_value("wirecheck_models_loaded") == 0
    with TestClient(app) as client:
        assert client.get("/readyz").json() == {"status": "ready"}
        assert app.state.metrics.registry.get_sample_value("wirecheck_models_loaded") == 1
    assert app.state.metrics.registry.get_sample_value("wirecheck_models_loaded") == 0


def test_shutdown_waits_for_the_background_claims_model_load(fake_models):
    import threading
    import time

    done = threading.Event()

    def slow_load():
        time.sleep(0.3)
        fake_models.deferred_claims_model = None
        done.set()

    fake_models.deferred_claims_model = "claims-e5"
    fake_models.load_deferred_claims_model = slow_load
    app = create_app(Settings(), models_factory=lambda _s: fake_models)
    with TestClient(app) as client:
        assert client.get("/readyz").json() == {"status": "ready"}  # readiness does not wait for the load
    # A load still running inside torch when the interpreter exits would abort the process.
    assert done.is_set()
    assert not [t for t in threading.enumerate() if t.name == "model-load"]


def test_metrics_under_several_workers_skip_a_worker_file_not_yet_sized(tmp_path, monkeypatch):
    # A worker creates its .db file before sizing it; prometheus_client's own merge fails on one read at 0 bytes
    # (prometheus/client_python#1199), which made /metrics answer 500 while a worker started.
    written = MmapedDict(str(tmp_path / "counter_101.db"))
    written.write_value(mmap_key("wirecheck_requests_total", "wirecheck_requests_total", ["route", "code"],
                                 ["/healthz", "200"], "requests"), 3.0, 0.0)
    written.close()
    (tmp_path / "counter_102.db").touch()  # the other worker, between creating and sizing its file
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    text = Metrics().render().decode()
    assert 'wirecheck_requests_total{code="200",route="/healthz"} 3.0' in text
