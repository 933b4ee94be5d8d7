import codecs
import json
import sys

import pytest

from service.batch.inputs import InputError, MissingDependency, decode_article, decode_text, iter_inputs


def test_iter_inputs_walks_recursively_sorted_and_skips_hidden_and_other_suffixes(tmp_path):
    names = ["b.txt", "a.md", "sub/c.html", "sub/deep/d.json", "e.pdf", ".hidden.txt", ".git/f.txt", "g.HTM"]
    for rel in names:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    assert list(iter_inputs(tmp_path)) == ["a.md", "b.txt", "g.HTM", "sub/c.html", "sub/deep/d.json"]


def test_iter_inputs_glob_matches_relative_paths(tmp_path):
    for rel in ["a.txt", "2024-05-01/b.txt", "2024-05-01/c.html", "2023-01-01/d.txt"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    assert list(iter_inputs(tmp_path, "*.txt")) == ["a.txt", "2023-01-01/d.txt", "2024-05-01/b.txt"]
    assert list(iter_inputs(tmp_path, "2024-*/*")) == ["2024-05-01/b.txt", "2024-05-01/c.html"]


@pytest.mark.parametrize(
    "raw",
    [
        "Été à Paris.".encode(),
        codecs.BOM_UTF8 + "Été à Paris.".encode(),
        "Été à Paris.".encode("utf-16"),
    ],
)
def test_decode_text_handles_utf8_with_or_without_bom_and_utf16_with_bom(raw):
    assert decode_text(raw) == "Été à Paris."


@pytest.mark.parametrize(
    ("name", "raw", "reason"),
    [
        ("a.txt", b"", "empty file"),
        ("a.txt", b" \n\t\n", "only whitespace"),
        ("a.txt", b"GIF89a\x01\x00\x00\x00", "binary"),
        ("a.md", "été".encode("latin-1"), "not UTF-8"),
        ("a.json", b"{not json", "invalid JSON"),
        ("a.json", b'["text"]', 'string "text"'),
        ("a.json", b'{"text": 3}', 'string "text"'),
        ("a.json", b'{"text": "ok", "title": 4}', '"title" must be a string'),
        ("a.json", b'{"text": "   "}', "only whitespace"),
    ],
)
def test_decode_article_rejects_bad_files_with_a_reason(name, raw, reason):
    with pytest.raises(InputError, match=reason):
        decode_article(name, raw)


def test_decode_article_reads_json_fields():
    raw = json.dumps({"text": "Le texte.", "title": "Titre", "language": "fr"}).encode()
    article = decode_article("x.json", raw)
    assert (article.text, article.title, article.language) == ("Le texte.", "Titre", "fr")


def test_decode_article_keeps_txt_as_is_and_blanks_md_markup_in_place():
    assert decode_article("x.txt", b"# Head\n\nBody.\n").text == "# Head\n\nBody.\n"
    assert decode_article("x.md", b"# Head\n\nBody.\n").text == "  Head\n\nBody.\n"


def test_decode_article_extracts_main_text_from_html():
    pytest.importorskip("trafilatura")
    body = "Le ministre a annonce mardi une nouvelle loi sur les transports publics. " * 4
    html = (
        '<html lang="fr-FR"><head><title>La loi</title></head><body>'
        "<nav><a href='/'>Accueil</a> <a href='/x'>Sport</a></nav>"
        f"<article><h1>La loi</h1><p>{body}</p></article>"
        "<footer>Copyright Journal 2026, tous droits reserves</footer></body></html>"
    )
    article = decode_article("page.html", html.encode())
    assert "nouvelle loi sur les transports" in article.text
    assert "Accueil" not in article.text and "Copyright" not in article.text
    assert article.title == "La loi"
    assert article.language == "fr"


def test_decode_article_html_without_main_text_is_an_error():
    pytest.importorskip("trafilatura")
    with pytest.raises(InputError, match="no main text"):
        decode_article("page.html", b"<html><head><title>Home</title></head><body><script></script></body></html>")


def test_html_without_trafilatura_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes the import fail
    with pytest.raises(MissingDependency, match=r"pip install 'trafilatura"):
        decode_article("page.html", b"<html><body><p>text</p></body></html>")
