"""One registry of model backends: a plain dict of name -> spec, as small as sumy's.

A name may carry an argument after a colon (``seq2seq:/path/to/model``); the factory gets it.
Nothing here imports a heavy library: factories import lazily, so listing backends is cheap.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from models.base import BackendUnavailable, UnknownBackend

Kind = Literal["embedder", "parser", "generator", "encoder", "claims", "scorer"]


@dataclass(frozen=True)
class BackendSpec:
    name: str
    kind: Kind
    description: str
    requires: tuple[str, ...]
    install_hint: str
    factory: Callable[[str | None], object]
    needs_argument: bool = False
    # For trained backends: version and training data, read from the shipped model card (cheap, no load).
    about: Callable[[], dict] | None = None

    def missing(self) -> list[str]:
        return [mod for mod in self.requires if importlib.util.find_spec(mod) is None]

    def available(self) -> bool:
        return not self.missing()


REGISTRY: dict[str, BackendSpec] = {}


def register(spec: BackendSpec) -> BackendSpec:
    REGISTRY[spec.name] = spec
    return spec


def get_spec(name: str) -> tuple[BackendSpec, str | None]:
    """Split ``name[:argument]`` and find its spec, or raise a helpful ``UnknownBackend``."""
    _register_builtins()
    base, _, argument = name.partition(":")
    spec = REGISTRY.get(base)
    if spec is None:
        known = ", ".join(sorted(REGISTRY))
        raise UnknownBackend(f"unknown backend {name!r}; known backends: {known}")
    return spec, (argument or None)


def make_backend(name: str) -> object:
    """Build a backend by registered name, failing with what to install or pass."""
    spec, argument = get_spec(name)
    missing = spec.missing()
    if missing:
        raise BackendUnavailable(
            f"backend {spec.name!r} needs {', '.join(missing)}: {spec.install_hint}"
        )
    if spec.needs_argument and not argument:
        raise BackendUnavailable(f"backend {spec.name!r} needs an argument: {spec.install_hint}")
    return spec.factory(argument)


def list_backends() -> list[BackendSpec]:
    _register_builtins()
    return [REGISTRY[name] for name in sorted(REGISTRY)]


_BUILTINS_DONE = False


def _register_builtins() -> None:
    # Registration imports only the small backend modules, never torch or spaCy themselves.
    global _BUILTINS_DONE
    if _BUILTINS_DONE:
        return
    _BUILTINS_DONE = True
    from models import spacy_parser, use_embedder  # noqa: F401  (modules register themselves)

    for optional in ("models.seq2seq", "models.llm_gguf", "models.lm_likelihood", "models.e5_encoder",
                     "models.claims.backend"):
        if importlib.util.find_spec(optional) is not None:
            importlib.import_module(optional)
