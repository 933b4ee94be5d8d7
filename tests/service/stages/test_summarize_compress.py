"""Summary compression: closing reporting clauses, filler clauses, roles before names, and the seed's facts."""

from __future__ import annotations

from service.contracts import Document
from service.stages.segment import segment
from service.stages.summarize import summarize
from service.stages.summarize.compress import trim
from service.stages.summarize.extractive import Candidate, render


def kept(text: str, language: str = "en") -> str:
    return "".join(text[s:e] for s, e in trim(text, language))


def test_closing_reporting_clause_that_repeats_the_heads_facts_goes_with_its_comma():
    text = ("Ross affirmed that “the basic Tik Tok will remain unchanged until November 12,” warning that "
            "“if there is no agreement before November 12th, TikTok will be closed.”")
    assert kept(text) == "Ross affirmed that “the basic Tik Tok will remain unchanged until November 12”"
    french = "Le ministre a confirmé la hausse de 5 %, soulignant que la hausse de 5 % restera en vigueur."
    assert kept(french, "fr") == "Le ministre a confirmé la hausse de 5 %."


def test_closing_reporting_clause_with_a_new_fact_stays():
    text = ("Ross said that “the basic TikTok will remain unchanged until November 12,” warning that "
            "“if there is no agreement with Oracle, TikTok will be closed.”")
    assert kept(text) == text
    number = "The mayor confirmed the closure, adding that 40 families would be rehoused by March."
    assert kept(number) == number


def test_closing_filler_about_missing_details_is_dropped():
    text = ("Signs of an agreement emerged that would make Oracle a partner for TikTok, "
            "but no detail was revealed in this regard.")
    assert kept(text) == "Signs of an agreement emerged that would make Oracle a partner for TikTok."
    factual = "Police arrested a man, but the 30 others were released without details being given."
    assert "30 others" in kept(factual)


def test_role_before_a_name_goes_only_where_it_opens_a_clause():
    text = "Microsoft made an offer, but the parent company, ByteDance, rejected it on Sunday."
    assert kept(text) == "Microsoft made an offer, but ByteDance rejected it on Sunday."
    owner = "Immediately, the company that owns the app, TikTok, condemned the ruling."
    assert kept(owner) == "the company that owns the app, TikTok, condemned the ruling."
    german = "Das Gericht entschied, die Klägerin, Katrin Hollmann, sei erleichtert."
    assert "die Klägerin" in kept(german, "de")
    clause = "Die Richter, die das Gesetz geprüft hatten, urteilten am Dienstag."
    assert kept(clause, "de") == "Die Richter urteilten am Dienstag."


def test_render_closes_a_sentence_cut_before_its_full_stop():
    text = "Ross said “it will remain unchanged,” warning that it would close."
    doc = Document(text=text, language="en", language_supported=True, sentences=segment(text, "en"))
    comma = text.index(",”")
    cut = Candidate(doc.sentences[0], [(0, comma), (comma + 1, comma + 2)], 6, 1.0, set(), set())
    assert render(doc, cut, [], 0.8, lambda t, s, e, a, c: t[s:e]) == "Ross said “it will remain unchanged”."
    whole = Candidate(doc.sentences[0], [(0, len(text))], 11, 1.0, set(), set())
    assert render(doc, whole, [], 0.8, lambda t, s, e, a, c: t[s:e]) == text


def test_seed_summary_covers_the_issue_facts(real_models, seed_text):
    doc = Document(text=seed_text, language="en", language_supported=True, sentences=segment(seed_text, "en"))
    summary = summarize(doc, real_models, backend="extractive", max_words=100, min_words=40, artifacts=[])
    text = summary.text
    assert 40 <= len(text.split()) <= 120
    # 'Ross affirmed … November 12' is not copied without the sentence naming Wilbur Ross, Commerce Secretary.
    for needle in ("Sunday", "national security", "WeChat", "Monday", "condemned"):
        assert needle in text, needle
    assert all(s.support >= 0.5 and s.evidence for s in summary.sentences)


def test_a_relative_clause_after_an_age_leaves_the_age_set_off():
    text = "Linda Morrow, 71, who has lived in Cedar Flat for three decades, spent two nights in her car."
    assert kept(text) == "Linda Morrow, 71, spent two nights in her car."
    assert kept("In Paris, Oracle, which makes software, will buy it.") == "In Paris, Oracle will buy it."


def test_a_closing_clause_that_names_the_source_is_kept():
    for text in ("Ivanov was detained at his home early on Friday, according to his lawyer.",
                 "The company cut hundreds of jobs, citing weak demand in its main markets.",
                 "Le pont n'avait pas été inspecté depuis des années, selon les registres du ministère."):
        language = "fr" if text.startswith("Le ") else "en"
        assert [text[s:e] for s, e in trim(text, language)] == [text]
    # A closing clause that only adds circumstance still goes.
    text = "Shares fell sharply on Monday, wiping out gains made during the previous week."
    assert "".join(text[s:e] for s, e in trim(text, "en")) == "Shares fell sharply on Monday."
