"""Speaker phrases next to a cue: subjects before it, inverted subjects after it, appositions,
relative pronouns and compact source phrases ('Laut Polizei', 'ersten Angaben zufolge')."""

from __future__ import annotations

import re
from functools import lru_cache

from service.languages import common
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.name_gender import given_names
from service.tokens import PUNCT_BOUNDARY, TokenIndex, is_stop_mark

_MAX_NP = 20


@lru_cache(maxsize=16)
def _clitic_pattern(clitics: tuple[str, ...], infixes: tuple[str, ...]) -> re.Pattern[str]:
    """'-il', '-t-elle' closing an inverted verb; group 1 is the pronoun."""
    pronouns = "|".join(re.escape(word) for word in clitics)
    infix = "|".join(re.escape(word) for word in infixes)
    return re.compile(rf"-(?:(?:{infix})-)?({pronouns})$")


def inverted_clitic(word: str, lex: Lexicon) -> re.Match[str] | None:
    """The subject clitic closing an inverted verb ('ajoute-t-il'), or None."""
    return _clitic_pattern(lex.inversion_clitics, lex.inversion_infixes).search(word)


# The neutral default, for callers without a lexicon at hand (direct.py).
CLITIC = _clitic_pattern(common.INVERSION_CLITICS, common.INVERSION_INFIXES)


_BRACKET_MAX = 6  # words in a bracket after a name: '(VVD)', '(R-Texas)', '(Verkeer en Vervoer)'


def np_before(index: TokenIndex, cue_lo: int, lex: Lexicon, floor: int) -> tuple[int, int] | None:
    """Token range of the subject phrase ending just before the cue, or None."""
    toks = index.tokens
    j = cue_lo - 1
    while j >= floor and (toks[j].low in lex.skip or _adverb(toks[j], lex)):
        j -= 1
    if j >= floor and toks[j].low in lex.relative_pronouns and j > floor and toks[j - 1].text == ",":
        return j, j + 1  # PolNeAR marks the pronoun itself; resolve() finds the antecedent
    if j >= floor and toks[j].text == ",":
        return _apposition(index, j, lex, floor)
    if j > floor and toks[j].text == ")":
        # 'Peter Visser (VVD) noemde', 'Angela Merkel (CDU) sagte': a party or place in brackets after the
        # name is no part of it; the name ends before the bracket.
        opener = next((k for k in range(j - 1, max(floor, j - _BRACKET_MAX) - 1, -1) if toks[k].text == "("),
                      None)
        if opener is not None and opener > floor:
            j = opener - 1
    end = j + 1
    while j >= floor and not is_stop_mark(toks, j):
        if spaced_hyphen(index, j):
            break  # 'Volzhsk, 3 April - Governor … declared': a hyphen written as a dash closes the dateline
        if toks[j].text in PUNCT_BOUNDARY:
            opener = _title_opener(toks, j, floor, lex)
            if opener is None:
                break
            j = opener  # 'Wie die „Aktion Deutschland hilft“ mitteilte': a quoted name
        j -= 1
    phrase = _clause_np(index, j + 1, end, lex)
    return _enumerated_body(toks, phrase, floor, lex) if phrase is not None else None


def spaced_hyphen(index: TokenIndex, j: int) -> bool:
    """A hyphen standing alone between spaces, which translations and typewritten copy use as a dash."""
    tok = index.tokens[j]
    return tok.text == "-" and 0 < tok.start and index.text[tok.start - 1].isspace() and (
        index.text[tok.end:tok.end + 1].isspace())


def past_time(toks, j: int, s1: int, lex: Lexicon) -> int:
    """The first token after the time phrase at ``j`` ('este jueves', 'в понедельник', 'ранее')."""
    while j < s1 and (toks[j].low in lex.months or toks[j].low in lex.skip or (
            (toks[j].low in lex.date_leads or toks[j].low in lex.determiners)
            and j + 1 < s1 and toks[j + 1].low in lex.months)):
        j += 1
    return j


def _enumerated_body(toks, phrase: tuple[int, int], floor: int, lex: Lexicon) -> tuple[int, int]:
    """'Het ministerie van Volksgezondheid, Welzijn en Sport', 'el Ministerio de Agricultura, Pesca y Alimentación':
    a body whose name lists its fields goes on back across their commas and 'and'; the phrase read up to the
    last comma was only the last field ('Sport')."""
    lo, hi = phrase
    k = lo
    listed = k - 1 >= floor and (toks[k - 1].low in lex.conjunctions or (
        toks[k - 1].text == "," and any(t.low in lex.conjunctions for t in toks[lo:hi])))
    if not listed:
        return phrase  # a list ends in 'and' ('…, Welzijn en Sport'); a comma alone ends an adverbial
    while k - 2 >= floor and (toks[k - 1].low in lex.conjunctions or toks[k - 1].text == ",") and toks[k - 2].is_cap:
        k -= 2
        while k - 1 >= floor and (toks[k - 1].is_cap or toks[k - 1].low in lex.name_glue
                                  or toks[k - 1].low in lex.org_nouns):
            k -= 1
    if k == lo:
        return phrase
    head = next((t for t in toks[k:lo] if t.low not in lex.determiners), None)
    return (k, hi) if head is not None and head.low in lex.org_nouns else phrase


def _title_opener(toks, close: int, floor: int, lex: Lexicon) -> int | None:
    """German: the '„' opening a short quoted name that ends at ``close`` ('“'), or None."""
    if not lex.verb_second or toks[close].text != "“" or close + 1 >= len(toks):
        return None
    for k in range(close - 1, max(floor, close - _TITLE_MAX) - 1, -1):
        if toks[k].text == "„":
            # Only a name after an article or at the clause start ('Wie „heise online“'),
            # not a quoted phrase ('als „junge Demokratie“ bezeichnet').
            return k if k > floor and (toks[k - 1].low in lex.determiners
                                       or k - 1 == floor) else None
        if toks[k].text in PUNCT_BOUNDARY or is_stop_mark(toks, k):
            return None
    return None


_TITLE_MAX = 6


def subject_v2(index: TokenIndex, cue_lo: int, cue_hi: int, before, lex: Lexicon, s0: int,
               ceil: int) -> tuple[int, int] | None:
    """Verb-second languages: 'Gestern sagte der Minister', 'Dem Spiegel sagte er' – a fronted
    adverb or dative/accusative phrase is not the subject when a phrase follows the verb."""
    if not lex.verb_second:
        return None
    toks = index.tokens
    lone = before is not None and before[1] - before[0] == 1 and before[0] == s0 and (
        toks[before[0]].low not in lex.pronouns)
    # 'Als Grund nannte X …': the phrase may have lost its leading 'als' to the preposition rule.
    oblique = before is not None and (toks[before[0]].low in lex.oblique
                                      or (before[0] > s0 and toks[before[0] - 1].low in lex.oblique)
                                      or temporal(toks, before[0], before[1], lex))
    if before is not None and not (lone or oblique):
        return None
    if lone and _surname(index, before[0], lex):
        return None  # 'Lammert würdigte die Bundeswehr …' after 'Norbert Lammert' earlier
    after = np_after(index, cue_hi, lex, ceil)
    if after is None:
        return None
    # 'Stoiber begründete seinen Rückzug …', 'Weber sagte dazu am Samstagabend': after a lone
    # fronted word, a dative or accusative phrase or a time is no inverted subject.
    first = toks[after[0]].low
    if lone and not oblique and (first in lex.oblique or first in lex.months
                                 or first in lex.time_words):
        return None
    if first in lex.pronouns:
        return after[0], after[0] + 1  # 'sagte er der Deutschen Presse-Agentur': the pronoun alone is the subject
    # 'fordert Kofi Annan ein Ende …': a non-genitive article after a noun starts the object. ('zei burgemeester
    # Annemiek de Visser': where nouns are not capitalised, a name's particle before a capital goes on with the name.)
    for j in range(after[0] + 1, after[1]):
        particle = (not lex.capital_nouns and toks[j].low in lex.name_particles and j + 1 < after[1]
                    and toks[j + 1].is_cap)
        # 'sagte Martina Steixner der APA': after a person's name an article starts the addressee, whatever case it
        # may be; a name has no genitive after it.
        after_name = j >= after[0] + 2 and toks[j - 2].is_cap and ("", toks[j - 2].low) in given_names()
        if (toks[j].low in lex.determiners and (toks[j].low not in lex.genitive_articles or after_name)
                and toks[j - 1].is_cap and not particle):
            return (after[0], j)
    return after


def _surname(index: TokenIndex, i: int, lex: Lexicon) -> bool:
    """The word at ``i`` follows a capitalised name elsewhere in the text ('Norbert Lammert'),
    so it is a person, not a fronted adverb or object."""
    toks = index.tokens
    text = toks[i].text
    return any(tok.text == text and k != i and k > 0 and toks[k - 1].is_word and toks[k - 1].is_cap
               and toks[k - 1].low not in lex.determiners and toks[k - 1].low not in lex.preps
               and toks[k - 1].low not in lex.oblique
               for k, tok in enumerate(toks))


def _np_word(toks, j: int, lex: Lexicon) -> bool:
    """Inside a compact noun phrase: a name or noun, a determiner, or an adjective before one."""
    tok = toks[j]
    if not tok.is_word:
        # Quote marks around a title: 'Laut „Welt“', 'ein Bericht der Agentur „Interfax“, wonach'.
        return tok.text in "-.&'’„“”«»"
    prev = toks[j - 1] if j > 0 and toks[j - 1].sent == tok.sent else None
    if tok.low in lex.determiners and prev is not None and prev.is_word and not prev.is_cap and (
            prev.low not in lex.determiners and j > 1 and toks[j - 2].low in lex.determiners):
        return False  # 'según la organización | las entradas …': an article after the noun opens the clause
    if not lex.capital_nouns and tok.low in lex.determiners and prev is not None and prev.is_cap and (
            not tok.is_cap and tok.low not in lex.name_glue and j > 1 and toks[j - 2].sent == tok.sent):
        return False  # 'volgens minister Sigrid Kaag | zijn de middelen …': nor does one after a name
    if tok.is_cap or tok.low in lex.determiners or tok.low in lex.name_glue or tok.low in lex.person_roles:
        return True  # (a role in lower case heads a title: 'volgens minister van Financiën Sigrid Kaag')
    if j > 0 and toks[j - 1].low in lex.determiners and toks[j - 1].sent == tok.sent and (
            tok.low not in lex.stop and tok.low not in lex.skip and tok.low not in lex.cues):
        return True  # the noun after its article ('según la policía', 'segundo a organização')
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is not None and nxt.is_word and (nxt.is_cap or nxt.low.isdigit()) and (
        tok.low not in lex.stop and tok.low not in lex.skip and tok.low not in lex.cues)


def compact_np(index: TokenIndex, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """A source phrase read forward until the first word that cannot be part of it."""
    toks = index.tokens
    j = lo
    while j < hi and j - lo < _MAX_NP and _np_word(toks, j, lex):
        if lex.capital_nouns and j > lo and not toks[j].is_cap and (
                (toks[j].low in lex.preps and toks[j].low not in lex.name_glue)
                or toks[j].low.isdigit() or toks[j].low in lex.number_words
                or (toks[j].low in lex.determiners and toks[j].low not in lex.genitive_articles
                    and toks[j - 1].is_cap)):
            # 'nach Ansicht von Ministerin Strand bis Ende des Jahres', 'nach Angaben der Polizei drei Menschen',
            # 'nach Einschätzung von Beobachtern einen Tiefschlag': an adverbial, a number or an object after the
            # source is the clause's, not part of the source's name.
            break
        j += 1
    while j > lo and not toks[j - 1].is_word:
        j -= 1
    return (lo, j) if j > lo else None


def compact_np_before(index: TokenIndex, hi: int, floor: int,
                      lex: Lexicon) -> tuple[int, int] | None:
    """The same, read backward from a postposed marker ('ersten Angaben zufolge')."""
    toks = index.tokens
    j = hi - 1
    while j >= floor and hi - j <= _MAX_NP and _np_word(toks, j, lex):
        j -= 1
    return (j + 1, hi) if j + 1 < hi else None


def _adverb(tok, lex: Lexicon) -> bool:
    return tok.low.endswith(lex.adverb_endings) and len(tok.low) > 4 and not tok.is_cap


def sentence_subject(index: TokenIndex, s0: int, limit: int,
                     lex: Lexicon) -> tuple[int, int] | None:
    """The leading noun phrase of a sentence ('Trump on Tuesday slammed …, saying')."""
    toks = index.tokens
    j = _past_opener(toks, s0, limit, lex)
    while j < limit and (toks[j].low in lex.leading_words or not toks[j].is_word):
        j += 1
    lo = j
    while j < limit and j - lo < 8:
        tok = toks[j]
        if tok.text == "," and j - lo <= 3:
            lo = j + 1  # 'Immediately, the company …': skip a fronted adverbial
        elif (tok.text in PUNCT_BOUNDARY or tok.low in lex.cues or tok.low in lex.skip
                or tok.low in lex.stop or _adverb(tok, lex) or _past_after_noun(toks, lo, j, lex)):
            break
        j += 1
    if j == lo or j - lo >= 8:
        return None
    return lo, j


_OPENER_MAX = 16
_DASH = frozenset("—–-")


def _past_opener(toks, j: int, limit: int, lex: Lexicon) -> int:
    """Skip what opens a sentence before its subject: a dateline ('WASHINGTON (AP) —',
    'Paris (AFP) –') or a participial clause ('Speaking to reporters on Monday, …')."""
    for k in range(j + 1, min(limit, j + 5)):
        if toks[k].text in _DASH and (toks[j].text.isupper() and len(toks[j].text) > 1
                                      or toks[j + 1].text == "("):
            return k + 1
    first = toks[j] if j < limit else None
    if first is not None and first.is_word and first.low.endswith(lex.opener_participle_endings) and (
            len(first.low) > 4):
        comma = next((k for k in range(j + 1, min(limit, j + _OPENER_MAX))
                      if toks[k].text == ","), None)
        if comma is not None:
            return comma + 1
    return j


def _past_after_noun(toks, lo: int, j: int, lex: Lexicon) -> bool:
    """'Trump wavered …', 'The regulator fined …': a lowercase past form after a name or noun
    (not after an article: 'a retired nurse') is the verb, not part of the subject."""
    tok = toks[j]
    return (j > lo and toks[j - 1].is_word and toks[j - 1].low not in lex.determiners
            and tok.is_word and not tok.is_cap and tok.low.endswith(lex.past_endings)
            and len(tok.low) > 3)


def _has_subject(toks, lo: int, k: int, lex: Lexicon) -> bool:
    """A capitalised non-initial name or role before position ``k`` (not a lone auxiliary)."""
    return any(toks[j].is_word and toks[j].low not in lex.skip and toks[j].low not in lex.stop
               and (toks[j].is_cap or toks[j].low in lex.pronouns) for j in range(lo, k))


def temporal(toks, lo: int, hi: int, lex: Lexicon) -> bool:
    """A phrase naming a time or a number ('Ende Januar', 'November 2005', 'neun Stunden')."""
    words = [t for t in toks[lo:hi] if t.is_word]
    timely = [t.low in lex.months or t.low in lex.time_words or t.low.isdigit() for t in words]
    return any(timely) and not any(
        t.is_cap and not timely[k] and t.low not in lex.skip and k > 0
        for k, t in enumerate(words))


def _clause_np(index: TokenIndex, lo: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    toks = index.tokens
    if lo < end and _adverbial_opener(toks[lo], lex):
        return None  # 'Am Montag sagte …', 'In a statement, …': an adverbial, not the subject
    # Cut at a clause-linking word, unless it is a relative "that" after a noun.
    limit = end
    for k in range(end - 1, lo - 1, -1):
        low = toks[k].low
        if low in lex.stop and low not in lex.name_connectors:
            if low in lex.relative_complementizers and k > lo and toks[k - 1].low not in lex.cues:
                continue
            if low in lex.preps and k > lo and toks[k - 1].low in lex.person_roles and not lex.verb_second:
                continue  # 'Officials in the Kharkiv region reported …', 'Analysts at Bernstein said …'
            if lex.capital_nouns and _extended_attribute(toks, lo, k, end, lex):
                continue  # 'Der für die Region zuständige Koordinator': the article opens an extended attribute
            if (lex.verb_second and low in lex.preps and end == limit and k > lo
                    and _has_subject(toks, lo, k, lex)):
                # 'hatte Merkel in einer Rede verkündet': the phrase after the preposition is
                # an adverbial; the subject stands before it.
                end = k
                while end > lo and toks[end - 1].low in lex.skip:
                    end -= 1
                continue
            lo = k + 1
            break
    while lo < end and (toks[lo].low in lex.leading_words or not toks[lo].is_word or (
            end < limit and (toks[lo].low in lex.months or toks[lo].low.isdigit()
                             or toks[lo].low in lex.skip))):
        lo += 1
    if lo >= end or end - lo > _MAX_NP or _adverbial_opener(toks[lo], lex):
        return None  # 'Am Montag sagte …': a fronted adverbial, the subject follows the verb
    if not lex.verb_second and end - lo > 1 and toks[end - 1].low in lex.conjunctions:
        return None  # 'Trump criticized X and vowed …': the subject heads the sentence
    return lo, end


def _adverbial_opener(tok, lex: Lexicon) -> bool:
    """A preposition opening the phrase; Portuguese 'A' opening a sentence is its article ('A defesa de um dos
    presos, …, negou')."""
    return tok.low in lex.preps and not (tok.is_cap and tok.low in lex.determiners)


_ATTRIBUTE_ENDINGS = ("e", "en", "er", "es", "em")


def _extended_attribute(toks, lo: int, k: int, end: int, lex: Lexicon) -> bool:
    """German 'Der für die Region zuständige Koordinator': the preposition at ``k`` follows an article (not a
    relative pronoun after a comma) and an inflected adjective before a noun closes what it opens."""
    if not (toks[k].low in lex.preps and k > lo and toks[k - 1].low in lex.determiners
            and (k < 2 or toks[k - 2].text != ",")):
        return False
    return any(toks[m].is_word and toks[m].text[:1].islower() and toks[m].low.endswith(_ATTRIBUTE_ENDINGS)
               and toks[m].low not in lex.determiners and toks[m + 1].is_cap for m in range(k + 2, end - 1))


def _apposition(index: TokenIndex, comma: int, lex: Lexicon, floor: int) -> tuple[int, int] | None:
    """'Hope Hicks, a Trump spokeswoman, said' and 'Walmart, which …, was informed'."""
    toks = index.tokens
    j = comma - 1
    while j >= floor and toks[j].text not in PUNCT_BOUNDARY:
        j -= 1
    inner_lo = j + 1
    if j < floor or toks[j].text != "," or inner_lo >= comma:
        return None
    first = toks[inner_lo]
    relative = first.low in lex.relative_pronouns
    # Not before a participle ('X, however, …, adding'): that one hangs on the main clause.
    aside = not toks[comma + 1].low.endswith(lex.gerund_endings) and _aside(toks, inner_lo, comma,
                                                                           lex)
    # 'Jane Roe, 57, said': an age is an apposition too.
    if not relative and not aside and first.low not in lex.determiners and not (
        first.low in lex.person_roles or first.is_cap or first.low.isdigit() or first.low in lex.titles
    ):
        return None
    k = j - 1
    while k >= floor and toks[k].text not in PUNCT_BOUNDARY:
        k -= 1
    if aside and k >= floor and toks[k].text == ",":
        return None  # 'X, who lived in Aurora, Colorado, in 2012, said': a longer chain
    outer = _clause_np(index, k + 1, j, lex)
    if outer is None or (lex.capital_nouns and _verb_in_np(toks, outer, lex)):
        return None
    if relative or aside:
        return outer
    return outer[0], comma


def _verb_in_np(toks, np: tuple[int, int], lex: Lexicon) -> bool:
    """Where nouns are capitalised, a German noun phrase ends in its noun, and a lower-case word after a noun is a
    function word or an attribute's adjective before the next noun ('Die das Unglück überlebende Alice
    Kakamara'); any other is a verb: 'Kämpfer töteten Zivilisten, die …, teilten die UN mit' frames the clause,
    which is no subject. ('eG', 'e.V.' close a company's name.)"""
    lo, hi = np
    words = [t for t in toks[lo:hi] if t.is_word]
    if words and _lower(words[-1]) and not words[-1].low.isdigit():
        return True
    return any(a.is_cap and not _function_word(a.low, lex) and _lower(b) and not _function_word(b.low, lex)
               and not (b.low.endswith(_SINGULAR_ATTRIBUTE) and c.is_cap)
               for a, b, c in zip(words, words[1:], words[2:]))


def _lower(tok) -> bool:
    return not any(ch.isupper() for ch in tok.text)


# Endings of a nominative adjective before its noun; '-en' is left out, since plural past verbs end so.
_SINGULAR_ATTRIBUTE = ("e", "er", "es", "em")


def _function_word(low: str, lex: Lexicon) -> bool:
    return (low in lex.determiners or low in lex.preps or low in lex.conjunctions or low in lex.name_links
            or low in lex.skip or low in lex.stop or low in lex.genitive_articles or low.isdigit())


_ASIDE_MAX = 5
_PARTICIPLE_MAX = 8


def _aside(toks, lo: int, hi: int, lex: Lexicon) -> bool:
    """'Smith, meanwhile, said', 'Smith, in a statement, said': an adverbial between commas
    separates the subject from its verb; it is no apposition."""
    words = [t for t in toks[lo:hi] if t.is_word]
    if not words or words[0].is_cap:
        return False
    if words[0].low.endswith(lex.opener_participle_endings) and len(words) <= _PARTICIPLE_MAX:
        return True  # 'Smith, speaking to reporters, said': a participial phrase
    if (words[0].low.endswith(lex.aside_participle_endings) and len(words) <= _PARTICIPLE_MAX
            and words[0].low not in lex.org_nouns and not _person_noun(words[0].low, lex)):
        return True  # 'Il rapporto, pubblicato il 3 giugno, segnala': a past participle's phrase, no apposition
    if len(words) > _ASIDE_MAX:
        return False
    if len(words) == 1:
        return words[0].low in lex.leading_words or words[0].low in lex.skip or _adverb(
            words[0], lex) or words[0].low in lex.asides
    return words[0].low in lex.preps and words[0].low not in lex.name_glue


def _person_noun(low: str, lex: Lexicon) -> bool:
    return low in lex.person_roles or low in lex.male or low in lex.female


# Pronouns of the lexicons that are also possessives or objects ('said her spokesman', 'сказал его представитель',
# 'zei haar woordvoerder'): they open a longer subject.
_OBLIQUE_PRONOUNS = frozenset({"her", "him", "them", "haar", "hem", "его", "ее", "её", "их", "него", "нее", "неё",
                               "них", "loro"})


def np_after(index: TokenIndex, cue_hi: int, lex: Lexicon, ceil: int) -> tuple[int, int] | None:
    """Token range of an inverted subject ('…,” said Ross'), or None."""
    toks = index.tokens
    j = cue_hi
    while j < ceil and not toks[j].is_cap and (toks[j].low in lex.skip or (
            # 'ha confirmado este jueves la Coordinación …': a day after its demonstrative is no part of the subject
            toks[j].low in lex.determiners and j + 1 < ceil and toks[j + 1].low in lex.skip
            and not toks[j + 1].is_cap)):
        j += 1
    # 'disse nesta terça-feira o ministro', 'заявил во вторник министр': the time before the subject is not in it.
    j = past_time(toks, j, ceil, lex)
    lo = j
    if lex.inverted_pronouns and j < ceil and toks[j].low in lex.pronouns and toks[j].low not in _OBLIQUE_PRONOUNS:
        return j, j + 1  # 'сказал он журналистам': a pronoun is the whole subject; a noun after it is the addressee
    while j < ceil and j - lo < _MAX_NP:
        tok = toks[j]
        if tok.text in PUNCT_BOUNDARY or is_stop_mark(toks, j) or _sentence_end(toks, j) or (
            tok.low in lex.stop and tok.low not in lex.name_connectors) or tok.low in lex.media_preps or (
                lex.verb_second and j > lo and tok.low in lex.preps and not tok.is_cap
                and (lex.capital_nouns or j + 1 < ceil and toks[j + 1].low in lex.months)) or (
                _closing_particle(toks, j, ceil, lex)):
            # 'sagte Paul Weber am Dienstag', 'so urteilte Romney selbst über seinen Erfolg': the adverbial is not
            # part of the name (German capitalises the nouns in it too).
            break

        j += 1
    j = _apposed_name(toks, lo, j, ceil, lex) or j
    end = j
    while end - 1 > lo and toks[end - 1].low in lex.months and not lex.capital_nouns:
        end -= 1
    if end < j and toks[end - 1].is_cap:
        j = end  # 'zei minister Hanke Bruins Slot dinsdag': the day after the name is not in it
    if j <= lo or not any(t.is_word for t in toks[lo:j]):
        return None
    if toks[lo].low in lex.complementizers or all(t.low in lex.determiners for t in toks[lo:j] if t.is_word):
        return None  # 'sprak van een ‘…’': an article before a quoted object is no subject
    return lo, j


def _closing_particle(toks, j: int, ceil: int, lex: Lexicon) -> bool:
    """'Dat maakte het Havenbedrijf donderdag bekend.': the particle of a separable cue closing the clause ends the
    inverted subject; it is part of the verb."""
    tok = toks[j]
    return (not tok.is_cap and any(tok.low in particles for particles in lex.separable.values())
            and (j + 1 >= ceil or not toks[j + 1].is_word))


def _apposed_name(toks, lo: int, j: int, ceil: int, lex: Lexicon) -> int | None:
    """'afirmó la consejera de Vivienda, Marta Lizarra, tras el pleno': a role after the cue, then a comma and the
    person's name set off to the next comma or the sentence's end. Where roles are capitalised, a description after
    an article, then a name that starts at a known given name, with its own role before it ('die Chefvolkswirtin der
    Kreditbank Nord, Miriam Albrecht'; 'der Prozessbevollmächtigte der Kläger, der Berliner Rechtsprofessor Stefan
    Brandl'). Where the name ends, or None."""
    if j >= ceil or toks[j].text != ",":
        return None
    k = j + 1
    while k < ceil and k - j <= 8 and toks[k].sent == toks[j].sent and toks[k].text not in (",", ".", ";", ")"):
        k += 1
    closed = k >= ceil or toks[k].sent != toks[j].sent or toks[k].text in (",", ".", ";", ")")
    apposed = toks[j + 1:k]
    if not closed or any(not (t.is_word or t.text in ("-", "'", "’")) for t in apposed):
        return None
    words = [t for t in apposed if t.is_word]
    if len(words) < 2 or any(t.low in lex.org_nouns for t in words):
        return None
    if any(t.low in lex.person_roles and not t.is_cap for t in toks[lo:j]):
        # A role in lower case before: the apposition is the name itself, in capitals (with 'de', 'van' inside).
        name = all(t.is_cap or (t.low in lex.name_particles and i > 0) for i, t in enumerate(words))
        return k if name and words[-1].is_cap else None
    names = given_names()
    start = next((i for i, t in enumerate(words) if t.is_cap and ("", t.low) in names), None)
    if toks[lo].low not in lex.definites or start is None or not 2 <= len(words) - start <= 4:
        return None
    return k if all(t.is_cap for t in words[start:]) else None


def _sentence_end(toks, j: int) -> bool:
    """The sentence's last token is a full stop: 'segundo informou o IBGE.', 'Dat meldt de NOS.' (after a short
    capitalised word a dot inside a sentence is an abbreviation's, never at its end)."""
    return toks[j].text == "." and (j + 1 >= len(toks) or toks[j + 1].sent != toks[j].sent)


def antecedent(index: TokenIndex, rel: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun stands for: ', who' and 'a group that'."""
    toks = index.tokens
    floor = index.sent_range[toks[rel].sent][0]
    j = rel - 2 if rel > 0 and not toks[rel - 1].is_word else rel - 1  # ", who" "(which"
    k = j
    while k >= floor and toks[k].text not in PUNCT_BOUNDARY:
        k -= 1
    return _clause_np(index, k + 1, j + 1, lex) if k + 1 <= j else None


def passive_agent(index: TokenIndex, cue_lo: int, cue_hi: int,
                  lex: Lexicon) -> tuple[int, int] | None:
    """'X was criticized by Y for …', 'X has been rebuked by Y': the agent after 'by' is who
    spoke; the grammatical subject only received the words."""
    toks = index.tokens
    j = cue_lo - 1
    while j >= 0 and (_adverb(toks[j], lex) or toks[j].low in lex.passive_adverbs):
        j -= 1
    if j < 0 or toks[j].low not in lex.be_forms or toks[cue_hi - 1].low.endswith(
            lex.gerund_endings):
        return None
    k = cue_hi
    while k < len(toks) and _adverb(toks[k], lex):
        k += 1
    if k >= len(toks) or toks[k].low not in lex.agent_preps or toks[k].sent != toks[cue_lo].sent:
        return None
    ceil = index.sent_range[toks[k].sent][1]
    return np_after(index, k + 1, lex, ceil)
