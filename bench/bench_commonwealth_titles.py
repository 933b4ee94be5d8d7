"""Probe: Commonwealth and Irish ministers in US copy, which a reader knows are not US offices.

    python bench/bench_commonwealth_titles.py [--scorer PATH]

Their holders have names the US census knows ("Simon", "Julie", "John"), and their countries' own bodies are
departments, so both the rules and the institution second opinion can take "Foreign Minister Julie Bishop" for the
Secretary of State. Each probe is invented copy under the same US lead as the native guards of
``tests/service/stages/test_artifacts_institutions.py``; every flag printed is a false one. The probes are
deliberately hard (two name no country of the minister's at all), so this reports a count, not a pass.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.contracts import Document  # noqa: E402
from service.stages.artifacts import find_artifacts  # noqa: E402
from service.stages.segment import segment  # noqa: E402

US = ("WASHINGTON — The White House and Congress clashed again on Tuesday over the budget, and Republicans in the "
      "Senate said the Obama administration had ignored them. ")
PROBES = [
    "Trump spoke with Trudeau on Monday. Foreign Minister Chrystia Freeland said Canada would not accept the tariffs.",
    "The U.S. tariffs took effect on Friday. Foreign Minister Chrystia Freeland called them insulting.",
    "Washington imposed the duties last week. Finance Minister Bill Morneau said Ottawa would respond in kind.",
    "Australia welcomed the U.S. decision. Trade Minister Simon Birmingham said exporters would benefit.",
    "Pompeo met Foreign Minister Winston Peters of New Zealand in Washington.",
    "Pompeo met Foreign Minister Julie Bishop on Tuesday. She said Australia would stand with the United States.",
    "Pompeo met Foreign Minister Julie Bishop on Tuesday to discuss China.",
    "The White House said the talks went well. Defense Minister Peter Dutton said the Marines would rotate through "
    "Darwin.",
    "Trade Minister Ed Fast said the U.S. had agreed to drop the tariffs on Canadian lumber.",
    "Ireland's government welcomed Biden's visit. Foreign Minister Simon Coveney said the trip was historic.",
    "The U.S. Embassy in Dublin hosted the event. Foreign Minister Simon Coveney attended.",
    "Trump called Prime Minister Theresa May. Foreign Secretary Boris Johnson said Britain would stay close to the "
    "U.S.",
    "Kerry met Foreign Minister John Baird in Ottawa.",
    "Kerry said talks would go on. Foreign Minister John Baird said Canada backed the deal.",
    "Kerry said talks would go on. Foreign Minister John Baird said the deal was good.",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scorer", help="weights file of the second opinion (default: the shipped one); 'off' for "
                                         "the rules alone")
    args = parser.parse_args()
    if args.scorer:
        os.environ["WIRECHECK_INSTITUTION_SCORER"] = args.scorer
    flagged = 0
    for probe in PROBES:
        text = US + probe
        doc = Document(text=text, language="en", language_supported=True, sentences=segment(text, "en"))
        flags = [f"{a.surface!r} -> {a.suggestion}" for a in find_artifacts(doc)
                 if a.category == "institution_term" and a.confidence >= 0.8]
        flagged += bool(flags)
        print(f"{'FLAG' if flags else 'ok  '} {probe[:90]}" + (f"  [{'; '.join(flags)}]" if flags else ""))
    print(f"false flags: {flagged} of {len(PROBES)} probes")


if __name__ == "__main__":
    main()
