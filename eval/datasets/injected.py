"""Injected-artifact benchmark: PolNeAR-layout news texts with MT-style artifacts put in at known places.

``load(path, limit)`` reads ``path/text/*.txt`` (e.g. ../shared/data/polnear/dev) and returns
reference-shaped dicts: ``id``, ``language`` "en", ``text`` (with the injections) and ``artifacts``
``[{start, end, text, category, suggestion}]``. Nothing is written to disk. Injections are drawn per
article from a seeded RNG by the generic procedures in injection_vocab: transliteration-like
respelling of gazetteer people's names, ministry/minister wording for US departments and titles,
garbled agency names, split one-word brands, and foreign quotation marks.
"""

from __future__ import annotations

import os
import random
import re
import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from eval.datasets import injection_vocab as vocab
from eval.datasets.corpus_texts import text_files
from service.stages.artifacts.gazetteer import get_gazetteer
from service.stages.artifacts.institutions import SENTENCE_START, WORD_BEFORE
from service.stages.artifacts.text import key_of

SEED = int(os.environ.get("WIRECHECK_INJECT_SEED", "20250"))
MAX_PER_TYPE = 2
# Injection vocabularies for institution terms: "standard" is what the detector was developed on,
# "heldout" wordings were written apart from it (see injection_vocab.DEPARTMENTS_HELDOUT).
STYLES = {
    "standard": ({k: v for k, (_, v) in vocab.DEPARTMENTS.items()}, vocab.TITLES),
    "heldout": (vocab.DEPARTMENTS_HELDOUT, vocab.TITLES_HELDOUT),
}


@dataclass
class Edit:
    """Replace text[start:end] with `new`; `gold` lists (offset in new, length, category, suggestion)."""

    start: int
    end: int
    new: str
    gold: list[tuple[int, int, str, str]] = field(default_factory=list)


def load(path: Path | None, limit: int | None = None, style: str = "standard") -> list[dict]:
    if style not in STYLES:
        raise ValueError(f"unknown injection style {style!r}; known: {', '.join(sorted(STYLES))}")
    docs = []
    for stem, text in text_files(path, "injected"):
        rng = random.Random(SEED ^ zlib.crc32(stem.encode()))
        new_text, artifacts = inject(text, rng, style)
        docs.append({"id": f"injected-{stem}", "language": "en", "origin": "injected", "text": new_text,
                     "artifacts": artifacts})
        if limit is not None and len(docs) >= limit:
            break
    return docs


def load_heldout(path: Path | None, limit: int | None = None) -> list[dict]:
    """The benchmark with held-out institution wordings (``bench/bench_injected.py --style heldout``)."""
    return load(path, limit, style="heldout")


def inject(text: str, rng: random.Random, style: str = "standard") -> tuple[str, list[dict]]:
    """The text with a random, non-overlapping set of injections, and their gold artifacts."""
    candidates = {
        "person": _person_edits(text, rng),
        "institution": _institution_edits(text, rng, *STYLES[style]),
        "agency": _agency_edits(text, rng),
        "split": _split_edits(text, rng),
        "quotes": _quote_edits(text, rng),
    }
    chosen: list[Edit] = []
    for _kind, edits in candidates.items():
        rng.shuffle(edits)
        for edit in edits[: rng.randint(1, MAX_PER_TYPE)]:
            if all(edit.end <= c.start or c.end <= edit.start for c in chosen):
                chosen.append(edit)
    return apply(text, chosen)


def apply(text: str, edits: list[Edit]) -> tuple[str, list[dict]]:
    pieces, gold, cursor, shift = [], [], 0, 0
    for edit in sorted(edits, key=lambda e: e.start):
        pieces.append(text[cursor : edit.start])
        base = edit.start + shift
        pieces.append(edit.new)
        for offset, length, category, suggestion in edit.gold:
            start = base + offset
            gold.append({"start": start, "end": start + length, "text": edit.new[offset : offset + length],
                         "category": category, "suggestion": suggestion})
        shift += len(edit.new) - (edit.end - edit.start)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces), gold


@cache
def _form_pattern(form: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")


def _occurrences(text: str, form: str) -> list[re.Match]:
    # Compiled once per form (re's own cache is smaller than the gazetteer's name list), and only run
    # where the form occurs at all: the same matches, without recompiling hundreds of patterns per article.
    if form not in text:
        return []
    return list(_form_pattern(form).finditer(text))


def _person_edits(text: str, rng: random.Random) -> list[Edit]:
    edits: list[Edit] = []
    taken: set[int] = set()
    people = [e for e in get_gazetteer().entries if e.type == "person"]
    forms = sorted({f for e in people for f in (e.name, *e.aliases) if len(f) >= 4}, key=lambda f: (-len(f), f))
    for form in forms:
        for m in _occurrences(text, form):
            if any(i in taken for i in range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            words = form.split()
            targets = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
            if not targets:
                continue
            if len(targets) > 1 and rng.random() < 0.3:
                picked = targets
            else:
                picked = [targets[-1]] if rng.random() < 0.75 else [rng.choice(targets)]
            new_words = [vocab.transliterate(w, rng) if i in picked else w for i, w in enumerate(words)]
            if new_words == words:
                continue
            first, last = min(picked), max(picked)
            offset = len(" ".join(new_words[:first])) + (1 if first else 0)
            length = len(" ".join(new_words[first : last + 1]))
            edits.append(Edit(m.start(), m.end(), " ".join(new_words),
                              [(offset, length, "misspelled_name", " ".join(words[first : last + 1]))]))
    return edits


# Words that may stand right before a US federal name without making it part of another one ("a former Deputy
# Secretary of State", "the U.S. Defense Department"); any other capitalised word glued to it names another body.
_FEDERAL_PREMODIFIERS = frozenset("""U.S. US United States American Deputy Acting Former Assistant Under Associate
    Interim Then Federal Senior Principal Chief The A An When But And If As While After Before""".split())
_LONGER_NAME_AFTER = re.compile(r" (?:of|for) (?:the )?[A-Z]")


def _inside_longer_name(text: str, m: re.Match, department: bool) -> bool:
    """The US name is only part of another body's or office's name: "Washington State Department of Agriculture",
    "Kenya's State Department for Housing", "National Defense Secretary Ramon Villareal" (the Philippines'), "the
    Philippine Department of Justice", "Mexico's Attorney General's Office", "Republican Secretary of State Jon
    Husted" (Ohio's). Rewriting it there makes no calque of a US body, so the benchmark would count a miss the
    detector is right to leave alone, and a wrong fix where it flags one. ("Assistant Secretary of State for African
    Affairs" is a US office: a title goes on with "for" in its own name.)"""
    if department and _LONGER_NAME_AFTER.match(text, m.end()):
        return True
    before = WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if before is None or before.group(1) in _FEDERAL_PREMODIFIERS or before.group(1).endswith(("-run", "-led")):
        return False
    word = before.group(1)
    if word.endswith(("’s", "'s")):
        # "Kenya's State Department for Housing" is Kenya's; "Clinton's State Department" is still the US's.
        owner = get_gazetteer().country_cues.get(key_of(word[:-2]))
        return owner is not None and owner != "US"
    return not SENTENCE_START.search(text, max(0, before.start() - 4), before.start())


def _institution_edits(text: str, rng: random.Random, departments: dict[str, list[str]],
                       titles: dict[str, list[str]]) -> list[Edit]:
    edits = []
    for function, (pattern, _) in vocab.DEPARTMENTS.items():
        for m in re.finditer(rf"\b{pattern}\b", text):
            if _inside_longer_name(text, m, department=True):
                continue
            new = rng.choice(departments[function])
            edits.append(Edit(m.start(), m.end(), new, [(0, len(new), "institution_term", m.group())]))
    for pattern, variants in titles.items():
        for m in re.finditer(rf"\b{pattern}(?= [A-Z][a-z])", text):
            if _inside_longer_name(text, m, department=False):
                continue
            new = rng.choice(variants)
            edits.append(Edit(m.start(), m.end(), new, [(0, len(new), "institution_term", m.group())]))
    return edits


def _agency_edits(text: str, rng: random.Random) -> list[Edit]:
    edits = []
    for entry in (e for e in get_gazetteer().entries if e.type == "agency"):
        for form in dict.fromkeys((entry.name, *entry.aliases)):
            if len(form) < 2 or form.lower().startswith("the "):
                continue
            for m in _occurrences(text, form):
                if re.search(r"[A-Z][a-z]+ $", text[max(0, m.start() - 20) : m.start()]):
                    continue  # "Michael Bloomberg": a person, not the agency
                new = vocab.agency_variant(entry.name, list(entry.aliases), entry.country, rng)
                edits.append(Edit(m.start(), m.end(), new, [(0, len(new), "agency_name", entry.name)]))
    return edits


def _split_edits(text: str, rng: random.Random) -> list[Edit]:
    edits = []
    for entry in (e for e in get_gazetteer().entries if e.type == "company"):
        for form in dict.fromkeys((entry.name, *entry.aliases)):
            if " " in form or len(form) < 6 or not form.isalpha():
                continue
            for m in _occurrences(text, form):
                new = vocab.split_brand(form, rng)
                if new:
                    edits.append(Edit(m.start(), m.end(), new, [(0, len(new), "split_name", form)]))
    return edits


def _quote_edits(text: str, rng: random.Random) -> list[Edit]:
    edits = []
    for m in re.finditer(r"“([^”“\n]{3,400})”", text):
        opening, closing = rng.choice(vocab.FOREIGN_QUOTES[:4])
        new = opening + m.group(1) + closing
        open_mark, close_mark = opening.strip(), closing.strip()
        close_at = len(opening) + len(m.group(1)) + closing.index(close_mark)
        edits.append(Edit(m.start(), m.end(), new, [
            (opening.index(open_mark), 1, "punctuation", "“"),
            (close_at, 1, "punctuation", "”"),
        ]))
    return edits
