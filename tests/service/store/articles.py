"""Small articles with their analyses, offsets exact, for store tests (no pipeline needed)."""

from __future__ import annotations

import re

# 'Speaker: "quote".' lines, as tests and the fake batch analyzer write them.
QUOTE_LINE = re.compile(r'^(?P<speaker>[^:\n]*): "(?P<quote>[^"\n]+)"', re.MULTILINE)


def article(*quotes: tuple[str | None, str], language: str = "en", lead: str = "") -> tuple[str, dict]:
    """An article of 'Speaker: "quote".' lines (speaker None: unattributed) and its analysis dict."""
    lines = [lead] if lead else []
    lines += [f'{speaker or "Someone"}: "{quote}".' for speaker, quote in quotes]
    text = "\n".join(lines)
    return text, analysis_of(text, language)


def analysis_of(text: str, language: str = "en") -> dict:
    """The analysis a pipeline would give for 'Speaker: "quote".' lines."""
    claims = []
    for match in QUOTE_LINE.finditer(text):
        speaker = match["speaker"].strip()
        named = None if speaker == "Someone" else speaker
        claims.append(
            {
                "quote": match["quote"],
                "start": match.start("quote"),
                "end": match.end("quote"),
                "type": "direct",
                "cue": None,
                "speaker": {"name": named, "mention": named} if named else None,
            }
        )
    return {"language": language, "summary": {"text": ""}, "claims": claims, "artifacts": [], "checks": []}
