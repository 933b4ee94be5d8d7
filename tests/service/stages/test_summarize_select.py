"""Extractive selection: which sentences may be picked, and how much of the budget one may take."""

from __future__ import annotations

from service.contracts import Document
from service.stages.segment import segment
from service.stages.summarize.extractive import _is_headline

ZH = ("中国农业科学院的研究团队11月28日宣布，他们培育出一种新型耐旱水稻品种“旱优88”，比常规品种平均增产20%。\n\n"
      "该研究成果已发表在国际学术期刊上。研究负责人表示，这个品种意义重大。\n\n"
      "据介绍，试验在湖北、安徽和河南三省进行，总面积超过1.2万亩。\n\n"
      "农业农村部一位官员表示，该品种有望在明年春季开始推广。")


def test_a_chinese_lead_paragraph_ending_in_a_full_stop_is_not_a_headline():
    doc = Document(text=ZH, language="zh", language_supported=True, sentences=segment(ZH, "zh"))
    assert not _is_headline(doc, doc.sentences[0])
    headed = "耐旱水稻新品种问世\n\n" + ZH
    doc = Document(text=headed, language="zh", language_supported=True, sentences=segment(headed, "zh"))
    assert _is_headline(doc, doc.sentences[0])


def _doc(text: str) -> Document:
    return Document(text=text, language="en", language_supported=True, sentences=segment(text, "en"))


def test_a_datelined_lead_alone_in_its_paragraph_is_not_a_headline():
    paragraphs = ["NAIROBI (AP) — A bus crash killed 12 people on Sunday, police said.",
                  "The bus collided with a truck near the town of Voi.", "The driver lost control, police said.",
                  "Road accidents kill about 4,000 people a year in Kenya."]
    lead = _doc("\n\n".join(paragraphs))
    assert not _is_headline(lead, lead.sentences[0])
    # The same short paragraph without a dateline reads as a pasted headline, as before.
    title = _doc("\n\n".join(["A bus crash killed 12 people on Sunday."] + paragraphs[1:]))
    assert _is_headline(title, title.sentences[0])


def test_no_sentence_after_the_lead_takes_more_than_its_share_of_the_budget(fake_models):
    from service.stages.checks.support import index_document
    from service.stages.summarize.extractive import select

    long = ("Officials in Lyon said on Tuesday that the plant, which opened in 1972 and employs 450 people from "
            "Villeurbanne, Vénissieux and Saint-Fons, had passed inspections in March 2019, June 2021 and "
            "October 2023, and that Rhodia had spent 12 million euros on safety since Macron visited in 2018.")
    text = ("A fire at a Rhodia chemical plant in Lyon killed 12 people on Tuesday, officials said. "
            f"{long} Mayor Anne Martin said residents were not warned before the blast. "
            "Rhodia said it would cooperate with investigators from Paris. "
            "Prosecutor Marc Dubois opened an inquiry into manslaughter on Wednesday. "
            "Firefighters from Grenoble brought the blaze under control after six hours.")
    doc = Document(text=text, language="en", language_supported=True, sentences=segment(text, "en"))
    index = index_document(doc, fake_models)
    chosen = select(doc, index, max_words=100, min_words=10)
    assert len(chosen) >= 3 and all(long not in c.sentence.text for c in chosen)
    # Below the minimum length a long sentence is still better than a summary that is too short.
    assert any(long in c.sentence.text for c in select(doc, index, max_words=100, min_words=40))


def test_a_sentence_opening_on_a_pronoun_or_asking_a_question_is_a_weaker_candidate(fake_models):
    from service.stages.checks.support import index_document
    from service.stages.summarize.extractive import _candidates

    text = ("外交部发言人毛宁3日表示，中方坚决反对美方将更多中国企业列入出口管制清单。\n\n"
            "有记者问：美国商务部宣布将140家中国实体列入清单，中方对此有何回应？\n\n"
            "他表示，预计年底前物价将温和回升。\n\n"
            "中国半导体行业协会当天发表声明指出，美方的限制措施将扰乱全球半导体产业链。")
    doc = Document(text=text, language="zh", language_supported=True, sentences=segment(text, "zh"))
    scored = {c.sentence.text[:4]: c.relevance for c in _candidates(doc, index_document(doc, fake_models))}
    assert scored["有记者问"] < scored["中国半导"] and scored["他表示，"] < scored["中国半导"]
