"""Shared fixtures: a fake embedder backend (fast, deterministic) and the real default models."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.loader import LoadedModels
from service.config import Settings
from service.pipeline import default_models
from tests.fake_embedder import FakeEmbedder

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "seeds" / "000_22c1501935b67f74.txt"


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
