"""The checked-in baseline (eval/baseline.json): metrics on the references that must not drop.

Update it only deliberately, with ``wirecheck eval --update-baseline``, and commit the diff with a
reason: the regression test (tests/eval/test_regression.py) compares every run against it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from eval.datasets.references import REFERENCE_DIR

BASELINE_PATH = Path(__file__).resolve().parent / "baseline.json"
DATASET = "references"

# Report path ("/"-separated: metric names contain dots) -> (direction, tolerance).
# Scores are in [0, 1]; false flags per 1000 words are not, hence their own tolerance.
TRACKED: dict[str, tuple[str, float]] = {
    "quotes/system/f1@0.3": ("higher", 0.02),
    "quotes/system/f1@0.8": ("higher", 0.02),
    "quotes/system/f1@exact": ("higher", 0.02),
    "quotes/system/speaker_accuracy": ("higher", 0.02),
    "terms/system/f1@0.3": ("higher", 0.02),
    "summaries/system/rouge1": ("higher", 0.02),
    "summaries/system/rouge2": ("higher", 0.02),
    "summaries/system/rougeL": ("higher", 0.02),
    "summaries/system/key_fact_recall": ("higher", 0.02),
    "artifacts/system/precision": ("higher", 0.02),
    "artifacts/system/recall": ("higher", 0.02),
    "artifacts/system/suggestion_accuracy": ("higher", 0.02),
    "artifacts/system/false_flags_per_1000_words": ("lower", 0.5),
    "checks/support/system/balanced_accuracy": ("higher", 0.02),
    "checks/contradictions/system/recall": ("higher", 0.02),
}


def lookup(report: dict, path: str):
    """The value at a "/"-separated path, or None when any part is missing."""
    node = report
    for part in path.split("/"):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def snapshot(report: dict) -> dict:
    """The tracked metrics of a references report, in baseline-file form."""
    metrics = {path: lookup(report, path) for path in TRACKED}
    return {
        "dataset": report["dataset"],
        "documents": report["documents"],
        "references_sha256": references_fingerprint(),
        "metrics": {path: round(value, 4) for path, value in metrics.items() if isinstance(value, (int, float))},
    }


def regressions(report: dict, baseline: dict) -> list[str]:
    """One line per tracked metric that got worse than baseline by more than its tolerance."""
    problems = []
    for path, expected in baseline.get("metrics", {}).items():
        direction, tolerance = TRACKED.get(path, ("higher", 0.02))
        actual = lookup(report, path)
        if not isinstance(actual, (int, float)):
            problems.append(f"{path}: baseline {expected}, now missing")
        elif direction == "higher" and actual < expected - tolerance:
            problems.append(f"{path}: {actual:.4f} < baseline {expected} - {tolerance}")
        elif direction == "lower" and actual > expected + tolerance:
            problems.append(f"{path}: {actual:.4f} > baseline {expected} + {tolerance}")
    return problems


def references_fingerprint(folder: Path | None = None) -> str:
    """One hash over the reference files, so a drop can be told apart from a changed reference set."""
    digest = hashlib.sha256()
    for path in sorted((folder or REFERENCE_DIR).glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_baseline(path: Path | None = None) -> dict:
    return json.loads((path or BASELINE_PATH).read_text(encoding="utf-8"))


def write_baseline(report: dict, path: Path | None = None) -> dict:
    if report["dataset"] != DATASET:
        raise ValueError(f"the baseline is measured on {DATASET!r}, not {report['dataset']!r}")
    data = snapshot(report)
    (path or BASELINE_PATH).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return data
