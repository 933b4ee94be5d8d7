"""The language registry: folders are languages, modules beside them are capabilities."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from service.cli import main
from service.languages import codes, get_language, is_supported
from service.languages.base import Language


def test_every_folder_is_a_language_with_a_matching_record():
    assert {"en", "de", "fr", "es"} <= codes()
    for code in codes():
        language = get_language(code)
        assert language is not None and language.code == code and language.name


def test_a_language_without_a_folder_has_no_record():
    assert get_language("xx") is None and not is_supported("xx")


def test_capabilities_follow_the_modules_in_the_folder():
    english = get_language("en")
    assert english.capabilities["quotes"] and english.capabilities["parser"]
    assert english.part("quotes").LEXICON.language == "en"
    assert english.part("no_such_stage") is None


def test_gaps_name_what_a_missing_part_costs_the_user():
    bare = Language("xx", "Testish", package="service.languages.no_such_folder")
    assert bare.gaps() == [
        "Testish: claims come from quote marks only, with no speakers or cues",
        "Testish: date, figure and negation checks read the English word lists",
    ]
    english = get_language("en")
    assert len(english.gaps()) == sum(not english.has(part) for part in ("quotes", "checks"))


def test_a_folder_declaring_another_code_is_refused(monkeypatch):
    import service.languages as registry
    import service.languages.nl as dutch

    monkeypatch.setattr(dutch, "LANGUAGE", Language("de", "Dutch"))
    registry.get_language.cache_clear()
    try:
        with pytest.raises(ValueError, match="must match the folder"):
            registry.get_language("nl")
    finally:
        monkeypatch.undo()
        registry.get_language.cache_clear()


def test_languages_command_lists_the_registry():
    result = CliRunner().invoke(main, ["languages", "--format", "json"])
    assert result.exit_code == 0, result.output
    listed = {record["code"]: record for record in json.loads(result.output)}
    assert set(listed) == set(codes())
    assert listed["en"]["capabilities"]["quotes"] is True
    text = CliRunner().invoke(main, ["languages"])
    assert text.exit_code == 0 and "English" in text.output
