"""Conservative sentence trimming for extractive summaries: drop parts that carry no checkable fact.

Only three cuts, all outside quotation marks and only where the cut part holds no number or date:
an opening connective ("However,"), a non-restrictive relative clause (", which …,"), and a closing
participle or circumstance clause (", in light of …"). The result is still a sub-sequence of the
source sentence, so it stays supported by it.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from service.languages.common_summary import CLAUSE_OPENERS, TEMPORAL
from service.stages.checks.facts import extract_facts
from service.stages.summarize.lexicon import get_summary_words

_QUOTE_CHARS = "\"“”«»„‘’"
_HAS_FACT = re.compile(r"\d")
_ROLE_MAX_WORDS = 4  # "the parent company, ByteDance, rejected": the name is the fact, the role an aside
_LEAD_MAX_WORDS = 3
_PARTICIPLE_MIN_LEN = 6  # 'citing', not 'king'


def trim(text: str, language: str, protected: AbstractSet[str] = frozenset()) -> list[tuple[int, int]]:
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


def _cuts(text: str, language: str, protected: AbstractSet[str], offset: int = 0) -> list[tuple[int, int]]:
    words = get_summary_words(language)
    first = re.match(r"(\w+)\s+", text)
    if first and first.group(1).lower() in words.connectives and text[first.end():first.end() + 1].isalpha():
        # A sentence opening on a bare "And"/"But" leans on the one before it.
        rest = offset + first.end()
        return [(offset, rest)] + _cuts(text[first.end():], language, protected, offset=rest)
    commas = [m.start() for m in re.finditer(r",\s", text) if not _inside_quotes(text, m.start())]
    if not commas:
        return []
    cuts: list[tuple[int, int]] = []

    def cuttable(segment: str) -> bool:
        found = {w.lower() for w in re.findall(r"\w+", segment)}
        return not any(c in segment for c in _QUOTE_CHARS) and not _HAS_FACT.search(segment) and not found & protected

    lead = text[: commas[0]]
    lead_words = lead.split()
    names_in_lead = any(w[:1].isupper() for w in lead_words[1:])
    temporal = {w.lower().strip(",") for w in lead_words} & TEMPORAL
    opener = lead_words[0].lower() if lead_words else ""
    adverbial = opener in words.connectives or opener in words.prepositions or (
        bool(words.adverb_suffixes) and opener.endswith(words.adverb_suffixes)
    )
    if adverbial and len(lead_words) <= _LEAD_MAX_WORDS and cuttable(lead) and not names_in_lead and not temporal:
        cuts.append((0, _skip_space(text, commas[0] + 1)))
    for left, right in zip(commas, commas[1:]):
        middle = text[left + 1 : right].strip()
        appositive = words.appositive is not None and re.fullmatch(words.appositive, middle)
        if cuts and cuts[0][0] == 0 and left == commas[0]:
            continue  # the opener is already cut; what follows it is the subject, not an aside
        # Where relative pronouns are also articles (German), ', die Klägerin,' is an apposition naming
        # someone and ', die das Gesetz prüfen,' a clause, which ends on its (lower-case) verb.
        article = words.relatives_are_articles and (len(middle.split()) < 3 or not middle.split()[-1][:1].islower())
        if (middle.lower().startswith(words.relatives) or appositive) and cuttable(middle) and not article:
            # 'Linda Morrow, 71, who …, spent': after an age the clause's closing comma closes the age too.
            before = text[commas[commas.index(left) - 1] + 1 : left]
            inner = commas.index(left) > 0 and re.fullmatch(r"\s*\d{1,3}\s*", before)
            cuts.append((left, right) if inner else (left, right + 1 if text[right + 1 : right + 2] == " " else right))
    tail = text[commas[-1] + 1 :].strip()
    tail_body = tail.rstrip(".!?")
    tail_first = tail_body.split(" ", 1)[0].lower()
    participle = bool(words.participle_suffixes) and tail_first.endswith(words.participle_suffixes)
    trailing = tail_body.lower().startswith(words.trailing) or (participle and len(tail_first) >= _PARTICIPLE_MIN_LEN)
    if trailing and len(tail_body.split()) >= 4 and cuttable(tail_body) and not _attributes(tail_body, language):
        end = commas[-1] + 1 + text[commas[-1] + 1 :].find(tail_body) + len(tail_body)
        cuts.append((commas[-1], end))
    return [(s + offset, e + offset) for s, e in cuts]


def _attributes(clause: str, language: str) -> bool:
    """The clause names the source of the sentence ('according to his lawyer', 'citing police records'): cut, it
    would turn a disputed claim into the outlet's own statement."""
    from service.stages.quotes.lexicon import get_lexicon

    low = clause.lower()
    return low.split(" ", 1)[0] in _SOURCING or any(low.startswith(p + " ") for p in get_lexicon(language).source_preps)


# Participles that name a source the way 'according to' does.
_SOURCING = frozenset({"citing", "quoting", "citant", "citando", "citato", "zitierend"})


def _closing_cuts(text: str, language: str, protected: AbstractSet[str]) -> list[tuple[int, int]]:
    """A closing reporting clause that repeats the head's facts, or one that says no more was said."""
    words = get_summary_words(language)
    body_end = len(text.rstrip().rstrip(".!?"))
    pattern = rf",(\s*[”»\"’]?)\s+(?:{words.reporting})"
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
    filler = re.search(rf",\s+{words.filler}[^,;:]*$", text[:body_end], flags=re.IGNORECASE)
    if filler and not _HAS_FACT.search(filler.group()) and not any(c in filler.group() for c in _QUOTE_CHARS):
        found = {w.lower() for w in re.findall(r"\w+", filler.group())}
        if not found & protected and not _inside_quotes(text, filler.start()):
            return [(filler.start(), body_end)]
    return []


def _role_cuts(text: str, language: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop a lower-case role noun phrase set off before a name: 'the parent company, ByteDance, …'."""
    words = get_summary_words(language)
    determiners = "|".join(re.escape(d) for d in words.role_determiners)
    pattern = (rf"(?<![\w'’])(?:{determiners})(?:\s+|(?<='))(?:[^\W\d_A-Z][\w'’-]*\s+){{0,{_ROLE_MAX_WORDS - 1}}}"
               rf"[^\W\d_A-Z][\w'’-]*,\s+(?=(?:[A-Z][\w'’-]*\s*)+,)")
    out = []
    for match in re.finditer(pattern, text):
        start, end = match.start(), match.end()
        if _inside_quotes(text, start) or any(s <= start < e or s < end <= e for s, e in taken):
            continue
        before = text[:start].rstrip()
        # Only a role that opens a clause is the name's apposition; 'owns the app, TikTok,' may name the owner.
        if before and before[-1] != "," and before.split()[-1].lower() not in CLAUSE_OPENERS:
            continue
        if words.capitalised_nouns or any(w[:1].isupper() for w in match.group().split()):
            continue  # where nouns are capitalised, a role and a name look alike
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
