"""Layout repair and the normalised view: joins, artefacts, and the offset map back to the original."""

from __future__ import annotations

from tradeie.layout import analyse, normalize


def spans_roundtrip(text: str):
    norm = normalize(text)
    for i in range(len(norm.text)):
        s, e = norm.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
    return norm


def test_full_width_folds_and_maps_back():
    text = "执行额１８４４９９．７万美元（同比增长３８．５％）"
    norm = spans_roundtrip(text)
    assert norm.text == "执行额184499.7万美元(同比增长38.5%)"
    i = norm.text.index("184499.7万美元")
    s, e = norm.to_original(i, i + len("184499.7万美元"))
    assert text[s:e] == "１８４４９９．７万美元"


def test_spaces_next_to_cjk_are_dropped_but_kept_between_words():
    norm = normalize("2025 年 1-5 月，India Dispatch 报道 IT 外包")
    assert norm.text == "2025年1-5月,India Dispatch报道IT外包"


def test_artefacts_are_removed():
    norm = normalize("[bookmark: _GoBack]【协会动态】\n收入增长。[image: IMG_256]\n\uf06c 标题")
    assert "bookmark" not in norm.text and "image" not in norm.text and "\uf06c" not in norm.text
    assert norm.text.startswith("【协会动态】")


def _wrapped(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


WRAPPED = _wrapped(
    [
        "● 2025 年 1-5 月青岛市服务外包数据统计",
        "根据商务部服务外包统一平台公布的最新数据显示，今年",
        "1-5 月，青岛市服务外包合同签约额（包含在岸）195586.7",
        "万美元，同比增长 39.1%；接包合同执行额 100888.5 万美元，",
        "同比下降 20.4%。其中，离岸服务外包合同额 186088.5 万美",
        "元，同比增长 59.2%；执行额 84614.3 万美元，同比下降 11.5%。",
        "在岸服务外包合同额 9457 万美元，同比下降 60.13%；执行额",
        "",
        "11",
        "",
        "16233.1 万美元，同比下降 47.8%。",
        "（来源：商务部）",
    ]
)


def test_hard_wrapped_lines_join_across_numbers_units_and_page_numbers():
    layout = analyse(WRAPPED)
    texts = [layout.norm.text[p.nstart : p.nend] for p in layout.paragraphs]
    body = next(t for t in texts if t.startswith("根据"))
    assert "195586.7万美元" in body
    assert "186088.5万美元" in body
    assert "执行额16233.1万美元" in body  # the page number "11" between the lines is gone
    assert texts[-1] == "(来源:商务部)"


def test_a_number_split_by_a_line_break_quotes_the_whole_original():
    layout = analyse(WRAPPED)
    norm = layout.norm
    i = norm.text.index("186088.5万美元")
    s, e = norm.to_original(i, i + len("186088.5万美元"))
    assert WRAPPED[s:e] == "186088.5 万美\n\n元"


def test_unwrapped_paragraphs_stay_separate():
    text = "　　第一段很短。\n　　第二段也很短。\n"
    layout = analyse(text)
    assert len(layout.paragraphs) == 2


def test_running_head_after_a_page_break_is_dropped_and_nothing_else():
    page = "青川统计分析　　　　　　　　青川市统计局\n\n"
    body = "　　前三季度，全市实现地区生产总值1234.5亿元，同比增长5.6%，增速比上半年\n加快0.3个百分点。\n"
    text = page + body + "\n— 1 —\n\n" + page + body
    norm = analyse(text).norm.text
    assert norm.count("青川统计分析") == 1  # kept once, as the document's head
    assert norm.count("1234.5亿元") == 2
    assert "— 1 —" not in norm


def test_repeated_short_lines_without_page_breaks_are_kept():
    """A document repeated (or lines repeated) with no page break in between keeps every line."""
    doc = "前三季度经济运行情况\n全市实现地区生产总值1234.5亿元，\n同比增长5.6%。\n"
    norm = analyse(doc + "\n" + doc).norm.text
    assert norm.count("1234.5亿元") == 2 and norm.count("前三季度经济运行情况") == 2


def test_first_line_after_a_heading_that_holds_clauses_is_not_a_title():
    """A PDF page wrapped at 36 characters: the first line under `一、工业生产` ends mid-word
    (`…同比增长6.8%，增` / `速比1—7月提高…`); a title holds no clauses, so the lines join."""
    text = (
        "北仑统计月报\n\n"
        "　　1—8月，全区经济运行总体平稳，主要指标增速好于预期，工业和外贸支撑\n"
        "作用明显。\n"
        "  一、工业生产\n"
        "　　1—8月，全区规模以上工业增加值812.6亿元，同比增长6.8%，增\n"
        "速比1—7月提高0.4个百分点。规上工业总产值3684.2亿元，增长5.\n"
        "9%；其中，8月当月完成工业总产值471.3亿元，同比增长8.2%。分行\n"
        "业看，汽车制造业产值增长14.6%，电气机械和器材制造业增长11.3%，\n"
        "高于全区平均水平。\n"
        "  二、投资和消费\n"
        "　　全区固定资产投资保持平稳增长，其中制造业投资和基础设施投资增势\n"
        "良好，房地产开发投资降幅有所收窄，民间投资信心逐步恢复，重点项目\n"
        "建设有序推进，消费市场延续恢复态势，限额以上批发和零售业商品销售\n"
        "额稳步提升，住宿和餐饮业营业额较快增长，新型消费业态持续活跃发展。\n"
    )
    lay = analyse(text)
    texts = [lay.norm.text[p.nstart : p.nend] for p in lay.paragraphs]
    assert any("同比增长6.8%,增速比1—7月提高0.4个百分点" in t for t in texts)


def test_a_wrapped_text_with_a_table_one_cell_per_line_is_still_wrapped():
    wrapped = [
        "　　1—10月，全省规模以上工业增加值同比增长7.2%，增速比1—9月回",
        "落0.1个百分点，高于全国平均水平1.1个百分点。其中，10月份规模以上",
        "工业增加值同比增长6.5%。",
        "　　新动能加快成长。高技术制造业增加值增长12.4%，占规模以上工业的比",
        "重为14.6%，比上年同期提高0.9个百分点；装备制造业增加值增长10.",
        "3%，占规模以上工业的比重为31.2%。民间投资下降1.5%，降幅比1—9",
        "月收窄0.4个百分点；工业投资增长7.8%，占全部投资的比重为36.5%。",
    ]
    cells = ["指标名称", "计量单位", "1—10月", "比上年同期增长（%）"] + [x for k in range(12) for x in (f"指标{k}", "万吨", f"{k}.5", "3.1")]
    layout = analyse("\n".join(wrapped + [""] + cells) + "\n")
    assert layout.wrap_width is not None
    text = layout.norm.text
    assert "比重为14.6%" in text and "增长10.3%" in text


def test_a_summary_wrapped_at_one_width_beside_wider_tables_is_still_joined():
    """An annual report's summary: its text hard-wrapped at about 45 characters, its tables set
    wider in columns of spaces; the wrapped lines are joined, the rows are left alone."""
    text_lines = [
        "（一）境外业务持续放量。公司外销收入 31.42 亿元，同比增长 24.37%，占主营业务收入的",
        "81.82%，较上年提高 2.80 个百分点。分区域看，欧洲、北美、澳洲及其他地区分别实现销售收",
        "入 17.86 亿元、9.07 亿元和 4.49 亿元，同比分别增长 31.5%、15.2%和 17.9%。",
        "（二）锂电产品占比提升。锂电类产品实现销售收入 12.46 亿元，同比增长 46.83%，占主营业",
        "务收入的比重由上年的 26.54%提升至 32.44%，产品结构继续向高附加值的锂电工具方向优化。",
        "（三）研发投入持续加大。报告期内公司研发投入 1.86 亿元，同比增长 12.7%，占营业收入的",
        "4.81%，新增授权专利 86 项，其中发明专利 14 项，主持或参与制定行业标准 3 项，研发能力",
        "不断增强。公司全年新开发客户 32 家，新产品销售收入占比达到 28.6%。",
    ]
    head = "                      2024 年             2023 年       本年比上年增减(%)        2022 年"
    # rows of several widths (figures of several lengths), and the short lines of a filing
    table = [head] + [
        f"指标{i}        {'3,865,207,441.63' if i % 3 else '41.63'}    {'3,218,649,075.12' if i % 2 else '9.1'}"
        f"          {'20.09' if i % 4 else '-1.2'}     {'3,402,118,556.80' if i % 5 else '0.8'}"
        for i in range(24)
    ]
    short = ["第一节 重要提示", "□适用 √不适用", "单位：元  币种：人民币", "第二节 公司基本情况", "1、公司简介"] * 3
    layout = analyse("\n".join(["青州恒拓机电股份有限公司", "2024 年年度报告摘要", *short, *table, "", *text_lines]) + "\n")
    norm = layout.norm.text
    assert "销售收入17.86亿元" in norm  # the word the wrap cut is whole again
    assert "指标0" in norm and "3,865,207,441.63" in norm


def test_a_label_and_its_figure_lines_are_one_paragraph_but_sentences_are_not():
    layout = analyse("货物进出口总额\n1386.2亿元\n增长5.4%\n\n全市外贸保持增长。\n2025年工作安排如下。\n")
    texts = [layout.norm.text[p.nstart : p.nend] for p in layout.paragraphs]
    assert texts[0].replace("\n", "") == "货物进出口总额1386.2亿元,增长5.4%"  # (its figure lines read as clauses)
    assert len(texts) == 3  # the two sentences stay their own paragraphs


def test_lines_wrapped_by_character_count_join_though_their_figures_are_narrow():
    # a report wrapped at 26 characters: lines of text fill the width, lines of figures look
    # short by display width (half-width digits) yet end mid-clause and go on below
    text = (
        "过去一年，面对外部环境深刻变化和国际市场需求波动，我们\n"
        "坚定扛起勇立潮头、敢为人先的使命担当，全市经济运行稳中\n"
        "有进，开放型经济逆势上扬，市场主体活力不断增强，营商环\n"
        "境持续优化，对外开放的广度和深度进一步拓展，开放平台能\n"
        "级稳步提升，国际贸易综合改革试点取得新的突破，这里重点\n"
        "报告开放发展方面的情况。\n\n"
        "　　（三）开放型经济量质齐升。全年外贸进出口总额\n"
        "6418.3亿元，增长16.9%，其中出口5632.7\n"
        "亿元，增长15.1%；进口785.6亿元，增长\n"
        "31.2%，进口规模再创历史新高。市场采购贸易出口\n"
        "4105.9亿元，增长13.8%，占全市出口的\n"
        "72.9%。对共建“一带一路”国家进出口3876.4亿\n"
        "元，增长19.6%，占比60.4%，对欧盟进出口基本持平。\n"
    )
    layout = analyse(text)
    paragraph = next(p for p in layout.paragraphs if "785.6" in layout.original[p.start : p.end])
    body = layout.original[paragraph.start : paragraph.end]
    assert "31.2%" in body and "72.9%" in body and "6418.3" in body


def test_a_short_release_wrapped_between_narrow_tables_is_joined_and_its_rows_kept():
    """A few hard-wrapped paragraphs in a release that is mostly two tables of narrow rows: the
    rows set no wrap width, the paragraphs' lines still join (`下跌` / `4.2%` is one change)."""
    prose = [
        "　　2024 年貨物出口總值為 142.36 億澳門元，較 2023 年上升 10.2%；其",
        "中再出口為 126.05 億元，上升 12.9%，本地產品出口為 16.31 億元，下跌",
        "4.2%。貨物進口總值為 1,402.18 億元，按年上升 21.3%。全年貨物貿易逆差",
        "為 1,259.82 億元，擴大 231.40 億元。對外商品貿易總值為 1,544.54 億元，",
        "上升 20.1%。",
        "",
        "　　按貨物類別統計，鐘錶出口值為 28.15 億元，上升 18.5%；首飾出口值",
        "為 10.62 億元，下跌 4.1%；成衣出口值為 3.11 億元，上升 3.0%。本地產",
        "品出口中，成衣所佔比重為 19.1%。",
        "",
        "　　按原產地統計，自中國內地進口的貨物總值為 452.30 億元，上升 16.4%，",
        "佔貨物進口總值的 32.3%；自歐盟進口的貨物總值為 361.05 億元，上升",
        "28.2%，比重為 25.7%，較 2023 年上升 1.1 個百分點；自日本進口的貨物總",
        "值為 76.20 億元，上升 12.6%。主要貨物類別的進口情況詳見表二。",
    ]
    rows = [f"貨物類別{i % 10}   {1000 + 37 * i:,}.{i % 10}   {1200 + 41 * i:,}.{i % 10}   {i % 7 + 0.5}   {i % 9 + 1.5}" for i in range(30)]
    layout = analyse("\n".join(["對外商品貿易統計", "2024 年", "", *prose, "", "表一　按主要貨物類別統計", "單位：百萬澳門元", *rows]) + "\n")
    norm = layout.norm.text
    assert "下跌4.2%" in norm and "上升28.2%" in norm
    assert "货物类别3 1,111.3 1,323.3 3.5 4.5\n" in norm  # (the rows stay lines of their own)


def test_a_count_cell_on_its_own_line_before_a_figure_with_thousands_separators_is_kept():
    """`日本` / `402` / `5,318`: a bare number between a row's label and a figure whose
    thousands separator is a comma is a Word table's cell, not a stray page number."""
    cells = ["市场", "批次", "货值（万元）", "货值环比（%）", "日本", "402", "5,318", "7.4", "韩国", "261", "3,207", "-2.6"]
    layout = analyse("表1  本周出口蔬菜分市场情况\n" + "\n".join(cells) + "\n")
    kept = [layout.norm.text[p.nstart : p.nend] for p in layout.paragraphs]
    assert any("402" in t for t in kept) and any("261" in t for t in kept)
