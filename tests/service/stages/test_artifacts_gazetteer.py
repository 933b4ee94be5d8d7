"""Gazetteer loading, validation, extension through WIRECHECK_GAZETTEER_EXTRA, and its click command."""

from __future__ import annotations

import json

from click.testing import CliRunner

from service.contracts import Document
from service.stages.artifacts import find_artifacts
from service.stages.artifacts.cli import gazetteer_command
from service.stages.artifacts.gazetteer import EXTRA_ENV, get_gazetteer, load_gazetteer, validate_record
from service.stages.artifacts.text import key_of

EXTRA = {"name": "Zorblax Industries", "type": "company", "country": "US", "aliases": ["Zorblax"],
         "variants": ["Zorblacks"]}


def test_bundled_gazetteer_is_broad_and_valid():
    gaz = get_gazetteer()
    types = {e.type for e in gaz.entries}
    assert len(gaz.entries) >= 400
    assert types == {"company", "person", "agency", "institution", "international", "country", "city"}
    assert gaz.lookup("Bitdance")[0].entry.name == "ByteDance"


def test_validate_record_reports_each_problem():
    problems = validate_record({"name": "", "type": "planet", "country": "XX", "aliases": "nope"}, "f#1")
    assert len(problems) == 3 and all(p.startswith("f#1") for p in problems)
    assert validate_record(EXTRA, "f#1") == []


def test_a_department_country_with_ministers_reads_as_a_ministry_country_for_titles():
    gaz = get_gazetteer()
    assert gaz.style_of("CA") == "department" and gaz.has_ministers("CA")
    assert gaz.style_of("US") == "department" and not gaz.has_ministers("US")
    assert gaz.has_ministers("JP") and not gaz.has_ministers("XX")
    country = {"name": "Atlantis", "type": "country", "country": "XA", "style": "department"}
    assert validate_record({**country, "ministers": True}, "f#1") == []
    assert validate_record({**country, "ministers": "false"}, "f#1") == ["f#1: 'ministers' must be true or false"]


def test_every_un_member_state_locates_its_ministries():
    gaz = get_gazetteer()
    # 193 UN members and the observers and partly recognised states news names (Palestine, Taiwan, Kosovo).
    assert len(gaz.countries) >= 195
    assert all(gaz.style_of(c) in ("ministry", "department", "mixed") for c in gaz.countries)
    for cue, country in [("Koror", "PW"), ("Jamaican", "JM"), ("Bishkek", "KG"), ("Vientiane", "LA"),
                         ("Port Moresby", "PG"), ("Tbilisi", "GE")]:
        assert gaz.country_cues[key_of(cue)] == country


def test_a_country_whose_name_is_mostly_something_else_is_located_by_its_other_cues():
    gaz = get_gazetteer()
    assert key_of("Georgia") not in gaz.country_cues  # in US copy, mostly the state
    assert gaz.country_cues[key_of("Georgian")] == "GE"
    country = {"name": "Atlantis", "type": "country", "country": "XA", "style": "ministry"}
    assert validate_record({**country, "name_cue": False}, "f#1") == []
    assert validate_record({**country, "name_cue": "no"}, "f#1") == ["f#1: 'name_cue' must be true or false"]


def test_countries_whose_legislature_is_a_congress_are_marked():
    gaz = get_gazetteer()
    assert all(gaz.has_congress(c) for c in ("CO", "PE", "PH", "MX", "ES"))
    assert not any(gaz.has_congress(c) for c in ("US", "MD", "GB", None))  # the US's own Congress is a US cue anyway
    country = {"name": "Atlantis", "type": "country", "country": "XA", "style": "ministry"}
    assert validate_record({**country, "congress": True}, "f#1") == []
    assert validate_record({**country, "congress": 1}, "f#1") == ["f#1: 'congress' must be true or false"]


def test_extra_file_from_env_var(tmp_path, monkeypatch):
    path = tmp_path / "extra.jsonl"
    path.write_text(json.dumps(EXTRA) + "\n", encoding="utf-8")
    monkeypatch.setenv(EXTRA_ENV, str(path))
    arts = find_artifacts(Document("Shares of Zorblacks fell.", "en", True))
    assert [(a.surface, a.suggestion) for a in arts] == [("Zorblacks", "Zorblax")]
    assert load_gazetteer((path,)).lookup("Zorblax")[0].entry.name == "Zorblax Industries"


def test_cli_validate_and_lookup(tmp_path):
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_text(json.dumps(EXTRA) + "\n", encoding="utf-8")
    bad.write_text('{"name": "X", "type": "planet", "country": "US"}\n', encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(gazetteer_command, ["validate", str(good)])
    assert ok.exit_code == 0 and "1 entries OK" in ok.output
    failed = runner.invoke(gazetteer_command, ["validate", str(bad)])
    assert failed.exit_code == 1 and "type" in failed.output
    found = runner.invoke(gazetteer_command, ["lookup", "France Press"])
    assert found.exit_code == 0 and json.loads(found.output.splitlines()[0])["name"] == "AFP"
    assert runner.invoke(gazetteer_command, ["lookup", "No Such Thing"]).exit_code == 1
