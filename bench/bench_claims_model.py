"""claims-e5 cost: warm analyze p50 with and without the model, on the seed and a non-English article, and peak RSS.

In-process (``Pipeline.analyze`` as /v1/analyze runs it); ``bench/bench_service.py`` with
``WIRECHECK_CLAIMS_MODEL=claims-e5`` measures the same through HTTP.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_22c1501935b67f74.txt"
OTHER = ROOT / "eval" / "multilingual" / "es-dengue-cali.txt"


def _p50(pipeline, text: str, runs: int) -> float:
    pipeline.analyze(text)  # warm: deferred parsers, caches
    times = []
    for n in range(runs):
        t0 = time.perf_counter()
        pipeline.analyze(f"{text}\n\nRun {n}.")
        times.append((time.perf_counter() - t0) * 1000)
    return round(sorted(times)[len(times) // 2], 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--model", default="claims-e5", help="claims model backend, or 'none'")
    args = parser.parse_args()

    from eval.datasets.marked import read_file
    from service.config import Settings
    from service.pipeline import make_pipeline

    texts = {"seed (en)": SEED.read_text(encoding="utf-8"), f"{OTHER.stem}": read_file(OTHER)[0]["text"]}
    model = None if args.model == "none" else args.model
    pipeline = make_pipeline(Settings(claims_model=model))
    out: dict = {"model": model}
    out["p50_ms"] = {name: _p50(pipeline, text, args.runs) for name, text in texts.items()}
    # After the runs: the model loads on the first document in a language it serves.
    out["loaded"] = pipeline.models.claims_model is not None
    out["problems"] = pipeline.models.problems
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
