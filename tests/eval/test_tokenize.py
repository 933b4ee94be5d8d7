from eval.tokenize import RougeTokenizer, rouge_words, token_spans, words


def test_words_are_unicode_word_runs_lowercased():
    assert words("L'Élysée a dit « non » — Straße, 2024!") == ["l", "élysée", "a", "dit", "non", "straße", "2024"]


def test_arabic_words_survive():
    assert words("قال الرئيس") == ["قال", "الرئيس"]


def test_cjk_is_one_token_per_character_and_latin_runs_stay_whole():
    assert words("习近平说ABC好") == ["习", "近", "平", "说", "abc", "好"]


def test_token_spans_are_offsets_into_the_text():
    text = "« Oui », dit-il."
    assert [text[s:e] for s, e in token_spans(text)] == ["Oui", "dit", "il"]


def test_rouge_words_drop_arabic_diacritics_and_tatweel():
    assert rouge_words("مُحَمَّد قـال") == ["محمد", "قال"]


def test_rouge_tokenizer_keeps_accented_letters():
    assert RougeTokenizer().tokenize("Café Zürich") == ["café", "zürich"]
