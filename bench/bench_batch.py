"""Benchmark ``wirecheck batch``: articles/min with 1 and 2 workers, and peak memory per worker process.

Usage (from the repo root):
    python bench/bench_batch.py --path ../shared/data/polnear/dev/text --workers 1 2

Each run is a fresh ``wirecheck batch`` subprocess writing to a temp file, so model loading is
counted. Two rates are reported: over the whole wall time, and steady-state (first to last record,
as the output file grows). CPU seconds per article are reported too, overall and steady-state: on a
shared machine other jobs stretch wall time, and CPU time is the figure that transfers to a quiet
box (capacity ~ 60 * cores / steady CPU s per article with single-threaded pool workers). Peak RSS
is VmHWM from /proc, sampled for the command and every descendant process (no psutil).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATH = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu_s(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _status(pid: int) -> dict[str, str]:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return dict(line.rstrip("\n").split(":\t", 1) for line in fh if ":\t" in line)
    except OSError:
        return {}


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _is_worker(cmdline: str) -> bool:
    # Pool workers run spawn_main and Ray actors retitle themselves; the resource tracker and raylet
    # are helpers, not workers.
    return "spawn_main" in cmdline or cmdline.startswith("ray::BatchActor")


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def _descendants(pid: int) -> list[int]:
    todo, seen = [pid], []
    while todo:
        current = todo.pop()
        seen.append(current)
        todo += _children(current)
    return seen


class Sampler(threading.Thread):
    """Polls VmHWM (peak RSS) of a process tree and the output's line count until stopped."""

    def __init__(self, pid: int, out: Path) -> None:
        super().__init__(daemon=True)
        self.pid, self.out = pid, out
        self.peaks: dict[int, tuple[str, int]] = {}
        self.cpu: dict[int, float] = {}
        self.first_line_at: float | None = None
        self.cpu_at_first_line: float | None = None
        self.cpu_at_last_line: float | None = None
        self.last_line_at: float | None = None
        self.lines = 0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            for pid in _descendants(self.pid):
                status = _status(pid)
                cpu = _cpu_s(pid)
                if cpu is not None:
                    self.cpu[pid] = cpu
                if "VmHWM" in status:
                    kb = int(status["VmHWM"].split()[0])
                    name = _cmdline(pid) or status.get("Name", "?")
                    self.peaks[pid] = (name, max(kb, self.peaks.get(pid, ("", 0))[1]))
            lines = self.out.read_bytes().count(b"\n") if self.out.exists() else 0
            now = time.monotonic()
            if lines and self.first_line_at is None:
                self.first_line_at, self.cpu_at_first_line = now, sum(self.cpu.values())
            if lines > self.lines:
                self.lines, self.last_line_at = lines, now
                self.cpu_at_last_line = sum(self.cpu.values())
            self._halt.wait(0.2)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def bench(path: Path, workers: int, engine: str, glob: str | None, analyzer: str | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        out = Path(tmp) / "out.jsonl"
        cmd = [sys.executable, "-c", "from service.batch.cli import batch_command; batch_command()",
               str(path), "--out", str(out), "--workers", str(workers), "--engine", engine]
        if glob:
            cmd += ["--glob", glob]
        if analyzer:
            cmd += ["--analyzer", analyzer]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        load_before = os.getloadavg()[0]
        cpu_before = _children_cpu_s()
        started = time.monotonic()
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        sampler = Sampler(proc.pid, out)
        sampler.start()
        stdout, stderr = proc.communicate()
        wall = time.monotonic() - started
        sampler.stop()
        # Pool workers are joined, so rusage counts them exactly; Ray's are not our children, so for
        # them the /proc samples stand in (missing at most the last 0.2 s of each process).
        cpu = _children_cpu_s() - cpu_before if engine == "local" else sum(sampler.cpu.values())
        records = [json.loads(line) for line in out.read_text().splitlines()]
    if proc.returncode != 0:
        raise SystemExit(f"batch failed ({proc.returncode}):\n{stderr[-2000:]}")
    n = len(records)
    steady = steady_cpu = None
    if sampler.cpu_at_first_line is not None and sampler.cpu_at_last_line is not None and sampler.lines > 1:
        steady_cpu = (sampler.cpu_at_last_line - sampler.cpu_at_first_line) / (sampler.lines - 1)
    if sampler.first_line_at and sampler.last_line_at and sampler.lines > 1:
        span = sampler.last_line_at - sampler.first_line_at
        steady = 60.0 * (sampler.lines - 1) / span if span > 0 else None
    # The driver is the command itself; with a pool, the workers are its python children.
    driver_mb = sampler.peaks.get(proc.pid, ("", 0))[1] / 1024
    worker_mb = sorted(kb / 1024 for pid, (name, kb) in sampler.peaks.items()
                       if pid != proc.pid and _is_worker(name))
    return {
        "workers": workers,
        "engine": engine,
        "articles": n,
        "errors": sum("error" in r for r in records),
        "wall_s": round(wall, 1),
        "articles_per_min": round(60.0 * n / wall, 1),
        "steady_articles_per_min": round(steady, 1) if steady else None,
        # CPU seconds of the whole tree (workers are joined, so they count), model loading included.
        # Other jobs on a shared machine stretch wall time far more than CPU time: the steadier figure.
        "cpu_s": round(cpu, 1),
        "cpu_s_per_article": round(cpu / n, 3) if n else None,
        # Between the first and last record: analysis only, no start-up or model loading.
        "steady_cpu_s_per_article": round(steady_cpu, 3) if steady_cpu else None,
        "loadavg_before": round(load_before, 2),
        "median_article_s": round(sorted(r.get("seconds", 0) for r in records)[n // 2], 3) if n else None,
        "driver_peak_rss_mb": round(driver_mb),
        "worker_peak_rss_mb": [round(mb) for mb in worker_mb] or [round(driver_mb)],
        "summary": stdout.strip().splitlines()[-1] if stdout.strip() else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH, help="folder of articles (PolNeAR dev)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--engine", choices=["local", "ray"], default="local")
    parser.add_argument("--glob", default=None)
    # module:factory, so the bench itself can be checked with a fake analyzer.
    parser.add_argument("--analyzer", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args()
    if not args.path.is_dir():
        raise SystemExit(f"no such folder: {args.path}")
    print(f"cpus={len(os.sched_getaffinity(0))} path={args.path}", flush=True)
    results = []
    for workers in args.workers:
        result = bench(args.path, workers, args.engine, args.glob, args.analyzer)
        results.append(result)
        print(json.dumps(result), flush=True)
    print("\n| workers | articles | errors | wall s | articles/min | steady/min | CPU s/article "
          "| steady CPU s/article | load before | peak RSS per worker MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['workers']} | {r['articles']} | {r['errors']} | {r['wall_s']} | {r['articles_per_min']} "
              f"| {r['steady_articles_per_min']} | {r['cpu_s_per_article']} | {r['steady_cpu_s_per_article']} "
              f"| {r['loadavg_before']} "
              f"| {', '.join(map(str, r['worker_peak_rss_mb']))} |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
