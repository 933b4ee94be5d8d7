"""Content and cue tagging: a small bidirectional GRU over the frozen E5 token vectors.

The speaker head (``head.py``) only re-picks speakers of claims the rules found. Where the rules
know no cues (Portuguese, Dutch, Polish …) they find quote marks only, and reported speech is lost.
The tagger marks every sub-word token as outside, content (begin/inside) or cue (begin/inside);
``ClaimsModel`` turns the content runs the rules missed into claims, with a tagged cue nearby and
the head's speaker. Trained on the same labelled paragraphs as the head (``train.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from models.claims.features import TokenVectors

OUTSIDE, CONTENT, CONTENT_IN, CUE, CUE_IN = range(5)
TAGS = ("O", "B-content", "I-content", "B-cue", "I-cue")
TAGGER_WEIGHTS = "tagger.safetensors"
MIN_CONTENT_CHARS = 15  # shorter runs are fragments (a name, a date) more often than claims


class ClaimTagger(nn.Module):
    """Token vectors (batch, tokens, dim) -> tag logits (batch, tokens, 5)."""

    def __init__(self, dim: int, hidden: int = 96, dropout: float = 0.2) -> None:
        super().__init__()
        self.dim, self.hidden = dim, hidden
        self.drop = nn.Dropout(dropout)
        self.gru = nn.GRU(dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(TAGS))

    def forward(self, vectors: torch.Tensor) -> torch.Tensor:
        states, _ = self.gru(self.drop(vectors))
        return self.out(self.drop(states))


@dataclass(frozen=True)
class Tagged:
    """Character spans of the content runs and the cue runs of one text."""

    contents: list[tuple[int, int]]
    cues: list[tuple[int, int]]


def token_tags(vectors: TokenVectors, quotes: list[dict]) -> np.ndarray:
    """The gold tag of every token of a labelled document (``eval.datasets.marked`` quotes)."""
    tags = np.full(len(vectors.starts), OUTSIDE, dtype=np.int64)

    def mark(start: int, end: int, begin: int, inside: int) -> None:
        first = True
        for k, (a, b) in enumerate(zip(vectors.starts, vectors.ends)):
            if a < end and start < b:
                tags[k] = begin if first else inside
                first = False

    for quote in quotes:
        for piece in quote.get("spans") or [(quote["start"], quote["end"])]:
            start, end = (piece["start"], piece["end"]) if isinstance(piece, dict) else piece
            mark(int(start), int(end), CONTENT, CONTENT_IN)
        if quote.get("cue"):
            mark(quote["cue"]["start"], quote["cue"]["end"], CUE, CUE_IN)
    return tags


def tag(tagger: ClaimTagger, vectors: TokenVectors) -> Tagged:
    """The tagger's content and cue runs over one document's token vectors."""
    if not vectors.starts:
        return Tagged([], [])
    with torch.inference_mode():
        best = tagger(torch.from_numpy(vectors.rows())[None])[0].argmax(-1).numpy()
    return Tagged(runs(best, vectors, CONTENT, CONTENT_IN, MIN_CONTENT_CHARS), runs(best, vectors, CUE, CUE_IN, 1))


def runs(tags: np.ndarray, vectors: TokenVectors, begin: int, inside: int, min_chars: int) -> list[tuple[int, int]]:
    """Character spans of begin/inside runs (an inside tag with no begin opens a run too)."""
    out: list[tuple[int, int]] = []
    current: list[int] | None = None
    for k, value in enumerate(tags.tolist()):
        if value == begin or (value == inside and current is None):
            if current is not None:
                out.append((current[0], current[1]))
            current = [vectors.starts[k], vectors.ends[k]]
        elif value == inside and current is not None:
            current[1] = vectors.ends[k]
        elif current is not None:
            out.append((current[0], current[1]))
            current = None
    if current is not None:
        out.append((current[0], current[1]))
    return [(s, e) for s, e in out if e - s >= min_chars]


def fit_tagger(sequences: list[tuple[np.ndarray, np.ndarray]], dim: int, *, epochs: int = 6, seed: int = 16,
               lr: float = 2e-3, batch: int = 16) -> ClaimTagger:
    """Cross-entropy over every token, documents batched by length (padding masked out)."""
    from torch.nn.utils.rnn import pad_sequence

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    tagger = ClaimTagger(dim)
    opt = torch.optim.AdamW(tagger.parameters(), lr=lr, weight_decay=1e-3)
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i][1]))
    groups = [order[i:i + batch] for i in range(0, len(order), batch)]
    for _ in range(epochs):
        tagger.train()
        for group in rng.permutation(len(groups)):
            members = groups[int(group)]
            x = pad_sequence([torch.from_numpy(sequences[i][0]) for i in members], batch_first=True)
            y = pad_sequence([torch.from_numpy(sequences[i][1]) for i in members], batch_first=True,
                             padding_value=-100)
            loss = nn.functional.cross_entropy(tagger(x).reshape(-1, len(TAGS)), y.reshape(-1), ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return tagger.eval()


def save_tagger(tagger: ClaimTagger, folder) -> None:
    from safetensors.torch import save_file

    save_file({k: v.detach().contiguous() for k, v in tagger.state_dict().items()}, str(folder / TAGGER_WEIGHTS))
