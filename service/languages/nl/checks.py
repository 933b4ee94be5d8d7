"""Dutch words for the checks: negations and dates; the other lists are still the English ones."""

from dataclasses import replace

from service.languages.en.checks import WORDS as ENGLISH

WORDS = replace(
    ENGLISH,
    negations=frozenset("niet geen nooit niemand niets zonder noch".split()),
    ever_words=frozenset({"nooit"}),
    degree_words=frozenset("zoveel zulke zulk".split()),
    months=tuple("januari februari maart april mei juni juli augustus september oktober november december".split()),
    weekdays=tuple("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()),
)
