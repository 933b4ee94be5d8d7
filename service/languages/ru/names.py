"""Russian speaker names in the nominative, read off a genitive mention ('По словам Марии Захаровой' → 'Мария
Захарова', 'по данным Министерства обороны' → 'Министерство обороны').

A source phrase governs the genitive, so its name is written in a form the speaker list must not show, and which
would not match the same person named before ('Мария Захарова заявила …  По словам Захаровой …'). Only words in such
a slot are changed; the endings are those of the usual first names, surnames and body nouns, and a word they do not
fit is left as written.
"""

from __future__ import annotations

# Words after which the next noun phrase is genitive: 'по словам X', 'по мнению X', 'по данным X'.
GENITIVE_GOVERNORS = frozenset({
    "словам", "мнению", "данным", "информации", "оценке", "оценкам", "сведениям", "подсчетам", "подсчётам",
    "заявлению", "сообщению",
})
# Surname endings in the genitive: feminine (-овой → -ова) and masculine (-ова → -ов), longest first.
_FEMININE_SURNAME = (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
                     ("ской", "ская"), ("цкой", "цкая"))
_MASCULINE_SURNAME = (("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"), ("ского", "ский"),
                      ("цкого", "цкий"), ("ого", "ой"))
# First names whose genitive drops a vowel of the nominative.
_IRREGULAR = {"павла": "Павел", "петра": "Пётр", "льва": "Лев"}
_HUSHING = "гкхжшчщ"
_VOWELS = "аеёиоуыэюя"


def nominative_name(words: list[str]) -> list[str]:
    """The words of a genitive mention in the nominative: a body's head noun alone ('Министерства обороны'), or a
    person's role and name ('политолога Андрея Колесникова' → 'политолог Андрей Колесников')."""
    if not words:
        return words
    if _body_head(words[0]):
        return [_body_nominative(words[0]), *words[1:]]
    first_cap = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    run = words[first_cap:]
    if len(words) > 1 and (not run or not all(w[:1].isupper() for w in run) or any(w.isupper() for w in run)):
        # 'следственного управления СК России по Свердловской области': a description, whose adjectives and
        # complements these endings do not cover, or a body's abbreviation; left as written.
        return words
    feminine = _feminine(words[-1])
    return [_person_word(w, feminine, last=(i == len(words) - 1)) for i, w in enumerate(words)]


def _body_head(word: str) -> bool:
    """'Министерства', 'Минздрава', 'пресс-службы', 'МЧС': a body, whose complements stay genitive."""
    low = word.lower()
    return word.isupper() or low.startswith(("мин", "пресс-служб", "правительств", "администраци", "ведомств",
                                              "прокуратур", "управлени", "служб", "компани", "банк", "суд"))


def _body_nominative(word: str) -> str:
    low = word.lower()
    if word.isupper():
        return word  # 'МЧС', 'ЦИК' do not decline
    for genitive, nominative in (("ства", "ство"), ("ии", "ия"), ("ения", "ение"), ("ы", "а"), ("а", "")):
        if low.endswith(genitive):
            return word[: len(word) - len(genitive)] + nominative
    if low.endswith("и") and len(low) > 2 and low[-2] in _HUSHING:
        return word[:-1] + "а"
    return word


def _feminine(surname: str) -> bool | None:
    low = surname.lower()
    if low.endswith(tuple(g for g, _ in _FEMININE_SURNAME)):
        return True
    if low.endswith(tuple(g for g, _ in _MASCULINE_SURNAME)):
        return False
    return None


def _person_word(word: str, feminine: bool | None, last: bool) -> str:
    low = word.lower()
    if word.isupper() or not word[:1].isalpha():
        return word
    if last:
        for genitive, nominative in _FEMININE_SURNAME if feminine else _MASCULINE_SURNAME if feminine is False else ():
            if low.endswith(genitive):
                return word[: len(word) - len(genitive)] + nominative
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith(("ии", "ьи")):
        return word[:-1] + "я"  # 'Марии', 'Натальи', 'Ильи'
    if low.endswith("ы") or (low.endswith("и") and len(low) > 2 and low[-2] in _HUSHING):
        return word[:-1] + "а"  # 'Анны', 'Ольги', 'Никиты'
    if feminine:
        return word  # a woman's name the endings above do not fit: as written
    if low.endswith(("ея", "ая", "уя", "ия")):
        return word[:-1] + "й"  # 'Сергея', 'Николая', 'Дмитрия'
    if low.endswith("а") and len(low) > 2 and low[-2] not in _VOWELS:
        return word[:-1]  # 'Владимира', 'Дениса', 'Паслера', 'политолога'
    return word
