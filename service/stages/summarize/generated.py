"""Summaries written by a generator backend (seq2seq, GGUF chat model), kept only where supported."""

from __future__ import annotations

import re
from collections import Counter

from models.loader import LoadedModels
from service.contracts import Document, Summary, SummarySentence, TextSpan
from service.stages.checks.support import DocIndex, check_support
from service.stages.segment import segment


def summarize_with_generator(
    doc: Document, index: DocIndex, models: LoadedModels, *, backend: str, max_words: int, min_words: int
) -> Summary:
    """Generate, split into sentences, and drop every sentence the article does not support."""
    generator = models.generator(backend)
    generated = generator.generate(doc.text, max_words=max_words).strip()
    kept: list[SummarySentence] = []
    dropped: list[str] = []
    sentences = segment(generated, doc.language)
    seen: set[str] = set()
    for number, sentence in enumerate(sentences):
        broken = _degenerate(sentence.text, last=number == len(sentences) - 1, seen=seen)
        seen.add(" ".join(sentence.text.lower().split()))
        if broken is not None:
            dropped.append(f"{sentence.text!r} ({broken})")
            continue
        result = check_support(index, sentence.text, models)
        if not result.supported:
            reason = "; ".join(result.mismatches) or "too little overlap with the article"
            dropped.append(f"{sentence.text!r} ({reason})")
            continue
        evidence = [TextSpan(start=s.start, end=s.end, text=s.text) for s in result.evidence]
        kept.append(SummarySentence(text=sentence.text, evidence=evidence, support=round(result.score, 4)))
    for item in dropped:
        doc.warnings.append(f"summary: dropped an unsupported generated sentence: {item}")
    text = " ".join(s.text for s in kept)
    if kept and len(text.split()) < min_words:  # with nothing kept the caller falls back to extractive
        doc.warnings.append(
            f"summary: the {backend} backend produced {len(text.split())} supported words "
            f"(minimum {min_words})"
        )
    return Summary(text=text, sentences=kept, backend=backend)


_REPEATS = 3  # the same three words three times in one sentence: a small model looping, not a summary
_WORDS = re.compile(r"\w+")


def _degenerate(text: str, *, last: bool, seen: set[str]) -> str | None:
    """Why a generated sentence is no summary sentence whatever its support, or None: it loops on its own words
    ('le bilan s'est alourdi à 15 mardi, le bilan s'est alourdi …'), repeats an earlier sentence, or is the
    generation's last and was cut off before its end ('… s'est alour')."""
    words = [w.lower() for w in _WORDS.findall(text)]
    trigrams = Counter(zip(words, words[1:], words[2:]))
    if trigrams and max(trigrams.values()) >= _REPEATS:
        return "it repeats itself"
    if " ".join(text.lower().split()) in seen:
        return "it repeats an earlier sentence"
    if last and text.rstrip()[-1:] not in ".!?…。！？»”\"'’)":
        return "the generation was cut off inside it"
    return None
