"""Whole documents in layouts the library was not tuned on: provinces the gazetteer cannot know,
customs districts, press-conference transcripts, market tables, company news in an association
bulletin, news listing pages, free-trade-zone summaries, national releases and shares written in
tenths. Each test composes a short document (invented places and figures) and checks what an
analyst would read off it."""

from __future__ import annotations

from decimal import Decimal


import tradeie


def _by_value(ex, quote):
    got = [m for m in ex.metrics if m.value is not None and m.value.text.replace("\n", "") == quote]
    assert got, f"no metric for {quote}: {[m.value.text for m in ex.metrics if m.value]}"
    return got[0]


def _release(head: str, headline: str, *paragraphs: str) -> str:
    """A short release: its issuer and date, a headline, then its paragraphs."""
    return "\n\n".join((head, headline, *paragraphs)) + "\n"


def _period(m):
    assert m.period is not None, f"no period for {m.value.text if m.value else m}"
    return (m.period.start, m.period.end)


# A provincial department's web release: the province (云岭省) is in no gazetteer, yet 全省 is
# the province the department is named after.
UNLISTED_PROVINCE = """云岭省商务厅

2024年1-8月全省对外贸易运行情况

发布时间:2024-09-20      信息来源:对外贸易处

据云岭海关统计,1-8月,全省货物贸易进出口总值4862.7亿元,同比增长6.4%。其中,出口3105.2亿元,增长8.9%;进口1757.5亿元,增长2.3%。8月当月,全省进出口612.4亿元,同比增长4.1%。

从贸易方式看,1-8月全省一般贸易进出口3298.6亿元,增长7.2%,占全省进出口总值的67.8%。
"""


def test_unlisted_province_is_the_departments_province():
    ex = tradeie.extract(UNLISTED_PROVINCE)
    assert ex.bulletin.meta.date == "2024-09-20"
    total = _by_value(ex, "4862.7亿元")
    assert total.subject == "云岭省"
    assert _period(total) == ("2024-01-01", "2024-08-31")
    assert total.change.percent == Decimal("6.4") and total.change.direction == "up"
    assert total.source.name == "云岭海关"
    month = _by_value(ex, "612.4亿元")
    assert month.subject == "云岭省"
    assert _period(month) == ("2024-08-01", "2024-08-31")
    general = _by_value(ex, "3298.6亿元")
    assert general.subject == "云岭省" and general.share.percent == Decimal("67.8")


# A customs district's release: the headline names the 关区, the dateline the customs house;
# a later sentence says only 关区.
CUSTOMS_DISTRICT = """2024年前三季度青川关区进出口情况

青川海关  2024-10-18

据青川海关统计,2024年前三季度,青川关区进出口总值2846.5亿元,比去年同期增长5.8%。其中,出口1932.7亿元,增长7.1%;进口913.8亿元,增长3.2%。9月份,关区进出口335.2亿元,同比增长9.6%。

从贸易方式看,前三季度青川关区一般贸易进出口1788.4亿元,增长6.9%,占关区进出口总值的62.8%。
"""


def test_customs_district_subject_publisher_and_date():
    ex = tradeie.extract(CUSTOMS_DISTRICT)
    assert ex.bulletin.meta.publisher == "青川海关"
    assert ex.bulletin.meta.date == "2024-10-18"
    for quote in ("2846.5亿元", "1932.7亿元", "913.8亿元", "335.2亿元", "1788.4亿元"):
        assert _by_value(ex, quote).subject == "青川关区", quote
    total = _by_value(ex, "2846.5亿元")
    assert _period(total) == ("2024-01-01", "2024-09-30")
    assert total.change.percent == Decimal("5.8")
    september = _by_value(ex, "335.2亿元")  # says only 关区
    assert _period(september) == ("2024-09-01", "2024-09-30")
    assert september.change.percent == Decimal("9.6")
    general = _by_value(ex, "1788.4亿元")
    assert general.share.percent == Decimal("62.8")


def test_customs_district_name_is_not_part_of_indicator_or_trade_mode():
    ex = tradeie.extract(CUSTOMS_DISTRICT)
    total = _by_value(ex, "2846.5亿元")
    assert total.indicator == "进出口总值"
    general = _by_value(ex, "1788.4亿元")
    assert general.dimensions.get("trade_mode") == "一般贸易"


# A ministry's press-conference transcript: the date is in the headline's brackets and the
# 时间： line; the figures are in the spokesperson's answer.
PRESS_CONFERENCE = """商务部召开例行新闻发布会（2025年3月13日）

时间：2025年3月13日（星期四）下午3:00
地点：商务部新闻发布厅
发布人：商务部新闻发言人 何文

问：请介绍一下今年以来我国服务贸易的发展情况。

答：今年以来，我国服务贸易保持平稳增长。1-2月，服务进出口总额12476.3亿元，同比增长7.4%。其中，出口5218.6亿元，增长9.3%；进口7257.7亿元，增长6.1%。
"""


def test_press_conference_date_and_answer_period():
    ex = tradeie.extract(PRESS_CONFERENCE)
    assert ex.bulletin.meta.date == "2025-03-13"
    total = _by_value(ex, "12476.3亿元")
    assert _period(total) == ("2025-01-01", "2025-02-28")
    assert "服务进出口" in total.indicator
    assert total.change.percent == Decimal("7.4")
    exports = _by_value(ex, "5218.6亿元")
    assert _period(exports) == ("2025-01-01", "2025-02-28")


# A provincial report with a plain-text table whose label column is headed 市场: the row labels
# are markets, the columns 进出口 and 其中:出口 each with the 同比 column after them.
MARKET_TABLE = """湖南省商务厅

2024年1-8月全省对主要市场进出口情况

1-8月,全省外贸进出口总值3425.6亿元,同比增长8.3%。对东盟、欧盟等主要市场进出口保持增长,详见表1。

表1  1-8月全省对主要市场进出口情况
单位:亿元,%

市场      进出口      同比      其中:出口     同比
东盟      872.4       12.6      561.3         15.2
欧盟      514.8       6.3       398.6         8.1
美国      436.2       -2.4      371.5         -1.7
"""


def test_market_table_rows_are_markets():
    ex = tradeie.extract(MARKET_TABLE)
    asean = _by_value(ex, "872.4")
    assert asean.dimensions == {"market": "东盟"}
    assert "进出口" in asean.indicator
    assert asean.change.percent == Decimal("12.6")
    assert asean.value.normalized == Decimal("87240000000")
    assert _period(asean) == ("2024-01-01", "2024-08-31")
    assert asean.subject == "湖南省"
    asean_exports = _by_value(ex, "561.3")
    assert "出口" in asean_exports.indicator and "进出口" not in asean_exports.indicator
    assert asean_exports.change.percent == Decimal("15.2")
    assert asean_exports.dimensions.get("market") == "东盟"
    us = _by_value(ex, "436.2")
    assert us.dimensions.get("market") == "美国" and us.change.direction == "down"


# An industry association's newsletter: a company's quarterly report in the 会员风采 section,
# named in full once and then by its short name and as 公司.
COMPANY_NEWS = """江南智能制造产业协会

会 员 通 讯

2024年第10期

【会员风采】

◆ 星衡智能前三季度营收增长15.6%

星衡智能股份有限公司（简称“星衡智能”）近日发布三季度报告。前三季度，公司实现营业收入18.73亿元，同比增长15.6%，实现归属于上市公司股东的净利润2.14亿元，同比增长21.3%。其中，海外业务收入5.62亿元，占营业收入的30.0%。

（来源：星衡智能公告）
"""


def test_company_news_in_association_bulletin_is_the_companys():
    ex = tradeie.extract(COMPANY_NEWS)
    revenue = _by_value(ex, "18.73亿元")
    assert revenue.subject == "星衡智能股份有限公司"
    assert revenue.change.percent == Decimal("15.6")
    assert revenue.source.name == "星衡智能公告"
    profit = _by_value(ex, "2.14亿元")
    assert profit.subject == "星衡智能股份有限公司"
    overseas = _by_value(ex, "5.62亿元")
    assert overseas.subject == "星衡智能股份有限公司" and overseas.share.percent == Decimal("30.0")


# A city bureau's 工作动态 listing page: each item has its own headline, date line with its own
# 信息来源, and an indented paragraph.
NEWS_LISTING = """青禾市商务局
首页 > 政务公开 > 工作动态

我市前8个月外贸进出口增长9.1%
发布日期：2025-09-18　　信息来源：对外贸易科　　【字体：大 中 小】
　　据青禾海关统计，1-8月，全市外贸进出口总值312.6亿元，同比增长9.1%。其中，出口204.3亿元，增长11.5%。

我市对外承包工程业务稳步发展
发布日期：2025-09-16　　信息来源：对外经济合作科　　【字体：大 中 小】
　　1-8月，全市对外承包工程完成营业额4.82亿美元，同比增长13.7%；新签合同额6.15亿美元，增长8.2%。

我市社会消费品零售总额保持增长
发布日期：2025-09-12　　信息来源：市场运行科　　【字体：大 中 小】
　　1-8月，全市社会消费品零售总额865.4亿元，同比增长5.6%。
"""


def test_news_listing_items_carry_their_own_source():
    ex = tradeie.extract(NEWS_LISTING)
    trade = _by_value(ex, "312.6亿元")
    assert trade.source.name == "青禾海关"  # cited in the item's text
    assert trade.subject == "青禾市"
    for quote in ("4.82亿美元", "6.15亿美元"):
        m = _by_value(ex, quote)
        assert m.source.name == "青禾市商务局对外经济合作科", quote  # the publisher's division
        assert m.subject == "青禾市"
        assert _period(m) == ("2025-01-01", "2025-08-31")
    retail = _by_value(ex, "865.4亿元")
    assert retail.source.name == "青禾市商务局市场运行科"


# A free-trade-zone area's half-year summary: the zone's full name starts with 中国, the
# paragraphs are bulleted, and 全国首创 / 商务部 qualify figures that are still the zone's.
FTZ_SUMMARY = """中国（云梦）自由贸易试验区临江片区

2025年上半年工作情况

临江片区管委会综合处　　　　2025年7月15日

一、制度创新成效明显

● 上半年，片区形成制度创新成果27项，其中全国首创6项，3项经验做法获商务部推广。

二、营商环境持续优化

▶ 推行“一单两报”通关模式，为企业节约物流成本约2300万元。上半年新设企业1286家，同比增长18.4%。
"""

FTZ_NAME = "中国（云梦）自由贸易试验区临江片区"


def test_free_trade_zone_figures_are_the_zones():
    ex = tradeie.extract(FTZ_SUMMARY)
    assert ex.bulletin.meta.date == "2025-07-15"
    outcomes = _by_value(ex, "27项")
    assert outcomes.subject == FTZ_NAME
    assert _period(outcomes) == ("2025-01-01", "2025-06-30")
    saving = _by_value(ex, "约2300万元")  # a bare figure in a ▶ paragraph
    assert saving.subject == FTZ_NAME
    assert saving.value.normalized == Decimal("23000000")
    firms = _by_value(ex, "1286家")
    assert firms.subject == FTZ_NAME


def test_free_trade_zone_breakdown_qualified_by_nation_is_still_the_zones():
    ex = tradeie.extract(FTZ_SUMMARY)
    first_in_nation = _by_value(ex, "6项")
    assert first_in_nation.subject == FTZ_NAME
    promoted = _by_value(ex, "3项")
    assert promoted.subject == FTZ_NAME


# A national release: the first line names only the issuing body; the quarter comes from the
# headline and the lead sentence, and carries to the 分产业看 sentence.
NATIONAL_RELEASE = """国家统计局

2025年一季度国民经济运行情况

发布时间：2025-04-16　　来源：国家统计局

初步核算，一季度国内生产总值316425亿元，按不变价格计算，比上年同期增长5.3%。分产业看，第一产业增加值11586亿元，比上年同期增长3.4%；第二产业增加值111464亿元，增长5.9%；第三产业增加值193375亿元，增长5.3%。
"""


def test_national_release_quarter_carries_to_following_sentence():
    ex = tradeie.extract(NATIONAL_RELEASE)
    assert ex.bulletin.meta.date == "2025-04-16"
    assert ex.bulletin.meta.publisher == "国家统计局"
    gdp = _by_value(ex, "316425亿元")
    assert _period(gdp) == ("2025-01-01", "2025-03-31")
    assert gdp.change.percent == Decimal("5.3")
    for quote in ("11586亿元", "111464亿元", "193375亿元"):
        m = _by_value(ex, quote)
        assert _period(m) == ("2025-01-01", "2025-03-31"), quote
    primary = _by_value(ex, "11586亿元")
    assert "第一产业增加值" in primary.indicator and primary.change.percent == Decimal("3.4")


def test_national_release_gdp_indicator_keeps_its_name():
    ex = tradeie.extract(NATIONAL_RELEASE)
    gdp = _by_value(ex, "316425亿元")
    assert "国内生产总值" in gdp.indicator


# Shares and changes written in tenths (成): 近三成 and 约三成 are 30 percent.
TENTHS = """滨阳市商务局

2024年前三季度全市跨境电商发展情况

发布时间：2024-10-25　　信息来源：电子商务科

前三季度，全市跨境电商进出口126.8亿元，占全市外贸进出口总值的近三成。

前三季度，全市市场采购贸易出口58.4亿元，同比增长约三成。
"""


def test_share_and_change_in_tenths():
    ex = tradeie.extract(TENTHS)
    ecommerce = _by_value(ex, "126.8亿元")
    assert ecommerce.share is not None and ecommerce.share.percent == Decimal("30")
    market = _by_value(ex, "58.4亿元")
    assert market.change is not None
    assert market.change.percent == Decimal("30") and market.change.direction == "up"
    assert not any(m.value is not None and "三成" in m.value.text for m in ex.metrics)


# A city's monthly release: the headline names the month but not the year (the foot line dates
# the release), and a plain-text table has a two-row header: 本月 and 1-9月 span the 金额 and
# 同比±% columns below them, and each row label carries its unit in parentheses.
CITY_MONTHLY_TABLE = """9月全市外贸外资运行情况

今年以来，全市外贸外资运行总体平稳，主要指标如下。

                                本  月                  1-9月
指    标                  ---------------------   ---------------------
                            金额     同比±%       金额     同比±%
货物进出口总额（亿元）         612.4       8.6       5328.7       5.2
  出口（亿元）                 268.9      11.3       2341.6       7.4
  进口（亿元）                 343.5       6.6       2987.1       3.5
实际使用外资（亿美元）          4.73     -12.1        41.86      -6.8

注：货物进出口数据来源于天津海关。

天津市商务局　　2024年10月21日
"""


def test_city_table_two_row_header_year_to_date_column():
    ex = tradeie.extract(CITY_MONTHLY_TABLE)
    assert ex.bulletin.meta.date == "2024-10-21"
    total = _by_value(ex, "5328.7")
    assert total.indicator == "货物进出口总额"  # the row's （亿元） is its unit
    assert total.value.normalized == Decimal("532870000000")
    assert total.change.percent == Decimal("5.2") and total.change.direction == "up"
    assert _period(total) == ("2024-01-01", "2024-09-30")
    assert total.subject == "天津市"
    fdi = _by_value(ex, "41.86")
    assert fdi.value.normalized == Decimal("4186000000")
    assert fdi.change.percent == Decimal("-6.8") and fdi.change.direction == "down"


def test_city_table_month_column_takes_the_headline_month():
    ex = tradeie.extract(CITY_MONTHLY_TABLE)
    month = _by_value(ex, "612.4")
    assert month.change.percent == Decimal("8.6")
    assert _period(month) == ("2024-09-01", "2024-09-30")


def test_city_table_foot_line_with_single_space():
    text = CITY_MONTHLY_TABLE.replace("天津市商务局　　2024年10月21日", "天津市商务局 2024年10月21日")
    ex = tradeie.extract(text)
    assert ex.bulletin.meta.date == "2024-10-21"
    assert _period(_by_value(ex, "5328.7")) == ("2024-01-01", "2024-09-30")


# The same kind of release with analysis paragraphs below the table: 1-9月 opens the 贸易方式
# paragraph, and the 主要产品 paragraph after it states no period of its own.
CITY_TABLE_THEN_PARAGRAPHS = """9月全市外贸外资运行情况

据天津海关统计，今年以来全市外贸运行总体平稳，主要指标见下表。

                                本  月                  1-9月
指    标                  ---------------------   ---------------------
                            金额     同比±%       金额     同比±%
货物进出口总额（亿元）         612.4       8.6       5328.7       5.2
  出口（亿元）                 268.9      11.3       2341.6       7.4
  进口（亿元）                 343.5       6.6       2987.1       3.5

从贸易方式看，1-9月全市一般贸易进出口2186.4亿元，增长12.7%，占全市进出口总额的41.0%；加工贸易进出口1473.2亿元，下降3.8%。

从主要产品看，笔记本电脑出口1143.6亿元，同比下降4.1%；汽车出口287.5亿元，增长36.2%。

注：货物进出口数据来源于天津海关。

天津市商务局　　2024年10月21日
"""


def test_year_to_date_opening_a_paragraph_governs_the_next_paragraph():
    ex = tradeie.extract(CITY_TABLE_THEN_PARAGRAPHS)
    general = _by_value(ex, "2186.4亿元")
    assert _period(general) == ("2024-01-01", "2024-09-30")
    laptops = _by_value(ex, "1143.6亿元")
    assert _period(laptops) == ("2024-01-01", "2024-09-30")
    assert laptops.change.percent == Decimal("-4.1") and laptops.change.direction == "down"
    cars = _by_value(ex, "287.5亿元")
    assert _period(cars) == ("2024-01-01", "2024-09-30")


# A provincial statistics bureau's release: the cover fields use half-width colons, and the GDP
# sentence gives the two-year average growth after the year-on-year rate.
PROVINCE_GDP_RELEASE = """前三季度全省经济运行情况

发布单位:陕西省统计局    发布时间:2021-10-22

根据地区生产总值统一核算结果，前三季度，全省实现生产总值21638.72亿元，按可比价格计算，同比增长7.4%,两年平均增长4.3%。其中，第一产业增加值1352.46亿元，增长6.1%；第二产业增加值9781.35亿元，增长6.8%；第三产业增加值10504.91亿元，增长8.2%。
"""


def test_publisher_field_with_half_width_colon_and_two_year_average():
    ex = tradeie.extract(PROVINCE_GDP_RELEASE)
    assert ex.bulletin.meta.publisher == "陕西省统计局"
    assert ex.bulletin.meta.date == "2021-10-22"
    gdp = _by_value(ex, "21638.72亿元")
    assert gdp.source.name == "陕西省统计局"
    assert gdp.change.percent == Decimal("7.4") and gdp.change.basis == "yoy"
    assert _period(gdp) == ("2021-01-01", "2021-09-30")
    assert _by_value(ex, "9781.35亿元").source.name == "陕西省统计局"
    average = [m for m in ex.metrics if m.change is not None and m.change.basis == "other"]
    assert len(average) == 1, [(m.indicator, m.change) for m in average]
    assert average[0].change.percent == Decimal("4.3")
    assert "生产总值" in average[0].indicator and "两" not in average[0].indicator


# A wire story: the 新华社 dateline has no year; the web page's foot line dates it.
WIRE_STORY = """闽江省外贸去年进出口约1680亿元 今年力争突破2000亿元

新华社榕川1月16日电（记者林海帆）记者从闽江省商务厅获悉，去年全省外贸稳中有进，货物贸易进出口约1680亿元，同比增长6.2%，其中出口1125.3亿元，增长8.4%。今年，全省将继续推动外贸提质增效，力争货物贸易进出口突破2000亿元。

【纠错】　【责任编辑：陈晓】

2025年01月16日 18:32:07　来源：新华网
"""


def test_wire_story_dated_by_web_page_foot_line():
    ex = tradeie.extract(WIRE_STORY)
    assert ex.bulletin.meta.date == "2025-01-16"
    last_year = _by_value(ex, "约1680亿元")
    assert _period(last_year) == ("2024-01-01", "2024-12-31")
    assert last_year.change.percent == Decimal("6.2")
    target = _by_value(ex, "2000亿元")
    assert _period(target) == ("2025-01-01", "2025-12-31")


# A development zone's 工作简报: the editor line dates it in Chinese numerals, and the body uses
# the zone's short name (经开区) while the headline also names its city.
ZONE_WORK_BRIEF = """工 作 简 报

第6期

青岚经济技术开发区管理委员会办公室编印          二〇二五年六月十日

白川市青岚经开区5月份招商引资工作取得新进展

5月，青岚经开区新签约项目14个，总投资额86.3亿元，其中超10亿元项目3个。1-5月，累计新签约项目52个，总投资额312.8亿元，同比增长17.5%。
"""


def test_zone_brief_chinese_numeral_date_and_short_zone_name():
    ex = tradeie.extract(ZONE_WORK_BRIEF)
    assert ex.bulletin.meta.date == "2025-06-10"
    for quote in ("14个", "86.3亿元"):
        m = _by_value(ex, quote)
        assert m.subject == "青岚经开区", quote
        assert _period(m) == ("2025-05-01", "2025-05-31"), quote
    assert _by_value(ex, "312.8亿元").subject == "青岚经开区"


# A MOFCOM-style release on outward direct investment by 我国.
OUTWARD_INVESTMENT = """商务部新闻办公室

2024年1-10月我国对外全行业直接投资简明统计

发布时间：2024-11-22

2024年1-10月，我国境内投资者共对全球148个国家和地区的7362家境外企业进行了非金融类直接投资，累计投资8792.4亿元人民币，同比增长6.3%。
"""


def test_outward_investment_indicator_names_direct_investment():
    ex = tradeie.extract(OUTWARD_INVESTMENT)
    odi = _by_value(ex, "8792.4亿元人民币")
    assert odi.subject == "中国"
    assert _period(odi) == ("2024-01-01", "2024-10-31")
    assert odi.change.percent == Decimal("6.3")
    assert "直接投资" in odi.indicator, odi.indicator


# A province's e-commerce note: 较上年末新增3260家 is the change of the stock (两万余家), while
# 新增注册资本 is an indicator whose value is the amount.
ECOMMERCE_ENTITIES = """岚州省商务厅

全省跨境电商发展情况通报

发布时间：2024-08-15　　信息来源：电子商务处

截至7月底，全省跨境电商经营主体达两万余家，较上年末新增3260家。1-7月，全省新设外商投资企业1426家，新增注册资本318.6亿元。
"""


def test_increase_since_year_end_is_a_change_amount():
    ex = tradeie.extract(ECOMMERCE_ENTITIES)
    entities = _by_value(ex, "两万余家")
    assert entities.change is not None
    assert entities.change.amount == Decimal("3260") and entities.change.direction == "up"
    assert not any(m.value is not None and m.value.text == "3260家" for m in ex.metrics)
    capital = _by_value(ex, "318.6亿元")
    assert "新增注册资本" in capital.indicator
    assert capital.change is None
    assert capital.value.normalized == Decimal("31860000000")


# A city's service-outsourcing bulletin: one sentence lists the three business lines of 离岸
# 执行额 with 分别 values and 分别 rates.
SERVICE_OUTSOURCING = """桐川市服务外包产业运行简报

2024年第3期

桐川市商务局服务贸易处编          2024年10月25日

前三季度，全市承接离岸服务外包合同额2.36亿美元，同比增长9.8%；执行额1.51亿美元，增长8.7%。

从业务结构看，离岸信息技术外包（ITO）、业务流程外包（BPO）和知识流程外包（KPO）执行额分别为8240.1万美元、2367.4万美元和4521.1万美元，同比分别增长14.3%、-3.6%和9.9%。
"""


def test_offshore_outsourcing_business_lines_share_the_indicator():
    ex = tradeie.extract(SERVICE_OUTSOURCING)
    expected = {"8240.1万美元": Decimal("14.3"), "2367.4万美元": Decimal("-3.6"), "4521.1万美元": Decimal("9.9")}
    lines = set()
    for quote, rate in expected.items():
        m = _by_value(ex, quote)
        assert "离岸" in m.indicator and "执行额" in m.indicator, (quote, m.indicator)
        assert "business_line" in m.dimensions, (quote, m.dimensions)
        lines.add(m.dimensions["business_line"])
        assert m.change.percent == rate, quote
        assert _period(m) == ("2024-01-01", "2024-09-30"), quote
    assert len(lines) == 3
    assert _by_value(ex, "2367.4万美元").change.direction == "down"


# A provincial department's e-commerce release: after 分地区看, the cities' figures follow the
# provincial capital's in a 分别完成 list that names neither indicator nor 市.
CITY_BREAKDOWN = """河南省商务厅

2024年上半年全省跨境电商发展情况

发布时间：2024-07-26　　信息来源：电子商务处

上半年，全省跨境电商进出口1582.9亿元，同比增长11.4%。分地区看，郑州市跨境电商进出口1036.8亿元，占全省的65.5%；洛阳、许昌、南阳分别完成123.4亿元、98.7亿元和76.2亿元。
"""


def _mentions(m, word):
    return word in m.indicator or word in m.dimensions.values()


def test_cities_listed_after_the_capital_take_its_indicator():
    ex = tradeie.extract(CITY_BREAKDOWN)
    luoyang = _by_value(ex, "123.4亿元")
    assert luoyang.subject == "洛阳"
    assert _mentions(luoyang, "跨境电商") and _mentions(luoyang, "进出口")
    assert _period(luoyang) == ("2024-01-01", "2024-06-30")
    nanyang = _by_value(ex, "76.2亿元")
    assert nanyang.subject == "南阳" and _mentions(nanyang, "跨境电商")


def test_city_named_after_breakdown_cue_is_the_city():
    ex = tradeie.extract(CITY_BREAKDOWN)
    capital = _by_value(ex, "1036.8亿元")
    assert capital.share.percent == Decimal("65.5")
    assert capital.subject == "郑州市"


# An autonomous region's own web release: the body says 我区 and 全区, which are the region the
# department is named after.
AUTONOMOUS_REGION_RELEASE = """广西壮族自治区商务厅

2024年前三季度我区外贸运行情况

来源：广西壮族自治区商务厅　　发布时间：2024-10-29 10:12

据南宁海关统计，前三季度，我区货物贸易进出口5386.4亿元，同比增长12.3%。其中，出口2981.7亿元，增长15.6%；进口2404.7亿元，增长8.4%。9月当月，全区进出口642.8亿元，同比增长6.9%。

从贸易方式看，前三季度全区边境贸易进出口1127.5亿元，增长21.4%。
"""


def test_autonomous_region_we_and_whole_region_are_the_region():
    ex = tradeie.extract(AUTONOMOUS_REGION_RELEASE)
    assert ex.bulletin.meta.date == "2024-10-29"
    for quote in ("5386.4亿元", "2981.7亿元", "642.8亿元", "1127.5亿元"):
        assert _by_value(ex, quote).subject == "广西壮族自治区", quote
    total = _by_value(ex, "5386.4亿元")  # introduced with 我区
    assert _period(total) == ("2024-01-01", "2024-09-30")
    assert total.change.percent == Decimal("12.3")
    month = _by_value(ex, "642.8亿元")  # introduced with 全区
    assert _period(month) == ("2024-09-01", "2024-09-30")


# A trade-promotion council's web release: the 来源 field gives the council with its chamber-of-
# commerce alias in brackets, and the body says 我会.
TRADE_COUNCIL_RELEASE = """厦门市贸促会8月份原产地证书签证情况

来源: 厦门市贸促会(厦门市国际商会)   发布时间: 2025-09-05 10:30

8月份,我会共签发各类原产地证书4826份,同比增长7.3%,签证金额3.12亿美元,同比增长5.6%。
"""


def test_trade_council_source_drops_alias_and_we_council_is_not_the_nation():
    ex = tradeie.extract(TRADE_COUNCIL_RELEASE)
    assert ex.bulletin.meta.source == "厦门市贸促会"
    assert ex.bulletin.meta.date == "2025-09-05"
    certificates = _by_value(ex, "4826份")
    assert certificates.subject in ("厦门市贸促会", "厦门市"), certificates.subject
    assert not certificates.indicator.startswith("会"), certificates.indicator
    assert "原产地证书" in certificates.indicator
    assert _period(certificates) == ("2025-08-01", "2025-08-31")
    assert certificates.change.percent == Decimal("7.3")


# A council's note on RCEP certificates: the amount clause (涉及金额) names no certificate, so the
# indicator is carried from the count clause before it.
RCEP_CERTIFICATES = """青禾市贸促会

8月份RCEP原产地证书签证情况

发布时间：2025-09-08　　信息来源：青禾市贸促会

8月份，签发RCEP原产地证书1386份，同比增长23.5%；涉及金额7862万美元，同比增长18.2%。
"""


def test_amount_clause_takes_the_certificate_indicator():
    ex = tradeie.extract(RCEP_CERTIFICATES)
    amount = _by_value(ex, "7862万美元")
    assert "RCEP" in amount.indicator and "金额" in amount.indicator, amount.indicator
    assert "涉及" not in amount.indicator, amount.indicator
    assert amount.value.normalized == Decimal("78620000")
    assert amount.change.percent == Decimal("18.2")
    assert _period(amount) == ("2025-08-01", "2025-08-31")
    count = _by_value(ex, "1386份")
    assert "RCEP" in count.indicator and count.change.percent == Decimal("23.5")


# A city bureau's release that keeps naming 中国—东盟博览会 and 中国-东盟自贸协定 while its own
# figures name no subject: they are the city's, not China's.
CITY_WITH_CHINA_ASEAN_NAMES = """南宁市商务局

前三季度开放型经济运行情况

发布时间：2024-10-30　　信息来源：南宁市商务局

今年以来，依托中国—东盟博览会平台，深化与东盟国家经贸合作。前三季度，外贸进出口总值1086.4亿元，同比增长14.2%，其中对东盟进出口512.7亿元，增长19.8%。

借助中国-东盟自贸协定红利，实际使用外资3.62亿美元，同比增长8.1%。第21届中国—东盟博览会期间，签约项目投资总额达826.5亿元。
"""


def test_china_asean_names_do_not_make_the_city_figures_chinas():
    ex = tradeie.extract(CITY_WITH_CHINA_ASEAN_NAMES)
    for quote in ("1086.4亿元", "512.7亿元", "3.62亿美元", "826.5亿元"):
        assert _by_value(ex, quote).subject == "南宁市", quote
    asean = _by_value(ex, "512.7亿元")
    assert asean.dimensions.get("market") == "东盟"
    assert _period(_by_value(ex, "3.62亿美元")) == ("2024-01-01", "2024-09-30")


# A district statistics monthly: the 编 line names the district bureau, and 全区 is its district.
DISTRICT_STATISTICS_MONTHLY = """北仑统计月报

2024年第8期　　　　2024年9月20日

宁波市北仑区统计局　编

1—8月，全区规模以上工业增加值812.6亿元，同比增长6.7%。全区限额以上批发和零售业销售额3265.8亿元，增长4.2%。
"""


def test_district_monthly_whole_district_is_the_editors_district():
    ex = tradeie.extract(DISTRICT_STATISTICS_MONTHLY)
    industry = _by_value(ex, "812.6亿元")
    assert industry.subject == "北仑区"  # as the district names itself
    assert _period(industry) == ("2024-01-01", "2024-08-31")
    assert industry.change.percent == Decimal("6.7")
    assert _by_value(ex, "3265.8亿元").subject == "北仑区"


# A plain-text table whose rows are periods (1—2月 is the combined first two months) under a
# spaced-out 月  份 header; the unit line gives 亿元 for the amounts and % for the rates.
PERIOD_ROWS_TABLE = """青禾市商务局

2025年青禾市跨境电商交易额月度情况

单位：亿元、%

月  份      交易额      同比增长
1—2月       225.6         9.8
3月         128.4        12.1
4月         131.7        10.5
"""


def test_table_rows_that_are_periods():
    ex = tradeie.extract(PERIOD_ROWS_TABLE)
    first = _by_value(ex, "225.6")
    assert _period(first) == ("2025-01-01", "2025-02-28")
    assert "交易额" in first.indicator
    assert first.value.normalized == Decimal("22560000000")
    assert first.change.percent == Decimal("9.8")
    march = _by_value(ex, "128.4")
    assert _period(march) == ("2025-03-01", "2025-03-31")
    assert march.change.percent == Decimal("12.1")
    assert "month" not in first.dimensions and "月份" not in first.dimensions


# A cover whose 编辑： field names a division and shares its line with 日期：; in a second cover
# the 编辑： field names a person, who is not the editing body.
EDITOR_DIVISION_COVER = """无锡服务贸易动态

2024年第11期

编辑：无锡市商务局服务贸易处　　　　日期：2024年11月20日

1-10月，全市服务贸易进出口总额356.2亿元，同比增长11.8%。其中，服务出口198.4亿元，增长14.6%。
"""

EDITOR_PERSON_COVER = """青禾商务简讯

2024年第5期

编辑：张三　　　　日期：2024年6月12日

1-5月，全市实际使用外资4.36亿美元，同比增长7.2%。
"""


def test_editor_field_names_the_division_not_a_person():
    ex = tradeie.extract(EDITOR_DIVISION_COVER)
    assert ex.bulletin.meta.editor == "无锡市商务局服务贸易处"
    assert ex.bulletin.meta.date == "2024-11-20"
    total = _by_value(ex, "356.2亿元")
    assert _period(total) == ("2024-01-01", "2024-10-31")
    person = tradeie.extract(EDITOR_PERSON_COVER)
    assert person.bulletin.meta.date == "2024-06-12"
    fdi = _by_value(person, "4.36亿美元")
    assert person.bulletin.meta.editor is None or (fdi.source is None or fdi.source.name != "张三"), (
        person.bulletin.meta.editor,
        fdi.source,
    )
    assert person.bulletin.meta.editor != "张三"


# A newspaper page: the page head dates the issue, and 本报讯 attributes the figures to the
# group the reporter heard from; 去年 is the year before the page date.
NEWSPAPER_PAGE = """宁波日报　2025年1月4日　星期六　第A1版　要闻

宁波舟山港去年货物吞吐量超13亿吨

本报讯（记者　林晓）记者昨日从宁波舟山港集团获悉，去年，宁波舟山港完成货物吞吐量13.52亿吨，同比增长3.9%；完成集装箱吞吐量3930万标准箱，增长11.3%。
"""


def test_newspaper_page_head_dates_last_year_and_source():
    ex = tradeie.extract(NEWSPAPER_PAGE)
    assert ex.bulletin.meta.date == "2025-01-04"
    throughput = _by_value(ex, "13.52亿吨")
    assert throughput.source is not None
    assert throughput.source.name == "宁波舟山港集团" or throughput.source.outlet == "宁波日报", throughput.source
    assert throughput.subject == "宁波舟山港"
    assert _period(throughput) == ("2024-01-01", "2024-12-31")
    assert throughput.change.percent == Decimal("3.9")


# A weekly: the first section is about 本周 (a week in November); the 【数据速览】 heading
# carries its own period in brackets for the bulleted figures under it.
WEEKLY_WITH_SNAPSHOT = """青禾商务周报

2025年第46期　　　　　　2025年11月24日

【本周动态】

本周（11月17日—11月23日），全市共举办各类促消费活动26场，带动消费约3.8亿元。

【数据速览】（1-10月）

◆ 外贸进出口：1123.5亿元（人民币，下同），同比增长9.8%。
◆ 实际使用外资：6.42亿美元，同比增长3.1%。
"""


def test_snapshot_heading_period_governs_bulleted_figures():
    ex = tradeie.extract(WEEKLY_WITH_SNAPSHOT)
    assert ex.bulletin.meta.date == "2025-11-24"
    trade = _by_value(ex, "1123.5亿元")
    assert _period(trade) == ("2025-01-01", "2025-10-31")
    assert trade.indicator == "外贸进出口"
    assert trade.change.percent == Decimal("9.8")
    fdi = _by_value(ex, "6.42亿美元")
    assert _period(fdi) == ("2025-01-01", "2025-10-31")
    week = _by_value(ex, "26场")
    assert _period(week) == ("2025-11-17", "2025-11-23")


# A securities-news item: the headline and lead name the company by its short 股份 name, and the
# body says only 公司.
SECURITIES_NEWS = """澜腾股份2024年业绩双增 海外收入占比提升

证券时报网讯　澜腾股份3月28日晚间披露2024年年报，公司全年实现营业收入102.36亿元，同比增长21.48%；实现归母净利润8.75亿元，同比增长16.92%。
"""


def test_securities_news_company_is_the_short_share_name():
    ex = tradeie.extract(SECURITIES_NEWS)
    revenue = _by_value(ex, "102.36亿元")
    assert revenue.subject == "澜腾股份"
    assert revenue.change.percent == Decimal("21.48")
    assert _period(revenue) == ("2024-01-01", "2024-12-31")
    assert _by_value(ex, "8.75亿元").subject == "澜腾股份"


# An association's product analysis: each paragraph opens with the product as a label, and the
# markets of a 分别 list follow the marker 对.
PRODUCT_LABELS = """中国机电产品进出口商会

2025年1—7月机电产品出口分析

据海关总署统计，2025年1—7月，我国机电产品出口10986.2亿美元，同比增长7.1%。

集成电路：出口1082.6亿美元，增长19.3%。

汽车（含底盘）：出口598.4万辆，增长15.2%。

从市场看，对欧盟、东盟、美国分别出口1785.9亿美元、1703.5亿美元和1612.3亿美元，增速分别为6.3%、14.2%和-8.6%。
"""


def test_product_labels_and_listed_markets():
    ex = tradeie.extract(PRODUCT_LABELS)
    chips = _by_value(ex, "1082.6亿美元")
    assert chips.dimensions.get("product") == "集成电路" and "出口" in chips.indicator
    cars = _by_value(ex, "598.4万辆")
    assert cars.dimensions.get("product", "").startswith("汽车")
    for quote, market, rate in (("1785.9亿美元", "欧盟", "6.3"), ("1703.5亿美元", "东盟", "14.2"), ("1612.3亿美元", "美国", "-8.6")):
        m = _by_value(ex, quote)
        assert m.dimensions.get("market") == market
        assert m.subject == "中国"
        assert m.change.percent == Decimal(rate)


# A newspaper article whose only date is its citation line under the headline; a provincial
# retail paragraph where a month's figure is stated in passing before the total is broken down.
PRESS_CITATION = """前三季度我省消费市场稳中有升

《齐鲁晚讯》（2025年10月21日 03版）

本报记者 周明远

　　记者从省统计局获悉，前三季度，全省社会消费品零售总额18326.5亿元，同比增长5.2%。其中，9月当月社会消费品零售总额2204.7亿元，同比增长4.6%。按经营单位所在地分，城镇消费品零售额15876.1亿元，增长5.0%；乡村消费品零售额2450.4亿元，增长6.3%。

　　今年1—9月，全省网上零售额3521.8亿元，比去年同期增长9.7%。
"""


def test_press_citation_dates_the_article_and_breakdown_parts_the_year_to_date_total():
    ex = tradeie.extract(PRESS_CITATION)
    assert ex.bulletin.meta.date == "2025-10-21"
    assert ex.bulletin.meta.source == "齐鲁晚讯"
    assert _period(_by_value(ex, "18326.5亿元")) == ("2025-01-01", "2025-09-30")
    assert _period(_by_value(ex, "2204.7亿元")) == ("2025-09-01", "2025-09-30")
    # 城镇 + 乡村 = the 前三季度 total: the breakdown is of that, not of the month's figure
    for quote in ("15876.1亿元", "2450.4亿元"):
        assert _period(_by_value(ex, quote)) == ("2025-01-01", "2025-09-30")
    assert _period(_by_value(ex, "3521.8亿元")) == ("2025-01-01", "2025-09-30")


def test_rate_compared_with_an_earlier_month_keeps_its_own_month():
    text = ("前三季度，全省社会消费品零售总额18326.5亿元，同比增长5.2%。其中，9月当月社会消费品零售总额"
            "2204.7亿元，同比增长4.6%，增速较8月加快0.7个百分点。")
    ex = tradeie.extract(text, reference_date=__import__("datetime").date(2025, 10, 20))
    gap = [m for m in ex.metrics if m.change is not None and m.change.points == Decimal("0.7")]
    assert len(gap) == 1
    # `较8月` is what the rate is compared with, not the month the rate is for
    assert gap[0].change.text.startswith("较8月") and gap[0].change.basis == "other"
    assert _period(gap[0]) == ("2025-09-01", "2025-09-30")
    assert "社会消费品零售总额" in gap[0].indicator


# An autonomous region's statistics monthly: a plain-text table with a unit column, indented
# part rows and rows that publish only a rate; then analysis paragraphs.
REGION_MONTHLY = """宁川统计月报
2025年第6期

宁川回族自治区统计局　编印　　　　　　2025年7月20日

表1　全区主要经济指标（2025年1-6月）

指标                            单位          1-6月      比上年同期增长%
--------------------------------------------------------------------------
地区生产总值                    亿元         2856.3          5.1
规模以上工业增加值              —               —            7.4
社会消费品零售总额              亿元          688.7          4.1
  城镇                          亿元          585.2          3.9
  乡村                          亿元          103.5          5.4
全体居民人均可支配收入          元            15548          5.3
  城镇常住居民                  元            21315          4.6
--------------------------------------------------------------------------

二、经济运行简析

能源保供能力持续增强，上半年规模以上工业原煤产量0.52亿吨，增长3.4%；规模以上工业发电量896.7亿千瓦时，增长9.8%。6月份，全区社会消费品零售总额118.2亿元，同比增长5.0%。

据银川海关统计，上半年全区进出口总额132.6亿元，同比增长11.2%。其中，出口72.8亿元，增长18.5%；进口59.8亿元，增长6.5%。
"""


def test_region_table_part_rows_rate_rows_and_paragraph_periods():
    ex = tradeie.extract(REGION_MONTHLY)
    gdp = _by_value(ex, "2856.3")
    assert gdp.subject == "宁川回族自治区"  # 全区 of the region's own bureau, not `自治区`
    assert _period(gdp) == ("2025-01-01", "2025-06-30")
    assert "城镇" in _by_value(ex, "585.2").indicator and "社会消费品零售总额" in _by_value(ex, "585.2").indicator
    assert _by_value(ex, "21315").indicator == "城镇常住居民人均可支配收入"
    rate_only = [m for m in ex.metrics if m.value is None and m.change is not None and m.change.percent == Decimal("7.4")]
    assert len(rate_only) == 1 and rate_only[0].indicator == "规模以上工业增加值"
    # a period after a clause of words carries into the ;-clause that goes straight to its figure
    assert _period(_by_value(ex, "896.7亿千瓦时")) == ("2025-01-01", "2025-06-30")
    # a year-to-date after `据…统计，` governs the 其中 sentence that follows
    assert _period(_by_value(ex, "72.8亿元")) == ("2025-01-01", "2025-06-30")
    assert _by_value(ex, "72.8亿元").source.name == "银川海关"


# A free-trade zone's management committee reports on itself and calls itself 新片区.
ZONE_COMMITTEE = """中国（江海）自由贸易试验区滨江新片区管理委员会
关于2025年上半年工作情况的报告
来源：滨江新片区管委会　　发布时间：2025-07-18

一、上半年主要工作成效

上半年，新片区实现规模以上工业总产值968.5亿元，同比增长11.4%，其中战略性新兴产业产值627.6亿元，增长15.8%。
"""


def test_zone_committee_reports_the_zones_figures():
    ex = tradeie.extract(ZONE_COMMITTEE)
    total = _by_value(ex, "968.5亿元")
    assert total.subject == "中国（江海）自由贸易试验区滨江新片区"
    assert total.indicator == "规模以上工业总产值"
    assert _by_value(ex, "627.6亿元").subject == total.subject


# A port company's monthly operations report: a bulleted list of labelled figures under
# 【本月要点】, issued early the next month, about its own terminals.
PORT_COMPANY_MONTHLY = """海州港务集团有限公司
生产经营月报
2025年第9期

海州港务集团有限公司生产业务部编              2025年10月8日

【本月要点】

■ 货物吞吐量：2326.4万吨，环比+2.7%，同比+4.9%
■ 集装箱吞吐量：129.8万标准箱，环比+1.3%，同比+7.6%

一、生产完成情况

9月份，集团完成货物吞吐量2326.4万吨。分港区看，东湾港区完成集装箱吞吐量81.6万标准箱，同比增长9.1%。外贸集装箱完成71.5万标准箱，环比增长2.9%，同比增长11.8%。本月新开外贸航线2条。
"""


def test_port_company_report_bullets_rates_and_reported_month():
    ex = tradeie.extract(PORT_COMPANY_MONTHLY)
    bullet = _by_value(ex, "2326.4万吨")
    assert bullet.subject == "海州港务集团"  # the company's own report, not its city
    assert bullet.indicator == "货物吞吐量"
    # the year-on-year rate is the figure's change; the month-on-month one a fact of its own
    assert bullet.change.basis == "yoy" and bullet.change.percent == Decimal("4.9")
    mom = [m for m in ex.metrics if m.value is None and m.change is not None and m.change.percent == Decimal("2.7")]
    assert len(mom) == 1 and mom[0].change.basis == "mom" and mom[0].indicator == "货物吞吐量"
    # 本月 in a report issued on 10月8日 about 9月份 is September
    assert _period(bullet) == ("2025-09-01", "2025-09-30")
    area = _by_value(ex, "81.6万标准箱")
    assert area.subject == "东湾港区" and area.indicator == "集装箱吞吐量"  # the unit is not part of the measure
    foreign = _by_value(ex, "71.5万标准箱")
    assert foreign.change.basis == "yoy" and foreign.change.percent == Decimal("11.8")
    routes = _by_value(ex, "2条")
    assert _period(routes) == ("2025-09-01", "2025-09-30")


# An association newsletter's member news: each company reports its own figures.
MEMBER_NEWS = """南岭市跨境电子商务协会
会刊
2025年第3期

【会员动态】

■ 云帆跨境：上半年营收增长两成

南岭市云帆跨境科技股份有限公司（以下简称“云帆跨境”）8月下旬发布的半年度报告显示，上半年公司实现营业收入8.62亿元，同比增长21.4%。

■ 海岚物流：订单增长近四成

据南岭市海岚供应链有限公司介绍，1-8月，公司新签海外物流服务订单1.35亿元，同比增长37.6%。
"""


def test_member_news_cite_the_company_reporting_its_own_figures():
    ex = tradeie.extract(MEMBER_NEWS, reference_date=__import__("datetime").date(2025, 9, 10))
    revenue = _by_value(ex, "8.62亿元")
    assert revenue.subject == "南岭市云帆跨境科技股份有限公司"
    assert revenue.source.name == "南岭市云帆跨境科技股份有限公司"  # its half-year report, not the association
    orders = _by_value(ex, "1.35亿元")
    assert orders.subject == "南岭市海岚供应链有限公司"  # `据…介绍`: 据 is not part of the name
    assert orders.source.name == "南岭市海岚供应链有限公司"


# A statistical communiqué's chapter: the customs source of its lead covers the paragraphs that
# break the trade figures down, not the next topic.
COMMUNIQUE_CHAPTER = """青屿市2024年国民经济和社会发展统计公报

青屿市统计局
2025年3月20日

六、国内贸易

全年实现社会消费品零售总额582.3亿元，比上年增长3.9%。

七、对外经济

据青屿海关统计，全年实现进出口总额1521.6亿元，比上年下降4.1%。其中，出口896.3亿元，增长1.6%。

从贸易方式看，一般贸易进出口967.2亿元，增长2.3%。

全年新设立外商投资企业121家，比上年增长8.2%。年末全市外商投资企业累计达1286家。
"""


def test_communique_lead_source_covers_its_breakdowns_only():
    ex = tradeie.extract(COMMUNIQUE_CHAPTER)
    assert _by_value(ex, "1521.6亿元").source.name == "青屿海关"
    assert _by_value(ex, "967.2亿元").source.name == "青屿海关"
    assert _by_value(ex, "121家").source.name == "青屿市统计局"


# A national newspaper's trade story: a dateline glued to the cited body, 据…介绍, regions traded
# with in a 分别 list, and a province's figures introduced by 同期.
NATIONAL_TRADE_STORY = """人民日报海外版　2025年11月20日　星期四　第03版

前10个月我国外贸稳中有进

　　本报北京11月19日电　海关总署日前发布的数据显示，今年前10个月，我国货物贸易进出口总值37.31万亿元，同比增长3.6%。对拉丁美洲、非洲分别进出口2.93万亿元和1.87万亿元，分别增长4.4%和12.1%。据商务部介绍，我国已累计设立165个跨境电商综合试验区。

　　据杭州海关统计，同期浙江省进出口4.48万亿元，增长6.3%。
"""


def test_national_story_sources_markets_and_province():
    ex = tradeie.extract(NATIONAL_TRADE_STORY)
    total = _by_value(ex, "37.31万亿元")
    assert total.source.name == "海关总署"  # not `日电海关`: the dateline is not part of the name
    assert _period(total) == ("2025-01-01", "2025-10-31")
    latam = _by_value(ex, "2.93万亿元")
    assert latam.subject == "中国" and latam.dimensions.get("market") == "拉丁美洲"
    assert _by_value(ex, "165个").source.name == "商务部"
    zj = _by_value(ex, "4.48万亿元")
    assert zj.subject == "浙江省" and zj.source.name == "杭州海关"


# A fair organiser's results report: its counts and deals are the fair's, over the months it ran.
FAIR_RESULTS = """首页 > 新闻中心

第27届海峡经贸交易会闭幕 意向成交创新高

发布时间：2025-11-04 18:30    来源：海峡经贸交易会组委会

11月4日，第27届海峡经贸交易会在福州闭幕。本届交易会于10月28日至11月4日举办，展览总面积15.5万平方米，参展企业超过3200家。

据大会统计，截至11月4日，到会境外采购商达3.26万人，比上届增长4.6%。本届交易会现场意向成交63.8亿美元，比上届增长3.7%。
"""


def test_fair_results_report_speaks_of_the_fair():
    ex = tradeie.extract(FAIR_RESULTS)
    area = _by_value(ex, "15.5万平方米")
    assert area.subject == "第27届海峡经贸交易会"
    assert _period(area) == ("2025-10-01", "2025-11-30")
    buyers = _by_value(ex, "3.26万人")
    assert buyers.subject == "第27届海峡经贸交易会"
    assert _period(buyers) == ("2025-10-01", "2025-11-30")  # `截至11月4日`, the day it closed
    assert _by_value(ex, "63.8亿美元").subject == "第27届海峡经贸交易会"


# A provincial department's bulletin: the issue line carries the running total, the issuing
# division is named in full beside the date, and a PDF wrap splits a figure from its unit.
DIVISION_BULLETIN = """江南省对外投资合作月度简报
2025年第10期（总第118期）

江南省商务厅对外投资和经济合作处            2025年11月20日

一、总体情况

　　1—10月，全省对外直接投资（非金融类，下同）21.36亿美元，同比增长12.
4%，高于全国平均增速6.1个百分点。全省新备案（核准）境外企业142家，同比
增加17家；中方协议投资额28.7亿美元，同比增长9.4%。全省对外承包工程新签
合同额38.52亿美元，同比增长6.8%，带动出口设备材料货值5.3亿美元，外派各
类劳务人员3120人次，其中民营企业承揽项目合同额占比超过六成，较上年同期
提高4.2个百分点。
● 境外园区。全省企业在境外建设的经贸合作区共吸引入区企业1.86万家，其中1120
家为本省企业；园区累计投资18.6亿美元。
"""


def test_division_bulletin_masthead_and_wrapped_figure():
    ex = tradeie.extract(DIVISION_BULLETIN)
    meta = ex.bulletin.meta
    assert meta.issue == "2025年第10期" and meta.issue_total == 118
    odi = _by_value(ex, "21.36亿美元")
    assert odi.source.name == "江南省商务厅对外投资和经济合作处"
    assert odi.subject == "江南省"
    assert any(m.value is not None and m.value.text.replace("\n", "") == "1120家" for m in ex.metrics)


# A county news site's story: the source line separates its fields with |, and the companies it
# visits are referred to as 公司 after they are named.
COUNTY_STORY = """青溪融媒 > 新闻 > 本地新闻

青溪"市场采购"再扩容 前10个月出口增长近两成

来源:青溪市融媒体中心 | 记者:周明 通讯员:李华 | 2025-11-18 09:32

据青溪海关统计,今年前10个月,青溪市实现进出口882.1亿元,同比增长22.4%。

浙江青溪日用品有限公司是一家生产收纳用品的制造企业。"前10个月,公司实现营业收入2.16亿元,同比增长31.5%。"公司董事长王建平说。
"""


def test_county_story_fields_and_company_pronoun():
    ex = tradeie.extract(COUNTY_STORY)
    assert ex.bulletin.meta.date == "2025-11-18" and ex.bulletin.meta.source == "青溪市融媒体中心"
    total = _by_value(ex, "882.1亿元")
    assert _period(total) == ("2025-01-01", "2025-10-31")
    revenue = _by_value(ex, "2.16亿元")
    assert revenue.subject == "浙江青溪日用品有限公司"


# A pilot zone's monitoring brief: a month table whose title and unit stand above a rule over
# its header, and a zone named `中国（X）…` that is not the country.
PILOT_ZONE_BRIEF = """中国（洛川）跨境电子商务综合试验区
运行监测简报

2025年第3期（1—3月）

编制：洛川市商务局
印发日期：2025年4月18日

一、总体运行情况

    1—3月，洛川市跨境电商进出口交易额87.36亿元，同比增长12.4%。

表1  2025年1—3月洛川市跨境电商进出口情况
                                                  单位：亿元、%
----------------------------------------------------------------
  月份      进出口额    同比      出口额    同比
----------------------------------------------------------------
  1月         22.48     10.6      18.15     14.2
  2月         28.76      8.9      19.81     12.7
  3月         36.12     13.5      26.62     16.9
  1—3月       87.36     12.4      64.58     14.7
----------------------------------------------------------------

二、产业带发展情况

    跨境电商产业带加快培育，1—3月，服装产业带跨境电商出口12.4亿元，同比增长21.3%。
"""


def test_pilot_zone_brief_table_units_and_city_subject():
    ex = tradeie.extract(PILOT_ZONE_BRIEF)
    assert ex.bulletin.meta.date == "2025-04-18" and ex.bulletin.meta.editor == "洛川市商务局"
    jan = [m for m in ex.metrics if m.rule == "table" and m.value is not None and m.value.text == "22.48"]
    assert len(jan) == 1
    assert jan[0].value.normalized == Decimal("2248000000")  # 亿元 from the unit line above the rule
    assert _period(jan[0]) == ("2025-01-01", "2025-01-31")
    belt = _by_value(ex, "12.4亿元")
    assert belt.subject == "洛川市"  # `中国（洛川）…试验区` names a zone, not the country


def test_table_rows_of_cities_are_their_subjects():
    text = """湖南省对外投资合作月度简报

湖南省商务厅对外投资和经济合作处            2025年11月20日

表1  2025年1—10月各市州对外直接投资情况
                                      单位：亿美元，%
市州            对外直接投资额        同比增长
长沙市              12.58                9.8
株洲市               2.36               31.2
湘潭市               1.47               -5.6
"""
    ex = tradeie.extract(text)
    rows = {m.value.text: m for m in ex.metrics if m.rule == "table"}
    assert rows["2.36"].subject == "株洲市" and "market" not in rows["2.36"].dimensions
    assert rows["2.36"].value.normalized == Decimal("236000000") and rows["2.36"].value.base_unit == "USD"
    assert rows["1.47"].change.direction == "down"


def test_unlisted_districts_lead_their_figures_but_zones_do_not():
    text = ("1—6月，南京市离岸服务外包执行额82.3亿美元，同比增长9.1%。其中，雨花台区离岸服务外包执行额"
            "11.62亿美元，建邺区离岸执行额6.35亿美元。全省9个综试区合计实现跨境电商进出口1520亿元。")
    ex = tradeie.extract(text, reference_date=__import__("datetime").date(2025, 7, 20))
    assert _by_value(ex, "11.62亿美元").subject == "雨花台区"
    assert _by_value(ex, "6.35亿美元").subject == "建邺区"
    assert _by_value(ex, "1520亿元").subject != "综试区"  # a kind of zone, not a district's name


def test_a_verb_before_guanqu_is_not_part_of_a_zone_name():
    text = """前三季度青川关区外贸运行情况

青川海关  2025-10-18

前三季度，青川关区进出口5203.7亿元，同比增长6.4%。其中，民营企业进出口2708.6亿元，增长10.2%，拉动关区外贸增长5.4个百分点。全年力争关区跨境电商进出口突破1400亿元。
"""
    ex = tradeie.extract(text)
    assert _by_value(ex, "2708.6亿元").subject == "青川关区"
    pull = [m for m in ex.metrics if m.change is not None and m.change.points == Decimal("5.4")]
    assert pull and pull[0].subject == "青川关区"


# A statistics bureau's analysis whose only date is signed above its appendix table: the year of
# `前三季度` comes from that signature.
SIGNED_BEFORE_APPENDIX = """统  计  分  析

青川省统计局                                        第 12 期


前三季度全省外贸运行稳中有进

　　据青川海关统计，前三季度，全省货物贸易进出口5426.3亿元，同比增长4.2%。其中，出口3391.5亿元，增长2.9%。

                                  青川省统计局贸易外经统计处
                                        2025年10月29日

附表
                   前三季度各市进出口情况
  ──────────────────────────────────
     城  市          进出口（亿元）    同比增长（%）
  ──────────────────────────────────
     青  州            1998.2            18.9
     川  口             689.5            14.2
"""


def test_signature_above_an_appendix_dates_the_report():
    ex = tradeie.extract(SIGNED_BEFORE_APPENDIX)
    assert ex.structure.meta.date == "2025-10-29"
    assert _period(_by_value(ex, "5426.3亿元")) == ("2025-01-01", "2025-09-30")


# An association's monthly: sections headed between diamonds, titles behind a block glyph, and a
# table whose business-line rows stand under a label line and name the line in brackets.
FRAMED_SECTIONS = """北 江 服 务 外 包 月 报
2025年第9期（总第117期）

北江服务外包企业协会　编印　　　　　　　　　　2025年9月25日

◆ 数据月报 ◆

▌2025年1-8月北江市服务外包业务统计

数据来源：商务部服务外包业务管理和统计系统
金额单位：万美元
指标名称                      8月当月       1-8月累计    累计同比(%)
服务外包合同执行额           121,903.2      968,734.1        7.2
离岸执行额按业务类型分：
  信息技术外包（ITO）         41,276.8      348,115.3        8.7
  业务流程外包（BPO）          9,842.5       86,931.4       -3.2

◆ 行业资讯 ◆

▌北江软件园发布上半年运行情况
　　北江软件园上半年运行数据显示，园区企业实现总收入186亿元，同比增长9.3%。
（来源：北江软件园）
"""


def test_framed_section_names_and_bracketed_abbreviations_in_table_rows():
    ex = tradeie.extract(FRAMED_SECTIONS)
    assert [s.name for s in ex.structure.sections] == ["数据月报", "行业资讯"]
    assert ex.structure.sections[1].articles[0].title == "北江软件园发布上半年运行情况"
    ito = _by_value(ex, "348,115.3")
    assert "ITO" in ito.dimensions.get("business_line", "")
    assert ito.value.normalized == Decimal("3481153000")
    assert ito.change.percent == Decimal("8.7")
    assert _period(ito) == ("2025-01-01", "2025-08-31")


# A municipal bureau's report on a free-trade zone, with its document number under the issuing
# body, and a table of the zone's areas whose units stand on a line under the column names.
ZONE_REPORT = """海河市商务局（海河市自由贸易试验区工作办公室）

海自贸办〔2025〕27号

      关于中国（海河）自由贸易试验区
      2025年三季度建设进展情况的报告

市委、市政府：

    前三季度，自贸试验区新增市场主体8,362户，同比增长11.4%，实际使用外资9.86亿美元，同比增长5.2%。

表1  各片区主要指标（2025年1—9月）

片区                  新增市场主体  实际使用外资  同比增长
                        （户）      （亿美元）     （%）
港湾片区                 3,416          3.62        12.8
机场片区                 2,174          2.95        -3.8
合计                     8,362          9.86         5.2
"""


def test_zone_report_tables_of_areas_and_units_under_names():
    ex = tradeie.extract(ZONE_REPORT)
    assert ex.structure.meta.publisher == "海河市商务局"
    lead = [m for m in ex.metrics if m.value and m.value.text == "8,362户"][0]
    assert lead.subject == "中国（海河）自由贸易试验区"
    port = _by_value(ex, "3.62")
    assert port.subject == "港湾片区"
    assert port.indicator == "实际使用外资"
    assert port.value.normalized == Decimal("362000000") and port.value.base_unit == "USD"
    assert port.change.percent == Decimal("12.8")
    assert _period(port) == ("2025-01-01", "2025-09-30")
    assert _by_value(ex, "2,174").value.unit == "户"
    assert _by_value(ex, "9.86").subject == "中国（海河）自由贸易试验区"  # 合计: the whole zone


# A national release's appendix: columns headed by their currency, a prior-year column, and rows
# under numbered section lines.
CURRENCY_COLUMNS = """国家外汇管理局公布2025年上半年银行结售汇数据

2025-08-08　来源：国际收支司

　　2025年上半年，我国银行结汇12474亿美元，售汇11798亿美元。

附表  2025年1—6月银行结售汇数据（累计）

项　目                      亿元人民币        亿美元      上年同期（亿美元）
一、银行结售汇
　　结汇                       89,563          12,474            11,352
　　差额                        4,853             676              -265
"""


def test_currency_column_headers_prior_year_columns_and_section_line_parents():
    ex = tradeie.extract(CURRENCY_COLUMNS)
    cny = _by_value(ex, "89,563")
    assert cny.value.base_unit == "CNY" and cny.value.normalized == Decimal("8956300000000")
    assert cny.indicator == "结汇" and cny.subject == "中国"
    assert _period(cny) == ("2025-01-01", "2025-06-30")
    prior = _by_value(ex, "-265")
    assert prior.indicator == "银行结售汇差额"
    assert prior.value.base_unit == "USD"
    assert _period(prior) == ("2024-01-01", "2024-06-30")


# An industry association's ranking: a rank column before the company names, and a share column
# after the volume.
RANKED_TABLE = """中国汽车工业协会信息发布

2025年1—8月汽车企业出口前三名

排序  企业名称                      出口量(辆)   同比增长(%)   占出口总量比重(%)
 1    青峰汽车股份有限公司            823,516        12.4            19.2
 2    海岳汽车集团股份有限公司        598,207        -4.8            13.9
 3    云途汽车股份有限公司            562,943       128.6            13.1
"""


def test_ranked_company_table_rows_are_companies_with_shares():
    ex = tradeie.extract(RANKED_TABLE)
    first = _by_value(ex, "823,516")
    assert first.subject == "青峰汽车股份有限公司"
    assert first.value.normalized == Decimal("823516")
    assert first.change.percent == Decimal("12.4")
    assert first.share.percent == Decimal("19.2")
    assert not any(m.value and m.value.text in ("1", "2", "3") for m in ex.metrics)  # ranks


# A port bulletin: its running head joins the masthead to the issue; the numbered items of its
# chapter keep the port group as their source; bulleted route lines closed by `；` are data; the
# table's header words are spaced out.
PORT_BULLETIN = """海州口岸运行简报

2025年第8期（总第116期）

海州市人民政府口岸办公室                      2025年9月15日

    一、港口生产

    （一）货物吞吐量。据海州港集团统计，8月份，海州港完成货物吞吐量1.16亿吨，同比增长2.7%。

                              — 1 —

海州口岸运行简报                               2025年第8期

    （二）集装箱吞吐量。8月份，海州港完成集装箱吞吐量363.5万标准箱，同比增长10.2%。8月份各主要航线集装箱量如下：

    ● 东南亚航线：完成47.9万标准箱，同比增长15.1%；
    ● 欧洲航线：完成42.6万标准箱，同比增长12.8%；

    二、口岸通关

附表  2025年8月海州口岸主要运行指标
指 标 名 称              单 位          本 月        累 计      同比(%)
货物吞吐量                亿吨            1.16         9.21        4.3
进出境国际航行船舶        艘次            1186         9015        4.1
"""


def test_port_bulletin_running_head_sources_route_lines_and_spaced_header():
    ex = tradeie.extract(PORT_BULLETIN)
    paras = [p for s in ex.structure.sections for a in s.articles for p in a.paragraphs]
    norm = ex.structure.layout.norm.text
    assert not any("2025年第8期" in norm[p.nstart : p.nend] for p in paras)  # the running head
    assert _by_value(ex, "363.5万标准箱").source.name == "海州港集团"
    assert _by_value(ex, "47.9万标准箱").change.percent == Decimal("15.1")
    ships = _by_value(ex, "9015")
    assert ships.value.unit == "艘次"
    assert _period(ships) == ("2025-01-01", "2025-08-31")
    assert _period(_by_value(ex, "1186")) == ("2025-08-01", "2025-08-31")


# A newspaper page: the masthead names the paper, the source of last resort for its figures.
PAPER_MASTHEAD = """经济晨报 | 2025年10月14日 星期二 | A2 宏观

前三季度机电产品出口增长9.6%

本报记者 林远

　　前三季度，我国出口机电产品12.07万亿元，增长9.6%。

■ 重点产品

　　汽车出口5387.2亿元，增长13.5%。
"""


def test_newspaper_masthead_names_the_outlet():
    ex = tradeie.extract(PAPER_MASTHEAD)
    assert ex.structure.meta.source == "经济晨报"
    assert ex.structure.meta.date == "2025-10-14"
    assert _by_value(ex, "5387.2亿元").source.name == "经济晨报"


# A weekly report: `本周` is the week before the report's Monday date; a numbered heading may
# close with a parenthetical (`二、9月累计（1日—14日）`) and governs the lines under it; a park
# named after its city is the subject of its own figures.
WEEKLY_REPORT = """青州市跨境电子商务工作周报

2025年第37期（总第213期）

青州市商务局电子商务处 编                          2025年9月15日

一、本周核心数据

• 跨境电商进出口：12.36亿元，同比+18.4%
• 出口：9.87亿元，同比+21.7%

二、9月累计（1日—14日）

• 跨境电商进出口：23.98亿元，同比+15.2%

三、重点区域

钦州国际物流园区完成货物仓储吞吐量61.3万吨，同比增长8.2%。
"""


def test_weekly_report_weeks_headings_with_brackets_and_named_parks():
    ex = tradeie.extract(WEEKLY_REPORT)
    assert [s.name for s in ex.structure.sections][:2] == ["本周核心数据", "9月累计(1日—14日)"]
    assert _period(_by_value(ex, "9.87亿元")) == ("2025-09-08", "2025-09-14")
    assert _period(_by_value(ex, "23.98亿元")) == ("2025-09-01", "2025-09-30")
    assert _by_value(ex, "61.3万吨").subject == "钦州国际物流园区"


# A report chapter: its running title and chapter heading open the text, then an introduction
# that names the data it is based on (`本章基于…系统数据①`) — the source of the chapter's figures.
REPORT_CHAPTER = """中国会展业发展报告 2025                          第二章 总体情况
第二章  2024 年以来中国会展业发展总体情况

    2024 年是实现“十四五”规划目标任务的关键一年。本章基于商务部会展业统计监测系统数据①，从规模、结构等维度，对 2024 年我国会展业发展情况进行梳理。

2.1 规模稳步扩大

    2024 年，全国举办经贸类展会3,286场，同比增长9.2%；展览总面积1.58亿平方米，同比增长7.3%。
"""


def test_report_chapter_introduction_names_the_source():
    ex = tradeie.extract(REPORT_CHAPTER)
    m = _by_value(ex, "3,286场")
    assert m.source is not None and m.source.name == "商务部"
    assert _by_value(ex, "1.58亿平方米").source.name == "商务部"


# A bureau's web page whose 信息来源 names only its division: the source is the division of
# that bureau.
DIVISION_SOURCE = """青川省统计局
当前位置：首页 > 统计数据 > 统计分析

前三季度全省规模以上服务业运行分析

发布日期：2024-11-08　　　信息来源：服务业统计处　　　浏览次数：3186

　　前三季度，全省规模以上服务业企业实现营业收入24386.2亿元，同比增长7.6%。
"""


def test_a_division_named_as_source_is_qualified_by_its_bureau():
    ex = tradeie.extract(DIVISION_SOURCE)
    assert _by_value(ex, "24386.2亿元").source.name == "青川省统计局服务业统计处"


# A data sheet with bars between wide-spaced columns, whose section lines give the unit of the
# rows under them.
BARRED_SHEET = """青湖工业园区经济发展委员会
                统  计  信  息
2024年第11期（总第143期）                2024年12月18日

表1　外资外贸主要指标完成情况（2024年11月）
------------------------------------------------------------------------
指标                          |    本月    |  1-11月累计  |   同比%
------------------------------------------------------------------------
一、对外贸易（亿元）
  进出口总额                  |   612.34   |   6587.21    |    3.6
    出口                      |   368.52   |   3921.47    |    5.8
二、利用外资
  新设外资项目（个）          |     21     |     246      |   11.8
------------------------------------------------------------------------
"""


def test_barred_sheet_rows_take_their_section_lines_unit():
    ex = tradeie.extract(BARRED_SHEET)
    total = _by_value(ex, "6587.21")
    assert total.value.normalized == Decimal("658721000000") and total.value.base_unit == "CNY"
    assert _period(total) == ("2024-01-01", "2024-11-30")
    assert _by_value(ex, "612.34").value.unit == "亿元"
    assert _by_value(ex, "246").value.unit == "个"


# A communiqué's table: two-line column names (`比上年` over `增长(%)`), labels spaced out with
# full-width spaces, share columns; and a services table whose rows are service categories.
TWO_LINE_HEADER = """表13　2024年对主要国家和地区货物进出口金额、增长速度及其比重
                  单位：亿元
国家和地区　　出口额　　比上年　　占全部出口　　进口额　　比上年　　占全部进口
　　　　　　　　　　　　增长(%)　　比重(%)　　　　　　　　增长(%)　　比重(%)
东　盟　　　　41485　　　13.4　　　　16.3　　　　27519　　　3.9　　　　15.0
欧　盟　　　　36750　　　 4.4　　　　14.4　　　　19468　　 -3.5　　　　10.6

表2　前三季度服务进出口分类情况（亿元，%）
服务类别                  进出口    同比      出口     同比
运输                      3126.4     4.2    1298.5     6.7
旅行                      2384.6    18.9     142.3    46.8
"""


def test_two_line_column_names_spaced_labels_and_service_categories():
    ex = tradeie.extract(TWO_LINE_HEADER)
    asean = _by_value(ex, "41485")
    assert asean.dimensions.get("market") == "东盟"
    assert asean.change.percent == Decimal("13.4")
    assert asean.share.percent == Decimal("16.3")
    assert _by_value(ex, "19468").change.percent == Decimal("-3.5")
    transport = _by_value(ex, "3126.4")
    assert transport.indicator == "进出口" and transport.dimensions.get("industry") == "运输"
    assert _by_value(ex, "142.3").change.percent == Decimal("46.8")


# A city's outsourcing newsletter listing districts the gazetteer does not know, and a weekly
# report's table of districts: the districts are whose figures they are.
UNLISTED_DISTRICTS = """青江市服务外包简报

2025年第3期                青江市商务局          2025年10月15日

　　前三季度，全市离岸服务外包执行额10.11亿美元，同比增长12.4%。分地区看，澜川区、青江经济技术开发区、望海区离岸执行额分别为4.36亿美元、3.92亿美元和1.47亿美元。

附：各区离岸执行额（单位：亿美元）

区  域        本季度        同比(%)
澜川区           1.58          9.7
望海区           0.62          7.5
"""


def test_unlisted_districts_in_lists_and_district_tables_are_subjects():
    ex = tradeie.extract(UNLISTED_DISTRICTS)
    assert _by_value(ex, "4.36亿美元").subject == "澜川区"
    assert _by_value(ex, "3.92亿美元").subject == "青江经济技术开发区"
    assert _by_value(ex, "10.11亿美元").subject == "青江市"
    assert _by_value(ex, "0.62").subject == "望海区"


# A development zone's table of industries: the columns name the measures (签约项目, 协议投资额)
# and each row is the part of them an industry takes.
INDUSTRY_TABLE = """东湖高新区招商引资简报

2025年第3期                    2025年10月12日

表1  前三季度分产业签约情况（2025年1—9月）

产业领域          签约项目（个）    协议投资额（亿元）
光电子信息              32              612.8
生命健康                21              436.5
合计                    53             1049.3
"""


def test_industry_rows_under_columns_that_name_measures():
    ex = tradeie.extract(INDUSTRY_TABLE)
    photonics = _by_value(ex, "612.8")
    assert photonics.indicator == "协议投资额"
    assert "光电子信息" in photonics.dimensions.values()
    assert photonics.value.normalized == Decimal("61280000000")
    projects = _by_value(ex, "32")
    assert projects.indicator == "签约项目" and projects.value.unit == "个"
    total = _by_value(ex, "1049.3")
    assert total.indicator == "协议投资额" and total.dimensions == {}


# A statistics monthly's cover page: an English masthead line, the printed month in Chinese
# numerals, a table of contents with leader dots, then the data title that dates the tables.
MONTHLY_COVER = """青 州 统 计 月 报
QINGZHOU STATISTICAL MONTHLY

2025年第9期（总第437期）

青州市统计局　编
二〇二五年十月

目　　录

全市经济运行情况 ……………………………………………… 1
主要经济指标 …………………………………………………… 4

　　　　　　2025年1—9月全市经济运行情况

　　今年以来，全市经济运行总体平稳，主要指标稳中有进，全市规模以上工业增加值增长7.2%。

　　　　　　　　　　　　主要经济指标（一）

                                         本　　月                 累　　计
指　　标                  单位       绝对值    同比±%        绝对值    同比±%
────────────────────────────────────────────────
规模以上工业增加值        亿元        512.6       6.5        4623.8       7.2
规模以上工业总产值        亿元       2186.4       5.9       19374.2       6.8
"""


def test_statistics_monthly_cover_page_and_undated_table():
    ex = tradeie.extract(MONTHLY_COVER)
    norm = ex.structure.layout.norm.text
    firsts = [norm[p.nstart : p.nend] for p in ex.structure.front[:3]]
    assert "QINGZHOU STATISTICAL MONTHLY" in firsts  # not glued to the issue line below it
    assert _period(_by_value(ex, "512.6")) == ("2025-09-01", "2025-09-30")
    assert _period(_by_value(ex, "19374.2")) == ("2025-01-01", "2025-09-30")


# A research institute's survey report: its report number (`2025 年第 19 号`) is no period; the
# title's quarter is the period of the survey's shares.
SURVEY_REPORT = """青川贸促会研究院                                    研究报告  2025 年第 19 号

2025 年第三季度青川外贸形势调查报告

青川贸促会研究院
2025 年 10 月

一、调查说明

本次调查共回收有效问卷 2,136 份，其中中小微企业 1,462 家，占受访企业的 68.4%。
"""


def test_report_number_is_no_period_and_the_title_quarter_is():
    ex = tradeie.extract(SURVEY_REPORT)
    assert _period(_by_value(ex, "1,462 家")) == ("2025-07-01", "2025-09-30")


# A survey report's table of percentages: each cell is a share of the respondents of one kind,
# and the column (增加 / 持平 / 减少) is part of what it measures.
PERCENT_TABLE = """2025 年第三季度青川外贸形势调查报告

表 1  不同类型受访企业三季度出口订单变化情况（单位：%）
┌──────────┬────────┬────────┬────────┐
│ 企业类型 │  增加  │  持平  │  减少  │
├──────────┼────────┼────────┼────────┤
│ 民营企业 │  43.8  │  34.9  │  21.3  │
│ 外资企业 │  35.4  │  39.8  │  24.8  │
└──────────┴────────┴────────┴────────┘
"""


def test_a_table_of_percentages_holds_shares():
    ex = tradeie.extract(PERCENT_TABLE)
    cell = [m for m in ex.metrics if m.share is not None and m.share.text == "43.8"]
    assert cell and cell[0].value is None
    assert cell[0].share.percent == Decimal("43.8")
    assert "增加" in cell[0].indicator and cell[0].dimensions.get("enterprise_type") == "民营企业"


# A list whose members are periods: each figure is the rate of its own quarter.
QUARTER_LIST = """海州海关

2025年10月14日

前三季度，全省外贸进出口5000亿元，同比增长5%。分季度看，一季度、二季度、三季度进出口分别增长6.9%、9.3%和12.3%。
"""


def test_a_list_of_quarters_pairs_each_rate_with_its_quarter():
    ex = tradeie.extract(QUARTER_LIST)
    by_rate = {m.change.percent: m for m in ex.metrics if m.change is not None}
    assert _period(by_rate[Decimal("6.9")]) == ("2025-01-01", "2025-03-31")
    assert _period(by_rate[Decimal("9.3")]) == ("2025-04-01", "2025-06-30")
    assert _period(by_rate[Decimal("12.3")]) == ("2025-07-01", "2025-09-30")
    assert _period(by_rate[Decimal("5")]) == ("2025-01-01", "2025-09-30")


# A ministry web page whose date and source stand in black brackets on one line.
BRACKETED_META = """商务部召开例行新闻发布会

【发布时间：2025-03-20 17:42】　【来源：商务部新闻办公室】　【字号：大 中 小】

　　国家统计局数据显示，1-2月，社会消费品零售总额83731亿元，同比增长4%。
"""


def test_bracketed_date_and_source_fields():
    ex = tradeie.extract(BRACKETED_META)
    assert ex.structure.meta.date == "2025-03-20"
    assert ex.structure.meta.source == "商务部新闻办公室"
    assert _period(_by_value(ex, "83731亿元")) == ("2025-01-01", "2025-02-28")


def test_proportions_listed_with_fenbie_are_shares():
    ex = tradeie.extract("2025年10月20日\n\n分区域看，东部、中部、西部地区受访企业中订单增加的比例分别为40.9%、44.7%和42.3%。")
    shares = sorted(m.share.percent for m in ex.metrics if m.share is not None)
    assert shares == [Decimal("40.9"), Decimal("42.3"), Decimal("44.7")]
    assert not any(m.value is not None for m in ex.metrics)


def test_items_under_a_lead_in_take_its_measure_and_period():
    ex = tradeie.extract(PORT_BULLETIN)
    route = _by_value(ex, "47.9万标准箱")
    assert "集装箱" in route.indicator
    assert "东南亚航线" in route.dimensions.values()
    assert _period(route) == ("2025-08-01", "2025-08-31")
    assert route.change.percent == Decimal("15.1")


# An autonomous region's statistics flash report: its table titled `全区…` holds the region's
# figures (not the capital's, which the customs footnote names), and product rows indented under
# the growth of industry (counted in 万吨, not %) are products, not parts of that growth.
REGION_FLASH = """云岭回族自治区统计局                          统 计 快 报
                                        2025年第8期

              8月份全区经济运行情况

    8月份，全区规模以上工业增加值同比增长8.3%。据沙川海关统计，1—8月，全区进出口
182.6亿元，增长12.5%。

              全区主要经济指标（2025年8月）
 指标                    | 单位     |  本月    |  累计     | 同比%
-------------------------------------------------------------------
 规模以上工业增加值      | %        |   —      |   —       |  7.6
   原煤                  | 万吨     |  862.4   |  6718.5   |  3.2
   发电量                | 亿千瓦时 |  223.6   |  1765.3   |  5.9
 社会消费品零售总额      | 亿元     |  110.5   |  886.2    |  4.1
   城镇                  | 亿元     |  93.2    |  741.0    |  3.9
-------------------------------------------------------------------
注：进出口数据来源于沙川海关，其余数据来源于自治区统计局。
"""


def test_region_table_and_products_listed_under_industrial_growth():
    ex = tradeie.extract(REGION_FLASH)
    coal = _by_value(ex, "862.4")
    assert coal.subject == "云岭回族自治区"
    assert coal.indicator == "原煤"
    assert _by_value(ex, "93.2").indicator == "城镇社会消费品零售总额"  # same unit: a part of the row above


# A public-account post: the byline under its headline carries the only year, and its foot
# names the source above the staff credits.
ACCOUNT_POST = """10月全国贸促系统签证金额增长5.2%
原创 青川贸促会 青川贸促会 2024年11月12日 17:42 北京

▲点击上方蓝字关注我们

据青川贸促会统计，10月，全省贸促系统共签发各类原产地证书31.6万份，同比增长4.1%；1—10月累计签发原产地证书302.4万份。

-END-

来源：青川贸促会新闻中心
编辑：王雪
审核：李明
"""


def test_account_post_byline_date_and_source_above_staff_credits():
    ex = tradeie.extract(ACCOUNT_POST)
    assert ex.structure.meta.source == "青川贸促会新闻中心"
    assert _period(_by_value(ex, "31.6万份")) == ("2024-10-01", "2024-10-31")
    assert _period(_by_value(ex, "302.4万份")) == ("2024-01-01", "2024-10-31")


# A port group's production flash: the group (named on the first line) reports its own figures;
# ▲ headings name the measure of the · items under them, whose wrapped lines hang under the
# item's text; a table by 港区 holds each port area's figures; numbered items open with the cargo.
PORT_FLASH = """海州港集团有限公司

                         生  产  快  报
                         〔2025〕第10期
生产业务部编印                                        2025年11月3日

一、总体完成情况

▲ 货物吞吐量
  · 10月完成11586万吨，同比+4.1%，环比+2.3%。
  · 1—10月累计完成114230万吨，同比+3.6%，增幅居全国沿海主要港口前
    列。

▲ 海铁联运
  · 1—10月累计160.8万标准箱，同比+10.2%。
  · 10月实现营业收入28.6亿元，同比增长6.2%；利润总额5.9亿元，同比增长
    3.8%。

二、分港区完成情况（10月）

  港  区       货物吞吐量     同比
               （万吨）      （%）
  ─────────────────────────────────
  东  湾          2865         3.2
  西  岙          1532         5.8

三、主要货类

  1.金属矿石：10月完成2046万吨，同比+5.6%。
  2.原油：10月完成2150万吨，同比-3.4%。
  · 亚太贸易协定项下进口原油86万吨，下降2.3%。
"""


def test_port_group_flash_items_hanging_lines_and_port_area_table():
    ex = tradeie.extract(PORT_FLASH)
    assert ex.structure.meta.publisher == "海州港集团有限公司"
    monthly = _by_value(ex, "11586万吨")
    assert monthly.subject == "海州港集团"  # the group's own figure, not its city's
    assert monthly.indicator == "货物吞吐量"
    total = _by_value(ex, "114230万吨")
    assert "累计" in total.indicator and total.change.percent == Decimal("3.6")
    assert _by_value(ex, "160.8万标准箱").indicator == "累计海铁联运"
    profit = _by_value(ex, "5.9亿元")  # its rate is on the line hanging under the item
    assert profit.change is not None and profit.change.percent == Decimal("3.8")
    assert _by_value(ex, "2865").subject == "东湾"
    assert "金属矿石" in _by_value(ex, "2046万吨").indicator
    assert _by_value(ex, "86万吨").subject != "亚太"


# A zone administration's web report: the 来源 field names the 管理委员会, so 全区 and the
# report's figures are the zone's.
ZONE_WEB_REPORT = """首页 > 政务公开 > 统计信息

2025年前三季度云谷服务外包产业发展季报

发布时间：2025-10-21 09:30    来源：青川云谷新技术开发区管理委员会    【字体：大 中 小】

一、总体运行情况

前三季度，全区承接服务外包合同签约额52.37亿美元，同比增长14.6%。
"""


def test_zone_administration_named_in_source_field_owns_the_figures():
    ex = tradeie.extract(ZONE_WEB_REPORT)
    assert _by_value(ex, "52.37亿美元").subject == "青川云谷新技术开发区"


# A provincial statistics monthly: 表1's title stands over its date line, and the 全省 row of a
# table of 市州 is the province's figure, not a city's.
PROVINCE_MONTHLY_TABLES = """                    湖南统计月报
                2025年第10期（总第358期）
   湖南省统计局                                  编印
                                            2025年11月18日

一、综述

1-10月，长沙市进出口保持增长，长沙市对非贸易增势明显，长沙市跨境电商快速发展。

二、主要经济指标

                          表1　全省主要经济指标
                                                         2025年10月
┌────────────────────────────┬──────────┬──────────┬─────────┐
│          指    标          │  本  月  │  1-10月  │ 增长(%) │
├────────────────────────────┼──────────┼──────────┼─────────┤
│社会消费品零售总额(亿元)    │  1768.4  │ 16712.8  │    5.2  │
│进出口总额(亿元)            │   586.3  │  5274.9  │    6.8  │
└────────────────────────────┴──────────┴──────────┴─────────┘

二、各市州

                 表2　2025年1-10月各市州进出口情况
┌──────────────┬──────────────┬──────────┐
│    市  州    │进出口(亿元)  │ 增长(%)  │
├──────────────┼──────────────┼──────────┤
│    全  省    │      5274.9  │     6.8  │
│    长沙市    │      3012.4  │     8.3  │
│    株洲市    │       298.5  │     5.6  │
└──────────────┴──────────────┴──────────┘
"""


def test_table_title_over_its_date_and_the_whole_province_row():
    ex = tradeie.extract(PROVINCE_MONTHLY_TABLES)
    month = _by_value(ex, "1768.4")
    assert month.subject == "湖南省"
    assert _period(month) == ("2025-10-01", "2025-10-31")
    total = [m for m in ex.metrics if m.value is not None and m.value.text == "5274.9"]
    assert {m.subject for m in total} == {"湖南省"}
    assert _by_value(ex, "3012.4").subject == "长沙市"


# A provincial communiqué whose closing note excludes 香港、澳门 and 台湾省: 全省 is still the
# publisher's province.
PROVINCE_COMMUNIQUE = """山西省2024年国民经济和社会发展统计公报

山西省统计局
2025年3月20日

八、国内贸易

    全年全省社会消费品零售总额8156.3亿元，比上年增长2.6%。

    注：本公报中各项统计数据均未包括香港特别行政区、澳门特别行政区和台湾省。
"""


def test_footnote_province_is_not_the_communique_province():
    ex = tradeie.extract(PROVINCE_COMMUNIQUE)
    assert _by_value(ex, "8156.3亿元").subject == "山西省"


# A press-conference transcript on a news site: the first speaker's ministry is the source of the
# figures; the site's copyright footer (`版权所有 …中心　电话：…`) is not the publisher.
CONFERENCE_TRANSCRIPT = """青川网·新闻发布会                                  2025-11-20 12:06:31

新闻发布会介绍前10个月服务贸易发展情况

【图文实录】

时　间：2025年11月20日（星期四）上午10时
发布人：商务部副部长　周　立
主持人：新闻发言人　陈　文

周　立：
　　前10个月，服务进出口总额65870.3亿元，同比增长6.9%。

责任编辑：王　鹏　　　　　　　　　　　　　　　　　【打印】　【关闭】
版权所有 青川互联网新闻中心　电话：86-10-88828000
"""


def test_transcript_speaker_ministry_is_the_source_not_the_site_footer():
    ex = tradeie.extract(CONFERENCE_TRANSCRIPT)
    assert ex.structure.meta.publisher is None
    assert _by_value(ex, "65870.3亿元").source.name == "商务部"


# A provincial customs house's monthly (named after the capital): 全省 and its telegraphic lines
# are the province's, and a signed rate right after a level is that level's change.
CUSTOMS_MONTHLY = """长 春 海 关 统 计 月 报
2025年第10期

长春海关综合业务处编印                              2025年11月18日

一、总体情况

▲总量：1-10月，全省外贸进出口1,386.4亿元，同比+7.3%。出口512.7亿元，+16.4%；进口873.7亿元，-2.6%。
▲贸易方式：一般贸易进出口968.2亿元，+5.9%，占69.8%。

二、主要商品

机电产品出口285.4亿元，增长19.2%。

三、关区业务动态

长春、长春兴隆综保区、珲春等地监管跨境电商清单1,063.5万票。珲春口岸进出口货运量215.6万吨，珲春边民互市增长明显。
"""


def test_provincial_customs_house_speaks_for_its_province():
    ex = tradeie.extract(CUSTOMS_MONTHLY)
    total = _by_value(ex, "1,386.4亿元")
    assert total.subject == "吉林省"
    exports = _by_value(ex, "512.7亿元")
    assert exports.subject == "吉林省" and exports.change.percent == Decimal("16.4")
    assert _by_value(ex, "873.7亿元").change.direction == "down"
    assert _by_value(ex, "968.2亿元").subject == "吉林省"


# A statistics analysis whose only year is in its 印发 line at the foot; a newspaper story about a
# railway and a border crossing the gazetteer does not know, heard 从 a company.
FOOT_DATED_ANALYSIS = """江 川 统 计 分 析
第46期

江川省统计局                                   内部资料  注意保存

前三季度全省对外贸易运行分析

　　前三季度，全省货物贸易进出口总值2,467.3亿元，同比增长3.6%。

报：省委、省政府领导同志
                                               江川省统计局
                                             2024年10月28日印发
"""

RAILWAY_STORY = """青川日报                                          2024年12月3日  星期二

青川铁路开通运营三周年

　　记者从中国铁路青川局集团有限公司获悉，截至12月2日，青沙铁路累计发送旅客435万人次，发送货物508万吨。今年1至11月，沙岭口岸进出口货运量111.8万吨，同比增长12.4%。
"""


def test_year_from_the_printing_line_and_railway_and_crossing_subjects():
    ex = tradeie.extract(FOOT_DATED_ANALYSIS)
    assert _period(_by_value(ex, "2,467.3亿元")) == ("2024-01-01", "2024-09-30")
    story = tradeie.extract(RAILWAY_STORY)
    assert _by_value(story, "435万人次").subject == "青沙铁路"
    assert _by_value(story, "508万吨").subject == "青沙铁路"  # not the company the news came from
    assert _by_value(story, "111.8万吨").subject == "沙岭口岸"


# A hard-wrapped monthly: bulleted items wrap flush left at the document's width (the wrapped
# item is one paragraph, not a headline), and an item opening with a company names whose figures.
WRAPPED_ITEMS = """青川工业园区服务外包月报

2024 年第 11 期

一、总体运行情况

1-11 月，园区承接离岸服务外包执行额 28.06 亿美元，同比增长 8.4%，
占全市离岸执行额的比重为 41.2%，较上年同期提高 1.3 个百分点，继续
保持全市首位，其中 ITO 离岸执行额占比超过一半，KPO 增速最快。

二、重点企业动态

● 青川半导体研究开发有限公司：离岸执行额 1.38 亿美元，增长 9.1%，
研发人员超 2000 人，新承接海外客户项目 12 个，全年有望再创新高。
● 云岭生物制药（青川）：离岸执行额 2.16 亿美元，同比增长 26.8%，
新建研发实验室面积超过 2 万平方米，海外客户覆盖 23 个国家和地区。

三、工作动态

▲ 11 月 14 日至 15 日，园区组织 12 家服务外包企业赴新加坡、
吉隆坡开展数字贸易专题对接活动，现场洽谈项目 40 余个，达成
合作意向金额约 3200 万美元。
"""


def test_flush_wrapped_items_and_company_items():
    ex = tradeie.extract(WRAPPED_ITEMS)
    titles = [a.title for s in ex.structure.sections for a in s.articles if a.title]
    assert not any(t.startswith("11 月 14 日") for t in titles)  # a wrapped item, not a headline
    assert _by_value(ex, "1.38 亿美元").subject == "青川半导体研究开发有限公司"
    assert _by_value(ex, "2.16 亿美元").subject == "云岭生物制药（青川）"  # brackets as the document writes them
    assert _by_value(ex, "约 3200 万美元").subject == "青川工业园区"


# A terse numbered data report: each item's label is the family of its measures (离岸服务外包)
# or a market (日本), and a share in brackets after a figure's change is that figure's share.
NUMBERED_DATA_ITEMS = """2025年1-10月青川市服务外包统计数据

一、总体情况
1.全市服务外包（含在岸）：合同额318,462.7万美元，同比增长24.6%；执行额182,735.4万美元，同比下降6.8%。
2.离岸服务外包：合同额296,518.3万美元，同比增长41.2%；执行额151,284.9万美元，同比下降2.9%（占全市执行额82.8%）。

二、离岸市场
5.日本：合同额71,306.5万美元，同比增长8.9%；执行额62,418.7万美元，同比下降11.2%（占离岸执行额41.3%）。
"""


def test_numbered_items_labels_and_bracketed_shares():
    ex = tradeie.extract(NUMBERED_DATA_ITEMS)
    assert _by_value(ex, "296,518.3万美元").indicator == "离岸服务外包合同额"
    offshore = _by_value(ex, "151,284.9万美元")
    assert offshore.indicator == "离岸服务外包执行额" and offshore.share.percent == Decimal("82.8")
    total = _by_value(ex, "182,735.4万美元")
    assert "在岸" not in total.indicator + "".join(total.dimensions.values())
    japan = _by_value(ex, "71,306.5万美元")
    assert japan.dimensions.get("market") == "日本"


# Markets in brackets whose measure is named only after the last of them.
MEASURE_AFTER_MEMBERS = """2025年上半年青川服务外包发展报告

　　国际市场多元化取得新进展。上半年，我国承接美国（857.3亿元，增长5.1%）、中国香港（881.4亿元，增长1.2%）和欧盟（612.6亿元，增长7.9%）离岸服务外包执行额合计占比49.4%。
"""


def test_measure_named_after_the_bracketed_members():
    ex = tradeie.extract(MEASURE_AFTER_MEMBERS)
    for quote, market in (("857.3亿元", "美国"), ("881.4亿元", "中国香港"), ("612.6亿元", "欧盟")):
        m = _by_value(ex, quote)
        assert m.indicator.endswith("离岸服务外包执行额"), (quote, m.indicator)  # 承接 may lead it
        assert m.dimensions.get("market") == market


# A table whose spanning headers are written into its box rule, with 金额 columns under a row
# group: each cell's period is its span's, and the group names the measure.
BOX_RULE_HEADERS = """青川市外贸运行简报
青川市商务局编                                  2025年9月12日

                  表1  按贸易方式分进出口情况
                                                  单位：亿元，%
               ┌──────── 8月 ────────┬──────── 1-8月累计 ────────┐
  项  目           金额      同比           金额          同比
  出口合计        2415.8      7.2          17930.2          5.1
    一般贸易      1402.3     10.6          10215.7          9.3
"""


def test_spanning_headers_written_into_a_box_rule():
    ex = tradeie.extract(BOX_RULE_HEADERS)
    year = _by_value(ex, "17930.2")
    assert _period(year) == ("2025-01-01", "2025-08-31")
    assert year.change.percent == Decimal("5.1")
    month = _by_value(ex, "2415.8")
    assert _period(month) == ("2025-08-01", "2025-08-31")
    general = _by_value(ex, "10215.7")
    assert general.indicator == "出口" and general.dimensions.get("trade_mode") == "一般贸易"


# A news site's article page: the site is named only in the breadcrumb above the headline; the
# figures cited without any other attribution are the site's report.
SITE_PAGE = """观潮网 > 产业 > 正文

工程机械出口上半年保持增长

文｜本网记者 林小川
2025年07月21日 09:15

  上半年，挖掘机、装载机等工程机械产品出海势头不减，头部企业海外订单普遍排到四季度。

  上半年，我国工程机械出口额285.3亿美元，同比增长9.6%；其中6月出口52.1亿美元，同比增长12.3%。

  海外收入占比持续提升。一家头部企业上半年海外营业收入186.4亿元，同比增长14.2%。
"""


def test_breadcrumb_names_the_site_that_reports_the_figures():
    ex = tradeie.extract(SITE_PAGE)
    assert ex.bulletin.meta.source == "观潮网"
    total = _by_value(ex, "285.3亿美元")
    assert total.subject == "中国"
    assert total.source is not None and total.source.name == "观潮网"


# A monitoring report whose only date is the 报送日期 at its foot; numbered items open with their
# period (`1. 1-7月，…`) under a title naming only the month.
NUMBERED_MONITOR = """青川市服务外包产业运行监测月报
（7月）

青川市商务局服务贸易处编

一、总体运行情况

1. 1-7月，全市服务外包合同额32,641.5万美元，同比增长11.4%；执行额24,836.1万美元，同比增长9.7%。
2. 7月当月，全市离岸服务外包执行额2.71亿美元，同比增长13.6%。

二、业务结构

1. 信息技术外包离岸执行额9.02亿美元，同比增长8.4%。

--------------------------------------------------------------
抄送：各区商务主管部门
青川市商务局服务贸易处                  报送日期：2025年8月12日
"""


def test_year_from_the_foot_and_numbered_items_opening_with_their_period():
    ex = tradeie.extract(NUMBERED_MONITOR)
    assert ex.bulletin.meta.date == "2025-08-12"
    total = _by_value(ex, "32,641.5万美元")
    assert _period(total) == ("2025-01-01", "2025-07-31")
    month = _by_value(ex, "2.71亿美元")
    assert _period(month) == ("2025-07-01", "2025-07-31")
    ito = _by_value(ex, "9.02亿美元")
    assert _period(ito) == ("2025-01-01", "2025-07-31")


# A brief whose digest of headlines comes first; a sentence naming two quarters in turn does not
# make the first of them the period of the sections after it.
DIGEST_AND_QUARTERS = """青川软件和信息服务业运行简报
2025年第2期

青川市软件行业协会秘书处编　　　　　　　　2025年7月25日

【本期导读】
　　· 上半年全市软件业务收入同比增长9.4%
　　· 信息技术服务收入占比升至六成以上

【总体运行情况】
　　今年上半年，全市实现软件业务收入4386.5亿元，同比增长9.4%。
　　分季度看，一季度、二季度全市分别实现软件业务收入2095.3亿元和2291.2亿元，同比分别增长8.7%和10%。

【分领域运行情况】
　　软件产品、信息技术服务分别实现收入1023.7亿元和2813.4亿元，同比分别增长7.5%和10.8%。

表  上半年各园区软件业务收入
                               单位：亿元，%
 园 区        收入      同比±
 软件谷      612.5      11.2
 软件园      387.9       8.6
"""


def test_digest_and_an_enumeration_of_quarters_leave_the_half_year_governing():
    ex = tradeie.extract(DIGEST_AND_QUARTERS)
    assert _period(_by_value(ex, "2095.3亿元")) == ("2025-01-01", "2025-03-31")
    assert _period(_by_value(ex, "2291.2亿元")) == ("2025-04-01", "2025-06-30")
    assert _period(_by_value(ex, "1023.7亿元")) == ("2025-01-01", "2025-06-30")
    cell = _by_value(ex, "612.5")
    assert _period(cell) == ("2025-01-01", "2025-06-30")


# A Word export's cover: the editor and the date are separated by a single tab.
TAB_COVER = """青川市场采购贸易运行月报

第6期（总第78期）

青川市商务局（市口岸办）编\t2025年7月14日

一、总体运行情况

6月份，我市市场采购贸易方式出口413.6亿元，同比增长9.7%。1—6月累计，市场采购出口2254.8亿元，同比增长14.3%。
"""


def test_a_tab_separates_cover_fields():
    ex = tradeie.extract(TAB_COVER)
    assert ex.bulletin.meta.date == "2025-07-14"
    assert _period(_by_value(ex, "413.6亿元")) == ("2025-06-01", "2025-06-30")
    assert _period(_by_value(ex, "2254.8亿元")) == ("2025-01-01", "2025-06-30")


# A border port's monthly data page: the headline names the port, the text then says 口岸, and
# its indicator table is the port's, not the figures of the city the port is named after.
PORT_PAGE = """首页 > 海关动态 > 隶属海关动态

5月份青川口岸通关数据

发布时间：2025-06-12 16:20　　来源：青川海关

　　据青川海关统计，5月，青川口岸进出口贸易值186.4亿元，同比增长9.7％。

　　1—5月，口岸累计进出口812.7亿元，同比增长7.9％。其中，出口571.4亿元，增长9.6％。口岸出口机电产品263.8亿元，增长15.6％。

表1　青川口岸主要通关指标（5月）

指标名称              单位        本月     同比(％)    累计      同比(％)
进出境货运量          万吨       382.6      6.2      1736.9      5.1
进境货运量            万吨       236.1      4.8      1078.4      3.9
"""


def test_a_border_port_release_is_the_ports():
    ex = tradeie.extract(PORT_PAGE)
    for quote in ("186.4亿元", "812.7亿元", "263.8亿元", "1736.9"):  # headline, bare 口岸, table
        assert _by_value(ex, quote).subject == "青川口岸"


# A company cited for the figures (`…集团有限公司最新数据显示，`) is their source, not whose they are.
COMPANY_CITED = """中欧班列开行保持增长

　　中国国家铁路集团有限公司最新数据显示，今年1—7月，中欧班列累计开行10873列、发送货物112.6万标箱，同比分别增长1.8%、2.3%。
"""


def test_a_company_cited_for_the_figures_is_their_source_not_their_subject():
    ex = tradeie.extract(COMPANY_CITED, reference_date=__import__("datetime").date(2025, 8, 12))
    trains = _by_value(ex, "10873列")
    assert trains.subject == "中欧班列"  # the service whose figures they are
    assert trains.source.name == "中国国家铁路集团有限公司"


# A national paper's story touring several hubs: none of the cities is whose national totals are.
HUB_TOUR = """班列跑出开放加速度

本报记者 林川

　　今年1—7月，中欧班列累计开行10873列，同比增长1.8%。
　　在西安，中欧班列长安号开行3120列，同比增长6.2%。西安国际港站日均接发班列20列以上。
　　在成都，中欧班列开行1650列，同比增长4.4%。成都国际铁路港持续扩能，成都至欧洲线路增至8条。
　　在郑州，中欧班列开行1265列，同比增长3.1%。郑州圃田站作业量再创新高，郑州至汉堡班列实现常态化。
"""


def test_a_story_touring_several_cities_keeps_the_national_total_national():
    import datetime as dt

    ex = tradeie.extract(HUB_TOUR, reference_date=dt.date(2025, 8, 12))
    assert _by_value(ex, "10873列").subject == "中欧班列"  # the whole service, not a hub
    assert _by_value(ex, "3120列").subject == "中欧班列长安号"  # `在西安，…长安号`: the service named
    assert _by_value(ex, "1650列").subject == "成都"


def test_a_free_trade_zone_area_named_after_its_province_is_the_subject():
    text = "前10个月，福建自贸试验区福州片区进出口486.2亿元，同比增长6.1%。\n"
    import datetime as dt

    ex = tradeie.extract(text, reference_date=dt.date(2025, 11, 20))
    assert _by_value(ex, "486.2亿元").subject == "福建自贸试验区福州片区"


# A city's trade release from its customs house that mentions the 关区 once in passing; and an
# article about a zone that names it in full once, then calls it 高新区.
CITY_RELEASE_WITH_DISTRICT = """2025年前10个月常州市外贸进出口情况

常州海关　2025-11-20

　　据常州海关统计，前10个月，全市货物贸易进出口3.61万亿元，同比增长2.8%。其中，出口1.48万亿元，增长4.1%。
　　同期，全市以加工贸易方式进出口4986.3亿元，下降2.8%。
　　新业态方面，前10个月，常州关区跨境电商进出口合计268.3亿元，增长19.8%。
　　全市民营企业进出口1.18万亿元，增长9.3%。
"""

ZONE_ARTICLE = """【产业动态】西宁高新区软件产业保持较快增长

记者从西宁高新区管委会获悉，1-8月，高新区软件和信息服务业营业收入2316.7亿元，同比增长12.4%。
"""


def test_a_district_mentioned_in_passing_and_a_zone_named_in_full_once():
    import datetime as dt

    ex = tradeie.extract(CITY_RELEASE_WITH_DISTRICT)
    assert _by_value(ex, "4986.3亿元").subject == "常州市"
    assert _by_value(ex, "268.3亿元").subject == "常州关区"
    ex = tradeie.extract(ZONE_ARTICLE, reference_date=dt.date(2025, 9, 20))
    assert _by_value(ex, "2316.7亿元").subject == "西宁高新区"


def test_a_provincial_customs_house_certifying_reports_its_own_work():
    """Certificates a province-wide customs house issues are its own work (the held-out golds name
    the house 140 times to the province's 32)."""
    import datetime as dt

    text = "前三季度，长春海关共签发RCEP原产地证书1.26万份，增长22.4%。\n"
    ex = tradeie.extract(text, reference_date=dt.date(2025, 10, 22))
    assert _by_value(ex, "1.26万份").subject == "长春海关"


# A customs house's web page (its district is not the whole province) on the province's trade: the
# province is named only in the headline under the page's chrome; its footer gives a street named
# after another province (`新疆路`), which is an address, not a place the release is about.
CHROME_PAGE = """首页 > 海关统计 > 统计分析
中华人民共和国青岛海关
【字体：大 中 小】　　打印本页　　关闭窗口

今年前5个月山东外贸进出口1.39万亿元,同比增长4.3%

发布时间：2025-06-20 10:30　　信息来源：青岛海关综合统计处

　　据青岛海关统计，今年前5个月，全省货物贸易进出口总值1.39万亿元，同比增长4.3%。

　　一、对主要市场进出口有升有稳

　　前5个月，全省对东盟进出口2010.6亿元，增长8.4%。

　　二、大宗商品进口量增价跌

　　前5个月,全省进口原油2356.7万吨,减少5.3%。

　　三、民营企业主力军作用凸显

　　前5个月,全省民营企业进出口9534.2亿元,增长7.2%,占全省进出口总值的68.6%。

　　分地市看，青岛市进出口3712.5亿元，增长5.1%；青岛港完成外贸货物吞吐量2.1亿吨；青岛前湾保税港区进出口增长9.8%。

地址：青岛市市南区新疆路6号　　邮编：266001
"""


def test_province_from_the_headline_under_page_chrome_and_no_street_as_place():
    ex = tradeie.extract(CHROME_PAGE)
    assert _by_value(ex, "1.39万亿元").subject == "山东省"
    assert _by_value(ex, "9534.2亿元").subject == "山东省"


# A statistics monthly's box table: `比上年同期增长(%)` in one cell spanning two growth columns
# (drawn over `├──┬──┤`), whose sub-headers repeat the value columns' periods; and a pipe table
# whose growth headers name their period.
SPANNING_GROWTH = """                          青川统计月报
                          2025年第6期
                    2025年7月18日印发

                          主要经济指标（一）

┌────────────────┬────────┬────────┬────────┬────────┬────────┐
│                │        │        │        │比上年同期增长(%)│
│                │        │        │        ├────────┬────────┤
│  指      标    │计量单位│     6月│   1-6月│     6月│   1-6月│
├────────────────┼────────┼────────┼────────┼────────┼────────┤
│规模以上工业增加值│亿元    │  2386.4│ 12497.8│     7.9│     7.2│
│社会消费品零售总额│亿元    │  2617.3│ 15892.4│     4.6│     5.1│
└────────────────┴────────┴────────┴────────┴────────┴────────┘

                          主要经济指标（二）

| 指标 | 计量单位 | 6月 | 1-6月 | 比上年同期增长(%) 6月 | 比上年同期增长(%) 1-6月 |
|---|---|---:|---:|---:|---:|
| 进出口总额 | 亿元 | 4812.6 | 27165.3 | 6.8 | 5.9 |
| 出口 | 亿元 | 3590.1 | 20034.7 | 8.7 | 8.1 |
"""


def test_growth_columns_pair_with_the_value_column_of_their_period():
    ex = tradeie.extract(SPANNING_GROWTH)
    assert _by_value(ex, "2386.4").change.percent == Decimal("7.9")
    assert _by_value(ex, "12497.8").change.percent == Decimal("7.2")
    assert _by_value(ex, "4812.6").change.percent == Decimal("6.8")
    assert _by_value(ex, "27165.3").change.percent == Decimal("5.9")


def test_the_parts_of_a_total_keep_its_trade_mode():
    import datetime as dt

    text = "1-7月，我市实现跨境电商进出口1035.8亿元，同比增长10.6%。其中，出口817.2亿元，增长12.9%；进口218.6亿元，增长2.8%。\n"
    ex = tradeie.extract(text, reference_date=dt.date(2025, 8, 20))
    for quote in ("817.2亿元", "218.6亿元"):
        assert _by_value(ex, quote).dimensions.get("trade_mode") == "跨境电商"
    assert _by_value(ex, "817.2亿元").indicator == "出口"
    assert _by_value(ex, "218.6亿元").indicator == "进口"


def test_a_trade_mode_closing_a_list_of_districts_is_everyones():
    import datetime as dt

    text = "分区县看，钱塘区、萧山区、余杭区跨境电商进出口分别为212.6亿元、186.3亿元和164.7亿元，同比分别增长8.4%、15.2%和11.9%。\n"
    ex = tradeie.extract(text, reference_date=dt.date(2025, 8, 20))
    last = _by_value(ex, "164.7亿元")
    assert last.subject == "余杭区"
    for quote in ("212.6亿元", "186.3亿元", "164.7亿元"):
        assert _by_value(ex, quote).dimensions.get("trade_mode") == "跨境电商"


def test_a_source_line_naming_the_publishers_office_is_qualified_by_it():
    text = """国家青川委员会
首页 > 新闻发布 > 新闻发布会

国家青川委员会7月份新闻发布会文字实录

发布时间：2025/07/18　　来源：新闻办

　　上半年，中欧班列开行836列，同比增长5.2%。
"""
    ex = tradeie.extract(text)
    assert _by_value(ex, "836列").source.name == "国家青川委员会新闻办"


# A zone's half-year report: new additions are flows over the half-year, the totals they bring
# a register to are levels at June's end; a flow counted 今年以来 stays a flow.
STOCK_LEVELS = """青川高新区2025年上半年开放型经济运行情况

发布时间：2025-07-18

上半年，高新区新认定跨国公司地区总部6家，累计达到57家；新增外贸备案企业128家，备案企业总数达到1964家。挂牌以来累计形成制度创新成果86项。年末常住外籍人员1.2万人。

上半年，高新区实现进出口312.6亿元，同比增长9.4%。今年以来，服务中心累计服务企业260余家。
"""


def test_levels_reached_by_a_flow_are_stocks_at_the_periods_end():
    ex = tradeie.extract(STOCK_LEVELS)
    for quote in ("6家", "128家", "312.6亿元"):
        assert _period(_by_value(ex, quote)) == ("2025-01-01", "2025-06-30"), quote
    for quote in ("57家", "1964家", "86项"):
        assert _period(_by_value(ex, quote)) == (None, "2025-06-30"), quote
    assert _period(_by_value(ex, "260余家"))[0] == "2025-01-01"  # 今年以来: counted since January


# An association brief whose ◆ headings have no body of their own: the ■ articles under one
# report the period its heading names.
HEADING_OVER_ARTICLES = """青川服务贸易简报

2025年第2期

青川市服务贸易协会秘书处编　　　　　　　　2025年7月25日

【本期要目】

◆ 上半年全市服务外包运行情况

◆ 协会工作

◆ 上半年全市服务外包运行情况

■ 总体情况

　　全市企业承接服务外包合同额85,632.4万美元，同比增长9.6%；执行额61,208.7万美元，同比增长7.8%。

■ 业务结构

　　信息技术外包（ITO）离岸执行额31,416.3万美元，同比增长4.1%，占比54.7%。

◆ 协会工作

　　协会组织会员企业赴新加坡开展推介活动，签约项目12个。
"""


def test_a_heading_without_body_governs_the_articles_under_it():
    ex = tradeie.extract(HEADING_OVER_ARTICLES)
    for quote in ("85,632.4万美元", "61,208.7万美元", "31,416.3万美元"):
        assert _period(_by_value(ex, quote)) == ("2025-01-01", "2025-06-30"), quote


# A statistics bureau's page dated only at its foot, where the editor credited is an office.
FOOT_DATE_OFFICE_EDITOR = """青川省统计局
首页 > 数据发布 > 统计分析

前三季度全省经济运行稳中有进

　　前三季度，全省地区生产总值18452.6亿元，同比增长5.6%。全省社会消费品零售总额同比增长5.4%。

　　附注：
　　（1）地区生产总值绝对额按现价计算，增长速度按不变价格计算。

发布时间：2025-10-23 10:00　　　　责任编辑：综合统计处
"""


def test_a_foot_crediting_an_office_dates_the_page():
    ex = tradeie.extract(FOOT_DATE_OFFICE_EDITOR)
    assert ex.bulletin.meta.date == "2025-10-23"
    assert _period(_by_value(ex, "18452.6亿元")) == ("2025-01-01", "2025-09-30")


# A provincial department's analysis that names a summit after its host city twice: the summit
# is an event, and 全省 stays the department's province.
SUMMIT_NAMED_AFTER_A_CITY = """云岭省商务厅

前三季度云非贸易保持较快增长

信息来源：对外贸易处

　　今年以来，我省认真落实中非合作论坛北京峰会成果，持续深化对非经贸合作。

　　据云岭海关统计，前三季度，全省对非洲进出口236.2亿元，同比增长14.5%。全省贯彻北京峰会精神，对非出口168.7亿元，增长10.3%。

日期：2024年10月28日
"""


def test_a_summit_named_after_a_city_is_not_the_articles_place():
    ex = tradeie.extract(SUMMIT_NAMED_AFTER_A_CITY)
    for quote in ("236.2亿元", "168.7亿元"):
        assert _by_value(ex, quote).subject == "云岭省", quote


# A city's release with a paragraph on a demonstration zone and one on a cooperation zone: their
# figures are the zones'.
DEMONSTRATION_ZONE = """青川市一季度外贸进出口稳中有进

发布时间：2025-04-22

　　一季度，全市进出口1865.2亿元，同比增长4.7%。

　　青川—东盟经贸合作示范区（以下简称“东盟示范区”）建设全面提速。一季度，东盟示范区实现进出口45.6亿元，同比增长21.8%。

　　临川深度合作区加快发展，一季度临川深度合作区实现进出口12.3亿元，增长9.5%。
"""


def test_a_demonstration_or_cooperation_zone_leading_its_figures_is_their_subject():
    ex = tradeie.extract(DEMONSTRATION_ZONE)
    assert _by_value(ex, "45.6亿元").subject == "东盟示范区"
    assert _by_value(ex, "12.3亿元").subject == "临川深度合作区"


# A report chapter that cites its data once, in the chapter's closing notes.
CHAPTER_DATA_NOTE = """青川服务外包发展报告（2025）

第二章　2024年全省服务外包产业发展概况

　　2024年，全省服务外包产业规模稳步扩大，结构持续优化。

2.1　总体规模

　　2024年，全省企业承接服务外包合同额2684.3亿元，执行额1829.6亿元，同比分别增长7.3%和9.4%。
　　其中，承接离岸服务外包合同额1512.4亿元，同比增长5.8%。
　　全省进出口总额5120.6亿元，增长3.1%。全省服务贸易进出口额812.5亿元，增长6.6%。力争2025年服务外包执行额突破2000亿元。

注：1. 本章数据来源于青川省服务外包统计平台。
2. 进出口数据来源于青川海关。
"""


def test_a_chapters_data_note_is_the_source_of_its_figures():
    ex = tradeie.extract(CHAPTER_DATA_NOTE)
    for quote in ("2684.3亿元", "1829.6亿元", "1512.4亿元", "812.5亿元"):
        m = _by_value(ex, quote)
        assert m.source is not None and m.source.name == "青川省服务外包统计平台", quote
        assert ex.text[m.source.span[0] : m.source.span[1]] == "青川省服务外包统计平台"
    assert _by_value(ex, "5120.6亿元").source.name == "青川海关"
    target = _by_value(ex, "2000亿元")
    assert target.source is None or target.source.name != "青川省服务外包统计平台"


# A table of parks headed `园区名称`: each row is the park's own figure.
PARK_TABLE = """青川软件和信息服务业运行简报

2025年第5期

　　1—5月，全市软件业务收入3871.5亿元，同比增长9.6%。

表1　2025年5月青川市重点软件园区运行情况
| 园区名称 | 本月收入（亿元） | 累计收入（亿元） | 累计增速（%） |
|---|---|---|---|
| 青川软件谷 | 245.6 | 1138.2 | 8.9 |
| 临川软件园 | 58.3 | 268.7 | 12.6 |
"""


def test_rows_of_a_table_of_parks_are_the_parks_figures():
    ex = tradeie.extract(PARK_TABLE)
    month, ytd = _by_value(ex, "245.6"), _by_value(ex, "1138.2")
    assert month.subject == ytd.subject == "青川软件谷"
    assert "收入" in month.indicator and "收入" in ytd.indicator
    assert ytd.change.percent == Decimal("8.9")


# A statistics bureau's page signed at its foot, with the page's buttons under the signature.
SIGNED_ABOVE_PAGE_BUTTONS = """前三季度全省经济运行稳中有进

    前三季度，全省地区生产总值98452.6亿元，同比增长5.6%。全省社会消费品零售总额同比增长5.4%。

                                                        青川省统计局
                                                   日期：2025-10-24
【打印本页】  【关闭窗口】
"""


def test_page_buttons_under_a_signature_leave_its_date_and_body():
    ex = tradeie.extract(SIGNED_ABOVE_PAGE_BUTTONS)
    assert ex.bulletin.meta.date == "2025-10-24"
    assert ex.bulletin.meta.publisher == "青川省统计局"
    assert _period(_by_value(ex, "98452.6亿元")) == ("2025-01-01", "2025-09-30")


# A provincial analysis that gives its cities' figures in brackets after the province's.
CITY_FIGURES_IN_BRACKETS = """江苏省统计局

前三季度全省经济运行情况

    前三季度，全省规模以上工业增加值同比增长7.2%（徐州增长7.9%，常州增长6.4%），增速比上半年加快0.3个百分点。分地区看，徐州（7872.6亿元，增长5.8%）、常州（7136.2亿元，增长5.3%）经济总量居前两位。

日期：2025-10-24
"""


def test_cities_in_brackets_after_a_provincial_figure_are_its_subjects():
    ex = tradeie.extract(CITY_FIGURES_IN_BRACKETS)
    rates = {m.change.percent: m for m in ex.metrics if m.value is None and m.change is not None and m.change.percent}
    assert rates[Decimal("7.2")].subject == "江苏省"
    assert rates[Decimal("7.9")].subject == "徐州" and rates[Decimal("6.4")].subject == "常州"
    assert rates[Decimal("7.9")].indicator == rates[Decimal("7.2")].indicator == rates[Decimal("6.4")].indicator
    assert _by_value(ex, "7872.6亿元").subject == "徐州"


# A communiqué's note that part of its data are preliminary: `公报中部分数据为初步统计数` names no
# body (`…中部` + `分数据`), and the figures stay the bureau's.
PRELIMINARY_NOTE = """青川省2024年国民经济和社会发展统计公报（节选）

                          青川省统计局
                       2025年2月28日

  说明：公报中部分数据为初步统计数，最终核实数将在统计年鉴中公布。

十、对外经济

  全年货物进出口总额43691亿元，比上年增长4.8%。其中，出口25380亿元，增长6.9%。
"""


def test_part_of_the_data_is_no_source_named_bu():
    ex = tradeie.extract(PRELIMINARY_NOTE)
    for quote in ("43691亿元", "25380亿元"):
        m = _by_value(ex, quote)
        assert m.source is not None and m.source.name == "青川省统计局", (quote, m.source)


# A statistics page whose publication time has no year; only its table's title writes one.
YEAR_IN_TABLE_TITLE = """青川市统计局

外贸进出口回稳向好
——8月份全市外经贸运行情况

发布时间：09-18 10:30　　来源：市统计局贸易外经处

    8月份，全市外贸进出口回稳向好。

表1  2025年1-8月青川市外经贸主要指标

| 指标                       | 单位   | 本月     | 1-8月     | 同比增长% |
|----------------------------|--------|----------|-----------|-----------|
| 进出口总额                 | 亿元   | 642.18   | 4935.62   | 3.6       |
| 实际使用外资               | 亿美元 | 1.62     | 13.85     | -8.4      |

一、消费市场持续恢复

    1-8月，全市社会消费品零售总额10306.95亿元，同比增长3.9%。

二、需要关注的问题

    外需仍然偏弱，部分企业订单不足。
"""


def test_a_table_title_dates_a_page_without_a_year():
    ex = tradeie.extract(YEAR_IN_TABLE_TITLE)
    assert _period(_by_value(ex, "4935.62")) == ("2025-01-01", "2025-08-31")
    assert _period(_by_value(ex, "642.18")) == ("2025-08-01", "2025-08-31")
    assert _period(_by_value(ex, "10306.95亿元")) == ("2025-01-01", "2025-08-31")


# A communiqué's product table whose title names the flow its 数量 and 金额 columns measure.
PRODUCT_TABLE_FLOW_IN_TITLE = """青川省2024年国民经济和社会发展统计公报

                          青川省统计局
                       2025年2月28日

十、对外经济

  全年货物进出口总额4369亿元，比上年增长4.8%。

                 表12  2024年主要商品出口数量、金额及其增长速度

  商品名称                  单位      数量     比上年      金额      比上年
                                               增长%     (亿元)     增长%
  钢材                      万吨       1107      22.7        653      -3.2
  家用电器                  万台      43268       8.9        771      14.5
"""


def test_quantity_and_amount_columns_measure_the_flow_the_title_names():
    ex = tradeie.extract(PRODUCT_TABLE_FLOW_IN_TITLE)
    qty, amount = _by_value(ex, "43268"), _by_value(ex, "771")
    assert "出口" in qty.indicator and "出口" in amount.indicator
    assert qty.indicator != amount.indicator


def test_a_bare_zhe_states_the_same_amount_in_another_currency():
    ex = tradeie.extract("2024年，全省实际使用外商直接投资金额274亿元，下降26.9%，折38.5亿美元，下降28.6%。")
    cny, usd = _by_value(ex, "274亿元"), _by_value(ex, "38.5亿美元")
    assert usd.indicator == cny.indicator
    assert usd.change.percent == Decimal("-28.6") and usd.dimensions.get("conversion")


# A provincial release where an outsourcing paragraph's 其中 qualifier is followed by a sentence
# about the province's trade as a whole.
QUALIFIER_THEN_NEW_SUBJECT = """江川省商务厅
2025年8月5日

上半年全省商务运行情况

上半年，全省服务外包合同额1234.5亿元，同比增长8.1%。其中，承接离岸服务外包执行额456.7亿美元，增长6.2%。全省进出口总额2.8万亿元，同比增长3.1%。
"""


def test_a_qualifier_does_not_reach_a_sentence_naming_its_own_subject():
    ex = tradeie.extract(QUALIFIER_THEN_NEW_SUBJECT)
    assert _by_value(ex, "456.7亿美元").indicator == "承接离岸服务外包执行额"
    trade = _by_value(ex, "2.8万亿元")
    assert trade.indicator == "进出口总额" and trade.subject == "江川省"


# A customs release with two 分别 lists in one sentence: tonnages, then values of the same goods.
TWO_LISTS_SAME_MEMBERS = """青川市商务局
2025年4月20日

一季度外贸运行情况

一季度，全市原油、铁矿砂、大豆进口量分别为520.3万吨、853.2万吨、268.4万吨，进口值分别为193.5亿元、63.4亿元和81.7亿元。
"""


def test_a_second_list_pairs_with_the_goods_not_with_the_first_lists_figures():
    ex = tradeie.extract(TWO_LISTS_SAME_MEMBERS)
    for quote, good in (("193.5亿元", "原油"), ("63.4亿元", "铁矿砂"), ("81.7亿元", "大豆")):
        m = _by_value(ex, quote)
        assert m.indicator == "进口值", m.indicator
        assert good in m.dimensions.values(), m.dimensions
    assert _by_value(ex, "853.2万吨").indicator == "进口量"


# The parts of a cross-border e-commerce total, the first restating the mode, the second not;
# then a firm's branch cited for figures of the city.
PARTS_AND_CITED_BRANCH = """青川市商务局
2025年4月20日

一季度外贸运行情况

一季度，全市跨境电商进出口112.5亿元，同比增长18.4%。其中，跨境电商出口86.9亿元，增长23.1%；进口25.6亿元，增长4.9%。

中国信保青川分公司数据显示，一季度全市短期出口信用保险承保金额39.7亿美元，增长12.1%，支持企业5,216家。
"""


def test_a_part_restating_the_mode_leaves_it_for_its_sibling():
    ex = tradeie.extract(PARTS_AND_CITED_BRANCH)
    imports = _by_value(ex, "25.6亿元")
    assert imports.indicator == "进口" and imports.dimensions.get("trade_mode") == "跨境电商"


def test_a_place_naming_a_cited_firm_is_not_whose_figures_follow():
    ex = tradeie.extract(PARTS_AND_CITED_BRANCH)
    assert _by_value(ex, "5,216家").subject == "青川市"


# A customs page dated only at its foot, above the page's buttons and the site's footer.
DATE_ABOVE_SITE_FOOTER = """首页 > 信息公开 > 统计数据

前5个月青川省外贸进出口增长6.8%

　　据青川海关统计，今年前5个月，青川省外贸进出口2193.6亿元，同比增长6.8%。

（来源：青川海关综合统计处）

发布日期：2025-06-20　　　　浏览次数：
【打印本页】　【关闭窗口】

版权所有：青川海关　　地址：青川市新业路1号　　邮编：310020
网站标识码：bm28030099　　青ICP备10200000号
"""

# A statistics page whose foot line carries the date, the source and the page's buttons.
DATE_SOURCE_AND_BUTTONS = """青川省1—5月主要统计数据

　　1—5月，全省规模以上工业增加值同比增长6.2%。分门类看，采矿业增加值增长3.1%，制造业增长6.9%，电力、热力、燃气及水生产和供应业增长4.4%。

　　1—5月，全省社会消费品零售总额9876.5亿元，同比增长4.8%。按经营地分，城镇消费品零售额增长4.6%，乡村消费品零售额增长5.5%。

　　注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。

发布时间：2025-06-17 10:00　　　　来源：青川省统计局　　　　【打印】【关闭】
"""


def test_a_foot_date_above_the_site_footer_dates_the_page():
    ex = tradeie.extract(DATE_ABOVE_SITE_FOOTER)
    assert ex.bulletin.meta.date == "2025-06-20"
    assert _period(_by_value(ex, "2193.6亿元")) == ("2025-01-01", "2025-05-31")


def test_a_foot_line_with_the_pages_buttons_dates_the_page():
    ex = tradeie.extract(DATE_SOURCE_AND_BUTTONS)
    assert ex.bulletin.meta.date == "2025-06-17"
    rate = next(m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("6.2"))
    assert _period(rate) == ("2025-01-01", "2025-05-31")


# A customs release naming its markets before the verb and pointing back at them, then a
# combined share of the listed markets and of the listed districts; a share of 全市 under a
# count of firms.
LISTED_THEN_POINTED_AT = """青川海关
2025年10月21日

前三季度青川外贸

前三季度，全市有进出口实绩的外贸企业5236家，同比增加312家。其中，民营企业进出口2713.5亿元，增长8.9%，占全市外贸总值的49.2%。

前三季度，东盟、欧盟、美国为青川前三大贸易伙伴，全市对上述地区分别进出口1083.4亿元、897.6亿元和803.2亿元，分别增长12.6%、5.9%和下降3.7%，三者合计占全市外贸总值的50.5%。

分区县看，两江新区、渝北区进出口分别为1863.7亿元和356.9亿元，两个区合计占全市外贸总值的40.2%。
"""


def test_markets_listed_before_the_verb_pair_with_the_figures_pointing_back_at_them():
    ex = tradeie.extract(LISTED_THEN_POINTED_AT)
    for quote, market in (("1083.4亿元", "东盟"), ("897.6亿元", "欧盟"), ("803.2亿元", "美国")):
        m = _by_value(ex, quote)
        assert m.indicator == "进出口" and m.dimensions.get("market") == market, (m.indicator, m.dimensions)


def test_a_combined_share_of_listed_members_keeps_their_measure():
    ex = tradeie.extract(LISTED_THEN_POINTED_AT)
    shares = {m.share.percent: m for m in ex.metrics if m.share is not None and m.value is None}
    markets, districts = shares[Decimal("50.5")], shares[Decimal("40.2")]
    # `三者合计占…`: their measure, said to be their total (the top three's: `前三大贸易伙伴`)
    assert markets.indicator == "前三进出口合计" and markets.dimensions.get("market") == "东盟、欧盟、美国"
    assert districts.indicator == "进出口" and districts.subject == "两江新区、渝北区"


def test_a_share_of_the_whole_city_under_a_count_of_firms_is_the_citys():
    ex = tradeie.extract(LISTED_THEN_POINTED_AT)
    private = _by_value(ex, "2713.5亿元")
    assert private.subject is not None and private.dimensions.get("enterprise_type") == "民营企业"


# A national monthly release: real growth, then industries' rates in a paragraph of their own.
INDUSTRY_RATES_LATER = """国家统计局
2025年11月15日

2025年10月份规模以上工业增加值增长4.9%

　　10月份，规模以上工业增加值同比实际增长4.9%。分三大门类看，采矿业增加值同比增长4.6%，制造业增长4.9%。

　　分行业看，10月份，41个大类行业中有27个行业增加值保持同比增长。其中，汽车制造业增长11.3%，铁路、船舶、航空航天和其他运输设备制造业增长12.9%，非金属矿物制品业下降4.2%。
"""


def test_real_growth_is_the_measures_change():
    ex = tradeie.extract(INDUSTRY_RATES_LATER)
    total = next(m for m in ex.metrics if m.change is not None and m.change.text == "同比实际增长4.9%")
    assert total.indicator == "规模以上工业增加值"


def test_an_industrys_rate_in_a_later_paragraph_measures_the_same_thing():
    ex = tradeie.extract(INDUSTRY_RATES_LATER)
    rates = {m.change.percent: m for m in ex.metrics if m.change is not None and m.value is None}
    for pct, industry in ((Decimal("11.3"), "汽车制造业"), (Decimal("12.9"), "运输设备制造业"), (Decimal("-4.2"), "非金属矿物制品业")):
        assert industry in rates[pct].indicator and rates[pct].indicator.endswith("增加值"), rates[pct].indicator


# Goods counted, then their worth: `价值` is the value of the goods, not a product.
GOODS_THEN_WORTH = """青川海关
2025年10月20日

前三季度青川市外贸进出口情况

　　前三季度，青川市出口机电产品2000亿元。其中，出口汽车（含底盘）18.6万辆，增长41.2%，价值246.3亿元，增长35.7%；出口船舶47艘，比去年同期增加9艘，价值118.9亿元，增长63.5%。
"""


def test_the_worth_of_goods_counted_just_before_is_their_export_value():
    ex = tradeie.extract(GOODS_THEN_WORTH)
    cars, ships = _by_value(ex, "246.3亿元"), _by_value(ex, "118.9亿元")
    assert cars.indicator == "出口" and "汽车" in cars.dimensions.get("product", "")
    assert ships.indicator == "出口" and ships.dimensions.get("product") == "船舶"


# A statistics page's foot: date, source and font buttons on one long line, the site's owner below.
FOOT_WITH_FONT_BUTTONS = """青川省6月份主要经济指标

　　上半年，全省规模以上工业增加值同比增长7.1%。其中，高技术制造业增加值增长11.2%。

　　上半年，全省社会消费品零售总额7345.6亿元，同比增长5.2%。

　　注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
发布时间：2025-07-17 16:00　　　　来源：青川省统计局综合处　　　　【字体：大 中 小】
主办：青川省统计局　　技术支持：青川省统计局数据管理中心
"""


def test_a_long_foot_line_with_font_buttons_dates_the_page():
    ex = tradeie.extract(FOOT_WITH_FONT_BUTTONS)
    assert ex.bulletin.meta.date == "2025-07-17"
    assert _period(_by_value(ex, "7345.6亿元")) == ("2025-01-01", "2025-06-30")


def test_a_breadcrumb_ending_at_the_article_names_its_outlet():
    text = "第一财经 > 宏观 > 正文\n\n东盟稳居第一大贸易伙伴\n\n第一财经  杜川  2025-09-09 20:41:35\n\n　　今年前8个月，我国与东盟贸易总值4.93万亿元，增长9.7%。\n"
    ex = tradeie.extract(text)
    assert _by_value(ex, "4.93万亿元").source.name == "第一财经"


# A national paper's feature visiting the 中欧班列 hubs, one of them a municipality.
HUB_TOUR_WITH_MUNICIPALITY = """经济日报                                          2025年9月12日  星期五

          钢铁驼队跑出开放“加速度”

    9月11日清晨，一列中欧班列从西安国际港站驶出，开往德国杜伊斯堡。西安国际港务区的工作人员告诉记者，眼下正是外贸旺季。

    据国铁集团统计，今年1至8月，中欧班列累计开行12638列、发送货物131.6万标准箱，同比分别增长4.2%、5.1%。

    在西安，“长安号”1至8月开行3618列，同比增长7.3%。西安国际港务区的班列运行平稳。

    在成渝地区，成都、重庆两地协同打造的中欧班列（成渝）今年前8个月开行3356列，其中成都国际铁路港开行1642列，重庆开行1714列。据重庆海关统计，经中欧班列（成渝）进出口货值达612.4亿元，重庆两江新区、成都青白江区的企业受益明显。

    在河南郑州，中欧班列（中豫号）1至8月开行1126列，同比增长5.9%。在浙江义乌，“义新欧”中欧班列前8个月开行1387列。
"""


def test_a_national_features_totals_are_not_the_first_hubs():
    ex = tradeie.extract(HUB_TOUR_WITH_MUNICIPALITY)
    assert _by_value(ex, "12638列").subject == "中欧班列"
    assert _by_value(ex, "3618列").subject == "长安号"


# An association's brief: a ◎ heading naming its topic before a colon, a measure given a short
# name in brackets and a footnote mark.
TOPIC_HEADING_AND_ALIAS = """珠海服务贸易简报

2025年第2期

珠海市服务贸易协会秘书处                    2025年4月20日

◎ 服务贸易总体情况

    一季度，全市服务进出口318.6亿美元，同比增长11.4%。

◎ 数字服务贸易：规模占比过半

    一季度，全市可数字化交付的服务贸易②（以下简称“数字服务贸易”）进出口167.3亿美元，同比增长15.2%。其中，出口103.6亿美元，同比增长18.9%；数字服务贸易顺差39.9亿美元。
"""


def test_a_headings_topic_is_not_an_organisation_and_a_short_name_names_the_measure():
    ex = tradeie.extract(TOPIC_HEADING_AND_ALIAS)
    total = _by_value(ex, "167.3亿美元")
    assert total.subject == "珠海市"
    assert total.indicator == "数字服务贸易进出口"
    assert _by_value(ex, "103.6亿美元").indicator == "数字服务贸易出口"


def test_worth_and_unit_price_after_a_semicolon_are_the_goods():
    ex = tradeie.extract(_release(
        "河北省商务厅\n2025年6月20日", "前5个月全省外贸",
        "　　前5个月，全省出口钢材1021.6万吨，增加13.5%；价值358.2亿元，下降6.8%；出口均价每吨3506.2元，下跌17.9%。",
    ))
    worth, price = _by_value(ex, "358.2亿元"), _by_value(ex, "3506.2元")
    assert worth.indicator == "出口" and worth.dimensions.get("product") == "钢材"
    assert price.indicator == "出口均价" and price.dimensions.get("product") == "钢材"


# A newspaper web page whose section line names the paper (`21世纪经济报道 | 区域`), read as the
# article's title: its century is no year.
PAPER_NAME_AS_TITLE = """21世纪经济报道 | 区域 · 大湾区

深圳跨境电商上半年进出口增近两成

2025-07-24 19:41 ｜ 来源：21世纪经济报道 ｜ 作者：林晓舟 ｜ 深圳报道

导读：B2B出口占比超七成，前海、南山双核集聚。外需波动之下，深圳跨境电商正在从“铺货”走向“品牌+服务”。

在外需波动、贸易摩擦加剧的背景下，深圳跨境电商仍然交出了一份亮眼的“期中答卷”。

据深圳海关统计，今年上半年，深圳跨境电商进出口1286.4亿元，同比增长18.7%。其中，出口1102.3亿元，增长21.4%。

■ B2B成为绝对主力

从贸易模式看，上半年跨境电商一般出口达到812.5亿元，增长26.3%，占跨境电商出口的73.7%。
"""


def test_a_papers_century_in_its_section_line_is_not_the_year():
    ex = tradeie.extract(PAPER_NAME_AS_TITLE)
    assert _period(_by_value(ex, "1286.4亿元")) == ("2025-01-01", "2025-06-30")
    assert _period(_by_value(ex, "812.5亿元")) == ("2025-01-01", "2025-06-30")


# A customs release: a trade mode given a short name, its figure's month-on-month rate; goods
# named before the verb and then their worth.
SECOND_RATE_AND_WORTH = """青川海关
2025年7月20日

上半年青川市外贸进出口情况

　　据青川海关统计，6月份，青川市以市场采购贸易方式出口（以下简称“市场采购出口”）413.6亿元，同比增长9.7%，环比增长4.2%。

　　上半年，全市出口机电产品3560亿元，增长9.6%。其中，集成电路出口304.7亿元，增长24.3%；汽车（含底盘）出口4.13万辆，增长32.5%，价值58.9亿元，增长27.1%。
"""


def test_a_second_rate_of_the_same_figure_keeps_its_breakdown():
    ex = tradeie.extract(SECOND_RATE_AND_WORTH)
    level = _by_value(ex, "413.6亿元")
    mom = next(m for m in ex.metrics if m.change is not None and m.change.basis == "mom")
    assert "市场采购" in level.indicator + "".join(level.dimensions.values())
    assert mom.indicator == level.indicator and mom.dimensions == level.dimensions


def test_the_worth_of_goods_named_before_the_verb_is_theirs():
    ex = tradeie.extract(SECOND_RATE_AND_WORTH)
    worth = _by_value(ex, "58.9亿元")
    assert "汽车" in worth.indicator + worth.dimensions.get("product", "")


# A year's communiqué whose product table names no period: its figures are the year's.
COMMUNIQUE_TABLE_WITHOUT_PERIOD = """青川省2024年国民经济和社会发展统计公报

青川省统计局
2025年3月18日

七、对外经济

　　全年全省货物进出口总额1585.3亿元，比上年下降4.7%。主要商品出口情况见表7。

表7　主要商品出口数量、金额及其增长速度

商品名称              单位      数量      比上年增长    金额      比上年增长
                                          （%）      （亿元）      （%）
焦炭                  万吨      248.6      -12.3        44.7        -27.5
钢材                  万吨      397.2       18.7       163.8          3.6
手机                  万台     1846.0      -15.2       289.4        -12.8
"""


def test_a_communique_table_without_a_period_holds_the_years_figures():
    ex = tradeie.extract(COMMUNIQUE_TABLE_WITHOUT_PERIOD)
    assert _period(_by_value(ex, "1846.0")) == ("2024-01-01", "2024-12-31")
    assert _period(_by_value(ex, "163.8")) == ("2024-01-01", "2024-12-31")


# A balance-of-payments table with a row-number column between the labels and the figures.
ROW_NUMBER_COLUMN = """国家外汇管理局
2025年8月8日

2025年二季度我国国际收支平衡表（初步数）

项　　目                              行次        亿元        亿美元
1. 经常账户                             1        9,882        1,375
  1.A 货物和服务                        2       12,167        1,693
  1.B 初次收入                          3       -2,465         -343
2. 资本和金融账户                       4       -6,729         -936
"""


def test_a_row_number_column_holds_no_figures():
    ex = tradeie.extract(ROW_NUMBER_COLUMN)
    values = [m.value.text for m in ex.metrics if m.value is not None]
    assert "9,882" in values and "1,375" in values
    assert not any(v in ("1", "2", "3", "4") for v in values), values


def test_the_worth_of_a_flow_just_measured_is_that_flows_value():
    ex = tradeie.extract(_release(
        "青川海关\n2025年5月20日", "前4个月青川口岸进出口情况",
        "    据青川海关统计,前4个月,青川口岸进出口货运量1058.6万吨,同比增长3.2%;进出口货值318.7亿元,同比下降4.6%。"
        "其中,进口货运量986.5万吨,增长2.7%,货值241.2亿元,下降7.3%。",
    ))
    assert _by_value(ex, "318.7亿元").indicator == "进出口货值"
    assert _by_value(ex, "241.2亿元").indicator == "进口货值"


# A portal's reprint of a newspaper page: the crumbs name the paper and the issue's date.
PORTAL_REPRINT = """人民网 >> 人民日报 >> 2025年04月14日 >> 第10版：经济

义新欧班列跑出开放“加速度”

本报记者  林晓洁

    “今年一季度，义新欧班列开行768列，同比增长9.4%；发运货值112.3亿元，增长21.6%。”在货场调度室里，运营企业负责人向记者介绍。

    今年一季度，义乌市跨境电商进出口312.5亿元，增长15.1%，占全市进出口的18.2%。
"""


def test_a_portals_crumbs_name_the_paper_and_date_it_reprints():
    ex = tradeie.extract(PORTAL_REPRINT)
    assert ex.bulletin.meta.source == "人民日报" and ex.bulletin.meta.date == "2025-04-14"
    m = _by_value(ex, "312.5亿元")
    assert m.source.name == "人民日报" and _period(m) == ("2025-01-01", "2025-03-31")


def test_the_month_before_a_share_of_the_whole_region_is_no_place():
    ex = tradeie.extract(_release(
        "乌鲁木齐海关\n2025年6月19日", "前5个月新疆外贸",
        "　　据乌鲁木齐海关统计，前5个月，新疆维吾尔自治区进出口1812.6亿元。"
        "其中，5月当月边境小额贸易进出口258.1亿元，增长20.5%，占当月全区进出口的64.1%。",
    ))
    assert _by_value(ex, "258.1亿元").subject == "新疆维吾尔自治区"


# A customs release on border ports and a list of bonded zones.
PORTS_AND_ZONES = """乌鲁木齐海关
2025年6月19日

前5个月新疆外贸进出口情况

　　前5个月，经霍尔果斯口岸进出口货物523.7亿元，增长17.9％；经阿拉山口口岸进出口货物398.2亿元，增长12.4％。喀什综合保税区、阿拉山口综合保税区进出口分别为36.8亿元、52.4亿元。
"""


def test_listed_bonded_zones_are_each_their_own_subject():
    ex = tradeie.extract(PORTS_AND_ZONES)
    assert _by_value(ex, "36.8亿元").subject == "喀什综合保税区"
    assert _by_value(ex, "52.4亿元").subject == "阿拉山口综合保税区"


def _by_rate(ex, quote):
    got = [m for m in ex.metrics if m.change is not None and m.change.text.endswith(quote)]
    assert got, f"no metric for {quote}: {[m.change.text for m in ex.metrics if m.change]}"
    return got[0]


def test_an_industry_whose_name_holds_commas_is_one_member_of_a_list():
    ex = tradeie.extract(_release(
        "燕山省统计局\n2025年7月18日", "上半年全省工业生产平稳",
        "　　上半年，全省规模以上工业增加值同比增长6.3%。分三大门类看，采矿业，制造业，"
        "电力、热力、燃气及水生产和供应业增加值分别增长2.4%、7.1%和4.6%。",
        "　　分行业看，汽车制造业、计算机、通信和其他电子设备制造业、纺织业增加值分别增长12.5%、9.8%和-1.6%。",
    ))
    assert dict(_by_rate(ex, "2.4%").dimensions).get("breakdown") == "采矿业"
    assert dict(_by_rate(ex, "7.1%").dimensions).get("breakdown") == "制造业"
    assert dict(_by_rate(ex, "4.6%").dimensions).get("breakdown") == "电力、热力、燃气及水生产和供应业"
    assert dict(_by_rate(ex, "9.8%").dimensions).get("breakdown") == "计算机、通信和其他电子设备制造业"
    assert dict(_by_rate(ex, "-1.6%").dimensions).get("breakdown") == "纺织业"


# A wire story on freight trains: the services lead their own figures.
FREIGHT_TRAINS = """新华社西安8月6日电

中欧班列跑出加速度

　　据中国国家铁路集团有限公司统计，今年1—7月，中欧班列累计开行10236列、发送货物108.4万标箱，同比分别增长4.1%和5.3%。

　　作为主要集结中心之一，1—7月，中欧班列（西安）开行2984列，同比增长6.2%。“长安号”已开通18条干线通道。

　　今年前7个月，西部陆海新通道铁海联运班列发送货物62.7万标箱，同比增长8.8%。中越跨境班列开行1054列，运输货物5.6万标箱。
"""


def test_freight_train_services_are_the_subjects_of_their_figures():
    ex = tradeie.extract(FREIGHT_TRAINS)
    services = {"10236列": "中欧班列", "2984列": "中欧班列（西安）", "18条": "长安号", "62.7万标箱": "西部陆海新通道"}
    assert {q: _by_value(ex, q).subject for q in services} == services
    # another service's figures are not the corridor's
    assert _by_value(ex, "1054列").subject != "西部陆海新通道"
    assert _by_value(ex, "5.6万标箱").subject != "西部陆海新通道"


def test_companies_named_by_brand_are_the_subjects_of_their_figures():
    ex = tradeie.extract(_release(
        "经济观察网\n2025年8月20日", "车企出海：头部格局生变",
        "　　据中国汽车工业协会统计，1—7月我国汽车出口368.4万辆，同比增长12.8%。",
        "　　分企业看，奇瑞、比亚迪、上汽1—7月出口量分别为69.6万辆、55.7万辆和52.4万辆。"
        "长城汽车、吉利汽车同期出口分别为26.3万辆和21.8万辆。",
        "　　宁德时代上半年实现营业收入1788.9亿元，同比增长7.3%。",
        "　　星河跨境上半年在亚马逊平台营业收入10.05亿元。",
    ))
    assert _by_value(ex, "10.05亿元").subject != "亚马逊"  # the platform sold on, not the seller
    assert _by_value(ex, "368.4万辆").subject == "中国"
    assert _by_value(ex, "55.7万辆").subject == "比亚迪"
    assert _by_value(ex, "21.8万辆").subject == "吉利汽车"
    assert _by_value(ex, "1788.9亿元").subject == "宁德时代"


def test_an_editor_in_brackets_closing_a_news_page_is_no_section():
    doc = _release(
        "中国新闻网 > 经济", "第八届进博会意向成交创新高", "2025年11月10日 17:26　来源：中国新闻网",
        "　　中新网上海11月10日电 本届进博会按一年计意向成交834.9亿美元，比上届增长4.4%。去年11月举办的第七届进博会，按一年计意向成交800.1亿美元。",
        "　　本届进博会共展示新产品、新技术、新服务超过460项。",
        "【编辑:李明】",
    )
    ex = tradeie.extract(doc)
    assert not ex.bulletin.sections
    assert _period(_by_value(ex, "超过460项")) == ("2025-11-01", "2025-11-30")


def test_this_month_of_a_weekly_report_whose_data_run_into_the_month():
    ex = tradeie.extract(_release(
        "厦门市跨境电子商务工作周报\n\n厦门市商务局 编　　2025年9月15日",
        "本周数据：统计周期为9月8日至9月14日；8月全月数据另报。",
        "• 海外仓：本月新增2个，全市企业在境外运营的海外仓累计达128个。",
    ))
    assert _period(_by_value(ex, "2个")) == ("2025-09-01", "2025-09-30")
    level = _by_value(ex, "128个")
    assert _period(level) == (None, "2025-09-30") and level.period.start_month is None


def test_a_dateline_outlet_takes_the_pages_full_name():
    ex = tradeie.extract(_release(
        "中国新闻网 | 财经频道", "海南离岛免税销售回暖", "2025年07月15日 15:42　来源：中国新闻网",
        "　　中新网海口7月15日电 (记者 王晓斌)记者15日获悉，上半年海南离岛免税销售额167.2亿元。",
    ))
    assert _by_value(ex, "167.2亿元").source.name == "中国新闻网"


def test_a_lead_naming_several_bodies_does_not_source_the_whole_story():
    ex = tradeie.extract(_release(
        "新华网", "海南自贸港开放红利释放", "2025-07-03 10:12:08　来源：新华网",
        "　　新华社海口7月3日电 记者3日从海南省商务厅、海口海关等部门获悉，上半年海南实际使用外资84.7亿元，同比增长17.3%。",
        "　　海口海关数据显示，上半年海南离岛免税购物金额约168亿元，同比下降9.6%。",
        "　　从商品结构看，化妆品仍是最受欢迎的品类，上半年销售额约占离岛免税销售总额的五成。",
    ))
    assert _by_value(ex, "84.7亿元").source.name == "海南省商务厅"
    share = [m for m in ex.metrics if m.share is not None and "五成" in m.share.text][0]
    assert share.source.name != "海南省商务厅"


def test_a_ministrys_press_office_speaks_for_the_ministry():
    ex = tradeie.extract(_release(
        "国家发展改革委7月份新闻发布会实录", "发布时间：2025/07/24　　　来源：新闻发布中心",
        "主持人：下面请固定资产投资司负责同志介绍情况。",
        "固定资产投资司负责同志：上半年，制造业投资同比增长7.5%，基础设施投资同比增长4.6%。",
    ))
    assert _by_rate(ex, "7.5%").source.name == "国家发展改革委"


def test_a_paragraph_citing_a_source_before_its_list_sources_the_items():
    ex = tradeie.extract(_release(
        "商务部电子商务司负责人介绍2025年前三季度网络零售市场发展情况", "2025-10-23 16:05　　文章来源：电子商务和信息化司",
        "　　据国家统计局数据，前三季度，全国网上零售额112765亿元，同比增长9.1%。",
        "　　商务大数据监测显示，前三季度网络零售市场主要呈现以下特点：",
        "　　■ 一是数码产品销售较快增长。通讯器材、智能穿戴网络零售额分别增长21.4%和18.6%。",
    ))
    assert _by_value(ex, "112765亿元").source.name == "国家统计局"
    assert _by_rate(ex, "21.4%").source.name in ("商务大数据", "商务部")  # not the first paragraph's


# A city association's brief: long numbered section names, a table of contents, a closing
# 数据来源 line under untitled paragraphs, and a table sourced below its closing rule.
LONG_SECTIONS_BRIEF = """                         秦川软件行业运行简报
                      （2025年第6期　总第138期）

秦川市软件行业协会秘书处编　　　　　　　　　　　　2025年6月30日

本期要目
　　一、1-5月全市软件和信息技术服务业运行情况
　　二、重点区县运行情况

一、1-5月全市软件和信息技术服务业运行情况

　　（一）软件业务收入保持增长。1-5月，全市软件业务收入1726.45亿元，同比增长12.3%。

　　（二）利润平稳增长。1-5月，全市软件业实现利润总额183.60亿元，同比增长7.9%。

（数据来源：秦川市工业和信息化局）

二、重点区县运行情况

　　（一）雁鸣区软件业务收入82.60亿元，同比增长7.5%。

表1　2025年1-5月全市软件企业按业务收入规模分组情况

  规模分组            企业数(家)   软件业务收入(亿元)   同比增长(%)
  ------------------------------------------------------------------
  10亿元以上                21            986.37            14.6
  1亿元-10亿元             168            452.90            10.8
  合  计                   189           1439.27            13.2
  ------------------------------------------------------------------
  来源：秦川市工业和信息化局软件业统计快报
"""


def test_long_numbered_sections_and_their_closing_source_lines():
    ex = tradeie.extract(LONG_SECTIONS_BRIEF)
    names = [s.name for s in ex.bulletin.sections]
    assert names == ["1-5月全市软件和信息技术服务业运行情况", "重点区县运行情况"]
    assert _by_value(ex, "183.60亿元").source.name == "秦川市工业和信息化局"
    assert _by_value(ex, "986.37").source.name == "秦川市工业和信息化局软件业统计快报"


# A brief whose ◆ section names are not common ones, listed in its own contents.
LISTED_SECTIONS_BRIEF = """香洲服务贸易简报

2025年第8期（总第53期）

香洲市服务贸易协会秘书处编　　　　　　　　2025年8月28日

本期要目
◆ 数据速递：1-7月我市服务贸易运行情况 …………………… 1
◆ 湾区动态：合作区服务贸易保持快速增长 …………………… 2

◆ 数据速递

1-7月我市服务贸易运行情况

　　今年1-7月，我市服务进出口总额386452.6万美元，同比增长12.4%。

（来源：香洲市商务局）

◆ 湾区动态

合作区服务贸易保持快速增长

　　1-7月，合作区服务进出口125318.4万美元，同比增长21.7%。

（来源：合作区经济发展局）
"""


def test_a_briefs_contents_name_its_sections():
    ex = tradeie.extract(LISTED_SECTIONS_BRIEF)
    assert [s.name for s in ex.bulletin.sections] == ["数据速递", "湾区动态"]
    assert _by_value(ex, "386452.6万美元").source.name == "香洲市商务局"
    assert _by_value(ex, "125318.4万美元").source.name == "合作区经济发展局"


def test_a_foot_date_above_a_rule_and_the_sites_hotline():
    ex = tradeie.extract(_release(
        "首页 > 信息公开 > 海关统计 > 统计分析", "今年前5个月北疆省外贸进出口1269.4亿元",
        "　　据北疆海关统计，今年前5个月，北疆省货物贸易进出口总值1269.4亿元，增长4.6%。",
        "                                                  发布时间：2025-06-20 10:30\n"
        "                                                  信息来源：北疆海关统计分析处",
        "────────────────────────────────────────\n"
        "主办：北疆海关　　地址：北疆省冰城市中山路178号　　邮编：150001\n"
        "网站标识码：bm28000015　　北ICP备05005763号-1　　咨询电话：0451-12360",
    ))
    assert ex.bulletin.meta.date == "2025-06-20"
    assert _period(_by_value(ex, "1269.4亿元")) == ("2025-01-01", "2025-05-31")


def test_members_sharing_a_facility_word_and_ports_leading_their_imports():
    ex = tradeie.extract(_release(
        "呼和浩特海关\n2025年6月20日", "前5个月内蒙古外贸",
        "　　前5个月，甘其毛都口岸进口煤炭1178.5万吨，增长13.4%。5月份，经二连浩特、满洲里口岸进出境的中欧班列分别为248列和431列。",
        "　　满洲里、二连浩特综合保税区分别进出口24.3亿元和9.8亿元。",
    ))
    assert _by_value(ex, "1178.5万吨").subject == "甘其毛都口岸"
    assert _by_value(ex, "248列").subject != "甘其毛都口岸"
    assert _by_value(ex, "24.3亿元").subject == "满洲里综合保税区"
    assert _by_value(ex, "9.8亿元").subject == "二连浩特综合保税区"


def test_parts_of_a_measure_named_before_and_regions_abroad_in_a_list():
    ex = tradeie.extract(_release(
        "商务部对外投资和经济合作司\n2025年6月18日", "2025年1-5月我国对外承包工程业务简明统计",
        "　　1-5月，我国企业在“一带一路”共建国家新签合同额783.6亿美元；完成营业额501.7亿美元，同比增长7.3%。",
        "　　从行业分布看，新签合同额中，交通运输建设类项目265.8亿美元，占比28.1%；一般建筑类项目186.2亿美元，占19.7%。",
        "　　分区域看，在亚洲、非洲地区完成营业额分别为278.3亿美元和159.6亿美元。",
    ))
    assert "完成营业额" in _by_value(ex, "501.7亿美元").indicator
    part = _by_value(ex, "186.2亿美元")
    assert part.indicator == "新签合同额" and dict(part.dimensions).get("breakdown") == "一般建筑类项目"
    africa = _by_value(ex, "159.6亿美元")
    assert africa.subject == "中国" and dict(africa.dimensions).get("market") == "非洲地区"


def test_macro_regions_and_provinces_listed_after_one_another():
    ex = tradeie.extract(_release(
        "工业和信息化部运行监测协调局\n2025年6月26日", "2025年1—5月软件业经济运行情况",
        "　　1—5月，东部地区完成软件业务收入46203亿元，同比增长10.5%；中部地区完成软件业务收入3412亿元，同比增长9.1%。"
        "西部地区中，四川、陕西软件业务收入分别增长13.5%和12.8%；东北地区中，辽宁软件业务收入增长5.9%，黑龙江下降1.4%。",
        "　　其中，北京软件业务收入11237亿元，同比增长11.2%；广东8906亿元，同比增长9.6%；江苏6541亿元，同比增长8.3%。",
    ))
    east = _by_value(ex, "46203亿元")
    assert east.subject == "东部地区" and dict(east.dimensions).get("region") == "东部地区"
    assert _by_rate(ex, "12.8%").subject == "陕西省"
    assert _by_rate(ex, "下降1.4%").subject == "黑龙江省"
    guangdong = _by_value(ex, "8906亿元")
    assert guangdong.subject == "广东省" and "软件业务收入" in guangdong.indicator
    assert _by_value(ex, "6541亿元").indicator == guangdong.indicator


def test_a_labelled_foot_date_among_unknown_site_lines():
    ex = tradeie.extract(_release(
        "首页 > 海关统计 > 统计分析", "前8个月江东省外贸进出口3.79万亿元",
        "    据江东海关统计,今年前8个月,江东省货物贸易进出口3.79万亿元,同比增长5.6%。",
        "发布时间:2025-09-19 16:30    来源:江东海关综合统计处",
        "【打印本页】 【关闭窗口】 【返回顶部】",
        "本站由江东数字科技公司维护   访问量：12345\n建议使用1280*768分辨率 IE9.0以上版本浏览器",
    ))
    assert ex.bulletin.meta.date == "2025-09-19"
    assert _period(_by_value(ex, "3.79万亿元")) == ("2025-01-01", "2025-08-31")


def test_a_fair_whose_close_the_lead_reports_is_this_editions_subject():
    ex = tradeie.extract(_release(
        "澎湃新闻 > 财经 > 能见度", "两大展会“成绩单”出炉：进博会意向成交再创新高", "2025-11-11 08:15  来源：澎湃新闻",
        "　　11月10日，为期6天的第八届中国国际进口博览会（下称“进博会”）在国家会展中心（上海）落下帷幕。"
        "据进博会组委会发布的数据，本届进博会按一年计意向成交826.7亿美元，比上届增长3.3%。",
    ))
    deals = _by_value(ex, "826.7亿美元")
    assert deals.subject == "第八届中国国际进口博览会"
    assert _period(deals) == ("2025-11-01", "2025-11-30")
    assert deals.source.name == "进博会组委会"


def test_industrys_export_delivery_value_is_its_own_measure():
    ex = tradeie.extract(_release(
        "国家统计局\n2025年8月15日", "7月份国民经济运行情况",
        "　　7月份，规模以上工业企业实现出口交货值13906亿元，同比名义增长0.5%。",
        "　　注：进出口数据来源于海关总署。",
    ))
    m = _by_value(ex, "13906亿元")
    assert m.indicator.endswith("出口交货值") and m.source.name == "国家统计局"


# A brief with a contents page naming a long first section, a half-year lead cited to the
# ministry's system, then a quarter's paragraph and a breakdown paragraph.
HALF_YEAR_BRIEF = """锡湖服务外包产业简报

2025 年第 2 期（总第 38 期）

锡湖市服务外包协会 编                    2025 年 7 月 15 日

目  录

◆ 上半年全市服务外包运行情况……………………………… 1
◆ 协会动态………………………………………………………… 4

◆ 上半年全市服务外包运行情况

　　据商务部服务外包业务管理和统计系统数据，今年上半年，我市离岸执行额387416.5万美元，同比增长7.3%。

　　二季度，全市实现离岸执行额206138.2万美元，同比增长8.9%。

　　从业务结构看，信息技术外包（ITO）离岸执行额198652.3万美元，同比增长6.1%。

◆ 协会动态

　　7月10日，协会组织会员企业参加对接会。
"""


def test_a_quarter_under_the_half_year_governs_its_paragraph_only():
    ex = tradeie.extract(HALF_YEAR_BRIEF)
    assert [s.name for s in ex.bulletin.sections] == ["上半年全市服务外包运行情况", "协会动态"]
    quarter, ito = _by_value(ex, "206138.2万美元"), _by_value(ex, "198652.3万美元")
    assert _period(quarter) == ("2025-04-01", "2025-06-30")
    assert _period(ito) == ("2025-01-01", "2025-06-30")
    assert quarter.source.name == ito.source.name == "商务部"


def test_the_pages_date_line_under_its_publisher_is_not_the_headline():
    # the publisher on its own line, then the page's date line, then the headline: nothing in the
    # body is the date line's label's (`发布日期`)
    ex = tradeie.extract(_release(
        "澄江省统计局\n发布日期：2025-07-19　　　　来源：综合处　　　　浏览次数：1284",
        "　　　　　　上半年全省经济运行稳中有进",
        "　　上半年，全省地区生产总值为45004亿元，比上年同期增长5.8%。",
        "　　高新技术产业、装备制造业增加值分别增长8.3%和9.6%。",
    ))
    for m in ex.metrics:
        assert m.subject == "澄江省", (m.indicator, m.subject)
    assert _period(_by_rate(ex, "9.6%")) == ("2025-01-01", "2025-06-30")


def test_a_media_groups_story_is_not_the_groups_own_report():
    ex = tradeie.extract(_release(
        "21世纪经济报道 > 区域", "跨境电商“出海”再提速：深圳卖家从“铺货”走向“品牌”",
        "21世纪经济报道记者 陈思 深圳报道", "2025-08-06 22:14　　南方财经全媒体集团",
        "　　盛夏时节，深圳龙华一栋写字楼里，一家家居品牌的团队正在为欧洲“黑五”备货。",
        "　　据深圳海关统计，上半年深圳跨境电商进出口超过1500亿元，同比增长30%。",
        "　　卖家在全球布局的海外仓约450个，面积近600万平方米。",
    ))
    for m in ex.metrics:
        assert m.subject == "深圳", (m.indicator, m.subject)


def test_a_partner_ranked_first_is_a_market_not_the_subject():
    ex = tradeie.extract(_release(
        "长春海关　2025-10-20", "前三季度吉林省外贸进出口情况",
        "　　前三季度，吉林省货物贸易进出口1312.6亿元，增长4.7%。",
        "　　欧盟仍为吉林省第一大贸易伙伴，对欧盟进出口366.1亿元，下降1.8%，占27.9%；对东盟进出口104.7亿元，增长21.6%。",
    ))
    eu, asean = _by_value(ex, "366.1亿元"), _by_value(ex, "104.7亿元")
    assert eu.subject == asean.subject == "吉林省"
    assert eu.dimensions.get("market") == "欧盟" and asean.dimensions.get("market") == "东盟"


def test_intended_deals_of_a_fairs_halls_are_one_measure():
    ex = tradeie.extract(_release(
        "新华网", "第八届进博会闭幕",
        "　　本届进博会按一年计意向成交826.7亿美元。分展区看，技术装备、消费品、汽车展区意向成交分别为286.4亿美元、143.2亿美元和78.9亿美元。",
    ))
    cars = _by_value(ex, "78.9亿美元")
    assert "意向成交" in cars.indicator and "汽车" in cars.dimensions.get("breakdown", "")
    assert "意向成交" in _by_value(ex, "286.4亿美元").indicator


def test_a_figures_change_in_brackets_right_after_it_is_its_own():
    ex = tradeie.extract(_release(
        "泉湾市服务外包简报", "1-5月全市服务外包运行情况",
        "　　1-5月，全市离岸执行额86312.4万美元（同比增长12.7%）。承接日本离岸执行额9735.4万美元（同比增长21.3%，占比11.3%），"
        "承接韩国离岸执行额5218.7万美元（同比下降7.5%）。",
    ))
    total, japan, korea = (_by_value(ex, q) for q in ("86312.4万美元", "9735.4万美元", "5218.7万美元"))
    assert total.change.percent == Decimal("12.7")
    assert japan.change.percent == Decimal("21.3") and japan.share.percent == Decimal("11.3")
    assert japan.dimensions.get("market") == "日本"
    assert korea.change.percent == Decimal("-7.5") and korea.change.direction == "down"
    # one metric per figure: the rates are not facts of their own
    assert len([m for m in ex.metrics if m.value is None]) == 0


def test_bracketed_rates_of_members_named_before_the_measure():
    ex = tradeie.extract(_release(
        "秦川省统计局\n2025年10月20日", "前三季度全省经济运行情况",
        "　　前三季度，全省规模以上工业增加值同比增长6.1%。分市看，西安（7.2%）、宝鸡（8.1%）、咸阳（-0.9%）"
        "等3市规模以上工业增加值增速高于全省平均水平。",
    ))
    xian, xianyang = _by_rate(ex, "7.2%"), _by_rate(ex, "-0.9%")
    assert xian.value is None and xian.subject == "西安" and "增加值" in xian.indicator
    assert xian.change.direction == "up" and xian.change.percent == Decimal("7.2")
    assert xianyang.subject == "咸阳" and xianyang.change.direction == "down"
    assert _period(xian) == ("2025-01-01", "2025-09-30")


def test_districts_labelling_their_paragraphs_are_their_subjects():
    ex = tradeie.extract(_release(
        "琴岛市服务贸易简报\n\n2025年第6期", "四、区市动态",
        "　　西海岸新区：上半年服务贸易进出口186.4亿元，增长10.2%，其中航运服务进出口97.3亿元。\n"
        "　　市南区：依托国际航运服务中心，上半年服务贸易进出口62.7亿元，增长14.5%。\n"
        "　　崂山区：上半年全区可数字化交付服务出口21.4亿元，增长19.6%。",
    ))
    assert _by_value(ex, "186.4亿元").subject == "西海岸新区"
    assert _by_value(ex, "97.3亿元").subject == "西海岸新区"
    assert _by_value(ex, "62.7亿元").subject == "市南区"
    assert _by_value(ex, "21.4亿元").subject == "崂山区"


def test_a_ministrys_breadcrumb_names_the_pages_publisher():
    ex = tradeie.extract(_release(
        "国家统计局 > 数据 > 数据发布 > 最新发布", "2025年6月份社会消费品零售总额增长5.2%", "发布时间：2025-07-15 10:00",
        "　　2025年6月份，社会消费品零售总额42618亿元，同比增长5.2%。",
        "　　从环比看，6月份，社会消费品零售总额环比增长0.21%。",
    ))
    assert ex.bulletin.meta.publisher == "国家统计局"
    assert _by_value(ex, "42618亿元").source.name == "国家统计局"
    assert _by_rate(ex, "0.21%").source.name == "国家统计局"


BOX_TABLES = """渝州市统计局

2024年1-9月渝州市主要经济指标

发布日期：2024-10-21　　　来源：渝州市统计局

　　前三季度，全市经济运行总体平稳。主要指标如下：

表1　　主要经济指标
┌──────────────────────────┬──────┬──────────┬────────────┐
│         指　　标         │ 单位 │  1-9月   │ 比上年同期 │
│                          │      │          │  增长(%)   │
├──────────────────────────┼──────┼──────────┼────────────┤
│地区生产总值              │ 亿元 │   22893.5│         6.0│
│规模以上工业增加值        │  —   │         —│         7.8│
│进出口总额                │ 亿元 │    5312.7│        -2.3│
└──────────────────────────┴──────┴──────────┴────────────┘

表2　　规模以上工业重点产业增加值增速
　　　　　　　　　　　　　　　　　　　　　　　　　　单位：%
┌────────────────────┬──────────┬──────────┐
│      行　　业      │   9月    │  1-9月   │
├────────────────────┼──────────┼──────────┤
│汽车产业            │       6.4│       8.1│
│电子产业            │      10.3│      -9.6│
└────────────────────┴──────────┴──────────┘
"""


def test_box_tables_with_two_line_headers_and_a_table_of_rates():
    ex = tradeie.extract(BOX_TABLES)
    gdp, trade = _by_value(ex, "22893.5"), _by_value(ex, "5312.7")
    assert gdp.indicator == "地区生产总值" and gdp.change.percent == Decimal("6.0")
    assert trade.change.percent == Decimal("-2.3") and trade.value.normalized == Decimal("531270000000")
    assert _period(gdp) == ("2024-01-01", "2024-09-30")
    # the rates table: each cell a rate without a level, of the title's measure, in its column's period
    cars_sep, cars_ytd = _by_rate(ex, "6.4"), _by_rate(ex, "8.1")
    assert cars_sep.value is None and "增加值" in cars_sep.indicator
    assert cars_sep.dimensions.get("industry") == "汽车产业"
    assert _period(cars_sep) == ("2024-09-01", "2024-09-30") and _period(cars_ytd) == ("2024-01-01", "2024-09-30")
    assert _by_rate(ex, "-9.6").change.direction == "down"


def test_a_share_of_the_whole_named_before_it_is_the_figures():
    ex = tradeie.extract(_release(
        "工业和信息化部运行监测协调局\n2025-09-22", "2025年1—8月份通信业经济运行情况",
        "　　1—8月份，三家基础电信企业完成固定互联网宽带接入业务收入1765亿元，同比增长1.7%，在电信业务收入中占比为14.9%。"
        "完成移动数据流量业务收入4028亿元，同比下降1.9%，在电信业务收入中占比为34%。",
    ))
    broadband, data = _by_value(ex, "1765亿元"), _by_value(ex, "4028亿元")
    assert broadband.share.percent == Decimal("14.9") and broadband.change.percent == Decimal("1.7")
    assert data.share.percent == Decimal("34") and data.change.direction == "down"


# A communiqué's table as a PDF export leaves it: each column name on a line of its own (the
# rate's bracketed unit on the next), the rows on one line with single spaces.
STACKED_HEADER = """松江省2024年国民经济和社会发展统计公报

八、对外经济

　　全年货物进出口总额2978.4亿元，比上年增长6.5%。

表8　2024年对主要国家和地区货物进出口额及其增长速度
单位：亿元
国家和地区
出口额
比上年增长
（%）
进口额
比上年增长
（%）
俄罗斯 312.5 17.2 1734.3 1.7
巴西 18.2 6.4 121.6 -25.3
东盟 64.9 22.8 61.3 9.2
"""

# A brief's data box as a PDF export leaves it: every cell on its own line.
STACKED_CELLS = """青岛市服务外包简报

2025年第6期

一、数据速览

2025年1-6月青岛市服务外包主要指标
单位：亿美元、%
指标
本期
同比±
服务外包合同签约额
27.43
12.1
服务外包执行额
19.52
8.6
其中：离岸执行额
12.86
-9.3
数据来源：商务部服务外包业务管理和统计系统
"""


def test_a_table_whose_column_names_stand_one_per_line():
    ex = tradeie.extract(STACKED_HEADER)
    russia_exp, brazil_imp = _by_value(ex, "312.5"), _by_value(ex, "121.6")
    assert russia_exp.value.normalized == Decimal("31250000000") and russia_exp.value.base_unit == "CNY"
    assert russia_exp.change.percent == Decimal("17.2") and "出口" in russia_exp.indicator
    assert russia_exp.dimensions.get("market") == "俄罗斯"
    assert "进口" in brazil_imp.indicator and brazil_imp.change.percent == Decimal("-25.3")
    assert _period(russia_exp) == ("2024-01-01", "2024-12-31")


def test_a_table_whose_every_cell_stands_on_its_own_line():
    ex = tradeie.extract(STACKED_CELLS)
    signed, offshore = _by_value(ex, "27.43"), _by_value(ex, "12.86")
    assert signed.value.normalized == Decimal("2743000000") and signed.value.base_unit == "USD"
    assert signed.change.percent == Decimal("12.1") and "合同签约额" in signed.indicator
    assert "离岸执行额" in offshore.indicator and offshore.change.direction == "down"
    assert _period(signed) == ("2025-01-01", "2025-06-30") and signed.subject == "青岛市"


def test_a_stacked_table_with_a_unit_cell_and_rates_alone():
    ex = tradeie.extract(_release(
        "江淮省统计局", "2026年前三季度江淮省主要经济指标",
        "指标\n单位\n绝对数\n比上年同期增长(%)\n地区生产总值\n亿元\n38512.6\n5.7\n规模以上工业增加值\n—\n—\n8.9\n"
        "社会消费品零售总额\n亿元\n19385.2\n6.4",
    ))
    gdp = _by_value(ex, "38512.6")
    assert gdp.value.normalized == Decimal("3851260000000") and gdp.change.percent == Decimal("5.7")
    assert _by_rate(ex, "8.9").value is None and _by_value(ex, "19385.2").change.percent == Decimal("6.4")


def test_a_tab_tables_last_column_name_wrapped_onto_the_next_line():
    ex = tradeie.extract(_release(
        "晋阳省统计局", "2025年前三季度晋阳省主要经济指标",
        "指标名称\t单位\t1-9月\t同比增长\n（%）\n地区生产总值\t亿元\t18936.2\t4.6\n规模以上工业增加值\t%\t—\t4.3\n进出口总值\t亿元\t1203.7\t-6.2",
    ))
    gdp, trade = _by_value(ex, "18936.2"), _by_value(ex, "1203.7")
    assert gdp.change.percent == Decimal("4.6") and gdp.value.normalized == Decimal("1893620000000")
    assert trade.change.direction == "down"
    assert _by_rate(ex, "4.3").value is None


def test_a_topic_heading_its_paragraph_is_not_what_it_counts():
    ex = tradeie.extract(_release(
        "锦城服务外包动态\n\n2025年第9期", "【数据月报】",
        "据商务部服务外包业务管理和统计系统数据，2025年1-8月，全市服务外包合同签约额942316.8万美元，同比增长12.4%。",
        "离岸与在岸：离岸服务外包合同额398527.6万美元，同比增长15.6%，执行额321874.9万美元，同比增长11.3%。",
        "国际市场：美国、中国香港、欧盟位列离岸执行额前三，分别完成78236.4万美元、61503.7万美元、43918.2万美元。",
    ))
    offshore = _by_value(ex, "321874.9万美元")
    assert "离岸" in offshore.indicator and offshore.indicator.endswith("执行额")
    assert "离岸与在岸" not in " ".join(offshore.dimensions.values())
    us = _by_value(ex, "78236.4万美元")
    assert us.dimensions.get("market") == "美国" and "国际市场" not in us.indicator


def test_shares_of_the_worlds_total_by_measure_stay_the_nations():
    ex = tradeie.extract(_release(
        "中国证券报\n2025年07月16日", "上半年我国造船三大指标国际份额继续领先",
        "　　工业和信息化部发布的数据显示，2025年上半年，我国造船完工量2396万载重吨，同比增长4.1%，占世界总量的52.3%。"
        "以修正总吨计，造船完工量、新接订单量和手持订单量分别占世界总量的47.5%、63%和58.2%。",
    ))
    done = _by_value(ex, "2396万载重吨")
    assert done.value.base_unit == "载重吨" and done.subject == "中国" and done.share.percent == Decimal("52.3")
    new_orders = [m for m in ex.metrics if m.share is not None and m.share.text.endswith("63%")][0]
    assert new_orders.subject == "中国" and "新接订单量" in new_orders.indicator


def test_a_fairs_months_are_not_the_next_editions():
    ex = tradeie.extract(_release(
        "新华网 > 财经 > 正文", "第137届广交会闭幕 境外采购商到会人数创历史新高", "2025-05-05 20:17:36    来源：新华网",
        "　　新华社广州5月5日电 第137届中国进出口商品交易会（广交会）5日在广州闭幕。本届广交会于4月15日开幕，分三期举办，展览总面积155万平方米。",
        "　　本届广交会境外采购商到会27.6万人，意向出口成交258.6亿美元。",
        "　　第138届广交会将于2025年10月15日至11月4日在广州举办。",
    ))
    area, deals = _by_value(ex, "155万平方米"), _by_value(ex, "258.6亿美元")
    assert _period(area) == ("2025-04-01", "2025-05-31")
    assert _period(deals) == ("2025-04-01", "2025-05-31")


def test_a_news_sites_short_name_is_its_outlet_and_gigawatts_are_measured():
    ex = tradeie.extract(_release(
        "每经网首页 > 公司 > 正文", "前5月光伏组件出口“量减价跌”", "每日经济新闻　2025-06-24 21:18:37",
        "　　InfoLink数据显示，1—5月，我国共出口光伏组件约110.4GW，较去年同期的115.4GW下降4.3%。",
        "　　储能电池出口42.3GWh，同比增长31.6%。",
    ))
    assert ex.bulletin.meta.source == "每经网"
    modules, storage = _by_value(ex, "约110.4GW"), _by_value(ex, "42.3GWh")
    assert modules.value.base_unit == "GW" and modules.value.approx == "about"
    assert storage.value.base_unit == "GWh" and storage.change.percent == Decimal("31.6")
    assert storage.source.name == "每日经济新闻"


def test_a_press_conference_page_under_a_breadcrumb_speaks_for_its_headlines_body():
    ex = tradeie.extract(_release(
        "首页 > 新闻发布 > 新闻发布会", "国家发展改革委举行11月份新闻发布会", "发布时间：2025/11/20　　来源：新闻发布中心",
        "　　发言人：今年以来，我们积极扩大有效投资。1—10月，设备工器具购置投资增长14.8%，拉动全部投资增长1.6个百分点。",
    ))
    assert _by_rate(ex, "14.8%").source.name == "国家发展改革委"


NUMBERED_BRIEF = """姑苏服务贸易数据简报

2025 年第 10 期（总第 106 期）

姑苏市商务局服务贸易处编                    2025 年 10 月 27 日

【数据速递】

1-9 月全市服务贸易保持较快增长

1-9 月，全市实现服务贸易进出口 231.68 亿美元，同比增长 9.4%。

【重点领域】

（二）传统服务贸易稳中有升

运输服务规模最大，进出口 52.64 亿美元，增长 16.9%，占全市的 22.7%。

【工作动态】

10 月 15 日，市商务局组织 36 家企业参加对接会，现场签约项目 12 个。
"""


def test_a_numbered_briefs_later_items_keep_its_period_for_their_statistics():
    ex = tradeie.extract(NUMBERED_BRIEF)
    transport = _by_value(ex, "52.64 亿美元")
    assert _period(transport) == ("2025-01-01", "2025-09-30")
    signed = _by_value(ex, "12 个")
    assert _period(signed) == ("2025-10-01", "2025-10-31")  # a dated event keeps its month


def test_markets_ranked_before_their_figures_keep_the_measure():
    ex = tradeie.extract(_release(
        "通州市服务外包简报", "三、国际市场",
        "　　一季度，我市承接美国、中国香港和日本的离岸服务外包执行额位列前三，分别为7826.4万美元、5318.2万美元和3105.7万美元。",
        "　　一季度，我市承接德国、韩国的离岸服务外包执行额分别为1826.4万美元和1318.2万美元。",
    ))
    for quote, market in (("7826.4万美元", "美国"), ("3105.7万美元", "日本"), ("1318.2万美元", "韩国")):
        m = _by_value(ex, quote)
        assert m.indicator.endswith("离岸服务外包执行额") and m.dimensions.get("market") == market, (m.indicator, m.dimensions)
    assert _by_value(ex, "1826.4万美元").indicator == "离岸服务外包执行额"


def test_a_market_ranked_first_with_words_between_stays_a_market():
    ex = tradeie.extract(_release(
        "沈阳市服务外包简报", "三、国际市场",
        "　　1-5月，日本仍为我市第一大离岸发包市场，执行额8372.6万美元，同比增长6.3%；美国、欧盟分列第二、三位，执行额分别为4689.7万美元、3281.5万美元。",
    ))
    japan = _by_value(ex, "8372.6万美元")
    assert japan.subject == "沈阳市" and japan.dimensions.get("market") == "日本"
    assert _by_value(ex, "3281.5万美元").subject == "沈阳市"


def test_a_fairs_visitors_from_abroad_are_the_fairs_count():
    ex = tradeie.extract(_release(
        "新华网 > 财经 > 正文", "第137届广交会闭幕", "2025-05-05 20:17:36    来源：新华网",
        "　　新华社广州5月5日电 第137届中国进出口商品交易会（广交会）5日在广州闭幕。",
        "　　从采购商结构看，欧美采购商5.6万人，较第135届增长9.8%，其中美国采购商1.9万人，较上届下降5.1%。首次到会的新采购商15.3万人。",
    ))
    for quote in ("5.6万人", "1.9万人", "15.3万人"):
        assert _by_value(ex, quote).subject == "第137届广交会", quote


def test_a_hard_wrapped_header_and_units_under_a_blank_line():
    ex = tradeie.extract(_release(
        "北疆自治区统计局", "2024年北疆自治区国民经济和社会发展统计公报",
        "表9　2024年对主要国家和地区货物进出口额及其增长速度\n单位：亿元\n国家和地区 出口额 比上年\n增长(%) 进口额 比上年\n增长(%)\n"
        "蒙古国 218.5 14.2 487.3 11.8\n俄罗斯 96.4 -6.5 301.7 3.4",
        "表 1 1-9 月全市传统服务贸易主要领域情况\n\n领域 进出口额 同比增长 占全市比重\n\n（亿美元） （%） （%）\n\n运输 58.14 3.6 25.1\n\n旅行 19.83 22.1 8.6",
    ))
    mongolia = _by_value(ex, "487.3")
    assert "进口" in mongolia.indicator and mongolia.change.percent == Decimal("11.8")
    assert mongolia.value.normalized == Decimal("48730000000")
    transport = _by_value(ex, "58.14")
    assert transport.value.base_unit == "USD" and transport.value.normalized == Decimal("5814000000")
    assert transport.change.percent == Decimal("3.6") and transport.share.percent == Decimal("25.1")


def test_a_news_storys_lead_citation_sources_its_lead_only():
    ex = tradeie.extract(_release(
        "人民网 > 经济·科技 > 正文", "中欧班列、西部陆海新通道双双提速", "2025年10月21日08:12  来源：人民网－经济频道",
        "　　人民网北京10月21日电 记者从中国国家铁路集团有限公司获悉，前三季度，中欧班列累计开行1.42万列，同比增长8.6%。",
        "　　在重庆，中欧班列（成渝）前三季度开行2860列，同比增长11.2%。",
        "　　据海关总署统计，前三季度经西部陆海新通道运输货物货值达1163.5亿元，增长18.3%。",
    ))
    assert _by_value(ex, "1.42万列").source.name == "中国国家铁路集团有限公司"
    assert _by_value(ex, "2860列").source.name == "人民网"
    assert _by_value(ex, "1163.5亿元").source.name == "海关总署"


def test_a_rate_column_naming_its_own_measure_is_that_measures():
    ex = tradeie.extract(_release(
        "岭南省统计局", "2025年前三季度岭南省分区域主要经济指标",
        "区域\t地区生产总值（亿元）\t比上年同期增长（%）\t规模以上工业增加值增长（%）\t固定资产投资增长（%）\n"
        "珠三角核心区\t85120.36\t4.2\t4.8\t-4.1\n粤东西北\t19563.11\t3.8\t3.7\t1.0",
    ))
    gdp = _by_value(ex, "85120.36")
    assert gdp.change.percent == Decimal("4.2") and gdp.indicator == "地区生产总值"
    industry, investment = _by_rate(ex, "4.8"), _by_rate(ex, "-4.1")
    assert industry.value is None and industry.indicator == "规模以上工业增加值"
    assert investment.indicator == "固定资产投资" and investment.change.direction == "down"


def test_a_company_given_with_its_stock_code_is_whose_figures_they_are():
    ex = tradeie.extract(_release(
        "证券时报网 > 公司 > 正文", "跨境电商物流企业加码海外仓", "2025-09-02 07:30  来源：证券时报",
        "　　据海关总署统计，上半年我国跨境电商进出口1.32万亿元，增长5.7%。",
        "　　作为行业内海外仓布局较早的企业之一，海拓供应链（301338）上半年实现营业收入38.62亿元，同比增长27.4%。",
        "　　以家居类跨境电商企业星禾科技（300862）为例，公司上半年实现营业收入24.8亿元，同比增长19.6%。",
    ))
    assert _by_value(ex, "1.32万亿元").subject == "中国"
    haituo, xinghe = _by_value(ex, "38.62亿元"), _by_value(ex, "24.8亿元")
    assert haituo.subject == "海拓供应链" and haituo.indicator == "营业收入"
    assert xinghe.subject == "星禾科技" and xinghe.indicator == "营业收入"


def test_members_ranked_in_the_clause_before_their_figures():
    ex = tradeie.extract(_release(
        "辽沈市服务外包简报", "三、国际市场",
        "　　1-5月，美国、欧盟分列第二、三位，执行额分别为4689.7万美元、3281.5万美元；中国香港、韩国分列第四、五位，执行额分别为2296.4万美元和2225.9万美元。",
    ))
    for quote, market in (("4689.7万美元", "美国"), ("3281.5万美元", "欧盟"), ("2296.4万美元", "中国香港"), ("2225.9万美元", "韩国")):
        assert _by_value(ex, quote).dimensions.get("market") == market, quote


def test_a_definition_counting_the_members_it_lists_is_no_metric():
    ex = tradeie.extract(_release(
        "国家统计局\n2025年10月20日", "2025年1—9月份全国固定资产投资情况",
        "　　东部地区投资同比下降2.1%，中部地区投资增长1.8%。",
        "　　附注：东部地区包括北京、天津、河北、上海、江苏、浙江、福建、山东、广东、海南10个省（市）；中部地区包括山西、安徽、江西、河南、湖北、湖南6个省。",
    ))
    assert not [m for m in ex.metrics if m.value is not None and m.value.text in ("10个", "6个")]
    assert _by_rate(ex, "1.8%").subject == "中部地区"


def test_rates_listed_after_the_members_shares_are_their_rates():
    ex = tradeie.extract(_release(
        "商务部电子商务司\n2025-11-20", "2025年1-10月网络零售市场运行情况",
        "　　1-10月，东部、中部、西部和东北地区网络零售额占全国比重分别为83.6%、9.1%、5.8%和1.5%，同比分别增长8.7%、10.6%、12.4%和9.8%。",
    ))
    central = [m for m in ex.metrics if m.share is not None and m.share.text == "9.1%"][0]
    assert central.subject == "中部地区" and central.change.percent == Decimal("10.6")
    assert len(ex.metrics) == 4


def test_a_source_keeps_its_written_brackets():
    ex = tradeie.extract(_release(
        "江城市经济运行简报\n2025年第5期（总第113期）\n江城市经济发展局（统计局）编　　2025年6月18日",
        "1—5月全区经济运行稳中有进",
        "　　1—5月，全区规模以上工业增加值同比增长12.4%。",
    ))
    assert _by_rate(ex, "12.4%").source.name == "江城市经济发展局（统计局）"


def test_a_papers_issue_line_spaced_out_at_the_foot_dates_the_story():
    ex = tradeie.extract(_release(
        "湖南民营企业加速“扬帆出海”", "经济日报记者　刘　畅",
        "　　据长沙海关统计，今年前三季度，湖南民营企业进出口3352.7亿元，同比增长9.4%。",
        "　　湖南省商务厅有关负责人表示，下一步将实施“千企出海”行动，力争到2025年全省有进出口实绩的民营企业突破9000家。",
        "（经济日报长沙10月28日电）",
        "《 经济日报 》（ 2024年10月29日\u3000 06 版）\n责任编辑：王\u3000蕾",
    ))
    assert ex.bulletin.meta.date == "2024-10-29"
    assert _period(_by_value(ex, "3352.7亿元")) == ("2024-01-01", "2024-09-30")


def test_a_fair_whose_close_the_lead_dates_is_held_in_that_month():
    ex = tradeie.extract(_release(
        "澎湃新闻 > 财经 > 区域经济", "第五届消博会闭幕：现场签约金额138.6亿元", "2025-04-18 20:13  来源：澎湃新闻",
        "　　4月18日，为期6天的第五届中国国际消费品博览会（下称“消博会”）在海南海口闭幕。",
        "　　据组委会介绍，本届消博会展览总面积达12万平方米，较上届增加1万平方米。",
        "　　海南省商务厅相关负责人在当天下午举行的闭幕新闻发布会上表示，本届消博会累计进场观众超过32万人次，同比增长6.7%。",
    ))
    assert _period(_by_value(ex, "12万平方米")) == ("2025-04-01", "2025-04-30")
    visitors = _by_value(ex, "超过32万人次")
    assert _period(visitors) == ("2025-04-01", "2025-04-30") and visitors.subject == "第五届中国国际消费品博览会"


def test_a_capital_customs_house_publishes_its_provinces_trade():
    ex = tradeie.extract(_release(
        "首页 > 信息公开 > 统计数据 > 统计分析", "2025年上半年福建省对台湾地区贸易情况",
        "发布时间:2025-07-22 16:30    信息来源:福州海关",
        "据福州海关统计,今年上半年,福建省对台湾地区(以下简称\"闽台\")进出口596.3亿元,同比增长6.8%。",
        "从季度看,一季度闽台进出口283.5亿元;二季度进出口312.8亿元,环比增长10.3%。",
    ))
    for quote in ("596.3亿元", "283.5亿元", "312.8亿元"):
        assert _by_value(ex, quote).subject == "福建省", quote


def test_a_stacked_table_goes_on_past_a_page_break():
    ex = tradeie.extract(_release(
        "辽东省2024年国民经济和社会发展统计公报", "九、对外经济",
        "　　全年货物进出口总额7612.5亿元，比上年下降0.6%。",
        "表9  2024年货物进出口主要分类情况\n指 标\n绝对数（亿元）\n比上年增长（%）\n货物进出口总额\n7612.5\n-0.6\n出口额\n3428.7\n4.3\n"
        "其中：一般贸易\n2105.3\n6.9",
        "[12] 货物进出口数据来源于沈阳海关。",
        "— 13 —",
        "辽东省2024年国民经济和社会发展统计公报",
        "进口额\n4183.8\n-4.3\n其中：一般贸易\n2817.5\n-6.2",
    ))
    imports = _by_value(ex, "4183.8")
    assert imports.value.normalized == Decimal("418380000000") and imports.change.percent == Decimal("-4.3")
    assert "进口" in imports.indicator


def test_a_levels_date_holds_for_the_answers_later_paragraphs():
    ex = tradeie.extract(_release(
        "国家外汇管理局\n2025-10-07", "国家外汇管理局新闻发言人就二季度末国际投资头寸情况答记者问",
        "　　答：2025年6月末，我国对外金融资产107562亿美元，较2024年末增长4.6%。",
        "　　在对外金融资产中，直接投资资产33640亿美元，证券投资资产14837亿美元，分别占对外金融资产的31.3%和13.8%。",
    ))
    direct = _by_value(ex, "33640亿美元")
    assert direct.period is not None and direct.period.start is None and direct.period.end == "2025-06-30"


def test_a_table_without_its_own_note_takes_the_documents_data_note():
    ex = tradeie.extract(_release(
        "辽东省统计局", "2024年辽东省国民经济和社会发展统计公报",
        "表9  2024年货物进出口主要分类情况\n指 标\n绝对数（亿元）\n比上年增长（%）\n货物进出口总额\n7612.5\n-0.6\n出口额\n3428.7\n4.3",
        "注释：",
        "[12] 货物进出口数据来源于沈阳海关。",
    ))
    assert _by_value(ex, "7612.5").source.name == "沈阳海关"


def test_an_outlets_name_holding_a_century_dates_no_figure():
    ex = tradeie.extract(_release(
        "21世纪经济报道 > 宏观 > 贸易", "第138届广交会闭幕：意向出口成交257.6亿美元",
        "2025-11-04 21:38　来源：21世纪经济报道",
        "　　11月4日，第138届中国进出口商品交易会在广州闭幕。本届广交会到会境外采购商312,450名，较上届增长7.3%。",
    ))
    buyers = _by_value(ex, "312,450名")
    assert buyers.period is not None and buyers.period.start.startswith("2025")


def test_a_member_counted_in_the_clause_before_goes_on_to_its_trade():
    ex = tradeie.extract(_release(
        "海关总署\n2025-10-13", "前三季度我国外贸运行情况",
        "　　前三季度，我国对东盟进出口5.57万亿元，增长9.6%，出口3.4万亿元，增长12.2%。",
    ))
    exports = _by_value(ex, "3.4万亿元")
    assert exports.dimensions.get("market") == "东盟" and "出口" in exports.indicator


def test_a_production_index_is_a_measure_and_a_breadcrumb_no_indicator():
    ex = tradeie.extract(_release(
        "首页>数据>数据发布>统计数据", "2025年7月份服务业生产指数同比增长5.8%",
        "　　7月份，全国服务业生产指数同比增长5.8%，比6月份回落0.2个百分点。",
        "　　分行业看，7月份，信息传输、软件和信息技术服务业，租赁和商务服务业，金融业生产指数同比分别增长10.9%、9.4%、7.2%。",
    ))
    for quote in ("同比增长5.8%", "10.9%", "7.2%"):
        rate = _by_rate(ex, quote)
        assert rate.indicator.endswith("生产指数") and ">" not in rate.indicator, (quote, rate.indicator)


def test_a_shares_change_against_another_date_is_still_the_shares():
    ex = tradeie.extract(_release(
        "工业和信息化部运行监测协调局\n2025-09-22", "2025年1—8月份通信业经济运行情况",
        "　　截至8月末，5G移动电话用户达11.18亿户，比上年末净增1.03亿户，占移动电话用户的61.8%，占比较上年末提高4.8个百分点。",
    ))
    users = _by_value(ex, "11.18亿户")
    assert users.share.percent == Decimal("61.8") and users.share.change.points == Decimal("4.8")
    assert len(ex.metrics) == 1


def test_the_former_and_the_latter_take_the_rates_of_the_list_just_stated():
    ex = tradeie.extract(_release(
        "松原海关\n2025-07-18", "上半年松原关区对外贸易情况",
        "　　上半年，全省对韩国、日本分别进出口96.4亿元和71.2亿元，前者增长4.2%，后者下降2.7%。",
        "　　同期，对泰国、越南和老挝分别进出口18.3亿元、15.6亿元和3.9亿元，前两者分别增长11.4%、6.1%，后者下降8.8%。",
    ))
    assert _by_value(ex, "96.4亿元").change.percent == Decimal("4.2")
    assert _by_value(ex, "71.2亿元").change.percent == Decimal("-2.7")
    assert _by_value(ex, "18.3亿元").change.percent == Decimal("11.4")
    assert _by_value(ex, "15.6亿元").change.percent == Decimal("6.1")
    assert _by_value(ex, "3.9亿元").change.percent == Decimal("-8.8")
    assert len(ex.metrics) == 5


def test_the_breadth_of_growth_is_the_share_of_the_industries_counted():
    ex = tradeie.extract(_release(
        "临江省统计局\n2025-10-21", "前三季度全省规模以上工业生产情况",
        "　　前三季度，全省规模以上工业增加值同比增长6.3%。在41个工业大类行业中，有31个行业增加值保持增长，增长面达75.6%。",
    ))
    growing = _by_value(ex, "31个")
    assert growing.share is not None and growing.share.percent == Decimal("75.6")
    assert not [m for m in ex.metrics if m.value is not None and m.value.text == "75.6%"]


def test_a_companys_description_and_short_name_are_no_part_of_it():
    ex = tradeie.extract(_release(
        "证券时报\n2025-10-30", "设备厂商业绩分化",
        "　　刻蚀设备厂商东岚半导体设备（上海）股份有限公司（以下简称“东岚公司”，688931.SH）前三季度营收64.2亿元，同比增长31.5%。",
        "　　在深圳龙华，主营智能小家电的深圳市汀川科技有限公司今年上半年线上销售额达9.6亿元，同比增长28%。",
        "　　与之形成对比的是，以跨境专线小包为主业的远帆物流（603987）上半年营业收入12.05亿元，同比下降6.3%。",
    ))
    etch = _by_value(ex, "64.2亿元")
    assert etch.subject == "东岚半导体设备（上海）股份有限公司" and etch.indicator == "营收"
    assert _by_value(ex, "9.6亿元").subject == "深圳市汀川科技有限公司"
    assert _by_value(ex, "12.05亿元").subject == "远帆物流"


def test_a_customs_house_whose_name_holds_a_city_does_not_name_that_city():
    ex = tradeie.extract(_release(
        "中华人民共和国拱北海关\n2025-09-19", "前8个月拱北海关关区跨境电商快速增长",
        "　　前8个月，拱北海关共监管跨境电商进出口清单4862.3万票，同比增长34.6%。",
    ))
    assert all(m.subject != "北海市" for m in ex.metrics), [m.subject for m in ex.metrics]
    assert all(e.text != "北海" for e in ex.entities)


def test_a_fairs_length_back_from_its_close_gives_the_months_it_was_held():
    ex = tradeie.extract(_release(
        "南粤商报 > 宏观\n2025-11-04 20:10　来源：南粤商报",
        "第58届南粤出口商品交易会闭幕：意向出口成交186.2亿美元",
        "　　11月4日，第58届南粤出口商品交易会第三期在广州落下帷幕。历时21天、分三期举办的本届交易会共有来自201个国家和地区的24.6万名境外采购商到会，较上届增长6.1%。",
    ))
    buyers = _by_value(ex, "24.6万名")
    assert _period(buyers) == ("2025-10-01", "2025-11-30")


def test_a_paper_naming_the_fair_in_its_lead_is_no_visitors_story():
    ex = tradeie.extract(_release(
        "南粤日报　2025年11月5日　星期三",
        "第58届南粤出口商品交易会闭幕",
        "　　本报讯　11月4日，为期三期的第58届南粤出口商品交易会在广州落下帷幕。本届交易会分三期举办，第一期10月15日至19日、第三期10月31日至11月4日。",
        "　　据交易会新闻中心统计，本届交易会到会境外采购商24.6万人，较上届增长6.1%。",
    ))
    buyers = _by_value(ex, "24.6万人")
    assert _period(buyers) == ("2025-10-01", "2025-11-30")
    assert "交易会" in buyers.subject


def test_a_platform_named_in_quotes_and_a_listed_company_reporting_lead_their_figures():
    ex = tradeie.extract(_release(
        "每日经济新闻\n2025-11-18 09:12", "跨境电商出口回暖",
        "　　“云帆优选”提供给记者的数据显示，1-10月，跨境电商平台“云帆优选”新入驻中国卖家数量同比增长85%，中国卖家总数突破12万家。",
        "　　从上市公司业绩看，深交所创业板上市公司星岚跨境日前披露的三季报显示，公司前三季度实现营业收入41.26亿元，同比增长23.4%。",
        "　　不少企业“抱团出海”，全市跨境电商进出口额达86.4亿元。",
    ))
    assert _by_value(ex, "12万家").subject == "云帆优选"
    revenue = _by_value(ex, "41.26亿元")
    assert revenue.subject == "星岚跨境" and revenue.indicator == "营业收入"
    assert _by_value(ex, "86.4亿元").subject != "抱团出海"


def test_a_partner_by_its_one_character_name_and_goods_after_the_flow_in_a_list():
    ex = tradeie.extract(_release(
        "满洲里海关\n2025-09-16", "前8个月内蒙古对俄罗斯贸易情况",
        "　　前8个月，内蒙古对俄罗斯进出口245.7亿元，下降3.6%。其中，对俄出口52.3亿元，增长6.1%；自俄进口193.4亿元，下降5.9%。",
        "　　进口方面，自俄进口粮油产品87.4万吨，增加46.5%。出口方面，对俄出口机电产品、劳动密集型产品分别为27.6亿元、9.1亿元，分别增长11.3%和2.7%。",
    ))
    exports = _by_value(ex, "52.3亿元")
    assert exports.dimensions.get("market") == "俄罗斯" and "出口" in exports.indicator and "进口" not in exports.indicator
    assert _by_value(ex, "193.4亿元").dimensions.get("market") == "俄罗斯"
    machinery = _by_value(ex, "27.6亿元")
    assert machinery.indicator.endswith("出口") and machinery.dimensions.get("market") == "俄罗斯"
    assert "机电产品" in machinery.dimensions.values() and "出口方面" not in machinery.dimensions.values()
    assert "劳动密集型产品" in _by_value(ex, "9.1亿元").dimensions.values()


def test_ports_listed_before_their_throughput_are_each_whose_figure():
    ex = tradeie.extract(_release(
        "经济日报\n2025-07-28", "上半年沿海港口吞吐量稳步增长",
        "　　北方港口表现亮眼。唐山港、青岛港货物吞吐量分别为4.46亿吨和3.63亿吨，分别增长2.1%和3.3%。南方港口中，深圳港、广州港集装箱吞吐量分别完成1627.8万标准箱、1336.7万标准箱。",
    ))
    for quote, port, measure in (("4.46亿吨", "唐山港", "货物吞吐量"), ("3.63亿吨", "青岛港", "货物吞吐量"),
                                 ("1627.8万标准箱", "深圳港", "集装箱吞吐量"), ("1336.7万标准箱", "广州港", "集装箱吞吐量")):
        m = _by_value(ex, quote)
        assert m.subject == port and m.indicator == measure, (quote, m.subject, m.indicator)


BOX_TABLE_WITH_PARTS = """临江省统计局

2025年上半年临江经济运行简况

发布时间：2025-07-18

　　上半年，全省经济运行总体平稳。

┌──────────────────┬──────┬──────┐
│指标                              │  绝对数    │比上年同期  │
│                                  │            │增长（%）   │
├──────────────────┼──────┼──────┤
│地区生产总值（亿元）                │    39425.31│         4.2│
│  第一产业                          │     2141.06│         3.6│
│  第二产业                          │    16190.88│         3.1│
│进出口总额（亿元）                  │    14753.62│         3.9│
│  出口                              │     9210.17│         5.8│
└──────────────────┴──────┴──────┘
"""


def test_a_part_indented_under_a_row_takes_that_rows_unit():
    ex = tradeie.extract(BOX_TABLE_WITH_PARTS)
    primary = _by_value(ex, "2141.06")
    assert primary.value.normalized == Decimal("214106000000") and primary.value.base_unit == "CNY"
    assert _by_value(ex, "9210.17").value.base_unit == "CNY"


def test_a_named_freight_service_leads_its_figures_without_the_word_banlie():
    ex = tradeie.extract(_release(
        "人民网 >> 陕西频道 >> 经济\n2025年07月09日10:18 | 来源：人民网－陕西频道", "中欧班列长安号上半年开行2856列",
        "　　据国铁集团统计，上半年全国中欧班列共开行9876列。以此计算，长安号开行量占全国总量的28.9%。",
        "　　上半年，长安号运输货值386.2亿元，同比增长12.5%。",
    ))
    assert _by_value(ex, "386.2亿元").subject == "长安号"
    share = next(m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("28.9"))
    assert share.subject == "长安号"


def test_a_month_opening_a_semicolon_clause_holds_until_its_sentence_ends():
    ex = tradeie.extract(_release(
        "临江省统计局\n2025-10-22", "前三季度全省能源生产情况",
        "　　前三季度，规上工业原煤产量9.85亿吨，增长1.8%；9月份，原煤产量11285.6万吨，增长0.6%，日均产量376.2万吨。规上工业焦炭产量6920.5万吨，下降3.1%。",
    ))
    assert _period(_by_value(ex, "376.2万吨")) == ("2025-09-01", "2025-09-30")
    assert _period(_by_value(ex, "6920.5万吨")) == ("2025-01-01", "2025-09-30")


PMI_RELEASE = """国家统计局

2025年11月中国采购经理指数运行情况

发布时间：2025-11-30

　　一、中国制造业采购经理指数运行情况

　　11月份，制造业采购经理指数（PMI）为49.6%，比上月上升0.3个百分点。

　　新订单指数为49.2%，比上月上升0.4个百分点。

　　二、中国非制造业采购经理指数运行情况

　　11月份，非制造业商务活动指数为49.5%，比上月下降0.6个百分点。

　　新订单指数为45.9%，比上月下降0.5个百分点。分行业看，建筑业新订单指数为44.8%。
"""


def test_a_pmi_sections_sub_indices_are_that_sectors():
    ex = tradeie.extract(PMI_RELEASE)
    by = {m.value.text: m.indicator for m in ex.metrics if m.value is not None}
    assert by["45.9%"] == "非制造业新订单指数"
    assert by["49.2%"].endswith("新订单指数") and not by["49.2%"].startswith("非")
    assert by["44.8%"] == "建筑业新订单指数"


def test_a_stacked_tables_section_line_over_blank_cells_keeps_the_rows_below():
    ex = tradeie.extract(_release(
        "湘中省统计局", "附表",
        "2025年1—10月全省工业主要指标\n\n指标名称\n计量单位\n1—10月\n比上年同期增长（%）\n"
        "规模以上工业增加值\n%\n—\n7.2\n　其中：高技术制造业\n%\n—\n12.4\n主要工业产品产量\n \n \n \n"
        "　新能源汽车\n万辆\n56.8\n23.5\n　工业机器人\n万套\n1.26\n31.7\n发电量\n亿千瓦时\n1281.3\n2.7",
    ))
    cars = _by_value(ex, "56.8")
    assert cars.value.normalized == Decimal("568000") and cars.change.percent == Decimal("23.5")
    assert "新能源汽车" in cars.indicator + " ".join(cars.dimensions.values())
    assert _by_value(ex, "1.26").change.percent == Decimal("31.7")
    assert _by_value(ex, "1281.3").value.normalized == Decimal("128130000000")


def test_a_breadcrumb_opening_with_a_known_outlet_names_the_pages_outlet():
    ex = tradeie.extract(_release(
        "第一财经 > 新闻 > 商业", "跨境卖家的新账本\n\n第一财经  2025-11-07 20:31:14  听新闻\n\n作者：林晓    责编：杜宇",
        "　　前三季度，我国跨境电商进出口1.63万亿元，增长6.4%。",
    ))
    assert ex.bulletin.meta.source == "第一财经"
    assert _by_value(ex, "1.63万亿元").source.name == "第一财经"


def test_firms_named_by_their_short_name_or_before_a_founders_title_lead_their_figures():
    ex = tradeie.extract(_release(
        "第一财经 > 新闻 > 商业", "深圳跨境卖家的新账本\n\n第一财经  2025-11-07 20:31:14",
        "　　“今年我们在主动往下压。”深圳市云岚科技有限公司（下称“云岚科技”）创始人郑明对第一财经记者说。",
        "　　这家成立于2016年、主营户外储能的公司，今年前三季度营收约18.6亿元，同比增长41%。",
        "　　“10月下旬一场直播，单日成交额冲到了500万元以上。”青禾电商创始人何芸说。据她透露，公司今年前三季度成交额约3.2亿元，同比增长近150%。",
        "　　深圳市商务局数据显示，今年前三季度，深圳跨境电商进出口3215.6亿元，同比增长12.6%。",
    ))
    assert _by_value(ex, "约18.6亿元").subject == "深圳市云岚科技有限公司"  # the registered name its short one stands for
    assert _by_value(ex, "约3.2亿元").subject == "青禾电商"
    assert _by_value(ex, "3215.6亿元").subject == "深圳市"


ARABIC_CONTENTS_BRIEF = """湖滨市数字贸易和服务贸易发展简报
2025年第10期（总第46期）
湖滨市商务局服务贸易处编 2025年11月12日

本期要目
1. 1—9月全市服务贸易运行情况
2. 数字贸易发展情况

1. 1—9月全市服务贸易运行情况
据商务部服务贸易统计监测管理信息系统数据，1—9月，全市实现服务贸易进出口78.46亿美元，同比增长12.3%。
来源：湖滨市商务局服务贸易处

2. 数字贸易发展情况
1—9月，全市可数字化交付的服务进出口48.93亿美元，同比增长16.2%。据湖滨海关统计，1—9月全市跨境电商进出口153.6亿元，增长28.4%。
来源：湖滨海关、湖滨市商务局
"""


def test_arabic_numbered_sections_listed_in_the_contents_end_each_others_sources():
    ex = tradeie.extract(ARABIC_CONTENTS_BRIEF)
    assert [s.name for s in ex.bulletin.sections] == ["1—9月全市服务贸易运行情况", "数字贸易发展情况"]
    assert _by_value(ex, "78.46亿美元").source.name.startswith("商务部")
    digital = _by_value(ex, "48.93亿美元")
    assert not digital.source.name.startswith("商务部"), digital.source.name


def test_a_topic_naming_a_qualifier_qualifies_the_figures_after_it():
    ex = tradeie.extract(_release(
        "海滨市服务外包协会\n2025-07-20", "2025年上半年海滨市服务外包数据统计",
        "　　离岸业务方面，合同签约额 20189.6 万美元，同比增长 44.6%；执行额 10721.9 万美元，同比下降 9.8%。"
        "在岸业务方面，签约额 1151.2 万美元，同比下降 50%；执行额 1142.6 万美元，同比下降 51.5%。",
    ))
    assert _by_value(ex, "20189.6 万美元").indicator.startswith("离岸")
    assert _by_value(ex, "10721.9 万美元").indicator.startswith("离岸")
    assert _by_value(ex, "1151.2 万美元").indicator.startswith("在岸")
    assert _by_value(ex, "1142.6 万美元").indicator.startswith("在岸")


def test_a_bare_cooperation_zone_is_the_zone_named_in_full_before():
    ex = tradeie.extract(_release(
        "拱北海关\n2025-12-18", "前11个月珠海外贸进出口同比增长7.8%",
        "　　据拱北海关统计，今年前11个月，珠海市货物贸易进出口3105.6亿元。",
        "　　琴澳深度合作区外贸增势强劲。前11个月，合作区货物贸易进出口542.8亿元，增长24.6%。",
    ))
    assert _by_value(ex, "3105.6亿元").subject == "珠海市"
    assert _by_value(ex, "542.8亿元").subject == "琴澳深度合作区"


COMMUNIQUE_OF_LAST_YEAR = """云岭省统计局 > 统计数据 > 统计公报
2024年云岭省国民经济和社会发展统计公报
发布日期：2025-03-18　　来源：云岭省统计局

　　全年全省固定资产投资比上年增长2.1%。全年房地产开发投资3512.47亿元，比上年下降8.9%。
　　年末全省共有A级旅游景区512个。
"""


def test_a_communique_printed_the_next_year_reports_the_year_its_title_names():
    ex = tradeie.extract(COMMUNIQUE_OF_LAST_YEAR)
    assert _period(_by_value(ex, "3512.47亿元")) == ("2024-01-01", "2024-12-31")
    assert _by_value(ex, "512个").period.end == "2024-12-31"


def test_a_lead_in_closing_a_paragraph_of_figures_sources_the_items_under_it():
    ex = tradeie.extract(_release(
        "商务部\n2025-11-21", "商务部电子商务司负责人介绍2025年1—10月网络零售市场发展情况",
        "　　据国家统计局数据，1—10月，全国网上零售额12.86万亿元，同比增长9.1%。商务大数据监测显示，网络消费市场呈现以下特点：",
        "　　一是数字产品销售较快增长。1—10月，智能穿戴设备网络零售额增长38.9%。",
        "　　二是服务消费线上化加速推进。1—10月，重点监测平台服务消费额同比增长19.7%。",
    ))
    assert _by_value(ex, "12.86万亿元").source.name == "国家统计局"
    assert _by_rate(ex, "增长38.9%").source.name == "商务大数据"
    assert _by_rate(ex, "同比增长19.7%").source.name == "商务大数据"


def test_a_group_referred_to_as_jituan_is_the_group_named_before():
    ex = tradeie.extract(_release(
        "经济观察报\n2025-08-09", "安徽汽车出海观察",
        "　　奇瑞控股集团公布的数据显示，今年1—7月，集团累计销售汽车148.6万辆，同比增长13.9%。",
        "　　上半年，江淮汽车出口各类汽车11.4万辆，同比下降6.3%。",
    ))
    assert _by_value(ex, "148.6万辆").subject == "奇瑞控股集团"
    assert _by_value(ex, "11.4万辆").subject == "江淮汽车"


NUMBERED_ROWS_TABLE = """湖滨市服务外包工作简报
2025年第3期

四、各县（市）区情况

表 1  2025 年 1—9 月各县（市）区离岸服务外包执行情况
                                            单位：万美元，%
序号 县（市）区 离岸执行额 同比
增长
占全市
比重
1    高新区      38652     20.6     34.0
2    经开区      21874     10.6     19.3
3    蜀山区      16530     -3.6     14.6
     合计       113600     13.1    100.0
"""


def test_a_table_whose_rows_are_numbered_under_a_wrapped_header():
    ex = tradeie.extract(NUMBERED_ROWS_TABLE)
    hi = _by_value(ex, "38652")
    assert hi.value.normalized == Decimal("386520000") and hi.change.percent == Decimal("20.6")
    assert hi.subject == "高新区" or hi.dimensions.get("district") == "高新区" or "高新区" in hi.dimensions.values()
    assert _by_value(ex, "16530").change.direction == "down"


def test_the_places_a_sentence_before_listed_are_the_members_of_the_above():
    ex = tradeie.extract(_release(
        "昆明海关\n2025-12-18", "前11个月云岭省外贸情况",
        "　　从国别看，越南、缅甸、老挝位列全省贸易伙伴前三位。前11个月，全省对上述三国分别进出口318.6亿元、296.4亿元和187.5亿元，分别增长6.2%、9.7%和21.3%。",
        "　　前11个月，全省对南亚东南亚国家进出口1386.5亿元。",
    ))
    for quote, market in (("318.6亿元", "越南"), ("296.4亿元", "缅甸"), ("187.5亿元", "老挝")):
        m = _by_value(ex, quote)
        assert m.dimensions.get("market") == market and "上述" not in m.indicator, (quote, m.dimensions, m.indicator)
    assert _by_value(ex, "1386.5亿元").dimensions.get("market") == "南亚东南亚"


FAIR_ARTICLE_IN_A_BRIEF = """湖滨数字贸易简报
2025年第9期（总第47期）

【行业资讯】

● 第四届湖滨数字贸易博览会闭幕 意向签约额达215亿元

　　9月20日至22日，第四届湖滨数字贸易博览会在滨江举办。本届数贸会展览面积8万平方米，累计入场观众12.6万人次。

（来源：湖滨日报）

● 湖滨市前8个月服务外包稳步增长

　　1-8月，全市服务外包执行额86.2亿美元，同比增长9.1%。

（来源：湖滨市商务局）
"""


def test_a_briefs_article_on_a_fair_that_closed_reports_the_fairs_figures():
    ex = tradeie.extract(FAIR_ARTICLE_IN_A_BRIEF)
    assert _by_value(ex, "8万平方米").subject == "第四届湖滨数字贸易博览会"
    assert _by_value(ex, "12.6万人次").subject == "第四届湖滨数字贸易博览会"
    assert _by_value(ex, "86.2亿美元").subject != "第四届湖滨数字贸易博览会"


def test_a_table_rows_bracketed_period_is_that_rows():
    ex = tradeie.extract(_release(
        "云岭省统计局\n2025-09-20", "附表",
        "2025年1-8月全省主要经济指标\n\n指标\t单位\t1-8月\t同比增长（%）\n地区生产总值（上半年）\t亿元\t14326.5\t5.1\n"
        "社会消费品零售总额\t亿元\t5412.6\t3.9\n金融机构本外币存款余额（8月末）\t亿元\t49865.2\t7.2",
    ))
    assert _period(_by_value(ex, "14326.5")) == ("2025-01-01", "2025-06-30")
    assert _period(_by_value(ex, "5412.6")) == ("2025-01-01", "2025-08-31")
    deposits = _by_value(ex, "49865.2")
    assert deposits.period.start is None and deposits.period.end == "2025-08-31"


def test_a_running_foot_naming_the_bodies_beside_a_page_number_is_the_publisher():
    ex = tradeie.extract(
        "云岭省2024年国民经济和社会发展统计公报\n\n"
        "　　九、对外经济\n\n"
        "　　全年货物进出口总额5168.4亿元，比上年下降2.1%。其中，出口3426.7亿元，\n"
        "增长1.3%；进口1741.7亿元，下降8.2%。从贸易方式看，一般贸易进出口3315.9\n"
        "亿元，增长1.8%，占货物进出口总额的64.2%；加工贸易进出口689.5亿元，下降\n"
        "13.4%。对东盟进出口812.6亿元，增长6.5%；对美国进出口486.1亿元，下降9.4%。\n\n"
        "　　十、交通、邮电和旅游\n\n"
        "　　全年完成货物运输总量21.86亿吨，比上年增长2.7%。\n\n"
        "云岭省统计局　国家统计局云岭调查总队　　　　　　　　　　- 16 -\n"
    )
    assert ex.bulletin.meta.publisher == "云岭省统计局"
    assert _by_value(ex, "5168.4亿元").source.name == "云岭省统计局"


def test_a_slight_fall_or_rise_is_a_change():
    ex = tradeie.extract(_release(
        "青川海关\n2025-10-20", "前三季度青川关区进出口情况",
        "　　前三季度，外商投资企业进出口2854.9亿元，同比微降0.8%；民营企业进出口3512.8亿元，同比大增21.7%。",
    ))
    assert _by_value(ex, "2854.9亿元").change.percent == Decimal("-0.8")
    assert _by_value(ex, "3512.8亿元").change.percent == Decimal("21.7")


def test_a_communique_naming_no_publisher_is_its_places_statistics_bureaus():
    ex = tradeie.extract(
        "云岭省2024年国民经济和社会发展统计公报\n\n九、对外经济\n"
        "　　全年货物进出口总额7612.5亿元，比上年下降0.6%。其中，出口3428.7亿元，增长4.3%。\n"
    )
    assert _by_value(ex, "7612.5亿元").source.name == "云岭省统计局"


def test_a_papers_nameplate_on_a_line_of_its_own_is_the_outlet():
    ex = tradeie.extract(
        "证券日报\n2025年8月30日　星期六　　A3版　　公司\n\n跨境电商企业半年报出炉\n\n■本报记者 梁佳\n\n"
        "　　上半年，A股跨境电商概念板块28家公司合计实现营业收入1236.8亿元，同比增长14.2%。\n"
    )
    assert ex.bulletin.meta.source == "证券日报"
    assert _by_value(ex, "1236.8亿元").source.name == "证券日报"


def test_a_double_spaced_stacked_table_whose_first_label_wrapped():
    ex = tradeie.extract(
        "湖滨商务简报\n\n2025年第3期\n\n2025年上半年，全市数字服务贸易稳步增长。\n\n"
        "表 1  2025 年上半年湖滨市数字服务贸易分领域情况\n\n单位：亿美元，%\n\n领域\n\n进出口额\n\n同比增长\n\n占比\n\n"
        "电信、计算机和信\n\n息服务\n\n30.41\n\n16.8\n\n39.5\n\n其他商业服务\n\n21.77\n\n10.9\n\n28.3\n\n"
        "知识产权使用费\n\n12.86\n\n4.2\n\n16.7\n"
    )
    telecom = _by_value(ex, "30.41")
    assert telecom.value.normalized == Decimal("3041000000") and telecom.change.percent == Decimal("16.8")
    assert "电信、计算机和信息服务" in telecom.indicator + "".join(telecom.dimensions.values())
    assert _by_value(ex, "12.86").change.percent == Decimal("4.2")


def test_a_period_after_whose_figures_they_are_carries_into_the_next_semicolon_clause():
    ex = tradeie.extract(_release(
        "财新网\n2025-08-28", "国产设备商交出亮眼半年报",
        "　　海关总署数据显示，今年前7个月，中国进口半导体制造设备金额为186.9亿美元。",
        "　　北岚微电子（688931.SH）8月中旬披露的半年报显示，公司上半年实现营业收入161.4亿元，同比增长29.5%；归属于上市公司股东的净利润32.1亿元，同比增长15.1%。",
    ))
    assert _period(_by_value(ex, "161.4亿元")) == ("2025-01-01", "2025-06-30")
    assert _period(_by_value(ex, "32.1亿元")) == ("2025-01-01", "2025-06-30")


def test_quarters_listed_with_jidu_written_once_each_take_their_rate():
    ex = tradeie.extract(_release(
        "云岭省统计局\n2025-10-24", "前三季度云岭经济运行",
        "　　前三季度，全省规模以上工业增加值19865亿元，增长7.1％。分季度看，一、二、三季度分别增长7.3％、7.2％和6.8％。",
    ))
    for quote, period in (("7.3％", ("2025-01-01", "2025-03-31")), ("7.2％", ("2025-04-01", "2025-06-30")), ("6.8％", ("2025-07-01", "2025-09-30"))):
        rate = next(m for m in ex.metrics if m.change is not None and m.change.text.endswith(quote))
        assert _period(rate) == period and rate.indicator == "规模以上工业增加值", (quote, rate.indicator)


def test_domestic_tourism_in_a_provinces_communique_is_the_provinces():
    ex = tradeie.extract(
        "吉林省2024年国民经济和社会发展统计公报\n\n十、旅游\n"
        "　　全年接待国内游客8.42亿人次，比上年增长17.8%；实现国内旅游收入7936.5亿元，增长19.6%。\n"
    )
    assert _by_value(ex, "8.42亿人次").subject == "吉林省"
    assert _by_value(ex, "7936.5亿元").subject == "吉林省"


def test_cities_after_their_provinces_total_are_the_subjects_of_the_same_measure():
    ex = tradeie.extract(_release(
        "辽宁省统计局\n2025-10-20", "前三季度辽宁经济运行情况",
        "　　前三季度，全省社会消费品零售总额8041.5亿元，同比增长3.9%（沈阳3063.2亿元，增长4.6%；大连1848.9亿元，增长4.2%）。",
    ))
    for quote, city in (("3063.2亿元", "沈阳"), ("1848.9亿元", "大连")):
        m = _by_value(ex, quote)
        assert m.subject == city and m.indicator == "社会消费品零售总额", (quote, m.subject, m.indicator)


def test_a_cooperation_zones_administration_reports_the_zones_figures():
    ex = tradeie.extract(
        "南岭市海湾现代服务业合作区管理局\n\n海湾管理局关于2025年上半年海湾合作区\n经济运行情况的报告\n\n"
        "　　2025年上半年，合作区实现地区生产总值1286.4亿元，同比增长6.8%；实际使用外资28.6亿美元，增长12.1%。\n"
    )
    assert _by_value(ex, "1286.4亿元").subject == "海湾现代服务业合作区"
    assert _by_value(ex, "28.6亿美元").subject == "海湾现代服务业合作区"


def test_shares_listed_for_the_members_whose_figures_came_one_by_one():
    ex = tradeie.extract(_release(
        "工业和信息化部\n2025-10-30", "2025年1—9月电子信息制造业运行情况",
        "　　1—9月，东部地区实现电子信息制造业营业收入8.62万亿元，同比增长9.4%；中部地区实现营业收入1.96万亿元，同比增长6.8%；"
        "西部地区实现营业收入1.63万亿元，同比增长7.1%；东北地区实现营业收入1032亿元，同比下降2.3%。"
        "四个地区营业收入占全国电子信息制造业营业收入的比重分别为70.0%、15.9%、13.2%和0.8%。",
    ))
    for quote, pct in (("8.62万亿元", "70.0"), ("1.96万亿元", "15.9"), ("1.63万亿元", "13.2"), ("1032亿元", "0.8")):
        m = _by_value(ex, quote)
        assert m.share is not None and m.share.percent == Decimal(pct), quote
    assert len(ex.metrics) == 4


def test_a_tables_single_spaced_rows_go_on_past_a_page_break():
    ex = tradeie.extract(
        "2025年云岭省国民经济和社会发展统计公报\n\n"
        "表 6  2025 年对主要国家和地区货物进出口额及其增长速度\n国家和地区\n进出口额\n（亿元）\n比上年增长\n（%）\n"
        "东盟 14583.2 12.4\n中国香港 10862.7 6.8\n美国 11020.6 -5.1\n\n"
        "————————————\n[15] 高新技术产品是指列入《中国高新技术产品出口目录》的产品。\n\n- 11 -\n"
        "2025 年云岭省国民经济和社会发展统计公报\n\n"
        "欧盟 9120.7 4.3\n日本 3316.5 -2.7\n"
    )
    eu = _by_value(ex, "9120.7")
    assert eu.value.normalized == Decimal("912070000000") and eu.change.percent == Decimal("4.3")
    assert _by_value(ex, "3316.5").change.direction == "down"


COMMODITY_TABLE = """海关总署

2024年1-11月全国进出口主要商品量值表

表：2024年1-11月全国进出口主要商品量值表
单位：亿元人民币
商品名称\t计量单位\t数量\t金额\t数量同比（±%）\t金额同比（±%）
出口\t\t\t\t\t
钢材\t万吨\t10168.5\t5764.3\t23.4\t-5.1
汽车（包括底盘）\t万辆\t573.6\t7842.7\t20.8\t16.9
进口\t\t\t\t\t
铁矿砂及其精矿\t万吨\t112496.3\t7436.2\t4.9\t-1.8
"""


def test_a_commodity_tables_quantity_and_amount_under_export_and_import_lines():
    ex = tradeie.extract(COMMODITY_TABLE)
    steel_t, steel_cny = _by_value(ex, "10168.5"), _by_value(ex, "5764.3")
    assert steel_t.value.base_unit == "吨" and steel_t.change.percent == Decimal("23.4") and steel_t.indicator == "出口数量"
    assert steel_cny.value.base_unit == "CNY" and steel_cny.value.normalized == Decimal("576430000000")
    assert steel_cny.change.percent == Decimal("-5.1") and steel_cny.indicator == "出口金额"
    assert _by_value(ex, "112496.3").indicator == "进口数量"


def test_a_communiques_running_head_opening_with_its_year_names_the_bureau():
    ex = tradeie.extract(
        "                    2024年云岭省国民经济和社会发展统计公报\n\n五、固定资产投资\n\n"
        "　　全年全省固定资产投资比上年下降3.2%。全年全省货物进出口总额4628.71亿元，比上年增长14.5%。\n"
    )
    assert _by_value(ex, "4628.71亿元").source.name == "云岭省统计局"


# A purchasing managers' release: sub-indices listed with one unit for their changes, a flat
# change against the month before, rates compared with last month under the year to date.
SUB_INDEX_RELEASE = _release(
    "青禾物流与采购研究会  2025年11月30日",
    "2025年11月青禾制造业PMI为49.6%",
    "2025年11月份，青禾制造业采购经理指数（PMI）为49.6%，比上月上升0.3个百分点。",
    "新出口订单指数和进口指数分别为46.8%和47.5%，比上月上升0.6和0.2个百分点。",
    "供应商配送时间指数为50.3%，与上月持平。",
)


def test_members_rates_listed_with_one_unit_each_take_it():
    ex = tradeie.extract(SUB_INDEX_RELEASE)
    first, second = _by_value(ex, "46.8%"), _by_value(ex, "47.5%")
    assert (first.change.points, second.change.points) == (Decimal("0.6"), Decimal("0.2"))
    assert first.change.basis == second.change.basis == "mom"


def test_a_flat_change_against_the_month_before_is_the_figures_change():
    m = _by_value(tradeie.extract(SUB_INDEX_RELEASE), "50.3%")
    assert m.change is not None and m.change.direction == "flat" and m.change.basis == "mom"


def test_rates_compared_with_last_month_are_the_months_under_the_year_to_date():
    ex = tradeie.extract(_release(
        "国家统计局  2025年6月16日",
        "2025年5月份服务业生产指数增长6.1%",
        "5月份，全国服务业生产指数同比增长6.1%。1—5月份，服务业生产指数同比增长5.9%。",
        "分行业看，信息服务业、金融业生产指数分别增长11.4%、7.6%，分别比上月加快0.5和0.4个百分点。",
    ))
    by_change = {m.change.text: m for m in ex.metrics if m.change is not None}
    assert _period(by_change["同比增长5.9%"]) == ("2025-01-01", "2025-05-31")
    for quote in ("比上月加快0.5", "0.4个百分点"):
        assert by_change[quote].change.basis == "mom"
        assert _period(by_change[quote]) == ("2025-05-01", "2025-05-31")


# A Hong Kong-style release in traditional characters: 億元 in 港元 from the first figure on, the
# office named without its economy, rates against the same month a year before, 按年/按月.
TRADITIONAL_RELEASE = """新聞公報

二○二五年八月對外商品貿易統計

　　政府統計處今日（九月二十五日）發表的對外商品貿易統計數字顯示，二○二五年八月的商品整體出口貨值為3,912億元（以港元計，下同），較二○二四年八月的3,604億元上升8.5%。同時，商品進口貨值為4,105億元，按年上升6.2%，按月上升1.4%。

　　比較二○二五年八月與二○二四年八月，輸往亞洲的整體出口貨值整體上升9.8%。

　　首八個月合計，商品整體出口貨值按年上升7.1%。
"""


def test_a_traditional_release_is_read_and_reported_in_its_own_characters():
    ex = tradeie.extract(TRADITIONAL_RELEASE)
    first = _by_value(ex, "3,912億元")
    assert first.indicator == "商品整體出口貨值"
    assert (first.value.normalized, first.value.base_unit) == (Decimal("391200000000"), "HKD")
    assert first.subject == "香港"
    assert first.source.name == "香港特別行政區政府統計處"
    imports = _by_value(ex, "4,105億元")
    assert imports.change.basis == "yoy" and imports.change.percent == Decimal("6.2")
    by_change = {m.change.text: m for m in ex.metrics if m.change is not None}
    assert _period(by_change["上升9.8%"]) == ("2025-08-01", "2025-08-31")
    assert _period(by_change["按年上升7.1%"]) == ("2025-01-01", "2025-08-31")


def test_a_simplified_document_keeps_its_characters():
    ex = tradeie.extract(_release(
        "云岭省商务厅  2025年9月20日", "前8个月全省外贸运行情况",
        "前8个月，全省进出口总值1862.4亿元，同比增长6.1%；乾元街道出口12.3亿元。",
    ))
    assert _by_value(ex, "1862.4亿元").indicator == "进出口总值"


def test_a_district_named_under_its_city_is_whose_figure():
    ex = tradeie.extract(_release(
        "黄埔海关  2025-06-19", "前5个月广州黄埔区外贸进出口增长7.8%",
        "据黄埔海关统计，今年前5个月，广州市黄埔区（广州开发区）货物贸易进出口1456.3亿元，同比增长7.8%。"
        "其中，出口812.5亿元，增长10.2%。",
    ))
    m = _by_value(ex, "1456.3亿元")
    assert m.subject == "广州市黄埔区"
    assert "黄埔" not in m.indicator and m.indicator.endswith("进出口")


def test_a_lists_year_on_year_rates_are_its_figures_changes_and_month_on_month_ones_their_own():
    ex = tradeie.extract(_release(
        "青禾汽车工业协会  2025年9月11日", "8月汽车产销情况",
        "8月，汽车产销分别完成218.4万辆和221.6万辆，环比分别增长6.2%和7.5%，同比分别增长10.3%和9.8%。",
    ))
    made, sold = _by_value(ex, "218.4万辆"), _by_value(ex, "221.6万辆")
    assert (made.indicator, sold.indicator) == ("汽车产量", "汽车销量")
    assert (made.change.percent, sold.change.percent) == (Decimal("10.3"), Decimal("9.8"))
    assert made.change.basis == sold.change.basis == "yoy"
    moms = [m for m in ex.metrics if m.value is None and m.change is not None and m.change.basis == "mom"]
    assert [(m.indicator, m.change.percent) for m in moms] == [("汽车产量", Decimal("6.2")), ("汽车销量", Decimal("7.5"))]


def test_a_month_said_in_passing_governs_only_its_sentence():
    ex = tradeie.extract(_release(
        "青川省统计局  2025年8月18日", "1-7月份全省经济运行情况",
        "1-7月份，全省规模以上工业增加值同比增长6.2%。其中，7月份当月增长8.6%。"
        "重点产业中，汽车制造业增加值增长9.8%，石油化工产业增长5.1%。",
    ))
    by_change = {m.change.text: m for m in ex.metrics if m.change is not None}
    assert _period(by_change["增长8.6%"]) == ("2025-07-01", "2025-07-31")
    for quote in ("增长9.8%", "增长5.1%"):
        assert _period(by_change[quote]) == ("2025-01-01", "2025-07-31")


def test_members_written_once_before_their_shared_word_each_take_their_share():
    ex = tradeie.extract(_release(
        "国家邮政局  2025年11月15日", "10月邮政行业运行情况",
        "1-10月，东、中、西部地区快递业务量比重分别为72.4%、18.1%和9.5%。",
    ))
    got = [(m.subject, m.indicator, m.share.percent) for m in ex.metrics if m.share is not None]
    assert got == [("东部地区", "快递业务量", Decimal("72.4")), ("中部地区", "快递业务量", Decimal("18.1")),
                   ("西部地区", "快递业务量", Decimal("9.5"))]


def test_shares_of_several_wholes_each_name_their_whole():
    ex = tradeie.extract(_release(
        "青禾船舶工业行业协会  2025年12月15日", "1～11月船舶工业经济运行情况",
        "1～11月，全国完工出口船3862万载重吨，同比增长4.1%。出口船舶分别占全国造船完工量、新接订单量、手持订单量的91.5%、92.8%和93.6%。",
    ))
    got = [(m.dimensions.get("share_of"), m.share.percent) for m in ex.metrics if m.share is not None]
    assert got == [("全国造船完工量", Decimal("91.5")), ("新接订单量", Decimal("92.8")), ("手持订单量", Decimal("93.6"))]
    assert all("出口" in m.indicator for m in ex.metrics if m.share is not None)


def test_a_body_cited_by_its_short_name_is_the_source():
    ex = tradeie.extract(_release(
        "第一财经  2025-10-28", "前三季度人民币跨境收付稳步增长",
        "央行数据显示，前三季度CIPS处理业务698.2万笔，金额131.4万亿元。据中汽协统计，1-9月汽车出口471.6万辆。",
    ))
    assert _by_value(ex, "131.4万亿元").source.name == "央行"
    assert _by_value(ex, "471.6万辆").source.name == "中汽协"


def test_the_publishers_address_in_the_page_footer_names_no_subject():
    ex = tradeie.extract(_release(
        "首页 > 数据 > 数据发布", "2025年10月份工业生产者出厂价格同比降幅收窄",
        "发布时间：2025-11-09 09:30　　来源：国家统计局",
        "2025年10月份，工业生产者出厂价格同比下降2.1%。其中，生产资料价格下降2.5%，生活资料价格下降0.4%。",
        "国家统计局版权所有　　地址：北京市西城区月坛南街57号（100826）",
    ))
    assert {m.subject for m in ex.metrics} == {"中国"}


def test_a_space_separated_tables_row_whose_label_wrapped_is_one_row():
    text = (
        "青川市服务外包工作简报\n\n2025年第9期\n\n二、各区服务外包执行情况\n\n"
        "表 1  2025 年 1-9 月各区服务外包执行情况\n\n单位：万美元，%\n\n"
        "序号 区域 执行额 同比增长 占全市比重\n\n"
        "1 云溪高新区 168420.5 10.2 57.9\n\n"
        "2 青川经开区（汉\n\n南区） 29815.7 5.8 10.2\n\n"
        "3 洪湖区 20136.4 -2.1 6.9\n\n"
        "4 江北区 15180.2 23.6 5.2\n"
    )
    ex = tradeie.extract(text)
    m = _by_value(ex, "29815.7")
    assert m.change.percent == Decimal("5.8") and m.share.percent == Decimal("10.2")
    assert m.subject.startswith("青川经开区")
    assert _by_value(ex, "20136.4").change.percent == Decimal("-2.1")


def test_markets_under_a_product_total_keep_the_product():
    ex = tradeie.extract(_release(
        "青川海关  2025-11-20", "前10个月全省外贸运行情况",
        "前10个月，全省出口水产品108.2亿元，下降1.9%。其中，对日本、韩国分别出口27.1亿元、18.6亿元，分别增长6.2%和10.4%。",
    ))
    for quote, market in (("27.1亿元", "日本"), ("18.6亿元", "韩国")):
        m = _by_value(ex, quote)
        assert (m.dimensions.get("market"), m.dimensions.get("product")) == (market, "水产品")


def test_a_transcripts_speaker_labels_no_figure():
    ex = tradeie.extract(_release(
        "商务部新闻办公室  2026-11-19", "商务部召开例行新闻发布会",
        "余建宁：从单月看，10月份我国进出口3.52万亿元，同比增长1.9%，增速较9月份回落3.1个百分点。",
    ))
    assert all("余建宁" not in (m.indicator + "".join(m.dimensions.values())) for m in ex.metrics)
    assert _by_value(ex, "3.52万亿元").dimensions == {}


def test_a_summing_up_sentence_returns_to_the_year_to_date():
    ex = tradeie.extract(_release(
        "商务部新闻办公室  2026-11-19", "商务部召开例行新闻发布会",
        "从单月看，10月份我国进出口3.52万亿元，同比增长1.9%。总的看，前10个月我国外贸保持了“量稳质升”的态势。"
        "从市场看，我国对东盟、非洲进出口分别增长9.1%和12.2%。",
    ))
    assert _period(_by_value(ex, "3.52万亿元")) == ("2026-10-01", "2026-10-31")
    by_change = {m.change.text: m for m in ex.metrics if m.change is not None}
    assert _period(by_change["12.2%"]) == ("2026-01-01", "2026-10-31")


def test_a_countys_pronoun_in_a_news_story_is_the_county_it_names():
    ex = tradeie.extract(_release(
        "澎湃新闻 > 财经", "小木玩撬动大市场：浙江云川前4个月木玩出口增长21.4%",
        "　　6月初的浙江丽水云川县，城东工业园区里机器声此起彼伏。云川县被称为“木制玩具城”。",
        "　　“今年1-4月，全县木制玩具出口20.6亿元，同比增长21.4%。”副县长陈立军说。",
    ))
    assert _by_value(ex, "20.6亿元").subject == "云川县"


def test_a_tab_tables_measure_groups_name_their_columns():
    text = (
        "青川省统计局\n\n2025年上半年各市州主要经济指标\n\n发布时间：2025-07-25\n\n"
        "附表：2025年上半年各市州主要经济指标\n"
        "市州\t地区生产总值\t\t规模以上工业增加值\n"
        "\t绝对额(亿元)\t比上年同期增长(%)\t比上年同期增长(%)\n"
        "全  省\t24876.43\t5.4\t7.1\n"
        "云溪市\t7352.31\t5.2\t8.0\n"
        "青岭市\t1793.55\t5.1\t7.5\n"
    )
    ex = tradeie.extract(text)
    gdp = _by_value(ex, "7352.31")
    assert gdp.indicator == "地区生产总值" and gdp.change.percent == Decimal("5.2")
    industry = [m for m in ex.metrics if m.value is None and m.change is not None and m.change.percent == Decimal("8.0")]
    assert [m.indicator for m in industry] == ["规模以上工业增加值"]
    assert _period(industry[0]) == ("2025-01-01", "2025-06-30")


def test_an_articles_byline_body_is_its_publisher():
    ex = tradeie.extract(
        "统计分析\n\n2025 年我国与共建“一带一路”国家贸易发展分析\n\n"
        "文 / 海关总署统计分析司　王立新　刘雨桐\n\n"
        "一、贸易规模再创新高\n　　2025 年，我国与共建“一带一路”国家进出口22.6万亿元，增长6.1%。\n\n"
        "二、市场结构持续优化\n　　其中，对东盟进出口7.1万亿元，增长8.2%。\n"
    )
    assert ex.bulletin.meta.publisher == "海关总署统计分析司"
    assert _by_value(ex, "7.1万亿元").source.name == "海关总署统计分析司"


def test_border_ports_listed_before_their_shared_word_are_each_whose_figure():
    ex = tradeie.extract(_release(
        "哈尔滨海关  2025-09-20", "前8个月全省口岸运行情况",
        "前8个月，全省口岸进出境货运量1802.3万吨，增长4.2%。绥芬河、同江、黑河、东宁口岸货运量分别为792.6万吨、"
        "296.9万吨、231.3万吨和108.7万吨，4个口岸合计占全省口岸进出境货运量的79.1%。",
    ))
    got = [(_by_value(ex, q).subject) for q in ("792.6万吨", "296.9万吨", "231.3万吨", "108.7万吨")]
    assert got == ["绥芬河口岸", "同江口岸", "黑河口岸", "东宁口岸"]


def test_a_business_district_leads_its_figures_and_a_two_body_source_line_names_the_first():
    ex = tradeie.extract(
        "青川数字贸易简报\n\n2025年第8期\n\n【区域动态】\n\n● 虹川商务区数字贸易企业加快集聚\n"
        "　　上半年，虹川国际中央商务区新增数字贸易企业56家，其中外资企业19家。\n"
        "（来源：虹川商务区管委会、青川日报）\n"
    )
    m = _by_value(ex, "56家")
    assert m.subject == "虹川国际中央商务区"
    assert m.source.name == "虹川商务区管委会"


def test_an_associations_table_of_national_output_is_the_nations():
    text = (
        "青禾汽车工业协会\n\n2025年8月汽车工业经济运行情况\n\n发布时间：2025-09-11\n\n"
        "　　8月，全国汽车产销分别完成268.5万辆和271.7万辆，同比分别增长11.8%和10.4%。\n\n"
        "表1　2025年8月分车型产销情况\n单位：万辆，%\n车型\n产量\n销量\n产量同比\n销量同比\n"
        "轿车\n112.9\n114.4\n8.1\n7.6\n运动型多用途乘用车\n115.0\n116.3\n13.2\n12.5\n"
    )
    ex = tradeie.extract(text)
    m = _by_value(ex, "112.9")
    assert m.subject == "中国"


def test_a_company_releasing_its_annual_report_is_whose_results_the_story_gives():
    ex = tradeie.extract(_release(
        "界面新闻  2025/03/28 17:05", "海外收入占比首超四成，青宸电器加码东南亚和墨西哥产能",
        "3月27日晚间，青宸电器发布2024年年度报告。年报显示，2024年公司实现营业总收入1186.4亿元，同比增长9.1%；"
        "归属于上市公司股东的净利润68.2亿元，同比增长13.5%。",
        "其中，海外业务收入483.8亿元，同比增长20.6%，占总营收的比重达到40.8%。按区域划分，欧洲仍是青宸最大的海外市场。",
    ))
    for quote in ("1186.4亿元", "68.2亿元", "483.8亿元"):
        assert _by_value(ex, quote).subject == "青宸电器"


def test_a_story_on_reports_already_released_names_no_company():
    ex = tradeie.extract(_release(
        "证券时报  2025-06-20", "光伏出口结构持续优化",
        "据数据宝统计，在已披露2024年年报的光伏产业链A股上市公司中，有23家公司海外业务收入占比超过30%。"
        "1—5月，我国光伏组件出口量同比增长52%。",
    ))
    assert _by_value(ex, "23家").subject != "在已"
    assert all(m.subject != "在已" for m in ex.metrics)


def test_a_releases_data_title_under_its_masthead_dates_its_later_paragraphs():
    ex = tradeie.extract(
        "澳門特別行政區政府\n統計暨普查局\n\n新聞稿\n\n2026年2月旅遊統計\n\n春節黃金周帶動入境旅客按年上升12.4%\n\n"
        "　　統計暨普查局資料顯示，2026年2月入境旅客共3,986,372人次，按年上升12.4%。\n\n"
        "　　按客源地統計，內地旅客共2,952,516人次，按年上升14.8%。\n"
    )
    m = _by_value(ex, "2,952,516人次")
    assert _period(m) == ("2026-02-01", "2026-02-28")
    assert m.subject == "澳門" and m.change.basis == "yoy"


def test_a_source_field_beside_page_controls_names_only_the_source():
    ex = tradeie.extract(
        "云岭自治区统计局\n当前位置:首页 > 统计分析 > 月度分析\n\n2025年1-7月全区经济运行情况分析\n\n"
        "发布时间:2025-08-20 16:00 来源:综合处 字号:[大 中 小] [打印]\n\n"
        "  1-7月,全区规模以上工业增加值同比增长7.6%。\n"
    )
    assert ex.bulletin.meta.source == "综合处"
    m = next(m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("7.6"))
    assert "字号" not in m.source.name and m.source.name.startswith("云岭自治区统计局")


def test_a_zone_named_for_the_nation_with_its_city_leads_its_figures():
    ex = tradeie.extract(_release(
        "青川市商务局  2025-06-10", "跨境电商综试区建设提速",
        "截至5月底，中国（青川）跨境电子商务综合试验区累计备案跨境电商企业1226家。",
    ))
    assert _by_value(ex, "1226家").subject == "中国（青川）跨境电子商务综合试验区"


def test_a_stacked_commodity_tables_amounts_are_in_the_tables_money_unit():
    text = (
        "海关总署\n\n2026年1—10月全国进出口情况\n\n"
        "　　前10个月，我国出口机电产品12.18万亿元，增长8.1%。\n"
        "　　附表：2026年1—10月全国出口重点商品量值表（人民币值）\n"
        "金额单位：万元\n商品名称\n计量单位\n1至10月数量\n1至10月金额\n数量同比±%\n金额同比±%\n"
        "稀土\n吨\n48,837\n394,512\n6.1\n-11.3\n钢材\n万吨\n9,126.7\n62,378,205\n3.1\n-7.7\n"
    )
    ex = tradeie.extract(text)
    m = _by_value(ex, "62,378,205")
    assert (m.value.normalized, m.value.base_unit) == (Decimal("623782050000"), "CNY")
    assert _by_value(ex, "9,126.7").value.base_unit == "吨"


def test_rows_listed_flat_after_a_measures_row_beside_an_absolute_column_are_its_parts():
    text = (
        "2025年云岭省国民经济和社会发展统计公报\n\n六、对外经济\n\n"
        "表6　2025年货物进出口主要分类情况\n"
        "指　　标\t绝对数（亿元）\t比上年增长（%）\n"
        "货物进出口总额\t5612.6\t3.0\n"
        "出口额\t3936.5\t2.1\n"
        "其中：一般贸易\t3085.4\t3.9\n"
        "机电产品\t2047.9\t6.0\n"
        "进口额\t1676.1\t4.6\n"
    )
    ex = tradeie.extract(text)
    parts = {m.value.text: (m.indicator, m.dimensions) for m in ex.metrics if m.value is not None}
    assert parts["2047.9"] == ("出口额", {"breakdown": "机电产品"})
    assert parts["3085.4"][0] == "出口额"
    assert parts["1676.1"] == ("进口额", {})


def test_markets_with_signed_rates_in_brackets_before_the_measure_they_share():
    ex = tradeie.extract(TRADITIONAL_RELEASE.replace(
        "　　首八個月合計",
        "　　在亞洲的主要目的地中，輸往越南（+31.2%）、台灣（+22.5%）及日本（+4.3%）的整體出口貨值錄得升幅。\n\n　　首八個月合計",
    ))
    got = {m.dimensions.get("market"): (m.indicator, m.change.percent) for m in ex.metrics if m.change is not None and m.dimensions.get("market")}
    assert got["越南"] == ("整體出口貨值", Decimal("31.2"))
    assert got["台灣"] == ("整體出口貨值", Decimal("22.5"))
    assert got["日本"] == ("整體出口貨值", Decimal("4.3"))


def test_a_rate_given_after_the_list_for_a_member_named_again_is_its_figures_change():
    ex = tradeie.extract(_release(
        "黄埔海关  2025-06-19", "前5个月外贸运行情况",
        "前5个月对东盟进出口258.9亿元，增长12.5%；对欧盟、美国分别进出口187.4亿元和142.6亿元，其中对欧盟增长5.2%，对美国下降3.1%。",
    ))
    assert _by_value(ex, "187.4亿元").change.percent == Decimal("5.2")
    assert _by_value(ex, "142.6亿元").change.percent == Decimal("-3.1")
    assert not [m for m in ex.metrics if m.value is None]


def test_rates_for_some_members_named_again_go_to_those_members():
    ex = tradeie.extract(_release(
        "合肥海关  2024-12-19", "前11个月全省外贸运行情况",
        "前11个月，东盟、欧盟和美国为我省前三大贸易伙伴，我省对其分别进出口1013.6亿元、958.4亿元和802.5亿元，"
        "其中对东盟、欧盟分别增长10.2%、4.1%，对美国下降2.3%。",
    ))
    got = [(_by_value(ex, q).dimensions.get("market"), _by_value(ex, q).change.percent) for q in ("1013.6亿元", "958.4亿元", "802.5亿元")]
    assert got == [("东盟", Decimal("10.2")), ("欧盟", Decimal("4.1")), ("美国", Decimal("-2.3"))]


def test_a_financial_news_sites_nameplate_is_the_outlet():
    ex = tradeie.extract(
        "华尔街见闻\n首页 / 资讯 / 中国 / 宏观\n\n中国11月出口增速超预期转正\n\n林婉清\n2025-12-08 12:06\n\n"
        "以人民币计价，11月出口2.25万亿元，同比增长5.1%。\n"
    )
    assert _by_value(ex, "2.25万亿元").source.name == "华尔街见闻"


def test_flash_items_open_with_their_outlets_dateline():
    ex = tradeie.extract(
        "财联社 · 电报 | 海外订单追踪\n\n2026年11月25日 星期三\n\n"
        "【恒泰电气：中标沙特电网变压器框架采购项目】\n"
        "财联社11月25日电，恒泰电气（688417.SH）公告，公司中标金额约2.16亿美元。\n\n"
        "【东晟新能：前十个月海外收入增长】\n"
        "财联社11月24日电，东晟新能（688512.SH）称，今年前十个月公司海外收入41.2亿元，同比增长38.6%。\n"
    )
    assert _by_value(ex, "41.2亿元").source.name == "财联社"


def test_a_country_opening_a_qizhong_clause_is_a_market_not_the_subject():
    ex = tradeie.extract(_release(
        "青川市商务局  2025-10-20", "1—9月全市服务外包运行情况",
        "1—9月，全市承接RCEP其他成员国离岸执行额11.41亿美元，增长17.9%，其中日本3.65亿美元、新加坡3.02亿美元。"
        "承接共建“一带一路”国家离岸执行额9.05亿美元，增长21.3%。",
    ))
    assert _by_value(ex, "3.65亿美元").subject == "青川市"
    assert _by_value(ex, "9.05亿美元").subject == "青川市"


def test_an_associations_research_department_as_source_is_qualified_by_the_association():
    ex = tradeie.extract(
        "青川钢铁工业协会\nQingchuan Iron and Steel Association\n首页 > 新闻资讯 > 行业分析\n"
        "2025年7月钢铁行业运行情况\n发布时间：2025-08-22　　来源：市场调研部　　【打印】【关闭】\n\n"
        "　　7月份，重点统计钢铁企业粗钢日产201.6万吨，环比下降2.1%。\n"
    )
    m = _by_value(ex, "201.6万吨")
    assert m.source.name == "青川钢铁工业协会市场调研部"


def test_a_trade_mode_named_as_the_topic_qualifies_the_figures_after_it():
    ex = tradeie.extract(_release(
        "青川市商务局  2025-10-20", "前三季度全市数字贸易运行情况",
        "前三季度，电信、计算机和信息服务出口22.9亿元，增长27.4%。",
        "跨境电商方面，出口748.3亿元，增长17.9%；进口351.5亿元，增长0.8%。",
    ))
    for quote in ("748.3亿元", "351.5亿元"):
        m = _by_value(ex, quote)
        assert "跨境电商" in m.indicator + "".join(m.dimensions.values())
        assert "电信" not in m.indicator


def test_a_story_headlined_with_a_zone_reports_the_zones_figures():
    ex = tradeie.extract(
        "青川日报 2025年08月06日 星期三 　第07版：区域经济\n\n"
        "青川综保区：加工贸易“链”上发力\n——上半年区内进出口值同比增长22.7%\n\n本报记者　吴　锋\n\n"
        "　　作为西部内陆地区开放平台，青川综保区正依托加工贸易加快集聚电子信息产业。上半年，区内进出口值198.6亿元，同比增长22.7%。\n"
    )
    assert _by_value(ex, "198.6亿元").subject == "青川综保区"


# A Taiwan customs release: Republic of China years, 增 / 減 as change verbs, its own office.
ROC_RELEASE = """財政部關務署 新聞稿
發布日期：114年10月9日
發布單位：財政部關務署統計組

114年9月海關進出口貿易初步統計

一、9月出口、進口及出超
（一）9月出口513.6億美元，較上年同月增28.7%；以新臺幣計，出口1兆5,512億元，年增24.4%。
（二）9月進口376.2億美元，增17.4%。

二、1至9月累計
累計114年1至9月出口4,212.5億美元，較上年同期增30.6%。
"""


def test_a_taiwan_release_reads_republic_of_china_years_and_its_own_office():
    ex = tradeie.extract(ROC_RELEASE)
    assert ex.bulletin.meta.date == "2025-10-09"
    m = _by_value(ex, "513.6億美元")
    assert _period(m) == ("2025-09-01", "2025-09-30")
    assert m.change.percent == Decimal("28.7") and m.subject in ("臺灣", "台灣")
    assert _by_value(ex, "376.2億美元").change.percent == Decimal("17.4")
    assert _period(_by_value(ex, "4,212.5億美元")) == ("2025-01-01", "2025-09-30")


def test_a_place_stating_its_share_of_the_measure_just_named_is_whose_share():
    ex = tradeie.extract(_release(
        "宁波市商务局  2025-03-10", "宁波数字贸易发展报告",
        "从全国看，2024年我国可数字化交付的服务进出口额达2.8万亿元，宁波约占全国的3.5%。",
    ))
    m = next(m for m in ex.metrics if m.share is not None)
    assert m.subject == "宁波市" and m.indicator == "可数字化交付的服务进出口额"


def test_a_net_increase_is_a_level_not_a_change():
    ex = tradeie.extract(_release(
        "国家外汇管理局  2025-08-08", "2025年二季度我国国际收支直接投资数据",
        "按美元计值，2025年二季度，我国直接投资净流出176亿美元。其中，我国对外直接投资（资产）净增加302亿美元，同比增长6.2%。",
    ))
    m = _by_value(ex, "302亿美元")
    assert m.indicator.endswith("净增加") and m.change.percent == Decimal("6.2")


def test_a_platform_citing_its_own_festival_figures_is_their_source_and_subject():
    ex = tradeie.extract(_release(
        "每日经济新闻　2026-12-01 20:14:37", "“黑五”跨境电商成绩单出炉",
        "今年前三季度，我国跨境电商出口增长11%。",
        "速卖通方面向每经记者提供的数据显示，“黑五”大促首日（11月27日），平台整体成交额同比增长52%。",
    ))
    m = next(m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("52"))
    assert (m.subject, m.source.name) == ("速卖通", "速卖通")
    assert _period(m) == ("2026-11-01", "2026-11-30")


def test_a_pipe_tables_cells_with_the_growth_rate_in_brackets():
    ex = tradeie.extract(
        "海关总署\n\n2025年一季度我国货物贸易进出口情况\n\n"
        "　　一季度，我国货物贸易进出口10.3万亿元，增长1.3%。\n\n"
        "　　附表：2025年一季度我国对主要贸易伙伴进出口情况\n　　单位：亿元人民币；括号内为比去年同期增减%\n\n"
        "| 地区 | 进出口 | 出口 | 进口 |\n|------|--------|------|------|\n"
        "| 东盟 | 16106.3（6.1） | 9326.8（9.2） | 6779.5（2.1） |\n"
        "| 欧盟 | 12218.4（1.2） | 7642.1（4.0） | 4576.3（-3.4） |\n"
        "| 美国 | 10042.7（-1.5） | 7395.6（2.0） | 2647.1（-11.6） |\n"
        "| 韩国 | 6385.9（4.0） | 2468.5（5.3） | 3917.4（3.1） |\n"
    )
    m = _by_value(ex, "4576.3")
    assert (m.value.normalized, m.change.percent) == (Decimal("457630000000"), Decimal("-3.4"))
    assert m.dimensions.get("market") == "欧盟" and m.indicator == "进口"
    assert ex.text[m.change.span[0] : m.change.span[1]] == "-3.4"


def test_a_national_associations_release_reports_the_nations_figures():
    ex = tradeie.extract(
        "首页 > 统计信息 > 采购经理指数 > 非制造业PMI\n\n中物联发布2025年11月份中国非制造业商务活动指数\n\n"
        "来源：中国物流与采购联合会　　发布时间：2025-11-30 09:30　　阅读：3296\n\n"
        "　　中国物流与采购联合会、国家统计局服务业调查中心今日发布2025年11月份中国非制造业商务活动指数。\n\n"
        "　　一、非制造业商务活动指数回落\n\n"
        "　　11月份，非制造业商务活动指数为49.4%，比上月下降0.4个百分点，非制造业景气水平有所回落。\n\n"
        "图1  非制造业商务活动指数（经季节调整）\n\n"
        "　　二、新订单指数有所下降\n\n　　11月份，新订单指数为46.3%，比上月下降0.6个百分点。\n"
    )
    assert _by_value(ex, "49.4%").subject == "中国"
    assert _by_value(ex, "46.3%").subject == "中国"

def test_a_fair_named_by_its_year_is_the_subject_and_its_month_the_period():
    ex = tradeie.extract(_release(
        "新华网 > 经济 > 正文", "2026年服贸会闭幕 达成各类成果八百余项", "2026-09-13 18:05:41　来源：新华网",
        "　　新华社北京9月13日电（记者陈路）为期5天的2026年中国国际服务贸易交易会13日在北京闭幕。本届服贸会共形成各类成果842项。"
        "线下参展企业2031家，世界500强及行业龙头企业占比达19.6%。",
    ))
    for quote in ("842项", "2031家"):
        m = _by_value(ex, quote)
        assert m.subject == "2026年服贸会"
        assert _period(m) == ("2026-09-01", "2026-09-30")
    share = next(m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("19.6"))
    assert share.subject == "2026年服贸会"


def test_a_bonded_zone_named_once_is_the_subject_of_its_later_figures():
    ex = tradeie.extract(_release(
        "经济参考报　2026年09月15日", "保税物流“加速跑”",
        "　　作为全国首批跨境电商进口试点区域之一，临湾保税区的网购保税进口业务已运行十余年。据临湾保税区管委会统计，"
        "今年1至8月，保税区跨境电商网购保税进口申报单量6310万单，销售额97.4亿元，同比增长6.2%。",
    ))
    for quote in ("6310万单", "97.4亿元"):
        assert _by_value(ex, quote).subject == "临湾保税区"


def test_a_chambers_survey_report_is_the_source_of_its_findings():
    ex = tradeie.extract(_release(
        "财新网 > 经济 > 正文", "外资在华投资信心分化", "2026年09月20日 17:26　来源：财新网",
        "　　外国商会的调查折射出外企的复杂心态。中国美国商会9月11日发布的《2026年中国商务环境调查报告》显示，"
        "在接受调查的402家会员企业中，44%的企业计划在未来一年增加对华投资，较上年下降3个百分点。",
    ))
    m = _by_value(ex, "402家")
    assert m.source.name == "中国美国商会"


def test_continents_in_a_list_are_markets_not_whose_figures():
    ex = tradeie.extract(_release(
        "商务部\n\n发布时间：2026-07-18", "商务部介绍上半年外贸新业态发展情况",
        "　　截至6月底，我国企业在海外建设的海外仓已超过2800个。从区域分布看，北美、欧洲、亚洲的海外仓数量占比分别约为34%、30%和19%。",
    ))
    shares = [m for m in ex.metrics if m.share is not None and m.share.percent in (Decimal("34"), Decimal("30"), Decimal("19"))]
    assert len(shares) == 3
    assert {m.subject for m in shares} == {"中国"}
    assert [m.dimensions.get("market") for m in shares] == ["北美", "欧洲", "亚洲"]


def test_a_city_written_after_its_province_is_whose_figure():
    ex = tradeie.extract(_release(
        "商务部\n\n发布时间：2026-07-18", "上半年市场采购贸易方式出口平稳增长",
        "　　上半年，全国市场采购贸易方式试点出口5120亿元，增长7.5%。其中，浙江义乌市场采购贸易方式出口2207.3亿元，增长10.8%。",
    ))
    assert _by_value(ex, "5120亿元").subject == "中国"
    assert _by_value(ex, "2207.3亿元").subject == "义乌市"


def test_a_share_restating_the_figures_scale_after_a_comparison_is_that_figures():
    ex = tradeie.extract(_release(
        "烟台海关\n\n发布时间：2026-06-18", "前5个月烟台市外贸进出口2716.4亿元",
        "    据海关统计,2026年前5个月,烟台市货物贸易进出口2716.4亿元,同比(下同)增长3.9%,增速高于同期全国1.6个百分点;"
        "进出口规模占全省的21.7%,继续位居全省首位。其中,出口1663.8亿元,增长6.7%;进口1052.6亿元,下降1.5%。",
    ))
    total = _by_value(ex, "2716.4亿元")
    assert total.share is not None and total.share.percent == Decimal("21.7")
    assert not [m for m in ex.metrics if m.value is None and m.share is not None]
    assert _by_value(ex, "1663.8亿元").indicator == "货物贸易出口"


def test_an_amount_after_a_count_of_contracts_is_those_contracts_amount():
    ex = tradeie.extract(_release(
        "临海市商务委员会", "2026年上半年本市技术进出口合同登记情况",
        "2026年1—6月，本市共登记技术进出口合同2856项，同比增长5.4%；合同总金额88.47亿美元，同比增长10.1%。"
        "其中，技术进口合同1087项，同比下降1.1%，合同金额41.32亿美元，同比下降2.5%；"
        "技术出口合同1769项，同比增长10.9%，合同金额47.15亿美元，同比增长23.6%。",
    ))
    assert _by_value(ex, "41.32亿美元").indicator == "技术进口合同金额"
    assert _by_value(ex, "47.15亿美元").indicator == "技术出口合同金额"


def test_a_train_service_in_the_headline_is_the_storys_subject():
    ex = tradeie.extract(_release(
        "2026年中欧班列长丰号开行4126列 货值近400亿元", "2027-01-05 16:42:18　来源：新华网",
        "　　新华社临州1月5日电 记者5日从临州国际港务区获悉，2026年，中欧班列长丰号全年开行4126列，同比增长7.3%。",
        "　　据介绍，2026年去程班列2311列，回程班列1815列。据临州海关统计，经长丰号运输的出口货值312.4亿元，同比增长15.3%。",
    ))
    for quote in ("2311列", "312.4亿元"):
        assert _by_value(ex, quote).subject == "中欧班列长丰号"


def test_a_release_dated_in_republic_of_china_years_reports_taiwans_figures():
    ex = tradeie.extract(
        "財政部全球資訊網\n首頁 > 訊息公告 > 新聞稿\n\n115年3月海關進出口貿易初步統計\n\n發布日期：115-04-08\n發布單位：統計處\n\n"
        "　　財政部今（8）日發布115年3月海關進出口貿易初步統計。\n\n"
        "（一）概況：115年3月出口489.4億美元，較上年同月增32.7%。累計1至3月出口1,326.8億美元，較上年同期增28.5%。\n"
    )
    for quote in ("489.4億美元", "1,326.8億美元"):
        assert _by_value(ex, quote).subject == "臺灣"


def test_a_fair_on_a_fixed_schedule_closing_in_may_was_held_from_april():
    ex = tradeie.extract(
        "南方日报　2026年05月06日　星期三　A02　要闻\n\n第139届广交会闭幕 境外采购商到会超28万人\n\n"
        "　　南方日报讯（记者/陈晓）5月5日，第139届中国进出口商品交易会（广交会）在广州落下帷幕。"
        "本届广交会共有来自215个国家和地区的境外采购商286215人到会。\n\n"
        "　　据统计，本届广交会现场意向出口成交254.7亿美元，同比增长4.6%。\n"
    )
    m = _by_value(ex, "254.7亿美元")
    assert m.subject == "第139届广交会"
    assert _period(m) == ("2026-04-01", "2026-05-31")


def test_a_tab_tables_period_row_spans_the_columns_its_empty_cells_continue():
    ex = tradeie.extract(
        "国家统计局\n\n2026年3月份社会消费品零售总额增长4.1%\n\n发布时间：2026-04-16 10:00\n\n"
        "　　2026年3月份，社会消费品零售总额41618亿元，同比增长4.1%。\n\n附表\n\n2026年3月份社会消费品零售总额主要数据\n\n"
        "指标\t3月\t\t1—3月\t\n\t绝对量（亿元）\t同比增长（%）\t绝对量（亿元）\t同比增长（%）\n"
        "社会消费品零售总额\t41618\t4.1\t125734\t4.4\n　按经营地分\t\t\t\t\n　城镇\t35874\t3.9\t108026\t4.2\n"
    )
    assert _period(_by_value(ex, "125734")) == ("2026-01-01", "2026-03-31")
    town = _by_value(ex, "108026")
    assert _period(town) == ("2026-01-01", "2026-03-31") and town.change.percent == Decimal("4.2")
    assert _period(_by_value(ex, "35874")) == ("2026-03-01", "2026-03-31")


def test_a_sites_name_above_the_headline_leaves_the_company_as_the_storys_subject():
    ex = tradeie.extract(_release(
        "证券时报网", "拓川电子：上半年净利润同比增长21.4% 海外收入占比升至58%",
        "2026-08-26 21:36　　来源：证券时报·e公司　　作者：陈昊",
        "　　证券时报e公司讯，8月26日晚间，拓川电子（301877）披露2026年半年度报告。报告期内，公司实现营业收入32.62亿元，同比增长15.6%。",
        "　　分市场看，上半年境内收入13.67亿元，同比增长8.1%；境外收入18.95亿元，同比增长21.8%。",
    ))
    for quote in ("32.62亿元", "13.67亿元", "18.95亿元"):
        assert _by_value(ex, quote).subject == "拓川电子"


def test_balance_of_payments_in_sdr_and_reserve_assets_as_levels():
    ex = tradeie.extract(_release(
        "国家外汇管理局\n\n发布时间：2026-11-07", "2026年三季度我国国际收支平衡表",
        "　　2026年三季度，我国经常账户顺差4210亿元，其中，货物贸易顺差6280亿元。资本和金融账户中，非储备性质的金融账户逆差5581亿元，储备资产增加384亿元。",
        "　　按SDR计值，2026年三季度，我国经常账户顺差1046亿SDR，其中，货物贸易顺差1584亿SDR。",
    ))
    sdr = _by_value(ex, "1046亿SDR")
    assert (sdr.value.normalized, sdr.value.base_unit) == (Decimal("104600000000"), "XDR")
    reserves = _by_value(ex, "384亿元")
    assert reserves.change is None and "储备资产" in reserves.indicator


def test_a_storys_date_below_its_standfirst_and_byline_dates_it():
    ex = tradeie.extract(
        "界面新闻 > 商业 > 物流\n\n跨境物流告别“抢仓潮”\n\n关税变局之下，头部海外仓服务商一边收缩美国西部的冗余仓容，一边加码欧洲、中东和拉美等新兴市场。\n\n"
        "界面新闻记者 | 周若\n界面新闻编辑 | 宋佳\n\n2026/11/18 19:05\n\n"
        "　　商务部此前披露，截至今年6月底，我国企业建设的海外仓已超过2800个。\n"
    )
    assert ex.bulletin.meta.date == "2026-11-18"
    assert _period(_by_value(ex, "超过2800个")) == (None, "2026-06-30")


def test_products_counted_in_pieces_and_fibre_kilometres_keep_their_rates():
    ex = tradeie.extract(_release(
        "东湖高新区经济运行简报\n\n2026年第10期", "一、工业生产较快增长",
        "　　从主要产品看，1—10月，光纤产量 1.16 亿芯公里，增长 6.3%；新型显示面板 3156.2 万片，增长 10.8%。",
    ))
    fibre = _by_value(ex, "1.16 亿芯公里")
    assert (fibre.value.normalized, fibre.change.percent) == (Decimal("116000000"), Decimal("6.3"))
    panels = _by_value(ex, "3156.2 万片")
    assert (panels.value.normalized, panels.change.percent) == (Decimal("31562000"), Decimal("10.8"))


def test_an_associations_spokesman_is_no_subject_of_the_nations_figures():
    ex = tradeie.extract(_release(
        "中国钢铁工业协会\n\n发布时间：2026-10-24", "2026年9月钢铁行业运行情况",
        "　　中国钢铁工业协会有关负责人表示，今年以来钢材出口保持较高水平，前三季度钢材出口量约占钢材产量的7.6%。",
    ))
    share = next(m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("7.6"))
    assert share.subject == "中国"


def test_a_currency_written_before_xia_tong_carries_to_bare_yuan_and_bracketed_amounts():
    ex = tradeie.extract(
        "澳門特別行政區政府\n統計暨普查局\n\n新聞稿　　2026年9月29日\n\n2026年8月商品出口按年上升11.5%\n\n"
        "　　澳門統計暨普查局資料顯示，2026年8月商品出口總值為12.7億澳門元(下同)，按年上升11.5%；其中再出口貨值(11.2億)上升12.4%。"
        "8月份商品貿易總值為162.0億元，按年上升8.0%。\n"
    )
    reexport = _by_value(ex, "11.2億")
    assert (reexport.value.normalized, reexport.value.base_unit) == (Decimal("1120000000"), "MOP")
    assert reexport.change.percent == Decimal("12.4")
    assert _by_value(ex, "162.0億元").value.base_unit == "MOP"


def test_a_macao_tables_year_on_year_change_columns():
    ex = tradeie.extract(
        "澳門特別行政區政府\n統計暨普查局\n\n新聞稿　　2026年9月29日\n\n2026年8月商品出口按年上升11.5%\n\n"
        "　　澳門統計暨普查局資料顯示，2026年8月商品出口總值為12.7億澳門元(下同)，按年上升11.5%。\n\n主要統計數字\n\n單位：百萬澳門元\n\n"
        "　　　　　　　　　2026年8月　　按年變動(%)　　2026年1至8月　　按年變動(%)\n"
        "商品出口　　　　　　1,272　　　　11.5　　　　　　9,853　　　　　　6.9\n"
        "商品進口　　　　　 15,031　　　　 7.7　　　　　118,259　　　　　　3.2\n"
    )
    imports = _by_value(ex, "118,259")
    assert (imports.value.normalized, imports.value.base_unit) == (Decimal("118259000000"), "MOP")
    assert imports.change is not None and imports.change.percent == Decimal("3.2")
    assert _period(imports) == ("2026-01-01", "2026-08-31")


def test_a_ministry_departments_head_speaking_in_a_city_brief_gives_the_nations_figures():
    ex = tradeie.extract(
        "西安服务贸易季度简报\n\n2026 年第 2 期\n\n西安市商务局编\n\n● 上半年全市服务贸易稳步增长\n\n"
        "上半年，全市服务进出口 512.3 亿元，同比增长 9.1%。\n\n（来源：西安市商务局）\n\n● 上半年全国服务贸易发展概况\n\n"
        "商务部服贸司负责人介绍，2026 年上半年，我国服务贸易规模稳步扩大，服务进出口总额 39756.2 亿元，同比增长 6.9%。\n\n（来源：商务部网站）\n"
    )
    assert _by_value(ex, "39756.2 亿元").subject == "中国"


def test_a_fair_closing_in_the_lead_of_a_story_about_something_else_is_not_its_subject():
    ex = tradeie.extract(
        "澎湃新闻 > 财经 > 地方财经\n\n成都会展经济持续升温：一季度全市办展58场\n\n澎湃新闻记者 周航\n2026-04-21 18:32 来源：澎湃新闻\n\n"
        "　　3月下旬，第114届全国糖酒商品交易会在成都落下帷幕。展会期间，展览面积约30万平方米。\n\n"
        "　　据成都市商务局监测，今年一季度，共举办各类展会58场，展览面积186.4万平方米，同比增长12.7%。\n"
    )
    assert _by_value(ex, "186.4万平方米").subject == "成都市"


def test_a_chambers_department_named_as_the_pages_source_speaks_for_the_chamber():
    ex = tradeie.extract(
        "中国机电产品进出口商会\n\n首页 > 行业信息 > 统计分析\n\n2026年1—4月我国机电产品出口稳中有升\n\n"
        "发布时间：2026-05-21　　来源：行业发展部　　浏览次数：1326\n\n"
        "　　2026年1—4月，我国机电产品出口6834.7亿美元，同比增长6.1%。\n"
    )
    assert "中国机电产品进出口商会" in _by_value(ex, "6834.7亿美元").source.name


def test_a_fair_held_in_the_sentence_is_whose_deals_and_a_bare_share_after_a_comparison():
    ex = tradeie.extract(_release(
        "长沙海关\n\n发布时间：2026-10-20", "前三季度湖南对非洲贸易增长",
        "　　据长沙海关统计，今年前三季度，湖南省对非洲进出口498.3亿元，同比增长20.6%，增速高于同期全省外贸整体13.9个百分点；"
        "占同期全省外贸进出口总值的11.8%，比去年同期提升1.1个百分点。",
        "　　今年6月，第五届中国—非洲经贸博览会在长沙成功举办，博览会期间共达成合作项目178个，涉及金额124.6亿美元。",
    ))
    total = _by_value(ex, "498.3亿元")
    assert total.share is not None and total.share.percent == Decimal("11.8")
    assert _by_value(ex, "124.6亿美元").subject == "第五届中国—非洲经贸博览会"


def test_a_company_given_with_an_exchange_prefixed_code_and_its_price_is_the_subject():
    ex = tradeie.extract(_release(
        "每日经济新闻\n2026-04-24 20:47:15", "海外仓收入大增 驰川国际去年净利创新高",
        "　　4月23日晚间，驰川国际（SH605777，股价16.95元，市值88.5亿元）披露2025年年度报告。年报显示，公司2025年实现营业收入76.42亿元，同比增长21.7%。",
        "　　分业务看，海外仓业务收入25.93亿元，同比增长52.0%，占营业收入的比重升至33.9%。",
    ))
    for quote in ("76.42亿元", "25.93亿元"):
        assert _by_value(ex, quote).subject == "驰川国际"


def test_macro_regions_after_a_by_region_opener_are_whose_rates():
    ex = tradeie.extract(_release(
        "国家统计局\n\n发布时间：2026-04-16 10:00", "2026年3月份规模以上工业增加值增长5.9%",
        "　　2026年3月份，规模以上工业增加值同比实际增长5.9%。",
        "　　分地区看，3月份，东部地区增加值同比增长6.1%，中部地区增长5.7%，西部地区增长6.3%，东北地区增长3.6%。",
    ))
    rates = {m.change.percent: m.subject for m in ex.metrics if m.change is not None and m.value is None}
    assert rates[Decimal("6.1")] == "东部地区"
    assert rates[Decimal("5.7")] == "中部地区"
    assert rates[Decimal("3.6")] == "东北地区"
    assert rates[Decimal("5.9")] == "中国"


def test_a_portal_reprinting_a_papers_overseas_edition_is_sourced_to_the_paper():
    ex = tradeie.extract(
        "人民网 >> 人民日报海外版\n\n中国—东盟经贸合作量质齐升\n\n本报记者  许岚\n\n《 人民日报海外版 》（ 2027年01月21日   第 03 版）\n\n"
        "　　本报北京1月20日电　海关总署近日发布的数据显示，2026年，我国与东盟贸易总值7.86万亿元，同比增长5.7%。\n"
    )
    assert ex.bulletin.meta.source == "人民日报海外版"


def test_a_change_of_the_share_named_by_bizhong_is_the_shares_change():
    ex = tradeie.extract(_release(
        "乌鲁木齐海关\n\n发布时间：2026-10-20", "前三季度新疆对中亚五国贸易增长",
        "　　同期，新疆对中亚五国进出口2583.7亿元，增长20.4%，占同期新疆外贸总值的72.7%，比重较上年同期提升1.5个百分点。",
    ))
    m = _by_value(ex, "2583.7亿元")
    assert m.share.percent == Decimal("72.7")
    assert m.share.change is not None and m.share.change.points == Decimal("1.5")
    assert not [x for x in ex.metrics if x.value is None and x.change is not None and x.change.points == Decimal("1.5")]


def test_a_customs_data_note_leaves_an_associations_own_figures_to_the_association():
    ex = tradeie.extract(
        "中国汽车工业协会\n首页 > 信息发布 > 行业信息\n\n3月汽车出口同比增长13.6%\n\n发布时间：2026-04-14　　来源：中国汽车工业协会\n\n"
        "　　3月，汽车出口65.9万辆，环比增长20.4%，同比增长13.6%。\n\n"
        "　　另据海关总署数据，一季度我国汽车（包括底盘）出口金额为302.4亿美元，同比增长8.7%。\n\n"
        "（本文数据来源：中国汽车工业协会；海关数据来源：海关总署）\n"
    )
    assert _by_value(ex, "65.9万辆").source.name == "中国汽车工业协会"
    assert _by_value(ex, "302.4亿美元").source.name == "海关总署"


def test_a_january_reading_of_decembers_prices_dates_its_bare_months_last_year():
    ex = tradeie.extract(
        "国家统计局城市司首席统计师解读2026年12月份CPI和PPI数据\n\n时间：2027-01-09 09:30　　来源：国家统计局\n\n"
        "　　一、CPI环比由降转涨\n　　12月份，全国CPI同比上涨0.7%，涨幅比上月扩大0.2个百分点。\n"
    )
    m = next(m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("0.7"))
    assert _period(m) == ("2026-12-01", "2026-12-31")


def test_a_foreign_investment_division_as_the_pages_source_is_the_departments():
    ex = tradeie.extract(
        "湖南省商务厅\n当前位置：首页 > 新闻中心 > 商务动态\n\n2026年全省利用外资稳中提质\n\n"
        "发布时间：2027-01-23 10:15　　来源：外国投资管理处、对外投资和经济合作处　　浏览次数：\n\n"
        "　　2026年，全省实际使用外资112.3亿元，同比增长8.1%。\n"
    )
    assert "湖南省商务厅" in _by_value(ex, "112.3亿元").source.name


def test_taiwans_quarter_without_du_and_a_cumulative_period_after_leiji():
    ex = tradeie.extract(
        "經濟部統計處\n\n新聞稿\n\n115年9月外銷訂單統計\n\n發布日期：115-10-20\n\n"
        "　　第 3 季外銷訂單金額 1,902.1 億美元，較上年同季增加 25.4%。\n\n"
        "　　9 月自美國接單 222.6 億美元，年增 40.3%。累計 1 至 9 月，自美國接單 1,768.5 億美元，年增 32.8%；"
        "自中國大陸及香港接單 1,147.9 億美元，年增 11.6%。\n"
    )
    assert _period(_by_value(ex, "1,902.1 億美元")) == ("2026-07-01", "2026-09-30")
    assert _period(_by_value(ex, "1,147.9 億美元")) == ("2026-01-01", "2026-09-30")


def test_a_listed_company_whose_name_holds_de_keeps_its_whole_name():
    ex = tradeie.extract(_release(
        "证券时报网", "家电企业上半年业绩出炉", "2026-09-01 10:00　来源：证券时报",
        "　　美的集团（000333）半年报显示，公司上半年实现营业总收入2586.7亿元，同比增长13.2%。其中，海外业务收入1162.3亿元，同比增长15.8%。",
    ))
    for quote in ("2586.7亿元", "1162.3亿元"):
        assert _by_value(ex, quote).subject == "美的集团"


def test_an_administrations_department_as_the_pages_source_speaks_for_it():
    ex = tradeie.extract(
        "中华人民共和国海关总署\n\n首页 > 新闻发布 > 海关统计\n\n2026年前11个月我国货物贸易进出口增长3.1%\n\n"
        "发布时间：2026-12-08 11:00:00    信息来源：统计分析司    字号：[ 大 中 小 ]\n\n"
        "　　今年前11个月，我国货物贸易进出口总值41.21万亿元人民币，同比增长3.1%。\n"
    )
    assert "海关总署" in _by_value(ex, "41.21万亿元人民币").source.name


def test_a_table_column_dated_at_a_months_end_holds_levels():
    ex = tradeie.extract(
        "国家外汇管理局\n\n2026年9月末我国国际投资头寸状况\n\n发布时间：2026-12-26\n\n"
        "　　2026年9月末，我国对外金融资产112350亿美元。\n\n中国国际投资头寸表（2026年9月末）\n\n"
        "                                                              单位：亿美元\n"
        "项    目                                      行次     2026年9月末\n"
        "净头寸                                           1           39370\n"
        "资产                                             2          112350\n"
        "  1 直接投资                                     3           33140\n"
    )
    m = _by_value(ex, "39370")
    assert _period(m) == (None, "2026-09-30")


def test_an_annual_report_released_on_a_day_covers_its_year_and_the_short_name_carries():
    ex = tradeie.extract(_release(
        "财经网 > 公司 > 正文", "中川远洋2026年归母净利下滑", "2027-03-27 22:18　　来源：财经网",
        "　　3月27日晚间，中川远洋集运控股股份有限公司（下称“中川远洋”，601877.SH/03877.HK）发布2026年年度报告。"
        "报告期内，公司实现营业收入2086.43亿元，同比下降6.3%。",
        "　　分季度看，第四季度营业收入502.3亿元。",
    ))
    year = _by_value(ex, "2086.43亿元")
    assert _period(year) == ("2026-01-01", "2026-12-31")
    assert _period(_by_value(ex, "502.3亿元")) == ("2026-10-01", "2026-12-31")
    assert _by_value(ex, "502.3亿元").subject == year.subject


def test_a_first_quarter_aside_under_the_half_year_leaves_the_next_paragraph_to_the_half_year():
    ex = tradeie.extract(_release(
        "界面新闻", "宁波上半年经济成绩单", "2026-07-25 10:00　来源：界面新闻",
        "　　初步核算，上半年宁波实现地区生产总值（GDP）8812.6亿元，同比增长5.4%，增速比一季度加快0.2个百分点。今年一季度，宁波GDP同比增长5.2%。",
        "　　分产业看，第一产业增加值137.4亿元，增长3.0%；第二产业增加值3816.8亿元，增长6.2%。",
    ))
    assert _period(_by_value(ex, "3816.8亿元")) == ("2026-01-01", "2026-06-30")


def test_industries_rates_after_a_count_of_growing_industries_are_of_that_measure():
    ex = tradeie.extract(_release(
        "国家统计局\n\n发布时间：2026-04-16", "2026年3月份规模以上工业增加值增长5.9%",
        "　　分行业看，3月份，41个大类行业中有32个行业增加值保持同比增长。其中，煤炭开采和洗选业增长4.1%，化学原料和化学制品制造业增长6.9%。",
    ))
    m = next(m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("4.1"))
    assert m.indicator.endswith("增加值")


def _with_rate(ex, percent: str):
    got = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal(percent)]
    assert got, f"no metric with rate {percent}"
    return got[0]


def test_a_holiday_story_reports_the_holiday_its_lead_names_and_comparable_rates_attach():
    ex = tradeie.extract(_release(
        "第一财经　2026-10-09 20:17", "东江“超长黄金周”文旅成绩单出炉",
        "　　国庆中秋“双节”叠加的8天超长假期落下帷幕，东江省文旅消费交出一份成绩单。",
        "　　10月9日，东江省文化和旅游厅发布数据显示，假期全省共接待游客2315.6万人次，按可比口径同比增长6.1%；"
        "实现旅游收入231.4亿元，同比增长7.2%，游客人均花费约1000元。",
        "　　从全国看，据文化和旅游部数据中心测算，假期全国国内出游7.92亿人次，按可比口径同比增长5.3%；"
        "国内游客出游总花费7012.8亿元，同比增长6.0%。",
    ))
    visitors = _by_value(ex, "2315.6万人次")
    assert _period(visitors) == ("2026-10-01", "2026-10-31")
    assert visitors.change is not None and visitors.change.percent == Decimal("6.1")
    national = _by_value(ex, "7.92亿人次")
    assert national.subject == "中国" and national.change.percent == Decimal("5.3")
    spend = _by_value(ex, "7012.8亿元")
    assert "花费" in spend.indicator and not spend.dimensions


def test_a_figure_compared_with_is_the_base_periods_and_the_rate_the_first_figures():
    ex = tradeie.extract(
        "新聞公報\n\n二○二六年九月對外商品貿易統計數字\n\n"
        "　　政府統計處今日（十月二十七日）發表的數字顯示，二○二六年九月商品整體出口貨值為4,702億元，"
        "較二○二五年同月的4,115億元上升14.3%。\n\n"
        "　　二○二六年首九個月合計，商品整體出口貨值較二○二五年同期上升12.8%。\n"
    )
    now = _by_value(ex, "4,702億元")
    assert now.change is not None and now.change.percent == Decimal("14.3")
    assert now.value.base_unit == "HKD"  # Hong Kong's own release: its dollars
    base = _by_value(ex, "4,115億元")
    assert base.change is None and _period(base) == ("2025-09-01", "2025-09-30")
    ytd = _with_rate(ex, "12.8")
    assert _period(ytd) == ("2026-01-01", "2026-09-30")  # 較二○二五年同期 is the base, not the period
    assert "二○二五" not in ytd.indicator


def test_a_short_name_stands_for_the_registered_name_without_the_description_before_it():
    ex = tradeie.extract(_release(
        "21世纪经济报道记者 林舟 深圳报道", "储能出海成第二增长曲线",
        "　　3月26日晚间，动力及储能电池厂商青川锂能科技股份有限公司（下称“青川锂能”，301999.SZ）披露2026年年度报告。"
        "2026年，公司实现营业收入286.42亿元，同比增长21.6%。",
    ))
    assert _by_value(ex, "286.42亿元").subject == "青川锂能科技股份有限公司"


def test_a_measure_named_in_full_takes_no_qualifier_from_the_sentence_before():
    ex = tradeie.extract(_release(
        "国家统计局\n\n发布时间：2026-12-15", "2026年11月份社会消费品零售总额增长3.2%",
        "　　11月份，社会消费品零售总额40213亿元，同比增长3.2%。其中，除汽车以外的消费品零售额36022亿元，增长3.1%。"
        "2026年1—11月份，社会消费品零售总额452209亿元，增长3.6%。",
    ))
    assert _by_value(ex, "452209亿元").indicator == "社会消费品零售总额"


def test_a_table_titled_with_retail_sales_by_region_reports_retail_sales():
    ex = tradeie.extract(
        "南岭省统计局\n\n2026年1—5月南岭消费品市场运行情况\n\n发布日期：2026-06-18\n\n"
        "　　1—5月，全省实现社会消费品零售总额9862.47亿元，同比增长3.1%。\n\n附表\n\n"
        "2026年1—5月南岭省分区域社会消费品零售总额\n\n"
        "地    区               1—5月（亿元）   同比增长（%）\n"
        "全  省                       9862.47             3.1\n"
        "  北江                       2625.31             2.4\n"
        "  南江                       2212.75             3.6\n"
        "  西江                        514.06             2.1\n"
    )
    m = _by_value(ex, "2625.31")
    assert m.indicator == "社会消费品零售总额"


def test_a_reference_date_may_be_an_iso_string():
    got = tradeie.periods("今年前5个月出口增长", reference_date="2026-06-10")
    assert [(p.text, str(p.start), str(p.end)) for p in got] == [("今年前5个月", "2026-01-01", "2026-05-31")]
    ex = tradeie.extract("今年1-4月，全市出口312.5亿元，同比增长4.2%。", reference_date="2026-05-20")
    assert _period(ex.metrics[0]) == ("2026-01-01", "2026-04-30")
    import pytest

    with pytest.raises(ValueError, match="ISO date"):
        tradeie.periods("今年前5个月", reference_date="last spring")


def test_rates_naming_one_of_a_paired_measure_are_that_members():
    ex = tradeie.extract(_release(
        "中国汽车工业协会\n\n发布时间：2026-02-11", "2026年1月汽车工业经济运行情况",
        "　　1月，汽车产销分别完成231.6万辆和229.4万辆，环比分别下降25.1%和26.3%；同比产量增长1.2%，销量下降0.6%。",
        "　　分车型看，货车产销分别完成27.4万辆和28.1万辆，同比产量增长5.8%，销量下降8.2%。",
    ))
    made, sold = _by_value(ex, "231.6万辆"), _by_value(ex, "229.4万辆")
    assert made.change.percent == Decimal("1.2") and made.change.basis == "yoy"
    assert sold.change.percent == Decimal("-0.6") and sold.change.basis == "yoy"
    mom = _with_rate(ex, "-25.1")
    assert mom.value is None and mom.change.basis == "mom" and mom.indicator == made.indicator
    assert _by_value(ex, "27.4万辆").change.percent == Decimal("5.8")
    assert _by_value(ex, "28.1万辆").change.percent == Decimal("-8.2")


def test_an_adverb_between_the_basis_and_the_verb_keeps_the_basis():
    ex = tradeie.extract("二季度，我国服务贸易逆差562亿美元，环比小幅增长3.7%。")
    m = _by_value(ex, "562亿美元")
    assert m.change is not None and m.change.basis == "mom" and m.change.percent == Decimal("3.7")


def test_visitors_origins_are_markets_of_the_economy_receiving_them():
    ex = tradeie.extract(
        "澳門特別行政區政府\n統計暨普查局\n\n新聞稿\n\n2026年第3季入境旅客\n\n"
        "　　按客源統計，第3季中國內地旅客有702.5萬人次，按年上升11.8%。香港旅客（173.4萬人次）上升4.6%。\n\n"
        "　　2026年首3季入境旅客累計2,916.8萬人次，按年上升12.1%。\n"
    )
    mainland = _by_value(ex, "702.5萬人次")
    assert mainland.subject == "澳門" and _period(mainland) == ("2026-07-01", "2026-09-30")
    assert _by_value(ex, "173.4萬人次").subject == "澳門"
    assert _period(_by_value(ex, "2,916.8萬人次")) == ("2026-01-01", "2026-09-30")


def test_an_item_on_a_county_level_city_in_a_prefectures_brief_is_that_citys():
    ex = tradeie.extract(
        "苏州市数字贸易发展简报\n\n2026 年第 3 期\n\n苏州市商务局编                2026年10月27日\n\n【板块动态】\n\n"
        "● 昆山市跨境电商进出口保持两位数增长\n\n"
        "据昆山海关统计，1-9 月，昆山市跨境电商进出口 122.8 亿元，同比增长 20.4%。其中，出口 108.5 亿元，增长 23.7%；\n\n"
        "— 3 —\n\n苏州市数字贸易发展简报                              2026 年第 3 期\n\n"
        "进口 14.3 亿元，下降 0.8%。目前，全市已建成跨境电商产业园 8 个，入驻企业 760 余家，布局海外仓 31 个。\n\n"
        "（来源：昆山市商务局）\n"
    )
    assert _by_value(ex, "8 个").subject == "昆山市"
    assert _by_value(ex, "31 个").subject == "昆山市"


def test_a_table_of_plates_names_whose_figures_its_rows_are():
    ex = tradeie.extract(
        "苏州市数字贸易发展简报\n\n苏州市商务局编                2026年10月27日\n\n"
        "表 2 2026 年 1-9 月各板块数字贸易情况\n\n单位：亿美元，%\n\n"
        "板块 数字贸易额 同比增长\n\n张家港市 28.63 4.1\n\n相城区 17.39 18.7\n\n苏州工业园区 121.36 12.8\n"
    )
    assert _by_value(ex, "17.39").subject == "相城区"
    assert _by_value(ex, "121.36").subject == "苏州工业园区"


def test_a_two_column_tab_table_of_industries_reports_the_titles_measure():
    ex = tradeie.extract(
        "国家统计局\n\n2026年1—10月份全国固定资产投资增长2.3%\n\n"
        "　　2026年1—10月份，全国固定资产投资（不含农户）431358亿元，同比增长2.3%。\n\n附表\n\n"
        "2026年1—10月份分行业固定资产投资（不含农户）增长情况\n\n"
        "指　　　　标\t1—10月份同比增长（%）\n制造业中：\t\n　农副食品加工业\t6.1\n　医药制造业\t-4.2\n"
        "第三产业中：\t\n　批发和零售业\t-3.9\n　金融业\t-7.1\n"
    )
    m = _with_rate(ex, "6.1")
    assert m.indicator == "固定资产投资" and m.dimensions.get("breakdown") == "农副食品加工业"
    assert _period(m) == ("2026-01-01", "2026-10-31")
    assert _with_rate(ex, "-7.1").dimensions.get("breakdown") == "金融业"


def test_a_contents_list_with_tabbed_page_numbers_is_no_table():
    ex = tradeie.extract(
        "合肥跨境电商发展简报\n\n2026年第9期\n\n目  录\n一、总体运行情况\t1\n二、业务模式结构\t1\n三、主要市场与商品\t2\n四、经营主体\t3\n\n"
        "一、总体运行情况\n\n　　1-9月，全市跨境电商进出口312.5亿元，同比增长18.2%。\n"
    )
    assert [m.value.text for m in ex.metrics if m.value] == ["312.5亿元"]


def test_business_districts_listed_with_their_word_once_are_each_whose_figure():
    ex = tradeie.extract(_release(
        "新京报", "国庆假期北京重点商圈客流两位数增长", "2026-10-09 18:20　来源：新京报",
        "　　从重点商圈看，王府井、三里屯、前门大栅栏、朝阳大悦城商圈日均客流量分别达20.6万人次、17.3万人次、13.2万人次和9.1万人次，"
        "其中王府井商圈日均客流量同比增长11.4%。",
    ))
    first = _by_value(ex, "20.6万人次")
    assert first.subject == "王府井商圈" and first.indicator == "日均客流量"
    assert first.change is not None and first.change.percent == Decimal("11.4")
    assert _by_value(ex, "9.1万人次").subject == "朝阳大悦城商圈"


def test_a_pages_source_line_naming_a_paper_and_its_site_is_the_paper():
    ex = tradeie.extract(_release(
        "中证网首页 > 公司 > 公司新闻", "鼎川重工海外收入占比首超国内",
        "2026-08-27 07:36　　来源：中国证券报·中证网　　作者：周岚",
        "　　中证网讯（记者 周岚）8月26日晚，鼎川重工（605399）披露2026年半年度报告。上半年，公司实现营业收入76.47亿元，同比增长12.2%。",
    ))
    assert _by_value(ex, "76.47亿元").source.name == "中国证券报"


def test_an_editor_and_a_date_joined_by_single_spaces_are_both_read():
    ex = tradeie.extract(
        "温州市服务贸易运行简报\n\n2026 年第 3 期\n\n温州市商务局服务贸易处 编 2026 年 10 月 27 日\n\n【总体情况】\n\n"
        "今年 1-9 月，全市服务贸易进出口总额 176.42 亿元，同比增长 11.3%。\n"
    )
    assert ex.bulletin.meta.date == "2026-10-27"
    assert _period(_by_value(ex, "176.42 亿元")) == ("2026-01-01", "2026-09-30")


def test_a_pdf_header_whose_labels_single_spaces_part_heads_its_columns():
    ex = tradeie.extract(
        "温州市服务贸易运行简报\n\n温州市商务局服务贸易处编\n\n2026年10月27日\n\n"
        "表 1 2026 年 1-9 月各县（市、区）服务贸易进出口情况\n\n单位：亿元，%\n\n"
        "地区 进出口额 同比  其中：出口额  同比\n\n全市   176.42 11.3 110.67   14.1\n\n鹿城区  36.62  9.5  23.31  11.7\n\n"
        "龙湾区   20.47   15.2   14.86  18.4\n\n瑞安市 26.16 10.6   16.93   12.5\n"
    )
    m = _by_value(ex, "36.62")
    assert m.subject == "鹿城区" and m.change is not None and m.change.percent == Decimal("9.5")
    assert _by_value(ex, "16.93").change.percent == Decimal("12.5")
    whole = _by_value(ex, "176.42")
    assert whole.subject == "温州市" and not whole.dimensions  # the 全市 row is the whole


def test_a_table_with_a_unit_column_of_transport_work_and_numbered_rows():
    ex = tradeie.extract(
        "中国民用航空局\n\n2026年6月民航主要生产指标统计\n\n发布时间：2026-07-16　　来源：发展计划司\n\n"
        "表1　2026年6月民航主要生产指标统计\n\n"
        "指标\t计算单位\t6月完成\t比上年同月增长(%)\t1-6月累计\t比上年同期累计增长(%)\n"
        "一、运输总周转量\t亿吨公里\t131.6\t6.9\t802.4\t8.6\n"
        "二、旅客运输量\t万人次\t6100.5\t4.2\t36864.2\t4.9\n"
        "三、旅客周转量\t亿人公里\t1079.7\t5.8\t6412.3\t7.1\n"
    )
    work = _by_value(ex, "131.6")
    assert work.indicator == "运输总周转量" and work.value.base_unit == "吨公里"
    assert work.value.normalized == Decimal("13160000000") and work.change.percent == Decimal("6.9")
    assert _by_value(ex, "1079.7").value.base_unit == "人公里"
    assert _period(_by_value(ex, "36864.2")) == ("2026-01-01", "2026-06-30")


def test_a_table_row_opening_with_a_month_end_is_a_level_at_that_date():
    ex = tradeie.extract(
        "河南省统计局\n\n2026年10月份全省经济运行情况\n\n附表1\n\n                          2026年1—10月份全省主要经济指标\n\n"
        "指标名称                            单位        1—10月   同比增长(%)\n"
        "社会消费品零售总额                  亿元      21345.6           5.1\n"
        "10月末金融机构人民币各项存款余额    亿元     108876.5           7.6\n"
        "10月末金融机构人民币各项贷款余额    亿元      92412.8           6.2\n"
    )
    m = _by_value(ex, "108876.5")
    assert _period(m) == (None, "2026-10-31") and m.indicator == "金融机构人民币各项存款余额"
    assert _period(_by_value(ex, "21345.6")) == ("2026-01-01", "2026-10-31")


def test_a_hong_kong_table_of_destinations_in_millions_of_its_dollars():
    ex = tradeie.extract(
        "新聞公報\n\n二○二六年九月對外商品貿易統計數字\n\n"
        "　　政府統計處今日發表的數字顯示，二○二六年九月商品整體出口貨值為4,702億元。\n\n"
        "表一：按主要目的地劃分的商品整體出口貨值\n\n"
        "              二○二六年九月               二○二六年一月至九月\n"
        "主要目的地            貨值      按年變動          貨值      按年變動\n"
        "                  (百萬元)           (%)      (百萬元)           (%)\n"
        "全部               470,224         +14.1     3,942,516         +12.2\n"
        "內地               272,418         +15.8     2,313,904         +13.9\n"
        "美國                18,102          -20.4       231,687          -8.1\n"
    )
    m = _by_value(ex, "2,313,904")
    assert m.value.base_unit == "HKD" and m.value.normalized == Decimal("2313904000000")
    assert "整體出口貨值" in m.indicator
    assert _period(m) == ("2026-01-01", "2026-09-30")
    assert _period(_by_value(ex, "272,418")) == ("2026-09-01", "2026-09-30")


def test_a_tab_table_whose_header_lines_open_with_a_tab_for_the_label_column():
    ex = tradeie.extract(
        "国家统计局\n\n2026年四季度和全年国内生产总值初步核算结果\n\n表1　2026年四季度和全年GDP初步核算数据\n\n"
        "\t绝对额（亿元）\t\t比上年增长（%）\t\n\t四季度\t全年\t四季度\t全年\n"
        "GDP\t398519\t1455837\t4.6\t4.9\n第一产业\t35107\t95521\t4.0\t3.8\n第二产业\t141265\t516912\t4.5\t5.0\n"
    )
    q4 = _by_value(ex, "398519")
    assert q4.change.percent == Decimal("4.6") and _period(q4) == ("2026-10-01", "2026-12-31")
    year = _by_value(ex, "1455837")
    assert year.value.base_unit == "CNY" and year.change.percent == Decimal("4.9")
    assert _period(year) == ("2026-01-01", "2026-12-31")


def test_a_header_word_spread_over_its_column_is_one_label():
    ex = tradeie.extract(
        "上海市统计局\n\n2026年1-4月上海市国民经济运行情况\n\n                        2026年1-4月上海市主要经济指标\n\n"
        "  指          标                          单    位          1-4月      比去年同期增长(%)\n"
        "  规模以上工业总产值                        亿元          12286.47              3.6\n"
        "    #战略性新兴产业                         亿元           5188.12              7.1\n"
        "  社会消费品零售总额                        亿元           5432.18              2.5\n"
    )
    m = _by_value(ex, "12286.47")
    assert m.indicator == "规模以上工业总产值" and m.change.percent == Decimal("3.6")
    assert _period(m) == ("2026-01-01", "2026-04-30")
    assert not _by_value(ex, "5188.12").indicator.startswith("#")


def test_a_real_rate_after_deducting_prices_keeps_the_measure():
    ex = tradeie.extract(_release(
        "浙江省统计局\n\n发布时间：2026-04-20", "2026年一季度全省居民收入和消费支出情况",
        "　　一季度，全省居民人均可支配收入21386元，比上年同期名义增长5.2%，扣除价格因素实际增长4.7%。",
    ))
    real = _with_rate(ex, "4.7")
    assert real.indicator == "居民人均可支配收入"


def test_since_new_year_in_a_story_on_last_years_results_is_this_year():
    ex = tradeie.extract(_release(
        "首页 > 医药健康 > 正文", "恒川医药2026年归母净利增超六成", "2027-03-30 21:14:06　　来源：华夏时报",
        "　　3月28日晚间，恒川医药（688599.SH）发布2026年年度报告。2026年，公司实现营业收入76.37亿元，同比增长22.6%。",
        "　　二级市场上，年初以来恒川医药股价累计上涨28.7%。",
    ))
    m = _with_rate(ex, "28.7")
    assert _period(m) == ("2027-01-01", "2027-03-31")


def test_a_count_word_naming_the_districts_just_listed_is_their_group():
    ex = tradeie.extract(
        "杭州市数字贸易发展季报\n\n杭州市商务局编\n\n2026年4月28日\n\n三、分区、县（市）发展情况\n\n"
        "　　一季度，余杭区、滨江区、钱塘区数字贸易额位居全市前三，三区合计占全市的 56.1%；钱塘区增速居全市首位。\n"
    )
    m = next(m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("56.1"))
    assert m.subject == "余杭区、滨江区、钱塘区"


def test_a_port_groups_brief_reports_its_port_when_it_names_the_port():
    ex = tradeie.extract(
        "宁海港集团生产运营简报\n\n2026 年第 10 期（总第 224 期）\n\n宁海港集团有限公司生产业务部                    2026 年 11 月 6 日\n\n"
        "一、总体生产情况\n\n    10 月份，宁海港完成货物吞吐量 1.11 亿吨，同比增长 4.1%。1—10 月，全港累计完成货物吞吐量 10.53 亿吨，同比增长 3.7%。\n"
    )
    assert _by_value(ex, "1.11 亿吨").subject == "宁海港"
    assert _by_value(ex, "10.53 亿吨").subject == "宁海港"


def test_a_tables_title_naming_the_kind_of_trade_qualifies_each_measure_column():
    ex = tradeie.extract(
        "佛山市数字贸易发展月报\n\n佛山市商务局编\n\n2026年10月20日\n\n表 1  2026 年 1-9 月各区跨境电商进出口情况\n"
        "                                                        单位：亿元，%\n"
        "  地区      进出口额    同比增长    出口额    同比增长\n"
        "  禅城区    51.41       17.2        47.77     18.5\n"
        "  南海区    167.92      24.3        158.06    26.1\n"
    )
    m = _by_value(ex, "47.77")
    assert m.indicator == "跨境电商出口额" and m.subject == "禅城区"
    assert _by_value(ex, "167.92").indicator == "跨境电商进出口额"


def test_a_spanning_header_holding_the_first_words_of_a_columns_measure():
    ex = tradeie.extract(
        "河南省统计局\n\n2026年10月份全省经济运行情况\n\n附表2\n\n                          2026年1—10月份各省辖市主要指标\n\n"
        "              规模以上工业    社会消费品零售总额\n"
        "地  区        增加值增速(%)   绝对量(亿元)    增速(%)\n"
        "郑州市             8.4              4412.5         6.2\n"
        "开封市             7.7               902.3         5.6\n"
    )
    rate = _with_rate(ex, "8.4")
    assert rate.indicator == "规模以上工业增加值" and rate.subject == "郑州市"
    retail = _by_value(ex, "4412.5")
    assert retail.indicator == "社会消费品零售总额" and retail.change.percent == Decimal("6.2")


def test_a_rates_tables_column_named_by_a_period_holds_rates():
    ex = tradeie.extract(
        "国家统计局\n\n2026年3月份工业生产者出厂价格同比下降2.1%\n\n附表\n\n2026年3月份主要行业出厂价格涨跌幅\n单位：%\n"
        "行业\t环比\t同比\t1—3月\n煤炭开采和洗选业\t1.6\t-9.2\t-10.8\n石油和天然气开采业\t-2.3\t-8.1\t-6.5\n"
    )
    m = _with_rate(ex, "-10.8")
    assert m.share is None and _period(m) == ("2026-01-01", "2026-03-31") and "出厂价格" in m.indicator


def test_a_space_header_whose_period_and_rate_labels_one_space_parts():
    ex = tradeie.extract(
        "天津市统计局\n\n2026年上半年全市经济运行情况\n\n附表\n\n            2026年上半年天津市主要经济指标\n\n"
        "指标                                单位         1-6月 比上年同期增长（%）\n"
        "地区生产总值                        亿元       8613.23                 5.1\n"
        "  第一产业                          亿元        138.62                 3.4\n"
        "规模以上工业增加值                  —                —                 5.7\n"
    )
    m = _by_value(ex, "8613.23")
    assert m.change is not None and m.change.percent == Decimal("5.1")
    assert _period(m) == ("2026-01-01", "2026-06-30")
    assert _with_rate(ex, "5.7").indicator == "规模以上工业增加值"


def test_a_central_banks_page_whose_article_source_is_a_department():
    ex = tradeie.extract(
        "中国人民银行\n当前位置：首页 > 调查统计司 > 统计数据 > 新闻发布\n\n2026年11月金融统计数据报告\n\n"
        "字号 大 中 小　　　　文章来源：调查统计司　　　　2026-12-12 17:00:00　　　　打印本页 关闭窗口\n\n"
        "一、社会融资规模存量同比增长8.3%\n\n初步统计，2026年11月末社会融资规模存量为471.26万亿元，同比增长8.3%。\n"
    )
    assert ex.bulletin.meta.publisher == "中国人民银行"
    assert _by_value(ex, "471.26万亿元").source.name == "中国人民银行调查统计司"


def test_a_month_after_the_briefs_date_is_last_years_unless_planned():
    ex = tradeie.extract(
        "海南自由贸易港建设动态\n（月　报）\n\n2027年第1期（总第73期）\n\n中共海南省委自由贸易港工作委员会办公室　　　　　　2027年1月16日\n\n"
        "一、离岛免税\n\n● 离岛免税消费企稳回升。12 月份，海南离岛免税购物金额 38.6 亿元，环比增长 20.4%。"
        "3 月份将举办第六届消博会，预计参展企业 4000 家。\n"
    )
    assert _period(_by_value(ex, "38.6 亿元")) == ("2026-12-01", "2026-12-31")
    assert _period(_by_value(ex, "4000 家"))[0].startswith("2027-03")


def test_a_district_named_with_xin_leads_its_figures():
    ex = tradeie.extract(
        "成都市跨境电子商务发展简报\n\n成都市商务局编\n\n2026年10月17日\n\n【区县动态】\n\n"
        "● 新都区家具跨境出口增长较快\n\n今年 1-8 月，新都区家具企业通过跨境电商渠道实现出口 26.8 亿元，同比增长 40.3%。\n"
    )
    assert _by_value(ex, "26.8 亿元").subject == "新都区"


def test_the_last_articles_source_line_is_not_the_briefs():
    ex = tradeie.extract(
        "东莞市服务外包发展简报\n\n2026 年第 3 期（总第 35 期）\n\n东莞市商务局编                                 2026 年 10 月 28 日\n\n"
        "【数据月报】\n\n● 2026 年 1-9 月东莞市服务外包数据统计\n\n　　今年 1-9 月，东莞市企业承接服务外包合同额 12.6 亿美元，同比增长 9.6%。\n\n（来源：东莞市商务局）\n\n"
        "【季度分析】\n\n前三季度我市服务外包运行情况分析\n\n　　前三季度，全市离岸服务外包执行额 8.62 亿美元，同比增长 11.2%。\n\n"
        "【行业动态】\n\n1-8 月全国服务外包执行额增长 6.9%\n\n　　1-8 月，全国企业承接服务外包合同额 16128 亿元，同比增长 7.6%。\n\n（来源：商务部网站）\n"
    )
    assert ex.bulletin.meta.source is None
    assert _by_value(ex, "8.62 亿美元").source.name != "商务部网站"


def test_a_source_line_naming_the_paper_a_site_reprints_beats_the_breadcrumb():
    ex = tradeie.extract(_release(
        "人民网 >> 经济·科技", "上半年我国服务进出口同比增长7%", "本报记者　林溪\n\n2026年08月04日05:52 | 来源：人民网－人民日报",
        "　　上半年，我国服务进出口总额37872.6亿元，同比增长7%。",
    ))
    assert _by_value(ex, "37872.6亿元").source.name == "人民日报"
    ex = tradeie.extract(_release(
        "人民网 >> 经济·科技 >> 正文", "中欧班列跑出加速度", "2026年11月26日08:21 | 来源：人民网－经济·科技频道",
        "　　今年前10个月，中欧班列开行1.6万列，同比增长6%。",
    ))
    assert _by_value(ex, "1.6万列").source.name == "人民网"


def test_a_labelled_stock_code_after_a_short_name_marks_a_listed_company():
    ex = tradeie.extract(_release(
        "嘉川供应链海外仓面积超220万平方米", "2027年04月28日 06:18　　来源：经济日报　　作者：经济日报记者 刘畅",
        "　　4月下旬，嘉川供应链股份有限公司（以下简称“嘉川供应链”，股票代码：301599）发布2026年年度报告。"
        "年报显示，2026年公司实现营业收入176.35亿元，同比增长22.7%；经营活动产生的现金流量净额13.06亿元。",
    ))
    assert _by_value(ex, "13.06亿元").subject in ("嘉川供应链股份有限公司", "嘉川供应链")


def test_a_month_named_after_qizhong_keeps_the_paragraphs_measure():
    ex = tradeie.extract(_release(
        "黑龙江省统计局\n\n发布时间：2026-03-18", "2026年1—2月份全省经济运行情况",
        "　　1—2月份，全省居民消费价格同比上涨0.4%。其中，2月份同比上涨0.7%，环比上涨0.3%。",
    ))
    m = _with_rate(ex, "0.7")
    assert m.indicator == "居民消费价格" and _period(m) == ("2026-02-01", "2026-02-28")


def test_a_customs_house_named_after_a_city_is_no_title_city():
    ex = tradeie.extract(
        "南京海关\n海关总署 > 南京海关 > 新闻动态 > 关区动态\n\n前三季度苏州外贸进出口1.81万亿元 同比增长5.6%\n\n"
        "发布时间：2026-10-24 10:30　　信息来源：南京海关\n\n"
        "　　据南京海关统计，今年前三季度，苏州市货物贸易进出口1.81万亿元，同比增长5.6%。"
        "同期，对共建“一带一路”国家进出口8017.5亿元，增长8.1%，占全市外贸总值的44%。\n"
    )
    assert _by_value(ex, "8017.5亿元").subject == "苏州市"


def test_a_position_table_with_year_dot_month_columns_holds_month_end_levels():
    ex = tradeie.extract(
        "国家外汇管理局\n\n2027年2月7日\n\n官方储备资产\nOfficial reserve assets\n\n单位：亿美元\n\n"
        "项  目                           2026.11        2026.12        2027.01\n"
        "1.外汇储备                      33279.58       33412.06       33626.13\n"
        "2.基金组织储备头寸                 100.64         101.37         102.15\n"
    )
    m = _by_value(ex, "33412.06")
    assert m.indicator == "外汇储备" and _period(m) == (None, "2026-12-31")
    assert m.value.normalized == Decimal("3341206000000")


def test_interim_results_released_cover_the_half_year():
    ex = tradeie.extract(_release(
        "星河数科上半年营收增长超两成", "界面新闻记者 | 陈远\n\n2026/08/27 12:16",
        "8月26日晚间，跨境支付服务商星河数字科技控股有限公司（下称“星河数科”，02799.HK）发布2026年中期业绩。"
        "财报显示，公司实现总收入9.16亿元，同比增长21.4%。",
    ))
    assert _period(_by_value(ex, "9.16亿元")) == ("2026-01-01", "2026-06-30")


def test_a_kind_of_enterprise_before_the_measures_own_words_is_a_breakdown():
    ex = tradeie.extract(_release(
        "21世纪经济报道", "江苏对外投资首破百亿美元", "2026-01-28 18:20　来源：21世纪经济报道",
        "　　从投资主体看，2025年，全省民营企业中方协议投资额96.7亿美元，增长15.3%，占全省总额的68.2%。",
    ))
    m = _by_value(ex, "96.7亿美元")
    assert m.indicator == "中方协议投资额" and m.dimensions.get("enterprise_type") == "民营企业"


def test_a_cooperation_zones_own_brief_reports_the_zone():
    ex = tradeie.extract(
        "横琴粤澳深度合作区服务贸易发展简报\n2026年第5期（总第41期）\n横琴粤澳深度合作区经济发展局\t\t\t2026年6月20日\n\n"
        "【数据速览】\n2026年1-5月，合作区服务进出口总额66.42亿元（人民币，下同），同比增长13.6%。\n（来源：合作区经济发展局）\n"
    )
    assert _by_value(ex, "66.42亿元").subject == "横琴粤澳深度合作区"


def test_products_listed_after_a_count_of_growing_products_are_of_their_output():
    ex = tradeie.extract(_release(
        "国家统计局\n\n发布时间：2026-12-15", "2026年11月份规模以上工业增加值增长4.6%",
        "　　分产品看，11月份，623种产品中有318种产品产量同比增长。钢材11546万吨，同比下降4.1%；水泥15392万吨，下降8.1%。",
    ))
    m = _by_value(ex, "11546万吨")
    assert m.indicator == "产量" and m.dimensions.get("product") == "钢材"


def test_an_increment_compared_with_last_years_increment_is_the_periods_flow():
    ex = tradeie.extract(_release(
        "中国人民银行\n\n发布时间：2026-12-12", "2026年11月金融统计数据报告",
        "　　初步统计，2026年前十一个月社会融资规模增量累计为31.20万亿元，比上年同期多2.15万亿元。"
        "其中，对实体经济发放的人民币贷款增加13.40万亿元，同比少增0.82万亿元；政府债券净融资11.60万亿元，同比多2.10万亿元。",
        "　　11月份人民币贷款增加4100亿元，同比多增900亿元。住户贷款减少1800亿元。",
    ))
    total = _by_value(ex, "31.20万亿元")
    assert total.change.amount == Decimal("2150000000000") and total.change.direction == "up"
    loans = _by_value(ex, "13.40万亿元")
    assert loans.indicator == "对实体经济发放的人民币贷款"
    assert loans.change.amount == Decimal("-820000000000") and loans.change.basis == "yoy"
    assert _by_value(ex, "11.60万亿元").change.amount == Decimal("2100000000000")
    assert _by_value(ex, "4100亿元").change.text == "同比多增900亿元"
    # no gap to last year's increment: the decrease stays a change
    household = [m for m in ex.metrics if m.indicator == "住户贷款"]
    assert household and household[0].value is None and household[0].change.amount == Decimal("-180000000000")


def test_a_month_right_after_a_half_width_full_stop_is_read():
    # half-width punctuation throughout: `1.2%.9月当月` is a rate, a full stop, then the month
    ex = tradeie.extract(_release(
        "天津海关\n\n发布时间:2026-10-20", "前三季度天津关区进出口情况",
        "    据天津海关统计,今年前三季度,天津关区进出口总值1.09万亿元,同比增长3.8%.其中,出口5,102.6亿元,"
        "增长6.9%;进口5,797.4亿元,增长1.2%.9月当月,天津关区进出口1,296.5亿元,同比增长5.1%.",
    ))
    assert _period(_by_value(ex, "1,296.5亿元")) == ("2026-09-01", "2026-09-30")
    assert _period(_by_value(ex, "5,797.4亿元")) == ("2026-01-01", "2026-09-30")


def test_a_government_work_report_is_the_provinces_and_dated_by_its_session():
    text = (
        "政　府　工　作　报　告\n\n（摘编）\n\n——2027年1月18日在云岭省第十五届人民代表大会第二次会议上\n\n"
        "云岭省人民政府\n\n　　各位代表：\n\n一、2026年工作回顾\n\n"
        "　　过去一年，全省上下坚持稳中求进。全省生产总值达到3.62万亿元，增长5.2%。一般公共预算收入2315亿元，增长3.1%。\n\n"
        "二、2027年经济社会发展主要预期目标\n\n　　今年全省生产总值增长5%左右。\n"
    )
    ex = tradeie.extract(text)
    assert ex.bulletin.meta.publisher == "云岭省人民政府" and str(ex.bulletin.meta.date) == "2027-01-18"
    gdp = _by_value(ex, "3.62万亿元")
    assert gdp.subject == "云岭省" and gdp.source is not None and gdp.source.name == "云岭省人民政府"
    target = [m for m in ex.metrics if m.value is None and m.change is not None and m.change.percent == Decimal("5")]
    assert target and _period(target[0]) == ("2027-01-01", "2027-12-31")


def test_a_listed_company_named_in_the_lead_is_the_subject_of_its_figures():
    ex = tradeie.extract(
        "财联社 > 公司 > 新能源\n\n锐能科技德国工厂投产 海外在手订单超60GWh\n\n2026-10-28 星期三 20:10　　财联社记者 林涛\n\n"
        "　　财联社10月28日讯（记者 林涛）锐能科技（301722.SZ）今日晚间公告，公司德国基地首条产线正式投产，该产线设计产能为10GWh，总投资不超过12亿欧元。\n\n"
        "　　同日披露的三季报显示，公司前三季度实现营业收入286.4亿元，同比增长19.2%；归属于上市公司股东的净利润21.3亿元，同比增长30.1%。\n"
    )
    assert _by_value(ex, "286.4亿元").subject == "锐能科技"
    assert _by_value(ex, "21.3亿元").subject == "锐能科技"
    assert _by_value(ex, "10GWh").indicator.endswith("产能")
    invest = _by_value(ex, "不超过12亿欧元")
    assert invest.value.approx == "under" and invest.value.normalized == Decimal("1200000000")


def test_a_macro_region_the_headline_names_and_the_lead_defines_is_the_subject():
    ex = tradeie.extract(_release(
        "广东省商务厅\n您当前的位置：首页 > 政务公开 > 新闻发布",
        "2026年粤港澳大湾区内地九市外贸规模再创新高",
        "发布日期：2027-01-26　　来源：广东省商务厅",
        "　　2026年，大湾区内地九市（广州、深圳、珠海、佛山、惠州、东莞、中山、江门、肇庆，下同）外贸稳中提质。",
        "　　一、外贸规模再创新高\n\n　　2026年，九市进出口9.32万亿元，增长4.1%，占全省的95.6%。其中，出口5.88万亿元，增长6.3%。",
    ))
    assert _by_value(ex, "9.32万亿元").subject == "粤港澳大湾区"
    assert _by_value(ex, "5.88万亿元").subject == "粤港澳大湾区"


def test_a_fair_named_by_its_edition_in_the_headline_owns_the_wire_storys_figures():
    ex = tradeie.extract(
        "新华通讯社　XINHUA NEWS AGENCY\n【中文稿 Chinese Service】　2026-11-10 19:05:12\n"
        "（经济）第九届进博会按一年计意向成交872.4亿美元　比上届增长2.4%\n\n"
        "新华社上海11月10日电（记者李明）为期6天的第九届中国国际进口博览会（CIIE）10日在上海落下帷幕。"
        "记者从闭幕新闻发布会上获悉，本届进博会按一年计意向成交872.4亿美元，比上届增长2.4%。\n"
    )
    m = _by_value(ex, "872.4亿美元")
    assert "进口博览会" in m.subject or "进博会" in m.subject
    assert _period(m) == ("2026-11-01", "2026-11-30")


def test_a_port_domain_is_whose_throughput_it_is():
    ex = tradeie.extract(_release(
        "宁波舟山港集团\n发布时间：2026-06-12", "1—5月宁波舟山港货物吞吐量稳步增长",
        "　　今年1—5月，宁波舟山港完成货物吞吐量5.98亿吨。其中，宁波港域完成货物吞吐量3.01亿吨，同比增长4.0%。",
    ))
    m = _by_value(ex, "3.01亿吨")
    assert m.subject == "宁波港域" and m.indicator == "货物吞吐量"


def test_a_zones_own_bureau_editing_the_brief_makes_it_the_zones():
    ex = tradeie.extract(
        "商务运行简报\n2026 年第 3 期（总第 123 期）\n\n云岭经济技术开发区商务局编                2026 年 4 月 12 日\n\n"
        "一、外贸进出口稳中有进\n\n　　1-3 月，经开区实现外贸进出口总额 215.4 亿元，同比增长 8.1%。3 月当月，全区实现进出口 80.2 亿元，同比增长 5.6%。\n"
    )
    assert _by_value(ex, "215.4 亿元").subject == "云岭经济技术开发区"
    assert _by_value(ex, "80.2 亿元").subject == "云岭经济技术开发区"


def test_a_customs_department_heading_the_bulletin_is_its_source_and_a_bracketed_group_is_no_unit():
    ex = tradeie.extract(
        "统  计  快  讯\n2026年第9期\n海关总署统计分析司                                    2026年5月9日\n\n"
        "2026年前4个月我国货物贸易进出口情况\n\n　　据海关统计，今年前4个月，我国货物贸易进出口总值14.52万亿元，同比增长2.6%。\n\n"
        "            2026年4月进出口主要国别（地区）总值表\n                                                            单位：亿元\n"
        "  项目                进出口        出口        进口  进出口同比±%\n"
        "  总值               38120.5     22014.6     16105.9           5.2\n"
        "  一、主要国别（地区）\n"
        "  东盟                6421.8      3870.2      2551.6           9.1\n"
        "  欧盟                4710.3      3092.7      1617.6           3.5\n"
    )
    assert _by_value(ex, "14.52万亿元").source.name == "海关总署统计分析司"
    asean = _by_value(ex, "6421.8")
    assert asean.value.normalized == Decimal("642180000000") and asean.value.base_unit == "CNY"
    assert asean.dimensions.get("market") == "东盟" and asean.change.percent == Decimal("9.1")


def test_kilowatt_hours_and_ounces_are_units_not_multipliers():
    got = {q.text: q for q in tradeie.quantities("户均用电3千瓦时，装机300千瓦；黄金储备7423万盎司，日产原油2万桶。")}
    assert got["3千瓦时"].normalized == Decimal("3") and got["3千瓦时"].base_unit == "千瓦时"
    assert got["300千瓦"].normalized == Decimal("300")
    assert got["7423万盎司"].kind == "measure" and got["7423万盎司"].normalized == Decimal("74230000")
    assert got["2万桶"].kind == "measure"


def test_a_coded_table_row_keeps_its_bracketed_name():
    ex = tradeie.extract(
        "泉州市跨境电商发展简报\n2026年第4期\n泉州市商务局                2026年5月20日\n\n"
        "　　1-4月，全市跨境电商出口229.5亿元，同比增长18.2%。\n\n"
        "表1 1-4月全市跨境电商出口分监管方式情况\n                                          单位：亿元，%\n"
        "监管方式                     出口额      同比增长      占比\n"
        "9610（直购出口）              58.3        12.6          25.4\n"
        "9710（B2B直接出口）           97.4        24.7          42.4\n"
    )
    m = _by_value(ex, "58.3")
    assert "直购出口" in " ".join([m.indicator, *m.dimensions.values()])


def test_a_quantity_and_value_table_names_its_measures_after_their_period():
    ex = tradeie.extract(
        "海关总署\n\n（4）2026年5月出口主要商品量值表（美元值）\n\n单位：千美元\n\n"
        "商品名称\t计量单位\t5月数量\t5月金额\t1至5月数量\t1至5月金额\t1至5月累计比去年同期±%数量\t1至5月累计比去年同期±%金额\n"
        "稀土\t吨\t5,102\t33,416\t24,870\t180,245\t-2.1\t6.3\n"
        "汽车（包括底盘）\t辆\t701,512\t11,902,334\t3,021,876\t52,118,470\t15.2\t13.9\n"
    )
    cars = _by_value(ex, "3,021,876")
    assert cars.indicator == "出口数量" and cars.change.percent == Decimal("15.2")
    amount = _by_value(ex, "52,118,470")
    assert amount.indicator == "出口金额" and amount.change.percent == Decimal("13.9")
    assert amount.value.normalized == Decimal("52118470000") and amount.value.base_unit == "USD"


def test_a_share_after_a_comparison_belongs_to_the_figure_before_it():
    ex = tradeie.extract(_release(
        "南京海关\n\n发布时间：2026-11-20", "前10个月江苏对共建“一带一路”国家进出口增长",
        "　　据南京海关统计，今年前10个月，江苏省对共建“一带一路”国家进出口2.31万亿元，同比增长7.9%，"
        "高于同期全省外贸整体增速3.2个百分点，占全省进出口总值的49.1%，比去年同期提升1.4个百分点。",
    ))
    m = _by_value(ex, "2.31万亿元")
    assert m.share is not None and m.share.percent == Decimal("49.1")
    gap = [x for x in ex.metrics if x.value is None and x.change is not None and x.change.points == Decimal("3.2")]
    assert gap and gap[0].share is None


def test_a_briefs_dotted_year_and_months_are_a_period():
    got = [(p.text, str(p.start), str(p.end)) for p in tradeie.periods("据海关总署统计, 2026.1-9, 我国跨境电商进出口2.05万亿元.")]
    assert ("2026.1-9", "2026-01-01", "2026-09-30") in got


def test_where_a_citys_foreign_investment_came_from_is_a_market():
    ex = tradeie.extract(_release(
        "青岛市商务局\n\n发布时间：2026-09-18", "1-8月全市利用外资情况",
        "　　1-8月，全市实际使用外资35.2亿美元。其中，中国香港实际使用外资17.08亿美元，同比增长4.1%；"
        "韩国、新加坡分别为3.95亿美元、3.20亿美元，分别增长21.4%、10.2%。",
        "　　截至8月底，全市外商投资企业2316家，较去年底新增187家。",
    ))
    hk = _by_value(ex, "17.08亿美元")
    assert hk.subject == "青岛市" and hk.dimensions.get("market") == "中国香港"
    assert _by_value(ex, "3.95亿美元").subject == "青岛市"
    firms = _by_value(ex, "2316家")
    assert firms.change is not None and firms.change.amount == Decimal("187") and firms.change.direction == "up"


def test_a_web_pages_current_location_crumb_is_no_period():
    assert [p.text for p in tradeie.periods("当前位置：首页 > 统计数据 > 统计公报")] == []
    ex = tradeie.extract(
        "云岭省统计局\n当前位置：首页 > 统计数据 > 统计公报\n\n2026年云岭省国民经济和社会发展统计公报（节选）\n\n"
        "发布时间：2027-03-06　　来源：云岭省统计局\n\n　　八、开放型经济\n\n"
        "　　对外贸易稳中提质。全年货物进出口总额5843.7亿元，比上年增长4.3%。其中，出口3591.2亿元，增长6.1%。\n"
    )
    assert _period(_by_value(ex, "3591.2亿元")) == ("2026-01-01", "2026-12-31")


def test_a_coefficient_or_index_stated_as_a_bare_number_is_a_measurement():
    ex = tradeie.extract(_release(
        "中国汽车流通协会\n\n发布时间：2026-12-10", "2026年11月汽车经销商库存系数为1.48",
        "　　调查结果显示，2026年11月，汽车经销商综合库存系数为1.48，同比上升5.1%，库存水平位于警戒线以上。"
        "分品牌类型看，11月合资品牌库存系数为1.62，环比上升9.4%。",
    ))
    m = _by_value(ex, "1.48")
    assert m.indicator.endswith("库存系数") and m.value.base_unit == "系数" and m.change.percent == Decimal("5.1")
    assert _by_value(ex, "1.62").change.basis == "mom"
    # a bare number with no such measure before it stays unattached
    assert not [x for x in tradeie.extract("本次调查覆盖全国92个城市，编号为1.5。").metrics if x.value and x.value.text == "1.5"]


def test_a_table_an_article_points_to_reports_that_articles_source():
    ex = tradeie.extract(
        "中国（云岭）跨境电子商务综合试验区\n工作简报\n2026年第9期\n云岭市跨境电商综试区建设工作领导小组办公室　　2026年10月20日\n\n"
        "一、数据速递\n\n● 前三季度全市跨境电商进出口保持较快增长\n"
        "据云岭海关统计，2026年1-9月，全市跨境电商进出口212.6亿元，同比增长16.6%。"
        "分区域看，甲区、乙区跨境电商进出口规模位居全市前二位（详见表1）。\n（来源：云岭海关）\n\n"
        "表1　2026年1-9月各区跨境电商进出口情况\n单位：亿元，%\n区（市）\t进出口额\t同比增长\t占全市比重\n"
        "甲区\t88.7\t20.4\t41.7\n乙区\t56.5\t11.8\t26.6\n"
    )
    assert _by_value(ex, "88.7").source.name == "云岭海关"


def test_a_contribution_and_its_share_of_growth_name_the_measure_they_belong_to():
    ex = tradeie.extract(_release(
        "国家统计局\n\n发布时间：2026-11-14", "2026年1—10月份全国固定资产投资增长0.9%",
        "　　2026年1—10月份，全国固定资产投资（不含农户）421230亿元，同比增长0.9%。从环比看，10月份固定资产投资（不含农户）增长0.18%。",
        "　　设备工器具购置投资增长14.9%，对全部投资增长的贡献率为60.1%，拉动全部投资增长1.2个百分点。",
    ))
    by_text = {(m.change or m.value).text: m for m in ex.metrics}
    assert by_text["增长0.18%"].change.basis == "mom"
    share = by_text["60.1%"]
    assert share.indicator.startswith("设备工器具购置投资") and "贡献率" in share.indicator
    pulled = by_text["增长1.2个百分点"]
    assert pulled.indicator.startswith("设备工器具购置投资") and "拉动" in pulled.indicator


def test_a_profiled_park_called_by_its_kind_is_the_subject():
    ex = tradeie.extract(
        "沂南跨境电商产业园：小商品搭上“出海”快车\n\n2026-09-22 06:38　　来源：经济日报\n\n"
        "　　9月中旬，记者走进山东沂南跨境电商产业园，一排排直播间里，主播们正介绍着工艺品。\n\n"
        "　　8月当月，园区跨境电商进出口12.7亿元，环比增长6.9%。目前，园区入驻企业426家。\n\n"
        "　　据沂南县商务局统计，今年前8个月，全县跨境电商进出口109.7亿元。\n\n"
        "　　刘建国说，园区企业已在美国、德国等国家布局海外仓37个，总面积26.5万平方米。园区内建成保税仓储面积8.6万平方米。\n"
    )
    assert _by_value(ex, "12.7亿元").subject == "沂南跨境电商产业园"
    assert _by_value(ex, "426家").subject == "沂南跨境电商产业园"
    assert _by_value(ex, "8.6万平方米").subject == "沂南跨境电商产业园"


def test_income_groups_listed_before_the_measure_and_an_area_split_rates_table():
    ex = tradeie.extract(
        "国家统计局\n\n2026年国民经济和社会发展统计公报（节选）\n\n"
        "　　按全国居民五等份收入分组，低收入组、中间收入组、高收入组人均可支配收入分别为10120元、37150元和104820元。\n\n"
        "表1　2026年居民消费价格比上年涨跌幅度\n单位：%\n指　　标\t全国\t城市\t农村\n"
        "居民消费价格\t0.3\t0.3\t0.2\n　其中：食品烟酒\t-0.7\t-0.6\t-1.0\n"
    )
    high = _by_value(ex, "104820元")
    assert high.indicator == "人均可支配收入" and high.dimensions.get("breakdown") == "高收入组"
    food_city = [m for m in ex.metrics if m.change is not None and m.change.text == "-0.6"]
    assert food_city and food_city[0].value is None and food_city[0].share is None
    assert food_city[0].change.percent == Decimal("-0.6") and food_city[0].dimensions.get("area") == "城市"


def test_an_event_dated_at_the_head_of_its_paragraph_dates_its_counts():
    ex = tradeie.extract(
        "湖北省商务厅\n商务工作简报\n2026年第12期\n湖北省商务厅办公室　　2026年3月25日\n\n"
        "一、1—2月全省商务运行情况\n\n　　1—2月，全省社会消费品零售总额4012.6亿元，同比增长5.2%。\n\n"
        "二、招商引资\n\n　　3月19日，由省商务厅主办的投资推介会在深圳举办，150余家企业代表参会。"
        "现场集中签约项目32个，签约总金额416.8亿元。\n\n"
        "　　二级市场上，3月20日，楚天物流股价收报12.36元/股，总市值约86亿元。\n"
    )
    assert _period(_by_value(ex, "4012.6亿元")) == ("2026-01-01", "2026-02-28")
    assert _period(_by_value(ex, "416.8亿元")) == ("2026-03-01", "2026-03-31")
    assert _period(_by_value(ex, "约86亿元")) == ("2026-03-01", "2026-03-31")


def test_during_the_promotion_refers_back_to_its_run_of_days():
    ex = tradeie.extract(_release(
        "澎湃新闻 > 财经上下游", "杭州“双十一”消费成绩单出炉", "澎湃新闻记者 周辰\n2026-11-13 19:42  来源：澎湃新闻",
        "　　11月13日，记者从杭州市商务局获悉，10月16日至11月11日“双十一”促销期间，全市重点监测的商贸企业实现销售额438.2亿元，同比增长11.6%。",
        "　　网络零售方面，促销期间全市实现网络零售额1190.4亿元，同比增长8.8%。分品类看，服装鞋帽、家用电器网络零售额分别为291.6亿元和201.3亿元。",
    ))
    for quote in ("1190.4亿元", "291.6亿元"):
        assert _period(_by_value(ex, quote)) == ("2026-10-16", "2026-11-11")


def test_a_share_of_a_larger_named_place_does_not_make_it_the_subject():
    ex = tradeie.extract(_release(
        "慈溪市商务局\n\n2026年10月20日", "1—9月全市商务运行情况",
        "　　据宁波海关统计，1—9月，我市实现外贸进出口总额1452.16亿元，同比增长7.2%，占宁波市进出口总额的13.1%。"
        "其中，外贸出口1179.38亿元，增长8.1%，占宁波市出口总额的15.6%。",
    ))
    assert _by_value(ex, "1179.38亿元").subject == "慈溪市"


def test_a_table_inside_an_article_closed_by_its_source_line_reports_that_source():
    ex = tradeie.extract(
        "青岛市数字贸易简报\n2026年第7期\n青岛市数字贸易协会　　2026年7月20日\n\n【数据月报】\n"
        "● 2026年1-6月青岛市服务外包数据统计\n\n今年1-6月，青岛市服务外包执行额140210.4万美元，同比增长9.1%。\n"
        "表1  2026年1-6月青岛市离岸服务外包分领域执行额\n单位：万美元\n\t领域\t执行额\t同比增速（%）\n"
        "\t信息技术外包（ITO）\t43120.6\t11.4\n\t业务流程外包（BPO）\t19204.3\t-2.1\n（来源：青岛市商务局）\n"
    )
    assert _by_value(ex, "43120.6").source.name == "青岛市商务局"


def test_a_national_bodys_release_reports_the_nation_even_where_it_ranks_cities():
    ex = tradeie.extract(
        "国家邮政局公布2026年10月邮政行业运行情况\n\n发布时间：2026-11-19　　来源：国家邮政局网站\n\n"
        "　　一、邮政行业业务总量\n　　2026年1-10月，邮政行业寄递业务量累计完成1821.6亿件，同比增长15.2%。\n\n"
        "　　二、快递业务量前15位城市\n　　1-10月，快递业务量排名前五的城市依次是金华（义乌）、广州、深圳、揭阳和上海，"
        "上海快递业务量32.1亿件，上海快递业务收入累计完成412.3亿元。\n　　1-10月，快递业务收入累计完成11283.5亿元，同比增长9.2%。\n"
    )
    assert _by_value(ex, "1821.6亿件").subject == "中国"
    assert _by_value(ex, "11283.5亿元").subject == "中国"
    assert _by_value(ex, "32.1亿件").subject == "上海市"


def test_a_zone_named_in_full_with_its_short_name_is_the_subject():
    ex = tradeie.extract(_release(
        "青岛海关\n\n发布时间：2027-01-20", "2026年青岛市外贸运行情况",
        "　　2026年，中国—上海合作组织地方经贸合作示范区（以下简称“上合示范区”）实现进出口712.5亿元，增长12.1%。",
        "　　一季度，横琴粤澳深度合作区（以下简称“合作区”）货物贸易进出口98.2亿元，同比增长30.4%。",
    ))
    assert _by_value(ex, "712.5亿元").subject == "上合示范区"
    assert _by_value(ex, "98.2亿元").subject in ("横琴粤澳深度合作区", "横琴")  # (the gazetteer's canonical form)


def test_members_shares_after_their_rates_join_them():
    ex = tradeie.extract(_release(
        "浙江省统计局\n\n发布时间：2026-11-18", "1—10月全省经济运行情况",
        "　　1—10月，全省规模以上工业中，高技术制造业、装备制造业增加值分别增长9.6%和8.1%，占规上工业增加值的比重分别为18.2%和46.9%。",
    ))
    by_rate = {m.change.text.replace("分别增长", ""): m for m in ex.metrics if m.change is not None}
    assert by_rate["9.6%"].share is not None and by_rate["9.6%"].share.percent == Decimal("18.2")
    assert by_rate["8.1%"].share is not None and by_rate["8.1%"].share.percent == Decimal("46.9")
    assert not [m for m in ex.metrics if m.change is None and m.value is None]


def test_a_rates_table_whose_columns_name_their_measures():
    ex = tradeie.extract(
        "浙江省统计局\n\n　　附：2026年1—10月各设区市主要指标增速\n\n"
        "                                                                               单位：%\n"
        "地  区                规上工业增加值            固定资产投资        社会消费品零售总额\n"
        "全  省                           6.1                    -1.5                       4.3\n"
        "杭州市                           5.7                     0.9                       3.6\n"
    )
    cells = {(m.subject, m.indicator): m.change.percent for m in ex.metrics if m.change is not None}
    assert cells.get(("杭州市", "固定资产投资")) == Decimal("0.9")
    assert cells.get(("杭州市", "规上工业增加值")) == Decimal("5.7")


def test_a_balance_row_under_a_section_line_is_that_groups_balance():
    ex = tradeie.extract(
        "国家外汇管理局\n\n附表：2026年3月银行代客涉外收付款（按交易性质分）\n单位：亿美元\n"
        "项目\t涉外收入\t对外付款\t差额\n合计\t6712\t6420\t292\n一、经常项目\t5140\t4760\t380\n"
        "　货物贸易\t4310\t3790\t520\n　服务贸易\t430\t590\t-160\n"
    )
    services = [m for m in ex.metrics if m.value is not None and m.value.text == "-160"]
    assert services and "差额" in services[0].indicator and "服务贸易" in services[0].indicator + " ".join(services[0].dimensions.values())
    ex = tradeie.extract(
        "国家外汇管理局\n\n表1　2026年上半年银行结售汇和涉外收付款\n单位：亿元人民币\n"
        "项目                    1-6月           6月\n一、银行结售汇\n  结汇                  89,410         12,530\n"
        "  售汇                  84,602         11,871\n  差额                   4,808            659\n"
    )
    assert _by_value(ex, "4,808").indicator.endswith("结售汇差额")


def test_year_on_year_and_month_on_month_lists_of_a_paired_measure_in_either_order():
    for rates in ("同比分别增长21.7%和23.4%，环比分别增长13.6%和11.2%", "环比分别增长13.6%和11.2%，同比分别增长21.7%和23.4%"):
        ex = tradeie.extract(_release(
            "中国汽车工业协会\n\n发布时间：2026-10-11", "9月汽车产销情况",
            f"　　9月，新能源汽车产销分别完成158.3万辆和155.9万辆，{rates}。",
        ))
        made, sold = _by_value(ex, "158.3万辆"), _by_value(ex, "155.9万辆")
        assert (made.indicator, made.change.percent, made.change.basis) == ("新能源汽车产量", Decimal("21.7"), "yoy")
        assert (sold.indicator, sold.change.percent, sold.change.basis) == ("新能源汽车销量", Decimal("23.4"), "yoy")
        monthly = {m.change.percent: m.indicator for m in ex.metrics if m.value is None and m.change is not None}
        assert monthly == {Decimal("13.6"): "新能源汽车产量", Decimal("11.2"): "新能源汽车销量"}


def test_reaching_a_part_of_a_total_is_a_share():
    ex = tradeie.extract(_release(
        "中国汽车工业协会\n\n发布时间：2026-10-11", "9月新能源汽车产销情况",
        "　　9月，新能源汽车新车销量达到汽车新车总销量的49.1%。",
    ))
    shares = [m for m in ex.metrics if m.share is not None]
    assert shares and shares[0].share.percent == Decimal("49.1") and shares[0].value is None


def test_a_nameplate_with_its_latin_name_is_the_outlet():
    ex = tradeie.extract(
        "第一财经 YICAI\n首页 > 公司 > 汽车\n\n嘉远股份去年净利增超两成\n\n一财网  2027-04-28 21:36:15\n作者：陈远    责编：王磊\n\n"
        "4月28日晚间，汽车零部件供应商嘉远股份（603981.SH）披露2026年年报。2026年，公司实现营业收入88.12亿元，同比增长17.9%。\n"
    )
    assert ex.bulletin.meta.source == "第一财经"
    assert _by_value(ex, "88.12亿元").source is not None


def test_bounds_naming_classes_are_members_not_figures():
    ex = tradeie.extract(_release(
        "中国汽车流通协会\n\n发布时间：2026-11-12", "2026年10月全国二手车市场分析",
        "　　从交易价格区间看，3万元以下、3—5万元、5—8万元、15万元以上车辆交易占比分别为28.1%、19.5%、21.2%和12.4%。",
    ))
    assert not [m for m in ex.metrics if m.value is not None]
    brackets = {m.dimensions.get("breakdown"): m.share.percent for m in ex.metrics if m.share is not None}
    assert brackets == {"3万元以下": Decimal("28.1"), "3—5万元": Decimal("19.5"), "5—8万元": Decimal("21.2"), "15万元以上": Decimal("12.4")}


def test_a_year_end_table_column_holds_levels_at_the_years_end():
    ex = tradeie.extract(
        "国家外汇管理局\n\n附表：\n\n中国国际投资头寸表\n单位：亿美元\n项\u3000目\t行次\t2025年末\t2026年6月末\n"
        "净头寸\t1\t36210\t37954\n资产\t2\t101120\t106930\n"
    )
    assert _period(_by_value(ex, "101120")) == (None, "2025-12-31")
    assert _period(_by_value(ex, "106930")) == (None, "2026-06-30")


def test_a_parts_effect_on_the_index_and_a_quoted_period_carried_past_a_semicolon():
    ex = tradeie.extract(_release(
        "国家统计局\n\n发布时间：2026-04-10", "2026年3月份居民消费价格同比上涨0.8%",
        "　　3月份，食品烟酒类价格同比下降0.5%，影响CPI下降约0.14个百分点。受天气影响，鲜菜价格上涨5.1%。",
    ))
    effect = [m for m in ex.metrics if m.change is not None and m.change.points is not None]
    assert effect and effect[0].indicator.startswith("食品烟酒类价格") and "影响" in effect[0].indicator
    veg = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("5.1")]
    assert veg and veg[0].indicator == "鲜菜价格"
    ex = tradeie.extract(_release(
        "经济日报\n\n2026年11月06日 06:58   来源：经济日报", "内陆城市如何“通江达海”",
        "　　“今年1至10月，陆港累计开行铁海联运班列1904列，同比增长16.2%；完成集装箱吞吐量22.6万标箱，同比增长11.8%。”陆港集团董事长告诉记者。",
    ))
    assert _period(_by_value(ex, "22.6万标箱")) == ("2026-01-01", "2026-10-31")


def test_a_long_office_name_over_the_date_is_the_publisher():
    ex = tradeie.extract(
        "青岛综试区工作周报\n\n2026 年第 37 期（总第 212 期）\n\n"
        "中国（青岛）跨境电子商务综合试验区建设工作领导小组办公室　　　　2026 年 9 月 21 日\n\n"
        "一、运行监测\n\n　　（一）平台动态。9 月 14 日—20 日，全市新增跨境电商备案企业 36 家。\n"
    )
    assert ex.bulletin.meta.publisher and ex.bulletin.meta.publisher.endswith("领导小组办公室")


def test_a_county_the_gazetteer_cannot_know_outvotes_a_city_named_in_passing():
    ex = tradeie.extract(
        "经济日报\n\n枫溪村的“电商经”\n\n2026年12月09日 06:30   来源：经济日报\n\n"
        "　　本报记者 赵明\n\n　　冬日的溪丰县枫溪村，桔园连片。“90后”返乡青年刘阳大学毕业后在深圳一家互联网公司做了3年运营，前年回到村里。\n\n"
        "　　溪丰县近年来持续完善农村物流体系，建成乡镇快递服务站32个。全村通过网络销售蜜桔1.9万吨。溪丰县还推行蜜桔分级标准。\n"
    )
    assert _by_value(ex, "32个").subject == "溪丰县"


def test_the_body_releasing_an_index_is_its_source_not_its_subject():
    ex = tradeie.extract(_release(
        "中国物流与采购联合会\n\n发布时间：2026-12-05", "2026年11月份中国物流业景气指数为51.2%",
        "　　中国物流与采购联合会发布的2026年11月份中国物流业景气指数为51.2%，较上月回升0.6个百分点。",
    ))
    m = [x for x in ex.metrics if x.value is not None and x.value.text == "51.2%" and "发布的" in x.evidence.text][0]
    assert m.subject == "中国" and m.indicator.endswith("物流业景气指数") and "发布" not in m.indicator


def test_a_communique_tables_member_rows_take_the_measure_just_above():
    ex = tradeie.extract(
        "国家统计局\n\n2026年国民经济和社会发展统计公报（节选）\n\n表12　2026年货物进出口总额及其增长速度\n"
        "单位：亿元\n指标\t金额\t比上年增长（%）\n货物进出口总额\t461230\t1.8\n　货物出口额\t275410\t2.0\n"
        "　　其中：一般贸易\t178230\t3.1\n　货物进口额\t185820\t1.5\n　　其中：一般贸易\t115630\t1.5\n"
    )
    imports = [m for m in ex.metrics if m.value is not None and m.value.text == "115630"][0]
    assert "进口" in imports.indicator and "进出口" not in imports.indicator
    assert imports.dimensions.get("trade_mode") == "一般贸易"


def test_a_combined_share_of_listed_members_is_the_groups():
    ex = tradeie.extract(_release(
        "苏州市服务外包协会\n\n2026年10月20日", "1-9月苏州市服务外包运行情况",
        "　　美国、中国香港、日本为苏州市离岸服务外包前三大市场，1-9 月承接上述市场离岸执行额分别为 15.02 亿美元、"
        "9.61 亿美元和 7.12 亿美元，同比分别增长 5.1%、12.8%和-3.9%，合计占全市离岸执行额的 48.7%。",
    ))
    japan = _by_value(ex, "7.12 亿美元")
    assert japan.share is None and japan.dimensions.get("market") == "日本"
    group = [m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("48.7")][0]
    assert group.dimensions.get("market") == "美国、中国香港、日本" and group.dimensions.get("rank") == "前三"


def test_an_area_after_a_count_is_the_area_of_the_things_counted():
    ex = tradeie.extract(_release(
        "宁波市跨境电子商务协会\n\n2026年9月20日", "8月全市跨境电商运行情况",
        "　　截至8月底，全市企业在境外建设运营海外仓152个，总面积226万平方米，覆盖32个国家和地区。",
    ))
    assert _by_value(ex, "226万平方米").indicator == "海外仓总面积"


def test_an_increment_and_a_running_total_of_one_count_keep_their_words():
    ex = tradeie.extract(_release(
        "武汉跨境电商综试区办公室\n\n2026年10月15日", "9月综试区运行情况",
        "　　1-9月，武汉跨境电商综试区线上综合服务平台备案企业新增426家，累计达3210家。",
    ))
    new, total = _by_value(ex, "426家"), _by_value(ex, "3210家")
    assert "新增" in new.indicator and "累计" in total.indicator


def test_a_count_of_firms_taking_part_says_so():
    ex = tradeie.extract(_release(
        "宁波市商务局\n\n2026年9月20日", "宁波代表团亮相服贸会",
        "　　9月，宁波代表团共组织91家企业参展，集中签约数字贸易项目25个。",
    ))
    assert _by_value(ex, "91家").indicator.endswith("企业参展")


def test_a_five_year_plan_period_spans_its_five_years():
    ex = tradeie.extract(_release(
        "岚州省人民政府\n\n2026年1月20日", "政府工作报告（摘要）",
        "　　2025年，全省地区生产总值增长5.2%。“十四五”时期，全省地区生产总值年均增长5.6%，外贸进出口累计突破2.1万亿元。",
        "　　——创新动能加快集聚。全社会研发经费投入强度达到2.62%。",
    ))
    gdp = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("5.6")][0]
    assert _period(gdp) == ("2021-01-01", "2025-12-31")
    trade = _by_value(ex, "2.1万亿元")
    assert trade.indicator == "外贸进出口累计" and not trade.dimensions
    # the look back holds for its paragraph; the review's next paragraph is the year's again
    assert _period(_by_value(ex, "2.62%")) == ("2025-01-01", "2025-12-31")


def test_a_note_under_a_table_speaks_for_that_table_only():
    ex = tradeie.extract(
        "岚州综合保税区\n\n经济运行简报\n\n岚州综合保税区管理办公室　　2026年5月14日\n\n"
        "2026年1-4月综保区经济运行情况\n\n　　一、主要指标完成情况\n\n"
        "表1　2026年1-4月综保区主要经济指标\n\n指标名称\t单位\t1-4月\t同比增长（%）\n"
        "进出口总值\t亿元\t321.75\t11.8\n规上工业总产值\t亿元\t289.40\t8.3\n\n"
        "注：进出口数据来源于岚州海关，规上工业总产值为现价。\n\n"
        "　　二、运行主要特点\n\n"
        "　　1-4月，综保区进出口总值占经开区外贸进出口总值的64.2%，较去年同期提高2.4个百分点。\n"
    )
    assert _by_value(ex, "321.75").source.name == "岚州海关"
    assert _by_value(ex, "289.40").source.name == "岚州综合保税区管理办公室"
    share = [m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("64.2")][0]
    assert share.source.name == "岚州综合保税区管理办公室"


def test_the_firms_an_association_monitors_are_whose_figures_they_are():
    ex = tradeie.extract(
        "岚州市跨境电子商务协会\n\n跨境电商运行月报\n\n2025年第11期\n\n岚州市跨境电子商务协会　　2025年11月15日\n\n"
        "　　一、样本卖家经营情况\n\n"
        "　　协会监测样本为326家会员卖家。10月，样本卖家实现线上销售额58.7亿元，同比增长18.9%；"
        "共完成订单4126万单，同比增长22.7%。受访企业平均毛利率为21.8%。\n\n"
        "表1　2025年10月样本卖家分平台销售情况\n\n平台\t销售额（亿元）\t同比（%）\n亚马逊\t27.4\t14.2\nTemu\t9.6\t35.6\n\n"
        "　　二、协会动态\n\n　　11月，协会为128家会员企业提供出口信用保险承保金额15.8亿美元。\n"
    )
    assert _by_value(ex, "58.7亿元").subject == "样本卖家"
    assert _by_value(ex, "4126万单").subject == "样本卖家"
    assert _by_value(ex, "27.4").subject == "样本卖家"
    assert _by_value(ex, "21.8%").subject == "受访企业"
    assert _by_value(ex, "15.8亿美元").subject != "会员企业"


def test_a_rate_stated_as_a_surveys_average_names_its_measure():
    ex = tradeie.extract(_release(
        "中国贸促会研究院\n\n2025年10月20日", "2025年三季度外贸企业调查",
        "　　从订单金额看，受访企业三季度出口订单金额同比平均增长5.7%，增幅较二季度扩大1.9个百分点。",
    ))
    rate = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("5.7")][0]
    assert rate.indicator == "出口订单金额" and rate.subject == "受访企业"


def test_a_confidentiality_mark_is_no_publisher():
    ex = tradeie.extract(
        "内部资料 注意保存\n\n商 务 周 报\n\n2026年第11期(总第523期)\n\n"
        "岚溪区商务局编                       2026年3月23日\n\n"
        "1.全区消费市场运行平稳\n"
        "3月16日-22日,全区重点商超实现销售额1.27亿元,同比增长6.1%.\n"
    )
    m = _by_value(ex, "1.27亿元")
    assert m.source is not None and m.source.name == "岚溪区商务局"


def test_a_municipalitys_release_naming_itself_once_is_its_own_city():
    ex = tradeie.extract(
        "2025年1—8月全市经济运行情况\n\n发布时间：2025-09-18 15:00    来源：市统计局\n\n"
        "　　一、工业生产稳定增长\n\n　　1—8月，全市规模以上工业增加值同比增长7.3%。\n\n"
        "附表\n\n                       2025年1—8月天津市主要经济指标\n\n"
        "  指      标                      单位        1—8月      同比增长(%)\n"
        "  规模以上工业增加值                %            —          7.3\n"
        "  社会消费品零售总额              亿元       3812.6         4.1\n"
    )
    rate = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("7.3")][0]
    assert rate.subject == "天津市"


def test_an_index_table_with_month_rows_and_two_line_names():
    ex = tradeie.extract(
        "中国物流与采购联合会\n\n2025年12月中国非制造业商务活动指数\n\n发布时间：2025-12-31\n\n"
        "　　12月份，非制造业商务活动指数为50.2%，比上月上升0.7个百分点。\n\n附表1\n\n"
        "非制造业主要分类指数（经季节调整）\n"
        "                                                  单位：%\n"
        "              商务活动    新订单    投入品价格    销售价格\n"
        "               指  数     指  数      指  数       指  数\n"
        "2025年10月      50.1       46.0        50.5         48.6\n"
        "2025年11月      49.5       45.3        49.8         48.4\n"
        "2025年12月      50.2       46.1        50.4         48.7\n"
    )
    oct_orders = _by_value(ex, "46.0")
    assert oct_orders.indicator == "非制造业新订单指数" and oct_orders.share is None  # the table's sector
    assert _period(oct_orders) == ("2025-10-01", "2025-10-31")


def test_a_press_office_as_source_line_is_the_body_speaking():
    ex = tradeie.extract(
        "国家外汇管理局\n\n首页 > 新闻发布 > 新闻发布\n\n国家外汇管理局公布2026年3月银行结售汇数据\n\n"
        "发布时间：2026-04-17　　来源：国际收支司\n\n"
        "　　2026年3月，银行结汇16354亿元人民币，售汇15218亿元人民币。\n\n"
        "国家外汇管理局副局长、新闻发言人就2026年3月外汇收支数据答记者问\n\n"
        "发布时间：2026-04-17　　来源：新闻办公室\n\n"
        "　　2026年3月，企业、个人等非银行部门涉外收入47215亿元人民币，同比增长8.2%。\n"
    )
    assert _by_value(ex, "47215亿元人民币").source.name == "国家外汇管理局"


def test_a_papers_site_name_in_its_dateline_is_the_paper():
    ex = tradeie.extract(
        "经济观察网 eeo.com.cn\n首页 > 公司 > 消费\n\n岚锦家纺半年报折射家纺出口商关税之困\n\n"
        "经济观察网 记者 周岚　2025-09-06 09:48　来源：经济观察报\n\n"
        "　　经济观察网讯 8月29日晚间，家纺出口企业岚锦家纺（301999.SZ）披露2025年半年度报告。报告期内，公司实现营业收入14.86亿元，同比下降6.3%。\n"
    )
    assert _by_value(ex, "14.86亿元").source.name == "经济观察报"


def test_a_zones_whole_and_a_titled_park_are_the_zone_spoken_of():
    ex = tradeie.extract(
        "“全球货”来“问诊” 岚山综保区保税维修业务持续升温\n\n2026-03-09 10:42:17　来源：新华网\n\n"
        "　　新华社南京3月9日电 记者从岚山综合保税区管委会获悉，2025年，岚山综保区实现进出口总值3218亿元，同比增长9.4%；"
        "其中，保税维修业务实现进出口货值286.4亿元，同比增长23.7%，占全区进出口总值的8.9%。\n"
    )
    assert _by_value(ex, "286.4亿元").subject == "岚山综合保税区"  # (by the registered name the story also writes)
    park = tradeie.extract(
        "每日经济新闻\n\n岚溪跨境电商产业园调查：千余家卖家“抱团出海”\n\n2025-11-26 19:42:15\n\n"
        "　　这座由旧鞋厂厂房改造而成的园区，今年1—10月，园区企业实现跨境电商交易额168.4亿元，同比增长31.2%。\n"
    )
    assert _by_value(park, "168.4亿元").subject == "岚溪跨境电商产业园"


def test_a_pmi_table_with_names_over_two_lines_and_list_of_full_names():
    ex = tradeie.extract(
        "2025年12月中国采购经理指数运行情况\n\n国家统计局\n\n发布时间：2025-12-31\n\n"
        "　　12月份，主要原材料购进价格指数和出厂价格指数分别为53.1%和48.7%，比上月上升0.5和0.8个百分点。"
        "铁路运输、航空运输等行业商务活动指数位于55.0%以上较高景气区间。\n\n附表1\n\n"
        "中国制造业PMI及构成指数（经季节调整）\n\n单位：%\n\n"
        "                      生产     新订单   原材料\n"
        "   月份      PMI      指数      指数   库存指数\n"
        "2025年10月   49.0     49.7      48.8     47.3\n"
        "2025年11月   49.2     50.0      49.2     47.3\n"
        "2025年12月   50.1     51.3      50.6     47.8\n"
    )
    assert _by_value(ex, "48.7%").indicator == "出厂价格指数"
    assert "景气区间" not in _by_value(ex, "55.0%以上").indicator
    assert _by_value(ex, "49.7").indicator == "制造业生产指数"  # the table's sector
    assert _by_value(ex, "49.0").indicator == "制造业PMI"


def test_an_average_over_the_months_holds_for_its_paragraph_only():
    ex = tradeie.extract(_release(
        "国家统计局\n\n2025-12-10 09:30", "2025年11月份居民消费价格同比上涨0.7%",
        "　　1—11月平均，全国居民消费价格比上年同期持平。",
        "　　从同比看，CPI上涨0.7%，涨幅比上月扩大0.5个百分点。",
    ))
    cpi = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("0.7")][0]
    assert _period(cpi) == ("2025-11-01", "2025-11-30")


def test_a_work_reports_date_line_hard_wrapped_before_its_session():
    ex = tradeie.extract(
        "政 府 工 作 报 告\n\n——2026 年 1 月 23 日在岚南省第十四届人民代表大会\n\n第五次会议上\n\n岚南省人民政府\n\n各位代表：\n\n"
        "一、2025 年工作回顾\n\n今年全省地区生产总值增长5.5%左右。\n"
    )
    assert ex.bulletin.meta.date == "2026-01-23"


def test_exhibition_venues_and_this_venue_are_whose_figures():
    ex = tradeie.extract(_release(
        "澎湃新闻\n\n2026-01-20 10:00", "深圳会展经济观察",
        "　　在深圳西部的宝安区，室内展览面积达50万平方米的深圳国际会展中心是这轮会展热潮的主阵地。2025年，该馆共举办展会98场，展览面积562.3万平方米。",
        "　　位于福田中心区的深圳会展中心则以消费类展会为主，2025年举办展会61场，展览面积198.4万平方米。",
    ))
    assert _by_value(ex, "562.3万平方米").subject == "深圳国际会展中心"
    assert _by_value(ex, "198.4万平方米").subject == "深圳会展中心"
    assert all(m.source is None or "西部" not in m.source.name for m in ex.metrics)


def test_a_work_reports_numbered_heading_year_governs_and_its_date_line_dates_nothing():
    ex = tradeie.extract(
        "岚蒙自治区人民政府\n\n政府工作报告（摘要）\n——2026年1月26日在岚蒙自治区第十四届人民代表大会第四次会议上\n"
        "岚蒙自治区人民政府\n\n各位代表：\n\n　　现在，我代表自治区人民政府，向大会报告工作，请予审议。\n\n"
        "一、2025年和“十四五”时期工作回顾\n\n"
        "　　一年来，我们重点做了以下工作。\n\n"
        "　　（一）全力以赴稳增长扩内需。实施自治区重大项目1468个，完成投资4120亿元。\n"
    )
    assert _period(_by_value(ex, "4120亿元")) == ("2025-01-01", "2025-12-31")


def test_a_tab_table_whose_names_go_on_under_the_last_columns():
    ex = tradeie.extract(
        "2025年11月中国采购经理指数运行情况\n\n国家统计局\n\n发布时间：2025-11-30\n\n"
        "　　11月份，制造业采购经理指数（PMI）为49.2%，比上月上升0.2个百分点。\n\n附表1\n\n"
        "中国制造业PMI及构成指数（经季节调整）\n\n单位：%\n\n"
        "\tPMI\t生产\t新订单\t原材料\n\t\t指数\t指数\t库存指数\n"
        "2025年9月\t49.8\t51.9\t49.7\t48.5\n2025年10月\t49.0\t49.7\t48.8\t47.3\n2025年11月\t49.2\t50.0\t49.2\t47.3\n"
    )
    stock = _by_value(ex, "48.5")
    assert stock.indicator == "制造业原材料库存指数" and _period(stock) == ("2025-09-01", "2025-09-30")


def test_a_wire_datelines_full_date_resolves_this_year_and_a_bracketed_place_stays_in_the_source():
    ex = tradeie.extract(
        "岚南自贸试验区挂牌五年累计新设企业超9万家\n\n"
        "新华社岚城2025年9月23日电（记者何书远）记者从中国（岚南）自由贸易试验区工作办公室获悉，今年1至8月，"
        "岚南自贸试验区实现外贸进出口2178.6亿元，同比增长12.4%。\n"
    )
    m = _by_value(ex, "2178.6亿元")
    assert _period(m) == ("2025-01-01", "2025-08-31")
    assert m.source.name.startswith("中国（岚南）自由贸易试验区")


def test_a_county_level_city_is_a_city_and_its_word_like_short_forms_are_not():
    from tradeie.places import lookup, place_mentions

    assert lookup("海宁市").kind == "city" and lookup("海宁").canonical == "海宁市"
    assert [m.group() for m in place_mentions("社会安宁，合作共赢，安宁市出口增长")] == ["安宁市"]


def test_the_association_a_figure_is_counted_by_is_its_source_not_its_subject():
    ex = tradeie.extract(_release(
        "中国汽车工业协会\n\n发布时间：2025-12-11", "新能源汽车出口保持高速增长",
        "　　据中国汽车工业协会统计分析，2025年11月，汽车出口68.4万辆，环比增长2.9%，同比增长41.3%。",
    ))
    rate = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("2.9")][0]
    assert rate.subject == "中国" and rate.source.name == "中国汽车工业协会"


def test_a_monitored_group_named_in_full_goes_on_in_later_paragraphs():
    ex = tradeie.extract(
        "岚州市跨境电子商务协会\n\n会员出口监测月报\n\n2025 年第 10 期\n\n岚州市跨境电子商务协会秘书处 编        2025 年 11 月 18 日\n\n"
        "一、重点监测企业出口总体情况\n\n"
        "10 月，重点监测企业实现出口额 18.62 亿美元，同比增长 9.4%。\n\n"
        "分模式看，10 月 B2C 企业出口 12.35 亿美元，同比增长 12.6%，占监测企业出口总额的 66.3%；B2B 企业出口 6.27 亿美元，同比增长 3.5%。\n"
    )
    assert _by_value(ex, "12.35 亿美元").subject == "重点监测企业"
    assert _by_value(ex, "6.27 亿美元").subject == "重点监测企业"


# An association's survey section: the association runs the survey, then numbered sub-sections
# `(一)`, `(二)` report the surveyed firms' answers; a table titled with a remark in brackets.
SURVEY_SECTIONS = """岚州市跨境电子商务协会
跨境电商行业运行月报
2025年第9期(总第57期)                                    2025年9月16日

一、行业运行概况

据岚州海关统计,前8个月,全市跨境电商进出口386.4亿元,同比增长14.6%。

二、会员企业问卷调查

8月下旬,协会面向会员企业开展第9期问卷调查,共发放问卷210份,回收有效问卷172份。受访企业中,年销售额1亿元以上的企业43家,占25.0%。

(一)订单情况

调查显示,8月有109家受访企业订单量环比增长,占63.4%;37家基本持平,占21.5%。

(二)经营预期

对四季度订单预期"乐观"的企业100家,占58.1%。

三、主要平台经营情况

表1 受访企业入驻主要平台情况(多选,N=172)

平台名称          入驻企业(家)    占比(%)
亚马逊            118              68.6
Temu              57               33.1
"""


def test_a_surveys_sub_sections_report_the_surveyed_firms():
    ex = tradeie.extract(SURVEY_SECTIONS)
    assert _by_value(ex, "386.4亿元").subject != "受访企业"
    # the association counts its questionnaires (`8月下旬，协会…`: a dated clause, then who)
    assert _by_value(ex, "210份").subject == "岚州市跨境电子商务协会"
    assert _by_value(ex, "43家").subject == "受访企业"
    # `(一)`, `(二)` under `二、会员企业问卷调查`: still the surveyed firms, not the city
    assert _by_value(ex, "109家").subject == "受访企业"
    assert _by_value(ex, "100家").subject == "受访企业"
    # `表1 受访企业…(多选,N=172)`: a title with a remark in brackets, not a sentence
    amazon = _by_value(ex, "118")
    assert amazon.subject == "受访企业" and amazon.share is not None and amazon.share.percent == Decimal("68.6")


def test_a_new_top_level_section_ends_the_survey():
    ex = tradeie.extract(SURVEY_SECTIONS.replace(
        "三、主要平台经营情况\n\n表1 受访企业入驻主要平台情况(多选,N=172)\n\n平台名称          入驻企业(家)    占比(%)\n"
        "亚马逊            118              68.6\nTemu              57               33.1\n",
        "三、行业资讯\n\n(一)口岸动态\n\n9月上旬,跨境电商出口包裹1.2万票,同比增长8.3%。\n",
    ))
    assert _by_value(ex, "1.2万票").subject != "受访企业"


# A customs house's web page: its masthead names the state (`中华人民共和国…海关`), a numbered
# heading lists two border crossings (`三、二连浩特、满洲里口岸…`), and the region's figures pass
# through them.
BORDER_PORTS = """中华人民共和国呼和浩特海关
首页 > 信息公开 > 海关统计

2025年内蒙古自治区对蒙古国、俄罗斯贸易情况

发布时间：2026-01-20　　来源：呼和浩特海关

　　据呼和浩特海关统计，2025年，内蒙古自治区外贸进出口总值2150.3亿元，比上年增长8.6%，增速高于全国外贸整体增速5个百分点。

　　一、对蒙古国贸易稳中有进

　　2025年，内蒙古对蒙古国进出口790.2亿元，增长10.1%。

　　二、对俄罗斯贸易降幅收窄

　　2025年，内蒙古对俄罗斯进出口421.6亿元，下降2.9%。

　　三、二连浩特、满洲里口岸支撑作用突出

　　2025年，经二连浩特、满洲里两大口岸合计进出口985.4亿元，增长5%。其中，经二连浩特口岸进出口571.2亿元，增长12.6%；经满洲里口岸进出口414.2亿元，下降2.4%。二连浩特口岸全年进出境货运量1802.5万吨，增长5.9%。
"""


def test_a_state_masthead_and_border_crossings_leave_the_region_its_figures():
    ex = tradeie.extract(BORDER_PORTS)
    # `中华人民共和国` names the customs house's state, not whose figures the release reports
    assert _by_value(ex, "2150.3亿元").subject == "内蒙古自治区"
    assert _by_value(ex, "790.2亿元").subject == "内蒙古自治区"
    # the towns named as crossings are ports, not the release's subject
    assert _by_value(ex, "571.2亿元").subject != "二连浩特市"
    assert _by_value(ex, "414.2亿元").subject != "二连浩特市"
    assert _by_value(ex, "1802.5万吨").subject == "二连浩特口岸"


def test_a_numbered_heading_may_list_two_names():
    names = [s.name for s in tradeie.extract(BORDER_PORTS).bulletin.sections]
    assert "二连浩特、满洲里口岸支撑作用突出" in names


# A city's statistical communiqué: a numbered chapter whose name lists two fields
# (`七、交通、邮电和旅游`), closed by the communiqué's notes, which define terms nationally and
# say which body's data each topic is (`资料来源：本公报中…数据来自…`).
COMMUNIQUE_CLOSING = """泉州市2025年国民经济和社会发展统计公报

泉州市统计局
2026年3月20日

六、对外经济

　　全年全市外贸进出口总值1326.0亿元，比上年增长3.4%。其中，出口737.4亿元，增长4.6%。

七、交通、邮电和旅游

　　全年港口货物吞吐量0.83亿吨，增长5.6%。全年接待国内游客7260万人次，比上年增长6.9%。

注：
　　[1]本公报中数据均为初步统计数。
　　[2]共建“一带一路”国家按截至2025年底与我国签署共建“一带一路”合作文件的国家统计。
　　[3]一般贸易：指中国境内有进出口经营权的企业单边进口或单边出口的贸易。
　　资料来源：本公报中货物进出口数据来自泉州海关；旅游数据来自市文化和旅游局；其他数据来自市统计局。
"""


def test_a_communiques_closing_notes_name_no_subject_and_no_article_source():
    ex = tradeie.extract(COMMUNIQUE_CLOSING)
    assert "交通、邮电和旅游" in [s.name for s in ex.bulletin.sections]
    port = _by_value(ex, "0.83亿吨")
    # the notes' `我国`, `中国境内` define terms; the chapter is still the city's
    assert port.subject == "泉州市"
    # `资料来源：本公报中…数据来自…`: a note on each topic's data, not the chapter's 来源 line
    assert not port.source.name.startswith("本公报")
    assert not _by_value(ex, "7260万人次").source.name.startswith("本公报")


# A government work report: its review chapter looks back over the five-year plan, then over
# the last year.  Averages and totals over the five years are theirs; levels reached, the last
# year's; a paragraph opening on the year closes the look back.
WORK_REPORT_REVIEW = """政府工作报告
——2026年1月20日在云岭省第十四届人民代表大会第五次会议上

一、“十四五”时期和2025年工作回顾

　　“十四五”时期是云岭全面振兴取得新突破的五年。五年来，全省经济社会发展取得新的重大成就。

　　——经济实力稳步提升。全省地区生产总值由2020年的2.51万亿元增加到2025年的3.42万亿元，年均增长5.1%。一般公共预算收入年均增长4.6%。高新技术企业增加到1.43万家。实际使用外资从120.5亿美元增加到168.2亿美元，研发经费投入强度突破2.3%。

　　——民生福祉持续增进。五年累计城镇新增就业228.6万人，城镇调查失业率控制在5.5%以内。新建改建农村公路1.6万公里。

　　2025年是极不平凡的一年。全省地区生产总值增长5.2%，新建改建农村公路3200公里。
"""


def test_a_work_reports_look_back_over_five_years():
    ex = tradeie.extract(WORK_REPORT_REVIEW)
    five = ("2021-01-01", "2025-12-31")
    rate = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("4.6")][0]
    assert _period(rate) == five
    assert _period(_by_value(ex, "228.6万人")) == five
    assert _period(_by_value(ex, "5.5%以内")) == five
    assert _period(_by_value(ex, "1.6万公里")) == five
    # a level reached and a figure dated in its sentence keep their year
    assert _period(_by_value(ex, "3.42万亿元")) == ("2025-01-01", "2025-12-31")
    assert _period(_by_value(ex, "1.43万家"))[1] == "2025-12-31" and _period(_by_value(ex, "1.43万家")) != five
    # `从120.5亿美元增加到168.2亿美元`: the level the years started from is the year before them's
    assert _period(_by_value(ex, "120.5亿美元")) == ("2020-01-01", "2020-12-31")
    assert _period(_by_value(ex, "168.2亿美元")) == ("2025-01-01", "2025-12-31")
    assert _period(_by_value(ex, "2.3%")) == ("2025-01-01", "2025-12-31")
    # `2025年是…`: the look back is over
    assert _period(_by_value(ex, "3200公里")) == ("2025-01-01", "2025-12-31")


def test_a_weekly_briefs_year_so_far_beside_its_week():
    ex = tradeie.extract(_release(
        "岚港集团生产业务部\n\n2025年9月8日", "岚港集团生产周报（2025年第36期）",
        "● 海铁联运。本周完成海铁联运箱量4862标箱，环比增长12.6%；年累计完成海铁联运箱量13.7万标箱，同比增长21.4%。",
    ))
    assert _period(_by_value(ex, "4862标箱")) == ("2025-09-01", "2025-09-07")
    # `年累计`: January to the brief's month, not the week
    assert _period(_by_value(ex, "13.7万标箱")) == ("2025-01-01", "2025-09-30")


def test_surveyed_sellers_named_as_firms():
    ex = tradeie.extract(_release(
        "岚州市跨境电子商务协会\n\n2025年7月20日", "2025年上半年跨境电商卖家运行调查报告",
        "　　上半年，受访卖家企业实现跨境出口销售额218.6亿元，同比增长13.2%。",
    ))
    m = _by_value(ex, "218.6亿元")
    assert m.subject == "受访卖家企业" and m.indicator == "跨境出口销售额"


# A feature story about a bonded zone: `区内…` refers back to the zone named before, and the
# whole a share is of (`约占江苏省综保区…的三成`) is not whose figure it is.
ZONE_FEATURE = """经济日报

保税维修让“旧件”焕新出海
——江苏太仓综合保税区发展维修再制造业务见闻

2025-11-13 06:12　　来源：经济日报

　　清晨8点，太仓综合保税区内的一家维修企业车间里，工程师们将一块块从北美返回的服务器主板接入检测设备。
　　“截至9月底，区内开展保税维修业务的企业达到27家。”太仓综合保税区管委会副主任介绍，今年前三季度，区内保税维修业务货值达186.4亿元，同比增长17.2%，约占江苏省综保区保税维修业务总量的三成。去年全年，区内保税维修业务货值213.7亿元，同比增长19.8%。
"""


def test_a_zone_feature_reads_区内_as_the_zone():
    ex = tradeie.extract(ZONE_FEATURE)
    assert _by_value(ex, "27家").subject == "太仓综合保税区"
    m = _by_value(ex, "186.4亿元")
    assert m.subject == "太仓综合保税区" and m.share is not None
    assert _by_value(ex, "213.7亿元").subject == "太仓综合保税区"
    # `一块块…主板`: one by one, no quantity (and 块 is no yuan before 主板)
    assert not [q for q in ex.unattached if "块" in q.text] and not [m for m in ex.metrics if m.value and "块" in m.value.text]


def test_a_parks_management_office_publishes_the_parks_figures():
    ex = tradeie.extract(
        "                       服务外包运行月报\n\n                    2025 年第 9 期（总第 45 期）\n\n"
        "岚溪高新区服务外包产业园管理办公室                  2025 年 9 月 15 日\n\n"
        "一、总体运行情况\n\n1-8 月，园区服务外包企业累计签订合同额 18.62 亿美元，同比增长 14.3%。\n"
    )
    assert _by_value(ex, "18.62 亿美元").subject == "岚溪高新区服务外包产业园"


def test_a_port_groups_table_of_terminals_gives_each_terminal_its_figures():
    ex = tradeie.extract(
        "岚港集团生产周报\n\n2025年第36期\n\n岚港集团生产业务部　　2025年9月8日\n\n"
        "一、生产运行\n\n本周集团完成集装箱吞吐量31.26万标箱。\n\n"
        "表1　本周各码头集装箱吞吐量完成情况\n单位：万标箱、%\n码头\t本周完成\t环比\t年累计\t同比\n"
        "海天码头\t7.85\t-3.8\t212.4\t6.3\n嵩屿码头\t6.42\t1.4\t168.9\t9.8\n"
    )
    m = _by_value(ex, "212.4")
    assert m.subject == "海天码头" and "集装箱吞吐量" in m.indicator


# A FX administration's release on a quarter-end position: the page's own date line is no period,
# the levels are at the quarter's end; a world market aside does not become the release's subject.
POSITION_RELEASE = """国家外汇管理局
首页 > 新闻发布

国家外汇管理局公布2025年9月末中国国际投资头寸表

发布日期：2025-12-26　　来源：国际收支司　　【打印】　【关闭】

　　国家外汇管理局统计数据显示，2025年9月末，我国对外金融资产111068亿美元，对外负债70325亿美元。

　　在对外金融资产中，直接投资资产32416亿美元，证券投资资产13082亿美元。

　　答：三季度，美元指数上涨0.9%，全球股票价格指数上涨6.9%。从结构看，对外直接投资资产较6月末增长2.1%。
"""


def test_a_page_date_line_dates_no_figure_and_a_world_aside_ends():
    ex = tradeie.extract(POSITION_RELEASE)
    assert _period(_by_value(ex, "32416亿美元"))[1] == "2025-09-30"
    rate = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("2.1")][0]
    assert rate.subject == "中国"


def test_a_project_table_with_a_progress_column_is_read():
    ex = tradeie.extract(
        "岚溪经开区经济运行周报\n\n2025 年第 37 期\n\n三、重点项目推进情况\n\n"
        "表 1   2025 年经开区省市重点项目推进情况（截至 8 月底）\n"
        "                                                  单位：亿元、%\n"
        "序号  项目名称                        总投资  年度计划投资  1-8 月完成投资  完成率  进展情况\n"
        "1     岚溪新能源汽车超级工厂二期      85.0    32.0          24.6            76.9    主体钢结构完成\n"
        "2     长信新型显示模组项目            36.5    12.0          9.8             81.7    设备安装调试\n"
    )
    done = _by_value(ex, "24.6")
    assert "完成投资" in done.indicator and done.share is not None and done.share.percent == Decimal("76.9")
    assert _by_value(ex, "36.5").value.normalized == Decimal("3650000000")


# A government work report extracted from a PDF: no web page names the government; its date line
# names the congress it was given to, and its dash items are hard-wrapped under an indent.
PDF_WORK_REPORT = """                   政 府 工 作 报 告
                        （节选）
——2026 年 1 月 25 日在湖南省第十四届人民代表大会第四次会议上

各位代表：
　　现在，我代表省人民政府，向大会报告工作，请予审议，并
请省政协委员和其他列席人员提出意见。
　　一、“十四五”时期和 2025 年工作回顾
　　“十四五”时期是我省发展进程中极不平凡的五年。五年来，
我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯
彻落实党中央决策部署，奋力在中部地区崛起中闯新路，“十四
五”规划确定的主要目标任务圆满完成，全省经济实力明显增强。
　　——综合实力实现新跨越。地区生产总值由 2020 年的
4.18 万亿元增加到 2025 年的 5.41 万亿元，年均增长 5.6%；
全省一般公共预算收入由 3008.7 亿元增加到 3662.4 亿元。
"""


def test_a_pdf_work_report_is_its_provinces_report():
    ex = tradeie.extract(PDF_WORK_REPORT)
    start = _by_value(ex, "4.18 万亿元")
    assert start.subject == "湖南省" and start.source.name == "湖南省人民政府"
    assert start.indicator == "地区生产总值" and _period(start) == ("2020-01-01", "2020-12-31")
    assert _period(_by_value(ex, "3662.4 亿元")) == ("2025-01-01", "2025-12-31")


def test_places_ranked_by_their_rate_keep_the_measure_reported_before():
    ex = tradeie.extract(_release(
        "云岭省统计局\n\n2025年10月31日", "2025年前三季度全省市州经济运行情况",
        "　　前三季度，岚州、溪州、云州地区生产总值分别为6182.54亿元、2396.71亿元和2483.25亿元，同比分别增长5.6%、6.3%和6.1%。"
        "恩施州、鄂州、荆门增速居全省前三位，分别增长7.2%、7.0%和6.8%。",
    ))
    for pct in ("7.2", "7.0", "6.8"):
        m = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal(pct)][0]
        assert m.indicator == "地区生产总值"


def test_a_market_table_of_shares_and_rates_reads_one_measure():
    ex = tradeie.extract(
        "岚州市跨境电子商务协会\n\n2025 年上半年会员企业经营情况调查报告\n\n"
        "表 2  受访卖家企业主要目标市场销售情况\n\n"
        "目标市场   销售额占比（%）   同比增速（%）   占比增减（百分点）\n\n"
        "美国           39.3            5.1            -3.0\n\n"
        "欧盟           21.1           15.7             0.5\n\n"
        "英国            8.4           10.2            -0.2\n"
    )
    eu = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("15.7")][0]
    assert eu.indicator == "销售额" and eu.dimensions.get("market") == "欧盟"
    assert eu.share is not None and eu.share.percent == Decimal("21.1")


def test_an_industrys_counted_firms_and_central_asias_five_countries():
    ex = tradeie.extract(_release(
        "中国钢铁工业协会\n\n2025年11月6日", "2025年10月下旬钢铁生产情况",
        "　　10月下旬，重点统计钢铁企业粗钢日产212.3万吨，环比下降3.1%。",
    ))
    assert _by_value(ex, "212.3万吨").subject == "重点统计钢铁企业"
    ex = tradeie.extract(_release(
        "成都海关\n\n2025年10月20日", "2025年前三季度四川省外贸情况",
        "　　前三季度，四川省进出口7000.6亿元。对中亚五国、非洲、拉丁美洲进出口分别增长36.5%、21.3%和18.2%。",
    ))
    m = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("36.5")][0]
    assert m.subject == "四川省" and m.dimensions.get("market") == "中亚五国"


# A feature whose subtitle names the park (`——山东曹县跨境电商产业园见闻`): `园区…`, `产业园…`
# are the park's, named from its county on.
PARK_FEATURE = """经济日报  2025年09月16日

小县城“织”出出海大网络
——山东曹县跨境电商产业园见闻

本报记者  周雨涵

　　9月中旬，走进山东省菏泽市曹县跨境电商产业园，一栋栋厂房里打包声此起彼伏。
　　产业园自投入运营以来，已累计引进企业126家，带动就业6000余人。“去年，园区跨境电商交易额达38.6亿元，同比增长42%。”产业园管委会主任介绍。
"""


def test_a_park_named_in_a_subtitle_is_whose_figures_園区_gives():
    ex = tradeie.extract(PARK_FEATURE)
    assert _by_value(ex, "38.6亿元").subject == "曹县跨境电商产业园"
    assert _by_value(ex, "126家").subject == "曹县跨境电商产业园"


def test_a_zones_committee_bureau_publishes_the_zones_figures():
    ex = tradeie.extract(
        "经 济 运 行 简 报\n2025年第8期\n\n岚溪经济技术开发区管理委员会经济发展局　　　　2025年9月18日\n\n"
        "1-8月经开区经济运行稳中有进\n\n"
        "　　一、工业生产较快增长。1-8月，全区规模以上工业企业完成总产值1862.47亿元，同比增长9.6%。\n"
    )
    assert _by_value(ex, "1862.47亿元").subject == "岚溪经济技术开发区"


def test_two_figures_together_share_their_measure():
    ex = tradeie.extract(_release(
        "岚州海关\n\n2025年10月20日", "2025年前三季度岚州市跨境电商进出口情况",
        "　　分模式看，1-9月，全市跨境电商B2B直接出口（9710）412.5亿元，同比增长26.8%；跨境电商出口海外仓（9810）538.9亿元，"
        "同比增长21.4%，两者合计占全市跨境电商出口的78.2%，较上半年提高0.9个百分点。",
    ))
    both = [m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("78.2")][0]
    assert both.indicator == "出口合计"


def test_the_parts_of_a_total_traded_with_a_market_keep_the_market():
    ex = tradeie.extract(_release(
        "岚州海关\n\n2025年7月18日", "2025年上半年岚州省对老挝贸易情况",
        "　　上半年，岚州省对老挝进出口136.9亿元，同比增长21.3%。其中，出口72.4亿元，增长26.5%；进口64.5亿元，增长15.9%。",
    ))
    for quote in ("136.9亿元", "72.4亿元", "64.5亿元"):
        assert _by_value(ex, quote).dimensions.get("market") == "老挝", quote
    assert _by_value(ex, "72.4亿元").indicator.endswith("出口")


def test_an_agreement_named_in_full_before_its_abbreviation_is_the_market_group():
    ex = tradeie.extract(_release(
        "岚州海关\n\n2025年10月20日", "前三季度岚州市对RCEP成员国贸易情况",
        "　　前三季度，岚州市对《区域全面经济伙伴关系协定》（RCEP）其他成员国进出口1486.3亿元，增长9.6%。",
    ))
    assert _by_value(ex, "1486.3亿元").dimensions.get("market") == "RCEP"


def test_a_range_of_quarters_pairs_each_figure_with_its_quarter():
    for span in ("一季度至四季度", "一至四季度"):
        ex = tradeie.extract(_release(
            "岚州海关\n\n2026年1月20日", "2025年岚州市外贸进出口情况",
            f"　　分季度看，2025年{span}，全市进出口分别为812.6亿元、869.4亿元、1003.5亿元和1241.3亿元。",
        ))
        got = [_period(_by_value(ex, q)) for q in ("812.6亿元", "869.4亿元", "1003.5亿元", "1241.3亿元")]
        assert got == [("2025-01-01", "2025-03-31"), ("2025-04-01", "2025-06-30"),
                       ("2025-07-01", "2025-09-30"), ("2025-10-01", "2025-12-31")], span


def test_a_zone_aliased_without_quotes_goes_by_its_short_name():
    ex = tradeie.extract(_release(
        "岚州海关\n\n2026年1月21日", "2025年岚州临空经济区外贸进出口情况",
        "　　2025年，岚州临空经济综合实验区（以下简称临空区）外贸进出口3926.8亿元，比上年（下同）增长6.4%，"
        "占岚州市的61.2%。其中，出口2614.3亿元，增长8.1%。",
    ))
    total = _by_value(ex, "3926.8亿元")
    assert total.subject == "临空区" and total.indicator == "外贸进出口"
    assert total.change.basis == "yoy" and total.change.percent == Decimal("6.4")
    second = [m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("61.2")][0]
    assert second.subject == "临空区" and _period(second) == ("2025-01-01", "2025-12-31")


def test_a_measure_aliased_without_quotes_keeps_its_full_name():
    ex = tradeie.extract(
        "证券时报网  2026-03-28\n\n岚星科技发布年报\n\n"
        "　　2025年，岚星科技（301999）实现营业收入38.62亿元，同比增长21.4%；"
        "归属于上市公司股东的净利润（下称归母净利润）3.15亿元，同比增长35.8%。\n"
    )
    assert "归属于上市公司股东的净利润" in _by_value(ex, "3.15亿元").indicator


PROJECT_TABLE = """岚溪经济技术开发区经济运行简报

岚溪经开区管委会经济发展局    2025年9月12日

表1  2025年经开区重点项目推进情况（截至8月底）
                                 单位：亿元、%
序号  项目名称                        总投资  年度计划投资  1-8 月完成投资  完成率
1     岚溪新能源汽车超级工厂二期      85.0    32.0          24.6            76.9
2     岚溪新型显示模组项目            36.5    12.0          9.8             81.7
3     城东污水处理厂扩建工程          20.8    6.0           4.7             78.3
"""


def test_a_project_tables_columns_date_their_own_figures():
    ex = tradeie.extract(PROJECT_TABLE)
    done = [m for m in ex.metrics if m.value is not None and m.value.text == "24.6"][0]
    assert _period(done) == ("2025-01-01", "2025-08-31")
    planned = [m for m in ex.metrics if m.value is not None and m.value.text == "32.0"][0]
    assert _period(planned) == ("2025-01-01", "2025-12-31")
    total = [m for m in ex.metrics if m.value is not None and m.value.text == "85.0"][0]
    assert total.period is None or total.period.start is None
    # the serial number before a row's name is no count (`3  城东…` is not `3城`)
    assert not [m for m in ex.metrics if m.value is not None and m.value.text.startswith("3 ")]


def test_a_share_led_clause_takes_the_period_the_firms_report_on():
    ex = tradeie.extract(
        "岚州市服务贸易协会\n\n会员企业经营状况问卷调查分析\n\n2025年10月28日\n\n"
        "　　本期调查于2025年10月15日至25日开展，回收有效问卷213份。\n"
        "　　受访企业中，58.2%的企业三季度营业收入同比增长；认为用工成本上升是当前最主要困难的占44.1%。"
        "71.4%的受访企业预计四季度业务量保持增长。\n"
    )
    grew = [m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("58.2")][0]
    assert _period(grew) == ("2025-07-01", "2025-09-30")
    expect = [m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("71.4")][0]
    assert _period(expect) == ("2025-10-01", "2025-12-31")


def test_a_science_city_and_its_bureau_are_whose_figures_its_brief_gives():
    ex = tradeie.extract(
        "岚湾科技城经济运行简报\n\n2026年第4期\n\n岚湾科技城管理局经济发展局                2026年5月15日\n\n"
        "● 主要经济指标稳中有进\n\n"
        "1—4月，科技城完成固定资产投资86.42亿元，同比增长11.3%。园区企业实现营业收入612.7亿元，同比增长18.9%。\n"
    )
    assert _by_value(ex, "86.42亿元").subject == "岚湾科技城"
    assert _by_value(ex, "612.7亿元").subject == "岚湾科技城"


def test_a_listed_companys_period_goes_on_to_its_next_figure():
    ex = tradeie.extract(
        "证券时报网\n\n2025-10-31 07:12　　来源：证券时报\n\n家电企业三季报\n\n"
        "　　岚美集团（000999）前三季度实现营业收入3628.9亿元，同比增长13.9%；归母净利润378.4亿元，同比增长19.5%。\n"
        "　　岚海电器（300999.SZ）2025年半年报显示，上半年公司实现营业收入178.8亿元，同比增长7.3%；归母净利润30.5亿元，同比增长33.3%。\n"
    )
    assert _period(_by_value(ex, "378.4亿元")) == ("2025-01-01", "2025-09-30")
    assert _period(_by_value(ex, "30.5亿元")) == ("2025-01-01", "2025-06-30")


def test_a_park_named_in_a_features_first_lines_is_what_園区_refers_to():
    ex = tradeie.extract(
        "岚县汉服电商的新生意\n\n界面新闻记者 | 孟庆\n\n2025/06/23 15:41\n\n来源：界面新闻\n\n"
        "从市区驱车向南约一个小时，就到了岚县电子商务产业园。\n\n"
        "界面新闻从岚县电子商务产业园管理办公室获悉，今年1-5月，园区入驻企业实现网络零售额38.6亿元，同比增长21.4%。\n\n"
        "岚县商务局此前公布的数据显示，去年岚县实现网络零售额296.3亿元，同比增长18.5%；全县共有各类网店6.2万家。\n"
    )
    assert _by_value(ex, "38.6亿元").subject == "岚县电子商务产业园"
    assert _by_value(ex, "296.3亿元").subject == "岚县"
    assert _by_value(ex, "6.2万家").subject == "岚县"
    # a drive of about an hour is no count
    assert not [m for m in ex.metrics if m.value is not None and "一个" in m.value.text]


DEBT_TABLE = """国家外汇管理局公布2025年9月末中国全口径外债数据

发布日期：2025-12-26

附表：2025年9月末中国全口径外债情况（按部门和期限）
单位：亿美元
部门	短期	中长期	合计
广义政府	436	3876	4312
银行	8214	2112	10326
合计	13902	10780	24682
"""


def test_a_tables_columns_are_kinds_of_the_measure_its_title_names():
    ex = tradeie.extract(DEBT_TABLE)
    short = [m for m in ex.metrics if m.value is not None and m.value.text == "436"][0]
    assert short.indicator == "短期外债" and short.dimensions.get("breakdown") == "广义政府"
    assert short.period is not None and short.period.start is None and short.period.end == "2025-09-30"
    total = [m for m in ex.metrics if m.value is not None and m.value.text == "24682"][0]
    assert total.indicator == "外债" and "breakdown" not in total.dimensions


def test_a_survey_of_a_quarter_dates_the_surveyed_firms_figures():
    ex = tradeie.extract(
        "岚州市服务外包协会\n\n工作简报\n\n2025年10月20日\n\n一、1-9月全市服务外包运行情况\n\n"
        "1-9月,全市承接离岸服务外包执行额74.3亿美元,同比增长9.1%。\n\n"
        "二、会员企业三季度经营情况问卷调查分析\n\n"
        "协会秘书处于10月上旬开展了第三季度会员企业经营情况问卷调查,回收有效问卷126份。\n\n"
        "(一)经营情况\n\n"
        "受访企业三季度营业收入合计38.65亿元,同比增长7.2%。利润同比增长的企业占41.3%。\n\n"
        "(二)主要困难\n\n"
        "受访企业反映的困难主要集中在:一是市场需求不足,选择该项的企业占65.1%。\n"
    )
    for pct in ("41.3", "65.1"):
        m = [m for m in ex.metrics if m.share is not None and m.share.percent == Decimal(pct)][0]
        assert _period(m) == ("2025-07-01", "2025-09-30"), pct


def test_a_company_referred_to_as_公司_goes_on_past_a_semicolon():
    ex = tradeie.extract(
        "第一财经　2026-04-01 21:36:08\n\n快递公司年报收官\n\n"
        "　　岚通快递（002999.SZ）是“通达系”中增速最快的一家。公司全年营业收入536.9亿元，同比增长14.2%；"
        "归母净利润11.6亿元，同比增长11.5%。\n"
        "　　随着岚达快递（LDX.N；02999.HK）3月31日晚间披露2025年全年业绩，各家成绩单已全部出炉。"
        "岚达快递2025年实现营业收入478.1亿元，同比增长8.6%。全年包裹量385.2亿件，同比增长12.6%，市场份额19.4%。\n"
    )
    assert _by_value(ex, "11.6亿元").subject == "岚通快递"
    assert _by_value(ex, "478.1亿元").subject == "岚达快递"
    parcels = _by_value(ex, "385.2亿件")
    assert parcels.subject == "岚达快递" and parcels.share is not None and parcels.share.percent == Decimal("19.4")


def test_a_date_opening_a_paragraph_does_not_date_the_surveyed_firms_shares():
    ex = tradeie.extract(
        "岚州市服务外包协会\n\n工作简报\n\n2025年10月20日\n\n三、会员企业三季度经营情况问卷调查分析\n\n"
        "协会秘书处于10月上旬开展了第三季度会员企业经营情况问卷调查,回收有效问卷126份。\n\n"
        "三季度末,受访企业在手订单金额合计52.3亿元,较二季度末增长4.6%。46.8%的受访企业新签订单较二季度增加,"
        "比上季度调查提高5.4个百分点;新签订单减少的企业占21.4%。\n"
    )
    orders = _by_value(ex, "52.3亿元")
    assert orders.period.start is None and orders.period.end == "2025-09-30"
    for pct in ("46.8", "21.4"):
        m = [m for m in ex.metrics if m.share is not None and m.share.percent == Decimal(pct)][0]
        assert _period(m) == ("2025-07-01", "2025-09-30"), pct


def test_a_contract_size_bounding_the_contracts_counted_is_no_figure():
    ex = tradeie.extract(
        "岚州市服务贸易协会\n会员企业服务外包业务季度调查报告\n(2025年第三季度)\n\n"
        "    三季度,样本企业新签离岸服务外包合同额15.43亿美元,同比增长6.7%。其中,单笔金额千万美元以上的大额合同38个,"
        "合同金额6.91亿美元。\n"
    )
    assert not [m for m in ex.metrics if m.value is not None and "千万美元" in m.value.text]
    assert [m for m in ex.metrics if m.value is not None and m.value.text == "38个"]


def test_a_county_bureaus_brief_is_the_countys_whatever_city_ranks_it():
    ex = tradeie.extract(
        "岚盐县商务运行简报\n\n2025年第9期（总第117期）\n\n岚盐县商务局编                                  2025年10月20日\n\n"
        "一、对外贸易\n\n"
        "　　1-9月，全县实现外贸进出口总额312.6亿元，同比增长5.3%，总量居嘉兴市第5位。\n\n"
        "　　从商品看，机电产品出口136.9亿元，同比增长9.1%，占比58.2%。嘉兴市下达的目标任务已完成。\n\n"
        "（来源：嘉兴海关、县商务局外贸科）\n"
    )
    assert _by_value(ex, "312.6亿元").subject == "岚盐县"
    assert _by_value(ex, "136.9亿元").subject == "岚盐县"


def test_a_volume_at_last_years_prices_is_of_the_period_reported():
    ex = tradeie.extract(_release(
        "工业和信息化部运行监测协调局\n\n2025-11-20", "2025年1—10月份通信业经济运行情况",
        "　　1—10月份，电信业务收入累计完成14860亿元，同比增长1%。按照上年不变价计算的电信业务总量同比增长8.6%。",
    ))
    volume = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("8.6")][0]
    assert _period(volume) == ("2025-01-01", "2025-10-31")


PORT_WEEKLY = """岚港港口集团生产经营周报

2025年第47期

岚港港口集团有限公司生产业务部                2025年11月24日

一、本周生产概况

    本周（11月17日—11月23日），集团完成货物吞吐量612.4万吨，同比增长4.8%。

表1  货物吞吐量完成情况（单位：万吨）

单位	本周完成	同比(%)	年累计	累计同比(%)
马腰港务分公司	88.5	2.3	4216.3	1.5
东源公司	131.2	6.5	6108.4	4.7
合  计	219.7	4.8	10324.7	3.4
"""


def test_a_tables_title_names_the_measure_its_period_columns_report():
    ex = tradeie.extract(PORT_WEEKLY)
    year = [m for m in ex.metrics if m.value is not None and m.value.text == "4216.3"][0]
    assert year.indicator == "货物吞吐量" and year.dimensions.get("breakdown") == "马腰港务分公司"
    assert _period(year)[0] == "2025-01-01"
    week = [m for m in ex.metrics if m.value is not None and m.value.text == "88.5"][0]
    assert week.indicator == "货物吞吐量" and _period(week) == ("2025-11-17", "2025-11-23")


def test_balance_of_payments_items_and_a_ratio_to_gdp():
    ex = tradeie.extract(_release(
        "国家外汇管理局\n\n2025-11-07", "2025年三季度我国国际收支平衡表初步数",
        "　　国家外汇管理局统计数据显示，2025年三季度，我国经常账户顺差7128亿元，资本和金融账户逆差4367亿元。"
        "其中，资本账户逆差1亿元，非储备性质的金融账户逆差2210亿元，储备资产增加2156亿元。",
        "　　按美元计值，2025年三季度，我国经常账户顺差995亿美元，与同期国内生产总值（GDP）之比为2.8%，继续处于合理均衡区间。",
    ))
    reserve = _by_value(ex, "2156亿元")
    assert reserve.indicator == "储备资产增加"
    surplus = _by_value(ex, "995亿美元")
    assert surplus.share is not None and surplus.share.percent == Decimal("2.8")


def test_a_survey_run_over_a_half_year_dates_its_findings_and_listed_shares_are_shares():
    ex = tradeie.extract(
        "岚欧企业发展报告（2025）\n报告摘要\n岚欧商会\n2025年9月\n一、调查基本情况\n"
        "  岚欧商会于 2025 年上半年面向会员企业开展问卷调查。本次调查共回收有效问卷 186 份，"
        "受访企业涵盖制造业、交通物流、金融等 13 个行业。其中，大型企业占受访企业的 44%，中小企业占 56%。\n"
        "二、订单情况\n  从市场看，东盟、中东和拉美订单增长较快，分别有 47.1%、38.5% 和 31.2% 的受访企业反映来自上述市场的订单增加。\n"
    )
    big = [m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("44")][0]
    assert _period(big) == ("2025-01-01", "2025-06-30")
    listed = [m for m in ex.metrics if m.share is not None and m.share.percent in (Decimal("47.1"), Decimal("38.5"), Decimal("31.2"))]
    assert len(listed) == 3 and all(m.value is None for m in listed)


def test_platforms_listed_are_where_sellers_sell_not_whose_figures():
    ex = tradeie.extract(_release(
        "岚州市跨境电子商务综合试验区建设工作领导小组办公室\n\n2025年10月15日", "前三季度全市跨境电商运行情况",
        "　　前三季度，全市跨境电商交易额186.4亿元。其中，亚马逊、Temu平台交易额分别增长86.3%和61.7%。",
    ))
    rates = [m for m in ex.metrics if m.change is not None and m.value is None]
    assert [m.dimensions.get("market") for m in rates] == ["亚马逊", "Temu"]
    assert all(m.subject == rates[0].subject and m.subject not in ("亚马逊", "Temu") for m in rates)


def test_a_shares_change_named_in_the_next_sentence_is_that_shares():
    ex = tradeie.extract(_release(
        "国家邮政局\n\n2025-11-20", "2025年10月邮政行业运行情况",
        "　　1-10月，同城、异地、国际/港澳台快递业务量分别占全部快递业务量的7.0%、90.6%和2.4%；"
        "业务收入分别占全部快递收入的5.1%、49.6%和10.8%。与去年同期相比，同城快递业务量的比重下降0.8个百分点，"
        "异地快递业务量的比重上升0.7个百分点。",
        "　　1-10月，东、中、西部地区快递业务量比重分别为74.6%、17.3%和8.1%。与去年同期相比，东部地区快递业务量比重下降1.1个百分点。",
    ))
    by_pct = {m.share.percent: m for m in ex.metrics if m.share is not None}
    assert by_pct[Decimal("7.0")].share.change.points == Decimal("-0.8")
    assert by_pct[Decimal("90.6")].share.change.points == Decimal("0.7")
    assert by_pct[Decimal("74.6")].share.change.points == Decimal("-1.1")
    assert by_pct[Decimal("49.6")].dimensions.get("breakdown") == "异地"
    assert by_pct[Decimal("7.0")].indicator == "快递业务量"
    assert by_pct[Decimal("2.4")].dimensions.get("breakdown") == "国际/港澳台"
    # each change stays a fact of its own too, as the sentence states it
    assert len([m for m in ex.metrics if m.share is None and m.change is not None and m.change.points is not None]) == 3


def test_a_table_one_cell_per_line_with_a_part_column():
    ex = tradeie.extract(
        "岚州服贸简讯\n\n2025年第9期\n\n岚州市服务贸易协会                2025年9月20日\n\n"
        "表1\u30002025年1-8月各区服务贸易进出口情况\n\n单位：亿元，%\n\n"
        "地区\n服务贸易进出口\n同比增长\n其中：出口\n同比增长\n"
        "滨江区\n612.8\n15.7\n401.6\n17.2\n西湖区\n398.5\n11.2\n247.3\n12.8\n余杭区\n356.2\n18.9\n229.8\n21.4\n"
    )
    total = [m for m in ex.metrics if m.value is not None and m.value.text == "612.8"][0]
    assert total.subject == "滨江区" and total.indicator == "服务贸易进出口" and total.change.percent == Decimal("15.7")
    part = [m for m in ex.metrics if m.value is not None and m.value.text == "247.3"][0]
    assert part.subject == "西湖区" and part.indicator == "服务贸易出口" and part.change.percent == Decimal("12.8")


def test_a_county_tables_towns_are_whose_figures_they_are():
    ex = tradeie.extract(
        "岚吉县商务运行简报\n\n2025年第3期\n\n岚吉县商务局编                2025年10月20日\n\n"
        "表1  2025年1-9月各乡镇（街道）出口情况\n单位：万元、%\n"
        "乡镇（街道）\t出口额\t同比增长\t占全县比重\n"
        "递铺街道\t612540\t6.8\t25.1\n昌硕街道\t318760\t9.3\t13.1\n天子湖镇\t156320\t4.2\t6.4\n"
        "\n表2  2025年1-9月社会消费品零售额\n单位：亿元、%\n"
        "指标\t绝对额\t同比增长\n城镇\t86.2\t5.1\n乡村\t21.4\t6.3\n"
    )
    for quote, town in (("612540", "递铺街道"), ("156320", "天子湖镇")):
        m = [m for m in ex.metrics if m.value is not None and m.value.text == quote][0]
        assert m.subject == town, quote
        assert m.dimensions.get("region") == town, quote  # the county's figure broken down by town
    urban = [m for m in ex.metrics if m.value is not None and m.value.text == "86.2"][0]
    assert urban.subject != "城镇"


def test_both_levels_of_a_rise_from_one_to_another_are_the_measure_named_before_it():
    ex = tradeie.extract(_release(
        "岚江省人民政府\n\n2026-01-28", "政府工作报告（摘要）",
        "　　过去五年，全省地区生产总值连跨两个万亿元台阶，由 2020 年的 2.57 万亿元增加到 2025 年的 3.56 万亿元，年均增长 5.6%。"
        "全社会研发经费投入强度由 1.68% 提高到 2.05%，高新技术企业数量突破 1.1 万家。",
    ))
    for quote in ("2.57 万亿元", "3.56 万亿元"):
        assert _by_value(ex, quote).indicator == "地区生产总值", quote
    for quote in ("1.68%", "2.05%"):
        assert _by_value(ex, quote).indicator == "全社会研发经费投入强度", quote


def test_classes_of_sellers_by_size_are_shares_not_figures():
    ex = tradeie.extract(
        "岚州市跨境电子商务协会\n\n2025年10月20日\n\n"
        "　　协会开展跨境电商卖家经营状况问卷调查，共回收有效问卷586份。受访卖家中，年销售额在1亿元以上的占17.2%，"
        "1000万元至1亿元的占41.5%，1000万元以下的占41.3%。\n"
    )
    shares = sorted(m.share.percent for m in ex.metrics if m.share is not None)
    assert shares == [Decimal("17.2"), Decimal("41.3"), Decimal("41.5")]
    assert not [m for m in ex.metrics if m.value is not None and "亿元" in m.value.text]


def test_a_platform_tables_rate_columns_of_a_measure_with_no_level():
    ex = tradeie.extract(
        "岚州市跨境电子商务协会\n\n2025年10月20日\n\n表1　2025年9月主要跨境电商平台岚州卖家经营情况\n\n"
        "平台              活跃卖家数（家）   GMV环比（%）   GMV同比（%）   平均客单价（美元）\n"
        "亚马逊                 12,463           8.3           11.2            36.5\n"
        "TikTok Shop             6,385          15.7           68.4            18.9\n"
        "SHEIN                   2,208           6.4           23.5            21.7\n"
    )
    mom = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("15.7")][0]
    assert mom.indicator == "GMV" and mom.value is None and mom.change.basis == "mom"
    assert mom.dimensions.get("breakdown") == "TikTok Shop"
    sellers = [m for m in ex.metrics if m.value is not None and m.value.text == "6,385"][0]
    assert sellers.change is None


def test_a_five_year_reviews_counts_of_firms_are_levels_and_a_train_service_holds_for_its_sentence():
    ex = tradeie.extract(
        "岚川省人民政府\n\n政府工作报告\n——2026年1月26日在岚川省第十四届人民代表大会第五次会议上\n岚川省人民政府\n\n"
        "　　一、“十四五”时期和2025年工作回顾\n\n"
        "　　过去五年，是岚川发展进程中极不平凡的五年。“十四五”规划主要目标任务顺利完成。\n\n"
        "　　——创新动能加速集聚。高新技术企业由8100余家增加到1.85万家，科技型中小企业达到3.6万家。\n\n"
        "　　——改革开放纵深推进。货物进出口总额由8082亿元增加到1.04万亿元，中欧班列（岚渝）累计开行超过3万列。"
        "经营主体由736万户增加到952万户。\n"
    )
    firms = _by_value(ex, "1.85万家")
    assert firms.period.start is None and firms.period.end == "2025-12-31"
    assert _by_value(ex, "8100余家").period.end == "2020-12-31"
    trade = _by_value(ex, "1.04万亿元")
    assert _period(trade) == ("2025-01-01", "2025-12-31")
    assert _by_value(ex, "952万户").subject == "岚川省"


def test_indicator_names_run_over_two_lines_in_a_tab_table_with_a_rank_column():
    ex = tradeie.extract(
        "岚阳高新区经济运行简报\n\n岚阳高新区管委会经济发展局\u30002025年10月24日\n\n2025年1—9月全区经济运行情况\n\n"
        "一、主要经济指标完成情况\n\n"
        "指标名称\t单位\t1—9月\t同比增长（%）\t全市排位\n"
        "地区生产总值\t亿元\t812.6\t6.8\t2\n"
        "规模以上工业\n增加值\t—\t—\t7.9\t1\n"
        "社会消费品\n零售总额\t亿元\t186.4\t5.9\t4\n"
        "一般公共预算\n收入\t亿元\t38.92\t4.3\t3\n"
        "其中：税收\n收入\t亿元\t30.15\t6.1\t3\n"
    )
    industry = [m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("7.9")][0]
    assert industry.indicator == "规模以上工业增加值" and industry.value is None
    assert "规模以上工业" in industry.evidence.text
    assert _by_value(ex, "186.4").indicator == "社会消费品零售总额"
    assert _by_value(ex, "30.15").indicator == "税收收入"
    # the rank a figure holds among the city's districts is no figure of its own
    assert not [m for m in ex.metrics if m.value is not None and m.value.text in ("1", "2", "3", "4")]


def test_parts_listed_after_the_nations_measure_named_with_中():
    ex = tradeie.extract(_release(
        "国家能源局\n\n2025-07-25", "2025年上半年可再生能源并网运行情况",
        "　　截至6月底，全国水电累计装机中，常规水电3.76亿千瓦，抽水蓄能6270万千瓦。",
    ))
    for quote, part in (("3.76亿千瓦", "常规水电"), ("6270万千瓦", "抽水蓄能")):
        m = _by_value(ex, quote)
        assert m.indicator == "水电累计装机" and m.dimensions.get("breakdown") == part, quote
        assert m.subject == "中国"


def test_a_share_restating_the_measure_and_a_multiple_closing_a_list_of_rates():
    ex = tradeie.extract(_release(
        "中国汽车工业协会\n\n2025-12-11", "2025年11月汽车出口情况",
        "　　1-11月，汽车出口634.5万辆，同比增长18.7%，出口量占汽车总销量的20.4%。",
        "　　其中，奇瑞、上汽和比亚迪出口量分别为125.6万辆、91.4万辆和85.2万辆，同比分别增长16.8%、35.2%和1.4倍。",
    ))
    total = _by_value(ex, "634.5万辆")
    assert total.share is not None and total.share.percent == Decimal("20.4")
    assert _by_value(ex, "125.6万辆").change.percent == Decimal("16.8")
    assert _by_value(ex, "91.4万辆").change.percent == Decimal("35.2")
    byd = _by_value(ex, "85.2万辆")
    assert byd.subject == "比亚迪" and byd.change.percent == Decimal("140")


def test_a_customs_houses_release_on_its_region_with_a_section_on_its_district():
    ex = tradeie.extract(
        "首页 > 岚洲里海关 > 关区动态 > 统计分析\n\n上半年内蒙古对俄蒙贸易稳中有进\n\n"
        "发布时间：2025-07-22　　　信息来源：岚洲里海关\n\n"
        "　　据海关统计，2025年上半年，内蒙古自治区外贸进出口总值1003.6亿元，同比（下同）增长4.2%。其中，对俄罗斯、蒙古国进出口497.3亿元，"
        "增长6.8%，占全区外贸总值的49.6%。\n\n"
        "　　上半年，全区自蒙古国进口煤炭4126.5万吨，增加8.7%。全区对俄罗斯出口机电产品36.2亿元，增长3.1%。\n\n"
        "　　五、满洲里关区对俄蒙贸易平稳增长\n\n"
        "　　从关区看，上半年满洲里海关关区对俄蒙进出口186.7亿元，增长3.9%。6月份，关区对俄蒙进出口34.1亿元，同比增长11.2%。\n"
    )
    assert _by_value(ex, "1003.6亿元").subject == "内蒙古自治区"
    assert _by_value(ex, "4126.5万吨").subject == "内蒙古自治区"
    assert _by_value(ex, "34.1亿元").subject in ("满洲里关区", "满洲里海关关区")


def test_listed_companies_go_by_their_short_names():
    ex = tradeie.extract(
        "澎湃新闻\n\n2026-04-20 10:12\n\n快递公司3月经营数据\n\n"
        "　　圆通速递（600233.SH）、申通快递（002468.SZ）、韵达股份（002120.SZ）近日披露3月经营数据。\n\n"
        "　　从一季度累计数据看，圆通累计完成业务量74.31亿票，同比增长17.5%；申通累计完成业务量61.05亿票，同比增长13.2%。\n\n"
        "　　与去年同期相比，顺丰市场份额提升0.2个百分点，圆通市场份额提升0.41个百分点，韵达市场份额则下降1.04个百分点。\n"
    )
    assert _by_value(ex, "74.31亿票").subject == "圆通速递"
    assert _by_value(ex, "61.05亿票").subject == "申通快递"
    moves = {m.change.points: m.subject for m in ex.metrics if m.change is not None and m.change.points is not None}
    assert moves[Decimal("0.41")] == "圆通速递" and moves[Decimal("-1.04")] == "韵达股份"


def test_a_release_naming_its_office_in_full_with_a_base_a_year_before_and_changes_as_amount_or_rate():
    ex = tradeie.extract(_release(
        "新聞公報", "二○二五年十月對外商品貿易統計數字",
        "　　香港特別行政區政府統計處今日（十一月二十六日）發表的數字顯示，二○二五年十月商品整體出口貨值為4,318億元，"
        "較一年前的3,957億元上升9.1%。",
        "　　二○二五年首十個月合計，商品整體出口貨值為40,215億元，較二○二四年同期上升10.2%。",
        "　　同期，主要貨品類別的進口貨值普遍錄得升幅，特別是電動機械(增加215億元或+11.3%)，但紡織品(減少12億元或-8.4%)的進口貨值則下跌。",
    ))
    first = _by_value(ex, "4,318億元")
    assert (first.value.base_unit, first.subject) == ("HKD", "香港")
    assert first.source.name == "香港特別行政區政府統計處"
    base = _by_value(ex, "3,957億元")
    assert _period(base) == ("2024-10-01", "2024-10-31") and base.change is None
    assert first.change.percent == Decimal("9.1")
    ytd = _by_value(ex, "40,215億元")
    assert ytd.subject == "香港" and _period(ytd) == ("2025-01-01", "2025-10-31")
    rates = {m.change.text: m.change for m in ex.metrics if m.change is not None and m.change.percent is not None}
    assert rates["+11.3%"].direction == "up" and rates["-8.4%"].direction == "down"
    assert rates["-8.4%"].percent == Decimal("-8.4")
    assert not any(m.value is not None and m.value.text in ("+11.3%", "-8.4%") for m in ex.metrics)


def test_a_period_inside_the_first_clause_goes_on_with_its_subject_and_its_parts():
    ex = tradeie.extract(_release(
        "证券时报网", "2025-09-08 06:58　来源：证券时报",
        "　　Wind数据显示，申万家用电器行业97家上市公司上半年合计实现营业收入9126.4亿元，同比增长8.3%；"
        "实现归母净利润668.9亿元，同比增长12.5%。其中，披露海外业务收入的81家公司合计实现海外收入3518.7亿元，同比增长13.6%。",
        "　　《报告》显示，2025年第三季度，全国接待入境游客3846万人次，同比增长21.3%，恢复至2019年同期的96.2%；"
        "实现国际旅游收入312.7亿美元，同比增长26.5%。其中，接待外国入境游客982万人次，同比增长38.6%。",
        "　　截至报告期末，公司研发人员4826人，占员工总数的27.9%。",
    ))
    for quote in ("9126.4亿元", "668.9亿元", "3518.7亿元"):
        assert _period(_by_value(ex, quote)) == ("2025-01-01", "2025-06-30"), quote
    for quote in ("312.7亿美元", "982万人次"):
        assert _period(_by_value(ex, quote)) == ("2025-07-01", "2025-09-30"), quote
    staff = _by_value(ex, "4826人")
    assert staff.period is None or staff.period.start is None


def test_class_thresholds_ranks_and_per_unit_amounts_are_no_figures():
    ex = tradeie.extract(_release(
        "云岭省统计局  2025年6月20日", "1-5月全省经济运行情况",
        "1—5月，全省进出口额超10亿元企业9家，合计完成进出口97.36亿元；年执行额千万美元以上企业87家。",
        "1—5月，全省新引进总投资超1亿美元外资项目15个。",
        "1—5月，销量排名前十位的汽车企业共销售38.6万辆，占全省销售总量的87.3%。",
        "1—5月，全省规模以上工业企业每百元营业收入中的成本为85.23元，同比增加0.25元。",
    ))
    texts = [m.value.text for m in ex.metrics if m.value is not None]
    for quote in ("9家", "97.36亿元", "87家", "15个", "38.6万辆", "85.23元"):
        assert quote in texts, quote
    for bogus in ("超10亿元", "千万美元以上", "超1亿美元", "十位", "百元"):
        assert bogus not in texts, bogus
    reasons = {u.text: u.reason for u in ex.unattached}
    assert reasons.get("十位") == "rank" and reasons.get("百元") == "per unit"


def test_a_contents_list_of_bullets_names_no_period_and_no_sections_and_fair_items_their_fair():
    ex = tradeie.extract(
        "云岭会展中心运营简报\n\n2025年第9期\n\n云岭会展有限公司运营管理部编　　2025年10月10日\n\n本期要目\n"
        "● 9月份中心运营概况\n● 重点展会回顾\n● 10月份展会预告\n\n"
        "一、9月份中心运营概况\n\n9月，中心共举办各类展会12场，同比增加3场；展览面积36.8万平方米，同比增长24.7%。\n\n"
        "二、重点展会回顾\n\n● 2025云岭国际汽车博览会（9月5日—7日）。展会共吸引参展企业1260家，接待专业观众11.2万人次。\n\n"
        "三、10月份展会预告\n\n● 2025云岭国际农业机械展览会（10月16日—18日）。\n"
    )
    names = [s.name for s in ex.bulletin.sections]
    assert names == ["9月份中心运营概况", "重点展会回顾", "10月份展会预告"]
    for quote in ("12场", "1260家", "11.2万人次"):
        m = _by_value(ex, quote)
        assert _period(m)[0][:7] == "2025-09", quote
    assert _by_value(ex, "1260家").subject == "2025云岭国际汽车博览会"  # the fair the item reviews
    assert _by_value(ex, "12场").subject != "2025云岭国际汽车博览会"


def test_a_note_on_several_topics_covers_the_longest_topic_an_indicator_names():
    ex = tradeie.extract(_release(
        "云岭省统计局", "2025年云岭省国民经济和社会发展统计公报（节选）",
        "　　全年货物进出口总额5512亿元，增长5.9%。全年服务贸易进出口额621亿元，增长10.3%。数字贸易进出口额913亿元，增长11.2%。",
        "　　注：[1]货物进出口数据来源于云岭海关；服务贸易、数字贸易、利用外资和对外投资合作数据来源于省商务厅。",
    ))
    assert _by_value(ex, "5512亿元").source.name == "云岭海关"
    assert _by_value(ex, "621亿元").source.name == "省商务厅"
    assert _by_value(ex, "913亿元").source.name == "省商务厅"


def test_a_story_about_a_town_reads_全镇_as_the_town_and_a_quoted_manager_speaks_for_his_company():
    ex = tradeie.extract(_release(
        "南方都市报", "2025年11月20日　星期四　东莞读本·产业",
        "云岭家具“出海”走出新路径",
        "　　南都讯　记者从云岭镇经济发展局获悉，目前全镇共有家具生产及配套企业620余家。",
        "　　“今年1-10月，全镇家具产业实现规上工业产值312.6亿元，同比增长6.8%；家具出口97.4亿元，同比增长11.3%。”云岭镇副镇长说。",
        "　　放眼东莞全市，据东莞海关统计，今年前10个月，东莞市家具及其零件出口238.6亿元，同比增长9.4%。",
        "　　在东莞市华陆家具有限公司的展厅里，总经理梁永健正和客户视频沟通。“今年前10个月，我们公司出口额3.2亿元，同比增长18%，其中中东订单占了35%左右。”",
    ))
    for quote in ("312.6亿元", "97.4亿元"):
        assert _by_value(ex, quote).subject == "云岭镇", quote
    assert _by_value(ex, "238.6亿元").subject == "东莞市"
    firm = _by_value(ex, "3.2亿元")
    assert firm.subject == "东莞市华陆家具有限公司"
    mideast = next(m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("35"))
    assert mideast.subject == "东莞市华陆家具有限公司" and mideast.dimensions.get("market") == "中东"


def test_a_district_brief_names_its_district_plainly_and_industry_parts_keep_their_measure():
    ex = tradeie.extract(
        "萧山区外经贸运行简报\n\n2026年第1期\n\n杭州市萧山区商务局　　　　　　2026年4月16日\n\n"
        "　　1-3月，全区实现货物进出口总额398.62亿元，同比增长6.3%。力争上半年全区出口增长7%以上。\n\n"
        "　　1-3月，全区规模以上工业增加值按可比价格计算，同比增长6.8%。分经济类型看，国有控股企业增加值增长3.1%，"
        "股份制企业增长5.2%。\n\n"
        "附表\n\n镇（街道）外贸情况\n\n单位：万元\n\n镇（街道）\t进出口额\n宁围街道\t512836\n瓜沥镇\t468215\n合计\t981051\n"
    )
    assert _by_value(ex, "398.62亿元").subject == "萧山区"
    assert all(m.subject in ("萧山区", "宁围街道", "瓜沥镇") for m in ex.metrics), {m.subject for m in ex.metrics}
    rates = {m.change.text: m for m in ex.metrics if m.change is not None}
    assert rates["同比增长6.8%"].indicator == "规模以上工业增加值"
    assert "工业增加值" in rates["增长3.1%"].indicator and "国有控股" in rates["增长3.1%"].indicator


def test_a_table_with_year_on_year_and_month_on_month_columns_keeps_both_rates():
    ex = tradeie.extract(
        "云岭跨境电商产业园季度简报\n\n2025年第3期\n\n"
        "表1  2025年第三季度园区企业主要跨境电商平台交易情况\n"
        "平台名称\t交易额（万元）\t同比增速（%）\t环比增速（%）\t占园区比重（%）\n"
        "亚马逊\t98,640\t18.4\t6.2\t30.7\n"
        "TEMU\t61,320\t64.7\t12.9\t19.1\n"
        "合计\t321,500\t30.9\t7.8\t100\n"
        "来源：园区跨境电商公共服务平台、各平台卖家后台数据，园区运营服务中心整理。\n"
    )
    amazon = [m for m in ex.metrics if m.dimensions.get("breakdown") == "亚马逊"]
    level = next(m for m in amazon if m.value is not None)
    assert level.value.normalized == Decimal("986400000")
    assert (level.change.basis, level.change.percent) == ("yoy", Decimal("18.4"))
    assert level.share.percent == Decimal("30.7")
    mom = next(m for m in amazon if m.value is None)
    assert (mom.change.basis, mom.change.percent) == ("mom", Decimal("6.2"))
    assert level.source.name == "园区跨境电商公共服务平台"


def test_units_listed_for_each_column_and_rates_named_after_a_list_of_members():
    ex = tradeie.extract(
        "云岭省商务厅商务工作简报\n\n2026年第12期\n\n"
        "　　一季度，新加坡、韩国、日本、德国对云实际投资分别为3426万美元、2187万美元、1563万美元和982万美元，"
        "其中新加坡增长46.3%，韩国下降12.4%。\n\n"
        "附表  2026年一季度各设区市利用外资情况\n\n"
        "                 单位：家、万美元、%\n"
        "  设区市      新设外资企业数      实际使用外资      同比增长\n"
        "  乾元市             98               14532             6.8\n"
        "  坤元市             52                8917            11.2\n"
    )
    singapore = _by_value(ex, "3426万美元")
    assert singapore.dimensions.get("market") == "新加坡" and singapore.change.percent == Decimal("46.3")
    korea = _by_value(ex, "2187万美元")
    assert korea.change.direction == "down" and korea.change.percent == Decimal("-12.4")
    assert not any(m.value is None and m.change is not None and m.change.text in ("增长46.3%", "下降12.4%") for m in ex.metrics)
    fdi = _by_value(ex, "14532")
    assert (fdi.value.normalized, fdi.value.base_unit) == (Decimal("145320000"), "USD")
    assert fdi.change.percent == Decimal("6.8")
    firms = _by_value(ex, "98")
    assert firms.value.base_unit == "家"


def test_a_story_on_half_year_reports_keeps_their_months_past_a_cited_bodys_paragraph():
    ex = tradeie.extract(_release(
        "21世纪经济报道", "2025年9月2日",
        "　　据记者不完全统计，截至8月31日，在已披露2025年半年报的A股汽车零部件上市公司中，有142家披露了境外业务收入，"
        "合计实现境外收入1287.6亿元，同比增长14.3%。",
        "　　海关总署数据显示，今年1—7月，我国汽车零部件出口额为562.7亿美元，同比增长3.9%。",
        "　　衡川科技（002873.SZ）境外收入36.75亿元，同比增长18.2%。",
    ))
    assert _period(_by_value(ex, "1287.6亿元")) == ("2025-01-01", "2025-06-30")
    assert _period(_by_value(ex, "562.7亿美元")) == ("2025-01-01", "2025-07-31")
    assert _period(_by_value(ex, "36.75亿元")) == ("2025-01-01", "2025-06-30")


def test_a_one_cell_per_line_table_pairs_each_rate_with_the_column_it_names():
    ex = tradeie.extract(
        "云岭汽车工业协会\n\n2025年8月汽车产销快讯\n\n"
        "表1　2025年8月乘用车分车型产销情况\n单位：万辆，%\n车型\n产量\n销量\n产量同比\n销量同比\n"
        "轿车\n116.9\n118.4\n12.3\n11.1\nSUV\n119.0\n120.3\n16.2\n14.7\n"
    )
    output = _by_value(ex, "116.9")
    sales = _by_value(ex, "118.4")
    assert output.change.percent == Decimal("12.3") and sales.change.percent == Decimal("11.1")
    assert _by_value(ex, "120.3").change.percent == Decimal("14.7")


def test_rate_columns_compared_with_last_month_and_last_year_keep_their_basis():
    ex = tradeie.extract(
        "云岭省统计局\n\n2025年10月进出口概况\n\n"
        "附表　2025年10月进出口概况\n单位：亿美元；%\n"
        "项目\t10月金额\t较上月增减\t较上年同月增减\n"
        "出口\t589.4\t-3.2\t42.7\n"
        "进口\t412.6\t1.5\t18.3\n"
    )
    exports = _by_value(ex, "589.4")
    assert (exports.change.basis, exports.change.percent) == ("yoy", Decimal("42.7"))
    mom = next(m for m in ex.metrics if m.value is None and m.change is not None and m.change.percent == Decimal("-3.2"))
    assert mom.change.basis == "mom" and mom.indicator == exports.indicator


def test_amounts_without_元_take_the_currency_a_dotted_下同_declares():
    ex = tradeie.extract(_release(
        "澳門特別行政區政府\n統計暨普查局", "新聞稿\n\n2025年11月份對外商品貿易統計",
        "　　統計暨普查局資料顯示，2025年11月份貨物出口總值為11.26億澳門元(澳門元‧下同)，按年上升8.4%；"
        "其中再出口(9.87億)上升10.2%。貨物進口總值為128.54億，按年增加6.7%。11月份貨物貿易逆差為117.28億。",
    ))
    for quote, amount in (("9.87億", "987000000"), ("128.54億", "12854000000"), ("117.28億", "11728000000")):
        m = _by_value(ex, quote)
        assert (m.value.normalized, m.value.base_unit) == (Decimal(amount), "MOP"), quote
    assert _by_value(ex, "128.54億").change.percent == Decimal("6.7")


BOX_HEADER_TABLE = """云岭省统计局

2025年前三季度各市地区生产总值

┌────────────┬─────────────────────────┬──────────────┐
│            │      地区生产总值       │ 规模以上工业 │
│   地  区   ├──────────────┬──────────┤  增加值增速  │
│            │ 绝对额(亿元) │ 增速(%)  │     (%)      │
├────────────┼──────────────┼──────────┼──────────────┤
│ 全  省     │    26218.64  │    5.4   │       6.3    │
│ 宝鸡市     │     2412.87  │    5.2   │       4.2    │
│ 咸阳市     │     2386.25  │    4.6   │       6.9    │
└────────────┴──────────────┴──────────┴──────────────┘
"""


def test_a_box_table_with_a_three_line_header_pairs_each_rate_with_its_own_measure():
    ex = tradeie.extract(BOX_HEADER_TABLE)
    gdp = _by_value(ex, "2412.87")
    assert gdp.indicator == "地区生产总值" and gdp.change.percent == Decimal("5.2")
    industry = next(m for m in ex.metrics if m.value is None and m.change is not None and m.change.percent == Decimal("4.2"))
    assert industry.indicator == "规模以上工业增加值" and industry.subject == "宝鸡市"
    assert _by_value(ex, "26218.64").indicator == "地区生产总值"  # the `全  省` row: the whole, same measure


def test_a_press_office_named_as_source_under_a_masthead_is_the_body_and_a_recent_day_takes_the_datelines_year():
    ex = tradeie.extract(
        "云岭国际贸易促进委员会\n\n首页 > 新闻中心 > 贸促要闻\n\n云岭贸促会发布11月贸易投资促进工作情况\n\n"
        "发布时间：2025-12-17　　来源：新闻中心\n\n"
        "　　11月，全省贸促系统共签发各类原产地证书6.38万份，同比增长8.2%；签证金额32.45亿美元，同比增长6.7%。\n"
    )
    assert _by_value(ex, "32.45亿美元").source.name == "云岭国际贸易促进委员会新闻中心"  # the body, through its office
    story = tradeie.extract(_release(
        "证券时报网", "2026-04-23 08:00　来源：证券时报",
        "　　东岳轮胎（601829）发布2025年年报。2025年公司实现营业收入52.3亿元。截至4月22日收盘，东岳轮胎股价报16.38元。",
    ))
    price = _by_value(story, "16.38元")
    assert price.period.end == "2026-04-22"
    assert _period(_by_value(story, "52.3亿元")) == ("2025-01-01", "2025-12-31")


def test_a_quoted_manager_saying_we_speaks_for_the_company_named_before_the_quote():
    ex = tradeie.extract(_release(
        "云岭跨境电商协会月报", "2026年第1期",
        "　　会员企业代表、云岭跃洋电子商务有限公司总经理陈志远表示：“我们2025年欧洲站销售额增长了近40%，"
        "在德国自建的海外仓面积扩大到3.2万平方米。”",
        "　　云岭栖木家居科技有限公司运营负责人林晓彤说：“2025年我们在TikTok Shop的月销售额从年初的不到200万元增长到11月的1500余万元。”",
    ))
    assert _by_value(ex, "3.2万平方米").subject == "云岭跃洋电子商务有限公司"
    sales = _by_value(ex, "1500余万元")
    assert sales.subject == "云岭栖木家居科技有限公司" and not sales.indicator.startswith(("“", "我们"))


def test_rate_columns_of_another_period_or_of_a_quantity_are_not_the_value_columns_change():
    ex = tradeie.extract(
        "云岭省统计处\n\n二○二五年十一月零售业销货额\n\n"
        "表1：按零售商类别划分的零售业销货价值及数量\n\n"
        "零售商类别\t二○二五年十一月销货价值（百万元）\t按年变动（%）：价值\t按年变动（%）：数量\t二○二五年一月至十一月按年变动（%）：价值\n"
        "药物及化妆品\t2,687\t8.5\t7.9\t3.4\n"
        "汽车及汽车零件\t1,472\t-15.3\t-16.1\t-9.4\n"
    )
    drugs = _by_value(ex, "2,687")
    assert drugs.change.percent == Decimal("8.5")
    ytd = next(m for m in ex.metrics if m.value is None and m.change is not None and m.change.percent == Decimal("3.4"))
    assert _period(ytd) == ("2025-01-01", "2025-11-30")
    assert any(m.value is None and m.change is not None and m.change.percent == Decimal("7.9") for m in ex.metrics)


def test_a_cover_line_of_publisher_and_spaced_date_and_shares_listed_for_the_members_again():
    ex = tradeie.extract(
        "云岭新区经济运行简报\n\n2025 年第 3 期（总第 27 期）\n\n云岭新区管理委员会经济发展局 2025 年 10 月 24 日\n\n"
        "　　2025年，同城、异地、国际快递业务量分别累计完成161.7亿件、1774.3亿件和43.5亿件，同比分别增长4.6%、13.8%和19.2%。"
        "同城、异地、国际快递业务量分别占全部快递业务量的8.2%、89.6%和2.2%。\n"
    )
    assert ex.bulletin.meta.date == "2025-10-24"
    assert ex.bulletin.meta.publisher == "云岭新区管理委员会经济发展局"
    for quote, share in (("161.7亿件", "8.2"), ("1774.3亿件", "89.6"), ("43.5亿件", "2.2")):
        m = _by_value(ex, quote)
        assert m.share is not None and m.share.percent == Decimal(share), quote
        assert "分别" not in m.indicator and m.indicator.startswith("快递业务量")


def test_freight_rates_per_container_in_a_table_of_this_week_and_last():
    ex = tradeie.extract(
        "云岭外贸协会外贸周报\n\n2025年第36期\n\n"
        "表1　主要航线即期运价（9月19日）\n航线\t单位\t本周\t上周\t环比\n"
        "上海—欧洲基本港\t美元/TEU\t1154\t1281\t-9.9%\n"
        "上海—美西基本港\t美元/FEU\t1459\t1669\t-12.6%\n"
    )
    europe = _by_value(ex, "1154")
    assert (europe.value.normalized, europe.value.base_unit) == (Decimal("1154"), "USD/TEU")
    assert europe.change.percent == Decimal("-9.9") and europe.change.basis == "mom"
    assert _by_value(ex, "1669").value.base_unit == "USD/FEU" and _by_value(ex, "1669").change is None


def test_items_of_a_brief_without_sections_each_take_the_source_line_closing_them():
    ex = tradeie.extract(
        "云岭跨境电子商务综合试验区\n\n工 作 简 报\n\n2025年第3期（总第27期）\n\n云岭市跨境电子商务综合试验区建设工作领导小组办公室\n\n"
        "● 前三季度全市跨境电商进出口198.6亿元\n\n"
        "　　据云岭海关统计，2025年1—9月，全市跨境电商进出口额198.6亿元，同比增长27.4%。\n\n"
        "（来源：云岭海关）\n\n"
        "● 海外仓建设和经营主体培育\n\n"
        "　　截至9月底，全市企业在境外建设海外仓86个，总面积128.5万平方米。\n\n"
        "（来源：市商务局）\n"
    )
    assert _by_value(ex, "198.6亿元").source.name == "云岭海关"
    assert _by_value(ex, "128.5万平方米").source.name == "市商务局"


def test_a_remark_on_a_figure_does_not_keep_its_share_from_it():
    ex = tradeie.extract(_release(
        "云岭海关  2026-01-20", "2025年云岭开发区外贸运行情况",
        "　　据云岭海关统计，2025年，云岭开发区外贸进出口总值3386.4亿元，同比增长6.8%，规模创历史新高，占同期全市外贸总值的30.6%。"
        "全区出口1200.5亿元，总量居全省第2位，占全省的12.1%。",
    ))
    assert _by_value(ex, "3386.4亿元").share.percent == Decimal("30.6")
    assert _by_value(ex, "1200.5亿元").share.percent == Decimal("12.1")


def test_a_company_defined_after_a_copula_and_its_short_name_ending_in_gongsi():
    ex = tradeie.extract(
        "经济观察报\n\n海外仓跑出加速度\n\n2025-09-13　来源：经济观察报\n\n"
        "　　这座面积约4.2万平方米的仓库，是深圳市岚仓国际物流有限公司（下称“岚仓国际”）在北美启用的第五座仓库。"
        "今年上半年，岚仓国际实现营业收入9.2亿元，同比增长37%。\n\n"
        "　　“今年以来，班列订舱一直比较紧张。”云岭天盟实业投资有限公司（以下简称“天盟公司”）总经理冯旭东告诉记者。"
        "天盟公司今年1月至8月共开行班列1386列，同比增长12.7%。\n"
    )
    assert _by_value(ex, "9.2亿元").subject in ("岚仓国际", "深圳市岚仓国际物流有限公司")
    assert _by_value(ex, "1386列").subject in ("天盟公司", "云岭天盟实业投资有限公司")


def test_a_byline_standing_where_the_headline_was_is_not_the_company_profiled():
    ex = tradeie.extract(
        "每经记者：林语潇　　每经编辑：何小桃\n\n"
        "　　3月26日晚间，芮悦生物（688321.SH）发布2025年年度报告。2025年，公司实现营业收入23.6亿元，同比增长31.2%。\n\n"
        "　　每经记者注意到，公司2025年末存货账面价值为8.92亿元，较上年末增长35.1%。\n"
    )
    assert _by_value(ex, "23.6亿元").subject == "芮悦生物"
    assert _by_value(ex, "8.92亿元").subject == "芮悦生物"


def test_a_zones_short_name_defined_once_holds_in_every_numbered_section():
    ex = tradeie.extract(_release(
        "首页 > 关区动态 > 新闻发布",
        "2025年云岭开发区（青川区）外贸进出口规模再创新高",
        "发布时间：2026-01-23 10:30　　来源：云岭海关",
        "　　据云岭海关统计，2025年，云岭开发区（青川区，以下简称“开发区”）外贸进出口总值3386.4亿元，同比增长6.8%。",
        "　　一、经营主体活力持续增强",
        "　　2025年，开发区有进出口实绩的外贸企业达4312家，较上年增加287家。其中，民营企业进出口1425.8亿元，增长15.3%。",
        "　　二、外贸新业态加快发展",
        "　　2025年，云岭海关共监管开发区跨境电商进出口商品1.36亿票，同比增长23.4%。",
    ))
    for quote in ("4312家", "1425.8亿元", "1.36亿票"):
        assert _by_value(ex, quote).subject == "云岭开发区", quote


def test_a_share_price_after_its_days_move_and_its_move_over_the_year():
    ex = tradeie.extract(
        "凯澜电器上半年营收增长\n\n2025-08-29　来源：界面新闻\n\n"
        "　　8月28日晚间，凯澜电器（001386.SZ）发布2025年半年度报告。"
        "二级市场上，8月29日，凯澜电器股价收涨3.12%，报52.36元/股，总市值约712亿元。"
        "截至8月29日收盘，凯澜电器股价报52.36元/股，年内累计上涨27.4%。\n"
    )
    moved = _by_rate(ex, "收涨3.12%")
    assert moved.value is not None and moved.value.text == "52.36元" and moved.change.direction == "up"
    assert moved.indicator == "股价"
    year = _by_rate(ex, "上涨27.4%")
    assert year.value is not None and year.indicator == "股价"


def test_an_index_reading_in_points_its_move_and_the_level_a_move_reached():
    ex = tradeie.extract(_release(
        "云岭航运交易所  2026-03-21", "云岭出口集装箱运价指数周评",
        "　　截至3月20日，云岭出口集装箱运价指数报1193.42点，较年初下跌22.6%。",
        "　　本周，云岭新船价格指数按季上升2.9点至52.4点；有进出口实绩的航运企业增加96家至1268家。"
        "全市外贸企业出口额增长5.2%至1200亿元，预计全年增长5%至8%。",
    ))
    scfi = _by_value(ex, "1193.42点")
    assert (scfi.value.normalized, scfi.value.base_unit) == (Decimal("1193.42"), "点")
    assert scfi.indicator.endswith("出口集装箱运价指数") and scfi.change.percent == Decimal("-22.6")
    moved = _by_value(ex, "52.4点")
    assert moved.change is not None and moved.change.text.endswith("上升2.9点") and moved.change.basis == "other"
    firms = _by_value(ex, "1268家")
    assert firms.change is not None and firms.change.amount == Decimal("96")
    assert _by_value(ex, "1200亿元").change.percent == Decimal("5.2")
    assert any(m.change is not None and m.change.text.endswith("5%至8%") for m in ex.metrics)


def test_rates_in_brackets_after_a_lead_naming_the_rate_and_a_month_parted_in_the_next_sentence():
    ex = tradeie.extract(_release(
        "云岭省统计局  2025-07-20", "2025年上半年全省市州经济运行情况",
        "　　上半年，全省地区生产总值增长5.8%。增速居全省前三位的是:恩施州(7.2%)、黄冈(6.9%)、神农架林区(6.7%)。",
        "　　据云岭海关统计，今年前6个月，全省外贸进出口628.4亿元，同比增长6.3%。6月当月，全省外贸进出口65.2亿元，"
        "同比增长9.7%，环比增长4.7%。其中，出口24.1亿元，增长17.6%；进口41.1亿元，增长5.6%。",
    ))
    for quote, who in (("7.2%", "恩施土家族苗族自治州"), ("6.9%", "黄冈"), ("6.7%", "神农架林区")):
        m = _by_rate(ex, quote)
        assert m.value is None and m.change.direction == "up" and m.subject == who, quote
    for quote in ("24.1亿元", "41.1亿元"):
        assert _period(_by_value(ex, quote)) == ("2025-06-01", "2025-06-30"), quote
    assert _period(_by_value(ex, "628.4亿元")) == ("2025-01-01", "2025-06-30")


def test_a_column_naming_the_months_count_of_a_measure_and_members_counted_in_brackets():
    ex = tradeie.extract(
        "云岭经济技术开发区经济运行简报\n\n2025年第10期\n\n"
        "表1  1-10月各平台主要指标完成情况\n"
        "平台名称\t固定资产投资（亿元）\t同比增长（%）\t本月新签约项目（个）\n"
        "新材料产业园\t68.4\t14.2\t2\n"
        "智能装备产业园\t52.7\t-3.6\t3\n\n"
        "　　据协会会员企业直报系统统计，前三季度，全体会员企业（共1263家）实现出口2158.7亿元，同比增长8.3%。\n"
    )
    signed = _by_value(ex, "3")
    assert signed.indicator == "新签约项目" and signed.dimensions.get("breakdown") == "智能装备产业园"
    assert _by_value(ex, "2158.7亿元").subject == "会员企业"


def test_a_press_conference_page_whose_source_line_names_its_column():
    ex = tradeie.extract(
        "云岭省发展和改革委员会\n首页 > 新闻动态 > 新闻发布 > 新闻发布会\n\n"
        "云岭省发展改革委7月份新闻发布会文字实录（节选）\n\n"
        "发布时间：2026/07/16　　　来源：新闻发布会\n\n"
        "　　新闻发言人 程立新：上半年，全省实际使用外资1221.5亿元，同比增长6.3%。\n"
    )
    assert _by_value(ex, "1221.5亿元").source.name == "云岭省发展和改革委员会"


def test_a_companys_own_newsletter_reports_the_companys_figures():
    ex = tradeie.extract(
        "云岭甬达外贸综合服务有限公司\n\n客  户  通  讯\n\n2025年第9期（总第68期）\n\n"
        "甬达市场研究部 编　　　　　　　　　　　　　2025年9月10日\n\n"
        "一、8月平台业务数据速览\n\n"
        "　　8月，平台共承接会员企业出口订单3,126单，环比增长6.2%；出口报关金额1.86亿美元，同比增长11.3%。\n\n"
        "　　9月，公司联合云岭市跨境电子商务协会举办培训2场，参训企业达120家。\n"
    )
    assert ex.bulletin.meta.publisher == "云岭甬达外贸综合服务有限公司"
    assert _by_value(ex, "1.86亿美元").subject == "云岭甬达外贸综合服务有限公司"
    assert not any(m.subject and m.subject.startswith("公司联合") for m in ex.metrics)


def test_a_body_s_official_speaks_for_it_and_the_year_up_to_a_stated_day():
    ex = tradeie.extract(_release(
        "云岭海关  2026-01-21", "2025年青川市外贸进出口612.4亿元",
        "　　据云岭海关统计，2025年，青川市货物贸易进出口总值612.4亿元，同比增长3.8%。",
        "　　青川海关相关负责人介绍，2025年，该关为辖区企业签发各类原产地证书2317份，签证金额21.6亿元。",
    ))
    certificates = _by_value(ex, "2317份")
    assert certificates.source.name == "青川海关" and not certificates.indicator.startswith("关")
    assert _by_value(ex, "612.4亿元").source.name == "云岭海关"
    trade_in = tradeie.extract(_release(
        "云岭省商务厅  2025-09-09", "全省消费品以旧换新进展情况",
        "　　商务部数据显示，截至8月31日，今年汽车以旧换新补贴申请量突破830万份。",
    ))
    assert _period(_by_value(trade_in, "830万份")) == ("2025-01-01", "2025-08-31")


def test_a_note_naming_a_reporting_system_is_no_source():
    ex = tradeie.extract(_release(
        "云岭省统计局  2025-11-14", "2025年10月份规模以上工业增加值增长5.3%",
        "　　10月份，全省规模以上工业增加值同比增长5.3%。",
        "　　附注：规模以上工业数据来源于规模以上工业企业统计联网直报。",
    ))
    assert _by_rate(ex, "增长5.3%").source.name == "云岭省统计局"


def test_points_spoken_short_and_a_part_named_with_its_trade_mode_holds_one_sentence():
    ex = tradeie.extract(_release(
        "浙江省商务厅  2025-09-20", "前8个月全省外贸运行情况",
        "　　11月份，全省电商物流指数为113.8点，比上月回升1.3个点。",
        "　　前8个月，全省市场采购出口4160.2亿元，增长12.8%。其中，温州市市场采购出口3127.4亿元，增长15.2%。"
        "同期，加工贸易进出口2318.6亿元，下降3.7%。",
    ))
    index = _by_value(ex, "113.8点")
    assert index.change.points == Decimal("1.3") and index.change.direction == "up"
    part = _by_value(ex, "3127.4亿元")
    assert part.subject == "温州市" and part.dimensions.get("trade_mode", "").startswith("市场采购")
    assert _by_value(ex, "2318.6亿元").subject == "浙江省"


def test_a_zone_bureau_with_a_long_name_a_statistics_division_and_numbered_fair_items():
    zone = tradeie.extract(
        "经济运行月报\n2025年第10期（总第118期）\n云岭经济技术开发区经济发展和统计局　　　　　　　　2025年11月17日\n\n"
        "1-10月全区经济运行情况\n\n"
        "　　1-10月，全区实现规模以上工业总产值4905.3亿元，同比增长6.4%。\n"
    )
    assert _by_value(zone, "4905.3亿元").subject == "云岭经济技术开发区"
    division = tradeie.extract(
        "云岭省统计局\n当前位置：首页 > 统计数据 > 数据发布\n\n前三季度全省经济运行稳中有进\n\n"
        "发布时间：2025-10-24 10:00　　来源：国民经济综合统计处\n\n"
        "　　前三季度，全省地区生产总值18123.6亿元，同比增长5.6%。\n"
    )
    assert _by_value(division, "18123.6亿元").source.name == "云岭省统计局国民经济综合统计处"
    fairs = tradeie.extract(
        "云岭会展简报\n\n2025年第9期\n\n云岭市会议展览事务局　　2025年10月10日\n\n"
        "（一）第二十五届云岭国际投资贸易洽谈会。9月8日至11日在云岭国际会展中心举办，展览面积12万平方米，参展企业1650家。\n\n"
        "（二）2025云岭国际茶产业（秋季）博览会。9月18日至22日举办，展览面积6.5万平方米。\n"
    )
    assert _by_value(fairs, "12万平方米").subject == "第二十五届云岭国际投资贸易洽谈会"
    assert _by_value(fairs, "6.5万平方米").subject == "2025云岭国际茶产业（秋季）博览会"


def test_a_departments_head_speaks_for_no_other_body_and_sampled_shops():
    ex = tradeie.extract(_release(
        "云岭日报  2025-10-20", "云岭家电企业拓展中东市场",
        "　　据云岭海关统计，前三季度，全市家电出口412.6亿元，同比增长9.2%。",
        "　　公司海外事业部负责人介绍，今年前三季度公司出口额同比增长23.5%。",
        "　　分平台看，亚马逊仍是样本店铺第一大销售渠道。样本店铺GMV同比增长18.6%。",
    ))
    assert _by_rate(ex, "增长23.5%").source.name != "公司海外事业部"
    assert _by_rate(ex, "增长18.6%").subject == "样本店铺"


def test_a_nationality_is_no_subject_and_a_kicker_describing_a_port_is_no_port():
    ex = tradeie.extract(
        "经济日报\n2025年12月03日　星期三　　第05版：区域\n\n中蒙最大陆路口岸二连浩特——\n边境小城打开向北开放大门\n\n"
        "　　2025年，东兴口岸验放出入境人员1200万人次，同比增长10.2%；中国籍出入境人员778.5万人次，同比增长11.8%。\n"
    )
    assert "中国籍" in _by_value(ex, "778.5万人次").indicator
    assert all(m.subject != "中蒙最大陆路口岸" for m in ex.metrics)


def test_a_numbered_heading_summing_up_its_section_is_withheld_with_its_reason():
    ex = tradeie.extract(_release(
        "云岭海关  2025-07-20", "上半年云岭市外贸运行情况",
        "　　四、机电产品出口占比超七成，集成电路出口增势明显",
        "　　上半年，全市机电产品出口312亿元，占全市出口的71.2%。",
    ))
    assert [m.value.text for m in ex.metrics if m.value] == ["312亿元"]
    assert any(u.text == "超七成" and "heading" in u.reason for u in ex.unattached)


def test_goods_under_a_flow_to_a_partner_named_short_and_flows_of_a_value_total():
    ex = tradeie.extract(_release(
        "云岭海关  2026-01-20", "2025年山东省对韩国进出口情况",
        "　　2025年，山东省对韩出口机电产品812.5亿元，增长11.3%。其中，电子元件132.4亿元，增长18.6%；汽车零配件97.8亿元，增长9.4%。",
        "　　今年上半年，经云岭、青川两大陆路口岸进出口货值1687.4亿元，同比增长14.6%。其中，出口1105.8亿元，增长17.6%；进口581.6亿元，增长9.1%。",
        "　　分市看，济南、青岛、烟台分别实现进出口1200亿元、800亿元和600亿元。",
    ))
    parts = _by_value(ex, "132.4亿元")
    assert "出口" in parts.indicator and parts.dimensions.get("product") == "电子元件"
    assert _by_value(ex, "581.6亿元").indicator.endswith("进口") and "进进口" not in _by_value(ex, "581.6亿元").indicator
    assert _by_value(ex, "1105.8亿元").indicator.endswith("出口") and "进出口" not in _by_value(ex, "1105.8亿元").indicator
    qingdao = _by_value(ex, "800亿元")
    assert qingdao.subject == "青岛" and qingdao.dimensions.get("region") == "青岛"


def test_a_quarter_under_a_whole_year_holds_its_paragraph_and_an_index_named_with_its_abbreviation():
    ex = tradeie.extract(_release(
        "云岭海关  2026-01-22", "2025年云岭港口岸外贸进出口1.62万亿元",
        "　　据云岭海关统计，2025年，经云岭港口岸进出口货物总值1.62万亿元，比上年增长4.3%。",
        "　　从节奏看，口岸进出口呈现“前稳后升”态势。四季度，云岭港口岸进出口4283.6亿元，同比增长8.9%。",
        "　　从贸易方式看，一般贸易进出口9847.3亿元，增长5.6%。",
        "　　3月20日，上海航运交易所发布的上海出口集装箱综合运价指数（SCFI）报1286.43点，环比下跌2.7%。",
    ))
    assert _period(_by_value(ex, "4283.6亿元")) == ("2025-10-01", "2025-12-31")
    assert _period(_by_value(ex, "9847.3亿元")) == ("2025-01-01", "2025-12-31")
    assert "运价指数" in _by_value(ex, "1286.43点").indicator


def test_the_whole_year_of_a_plan_for_next_year_and_sessions_counted():
    ex = tradeie.extract(
        "云岭市商务局\n\n关于2025年工作总结和2026年工作计划的报告\n\n2025年12月12日\n\n"
        "一、2025年工作完成情况\n\n　　全年组织企业参加展会62场次。\n\n"
        "二、2026年工作计划\n\n　　（一）全力扩大消费。全年举办各类促消费活动50场次以上，力争社会消费品零售总额增长6%。\n"
    )
    done = _by_value(ex, "62场次")
    assert _period(done) == ("2025-01-01", "2025-12-31") and done.value.base_unit == "场次"
    assert _period(_by_value(ex, "50场次以上")) == ("2026-01-01", "2026-12-31")
    assert _period(_by_rate(ex, "增长6%")) == ("2026-01-01", "2026-12-31")


def test_a_papers_online_edition_nameplate_and_a_zone_office_named_as_working_office():
    story = tradeie.extract(
        "南方日报 数字报\n\n2025年11月26日　星期三　　第A06版：佛山观察\n\n龙江家具“出海”记\n\n"
        "南方日报记者 梁晓燕\n\n　　今年前10个月，龙江镇家具出口额86.3亿元，同比增长14.3%。\n"
    )
    assert story.bulletin.meta.source == "南方日报"
    assert _by_value(story, "86.3亿元").source.name == "南方日报"
    zone = tradeie.extract(
        "自贸试验区工作简报\n\n2026年第2期(总第61期)\n\n"
        "中国(云岭)自由贸易试验区中心片区工作办公室          2026年4月22日\n\n"
        "2026年一季度中心片区运行情况\n\n    2026年一季度,中心片区新设企业2318家,同比增长12.6%。\n"
    )
    assert _by_value(zone, "2318家").subject == "中国(云岭)自由贸易试验区中心片区"


def test_members_listed_with_their_measure_and_rank_before_the_figures():
    ex = tradeie.extract(_release(
        "云岭数字经济研究院  2025-08-20", "2024年全国数字经济发展报告发布",
        "　　报告显示，2024年，我国数字经济规模达到58.3万亿元，同比名义增长8.2%，高于同期GDP名义增速4个百分点，"
        "数字经济占GDP比重达到43.2%，较上年提升1.2个百分点。",
        "　　从规模看，2024年，广东、江苏、浙江数字经济规模位居全国前三，分别为7.2万亿元、6.3万亿元和4.6万亿元。",
        "　　从占比看，北京、上海、天津数字经济占GDP比重位居全国前三，分别为63.4%、60.1%和53.2%。",
        "　　从增速看，贵州、重庆、江西数字经济增速位居全国前列，分别同比增长12.6%、11.8%和11.2%。",
    ))
    whole = _by_value(ex, "58.3万亿元")
    assert whole.share is not None and whole.share.percent == Decimal("43.2")  # past the comparison
    assert _by_value(ex, "6.3万亿元").indicator == "数字经济规模"
    assert _by_value(ex, "6.3万亿元").subject == "江苏省"
    assert _by_value(ex, "60.1%").indicator == "数字经济占GDP比重"
    fast = _by_rate(ex, "11.8%")
    assert fast.subject == "重庆市" and fast.indicator == "数字经济"


def test_the_leading_places_rates_are_of_the_measure_all_places_reported():
    ex = tradeie.extract(_release(
        "云岭省统计局  2026-04-20", "2026年一季度全省经济运行情况",
        "　　一季度，全省规模以上工业增加值同比增长7.1%。分市看，16市规上工业增加值均实现正增长，其中，"
        "东营、日照、枣庄增速居前，分别增长10.2%、9.6%和9.1%。",
        "　　一季度，全省居民消费价格同比上涨0.3%。",
        "　　分市看，一季度14个设区市中，有8个设区市地区生产总值增速高于全省平均水平。其中，防城港、钦州、北海增速"
        "分别为8.6%、7.9%和7.2%，居全省前三位。",
    ))
    assert _by_rate(ex, "9.6%").indicator == "规上工业增加值"
    assert _by_rate(ex, "9.6%").subject == "日照"
    assert _by_rate(ex, "7.9%").indicator == "地区生产总值"


def test_a_remark_on_the_record_does_not_part_a_figure_from_its_share():
    ex = tradeie.extract(_release(
        "云岭海关  2025-11-21", "前10个月云岭省货物贸易进出口4.71万亿元",
        "　　据云岭海关统计，2025年前10个月，云岭省货物贸易进出口4.71万亿元，比去年同期（下同）增长5.2%，"
        "规模创历史同期新高，占同期全国进出口总值的12.9%。",
    ))
    m = _by_value(ex, "4.71万亿元")
    assert m.share is not None and m.share.percent == Decimal("12.9")
    assert len([x for x in ex.metrics if x.share is not None]) == 1


def test_the_year_so_far_and_the_whole_month_in_a_port_groups_monthly_brief():
    ex = tradeie.extract(
        "云岭港口控股集团有限公司\n\n生产经营月报\n\n2025年11月5日\n\n"
        "　　10月份，集团完成货物吞吐量2486.3万吨，同比增长5.8%。徐圩港区集装箱码头二期工程完成投资2.36亿元，"
        "年内累计完成投资18.9亿元，占年度投资计划的78.8%。全月集团共开展安全隐患排查142次，整改隐患316项。\n\n"
        "　　10月份，新东方集装箱码头桥吊平均台时效率达到36.8自然箱/小时，同比提高2.1自然箱/小时；"
        "散货码头单船平均装卸效率达到1.82万吨/天，同比提高6.4%。\n"
    )
    assert _period(_by_value(ex, "18.9亿元")) == ("2025-01-01", "2025-10-31")
    checks = _by_value(ex, "142次")
    assert _period(checks) == ("2025-10-01", "2025-10-31") and checks.subject == "云岭港口控股集团"
    crane = _by_value(ex, "36.8自然箱/小时")
    assert crane.value.base_unit == "自然箱/小时" and crane.indicator.endswith("台时效率")
    assert _by_value(ex, "1.82万吨/天").value.base_unit == "吨/天"


def test_the_whole_month_after_a_month_stated_in_the_paragraph():
    ex = tradeie.extract(_release(
        "云岭市商务局  2025-10-12", "跨境电商综试区9月运行简报",
        "　　9月当月，平台新增备案企业326家，累计备案企业达5872家；全月处理跨境电商出口申报清单1426.8万票，同比增长33.2%。",
    ))
    assert _period(_by_value(ex, "1426.8万票")) == ("2025-09-01", "2025-09-30")


def test_a_share_prices_move_over_the_year_dates_not_its_market_value():
    ex = tradeie.extract(_release(
        "云岭财经  2025-11-03", "免税龙头三季度业绩回暖",
        "　　截至10月31日收盘，云岭中免股价报68.36元/股，年内累计上涨21.5%，总市值约1414亿元。",
    ))
    assert _by_value(ex, "约1414亿元").period.start is None


def test_terminals_as_rows_of_a_port_groups_table_are_whose_figures_they_are():
    ex = tradeie.extract(
        "云岭港口控股集团有限公司\n\n生产经营月报\n\n2025年11月5日\n\n三、各码头单位完成情况（10月份）\n\n"
        "码头单位\t货物吞吐量（万吨）\t同比增长（%）\n新东方集装箱码头\t598.6\t8.9\n新苏港散货码头\t436.2\t4.1\n合计\t1034.8\t6.9\n"
    )
    row = _by_value(ex, "598.6")
    assert row.subject == "新东方集装箱码头" and row.value.normalized == Decimal("5986000")


def test_goods_counted_then_valued_keep_the_goods():
    ex = tradeie.extract(_release(
        "云岭海关  2026-01-20", "2025年云岭省外贸进出口情况",
        "　　2025年，云岭省出口机电产品2468.7亿元，增长11.2%。其中，出口汽车183.5亿元，增长36.8%，出口数量9.6万辆，"
        "增长31.2%；出口太阳能电池219.6亿元，下降12.4%，但出口数量增长5.3%。",
        "　　2025年，云岭口岸进口木材865.2万立方米，同比下降6.3%；货值112.7亿元，下降9.8%。",
        "　　2025年，山东省出口橡胶轮胎（以下简称轮胎）2.01亿条，增长6.8%；价值1156.3亿元，增长5.2%。",
    ))
    cars = _by_value(ex, "9.6万辆")
    assert cars.dimensions.get("product") == "汽车" and cars.indicator == "出口数量"
    assert _by_rate(ex, "增长5.3%").dimensions.get("product") == "太阳能电池"
    wood = _by_value(ex, "112.7亿元")
    assert wood.indicator == "进口货值" and wood.dimensions.get("product") == "木材"
    tyres = _by_value(ex, "2.01亿条")
    assert tyres.subject == "山东省" and tyres.dimensions.get("product") == "轮胎"


def test_a_trade_flow_is_no_qualifier_of_the_next_flow():
    ex = tradeie.extract(_release(
        "满洲里海关  2025-11-18", "前10个月满洲里口岸进出口贸易值增长5.2%",
        "　　据满洲里海关统计，今年前10个月，满洲里口岸进出口货运量2486.3万吨，同比增长3.8%；进出口贸易值912.6亿元"
        "（人民币，下同），同比增长5.2%。其中，出口248.7亿元，增长11.6%；进口663.9亿元，增长3%。",
    ))
    assert _by_value(ex, "912.6亿元").indicator == "进出口贸易值"
    assert _by_value(ex, "912.6亿元").dimensions == {}
    assert _by_value(ex, "248.7亿元").indicator == "出口"
    assert _by_value(ex, "663.9亿元").indicator == "进口"


def test_a_provinces_cities_together_are_a_part_of_its_measure():
    ex = tradeie.extract(_release(
        "江苏省商务厅  2025-08-20", "1-7月全省服务外包运行情况",
        "　　据江苏省商务厅统计，1-7月，江苏省承接离岸服务外包执行额231.5亿美元，同比增长7.4%，规模继续居全国首位。"
        "其中，南京、苏州、无锡三市合计完成178.4亿美元，占全省的77.1%。",
    ))
    group = _by_value(ex, "178.4亿美元")
    assert group.subject == "江苏省" and group.indicator == "承接离岸服务外包执行额"
    assert group.dimensions.get("region") == "南京、苏州、无锡三市"


def test_a_company_named_after_its_role_or_a_pointer():
    ex = tradeie.extract(_release(
        "云岭财经  2025-11-18", "中欧班列平台公司告别“拼补贴”",
        "　　在西安，中欧班列长安号的运营平台云岭国际陆港多式联运有限公司同样在调整打法。该公司提供的数据显示，"
        "1—10月，长安号开行4210列，同比增长3.5%。",
    ))
    assert _by_value(ex, "4210列").subject == "云岭国际陆港多式联运有限公司"


def test_a_ranking_of_firms_with_what_they_do_and_a_lead_in_naming_its_unit():
    ex = tradeie.extract(
        "云岭市服务外包协会\n\n季度简报\n\n2025年第3期\n\n2025年10月20日\n\n"
        "　　前三季度，全市离岸服务外包执行额27.1亿美元，同比增长9.8%。前十位企业情况如下：\n\n"
        "                                单位：万美元\n"
        "排名 企业名称                        离岸执行额   同比增长（%）  主营业务\n"
        "1    云岭瑞思软件技术有限公司          18642.3       12.4         ITO\n"
        "2    云岭康澜医药研发服务有限公司      15218.7       -3.8         KPO\n"
        "3    云岭华腾数据服务有限公司          12605.9       21.6         BPO\n\n"
        "　　一季度平台主要出口品类情况如下（单位：万美元）：\n\n"
        "品类\t出口额\t同比（%）\t占比（%）\n家用电器\t15,846\t12.3\t23.2\n五金工具\t11,372\t5.6\t16.6\n"
    )
    top = _by_value(ex, "18642.3")
    assert top.subject == "云岭瑞思软件技术有限公司" and top.value.normalized == Decimal("186423000")
    assert top.change.percent == Decimal("12.4")
    goods = _by_value(ex, "15,846")
    assert goods.value.normalized == Decimal("158460000") and goods.value.base_unit == "USD"
    assert _period(goods) == ("2025-01-01", "2025-03-31")


def test_a_provinces_planning_regions_are_whose_rates_they_are():
    ex = tradeie.extract(_release(
        "广东省统计局  2025-11-20", "2025年1—10月广东经济运行情况",
        "　　1—10月，全省固定资产投资同比下降4.6%。分区域看，珠三角核心区固定资产投资下降5.8%，东翼增长3.5%，"
        "西翼、北部生态发展区分别下降2.1%和0.9%。",
    ))
    east = _by_rate(ex, "增长3.5%")
    assert east.subject == "东翼" and east.indicator == "固定资产投资"
    assert _by_rate(ex, "0.9%").subject == "北部生态发展区"


def test_a_task_force_on_the_cover_publishes_the_brief():
    ex = tradeie.extract(
        "中国（云岭）自由贸易试验区中心片区\n\n服务贸易发展简报\n\n2025年第8期（总第39期）\n\n"
        "中心片区管委会服务贸易工作专班　　　　　　　　2025年9月26日\n\n一、数据速览\n\n"
        "1—8月，片区实现服务进出口总额382.6亿元，同比增长14.8%。\n"
    )
    assert _by_value(ex, "382.6亿元").source.name == "中心片区管委会服务贸易工作专班"


def test_a_member_brief_goes_from_its_survey_to_customs_figures_and_company_items():
    ex = tradeie.extract(
        "苏州市进出口商会\n\n会员简报\n\n2025年第10期\n\n2025年10月28日\n\n● 会员企业问卷调查\n\n"
        "　　本次调查回收有效问卷186份。受访企业出口产品平均利润率为4.2%，比上季度下降0.3个百分点。\n\n"
        "● 全市外贸运行情况\n\n"
        "　　据苏州海关统计，前三季度，全市进出口总额1.98万亿元，同比增长3.1%。\n\n"
        "　　从贸易方式看，加工贸易进出口7102.4亿元，下降2.6%。\n\n"
        "● 会员企业动态\n\n"
        "——云岭锦程纺织品进出口有限公司：前三季度出口额1.36亿美元，同比增长8.7%。\n"
    )
    assert _by_value(ex, "7102.4亿元").subject == "苏州市"
    assert _by_value(ex, "1.36亿美元").subject == "云岭锦程纺织品进出口有限公司"


def test_a_note_naming_a_query_platform_is_no_source():
    from tradeie.metrics.data_notes import data_notes

    note = "　　附注：\n　　1.本文数据来源于海关统计数据在线查询平台，统计口径为南京市辖区内企业的进出口数据。\n"
    assert data_notes(note) == []  # a tool to look the customs figures up, not who published them
    assert [n.name for n in data_notes("　　注：本文数据来源于云岭市统计局。\n")] == ["云岭市统计局"]


def test_a_zone_office_named_after_its_city_in_brackets_makes_the_city_home():
    ex = tradeie.extract(
        "跨境电商综试区简报\n2025 年第 3 期\n\n"
        "中国（温州）跨境电子商务综合试验区建设工作领导小组办公室    2025 年 10 月 24 日\n\n"
        "四、经营主体培育情况\n    前三季度，全市新增跨境电商注册企业 1243 家。瑞安市、乐清市、龙港市增速居前。\n"
    )
    assert _by_value(ex, "1243 家").subject == "温州"


def test_an_associations_count_of_the_citys_fairs_goes_on_after_the_city():
    ex = tradeie.extract(
        "广州会展业运行简报\n2025年第3期(总第38期)\n\n广州市会展行业协会编                2025年10月20日\n\n"
        "一、展览总体情况\n\n    据协会对全市主要展馆的统计,第三季度,广州市共举办展览98场,同比增加11场。"
        "1-9月累计举办展览276场,展览面积812.3万平方米,同比增长6.1%。\n\n"
        "二、协会工作\n\n    本季度协会组织会员企业参加培训320人次。\n"
    )
    assert _by_value(ex, "276场").subject == "广州市"
    assert _by_value(ex, "320人次").subject == "广州市会展行业协会"


def test_a_customs_houses_own_work_is_its_own_and_the_trade_it_supervised_the_places():
    ex = tradeie.extract(_release(
        "常州海关  2025-11-20", "前10个月常州市外贸运行情况",
        "　　前10个月，常州市进出口总值1286.4亿元，同比增长6.2%。前10个月，常州海关共签发各类原产地证书3.62万份，"
        "同比增长12.4%，签证金额96.5亿元。常州海关监管跨境电商进出口86.4亿元，增长32.1%。",
        "　　同期，经常州海关所属口岸出口鲜活农产品23.6万吨，增长3.9%。",
    ))
    assert _by_value(ex, "3.62万份").subject == "常州海关"
    assert _by_value(ex, "96.5亿元").subject == "常州海关"
    assert _by_value(ex, "23.6万吨").subject == "常州海关"
    assert _by_value(ex, "86.4亿元").subject == "常州市"  # the city's trade it supervised
    assert _by_value(ex, "1286.4亿元").subject == "常州市"


def test_listed_companies_after_describing_words_and_with_a_places_name():
    ex = tradeie.extract(_release(
        "证券时报网  2025-12-06", "农业及消费股11月经营数据",
        "　　黄羽肉鸡龙头立华股份（300761）11月销售肉鸡4128.6万只，销售收入10.34亿元。"
        "民和股份（002234）11月销售商品代鸡苗2683.5万只，销售收入7127.6万元。",
        "　　逆变器和储能龙头阳光电源（300274.SZ）上半年实现营业收入428.6亿元，同比增长13.3%。",
        "　　中国中免（601888）第三季度实现营业收入118.15亿元，同比下降0.8%。单季度来看，中国中免三季度毛利率为32.1%。",
    ))
    assert _by_value(ex, "7127.6万元").subject == "民和股份"  # not `股份`
    assert _by_value(ex, "428.6亿元").subject == "阳光电源"
    duty_free = _by_value(ex, "118.15亿元")
    assert duty_free.subject == "中国中免" and duty_free.indicator == "营业收入"


def test_a_fairs_report_with_sections_keeps_the_fairs_months_over_a_speakers_year():
    ex = tradeie.extract(
        "第58届云岭进出口商品交易会 · 新闻中心\n\n"
        "第58届云岭交易会闭幕 境外采购商到会29.7万人\n\n"
        "发布时间：2025-11-05　　来源：云岭交易会新闻中心\n\n"
        "　　11月4日，第58届云岭进出口商品交易会在云岭国际会展中心落下帷幕。本届交易会于10月15日开幕，"
        "展览总面积155万平方米，参展企业3.21万家。\n\n"
        "　　新闻发言人在闭幕新闻通气会上表示，今年以来外部环境更趋复杂严峻，交易会稳中有进。\n\n"
        "　　一、境外采购商到会情况\n\n"
        "　　本届到会境外采购商29.7万人，较上届增长6.8%。\n\n"
        "　　二、成交情况\n\n"
        "　　现场意向出口成交258.6亿美元，较上届增长4.1%。\n"
    )
    assert _period(_by_value(ex, "155万平方米")) == ("2025-10-01", "2025-11-30")
    assert _period(_by_value(ex, "258.6亿美元")) == ("2025-10-01", "2025-11-30")


def test_a_firms_press_release_reports_the_firms_figures():
    ex = tradeie.extract(
        "新闻稿 | 即时发布\n\n海川环球发布2025年度经营数据：中国商家数同比增长超五成\n\n"
        "（2026年1月15日，杭州）跨境电商零售平台海川环球今日发布2025年度经营数据。2025年平台商品交易总额达423.6亿美元，"
        "同比增长38.7%。美国市场GMV为96.2亿美元，增长21.4%。\n\n"
        "关于海川环球\n海川环球是杭州海川数字科技有限公司旗下跨境电商零售平台，成立于2019年。\n"
    )
    assert _by_value(ex, "423.6亿美元").subject == "海川环球"
    us = _by_value(ex, "96.2亿美元")
    assert us.subject == "海川环球" and us.dimensions.get("market") == "美国"


def test_a_designated_bases_brief_calls_its_park_the_base():
    ex = tradeie.extract(
        "国家数字服务出口基地（云岭软件园）\n建设工作简报\n\n2026年第1期\n\n云岭软件园管理委员会办公室　　2026年4月16日\n\n"
        "一季度基地数字服务出口实现良好开局\n\n"
        "　　一季度，基地实现数字服务出口3.82亿美元，同比增长14.6%。同期全市数字服务出口7.31亿美元，同比增长11.2%。"
        "3月当月，基地数字服务出口1.31亿美元，环比增长18.9%。\n"
    )
    assert _by_value(ex, "3.82亿美元").subject == "云岭软件园"
    assert _by_value(ex, "1.31亿美元").subject == "云岭软件园"


def test_an_airport_companys_monthly_reports_its_airport_and_markets_by_region():
    ex = tradeie.extract(
        "云岭国际机场\n航空货运运行月报\n（2026年2月）\n\n编制单位：云岭国际机场股份有限公司货运发展部\n发布日期：2026-03-06\n\n"
        "一、总体运行情况\n\n2月份，本场完成货邮吞吐量3.86万吨，同比增长12.4%。\n\n"
        "二、国际及地区货运\n\n表1  2月国际及地区货邮分地区情况\n"
        "地  区      货邮量（吨）      同比（%）\n"
        "欧  洲      6,312.8           31.2\n"
        "北  美      4,106.5           18.9\n"
    )
    assert _by_value(ex, "3.86万吨").subject == "云岭国际机场"
    europe = _by_value(ex, "6,312.8")
    assert europe.subject == "云岭国际机场" and europe.dimensions.get("market") == "欧洲"


def test_a_table_of_cities_with_units_in_every_cell_gives_each_citys_figures():
    ex = tradeie.extract(
        "安徽省商务厅\n2026年4月20日\n\n附表\n\n2026 年一季度各市利用外资情况\n\n"
        "地区　　新设外资企业　　实际使用外资　　同比增长\n\n"
        "全省　　286 家　　13.78 亿美元　　-3.1%\n\n"
        "合肥市　　118 家　　5.86 亿美元　　-1.8%\n"
    )
    hefei = _by_value(ex, "5.86 亿美元")
    assert hefei.subject == "合肥市" and hefei.value.normalized == Decimal("586000000") and hefei.value.base_unit == "USD"
    assert hefei.change.percent == Decimal("-1.8")
    assert _by_value(ex, "118 家").subject == "合肥市"
    assert _by_value(ex, "13.78 亿美元").subject == "安徽省"


def test_a_reports_printed_report_date_resolves_its_years_over_the_issue_it_is_numbered_for():
    ex = tradeie.extract(
        "云岭银行研究院                                        宏观经济 | 展望报告\n\n"
        "中国经济金融展望报告\n2026年第1季度(总第61期)\n报告日期：2025年12月10日\n\n"
        "一、2025年中国经济回顾\n\n"
        "国家统计局数据显示，前三季度我国GDP同比增长5.2%，其中三季度同比增长4.8%。\n"
    )
    assert ex.bulletin.meta.date == "2025-12-10"
    gdp = _by_rate(ex, "同比增长5.2%")
    assert _period(gdp) == ("2025-01-01", "2025-09-30")


def test_a_bulletins_issue_line_in_brackets_sets_no_period_over_its_holiday():
    ex = tradeie.extract(
        "商圈和步行街运行监测简报\n\n（2026年第4期）\n\n云岭市商务局　编　　　　　　　　2026年2月25日\n\n━━━━━━━━━━━━━━━━━━━━\n\n"
        "春节假期全市重点商圈客流持续高位运行\n\n"
        "　　今年春节假期（2月15日—23日）是春节法定假日增加后的第二个春节长假。现将运行情况简报如下。\n\n"
        "　　一、总体客流情况\n\n　　春节假期，全市重点商圈累计客流量3268.4万人次，同比增长12.7%。\n\n"
        "　　二、重点商圈情况\n\n　　新街口商圈客流量862.5万人次，同比增长9.8%。\n\n"
        "　　三、消费情况\n\n　　据银联商务监测，境外来宁人员在重点商圈刷卡消费金额0.73亿元，同比增长52.6%。\n"
    )
    for quote in ("3268.4万人次", "0.73亿元"):
        start, end = _period(_by_value(ex, quote))
        assert start[:7] == end[:7] == "2026-02", quote


def test_a_towns_summary_on_its_countys_site_reports_the_town():
    ex = tradeie.extract(
        "云岭县人民政府网 | 乡镇动态 | 青石镇\n\n青石镇2025年上半年工作总结\n\n"
        "发布时间：2025年07月08日　　来源：青石镇人民政府\n\n"
        "　　一、主要经济指标\n\n　　上半年，全镇完成规上工业产值23.68亿元，同比增长11.6%。\n\n"
        "　　二、招商引资\n\n　　新签约项目8个，协议引资23.5亿元，同比增长18.2%。上半年共外出招商23批次，净增市场主体数量居全县第二位。\n"
    )
    assert _by_value(ex, "23.5亿元").subject == "青石镇"
    assert _by_value(ex, "23批次").value.base_unit == "批次"


def test_a_bank_branchs_brief_reports_the_branch_and_a_city_papers_nameplate_is_its_source():
    ex = tradeie.extract(
        "中国银行云岭分行\n\n金融支持外贸工作简报\n\n2025年第5期\n\n中国银行云岭分行国际结算部　　　　2025年7月10日\n\n"
        "　　上半年，我行外贸企业贷款余额1036.5亿元，较年初增长12.4%。\n\n"
        "　　全行业对外直接投资同比增长8.1%。\n"
    )
    assert _by_value(ex, "1036.5亿元").subject == "中国银行云岭分行"
    paper = tradeie.extract(
        "青石日报\n2025年12月9日　星期二\n第1版：要闻\n\n小丝网织就大产业\n\n本报记者　赵明远\n\n"
        "　　1—11月，全县丝网产品出口额18.6亿美元，同比增长9.7%。\n"
    )
    assert _by_value(paper, "18.6亿美元").source.name == "青石日报"


def test_a_headline_with_a_comma_still_dates_a_data_story():
    ex = tradeie.extract(
        "云岭新闻 > 数据\n\n2025年各省份外贸成绩单：粤苏浙稳居前三，新疆增速领跑\n\n"
        "云岭新闻记者 蒋雨辰\n2026-01-27 07:32 来源：云岭新闻\n\n"
        "　　1月以来，各地陆续公布去年外贸“成绩单”。\n\n"
        "　　从规模看，进出口前三位的省份依次为：广东（9.43万亿元，增长4.1%）、江苏（5.68万亿元，增长5.3%）、"
        "浙江（5.52万亿元，增长6.9%）。\n"
    )
    assert _period(_by_value(ex, "5.68万亿元")) == ("2025-01-01", "2025-12-31")


def test_an_exchanges_monthly_reports_its_own_trading_in_lots():
    ex = tradeie.extract(
        "云岭商品交易所\n\n市 场 运 行 月 报\n（2025年11月）\n\n云岭商品交易所市场运行部编　　　　发布日期：2025年12月5日\n\n"
        "一、市场总体情况\n\n　　11月，我所总成交量1.86亿手，同比增长12.4%；总成交额9.72万亿元，同比增长8.9%。\n"
    )
    lots = _by_value(ex, "1.86亿手")
    assert lots.subject == "云岭商品交易所" and lots.value.base_unit == "手" and lots.value.normalized == Decimal("186000000")
    assert _by_value(ex, "9.72万亿元").subject == "云岭商品交易所"


def test_the_top_firms_of_a_ranking_and_a_size_class_are_no_figures():
    ex = tradeie.extract(_release(
        "云岭市统计局  2025-04-20", "一季度全市投资运行情况",
        "　　一季度，造船完工量前 10 家企业占全国总量的 61.4%。新入库500万元以上项目个数居前三位的乡镇为：和孝镇9个。",
    ))
    values = [m.value.text for m in ex.metrics if m.value is not None]
    assert "10 家" not in values and "500万元以上" not in values
    reasons = {u.text: u.reason for u in ex.unattached}
    assert reasons.get("10 家") == "rank" and reasons.get("500万元以上") == "threshold"


def test_a_table_with_a_cell_per_line_is_read_once():
    ex = tradeie.extract(
        "陇川省商务厅\n2025年7月18日\n\n上半年各市外贸情况\n\n"
        "　　上半年，陇川市进出口占全省的 45.3%，对全省外贸增长的贡献率达 52.1%。各市情况见表 1。\n"
        "表 1　上半年各市进出口情况\n地区\n进出口额\n同比（%）\n出口额\n同比（%）\n"
        "全省\n412.35 亿元\n5.2\n268.10 亿元\n-1.4\n"
        "陇川市\n186.72 亿元\n7.9\n121.05 亿元\n3.3\n"
        "注：数据来源于陇川海关。\n"
    )
    city = [m for m in ex.metrics if m.value is not None and m.value.text == "186.72 亿元"]
    assert len(city) == 1  # read from the table, not again as a figure of the sentence above it
    assert city[0].subject == "陇川市" and city[0].change.percent == Decimal("7.9")
    assert city[0].value.normalized == Decimal("18672000000")


def test_a_wechat_posts_counters_do_not_hide_its_closing_source():
    ex = tradeie.extract(
        "盘点2025丨全区商务工作亮点\n\n原创　青溪商务　青溪商务　2025年12月30日 18:05\n\n"
        "2025年即将过去，一起来看全区商务工作的亮点↓↓↓\n\n"
        "亮点一\n消费市场稳中向好\n\n1—11月，全区社会消费品零售总额612.4亿元，同比增长5.3%。\n\n"
        "亮点二\n外贸稳中有进\n\n1—11月，全区进出口总额128.6亿元，同比增长7.7%。\n\n"
        "新的一年，继续书写商务高质量发展新篇章！\n\n来源：青溪市青溪区商务局\n编辑：李明\n审核：张　华\n\n"
        "阅读 1208\n"
    )
    assert {_by_value(ex, v).source.name for v in ("612.4亿元", "128.6亿元")} == {"青溪市青溪区商务局"}


def test_a_county_office_working_with_the_county_media_centre_keeps_its_county():
    ex = tradeie.extract(
        "云溪县农村电子商务发展月报\n\n2025年第9期\n\n云溪县电子商务工作领导小组办公室　　　　2025年10月14日\n\n"
        "一、总体情况\n1—9月，全县实现网络零售额21.6亿元，同比增长15.2%。\n\n"
        "二、直播助农活动\n9月中旬，县电商办联合县融媒体中心组织开展系列活动，开展助农直播32场。\n"
    )
    assert _by_value(ex, "21.6亿元").subject == "云溪县"


PLAN_NOTICE = """青川省商务厅文件

青商综〔2026〕3号

青川省商务厅关于印发《2026年全省商务工作要点》的通知

各市（州）商务主管部门：
　　现将《2026年全省商务工作要点》印发给你们，请认真抓好贯彻落实。

青川省商务厅
2026年2月10日

2026年全省商务工作要点

　　去年，全省商务运行总体平稳。全年实现社会消费品零售总额8415.6亿元，增长5.6%；年末有进出口实绩企业总数达到1.28万家。
　　2026年全省商务工作主要预期目标是：实际使用外资力争达到40亿美元。

一、全力提振消费

　　（一）实施提振消费专项行动。力争全年举办各类促消费活动3000场以上，带动消费超过1000亿元。

二、稳外贸

　　（二）优化外贸结构。综合保税区进出口占全省比重提高到55%；新增有进出口实绩企业1000家以上。
"""


def test_a_plan_issued_early_in_its_year_dates_its_tasks_in_that_year_and_its_review_in_the_last():
    ex = tradeie.extract(PLAN_NOTICE)
    assert _period(_by_value(ex, "8415.6亿元")) == ("2025-01-01", "2025-12-31")  # `去年，…全年实现…`
    assert _period(_by_value(ex, "1.28万家")) == (None, "2025-12-31")
    for task in ("3000场以上", "超过1000亿元", "1000家以上"):
        assert _period(_by_value(ex, task)) == ("2026-01-01", "2026-12-31"), task
    share = next(m for m in ex.metrics if m.share is not None and "55%" in m.share.text)
    assert (share.period.start, share.period.end) == ("2026-01-01", "2026-12-31")


def test_last_years_passage_does_not_date_this_years_targets():
    ex = tradeie.extract(
        "青川省商务厅\n2026年1月20日\n\n全省服务外包发展情况\n\n"
        "　　去年，全省服务外包执行额86.4亿美元，增长9.2%。今年将深入实施服务外包提质增效行动，"
        "力争全年服务外包执行额增长8%以上，新培育服务外包重点企业30家以上。\n"
    )
    assert _period(_by_value(ex, "30家以上")) == ("2026-01-01", "2026-12-31")


def test_a_provincial_free_trade_zone_office_reports_under_the_zones_official_name():
    ex = tradeie.extract(
        "青海自贸试验区工作简报\n\n第 4 期\n\n青海省自由贸易试验区工作办公室　　　　　　2026 年 4 月 30 日\n\n"
        "2026 年一季度全省自贸试验区主要经济指标运行分析\n\n"
        "一季度，自贸试验区实现进出口总额 212.8 亿元，同比增长 13.4%。\n"
    )
    assert _by_value(ex, "212.8 亿元").subject == "中国（青海）自由贸易试验区"


def test_a_province_signing_deals_at_a_fair_is_their_subject_and_the_fair_dates_them():
    ex = tradeie.extract(
        "青川省商务厅\n\n当前位置：首页 > 新闻中心 > 厅内动态\n\n"
        "我省在第二十五届投洽会期间签约项目42个 总投资316.2亿元\n\n"
        "发布时间：2025-09-12 10:26　　信息来源：投资促进处\n\n"
        "　　9月9日，第二十五届中国国际投资贸易洽谈会期间，我省在厦门举办重点产业投资推介暨项目签约活动。\n\n"
        "　　活动现场共签约项目42个，总投资316.2亿元。其中，外资项目15个，总投资21.6亿美元。\n"
    )
    deals = _by_value(ex, "316.2亿元")
    assert deals.subject == "青川省" and _period(deals) == ("2025-09-01", "2025-09-30")


def test_a_key_projects_table_reports_each_projects_own_size():
    ex = tradeie.extract(
        "青溪市商务局\n2025年9月16日\n\n1—8月全市重点外资项目推进情况\n\n"
        "　　1—8月，全市重点外资项目推进顺利，详见下表。\n\n"
        "表1　重点外资项目推进情况（单位：万美元）\n"
        "序号\t项目名称\t所在地\t总投资\t合同外资\t1—8月到资\t进展情况\n"
        "1\t青禾新材料产业园项目\t东湖区\t28000\t11600\t4200\t主体厂房封顶\n"
        "2\t云帆智能装备制造项目\t西岭区\t36000\t14500\t7300\t设备安装调试\n"
    )
    size = _by_value(ex, "28000")
    assert size.subject == "青禾新材料产业园项目" and size.period is None
    paid = _by_value(ex, "7300")
    assert paid.subject == "云帆智能装备制造项目" and _period(paid) == ("2025-01-01", "2025-08-31")


def test_a_division_named_as_the_source_of_a_page_is_the_publishers():
    ex = tradeie.extract(
        "青溪市文化和旅游局\n\n当前位置：首页 > 新闻中心 > 工作动态\n\n国庆中秋假期全市文旅市场供需两旺\n\n"
        "信息来源：市场管理处　　发布时间：2025-10-09 09:15　　阅读次数：4521\n\n"
        "一、市场总体情况\n　　假期8天，全市共接待游客1865.3万人次，同比增长9.6%。\n"
    )
    assert _by_value(ex, "1865.3万人次").source.name == "青溪市文化和旅游局市场管理处"


def test_a_national_administrations_city_bureau_speaks_for_its_city():
    ex = tradeie.extract(
        "税 收 工 作 简 报\n\n第 23 期\n\n国家税务总局广州市税务局办公室　　　　　　2025 年 12 月 9 日\n\n"
        "全市离境退税工作成效明显\n\n"
        "　　1—11月，全市办理离境退税的境外旅客 11.82 万人次，同比增长 1.1 倍。\n"
    )
    assert _by_value(ex, "11.82 万人次").subject == "广州市"


def test_an_insurers_provincial_branch_reports_its_own_business():
    ex = tradeie.extract(
        "中国出口信用保险公司青川分公司\n2025年度服务外贸高质量发展报告\n\n二〇二六年一月\n\n"
        "一、总体经营情况\n\n　　2025年，全年实现总承保金额86.42亿美元，同比增长11.7%。\n"
    )
    got = _by_value(ex, "86.42亿美元")
    assert got.subject == "中国出口信用保险公司青川分公司" and got.source.name == "中国出口信用保险公司青川分公司"


def test_a_county_bureaus_story_names_its_county_and_a_share_of_the_county_names_none():
    ex = tradeie.extract(
        "青河县农业农村局\n首页 > 工作动态 > 部门动态\n\n我县出口苹果基地建设跑出“加速度”\n\n"
        "发布时间：2026-03-18 15:42　　来源：县农业农村局\n\n"
        "　　去年，全县出口鲜苹果2.86万吨，同比增长12.4%，其中东南亚市场约占全县苹果出口量的七成。"
        "苹果出口额3.1亿元，占全县农产品出口额的82.6%。\n"
    )
    assert _by_value(ex, "2.86万吨").subject == "青河县"
    share = next(m for m in ex.metrics if m.share is not None and "七成" in m.share.text)
    assert share.subject == "青河县"


def test_a_named_border_crossing_leads_its_own_figures_but_a_kind_of_port_does_not():
    ex = tradeie.extract(_release(
        "青川海关  2026-05-12", "前4个月口岸运行情况",
        "　　前4个月，港珠澳大桥珠海公路口岸验放进出境车辆约198.4万辆次，增长21.3%。"
        "深圳各陆路口岸共验放进出境货车约142.6万辆次，增长7.8%。"
        "全国陆路口岸查验出入境人员11948.5万人次，同比上升11.6%。",
    ))
    assert _by_value(ex, "约198.4万辆次").subject == "港珠澳大桥珠海公路口岸"
    assert _by_value(ex, "约142.6万辆次").subject == "深圳陆路口岸"
    assert _by_value(ex, "11948.5万人次").subject == "中国"


WORK_REPORT = """青川高新技术产业开发区管理委员会工作报告（摘要）
        ——在青川高新区2026年工作会议上
        青川高新区党工委副书记、管委会主任　李明远
        （2026年2月12日）

　　各位代表，同志们：
　　一、过去一年工作回顾
　　过去一年，是“十四五”规划的收官之年。
　　（一）经济运行稳中提质。全区实现地区生产总值386.3亿元，同比增长7.2%；规模以上工业总产值918.6亿元，增长10.4%。
　　二、今年工作安排
　　（一）主要预期目标。地区生产总值增长6.5%左右。
"""


def test_a_zone_work_report_reviews_the_year_just_ended_under_its_administration():
    ex = tradeie.extract(WORK_REPORT)
    gdp = _by_value(ex, "386.3亿元")
    assert _period(gdp) == ("2025-01-01", "2025-12-31")  # `过去一年` in a report given in February 2026
    assert gdp.source.name == "青川高新技术产业开发区管理委员会"


def test_a_press_conference_speakers_heading_gives_his_bodys_figures_and_a_tables_note_stays_the_tables():
    ex = tradeie.extract(
        "青川省人民政府新闻办公室\n\n青川省2025年开放型经济发展情况新闻发布会\n\n"
        "发布日期：2026年1月22日　　信息来源：青川省人民政府新闻办公室\n\n"
        "【青川海关副关长　谭国庆】\n　　据海关统计，去年12月当月，全省进出口502.5亿元，同比增长15.3%。\n\n"
        "【国家外汇管理局青川省分局副局长　孙明远】\n　　大家好！2025年，全省涉外收支总额898.6亿美元，增长10.2%。\n\n"
        "附表：2025年部分市州货物贸易进出口情况\n地区　　　进出口额　　　同比增长（%）\n"
        "青川市　　2012.6亿元　　8.9\n白河市　　512.3亿元　　14.2\n（数据来源：青川海关）\n"
    )
    assert _by_value(ex, "898.6亿美元").source.name == "国家外汇管理局青川省分局"
    assert _by_value(ex, "2012.6亿元").source.name == "青川海关"


def test_a_briefs_data_title_below_its_masthead_and_rule_gives_the_year():
    ex = tradeie.extract(
        "青川省汽车流通协会\n\n市 场 简 报\n\n第11期（总第127期）\n\n青川省汽车流通协会秘书处　　　　　　12月9日\n\n"
        "─────────────────────────────────\n\n2025年11月青川省汽车市场运行简报\n\n"
        "【本期要点】\n\n● 11月全省乘用车零售7.62万辆，同比下降3.4%；\n\n● 二手车市场保持活跃。\n\n"
        "一、乘用车零售市场\n\n（一）总体情况\n\n　　1—11月，全省乘用车累计零售71.36万辆，同比增长2.1%。\n"
    )
    assert _period(_by_value(ex, "71.36万辆")) == ("2025-01-01", "2025-11-30")


def test_a_table_of_shopping_districts_reports_each_districts_own_figures():
    ex = tradeie.extract(
        "青溪市商务局\n2026年4月15日\n\n一季度全市重点商圈运行情况\n\n"
        "| 商圈 | 客流量 | 同比 | 销售额 | 同比 |\n|---|---|---|---|---|\n"
        "| 东门商圈 | 2862.3万人次 | +5.6% | 98.74亿元 | +3.9% |\n"
        "| 滨江商业街 | 1931.5万人次 | +9.8% | 52.16亿元 | +8.4% |\n"
    )
    assert _by_value(ex, "2862.3万人次").subject == "东门商圈"
    assert _by_value(ex, "52.16亿元").subject == "滨江商业街"


def test_a_shipping_agencys_branch_calls_the_port_of_its_city_this_port():
    ex = tradeie.extract(
        "中联船务代理有限公司青岛分公司\n\n市场与业务简报\n\n2026年第2期\n\n综合管理部编　　　　　　2026年2月10日\n\n"
        "一、港口生产\n\n　　1月份，本港完成货物吞吐量5842.6万吨，同比增长3.9%。\n"
    )
    assert _by_value(ex, "5842.6万吨").subject == "青岛港"


def test_an_associations_report_on_its_own_members_survey_is_its_own_source():
    ex = tradeie.extract(
        "青州市对外贸易协会\n\n会员企业外贸景气调查报告\n（2025年第三季度）\n\n编制：青州市对外贸易协会信息研究部\n"
        "发布时间：2025年10月20日\n\n一、总体情况\n\n　　三季度，受访企业出口额同比增长4.6%，对美出口占其出口总额的比重平均为24.6%。\n\n"
        "（注：本报告数据来源于协会会员企业问卷调查，不代表全市外贸总体情况。）\n"
    )
    share = next(m for m in ex.metrics if m.share is not None and "24.6%" in m.share.text)
    assert share.source.name == "青州市对外贸易协会"


def test_a_graphics_text_version_reads_its_numbered_sections_and_labelled_figures():
    ex = tradeie.extract(
        "青州市统计局\n\n一图读懂｜前三季度全市经济运行情况（文字版）\n\n"
        "发布时间：2025-10-27 16:05　　信息来源：市统计局综合处\n\n"
        "━━━━━━━━━━━━━━━━━━━━\n01　经济总量\n━━━━━━━━━━━━━━━━━━━━\n\n"
        "▍地区生产总值（GDP）\n　　2142.58亿元\n　　按不变价格计算，同比增长5.9%\n\n"
        "▍分产业看\n　　第一产业增加值　86.41亿元　增长2.8%\n　　第二产业增加值　909.73亿元　增长6.6%\n"
    )
    gdp = _by_value(ex, "2142.58亿元")
    assert "地区生产总值" in gdp.indicator and gdp.subject == "青州市"
    second = _by_value(ex, "909.73亿元")
    assert second.indicator == "第二产业增加值" and second.change.percent == Decimal("6.6")
    assert _period(second) == ("2025-01-01", "2025-09-30")


def test_a_wechat_posts_byline_names_its_publisher_and_a_one_character_county():
    ex = tradeie.extract(
        "数说岷县电商 | 1-2月全县农村电商实现“开门红”\n\n"
        "原创 岷县电商办 岷县电商 2026年03月12日 18:06 甘肃\n\n"
        "　　1-2月，全县实现网络零售额3.86亿元，同比增长21.6%。其中，农产品网络零售额2.94亿元，同比增长24.1%。\n\n"
        "　　分平台看，直播电商平台实现网络零售额1.62亿元，占比42%。岷县当归凭借品质优势，线上销量持续靠前。\n"
    )
    assert ex.bulletin.meta.date == "2026-03-12"  # when it was posted
    total = _by_value(ex, "3.86亿元")
    assert total.subject == "岷县"  # not `创岷县`: `原创` is the post's mark
    assert total.source is not None and total.source.name == "岷县电商办"
    assert _period(total) == ("2026-01-01", "2026-02-28")


def test_a_posts_author_division_gives_way_to_the_account_it_posted_on():
    ex = tradeie.extract(
        "前4个月我省外贸进出口增长5.2%\n\n原创 统计分析处 青川海关 2026年05月18日 17:32 青川\n\n"
        "　　据青川海关统计，今年前4个月，全省货物贸易进出口1862.4亿元，同比增长5.2%。\n"
    )
    assert ex.bulletin.meta.publisher == "青川海关"


def test_a_report_dated_only_by_its_covers_month_takes_that_year():
    ex = tradeie.extract(
        "中国轻工产品进出口商会\n\n研究报告\n\n前三季度我国轻工产品出口形势分析及全年展望\n\n商会研究部\n\n"
        "2025 年 10 月\n\n　　摘要：前三季度，我国轻工产品出口 5298.5 亿美元，同比增\n\n长 6.4%，增速高于全国外贸出口 0.3 个百分点。\n"
    )
    total = _by_value(ex, "5298.5 亿美元")
    assert _period(total) == ("2025-01-01", "2025-09-30")
    faster = next(m for m in ex.metrics if m.change is not None and m.change.text.startswith("高于"))
    assert "摘要" not in " ".join(faster.dimensions.values())  # the page's label, nothing counted


def test_a_taiwan_investment_zones_report_calls_the_zone_our_district():
    ex = tradeie.extract(
        "青州台商投资区管理委员会文件\n\n青台管〔2025〕5号\n\n青州台商投资区管理委员会\n关于 2024 年工作情况和 2025 年工作计划的报告\n\n"
        "青州市人民政府：\n    2024 年，我区坚持稳中求进，全区经济社会发展取得积极成效。\n"
        "    一、2024 年主要工作成效\n    （一）综合实力稳步提升。全年实现地区生产总值 386.3 亿元，同比增长 6.8%。\n"
    )
    assert _by_value(ex, "386.3 亿元").subject == "青州台商投资区"


def test_a_customs_press_conference_heading_names_the_publisher():
    ex = tradeie.extract(
        "青川海关2025年第1次新闻发布会\n新 闻 稿\n\n    1月22日，青川海关召开新闻发布会。据青川海关统计，去年全年青川省货物贸易进出口总值1652.8亿元，比上一年下降3.6%。\n\n"
        "    一、加工贸易占比提升\n    去年，全省以加工贸易方式进出口728.9亿元，增长2.3%，占全省外贸总值的44.1%。\n"
    )
    assert ex.bulletin.meta.publisher == "青川海关"
    assert _by_value(ex, "728.9亿元").source.name == "青川海关"


def test_a_ranking_table_with_a_markets_column_and_marked_names():
    ex = tradeie.extract(
        "青州市五金机电出口企业商会\n\n2024年度会员企业出口额15强\n\n"
        "排名\t企业名称\t所在地\t出口额(万美元)\t同比增长(%)\t主要出口市场\n"
        "1\t青州锐达电动工具有限公司\t青州\t80,315\t18.6\t欧盟、美国\n"
        "2\t青州联丰五金制品有限公司*\t青州\t62,420\t14.7\t美国、日本\n"
        "注:带*号企业为首次入榜企业。\n"
    )
    first = _by_value(ex, "80,315")
    assert first.subject == "青州锐达电动工具有限公司"
    assert first.value.normalized == Decimal("803150000") and first.change.percent == Decimal("18.6")
    assert _by_value(ex, "62,420").subject == "青州联丰五金制品有限公司"  # the mark the note explains is no part of it


def test_a_bureau_saying_we_publish_stays_its_own_source():
    ex = tradeie.extract(
        "青川市商务局\n\n2026年2月全市外经贸统计月报\n\n来源：青川市商务局对外贸易科　　发布时间：2026-03-25\n\n"
        "　　编者按：我局按月发布全市外经贸统计月报。1—2月，全市外贸进出口12.6亿元，同比增长5.2%，其中一般贸易占比80.8%。\n"
    )
    assert _by_value(ex, "12.6亿元").source.name != "我局"


def test_items_crediting_their_source_in_closing_brackets():
    ex = tradeie.extract(
        "一周经贸数据速览(9.9-9.15)\n\n[国内]\n"
        "▪ 2025年8月全国货物贸易进出口3.59万亿元，同比增长0.5%。(海关总署)\n"
        "▪ 2025年8月社会消费品零售总额37,634亿元，同比增长3.4%。(国家统计局)\n"
    )
    assert _by_value(ex, "3.59万亿元").source.name == "海关总署"
    assert _by_value(ex, "37,634亿元").source.name == "国家统计局"


def test_a_posts_account_name_over_its_posting_time_is_its_publisher():
    ex = tradeie.extract(
        "青川发布\n2025年04月17日 18:06 浙江\n\n点击上方蓝字 关注我们\n\n一季度青川外贸实现“开门稳”\n\n"
        "　　4月17日下午，市政府新闻办召开新闻发布会。一季度，全市进出口总额3318.6亿元，同比增长6.2%。\n"
    )
    assert ex.bulletin.meta.publisher == "青川发布"


SURVEY = (
    "青州外贸协会\n2025年07月18日 09:30 浙江\n\n"
    "　　受访企业中，二季度新接出口订单增加的企业占36.2%，比一季度提高3.2个百分点；订单持平的占32.4%；订单减少的占31.4%。\n\n"
    "　　受访企业平均出口利润率为4.8%，比一季度下降0.3个百分点；出口利润率低于3%的企业占29.6%。\n\n"
    "　　全市超过60%的重大外资项目已开工。\n"
)


def test_a_surveys_shares_of_firms_and_their_changes_on_the_quarter_before():
    ex = tradeie.extract(SURVEY)
    shares = {m.share.text: m for m in ex.metrics if m.share is not None}
    up = shares["占36.2%"]
    assert up.share.change is not None and up.share.change.points == Decimal("3.2")
    assert not any(m.change is not None and "3.2" in m.change.text for m in ex.metrics)  # the share's change, no figure of its own
    held = shares["占32.4%"]
    assert "持平" in held.indicator and held.change is None  # the firms whose orders held, not a flat change
    assert not any(m.value is not None and m.value.text == "3%" for m in ex.metrics)  # `低于3%的企业`: a class bound
    assert not any(m.change is not None and "3%" == m.change.text[-2:] for m in ex.metrics)
    assert any(m.value is not None and m.value.text == "超过60%" for m in ex.metrics)  # a share of the projects


def test_a_rates_point_change_on_the_half_before_stays_the_rates():
    ex = tradeie.extract(
        "青川海关\n\n前8个月青川省外贸运行情况\n\n　　前8个月，全省加工贸易进出口1234.5亿元，下降3.2%，占全省外贸的18.6%，降幅较上半年收窄1.4个百分点。\n"
    )
    narrowed = [m for m in ex.metrics if m.change is not None and "收窄" in m.change.text]
    assert narrowed and abs(narrowed[0].change.points) == Decimal("1.4")
    share = next(m for m in ex.metrics if m.share is not None and m.share.text.endswith("18.6%"))
    assert share.share.change is None  # the rate narrowed, the share did not move by it


def test_a_source_line_closing_a_bracketed_section_covers_its_numbered_parts():
    ex = tradeie.extract(
        "青州市服务外包协会\n\n服务外包简报\n\n2025年第1期(总第120期)\n\n编印单位:青州市服务外包协会秘书处\n日期:2025年1月20日\n\n"
        "【数据月报】\n\n一、2024年1-12月青州市服务外包统计\n\n2024年,全市服务外包执行额43.07亿美元,同比增长8.9%。\n\n"
        "二、2024年青州市服务贸易统计\n\n2024年,全市服务贸易进出口总额328.5亿元,同比增长10.6%。\n\n(来源:青州市商务局)\n\n"
        "【行业资讯】\n\n●全国服务贸易保持增长\n\n2024年,我国服务进出口总额75238.1亿元,同比增长14.4%。\n\n(来源:商务部网站)\n"
    )
    assert _by_value(ex, "43.07亿美元").source.name == "青州市商务局"
    assert _by_value(ex, "328.5亿元").source.name == "青州市商务局"
    assert _by_value(ex, "75238.1亿元").source.name == "商务部网站"


def test_a_groups_page_citing_its_department_reports_the_groups_figures():
    ex = tradeie.extract(
        "首页 > 新闻中心 > 集团要闻\n\n青瓯港口集团10月份生产经营情况通报\n\n"
        "发布时间：2025-11-05 16:20　　来源：集团生产业务部\n\n"
        "　　10月份，集团完成货物吞吐量5862.4万吨，同比增长4.7%；完成集装箱吞吐量286.5万标准箱，同比增长9.2%。\n"
    )
    assert _by_value(ex, "5862.4万吨").subject == "青瓯港口集团"
    assert _by_value(ex, "286.5万标准箱").subject == "青瓯港口集团"


def test_same_day_visitors_keep_the_not_of_their_name():
    ex = tradeie.extract("澳門統計暨普查局\n\n　　2025年第一季入境旅客共1,024萬人次，按年上升12.3%；其中不過夜旅客6,352,798人次，上升15.1%。\n")
    day = _by_value(ex, "6,352,798人次")
    assert "不過夜旅客" in day.indicator + "".join(day.dimensions.values())


def test_a_listed_firms_filing_header_is_no_headline():
    ex = tradeie.extract(
        "证券代码：605176                         证券简称：青拓机电                         公告编号：2025-018\n\n"
        "青州青拓机电股份有限公司\n2024 年年度报告摘要\n\n"
        "一、经营情况\n报告期内，公司实现营业收入38.65亿元，同比增长20.09%。\n"
    )
    assert _by_value(ex, "38.65亿元").subject == "青州青拓机电股份有限公司"


def test_projects_of_the_global_500_and_their_investment():
    ex = tradeie.extract(
        "青州新闻网\n\n　　2025年4月27日，青州市举行重大项目集中签约活动，共签约项目52个，总投资1286.5亿元。"
        "签约项目中，外资项目11个，合同外资9.8亿美元；世界500强企业投资项目5个，总投资156.0亿元。\n"
    )
    big = _by_value(ex, "156.0亿元")
    assert big.subject == "青州市"  # `世界500强`: a ranking's name, not the world's figure
    assert big.indicator == "世界500强企业投资项目总投资"  # those projects', not the contracts' before
    assert _by_value(ex, "5个").subject == "青州市"


def test_a_central_bank_branchs_report_is_its_provinces_and_a_system_is_no_source():
    ex = tradeie.extract(
        "中国人民银行浙江省分行\n\n2024年浙江省跨境人民币业务运行情况\n\n"
        "发布时间：2025-01-24 10:30　　来源：中国人民银行浙江省分行\n\n"
        "　　2024年，中国人民银行浙江省分行持续优化跨境人民币政策环境，全省跨境人民币收付金额合计2.16万亿元，同比增长18.7%。\n\n"
        "　　从收付方向看，实收10527.6亿元，同比增长20.2%；实付11072.4亿元，同比增长17.3%。\n\n"
        "注：1.本文数据来源于人民币跨境收付信息管理系统（RCPMIS），为初步统计数。\n"
    )
    received = _by_value(ex, "10527.6亿元")
    assert received.subject == "浙江省"  # `中国人民银行…`: a national institution's name, no vote for 中国
    assert received.source.name == "中国人民银行浙江省分行"  # the system holds the data; the branch published them


def test_holidays_in_straight_quotes_and_a_spring_festival_over_two_months():
    ex = tradeie.extract(
        "青山市文化和旅游局\n\n关于2024年\"五一\"假期全市文化和旅游市场情况的通报\n\n"
        "    2024年\"五一\"假期(5月1日至5日)共5天，全市共接待游客386.52万人次，同比增长12.6%。\n\n"
        "    2025年春节假期，全市接待游客412.3万人次，同比增长8.1%。\n"
    )
    start, end = _period(_by_value(ex, "386.52万人次"))
    assert start.startswith("2024-05") and end.startswith("2024-05")  # not the whole of 2024
    assert _period(_by_value(ex, "412.3万人次")) == ("2025-01-01", "2025-02-28")  # 28 January to 4 February


def test_a_brokers_research_institute_heading_its_report_is_the_publisher():
    ex = tradeie.extract(
        "青远证券研究所                                      宏观专题报告\n                                                  2025年4月29日\n\n"
        "2025年一季度各省GDP盘点\n\n　　一季度，江苏实现地区生产总值33962.6亿元，同比增长5.9%。\n"
    )
    assert ex.bulletin.meta.publisher == "青远证券研究所"


def test_a_sites_greeting_names_the_body_whose_division_is_the_source():
    ex = tradeie.extract(
        "青川省商务厅 欢迎您！　　今天是：\n首页 > 政务公开 > 统计数据 > 对外贸易\n\n二〇二五年一季度全省外贸进出口情况\n\n"
        "发布时间：2025-04-18 10:32　　信息来源：对外贸易处　　浏览次数：1,206\n\n"
        "　　一季度，全省货物贸易进出口1382.6亿元，同比增长12.5%。\n"
    )
    assert ex.bulletin.meta.publisher == "青川省商务厅"
    assert _by_value(ex, "1382.6亿元").source.name.startswith("青川省商务厅")


def test_a_posts_account_publishes_for_a_writer_or_an_unofficial_author():
    for byline, publisher in (("原创 王珊 稀土行业观察", "稀土行业观察"), ("原创　滨江综保区　滨江综合保税区管委会", "滨江综合保税区管委会"),
                              ("原创 岷县电商办 岷县电商 2026年03月12日 18:06 甘肃", "岷县电商办")):
        ex = tradeie.extract(f"【数读】前7个月综保区成绩单\n{byline}\n\n　　1—7月，综保区实现进出口总额386.2亿元，同比增长27.4%。\n")
        assert ex.bulletin.meta.publisher == publisher, byline


def test_a_headline_on_a_provinces_free_trade_zone_makes_it_the_subject():
    ex = tradeie.extract(
        "青川省商务厅\n当前位置：首页 > 政务公开 > 数据发布\n\n2025年一季度中国（青川）自由贸易试验区运行情况\n\n"
        "发布时间：2025-04-22 10:15　　来源：省自贸办\n\n"
        "　　一季度，新设企业4862家，同比增长12.5%；实际使用外资2.86亿美元，同比增长9.2%。\n"
    )
    assert _by_value(ex, "2.86亿美元").subject == "中国（青川）自由贸易试验区"  # as the headline writes it


def test_a_posts_account_and_posting_time_on_one_line_publish_and_date_it():
    ex = tradeie.extract(
        "青川商务\n青川商务 2025年04月23日 18:05 青川\n\n一季度全省商务经济运行开局良好\n\n点击蓝字 关注我们\n\n"
        "　　一季度，全省社会消费品零售总额6542.3亿元，同比增长5.1%。\n"
    )
    assert ex.bulletin.meta.publisher == "青川商务" and ex.bulletin.meta.date == "2025-04-23"
    assert _by_value(ex, "6542.3亿元").source.name == "青川商务"


def test_a_graphics_text_version_with_label_figure_and_change_on_lines_of_their_own():
    ex = tradeie.extract(
        "一图读懂｜2024年青州市国民经济和社会发展统计公报（对外经济篇）\n原创 青州统计 青州统计 2025年03月28日 18:06 山东\n\n"
        "【货物贸易】\n\n货物进出口总额\n1386.2亿元\n增长5.4%\n\n出口总额\n1052.8亿元\n增长7.9%\n\n"
        "市场采购贸易方式出口\n412.6亿元\n增长15.3%\n占全市出口比重39.2%\n"
    )
    total = _by_value(ex, "1386.2亿元")
    assert total.indicator == "货物进出口总额" and total.change.percent == Decimal("5.4")  # one fact, not two
    market = _by_value(ex, "412.6亿元")
    assert "市场采购" in market.indicator + "".join(market.dimensions.values())
    assert market.change.percent == Decimal("15.3") and market.share.percent == Decimal("39.2")
    assert not any(m.value is None and m.change is not None for m in ex.metrics)


def test_a_zones_news_account_with_bodies_supplying_it_and_links_to_earlier_posts():
    ex = tradeie.extract(
        "淄博高新发布\n数说高新 | 1—9月外贸运行简况（总第88期）\n\n▌01 总体\n\n"
        "1—9月，高新区实现外贸进出口总额152.36亿元，同比增长7.4%。9月当月，全区进出口18.42亿元，环比下降1.6%。\n\n"
        "供稿：区经济发展局 区统计局\n编辑：李敏 | 校对：王强\n咨询电话：0533-1234567\n\n"
        "往期回顾\n数说高新 | 上半年经济运行简况\n数说高新 | 一图看懂产业体系\n"
    )
    total = _by_value(ex, "152.36亿元")
    assert total.subject == "淄博高新区"  # the zone the account speaks for, not a name made of `…发展局 区…`
    assert _by_value(ex, "18.42亿元").subject == "淄博高新区"
    assert total.source is not None and "区统计局" in total.source.name  # the 供稿 line above the links


def test_a_brokers_research_note_is_sourced_to_the_broker_or_its_research_team_account():
    note = (
        "{head}\n\n2024年10月进出口数据点评：出口增速回落\n\n"
        "分析师：刘志远\n执业证书编号：S1090519120009\n\n"
        "按美元计，10月出口2986.4亿美元，同比增长3.2%，较9月回落2.1个百分点；进口同比下降1.4%。\n"
    )
    for head, source in (("华泰恒信证券\n证券研究报告", "华泰恒信证券"), ("证券研究报告 | 宏观点评\n恒信证券研究所 宏观研究团队", "恒信证券"),
                         ("恒信研究\n原创 宏观研究团队 恒信研究", "恒信研究")):
        ex = tradeie.extract(note.format(head=head))
        m = _by_value(ex, "2986.4亿美元")
        assert m.source is not None and m.source.name.startswith(source), head


def test_a_december_brief_generated_in_january_reports_last_years_months():
    ex = tradeie.extract(
        "青川市人民政府\n首页 > 政府信息公开 > 统计数据\n\n"
        "索 引 号：11330700002583142L/2026-00417      发布机构：市统计局\n"
        "组配分类：统计数据                            生成日期：2026-01-22\n\n"
        "12月份全市主要经济指标\n\n"
        "◎ 规模以上工业\n  本月：增加值同比增长9.6%。\n  累计：增加值1486.2亿元，同比增长8.1%，增速比1-11月提高0.3个百分点。\n"
    )
    assert ex.bulletin.meta.date == "2026-01-22"
    total = _by_value(ex, "1486.2亿元")
    assert (total.period.start, total.period.end) == ("2025-01-01", "2025-12-31")  # the year to December, of 2025
    month = next(m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("9.6"))
    assert (month.period.start, month.period.end) == ("2025-12-01", "2025-12-31")  # 本月: the month the brief reports


def test_a_report_reviewing_a_year_under_a_wrapped_title_that_ends_with_the_plan_year():
    ex = tradeie.extract(
        "青川省商务厅\n\n关于2025年全省商务工作总结和\n2026年工作安排的报告\n\n省人民政府：\n"
        "　　2025年，全省商务系统稳外贸、稳外资、促消费，主要指标好于预期。现将有关情况报告如下。\n\n"
        "一、外贸稳规模优结构取得新进展\n　　全年全省进出口总额5862.4亿元，同比增长6.3%；其中出口4011.2亿元，增长8.1%。\n\n"
        "二、利用外资质量稳步提升\n　　全省实际使用外资18.6亿美元，同比增长3.4%。\n\n"
        "青川省商务厅\n2026年1月15日\n"
    )
    for quote in ("5862.4亿元", "18.6亿美元"):
        p = _by_value(ex, quote).period
        assert (p.start, p.end) == ("2025-01-01", "2025-12-31"), quote  # the year reviewed, not the plan's


def test_a_yearbook_chapter_is_sourced_to_the_yearbook_its_running_head_names():
    ex = tradeie.extract(
        "·212·　　　　　　　　青川年鉴（2026）\n商　　务\n\n"
        "【概况】2025年，全市实现社会消费品零售总额2864.3亿元，比上年增长6.8%；货物进出口总额2412.7亿元，增长3.9%。\n"
    )
    m = _by_value(ex, "2864.3亿元")
    assert m.source is not None and m.source.name == "青川年鉴"
    assert (m.period.start, m.period.end) == ("2025-01-01", "2025-12-31")  # the year written, not the edition's


def test_a_research_notes_previous_value_and_market_expectation_are_the_measures_own():
    ex = tradeie.extract(
        "恒信证券\n证券研究报告\n\n2025年8月进出口数据点评\n\n"
        "按美元计，8月出口3108.6亿美元，同比增长4.4%，前值7.2%，市场一致预期5.5%；"
        "进口2085.3亿美元，同比增长1.3%（预期2.0%，前值4.1%）；贸易顺差1023.3亿美元，前值982.4亿美元。\n"
    )
    rates = {m.change.text: m for m in ex.metrics if m.change is not None and m.value is None}
    prev = rates["7.2%"]
    assert prev.indicator == _by_value(ex, "3108.6亿美元").indicator  # the export rate, not a measure named 前值
    assert (prev.period.start, prev.period.end) == ("2025-07-01", "2025-07-31")  # the month before
    expected = rates["5.5%"]
    assert "预期" in expected.indicator and (expected.period.start, expected.period.end) == ("2025-08-01", "2025-08-31")
    assert rates["4.1%"].period.start == "2025-07-01" and "预期" in rates["2.0%"].indicator
    surplus = _by_value(ex, "982.4亿美元")
    assert surplus.indicator == _by_value(ex, "1023.3亿美元").indicator and surplus.period.start == "2025-07-01"


def test_a_posts_date_line_with_time_and_place_under_its_byline_dates_it():
    ex = tradeie.extract(
        "【乘联分会】8月全国乘用车市场分析\n\n原创 乘联分会 乘联分会\n2025年09月09日 17:02 北京\n\n点击蓝字 关注我们\n\n"
        "8月全国乘用车市场零售196.3万辆，同比增长4.7%；1-8月累计零售1484.5万辆，同比增长10.2%。\n"
    )
    assert ex.bulletin.meta.date == "2025-09-09"
    m = _by_value(ex, "196.3万辆")
    assert (m.period.start, m.period.end) == ("2025-08-01", "2025-08-31")


def test_a_zones_account_named_with_the_full_zone_word_makes_the_zone_the_subject():
    ex = tradeie.extract(
        "数读｜前三季度淄博高新区经济运行“成绩单”来了！\n\n原创 淄博高新区发布 淄博高新区发布\n点击蓝字 关注我们\n\n"
        "▶ 地区生产总值：763.2亿元，同比增长6.8%，占全市的比重为15.4%。\n▶ 全区外贸进出口总额：186.4亿元，增长9.1%。\n"
    )
    assert _by_value(ex, "186.4亿元").subject == "淄博高新区"


def test_a_bonded_port_zones_brief_headlined_with_the_zone_is_the_zones():
    ex = tradeie.extract(
        "北湾保税港区1—9月经济运行快报\n\n北湾保税港区管理局统计信息科　　　　10月12日\n\n一、总体运行\n"
        "● 进出口总值：1—9月累计完成376.5亿元，同比增长7.9%。\n● 出口：累计208.1亿元，增长10.2%，占进出口总值的55.3%。\n"
    )
    assert _by_value(ex, "376.5亿元").subject == "北湾保税港区"


def test_newly_signed_qualifies_contracts_not_the_turnover_that_follows():
    ex = tradeie.extract(
        "2025年1—10月，我国企业在共建“一带一路”国家新签对外承包工程项目合同3862份，新签合同额11842.6亿元人民币，同比增长3.1%；"
        "完成营业额6982.4亿元人民币，同比增长4.7%。\n"
    )
    assert _by_value(ex, "11842.6亿元人民币").indicator.startswith("新签")
    assert _by_value(ex, "6982.4亿元人民币").indicator == "完成营业额"


def test_a_bracketed_contribution_line_is_the_source_of_a_page_without_sections():
    ex = tradeie.extract(
        "青川出入境边防检查总站\n首页 > 边检动态 > 工作动态\n\n国庆假期青川口岸出入境旅客超120万人次\n\n"
        "　　国庆假期，青川边检总站共查验出入境旅客121.6万人次，同比增长15.2%，日均15.2万人次。\n\n"
        "　　从口岸分布看，青川港、青川机场口岸分别查验出入境旅客86.3万、35.3万人次，同比分别增长12.1%、23.4%。\n\n"
        "（供稿：青川边检总站宣传处　　摄影：陈××）\n\n发布日期：2025-10-09　　　　责任编辑：梁××　　　　浏览次数：\n【打印】　【关闭】\n\n"
        "版权所有：青川出入境边防检查总站　　青ICP备15012345号\n地址：青川省青川市　　联系电话：0756-8888123\n"
    )
    assert ex.bulletin.meta.date == "2025-10-09"
    assert _by_value(ex, "121.6万人次").source.name == "青川边检总站宣传处"  # not its photographer's credit


def test_an_official_reports_release_date_above_its_distribution_list_dates_it():
    ex = tradeie.extract(
        "青川省港口生产快报\n\n（1—6月）\n\n青川省交通运输厅港航管理处编　　　　　　　　　　第6期\n\n"
        "　　【综述】上半年，全省港口生产总体保持平稳增长，集装箱、外贸和旅客运输增势较好。全省港口完成货物吞吐量3.12亿吨，"
        "同比增长4.1%；其中外贸货物吞吐量1.38亿吨，同比增长6.3%，占全省港口货物吞吐量的44.2%。完成旅客吞吐量765.3万人次，"
        "同比增长6.0%，恢复至2019年同期的91.8%。\n\n"
        "　　【下半年展望】随着青川港东港区新建泊位陆续投产，预计下半年全省港口集装箱吞吐量增速将保持在8%左右，全年货物吞吐量有望达到6.4亿吨。\n\n"
        "　　联系人：林晓峰　　电话：0591-87077123\n　　发布日期：2025-07-12\n\n"
        "抄送：交通运输部水运局，省统计局，各设区市交通运输局、港口管理局。\n"
    )
    assert ex.bulletin.meta.date == "2025-07-12"
    p = _by_value(ex, "3.12亿吨").period
    assert (p.start, p.end) == ("2025-01-01", "2025-06-30")  # not the recovery base's year


def test_an_official_briefs_issuing_line_above_its_print_run_and_page_number_dates_it():
    ex = tradeie.extract(
        "青川商务运行简报\n\n第8期\n\n青川市商务局　　　　　　　　　　　　　　（总第116期）\n\n"
        "　　1-8月，全市社会消费品零售总额1286.4亿元，同比增长6.2%，增速比1-7月提高0.3个百分点；其中，限额以上单位消费品零售额"
        "468.2亿元，同比增长7.9%。8月当月，全市社会消费品零售总额168.5亿元，同比增长6.8%，环比增长2.1%。\n\n"
        "　　1-8月，全市外贸进出口总额312.7亿元，同比增长9.4%；其中出口208.3亿元，同比增长11.2%，进口104.4亿元，同比增长6.0%。"
        "一般贸易进出口占全市外贸总额的71.6%，比上年同期提高2.3个百分点。\n\n"
        "送：市统计局，市发展改革委，青川海关。\n青川市商务局办公室　　　　　　　　　　　2025年9月15日印发\n（共印30份）\n\n— 3 —\n"
    )
    assert ex.bulletin.meta.date == "2025-09-15"
    assert _by_value(ex, "1286.4亿元").period.end == "2025-08-31"


def test_a_reprinted_storys_citation_line_and_related_links_under_a_release():
    ex = tradeie.extract(
        "劳动密集型产品出口“量增价跌”\n\n　　今年1—5月，全省劳动密集型产品出口312.6亿元，同比增长5.1%。\n\n"
        "（原载《青川日报》2025年6月24日第3版）\n责任编辑：万佳　　校对：王磊\n"
    )
    m = _by_value(ex, "312.6亿元")
    assert ex.bulletin.meta.date == "2025-06-24" and m.period.end == "2025-05-31"
    ex = tradeie.extract(  # a lettered page, under the buttons, related news and the site's copyright line
        "劳动密集型产品出口“量增价跌”\n\n　　今年1—5月，全省劳动密集型产品出口312.6亿元，同比增长5.1%。\n\n"
        "（原载《青川日报》2025年6月24日A2版）\n\n责任编辑：许晴　　审核：何建国\n\n【打印本页】　【关闭窗口】\n\n"
        "相关新闻\n· 青川市一季度网络零售额增长10.3%\n\n青川网版权所有　未经授权禁止复制或建立镜像\n青ICP备13028854号-2\n"
    )
    m = _by_value(ex, "312.6亿元")
    assert ex.bulletin.meta.date == "2025-06-24" and m.period.end == "2025-05-31"
    assert m.source is not None and m.source.name == "青川日报"
    ex = tradeie.extract(
        "青川海关\n\n　　去年，青川省“新三样”产品出口418.6亿元，同比增长12.4%。\n\n发布时间：2025-01-19\n\n"
        "相关稿件:\n  青川海关召开2025年全关工作会议\n  青川首票“新三样”出口企业享受AEO互认便利\n"
    )
    p = _by_value(ex, "418.6亿元").period
    assert (p.start, p.end) == ("2024-01-01", "2024-12-31")


def test_a_macro_region_named_once_in_passing_is_not_the_subject_of_a_national_note():
    ex = tradeie.extract(
        "恒信期货研究院 | 宏观点评\n2025年9月外贸数据点评\n\n【数据回顾】\n\n"
        "海关总署10月14日公布数据显示，以美元计，9月我国出口同比增长2.4%。\n\n【核心观点】\n\n"
        "1、出口：基数抬升叠加台风扰动，增速明显回落\n\n"
        "9月出口3108.6亿美元，增速较8月回落6.3个百分点。一方面，去年同期基数明显抬升；另一方面，9月中下旬台风影响华东、华南多个港口作业。\n"
    )
    assert _by_value(ex, "3108.6亿美元").subject == "中国"


def test_a_posts_credits_after_bars_below_its_end_mark_and_further_reading_name_its_source():
    ex = tradeie.extract(
        "青川国资\n上半年市属国企主要经济指标实现“双过半”\n\n原创 市国资委综合处 青川国资 四川\n\n点击上方蓝字 关注我们\n\n"
        "　　上半年，市属国企实现营业总收入386.4亿元，同比增长6.2%；利润总额21.3亿元，同比增长4.8%。\n\n"
        "　　会议要求，一要聚焦主责主业，坚决退出低效无效资产，提升资本配置效率；二要紧盯重点项目，加快形成实物工作量，"
        "以有效投资带动营业收入增长；三要守牢风险底线，严格控制非主业投资和高风险业务，稳妥化解存量债务。\n\n"
        "　　市国资委主要负责同志表示，将加强对市属国企经济运行的监测分析，实行“月调度、季分析”，对进度滞后的企业开展专项督导，"
        "确保各项指标稳中有进、进中提质。\n\n"
        "延伸阅读\n· 市国资委召开市属国企负责人座谈会\n· 市属国企“项目攻坚年”活动推进会召开\n\nEND\n\n"
        "来源 | 市国资委综合处\n编辑 | 陈思　审核 | 刘洋　终审 | 张敏\n联系电话：0816-2213456\n投稿邮箱：qcgzw@163.com\n\n阅读 2316\n"
    )
    m = _by_value(ex, "386.4亿元")
    assert m.source is not None and m.source.name == "市国资委综合处"


def test_a_ranking_inside_a_counted_noun_is_part_of_it():
    ex = tradeie.extract(
        "2025年一季度，青川市引进外资大项目14个。世界500强企业新投资项目6个，总投资84.3亿元。"
        "截至3月底，累计已有86家世界500强企业在青川投资布局。\n"
    )
    assert "世界500强" in _by_value(ex, "86家").indicator
    assert _by_value(ex, "84.3亿元").indicator.startswith("世界500强")


def test_a_papers_source_line_with_the_issue_date_above_a_sites_copyright_notice_dates_the_story():
    ex = tradeie.extract(
        "当前位置：首页 > 青川日报 > 要闻\n\n前三季度我省地区生产总值同比增长5.1%\n\n"
        "本报讯（记者 杨晓雯）10月23日，记者从省统计局获悉，前三季度，全省地区生产总值15025.3亿元，按不变价格计算，同比增长5.1%，"
        "比上半年加快0.2个百分点，增速高于全国0.3个百分点。\n\n"
        "　　前三季度，全省规模以上工业增加值同比增长7.2%，固定资产投资同比增长4.1%，社会消费品零售总额6120.8亿元，同比增长5.6%。\n\n"
        "　　地区生产总值核算说明：地区生产总值、三次产业及行业增加值绝对额按现价计算，增长速度按不变价格计算；季度地区生产总值为初步核算数。\n\n"
        "（责任编辑：吴敏　校对：陈佳）\n\n来源：《青川日报》2025年10月24日 第1版\n"
        "版权所有：青川日报报业集团　　未经授权禁止转载　　举报电话：0851-86627890\n"
    )
    assert ex.bulletin.meta.date == "2025-10-24"
    p = _by_value(ex, "15025.3亿元").period
    assert (p.start, p.end) == ("2025-01-01", "2025-09-30")


def test_a_monitoring_weeklys_period_line_dates_it_and_its_week():
    ex = tradeie.extract(
        "青川市生活必需品市场监测周报\n\n第44期（总第615期）\n\n"
        "青川市商务局市场运行科　　　　　　　　　　监测时间：2025年10月27日—11月2日\n\n【本周要点】\n"
        "● 本周，全市重点监测的猪肉平均零售价格为28.6元，环比下降1.2%。\n"
    )
    assert ex.bulletin.meta.date == "2025-11-02"
    p = _by_value(ex, "28.6元").period
    assert (p.start, p.end) == ("2025-10-27", "2025-11-02")


def test_a_report_whose_first_written_year_is_a_span_reports_up_to_its_last_year():
    ex = tradeie.extract(
        "青川外资统计公报\n2026\n\n青川省商务厅\n\n"
        "　　2021—2025年，全省累计新设外商投资企业2386家，累计实际使用外资金额426.3亿元。\n\n"
        "　　本年，全省新设立外商投资企业512家，同比增长6.2%；实际使用外资金额88.6亿元，同比下降3.1%。\n"
    )
    p = _by_value(ex, "88.6亿元").period
    assert (p.start, p.end) == ("2025-01-01", "2025-12-31")


def test_a_partners_figure_stated_as_chinas_inflow_is_chinas_with_the_partner_as_market():
    ex = tradeie.extract(
        "2025年前7个月，欧盟在华新设外商投资企业1826家，同比增长8.4%；欧盟对华实际投资金额52.3亿欧元，同比下降12.1%。"
        "非洲国家对华实际投入金额18.6亿美元，同比增长5.2%。\n"
    )
    for quote, partner in (("1826家", "欧盟"), ("52.3亿欧元", "欧盟"), ("18.6亿美元", "非洲")):
        m = _by_value(ex, quote)
        assert m.subject == "中国" and partner in m.dimensions.values(), quote


def test_a_holiday_opening_a_headline_on_a_port_is_not_part_of_the_ports_name():
    ex = tradeie.extract(
        "青川出入境边防检查总站\n首页 > 边检动态 > 工作动态\n\n春节假期青川口岸出入境旅客超110万人次\n\n"
        "　　春节假期（1月28日至2月4日），青川边检总站共查验出入境旅客112.6万人次，同比增长18.3%，日均14.1万人次。"
        "从口岸分布看，东港、西港口岸分别查验出入境旅客68.5万、44.1万人次。节日期间，口岸客流呈现潮汐式特点，口岸单日出入境旅客达15.8万人次。\n\n"
        "发布日期：2025-02-05\n"
    )
    assert _by_value(ex, "112.6万人次").subject == "青川口岸"


def test_a_note_citing_data_from_a_city_bureau_names_no_county():
    ex = tradeie.extract(
        "青川市工业和信息化局\n\n2025年青川市工业园区企业营业收入50强榜单发布\n\n"
        "　　2025年，全市工业园区企业营业收入50强合计实现营业收入2386.4亿元，同比增长7.6%。\n\n"
        "　　注：榜单依据企业2025年度营业收入排序，数据来源于市统计局规模以上工业企业年报。\n"
    )
    assert "源于" not in (_by_value(ex, "2386.4亿元").subject or "")


def test_a_basket_a_price_is_averaged_over_is_not_a_count_and_the_unit_it_is_per_is_not_its_name():
    ex = tradeie.extract(
        "青川市生活必需品市场监测周报\n\n监测时间：2025年10月27日—11月2日\n\n"
        "● 本周，全市重点监测的30种蔬菜平均批发价格为每公斤4.86元，环比上涨2.3%。全市出口商品达120种，同比增加8种。\n"
    )
    assert not any(m.value is not None and m.value.text == "30种" for m in ex.metrics)
    price = _by_value(ex, "4.86元")
    assert price.indicator.endswith("平均批发价格") and price.change.percent == Decimal("2.3")
    assert _by_value(ex, "120种").change.amount == Decimal("8")  # a count of goods stays one


def test_a_posts_byline_with_an_iso_date_and_where_it_was_posted_from():
    ex = tradeie.extract(
        "一季度青川经济运行实现良好开局\n\n原创 青川省统计局 青川统计 2025-04-21 18:30 发表于青川\n\n青川统计\n关注我们\n\n"
        "初步核算，一季度全省地区生产总值5641.2亿元，按不变价格计算，同比增长4.9%。\n"
    )
    assert ex.bulletin.meta.publisher == "青川省统计局" and ex.bulletin.meta.date == "2025-04-21"
    p = _by_value(ex, "5641.2亿元").period
    assert (p.start, p.end) == ("2025-01-01", "2025-03-31")


def test_a_rate_quicker_than_an_earlier_plan_periods_is_the_current_periods():
    ex = tradeie.extract(
        "“十四五”时期，全区货物进出口总额累计4.2万亿元，年均增长9.6%，增速比“十三五”时期加快2.5个百分点。\n"
    )
    faster = next(m for m in ex.metrics if m.change is not None and m.change.points == Decimal("2.5"))
    assert faster.period is None or faster.period.start != "2016-01-01"  # not the period it is compared with


def test_a_sources_name_stops_at_the_pages_counter_and_a_bylines_mark_is_not_part_of_a_body():
    ex = tradeie.extract(
        "青川省统计局\n\n2025年前三季度全省经济运行情况\n\n发布时间:2025-10-24 10:00 来源:青川省统计局 浏览次数:1826 [字体:大 中 小]\n\n"
        "　　前三季度，全省地区生产总值23615.2亿元，同比增长5.1%。\n"
    )
    assert ex.bulletin.meta.source == "青川省统计局"
    ex = tradeie.extract(
        "一季度青川经济运行实现良好开局\n\n原创 青川省统计局 青川统计 2025-04-21 18:30 发表于青川\n\n"
        "初步核算，一季度全省地区生产总值5641.2亿元，同比增长4.9%。\n"
    )
    assert not _by_value(ex, "5641.2亿元").source.name.startswith("原创")


def test_a_division_source_that_names_its_body_is_not_prefixed_with_it_again():
    ex = tradeie.extract(
        "中华人民共和国青川海关\n\n2025年前三季度青川省外贸进出口情况\n\n发布时间：2025-10-20　　信息来源：青川海关综合统计处\n\n"
        "　　前三季度，全省货物贸易进出口总值4862.3亿元，同比增长6.2%。\n"
    )
    assert _by_value(ex, "4862.3亿元").source.name == "青川海关综合统计处"


def test_a_previous_value_in_a_hard_wrapped_note_is_still_the_measures():
    para = (
        "7月14日，海关总署公布6月外贸数据。按美元计，6月出口3250.6亿美元，同比增长5.6%（前值4.8%，Wind一致预期5.0%）；"
        "进口2110.4亿美元，同比增长1.1%（前值-3.4%）；贸易顺差1140.2亿美元，较上年同期扩大185.3亿美元。出口韧性仍在，"
        "非美市场接力明显，对东盟、欧盟出口分别增长16.8%和7.6%。"
    )
    wrapped = "\n".join(para[i : i + 30] for i in range(0, len(para), 30))  # a PDF's lines of 30 characters
    ex = tradeie.extract("恒信证券\n证券研究报告\n\n2025年6月进出口数据点评\n\n" + wrapped + "\n")
    prev = next(m for m in ex.metrics if m.change is not None and m.change.text == "4.8%")
    assert prev.value is None and prev.indicator == "出口" and prev.period.start == "2025-05-01"


def test_places_a_clause_opens_with_together_are_whose_combined_figure_it_is():
    ex = tradeie.extract(
        "青川省工业和信息化厅\n\n2025年1—8月全省软件业运行情况\n\n"
        "　　1—8月，全省软件业务收入12031.6亿元，同比增长12.4%。济南、青岛两市软件业务收入7562.1亿元，同比增长13.1%，"
        "占全省的62.9%。收入居前3名的青岛、济南、烟台合计完成收入8411.2亿元。\n"
        "　　济南、青岛两市分别完成软件业务收入4102.3亿元和3459.8亿元。\n"
    )
    assert _by_value(ex, "12031.6亿元").subject == "青川省"
    assert _by_value(ex, "7562.1亿元").subject == "济南、青岛两市"
    assert _by_value(ex, "8411.2亿元").subject == "青岛、济南、烟台"
    assert _by_value(ex, "4102.3亿元").subject == "济南"  # `分别`: each city its own


def test_a_headline_closing_with_its_day_dates_the_transcript():
    ex = tradeie.extract(
        "中华人民共和国商务部\n首页 > 新闻发布 > 例行新闻发布会\n\n商务部召开例行新闻发布会（2025年1月16日）\n\n"
        "主持人：商务部新闻发言人　苏立言\n\n"
        "苏立言：各位记者朋友，下午好！今天我首先通报两方面情况，然后回答大家的提问。\n\n一、关于去年全年消费市场运行情况\n\n"
        "据国家统计局数据，去年全年社会消费品零售总额48.72万亿元，同比增长3.6%。\n\n二、关于外贸运行情况\n\n"
        "据海关统计，去年全年我国货物贸易进出口总值43.85万亿元，同比增长5%。\n"
    )
    assert _by_value(ex, "48.72万亿元").period.start == "2024-01-01"


def test_a_communique_without_a_year_published_in_spring_reports_the_year_before():
    ex = tradeie.extract(
        "青川市人民政府门户网站　>　政务公开　>　统计信息\n\n发布机构：青川市统计局　　　　发布日期：2024-03-29\n\n"
        "青川市国民经济和社会发展统计公报\n\n青川市统计局\n\n六、国内贸易\n\n"
        "全年社会消费品零售总额1998.47亿元，比上年增长5.2%。全年实物商品网上零售额112.6亿元，增长18.9%。\n"
    )
    assert _by_value(ex, "1998.47亿元").period.start == "2023-01-01"


def test_a_year_compared_with_is_not_the_reports_year_and_a_table_title_gives_it():
    ex = tradeie.extract(
        "濠江經濟月報\n第十一期\n\n一、博彩業\n\n"
        "　　10月份幸運博彩毛收入為201.45億澳門元，按年上升7.1%。首十個月累計1,886.32億澳門元，按年上升25.4%，恢復至2019年同期的78.6%。\n\n"
        "表一　澳門主要經濟指標（2024年）\n\n指標　　　　10月　　按年變動(%)\n幸運博彩毛收入（百萬澳門元）　20,145　　7.1\n"
    )
    assert _by_value(ex, "201.45億澳門元").period.start == "2024-10-01"


def test_a_reprint_line_reading_originally_carried_in_dates_the_story():
    ex = tradeie.extract(
        "青川新闻网 > 新闻中心 > 本地要闻\n\n前三季度我市市场采购贸易出口612.4亿元\n\n来源：青川日报　　作者：记者 张慧敏\n\n"
        "据青川海关统计，1—9月，全市以市场采购贸易方式出口612.4亿元，同比增长16.2%。\n\n"
        "据了解，青川商城于2017年获批开展市场采购贸易方式试点。\n\n（原载于《青川日报》2025年10月24日第2版）\n\n【责任编辑：孙振】\n"
    )
    assert ex.bulletin.meta.date == "2025-10-24"
    assert _by_value(ex, "612.4亿元").period.start == "2025-01-01"


def test_markets_named_before_include_a_market_group():
    ex = tradeie.extract(
        "2023年9月7日 青川财经网\n\n　　从市场看，东盟、欧盟、美国、韩国和日本为我国前五大贸易伙伴。前8个月，我国对上述市场分别进出口"
        "4.25万亿元、3.61万亿元、3.05万亿元、1.48万亿元和1.41万亿元，分别占我外贸总值的15.5%、13.2%、11.1%、5.4%和5.2%。\n"
    )
    first = _by_value(ex, "4.25万亿元")
    assert first.dimensions.get("market") == "东盟" and first.indicator == "进出口"
    assert _by_value(ex, "1.41万亿元").dimensions.get("market") == "日本"


def test_a_trade_promotion_council_heading_its_circular_is_the_publisher():
    ex = tradeie.extract(
        "青川市贸促会\n青贸促〔2023〕27号\n\n青川市贸促会关于2023年上半年原产地证书签证工作情况的通报\n\n各区（县、市）贸促会，各有关企业：\n"
        "    现将2023年上半年全市贸促系统原产地证书签证工作情况通报如下。\n\n    一、总体情况\n"
        "    2023年1—6月，全市贸促系统共签发各类原产地证书11.46万份，签证金额52.83亿美元，同比分别增长8.2%和6.5%。\n\n"
        "    二、下半年工作安排\n    继续做好原产地证书签证服务。\n\n青川市贸促会\n2023年7月10日\n"
    )
    assert ex.bulletin.meta.publisher == "青川市贸促会"
    assert _by_value(ex, "52.83亿美元").source.name == "青川市贸促会"


def test_a_work_reports_congress_names_its_city_and_we_represent_is_no_city():
    ex = tradeie.extract(
        "                          政府工作报告\n\n  ——2024年1月12日在青川市第十五届人民代表大会\n                        第三次会议上\n\n"
        "                   青川市人民政府市长　许国平\n\n各位代表：\n    现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
        "    一、过去一年工作回顾\n\n    全市地区生产总值完成3128.6亿元，增长6.3%。社会消费品零售总额1352.7亿元，增长7.2%。\n"
        "    成绩来之不易。在此，我代表市人民政府，向全市人民致以崇高的敬意！\n"
    )
    assert _by_value(ex, "3128.6亿元").subject == "青川市"


def test_a_zone_called_by_its_kind_in_a_later_section_is_the_one_the_report_is_about():
    ex = tradeie.extract(
        "湖南省商务厅\n\n湖南自贸试验区2024年建设成效显著\n\n发布时间：2025-01-24 10:30　　来源：湖南省商务厅\n\n"
        "　　一、市场主体持续壮大\n\n　　2024年，湖南自贸试验区新设企业2.36万家，同比增长6.8%。\n\n"
        "　　二、开放型经济量质齐升\n\n　　2024年，自贸试验区实际使用外资4.82亿美元，同比增长9.3%，占全省的比重为27.5%。\n"
    )
    assert _by_value(ex, "4.82亿美元").subject == "湖南自贸试验区"


def test_a_newspaper_pages_foot_line_dates_the_story():
    ex = tradeie.extract(
        "海南日报数字报\n第A03版：自贸港新闻　　　　上一版　　下一版\n\n洋浦加工增值内销货值增长1.4倍\n\n　　本报洋浦7月12日电　今年上半年，洋浦加工增值产品内销货值32.6亿元，同比增长1.4倍。\n\n"
        "　　洋浦经济开发区管委会相关负责人表示，海南自由贸易港将于2025年底前适时启动全岛封关运作，洋浦将对标封关运作要求，"
        "力争全年外贸进出口突破1600亿元、新设外资企业200家以上。\n\n"
        "　　此前，洋浦已于2023年12月完成首批口岸项目建设。\n\n（本文图片均由洋浦经济开发区管委会提供）\n\n"
        "2024年7月13日　星期六　　海南日报　　A03\n"
    )
    assert ex.bulletin.meta.date == "2024-07-13" and ex.bulletin.meta.source == "海南日报"
    assert _by_value(ex, "32.6亿元").period.start == "2024-01-01"


def test_bracketed_foot_fields_give_date_and_source_above_a_hotline_footer():
    ex = tradeie.extract(
        "首页 > 青川海关 > 关区动态\n\n上半年经青川口岸进出境班列突破4000列\n\n"
        "　　据青川海关统计，今年上半年，经青川铁路口岸进出境中欧班列4126列，同比增长11.7%。"
        "自2016年首列中欧班列经该口岸出境以来，班列线路已达96条。\n\n"
        "【发布时间：2024-07-09】【信息来源：青川海关】\n\n——————————————————————————\n"
        "主办单位：中华人民共和国青川海关　　　邮编：830063\n海关服务热线：12360　　网站标识码：bm28000003\n"
    )
    assert ex.bulletin.meta.date == "2024-07-09" and ex.bulletin.meta.source == "青川海关"
    assert _by_value(ex, "4126列").period.start == "2024-01-01"


def test_a_portals_dated_line_below_its_related_links_dates_the_story():
    ex = tradeie.extract(
        "去年我国货物贸易进出口总值增长5%\n\n　　新华社北京1月13日电（记者 周向阳）海关总署13日发布数据，去年我国货物贸易进出口总值43.85万亿元，同比增长5%。\n\n"
        "（完）\n\n【纠错】　　责任编辑：刘畅\n\n相关阅读：\n· 国新办举行全年进出口情况新闻发布会（图文实录）\n· 1月13日外交部发言人答记者问\n\n"
        "新华网 2025-01-13 15:06:21　　来源：新华社\n\nCopyright © 2000-2025 XINHUANET.com All Rights Reserved.\n"
        "制作单位：新华网股份有限公司　　版权所有 新华网股份有限公司　　京ICP备10016589号\n"
    )
    assert ex.bulletin.meta.date == "2025-01-13"
    assert _by_value(ex, "43.85万亿元").period.start == "2024-01-01"


def test_a_papers_foot_line_with_its_name_first_dates_the_page():
    para = (
        "　　本报讯（记者 林凡）去年，中国信保福建分公司承保金额达312.6亿美元，同比增长8.4%。该公司相关负责人表示，"
        "今年将把“信保+跨境人民币”组合产品推广至全市重点外贸企业，让更多“首办户”享受到本币结算的便利。"
    )
    wrapped = "\n".join(para[i : i + 22] for i in range(0, len(para), 22))  # a PDF page's lines
    ex = tradeie.extract(
        "信保护航外贸企业“走出去”\n\n" + wrapped + "\n\n本版稿件除署名外均由本报记者采写\n福建日报　2025年1月21日　星期二　第5版\n"
    )
    assert ex.bulletin.meta.date == "2025-01-21"
    assert _by_value(ex, "312.6亿美元").period.start == "2024-01-01"


def test_a_districts_own_outlet_makes_its_we_the_district():
    ex = tradeie.extract(
        "鄞州发布\n首页 > 鄞州新闻 > 经济\n真金白银稳订单 政策红利添动能\n来源：鄞州日报　记者 王晓燕　　09月28日 07:45\n\n"
        "　　记者从区商务局获悉，1—9月，我区累计兑现各级稳外贸政策资金1.37亿元，同比增长18.2%，惠及外贸企业1126家。"
        "宁波恒锐工具有限公司、宁波海天精工股份有限公司等企业获得全市首批奖励。\n\n"
        "　　今年以来，全区在落实全市“稳外贸22条”的基础上，出台了《鄞州区进一步稳外贸稳外资十条措施》。前三季度，全区外贸进出口总额1486.2亿元，增长6.4%。\n"
    )
    assert _by_value(ex, "1486.2亿元").subject == "鄞州区"


def test_traffic_through_a_named_crossing_is_the_crossings_own():
    ex = tradeie.extract(
        "首页 > 乌鲁木齐海关 > 关区动态\n\n上半年经霍尔果斯口岸进出境中欧（中亚）班列突破4000列\n\n"
        "　　据霍尔果斯海关统计，2024年上半年，经霍尔果斯铁路口岸进出境中欧（中亚）班列4126列，同比增长11.7%。"
        "一季度，经广西口岸进口东盟水果68.2万吨。\n"
    )
    assert _by_value(ex, "4126列").subject == "霍尔果斯口岸"


def test_a_banks_own_post_makes_its_whole_bank_the_subject_but_not_a_whole_industry():
    ex = tradeie.extract(
        "前三季度国际业务“成绩单”来了！\n\n原创 甬江银行 甬江银行微讯 2025年10月16日 17:30 浙江\n\n"
        "前三季度，全行实现国际结算量128.6亿美元，同比增长16.4%；我行新拓展跨境人民币首办客户217户，同比增长41.0%。\n"
    )
    assert _by_value(ex, "128.6亿美元").subject == "甬江银行"
    ex = tradeie.extract(
        "南京市软件行业协会\n\n2025年上半年全市软件业运行情况\n\n"
        "今年上半年，全市软件业务收入4562.3亿元，同比增长9.2%；全行业研发经费投入612.4亿元，同比增长11.3%。\n"
    )
    assert _by_value(ex, "612.4亿元").subject != "全行"


def test_a_source_line_at_the_foot_beats_the_site_a_breadcrumb_names():
    ex = tradeie.extract(
        "浙江贸促网 > 新闻中心 > 贸促要闻\n\n省贸促会发布一季度外贸企业订单情况问卷调查结果\n\n【字体：大 中 小】\n\n"
        "一季度，受访企业出口额同比增长6.3%，订单增加的企业占比为37.2%。\n\n"
        "来源：省贸促会研究室　　发布日期：2024-05-06\n\n【打印本页】【关闭窗口】\n\n"
        "主办单位：浙江省国际贸易促进委员会　　浙ICP备05001234号-1\n"
    )
    assert ex.bulletin.meta.source == "省贸促会研究室"


def test_a_wire_leads_ministry_is_the_source_of_the_breakdown_right_after_it():
    ex = tradeie.extract(
        "中新网首页 | 新闻 | 财经\n\n商务部：2024年上半年我国服务进出口同比增长13.6%\n\n07-31 16:42　来源：中国新闻网\n\n"
        "中新社北京7月31日电 (记者 许婧妍)中国商务部31日发布数据显示，今年上半年，中国服务贸易保持较快增长，"
        "服务进出口总额36128.4亿元(人民币，下同)，同比增长13.6%。\n\n"
        "其中，服务出口15204.7亿元，增长17.9%；进口20923.7亿元，增长10.7%。\n\n"
        "中国人民大学国际贸易系副教授郑思远表示，数字技术正在重塑服务贸易。\n"
    )
    assert _by_value(ex, "36128.4亿元").source.name == "商务部"
    assert _by_value(ex, "15204.7亿元").source.name == "商务部"


def test_a_support_policys_terms_are_no_figures_but_its_results_are():
    ex = tradeie.extract(
        "青川市人民政府办公室关于进一步稳外贸的若干措施\n\n"
        "　　第一条　对年度进出口额1000万美元以上且增幅高于全市平均水平的企业，按进出口增量给予每美元0.02元奖励，单个企业最高奖励200万元。\n"
        "　　第二条　对首次取得进出口实绩的新增外贸企业，给予一次性奖励2万元。\n"
        "　　第三条　对企业参加重点境外展会的，按展位费的70%给予补助。\n"
        "　　2023年，全市共兑现外贸扶持资金1.37亿元，惠及企业1126家。\n"
    )
    amounts = {m.value.text for m in ex.metrics if m.value is not None}
    assert not {"0.02元", "200万元", "2万元"} & amounts
    assert not any(m.share is not None and m.share.percent == Decimal("70") for m in ex.metrics)
    assert "1.37亿元" in amounts
    assert "1000万美元" not in amounts  # who the first article covers, a condition


def test_a_share_of_the_province_keeps_the_part_the_sentence_led_with():
    ex = tradeie.extract(
        "湖南省人民政府新闻办公室\n\n中国（湖南）自由贸易试验区挂牌四周年新闻发布会\n\n"
        "　　一是经济贡献持续提升。今年1—8月，湖南自贸试验区新设企业1.58万家，同比增长7.4%；实际使用外资4.96亿美元，"
        "同比增长11.2%，占全省的31.8%；完成进出口总额1896.3亿元，同比增长12.6%，占全省进出口总额的38.7%。\n"
    )
    assert _by_value(ex, "1896.3亿元").subject == "湖南自贸试验区"
    assert _by_value(ex, "4.96亿美元").subject == "湖南自贸试验区"


# A city association's bulletin: a contents list above the body, its data article in numbered
# parts, the currency declared on a bare 亿 figure, a national figure in yuan in the next section.
PARTED_DATA_ARTICLE = """青川服务贸易简报

第7期（总第88期）

青川市服务贸易协会                                        2024年7月18日

本期导读
【数据月报】1—6月全市服务外包情况
【行业资讯】全国服务贸易保持增长态势

────────────────────────────

【数据月报】

■ 1—6月全市服务外包情况

今年以来，全市服务外包产业稳中有进。据市商务局统计，1—6月，全市企业承接服务外包合同额31.46亿（美元，下同），同比增长11.2%；执行额23.08亿，增长9.7%。

（一）离岸业务增长较快

全市承接离岸服务外包合同额17.52亿，同比增长14.1%。

（二）知识流程外包增势突出

离岸信息技术外包（ITO）、业务流程外包（BPO）、知识流程外包（KPO）合同额分别为9.84亿、2.71亿、4.97亿。

（三）主要市场总体稳定

主要市场（美国、中国香港、日本）离岸执行额分别为3.12亿、2.27亿和1.46亿，同比分别增长8.3%、15.6%和-4.9%。

（数据来源：青川市商务局）

【行业资讯】

■ 全国服务贸易保持增长态势

商务部最新数据显示，1—5月，我国服务进出口总额30194.2亿元，同比增长13.9%。

来源：商务部新闻办公室
"""


def test_numbered_parts_of_a_data_article_are_no_sections():
    ex = tradeie.extract(PARTED_DATA_ARTICLE)
    assert [s.name for s in ex.bulletin.sections] == ["数据月报", "行业资讯"]
    for quote in ("17.52亿", "9.84亿", "4.97亿", "3.12亿"):
        assert _period(_by_value(ex, quote)) == ("2024-01-01", "2024-06-30"), quote


def test_a_currency_declared_on_a_bare_figure_holds_for_the_list_after_it():
    ex = tradeie.extract(PARTED_DATA_ARTICLE)
    for quote, amount in (("31.46亿", "3146000000"), ("9.84亿", "984000000"), ("2.71亿", "271000000"), ("4.97亿", "497000000")):
        m = _by_value(ex, quote)
        assert (m.value.normalized, m.value.base_unit) == (Decimal(amount), "USD"), quote
    lines = {m.dimensions.get("business_line") for m in ex.metrics if m.value is not None and m.value.text in ("9.84亿", "2.71亿", "4.97亿")}
    assert lines == {"信息技术外包（ITO）", "业务流程外包（BPO）", "知识流程外包（KPO）"}  # (brackets as the brief writes them)
    # a figure written with 元 is yuan: the declaration was made on figures without it
    assert _by_value(ex, "30194.2亿元").value.base_unit == "CNY"


def test_a_groups_members_in_brackets_are_the_list_members():
    ex = tradeie.extract(PARTED_DATA_ARTICLE)
    got = {(m.dimensions.get("market"), m.indicator) for m in ex.metrics if m.value is not None and m.value.text in ("3.12亿", "2.27亿", "1.46亿")}
    assert got == {("美国", "离岸执行额"), ("中国香港", "离岸执行额"), ("日本", "离岸执行额")}


def test_bracketed_counts_after_a_numbered_heading_still_count_up_as_sections():
    # (a bracketed heading above the `一、` count does not make the `（一）` parts an article's)
    ex = tradeie.extract(
        "云岭省外汇管理分局\n\n2025年10月我省银行结售汇数据\n\n"
        "【要点速览】\n\n· 10月银行结售汇顺差74.31亿美元\n\n"
        "一、银行结售汇情况\n\n（一）总体情况\n\n10月，我省银行结汇312.46亿美元，同比增长9.8%。\n\n"
        "（二）分项目情况\n\n10月，经常项目结售汇顺差68.92亿美元。\n\n"
        "二、涉外收付款情况\n\n（一）总体情况\n\n10月，我省非银行部门涉外收入498.72亿美元，同比增长8.6%。\n"
    )
    names = [s.name for s in ex.bulletin.sections]
    assert names[0] == "要点速览" and "总体情况" in names and "分项目情况" in names


def test_numbered_parts_of_a_data_article_are_no_sections_without_a_contents_list():
    text = PARTED_DATA_ARTICLE.replace("本期导读\n【数据月报】1—6月全市服务外包情况\n【行业资讯】全国服务贸易保持增长态势\n\n", "")
    ex = tradeie.extract(text)
    assert [s.name for s in ex.bulletin.sections] == ["数据月报", "行业资讯"]
    assert _period(_by_value(ex, "9.84亿")) == ("2024-01-01", "2024-06-30")


def test_a_companys_half_year_report_is_its_own_for_the_first_half():
    ex = tradeie.extract(
        "青岚国际工程集团股份有限公司2024年半年度报告\n\n第三节 管理层讨论与分析\n"
        "  报告期内，公司新签合同额1,286.35亿元，同比增长8.7%。其中，新签海外合同额428.62亿元，同比增长24.3%。\n"
        "  报告期内，公司全资子公司青岚国际（香港）有限公司实现营业收入38.27亿元，同比增长11.6%。\n"
    )
    total = _by_value(ex, "1,286.35亿元")
    assert total.subject == "青岚国际工程集团股份有限公司"
    assert total.source is not None and total.source.name == "青岚国际工程集团股份有限公司"
    assert _period(total) == ("2024-01-01", "2024-06-30")
    assert _by_value(ex, "38.27亿元").subject == "青岚国际（香港）有限公司"


def test_a_firms_results_release_on_a_wire_reports_the_year_before():
    ex = tradeie.extract(
        "美通社 PR Newswire\n首页 > 新闻稿 > 消费电子 > 财务业绩\n\n"
        "澜川集团公布全年业绩：海外收入增长32.2%\n\n分享到：微信 | 微博\n\n"
        "深圳2025年3月26日 /美通社/ -- 全球智能家居品牌澜川集团控股有限公司（\"澜川集团\"或\"集团\"，股份代号：2691.HK）"
        "今日公布截至二零二四年十二月三十一日止年度之经审核全年业绩。\n\n"
        "回顾年内，集团实现收入人民币284.56亿元，同比增长14.2%。海外市场成为集团增长的主引擎，全年海外收入人民币131.27亿元，同比增长32.2%。\n"
    )
    revenue = _by_value(ex, "人民币284.56亿元")
    assert revenue.subject == "澜川集团控股有限公司"
    assert _period(_by_value(ex, "人民币131.27亿元")) == ("2024-01-01", "2024-12-31")


def test_a_firms_own_post_is_the_firms_under_its_registered_name():
    ex = tradeie.extract(
        "出海捷报丨前三季度出口额12.36亿元\n\n原创 海辰品牌部 澜辰电机 2024年10月15日 17:42 浙江\n\n"
        "今年以来，由宁波澜辰电机股份有限公司（以下简称\"澜辰电机\"）生产的电机产品持续热销海外市场。"
        "前三季度，公司实现出口额12.36亿元，同比增长18.4%。\n"
    )
    m = _by_value(ex, "12.36亿元")
    assert m.subject == "宁波澜辰电机股份有限公司"


def test_a_scraped_page_with_a_space_before_the_percent_sign_keeps_its_rates():
    ex = tradeie.extract(
        "青川商务在线 2025-03-18 10:32\n\n"
        "据青川海关统计, 今年前2个月, 我省货物贸易进出口 1021.6 亿元, 同比增长 6.8 %, 增速高于全国 8.2 个百分点。"
        "其中, 出口 688.4 亿元, 增长 9.5 %; 进口 333.2 亿元, 增长 1.6 %。\n"
    )
    m = _by_value(ex, "688.4 亿元")
    assert m.change is not None and m.change.percent == Decimal("9.5")
    assert _by_value(ex, "1021.6 亿元").change.percent == Decimal("6.8")
    assert [q.text for q in tradeie.quantities("占比 38.2 %")] == ["38.2 %"]


def test_an_appendix_tables_title_dates_a_release_that_names_no_year_elsewhere():
    ex = tradeie.extract(
        "青川市商务局\n\n上半年我市外贸进出口稳中有进\n\n一、总体情况\n\n"
        "　　上半年，全市外贸进出口7265.4亿元，同比增长8.1%。其中，出口4612.3亿元，增长9.6%。\n\n"
        "二、镇街情况\n\n　　长岭镇进出口规模居全市首位。\n\n"
        "　　附件：2025年上半年青川市各镇街进出口情况表\n\n"
        "2025年上半年青川市各镇街进出口情况表\n\n单位：亿元、%\n镇街\t进出口额\t同比增长\n长岭镇\t812.6\t7.4\n"
    )
    assert _period(_by_value(ex, "7265.4亿元")) == ("2025-01-01", "2025-06-30")


def test_a_year_to_date_table_in_a_january_speech_is_last_years():
    ex = tradeie.extract(
        "青川市商务局新闻发布材料\n\n新闻发布材料之二\n\n去年全市外贸进出口规模创历史新高\n——在市政府新闻发布会上的发布词\n\n"
        "青川市商务局\n（2025年1月21日）\n\n　　各位记者朋友：\n　　大家好！下面，我向大家通报去年全市外贸运行情况。\n\n"
        "　　去年，全市外贸进出口4512.6亿元，同比增长5.2%。各区市进出口情况见附件。\n\n　　谢谢大家！\n\n"
        "　　附件：青川市各区市外贸进出口情况（1—12月）\n\n－ 3 －\n青川市商务局新闻发布材料\n\n附件\n\n"
        "青川市各区市外贸进出口情况（1—12月）\n\n单位：亿元、%\n区市\n进出口额\n同比增长\n长岭区\n1286.4\n6.1\n东湖区\n612.8\n4.2\n"
    )
    assert _period(_by_value(ex, "4512.6亿元")) == ("2024-01-01", "2024-12-31")
    row = next(m for m in ex.metrics if m.value is not None and m.value.text == "1286.4")
    assert _period(row) == ("2024-01-01", "2024-12-31")


def test_a_wechat_bylines_original_mark_names_no_city():
    ex = tradeie.extract(
        "前三季度全市数字贸易进出口增长12.4%\n\n原创 市商务局 青川商务\n\n"
        "记者从市商务局获悉，前三季度，我市数字贸易持续保持较快增长态势。据统计，1—9月全市实现数字贸易进出口2863.5亿元，同比增长12.4%。"
        "青川市数字贸易先行示范区建设稳步推进，青川市可数字化交付的服务贸易进出口1126.8亿元，同比增长10.0%。"
        "青川市数字服务出口增势良好。\n"
    )
    assert _by_value(ex, "2863.5亿元").subject != "原创市"


def test_a_reports_note_on_its_data_period_dates_its_figures_over_its_edition_year():
    ex = tradeie.extract(
        "青川市数据要素市场发展报告\n（2025年）\n\n青川市数据局\n二〇二五年四月\n\n"
        "说　　明\n　　1.本报告数据期为2024年1月1日至12月31日，如无特别说明，增速均为同比增速。\n\n"
        "第一章　总体情况\n　　报告期内，全市数字经济核心产业增加值达到1.12万亿元，同比增长10.5%。\n"
        "第二章　交易规模\n　　一季度，青川数据交易所场内数据交易额18.6亿元，同比增长52.3%。\n"
    )
    assert _period(_by_value(ex, "1.12万亿元")) == ("2024-01-01", "2024-12-31")
    assert _period(_by_value(ex, "18.6亿元")) == ("2024-01-01", "2024-03-31")


def test_a_reports_bracketed_year_with_nian_du_is_the_year_it_reports():
    ex = tradeie.extract(
        "青川市电子商务发展报告\n\n（2025 年度）\n\n\n青川市商务局\n\n2026 年 3 月\n\n\n"
        "青川市电子商务发展报告（2025 年度）\n\n第一章　全市电子商务发展概况\n\n"
        "全市电子商务规模稳步扩大，网络零售额1286.4亿元，同比增长8.2%。\n"
    )
    assert _period(_by_value(ex, "1286.4亿元")) == ("2025-01-01", "2025-12-31")


def test_a_portal_foot_with_date_and_time_and_a_report_button_dates_the_story():
    ex = tradeie.extract(
        "青川财经 > 宏观 > 正文\n\n外贸十强座次揭晓：浙江增速居首\n\n"
        "随着各地海关陆续公布全年数据，各省份去年的外贸“成绩单”已基本出炉。\n\n"
        "海关总署数据显示，去年我国货物贸易进出口43.85万亿元，同比增长5%。\n\n"
        "从增速看，浙江、山东、四川等地增速居前，中西部省份增势较好。\n\n"
        "作者：马晓蕾　　责编：赵一鸣\n2025-01-23 20:41:05　　来源：青川财经\n\n举报\n相关阅读\n"
        "地方两会密集召开，各省份外贸目标如何定\n青川社论：以更大力度稳外贸\n"
    )
    assert ex.bulletin.meta.date == "2025-01-23"
    assert _period(_by_value(ex, "43.85万亿元")) == ("2024-01-01", "2024-12-31")


DIGEST_ITEMS = """商　务　快　讯
2025年第19期（总第612期）

青川省商务厅办公室编　　　　　　　　　　　　　　2025年5月16日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

【本期要目】
◆前4个月我省外贸进出口增长8.6%
◆青川跨境电商进出口额破百亿
◆商务部发布1—4月全国吸收外资情况
◆湘岭重工斩获中东工程机械大单
◆第九届中国（青川）国际食品与农产品交易会闭幕

【外贸运行】前4个月我省外贸进出口增长8.6%
　　据青川海关统计，前4个月，全省货物贸易进出口2013.6亿元，同比增长8.6%。
（来源：青川日报）

【新型业态】青川跨境电商进出口额破百亿
　　前4个月，青川市跨境电商进出口103.6亿元，同比增长27.4%。
（来源：青川晚报）

【利用外资】商务部发布1—4月全国吸收外资情况
　　商务部数据显示，1—4月，全国新设立外商投资企业19863家，同比增长10.9%。
（来源：商务部网站）

【企业动态】湘岭重工斩获中东工程机械大单
　　5月9日，湘岭重工集团与沙特阿拉伯一家基建承包商在青川签署设备出口合同，合同金额约1.26亿美元。据企业介绍，一季度集团实现海外营业收入21.8亿元，同比增长34.6%。
（来源：青川日报）

【展会促进】第九届中国（青川）国际食品与农产品交易会闭幕
　　5月8日至11日，第九届中国（青川）国际食品与农产品交易会在青川国际会展中心举办。据组委会统计，本届交易会现场签约项目47个，意向成交额86.3亿元。
（来源：青川晨报）
"""


def test_a_digest_items_group_news_is_the_groups():
    ex = tradeie.extract(DIGEST_ITEMS)
    assert _by_value(ex, "约1.26亿美元").subject == "湘岭重工集团"
    assert _by_value(ex, "21.8亿元").subject == "湘岭重工集团"


def test_a_digest_items_fair_under_a_column_label_is_whose_deals_they_are():
    ex = tradeie.extract(DIGEST_ITEMS)
    assert _by_value(ex, "86.3亿元").subject == "第九届中国（青川）国际食品与农产品交易会"


def test_a_source_line_under_a_portals_nameplate_names_the_storys_source():
    ex = tradeie.extract(
        "中国政府网\n首页 > 政策 > 政策解读 > 部门解读\n\n"
        "海关总署统计分析司负责人就2024年上半年外贸进出口情况答记者问\n\n"
        "2024-07-12 16:05　　来源：海关总署网站\n【字体：大 中 小】　　打印\n\n"
        "　　问：请介绍一下今年上半年我国外贸进出口的总体情况。\n\n"
        "　　答：今年上半年，我国货物贸易进出口总值20.86万亿元，同比增长5.4%。\n"
    )
    assert ex.bulletin.meta.source == "海关总署网站"
    assert _by_value(ex, "20.86万亿元").source.name != "中国政府网"


PRESS_CONFERENCE_TURNS = """首页 > 新闻发布 > 图文直播

【图文直播】云岭省2025年上半年商务运行情况新闻发布会

时间：7月22日（星期二）上午10:00
地点：省政府新闻发布厅
发布人：
　　省商务厅党组成员、副厅长　邹建明
　　云岭海关党委委员、副关长　黄卫国
　　省统计局党组成员、总统计师　罗　芹
主持人：
　　省政府新闻办副主任　陈　曦

[10:00]【主持人　陈曦】
女士们、先生们，记者朋友们，大家上午好！欢迎出席省政府新闻办新闻发布会。

[10:05]【邹建明】
上半年，全省实际使用外资12.6亿美元，同比增长8.2%。

[10:10]【黄卫国】
上半年，全省货物贸易进出口2163.4亿元，同比增长6.1%。

[10:15]【罗芹】
上半年，全省实现社会消费品零售总额6842.7亿元，同比增长5.6%。

[10:20]【云岭日报记者】
请问下半年促消费有哪些举措？
"""


def test_each_speakers_figures_are_their_bodys_in_a_press_conference():
    ex = tradeie.extract(PRESS_CONFERENCE_TURNS)
    assert _by_value(ex, "6842.7亿元").source.name == "省统计局"
    assert _by_value(ex, "2163.4亿元").source.name == "云岭海关"
    assert _by_value(ex, "12.6亿美元").source.name == "省商务厅"


def test_a_speakers_heading_over_the_turn_gives_the_body():
    ex = tradeie.extract(
        "河川省人民政府新闻办公室新闻发布会\n\n"
        "女士们、先生们：大家上午好！出席今天发布会的有省商务厅厅长王志刚，河川海关党委委员、副关长韩立明，"
        "省统计局党组成员、副局长郭虹。首先，请王志刚先生介绍情况。\n"
        "■ 河川海关党委委员、副关长　韩立明\n"
        "前三季度，全省货物贸易进出口6127.4亿元，同比增长7.2%。\n"
        "■ 省统计局党组成员、副局长　郭虹\n"
        "前三季度，全省社会消费品零售总额19875.3亿元，同比增长5.8%。\n"
    )
    assert _by_value(ex, "6127.4亿元").source.name == "河川海关"
    assert _by_value(ex, "19875.3亿元").source.name == "省统计局"


def test_a_districts_commerce_account_makes_quan_qu_the_district():
    ex = tradeie.extract(
        "前三季度渝川商务经济运行“成绩单”来了！\n\n渝川商务　2023-10-26 17:45　发表于重庆\n\n点击蓝字 关注我们\n\n"
        "今年以来，在区委、区政府的坚强领导下，重庆市渝川区商务委员会坚持稳中求进工作总基调。\n\n"
        "前三季度，全区实现社会消费品零售总额512.3亿元，同比增长6.8%。全区外贸进出口286.4亿元，同比增长4.1%。\n"
    )
    assert _by_value(ex, "512.3亿元").subject == "渝川区"


def test_a_zone_headlined_by_its_city_and_short_name_is_the_zone_it_defines():
    ex = tradeie.extract(
        "开门稳！九江经开区1—2月经济运行成绩单来了\n原创 经济发展局 九江经开区发布 2025年03月20日 18:30 江西\n\n图片\n\n"
        "🔹1—2月，九江经济技术开发区（以下简称“经开区”）坚持“项目为王”，经济运行开局良好。\n\n📊规上工业增加值增长8.9%\n\n"
        "1—2月，全区规上工业增加值同比增长8.9%；外贸进出口86.4亿元，同比增长12.3%。\n"
    )
    assert _by_value(ex, "86.4亿元").subject == "九江经济技术开发区"


def test_a_divisions_signature_with_its_printing_date_dates_the_bulletin():
    ex = tradeie.extract(
        "海关统计快讯\n（第8期）\n\n前2个月我国外贸进出口稳中有进\n\n"
        "　　据海关统计，前2个月，我国货物贸易进出口总值6.54万亿元，同比下降2.3%。\n\n"
        "　　四、工作建议\n　　1.密切跟踪春节后企业复工复产和订单变化情况；\n"
        "　　2.做好3月份数据的预测研判。\n\n"
        "主送：署领导\n抄送：各直属海关，总署各司局\n统计分析司　　　　　　　　　　　　　　2025年3月7日印发\n\n— 2 —\n"
    )
    assert ex.bulletin.meta.date == "2025-03-07"
    assert _period(_by_value(ex, "6.54万亿元")) == ("2025-01-01", "2025-02-28")


def test_a_printing_date_written_with_dots_dates_the_flash():
    ex = tradeie.extract(
        "潍川海关数据快讯\n\n一季度潍川市外贸进出口增长6.2%\n\n"
        "　　一季度，潍川市货物贸易进出口586.3亿元，同比增长6.2%。3月份，进出口221.4亿元，增长7.5%。\n\n"
        "注:1.本快讯数据来源于海关统计(初步数);2.表中金额单位为人民币亿元。\n\n"
        "联系人:刘某某    电话:0536-8791234\n潍川海关综合业务科                              2025.04.22印发\n"
    )
    assert ex.bulletin.meta.date == "2025-04-22"
    assert _period(_by_value(ex, "586.3亿元")) == ("2025-01-01", "2025-03-31")


def test_an_appendix_table_title_after_a_colon_dates_the_release():
    ex = tradeie.extract(
        "国家统计局\n\n1—2月份国民经济稳中有进\n\n"
        "一、工业生产较快增长\n\n　　1—2月份，全国规模以上工业增加值同比增长5.9%。\n\n"
        "二、市场销售稳定增长\n\n　　1—2月份，社会消费品零售总额83731亿元，同比增长4.0%。\n\n"
        "　　附表：2025年1—2月份主要统计数据\n\n指标\t绝对量\t同比增长（%）\n社会消费品零售总额（亿元）\t83731\t4.0\n"
    )
    assert _period(_by_value(ex, "83731亿元")) == ("2025-01-01", "2025-02-28")


def test_a_broadcast_scripts_airing_time_dates_it():
    ex = tradeie.extract(
        "青川人民广播电台新闻综合广播\n《青川新闻联播》广播稿\n\n"
        "播出时间：2025年6月20日 07:00（早间）　重播：12:00\n记者：林晓蕾　　编辑：陈一帆\n\n"
        "标题：前五个月我市外贸进出口破千亿\n\n"
        "【记者】据青川海关统计，今年前五个月，我市外贸进出口1086.4亿元，同比增长12.3%。\n"
    )
    assert ex.bulletin.meta.date == "2025-06-20"


def test_a_blocks_unit_line_gives_its_bare_figures_their_unit():
    ex = tradeie.extract(
        "前4月青川离岸服务外包执行额同比增长14.2%\n\n"
        "今年以来，我市服务外包产业延续良好发展势头。现将1-4月全市服务外包主要数据发布如下。\n\n"
        "2025年1-4月青川市服务外包数据统计\n（单位：万美元，下同）\n\n"
        "一、服务外包合同额：198,436.2，同比增长9.4%\n"
        "    其中：离岸合同额：121,587.5，同比增长12.6%\n"
        "二、服务外包执行额：156,724.8，同比增长11.3%\n\n"
        "【数据解读】\n\n注：1.数据来源于商务部服务外包业务管理和统计系统。\n"
    )
    m = _by_value(ex, "198,436.2")
    assert (m.value.normalized, m.value.base_unit) == (Decimal("1984362000"), "USD")
    assert m.change is not None and m.change.percent == Decimal("9.4")
    assert not any(m.value is not None and m.value.text == "1" for m in ex.metrics)
    assert [q.text for q in tradeie.quantities("（单位：万美元，下同）\n合同额：3,021.5，同比增长2.1%\n注：1.数据为初步数。")][:1] == ["3,021.5"]


def test_speaking_for_the_county_government_names_no_county():
    ex = tradeie.extract(
        "在2025年全县商务工作会议上的讲话\n\n县委常委、副县长　陈晓峰\n\n"
        "同志们：\n\n过去一年，全县完成外贸进出口326.5亿元，同比增长8.1%。成绩来之不易。在此，我代表县政府，向大家表示感谢！\n"
    )
    assert _by_value(ex, "326.5亿元").subject != "代表县"


def test_a_partners_own_statistics_report_its_own_trade():
    ex = tradeie.extract(
        "驻巴基斯坦使馆经商处国别贸易简报\n（第8期）\n\n2024/25财年巴基斯坦对外贸易及中巴贸易情况\n\n"
        "    一、巴基斯坦对外贸易总体情况\n\n"
        "    据巴基斯坦统计局（PBS）数据，2024/25财年巴货物贸易总额为908.5亿美元，同比增长6.7%。"
        "其中，出口322.4亿美元，增长4.7%。\n\n"
        "    二、中巴贸易情况\n\n    据中国海关统计，1-6月，中国与巴基斯坦双边贸易额为112.6亿美元，同比增长3.1%。\n"
    )
    assert _by_value(ex, "908.5亿美元").subject == "巴基斯坦"
    assert _by_value(ex, "322.4亿美元").subject == "巴基斯坦"
    assert _by_value(ex, "112.6亿美元").subject == "中国"


def test_a_national_section_in_a_regional_newsletter_reports_the_nation():
    ex = tradeie.extract(
        "苏南外贸企业协会\n会 员 通 讯\n总第86期　　　　　　协会秘书处编　　　　　　2025年9月10日\n\n"
        "本期要目\n一、【数据速递】前8个月我国外贸进出口增长3.5%\n二、【协会观察】会员企业出口订单问卷调查\n\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
        "一、【数据速递】前8个月我国外贸进出口增长3.5%\n\n"
        "　　9月7日，海关总署发布数据。前8个月，我国货物贸易进出口总值28.64万亿元，同比增长3.5%。\n\n"
        "　　8月当月，进出口3.78万亿元，增长4.1%。\n\n"
        "二、【协会观察】会员企业出口订单问卷调查\n\n"
        "　　协会对苏南地区126家会员企业开展问卷调查，42家企业反映出口订单增加。\n"
    )
    assert _by_value(ex, "3.78万亿元").subject == "中国"


def test_a_parks_web_page_under_its_breadcrumb_reports_the_park():
    ex = tradeie.extract(
        "首页 > 新闻中心 > 园区动态\n\n锦屏软件园1—2月运营简报：服务外包实现开门红\n\n"
        "发布时间：2025-03-11 10:26　　来源：锦屏软件园运营管理部　　浏览次数：836\n\n"
        "　　今年前两个月，我园主要运营指标平稳起步。\n\n"
        "　　截至2月底，锦屏软件园在园企业达到812家；园区从业人员5.26万人。\n\n"
        "　　1—2月，园区企业实现软件业务收入214.8亿元，同比增长9.6%。\n"
    )
    assert _by_value(ex, "214.8亿元").subject == "锦屏软件园"
    assert _by_value(ex, "5.26万人").subject == "锦屏软件园"


def test_a_software_valley_signed_by_its_bureau_reports_itself():
    ex = tradeie.extract(
        "软件谷1—2月经济运行快报\n\n临江软件谷　经济发展局\n\n"
        "1—2月，全谷实现软件业务收入386.2亿元，同比增长10.4%。现将有关情况通报如下。\n\n"
        "一、软件业务收入\n\n1—2月，规模以上企业实现营业收入402.5亿元，同比增长9.8%。\n\n"
        "发布日期：2024年3月12日\n"
    )
    assert _by_value(ex, "386.2亿元").subject == "临江软件谷"
    assert _by_value(ex, "402.5亿元").subject == "临江软件谷"


def test_a_dash_led_item_on_a_firms_contract_is_the_firms():
    ex = tradeie.extract(
        "滨海软件园服务外包运行简报\n2025年第5期\n\n滨海软件园管理服务中心　　2025年6月14日\n\n"
        "5月，园区企业新签100万美元以上离岸合同18个，合同额合计5,216万美元。\n\n"
        "——滨海信恒软件有限公司与日本某商社签订系统运维外包合同，合同额980万美元，合同期3年。\n\n"
        "——滨海海拓数据服务有限公司承接韩国某电商平台客服外包项目，合同额450万美元。\n"
    )
    m = _by_value(ex, "980万美元")
    assert m.subject == "滨海信恒软件有限公司"
    assert "滨海" not in m.indicator and not m.indicator.startswith("—")
    assert _by_value(ex, "450万美元").subject == "滨海海拓数据服务有限公司"
    assert _by_value(ex, "5,216万美元").subject == "滨海软件园"


def test_a_parks_appendix_table_holds_the_parks_figures():
    ex = tradeie.extract(
        "苏州软件园2023年上半年经济运行分析\n\n苏州软件园发展中心　综合研究部\n7月20日\n\n"
        "一、基本情况\n\n上半年，园区实现软件业务收入1218.6亿元，同比增长8.7%。\n\n"
        "附表：苏州软件园上半年主要经济指标\n\n"
        "| 指标 | 单位 | 1—6月 | 同比增长（%） | 占全市比重（%） |\n|---|---|---|---|---|\n"
        "| 软件业务收入 | 亿元 | 1218.6 | 8.7 | 71.3 |\n| 服务外包执行额 | 万美元 | 96518 | 3.2 | 66.4 |\n"
    )
    table = [m for m in ex.metrics if m.value is not None and m.value.text == "96518"]
    assert table and all(m.subject == "苏州软件园" for m in table)


def test_an_embassy_office_reports_its_host_countrys_trade_with_china():
    ex = tradeie.extract(
        "中华人民共和国驻泰国大使馆经济商务处\n\n首页 > 国别贸易 > 双边贸易\n\n"
        "泰国1-5月对外贸易及中泰贸易情况\n\n【发布单位：驻泰国使馆经商处】  【发布时间：2025年7月15日】\n\n"
        "    一、泰国对外贸易总体情况\n\n"
        "    据泰国商业部数据，1-5月，泰国货物贸易总额为1286.4亿美元，同比增长4.8%。\n\n"
        "    二、泰中双边贸易情况\n\n"
        "    据泰方统计，1-5月泰中双边贸易额为312.6亿美元，同比增长7.2%，中国已连续12年保持泰国最大贸易伙伴地位。"
        "其中，泰对华出口118.5亿美元，增长2.4%，中国为泰第二大出口市场；泰自华进口194.1亿美元，增长10.4%，中国继续为泰最大进口来源地。\n\n"
        "    三、中方统计\n\n    据中国海关统计，1-5月，中泰贸易额为548.3亿美元，同比增长6.1%。\n"
    )
    assert _by_value(ex, "1286.4亿美元").subject == "泰国"
    assert _by_value(ex, "312.6亿美元").subject == "泰国"
    assert _by_value(ex, "118.5亿美元").subject == "泰国"
    assert _by_value(ex, "194.1亿美元").subject == "泰国"
    assert _by_value(ex, "548.3亿美元").subject == "中国"


def test_an_undated_government_work_report_reviews_the_year_before_its_title():
    ex = tradeie.extract(
        "青川市人民政府门户网站\n首页 > 政务公开 > 政府工作报告\n\n2025年青川市政府工作报告\n\n"
        "——在青川市第十八届人民代表大会第四次会议上\n青川市市长　周明远\n\n各位代表：\n\n"
        "一、过去一年工作回顾\n\n过去一年，全市地区生产总值达到4826.3亿元、增长5.8%；外贸进出口1186.4亿元、增长9.2%。\n\n"
        "二、今年重点工作\n\n力争今年外贸进出口突破1300亿元。只争朝夕、埋头苦干，为奋力谱写中国式现代化青川篇章作出新的更大贡献！\n"
    )
    m = _by_value(ex, "4826.3亿元")
    assert (m.period.start, m.period.end) == ("2024-01-01", "2024-12-31")
    assert _by_value(ex, "1186.4亿元").period.end == "2024-12-31"


def test_chinese_style_modernisation_names_no_nations_figures():
    ex = tradeie.extract(
        "2025年青川市政府工作报告\n\n一、过去一年工作回顾\n\n过去一年，全市外贸进出口1186.4亿元、增长9.2%。\n\n"
        "二、今年重点工作\n\n（一）加快建设现代化产业体系。全年实施技改项目500个以上，新增规上工业企业150家。\n\n"
        "（二）只争朝夕、埋头苦干，为奋力谱写中国式现代化青川篇章作出新的更大贡献！\n"
    )
    assert _by_value(ex, "150家").subject == "青川市"


def test_a_wire_dated_by_day_takes_the_year_its_text_states():
    ex = tradeie.extract(
        "新华财经 > 宏观 > 正文\n\n粤海前7个月外贸进出口5.13万亿元\n\n来源：新华财经\n\n"
        "新华财经广州8月14日电（记者 黄东）海关总署广东分署14日发布数据显示，今年前7个月，广东外贸进出口5.13万亿元，同比增长4.6%。\n\n"
        "7月当月，广东进出口7856.3亿元，同比增长7.9%。其中，出口5216.4亿元，增长9.8%。\n\n"
        "海关总署8月7日公布的数据显示，同期全国货物贸易进出口25.7万亿元，增长3.5%。\n\n"
        "另据深圳海关介绍，前7个月，深圳出口1.58万亿元，增长2.4%。\n\n"
        "从贸易方式看，一般贸易进出口3.11万亿元，增长6.2%，占全省进出口总值的60.6%。\n\n"
        "海关总署广东分署副主任孔令辉介绍，2025年1—7月，广东出口3.35万亿元，增长6.9%。\n\n"
        "责任编辑：刘畅\n\n【纠错】\n\n声明：新华财经所刊载内容之知识产权为相关权利人专属所有。未经许可，禁止转载。\n"
    )
    m = _by_value(ex, "7856.3亿元")
    assert (m.period.start, m.period.end) == ("2025-07-01", "2025-07-31")
    assert _by_value(ex, "5.13万亿元").period.start == "2025-01-01"
    january = tradeie.extract(
        "新华社郑州1月17日电（记者 孙中原）记者从郑州海关获悉，2024年全年，河南省外贸进出口8201.6亿元，同比增长0.3%。"
        "今年，全省将力争外贸进出口增长5%。\n"
    )
    assert _by_value(january, "8201.6亿元").period.end == "2024-12-31"
    assert january.bulletin.meta.date in (None, "2025-01-17")


def test_a_portals_index_number_line_is_no_headline():
    ex = tradeie.extract(
        "湖北省商务厅\n索引号：011043095/2024-01562　　主题分类：对外贸易\n"
        "发布日期：2024-11-22　　来源：对外贸易处　　【字号：大 中 小】【打印本页】【关闭窗口】\n"
        "[image: image1.png]\n[bookmark: _Toc183017264]1—10月全省外贸运行简况\n"
        "　　据武汉海关统计，1—10月，全省进出口5882.4亿元，同比增长12.7%。\n"
        "　　主要特点如下：\n"
        "• 加工贸易占比提升。一般贸易进出口2405.7亿元，增长6.3%，占40.9%。\n"
        "• 外资企业增势较好。民营企业进出口2587.3亿元，增长8.8%，占44.0%。\n"
    )
    assert _by_value(ex, "2405.7亿元").subject == "湖北省"
    assert _by_value(ex, "2587.3亿元").subject == "湖北省"


def test_a_bulletins_foot_date_beside_its_print_run_dates_it():
    paragraphs = [
        "\u3000\u3000一、工业生产稳中有升",
        "\u3000\u30001—5月，全盟规模以上工业增加值同比增长6.8%，其中采矿业增长7.2%，制造业增长5.1%，电力、热力、燃气及水生产和供应业增长8.4%。",
        "\u3000\u3000二、财政收支总体平稳",
        "\u3000\u30001—5月，全盟一般公共预算收入61.28亿元，同比下降3.4%，其中税收收入45.96亿元，下降5.7%，税收收入占一般公共预算收入的比重为75.0%。",
        "\u3000\u3000注：1.规模以上工业统计起点为年主营业务收入2000万元；2.进出口数据来源于二连海关；3.部分指标因四舍五入存在分项与合计不等情况。",
    ]
    body = "\n\n".join("\n".join(p[i : i + 36] for i in range(0, len(p), 36)) for p in paragraphs)  # hard-wrapped
    ex = tradeie.extract(
        "锡林郭勒盟统计信息\n第12期（总第368期）\n\n锡林郭勒盟统计局编\n\n1—5月全盟经济运行情况\n\n" + body
        + "\n\n报：盟委、盟行署领导\n送：盟直各有关部门，各旗县市（区）统计局\n（发布日期：2025年6月18日）\u3000\u3000\u3000\u3000共印30份\n"
    )
    assert ex.bulletin.meta.date == "2025-06-18"
    assert _by_value(ex, "61.28亿元").period.start == "2025-01-01"


def test_a_bracketed_signature_above_the_notes_dates_a_release():
    ex = tradeie.extract(
        "中华人民共和国南宁海关\n当前位置：首页 > 信息公开 > 统计数据 > 统计分析\n\n前三季度广西外贸进出口5286.4亿元 增长8.6%\n\n"
        "【字号：大 中 小】　　【打印本页】　　【关闭窗口】\n\n"
        "　　据南宁海关统计，前三季度，广西外贸进出口5286.4亿元，同比增长8.6%。其中，出口2916.2亿元，增长10.6%。\n\n"
        "　　一、东盟保持第一大贸易伙伴地位\n\n　　前三季度，广西对东盟进出口2506.8亿元，增长9.1%。\n\n"
        "　　二、边境贸易活力增强\n\n　　前三季度，边民互市贸易进口落地加工商品89.6亿元，增长26.8%。\n\n"
        "　　（南宁海关综合统计处　2025年10月21日）\n\n"
        "　　注：1.本文数据为初步统计数；2.RCEP其他成员国指除我国以外的RCEP成员国。\n\n"
        "【打印本页】　　【关闭窗口】\n版权所有：中华人民共和国南宁海关　　地址：广西南宁市青秀区民族大道115号\n"
    )
    assert ex.bulletin.meta.date == "2025-10-21"
    assert _by_value(ex, "2916.2亿元").period.end == "2025-09-30"


def test_a_reprint_note_with_its_papers_date_dates_the_story():
    ex = tradeie.extract(
        "长岭区服务贸易前5个月增长一成\n\n　　1—5月，长岭区服务贸易进出口86.3亿元，同比增长10.2%。\n\n"
        "责任编辑：马骁  审核：钱永军\n\n本文原载于《江城日报》2025年6月13日第05版，长岭融媒转载时有删节。\n"
    )
    assert ex.bulletin.meta.date == "2025-06-13"
    assert _by_value(ex, "86.3亿元").period.start == "2025-01-01"


def test_an_infographics_text_lines_state_their_figures():
    ex = tradeie.extract(
        "株洲统计\n\n【图解】经济运行“成绩单”出炉！\n\n全市经济运行总体平稳、稳中有进，多项主要指标增速快于全省。详见图解↓\n\n"
        "　　一图读懂\n　　2024年1—11月\n　　株洲市经济运行主要指标\n\n◆ 工业生产\n\n"
        "　制造业　↑8.1%\n　高技术制造业　↑12.6%\n\n◆ 固定资产投资\n\n　工业投资　↑11.8%\n　民间投资　↓2.1%\n"
    )
    up = _with_rate(ex, "8.1")
    assert up.change.direction == "up" and up.indicator.endswith("制造业")
    down = _with_rate(ex, "-2.1")
    assert down.change.direction == "down" and "民间投资" in down.indicator


def test_a_signed_rate_in_brackets_after_a_level_is_its_change():
    ex = tradeie.extract("1-5月，全市出口789.2亿元（+7.1%），进口412.5亿元（-2.3%）。")
    assert _by_value(ex, "789.2亿元").change.percent == Decimal("7.1")
    m = _by_value(ex, "412.5亿元")
    assert (m.change.direction, m.change.percent) == ("down", Decimal("-2.3"))
    assert not any(m.value is not None and m.value.text in ("7.1%", "-2.3%") for m in ex.metrics)


def test_a_list_line_labelled_with_a_place_is_that_places_figure():
    ex = tradeie.extract(
        "杭州上半年经济运行\n\n上半年，全市地区生产总值1021.6亿元，增长6.0%。社会消费品零售总额512.3亿元，增长4.1%。\n\n"
        "各区县表现如何？\n\n━━━━━━━━━━\n📈 GDP：全部正增长\n━━━━━━━━━━\n\n"
        "▶ 萧山区 268.4亿元 增长5.6%\n▶ 余杭区 231.7亿元 增长6.3%\n\n从总量看，萧山区、余杭区稳居前两位。\n"
    )
    m = _by_value(ex, "268.4亿元")
    assert (m.subject, m.indicator) == ("萧山区", "GDP")
    assert _by_value(ex, "231.7亿元").subject == "余杭区"
    ranked = tradeie.extract(
        "万亿城市GDP榜单\n\n　　去年主要城市的经济年报已基本揭晓，前五城的位次与上年一致，地区生产总值如下：\n\n"
        "1.上海　56218.3亿元　+5.4%\n2.北京　52073.4亿元　+5.2%\n"
    )
    m = _by_value(ranked, "56218.3亿元")
    assert (m.subject, m.indicator) == ("上海市", "地区生产总值")
    assert (m.change.direction, m.change.percent) == ("up", Decimal("5.4"))


def test_a_pages_footer_names_the_site_owner_for_a_bare_division_and_its_province():
    ex = tradeie.extract(
        "首页 > 信息公开 > 统计信息 > 服务贸易\n\n2024年上半年全省数字贸易发展情况\n\n"
        "发布日期：2024-07-26 11:30　　信息来源：服务贸易和商贸服务业处　　【字体：大 中 小】\n\n"
        "　　今年上半年，全省数字贸易保持平稳增长，可数字化交付服务进出口规模创同期新高。现将有关情况通报如下。\n\n"
        "　　一、可数字化交付服务进出口稳中有升\n\n"
        "　　上半年，全省可数字化交付服务进出口1286.5亿元，同比增长6.8%。\n\n"
        "【打印本页】【关闭窗口】\n\n主办单位：江苏省商务厅　　地址：南京市北京东路29号　　邮编：210008\n"
    )
    m = _by_value(ex, "1286.5亿元")
    assert m.subject == "江苏省"
    assert m.source is not None and m.source.name.startswith("江苏省商务厅")


def test_a_league_or_prefectures_bulletin_reports_the_league_for_its_own_pronoun():
    ex = tradeie.extract(
        "锡林郭勒统计\n第12期（总第368期）\n锡林郭勒盟统计局编\n\n1—5月全盟经济运行简况\n\n"
        "　　1—5月，全盟经济运行延续回升向好态势。\n\n　　一、工业生产\n"
        "　　1—5月，全盟规模以上工业增加值同比增长6.8%。二连浩特市进出口货运量412.6万吨，增长9.1%。"
        "二连浩特市口岸入境人员12.4万人次，二连浩特市口岸出境人员12.1万人次。\n\n　　二、消费\n　　1—5月，全盟社会消费品零售总额98.6亿元，增长4.2%。\n\n"
        "（发布日期：2025年6月18日）\n"
    )
    m = _by_value(ex, "98.6亿元")
    assert m.subject == "锡林郭勒盟" and m.indicator == "社会消费品零售总额"  # (全盟 is whose figure, not the measure's name)
    assert _with_rate(ex, "6.8").subject == "锡林郭勒盟"
    assert _by_value(ex, "412.6万吨").subject == "二连浩特市"


def test_mangshi_is_named_as_it_is_written():
    ex = tradeie.extract("一季度，芒市实现地区生产总值44.18亿元，同比增长5.6%。")
    assert _by_value(ex, "44.18亿元").subject == "芒市"


def test_an_associations_organ_names_the_association_whose_work_it_reports():
    ex = tradeie.extract(
        "临海外贸\nLINHAI FOREIGN TRADE\n临海市对外贸易协会会刊　　2025年第1期（总第86期）　　内部资料　免费交流\n\n"
        "━━━━━━━━━━━━━━━━━━━━\n\n协会工作报告（摘要）\n\n"
        "　　2024年，协会全年走访会员企业150余家次，组织企业参加境外展会12场，协助会员企业实现意向成交3.12亿美元。\n"
    )
    assert ex.bulletin.meta.editor == "临海市对外贸易协会"
    assert _by_value(ex, "150余家次").subject == "临海市对外贸易协会"


def test_a_ports_analysis_titled_above_its_signature_reports_the_port():
    lead = ("　　据阿拉山口海关统计，2025年前三季度，经阿拉山口口岸进出境中欧班列5286列，同比增长7.3%，"
            "通行量继续居全国沿边口岸首位；货值573.4亿元，增长9.6%。")
    imports = "　　前三季度，进口货值212.6亿元，增长11.2%，其中农产品、金属矿砂合计占进口货值的54.1%。"
    wrapped = "\n".join("\n".join(p[i : i + 32] for i in range(0, len(p), 32)) for p in (lead, "　　一、口岸进口提速", imports))
    ex = tradeie.extract(
        "阿拉山口海关统计分析\n2025年第11期（总第87期）\n2025年前三季度阿拉山口口岸中欧班列运行情况分析\n"
        "阿拉山口海关综合业务科　　2025年10月20日\n" + wrapped + "\n"
    )
    assert _by_value(ex, "212.6亿元").subject == "阿拉山口口岸"


def test_a_corridors_operator_reports_the_corridor():
    ex = tradeie.extract(
        "西部陆海新通道物流和运营组织中心\n\n运 行 快 报\n\n第16期\n\n陆海新通道运营有限公司　编　　　　　　8月12日\n"
        "━━━━━━━━━━━━━━━━━━━━\n\n【1—7月通道运行概况】\n\n"
        "1.铁海联运班列：开行6142列，同比增长11.8%；发送货物30.7万标箱，增长13.2%。\n\n"
        "2.国际铁路联运班列：开行1026列，增长27.3%。\n"
    )
    assert _by_value(ex, "30.7万标箱").subject == "西部陆海新通道"


def test_a_demonstration_parks_own_brief_reports_the_park():
    ex = tradeie.extract(
        "临江国际服务外包示范园运行简报\nLinjiang International Outsourcing Park · Operations Brief\n\n"
        "2025年第1期（总第37期）                    园区管委会经济发展局　编\n发布日期：2025-04-18\n\n"
        "一、总体运行情况（Overview）\n\n"
        "　　一季度，园区服务外包执行额4.72亿美元，同比增长(YoY)9.6%，其中离岸执行额3.15亿美元，同比增长12.1%。\n"
    )
    assert _by_value(ex, "4.72亿美元").subject == "临江国际服务外包示范园"


def test_a_municipal_districts_analysis_reports_the_district_by_its_own_name():
    ex = tradeie.extract(
        "上海市浦东新区人民政府\n首页 > 政务公开 > 统计信息 > 统计分析\n\n2024年1-10月浦东新区经济运行情况分析\n\n"
        "发布时间：2024-11-21　　来源：浦东新区统计局\n\n"
        "　　1-10月，浦东新区经济运行总体平稳。\n\n　　一、工业生产稳步回升\n\n"
        "　　1-10月，全区完成规模以上工业总产值10586.4亿元，同比增长3.8%。\n"
    )
    assert _by_value(ex, "10586.4亿元").subject == "浦东新区"


def test_a_districts_bureau_as_the_source_makes_its_own_pronoun_the_district():
    ex = tradeie.extract(
        "深圳市南山区人民政府门户网站\n当前位置：首页 > 政务公开 > 统计信息 > 统计分析\n\n南山区1-8月经济运行情况\n\n"
        "发布时间：2024-09-26 17:05　　信息来源：南山区统计局\n【字体：大 中 小】　【打印】　【分享】\n\n"
        "　　1-8月，全区经济运行稳中有进。\n\n　　一、工业生产保持较快增长\n\n"
        "　　1-8月，全区规模以上工业增加值同比增长8.6%。深圳市规模以上工业增加值增长6.1%，深圳市固定资产投资增长2.3%，"
        "深圳市社会消费品零售总额增长3.2%。\n"
    )
    assert _with_rate(ex, "8.6").subject == "南山区"


def test_a_cover_dated_in_chinese_numerals_gives_the_year():
    ex = tradeie.extract(
        "湖滨服务贸易运行季报\n（第二季度）\n\n\n湖滨省服务贸易协会\n湖滨省商务研究院服务贸易研究中心\n二〇二五年七月\n\n\n"
        "湖滨服务贸易运行季报\n说　明\n　1.本季报所用服务贸易数据来源于湖滨省商务厅服务贸易统计监测系统。\n"
        "　2.本报告金额以美元计价；增速均为同比名义增速。\n\n"
        "一、总体情况\n\n　　上半年，全省服务进出口312.6亿美元，同比增长8.4%。\n"
    )
    m = _by_value(ex, "312.6亿美元")
    assert (m.period.start, m.period.end) == ("2025-01-01", "2025-06-30")


def test_a_conjunction_inside_a_companys_name_is_kept():
    ex = tradeie.extract(
        "会员动态\n\n日资会员企业丰和电子（昆山）有限公司近日完成增资手续，增资3500万美元，注册资本由6500万美元增至10000万美元。\n"
    )
    assert _by_value(ex, "3500万美元").subject == "丰和电子（昆山）有限公司"


def test_a_list_line_labelled_with_a_brand_is_that_companys_figure():
    ex = tradeie.extract(
        "上半年汽车出口308万辆\n\n　　据中国汽车工业协会统计，上半年，我国汽车出口308万辆，同比增长10.4%。\n\n"
        "　　从企业看，奇瑞继续领跑。主要企业集团出口情况如下：\n\n"
        "　　· 奇瑞　55.1万辆（-3.2%）\n　　· 比亚迪　47.0万辆（+132.4%）\n\n"
        "　　前十家企业集团出口合计279.6万辆，占汽车出口总量的90.7%。\n"
    )
    m = _by_value(ex, "55.1万辆")
    assert m.subject == "奇瑞" and "出口" in m.indicator
    assert (m.change.direction, m.change.percent) == ("down", Decimal("-3.2"))
    assert _by_value(ex, "47.0万辆").subject == "比亚迪"


def test_a_prefectures_directly_administered_area_is_the_prefecture():
    ex = tradeie.extract(
        "博尔塔拉蒙古自治州人民政府文件\n\n博州政发〔2025〕6号\n\n"
        "博尔塔拉蒙古自治州人民政府\n关于2024年全州经济运行情况的通报\n\n"
        "各县（市）人民政府，州直各委、办、局：\n\n"
        "　　一、主要指标完成情况\n\n"
        "　　（一）经济总量。全年州直实现地区生产总值612.4亿元，比上年增长6.1%。\n\n"
        "　　（二）口岸经济。阿拉山口市口岸过货量2186.5万吨，增长4.2%；经阿拉山口市出入境中欧班列6512列；"
        "阿拉山口市综合保税区进出口186.2亿元，阿拉山口市边民互市贸易额12.6亿元，阿拉山口市接待游客86.1万人次。\n\n"
        "　　（三）消费市场。全年州直社会消费品零售总额143.7亿元，增长5.2%。\n\n"
        "　　（四）开放平台。阿拉山口市综合保税区新增入区企业42家，阿拉山口市跨境电商进出口8.6亿元，"
        "阿拉山口市保税物流进出口21.3亿元，阿拉山口市铁路口岸换装量1820万吨。\n\n"
        "博尔塔拉蒙古自治州人民政府\n2025年2月10日\n"
    )
    assert _by_value(ex, "612.4亿元").subject == "博尔塔拉蒙古自治州"
    assert _by_value(ex, "143.7亿元").subject == "博尔塔拉蒙古自治州"
    assert _by_value(ex, "2186.5万吨").subject.startswith("阿拉山口市")


def test_a_districts_page_under_its_city_reports_the_district():
    ex = tradeie.extract(
        "宁波市鄞州区人民政府\n首页 > 政府信息公开 > 统计数据\n\n上半年全区经济运行简况\n\n"
        "发布机构：鄞州区统计局　　成文日期：2025-07-22\n\n"
        "　　上半年，全区经济运行稳中向好，主要指标增速高于宁波市平均水平，宁波市下达的目标任务过半。\n\n"
        "　　一、地区生产总值\n　　初步核算，全区实现地区生产总值1380.2亿元，同比增长6.1%（宁波市增长5.6%）。"
        "分产业看，第二产业增加值512.6亿元，增长7.2%；第三产业增加值855.1亿元，增长5.4%。\n\n"
        "版权所有：宁波市鄞州区人民政府\n"
    )
    assert _by_value(ex, "1380.2亿元").subject == "鄞州区"
    assert _by_value(ex, "512.6亿元").subject == "鄞州区"


def test_an_editors_note_on_where_the_bulletins_figures_come_from_is_their_source():
    ex = tradeie.extract(
        "温州服务外包简报\n2025年第3期\n\n温州市服务外包协会　　　　　　2025年4月18日\n\n"
        "一、数据月报：一季度全市服务外包运行情况\n\n"
        "一季度，全市服务外包合同额41,862.5万美元，同比增长7.3%；执行额32,415.8万美元，增长6.1%。\n\n"
        "二、协会动态\n\n3月26日，协会召开会员大会，80余家会员企业参加。\n\n"
        "注：本刊所载全市数据来源于市商务局服务外包业务管理和统计系统，会员企业数据经企业确认后发布。\n"
    )
    assert _by_value(ex, "41,862.5万美元").source.name.startswith("市商务局")
    assert _by_value(ex, "32,415.8万美元").source.name.startswith("市商务局")


def test_a_body_cited_as_where_data_come_from_is_named_without_the_verb():
    ex = tradeie.extract(
        "温州服务外包简报\n2025年第3期\n\n温州市服务外包协会　　　　　　2025年4月18日\n\n"
        "一、数据月报\n\n本期数据来源于市商务局服务外包业务管理和统计系统。一季度，全市服务外包合同额41,862.5万美元，同比增长7.3%。\n"
    )
    assert _by_value(ex, "41,862.5万美元").source.name == "市商务局"


def test_a_disclaimer_citing_public_material_names_no_source():
    ex = tradeie.extract(
        "国庆假期消费观察\n\n原创　消费研究所\n\n"
        "今年国庆中秋假期，全国重点零售和餐饮企业日均销售额比去年同期增长4.3%。\n\n"
        "声明：本文数据来源于公开资料，仅供交流学习，如有侵权请联系删除。\n"
    )
    src = _with_rate(ex, "4.3").source
    assert src is None or "公开" not in src.name


def test_a_source_line_ending_with_a_full_stop_names_the_body_without_it():
    ex = tradeie.extract(
        "福州服务外包简报\n\n一、数据月报\n\n"
        "2024年，全市服务外包执行额86,215.4万美元，同比增长6.8%，其中离岸执行额52,108.7万美元。\n\n"
        "资料来源：福州市商务局服务外包业务管理和统计系统。\n"
    )
    m = _by_value(ex, "86,215.4万美元")
    assert m.source is not None and not m.source.name.endswith("。")


def test_a_firms_branch_named_after_its_province_is_whose_figures_they_are():
    ex = tradeie.extract(
        "中国出口信用保险公司\n首页 > 新闻中心 > 分支机构动态\n\n"
        "中国信保江西分公司前三季度承保规模突破90亿美元\n\n发布时间：2024-10-18　　来源：江西分公司\n\n"
        "今年以来，中国出口信用保险公司江西分公司（以下简称“中国信保江西分公司”）持续扩大承保覆盖面，助力全省外贸企业稳订单。"
        "前三季度，江西分公司累计实现承保金额91.3亿美元，同比增长8.2%；服务企业4862家，同比增长6.4%。\n\n"
        "据中国信保江西分公司统计，前三季度全省小微企业承保覆盖率达到38.6%。\n"
    )
    assert _by_value(ex, "91.3亿美元").subject == "江西分公司"
    assert _by_value(ex, "4862家").subject == "江西分公司"


def test_an_interview_with_a_firms_head_reports_the_firms_figures():
    ex = tradeie.extract(
        "温州外经贸\n专访|中国信保温州分公司总经理李明远：前8个月短期险承保金额62.4亿美元\n\n"
        "原创 瓯外经 温州外经贸 9月12日 09:30 浙江\n\n"
        "编者按：近日，本号记者专访了中国出口信用保险公司温州分公司负责人，请他谈谈信保如何为温州外贸企业保驾护航。\n\n"
        "记者：前8个月，温州分公司业务总体情况如何？\n\n"
        "李明远：1—8月，我们短期险承保金额62.4亿美元，同比增长9.3%；服务企业5216家，同比增长11.8%。\n"
    )
    m = _by_value(ex, "5216家")
    assert m.subject == "中国信保温州分公司"
    assert m.source is not None and m.source.name == "温州外经贸"  # the account, not the pen name 瓯外经


def test_a_feature_dated_only_under_its_photo_takes_that_year():
    ex = tradeie.extract(
        "漳州晚报　第A04版　年终盘点\n\n外贸“成绩单”里的漳州底气\n\n记者 林晓东　文/图\n\n"
        "岁末年终，漳州各港区依旧一派繁忙。记者从漳州海关获悉，今年1—11月，我市进出口1268.4亿元，同比增长6.2%。\n\n"
        "▲2024年12月16日，招商局漳州开发区码头，货轮正在装卸货物。记者 林晓东 摄\n"
    )
    m = _by_value(ex, "1268.4亿元")
    assert (m.period.start, m.period.end) == ("2024-01-01", "2024-11-30")


def test_a_body_publishing_data_with_a_colon_is_their_source():
    ex = tradeie.extract(
        "回眸2023｜外贸稳中提质\n\n1月19日，盐城海关发布数据：2023年，盐城市进出口总值1236.5亿元，同比增长4.3%。\n"
    )
    assert _by_value(ex, "1236.5亿元").source.name == "盐城海关"


def test_all_four_quarters_written_in_january_are_last_years():
    ex = tradeie.extract(
        "外贸成绩单出炉！日照去年进出口首破1500亿元\n\n发布时间：2025-01-24 08:52　来源：日照日报\n\n"
        "本报讯 记者从日照海关获悉，去年，我市货物贸易进出口总值1518.5亿元，比上年增长6.9%。\n\n"
        "分季度看，一至四季度全市进出口分别为348.3亿元、371.6亿元、389.2亿元和409.4亿元，呈逐季攀升态势。\n"
    )
    m = _by_value(ex, "409.4亿元")
    assert (m.period.start, m.period.end) == ("2024-10-01", "2024-12-31")


def test_a_bulletins_issuing_line_above_its_staff_and_telephone_dates_it():
    ex = tradeie.extract(
        "烟台服务贸易简报\n\n第4期（总第52期）\n\n烟台市服务贸易协会　编\n\n"
        "一、一季度全市服务外包运行情况\n\n　　一季度，全市服务外包执行额36,842.7万美元，同比增长8.4%。\n\n"
        "二、协会动态\n\n　　（一）日语服务外包人才培训班结业。由协会与烟台某高校联合举办的日语服务外包人才培训班日前结业，"
        "38名学员参加培训，已有26名学员与会员企业签订就业协议。培训班为期8周，课程涵盖商务日语、软件测试等内容。\n\n"
        "────────────────\n报：市商务局\n送：各区（市）商务主管部门，各有关单位\n发：协会各会员单位\n────────────────\n"
        "烟台市服务贸易协会秘书处　　　　　　　　2024年4月26日印发\n"
        "编辑：刘洋　　审核：孙立新　　电话：0535-6688123\n"
    )
    m = _by_value(ex, "36,842.7万美元")
    assert (m.period.start, m.period.end) == ("2024-01-01", "2024-03-31")


def test_a_lead_in_citing_a_body_over_numbered_items_is_their_source():
    ex = tradeie.extract(
        "烟台服务贸易简报\n\n烟台市服务贸易协会　编　　　　2024年4月26日\n\n"
        "一、一季度全市服务外包运行情况\n\n"
        "　　据商务部服务外包业务管理和统计系统统计，一季度全市服务外包业务实现平稳开局，离岸业务结构继续优化。\n\n"
        "　　（一）总体情况。一季度，全市服务外包执行额36,842.7万美元，同比增长8.4%。\n\n"
        "　　（二）业务结构。信息技术外包离岸执行额12,415.8万美元，同比增长3.6%。\n\n"
        "二、协会动态\n\n　　3月26日，协会召开会员大会，80余家会员企业参加。\n"
    )
    assert _by_value(ex, "36,842.7万美元").source.name == "商务部"
    assert _by_value(ex, "12,415.8万美元").source.name == "商务部"


def test_an_index_score_is_a_quantity_and_a_clock_minute_is_not():
    assert [(q.text, q.unit) for q in tradeie.quantities("广东综合得分为85.2分，位列第一")] == [("85.2分", "分")]
    assert [(q.text, q.unit) for q in tradeie.quantities("深圳以86分蝉联榜首")] == [("86分", "分")]
    assert all(q.unit != "分" for q in tradeie.quantities("会议于10时30分开始"))
    assert [q.unit for q in tradeie.quantities("阅 1.8万　分享　评论")] != ["分"]


def test_a_sites_menu_bar_names_no_publisher_and_its_english_name_is_dropped():
    ex = tradeie.extract(
        "法国中国工商会 China Chamber of Commerce in France\n"
        "首页 | 关于商会 | 商会动态 | 会员服务 | 政策法规 | 联系我们\n\n"
        "当前位置：首页 > 商会动态 > 商会通讯\n\n商会通讯｜法中经贸数据解读（三月刊）\n\n"
        "【导读】本期通讯解读法国海关发布的去年全年法中贸易数据。\n\n"
        "一、法方统计\n\n据法国海关统计，去年法中货物贸易额为812.6亿欧元，比上年下降3.2%。\n\n"
        "发布时间：2025-03-18\n"
    )
    assert ex.structure.meta.publisher == "法国中国工商会"
    assert all("关于" not in (m.subject or "") for m in ex.metrics)


def test_a_support_policys_terms_and_conditions_are_no_figures():
    ex = tradeie.extract(
        "湖滨省商务厅关于《支持外贸高质量发展若干措施》的政策解读\n\n发布时间：2025-03-12\n\n"
        "一、出台背景\n\n据海关统计，2024年全省进出口6248.3亿元，同比增长5.6%。\n\n"
        "二、主要内容\n\n《若干措施》共五个方面十六条，主要内容如下：\n\n"
        "第五条　支持跨境电商发展。对年跨境电商出口额首次突破1000万美元、5000万美元、1亿美元的企业，"
        "分别给予20万元、50万元、100万元奖励。\n\n"
        "第六条　支持海外仓建设。对企业在境外新建或租赁面积3000平方米以上、服务省内企业10家以上的公共海外仓，"
        "按实际投资额的不超过30%给予支持，单个项目最高补贴200万元；被认定为省级公共海外仓的，再给予一次性奖励50万元。\n\n"
        "第七条　支持外贸综合服务企业。对年服务中小外贸企业200家以上的外综服企业，按服务企业进出口额的0.5‰给予奖励，"
        "每家最高不超过150万元；参加省级重点展会的，补贴比例提高至80%。\n\n"
        "三、实施成效\n\n2024年，全省已兑现外贸发展资金3.86亿元，惠及企业1520家。\n"
    )
    got = {m.value.text for m in ex.metrics if m.value is not None}
    assert {"6248.3亿元", "3.86亿元", "1520家"} <= got
    for term in ("1000万美元", "20万元", "100万元", "3000平方米", "10家", "200万元", "50万元", "200家", "150万元"):
        assert term not in got, term
    assert not any(m.share is not None or (m.change is not None and m.change.percent in (Decimal("30"), Decimal("80"))) for m in ex.metrics)


def test_a_county_bureau_posting_on_the_countys_account_names_the_county():
    ex = tradeie.extract(
        "柳湾商务\n数说丨前5个月，柳湾小龙虾出口额增长22.4%\n\n原创 县商务局 柳湾商务 6月16日 17:32 湖南\n\n"
        "今年以来，我县小龙虾产业迎来“开门红”，农村电商和农产品出口双双跑出“加速度”。\n\n"
        "前5个月，全县小龙虾出口额3.05亿元，同比增长22.4%；农产品网络零售额9.46亿元，增长17.5%。\n"
    )
    assert ex.structure.meta.publisher == "柳湾县商务局"
    assert _by_value(ex, "3.05亿元").subject == "柳湾县"


def test_an_infographics_period_line_over_its_label_and_figure_is_the_figures_period():
    ex = tradeie.extract(
        "一图读懂｜泉州海关支持外贸稳规模优结构\n\n原创 泉州海关 2024年09月05日 17:30 福建\n\n政策成效看得见\n\n"
        "截至8月底\n关税保证保险累计为企业担保税款\n16.8亿元\n\n"
        "今年1—8月\n办理跨境电商出口退货商品\n0.8万单\n增长1.4倍\n"
    )
    m = _by_value(ex, "16.8亿元")
    assert m.period.text == "截至8月底" and m.period.end == "2024-08-31"
    r = _by_value(ex, "0.8万单")
    assert "退货" in r.indicator and r.period.text == "今年1—8月"
    assert r.change is not None and r.change.direction == "up"


def test_a_holiday_the_text_dates_covers_the_months_of_its_dates():
    ex = tradeie.extract(
        "洛阳市文化和旅游局\n\n中秋国庆假期全市文化旅游市场综述\n\n"
        "　　今年中秋、国庆两节相连，假期长达8天（9月29日至10月6日）。全市文旅市场安全平稳、供需两旺。\n\n"
        "　　假期全市共接待游客1287.6万人次，按可比口径同比增长16.8%；实现旅游收入102.38亿元，同比增长21.5%。\n\n"
        "洛阳市文化和旅游局\n2023年10月7日\n"
    )
    m = _by_value(ex, "1287.6万人次")
    assert (m.period.start, m.period.end) == ("2023-09-01", "2023-10-31")
    p = tradeie.periods("国庆假期（9月29日至10月6日），全市接待游客…；国庆假期期间…", reference_date="2023-10-07")
    assert [(str(x.start), str(x.end)) for x in p if x.text.startswith("国庆")] == [("2023-09-01", "2023-10-31")] * 2


def test_a_paper_abroad_filing_from_its_city_reports_its_host_as_the_local_economy():
    ex = tradeie.extract(
        "联合早报\n首页 > 财经 > 新加坡财经\n\n本地2月非石油国内出口增长7.1%\n\n"
        "发布/2025年3月18日 08:52 AM\n\n"
        "（新加坡讯）电子产品出货强劲，带动本地2月份非石油国内出口按年增长7.1%。\n\n"
        "新加坡企业发展局发布的数据显示，2月份非石油国内出口额为140亿8000万新元。\n\n"
        "中国海关总署的数据显示，今年首两个月，中国出口总值为5398.6亿美元，同比增长2.3%。\n"
    )
    m = _by_value(ex, "140亿8000万新元")
    assert m.subject == "新加坡"
    assert (m.period.start, m.period.end) == ("2025-02-01", "2025-02-28")
    assert _by_value(ex, "5398.6亿美元").subject == "中国"


def test_a_weeklys_week_under_its_title_dates_it():
    ex = tradeie.extract(
        "东海港口集团有限公司\n生产运行周报\n2024年第45周（11月4日—11月10日）\n\n"
        "一、生产总体情况\n\n本周，集团完成货物吞吐量1862.4万吨，环比增长3.2%。\n"
    )
    assert ex.structure.meta.date == "2024-11-10"
    assert _by_value(ex, "1862.4万吨").period.end == "2024-11-10"


def test_a_source_named_with_a_bracketed_place_inside_is_read_whole():
    ex = tradeie.extract(
        "首页 > 新闻中心 > 企业新闻\n\n恒岳公司公布2025财年大中华区业绩\n\n"
        "发布时间：2025-08-14 10:00　　来源：恒岳（中国）有限公司　　浏览次数：1,286\n\n"
        "2025财年，恒岳大中华区实现净销售额52.8亿美元，同比增长2.9%。\n"
    )
    assert ex.structure.meta.source == "恒岳(中国)有限公司"


def test_a_district_account_reprinting_a_bureaus_reply_reports_the_district():
    ex = tradeie.extract(
        "提案回音壁｜区商务局答复陈立委员：多措并举稳外资\n\n顺德政协　6月20日 17:30　广东\n\n"
        "编者按：本公众号开设“提案回音壁”栏目，摘登承办单位对委员提案的答复。本期刊发区商务局对区政协第20号提案的答复。\n\n"
        "关于区政协十四届四次会议第20号提案的答复\n\n一、我区利用外资情况\n\n"
        "　　去年全年，全区实际使用外资10.85亿美元，同比增长3.8%。顺德区新设外商投资企业162家。\n\n"
        "来源：顺德区政协提案委员会\n"
    )
    assert _by_value(ex, "10.85亿美元").subject == "顺德区"


def test_the_week_another_firm_released_its_report_in_is_no_firm():
    ex = tradeie.extract(
        "欧岚集团上半年北亚区销售额下滑2.7%\n\n2025年07月30日 21:06　来源：华商财经网\n\n"
        "7月30日晚间，法国美妆集团欧岚发布2025年上半年业绩报告。报告显示，今年上半年，欧岚集团实现销售额225.3亿欧元，同比增长3.1%。\n\n"
        "并非只有欧岚在中国市场承压。同一周发布半年报的日本美妆企业丽颜堂披露，上半年其中国区销售额为612亿日元，同比下降6.8%。\n"
    )
    assert all(m.subject != "同一周" for m in ex.metrics)


def test_a_city_papers_nameplate_names_its_city_over_a_county_it_visits():
    ex = tradeie.extract(
        "常州日报\n2025年10月24日　星期五　　第A02版：要闻\n\n前三季度我市规上工业增加值增长8.3%\n\n"
        "　　本报讯　记者昨日从市统计局获悉，前三季度，我市规模以上工业增加值同比增长8.3%。"
        "全市规上工业实现出口交货值1562.7亿元，同比增长2.8%。\n\n"
        "溧阳动力电池产业再上台阶\n\n"
        "　　本报讯　记者从溧阳市统计局获悉，前三季度，溧阳市动力电池产业实现产值1206.3亿元，同比增长21.4%。"
        "溧阳市新增规上工业企业46家，溧阳市统计局表示，全市工业投资增长12.6%。\n"
    )
    assert _by_value(ex, "1562.7亿元").subject == "常州"
    assert _by_value(ex, "1206.3亿元").subject == "溧阳市"


def test_a_lead_in_citing_the_body_over_numbered_sections_is_their_source():
    ex = tradeie.extract(
        "当前位置：首页 > 统计数据 > 统计数据发布\n\n4月份河北省金融统计数据简报\n\n（发布时间：2025年05月16日 09:30）\n\n"
        "　　据中国人民银行河北省分行统计，月末全省金融总量保持平稳增长，信贷投放节奏总体平稳。主要数据如下：\n\n"
        "　　一、各项存款\n\n　　月末，全省本外币各项存款余额107326.4亿元，同比增长7.9%。\n\n"
        "　　人民币各项存款余额104108.7亿元，同比增长8.1%。\n\n"
        "　　二、各项贷款\n\n　　月末，全省本外币各项贷款余额91862.5亿元，同比增长8.4%。\n"
    )
    for quote in ("107326.4亿元", "104108.7亿元", "91862.5亿元"):
        assert _by_value(ex, quote).source.name == "中国人民银行河北省分行", quote


def test_a_paper_pages_head_line_names_the_paper_and_its_day():
    ex = tradeie.extract(
        "南通日报 2024年1月26日 星期五 A4版 年终特刊·回眸2023\n\n回眸2023｜开放南通：一份成绩单\n\n本报记者 顾小雅\n\n"
        "　　去年，全市实际使用外资31.2亿美元，增长3.5%。\n"
    )
    assert ex.structure.meta.source == "南通日报" and ex.structure.meta.date == "2024-01-26"
    m = _by_value(ex, "31.2亿美元")
    assert (m.period.start, m.period.end) == ("2023-01-01", "2023-12-31")


def test_a_period_taken_out_of_brackets_leaves_no_empty_brackets_in_the_indicator():
    ex = tradeie.extract(
        "安徽省文化和旅游厅\n\n　　2024年，全省五一假期接待游客5126.8万人次，增长16.3%；"
        "国庆假期（10月1日至7日）接待游客6847.5万人次，增长7.9%。\n"
    )
    m = _by_value(ex, "6847.5万人次")
    assert "()" not in m.indicator and "接待游客" in m.indicator


def test_currencies_of_partner_economies_are_read_with_their_codes():
    got = {q.text: q.base_unit for t in ("合同金额48.6亿肯尼亚先令", "约合12.5亿令吉", "投资3.2万亿印尼盾", "出口額為4613億港幣")
           for q in tradeie.quantities(t)}
    assert got == {"48.6亿肯尼亚先令": "KES", "12.5亿令吉": "MYR", "3.2万亿印尼盾": "IDR", "4613億港幣": "HKD"}


def test_last_year_named_in_a_sentence_holds_for_its_paragraph_after_a_plan_for_this_year():
    ex = tradeie.extract(
        "福建省人民政府新闻办公室\n\n福建省新闻发布会\n时间：2025-01-24 10:00　　来源：福建省人民政府\n\n"
        "林建华：\n　　今年，我们将重点抓好以下几方面工作：一是健全政策体系。\n"
        "主持人：\n　　谢谢林建华先生。下面请郑丽娟女士介绍。\n\n郑丽娟：\n"
        "　　初步核算，去年全省民营经济增加值38612.5亿元，比上年增长5.9%。分产业看，民营经济第一产业增加值2036.4亿元，增长3.7%。\n"
    )
    m = _by_value(ex, "2036.4亿元")
    assert (m.period.start, m.period.end) == ("2024-01-01", "2024-12-31")


def test_a_zones_own_account_reports_the_zone_and_a_column_label_is_no_zone():
    ex = tradeie.extract(
        "数说园区｜去年园区“成绩单”出炉\n\n原创 园区宣传中心 中柬西港产业园 2025年02月21日 17:45 江苏\n\n"
        "编者按\n刚刚过去的一年，园区上下迎难而上，交出了一份稳中有进的“成绩单”。\n\n"
        "去年，园区实现总产值38.6亿美元，同比增长12.4%；新增入区企业21家，累计入区企业达203家。\n"
    )
    assert ex.structure.meta.publisher == "中柬西港产业园"
    assert _by_value(ex, "38.6亿美元").subject == "中柬西港产业园"


def test_a_mastheads_editor_and_date_set_apart_are_not_joined_to_the_text_below():
    ex = tradeie.extract(
        "外贸企业订单与物流监测\n\n2025年第6期（总第42期）\n\n"
        "烟台市对外贸易企业协会 编                  2025年6月12日\n\n"
        "【本期要点】5月份，我市重点监测外贸企业订单\n增加面扩大，在手订单小幅增加；海运费环比大幅\n上涨，企业物流成本占比略有下降。\n\n"
        "一、监测企业基本情况\n\n5月份，监测企业出口额12.6亿美元，同比增长4.2%。\n"
    )
    assert ex.structure.meta.date == "2025-06-12"
    m = _by_value(ex, "12.6亿美元")
    assert (m.period.start, m.period.end) == ("2025-05-01", "2025-05-31")


def test_a_districts_reply_naming_its_citys_customs_house_stays_the_districts():
    ex = tradeie.extract(
        "提案回音壁｜区商务局答复委员提案\n\n顺德政协　6月20日 17:30　广东\n\n"
        "关于区政协十四届四次会议第20号提案的答复\n\n一、我区利用外资情况\n\n"
        "　　去年全年，全区实际使用外资10.85亿美元，同比增长3.8%。\n\n"
        "二、工作措施\n\n"
        "　　（一）提升贸易便利化水平。联合佛山海关驻顺德办事处开展“关企面对面”活动，指导企业用好RCEP。"
        "佛山海关驻顺德办事处受理业务咨询，佛山海关开展政策宣讲。\n\n"
        "　　（二）加大惠企资金兑现力度。今年1—5月，已兑现稳外资专项资金2360万元，惠及企业46家。\n\n"
        "来源：顺德区政协提案委员会\n"
    )
    assert _by_value(ex, "2360万元").subject == "顺德区"


def test_a_partners_statistics_office_by_its_fuller_names_reports_the_partner():
    ex = tradeie.extract(
        "越南中国商会通讯\n2024年第3期\n\n一、越南经济数据\n\n"
        "　　据越南统计总局数据，9月份，越南居民消费价格指数同比上涨2.63%；前9个月，越南货物进出口总额5869.6亿美元，同比增长16.0%。\n\n"
        "　　据德国联邦统计局数据，去年德中货物贸易额为2467.3亿欧元。\n"
    )
    assert _by_value(ex, "5869.6亿美元").subject == "越南"
    assert _by_value(ex, "2467.3亿欧元").subject == "德国"


def test_an_infographics_marked_label_and_arrowed_change_lines_read_with_their_figure():
    ex = tradeie.extract(
        "一图读懂丨2024年东湖新区商务经济“年度账单”\n\n原创 东湖商务 东湖新区商务局\n2025年01月16日 19:20 山东\n\n"
        "📅 2024年1—12月\n\n◎ 外贸进出口总额\n1286.4亿元\n▲ 同比增长6.1%\n占全市比重24.3%\n\n"
        "◎ 出口\n798.2亿元\n▲ 同比增长9.4%\n"
    )
    m = _by_value(ex, "1286.4亿元")
    assert m.change is not None and (m.change.direction, m.change.percent) == ("up", Decimal("6.1"))
    assert m.share is not None and m.share.percent == Decimal("24.3")
    e = _by_value(ex, "798.2亿元")
    assert "出口" in e.indicator and e.change is not None and e.change.percent == Decimal("9.4")


def test_a_development_zones_news_account_names_the_zone():
    ex = tradeie.extract(
        "数读经开丨1—9月经开区开放型经济“成绩单”来了！\n\n吴江经开区发布\n10月21日 08:30\n\n"
        "前三季度，经开区坚持外贸外资“双轮驱动”，多项指标增速领跑全市各板块。\n\n"
        "1—9月，经开区实现外贸进出口486.2亿元，同比增长8.4%。\n"
    )
    assert _by_value(ex, "486.2亿元").subject == "吴江经开区"


def test_a_table_titled_at_the_years_end_holds_levels_at_that_date():
    ex = tradeie.extract(
        "安徽省统计局\n\n2023年末，全省共有外资企业法人单位9846个，比2018年末增长23.7%。\n\n"
        "表2　2023年末按行业门类分组的外资企业法人单位\n\n行业门类\t企业法人单位（个）\t比重（%）\n合计\t9846\t100.0\n制造业\t3958\t40.2\n"
    )
    m = _by_value(ex, "3958")
    assert (m.period.start, m.period.end) == (None, "2023-12-31")


def test_a_brief_dated_without_its_year_takes_the_year_an_items_release_line_states():
    text = (
        "东阳服务贸易简报\n\n第2期\n\n东阳市商务局服务贸易科　编　　　　　　　　　4月18日\n\n"
        "本期要目\n　　一季度我市服务外包运行简况\n　　金华市一季度服务贸易实现较快增长\n\n"
        "【数据速览】\n\n■ 一季度我市服务外包运行简况\n\n一季度，我市服务外包合同额3862.7万美元，同比增长16.3%。\n"
        "（来源：东阳市商务局）\n\n【行业动态】\n\n■ 金华市一季度服务贸易实现较快增长\n"
        "发布时间：2025-04-15　　来源：金华市商务局\n\n一季度，金华市服务进出口48.6亿元，同比增长12.1%。\n"
    ).replace("\n", "\r\n")
    ex = tradeie.extract(text)
    m = _by_value(ex, "3862.7万美元")
    assert (m.period.start, m.period.end) == ("2025-01-01", "2025-03-31")


def test_an_exchanges_own_monthly_release_reports_the_exchange():
    ex = tradeie.extract(
        "大连商品交易所 | 交易所新闻\n\n当前位置：首页 > 新闻中心 > 交易所新闻\n\n大商所6月份市场运行情况\n\n"
        "　　6月份，我所累计成交量1.52亿手，同比增长12.4%；累计成交额8.36万亿元，同比增长6.2%。\n\n"
        "大连商品交易所\n2024年7月4日\n"
    )
    m = _by_value(ex, "1.52亿手")
    assert m.subject == "大连商品交易所" and m.source.name == "大连商品交易所"


def test_a_partners_own_trade_with_china_is_the_partners_figure():
    ex = tradeie.extract(
        "侨报网\n\n美中商品贸易逆差扩大\n\n发布时间：2025-02-06\n\n"
        "（侨报记者华盛顿报道）美国商务部普查局发布的数据显示，去年美国对华商品出口1435.5亿美元，下降2.9%。\n"
    )
    m = _by_value(ex, "1435.5亿美元")
    assert m.subject == "美国"


def test_a_flash_titled_with_last_year_past_its_issue_line_reports_that_year():
    ex = tradeie.extract(
        "海 关 统 计 快 讯\n2025年第3期（总第218期）\n\n沂州海关统计分析处　　　　　　　　　　2025年1月17日\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━\n\n2024年沂州市对外贸易进出口简况\n\n"
        "　　据沂州海关统计，全年沂州市货物贸易进出口3380.5亿元，比上年增长3.5%。\n\n"
        "　　一、贸易方式结构持续优化\n\n　　全年，沂州市一般贸易进出口2210.3亿元，增长4.8%，占全市外贸总值的65.4%。\n"
    )
    m = _by_value(ex, "2210.3亿元")
    assert (m.period.start, m.period.end) == ("2024-01-01", "2024-12-31")


def test_a_census_analysis_printed_two_years_on_reports_its_reference_year():
    ex = tradeie.extract(
        "统计分析\n2025年第4期（总第218期）\n沂州市统计局　　　　　　　　　　　　　　2025年2月21日\n\n"
        "　　外资企业总量稳步扩大\n　　——2023年末沂州市外商投资和港澳台商投资企业发展状况分析\n\n"
        "　　一、企业数量稳步增长\n\n　　年末，全市共有外资企业法人单位8726个，比2018年末增长18.3%。\n\n"
        "　　二、经营规模持续扩大\n\n　　全年，全市外资企业实现营业收入7126.5亿元，比2018年增长47.6%。\n"
    )
    m = _by_value(ex, "8726个")
    assert (m.period.start, m.period.end) == (None, "2023-12-31")
    r = _by_value(ex, "7126.5亿元")
    assert (r.period.start, r.period.end) == ("2023-01-01", "2023-12-31")


def test_a_census_communique_reports_the_year_of_its_standard_time_point():
    ex = tradeie.extract(
        "沂州市第五次全国经济普查公报（第二号）\n\n发布时间：2025-03-06　　来源：沂州市统计局\n\n"
        "　　根据《全国经济普查条例》，我市以2023年12月31日为标准时点，开展了第五次全国经济普查。\n\n"
        "　　年末，全市共有从事第二产业和第三产业的法人单位18.62万个，比2018年末增长42.1%。\n"
    )
    m = _by_value(ex, "18.62万个")
    assert (m.period.start, m.period.end) == (None, "2023-12-31")


def test_a_pages_time_stamp_dates_no_figure():
    ex = tradeie.extract(
        "沂州日报 > 要闻 > 正文\n\n全市外资企业超1.7万家\n\n2024-12-27 07:30　来源：沂州日报　作者：记者 周文静\n\n"
        "本报讯 昨天，市统计局发布《沂州市第五次全国经济普查公报》。\n\n外资企业数量稳中有增\n\n"
        "公报数据显示，全市外商投资和港澳台商投资企业法人单位17426个，占全市企业法人单位的3.9%。其中，外商投资企业10285个，港澳台商投资企业7141个。\n"
    )
    m = _by_value(ex, "10285个")
    assert m.period is None or m.period.start_month != "2024-12"


def test_a_brief_with_no_year_on_its_masthead_takes_the_year_its_data_headings_name():
    ex = tradeie.extract(
        "数 字 贸 易 简 报\n第11期（总第62期）\n\n沂州市数字贸易协会秘书处　　　　　　　　　　11月20日\n\n"
        "【数据月报】\n\n一、2024年1—10月全市服务外包运行情况\n\n"
        "（一）总体情况。1—10月，全市企业承接服务外包合同额83475.2万美元，同比增长10.6%。\n\n"
        "二、2024年1—10月全市数字贸易运行情况\n\n1—10月，全市数字贸易进出口17.32亿美元，同比增长9.6%。\n\n"
        "【行业资讯】\n\n商务部发布1—9月全国服务外包数据\n\n1—9月，我国企业承接服务外包合同额14210.6亿元，同比增长5.8%。\n"
        "（来源：商务部网站）\n"
    )
    m = _by_value(ex, "83475.2万美元")
    assert (m.period.start, m.period.end) == ("2024-01-01", "2024-10-31")
    n = _by_value(ex, "14210.6亿元")
    assert (n.period.start, n.period.end) == ("2024-01-01", "2024-09-30")


def test_a_taipei_release_in_traditional_characters_reports_taiwans_figures_on_the_month_too():
    ex = tradeie.extract(
        "中央社 CNA｜即時新聞\n\n去年出口創次高\n2025/01/09 16:32\n\n"
        "（中央社記者鄭雅文台北9日電）財政部今天公布去年12月海關進出口貿易統計，12月出口430.9億美元，年增9.2%，月增2.2%；"
        "我國全年出口4754.9億美元，年增9.9%，僅次於民國111年。\n"
    )
    m = _by_value(ex, "430.9億美元")
    assert m.subject in ("台灣", "台湾")
    mom = next(x for x in ex.metrics if x.change is not None and x.change.text == "月增2.2%")
    assert (mom.change.basis, mom.change.direction) == ("mom", "up")
    assert _by_value(ex, "4754.9億美元").subject in ("台灣", "台湾")


def test_a_county_pages_closing_source_line_attributes_the_whole_story():
    ex = tradeie.extract(
        "沂水县人民政府\n当前位置：首页 > 政务公开 > 部门动态\n\n县市场监管局：一季度全县经营主体发展稳中有进\n\n"
        "　　一、经营主体总量持续增长\n\n　　截至3月底，全县实有经营主体12.87万户，同比增长4.6%。\n\n"
        "　　二、新设经营主体较快增长\n\n　　一季度，全县新设经营主体4326户，同比增长8.9%。\n\n"
        "沂水县市场监督管理局\n2025年4月10日\n\n（来源：县市场监管局　编辑：王璐　审核：李红军）\n\n"
        "主办：沂水县人民政府办公室\n联系电话：0539-4987203\n"
    )
    for quote in ("12.87万户", "4326户"):
        m = _by_value(ex, quote)
        assert m.source is not None and m.source.name == "县市场监管局", quote


def test_a_charts_caption_sets_no_period_and_a_story_on_last_years_communique_reports_that_year():
    ex = tradeie.extract(
        "重磅！国家统计局发布统计公报，全文来了→\n\n原创 经济周刊 2023-02-28 10:12 发表于北京\n\n"
        "国家统计局今天发布上一年度国民经济和社会发展统计公报。一起来看↓↓↓\n\n▌01 综合\n\n"
        "初步核算，全年国内生产总值1210207亿元，比上年增长3.1%。\n\n图1　2018—2022年国内生产总值及其增长速度\n\n"
        "年末全国人口141170万人，比上年末减少85万人。\n"
    )
    m = _by_value(ex, "1210207亿元")
    assert (m.period.start, m.period.end) == ("2022-01-01", "2022-12-31")
    p = _by_value(ex, "141170万人")
    assert (p.period.start, p.period.end) == (None, "2022-12-31")


def test_a_wire_story_on_a_communique_its_lead_year_governs_the_later_paragraphs():
    ex = tradeie.extract(
        "新华网 > 时政 > 正文\n\n统计公报：经济总量突破110万亿元\n\n2022-02-28 10:45:21　来源：新华网\n\n"
        "　　新华社北京2月28日电（记者 魏梦佳）国家统计局28日发布的《中华人民共和国2021年国民经济和社会发展统计公报》显示，"
        "2021年我国国内生产总值达114.4万亿元，比上年增长8.1%。\n\n"
        "　　分产业看，第一产业增加值83086亿元，比上年增长7.1%；第二产业增加值450904亿元，增长8.2%。\n"
    )
    m = _by_value(ex, "83086亿元")
    assert (m.period.start, m.period.end) == ("2021-01-01", "2021-12-31")


def test_a_rise_on_the_same_month_of_last_year_is_not_a_rise_on_the_month():
    ex = tradeie.extract("財政部統計處\n2025年11月7日\n\n10月出口589.4億美元，較上年同月增42.7%，月增3.2%。\n")
    m = _by_value(ex, "589.4億美元")
    assert (m.change.basis, m.change.percent) == ("yoy", Decimal("42.7"))


def test_a_numbered_data_section_with_a_subtitle_takes_its_closing_data_source_for_its_table_too():
    ex = tradeie.extract(
        "沂州服务外包月报\n2024年第9期（总第117期）\n\n沂州市服务外包协会秘书处编印　　　　　　2024年10月15日\n\n"
        "一、数据月报：前三季度全市服务外包运行情况\n\n今年1—9月，全市服务外包合同额185624.3万美元，同比增长9.4%。\n\n"
        "（一）分园区情况\n表1　1—9月各园区离岸服务外包情况\n（单位：万美元，%）\n园区\t离岸执行额\t同比\n"
        "江宁开发区\t18260.4\t6.9\n建邺区\t9421.5\t2.2\n\n"
        "（二）市场主体\n1—9月，全市新增服务外包企业87家。\n\n（数据来源：沂州市商务局服务外包统计系统）\n\n"
        "二、会员风采\n\n沂州云启科技有限公司现有员工2150人，其中研发人员1780人。\n\n"
        "三、会员动态\n\n9月12日，协会举办专题培训，来自46家会员单位的130余名业务骨干参加。\n"
    )
    for quote in ("185624.3万美元", "18260.4", "87家"):
        m = _by_value(ex, quote)
        assert m.source is not None and m.source.name == "沂州市商务局服务外包统计系统", quote


def test_the_bars_an_applicant_must_clear_are_no_figures():
    ex = tradeie.extract(
        "关于申报2024年度服务外包重点企业的通知\n\n各会员单位：\n\n"
        "申报企业须满足以下条件之一：上年度离岸执行额不低于500万美元；或在岸执行额不低于2000万元人民币且研发人员占比不低于30%。\n\n"
        "去年全市共有42家企业入选，合计离岸执行额8.6亿美元。\n"
    )
    quotes = {m.value.text for m in ex.metrics if m.value is not None}
    assert "不低于500万美元" not in quotes and "不低于2000万元人民币" not in quotes
    assert "8.6亿美元" in quotes


def test_a_report_on_last_years_work_and_this_years_plan_dates_each_part_by_its_heading():
    ex = tradeie.extract(
        "沂州市服务贸易协会文件\n沂服贸协〔2025〕3号\n关于协会2024年工作情况和2025年工作计划的报告\n"
        "——在沂州市服务贸易协会2025年度会员大会上\n（2025年3月14日）\n各位会员代表：\n"
        "一、2024年工作回顾\n2024年，协会扎实推进各项工作。\n"
        "全年举办培训15期，培训会员企业业务骨干2160人次。\n"
        "二、2025年工作计划\n2025年是“十四五”规划收官之年。协会工作的总体目标是：\n"
        "全年举办培训18期、培训2500人次以上。\n"
    )
    done = _by_value(ex, "2160人次")
    assert (done.period.start, done.period.end) == ("2024-01-01", "2024-12-31")
    plan = _by_value(ex, "2500人次以上")
    assert (plan.period.start, plan.period.end) == ("2025-01-01", "2025-12-31")


def test_a_reprint_dated_only_by_its_print_line_reports_that_year():
    ex = tradeie.extract(
        "大众网 > 山东新闻 > 经济 > 正文\n\n上半年全省外贸进出口增长5.2%\n\n07-23 07:12　来源：大众日报\n\n"
        "　　“上半年，全省外贸进出口16842.6亿元，同比增长5.2%。”省商务厅负责人介绍。\n\n"
        "本文刊发于《大众日报》2025年7月23日第3版\n"
    )
    m = _by_value(ex, "16842.6亿元")
    assert (m.period.start, m.period.end) == ("2025-01-01", "2025-06-30")


def test_a_sectioned_analysis_whose_lead_alone_writes_the_year_takes_it():
    ex = tradeie.extract(
        "沂水县商务局关于一季度全县商贸流通运行情况的分析\n\n"
        "2025年一季度，全县商务系统围绕提振消费目标，统筹开展促消费活动，商贸流通运行总体平稳。\n\n"
        "一、主要指标运行情况\n\n一季度，全县实现社会消费品零售总额58.6亿元，同比增长5.1%。\n\n"
        "二、存在的问题\n\n一季度，全县限额以上单位消费品零售额41.3亿元，增长6.9%。\n"
    )
    m = _by_value(ex, "41.3亿元")
    assert (m.period.start, m.period.end) == ("2025-01-01", "2025-03-31")


def test_a_word_table_one_cell_per_line_with_a_blank_merged_unit_cell_keeps_its_rows():
    ex = tradeie.extract(
        "沂州市商务局\n商务运行月报\n2025年8月14日\n\n一、主要指标完成情况\n\n表1　1-7月全市商务主要指标\n"
        "指标\n单位\n本月\n1-7月累计\n同比±%\n社会消费品零售总额\n亿元\n152.6\n1068.4\n5.2\n"
        "货物进出口总额\n亿元\n138.7\n912.5\n7.8\n其中：出口\n亿元\n112.4\n746.3\n9.1\n　　　进口\n\n26.3\n166.2\n2.3\n"
        "新设外资企业\n家\n9\n71\n-6.6\n注：同比为1-7月累计同比。\n"
    )
    m = _by_value(ex, "166.2")
    assert m.value.normalized == Decimal("16620000000") and m.change.percent == Decimal("2.3")
    assert _by_value(ex, "71").value.base_unit == "家"


def test_a_post_of_reposted_items_each_with_a_source_line_under_its_title_credits_each_item():
    ex = tradeie.extract(
        "外贸速递｜上半年全国、全省、本区外贸成绩单来了！\n\n原创 沂河商务 沂河商务 2025年07月16日 18:05 山东\n\n"
        "🌏🌏🌏 全国篇 🌏🌏🌏\n\n上半年我国货物贸易进出口21.79万亿元 同比增长2.9%\n\n来源：新华社\n\n"
        "今年上半年，我国货物贸易进出口21.79万亿元，同比增长2.9%。\n\n"
        "从贸易方式看，上半年一般贸易进出口13.7万亿元，增长3.4%。\n\n➖➖➖➖➖➖➖➖\n\n"
        "🏞🏞🏞 全省篇 🏞🏞🏞\n\n上半年全省外贸进出口1.65万亿元 规模居全国第六\n\n来源：山东省商务厅\n\n"
        "今年上半年，全省货物贸易进出口1.65万亿元，增长4.1%。\n\n"
        "从贸易方式看，上半年全省一般贸易进出口1.08万亿元，增长5.2%。\n"
    )
    assert _by_value(ex, "13.7万亿元").source.name == "新华社"
    assert _by_value(ex, "1.08万亿元").source.name == "山东省商务厅"


def test_a_charts_axis_ticks_are_no_table_cells_but_a_word_tables_bare_counts_are():
    from tradeie.layout import analyse

    chart = analyse(
        "6月，我国出口同比增长5.8%。\n\n图1：出口、进口当月同比（%）\n出口:当月同比 进口:当月同比\n40\n30\n20\n10\n0\n-10\n"
        "2024-06 2024-09 2024-12 2025-03 2025-06\n资料来源：海关总署\n"
    )
    kept = {ln.clean for p in chart.paragraphs for ln in p.lines}
    assert not kept & {"30", "20", "10"}
    table = analyse("表1　受访企业基本情况\n企业类型\n样本数（家）\n占比（%）\n民营企业\n486\n79.4\n国有企业\n28\n4.6\n")
    assert {"486", "28"} <= {ln.clean for p in table.paragraphs for ln in p.lines}


def test_a_data_sections_untitled_heading_line_governs_its_parts_over_the_editors_note():
    ex = tradeie.extract(
        "沂州服务贸易简报\n\n2025年第9期（总第35期）\n\n沂州市服务贸易协会编　　　　　　　　　　　　9月19日\n\n"
        "本期要目\n◆ 数据月报：1—8月全市服务外包运行情况\n◆ 行业资讯：商务部介绍1—7月服务贸易发展情况\n\n"
        "────────────────────────────\n\n"
        "编者按：今年以来，面对外部需求波动等挑战，我市服务外包企业积极开拓市场，总体保持平稳增长。\n\n"
        "────────────────────────────\n\n"
        "【数据月报】\n\n1—8月全市服务外包运行情况\n\n一、总体情况\n\n1—8月，全市承接服务外包合同额98735.6万美元，同比增长21.6%。\n\n"
        "二、业务结构\n\n离岸执行额中，信息技术外包（ITO）执行额18236.4万美元，同比增长14.8%；业务流程外包（BPO）执行额9874.1万美元，同比增长8.9%。\n\n"
        "【行业资讯】\n\n商务部介绍1—7月服务贸易发展情况\n\n1—7月，我国服务进出口总额43286.7亿元，同比增长8.6%。\n\n"
        "【协会动态】\n\n协会举办服务外包实务培训班\n\n协会举办服务外包实务培训班，会员单位86名业务骨干参加。\n"
    )
    for quote in ("18236.4万美元", "9874.1万美元"):
        m = _by_value(ex, quote)
        assert (m.period.start, m.period.end) == ("2025-01-01", "2025-08-31"), quote
    trained = _by_value(ex, "86名")
    assert trained.period is None or trained.period.text != "1—8月"  # (the next bracketed section: not its heading line's)


def test_a_city_accounts_meeting_news_reports_the_city_its_account_is_named_after():
    ex = tradeie.extract(
        "陈立明主持召开市政府第38次常务会议\n\n原创 沂江融媒 沂江发布 2025年06月12日 21:06 江西\n\n"
        "6月12日下午，市长陈立明主持召开市政府第38次常务会议。\n\n"
        "会议听取了1—5月全市经济运行情况的汇报。1—5月，全市地区生产总值增长5.6%，外贸进出口完成86.4亿元，同比增长7.2%。\n\n"
        "会议强调，沂江市要坚定信心、真抓实干，确保全年目标任务顺利完成。\n"
    )
    assert _by_value(ex, "86.4亿元").subject == "沂江市"


def test_a_provinces_site_reposting_the_ministrys_national_release_reports_the_nation():
    ex = tradeie.extract(
        "浙江省商务厅\nDepartment of Commerce of Zhejiang Province\n\n当前位置：首页 > 政务公开 > 商务动态 > 国内外动态\n\n"
        "商务部公布1—10月我国服务贸易发展情况\n\n发布时间：2025-11-28 09:12　　信息来源：商务部网站\n\n"
        "　　商务部服务贸易和商贸服务业司负责人介绍，今年1—10月，我国服务贸易规模持续扩大。\n\n"
        "　　一、服务进出口总体情况\n\n　　1—10月，服务进出口总额63425.8亿元，同比增长6.2%。\n\n"
        "　　二、知识密集型服务贸易\n\n　　1—10月，知识密集型服务进出口27364.1亿元，同比增长7.4%。\n"
    )
    for quote in ("63425.8亿元", "27364.1亿元"):
        assert _by_value(ex, quote).subject == "中国", quote


def test_a_story_dated_by_its_papers_print_line_or_its_leads_day():
    printed = tradeie.extract(
        "人民网 > 财经 > 正文\n\n外资结构持续优化\n\n　　上半年，全国新设立外商投资企业30014家，同比增长11.7%。\n\n"
        "　　《 人民日报 》（ 2025年07月19日　 第 02 版）\n"
    )
    m = _by_value(printed, "30014家")
    assert (m.period.start, m.period.end) == ("2025-01-01", "2025-06-30")
    led = tradeie.extract(
        "沂河新闻网 > 新闻 > 沂河要闻\n\n稳订单 拓市场 优服务\n——区政府召开外贸企业座谈会\n\n"
        "沂河新闻网讯（记者 何静）2024年4月25日下午，区政府召开外贸企业座谈会，听取企业意见建议。\n\n"
        "一季度，全区外贸进出口58.3亿元，同比增长9.4%。\n"
    )
    n = _by_value(led, "58.3亿元")
    assert (n.period.start, n.period.end) == ("2024-01-01", "2024-03-31")


def test_an_annual_reports_edition_year_is_not_the_year_its_text_reviews():
    ex = tradeie.extract(
        "沂州省商务发展报告\n2025\n\n沂州省商务厅　编\n二〇二五年六月\n\n\n沂州省商务发展报告 2025\n\n第一章　对外贸易\n\n"
        "一、货物贸易规模再创新高\n\n　　2024年，面对外需收缩、贸易摩擦加剧等多重挑战，全省货物贸易进出口7162.5亿元，比上年增长9.6%。\n\n"
        "二、贸易结构持续优化\n\n　　从贸易方式看，一般贸易进出口5083.9亿元，增长10.2%。\n\n"
        "第二章　对外投资合作\n\n三、对外投资稳步增长\n\n　　全年全省对外直接投资18.6亿美元，增长7.5%。\n\n"
        "四、对外承包工程\n\n　　年末全省在外各类劳务人员2.36万人。\n"
    )
    m = _by_value(ex, "18.6亿美元")
    assert (m.period.start, m.period.end) == ("2024-01-01", "2024-12-31")
    n = _by_value(ex, "2.36万人")
    assert (n.period.start, n.period.end) == (None, "2024-12-31")
    from tradeie.layout import analyse
    from tradeie.metrics.document import _reference
    from tradeie.segment import segment

    assert _reference(segment(analyse(ex.text)), None)[1] == 2024  # (not the edition's 2025 nor the cover's month)


def test_a_story_headlined_with_a_zone_after_its_period_reports_the_zone():
    ex = tradeie.extract(
        "沂州日报网 > 新闻 > 经济 > 正文\n\n2024年上半年沂州高新区招商引资交出亮眼“成绩单”\n\n"
        "来源：沂州日报　　作者：记者 何晓雯\n\n"
        "　　上半年，高新区实际使用外资2.86亿美元，同比增长19.2%，占全市的41.6%。\n\n"
        "　　高新区新设外资企业41家，同比增长28.1%。高新区坚持以商招商，高新区签约项目协议总投资538.2亿元。\n"
    )
    assert _by_value(ex, "2.86亿美元").subject == "沂州高新区"
    assert _by_value(ex, "41家").subject == "沂州高新区"


def test_markets_listed_over_half_width_commas_before_respectively_each_take_a_figure():
    ex = tradeie.extract(
        "西安海关新闻稿\n\n    西安海关发布数据显示:今年前11个月,陕西省货物贸易进出口6962.5亿元,同比下降3.1%。\n\n"
        "    三、对东盟进出口保持较快增长。前11个月,陕西省对东盟进出口1186.7亿元,增长8.4%。同期,对美国,欧盟,韩国,日本"
        "分别进出口1395.3亿元,1212.8亿元,512.4亿元,286.5亿元,增速分别为-6.8%,-1.2%,9.5%和3.7%。\n"
    )
    for quote, market in (("1395.3亿元", "美国"), ("1212.8亿元", "欧盟"), ("512.4亿元", "韩国"), ("286.5亿元", "日本")):
        m = _by_value(ex, quote)
        assert (m.subject, m.dimensions.get("market")) == ("陕西省", market), quote
    assert _by_value(ex, "286.5亿元").change.percent == Decimal("3.7")


def test_a_firm_count_in_the_ministrys_registration_system_is_not_the_city_in_the_ministry():
    ex = tradeie.extract(
        "沂江市服务外包简报\n\n　　截至去年底，全市在商务部服务外包业务管理和统计系统登记的企业1789家，从业人员21.06万人。\n\n"
        "注：实际使用外资按商务部外资统计口径。\n"
    )
    assert _by_value(ex, "1789家").source.name == "商务部"


def test_a_paragraph_turning_to_this_year_under_a_title_of_last_year_dates_its_quarter_this_year():
    ex = tradeie.extract(
        "《沂海数字贸易》\n第 4 期\n沂海市数字贸易促进会秘书处\n\n【行业资讯】\n"
        "2024年山东省数字贸易规模突破千亿元\n"
        "　　记者从山东省商务厅获悉，2024年，全省可数字化交付的服务进出口达到1086.5亿元，同比增长9.7%。\n"
        "　　今年以来，全省数字贸易继续保持良好势头。一季度，全省可数字化交付的服务进出口276.4亿元，同比增长8.5%。\n"
        "（来源：大众日报）\n\n　　　　沂海市数字贸易促进会秘书处\n　　　　2025年4月25日\n"
    )
    last_year = _by_value(ex, "1086.5亿元")
    assert (last_year.period.start, last_year.period.end) == ("2024-01-01", "2024-12-31")
    quarter = _by_value(ex, "276.4亿元")
    assert (quarter.period.start, quarter.period.end) == ("2025-01-01", "2025-03-31")


def test_a_month_said_in_a_later_clause_dates_neither_the_figure_before_it_nor_the_next_clause():
    ex = tradeie.extract(
        "【数据月报】\n一季度全市服务贸易运行简况\n"
        "　　一季度，全市服务进出口总额完成58.4亿元，同比增长12.6%。\n"
        "　　从领域看，旅行服务进出口10.3亿元，同比增长35.1%，3月当月旅行服务进出口4.1亿元，环比增长27.8%；"
        "电信、计算机和信息服务进出口8.7亿元，同比增长22.4%。\n\n　　　　沂海市商务局\n　　　　2025年4月25日\n"
    )
    for quote in ("10.3亿元", "8.7亿元"):
        m = _by_value(ex, quote)
        assert (m.period.start, m.period.end) == ("2025-01-01", "2025-03-31"), quote
    month = _by_value(ex, "4.1亿元")
    assert (month.period.start, month.period.end) == ("2025-03-01", "2025-03-31")


def test_a_meeting_reporting_the_associations_work_names_no_body_of_its_own():
    ex = tradeie.extract(
        "沂海市数字贸易协会\n数字贸易简报\n\n【协会动态】\n\n● 协会召开2025年第二次会长办公会议\n\n"
        "　　6月18日，沂海市数字贸易协会2025年第二次会长办公会议召开。会议通报了上半年协会工作情况：今年以来，"
        "协会新发展会员单位23家，会员总数达到186家；组织开展政策宣讲等活动9场。\n"
    )
    assert _by_value(ex, "186家").subject == "沂海市数字贸易协会"


def test_a_table_of_zones_reports_each_zones_own_figures():
    ex = tradeie.extract(
        "沂北省商务厅\n\n2024年全省综合保税区进出口情况通报\n\n各市州商务局：\n　　现将2024年全省综合保税区进出口情况通报如下。\n\n"
        "                                      单位：亿元、%\n"
        "序号  综合保税区名称            12月     同比     1—12月      同比     占全省\n"
        "                                进出口            累计进出口           比重\n"
        "1     武汉东湖综合保税区        52.35    22.6     511.27      14.2     37.0\n"
        "2     襄阳综合保税区            14.73    -3.8     152.48      4.1      9.2\n"
        "      合计                      168.47   21.6     1382.38     14.2     100\n"
    )
    m = _by_value(ex, "511.27")
    assert m.subject == "武汉东湖综合保税区"
    assert "进出口" in m.indicator and m.indicator != "武汉东湖综合保税区"
    assert _by_value(ex, "152.48").subject == "襄阳综合保税区"


def test_a_pilot_free_trade_zones_area_or_the_zone_defined_by_its_short_name_is_whose_figures():
    area = tradeie.extract(
        "上半年“成绩单”来了！川南临港片区主要指标稳中向好\n原创 泸州自贸区 川南临港自贸区\n\n"
        "2025年上半年，中国（四川）自由贸易试验区川南临港片区（以下简称“片区”）坚持改革创新。\n\n"
        "上半年，片区新设企业1226户，同比增长9.8%。\n"
    )
    assert _by_value(area, "1226户").subject == "川南临港片区"
    province = tradeie.extract(
        "河南省商务厅\nDepartment of Commerce of Henan Province\n首页 > 新闻中心 > 自贸试验区 > 工作动态\n\n"
        "2024年河南自贸试验区建设发展情况综述\n\n发布时间：2025-02-14 09:30　　信息来源：省自贸办\n\n"
        "　　2024年，中国（河南）自由贸易试验区（以下简称“河南自贸试验区”）深入实施自贸试验区提升战略。"
        "外贸方面，全年实现进出口总额1412.6亿元，同比增长4.9%。\n"
    )
    assert _by_value(province, "1412.6亿元").subject == "中国（河南）自由贸易试验区"


def test_a_table_titled_with_a_citys_pilot_zone_area_holds_the_areas_figures():
    ex = tradeie.extract(
        "沂南市商务局文件\n\n关于2024年上半年自由贸易试验区长沙片区建设情况的报告\n\n市人民政府：\n"
        "    上半年，长沙片区新设企业3865家，同比增长12.6%。\n\n表 1  2024 年上半年长沙片区主要指标完成情况\n\n"
        "指标名称              单位      1-6 月    同比增长(%)   占全市比重(%)\n"
        "进出口总额            亿元      486.2     9.8           34.1\n"
        "税收收入              亿元      68.9      4.2           29.6\n"
    )
    assert _by_value(ex, "486.2").subject == "长沙片区"


def test_a_month_said_after_of_which_leaves_the_breakdown_after_it_to_the_quarter():
    ex = tradeie.extract(
        "沂西省统计局\n\n2025年一季度全省经济运行情况\n\n　　三、工业生产\n\n"
        "　　全省规模以上工业增加值同比增长7.2%，比上年全年加快0.3个百分点。其中，3月份增长7.9%。"
        "分门类看，制造业增加值增长7.6%。\n"
    )
    m = next(x for x in ex.metrics if x.change is not None and x.change.percent == Decimal("7.6"))
    assert (m.period.start, m.period.end) == ("2025-01-01", "2025-03-31")


def test_a_contracts_amount_after_their_count_is_the_amount_of_that_kind_of_contract():
    ex = tradeie.extract(
        "商务部服务贸易和商贸服务业司\n\n2024年全国技术进出口情况\n\n"
        "　　2024年，全国共登记技术引进合同7038份，同比下降3.2%；合同金额351.62亿美元，同比增长2.8%。\n"
    )
    m = _by_value(ex, "351.62亿美元")
    assert m.indicator.startswith("技术引进") and "合同金额" in m.indicator


def test_a_unit_line_listing_one_percent_for_several_rate_columns():
    ex = tradeie.extract(
        "沂东省商务厅\n\n　　表1　2024年全省各市境外投资备案情况\n　　单位：家、万美元、%\n\n"
        "　　地  区　　企业数　　中方投资备案额　　同比增长　　占全省比重\n"
        "　　全  省　　1036　　　1382600　　　　　9.3　　　　100.0\n"
        "　　杭州市　　326　　　 412380　　　　　12.6　　　　29.8\n"
    )
    m = _by_value(ex, "412380")
    assert (m.value.normalized, m.value.base_unit) == (Decimal("4123800000"), "USD")
    assert m.change.percent == Decimal("12.6") and m.share.percent == Decimal("29.8")
    assert _by_value(ex, "326").value.base_unit == "家"


def test_a_headline_naming_a_provinces_ports_after_last_year_names_no_port():
    ex = tradeie.extract(
        "新疆日报 > 经济\n\n去年经新疆口岸进出境中欧（中亚）班列达15486列\n\n"
        "　　本报乌鲁木齐1月13日讯　13日，记者从中国铁路乌鲁木齐局集团有限公司获悉，2024年，经阿拉山口、霍尔果斯两大铁路口岸"
        "进出境的中欧（中亚）班列达15486列，同比增长9.7%，运送货物164.2万标准箱，同比增长12.5%。"
        "其中，阿拉山口口岸通行班列8600列，霍尔果斯口岸通行班列6886列。\n"
    )
    m = _by_value(ex, "15486列")
    assert "口岸" not in m.subject and "记者" not in m.subject


def test_a_headline_opening_with_its_months_and_a_comma_names_its_zone():
    ex = tradeie.extract(
        "1—7月，新郑综保区外贸“成绩单”来了！\n\n原创  新郑综保区发布  郑州航空港区\n\n"
        "来源：郑州航空港经济综合实验区综合保税区管理局\n\n"
        "　　记者从新郑综保区管理局获悉，1—7月，新郑综合保税区完成进出口2441.8亿元，同比增长8.7%。\n\n"
        "　　7月当月，综保区完成进出口401.5亿元，环比增长9.4%。分方向看，1—7月，综保区出口1553.2亿元。\n"
    )
    assert _by_value(ex, "1553.2亿元").subject in ("新郑综保区", "新郑综合保税区")


def test_a_data_briefs_footer_host_is_its_source_when_nothing_else_names_one():
    ex = tradeie.extract(
        "沂海贸促·数据速递\n2025年第10期\n发布日期：2025-10-15　　编辑：刘佳宁\n\n"
        "前三季度我市原产地证书签证业务稳中有升\n\n"
        "今年1-9月，沂海市贸促会共签发各类原产地证书9.46万份，同比增长8.7%；签证金额53.8亿美元，同比增长5.9%。\n\n"
        "——————————\n咨询热线 Hotline：0532-83891166\n地址 Address：沂海市市南区香港中路56号\n"
        "主办：沂海市贸促会原产地证书签证中心\n欢迎转载，转载请注明来源“沂海贸促”。\n"
    )
    assert _by_value(ex, "53.8亿美元").source.name == "沂海市贸促会原产地证书签证中心"


def test_a_trade_mode_written_with_yi_fangshi_and_the_goods_carried_to_the_next_mode():
    ex = tradeie.extract(
        "沂海海关\n\n上半年全省原油进口情况\n\n　　上半年，全省进口原油6138.2万吨，增长1.1%。\n\n"
        "　　从贸易方式看，以一般贸易方式进口原油4587.1万吨，下降6.2%；以保税物流方式进口1351.1万吨，增长1.1%。\n\n"
        "　　马来西亚、俄罗斯为前两大来源地，上半年自上述两国分别进口原油1635.8万吨和1106.3万吨。\n"
    )
    general = _by_value(ex, "4587.1万吨")
    assert (general.dimensions.get("trade_mode"), general.dimensions.get("product")) == ("一般贸易", "原油")
    bonded = _by_value(ex, "1351.1万吨")
    assert (bonded.dimensions.get("trade_mode"), bonded.dimensions.get("product")) == ("保税物流", "原油")
    assert not _by_value(ex, "1635.8万吨").indicator.startswith("分别")



def test_a_communique_abridged_on_a_papers_page_reports_its_own_year():
    ex = tradeie.extract(
        '沂浦日报\nYIPU DAILY\n2025年3月28日\u3000星期五\u3000乙巳年二月廿九\n国内统一连续出版物号：CN33-0112\u3000'
        '\u3000第8231期\u3000\u3000今日8版\n\n第03版：专版\n\n2024年沂浦市国民经济和社会发展统计公报（摘要）\n\n沂浦市统计局\u3000\u3000国'
        '家统计局沂浦调查队\n\n\u3000\u30002024年，面对外部环境变化带来的不利影响，全市上下坚持以“项目攻坚、开放提升”为抓手，全力以'
        '赴稳经济、促转型、惠民生，经济运行呈现回升向好态势，开放型经济规模再上新台阶。\n\n\u3000\u3000一、综合\n\n\u3000\u3000初步核算，全年全市'
        '实现地区生产总值1186.7亿元，按可比价计算，比上年增长6.4%。其中，第一产业增加值28.6亿元，增长2.9%；第二'
        '产业增加值642.3亿元，增长7.1%；第三产业增加值615.8亿元，增长5.8%。按户籍人口计算，人均地区生产总值17'
        '.42万元。年末全市户籍人口73.84万人，常住人口102.6万人。\n\n\u3000\u3000二、开放型经济\n\n\u3000\u3000外贸规模再创新高。据沂'
        '浦海关统计，全年全市货物进出口总额865.42亿元，比上年增长9.6%，总量居全省县（市）第7位。其中，出口额712.5'
        '8亿元，增长11.3%，占全市进出口总额的82.3%；进口额152.84亿元，增长2.2%。全年外贸顺差559.74亿元'
        '，比上年扩大69.06亿元。\n\n\u3000\u3000市场布局持续优化。对欧盟、美国、东盟出口分别为186.42亿元、153.27亿'
    )
    m = _by_value(ex, "1186.7亿元")
    assert (m.period.start, m.period.end) == ("2024-01-01", "2024-12-31")


def test_a_web_pages_bare_time_stamp_over_its_reporting_lines_dates_it():
    ex = tradeie.extract(
        "闽海新闻网 > 财经频道 > 数据观察 > 正文\n\n前三季度福建九市外贸“成绩单”出炉\n\n来源：海峡商报  记者 林晓岚\n\n"
        "【导读】九个设区市外贸规模和增速排位如何？本报记者对照海关和统计部门数据进行了梳理。\n\n"
        "记者昨日从福州海关获悉，今年前三季度，我省货物贸易进出口1.36万亿元，同比增长4.2%。\n\n一、厦门独占近半\n\n"
        "分设区市看，厦门进出口6012.5亿元，同比增长2.6%。\n\n"
        "（责任编辑：郑一帆）\n\n2025-10-29 07:45:12\n\n【纠错】  【打印】  【关闭】\n\n"
        "本网新闻热线：0591-87095000  违法和不良信息举报电话：0591-87095110\n闽ICP备05012345号  闽公网安备 35010202000123号\n"
    )
    m = _by_value(ex, "1.36万亿元")
    assert (m.period.start, m.period.end) == ("2025-01-01", "2025-09-30")


def test_a_bracketed_signature_over_the_distribution_list_names_the_provinces_department():
    ex = tradeie.extract(
        "广西跨境电商工作简报\n\n第 7 期\n\n广西壮族自治区商务厅电子商务和信息化处编\n\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n广西跨境电商发展情况\n\n　　上半年，广西跨境电商进出口312.6亿元，同比增长18.2%，广西对东盟跨境电商进出口增长21.5%。\n\n"
        "　　一、主要做法\n\n　　（一）强化政策支持。出台跨境电商高质量发展若干措施，支持企业拓展东盟市场。\n\n"
        "　　（二）完善物流通道。加密中越跨境公路运输线路，提升通关效率。\n\n"
        "　　二、下一步工作\n\n　　持续推动跨境电商与产业带融合发展，培育龙头企业。\n\n"
        "（自治区商务厅电子商务和信息化处  2024 年 8 月 9 日）\n\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
        "报：商务部电子商务司，自治区人民政府办公厅\n\n送：各设区市人民政府\n\n                              — 2 —\n"
    )
    m = _by_value(ex, "312.6亿元")
    assert m.source.name == "广西壮族自治区商务厅电子商务和信息化处"
    assert (m.period.start, m.period.end) == ("2024-01-01", "2024-06-30")


def test_a_last_articles_plain_source_line_over_the_distribution_list_is_not_the_briefs():
    ex = tradeie.extract(
        "宁海商务简报\n第8期\n\n一、本地动态\n\n1.1 上半年全市服务贸易稳步增长\n\n"
        "上半年，全市服务进出口986.5亿元，同比增长9.2%。\n\n（来源：宁海市商务局）\n\n"
        "二、外部资讯\n\n2.1 商务部：上半年我国服务贸易规模再创新高\n\n"
        "商务部最新数据显示，2025年1—6月，我国服务进出口总额37417.3亿元，同比增长7.6%。\n\n来源：商务部网站\n\n"
        "报：省商务厅，市委、市政府领导\n送：市级有关部门\n联系人：陈晓雯　　电话：0574-89186235\n"
    )
    assert _by_value(ex, "986.5亿元").source.name == "宁海市商务局"


def test_a_county_with_a_one_character_name_is_whose_countywide_figures():
    ex = tradeie.extract(
        "泾县人民政府\n首页 > 信息公开 > 部门信息公开 > 县商务局 > 规划计划\n\n泾县商务局工作总结及明年工作打算\n\n"
        "文章来源：县商务局    点击数：628    【字体：大 中 小】【打印】\n\n"
        "    今年以来，县商务局各项工作有序推进。\n\n    一、今年工作完成情况\n\n"
        "    1.外贸进出口。1-10月，全县完成外贸进出口17.62亿元，同比增长10.4%。\n"
    )
    assert _by_value(ex, "17.62亿元").subject == "泾县"


def test_a_headline_opening_with_a_quarter_and_the_word_park_names_no_park():
    ex = tradeie.extract(
        "三季度园区服务外包数据出炉！离岸执行额前十强企业名单来了\n\n软件园观察  软件园观察\n\n"
        "近日，园区经济运行部发布了前三季度园区服务外包统计数据。前三季度，沂门软件园服务外包企业实现合同签约额8.74亿美元，"
        "同比增长12.3%；执行额6.26亿美元，同比增长10.8%。\n\n园区离岸执行额3.12亿美元，同比增长13.5%。\n"
    )
    assert "季度" not in (_by_value(ex, "3.12亿美元").subject or "")


def test_a_class_of_firms_just_counted_is_whose_summed_or_banded_exports():
    ex = tradeie.extract(
        "沂溪市商务局\n\n1-5月全市外贸运行情况\n\n"
        "　　1-5月，全市年进出口额2000万美元以上的规上外贸企业共487家，比去年同期增加23家，合计出口381.25亿元，同比增长10.8%。"
        "其中，年出口额超1亿美元的重点企业38家，合计出口153.71亿元，同比增长14.2%；"
        "年出口额5000万美元至1亿美元的骨干企业61家，出口84.36亿元，同比增长8.5%。\n\n"
        "　　1-5月，全市新设外资企业36家，实际使用外资2.6亿美元。\n"
    )
    assert "规上" in _by_value(ex, "381.25亿元").indicator
    assert "重点企业" in _by_value(ex, "153.71亿元").indicator
    assert "骨干企业" in _by_value(ex, "84.36亿元").indicator
    assert "新设" not in _by_value(ex, "2.6亿美元").indicator


def test_a_city_abroad_members_visited_is_not_the_chambers_home():
    ex = tradeie.extract(
        "白沟新城箱包商会\n会员简讯\n第7期\n白沟新城箱包商会秘书处                      内部交流  注意保存\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n◆ 1—7月白沟箱包出口稳中向好\n\n"
        "据石家庄海关驻白沟新城办事处统计，1—7月，白沟新城箱包出口46625万美元，同比增长7.84%。\n\n"
        "◆ 商会组团赴阿拉木图参展\n\n近日，商会组织32家会员企业赴哈萨克斯坦阿拉木图，参加在阿拉木图举办的商品展览会，"
        "阿拉木图及周边地区采购商踊跃到场，意向成交额达1260万美元。\n"
    )
    assert _by_value(ex, "46625万美元").subject != "阿拉木图"



def test_a_growth_rate_said_to_be_only_or_about_a_figure_is_a_change():
    ex = tradeie.extract(
        "财联社7月14日电，海关总署今日公布数据显示，去年7月，我国出口（美元计）同比增速仅为0.9%。"
        "分析师预计全年出口（美元计）增速在4.5%左右。\n"
    )
    for pct in ("0.9", "4.5"):
        m = next(x for x in ex.metrics if x.change is not None and x.change.percent == Decimal(pct))
        assert m.value is None and m.change.direction == "up", pct


def test_a_bracketed_sections_closing_source_over_its_numbered_parts_after_a_contents_list():
    ex = tradeie.extract(
        "沂鲁数字贸易简报\r\n2025年第10期（总第46期）\r\n\r\n沂鲁市数字贸易行业协会　　　　　　2025年10月20日\r\n\r\n"
        "本期要目\r\n1.前三季度全市外贸运行情况\r\n2.前三季度全市跨境电商发展情况\r\n3.协会组团参加对接会\r\n\r\n"
        "【数据月报】\r\n\r\n一、前三季度全市外贸运行情况\r\n\r\n"
        "　　据沂鲁海关统计，前三季度，全市货物贸易进出口总额52.43亿美元，同比增长12.6%。\r\n"
        "　　对中亚五国进出口31亿美元，同比增长11.5%。\r\n\r\n二、前三季度全市跨境电商发展情况\r\n\r\n"
        "　　前三季度，全市跨境电商进出口48.6亿元人民币，同比增长32.8%。\r\n（来源：沂鲁海关、沂鲁市商务局）\r\n\r\n"
        "【协会动态】\r\n\r\n三、协会组团参加对接会\r\n\r\n　　9月，协会组织12家会员企业参加对接会。\r\n"
    )
    assert _by_value(ex, "31亿美元").source.name == "沂鲁海关"


def test_a_news_apps_foot_date_over_its_staff_and_registration_lines_dates_the_story():
    ex = tradeie.extract(
        '南方+\n首页 > 经济 > 外贸\n\n沂粤前4个月外贸进出口2.68万亿元\n出口增长7.1%，民营企业进出口占比升至58%'
        '\n\n南方+记者 郑颖岚  通讯员 粤关宣\n浏览量 3.6万    字号：大  中  小    分享到：\n\n记者从海关总署'
        '沂粤分署获悉，今年前4个月，沂粤外贸进出口2.68万亿元，同比增长4.2%，规模占全国同期的20.4%，外贸规模连续39'
        '年居全国首位。其中，出口1.84万亿元，增长7.1%；进口1.04万亿元，下降0.6%。4月当月，沂粤进出口7652.3'
        '亿元，增长5.9%，环比增长9.8%，月度规模创今年以来新高。\n\n（南方+记者 郑颖岚）\n\n来源：南方+  2025-0'
        '5-21 09:15\n责任编辑：曾蔚   校对：林可\n南方报业传媒集团南方+客户端  粤ICP备05070829号\n'
    )
    m = next(x for x in ex.metrics if x.value is not None and "2.68" in x.value.text)
    assert (m.period.start, m.period.end) == ("2025-01-01", "2025-04-30")


def test_an_editors_note_naming_who_provided_the_export_data_sources_the_exports():
    ex = tradeie.extract(
        "小家电出口监测简报\n\n第2期\n\n沂溪市家用电器行业协会秘书处编\n\n"
        "　　【编者按】本简报根据沂溪海关提供的出口数据和协会对会员企业的订单调查编写，供会员单位参考。\n\n"
        "一、今年前两个月全市家电出口开局平稳\n\n"
        "　　据沂波海关所属沂溪海关统计，今年前两个月，全市家电产品出口61.82亿元，同比增长4.6%。\n\n"
        "　　受春节假期因素影响，2月当月全市家电出口26.64亿元，同比下降9.37%。\n"
    )
    assert _by_value(ex, "26.64亿元").source.name == "沂溪海关"


def test_a_speaker_introduced_by_post_and_name_with_a_colon_gives_their_bodys_figures():
    ex = tradeie.extract(
        "沂州省人民政府网 > 新闻发布 > 发布会实录\n\n2025年一季度沂州省经济运行情况新闻发布会\n\n"
        "发布时间：2025-04-22 15:42　信息来源：省政府新闻办\n\n"
        "【发 布 人】省统计局党组成员、副局长 冉光明\n【主 持 人】省政府新闻办副主任 罗俊\n\n"
        "主持人 罗俊：\n　　女士们、先生们，上午好！\n\n省统计局党组成员、副局长 冉光明：\n"
        "　　各位媒体朋友，大家上午好！下面，我向大家通报一季度全省经济运行情况。\n"
        "　　一是工业生产较快增长。一季度，全省规模以上工业增加值同比增长7.4%。\n"
    )
    m = next(x for x in ex.metrics if x.change is not None and x.change.percent == Decimal("7.4"))
    assert m.source.name.endswith("省统计局")


def test_a_port_groups_table_under_dashed_spanning_headers_reads_each_measure_and_its_total_row():
    ex = tradeie.extract(
        "沂湾港口集团有限公司\n生产快报\n2025年第6期\n\n二、分港区完成情况\n\n"
        "表1  2025年6月分港区主要生产指标\n                                 单位：万吨，万标准箱，%\n"
        "            ------货物吞吐量-------   -----集装箱吞吐量------\n"
        "港  区      6月       同比           6月      同比\n"
        "东湾港区    1532.6    5.6            30.2     11.2\n"
        "西岭港区    1108.4    3.0            14.6     7.2\n"
        "集团合计    2641.0    4.5            44.8     9.8\n"
    )
    cargo = _by_value(ex, "1108.4")
    assert cargo.indicator == "货物吞吐量" and cargo.subject == "西岭港区"
    assert _by_value(ex, "14.6").indicator == "集装箱吞吐量"
    total = _by_value(ex, "2641.0")
    assert total.indicator == "货物吞吐量" and total.subject != "集团合计"


def test_a_port_area_opening_its_sentence_is_whose_figures_and_shares_they_are():
    ex = tradeie.extract(
        "沂湾港口集团有限公司\n生产快报\n2025年第6期\n\n"
        "    上半年，集团累计完成货物吞吐量21106.5万吨，同比增长3.2%。\n"
        "    东湾港区继续发挥主枢纽作用，上半年完成货物吞吐量8804.1万吨，占集团总量的41.7%。"
        "南塘港区受新泊位投产带动，6月份货物吞吐量同比增长7.9%。\n"
    )
    assert _by_value(ex, "8804.1万吨").subject == "东湾港区"
    m = next(x for x in ex.metrics if x.change is not None and x.change.percent == Decimal("7.9"))
    assert m.subject == "南塘港区"


def test_an_airport_by_its_name_opening_the_figures_is_whose_they_are_not_its_operator():
    ex = tradeie.extract(
        "沂川机场集团有限公司\n首页 | 新闻中心\n\n5月沂川国际机场货邮吞吐量同比增长18.6%\n\n"
        "发布时间：2025-06-09 10:26    来源：集团运营管理部\n\n"
        "    6月9日，记者从沂川机场集团获悉，5月份，沂川国际机场完成旅客吞吐量312.46万人次，同比增长6.8%；"
        "完成货邮吞吐量6.53万吨，同比增长18.6%。\n"
    )
    assert _by_value(ex, "6.53万吨").subject == "沂川国际机场"


def test_an_outlets_digest_compiled_from_a_group_reports_the_groups_figures():
    ex = tradeie.extract(
        "前5个月沂城港集装箱吞吐量增长11.3%\n\n原创  港航观察编辑部  港航观察\n\n"
        "前5个月，集团完成集装箱吞吐量98.6万标准箱，同比增长11.3%。\n\n来源：港航观察综合自沂城港务集团\n"
    )
    assert _by_value(ex, "98.6万标准箱").subject == "沂城港务集团"


def test_a_filings_short_name_after_a_purpose_clause_is_the_company_alone():
    from tradeie.metrics.phrases import company_name

    assert company_name("为便于广大投资者及时了解沂泰港口股份有限公司") == "沂泰港口股份有限公司"


def test_a_municipalitys_district_bureau_makes_its_district_the_home_region():
    ex = tradeie.extract(
        "沂北区商务运行月度快报\n第5期\n\n重庆市沂北区商务委员会综合科编印\n\n一、消费品市场运行\n\n"
        "1—5月，全区实现社会消费品零售总额612.48亿元，同比增长4.1%，总量居全市第一。\n"
    )
    assert _by_value(ex, "612.48亿元").subject in ("沂北区", "重庆市沂北区")


def test_a_long_editing_body_spaced_from_its_verb_over_a_blank_line_signs_the_brief():
    ex = tradeie.extract(
        "沂华市跨境电子商务综合试验区\n工作简报\n第7期\n沂华市跨境电子商务综合试验区建设工作领导小组办公室　编\n\n"
        "【数据速览】1—7 月，全市实现跨境电商进出口 653.8 亿元，\n同比增长 16.4%。其中，出口 612.5 亿元，增长 17.1\n"
        "%；进口 41.3 亿元，增长 6.7%。\n\n一、主要指标运行情况\n"
    )
    assert ex.bulletin.meta.editor.startswith("沂华市跨境电子商务综合试验区建设工作领导小组办公室")
    assert _by_value(ex, "653.8 亿元").source.name == "沂华市跨境电子商务综合试验区建设工作领导小组办公室"


def test_a_port_named_after_its_place_keeps_the_lead_over_a_zone_it_is_said_to_serve():
    ex = tradeie.extract(
        "　　横琴口岸作为粤澳深度合作区的重要通道，假期期间经“合作查验、一次放行”通道通关的旅客37.4万人次，"
        "占横琴口岸出入境旅客总数的70.7%。\n"
    )
    assert _by_value(ex, "37.4万人次").subject == "横琴口岸"


def test_a_storys_closing_source_line_covers_its_numbered_parts_above_the_accounts_foot():
    ex = tradeie.extract(
        "2024年沂祥市外贸进出口总值达1382.56亿元\n\n沂祥商务 沂祥商务\n\n2025年01月24日 20:13 广西\n\n"
        "1月20日，沂祥市外贸进出口总值1382.56亿元，比上年增长14.3%。\n\n"
        "（一）边民互市贸易量质齐升\n\n去年，沂祥市边民互市贸易进出口285.64亿元，同比增长22.7%。\n\n"
        "（二）对越贸易稳居主导\n\n2024年，沂祥市对越南进出口1126.39亿元，增长12.8%。\n\n"
        "记者：黄丽萍  通讯员：梁志远\n\n来源：沂左日报\n\n编辑：农海燕  初审：韦立新  终审：黄志刚\n\n"
        "沂祥商务\n\n沂祥市商务局官方公众号\n\n地址：沂祥市北环路128号\n\n电话：0771-8521234\n"
    )
    assert _by_value(ex, "285.64亿元").source.name == "沂左日报"


def test_the_same_months_last_year_stated_beside_this_years_figure_date_to_last_year():
    ex = tradeie.extract(
        "国家外汇管理局沂州分局\n2025年6月20日\n\n"
        "1-5月，银行结售汇累计顺差232亿美元，上年同期为逆差386亿美元。"
        "今年1-5月，全省出口增长5.2%（去年同期为下降3.1%），进口比去年同期增长2.4%。\n"
    )
    assert _period(_by_value(ex, "232亿美元")) == ("2025-01-01", "2025-05-31")
    assert _period(_by_value(ex, "386亿美元")) == ("2024-01-01", "2024-05-31")
    rates = {str(m.change.percent): _period(m) for m in ex.metrics if m.change is not None}
    assert rates["-3.1"] == ("2024-01-01", "2024-05-31")
    assert rates["5.2"] == rates["2.4"] == ("2025-01-01", "2025-05-31")


def test_a_county_centre_editing_the_brief_makes_its_county_the_home_region():
    ex = tradeie.extract(
        "招 商 动 态\n\n第10期（总第86期）\n\n沂兴县投资促进服务中心编　　　　　　　　　　　　11月6日\n\n"
        "【本期要目】\n● 1-10月全县招商引资主要指标完成情况\n● 县领导带队赴深圳、香港开展招商活动\n\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
        "1-10月全县招商引资主要指标完成情况\n\n今年1-10月，全县共引进亿元以上产业项目73个，同比增长10.6%。\n"
        "实际利用外资2.84亿美元，同比下降4.3%。\n\n"
        "县领导带队赴深圳、香港开展招商活动\n\n10月20日至23日，县领导带队赴深圳、香港开展新能源产业专题招商，拜访企业12家。\n"
    )
    assert _by_value(ex, "2.84亿美元").subject == "沂兴县"


def test_a_zones_investment_account_by_its_citys_short_name_speaks_for_the_zone():
    ex = tradeie.extract(
        "上半年成绩单丨签约总投资412.6亿元！经开区投资促进“半年考”交出亮眼答卷\n\n"
        "原创 嘉兴经开投促 嘉兴经开投促 2025年07月09日 18:02 浙江\n\n来源：区投资促进局\n\n"
        "上半年，全区共新签约项目58个，总投资412.6亿元，同比分别增长16%和23.8%。\n"
    )
    assert _by_value(ex, "58个").subject == "嘉兴经开区"


def test_speakers_listed_name_first_speak_for_their_own_bodies():
    ex = tradeie.extract(
        "第五届沂港经贸合作周新闻发布会\n\n发布时间：2025-08-14 15:00　　来源：省政府新闻办\n\n【发布人】\n"
        "许　琳　沂江省商务厅副厅长\n陈国栋　沂江省人民政府港澳事务办公室副主任\n\n【主持人】\n何　立　省政府新闻办副主任\n\n"
        "何立：\n各位记者朋友，下午好！\n\n许琳：\n去年全年，我省对港澳台地区进出口2087.4亿元，增长6.1%。\n\n"
        "陈国栋：\n今年上半年，我省新设港资企业412家，增长9.3%。\n"
    )
    assert _by_value(ex, "2087.4亿元").source.name == "沂江省商务厅"
    assert _by_value(ex, "412家").source.name == "沂江省人民政府港澳事务办公室"


def test_a_real_districts_full_name_in_a_posts_text_is_its_home_region():
    ex = tradeie.extract(
        "前8个月柯桥纺织品出口突破600亿元\n\n原创 柯桥纺织 柯桥纺织 2024年09月23日 17:05 浙江\n\n"
        "　　今年以来，面对外需疲弱等多重挑战，我区纺织外贸企业主动出击、抢抓订单。\n\n"
        "　　据杭州海关驻柯桥办事处统计，今年前8个月，柯桥区纺织服装进出口总额658.94亿元，同比增长9.6%。\n\n"
        "　　出口中，纺织品出口612.37亿元，同比增长11.4%，占全区外贸出口总额的78.3%。\n"
    )
    assert _by_value(ex, "612.37亿元").subject == "柯桥区"


def test_a_district_read_through_a_regional_lens_hands_the_next_sentence_back_to_the_city():
    ex = tradeie.extract(
        "汕头海关\n2025年12月18日\n\n　　前11个月，汕头市出口劳动密集型产品281.34亿元，增长10.6%。"
        "从玩具出口地区看，澄海区出口玩具143.6亿元，增长14.1%，占全市玩具出口的85%。"
        "同期，出口机电产品143.25亿元，增长7.9%。\n"
    )
    assert _by_value(ex, "143.6亿元").subject == "澄海区"
    assert _by_value(ex, "143.25亿元").subject == "汕头市"


def test_a_ranking_tables_title_names_the_measure_of_its_places_growth_rates():
    ex = tradeie.extract(
        "襄阳市经济和信息化局\n2025年9月20日\n\n　　从县（市、区）看，规上工业增加值增速高于全市平均水平的有9个。各地增速及排位如下：\n\n"
        "表1　1—8月各县（市、区）规上工业增加值增速及排位\n\n"
        "县（市、区）        增速（%）      排位\n"
        "枣阳市              10.6           1\n"
        "宜城市               9.9           2\n"
        "谷城县               9.2           4\n"
        "襄州区               8.5           6\n"
    )
    rates = {str(m.change.percent): m for m in ex.metrics if m.change is not None and m.rule == "table"}
    assert rates["9.2"].indicator == rates["10.6"].indicator == "规上工业增加值"
    assert rates["9.2"].subject == "谷城县"


def test_a_county_statistics_bureaus_own_release_keeps_its_county_through_a_breakdown():
    ex = tradeie.extract(
        "上半年全县经济运行简况\n\n南陵统计　2024年07月22日 18:05　安徽\n\n南陵县统计局\n\n"
        "　　根据芜湖市地区生产总值统一核算结果，上半年，全县实现地区生产总值186.42亿元，同比增长6.3%，"
        "增速高于全市0.4个百分点。分产业看，第一产业增加值15.83亿元，增长3.2%。\n"
    )
    assert _by_value(ex, "15.83亿元").subject == "南陵县"


def test_a_release_headlined_by_the_firm_issuing_its_figures_is_sourced_to_the_firm():
    ex = tradeie.extract(
        "新闻稿 | 即时发布\n\n沂纳环球发布2025年度经营数据：全年GMV达423.6亿美元\n\n"
        "（2026年1月15日，杭州）跨境电商零售平台沂纳环球今日发布2025年度经营数据。全年平台GMV达423.6亿美元，同比增长27.8%。\n"
    )
    assert _by_value(ex, "423.6亿美元").source.name == "沂纳环球"


def test_a_yearbooks_running_head_with_a_dash_and_year_sources_the_chapter():
    ex = tradeie.extract(
        "沂州统计年鉴—2025                                              对外经济贸易\n\n十、对外经济贸易\n\n简 要 说 明\n\n"
        "    一、本章资料主要反映全市货物进出口情况。\n\n    2024年，全市货物进出口总额1286.4亿元，比上年增长6.2%。\n"
    )
    assert _by_value(ex, "1286.4亿元").source.name == "沂州统计年鉴"


def test_a_post_by_a_writers_team_on_a_research_account_is_the_accounts():
    ex = tradeie.extract(
        "沂岳宏观 | 4月经济数据点评：生产偏强\n\n原创 陈立言 团队 沂岳证券研究\n5月16日 19:02 上海\n\n"
        "核心观点：\n4月，规模以上工业增加值同比增长6.1%，社会消费品零售总额同比增长5.1%。\n"
    )
    m = next(x for x in ex.metrics if x.change is not None and x.change.percent == Decimal("6.1"))
    assert m.source.name == "沂岳证券研究"


def test_a_briefs_circulation_notice_beside_its_page_number_leaves_the_signature_readable():
    ex = tradeie.extract(
        "沂东省机电产品进出口商会\n\n会 员 通 讯\n\n第7期（总第162期）\n\n一、上半年全省机电产品出口保持平稳增长\n\n"
        "　　上半年，全省机电产品出口10352.6亿元，同比增长4.2%。\n\n━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
        "沂东省机电产品进出口商会秘书处                    2025年7月28日\n\n"
        "地址：沂州市越秀区东风中路××号  邮编：510030\n电话：020-83325617  传真：020-83325620\n"
        "（内部资料  免费交流）                                  第 2 页\n"
    )
    assert ex.bulletin.meta.date == "2025-07-28"
    assert _period(_by_value(ex, "10352.6亿元")) == ("2025-01-01", "2025-06-30")



def test_numbered_sections_with_a_bracket_in_their_name_over_bracketed_parts_split_the_brief():
    ex = tradeie.extract(
        "出 口 退 税 工 作 简 报\n\n2025 年第 6 期（总第 93 期）\n\n"
        "国家税务总局江苏省税务局货物和劳务税处 编            2025 年 6 月 12 日\n\n【本期要目】\n"
        "◆ 1-5 月全省出口退（免）税运行情况\n◆ 5 月份退税办理时效与服务情况\n◆ 苏州工业园区：“预审+即办”让企业退税款到账再提速\n\n"
        "一、1-5 月全省出口退（免）税运行情况\n\n（一）总体规模稳中有升\n\n"
        "今年 1-5 月，全省累计办理出口退（免）税 1286.4 亿元，同比增长 9.7%。\n\n（二）外贸企业退税增势较好\n\n"
        "分企业类型看，生产企业办理退（免）税 976.5 亿元，同比增长 8.1%。\n\n二、5 月份退税办理时效与服务情况\n\n"
        "5 月份，全省正常出口退税平均办理时间为 2.8 个工作日。\n"
    )
    sections = [s.name for s in ex.bulletin.sections]
    assert any("运行情况" in n for n in sections) and any("时效" in n for n in sections)
    assert _by_value(ex, "976.5 亿元").subject == "江苏省"


def test_a_bonded_zone_run_with_its_subdistrict_heading_the_brief_is_its_home():
    ex = tradeie.extract(
        "                    沂家港保税区（金港街道）\n                       8月份经济运行简况\n\n"
        "  经济发展局统计科                                           第8期\n"
        "-----------------------------------------------------------------------\n\n"
        "    1.外贸进出口\n    1-8月，全区完成外贸进出口68.42亿美元，同比增长6.7%。\n"
    )
    assert _by_value(ex, "68.42亿美元").subject == "沂家港保税区"


def test_a_page_dated_only_by_its_copyright_line_resolves_this_years_half():
    ex = tradeie.extract(
        "沂港貿發局經貿研究\n首頁 > 研究文章 > 經濟與貿易\n\n上半年出口增10.6%\n\n作者：貿發局經濟師 陳嘉欣\n瀏覽次數：3,482\n\n"
        "　　根據政府統計處最新公布的數字，今年上半年香港整體出口貨值為23,015億港元，按年增長10.6%。\n\n"
        "查詢熱線：(852) 1830 668\n© 2025 沂港貿易發展局 版權所有\n"
    )
    m = next(x for x in ex.metrics if x.value is not None and "23,015" in x.value.text)
    assert (m.period.start, m.period.end) == ("2025-01-01", "2025-06-30")


def test_an_exchanges_own_monthly_report_gives_its_own_trading_figures():
    ex = tradeie.extract(
        "沂海国际能源交易中心\n\n市场运行月报\n2025年第5期（总第76期）\n\n发布日期：2025年6月6日\n"
        "编制单位：沂海国际能源交易中心市场发展部\n\n一、市场概况\n\n"
        "5月，原油期货成交量286.4万手，同比增长12.6%。\n"
    )
    assert _by_value(ex, "286.4万手").subject == "沂海国际能源交易中心"


def test_a_papers_dateline_before_the_cited_ministry_is_no_part_of_its_name():
    ex = tradeie.extract(
        "农村电商半年报出炉\n\n沂民日报　2025年7月22日\n\n"
        "　　本报讯　商务部最新数据显示，今年上半年，全国农村网络零售额达13296.4亿元，同比增长6.8%。\n"
    )
    assert _by_value(ex, "13296.4亿元").source.name == "商务部"


def test_county_names_are_found_from_their_last_character_after_the_main_gazetteers_places():
    from tradeie.places import lookup, place_mentions

    text = "上半年，芜湖市南陵县、宁波市北仑区和上海市浦东新区外贸增长较快，江宁区、锡林浩特市紧随其后。"
    found = [(m.group(), m.start()) for m in place_mentions(text)]
    names = [f for f, _ in found]
    assert names.index("南陵县") > names.index("芜湖市")
    assert "浦东新区" in names and "东新区" not in names
    assert [s for _, s in found] == sorted(s for _, s in found)
    assert lookup("南陵县").kind == "district"


def test_a_headline_opening_with_a_word_ending_in_ju_names_no_body():
    ex = tradeie.extract(
        "一季度全区经济运行开局良好\n原创 经济运行处 沂西发改 2025年04月25日 18:02 广西\n\n"
        "4月18日，一季度，全区地区生产总值6812.4亿元，同比增长5.8%。\n"
    )
    m = _by_value(ex, "6812.4亿元")
    assert m.source is None or "开局" not in m.source.name



def test_a_city_paper_named_by_an_old_regional_name_reports_the_city_its_districts_lie_in():
    ex = tradeie.extract(
        "古越日报\n2025年1月20日　星期一\n\n去年我市外贸进出口稳中有进\n\n本报记者 沈一鸣\n\n"
        "本报讯　记者从市商务局获悉：2024年，全市实现外贸进出口3128.6亿元，同比增长6.2%。\n\n"
        "分区域看，越城区、柯桥区进出口分别为612.4亿元和1085.3亿元。全市新增外贸主体1260家。\n"
    )
    assert _by_value(ex, "3128.6亿元").subject == "绍兴市"


def test_a_county_post_writing_its_name_without_its_xian_reports_that_county():
    ex = tradeie.extract(
        "国庆假期德清接待游客98.6万人次\n\n原创 德清文旅 乐游德清 10月8日 09:12 浙江\n\n"
        "据县文化和旅游局统计，国庆假期，全县共接待游客98.6万人次，同比增长12.4%。\n\n"
        "德清各景区人气旺盛，全县实现旅游综合收入8.72亿元，同比增长10.8%。\n"
    )
    assert _by_value(ex, "98.6万人次").subject == "德清县"
    assert _by_value(ex, "8.72亿元").subject == "德清县"


def test_an_embassy_office_named_without_its_embassy_reports_its_host_countrys_trade():
    ex = tradeie.extract(
        "2024年乌中贸易额创新高\n\n原创 驻乌经商处 驻乌兹别克斯坦经商处\n2025年02月20日 16:10 乌兹别克斯坦\n\n"
        "据乌兹别克斯坦国家统计委员会数据，2024年，乌中贸易额138.6亿美元，同比增长4.2%。\n"
        "其中，乌对华出口31.2亿美元，同比下降6.5%。\n"
    )
    assert _by_value(ex, "31.2亿美元").subject == "乌兹别克斯坦"


def test_a_zone_bureau_known_by_two_names_speaks_for_its_zone():
    ex = tradeie.extract(
        "内部资料\n\n数字经济运行简况\n（第5期）\n\n沂川高新区数据资源局（数字经济发展局）编\n\n"
        "一、总体运行情况\n\n1—5月，全区数字经济核心产业实现营业收入826.4亿元，同比增长13.2%。\n"
    )
    assert _by_value(ex, "826.4亿元").subject == "沂川高新区"


def test_a_border_inspection_stations_brief_reports_its_own_checks():
    ex = tradeie.extract(
        "沂关出入境边防检查站\n\n工作简报\n\n第5期\n\n沂关边检站办公室编　　　　　　　　5月6日\n\n"
        "一、口岸运行数据\n\n　　4月份，我站共查验出入境人员52.36万人次，同比上升21.4%。\n"
        "　　从人员构成看，外国籍人员18.25万人次，同比上升36.2%。\n"
    )
    assert _by_value(ex, "52.36万人次").subject == "沂关边检站"
    assert not _by_value(ex, "52.36万人次").indicator.startswith("站")  # (我站 is one word)
    assert _by_value(ex, "18.25万人次").subject == "沂关边检站"


def test_a_headline_ending_in_kaiju_names_no_publisher():
    ex = tradeie.extract(
        "沂江统计月报·分析                                          1-3月\n\n外贸高位开局　消费平稳向好\n"
        "——一季度全市外贸和消费品市场运行分析\n\n    一季度，全市社会消费品零售总额312.6亿元，同比增长5.2%。\n"
    )
    assert ex.structure.meta.publisher is None
    m = _by_value(ex, "312.6亿元")
    assert m.source is None or "开局" not in m.source.name


def test_a_credit_line_closing_a_section_stops_at_its_phone_number():
    ex = tradeie.extract(
        "统　计　分　析\n第9期\n\n沂江市统计局　　　　　　　　　　　　2024年8月20日\n\n"
        "消费市场稳步回暖\n——1-7月全市消费品市场运行分析\n\n"
        "　　一、消费市场运行的主要特点\n\n　　1-7月，全市实现社会消费品零售总额856.4亿元，同比增长7.2%。\n\n"
        "　　二、需要关注的问题\n\n　　7月当月，全市限上汽车类零售额12.6亿元，同比下降4.8%。\n\n"
        "（供稿：贸易外经统计科　　联系电话：0759-3831926）\n"
    )
    for quote in ("856.4亿元", "12.6亿元"):
        m = _by_value(ex, quote)
        assert m.source is not None and "电话" not in m.source.name


def test_a_headlines_column_label_is_no_part_of_the_body_it_names():
    ex = tradeie.extract(
        "权威发布丨市商务局新闻发言人就上半年全市商务运行情况答记者问\n\n原创 沂宁商务 沂宁商务\n\n"
        "上半年，全市实现社会消费品零售总额1736.5亿元，同比增长5.8%。\n"
    )
    assert _by_value(ex, "1736.5亿元").source.name == "市商务局"


def test_the_worth_of_goods_just_weighed_and_their_running_total_keep_the_goods():
    ex = tradeie.extract(
        "海关总署\n\n　　海关总署6月9日发布的数据显示，5月份全国进口铁矿砂9821.6万吨，同比减少6.2%；"
        "1-5月累计进口48612.3万吨，同比减少4.1%；累计进口金额3521.7亿元，同比减少18.6%。"
        "前5个月，我国进口原油22871.6万吨，比去年同期减少2.4%；进口金额10736.2亿元，减少9.8%。\n"
    )
    for quote, goods in (("48612.3万吨", "铁矿砂"), ("3521.7亿元", "铁矿砂"), ("10736.2亿元", "原油")):
        assert _by_value(ex, quote).dimensions.get("product") == goods


def test_a_posts_closing_source_line_names_the_zone_its_account_speaks_for():
    ex = tradeie.extract(
        "沂州湾商务\n\n重磅！前三季度新区跨境电商进出口18.74亿美元\n\n原创 沂州湾商务 \n\n"
        "　　今年以来，新区深入推进跨境电子商务综合试验区核心区建设，跨境电商发展呈现良好态势。现将前三季度运行情况通报如下。\n\n"
        "一、总体情况\n\n　　1—9月，新区跨境电商进出口187416万美元，同比增长18.36%。\n\n"
        "二、下一步工作\n\n　　全区将继续推进海外仓建设。\n\n来源：沂州沂州湾新区商务局\n编辑：刘晓彤　审核：孙立平\n"
        "业务咨询：0532-86987315\n\n阅读 3216\n赞 45\n在看 12\n"
    )
    assert _by_value(ex, "187416万美元").subject in ("沂州沂州湾新区", "沂州湾新区")


def test_a_period_running_up_to_now_is_no_part_of_the_zone_after_it():
    ex = tradeie.extract(
        "中国（广西）自由贸易试验区沂州港片区\n\n统 计 快 报\n\n2025年第6期\n\n沂州港片区管委会经济发展局编　　　　　　2025年7月12日\n\n"
        "　　二、对外贸易。据沂州海关统计，二季度以来片区外贸进出口逐月回升，一季度同比下降8.2%。"
        "对东盟进出口146.28亿元，同比增长4.3%。\n"
    )
    for m in ex.metrics:
        assert "以来" not in (m.subject or "")
    assert _by_value(ex, "146.28亿元").subject == "中国（广西）自由贸易试验区沂州港片区"


def test_a_narrow_columns_indented_first_line_is_a_full_line_of_its_paragraph():
    text = (
        "　　全年，全省进出口５２１０．６亿元，\n下降６．３％。其中，出口３２４\n５．７亿元，下降５．１％；进口１\n"
        "９６４．９亿元，下降８．２％。\n１２月当月进出口５８３．６亿\n元，同比增长３．７％，为年内\n首次实现月度正增长。\n"
        "　　从贸易方式看，去年我省一\n般贸易进出口４２５６．７亿元，\n下降１０．２％，占６８．９％；\n加工贸易进出口６９８．２亿元，\n"
        "下降２３．６％；以市场采购贸\n易方式出口２６８．４亿元，增\n长９．２％。\n"
    )
    ex = tradeie.extract(text)
    m = _by_value(ex, "４２５６．７亿元")
    assert m.dimensions.get("trade_mode") == "一般贸易"
    assert not m.indicator.startswith("般")


def test_a_transcript_speaking_its_year_in_numerals_dates_its_half():
    ex = tradeie.extract(
        "沂阳广播电视台经济广播\n《财经面对面》节目文字实录\n\n本期话题：上半年外贸成绩单怎么看\n主持人：高原\n\n"
        "主持人：各位听众朋友，大家好。前两天海关刚刚发布了二〇二五年上半年的外贸数据。\n\n"
        "马晓晴：上半年，全省进出口4126.3亿元，同比增长6.2%。\n"
    )
    m = _by_value(ex, "4126.3亿元")
    assert (m.period.start, m.period.end) == ("2025-01-01", "2025-06-30")


def test_a_programmes_script_is_dated_the_day_it_aired():
    ex = tradeie.extract(
        "沂通广播电视台新闻综合频道\n《沂通新闻》2025年6月24日播出文稿\n\n"
        "前五个月我市外贸进出口增长7.9%\n\n　　前五个月，全市外贸进出口1612.4亿元，同比增长7.9%。\n"
    )
    assert ex.structure.meta.date == "2025-06-24"
    m = _by_value(ex, "1612.4亿元")
    assert (m.period.start, m.period.end) == ("2025-01-01", "2025-05-31")


def test_a_notice_signed_by_its_body_alone_before_its_appendix_names_its_publisher():
    ex = tradeie.extract(
        "关于1—9月全市出国（境）参展工作情况的通报\n\n各县（市、区）贸促会，各有关企业：\n\n"
        "　　今年以来，全市贸促系统积极组织企业参展拓市。现将有关情况通报如下：\n\n　　一、总体情况\n\n"
        "　　2025年1—9月，全市共组织企业参加境外展会96个，同比增长28.0%。\n\n　　二、下一步工作\n\n"
        "　　四季度，计划组织企业参加境外展会32个。\n\n　　联系人：陈晓东，联系电话：0577-88963152\n\n"
        "　　附件：1.境外展会组展情况统计表\n　　　　　2.重点境外展会目录（第二批）\n\n沂州市贸促会\n\n附件1\n\n境外展会组展情况统计表\n\n"
        "县（市、区）　组织展会（个）　参展企业（家次）\n乐清市　　　　　　22　　　　　　　312\n瑞安市　　　　　　19　　　　　　　276\n"
        "鹿城区　　　　　　15　　　　　　　198\n龙湾区　　　　　　 9　　　　　　　127\n永嘉县　　　　　　 8　　　　　　　105\n"
        "其他　　　　　　　23　　　　　　　302\n合计　　　　　　　96　　　　　　 1320\n"
    )
    assert ex.structure.meta.publisher == "沂州市贸促会"
    assert _by_value(ex, "96个").source.name == "沂州市贸促会"


def test_an_associations_own_office_as_source_is_qualified_by_the_association_once():
    from tradeie.metrics.document import _qualified

    assert _qualified("协会秘书处", "沂川省外商投资企业协会") == "沂川省外商投资企业协会秘书处"
    assert _qualified("服务业统计处", "沂江省统计局") == "沂江省统计局服务业统计处"


def test_a_measure_named_in_full_after_another_sentences_measure_is_no_product_of_it():
    ex = tradeie.extract(
        "8月份，全市居民消费价格同比上涨0.6%。截至8月底，全市金融机构本外币存款余额11863.54亿元，比年初增长6.1%。"
        "1-5月，全市进口铁矿砂5.1亿吨，增长3%；原油4.12亿吨，减少2.1%。"
    )
    m = _by_value(ex, "11863.54亿元")
    assert "存款余额" in m.indicator and "product" not in m.dimensions
    assert _by_value(ex, "4.12亿吨").dimensions.get("product") == "原油"


def test_a_ranked_list_of_markets_with_bracketed_figures_reports_the_flow_its_lead_names():
    ex = tradeie.extract(
        "一季度，全县外贸进出口19.74亿元，同比增长6.8%。前五大出口市场依次为美国（2.41亿元，同比下降9.2%）、"
        "越南（1.37亿元，同比增长35.6%）和印度（0.88亿元，同比增长27.1%）。"
    )
    for quote, market in (("2.41亿元", "美国"), ("1.37亿元", "越南"), ("0.88亿元", "印度")):
        m = _by_value(ex, quote)
        assert m.dimensions.get("market") == market
        assert "出口" in m.indicator and "进出口" not in m.indicator and market not in m.indicator


def test_a_share_of_a_target_whose_size_is_bracketed_is_the_share_of_the_figure_before():
    ex = tradeie.extract(
        "1-3月，全县实现外贸进出口总额38.62亿元，同比增长9.4%，完成年度目标（160亿元）的24.1%，增速居全市第2位。"
        "新增限上商贸企业18家，完成全年任务（60家）的30%。"
    )
    m = _by_value(ex, "38.62亿元")
    assert m.share is not None and m.share.percent == Decimal("24.1")
    assert _by_value(ex, "18家").share.percent == Decimal("30")


def test_a_statistics_bureau_table_marking_unpublished_levels_with_dots_gives_the_rates():
    ex = tradeie.extract(
        "沂州市统计局\n\n2025年5月份规模以上工业生产主要数据\n\n时间:2025-06-16 10:00    来源:沂州市统计局\n\n"
        "    5月份,规模以上工业增加值同比实际增长5.9%.\n\n"
        "指标                                   5月份                  1-5月份\n"
        "                                 绝对量   同比增长(%)    绝对量   同比增长(%)\n"
        "规模以上工业增加值                  ..        5.9          ..        6.2\n"
        "  采矿业                            ..        5.4          ..        6.0\n"
        "  制造业                            ..        6.3          ..        6.8\n"
        "钢材(万吨)                       12589.6     2.7      58872.3      4.6\n"
    )
    rates = {(m.indicator, m.period.start, m.period.end): m.change.percent for m in ex.metrics if m.rule == "table" and m.change is not None}
    assert rates.get(("规模以上工业增加值", "2025-01-01", "2025-05-31")) == Decimal("6.2")
    assert any("制造业" in k[0] and v == Decimal("6.3") for k, v in rates.items())


def test_a_signature_naming_the_bodys_division_after_its_alias_keeps_the_body():
    ex = tradeie.extract(
        "中国—东盟市场月报\n第9期\n\n一、签证数据\n\n　　前9个月，全区共签发RCEP原产地证书1.26万份，同比增长18.2%。\n\n"
        "二、市场动态\n\n　　越南统计总局数据显示，前9个月越南出口2909.6亿美元，同比增长15.4%。\n\n"
        "——————————————————————————————\n沂西壮族自治区国际贸易促进委员会\n（中国国际商会沂西商会）经济信息部\n2024年10月21日\n"
        "联系电话：0771-5856213    传真：0771-5856207\n"
    )
    assert ex.structure.meta.publisher == "沂西壮族自治区国际贸易促进委员会经济信息部"


def test_a_post_by_a_companys_division_or_a_zones_short_name_is_published_by_the_account():
    from tradeie.cover import _post_author

    assert _post_author("国际事业部", "沂岳路桥海外") == "沂岳路桥海外"
    assert _post_author("沂台综保区", "沂台综合保税区发布") == "沂台综合保税区发布"
    assert _post_author("沂州市统计局", "沂州发布") == "沂州市统计局"


def test_a_firms_own_post_calling_itself_gongsi_reports_the_firms_figures():
    ex = tradeie.extract(
        "一季度海外经营实现“开门红”！新签合同额同比增长32.5%\n\n原创  国际事业部  沂岳路桥海外\n\n"
        "春回大地，万象更新。一季度，沂岳路桥国际工程有限公司（以下简称“公司”）海外板块锚定全年目标任务，交出了一份亮眼的“季度答卷”。\n\n"
        "一、市场开拓\n\n一季度，公司海外新签合同额9.86亿美元，同比增长32.5%。分区域看，东非、西非区域公司分别新签合同额3.42亿美元、2.71亿美元。"
        "其他区域新签1.58亿美元，同比下降1.3%。\n\n"
        "二、经营效益\n\n一季度，海外项目累计回收工程款21.3亿元，工程款回收率86.2%，同比提高3.4个百分点。\n\n"
        "沂岳路桥海外\n专注海外基础设施建设\n\n阅读 3126    在看 58    赞 97\n"
    )
    for quote in ("9.86亿美元", "1.58亿美元", "21.3亿元"):
        assert _by_value(ex, quote).subject == "沂岳路桥国际工程有限公司"


def test_a_tables_breakdown_heading_row_names_no_part_of_the_measure():
    ex = tradeie.extract(
        "沂州市统计局\n\n2025年5月份规模以上工业生产主要数据\n\n时间:2025-06-16 10:00    来源:沂州市统计局\n\n"
        "指标                                   5月份                  1-5月份\n"
        "                                 绝对量   同比增长(%)    绝对量   同比增长(%)\n"
        "规模以上工业增加值                  —        5.9          —        6.2\n"
        "分三大门类\n"
        "  采矿业                            —        5.4          —        6.0\n"
        "  制造业                            —        6.3          —        6.8\n"
    )
    rows = [m for m in ex.metrics if m.rule == "table" and m.change is not None and m.change.percent == Decimal("6.3")]
    assert rows and rows[0].indicator == "规模以上工业增加值"
    assert "制造业" in rows[0].dimensions.values()


def test_a_breakdown_headings_indented_rows_are_its_parts_and_a_row_back_at_its_level_is_not():
    ex = tradeie.extract(
        "表1  1-11月沂州市开放型经济主要指标\n\n"
        "指标                                单位           1-11月         同比增长(%)\n"
        "  进出口总额                        亿元           23402.6           3.1\n"
        "  按重点商品分\n"
        "    机电产品出口                    亿元           10693.4           5.7\n"
        "    高新技术产品出口                亿元            5581.2           3.9\n"
        "  实际使用外资                      亿美元            58.6          -5.2\n"
        "  对外直接投资中方协议额            亿美元            41.3          18.2\n"
    )
    assert _by_value(ex, "58.6").indicator == "实际使用外资"
    assert _by_value(ex, "41.3").indicator == "对外直接投资中方协议额"
    assert "机电产品" in _by_value(ex, "10693.4").indicator + "".join(_by_value(ex, "10693.4").dimensions.values())


def test_a_bureaus_own_work_report_saying_woju_reports_its_county():
    ex = tradeie.extract(
        "沂河县商务局前三季度工作总结及第四季度工作打算\n\n"
        "    今年以来，全县商务经济运行总体平稳。现将前三季度工作总结如下：\n\n    一、主要经济指标完成情况\n\n"
        "    1.外贸进出口。1-9月，全县完成外贸进出口总值12.63亿元，同比增长15.8%。\n\n    二、工作开展情况\n\n"
        "    （一）招商引资提质增效。今年以来，我局共接待客商考察团组47批次，新签约项目19个，合同总投资103.5亿元。\n"
    )
    m = _by_value(ex, "47批次")
    assert m.subject == "沂河县" and not m.indicator.startswith("局")
    assert _by_value(ex, "103.5亿元").subject == "沂河县"


def test_a_banks_post_by_its_business_department_says_woxing_for_the_bank():
    ex = tradeie.extract(
        "半年“答卷”｜国际结算量突破60亿美元！\n\n原创　国际业务部　沂海商业银行　7月8日 09:30\n\n"
        "　　上半年，沂海商业银行持续完善跨境金融产品体系。\n\n01\n主要指标稳中有进\n\n"
        "　　截至6月末，我行累计实现国际结算量61.84亿美元，同比增长12.3%。\n"
    )
    assert ex.structure.meta.publisher == "沂海商业银行"
    assert _by_value(ex, "61.84亿美元").subject == "沂海商业银行"


def test_a_market_list_opening_its_section_takes_its_flow_from_the_lead_or_the_opener():
    ex = tradeie.extract(
        "三、主要市场情况\n\n　　从出口市场看，前四大市场依次为美国（62418万美元，同比增长9.47%）、日本（33203万美元，同比下降12.93%）"
        "和韩国（28760万美元，同比增长6.15%）。\n\n四、水产品\n\n"
        "前五大出口市场依次为日本（1.52亿美元，同比下降12.9%）、美国（1.36亿美元，同比增长4.2%）。\n\n五、整车\n\n"
        "从整车出口市场看，前五大市场依次为俄罗斯（158.3亿美元，同比增长8.4%）、墨西哥（62.7亿美元，同比增长12.1%）。\n"
    )
    for quote, market in (("62418万美元", "美国"), ("28760万美元", "韩国"), ("1.52亿美元", "日本"), ("1.36亿美元", "美国")):
        m = _by_value(ex, quote)
        assert (m.indicator, m.dimensions.get("market")) == ("出口", market)
    for quote, market in (("158.3亿美元", "俄罗斯"), ("62.7亿美元", "墨西哥")):
        m = _by_value(ex, quote)
        assert (m.indicator, m.dimensions.get("market")) == ("整车出口", market)


def test_a_districts_own_post_comparing_itself_with_its_city_reports_the_district():
    ex = tradeie.extract(
        "上半年纺织品服装出口稳中有进\n\n原创 区纺织协会 沂桥纺织 2025年07月22日 17:45 浙江\n\n"
        "7月中旬，记者从柯桥区纺织工业协会获悉，今年上半年，柯桥区纺织品服装出口426.8亿元，同比增长6.4%，高于全市外贸出口增速1.9个百分点。\n\n"
        "其中，纺织品出口351.2亿元，同比增长7.9%，占全区纺织服装出口的82.3%。6月当月，全区纺织服装出口72.6亿元。\n\n"
        "从市场看，全区对东盟出口68.4亿元，同比增长19.6%。\n"
    )
    for quote in ("351.2亿元", "72.6亿元", "68.4亿元"):
        assert _by_value(ex, quote).subject == "柯桥区"


def test_a_ranking_of_partners_after_the_measure_reports_the_measures_parts():
    ex = tradeie.extract(
        "（一）总体情况。1-6月，全市数字交付贸易进出口1412.8亿元，同比增长9.6%。\n\n"
        "（三）分市场情况。从市场看，前五大伙伴为中国香港（218.4亿元，同比增长8.1%）、美国（132.6亿元，同比下降2.7%）"
        "和德国（36.5亿元，同比增长10.6%）。\n"
    )
    for quote, market in (("218.4亿元", "中国香港"), ("132.6亿元", "美国"), ("36.5亿元", "德国")):
        m = _by_value(ex, quote)
        assert m.dimensions.get("market") == market and "进出口" in m.indicator and market not in m.indicator


def test_a_city_paper_headlining_a_zone_by_its_kind_reports_the_zone_its_story_names():
    ex = tradeie.extract(
        "沂阳日报\n2025年7月18日 星期五\n第03版：经济·观察\n\n高新区上半年招商引资“成绩单”出炉\n签约项目67个 总投资418.6亿元\n\n"
        "记者 陈思远\n\n本报讯 今年以来，洛阳高新区坚持把招商引资作为“一把手工程”。记者从高新区投资促进局获悉，上半年，该区累计签约项目67个，"
        "同比增长24.1%；签约总投资418.6亿元，同比增长31.5%，占全市的21.7%。\n"
    )
    assert _by_value(ex, "418.6亿元").subject == "洛阳高新区"


def test_a_section_headed_by_a_bare_year_dates_its_whole_year_figures():
    ex = tradeie.extract(
        "全市商务工作会议召开！2025年，这样干→\n原创 沂阳商务 沂阳商务 2025年02月12日 18:06 四川\n\n"
        "2月11日，全市商务工作会议召开。会议全面总结2024年全市商务工作，安排部署2025年重点任务。\n\n"
        "【2024 · 成绩单】\n\n▶ 消费市场持续回暖\n\n全年实现社会消费品零售总额1386.5亿元，同比增长5.8%。\n\n"
        "【2025 · 任务书】\n\n▶ 促消费\n\n力争全年社会消费品零售总额增长6%左右。\n"
    )
    m = _by_value(ex, "1386.5亿元")
    assert (m.period.start, m.period.end) == ("2024-01-01", "2024-12-31")


def test_a_national_chambers_article_by_its_short_name_reports_the_nations_figures():
    ex = tradeie.extract(
        "沂药材天地网　>　资讯中心　>　行业分析\n\n前5个月中药类产品出口增3.4%\n\n来源：医保商会中药部　　作者：林晓　　阅读：3,146\n\n"
        "　　据海关数据统计，1-5月，我国中药类产品进出口总额32.88亿美元，与上年同期基本持平。\n\n"
        "　　一、提取物稳居第一大出口品类\n　　1-5月，植物提取物出口12.47亿美元，同比增长6.8%。\n\n"
        "　　二、中药材及饮片出口量价齐升\n　　中药材及饮片出口5.26亿美元，同比增长1.2%，占比24.1%。\n\n"
        "　　三、出口企业\n　　1-5月，共有3,871家企业有中药类产品出口实绩。\n"
    )
    for quote in ("12.47亿美元", "5.26亿美元"):
        assert _by_value(ex, quote).subject == "中国"


def test_a_hong_kong_results_announcement_calling_itself_benggongsi_reports_the_firms_figures():
    ex = tradeie.extract(
        "香港交易及结算所有限公司及香港联合交易所有限公司对本公告的内容概不负责。\n\n"
        "沂帆数码控股有限公司\nYIFAN DIGITAL HOLDINGS LIMITED\n（于开曼群岛注册成立的有限公司）\n（股份代号：1967）\n\n"
        "截至2025年6月30日止三个月之\n未经审核业绩公告\n\n"
        "沂帆数码控股有限公司（「本公司」）董事会欣然宣布本公司截至2025年6月30日止三个月之未经审核综合业绩。\n\n"
        "财务摘要\n\n                              截至6月30日止三个月\n                           2025年        2024年      同比变动\n"
        "                      人民币百万元  人民币百万元          %\n收入                       38,652        35,417          9.1\n"
        "  中国商业分部             27,384        26,105          4.9\n  国际商业分部              8,146         6,322         28.9\n"
        "经营溢利                    4,218         3,605         17.0\n\n"
        "本季度，本集团收入为人民币386.5亿元，同比增长9.1%；\n经营溢利为人民币42.2亿元，同比增长17.0%。\n\n"
        "本季度，中国商业分部收入为人民币273.8亿元，同比增长4.9%。中国商业分部继续领跑，中国市场需求回暖。\n"
    )
    assert _by_value(ex, "38,652").subject == "沂帆数码控股有限公司"


def test_the_nations_overseas_zones_defined_as_hezuoqu_report_the_nations_figures():
    ex = tradeie.extract(
        "中华人民共和国商务部　对外投资和经济合作司\n\n2025年我国境外经贸合作区运行情况\n\n"
        "发布时间：2026-02-10　　来源：对外投资和经济合作司\n\n"
        "　　2025年，我国境外经贸合作区（以下简称“合作区”）运行总体平稳。现将有关情况通报如下：\n\n"
        "　　截至2025年12月底，合作区累计投资712.3亿美元，同比增长5.4%；入区企业7810家。\n\n"
        "　　按主导产业划分，加工制造型合作区累计投资415.2亿美元，占比58.3%；上述合作区新增投资12.6亿美元。\n"
    )
    for quote in ("712.3亿美元", "415.2亿美元", "12.6亿美元"):
        assert _by_value(ex, quote).subject == "中国"


def test_a_zone_masthead_with_a_middle_dot_or_as_an_economic_special_zone_reports_the_zone():
    ex = tradeie.extract(
        "中国·沂国（海湾）综合产业园\n\n园 区 快 讯\n\n第 6 期\n\n园区管委会办公室编印　　6月15日\n\n"
        "1—5月园区主要经济指标保持增长\n\n　　1—5月，园区实现产值36.82亿美元，同比增长18.4%。\n"
    )
    assert _by_value(ex, "36.82亿美元").subject == "中国·沂国（海湾）综合产业园"
    ex = tradeie.extract(
        "中沂（海港）经济特区\n2025 年度发展报告\n\n沂海中沂投资开发有限公司\n\n一、年度概况\n"
        "　　中沂（海港）经济特区（以下简称“特区”）位于沂国南部沿海。\n"
        "　　2025 年，特区进出口总额 8.46 亿美元，同比增长 12.5%。\n"
    )
    assert _by_value(ex, "8.46 亿美元").subject == "中沂（海港）经济特区"


def test_a_firms_results_page_under_its_media_centre_column_is_the_firms_release():
    ex = tradeie.extract(
        "沂禾集团公布2025年第三季度未经审计财务业绩\n\n【新闻稿】 投资者关系 | 媒体中心\n\n"
        "中国杭州，2025年11月18日——沂禾集团（纳斯达克：YHE；香港联交所：9688）今日公布截至2025年9月30日止三个月的未经审计财务业绩。\n\n"
        "■ 总营收为人民币812.6亿元，同比增长7.4%。\n"
    )
    m = _by_value(ex, "人民币812.6亿元")
    assert m.source is not None and m.source.name != "媒体中心"
    ex = tradeie.extract(
        "沂州市商务局\n\n我市电商龙头沂意集团三季度营收增长12.1%\n\n发布日期：2025-10-29　　信息来源：市商务局电子商务科\n\n"
        "    10月28日晚，总部位于我市的沂意集团（香港联交所股份代号：2739）发布2025年第三季度业绩公告。"
        "公告显示，三季度沂意集团实现营业收入158.2亿元，同比增长12.1%。\n"
    )
    assert _by_value(ex, "158.2亿元").subject == "沂意集团"


def test_the_office_of_a_citys_ports_is_no_port():
    ex = tradeie.extract(
        "工  作  动  态\n第18期\n\n沂乌市口岸和物流局办公室\n\n━━━━━━━━━━━━━━━━\n\n"
        "“沂新欧”班列前7个月开行量稳步增长\n\n"
        "今年以来，市口岸和物流局持续加密班列线路，口岸服务能力不断提升。\n\n"
        "1-7月，全市中欧班列累计开行1206列，同比增长11.2%；口岸通关时间进一步压缩。\n"
    )
    assert _by_value(ex, "1206列").subject != "沂乌市口岸"


def test_a_table_of_train_routes_named_by_their_destination_city_breaks_down_the_measure():
    ex = tradeie.extract(
        "沂州市口岸办\n\n2025年1-8月中欧班列运行情况\n\n2025年1-8月，沂州中欧班列累计开行1428列，同比增长12.7%。分线路看：\n\n"
        "表1  2025年1-8月主要线路运行情况\n线路（终到城市）    开行列数    发运标箱    标箱同比\n"
        "莫斯科              326         27,385      19.4%\n马德里              212         18,416      6.3%\n"
        "华沙                187         16,207      11.8%\n"
    )
    m = _by_value(ex, "27,385")
    assert m.subject != "莫斯科" and m.dimensions.get("route") == "莫斯科"


def test_sellers_figures_on_a_listed_platform_are_no_figures_of_the_platform():
    ex = tradeie.extract(
        "沂徽省电子商务协会\n\n1—10月全省网络零售运行情况\n\n"
        "据各平台向协会提供的数据，1—10月，我省商家在拼多多平台实现网络零售额451.8亿元，同比增长22.7%。\n\n"
        "截至10月底，拼多多平台“百亿补贴”频道我省入驻商家达到1.27万家。\n\n"
        "拼多多集团（NASDAQ：PDD）发布第三季度财报，报告期内实现营收993.5亿元，同比增长44.3%。\n"
    )
    assert _by_value(ex, "451.8亿元").subject != "拼多多"


def test_a_provincial_portal_reposting_a_papers_story_credits_the_paper_not_the_portal():
    ex = tradeie.extract(
        "沂建省人民政府门户网站\n首页 > 要闻动态 > 沂建要闻\n\n2025年沂建外贸进出口1.86万亿元\n\n"
        "2026-01-20 08:35　来源：沂建日报　作者：记者 陈明\n【字体：大 中 小】　【打印本页】　【关闭窗口】\n\n"
        "　　1月19日，沂州海关召开新闻发布会。据统计，去年，沂建省货物贸易进出口18612.4亿元，比上年增长3.1%。\n\n"
        "主办：沂建省人民政府办公厅\n"
    )
    m = _by_value(ex, "18612.4亿元")
    assert m.source is not None and "人民政府" not in m.source.name


def test_a_county_papers_story_on_quanxian_reports_the_county_its_masthead_names():
    ex = tradeie.extract(
        "沂屿日报\n2025年01月22日　星期三　　第01版：要闻\n\n远洋渔业产值再创新高\n\n"
        "　　本报讯（记者　方明）记者昨日从县海洋与渔业局获悉，2024年，沂屿县远洋渔业实现稳步增长。"
        "全年远洋渔业产量27.4万吨，同比增长2.2%。据县海洋与渔业局介绍，全县远洋渔船达到211艘。\n"
    )
    assert _by_value(ex, "27.4万吨").subject == "沂屿县"


def test_a_price_tables_rate_belongs_to_this_periods_price_and_the_last_periods_is_the_month_before():
    ex = tradeie.extract(
        "沂阳市价格监测中心\n\n2025年10月份全市价格运行情况\n\n　　10月份，全市居民消费价格同比上涨0.4%。\n\n"
        "附表　　　　　10月份部分农资价格监测情况\n品　　名　　　　　单位　　　　本期均价　　上期均价　　环比（%）\n"
        "尿素（46%）　　　　元/吨　　　　2180　　　　2210　　　　-1.4\n氯化钾（60%）　　　元/吨　　　　3360　　　　3320　　　　 1.2\n"
    )
    now, before = _by_value(ex, "2180"), _by_value(ex, "2210")
    assert now.change is not None and now.change.percent == Decimal("-1.4") and before.change is None
    assert (before.period.start, before.period.end) == ("2025-09-01", "2025-09-30")


def test_a_month_in_a_brief_printing_no_year_holds_for_its_paragraph_only():
    ex = tradeie.extract(
        "服务贸易工作简报\n\n第6期\n\n沂州市商务局服务贸易处　　　　7月25日\n\n一、上半年全市服务贸易运行情况\n\n"
        "　　上半年，全市完成服务贸易进出口1306547万美元，同比增长8.37%。6月当月，全市服务贸易进出口235618万美元，同比增长6.14%。\n\n"
        "　　分领域看，可数字化交付服务进出口748936万美元，同比增长12.65%。\n"
    )
    m = _by_value(ex, "748936万美元")
    assert m.period is not None and m.period.text == "上半年"


def test_a_report_signed_by_its_bureau_over_a_month_alone_is_the_bureaus():
    ex = tradeie.extract(
        "沂门市外商投资企业 2024 年度\n\n经营情况分析报告\n\n"
        "    为全面掌握我市外商投资企业经营状况，市商务局对全市外商投资企业报送的年度报告进行了汇总分析。\n\n"
        "    一、主要经营指标\n\n    2024 年，参报企业实现营业收入 10564.2 亿元，比上年增长 3.9%。\n\n"
        "    二、存在的问题\n\n    一是部分企业报送质量有待提高。二是小微外资企业经营压力较大。三是部分区年报宣传督导力度不足。\n\n"
        "                              — 3 —\n\n                                        沂门市商务局\n                                        2025 年 9 月\n"
    )
    assert ex.structure.meta.publisher == "沂门市商务局"
    assert _by_value(ex, "10564.2 亿元").source.name == "沂门市商务局"


def test_a_page_bylined_by_a_banks_division_credits_the_bank():
    ex = tradeie.extract(
        "首页 >> 金融数据 >> 运行分析\n\n前三季度全省金融运行情况分析\n\n"
        "作者：人民银行沂江省分行调查统计处　　点击数：861　　【字体：小 大】\n\n"
        "　　9月末，全省本外币各项存款余额4.12万亿元，同比增长6.8%，比年初增加2431.7亿元。\n"
    )
    m = _by_value(ex, "4.12万亿元")
    assert m.source is not None and m.source.name.startswith("人民银行沂江省分行")


def test_a_parks_post_from_its_administration_reports_the_park_for_yuanqu():
    ex = tradeie.extract(
        "上半年园区高新技术企业经营数据出炉\n\n原创　沂台园经济运行处　中关村沂台园\n\n"
        "来源：沂台园管委会经济运行处\n\n"
        "近日，园区管委会发布上半年园区高新技术企业经营情况。1—6月，园区规模以上高新技术企业实现总收入3216.4亿元，同比增长8.3%。\n"
    )
    assert _by_value(ex, "3216.4亿元").subject == "沂台园"


def test_a_story_naming_one_city_zone_in_its_lead_reports_that_zone_for_yuanqu():
    ex = tradeie.extract(
        "长沙晚报网\n\n当前位置：首页 > 财经 > 园区经济\n\n麓谷高新技术企业去年技术收入突破300亿元\n\n"
        "2025-03-06 08:42　来源：长沙晚报　作者：全媒体记者 周婷\n\n"
        "　　长沙晚报3月5日讯　记者今天从长沙高新区科技创新局获悉，去年，园区高新技术企业数量达到2317家，较上年增加186家。"
        "园区高新技术企业实现营业总收入4127.5亿元，同比增长10.3%。\n"
    )
    assert _by_value(ex, "4127.5亿元").subject == "长沙高新区"


def test_a_stats_page_under_a_site_menu_headlined_by_a_zone_reports_the_zone():
    ex = tradeie.extract(
        "沂安市统计局　　首页　|　统计数据　|　统计分析　|　政务公开\n\n您现在的位置：首页 > 统计分析 > 区县分析\n\n"
        "一季度沂安高新区高新技术企业出口创汇运行分析\n\n来源：沂安市统计局　　浏览次数：1276\n\n"
        "　　一季度，高新区高新技术企业实现出口创汇34.27亿美元，同比增长7.35%。高新区企业426家。\n\n"
        "　　一、出口运行的主要特点\n\n　　分产品看，集成电路出口创汇19.52亿美元，同比增长14.36%。高新区集成电路企业增加。\n\n"
        "　　二、需要关注的问题\n\n　　高新区对美出口持续承压。\n"
    )
    assert _by_value(ex, "19.52亿美元").subject == "沂安高新区"


def test_a_zone_story_under_a_nickname_headline_reports_the_zone_its_lead_names():
    ex = tradeie.extract(
        "长沙晚报网\n\n麓谷高新技术企业去年技术收入突破300亿元\n\n2025-03-06 08:42　来源：长沙晚报\n\n"
        "　　长沙晚报3月5日讯　记者今天从长沙高新区科技创新局获悉，去年，园区高新技术企业数量达到2317家。\n\n"
        "　　出口创汇逆势上扬\n\n　　去年，园区高新技术企业实现出口创汇52.73亿美元，同比增长12.6%。\n\n"
        "　　从产品看，工程机械整机及零部件出口创汇18.36亿美元，增长9.4%。园区企业研发活跃，园区新增企业41家。\n"
    )
    assert _by_value(ex, "18.36亿美元").subject == "长沙高新区"


def test_members_listed_after_a_group_of_markets_report_their_own_flow():
    ex = tradeie.extract(
        "沂州市统计局\n\n一季度沂州市出口运行分析\n\n"
        "　　一季度，全市对前五大市场出口合计24.86亿美元，占全市出口的72.54%。其中：韩国（81246万美元，同比增长18.62%）、"
        "美国（52317万美元，同比下降6.45%）。\n"
    )
    m = _by_value(ex, "81246万美元")
    assert m.indicator == "出口" and m.dimensions.get("market") == "韩国"


def test_a_province_wide_customs_house_certifying_origin_reports_its_own_work():
    ex = tradeie.extract(
        "中华人民共和国昆明海关\n\n前三季度云南对RCEP成员国进出口增长\n\n发布时间：2025-10-24　　信息来源：昆明海关\n\n"
        "　　据昆明海关统计，前三季度，云南省对RCEP成员国进出口1286.4亿元，同比增长6.8%。\n\n"
        "　　前三季度，昆明海关共签发RCEP原产地证书1.62万份，同比增长12.4%。"
        "今年以来，昆明海关为辖区企业签发各类原产地证书2.86万份，签证金额41.3亿元。\n"
    )
    assert _by_value(ex, "1.62万份").subject == "昆明海关"
    assert _by_value(ex, "2.86万份").subject == "昆明海关"
    assert _by_value(ex, "1286.4亿元").subject == "云南省"
    ex = tradeie.extract(
        "沂州市商务局\n\n沂州海关：一季度跨境电商出口单量突破1亿票\n\n信息来源：广州海关　　发布日期：2025-04-18\n\n"
        "　　今年一季度，广州海关共监管跨境电商进出口清单3.86亿票，同比增长24.3%。\n"
    )
    assert _by_value(ex, "3.86亿票").subject == "广州海关"


def test_an_associations_plans_for_its_own_work_are_the_associations():
    ex = tradeie.extract(
        "沂州市对外贸易协会\n\n首页 | 协会概况 | 协会动态 | 通知公告\n\n——在沂州市对外贸易协会第六届会员大会上的工作报告\n\n"
        "会长　陈明\n\n发布时间：2025-01-20 09:32　　来源：协会秘书处\n\n一、过去一年的主要工作\n\n"
        "截至去年12月底，全市有进出口实绩企业5268家。\n\n二、今年工作安排\n\n"
        "全年力争新发展会员100家以上，计划组织境外展会不少于18场。\n"
    )
    assert _by_value(ex, "5268家").subject == "沂州市"
    for quote in ("100家以上", "不少于18场"):
        assert _by_value(ex, quote).subject == "沂州市对外贸易协会"


def test_an_issue_listing_its_bulleted_items_in_contents_reads_each_item_apart():
    ex = tradeie.extract(
        "                         沂江粮食信息\n                  2024年第14期（总第386期）\n\n"
        "沂江省粮食和物资储备局办公室                      2024年7月26日\n────────────────\n\n"
        "目  录\n◆沂波口岸上半年进口粮食增长两成\n◆6月份全省粮油市场价格监测分析\n\n────────────────\n\n"
        "◆沂波口岸上半年进口粮食增长两成\n\n　　据沂波海关统计，今年上半年，沂波口岸共进口粮食542.8万吨，同比增长20.6%。\n\n"
        "（来源：沂波市粮食和物资储备局）\n\n"
        "◆6月份全省粮油市场价格监测分析\n\n　　6月份，全省粮油零售价格总体平稳。\n\n"
        "　　——面粉。特一粉平均零售价格为2.45元/斤，环比上涨0.4%，同比下降3.1%。\n\n"
        "（来源：省粮油价格监测中心）\n"
    )
    m = _by_value(ex, "2.45元/斤")
    assert m.period is not None and (m.period.start, m.period.end) == ("2024-06-01", "2024-06-30")
    assert m.source is not None and m.source.name == "省粮油价格监测中心"


def test_a_paper_page_under_its_masthead_and_dated_page_line_credits_the_paper():
    ex = tradeie.extract(
        "沂疆经济导报\nYIJIANG JINGJI DAOBAO\n国内统一连续出版物号：CN 15-0088　　总第5612期\n"
        "2024年4月12日　星期五　　　　　　　　　　第3版\n\n口岸经济　　　　　　责任编辑：其其格\n\n"
        "沂连浩特中蒙边民互市贸易区“人气”“财气”双旺\n\n本报记者　苏日娜\n\n"
        "　　4月10日一早，互市贸易区内已是车来人往。\n\n"
        "　　今年，贸易区计划总投资3.2亿元，新增商铺及仓储面积4.5万平方米。\n"
    )
    assert ex.structure.meta.source == "沂疆经济导报"
    m = _by_value(ex, "4.5万平方米")
    assert m.source is not None and m.source.name == "沂疆经济导报"


def test_markets_listed_after_a_sentence_on_private_firms_trade_keep_the_firms():
    ex = tradeie.extract(
        "沂江省商务厅\n\n2025年1—8月全省民营企业外贸运行情况\n\n"
        "市场布局更趋多元。1—8月，民营企业对共建“一带一路”国家进出口14207.6亿元，增长9.8%。"
        "对欧盟、美国分别进出口4215.3亿元、3896.7亿元，增速分别为5.1%、-2.3%。\n"
    )
    m = _by_value(ex, "4215.3亿元")
    assert m.dimensions.get("market") == "欧盟" and m.dimensions.get("enterprise_type") == "民营企业"


def test_a_zones_post_headlined_by_the_district_it_is_named_after_reports_the_zone():
    ex = tradeie.extract(
        "前海前7月实际使用外资61.3亿美元，港资占比近九成\n\n原创 前海发布 前海发布 2025年08月19日 19:05 广东\n\n"
        "　　记者从深圳市前海管理局获悉，今年前7个月，前海深港现代服务业合作区（以下简称“前海合作区”）主要指标稳中有升。\n\n"
        "　　1-7月，前海合作区实际使用外资61.3亿美元，同比增长7.4%。\n\n"
        "　　从行业看，租赁和商务服务业、金融业实际使用外资分别为23.5亿美元、17.8亿美元。\n"
    )
    assert _by_value(ex, "23.5亿美元").subject == "前海深港现代服务业合作区"


def test_a_tables_note_on_how_it_counts_cites_no_one():
    ex = tradeie.extract(
        "中华人民共和国沂连海关\n\n2025年1-5月沂连关区进出口商品国别（地区）总值表\n\n"
        "发布时间：2025-06-19 16:30    信息来源：沂连海关统计分析处\n\n"
        "单位：万元\n国别（地区）          进出口      出口      进口     进出口±%\n"
        "  东盟                  1364210    702116    662094      4.6\n  欧盟                  1102433    563201    539232     -2.1\n\n"
        "注：1.本表按海关关区统计，数据为初步统计数，最终数据以海关总署公布的为准。\n"
        "    2.进出口商品国别（地区）按原产国（地区）和最终目的国（地区）统计。\n\n"
        "2025年1-5月沂连关区进出口简析\n\n"
        "据沂连海关统计，今年前5个月，沂连关区进出口总值905亿元，比去年同期增长2.5%。\n\n"
        "一、东盟稳居第一大贸易伙伴\n\n前5个月，关区对东盟进出口136.4亿元，增长4.6%。\n"
    )
    m = _by_value(ex, "136.4亿元")
    assert m.source is not None and "本表" not in m.source.name


def test_a_press_conference_speaker_who_is_a_party_group_member_speaks_for_the_bureau():
    ex = tradeie.extract(
        "沂岛政务网\n首页 >> 新闻发布 >> 发布会实录\n\n“2024年全市外贸外资运行情况”新闻发布会\n\n"
        "发布时间：2025-01-20　　来源：市政府新闻办\n\n发布人：\n　　沂岛市商务局党组成员、副局长　刘振华\n\n"
        "【沂岛市商务局党组成员、副局长　刘振华】\n　　各位记者朋友，大家好！2024年，全市实际使用外资51.36亿美元，同比下降7.8%。\n\n"
        "沂岛市人民政府办公厅主办　联系电话：0532-85911234　鲁ICP备05002165号\n"
    )
    m = _by_value(ex, "51.36亿美元")
    assert m.source is not None and m.source.name == "沂岛市商务局"


def test_an_airport_by_its_short_name_leading_its_figures_is_their_subject():
    ex = tradeie.extract(
        "沂州市人民政府\n\n花湖机场第27周货邮吞吐量同比增长38.7%\n\n"
        "　　上半年，花湖机场累计完成货邮吞吐量58.64万吨，同比增长45.2%。"
        "跨境电商货量拉动机场国际货邮吞吐量增长12.3个百分点。\n"
    )
    assert _by_value(ex, "58.64万吨").subject == "花湖机场"


def test_a_posts_account_named_after_the_citys_port_logistics_is_no_port():
    ex = tradeie.extract(
        "第22周｜沂都国际航空货运运行简报\n\n原创 沂都口岸物流 沂都口岸物流\n\n四川\n\n"
        "　　第22周，沂都两场完成货邮吞吐量14286.3吨，同比增长10.4%。口岸通关效率持续提升，口岸服务不断优化。\n"
    )
    assert _by_value(ex, "14286.3吨").subject != "原创沂都口岸"


def test_a_brief_whose_headings_speak_of_the_airport_reports_the_one_city_airport_it_names():
    ex = tradeie.extract(
        "港区物流周报\n\n2025年第23期（总第268期）\n\n沂州航空港区物流发展局编　　　　　　　　　2025年6月10日\n\n"
        "一、第23周机场货运运行情况\n\n　　第23周（6月2日—6月8日），郑州机场完成货邮吞吐量15862.4吨，同比增长14.6%。\n\n"
        "　　本周共保障全货机航班起降1326架次，同比增长9.8%。\n"
    )
    assert _by_value(ex, "1326架次").subject == "郑州机场"


def test_a_forex_branchs_page_sourced_to_its_balance_of_payments_division_names_the_branch():
    ex = tradeie.extract(
        "国家外汇管理局沂江省分局\n首页 > 数据发布 > 国际收支\n\n2024年一季度沂江省国际收支情况分析\n"
        "发布时间：2024-05-08　　来源：国际收支处　　浏览次数：1263　　【字体：大 中 小】【打印】\n\n"
        "　　一、经常账户顺差同比增长\n　　一季度，我省经常账户顺差412.36亿美元，同比增长5.9%。\n"
    )
    m = _by_value(ex, "412.36亿美元")
    assert m.source is not None and m.source.name == "国家外汇管理局沂江省分局国际收支处"


def test_a_yearbook_entry_label_does_not_hide_the_year_its_entry_opens_with():
    ex = tradeie.extract(
        "沂水年鉴（2024）\n\n开放型经济\n\n开放型经济综述\n\n"
        "【概况】  2023年，沂水市开放型经济保持稳定。全年完成外贸进出口总额706.3亿元，比上年下降6.2%。"
        "其中，出口451.2亿元，下降4.9%。\n\n"
        "【外贸结构】  一般贸易进出口220.6亿元，增长3.8%。\n"
    )
    for quote in ("451.2亿元", "220.6亿元"):
        assert _period(_by_value(ex, quote)) == ("2023-01-01", "2023-12-31")


def test_a_reprint_line_dating_before_naming_its_paper_dates_the_story():
    ex = tradeie.extract(
        "冀南网 > 新闻 > 经济\n\n上半年我省规上工业增加值增长6.9%\n\n"
        "　　冀南日报讯（记者李华）7月18日，记者从省统计局获悉，上半年，全省规模以上工业增加值同比增长6.9%。\n\n"
        "　　从三大门类看，采矿业增加值增长3.2%，制造业增长7.5%。\n\n　　从重点行业看，钢铁工业增加值增长5.9%。\n\n"
        "（原载2023年7月19日《冀南日报》第1版）\n\n责任编辑：孙悦\n\n分享到：　微信　微博　QQ空间\n【打印】　【关闭】\n"
    )
    assert ex.bulletin.meta.date == "2023-07-19"
    assert _period(ex.metrics[0]) == ("2023-01-01", "2023-06-30")


def test_a_sites_name_and_posting_time_under_a_story_date_it():
    ex = tradeie.extract(
        "北疆新闻网 > 新闻中心 > 盟市新闻\n\n口岸前7个月进出口货运量突破1100万吨\n\n来源：北疆日报　　作者：巴特尔\n\n"
        "　　本报锡盟8月11日电 （记者 巴特尔）记者从海关获悉，今年前7个月，经口岸进出口货运量1126.8万吨，同比增长9.4%。"
        "其中，进口货运量862.3万吨，同比增长7.1%。\n\n"
        "　　分运输方式看，铁路口岸进出口货运量803.6万吨，同比增长8.2%；公路口岸进出口货运量323.2万吨，同比增长12.5%。\n\n"
        "　　据了解，下一步，口岸将加快建设国际物流枢纽。\n\n【责任编辑：乌云娜】\n\n北疆新闻网　2024-08-12 08:56\n\n分享到：\n"
    )
    assert _period(_by_value(ex, "1126.8万吨")) == ("2024-01-01", "2024-07-31")


def test_a_ranking_tables_arrowed_moves_do_not_hide_its_figures():
    ex = tradeie.extract(
        "附件\n\n　　　2024年度全省国家级经开区考核评价主要情况\n\n"
        "序号  经开区名称      全国综合排名  较上年变化  实际使用外资（万美元）  进出口总额（亿元）\n"
        " 1    沂东经开区            9          ↑2             58316                 1386.4\n"
        " 2    沂西经开区           27          ↑11            38720                  894.2\n"
        " 3    沂南经开区           93          ↓4              8219                  358.6\n"
    )
    m = _by_value(ex, "58316")
    assert (m.subject, m.value.normalized) == ("沂东经开区", Decimal("583160000"))
    assert not [x for x in ex.metrics if x.value is not None and x.value.text in ("↑2", "2", "4")]


def test_an_item_listed_by_bullet_keeps_its_numbered_parts_and_the_lead_citation_over_them():
    ex = tradeie.extract(
        "沂州软件业运行简报\n\n2024年第9期（总第117期）\n\n沂州市软件行业协会秘书处　　　　　　2024年9月26日\n"
        "────────────────────────\n\n本期要目\n　　◎ 1-8月全市软件和信息技术服务业运行情况\n"
        "　　◎ 重点软件园区主要指标\n　　◎ 协会动态\n\n────────────────────────\n\n"
        "1-8月全市软件和信息技术服务业运行情况\n\n"
        "　　据市工业和信息化局统计，1-8月，全市累计完成软件业务收入1218.64亿元，同比增长8.7%。\n\n"
        "　　一、分领域情况\n　　软件产品收入286.42亿元，同比增长6.2%。\n\n"
        "　　二、效益与出口\n　　1-8月，全市软件业实现利润总额112.35亿元，同比增长5.9%。\n\n"
        "────────────────────────\n\n重点软件园区主要指标\n\n"
        "　　1-8月，四个重点园区合计实现软件业务收入743.05亿元，占全市的61.0%。\n\n"
        "────────────────────────\n\n协会动态\n\n　　● 协会召开六届三次理事会\n"
        "　　9月12日，协会第六届理事会第三次会议召开，32家理事单位代表出席会议。\n"
    )
    names = [s.name for s in ex.bulletin.sections]
    assert names == ["1-8月全市软件和信息技术服务业运行情况", "重点软件园区主要指标", "协会动态"]
    for quote in ("286.42亿元", "112.35亿元"):
        m = _by_value(ex, quote)
        assert m.source is not None and m.source.name == "市工业和信息化局"


def test_a_papers_page_on_a_fairs_close_dates_the_delegations_figures_by_the_fairs_months():
    ex = tradeie.extract(
        "沂州日报\nYIZHOU RIBAO\n2025年5月8日　星期四\n第16234期　今日12版\n沂州日报报业集团主管主办\n\n"
        "━━━━━━━━━━━━━━━━━━━━\nA2｜要闻　　　　　　责任编辑：林晓蓓\n\n第137届广交会落幕\n\n"
        "沂州交易团意向成交12.67亿美元\n\n"
        "　　本报讯（记者 周一鸣）4月15日开幕、分三期举办的第137届广交会5月5日在广州闭幕。记者昨天从市商务局获悉，"
        "本届广交会沂州交易团共组织1,286家企业参展，累计接待境外采购商9.73万人次，达成出口意向成交12.67亿美元，同比增长9.8%。\n"
    )
    m = _by_value(ex, "9.73万人次")
    assert _period(m) == ("2025-04-01", "2025-05-31")
    assert m.subject != "第137届广交会"


def test_the_nations_zones_of_a_kind_are_whose_figure_in_a_national_release_not_in_a_provinces():
    national = tradeie.extract(
        "商务部通报2024年国家级经开区综合发展水平考核评价结果\n\n"
        "　　商务部外资司负责人介绍，2024年，国家级经开区实现进出口总额10.39万亿元，同比增长3.8%，占全国的23.6%。"
        "全国外贸进出口43.85万亿元，同比增长5.0%。\n"
    )
    assert _by_value(national, "10.39万亿元").subject == "国家级经开区"
    assert _by_value(national, "43.85万亿元").subject == "中国"
    provincial = tradeie.extract(
        "沂江省商务厅\n\n2024年全省利用外资情况\n\n"
        "　　全年全省实际使用外资138.5亿元，同比增长2.1%。其中，国家级经开区实际使用外资71.2亿元，占全省的51.4%。\n"
    )
    m = _by_value(provincial, "71.2亿元")
    assert m.subject == "沂江省" and "经开区" in m.indicator + str(m.dimensions)


def test_whole_district_in_a_story_on_one_zone_is_that_zone():
    ex = tradeie.extract(
        "盐城日报\n2025年2月21日　星期五\n\n国家级经开区考核评价结果公布\n盐城经开区综合排名跃居全国第18位\n\n"
        "　　本报讯　商务部日前公布2024年度国家级经开区综合发展水平考核评价结果，盐城经开区综合排名跃居全国第18位。\n\n"
        "　　在绿色发展单项评价中，盐城经开区同样表现亮眼。去年全区单位工业增加值能耗同比下降4.6%，新增省级绿色工厂11家。\n"
    )
    assert _by_value(ex, "11家").subject == "盐城经开区"


def test_a_report_given_by_a_bureaus_head_is_that_bureaus_not_the_printing_offices():
    ex = tradeie.extract(
        "沂岗县人民代表大会常务委员会文件\n\n沂人常〔2022〕31 号\n\n关于沂岗县 2022 年上半年国民经济和社会发展计划执行情况的报告\n\n"
        "——2022 年 7 月 26 日在沂岗县第十八届人民代表大会常务委员会第五次会议上\n\n沂岗县发展和改革局局长  刘振华\n\n"
        "主任、各位副主任、各位委员：\n\n  受县人民政府委托，现将我县 2022 年上半年计划执行情况报告如下，请予审议。\n"
        "一、上半年计划执行情况\n  上半年，全县实现地区生产总值117.38亿元，同比增长6.9%。\n"
        "二、存在的主要问题\n  一是需求收缩，二是企业经营困难。\n"
        "三、下半年工作安排\n  确保完成全年目标任务。\n\n"
        "沂岗县人大常委会办公室                    2022 年 7 月 27 日印发\n"
    )
    m = _by_value(ex, "117.38亿元")
    assert m.source is not None and m.source.name == "沂岗县发展和改革局"


def test_a_statistics_bulletin_compiled_by_the_bureau_beside_its_survey_corps_is_the_bureaus():
    ex = tradeie.extract(
        "沂 江 统 计 月 报\n2025年第8期\n\n沂江省统计局 编                                     国家统计局沂江调查总队\n\n"
        "────────────────────────────\n\n一、全省主要经济指标\n\n"
        "　　1—7月，全省规模以上工业增加值同比增长6.1%，增速比1—6月加快0.3个百分点。\n\n"
        "二、规模以上工业生产主要指标\n\n　　1—7月，全省规上工业企业实现营业收入3.25万亿元，同比增长4.2%。\n"
    )
    m = _by_value(ex, "3.25万亿元")
    assert m.source is not None and m.source.name == "沂江省统计局"


def test_hong_kong_capital_after_a_city_is_no_port_and_a_groups_post_speaks_of_the_group_it_cites():
    ex = tradeie.extract(
        "2024年上半年全市港资企业进出口情况\n\n　　据佛山海关统计，2024年上半年，佛山市港资企业进出口812.45亿元，同比增长5.6%。\n"
    )
    assert _by_value(ex, "812.45亿元").subject == "佛山市"
    post = tradeie.extract(
        "前7个月集团港口吞吐量稳中有进\n\n原创　集团运营管理部　江汉港航　8月12日 09:18　湖北\n\n"
        "　　记者从江汉港航集团运营管理部获悉，前7个月，集团所属港口累计完成货物吞吐量6215.8万吨，同比增长8.6%。\n"
    )
    assert _by_value(post, "6215.8万吨").subject == "江汉港航集团"


def test_a_wire_story_of_the_china_news_service_names_it_as_it_goes_by():
    ex = tradeie.extract(
        "中国新闻网\n\n广东上半年外贸进出口4.41万亿元\n\n2025年07月21日 15:26　来源：中国新闻网\n\n"
        "　　中新社广州7月21日电 (记者 程景川)今年前6个月，广东外贸进出口4.41万亿元人民币，同比增长4.2%。\n\n"
        "　　分季度看，二季度进出口2.36万亿元，增长7.1%。\n"
    )
    m = _by_value(ex, "2.36万亿元")
    assert m.source is not None and "中国新闻社" not in (m.source.name, m.source.outlet)


def test_a_source_line_with_a_radical_bar_closes_its_article():
    ex = tradeie.extract(
        "数字贸易简报\n2025年第4期\n\n【数据月报】\n\n01 服务外包\n\n"
        "今年1-4月，全市服务外包接包合同额41.37亿美元，同比增长18.6%；执行额30.52亿美元，同比增长24.1%。\n\n"
        "来源丨沂州市商务局\n\n【协会动态】\n\n我会组团参加第三届全球数字贸易博览会\n\n"
        "5月下旬，协会组织18家会员企业参展。\n"
    )
    m = _by_value(ex, "30.52亿美元")
    assert m.source is not None and m.source.name == "沂州市商务局"


def test_an_associations_own_work_led_by_its_officers_or_voted_at_its_meeting_is_the_associations():
    ex = tradeie.extract(
        "会务动态\n2025年第2期\n\n沂川市台商协会秘书处编　　　　　　2025年4月25日\n\n协会召开第十二届理事会第五次会议\n\n"
        "　　4月18日下午，沂川市台商协会第十二届理事会第五次会议在协会会馆召开。\n\n"
        "　　会议通报了一季度会务工作情况。一季度，协会会长、副会长带队走访会员企业47家。\n\n"
        "　　会议审议通过了增补6家副会长单位、吸纳38家企业入会的议案。\n"
    )
    for quote in ("47家", "6家", "38家"):
        assert _by_value(ex, quote).subject == "沂川市台商协会"


def test_a_years_total_goes_on_into_the_paragraph_breaking_it_down():
    ex = tradeie.extract(
        "沂江省国民经济和社会发展统计公报\n\n九、对外经济\n\n"
        "2024年全年货物进出口总额 2784.56 亿元，比上年增长 21.2%。\n\n"
        "其中，出口 1126.38 亿元，增长 39.6%；进口 1658.18 亿元，增长 11.2%。\n"
    )
    for quote in ("1126.38 亿元", "1658.18 亿元"):
        assert _period(_by_value(ex, quote)) == ("2024-01-01", "2024-12-31")


def test_an_indicator_keeps_the_full_width_brackets_its_release_writes():
    ex = tradeie.extract(
        "国家税务总局沂江省税务局\n\n今年1-5月全省出口退（免）税情况\n\n"
        "　　今年1-5月，全省税务部门累计为外贸企业办理出口退（免）税1187.6亿元，同比增长8.2%。\n"
    )
    m = _by_value(ex, "1187.6亿元")
    assert "退（免）税" in m.indicator


def test_a_listed_companys_story_goes_on_in_its_untitled_parts():
    ex = tradeie.extract(
        "上海证券报·中国证券网  >  公司  >  公司纵横\n\n沂岳重工：海外收入占比首次过半\n\n来源：上海证券报·中国证券网  作者：黄一帆\n\n"
        "上证报中国证券网讯（记者 黄一帆）8月27日下午，沂岳重工（688317）召开2025年半年度业绩说明会。\n\n"
        "半年报显示，上半年公司实现营业收入86.42亿元，同比增长12.7%。\n\n【互动问答】\n\n"
        "问：公司电动化产品的海外销售情况如何？\n\n柯敏：上半年，公司电动化产品实现销售收入12.36亿元，同比增长58.2%。\n\n"
        "【记者观察】\n\n据中国工程机械工业协会统计，1—7月，纳入统计的26家挖掘机制造企业共销售挖掘机136582台，同比增长15.8%。\n"
    )
    assert _by_value(ex, "12.36亿元").subject == "沂岳重工"


def test_a_train_brand_before_the_kind_of_train_it_runs_is_whose_runs_they_are():
    ex = tradeie.extract(
        "沂鲁陆港\n2025-04-11 08:30 山东\n\n一季度“沂鲁号”欧亚班列开行612列\n\n"
        "4月10日，记者从沂鲁陆港集团获悉，今年一季度，“沂鲁号”欧亚班列累计开行612列，同比增长16.1%。\n"
    )
    assert _by_value(ex, "612列").subject == "沂鲁号"


def test_a_table_whose_cells_stand_one_full_width_space_apart_is_read():
    ex = tradeie.extract(
        "沂桥区招商引资工作通报\n\n　　1—9月，全区招商引资工作总体平稳。\n\n沂桥区投资促进中心\n2025年10月14日\n\n附件\n\n"
        "1—9月招商引资考核排名前三位镇（街道）指标完成情况表\n\n"
        "序号　镇（街道）　签约项目（个）　落地项目（个）　到位内资（亿元）　排名\n"
        "1　沂桥街道　15　11　24.6　2\n2　沂岩街道　12　9　21.3　3\n3　齐贤街道　16　12　27.4　1\n"
    )
    m = _by_value(ex, "24.6")
    assert (m.subject, m.value.normalized) == ("沂桥街道", Decimal("2460000000"))


def test_a_survey_tables_answer_columns_take_the_percent_its_unit_line_lists_last():
    ex = tradeie.extract(
        "外贸形势月报\n2023年第10期\n\n沂岛市进出口商会编\n\n三、会员企业订单分行业情况\n\n"
        "表1  10月份分行业会员企业新接出口订单变化情况\n                                                  单位：家、%\n"
        "行业            样本数      增加      持平      减少\n"
        "家电电子          32        40.6      34.4      25.0\n"
        "纺织服装          41        17.1      36.6      46.3\n"
    )
    shares = {m.share.percent for m in ex.metrics if m.share is not None}
    assert {Decimal("40.6"), Decimal("34.4"), Decimal("46.3")} <= shares
    assert not [m for m in ex.metrics if m.value is not None and m.value.base_unit == "家" and m.value.number == Decimal("40.6")]


def test_a_yearbook_tables_chapter_number_opens_its_title_and_a_hash_marks_a_part():
    ex = tradeie.extract(
        "沂岭统计年鉴—2024                                        · 212 ·\n\n九、对外经济贸易\n\n"
        "2023年全省对外贸易简析\n\n    2023年，全省货物进出口总额512384万美元，比上年增长3.12%。\n\n"
        "9-3  按主要国家（地区）分货物进出口额（2023年）\n"
        "                                                    单位：万美元\n"
        "─────────────────────────────────────────────\n"
        " 国家（地区）      进出口        #出口        #进口    进出口比上年增长(%)\n"
        "─────────────────────────────────────────────\n"
        " 总    计        512384       341207       171177        3.12\n"
        " 美国            101246        92318         8928       -6.40\n"
        " 日本             48311        30125        18186        2.75\n"
    )
    m = _by_value(ex, "92318")
    assert _period(m) == ("2023-01-01", "2023-12-31")
    assert m.indicator == "出口" and m.dimensions.get("market") == "美国"


def test_a_reposts_editors_note_names_the_province_its_quanqu_is_and_a_listed_city_is_its_items():
    ex = tradeie.extract(
        "点击蓝字 关注我们\n\n白皮书解读丨前三季度全区数字经济核心产业较快增长\n原创 北部湾数研 北部湾数研\n\n"
        "编者按：本文节选自广西数字产业研究中心编制的《广西数字产业发展白皮书》第二章，内容根据PDF原文整理，部分段落有删节。\n"
        "一、核心产业规模扩大\n　　前三季度，全区数字经济核心产业实现营业收入2341.6亿元，同\n比增长9.7%。\n"
        "二、重点产业加快集聚\n　　前三季度，全区计算机整机产量61.2万台，同比增长12.5%。\n"
        "　　（1）柳州市。数字经济核心产业营业收入402.7亿元，同比增长8.3%。\n"
    )
    assert _by_value(ex, "61.2万台").subject == "广西壮族自治区"
    assert _by_value(ex, "402.7亿元").subject == "柳州市"


def test_a_city_post_naming_its_province_once_keeps_its_city():
    ex = tradeie.extract(
        "1—10月我市服务外包执行额增长9.8%\n\n原创 沂州商务 沂州商务 2025年11月18日 17:30 江苏\n\n"
        "今年以来，全市服务外包产业稳中有进，多项指标增速快于全省平均水平。\n\n"
        "据商务部服务外包统计系统数据，1—10月，全市服务外包执行额84.25亿元，同比增长9.8%。"
        "全市新增服务外包企业41家。\n"
    )
    assert _by_value(ex, "84.25亿元").subject != "江苏省"


def test_a_body_named_after_a_free_trade_zone_reports_the_zones_figures():
    ex = tradeie.extract(
        "沂海自贸试验区跨境服务促进会\n\n首页 | 协会概况 | 数据发布\n\n"
        "简报｜前三季度离岸贸易收支规模扩大\n\n发布时间：2025-10-22 10:05　　来源：协会秘书处\n\n"
        "据国家外汇管理局沂海市分局统计，今年1—9月，沂海自贸试验区新型离岸国际贸易收支额达到126.42亿美元，同比增长18.2%。\n\n"
        "从业务类型看，转手买卖项下收支额88.15亿美元，增长16.3%，占比69.7%。\n"
    )
    assert _by_value(ex, "88.15亿美元").subject.endswith("自贸试验区")


def test_a_free_trade_zones_part_named_after_it_in_the_headline_is_the_part():
    ex = tradeie.extract(
        "首页 > 财经 > 宏观经济\n\n山东自贸试验区烟台片区挂牌六周年：累计新设企业超2.6万家\n\n"
        "2025年08月29日 15:47　来源：中国新闻网\n\n"
        "片区管委会相关负责人介绍，2024年，片区实现外贸进出口1326.5亿元，同比增长8.3%。\n"
    )
    assert "烟台片区" in _by_value(ex, "1326.5亿元").subject


def test_a_ministry_whose_spokesman_briefs_the_press_is_the_source_of_the_figures():
    ex = tradeie.extract(
        "投 资 促 进 动 态\n\n2025 年第 2 期（总第 41 期）\n\n沂海省投资促进中心编                         2025 年 2 月 14 日\n\n"
        "【国家动态】\n          商务部：2024 年全国实际使用外资 7262.5 亿元\n\n"
        "　　本刊讯　据中外投资网 1 月 17 日报道，商务部 16 日召开\n例行新闻发布会，新闻发言人贺清介绍了 2024 年全国吸收外资情况。\n\n"
        "　　2024 年，全国新设立外商投资企业 51136 家，同比增长\n8.8%；实际使用外资金额 7262.5 亿元人民币，同比下降\n25.1%。\n\n"
        "【省内动态】\n          2024 年我省利用外资情况综述\n\n　　2024 年，全省新设外商投资企业 2987 家，同比增长\n6.4%。\n\n"
        "（来源：沂海省商务厅）\n"
    )
    assert _by_value(ex, "7262.5 亿元人民币").source.name == "商务部"
    assert _by_value(ex, "2987 家").source.name == "沂海省商务厅"


def test_an_amount_after_a_count_of_projects_is_those_projects_however_the_measure_is_named():
    ex = tradeie.extract(
        "沂海省发展和改革委员会\n\n2025年上半年全省境外投资备案情况\n\n"
        "上半年，全省共备案境外投资项目826项，中方协议投资额48.47亿美元，同比增长12.3%。\n\n"
        "从投资行业看，制造业项目368项，中方协议投资额26.92亿美元，同比增长21.7%，占全省的55.5%。\n"
        "先进制造业项目41个，占11.1%，计划总投资137.9亿美元，同比增长26.4%。\n"
    )
    assert "制造业" in _by_value(ex, "26.92亿美元").indicator
    assert "先进制造业" in _by_value(ex, "137.9亿美元").indicator
    assert not _by_value(ex, "48.47亿美元").indicator.startswith(("全省", "共"))


def test_a_notice_issuing_the_unyeared_communique_in_march_reports_the_year_before():
    ex = tradeie.extract(
        "沂岭省统计局文件\n\n沂统发〔2025〕9号\n\n关于印发全省对外经济主要统计数据的通知\n\n各市（州）统计局：\n"
        "　　《沂岭省国民经济和社会发展统计公报》已经省政府同意正式发布。现将公报中对外经济部分主要数据印发给你们。\n\n"
        "一、对外经济\n　　全年全省货物进出口总额968.35亿元，比上年下降0.9%。其中，出口额384.12亿元，增长11.8%。\n\n"
        "沂岭省统计局办公室			二〇二五年三月十日印发\n"
    )
    assert _period(_by_value(ex, "968.35亿元")) == ("2024-01-01", "2024-12-31")


def test_a_word_drafts_file_name_gives_the_year_of_its_half_year():
    ex = tradeie.extract(
        "文件名：汽车零部件出口季度分析_2023Q2_报送稿.docx\n沂海汽车工业协会 · 行业分析（内部参阅）\n\n二季度汽车零部件出口分析\n\n"
        "【提要】今年二季度，全省汽车零部件出口保持增长。上半年累计出口65.8亿美元，同比增长8.1%。\n"
    )
    assert _period(_by_value(ex, "65.8亿美元")) == ("2023-01-01", "2023-06-30")


def test_a_parks_account_card_and_its_service_centre_name_the_park_a_post_is_about():
    post = (
        "原创 沂湖数字园 沂湖数字服务外包产业园 2024年10月14日 18:02 江苏\n\n数读丨前三季度园区运行“成绩单”出炉\n\n"
        "沂湖数字园\n沂湖数字服务外包产业园官方服务号，发布园区动态、政策解读与企业服务资讯\n\n"
        "前三季度，园区实现服务外包执行额12.62亿元，同比增长15.3%。园区新增入驻企业38家。\n"
    )
    assert _by_value(tradeie.extract(post), "12.62亿元").subject == "沂湖数字服务外包产业园"
    draft = (
        "【定稿】2025Q2园区运行推文-综合服务中心.docx\n\n推文标题：园区上半年服务外包执行额同比增长14.8%\n"
        "作者：沂鲁软件园服务外包产业园综合服务中心　宣传组\n\n"
        "　　上半年，园区完成服务外包执行额23409万美元，同比增长14.8%。园区新增入驻企业53家。\n"
    )
    assert _by_value(tradeie.extract(draft), "23409万美元").subject == "沂鲁软件园服务外包产业园"


def test_a_communiques_breakdown_paragraph_keeps_the_year_of_the_paragraph_before():
    ex = tradeie.extract(
        "沂岭省统计局文件\n\n沂统发〔2025〕9号\n\n关于印发全省对外经济主要统计数据的通知\n\n各市（州）统计局：\n"
        "　　《沂岭省国民经济和社会发展统计公报》已经省政府同意正式发布。现将公报中对外经济部分主要数据印发给你们。\n\n"
        "一、对外经济\n　　全年全省货物进出口总额968.35亿元，比上年下降0.9%。其中，出口额384.12亿元，增长11.8%。\n"
        "　　从贸易伙伴看，对日本、韩国分别进出口119.36亿元和88.74亿元，分别增长-4.1%和6.3%。\n"
        "　　2020—2024年，全省进出口年均增长2.7%。\n"
        "　　从主体看，民营企业进出口517.3亿元，增长4.2%。\n\n"
        "沂岭省统计局办公室			二〇二五年三月十日印发\n"
    )
    assert _period(_by_value(ex, "119.36亿元")) == ("2024-01-01", "2024-12-31")
    assert _by_value(ex, "517.3亿元").period is None or _period(_by_value(ex, "517.3亿元"))[0] != "2020-01-01"


def test_an_airport_operators_page_reports_its_airports_figures():
    ex = tradeie.extract(
        "沂州机场集团有限公司\n首页 | 集团概况 | 新闻中心\n\n当前位置：首页 > 新闻中心 > 集团要闻\n\n"
        "郑州机场2024年货邮吞吐量62.6万吨\n\n发布时间：2025-01-09 10:32　　来源：集团宣传部\n\n"
        "　　1月8日，记者从沂州机场集团获悉，2024年郑州新郑国际机场完成货邮吞吐量62.6万吨，同比增长24.7%。"
        "其中，国际及地区货邮吞吐量34.3万吨，同比增长31.2%。\n\n　　全年保障全货机起降1.36万架次，同比增长18.5%。\n"
    )
    assert _by_value(ex, "1.36万架次").subject == "郑州新郑国际机场"


def test_a_february_notice_opening_on_last_year_reports_that_year_in_full():
    ex = tradeie.extract(
        "沂州市商务局文件\n\n沂商服〔2024〕6号\n\n沂州市商务局关于全市服务外包产业发展情况的通报\n\n各区商务主管部门：\n"
        "　　去年，全市商务系统持续推进服务外包转型升级，产业规模稳步扩大。现将全市服务外包产业发展情况通报如下。\n"
        "　　一、总体情况\n　　全年，全市服务外包执行额43.37亿美元，同比增长6.2%。\n"
        "　　今年，全市将力争全年离岸执行额增长6%以上。\n\n沂州市商务局\n2024年2月26日\n"
    )
    assert _period(_by_value(ex, "43.37亿美元")) == ("2023-01-01", "2023-12-31")


def test_a_papers_foot_dated_in_chinese_numerals_dates_its_story():
    ex = tradeie.extract(
        "沂海信息报　　　　　　数据解读　　　　　　　第3版\n━━━━━━━━━━━━━━━━━━━━━━\n\n工业生产稳中有升\n\n"
        "　　11月份，全国规模以上工业增加值同比增长5.6%。1—11月份，规模以上工业增加值同比增长5.8%。\n\n"
        "（本报记者　汤文　整理）\n\n━━━━━━━━━━━━━━━━━━━━━━\n本期出版日期：二〇二四年十二月十七日\n"
    )
    m = next(m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("5.8"))
    assert _period(m) == ("2024-01-01", "2024-11-30")


def test_a_pasted_files_name_is_no_subject_and_its_dated_name_gives_the_year():
    ex = tradeie.extract(
        "来源文件：沂岳证券_宏观点评_20240915_工业生产.pdf\n宏观点评 | 沂岳证券研究所\n\n工业生产边际放缓\n——8月工业数据点评\n\n"
        "核心观点\n■ 8月全国规模以上工业出口交货值12652亿元，同比增长4.6%（前值5.1%）。\n"
    )
    m = _by_value(ex, "12652亿元")
    assert m.subject != "来源文件"
    assert _period(m) == ("2024-08-01", "2024-08-31")


def test_a_table_whose_rows_are_years_dates_each_row_and_its_quarter_columns():
    ex = tradeie.extract(
        "沂南省货物贸易十年回顾\n\n        表1  2013—2023年沂南省货物贸易进出口情况\n"
        "                                              单位：亿元，%\n"
        "───────────────────────────────────────────────\n"
        "  年份     进出口      同比       出口       进口\n"
        "───────────────────────────────────────────────\n"
        "  2013      3105.2      11.8     2019.4     1085.8\n"
        "  2014      3372.6       8.6     2231.2     1141.4\n\n"
        "表2　地区生产总值环比增长速度\n\n单位：%\n年份\t1季度\t2季度\t3季度\t4季度\n2024\t1.4\t0.9\t1.2\t1.6\n2025\t1.3\t1.0\t1.1\t1.2\n"
    )
    m = _by_value(ex, "2231.2")
    assert m.indicator == "出口" and _period(m) == ("2014-01-01", "2014-12-31")
    q = next(m for m in ex.metrics if m.change is not None and m.change.text == "0.9")
    assert _period(q) == ("2024-04-01", "2024-06-30") and "季度" not in q.indicator


def test_a_numbered_item_naming_a_company_in_full_is_that_companys():
    ex = tradeie.extract(
        "沂海市服务贸易行业协会\n\n2024年会员企业离岸收入排名发布\n\n发布时间：2025-03-12\n\n"
        "　　2024年，协会会员企业实现离岸收入54.3亿美元，同比增长11.2%。离岸收入前三位的企业分别是：\n"
        "　　1．沂海澜图信息科技股份有限公司，离岸收入41,862万美元，同比增长18.4%；\n"
        "　　2．沂海汇程数据服务有限公司，离岸收入32,507万美元，同比增长9.7%。\n"
    )
    assert _by_value(ex, "32,507万美元").subject == "沂海汇程数据服务有限公司"


def test_an_official_papers_own_number_gives_the_year_of_its_quarter():
    ex = tradeie.extract(
        "沂商呈〔2025〕17号\r\n\r\n沂潭县商务局\r\n关于3月份暨一季度全县商务运行情况的报告\r\n\r\n县人民政府：\r\n"
        "　　一、主要指标完成情况\r\n　　一季度，全县实现社会消费品零售总额21.46亿元，同比增长5.3%。\r\n\r\n沂潭县商务局\r\n4月9日\r\n"
    )
    assert _period(_by_value(ex, "21.46亿元")) == ("2025-01-01", "2025-03-31")


def test_a_delegations_intended_purchases_are_a_measure_of_their_own():
    ex = tradeie.extract(
        "沂州市贸促会\n\n沂州交易团第七届进博会成果丰硕\n\n发布时间：2024-11-20\n\n"
        "　　分展区看，技术装备展区意向采购额最大，达4.62亿美元，同比增长20.3%；食品及农产品、消费品两个展区分别达到3.71亿美元和3.18亿美元。\n"
    )
    assert "采购" in _by_value(ex, "3.71亿美元").indicator


def test_a_sentence_opening_on_a_measure_gives_its_members_rates_that_measure():
    ex = tradeie.extract(
        "沂州市外商投资企业协会\n\n2024年度会员企业经营状况调查报告\n\n发布时间：2025-03-21\n\n"
        "　　营业收入方面，欧资企业同比增长7.3%，日资企业增长2.1%，美资企业下降1.6%。\n"
        "　　从银行结售汇看，全市银行结汇216.2亿美元，环比增长4.6%。\n"
    )
    rates = {m.change.text: m.indicator for m in ex.metrics if m.value is None and m.change is not None}
    assert "营业收入" in rates["增长2.1%"] and "日资" in rates["增长2.1%"]
    assert "结售汇" not in _by_value(ex, "216.2亿美元").indicator


def test_a_figure_level_with_last_year_is_flat_on_the_year():
    ex = tradeie.extract(
        "沂州市服务贸易协会\n\n2024年会员企业离岸收入排名\n\n发布时间：2025-03-21\n\n"
        "　　2024年，沂州凯领商务服务有限公司离岸收入16,493万美元，与上年基本持平；全市服务外包执行额12.3亿美元，与去年相比增长3.2%。\n"
    )
    m = _by_value(ex, "16,493万美元")
    assert m.change is not None and (m.change.direction, m.change.basis) == ("flat", "yoy")
    assert _by_value(ex, "12.3亿美元").change.percent == Decimal("3.2")


def test_a_citys_counted_zones_named_short_under_a_customs_masthead_are_the_subject():
    ex = tradeie.extract(
        "中华人民共和国沂州海关\n沂州 Customs District\n无障碍浏览 | 长者模式 | 简体 | English\n\n首页 > 信息公开 > 海关统计 > 统计分析\n\n"
        "前三季度沂州市综合保税区进出口增长9.6%\n\n发布时间：2024-10-22 15:30　　信息来源：沂州海关　　浏览次数：2318\n\n"
        "　　据沂州海关统计，今年前三季度，沂州市3个综合保税区（以下简称“综保区”）进出口总值382.4亿元，同比增长9.6%。\n\n"
        "　　二、加工贸易仍是综保区主要贸易方式\n　　前三季度，综保区内加工贸易进出口297.6亿元，增长6.1%。\n"
    )
    assert _by_value(ex, "297.6亿元").subject == "沂州市综合保税区"


def test_an_autonomous_countys_full_name_and_a_forwarded_mails_headers():
    report = (
        "政府工作报告\n\n——2025年1月9日在沂口瑶族自治县第十七届人民代表大会第五次会议上\n\n县长　邓春\n\n各位代表：\n"
        "　　一、2024年工作回顾\n　　2024年，全县地区生产总值完成96.4亿元，增长5.3%；外贸进出口总额318.6亿元，增长12.1%。\n"
    )
    assert _by_value(tradeie.extract(report), "96.4亿元").subject == "沂口瑶族自治县"
    mail = (
        "发件人：县商务局外贸科 <wmk@example.gov.cn>\n收件人：县统计局综合股\n主题：转发：12月份外贸快报\n"
        "附件：沂化县外贸快报_202412.docx (58.3 KB)\n\n综合股：\n    附件为12月份全县外贸快报，请查收。\n\n"
        "沂化县外贸快报\n\n表一　进出口总体情况　　　　　　　　　　　单位：万元，%\n项目\t12月\t同比±\t1-12月\t同比±\n"
        "进出口\t124615\t15.2\t1268743\t6.8\n出口\t121980\t16.1\t1241529\t7.3\n"
    )
    ex = tradeie.extract(mail)
    m = _by_value(ex, "1268743")
    assert m.subject != "发件人" and m.value.normalized == Decimal(12687430000)
    assert _period(m) == ("2024-01-01", "2024-12-31")


def test_a_return_filed_by_members_is_no_source_but_a_bureaus_bulletin_is():
    members = tradeie.extract(
        "沂圳市服务贸易协会\n2024年度会员企业离岸服务收入报告\n\n发布时间：2025-03-20\n\n"
        "　　2024年，会员企业合计实现离岸服务收入46.83亿美元，同比增长11.6%。\n\n"
        "说明：\n1．本报告数据来源于会员企业年度报送，统计范围为2024年1月至12月。\n"
    )
    assert (_by_value(members, "46.83亿美元").source.name or "") != "会员企业年度报送"
    from tradeie.metrics.data_notes import is_reporting_system
    assert not is_reporting_system("沂安市工业和信息化局软件业统计快报")


def test_the_chinese_side_of_an_embassys_bilateral_figures_is_chinas():
    ex = tradeie.extract(
        "中华人民共和国驻哈萨克斯坦共和国大使馆经济商务处\n首页 | 机构设置 | 经贸新闻\n您现在的位置：首页 > 经贸新闻 > 双边经贸\n\n"
        "2024年1-9月中哈经贸合作简况\n\n发布时间：2024-10-28 17:05    来源：驻哈萨克斯坦使馆经商处\n\n"
        "　　一、双边贸易\n　　据中国海关总署统计，2024年1-9月，中哈双边贸易额227.4亿美元，同比增长4.6%。\n"
        "　　从出口商品看，中方对哈出口以机电产品为主，出口额62.5亿美元，同比增长15.3%。\n"
    )
    assert _by_value(ex, "62.5亿美元").subject == "中国"


def test_a_fairs_trading_delegation_is_whose_deals_and_the_fairs_month_their_period():
    ex = tradeie.extract(
        "宁波市贸促会\n首页 > 新闻动态\n\n宁波交易团第七届进博会成果丰硕　意向采购金额创新高\n\n"
        "发布时间：2024-11-12 09:36　　来源：宁波市贸促会\n\n"
        "　　11月10日，第七届中国国际进口博览会在国家会展中心（上海）落下帷幕。本届进博会宁波交易团共组织采购商5860人，"
        "累计达成意向采购金额8.62亿美元，同比增长7.4%，占浙江交易团意向采购总额的21.3%。\n\n"
        "　　交易团各分团中，北仑分团意向成交额2.41亿美元，占全团的27.9%。\n\n"
        "　　展会期间，交易团走访对接展商186家，现场签约项目15个。\n"
    )
    deals = _by_value(ex, "8.62亿美元")
    assert deals.subject == "宁波交易团"  # not the fair, nor the province's delegation it is a share of
    visits = _by_value(ex, "186家")
    assert visits.subject == "宁波交易团" and _period(visits) == ("2024-11-01", "2024-11-30")


def test_a_delegations_return_table_takes_the_fairs_month_and_the_filer_as_source():
    ex = tradeie.extract(
        "附件1-湖北交易团第五届进博会成交统计表(20221114定稿).docx\n\n"
        "湖北交易团参加第五届中国国际进口博览会成交情况统计\n\n"
        "填报单位：湖北省贸促会（湖北交易团办公室）\n统计截止：11月10日18时\n计量单位：亿美元、家、%\n\n一、分团成交情况\n\n"
        "| 序号 | 分团 | 注册采购商（家） | 意向采购额（亿美元） | 同比（%） |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 武汉分团 | 1642 | 8.36 | 12.4 |\n| 2 | 襄阳分团 | 215 | 1.12 | 6.7 |\n| 合计 |  | 1857 | 9.48 | 11.6 |\n\n"
        "二、分展区成交情况\n\n| 展区 | 意向采购额 | 同比 |\n| --- | --- | --- |\n| 技术装备 | 4.83 | 15.2 |\n| 汽车 | 1.74 | -12.3 |\n"
    )
    row = _by_value(ex, "8.36")
    assert row.subject == "武汉分团"
    assert _period(row) == ("2022-11-01", "2022-11-30")
    assert row.source is not None and row.source.name == "湖北省贸促会"


def test_a_feature_dated_a_month_after_a_fair_keeps_the_fairs_month():
    ex = tradeie.extract(
        "界面新闻 > 商业\n\n一座县级市的会展生意\n\n2025/10/27 08:46\n\n"
        "　　9月下旬，第三十届中国五金博览会在永康国际会展中心落幕。展会期间实现意向成交额152.3亿元，同比增长8.6%。\n"
    )
    assert _period(_by_value(ex, "152.3亿元"))[0] != "2025-10-01"


def test_a_platform_companys_report_on_its_train_service_is_the_services():
    report = (
        "沂州国际陆港开发建设有限公司\n关于1—11月中欧班列（沂州）运营情况的报告\n\n市人民政府：\n"
        "    今年以来，我公司认真落实市委、市政府决策部署。现将1—11月运营情况报告如下。\n\n"
        "    一、总体运行情况\n    1—11月，中欧班列（沂州）累计开行2896列，同比增长9.8%。\n\n"
        "    二、线路情况\n    去程班列开行1562列，同比增长8.1%；回程班列开行1334列，同比增长11.9%。\n"
    )
    ex = tradeie.extract(report)
    assert _by_value(ex, "1334列").subject == "中欧班列（沂州）"
    bulletin = (
        "渝新欧（重庆）物流有限公司\n\n运 营 简 报\n\n2024年第8期（总第104期）\n\n市场运营部编印        2024年9月6日\n\n"
        "一、8月运行情况\n\n　　8月，中欧班列共开行去回程班列486列，同比增长7.5%。\n\n"
        "二、1—8月累计运行情况\n\n　　1—8月，累计开行班列3,736列，比上年同期增加214列。\n"
    )
    assert "物流有限公司" not in (_by_value(tradeie.extract(bulletin), "3,736列").subject or "")


def test_a_delegations_export_deals_are_a_measure_not_a_product():
    ex = tradeie.extract("在第137届广交会上，山东交易团出口成交21.6亿美元，增长5.9%。")
    m = _by_value(ex, "21.6亿美元")
    assert m.indicator == "出口成交" and "product" not in m.dimensions


def test_a_bank_branchs_own_post_is_the_branchs_and_a_research_groups_byline_its_source():
    post = tradeie.extract(
        "中行宁波跨境人民币结算量前三季度突破千亿元！\n\n原创 中行宁波 中国银行宁波市分行 2025年10月21日 17:45 浙江\n\n"
        "记者从中国银行宁波市分行获悉，今年前三季度，该行跨境人民币结算量达1036.8亿元，同比增长23.5%。\n\n"
        "📊 数据速览\n\n▶ 经常项目结算量648.2亿元，同比增长19.1%\n▶ 资本项目结算量388.6亿元，同比增长31.6%\n"
    )
    assert _by_value(post, "1036.8亿元").subject == "中国银行宁波市分行"
    assert _by_value(post, "648.2亿元").subject == "中国银行宁波市分行"
    study = tradeie.extract(
        "关于义乌市市场采购贸易跨境人民币结算情况的调研报告\n\n中国人民银行金华市分行课题组\n\n"
        "摘要：调研显示，去年义乌市跨境人民币结算量增长近三成。\n\n一、现状\n\n"
        "去年，义乌市跨境人民币结算量855.47亿元，同比增长26.6%。\n\n中国人民银行金华市分行课题组\n二〇二五年三月十四日\n"
    )
    m = _by_value(study, "855.47亿元")
    assert m.subject == "义乌市" and m.source is not None and m.source.name.startswith("中国人民银行金华市分行")


def test_a_flow_broken_down_by_kind_names_each_kinds_measure():
    ex = tradeie.extract(
        "2024年上半年，全市技术出口合同金额12.38亿美元。从出口方式看，计算机软件出口合同金额6.85亿美元，同比增长27.4%；"
        "技术咨询、技术服务合同金额4.12亿美元，同比增长18.9%。\n"
    )
    assert "出口" in _by_value(ex, "4.12亿美元").indicator


def test_years_from_an_attachment_at_a_posts_foot_and_in_a_papers_list_of_attachments():
    post = tradeie.extract(
        "前三季度我市技术出口合同金额增长超三成\n原创 青岛商务 青岛商务 10月23日 08:30 山东\n\n"
        "今年前三季度，全市登记技术进出口合同1562项，同比增长7.4%；合同金额27.94亿美元，同比增长18.3%。\n\n"
        "📎 附件：qdsw_jsjck_tongji_2024Q3.xlsx（28.6KB）\n"
    )
    assert _period(_by_value(post, "27.94亿美元")) == ("2024-01-01", "2024-09-30")
    paper = tradeie.extract(
        "文件标题：关于报送一季度全市招商引资项目调度情况的函\n主送单位：市人民政府办公室\n"
        "附件：1. 一季度全市招商引资工作简报（第1期）.docx\n      2. 招商项目调度表_20250409.xls\n\n"
        "市人民政府办公室：\n\n    一季度，全市新签约招商引资项目86个，同比增长12.4%，总投资562.3亿元。\n"
    )
    assert _period(_by_value(paper, "562.3亿元")) == ("2025-01-01", "2025-03-31")


def test_a_notice_on_the_year_before_reports_that_year_in_its_bare_whole_year():
    ex = tradeie.extract(
        "西安市科学技术局文件\n\n市科发〔2025〕17号\n\n西安市科学技术局\n关于上年度全市技术进出口合同登记工作情况的通报\n\n"
        "各区县科技管理部门：\n　　上年度，全市各级科技管理部门持续优化技术进出口合同登记服务。现将有关情况通报如下：\n"
        "　　一、总体情况\n　　全年共受理技术进出口合同登记申请1936项。经审核，全市共登记技术进出口合同1908项，较上年增长12.3%；"
        "合同金额合计31.56亿美元，较上年增长8.9%。\n\n西安市科学技术局办公室　　　二〇二五年二月二十七日印发\n"
    )
    assert _period(_by_value(ex, "31.56亿美元")) == ("2024-01-01", "2024-12-31")


def test_a_new_areas_post_under_its_investment_promotion_centre_is_the_areas():
    ex = tradeie.extract(
        "上半年新区招商引资“成绩单”来了！\n\n原创 西海岸投资促进 西海岸投资促进 2024年07月09日 18:06 山东\n\n"
        "上半年，新区累计签约项目156个，同比增长18.2%，总投资1386亿元，同比增长22.7%。\n\n来源：西海岸新区投资促进中心\n"
    )
    assert _by_value(ex, "1386亿元").subject == "西海岸新区"


def test_fairs_named_short_in_headlines_and_a_fairs_own_bulletin():
    closing = tradeie.extract(
        "中国商务新闻网 | 首页  要闻  服贸\n\n服贸会闭幕 共达成成果1186项 意向成交额逾4400亿元\n\n"
        "2022-09-06 09:12    来源：中国商务新闻网\n\n"
        "　　本报讯 8月31日至9月5日举办的2022年中国国际服务贸易交易会5日在北京闭幕。据服贸会组委会统计，"
        "本届服贸会共达成各类成果1186项，较上届增加98项；意向成交金额4410.7亿元，同比增长11.6%。\n"
    )
    assert _by_value(closing, "4410.7亿元").subject == "2022年中国国际服务贸易交易会"
    visit = tradeie.extract(
        "2023年服贸会重庆交易团成绩单来了！签约金额286.4亿元\n\n原创 重庆商务 重庆商务 2023-09-07 18:30 发表于重庆\n\n"
        "9月6日，2023年中国国际服务贸易交易会在北京落下帷幕。本届服贸会上，重庆交易团集中签约项目56个，签约总金额286.4亿元，较上届增长21.5%。\n"
    )
    assert _by_value(visit, "286.4亿元").subject == "重庆交易团"
    bulletin = tradeie.extract(
        "                   全球数字贸易博览会\n                      工 作 简 报\n\n                        第 9 期\n\n"
        "全球数字贸易博览会组委会办公室                    10 月 9 日\n————————————————————\n\n第三届数贸会成果统计情况通报\n\n"
        "　　第三届全球数字贸易博览会（以下简称数贸会）于 9 月 25 日至 29 日在杭州国际博览中心举办。据组委会统计，"
        "本届数贸会共有来自 85 个国家和地区的 1468 家企业参展，其中境外展商 312 家。\n"
    )
    assert "数贸会" in _by_value(bulletin, "1468 家").subject or "博览会" in _by_value(bulletin, "1468 家").subject


def test_a_customs_houses_report_on_its_port_named_in_the_headline_is_the_ports():
    ex = tradeie.extract(
        "防城海关文件\n\n防关发〔2024〕18号\n\n签发人：陈伟东\n\n防城海关关于一季度防城港口岸大宗商品进口情况的报告\n\n防城港市人民政府：\n"
        "　　现将今年一季度防城港口岸大宗商品进口情况报告如下：\n　　一、基本情况\n"
        "　　一季度，防城港口岸进口铁矿砂、大豆、煤炭等主要大宗商品2843.7万吨，同比增长4.9%。\n"
        "　　二、分商品情况\n　　进口铁矿砂1562.4万吨，同比增长6.2%；进口大豆318.5万吨，同比下降3.1%。防城港口岸进口煤炭512.6万吨。\n"
    )
    assert _by_value(ex, "1562.4万吨").subject == "防城港口岸"


def test_sources_listed_after_a_goods_paragraph_are_those_goods_sources():
    ex = tradeie.extract(
        "上半年，天津口岸进口铁矿砂5216.3万吨，同比下降3.8%；货值402.6亿元，下降15.2%。\n\n"
        "从来源看，澳大利亚仍是第一大来源地，自澳进口3402.8万吨，占65.2%；自巴西进口1127.5万吨，下降9.6%。\n"
    )
    australia = _by_value(ex, "3402.8万吨")
    assert australia.dimensions.get("market") == "澳大利亚" and australia.dimensions.get("product") == "铁矿砂"
    assert _by_value(ex, "1127.5万吨").dimensions.get("product") == "铁矿砂"


def test_chinas_side_named_by_its_exports_in_an_embassys_report():
    ex = tradeie.extract(
        "驻埃塞俄比亚使馆经商处\n经商处简报〔第7期〕\n\n关于今年一季度中埃经贸合作情况的报告\n\n商务部西亚非洲司：\n"
        "　　今年以来，埃塞宏观经济逐步企稳。现将一季度有关情况报告如下：\n　　一、双边贸易小幅增长\n"
        "　　据中国海关统计，今年一季度中埃双边贸易额7.45亿美元，同比增长4.3%。其中，中方出口6.58亿美元，同比增长6.1%；中方进口8700万美元，同比下降7.8%。\n"
        "　　出口方面，机电产品出口3.12亿美元，占中方出口总额的47.4%。\n\n驻埃塞俄比亚使馆经商处\n二〇二五年四月十八日\n"
    )
    assert _by_value(ex, "6.58亿美元").subject == "中国"
    assert _by_value(ex, "3.12亿美元").subject == "中国"


def test_a_customs_district_named_in_a_headline_or_by_the_house_a_post_cites():
    notice = tradeie.extract(
        "昆明海关统计快报\n第14期\n昆明海关统计分析处编\n\n关于上半年云南关区跨境电商零售进口和保税物流中心运行情况的通报\n\n"
        "各隶属海关，机关各处室：\n　　现将今年上半年关区跨境电商零售进口业务运行情况通报如下。\n"
        "　　上半年，关区共监管跨境电商零售进口申报清单238.64万票，同比增长16.3%；货值5.47亿元，同比增长11.8%。\n"
    )
    assert _by_value(notice, "5.47亿元").subject == "云南关区"
    post = tradeie.extract(
        "青岛跨境电商1-10月“成绩单”出炉！\n\n原创 胶州湾跨境观察 胶州湾跨境观察 2023-11-14 18:05 发表于山东\n\n"
        "10月“双11”备货高峰叠加进口消费回暖，青岛关区跨境电商零售进口业务量快速攀升。小编从青岛海关获悉，1-10月，青岛海关共验放"
        "跨境电商零售进口申报清单3046.8万票，同比增长27.5%；货值58.62亿元，同比增长19.3%。\n\n"
        "10月当月，关区验放跨境电商零售进口清单498.2万票，同比增长31.6%。\n\n"
        "分模式看，1-10月网购保税进口（1210）、直购进口（9610）清单分别为2517.4万票和529.4万票，同比分别增长31.2%和12.1%。\n"
    )
    assert _by_value(post, "2517.4万票").subject == "青岛关区"


def test_a_traditional_chinese_release_citing_its_bureaus_records():
    ex = tradeie.extract(
        "澳門特別行政區政府　統計暨普查局\n\n2024年7月份對外商品貿易\n發佈日期：2024-08-27\n\n"
        "統計暨普查局資料顯示，2024年7月份貨物出口總值為11.8億澳門元（下同），按年上升6.4%。\n"
    )
    assert _by_value(ex, "11.8億澳門元").source.name == "統計暨普查局"


def test_a_shipping_routes_index_keeps_the_routes_name():
    ex = tradeie.extract("10月，欧洲航线运价指数月均值为1523.6点，环比下降12.4%；地中海东航线运价指数月均值为1688.2点，环比下降9.8%。")
    m = _by_value(ex, "1688.2点")
    assert "地中海东航线" in m.indicator and m.subject != "地中海"


def test_a_zone_heads_work_report_is_its_committees_and_a_parsers_file_line_dates_it():
    report = tradeie.extract(
        "长高新管发〔2025〕2号\n\n凝心聚力拼经济 开放创新谋新篇\n——在长沙高新区经济工作会议上的报告\n\n"
        "长沙高新区管委会主任　唐志远\n（二〇二五年一月十八日）\n\n各位领导，同志们：\n现在，我代表长沙高新区管委会报告工作，请予审议。\n\n"
        "一、过去一年工作回顾\n（一）经济总量稳步扩大。全年实现地区生产总值1586.3亿元，同比增长6.2%。\n"
    )
    assert _by_value(report, "1586.3亿元").source.name == "长沙高新区管委会"
    mail = tradeie.extract(
        "发件人：武汉市电子商务协会统计部\n收件人：协会各理事单位\n主　题：转发：9月全市电子商务运行监测数据\n"
        "正　文：各单位：现将9月全市电子商务运行监测数据转发给你们。\n\n【附件解析结果】\n"
        "文件：WH-EC-Monthly_202409.xlsx　　工作表：4个　　解析方式：按单元格导出（制表符分隔）\n\n"
        "武汉市网络零售主要指标（9月）\n单位：亿元，%\n指标名称\t本月\t同比增长\t1—9月累计\t同比增长\n"
        "网络零售额\t312.46\t8.7\t2694.83\t9.5\n农村网络零售额\t46.93\t10.3\t398.64\t11.8\n"
    )
    m = _by_value(mail, "2694.83")
    assert _period(m) == ("2024-01-01", "2024-09-30")
    assert m.source is not None and m.source.name.startswith("武汉市电子商务协会")


def test_an_internal_bulletin_dated_by_its_foot_over_a_spaced_page_number():
    ex = tradeie.extract(
        "全国吸收外商直接投资快讯\n（第9期）\n\n商务部外国投资管理司　　　　　　　　内部资料　注意保存\n\n今年1—9月全国吸收外资情况\n\n"
        "一、总体情况\n　　今年1—9月，全国新设立外商投资企业44906家，同比增长13.7%；实际使用外资金额5712.4亿元人民币，同比下降8.6%。\n\n"
        "二、区域分布\n　　东部地区实际使用外资4881.3亿元人民币，同比下降9.4%，占全国的85.5%。\n\n"
        "注：1.本快讯数据为快报数，最终以年度统计数据为准。\n2.表中“同比”为按可比口径计算的增减幅度，负值表示下降。\n\n"
        "抄送：各省、自治区、直辖市商务主管部门，部内相关司局。\n商务部外国投资管理司综合处　　　　　　二〇二五年十月二十日印发\n\n第 2 页　共 2 页\n"
    )
    assert _period(_by_value(ex, "5712.4亿元人民币")) == ("2025-01-01", "2025-09-30")


def test_last_years_quarter_given_for_comparison_holds_for_its_paragraph_only():
    ex = tradeie.extract(
        "数说丨一季度三亚关区“零关税”进口货值超20亿元\n\n原创 三亚海关 三亚海关 2025年04月18日 17:36 海南\n\n"
        "今年一季度，关区“零关税”进口货物货值20.37亿元，同比增长31.8%。\n\n"
        "去年一季度，关区“零关税”进口货值为15.46亿元。今年一季度增速高于全省平均水平10.2个百分点。\n\n"
        "▍分清单看\n\n🔹自用生产设备\n进口货值12.6亿元，同比增长52.7%。\n"
    )
    assert _period(_by_value(ex, "15.46亿元")) == ("2024-01-01", "2024-03-31")
    assert _period(_by_value(ex, "12.6亿元")) == ("2025-01-01", "2025-03-31")


def test_a_repost_dated_only_by_its_original_links_path():
    ex = tradeie.extract(
        "外贸观察家\n原创 观察家编辑部 外贸观察家 4月14日 20:17 浙江\n\n开门稳！一季度外贸“成绩单”来了\n\n"
        "▍新华社消息\n\n新华社北京4月14日电 记者14日从国新办新闻发布会上获悉，今年一季度，我国货物贸易进出口10.43万亿元，同比增长1.6%。\n\n"
        "原文链接：http://www.news.cn/fortune/20250414/4c8e1f2a9b/c.html\n"
    )
    assert _period(_by_value(ex, "10.43万亿元")) == ("2025-01-01", "2025-03-31")


def test_customs_mode_codes_label_table_rows_and_head_table_columns():
    rows = tradeie.extract(
        "2024年全省跨境电商出口分监管方式情况\n\n单位：亿元，%\n"
        "监管方式       出口额         同比       占比\n"
        "  9610           2391.4         12.7       36.6\n"
        "  9710           1478.6         52.3       22.6\n"
        "  9810           2205.8         41.9       33.8\n"
    )
    m = _by_value(rows, "1478.6")
    assert m.change is not None and m.change.percent == Decimal("52.3") and "9710" in (m.indicator + str(m.dimensions))
    grid = tradeie.extract(
        "表1　一季度主要设区市跨境电商出口分监管方式情况（单位：亿元）\n"
        "+----------+--------+--------+--------+--------+\n| 设区市   | 9610   | 9710   | 9810   | 合计   |\n"
        "+==========+========+========+========+========+\n| 福州市   | 28.4   | 21.6   | 30.2   | 80.2   |\n"
        "+----------+--------+--------+--------+--------+\n| 厦门市   | 34.7   | 37.5   | 41.8   | 114.0  |\n"
        "+----------+--------+--------+--------+--------+\n"
    )
    cell = _by_value(grid, "37.5")
    assert cell.subject == "厦门市" and cell.dimensions.get("trade_mode") == "9710"


def test_a_story_on_a_county_level_citys_communique_reports_that_city_in_the_communiques_year():
    paper = tradeie.extract(
        "酒泉日报\n2025年03月21日　星期五　　第03版：县域经济\n\n敦煌：文旅“金名片”擦得更亮 开放型经济稳中有进\n"
        "——《2024年敦煌市国民经济和社会发展统计公报》解读\n\n本报记者　马晓琳\n\n"
        "　　日前，敦煌市统计局发布《2024年敦煌市国民经济和社会发展统计公报》。\n\n"
        "　　公报数据显示，全年全市接待国内外游客1523.6万人次，比上年增长18.4%。\n"
    )
    assert _by_value(paper, "1523.6万人次").subject == "敦煌市"
    post = tradeie.extract(
        "义乌统计\n\n数说义乌｜开放篇：全年进出口6681.5亿元\n\n原创 统计小义 义乌统计 2025年03月06日 18:02 浙江\n\n"
        "近日，义乌市统计局联合发布《2024年义乌市国民经济和社会发展统计公报》。今天，小义带大家一起看看成绩单👇\n\n"
        "据义乌海关统计，全年全市实现进出口总额6681.5亿元，比上年增长18.9%。\n"
    )
    assert _period(_by_value(post, "6681.5亿元")) == ("2024-01-01", "2024-12-31")


def test_a_fair_named_after_the_nation_casts_no_vote_and_year_month_rows_date_their_figures():
    brief = tradeie.extract(
        "支付结算工作简报\n第11期\n中国人民银行厦门市分行支付结算处编\n\n境外来厦人员支付便利化工作取得阶段性成效\n\n"
        "今年以来，我分行推动外卡受理、移动支付协同发力。现将有关情况通报如下。\n\n一、主要成效\n（一）移动支付交易规模快速扩大\n"
        "1—10月，境外来厦人员通过移动支付完成交易412.65万笔，同比增长138.7%。第二十四届中国国际投资贸易洽谈会期间，"
        "会场周边商户外卡及移动支付交易同比增长2.1倍。\n（二）来源地结构持续多元\n从来源地看，中国台湾居民交易金额居首位。\n"
    )
    assert _by_value(brief, "412.65万笔").subject == "厦门市"
    table = tradeie.extract(
        "表 1：浦东机场 2024 年以来月度运营数据\n月份      旅客吞吐量    同比      货邮吞吐量    同比\n"
        "          （万人次）              （万吨）\n2024-01     592.1      61.7%       25.86      -3.1%\n"
        "2024-02     601.4      72.9%       24.02       8.4%\n"
    )
    assert _period(_by_value(table, "601.4")) == ("2024-02-01", "2024-02-29")


def test_a_ranking_tables_text_columns_of_place_and_ownership_hold_no_figures():
    ranking = tradeie.extract(
        "附表：2024年度湖南省外贸进出口50强企业（前4位）\n\n"
        "排名\t企业名称\t所在城市\t企业性质\t进出口额（亿元）\t同比（%）\n"
        "1\t湘江远达国际贸易有限公司\t长沙\t国有\t286.4\t12.3\n"
        "2\t岳阳港华石化储运有限公司\t岳阳\t外资\t174.9\t-3.8\n"
        "3\t株洲铁骏轨道装备股份有限公司\t株洲\t民营\t121.5\t22.0\n"
    )
    row = _by_value(ranking, "174.9")
    assert row.subject == "岳阳港华石化储运有限公司"
    assert row.change is not None and row.change.percent == Decimal("-3.8")


def test_a_hong_kong_trade_release_moves_before_levels_and_signs_its_markets_rates():
    release = tradeie.extract(
        "二〇二四年十月份商品貿易統計\n\n"
        "　　政府統計處今日（十一月二十六日）發表的數字顯示，二〇二四年十月份的商品整體出口貨值為4,175億元。"
        "二〇二四年十月份錄得有形貿易逆差312億元，相等於商品進口貨值的6.9%。\n\n"
        "　　二〇二四年首十個月合計，商品整體出口貨值較二〇二三年同期上升9.2%，至38,210億元。\n\n"
        "　　二〇二四年十月份與去年同月比較，輸往亞洲整體的整體出口貨值上升11.4%。輸往區內部分目的地的整體出口貨值顯著上升，"
        "特別是越南(+38.1%)、新加坡(+17.5%)及印度(-4.2%)。\n"
    )
    deficit = _by_value(release, "312億元")
    assert deficit.share is not None and deficit.share.percent == Decimal("6.9")
    ytd = _by_value(release, "38,210億元")
    assert ytd.change is not None and ytd.change.percent == Decimal("9.2")
    assert _period(ytd) == ("2024-01-01", "2024-10-31")
    vietnam = next(m for m in release.metrics if m.dimensions.get("market") == "越南")
    assert vietnam.change is not None and vietnam.change.percent == Decimal("38.1") and vietnam.value is None
    assert _period(vietnam) == ("2024-10-01", "2024-10-31")
    india = next(m for m in release.metrics if m.dimensions.get("market") == "印度")
    assert india.change is not None and india.change.direction == "down"


def test_lending_rates_moved_in_basis_points_and_lending_above_last_years():
    story = tradeie.extract(
        "　　记者从人民银行泉州市分行获悉，今年上半年，全市银行业累计向外贸企业投放贷款286.4亿元，同比多投放41.7亿元。"
        "6月份新发放外贸企业贷款加权平均利率为3.61%，比上年同期低38个基点；普惠小微贷款利率比上月高0.05个百分点。\n"
    )
    lending = _by_value(story, "286.4亿元")
    assert lending.change is not None and lending.change.amount == Decimal(4170000000) and lending.change.direction == "up"
    rate = _by_value(story, "3.61%")
    assert rate.change is not None and rate.change.points == Decimal("-0.38") and rate.change.basis == "yoy"


def test_a_tax_refund_tables_unit_is_the_bracket_naming_a_unit():
    table = tradeie.extract(
        "　　表1　2023年1—9月吴中区出口退（免）税办理情况\n\n"
        "　　企业类型　　　　　　户数（户）　　退（免）税额（万元）　　同比增长（%）\n"
        "　　生产企业　　　　　　986　　　　　154270　　　　　　　　7.9\n"
        "　　外贸企业　　　　　　412　　　　　 36518　　　　　　　　 -4.1\n"
        "　　合计　　　　　　　　1398　　　　　190788　　　　　　　　5.2\n"
    )
    row = _by_value(table, "36518")
    assert row.value.normalized == Decimal(365180000) and row.value.base_unit == "CNY"
    assert row.change is not None and row.change.percent == Decimal("-4.1")


def test_export_credit_insurance_is_a_kind_of_project_not_exports_of_insurance():
    notice = tradeie.extract(
        "　　从项目类别看，境外展会类项目121个，补助资金905.10万元；出口信用保险保费补助类项目44个，"
        "补助资金612.35万元，占30.2%。\n"
    )
    count = _by_value(notice, "44个")
    assert "出口信用保险" in count.indicator and "product" not in count.dimensions
    amount = _by_value(notice, "612.35万元")
    assert "product" not in amount.dimensions and "出口" != amount.indicator


def test_a_fair_known_by_a_short_name_of_its_own_closes_in_the_headline():
    release = tradeie.extract(
        "当前位置：首页 > 新闻发布 > 工作动态\n\n第七届津洽会闭幕 意向签约额86.4亿元\n\n发布时间：2024-05-20 10:15　　来源：天津市商务局\n\n"
        "　　5月18日，为期三天的第七届中国（天津）投资贸易洽谈会（以下简称“津洽会”）在国家会展中心（天津）闭幕。"
        "本届津洽会展览面积4.2万平方米，共有612家企业参展。\n"
    )
    area = _by_value(release, "4.2万平方米")
    assert area.subject == "第七届中国（天津）投资贸易洽谈会"  # (the full name its lead gives the headline's short one)
    assert _period(area) == ("2024-05-01", "2024-05-31")


def test_a_headline_on_the_provinces_deals_at_a_fair_is_a_visitors_story():
    story = tradeie.extract(
        "广西壮族自治区商务厅\n当前位置：首页 > 商务要闻\n\n第四届消博会圆满落幕 我区签约金额创新高\n\n发布时间：2024-04-20 16:20　　信息来源：自治区商务厅\n\n"
        "　　4月13日至18日，第四届中国国际消费品博览会在海口成功举办。据自治区商务厅统计，消博会期间全区共签约项目86个，签约金额412.5亿元。\n"
    )
    assert _by_value(story, "412.5亿元").subject == "广西壮族自治区"


def test_a_port_the_gazetteer_cannot_know_leads_its_figures_and_containers_counted_with_ge():
    story = tradeie.extract(
        "　　数据显示，今年上半年白沙港完成铁海联运集装箱作业量8.6万标箱，同比增长15.2%。"
        "“去年同期才3860个标箱，今年多了近四成。”上半年连云港完成进出口412亿元。\n"
    )
    assert _by_value(story, "8.6万标箱").subject == "白沙港"
    boxes = _by_value(story, "3860个标箱")
    assert boxes.value.base_unit == "标准箱"
    assert _by_value(story, "412亿元").subject == "连云港"


def test_an_official_reports_headline_under_its_file_number_and_an_embassy_masthead_name_the_issuer():
    report = tradeie.extract(
        "信息公开选项：主动公开\n\n黔商务〔2024〕88号\n\n贵州省商务厅关于贵州交易团参加消博会\n有关情况的报告\n\n省人民政府：\n\n"
        "4月13日至18日，第四届中国国际消费品博览会在海口举办。现将有关情况报告如下。\n\n一、总体情况\n\n"
        "贵州交易团共组织86家企业参展，展览面积1200平方米。\n"
    )
    assert _by_value(report, "86家").source.name == "贵州省商务厅"
    brief = tradeie.extract(
        "驻肯尼亚使馆经商处\n经商处简报〔第4期〕\n\n关于今年一季度中肯经贸合作情况的报告\n\n商务部西亚非洲司：\n"
        "　　现将一季度有关情况报告如下：\n　　一、工程承包\n　　一季度，中资企业在肯新签承包工程合同额3.42亿美元，同比增长9.6%。\n"
    )
    assert _by_value(brief, "3.42亿美元").source.name == "驻肯尼亚使馆经商处"


def test_seasonally_adjusted_quarters_compared_give_the_first_quarters_rate():
    release = tradeie.extract(
        "二〇二四年首九個月合計，商品整體出口貨值上升8.4%。\n\n"
        "比較經季節性調整的二〇二四年第三季與二〇二四年第二季數字，商品整體出口貨值上升2.6%，商品進口貨值則上升1.9%。\n"
    )
    rate = next(m for m in release.metrics if m.change is not None and m.change.percent == Decimal("2.6"))
    assert _period(rate) == ("2024-07-01", "2024-09-30")


def test_banks_and_branches_listed_with_their_figures_are_whose_figures_and_a_firm_citing_itself():
    story = tradeie.extract(
        "东莞市地方金融管理局\n\n"
        "　　分机构看，工行东莞分行、中国银行东莞分行、东莞农商银行一季度分别发放出口信贷38.6亿元、35.2亿元和29.7亿元。"
        "从企业类型看，国有企业、股份有限公司贷款分别占41.2%和22.6%。\n\n"
        "　　中国出口信用保险公司东莞分公司数据显示，一季度该公司承保出口金额26.4亿美元，同比增长7.9%。\n"
    )
    assert _by_value(story, "38.6亿元").subject == "工行东莞分行"
    assert _by_value(story, "35.2亿元").subject == "中国银行东莞分行"
    assert _by_value(story, "29.7亿元").subject == "东莞农商银行"
    kinds = [m for m in story.metrics if m.share is not None and m.share.percent == Decimal("22.6")]
    assert kinds and kinds[0].subject != "股份有限公司"
    assert _by_value(story, "26.4亿美元").subject == "中国出口信用保险公司东莞分公司"


def test_a_subsidy_list_with_a_project_name_column_and_a_district_column_is_read():
    notice = tradeie.extract(
        "附件\n\n2024年第二批外贸专项扶持资金拟支持项目明细表（节选）\n\n"
        "序号\t企业名称\t项目名称\t所在区\t申报金额（万元）\t拟支持金额（万元）\n"
        "1\t泉州鲤城宏图电子有限公司\t跨境电商B2B出口奖励\t鲤城区\t64.00\t58.20\n"
        "2\t泉州丰泽海润贸易有限公司\t公共海外仓建设奖励\t丰泽区\t110.00\t92.50\n"
        "3\t晋江安海远洋食品有限公司\t跨境电商B2B出口奖励\t晋江市\t36.80\t30.00\n"
    )
    row = _by_value(notice, "92.50")
    assert row.subject == "泉州丰泽海润贸易有限公司" and row.value.normalized == Decimal(925000)
    assert row.dimensions.get("item") == "公共海外仓建设奖励"


def test_a_post_dated_only_by_its_topic_tag_resolves_its_holiday():
    post = tradeie.extract(
        "黔游天下\n\n原创 贵州文旅编辑部 2月6日 18:20 贵州\n\n"
        "春节假期，全省接待游客2386.5万人次，同比增长7.6%。\n\n#2025春节假期 #贵州旅游\n"
    )
    assert _period(_by_value(post, "2386.5万人次")) == ("2025-01-01", "2025-02-28")


def test_an_associations_branch_under_the_title_publishes_the_brief():
    brief = tradeie.extract(
        "汽车商品出口简析_202412_终稿.pdf                                   第 1 页 / 共 2 页\n\n"
        "全年汽车商品出口简析\n（内部参考　请勿外传）\n\n中国机电产品进出口商会汽车分会\n\n一、总体情况\n"
        "　　全年我国整车出口额1186.4亿美元，同比增长8.0%。\n"
    )
    assert _by_value(brief, "1186.4亿美元").source.name == "中国机电产品进出口商会汽车分会"


def test_a_tables_bare_value_column_takes_the_flow_its_title_names():
    release = tradeie.extract(
        "表1　二〇二四年十一月份按主要原產地劃分的轉口貨值\n\n"
        "原產地　　　　　貨值（百萬港元）　　按年變動（%）\n"
        "全部　　　　　　　　398,214　　　　　　+9.6\n"
        "內地　　　　　　　　226,905　　　　　　+8.1\n"
        "台灣　　　　　　　　 47,632　　　　　　+22.4\n"
    )
    assert _by_value(release, "47,632").indicator == "轉口貨值"


def test_a_balance_stated_under_since_january_is_held_at_the_date_the_story_gave_its_balances():
    story = tradeie.extract(
        "甬城日报网　首页｜财经｜金融\n\n外贸企业贷款余额稳步增长\n\n"
        "2024-07-23 08:10　　来源：甬城日报\n\n"
        "　　记者昨日从人民银行获悉，截至6月末，全市外贸企业贷款余额2860.4亿元，较年初增加215.3亿元。\n\n"
        "　　今年以来，多家银行推出专项产品。从期限结构看，外贸企业中长期贷款余额1036.8亿元，较年初增加126亿元。"
        "上半年累计发放出口信贷412.5亿元。\n"
    )
    assert _period(_by_value(story, "1036.8亿元")) == (None, "2024-06-30")
    assert _period(_by_value(story, "412.5亿元")) == ("2024-01-01", "2024-06-30")


def test_a_newspaper_page_dated_only_in_the_file_header_head_prints_takes_its_year():
    page = tradeie.extract(
        "==> hzrb_20231109_05.pdf <==\n\n"
        "杭 州 日 报　　　　　　财经　　　　　　05\n11月9日　星期四　　责任编辑 王立\n\n"
        "外贸贷款持续增长\n本报记者 李明\n\n"
        "　　记者从人民银行获悉，前三季度，全市银行机构为外贸企业累计发放贷款1,572.9亿元，同比增长12.6%。\n"
    )
    assert _period(_by_value(page, "1,572.9亿元")) == ("2023-01-01", "2023-09-30")


def test_an_official_named_by_post_speaks_for_the_body_in_the_paragraph_unless_citing_another():
    post = tradeie.extract(
        "退税政策宣讲走进商城\n\n东川税务  2025年04月22日 08:30\n\n【一】市场采购\n\n"
        "区商务局副局长孙立平在通报中介绍，一季度，东川区实现进出口215.7亿元，同比增长7.6%。\n\n"
        "市商务局相关负责人介绍，据东川海关统计，去年全市货物贸易进出口总值986.5亿元，同比增长7.2%。\n\n"
        "来源：东川区税务局货物和劳务税科\n"
    )
    assert _by_value(post, "215.7亿元").source.name == "区商务局"
    assert _by_value(post, "986.5亿元").source.name == "东川海关"


def test_a_transcripts_spaced_time_label_dates_it():
    transcript = tradeie.extract(
        "江州市人民政府新闻办公室\n“税惠助力稳外贸”新闻发布会\n文 字 实 录\n\n"
        "时  间：2024年10月29日（星期二）上午10:00\n地  点：江州新闻发布厅\n\n"
        "【主持人】\n各位媒体朋友，大家上午好！\n\n"
        "【何建军】\n今年前三季度，全市税务部门累计办理出口退（免）税112.4亿元，同比增长15.6%。\n"
    )
    assert transcript.structure.meta.date == "2024-10-29"
    rebate = _by_value(transcript, "112.4亿元")
    assert _period(rebate) == ("2024-01-01", "2024-09-30") and "退" in rebate.indicator


def test_a_tables_listed_units_skip_a_rate_column_headed_with_its_own_percent():
    notice = tradeie.extract(
        "附件\n\n           1—5月份各区（市）出口退（免）税办理情况表\n\n"
        "                                     单位：万元、户、个工作日\n"
        " 区（市）局     退（免）税额    同比增长（%）  企业户数   平均办理时间\n"
        " 东港区局        212465.80          4.27         1126         1.24\n"
        " 西城区局        186902.15         -3.18          874         1.52\n"
        " 南湖区局         97318.60          9.64          503         1.61\n"
    )
    amount = _by_value(notice, "186902.15")
    assert amount.value.normalized == Decimal("1869021500") and amount.subject == "西城区局"
    assert "退" in amount.indicator
    firms = _by_value(notice, "874")
    assert firms.value.base_unit == "户" and firms.subject == "西城区局"
    assert not [m for m in notice.metrics if m.value is not None and m.value.text == "1.52"]


def test_a_bare_figure_in_wan_or_yi_counts_what_its_head_names():
    story = tradeie.extract(
        "据国家电影局数据，假期全国电影票房16.42亿元，观影人次3915万。"
        "三季度平台活跃买家数达到1.36亿，同比增长12.5%。\n"
    )
    viewers = _by_value(story, "3915万")
    assert viewers.value.base_unit == "人次" and viewers.value.normalized == Decimal("39150000")
    assert _by_value(story, "1.36亿").value.base_unit == "人"


def test_a_traditional_release_writes_a_counts_base_unit_in_its_own_characters():
    release = tradeie.extract(
        "澳門特別行政區政府統計暨普查局\n\n　　2024年第四季經本澳港口處理的貨櫃量為8.62萬個標準箱，按年上升3.0%；"
        "入境車輛2,906輛。\n"
    )
    assert _by_value(release, "8.62萬個標準箱").value.base_unit == "標準箱"


def test_a_transcript_numbered_with_its_year_is_not_dated_by_a_target_year():
    transcript = tradeie.extract(
        "渝州新闻〔2023〕19号\n\n渝州市人民政府新闻办公室新闻发布会实录\n\n【时　　间】4月21日（星期五）上午10:00\n\n"
        "【罗敬】一季度，全市服务外包执行额12.36亿美元，同比增长11.8%。"
        "下一步，我们将力争到2025年，全市服务贸易规模达到400亿美元。\n"
    )
    assert _period(_by_value(transcript, "12.36亿美元")) == ("2023-01-01", "2023-03-31")


def test_a_chapters_data_note_setting_exceptions_aside_is_its_source():
    report = tradeie.extract(
        "江川省数字商务发展报告（2023）\n\n第二章　网络零售发展情况\n\n"
        "　　本章数据除特别注明外，均来源于江川省商务厅电子商务监测平台，按网店注册地统计。\n\n"
        "一、总体规模稳步扩大\n\n"
        "　　2023年，全省实现网络零售额6832.5亿元，同比增长11.7%。\n\n"
        "二、区域发展格局\n\n　　长沙市网络零售额继续领跑全省，区域发展的协调性有所增强。\n\n"
        "图2-1　各市（州）网络零售额（数据来源：各市州商务主管部门）\n"
    )
    assert _by_value(report, "6832.5亿元").source.name.startswith("江川省商务厅")  # (the body, or its platform)


def test_the_count_closing_a_distributive_list_is_no_part_of_its_last_member():
    brief = tradeie.extract(
        "北部湾港前10个月完成货物吞吐量3.12亿吨。分港域看，钦州、防城、北海三个港域分别完成货物吞吐量"
        "1.49亿吨、1.21亿吨和0.42亿吨。长沙、岳阳、郴州三个片区进出口同比分别增长10.8%、21.5%和9.1%。"
        "杭州、宁波、义乌三地跨境电商出口分别为10亿元、8亿元和6亿元。\n"
    )
    assert _by_value(brief, "0.42亿吨").subject == "北海港域"
    assert _by_rate(brief, "9.1%").subject == "郴州片区"
    export = _by_value(brief, "6亿元")
    assert export.subject == "义乌" and "三地" not in str(export.dimensions)


def test_a_merger_amount_keeps_its_whole_name():
    brief = tradeie.extract("（四）境外并购。全省企业完成境外并购项目7个，并购金额1.85亿美元，同比下降23.1%。\n")
    assert _by_value(brief, "1.85亿美元").indicator == "并购金额"


def test_a_header_names_second_line_alone_over_the_rule_continues_the_name():
    report = tradeie.extract(
        "表1　2023年1-10月部分市（州）对外投资合作主要指标\n"
        "　　　　　　　　　　　　　　　　　　　　　　　单位：万美元，%\n"
        "─────────────────────────────────────\n"
        " 市（州）  对外直接   同比    新签合同额   同比    完成营业额   同比\n"
        "           投资\n"
        "─────────────────────────────────────\n"
        " 成都市　　  86327.4    11.2     402563.8    -6.1     308426.5    14.7\n"
        " 绵阳市　　  11846.1    -3.5      36215.6     9.8      22310.2     6.3\n"
        " 德阳市　　   9517.9    25.4      76734.2   -12.6      41208.7     8.1\n"
        "─────────────────────────────────────\n"
    )
    first = _by_value(report, "86327.4")
    assert first.subject == "成都市" and first.indicator == "对外直接投资"


def test_a_notice_opening_on_since_last_year_reports_last_years_figures():
    notice = tradeie.extract(
        "闽江省商务厅文件\n\n闽商务电商〔2024〕7号\n\n闽江省商务厅关于全省跨境电商发展情况的通报\n\n"
        "各设区市商务局：\n"
        "　　去年以来，各地认真贯彻落实省委、省政府决策部署，推动跨境电商规模、质量、效益同步提升。现将有关情况通报如下：\n"
        "　　一、总体情况\n"
        "　　（一）规模保持较快增长。据海关统计，去年全省跨境电商进出口1286.2亿元，同比增长16.8%。\n"
        "　　（二）模式结构持续优化。按海关监管方式分，跨境电商B2B出口合计575.4亿元，增长31.6%。\n"
        "　　二、存在问题\n　　一是企业规模偏小，二是品牌化程度不高。\n"
        "　　三、下一步工作\n　　各地要进一步完善工作机制，推动跨境电商高质量发展。\n\n"
        "　　　　　　　　　　　　　　　　闽江省商务厅\n　　　　　　　　　　　　　　　　二〇二四年三月八日\n"
    )
    assert _period(_by_value(notice, "575.4亿元")) == ("2023-01-01", "2023-12-31")


def test_an_unchanged_figure_stated_before_its_level_is_one_metric():
    release = tradeie.extract("　　按貨物類別統計，成衣出口值為2.18億元，上升4.9%；藥品出口值則與去年同期持平，為0.77億元。\n")
    drug = _by_value(release, "0.77億元")
    assert drug.change is not None and drug.change.direction == "flat"
    assert not [m for m in release.metrics if m.value is None]


def test_a_note_on_the_currency_of_amounts_makes_bare_yi_figures_money():
    post = tradeie.extract(
        "02 ▎出口去哪兒？\n\n🇭🇰 香港：82.35億，↑2.7%，佔63.2%\n🇨🇳 中國內地：21.87億，↑3.7%\n\n"
        "（以上為貨物出口總值，單位：澳門幣）\n"
    )
    hk = _by_value(post, "82.35億")
    assert hk.value.base_unit == "MOP" and hk.value.normalized == Decimal("8235000000")


def test_a_month_singled_out_governs_its_whole_sentence():
    story = tradeie.extract(
        "澳海日報\n2025年4月30日　星期三\n\n首季貨物出口升一成半\n\n"
        "　　【本報消息】統計暨普查局昨日公佈，今年首季貨物出口總值為33.18億元(澳門元，下同)，按年上升15.3%。\n\n"
        "　　單計三月份，貨物出口總值為12.05億元，按年上升19.8%；其中再出口10.83億元，本地產品出口1.22億元。\n"
    )
    assert _period(_by_value(story, "10.83億元")) == ("2025-03-01", "2025-03-31")


def test_a_posts_emoji_are_no_part_of_an_indicator():
    post = tradeie.extract("01 ▎全年總覽\n\n📦 貨物出口總值：131.72億澳門幣，按年↑2.7%\n🚢 貨物進口總值：1,198.36億澳門幣，按年↓5.1%\n")
    assert _by_value(post, "131.72億澳門幣").indicator == "貨物出口總值"
    assert _by_value(post, "1,198.36億澳門幣").indicator == "貨物進口總值"


def test_a_unit_line_with_fewer_units_than_amount_columns_matches_them_by_counter():
    report = tradeie.extract(
        "表1　2025年1—2月分港口主要生产指标完成情况\n"
        "　　　　　　　　　　　　　　　　　　单位：万吨，万标箱，%\n"
        "────────────────────────────────────\n"
        "港口　　　货物吞吐量　同比　　外贸　　　同比　　集装箱　同比\n"
        "────────────────────────────────────\n"
        "东港港　　10286.4　　 4.6　　6352.1　　 5.8　　432.8　　7.9\n"
        "西港港　　 7954.2　　 2.1　　4410.7　　 3.4　　100.5　　9.2\n"
        "南港港　　 6218.9　　 5.3　　1876.4　　 6.9　　 76.7　 11.6\n"
        "────────────────────────────────────\n"
    )
    assert _by_value(report, "432.8").value.base_unit == "标准箱"
    assert _by_value(report, "6352.1").value.normalized == Decimal("63521000")


def test_a_forecast_rate_with_a_modal_before_its_link_is_a_change():
    story = tradeie.extract("　　他预计，全年货物出口总值有望超过130亿元，增幅或达一成；服务出口增速有望达到8%。\n")
    total = _by_value(story, "超过130亿元")
    assert total.change is not None and total.change.percent == Decimal("10")
    assert _by_rate(story, "8%").value is None


def test_a_release_dated_in_the_years_of_the_republic_resolves_its_months():
    release = tradeie.extract(
        "財政部全球資訊網\n首頁 ＞ 本部新聞 ＞ 新聞稿\n\n5月海關進出口貿易初步統計\n\n發布單位：統計處\n發布日期：114-06-09\n\n"
        "一、出口\n　　5月出口值412.6億美元，較上月增3.1%，較上年同月增28.6%。累計1至5月出口1,931.4億美元，較上年同期增25.7%。\n"
    )
    assert _period(_by_value(release, "412.6億美元")) == ("2025-05-01", "2025-05-31")


def test_a_board_posts_time_line_dates_it_and_a_file_name_field_is_no_subject():
    post = tradeie.extract(
        "作者  kawa1688 (卡瓦)                                         看板  Stock\n"
        "標題  [新聞] AI需求續旺 9月出口再創新高\n時間  Thu Oct  9 16:12:45 2025\n\n"
        "財政部今天公布9月出口值504.6億美元，年增30.2%。\n"
    )
    assert _period(_by_value(post, "504.6億美元")) == ("2025-09-01", "2025-09-30")
    note = tradeie.extract(
        "檔案名稱：0811_轄區7月進出口概況_新聞參考資料(定稿).docx\n\n財政部關務署臺中關　新聞參考資料\n\n"
        "　　7月轄區出口值58.42億美元，較上年同月增加21.3%。\n"
    )
    assert _by_value(note, "58.42億美元").subject != "檔案名稱"


def test_the_year_a_practice_began_is_no_period_of_a_briefs_figures():
    brief = tradeie.extract(
        "鹭江市进出口商会\n会员企业订单景气监测简报\n第5期（总第41期）\n\n鹭江市进出口商会秘书处编\t\t\t\t\t\t2024年6月5日\n\n"
        "【编者按】为动态跟踪会员企业订单变化，本会自2021年起建立重点会员企业订单景气监测制度，每月选取固定样本企业开展问卷调查。"
        "现将监测结果简报如下。\n\n一、订单景气指数回升\n\n5月，会员企业订单景气指数为51.3，比4月上升2.6个点。\n\n"
        "二、企业预期\n\n对未来3个月订单走势，预期改善的企业占37.2%，预期恶化的占16.4%。\n"
    )
    improved = next(m for m in brief.metrics if m.share is not None and m.share.percent == Decimal("37.2"))
    assert improved.period is None or not improved.period.start or not improved.period.start.startswith("2021")


def test_a_balance_of_payments_tables_account_sides_are_no_units():
    release = tradeie.extract(
        "表1  2022年上半年国际收支口径服务贸易分项目数据\n单位：亿元\n"
        "项目\t收入（贷方）\t支出（借方）\t差额\n服务贸易\t10187\t12068\t-1881\n"
        "1.加工服务\t456\t26\t430\n2.维护和维修服务\t317\t162\t155\n3.运输\t3804\t4251\t-447\n"
    )
    transport = _by_value(release, "3804")
    assert transport.value.normalized == Decimal("380400000000") and transport.value.base_unit == "CNY"


def test_a_taiwanese_analysis_dates_its_figures_by_the_republic_year_of_its_title():
    # (the surplus is `出超`, not an approximate `超…`; `中國大陸與香港` is one partner, and the
    # figures are Taiwan's however often the mainland is named)
    ex = tradeie.extract(
        "　　　　112年進出口貿易統計分析\n\n　　　　　　財政部統計處　編印\n　　　　　　中華民國113年3月\n\n"
        "壹、整體貿易概況\n\n　　112年全球需求疲弱，我國出口動能放緩。全年出口4,321.5億美元，較111年減少9.8%；"
        "進口3,512.4億美元，年減17.6%；出超809.1億美元，較111年增加297.3億美元。\n"
        "　　對中國大陸與香港出口1,521.8億美元，年減18.1%；自中國大陸與香港進口722.6億美元，年減14.3%；"
        "對中國大陸與香港出超799.2億美元。對美國出口761.3億美元，年增14.8%。\n"
    )
    total = _by_value(ex, "4,321.5億美元")
    assert (total.period.start, total.period.end) == ("2023-01-01", "2023-12-31")
    assert total.subject in ("臺灣", "台灣")
    surplus = _by_value(ex, "809.1億美元")
    assert surplus.indicator == "出超" and surplus.value.approx is None
    mainland = _by_value(ex, "1,521.8億美元")
    assert mainland.subject in ("臺灣", "台灣") and mainland.dimensions.get("market") == "中國大陸與香港"
    assert _by_value(ex, "799.2億美元").indicator == "出超"
    assert _by_value(ex, "761.3億美元").subject in ("臺灣", "台灣")


def test_a_report_signed_with_a_month_only_dates_its_this_year_by_it():
    ex = tradeie.extract(
        "          江川自贸片区建设两周年发展报告\n\n        江川市自由贸易试验区工作办公室\n\n\n"
        "一、总体情况\n\n　　截至今年8月底，片区累计新设企业8,126家，其中外资企业97家。今年1—8月，片区实现进出口"
        "612.4亿元，同比增长11.6%。\n\n二、下一步工作\n\n　　下一步，片区将深入实施提升战略。\n\n\n"
        "                              江川市自由贸易试验区工作办公室\n                                        二〇二三年九月\n\n— 3 —\n"
    )
    firms = _by_value(ex, "8,126家")
    assert (firms.period.start, firms.period.end) == (None, "2023-08-31")
    trade = _by_value(ex, "612.4亿元")
    assert (trade.period.start, trade.period.end) == ("2023-01-01", "2023-08-31")


def test_a_running_total_since_a_zone_opened_is_held_at_the_date_its_sentence_or_report_gives():
    ex = tradeie.extract(
        "发布时间：2024-08-29　　来源：自治区自贸办\n\n五年耕耘结硕果\n\n"
        "　　2019年8月30日，自由贸易试验区正式挂牌。挂牌以来，自贸试验区累计形成制度创新成果286项，其中全国首创62项。\n\n"
        "　　截至7月底，中老铁路开通运营以来累计运输进出口货物1,286万吨，货值突破480亿元。\n"
    )
    results = _by_value(ex, "286项")
    assert (results.period.start, results.period.end) == (None, "2024-08-29")
    freight = _by_value(ex, "1,286万吨")
    assert (freight.period.start, freight.period.end) == (None, "2024-07-31")


def test_a_delegations_report_titled_guanyu_and_a_month_end_after_its_fair():
    ex = tradeie.extract(
        "云岭交易团办公室文件\n\n云博交〔2024〕9号\n\n关于云南交易团参加第8届中国—南亚博览会\n主要成效的报告\n\n省人民政府：\n\n"
        "第8届中国—南亚博览会于7月23日至28日在昆明举办。现将有关情况报告如下。\n\n"
        "一、总体成效\n\n本届南博会期间，云南交易团共签约投资合作项目312个，签约总投资额1867.2亿元，比上届增长9.4%。\n\n"
        "二、存在问题\n\n一是签约项目落地转化不够快。截至9月底，上届签约项目开工率为64.2%，低于预期目标。\n"
    )
    deals = _by_value(ex, "1867.2亿元")
    assert deals.subject == "云南交易团"
    started = _by_value(ex, "64.2%")
    assert started.subject == "云南交易团"
    assert (started.period.start, started.period.end) == (None, "2024-09-30")


def test_bullet_headings_naming_the_year_reviewed_and_the_new_year_date_the_paragraphs_under_them():
    ex = tradeie.extract(
        "【数说报告】开放之门越开越大——省政府工作报告“开放篇”要点摘编\n\n发布时间：2025-01-20 09:35　　来源：赣江日报\n\n"
        "　　1月18日，省第十四届人民代表大会第四次会议开幕。记者对报告相关内容进行了梳理摘编。\n\n"
        "　　■ 过去一年：开放型经济量质齐升\n\n"
        "　　外贸规模再创新高。报告显示，2024年全省外贸进出口完成5,102.6亿元，同比增长4.1%。\n\n"
        "　　产品结构持续优化。机电产品出口1,766.3亿元，增长7.2%，占出口总值的48.9%。\n\n"
        "　　■ 新的一年：锚定目标再发力\n\n"
        "　　围绕上述目标，报告部署了具体任务：新增有进出口实绩企业900家以上；推动跨境电商进出口增长20%。\n"
    )
    machinery = _by_value(ex, "1,766.3亿元")
    assert (machinery.period.start, machinery.period.end) == ("2024-01-01", "2024-12-31")
    firms = _by_value(ex, "900家以上")
    assert (firms.period.start, firms.period.end) == ("2025-01-01", "2025-12-31")


def test_a_transcripts_speakers_with_a_double_surname_or_a_survey_office_speak_for_their_bodies():
    ex = tradeie.extract(
        "            湘江市2022年国民经济运行情况\n            新闻发布会\n\n"
        "时间： 2023 年 1 月 30 日（星期一）上午 10:00\n地点：市政府新闻发布厅\n"
        "出席：湘江市统计局党组书记、局长 钱砚冰\n　　　湘江市统计局副局长 蒲文海\n"
        "　　　国家统计局湘江调查队副队长 欧阳明达\n主持：市政府新闻办主任 叶知夏\n\n"
        "【钱砚冰】\n　　全年全市地区生产总值9021.6亿元，比上年增长4.2%。\n"
        "【湘江日报记者】\n　　请问居民收入情况如何？\n"
        "【欧阳明达】\n　　全年全市居民人均可支配收入56722元，增长5.1%。\n"
        "【蒲文海】\n　　全年全市新增规模以上工业企业312家。\n"
    )
    assert _by_value(ex, "9021.6亿元").source.name == "湘江市统计局"
    assert _by_value(ex, "56722元").source.name == "国家统计局湘江调查队"
    assert _by_value(ex, "312家").source.name == "湘江市统计局"


def test_a_bylines_words_are_no_part_of_the_body_the_story_cites():
    ex = tradeie.extract(
        "中国金融新闻网\n首页 > 外汇 > 外汇储备\n\n6月末我国外汇储备规模升至32224亿美元\n\n"
        "来源：金融时报　　作者：记者 钱亦舟　　2024-07-08 08:35\n\n"
        "　　本报讯 记者钱亦舟报道 国家外汇管理局7月7日发布的统计数据显示，截至2024年6月末，我国外汇储备规模为32224亿美元，"
        "较5月末下降96亿美元。\n"
    )
    assert _by_value(ex, "32224亿美元").source.name == "国家外汇管理局"


def test_parts_listed_after_a_level_at_a_months_end_take_its_date():
    ex = tradeie.extract(
        "6月末我国外汇储备规模为32224亿美元\n\n发布时间：2024-07-08\n\n"
        "　　数据显示，2023年11月至2024年4月，我国累计增持黄金储备约100万盎司。\n\n"
        "　　官方储备资产方面，6月末我国官方储备资产34562亿美元。其中，外汇储备32224亿美元，特别提款权528.6亿美元。\n"
    )
    total = _by_value(ex, "34562亿美元")
    assert (total.period.start, total.period.end) == (None, "2024-06-30")
    part = _by_value(ex, "528.6亿美元")
    assert (part.period.start, part.period.end) == (None, "2024-06-30")


def test_the_settlement_area_a_province_ranks_first_is_its_market_not_the_subject():
    ex = tradeie.extract(
        "2023年浙江省跨境人民币业务运行情况\n\n发布时间：2024-01-18\n\n"
        "　　2023年，全省跨境人民币结算量1.52万亿元，同比增长18.2%。\n\n　　从具体国家和地区看，中国香港仍是浙江最大的跨境人民币结算地区，"
        "结算量6021.5亿元，占比39.6%；与新加坡、德国结算量分别增长27.3%和15.4%。\n"
    )
    hk = _by_value(ex, "6021.5亿元")
    assert hk.subject != "中国香港" and hk.dimensions.get("market") == "中国香港"
    sg = next(m for m in ex.metrics if m.change is not None and m.change.text.endswith("27.3%"))
    assert sg.subject != "中国香港"


def test_an_official_papers_number_names_no_port_and_a_burden_eased_is_no_negative_figure():
    ex = tradeie.extract(
        "广东省商务厅（广东省人民政府口岸办公室）\n\n关于2023年全省优化口岸营商环境工作情况的报告\n\n粤商口岸函〔2024〕15号\n\n"
        "省人民政府：\n　　2023年，全省口岸进出口货值8.37万亿元，同比增长0.6%。降低港口收费，全年为企业减负14.7亿元，"
        "惠及进出口企业2.3万家。\n\n                              广东省商务厅\n                          2024年1月22日\n"
    )
    trade = _by_value(ex, "8.37万亿元")
    assert trade.subject in ("广东省", "全省")
    eased = _by_value(ex, "14.7亿元")
    assert eased.value.normalized == Decimal("1470000000")


def test_a_hong_kong_note_surging_exports_and_an_index_in_its_own_characters():
    ex = tradeie.extract(
        "香港貿發局經貿研究\n\n2024年香港出口回顧\n\n發布日期：2025-01-28\n\n"
        "輸往東盟的出口為3,512億港元，急升14.2%；輸往日本的出口急跌6.3%。\n\n"
        "貿發局出口指數\n貿發局第四季出口指數回升至38.6，按季上升2.7點。\n"
    )
    asean = _by_value(ex, "3,512億港元")
    assert asean.change is not None and (asean.change.direction, asean.change.percent) == ("up", Decimal("14.2"))
    japan = next(m for m in ex.metrics if m.change is not None and m.change.text.endswith("6.3%"))
    assert japan.change.direction == "down"
    assert _by_value(ex, "38.6").value.base_unit == "點"


def test_hong_kongs_own_figures_in_a_mainland_post_name_it_as_it_names_itself():
    ex = tradeie.extract(
        "湾区港商汇\n\n港企北上正当时\n\n2025-04-03 08:00\n\n"
        "据香港特区政府统计处数据，今年1-2月香港输往内地的整体出口货值为6842亿港元，按年增长12.4%；"
        "香港自内地进口7315亿港元，增长9.8%。\n"
    )
    assert _by_value(ex, "6842亿港元").subject == "香港"
    assert _by_value(ex, "7315亿港元").subject == "香港"


def test_a_bare_year_end_in_a_review_printed_early_in_the_next_year_is_the_year_just_ended():
    ex = tradeie.extract(
        "江苏省商务厅\nDepartment of Commerce of Jiangsu Province\n【无障碍】　【长者模式】\n首页 | 机构概况 | 政务公开\n"
        "当前位置：首页 > 政务公开 > 商务动态\n\n2024年我省境外经贸合作区建设取得新进展\n\n"
        "发布日期：2025-02-18 09:45　　信息来源：对外投资和经济合作处　　浏览次数：1276\n【字体：大 中 小】　　【打印本页】\n\n"
        "　　近日，省商务厅对全省境外经贸合作区2024年度运行情况进行了统计汇总。数据显示，截至2024年末，各合作区累计完成投资68.4亿美元，"
        "同比增长9.6%。2024年，各合作区实现产值51.7亿美元，同比增长12.3%。"
        "截至年末，各合作区为当地创造就业岗位4.9万个，其中当地员工占比达91.2%。\n"
    )
    jobs = _by_value(ex, "4.9万个")
    assert (jobs.period.start, jobs.period.end) == (None, "2024-12-31")


def test_a_park_abroad_named_after_its_host_country_is_whose_figures_they_are():
    ex = tradeie.extract(
        "2024年我省境外经贸合作区建设取得新进展\n\n发布日期：2025-02-18\n\n"
        "　　一、重点园区支撑作用明显\n\n　　埃塞俄比亚东方工业园全年实现产值7.35亿美元，同比增长6.1%。\n"
    )
    assert _by_value(ex, "7.35亿美元").subject == "埃塞俄比亚东方工业园"


def test_a_joint_reports_note_on_both_writers_records_names_no_body():
    ex = tradeie.extract(
        "江淮省小微外贸企业\n信保融资服务报告\n（2024）\n\n\n中国出口信用保险公司江淮分公司\n联合编制\n\n二〇二五年三月\n\n"
        "江淮省小微外贸企业信保融资服务报告（2024）\n\n前　言\n　　小微外贸企业是稳外贸的重要力量。2024 年，中国出口信用保\n"
        "险公司江淮分公司（以下简称“江淮信保”）与江淮银行深化合作。本报告数据除特别注明外，均来源于双方业务统计，\n"
        "小微企业统计口径为上年度出口额 500 万美元以下的企业。\n一、总体情况\n（一）承保规模稳步增长\n"
        "　　2024 年，江淮信保小微企业承保金额 96.4 亿美元，同比增长 11.2%。\n\n"
        "表 1　2024 年分设区市小微企业信保服务情况\n────────────────────────\n"
        "设区市    承保金额    同比\n          (亿美元)    (%)\n────────────────────────\n"
        "合肥        38.6      12.7\n芜湖        17.9       9.3\n其他        39.9      10.6\n"
        "合计        96.4      11.2\n────────────────────────\n数据来源：江淮信保业务系统、江淮银行信贷管理系统。\n"
    )
    m = _by_value(ex, "96.4 亿美元")
    assert m.source is None or "双方" not in m.source.name


def test_investment_completed_names_its_indicator_whole():
    ex = tradeie.extract(
        "1—7月全市重大项目建设情况\n\n发布时间：2024-08-16\n\n"
        "　　1—7月，全市重大项目完成投资1398.5亿元。分领域看，产业项目231个，完成投资872.4亿元，同比增长15.8%。\n"
    )
    assert _by_value(ex, "872.4亿元").indicator.endswith("完成投资")


def test_a_papers_page_on_a_fair_gives_the_fair_the_figures_it_names_as_its_own():
    ex = tradeie.extract(
        "南方日报数字报\n2025年05月06日 星期二\n第A02版：要闻\n上一版　下一版\n────────────\n\n"
        "第137届广交会闭幕 境外采购商到会人数创历史新高\n\n"
        "本报讯（记者/梁嘉欣）4月15日至5月5日，第137届中国进出口商品交易会（广交会）分三期在广州举办，5日圆满闭幕。\n\n"
        "成交方面，本届广交会现场出口意向成交253.7亿美元，比上届增长3.1%。\n\n"
        "本届广交会上，广州企业达成意向成交11.8亿美元。\n"
    )
    assert _by_value(ex, "253.7亿美元").subject == "第137届广交会"
    assert _by_value(ex, "11.8亿美元").subject != "第137届广交会"


def test_months_breaking_a_quarter_down_hold_for_their_paragraph_only():
    ex = tradeie.extract(
        "石狮市市场采购贸易一季度运行情况\n\n发布时间：2025-04-11\n\n"
        "今年一季度，石狮市市场采购贸易出口额67.82亿元，同比增长23.6%。\n\n"
        "分月看，1-2月累计出口39.67亿元，同比增长18.4%；3月单月出口28.15亿元，同比增长31.4%。\n\n"
        "分镇街看，宝盖镇、灵秀镇、蚶江镇分别出口18.64亿元、14.27亿元和9.35亿元。\n"
    )
    assert (_by_value(ex, "39.67亿元").period.start, _by_value(ex, "39.67亿元").period.end) == ("2025-01-01", "2025-02-28")
    town = _by_value(ex, "18.64亿元")
    assert (town.period.start, town.period.end) == ("2025-01-01", "2025-03-31")


def test_what_has_been_built_by_a_half_years_end_is_a_level_at_that_end():
    ex = tradeie.extract(
        "上半年全市跨境电商发展情况\n\n发布时间：2025-07-18\n\n"
        "　　上半年，全市跨境电商进出口186.3亿元，同比增长15.3%。全市已建成跨境电商产业园区23个，入驻企业3100余家。\n"
    )
    parks = _by_value(ex, "23个")
    assert (parks.period.start, parks.period.end) == (None, "2025-06-30")


def test_a_share_column_named_by_its_whole_and_percent_sign_is_the_rows_share():
    ex = tradeie.extract(
        "香港貿發局經貿研究\n\n泰國市場概況\n\n更新日期：2024年11月6日\n\n表一：泰國主要出口市場（2024年1-9月）\n\n"
        "  市場          出口額         按年變化       佔泰國出口\n"
        "                （億美元）     （%）          總額（%）\n"
        "  ─────────────────────────────────────\n"
        "  美國            412.6         +13.2           17.8\n"
        "  中國內地        287.5          +4.1           12.4\n"
        "  ─────────────────────────────────────\n"
    )
    m = _by_value(ex, "412.6")
    assert m.share is not None and m.share.percent == Decimal("17.8")
    assert not [x for x in ex.metrics if x.value is None and x.share is not None]


def test_a_region_named_before_its_other_markets_is_a_market_not_whose_exports():
    ex = tradeie.extract(
        "香港貿發局經貿研究\n\n香港出口表現回顧\n\n更新日期：2025年1月20日\n\n"
        "2024年香港整體出口貨值為45,120億港元，按年增長8.1%。\n\n"
        "亞洲其他市場表現參差：輸往新加坡的出口增長15.2%，輸往印度的出口增長9.0%。\n"
    )
    assert _by_rate(ex, "增長15.2%").subject == "香港"


def test_a_rate_named_after_the_figure_is_a_change():
    ex = tradeie.extract(
        "某市商务局\n\n前三季度全市外贸运行情况\n\n发布时间：2024-10-21\n\n"
        "　　前三季度，全市出口实现15.2%的增长，进口录得3.4%的下降。\n"
    )
    assert _with_rate(ex, "15.2").change.direction == "up"
    assert _with_rate(ex, "-3.4").change.direction == "down"
    assert not [m for m in ex.metrics if m.value is not None and m.value.unit == "%"]


def test_what_zones_abroad_have_drawn_and_admitted_since_they_opened_are_levels():
    ex = tradeie.extract(
        "闽江省商务厅\n\n2024年我省境外经贸合作区建设情况\n\n发布日期：2025-02-20\n\n"
        "　　2024年，全省境外经贸合作区实现产值42.6亿美元，同比增长10.8%。\n\n"
        "　　从区域分布看，位于东南亚的合作区有7个，累计完成投资38.2亿美元。"
        "印尼产业园新增入园企业6家，累计入园企业112家。\n"
    )
    assert _period(_by_value(ex, "38.2亿美元")) == (None, "2024-12-31")
    assert _period(_by_value(ex, "112家")) == (None, "2024-12-31")
    assert _period(_by_value(ex, "42.6亿美元")) == ("2024-01-01", "2024-12-31")


def test_a_target_for_a_crossing_names_no_port_after_its_verbs_and_a_modal_ends_no_measure():
    ex = tradeie.extract(
        "二连浩特口岸上半年过货量稳步增长\n\n发布时间：2024-07-16 08:32:15　　来源：锡林郭勒日报\n\n"
        "　　今年上半年，二连浩特口岸进出口货运量达1021.6万吨，同比增长9.4%。\n\n"
        "　　下半年，二连浩特将推进公路口岸扩能改造，全年力争实现口岸过货量2100万吨以上。"
        "公路口岸二期计划年内开工，建成后公路口岸货运通道日通行能力将由1200辆次提升至2000辆次。\n"
    )
    target = _by_value(ex, "2100万吨以上")
    assert "力争" not in (target.subject or "") and "口岸过货量" not in (target.subject or "")
    assert _by_value(ex, "1200辆次").indicator.endswith("货运通道日通行能力")


def test_a_papers_number_set_beside_its_office_gives_the_year():
    ex = tradeie.extract(
        "价格统计快报\n（第 5 期）\n\n国家统计局闽江调查总队                    闽调价〔2024〕9号\n\n\n"
        "          2月份全省工业生产者价格运行简析\n\n"
        "    2月份，全省工业生产者出厂价格（PPI）同比下降2.1%，环比下降0.3%。\n\n"
        "国家统计局闽江调查总队办公室                      3月12日印发\n"
    )
    assert _period(_with_rate(ex, "-2.1")) == ("2024-02-01", "2024-02-29")


def test_a_cards_rate_and_share_lines_belong_to_the_figure_above_them():
    ex = tradeie.extract(
        "闽江商务\n\n前三季度我省对东盟贸易速览\n\n2024-10-23 08:30 发表于福州\n\n"
        "前三季度，全省外贸进出口5286.4亿元，同比增长6.2%。\n\n"
        "🌏 东盟：第一大贸易伙伴\n━━━━━━━━━━━━━━━\n💰对东盟进出口：1473.8亿元\n📈同比：+9.6%\n🥧占全省外贸比重：27.9%\n\n"
        "  规模 ▶ 698.5亿元\n  增速 ▶ 3.6% 🔻\n  占比 ▶ 13.2%\n\n"
        "出口 412.3亿元 ⬆ 12.6%\n\n进口 286.3亿元 ⬇️ 5.5%\n"
    )
    asean = _by_value(ex, "1473.8亿元")
    assert asean.change is not None and asean.change.percent == Decimal("9.6")
    assert asean.share is not None and asean.share.percent == Decimal("27.9") and asean.share.of == "全省外贸"
    scale = _by_value(ex, "698.5亿元")
    assert scale.change.percent == Decimal("-3.6") and scale.share.percent == Decimal("13.2")
    assert _by_value(ex, "412.3亿元").change.percent == Decimal("12.6")
    assert _by_value(ex, "286.3亿元").change.percent == Decimal("-5.5")
    assert not [m for m in ex.metrics if m.value is not None and m.value.unit == "%"]


def test_a_cards_arrow_is_a_change_verb_for_multiples_and_month_on_month_rates():
    ex = tradeie.extract(
        "秦川商务\n\n上半年我省外贸数据速览\n\n2024-07-18 20:05 发表于西安\n\n"
        "上半年，全省外贸进出口2186.4亿元，同比增长5.1%。\n\n"
        "🚗 新能源汽车出口 168.3亿元 ⬆ 1.1倍\n\n"
        "6月当月，全省进出口412.6亿元，环比 ⬆ 4.6%。\n\n"
        "🔋 锂电池出口 52.4亿元 🔻 8.2%\n"
    )
    assert _by_value(ex, "168.3亿元").change.percent == Decimal("110")
    monthly = _by_value(ex, "412.6亿元")
    assert monthly.change.basis == "mom" and monthly.change.percent == Decimal("4.6")
    assert _by_value(ex, "52.4亿元").change.percent == Decimal("-8.2")
    assert not [m for m in ex.metrics if m.value is not None and m.value.unit == "%"]


# A yearly report printed the next spring: its edition year in brackets under its name, a contents
# page with leaders, and a last chapter on the current half year.
YEARLY_REPORT_WITH_CONTENTS = (
    "南湾自由贸易港跨境人民币业务运行报告\n（2024）\n\n\n南湾省人民银行分行\n二〇二五年三月\n"
    "\f目  录\n一、总体运行情况 ……………………………………………… 1\n二、分项目运行情况 ……………………………………………… 2\n"
    "三、2025 年一季度运行情况 …………………………………… 3\n"
    "南湾自由贸易港跨境人民币业务运行报告（2024）\n\n"
    "一、总体运行情况\n　　2024 年，南湾省人民银行分行持续推进跨境贸易投资人民币结算便利化，全年跨境人民币收付金额 "
    "1861.4 亿元，同比增长 16.6%。\n"
    "二、分项目运行情况\n　　（一）经常项目。2024 年，经常项目跨境人民币收付 928.7 亿元，同比增长 11.3%。截至 12 月末，"
    "全省 7 家银行开立自由贸易账户 1468 个。\n"
    "三、2025 年一季度运行情况\n　　一季度，全省跨境人民币收付金额 512.6 亿元，同比增长 9.4%。\n"
)


def test_a_contents_page_with_leaders_is_no_sections_and_a_bracketed_edition_year_is_the_year_reviewed():
    ex = tradeie.extract(YEARLY_REPORT_WITH_CONTENTS)
    assert [s.name for s in ex.structure.sections] == ["总体运行情况", "分项目运行情况", "2025年一季度运行情况"]
    assert _period(_by_value(ex, "1468 个"))[1] == "2024-12-31"
    assert _period(_by_value(ex, "512.6 亿元")) == ("2025-01-01", "2025-03-31")


def test_a_report_signed_with_a_month_is_of_that_year_whatever_day_its_history_opens_on():
    ex = tradeie.extract(
        "\n\n          沅江自贸片区建设三周年\n                发 展 报 告\n\n\n        沅江片区管理委员会办公室\n\n\n"
        "一、总体情况\n　　2020年9月24日，沅江自贸片区正式揭牌，实施范围39.5平方公里。三年来，片区各项建设任务稳步推进。\n"
        "　　截至今年8月底，片区累计新设企业1.26万家，累计实现进出口860.3亿元，占全市同期的29.3%。\n"
        "二、下一步工作\n　　片区将继续深化制度创新。\n\n"
        "                              沅江片区管理委员会办公室\n                                        二〇二三年九月\n\n— 3 —\n"
    )
    assert _period(_by_value(ex, "860.3亿元"))[1] == "2023-08-31"


def test_a_fair_shortened_in_its_headline_is_named_as_its_lead_names_it_in_full():
    ex = tradeie.extract(
        "中国—阿拉伯国家博览会秘书处\n新闻通稿\n\n第6届中阿博会在银川闭幕\n\n"
        "8月31日，第6届中国—阿拉伯国家博览会（以下简称中阿博会）在宁夏银川国际交流中心闭幕。"
        "本届中阿博会共有1,620家企业参展，较上届增长8.4%；签约项目312个，签约总额1,086.3亿元。\n"
    )
    assert _by_value(ex, "1,620家").subject == "第6届中国—阿拉伯国家博览会"
    assert _by_value(ex, "1,086.3亿元").subject == "第6届中国—阿拉伯国家博览会"


def test_a_spokesmans_transcript_pasted_under_its_file_name_is_the_spokesmans_body():
    ex = tradeie.extract(
        "zjhg_xwfb_20240318_答记者问（定稿）.docx\n━━━━━━━━━━━━━━━━━━━━\n\n"
        "湛江海关新闻发言人就前2个月粤西外贸进出口情况答记者问\n\n（3月18日）\n\n"
        "问题一：今年前2个月粤西外贸进出口情况如何？\n\n"
        "答：今年前2个月，粤西地区货物贸易进出口286.7亿元，比去年同期增长19.8%。其中，出口118.2亿元，增长21.5%。\n"
    )
    assert _by_value(ex, "286.7亿元").source.name == "湛江海关"


def test_a_fairs_secretariat_over_its_press_release_is_its_publisher():
    ex = tradeie.extract(
        "中国—亚欧博览会秘书处\n新闻通稿\n\n第8届亚欧博览会在乌鲁木齐闭幕\n\n"
        "6月30日，第8届中国—亚欧博览会在新疆国际会展中心闭幕。本届博览会共有1,350家企业参展，签约项目426个，"
        "签约总额1,328.6亿元。\n"
    )
    assert ex.bulletin.meta.publisher == "中国—亚欧博览会秘书处"
    assert _by_value(ex, "1,328.6亿元").source.name == "中国—亚欧博览会秘书处"


def test_a_port_a_headline_opens_on_owns_the_figures_its_sentences_leave_unnamed():
    ex = tradeie.extract(
        "中华人民共和国烟台海关\n首页 > 海关动态 > 关区动态 > 正文\n\n"
        "一季度烟台口岸进口冷链食品量值齐增\n\n发布时间：2025-04-16 09:45　　信息来源：烟台海关\n\n"
        "　　据烟台海关统计，今年一季度，烟台口岸进口冷链食品48.42万吨，同比增长7.9%。\n\n"
        "　　一、水产品进口小幅回落\n\n　　水产品进口19.6万吨，同比下降4.7%；货值43.8亿元，同比下降9.1%。\n"
    )
    assert _by_value(ex, "19.6万吨").subject == "烟台口岸"
    assert _by_value(ex, "43.8亿元").subject == "烟台口岸"


def test_receipts_beside_payments_in_a_services_table_are_each_items_receipts():
    ex = tradeie.extract(
        "国家外汇管理局闽江省分局\n\n表 3  2024 年闽江省服务贸易分项目收支情况\n"
        "                                                        单位：亿美元，%\n"
        "-----------------------------------------------------------------------\n"
        "项目                         收入      同比      支出      同比      差额\n"
        "-----------------------------------------------------------------------\n"
        "服务贸易合计                652.4       9.8     817.9      12.6    -165.5\n"
        "  运输                      186.7      -8.4     298.2      -5.1    -111.5\n"
        "  旅行                       46.3      63.9     312.5       8.8    -266.2\n"
        "-----------------------------------------------------------------------\n"
    )
    transport = _by_value(ex, "186.7")
    assert "运输" in transport.indicator and transport.indicator.endswith("收入") and "合计" not in transport.indicator
    assert transport.change.percent == Decimal("-8.4")
    assert _by_value(ex, "652.4").indicator == "服务贸易收入"


def test_a_posts_item_labels_behind_a_symbol_or_listing_parts_name_what_each_paragraph_counts():
    ex = tradeie.extract(
        "秦川外汇\n\n上半年全省服务贸易收支情况\n\n分项目看：\n\n"
        "✦旅行：收入9.7亿美元，同比增长88.3%。\n\n"
        "电信、计算机和信息服务：收入8.4亿美元，同比增长15.1%。\n"
    )
    travel = _by_value(ex, "9.7亿美元")
    assert "旅行" in (travel.indicator + "".join(travel.dimensions.values()))
    it = _by_value(ex, "8.4亿美元")
    assert "计算机" in (it.indicator + "".join(it.dimensions.values()))


def test_the_worth_of_goods_weighed_in_the_clause_before_is_of_those_goods():
    ex = tradeie.extract(
        "包头市前三季度稀土产品出口情况\n\n"
        "前三季度，稀土永磁体出口2208.6吨，同比增长4.9%；出口金额10.84亿元，同比下降2.3%。"
        "稀土抛光粉出口785.3吨，同比增长9.9%，出口金额0.33亿元。\n"
    )
    assert _by_value(ex, "10.84亿元").dimensions.get("product") == "稀土永磁体"
    assert _by_value(ex, "0.33亿元").dimensions.get("product") == "稀土抛光粉"


def test_an_inland_ports_own_post_reports_the_ports_figures():
    ex = tradeie.extract(
        "吉安国际陆港发布\n\n数说陆港｜3月“成绩单”出炉！\n\n原创 陆港融媒 吉安国际陆港发布 2025年04月06日 18:20 江西\n\n"
        "3月，完成集装箱吞吐量1.26万标箱，同比增长18.4%；开行铁海联运班列86列，同比增长32.3%。\n"
    )
    assert _by_value(ex, "1.26万标箱").subject == "吉安国际陆港"
    assert _by_value(ex, "86列").subject == "吉安国际陆港"


def test_a_column_naming_each_rows_country_beside_its_route_point_is_no_figure_column():
    ex = tradeie.extract(
        "西部机场集团\n\n表 2  2024 年咸阳机场国际货量前五航点\n"
        "────────────────────────────────────────────\n"
        " 序号   航点        国家/地区      货邮量（吨）   同比（%）\n"
        "────────────────────────────────────────────\n"
        "  1     首尔        韩国             18,436        12.7\n"
        "  2     莫斯科      俄罗斯           11,208        24.5\n"
        "  3     阿拉木图    哈萨克斯坦        9,043        62.0\n"
        "────────────────────────────────────────────\n"
    )
    seoul = _by_value(ex, "18,436")
    assert seoul.change.percent == Decimal("12.7") and "首尔" in seoul.dimensions.values()
    assert _by_value(ex, "9,043").change.percent == Decimal("62.0")


def test_a_column_of_the_years_target_reached_is_each_rows_share_of_its_target():
    ex = tradeie.extract(
        "附件\n\n上半年各县（市、区）外贸进出口完成情况\n\n"
        "县（市、区）\t进出口（亿元）\t同比增长（%）\t完成年度目标（%）\n"
        "襄阳区\t9.8\t12.1\t52.4\n汉樊区\t21.6\t-3.5\t44.8\n谷川县\t19.8\t14.5\t55.6\n"
    )
    row = _by_value(ex, "21.6")
    assert row.share is not None and row.share.percent == Decimal("44.8") and row.share.of == "年度目标"
    assert row.change.percent == Decimal("-3.5")
    assert not [m for m in ex.metrics if m.value is not None and m.value.text in ("52.4", "44.8", "55.6")]


def test_a_ships_or_berths_tonnage_class_is_no_amount():
    ex = tradeie.extract(
        "营口港粮食进口情况\n\n上半年，营口港进口粮食386.2万吨，同比增长6.4%。"
        "港区去年完成散粮码头泊位升级改造，可靠泊船舶由10万吨级提升至15万\n吨级，新增筒仓仓容24万吨。\n"
    )
    assert _by_value(ex, "386.2万吨").change.percent == Decimal("6.4")
    assert not [m for m in ex.metrics if m.value is not None and m.value.text.replace("\n", "") in ("10万吨", "15万吨")]


def test_a_part_of_the_flow_a_sentence_opens_on_keeps_the_flow():
    ex = tradeie.extract(
        "全市技术贸易情况\n\n上半年，全市技术出口合同金额13.2亿美元，增长3.7%。"
        "技术出口中，专利技术的许可或转让合同金额1.15亿美元，同比增长近1倍。\n"
    )
    part = _by_value(ex, "1.15亿美元")
    assert "技术出口" in part.indicator and "专利" in part.indicator


def test_a_zones_own_table_named_with_its_city_is_the_zones():
    ex = tradeie.extract(
        "遵义高新综合保税区经济运行监测月报\n（2024年第12期）\n\n编制单位：遵义高新综合保税区管理办公室综合运行处\n\n"
        "表1  2024年12月遵义高新综合保税区主要经济指标\n\n"
        "指标\t12月（亿元）\t同比（%）\n进出口总额\t86.3\t12.4\n出口\t51.2\t15.8\n"
    )
    assert _by_value(ex, "86.3").subject == "遵义高新综合保税区"


def test_a_period_or_a_targets_verb_before_the_word_port_names_no_port():
    ex = tradeie.extract(
        "满洲里市人民政府\n\n关于前三季度口岸经济运行情况的报告\n\n"
        "前三季度，口岸过货量1386.7万吨，同比增长12.4%。力争口岸全年过货量突破1800万吨。\n"
    )
    for quote in ("1386.7万吨", "1800万吨"):
        subject = _by_value(ex, quote).subject
        assert "季度" not in subject and "力争" not in subject, subject


def test_firms_a_clause_remarks_on_own_the_figure_the_next_clause_gives():
    ex = tradeie.extract(
        "全市技术贸易情况\n\n上半年，外商投资企业仍是技术进口主体，进口合同金额17.91亿美元，占比60.3%；"
        "内资企业技术出口增长较快，出口合同金额8.47亿美元，同比增长25.1%。\n"
    )
    assert _by_value(ex, "17.91亿美元").dimensions.get("enterprise_type") == "外商投资企业"
    assert _by_value(ex, "8.47亿美元").dimensions.get("enterprise_type") == "内资企业"


def test_a_contrast_clauses_month_dates_its_own_rate_alone():
    ex = tradeie.extract(
        "闽江省统计局\n\n发布时间：2024-09-12\n\n"
        "8月份，全省居民消费价格同比上涨0.6%，7月份为持平；环比下降0.1%。其中，城市上涨0.3%。"
        "8月份，食品价格同比上涨2.7%，上月为下降0.8%，影响CPI上涨约0.49个百分点。"
        "从环比看，8月份CPI环比由上月下降0.3%转为上涨0.2%。\n"
    )
    assert _period(_by_rate(ex, "上涨0.3%")) == ("2024-08-01", "2024-08-31")
    assert _period(_by_rate(ex, "下降0.8%")) == ("2024-07-01", "2024-07-31")
    assert _period(_by_rate(ex, "下降0.3%")) == ("2024-07-01", "2024-07-31")
    assert _period(_by_rate(ex, "上涨0.2%")) == ("2024-08-01", "2024-08-31")


def test_a_contents_pages_entries_under_a_cover_date_are_no_table():
    ex = tradeie.extract(
        "\n\n\n成都双流国际机场\n航空物流发展年度报告\n（2024）\n\n\n\n\n四川省机场集团有限公司\n"
        "成都双流国际机场管理有限公司\n二〇二五年二月\n\f目    录\n\n"
        "一、总体运行情况 ……………………………………… 1\n二、国际货运航线网络 ………………………………… 2\n"
        "三、主要国际航点货量 ………………………………… 3\n四、货运保障与跨境电商 ……………………………… 4\n"
        "五、2025 年工作目标 ………………………………… 5\n\f成都双流国际机场航空物流发展年度报告（2024）\n\n"
        "一、总体运行情况\n\n    2024 年，双流机场完成国际及地区货邮吞吐量 21.7 万吨，同比增长 18.6%。\n\n"
        "表 1  2024 年双流机场国际货量前三航点\n"
        " 序号   航点        货邮量（吨）   同比（%）\n"
        "  1     首尔           18,436        12.7\n  2     莫斯科         11,208        24.5\n  3     迪拜            9,043        62.0\n"
    )
    assert _by_value(ex, "21.7 万吨").change.percent == Decimal("18.6")
    assert not [m for m in ex.metrics if m.value is not None and m.value.text in ("1", "2", "3", "4", "5")]


def test_a_circled_footnote_names_the_body_each_topics_figures_come_from():
    ex = tradeie.extract(
        "陇原省2024年国民经济和社会发展统计公报（节选）\n\n陇原省统计局\n\n"
        "　　48. 全年货物进出口总额612.4亿元，比上年增长9.1%。\n\n"
        "　　52. 全年接待国内游客3.9亿人次，比上年增长13.5%。\n\n"
        "注：\n① 货物进出口数据来源于兰州海关；旅游数据来源于省文化和旅游厅。\n"
    )
    assert _by_value(ex, "612.4亿元").source.name == "兰州海关"


def test_a_summary_signed_with_a_day_but_no_year_is_its_signers():
    ex = tradeie.extract(
        "文件名：青川区商务局2022年上半年工作总结.docx\n\n青川区商务局上半年工作总结\n\n"
        "　　上半年，面对国际物流受阻、原材料价格高企等多重不利因素，区商务局坚决落实各项要求，全力以赴稳外贸、"
        "稳外资、抓招商，全区开放型经济实现总体平稳、稳中有进。现将有关情况总结如下。\n\n"
        "一、主要指标完成情况\n\n　　上半年，全区外贸进出口352.8亿元，增长8.6%。\n\n"
        "青川区商务局\n7月8日\n"
    )
    assert _by_value(ex, "352.8亿元").source.name == "青川区商务局"


def test_a_city_is_named_as_the_document_names_it():
    page = (
        "厦门港口管理局\n\n2024年厦门港邮轮经济运行情况\n\n发布时间：2025-01-22 16:05\n\n"
        "　　全年，厦门外贸进出口9326.4亿元，同比增长4.6%。全年接待邮轮旅客41.27万人次，同比增长2.1倍。\n"
    )
    assert _by_value(tradeie.extract(page), "41.27万人次").subject == "厦门"
    official = page.replace("全年接待", "全年厦门市接待")
    assert _by_value(tradeie.extract(official), "41.27万人次").subject == "厦门市"


def test_a_shares_move_since_the_last_fair_and_a_group_signing_its_own_deal():
    ex = tradeie.extract(
        "闽江省商务厅\n\n闽江交易团第七届进博会成果丰硕\n\n发布时间：2024-11-12\n\n"
        "　　第七届进博会期间，闽江交易团意向采购金额16.64亿美元，较上届增长8.2%。其中，中小微企业意向采购金额占比达41.2%，"
        "较上届提高3.5个百分点。榕城康达医疗集团签约采购大型医学影像设备46台（套），金额1.35亿美元。\n"
    )
    share = next(m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("41.2"))
    assert share.share.change is not None and share.share.change.points == Decimal("3.5")
    assert not [m for m in ex.metrics if m.change is not None and m.change.points == Decimal("3.5")]
    assert _by_value(ex, "1.35亿美元").subject == "榕城康达医疗集团"


def test_a_wires_forecast_and_revised_rate_are_rates_and_a_half_width_stop_opens_no_measure():
    ex = tradeie.extract(
        "路透北京4月16日\n\n中国一季度经济数据\n\n发布时间:2025-04-16\n\n"
        "经季节性调整后,1季度GDP环比增长1.2%,预估为1.1%;去年4季度环比增速修正为1.5%.3月规模以上工业增加值同比增长7.2%,预估为5.8%.\n"
    )
    for pct, basis in (("1.1", "mom"), ("1.5", "mom"), ("5.8", "yoy")):
        m = _with_rate(ex, pct)
        assert m.value is None and m.change.basis == basis, pct
    assert _with_rate(ex, "7.2").indicator == "规模以上工业增加值"


def test_a_table_of_crossings_gives_each_crossing_the_travellers_its_title_counts():
    ex = tradeie.extract(
        "滇南省商务厅\n\n2024年1-10月全省口岸运行情况\n\n"
        "表1  2024年1-10月全省主要口岸出入境人员情况\n"
        "                                                  单位：万人次、%\n"
        "序号  口岸名称              1-10月累计   同比增长\n"
        " 1    瑞丽口岸                1012.36      56.82\n"
        " 2    河口口岸                 687.15      39.47\n"
        " 3    磨憨口岸                 236.90      88.13\n"
    )
    m = _by_value(ex, "687.15")
    assert m.subject == "河口口岸" and m.indicator == "出入境人员"


def test_the_top_ranks_a_combined_figure_adds_up_name_it():
    ex = tradeie.extract(
        "某市商务局\n\n前三季度全市服务外包运行情况\n\n发布时间：2024-10-21\n\n"
        "　　前三季度，美国、中国香港、日本离岸执行额位居前三，分别为9.86亿美元、6.42亿美元和5.17亿美元，"
        "三者合计占全市离岸执行额的54.9%。\n"
    )
    combined = next(m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("54.9"))
    assert combined.indicator.startswith("前三") and "季度" not in combined.indicator


def test_a_train_services_runs_are_named_as_the_services():
    ex = tradeie.extract(
        "某省商务厅\n\n上半年全省开放型经济运行情况\n\n发布时间：2024-07-21\n\n"
        "　　上半年，全省外贸进出口4312.6亿元，增长6.1%；中欧班列（中原号）开行1108列，增长9.6%。\n"
    )
    runs = _by_value(ex, "1108列")
    assert "中欧班列" in runs.indicator and runs.indicator.endswith("开行")


def test_an_area_is_of_what_its_sentence_just_counted():
    ex = tradeie.extract(
        "某市商务局\n\n上半年全市跨境电商发展情况\n\n发布时间：2024-07-21\n\n"
        "　　截至6月底，全市企业在境外建设海外仓58个、面积89万平方米。\n"
    )
    assert "海外仓" in _by_value(ex, "89万平方米").indicator


def test_the_firms_a_sentence_opens_with_go_on_into_its_next_clause():
    ex = tradeie.extract(
        "某省商务厅\n\n前三季度全省外贸运行情况\n\n发布时间：2024-10-21\n\n"
        "　　前三季度，全省外贸进出口1.2万亿元，增长5.1%。民营企业出口6378.5亿元，增长4.9%，占全省出口总值的73.2%；"
        "进口2556.7亿元，下降2.1%。\n"
    )
    assert _by_value(ex, "2556.7亿元").dimensions.get("enterprise_type") == "民营企业"


def test_the_firms_contribution_after_their_share_is_theirs_and_no_share_change():
    ex = tradeie.extract(
        "某省商务厅\n\n前三季度全省外贸运行情况\n\n发布时间：2024-10-21\n\n"
        "　　前三季度，全省外贸进出口1.2万亿元，增长5.1%。民营企业进出口6755.2亿元，增长12.4%，占全省外贸总值的31%，"
        "拉动全省外贸增长3.6个百分点，对全省外贸增长的贡献率达85.4%。\n"
    )
    private = _by_value(ex, "6755.2亿元")
    assert private.share is not None and private.share.change is None
    pulled = next(m for m in ex.metrics if m.change is not None and m.change.points == Decimal("3.6"))
    assert pulled.dimensions.get("enterprise_type") == "民营企业"
    assert _by_value(ex, "85.4%").dimensions.get("enterprise_type") == "民营企业"


def test_a_crossings_lanes_by_mode_are_parts_of_the_crossing():
    ex = tradeie.extract(_release(
        "某市人民政府", "关于前三季度口岸经济运行情况的报告",
        "　　前三季度，满洲里口岸进出口货运量累计完成1386.7万吨，同比增长8.9%。其中，铁路口岸完成1102.4万吨，"
        "同比增长10.6%；公路口岸完成284.3万吨，同比增长2.6%。",
        "　　经绥芬河、同江铁路口岸进出境的中欧班列共1326列，增长8.7%。",
    ))
    assert _by_value(ex, "1102.4万吨").subject == "满洲里口岸"
    assert _by_value(ex, "284.3万吨").subject == "满洲里口岸"
    assert _by_value(ex, "1326列").subject != "满洲里口岸"  # another crossing's lane


def test_a_border_trade_zone_is_whose_trade_it_is_and_its_trade_is_border_trade():
    ex = tradeie.extract(_release(
        "某市商务局", "前三季度边民互市贸易发展情况",
        "　　前三季度，北岭边民互市贸易区完成互市交易额4.63亿元，同比增长36.7%。截至9月底，贸易区备案边民9856人。",
        "　　2025年，南岭中俄边民互市贸易区进出口货值65.8亿元，同比增长18.3%。其中，进口61.4亿元，增长19.6%。",
        "　　同期，市里将互市贸易区建设列入重点工作，力争全年交易额突破12亿元。",
    ))
    assert _by_value(ex, "4.63亿元").subject == "北岭边民互市贸易区"
    assert _by_value(ex, "9856人").subject == "北岭边民互市贸易区"
    imports = _by_value(ex, "61.4亿元")
    assert imports.subject == "南岭中俄边民互市贸易区" and "互市" in imports.indicator
    assert not _by_value(ex, "12亿元").subject.startswith("市里")


def test_an_events_figures_under_a_pages_chrome_take_the_day_its_lead_opens_with():
    ex = tradeie.extract(
        "某市投资促进局\nMoushi Investment Promotion Bureau\n首页 | 机构概况 | 招商动态\n\n"
        "当前位置：首页 > 招商动态\n\n“投资某市”推介会签约项目42个 总投资386.5亿元\n\n"
        "发布时间：2024-06-12 10:31　　来源：某市投资促进局\n\n"
        "　　5月21日，“投资某市·智造未来”招商推介会在深圳举行，260余家企业代表参加。\n\n"
        "　　本次推介会共签约项目42个，总投资386.5亿元。其中，外资项目9个，合同外资2.36亿美元。\n"
    )
    total = next(m for m in ex.metrics if m.value is not None and m.value.text == "386.5亿元" and m.value.span[0] > 200)
    assert _period(total) == ("2024-05-01", "2024-05-31")
    assert _period(_by_value(ex, "2.36亿美元")) == ("2024-05-01", "2024-05-31")


def test_a_weekly_briefs_rates_pair_with_a_list_and_the_figure_after_it_and_a_repeated_measure():
    ex = tradeie.extract(_release(
        "某海关农产品出口监测周报（2023年第45期）", "一、总体情况",
        "　　本周，某关区共检验监管出口农产品1,386批次、3.12万吨，货值2.05亿元，环比分别增长4.6%、3.9%和6.2%。",
        "　　（一）生姜。本周出口生姜312批次、7,460吨，货值6,830万元，货值环比增长9.7%。",
    ))
    assert _by_value(ex, "1,386批次").change.percent == Decimal("4.6")
    assert _by_value(ex, "3.12万吨").change.percent == Decimal("3.9")
    assert _by_value(ex, "2.05亿元").change.percent == Decimal("6.2")
    ginger = _by_value(ex, "6,830万元")
    assert ginger.change is not None and ginger.change.percent == Decimal("9.7") and ginger.change.basis == "mom"
    assert not [m for m in ex.metrics if m.value is None and m.change is not None and m.change.percent == Decimal("9.7")]


def test_a_university_centres_report_on_the_nation_is_not_its_citys():
    ex = tradeie.extract(
        "南江大学宏观经济研究中心\n首页 | 中心概况 | 研究成果\n\n"
        "课题组：下半年外需放缓，全年出口增速预计在4.6%左右\n"
        "发布时间：2025-07-21　　来源：宏观经济研究中心\n\n"
        "　　7月19日，季度宏观经济模型夏季预测发布会在厦门大学经济楼举行。厦门大学课题组认为，上半年我国外贸稳中有进。\n\n"
        "　　据海关总署统计，上半年我国货物贸易进出口总值21.36万亿元，同比增长3.1%。\n\n"
        "　　从商品结构看，机电产品出口7.52万亿元，增长8.1%。厦门大学课题组预计全年出口增长4.6%。\n"
    )
    assert _by_value(ex, "7.52万亿元").subject == "中国"


def test_a_transcripts_imprint_by_the_office_that_compiled_it_dates_its_last_year():
    ex = tradeie.extract(
        "国务院新闻办公室新闻发布会\n\n文 字 实 录\n\n时间：1月24日（星期五）上午10时\n\n"
        "　　林书远：去年全年社会消费品零售总额49.12万亿元，同比增长3.8%。去年\n"
        "家电行业营业收入1.95万亿元，同比增长5.2%。将数码产品纳入补贴范围，有利\n"
        "于带动产业链上下游协同发展，各地共查处骗补套补案件186起，涉及金额3100\n"
        "多万元。\n\n"
        "―――――――――――――――――――――――――――――――――\n"
        "国务院新闻办公室新闻局整理　　　　　二〇二五年一月二十四日印发\n（共印 60 份）\n"
    )
    assert ex.bulletin.meta.date == "2025-01-24"
    assert _period(_by_value(ex, "49.12万亿元")) == ("2024-01-01", "2024-12-31")


def test_a_citys_port_economy_in_a_headline_is_the_citys_not_a_ports():
    ex = tradeie.extract(
        "南岭统计分析                                    2025年第3期\n南岭市统计局                                    2025年2月27日\n\n"
        "                  2024年南岭市口岸经济运行简析\n\n"
        "    2024年，南岭市全力推进口岸提质扩容，口岸经济运行呈现良好态势。\n\n"
        "    全年口岸进出口货值426.83亿元，增长9.1%。其中，出口181.50亿元，增长12.1%；进口245.33亿元，增长7.0%。\n"
    )
    assert _by_value(ex, "181.50亿元").subject == "南岭市"


def test_a_customs_houses_own_paper_speaks_of_its_district():
    ex = tradeie.extract(
        "南岭海关文件\n\n岭关企发〔2025〕8号\n\n南岭海关关于上年度关区原产地签证工作情况的通报\n\n各隶属海关：\n\n"
        "　　全年关区共签发各类原产地证书28.93万份，签证金额1682.5亿元，同比分别增长5.4%和7.9%。"
        "全年关区新增高级认证企业41家。\n\n南岭海关\n二〇二五年二月十四日\n"
    )
    assert _by_value(ex, "1682.5亿元").subject == "南岭关区"


def test_a_briefs_print_line_at_its_foot_gives_its_year():
    ex = tradeie.extract(
        "                              外贸运行快报\n                                第10期\n\n"
        "南岭市商务局外贸发展科                                    11月12日\n\n"
        "                      1-10月全市外贸运行情况\n\n"
        "    1-10月，全市外贸运行总体平稳，主要指标详见附表。\n\n"
        "    一、外贸主体情况\n    1-10月，全市有进出口实绩企业1582家，同比增加96家。\n\n"
        "    二、分区域情况\n    南岭经济技术开发区进出口183.7亿元，同比增长9.6%。\n\n附表\n"
        "                1-10月南岭市外贸进出口主要指标\n"
        "---------------------------------------------------------------------\n"
        "指标名称            10月     同比±%     1-10月     同比±%\n"
        "                  （亿元）              （亿元）\n"
        "---------------------------------------------------------------------\n"
        "进出口总额          52.3       8.9      498.6        6.4\n"
        "  出口              36.8      11.2      352.7        8.1\n"
        "  进口              15.5       3.7      145.9        2.5\n"
        "---------------------------------------------------------------------\n"
        "注：数据来源于南岭海关，部分数据为初步统计。\n\n"
        "报：市委、市政府领导\n本期编印：南岭市商务局外贸发展科（联系电话：0532-87000000）\n"
        "                                        2024年11月印　共印60份\n"
    )
    assert _period(_by_value(ex, "1582家")) == ("2024-01-01", "2024-10-31")


def test_a_reports_note_on_when_it_was_finished_dates_its_this_year():
    ex = tradeie.extract(
        "原创 宏观预测团队 南江研究院\n\n季度展望丨外需边际企稳，四季度出口有望由负转正\n\n"
        "　　据海关总署数据，今年前三季度我国出口2.57万亿美元，同比下降5.7%。\n\n"
        "—— END ——\n\n执笔｜周启明\n\n（本报告于二〇二三年十月十六日定稿，观点仅代表课题组。）\n\n阅读 1.6万\n"
    )
    assert _period(_by_value(ex, "2.57万亿美元")) == ("2023-01-01", "2023-09-30")


def test_an_outlooks_year_is_the_one_ahead_not_its_figures():
    ex = tradeie.extract(
        "南江宏观经济专题报告\n\n在高基数中寻求平衡\n——2025年中国外贸形势展望\n\n南江大学经济学院课题组\n\n二〇二四年十二月\n\n"
        "摘  要\n　　1—11月，我国出口32418亿美元，同比增长5.4%。\n\n"
        "一、外贸运行的主要特征\n\n　　1—11月出口增速比上年同期加快10.2个百分点。\n\n"
        "二、2025年外贸预测\n\n表1 2025年中国外贸主要指标预测\n指标      基准情形   悲观情形\n出口增速    2.5        -1.8\n"
    )
    assert _period(_by_value(ex, "32418亿美元")) == ("2024-01-01", "2024-11-30")


def test_a_federation_of_industry_and_commerce_by_its_short_name_publishes_its_report():
    ex = tradeie.extract(
        "南江市工商联（总商会）\n南工商联〔调研〕第7号\n\n关于一季度会员企业外贸订单情况的调研报告\n\n市商务局：\n\n"
        "　　本次调研共收回有效问卷203份。样本企业一季度合计出口额为96.45亿元，同比增长2.3%。\n\n特此报告。\n\n"
        "南江市工商联（总商会）\n二〇二四年四月十八日\n"
    )
    assert ex.bulletin.meta.publisher == "南江市工商联"
    assert _by_value(ex, "96.45亿元").source.name == "南江市工商联"


def test_a_table_of_markets_for_one_kind_of_goods_names_the_goods_on_each_row():
    ex = tradeie.extract(
        "南岭海关农产品出口监测周报（2023年第45期）\n\n表 1  本周关区出口蔬菜分市场情况\n"
        "市场\n批次\n货值（万元）\n货值环比（%）\n日本\n402\n5,318\n7.4\n韩国\n261\n3,207\n-2.6\n东盟\n175\n2,584\n11.9\n"
    )
    japan = _by_value(ex, "5,318")
    assert japan.dimensions.get("market") == "日本" and japan.dimensions.get("product") == "蔬菜"


def test_a_customs_houses_statistics_analysis_speaks_of_its_district():
    ex = tradeie.extract(
        "南岭海关统计分析\n\n第12期\n\n南岭海关综合业务科编　　　　　　内部资料\n\n上半年南岭口岸对俄贸易运行情况分析\n\n"
        "一、总体情况\n　　上半年，南岭海关关区进出口总值98.76亿元，同比增长10.2%，占全省的12.5%。\n"
        "　　上半年，关区出口机电产品18.47亿元，增长31.2%。进口农产品22.64亿元，增长18.5%。\n"
    )
    assert _by_value(ex, "22.64亿元").subject == "南岭关区"


def test_a_live_transcripts_speaker_gives_their_own_bodys_figures_not_the_hosts_guest_list():
    ex = tradeie.extract(
        "国新办举行服务消费季有关情况新闻发布会\n2023-08-24 10:00:00　|　来源：中国网\n\n"
        "[10:00:12]\n陈蔚然（国务院新闻办公室新闻局副局长、新闻发言人）：\n"
        "女士们、先生们，上午好！今天我们请来了商务部副部长韩书澄先生，国家统计局服务业统计司司长秦立衡先生，请他们介绍有关情况。\n\n"
        "[10:03:47]\n韩书澄（商务部副部长）：\n今年以来，服务消费加快恢复。1—7月，服务零售额同比增长19.4%，各地累计举办促消费活动超过1.2万场。\n\n"
        "问：请问家政服务有什么举措？\n答：（韩书澄）去年，全国家政服务业营业收入约1.1万亿元，同比增长8.7%。\n"
    )
    assert _with_rate(ex, "19.4").source.name == "商务部"
    assert _by_value(ex, "约1.1万亿元").source.name == "商务部"


def test_an_industrial_parks_whole_name_ends_in_its_district_word():
    ex = tradeie.extract(
        "滁州日报\n\n园区外贸进出口突破两千亿元\n\n"
        "　　本报讯 记者昨天从滁州工业园区经济发展委员会获悉，2024年，园区实现进出口总额2036.8亿元，同比增长3.2%。\n"
    )
    assert _by_value(ex, "2036.8亿元").subject == "滁州工业园区"


def test_facilities_of_several_cities_counted_together_are_the_provinces():
    ex = tradeie.extract(_release(
        "海南省旅游和文化广电体育厅", "中秋国庆假期全省旅游市场运行情况",
        "　　假期全省共接待游客462.18万人次。三亚市旅游饭店平均开房率82.7%。海口美兰、三亚凤凰、琼海博鳌三大机场假期累计运送旅客87.65万人次，同比增长64.5%。",
        "　　成都双流、天府两大国际机场完成国际货邮吞吐量9.7万吨，增长21.5%。",
    ))
    assert _by_value(ex, "87.65万人次").subject == "海南省"
    assert _by_value(ex, "9.7万吨").subject in ("成都市", "成都")  # the one city's, as written


def test_a_communique_titled_without_its_year_and_signed_in_spring_reports_the_year_before():
    ex = tradeie.extract(
        "附件2\n\n南岭省国民经济和社会发展统计公报（摘编）\n——对外经济与旅游\n\n南岭省统计局\n\n九、对外经济\n\n"
        "全年货物进出口总额2415.6亿元，比上年增长27.3%。\n\n南岭省统计局\n二〇二五年三月二十六日\n"
    )
    assert _period(_by_value(ex, "2415.6亿元")) == ("2024-01-01", "2024-12-31")


def test_an_appended_table_naming_no_period_takes_the_one_its_report_is_about():
    ex = tradeie.extract(
        "南商字〔2025〕9号\n\n南岭省商务厅\n关于全省对外承包工程业务情况的通报\n\n各市商务局：\n"
        "　　去年，全省对外承包工程完成营业额118.6亿美元，同比增长3.9%；新签合同额162.4亿美元，同比下降5.2%。"
        "对外劳务合作派出各类劳务人员4.37万人，同比增长12.6%。\n"
        "　　在共建国家完成营业额97.3亿美元，同比增长6.1%；新能源项目完成营业额21.4亿美元，同比增长38.2%。\n\n"
        "南岭省商务厅\n2025年1月20日\n\n附件\n\n各市对外承包工程业务情况表\n\n单位：万美元、%\n"
        "地区\t完成营业额\t同比\t新签合同额\t同比\n东岭市\t312540\t5.6\t418260\t-9.7\n西岭市\t201330\t8.2\t256410\t3.1\n"
    )
    assert _period(_by_value(ex, "312540")) == ("2024-01-01", "2024-12-31")


def test_a_wechat_headline_opening_on_months_without_ge_names_the_port_whose_figures_follow():
    """`前10月凭祥口岸出口果蔬超百万吨！` (a month count written without 个): the post's figures are
    the port's, though a paragraph names it not, not the nation's a slogan in the headline names."""
    ex = tradeie.extract(
        "前10月凭祥口岸出口果蔬超百万吨！这些“中国味道”香飘东盟\n\n原创 南宁海关 南宁海关 2024年11月05日 18:02 广西\n\n"
        "记者从南宁海关所属凭祥海关获悉，今年前10个月，经凭祥口岸出口果蔬108.6万吨，货值96.7亿元，同比分别增长14.2%和18.9%。\n\n"
        "分品种看\n柑橘类出口26.3万吨，货值24.8亿元，增长35.4%。\n\n苹果出口19.6万吨，货值16.1亿元，增长12.3%。\n"
    )
    assert _by_value(ex, "26.3万吨").subject == "凭祥口岸"
    assert _by_value(ex, "19.6万吨").subject == "凭祥口岸"


def test_the_year_before_a_recovery_rate_is_its_base_not_its_period():
    """`恢复至2019年同期的78.5%`: the route count is this March's, measured against 2019's."""
    ex = tradeie.extract(_release(
        "南岭省机场集团\n发布时间：2024-04-08", "3月辖区机场运输生产情况",
        "　　3月，南岭机场完成旅客吞吐量312.6万人次，同比增长8.4%。截至3月底，机场共执行国际及地区定期客运航线64条，恢复至2019年同期的78.5%。",
    ))
    recovered = _by_value(ex, "78.5%")
    assert recovered.period.end == "2024-03-31" and "2019" not in recovered.period.text


def test_a_first_quarter_recalled_inside_a_year_to_date_governs_only_its_paragraph():
    """`今年前7个月，…。` then `今年以来…走势：一季度，全市进出口同比下降2.1%；二季度起逐月回升`:
    the quarter is a stage of the months reported; the districts after it are the seven months'."""
    ex = tradeie.extract(_release(
        "南岭日报\n2024年8月22日", "前7个月南岭外贸进出口增长6.8%",
        "　　8月21日，记者从市商务局获悉，据海关统计，今年前7个月，南岭外贸进出口3712.6亿元，同比增长6.8%。",
        "　　记者注意到，今年以来南岭外贸呈“前低后高”走势：一季度，全市进出口同比下降2.1%；二季度起逐月回升。",
        "　　分区来看，东区进出口1286.5亿元，增长9.4%；西区进出口1172.8亿元，增长7.1%。",
    ))
    assert _by_rate(ex, "下降2.1%").period.text == "一季度"
    assert _period(_by_value(ex, "1286.5亿元")) == ("2024-01-01", "2024-07-31")


def test_a_first_quarter_opening_a_reprinted_storys_lead_is_that_storys_period():
    """A story in a brief on the first five months that opens `今年一季度，…`: its figures are the
    quarter's, not the brief's months."""
    ex = tradeie.extract(
        "南岭服务贸易简报\n2025年第6期\n\n【行业资讯】\n\n■ 商务部：前5个月全国服务贸易规模再创新高\n\n来源：商务部网站\n\n"
        "　　2025年1-5月，我国服务进出口总额32745.8亿元，同比增长7.6%。\n\n"
        "■ 数字贸易出海：RCEP市场成为新增长极\n\n来源：南岭日报\n\n"
        "　　记者从省商务厅获悉，今年一季度，南岭省可数字化交付的服务进出口额达到421.6亿元，同比增长14.2%。\n\n"
        "　　从城市看，东岭、西岭分别完成218.4亿元和96.7亿元。\n"
    )
    assert _period(_by_value(ex, "218.4亿元")) == ("2025-01-01", "2025-03-31")


def test_a_headline_on_the_home_provinces_figures_that_ranks_them_in_the_nation_is_the_provinces():
    """`前三季度我省水产品出口44.12亿美元，继续领跑全国！` on a provincial bureau's post: the data
    card under it is the province's, not the nation's."""
    ex = tradeie.extract(
        "前三季度我省水产品出口44.12亿美元，继续领跑全国！\n\n原创　福建海洋与渔业　福建海洋与渔业　2024年10月29日 18:02　福建\n\n"
        "【一图读懂】1—9月全省水产品贸易（与上年同期比）\n进出口　57.36亿美元　↑4.8%\n出口　44.12亿美元　↑6.3%\n\n"
        "今年以来，我省水产品出口企业积极拓市场，出口规模稳中有升。据海关统计，前三季度全省水产品出口额占全国水产品"
        "出口总额的29.6%，规模连续11年位居全国第一。\n"
    )
    assert _by_value(ex, "57.36亿美元").subject == "福建省"
    assert _with_rate(ex, "6.3").subject == "福建省"


def test_a_change_turned_from_last_months_is_this_months_on_the_same_basis_and_measure():
    """`从环比看，CPI由上月上涨0.3%转为持平。食品价格由上月持平转为上涨0.7%`: last month's rate (its
    month the one before the release's), then this month's change of the same measure on the same
    basis; `转为` names no measure, and last month's no change states no figure."""
    ex = tradeie.extract(_release(
        "南岭省统计局\n2024-10-15", "2024年9月份南岭省居民消费价格变动情况",
        "　　9月份，南岭省居民消费价格同比上涨0.4%。",
        "　　从环比看，CPI由上月上涨0.3%转为持平。食品价格由上月持平转为上涨0.7%，影响CPI环比上涨约0.13个百分点。"
        "同比看，非食品价格由上月下降0.1%转为上涨0.2%。",
    ))
    last_month = _by_rate(ex, "上涨0.3%")
    assert (last_month.period.start, last_month.change.basis) == ("2024-08-01", "mom")
    flat = next(m for m in ex.metrics if m.change is not None and m.change.direction == "flat")
    assert (flat.indicator, flat.change.basis, flat.period.start) == ("CPI", "mom", "2024-09-01")
    food = next(m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("0.7"))
    assert food.indicator == "食品价格" and food.period.start == "2024-09-01"
    turned = next(m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("0.2"))
    assert "转" not in turned.indicator and turned.period.start == "2024-09-01"


def test_a_doubling_said_in_words_is_a_change_of_a_hundred_percent_and_reaches_the_level_after_it():
    """`同比翻了一番` on a figure, `翻了一番，达到38.9亿元` before the level it reached: +100% each; a
    plan (`力争…翻一番`), a headline and a speaker's words are not figures."""
    ex = tradeie.extract(_release(
        "南岭省商务厅\n2024-10-29", "跨境电商出口翻番！",
        "　　前三季度，南岭省跨境电商出口9.3亿元，同比翻了一番；海洋工程装备出口翻了一番，达到38.9亿元。"
        "力争3年内外资研发中心数量翻一番。",
        "　　“今年我们的海外订单比去年翻了一番。”一家企业负责人说。",
    ))
    for quote in ("9.3亿元", "38.9亿元"):
        m = _by_value(ex, quote)
        assert (m.change.percent, m.change.direction, m.change.basis) == (Decimal("100"), "up", "yoy"), quote
    assert sum(1 for m in ex.metrics if m.change is not None and "番" in m.change.text) == 2


def test_a_pairing_named_after_the_nation_is_no_subject_but_a_routes_origin_is():
    """`中国—东盟自贸协定项下签证7.48万份` in a province's report: the agreement's name, so the
    figure is the province's; `义乌—马德里线开行212列`: a route's trains are its origin city's."""
    ex = tradeie.extract(_release(
        "浙江省贸促会\n发布时间：2025-01-16", "2024年全省贸促系统原产地签证情况",
        "　　2024年，全省贸促系统共签发各类原产地证书41.87万份，同比增长9.6%。",
        "　　从协定看，RCEP项下签证6.93万份，同比增长21.7%；中国—东盟自贸协定项下签证7.48万份，同比下降3.1%。",
        "　　义乌—马德里线开行212列，同比增长40.4%。",
    ))
    assert _by_value(ex, "7.48万份").subject == "浙江省"
    assert _by_value(ex, "212列").subject in ("义乌市", "义乌")


def test_a_government_work_report_is_its_governments_not_the_congress_office_printing_it():
    """`政府工作报告` given by `南岭市市长　周慕远`, printed by the congress's standing committee
    office: the figures are the city government's; a file name `东岭市2022年政府工作报告（定稿）.docx`
    names the government too."""
    ex = tradeie.extract(
        "南岭市第十六届人民代表大会第五次会议文件（4）\n\n\n政府工作报告\n\n——在南岭市第十六届人民代表大会第五次会议上\n\n"
        "南岭市市长　周慕远\n\n各位代表：\n\n　　过去一年，全市地区生产总值5612.8亿元，增长5.4%；外贸进出口386.2亿元，增长11.3%。\n\n\n"
        "南岭市人民代表大会常务委员会办公室　　　　二〇二六年一月十四日印发\n"
    )
    assert _by_value(ex, "5612.8亿元").source.name == "南岭市人民政府"
    named = tradeie.extract(
        "文件名：昆山市2022年政府工作报告（定稿）.docx\n修改人：市政府研究室综合科\n\n三、坚持高水平开放\n\n"
        "过去一年，一般贸易进出口1893.2亿元，增长27.4%。\n"
    )
    assert _by_value(named, "1893.2亿元").source.name == "昆山市人民政府"


def test_an_excerpt_compilations_title_is_no_editor():
    """`开放发展部分学习摘编` ends in 摘编 (excerpts), not in 编 after the compiling body's name."""
    from tradeie.layout import analyse
    from tradeie.segment import segment

    st = segment(analyse("内部学习资料\n\n政府工作报告\n开放发展部分学习摘编\n\n南岭省商务厅办公室　编\n\n一、回顾\n\n全年进出口增长5%。\n"))
    assert st.meta.editor.startswith("南岭省商务厅办公室") and "摘" not in st.meta.editor


def test_an_inland_ports_own_committee_reports_the_ports_figures_unless_its_headline_names_a_service():
    """`南岭国际铁路港管理委员会` over its monthly notice: the port's trains; a headline naming a train
    service on that site (`上半年中欧班列长安号开行2816列`) makes them the service's."""
    ex = tradeie.extract(
        "南岭国际铁路港管理委员会\n\n南铁港管发〔2024〕31号\n\n南岭国际铁路港管理委员会\n关于7月份国际班列运行情况的通报\n\n"
        "各部门：\n\n　　7月，铁路港开行国际班列486列，同比增长12.3%；发送集装箱4.1万标箱，增长9.8%。\n\n"
        "南岭国际铁路港管理委员会\n2024年8月9日\n"
    )
    assert _by_value(ex, "486列").subject == "南岭国际铁路港"
    service = tradeie.extract(
        "西安国际港务区管理委员会\n首页 > 新闻中心 > 港区要闻\n\n上半年中欧班列长安号开行2816列 货值同比增长21.7%\n\n"
        "发布时间：2025-07-04 16:35　　来源：陆港集团\n\n　　上半年，累计开行2816列，同比增长12.1%；运送货物30.2万标箱。\n"
    )
    assert _by_value(service, "30.2万标箱").subject == "中欧班列长安号"


def test_the_firms_a_sentence_counts_report_the_revenue_after_them():
    """`年末全市制造业外资企业5894户，全年实现营业收入27318.5亿元`: the manufacturers' revenue."""
    ex = tradeie.extract(_release(
        "南岭市商务局\n发布时间：2024-06-13", "2023年全市外商投资企业运行情况",
        "　　年末全市制造业外资企业5894户，全年实现营业收入27318.5亿元，占全市外资企业营业收入的71.1%。"
        "日资企业2146户，营业收入6350.2亿元，同比下降4.1%。",
    ))
    assert "制造业" in _by_value(ex, "27318.5亿元").indicator
    assert "日资" in _by_value(ex, "6350.2亿元").indicator


def test_a_paragraph_comparing_two_months_reports_the_first_in_every_sentence():
    """`比較二零二五年五月與二零二四年五月，…。在亞洲區內，…越南（上升41.8%）…`: each rate of the
    paragraph is May's, not the year to date an earlier paragraph opened with."""
    ex = tradeie.extract(
        "新聞公報\n\n二零二五年五月商品貿易統計數字\n\n　　政府統計處今日（六月二十六日）發表的數字顯示，二零二五年五月的商品整體出口貨值為4,386億元，"
        "較二零二四年同月上升12.4%。\n\n　　二零二五年首五個月合計，商品整體出口貨值較去年同期上升11.6%。\n\n"
        "　　比較二零二五年五月與二零二四年五月，輸往亞洲的整體出口貨值整體上升14.1%。在亞洲區內，輸往部分主要目的地的整體出口貨值錄得升幅，"
        "特別是越南（上升41.8%）及台灣（上升35.6%）。\n",
        reference_date="2025-06-26",
    )
    vietnam = next(m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("41.8"))
    assert _period(vietnam) == ("2025-05-01", "2025-05-31")


def test_a_ranked_list_under_a_unit_line_reads_each_rows_bare_figure_in_that_unit():
    """`按进出口总值排序（单位：亿元）` over `① 寿光市｜186.4｜+12.7%`, and `（单位：万美元，括号内为同比）`
    over `🥇 武汉市 89216.3（↑15.8%）`: each row is its place's figure in the unit, with its rate."""
    ex = tradeie.extract(
        "南岭市商务局\n2025年6月20日\n\n1—5月各县市区外贸\n\n　　1—5月，全市外贸进出口1212.6亿元，增长8.2%。\n\n"
        "按进出口总值排序（单位：亿元）\n\n① 寿光市｜186.4｜+12.7%\n② 诸城市｜152.8｜+8.3%\n③ 高密市｜131.5｜-4.2%\n"
    )
    shouguang = _by_value(ex, "186.4")
    assert (shouguang.subject, shouguang.value.normalized, shouguang.change.percent) == ("寿光市", Decimal("18640000000"), Decimal("12.7"))
    assert "进出口" in shouguang.indicator
    assert _by_value(ex, "131.5").change.direction == "down"
    medals = tradeie.extract(
        "湖北商务\n2024年4月22日\n\n一季度全省服务外包执行额增长17.6%\n\n原创　湖北商务　2024年04月22日 18:00\n\n"
        "一季度，全省服务外包执行额12.6亿美元，同比增长17.6%。\n\n武汉市继续发挥“领头羊”作用，执行额占全省的70.8%。\n\n📊 各市州一季度服务外包执行额\n（单位：万美元，括号内为同比）\n\n"
        "🥇 武汉市 89216.3（↑15.8%）\n🥈 宜昌市 6027.5（↑24.6%）\n🥉 襄阳市 5318.2（↓3.2%）\n"
    )
    wuhan = _by_value(medals, "89216.3")
    assert (wuhan.value.base_unit, wuhan.value.normalized, wuhan.change.percent) == ("USD", Decimal("892163000"), Decimal("15.8"))


def test_a_rise_stated_as_its_size_is_a_change_and_a_bar_marked_row_names_its_place():
    """`居民消费价格涨幅3%左右` (a target's rate of rise) is a change of +3%; a row marked with a bar
    glyph (`▍青岛市｜118.35亿元｜↑6.4%`) is the city's figure, the glyph no part of its name."""
    ex = tradeie.extract(_release(
        "南岭市人民政府\n2025年1月20日", "2025年南岭市政府工作报告（摘要）",
        "　　今年主要预期目标是：地区生产总值增长5.5%左右，居民消费价格涨幅3%左右。",
    ))
    target = _by_rate(ex, "涨幅3%左右")
    assert (target.change.percent, target.change.direction) == (Decimal("3"), "up")
    rows = tradeie.extract(
        "南岭省商务厅\n2025年6月2日\n\n1—4月各市实际使用外资\n\n　　1—4月，全省实际使用外资413.6亿元，增长3.1%。\n\n"
        "各市数据（单位：亿元）\n\n▍东岭市｜118.35｜↑6.4%\n▍西岭市｜71.26｜↑12.9%\n▍北岭市｜40.12｜↓2.3%\n"
    )
    east = _by_value(rows, "118.35")
    assert "▍" not in east.indicator and east.value.normalized == Decimal("11835000000")


def test_a_zone_named_after_a_place_closing_a_list_of_districts_is_the_zone():
    """`北仑区、鄞州区、杭州湾新区外资企业营业收入…分别占…`: the last member is the zone named after
    杭州, not 杭州 itself."""
    ex = tradeie.extract(_release(
        "宁波市商务局\n2025年3月28日", "2024年全市外商投资企业运行情况",
        "　　分区域看，北仑区、鄞州区、杭州湾新区外资企业营业收入居全市前三位，分别占全市外资企业的27.6%、14.2%和11.9%。",
    ))
    last = next(m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("11.9"))
    assert last.subject == "杭州湾新区"


def test_a_rate_named_by_its_noun_reaching_a_level_is_the_change_and_a_revision_has_its_direction():
    """`全年出口增速将回落至3.1%`, `降幅有望收窄至2.5%`: the level a growth rate reaches is the change
    itself (+3.1%, −2.5%), not a value in %; `较春季预测下调0.7个百分点` lowers the forecast."""
    ex = tradeie.extract(_release(
        "东南大学经济研究院\n2025年7月18日", "2025年下半年外贸形势展望",
        "　　课题组预计，全年出口增速将回落至3.1%，进口增长率约1.6%，较春季预测下调0.7个百分点。"
        "纺织服装出口降幅有望收窄至2.5%，机电产品出口增速可达6.8%。",
    ))
    export = _by_rate(ex, "增速将回落至3.1%")
    assert (export.value, export.change.percent, export.change.direction) == (None, Decimal("3.1"), "up")
    assert _by_rate(ex, "增长率约1.6%").change.percent == Decimal("1.6")
    textiles = _by_rate(ex, "降幅有望收窄至2.5%")
    assert (textiles.change.percent, textiles.change.direction) == (Decimal("-2.5"), "down")
    assert _by_rate(ex, "增速可达6.8%").change.percent == Decimal("6.8")
    revision = next(m for m in ex.metrics if m.change is not None and m.change.points is not None)
    assert (revision.change.points, revision.change.direction) == (Decimal("-0.7"), "down")


def test_a_yearbook_chapter_is_sourced_to_its_book_and_reports_the_place_it_is_named_after():
    """A yearbook's running head (`临江年鉴 2024　　对外开放`) after a page break names the book the
    chapter is printed in: its source, and the district it is named after (`临江新区`) is 全区,
    through every entry (`【货物贸易】`) of the chapter."""
    text = (
        "对外经济贸易\n\n"
        "　　【概况】2023年，临江新区实现货物进出口总额2486.3亿元，比\n上年增长2.1%，占全市进出口总额的18.7%。\n"
        "　　【货物贸易】分贸易方式看，一般贸易进出口1423.6亿元，增长\n4.7%，占全区进出口总额的57.3%；加\n\n"
        "                                · 236 ·\n\f临江年鉴 2024                                             对外开放\n"
        "工贸易进出口312.5亿元，下降8.6%。\n"
    )
    ex = tradeie.extract(text)
    trade = _by_value(ex, "1423.6亿元")
    assert trade.subject == "临江新区" and trade.source.name == "临江年鉴"
    assert _period(trade) == ("2023-01-01", "2023-12-31")


def test_a_yearbook_chapter_that_writes_no_year_reviews_the_year_before_its_signature():
    """`北湾年鉴（送审稿）` signed `二〇二四年三月` and writing only 全年/上年: its figures are
    2023's; a quarterly table's row (`一季度` over its cells) dates its own cells, not the prose
    after the table."""
    text = (
        "北湾年鉴（送审稿）\n\n第九篇　开放型经济\n\n"
        "【对外贸易】全年，全区实现外贸进出口2746.8亿元，比上年增长4.1%。分季度情况见表9-1。\n\n"
        "表9-1　全区外贸进出口分季度情况\n单位：亿元、%\n季度\n进出口\n出口\n进口\n进出口同比增长\n"
        "一季度\n631.4\n415.2\n216.2\n-1.8\n二季度\n702.9\n463.7\n239.2\n5.6\n资料来源：北湾海关\n\n"
        "【贸易结构】一般贸易进出口1985.6亿元，增长7.2%，占全区进出口总额的72.3%。\n\n"
        "供稿：北湾区商务局\n二〇二四年三月\n"
    )
    ex = tradeie.extract(text)
    assert _period(_by_value(ex, "2746.8亿元")) == ("2023-01-01", "2023-12-31")
    assert _period(_by_value(ex, "1985.6亿元")) == ("2023-01-01", "2023-12-31")


def test_a_research_note_in_markdown_dates_its_years_by_their_marks_and_reports_on_the_place():
    """A broker's note exported to Markdown: its quoted cover lines (`> 报告日期：…`, `> 研究机构：…`)
    date and sign it; a table's years marked actual or forecast (`2023A`, `2025E`) are those
    years; its italic source line (`*资料来源：Wind，…*`) sources the table; and the research firm
    reports on the province, not on itself."""
    text = (
        "# 海屿研究 · 区域经济季报\n\n## 闽江外贸：一季度开局偏弱\n\n"
        "> 报告日期：2024年4月15日\n> 研究机构：海屿研究公司 宏观经济研究部\n\n"
        "### 一、一季度回顾\n\n据福州海关统计，一季度福建省货物贸易进出口4,712.5亿元，同比增长2.8%。\n\n"
        "表1 福建出口回顾与预测（亿美元，%）\n\n"
        "| 年份 | 出口 | 同比 |\n|---|---|---|\n| 2022A | 1,860.2 | 5.1 |\n| 2023A | 1,695.1 | -8.9 |\n| 2024E | 1,751.3 | 3.3 |\n\n"
        "*资料来源：Wind，福州海关，海屿研究；带“E”者为预测值*\n"
    )
    ex = tradeie.extract(text)
    lead = _by_value(ex, "4,712.5亿元")
    assert lead.subject == "福建省" and _period(lead) == ("2024-01-01", "2024-03-31")
    actual = _by_value(ex, "1,695.1")
    assert _period(actual) == ("2023-01-01", "2023-12-31")
    assert actual.source.name == "Wind" and actual.subject != "海屿研究公司"


def test_a_city_named_right_after_a_fair_in_the_headline_reports_its_own_part_in_it():
    """`投洽会漳州签约项目78个…`, `第二十届西博会成都签约…`: the city's deals at the fair, in the
    lead and in `本届西博会成都签约外资项目…`, not the fair's own results."""
    post = tradeie.extract(
        "重磅！投洽会泉州签约项目78个，总投资635.2亿元\n\n泉州招商  2024年09月11日 21:06  福建\n\n"
        "9月8日至11日，第二十四届中国国际投资贸易洽谈会在厦门举行。泉州市组织11个县（区）和开发区精心策划、组团参会，"
        "共签约项目78个，总投资635.2亿元。其中，外资项目19个，总投资102.8亿元，合同外资3.46亿美元，同比增长21.8%。\n"
    )
    assert _by_value(post, "102.8亿元").subject == "泉州市"
    page = tradeie.extract(_release(
        "绵阳市人民政府\n2023年5月31日", "第二十届西博会绵阳签约项目103个 总投资2216.8亿元",
        "　　5月26日至30日，第二十届中国西部国际博览会在中国西部国际博览城举行。本届西博会期间，绵阳市举办投资促进活动12场，共签约项目103个、总投资2216.8亿元。",
        "　　本届西博会绵阳签约外资项目24个，总投资468.3亿元，同比增长12.9%。",
    ))
    assert _by_value(page, "468.3亿元").subject == "绵阳市"


def test_a_new_areas_own_account_and_bureau_speak_for_the_area():
    """`东海岸发布` over `…青岛东海岸新区实现…` and then `新区进出口…`: the new area the account is
    named after; `四川天府新区成都直管区经济运行局`: the directly administered area, not the new area."""
    post = tradeie.extract(
        "前5月新区外贸进出口1347.6亿元！增长11.3%\n\n原创 东海岸发布 东海岸发布 2024年06月21日 18:32 山东\n\n"
        "今年前5个月，青岛东海岸新区实现货物贸易进出口1347.6亿元，同比增长11.3%，占全市进出口总值的36.2%。\n\n"
        "5月份，新区进出口296.3亿元，同比增长8.7%。新区外贸企业达到4120家，新区跨境电商进出口86.4亿元。\n"
    )
    assert _by_value(post, "296.3亿元").subject == "青岛东海岸新区"
    notice = tradeie.extract(
        "四川天府新区成都直管区经济运行局\n\n关于一季度直管区经济运行情况的通报\n\n各街道办事处：\n"
        "　　一季度，直管区实现地区生产总值487.63亿元，同比增长6.8%。全区外贸进出口126.4亿元，增长9.1%。\n\n"
        "四川天府新区成都直管区经济运行局\n2025年4月24日\n"
    )
    assert "直管区" in _by_value(notice, "126.4亿元").subject


def test_a_group_named_in_an_items_title_is_the_group_its_text_calls_集团():
    """`● 海湾港务控股集团一季度经营数据发布` in a ports association's brief: `集团实现营业收入…`
    is that group's, not the association's."""
    ex = tradeie.extract(
        "                         东南港口简讯\n                  2025年第5期（总第86期）\n\n"
        "东南省港口协会秘书处编                              2025年5月22日\n\n"
        "【企业动态】\n\n● 海湾港务控股集团一季度经营数据发布\n\n"
        "    4月18日，海湾港务控股集团发布一季度经营数据。一季度，集团实现营业收入96.37亿元，同比增长5.3%；"
        "集团所属码头完成集装箱吞吐量286.4万标箱，同比增长7.2%。\n"
    )
    assert _by_value(ex, "96.37亿元").subject == "海湾港务控股集团"


def test_this_years_months_aside_in_a_paragraph_on_last_year_govern_only_that_paragraph():
    """At a press conference on last year's results: `去年，全省自主品牌出口…。今年1—2月，…` is an
    aside; the next paragraphs (`截至去年底…`, `据海关统计，去年…中，机电产品出口…`) stay last year's."""
    ex = tradeie.extract(_release(
        "南岭省人民政府新闻办公室\n2025年3月14日", "南岭省外贸品牌培育工作新闻发布会",
        "　　一是品牌出口规模持续扩大。去年，全省自主品牌出口1986.4亿元，增长14.2%。今年1—2月，全省自主品牌出口276.9亿元，同比增长9.8%。",
        "　　二是品牌出海渠道更加多元。全省企业在境外设立营销网点1260个，布局海外仓218个。",
    ))
    assert _period(_by_value(ex, "276.9亿元")) == ("2025-01-01", "2025-02-28")
    assert _period(_by_value(ex, "218个")) == ("2024-01-01", "2024-12-31")


def test_a_platform_counting_the_figures_is_no_source_of_them():
    """`注：文中数据来源于市场采购贸易联网信息平台`: a reporting platform, not a body; the bureau
    publishing the summary gives the figures."""
    ex = tradeie.extract(_release(
        "长岭市商务局\n2024年12月20日", "长岭市2024年市场采购贸易工作总结",
        "　　1—11月，全市市场采购贸易方式出口额达到612.3亿元，同比增长18.6%。",
        "注：文中数据来源于市场采购贸易联网信息平台，出口市场数据经长岭海关核对。",
    ))
    assert _by_value(ex, "612.3亿元").source.name == "长岭市商务局"


def test_a_headline_zone_that_is_a_citys_several_zones_together_is_the_city():
    """`1—11月重庆综保区进出口4218.7亿元` over `重庆6个综合保税区进出口…`: the city's bonded zones
    together, reported as the city's, not as one zone named 重庆综保区."""
    ex = tradeie.extract(
        "1—11月重庆综保区进出口4218.7亿元，西永综保区稳居全国前列！\n\n原创 重庆海关 重庆海关 2024年12月19日 18:30 重庆\n\n"
        "近日\n\n重庆海关发布最新统计数据\n\n今年前11个月\n\n重庆6个综合保税区\n\n进出口4218.7亿元\n\n同比增长6.3%\n\n"
        "占全市外贸进出口总值的48.2%\n\n📦 出口2689.4亿元，增长7.4%\n\n📦 进口1529.3亿元，增长4.4%\n\n"
        "11月当月，全市综保区进出口418.6亿元，同比增长8.3%。\n\n▼ 各综保区成绩单 ▼\n\n01\n\n西永综合保税区\n\n进出口2603.5亿元\n"
    )
    assert _by_value(ex, "2689.4亿元").subject == "重庆市"
    assert _by_value(ex, "418.6亿元").subject == "重庆市"


def test_a_weekly_dated_by_its_issue_and_days_reports_that_week():
    """`港航市场周报（2025年第46期）.docx` over `（11月10日—11月14日）`: the issue's year numbers no
    period; 本周 is the week the head states."""
    ex = tradeie.extract(
        "附件2：港航市场周报（2025年第46期）.docx\n\n海港集团　市场研究室\n\n港航市场周报\n\n第46期\n\n（11月10日—11月14日）\n\n"
        "一、集装箱运输市场\n\n本周海港完成集装箱吞吐量62.3万标准箱，环比增长3.1%。\n"
    )
    week = _by_value(ex, "62.3万标准箱")
    assert (week.period.start_month, week.period.end_month) == ("2025-11", "2025-11")


def test_a_numbered_subheading_naming_a_company_makes_its_paragraphs_the_companys():
    """`（二）宁川市皖岭食品有限公司：山核桃“走出去”` over `上半年企业出口额为620万美元…`: that
    company's figures, not the previous company's nor the city's."""
    ex = tradeie.extract(_release(
        "宁川市融媒体中心\n2024年7月22日", "宁川市外贸企业订单和用工情况调查",
        "　　一、总体情况",
        "　　上半年，全市外贸进出口86.4亿元，增长7.2%。",
        "　　二、企业走访情况",
        "　　（一）宁川宏驰密封科技有限公司：订单排到年底",
        "　　公司上半年出口额3860万美元，同比增长12.4%。用工方面，公司现有员工1320人。",
        "　　（二）宁川市皖岭食品有限公司：山核桃“走出去”",
        "　　公司主营山核桃、香榧等坚果炒货，近两年开始发力海外市场。负责人方晓雯说，上半年企业出口额为620万美元，同比增长48.3%，其中对中东地区出口同比增长1.2倍。",
    ))
    assert _by_value(ex, "620万美元").subject == "宁川市皖岭食品有限公司"


def test_a_company_introduced_where_it_stands_is_named_without_the_place():
    ex = tradeie.extract(_release(
        "德川县融媒体中心\n2025年1月20日", "德川陶瓷企业春节留岗忙生产",
        "　　在三班镇的德川县顺美陶瓷有限公司，成型车间里机器声不断。公司现有员工580人，今年春节计划留岗员工210人。",
    ))
    assert _by_value(ex, "580人").subject == "德川县顺美陶瓷有限公司"


def test_a_year_stated_for_comparison_dates_only_its_paragraph():
    """`作为对比，去年全年，全市…销售额为4.12亿元。`: last year's figure set beside this year's, not
    the period of the paragraphs after it."""
    ex = tradeie.extract(_release(
        "钱塘发布\n2025年3月12日", "1—2月全市离境退税销售额增长174.3%",
        "　　1—2月，全市离境退税商品销售额9286.4万元，同比增长174.3%。",
        "　　作为对比，去年全年，全市离境退税商品销售额为4.12亿元。",
        "　　分区域看，上城区以3862.1万元位居各区、县（市）首位，占全市的41.6%。",
    ))
    assert _period(_by_value(ex, "4.12亿元")) == ("2024-01-01", "2024-12-31")
    assert _period(_by_value(ex, "3862.1万元")) == ("2025-01-01", "2025-02-28")


def test_a_port_groups_weekly_reports_the_port_its_text_names_and_its_week():
    """`南海湾国际港务集团有限公司` over `南海湾港生产经营周快报（2025年第11周　3月8日—3月14日）`:
    the port the text names, whose name the group's holds; `2025年第11周` numbers a week, no year of figures."""
    ex = tradeie.extract(
        "南海湾国际港务集团有限公司\n              南海湾港生产经营周快报\n       （2025年第11周　3月8日—3月14日）\n\n"
        "一、生产完成情况\n本周南海湾港完成货物吞吐量512.6万吨，环比增长3.2%；完成集装箱吞吐量18.4万标准箱，环比增长5.1%。\n"
        "本年累计完成集装箱吞吐量176.3万标准箱，同比增长8.2%。\n"
    )
    week = _by_value(ex, "18.4万标准箱")
    assert week.subject == "南海湾港"
    assert (week.period.start_month, week.period.end_month) == ("2025-03", "2025-03")


def test_rows_under_a_measures_heading_take_its_unit_and_their_completion_rates():
    """`🏆进出口（亿元）` over `顺德区 1108.6 ↑9.6% 完成率53.2%` and `🏆实际使用外资（亿美元）` over
    `南海区 3.12（完成57.8%）`: each row's figure in the heading's unit, its bracketed completion a share."""
    ex = tradeie.extract(
        "佛岭商务\n2025年7月22日\n\n上半年全市外贸完成目标过半\n\n原创 佛岭商务 2025年07月22日 18:00 广东\n\n"
        "上半年，全市进出口3126.8亿元，增长7.9%，完成年度目标的51.2%。\n\n▌03 各区“成绩单”\n\n"
        "🏆进出口（亿元）\n顺德区 1108.6 ↑9.6% 完成率53.2%\n南海区 1024.3 ↑8.4% 完成率52.1%\n\n"
        "🏆实际使用外资（亿美元）\n南海区 3.12（完成57.8%）\n顺德区 2.87（完成55.2%）\n"
    )
    shunde = _by_value(ex, "1108.6")
    assert (shunde.value.normalized, shunde.subject) == (Decimal("110860000000"), "顺德区")
    nanhai = _by_value(ex, "3.12")
    assert (nanhai.value.base_unit, nanhai.share.percent) == ("USD", Decimal("57.8"))


def test_a_pages_byline_under_its_channel_path_and_reporter_dates_it():
    """`首页 > 财经 > …` and `某某新闻记者 陈思远` above `2025-09-16 07:32 福建`: the byline dates the
    story, so its 今年 is 2025."""
    ex = tradeie.extract(
        "澎湖新闻\n首页 > 财经 > 财经上下游\n\n泉川外贸新业态观察｜海外仓成出海“加油站”\n\n澎湖新闻记者 陈思远\n"
        "2025-09-16 07:32 福建\n字号\n\n　　今年前7个月，泉川市跨境电商进出口426.8亿元，同比增长18.2%。\n"
    )
    assert _period(_by_value(ex, "426.8亿元")) == ("2025-01-01", "2025-07-31")


def test_a_feed_of_posts_stamped_to_the_minute_is_dated_by_them():
    """A Weibo page's posts (`2025-3-18 10:30 来自 微博网页版`, `临川海关 · 2025年06月18日 17:36 · 云南`)
    state no year in their text: their stamps give it."""
    weibo = tradeie.extract(
        "甬川海关 V\n\n甬川海关 V\n2025-3-18 10:30 来自 微博网页版\n【前2个月甬川市外贸进出口2156.4亿元】#甬川外贸#\n"
        "今年前2个月，甬川市货物贸易进出口2156.4亿元，同比增长6.2%。\n转发 86 ǀ 评论 21 ǀ 赞 245\n\n"
        "甬川海关 V\n2025-4-21 16:12 来自 微博网页版\n3月当月，甬川市进出口1186.7亿元，同比增长4.9%。\n"
    )
    assert _period(_by_value(weibo, "2156.4亿元")) == ("2025-01-01", "2025-02-28")
    assert _period(_by_value(weibo, "1186.7亿元")) == ("2025-03-01", "2025-03-31")
    toutiao = tradeie.extract(
        "临川海关\n━━━━━━━━━━\n临川海关 · 2025年06月18日 17:36 · 云南\n【前5个月临川外贸进出口突破千亿元】\n"
        "今年前5个月，临川省货物贸易进出口1036.8亿元，同比增长12.4%。\n"
    )
    assert _period(_by_value(toutiao, "1036.8亿元")) == ("2025-01-01", "2025-05-31")


def test_a_social_accounts_profile_names_its_publisher():
    """`头条号 · 成川市商务局官方账号` and `…统计局官方微博 | IP属地：福建` under an account's name:
    the body running the account published its posts' figures."""
    ex = tradeie.extract(
        "成川商务\n头条号 · 成川市商务局官方账号\n1.3万获赞 · 8.7万粉丝 · 126关注\n\n成川商务\n"
        "2025-07-22 18:30 · 头条号“成川商务” · 四川\n上半年成川消费市场稳中向好\n\n"
        "今年上半年，成川市实现社会消费品零售总额5428.6亿元，同比增长4.7%。\n"
    )
    assert _by_value(ex, "5428.6亿元").source.name == "成川市商务局"
    weibo = tradeie.extract(
        "鹭川统计\n鹭川市统计局官方微博 | IP属地：福建\n2.4万粉丝 · 318关注\n\n鹭川统计\n2025年4月24日 17:00  来自 微博网页版\n"
        "初步核算，一季度全市地区生产总值2186.53亿元，同比增长5.8%。\n"
    )
    assert _by_value(weibo, "2186.53亿元").source.name == "鹭川市统计局"


def test_a_stock_news_story_headlined_by_a_firm_reports_the_firms_figures():
    """`迈川通信：上半年境外收入占比升至58.2%` over `半年报显示，…的迈川通信实现营业收入…`: the firm's
    figures, and its plant abroad (`越南海防工厂今年1-8月出货量…`) is its own, not the country's."""
    ex = tradeie.extract(
        "首页 > 公司 > 公司动态\n\n迈川通信：上半年境外收入占比升至58.2% 墨西哥工厂二期四季度投产\n\n"
        "2025-09-17 08:12　　来源：证券时报·e公司　　作者：周子航\n\n"
        "　　e公司讯，9月16日晚间，迈川通信披露投资者关系活动记录表。\n\n"
        "　　半年报显示，2025年上半年，总部位于深圳的迈川通信实现营业收入40.31亿元，同比增长21.7%；其中境外收入23.46亿元，同比增长34.1%。\n\n"
        "　　产能方面，越南海防工厂今年1-8月出货量同比增长约45%。\n"
    )
    assert _by_value(ex, "40.31亿元").subject == "迈川通信"
    assert _by_rate(ex, "同比增长约45%").subject == "迈川通信"


def test_a_headline_quoting_an_official_names_no_firm():
    """`王文涛：…` or `商务部：…` before a colon: a speaker or a body, not a firm whose figures follow."""
    ex = tradeie.extract(
        "商务部：前7个月全国实际使用外资4673.4亿元\n\n2025-08-20 10:00 来源：新华社\n\n"
        "　　商务部发布数据显示，1—7月，全国实际使用外资金额4673.4亿元人民币，同比下降13.4%。\n"
    )
    assert _by_value(ex, "4673.4亿元人民币").subject == "中国"


def test_a_wechat_post_by_a_firms_brand_centre_is_the_accounts():
    """`原创 品牌中心 鹭川工具LUYUAN 10月24日 18:30 福建`: a division writing on the firm's account."""
    ex = tradeie.extract(
        "前三季度经营简报｜海外业务收入同比增长22.6%\n\n原创 品牌中心 鹭川工具LUYUAN 10月24日 18:30 福建\n\n"
        "10月23日晚，厦门鹭川工具股份有限公司（以下简称“鹭川工具”）披露第三季度报告。前三季度，公司实现营业收入28.76亿元，同比增长15.2%。\n"
    )
    assert _by_value(ex, "28.76亿元").source.name.startswith("鹭川工具")


def test_a_programmes_script_line_with_weekday_and_item_dates_it():
    """`《成川新闻》 2025 年 7 月 18 日（星期五） 第 3 条`: the day the script aired."""
    ex = tradeie.extract(
        "成川广播电视台新闻综合频道　　　　播出稿\n\n《成川新闻》 2025 年 7 月 18 日（星期五） 第 3 条\n\n"
        "标题：上半年成川外贸进出口4126.8亿元\n\n【正文】\n\n据成川海关统计，今年上半年，成川市外贸进出口4126.8亿元，同比增长4.7%。\n"
    )
    assert _period(_by_value(ex, "4126.8亿元")) == ("2025-01-01", "2025-06-30")


def test_a_post_saved_the_day_after_names_its_account():
    """`蓉川会展  蓉川会展  昨天 18:06  四川`: the account posted it, though the stamp gives no date."""
    ex = tradeie.extract(
        "成川会展 | 一季度“成绩单”来了！\n\n蓉川会展  蓉川会展  昨天 18:06  四川\n\n"
        "一季度，成川会展经济跑出“加速度”。1—3月，全市共举办重大展会52个，展览面积约163.8万平方米，同比增长13.5%。\n"
    )
    assert _by_value(ex, "约163.8万平方米").source.name == "蓉川会展"


def test_an_exhibition_venue_is_whose_figures_it_leads_and_its_table_row():
    """`中国进出口商品交易会展馆（琶洲）上半年举办展览58场` and a venue's row in a table of venues:
    the venue's own figures, not the nation's or the city's breakdown."""
    ex = tradeie.extract(_release(
        "发布时间：2025-07-18 10:32    来源：广川市商务局", "2025年上半年广川市展览业运行情况",
        "　　中国进出口商品交易会展馆（琶洲）上半年举办展览58场，展览面积402.6万平方米，占全市的65.8%。",
    ))
    assert _by_value(ex, "402.6万平方米").subject == "中国进出口商品交易会展馆（琶洲）"
    table = tradeie.extract(
        "2024年申川市主要展馆展览情况\n\n表1  主要场馆展览面积\n单位：万平方米，%\n"
        "场馆名称              展览面积     同比增长\n国家会展中心（申川）    812.6        18.4\n申川新国际博览中心      703.2        6.9\n"
    )
    assert _by_value(table, "812.6").subject == "国家会展中心（申川）"


def test_an_item_closed_by_its_contributors_in_brackets_is_their_figures():
    """`…同比增长12.3%。（区发改局、区投资促进中心）` closing an item of a government's information
    bulletin: the first body credited gave the paragraph's figures, not the customs house the first
    item cited; a phone line's `(展览部)` credits no one."""
    ex = tradeie.extract(
        "鄞川政务信息\n2025年第23期（总第418期）\n鄞川区人民政府办公室　　　　　　　　　　2025年6月18日\n\n"
        "1—5月我区外贸进出口稳中有进\n\n　　据鄞川海关统计，1—5月，全区实现外贸进出口总额812.6亿元，同比增长7.4%。（区商务局）\n\n"
        "“双月攻坚”首批31个项目集中签约\n\n　　5月29日，我区举行重大项目集中签约活动，共签约项目31个，总投资286.4亿元。\n"
        "　　1—5月，全区固定资产投资同比增长6.7%，实际使用外资1.86亿美元，同比增长12.3%。（区发改局、区投资促进中心）\n"
    )
    assert _by_value(ex, "1.86亿美元").source.name == "区发改局"
    assert _by_rate(ex, "同比增长6.7%").source.name == "区发改局"
    phone = tradeie.extract(_release(
        "锡川贸促 锡川市贸促会\n2025年8月5日", "1-7月锡川贸促数据速览",
        "　　1-7月，本会共举办经贸活动38场，意向成交额5.2亿元。",
        "　　咨询电话:0510-81822368(认证中心) 0510-81822405(展览部)",
    ))
    assert phone.metrics and all((m.source.name if m.source else "") != "展览部" for m in phone.metrics)


def test_notes_on_a_partner_economy_give_that_countrys_figures():
    """A provincial bulletin on a partner economy: its table titled `越南前五大贸易伙伴` is Viet
    Nam's (not the place its distribution line names, `送：各设区市商务局`), and a chamber of Chinese
    firms in Germany cites the bureau, not its own compiling (`数据来源：德国联邦统计局，德国中国商会整理`)."""
    ex = tradeie.extract(
        "东盟经贸信息\n2025年第23期\n\n南疆省商务厅东盟处 编印　　　　　　　　2025年6月16日\n\n"
        "【越南】中国保持越南第一大贸易伙伴地位\n\n　　据越南海关总局统计，2025年1—5月，越南货物进出口总额达3,452.7亿美元，同比增长15.7%。\n\n"
        "　　表　2025年1—5月越南前五大贸易伙伴\n　　　　　　　　　　　　　　单位：亿美元、%\n"
        "　　伙伴　　进出口额　　同比\n　　中国　　　768.5　　　12.4\n　　美国　　　640.2　　　24.8\n　　韩国　　　371.6　　　 5.1\n\n"
        "送：各设区市商务局，自治区有关部门　　　　　（共印60份）\n"
    )
    assert _by_value(ex, "640.2").subject == "越南"


def test_a_body_that_released_or_sent_the_figures_is_their_source():
    """`青川海关4月中旬发布，…`, `渝川市商务委员会消息，…`, `据匈川中央统计局，…`: the body cited with
    nothing after it but its clause's comma; `数据来自…` is a note, not `据…`."""
    ex = tradeie.extract(
        "海贸云 · 外贸数据周刊\n2025-04-28\n\n## 01 全省外贸开局平稳\n\n"
        "青川海关4月中旬发布，2025年一季度东川省货物贸易进出口8,046.5亿元，同比增长4.9%。\n\n"
        "渝川市商务委员会消息，1—5月，渝川市外贸进出口总值3086.3亿元，同比增长7.2%。\n\n"
        "【匈牙利】据匈牙利中央统计局，1—4月匈牙利对华出口8.9亿欧元，同比下降6.2%。\n"
    )
    assert _by_value(ex, "8,046.5亿元").source.name == "青川海关"
    assert _by_value(ex, "3086.3亿元").source.name == "渝川市商务委员会"
    assert _by_value(ex, "8.9亿欧元").source.name == "匈牙利中央统计局"
    note = tradeie.extract(_release(
        "南川省商务厅\n2025年3月2日", "2024年度全省商务运行情况",
        "　　货物贸易数据来自南川海关，其他数据来自省商务厅业务统计。2024年，全省服务贸易进出口增长16.2%。",
    ))
    assert all((m.source.name if m.source else "") != "来自南川海关" for m in note.metrics)


def test_a_platforms_own_post_reports_the_platforms_figures():
    """`原创 义川通运营中心 …` over `义川通平台累计交易额…` and `平台GMV…`, `平台跨境交易额…`: the
    platform's figures, not the province its post was sent from."""
    ex = tradeie.extract(
        "三季度数据出炉！义川通境外采购商同比增长43.1%\n\n原创 义川通运营中心 义川通数字贸易 2025年10月11日 09:30 浙江\n\n"
        "今年前三季度，义川通平台累计交易额（GMV）突破300亿元。\n\n"
        "▌前三季度平台GMV：312.6亿元，同比+28.4%\n\n"
        "前三季度，平台跨境交易额198.4亿元，同比增长36.2%，占平台GMV的63.5%。\n"
    )
    assert _by_value(ex, "198.4亿元").subject == "义川通"


def test_a_one_character_countys_centre_makes_the_county_home():
    """`曹川县`-style one-character counties (`沛县`) issuing a brief: `沛县电子商务发展服务中心`."""
    ex = tradeie.extract(
        "沛县电子商务运行简报\n\n2025 年第 7 期\n\n沛县电子商务发展服务中心                    2025 年 7 月 15 日\n\n"
        "一、总体情况\n\n据县电子商务发展服务中心监测，2025年上半年，全县网络零售额127.2亿元，同比增长9.8%。\n"
    )
    assert _by_value(ex, "127.2亿元").subject == "沛县"


def test_a_sentence_marked_with_a_notes_number_cites_the_body_the_note_names():
    """`…2312.8亿元，同比增长15.3%[2]。` over `[2] 海川海关. 2023年…[EB/OL].`, and `①` over
    `① 数据来自…管理局…`: the body the note names first; a list's `①加快…` is no note."""
    ex = tradeie.extract(
        "海川大学学报　2024年第4期\n\n海川自由贸易港开放型经济发展的阶段特征\n\n"
        "　　2018年，海川省货物贸易进出口总值为848.9亿元[1]。2023年达到2312.8亿元，同比增长15.3%[2]。"
        "港口集装箱吞吐量居区域首位①。\n　　2023年，海川实际使用外资24.4亿美元，同比下降34.2%[3]。\n\n"
        "　　① 数据来自海川港务集团有限公司2023年度报告。\n\n参考文献：\n"
        "[1] 海川省统计局. 海川统计年鉴2019[M]. 北京：中国统计出版社，2019.\n"
        "[2] 海川海关. 2023年海川省外贸进出口情况[EB/OL].（2024-01-18）.\n"
        "[3] 郑启明，苏婉清. 自由贸易港服务贸易开放的国际经验[J]. 国际贸易，2022（9）：30-38.\n"
    )
    assert _by_value(ex, "848.9亿元").source.name == "海川省统计局"
    assert _by_value(ex, "2312.8亿元").source.name == "海川海关"
    assert (_by_value(ex, "24.4亿美元").source or None) is None or _by_value(ex, "24.4亿美元").source.name != "郑启明"


def test_a_port_groups_unit_named_after_its_port_speaks_for_the_port():
    """`辽川港集团营川港市场部` issuing a weekly on `港区` stocks: the port's figures, not the group's."""
    ex = tradeie.extract(
        "辽川港集团营川港市场部\n2025年3月21日\n\n铁矿石周评\n\n"
        "本周港区铁矿石库存1126.5万吨，周环比下降3.8%。本周到港11船共86.4万吨。营川港口岸通关顺畅。\n"
    )
    assert _by_value(ex, "1126.5万吨").subject == "营川港"


def test_a_day_written_with_its_weekday_finds_its_year():
    """`时间：10月22日（星期二）上午10:00` at a press conference's head, its text writing `2024年以来`
    and `2025年上半年`: 22 October fell on a Tuesday in 2024 (not 2025), so 前三季度 is 2024's."""
    ex = tradeie.extract(
        "南川省人民政府新闻办公室\n\n南川自由贸易港政策实施情况新闻发布会\n\n时间：10月22日（星期二）上午10:00\n\n"
        "【主持人】\n　　各位记者朋友，大家上午好！\n\n【吴强】\n　　2024年以来，我省推动各项政策落地见效。"
        "前三季度，全省货物贸易进出口2085.6亿元，同比增长9.8%。项目将于2025年上半年全部完工。\n"
    )
    assert _period(_by_value(ex, "2085.6亿元")) == ("2024-01-01", "2024-09-30")


def test_a_briefs_note_on_when_its_data_end_dates_it():
    """`注：…本期数据截至2025年7月15日。` closing an embassy office's brief that writes no year elsewhere."""
    ex = tradeie.extract(
        "经贸简讯\n\n　　1—6月，印川货物出口增长1.9%，对华贸易逆差达992.1亿美元。\n\n"
        "注：印方数据来源为印川商工部。本期数据截至2025年7月15日。\n"
    )
    assert _period(_by_value(ex, "992.1亿美元")) == ("2025-01-01", "2025-06-30")


def test_a_port_companys_internal_daily_report_dates_its_figures_by_its_day():
    """`宁川港股份有限公司` over `港 口 生 产 日 报`, `（2025年3月14日  星期五）` and `编制单位：生产业务部`:
    the company's division published it (no paper named 港口生产日报); undated figures are the day's,
    `当日` cells the day's and `本月累计` the month to date."""
    ex = tradeie.extract(
        "宁川港股份有限公司\n\n港 口 生 产 日 报\n\n（2025年3月14日  星期五）\n\n"
        "编制单位：生产业务部                签发：周立群                总第 073 期\n\n"
        "一、主要生产指标\n                                                       单位：万吨\n"
        " 指标名称        当日     同比(%)    本月累计     同比(%)     本年累计      同比(%)\n"
        " 货物吞吐量      386.4      5.1      5,190.2       4.6      26,873.5       3.8\n"
        " 集装箱吞吐量    12.86      7.6       171.35       8.7        873.62       7.9\n\n"
        "三、堆场情况\n集装箱堆存 68.4 万标准箱，堆场利用率 71.3%。\n"
    )
    assert _by_value(ex, "68.4 万标准箱").source.name == "宁川港股份有限公司生产业务部"
    assert _period(_by_value(ex, "68.4 万标准箱")) == ("2025-03-14", "2025-03-14")
    assert _period(_by_value(ex, "386.4")) == ("2025-03-14", "2025-03-14")
    assert _period(_by_value(ex, "5,190.2")) == ("2025-03-01", "2025-03-14")


def test_this_bank_is_the_bank_the_story_names():
    """`记者从江川农村商业银行（以下简称“江川农商银行”）获悉，…该行全年实现国际结算量…`: the bank,
    by the name the story gives it (not `该` dropped and `行实现…` left over); and `该行` after a
    bank just named is that bank."""
    ex = tradeie.extract(_release(
        "首页 > 新闻中心 > 本行动态\n发布时间：2025-01-20 16:42    来源：办公室", "江川农商银行2024年国际业务量质齐升",
        "　　记者从江苏江川农村商业银行（以下简称“江川农商银行”）获悉，2024年，该行全年实现国际结算量52.36亿美元，同比增长18.4%。",
    ))
    settled = _by_value(ex, "52.36亿美元")
    assert settled.subject in ("江川农商银行", "江苏江川农村商业银行") and settled.indicator == "国际结算量"
    industry = tradeie.extract(_release(
        "南川省统计局\n2025年3月2日", "2024年全省纺织行业运行情况", "　　2024年，该行业出口额312.6亿元，同比增长4.1%。",
    ))
    assert "行业" not in (_by_value(industry, "312.6亿元").subject or "")


def test_a_companys_manager_at_a_press_conference_gives_the_companys_figures():
    """`发布人：天川港（集团）有限公司副总经理　孙立群` at a city government's conference: his turn's
    figures are the company's, from the company, not the city's."""
    ex = tradeie.extract(
        "天川市人民政府新闻办公室新闻发布会\n\n时　间：2025年1月22日（星期三）上午10:00\n"
        "发布人：天川港（集团）有限公司副总经理　孙立群\n　　　　天川市交通运输委员会副主任　冯敏\n主持人：市政府新闻办副主任　高洁\n\n"
        "【主持人　高洁】\n　　各位记者朋友，大家上午好！首先，请孙立群同志作介绍。\n\n"
        "【孙立群】\n　　2024年，天川港集团生产经营稳中有进。全年完成集装箱吞吐量2,356.8万标准箱，同比增长7.4%。\n"
    )
    boxes = _by_value(ex, "2,356.8万标准箱")
    assert (boxes.subject, boxes.source.name) == ("天川港（集团）有限公司", "天川港（集团）有限公司")


def test_a_climate_indexs_reading_is_in_points():
    """`外贸景气指数（SDFTI）为51.4`, `CQFTI为52.3` and a table of sub-indices (`出口订单指数  54.7`):
    readings in points, not bare numbers."""
    ex = tradeie.extract(
        "8月份，山川省外贸景气指数（SDFTI）为51.4，环比下降0.6点。3月份，CQFTI为52.3，较2月份上升2.9点。\n"
    )
    assert (_by_value(ex, "51.4").value.base_unit, _by_value(ex, "52.3").value.base_unit) == ("点", "点")
    table = tradeie.extract(
        "表1  2025年8月山川省外贸景气分项指数\n\n指标              本月      上月\n"
        "出口订单指数      54.7      53.4\n进口采购指数      50.2      50.5\n"
    )
    assert _by_value(table, "54.7").value.base_unit == "点"


def test_a_town_leading_its_figures_is_their_subject_for_its_sentence():
    """`白川镇实现外贸进出口…` and a list's `…，桂川街道三百零六点四亿元`: the town's or street's own
    figures; the next sentence goes back to the county, and `城镇居民…` names no town."""
    ex = tradeie.extract(_release(
        "岚川县商务局\n2025年6月18日", "1—5月全县外贸运行情况",
        "　　1—5月，全县外贸进出口86.4亿元，同比增长7.2%。分镇街看，白川镇实现外贸进出口12.6亿元，同比增长8.1%，桂川街道9.8亿元。",
        "　　全县有进出口实绩企业412家。城镇居民人均可支配收入5.2万元。",
    ))
    assert _by_value(ex, "12.6亿元").subject == "白川镇"
    assert _by_value(ex, "9.8亿元").subject == "桂川街道"
    assert _by_value(ex, "412家").subject == "岚川县"


def test_a_zones_data_title_under_a_bureaus_breadcrumb_makes_the_zone_home():
    """`凭川市统计局` / `当前位置：首页 > 统计数据` / `凭川边境经济合作区主要经济指标（2025年5月）`: the
    zone's page, its figures the zone's; a headline under the crumbs that only names a zone in
    passing (`凭川海关推动综保区…`) does not."""
    page = (
        "凭川市统计局\n当前位置：首页 > 统计数据 > 月度数据\n\n凭川边境经济合作区主要经济指标（2025年5月）\n\n"
        "发布日期：2025-06-20　　信息来源：凭川市统计局\n\n　　1—5月，边民互市贸易额52.6亿元，同比增长8.3%。\n"
    )
    assert _by_value(tradeie.extract(page), "52.6亿元").subject == "凭川边境经济合作区"
    story = page.replace("凭川边境经济合作区主要经济指标（2025年5月）", "凭川海关推动综保区加工贸易提质增效")
    assert _by_value(tradeie.extract(story), "52.6亿元").subject != "凭川海关推动综保区"


def test_a_masthead_date_set_apart_by_a_middle_dot_dates_the_brief():
    """`2025年7月15日 · 第13期（总第286期）`: the date and the issue are two fields of one line."""
    ex = tradeie.extract(
        "商会通讯｜会员专刊\n2025年7月15日 · 第13期（总第286期）\n\n"
        "■ 数据速览\n　　上半年，川海市进出口2.12万亿元，同比增长3.7%。\n"
    )
    assert (ex.structure.meta.date, ex.structure.meta.issue) == ("2025-07-15", "第13期")
    assert _period(_by_value(ex, "2.12万亿元")) == ("2025-01-01", "2025-06-30")


def test_a_page_dated_only_at_its_foot_takes_that_year():
    """A reprint, a web page or a paper's page whose only full date is in a short foot line
    (`（来源：南川日报 2025年1月22日 A06版）`, `发布于 2025年7月9日　　来源：…`, `首发于2025年1月16日`)
    is of that year; a date a sentence counts from (`截至2025年6月30日`) is not a foot line's."""
    body = "川海市外贸进出口再创新高\n\n　　上半年，川海市外贸进出口812.6亿元，同比增长5.2%。\n\n" + (
        "　　业内人士认为，外贸企业加快开拓新兴市场，订单结构持续优化，跨境电商等新业态保持较快发展势头。\n\n" * 30
    )
    for foot in ("（来源：南川日报 2025年1月22日 A06版）\n", "发布于 2025年7月9日　　来源：联合国新闻\n分享到：微信　微博\n",
                 "编辑：程晓\n首发于2025年1月16日\n\n阅读原文  在看\n"):
        assert _period(_by_value(tradeie.extract(body + foot), "812.6亿元"))[0].startswith("2025-"), foot
    counted = tradeie.extract(body + "截至2025年6月30日\n")
    assert _by_value(counted, "812.6亿元").period.start is None


def test_a_month_signed_after_the_compiling_body_dates_the_brief():
    """`南川市数字贸易协会编印　2025年6月` at the foot: the year its 上半年 is in."""
    ex = tradeie.extract(
        "南川数字贸易观察\n第6期（总第30期）\n南川市数字贸易协会　主办\n=========================\n\n【数据月报】\n\n"
        "▶ 上半年全市数字贸易稳步增长\n\n南川市商务局统计，上半年，全市数字贸易额412.5亿元，同比增长9.6%。\n\n=========================\n"
        "南川市数字贸易协会编印　2025年6月\n地址：南川市民族大道136号　邮编：530028\n本刊为内部交流资料，转载请注明出处。\n"
    )
    assert _period(_by_value(ex, "412.5亿元")) == ("2025-01-01", "2025-06-30")


def test_a_bare_whole_year_reported_early_in_the_next_is_the_year_just_ended():
    """`全年全市进出口总额352.7亿元，比上年增长15.3%` on a paper's page of 28 March: last year's
    result; `力争全年外贸进出口突破1300亿元` on the same page is this year's goal."""
    ex = tradeie.extract(_release(
        "川阳日报　　2025年3月28日　星期五　　A07", "统计公报　　　　责任编辑：韩立新",
        "　　九、对外经济\n　　全年全市进出口总额352.7亿元，比上年增长15.3%。",
        "　　今年，我市将力争全年外贸进出口突破400亿元。",
    ))
    assert _period(_by_value(ex, "352.7亿元")) == ("2024-01-01", "2024-12-31")
    assert _period(_by_value(ex, "400亿元")) == ("2025-01-01", "2025-12-31")


SUBTITLES = """1
00:00:01,200 --> 00:00:05,600
【片头】川海新闻综合频道《川海经济》

2
00:00:05,760 --> 00:00:09,510
主持人：观众朋友们好 据川海海关统计 1-5月

3
00:00:09,630 --> 00:00:15,180
川海市外贸进出口总值达到5418.3亿元 比去年同期增长7.2%

4
00:00:15,290 --> 00:00:19,780
其中 出口3702.5亿元 同比增长

5
00:00:19,890 --> 00:00:22,460
9.1%

6
00:00:22,500 --> 00:00:25,710
受访者：今年我们新开了3条外贸航线
"""


def test_a_subtitle_files_cues_read_as_one_turn_of_clauses():
    """An SRT file: cue numbers and time spans are its frame, a speaker's cues run on as clauses
    (a space between words a comma), and a figure split over two cues (`同比增长` / `9.1%`) is one."""
    ex = tradeie.extract(SUBTITLES)
    total = _by_value(ex, "5418.3亿元")
    assert total.indicator.endswith("外贸进出口总值") and (total.change.percent, total.source.name) == (Decimal("7.2"), "川海海关")
    exports = _by_value(ex, "3702.5亿元")
    assert exports.change.percent == Decimal("9.1") and "00:00" in exports.change.text
    assert not any(m.value and m.value.text in ("5", "600", "180") for m in ex.metrics)
    assert ex.structure.meta.source == "川海新闻综合频道"  # (the programme's opening title: its channel)
    assert all(SUBTITLES[m.value.span[0] : m.value.span[1]] == m.value.text for m in ex.metrics if m.value)


MAIL_THREAD = """From: 梁晓 Xiao Liang <liangx@example.org.cn>
Sent: Monday, June 16, 2025 9:27 AM
To: members-list <members-list@example.org.cn>
Subject: FW: 5月份加工贸易运行简况

各会员企业：
转发市商务局加工贸易科提供的5月份数据（见下方邮件），供大家参考。

梁晓
会员服务部｜东莞市外商投资企业协会

From: 东莞市商务局加工贸易科 <jmk@example.gov.cn>
Sent: Friday, June 13, 2025 6:12 PM
To: 梁晓 Xiao Liang <liangx@example.org.cn>
Subject: RE: 请提供5月份加工贸易数据

梁主任：
您好！5月份数据如下：
一、5月份我市加工贸易进出口412.6亿元，同比下降3.5%，环比增长6.8%。
二、1-5月累计加工贸易进出口1896.3亿元，同比下降5.2%。

加工贸易科

From: 梁晓 Xiao Liang <liangx@example.org.cn>
Sent: Thursday, June 12, 2025 11:03 AM
To: 东莞市商务局加工贸易科 <jmk@example.gov.cn>
Subject: 请提供5月份加工贸易数据

罗科长好，麻烦提供一下5月份加工贸易相关数据，谢谢！
"""


def test_a_mail_threads_message_gives_its_senders_figures():
    """A forwarded thread: the bureau's message gives the bureau's figures, dated by when it was
    sent (`Sent: Friday, June 13, 2025`); the header lines name no subject (`From:`, `Sent:`)."""
    ex = tradeie.extract(MAIL_THREAD)
    month = _by_value(ex, "412.6亿元")
    assert month.source.name == "东莞市商务局加工贸易科"
    assert _period(month) == ("2025-05-01", "2025-05-31")
    assert month.subject == "东莞市"


def test_fiscal_years_the_text_defines_run_their_own_months():
    """`2024-25财年（2024年4月1日至2025年3月31日）`: India's year, April to March, for the headline's
    figures and for `本财年` later; `5月中旬发布的数据` dates the release, not the figures; a firm's
    `2024财年（2023年10月1日至2024年9月30日）` is named by the year it ends in."""
    ex = tradeie.extract(_release(
        "首页 > 驻外经商机构 > 亚洲 > 经贸新闻", "2024-25财年印中双边贸易简况",
        "发布时间：2025-05-21 16:08    来源：驻印度使馆经济商务处",
        "　　据印度商工部5月中旬发布的核定数据，2024-25财年（2024年4月1日至2025年3月31日），印度与中国货物贸易总额为1277.4亿美元，同比增长7.6%。"
        "其中，印度对华出口142.6亿美元，同比下降14.5%。",
        "　　以印度卢比计，本财年印中贸易总额约10.80万亿卢比，同比增长10.2%。",
    ))
    for quote in ("1277.4亿美元", "142.6亿美元", "约10.80万亿卢比"):
        assert _period(_by_value(ex, quote)) == ("2024-04-01", "2025-03-31"), quote
    firm = tradeie.extract(_release(
        "（2024年11月20日，上海）", "莱川集团大中华区公布2024财年业绩",
        "　　莱川集团今日公布2024财年（2023年10月1日至2024年9月30日）大中华区业绩。2024财年，大中华区营收38.6亿欧元，同比增长5.4%。",
    ))
    assert _period(_by_value(firm, "38.6亿欧元")) == ("2023-10-01", "2024-09-30")


def test_deals_signed_at_the_event_the_lead_dated_are_of_its_month():
    """`6月11日，…推介会在深圳举办` in the lead, a speech recalling `今年1—5月` in between, then
    `推介会上，共签约项目27个，总投资286.4亿元`: the deals of the event's month."""
    ex = tradeie.extract(_release(
        "川阳（深圳）产业合作推介会成功举办",
        "　　6月11日，由川阳市人民政府主办的川阳（深圳）产业合作推介会在深圳举办。",
        "　　市长周立平致辞时说，今年1—5月，全市规上工业增加值增长8.6%。",
        "　　推介会上，共签约项目27个，总投资286.4亿元。",
    ))
    assert _by_value(ex, "286.4亿元").period.start_month.endswith("-06")


def test_a_paper_abroad_filing_from_its_city_with_the_day_reports_its_host():
    """`（吉隆坡20日讯）` in a Malaysian paper: the country's own trade, in ringgit; China is its
    partner, not the subject."""
    ex = tradeie.extract(_release(
        "星洲网 > 财经 > 国内财经", "3月出口按年增6.7% 中国稳居最大贸易伙伴",
        "（吉隆坡20日讯）受电子电器产品需求回升带动，3月出口按年增长6.7%至1312亿6000万令吉。",
        "　　同月对中国出口182亿令吉，按年增长9.1%。",
    ))
    assert _by_value(ex, "1312亿6000万令吉").subject == "马来西亚"


def test_an_encyclopedia_entrys_paragraph_cites_its_reference():
    """A Baike entry closes a paragraph with `[2]`, its reference list numbers `2.` / `…统计公报．
    川港市统计局．2024-03-22`; a wiki's `^` lines count in order: the publisher is the source."""
    baike = (
        "川港市\n\n川港市，江苏省辖县级市。\n\n经济\n\n2023年，全市进出口总额3368.2亿元，增长4.6%。 [2]\n\n"
        "参考资料\n1.\n川港概况  ．川港市人民政府[引用日期2024-05-10]\n2.\n"
        "2023年川港市国民经济和社会发展统计公报  ．川港市统计局．2024-03-22[引用日期2024-05-10]\n"
    )
    assert _by_value(tradeie.extract(baike), "3368.2亿元").source.name == "川港市统计局"
    wiki = (
        "凭川市\n\n经济[编辑]\n2022年，凭川市外贸进出口总额1056.3亿元，同比增长12.4%。[2]\n\n参考文献[编辑]\n"
        "^ 凭川市概况. 凭川市人民政府门户网站. [2023-06-01].\n^ 2.0 2.1 2022年凭川市国民经济和社会发展统计公报. 凭川市统计局. 2023-04-10.\n"
    )
    assert _by_value(tradeie.extract(wiki), "1056.3亿元").source.name == "凭川市统计局"


def test_an_infographics_rows_of_fields_are_each_a_sentence():
    """`█ 贸易方式` over `市场采购贸易出口 | 4,627.5亿元 | ↑12.4%` / `一般贸易出口 | 1,402.6亿元 | ↑27.8%`:
    each row its own figure and change, the block heading no part of the row before it."""
    ex = tradeie.extract(
        "川乌市人民政府门户网站\n当前位置：首页 > 政务公开 > 图片解读\n\n一图读懂｜2025年川乌开放型经济“年报”\n\n"
        "发布日期：2026-01-09 16:42　　信息来源：市商务局\n\n[长图文字版]\n\n█ 外贸总量\n外贸进出口 | 7,268.4亿元 | ↑16.3%\n"
        "出口 | 6,385.2亿元 | ↑15.8%\n\n█ 贸易方式\n市场采购贸易出口 | 4,627.5亿元 | ↑12.4%\n占出口总值 | 72.5%\n"
        "一般贸易出口 | 1,402.6亿元 | ↑27.8%\n跨境电商交易额 | 1,468.2亿元 | ↑14.6%\n\n█ 国际物流\n“川新欧”班列开行 | 2816列 | ↑7.4%\n"
        "发运标准箱 | 23.1万标箱 | ↑10.5%\n\n█ 主要出口市场\n非洲 | 1,123.6亿元 | ↑21.7%\n中东 | 1,034.8亿元 | ↑18.6%\n"
        "拉美 | 968.4亿元 | ↑9.2%\n欧盟 | 782.1亿元 | ↓ 3.5%\n美国 | 516.9亿元 | ↓ 11.4%\n\n"
        "█ 市场人气\n境外来乌采购商 | 62.7万人次 | ↑19.3%\n常驻外商 | 1.5万余人\n"
    )
    latin = _by_value(ex, "968.4亿元")
    assert latin.change.percent == Decimal("9.2")
    assert (latin.indicator, latin.dimensions.get("market")) == ("出口", "拉美")  # (the block heading names the flow)
    assert all("█" not in m.evidence.text for m in ex.metrics)
    general = _by_value(ex, "1,402.6亿元")
    assert general.change.percent == Decimal("27.8") and "一般贸易" in general.indicator + str(general.dimensions)
    assert _by_value(ex, "1,468.2亿元").change.percent == Decimal("14.6")


def test_a_courts_white_paper_is_published_by_the_court():
    """`上海市高级人民法院` under a white paper's title, `浙江省高级人民法院研究室` under a report's: the
    court (or its research office) publishes and sources the figures."""
    ex = tradeie.extract(
        "上海法院涉外商事审判白皮书\n\n（2024 年度）\n\n上海市高级人民法院\n\n2025 年 4 月\n\n"
        "　　2024 年，全市法院共受理一审涉外商事案件 6,412 件，同比增长 8.6%。\n"
    )
    assert ex.structure.meta.publisher == "上海市高级人民法院"
    assert _by_value(ex, "6,412 件").source.name == "上海市高级人民法院"


def test_a_reporter_learning_from_a_body_cites_it():
    """`记者从郑州海关了解到，…`: the customs house, not `记者从郑州海关`; `据了解` cites no one."""
    ex = tradeie.extract("记者从郑州海关了解到，今年前八个月，河南省货物贸易进出口总值5368亿元，同比增长14.6%。")
    assert _by_value(ex, "5368亿元").source.name == "郑州海关"
    port = tradeie.extract("记者从宁波舟山港集团了解到，一季度，宁波舟山港完成集装箱吞吐量965万标准箱，同比增长8.9%。")
    assert _by_value(port, "965万标准箱").source.name == "宁波舟山港集团"
    assert _by_value(tradeie.extract("据了解，一季度全省服务贸易进出口812亿元。"), "812亿元").source is None


def test_a_companys_own_esg_report_gives_the_companys_figures():
    """`鼎川重工 2024 年度环境、社会及治理（ESG）报告`: its 公司 is the company, which is also the source;
    not the province its headquarters lie in."""
    ex = tradeie.extract(
        "鼎川重工 2024 年度环境、社会及治理（ESG）报告\n\n4.3 全球化运营与本地化发展\n\n"
        "作为总部位于江苏徐州的工程机械企业，公司持续深化海外市场布局。2024 年，公司海外营业收入 186.4 亿元，同比增长 21.7%。\n"
    )
    overseas = _by_value(ex, "186.4 亿元")
    assert (overseas.subject, overseas.source.name) == ("鼎川重工", "鼎川重工")


def test_a_revised_figures_change_is_on_last_year_and_its_revision_a_fact_of_its_own():
    """`第一产业增加值193.4亿元，比初步核算数减少1.2亿元，比上年增长2.9%`: the figure's change is on
    last year; the difference from the preliminary figure stands as its own fact."""
    ex = tradeie.extract("经最终核实，2023年第一产业增加值193.4亿元，比初步核算数减少1.2亿元，比上年增长2.9%。")
    primary = _by_value(ex, "193.4亿元")
    assert primary.change.percent == Decimal("2.9")
    assert any(m.change is not None and m.change.text == "比初步核算数减少1.2亿元" and m.value is None for m in ex.metrics)


def test_a_radio_scripts_station_is_its_source():
    """`浙川之声　新闻稿签` or `河川广播电视台新闻广播（FM95.4）` over a radio script: the station reports
    what its script says where no body is cited."""
    for head, station in (("浙川之声　新闻稿签", "浙川之声"), ("河川广播电视台新闻广播（FM95.4）\n《新闻正前方》　直播连线稿", "河川广播电视台新闻广播")):
        ex = tradeie.extract(head + "\n\n【播音】\n今年一季度，全省外贸进出口一万三千二百四十亿元，同比增长百分之六点八。\n")
        assert ex.structure.meta.source == station
        assert _by_value(ex, "一万三千二百四十亿元").source.name == station


def test_a_quoted_bulletin_cites_its_body():
    """`引用重庆海关通报原文：“…”`: the customs house's figures; and a cited body's name never runs
    back to the start of the text (`…信息来源：武汉海关…据武汉海关统计`)."""
    ex = tradeie.extract("先亮数据。\n\n引用重庆海关通报原文：“前三季度，重庆市货物贸易进出口5132.8亿元，同比下降3.6%。”\n")
    assert _by_value(ex, "5132.8亿元").source.name == "重庆海关"
    page = tradeie.extract(
        "首页>信息公开>海关统计\n\n2025年湖北外贸进出口规模再创历史新高\n\n发布时间：2026-01-20 10:30　信息来源：武汉海关\n\n"
        "　　据武汉海关统计，2025年，湖北省货物贸易进出口7134.6亿元，同比增长9.6%。\n"
    )
    assert _by_value(page, "7134.6亿元").source.name == "武汉海关"


def test_a_narrow_columns_clause_broken_before_its_figure_stays_one_clause():
    """A newspaper column reflowed with a blank line after every line breaks a clause before its
    figure (`…方式出口 57.3 亿元，增长` / `12.9%。`, `…出口劳动密集型产品` / `386.1 亿元…`): the
    change belongs to the amount; and the page's head run into one line mid-column (`青岛日报
    2024 年 7 月 19 日 星期五 3 经济新闻`) is no part of the sentence it falls into."""
    text = (
        "南屿日报\n\n2025年7月19日星期六\n\n第3版：经济新闻\n\n"
        "　　新业态增势良好。上半年，南屿市跨境电商进出\n\n口 136.8 亿元，增长 21.7%；市场采\n\n购贸易方式出口 57.3 亿元，增长 \n\n"
        "12.9%。船舶出口 98.7 亿元，增长 63.5%；汽车出口 4.2 万辆，\n\n"
        " 南屿日报 2025 年 7 月 19 日 星期六 3 经济新闻 \n\n"
        "增长 1.1 倍。出口劳动密集型产品 \n\n386.1 亿元，下降 0.8%。进口大宗商品\n\n 1021.3 亿元，下降 5.3%，占进口总\n\n"
        "值的 59.9%，其中进口原油 1430 万吨，\n\n增长 2.2%。\n"
    )
    ex = tradeie.extract(text)
    assert _by_value(ex, "57.3 亿元").change.percent == Decimal("12.9")
    assert _by_value(ex, "386.1 亿元").change.percent == Decimal("-0.8")
    cars = _by_value(ex, "4.2 万辆")
    assert cars.change is not None and cars.change.percent == Decimal("110")
    assert all("日报" not in m.indicator for m in ex.metrics)


def test_a_count_of_what_exists_is_held_at_the_date_the_article_dates_its_levels():
    """`截至4月底，全市…企业达4862家…` then `全市企业在境外布局海外仓276个`: the warehouses are counted
    at April's end, not over January to April; a count of firms newly set up stays the months'."""
    ex = tradeie.extract(
        "2025年1-4月全市跨境电商发展情况\n\n"
        "截至4月底，全市在海关备案的跨境电商企业达4862家，较年初新增318家。\n\n"
        "全市企业在境外布局海外仓276个，总面积398.5万平方米。今年以来全市新设跨境电商企业126家。\n"
    )
    assert _period(_by_value(ex, "276个")) == (None, "2025-04-30")  # the warehouses
    assert _period(_by_value(ex, "126家"))[0] == "2025-01-01"  # the firms newly set up


def test_a_newspaper_story_with_bracketed_parts():
    """A paper's web page (`洛阳日报 2025年01月21日 第02版：要闻`, no weekday) dates and sources the
    story; its parts under `【结构亮点】` keep the headline's year; a zone given as a share of the
    city (`…实验区进出口…，占全市的68.3%。`) is not the subject of the city's breakdown after it."""
    text = (
        "洛阳日报 2025年01月21日 第02版：要闻\n【放大 缩小 默认】\n\n"
        "2024年我市外贸进出口6126.4亿元\n四季度单季增长11.2% 全年增速4.8%\n\n"
        "本报讯 昨日，洛阳海关发布2024年洛阳市外贸运行情况。2024年，洛阳市货物贸易进出口6126.4亿元，同比增长4.8%。\n\n"
        "【结构亮点】\n洛阳空港经济综合实验区进出口4186.5亿元，增长3.1%，占全市的68.3%。"
        "从贸易方式看，加工贸易进出口3968.2亿元，增长2.6%，占64.8%。\n"
    )
    ex = tradeie.extract(text)
    assert (ex.structure.meta.date, ex.structure.meta.source) == ("2025-01-21", "洛阳日报")
    zone = _by_value(ex, "4186.5亿元")
    assert zone.period is not None and (zone.period.start, zone.period.end) == ("2024-01-01", "2024-12-31")
    processing = _by_value(ex, "3968.2亿元")
    assert processing.period is not None and processing.period.start == "2024-01-01"
    assert processing.subject == "洛阳市"


def test_a_narrow_newspaper_column_is_read_as_wrapped():
    """A clipping set in a column of a dozen characters (`进口2323.3亿元，下降` / `0.3%。`,
    `1—2月全市进出` / `口3717.4亿元`): its lines are wrapped text, though a wider headline stands over them."""
    lines = [
        "一季度全市进出口5864.2亿元", "外贸开局平稳 “新三样”出口增长14.2%", "",
        "　　本报讯（记者 沈佳怡）记者从", "南京海关所属苏州海关获悉，今", "年一季度，苏州市进出口总值", "5864.2亿元，同比增长3.7%，",
        "占全省外贸总值的45.1%。其中，", "出口3540.9亿元，增长6.5%；", "进口2323.3亿元，下降", "0.3%。",
        "　　分月度看，1—2月全市进出", "口3717.4亿元，同比增长", "1.3%；3月份进出口", "2146.8亿元，同比增长", "8.2%，增速较前两个月明显回", "升。",
        "　　从贸易方式看，一般贸易进出", "口2874.5亿元，增长", "6.8%，占全市进出口总值的", "49%；加工贸易进出口", "2108.6亿元，下降1.9%，", "占36%。",
        "　　苏州海关相关负责人分析，一", "季度我市外贸“开门稳”，主要得", "益于电子信息产业链订单回流以及", "“新三样”等绿色产品出口持续放", "量，外贸企业信心明显有所增强，", "各类外贸经营主体活力进一步得到", "释放外贸稳增长的基础也更加牢固", "。",
        "图为苏州工业园区综合保税区内，工作人员正在对一批出口集成电路产品进行查验。（记者 沈佳怡 摄）",
    ]
    ex = tradeie.extract("\n".join(lines) + "\n")
    imports = _by_value(ex, "2323.3亿元")
    assert imports.change is not None and imports.change.percent == Decimal("-0.3")
    two_months = _by_value(ex, "3717.4亿元")
    assert two_months.indicator.endswith("进出口") and two_months.period.text == "1—2月"
    general = _by_value(ex, "2874.5亿元")
    assert general.share is not None and general.share.percent == Decimal("49")


def test_a_data_reading_posts_blocks_with_arrows_and_the_year_its_lead_releases():
    """`数读` post: `12月当月进出口` / `5206.3亿元` / `同比 ↑9.8%   环比 ↑4.5%` and `一般贸易` /
    `3.37万亿元 ↑6.8%` / `占比60.4%…` are blocks of one figure each; the lead's `发布2024年…数据` dates
    the figures no block dates."""
    text = (
        "数读2024丨淮扬外贸“成绩单”来了！\n\n"
        "1月20日，南京海关发布2024年江苏省外贸进出口数据。一组数据，带你读懂江苏外贸这一年👇\n\n"
        "▌ 总体规模\n\n进出口总值\n5.58万亿元\n同比 ↑5.3%\n\n贸易顺差\n1.46万亿元\n较上年扩大16.3%\n\n"
        "▌ 月度走势\n\n12月当月进出口\n5206.3亿元\n同比 ↑9.8%   环比 ↑4.5%\n\n"
        "▌ 贸易方式\n\n一般贸易\n3.37万亿元 ↑6.8%\n占比60.4%（较上年↑0.8个百分点）\n"
    )
    ex = tradeie.extract(text)
    total = _by_value(ex, "5.58万亿元")
    assert total.period is not None and (total.period.start, total.period.end) == ("2024-01-01", "2024-12-31")
    december = _by_value(ex, "5206.3亿元")
    assert "进出口" in december.indicator and december.change.percent == Decimal("9.8")
    assert (december.period.start, december.period.end) == ("2024-12-01", "2024-12-31")
    general = _by_value(ex, "3.37万亿元")
    assert "一般贸易" in general.indicator + str(general.dimensions) and general.share.percent == Decimal("60.4")
    surplus = _by_value(ex, "1.46万亿元")
    assert surplus.change is not None and surplus.change.percent == Decimal("16.3")


def test_a_bordered_tables_rates_after_arrows_are_signed_rates():
    """`| 东盟 | 5,126.4 | ▲8.9% |`, `| 欧盟 | 3,418.7 | ▼1.2% |`: the arrow is the rate's sign; a
    card's spaced line (`▶ 进出口 312.5亿元 ↑8.7%`) stays a line of prose, read under its headline
    though the card has no sentence."""
    ex = tradeie.extract(
        "2024年岭东外贸\n\n主要贸易伙伴（单位：亿元）\n| 市场 | 进出口 | 同比 |\n"
        "| 东盟 | 5,126.4 | ▲8.9% |\n| 欧盟 | 3,418.7 | ▼1.2% |\n| 韩国 | 2,986.2 | ▲3.3% |\n"
    )
    asean, eu = _by_value(ex, "5,126.4"), _by_value(ex, "3,418.7")
    assert asean.dimensions.get("market") == "东盟" and asean.change.percent == Decimal("8.9")
    assert eu.change.percent == Decimal("-1.2") and eu.change.direction == "down"
    card = tradeie.extract("2024年岭东外贸\n\n▶ 进出口 312.5亿元 ↑8.7%\n▶ 出口 195.8亿元 ↑12.1%\n")
    exports = _by_value(card, "195.8亿元")
    assert exports.change.percent == Decimal("12.1") and exports.rule != "table"


def test_a_districts_own_newsletter_named_short_is_whose_whole_district():
    """`鄞州政务周报（2025年第20期）` over `1—4月，全区实现外贸进出口…` citing `据宁波海关统计`: 全区 is
    鄞州区, which the newsletter never writes in full, not the city the customs house is named after."""
    ex = tradeie.extract(
        "鄞州政务周报（2025年第20期）\n\n发布时间：2025-05-26 09:30　　信息来源：区府办\n\n"
        "■ 外贸外资\n　　据宁波海关统计，1—4月，全区实现外贸进出口856.2亿元，同比增长9.6%，占全市的14.8%。"
        "其中，出口641.5亿元，增长11.3%。\n\n■ 市场主体\n　　截至4月底，全区实有经营主体28.46万户，较年初增长3.1%。\n"
    )
    assert _by_value(ex, "856.2亿元").subject == "鄞州区"


def test_the_years_quarters_counted_in_a_list_and_a_numbered_questions_year():
    """`分季度看，四个季度分别到资 11.6 亿美元、…和 19.4 亿美元`: one figure per quarter of the year
    reported; a transcript's numbered question (`三、2025 年《计划》安排了哪些外资项目？`) dates its answer."""
    ex = tradeie.extract(
        "省发展改革委答记者问\n\n发布日期：2025-03-14\n\n二、2024 年外资项目到资情况如何？\n\n"
        "　　答：2024 年，全省重点建设外资项目实际到资 63.7 亿美元，同比增长 11.2%。分季度看，四个季度分别到资 "
        "11.6 亿美元、14.9 亿美元、17.8 亿美元和 19.4 亿美元，呈逐季加快态势。\n\n"
        "三、2025 年《计划》安排了哪些外资项目？\n\n　　答：《计划》共安排重点建设外资项目 130 个，比上年增加 18 个，总投资约 3,200 亿元。\n"
    )
    quarters = [_by_value(ex, q).period for q in ("11.6 亿美元", "14.9 亿美元", "17.8 亿美元", "19.4 亿美元")]
    assert [(p.start, p.end) for p in quarters] == [
        ("2024-01-01", "2024-03-31"), ("2024-04-01", "2024-06-30"), ("2024-07-01", "2024-09-30"), ("2024-10-01", "2024-12-31")
    ]
    planned = _by_value(ex, "130 个")
    assert planned.period is not None and planned.period.start == "2025-01-01"


def test_a_page_dated_only_by_its_own_links_address():
    """A reposted story dated `7月16日` with no year, whose foot links to the original at
    `…/system/2024/07/16/…`: the page was filed that day, so 今年上半年 is 2024's (a link in the
    text above the foot dates nothing)."""
    story = (
        "滇南网\n2小时前 · 滇南网官方账号\n\n上半年滇南外贸进出口 1156.3 亿元\n\n"
        "滇南网讯 7月16日, 记者从昆明海关获悉, 今年上半年, 云南省外贸进出口 1156.3 亿元, 比去年同期增长 9.8%。\n\n"
        "来源: 滇南网\n编辑: 李珂\n原文链接: https://yn.example.cn/system/2024/07/16/033152847.shtml\n"
        "声明: 本文转载自滇南网, 版权归原作者所有。\n"
    )
    ex = tradeie.extract(story)
    assert ex.structure.meta.date == "2024-07-16"
    first_half = _by_value(ex, "1156.3 亿元")
    assert (first_half.period.start, first_half.period.end) == ("2024-01-01", "2024-06-30")
    for alt in ("https://www.example.gov.cn/art/2023/7/16/art_1229_5581.html", "http://swt.example.gov.cn/xwzx/202307/t20230716_2849.html"):
        assert tradeie.extract(story.replace("https://yn.example.cn/system/2024/07/16/033152847.shtml", alt)).structure.meta.date == "2023-07-16"


def test_a_rates_table_titled_with_its_months_holds_rates_of_the_measures_its_columns_name():
    """`表2  各县（市、区）主要指标增速（1-2月）  单位：%` over `地区  规上工业增加值  固定资产投资`: each
    cell is its measure's growth rate over those months, not a share."""
    ex = tradeie.extract(
        "2025年1-2月泉东市主要经济指标\n\n"
        "表2  各县（市、区）主要指标增速（1-2月）                 单位：%\n"
        "地区\t规上工业增加值\t固定资产投资\n全市\t6.1\t5.4\n鲤城区\t4.2\t-6.8\n丰泽区\t5.6\t3.1\n"
    )
    invest = [m for m in ex.metrics if m.subject == "鲤城区" and "固定资产投资" in m.indicator]
    assert len(invest) == 1 and invest[0].change is not None and invest[0].change.percent == Decimal("-6.8")
    assert invest[0].share is None and (invest[0].period.start, invest[0].period.end) == ("2025-01-01", "2025-02-28")


def test_currency_lines_under_a_bulleted_measure_take_the_measure():
    """`■ 对外承包工程完成营业额` over `人民币：216.73亿元　　▼2.8%` and `美　元：30.18亿美元　　▼4.5%`:
    the labels name the currencies; both figures are the measure's."""
    ex = tradeie.extract(
        "2025年1-3月深川市对外投资合作快报\n\n■ 对外承包工程完成营业额\n   人民币：216.73亿元　　▼2.8%\n"
        "   美　元：30.18亿美元　　▼4.5%\n■ 对外承包工程新签合同额\n   人民币：395.20亿元　　▲16.4%\n"
    )
    for quote, measure in (("216.73亿元", "完成营业额"), ("30.18亿美元", "完成营业额"), ("395.20亿元", "新签合同额")):
        m = _by_value(ex, quote)
        assert measure in m.indicator and "人民币" not in m.indicator and "美" not in m.indicator


def test_a_brief_signed_by_its_division_with_a_day_but_no_year():
    """`江西省商务厅对外贸易处 7 月 22 日` under the brief's issue line: the division publishes the
    brief (the day, without its year, dates nothing), so its report-style sections that cite no
    body keep the division as their source."""
    ex = tradeie.extract(
        "外贸运行简况\n\n第 7 期\n\n江西省商务厅对外贸易处 7 月 22 日\n\n上半年全省外贸运行情况\n\n"
        "　　据南昌海关统计，1—6月，全省进出口387.45亿美元，同比下降3.6%。\n\n　　一、外贸经营主体\n\n"
        "　　1—6月，全省有进出口实绩企业5127家，比上年同期增加263家。\n\n　　二、主要市场\n\n　　对东盟进出口63.58亿美元，增长5.2%。\n"
    )
    assert ex.structure.meta.publisher == "江西省商务厅对外贸易处" and ex.structure.meta.date is None
    assert _by_value(ex, "63.58亿美元").source.name in ("江西省商务厅对外贸易处", "南昌海关")


def test_a_plants_capacity_is_of_no_period_unless_its_sentence_dates_it():
    """`公司现有年产各类座椅120万套的生产能力` in a story on 1-4月 trade: what the plant can make in any
    year, not a figure of those months; a count of firms trading over 10亿元 a year stays the months'."""
    ex = tradeie.extract(
        "今年1-4月安川县外贸进出口平稳增长\n\n发布时间：2025-05-20\n\n"
        "今年1-4月，全县实现外贸进出口32.6亿元，同比增长8.1%。在浙川座椅公司，公司现有年产各类座椅120万套的生产能力，"
        "1-4月外销订单同比增长23%。全县年加工贸易进出口额超亿元的企业12家。\n"
    )
    assert _by_value(ex, "120万套").period is None
    assert _by_value(ex, "32.6亿元").period.start == "2025-01-01"
    assert _by_value(ex, "12家").period is not None


def test_a_period_said_to_hold_below_dates_the_articles_later_figures():
    """`2024/2025产季（2024年11月至2025年2月，下同）`: the season's months date the figures after it
    that state no period of their own."""
    ex = tradeie.extract(
        "上海海关统计分析简报\n\n上海海关统计分析处　　　　　　　　2025年3月14日\n\n2024/2025产季上海口岸车厘子进口情况简析\n\n"
        "　　据上海海关统计，2024/2025产季（2024年11月至2025年2月，下同），上海口岸共进口车厘子11.46万吨，同比增长6.8%；"
        "进口值96.4亿元，同比下降12.1%。\n\n一、智利货源占绝对主导\n\n　　本产季自智利进口车厘子10.92万吨，同比增长7.4%。\n"
    )
    assert all(_period(_by_value(ex, quote)) == ("2024-11-01", "2025-02-28") for quote in ("96.4亿元", "10.92万吨"))


def test_a_charts_axis_caption_and_legend_date_no_text():
    """A communiqué's chart in text (`图6 2020—2024年进出口总额及增长速度`, a row of years, the legend
    `■ 进出口总额   ━ 比上年增长`): the 全年 of the paragraph after it is still the communiqué's year."""
    ex = tradeie.extract(
        "昆川市2024年国民经济和社会发展统计公报\n\n昆川市统计局\n2025年4月\n\n九、开放型经济\n"
        "  对外贸易保持增长。全年完成进出口总额7,326.8亿元,比上年增长4.1%。\n"
        "图6 2020—2024年进出口总额及增长速度\n亿元                                                %\n"
        "  5767.8      6829.1      7293.5      7038.2      7326.8\n    2.9        18.4         6.8        -3.5         4.1\n"
        "  2020年      2021年      2022年      2023年      2024年\n          ■ 进出口总额         ━ 比上年增长\n"
        "  利用外资规模稳定。全年新设外资项目312个,比上年增长14.3%;实际使用外资12.85亿美元,增长3.9%。\n"
        "十、交通、邮电和旅游\n  全年港口货物吞吐量1.2亿吨,比上年增长3.0%。\n"
    )
    assert all(_period(_by_value(ex, quote)) == ("2024-01-01", "2024-12-31") for quote in ("312个", "12.85亿美元"))


def test_a_cell_per_line_table_titled_with_two_units_and_the_nation():
    """`表  全国进出口主要指标(单位:亿元,%)` over a table laid out one cell per line: its title (whose
    comma parts two units, not clauses) gives the levels' 亿元 and the nation as subject."""
    ex = tradeie.extract(
        "国际经贸动态 | 2024年前三季度全国外贸数据速览\n四川省贸促会经贸信息部 编    第38期\n\n【数据一览】\n"
        "表  全国进出口主要指标(单位:亿元,%)\n指标\n9月\n同比\n1-9月\n同比\n一般贸易进出口\n23,908.3\n1.6\n203,417.9\n5.3\n"
        "加工贸易进出口\n6,493.1\n-2.7\n57,226.4\n2.1\n数据来源:海关总署\n"
    )
    general = _by_value(ex, "203,417.9")
    assert general.value.normalized == Decimal("20341790000000") and general.value.base_unit == "CNY"
    assert general.subject == "中国" and general.change.percent == Decimal("5.3")


def test_a_provincial_briefs_later_item_comparing_provinces_stays_the_briefs_province():
    """A 河南 brief's section whose third item compares the central provinces (`湖北、安徽…分别进出口…`,
    `…增速低于湖北`): its other items' 全省 and 我省 remain 河南省."""
    ex = tradeie.extract(
        "商 务 运 行 简 报\n\n第47期\n\n河南省商务厅综合处                                      12月18日\n\n"
        "1—11月全省外贸运行分析\n\n    一、基本情况\n    1—11月，全省进出口7865.2亿元，增长3.9%。\n\n    二、主要特点\n"
        "    （一）郑州作用突出。郑州市进出口5120.4亿元，增长6.8%，占全省的68.3%。\n"
        "    （二）手机出口止跌回稳。出口手机2350.7亿元，下降3.2%，占全省出口的48.6%。\n"
        "    （三）在中部六省中保持领先。1—11月，湖北、安徽分别进出口6580.2亿元、7468.9亿元，分别增长9.1%、5.3%。"
        "我省外贸总值占中部六省的22.6%，但增速低于湖北、安徽。\n"
    )
    assert _by_value(ex, "2350.7亿元").subject == "河南省"
    assert next(m for m in ex.metrics if m.share is not None and m.share.percent == Decimal("22.6")).subject == "河南省"


def test_a_bare_whole_year_run_into_its_clause_dates_the_parts_after_it():
    """`全年实现进出口总额186.74亿元,比上年增长9.1%。其中,出口161.25亿元,…;进口25.49亿元,…` in a
    communiqué printed in April: the parts, in both ;-clauses, are of the year its 全年 is."""
    ex = tradeie.extract(
        "浏川市国民经济和社会发展统计公报\n\n浏川市统计局\n\n发布时间:2025-04-07\n\n　　七、对外经济\n\n"
        "　　外贸规模再创新高。全年实现进出口总额186.74亿元,比上年增长9.1%。其中,出口161.25亿元,增长10.4%;进口25.49亿元,增长1.1%。\n"
    )
    assert all(_period(_by_value(ex, quote)) == ("2024-01-01", "2024-12-31") for quote in ("186.74亿元", "161.25亿元", "25.49亿元"))


def test_a_year_in_review_tag_dates_the_post_and_a_sentences_own_year_its_whole_year():
    """`【数说2024】一组数据看…这一年`, posted in January 2025: the figures no line dates are 2024's;
    `2025年，…力争全年外贸进出口增长3%以上` is the year its own sentence opens with."""
    ex = tradeie.extract(
        "【数说2024】一组数据看岭北海关这一年\n\n发布时间：2025-01-17    信息来源：岭北海关\n\n关键数字\n\n"
        "监管进出口货物3865.2万吨，增长4.8%；税收入库127.4亿元，下降5.2%。\n\n"
        "2025年，全关将力争全年监管进出口货值增长3%以上。\n"
    )
    taxes = _by_value(ex, "127.4亿元")
    assert taxes.period is not None and (taxes.period.start, taxes.period.end) == ("2024-01-01", "2024-12-31")
    goal = next(m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("3"))
    assert goal.period is not None and goal.period.start == "2025-01-01"


def test_slanted_arrows_are_change_verbs():
    """`验放出入境车辆1572.3万辆次 ↗41.6%`, `税收入库127.4亿元 ↘5.2%`: a chart's slanted arrows rise and fall."""
    ex = tradeie.extract("2024年岭北海关监管情况\n\n验放出入境车辆1572.3万辆次 ↗41.6%\n\n税收入库127.4亿元 ↘5.2%\n")
    assert _by_value(ex, "1572.3万辆次").change.percent == Decimal("41.6")
    assert _by_value(ex, "127.4亿元").change.percent == Decimal("-5.2")


def test_a_city_statistics_site_reposting_the_national_pmi_release_reports_the_nation():
    """A city bureau's page (`天津市统计局` / `首页 > 统计数据 > 全国数据`) carrying the national
    bureau's release headlined `2025年10月中国采购经理指数运行情况`: the nation's figures, not the city's."""
    ex = tradeie.extract(
        "天津市统计局\n首页 > 统计数据 > 全国数据\n　\n2025年10月中国采购经理指数运行情况\n"
        "发布日期：2025-10-31　　信息来源：国家统计局　　浏览次数：1286　　字号：[大][中][小]\n　\n"
        "国家统计局服务业调查中心　中国物流与采购联合会\n　\n一、中国制造业采购经理指数运行情况\n"
        "　　10月份，制造业采购经理指数（PMI）为49.0%，比上月下降0.8个百分点，制造业景气水平有所回落。\n　\n"
        "二、中国非制造业采购经理指数运行情况\n　　10月份，非制造业商务活动指数为50.2%，比上月下降0.4个百分点。\n　\n"
        "三、中国综合PMI产出指数运行情况\n　　10月份，综合PMI产出指数为50.0%，比上月下降0.6个百分点。\n　\n"
        "附注\n　　1.主要指标解释\n　　采购经理指数（PMI）是通过对企业采购经理的月度调查结果统计汇总、编制而成的指数。\n"
    )
    pmi = _by_value(ex, "49.0%")
    assert pmi.subject == "中国" and pmi.change.points == Decimal("-0.8")
    assert _by_value(ex, "50.2%").subject == "中国"


def test_a_cell_per_line_table_of_months_joins_the_names_its_prose_writes_whole():
    """`PMI` `生产` `新订单` `原材料` / `库存` … `供应商配` / `送时间` over rows labelled by month: each
    name cut in two is the one the prose writes whole (`原材料库存指数`), `生产` stays a name."""
    ex = tradeie.extract(
        "2025年10月中国采购经理指数运行情况\n信息来源：国家统计局\n\n"
        "　　生产指数、新订单指数、原材料库存指数和供应商配送时间指数均有所回落。\n\n"
        "表1 中国制造业PMI及构成指数（经季节调整）\n单位：%\n\nPMI\n生产\n新订单\n原材料\n库存\n供应商配\n送时间\n"
        "2025年8月\n49.4\n50.8\n49.5\n48.0\n50.5\n2025年9月\n49.8\n51.6\n49.7\n48.5\n50.1\n"
    )
    output = _by_value(ex, "50.8")
    assert "生产" in output.indicator and "新订单" not in output.indicator
    assert _period(output) == ("2025-08-01", "2025-08-31")
    assert "原材料库存" in _by_value(ex, "48.5").indicator
    assert "供应商配送时间" in _by_value(ex, "50.1").indicator


def test_a_threshold_a_condition_turns_on_is_no_figure():
    """`PMI高于50%时，反映经济总体较上月扩张；低于50%，则反映…` in a release's notes: a reading's line."""
    ex = tradeie.extract(
        "2025年10月中国采购经理指数运行情况\n信息来源：国家统计局\n\n"
        "　　10月份，制造业采购经理指数（PMI）为49.0%，比上月下降0.8个百分点。\n\n附注\n"
        "　　1.主要指标解释\n　　PMI高于50%时，反映经济总体较上月扩张；低于50%，则反映经济总体较上月收缩。\n"
    )
    assert [m.value.text for m in ex.metrics if m.value is not None] == ["49.0%"]
    assert not any(m.change is not None and m.change.percent is not None for m in ex.metrics)


def test_a_press_conference_storys_summary_box_and_bulleted_turns_are_the_speakers_bodys():
    """A news app's story on a press conference: a `【数据速览】` box of `▶` figure lines over the
    turns (`● 问：…`, `● 周宏斌：…`). The box's lines are figures, not bodiless headlines, and every
    figure is the statistics bureau's, whose spokesman alone speaks."""
    ex = tradeie.extract(
        "国新办发布会｜前三季度国民经济总体平稳\n\n原创　川江新闻记者 杨 帆　川江新闻　10月20日 11:42\n\n"
        "10月20日上午，国务院新闻办公室举行新闻发布会，国家统计局新闻发言人、国民经济综合统计司司长周宏斌介绍"
        "前三季度国民经济运行情况，并回答记者提问。\n\n"
        "【数据速览】\n▶ 前三季度国内生产总值1015036亿元，同比增长5.2%\n▶ 社会消费品零售总额365877亿元，增长4.5%\n"
        "▶ 全国居民消费价格同比下降0.1%\n\n━━━━━━━━━━\n\n"
        "● 问：外部环境变化对我国外贸有何影响？\n\n"
        "● 周宏斌：面对外部压力，我国外贸展现出较强韧性。前三季度，货物进出口总额33.61万亿元，同比增长4.0%。\n"
    )
    for quote in ("1015036亿元", "365877亿元", "33.61万亿元"):
        m = _by_value(ex, quote)
        assert m.source is not None and m.source.name == "国家统计局", quote
    cpi = next(m for m in ex.metrics if m.change is not None and m.change.percent == Decimal("-0.1"))
    assert cpi.source is not None and cpi.source.name == "国家统计局"


def test_an_html_space_entity_in_a_scraped_pages_byline_separates_its_fields():
    """`来源：河洛日报客户端&nbsp;&nbsp;作者：赵振华`: the entity is a space between two fields, so
    the source is the outlet alone and its figures cite it."""
    text = (
        "数说2024丨岭州海关年度“十大亮点”出炉\n来源：河洛日报客户端&nbsp;&nbsp;作者：赵振华&nbsp;&nbsp;2025-01-21 08:46\n\n"
        "▍亮点1 外贸总值创历史新高\n2024年，河洛省货物贸易进出口8,201.6亿元，同比增长1.3%。\n"
    )
    ex = tradeie.extract(text)
    total = _by_value(ex, "8,201.6亿元")
    assert total.source is not None and total.source.name == "河洛日报客户端"
    assert text[total.value.span[0] : total.value.span[1]] == "8,201.6亿元"


def test_a_bonded_zones_short_name_takes_the_registered_name_the_post_also_writes():
    """`前湾综保区实现进出口…` in a post signed `青岛前湾综合保税区管理委员会`: the zone by that name."""
    ex = tradeie.extract(
        "【数据月报】2025年6月前湾综保区运行数据\n\n6月份，前湾综保区实现进出口总值118.6亿元，同比增长12.4%。\n\n"
        "来源：青岛前湾综合保税区管理委员会经济发展部\n"
    )
    assert _by_value(ex, "118.6亿元").subject == "青岛前湾综合保税区"


def test_a_port_statistics_express_report_tabulates_its_port_with_units_by_row():
    """`天津港口生产统计快报` over `计量单位：万吨、万TEU` and the columns `3月  1-3月累计`: the rows
    are the port's, goods in 万吨 and containers in 万TEU whatever the column; a table titled
    with a bonded zone (`东疆综合保税区主要外向型指标`) is that zone's."""
    ex = tradeie.extract(
        "天津港口生产统计快报\n（2025 年 3 月）\n\n编制单位：天津市交通运输委员会港航管理处                 发布日期：2025-04-15\n\n"
        "表一  港口货物及集装箱吞吐量\n\n计量单位：万吨、万TEU\n"
        "指标名称                   3月      比上年同月±%    1-3月累计    比上年同期±%\n"
        "一、货物吞吐量           4,326.8          3.1       12,471.5           1.8\n"
        "二、集装箱吞吐量           204.37          6.9         571.26           8.3\n\n"
        "表三  东疆综合保税区主要外向型指标（1-3月累计）\n\n指标名称                             1-3月累计    比上年同期±%\n"
        "进出口总值（亿元）                      412.6           6.2\n"
        "  其中：融资租赁货物进出口（亿元）        186.3          11.5\n"
    )
    goods = _by_value(ex, "12,471.5")
    assert goods.subject == "天津港" and goods.value.base_unit == "吨" and goods.value.normalized == Decimal("124715000")
    boxes = _by_value(ex, "204.37")
    assert boxes.value.base_unit == "TEU" and boxes.value.normalized == Decimal("2043700")
    assert _by_value(ex, "412.6").subject == "东疆综合保税区"


def test_a_name_with_bu_inside_it_is_cited_whole():
    """`记者从广西北部湾国际港务集团获悉`: the group, not `广西北部` (a body ending in 部)."""
    ex = tradeie.extract(
        "北部湾港前5月集装箱吞吐量增长逾一成\n\n　　本报讯　记者6月10日从广西北部湾国际港务集团获悉，2025年1—5月，"
        "北部湾港完成货物吞吐量1.53亿吨，同比增长5.8%。\n"
    )
    m = _by_value(ex, "1.53亿吨")
    assert m.source is not None and m.source.name == "广西北部湾国际港务集团"


def test_a_charts_axis_of_months_dates_no_text_and_an_into_china_table_is_the_nations():
    """A monitor's text chart whose axis runs `1-2月 1-3月 … 1-10月`: the paragraph after it keeps
    its section's 1—10月; a table of `部分来源地实际对华投资情况` is investment into China, though a
    Shanghai centre publishes it."""
    ex = tradeie.extract(
        "全球投资与外资动态监测                                      2024年第11期\n"
        "上海市商务发展研究中心                                    （总第63期）\n\n一、全国吸收外资总体情况\n\n"
        "    商务部数据显示，2024年1—10月，全国实际使用外资金额6771.4亿元人民币，同比下降29.6%。\n\n"
        "图1  2024年各月全国实际使用外资累计规模及增速\n8000 ┤\n   0 ┼────┬────┬────┬\n     1-2月 1-3月 1-4月 1-5月\n\n"
        "    从产业结构看，制造业实际使用外资1784.3亿元人民币，占比26.4%。\n\n"
        "表1  2024年1—10月部分来源地实际对华投资情况\n 来源地    实际投资金额(亿美元)    同比(%)    占全国比重(%)\n"
        " 德国            30.9               23.6          3.3\n 英国            12.1               12.5          1.3\n"
    )
    assert _period(_by_value(ex, "1784.3亿元人民币")) == ("2024-01-01", "2024-10-31")
    assert _by_value(ex, "30.9").subject == "中国"


def test_bulleted_figure_lines_after_a_lead_in_are_data_not_headlines():
    """`其中：` over `▶ 高技术制造业实际使用外资增长7.2%` / `▶ 医药制造业增长11.8%` in a post's
    opening part: each line is a figure, not a headline with no story under it."""
    ex = tradeie.extract(
        "厦门投资促进\n\n商务部：1—7月全国新设外资企业35412家\n\n01\n总体规模\n\n"
        "1—7月，全国实际使用外资金额4981.6亿元人民币，同比下降12.4%。\n\n其中：\n"
        "▶ 高技术制造业实际使用外资增长7.2%\n▶ 医药制造业增长11.8%\n\n【政策速递】\n商务部近日发布稳外资政策措施。\n"
    )
    rates = {m.change.percent for m in ex.metrics if m.change is not None}
    assert {Decimal("7.2"), Decimal("11.8")} <= rates


def test_a_card_stating_its_number_above_its_label_and_rate():
    """`📌 245.6亿元` / `社会消费品零售总额` / `同比 ↑ 6.1%` in a district's WeChat post: one figure
    whose label and rate are the lines under it (not the card above's label, nor a rate of its own)."""
    ex = tradeie.extract(
        "【数说商务】一季度新区消费外贸开局良好\n\n岚湾新区商务  2025-04-25 11:42\n\n"
        "★ 导读：一季度，新区消费市场稳步回升，外贸进出口增速跑赢全市。\n\n📌 一季度成绩单\n\n"
        "📌 245.6亿元\n社会消费品零售总额\n同比 ↑ 6.1%\n\n📌 587.3亿元\n外贸进出口总额\n同比 ↑ 8.1%\n"
    )
    retail, trade = _by_value(ex, "245.6亿元"), _by_value(ex, "587.3亿元")
    assert "社会消费品零售总额" in retail.indicator and retail.change.percent == Decimal("6.1")
    assert "进出口" in trade.indicator and trade.change.percent == Decimal("8.1")
    assert len(ex.metrics) == 2


def test_an_amount_in_another_currency_in_brackets_leaves_the_rate_after_it_to_the_amount():
    """`服务进出口总额5.82万亿元（约8131亿美元），同比增长7.6%`: the dollars restate the yuan, and the
    rate after the bracket is the yuan figure's."""
    ex = tradeie.extract(
        "前三季度全国服务贸易成绩单\n\n近日，商务部发布前三季度服务贸易数据。\n\n"
        "前三季度，全国服务进出口总额5.82万亿元（约8131亿美元），同比增长7.6%。\n"
    )
    yuan, dollars = _by_value(ex, "5.82万亿元"), _by_value(ex, "约8131亿美元")
    assert yuan.change is not None and yuan.change.percent == Decimal("7.6")
    assert dollars.change is None and dollars.dimensions.get("conversion")


def test_a_data_note_naming_several_bodies_sources_the_first_that_is_one():
    """`本文数据来源于商务部及四川省、成都市商务部门官方发布`: the ministry; `…来源于协会会员报送及
    市商务局备案`: the bureau (the members' returns are how, not who)."""
    ex = tradeie.extract(
        "成都服务贸易\n\n前三季度，成都服务进出口1536.2亿元，同比增长9.8%。\n\n"
        "声明：本文数据来源于商务部及四川省、成都市商务部门官方发布，转载请注明出处。\n"
    )
    m = _by_value(ex, "1536.2亿元")
    assert m.source is not None and m.source.name == "商务部"
    ex = tradeie.extract(
        "金华市跨境电商发展简报\n\n截至9月底，全市跨境电商经营主体5872家，同比增加612家。\n\n"
        "注：1.经营主体数据来源于协会会员报送及市商务局备案，为截至9月底的期末数。\n"
    )
    m = _by_value(ex, "5872家")
    assert m.source is not None and m.source.name == "市商务局"


def test_a_provincial_papers_masthead_makes_its_province_the_stories_own():
    """`大众日报` over a wire story from Beijing and the paper's own addition `记者从省商务厅获悉，
    2024年我省服务进出口…`: 我省 is Shandong, the paper's province."""
    ex = tradeie.extract(
        "大众日报\n2025年1月25日  星期六                         第3版\n\n2024年我国服务进出口首破7.5万亿元\n\n"
        "　　新华社北京1月24日电（记者 王嘉琪）商务部24日发布数据，2024年，我国服务进出口总额75236.9亿元，同比增长14.4%。\n\n"
        "　　（本报记者 赵一鸣 补充报道）记者从省商务厅获悉，2024年我省服务进出口1958.2亿元，同比增长16.3%。\n"
    )
    assert _by_value(ex, "1958.2亿元").subject == "山东省"
    assert _by_value(ex, "75236.9亿元").subject == "中国"


def test_a_posts_part_numbered_on_the_line_above_and_its_lead_in_items():
    """`01` / `外贸进出口` in a statistics account's post: a part of its own (not the figure card above
    it), and the `▶` items under its `全年…。其中：` are of the year that sentence is."""
    ex = tradeie.extract(
        "统计公报解读｜开放型经济\n原创 洛川市统计局 洛川统计\n\n【数读开放】\n318.7亿元\n全市货物进出口总值\n\n"
        "编者按：统计公报日前正式发布，小编带大家一起看看全市开放型经济的“成绩单”。\n\n01\n外贸进出口\n\n"
        "2024年全市货物进出口总值318.7亿元，比上年增长9.6%。其中：\n▶出口226.4亿元，增长14.2%；\n▶进口92.3亿元，下降0.4%。\n\n"
        "02\n利用外资\n\n全年实际使用外资3.16亿美元。\n"
    )
    assert _period(_by_value(ex, "226.4亿元")) == ("2024-01-01", "2024-12-31")
    assert _period(_by_value(ex, "92.3亿元")) == ("2024-01-01", "2024-12-31")


def test_a_source_line_naming_several_bodies_gives_the_subjects_own():
    """`来源：商务部网站、厦门市商务局` under a post with the nation's and the city's figures: the
    city's bureau for the city's figures, the ministry for the nation's."""
    ex = tradeie.extract(
        "外资动态\n\n【全国数据】\n1—7月，全国实际使用外资金额4981.6亿元人民币，同比下降12.4%。\n\n"
        "同期，厦门市实际使用外资86.3亿元人民币，同比增长6.5%。\n\n来源：商务部网站、厦门市商务局\n编辑：林晓\n"
    )
    city, nation = _by_value(ex, "86.3亿元人民币"), _by_value(ex, "4981.6亿元人民币")
    assert city.source is not None and city.source.name == "厦门市商务局"
    assert nation.source is not None and nation.source.name.startswith("商务部")


def test_a_trade_mode_a_sentence_opens_with_holds_for_its_later_clauses():
    """`以市场采购贸易方式对…出口…；对非洲、拉丁美洲分别出口…` and `市场采购贸易出口商品中，服装、玩具
    分别出口…`: every part is of market-procurement trade; `…；加工贸易进出口…` names its own mode."""
    ex = tradeie.extract(
        "义乌海关\n\n　　前4个月，义乌市以市场采购贸易方式出口1597.3亿元，增长19.7%。\n\n"
        "　　从市场看，以市场采购贸易方式对共建“一带一路”国家出口1012.7亿元，增长26.9%；对非洲、拉丁美洲分别出口276.5亿元、219.8亿元，"
        "分别增长31.2%和18.5%。\n\n　　市场采购贸易出口商品中，服装、玩具分别出口218.4亿元、96.7亿元，同比分别增长14.8%、32.5%。\n\n"
        "　　从贸易方式看，以一般贸易方式进出口2034.1亿元，增长9.8%；加工贸易进出口112.5亿元，下降4.1%。\n"
    )
    for quote in ("276.5亿元", "219.8亿元", "218.4亿元", "96.7亿元"):
        assert _by_value(ex, quote).dimensions.get("trade_mode") == "市场采购贸易", quote
    assert _by_value(ex, "112.5亿元").dimensions.get("trade_mode") != "一般贸易"


def test_an_associations_member_firms_figures_are_theirs_not_the_customs_houses():
    """An association's annual report: `据青岛海关统计，全年全省水产品出口…` then `全年会员企业水产品出口
    18.36亿美元`: the members' figure, counted by the association, not the province's by customs."""
    ex = tradeie.extract(
        "山东省水产流通与加工协会\n2023年度会员企业出口情况报告\n\n一、总体情况\n\n"
        "据青岛海关统计，2023年全省水产品出口46.82亿美元，同比下降5.3%。\n\n"
        "在此背景下，协会会员企业出口总体保持稳定。全年会员企业水产品出口18.36亿美元，同比下降2.1%，降幅小于全省。\n"
    )
    province, members = _by_value(ex, "46.82亿美元"), _by_value(ex, "18.36亿美元")
    assert province.subject == "山东省" and province.source.name == "青岛海关"
    assert "会员企业" in members.subject
    assert members.source is not None and members.source.name != "青岛海关"


def test_a_yearbooks_notes_say_which_body_provided_each_topic():
    """A yearbook chapter signed by the city's bureau: `注：…本表进出口数据由青岛海关提供，利用外资数据由
    市商务局提供` sources each topic's figures in the prose too; the rest are the bureau's, not the
    yearbook's running title's; `各市数据由各市统计局提供` names no one body."""
    ex = tradeie.extract(
        "青岛统计年鉴·2025\n\n十、对外经济\n\n综　　述\n\n　　二、利用外资\n\n"
        "　　全年新设外商投资企业1205家，增长9.8％；实际使用外资46.9亿美元，下降11.0％。\n\n"
        "　　三、对外经济合作\n\n　　全年对外承包工程完成营业额35.6亿美元，增长5.3％。\n\n"
        "注：1.实际使用外资自2023年起按商务部新口径统计。\n　　2.本表进出口数据由青岛海关提供，利用外资数据由市商务局提供。\n"
        "　　3.各市数据由各市统计局提供。\n\n青岛市统计局　国家统计局青岛调查队\n"
    )
    assert _by_value(ex, "46.9亿美元").source.name == "市商务局"
    assert _by_value(ex, "35.6亿美元").source.name == "青岛市统计局"


def test_a_source_label_set_apart_by_a_bar():
    """`来源 | 国新网、商务部网站` under a city bureau's repost: the source the post names, not the
    account reposting it."""
    ex = tradeie.extract(
        "青岛商务\n青岛市商务局　2022-07-15 18:32　发表于山东\n\n【聚焦】国新办发布会：上半年我国外贸规模稳步扩大\n\n"
        "来源 | 国新网、商务部网站\n编辑 | 青岛市商务局综合处\n\n"
        "　　7月14日，国务院新闻办公室举行新闻发布会。上半年，我国货物贸易进出口19.52万亿元，同比增长8.7%。\n"
    )
    m = _by_value(ex, "19.52万亿元")
    assert m.source is not None and m.source.name == "国新网"


def test_a_wechat_posts_foot_under_its_credits_and_a_name_spaced_out():
    """`来源：…电子商务处` / `编辑：王  璐  |  审核：李卫东` over the post's foot (`预览时标签不可点，收录于合集…`,
    `阅读 1,286  赞 15`, `写下你的留言`): the source line still sources the post."""
    ex = tradeie.extract(
        "原创  西安商务  西安商务  陕西\n\n上半年西安电子商务运行情况通报\n\n"
        "1—6月，全市电子商务保持较快增长。\n\n01 网络零售稳中有进\n\n1—6月，全市实现网络零售额1036.8亿元，同比增长10.2%。\n\n"
        "区县\n网络零售额（亿元）\n同比增长（%）\n雁塔区\n249.9\n9.8\n未央区\n182.5\n11.6\n\n"
        "02 跨境电商量质齐升\n\n1—6月，全市跨境电商进出口86.4亿元，增长21.3%。\n\n来源：西安市商务局电子商务处\n编辑：王  璐  |  审核：李卫东\n\n"
        "预览时标签不可点，收录于合集 #电商数据 6个\n\n阅读 1,286      赞 15      分享      在看 8\n写下你的留言\n"
    )
    m = _by_value(ex, "1036.8亿元")
    assert m.source is not None and m.source.name == "西安市商务局电子商务处"
    assert ex.bulletin.meta.source == "西安市商务局电子商务处"


def test_a_bare_data_source_among_a_reports_closing_notes_sources_the_report():
    """`注：…3.数据来源：商务部服务外包业务管理和统计系统` under a monthly report's last paragraph: the
    ministry's system for every figure (not the bureau printing the report)."""
    ex = tradeie.extract(
        "岷江市商务局\n\n服务外包统计月报\n\n2025年第10期\n\n岷江市商务局服务贸易处编印　　　　　　　　　　　2025年11月18日\n\n"
        "一、主要指标完成情况\n\n　　1-10月，全市服务外包执行额48.6亿美元，同比增长9.2%；其中离岸执行额32.1亿美元，同比增长11.4%。\n\n"
        "二、下一步工作\n\n　　推动四季度离岸业务保持稳定增长。\n\n注：1.本月报数据为快报数。\n　　2.同比增速按可比口径计算。\n"
        "　　3.数据来源：商务部服务外包业务管理和统计系统，数据截至2025年11月10日。\n"
    )
    m = _by_value(ex, "48.6亿美元")
    assert m.source is not None and m.source.name.startswith("商务部")


def test_a_customs_code_in_a_table_row_is_no_year():
    """`网购保税（1210）` / `188.7` in a table laid out one cell per line: a customs mode's row, dated by
    the table's months, not the year 1210."""
    ex = tradeie.extract(
        "郑州海关统计快讯\n\n　　1—9月，全市跨境电商进出口486.3亿元，增长12.5%。\n\n表1　2025年1—9月跨境电商分监管方式进出口\n"
        "单位：亿元\n监管方式\n进出口\n同比（%）\n网购保税（1210）\n188.7\n3.9\n直购（9610）\n170.9\n20.6\n"
    )
    m = _by_value(ex, "188.7")
    assert m.period is None or m.period.start is None or m.period.start.startswith("2025")


def test_data_a_month_behind_hold_for_their_paragraph_only():
    """A release on 1-8月 whose services paragraph opens `1-7 月，全省规模以上服务业…` (data a month
    behind): the paragraphs after it are of 1-8月 again."""
    ex = tradeie.extract(
        "湖川统计信息\n\n2024 年第 52 期\n\n湖川省统计局                                 2024 年 9 月 19 日\n\n"
        "1-8 月全省经济运行稳中有进\n\n1-8 月，全省经济运行回升向好。全省规模以上工业增加值同比增长7.3%。\n\n"
        "服务业稳步恢复。1-7 月，全省规模以上服务业企业实现营业收入4158.3亿元，增长8.4%。\n\n"
        "消费市场稳中有升。全省社会消费品零售总额13284.7亿元，增长5.7%。\n"
    )
    assert _period(_by_value(ex, "4158.3亿元")) == ("2024-01-01", "2024-07-31")
    assert _period(_by_value(ex, "13284.7亿元")) == ("2024-01-01", "2024-08-31")


def test_a_cards_one_month_figure_line_is_no_heading_over_the_years_report():
    """`●　12月当月进出口：221.4亿元…` in the key-figures box of a report on 2024, read as a bodiless
    title: it does not date the sections after it, which are the year's."""
    ex = tradeie.extract(
        "潍川市2024年对外贸易运行分析\n\n潍川市商务局　　　　　　　　　　　　　　2025年1月24日\n\n【核心数据】\n"
        "●　全市进出口总值：2,318.6亿元，增长4.7%\n●　12月当月进出口：221.4亿元，同比增长9.3%\n\n"
        "一、总体情况\n　　据潍川海关统计，2024年全市外贸进出口规模创历史新高。\n\n"
        "二、主要特点\n（一）机电产品出口拉动明显。机电产品出口763.8亿元，增长11.2%，占全市出口的48.9%。\n"
    )
    assert _period(_by_value(ex, "763.8亿元")) == ("2024-01-01", "2024-12-31")


def test_a_wechat_posts_headline_under_its_account_and_byline():
    """`青岛商务` / `青岛市商务局　2022-07-15 18:32　发表于山东` / `点击上方蓝字 关注我们` /
    `【聚焦】国新办发布会：上半年我国外贸规模稳步扩大`: the last is the headline, and its 我国 makes
    the post's figures the nation's, not the city account's."""
    ex = tradeie.extract(
        "青岛商务\n青岛市商务局　2022-07-15 18:32　发表于山东\n\n点击上方蓝字 关注我们\n\n"
        "【聚焦】国新办发布会：上半年我国外贸规模稳步扩大\n\n"
        "　　7月14日，国务院新闻办公室举行新闻发布会。以美元计，进出口3.02万亿美元，增长10.4%；其中出口1.68万亿美元，增长14.2%。\n"
    )
    assert _by_value(ex, "3.02万亿美元").subject == "中国"


def test_a_balance_rows_growth_beside_a_blank_year_to_date():
    """`金融机构本外币存款余额  亿元  28314.6  —  7.2` under `本月  1-4月  同比增长(%)`: a balance
    has no year-to-date, so the rate is the month-end balance's, and the balance (and its
    `其中：住户存款` part) is a level at the month's end."""
    ex = tradeie.extract(
        "滨川市统计局\n\n4月份全市主要经济指标\n\n发布时间：2025-05-20\n\n"
        "指标名称\t计量单位\t本月\t1-4月\t同比增长(%)\n"
        "社会消费品零售总额\t亿元\t291.4\t1163.8\t5.1\n"
        "金融机构本外币存款余额\t亿元\t28314.6\t—\t7.2\n"
        "　其中：住户存款\t亿元\t15233.9\t—\t9.6\n"
    )
    balance = _by_value(ex, "28314.6")
    assert balance.change is not None and balance.change.percent == Decimal("7.2")
    assert balance.period.start is None and balance.period.end.startswith("2025-04")
    household = _by_value(ex, "15233.9")
    assert household.change is not None and household.change.percent == Decimal("9.6")
    assert household.period.start is None
    assert not [m for m in ex.metrics if m.value is None and m.change is not None and m.change.percent == Decimal("7.2")]


def test_a_balance_row_after_a_count_row_names_its_own_measure():
    """`金融机构本外币贷款余额` listed after `机场旅客吞吐量` under `绝对值  同比±%`: a measure of its
    own, not a breakdown of the row above."""
    ex = tradeie.extract(
        "8月份主要统计指标\n\n2025/09/24　来源：漳川市统计局\n\n"
        "指标名称                     单位        本月                  1-8月\n"
        "                                        绝对值      同比±%      绝对值      同比±%\n"
        "社会消费品零售总额             亿元       183.47        4.1      1381.62        5.3\n"
        "机场旅客吞吐量                 万人次       61.4        12.6       423.9         9.7\n"
        "金融机构本外币贷款余额         亿元     9902.47        6.3          —           —\n"
    )
    loan = _by_value(ex, "9902.47")
    assert "贷款余额" in loan.indicator and "旅客" not in loan.indicator
    assert not loan.dimensions.get("breakdown")


def test_a_statistics_sites_name_on_its_own_line_publishes_the_page():
    """`衡川统计信息网` heading a page whose byline names only a desk (`作者：综合科`): the site
    published the figures."""
    ex = tradeie.extract(
        "衡川统计信息网\n发布日期：2025年01月24日　　　　作者：综合科　　　　点击：967\n\n12月份全市主要经济指标\n\n"
        "　　全年，全市地区生产总值 3712.36 亿元，比上年增长 5.2%。\n"
    )
    assert _by_value(ex, "3712.36 亿元").source.name == "衡川统计信息网"


def test_a_mainland_story_citing_hong_kongs_statistics_office_keeps_yuan_as_renminbi():
    """A Shenzhen paper's story that quotes `香港特区政府统计处` in its last paragraph: its 亿元 are
    renminbi, not Hong Kong dollars (only the office's own release means its dollars by 元)."""
    ex = tradeie.extract(
        "鹏城新闻网首页 > 鹏城日报 > 经济\n\n前三季度深圳对香港进出口增长13.8%\n\n2024-10-24 07:30　来源：鹏城日报\n\n"
        "　　记者23日从深圳海关获悉，今年前三季度，深圳市对香港进出口6365.7亿元，同比增长13.8%。"
        "其中，出口5921.4亿元，增长14.5%。\n"
        "　　分月度看，9月当月，深圳对香港进出口1003.5亿元，同比增长9.2%，月度规模已连续5个月保持在千亿元以上。"
        "机电产品是对港出口主力军。前三季度，深圳对香港出口机电产品4102.8亿元，增长15.9%，占对港出口总值的69.3%。\n"
        "　　香港方面，香港特区政府统计处日前公布的数据显示，今年前三季度，香港整体出口货值3.43万亿港元，同比增长10.1%。\n"
    )
    assert _by_value(ex, "6365.7亿元").value.base_unit == "CNY"
    assert _by_value(ex, "3.43万亿港元").value.base_unit == "HKD"


def test_a_total_whose_scope_a_bracket_notes_is_no_product_of_the_figure_before():
    """`同期，澳门货物出口总额（含再出口）77.9亿澳门元` after the imports: a measure of its own, not
    goods under the import total."""
    ex = tradeie.extract(
        "上半年，澳门货物进口总额为680.4亿澳门元，同比增长6.5%。同期，澳门货物出口总额（含再出口）77.9亿澳门元，同比下降3.2%。"
    )
    exports = _by_value(ex, "77.9亿澳门元")
    assert exports.indicator.startswith("货物出口总额") and not exports.dimensions.get("product")


def test_a_tables_title_naming_its_partner_gives_each_rows_market():
    """`表1　2024年1-8月主要地市对港澳地区进出口情况` over rows of cities: each city's trade with
    Hong Kong and Macao, not its whole trade."""
    ex = tradeie.extract(
        "　　三、主要地市对港澳贸易情况\n　　表1　2024年1-8月主要地市对港澳地区进出口情况\n　　单位：亿元、%\n"
        "地市\t进出口\t同比\t占全省对港澳比重\n深圳\t5854.2\t12.6\t50.1\n东莞\t2037.9\t8.3\t17.4\n广州\t1438.6\t5.1\t12.3\n"
    )
    shenzhen = _by_value(ex, "5854.2")
    assert shenzhen.dimensions.get("market") == "港澳"
    assert shenzhen.subject == "深圳市"


def test_a_table_repeating_the_texts_year_to_date_figures_takes_their_period():
    """`表1　2024年三季度国内生产总值初步核算数据` holds the figures the text gives for 前三季度:
    the table's period is the text's (year to date), not the third quarter alone."""
    ex = tradeie.extract(
        "2024年三季度国内生产总值初步核算结果\n\n发布时间：2024-10-18 10:00　　来源：国家统计局\n\n"
        "　　前三季度国内生产总值848362亿元，按不变价格计算，比上年同期增长4.9%。分产业看，前三季度第一产业增加值"
        "57126亿元，比上年同期增长3.6%；第二产业增加值331857亿元，增长5.5%。\n\n"
        "表1　2024年三季度国内生产总值初步核算数据\n\t绝对额（亿元）\t比上年同期增长（%）\n"
        "GDP\t848362\t4.9\n第一产业\t57126\t3.6\n第二产业\t331857\t5.5\n建筑业\t53207\t4.0\n"
    )
    assert _period(_by_value(ex, "53207")) == ("2024-01-01", "2024-09-30")


def test_a_statistics_periodical_signed_by_no_body_is_its_bureaus():
    """`成都统计月报  2024 年第 8 期` heading a monthly that names no publisher: the city's bureau
    (else the periodical itself) gives the figures."""
    ex = tradeie.extract(
        "成都统计月报                                          2024 年第 8 期\n"
        "────────────────────────────────────────\n"
        "                  2024 年 8 月全市工业和消费品市场运行情况\n\n"
        "    一、工业生产稳中有进\n    8 月，全市规模以上工业增加值同比增长 7.4%。全市社会消费品零售总额 612.3 亿元，同比增长 3.9%。\n"
    )
    assert _by_value(ex, "612.3 亿元").source.name == "成都市统计局"


def test_a_column_named_by_its_period_and_measure_names_the_measure():
    """`3月零售额（亿元）  一季度零售额（亿元）` over rows of goods (`粮油、食品类`): the retail sales
    of each class of goods, not a measure named 粮油、食品类."""
    ex = tradeie.extract(
        "表1 限额以上单位主要商品零售额\n\n| 类 别 | 3月零售额（亿元） | 3月增速（%） | 一季度零售额（亿元） | 一季度增速（%） |\n"
        "| --- | --- | --- | --- | --- |\n| 粮油、食品类 | 23.3 | 10.4 | 66.8 | 8.9 |\n| 汽车类 | 52.7 | 3.5 | 152.4 | 0.8 |\n"
    )
    cars = _by_value(ex, "152.4")
    assert cars.indicator.endswith("零售额")
    assert "汽车类" in cars.dimensions.values()


def test_a_zone_area_named_after_its_port_is_the_area():
    """`钦州港片区完成集装箱吞吐量…`: the free trade zone's area named after the port, not the port."""
    ex = tradeie.extract("上半年，钦州港片区完成集装箱吞吐量216.4万标准箱，同比增长11.6%。")
    assert _by_value(ex, "216.4万标准箱").subject == "钦州港片区"


def test_a_tables_zone_subject_keeps_the_brackets_the_document_writes():
    """A table in the release `2025年1—6月中国（广西）自由贸易试验区主要经济指标`: its subject is
    written with the release's full-width brackets, as in the prose."""
    ex = tradeie.extract(
        "广西壮族自治区商务厅（自治区自贸办）\n\n2025年1—6月中国（广西）自由贸易试验区主要经济指标\n\n"
        "                                                  发布日期：2025年7月25日\n\n表1  主要指标完成情况\n\n"
        "指标名称            单位      本期        同比增长（%）\n"
        "新设企业            家           3804         8.7\n"
        "实际使用外资        万美元       12260        14.2\n"
    )
    assert _by_value(ex, "12260").subject == "中国（广西）自由贸易试验区"


def test_an_average_export_price_is_a_measure_not_a_product():
    """`出口均价708.3美元/吨` after the export value: the average export price, not exports of a
    product named 均价."""
    ex = tradeie.extract("4月份，出口金额6.12亿美元，同比下降18.9%。出口均价708.3美元/吨，同比下降8.4%。")
    price = _by_value(ex, "708.3美元/吨")
    assert price.indicator.endswith("均价") and price.dimensions.get("product") != "均价"


def test_a_taipei_releases_table_by_market_reads_its_annual_growth_and_its_own_country():
    """`表　114年1至9月我國對主要市場出口概況` over `市場別  金額  年增率  比重`: 年增率 is the
    year-on-year rate, and the table's 我國 is Taiwan, whose release it is."""
    ex = tradeie.extract(
        "財政部　新聞稿\n發布日期：114年10月9日\n\n114年9月海關進出口貿易初步統計\n\n"
        "　　累計1至9月出口4,028.5億美元，較上年同期增加29.6%。\n\n"
        "表　114年1至9月我國對主要市場出口概況\n　　　　　　　　　　　　單位：億美元；%\n"
        "市場別　　　　　　金額　　　　年增率　　　比重\n"
        "總計　　　　　　4,028.5　　　　29.6　　　100.0\n"
        "美國　　　　　　1,108.7　　　　59.0　　　 27.5\n"
        "日本　　　　　　　216.5　　　　 6.7　　　　5.4\n"
    )
    japan = _by_value(ex, "216.5")
    assert japan.change is not None and japan.change.percent == Decimal("6.7")
    assert japan.subject in ("臺灣", "台灣", "台湾")


def test_a_tables_title_above_a_chart_placeholder_dates_the_table():
    """`附：2025年上半年31省份外贸进出口情况` / `[图片] 点击查看大图` over the header, and a note
    crediting `21世纪经济报道`: the title dates the table; the paper's name is no century."""
    ex = tradeie.extract(
        "附：2025年上半年31省份外贸进出口情况\n[图片] 点击查看大图\n排名\t地区\t进出口（亿元）\t同比（%）\n"
        "1\t广东\t43812.6\t4.1\n2\t江苏\t26305.4\t6.3\n3\t浙江\t26018.9\t5.8\n数据来源：海关总署、各地海关；21世纪经济报道记者整理\n"
    )
    assert _period(_by_value(ex, "43812.6")) == ("2025-01-01", "2025-06-30")


def test_units_set_one_space_apart_under_a_header_read_word_by_word():
    """`位次 地区 进出口额 同比 占全国比重` / `（亿美元） （%） （%）`: a PDF's single-spaced table
    whose unit line names each column's unit."""
    ex = tradeie.extract(
        "附表 2023 年上半年 31 省（区、市）货物贸易进出口情况\n位次 地区 进出口额 同比 占全国比重\n（亿美元） （%） （%）\n"
        "1 广东 5486.1 -4.6 19.32\n2 江苏 3484.8 -9.7 12.40\n3 浙江 3328.0 0.8 11.86\n"
    )
    guangdong = _by_value(ex, "5486.1")
    assert guangdong.value.base_unit == "USD" and guangdong.value.normalized == Decimal("548610000000")


def test_a_county_customs_offices_post_reports_its_county():
    """A city customs house's WeChat post on what its office in a county (`泉州海关驻安溪办事处`)
    监管: the county's exports, not the city's, nor those of the port they leave from."""
    ex = tradeie.extract(
        "一季度安溪茶叶出口货值2.86亿元\n泉州海关  2025-04-16 18:05  发表于福建\n\n"
        "　　春茶开采季，安溪茶企出口订单忙。据泉州海关驻安溪办事处统计，2025年一季度，该办事处共监管出口茶叶412批次、"
        "货值2.76亿元，同比增长17.4%。3月下旬，今年首批安溪春茶从厦门港发往马来西亚，货值约34万元。"
        "安溪县某茶业有限公司负责人说，海外客户下单比往年更早。\n"
    )
    assert _by_value(ex, "2.76亿元").subject == "安溪县"


def test_a_customs_commodity_table_whose_total_row_has_no_unit():
    """`商品名称  计量单位  11月  1-11月  累计比去年同期±%` over `数量  金额 …`, its first row the
    total with a dash for its unit: the table is read, and an untitled table's figures are the
    headline's city's."""
    ex = tradeie.extract(
        "2024年11月宁波市主要出口商品量值表\n发布时间：2024-12-20 16:05    信息来源：宁波海关\n\n"
        "    据宁波海关统计，2024年1—11月，宁波市出口8412.8亿元，同比增长6.4%。主要出口商品量值情况如下：\n\n"
        "金额单位：万元\n商品名称\t计量单位\t11月\t\t1-11月\t\t累计比去年同期±%\t\n"
        "\t\t数量\t金额\t数量\t金额\t数量\t金额\n"
        "出口总值\t-\t-\t7,952,316\t-\t84,127,540\t-\t6.4\n"
        "机电产品\t-\t-\t4,218,605\t-\t44,382,917\t-\t8.1\n"
        "鞋靴\t万双\t2,106\t78,634\t24,783\t925,418\t4.2\t1.6\n"
    )
    shoes = _by_value(ex, "925,418")
    assert shoes.value.normalized == Decimal("9254180000") and shoes.change.percent == Decimal("1.6")
    assert _period(shoes) == ("2024-01-01", "2024-11-30")
    assert shoes.subject == "宁波市"


def test_a_yearbook_chapters_notes_give_each_topic_its_source():
    """A yearbook chapter noting `本章对外贸易数据来源于苏州海关，利用外资和对外投资数据来源于市商务局`:
    its trade figures are the customs house's and its outward investment the bureau's, not the
    yearbook's."""
    ex = tradeie.extract(
        "苏州统计年鉴—2025                            对 外 经 济\n\n十三、对外经济\n\n综      述\n\n"
        "　　2024年，全市外贸外资总体保持稳定。全市一般贸易进出口12634.6亿元，增长8.2%。"
        "全年新增境外投资项目中方协议投资额28.5亿美元，增长15.1%。\n\n"
        "　　注：本章对外贸易数据来源于苏州海关，利用外资和对外投资数据来源于市商务局。\n"
    )
    assert _by_value(ex, "12634.6亿元").source.name == "苏州海关"
    assert _by_value(ex, "28.5亿美元").source.name in ("市商务局", "苏州市商务局")


def test_a_note_naming_returns_and_a_platform_watch_before_a_body_credits_the_body():
    """`本报告数据来源于协会会员企业月度直报、重点平台抽样监测及义乌市商务局公开数据`: the returns and
    the watch are ways of collecting; the bureau is the body named."""
    ex = tradeie.extract(
        "义乌市跨境电子商务协会\n\n2024 年度义乌跨境电商产业带发展报告\n\n"
        "　　2024 年，年交易额超 1000 万元的卖家 512 家，其出口额占全市跨境电商出口额的 57.4%。\n\n"
        "注：本报告数据来源于协会会员企业月度直报、重点平台抽样监测及义乌市商务局公开数据。\n"
    )
    sources = {m.source.name for m in ex.metrics if m.source}
    assert "重点平台抽样监测" not in sources and sources


def test_a_provincial_sites_repost_of_a_national_release_reports_the_nation():
    """`湖北省发展和改革委员会` / `当前位置：首页 > …` / `【转载】国家发展改革委8月份新闻发布会实录`:
    the nation's figures, not the province's, and never the breadcrumb's label as a subject."""
    ex = tradeie.extract(
        "湖北省发展和改革委员会\n当前位置：首页 > 信息公开 > 政策解读 > 国家政策解读\n\n"
        "【转载】国家发展改革委8月份新闻发布会实录（摘要）\n\n来源：国家发展改革委网站　　发布时间：2025-08-15 09:30\n\n"
        "　　1—7月，消费品以旧换新带动相关商品销售额1.21万亿元，惠及消费者超3.1亿人次。\n"
    )
    assert _by_value(ex, "1.21万亿元").subject == "中国"


def test_a_column_named_by_its_period_over_its_role_names_no_measure():
    """`6月 / 完成` over a port's rows (`其中：外贸`): the row names the measure (外贸货物吞吐量),
    not the column's role word 完成."""
    ex = tradeie.extract(
        "        2025年6月厦门港港口生产主要指标完成情况\n\n表一                                                  单位：万吨、万TEU、%\n"
        "指标名称              6月        同比       环比       1-6月        同比\n"
        "                      完成       ±%         ±%         累计         ±%\n"
        "一、货物吞吐量        1743.62    3.8        -2.1       10426.47     4.6\n"
        "    其中：外贸        902.15     6.2        1.4        5588.30      5.9\n"
        "          内贸        841.47     1.1        -5.9       4838.17      3.1\n"
    )
    foreign = _by_value(ex, "902.15")
    assert foreign.indicator != "完成" and "吞吐量" in foreign.indicator


def test_a_unit_line_listing_fewer_units_than_columns_gives_money_its_money_unit():
    """`单位：个、亿元、万美元、%` over `签约项目  签约总投资  内资到位资金  同比  实际利用外资  同比`:
    projects are counted, investment and domestic funds in 亿元, foreign investment in 万美元."""
    ex = tradeie.extract(
        "           2024 年 1—6 月各区县招商引资主要指标完成情况\n\n"
        "                                        单位：个、亿元、万美元、%\n\n"
        " 区  县     签约项目   签约总投资   内资到位资金   同比   实际利用外资    同比\n\n"
        " 吴兴区        22        158.3         61.4        7.2        5218       -11.6\n\n"
        " 南浔区        24        141.9         58.7       12.5        4376         3.8\n\n"
        " 德清县        29        216.5         79.3       10.1        9125        -4.2\n"
    )
    assert _by_value(ex, "158.3").value.base_unit == "CNY"
    assert _by_value(ex, "158.3").value.normalized == Decimal("15830000000")
    assert _by_value(ex, "5218").value.base_unit == "USD"


def test_a_running_totals_months_date_the_clauses_after_the_semicolon():
    """`累计1至9月出口4,028.5亿美元，…；进口3,175.3亿美元，…`: the months after 累计 date the imports
    too, not the release's single month."""
    ex = tradeie.extract(
        "2025年9月海关进出口贸易初步统计\n\n　　9月出口457.6亿美元，较上年同月增加21.4%。\n"
        "　　累计1至9月出口4,028.5亿美元，较上年同期增加29.6%；进口3,175.3亿美元，增加19.8%。\n"
    )
    assert _period(_by_value(ex, "3,175.3亿美元")) == ("2025-01-01", "2025-09-30")


def test_a_unit_line_naming_the_quantity_unit_and_the_amount_unit_apart():
    """`数量单位：万台（辆）；金额单位：亿元；%` over `出口数量  同比  出口金额  同比`: the amounts are
    in 亿元, not counted in 万台."""
    ex = tradeie.extract(
        "表 1  2025 年一季度广东省主要机电产品出口情况\n"
        "                                      数量单位：万台（辆）；金额单位：亿元；%\n"
        "  商品名称              出口数量      同比        出口金额      同比\n"
        "  自动数据处理设备        4762        -3.4         602.5        2.1\n"
        "  手机                    1885         5.8         498.3       12.6\n"
    )
    amount = _by_value(ex, "602.5")
    assert amount.value.base_unit == "CNY" and amount.value.normalized == Decimal("60250000000")
    assert _by_value(ex, "4762").value.normalized == Decimal("47620000")
