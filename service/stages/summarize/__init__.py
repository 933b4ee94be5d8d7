"""Summary stage: one entry point, ``summarize``, over interchangeable backends.

``extractive`` (the default) copies and trims article sentences; any generator registered in
``models.registry`` (``seq2seq:/path``, ``llm``, ``llm:/path.gguf``) writes new text instead.
Whatever the backend, every sentence is support-checked against the article and carries evidence.
"""

from __future__ import annotations

from models.loader import LoadedModels
from service.contracts import Artifact, Document, Summary, SummarySentence, TextSpan
from service.stages.artifacts import normalize_span
from service.stages.checks.support import LEXICAL_WARNING, check_support, index_document
from service.stages.summarize import extractive
from service.stages.summarize.generated import summarize_with_generator

EXTRACTIVE = "extractive"
DEFAULT_MIN_CONFIDENCE = 0.8

__all__ = ["EXTRACTIVE", "summarize"]

_SHARE_OF_ARTICLE = 0.4
_SHORT_FLOOR = 25  # words: one or two sentences, whatever the article's length


def summarize(
    doc: Document,
    models: LoadedModels,
    *,
    backend: str,
    max_words: int,
    min_words: int,
    artifacts: list[Artifact],
    min_confidence: float | None = None,
    max_sentences: int | None = None,
) -> Summary:
    """Summarise ``doc`` with the named backend in its language, within a word (or sentence) target."""
    confidence = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    if models.embedder is None and LEXICAL_WARNING not in doc.warnings:
        doc.warnings.append(LEXICAL_WARNING)
    index = index_document(doc, models)
    if backend and backend != EXTRACTIVE:
        generated = summarize_with_generator(doc, index, models, backend=backend, max_words=max_words,
                                             min_words=min_words)
        if generated.sentences:
            return generated
        # An empty summary tells the reader nothing; the article's own sentences are always supported.
        doc.warnings.append(f"summary: the {backend} backend kept no supported sentence, so this summary is "
                            "extractive instead")
    sentences: list[SummarySentence] = []
    # A short article gets a short summary: at most a share of its words (a 76-word story had a 62-word one).
    max_words = min(max_words, max(_SHORT_FLOOR, int(extractive.count_words(doc.text) * _SHARE_OF_ARTICLE)))
    min_words = min(min_words, max_words)
    chosen = extractive.select(doc, index, max_words=max_words, min_words=min_words, max_sentences=max_sentences)
    for cand in chosen:
        text = extractive.render(doc, cand, artifacts, confidence, normalize_span)
        vector = index.vectors[cand.sentence.index] if index.vectors is not None else None
        result = check_support(index, text, models, vector=vector)
        source = cand.sentence
        # The copied sentence is its own evidence, whatever the aligner ranks first.
        evidence = [TextSpan(start=source.start, end=source.end, text=source.text)]
        sentences.append(SummarySentence(text=text, evidence=evidence, support=round(result.score, 4)))
    return Summary(text=" ".join(s.text for s in sentences), sentences=sentences, backend=EXTRACTIVE)
