"""Speakers as the store compares and searches them: a name without its honorific, a role as no name.

The extractor's canonical speaker is usually a full name ("Anna Berg"), but it keeps what the article
gave when it could not resolve one: a title and surname ("señora Berg") or a role alone ("the minister",
"die Ministerin"). Those must not read as another person: a title says nothing about who it is, and a
role names nobody. The words come from each language's claims lexicon (``titles``, ``person_roles``,
``determiners``) with the store's own additions below, so the store and the extractor agree on them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from service.languages.common import NAME_GLUE
from service.stages.artifacts.text import key_of
from service.stages.quotes.lexicon import get_lexicon

Words = tuple[str, ...]

# Languages whose lexicons are read when the language is not known (a search query names none).
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "ru")

# Written-out honorifics the lexicons leave out (they list the abbreviations that precede names in
# running text); per language, since some are names elsewhere ("Don" in English).
_MORE_TITLES = {
    "en": ("mister", "madam", "mx"),
    "fr": ("monsieur", "madame", "mademoiselle", "mmes", "mm"),
    "de": ("fräulein",),
    "es": ("señor", "señora", "señorita"),
    "it": ("signore", "signorina", "sig.na", "dott.ssa"),
    "pt": ("senhor", "senhora", "senhorita", "srª", "sr.ª"),
    "nl": ("meneer", "mevrouw", "mw", "juffrouw"),
    "ru": ("г-н", "г-жа", "господин", "госпожа", "гн", "гжа"),
}
# Anonymous sources of wire copy the claims lexicons leave out (they list roles that name a speaker to
# resolve): as store speakers they name nobody, so two of them are never two different people.
_MORE_ROLES = {
    "de": ("diplomat", "diplomatin", "diplomaten", "beamter", "beamtin", "beamte", "vertreter", "vertreterin",
           "quelle", "quellen", "insider", "mitarbeiter", "mitarbeiterin", "unterhändler", "kreise"),
    "fr": ("diplomate", "diplomates", "fonctionnaire", "fonctionnaires", "négociateur", "négociatrice"),
    "es": ("diplomático", "diplomática", "funcionario", "funcionaria", "negociador", "negociadora"),
    "it": ("diplomatico", "diplomatica", "funzionario", "funzionaria", "negoziatore"),
    "pt": ("diplomata", "funcionário", "funcionária", "negociador", "negociadora"),
    "nl": ("diplomaat", "ambtenaar", "onderhandelaar"),
}
# Words that tie a role to what it is of ("minister of energy", "ministra de Energía", "Ministerin für
# Energie"): after a role they carry no name.
_ROLE_LINKS = NAME_GLUE | {"für", "di", "della", "del", "do", "da", "van", "voor", "по", "the", "l", "d",
                           # where the role works, or comes from: "a diplomat from Ostara", "ein Diplomat aus Ostara"
                           "from", "aus", "uit", "in", "im", "at", "bei", "with"}
# A role written as one word with what it is of ("Energieministerin", "klimaatonderzoeker") ends in the
# role; shorter roles ("chef", "mayor"'s 'mayor' aside) end too many names to be read this way.
_COMPOUND_ROLE_MIN = 6


def name_words(name: str | None, language: str | None = None) -> Words:
    """The folded words of a name without its leading article and honorific ("La señora Berg" -> berg).

    A name that is only a title keeps it ("Ms."): a title names someone only when a name follows."""
    words = key_of(name or "")
    skip = _leading(words, _titles(language), _determiners(language))
    return words[skip:] if skip < len(words) else words


def is_role_only(name: str | None, language: str | None = None) -> bool:
    """Whether ``name`` is a role with no name in it: "the minister", "la ministra de Energía"."""
    words = name_words(name, language)
    roles = _roles(language)
    # It opens with the role, or with words written in lower case before it ("a senior government official",
    # "un haut responsable"): a role word after a capitalised one is as likely a surname ("Anna Richter").
    lowered = _lowered(name)
    first = next((i for i, word in enumerate(words) if word not in lowered or _is_role(word, roles)), len(words))
    if first == len(words) or not _is_role(words[first], roles):
        return False
    last = max(i for i, word in enumerate(words) if _is_role(word, roles))
    # A name follows a role ("Präsident Macron"); a role's complement starts with a link word.
    rest = words[last + 1:]
    return not rest or rest[0] in _ROLE_LINKS


def person(name: str | None, language: str | None = None) -> str | None:
    """The name to compare as one person's, honorific left out; None when it names nobody (empty, a role)."""
    if not name or not name.strip() or is_role_only(name, language):
        return None
    words = name_words(name, language)
    # A role before the name ("Präsident Macron", "the former minister Jean Dupont") is no given name to
    # compare with "Emmanuel Macron"; nor are the lower-case words before that role.
    roles = _roles(language)
    lowered = _lowered(name)
    first = next((i for i, word in enumerate(words) if not (_is_role(word, roles) or word in lowered)), len(words))
    return " ".join(words[first:]) or None


def speaker_matches(query: str, name: str | None, mention: str | None, language: str | None) -> bool:
    """Speaker search: the query's words within the name or the mention, titles ignored on both sides.

    A full name also finds the claims whose speaker the article left as its surname ("Anna Berg" finds
    "señora Berg"), but only through the name: a mention "Berg" of a resolved "Jonas Berg" is another Berg."""
    wanted = name_words(query)
    if not wanted:
        return False
    # A role before the name ("Finanzministerin Strand") may be written otherwise or not at all in the article
    # ("Finanzministerin Anika Strand", "Strand"): the name alone decides; a role alone is searched as it is.
    roles = _roles(None)
    last_role = max((i for i, word in enumerate(wanted) if _is_role(word, roles)), default=-1)
    named = wanted[last_role + 1:] or wanted
    for words in dict.fromkeys((wanted, named)):
        text = " ".join(words)
        if any(text in " ".join(name_words(found, language)) for found in (name, mention) if found):
            return True
    bare = name_words(name if name else mention, language)
    return len(wanted) > 1 and bare == wanted[-1:]


def search_word(query: str) -> str:
    """One folded word every speaker ``speaker_matches`` keeps contains, for a database pre-filter: its surname."""
    words = name_words(query)
    return words[-1] if words else ""


def _lowered(name: str | None) -> set[str]:
    # The words the article wrote in lower case: modifiers and articles, never part of a name.
    return {key for part in (name or "").split() if part[:1].islower() for key in key_of(part)}


def _leading(words: Words, titles: frozenset[Words], determiners: frozenset[str]) -> int:
    # Articles and honorifics in any order and number: "la señora", "Frau Dr.", "la sig.ra".
    at = 0
    while at < len(words):
        if words[at] in determiners:
            at += 1
            continue
        size = next((len(t) for t in sorted(titles, key=len, reverse=True) if words[at:at + len(t)] == t), 0)
        if not size:
            return at
        at += size
    return at


def _is_role(word: str, roles: frozenset[str]) -> bool:
    if word in roles:
        return True
    return any(len(role) >= _COMPOUND_ROLE_MIN and word.endswith(role) for role in roles)


def _languages(language: str | None) -> Iterable[str]:
    code = (language or "").lower().split("-")[0]
    return (code,) if code in LANGUAGES else LANGUAGES


@lru_cache(maxsize=64)
def _titles(language: str | None) -> frozenset[Words]:
    titles: set[Words] = set()
    for code in _languages(language):
        for title in (*get_lexicon(code).titles, *_MORE_TITLES.get(code, ())):
            if key_of(title):
                titles.add(key_of(title))
    return frozenset(titles)


@lru_cache(maxsize=64)
def _determiners(language: str | None) -> frozenset[str]:
    # One-letter ones ('a', 'o', 'l') are skipped: after key_of they are also initials ("A. Merkel").
    words = (word for code in _languages(language) for d in get_lexicon(code).determiners for word in key_of(d))
    return frozenset(word for word in words if len(word) > 1)


@lru_cache(maxsize=64)
def _roles(language: str | None) -> frozenset[str]:
    return frozenset(word for code in _languages(language)
                     for role in (*get_lexicon(code).person_roles, *_MORE_ROLES.get(code, ()))
                     for word in key_of(role)[-1:])
