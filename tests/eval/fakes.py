"""Hand-made pipelines and reference documents for harness and CLI tests (no models)."""

from __future__ import annotations

import json
from pathlib import Path

from service.contracts import Analysis, Artifact, Check, Claim, Span, Speaker, Summary

TEXT = (
    "The mayor announced a new bridge on Monday. “It will open in May,” said Mayor Ann Lee. "
    "Critics said the cost was too high. The bridge will cost 40 million euros. "
    "The bridge will cost 60 million euros, the council said."
)


def _span(phrase: str) -> dict:
    start = TEXT.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def reference(doc_id: str = "en-bridge", language: str = "en") -> dict:
    """A small reference document with every layer annotated."""
    return {
        "id": doc_id,
        "language": language,
        "origin": "written for wirecheck",
        "text": TEXT,
        "summary": "Mayor Ann Lee announced a bridge that will open in May; critics called it too costly.",
        "key_facts": [{"fact": "bridge", "keywords": [["bridge"]]}, {"fact": "May", "keywords": [["May"]]}],
        "quotes": [
            {**_span("It will open in May,"), "type": "direct", "cue": _span("said"),
             "speaker": {"name": "Ann Lee", "mention": _span("Mayor Ann Lee")}, "role": "mayor"},
            {**_span("the cost was too high"), "type": "indirect", "cue": None,
             "speaker": {"name": "Critics", "mention": _span("Critics")}, "role": None},
        ],
        "terms": [],
        "artifacts": [{**_span("euros"), "category": "calque", "suggestion": "EUR"}],
        "contradictions": [{"a": _span("40 million"), "b": _span("60 million"), "explanation": "cost"}],
        "support": [
            {"sentence": "A bridge was announced.", "supported": True, "perturbation": "none"},
            {"sentence": "A tunnel was announced.", "supported": False, "perturbation": "entity"},
        ],
    }


def write_references(folder: Path, count: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        doc = reference(f"en-bridge-{i}", "en" if i % 2 == 0 else "fr")
        (folder / f"{doc['id']}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


class PerfectPipeline:
    """Predicts exactly the gold layers of ``reference()``; raises on texts containing FAIL."""

    models = None

    def analyze(self, text: str, language: str | None = None, title: str | None = None) -> Analysis:
        if "FAIL" in text:
            raise RuntimeError("boom")
        doc = reference()
        claims = []
        for quote in doc["quotes"]:
            mention = quote["speaker"]["mention"]
            speaker = Speaker(name=quote["speaker"]["name"], mention=mention["text"], start=mention["start"],
                              end=mention["end"])
            claims.append(Claim(quote=quote["text"], start=quote["start"], end=quote["end"], type=quote["type"],
                                speaker=speaker))
        claims.append(Claim(quote="bridge", start=TEXT.index("bridge"), end=TEXT.index("bridge") + 6, type="term"))
        artifacts = [
            Artifact(surface=a["text"], start=a["start"], end=a["end"], category=a["category"],
                     suggestion=a["suggestion"], confidence=0.9, explanation="")
            for a in doc["artifacts"]
        ]
        pair = doc["contradictions"][0]
        checks = [Check(kind="contradiction", severity="warning", explanation="",
                        spans=[Span(start=pair["a"]["start"], end=pair["a"]["end"]),
                               Span(start=pair["b"]["start"], end=pair["b"]["end"])])]
        return Analysis(language=language or "en", summary=Summary(text=doc["summary"]), claims=claims,
                        artifacts=artifacts, checks=checks, timings={"claims": 0.01, "summary": 0.02})
