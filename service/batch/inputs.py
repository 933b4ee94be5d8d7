"""Finds article files under a folder and turns their raw bytes into text, or says why it cannot."""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from service.batch.markdown import strip_markdown

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
_HTML_HINT = (
    "HTML files need trafilatura, a wirecheck dependency that is missing here: "
    "pip install 'trafilatura>=2.3,<3'"
)
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)


class InputError(Exception):
    """A file that cannot become an article; the message goes into its error record."""


class MissingDependency(InputError):
    """An optional extra needed for this kind of file is not installed."""


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str | None = None
    language: str | None = None


def iter_inputs(root: Path, pattern: str | None = None) -> Iterator[str]:
    """Yield the supported files under ``root`` as sorted POSIX paths relative to it."""
    for current, dirs, files in os.walk(root):
        # Hidden folders hold VCS data and editor state, never articles; sorting keeps runs reproducible.
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
                continue
            rel = PurePosixPath(Path(current, name).relative_to(root).as_posix())
            if pattern is None or rel.match(pattern):
                yield str(rel)


def decode_article(name: str, raw: bytes) -> Article:
    """Decode one file's bytes by its suffix (.txt, .md, .html/.htm, .json) into an Article."""
    if not raw:
        raise InputError("empty file")
    suffix = PurePosixPath(name).suffix.lower()
    if is_html(name):
        article = _from_html(raw)
    elif suffix == ".json":
        article = _from_json(decode_text(raw))
    elif suffix == ".md":
        # Offsets in the record stay those of the .md file's text: markup is blanked, not cut.
        article = Article(strip_markdown(decode_text(raw)))
    else:
        article = Article(decode_text(raw))
    if not article.text.strip():
        raise InputError("no text: the file holds only whitespace")
    return article


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is an InputError."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"undecodable: broken UTF-16 ({exc.reason} at byte {exc.start})") from exc
    # Text never holds NUL; images, PDFs and archives nearly always do, early on.
    if b"\x00" in raw:
        raise InputError("binary file: contains NUL bytes")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"undecodable: not UTF-8 ({exc.reason} at byte {exc.start})") from exc


def _from_json(text: str) -> Article:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError('invalid JSON article: expected an object with a string "text"')
    for key in ("title", "language"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(f'invalid JSON article: "{key}" must be a string')
    return Article(data["text"], data.get("title") or None, data.get("language") or None)


def require_html_support() -> None:
    """Fail before a run rather than write error records that a rerun would then skip."""
    try:
        import trafilatura  # noqa: F401
    except ImportError as exc:
        raise MissingDependency(_HTML_HINT) from exc


def is_html(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in HTML_SUFFIXES


def _from_html(raw: bytes) -> Article:
    if b"\x00" in raw and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError("binary file: contains NUL bytes")
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingDependency(_HTML_HINT) from exc
    # Bytes, not str: trafilatura honours the page's declared charset.
    doc = trafilatura.bare_extraction(raw, include_comments=False, with_metadata=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError("no main text found in the HTML")
    lang = _HTML_LANG.search(raw[:4096])
    return Article(
        text,
        getattr(doc, "title", None) or None,
        lang.group(1).decode("ascii").lower() if lang else None,
    )
