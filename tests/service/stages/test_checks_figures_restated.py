"""Figure conflicts without a known concept word: a counted noun or a money unit restated with another number."""

from __future__ import annotations

import pytest

from service.stages.checks import support_document
from service.stages.checks.contradictions import find_contradictions
from service.stages.checks.support import index_document

FILLER = "The town council met in the afternoon. Traffic in the centre was slow for most of the day. "


def checks_for(text: str, models, language: str = "en"):
    return find_contradictions(index_document(support_document(text, language), models))


def apart(first: str, second: str) -> str:
    return first + "\n\n" + FILLER * 2 + "\n\n" + second


@pytest.mark.parametrize(("language", "first", "second", "values"), [
    ("es", "El desfalco asciende a 30 millones de euros, según la fiscalía.",
     "La fiscalía precisó después que el desfalco asciende a 22 millones de euros.", ("30,000,000", "22,000,000")),
    ("fr", "La mairie a perdu 18 millions d'euros dans l'opération immobilière.",
     "Selon la chambre régionale des comptes, la mairie a perdu 11 millions d'euros dans l'opération.",
     ("18,000,000", "11,000,000")),
    ("en", "The plant in Harwick employs 420 workers, the company said.",
     "A union official said 380 workers would lose their jobs when the site shuts.", ("420", "380")),
])
def test_one_count_restated_with_another_number_is_flagged(fake_models, language, first, second, values):
    checks = checks_for(apart(first, second), fake_models, language)
    assert len(checks) == 1 and all(v in checks[0].explanation for v in values), [c.explanation for c in checks]


@pytest.mark.parametrize(("first", "second"), [
    # Two counts of one noun far apart in size are two things counted (a site and the whole group).
    ("The plant in Harwick employs 420 workers, the company said.",
     "The group employs 9,500 workers in eleven countries."),
    # Two places named on both sides are two subjects.
    ("The Harwick plant employs 420 workers, the company said.",
     "Its plant in Dunmore employs 380 workers."),
    # An earlier figure is the start of a change, not a restatement.
    ("Floods in the valley have killed 27 people, the emergency service said.",
     "The death toll rose from 19 on Saturday as rescuers reached cut-off villages."),
    ("Unemployment in the province stands at 6.2 percent, the statistics office said.",
     "The jobless rate in the province is down from 7.1 percent a year earlier."),
    # A forecast against the outcome.
    ("Exports of the region grew 4.1 percent last year, the chamber of commerce said.",
     "Analysts had forecast that exports of the region would grow 5 percent last year."),
    # A margin in points and an age are no counted thing.
    ("The incumbent led by 5 percentage points among likely voters, the poll found.",
     "A battleground average puts the challenger behind by 4.2 percentage points."),
    ("Ein 28-Jähriger wurde am Montag in Frankfurt verurteilt.", "In einem Fall bedrohte er eine 23jährige Studentin."),
    # Money in two sentences about two different things.
    ("The fraud amounts to 60 million euros, prosecutors said.",
     "Repairs to the bridge will cost 45 million euros, the council said."),
])
def test_other_subjects_earlier_and_forecast_figures_are_not_conflicts(fake_models, first, second):
    assert checks_for(apart(first, second), fake_models) == []


def test_two_figures_in_one_sentence_are_not_a_conflict(fake_models):
    text = apart("Shares in Halvard rose 3% as oil fell 2% on Wednesday.",
                 "Shares in Halvard closed higher for the third day running.")
    assert checks_for(text, fake_models) == []


def test_a_thousands_separator_does_not_cut_the_quoted_figure(fake_models):
    text = apart("Officials said the storm killed 31 people and forced about 15,000 from their homes.",
                 "Officials later said the storm killed 24 people.")
    checks = checks_for(text, fake_models)
    assert len(checks) == 1 and "forced about 15,000\u201d" in checks[0].explanation, checks[0].explanation
