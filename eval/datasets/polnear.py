"""PolNeAR (brat standoff attributions) converted to reference-shaped documents.

Layout: ``DIR/text/<article>.txt`` and ``DIR/attributions/<article>_<annotator>.ann``. Articles
annotated twice are read with one annotator only: the first suffix in sorted order, so runs are
reproducible. Every attribution relation with a Content span becomes one gold quote (PolNeAR also
labels beliefs and intentions, so recall here is stricter than on speech only). PolNeAR has no
quote type: a quote is "direct" when its content starts and ends with quote marks, else
"indirect". Discontinuous content keeps its pieces in ``spans`` so only the words it covers count.
"""

from __future__ import annotations

from pathlib import Path

QUOTE_MARKS = set("\"'“”„‟«»‹›‘’‚")


def load(path: Path | None, limit: int | None = None) -> list[dict]:
    if path is None:
        raise ValueError("polnear needs --path: a split folder with text/ and attributions/")
    text_dir, ann_dir = Path(path) / "text", Path(path) / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"{path} must contain text/ and attributions/ (e.g. .../polnear/dev)")
    documents = []
    for text_file in sorted(text_dir.glob("*.txt")):
        annotations = sorted(ann_dir.glob(f"{text_file.stem}_*.ann"))
        if not annotations:
            continue  # an unannotated article cannot be scored
        text = text_file.read_text(encoding="utf-8")
        documents.append(convert(text_file.stem, text, annotations[0].read_text(encoding="utf-8")))
        if limit is not None and len(documents) >= limit:
            break
    return documents


def convert(doc_id: str, text: str, ann: str) -> dict:
    """One article and its brat annotation as a reference-shaped dict."""
    spans, relations = parse_brat(ann)
    quotes, seen = [], set()
    for relation in relations:
        content = spans.get(relation.get("Content", ""))
        if not content:
            continue
        key = tuple(content)
        if key in seen:  # one content attributed twice is still one quote to find
            continue
        seen.add(key)
        quotes.append(
            {
                **_span(text, content),
                "type": "direct" if _quoted(text, content) else "indirect",
                "cue": _span(text, spans[relation["Cue"]]) if relation.get("Cue") in spans else None,
                "speaker": _speaker(text, spans.get(relation.get("Source", ""))),
                "role": None,
            }
        )
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    title = text.split("\n", 1)[0].strip() or None
    return {"id": doc_id, "language": "en", "title": title, "origin": "polnear", "text": text, "quotes": quotes}


def parse_brat(ann: str) -> tuple[dict[str, list[tuple[int, int]]], list[dict[str, str]]]:
    """Text-bound spans by id (each a list of pieces), and event relations as {role: span id}."""
    spans: dict[str, list[tuple[int, int]]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = [tuple(map(int, piece.split())) for piece in offsets.split(";")]
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in fields[1].split() if ":" in arg))
    return spans, relations


def _span(text: str, pieces: list[tuple[int, int]]) -> dict:
    start, end = min(s for s, _ in pieces), max(e for _, e in pieces)
    out: dict = {"start": start, "end": end, "text": text[start:end]}
    if len(pieces) > 1:
        out["spans"] = [list(piece) for piece in sorted(pieces)]
    return out


def _speaker(text: str, pieces: list[tuple[int, int]] | None) -> dict | None:
    if not pieces:
        return None  # agentless attribution
    mention = _span(text, pieces)
    name = " ".join(text[s:e] for s, e in sorted(pieces))
    return {"name": name, "mention": mention}


def _quoted(text: str, pieces: list[tuple[int, int]]) -> bool:
    first, last = min(pieces), max(pieces, key=lambda p: p[1])
    head, tail = text[first[0] : first[1]].strip(), text[last[0] : last[1]].strip()
    return bool(head) and bool(tail) and head[0] in QUOTE_MARKS and tail[-1] in QUOTE_MARKS
