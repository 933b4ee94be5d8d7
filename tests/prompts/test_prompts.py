"""Prompt templates: golden rendering, so any wording change is a deliberate, reviewed diff."""

from __future__ import annotations

import pytest

from prompts import load_prompt, render_prompt

GOLDEN_SUMMARIZE_V1 = """Summarize the news article below in at most 40 words.
Rules:
- Write in the same language as the article.
- Use only facts stated in the article. Do not add names, numbers or dates.
- Copy names, numbers and dates exactly as the article writes them.
- Write plain sentences: no title, no bullet points, no introduction.

Article:
Storm hits Brittany.

Summary:
"""


def test_summarize_v1_renders_exactly():
    assert render_prompt("summarize.v1.txt", article="Storm hits Brittany.", max_words=40) == GOLDEN_SUMMARIZE_V1


def test_prompt_name_without_suffix_and_missing_values():
    assert load_prompt("summarize.v1") == load_prompt("summarize.v1.txt")
    with pytest.raises(KeyError):
        render_prompt("summarize.v1", article="x")


def test_unknown_prompt_lists_the_available_ones():
    with pytest.raises(FileNotFoundError, match="summarize.v1.txt"):
        load_prompt("nope.v9")
