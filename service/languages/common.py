"""Words the claims rules use whatever the article's language: the neutral default of every lexicon.

Wire copy mixes languages (a French name particle in English text, an English 'according to' in a
translated story), so some word classes hold words of several languages at once. A language's
``quotes.py`` may replace any of them; a language without one gets these.
"""

from __future__ import annotations

# --- shared word classes used by: phrases, cues, frames, tags, speakers, syntax, clauses, parsed, worthiness, marks (A)

# --- shared word classes used by: reported, direct, german (B)
