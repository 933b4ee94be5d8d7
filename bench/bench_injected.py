"""Per-category recall and right-fix rate on the injected benchmark, and false flags on the native texts.

    python bench/bench_injected.py --path ../shared/data/polnear/dev [--style heldout] [--native DIR ...]
        [--show-misses institution_term] [--seeds 20250,1,2,3,4,5,6,7] [--context none] [--reader lm-likelihood]

The injected texts come from eval.datasets.injected (``--style`` picks the injection vocabulary). "right fix" is
the original text's exact form; "right body" also accepts another form of the same gazetteer entry ("Commerce
Department" for "Department of Commerce"), since the injection picks a calque regardless of the original's form.
``--seeds`` pools the counts of several injection seeds (the default is WIRECHECK_INJECT_SEED, else 20250): the
small native-en corpora move by a point or more from one seed to the next. The native false-flag rate runs the same
detector on the untouched texts (and on every ``*.txt`` / ``*.json`` reference annotated with no artifacts under
``--native``), where every confident flag (≥ 0.8, the normalize threshold) counts as false.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.datasets import injected  # noqa: E402
from eval.datasets.corpus_texts import text_files  # noqa: E402
from eval.metrics.artifacts import match_spans, same_suggestion  # noqa: E402
from eval.tokenize import words  # noqa: E402
from service.contracts import Document  # noqa: E402
from service.stages.artifacts import find_artifacts, get_gazetteer  # noqa: E402
from service.stages.segment import segment  # noqa: E402

CONFIDENT = 0.8


# The institution context encoder (--context e5-small), as the pipeline passes it; None: the plain second opinion.
ENCODER: Any = None
# The causal language model whose readings the reading model weighs (--reader lm-likelihood); None: the context model.
READER: Any = None


def analyse(text: str, language: str) -> list[dict]:
    doc = Document(text, language, True, sentences=segment(text, language))
    english = language == "en"
    return [a.model_dump() for a in find_artifacts(doc, ENCODER if english else None, READER if english else None)]


def same_body(pred: str | None, gold: str | None) -> bool:
    """Both suggestions name one gazetteer entry in two of its forms ("Commerce Department" and "Department of
    Commerce", "AP" and "Associated Press"): the detector found the right body and chose the other accepted form."""
    gaz = get_gazetteer()

    def entries(name: str | None) -> set[str]:
        return {f.entry.name for f in gaz.lookup(re.sub(r"^(?:the|The) ", "", name or ""))}

    found = entries(pred)
    return bool(found) and found == entries(gold)


def injected_scores(path: Path, style: str, show: int, show_misses: str | None = None) -> dict[str, Counter]:
    """category -> Counter(gold, found, right_fix); misses and wrong fixes are printed up to ``show``, and
    all of them (with wider context) for the category ``show_misses``."""
    per: dict[str, Counter] = {}
    shown = 0
    for doc in injected.load(path, None, style=style):
        pred = analyse(doc["text"], "en")
        pairs = dict((j, i) for i, j in match_spans(pred, doc["artifacts"]))
        for j, gold in enumerate(doc["artifacts"]):
            c = per.setdefault(gold["category"], Counter())
            c["gold"] += 1
            listed = gold["category"] == show_misses
            s = gold["start"]
            width = 200 if listed else 60
            context = doc["text"][max(0, s - width) : s + width]
            if j in pairs:
                c["found"] += 1
                right = same_suggestion(pred[pairs[j]]["suggestion"], gold["suggestion"])
                c["right_fix"] += right
                c["right_body"] += right or same_body(pred[pairs[j]]["suggestion"], gold["suggestion"])
                if not right and (listed or shown < show):
                    shown += not listed
                    print(f"  wrong fix {doc['id']}: {gold['text']!r} -> {pred[pairs[j]]['suggestion']!r}"
                          f" (gold {gold['suggestion']!r})" + (f" …{context!r}" if listed else ""))
            elif listed or shown < show:
                shown += not listed
                print(f"  missed {doc['id']}: {gold['text']!r} ({gold['category']}) …{context!r}")
    return per


def native_texts(path: Path | None, extra: list[Path]) -> list[tuple[str, str, str]]:
    """(id, language, text) of the untouched corpus texts and of native reference/paragraph files."""
    out = [(stem, "en", text) for stem, text in text_files(path, "native")] if path else []
    for folder in extra:
        for file in sorted(folder.glob("*")):
            if file.suffix == ".txt":
                language = file.stem.split("-")[0] if "-" in file.stem else "en"
                out.append((file.stem, language, file.read_text(encoding="utf-8")))
            elif file.suffix == ".json":
                ref = json.loads(file.read_text(encoding="utf-8"))
                if isinstance(ref, dict) and ref.get("artifacts") == []:  # annotated native: no artifacts at all
                    out.append((file.stem, ref.get("language", "en"), ref["text"]))
    return out


def _seeds(value: str) -> list[int]:
    try:
        return [int(part) for part in value.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"--seeds takes comma-separated integers, not {value!r}") from None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, required=True, help="a PolNeAR-layout split (text/*.txt)")
    parser.add_argument("--style", default="standard", choices=sorted(injected.STYLES))
    parser.add_argument("--native", type=Path, action="append", default=[],
                        help="a folder of native *.txt (named LANG-*.txt) or reference *.json (repeatable)")
    parser.add_argument("--show", type=int, default=15, help="print this many misses and wrong fixes")
    parser.add_argument("--show-misses", metavar="CATEGORY",
                        help="print every miss and wrong fix of this category (e.g. institution_term), with context")
    parser.add_argument("--no-corpus-native", action="store_true", help="skip the false-flag pass on --path's texts")
    parser.add_argument("--seeds", type=_seeds, default=[injected.SEED],
                        help="comma-separated injection seeds whose counts are pooled (e.g. 20250,1,2,3,4,5,6,7)")
    parser.add_argument("--context", metavar="ENCODER", default="e5-small",
                        help="the institution context encoder the pipeline uses (default e5-small; 'none': the plain "
                             "second opinion, as find_artifacts without models)")
    parser.add_argument("--reader", metavar="BACKEND", default=None,
                        help="a causal language model whose readings the reading model weighs as well (e.g. "
                             "lm-likelihood, the llm extra; needs --context)")
    args = parser.parse_args()
    global ENCODER, READER
    from models.registry import make_backend

    if args.context.lower() != "none":
        ENCODER = make_backend(args.context)
    if args.reader:
        if ENCODER is None:
            parser.error("--reader needs the context encoder (--context e5-small)")
        READER = make_backend(args.reader)
    per: dict[str, Counter] = {}
    for seed in args.seeds:
        injected.SEED = seed
        for name, counts in injected_scores(args.path, args.style, args.show, args.show_misses).items():
            per[name] = per.get(name, Counter()) + counts
    total = sum(per.values(), Counter())
    print(f"injected ({args.style}, seeds {','.join(map(str, args.seeds))}) {args.path}")
    print(f"{'category':20} {'gold':>5} {'recall':>7} {'right fix':>9} {'right body':>10}")
    for name, c in sorted(per.items()) + [("all", total)]:
        found = max(c["found"], 1)
        print(f"{name:20} {c['gold']:5d} {c['found'] / c['gold']:7.3f} {c['right_fix'] / found:9.3f}"
              f" {c['right_body'] / found:10.3f}")
    by_language: dict[str, Counter] = {}
    for doc_id, language, text in native_texts(None if args.no_corpus_native else args.path, args.native):
        flags = [a for a in analyse(text, language) if a["confidence"] >= CONFIDENT]
        c = by_language.setdefault(language, Counter())
        c["words"] += len(words(text))
        c["flags"] += len(flags)
        for a in flags[:3]:
            print(f"  native flag {doc_id}: {a['surface']!r} -> {a['suggestion']!r} ({a['category']})")
    for language, c in sorted(by_language.items()):
        rate = c["flags"] * 1000 / c["words"] if c["words"] else 0.0
        print(f"native {language}: {c['words']} words, {c['flags']} confident flags, {rate:.3f} per 1000 words")


if __name__ == "__main__":
    main()
