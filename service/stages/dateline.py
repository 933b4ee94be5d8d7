"""The wire dateline that opens a story: "WASHINGTON (AP) —", "PARIS, Sept. 20, 2020 (AFP) -", "Berlin (dpa) -",
"Madrid, 4 mar (EFE).-", "Washington, 12 May (Xinhua) --", "新华社北京11月12日电", "【环球时报报道】".

It is where the story was filed, not part of what anyone said: claims start after it, and the institution rules
read the host country from it.
"""

from __future__ import annotations

import re

# An upper-case place may stand alone ("PARIS —"); a place in title case ("Berlin (dpa) -") needs the agency in
# brackets after it, or any capitalised opening before a dash would pass for one. Up to three comma-separated
# parts follow the place: a region or a date ("SEOUL, South Korea", "PARIS, Sept. 20, 2020").
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁ"
# Russian wire copy names its agency after the dash ("ОРЕНБУРГ, 8 апреля - РИА Новости.") or between slashes with
# no dash ("МОСКВА, 25 октября. /Интерфакс/.").
_RUSSIAN_AGENCIES = r"(?:РИА Новости|ТАСС|Интерфакс|ПРАЙМ|РБК)"
_PATTERN = (
    rf"\s*(?:(?P<place>[{_UPPER}][{_UPPER}.'’ -]{{0,40}}[{_UPPER}.](?:,\s+[{_UPPER}0-9][\w.'’ -]{{0,30}}?){{0,3}})\s*"
    r"(?:\([^()\n]{1,40}\)\s*)?"
    rf"|(?P<titled>[{_UPPER}][\w.'’-]{{1,30}}(?:\s[{_UPPER}][\w.'’-]{{0,30}}){{0,2}}"
    r"(?:,\s+[\w.'’ -]{1,30}?){0,3})\s*"
    r"\([^()\n]{1,40}\)\s*\.?)"
    rf"(?:(?:[—–-]|--)\s(?:{_RUSSIAN_AGENCIES}\.\s)?|/[^/\n]{{1,30}}/\.?\s)")
_AT = re.compile(_PATTERN)
# Chinese wire copy: the agency, the place and the day, then 电 or 讯 ("中新社北京10月16日电"); or a bracketed
# source line ("【环球时报综合报道】"). No dash follows, at most a space.
_CHINESE = re.compile(r"\s*(?:[^，。\s]{0,16}?(?:社|台|网|报)[^，。\s]{0,12}?\d{1,2}月\d{1,2}日(?:电|讯)"
                      r"|【[^】\n]{0,30}】)[ \u3000]*")
# A pasted story may put its headline and byline before the dateline: it opens one of the lines in this many
# characters.
_HEAD_CHARS = 600


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the dateline opening the story's first lines starts and ends (the dash and one space included)."""
    starts = [0] + [m.end() for m in re.finditer(r"\n", text[:_HEAD_CHARS])]
    for start in starts:
        m = _AT.match(text, start) or _CHINESE.match(text, start)
        if m is not None and "\n" not in text[start:m.end()].strip():
            return m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
    return None



def dateline_place(text: str) -> tuple[tuple[int, int], int] | None:
    """Where the place of the story's Latin or Cyrillic dateline is ("WASHINGTON", "BOGOTÁ, Colombia", "Beijing, 15
    August"), and where the dateline ends; also after a pasted headline. None without one (or a Chinese one)."""
    starts = [0] + [m.end() for m in re.finditer(r"\n", text[:_HEAD_CHARS])]
    for start in starts:
        m = _AT.match(text, start)
        if m is not None and "\n" not in text[start:m.end()].strip():
            group = "place" if m.group("place") is not None else "titled"
            return m.span(group), m.end()
    return None
