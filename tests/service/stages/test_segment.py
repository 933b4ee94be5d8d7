import pytest

from service.stages.segment import MAX_SENTENCE_CHARS, paragraphs, segment


def test_offsets_round_trip_on_the_seed(seed_text):
    sentences = segment(seed_text, "en")
    assert len(sentences) > 20
    for sentence in sentences:
        assert seed_text[sentence.start : sentence.end] == sentence.text
    assert [s.index for s in sentences] == list(range(len(sentences)))


def test_sentences_do_not_cross_paragraphs():
    text = "First line here.\n\nSecond para, one. Second para, two!\nThird para"
    sentences = segment(text, "en")
    assert [s.text for s in sentences] == ["First line here.", "Second para, one.", "Second para, two!", "Third para"]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]


def test_french_abbreviation_does_not_split():
    text = "M. Dupont a dit qu'il viendrait. Il est venu."
    assert [s.text for s in segment(text, "fr")] == ["M. Dupont a dit qu'il viendrait.", "Il est venu."]


def test_hard_wrapped_copy_is_joined_into_paragraphs():
    wrapped = (
        "The minister said on Tuesday that the new rules would take effect next\n"
        "month, after a consultation that drew thousands of responses from the\n"
        "public and from industry groups, many of them strongly opposed to the\n"
        "plan. Critics argued the timetable was far too short for businesses to\n"
        "adapt, and several lawmakers asked for a delay of at least six months\n"
        "before any penalties would be applied to companies that fell behind.\n"
    )
    assert len(paragraphs(wrapped)) == 1
    assert len(segment(wrapped, "en")) == 2


def test_empty_and_blank_text_give_no_sentences():
    assert segment("", "en") == []
    assert segment(" \n\n\t ", "en") == []


def test_unknown_language_uses_neutral_rules():
    text = "Primera frase. Segunda frase."
    assert len(segment(text, "xx")) == 2


def test_huge_paragraph_falls_back_to_linear_splitter():
    text = "Word word word. " * 3000  # one 48k-character paragraph
    sentences = segment(text, "en")
    assert len(sentences) == 3000
    assert all(text[s.start : s.end] == s.text for s in sentences[:50])


def test_a_sentence_never_ends_on_a_comma():
    text = "قال الوزير يوم الخميس، إن الاقتصاد ينمو بسرعة. وأضاف أن التضخم تراجع."
    sentences = segment(text, "ar")
    assert len(sentences) == 2
    assert not any(s.text.endswith("،") for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_mixed_curly_and_straight_quotes_still_split_sentences():
    # '“A," she said. "B.”' – pysbd pairs “ only with ”, and would keep this as one sentence.
    text = '“Our roads are crumbling," she said. "Families endure blackouts. Airports are a mess.”'
    sentences = [s.text for s in segment(text, "en")]
    assert sentences[0] == '“Our roads are crumbling," she said.'
    assert all(text[s.start:s.end] == s.text for s in segment(text, "en"))


def test_a_dot_with_a_letter_right_after_it_ends_no_sentence():
    text = "قال محمد أبو باشا من بنك إي.إف.جي هيرميس إن التوقعات متفائلة. وأضاف أن التضخم تراجع."
    sentences = segment(text, "ar")
    assert [s.text for s in sentences] == [text[:text.index(" وأضاف")], text[text.index("وأضاف"):]]


def test_chinese_sentences_end_after_a_quote_not_inside_it():
    text = "毛宁说：“中方一贯坚决反对。我们将采取坚决措施。”她强调，美方的做法严重违反原则！据悉（详见附表）。"
    sentences = segment(text, "zh")
    assert [s.text for s in sentences] == [
        "毛宁说：“中方一贯坚决反对。我们将采取坚决措施。”", "她强调，美方的做法严重违反原则！", "据悉（详见附表）。"]


def test_an_unclosed_chinese_quote_does_not_swallow_its_paragraph():
    text = "张伟表示：“我们不会让步。李娜说，谈判还在继续。她走了。"
    sentences = segment(text, "zh")
    assert [s.text for s in sentences] == ["张伟表示：“我们不会让步。", "李娜说，谈判还在继续。", "她走了。"]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_sentence_longer_than_the_limit_is_cut_at_clause_breaks():
    clause = "the minister said that prices rose again in the north, "
    text = "Overall, " + clause * 200 + "and that was all."  # one 11,000-character sentence
    sentences = segment(text, "en")
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(s.text.endswith(",") for s in sentences[:-1])  # cut after a comma, never inside a clause
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert "".join(text[s.start : s.end] for s in sentences).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("text", ["x " * 20_000, "a" * 50_000, '"' * 30_000, "数" * 9_000])
def test_text_without_breaks_is_cut_into_bounded_sentences(text):
    for language in ("en", "zh"):
        sentences = segment(text, language)
        assert all(0 < len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
        assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


def test_a_long_news_sentence_under_the_limit_stays_whole():
    # As long as the longest sentence of the labelled sets (1,395 characters), with commas to cut at.
    sentence = "In a statement, " + "the agency, which oversees the ports, said " * 32 + "nothing."
    assert 1_395 <= len(sentence) < MAX_SENTENCE_CHARS
    assert [s.text for s in segment(sentence + " Then it rained.", "en")] == [sentence, "Then it rained."]


def test_the_sentence_bound_changes_no_sentence_of_the_eval_articles(monkeypatch):
    from eval.datasets import load_dataset
    from service.stages import segment as segmentation

    docs = load_dataset("multilingual")
    bounded = [segment(doc["text"], doc["language"]) for doc in docs]
    monkeypatch.setattr(segmentation, "MAX_SENTENCE_CHARS", 10**9)
    assert len(docs) > 100
    assert [segment(doc["text"], doc["language"]) for doc in docs] == bounded


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "De advocaat, mr. Eva de Wit, en prof. Karel Smit waren er. Daarna ging het debat verder."),
    ("es", "La Dra. Ana Ruiz y el Sr. Pablo Gil llegaron tarde. Después empezó la reunión."),
    ("pt", "A Dra. Rita Costa e o Sr. Luís Pinto chegaram cedo. Depois começou a reunião."),
    ("fr", "Le Pr. Jean Leroy a parlé le premier. Puis la séance a été levée."),
])
def test_a_title_with_a_stop_before_a_name_ends_no_sentence(language, text):
    assert len(segment(text, language)) == 2
