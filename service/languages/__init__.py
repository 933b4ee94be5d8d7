"""The language registry: one folder per language code, found by listing this package.

Adding a language is a data change: a folder ``<code>/`` with an ``__init__.py`` that declares
``LANGUAGE`` and, for each stage it has rules for, a module named after that stage. See
CONTRIBUTING.md ("Add a language").
"""

from __future__ import annotations

import pkgutil
from functools import cache
from importlib import import_module
from types import ModuleType

from service.languages.base import PARTS, Language

__all__ = ["PARTS", "Language", "codes", "get_language", "is_supported", "part_of"]


@cache
def codes() -> frozenset[str]:
    """Every language code with a folder here: the languages wirecheck has rules for."""
    return frozenset(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg)


@cache
def get_language(code: str) -> Language | None:
    """The record of ``code``, or None for a language without a folder."""
    if code not in codes():
        return None
    package = f"{__name__}.{code}"
    declared: Language = import_module(package).LANGUAGE
    if declared.code != code:
        raise ValueError(f"{package} declares LANGUAGE.code {declared.code!r}; it must match the folder")
    return Language(declared.code, declared.name, declared.sentences, declared.parser, package)


def is_supported(code: str) -> bool:
    return code in codes()


def part_of(code: str, part: str) -> ModuleType | None:
    """The data module ``part`` of language ``code`` (its ``quotes.py`` …), or None when the
    language has no folder or the folder has no such module."""
    language = get_language(code)
    return language.part(part) if language is not None else None
