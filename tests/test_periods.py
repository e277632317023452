"""Periods: corpus fixtures (one case per line), the grammar's own examples, a negative corpus,
the fast scanner against a plain scan, load-time errors, and hypothesis properties."""

from __future__ import annotations

import datetime as dt
import importlib
import json
from pathlib import Path

import pytest
import regex
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeie.errors import PatternDataError
from tradeie.patterns import read_text
from tradeie.periods import find_periods, periods
from tradeie.schemas.period import Period

# the module (tradeie.periods as an attribute is the function exported by the package)
P = importlib.import_module("tradeie.periods")

FIX = Path(__file__).parent / "fixtures" / "periods"
BULLETINS = Path(__file__).parent / "fixtures" / "bulletins"
SHARED = Path(__file__).resolve().parents[2] / "shared"
REF = dt.date(2025, 6, 10)


def _rows(name: str) -> list[list[str]]:
    rows = []
    for n, line in enumerate((FIX / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            rows.append(pytest.param(*line.split("\t"), id=f"{name}:{n}:{line.split(chr(9))[0]}"))
    return rows


def _ref(s: str) -> dt.date | None:
    return None if s in ("", "-") else dt.date.fromisoformat(s)


def _describe(p: Period) -> str:
    """A period in the fixture notation: START..END, *-MM..*-MM, ..END, relative:NAME."""
    if p.relative:
        return f"relative:{p.relative}"
    if not p.year_resolved and p.start is None and p.end is None:
        return f"{p.start_month or ''}..{p.end_month or ''}"
    return f"{p.start or ''}..{p.end or ''}"


def _case(inp: str, ref: str, want: str, quote: str = "") -> Period:
    got = periods(inp, reference_date=_ref(ref))
    assert got, f"no period found in {inp!r}"
    p = got[0]
    assert _describe(p) == want, f"{inp!r}: got {_describe(p)} (rule {p.rule})"
    assert p.text == (quote or inp)
    assert inp[p.span[0] : p.span[1]] == p.text
    return p


@pytest.mark.parametrize("inp,ref,want,quote", [r if len(r.values) == 4 else pytest.param(*r.values, "", id=r.id) for r in _rows("periods.tsv")])
def test_period_corpus(inp, ref, want, quote):
    p = _case(inp, ref, want, quote)
    assert p.granularity != "day"


@pytest.mark.parametrize("inp,ref,want,quote", [r if len(r.values) == 4 else pytest.param(*r.values, "", id=r.id) for r in _rows("days.tsv")])
def test_event_days_are_marked_as_days(inp, ref, want, quote):
    p = _case(inp, ref, want, quote)
    assert p.granularity == "day"


@pytest.mark.parametrize("inp", [r for r in _rows("negative.tsv")])
def test_negative_corpus_yields_nothing(inp):
    assert periods(inp, reference_date=REF) == []


# ----------------------------------------------------------------------------- grammar examples
def _examples():
    data = yaml.safe_load(read_text("periods.yaml"))
    for rule in data["rules"]:
        for ex in rule.get("examples") or []:
            yield pytest.param(rule["name"], ex, id=f"{rule['name']}:{ex}")


@pytest.mark.parametrize("rule,example", list(_examples()))
def test_grammar_examples(rule, example):
    """Each rule's `examples` in periods.yaml hold with reference 2025-06-10 and default year 2025."""
    inp, _, want = example.partition(" -> ")
    got = find_periods(inp, REF, 2025)
    assert got and got[0].text == inp, (inp, got)
    assert got[0].rule == rule
    if want != "relative":
        a, _, b = want.partition("..")
        assert str(got[0].first or "") == a and str(got[0].last) == b


# ----------------------------------------------------------------------------- flags
@pytest.mark.parametrize(
    "inp,cumulative,granularity",
    [
        ("今年1-4月", True, "month"),
        ("2-4月", False, "month"),
        ("前5个月", True, "month"),
        ("上半年", True, "half"),
        ("下半年", False, "half"),
        ("一季度", True, "quarter"),
        ("二季度", False, "quarter"),
        ("前三季度", True, "quarter"),
        ("5月份", False, "month"),
        ("今年以来", True, "ytd"),
        ("2024年", False, "year"),
        ("年底", False, "point"),
    ],
)
def test_cumulative_and_granularity(inp, cumulative, granularity):
    p = periods(inp, reference_date=REF)[0]
    assert (p.cumulative, p.granularity) == (cumulative, granularity)


def test_stock_has_no_start_and_an_as_of_month():
    p = periods("截至2月底，累计吸纳从业人员100万人", reference_date=dt.date(2025, 3, 20))[0]
    assert p.stock and p.start is None and str(p.end) == "2025-02-28"
    assert p.as_of == "2025-02" and p.start_month is None and p.rule == "stock_month_end"


def test_year_point_has_as_of():
    assert periods("今年底实现目标", reference_date=REF)[0].as_of == "2025-12"
    assert periods("年初", reference_date=REF)[0].as_of == "2025-01"


def test_unresolved_year_keeps_months():
    p = find_periods("1—7月，出口增长", None, None)[0]
    assert (p.first, p.last, p.start_month, p.end_month, p.year_resolved) == (None, None, "*-01", "*-07", False)


def test_default_year_only_for_yearless_expressions():
    # a bare month takes default_year; 今年 needs the reference date
    assert find_periods("1-4月", None, 2024)[0].first == dt.date(2024, 1, 1)
    assert find_periods("今年1-4月", None, 2024)[0].first is None
    assert find_periods("今年1-4月", dt.date(2025, 5, 1), 2024)[0].first == dt.date(2025, 1, 1)


def test_relative_years_never_use_today():
    assert periods("去年", reference_date=None)[0].start is None


def test_spans_map_back_through_hard_wraps():
    """In a hard-wrapped PDF text a period split over lines is one period quoting the break."""
    text = (BULLETINS / "wrapped_pdf.txt").read_text(encoding="utf-8")
    got = periods(text, reference_date=REF)
    for p in got:
        assert text[p.span[0] : p.span[1]] == p.text
    wrapped = [p for p in got if "\n" in p.text]
    assert wrapped and all(p.start is not None for p in wrapped)


def test_full_width_digits_and_dashes():
    got = periods("２０２４年１－３月", reference_date=REF)
    assert _describe(got[0]) == "2024-01-01..2024-03-31"
    assert got[0].text == "２０２４年１－３月"


def test_model_dump_shape():
    d = periods("今年1-4月", reference_date=REF)[0].model_dump(mode="json")
    assert d["start"] == "2025-01-01" and d["end"] == "2025-04-30" and d["span"] == [0, 6]
    assert d["rule"] == "month_range" and d["cumulative"] is True


def test_public_export():
    import tradeie

    assert tradeie.periods is periods


# ----------------------------------------------------------------------------- engine
def _plain_scan(norm: str):
    return [(m.start(), m.end()) for m in P._plain_regex().finditer(norm) if m.end() > m.start()]


def _fast_scan(norm: str):
    return [(m.start(), m.end()) for m, _, _ in P._scan(P._grammar(), norm)]


def _fixture_texts():
    texts = []
    for f in sorted(BULLETINS.glob("*.txt")):
        raw = f.read_bytes()
        for enc in ("utf-8-sig", "utf-16", "gb18030"):
            try:
                texts.append(raw.decode(enc))
                break
            except UnicodeDecodeError:
                continue
    return texts


def test_fast_scan_equals_plain_scan_on_fixtures():
    """The trigger-driven scanner finds exactly what a plain finditer over the grammar finds."""
    from tradeie.layout import normalize

    texts = _fixture_texts() + [line.split("\t")[0] for line in (FIX / "periods.tsv").read_text("utf-8").splitlines()]
    assert texts
    for t in texts:
        norm = normalize(t).text
        assert _fast_scan(norm) == _plain_scan(norm)


ALPHABET = list("0123456789年月日季度前上下半今去明本第一二三四五六七八九十两个截至底末初以来同期全份当世纪代Q.-—~至到从与和之间后 /\n，。增长亿元%")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_fast_scan_equals_plain_scan_property(s):
    assert _fast_scan(s) == _plain_scan(s)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=ALPHABET + ["\u3000", "\r", "Ｑ", "１", "－"], max_size=60),
    st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))),
)
def test_properties_never_raise_spans_quote_deterministic(s, ref):
    got = periods(s, reference_date=ref)
    assert got == periods(s, reference_date=ref)
    last_end = 0
    for p in got:
        a, b = p.span
        assert 0 <= a < b <= len(s)
        assert s[a:b] == p.text
        assert a >= last_end
        last_end = b
        if p.start is not None and p.end is not None:
            assert p.start <= p.end
        json.dumps(p.model_dump(mode="json"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_never_raises_on_any_text(s):
    for p in periods(s, reference_date=REF):
        assert s[p.span[0] : p.span[1]] == p.text


# ----------------------------------------------------------------------------- pattern data
def test_broken_rule_fails_at_load_naming_file_and_entry(monkeypatch):
    from tradeie import patterns

    good = yaml.safe_load(read_text("periods.yaml"))
    bad = json.loads(json.dumps(good, ensure_ascii=False))
    bad["rules"][3]["pattern"] = "(?P<m>unclosed"
    monkeypatch.setattr(patterns, "_yaml", lambda filename: bad)
    patterns._load_yaml_cached.cache_clear()
    P._grammar.cache_clear()
    try:
        with pytest.raises(PatternDataError, match=rf"periods.yaml: rule {bad['rules'][3]['name']}"):
            P._grammar()
        bad["rules"][3] = dict(good["rules"][3], produce="no_such_production")
        patterns._load_yaml_cached.cache_clear()
        with pytest.raises(PatternDataError, match=r"periods.yaml: entry rules.3.produce"):
            P._grammar()
    finally:
        monkeypatch.undo()
        patterns._load_yaml_cached.cache_clear()
        P._grammar.cache_clear()
    assert P._grammar()


def test_a_bare_republic_year_is_a_year_only_in_a_taiwanese_text():
    # (`113年我國出口…`, `較112年增加`; elsewhere `建党100年来` is an age, not the year 2011)
    assert [(p.text, p.first) for p in find_periods("113年我国出口", republic=True)] == [("113年", dt.date(2024, 1, 1))]
    assert find_periods("113年我国出口") == []
    assert find_periods("建党100年来") == []
    assert [p.first for p in find_periods("114年9月")] == [dt.date(2025, 9, 1)]


def test_no_catastrophic_backtracking():
    import time

    nasty = "1-" * 5000 + "年" * 5000 + "二〇" * 5000 + "前" * 5000 + "截至" * 3000
    t0 = time.perf_counter()
    periods(nasty, reference_date=REF)
    assert time.perf_counter() - t0 < 5


def test_every_production_is_used_and_named_groups_are_known():
    data = yaml.safe_load(read_text("periods.yaml"))
    known = {"y", "y2", "yy", "yy2", "ry", "ry2", "m", "m2", "d", "d2", "n", "q", "q2", "h", "pt", "rq", "rm", "rw",
             "c", "cpre", "dec", "fz", "half", "dir", "season", "hol", "hols", "roc", "rocb", "first", "label", "sep", "plan", "yr"}
    cg = P._grammar()
    for rule, groups in zip(cg.rules, cg.rule_groups):
        assert {name for name, _ in groups} <= known, (rule.name, groups)
    assert {r["produce"] for r in data["rules"]} == set(P._PRODUCE)


# ----------------------------------------------------------------------------- dev corpus
@pytest.mark.skipif(not (SHARED / "gold" / "dev" / "metrics").is_dir(), reason="../shared is not present")
def test_dev_gold_periods_resolve():
    """Every gold period in the dev set is what some expression in its document resolves to."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve().parents[1] / "benchmarks" / "check_dev_periods.py"),
         "--shared", str(SHARED)],
        capture_output=True, text=True, check=True,
    ).stdout
    line = next(l for l in out.splitlines() if l.startswith("resolvable"))
    share = float(regex.search(r"\(([\d.]+)%\)", line).group(1))
    assert share >= 95.0, out


def test_same_year_refers_to_the_year_just_named():
    got = find_periods("2016年中欧班列开通，当年开行17列；2024年开行1.9万列，同年货值超过1000亿元。", reference_date=dt.date(2025, 1, 22))
    years = {p.text: (p.first, p.last) for p in got}
    assert years["当年"] == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    assert years["同年"] == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    # with no year named before it, 同年 is the reference year
    alone = find_periods("同年出口增长5%", reference_date=dt.date(2025, 1, 22))
    assert (alone[0].first, alone[0].last) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_that_year_after_a_relative_year_is_that_year_and_else_the_data_year():
    """`去年，…；当年投产…`: the year 去年 names; after `比上年` (a rate's basis) or with no year
    named, the year the figures are of (``default_year``), not the reference date's."""
    ref = dt.date(2025, 3, 21)
    got = {p.text: p.first.year for p in find_periods("去年，重点承接地新签约项目94个；当年投产项目57个。", reference_date=ref)}
    assert got["当年"] == 2024
    basis = find_periods("全省实绩企业1046家，比上年增加73家，其中当年新增218家。", reference_date=ref, default_year=2024)
    assert next(p.first.year for p in basis if p.text == "当年") == 2024
    no_default = find_periods("全省实绩企业1046家，比上年增加73家，其中当年新增218家。", reference_date=ref)
    assert next(p.first.year for p in no_default if p.text == "当年") == 2025


def test_same_month_is_the_month_named_last_and_never_a_comparisons_base():
    from tradeie.periods import find_periods

    text = "2025年10月的商品整体出口货值为4386亿港元，较一年前同月上升17.2%。同月，输往东盟的整体出口货值为442亿元。"
    found = [(p.text, p.start_month, p.end_month) for p in find_periods(text, dt.date(2025, 11, 25))]
    assert ("同月", "2025-10", "2025-10") in found
    assert not any(t.endswith("同月") and t != "同月" for t, _, _ in found)  # `一年前同月`: the base of a rate
    assert [p.text for p in find_periods("同月，输往东盟的出口货值为442亿元。", dt.date(2025, 11, 25))] == []


def test_a_month_before_a_place_whose_name_opens_on_a_numeral_is_still_a_month():
    """`2023年6月四川省…`, `5月六盘水市…`: a place follows, not a lunar day (`八月廿七`, `二月十五`)."""
    ref = dt.date(2025, 6, 10)
    assert [p.text for p in find_periods("2023年6月四川省居民消费价格运行简析", reference_date=ref)] == ["2023年6月"]
    assert [p.text for p in find_periods("5月六盘水市外贸进出口增长", reference_date=ref)] == ["5月"]
    assert [p.text for p in find_periods("6月十堰市进出口", reference_date=ref)] == ["6月"]
    for lunar in ("农历甲辰年八月廿七国内统一", "二月十五元宵", "六月二十国内"):
        assert not any(p.text.endswith("月") for p in find_periods(lunar, reference_date=ref)), lunar


def test_this_year_in_a_review_is_the_year_reviewed():
    """`这一年` in a review posted in January of the year after: the year under review (the data
    year), as `当年` is, not the posting year."""
    got = find_periods("回望过去的一年，全县外贸增长5%。这一年，新增外贸企业12家。", reference_date=dt.date(2025, 1, 10), default_year=2024)
    assert next(p.first.year for p in got if p.text == "这一年") == 2024


def test_this_year_after_the_past_year_and_a_span_of_months_is_the_past_year():
    """`过去的一年，…；1-11月外贸…。这一年，…` in a review posted in January: 这一年 is the year 过去的一年
    names; a span of months with no year written (`1-11月`) names none."""
    got = find_periods("过去的一年，全县外贸稳中有进；1-11月外贸进出口增长5%。这一年，新增外贸企业12家。",
                       reference_date=dt.date(2025, 1, 6), default_year=2025)
    assert next(p.first.year for p in got if p.text == "这一年") == 2024
