"""Shared fixtures: a fake embedder backend (fast, deterministic) and the real default models."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pytest

from models.loader import LoadedModels
from service.config import Settings
from service.pipeline import default_models

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "seeds" / "000_22c1501935b67f74.txt"


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


@pytest.fixture
def fake_models() -> LoadedModels:
    return LoadedModels(embedder=FakeEmbedder())


@pytest.fixture(scope="session")
def real_models() -> LoadedModels:
    """The shipped default backends, loaded once for the whole test session."""
    return default_models(Settings(), strict=True)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")
