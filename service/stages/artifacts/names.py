"""Layers 1 and 3: exact hits on known variants, and split ("Tik Tok") or joined ("Goldmansachs") names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wordfreq import zipf_frequency

from service.contracts import Artifact
from service.stages.artifacts.gazetteer import Entry, Form, Gazetteer
from service.stages.artifacts.text import Token, casing_matches, fold, tokens_inside
from service.tokens import LETTER_RUNS

# Tokens may join into one name across these gaps only ("U.S.", "Coca-Cola", "Johnson & Johnson").
# A no-break or thin space joins like a space ("Tik\u00a0Tok" from copy pasted out of a web page).
_JOINABLE_GAP = re.compile(r"^(?:[ \u00a0\u2009\u202f\-‐'’.]|\. | & |\.-)$")
_SPLIT_GAP = re.compile(r"^[ \u00a0\u2009\u202f\-‐]$")
_ACCEPTED = ("canonical", "alias")


@dataclass
class Mention:
    """A correct, exact mention of a gazetteer entry; later layers use these as context."""

    start: int
    end: int
    surface: str
    entry: Entry


@dataclass
class NameScan:
    """What the exact pass found: artifacts, correct mentions and the offsets they cover."""

    artifacts: list[Artifact] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)  # token indexes inside a mention or artifact


def joinable(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    if gap == ". ":
        return len(left.text) == 1 and left.text.isupper()  # an initial, as in "George W. Bush"
    return _JOINABLE_GAP.match(gap) is not None


def best_form(forms: list[Form], surface: str, language: str) -> str:
    """The accepted form to suggest: same token count as the surface, canonical on ties."""
    entry = forms[0].entry
    candidates = entry.accepted(language)
    n = len(surface.split())
    same = [c for c in candidates if len(c.split()) == n] or [entry.display(language)]
    from rapidfuzz.fuzz import ratio

    return max(same, key=lambda c: (ratio(fold(c), fold(surface)), c == entry.display(language)))


def scan_exact(text: str, tokens: list[Token], gaz: Gazetteer, language: str) -> NameScan:
    """Longest-match lookup of every token n-gram in the gazetteer."""
    scan = NameScan()
    first_keys = _first_keys(gaz)
    i = 0
    while i < len(tokens):
        if tokens[i].key not in first_keys:
            i += 1
            continue
        hit = _longest(text, tokens, i, gaz)
        if hit is None:
            i += 1
            continue
        n, forms = hit
        start, end = tokens[i].start, tokens[i + n - 1].end
        surface = text[start:end]
        _classify(scan, surface, start, end, forms, language)
        if scan.mentions and scan.mentions[-1].start == start or scan.artifacts and scan.artifacts[-1].start == start:
            scan.covered.update(range(i, i + n))
            i += n
        else:
            i += 1
    return scan


def _first_keys(gaz: Gazetteer) -> set[str]:
    cached = getattr(gaz, "_first_keys", None)
    if cached is None:
        cached = {key[0] for key in gaz.forms}
        gaz._first_keys = cached
    return cached


def _longest(text: str, tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[int, list[Form]] | None:
    top = min(gaz.max_len, len(tokens) - i)
    limit = 1
    while limit < top and joinable(text, tokens[i + limit - 1], tokens[i + limit]):
        limit += 1
    for n in range(limit, 0, -1):
        forms = gaz.forms.get(tuple(t.key for t in tokens[i : i + n]))
        if forms:
            surface = text[tokens[i].start : tokens[i + n - 1].end]
            matching = [f for f in forms if casing_matches(surface, f.text)]
            if matching:
                return n, matching
    return None


def _classify(scan: NameScan, surface: str, start: int, end: int, forms: list[Form], language: str) -> None:
    ok = [f for f in forms if f.kind in _ACCEPTED or (f.kind == "foreign" and f.language == language)]
    ok += [f for f in forms if f.kind == "variant" and _native_form(f, language)]
    if ok:
        scan.mentions.append(Mention(start, end, surface, ok[0].entry))
        return
    bad = [f for f in forms if f.kind == "variant"] or [f for f in forms if f.kind == "foreign"]
    if not bad or bad[0].kind == "foreign" and surface.isupper() and zipf_frequency(surface.lower(), "en") >= 2.5:
        return  # "CPI" is the ICC in French but a price index in English
    form = bad[0]
    entry = form.entry
    # Agencies are cited by their short canonical name (AFP, dpa); others keep the surface's shape.
    suggestion = entry.display(language) if entry.type == "agency" else best_form([form], surface, language)
    if fold(suggestion) == fold(surface):
        return
    if re.sub(r"[\s\-‐]", "", fold(surface)) == re.sub(r"[\s\-‐]", "", fold(suggestion)):
        category, why = "split_name", f"'{surface}' splits the name {suggestion}"
    elif entry.type == "agency":
        category, why = "agency_name", f"'{surface}' is a translated or garbled name of the agency {entry.name}"
    elif form.kind == "foreign":
        category, why = "misspelled_name", f"'{surface}' is the {form.language} name of {suggestion}"
    else:
        category, why = "misspelled_name", f"'{surface}' is a known transliteration/MT variant of {suggestion}"
    confidence = 0.95 if form.kind == "variant" else 0.8
    scan.artifacts.append(
        Artifact(surface=surface, start=start, end=end, category=category, suggestion=suggestion,
                 confidence=confidence, explanation=why, severity="warning")
    )


def _native_form(form: Form, language: str) -> bool:
    """A listed variant that is the entity's own name in the text's language ("Poutine" in French)."""
    return any(f" {fold(form.text)} " in f" {fold(native)} " for native in form.entry.names.get(language, ()))


def scan_split(text: str, tokens: list[Token], gaz: Gazetteer, scan: NameScan, language: str) -> list[Artifact]:
    """Two or three capitalised pieces that join into a one-word name, and one word that is a spaced name."""
    joined, spaced = _split_indexes(gaz, language)
    found: list[Artifact] = []
    flagged = tokens_inside(tokens, [(a.start, a.end) for a in scan.artifacts])
    for i, token in enumerate(tokens):
        if i in flagged or not token.text[:1].isupper():
            continue
        name = spaced.get(token.key)
        handle = token.start > 0 and text[token.start - 1] in "@#/" or text[token.end : token.end + 4] == ".com"
        if (name and i not in scan.covered and token.text != name and not token.text.isupper() and not handle
                and zipf_frequency(token.key, "en") < 3.0):
            found.append(Artifact(
                surface=token.text, start=token.start, end=token.end, category="split_name", suggestion=name,
                confidence=0.85, explanation=f"'{token.text}' runs together the name {name}", severity="warning"))
            continue
        for n in (2, 3):
            # Mentions may be crossed: "Pepsi Co" holds the accepted short name "Pepsi".
            if i + n > len(tokens) or any(k in flagged for k in range(i, i + n)):
                break
            pairs = zip(tokens[i : i + n], tokens[i + 1 : i + n])
            if not all(_SPLIT_GAP.match(text[a.end : b.start]) for a, b in pairs):
                break
            key = "".join(t.key for t in tokens[i : i + n])
            if key in joined and not any(
                    f.kind in _ACCEPTED for f in gaz.forms.get(tuple(t.key for t in tokens[i : i + n]), ())):
                start, end = token.start, tokens[i + n - 1].end
                name = joined[key]
                found.append(Artifact(
                    surface=text[start:end], start=start, end=end, category="split_name", suggestion=name,
                    confidence=0.9, explanation=f"'{text[start:end]}' splits the one-word name {name}",
                    severity="warning"))
                break
    return found


def scan_swapped(text: str, tokens: list[Token], gaz: Gazetteer, scan: NameScan, language: str) -> list[Artifact]:
    """A known two- or three-word name with its words in another order ("France-Presse Agence", "Jinping Xi")."""
    index = _swapped_index(gaz, language)
    mention_starts = {m.start: m.end for m in scan.mentions}
    flagged = tokens_inside(tokens, [(a.start, a.end) for a in scan.artifacts])
    found: list[Artifact] = []
    i = 0
    while i < len(tokens):
        hit = None
        for n in (3, 2):
            window = tokens[i : i + n]
            # A correct name starting inside the window ("out-Christie Chris Christie") is no swap.
            if len(window) < n or any(k in flagged for k in range(i, i + n)) or any(
                    mention_starts.get(tokens[k].start, 0) > window[-1].end for k in range(i + 1, i + n)):
                continue
            if not window[0].text[:1].isupper():
                continue
            if not all(joinable(text, a, b) for a, b in zip(window, window[1:])):
                continue
            keys = tuple(t.key for t in window)
            form = index.get(tuple(sorted(keys)))
            if form and keys != tuple(fold(w) for w in LETTER_RUNS.findall(form.text)):
                hit = (n, form)
                break
        if hit:
            n, form = hit
            start, end = tokens[i].start, tokens[i + n - 1].end
            agency = form.entry.type == "agency"
            found.append(Artifact(
                surface=text[start:end], start=start, end=end, category="agency_name" if agency else "misspelled_name",
                suggestion=form.entry.name if agency else form.text, confidence=0.8, severity="warning",
                explanation=f"'{text[start:end]}' has the words of {form.text} in another order"))
            i += n
        else:
            i += 1
    return found


def _swapped_index(gaz: Gazetteer, language: str) -> dict[tuple[str, ...], Form]:
    cache = getattr(gaz, "_swapped_cache", None)
    if cache is None:
        cache = gaz._swapped_cache = {}
    if language not in cache:
        index: dict[tuple[str, ...], Form] = {}
        for key, forms in gaz.forms.items():
            accepted = [f for f in forms if f.kind in _ACCEPTED and f.entry.type not in ("country", "institution")]
            if accepted and 2 <= len(key) <= 3 and len(set(key)) == len(key) and all(len(k) >= 2 for k in key):
                index.setdefault(tuple(sorted(key)), accepted[0])
        cache[language] = index
    return cache[language]


def _split_indexes(gaz: Gazetteer, language: str) -> tuple[dict[str, str], dict[str, str]]:
    cache = getattr(gaz, "_split_cache", None)
    if cache is None:
        cache = gaz._split_cache = {}
    if language not in cache:
        joined: dict[str, str] = {}
        spaced: dict[str, str] = {}
        for key, forms in gaz.forms.items():
            for form in forms:
                if form.kind not in _ACCEPTED or form.entry.type in ("country",):
                    continue
                if len(key) == 1 and len(key[0]) >= 5 and form.entry.type != "person" or (
                    len(key) == 1 and len(key[0]) >= 7
                ):
                    joined.setdefault(key[0], form.text)
                elif len(key) >= 2 and all(len(k) >= 2 for k in key) and form.entry.type != "person":
                    spaced.setdefault("".join(key), form.text)
        for accepted in list(spaced):
            if accepted in joined:
                del spaced[accepted]
        cache[language] = (joined, spaced)
    return cache[language]
