"""The wire dateline opening an article (service/stages/dateline.py)."""

from __future__ import annotations

import pytest

from service.stages.dateline import dateline_place, dateline_span


@pytest.mark.parametrize(("text", "dateline"), [
    ("WASHINGTON (AP) — The board met.", "WASHINGTON (AP) — "),
    ("SEOUL, South Korea (Reuters) - The board met.", "SEOUL, South Korea (Reuters) - "),
    ("PARIS, Sept. 20, 2020 (AFP) - The board met.", "PARIS, Sept. 20, 2020 (AFP) - "),
    ("GRENOBLE — Le glacier a perdu 3 mètres.", "GRENOBLE — "),
    ("Berlin (dpa) - Die Regierung will sparen.", "Berlin (dpa) - "),
    ("Madrid, 4 mar (EFE).- El Gobierno aprobó el plan.", "Madrid, 4 mar (EFE).- "),
    ("New York (CNN) — The board met.", "New York (CNN) — "),
    ("新华社北京11月12日电 国家统计局12日发布数据。", "新华社北京11月12日电 "),
    ("【环球时报综合报道】美国商务部宣布。", "【环球时报综合报道】"),
])
def test_a_dateline_ends_after_its_dash(text, dateline):
    start, end = dateline_span(text)
    assert (start, text[:end]) == (0, dateline)


@pytest.mark.parametrize("text", [
    "The board met on Monday - and agreed.",
    "Apple said - for the first time - that sales fell.",  # a title-case opening needs an agency in brackets
    "",
    "WASHINGTON",
    "国家统计局12日发布数据。",
])
def test_no_dateline(text):
    assert dateline_span(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("BOGOTÁ, Colombia — x", "BOGOTÁ, Colombia"),
    ("Berlin (dpa) - x", "Berlin"),
    # The institution rules read the host country from the place, after a pasted headline too.
    ("Ministry of Commerce Responds\n\nBeijing, 15 August (Xinhua) - The ministry said.", "Beijing, 15 August"),
])
def test_the_dateline_place_is_where_the_story_was_filed(text, place):
    (start, end), dateline_end = dateline_place(text)
    assert text[start:end] == place and text[dateline_end - 2] in "-—"
    assert dateline_place("The board met on Monday - and agreed.") is None


def test_a_dateline_after_a_headline_and_byline_is_found():
    text = "Fed holds rates steady\n\nBy Jane Doe\n\nWASHINGTON (Reuters) - The Federal Reserve held rates."
    start, end = dateline_span(text)
    assert text[start:end] == "WASHINGTON (Reuters) - "
    assert dateline_span("Fed holds rates steady\n\nThe Federal Reserve - for now - held rates.") is None


def test_a_double_hyphen_ends_a_dateline():
    text = "Washington, 12 May (Xinhua) -- The Treasury announced new sanctions."
    assert dateline_span(text) == (0, len("Washington, 12 May (Xinhua) -- "))
