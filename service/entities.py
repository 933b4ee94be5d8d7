"""HTML character references (``&quot;``, ``&#8220;``) left in a submitted text: reported, never decoded.

Decoding would shorten the text and shift every offset the answer gives into the caller's text, so
the text is analysed as sent and the caller is told to decode it first.
"""

from __future__ import annotations

import re
from html.entities import html5

# Only complete references count: a bare "&" ("AT&T", "R&D", "Q&A") is ordinary text.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SHOWN = 5


def html_entity_warning(text: str) -> str | None:
    """A warning naming the HTML character references in ``text``, or None when it has none."""
    found = [m.group() for m in _REFERENCE.finditer(text) if m.group()[1] == "#" or m.group()[1:] in html5]
    if not found:
        return None
    kinds = list(dict.fromkeys(found))
    shown = ", ".join(kinds[:_SHOWN]) + (", …" if len(kinds) > _SHOWN else "")
    return (
        f"the text holds {len(found)} HTML character reference(s) ({shown}), read as written: what they stand for "
        "(a quote mark, a letter) is not seen, so quotes and names around them can be missed or garbled; decode "
        "them before sending (e.g. Python's html.unescape). Offsets index the text as sent"
    )
