"""The wire dateline that opens an article: "WASHINGTON (AP) —", "PARIS, Sept. 20, 2020 (AFP) -",
"Berlin (dpa) -", "Madrid, 4 mar (EFE).-".

It is where the story was filed, not part of what anyone said: claims start after it, and the institution rules
read the host country from it.
"""

from __future__ import annotations

import re

# An upper-case place may stand alone ("PARIS —"); a place in title case ("Berlin (dpa) -") needs the agency in
# brackets after it, or any capitalised opening before a dash would pass for one. Up to three comma-separated
# parts follow the place: a region or a date ("SEOUL, South Korea", "PARIS, Sept. 20, 2020").
DATELINE = re.compile(
    r"\A\s*(?:(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{0,40}[A-ZÀ-ÖØ-Þ.](?:,\s+[A-Z0-9][\w.'’ -]{0,30}?){0,3})\s*"
    r"(?:\([^()\n]{1,40}\)\s*)?"
    r"|(?P<titled>[A-ZÀ-ÖØ-Þ][\w.'’-]{1,30}(?:\s[A-ZÀ-ÖØ-Þ][\w.'’-]{0,30}){0,2}(?:,\s+[\w.'’ -]{1,30}?){0,3})\s*"
    r"\([^()\n]{1,40}\)\s*\.?)"
    r"[—–-]\s")


def dateline_end(text: str) -> int:
    """Where the dateline opening ``text`` ends (the dash and one space included); 0 when there is none."""
    m = DATELINE.match(text)
    return m.end() if m else 0
