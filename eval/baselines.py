"""Baselines scored side by side with the system: lead-3 summaries and a quote-marks-only extractor."""

from __future__ import annotations

import re

from eval.tokenize import words

# Quoted strings shorter than this are mostly titles, names and scare quotes, not speech.
MIN_QUOTE_WORDS = 3
_PAIRS = [
    ("“", "”"), ("„", "“"), ("„", "”"), ("«", "»"), ("»", "«"), ("‹", "›"), ("「", "」"), ("『", "』"),
]
_MARKS = re.escape("".join(sorted({m for pair in _PAIRS for m in pair})) + '"')
# Content may not contain another double mark: "„…“" would otherwise run on to the next "”".
_PATTERNS = [re.compile(rf"{re.escape(o)}([^\n{_MARKS}]+){re.escape(c)}") for o, c in _PAIRS] + [
    re.compile(r'"([^"\n]+)"'),
    # Single curly quotes only at word edges, so apostrophes ("Clinton’s") never open or close one.
    re.compile(r"(?<!\w)‘([^‘’\n]+?)’(?!\w)"),
]


def lead_sentences(text: str, language: str, count: int = 3) -> str:
    """The first ``count`` sentences of the article: the classic news-summary baseline."""
    from service.stages.segment import segment

    return " ".join(s.text for s in segment(text, language)[:count])


def quote_marks(text: str) -> list[dict]:
    """Every stretch inside quote marks with enough words (outermost); no speaker is guessed."""
    found = set()
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span(1)
            if len(words(text[start:end])) >= MIN_QUOTE_WORDS:
                found.add((start, end))
    # Single quotes nested in double ones belong to the outer quotation.
    outer = [s for s in found if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in found)]
    return [
        {"start": s, "end": e, "text": text[s:e], "type": "direct", "speaker": None}
        for s, e in sorted(outer)
    ]
