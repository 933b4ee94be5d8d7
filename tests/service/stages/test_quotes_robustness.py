"""Broken input never drops an article, offsets always round-trip, and huge input is handled."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.service.stages.quote_helpers import claims_of as _claims

_PIECES = ["He said", " “", "”", '"', "«", "»", "„", "“", "‘", "’", " she added.", "\n\n",
           ", according to officials", " the ministry said that ", "We will win", " 2020 ",
           "Ross", ":", ".", " ", "Er sagte, er sei", "laut Polizei"]


def _assert_well_formed(text: str, claims) -> None:
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for claim in claims:
        assert text[claim.start:claim.end] == claim.quote
        assert 0.0 <= claim.checkworthiness <= 1.0
        if claim.cue is not None:
            assert text[claim.cue_start:claim.cue_end] == claim.cue
        if claim.speaker is not None and claim.speaker.start is not None:
            assert text[claim.speaker.start:claim.speaker.end] == claim.speaker.mention
        if claim.type == "term":
            assert claim.speaker is None
        # The pieces of an interrupted quote lie in order inside its hull and span it.
        pieces = [(piece.start, piece.end) for piece in claim.spans]
        assert pieces == sorted(pieces)
        assert all(claim.start <= s < e <= claim.end for s, e in pieces)
        if pieces:
            assert (pieces[0][0], pieces[-1][1]) == (claim.start, claim.end)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["en", "de", "fr", "xx"]))
def test_any_mix_of_marks_and_cues_is_well_formed(pieces, language):
    text = "".join(pieces)
    _assert_well_formed(text, _claims(text, language))


def test_a_quote_inside_a_claim_is_not_joined_to_it_as_a_later_piece():
    # Found by fuzzing: an unframed quote nested inside the speaker's previous claim was
    # appended as a piece, leaving pieces out of order and outside the claim.
    text = (" —  12 Trump that . « the mayor  12  12 \ud7ff the forecast \ud7ff» 12  the mayor  "
            "he  She  according to » that  —  said :\n\n that “ he  said »Trump he ? according "
            "to  U.S. « according to \x00 by :\x00 U.S.  She ")
    _assert_well_formed(text, _claims(text))


def test_one_unbalanced_mark_keeps_the_rest_of_the_article():
    text = (
        "Officials called it a “historic deal and moved on.\n\n"
        "“We will cut taxes by 5%,” Ross said on Fox Business.\n\n"
        "She said the plan “will work” in 2021."
    )
    claims = _claims(text)
    ross = [c for c in claims if c.quote == "We will cut taxes by 5%,"]
    assert ross and ross[0].speaker.name == "Ross"
    # English partial quotes are claimed with their reported clause.
    assert any(c.quote == "the plan “will work” in 2021" and c.speaker is not None for c in claims)


def test_empty_and_markless_text():
    assert _claims("") == []
    assert _claims("Nothing happened here. The weather was fine.") == []


def test_hundred_thousand_words_are_handled():
    paragraph = (
        "“We will not raise taxes this year,” the minister said on Monday. "
        "According to the ministry, revenue rose 4% in 2019. "
        "Analysts said that growth would slow, and a “temporary” pause was likely.\n\n"
    )
    text = paragraph * (100_000 // len(paragraph.split()) + 1)
    claims = _claims(text)
    assert len(text.split()) >= 100_000
    assert len(claims) >= 3 * (100_000 // len(paragraph.split()))
    _assert_well_formed(text, claims[:50])


def test_a_hundred_kilobytes_without_a_stop_give_claims_no_longer_than_a_sentence():
    # Read as one sentence, every 'said' framed the rest of the text: quadratic time and output (80 KB took 13 s).
    from service.stages.segment import MAX_SENTENCE_CHARS

    text = "the minister said that prices rose again in the north " * 2_000
    claims = _claims(text)
    assert claims and all(len(c.quote) <= MAX_SENTENCE_CHARS for c in claims)
    _assert_well_formed(text, claims)


def test_an_unclosed_quote_before_its_frame_ends_at_the_frame():
    from tests.service.stages.quote_helpers import claims_of

    for language, text, speaker in [
            ("fr", "« Nous ne céderons pas sur cette réforme, a déclaré le ministre de l'Intérieur.\n\n"
                   "Le texte sera voté.", "le ministre de l'Intérieur"),
            ("en", "“We will not back down on this reform, the minister said on Monday.\n\nThe bill passed.",
             "the minister")]:
        claim = claims_of(text, language)[0]
        assert claim.type == "direct" and claim.quote == text[claim.start:claim.end]
        assert claim.quote.endswith("réforme") or claim.quote.endswith("reform")
        assert claim.speaker.mention == speaker
