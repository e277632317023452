"""Entities feed the metric stage: subjects and breakdown members link to entity mentions."""

from __future__ import annotations

from tradeie import extract

TEXT = (
    "【行业资讯】\n● 青岛市服务外包保持增长\n"
    "1-4月，青岛市离岸服务外包来源地前三位为中国香港、美国、日本，执行额分别为5.1亿元、3.2亿元和2.4亿元，"
    "同比分别增长3.1%、2.2%和-1.5%。\n（来源：青岛日报）\n"
)


def test_markets_and_subject_link_to_entity_mentions():
    ex = extract(TEXT, ner=True)
    by_market = {m.dimensions.get("market"): m for m in ex.metrics}
    assert {"中国香港", "美国", "日本"} <= set(by_market)
    hk = by_market["中国香港"]
    roles = {(l.role, l.text, l.label) for l in hk.entities}
    assert ("market", "中国香港", "GPE") in roles
    assert any(l.role == "subject" and l.label == "GPE" for l in hk.entities)
    for m in ex.metrics:
        for l in m.entities:
            assert TEXT[l.span[0] : l.span[1]] == l.text


def test_without_ner_no_links_and_no_jieba():
    ex = extract(TEXT)
    assert all(not m.entities for m in ex.metrics)
    assert by_direction_ok(ex)


def by_direction_ok(ex) -> bool:
    return [m.change.direction for m in ex.metrics] == ["up", "up", "down"]
