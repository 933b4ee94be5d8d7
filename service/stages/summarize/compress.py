"""Conservative sentence trimming for extractive summaries: drop parts that carry no checkable fact.

Only three cuts, all outside quotation marks and only where the cut part holds no number or date:
an opening connective ("However,"), a non-restrictive relative clause (", which …,"), and a closing
participle or circumstance clause (", in light of …"). The result is still a sub-sequence of the
source sentence, so it stays supported by it.
"""

from __future__ import annotations

import re

from service.stages.checks.lexicon import CONNECTIVES, for_language

_QUOTE_CHARS = "\"“”«»„‘’"
_HAS_FACT = re.compile(r"\d")
_RELATIVE = {"en": ("which", "who", "whose"), "fr": ("qui", "dont", "lequel", "laquelle"),
             "de": ("der", "die", "das", "welche", "welcher"), "es": ("que", "quien", "el cual", "la cual")}
_TRAILING = {"en": ("in light of", "amid", "in the wake of", "at a time when"),
             "fr": ("alors que", "dans un contexte", "sur fond de"),
             "de": ("während", "vor dem hintergrund"), "es": ("en medio de", "mientras")}
_LEAD_MAX_WORDS = 3
_PREPOSITIONS = {"en": ("in", "after", "as", "for", "at", "with"), "fr": ("en", "après", "pour", "dans"),
                 "de": ("in", "nach", "für"), "es": ("en", "tras", "para", "por")}
# An opening phrase with one of these dates the event ("Last week,"), so it stays.
_TEMPORAL = frozenset("year week month day today yesterday tomorrow ago last next earlier later "
                      "hier demain aujourd'hui semaine mois année gestern morgen heute woche "
                      "ayer mañana hoy semana".split())


def trim(text: str, language: str, protected: set[str] = frozenset()) -> list[tuple[int, int]]:
    """Kept (start, end) ranges of ``text``, in order; ``protected`` words (dates) block a cut."""
    cuts = _cuts(text, language, protected)
    kept, cursor = [], 0
    for start, end in sorted(cuts):
        if start > cursor:
            kept.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < len(text):
        kept.append((cursor, len(text)))
    return [(s, e) for s, e in kept if text[s:e].strip()]


def _cuts(text: str, language: str, protected: set[str], offset: int = 0) -> list[tuple[int, int]]:
    lang = language if language in _RELATIVE else "en"
    first = re.match(r"(\w+)\s+", text)
    if first and first.group(1).lower() in for_language(CONNECTIVES, language) and text[first.end():first.end() + 1].isalpha():
        # A sentence opening on a bare "And"/"But" leans on the one before it.
        rest = offset + first.end()
        return [(offset, rest)] + _cuts(text[first.end():], language, protected, offset=rest)
    commas = [m.start() for m in re.finditer(r",\s", text) if not _inside_quotes(text, m.start())]
    if not commas:
        return []
    cuts: list[tuple[int, int]] = []

    def cuttable(segment: str) -> bool:
        words = {w.lower() for w in re.findall(r"\w+", segment)}
        return not any(c in segment for c in _QUOTE_CHARS) and not _HAS_FACT.search(segment) and not words & protected

    lead = text[: commas[0]]
    lead_words = lead.split()
    names_in_lead = any(w[:1].isupper() for w in lead_words[1:])
    temporal = {w.lower().strip(",") for w in lead_words} & _TEMPORAL
    opener = lead_words[0].lower() if lead_words else ""
    adverbial = opener in for_language(CONNECTIVES, language) or opener in _PREPOSITIONS.get(lang, ()) or (
        lang == "en" and opener.endswith("ly")
    )
    if adverbial and len(lead_words) <= _LEAD_MAX_WORDS and cuttable(lead) and not names_in_lead and not temporal:
        cuts.append((0, _skip_space(text, commas[0] + 1)))
    for left, right in zip(commas, commas[1:]):
        middle = text[left + 1 : right].strip()
        appositive = lang == "en" and re.fullmatch(r"(?:the|an?) [a-z' -]+ (?:that|which|who) [a-z' -]+", middle)
        if cuts and cuts[0][0] == 0 and left == commas[0]:
            continue  # the opener is already cut; what follows it is the subject, not an aside
        if (middle.lower().startswith(_RELATIVE[lang]) or appositive) and cuttable(middle):
            cuts.append((left, right + 1 if text[right + 1 : right + 2] == " " else right))
    tail = text[commas[-1] + 1 :].strip()
    tail_body = tail.rstrip(".!?")
    first = tail_body.split(" ", 1)[0].lower()
    trailing = tail_body.lower().startswith(_TRAILING[lang]) or (lang == "en" and first.endswith("ing") and len(first) > 5)
    if trailing and len(tail_body.split()) >= 4 and cuttable(tail_body):
        end = commas[-1] + 1 + text[commas[-1] + 1 :].find(tail_body) + len(tail_body)
        cuts.append((commas[-1], end))
    return [(s + offset, e + offset) for s, e in cuts]


def _inside_quotes(text: str, position: int) -> bool:
    before = text[:position]
    if "„" in before:  # German opens low and closes with the English opening mark
        opened, closed = before.count("„"), before.count("“")
    else:
        opened = before.count("“") + before.count("«")
        closed = before.count("”") + before.count("»")
    return opened > closed or before.count('"') % 2 == 1


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index
