"""Layers 2 and 4: near-misses of gazetteer names (fuzzy + phonetic, gated by word frequency) and
spellings of one name that disagree inside the article."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import jellyfish
from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from service.contracts import Artifact
from service.stages.artifacts.gazetteer import Entry, Gazetteer
from service.stages.artifacts.institution_opinion import common_us_given_name
from service.stages.artifacts.names import NameScan, joinable
from service.stages.artifacts.text import Token, fold, tokens_inside
from service.stages.quotes.lexicon import get_lexicon

# Transliteration-invariant key: spellings a transcription system may choose between collapse together.
_SKELETON_RULES = [
    ("tsch", "sh"), ("sch", "sh"), ("tch", "sh"), ("ch", "sh"), ("kh", "h"), ("gh", "g"), ("ph", "f"),
    ("th", "t"), ("dh", "d"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("ck", "k"), ("ce", "se"), ("ci", "si"),
    ("cy", "si"), ("c", "k"), ("q", "k"), ("x", "ks"), ("w", "v"), ("ou", "u"), ("oo", "u"), ("ee", "i"),
    ("ea", "i"), ("ie", "i"), ("y", "i"), ("z", "s"),
]
_DOUBLE = re.compile(r"(.)\1+")
_WORDFREQ_LANGUAGES = {"en", "fr", "de", "es", "it", "pt", "nl", "ru", "ar", "pl", "tr"}  # zh/ja need jieba/MeCab
UNKNOWN_ZIPF = 3.0  # below this a capitalised word is probably a name, not vocabulary
WEAK_ZIPF = 4.5
CONTEXT_ZIPF = 3.6
_CAPITALISED_NOUNS = {"de", "lb"}
# A real but rare word may still be a corrupted name when the rest of the name agrees.
_INFLECTING = {"de", "ru", "pl", "cs", "uk", "fi", "hu", "lt", "lv", "et", "sk", "sl", "hr", "sr", "bg", "el", "is"}
_PARTICLES = {"al", "el", "bin", "ben", "von", "der", "de", "da", "le", "la", "van", "di", "du"}
_TITLES = {"president", "mr", "mrs", "ms", "dr", "secretary", "senator", "sen", "gov", "governor", "general",
           "king", "queen", "pope", "minister", "chancellor", "prime", "former", "rep", "speaker", "sheikh",
           "ayatollah", "prince", "judge", "leader", "chairman", "ceo", "vice", "candidate", "nominee"}


def skeleton(key: str) -> str:
    for a, b in _SKELETON_RULES:
        key = key.replace(a, b)
    key = _DOUBLE.sub(r"\1", key)
    key = re.sub(r"f$", "v", key)
    if len(key) > 4 and key.endswith("e"):
        key = key[:-1]
    return key


@dataclass
class _Targets:
    single: dict[str, list[tuple[str, Entry]]]
    single_keys: list[str]
    single_forms: list[tuple[str, Entry]]
    multi: dict[int, tuple[list[str], list[tuple[tuple[str, ...], str, Entry]]]]
    known_tokens: set[str]
    first_names: set[str]


def _targets(gaz: Gazetteer, language: str) -> _Targets:
    cache = getattr(gaz, "_fuzzy_cache", None)
    if cache is None:
        cache = gaz._fuzzy_cache = {}
    if language in cache:
        return cache[language]
    from service.stages.artifacts.text import key_of

    single: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
    single_keys: list[str] = []
    single_forms: list[tuple[str, Entry]] = []
    known: set[str] = set()
    multi: dict[int, tuple[list[str], list]] = defaultdict(lambda: ([], []))
    for entry in gaz.entries:
        if entry.type == "country":
            known.update(k for f in (entry.name, *entry.aliases, *entry.demonyms, *entry.cues) for k in key_of(f))
            continue
        for form in dict.fromkeys(entry.accepted(language)):
            key = key_of(form)
            known.update(key)
            if entry.type in ("institution", "city"):
                continue  # "Außenministerin" is a minister, not a garbled ministry: layer 5 owns institutions
            if len(key) == 1 and len(key[0]) >= 4 and not form.isupper():
                single[skeleton(key[0])].append((form, entry))
                single_keys.append(key[0])
                single_forms.append((form, entry))
            elif 2 <= len(key) <= 4:
                multi[len(key)][0].append(" ".join(key))
                multi[len(key)][1].append((key, form, entry))
    firsts = {
        key_of(f)[0] for e in gaz.entries if e.type == "person" for f in (e.name, *e.aliases) if len(key_of(f)) > 1
    }
    result = _Targets(dict(single), single_keys, single_forms, dict(multi), known, firsts)
    cache[language] = result
    return result


def _similar(a: str, b: str, strict: bool) -> bool:
    """Same sound after transliteration folding; strict (rest of the name agrees) also wants a metaphone match."""
    if a == b or skeleton(a) == skeleton(b):
        return True
    if strict:
        score = fuzz.ratio(a, b)
        return score >= 85 or score >= 80 and jellyfish.metaphone(a) == jellyfish.metaphone(b)
    return fuzz.ratio(a, b) >= 75


def _inflected(word: str, target: str) -> bool:
    short, long = sorted((word, target), key=len)
    return long.startswith(short) and len(long) - len(short) <= 2 and len(short) >= 4


def _name_shaped(word: str) -> bool:
    """Capitalised like a name ("Klinton", "McConnelle"), not an acronym or a glued token ("BushASSOCIATED")."""
    upper = sum(c.isupper() for c in word)
    return word[:1].isupper() and any(c.islower() for c in word) and upper <= 2 and not re.search(r"[A-Z]{2}", word)


def _plural_of_known(key: str, known: set[str]) -> bool:
    return key.endswith("s") and not key.endswith("ss") and (key[:-1] in known or key[:-2] in known)


def find_near_misses(text: str, tokens: list[Token], gaz: Gazetteer, scan: NameScan, language: str) -> list[Artifact]:
    """Capitalised runs with an unknown word that sound like a gazetteer name."""
    targets = _targets(gaz, language)
    mentioned = {m.entry.name for m in scan.mentions}
    flagged = tokens_inside(tokens, [(a.start, a.end) for a in scan.artifacts])
    lang = language if language in _WORDFREQ_LANGUAGES else "en"
    zipf = {t.key: word_zipf(t.text.casefold(), lang) for t in tokens if t.key != t.text.casefold()}
    out: list[Artifact] = []
    for run in _runs(text, tokens, flagged):
        keys = [tokens[i].key for i in run]
        weak = [
            k not in targets.known_tokens and len(k) >= 3 and not tokens[i].text.isupper()
            and not _plural_of_known(k, targets.known_tokens) and _zipf(zipf, k, language) < WEAK_ZIPF
            for k, i in zip(keys, run)
        ]
        if not any(weak):
            continue
        used: set[int] = set()
        for n in range(min(4, len(run)), 0, -1):
            for a in range(0, len(run) - n + 1):
                if any(x in used for x in range(a, a + n)) or not any(weak[a : a + n]):
                    continue
                art = _match_window(text, tokens, run, keys, a, n, targets, zipf, language, mentioned)
                if art:
                    out.append(art)
                    used.update(range(a, a + n))
    return out


def _zipf(cache: dict[str, float], key: str, language: str) -> float:
    """Frequency of a folded key; the accented spelling seen in the text counts too ("Müller" is common)."""
    lang = language if language in _WORDFREQ_LANGUAGES else "en"
    return max(word_zipf(key, lang), cache.get(key, 0.0))


@lru_cache(maxsize=200_000)
def word_zipf(key: str, language: str = "en") -> float:
    return zipf_frequency(key, language)


def _runs(text: str, tokens: list[Token], flagged: set[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    current: list[int] = []
    for i, tok in enumerate(tokens):
        capital = tok.text[:1].isupper() and i not in flagged
        particle = tok.key in _PARTICLES and current and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()
        if (capital or particle) and (not current or joinable(text, tokens[current[-1]], tok)):
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = [i] if capital else []
    if current:
        runs.append(current)
    return runs


def _match_window(text, tokens, run, keys, a, n, targets: _Targets, zipf, language, mentioned) -> Artifact | None:
    window = keys[a : a + n]
    start, end = tokens[run[a]].start, tokens[run[a + n - 1]].end
    if n == 1:
        return _match_single(text, tokens, run, keys, a, targets, zipf, language, mentioned)
    choices, rows = targets.multi.get(n, ([], []))
    hit = process.extractOne(" ".join(window), choices, scorer=fuzz.ratio, score_cutoff=75) if choices else None
    if not hit:
        return None
    key, form, entry = rows[hit[2]]
    equal = [w == k for w, k in zip(window, key)]
    if all(equal) or not all(_similar(w, k, any(equal)) for w, k in zip(window, key)):
        return None
    if language in _INFLECTING and any(_inflected(w, k) for w, k, e in zip(window, key, equal) if not e):
        return None  # "der Vereinten Nationen": the name declined, not misspelled
    differing = [w for w, e in zip(window, equal) if not e]
    surfaces = [tokens[run[a + j]].text for j, e in enumerate(equal) if not e]
    if not all(_name_shaped(t) for t in surfaces):
        return None
    if any(w in targets.known_tokens for w in differing) and hit[1] < 88:
        return None  # "Huffington Post" is another paper, not a garbled "Washington Post"
    if not any(equal) and not (any(_zipf(zipf, w, language) < UNKNOWN_ZIPF for w in differing) and hit[1] >= 80):
        return None
    confidence = 0.9 if any(equal) else 0.8
    if any(equal) and entry.type != "agency":
        # Flag only the garbled words ("Mark Zuckerburg" -> "Zuckerburg"), suggesting their right spelling.
        first = equal.index(False)
        last = len(equal) - 1 - equal[::-1].index(False)
        start, end = tokens[run[a + first]].start, tokens[run[a + last]].end
        form_words = form.replace("-", " ").split()
        if len(form_words) == n:
            form = " ".join(form_words[first : last + 1])
            return _artifact(text, start, end, form, entry, confidence, "sounds like", keep_form=True)
    return _artifact(text, start, end, form, entry, confidence, "sounds like")


def _match_single(text, tokens, run, keys, a, targets: _Targets, zipf, language, mentioned) -> Artifact | None:
    word = keys[a]
    tok = tokens[run[a]]
    if len(word) < 4 or word in targets.known_tokens:
        return None
    frequency = _zipf(zipf, word, language)
    same_sound = targets.single.get(skeleton(word))
    # A real but uncommon spelling ("Hilary") still counts when the article names the entity correctly.
    gate = CONTEXT_ZIPF if same_sound and any(e.name in mentioned for _, e in same_sound) else UNKNOWN_ZIPF
    if frequency >= gate:
        return None
    if not _name_shaped(tok.text) or _plural_of_known(word, targets.known_tokens) or not word.isalpha():
        return None
    if _handle_or_compound(text, tok.start, tok.end) or _derived(word, targets):
        return None  # "@SenSanders", "Colbert-Busch", "Clintonism": derived from a name, not a garbled one
    if same_sound:
        form, entry = next(((f, e) for f, e in same_sound if e.name in mentioned), same_sound[0])
        score = fuzz.ratio(word, form.casefold())
        strong = len(word) >= 5 or entry.name in mentioned
    else:
        hit = process.extractOne(word, targets.single_keys, scorer=fuzz.ratio, score_cutoff=70)
        if not hit:
            return None
        form, entry = targets.single_forms[hit[2]]
        score = hit[1]
        phonetic = jellyfish.metaphone(word) == jellyfish.metaphone(hit[0])
        strong = (entry.name in mentioned and (phonetic or score >= 80)) or (
            phonetic and score >= 85 and len(word) >= 6)
    if not strong or score < 60:
        return None
    repeats = sum(1 for t in tokens if t.key == word) if entry.name not in mentioned else 1
    if repeats >= 3 or (entry.type not in ("person", "company", "agency") and entry.name not in mentioned):
        return None  # a spelling the article keeps using, of a name it never writes correctly, is another name
    if entry.type == "person" and a + 1 < len(run) and tokens[run[a + 1]].text[:1].isupper() and (
            len(keys[a + 1]) == 1 or _zipf(zipf, keys[a + 1], language) < UNKNOWN_ZIPF):
        return None  # a surname comes last: "Sander M. Levin" is a first name
    if a > 0 and entry.type == "person":
        before = keys[a - 1]
        firsts = {w for f in entry.accepted(language) for w in fold(f).split()[:-1]}
        if (before not in _TITLES and before not in _PARTICLES and before not in firsts
                and (_zipf(zipf, before, language) < UNKNOWN_ZIPF or before in targets.first_names
                     or common_us_given_name(tokens[run[a - 1]].text, _GIVEN_NAME_SHARE))
                and not any(fuzz.ratio(before, f) >= 75 for f in firsts)):
            # "Joe Manchin" is somebody else (a known or unknown first name), not a garbled Mnuchin; so is "FAA
            # Administrator Diane Holbrook" (a common US given name that is also a word), not Richard Holbrooke.
            return None
    if entry.type != "person" and entry.name not in mentioned and _a_surname(tokens, word, targets, zipf, language):
        # "topman Boudewijn Siemons", "woordvoerder Petra Philipse ... Heineke en Philipse": a person's surname
        # wherever the article writes it, not a garbled Siemens or Philips.
        return None
    confidence = 0.9 if entry.name in mentioned else (0.8 if repeats == 1 else 0.7)
    return _artifact(text, tok.start, tok.end, form, entry, confidence, "sounds like")


def _a_surname(tokens: list[Token], word: str, targets: _Targets, zipf: dict[str, float], language: str) -> bool:
    return any(t.key == word and i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].end + 1 == t.start
               and _after_given_name(tokens, i - 1, targets, zipf, language) for i, t in enumerate(tokens))


def _after_given_name(tokens: list[Token], i: int, targets: _Targets, zipf: dict[str, float], language: str) -> bool:
    # A first name the gazetteer or the US census knows, a capitalised word the language does not use, or any
    # capitalised word after a person's role or title ("topman", "spokeswoman", "Dr."): given names are common
    # words to word lists ("Boudewijn", "Petra"), so the role is what tells them.
    key = tokens[i].key
    if key in _TITLES or key in _PARTICLES or key in targets.known_tokens:
        return False
    if key in targets.first_names or common_us_given_name(tokens[i].text, _GIVEN_NAME_SHARE):
        return True
    if _zipf(zipf, key, language) < UNKNOWN_ZIPF:
        return True
    if i == 0:
        return False
    lexicon = get_lexicon(language)
    before = tokens[i - 1].key
    return before in lexicon.person_roles or before in {title.rstrip(".").casefold() for title in lexicon.titles}


# People per 100,000 Americans who bear a given name for it to count as one before a surname: "Diane", "Mark".
_GIVEN_NAME_SHARE = 10.0


_SUFFIXES = ("ism", "isms", "ist", "ists", "ian", "ians", "ite", "ites", "ed", "ing", "esque", "istas", "mania",
             "care", "nomics", "world", "land", "in")


def _handle_or_compound(text: str, start: int, end: int) -> bool:
    if start > 0 and (text[start - 1] in "@#" or text[start - 1] in "-‐" and start > 1 and text[start - 2].isalpha()):
        return True
    return text[end : end + 1] in ("-", "‐") and text[end + 1 : end + 2].isalpha()


def _derived(word: str, targets: _Targets) -> bool:
    """A known name plus an English suffix or a second word ("Clintonism", "HuffPollster")."""
    for n in range(4, len(word)):
        if word[:n] in targets.known_tokens and (word[n:] in _SUFFIXES or len(word) - n >= 4):
            return True
    return False


def _artifact(text: str, start: int, end: int, form: str, entry: Entry, confidence: float, how: str,
              keep_form: bool = False) -> Artifact:
    surface = text[start:end]
    category = "agency_name" if entry.type == "agency" else "misspelled_name"
    suggestion = entry.name if entry.type == "agency" and not keep_form else form
    return Artifact(surface=surface, start=start, end=end, category=category, suggestion=suggestion,
                    confidence=confidence, severity="warning",
                    explanation=(f"'{surface}' {how} {suggestion} ({entry.type}, {entry.country})"
                                 " and is not a known word"))


def find_inconsistent(text: str, tokens: list[Token], gaz: Gazetteer, scan: NameScan, taken: list[Artifact],
                      language: str) -> list[Artifact]:
    """Rare capitalised words with one sound but two spellings in the article: the minority spelling is flagged."""
    targets = _targets(gaz, language)
    busy = [(a.start, a.end) for a in taken]
    groups: dict[str, list[Token]] = defaultdict(list)
    written = {skeleton(fold(m.surface)): m.surface for m in scan.mentions
               if " " not in m.surface and len(m.surface) >= 5 and m.entry.type not in ("country", "institution")}
    out: list[Artifact] = []
    for _i, tok in enumerate(tokens):
        if not tok.text[:1].isupper() or tok.text.isupper() or len(tok.key) < 4 or tok.key in targets.known_tokens:
            continue
        lang = language if language in _WORDFREQ_LANGUAGES else "en"
        if max(word_zipf(tok.key, lang), word_zipf(tok.text.casefold(), lang)) >= UNKNOWN_ZIPF or any(
                s <= tok.start < e for s, e in busy):
            continue
        right = written.get(skeleton(tok.key))
        if right and fold(right) != tok.key:
            # The article writes this name correctly elsewhere ("Monterey" beside "Monterrey").
            out.append(Artifact(surface=tok.text, start=tok.start, end=tok.end, category="inconsistent_variant",
                                suggestion=right, confidence=0.7, severity="info",
                                explanation=f"the article also writes {right}"))
            continue
        groups[skeleton(tok.key.rstrip("s"))].append(tok)
    for toks in groups.values():
        counts = Counter(t.text for t in toks)
        if len(counts) < 2:
            continue
        ranked = sorted(counts.items(), key=lambda kv: (
            -kv[1], -_diacritics(kv[0]), toks.index(next(t for t in toks if t.text == kv[0]))))
        (major, n_major), *rest = ranked
        for minor, n_minor in rest:
            # A tie is broken only by diacritics: MT drops them ("Petrovic"), it does not invent them.
            if (n_minor > n_major or n_minor == n_major and _diacritics(major) <= _diacritics(minor)
                    or minor.rstrip("s") == major.rstrip("s")):
                continue
            if language in _CAPITALISED_NOUNS and fold(minor) != fold(major):
                continue  # German capitalises nouns: only a lost diacritic is safe to call a variant here
            for tok in (t for t in toks if t.text == minor):
                out.append(Artifact(surface=tok.text, start=tok.start, end=tok.end, category="inconsistent_variant",
                                    suggestion=major, confidence=0.7 if n_major >= 3 else 0.6, severity="info",
                                    explanation=f"the article spells this name '{major}' {n_major} times"))
    out += _alias_disagreements(scan, busy)
    out += _exonym_disagreements(scan, busy, language)
    return out


def _exonym_disagreements(scan: NameScan, busy: list[tuple[int, int]], language: str) -> list[Artifact]:
    """Copy that names a place or person both in its own language and in English ("Pékin" and "Beijing")."""
    if language == "en":
        return []
    native_used: dict[str, str] = {}
    for m in scan.mentions:
        if fold(m.surface) in {fold(n) for n in m.entry.names.get(language, ())}:
            native_used.setdefault(m.entry.name, m.entry.names[language][0])
    out = []
    for m in scan.mentions:
        native = native_used.get(m.entry.name)
        if native and fold(m.surface) not in {fold(n) for n in m.entry.names.get(language, ())} and not any(
                s <= m.start < e for s, e in busy) and m.entry.type in ("city", "person"):
            out.append(Artifact(surface=m.surface, start=m.start, end=m.end, category="inconsistent_variant",
                                suggestion=native, confidence=0.7, severity="info",
                                explanation=f"the article also writes {native}, the {language} name"))
    return out


def _diacritics(word: str) -> int:
    return sum(1 for c in word if not c.isascii())


def _alias_disagreements(scan: NameScan, busy: list[tuple[int, int]]) -> list[Artifact]:
    by_entry: dict[str, list] = defaultdict(list)
    for m in scan.mentions:
        if " " not in m.surface and m.entry.type != "country":
            by_entry[m.entry.name].append(m)
    out = []
    for mentions in by_entry.values():
        counts = Counter(m.surface for m in mentions)
        if len(counts) < 2:
            continue
        (major, n_major), *rest = counts.most_common()
        for minor, n_minor in rest:
            low_major, low_minor = major.casefold(), minor.casefold()
            if (n_minor >= n_major or low_major in low_minor or low_minor in low_major
                    or fuzz.ratio(low_major, low_minor) < 75):
                continue
            for m in (m for m in mentions if m.surface == minor):
                if not any(s <= m.start < e for s, e in busy):
                    out.append(Artifact(surface=m.surface, start=m.start, end=m.end, category="inconsistent_variant",
                                        suggestion=major, confidence=0.6, severity="info",
                                        explanation=f"the article elsewhere writes {major} ({n_major} times)"))
    return out
