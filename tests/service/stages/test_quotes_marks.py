"""Quote-mark pairing: every style, nesting, multi-paragraph quotes and broken marks."""

from __future__ import annotations

import pytest

from service.stages.quotes.marks import find_quotes, single_quoted
from service.stages.segment import paragraphs


def _quotes(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text, paragraphs(text))]


@pytest.mark.parametrize(
    "text",
    [
        "He said “we will win” today.",
        'He said "we will win" today.',
        "Il a dit « we will win » hier.",
        "Er sagte „we will win“ gestern.",
        "Er sagte ‚we will win‘ gestern.",
        "他说「we will win」。",
        "他说『we will win』。",
        "Er sagte »we will win« gestern.",
        "قال «we will win» أمس.",
    ],
)
def test_every_common_style_pairs(text):
    assert [q.strip() for q in _quotes(text)] == ["we will win"]


def test_nested_quotes_are_found_inside_the_outer_one():
    text = "She said “he told me ‘no way’ yesterday” and left."
    assert _quotes(text) == ["he told me ‘no way’ yesterday", "no way"]


def test_apostrophes_are_not_quotes():
    assert _quotes("It’s the party’s plan, isn’t it?") == []


def test_quote_runs_over_paragraphs_that_reopen():
    text = "He said: “First part.\n\n“Second part.\n\n“Third part,” he added."
    (quote,) = _quotes(text)
    assert quote.startswith("First part.") and quote.endswith("Third part,")


def test_unbalanced_mark_spoils_only_itself():
    text = (
        "A stray “opener in the first paragraph.\n\n"
        "Then “a clean quote” here, and a stray closer” there.\n\n"
        "And “another clean one”."
    )
    assert _quotes(text) == ["a clean quote", "another clean one"]


def test_dangling_opener_after_colon_runs_to_paragraph_end():
    text = "The minister said: “We will not move\n\nNext paragraph."
    assert _quotes(text) == ["We will not move"]


def test_mixed_curly_and_straight_marks():
    text = "He said “we will win\" and then \"we will see”."
    assert _quotes(text) == ["we will win", "we will see"]


def test_seed_stray_guillemet_is_ignored(seed_text):
    quotes = _quotes(seed_text)
    assert len(quotes) == 15
    assert any(q.startswith("verify the code’s security") for q in quotes)


def test_typewriter_double_apostrophes_pair_like_straight_quotes():
    text = "''We will win,'' said Doug Schoen. He read ``Destiny and Power'' twice."
    assert _quotes(text) == ["We will win,", "Destiny and Power"]


def test_dialogue_turns_need_a_second_dash_and_skip_quotes_in_marks():
    from service.stages.quotes.marks import dialogue_turns

    text = ("— Essa gente pegou ônibus — disse o treinador.\n\n"
            "— Sem segundo travessão não há turno.\n\n"
            "— Ele disse “basta” — contou Ana.")
    paras = paragraphs(text)
    turns = dialogue_turns(text, paras, find_quotes(text, paras))
    assert [text[t.start:t.end] for t in turns] == ["Essa gente pegou ônibus"]
    assert text[turns[0].close_at] == "—" and turns[0].depth == 0


def test_single_quotes_pair_at_the_top_level_only_where_the_language_quotes_so():
    text = "'Dit was een verdienmodel', zei ze. Zo'n ‘verdiende overwinning’ in de jaren '80 en 's avonds."
    spans = [text[q.start:q.end] for q in find_quotes(text, paragraphs(text), single_quotes=True)]
    # Apostrophes inside a word ('zo'n'), before a decade or a clitic (''s avonds') are no marks.
    assert spans == ["Dit was een verdienmodel", "verdiende overwinning"]
    assert _quotes(text) == []


def test_a_text_quoting_with_single_marks_only_has_its_quotes_found():
    text = ("‘We will not back down,’ said Foreign Minister Anna Berg. The ministers’ plan failed.\n\n"
            "'It is a disgrace,' Berg said. Rock 'n' roll is back.")
    assert single_quoted(text)
    quotes = [text[q.start:q.end] for q in find_quotes(text, [(0, len(text))], single_quotes=True)]
    assert quotes == ["We will not back down,", "It is a disgrace,"]


def test_single_marks_beside_double_quotes_stay_apostrophes_and_nested_quotes():
    assert not single_quoted('“We will not back down,” she said. ‘It is a disgrace,’ he said.')
    assert not single_quoted("The ministers' plan failed in the '90s.")
