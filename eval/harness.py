"""Runs the pipeline over a dataset, scores every annotated layer, and writes report.json/report.md.

Documents arrive in the reference dict shape; predictions are converted into the same shape, so
the metric functions only ever compare dicts. A layer is scored on the documents that carry its
key (``quotes``, ``summary``/``key_facts``, ``artifacts``, ``support``, ``contradictions``).
"""

from __future__ import annotations

import inspect
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eval import baselines
from eval.datasets import get_runner, load_dataset
from eval.metrics import artifacts as artifact_metrics
from eval.metrics import checks as check_metrics
from eval.metrics import quotes as quote_metrics
from eval.metrics import summaries as summary_metrics
from eval.metrics.bootstrap import bootstrap_ci
from eval.report import render_markdown

PipelineFactory = Callable[[], Any]
# (article text, its sentences to score, language) -> one support score per sentence.
SupportScorer = Callable[[str, list[str], str | None], list[float]]

# Headline metrics that get a bootstrap interval, per section.
CI_KEYS = {
    "quotes": ["f1@0.3", "f1@0.8", "f1@exact", "precision@0.3", "recall@0.3", "speaker_accuracy"],
    "terms": ["f1@0.3"],
    "summaries": ["rouge1", "rouge2", "rougeL", "key_fact_recall"],
    "artifacts": ["precision", "recall", "suggestion_accuracy", "false_flags_per_1000_words"],
    "support": ["balanced_accuracy"],
    "contradictions": ["recall"],
}
# Pipeline stages each annotated layer needs; a dataset with quotes only skips the summarizer.
STAGES_FOR = {
    "quotes": {"claims"},
    "terms": {"claims"},
    "summary": {"summary"},
    "key_facts": {"summary"},
    "artifacts": {"artifacts"},
    "contradictions": {"checks"},
}
AGGREGATES = {
    "quotes": quote_metrics.aggregate,
    "terms": quote_metrics.aggregate,
    "summaries": summary_metrics.aggregate,
    "artifacts": artifact_metrics.aggregate,
    "support": check_metrics.support_aggregate,
    "contradictions": check_metrics.contradiction_aggregate,
}


def default_pipeline_factory():
    """The service's pipeline with the configured default models (what ``wirecheck analyze`` uses)."""
    from service.pipeline import make_pipeline

    return make_pipeline()


def run_eval(
    dataset: str,
    path: Path | str | None,
    out_dir: Path | str | None,
    pipeline_factory: PipelineFactory | None = None,
    limit: int | None = None,
    progress: bool = True,
    embedder_factory: Callable[[], Any] | None = None,
) -> dict:
    """Evaluate one dataset end to end; writes report.json, report.md and predictions.jsonl to out_dir.

    A dataset with its own runner (``eval.datasets.RUNNERS``) is handed to it, with ``embedder_factory``."""
    runner = get_runner(dataset)
    if runner is not None:
        return runner(path, out_dir, embedder_factory=embedder_factory, limit=limit, progress=progress)
    documents = load_dataset(dataset, path, limit)
    pipeline = (pipeline_factory or default_pipeline_factory)()
    support_scorer, support_reason = _support_scorer(pipeline)
    selective = "stages" in inspect.signature(pipeline.analyze).parameters
    records, errors, predictions = [], [], []
    for doc in with_progress(documents, enabled=progress):
        started = time.perf_counter()
        extra = {"stages": stages_needed(doc)} if selective else {}
        try:
            analysis = pipeline.analyze(doc["text"], language=doc.get("language"), title=doc.get("title"), **extra)
        except Exception as exc:  # one bad document must not sink a long run; it is reported
            errors.append({"id": doc["id"], "error": f"{type(exc).__name__}: {exc}"})
            continue
        wall = time.perf_counter() - started
        try:
            records.append(score_document(doc, analysis, wall, support_scorer))
        except Exception as exc:  # e.g. score_support failing: keep the run, report the document
            errors.append({"id": doc["id"], "error": f"scoring: {type(exc).__name__}: {exc}"})
            continue
        predictions.append({"id": doc["id"], "analysis": analysis.model_dump(mode="json")})
    report = build_report(dataset, path, documents, records, errors, support_reason)
    report["pipeline"] = _describe(pipeline)
    if out_dir is not None:
        write_outputs(Path(out_dir), report, predictions)
    return report


def stages_needed(doc: dict) -> set[str]:
    """The pipeline stages whose output this document has annotations for."""
    return set().union(*(stages for key, stages in STAGES_FOR.items() if key in doc))


def predicted_quotes(analysis) -> tuple[list[dict], list[dict]]:
    """The analysis' claims as reference-shaped quotes, split into (quotes, scare-quoted terms)."""
    quotes, terms = [], []
    for claim in analysis.claims:
        speaker = None
        if claim.speaker is not None:
            sp = claim.speaker
            speaker = {"name": sp.name, "mention": sp.mention, "start": sp.start, "end": sp.end}
        item = {"start": claim.start, "end": claim.end, "text": claim.quote, "type": claim.type, "speaker": speaker}
        if getattr(claim, "spans", None):  # an interrupted quote counts only its quoted pieces
            item["spans"] = [[piece.start, piece.end] for piece in claim.spans]
        (terms if claim.type == "term" else quotes).append(item)
    return quotes, terms


def score_document(doc: dict, analysis, wall_s: float, support_scorer: SupportScorer | None = None) -> dict:
    """Per-document counts for every layer the document is annotated for."""
    text, language = doc["text"], doc.get("language", "und")
    record: dict = {"id": doc["id"], "language": language, "timings": {**analysis.timings, "total": wall_s}}
    if "quotes" in doc:
        quotes, terms = predicted_quotes(analysis)
        optional = doc.get("optional_quotes")
        record["quotes"] = {
            "system": quote_metrics.doc_stats(text, quotes, doc["quotes"], optional),
            "quote_marks": quote_metrics.doc_stats(text, baselines.quote_marks(text), doc["quotes"], optional),
        }
        if "terms" in doc:
            record["terms"] = {"system": quote_metrics.doc_stats(text, terms, doc["terms"])}
    if "summary" in doc or "key_facts" in doc:
        reference, facts = doc.get("summary"), doc.get("key_facts")
        record["summaries"] = {
            "system": summary_metrics.doc_stats(analysis.summary.text, reference, facts),
            "lead3": summary_metrics.doc_stats(baselines.lead_sentences(text, language), reference, facts),
        }
    if "artifacts" in doc:
        predicted = [a.model_dump() for a in analysis.artifacts]
        record["artifacts"] = {"system": artifact_metrics.doc_stats(text, predicted, doc["artifacts"])}
    if "contradictions" in doc:
        checks = [c.model_dump() for c in analysis.checks]
        record["contradictions"] = {"system": check_metrics.contradiction_stats(checks, doc["contradictions"])}
    if doc.get("support") and support_scorer is not None:
        started = time.perf_counter()
        scores = support_scorer(text, [item["sentence"] for item in doc["support"]], doc.get("language"))
        record["timings"]["support_scoring"] = time.perf_counter() - started
        gold = [bool(item["supported"]) for item in doc["support"]]
        record["support"] = {"system": check_metrics.support_stats(gold, scores)}
    return record


def build_report(
    dataset: str, path, documents: list[dict], records: list[dict], errors: list[dict], support_reason: str | None
) -> dict:
    """Aggregate per-document records into the report dict (sections keyed by layer, then system)."""
    report: dict = {
        "dataset": dataset,
        "path": str(path) if path is not None else None,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "documents": len(records),
        "languages": dict(sorted(Counter(r["language"] for r in records).items())),
        "errors": errors,
    }
    for section, aggregate in AGGREGATES.items():
        report[section] = _section(records, section, aggregate)
    if support_reason and any(doc.get("support") for doc in documents):
        report["support"]["skipped"] = support_reason
    report["checks"] = {"support": report.pop("support"), "contradictions": report.pop("contradictions")}
    report["timings"] = _timings(records)
    report["by_language"] = {
        language: {
            "documents": sum(r["language"] == language for r in records),
            **{
                section: _section(
                    [r for r in records if r["language"] == language], section, AGGREGATES[section], ci=False
                )
                for section in ("quotes", "summaries", "artifacts")
            },
        }
        for language in report["languages"]
    }
    return report


def _section(records: list[dict], section: str, aggregate: Callable[[list], dict], ci: bool = True) -> dict:
    annotated = [r[section] for r in records if section in r]
    out: dict = {"documents": len(annotated)}
    if not annotated:
        return out
    for system in annotated[0]:
        per_doc = [r[system] for r in annotated]
        result = aggregate(per_doc)
        if ci:
            result["ci95"] = bootstrap_ci(per_doc, aggregate, CI_KEYS[section])
        out[system] = result
    return out


def _timings(records: list[dict]) -> dict:
    stages: dict[str, list[float]] = {}
    for record in records:
        for stage, seconds in record["timings"].items():
            stages.setdefault(stage, []).append(seconds)
    totals = sorted(stages.get("total", []))
    return {
        "documents": len(records),
        "per_stage": {
            stage: {"mean_s": sum(v) / len(v), "total_s": sum(v)} for stage, v in stages.items() if stage != "total"
        },
        "per_document": {
            "mean_s": sum(totals) / len(totals),
            "p50_s": totals[len(totals) // 2],
            "p95_s": totals[min(len(totals) - 1, int(0.95 * len(totals)))],
            "max_s": totals[-1],
            "total_s": sum(totals),
        }
        if totals
        else {},
    }


def _describe(pipeline) -> dict:
    """The settings that decide the numbers, so two reports can be told apart."""
    settings = getattr(pipeline, "settings", None)
    wanted = ("embedder", "parsers", "summarizer", "summary_max_words", "summary_min_words", "normalize_min_confidence")
    return {key: getattr(settings, key) for key in wanted if hasattr(settings, key)}


def _support_scorer(pipeline) -> tuple[SupportScorer | None, str | None]:
    """Scores of an article's sentences with the pipeline's models, or (None, why it is unavailable)."""
    try:
        from service.stages.checks import score_support, support_document
    except ImportError as exc:
        return None, f"service.stages.checks.score_support is not available ({exc})"
    models = getattr(pipeline, "models", None)
    if models is None:
        return None, "the pipeline exposes no .models to pass to score_support"

    def scorer(text: str, sentences: list[str], language: str | None) -> list[float]:
        article = support_document(text, language)  # segmented and indexed once for all its sentences
        return [float(score_support(article, sentence, models)) for sentence in sentences]

    return scorer, None


def write_outputs(out_dir: Path, report: dict, predictions: list[dict]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out_dir / "report.md").write_text(render_markdown(report), encoding="utf-8")
    with (out_dir / "predictions.jsonl").open("w", encoding="utf-8") as handle:
        for item in predictions:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def with_progress(items: list, enabled: bool, unit: str = "documents") -> Iterator:
    """Yield items while writing "n/total, s/item, ETA" to stderr (redrawn on a terminal, else every ~5%)."""
    if not enabled or not items:
        yield from items
        return
    total, started = len(items), time.perf_counter()
    tty = sys.stderr.isatty()
    every = 1 if tty else max(1, total // 20)
    for done, item in enumerate(items, start=1):
        yield item
        if done % every and done != total:
            continue
        elapsed = time.perf_counter() - started
        eta = elapsed / done * (total - done)
        line = f"[eval] {done}/{total} {unit}, {elapsed / done:.2f} s each, ETA {_clock(eta)}"
        sys.stderr.write(("\r" + line if tty else line + "\n") + ("\n" if tty and done == total else ""))
        sys.stderr.flush()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    return f"{minutes}m{secs:02d}s"
