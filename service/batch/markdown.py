"""Markdown to plain text with every offset kept: markup is blanked with spaces, never removed.

``text[start:end]`` of the result is the same span of the original file's text, so a record's
claim, artifact and evidence offsets point straight into the ``.md`` file (as decoded text).
Line breaks stay where they were, so paragraphs and headings still end sentences.
"""

from __future__ import annotations

import re

# A line's end: "$" matches only before "\n", so CRLF files need the "\r" allowed before it.
_EOL = r"(?=\r?$)"
# Autolinks (<https://x.org>, <mailto:a@b.org>, <a@b.org>) keep their address as text; a tag never looks like one.
_AUTOLINK = r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# Each pattern's named groups are the parts to blank; the rest of the match is text to keep.
_BLOCK = [
    re.compile(r"^(?P<m>[ \t]{0,3}#{1,6}[ \t]+)", re.MULTILINE),  # "## Heading"
    re.compile(r"[ \t]+(?P<m>#+)[ \t]*" + _EOL, re.MULTILINE),  # closing hashes of a heading
    re.compile(r"^(?P<m>[ \t]{0,3}(?:>[ \t]?)+)", re.MULTILINE),  # block quotes, nested too
    re.compile(r"^(?P<m>[ \t]*[-*+][ \t]+)(?!\r?$)", re.MULTILINE),  # bullets
    re.compile(r"^(?P<m>[ \t]{0,3}(?:[-*_][ \t]*){3,})" + _EOL, re.MULTILINE),  # horizontal rules
    re.compile(r"^(?P<m>[ \t]*[=-]{2,}[ \t]*)" + _EOL, re.MULTILINE),  # setext underlines
    re.compile(r"^(?P<m>[ \t]*(?:```|~~~).*)$", re.MULTILINE),  # code fences (the code stays)
    # table rule
    re.compile(r"^(?P<m>[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?)?[ \t]*)" + _EOL, re.MULTILINE),
]
_INLINE = [
    re.compile(r"(?P<m>!\[[^\]\n]*\]\([^)\n]*\))"),  # images: no text to read
    re.compile(r"(?P<m>\[)[^\]\n]+(?P<m2>\]\([^)\n]*\))"),  # [text](url): keep the text
    re.compile(r"(?P<m>\[)[^\]\n]+(?P<m2>\]\[[^\]\n]*\])"),  # [text][ref]
    re.compile(r"^(?P<m>[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*)$", re.MULTILINE),  # reference definitions
    re.compile(r"(?P<m></?(?!(?:" + _AUTOLINK + r")>)[A-Za-z][^<>\n]*>)"),  # inline HTML tags
    re.compile(r"(?P<m><)(?:" + _AUTOLINK + r")(?P<m2>>)"),  # <autolinks>
    re.compile(r"(?P<m>\*\*|__)(?=\S)(?:(?!(?P=m)).)+?(?<=\S)(?P<m2>(?P=m))"),  # strong
    re.compile(r"(?<![\w*])(?P<m>[*_])(?=[^\s*_])[^*_\n]+?(?<=[^\s*_])(?P<m2>(?P=m))(?![\w*])"),  # emphasis
    re.compile(r"(?P<m>~~)(?=\S)[^~\n]+?(?P<m2>~~)"),  # strikethrough
    re.compile(r"(?P<m>`+)[^`\n]+?(?P<m2>(?P=m))"),  # inline code: keep the code text
    re.compile(r"(?P<m>\\)[\\`*_{}\[\]()#+\-.!>|]"),  # backslash escapes
]
_TABLE_PIPE = re.compile(r"^[ \t]*\|.*\|[ \t]*" + _EOL, re.MULTILINE)


def strip_markdown(text: str) -> str:
    """The text with Markdown markup replaced by spaces; same length, same line breaks."""
    chars = list(text)
    for pattern in _BLOCK + _INLINE:
        for m in pattern.finditer(text):
            for group in ("m", "m2"):
                if group in pattern.groupindex and m.start(group) >= 0:
                    _blank(chars, m.start(group), m.end(group))
    for m in _TABLE_PIPE.finditer(text):
        for i in range(m.start(), m.end()):
            if text[i] == "|":
                chars[i] = " "
    return "".join(chars)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\n\r":
            chars[i] = " "
