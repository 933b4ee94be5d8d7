"""German news quotation attribution 2024 (Petersen-Frey and Biemann) as reference-shaped documents.

Each ``*.json`` file holds ``originalText`` and ``annotations`` with character spans. One annotation
is one gold quote; a multi-span quote keeps its pieces in ``spans`` (start/end are their hull), so
the metric counts the union of the tokens it really covers, not the words between the pieces (we
chose this over the hull because the pieces skip the inserted "sagte er"). Quote marks inside the
spans do not matter: the metric counts word tokens. Types: Direct -> direct; Indirect, Reported,
FreeIndirect and Indirect/FreeIndirect -> indirect. Speakers in another sentence keep their span;
annotations without a speaker span get ``speaker: null``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_TITLE = re.compile(r"^\s*\d+\s*-\s*(?P<title>.*?)(?:\s*\(\d{4}-\d{2}-\d{2}\))?\s*$")


def load(path: Path | None, limit: int | None = None) -> list[dict]:
    if path is None:
        raise ValueError("german-quotes needs --path: a split folder of *.json files")
    files = sorted(Path(path).glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no *.json files in {path} (e.g. .../german-quotes/dev)")
    if limit is not None:
        files = files[:limit]
    return [
        convert(file.name.removesuffix(".json").removesuffix(".pretty"), json.loads(file.read_text(encoding="utf-8")))
        for file in files
    ]


def convert(doc_id: str, raw: dict) -> dict:
    text = raw["originalText"]
    quotes, seen = [], set()
    for annotation in raw.get("annotations", []):
        pieces = _pieces(annotation.get("quote"))
        if not pieces or tuple(pieces) in seen:
            continue
        seen.add(tuple(pieces))
        speaker_pieces = _pieces(annotation.get("speaker"))
        cue_pieces = _pieces(annotation.get("cue"))
        quotes.append(
            {
                **_span(text, pieces),
                "type": map_type(annotation.get("type", "")),
                "cue": _span(text, cue_pieces) if cue_pieces else None,
                "speaker": {"name": annotation["speaker"].get("text") or "", "mention": _span(text, speaker_pieces)}
                if speaker_pieces
                else None,
                "role": None,
            }
        )
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    match = _TITLE.match(raw.get("documentName", ""))
    return {
        "id": doc_id,
        "language": "de",
        "title": match.group("title") if match else None,
        "origin": "german-news-quotation-attribution-2024",
        "text": text,
        "quotes": quotes,
    }


def map_type(label: str) -> str:
    """Direct stays direct; every reported or free-indirect variant is indirect speech."""
    return "direct" if label.strip().lower() == "direct" else "indirect"


def _pieces(field: dict | None) -> list[tuple[int, int]]:
    spans = (field or {}).get("spans") or []
    return sorted((int(s["charBegin"]), int(s["charEnd"])) for s in spans if s["charEnd"] > s["charBegin"])


def _span(text: str, pieces: list[tuple[int, int]]) -> dict:
    start, end = pieces[0][0], max(e for _, e in pieces)
    out: dict = {"start": start, "end": end, "text": text[start:end]}
    if len(pieces) > 1:
        out["spans"] = [list(piece) for piece in pieces]
    return out
