"""tradeie.numbers: one numeral string -> Decimal (never float)."""

from decimal import Decimal

import pytest

from tradeie.numbers import parse_number, parse_numeral

CASES = [
    ("21,563", "21563"),
    ("１８４４９９．７", "184499.7"),
    ("-12.5", "-12.5"),
    ("负百分之四十", "-40"),
    ("一千零八", "1008"),
    ("两万", "20000"),
    ("十三万五", "135000"),
    ("二十五", "25"),
    ("1.4万亿", "1400000000000"),
    ("4.78万亿", "4780000000000"),
    ("1万多亿", "1000000000000"),
    ("500余万", "5000000"),
    ("百万", "1000000"),
    ("超千亿", "100000000000"),
    ("三成", "30"),
    ("近九成", "90"),
    ("六成左右", "60"),
    ("百分之四十", "40"),
    ("一百二十万三", "1203000"),
    ("四亿五千六百四十二万零一十五", "456420015"),
    ("壹拾万零叁仟肆佰伍拾叁", "103453"),
    ("3万4000", "34000"),
    ("2千零30万", "20300000"),
    ("零点零一", "0.01"),
    ("两千万点五五四四", "20000000.5544"),
    ("一一", "11"),
    ("数十亿", "1000000000"),
    ("二十几万", "200000"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_parse_number(text, expected):
    v = parse_number(text)
    assert isinstance(v, Decimal)
    assert v == Decimal(expected)


@pytest.mark.parametrize("text", ["十百千", "万", "万万", "零点", "点零", "10.1万零100", "十一十二", "", "元整", "负"])
def test_rejects_malformed(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_multiplier_kept_apart():
    n = parse_numeral("184499.7万")
    assert (n.core, n.multiplier, n.mult_text) == (Decimal("184499.7"), Decimal(10000), "万")
    n = parse_numeral("1万多亿")
    assert (n.core, n.multiplier, n.approx) == (Decimal(1), Decimal(10**12), "more")
    assert parse_numeral("百万").has_digit is False


def test_digit_range():
    n = parse_numeral("八九亿")
    assert (n.value, n.high) == (Decimal(800000000), Decimal(900000000))
