"""How many injected institution calques a careful reader finds from the article alone, beside the detector.

Issue 17 asks the detector for 0.90 recall of injected ``institution_term`` calques at under 0.1 native false
flags per 1000 words. Whether the text even allows that is a question about readers, not models: this script writes
injected articles with every ministry, minister and department term marked ``[[n|term]]`` (calques and real bodies
alike, so nothing tells them apart but the text), in batches for separate readers, and scores their answers against
the injection's gold and against the detector's confident flags on the same terms.

    python bench/reader_ceiling.py make --path eval/native-en-6 --path eval/native-en-7 --out /tmp/judge
    (each reader answers INSTRUCTIONS.md for one batch folder, writing answers.tsv there)
    python bench/reader_ceiling.py score --key /tmp/judge/key.json --answers /tmp/judge

``--answers`` takes a folder (its ``batch*/answers.tsv`` and ``answers.tsv``) or one TSV file: file name, term
number, US / OTHER / UNSURE, reason. A run is recorded in ``eval/reader-ceiling/``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.datasets.corpus_texts import text_files  # noqa: E402
from eval.datasets.injected import inject  # noqa: E402
from service.contracts import Document  # noqa: E402
from service.stages.artifacts import find_artifacts  # noqa: E402
from service.stages.artifacts.institutions import _MINISTRY  # noqa: E402
from service.stages.segment import segment  # noqa: E402

INSTRUCTIONS = ROOT / "eval" / "reader-ceiling" / "INSTRUCTIONS.md"
CONFIDENT = 0.8  # the normalize threshold: what the detector puts before an editor as a fix


def make(paths: list[Path], out: Path, batches: int, seeds: tuple[int, int], encoder_name: str) -> dict:
    """Marked injected articles in ``out/batchK/`` and their key (gold and the detector's flags) in ``out/key.json``;
    articles without an injected institution term are left out (they would only test native reading)."""
    from models.registry import make_backend

    encoder: Any = None if encoder_name == "none" else make_backend(encoder_name)
    articles: list[dict[str, Any]] = []
    unmarked = 0
    for path in paths:
        for n, (stem, text) in enumerate(text_files(path, "reader ceiling")):
            seed = seeds[n % 2]
            injected, gold = inject(text, random.Random(seed ^ zlib.crc32(stem.encode())), "standard")
            calques = [(g["start"], g["end"]) for g in gold if g["category"] == "institution_term"]
            if not calques:
                continue
            doc = Document(injected, "en", True, sentences=segment(injected, "en"))
            flagged = [(a.start, a.end) for a in find_artifacts(doc, encoder)
                       if a.category == "institution_term" and a.confidence >= CONFIDENT]
            marked, items, terms, last = [], [], [], 0
            for i, m in enumerate(_MINISTRY.finditer(injected), 1):
                marked += [injected[last:m.start()], f"[[{i}|{m.group()}]]"]
                last = m.end()
                terms.append(m.span())
                items.append({"n": i, "term": m.group(), "calque": _overlaps(m.span(), calques),
                              "system": _overlaps(m.span(), flagged)})
            marked.append(injected[last:])
            unmarked += sum(not _overlaps(span, terms) for span in calques)  # calques no reader is asked about
            articles.append({"file": f"{path.name}-{stem}", "text": "".join(marked), "items": items})
    if not articles:
        raise ValueError(f"no article in {', '.join(map(str, paths))} had an institution term to inject (text/*.txt "
                         "naming US departments or secretaries)")
    random.Random(7).shuffle(articles)  # batches mix the corpora
    key: list[dict[str, Any]] = []
    for b in range(batches):
        folder = out / f"batch{b}"
        folder.mkdir(parents=True, exist_ok=True)
        for art in articles[b::batches]:
            (folder / f"{art['file']}.txt").write_text(art["text"], encoding="utf-8")
            key.append({"batch": b, "file": art["file"], "items": art["items"]})
    (out / "key.json").write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
    (out / "INSTRUCTIONS.md").write_text(INSTRUCTIONS.read_text(encoding="utf-8"), encoding="utf-8")
    return {"articles": len(key), "terms": sum(len(k["items"]) for k in key),
            "calques": sum(i["calque"] for k in key for i in k["items"]), "calques_not_marked": unmarked}


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def read_answers(where: Path) -> dict[tuple[str, int], str]:
    files = [where] if where.is_file() else sorted([*where.glob("batch*/answers.tsv"), *where.glob("answers.tsv")])
    answers: dict[tuple[str, int], str] = {}
    for file in files:
        with file.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if len(row) >= 3 and row[1].strip().isdigit():
                    answers[(row[0].strip().removesuffix(".txt"), int(row[1]))] = row[2].strip().upper()
    return answers


def score(key: list[dict], answers: dict[tuple[str, int], str]) -> Counter:
    """Counts over the calques and over the real bodies named as ministries or ministers (the terms the detector
    could wrongly flag); US departments named as departments are context for the reader, not scored."""
    c: Counter = Counter()
    for art in key:
        for item in art["items"]:
            answer = answers.get((art["file"], item["n"]), "MISSING")
            if item["calque"]:
                group = "calque"
            elif "Department" in item["term"] or "Secretary" in item["term"]:
                continue
            else:
                group = "real"
            c[group] += 1
            c[f"{group} reader {answer}"] += 1
            c[f"{group} detector"] += item["system"]
    return c


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    mk = sub.add_parser("make", help="write marked injected articles in batches, and their key")
    mk.add_argument("--path", type=Path, action="append", required=True, help="a PolNeAR-layout corpus (repeatable)")
    mk.add_argument("--out", type=Path, required=True)
    mk.add_argument("--batches", type=int, default=4)
    mk.add_argument("--context", default="e5-small", help="the detector's context encoder ('none': plain)")
    sc = sub.add_parser("score", help="score readers' answers and the detector against the key")
    sc.add_argument("--key", type=Path, required=True)
    sc.add_argument("--answers", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        if args.command == "make":
            print(make(args.path, args.out, args.batches, (20250, 1), args.context))
            return 0
        c = score(json.loads(args.key.read_text(encoding="utf-8")), read_answers(args.answers))
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # json's errors are ValueErrors
        parser.error(str(exc))
    for group, name in (("calque", "injected calques"), ("real", "real ministries and ministers")):
        n = max(1, c[group])
        answers = ", ".join(f"{a} {c[f'{group} reader {a}']}" for a in ("US", "OTHER", "UNSURE", "MISSING")
                            if c[f"{group} reader {a}"])
        print(f"{name}: {c[group]}; reader {answers}; reader says US {c[f'{group} reader US'] / n:.3f}; "
              f"detector flags {c[f'{group} detector']} ({c[f'{group} detector'] / n:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
