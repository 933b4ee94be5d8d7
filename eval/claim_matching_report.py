"""Views of a claim-matching report (eval/claim_matching_eval.py): the CLI's tables and report.md."""

from __future__ import annotations

from collections.abc import Sequence

from eval.metrics.claim_matching import CLASSES, RELATED_LABELS
from eval.report import fmt, render_table

_GROUP_HEADER = (
    "group", "pairs", "recall@5", "MRR", "MRR filt", "corrob F1", "para F1", "misattr F1", "conflict F1", "macro F1"
)


def describe(report: dict) -> str:
    languages = ", ".join(f"{code} {n}" for code, n in report["languages"].items())
    return (f"{report['split']} split, {report['documents']} labelled pairs (queries: {languages}) over "
            f"{report['claims']} stored claims in {report['articles']} articles")


def headline_rows(report: dict) -> list[tuple[str, str, str, str]]:
    """(metric, wirecheck, cosine only, target) rows: retrieval over related pairs, labels over every pair."""
    part, k = report["claim_matching"], report["k"]
    system, cosine = part["system"], part["cosine_only"]
    rows = [
        ("pairs (related / all)", f"{system['related_pairs']} / {system['pairs']}", "", ""),
        (f"related recall@{k}", fmt(system[f"recall@{k}"]), fmt(cosine[f"recall@{k}"]),
         _target(report, f"recall@{k}", system)),
        ("related MRR", fmt(system["mrr"]), fmt(cosine["mrr"]), ""),
        ("related MRR, filtered", fmt(system["mrr_filtered"]), fmt(cosine["mrr_filtered"]), ""),
    ]
    for label in RELATED_LABELS:
        key = f"{label}_f1"
        rows.append((f"{label} F1", fmt(system[key]), "", _target(report, key, system)))
    rows.append(("macro F1 (4 labels)", fmt(system["macro_f1"]), "", ""))
    rows.append(("accuracy (5 classes)", fmt(system["accuracy"]), "", ""))
    return rows


def _target(report: dict, key: str, system: dict) -> str:
    least = report.get("targets", {}).get(key)
    if least is None:
        return ""
    value = system.get(key)
    return f">= {least:.2f} {'met' if value is not None and value >= least else 'MISSED'}"


def group_rows(groups: dict[str, dict]) -> list[tuple[str, ...]]:
    rows = []
    for name, part in groups.items():
        s = part["system"]
        keys = ("recall@5", "mrr", "mrr_filtered", *(f"{label}_f1" for label in RELATED_LABELS), "macro_f1")
        rows.append((name, f"{s['related_pairs']}/{s['pairs']}", *(fmt(s[key]) for key in keys)))
    return rows


def _groups(report: dict) -> list[tuple[str, ...]]:
    """Rows per language pair kind, then per query language."""
    by_language = {code: part["claim_matching"] for code, part in report["by_language"].items()}
    return group_rows(report["by_pair_kind"]) + group_rows(by_language)


def headline_text(report: dict) -> str:
    lines = [render_table(headline_rows(report), ("metric", "wirecheck", "cosine only", "target")), ""]
    lines += [render_table(_groups(report), _GROUP_HEADER), ""]
    lines += [
        "groups: language pair kind, then query language; pairs = related/all. MRR filtered: a target's rank",
        "with the query's other related claims left out (a query with 4 related claims cannot put all 4 first)",
        *published_lines(report),
    ]
    return "\n".join(lines)


def published_lines(report: dict) -> list[str]:
    published = report.get("published_baselines") or []
    if not published:
        return ["published mUSE/LaBSE claim-matching MRR: not found (searched Kazemi et al. 2021, ACL, and the "
                "CheckThat! claim retrieval tasks; the text found gives no such MRR)"]
    lines = ["published claim-matching numbers (their data, not this set):"]
    for item in published:
        lines.append(f"  {item['model']}: {item['metric']} {item['value']} on {item['data']} ({item['source']})")
    return lines


def _md(header: list[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return [*lines, *("| " + " | ".join(row) + " |" for row in rows), ""]


def render_markdown(report: dict) -> str:
    part, k = report["claim_matching"], report["k"]
    lines = [f"# wirecheck eval: {report['dataset']} ({report['split']})", "", f"{describe(report)}; "
             f"encoder {report.get('embedder')}; created {report['created']}.", ""]
    lines += [
        f"Every claim is stored through `ClaimStore.add_analysis` in a fresh SQLite store. Retrieval: for each "
        f"related pair (gold label other than unrelated), the target's rank in the query's `related` list over "
        f"all stored claims; recall@{k} and MRR (0 when not returned). Labels: for every pair, the store's "
        f"label of the target when it is in the top {k}, else `unrelated`. Cosine only: the target's rank by "
        "the encoder's similarity alone among the other articles' claims. MRR filtered: the rank with the query's "
        "other related claims (by the gold pairs, either direction) left out of the list, as published MRRs "
        "count one relevant item per query.",
        "",
        "## Headline",
        "",
    ]
    lines += _md(["metric", "wirecheck", "cosine only", "target"], headline_rows(report))
    lines += ["## Labels (every pair)", ""]
    per_label = part["labels"]["per_label"]
    lines += _md(["label", "precision", "recall", "F1", "gold", "predicted"], [
        [label, fmt(v["precision"]), fmt(v["recall"]), fmt(v["f1"]), str(v["gold"]), str(v["predicted"])]
        for label, v in per_label.items()
    ])
    confusion = part["labels"]["confusion"]
    lines += ["Confusion (rows gold, columns predicted):", ""]
    lines += _md(["gold \\ predicted", *CLASSES], [[g, *(str(confusion[g][p]) for p in CLASSES)] for g in CLASSES])
    lines += ["## Retrieval by gold label", ""]
    by_label = part["retrieval_by_label"]
    lines += _md(["label", "pairs", f"recall@{k}", "MRR"], [
        [label, str(v["pairs"]), fmt(v[f"recall@{k}"]), fmt(v["mrr"])] for label, v in by_label.items()
    ])
    misses = ", ".join(f"{why} {n}" for why, n in part["misses"].items()) or "none"
    lines += [f"Related targets not in the top {k}: {misses} (below_related_cut: cosine under the store's "
              "relatedness cut; no_label: returned by the index but given no label; rank: labelled, ranked below "
              f"{k}).", ""]
    lines += ["## By language pair kind and by query language", ""]
    lines += _md(list(_GROUP_HEADER), _groups(report))
    lines += ["## Published baselines", "", *published_lines(report), ""]
    return "\n".join(lines)
