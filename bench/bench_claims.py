"""Throughput of the claims stage: articles/s on the seed and on a folder of .txt articles.

Segmentation runs before the clock starts (the pipeline hands the stage a segmented Document);
only ``extract_claims`` is timed. With ``--workers 2`` the articles are split over two processes,
which is how the service uses a 2-core box.

    python bench/bench_claims.py --path ../shared/data/polnear/dev/text [--parser] [--workers 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.contracts import Document  # noqa: E402
from service.stages.language import detect_language  # noqa: E402
from service.stages.quotes import extract_claims  # noqa: E402
from service.stages.segment import segment  # noqa: E402

SEED = ROOT / "seeds" / "000_22c1501935b67f74.txt"
_PARSER = None


def _documents(paths: list[Path]) -> list[Document]:
    docs = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        language = _language(text)
        docs.append(Document(text, language, True, segment(text, language)))
    return docs


def _language(text: str) -> str:
    return detect_language(text, None).code


def _init(use_parser: bool) -> None:
    global _PARSER
    if use_parser:
        from models.spacy_parser import SpacyParser

        _PARSER = SpacyParser("en")


def _run(docs: list[Document]) -> int:
    claims = 0
    for doc in docs:
        claims += len(extract_claims(doc, _PARSER if doc.language == "en" else None))
    return claims


def bench(paths: list[Path], repeat: int, workers: int, use_parser: bool) -> tuple[float, int]:
    docs = _documents(paths) * repeat
    if workers <= 1:
        _init(use_parser)
        _run(docs[:2])  # warm caches (lexicons, regexes)
        start = time.perf_counter()
        claims = _run(docs)
        return len(docs) / (time.perf_counter() - start), claims
    chunks = [docs[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(use_parser,)) as pool:
        list(pool.map(_run, [c[:2] for c in chunks]))
        start = time.perf_counter()
        claims = sum(pool.map(_run, chunks))
        return len(docs) / (time.perf_counter() - start), claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, help="folder of .txt articles")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=20, help="seed repetitions")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--parser", action="store_true", help="pass the spaCy en parser")
    args = parser.parse_args()
    rate, claims = bench([SEED], args.repeat, args.workers, args.parser)
    print(f"seed: {rate:.1f} articles/s ({claims} claims over {args.repeat} runs)")
    if args.path:
        paths = sorted(args.path.glob("*.txt"))[: args.limit]
        rate, claims = bench(paths, 1, args.workers, args.parser)
        print(f"{args.path}: {rate:.1f} articles/s over {len(paths)} articles ({claims} claims)")


if __name__ == "__main__":
    main()
