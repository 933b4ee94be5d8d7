"""Portuguese words for the checks: negations and dates; the other lists are still the English ones."""

from dataclasses import replace

from service.languages.en.checks import WORDS as ENGLISH

WORDS = replace(
    ENGLISH,
    negations=frozenset("não nunca jamais nenhum nenhuma ninguém nada nem sem".split()),
    months=tuple("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()),
    weekdays=tuple("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split()),
    capitalised_months=False,
)
