"""Support check: align a summary sentence to evidence sentences and score how well they back it.

Similarity finds the evidence (sentence embeddings when loaded, word overlap otherwise); the score
then comes from content coverage, and any changed name, number, date or negation, a predicate turned
into its opposite, or a clause the article nowhere has (``added.py``) makes the sentence unsupported
whatever the similarity, because those are exactly the edits a fluent model gets wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from models.loader import LoadedModels
from service.cancel import check_cancelled
from service.contracts import Document, Sentence
from service.stages.checks.added import ArticleWords, added_content, article_words, opposite_words
from service.stages.checks.facts import Facts, _frequency, extract_facts, names_in, readable_number
from service.stages.checks.lexicon import get_check_words

SUPPORTED = 0.5
LEXICAL_WARNING = "no sentence embedder is loaded; summary and support checks used word overlap only"
_NAME_FUZZ = 80.0  # 'ByteDance' written for a source's 'Bitdance' is the same name, fixed
_MAX_EVIDENCE = 3
_NEAR_COPY = 0.85
_MUTUAL_COPY = 0.7  # each side restates this much of the other: a same-length rewrite, not a summary
_ALIGN_MIN_LEN = 4  # words this short ('the', 'der') are too common to show what a negation governs
_NEGATION_REACH = 2
_ANCHOR_ZIPF = 6.3  # 'get' (6.28) anchors a negation; 'had', 'was', 'the', 'der' are everywhere


@dataclass
class DocIndex:
    """An article's sentences with their vectors and facts, built once and shared by all stages."""

    text: str
    language: str
    sentences: list[Sentence]
    vectors: np.ndarray | None
    facts: list[Facts]
    names: set[str]
    words: ArticleWords

    @property
    def lexical(self) -> bool:
        return self.vectors is None


@dataclass
class SupportResult:
    score: float
    evidence: list[Sentence] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    @property
    def supported(self) -> bool:
        return self.score >= SUPPORTED


# The embedded sentences, an index of their own: the pipeline prefetches it while other stages run.
SENTENCE_VECTORS = "sentence_vectors"
# A long text's sentences are embedded this many characters at a time (~0.5 s), so a timed-out request's
# prefetch stops between batches (service/cancel.py); a news article is shorter and embedded in one call.
_EMBED_BATCH_CHARS = 20_000


def index_document(doc: Document, models: LoadedModels) -> DocIndex:
    """The document's support index, built on first use; summary and checks of one request share it."""
    return doc.index("support", lambda d: _build_index(d, models))


def _build_index(doc: Document, models: LoadedModels) -> DocIndex:
    """Embed and fact-extract every sentence once."""
    text, language, sentences = doc.text, doc.language, doc.sentences
    names = names_in(text, language)
    facts = [extract_facts(s.text, language, names) for s in sentences]
    vectors = doc.index(SENTENCE_VECTORS, lambda d: embed_sentences(d, models))
    return DocIndex(text, language, sentences, vectors, facts, names, article_words(text, language))


def embed_sentences(doc: Document, models: LoadedModels) -> np.ndarray | None:
    """One unit vector per sentence (None without an embedder or sentences); the pipeline may start it early."""
    if models.embedder is None or not doc.sentences:
        return None
    batches = []
    for batch in _batches([s.text for s in doc.sentences], _EMBED_BATCH_CHARS):
        check_cancelled()
        batches.append(models.embedder.embed(batch))
    return batches[0] if len(batches) == 1 else np.concatenate(batches)


def _batches(texts: list[str], max_chars: int) -> list[list[str]]:
    """``texts`` in order, in runs of at most ``max_chars`` characters (a longer text alone)."""
    out: list[list[str]] = [[]]
    size = 0
    for text in texts:
        if out[-1] and size + len(text) > max_chars:
            out.append([])
            size = 0
        out[-1].append(text)
        size += len(text)
    return out


def check_support(index: DocIndex, sentence: str, models: LoadedModels,
                  vector: np.ndarray | None = None) -> SupportResult:
    """Score one summary sentence against the article; ``vector`` skips re-embedding a known sentence."""
    if not index.sentences or not sentence.strip():
        return SupportResult(0.0)
    facts = extract_facts(sentence, index.language, index.names)
    lexical = np.array([_recall(facts.content, f.content) for f in index.facts])
    if index.vectors is not None and models.embedder is not None:
        if vector is None:
            vector = models.embedder.embed([sentence])[0]
        cosine = index.vectors @ vector
        combined = 0.5 * cosine + 0.5 * lexical
    else:
        cosine = None
        combined = lexical
    order = np.argsort(-combined)
    chosen = [int(order[0])]
    missing = _missing(facts, [index.facts[chosen[0]]], [index.sentences[chosen[0]].text])
    # Fused sentences draw on a second or third source sentence: add those that explain what is missing.
    # A near-copy of one sentence is not a fusion: a name or number it changed is a substitution.
    near_copy = _recall(facts.content, index.facts[chosen[0]].content) >= _NEAR_COPY and _replaced(
        facts, index.facts[chosen[0]]
    )
    for candidate in order[1:6]:
        if near_copy or not missing or len(chosen) >= _MAX_EVIDENCE or combined[candidate] < 0.35:
            break
        trial = chosen + [int(candidate)]
        trial_missing = _missing(facts, [index.facts[i] for i in trial], [index.sentences[i].text for i in trial])
        if len(trial_missing) < len(missing):
            chosen, missing = trial, trial_missing
    source = index.facts[chosen[0]]
    mutual = min(_recall(facts.content, source.content), _recall(source.content, facts.content))
    if missing and not near_copy and mutual < _MUTUAL_COPY:
        # A paraphrase may name what the article says elsewhere ('Tesfaye' for the subject of the sentence
        # before, 'Pékin' for the ministry) when it shortens its source; a sentence as long as its source
        # with another name in it is a swap ('NordwaveFM' -> 'Morning ConsultFM'), whatever else it says.
        anywhere = set(_missing(facts, index.facts, [index.text]))
        missing = [m for m in missing if m in anywhere]
    best = index.facts[chosen[0]]
    missing += _negation_mismatch(facts, best)
    # The checks' polarity and direction axes first; the support check's own opposites where they say nothing.
    missing += _antonyms(facts, best, index.language) or opposite_words(
        facts, [index.facts[i] for i in chosen], index.language)
    missing += added_content(sentence, facts, index.words, index.language)
    coverage = _recall(facts.content, set().union(*(index.facts[i].content for i in chosen)))
    if cosine is not None:
        similarity = float(np.clip((cosine[chosen[0]] - 0.2) / 0.6, 0.0, 1.0))
        base = 0.55 * coverage + 0.45 * similarity
    else:
        base = coverage
    score = min(base, 0.45) * (0.6 ** (len(missing) - 1)) if missing else base
    evidence = sorted((index.sentences[i] for i in chosen), key=lambda s: s.start)
    return SupportResult(float(np.clip(score, 0.0, 1.0)), evidence, missing)


def _recall(words: set[str], source: set[str]) -> float:
    return len(words & source) / len(words) if words else 1.0


def _missing(facts: Facts, evidence: list[Facts], texts: list[str]) -> list[str]:
    out: list[str] = []
    names = set().union(*(e.names for e in evidence))
    content = set().union(*(e.content for e in evidence))
    compact = re.sub(r"\W", "", " ".join(texts).lower())
    for name in sorted(facts.names):
        if name in names or name[:5] in content or (len(name) > 3 and name in compact):
            continue
        if len(name) > 4 and any(fuzz.ratio(name, other) >= _NAME_FUZZ for other in names):
            continue
        out.append(f"name {name!r} is not in the evidence")
    numbers = set().union(*(e.numbers for e in evidence))
    for value in sorted(facts.numbers):
        # Rounded large figures ('1.2 million' for 1,203,000) pass; small ones and years must match.
        if not any(value == other or (other >= 10_000 and abs(value - other) <= 0.005 * other) for other in numbers):
            out.append(f"number {readable_number(value)} is not in the evidence")
    months = set().union(*(e.months for e in evidence))
    weekdays = set().union(*(e.weekdays for e in evidence))
    out += [f"month {m} is not in the evidence" for m in sorted(facts.months - months)]
    out += [f"weekday {d} is not in the evidence" for d in sorted(facts.weekdays - weekdays)]
    return out


def _replaced(facts: Facts, evidence: Facts) -> bool:
    """The evidence has a fact of a kind the sentence lacks: something was swapped, not added."""
    return bool(
        (evidence.names - facts.names) or (evidence.numbers - facts.numbers)
        or (evidence.months - facts.months) or (evidence.weekdays - facts.weekdays)
    )


def _negation_mismatch(facts: Facts, evidence: Facts) -> list[str]:
    """More or fewer negations than the evidence has next to the words the sentence restates."""
    # A negation governs the words beside it ("did not reduce", "ne viendra pas"); one in a clause the
    # sentence leaves out ("if there is no agreement", "ohne richterliche Anordnung") does not. Both
    # sides are counted the same way, so a verbatim copy always agrees with its source.
    source = _governing(evidence, facts)
    summary = _governing(facts, evidence)
    if summary > source:
        return [f"the sentence adds a negation ({summary} against {source} in the evidence)"]
    if summary < source:
        return [f"the evidence negates ({source} negations) where the sentence does not ({summary})"]
    return []


def _governing(facts: Facts, other: Facts) -> int:
    """Negations of ``facts`` next to a word ``other`` shares; all of them when it shares none."""
    def keys(f: Facts) -> list[str | None]:
        return [t.lower[:5] if _anchors(t.lower) else None for t in f.tokens]

    mine, shared = keys(facts), {k for k in keys(other) if k}
    matched = {k for k, key in enumerate(mine) if key in shared and k not in facts.negations}
    if not matched:
        return len(facts.negations)
    return sum(1 for k in facts.negations
               if any(p in matched for p in range(k - _NEGATION_REACH, k + _NEGATION_REACH + 1)))


def _anchors(word: str) -> bool:
    """Long words, figures, and short words that are not function words ('get', 'win', not 'the')."""
    if len(word) >= _ALIGN_MIN_LEN or word[:1].isdigit():
        return True
    return len(word) == 3 and _frequency(word) < _ANCHOR_ZIPF


def _antonyms(facts: Facts, evidence: Facts, language: str) -> list[str]:
    """A predicate flipped to its opposite ('rose' for 'fell', 'allowed' for 'banned')."""
    out = []
    words = get_check_words(language)
    for table in (words.direction, words.polarity):
        mine = {t.lower: table[t.lower] for t in facts.tokens if table.get(t.lower)}
        theirs = {t.lower: table[t.lower] for t in evidence.tokens if table.get(t.lower)}
        if mine and theirs and not set(mine) & set(theirs) and set(mine.values()) == {-v for v in theirs.values()}:
            out.append(f"{', '.join(sorted(mine))!s} says the opposite of {', '.join(sorted(theirs))!s}")
    return out
