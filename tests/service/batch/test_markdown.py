"""Markdown blanking: CRLF files lose the same markup as LF files, and autolinks keep their address."""

from __future__ import annotations

import pytest

from service.batch.markdown import strip_markdown

LF = """Budget vote delayed
-------------------

## The vote ##

***

The minister said the vote would wait. Details at <https://example.org/vote>.

| party | seats |
|---|---|
| Left | 12 |
"""


def _kept_where_it_was(original: str, plain: str) -> bool:
    """Every character the stripping kept sits at its own offset in the original."""
    return len(plain) == len(original) and all(c == " " or c == original[i] for i, c in enumerate(plain))


def test_crlf_loses_the_same_markup_as_lf():
    crlf = LF.replace("\n", "\r\n")
    plain = strip_markdown(crlf)
    assert plain == strip_markdown(LF).replace("\n", "\r\n")
    assert _kept_where_it_was(crlf, plain)
    for markup in ("---", "##", "***", "|"):
        assert markup not in plain


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("See <https://x.com> now.", "See  https://x.com  now."),
        ("Write to <mailto:desk@x.org> or <desk@x.org>.", "Write to  mailto:desk@x.org  or  desk@x.org ."),
        ("A <b>bold</b> <a href='https://x.com'>link</a>.", "A    bold" + " " * 29 + "link    ."),
    ],
)
def test_autolinks_keep_their_address_while_tags_are_blanked(markdown, kept):
    plain = strip_markdown(markdown)
    assert plain == kept and _kept_where_it_was(markdown, plain)
