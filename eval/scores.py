"""The committed record of development scores (eval/scores.json), one entry per dataset split.

``wirecheck eval … --record`` writes the run's headline numbers under a key such as
``polnear/dev`` or ``references``, with the commit and date, so the history of a score is the
history of this file in git rather than a trail of commit messages.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

SCORES_PATH = Path(__file__).resolve().parent / "scores.json"

# Headline metrics per section of a report, as (section, key) pairs.
_HEADLINE = (
    ("quotes", ("f1@0.3", "f1@0.8", "f1@exact", "precision@0.3", "recall@0.3", "speaker_accuracy")),
    ("summaries", ("rouge1", "rouge2", "rougeL", "key_fact_recall")),
    ("artifacts", ("precision", "recall", "suggestion_accuracy", "false_flags_per_1000_words")),
    ("claim_matching", ("recall@5", "mrr", "mrr_filtered", "corroborating_f1", "paraphrase_f1", "misattributed_f1",
                        "conflicting_f1", "macro_f1", "accuracy")),
)


def key_for(report: dict) -> str:
    """'references', or the dataset and the folder's name ('polnear/dev', 'german-quotes/train'), or the
    split a dataset names itself ('claim-matching/dev', 'claim-matching/tuning')."""
    if report.get("split"):
        return f"{report['dataset']}/{report['split']}"
    path = report.get("path")
    return f"{report['dataset']}/{Path(path).name}" if path else report["dataset"]


def headline(report: dict) -> dict[str, float]:
    """The system's headline numbers of a report, rounded, as 'section/metric' -> value."""
    out: dict[str, float] = {}
    for section, keys in _HEADLINE:
        part = report.get(section) or {}
        if not part.get("documents"):
            continue
        for key in keys:
            value = (part.get("system") or {}).get(key)
            if isinstance(value, (int, float)):
                out[f"{section}/{key}"] = round(float(value), 4)
    return out


def entry(report: dict, commit: str | None = None) -> dict:
    """What one run contributes to scores.json: size, languages, numbers overall and per language."""
    by_language = {
        code: headline(part) for code, part in sorted((report.get("by_language") or {}).items())
    }
    return {
        "documents": report["documents"],
        "languages": report.get("languages", []),
        "commit": commit if commit is not None else _commit(),
        "date": report.get("created"),
        "metrics": headline(report),
        "by_language": {code: numbers for code, numbers in by_language.items() if numbers},
    }


def record(report: dict, path: Path | None = None, commit: str | None = None) -> str:
    """Write this run's entry into ``path`` (default scores.json; other keys kept, keys sorted);
    returns its key."""
    path = path or SCORES_PATH
    scores = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    key = key_for(report)
    scores[key] = entry(report, commit)
    path.write_text(json.dumps(dict(sorted(scores.items())), indent=2, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return key


def _commit() -> str | None:
    # The checkout's HEAD when there is one; an installed package has none and records null.
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=SCORES_PATH.parent,
                              capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() or None
