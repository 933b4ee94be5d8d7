"""What backends exist, which can load here, and what to install when one cannot."""

from __future__ import annotations

from models.loader import LoadedModels
from models.registry import list_backends
from service.schemas import BackendPublic

# The extractive summarizer is not a model backend but users choose it like one.
_EXTRACTIVE = BackendPublic(
    name="extractive",
    kind="summarizer",
    description="multilingual extractive summary: centrality + position + redundancy (MMR)",
    available=True,
    loaded=True,
)


def describe_backends(loaded: LoadedModels | None = None) -> list[BackendPublic]:
    names_loaded: set[str] = set()
    if loaded is not None:
        if loaded.embedder is not None:
            names_loaded.add(loaded.embedder.name)
        names_loaded.update(f"spacy-{lang}" for lang in loaded.parsers)
        names_loaded.update(name.partition(":")[0] for name in loaded.generators)
        if loaded.claims_model is not None:
            names_loaded.add(getattr(loaded.claims_model, "name", ""))
    out = [_EXTRACTIVE]
    for spec in list_backends():
        available = spec.available()
        hint = None if available and not spec.needs_argument else spec.install_hint
        details = spec.about() if spec.about is not None else None
        out.append(
            BackendPublic(
                name=spec.name,
                kind=spec.kind,
                description=spec.description,
                available=available,
                loaded=spec.name in names_loaded,
                install_hint=hint,
                version=details.get("version") if details else None,
                details=details,
            )
        )
    return out
