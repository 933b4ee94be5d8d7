"""Layer 7: punctuation of the source language left in the target text, judged by the text's own conventions."""

from __future__ import annotations

import re

from service.contracts import Artifact

# What each language writes correctly; anything else from _KINDS is an artifact there.
_ALLOWED: dict[str, set[str]] = {
    "en": set(),
    "fr": {"guillemets", "space_before"},
    "de": {"guillemets", "low9"},
    "es": {"guillemets"}, "it": {"guillemets"}, "pt": {"guillemets"}, "ca": {"guillemets"},
    "ar": {"guillemets"}, "ru": {"guillemets", "low9"}, "uk": {"guillemets", "low9"},
    "nl": {"low9", "guillemets"}, "pl": {"low9", "guillemets"}, "cs": {"low9"}, "hu": {"low9"},
    "ro": {"low9", "guillemets"}, "bg": {"low9"},
    "zh": {"guillemets", "low9", "space_before", "fullwidth"},
    "ja": {"guillemets", "low9", "space_before", "fullwidth"},
    "ko": {"guillemets", "low9", "space_before", "fullwidth"},
}
_UNKNOWN_LANGUAGE = {"guillemets", "low9", "space_before"}

_GUILLEMET = re.compile(r"«[ \u00a0\u202f]*|[ \u00a0\u202f]*»|‹[ \u00a0\u202f]*|[ \u00a0\u202f]*›")
_LOW9 = re.compile(r"[„‚]")
# The span takes the word before the mark too ("replied :" -> "replied:"), as the references do. The word starts
# after a non-word character, so a search does not rescan a long word from each of its letters (quadratic on a
# 50,000-letter token).
_SPACE_BEFORE = re.compile(r"(?:(?<!\w)[^\W\d_][\w'’-]*|[”’\"»)])[ \u00a0\u202f]+[;:!?](?=\s|$|[\"”’)])")
_FULLWIDTH = {"，": ",", "。": ".", "！": "!", "？": "?", "：": ":", "；": ";", "（": "(", "）": ")",
              "「": "“", "」": "”", "『": "‘", "』": "’", "《": "“", "》": "”", "【": "[", "】": "]", "、": ","}
_FULLWIDTH_RE = re.compile("[" + "".join(_FULLWIDTH) + "]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def find_punctuation(text: str, language: str) -> list[Artifact]:
    allowed = _ALLOWED.get(language, _UNKNOWN_LANGUAGE)
    curly = "“" in text or "”" in text or '"' not in text
    out: list[Artifact] = []
    if "guillemets" not in allowed:
        out += _guillemets(text, curly)
    if "low9" not in allowed:
        out += _low9(text, curly)
    if "space_before" not in allowed:
        for m in _SPACE_BEFORE.finditer(text):
            mark = m.group()[-1]
            fixed = re.sub(r"[ \u00a0\u202f]+(?=.$)", "", m.group())
            out.append(_artifact(m, fixed, 0.85, f"a space before '{mark}' is French typography, not {language}"))
    if language == "fr" and "«" in text:
        out += _english_quotes_in_french(text)
    if "fullwidth" not in allowed:
        for m in _FULLWIDTH_RE.finditer(text):
            if not _CJK.search(text[max(0, m.start() - 1) : m.end() + 1]):
                out.append(_artifact(m, _FULLWIDTH[m.group()], 0.9, f"full-width '{m.group()}' in {language} text"))
    return out


def _artifact(m: re.Match, suggestion: str, confidence: float, why: str) -> Artifact:
    return Artifact(surface=m.group(), start=m.start(), end=m.end(), category="punctuation",
                    suggestion=suggestion, confidence=confidence, explanation=why, severity="info")


def _guillemets(text: str, curly: bool) -> list[Artifact]:
    out: list[Artifact] = []
    open_at: dict[str, bool] = {"«": False, "‹": False}
    inverted: dict[str, bool] = {"«": False, "‹": False}
    last_break = 0
    for m in _GUILLEMET.finditer(text):
        if "\n" in text[last_break : m.start()]:
            open_at = {"«": False, "‹": False}  # quotes do not run across paragraphs here
            inverted = {"«": False, "‹": False}
        last_break = m.start()
        mark = m.group().strip(" \u00a0\u202f")
        double = mark in "«»"
        opener = "«" if double else "‹"
        if mark in "«‹" and inverted.get(opener):
            inverted[opener] = False
            open_at[opener] = False
            sug = ("”" if curly else '"') if double else ("’" if curly else "'")
            out.append(_mark_only(m, mark, sug, f"'{mark}' closes a quotation in German style"))
        elif mark in "«‹":
            open_at[opener] = True
            sug = ("“" if curly else '"') if double else ("‘" if curly else "'")
            out.append(_artifact(m, sug, 0.9, f"'{mark}' is a source-language quotation mark"))
        elif open_at[opener]:
            open_at[opener] = False
            sug = ("”" if curly else '"') if double else ("’" if curly else "'")
            out.append(_artifact(m, sug, 0.9, f"'{mark}' is a source-language quotation mark"))
        elif _inverted_pair(text, m.end(), mark):
            # German book style »…«: the closing-looking mark opens the quote.
            open_at[opener] = True
            inverted[opener] = True
            sug = ("“" if curly else '"') if double else ("‘" if curly else "'")
            out.append(_mark_only(m, mark, sug, f"'{mark}' opens a quotation in German style"))
        else:
            # A closing mark nothing opened is debris of the translation: delete just the mark.
            start = m.start() + m.group().index(mark)
            out.append(Artifact(surface=mark, start=start, end=start + 1, category="punctuation", suggestion="",
                                confidence=0.85, explanation=f"stray '{mark}' with no opening mark", severity="info"))
    return out


def _mark_only(m: re.Match, mark: str, suggestion: str, why: str) -> Artifact:
    """The mark without the spaces around it: inverted marks sit outside the quoted words."""
    start = m.start() + m.group().index(mark)
    return Artifact(surface=mark, start=start, end=start + 1, category="punctuation", suggestion=suggestion,
                    confidence=0.85, explanation=why, severity="info")


def _inverted_pair(text: str, after: int, mark: str) -> bool:
    """A stray » with a « later in the same paragraph (and no » before it) is an inverted pair."""
    closer = "«" if mark == "»" else "‹"
    end = text.find("\n", after)
    rest = text[after : len(text) if end < 0 else end]
    at = rest.find(closer)
    return at >= 0 and mark not in rest[:at]


def _low9(text: str, curly: bool) -> list[Artifact]:
    out: list[Artifact] = []
    for m in _LOW9.finditer(text):
        double = m.group() == "„"
        sug = ("“" if curly else '"') if double else ("‘" if curly else "'")
        out.append(_artifact(m, sug, 0.9, f"'{m.group()}' is a German-style low opening quotation mark"))
        # The German closing mark is the English opening one; fix it too when it closes this quote.
        close_char = "“" if double else "‘"
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        close = text.find(close_char, m.end(), para_end)
        other = text.find("”" if double else "’", m.end(), para_end)
        if close >= 0 and (other < 0 or close < other):
            out.append(Artifact(surface=close_char, start=close, end=close + 1, category="punctuation",
                                suggestion=("”" if curly else '"') if double else ("’" if curly else "'"),
                                confidence=0.85,
                                explanation="German-style closing quotation mark", severity="info"))
    return out


def _english_quotes_in_french(text: str) -> list[Artifact]:
    """A “…” pair in French copy that otherwise quotes with « »: English style left by the translation."""
    out: list[Artifact] = []
    for m in re.finditer(r"“[^“”\n]{1,600}”", text):
        para = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if para.count("«") > para.count("»"):
            continue  # “ ” nested inside « » is the French convention for a quote within a quote
        for pos, sug in ((m.start(), "«\u00a0"), (m.end() - 1, "\u00a0»")):
            out.append(Artifact(surface=text[pos], start=pos, end=pos + 1, category="punctuation", suggestion=sug,
                                confidence=0.8, explanation="English quotation marks in French copy that uses « »",
                                severity="info"))
    return out
