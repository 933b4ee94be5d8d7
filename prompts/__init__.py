"""Versioned prompt templates, shipped as package data and read with importlib.resources."""

from __future__ import annotations

from importlib import resources
from string import Template


def load_prompt(name: str) -> str:
    """The text of a prompt file, e.g. ``load_prompt("summarize.v1.txt")``; ``.txt`` may be omitted."""
    filename = name if name.endswith(".txt") else f"{name}.txt"
    path = resources.files(__package__).joinpath(filename)
    if not path.is_file():
        available = sorted(p.name for p in resources.files(__package__).iterdir() if p.name.endswith(".txt"))
        raise FileNotFoundError(f"no prompt {name!r}; available: {', '.join(available)}")
    return path.read_text(encoding="utf-8")


def render_prompt(name: str, **values: object) -> str:
    """A prompt with its ``$placeholders`` filled; a missing value is an error, not a blank."""
    return Template(load_prompt(name)).substitute({k: str(v) for k, v in values.items()})
