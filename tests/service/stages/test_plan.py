"""The stage plan: a request runs what it asks for plus everything that needs."""

from __future__ import annotations

import pytest

from service.stages.plan import ALL_STAGES, STAGES, UnknownStage, plan


def test_claims_take_the_artifact_fixes_with_them():
    assert plan({"claims"}) == ["artifacts", "claims"]


def test_checks_pull_in_every_stage_they_read_in_run_order():
    assert plan({"checks"}) == ["artifacts", "claims", "summary", "checks"]
    assert plan(ALL_STAGES) == [stage.name for stage in STAGES]


def test_nothing_asked_runs_nothing():
    assert plan(set()) == []


def test_every_need_runs_before_its_stage():
    order = [stage.name for stage in STAGES]
    for stage in STAGES:
        assert all(order.index(need) < order.index(stage.name) for need in stage.needs)


def test_an_unknown_stage_is_named_in_the_error():
    with pytest.raises(UnknownStage, match="'sumary'.*known: artifacts, checks, claims, summary"):
        plan({"sumary"})
