"""Plain-text tables: every supported shape, text that must yield no table, and the offset
invariant (each cell, label, header, title and note quotes the original text).

All tables here are composed for the tests; none is copied from a real bulletin."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import tradeie
from tradeie.layout import analyse
from tradeie.tables import TextTable, find_tables


def read(text: str) -> list[TextTable]:
    """``find_tables`` plus the span invariant, checked on every table it returns."""
    tables = find_tables(analyse(text))
    for t in tables:
        check_spans(text, t)
    return tables


def check_spans(text: str, t: TextTable) -> None:
    s, e = t.span
    assert 0 <= s < e <= len(text)
    if t.title is not None:
        assert text[t.title_span[0] : t.title_span[1]] == t.title
        assert s <= t.title_span[0]
    if t.note is not None:
        assert text[t.note_span[0] : t.note_span[1]] == t.note
        assert t.note_span[1] == e
    for c in t.columns:
        if c.span is not None:
            assert text[c.span[0] : c.span[1]] == c.label
            assert s <= c.span[0] and c.span[1] <= e
    for r in t.rows:
        assert text[r.label_span[0] : r.label_span[1]] == r.label
        assert r.label == r.label.strip() and r.label
        assert len(r.cells) == len(t.columns)
        assert r.level in (0, 1)
        if r.level == 0:
            assert r.parent is None
        elif r.parent is not None:  # an indented first row has no parent
            assert t.rows[r.parent].level == 0 and t.rows[r.parent] is not r
        assert s <= r.span[0] <= r.label_span[0] and r.span[1] <= e
        for cell in r.cells:
            if cell is not None:
                assert text[cell.span[0] : cell.span[1]] == cell.text
                assert s <= cell.span[0] and cell.span[1] <= e
                assert cell.value is None or isinstance(cell.value, Decimal)


def lines(*rows: str) -> str:
    return "\n".join(rows) + "\n"


def values(t: TextTable) -> dict[str, list]:
    return {r.label: [c.value if c else None for c in r.cells[1:]] for r in t.rows}


MAIN = lines(
    "表1  2025年9月泊阳市外贸主要指标",
    "单位：亿元",
    "",
    "指标名称        本月      同比±%      累计       同比±%",
    "进出口总值      51.08     12.6        412.36     7.4",
    "  出口          36.92     15.8        287.45     10.2",
    "  进口          14.16     5.1         124.91     1.5",
    "一般贸易        38.47     14.3        309.62     9.1",
    "加工贸易        9.85      3.7         81.20      -2.6",
    "",
    "注：本表数据来源于泊阳海关，累计为1-9月数据。",
)


def test_space_aligned_table_with_title_unit_and_note():
    [t] = read(MAIN)
    assert t.title == "表1  2025年9月泊阳市外贸主要指标"
    assert t.unit == "亿元"
    assert t.note == "注：本表数据来源于泊阳海关，累计为1-9月数据。"
    assert t.span == (0, len(MAIN) - 1)
    assert [c.label for c in t.columns] == ["指标名称", "本月", "同比±%", "累计", "同比±%"]
    assert [c.role for c in t.columns] == ["label", "value", "change", "value", "change"]
    assert [c.period_hint for c in t.columns] == [None, "month", None, "cumulative", None]
    assert [c.of for c in t.columns] == [None, None, 1, None, 3]
    assert [c.basis for c in t.columns] == [None, None, "yoy", None, "yoy"]
    assert [c.unit for c in t.columns] == [None, None, "%", None, "%"]
    assert values(t)["加工贸易"] == [Decimal("9.85"), Decimal("3.7"), Decimal("81.20"), Decimal("-2.6")]
    assert [(r.label, r.level, r.parent) for r in t.rows] == [
        ("进出口总值", 0, None),
        ("出口", 1, 0),
        ("进口", 1, 0),
        ("一般贸易", 0, None),
        ("加工贸易", 0, None),
    ]
    cells = t.rows[1].cells
    assert cells[0].text == "出口" and cells[0].value is None
    assert (cells[1].text, cells[1].unit) == ("36.92", "亿元")
    assert (cells[2].text, cells[2].unit) == ("15.8", "%")


def test_tab_separated_cells_keep_empty_and_missing_cells():
    text = lines(
        "表2\t2025年1-9月主要商品进出口",
        "（单位：万美元）",
        "项目\t本月\t累计\t累计增长%",
        "机电产品\t20.5\t\t8.1",
        "高新技术产品\t11.2\t90.4\t-3.5",
        "农产品\t—\t15.6\t…",
        "纺织品\t3.3\t40.2",
    )
    [t] = read(text)
    assert t.title == "表2\t2025年1-9月主要商品进出口"
    assert t.unit == "万美元"
    assert [c.role for c in t.columns] == ["label", "value", "value", "change"]
    assert t.columns[3].period_hint == "cumulative" and t.columns[3].of == 2
    v = values(t)
    assert v["机电产品"] == [Decimal("20.5"), None, Decimal("8.1")]
    assert t.rows[0].cells[2] is None  # empty between two tabs
    assert t.rows[2].cells[1].text == "—" and t.rows[2].cells[1].value is None
    assert t.rows[2].cells[3].text == "…"
    assert t.rows[3].cells[3] is None  # trailing cell not written
    assert t.rows[0].cells[1].unit == "万美元" and t.rows[0].cells[3].unit == "%"


def test_full_width_spaces_and_digits():
    text = lines(
        "指标\u3000\u3000本月\u3000\u3000环比",
        "出口\u3000\u3000３６．９２\u3000\u3000１５．８",
        "进口\u3000１４．１６\u3000－５．１",
    )
    [t] = read(text)
    assert values(t) == {"出口": [Decimal("36.92"), Decimal("15.8")], "进口": [Decimal("14.16"), Decimal("-5.1")]}
    assert t.rows[1].cells[2].text == "－５．１"
    assert t.columns[2].role == "change" and t.columns[2].basis == "mom"


def test_unit_column_gives_each_row_its_unit():
    text = lines(
        "表3  前三季度主要经济指标",
        "指标  单位  1-9月  比上年同期增长(%)",
        "地区生产总值  亿元  1234.5  5.6",
        "工业用电量  亿千瓦时  …  6.1",
        "货物周转量  亿吨公里  567.8  4.2",
    )
    [t] = read(text)
    assert [c.role for c in t.columns] == ["label", "unit", "value", "change"]
    assert t.columns[2].label == "1-9月" and t.columns[2].period_hint == "cumulative"
    assert t.columns[3].basis == "yoy" and t.columns[3].of == 2 and t.columns[3].unit == "%"
    gdp, power, freight = t.rows
    assert (gdp.cells[2].value, gdp.cells[2].unit) == (Decimal("1234.5"), "亿元")
    assert (gdp.cells[3].unit, power.cells[2].value) == ("%", None)
    assert freight.cells[1].text == "亿吨公里" and freight.cells[2].unit == "亿吨公里"


@pytest.mark.parametrize("bar", ["|", "｜"])
def test_bar_separated_tables(bar):
    text = lines(
        f"项目 {bar} 本月 {bar} 累计 {bar} 累计增长%",
        f"出口 {bar} 36.92 {bar} 287.45 {bar} 10.2",
        f"进口 {bar} 14.16 {bar} 124.91 {bar} -",
    )
    [t] = read(text)
    assert [c.label for c in t.columns] == ["项目", "本月", "累计", "累计增长%"]
    assert values(t)["进口"] == [Decimal("14.16"), Decimal("124.91"), None]
    assert t.rows[1].cells[3].text == "-"


def test_markdown_table_with_border_and_rule_row():
    text = lines(
        "| 项目 | 本月 | 累计 | 累计增长% |",
        "|---|---|---|---|",
        "| 出口 | 36.92 | | 10.2 |",
        "|  其中：机电 | 20.5 | 150.3 | 8.8 |",
        "| 进口 | 14.16 | 124.91 | 1.5 |",
    )
    [t] = read(text)
    assert [r.label for r in t.rows] == ["出口", "机电", "进口"]
    assert t.rows[0].cells[2] is None
    assert (t.rows[1].level, t.rows[1].parent) == (1, 0)


def test_box_drawn_table():
    text = lines(
        "┌────┬────┬────┐",
        "│指标│本月│同比│",
        "├────┼────┼────┤",
        "│出口│36.9│15.8│",
        "│进口│14.2│-5.1│",
        "└────┴────┴────┘",
    )
    [t] = read(text)
    assert values(t) == {"出口": [Decimal("36.9"), Decimal("15.8")], "进口": [Decimal("14.2"), Decimal("-5.1")]}


def test_units_in_the_header():
    text = lines(
        "指标        绝对值（亿元）    增速（%）",
        "出口        36.92            15.8",
        "进口        14.16            -5.1",
    )
    [t] = read(text)
    assert t.unit is None
    assert [c.unit for c in t.columns] == [None, "亿元", "%"]
    assert [c.role for c in t.columns] == ["label", "value", "change"]
    assert t.rows[0].cells[1].unit == "亿元" and t.rows[0].cells[2].unit == "%"


@pytest.mark.parametrize("gap, indent", [(" ", ""), (" ", "        "), ("  ", "        "), ("\u3000", "")])
def test_header_without_a_label_column_label(gap, indent):
    head = gap.join(["当月", "当月增速", "累计", "累计增速"])
    text = lines(
        "表4 外贸进出口（单位：亿元）",
        indent + head,
        "出口  36.92  15.8  287.45  10.2",
        "进口  14.16  5.1  124.91  1.5",
    )
    [t] = read(text)
    assert t.title == "表4 外贸进出口（单位：亿元）" and t.unit == "亿元"
    assert [c.label for c in t.columns] == ["", "当月", "当月增速", "累计", "累计增速"]
    assert [c.period_hint for c in t.columns] == [None, "month", "month", "cumulative", "cumulative"]
    assert [c.of for c in t.columns] == [None, None, 1, None, 3]
    assert t.columns[0].span is None
    assert values(t)["出口"] == [Decimal("36.92"), Decimal("15.8"), Decimal("287.45"), Decimal("10.2")]


def test_label_split_from_numbers_by_a_single_space():
    text = lines(
        "指标名称      本月     同比±%     累计     同比±%",
        "进出口总值 51.08    12.6       412.36   7.4",
        "出口 36.92    15.8       287.45   10.2",
        "进口  14.16    5.1    124.91 1.5",
    )
    [t] = read(text)
    assert values(t)["进出口总值"] == [Decimal("51.08"), Decimal("12.6"), Decimal("412.36"), Decimal("7.4")]
    assert values(t)["进口"][-1] == Decimal("1.5")


def test_single_spaced_rows_keep_label_spaces_and_fill_a_unit_column():
    spaced = read(lines("Region      Exports    Imports", "Hong Kong 12.5 3.1", "Macao SAR 1.2 0.4"))
    assert [r.label for r in spaced[0].rows] == ["Hong Kong", "Macao SAR"]
    [t] = read(lines("指标  单位  1-9月  增长(%)", "出口 亿元 287.45 10.2", "货运量 万吨 1250 -2.1"))
    assert [c.text for c in t.rows[1].cells] == ["货运量", "万吨", "1250", "-2.1"]
    assert t.rows[1].cells[2].unit == "万吨"


def test_ragged_space_aligned_rows_fall_under_the_nearest_header():
    text = lines(
        "指标名称        本月      同比±%      累计       同比±%",
        "进出口总值      51.08     12.6        412.36     7.4",
        "边境小额贸易    0.85                  6.02",
        "加工贸易        9.85      3.7         81.20      -2.6",
        "保税物流                              12.30      8.8",
    )
    [t] = read(text)
    v = values(t)
    assert v["边境小额贸易"] == [Decimal("0.85"), None, Decimal("6.02"), None]
    assert v["保税物流"] == [None, None, Decimal("12.30"), Decimal("8.8")]


def test_qizhong_rows_and_two_row_headers():
    text = lines(
        "                本月              累计",
        "指标名称    金额    同比%     金额    同比%",
        "进出口      51.08   12.6      412.36   7.4",
        "其中：出口  36.92   15.8      287.45   10.2",
        "    进口    14.16   5.1       124.91   1.5",
        "一般贸易    38.47   14.3      309.62   9.1",
    )
    [t] = read(text)
    assert [c.group for c in t.columns] == [None, "本月", "本月", "累计", "累计"]
    assert [c.period_hint for c in t.columns] == [None, "month", "month", "cumulative", "cumulative"]
    assert [c.role for c in t.columns] == ["label", "value", "change", "value", "change"]
    assert [(r.label, r.level, r.parent) for r in t.rows] == [
        ("进出口", 0, None),
        ("出口", 1, 0),
        ("进口", 1, 0),
        ("一般贸易", 0, None),
    ]
    assert t.rows[1].cells[0].text == "其中：出口"


def test_section_label_rows_and_a_blank_line_inside_a_table():
    text = lines(
        "指标    本月    累计",
        "按贸易方式分",
        "一般贸易    38.47    309.62",
        "",
        "加工贸易    9.85    81.20",
        "",
        "以上数据为初步统计",
    )
    [t] = read(text)
    assert [r.label for r in t.rows] == ["按贸易方式分", "一般贸易", "加工贸易"]
    assert t.rows[0].cells[1:] == [None, None]
    assert t.span[1] == text.index("81.20") + 5


def test_table_ends_at_prose_and_at_a_note():
    text = lines(
        "指标    本月    累计",
        "出口    36.92    287.45",
        "进口    14.16    124.91",
        "其中，机电产品出口20.5亿元，增长8.8%。",
        "合计    51.08    412.36",
    )
    [t] = read(text)
    assert [r.label for r in t.rows] == ["出口", "进口"]
    assert t.note is None


def test_several_tables_in_one_document():
    text = MAIN + lines(
        "",
        "前三季度，全市外贸稳中有进，出口增长10.2%。",
        "",
        "表2  分国别（地区）进出口",
        "国别    本月    累计",
        "东盟    12.3    98.7",
        "欧盟    8.4     70.1",
        "美国    6.6     55.0",
    )
    first, second = read(text)
    assert first.title.startswith("表1") and second.title == "表2  分国别（地区）进出口"
    assert second.unit is None and second.note is None
    assert [r.label for r in second.rows] == ["东盟", "欧盟", "美国"]
    assert first.span[1] < second.span[0]


NEGATIVE = [
    "",
    "今年以来，全市外贸运行总体平稳，进出口总值412.36亿元，同比增长7.4%。",
    lines(
        "一是外贸规模稳中有升，出口增长10.2%；",
        "二是贸易结构持续优化，一般贸易占比75.1%；",
        "三是新兴市场拓展加快。",
    ),
    lines("泊阳商务", "第9期  总第26期  2025年9月30日", "泊阳市商务局编"),
    lines(
        "目  录",
        "一、外贸运行情况 ………………… 1",
        "二、利用外资情况 ………………… 3",
        "三、对外投资情况      5",
        "四、服务贸易情况      7",
    ),
    lines(
        "港口生产",
        "东港区：集装箱吞吐量31.5万标准箱，环比+9.8%",
        "西港区：货物吞吐量1250万吨，环比-2.1%",
        "北港区：集装箱吞吐量12.0万标准箱，环比+3.3%",
    ),
    lines("进出口    51.08    12.6", "出口    36.92    15.8", "进口    14.16    5.1"),  # no header
    lines("指标    本月    累计", "出口    36.92    287.45", "全市外贸稳中有进。"),  # one data row
    lines("指标    本月    累计", "出口    36.92", "进口    14.16"),  # one figure a row
    lines("指标    本月    累计", "出口    增长    较快", "进口    平稳    回落"),  # words, not figures
    lines("联系人    电话", "张三    12345678", "李四    87654321"),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_text_that_is_not_a_table(text):
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x01\x02\ufffd\U0010fffd" * 50,
        "指标  本月  累计\n" + "出口  1  2  3  4  5  6\n" * 3,  # more cells than columns
        "指标  本月  累计\n出口  1  2\n进口  " + "9 " * 5000 + "\n",
        "  \n\t\n\u3000\n",
        "|\n||\n|||\n| | |\n",
        "指标 | 本月\n出口 | 1 | 2 | 3\n进口 | 4\n",
        "指标  本月  累计\n" + "出口  " + "1" * 100_000 + "  2\n进口  3  4\n",
    ],
)
def test_never_raises_on_hostile_text(text):
    read(text)


LARGE = [
    MAIN + lines("", "全市外贸运行总体平稳，出口增长10.2%。", "") + "出口  " + "1 " * 150 + "\n",
    "甲  单位  2024\n",  # reads both as a header and as a row under itself
    "按贸易 方式分\n出口  1\n",  # section line and a one-figure row, over and over
    "出口  2024  2025\n",
]


@pytest.mark.parametrize("block", LARGE)
def test_linear_time_on_a_large_document(block):
    def timed(n: int) -> float:
        layout = analyse(block * n)
        t0 = time.perf_counter()
        find_tables(layout)
        return time.perf_counter() - t0

    small, large = timed(100), timed(2000)
    assert large < 60 * small + 0.5  # 20x the text: far below quadratic growth


@pytest.mark.parametrize(
    "header, role, period, basis, unit",
    [
        ("本月", "value", "month", None, None),
        ("当月", "value", "month", None, None),
        ("9月", "value", "month", None, None),
        ("2025年9月", "value", "month", None, None),
        ("累计", "value", "cumulative", None, None),
        ("本年累计", "value", "cumulative", None, None),
        ("1-9月", "value", "cumulative", None, None),
        ("1—9月", "value", "cumulative", None, None),
        ("前9个月", "value", "cumulative", None, None),
        ("上年同期", "value", None, None, None),
        ("绝对值（亿元）", "value", None, None, "亿元"),
        ("累计(1-9月)", "value", "cumulative", None, None),
        ("同比±%", "change", None, "yoy", "%"),
        ("比上年同期增长(%)", "change", None, "yoy", "%"),
        ("比去年同期", "change", None, "yoy", None),
        ("累计增长%", "change", "cumulative", "yoy", "%"),
        ("当月增速", "change", "month", "yoy", None),
        ("环比", "change", None, "mom", None),
        ("比上月增长", "change", None, "mom", None),
        ("年增率", "change", None, "yoy", None),  # (Taiwan's statistics)
        ("月增率", "change", None, "mom", None),
        ("较上年同月增减", "change", None, "yoy", None),
        ("占比(%)", "other", None, None, "%"),
        ("单位", "unit", None, None, None),
    ],
)
def test_header_words_give_role_period_basis_and_unit(header, role, period, basis, unit):
    [t] = read(lines(f"指标    本年    {header}", "出口    36.92    15.8", "进口    14.16    5.1"))
    col = t.columns[2]
    assert (col.label, col.role, col.period_hint, col.basis, col.unit) == (header, role, period, basis, unit)
    assert col.of == (1 if role == "change" else None)


def test_unit_line_with_a_rate_unit_and_a_source_note():
    text = lines(
        "2025年9月外贸主要指标",
        "单位：亿元，%",
        "指标    本月    同比",
        "出口    36.92    15.8",
        "进口    14.16    5.1",
        "资料来源：泊阳海关",
    )
    [t] = read(text)
    assert t.title == "2025年9月外贸主要指标" and t.unit == "亿元,%"
    assert t.note == "资料来源：泊阳海关" and t.span == (0, len(text) - 1)
    assert [c.unit for c in t.rows[0].cells] == [None, "亿元", "%"]


PIECES = st.sampled_from(
    [
        "指标", "本月", "累计", "同比±%", "1-9月", "单位：亿元", "表1 ", "注：", "其中：", "出口", "进口",
        "51.08", "-2.6", "３６．９２", "—", "…", "-", "12", "%", "，", "。", " ", "  ", "    ", "\t", "\u3000",
        "|", "｜", "│", "┌──┐", "\n", "\n\n", "\r\n", "(", "（亿元）", "**", "\uf06c", "\x00", "\u200b", "a",
    ]
)
TEXT = st.lists(PIECES, max_size=80).map("".join) | st.text(max_size=300)


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_never_raises_and_every_span_quotes_the_original(text):
    read(text)


# Table-shaped text with random separators, cells and ragged rows, so that the property above
# also runs over tables that are found.
SEP = st.sampled_from(["  ", "    ", "\t", "\u3000", " | ", "｜", " ", "\t\t"])
HEAD = st.lists(st.sampled_from(["本月", "累计", "同比±%", "1-9月", "单位", "绝对值（亿元）", "环比", "比重"]), min_size=1, max_size=5)
CELLS = st.lists(st.sampled_from(["51.08", "-2.6", "３６．９２", "—", "…", "", "12.6%", "1,234.5", "亿元", "x"]), max_size=6)
LABEL = st.sampled_from(["出口", "  进口", "其中：机电", "一般贸易", "加工 贸易", "Hong Kong", "\u3000合计"])
ROW = st.tuples(LABEL, CELLS, SEP).map(lambda r: r[2].join([r[0], *r[1]]))
TABLE = st.tuples(
    st.sampled_from(["", "表1  主要指标\n", "单位：亿元\n", "全市外贸平稳。\n"]),
    HEAD,
    SEP,
    st.lists(ROW, max_size=6),
    st.sampled_from(["", "\n注：数据为初步统计。", "\n\n说明文字，不是表格。"]),
).map(lambda t: t[0] + t[2].join(["指标", *t[1]]) + "\n" + "\n".join(t[3]) + t[4])


@SETTINGS
@given(TABLE)
# a header name continued on the next line (`进口` over `出口`): no one slice holds it
@example("指标  本月\n  进口  亿元\n出口  亿元\n出口  51.08  51.08\n出口  51.08  51.08")
def test_table_shaped_text_keeps_the_span_invariant(text):
    for t in read(text):
        assert t.rows and len(t.columns) >= 2


def test_table_shaped_text_is_read():
    text = lines("表1  主要指标", "指标  本月  同比±%", "出口  51.08  -2.6", "  进口  ３６．９２  12.6%")
    [t] = read(text)
    assert t.rows[1].cells[2].unit == "%" and t.rows[1].level == 1


# Tables as PDF exports leave them: column names one (or a few) per line, then rows on one line
# or every cell on its own line.
STACK_NAME = st.sampled_from(["指标", "出口额", "比上年增长", "（%）", "本期", "同比±", "单位", "6月", "1—6月", "同比增长（%）", "区  域", "软件业务", "收入"])
STACK_CELL = st.sampled_from(["312.5", "-6.5", "１２．６", "—", "亿元", "%", "17.2%"])
STACKED = st.builds(
    lambda title, names, rows, vertical: "\n".join(
        [title, *names]
        + [("\n".join([label, *cells]) if vertical else " ".join([label, *cells])) for label, cells in rows]
    ),
    st.sampled_from(["", "表8　主要国家和地区进出口额", "单位：亿元"]),
    st.lists(STACK_NAME, min_size=1, max_size=8),
    st.lists(st.tuples(st.sampled_from(["俄罗斯", "全  市", "其中：离岸执行额", "巴西"]), st.lists(STACK_CELL, min_size=1, max_size=4)), max_size=4),
    st.booleans(),
)


@SETTINGS
@given(STACKED)
def test_stacked_tables_keep_the_span_invariant(text):
    for t in read(text):
        assert t.rows and len(t.columns) >= 2


def test_a_stacked_header_over_single_spaced_rows_is_read():
    text = lines("表8　2024年对主要国家和地区货物进出口额", "单位：亿元", "国家和地区", "出口额", "比上年增长", "（%）",
                 "俄罗斯 312.5 17.2", "巴西 18.2 -6.4")
    [t] = read(text)
    assert [c.role for c in t.columns] == ["label", "value", "change"]
    assert t.rows[1].cells[2].value == Decimal("-6.4") and t.rows[1].cells[1].unit == "亿元"


def test_stacked_names_split_mid_word_are_joined():
    text = lines("表 1  2025 年 1—9 月各区软件业务收入情况", "区域", "软件业务收", "入（亿元）", "同比增长", "（%）", "占全市比", "重（%）",
                 "东湖高新区", "1598.7", "14.8", "64.3", "洪山区", "186.4", "11.2", "7.5")
    [t] = read(text)
    assert [c.role for c in t.columns] == ["label", "value", "change", "other"]
    assert t.rows[0].cells[1].unit == "亿元" and t.rows[1].cells[2].value == Decimal("11.2")


def test_cells_written_with_their_units_are_figures_and_size_classes_are_labels():
    (t,) = read(
        "2026 年一季度各市利用外资情况\n\n"
        "地区　　新设外资企业　　实际使用外资　　同比增长\n\n"
        "全省　　286 家　　13.78 亿美元　　-3.1%\n\n"
        "云岭市　　118 家　　5.86 亿美元　　-1.8%\n"
    )
    row = t.rows[1]
    assert row.label == "云岭市"
    assert [(c.value, c.unit) for c in row.cells[1:]] == [
        (Decimal("118"), "家"), (Decimal("5.86"), "亿美元"), (Decimal("-1.8"), "%"),
    ]
    (sized,) = read(
        "规模分组            企业数(家)   软件业务收入(亿元)\n"
        "10亿元以上                21            986.37\n"
        "1000万元以下             774             65.83\n"
    )
    assert [r.label for r in sized.rows] == ["10亿元以上", "1000万元以下"]


def test_a_cell_per_line_with_its_unit_is_a_figure():
    # PDF text of a table whose rows came apart: every cell on its own line, values with their unit
    text = lines("表 2　前三季度各市进出口情况", "地区", "进出口额", "同比（%）", "出口额", "同比（%）",
                 "全省", "412.35 亿元", "5.2", "268.10 亿元", "-1.4",
                 "陇川市", "186.72 亿元", "7.9", "121.05 亿元", "3.3")
    [t] = read(text)
    assert [c.role for c in t.columns] == ["label", "value", "change", "value", "change"]
    assert [(c.value, c.unit) for c in t.rows[1].cells[1:]] == [
        (Decimal("186.72"), "亿元"), (Decimal("7.9"), "%"), (Decimal("121.05"), "亿元"), (Decimal("3.3"), "%"),
    ]


def test_a_column_naming_who_leads_each_row_is_no_figure_and_the_total_may_stand_in_the_number_column():
    text = lines("序号\t政策条款\t牵头科室\t申报企业（家次）\t已兑现金额\t备注",
                 "1\t出口信用保险保费补助\t外经贸科\t412\t1862.4万元\t免申即享",
                 "2\t进口贴息\t外经贸科\t58\t905.3万元\t分两批兑现",
                 "合计\t—\t—\t470\t2767.7万元\t")
    [t] = read(text)
    assert [c.role for c in t.columns] == ["label", "other", "value", "value", "other"]
    assert [r.label for r in t.rows] == ["出口信用保险保费补助", "进口贴息", "合计"]
    assert t.rows[2].cells[2].value == Decimal("470") and t.rows[2].cells[3].unit == "万元"


def test_a_tab_row_closing_on_a_remark_written_as_a_clause_is_still_a_row():
    text = lines("序号\t项目名称\t投资方（国别/地区）\t总投资\t1—9月完成投资\t进展情况",
                 "1\t青禾电驱动系统项目\t博格精密（德国）\t4.8亿美元\t7.14亿元\t主体厂房已封顶，设备进场安装",
                 "2\t云帆新材料项目\t大和化学（日本）\t3.65亿美元\t5.83亿元\t一期已投产，二期土建施工")
    [t] = read(text)
    assert [c.role for c in t.columns] == ["label", "other", "value", "value", "other"]
    assert [r.label for r in t.rows] == ["青禾电驱动系统项目", "云帆新材料项目"]
    assert t.rows[1].cells[2].value == Decimal("3.65") and t.rows[1].cells[2].unit == "亿美元"


def test_a_listed_firms_table_with_names_wrapped_over_three_lines_and_this_years_change():
    ex = tradeie.extract(
        "青州恒拓机电股份有限公司\n2024 年年度报告摘要\n\n3.1 近 3 年的主要会计数据和财务指标\n"
        "                                                              单位：元  币种：人民币\n"
        "                      2024 年             2023 年       本年比上年增减(%)        2022 年\n"
        "营业收入        3,865,207,441.63    3,218,649,075.12          20.09     3,402,118,556.80\n"
        "归属于上市公司股\n东的扣除非经常性\n损益的净利润      311,508,226.14      248,103,775.39          25.56       289,664,102.58\n"
        "经营活动产生的现\n金流量净额        452,318,907.45      389,006,214.72          16.28       276,530,998.13\n"
    )
    by = {m.value.text: m for m in ex.metrics if m.value is not None}
    net = by["311,508,226.14"]
    assert net.indicator == "归属于上市公司股东的扣除非经常性损益的净利润"
    assert net.change is not None and net.change.percent == Decimal("25.56")
    assert (net.period.start, net.period.end) == ("2024-01-01", "2024-12-31")
    assert by["248,103,775.39"].change is None  # the change is the latest year's
    assert by["452,318,907.45"].indicator == "经营活动产生的现金流量净额"


def test_a_ranking_of_districts_and_counties_under_grouped_measures():
    ex = tradeie.extract(
        "青州统计月报\n\n二、各区县主要经济指标及排位\n\n              2024年1-11月各区县主要经济指标及排位\n\n"
        "            规上工业增加值        固定资产投资           社会消费品零售总额\n"
        " 区  县    ────────────   ────────────   ─────────────────────\n"
        "             增速(%)  位次     增速(%)  位次      总额(亿元)  增速(%)  位次\n"
        " 全  市       9.6       —         6.3       —       1248.37      5.6       —\n"
        " 翠湖区       8.2       7         4.1       8        554.79      5.2       8\n"
        " 北溪区      12.4       2         7.9       3        168.34      6.4       3\n"
        " 高  县       7.1       8         9.3       1         72.16      6.6       2\n"
    )
    by = {m.value.text: m for m in ex.metrics if m.value is not None}
    lake = by["554.79"]
    assert lake.indicator == "社会消费品零售总额" and lake.subject == "翠湖区"
    assert lake.change.percent == Decimal("5.2") and lake.value.normalized == Decimal("55479000000")
    assert by["72.16"].subject == "高县"  # a county with a one-character name, spaced out
    rates = {(m.subject, m.indicator): m for m in ex.metrics if m.value is None and m.change is not None}
    assert rates[("北溪区", "规上工业增加值")].change.percent == Decimal("12.4")


def test_a_tables_unit_closing_its_title_in_brackets_traditional_characters_too():
    ex = tradeie.extract(
        "香港特別行政區政府統計處\n\n表一：商品貿易（百萬港元）\n\n"
        "期間\t整體出口\t按年變動(%)\t進口\t按年變動(%)\n"
        "2025年5月\t428,600\t+13.0\t461,500\t+11.4\n"
        "2025年首五個月\t1,979,846\t+11.8\t2,138,046\t+10.6\n"
    )
    by = {m.value.text: m for m in ex.metrics if m.value is not None}
    total = by["1,979,846"]
    assert total.value.normalized == Decimal("1979846000000") and total.value.base_unit == "HKD"
    assert total.change.percent == Decimal("11.8")


def test_a_table_of_kinds_of_goods_under_a_title_naming_the_flow():
    ex = tradeie.extract(
        "青川省能源局\n\n二、主要能源品种进口情况\n                表1  2025年1—8月全省主要能源品种进口情况\n\n"
        "品种\t单位\t8月\t同比(%)\t1—8月\t同比(%)\n"
        "原油\t万吨\t842.6\t6.8\t6486.3\t4.7\n"
        "液化天然气\t万吨\t163.4\t12.5\t1236.8\t9.2\n"
    )
    crude = next(m for m in ex.metrics if m.value is not None and m.value.text == "6486.3")
    assert "进口" in crude.indicator and crude.dimensions.get("product") == "原油"
    assert crude.value.normalized == Decimal("64863000") and crude.change.percent == Decimal("4.7")


def test_a_balance_of_payments_table_names_each_side_of_an_items_account():
    ex = tradeie.extract(
        "国家外汇管理局青川省分局\n\n2025年4月青川省服务贸易收支情况\n\n单位：亿元人民币\n\n"
        "项目\t贷方\t借方\t差额\n服务\t2376\t3142\t-766\n　运输\t612\t893\t-281\n　旅行\t134\t1059\t-925\n"
    )
    by = {m.value.text: m for m in ex.metrics if m.value is not None}
    assert "贷方" in by["612"].indicator and "运输" in by["612"].indicator
    assert "借方" in by["1059"].indicator and "旅行" in by["1059"].indicator
    assert by["1059"].value.normalized == Decimal("105900000000")


def test_a_table_of_figures_with_the_years_target_and_the_share_of_it_done():
    ex = tradeie.extract(
        "青溪经济开发区党政办公室\n\n【主要经济指标完成情况】（2024年1—8月）\n"
        "指标名称\t单位\t1—8月\t同比增长(%)\t全年目标\t完成进度(%)\n"
        "规上工业总产值\t亿元\t1162.5\t9.4\t1800\t64.6\n"
        "固定资产投资\t亿元\t218.3\t-3.2\t340\t64.2\n"
    )
    by = {m.value.text: m for m in ex.metrics if m.value is not None}
    done = by["1162.5"]
    assert done.share is not None and done.share.percent == Decimal("64.6")  # the share of the target done
    target = by["1800"]
    assert target.indicator.endswith("目标") and target.share is None
    assert (target.period.start, target.period.end) == ("2024-01-01", "2024-12-31")


def test_a_surveys_table_of_shares_of_firms_each_its_own_measure():
    ex = tradeie.extract(
        "青州外商投资企业商会\n\n2025年青州外资企业营商信心调查报告\n\n表1  不同来源地受访企业主要指标\n"
        "                                                            单位：家，%\n"
        "来源地          样本数    收入增长占比    盈利企业占比    计划扩大投资占比\n"
        "欧洲            172       43.6            73.8            25.0\n"
        "日韩            149       42.3            68.5            24.8\n"
        "北美            68        57.4            72.1            33.8\n"
    )
    shares = {(m.dimensions.get("market"), m.share.percent): m for m in ex.metrics if m.share is not None}
    grow = shares[("欧洲", Decimal("43.6"))]
    assert grow.value is None and "收入增长" in grow.indicator  # no share of the sample's count
    assert "扩大投资" in shares[("北美", Decimal("33.8"))].indicator
    count = next(m for m in ex.metrics if m.value is not None and m.value.text == "172")
    assert count.share is None


def test_a_share_column_after_a_totals_parts_is_the_totals():
    ex = tradeie.extract(
        "青川海关\n\n表1  2024年全省综合保税区进出口情况\n单位：亿元，%\n"
        "序号\t综合保税区\t进出口\t同比\t出口\t进口\t占全省综保区比重\n"
        "1\t青川经济技术开发区综合保税区\t468.2\t10.4\t281.6\t186.6\t36.4\n"
        "2\t青川综合保税区\t325.7\t15.3\t190.3\t135.4\t25.3\n"
    )
    by = {m.value.text: m for m in ex.metrics if m.value is not None}
    assert by["468.2"].share is not None and by["468.2"].share.percent == Decimal("36.4")
    assert by["186.6"].share is None  # 进口 is a part of the total the share is of


def test_a_monthly_indicator_table_with_a_rate_row_and_a_note_citing_last_year():
    ex = tradeie.extract(
        "青川市统计局\n\n10月份全市主要经济指标\n\n发布时间：2025-11-17 09:30    来源：综合统计科\n\n"
        "指标                              单位        本月        累计       同比±%\n"
        "  规模以上工业总产值              亿元      398.21     3865.40        5.2\n"
        "  规模以上工业增加值增速          %            6.8         6.1         —\n"
        "  社会消费品零售总额              亿元      175.62     1688.05        6.9\n\n"
        "注：1.\"同比±%\"为累计数比上年同期增减百分比；存贷款余额为月末数，同比为比上年同月末增减。\n"
    )
    by_text = {m.value.text: m for m in ex.metrics if m.value is not None}
    month, ytd = by_text["398.21"], by_text["3865.40"]
    assert (month.period.start, month.period.end) == ("2025-10-01", "2025-10-31")  # 本月: the headline's month
    assert (ytd.period.start, ytd.period.end) == ("2025-01-01", "2025-10-31")  # 累计: the year to it, not 上年
    rates = [m for m in ex.metrics if "增加值增速" in m.indicator]
    assert sorted(m.change.percent for m in rates) == [Decimal("6.1"), Decimal("6.8")]  # growth rates, not shares
    assert all(m.share is None and m.value is None for m in rates)


def test_a_customs_commodity_table_with_two_header_rows_and_a_unit_column():
    header = (
        "商品名称          计量单位        6月                    1至6月                  累计比去年同期±%\n"
        "                                数量           金额       数量            金额    数量    金额\n"
        "--------------------------------------------------------------------------------------------\n"
    )
    ex = tradeie.extract(
        "（12）2025年6月全国出口、进口重点商品量值表（人民币值）\n\n发布时间：2025-07-14　　信息来源：海关总署统计分析司\n\n"
        "                                                                      单位：万元\n\n一、出口\n\n" + header
        + "钢材              万吨         982.5    3,741,257.4    5,814.7    21,734,418.9     9.2    -2.8\n"
        "稀土              吨           4,812       38,257.6     28,437       217,562.4     8.3   -11.7\n"
        "--------------------------------------------------------------------------------------------\n\n"
        "二、进口\n\n" + header
        + "大豆              万吨       1,168.2    3,982,416.5    4,986.4    17,226,847.3    -4.3   -15.8\n"
        "原油              万吨       4,937.2   19,872,046.3   27,518.6   113,615,392.8    -1.6    -9.2\n"
    )
    by = {m.value.text: m for m in ex.metrics if m.value is not None}
    june_tons, june_amount = by["982.5"], by["3,741,257.4"]
    assert (june_tons.value.base_unit, june_tons.value.normalized) == ("吨", Decimal("9825000"))
    assert (june_tons.period.start, june_tons.period.end) == ("2025-06-01", "2025-06-30")
    assert june_amount.value.base_unit == "CNY" and june_amount.value.normalized == Decimal("37412574000")
    ytd = by["21,734,418.9"]
    assert (ytd.period.start, ytd.period.end) == ("2025-01-01", "2025-06-30")
    assert ytd.change is not None and ytd.change.percent == Decimal("-2.8")  # the 金额 rate, not the 数量 one
    assert by["5,814.7"].change.percent == Decimal("9.2")
    assert by["4,937.2"].dimensions.get("product") == "原油"
    assert by["19,872,046.3"].value.base_unit == "CNY"  # the import table under the same header: the same 万元


def test_a_sectors_index_table_names_each_column_as_that_sectors_index():
    ex = tradeie.extract(
        "2025年8月中国采购经理指数运行情况\n\n发布时间：2025-08-31 09:30　　来源：国家统计局服务业调查中心\n\n"
        "表2 中国非制造业主要分类指数（经季节调整）\n单位：%\n"
        "　　　　　　商务活动　新订单　投入品价格　销售价格　从业人员　业务活动预期\n"
        "2025年6月　50.5　　　46.3　　49.2　　　　48.0　　　45.2　　　56.0\n"
        "2025年7月　50.1　　　45.7　　49.6　　　　48.3　　　45.4　　　55.8\n"
        "2025年8月　50.4　　　46.6　　50.2　　　　48.6　　　45.3　　　56.4\n"
    )
    june = [m for m in ex.metrics if m.period is not None and m.period.start == "2025-06-01"]
    names = {m.indicator for m in june}
    assert "非制造业商务活动指数" in names and "非制造业新订单指数" in names


def test_a_unit_line_listing_a_counter_gives_it_to_the_column_counting_firms():
    """`单位：亿元、%、家` over `加工贸易进出口  同比增长  占本地外贸比重  实绩企业数`: the firms are
    counted in 家, not in 亿元, though the line lists fewer units than there are columns; and a
    title naming last year as a whole (`（上年度）`) dates the table."""
    text = (
        "附件\n\n                     重点承接地主要指标（上年度）\n"
        "                                              单位：亿元、%、家\n"
        "序号  承接地        加工贸易进出口   同比增长   占本地外贸比重   实绩企业数\n"
        " 1    南岭高新区          1862.4       -4.3        88.6          112\n"
        " 2    北岭双流区           412.7        9.8        71.2           46\n"
        " 3    东岭市                96.5       21.4        38.7           58\n"
    )
    tables = find_tables(analyse(text))
    assert tables
    assert [r.cells[-1].unit for r in tables[0].rows] == ["家", "家", "家"]
    assert tables[0].rows[0].cells[1].unit == "亿元"
    ex = tradeie.extract("南岭省商务厅\n\n关于重点承接地发展情况的通报\n\n　　去年，重点承接地加工贸易稳中有进。\n\n" + text
                         + "\n南岭省商务厅\n二〇二四年三月二十二日\n")
    trade = next(m for m in ex.metrics if m.value is not None and m.value.text == "1862.4")
    assert (trade.period.start, trade.period.end) == ("2023-01-01", "2023-12-31")


def test_a_documents_unit_legend_and_a_counter_named_column_give_cells_their_units():
    """`计量单位：重量  吨；货值  万元人民币` over a table whose columns name only the measures
    (`批次  重量  同比%  货值  同比%`): each column takes the legend's unit; `批次` counts 批次."""
    text = (
        "发布单位：南岭海关综合业务科\n计量单位：重量  吨；货值  万元人民币\n\n表1  主要出口农产品（1—5月累计）\n"
        "------------------------------------------------------------------\n"
        "序号  商品名称              批次        重量    同比%          货值    同比%\n"
        "------------------------------------------------------------------\n"
        " 1    鲜或冷藏大蒜         3,862   182,456.3      6.4     136,842.2    -12.7\n"
        " 2    脱水蒜片及蒜粉         704    14,208.6     -3.1      30,617.5      4.9\n"
        " 3    黑蒜                   215     1,986.4     27.8       6,452.9     35.6\n"
    )
    table = find_tables(analyse(text))[0]
    first = table.rows[0].cells
    assert [c.unit for c in first[1:]] == ["批次", "吨", "%", "万元人民币", "%"]
    ex = tradeie.extract(text)
    garlic = next(m for m in ex.metrics if m.value is not None and m.value.text == "136,842.2")
    assert garlic.value.normalized == Decimal("1368422000")


def test_a_bordered_tables_section_rows_and_the_parts_they_break_the_whole_into():
    """`| 一、银行结售汇 |   |   |` is a section row however wide its borders run, and under
    `| 按贸易方式分： |` the parts are of the table's whole (`进出口总值`), not of `  进口` above."""
    text = (
        "表1  南岭省银行结售汇情况\n                                                  单位：亿美元、%\n"
        "+------------------------+--------------+--------+\n"
        "| 项  目                 | 2025年四季度 |  同比  |\n"
        "+------------------------+--------------+--------+\n"
        "| 一、银行结售汇         |              |        |\n"
        "|     结汇               |      48.62   |  12.4  |\n"
        "|     售汇               |      41.07   |   6.1  |\n"
        "+------------------------+--------------+--------+\n\n"
        "表2　全区对外贸易主要指标（2025年5月）\n　　　　　　　　　　　　　　　　　　单位：亿元\n"
        "| 指　标             | 本月   | 同比±% |\n|--------------------|--------|--------|\n"
        "| 进出口总值         | 612.35 | 8.7    |\n|   出口             | 345.62 | 11.3   |\n"
        "|   进口             | 266.73 | 5.5    |\n| 按贸易方式分：     |        |        |\n"
        "|   一般贸易         | 214.58 | 6.2    |\n|   加工贸易         | 143.85 | -2.7   |\n"
    )
    tables = find_tables(analyse(text))
    assert [len(t.rows) for t in tables] == [3, 6]
    ex = tradeie.extract(text)
    general = next(m for m in ex.metrics if m.value is not None and m.value.text == "214.58")
    assert general.indicator.startswith("进出口") and "一般贸易" in general.dimensions.values()


def test_a_bordered_row_whose_label_brackets_its_date_and_counter_is_a_row_of_levels_at_the_end():
    """`| EF账户数（期末，个） |  —  |  4126 |`: the comma in the bracket makes no sentence; the
    row counts in 个, not the table's 亿元, and holds a level at the period's end."""
    text = (
        "表2  南岭省跨境人民币业务情况\n                                                  单位：亿元、%\n"
        "+------------------------+--------------+--------+--------------+--------+\n"
        "| 项  目                 | 2025年四季度 |  同比  |  2025年全年  |  同比  |\n"
        "+------------------------+--------------+--------+--------------+--------+\n"
        "| 跨境人民币收付金额     |     612.40   |  21.3  |    2287.90   |  18.6  |\n"
        "| EF账户收支金额         |     503.80   |  34.5  |    1865.20   |  29.7  |\n"
        "| EF账户数（期末，个）   |         —    |    —   |       4126   |  37.6  |\n"
        "+------------------------+--------------+--------+--------------+--------+\n"
    )
    table = find_tables(analyse(text))[0]
    assert table.rows[-1].cells[3].unit == "个"
    accounts = next(m for m in tradeie.extract(text).metrics if m.value is not None and m.value.text == "4126")
    assert accounts.value.base_unit == "个" and accounts.period.start is None and accounts.period.end == "2025-12-31"


def test_a_unit_line_with_one_unit_per_amount_column_gives_them_in_order():
    """`单位：万吨，亿元，%` over `商品名称  进口量  同比  进口值  同比`: as many units as amount
    columns, so the first takes 万吨 and the second 亿元 (not 万吨 for both); the rates take %."""
    text = (
        "　　表1　2024年1—8月南岭省能源产品进口主要情况\n"
        "　　单位：万吨，亿元，%\n\n"
        "    商品名称              进口量      同比      进口值      同比\n"
        "    能源产品合计          9120.4       5.2      3316.8       2.7\n"
        "    原油                  6054.1       6.9      2702.5       1.8\n"
        "    煤及褐煤              2211.7      -3.4       180.6     -17.2\n"
    )
    table = find_tables(analyse(text))[0]
    assert [c.unit for c in table.rows[0].cells[1:]] == ["万吨", "%", "亿元", "%"]
    ex = tradeie.extract(text)
    crude = next(m for m in ex.metrics if m.value is not None and m.value.text == "2702.5")
    assert (crude.value.normalized, crude.value.base_unit) == (Decimal("270250000000"), "CNY")


def test_a_column_of_changes_against_an_earlier_stage_in_points_gives_points_on_their_own_basis():
    """`同比增长（%）  比上半年增减（百分点）`: the second column changes the growth rate in points,
    against the half-year, not a year-on-year rate in per cent."""
    text = (
        "南岭市统计局\n2024年10月25日\n\n表1　前三季度全市主要经济指标\n"
        "指标\t单位\t前三季度\t同比增长（%）\t比上半年增减（百分点）\n"
        "规模以上工业增加值\t%\t—\t4.6\t0.8\n"
        "固定资产投资\t%\t—\t-3.2\t-1.1\n"
        "社会消费品零售总额\t亿元\t826.34\t4.3\t-0.5\n"
    )
    ex = tradeie.extract(text)
    stage = [m.change for m in ex.metrics if m.change is not None and m.change.basis == "other"]
    assert [(c.text, c.points, c.percent) for c in stage] == [
        ("0.8", Decimal("0.8"), None), ("-1.1", Decimal("-1.1"), None), ("-0.5", Decimal("-0.5"), None)]
    retail = next(m for m in ex.metrics if m.value is not None and m.value.text == "826.34")
    assert (retail.change.percent, retail.change.basis) == (Decimal("4.3"), "yoy")


def test_an_index_table_on_a_base_reads_its_columns_as_index_levels():
    """`同比指数（上年同月=100）`: an index's level on its base (a value in 指数), not a growth
    rate, though its header says 同比."""
    text = (
        "南岭调查\n2023年7月12日\n\n附表　2023年6月南岭省居民消费价格分类指数\n\n"
        "类别\t环比指数（上月=100）\t同比指数（上年同月=100）\n"
        "居民消费价格总指数\t99.7\t100.2\n"
        "食品烟酒\t99.2\t99.1\n"
        "衣着\t99.9\t101.1\n"
    )
    ex = tradeie.extract(text)
    level = next(m for m in ex.metrics if m.value is not None and m.value.text == "100.2")
    assert (level.value.base_unit, level.change) == ("指数", None)
    assert not any(m.change is not None and m.change.text in ("100.2", "99.1") for m in ex.metrics)


def test_a_bare_share_of_the_whole_column_is_the_shares_of_the_figure_before_it():
    """`执行额  同比  占全省  离岸执行额` under `单位：万美元，%`: `占全省` holds shares of the province's
    total, not amounts in 万美元."""
    text = (
        "　　　　　2024年1—9月全省各设区市服务外包执行额排名\n\n单位：万美元，%\n\n"
        "排名　设区市　　　执行额　　　同比　　占全省　　离岸执行额　　同比\n"
        " 1 　东岭市　　 1031250.6　　　7.2　　 29.24　　 712403.5　　　5.9\n"
        " 2 　西岭市　　　986420.3　　　9.8　　 27.96　　 498362.1　　　8.4\n"
        " 3 　南岭市　　　512633.8　　　6.5　　 14.53　　 301245.7　　　7.7\n"
    )
    ex = tradeie.extract(text)
    first = next(m for m in ex.metrics if m.value is not None and m.value.text == "1031250.6")
    assert (first.share.percent, first.share.of) == (Decimal("29.24"), "全省")
    assert not any(m.value is not None and m.value.text == "29.24" for m in ex.metrics)


RECORDS = """2024年4月南岭市对外贸易主要指标

发布时间：2024-05-22 16:05    来源：南岭市商务局

一、货物贸易

指标名称：进出口总额
本月：1187.62
累计：4402.35
同比增长（%）：5.8
计量单位：亿元
数据来源：南岭海关

指标名称：其中：一般贸易出口
本月：651.30
累计：2381.62
同比增长（%）：-6.4
计量单位：亿元
数据来源：南岭海关

指标名称：新设外资企业
本月：19
累计：84
同比增长（%）：11.8
计量单位：家
数据来源：南岭市商务局

附件：2024年4月外经贸指标.xlsx
"""


def test_records_of_one_field_a_line_read_as_a_table_row_each():
    """An open-data page's records (`指标名称：…` / `本月：…` / `累计：…` / `计量单位：…`): each
    record a row under its name, each key a column, the unit from its own field, and a file line
    after the last record no part of it."""
    (table,) = read(RECORDS)
    assert [c.label for c in table.columns] == ["指标名称", "本月", "累计", "同比增长（%）", "计量单位", "数据来源"]
    assert [c.role for c in table.columns] == ["label", "value", "value", "change", "unit", "other"]
    assert table.columns[3].of == 2  # the rate of the year to date, the nearest figure before it
    total, part, firms = table.rows
    assert (total.label, total.cells[1].value, total.cells[1].unit) == ("进出口总额", Decimal("1187.62"), "亿元")
    assert (part.label, part.level, part.parent) == ("一般贸易出口", 1, 0)
    assert (firms.cells[2].value, firms.cells[2].unit) == (Decimal("84"), "家")
    assert "附件" not in RECORDS[table.span[0] : table.span[1]]


def test_records_with_tabs_bars_or_two_fields_a_line_are_records_too():
    tabbed = "\n".join(line.replace("：", "\t", 1) if line[:2] in ("指标", "本月", "累计", "同比", "计量", "数据") else line for line in RECORDS.splitlines())
    (table,) = read(tabbed)
    assert table.rows[0].cells[2].value == Decimal("4402.35")
    barred = RECORDS.replace("指标名称：", "📌 指标名称｜").replace("本月：", "本月｜").replace("累计：", "累计｜")
    (table,) = read(barred)
    assert [r.label for r in table.rows][0] == "进出口总额"
    paired = (
        "    指标名称：出口\n    本月：282.9                      累计：1268.3\n"
        "    本月同比（%）：5.8                累计同比（%）：7.4\n    计量单位：亿元                    数据来源：南岭海关\n\n"
        "    指标名称：进口\n    本月：48.6                       累计：224.3\n"
        "    本月同比（%）：-1.6               累计同比（%）：-0.5\n    计量单位：亿元                    数据来源：南岭海关\n"
    )
    (table,) = read(paired)
    month_rate = next(j for j, c in enumerate(table.columns) if c.label.startswith("本月同比"))
    assert table.columns[month_rate].of == 1 and table.rows[1].cells[month_rate].value == Decimal("-1.6")


def test_fields_that_are_not_records_give_no_table():
    form = "联系人：王明\n电话：0771-1234567\n\n联系人：李华\n电话：0771-7654321\n"
    assert read(form) == []
    one = "指标名称：进出口总额\n本月：1187.62\n累计：4402.35\n计量单位：亿元\n"
    assert read(one) == []


def test_a_month_on_month_column_beside_this_month_and_the_year_to_date_is_the_months():
    text = (
        "数据预览（统计期：202307）                                   共 18 条\n\n"
        "指标名称                计量单位   本月       累计         环比(%)   同比增长(%)   数据来源\n"
        "进出口总额              亿元      823.46     5,671.20     4.2       -3.8          南岭海关\n"
        "  出口                  亿元      459.12     3,102.75     6.5       2.4           南岭海关\n"
        "  进口                  亿元      364.34     2,568.45     1.5       -10.4         南岭市商务局\n"
    )
    (table,) = read(text)
    mom = next(c for c in table.columns if c.label.startswith("环比"))
    assert table.columns[mom.of].label == "本月"
    assert table.title == "数据预览（统计期：202307）"
    ex = tradeie.extract(text)
    imports = next(m for m in ex.metrics if m.value is not None and m.value.text == "2,568.45")
    assert (imports.period.start_month, imports.period.end_month) == ("2023-01", "2023-07")
    assert imports.source.name == "南岭市商务局"
    month = next(m for m in ex.metrics if m.value is not None and m.value.text == "823.46")
    assert (month.change.basis, month.change.percent) == ("mom", Decimal("4.2"))


def test_a_stacked_header_joins_a_name_cut_short_before_a_short_word_joins_another():
    """`占全省综` / `保区比重` and `全国` / `排名`: names cut where no column's name ends go on on the
    next line; `进出口值` and `同比` stay two columns."""
    text = (
        "上半年全省综合保税区进出口情况\n\n                                              单位：亿元，%\n"
        "序号\n综保区名称\n进出口值\n同比\n占全省综\n保区比重\n全国\n排名\n"
        "1\n南岭高新综合保税区\n1,612.4\n2.7\n68.7\n3\n2\n南岭西园综合保税区\n318.5\n9.8\n13.6\n27\n"
        "3\n北岭综合保税区\n98.3\n-6.2\n4.2\n95\n"
    )
    (table,) = read(text)
    assert [c.label for c in table.columns[1:]] == ["进出口值", "同比", "占全省综保区比重", "全国排名"]
    assert table.rows[1].cells[1].value == Decimal("318.5") and table.rows[1].cells[1].unit == "亿元"
    assert table.columns[2].of == 1


def test_a_spreadsheets_head_unit_line_serves_every_sheet_by_the_kind_of_each_column():
    """A spreadsheet dump: `单位：辆；万美元；%` once at the head, then `[Sheet2] 表二　…` titles:
    every sheet's amounts (`出口额`) in 万美元, its quantities (`出口量`) in 辆, its rates in %."""
    text = (
        "文件名：qcck_kb_202506.xlsx\n==========\n南岭省汽车出口统计快报\n单位：辆；万美元；%\n==========\n\n"
        "[Sheet1] 表一　全省汽车出口分月情况\n----------\n"
        " 月份 | 当月出口量 |  同比 | 当月出口额 |  同比\n----------\n"
        " 1月  |     18,426 |  32.5 |     29,785 |  27.1\n 2月  |     14,093 |   8.7 |     22,614 |   4.2\n----------\n\n"
        "[Sheet3] 表三　1—6月汽车出口前五位市场\n----------\n"
        " 位次 | 国家     |   出口量 |   同比 | 占出口量比重\n----------\n"
        " 1    | 俄罗斯   |   21,384 |  -18.6 |  17.3\n 2    | 墨西哥   |   12,907 |   24.1 |  10.4\n"
    )
    months, markets = read(text)
    assert months.title.startswith("[Sheet1] 表一")
    assert [c.unit for c in months.rows[0].cells[1:]] == ["辆", "%", "万美元", "%"]
    russia = markets.rows[0]
    assert [c.label.strip() for c in markets.columns[1:3]] == ["出口量", "同比"]
    assert (russia.cells[1].unit, russia.cells[2].unit) == ("辆", "%")


# a statistics database's CSV download: quoted fields, a unit column, months to date as columns,
# and each measure's growth in the row under its levels
CSV_EXPORT = (
    "南岭省统计局 统计数据库 ＞ 月度数据 ＞ 对外经济 ＞ 查询结果\n导出格式：CSV（UTF-8，逗号分隔）\n\n"
    '"指标名称","计量单位","2024年1-2月","2024年1-3月","2024年1-4月"\n'
    '"进出口总值_累计值","亿元","1129.6","1743.2","2462.4"\n'
    '"进出口总值_累计增长","%","-10.1","-7.9","-4.8"\n'
    '"手机出口量_累计值","万台","1025.9","1574.2","2185.9"\n'
    '"手机出口量_累计增长","%","-11.7","-9.4","-6.6"\n'
    '"注：1.数据来源：南岭海关。2.累计增长按人民币计价。"\n'
)


def test_a_csv_export_reads_as_a_table_with_each_growth_row_joined_to_its_levels():
    (table,) = read(CSV_EXPORT)
    assert [c.role for c in table.columns] == ["label", "unit", "value", "value", "value"]
    assert table.rows[0].cells[4].value == Decimal("2462.4")
    ex = tradeie.extract(CSV_EXPORT, reference_date="2024-05-20")
    april = next(m for m in ex.metrics if m.value is not None and m.value.text == "2462.4")
    assert (april.value.normalized, april.change.percent, april.period.start, april.period.end) == (
        Decimal("246240000000"), Decimal("-4.8"), "2024-01-01", "2024-04-30")
    phones = next(m for m in ex.metrics if m.value is not None and m.value.text == "1025.9")
    assert (phones.value.base_unit, phones.change.percent) == ("台", Decimal("-11.7"))
    assert not any(m.value is None and m.change is not None and m.change.text == "-4.8" for m in ex.metrics)


def test_a_spreadsheet_saved_as_csv_reads_its_bare_fields_but_prose_with_commas_does_not():
    sheet = (
        "表4  跨境电商情况（1-11月累计）,,,,\n指标,1-11月累计,计量单位,同比增减(%),占全省比重(%)\n"
        "跨境电商进出口,412.36,亿元,18.7,8.5\n其中：跨境电商出口,338.05,亿元,21.3,10.1\n"
    )
    (table,) = read(sheet)
    assert [r.label for r in table.rows] == ["跨境电商进出口", "跨境电商出口"]
    assert (table.rows[0].cells[1].value, table.rows[0].cells[3].value) == (Decimal("412.36"), Decimal("18.7"))
    prose = "今年1-8月,全市实现进出口总额16321.5亿元,同比增长3.2%,占全省的46.8%。\n其中,出口9984.2亿元,增长4.6%,进口6337.3亿元。\n"
    assert read(prose) == []


def test_a_bilingual_tables_unit_line_and_labels_keep_their_chinese_units():
    """`单位：亿元人民币 | Unit: RMB 100 million` over `员工人数（人）Employees (persons)`: the table's
    unit, and a row's own; a `同比 YoY` column after two years' columns is the later year's."""
    text = (
        "表1  主要经营数据 / Table 1  Key financial data\n单位：亿元人民币 | Unit: RMB 100 million\n\n"
        "指标 Item                             2024年      2023年     同比 YoY\n"
        "营业收入 Revenue                       46.80       42.82       +9.3%\n"
        "净利润 Net profit                       3.95        4.12       -4.1%\n"
        "员工人数（人）Employees (persons)      3,412       3,186       +7.1%\n"
    )
    (table,) = read(text)
    assert table.unit == "亿元人民币"
    assert table.columns[3].of == 1
    assert table.rows[2].cells[1].unit == "人"
