"""Human-readable views of a report dict: the markdown file and the CLI's headline table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

SYSTEM_LABELS = {"system": "wirecheck", "quote_marks": "quote marks only", "lead3": "lead-3"}


def fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _with_ci(result: dict, key: str) -> str:
    ci = (result.get("ci95") or {}).get(key)
    return f"{fmt(result.get(key))} [{fmt(ci[0])}, {fmt(ci[1])}]" if ci else fmt(result.get(key))


def describe(report: dict) -> str:
    """What a run scored, for the CLI's first line."""
    if "claim_matching" in report:
        from eval.claim_matching_report import describe as describe_matching

        return describe_matching(report)
    return f"{report['documents']} documents ({', '.join(report['languages'])})"


def headline_text(report: dict) -> str:
    """The CLI's headline numbers: one table next to the baselines (claim matching: tables and notes)."""
    if "claim_matching" in report:
        from eval.claim_matching_report import headline_text as matching_text

        return matching_text(report)
    return render_table(headline_rows(report))


def headline_rows(report: dict) -> list[tuple[str, str, str]]:
    """(metric, wirecheck, baseline) rows for the sections this dataset is annotated for."""
    rows: list[tuple[str, str, str]] = [("documents", fmt(report["documents"]), "")]
    quotes = report.get("quotes", {})
    if quotes.get("documents"):
        system, base = quotes["system"], quotes["quote_marks"]
        for key in ("f1@0.3", "f1@0.8", "f1@exact", "precision@0.3", "recall@0.3", "speaker_accuracy",
                    "speaker_name_exact"):
            rows.append((f"quotes {key}", fmt(system.get(key)), fmt(base.get(key))))
    summaries = report.get("summaries", {})
    if summaries.get("documents"):
        system, base = summaries["system"], summaries["lead3"]
        for key in ("rouge1", "rouge2", "rougeL", "key_fact_recall", "length_words"):
            rows.append((f"summary {key}", fmt(system.get(key)), fmt(base.get(key))))
    artifacts = report.get("artifacts", {})
    if artifacts.get("documents"):
        for key in ("precision", "recall", "suggestion_accuracy", "false_flags_per_1000_words"):
            rows.append((f"artifacts {key}", fmt(artifacts["system"].get(key)), ""))
    checks = report.get("checks", {})
    if checks.get("support", {}).get("documents"):
        rows.append(("support balanced_accuracy", fmt(checks["support"]["system"]["balanced_accuracy"]), ""))
    elif checks.get("support", {}).get("skipped"):
        rows.append(("support balanced_accuracy", "skipped", ""))
    if checks.get("contradictions", {}).get("documents"):
        rows.append(("contradiction recall", fmt(checks["contradictions"]["system"]["recall"]), ""))
    per_doc = report.get("timings", {}).get("per_document", {})
    if per_doc:
        rows.append(("seconds per document", fmt(per_doc["mean_s"], 2), ""))
    if report.get("errors"):
        rows.append(("documents that failed", str(len(report["errors"])), ""))
    return rows


def render_table(
    rows: Sequence[tuple[str, ...]], header: tuple[str, ...] = ("metric", "wirecheck", "baseline")
) -> str:
    """A plain fixed-width table for the terminal."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return [*lines, *("| " + " | ".join(r) + " |" for r in rows), ""]


def render_markdown(report: dict) -> str:
    if "claim_matching" in report:
        from eval.claim_matching_report import render_markdown as matching_markdown

        return matching_markdown(report)
    lines = [f"# wirecheck eval: {report['dataset']}", ""]
    languages = ", ".join(f"{k} {v}" for k, v in report["languages"].items()) or "–"
    lines += [f"{report['documents']} documents ({languages}); created {report['created']}.", ""]
    lines += [
        "Bracketed ranges are bootstrap 95% intervals over documents (none below 5 documents). "
        "Quotes match by word-token overlap ≥ θ of both spans, greedy one to one.",
        "",
    ]
    quotes = report.get("quotes", {})
    if quotes.get("documents"):
        lines += [f"## Quotes ({quotes['documents']} documents, {quotes['system']['gold']} gold quotes)", ""]
        keys = ["precision@0.3", "recall@0.3", "f1@0.3", "f1@0.8", "f1@exact", "speaker_accuracy",
                "speaker_name_exact"]
        rows = [[SYSTEM_LABELS[name], *(_with_ci(quotes[name], k) for k in keys)] for name in ("system", "quote_marks")]
        lines += _md_table(["system", *keys], rows)
        by_type = quotes["system"].get("recall@0.3_by_type", {})
        if by_type:
            lines += ["Recall@0.3 by gold type: " + ", ".join(f"{k} {fmt(v)}" for k, v in by_type.items()), ""]
    terms = report.get("terms", {})
    if terms.get("documents"):
        f1 = _with_ci(terms["system"], "f1@0.3")
        lines += [f"Scare-quoted terms: F1@0.3 {f1} ({terms['system']['gold']} gold).", ""]
    summaries = report.get("summaries", {})
    if summaries.get("documents"):
        lines += [f"## Summaries ({summaries['documents']} documents)", ""]
        keys = ["rouge1", "rouge2", "rougeL", "key_fact_recall", "length_words"]
        rows = [[SYSTEM_LABELS[name], *(_with_ci(summaries[name], k) for k in keys)] for name in ("system", "lead3")]
        lines += _md_table(["system", *keys], rows)
    artifacts = report.get("artifacts", {})
    if artifacts.get("documents"):
        lines += [f"## MT artifacts ({artifacts['documents']} documents, {artifacts['system']['gold']} gold)", ""]
        keys = ["precision", "recall", "f1", "suggestion_accuracy", "category_accuracy", "false_flags_per_1000_words"]
        lines += _md_table(keys, [[_with_ci(artifacts["system"], k) for k in keys]])
    checks = report.get("checks", {})
    support, contradictions = checks.get("support", {}), checks.get("contradictions", {})
    if support.get("documents") or support.get("skipped") or contradictions.get("documents"):
        lines += ["## Checks", ""]
        if support.get("documents"):
            s = support["system"]
            lines += [f"Support classification: balanced accuracy {_with_ci(s, 'balanced_accuracy')} "
                      f"over {s['sentences']} sentences ({s['supported']} supported).", ""]
        elif support.get("skipped"):
            lines += [f"Support classification skipped: {support['skipped']}.", ""]
        if contradictions.get("documents"):
            c = contradictions["system"]
            recall = _with_ci(c, "recall")
            lines += [f"Contradiction recall {recall} ({c['gold']} gold pairs, {c['flags']} flags raised).", ""]
    by_language = report.get("by_language", {})
    if len(by_language) > 1:
        lines += ["## By language", ""]
        rows = [
            [language, str(part["documents"]), fmt(part["quotes"].get("system", {}).get("f1@0.3")),
             fmt(part["summaries"].get("system", {}).get("rouge1")),
             fmt(part["summaries"].get("system", {}).get("key_fact_recall")),
             fmt(part["artifacts"].get("system", {}).get("recall"))]
            for language, part in by_language.items()
        ]
        header = ["language", "documents", "quotes f1@0.3", "rouge1", "key_fact_recall", "artifact recall"]
        lines += _md_table(header, rows)
    timings = report.get("timings", {})
    if timings.get("per_stage"):
        lines += ["## Time per stage", ""]
        rows = [[stage, fmt(t["mean_s"], 3), fmt(t["total_s"], 1)] for stage, t in timings["per_stage"].items()]
        per_doc = timings["per_document"]
        rows.append(["whole document", fmt(per_doc["mean_s"], 3), fmt(per_doc["total_s"], 1)])
        lines += _md_table(["stage", "mean s/doc", "total s"], rows)
        spread = ", ".join(f"{k} {fmt(per_doc[f'{k}_s'], 2)} s" for k in ("p50", "p95", "max"))
        lines += [f"Per document: {spread}.", ""]
    if report.get("errors"):
        lines += ["## Failed documents", "", *(f"- {e['id']}: {e['error']}" for e in report["errors"]), ""]
    return "\n".join(lines)
