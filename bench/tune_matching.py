"""Tunes the claim store's matching thresholds on the TUNING set (models/training/claim_matching) only.

Embeds the tuning claims with the store's encoder ("use"), prints each label's cosine range, the
per-label precision/recall/F1 of ``label_pair`` at the committed thresholds, a sweep of the two label
cut-offs and of the fact-check cut-off. The dev set (eval/claim_matching) is never swept: ``--dev-report``
prints its scores at the committed thresholds, to report, after the thresholds are chosen.

    python bench/tune_matching.py [--embedder use] [--top 10] [--pairs]
    python bench/tune_matching.py --dev-report
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterable
from functools import partial

import numpy as np

from eval.datasets.claim_matching import DEV_FOLDER, TUNING_FOLDER, ClaimMatchingSet, load
from service.store import matching
from service.store.facts import disagreement, surface_of
from service.store.matching import ClaimFacts, Thresholds, label_pair_at, review_applies

UNRELATED = "unrelated"
# The fact-check cut-off is for finding the same statement: a review of "12 %" does not settle "5 %".
REVIEW_POSITIVES = ("corroborating", "paraphrase", "misattributed")
GRID = [round(float(x), 3) for x in np.arange(0.30, 0.96, 0.025)]

Pairs = list[tuple[ClaimFacts, ClaimFacts, float, str]]


def pair_similarities(data: ClaimMatchingSet, embedder_name: str) -> Pairs:
    from models.registry import make_backend

    embedder = make_backend(embedder_name)
    ids = list(data.claims)
    vectors = embedder.embed([data.claims[i].text for i in ids])  # type: ignore[attr-defined]
    row = {cid: k for k, cid in enumerate(ids)}
    facts = {cid: ClaimFacts(c.text, c.language, c.speaker) for cid, c in data.claims.items()}
    return [(facts[p.query], facts[p.target], float(vectors[row[p.query]] @ vectors[row[p.target]]), p.label)
            for p in data.pairs]


def scores(pairs: Pairs, predict: Callable[[ClaimFacts, ClaimFacts, float], str | None]) -> dict[str, tuple]:
    """Per label (and macro over the four): precision, recall, F1, gold count."""
    gold = [label for _, _, _, label in pairs]
    guess = [predict(a, b, s) or UNRELATED for a, b, s, _ in pairs]
    out: dict[str, tuple] = {}
    for label in (*matching.LABELS, UNRELATED):
        tp = sum(g == p == label for g, p in zip(gold, guess))
        predicted, actual = guess.count(label), gold.count(label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = (precision, recall, f1, actual)
    out["macro (4 labels)"] = tuple(float(np.mean([out[lab][k] for lab in matching.LABELS])) for k in range(3)) + (
        sum(out[lab][3] for lab in matching.LABELS),)
    out["accuracy (5 classes)"] = (sum(g == p for g, p in zip(gold, guess)) / len(gold), 0.0, 0.0, len(gold))
    return out


def print_scores(title: str, table: dict[str, tuple]) -> None:
    print(f"\n{title}\n\n| label | precision | recall | F1 | gold |\n| --- | ---: | ---: | ---: | ---: |")
    for label, (p, r, f, n) in table.items():
        print(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |")


def print_bands(pairs: Pairs) -> None:
    print("\n| label | n | min cos | median | max | facts disagree |\n| --- | ---: | ---: | ---: | ---: | ---: |")
    for label in (*matching.LABELS, UNRELATED):
        sims = [s for _, _, s, lab in pairs if lab == label]
        clash = sum(disagreement(surface_of(a.text, a.language), surface_of(b.text, b.language)) is not None
                    for a, b, _, lab in pairs if lab == label)
        print(f"| {label} | {len(sims)} | {min(sims):.3f} | {np.median(sims):.3f} | {max(sims):.3f} | {clash} |")


def sweep_labels(pairs: Pairs, top: int) -> None:
    rows = []
    for related in GRID:
        for misattributed in (m for m in GRID if m >= related):
            for same in (m for m in GRID if m >= related):
                cuts = Thresholds(related, same, misattributed)
                table = scores(pairs, partial(label_pair_at, cuts=cuts))
                rows.append((table["macro (4 labels)"][2], table["accuracy (5 classes)"][0], cuts))
    best = max(r[0] for r in rows)
    plateau = [r[2] for r in rows if r[0] == best]
    rows.sort(key=lambda r: (-r[0], -r[1], r[2].related, r[2].same_statement, r[2].misattributed))
    print(f"\nLabel cut-off sweep: top {top} of {len(rows)} by macro F1 (ties: accuracy, then lower cut-offs)\n")
    print("| related | same_statement | misattributed | macro F1 | accuracy |\n| ---: | ---: | ---: | ---: | ---: |")
    for f1, accuracy, cuts in rows[:top]:
        print(f"| {cuts.related:.3f} | {cuts.same_statement:.3f} | {cuts.misattributed:.3f} | {f1:.3f} "
              f"| {accuracy:.3f} |")
    print(f"\nbest macro F1 {best:.3f} on {len(plateau)} settings: related {_span(c.related for c in plateau)}, "
          f"same_statement {_span(c.same_statement for c in plateau)}, "
          f"misattributed {_span(c.misattributed for c in plateau)}")


def _span(values: Iterable[float]) -> str:
    ordered = sorted(set(values))
    return f"{ordered[0]:.3f}..{ordered[-1]:.3f}"


def sweep_review(pairs: Pairs) -> None:
    # A wrongly attached "False" rating harms a true claim, so the cut-off is chosen by F0.5 (precision first).
    print(f"\nFact-check cut-off sweep: positives {', '.join(REVIEW_POSITIVES)}; negatives the rest. "
          "'+ facts' also asks review_applies (no figure, date or negation disagreement)\n")
    print("| review_min | precision | recall | F1 | F0.5 | + facts: precision | recall | F0.5 |\n"
          "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for cut in GRID:
        plain = _prf(pairs, partial(_close_enough, min_similarity=cut))
        facts = _prf(pairs, partial(review_applies, min_similarity=cut))
        print(f"| {cut:.3f} | {plain[0]:.3f} | {plain[1]:.3f} | {plain[2]:.3f} | {plain[3]:.3f} "
              f"| {facts[0]:.3f} | {facts[1]:.3f} | {facts[3]:.3f} |")


def _close_enough(a: ClaimFacts, b: ClaimFacts, similarity: float, min_similarity: float) -> bool:
    return similarity >= min_similarity


def _prf(pairs: Pairs, matches: Callable[[ClaimFacts, ClaimFacts, float], bool]) -> tuple[float, ...]:
    hits = [(matches(a, b, s), label in REVIEW_POSITIVES) for a, b, s, label in pairs]
    tp = sum(h and g for h, g in hits)
    predicted, actual = sum(h for h, _ in hits), sum(g for _, g in hits)
    p = tp / predicted if predicted else 0.0
    r = tp / actual if actual else 0.0
    return p, r, _f(p, r, 1.0), _f(p, r, 0.5)


def _f(p: float, r: float, beta: float) -> float:
    return (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--embedder", default="use", help="registered embedder backend (default: use)")
    parser.add_argument("--top", type=int, default=10, help="rows of the label sweep to print")
    parser.add_argument("--pairs", action="store_true", help="also print every pair with its cosine and guess")
    parser.add_argument("--dev-report", action="store_true",
                        help="score the dev set at the committed thresholds only (no sweep, no pair listing)")
    args = parser.parse_args()

    folder = DEV_FOLDER if args.dev_report else TUNING_FOLDER
    data = load(folder)
    pairs = pair_similarities(data, args.embedder)
    print(f"{folder.relative_to(folder.parents[1])}: {len(data.claims)} claims, {len(pairs)} pairs, "
          f"{Counter(label for *_, label in pairs)}")
    print_bands(pairs)
    print_scores(
        f"label_pair at the committed thresholds (related {matching.RELATED_MIN_SIMILARITY}, same statement "
        f"{matching.SAME_STATEMENT_MIN_SIMILARITY}, misattributed {matching.MISATTRIBUTED_MIN_SIMILARITY})",
        scores(pairs, matching.label_pair),
    )
    if args.dev_report:
        cut = matching.REVIEW_MIN_SIMILARITY
        plain = _prf(pairs, partial(_close_enough, min_similarity=cut))
        facts = _prf(pairs, review_applies)
        print(f"\nfact-check cut-off {cut}: cosine alone P {plain[0]:.3f} R {plain[1]:.3f} F0.5 {plain[3]:.3f}; "
              f"with review_applies P {facts[0]:.3f} R {facts[1]:.3f} F0.5 {facts[3]:.3f}")
        return
    sweep_labels(pairs, args.top)
    sweep_review(pairs)
    if args.pairs:
        print("\n| cos | gold | guess | disagree | query | target |\n| ---: | --- | --- | --- | --- | --- |")
        for a, b, s, label in sorted(pairs, key=lambda p: (p[3], p[2])):
            why = disagreement(surface_of(a.text, a.language), surface_of(b.text, b.language))
            print(f"| {s:.3f} | {label} | {matching.label_pair(a, b, s)} | {why} | {a.speaker}: {a.text} | "
                  f"{b.speaker}: {b.text} |")


if __name__ == "__main__":
    main()
