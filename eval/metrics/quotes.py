"""Quote-span matching by word-token overlap, and speaker accuracy on the matched pairs.

A quote is the set of token *positions* it covers (``eval.tokenize`` tokens of the article text;
a token is covered when any of its characters lies inside one of the quote's spans), so overlap
is the size of the intersection of two position sets. A predicted quote P and a gold quote G can
match at threshold θ when ``|P∩G|/|G| ≥ θ`` and ``|P∩G|/|P| ≥ θ``; pairs are then matched one to
one, greedily, largest overlap first (ties: earlier prediction, then earlier gold). ``exact``
is θ = 1, i.e. identical token sets, so it ignores quote marks and whitespace at the edges.

Quotes come in the reference dict shape: ``{start, end, spans?, type, speaker?}``; ``spans``
(a list of [start, end]) lets a discontinuous quote count only the tokens it really covers.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from eval.metrics.matching import greedy_pairs, prf, sum_counts
from eval.tokenize import token_spans, words

THRESHOLDS: dict[str, float] = {"0.3": 0.3, "0.8": 0.8, "exact": 1.0}
SPEAKER_THRESHOLD = "0.3"
GOLD_TYPES = ("direct", "partial", "indirect")


class TokenIndex:
    """Maps character spans of one text to the positions of the tokens they touch."""

    def __init__(self, text: str) -> None:
        self.spans = token_spans(text)
        self._starts = [s for s, _ in self.spans]

    def positions(self, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
        covered: set[int] = set()
        for start, end in spans:
            if end <= start:
                continue
            # The token just before ``start`` may reach into the span; tokens never overlap.
            i = max(bisect.bisect_right(self._starts, start) - 1, 0)
            while i < len(self.spans) and self.spans[i][0] < end:
                if self.spans[i][1] > start:
                    covered.add(i)
                i += 1
        return frozenset(covered)


def item_spans(item: dict) -> list[tuple[int, int]]:
    """The character spans of a quote or mention: its ``spans`` if given, else (start, end)."""
    if item.get("spans"):
        return [(int(s), int(e)) for s, e in item["spans"]]
    return [(int(item["start"]), int(item["end"]))]


def match(pred: Sequence[frozenset[int]], gold: Sequence[frozenset[int]], theta: float) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs, greedy by overlap, both ratios ≥ theta."""
    candidates: list[tuple[float, int, int]] = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            overlap = len(p & g)
            # Ratios, not overlap >= theta * size: 0.3 * 10 is 3.0000000000000004 in floating point.
            if overlap and overlap / len(g) >= theta and overlap / len(p) >= theta:
                candidates.append((overlap, i, j))
    return greedy_pairs(candidates)


def speaker_correct(pred_speaker: dict | None, gold_speaker: dict | None) -> bool:
    """The predicted mention overlaps the gold mention, or the two speakers share a word."""
    if not pred_speaker or not gold_speaker:
        return False
    gold_mention = gold_speaker.get("mention") or None
    if gold_mention and pred_speaker.get("start") is not None and pred_speaker.get("end") is not None:
        ps, pe = int(pred_speaker["start"]), int(pred_speaker["end"])
        if any(s < pe and ps < e for s, e in item_spans(gold_mention)):
            return True
    return bool(_speaker_words(pred_speaker) & _speaker_words(gold_speaker))


def same_name(pred_speaker: dict | None, gold_speaker: dict) -> bool:
    """The predicted canonical name is the gold one, as written (case and spacing aside): 'Мария Захарова', not
    'Марии Захаровой'; 'Ministerio de Ganadería, Agricultura y Pesca', not its first field."""
    def norm(name: str | None) -> str:
        return " ".join((name or "").casefold().split())

    return pred_speaker is not None and norm(pred_speaker.get("name")) == norm(gold_speaker.get("name"))


def _speaker_words(speaker: dict) -> set[str]:
    mention = speaker.get("mention")
    mention_text = mention.get("text", "") if isinstance(mention, dict) else (mention or "")
    return set(words(f"{speaker.get('name') or ''} {mention_text}"))


def doc_stats(text: str, pred: list[dict], gold: list[dict], optional: list[dict] | None = None) -> dict:
    """Counts for one document; predictions matching an ``optional`` gold quote are not counted."""
    index = TokenIndex(text)
    pred_sets = [index.positions(item_spans(q)) for q in pred]
    gold_sets = [index.positions(item_spans(q)) for q in gold]
    optional_sets = [index.positions(item_spans(q)) for q in optional or []]
    stats: dict = {"gold": len(gold)}
    for name, theta in THRESHOLDS.items():
        pairs = match(pred_sets, gold_sets, theta)
        matched_pred = {i for i, _ in pairs}
        rest = [i for i in range(len(pred)) if i not in matched_pred]
        excused = match([pred_sets[i] for i in rest], optional_sets, theta)
        stats[f"pred@{name}"] = len(pred) - len(excused)
        stats[f"matched@{name}"] = len(pairs)
        if name == SPEAKER_THRESHOLD:
            with_speaker = [(i, j) for i, j in pairs if gold[j].get("speaker")]
            stats["speaker_pairs"] = len(with_speaker)
            stats["speaker_correct"] = sum(
                speaker_correct(pred[i].get("speaker"), gold[j]["speaker"]) for i, j in with_speaker
            )
            named = [(i, j) for i, j in with_speaker if gold[j]["speaker"].get("name")]
            stats["name_pairs"] = len(named)
            stats["name_exact"] = sum(same_name(pred[i].get("speaker"), gold[j]["speaker"]) for i, j in named)
            found = {j for _, j in pairs}
            for kind in GOLD_TYPES:
                of_kind = [j for j, q in enumerate(gold) if q.get("type", "indirect") == kind]
                stats[f"gold_{kind}"] = len(of_kind)
                stats[f"found_{kind}"] = sum(j in found for j in of_kind)
    return stats


def aggregate(stats: list[dict]) -> dict:
    """Micro-averaged P/R/F1 per threshold, speaker accuracy, and recall per gold quote type."""
    total = sum_counts(stats)
    out: dict = {"predicted": total.get(f"pred@{SPEAKER_THRESHOLD}", 0), "gold": total.get("gold", 0)}
    for name in THRESHOLDS:
        scores = prf(total.get(f"matched@{name}", 0), total.get(f"pred@{name}", 0), total.get("gold", 0))
        for key, value in scores.items():
            out[f"{key}@{name}"] = value
    pairs = total.get("speaker_pairs", 0)
    out["speaker_accuracy"] = total.get("speaker_correct", 0) / pairs if pairs else None
    out["speaker_pairs"] = pairs
    named = total.get("name_pairs", 0)
    out["speaker_name_exact"] = total.get("name_exact", 0) / named if named else None
    out["recall@0.3_by_type"] = {
        kind: total[f"found_{kind}"] / total[f"gold_{kind}"] for kind in GOLD_TYPES if total.get(f"gold_{kind}")
    }
    return out
