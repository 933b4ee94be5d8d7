"""A person's gender read from their name, where neither the mention nor the cue tells it.

Pronouns go to the latest speaker of their gender. A speaker whose gender is unknown cannot take 'she', so the
pronoun went further back: after 'Главный экономист Альфа-банка Наталья Орлова считает', an 'она' went to the
Набиуллина of two paragraphs before, whose cue ('заявила') had told her gender. Two sources, in order:
- ``given_names.tsv``: the 1990 US Census first-name lists (public domain, as shipped by the MIT-licensed `names`
  0.3.0; a name counts as one gender's where that list has it at least three times as often as the other), and
  common German, Dutch, French, Italian, Spanish, Portuguese, Polish, Nordic, African, Arabic and Turkish given
  names written for this project. A row with a language code holds for that language only and comes first there
  ('andrea' is a man in Italian, a woman in the census list);
- the language's endings (``Lexicon.surname_genders``, ``given_name_genders``): Russian surnames ('-ова', '-ский'),
  Italian, Spanish and Portuguese given names ('-a', '-o').
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from service.stages.quotes.lexicon import Lexicon

GIVEN_NAMES = Path(__file__).with_name("given_names.tsv")


@cache
def given_names() -> dict[tuple[str, str], str]:
    """(language or '', lowercase given name) -> m | f."""
    out: dict[tuple[str, str], str] = {}
    for line in GIVEN_NAMES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, gender, *language = line.split("\t")
        out[(language[0] if language else "", name)] = gender
    return out


def name_gender(words: list[str], lex: Lexicon) -> str | None:
    """m | f | None for the person named by ``words`` (given name first, surname last). A lone word is a surname
    ('Rose' may be anyone's): only its ending can tell."""
    if not words:
        return None
    surname = words[-1].lower()
    for ending, gender in lex.surname_genders:
        if surname.endswith(ending) and len(surname) > len(ending) + 1:
            return gender
    if len(words) < 2:
        return None
    given = words[0].lower().split("-")[0]
    if given == "عبد" and len(words) > 2:
        given = f"عبد {words[1]}"  # 'عبد الرحيم', a man's name in two words
    names = given_names()
    found = names.get((lex.language, given)) or names.get(("", given))
    if found:
        return found
    for ending, gender in lex.given_name_genders:
        if given.endswith(ending) and len(given) > len(ending) + 1:
            return gender
    return None
