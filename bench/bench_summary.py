"""Warm latency of the summary and checks stages (extractive backend) per article.

Usage: python bench/bench_summary.py [--path DIR_OF_TXT] [--limit N] [--repeat N]
Models load once (not timed); each timed run starts from a cold per-article cache, so sentence
embedding is paid every time, as it is for a new request.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.loader import load_models  # noqa: E402
from service.config import Settings  # noqa: E402
from service.contracts import Document  # noqa: E402
from service.stages.checks import run_checks  # noqa: E402
from service.stages.checks import support as support_module  # noqa: E402
from service.stages.segment import segment  # noqa: E402
from service.stages.summarize import summarize  # noqa: E402


def articles(path: Path | None, limit: int) -> list[tuple[str, str]]:
    if path is None:
        seed = ROOT / "seeds" / "000_22c1501935b67f74.txt"
        return [(seed.name, seed.read_text(encoding="utf-8"))]
    files = sorted(Path(path).glob("*.txt"))[:limit]
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=None, help="folder of .txt articles (default: the seed)")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    settings = Settings()
    models = load_models(settings.embedder, [], strict=True)
    try:
        from service.stages.artifacts import find_artifacts
    except ImportError:  # the artifact stage is optional for this benchmark
        find_artifacts = None
    timings: list[float] = []
    indexing: list[float] = []  # sentence embedding + fact extraction, the part shared by both stages
    words: list[int] = []
    for _name, text in articles(args.path, args.limit):
        doc = Document(text=text, language="en", language_supported=True, sentences=segment(text, "en"))
        artifacts = find_artifacts(doc) if find_artifacts else []
        for run in range(args.repeat + 1):
            doc.indexes.clear()  # the support index lives on the document: time it cold each run
            started = time.perf_counter()
            support_module.index_document(doc, models)
            embedded = time.perf_counter()
            summary = summarize(doc, models, backend="extractive", max_words=settings.summary_max_words,
                                min_words=settings.summary_min_words, artifacts=artifacts)
            run_checks(doc, summary, [], models, artifacts)
            elapsed = (time.perf_counter() - started) * 1000
            if run:  # the first run warms numpy and the regex caches
                timings.append(elapsed)
                indexing.append((embedded - started) * 1000)
        words.append(len(summary.text.split()))
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(0.95 * len(timings)))]
    print(f"articles={len(words)} runs={len(timings)} summary_words_mean={statistics.mean(words):.1f}")
    print(f"summary+checks ms/article: median={statistics.median(timings):.1f} p95={p95:.1f} max={timings[-1]:.1f}")
    print(f"  of which embedding+facts (index): median={statistics.median(indexing):.1f}")


if __name__ == "__main__":
    main()
