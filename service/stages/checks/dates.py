"""Date consistency: a weekday named next to a date it does not fall on, and dates that do not exist.

The year comes from the date itself, the sentence, or the article's dateline; years mentioned elsewhere
in the body are history, not the article's date, so with none of these the weekday check is skipped.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from service.contracts import Check, Span
from service.languages.common_checks import DATE_APPOSITIONS
from service.stages.checks.facts import DateMention, find_dates
from service.stages.checks.support import DocIndex

_PAIR_GAP = 30  # "Sunday, September 20" / "September 20, that is, Sunday" / "Sunday (Sept. 20)"
_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_DATELINE_CHARS = 200  # wire copy opens with "PARIS, Sept. 20, 2020 (AFP) -"
_WEEKDAY_NAMES = list(calendar.day_name)
_APPOSITION = re.compile(
    rf"[\s,(–—-]*(?:(?:{'|'.join(re.escape(w) for w in DATE_APPOSITIONS)})[\s,]*)?(?:['’]s\s*)?",
    re.IGNORECASE,
)


def date_checks(index: DocIndex) -> list[Check]:
    """Weekday/date mismatches and impossible dates, each pointing at the words involved."""
    article_year = infer_year(index.text)
    checks: list[Check] = []
    for sentence in index.sentences:
        mentions = find_dates(sentence.text, index.language)
        year = infer_year(sentence.text) or article_year
        for mention in mentions:
            if mention.month and mention.day and not _exists(mention, year):
                checks.append(_impossible(sentence.start, mention, sentence.text))
        for weekday, date in _pairs(mentions, sentence.text):
            when_year = date.year or year
            if when_year is None or date.month is None or date.day is None:
                continue  # no year (or day) to check against; a guess would flag correct copy
            try:
                actual = dt.date(when_year, date.month, date.day).weekday()
            except ValueError:
                continue
            if actual != weekday.weekday:
                checks.append(_mismatch(sentence.start, sentence.text, weekday, date, when_year, actual))
    return checks


def infer_year(text: str) -> int | None:
    """A year the text states outright: the only one in a sentence, or one in an article's dateline."""
    head = text[:_DATELINE_CHARS]
    years = set(_YEAR.findall(head)) if len(text) > _DATELINE_CHARS else set(_YEAR.findall(text))
    return int(years.pop()) if len(years) == 1 else None


def _mismatch(offset: int, text: str, weekday: DateMention, date: DateMention, year: int, actual: int) -> Check:
    named = text[weekday.start:weekday.end]
    shown = text[date.start:date.end]
    return Check(
        kind="date_inconsistency",
        severity="warning",
        explanation=(
            f"{shown}{'' if date.year else f' {year}'} was a {_WEEKDAY_NAMES[actual]}, not a {named}"
            + ("" if date.year else f" (year {year} taken from the text)")
        ),
        spans=[Span(start=offset + weekday.start, end=offset + weekday.end),
               Span(start=offset + date.start, end=offset + date.end)],
    )


def _pairs(mentions: list[DateMention], text: str) -> list[tuple[DateMention, DateMention]]:
    weekdays = [m for m in mentions if m.weekday is not None]
    dates = [m for m in mentions if m.month and m.day]
    out = []
    for weekday in weekdays:
        near = [d for d in dates if _gap(weekday, d) <= _PAIR_GAP and not _sentence_break(text, weekday, d)]
        if near:
            out.append((weekday, min(near, key=lambda d: _gap(weekday, d))))
    return out


def _gap(a: DateMention, b: DateMention) -> int:
    return max(b.start - a.end, a.start - b.end, 0)


def _sentence_break(text: str, a: DateMention, b: DateMention) -> bool:
    between = text[min(a.end, b.end):max(a.start, b.start)]
    # Only an apposition pairs them: "Sunday, Sept. 20", "Sept. 20, that is, Sunday", "dimanche 20".
    return not _APPOSITION.fullmatch(between)


def _exists(mention: DateMention, year: int | None) -> bool:
    if mention.month is None or mention.day is None:
        return True  # a month or a year alone always exists
    try:
        dt.date(mention.year or year or 2000, mention.month, mention.day)  # 2000 allows 29 February
        return True
    except ValueError:
        return False


def _impossible(offset: int, mention: DateMention, text: str) -> Check:
    shown = text[mention.start:mention.end]
    return Check(
        kind="date_inconsistency",
        severity="warning",
        explanation=f"{shown!r} is not a valid date",
        spans=[Span(start=offset + mention.start, end=offset + mention.end)],
    )
