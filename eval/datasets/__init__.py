"""Dataset registry: name -> "module:function" loader, imported only when that dataset is asked for.

A loader is ``load(path: Path | None, limit: int | None) -> list[dict]`` and returns documents in
the reference dict shape (see eval/references/SCHEMA.md): ``id``, ``language`` and ``text`` are
required; every other key is optional, and a *missing* key means "not annotated" (the document is
left out of that metric), while an empty list means "annotated: there are none".
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

Loader = Callable[[Path | None, int | None], list[dict]]

DATASETS: dict[str, str] = {
    "references": "eval.datasets.references:load",
    "polnear": "eval.datasets.polnear:load",
    "german-quotes": "eval.datasets.german_quotes:load",
    "injected": "eval.datasets.injected:load",
    "support": "eval.datasets.support:load",
    # Support items made by rule in nine languages from the references and eval/multilingual (eval/support_eval.py).
    "support-rules": "eval.datasets.support_rules:load",
    # Claims-only articles in many languages, marked up by hand (eval/multilingual/*.txt).
    "multilingual": "eval.datasets.marked:load",
}
# Datasets that are not documents for the pipeline, scored by their own runner: name -> "module:function",
# a runner being ``run(path, out_dir, embedder_factory=None, limit=None, progress=True) -> report dict``.
RUNNERS: dict[str, str] = {
    # The claim store's related claims on a labelled claim-matching set (eval/claim_matching/).
    "claim-matching": "eval.claim_matching_eval:run",
}


class DatasetUnavailable(LookupError):
    """The dataset name is unknown, or its loader module is not installed."""


def get_loader(name: str) -> Loader:
    """The loader registered under ``name``; a literal "module:function" is accepted too."""
    target = DATASETS.get(name) or (name if ":" in name else None)
    if name in RUNNERS:
        raise DatasetUnavailable(f"dataset {name!r} has no documents to load; it is scored by {RUNNERS[name]}")
    if target is None:
        raise DatasetUnavailable(f"unknown dataset {name!r}; known: {', '.join(sorted(DATASETS | RUNNERS))}")
    module_name, _, function = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            raise DatasetUnavailable(
                f"dataset {name!r} is registered as {target} but module {module_name} is not installed"
            ) from exc
        raise
    loader = getattr(module, function, None)
    if not callable(loader):
        raise DatasetUnavailable(f"dataset {name!r}: {module_name} has no function {function!r}")
    return loader


def get_runner(name: str) -> Callable[..., dict] | None:
    """The runner of a dataset scored outside the pipeline harness, or None for a document dataset."""
    target = RUNNERS.get(name)
    if target is None:
        return None
    module_name, _, function = target.partition(":")
    runner: Callable[..., dict] = getattr(importlib.import_module(module_name), function)
    return runner


def load_dataset(name: str, path: Path | str | None = None, limit: int | None = None) -> list[dict]:
    """Documents of one dataset, checked for the three keys every metric needs."""
    documents = get_loader(name)(Path(path) if path is not None else None, limit)
    if not documents and limit != 0:
        # An empty or wrong folder would otherwise score as a run of 0 documents, which reads like success.
        where = f"under {path}" if path is not None else "in its default folder"
        raise DatasetUnavailable(f"dataset {name!r} found no documents {where}; is it the right --path?")
    for doc in documents:
        missing = [key for key in ("id", "language", "text") if not doc.get(key)]
        if missing:
            raise ValueError(f"dataset {name!r}: document {doc.get('id', '?')!r} lacks {missing}")
    return documents[:limit] if limit is not None else documents
