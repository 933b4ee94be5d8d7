"""Translation-artifact flagging and normalization: find_artifacts, normalize, normalize_span."""

from __future__ import annotations

from bisect import bisect_left

from service.contracts import Artifact, Document
from service.stages.artifacts.agencies import find_agency_paraphrases
from service.stages.artifacts.calques import find_calques
from service.stages.artifacts.fuzzy import find_inconsistent, find_near_misses
from service.stages.artifacts.gazetteer import Gazetteer, get_gazetteer, load_gazetteer
from service.stages.artifacts.institution_context import ContextEncoder
from service.stages.artifacts.institution_opinion import Candidate
from service.stages.artifacts.institution_reading import LikelihoodScorer
from service.stages.artifacts.institutions import find_institutions
from service.stages.artifacts.names import NameScan, scan_exact, scan_split, scan_swapped
from service.stages.artifacts.normalize import (
    Edit,
    Normalized,
    normalize,
    normalize_span,
    restore_surfaces,
    surface_aliases,
)
from service.stages.artifacts.punctuation import find_punctuation
from service.stages.artifacts.text import Token, tokenize

__all__ = ["find_artifacts", "institution_candidates",
           "normalize", "normalize_span", "restore_surfaces", "surface_aliases", "Normalized", "Edit",
           "get_gazetteer", "load_gazetteer"]


def find_artifacts(doc: Document, encoder: ContextEncoder | None = None,
                   reader: LikelihoodScorer | None = None) -> list[Artifact]:
    """Every layer's findings, overlaps resolved in favour of the most confident, sorted by start; an ``encoder``
    (e5-small) lets the institution second opinion read what a ministry term's sentences say, and a ``reader`` (a
    causal language model, with the encoder) which country a term reads as."""
    text, language = doc.text, (doc.language or "en")
    gaz, tokens, scan, found = _name_layers(doc)
    if language in ("en", "es", "fr"):
        found += find_institutions(doc, tokens, gaz, scan.mentions, found, encoder=encoder, reader=reader)
    found += find_punctuation(text, language)
    found += find_calques(text, language)
    found += find_inconsistent(text, tokens, gaz, scan, found, language)
    return resolve_overlaps(found)


def institution_candidates(doc: Document, encoder: ContextEncoder | None = None,
                           reader: LikelihoodScorer | None = None) -> list[Candidate]:
    """The ministry terms of an English text that the institution rules leave to the learned second opinion, with
    their features (and, with an ``encoder``, their context features; with a ``reader`` too, its readings), as
    ``find_artifacts`` would see them (training and its tests read these)."""
    gaz, tokens, scan, found = _name_layers(doc)
    record: list[Candidate] = []
    find_institutions(doc, tokens, gaz, scan.mentions, found, second_opinion=False, record=record, encoder=encoder,
                      reader=reader)
    return record


def _name_layers(doc: Document) -> tuple[Gazetteer, list[Token], NameScan, list[Artifact]]:
    """The name layers that run before institutions (whose cues read their findings)."""
    text, language = doc.text, (doc.language or "en")
    gaz = get_gazetteer()
    tokens = tokenize(text)
    scan = scan_exact(text, tokens, gaz, language)
    found = list(scan.artifacts)
    found += scan_split(text, tokens, gaz, scan, language)
    found += scan_swapped(text, tokens, gaz, scan, language)
    found += find_agency_paraphrases(text, gaz, scan.mentions, language)
    found += find_near_misses(text, tokens, gaz, scan, language)
    return gaz, tokens, scan, found


def resolve_overlaps(found: list[Artifact]) -> list[Artifact]:
    kept: list[Artifact] = []
    # Kept spans never overlap, so sorted by start their ends are sorted too, and only the last one starting before
    # a new span ends can overlap it: bisection, not a scan of every kept span (thousands in a long text). An empty
    # span breaks that order, so with one around the scan is kept.
    starts: list[int] = []
    ends: list[int] = []
    empty = False
    for art in sorted(found, key=lambda a: (-a.confidence, -(a.end - a.start), a.start)):
        k = bisect_left(starts, art.end)
        if empty or art.start >= art.end:
            overlap = any(art.start < e and s < art.end for s, e in zip(starts, ends))
        else:
            overlap = k > 0 and ends[k - 1] > art.start
        if overlap:
            continue
        kept.append(art)
        starts.insert(k, art.start)
        ends.insert(k, art.end)
        empty = empty or art.start >= art.end
    return sorted(kept, key=lambda a: a.start)
