"""Layer 6 beyond exact variants: agency names MT half-translates or paraphrases."""

from __future__ import annotations

import re

from service.contracts import Artifact
from service.stages.artifacts.gazetteer import Gazetteer
from service.stages.artifacts.names import Mention

# A source-language word for "agency" glued before an agency's name ("Agencia EFE" reads fine in Spanish only).
_FOREIGN_AGENCY_WORD = re.compile(r"\b(?:Agencia|Agentur|Agence|Agenzia|Agência|Agencja|Agentschap)(?: de)?\s+$")
_ENGLISH_AGENCY_WORD = re.compile(r"\b(?:Agency)\s+$")
_NATIVE_AGENCY_WORD = {
    "es": "Agencia", "de": "Agentur", "fr": "Agence", "it": "Agenzia", "pt": "Agência", "pl": "Agencja",
}
# "French Press Agency", "American News Agency": a description MT turns into a name.
_DESCRIBED = re.compile(r"\b(?P<demonym>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Press|News) Agency\b")


def find_agency_paraphrases(text: str, gaz: Gazetteer, mentions: list[Mention], language: str) -> list[Artifact]:
    out: list[Artifact] = []
    for m in mentions:
        if m.entry.type != "agency":
            continue
        before = text[max(0, m.start - 20) : m.start]
        hit = _FOREIGN_AGENCY_WORD.search(before) or (language == "en" and _ENGLISH_AGENCY_WORD.search(before))
        if hit and not (language in _NATIVE_AGENCY_WORD and hit.group().startswith(_NATIVE_AGENCY_WORD[language])):
            start = m.start - len(before) + hit.start()
            out.append(_artifact(text, start, m.end, m.entry.name, 0.85,
                                 f"'{hit.group().strip()}' is the source language's word for 'agency'"))
    if language == "en":
        for m in mentions:
            tail = re.match(r" Agency\b", text[m.end : m.end + 8])
            if m.entry.type == "agency" and tail and not gaz.lookup(m.surface + " Agency"):
                end = m.end + tail.end()
                out.append(_artifact(text, m.start, end, m.entry.name, 0.8,
                                     f"'{text[m.start:end]}' adds 'Agency' to the agency's name"))
        demonyms = _demonyms(gaz)
        for match in _DESCRIBED.finditer(text):
            country = demonyms.get(match.group("demonym"))
            agency = gaz.agencies_by_country.get(country) if country else None
            after = text[match.end() : match.end() + 40]
            if agency is None or any(f in after[:len(f) + 2] for f in (agency.name, *agency.aliases)):
                continue  # "the French News Agency AFP" names the agency anyway
            why = f"'{match.group()}' describes the {country} agency {agency.name} instead of naming it"
            out.append(_artifact(text, match.start(), match.end(), agency.name, 0.8, why))
    return out


def _demonyms(gaz: Gazetteer) -> dict[str, str]:
    cached = getattr(gaz, "_demonym_index", None)
    if cached is None:
        cached = {d: e.country for e in gaz.entries if e.type == "country" for d in e.demonyms}
        gaz._demonym_index = cached
    return cached


def _artifact(text: str, start: int, end: int, suggestion: str, confidence: float, why: str) -> Artifact:
    return Artifact(surface=text[start:end], start=start, end=end, category="agency_name", suggestion=suggestion,
                    confidence=confidence, explanation=why, severity="warning")
