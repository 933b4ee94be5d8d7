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


# Interrupted quotes (spans) and English partial quotes labelled with their reported clause.
# The article below is invented for these tests.
INVENTED = (
    '"The bridge will open in May," Mayor Lena Ortiz said. "Nobody will pay a toll."\n\n'
    "The council said that the budget was \u201ctight but fair\u201d for the year. "
    "Engineers called the design \u201csafe.\u201d"
)


def _span(text, needle):
    start = text.index(needle)
    return {"start": start, "end": start + len(needle), "text": needle}


def _quote(text, needle, qtype, **extra):
    return {**_span(text, needle), "type": qtype, "cue": None,
            "speaker": {"name": "Lena Ortiz", "mention": None}, "role": None, **extra}


def invented_doc(language="en"):
    text = INVENTED
    first, second = _span(text, "The bridge will open in May,"), _span(text, "Nobody will pay a toll.")
    hull = text[first["start"]:second["end"]]
    return {
        "id": f"{language}-invented-bridge",
        "language": language,
        "origin": "written for wirecheck",
        "text": text,
        "summary": "A mayor says a bridge opens in May without a toll.",
        "key_facts": [{"fact": f"fact {i}", "keywords": [["bridge"]]} for i in range(4)],
        "quotes": [
            _quote(text, hull, "direct",
                   spans=[[first["start"], first["end"]], [second["start"], second["end"]]]),
            _quote(text, "the budget was \u201ctight but fair\u201d for the year", "partial"),
            _quote(text, "the design \u201csafe.\u201d", "partial"),
        ],
        "terms": [],
        "artifacts": [],
        "contradictions": [],
        "support": [{"sentence": f"s{i}", "supported": True, "perturbation": "none"} for i in range(4)],
    }


def test_interrupted_quote_and_english_clauses_are_valid():
    assert validate_reference(invented_doc()) == []


# Offsets into INVENTED: the two quoted pieces and the frame between them.
A, B, FRAME = [1, 29], [55, 78], [31, 52]


@pytest.mark.parametrize(
    "pieces, message",
    [
        ([A], "at least two"),  # one piece is not an interrupted quote
        ([A, [B[0] + 1, B[1]]], "not enclosed by quote marks"),  # piece starts inside a word
        ([A, A], "sorted and must not overlap"),
        ([B, A], "sorted and must not overlap"),
        ([A, [B[0], B[0]]], "bad offsets"),  # empty piece
        ([A, [B[0], 500]], "bad offsets"),  # beyond the text
        ([A, FRAME, B], "not enclosed by quote marks"),  # the frame is not a quoted piece
        ([A, [B[0], "x"]], "int offsets"),
    ],
)
def test_validator_checks_spans_pieces(pieces, message):
    doc = invented_doc()
    doc["quotes"][0]["spans"] = pieces
    problems = validate_reference(doc)
    assert any(p.startswith("quotes[0]") and message in p for p in problems), problems


def test_validator_requires_the_hull_of_the_pieces():
    doc = invented_doc()
    quote = doc["quotes"][0]
    quote["end"] -= 1  # the hull ends inside the last piece
    quote["text"] = doc["text"][quote["start"]:quote["end"]]
    assert any("outside the quote" in p for p in validate_reference(doc))
    doc = invented_doc()
    quote = doc["quotes"][0]
    quote["end"] += 1  # the hull takes in the closing mark, after the last piece
    quote["text"] = doc["text"][quote["start"]:quote["end"]]
    assert any("hull of spans" in p for p in validate_reference(doc))


def test_spans_are_not_allowed_on_indirect_quotes():
    doc = invented_doc()
    doc["quotes"][0]["type"] = "indirect"
    assert any("not indirect" in p for p in validate_reference(doc))


def test_english_partial_quote_must_be_its_reported_clause():
    doc = invented_doc()
    doc["quotes"][1].update(_span(doc["text"], "tight but fair"))  # the old fragment-only span
    problems = validate_reference(doc)
    assert any(p.startswith("quotes[1]") and "reported clause" in p for p in problems)


def test_apostrophes_do_not_count_as_quote_marks():
    doc = invented_doc()
    doc["text"] = doc["text"].replace("the budget was", "the town\u2019s budget was")
    doc["quotes"] = doc["quotes"][:1]
    doc["quotes"].append(_quote(doc["text"], "the town\u2019s budget", "partial"))
    assert any("reported clause" in p for p in validate_reference(doc))


def test_other_languages_keep_the_fragment_inside_the_marks():
    doc = invented_doc(language="fr")
    problems = validate_reference(doc)
    assert any(p.startswith("quotes[1]") and "not enclosed by quote marks" in p for p in problems)
    doc["quotes"][1].update(_span(doc["text"], "tight but fair"))
    doc["quotes"][2].update(_span(doc["text"], "safe."))
    assert validate_reference(doc) == []
