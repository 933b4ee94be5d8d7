"""Layer 8: literal translations (calques) from calques.json, flagged at low confidence."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from service.contracts import Artifact

CALQUES = Path(__file__).with_name("calques.json")
_TENER = {"tomará": "tendrá", "tomó": "tuvo", "toma": "tiene", "tomaron": "tuvieron", "tomarán": "tendrán",
          "tomaría": "tendría"}
_STATE_BASED = {"Californian": "California", "Texan": "Texas", "Floridian": "Florida"}


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern, dict]]:
    rules = []
    for rule in json.loads(CALQUES.read_text(encoding="utf-8")):
        flags = re.IGNORECASE if "i" in rule.get("flags", "") else 0
        rules.append((re.compile(rule["pattern"], flags), rule))
    return rules


def find_calques(text: str, language: str) -> list[Artifact]:
    """Rules apply to their target language ("language" in calques.json, English by default)."""
    out = []
    lowered = text.lower()
    for pattern, rule in _rules():
        if rule.get("language", "en") != language:
            continue
        if not any(k in lowered for k in rule.get("keywords", [""])):
            continue  # a cheap substring test spares most regex scans
        for m in pattern.finditer(text):
            groups = {k: v for k, v in m.groupdict().items() if v}
            if "adj" in groups:
                groups["state"] = _STATE_BASED.get(groups["adj"], groups["adj"])
            groups["year"] = m.group("x")[3:] if m.group("x").startswith("in ") else ""
            if "v" in groups:
                groups["tener"] = _TENER.get(groups["v"], groups["v"])
            suggestion = rule["suggestion"].format(**groups)
            start, end = m.span("x")
            out.append(Artifact(surface=text[start:end], start=start, end=end, category="calque",
                                suggestion=suggestion, confidence=rule.get("confidence", 0.4), severity="info",
                                explanation=f"likely calque ({rule.get('source', 'literal translation')})"))
    return out
