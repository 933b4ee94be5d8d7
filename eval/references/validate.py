"""Checks the hand-labelled reference files in eval/references/ against SCHEMA.md."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

REFERENCE_DIR = Path(__file__).resolve().parent

ORIGINS = {"seed (machine-translated wire copy)", "written for wirecheck"}
QUOTE_TYPES = {"direct", "partial", "indirect"}
ARTIFACT_CATEGORIES = {
    "misspelled_name",
    "split_name",
    "institution_term",
    "agency_name",
    "punctuation",
    "calque",
    "inconsistent_variant",
}
PERTURBATIONS = {"none", "entity", "number", "date", "negation"}
# Every mark that may open or close a quotation in the languages we label.
QUOTE_MARKS = set("\"'“”„‟«»‹›‘’‚「」『』")
DIALOGUE_DASHES = set("—–")
# Any ISO 639 code: a new language needs no change here.
ID_RE = re.compile(r"^[a-z]{2,3}-[a-z0-9]+(?:-[a-z0-9]+)*$")

REQUIRED = {
    "id": str,
    "language": str,
    "origin": str,
    "text": str,
    "summary": str,
    "key_facts": list,
    "quotes": list,
    "terms": list,
    "artifacts": list,
    "contradictions": list,
    "support": list,
}
OPTIONAL = {"title": str, "optional_quotes": list, "notes": str}


def _is_int(value: Any) -> bool:
    # bool is an int subclass; a True offset is always an authoring slip.
    return isinstance(value, int) and not isinstance(value, bool)


def _check_span(text: str, span: Any, where: str) -> list[str]:
    """Problems with one {start, end, text} span."""
    if not isinstance(span, dict):
        return [f"{where}: span must be an object"]
    problems = []
    for key in ("start", "end", "text"):
        if key not in span:
            problems.append(f"{where}: span missing {key!r}")
    if problems:
        return problems
    start, end, surface = span["start"], span["end"], span["text"]
    if not (_is_int(start) and _is_int(end)) or not isinstance(surface, str):
        return [f"{where}: start/end must be int and text str"]
    if not 0 <= start < end <= len(text):
        return [f"{where}: bad offsets {start}:{end} for text of length {len(text)}"]
    if text[start:end] != surface:
        return [f"{where}: text[{start}:{end}]={text[start:end]!r} != {surface!r}"]
    if surface != surface.strip():
        problems.append(f"{where}: span has leading/trailing whitespace")
    return problems


def _neighbour(text: str, index: int, step: int) -> str:
    """The first non-space character from index in direction step ('' at the edges)."""
    while 0 <= index < len(text):
        if not text[index].isspace():
            return text[index]
        index += step
    return ""


def _check_marked(text: str, span: dict, where: str) -> list[str]:
    """Direct/partial quotes and terms must sit right inside quote marks."""
    before = _neighbour(text, span["start"] - 1, -1)
    after = _neighbour(text, span["end"], 1)
    if (before not in QUOTE_MARKS or after not in QUOTE_MARKS) and not _dialogue_turn(text, span):
        return [f"{where}: {span['text'][:40]!r} is not enclosed by quote marks ({before!r}…{after!r})"]
    return []


def _dialogue_turn(text: str, span: dict) -> bool:
    """Speech set off by dialogue dashes (Spanish, Portuguese, Italian press): '— Vamos ganhar —
    disse o técnico.', '«A —dijo X—, B»', '—A —dijo—. B.' A piece opens after a dash, or after the
    comma or stop that follows an incise's closing dash; it closes before a dash or a quote mark,
    or at the end of its line when the line opened with a dash."""
    j = span["start"] - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    opens = j >= 0 and (text[j] in QUOTE_MARKS or text[j] in DIALOGUE_DASHES
                        or (text[j] in ".,;:" and j > 0 and text[j - 1] in DIALOGUE_DASHES))
    k = span["end"]
    while k < len(text) and text[k] in " \t":
        k += 1
    line = text.rfind("\n", 0, span["start"]) + 1
    closes = (k < len(text) and (text[k] in QUOTE_MARKS or text[k] in DIALOGUE_DASHES)) or (
        text[line:line + 1] in DIALOGUE_DASHES and (k == len(text) or text[k] == "\n"))
    return opens and closes


def _quote_marks_in(surface: str) -> int:
    """How many quote marks ``surface`` contains, apostrophes (a mark between two word characters) not counted."""
    count = 0
    for i, char in enumerate(surface):
        if char not in QUOTE_MARKS:
            continue
        between_words = 0 < i < len(surface) - 1 and surface[i - 1].isalnum() and surface[i + 1].isalnum()
        count += not between_words
    return count


def _check_clause(span: dict, where: str) -> list[str]:
    """An English partial quote is its reported clause, which contains the quoted fragment with its marks."""
    if _quote_marks_in(span["text"]) < 2:
        return [
            f"{where}: English partial quote {span['text'][:40]!r} must be the reported clause "
            "with the quoted fragment and its marks inside the span"
        ]
    return []


def _check_pieces(text: str, quote: dict, where: str, marked: bool) -> list[str]:
    """``spans`` of an interrupted quote: 2+ ordered, disjoint pieces from ``start`` to ``end``."""
    pieces = quote["spans"]
    if quote.get("type") == "indirect":
        return [f"{where}: spans are for interrupted direct/partial quotes, not indirect ones"]
    if not isinstance(pieces, list) or len(pieces) < 2:
        return [f"{where}: spans must list at least two [start, end] pieces"]
    problems = []
    for k, piece in enumerate(pieces):
        if not (isinstance(piece, list) and len(piece) == 2 and all(_is_int(v) for v in piece)):
            return [f"{where}.spans[{k}]: must be [start, end] with int offsets"]
        s, e = piece
        if not 0 <= s < e <= len(text):
            problems.append(f"{where}.spans[{k}]: bad offsets {s}:{e} (empty or outside the text)")
        elif not quote["start"] <= s < e <= quote["end"]:
            problems.append(f"{where}.spans[{k}]: {s}:{e} outside the quote {quote['start']}:{quote['end']}")
        elif text[s:e] != text[s:e].strip():
            problems.append(f"{where}.spans[{k}]: piece has leading/trailing whitespace")
        elif marked:
            problems += _check_marked(text, {"start": s, "end": e, "text": text[s:e]}, f"{where}.spans[{k}]")
    if problems:
        return problems
    for k in range(1, len(pieces)):
        if pieces[k][0] < pieces[k - 1][1]:
            problems.append(f"{where}.spans[{k}]: pieces must be sorted and must not overlap")
    if pieces[0][0] != quote["start"] or pieces[-1][1] != quote["end"]:
        problems.append(f"{where}: start/end must be the hull of spans ({pieces[0][0]}:{pieces[-1][1]})")
    return problems


def _check_quote(text: str, quote: Any, where: str, language: str = "") -> list[str]:
    if not isinstance(quote, dict):
        return [f"{where}: must be an object"]
    problems = _check_span(text, quote, where)
    qtype = quote.get("type")
    # English partial quotes are labelled with their reported clause (SCHEMA.md), not the fragment.
    clause = qtype == "partial" and language == "en"
    if qtype not in QUOTE_TYPES:
        problems.append(f"{where}: type {qtype!r} not in {sorted(QUOTE_TYPES)}")
    elif "spans" in quote:
        if not problems:
            problems += _check_pieces(text, quote, where, marked=not clause)
            if clause and not problems:
                problems += _check_clause(quote, where)
    elif clause and not problems:
        problems += _check_clause(quote, where)
    elif qtype != "indirect" and not problems:
        problems += _check_marked(text, quote, where)
    for key in ("cue", "speaker", "role"):
        if key not in quote:
            problems.append(f"{where}: missing {key!r} (use null)")
    if quote.get("cue") is not None:
        problems += _check_span(text, quote["cue"], f"{where}.cue")
    speaker = quote.get("speaker")
    if speaker is not None:
        if not isinstance(speaker, dict) or not isinstance(speaker.get("name"), str) or not speaker["name"]:
            problems.append(f"{where}.speaker: needs a non-empty 'name'")
        elif speaker.get("mention") is not None:
            problems += _check_span(text, speaker["mention"], f"{where}.speaker.mention")
        elif "mention" not in speaker:
            problems.append(f"{where}.speaker: missing 'mention' (use null)")
    role = quote.get("role")
    if role is not None and not isinstance(role, str):
        problems.append(f"{where}: role must be str or null")
    if "multi_paragraph" in quote and not isinstance(quote["multi_paragraph"], bool):
        problems.append(f"{where}: multi_paragraph must be bool")
    if "nested" in quote and not isinstance(quote["nested"], bool):
        problems.append(f"{where}: nested must be bool")
    return problems


def _check_overlaps(items: list, where: str, allow_nesting: bool) -> list[str]:
    """Duplicates are always wrong; crossing spans are wrong; nesting only where allowed."""
    spans = sorted(
        (item["start"], item["end"], i)
        for i, item in enumerate(items)
        if isinstance(item, dict) and _is_int(item.get("start")) and _is_int(item.get("end"))
    )
    problems = []
    for (s1, e1, i), (s2, e2, j) in zip(spans, spans[1:]):
        if (s1, e1) == (s2, e2):
            problems.append(f"{where}[{i}] and [{j}]: duplicate span {s1}:{e1}")
        elif s2 < e1:
            nested = e2 <= e1
            if not (allow_nesting and nested):
                problems.append(f"{where}[{i}] and [{j}]: overlapping spans {s1}:{e1} / {s2}:{e2}")
    return problems


def _check_key_facts(facts: list) -> list[str]:
    problems = []
    if not 4 <= len(facts) <= 8:
        problems.append(f"key_facts: {len(facts)} facts, want 4-8")
    for i, fact in enumerate(facts):
        where = f"key_facts[{i}]"
        if not isinstance(fact, dict) or not isinstance(fact.get("fact"), str):
            problems.append(f"{where}: needs 'fact' str")
            continue
        groups = fact.get("keywords")
        if not isinstance(groups, list) or not groups:
            problems.append(f"{where}: keywords must be a non-empty list of lists")
            continue
        for group in groups:
            if not isinstance(group, list) or not group or not all(isinstance(k, str) and k for k in group):
                problems.append(f"{where}: each keyword group must be a non-empty list of strings")
    return problems


def _check_support(items: list) -> list[str]:
    problems = []
    if not 4 <= len(items) <= 6:
        problems.append(f"support: {len(items)} sentences, want 4-6")
    for i, item in enumerate(items):
        where = f"support[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("sentence"), str):
            problems.append(f"{where}: needs 'sentence' str")
            continue
        if not isinstance(item.get("supported"), bool):
            problems.append(f"{where}: supported must be bool")
        if item.get("perturbation") not in PERTURBATIONS:
            problems.append(f"{where}: perturbation must be one of {sorted(PERTURBATIONS)}")
        elif (item["perturbation"] == "none") != (item.get("supported") is True):
            problems.append(f"{where}: supported sentences have perturbation 'none', perturbed ones not")
    return problems


def check_claims(doc: dict) -> list[str]:
    """Problems in a document's claim labels: ``quotes``, ``optional_quotes`` and ``terms``
    (shared by the references and the claims-only dev sets)."""
    text = doc["text"]
    problems: list[str] = []
    for field in ("quotes", "optional_quotes"):
        for i, quote in enumerate(doc.get(field, [])):
            problems += _check_quote(text, quote, f"{field}[{i}]", doc["language"])
        problems += _check_overlaps(doc.get(field, []), field, allow_nesting=True)
    required_spans = {(q.get("start"), q.get("end")) for q in doc["quotes"] if isinstance(q, dict)}
    for i, quote in enumerate(doc.get("optional_quotes", [])):
        if isinstance(quote, dict) and (quote.get("start"), quote.get("end")) in required_spans:
            problems.append(f"optional_quotes[{i}]: duplicates a required quote")

    for i, term in enumerate(doc["terms"]):
        span_problems = _check_span(text, term, f"terms[{i}]")
        problems += span_problems or _check_marked(text, term, f"terms[{i}]")
    problems += _check_overlaps(doc["terms"], "terms", allow_nesting=False)
    quote_spans = {(q.get("start"), q.get("end")) for q in doc["quotes"] if isinstance(q, dict)}
    for i, term in enumerate(doc["terms"]):
        if isinstance(term, dict) and (term.get("start"), term.get("end")) in quote_spans:
            problems.append(f"terms[{i}]: the same span is also labelled as a quote")
    return problems


def validate_reference(doc: dict) -> list[str]:
    """Every problem found in one reference document (empty list when it is valid)."""
    if not isinstance(doc, dict):
        return ["document must be a JSON object"]
    problems = []
    for key, kind in REQUIRED.items():
        if key not in doc:
            problems.append(f"missing key {key!r}")
        elif not isinstance(doc[key], kind):
            problems.append(f"{key!r} must be {kind.__name__}")
    for key, kind in OPTIONAL.items():
        if key in doc and not isinstance(doc[key], kind):
            problems.append(f"{key!r} must be {kind.__name__}")
    unknown = set(doc) - set(REQUIRED) - set(OPTIONAL)
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    if problems:
        return problems

    text = doc["text"]
    if not ID_RE.match(doc["id"]) or not doc["id"].startswith(doc["language"] + "-"):
        problems.append(f"id {doc['id']!r} must look like <language>-<slug>")
    if not re.fullmatch(r"[a-z]{2,3}", doc["language"]):
        problems.append(f"language {doc['language']!r} is not an ISO 639 code")
    if doc["origin"] not in ORIGINS:
        problems.append(f"origin {doc['origin']!r} not in {sorted(ORIGINS)}")
    if not doc["summary"].strip():
        problems.append("summary is empty")

    problems += check_claims(doc)

    for i, artifact in enumerate(doc["artifacts"]):
        where = f"artifacts[{i}]"
        problems += _check_span(text, artifact, where)
        if not isinstance(artifact, dict):
            continue
        if artifact.get("category") not in ARTIFACT_CATEGORIES:
            problems.append(f"{where}: category {artifact.get('category')!r} unknown")
        if not isinstance(artifact.get("suggestion"), str):
            problems.append(f"{where}: suggestion must be str ('' means delete)")
        elif artifact.get("suggestion") == artifact.get("text"):
            problems.append(f"{where}: suggestion equals the surface")
    problems += _check_overlaps(doc["artifacts"], "artifacts", allow_nesting=False)

    for i, pair in enumerate(doc["contradictions"]):
        where = f"contradictions[{i}]"
        if not isinstance(pair, dict) or not isinstance(pair.get("explanation"), str) or not pair["explanation"]:
            problems.append(f"{where}: needs a, b and a non-empty explanation")
            continue
        problems += _check_span(text, pair.get("a"), f"{where}.a")
        problems += _check_span(text, pair.get("b"), f"{where}.b")

    problems += _check_key_facts(doc["key_facts"])
    problems += _check_support(doc["support"])
    return problems


def load_references(folder: str | Path = REFERENCE_DIR) -> dict[str, dict]:
    """Every reference document in folder, keyed by file stem."""
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(Path(folder).glob("*.json"))
    }


def validate_all(folder: str | Path = REFERENCE_DIR) -> dict[str, list[str]]:
    """Problems per file stem (files without problems map to an empty list)."""
    results: dict[str, list[str]] = {}
    for path in sorted(Path(folder).glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            results[path.stem] = [f"cannot read: {exc}"]
            continue
        problems = validate_reference(doc)
        if isinstance(doc, dict) and doc.get("id") != path.stem:
            problems.append(f"id {doc.get('id')!r} differs from file stem {path.stem!r}")
        results[path.stem] = problems
    return results


def main(argv: list[str] | None = None) -> int:
    """Print problems per file; exit status 1 when any file has problems."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else REFERENCE_DIR
    results = validate_all(folder)
    if not results:
        print(f"no reference files in {folder}")
        return 1
    bad = 0
    for stem, problems in results.items():
        for problem in problems:
            print(f"{stem}: {problem}")
        bad += bool(problems)
    print(f"{len(results)} files, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
