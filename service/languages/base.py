"""What wirecheck knows about one language: its capabilities and where its data lives.

A language is a folder ``service/languages/<code>/`` (as spaCy's ``lang/xx/``). Its
``__init__.py`` declares a ``LANGUAGE`` record; each stage that has data for it finds a module of
the stage's name beside it (``quotes.py`` for the claims rules, ``checks.py`` …). Stages own the
shape of their data (the quotes ``Lexicon``, the checks word lists); the folder only fills it in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType

# The parts a language folder may provide, and what the user is warned of when one is missing
# (None: the neutral fallback is good enough to need no warning).
PARTS: dict[str, str | None] = {
    "quotes": "claims come from quote marks only, with no speakers or cues",
    "checks": "date, figure and negation checks read the English word lists",
    "summary": None,
}


@dataclass(frozen=True)
class Language:
    """One language's record; ``parts`` are looked up lazily, so declaring costs nothing."""

    code: str
    name: str
    # pysbd's sentence rules for this language; None: the neutral (English) boundary rules.
    sentences: str | None = None
    # The registry name of a dependency parser that helps the claims rules (models/registry.py).
    parser: str | None = None
    # Where per-stage data modules live; set by the registry to this folder's package.
    package: str = field(default="", compare=False)

    def has(self, part: str) -> bool:
        """Whether this folder ships data for ``part`` (a module named after the stage)."""
        if not self.package:
            return False
        try:
            return find_spec(f"{self.package}.{part}") is not None
        except ModuleNotFoundError:  # the folder itself is gone
            return False

    def part(self, part: str) -> ModuleType | None:
        """The data module for ``part``, imported on first use; None when the folder has none."""
        if not self.has(part):
            return None
        return import_module(f"{self.package}.{part}")

    @property
    def capabilities(self) -> dict[str, bool]:
        """What the stages can do for this language: sentence rules, parser and data parts."""
        caps = {"sentences": self.sentences is not None, "parser": self.parser is not None}
        caps.update({part: self.has(part) for part in PARTS})
        return caps

    def gaps(self) -> list[str]:
        """One user-facing line per missing data part, for the analysis warnings."""
        return [f"{self.name}: {effect}" for part, effect in PARTS.items()
                if effect is not None and not self.has(part)]
