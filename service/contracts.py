"""Every data contract the stages exchange, in one place.

Stage outputs are pydantic models so the HTTP layer, the CLI and the eval harness serialise
the same objects. All ``start``/``end`` pairs are Python string indices into the submitted text:
``text[start:end]`` is the surface.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future
from contextvars import copy_context
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from pydantic import BaseModel, Field, model_validator

if TYPE_CHECKING:
    from service.tokens import TokenIndex

_T = TypeVar("_T")

ClaimType = Literal["direct", "partial", "indirect", "term"]
Severity = Literal["info", "warning", "error"]


class Span(BaseModel):
    start: int
    end: int


class TextSpan(Span):
    text: str


class SummarySentence(BaseModel):
    text: str
    evidence: list[TextSpan] = Field(default_factory=list)
    support: float = Field(ge=0.0, le=1.0)


class Summary(BaseModel):
    text: str
    sentences: list[SummarySentence] = Field(default_factory=list)
    backend: str = "extractive"


class Speaker(BaseModel):
    name: str | None = None
    mention: str | None = None
    start: int | None = None
    end: int | None = None
    role: str | None = None


class Claim(BaseModel):
    quote: str
    start: int
    end: int
    type: ClaimType
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: Speaker | None = None
    medium: str | None = None
    addressee: str | None = None
    checkworthiness: float = Field(default=0.0, ge=0.0, le=1.0)
    reasons: list[str] = Field(default_factory=list)
    # A quote interrupted by its attribution ('“A,” he said, “B”') is one claim; ``spans`` are its
    # quoted pieces and start/end their hull. Empty when the claim is one piece.
    spans: list[Span] = Field(default_factory=list)


class Artifact(BaseModel):
    surface: str
    start: int
    end: int
    category: str
    suggestion: str
    confidence: float = Field(ge=0.0, le=1.0)
    explanation: str
    severity: Severity = "warning"


class Check(BaseModel):
    kind: str
    severity: Severity
    explanation: str
    spans: list[Span] = Field(default_factory=list)


class Analysis(BaseModel):
    language: str
    summary: Summary
    claims: list[Claim] = Field(default_factory=list)
    artifacts: list[Artifact] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the input, located by offsets; ``paragraph`` counts blank-line blocks."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int


@dataclass(slots=True)
class Document:
    """The text plus what the cheap stages found; later stages read it and never mutate ``text``."""

    text: str
    language: str
    language_supported: bool
    sentences: list[Sentence] = field(default_factory=list)
    title: str | None = None
    warnings: list[str] = field(default_factory=list)
    # Indexes the stages share (tokens, the support index): built on first use and dropped with
    # the document, so no stage keeps an article's state in a module-level cache.
    indexes: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def index(self, name: str, build: Callable[[Document], _T]) -> _T:
        """This document's index ``name``, built by ``build(self)`` the first time it is asked for
        (or waited for, if ``prefetch`` started it; its exception, if any, is raised here)."""
        if name not in self.indexes:
            self.indexes[name] = build(self)
        value = self.indexes[name]
        if isinstance(value, Future):
            value = self.indexes[name] = value.result()
        return value

    def prefetch(self, name: str, build: Callable[[Document], Any], executor: Executor) -> None:
        """Start building index ``name`` on ``executor`` now, so it overlaps the stages before its first use."""
        if name not in self.indexes:
            # In this thread's context, so the build sees the request's cancel flag (service/cancel.py).
            self.indexes[name] = executor.submit(copy_context().run, build, self)

    @property
    def tokens(self) -> TokenIndex:
        """The word tokens of every sentence, with offsets (service/tokens.py)."""
        from service.tokens import TokenIndex

        return self.index("tokens", lambda doc: TokenIndex(doc.text, doc.sentences))


class AnalyzeOptions(BaseModel):
    """Per-request choices; ``None`` means the configured default."""

    model_config = {"extra": "forbid"}

    summarizer: str | None = Field(default=None, description="extractive | seq2seq:/path | llm[:/path.gguf]")
    max_words: int | None = Field(default=None, ge=5, le=1000)
    min_words: int | None = Field(default=None, ge=0, le=1000)
    max_sentences: int | None = Field(default=None, ge=1, le=50, description="a length target in sentences")
    normalize_min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _min_words_within_max_words(self) -> AnalyzeOptions:
        # Both given and crossed is a caller's mistake; quietly clamping min_words would hide it.
        if self.min_words is not None and self.max_words is not None and self.min_words > self.max_words:
            raise ValueError("min_words must not be more than max_words")
        return self
