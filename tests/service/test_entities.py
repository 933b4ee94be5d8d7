from service.entities import html_entity_warning


def test_named_and_numeric_references_are_counted_and_shown_once_each():
    warning = html_entity_warning("&quot;We will not back down,&quot; said Ana&#239;s. &#x201C;No.&#x201D;")
    assert warning is not None
    assert "5 HTML character reference(s) (&quot;, &#239;, &#x201C;, &#x201D;)" in warning
    assert "html.unescape" in warning and "Offsets index the text as sent" in warning


def test_bare_ampersands_and_unknown_names_are_ordinary_text():
    assert html_entity_warning("AT&T and R&D; Q&A at 5 & 6, &notanentity; here.") is None


def test_many_kinds_are_shown_up_to_a_bound():
    text = " ".join(f"&#{n};" for n in range(60, 100))
    warning = html_entity_warning(text)
    assert warning is not None and "40 HTML" in warning and warning.count("&#") == 5 and ", …)" in warning
