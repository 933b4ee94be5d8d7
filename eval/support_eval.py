"""How well the support check flags unfaithful summary sentences, and how often it flags faithful ones.

Usage: python -m eval.support_eval [--lexical] [--limit N] [--misses N] [--json FILE]

Three sets, all scored with ``score_support`` at the service's threshold (0.5):
- rule-made items (``eval/datasets/support_rules.py``): article sentences copied or shortened, and
  perturbed ones (number, entity, clause, antonym, negation), from the references and eval/multilingual;
- the references' hand-written summaries, one item per sentence, with the gold artifact fixes put back
  as the article wrote them (what ``run_checks`` does): faithful paraphrases that should not be flagged;
- the extractive summarizer's own summaries of the references, through ``summarize`` and ``run_checks``:
  sentences under 0.5 and ``unsupported_summary_sentence`` checks, both of which should be about zero.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from eval.datasets import references, support_rules
from models.loader import LoadedModels, load_models
from service.config import Settings
from service.stages.artifacts.normalize import restore_surfaces
from service.stages.checks import run_checks, score_support, support_document
from service.stages.checks.support import SUPPORTED
from service.stages.segment import segment
from service.stages.summarize import summarize


def score_items(documents: list[dict], models: LoadedModels) -> list[dict]:
    """Every labelled sentence with its score and whether the check flags it."""
    rows = []
    for doc in documents:
        article = support_document(doc["text"], doc["language"])
        for item in doc["support"]:
            score = score_support(article, item["sentence"], models)
            rows.append({"id": doc["id"], "language": doc["language"], "kind": item["perturbation"],
                         "supported": item["supported"], "sentence": item["sentence"], "score": round(score, 3),
                         "flagged": score < SUPPORTED})
    return rows


def reference_summary_items(docs: list[dict]) -> list[dict]:
    """The references' own summaries as faithful items, gold artifact fixes written back as the article has them."""
    out = []
    for doc in docs:
        if doc["language"] not in support_rules.LANGUAGES or not doc.get("summary"):
            continue
        aliases = {a["suggestion"]: a["text"] for a in doc.get("artifacts", [])
                   if a.get("suggestion") and any(ch.isalpha() for ch in a["suggestion"])}
        items = [{"sentence": restore_surfaces(s.text, aliases), "supported": True, "perturbation": "reference-summary"}
                 for s in segment(doc["summary"], doc["language"])]
        out.append({**doc, "support": items})
    return out


def extractive_flags(docs: list[dict], models: LoadedModels) -> dict:
    """Sentences the extractive summary writes, how many score under 0.5, and the checks raised on them."""
    from service.stages.artifacts import find_artifacts

    settings = Settings()
    sentences = low = checks = 0
    flagged: list[str] = []
    for doc in docs:
        article = support_document(doc["text"], doc["language"])
        artifacts = find_artifacts(article)
        summary = summarize(article, models, backend="extractive", max_words=settings.summary_max_words,
                            min_words=settings.summary_min_words, artifacts=artifacts)
        raised = [c for c in run_checks(article, summary, [], models, artifacts)
                  if c.kind == "unsupported_summary_sentence"]
        sentences += len(summary.sentences)
        low += sum(s.support < SUPPORTED for s in summary.sentences)
        checks += len(raised)
        flagged += [f"{doc['id']}: {c.explanation}" for c in raised]
    return {"documents": len(docs), "sentences": sentences, "under_threshold": low, "checks": checks,
            "flagged": flagged}


def precision_recall(rows: list[dict]) -> dict:
    """Precision and recall of the 'unsupported' flag, unfaithful being the positive class."""
    true_pos = sum(r["flagged"] and not r["supported"] for r in rows)
    flagged = sum(r["flagged"] for r in rows)
    positives = sum(not r["supported"] for r in rows)
    return {"n": len(rows), "unfaithful": positives, "flagged": flagged,
            "precision": round(true_pos / flagged, 3) if flagged else None,
            "recall": round(true_pos / positives, 3) if positives else None,
            "false_flags": flagged - true_pos}


def summarize_rows(rows: list[dict]) -> dict:
    by_kind: dict[str, list[dict]] = defaultdict(list)
    by_language: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_kind[row["kind"]].append(row)
        if row["kind"] != "reference-summary":
            by_language[row["language"]].append(row)
    made = [r for r in rows if r["kind"] != "reference-summary"]
    return {
        "overall": precision_recall(made),
        "flag_rate_by_kind": {k: {"n": len(v), "flagged": sum(r["flagged"] for r in v),
                                  "rate": round(sum(r["flagged"] for r in v) / len(v), 3)}
                              for k, v in sorted(by_kind.items())},
        "by_language": {lang: precision_recall(v) for lang, v in sorted(by_language.items())},
    }


def print_report(report: dict, rows: list[dict], misses: int) -> None:
    overall = report["overall"]
    print(f"rule-made items: n={overall['n']} unfaithful={overall['unfaithful']} flagged={overall['flagged']} "
          f"precision={overall['precision']} recall={overall['recall']} false_flags={overall['false_flags']}")
    print("flag rate by kind (faithful kinds: copy, shortened, reference-summary; the rest should be flagged):")
    for kind, v in report["flag_rate_by_kind"].items():
        print(f"  {kind:18s} n={v['n']:4d} flagged={v['flagged']:4d} rate={v['rate']:.3f}")
    print("by language (rule-made items):")
    for lang, v in report["by_language"].items():
        print(f"  {lang}  n={v['n']:3d} precision={v['precision']} recall={v['recall']} false_flags={v['false_flags']}")
    extractive = report.get("extractive")
    if extractive:
        print(f"extractive summaries of {extractive['documents']} references: sentences={extractive['sentences']} "
              f"under_0.5={extractive['under_threshold']} unsupported_checks={extractive['checks']}")
        for line in extractive["flagged"]:
            print(f"  {line}")
    if misses:
        wrong = [r for r in rows if r["flagged"] == r["supported"]]
        print(f"first {min(misses, len(wrong))} of {len(wrong)} errors:")
        for r in wrong[:misses]:
            print(f"  [{r['kind']}/{r['language']} {r['score']}] {r['sentence'][:160]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexical", action="store_true", help="no sentence embedder: word overlap only")
    parser.add_argument("--limit", type=int, default=None, help="articles for the rule-made set")
    parser.add_argument("--misses", type=int, default=0, help="print this many wrongly judged items")
    parser.add_argument("--no-extractive", action="store_true", help="skip the extractive summaries")
    parser.add_argument("--json", type=Path, default=None, help="write the report and every scored row here")
    args = parser.parse_args(argv)
    models = LoadedModels() if args.lexical else load_models(Settings().embedder, [], strict=True)
    refs = references.load()
    rows = score_items(support_rules.load(limit=args.limit), models)
    rows += score_items(reference_summary_items(refs), models)
    report = summarize_rows(rows)
    if not args.no_extractive:
        report["extractive"] = extractive_flags([d for d in refs if d["language"] in support_rules.LANGUAGES], models)
    print_report(report, rows, args.misses)
    if args.json:
        args.json.write_text(json.dumps({"report": report, "rows": rows}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
