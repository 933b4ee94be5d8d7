from eval.datasets.polnear import convert, load, parse_brat

TEXT = 'Headline here\n\n“We will win,” said Ann Lee, “and soon.” Officials believe the plan fails.\n'


def ann(text: str) -> str:
    a, b = text.index("“We"), text.index("“and")
    said, ann_lee = text.index("said"), text.index("Ann Lee")
    bel, plan = text.index("believe"), text.index("the plan")
    return "\n".join([
        f"T1\tContent {a} {a + 14};{b} {b + 11}\t“We will win,” “and soon.”",
        f"T2\tCue {said} {said + 4}\tsaid",
        f"T3\tSource {ann_lee} {ann_lee + 7}\tAnn Lee",
        f"T4\tAttribution {said} {said + 4}\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
        f"T5\tContent {plan} {plan + 14}\tthe plan fails",
        f"T6\tCue {bel} {bel + 7}\tbelieve",
        f"T7\tAttribution {bel} {bel + 7}\tbelieve",
        "E2\tAttribution:T7 Content:T5 Cue:T6",
    ])


def test_parse_brat_keeps_discontinuous_pieces():
    spans, relations = parse_brat("T1\tContent 0 4;10 12\tx y\nE1\tAttribution:T2 Content:T1")
    assert spans["T1"] == [(0, 4), (10, 12)]
    assert relations == [{"Attribution": "T2", "Content": "T1"}]


def test_convert_types_spans_and_agentless_speaker():
    doc = convert("a", TEXT, ann(TEXT))
    direct, indirect = doc["quotes"]
    assert direct["type"] == "direct" and len(direct["spans"]) == 2
    assert direct["speaker"]["name"] == "Ann Lee" and direct["cue"]["text"] == "said"
    assert TEXT[direct["speaker"]["mention"]["start"]:direct["speaker"]["mention"]["end"]] == "Ann Lee"
    assert indirect["type"] == "indirect" and indirect["text"] == "the plan fails" and indirect["speaker"] is None
    assert doc["title"] == "Headline here" and doc["language"] == "en"


def test_load_reads_one_annotator_per_article_and_skips_unannotated(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for name in ("a", "b", "c"):
        (tmp_path / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_1111.ann").write_text(ann(TEXT), encoding="utf-8")
    (tmp_path / "attributions" / "a_2222.ann").write_text("", encoding="utf-8")
    (tmp_path / "attributions" / "b_3333.ann").write_text("", encoding="utf-8")
    docs = load(tmp_path)
    assert [d["id"] for d in docs] == ["a", "b"]
    assert len(docs[0]["quotes"]) == 2  # annotator 1111, not the empty 2222
    assert len(load(tmp_path, limit=1)) == 1
