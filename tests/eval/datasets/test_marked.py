"""The marked-up claims dev sets: tags become exact offsets, mistakes are named."""

from __future__ import annotations

import pytest

from eval.datasets.marked import MarkupError, load, parse, strip_tags, validate

_ARTICLE = """language: fr
origin: written for wirecheck
q1: direct | Jean Dupont | ministre
q2: indirect | Jean Dupont
q3: direct | Jean Dupont
---
PARIS — « ⟦q1 Nous ne céderons pas⟧ », a ⟦c1 déclaré⟧ ⟦s1,2 le ministre Jean Dupont⟧.

Il a ⟦c2 ajouté⟧ que ⟦q2 le budget serait voté en mars⟧.
« ⟦q3 C'est fini,⟧ » ⟦c3 a-t-il dit⟧. « ⟦q3 Une « ⟦t ligne rouge⟧ ».⟧ »
"""


def test_tags_become_offsets_into_the_plain_text():
    doc = parse(_ARTICLE, "fr-dupont")
    text = doc["text"]
    assert "⟦" not in text and "⟧" not in text
    for quote in doc["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
    first, second, split = doc["quotes"]
    assert first["text"] == "Nous ne céderons pas" and first["role"] == "ministre"
    assert first["speaker"]["mention"]["text"] == "le ministre Jean Dupont"
    assert second["speaker"]["mention"] == first["speaker"]["mention"]  # one mention, two quotes
    assert second["cue"]["text"] == "ajouté" and second["type"] == "indirect"
    assert [text[s:e] for s, e in split["spans"]] == ["C'est fini,", "Une « ligne rouge »."]
    assert split["speaker"] == {"name": "Jean Dupont", "mention": None}
    assert doc["terms"] == [{"start": text.index("ligne"), "end": text.index("ligne") + 11,
                             "text": "ligne rouge"}]
    assert validate(doc) == []


def test_a_bad_label_is_named():
    with pytest.raises(MarkupError, match="never closed"):
        strip_tags("« ⟦q1 open »")
    with pytest.raises(MarkupError, match="no open tag"):
        strip_tags("closed⟧ here")
    with pytest.raises(MarkupError, match="declared \\[1, 2\\] but tagged \\[1\\]"):
        parse("language: fr\nq1: direct | A\nq2: direct | B\n---\n« ⟦q1 Oui⟧ »", "fr-x")
    with pytest.raises(MarkupError, match="type 'quote'"):
        parse("language: fr\nq1: quote | A\n---\n« ⟦q1 Oui⟧ »", "fr-x")


def test_the_shared_label_checks_apply():
    doc = parse("language: fr\norigin: written for wirecheck\nq1: direct | A\n---\n⟦q1 Pas de marques⟧.", "fr-x")
    assert any("not enclosed by quote marks" in problem for problem in validate(doc))


def test_the_shipped_dev_set_loads_and_validates():
    from collections import Counter

    docs = load()  # raises on any labelling problem
    per_language = Counter(doc["language"] for doc in docs)
    # Eight articles in each language with claims rules to improve, five in one with no training data.
    assert all(per_language[code] >= 8 for code in ("fr", "es", "it", "pt")) and per_language["nl"] >= 5


def test_dialogue_dash_turns_are_direct_quotes():
    article = ("language: es\norigin: written for wirecheck\nq1: direct | Rui Costa\nq2: direct | Rui Costa\n"
               "q3: direct | Ana Gil\nq4: direct | Ana Gil\n---\n"
               "El técnico habló tras el partido.\n\n— ⟦q1 Vamos a subir⟧ — ⟦c1 dijo⟧ ⟦s1 Rui Costa⟧.\n\n"
               "— ⟦q2 El grupo lo merece⟧\n\n«⟦q3 No es fácil⟧ —⟦c3 dijo⟧ ⟦s3 Ana Gil⟧—, ⟦q3 pero lo haremos⟧».\n\n"
               "—⟦q4 Ya veremos⟧ —⟦c4 añadió⟧—. ⟦q4 Hay tiempo.⟧")
    doc = parse(article, "es-x")
    assert validate(doc) == []
    assert [len(q.get("spans", [])) for q in doc["quotes"]] == [0, 0, 2, 2]
    unmarked = parse(article.replace("— ⟦q2 El grupo lo merece⟧", "Dijo que ⟦q2 el grupo lo merece⟧ y rio"), "es-x")
    assert any("not enclosed" in problem for problem in validate(unmarked))


def test_a_many_document_file_shares_its_header(tmp_path):
    from eval.datasets.marked import main, read_file

    file = tmp_path / "fr-batch.txt"
    file.write_text("language: fr\norigin: written for wirecheck\n"
                    "=== fr-t1\nq1: direct | Ana\n---\n« ⟦q1 Oui⟧ », a ⟦c1 dit⟧ ⟦s1 Ana⟧.\n"
                    "=== fr-t2\nq1: indirect | Luc\n---\n⟦s1 Luc⟧ a ⟦c1 dit⟧ que ⟦q1 tout allait bien⟧.\n",
                    encoding="utf-8")
    docs = read_file(file)
    assert [d["id"] for d in docs] == ["fr-t1", "fr-t2"] and all(d["language"] == "fr" for d in docs)
    assert docs[1]["quotes"][0]["text"] == "tout allait bien"
    assert main([str(tmp_path)]) == 0
    file.write_text(file.read_text(encoding="utf-8").replace("⟦q1 Oui⟧", "⟦q1 Oui"), encoding="utf-8")
    assert main([str(file)]) == 1
