"""Light fakes for store tests that run in other processes (spawned workers, batch subprocesses).

They import neither the pipeline nor tests/conftest.py, so a spawned child starts in about a second.
"""

from __future__ import annotations

import os
import time

from tests.fake_embedder import FakeEmbedder
from tests.service.store.articles import analysis_of, article

# Spawned children import this module, which stays free of the pipeline.
HashEmbedder = FakeEmbedder


class OtherEmbedder(HashEmbedder):
    """Another encoder, as far as a store can tell: another name and size."""

    name = "other"
    dims = 128


def numbered_article(n: int, claims: int = 3) -> tuple[str, dict]:
    return article(*[(f"Speaker {n}", f"Statement {j} of article {n} about topic {n % 7}") for j in range(claims)])


def open_and_close(url: str, barrier=None) -> None:
    """Open the store (all callers at once when given a barrier) and close it again."""
    from service.store.store import ClaimStore

    if barrier is not None:
        barrier.wait(120)  # the imports are done: now race to migrate
    ClaimStore.open(url, HashEmbedder()).close()


def write_articles(url: str, numbers: list[int]) -> list[int]:
    from service.store.store import ClaimStore

    with ClaimStore.open(url, HashEmbedder()) as store:
        return [store.add_analysis(*numbered_article(n))[0] for n in numbers]


class ClaimsAnalyzer:
    """A batch analyzer reading 'Speaker: "quote".' lines; each article takes WIRECHECK_FAKE_DELAY seconds."""

    def __init__(self) -> None:
        self.embedder = HashEmbedder()
        self.delay = float(os.environ.get("WIRECHECK_FAKE_DELAY", "0"))

    def __call__(self, text: str, *, language: str | None = None, title: str | None = None) -> dict:
        time.sleep(self.delay)
        return analysis_of(text, language or "en")


def make_claims_analyzer() -> ClaimsAnalyzer:
    return ClaimsAnalyzer()
