"""Service benchmark: cold start, warm /v1/analyze latency on the seed, and peak RSS.

Starts ``wirecheck serve`` on a loopback port as a subprocess, so cold start is measured from
process start to the first analysis, exactly as a user would see it.
Targets on a 2-core machine: cold start ≤ 10 s, warm p50 ≤ 300 ms, peak RSS ≤ 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_22c1501935b67f74.txt"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _latencies(client: httpx.Client, texts: list[str]) -> list[float]:
    out = []
    for text in texts:
        t0 = time.perf_counter()
        response = client.post("/v1/analyze", json={"text": text})
        out.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, response.text
    return sorted(out)


def _percentile(sorted_ms: list[float], q: float) -> float:
    return round(sorted_ms[int(q * (len(sorted_ms) - 1))], 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--file", type=Path, default=SEED)
    args = parser.parse_args()
    text = args.file.read_text(encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}"

    started = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(port)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=url, timeout=60) as client:
            while True:
                if server.poll() is not None:
                    sys.exit("server exited during start-up")
                try:
                    response = client.post("/v1/analyze", json={"text": text})
                    if response.status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.05)
            cold = time.perf_counter() - started

            repeated = _latencies(client, [text] * args.requests)
            # The same text again hits the per-article caches; a unique closing line defeats them.
            distinct = _latencies(
                client, [f"{text}\n\nUpdated {i} minutes ago by the desk." for i in range(args.requests)]
            )
            stages = client.post("/v1/analyze", json={"text": text + "\n\nLast update."}).json()["timings"]
        result = {
            "cold_start_s": round(cold, 2),
            "warm_p50_ms": _percentile(distinct, 0.5),
            "warm_p95_ms": _percentile(distinct, 0.95),
            "repeated_text_p50_ms": _percentile(repeated, 0.5),
            "repeated_text_p95_ms": _percentile(repeated, 0.95),
            "peak_rss_mb": round(peak_rss_mb(server.pid), 1),
            "requests": args.requests,
            "stage_ms_last_request": {k: round(v * 1000, 1) for k, v in stages.items()},
        }
        print(json.dumps(result, indent=2))
        ok = result["cold_start_s"] <= 10 and result["warm_p50_ms"] <= 300 and result["peak_rss_mb"] <= 1536
        print("targets (cold ≤ 10 s, p50 ≤ 300 ms, RSS ≤ 1.5 GB):", "met" if ok else "NOT met")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
