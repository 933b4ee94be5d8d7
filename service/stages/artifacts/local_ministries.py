"""Ministry terms in Spanish and French copy: "Ministerio de Comercio" / "ministère du Commerce" for a US department.

Spanish and French news name US departments "Departamento de ..." / "département du ...", and MT
from ministry languages says "Ministerio" / "ministère". The suggestion is the department's name in
the text's own language (the gazetteer's ``names``); a later bare "el ministerio" / "le ministère"
follows the last one resolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from service.contracts import Artifact, Document
from service.stages.artifacts.gazetteer import Entry, Gazetteer


@dataclass(frozen=True)
class LocalTerms:
    """One language's ministry phrase, its function words, and the bare back-reference."""

    ministry: re.Pattern
    functions: dict[str, str]
    bare: re.Pattern


def _terms(head: str, articles: str, functions: dict[str, str], bare: str) -> LocalTerms:
    names = "|".join(sorted((re.escape(k) for k in functions), key=len, reverse=True))
    return LocalTerms(re.compile(rf"\b{head} (?:{articles})?(?P<a>{names})(?!\w)", re.IGNORECASE), functions,
                      re.compile(bare))


LOCAL_TERMS = {
    "es": _terms(
        "[Mm]inisterio", "de(?:l| la| las| los)? ",
        {"comercio": "commerce", "relaciones exteriores": "foreign", "asuntos exteriores": "foreign",
         "exteriores": "foreign", "justicia": "justice", "defensa": "defense", "hacienda": "finance",
         "finanzas": "finance", "energía": "energy", "educación": "education", "trabajo": "labor",
         "agricultura": "agriculture", "salud": "health", "transporte": "transport"},
        r"\b(?:[Ee]l|[Dd]el|[Aa]l|[Uu]n) (?P<m>ministerio)\b",
    ),
    "fr": _terms(
        "[Mm]inist[èe]re", "de la |de l['’]|des |du |de ",
        {"commerce": "commerce", "commerce extérieur": "commerce", "affaires étrangères": "foreign",
         "justice": "justice", "défense": "defense", "armées": "defense", "finances": "finance",
         "économie et des finances": "finance", "trésor": "finance", "énergie": "energy",
         "éducation": "education", "éducation nationale": "education", "travail": "labor",
         "agriculture": "agriculture", "santé": "health", "transports": "transport"},
        r"\b(?:[Ll]e|[Dd]u|[Aa]u|[Uu]n) (?P<m>ministère)\b",
    ),
}

# Spanish and French put the country's adjective after the noun; these endings make demonyms.
_ADJECTIVE_AFTER = re.compile(
    r"\s+([a-zà-ÿ]+(?:ano|ana|anos|anas|eno|ena|enos|enas|ino|ina|és|esa|eses|esas|ol|ola|oles|olas|ense|enses"
    r"|ain|aine|ains|aines|ais|aise|ien|ienne|iens|iennes|ois|oise|and|ande|in|ine))\b"
)
_US_ADJECTIVES = {"américain", "américaine", "américains", "américaines", "estadounidense", "estadounidenses",
                  "norteamericano", "norteamericana", "norteamericanos", "norteamericanas"}

CountryFor = Callable[[int, int, str | None], tuple[str | None, float]]


def find_local_ministries(doc: Document, gaz: Gazetteer, country_for: CountryFor) -> list[Artifact]:
    """Ministry terms for bodies of department countries, with the local department name as the fix."""
    terms = LOCAL_TERMS[doc.language]
    text, language = doc.text, doc.language
    out: list[Artifact] = []
    resolved: list[tuple[int, int, Entry]] = []
    for m in terms.ministry.finditer(text):
        function = terms.functions[m.group("a").lower()]
        after = _ADJECTIVE_AFTER.match(text, m.end())
        if after and after.group(1).lower() not in _US_ADJECTIVES:
            continue  # "el Ministerio de Defensa chileno": the adjective names the ministry's own country
        country, confidence = ("US", 0.95) if after else country_for(m.start(), m.end(), function)
        entry = gaz.institutions.get((country, function)) if country else None
        if entry is None or country is None or gaz.style_of(country) != "department" or confidence < 0.7:
            continue
        if language not in entry.names:
            continue  # no local name to offer: an English one would be a wrong fix in this text
        name = _cased(entry.display(language), m.group(), language)
        resolved.append((m.start(), m.end(), entry))
        out.append(Artifact(surface=m.group(), start=m.start(), end=m.end(), category="institution_term",
                            suggestion=name, confidence=confidence, severity="warning",
                            explanation=f"the {country} body is the {entry.display(language)}, not a ministry"))
    for m in terms.bare.finditer(text):
        s, e = m.start("m"), m.end("m")
        earlier = [r for r in resolved if r[1] <= s]
        if earlier and not any(a <= s < b for a, b, _ in resolved):
            entry = earlier[-1][2]
            out.append(Artifact(surface=text[s:e], start=s, end=e, category="institution_term",
                                suggestion=_cased(entry.display(language), text[s:e], language), confidence=0.85,
                                severity="warning",
                                explanation=f"the story's ministry is the US {entry.display(language)}"))
    return out


def _cased(name: str, surface: str, language: str) -> str:
    """French writes "le département du Commerce" mid-sentence: follow the surface's first letter."""
    if language == "fr" and surface[:1] == "m" and name[:1].isupper() and not name.split()[0].isupper():
        return name[0].lower() + name[1:]
    return name
