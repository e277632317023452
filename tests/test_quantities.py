"""tradeie.quantities: corpus fixtures (tests/fixtures/quantities/*.tsv), negatives, properties."""

from __future__ import annotations

import pathlib
import string
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeie import quantities
from tradeie.quantities import CONTRACT_KINDS, find_quantities

FIX = pathlib.Path(__file__).parent / "fixtures" / "quantities"


def rows(name: str):
    for line in (FIX / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t") if "\t" in line else [line]


SINGLE = [r for f in ("money.tsv", "percent.tsv", "counts.tsv", "numbers.tsv") for r in rows(f)]


@pytest.mark.parametrize("text,expected", SINGLE, ids=[r[0] for r in SINGLE])
def test_single_quantity(text, expected):
    normalized, base, approx, kind = expected.split()
    got = quantities(text)
    assert len(got) == 1, got
    q = got[0]
    assert q.span == (0, len(text)) and q.text == text
    assert q.normalized == Decimal(normalized)
    assert q.base_unit == (None if base == "-" else base)
    assert q.approx == (None if approx == "-" else approx)
    assert q.kind == kind


RANGES = list(rows("ranges.tsv"))


@pytest.mark.parametrize("text,expected", RANGES, ids=[r[0] for r in RANGES])
def test_range(text, expected):
    low, high, base, kind = expected.split()
    (q,) = quantities(text)
    assert (q.low, q.high, q.base_unit, q.kind) == (Decimal(low), Decimal(high), base, kind)
    assert q.span == (0, len(text))


NEG = [r[0] for r in rows("negatives.tsv")]


@pytest.mark.parametrize("text", NEG)
def test_negative_corpus(text):
    assert quantities(text) == []


CARRY = list(rows("carry.tsv"))


@pytest.mark.parametrize("text,expected", CARRY, ids=[r[0] for r in CARRY])
def test_currency_carry_forward(text, expected):
    assert [q.base_unit for q in quantities(text) if q.kind == "money"] == expected.split()


def test_clause_comma_is_not_a_thousands_separator():
    got = quantities("同比分别增长3.6%、7.1%和88.4%,合计增长12%")
    assert [str(q.normalized) for q in got] == ["3.6", "7.1", "88.4", "12"]


def test_a_code_with_letters_stops_at_han_text():
    # `B2B` is a code, not a figure; the amount after it still counts
    got = quantities("跨境电商B2B出口812.5亿元，G20成员国出口增长6.1%")
    assert [q.text for q in got] == ["812.5亿元", "6.1%"]


def test_span_maps_to_original_across_line_breaks():
    text = "执行额 186088.5 万美 元,同比增长 38.5%。"
    q = quantities(text)[0]
    assert q.text == "186088.5 万美 元"
    assert text[q.span[0] : q.span[1]] == q.text
    assert q.normalized == Decimal("1860885000")


def test_durations_recognised_but_withheld():
    assert quantities("3年左右") == []
    kinds = [m.kind for m in find_quantities("3年左右", include_withheld=True)]
    assert kinds == ["duration"]


def test_contract_record_shape():
    (q,) = quantities("184499.7万美元")
    d = q.model_dump(mode="json")
    assert {"doc", "text", "span", "number", "unit", "normalized", "base_unit", "approx", "kind"} <= set(d)
    assert d["normalized"] == "1844997000" and d["number"] == "184499.7" and d["unit"] == "万美元"
    assert d["span"] == [0, 11]


ALPHABET = string.printable + "\x00\x07\u3000\u200b\ufeff,。%‰零一二两三四五六七八九十百千万亿元美欧日港人家个年月日第约近超逾多余左右以上下分之点负-—~至成倍个百分点(（)）下同以美元计算"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_properties(text):
    got = quantities(text)
    assert got == quantities(text)  # deterministic
    for q in got:
        s, e = q.span
        assert 0 <= s < e <= len(text)
        assert text[s:e] == q.text
        assert q.normalized == q.number * q.multiplier
        assert q.kind in CONTRACT_KINDS


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_never_raises_on_arbitrary_text(text):
    for q in quantities(text):
        assert text[q.span[0] : q.span[1]] == q.text


def test_dev_value_recall(dev_corpus):
    import importlib.util

    spec = importlib.util.spec_from_file_location("dvr", pathlib.Path(__file__).parents[1] / "benchmarks" / "dev_value_recall.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    r = mod.run(str(dev_corpus.parent.parent))
    assert r["recall"] >= 0.9, r


def _texts(text):
    return [(q.text, str(q.normalized)) for q in quantities(text)]


def test_comma_with_space_separates_list_items():
    # normalisation drops the space, the original still marks a list: three numbers, not 1234567
    assert _texts("1, 234, 567") == [("1", "1"), ("234", "234"), ("567", "567")]
    assert _texts("4，400家") == [("4，400家", "4400")]


def test_currency_on_both_sides_of_a_comma_figure_is_two_amounts():
    got = [(q.text, str(q.normalized), q.base_unit) for q in quantities("价格:$20，300美元")]
    assert got == [("$20", "20", "USD"), ("300美元", "300", "USD")]


def test_arabic_figure_running_into_word_numeral():
    assert _texts("667.123 五点八") == [("667.123", "667.123"), ("五点八", "5.8")]


def test_dots_and_dashes_are_not_part_of_a_figure():
    assert _texts("...9") == [("9", "9")]
    assert _texts("--9") == [("9", "9")]


def test_lone_word_numerals_after_copula():
    assert _texts("答案不是四而是五") == [("四", "4"), ("五", "5")]
    assert _texts("排名前三的品牌") == [("三", "3")]


def test_slash_fractions_keep_law_numbers_and_dates_out():
    assert _texts("1/2的努力") == [("1/2", "0.5")]
    assert quantities("根据(EU)2018/1725号条例") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("比上月上升0.4和\n0.3个百分点", [("0.4", "0.4", "points"), ("0.3个百分点", "0.3", "points")]),
        ("分别增长3.6、7.1和8.4%", [("3.6", "3.6", "percent"), ("7.1", "7.1", "percent"), ("8.4%", "8.4", "percent")]),
        ("分别为3.2和6.1亿元", [("3.2", "320000000", "money"), ("6.1亿元", "610000000", "money")]),
        ("用电量分别为2236、2014和1217亿千瓦时", [("2236", "223600000000", "measure"), ("2014", "201400000000", "measure"),
                                          ("1217亿千瓦时", "121700000000", "measure")]),
        ("分别新增3、5和8家", [("3", "3", "count"), ("5", "5", "count"), ("8家", "8", "count")]),
        # a multiplier written with every member, the unit once (`…万、…万和…万人次`)
        ("分别为523.6万、417.2万和286.9万人次", [("523.6万", "5236000", "count"), ("417.2万", "4172000", "count"),
                                         ("286.9万人次", "2869000", "count")]),
        ("分别为7.2万亿、6.3万亿和4.6万亿元", [("7.2万亿", "7200000000000", "money"), ("6.3万亿", "6300000000000", "money"),
                                        ("4.6万亿元", "4600000000000", "money")]),
        ("2万、3万和5万", [("2万", "20000", "number"), ("3万", "30000", "number"), ("5万", "50000", "number")]),
        # a comma closes a clause and a month is no member: nothing is shared
        ("增长3.6，带动8.4%", [("3.6", "3.6", "number"), ("8.4%", "8.4", "percent")]),
        ("1、2月增长5%", [("1", "1", "number"), ("5%", "5", "percent")]),
    ],
)
def test_a_unit_written_once_after_a_list_is_every_members(text, expected):
    got = [(q.text, q.normalized, q.kind) for q in quantities(text)]
    assert got == [(t, Decimal(n), k) for t, n, k in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a change verb, `A至B` with B far beyond A is the change and the level it reached
        ("企业增加96家至1268家", [("96家", "96", "count"), ("1268家", "1268", "count")]),
        ("指数按季上升2.9点至52.4", [("2.9点", "2.9", "measure"), ("52.4", "52.4", "measure")]),
        # a range stays one: close ends, or no change verb before it
        ("预计增长5%至8%", [("5%至8%", None, "percent")]),
        ("企业300至1200家", [("300至1200家", None, "count")]),
        # an index reading: past a clock's hours, or with decimals; a clock hour stays a date
        ("运价指数报1193.42点", [("1193.42点", "1193.42", "measure")]),
        ("上午10点", []),
    ],
)
def test_a_move_then_the_level_it_reached_and_index_points(text, expected):
    got = [(q.text, q.normalized if q.low is None else None, q.kind) for q in quantities(text)]
    assert got == [(t, Decimal(n) if n is not None else None, k) for t, n, k in expected]


def test_a_surplus_written_chu_chao_is_no_approximation():
    # Taiwan's `出超`/`入超` (surplus, deficit) against `收入超…`, `支出超…`: over
    text = "对美国出超109.9亿美元，全年入超20亿美元，收入超1亿元，支出超5万元"
    got = {text[q.start : q.end]: q.approx for q in find_quantities(text)}
    assert got == {"109.9亿美元": None, "20亿美元": None, "超1亿元": "over", "超5万元": "over"}


def test_the_fifth_then_a_fair_close_is_no_yen():
    # `5日圆满闭幕`: the 5th day, then 圆满 (in full), not 5 日圆
    text = "5日圆满闭幕，收入500日圆"
    got = [(text[q.start : q.end], q.kind) for q in find_quantities(text, include_withheld=True)]
    assert got == [("5日", "date"), ("500日圆", "money")]


def test_prices_per_wet_or_dry_ton_per_500_grams_and_per_watt_hour():
    """`786元/湿吨`, `102.15美元/干吨`, `12.6元/500克`, `0.45元/Wh`: the price per what it is per."""
    got = {q.text: q.base_unit for q in quantities("PB粉786元/湿吨，指数102.15美元/干吨，猪肉12.6元/500克，电芯0.45元/Wh。")}
    assert got == {"786元/湿吨": "CNY/湿吨", "102.15美元/干吨": "USD/干吨", "12.6元/500克": "CNY/500克", "0.45元/Wh": "CNY/Wh"}


def test_a_currency_code_before_a_figure_and_an_english_scale_after_it():
    """`实到外资USD 9.84亿`, `GMV RMB 8.36bn`, `USD 56.8m` in a bilingual bulletin: money in that
    currency, the scale read only after a code or symbol (a bare `56.8m` may be metres)."""
    got = {q.text: (q.normalized, q.base_unit) for q in quantities("实到外资USD 9.84亿，GMV RMB 8.36bn，订单USD 56.8m，长56.8m")}
    assert got == {
        "USD 9.84亿": (Decimal("984000000"), "USD"),
        "RMB 8.36bn": (Decimal("8360000000"), "CNY"),
        "USD 56.8m": (Decimal("56800000"), "USD"),
    }
