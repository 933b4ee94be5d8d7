"""Date checks: which year a weekday is checked against, and one date named with two weekdays."""

from __future__ import annotations

import pytest

from service.stages.checks import support_document
from service.stages.checks.dates import date_checks, dateline_year
from service.stages.checks.support import index_document


def checks_for(text: str, models, language: str = "en") -> list[str]:
    return [c.explanation for c in date_checks(index_document(support_document(text, language), models))]


@pytest.mark.parametrize(("text", "language", "year"), [
    ("WASHINGTON, Sept. 20, 2021 (Reuters) - The talks ended.", "en", 2021),
    ("Talks collapse\n\nGENEVA, 4 March 2019 (Wire) - The talks ended.", "en", 2019),
    ("LYON, 5 février 2024 (Wire) - La grève continue.", "fr", 2024),
    # A dateline without a year, and a bare year in the lead, give none.
    ("PARIS, 22 mars (Wire) - La participation s'est établie à 41,2 %, contre 48 % en 2021.", "fr", None),
    # A full date after the dateline is the story's past, not the article's date.
    ("BERLIN (Wire) - Seit dem Anschlag vom 19. Dezember 2016 ist der Markt geschützt.", "de", None),
])
def test_the_year_comes_from_the_dateline_only(text, language, year):
    assert dateline_year(text, language) == year


def test_a_compared_year_is_not_the_year_of_the_weekday(fake_models):
    text = ("PARIS, 22 mars (Wire) - La participation s'est établie à 41,2 %, contre 48 % en 2021.\n\n"
            "Le second tour aura lieu le dimanche 29 mars.")
    assert checks_for(text, fake_models, "fr") == []


def test_a_dateline_year_still_checks_the_weekday(fake_models):
    text = "PARIS, 20 mars 2021 (Wire) - Le vote a lieu le dimanche 22 mars."
    assert any("Monday, not a dimanche" in e for e in checks_for(text, fake_models, "fr"))


def test_a_full_date_in_the_sentence_gives_its_year(fake_models):
    text = "The report, dated March 3, 2021, says the inspection took place on Sunday, March 7."
    assert checks_for(text, fake_models) == []  # 7 March 2021 was a Sunday
    text = "The report, dated March 3, 2021, says the inspection took place on Friday, March 7."
    assert any("Sunday, not a Friday" in e for e in checks_for(text, fake_models))


def test_one_date_with_two_weekdays_is_flagged_without_a_year(fake_models):
    text = ("NORBRIDGE, March 14 (Wire) - Dock workers walked off the job on Tuesday, March 12, the union said.\n\n"
            "The stoppage began on Thursday, March 12, the union said in a statement.")
    checks = checks_for(text, fake_models)
    assert len(checks) == 1 and "Tuesday, March 12" in checks[0] and "Thursday, March 12" in checks[0]


def test_an_undated_and_a_dated_day_are_not_compared(fake_models):
    text = ("NORBRIDGE, March 14 (Wire) - Dock workers walked off the job on Tuesday, March 12.\n\n"
            "The last strike began on Thursday, March 12, 2020, and lasted a month.")
    assert checks_for(text, fake_models) == []


def test_two_dates_with_their_own_weekdays_are_not_flagged(fake_models):
    text = ("NORBRIDGE, March 14 (Wire) - Dock workers walked off the job on Tuesday, March 12.\n\n"
            "Talks are to resume on Thursday, March 14, the union said.")
    assert checks_for(text, fake_models) == []
