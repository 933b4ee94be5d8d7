"""Chinese claims, read over characters: cues inside a run of letters, speakers before them."""

from __future__ import annotations

from tests.service.stages.quote_helpers import claim_with as _by_quote
from tests.service.stages.quote_helpers import claims_of as _claims


def _speaker(claim):
    return claim.speaker.mention, claim.speaker.name


def test_title_and_name_before_the_cue_with_time_and_place_stripped():
    text = "外交部发言人毛宁3日在例行记者会上表示，中方坚决反对美方的出口管制措施。"
    claim = _by_quote(_claims(text, "zh"), "中方坚决反对")
    assert claim.type == "indirect" and claim.cue == "表示"
    assert claim.quote == "中方坚决反对美方的出口管制措施"
    assert _speaker(claim) == ("外交部发言人毛宁", "毛宁")
    assert claim.speaker.role == "外交部发言人"
    assert text[claim.speaker.start:claim.speaker.end] == claim.speaker.mention


def test_wire_dateline_date_and_medium_are_not_the_speaker():
    text = "新华社北京11月12日电 国家统计局12日发布数据显示，10月份全国居民消费价格同比上涨0.3%。"
    claim = _by_quote(_claims(text, "zh"), "10月份")
    assert _speaker(claim) == ("国家统计局", "国家统计局")


def test_quote_with_a_colon_frame_and_a_tag_after_the_quote():
    text = ("毛宁说：“我们将采取坚决措施，维护中国企业的正当权益。”\n\n"
            "“这不仅伤害中国企业，也伤害美国企业自身的利益，”中国社会科学院研究员吕祥对记者说。")
    claims = _claims(text, "zh")
    first = _by_quote(claims, "我们将采取")
    assert first.type == "direct" and first.cue == "说" and first.speaker.name == "毛宁"
    tagged = _by_quote(claims, "这不仅伤害")
    assert tagged.type == "direct"
    assert _speaker(tagged) == ("中国社会科学院研究员吕祥", "吕祥")  # '对记者' is the addressee


def test_pronoun_and_unframed_quote_go_on_with_the_last_speaker():
    text = ("南京农业大学教授王建国指出，新品种的种子成本较高。她认为，推广仍需时间。"
            "“我们最初测试了三千多个品系，大部分都失败了。”")
    claims = _claims(text, "zh")
    assert _speaker(_by_quote(claims, "推广仍需时间")) == ("她", "王建国")
    unframed = _by_quote(claims, "我们最初测试")
    assert unframed.type == "direct" and unframed.speaker.name == "王建国" and unframed.cue is None


def test_a_group_official_is_named_by_the_group():
    claim = _by_quote(_claims("农业农村部一位官员表示，该品种有望在明年春季推广。", "zh"), "该品种")
    assert claim.speaker.name == "农业农村部"


def test_source_frames_name_the_source_and_yield_to_a_speaker_inside():
    text = ("根据团队公布的数据，新品种在试验中平均增产12%。"
            "据路透社报道，美国商务部长雷蒙多在声明中称，这些措施旨在阻止技术外流。"
            "据介绍，试验在湖北、安徽和河南三省进行。")
    claims = _claims(text, "zh")
    assert _speaker(_by_quote(claims, "新品种在试验中")) == ("团队", "团队")
    inner = [c for c in claims if "这些措施" in c.quote]
    assert len(inner) == 1 and inner[0].speaker.name == "雷蒙多" and inner[0].cue == "称"
    assert inner[0].quote == "这些措施旨在阻止技术外流"
    assert not any("试验在湖北" in c.quote for c in claims)  # '据介绍' names nobody


def test_words_holding_a_cue_are_not_cues_and_questions_are_nobodys_claim():
    text = ("这部小说讲述了一个农民的故事。据说他很有名。公司名称为华星科技。"
            "有记者问：美国商务部宣布将140家实体列入清单，中方有何回应？")
    assert [c for c in _claims(text, "zh") if c.type != "term"] == []


def test_short_embedded_quote_is_a_term_longer_one_partial():
    text = "他们培育出一种新品种“旱优88”，比常规品种增产20%。王建国指出，新品种在口感方面“还有提升空间”。"
    claims = _claims(text, "zh")
    assert _by_quote(claims, "旱优88").type == "term"
    partial = next(c for c in claims if c.type == "partial")
    assert partial.quote == "还有提升空间" and partial.speaker.name == "王建国"
    assert any(c.type == "indirect" and "口感" in c.quote for c in claims)


def test_offsets_round_trip_and_unbalanced_quote_loses_nothing():
    text = "张伟表示：“我们不会让步，\n\n李娜说，谈判还在继续。"
    claims = _claims(text, "zh")
    assert all(text[c.start:c.end] == c.quote for c in claims)
    assert _speaker(_by_quote(claims, "谈判还在继续")) == ("李娜", "李娜")
    stray = _claims("“李娜说，谈判还在继续。」』（", "zh")  # marks that pair with nothing
    assert _speaker(_by_quote(stray, "谈判还在继续")) == ("李娜", "李娜")


def test_data_with_nobody_named_is_no_claim_and_a_release_is_one():
    text = "数据显示，前三季度全国新建商品房销售面积同比下降17.1%。国家统计局16日公布，9月份有58个城市房价环比下降。"
    claims = _claims(text, "zh")
    assert not any("销售面积" in c.quote for c in claims)
    assert _speaker(_by_quote(claims, "9月份")) == ("国家统计局", "国家统计局")
