"""The entity gazetteer: loading, validation and the lookup indexes the detectors share."""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from service.stages.artifacts.text import fold, key_of

if TYPE_CHECKING:
    from service.stages.artifacts.fuzzy import _Targets

BUNDLED = Path(__file__).with_name("gazetteer.jsonl")
EXTRA_ENV = "WIRECHECK_GAZETTEER_EXTRA"
TYPES = {"country", "institution", "international", "agency", "company", "person", "city"}
_LIST_FIELDS = ("aliases", "variants", "demonyms", "cues", "cities")
_LEADING_THE = ("the",)
# Generic words inside agency names that MT translates while leaving the rest ("Agentur France Presse").
_AGENCY_WORDS = {
    "agence": ("Agency", "Agentur", "Agencia", "Agenzia", "Agência"),
    "agency": ("Agence", "Agentur", "Agencia", "Agenzia"),
    "presse": ("Press", "Prensa", "Stampa", "Imprensa"),
    "press": ("Presse", "Prensa", "Stampa"),
    "news": ("Nachrichten", "Noticias", "Notizie", "Nouvelles"),
}


class GazetteerError(ValueError):
    """A gazetteer file that does not follow the format in README.md."""


@dataclass(frozen=True)
class Entry:
    """One entity: its canonical English name, accepted forms and known bad variants."""

    name: str
    type: str
    country: str
    aliases: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    names: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    demonyms: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    # Cities other than the seat of government: country evidence, but a ministry is not "in Benghazi".
    cities: tuple[str, ...] = ()
    style: str | None = None
    # A department country whose department heads are ministers (Canada's "Foreign Minister", Australia's "Defence
    # Minister"): wire copy calls their offices ministries too.
    ministers: bool = False
    # False for a country whose English name is more often something else in US news ("Georgia", the state): its
    # demonyms and capital still locate it, its name does not.
    name_cue: bool = True
    # True for a country whose legislature is a Congress (Colombia, the Philippines, Spain's Congress of Deputies): in
    # a story datelined there, a bare "Congress" is its own, not a sign of the US.
    congress: bool = False
    function: str | None = None
    title: str | None = None

    def accepted(self, language: str = "en") -> list[str]:
        """Forms that are correct in a text of this language, canonical first."""
        return [*self.names.get(language, ()), self.name, *self.aliases]

    def display(self, language: str = "en") -> str:
        native = self.names.get(language)
        return native[0] if native and language != "en" else self.name


@dataclass(frozen=True)
class Form:
    """An indexed surface form: which entry it names and whether it is correct ("accepted") or not."""

    text: str
    entry: Entry
    kind: str  # canonical | alias | variant | foreign
    language: str | None = None


def validate_record(record: object, where: str) -> list[str]:
    """Human-readable problems with one JSON record (empty when it is fine)."""
    if not isinstance(record, dict):
        return [f"{where}: not a JSON object"]
    problems = []
    for key in ("name", "type", "country"):
        value = record.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}: '{key}' must be a non-empty string")
    if record.get("type") not in TYPES:
        problems.append(f"{where}: 'type' must be one of {sorted(TYPES)}")
    for key in _LIST_FIELDS:
        value = record.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(f"{where}: '{key}' must be a list of non-empty strings")
    names = record.get("names", {})
    if not isinstance(names, dict) or not all(
        isinstance(v, str) or (isinstance(v, list) and v and all(isinstance(x, str) for x in v)) for v in names.values()
    ):
        problems.append(f"{where}: 'names' must map language codes to a string or a list of strings")
    for flag in ("ministers", "name_cue", "congress"):
        if not isinstance(record.get(flag, False), bool):
            problems.append(f"{where}: '{flag}' must be true or false")
    return problems


def read_records(path: Path) -> list[dict]:
    """Records of a JSON-lines file (one object a line) or a JSON array file; raises on bad input."""
    text = Path(path).read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("["):
        records = json.loads(stripped)
    else:
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise GazetteerError(f"{path}:{number}: {exc}") from exc
    problems = [p for i, r in enumerate(records, 1) for p in validate_record(r, f"{path}#{i}")]
    if problems:
        raise GazetteerError("; ".join(problems[:10]))
    return records


def to_entry(record: dict) -> Entry:
    return Entry(
        name=record["name"].strip(),
        type=record["type"],
        country=record["country"],
        aliases=tuple(record.get("aliases", ())),
        variants=tuple(record.get("variants", ())),
        names={k: (v,) if isinstance(v, str) else tuple(v) for k, v in record.get("names", {}).items()},
        demonyms=tuple(record.get("demonyms", ())),
        cues=tuple(record.get("cues", ())),
        cities=tuple(record.get("cities", ())),
        style=record.get("style"),
        ministers=bool(record.get("ministers", False)),
        name_cue=bool(record.get("name_cue", True)),
        congress=bool(record.get("congress", False)),
        function=record.get("function"),
        title=record.get("title"),
    )


class Gazetteer:
    """Entries plus the indexes built once: n-gram keys, country cues and institutions."""

    # Indexes the artifact layers build on first use and keep here (unset until then; read with getattr).
    _first_keys: set[str]
    _swapped_cache: dict[str, dict[tuple[str, ...], Form]]
    _split_cache: dict[str, tuple[dict[str, str], dict[str, str]]]
    _demonym_index: dict[str, str]
    _person_keys: set[tuple[str, ...]]
    _cue_texts: dict[tuple[str, ...], str]
    _cabinet_titles: tuple[re.Pattern, dict[str, tuple[str, str]]]
    _given_and_surnames: dict[tuple[str, str], str]
    _first_names: frozenset[str]
    _fuzzy_cache: dict[str, _Targets]

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.forms: dict[tuple[str, ...], list[Form]] = defaultdict(list)
        self.country_cues: dict[tuple[str, ...], str] = {}
        self.institutions: dict[tuple[str, str], Entry] = {}
        self.countries: dict[str, Entry] = {}
        self.city_keys: set[tuple[str, ...]] = set()
        self.agencies_by_country: dict[str, Entry] = {}
        for entry in entries:
            self._index(entry)
        self.max_len = max((len(k) for k in self.forms), default=1)
        self.cue_max_len = max((len(k) for k in self.country_cues), default=1)

    def _add(self, text: str, entry: Entry, kind: str, language: str | None = None) -> None:
        key = key_of(text)
        if key[:1] == _LEADING_THE and len(key) > 1:
            key = key[1:]
            text = text.split(None, 1)[1]
        if key and not any(f.text == text and f.entry is entry and f.kind == kind for f in self.forms.get(key, ())):
            self.forms[key].append(Form(text, entry, kind, language))

    def _index(self, entry: Entry) -> None:
        self._add(entry.name, entry, "canonical")
        for alias in entry.aliases:
            self._add(alias, entry, "alias")
        for variant in entry.variants:
            self._add(variant, entry, "variant")
        for language, names in entry.names.items():
            for name in names:
                self._add(name, entry, "foreign", language)
        if entry.type == "agency":
            for form in derived_agency_forms(entry):
                self._add(form, entry, "variant")
        if entry.type == "country":
            self.countries[entry.country] = entry
            names = (entry.name, *entry.aliases) if entry.name_cue else ()
            for cue in (*names, *entry.demonyms, *entry.cues, *entry.cities):
                self.country_cues.setdefault(key_of(cue.removeprefix("the ")), entry.country)
            self.city_keys.update(key_of(city) for city in entry.cities)
        elif entry.type == "institution" and entry.function:
            self.institutions.setdefault((entry.country, entry.function), entry)
        elif entry.type == "agency":
            self.agencies_by_country.setdefault(entry.country, entry)
        if entry.type == "person" and entry.country not in ("INT", "VA"):
            # Leaders locate an institution's country nearly as well as the country's name.
            for form in (entry.name, *entry.aliases):
                self.country_cues.setdefault(key_of(form), entry.country)

    def lookup(self, phrase: str) -> list[Form]:
        return list(self.forms.get(key_of(phrase), []))

    def style_of(self, country: str) -> str | None:
        entry = self.countries.get(country)
        return entry.style if entry else None

    def has_congress(self, country: str | None) -> bool:
        """The country's legislature is called Congress (its own "Congress" is no US cue in its stories)."""
        entry = self.countries.get(country) if country else None
        return entry is not None and entry.congress

    def has_ministers(self, country: str) -> bool:
        """The country's office holders are ministers: a ministry country, or a department country whose heads are
        ministers ("Canada's foreign minister"), so a title next to it is its own, not the US's."""
        entry = self.countries.get(country)
        return entry is not None and (entry.ministers or entry.style == "ministry")


def derived_agency_forms(entry: Entry) -> list[str]:
    """An agency's multi-word names with one generic word swapped for its translation."""
    out = []
    for form in (entry.name, *entry.aliases, *(n for names in entry.names.values() for n in names)):
        words = form.replace("-", " ").split()
        if len(words) < 2:
            continue
        for i, word in enumerate(words):
            for swap in _AGENCY_WORDS.get(fold(word), ()):
                out.append(" ".join(words[:i] + [swap] + words[i + 1 :]))
    return out


def extra_paths() -> tuple[str, ...]:
    raw = os.environ.get(EXTRA_ENV, "")
    return tuple(p for p in raw.split(os.pathsep) if p.strip())


def load_gazetteer(paths: tuple[str | Path, ...] = ()) -> Gazetteer:
    """The bundled gazetteer plus extra files (entries with a known name replace the bundled one)."""
    by_name: dict[tuple[str, str], Entry] = {}
    for path in (BUNDLED, *paths):
        for record in read_records(Path(path)):
            entry = to_entry(record)
            by_name[(fold(entry.name), entry.country)] = entry
    return Gazetteer(list(by_name.values()))


@lru_cache(maxsize=4)
def _cached(paths: tuple[str, ...]) -> Gazetteer:
    return load_gazetteer(paths)


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer; extra files come from $WIRECHECK_GAZETTEER_EXTRA (os.pathsep list)."""
    return _cached(extra_paths())
