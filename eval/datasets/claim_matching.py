"""Hand-labelled claim-matching sets (claims.jsonl + pairs.jsonl): loader, validator and counts.

A set is a folder with two JSONL files. ``claims.jsonl`` holds one claim a line (id, language, text,
speaker or null, article, date); ``pairs.jsonl`` labels (query, target) claim pairs with one of
LABELS. Claims that no pair mentions are distractors for retrieval. ``load`` refuses a set with any
error (ClaimMatchingError lists them all); ``python -m eval.datasets.claim_matching PATH --stats``
validates a folder and prints its counts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

DEV_FOLDER = Path(__file__).resolve().parents[2] / "eval" / "claim_matching"
TUNING_FOLDER = Path(__file__).resolve().parents[2] / "models" / "training" / "claim_matching"

LABELS = ("corroborating", "paraphrase", "misattributed", "conflicting", "unrelated")
LANGUAGE_CHECK_MIN_CHARS = 40
# Languages the identifier confuses with each other on short news sentences; a mismatch within a group is no error.
_CLOSE = [
    {"pt", "gl"},
    {"es", "ca", "gl"},
    {"fr", "oc", "ca", "wa", "br"},
    {"it", "co", "la"},
    {"nl", "af", "fy", "lb"},
    {"de", "lb", "nds"},
    {"en", "sco", "cy"},
]
_CODE = re.compile(r"^[a-z]{2}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# A canonical name starts with a capital; "the minister", "le ministre", "un portavoz" do not.
_ROLE_START = re.compile(r"^(the|a|an|le|la|les|un|une|der|die|das|el|los|las|il|lo|gli|o|os|as|de|het|een)\s", re.I)


class ClaimMatchingError(ValueError):
    """A claim-matching set that fails validation; ``errors`` lists every problem found."""

    def __init__(self, folder: Path, errors: list[str]):
        self.errors = errors
        shown = "\n  ".join(errors[:50]) + (f"\n  ... and {len(errors) - 50} more" if len(errors) > 50 else "")
        super().__init__(f"{folder}: {len(errors)} error(s)\n  {shown}")


@dataclass(frozen=True)
class MatchClaim:
    id: str
    language: str
    text: str
    speaker: str | None
    article: str
    date: str


@dataclass(frozen=True)
class MatchPair:
    query: str
    target: str
    label: str


@dataclass
class ClaimMatchingSet:
    claims: dict[str, MatchClaim]
    pairs: list[MatchPair]

    def distractors(self) -> list[str]:
        """Ids of the claims that no pair mentions."""
        used = {p.query for p in self.pairs} | {p.target for p in self.pairs}
        return [cid for cid in self.claims if cid not in used]

    def is_cross_lingual(self, pair: MatchPair) -> bool:
        return self.claims[pair.query].language != self.claims[pair.target].language


def load(folder: Path = DEV_FOLDER, check_language: bool = True) -> ClaimMatchingSet:
    """Reads and validates ``folder``; raises ClaimMatchingError listing every problem."""
    folder = Path(folder)
    errors: list[str] = []
    claims = _read_claims(folder / "claims.jsonl", errors, check_language)
    pairs = _read_pairs(folder / "pairs.jsonl", claims, errors)
    if errors:
        raise ClaimMatchingError(folder, errors)
    return ClaimMatchingSet(claims=claims, pairs=pairs)


def _rows(path: Path, errors: list[str]) -> list[tuple[int, dict]]:
    if not path.is_file():
        errors.append(f"{path.name}: missing")
        return []
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{number}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            errors.append(f"{path.name}:{number}: not a JSON object")
            continue
        rows.append((number, row))
    return rows


def _read_claims(path: Path, errors: list[str], check_language: bool) -> dict[str, MatchClaim]:
    claims: dict[str, MatchClaim] = {}
    articles: dict[str, tuple[str, str]] = {}
    fields = {"id", "language", "text", "speaker", "article", "date"}
    for number, row in _rows(path, errors):
        where = f"claims.jsonl:{number}"
        if set(row) != fields:
            errors.append(f"{where}: fields {sorted(row)} should be {sorted(fields)}")
            continue
        claim = MatchClaim(**row)
        where = f"{where} ({claim.id})"
        if not isinstance(claim.id, str) or not _ID.match(claim.id):
            errors.append(f"{where}: id must be lowercase letters, digits and dashes")
            continue
        if claim.id in claims:
            errors.append(f"{where}: duplicate id")
            continue
        errors.extend(f"{where}: {problem}" for problem in _claim_problems(claim, check_language))
        if isinstance(claim.article, str) and isinstance(claim.language, str):
            seen = articles.setdefault(claim.article, (claim.language, claim.date))
            if seen != (claim.language, claim.date):
                errors.append(f"{where}: article {claim.article} has another claim in {seen[0]} dated {seen[1]}")
        claims[claim.id] = claim
    return claims


def _claim_problems(claim: MatchClaim, check_language: bool) -> list[str]:
    problems = []
    if not isinstance(claim.language, str) or not _CODE.match(claim.language):
        problems.append(f"language {claim.language!r} is not a 2-letter code")
    if not isinstance(claim.text, str) or not claim.text.strip():
        problems.append("empty text")
    elif check_language and isinstance(claim.language, str):
        detected = detect_language(claim.text)
        if detected and not close_languages(detected, claim.language):
            problems.append(f"text reads as {detected!r}, not {claim.language!r}")
    if claim.speaker is not None:
        if not isinstance(claim.speaker, str) or not claim.speaker.strip():
            problems.append("speaker must be a name or null")
        elif not claim.speaker[0].isupper() or _ROLE_START.match(claim.speaker):
            problems.append(f"speaker {claim.speaker!r} is not a canonical name (use null for a role only)")
    if not isinstance(claim.article, str) or not claim.article.strip():
        problems.append("empty article id")
    try:
        Date.fromisoformat(claim.date)
        if len(claim.date) != 10:
            raise ValueError
    except (TypeError, ValueError):
        problems.append(f"date {claim.date!r} is not YYYY-MM-DD")
    return problems


def detect_language(text: str) -> str | None:
    """py3langid's guess for texts of at least LANGUAGE_CHECK_MIN_CHARS characters, else None."""
    if len(text) < LANGUAGE_CHECK_MIN_CHARS:
        return None
    import py3langid

    return str(py3langid.classify(text)[0])


def close_languages(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in _CLOSE)


def _read_pairs(path: Path, claims: dict[str, MatchClaim], errors: list[str]) -> list[MatchPair]:
    pairs: list[MatchPair] = []
    seen: dict[frozenset[str], str] = {}
    fields = {"query", "target", "label"}
    for number, row in _rows(path, errors):
        where = f"pairs.jsonl:{number}"
        if set(row) != fields:
            errors.append(f"{where}: fields {sorted(row)} should be {sorted(fields)}")
            continue
        pair = MatchPair(**row)
        where = f"{where} ({pair.query} -> {pair.target})"
        problems = [f"unknown claim id {cid!r}" for cid in (pair.query, pair.target) if cid not in claims]
        if pair.label not in LABELS:
            problems.append(f"label {pair.label!r} is not one of {', '.join(LABELS)}")
        if pair.query == pair.target:
            problems.append("a claim paired with itself")
        key = frozenset((pair.query, pair.target))
        if not problems and key in seen:
            problems.append(f"pair already labelled ({seen[key]})")
        if not problems:
            problems = _pair_problems(claims[pair.query], claims[pair.target], pair.label)
        errors.extend(f"{where}: {problem}" for problem in problems)
        if not problems:
            seen[key] = pair.label
            pairs.append(pair)
    return pairs


def _pair_problems(query: MatchClaim, target: MatchClaim, label: str) -> list[str]:
    """The speaker rules the label definitions imply (see eval/claim_matching/README.md)."""
    if query.article == target.article:
        return [f"both claims come from article {query.article}; pairs match claims across articles"]
    same = query.speaker is not None and query.speaker == target.speaker
    if label == "corroborating" and not same:
        return ["corroborating needs the same (known) speaker on both sides"]
    if label == "misattributed" and (query.speaker is None or target.speaker is None or same):
        return ["misattributed needs two different known speakers"]
    if label == "paraphrase" and query.speaker and target.speaker and not same:
        return ["paraphrase needs the same speaker, or an unknown speaker on one side"]
    return []


def stats(data: ClaimMatchingSet) -> str:
    """Counts per language and per label, and the cross-lingual share, as printable text."""
    used = set(data.claims) - set(data.distractors())
    by_language = Counter(c.language for c in data.claims.values())
    in_pairs = Counter(data.claims[cid].language for cid in used)
    labels = Counter(p.label for p in data.pairs)
    crossed = Counter(p.label for p in data.pairs if data.is_cross_lingual(p))
    pair_languages = Counter(
        lang for p in data.pairs for lang in {data.claims[p.query].language, data.claims[p.target].language}
    )
    directions = Counter(f"{data.claims[p.query].language}->{data.claims[p.target].language}" for p in data.pairs)
    total_crossed = sum(crossed.values())
    lines = [
        f"claims: {len(data.claims)} ({len(used)} in pairs, {len(data.distractors())} distractors)",
        f"articles: {len({c.article for c in data.claims.values()})}",
        f"pairs: {len(data.pairs)}, cross-lingual: {total_crossed} ({_share(total_crossed, len(data.pairs))})",
        "",
        "| language | claims | in pairs | distractors | pairs touching |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for lang in sorted(by_language):
        lines.append(
            f"| {lang} | {by_language[lang]} | {in_pairs[lang]} | {by_language[lang] - in_pairs[lang]} "
            f"| {pair_languages[lang]} |"
        )
    lines += ["", "| label | pairs | cross-lingual |", "| --- | ---: | ---: |"]
    for label in LABELS:
        lines.append(f"| {label} | {labels[label]} | {crossed[label]} ({_share(crossed[label], labels[label])}) |")
    lines += ["", "directions (query->target): " + ", ".join(f"{d} {n}" for d, n in sorted(directions.items()))]
    return "\n".join(lines)


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Validate a claim-matching set (claims.jsonl + pairs.jsonl).")
    parser.add_argument("path", nargs="?", type=Path, default=DEV_FOLDER)
    parser.add_argument("--stats", action="store_true", help="print counts per language and label")
    parser.add_argument("--no-language-check", action="store_true", help="skip the py3langid check of the texts")
    args = parser.parse_args(argv)
    try:
        data = load(args.path, check_language=not args.no_language_check)
    except ClaimMatchingError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{args.path}: valid, {len(data.claims)} claims, {len(data.pairs)} pairs")
    if args.stats:
        print(stats(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
