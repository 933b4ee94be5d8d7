"""Contradictions inside one article in several languages: tolls in words or digits, and rise/fall in a bare month."""

from __future__ import annotations

import pytest

from service.stages.checks import support_document
from service.stages.checks.contradictions import find_contradictions
from service.stages.checks.facts import extract_facts, spelled_number
from service.stages.checks.support import index_document

FILLER = {
    "en": "Rescue teams worked through the night. Roads to the area were closed for hours. ",
    "de": "Die Rettungskräfte arbeiteten die ganze Nacht. Die Straßen blieben stundenlang gesperrt. ",
    "es": "Los equipos de rescate trabajaron toda la noche. Las carreteras estuvieron cortadas durante horas. ",
    "it": "I soccorritori hanno lavorato tutta la notte. Le strade sono rimaste chiuse per ore. ",
    "pt": "As equipas de resgate trabalharam toda a noite. As estradas ficaram fechadas durante horas. ",
    "fr": "Les secours ont travaillé toute la nuit. Les routes sont restées fermées pendant des heures. ",
}


def checks_for(first: str, second: str, language: str, models) -> list:
    text = first + "\n\n" + FILLER[language] * 2 + "\n\n" + second
    return find_contradictions(index_document(support_document(text, language), models))


@pytest.mark.parametrize(("language", "word", "value"), [
    ("en", "Twenty-three", 23), ("en", "ninety-nine", 99), ("de", "dreiundzwanzig", 23),
    ("de", "einundzwanzig", 21), ("fr", "vingt-trois", 23), ("fr", "soixante-et-onze", 71),
    ("es", "veintitrés", 23), ("es", "treinta y tres", 33), ("it", "ventitré", 23), ("it", "trentotto", 38),
    ("pt", "vinte e três", 23), ("pt", "dezessete", 17),
])
def test_spelled_numbers_under_a_hundred_are_read(language, word, value):
    assert spelled_number(word, language) == value


def test_an_article_alone_is_no_number():
    # 'ein' and 'un' only count inside a compound ('einundzwanzig', 'vingt-et-un').
    assert spelled_number("ein", "de") is None and spelled_number("un", "fr") is None
    assert extract_facts("Ein Mann kam.", "de").numbers == set()


@pytest.mark.parametrize(("language", "first", "second"), [
    ("en", "Twenty-three people were killed when a dam burst near Velmar, officials said.",
     "The dam burst killed 31 people, the governor said."),
    ("en", "A dam burst near Velmar, killing 23 people, officials said.",
     "The dam burst killed 31 people, the governor said."),
    ("de", "Beim Brand einer Lagerhalle in Velmar sind 23 Menschen getötet worden, teilte die Feuerwehr mit.",
     "Bei dem Brand der Lagerhalle kamen 31 Menschen ums Leben, sagte der Bürgermeister."),
    ("de", "Dreiundzwanzig Menschen starben beim Brand einer Lagerhalle in Velmar, teilte die Feuerwehr mit.",
     "Der Brand der Lagerhalle forderte 31 Tote, sagte der Bürgermeister."),
    ("es", "Treinta y tres personas murieron en el incendio de un almacén en Velmar, informó la policía.",
     "El incendio del almacén causó la muerte de 31 personas, dijo el alcalde."),
    ("it", "23 persone sono morte nell'incendio di un magazzino a Velmar, ha detto la polizia.",
     "L'incendio del magazzino ha causato 31 morti, ha detto il sindaco."),
    ("pt", "23 pessoas morreram no incêndio de um armazém em Velmar, informou a polícia.",
     "O incêndio do armazém causou 31 mortos, disse o presidente da câmara."),
])
def test_two_tolls_for_one_event_are_flagged(fake_models, language, first, second):
    checks = checks_for(first, second, language, fake_models)
    assert len(checks) == 1 and "'dead'" in checks[0].explanation and "31" in checks[0].explanation


@pytest.mark.parametrize(("language", "first", "second"), [
    ("en", "At least 12 people were killed when a dam burst near Velmar on Tuesday, officials said.",
     "By Wednesday the death toll from the dam burst had risen to 15, the governor said."),
    ("en", "Twelve people were killed when a dam burst near Velmar, officials said.",
     "The toll from the dam burst later rose to 15, the governor said."),
    ("de", "Beim Brand einer Lagerhalle in Velmar sind mindestens 12 Menschen getötet worden.",
     "Am Mittwoch stieg die Zahl der Toten nach dem Brand der Lagerhalle auf 15."),
    ("it", "Almeno 12 persone sono morte nell'incendio di un magazzino a Velmar.",
     "Il numero dei morti nell'incendio del magazzino è salito a 15."),
    ("pt", "Pelo menos 12 pessoas morreram no incêndio de um armazém em Velmar.",
     "O número de mortos no incêndio do armazém subiu para 15."),
    ("en", "Two men were arrested after the dam burst near Velmar, officials said.",
     "Three men were questioned after the dam burst near Velmar, the governor said."),
])
def test_tolls_that_grow_or_count_other_things_are_not_flagged(fake_models, language, first, second):
    assert checks_for(first, second, language, fake_models) == []


@pytest.mark.parametrize(("language", "first", "second"), [
    ("en", "Inflation in Norland fell in March, the statistics office said.",
     "Inflation in Norland rose in March, driven by higher rents, the statistics office said."),
    ("en", "Inflation fell to 3.2% in March, the statistics office said.",
     "Inflation rose to 3.9% in March, the statistics office said."),
    ("en", "Unemployment in Norland rose in 2023, the labour office said.",
     "Unemployment in Norland fell in 2023, the labour office said."),
    ("de", "Die Inflation in Norland ist im März gestiegen, teilte das Statistikamt mit.",
     "Die Inflation in Norland ist im März gesunken, teilte das Statistikamt mit."),
    ("it", "L'inflazione in Norlandia è aumentata a marzo, ha detto l'istituto di statistica.",
     "L'inflazione in Norlandia è diminuita a marzo, ha detto l'istituto di statistica."),
])
def test_rise_and_fall_in_the_same_bare_month_or_year_are_flagged(fake_models, language, first, second):
    checks = checks_for(first, second, language, fake_models)
    assert len(checks) == 1 and "goes up" in checks[0].explanation and "goes down" in checks[0].explanation


@pytest.mark.parametrize(("language", "first", "second"), [
    ("en", "Inflation in Norland rose in March, the statistics office said.",
     "Inflation in Norland fell in April, the office said."),
    ("en", "Shares of Nordbank rose in March after strong results, traders said.",
     "Shares of Sudbank fell in March after a profit warning, traders said."),
    ("en", "Unemployment in Norland rose in 2022, the labour office said.",
     "Unemployment in Norland fell in 2023, the labour office said."),
    ("pt", "A inflação na Norlândia subiu em março, disse o instituto de estatística.",
     "A inflação na Norlândia caiu em abril, disse o instituto de estatística."),
])
def test_different_months_years_or_subjects_are_not_flagged(fake_models, language, first, second):
    assert checks_for(first, second, language, fake_models) == []
