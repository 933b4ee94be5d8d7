"""The hand-labelled reference set is valid and the validator catches broken labels."""

import copy
import json

import pytest

from eval.references.validate import REFERENCE_DIR, load_references, validate_all, validate_reference

REFERENCES = load_references()


def test_every_reference_file_is_valid():
    problems = {stem: found for stem, found in validate_all().items() if found}
    assert problems == {}


def test_reference_set_is_large_and_multilingual():
    languages = {doc["language"] for doc in REFERENCES.values()}
    assert len(REFERENCES) >= 12
    assert len(languages) >= 3


def test_reference_set_covers_contradictions_and_native_copy():
    with_contradictions = [d for d in REFERENCES.values() if d["contradictions"]]
    native = [d for d in REFERENCES.values() if not d["artifacts"]]
    assert len(with_contradictions) >= 3
    assert native, "articles without artifacts are needed to count false flags"


@pytest.fixture
def seed():
    return copy.deepcopy(REFERENCES["en-seed-tiktok"])


def test_seed_is_labelled_as_the_issue_counts(seed):
    speakers = [q["speaker"]["name"] for q in seed["quotes"]]
    assert len(seed["quotes"]) == 11
    assert speakers.count("Wilbur Ross") == 3
    assert speakers.count("US Department of Commerce") == 4
    assert speakers.count("spokeswoman for ByteDance") == 3
    assert speakers.count("Walmart") == 1
    assert {t["text"] for t in seed["terms"]} >= {"national security", "Tencent"}


def test_validator_catches_a_bad_offset(seed):
    seed["quotes"][0]["start"] += 1
    problems = validate_reference(seed)
    assert any(p.startswith("quotes[0]") and "!=" in p for p in problems)


def test_validator_catches_bad_category_and_missing_key(seed):
    seed["artifacts"][0]["category"] = "typo"
    del seed["summary"]
    problems = validate_reference(seed)
    assert "missing key 'summary'" in problems
    seed["summary"] = "x"
    assert any("category 'typo'" in p for p in validate_reference(seed))


def test_validator_catches_duplicate_and_unmarked_spans(seed):
    seed["terms"].append(dict(seed["terms"][0]))
    seed["quotes"][0]["start"] -= 1
    seed["quotes"][0]["text"] = seed["text"][seed["quotes"][0]["start"]:seed["quotes"][0]["end"]]
    problems = validate_reference(seed)
    assert any("duplicate span" in p for p in problems)
    assert any("not enclosed by quote marks" in p for p in problems)


def test_validate_all_reports_id_mismatch(tmp_path, seed):
    (tmp_path / "en-other.json").write_text(json.dumps(seed, ensure_ascii=False), encoding="utf-8")
    assert any("file stem" in p for p in validate_all(tmp_path)["en-other"])


def test_reference_dir_is_the_package_folder():
    assert (REFERENCE_DIR / "SCHEMA.md").exists()
