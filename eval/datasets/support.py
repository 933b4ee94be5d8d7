"""Labelled summary sentences for the support checker, built from PolNeAR-layout articles.

For each article (``DIR/text/*.txt``) real sentences are kept as supported examples and perturbed
copies are made as unsupported ones: a name swapped for another name of the same article, a number
changed, a date or weekday shifted, a negation inserted or removed. The edit is the only difference,
so the set measures exactly whether the checker notices it. Deterministic for a given ``seed``;
nothing is written to disk.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from eval.datasets.corpus_texts import text_files
from service.stages.checks.lexicon import get_check_words
from service.stages.segment import segment

PERTURBATIONS = ("entity", "number", "date", "negation")
PER_DOCUMENT = 3  # supported sentences per article; as many perturbed ones are made
_MIN_WORDS, _MAX_WORDS = 8, 45
_AUXILIARIES = ("is", "are", "was", "were", "will", "would", "can", "could", "should", "has", "have",
                "had", "does", "did", "must")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")
_ENGLISH = get_check_words("en")
_MONTHS = list(_ENGLISH.months)
_WEEKDAYS = list(_ENGLISH.weekdays)
_NUMBER_WORDS = {w: int(v) for w, v in _ENGLISH.number_words.items() if v < 20}


def load(path: Path | None, limit: int | None = None, *, seed: int = 13) -> list[dict]:
    """Reference-shaped documents with a ``support`` list each; ``limit`` counts articles."""
    documents = []
    for stem, text in text_files(path, "support"):
        items = build_items(text, random.Random(f"{seed}:{stem}"))
        if items:
            documents.append({"id": stem, "language": "en", "origin": "polnear (support perturbations)",
                              "text": text, "support": items})
        if limit is not None and len(documents) >= limit:
            break
    return documents


def build_items(text: str, rng: random.Random) -> list[dict]:
    """Supported and perturbed sentences for one English article, half of each where possible."""
    body_start = text.find("\n") + 1 if "\n" in text else 0  # the first line is the headline
    sentences = [s.text for s in segment(text, "en") if s.start >= body_start
                 and _MIN_WORDS <= len(s.text.split()) <= _MAX_WORDS]
    names = sorted({m.group() for m in _NAME.finditer(text[body_start:]) if _is_name(m.group())})
    rng.shuffle(sentences)
    items: list[dict] = []
    for sentence in sentences[:PER_DOCUMENT]:
        items.append({"sentence": sentence, "supported": True, "perturbation": "none"})
    kinds = list(PERTURBATIONS)
    rng.shuffle(kinds)
    made = 0
    for sentence in sentences[PER_DOCUMENT:]:
        if made >= PER_DOCUMENT:
            break
        for kind in kinds:
            changed = perturb(sentence, kind, names, rng)
            if changed and changed != sentence:
                items.append({"sentence": changed, "supported": False, "perturbation": kind})
                kinds.append(kinds.pop(kinds.index(kind)))  # rotate so every kind gets used
                made += 1
                break
    return items


def perturb(sentence: str, kind: str, names: list[str], rng: random.Random) -> str | None:
    """One factual edit of ``kind`` to ``sentence``, or None when the sentence offers none."""
    return {"entity": _swap_entity, "number": _change_number, "date": _shift_date,
            "negation": _flip_negation}[kind](sentence, names, rng)


def _swap_entity(sentence: str, names: list[str], rng: random.Random) -> str | None:
    found = [m for m in _NAME.finditer(sentence) if m.group() not in _MONTHS_TITLE | _WEEKDAYS_TITLE
             and _is_name(m.group()) and not _opens_sentence(sentence, m.start())]
    if not found:
        return None
    target = rng.choice(found)
    # Another name of the article that shares no word with this one ('Clinton' is not 'Hillary Clinton').
    others = [n for n in names if not set(n.split()) & set(target.group().split()) and n not in sentence
              and n not in _MONTHS_TITLE | _WEEKDAYS_TITLE]
    if not others:
        return None
    return sentence[: target.start()] + rng.choice(others) + sentence[target.end():]


def _change_number(sentence: str, names: list[str], rng: random.Random) -> str | None:
    found = [m for m in _NUMBER.finditer(sentence) if not _is_year(m.group())]
    if found:
        target = rng.choice(found)
        value = float(target.group().replace(",", ""))
        new = value + rng.choice([1, 2, 3, 5, 10]) if value < 20 else value * rng.choice([0.5, 1.5, 2, 3])
        shown = f"{new:,.0f}" if "," in target.group() else (f"{new:g}" if "." in target.group() else str(int(new)))
        return sentence[: target.start()] + shown + sentence[target.end():]
    words = [m for m in re.finditer(r"\b\w+\b", sentence) if m.group().lower() in _NUMBER_WORDS]
    if not words:
        return None
    target = rng.choice(words)
    value = _NUMBER_WORDS[target.group().lower()]
    choices = [w for w, v in _NUMBER_WORDS.items() if v != value and v > 1]
    return sentence[: target.start()] + rng.choice(choices) + sentence[target.end():]


def _shift_date(sentence: str, names: list[str], rng: random.Random) -> str | None:
    for table in (_WEEKDAYS, _MONTHS):
        found = [m for m in re.finditer(r"\b(" + "|".join(table) + r")\b", sentence, re.IGNORECASE)]
        if found:
            target = rng.choice(found)
            index = table.index(target.group().lower())
            new = table[(index + rng.randint(1, len(table) - 1)) % len(table)].capitalize()
            return sentence[: target.start()] + new + sentence[target.end():]
    years = [m for m in _NUMBER.finditer(sentence) if _is_year(m.group())]
    if years:
        target = rng.choice(years)
        new = int(target.group()) + rng.choice([-3, -2, -1, 1, 2])
        return sentence[: target.start()] + str(new) + sentence[target.end():]
    return None


def _flip_negation(sentence: str, names: list[str], rng: random.Random) -> str | None:
    removals = [(m, "") for m in re.finditer(r"\s+(?:not|never)\b", sentence)]
    removals += [(m, _CONTRACTED.get(m.group(1).lower(), m.group(1)))
                 for m in re.finditer(r"\b(\w+)n['’]t\b", sentence)]
    if removals:
        target, replacement = rng.choice(removals)
        return sentence[: target.start()] + replacement + sentence[target.end():]
    auxiliaries = list(re.finditer(r"\b(" + "|".join(_AUXILIARIES) + r")\b(?=\s+\w)", sentence))
    if not auxiliaries:
        return None
    target = rng.choice(auxiliaries)
    return sentence[: target.end()] + " not" + sentence[target.end():]


_CONTRACTED = {"ca": "can", "wo": "will", "sha": "shall"}


def _is_name(surface: str) -> bool:
    from wordfreq import zipf_frequency

    # A capitalised function word ('But', 'It') is not a name to swap.
    return not any(zipf_frequency(word.lower(), "en") >= 5.5 for word in surface.split()[:1])


def _opens_sentence(sentence: str, start: int) -> bool:
    before = sentence[:start].rstrip()
    return not before or before[-1] in ".!?:“\"‘'(—―"


def _is_year(token: str) -> bool:
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", token))


_MONTHS_TITLE = {m.capitalize() for m in _MONTHS}
_WEEKDAYS_TITLE = {d.capitalize() for d in _WEEKDAYS}
