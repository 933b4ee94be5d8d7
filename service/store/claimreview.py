"""Fact-checks as fact-checkers publish them: schema.org ClaimReview markup (Google Fact Check) read into records.

Accepts what is found in the wild: ``@type`` as a string, a list or a prefixed IRI, reviews inside an
``@graph`` or nested in a page's ``mainEntity``, authors as objects, lists or plain strings, and numeric
ratings as numbers or strings.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

logger = logging.getLogger(__name__)

JSON_SUFFIXES = frozenset({".json", ".jsonld"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
REVIEW_SUFFIXES = JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
# schema.org's defaults for a Rating that leaves its scale out.
DEFAULT_BEST_RATING = 5.0
DEFAULT_WORST_RATING = 1.0
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*")


class ReviewFormatError(ValueError):
    """A review file that cannot be read: the message names the file and what is wrong."""


@dataclass(frozen=True)
class ReviewRecord:
    claim_reviewed: str
    rating: str | None  # reviewRating.alternateName (e.g. "False", "Faux", "Engañoso")
    rating_value: float | None  # normalized 0..1 from ratingValue/worstRating/bestRating when numeric
    publisher: str | None  # author.name of the review (the fact-checker)
    url: str | None
    date_published: str | None  # ISO date
    language: str | None  # inLanguage, else detected with py3langid
    claimant: str | None  # itemReviewed.author.name (who made the claim)


def parse_claimreview(data: object, *, source: str = "<data>") -> list[ReviewRecord]:
    """Every ClaimReview in one JSON value (an object, a list, an @graph, or nested in a page), in order."""
    records: list[ReviewRecord] = []
    for review in _claim_reviews(data):
        record = _record(review)
        if record is None:
            logger.warning("%s: a ClaimReview without claimReviewed was skipped (url %s)", source, review.get("url"))
        else:
            records.append(record)
    return records


def load_reviews(path: Path) -> Iterator[ReviewRecord]:
    """The reviews in a .json, .jsonl or .html file, or in every such file under a folder (sorted)."""
    path = Path(path)
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in REVIEW_SUFFIXES):
            yield from _load_file(file)
    elif path.is_file():
        yield from _load_file(path)
    else:
        raise ReviewFormatError(f"{path}: no such file or folder")


def _load_file(path: Path) -> Iterator[ReviewRecord]:
    suffix = path.suffix.lower()
    if suffix not in REVIEW_SUFFIXES:
        raise ReviewFormatError(f"{path}: not a review file (expected one of {', '.join(sorted(REVIEW_SUFFIXES))})")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReviewFormatError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    if suffix in JSONL_SUFFIXES:
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield from parse_claimreview(_decode(line, f"{path}, line {number}"), source=f"{path}:{number}")
    elif suffix in HTML_SUFFIXES:
        for number, block in enumerate(json_ld_blocks(text), start=1):
            yield from parse_claimreview(_decode(block, f"{path}, JSON-LD block {number}"), source=str(path))
    else:
        yield from parse_claimreview(_decode(text, str(path)), source=str(path))


def json_ld_blocks(page: str) -> list[str]:
    """The text of each ``<script type="application/ld+json">`` block of an HTML page."""
    collector = _JsonLdCollector()
    collector.feed(page)
    collector.close()
    return collector.blocks


class _JsonLdCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._parts: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kind = (dict(attrs).get("type") or "").split(";")[0].strip().lower()
        if tag == "script" and kind == "application/ld+json":
            self._parts = []

    def handle_data(self, data: str) -> None:
        if self._parts is not None:
            self._parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._parts is not None:
            self.blocks.append("".join(self._parts))
            self._parts = None


def _decode(text: str, where: str) -> object:
    # CMS templates wrap JSON-LD in HTML comments or end it with a stray semicolon.
    cleaned = text.strip().removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
    try:
        return json.loads(cleaned)
    except json.JSONDecodeError as error:
        raise ReviewFormatError(f"{where}: malformed JSON ({error.msg} at line {error.lineno}, column {error.colno})") \
            from error


def _claim_reviews(value: object) -> Iterator[dict]:
    """ClaimReview objects anywhere in a JSON value; a review's own parts are not searched further."""
    if isinstance(value, list):
        for item in value:
            yield from _claim_reviews(item)
    elif isinstance(value, dict):
        if "ClaimReview" in _types(value):
            yield value
            return
        for key, item in value.items():
            if key != "@context":
                yield from _claim_reviews(item)


def _types(node: dict) -> set[str]:
    declared = node.get("@type") or node.get("type")
    names = declared if isinstance(declared, list) else [declared]
    # "schema:ClaimReview" and "http://schema.org/ClaimReview" name the same type.
    return {re.split(r"[/:#]", name)[-1] for name in names if isinstance(name, str)}


def _record(review: dict) -> ReviewRecord | None:
    claim = _text(review.get("claimReviewed"))
    if not claim:
        return None
    rating = review.get("reviewRating")
    rating = rating[0] if isinstance(rating, list) and rating else rating
    rating = rating if isinstance(rating, dict) else {}
    item = review.get("itemReviewed")
    item = item[0] if isinstance(item, list) and item else item
    item = item if isinstance(item, dict) else {}
    return ReviewRecord(
        claim_reviewed=claim,
        rating=_text(rating.get("alternateName")) or _text(rating.get("name")),
        rating_value=_normalized_rating(rating),
        publisher=_name(review.get("author")) or _name(review.get("publisher")),
        url=_url(review),
        date_published=_iso_date(review.get("datePublished")),
        language=_language(review.get("inLanguage")) or detect_language(claim),
        claimant=_name(item.get("author")),
    )


def _text(value: object) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, dict):
        value = value.get("@value")
    if not isinstance(value, str):
        return None
    # Some publishers escape entities twice, so "&quot;" reaches the JSON-LD.
    return " ".join(html.unescape(value).split()) or None


def _name(value: object) -> str | None:
    """The name of an author: an object with a name, a plain string, or the first of a list."""
    if isinstance(value, list):
        return next((n for n in (_name(v) for v in value) if n), None)
    if isinstance(value, dict):
        return _text(value.get("name")) or _text(value.get("alternateName"))
    return _text(value)


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None


def _normalized_rating(rating: dict) -> float | None:
    value = _number(rating.get("ratingValue"))
    best = _number(rating.get("bestRating"))
    worst = _number(rating.get("worstRating"))
    best = DEFAULT_BEST_RATING if best is None else best
    worst = DEFAULT_WORST_RATING if worst is None else worst
    if value is None or best == worst:
        return None
    share = (value - worst) / (best - worst)
    # Off the scale ("-1" for "not rated" on a 1..5 scale) is a code, not a score.
    return share if 0.0 <= share <= 1.0 else None


def _url(review: dict) -> str | None:
    url = _text(review.get("url"))
    if url:
        return url
    identifier = _text(review.get("@id"))
    return identifier if identifier and identifier.startswith(("http://", "https://")) else None


def _iso_date(value: object) -> str | None:
    text = _text(value)
    match = _ISO_DATE.match(text) if text else None
    return match.group() if match else None


def _language(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):  # a schema.org Language: {"name": "French", "alternateName": "fr"}
        value = value.get("alternateName") or value.get("name")
    text = _text(value)
    if not text or not _LANGUAGE_TAG.fullmatch(text):
        return None
    return re.split(r"[-_]", text)[0].lower()


def detect_language(text: str) -> str | None:
    """The language of a claim's text by py3langid, for reviews that do not say."""
    import py3langid

    code, _ = py3langid.classify(text)
    return str(code) or None
