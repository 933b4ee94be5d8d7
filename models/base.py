"""The Protocols every model backend satisfies, and the errors backends raise."""

from __future__ import annotations

from concurrent.futures import Executor
from typing import Any, Protocol, runtime_checkable

import numpy as np


class BackendUnavailable(RuntimeError):
    """A backend cannot load here; the message names what to install or pass."""


class UnknownBackend(KeyError):
    """No backend is registered under that name."""

    def __str__(self) -> str:  # KeyError quotes its message; keep it readable
        return str(self.args[0])


@runtime_checkable
class Embedder(Protocol):
    """Maps sentences to unit-length vectors; rows align with the input."""

    name: str

    def embed(self, texts: list[str]) -> np.ndarray: ...


@runtime_checkable
class Parser(Protocol):
    """A dependency parser for one language (spaCy-shaped: returns a ``Doc``)."""

    name: str
    language: str

    def parse(self, text: str) -> Any: ...


@runtime_checkable
class TextGenerator(Protocol):
    """Turns source text into summary text (seq2seq or chat models)."""

    name: str

    def generate(self, text: str, *, max_words: int) -> str: ...


@runtime_checkable
class Encoder(Protocol):
    """A transformer encoder that trainable heads sit on: its tokenizer, its torch module, pooled unit vectors."""

    name: str
    dim: int
    tokenizer: Any
    model: Any

    def embed(self, texts: list[str]) -> np.ndarray: ...


@runtime_checkable
class ClaimsModel(Protocol):
    """Re-picks claim speakers in place for the languages it serves (models/claims/backend.py)."""

    name: str

    def prefetch(self, doc: Any, executor: Executor) -> None: ...

    def repick(self, doc: Any, claims: list[Any]) -> None: ...
