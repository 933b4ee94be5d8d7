"""Speaker candidates and their feature rows, language-neutral: no per-language word lists.

A candidate is a run of capitalised words near the claim (names, organisations, a
sentence-initial pronoun), plus the rules' own speaker phrase. The scorer learns which one names
the speaker; a pronoun or role noun is never the target, its named antecedent is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy as np

from service.cancel import check_cancelled
from service.stages.dateline import dateline_span
from service.tokens import WORD_RUNS, TokenIndex

SENTENCES_BEFORE, SENTENCES_AFTER = 3, 1
MAX_CANDIDATES = 48
N_NUMERIC = 16
# The service encodes at most this many 510-token windows of a text. The cost is linear but steep: about 0.3 s a
# window on one shared core, and a text of quote marks or one-letter words packs up to five times as many tokens
# into a kilobyte as prose does (600 KB of 'x ' is 590 windows, three minutes, past any request's deadline).
# 32 windows hold about 16,000 tokens, some 80,000 characters of news; the longest eval article has 5,124.
MAX_WINDOWS = 32


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    sent: int
    first_in_sentence: bool
    from_rules: bool = False


@dataclass(frozen=True)
class ClaimView:
    """What the scorer needs of one claim: its content pieces, cue and the rules' speaker span."""

    pieces: tuple[tuple[int, int], ...]
    cue: tuple[int, int] | None
    rules: tuple[int, int] | None = None


class TokenVectors:
    """Contextual vectors of one text's sub-word tokens with their character offsets."""

    def __init__(self, offsets: np.ndarray, vectors: np.ndarray, reach: int | None = None) -> None:
        # Where the encoded part of a cut-short text ends (``encode``'s max_windows); None: the whole text.
        self.reach = reach
        self.starts = offsets[:, 0].tolist() if len(offsets) else []
        self.ends = offsets[:, 1].tolist() if len(offsets) else []
        self.dim = vectors.shape[1]
        self._rows = vectors.astype(np.float32, copy=False)
        self._cum = np.vstack([np.zeros((1, self.dim), dtype=np.float64), np.cumsum(vectors, axis=0)])

    def covers(self, end: int) -> bool:
        """Whether the text up to ``end`` was encoded."""
        return self.reach is None or end <= self.reach

    def rows(self) -> np.ndarray:
        """Every token's vector, in text order (float32)."""
        return self._rows

    def mean(self, start: int, end: int) -> np.ndarray:
        """Mean vector of the tokens overlapping ``[start, end)`` (zeros if none)."""
        lo = bisect_right(self.ends, start)
        hi = bisect_left(self.starts, end)
        if hi <= lo:
            return np.zeros(self.dim, dtype=np.float32)
        return ((self._cum[hi] - self._cum[lo]) / (hi - lo)).astype(np.float32)


def encode(encoder, text: str, max_windows: int | None = None) -> TokenVectors:
    """Run the frozen encoder once over ``text`` (510-token windows) and keep every token's vector; with
    ``max_windows``, over that many windows at most, and ``reach`` says where they end."""
    import torch

    from models.e5_encoder import PASSAGE

    window = encoder._window
    limit = None if max_windows is None else max_windows * window
    ids, spans, cut = _first_tokens(encoder.tokenizer, PASSAGE + text, limit)
    reach = max(0, spans[-1][1] - len(PASSAGE)) if cut else None
    offsets = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    keep = offsets[:, 1] > len(PASSAGE)  # the prefix's own tokens carry no span of the text
    offsets = np.maximum(offsets - len(PASSAGE), 0)
    chunks = []
    for first in range(0, max(len(ids), 1), window):
        check_cancelled()  # ~0.3 s a window: a timed-out request's prefetch stops here
        piece = [encoder.tokenizer.bos_token_id, *ids[first:first + window], encoder.tokenizer.eos_token_id]
        with torch.inference_mode():
            hidden = encoder.model(input_ids=torch.tensor([piece])).last_hidden_state[0, 1:-1]
        chunks.append(hidden.float().numpy())
    vectors = np.concatenate(chunks) if chunks else np.zeros((0, encoder.dim), dtype=np.float32)
    return TokenVectors(offsets[keep], vectors[keep[: len(vectors)]], reach)


# A prefix of this many characters a token wanted holds the tokens a cut-short encoding needs whenever the text is
# prose or junk (prose has ~5, one-letter words 2). Its first tokens are the whole text's (checked on 600 KB of
# prose, Japanese, 'x ', quote marks) when the cut falls after them, hence the margin; only one unbroken run of
# letters across the cut ('a' * 600_000) may be split into other pieces, which no text worth reading is.
_PREFIX_CHARS_PER_TOKEN, _PREFIX_MARGIN = 8, 64


def _first_tokens(tokenizer, text: str, limit: int | None) -> tuple[list[int], list[tuple[int, int]], bool]:
    """Ids and spans of the first ``limit`` tokens of ``text`` (all with None), and whether that left some out.
    Tokenizing is linear too, but a megabyte takes seconds for tokens no window will read, so a long text's
    prefix is tried first."""
    if limit is not None and len(text) > _PREFIX_CHARS_PER_TOKEN * limit:
        ids, spans = tokenizer.encode_with_offsets(text[:_PREFIX_CHARS_PER_TOKEN * limit])
        if len(ids) >= limit + _PREFIX_MARGIN:
            return ids[:limit], spans[:limit], True
    ids, spans = tokenizer.encode_with_offsets(text)
    if limit is None or len(ids) <= limit:
        return ids, spans, False
    return ids[:limit], spans[:limit], True


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD_RUNS.findall(text)}


def candidates(index: TokenIndex, view: ClaimView) -> list[Candidate]:
    """Capitalised word runs in the sentences around the claim, outside its quoted pieces, plus the
    rules' speaker phrase; offsets index the document text."""
    if not index.tokens:
        return []
    lo_char = min(s for s, _ in view.pieces)
    hi_char = max(e for _, e in view.pieces)
    s_lo = max(0, index.sentence_of(lo_char) - SENTENCES_BEFORE)
    s_hi = min(len(index.sent_range) - 1, index.sentence_of(max(lo_char, hi_char - 1)) + SENTENCES_AFTER)
    inside = [False] * len(index.tokens)
    t_lo, t_hi = index.sent_range[s_lo][0], index.sent_range[s_hi][1]
    for start, end in view.pieces:
        a, b = index.token_at(start), index.token_at(end)
        inside[a:b] = [True] * (b - a)
    common = index.lowercase_words
    out: list[Candidate] = []
    # A dateline ('GRENOBLE —', 'MADRID (EFE) —') names where the story was filed and who filed it: never a speaker.
    dateline = dateline_span(index.text)
    k = t_lo
    while k < t_hi:
        tok = index.tokens[k]
        if not (tok.is_word and tok.is_cap) or inside[k] or (
                dateline is not None and dateline[0] <= tok.start < dateline[1]):
            k += 1
            continue
        j = k + 1
        while j < t_hi and index.tokens[j].is_word and index.tokens[j].is_cap and not inside[j] \
                and index.tokens[j].sent == tok.sent:
            j += 1
        start, end, text = index.surface(k, j)
        first = index.sent_range[tok.sent][0]
        opens = _only_marks_before(index, first, k)
        # A lone sentence-opening word the text also writes in lower case ('Le', 'Los', 'Elle') is a
        # function word or pronoun, never a name; the target is a pronoun's named antecedent anyway.
        if not (opens and j == k + 1 and tok.low in common):
            out.append(Candidate(start, end, text, tok.sent, opens))
        k = j
    if view.rules is not None:
        start, end = view.rules
        out = [c for c in out if not (c.start == start and c.end == end)]
        out.append(Candidate(start, end, index.text[start:end], index.sentence_of(start),
                             False, from_rules=True))
    if len(out) > MAX_CANDIDATES:
        out.sort(key=lambda c: (not c.from_rules, abs(c.start - lo_char)))
        out = sorted(out[:MAX_CANDIDATES], key=lambda c: c.start)
    return out


def _only_marks_before(index: TokenIndex, first: int, k: int) -> bool:
    return all(not t.is_word for t in index.tokens[first:k])


def numeric(index: TokenIndex, view: ClaimView, cands: list[Candidate], text_words: dict[str, int]) -> np.ndarray:
    """Distance, order and shape features of each candidate relative to the claim and its cue."""
    lo = min(s for s, _ in view.pieces)
    hi = max(e for _, e in view.pieces)
    claim_sent = index.sentence_of(lo)
    cue_sent = index.sentence_of(view.cue[0]) if view.cue else claim_sent
    rows = np.zeros((len(cands), N_NUMERIC), dtype=np.float32)
    for n, cand in enumerate(cands):
        ws = words(cand.text)
        freq = max((text_words.get(w, 0) for w in ws), default=0)
        cue_d = (cand.start - view.cue[0]) / 100.0 if view.cue else 0.0
        rows[n] = [
            np.clip((cand.start - lo) / 200.0, -3, 3),
            np.clip((cand.start - hi) / 200.0, -3, 3),
            np.clip(cue_d, -3, 3),
            1.0 if view.cue else 0.0,
            1.0 if cand.end <= lo else 0.0,
            1.0 if cand.start >= hi else 0.0,
            1.0 if lo < cand.start < hi else 0.0,
            1.0 if cand.sent == cue_sent else 0.0,
            (cand.sent - claim_sent) / 3.0,
            min(len(ws), 6) / 3.0,
            1.0 if cand.first_in_sentence else 0.0,
            min(freq, 10) / 5.0,
            1.0 if cand.from_rules else 0.0,
            1.0 if view.rules and cand.start < view.rules[1] and view.rules[0] < cand.end else 0.0,
            1.0 if _touches(cand, view.cue) else 0.0,
            1.0 if cand.text[:1].isupper() else 0.0,
        ]
    return rows


def _touches(cand: Candidate, cue: tuple[int, int] | None) -> bool:
    # Right next to the cue ('X said', 'said X') with at most a space or a comma between.
    return cue is not None and (abs(cand.start - cue[1]) < 3 or abs(cue[0] - cand.end) < 3)


def claim_features(vectors: TokenVectors, index: TokenIndex, view: ClaimView, cands: list[Candidate],
                   text_words: dict[str, int]) -> np.ndarray:
    """One row per candidate: [content, candidate, cue, content*candidate, cue*candidate, numeric]."""
    content = np.mean([vectors.mean(s, e) for s, e in view.pieces], axis=0).astype(np.float32)
    cue = vectors.mean(*view.cue) if view.cue else np.zeros(vectors.dim, dtype=np.float32)
    cand_vecs = np.stack([vectors.mean(c.start, c.end) for c in cands])
    n = len(cands)
    return np.hstack([
        np.broadcast_to(content, (n, vectors.dim)), cand_vecs, np.broadcast_to(cue, (n, vectors.dim)),
        cand_vecs * content, cand_vecs * cue, numeric(index, view, cands, text_words),
    ]).astype(np.float32)


def word_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in WORD_RUNS.findall(text):
        counts[w.lower()] = counts.get(w.lower(), 0) + 1
    return counts


def feature_dim(dim: int) -> int:
    return 5 * dim + N_NUMERIC
