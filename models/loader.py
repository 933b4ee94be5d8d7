"""Loads the backends a process needs, once, and holds them for the stages."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from models.base import BackendUnavailable, ClaimsModel, Embedder, Parser, TextGenerator, UnknownBackend
from models.registry import make_backend

log = logging.getLogger(__name__)


@dataclass
class LoadedModels:
    embedder: Embedder | None = None
    parsers: dict[str, Parser] = field(default_factory=dict)
    generators: dict[str, TextGenerator] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    # language -> backend name, loaded on the first document in that language (saves start-up time).
    deferred_parsers: dict[str, str] = field(default_factory=dict)
    # The optional learned claims model (models/claims/backend.py); None keeps the rules alone.
    claims_model: ClaimsModel | None = None
    # Its registry name while not yet loaded: it loads on the first document in a language it serves,
    # so English-only work never pays for its encoder (~0.6 GB). Cleared once tried.
    deferred_claims_model: str | None = None
    # The sentence encoder the institution second opinion reads English ministry terms' sentences with
    # (service/stages/artifacts/institution_context.py), by registry name: loaded on the first English document
    # that asks for it (~0.6 GB, so only work that needs it pays). None: the plain second opinion.
    deferred_institution_encoder: str | None = None
    institution_encoder: Any = None
    # The causal language model whose readings the institution reading model weighs with the encoder's
    # (service/stages/artifacts/institution_reading.py), by registry name: opt-in (the llm extra, ~0.6 GB and ~25 s
    # to read its file), loaded with the encoder. None: the context model.
    deferred_institution_reader: str | None = None
    institution_reader: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def parser_for(self, language: str) -> Parser | None:
        if language in self.parsers or language not in self.deferred_parsers:
            return self.parsers.get(language)
        with self._lock:
            name = self.deferred_parsers.pop(language, None)
            if name is not None:
                try:
                    self.parsers[language] = make_backend(name)  # type: ignore[assignment]
                except (BackendUnavailable, UnknownBackend) as exc:
                    self.problems.append(str(exc))
                    log.warning("parser unavailable: %s", exc)
            return self.parsers.get(language)

    def claims_model_for(self, language: str) -> ClaimsModel | None:
        """The claims model if it serves ``language`` (loading it now if it was deferred), else None."""
        from models.claims import serves

        if not serves(language):
            return None
        if self.claims_model is None and self.deferred_claims_model is not None:
            self.load_deferred_claims_model()
        return self.claims_model

    def load_deferred_claims_model(self) -> None:
        """Load the deferred claims model now (the server's warm-up calls this in the background)."""
        with self._lock:
            name, self.deferred_claims_model = self.deferred_claims_model, None
            if name is None:
                return
            self.claims_model = self._make_or_record(name, "claims model", "claims use the rules' speakers")

    def institution_encoder_for(self, language: str) -> Any:
        """The institution context encoder for ``language`` (English only: the other languages' institution rules
        have no second opinion), loading it now if it was deferred; None when it is off or cannot load."""
        if language != "en":
            return None
        if self.institution_encoder is None and self.deferred_institution_encoder is not None:
            with self._lock:
                name, self.deferred_institution_encoder = self.deferred_institution_encoder, None
                if name is not None:
                    # The claims model's encoder when it is the same one: one copy in memory, not two.
                    shared = getattr(self.claims_model, "encoder", None)
                    self.institution_encoder = shared if getattr(shared, "name", None) == name else \
                        self._make_or_record(name, "institution encoder",
                                             "institution terms use the plain second opinion")
        return self.institution_encoder

    def institution_reader_for(self, language: str) -> Any:
        """The institution reader for ``language`` (English only, and only beside the encoder it is weighed with),
        loading it now if it was deferred; None when it is off or cannot load."""
        if language != "en" or self.institution_encoder_for(language) is None:
            return None
        if self.institution_reader is None and self.deferred_institution_reader is not None:
            with self._lock:
                name, self.deferred_institution_reader = self.deferred_institution_reader, None
                if name is not None:
                    self.institution_reader = self._make_or_record(name, "institution reader",
                                                                   "institution terms use the context model")
        return self.institution_reader

    def _make_or_record(self, name: str, what: str, consequence: str) -> Any:
        """The backend ``name``, or None with the problem recorded (saying the ``consequence``) and logged: an
        optional model that cannot load never stops the service."""
        try:
            return make_backend(name)
        except (BackendUnavailable, UnknownBackend) as exc:
            self.problems.append(f"{exc}; {consequence}")
            log.warning("%s unavailable: %s", what, exc)
            return None

    def generator(self, name: str) -> TextGenerator:
        """A generator backend by registry name, loaded on first use and then kept."""
        with self._lock:
            if name not in self.generators:
                backend = make_backend(name)
                if not isinstance(backend, TextGenerator):
                    raise BackendUnavailable(f"backend {name!r} is not a text generator")
                self.generators[name] = backend
            return self.generators[name]

    def close(self) -> None:
        for backend in self.generators.values():
            close = getattr(backend, "close", None)
            if callable(close):
                close()
        self.generators.clear()


def load_models(
    embedder: str | None,
    parsers: list[str],
    *,
    deferred_parsers: Mapping[str, str] | Iterable[str] = (),
    strict: bool = False,
    claims_model: str | None = None,
    deferred_claims_model: str | None = None,
    deferred_institution_encoder: str | None = None,
    deferred_institution_reader: str | None = None,
) -> LoadedModels:
    """Build the configured backends; a missing optional one is recorded, not fatal, unless strict.

    ``deferred_parsers`` maps a language code to the parser backend loaded on its first document
    (the language registry knows which); a plain list of 'spacy-xx' names is read by their suffix.
    """
    if not isinstance(deferred_parsers, Mapping):
        deferred_parsers = {name.rpartition("-")[2]: name for name in deferred_parsers}
    loaded = LoadedModels(deferred_parsers=dict(deferred_parsers), deferred_claims_model=deferred_claims_model,
                          deferred_institution_encoder=deferred_institution_encoder,
                          deferred_institution_reader=deferred_institution_reader)
    if embedder:
        try:
            loaded.embedder = make_backend(embedder)  # type: ignore[assignment]
        except (BackendUnavailable, UnknownBackend) as exc:
            if strict:
                raise
            loaded.problems.append(str(exc))
            log.warning("embedder unavailable: %s", exc)
    for name in parsers:
        try:
            parser = make_backend(name)
        except (BackendUnavailable, UnknownBackend) as exc:
            if strict:
                raise
            loaded.problems.append(str(exc))
            log.warning("parser unavailable: %s", exc)
            continue
        loaded.parsers[parser.language] = parser  # type: ignore[attr-defined,assignment]
    if claims_model:
        try:
            loaded.claims_model = make_backend(claims_model)  # type: ignore[assignment]
        except (BackendUnavailable, UnknownBackend) as exc:
            if strict:
                raise
            loaded.problems.append(f"{exc}; claims use the rules' speakers")
            log.warning("claims model unavailable: %s", exc)
    return loaded
