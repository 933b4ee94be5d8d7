"""Conservative sentence trimming for extractive summaries: drop parts that carry no checkable fact.

Only three cuts, all outside quotation marks and only where the cut part holds no number or date:
an opening connective ("However,"), a non-restrictive relative clause (", which …,"), and a closing
participle or circumstance clause (", in light of …"). The result is still a sub-sequence of the
source sentence, so it stays supported by it.
"""

from __future__ import annotations

import re

from service.stages.checks.facts import extract_facts
from service.stages.checks.lexicon import CONNECTIVES, for_language

_QUOTE_CHARS = "\"“”«»„‘’"
_HAS_FACT = re.compile(r"\d")
_RELATIVE = {"en": ("which", "who", "whose"), "fr": ("qui", "dont", "lequel", "laquelle"),
             "de": ("der", "die", "das", "welche", "welcher"), "es": ("que", "quien", "el cual", "la cual")}
_TRAILING = {"en": ("in light of", "amid", "in the wake of", "at a time when"),
             "fr": ("alors que", "dans un contexte", "sur fond de"),
             "de": ("während", "vor dem hintergrund"), "es": ("en medio de", "mientras")}
# A closing "…, warning that …" restates the speaker; it goes when it names nothing the head lacks.
_REPORTING = {
    "en": r"(?:warning|stressing|adding|saying|noting|insisting|explaining|arguing|stating|claiming|"
          r"emphasi[sz]ing|pointing out)\s+that",
    "fr": r"(?:soulignant|affirmant|ajoutant|estimant|précisant|assurant|avertissant|rappelant)\s+qu",
    "de": r"(?:und\s+)?(?:betonte|fügte|warnte|erklärte)\b",
    "es": r"(?:señalando|añadiendo|advirtiendo|subrayando|afirmando|asegurando|indicando)\s+que",
}
# A closing clause that only reports that nothing more was said ("but gave no details") carries no fact.
_FILLER = {
    "en": r"(?:but|without|though)\b.*\b(?:details?|elaborat\w*|comment\w*|specif\w*)\b",
    "fr": r"(?:mais|sans)\b.*\b(?:détails?|précisions?|commentaires?)\b",
    "de": r"(?:aber|ohne|jedoch)\b.*\b(?:einzelheiten|details?|angaben)\b",
    "es": r"(?:pero|sin)\b.*\b(?:detalles?|precisiones|comentarios?)\b",
}
# "the parent company, ByteDance, rejected": the name is the fact, the role before it an aside.
_ROLE_DETERMINERS = {"en": ("the", "its", "his", "her", "their"), "fr": ("le", "la", "les", "l'", "son", "sa"),
                     "de": ("der", "die", "das", "sein", "seine", "ihr", "ihre"), "es": ("el", "la", "los", "las", "su")}
_ROLE_MAX_WORDS = 4
_CLAUSE_OPENERS = frozenset("but and while as mais et alors que pero y mientras".split())
_LEAD_MAX_WORDS = 3
_PREPOSITIONS = {"en": ("in", "after", "as", "for", "at", "with"), "fr": ("en", "après", "pour", "dans"),
                 "de": ("in", "nach", "für"), "es": ("en", "tras", "para", "por")}
# An opening phrase with one of these dates the event ("Last week,"), so it stays.
_TEMPORAL = frozenset("year week month day today yesterday tomorrow ago last next earlier later "
                      "hier demain aujourd'hui semaine mois année gestern morgen heute woche "
                      "ayer mañana hoy semana".split())


def trim(text: str, language: str, protected: set[str] = frozenset()) -> list[tuple[int, int]]:
    """Kept (start, end) ranges of ``text``, in order; ``protected`` words (dates) block a cut."""
    cuts = _cuts(text, language, protected) + _closing_cuts(text, language, protected)
    cuts += _role_cuts(text, language, cuts)
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
        # German relative pronouns are also articles: ', die Klägerin,' is an apposition naming someone,
        # ', die das Gesetz prüfen,' a clause, which ends on its (lower-case) verb.
        german_article = lang == "de" and (len(middle.split()) < 3 or not middle.split()[-1][:1].islower())
        if (middle.lower().startswith(_RELATIVE[lang]) or appositive) and cuttable(middle) and not german_article:
            # 'Linda Morrow, 71, who …, spent': after an age the clause's closing comma closes the age too.
            inner = commas.index(left) > 0 and re.fullmatch(r"\s*\d{1,3}\s*", text[commas[commas.index(left) - 1] + 1 : left])
            cuts.append((left, right) if inner else (left, right + 1 if text[right + 1 : right + 2] == " " else right))
    tail = text[commas[-1] + 1 :].strip()
    tail_body = tail.rstrip(".!?")
    first = tail_body.split(" ", 1)[0].lower()
    trailing = tail_body.lower().startswith(_TRAILING[lang]) or (lang == "en" and first.endswith("ing") and len(first) > 5)
    if trailing and len(tail_body.split()) >= 4 and cuttable(tail_body):
        end = commas[-1] + 1 + text[commas[-1] + 1 :].find(tail_body) + len(tail_body)
        cuts.append((commas[-1], end))
    return [(s + offset, e + offset) for s, e in cuts]


def _closing_cuts(text: str, language: str, protected: set[str]) -> list[tuple[int, int]]:
    """A closing reporting clause that repeats the head's facts, or one that says no more was said."""
    lang = language if language in _REPORTING else "en"
    body_end = len(text.rstrip().rstrip(".!?"))
    pattern = rf",(\s*[”»\"’]?)\s+(?:{_REPORTING[lang]})"
    for match in re.finditer(pattern, text, flags=re.IGNORECASE):
        comma, closer = match.start(), match.group(1).strip()
        if _inside_quotes(text, comma) and not closer:
            continue
        head, tail = text[:comma], text[match.end():]
        if not _repeats(head, tail, language) or len(tail.split()) < 3:
            continue
        if closer:  # 'until November 12,” warning that …' keeps its closing quote mark
            quote_end = comma + 1 + match.group(1).index(closer) + 1
            return [(comma, comma + 1), (quote_end, len(text))]
        return [(comma, body_end)]
    filler = re.search(rf",\s+{_FILLER[lang]}[^,;:]*$", text[:body_end], flags=re.IGNORECASE)
    if filler and not _HAS_FACT.search(filler.group()) and not any(c in filler.group() for c in _QUOTE_CHARS):
        words = {w.lower() for w in re.findall(r"\w+", filler.group())}
        if not words & protected and not _inside_quotes(text, filler.start()):
            return [(filler.start(), body_end)]
    return []


def _role_cuts(text: str, language: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop a lower-case role noun phrase set off before a name: 'the parent company, ByteDance, …'."""
    lang = language if language in _ROLE_DETERMINERS else "en"
    determiners = "|".join(re.escape(d) for d in _ROLE_DETERMINERS[lang])
    pattern = (rf"(?<![\w'’])(?:{determiners})(?:\s+|(?<='))(?:[^\W\d_A-Z][\w'’-]*\s+){{0,{_ROLE_MAX_WORDS - 1}}}"
               rf"[^\W\d_A-Z][\w'’-]*,\s+(?=(?:[A-Z][\w'’-]*\s*)+,)")
    out = []
    for match in re.finditer(pattern, text):
        start, end = match.start(), match.end()
        if _inside_quotes(text, start) or any(s <= start < e or s < end <= e for s, e in taken):
            continue
        before = text[:start].rstrip()
        # Only a role that opens a clause is the name's apposition; 'owns the app, TikTok,' may name the owner.
        if before and before[-1] != "," and before.split()[-1].lower() not in _CLAUSE_OPENERS:
            continue
        if language == "de" or any(w[:1].isupper() for w in match.group().split()):
            continue  # German nouns are capitalised: a role and a name look alike
        close = text.index(",", end)  # the comma that closes the apposition goes too
        out += [(start, end), (close, close + 1)]
    return out


def _repeats(head: str, tail: str, language: str) -> bool:
    """Every name, number and date of ``tail`` is already in ``head``."""
    mine, theirs = extract_facts(tail, language), extract_facts(head, language)
    compact = re.sub(r"\W", "", head.lower())  # 'Tik Tok' in the head is the tail's 'TikTok'
    return (all(name in theirs.names or name in compact for name in mine.names)
            and mine.numbers <= theirs.numbers and mine.months <= theirs.months and mine.weekdays <= theirs.weekdays)


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
