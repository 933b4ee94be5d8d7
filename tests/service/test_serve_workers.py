"""`wirecheck serve --workers 2` on loopback: summed metrics, one shared budget, 408 for slow bodies."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from service.budget import SharedBudget
from tests.conftest import ROOT

START_TIMEOUT_S = 90
READ_TIMEOUT_S = 1.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pids_with(folder: Path, prefix: str) -> set[str]:
    return {p.stem.rsplit("_", 1)[1] for p in folder.glob(f"{prefix}_*.db")}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Two server processes with lexical models only (fast start), stopped after the module."""
    tmp = tmp_path_factory.mktemp("serve")
    port = _free_port()
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp / "metrics"),
           "WIRECHECK_SHARED_BUDGET_DIR": str(tmp / "budget"), "WIRECHECK_EMBEDDER": "",
           "WIRECHECK_PARSERS": "[]", "WIRECHECK_MAX_CONCURRENCY": "1", "WIRECHECK_REQUEST_TIMEOUT_S": "1",
           "WIRECHECK_BODY_READ_TIMEOUT_S": str(READ_TIMEOUT_S)}
    command = [sys.executable, "-c", "from service.cli import main; main()", "serve", "--host", "127.0.0.1",
               "--port", str(port), "--workers", "2"]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        # Each worker sets wirecheck_models_loaded once its lifespan ran: one file per process.
        while len(_pids_with(tmp / "metrics", "gauge_livemin")) < 2:
            if proc.poll() is not None or time.monotonic() > deadline:
                why = proc.stderr.read().decode()[-2000:] if proc.poll() is not None else "timeout"
                raise RuntimeError(f"server did not start: {why}")
            time.sleep(0.2)
        base = f"http://127.0.0.1:{port}"
        # livemin over live processes: 1 only once both workers have loaded their models.
        while _status(base + "/readyz") != 200 or _sample(_metrics(base), "wirecheck_models_loaded") != 1.0:
            if time.monotonic() > deadline:
                raise RuntimeError("server never became ready")
            time.sleep(0.2)
        yield {"base": base, "port": port, "tmp": tmp}
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def _status(url: str, body: dict | None = None) -> int:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except urllib.error.URLError:
        return 0


def _metrics(base: str) -> str:
    with urllib.request.urlopen(base + "/metrics", timeout=10) as response:
        return response.read().decode()


def _sample(text: str, name: str, **labels: str) -> float:
    for line in text.splitlines():
        m = re.fullmatch(rf"{name}(?:\{{(.*)\}})? (\S+)", line)
        if m and all(f'{k}="{v}"' in (m.group(1) or "") for k, v in labels.items()):
            return float(m.group(2))
    raise AssertionError(f"{name} {labels} not in /metrics")


def test_two_processes_serve_and_metrics_sum_over_both(server):
    assert len(_pids_with(server["tmp"] / "metrics", "gauge_livemin")) == 2
    before = _sample(_metrics(server["base"]), "wirecheck_requests_total", route="/healthz", code="200") \
        if "/healthz" in _metrics(server["base"]) else 0.0
    for _ in range(30):
        assert _status(server["base"] + "/healthz") == 200  # a new connection each: either worker answers
    # A request is counted once its response has been sent (its duration covers the sending), so the client can
    # read the 30th answer a moment before that worker records it: wait for the count, then check every scrape.
    deadline = time.monotonic() + 5
    while _sample(_metrics(server["base"]), "wirecheck_requests_total", route="/healthz", code="200") < before + 30 \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    # Every scrape, whichever process answers it, sees all 30 (each process alone saw only its share).
    for _ in range(4):
        text = _metrics(server["base"])
        assert _sample(text, "wirecheck_requests_total", route="/healthz", code="200") == before + 30
        assert _sample(text, "wirecheck_models_loaded") == 1.0
        assert _sample(text, "wirecheck_concurrency_budget", scope="shared") == 1.0


def test_the_concurrency_budget_is_shared_by_both_processes(server):
    body = {"text": "The ministry said on Tuesday that talks would continue.", "language": "en"}
    budget = SharedBudget(server["tmp"] / "budget", 1)
    held = budget.try_acquire()  # this test process takes the one slot both workers share
    assert held is not None
    try:
        # Whichever worker gets them, no request runs while the shared slot is taken.
        assert [_status(server["base"] + "/v1/analyze", body) for _ in range(4)] == [503] * 4
    finally:
        budget.release(held)
    assert _status(server["base"] + "/v1/analyze", body) == 200
    assert _sample(_metrics(server["base"]), "wirecheck_shed_total", reason="shared_budget") == 4.0


def test_slow_body_gets_408_within_the_read_timeout(server):
    head = (b"POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n")
    with socket.create_connection(("127.0.0.1", server["port"]), timeout=10) as sock:
        sock.sendall(head + b'{"text": "')
        started = time.monotonic()
        sock.settimeout(0.25)
        answer = b""
        while time.monotonic() - started < READ_TIMEOUT_S + 5 and b"\r\n\r\n" not in answer:
            try:
                sock.sendall(b"a")  # one byte every quarter second: never finishes the declared body
            except OSError:
                pass  # the server already closed its side
            try:
                answer += sock.recv(4096)
            except TimeoutError:
                continue
            if not answer:
                break
        elapsed = time.monotonic() - started
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b'"request_timeout"' in answer or b"connection: close" in answer.lower()
    assert READ_TIMEOUT_S - 0.1 <= elapsed <= READ_TIMEOUT_S + 3
