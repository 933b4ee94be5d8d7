"""Claims-only dev sets written as marked-up text: readable to label, exact in offsets.

A file ``<lang>-<slug>.txt`` has a header, a line ``---``, then the article with inline tags::

    language: fr
    origin: written for wirecheck
    q1: direct | Jean Dupont | ministre de l'Économie
    q2: indirect | Jean Dupont
    ---
    PARIS — « ⟦q1 Nous ne céderons pas⟧ », a ⟦c1 déclaré⟧ ⟦s1,2 le ministre Jean Dupont⟧.
    Il a ⟦c2 ajouté⟧ que ⟦q2 le budget serait voté en mars⟧.

- ``⟦qN …⟧`` is a piece of quote N; several pieces with one N make an interrupted quote.
- ``⟦sN …⟧`` is the speaker mention of quote N, ``⟦cN …⟧`` its cue; ``⟦s1,2 …⟧`` serves two.
  A quote without an ``s`` tag has no mention in the text (pro-drop, carried over).
- ``⟦t …⟧`` is a term: quote marks around a name or scare quote, no claim.
- Header lines ``qN: type | speaker name | role`` (role optional; speaker ``-`` for none).
Tags nest (a quote inside a quote, a mention inside a quote). The loader strips the tags and
turns them into the reference schema (eval/references/SCHEMA.md, quotes and terms only).

A file may also hold many short documents (training paragraphs): after the shared header lines,
each document starts with a line ``=== <id>`` followed by its own ``qN`` lines, ``---`` and text.
``python -m eval.datasets.marked FILE_OR_FOLDER …`` validates files of either kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from eval.references.validate import check_claims

MARKED_DIR = Path(__file__).resolve().parent.parent / "multilingual"
OPEN, CLOSE = "⟦", "⟧"
_TAG = re.compile(r"(q|s|c)(\d+(?:,\d+)*) |t ")
_HEADER_QUOTE = re.compile(r"^q(\d+)$")
_TYPES = {"direct", "partial", "indirect"}


class MarkupError(ValueError):
    """A marked-up file that cannot be read as a labelled article; the message says where."""


@dataclass
class _Tags:
    pieces: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    mentions: dict[int, tuple[int, int]] = field(default_factory=dict)
    cues: dict[int, tuple[int, int]] = field(default_factory=dict)
    terms: list[tuple[int, int]] = field(default_factory=list)


def strip_tags(marked: str, where: str = "text") -> tuple[str, _Tags]:
    """The plain text and every tag's span in it."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, list[int], int, int]] = []  # kind, ids, start in plain text, where opened
    tags = _Tags()
    k = 0
    while k < len(marked):
        ch = marked[k]
        if ch == OPEN:
            match = _TAG.match(marked, k + 1)
            if match is None:
                raise MarkupError(f"{where}: unknown tag at {marked[k:k + 12]!r}")
            kind = match.group(1) or "t"
            ids = [int(n) for n in match.group(2).split(",")] if match.group(2) else []
            stack.append((kind, ids, length, k))
            k = match.end()
            continue
        if ch == CLOSE:
            if not stack:
                raise MarkupError(f"{where}: '{CLOSE}' with no open tag near {marked[max(0, k - 20):k]!r}")
            kind, ids, start, _ = stack.pop()
            _record(tags, kind, ids, start, length, where)
            k += 1
            continue
        out.append(ch)
        length += 1
        k += 1
    if stack:
        opened = stack[-1][3]
        raise MarkupError(f"{where}: tag opened at {marked[opened:opened + 20]!r} is never closed")
    return "".join(out), tags


def _record(tags: _Tags, kind: str, ids: list[int], start: int, end: int, where: str) -> None:
    if end <= start:
        raise MarkupError(f"{where}: empty {kind}{ids} tag")
    if kind == "t":
        tags.terms.append((start, end))
    for n in ids:
        if kind == "q":
            tags.pieces.setdefault(n, []).append((start, end))
        else:
            table = tags.mentions if kind == "s" else tags.cues
            if n in table:
                raise MarkupError(f"{where}: quote {n} has two {kind} tags")
            table[n] = (start, end)


def parse(marked_file: str, doc_id: str) -> dict:
    """One marked-up file as a reference-shaped document (quotes and terms)."""
    head, sep, body = marked_file.partition("\n---\n")
    if not sep:
        raise MarkupError(f"{doc_id}: no '---' line between header and text")
    header: dict[str, str] = {}
    for number, line in enumerate(head.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            key, colon, value = line.partition(":")
            if not colon:
                raise MarkupError(f"{doc_id}: header line {number} has no ':'")
            header[key.strip()] = value.strip()
    text, tags = strip_tags(body.strip("\n"), doc_id)
    declared = {int(m.group(1)): value for key, value in header.items() if (m := _HEADER_QUOTE.match(key))}
    if set(declared) != set(tags.pieces):
        raise MarkupError(f"{doc_id}: quotes declared {sorted(declared)} but tagged {sorted(tags.pieces)}")
    for table, kind in ((tags.mentions, "s"), (tags.cues, "c")):
        if set(table) - set(declared):
            raise MarkupError(f"{doc_id}: {kind} tags for undeclared quotes {sorted(set(table) - set(declared))}")
    quotes = [_quote(n, declared[n], text, tags, doc_id) for n in sorted(declared)]
    return {
        "id": doc_id,
        "language": header.get("language", ""),
        "origin": header.get("origin", ""),
        "text": text,
        "quotes": sorted(quotes, key=lambda q: (q["start"], -q["end"])),
        "terms": [_span(text, s, e) for s, e in sorted(tags.terms)],
    }


def _quote(n: int, declared: str, text: str, tags: _Tags, doc_id: str) -> dict:
    fields = [part.strip() for part in declared.split("|")]
    qtype, name, role = (fields + ["", "", ""])[:3]
    if qtype not in _TYPES:
        raise MarkupError(f"{doc_id}: q{n} type {qtype!r} not in {sorted(_TYPES)}")
    pieces = sorted(tags.pieces[n])
    start, end = pieces[0][0], pieces[-1][1]
    quote = {**_span(text, start, end), "type": qtype}
    if len(pieces) > 1:
        quote["spans"] = [[s, e] for s, e in pieces]
    cue = tags.cues.get(n)
    quote["cue"] = _span(text, *cue) if cue else None
    mention = tags.mentions.get(n)
    speaker = None
    if name and name != "-":
        speaker = {"name": name, "mention": _span(text, *mention) if mention else None}
    quote["speaker"] = speaker
    quote["role"] = role or None
    return quote


def _span(text: str, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


def validate(doc: dict) -> list[str]:
    """Problems in a parsed document: its id and language, then the shared claim-label checks."""
    problems = []
    if not re.fullmatch(r"[a-z]{2,3}", doc["language"]) or not doc["id"].startswith(doc["language"] + "-"):
        problems.append(f"id {doc['id']!r} and language {doc['language']!r}: id must be <language>-<slug>")
    if not doc["quotes"]:
        problems.append("no quotes labelled")
    return problems + check_claims(doc)


def parse_many(marked_file: str, where: str) -> list[dict]:
    """Every ``=== <id>`` document of a many-document file, each with the file's shared header."""
    shared, *blocks = re.split(r"^=== *", marked_file, flags=re.MULTILINE)
    if not blocks:
        raise MarkupError(f"{where}: no '=== <id>' document line")
    docs = []
    for block in blocks:
        doc_id, _, rest = block.partition("\n")
        docs.append(parse(shared.rstrip("\n") + "\n" + rest, doc_id.strip()))
    return docs


def read_file(file: Path) -> list[dict]:
    """The documents of one marked-up file, one-document or many-document, validated."""
    marked = file.read_text(encoding="utf-8")
    many = re.search(r"^=== ", marked, flags=re.MULTILINE) is not None
    try:
        docs = parse_many(marked, file.name) if many else [parse(marked, file.stem)]
    except MarkupError as exc:
        raise MarkupError(f"{file}: {exc} (a marked-up article is 'key: value' header lines, a '---' line, then "
                          "the text with ⟦q1 …⟧ tags; see the docstring of eval/datasets/marked.py)") from exc
    for doc in docs:
        problems = validate(doc)
        if problems:
            raise MarkupError(f"{file.name}: {doc['id']}: " + "; ".join(problems[:5]))
    return docs


def load(path: Path | None = None, limit: int | None = None) -> list[dict]:
    """Every ``*.txt`` marked-up article in ``path`` (default: eval/multilingual), validated."""
    folder = Path(path) if path is not None else MARKED_DIR
    if not folder.is_dir():
        raise FileNotFoundError(f"marked-up dev set folder {folder} does not exist")
    docs = [doc for file in sorted(folder.glob("*.txt")) for doc in read_file(file)]
    return docs[:limit]


def main(argv: list[str] | None = None) -> int:
    """Validate marked-up files or folders; print one line per file; exit 1 on any problem."""
    import sys

    paths = [Path(arg) for arg in (sys.argv[1:] if argv is None else argv)] or [MARKED_DIR]
    files = [f for p in paths for f in (sorted(p.rglob("*.txt")) if p.is_dir() else [p])]
    bad = 0
    for file in files:
        try:
            docs = read_file(file)
        except MarkupError as exc:
            bad += 1
            print(f"FAIL {exc}")
            continue
        print(f"ok   {file}: {len(docs)} documents, {sum(len(d['quotes']) for d in docs)} quotes")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
