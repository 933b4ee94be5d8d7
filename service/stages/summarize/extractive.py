"""Extractive summary: pick article sentences by centrality, lead position and new information (MMR).

Works in any language the embedder covers: the only language-specific parts are the language's
summary words (``summarize/lexicon.py``) and the month/weekday names that count as facts. Sentences come out in article
order, trimmed of fact-free asides, with MT-artifact fixes applied to the copied words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from service.contracts import Artifact, Document, Sentence
from service.stages.checks.lexicon import get_check_words
from service.stages.checks.support import DocIndex
from service.stages.dateline import dateline_span
from service.stages.summarize.compress import trim
from service.stages.summarize.lexicon import get_summary_words
from service.stages.summarize.references import needed_sentences, refers_back, split_inside_name

_MIN_WORDS = 6
_QUOTE_SKIP = 0.9  # a sentence that is nothing but a quotation needs its speaker to be understood
_REDUNDANCY = 1.0
_DETAIL_WEIGHT = 0.3
_DETAIL_CAP = 3
_NAME_WEIGHT = 0.35
_CENTRALITY, _POSITION, _DENSITY, _QUOTED = 0.4, 0.35, 0.6, 0.25  # relevance mix
_REDUNDANT_FROM = 0.3  # cosine below which two same-topic sentences are not repeats
_LENGTH_EXPONENT = 0.5
_LONG_SHARE = 0.4  # after the lead, no sentence may take more than this share of the budget: it crowds out facts
_LEAD_BONUS = 0.3
_TITLE_WORDS = 20
_SHORT = 15  # below this a sentence gets no extra credit for brevity: it is usually a fragment
_DANGLING = 0.3  # a sentence opening on "He"/"It" is copied only after the one before it, and says less alone
_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"), ('"', '"'))
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_CHARS_PER_WORD = 1.6  # Chinese words average about 1.6 characters; budgets are set in words
# A quote opened right after these is a whole utterance; after a word it is a phrase inside reported speech.
_UTTERANCE_OPENERS = ":,;—–-：，；"
_TERMINATED = re.compile(r"[.!?。！？…][\"”»’'）)]*$")
_QUESTION = re.compile(r"[?？؟][\"”»’'）)」』]*\s*$")  # a sentence that asks ('中方对此有何回应？')


def count_words(text: str) -> int:
    """Words in ``text``: whitespace tokens, with CJK characters counted as fractions of a word."""
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(text.split())
    rest = _CJK.sub(" ", text)
    return len(re.findall(r"\w+", rest)) + round(cjk / _CJK_CHARS_PER_WORD)


@dataclass
class Candidate:
    sentence: Sentence
    pieces: list[tuple[int, int]]  # kept ranges, absolute offsets into the article
    words: int
    relevance: float
    names: set[str]
    details: set[tuple]  # numbers, months and weekdays: a new one is news
    # Sentence indices any one of which must come before this one in the summary ('He said …' needs its
    # previous sentence; 'Marsh said …' one that introduced Elena Marsh); empty when it stands alone.
    needs: tuple[int, ...] = ()


def select(doc: Document, index: DocIndex, *, max_words: int, min_words: int,
           max_sentences: int | None = None) -> list[Candidate]:
    """The chosen candidates in article order, within ``max_words`` (and ``max_sentences``) when any fits."""
    candidates = _candidates(doc, index)
    if not candidates:
        return []
    vectors = _vectors(index, candidates)
    name_weight = _name_weights(candidates)
    position_of = {cand.sentence.index: i for i, cand in enumerate(candidates)}
    long_from = _LONG_SHARE * max_words
    chosen: list[int] = []
    covered: set[str] = set()
    covered_details: set[tuple] = set()
    total = 0

    def understood(i: int) -> bool:
        needs = candidates[i].needs
        return not needs or any(position_of.get(n) in chosen for n in needs)

    def unit_of(i: int) -> list[int] | None:
        """The candidate with what it leans on, when that is not chosen yet; None when nothing can carry it."""
        if understood(i):
            return [i]
        helpers = [position_of[n] for n in candidates[i].needs if n in position_of]
        helper = next((h for h in helpers if h not in chosen and understood(h)), None)
        return None if helper is None else [helper, i]

    while True:
        best, best_gain = None, -np.inf
        # Below the minimum a long sentence may fill the gap, unless one ordinary sentence would.
        long_allowed = total < min_words and not any(
            i not in chosen and understood(i) and min_words <= total + cand.words <= max_words
            and cand.words <= long_from for i, cand in enumerate(candidates))
        for i in range(len(candidates)):
            unit = None if i in chosen else unit_of(i)
            if unit is None:
                continue
            words = sum(candidates[k].words for k in unit)
            if (chosen or len(unit) > 1) and total + words > max_words:
                continue
            if max_sentences is not None and len(chosen) + len(unit) > max_sentences:
                continue
            # The lead (candidate 0) is exempt: news puts its main facts there, however long.
            if chosen and not long_allowed and any(k > 0 and candidates[k].words > long_from for k in unit):
                continue
            names = set().union(*(candidates[k].names for k in unit))
            details = set().union(*(candidates[k].details for k in unit))
            relevance = float(np.mean([candidates[k].relevance for k in unit]))
            redundancy = max((float(vectors[k] @ vectors[j]) for k in unit for j in chosen), default=0.0)
            novelty = _NAME_WEIGHT * min(sum(name_weight.get(n, 0.0) for n in names - covered), 1.0)
            novelty += _DETAIL_WEIGHT * min(len(details - covered_details), _DETAIL_CAP)
            # Same-topic sentences are similar; only near-paraphrases should be penalised hard.
            gain = relevance + novelty - _REDUNDANCY * max(redundancy - _REDUNDANT_FROM, 0.0)
            # Shorter sentences leave room for more facts; the square root keeps long leads viable.
            gain /= (max(words, _SHORT) / 25.0) ** _LENGTH_EXPONENT
            if gain > best_gain:
                best, best_gain = unit, gain
        if best is None or (total >= min_words and best_gain <= 0):
            break
        for k in best:
            chosen.append(k)
            covered |= candidates[k].names
            covered_details |= candidates[k].details
            total += candidates[k].words
        if total >= max_words or (max_sentences is not None and len(chosen) >= max_sentences):
            break
    return sorted((candidates[i] for i in chosen), key=lambda c: c.sentence.start)


def render(doc: Document, cand: Candidate, artifacts: list[Artifact], min_confidence: float, normalize) -> str:
    """The candidate's kept ranges with artifact fixes applied, as one clean sentence."""
    parts = [normalize(doc.text, s, e, artifacts, min_confidence) for s, e in cand.pieces]
    text = re.sub(r"\s+", " ", "".join(parts)).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    # A closing clause cut together with the full stop (inside a quotation) leaves the sentence open.
    if text and not _TERMINATED.search(text):
        text += "."
    return text


def _candidates(doc: Document, index: DocIndex) -> list[Candidate]:
    sentences = index.sentences
    if not sentences:
        return []
    vectors = index.vectors
    if vectors is not None:
        centroid = vectors.mean(axis=0)
        centroid /= max(float(np.linalg.norm(centroid)), 1e-9)
        centrality = vectors @ centroid
    else:
        # Without vectors, centrality is how many other sentences share a content word.
        centrality = np.array([
            np.mean([len(f.content & g.content) / max(len(f.content), 1) for g in index.facts]) for f in index.facts
        ])
    span = float(centrality.max() - centrality.min()) or 1.0
    centrality = (centrality - centrality.min()) / span
    paragraphs = max(sentences[-1].paragraph, 1)
    out: list[Candidate] = []
    protected = {w for w in _date_words(doc.language)}
    words_of = get_summary_words(doc.language)
    for i, sentence in enumerate(sentences):
        words = count_words(sentence.text)
        if words < _MIN_WORDS or _is_headline(doc, sentence) or split_inside_name(sentence, sentences, doc.language):
            continue
        quoted = _quoted_fraction(sentence.text)
        if quoted >= _QUOTE_SKIP:
            continue
        facts = index.facts[i]
        pieces = [(sentence.start + s, sentence.start + e) for s, e in trim(sentence.text, doc.language, protected)]
        kept_words = sum(count_words(doc.text[s:e]) for s, e in pieces)
        density = (len(facts.names) + len(facts.numbers) + len(facts.months) + len(facts.weekdays)) / max(words, 1)
        position = 1.0 / (1.0 + 4.0 * sentence.paragraph / paragraphs)
        relevance = (_CENTRALITY * centrality[i] + _POSITION * position + _DENSITY * min(density, 0.5)
                     - _QUOTED * quoted)
        details = ({("n", v) for v in facts.numbers} | {("m", v) for v in facts.months}
                   | {("w", v) for v in facts.weekdays})
        opening = doc.text[pieces[0][0]:sentence.end] if pieces else sentence.text
        needs = needed_sentences(opening, sentence, sentences, doc.language, words_of)
        if refers_back(opening, doc.language, words_of):
            relevance -= _DANGLING
        if _QUESTION.search(sentence.text):
            relevance -= _DANGLING  # a question asks; the summary tells
        if not out:
            relevance += _LEAD_BONUS  # news is written lead-first: the first real sentence is the anchor
        out.append(Candidate(sentence, pieces, kept_words, float(relevance), set(facts.names), details, needs))
    return out


def _vectors(index: DocIndex, candidates: list[Candidate]) -> np.ndarray:
    if index.vectors is not None:
        return index.vectors[[c.sentence.index for c in candidates]]
    # Lexical fallback: bag of content stems, so MMR still sees repetition.
    vocab: dict[str, int] = {}
    rows = [index.facts[c.sentence.index].content for c in candidates]
    for row in rows:
        for word in row:
            vocab.setdefault(word, len(vocab))
    out = np.zeros((len(rows), max(len(vocab), 1)), dtype=np.float32)
    for r, row in enumerate(rows):
        for word in row:
            out[r, vocab[word]] = 1.0
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def _name_weights(candidates: list[Candidate]) -> dict[str, float]:
    """Names the article keeps returning to matter; a name seen once is a detail."""
    counts: dict[str, int] = {}
    for cand in candidates:
        for name in cand.names:
            counts[name] = counts.get(name, 0) + 1
    return {name: min(count - 1, 2) / 2 for name, count in counts.items() if count > 1}


def _is_headline(doc: Document, sentence: Sentence) -> bool:
    alone = all(s.paragraph != sentence.paragraph for s in doc.sentences if s.index != sentence.index)
    unterminated = sentence.text.rstrip()[-1:] not in ".!?\"”»’)。！？」』）"  # CJK full stops end sentences too
    # Pasted articles often open with their headline as a short paragraph of its own.
    opening_title = alone and sentence.paragraph == 0 and count_words(sentence.text) <= _TITLE_WORDS and (
        doc.sentences[-1].paragraph >= 3
    ) and not _carries_dateline(doc, sentence)
    titled = doc.title is not None and sentence.text.strip() == doc.title.strip()
    return (alone and unterminated) or opening_title or titled


def _carries_dateline(doc: Document, sentence: Sentence) -> bool:
    """'NAIROBI (AP) — A bus crash killed 12 people, police said.': a sentence carrying the dateline is the lead."""
    dateline = dateline_span(doc.text)
    return dateline is not None and sentence.start <= dateline[0] < sentence.end


def _quoted_fraction(text: str) -> float:
    """Share of the sentence spoken as whole utterances; a phrase quoted inside reported speech is not one."""
    inside = 0
    for opening, closing in _QUOTE_PAIRS:
        for match in re.finditer(re.escape(opening) + r"(.+?)" + re.escape(closing), text):
            before = text[:match.start()].rstrip()
            # 'said that WeChat “will be closed” from Monday' reports a fact in the writer's own clause.
            if before and before[-1] not in _UTTERANCE_OPENERS:
                continue
            inside += len(match.group(1))
    return min(inside / max(len(text), 1), 1.0)


def _date_words(language: str) -> tuple[str, ...]:
    words = get_check_words(language)
    return words.months + words.weekdays
