"""Italian words for the checks: negations and dates; the other lists are still the English ones."""

from dataclasses import replace

from service.languages.en.checks import WORDS as ENGLISH

WORDS = replace(
    ENGLISH,
    negations=frozenset("non mai nessuno nessuna niente nulla né senza".split()),
    months=tuple("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
                 "dicembre".split()),
    weekdays=tuple("lunedì martedì mercoledì giovedì venerdì sabato domenica".split()),
    capitalised_months=False,
)
