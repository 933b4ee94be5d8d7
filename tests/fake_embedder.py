"""The fake embedder backend shared by every test: numpy only, so processes spawned by tests import it
without the pipeline (tests/service/store/fakes.py)."""

from __future__ import annotations

import hashlib
import re

import numpy as np


class FakeEmbedder:
    """Hashed bag of words: similar sentences get similar vectors, with no model to load."""

    name = "fake"
    dims = 256

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dims] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)
