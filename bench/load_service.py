"""Load test: a burst of analyses against a running server, on loopback only.

Fires ``--requests`` POSTs (default 96), ``--concurrency`` at once (default 48), at a server it starts
(``python -m service.cli serve``) or at ``--url``. The server must answer only 200, 429 or 503 (its
shedding), at least ``--min-success`` requests must succeed, and /healthz must answer afterwards.

Clients behave as well-mannered ones do: a 429/503 is retried after its Retry-After, at most
``--retries`` times (0 to see raw shedding). Every attempt's status is counted, so shedding shows.
Exit status 0 only when every criterion holds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_22c1501935b67f74.txt"
ALLOWED = {200, 429, 503}
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], pct: int) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


def start_server(port: int, env_overrides: dict[str, str], log_path: Path) -> subprocess.Popen:
    env = {**os.environ, **env_overrides, "PYTHONPATH": str(ROOT)}
    log = log_path.open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )


def wait_ready(url: str, server: subprocess.Popen | None, timeout_s: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        if server is not None and server.poll() is not None:
            raise SystemExit(f"server exited with status {server.returncode} before it was ready")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server not ready after {timeout_s:.0f} s")


async def one_request(client, route, body, retries, attempts: Counter, latencies: list[float]):
    """POST once, retrying a shed answer after its Retry-After; returns (final status, seconds)."""
    began = time.perf_counter()
    for attempt in range(retries + 1):
        sent = time.perf_counter()
        try:
            response = await client.post(route, json=body)
        except httpx.HTTPError as exc:
            attempts[f"error:{type(exc).__name__}"] += 1
            return f"error:{type(exc).__name__}", time.perf_counter() - began
        attempts[response.status_code] += 1
        if response.status_code == 200:
            latencies.append(time.perf_counter() - sent)
            return 200, time.perf_counter() - began
        if response.status_code not in (429, 503) or attempt == retries:
            return response.status_code, time.perf_counter() - began
        wait = float(response.headers.get("retry-after", "1") or 1)
        # Jitter spreads the retries out, so they don't all arrive in the same instant again.
        await asyncio.sleep(wait * random.uniform(1.0, 1.5))
    raise AssertionError("unreachable")


async def burst(url, route, body, total, concurrency, retries, timeout_s):
    attempts: Counter = Counter()
    finals: Counter = Counter()
    latencies: list[float] = []
    end_to_end: list[float] = []
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=url, timeout=timeout_s, limits=limits) as client:

        async def worker():
            async with gate:
                status, seconds = await one_request(client, route, body, retries, attempts, latencies)
                finals[status] += 1
                if status == 200:
                    end_to_end.append(seconds)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(total)))
        wall = time.perf_counter() - started
    return attempts, finals, latencies, end_to_end, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="a running server on loopback; default: start one")
    parser.add_argument("--requests", type=int, default=96)
    parser.add_argument("--concurrency", type=int, default=48)
    parser.add_argument("--min-success", type=int, default=48)
    parser.add_argument("--retries", type=int, default=8, help="retries per request after 429/503 (0: none)")
    parser.add_argument("--route", default="/v1/analyze")
    parser.add_argument("--file", type=Path, default=SEED, help="article to send (default: the seed)")
    parser.add_argument("--timeout", type=float, default=180.0, help="client timeout per attempt, seconds")
    parser.add_argument("--env", action="append", default=[], metavar="WIRECHECK_X=V",
                        help="setting for the started server, e.g. WIRECHECK_MAX_QUEUE=8 (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    server = None
    log_path = Path(tempfile.mkdtemp(prefix="wirecheck-load-")) / "server.log"
    if args.url:
        url = args.url.rstrip("/")
        if urlparse(url).hostname not in LOOPBACK:
            raise SystemExit("refusing a non-loopback --url: this tool only loads a local server")
    else:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        overrides = dict(item.split("=", 1) for item in args.env)
        server = start_server(port, overrides, log_path)
    try:
        ready_s = wait_ready(url, server, timeout_s=180)
        body = {"text": args.file.read_text(encoding="utf-8")}
        attempts, finals, latencies, end_to_end, wall = asyncio.run(
            burst(url, args.route, body, args.requests, args.concurrency, args.retries, args.timeout)
        )
        try:
            alive = httpx.get(f"{url}/healthz", timeout=10).status_code == 200
        except httpx.HTTPError:
            alive = False
        metrics = httpx.get(f"{url}/metrics", timeout=10).text if alive else ""
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()

    succeeded = finals.get(200, 0)
    unexpected = {str(code): n for code, n in attempts.items() if code not in ALLOWED}
    ok = not unexpected and succeeded >= args.min_success and alive
    result = {
        "url": url,
        "route": args.route,
        "requests": args.requests,
        "concurrency": args.concurrency,
        "retries_allowed": args.retries,
        "server_env": args.env,
        "ready_after_s": round(ready_s, 2),
        "attempts_by_status": {str(code): n for code, n in sorted(attempts.items(), key=str)},
        "final_by_status": {str(code): n for code, n in sorted(finals.items(), key=str)},
        "succeeded": succeeded,
        "attempt_latency_p50_s": _round(percentile(latencies, 50)),
        "attempt_latency_p95_s": _round(percentile(latencies, 95)),
        "end_to_end_p50_s": _round(percentile(end_to_end, 50)),
        "end_to_end_p95_s": _round(percentile(end_to_end, 95)),
        "wall_s": round(wall, 2),
        "server_shed_total": _shed_total(metrics),
        "alive_after": alive,
        "unexpected_statuses": unexpected,
        "ok": ok,
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    if not ok:
        reasons = []
        if unexpected:
            reasons.append(f"statuses outside {sorted(ALLOWED)}: {unexpected}")
        if succeeded < args.min_success:
            reasons.append(f"only {succeeded} succeeded (< {args.min_success})")
        if not alive:
            reasons.append("the server did not answer /healthz afterwards")
        print("FAIL: " + "; ".join(reasons) + (f" (server log: {log_path})" if server else ""), file=sys.stderr)
        return 1
    return 0


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _shed_total(metrics_text: str) -> float:
    return sum(
        float(line.rsplit(" ", 1)[1]) for line in metrics_text.splitlines() if line.startswith("wirecheck_shed_total")
    )


if __name__ == "__main__":
    sys.exit(main())
