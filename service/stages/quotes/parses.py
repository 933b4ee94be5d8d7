"""One article's parses, shared by the parse-using helpers of the claims stage.

Speakers (syntax.py), new frames (parsed.py) and content bounds (clauses.py) each parse some
sentences; several want the same one. ``ArticleParses`` parses each text once and, given the
list up front, in one batch, which costs about half as much per sentence as one call each.
"""

from __future__ import annotations

from typing import Any

# Dependency labels of a verb's nominal subject (spaCy's English and French schemes).
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


def nominal_subject(token):
    """The token's nominal subject among its children, or None."""
    return next((c for c in token.children if c.dep_ in NOMINAL_SUBJECTS), None)


def verb_root_subject(doc):
    """(root, its nominal subject) of a parse whose root is a verb; the subject may be None.
    None when the root is no verb."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    return root, nominal_subject(root)


def token_at_char(doc, char: int):
    """The parsed token covering character ``char`` of the parsed text, or None."""
    return next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)


class ArticleParses:
    """A parser wrapper with a per-article memo and batch prefetch (same ``parse`` API)."""

    def __init__(self, parser: Any) -> None:
        self.parser = parser
        self.language = getattr(parser, "language", None)
        self.name = getattr(parser, "name", "parser")
        self._memo: dict[str, Any] = {}

    def prefetch(self, texts: list[str]) -> None:
        todo = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if not todo:
            return
        many = getattr(self.parser, "parse_many", None)
        docs = many(todo) if many is not None and len(todo) > 1 else [self.parser.parse(t) for t in todo]
        self._memo.update(zip(todo, docs))

    def parse(self, text: str) -> Any:
        if text not in self._memo:
            self._memo[text] = self.parser.parse(text)
        return self._memo[text]
