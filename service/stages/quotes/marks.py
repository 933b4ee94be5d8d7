"""Quote-mark pairing: finds direct quotes in every common style, tolerant of broken marks.

Pairing is a per-paragraph stack walk, so it stays linear and one stray mark can only spoil its
own paragraph's unmatched tail, never the article. A paragraph that opens a quote and does not
close it continues into the next paragraph when that one reopens (the newswire convention).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# CJK pairs; the Latin-script pairings (German „…“, Swedish ”…”, reversed «») are in _accepts.
PAIRS: dict[str, str] = {"「": "」", "『": "』"}
OPENERS = frozenset("“„‚«‹「『")
CLOSERS = frozenset("”»›」』")
AMBIGUOUS = frozenset('"')
SINGLE_CLOSERS = frozenset("’")
ALL_MARKS = frozenset("“”„‚«»‹›「」『』‘’\"")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A paired quote: ``start``/``end`` are the content inside the marks."""

    start: int
    end: int
    open_at: int
    close_at: int
    depth: int
    close_end: int  # just past the closing mark (marks may be two characters: '')


def _is_open_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:;,/“„«‹‚‘'\"") and not after.isspace()


def _is_close_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _role(text: str, i: int, mark: str, reversed_guillemets: bool,
          stack: list[tuple[str, int]] | None = None) -> str | None:
    """'o' (opens), 'c' (closes), 'a' (either) or None (an apostrophe or noise)."""
    if stack and ((mark == "“" and any(m == "„" for m, _ in stack))
                  or (mark == "‘" and any(m == "‚" for m, _ in stack))):
        return "a"  # German „…“ and ‚…‘ close with what opens in English
    if mark == "»":
        return "o" if reversed_guillemets else "c"
    if mark == "«":
        return "c" if reversed_guillemets else "o"
    if mark in OPENERS:
        return "o"
    if mark in CLOSERS:
        # ” also opens in Swedish/Finnish text and in sloppy copy.
        if mark == "”" and _is_open_context(text, i) and not _is_close_context(text, i):
            return "a"
        return "c"
    if mark == "‘":
        return "o" if _is_open_context(text, i) else None
    if mark == "’":
        return "c" if _is_close_context(text, i) and not text[i + 1 : i + 2].isalpha() else None
    if mark == '"':
        opening, closing = _is_open_context(text, i), _is_close_context(text, i)
        if opening and not closing:
            return "o"
        if closing and not opening:
            return "c"
        return "a"
    return None


def _accepts(opener: str, closer: str) -> bool:
    if opener == "“":
        return closer in "”\""
    if opener == '"':
        return closer in '"”'
    if opener == "„":
        return closer in "“”\""
    if opener == "‚":
        return closer in "‘’"
    if opener == "«":
        return closer == "»"
    if opener == "»":
        return closer == "«"
    if opener == "‹":
        return closer == "›"
    if opener == "‘":
        return closer == "’"
    if opener == "'":
        return closer == "'"
    if opener == "”":
        return closer == "”"
    return PAIRS.get(opener, "") == closer


_DOUBLE_MARKS = re.compile(r"''|``|[“”„«»「」\"]")
_SINGLE_OPENER = re.compile(r"(?:^|(?<=[\s(\[—–:]))[‘'](?=[A-ZÀ-ÖØ-Þ])", re.MULTILINE)


def single_quoted(text: str) -> bool:
    """British style: the text quotes with single marks ('‘We will not back down,’ she said') and has no double
    mark at all, so a single mark opening a capitalised word starts a quote, not an apostrophe ('90s, 'n')."""
    return _DOUBLE_MARKS.search(text) is None and _SINGLE_OPENER.search(text) is not None


def find_quotes(text: str, paragraphs: list[tuple[int, int]], single_quotes: bool = False) -> list[QuoteSpan]:
    """Every well-formed quote, outer and nested, sorted by start. With ``single_quotes`` ‘…’ quotes at the
    top level too, and so does the typewriter apostrophe ('…', zei ze) where it sits neither inside a word
    nor before a clitic."""
    reversed_guillemets = _reversed_guillemets(text)
    marks = _MARK_STRAIGHT if single_quotes else _MARK
    found: list[QuoteSpan] = []
    carried: _Open | None = None  # an unclosed top-level opener from the last paragraph
    for p_start, p_end in paragraphs:
        stack: list[_Open] = []
        skip_first = False
        if carried is not None:
            first = marks.match(text, p_start, p_end)
            if first and _accepts(carried[0], _closing_twin(_as_mark(first.group()))) and (
                _role_of(text, first, reversed_guillemets, None) in ("o", "a")
            ):
                stack.append(carried)
                skip_first = True
            else:
                _close_dangling(text, carried, found)
            carried = None
        for match in marks.finditer(text, p_start, p_end):
            i = match.start()
            if skip_first and i == p_start:
                continue
            mark = _as_mark(match.group())
            role = _role_of(text, match, reversed_guillemets, stack)
            if role is None:
                continue
            if role in ("c", "a"):
                hit = _match(stack, mark)
                if hit is not None:
                    _opener, at, width = stack[hit]
                    del stack[hit:]
                    start, end = at + width, i
                    while start < end and text[start].isspace():
                        start += 1
                    while end > start and text[end - 1].isspace():
                        end -= 1
                    if end > start:
                        found.append(QuoteSpan(start, end, at, i, len(stack), match.end()))
                    continue
                if role == "c":
                    continue  # a stray closer: ignore it, keep what is well formed
            if mark == "‘" and not stack and not single_quotes:
                continue  # single quotes only nest, at top level they are mostly apostrophes
            stack.append((mark, i, len(match.group())))
        if stack and _heads_quote(text, p_start, stack[0][1]):
            # Only the outermost opener may run on into the next paragraph, and only one that
            # starts a quotation (not 'called it a “historic deal' left open by mistake).
            carried = stack[0]
    if carried is not None:
        _close_dangling(text, carried, found, end=paragraphs[-1][1] if paragraphs else len(text))
    found.sort(key=lambda q: (q.start, -q.end))
    return found


_Open = tuple[str, int, int]  # mark, offset, width
# Typewriter doubles ('' and ``) stand for a straight double quote (NYT archive style).
_MARK = re.compile(r"''|``|[“”„‚«»‹›「」『』‘’\"]")
_MARK_STRAIGHT = re.compile(r"''|``|[“”„‚«»‹›「」『』‘’\"']")
# Dutch clitics after an apostrophe at a word's start: ''s avonds', ''t is', ''n keer', ''s-Hertogenbosch'.
_CLITIC = re.compile(r"[stnkmr](?=[\s'-])")


def _as_mark(surface: str) -> str:
    return '"' if surface in ("''", "``") else surface


def _role_of(text: str, match: re.Match, reversed_guillemets: bool,
             stack: list[_Open] | None) -> str | None:
    surface = match.group()
    if surface == "``":
        return "o"
    if surface == "'":
        return _straight_single_role(text, match.start())
    if surface == "''":
        before = text[match.start() - 1] if match.start() > 0 else " "
        after = text[match.end()] if match.end() < len(text) else " "
        opening = (before.isspace() or before in "([{—–-:;,/") and not after.isspace()
        closing = not before.isspace() and (after.isspace() or not after.isalnum())
        return "o" if opening and not closing else "c" if closing and not opening else "a"
    return _role(text, match.start(), surface, reversed_guillemets,
                 [(m, at) for m, at, _w in stack] if stack else None)


def _straight_single_role(text: str, i: int) -> str | None:
    """A typewriter apostrophe as a quote mark: it opens before a word (not a clitic, not the '90s of a
    decade) and closes after one; inside a word ('zo'n', 'auto's') it is an apostrophe."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return None
    if (before.isspace() or before in "([{—–-:;,/“„«‹\"") and after.isalpha() and not _CLITIC.match(text, i + 1):
        return "o"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "c"
    return None


def _closing_twin(mark: str) -> str:
    return {"“": "”", "„": "“", "«": "»", "»": "«", '"': '"', "‚": "‘", "‹": "›", "「": "」",
            "『": "』", "”": "”"}.get(mark, mark)


def _match(stack: list[_Open], closer: str) -> int | None:
    for index in range(len(stack) - 1, -1, -1):
        if _accepts(stack[index][0], closer):
            return index
    return None


def _heads_quote(text: str, p_start: int, at: int) -> bool:
    head = text[p_start:at].rstrip()
    return not head or head.endswith((":", ",", ".", "!", "?", "：", "，", "。"))


def _close_dangling(text: str, carried: _Open, found: list[QuoteSpan],
                    end: int | None = None) -> None:
    """A quote-heading opener left open with no continuation runs to its paragraph's end."""
    _mark, at, width = carried
    stop = text.find("\n", at)
    stop = len(text) if stop < 0 else stop
    if end is not None:
        stop = min(stop, end)
    while stop > at + width and text[stop - 1].isspace():
        stop -= 1
    start = at + width
    while start < stop and text[start].isspace():
        start += 1  # '« Nous …': the space inside French guillemets is not quoted
    if stop > start:
        found.append(QuoteSpan(start, stop, at, stop, 0, stop))


def _reversed_guillemets(text: str) -> bool:
    first_open, first_close = text.find("«"), text.find("»")
    return first_close >= 0 and (first_open < 0 or first_close < first_open) and (
        text.count("«") > 0 and text.find("«", first_close) > first_close
    )


# Dashes that open a dialogue turn in Spanish and Portuguese copy ('— Essa gente … — disse o treinador').
_TURN_DASHES = "—―–"


def dialogue_turns(text: str, paragraphs: list[tuple[int, int]], quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quoted turns without quote marks: a paragraph that opens with a dash quotes its speaker up
    to the next dash after a space, where the narrator's frame starts. A turn with no such dash
    is left alone (nothing shows where the words stop being the speaker's), and so is one that
    overlaps a quote in marks."""
    turns: list[QuoteSpan] = []
    opens = sorted(q.open_at for q in quotes)
    for p_start, p_end in paragraphs:
        j = p_start
        while j < p_end and text[j].isspace():
            j += 1
        if j >= p_end or text[j] not in _TURN_DASHES:
            continue
        start = j + 1
        while start < p_end and text[start].isspace():
            start += 1
        close = next((k for k in range(start + 1, p_end)
                      if text[k] in _TURN_DASHES and text[k - 1].isspace()), None)
        if close is None:
            continue
        end = close
        while end > start and text[end - 1].isspace():
            end -= 1
        # A quote in marks overlaps the turn only if it opens inside it: one carried on from the paragraph
        # before would reopen this paragraph with a mark, not a dash.
        if end - start < 2 or bisect_left(opens, j) < bisect_left(opens, close):
            continue
        turns.append(QuoteSpan(start, end, j, close, 0, close + 1))
    return turns
