"""Nothing silently lost: every number in a sentence that yields metrics is part of a metric or
listed as unattached with the reason; consistency problems become warnings, never edits."""

from __future__ import annotations

from decimal import Decimal

from tradeie import extract

TEXT = (
    "【数据月报】\n● 2025年1-4月青岛市服务外包数据统计\n"
    "2025年5月20日发布的数据显示，今年1-4月，青岛市服务外包合同签约额（包含在岸）96321.4万美元，同比增长21.7%；"
    "其中，离岸服务外包合同额60000万美元，同比增长12%；在岸服务外包合同额20000万美元，同比增长3%。"
    "第三届服务外包大会连续举办3年，1个顶层设计发布。\n（来源：商务部）\n"
)


def test_every_number_of_a_metric_sentence_is_accounted_for():
    ex = extract(TEXT)
    assert ex.metrics
    covered = []
    for m in ex.metrics:
        for part in (m.value, m.change, m.share):
            if part is not None:
                covered.append(part.span)
    unattached = {u.text: u.reason for u in ex.unattached}
    assert unattached.get("5月") == "date" or unattached.get("20日") == "date"
    for m in ex.metrics:
        s, e = m.evidence.span
        for u in ex.unattached:
            assert not any(a <= u.span[0] < b for a, b in covered)


def test_parts_versus_total_mismatch_is_a_warning_not_an_edit():
    ex = extract(TEXT)
    total = next(m for m in ex.metrics if m.indicator.startswith("服务外包合同签约额"))
    assert total.value.normalized == Decimal("963214000")  # unchanged
    offshore = next(m for m in ex.metrics if m.indicator.startswith("离岸"))
    assert any(w.startswith("W301") for w in offshore.warnings)
