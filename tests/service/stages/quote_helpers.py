"""Helpers shared by the claims-stage tests: run the stage on a bare text, find a claim."""

from __future__ import annotations

from service.contracts import Document
from service.stages.quotes import extract_claims
from service.stages.segment import segment


def claims_of(text: str, language: str = "en", parser=None):
    """The claims of ``text`` as the pipeline would extract them, without language detection."""
    return extract_claims(Document(text, language, True, segment(text, language)), parser)


def claim_with(claims, fragment: str):
    """The first claim whose quote contains ``fragment``; fails the test when there is none."""
    hits = [c for c in claims if fragment in c.quote]
    assert hits, f"no claim containing {fragment!r}"
    return hits[0]
