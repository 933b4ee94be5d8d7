"""Date consistency: a weekday named next to a date it does not fall on, and dates that do not exist.

The year comes from the date itself, a full date (day, month and year) in the same sentence, or the
article's dateline. A bare year is never taken: "48 % en 2021" compares with the past and says nothing
of the date the article is about, so with none of these the weekday check is skipped. One date named
with two different weekdays in one article is flagged whatever the year.
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
_DATELINE_CHARS = 400  # wire copy opens with "PARIS, Sept. 20, 2020 (AFP) -", perhaps under a title
_DATELINE_LINES = 3
_DATELINE_WIDTH = 60  # characters from the line's start to the dateline's bracket or dash
_DATELINE_END = re.compile(r"\(|\s[-–—]\s")
_WEEKDAY_NAMES = list(calendar.day_name)
_APPOSITION = re.compile(
    rf"[\s,(–—-]*(?:(?:{'|'.join(re.escape(w) for w in DATE_APPOSITIONS)})[\s,]*)?(?:['’]s\s*)?",
    re.IGNORECASE,
)


def date_checks(index: DocIndex) -> list[Check]:
    """Weekday/date mismatches and impossible dates, each pointing at the words involved."""
    article_year = dateline_year(index.text, index.language)
    checks: list[Check] = []
    named: list[tuple[int, DateMention, DateMention]] = []  # every weekday named with a date, by sentence offset
    for sentence in index.sentences:
        mentions = find_dates(sentence.text, index.language)
        year = _full_date_year(mentions) or article_year
        for mention in mentions:
            if mention.month and mention.day and not _exists(mention, year):
                checks.append(_impossible(sentence.start, mention, sentence.text))
        for weekday, date in _pairs(mentions, sentence.text):
            named.append((sentence.start, weekday, date))
            when_year = date.year or year
            if when_year is None or date.month is None or date.day is None:
                continue  # no year (or day) to check against; a guess would flag correct copy
            try:
                actual = dt.date(when_year, date.month, date.day).weekday()
            except ValueError:
                continue
            if actual != weekday.weekday:
                checks.append(_mismatch(sentence.start, sentence.text, weekday, date, when_year, actual))
    return checks + _two_weekdays(index.text, named)


def dateline_year(text: str, language: str | None = None) -> int | None:
    """The year of the article's dateline ("PARIS, Sept. 20, 2020 (AFP) -"): a full date before its dash or bracket.

    A title may come first, so each of the opening lines is tried; a date after the dateline's end is the
    story's, maybe years back ("the attack of 13 November 2015"), and is not taken.
    """
    for line in [line for line in text[:_DATELINE_CHARS].splitlines() if line.strip()][:_DATELINE_LINES]:
        end = _DATELINE_END.search(line)
        if end and end.start() <= _DATELINE_WIDTH:
            year = _full_date_year(find_dates(line[:end.start()], language))
            if year:
                return year
    return None


def _full_date_year(mentions: list[DateMention]) -> int | None:
    """The year of the sentence's dates that name day, month and year, when they agree on one."""
    years = {m.year for m in mentions if m.year and m.month and m.day}
    return years.pop() if len(years) == 1 else None


def _two_weekdays(text: str, named: list[tuple[int, DateMention, DateMention]]) -> list[Check]:
    """'on Tuesday, March 12' and later 'on Thursday, March 12': one of the two weekdays is wrong, whatever the year."""
    checks: list[Check] = []
    flagged: set[tuple] = set()
    for n, (offset_a, weekday_a, date_a) in enumerate(named):
        for offset_b, weekday_b, date_b in named[n + 1:]:
            same_day = (date_a.month, date_a.day, date_a.year) == (date_b.month, date_b.day, date_b.year)
            # 'Thursday, March 12, 2020' beside an undated 'Tuesday, March 12' may be another year: not compared.
            if not same_day or weekday_a.weekday == weekday_b.weekday or (date_a.month, date_a.day) in flagged:
                continue
            flagged.add((date_a.month, date_a.day))
            spans = [Span(start=offset_a + weekday_a.start, end=offset_a + max(weekday_a.end, date_a.end)),
                     Span(start=offset_b + weekday_b.start, end=offset_b + max(weekday_b.end, date_b.end))]
            first, second = (text[s.start:s.end] for s in spans)
            checks.append(Check(
                kind="date_inconsistency",
                severity="warning",
                explanation=f"one date named with two weekdays: \u201c{first}\u201d and \u201c{second}\u201d",
                spans=spans,
            ))
    return checks


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
