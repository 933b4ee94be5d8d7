"""Summaries written by a generator backend (seq2seq, GGUF chat model), kept only where supported."""

from __future__ import annotations

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
    for sentence in segment(generated, doc.language):
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
    if len(text.split()) < min_words:
        doc.warnings.append(
            f"summary: the {backend} backend produced {len(text.split())} supported words "
            f"(minimum {min_words})"
        )
    return Summary(text=text, sentences=kept, backend=backend)
