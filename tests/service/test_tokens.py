"""The token layer: offsets into the text, elided words split off in every language."""

from __future__ import annotations

from service.contracts import Document
from service.stages.segment import segment
from service.tokens import TokenIndex, is_stop_mark


def _texts(text: str, language: str = "fr") -> list[str]:
    doc = Document(text, language, True, segment(text, language))
    return [tok.text for tok in TokenIndex(doc.text, doc.sentences).tokens]


def test_lowercase_elisions_stand_apart_from_their_noun():
    assert _texts("Selon l'agence, qu'il vienne.")[:5] == ["Selon", "l'", "agence", ",", "qu'"]


def test_elisions_split_whatever_the_language():
    assert _texts("Selon l'agence.", "en") == _texts("Selon l'agence.", "fr")


def test_a_capitalised_elision_stays_whole():
    assert "L'Oréal" in _texts("L'Oréal a dit non.")


def test_tokens_keep_their_offsets():
    text = "Il a dit qu'il viendrait."
    doc = Document(text, "fr", True, segment(text, "fr"))
    assert all(text[t.start:t.end] == t.text for t in TokenIndex(text, doc.sentences).tokens)


def test_a_decimal_or_thousands_comma_stays_inside_its_number():
    assert _texts("Het kost 1,4 miljoen, zei ze.", "nl")[2:5] == ["1,4", "miljoen", ","]
    assert _texts("It cost $2,300, he said.", "en")[3:5] == ["2,300", ","]


def test_dot_of_a_lower_case_title_before_a_name_ends_no_sentence():
    text = "De advocaat, mr. Eva de Wit, zweeg. Daarna sprak de rechter."
    index = TokenIndex(text, segment(text, "nl"))
    dots = [k for k, t in enumerate(index.tokens) if t.text == "."]
    assert [is_stop_mark(index.tokens, k) for k in dots] == [False, True, True]
