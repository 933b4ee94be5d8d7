"""Seconds per stage of one analysis of long and pathological texts, beside real news of the same sizes.

Text without sentence breaks ('x ' repeated), one endless word, quote marks alone, an unbalanced quote mark
before a long text: each should cost about what real news of its size costs, and grow linearly with its
size. Real news is the repository's multilingual eval articles, English (rules only) and French (where the
claims-e5 encoder runs too), repeated up to the size. Each input is analysed once per size by the default
pipeline, after a small warm-up analysis of it that loads whatever its language defers.

    python bench/bench_long_inputs.py [--sizes 40000,200000,600000] [--inputs x-space,news-en] \
        [--stages claims] [--skip-after 90]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.datasets import load_dataset  # noqa: E402
from service.pipeline import make_pipeline  # noqa: E402
from service.stages.plan import ALL_STAGES  # noqa: E402

# 'said' every 54 characters and never a stop: every cue frames the rest of the "sentence".
_CLAUSE = "the minister said that prices rose again in the north "


def _repeated(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _news(language: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        articles = [doc["text"].strip() for doc in load_dataset("multilingual") if doc["language"] == language]
        return _repeated("\n\n".join(articles) + "\n\n")(size)
    return make


INPUTS: dict[str, Callable[[int], str]] = {
    "x-space": _repeated("x "),
    "letters": _repeated("a"),
    "x-comma": _repeated("x, "),
    "no-stops": _repeated(_CLAUSE),
    "quote-marks": _repeated('"'),
    "open-quote": lambda size: "“" + _news("en")(size - 1),
    "news-en": _news("en"),
    "news-fr": _news("fr"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="40000,200000,600000", help="characters, comma-separated")
    parser.add_argument("--inputs", default=",".join(INPUTS), help="comma-separated, from: " + ", ".join(INPUTS))
    parser.add_argument("--stages", default=",".join(ALL_STAGES), help="comma-separated (default: all)")
    parser.add_argument("--skip-after", type=float, default=120.0,
                        help="an input that took longer than this (s) is not run at larger sizes")
    args = parser.parse_args()
    sizes = sorted(int(size) for size in args.sizes.split(","))
    stages = args.stages.split(",")
    pipeline = make_pipeline()
    print(f"{'input':12} {'KB':>5} {'lang':4} {'claims':>6} {'total s':>8}  per stage (s)")
    for name in args.inputs.split(","):
        make = INPUTS[name]
        pipeline.analyze(make(2_000), stages=stages)  # loads what this input's language defers
        for size in sizes:
            started = time.perf_counter()
            analysis = pipeline.analyze(make(size), stages=stages)
            total = time.perf_counter() - started
            split = " ".join(f"{stage}={seconds:.2f}" for stage, seconds in analysis.timings.items())
            print(f"{name:12} {size // 1000:>5} {analysis.language:4} {len(analysis.claims):>6} {total:>8.2f}  {split}",
                  flush=True)
            if total > args.skip_after:
                print(f"{name:12} larger sizes skipped (over {args.skip_after:g} s)", flush=True)
                break
    pipeline.close()


if __name__ == "__main__":
    main()
