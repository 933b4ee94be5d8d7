"""Labelled documents to training examples: candidates, features and which candidates are right."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from models.claims.features import ClaimView, TokenVectors, candidates, claim_features, word_counts, words
from service.contracts import Document
from service.tokens import TokenIndex


@dataclass
class Example:
    """One gold claim: its candidates' feature rows and a 0/1 label per candidate."""

    doc_id: str
    language: str
    rows: np.ndarray
    labels: np.ndarray
    rules_right: bool
    # The candidate that is the rules' own speaker phrase, if the rules found one: the margin
    # between it and the head's pick is tuned on held-out training documents (train.choose_margin).
    rules_index: int | None = None


def make_document(text: str, language: str) -> Document:
    """A segmented document the way the pipeline builds one (sentence rules of the language, else en)."""
    from service.languages import get_language
    from service.stages.segment import segment

    record = get_language(language)
    rules = (record.sentences if record is not None else None) or "en"
    return Document(text=text, language=language, language_supported=record is not None,
                    sentences=segment(text, rules))


def rules_speakers(doc: Document) -> list[tuple[int, int, tuple[int, int] | None]]:
    """(start, end, speaker mention span) of every claim the rules find."""
    from service.stages.quotes import extract_claims

    out = []
    for claim in extract_claims(doc, None):
        sp = claim.speaker
        span = (sp.start, sp.end) if sp is not None and sp.start is not None and sp.end is not None else None
        out.append((claim.start, claim.end, span))
    return out


def gold_labels(index: TokenIndex, cands, speaker: dict) -> np.ndarray:
    """Candidates sharing a word with the gold name (the named antecedent of a pronoun or role);
    failing that, those overlapping the gold mention."""
    name = words(speaker.get("name") or "")
    labels = np.array([1.0 if words(c.text) & name else 0.0 for c in cands], dtype=np.float32)
    mention = speaker.get("mention")
    if not labels.any() and mention:
        labels = np.array([1.0 if c.start < mention["end"] and mention["start"] < c.end else 0.0
                           for c in cands], dtype=np.float32)
    return labels


def doc_examples(doc_dict: dict, vectors: TokenVectors) -> list[Example]:
    doc = make_document(doc_dict["text"], doc_dict["language"])
    index = doc.tokens
    rules = rules_speakers(doc)
    counts = word_counts(doc.text)
    out = []
    for quote in doc_dict["quotes"]:
        speaker = quote.get("speaker")
        if quote.get("type") == "term" or not speaker:
            continue
        pieces = tuple(_pair(p) for p in quote.get("spans") or []) or ((quote["start"], quote["end"]),)
        cue = (quote["cue"]["start"], quote["cue"]["end"]) if quote.get("cue") else None
        rule_span = _rules_span(rules, quote["start"], quote["end"])
        view = ClaimView(pieces, cue, rule_span)
        cands = candidates(index, view)
        if not cands:
            continue
        labels = gold_labels(index, cands, speaker)
        if not labels.any():
            continue
        rules_index = next((k for k, c in enumerate(cands) if c.from_rules), None)
        rules_right = rules_index is not None and bool(labels[rules_index])
        out.append(Example(doc_dict["id"], doc_dict["language"],
                           claim_features(vectors, index, view, cands, counts), labels, rules_right,
                           rules_index))
    return out


def _pair(piece) -> tuple[int, int]:
    return (piece["start"], piece["end"]) if isinstance(piece, dict) else (int(piece[0]), int(piece[1]))


def _rules_span(rules, start: int, end: int) -> tuple[int, int] | None:
    best, share = None, 0
    for s, e, span in rules:
        overlap = min(e, end) - max(s, start)
        if overlap > share and span is not None:
            best, share = span, overlap
    return best
