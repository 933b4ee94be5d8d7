"""Summary metrics: ROUGE-1/2/L F1 on language-aware tokens, key-fact recall, and length."""

from __future__ import annotations

from functools import lru_cache

from eval.tokenize import RougeTokenizer, words

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")


@lru_cache(maxsize=1)
def _scorer():
    from rouge_score.rouge_scorer import RougeScorer

    # No stemmer: rouge-score's Porter stemmer is English-only and only runs with its own tokenizer.
    return RougeScorer(list(ROUGE_TYPES), tokenizer=RougeTokenizer())


def rouge(system: str, reference: str) -> dict[str, float]:
    """ROUGE F1 of one system summary against one reference summary."""
    scores = _scorer().score(reference, system)
    return {name: scores[name].fmeasure for name in ROUGE_TYPES}


def fact_recalled(summary: str, keywords: list[list[str]]) -> bool:
    """True when every keyword group has an alternative inside the summary (case-insensitive substring)."""
    haystack = summary.casefold()
    return all(any(alt.casefold() in haystack for alt in group) for group in keywords)


def doc_stats(system: str, reference: str | None = None, key_facts: list[dict] | None = None) -> dict:
    """Per-document numbers; ROUGE only when a reference summary exists, facts only when listed."""
    stats: dict = {"length_words": len(words(system)), "documents": 1}
    if reference:
        stats.update(rouge(system, reference))
        stats["reference_length_words"] = len(words(reference))
        stats["with_reference"] = 1
    if key_facts is not None:
        stats["key_facts"] = len(key_facts)
        stats["key_facts_recalled"] = sum(fact_recalled(system, f.get("keywords") or []) for f in key_facts)
    return stats


def aggregate(stats: list[dict]) -> dict:
    """Mean ROUGE over documents with a reference, micro key-fact recall, mean length in words."""
    with_ref = [s for s in stats if s.get("with_reference")]
    out: dict = {name: _mean([s[name] for s in with_ref]) for name in ROUGE_TYPES}
    facts = sum(s.get("key_facts", 0) for s in stats)
    out["key_fact_recall"] = sum(s.get("key_facts_recalled", 0) for s in stats) / facts if facts else None
    out["key_facts"] = facts
    out["length_words"] = _mean([s["length_words"] for s in stats])
    out["reference_length_words"] = _mean([s["reference_length_words"] for s in with_ref])
    return out


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
