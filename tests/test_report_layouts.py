"""Whole documents in the layouts that press offices, zones, ports and associations publish:
each test composes a short document and checks what an analyst would read off it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import tradeie
from tradeie.layout import analyse

# A web release: headline, a dateline with the date and the 来源, then paragraphs that are not
# wrapped (each line a whole paragraph), numbered headings longer than a short label.
WEB_RELEASE = """前三季度我省服务贸易稳中有进 数字服务占比提升
发布时间：2024-10-22 09:30　　信息来源：湖南省商务厅　　【字体：大 中 小】

据省商务厅统计，前三季度，全省服务进出口总额846.2亿元，同比增长10.4%，高于全国平均水平3.2个百分点。其中，服务出口402.7亿元，增长13.1%；服务进口443.5亿元，增长8.1%。三季度全省服务进出口298.6亿元，环比增长3.9%。

一、知识密集型服务进出口保持较快增长

前三季度，全省知识密集型服务进出口352.4亿元，同比增长14.6%，占全省服务进出口总额的41.6%，比上年同期提高1.5个百分点。

二、传统服务贸易稳步恢复

前三季度，全省运输服务进出口231.8亿元，同比增长5.2%；旅行服务进出口167.3亿元，增长11.4%。
"""


def _by_value(ex, quote):
    got = [m for m in ex.metrics if m.value is not None and m.value.text.replace("\n", "") == quote]
    assert got, f"no metric for {quote}: {[m.value.text for m in ex.metrics if m.value]}"
    return got[0]


def test_unwrapped_paragraphs_are_not_joined_to_headings():
    """Headline, dateline and headings of similar width are not a hard wrap when the paragraphs
    between them run far longer."""
    lay = analyse(WEB_RELEASE)
    assert lay.wrap_width is None
    texts = [lay.norm.text[p.nstart : p.nend] for p in lay.paragraphs]
    assert any(t.startswith("一、知识密集型") for t in texts)
    assert any(t.startswith("据省商务厅统计") for t in texts)


def test_web_release_lead_paragraph_dateline_and_publisher_province():
    ex = tradeie.extract(WEB_RELEASE)
    assert ex.bulletin.meta.date == "2024-10-22"
    assert [s.name for s in ex.bulletin.sections] == ["知识密集型服务进出口保持较快增长", "传统服务贸易稳步恢复"]
    total = _by_value(ex, "846.2亿元")  # in the lead, before the first heading
    assert total.subject == "湖南省"  # 全省, issued by a provincial department
    assert total.period.start == "2024-01-01" and total.period.end == "2024-09-30"
    assert total.source.name == "省商务厅"
    assert total.change.percent == Decimal("10.4")
    quarter = _by_value(ex, "298.6亿元")
    assert quarter.change.basis == "mom" and quarter.period.start == "2024-07-01"
    kis = _by_value(ex, "352.4亿元")
    assert kis.subject == "湖南省" and kis.share.percent == Decimal("41.6")


# A zone's quarterly work summary: half-width punctuation (`.` ends sentences), the issuing
# office signed at the foot, a completion rate of the annual target.
ZONE_SUMMARY = """临江经济开发区2024年第三季度工作总结

一、主要经济指标完成情况

前三季度,开发区完成规模以上工业总产值388.2亿元,同比增长9.1%.其中,三季度完成规模以上工业总产值137.5亿元,环比增长2.6%.实际使用外资1.42亿美元,同比增长18.3%,完成全年目标任务的71.0%.

二、下一步工作打算

四季度,开发区将紧盯全年目标,全力冲刺.

临江经济开发区管委会办公室
2024年10月15日
"""


def test_signature_names_publisher_and_date():
    ex = tradeie.extract(ZONE_SUMMARY)
    assert ex.bulletin.meta.publisher == "临江经济开发区管委会办公室"
    assert ex.bulletin.meta.date == "2024-10-15"
    output = _by_value(ex, "388.2亿元")
    assert output.source is not None and output.source.name == "临江经济开发区管委会办公室"
    assert output.subject == "临江经济开发区"


def test_half_width_full_stop_ends_a_sentence():
    ex = tradeie.extract(ZONE_SUMMARY)
    q3 = _by_value(ex, "137.5亿元")
    assert not q3.indicator.startswith(".")
    assert q3.evidence.text.startswith("其中")
    assert q3.change.basis == "mom"


def test_completion_of_a_target_is_a_share():
    ex = tradeie.extract(ZONE_SUMMARY)
    fdi = _by_value(ex, "1.42亿美元")
    assert fdi.share is not None and fdi.share.percent == Decimal("71.0")
    assert "目标" in (fdi.share.of or "")
    assert not any(m.value is not None and m.value.text == "71.0%" for m in ex.metrics)


# A port group's weekly brief: 全港 and unqualified figures are the group's; `环比+9.8%` lines.
PORT_WEEKLY = """江海港口物流周报
2024年第40期
江海港口集团有限公司市场部　　　　2024年10月8日

【本周概况】
本周（9月30日至10月6日），全港完成集装箱吞吐量41.2万标准箱，同比增长6.4%。

【分港区作业】
南港区：集装箱吞吐量22.6万标准箱，环比+8.7%
北港区：集装箱吞吐量18.6万标准箱，环比-3.2%
"""


def test_port_weekly_subjects_periods_and_signed_rates():
    ex = tradeie.extract(PORT_WEEKLY)
    total = _by_value(ex, "41.2万标准箱")
    assert total.subject == "江海港口集团"
    assert (total.period.start_month, total.period.end_month) == ("2024-09", "2024-10")
    south = _by_value(ex, "22.6万标准箱")
    north = _by_value(ex, "18.6万标准箱")
    assert south.change.basis == "mom" and south.change.direction == "up" and south.change.percent == Decimal("8.7")
    assert north.change.direction == "down" and north.change.percent == Decimal("-3.2")
    # the lines of the list are figures, not article titles; the week carries to them
    assert north.period is not None and north.period.end_month == "2024-10"
    assert all(a.title is None for s in ex.bulletin.sections for a in s.articles)


# An association's brief: 协会 is the association; a member profile names its company in the
# title only by its short name; `欧洲市场` is a market, not a subject.
ASSOCIATION_BRIEF = """浙东电子商务协会

工 作 简 报

第7期

浙东电子商务协会秘书处　编　　　　　　　　2024年8月30日

【协会动态】

协会召开二届三次理事会

8月20日，协会在宁波召开二届三次理事会，28位理事出席会议。

【会员风采】

海帆家居：深耕欧洲市场

宁波海帆家居用品有限公司（简称“海帆家居”）是协会理事单位。今年1-7月，海帆家居实现跨境销售额3.2亿元，同比增长28%，其中欧洲市场销售额占比41%。
"""


def test_association_and_profiled_company_subjects():
    ex = tradeie.extract(ASSOCIATION_BRIEF)
    directors = _by_value(ex, "28位")
    assert directors.subject == "浙东电子商务协会"
    sales = _by_value(ex, "3.2亿元")
    assert sales.subject in ("海帆家居", "宁波海帆家居用品有限公司")
    europe = [m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("41")]
    assert europe and europe[0].subject in ("海帆家居", "宁波海帆家居用品有限公司")


def test_converted_amount_is_a_metric_of_its_own():
    text = (
        "【数据月报】\n● 2024年1-8月对外投资情况\n"
        "1-8月，我国对外非金融类直接投资892.5亿美元，同比增长6.1%（折合人民币6402.3亿元，同比增长7.0%）。\n"
        "（来源：商务部）\n"
    )
    ex = tradeie.extract(text)
    usd = _by_value(ex, "892.5亿美元")
    cny = [m for m in ex.metrics if m.value is not None and m.value.base_unit == "CNY"]
    assert len(cny) == 1
    assert cny[0].value.normalized == Decimal("640230000000")
    assert cny[0].change.percent == Decimal("7.0")
    assert cny[0].indicator == usd.indicator and cny[0].dimensions.get("conversion") == "折合CNY"
    assert not any(m.value is None and m.change is not None for m in ex.metrics)  # no orphan 7.0%


def test_month_end_stock_and_period_after_an_opener():
    text = (
        "【数据月报】\n● 2024年9月经济运行简况\n"
        "9月当月，全市规模以上工业增加值增长7.6%。从主要产品看，1-9月白酒产量3.91万千升，增长4.2%；"
        "新能源汽车产量4.1万辆，增长38.5%。\n"
        "9月末，全市金融机构本外币各项存款余额4128.6亿元，比年初增长6.7%。\n"
    )
    ex = tradeie.extract(text, reference_date=dt.date(2024, 10, 20), region="宜州市")
    liquor = _by_value(ex, "3.91万千升")
    assert liquor.value.base_unit == "千升" and liquor.value.normalized == Decimal("39100")
    cars = _by_value(ex, "4.1万辆")
    assert (cars.period.start_month, cars.period.end_month) == ("2024-01", "2024-09")
    deposits = _by_value(ex, "4128.6亿元")
    assert deposits.period.start is None and deposits.period.end == "2024-09-30"


# A newspaper story: the byline names the outlet, `记者从…获悉` cites the body, and the newspaper's
# name (`21世纪经济报道`) is no century.
NEWSPAPER = """滨海新区前三季度跨境人民币结算量增长两成

21世纪经济报道记者 周一帆 天津报道

10月下旬，记者从中国人民银行天津市分行获悉，2024年前三季度，滨海新区跨境人民币结算量达4321.5亿元，同比增长21.6%。

研究员李明对21世纪经济报道记者表示，新区货物贸易跨境人民币结算占比已超过35%。
"""


def test_newspaper_byline_and_cited_body():
    ex = tradeie.extract(NEWSPAPER)
    rmb = _by_value(ex, "4321.5亿元")
    assert rmb.source is not None and rmb.source.name == "中国人民银行天津市分行"
    assert rmb.period.start == "2024-01-01" and rmb.period.end == "2024-09-30"
    share = [m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("35")]
    assert share and (share[0].period is None or share[0].period.start != "2000-01-01")
    assert all(m.period is None or m.period.start != "2000-01-01" for m in ex.metrics)


# A statistics communiqué excerpt: `（八）对外经济` headings, paragraphs opening with 全年 in the
# year of the communiqué (not the year it was printed), thresholds in the notes.
COMMUNIQUE = """黔南州2023年国民经济和社会发展统计公报（节选）

黔南州统计局

2024年4月2日

（八）对外经济

全年货物进出口总额112.45亿元，比上年增长9.6%。其中，出口总额82.37亿元，增长14.2%；进口总额30.08亿元，下降0.8%。

（九）旅游

全年接待游客5135.2万人次，增长22.7%。

注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。
"""


def test_communique_sections_years_and_thresholds():
    ex = tradeie.extract(COMMUNIQUE)
    assert [s.name for s in ex.bulletin.sections] == ["对外经济", "旅游"]
    exports = _by_value(ex, "82.37亿元")
    assert exports.period is not None and exports.period.start == "2023-01-01" and exports.period.end == "2023-12-31"
    assert not any(m.value is not None and m.value.text == "2000万元" for m in ex.metrics)


# A county media centre's brief: the dateline names the outlet, the event day in the lead dates
# the counts of later paragraphs, 全县 is the county its authorities are named after.
COUNTY_BRIEF = """云岭县电商选品会签约订单860单

云岭县融媒体中心讯(记者 王芳) 2024年9月12日,由云岭县商务局主办的电商选品会在县电商产业园举行.

经过一天的洽谈,现场共达成采购订单860单,意向签约金额512万元.

据县商务局统计,今年以来,全县电商交易额累计达2.16亿元,同比增长28.4%.
"""


def test_county_brief_outlet_event_month_and_county():
    ex = tradeie.extract(COUNTY_BRIEF)
    orders = _by_value(ex, "860单")
    assert orders.source is not None and orders.source.name == "云岭县融媒体中心"
    assert orders.period is not None and orders.period.start_month == "2024-09"
    total = _by_value(ex, "2.16亿元")
    assert total.subject == "云岭县"
    assert total.source.name == "县商务局"


def test_parenthesised_markets_after_an_opener():
    text = (
        "【数据月报】\n● 2024年1-9月服务外包数据\n"
        "今年1-9月，我市离岸服务外包执行额3.2亿美元，同比增长8.1%。"
        "从离岸市场看，美国（9127.4万美元，同比增长12.8%）、日本（6315.9万美元，同比下降3.6%）位列前二。\n"
    )
    ex = tradeie.extract(text, region="兰州市")
    us = _by_value(ex, "9127.4万美元")
    japan = _by_value(ex, "6315.9万美元")
    assert us.dimensions.get("market") == "美国" and japan.dimensions.get("market") == "日本"
    assert us.subject == "兰州市" and japan.subject == "兰州市"
    assert "离岸" in us.indicator and "执行额" in us.indicator


# A city's monthly trade analysis carrying a plain-text table: each value cell is a metric with
# the rate of the change column after it, the column's period, the table's unit and note source.
TABLE_REPORT = """临川市2024年8月外贸运行分析

临川市商务局
2024年9月18日

一、总体情况

据临川海关统计，今年以来全市外贸运行平稳。主要指标见表1。

表1  2024年8月临川市外贸主要指标
单位：亿元

指标名称        本月      同比±%      累计       同比±%
进出口总值      41.26     8.4         322.15     5.9
  出口          28.37     11.2        221.80     7.7
  进口          12.89     2.6         100.35     -1.8

注：本表数据来源于临川海关，累计为1-8月数据。

二、主要特点

1-8月，全市民营企业进出口201.46亿元，同比增长9.2%。
"""


def test_table_cells_become_metrics():
    ex = tradeie.extract(TABLE_REPORT)
    month = _by_value(ex, "41.26")
    assert month.rule == "table" and month.indicator == "进出口总值"
    assert month.value.normalized == Decimal("4126000000") and month.value.base_unit == "CNY"
    assert month.change.percent == Decimal("8.4") and month.change.basis == "yoy"
    assert (month.period.start, month.period.end) == ("2024-08-01", "2024-08-31")
    assert month.source.name == "临川海关"
    assert month.subject == "临川市"
    ytd_imports = _by_value(ex, "100.35")
    assert ytd_imports.indicator == "进口" and ytd_imports.change.direction == "down"
    assert (ytd_imports.period.start, ytd_imports.period.end) == ("2024-01-01", "2024-08-31")
    assert ex.text[slice(*ytd_imports.evidence.span)] == ytd_imports.evidence.text
    # the prose around the table still yields its own figure
    assert _by_value(ex, "201.46亿元").rule != "table"
    assert sum(m.rule == "table" for m in ex.metrics) == 6


def test_association_work_summary_activities_are_the_associations():
    text = (
        "滨江市软件行业协会2024年度工作总结\n\n滨江市软件行业协会秘书处编　　　　2025年1月10日\n\n"
        "【人才培训】\n\n全年组织举办人才培训班7期，累计培训从业人员1320人次。\n"
    )
    ex = tradeie.extract(text)
    courses = _by_value(ex, "7期") if any(m.value and m.value.text == "7期" for m in ex.metrics) else _by_value(ex, "1320人次")
    assert courses.subject == "滨江市软件行业协会"


# A city paper's story: the date follows the outlet's dateline, the city is the one the paper is
# named after, and an official's target year (`到2026年`) is never the year of 今年.
CITY_PAPER = """澄川跨境电商今年以来交易额突破200亿元

　　澄川日报讯（记者 许清 通讯员 蒋文）2024年11月5日，记者从市商务局获悉，今年以来，全市跨境电商交易额达212.6亿元，同比增长28.4%。

　　目前，我市企业已在海外布局海外仓41个，其中今年以来新增海外仓7个。

　　市商务局负责人表示，到2026年，全市跨境电商交易额力争突破300亿元。
"""


def test_city_paper_dateline_region_and_target_year():
    ex = tradeie.extract(CITY_PAPER)
    total = _by_value(ex, "212.6亿元")
    assert total.subject == "澄川市"
    assert (total.period.start, total.period.end) == ("2024-01-01", "2024-11-30")
    assert total.source.name == "市商务局"
    new = _by_value(ex, "7个")
    assert new.period is not None and new.period.start == "2024-01-01"


def test_a_closing_source_line_sources_the_whole_report():
    text = (
        "滨湖开发区经济运行月报\n\n2024年第9期\n\n滨湖开发区经济发展局编　　　　2024年10月12日\n\n"
        "一、主要指标\n\n1-9月，开发区完成规上工业总产值212.5亿元，同比增长6.1%。\n\n"
        "二、下阶段工作\n\n四季度，开发区将全力冲刺全年目标。\n\n（来源：滨湖开发区统计分局）\n"
    )
    ex = tradeie.extract(text)
    assert _by_value(ex, "212.5亿元").source.name == "滨湖开发区统计分局"
