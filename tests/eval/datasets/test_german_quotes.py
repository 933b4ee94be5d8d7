import json

from eval.datasets.german_quotes import convert, load, map_type

TEXT = '„Wir schaffen das“, sagte sie, „ganz sicher.“ Er meinte, es regne.'


def field(*pieces):
    spans = [{"charBegin": TEXT.index(p), "charEnd": TEXT.index(p) + len(p)} for p in pieces]
    return {"text": " ".join(pieces), "spans": spans, "tokenIds": []}


RAW = {
    "documentName": "123 - Ein Titel (2005-08-20)",
    "originalText": TEXT,
    "annotations": [
        {"quote": field("„Wir schaffen das“", "„ganz sicher.“"), "speaker": field("sie"), "cue": field("sagte"),
         "type": "Direct"},
        {"quote": field("es regne"), "speaker": {"text": "", "spans": []}, "cue": field("meinte"),
         "type": "Indirect/FreeIndirect"},
    ],
}


def test_map_type():
    assert map_type("Direct") == "direct"
    indirect = ("Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect", "Indirect/FreeIndirect")
    assert {map_type(t) for t in indirect} == {"indirect"}


def test_convert_keeps_multi_span_pieces_and_missing_speakers():
    doc = convert("123", RAW)
    direct, indirect = doc["quotes"]
    assert direct["type"] == "direct" and len(direct["spans"]) == 2
    assert direct["start"] == 0 and direct["end"] == TEXT.index("ganz sicher.“") + len("ganz sicher.“")
    assert direct["speaker"]["mention"]["text"] == "sie"
    assert indirect["type"] == "indirect" and indirect["speaker"] is None
    assert doc["title"] == "Ein Titel" and doc["language"] == "de"


def test_load_reads_json_files_in_name_order(tmp_path):
    for name in ("b.pretty.json", "a.pretty.json"):
        (tmp_path / name).write_text(json.dumps(RAW), encoding="utf-8")
    docs = load(tmp_path)
    assert [d["id"] for d in docs] == ["a", "b"]
    assert len(load(tmp_path, limit=1)) == 1
