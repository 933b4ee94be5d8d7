"""Milliseconds per 1000 words of find_artifacts, on the seed and on a folder of texts.

    python bench/bench_artifacts.py [--path ../shared/data/polnear/dev] [--repeat 5] [--dense 1000] [--context e5-small]

``--dense N`` also times N paragraphs of invented copy with five ministry terms each, then the same copy as one
endless sentence of a tenth the length (commas for full stops): the institution rules and their second opinion read
each term's sentence, so that is their worst case. A third case is one endless sentence of named foreign offices and
their unqualified counterparts, each of which the rules and the second opinion read in full. A fourth is one endless
clause (no comma, no full stop) of terms and the country they act on, which the rules read up to the clause's end.
``--context e5-small`` passes the institution context encoder, as the pipeline does for English (its load time is
printed apart).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.contracts import Document  # noqa: E402
from service.stages.artifacts import find_artifacts  # noqa: E402
from service.stages.segment import segment  # noqa: E402

SEED = ROOT / "seeds" / "000_22c1501935b67f74.txt"
DENSE = ("The Foreign Ministry said Finance Minister Howard Kessler met Trade Minister Gao Hucheng in Beijing, and the "
         "Defense Ministry said Washington would send ships. Senators asked about the Justice Ministry's budget.")
COUNTERPARTS = ("Chile's Foreign Ministry met the Foreign Ministry and Peru's trade minister met Trade Minister Daniel "
                "Hartley")
ONE_CLAUSE = "the Foreign Ministry thanked Qatar for help and sent aid to Qatar while Britain's Foreign Ministry agreed"


ENCODER = None  # --context: the institution context encoder passed to find_artifacts


def ms_per_1000_words(texts: list[str], repeat: int) -> tuple[float, int]:
    docs = [Document(t, "en", True, sentences=segment(t, "en")) for t in texts]
    words = sum(len(t.split()) for t in texts)
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for doc in docs:
            find_artifacts(doc, ENCODER)
        runs.append((time.perf_counter() - start) * 1000 * 1000 / words)
    return statistics.median(runs), words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, help="a folder with text/*.txt (PolNeAR layout) or *.txt")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dense", type=int, default=0, help="also time N paragraphs of ministry-dense copy")
    parser.add_argument("--context", metavar="ENCODER", help="the institution context encoder (e5-small)")
    args = parser.parse_args()
    if args.context:
        global ENCODER
        from models.registry import make_backend

        start = time.perf_counter()
        ENCODER = make_backend(args.context)
        print(f"{args.context} load: {(time.perf_counter() - start) * 1000:.0f} ms")
    start = time.perf_counter()
    find_artifacts(Document("Warm-up: Bitdance.", "en", True))  # gazetteer, indexes, wordfreq
    print(f"cold start (gazetteer + indexes): {(time.perf_counter() - start) * 1000:.0f} ms")
    ms, words = ms_per_1000_words([SEED.read_text(encoding="utf-8")], args.repeat)
    print(f"seed: {words} words, {ms:.2f} ms per 1000 words (median of {args.repeat})")
    if args.path:
        folder = args.path / "text" if (args.path / "text").is_dir() else args.path
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        ms, words = ms_per_1000_words(texts, args.repeat)
        print(f"{folder}: {len(texts)} texts, {words} words, {ms:.2f} ms per 1000 words (median of {args.repeat})")
    if args.dense:
        for label, text in (("paragraphs", "\n\n".join([DENSE] * args.dense)),
                            ("one sentence", ", ".join([DENSE.replace(". ", ", ")] * max(1, args.dense // 10))),
                            ("counterparts in one sentence",
                             "WASHINGTON — The United States said so. " + ", ".join([COUNTERPARTS] * args.dense)),
                            ("one clause", "DOHA, Qatar — " + " and ".join([ONE_CLAUSE] * args.dense))):
            doc = Document(text, "en", True, sentences=segment(text, "en"))
            start = time.perf_counter()
            find_artifacts(doc, ENCODER)
            print(f"dense, {label}: {len(text)} characters, {text.count('Minist')} ministry terms, "
                  f"{time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
