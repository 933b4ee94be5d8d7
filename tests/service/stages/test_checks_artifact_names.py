"""The support check reads a summary written with artifact fixes against the article as written."""

from __future__ import annotations

from service.contracts import Document, Summary, SummarySentence
from service.stages.artifacts import find_artifacts, restore_surfaces, surface_aliases
from service.stages.checks import run_checks
from service.stages.segment import segment

# An invented machine-translated US story: the US department appears as a "ministry".
ARTICLE = (
    "WASHINGTON, March 3 (Reuters) - The US Ministry of Foreign Affairs on Monday ordered the Orvanto "
    "consulate in Houston to close within 72 hours. "
    "The Ministry of Foreign Affairs said the consulate had helped smuggle research data out of Texas. "
    "Orvanto called the order a provocation and promised to respond."
)


def _doc() -> Document:
    return Document(text=ARTICLE, language="en", language_supported=True, sentences=segment(ARTICLE, "en"))


def test_the_institution_is_flagged_with_the_us_name():
    fixes = {a.surface: a.suggestion for a in find_artifacts(_doc()) if a.category == "institution_term"}
    assert fixes.get("Ministry of Foreign Affairs") in {"State Department", "Department of State"}


def test_summary_using_the_normalized_institution_is_not_flagged(fake_models):
    doc = _doc()
    artifacts = find_artifacts(doc)
    fixed = next(a.suggestion for a in artifacts if a.surface == "Ministry of Foreign Affairs")
    sentence = f"The {fixed} said the consulate had helped smuggle research data out of Texas."
    summary = Summary(text=sentence, sentences=[SummarySentence(text=sentence, support=0.3)])

    without = run_checks(doc, summary, [], fake_models)
    flagged = [c for c in without if c.kind == "unsupported_summary_sentence"]
    assert flagged and "department" in flagged[0].explanation.lower()  # the bug: the summary flags itself

    checks = run_checks(doc, summary, [], fake_models, artifacts, 0.8)
    assert not [c for c in checks if c.kind == "unsupported_summary_sentence"]


def test_a_changed_name_is_still_flagged_after_mapping(fake_models):
    doc = _doc()
    artifacts = find_artifacts(doc)
    sentence = "The Pentagon said the consulate had helped smuggle research data out of Ohio."
    summary = Summary(text=sentence, sentences=[SummarySentence(text=sentence, support=0.3)])
    checks = run_checks(doc, summary, [], fake_models, artifacts, 0.8)
    assert [c.kind for c in checks].count("unsupported_summary_sentence") == 1


def test_restore_surfaces_maps_whole_words_only():
    aliases = {"State Department": "Foreign Ministry", "ByteDance": "Bitdance"}
    text = "The State Department and ByteDance's app."
    assert restore_surfaces(text, aliases) == "The Foreign Ministry and Bitdance's app."
    assert restore_surfaces("ByteDanceX stays", aliases) == "ByteDanceX stays"
    assert restore_surfaces("anything", {}) == "anything"


def test_surface_aliases_skip_unsure_and_punctuation_fixes():
    from service.contracts import Artifact

    arts = [
        Artifact(surface="Tik Tok", start=0, end=7, category="split_name", suggestion="TikTok", confidence=0.9,
                 explanation="split"),
        Artifact(surface="«", start=10, end=11, category="punctuation", suggestion="“", confidence=0.95,
                 explanation="French mark"),
        Artifact(surface="Ministry", start=20, end=28, category="institution_term", suggestion="Department",
                 confidence=0.6, explanation="unsure"),
    ]
    assert surface_aliases(arts, 0.8) == {"TikTok": "Tik Tok"}
