"""Figure conflicts: one quantity restated with another number, and what does not count as one."""

from __future__ import annotations

import json

import pytest

from service.stages.checks import support_document
from service.stages.checks.contradictions import find_contradictions
from service.stages.checks.support import index_document
from tests.conftest import ROOT

FILLER = "Rescue teams worked through the night. Roads to the area were closed for hours. "


def checks_for(text: str, models, language: str = "en"):
    return find_contradictions(index_document(support_document(text, language), models))


def test_death_toll_restated_lower_far_apart_is_flagged(fake_models):
    text = ("At least 14 people died in the quake in Arequipa on Thursday, officials said.\n\n" + FILLER * 2 +
            "\n\nLater, officials in Arequipa said the number of dead stood at 11.")
    checks = checks_for(text, fake_models)
    assert len(checks) == 1 and "14" in checks[0].explanation and "11" in checks[0].explanation


@pytest.mark.parametrize("later", [
    "Later, officials in Arequipa said the number of dead had risen to 19.",  # an update, not a conflict
    "Later, officials in Arequipa said 13 people died in the collapse of a market hall.",  # 'more than 12'
    "Later, officials in Arequipa said about 11 people died, most of them in a market hall.",  # an estimate
])
def test_bounds_and_updates_are_not_conflicts(fake_models, later):
    text = ("More than 12 people died in the quake in Arequipa on Thursday, officials said.\n\n" + FILLER * 2 +
            "\n\n" + later)
    assert checks_for(text, fake_models) == []


def test_parallel_figures_in_a_list_are_not_conflicts(fake_models):
    text = ("If they are white, the unemployment rate is 33 percent. If they are Hispanic, the unemployment "
            "rate is 36 percent. Among all young people the unemployment rate is 30 percent.")
    assert checks_for(text, fake_models) == []


def test_expected_figure_is_not_a_restatement(fake_models):
    text = ("Consumer prices rose 2.1 percent in October, the statistics office said.\n\n" + FILLER * 2 +
            "\n\nEconomists had expected consumer prices to rise 2.4 percent in October.")
    assert checks_for(text, fake_models) == []


def test_two_effective_dates_for_the_same_rules(fake_models):
    text = ("The restrictions will take effect on December 1, the ministry said.\n\n" + FILLER * 2 +
            "\n\nThe new restrictions will take effect on December 15, an official said.")
    checks = checks_for(text, fake_models)
    assert len(checks) == 1 and len(checks[0].spans) == 2


@pytest.mark.parametrize("name", ["es-terremoto-peru", "fr-politique-budget", "zh-keji-shuidao",
                                  "de-wirtschaft-inflation", "en-mt-facebook-hearing", "fr-mt-puces"])
def test_reference_figure_conflicts_are_found(real_models, name):
    reference = json.loads((ROOT / "eval" / "references" / f"{name}.json").read_text(encoding="utf-8"))
    text, language = reference["text"], reference["language"]
    checks = checks_for(text, real_models, language)
    overlaps = lambda span, gold: span.start < gold["end"] and gold["start"] < span.end  # noqa: E731
    found = [pair for pair in reference["contradictions"]
             if any(any(overlaps(s, pair["a"]) for s in c.spans) and any(overlaps(s, pair["b"]) for s in c.spans)
                    for c in checks)]
    assert found, [c.explanation for c in checks]


def test_percentage_points_and_compound_modifiers_are_not_shares(fake_models):
    text = ("Clinton led Sanders by 20 percentage points in Delaware, the count showed.\n\n" + FILLER * 2 +
            "\n\nIn Delaware, Clinton won 60 percent of the vote against Sanders. Sanders gave a "
            "30-second speech in Delaware.\n\n" + FILLER + "\n\nLater Sanders gave a 25-second speech in Delaware.")
    assert checks_for(text, fake_models) == []


def test_a_language_without_a_word_list_does_not_crash(fake_models):
    # Language detection can name a language wordfreq lacks ('gcf'); the figure checks must still run.
    text = "Die Polizei sagte, 12 Menschen seien gestorben. Später sagte sie, 40 Menschen seien gestorben."
    index = index_document(support_document(text, "gcf"), fake_models)
    assert isinstance(find_contradictions(index), list)


def test_a_toll_told_by_another_source_is_still_the_same_quantity(fake_models):
    # The Red Cross is who tells the second toll, not what it counts: the names do not make two subjects.
    text = ("A bus crash on the Nairobi-Mombasa highway killed 12 people on Sunday, police said.\n\n" + FILLER * 2 +
            "\n\nLater on Sunday, the Kenya Red Cross said 15 people had died in the crash.")
    checks = checks_for(text, fake_models)
    assert len(checks) == 1 and "12" in checks[0].explanation and "15" in checks[0].explanation
