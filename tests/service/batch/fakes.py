"""Fake analyzers for batch tests: module-level factories, so spawned workers and Ray actors import them."""

from __future__ import annotations

import os
import time

from service.errors import EmptyText


def make_fake_analyzer():
    """Echoes the text's shape; 'EXPLODE' raises like a pipeline bug would."""

    def analyze(text: str, *, language: str | None = None, title: str | None = None) -> dict:
        if not text.strip():
            raise EmptyText("text is empty or only whitespace")
        if "EXPLODE" in text:
            raise RuntimeError("boom")
        words = text.split()
        return {
            "language": language or "en",
            "summary": {"text": " ".join(words[:5]), "title": title},
            "claims": [],
            "artifacts": [],
            "checks": [],
            "warnings": [],
            "timings": {"total": 0.0},
        }

    return analyze


def make_slow_analyzer():
    """Like the fake, but each article takes WIRECHECK_FAKE_DELAY seconds (default 0.2)."""
    delay = float(os.environ.get("WIRECHECK_FAKE_DELAY", "0.2"))
    fast = make_fake_analyzer()

    def analyze(text: str, **kwargs) -> dict:
        time.sleep(delay)
        return fast(text, **kwargs)

    return analyze


def make_crashing_analyzer():
    """Kills its own process on 'CRASH', as a segfault or the OOM killer would."""
    fast = make_fake_analyzer()

    def analyze(text: str, **kwargs) -> dict:
        if "CRASH" in text:
            os._exit(9)
        return fast(text, **kwargs)

    return analyze


def make_broken_analyzer():
    """A factory that cannot load its models."""
    raise RuntimeError("no models here")


# Set by a test to the session's real models, so an in-process run need not load them again.
SHARED_MODELS = None


def make_shared_pipeline_analyzer():
    """The real pipeline over models the test session already loaded (in-process runs only)."""
    from service.batch.task import analyzer_for
    from service.config import Settings
    from service.pipeline import Pipeline

    return analyzer_for(Pipeline(SHARED_MODELS, Settings()))


def make_hanging_analyzer():
    """Like the fake, but 'HANG' spins in Python for a minute, as a pathological input would."""
    fast = make_fake_analyzer()

    def analyze(text: str, **kwargs) -> dict:
        if "HANG" in text:
            until = time.monotonic() + 60
            while time.monotonic() < until:
                pass
        return fast(text, **kwargs)

    return analyze
