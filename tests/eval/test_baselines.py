from eval.baselines import lead_sentences, quote_marks


def test_quote_marks_finds_quotations_in_several_conventions_and_skips_short_ones():
    text = ('He said “we will win this,” then „wir schaffen das schon“ and « la France est là » '
            'and "ok then friends" but not “Brexit” nor Clinton’s ‘plan for all now’.')
    found = [q["text"].strip() for q in quote_marks(text)]
    assert found == ["we will win this,", "wir schaffen das schon", "la France est là", "ok then friends",
                     "plan for all now"]
    assert all(q["speaker"] is None for q in quote_marks(text))


def test_quote_marks_keeps_the_outer_of_nested_quotes():
    text = "“He told me ‘never again’ and left,” she said."
    assert [q["text"] for q in quote_marks(text)] == ["He told me ‘never again’ and left,"]


def test_lead_sentences():
    assert lead_sentences("One is here. Two is there. Three! Four.", "en") == "One is here. Two is there. Three!"
