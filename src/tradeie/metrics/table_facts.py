"""Metrics from the plain-text tables of a bulletin (`指标名称  本月  同比±%  累计  同比±%`).

A table states its figures without sentences: the row names the indicator, the column the
period (本月 / 累计 / 1-9月), the table's `单位：亿元` line the unit, and a change column the rate
of the value column before it.  Each value cell becomes one metric, with that rate as its change;
the evidence is the row as written.  Periods resolve against the table's title (`2025年9月…`)
or note (`累计为1-9月数据`), else the bulletin's reference date.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from decimal import Decimal

import regex

from ..cover import DATE_LABEL
from ..periods import PeriodMatch, find_periods
from ..places import looks_like_district, lookup
from ..tables import SPACED_HAN, TOTAL_ROW, TRADE_MODE_CODE, Column, TextTable, find_tables, is_unit, measure_group, rate_measure, unit_quantity
from ..script import to_simplified, written_traditional
from ..textview import clean_fragment, fold
from .data_notes import data_notes, is_reporting_system
from .members import _SECTOR_SCOPE
from .not_ahead import _not_after
from .period_choice import _HELD
from .phrases import dimension_of
from .vocab import any_head, vocab

__all__ = ["table_metrics", "may_hold_tables"]

# Two figures on one line apart by a wide gap, a tab or a bar: the only shape a table row has.
# Scanning for it costs little, so documents without tables skip the table reader.
# figures side by side (2+ spaces, a tab, a bar, or one space in a row of a stacked table), or
# figures on lines of their own one under another (a table whose every cell is a line).  The
# shapes are three patterns, each opening with one class of characters (a digit; a line break or
# a tab; a field's separator), so that the engine skips the rest of a text at C speed: one
# pattern of all the shapes tried them at every character of a text without tables.
_ROW_HINT_DIGIT = re.compile(
    r"\d(?:[%)）]?(?:[ \u3000]+|\t)[-+−]?\d|[%)）]?[ \u3000]*[|｜│][ \u3000]*[-+−▲▼△▽↑↓]?\d"  # (one space too: `15　11　24.6`; `5,126.4 | ▲8.9%`)
    r"| ?[\u4e00-\u9fff]{1,4}(?:[ \u3000]{2,}|\t)[-+−]?\d"  # cells with their units (`286 家　　13.78 亿美元`)
    # a CSV export's row of figures (`"1129.6","1743.2","2462.4"`, `412.36,亿元,18.7,8.5`)
    r'|"?,"?[-+−]?\d[\d.]*"?,"?[-+−]?\d|,[\u4e00-\u9fff%]{1,4},[-+−]?\d)'
)
_ROW_HINT_LINE = re.compile(
    r"\n(?:[ \u3000]*[-+−]?\d[\d.,]*%?[ \u3000]*\r?\n[ \u3000]*[-+−]?\d[\d.,]*%?[ \u3000]*\r?\n"
    # a cell per line, with its unit (`103.62 亿元` / `6.8`)
    r"|[ \u3000]*[-+−]?\d[\d.,]* ?[\u4e00-\u9fff]{1,4}[ \u3000]*\r?\n[ \u3000]*[-+−]?\d[\d.,]*%?[ \u3000]*\r?\n)"
    # two rows of a two-column tab table (`农副食品加工业\t6.8`)
    r"|\t[-+−]?\d[\d.,]*%?[ \u3000]*\r?\n[^\n\t]+\t[-+−]?\d"
)
# a record's field holding a figure (`本月：331.5      累计：1492.6`, `同比增长｜+15.2%`), from its
# separator; the name before it (a Han character or a closing bracket, then spaces) is checked apart
_ROW_HINT_FIELD = re.compile(r"[:：｜|\t][ \u3000]*[-+−]?\d[\d.,]*%?[ \u3000]*(?:\r?\n|[ \u3000]{2,}[\u4e00-\u9fff])")
_NOTE_SOURCE = re.compile(r"(?:数据)?来源(?:于|:|：)\s*(?P<org>[\u4e00-\u9fff]{2,20}?|[A-Za-z][A-Za-z ]{1,19}?)(?:[,，。;；]|$)")  # (a data vendor: `Wind`)


_SOURCE_COLUMN = re.compile(r"(?:数据|资料|信息)?来源(?:单位|部门|机构)?")
_SOURCE_CELL = re.compile(r"[\u4e00-\u9fff()（）]{2,30}")


def _row_source(row, j: int | None) -> str | None:
    """The body a row's source cell names (`厦门海关`), or None (no such column, a blank or `—`)."""
    cell = row.cells[j] if j is not None and j < len(row.cells) else None
    text = cell.text.strip() if cell is not None else ""
    return text if _SOURCE_CELL.fullmatch(text) else None


@functools.lru_cache(maxsize=4)
def may_hold_tables(original: str) -> bool:
    """Whether any line of ``original`` looks like a table row: a cheap test before the table
    reader.  Cached, because both the data notes and the table facts ask it of one text, and a
    text without a table is scanned to its end."""
    if _ROW_HINT_DIGIT.search(original) or _ROW_HINT_LINE.search(original):
        return True
    for m in _ROW_HINT_FIELD.finditer(original):
        i = m.start() - 1
        while i >= 0 and original[i] in " \u3000":
            i -= 1
        if i >= 0 and (original[i] in ")）" or "\u4e00" <= original[i] <= "\u9fff"):
            return True
    return False


@functools.lru_cache(maxsize=256)
def _unit_scale(unit: str) -> tuple[Decimal, str | None, str] | None:
    """(multiplier, base unit, kind) of a unit as written (`亿元` -> 1e8, CNY, money)."""
    q = unit_quantity(unit)
    return (q.multiplier, q.base_unit, q.kind) if q is not None else None


def _anchor_period(table: TextTable, reference: dt.date | None, year: int | None) -> PeriodMatch | None:
    """The latest month the title or note names (`2025年9月…`, `累计为1-9月`), never one ahead of
    the document (`（1—12月）` in a January speech: last year's)."""
    for text in (table.title, table.note):
        if not text or DATE_LABEL.match(text):
            continue  # (`发布时间：2025-05-20` above the table: when the page went up, not what it reports)
        # (not a comparison's base: `同比为比上年同月末增减` in the note)
        read = clean_fragment(fold(text), 0, len(text))
        # (not a century in a name: `21世纪经济报道记者整理`)
        found = [_not_after(p, reference, read) for p in find_periods(read, reference_date=reference, default_year=year)
                 if p.last is not None and (not _PRIOR_YEAR.match(p.text) or _LAST_YEAR_WHOLE.fullmatch(p.text)) and p.granularity != "century"]
        # `2025 年…重点项目推进情况（截至 8 月底）`: the date within the year is the table's
        found = [p for p in found if p.granularity != "year" or not any(
            q.granularity != "year" and q.last.year == p.last.year for q in found)] or found
        if found:
            return max(found, key=lambda p: p.last)
    return None


def _periods_in(text: str, reference: dt.date | None, year: int | None) -> list[PeriodMatch]:
    """The periods a title, note or column label states, read as normalised text (`1-8 月` ->
    1-8月: labels keep the spacing of the table they come from)."""
    text = _FORECAST_MARK.sub("", text)
    return find_periods(clean_fragment(fold(text), 0, len(text)), reference_date=reference, default_year=year)


# a research note's mark on a year or quarter it reports (`2023A`) or forecasts (`2025E`, `2024Q3E`)
_FORECAST_MARK = regex.compile(r"(?<=(?:19|20)\d\d|(?:19|20)\d\dQ[1-4])[AEFP](?![A-Za-z])")


def _column_period(col: Column, anchor: PeriodMatch | None, reference, year, doc_end: dt.date | None = None,
                   point_dates: bool = True) -> tuple[dt.date | None, dt.date] | None:
    """The period of a column: its own label or spanning header (`1-9月`), else the month the
    table's title or note (else the document's headline) ends on, read as that month (`本月`)
    or the year to date (`累计`), else the title's own period; a `上年同期` column's a year
    earlier."""
    got = _column_period_as_labelled(col, anchor, reference, year, doc_end, point_dates)
    if got is not None and col.role != "change" and _PRIOR_YEAR.search((col.label or "") + (col.group or "")):
        first, last = got
        return (_year_before(first) if first else None), _year_before(last)
    first, last = got if got is not None else (None, None)
    if first is not None and col.role != "change" and (first.year, first.month) == (last.year, last.month) and _PRIOR_MONTH.match(SPACED_HAN.sub("", col.label or "").strip()):
        # `本期均价  上期均价` in a month's price table: the month before
        before = first - dt.timedelta(days=1)
        return before.replace(day=1), before
    return got


_NUMBERED_DATE = re.compile(r"\d|[〇○零一二三四五六七八九十]\s*[年月]|^(?:全年|第?[一二三四]季度|[上下]半年|前三季度)$")
_DOTTED_MONTH = re.compile(r"(?P<y>(?:19|20)\d\d)[.\-/](?P<m>0?[1-9]|1[0-2])")
_WHOLE_YEAR_LABEL = re.compile(r"^(?:年度|全年)")
_PRIOR_YEAR = re.compile(r"上年同期|去年同期|上年|去年")
# (but the table of last year as a whole: `…主要指标（上年度）`, `（去年全年）`)
_LAST_YEAR_WHOLE = re.compile(r"上一?年度|上年全年|去年全年")
_PRIOR_MONTH = re.compile(r"上月|上期")


def _year_before(d: dt.date) -> dt.date:
    return d.replace(year=d.year - 1, day=min(d.day, 28)) if d.month == 2 and d.day == 29 else d.replace(year=d.year - 1)


def _column_period_as_labelled(col: Column, anchor: PeriodMatch | None, reference, year, doc_end: dt.date | None,
                               point_dates: bool = True) -> tuple[dt.date | None, dt.date] | None:
    last_known = anchor.last if anchor is not None and anchor.last is not None else doc_end
    if (ym := _DOTTED_MONTH.fullmatch((col.label or "").strip())) is not None:
        # `2025.11  2025.12  2026.01`: a position table's columns, each a level at the month's end
        y, m = int(ym["y"]), int(ym["m"])
        return None, dt.date(y, m, calendar.monthrange(y, m)[1])
    for label in (col.label, col.group):
        if label and _NUMBERED_DATE.search(label):  # `1-9月`, `2025年9月`, `二〇二五年一月至九月`; not `本月`
            own = [p for p in _periods_in(label, reference, last_known.year if last_known else year) if p.last and (p.first or p.stock)]
            if own:
                # `2025年9月末`: a level at the month's end, no start
                return (None if own[-1].stock or own[-1].granularity == "point" else own[-1].first), own[-1].last
    if last_known is None:
        return None
    if _WHOLE_YEAR_LABEL.search(col.label or ""):
        # `年度计划投资`, `全年目标`: the year the table reports on, whatever month it ends
        return dt.date(last_known.year, 1, 1), dt.date(last_known.year, 12, 31)
    last = last_known
    group = SPACED_HAN.sub("", col.group or "").replace(" ", "")
    hint = col.period_hint or (group and ("cumulative" if "累计" in group else "month" if "月" in group else None))
    if hint == "day":
        return last, last  # `当日` in a daily report: its day
    if hint == "month":
        return last.replace(day=1), last
    if hint == "cumulative":
        return last.replace(month=1, day=1), last
    if point_dates and anchor is not None and (anchor.stock or anchor.granularity == "point"):
        # `2025年9月末…外债情况`, `2023年末按行业门类分组的…法人单位`: levels at the date the title
        # states (not where other columns state their own periods: `总投资` beside `1-8月完成投资`
        # is the project's, undated)
        return None, last
    if anchor is not None and anchor.first is not None:
        return anchor.first, last  # a column without its own period: the one the title states
    return None


_NO_FIGURE = re.compile(r"[—\-–－…]{1,3}|/|\.{2,3}|·{2,3}")  # (`..`: a statistics bureau's figure not published)
_PERIOD_HEADER = re.compile(r"^(?:月份|月度|月|时间|期间|季度|年份|年度|日期)$")


# (`占全国（%）`, `佔越南出口總額（%）`: the share of the whole named before its unit)
_SHARE_HEAD = re.compile(
    r"^(?:占(?P<of>[^()]{1,12}?))?(?:比重|占比|份额|完成率|完成进度|完成比例|(?(of)(?=\(?%|$)|(?!)))"
    # (or of the year's target the figure so far reaches: `完成年度目标（%）`)
    r"|^完成(?P<goal>(?:年度|全年|本年)?(?:目标|计划|任务))(?:进度|比例)?(?=\(?%|$)"
)


def _share_whole(m: re.Match) -> str | None:
    """The whole a share column's header names (`占全国（%）` -> 全国, `完成年度目标（%）` -> 年度目标), if any."""
    named = m.groupdict()
    return named.get("of") or named.get("goal") or None


# a column of the year's target beside the figure so far (`1—8月  同比增长(%)  全年目标  完成进度(%)`)
_TARGET_COLUMN = re.compile(r"(?:全年|年度|本年)?(?:目标|计划)(?:值|数)?")


def _period_rate_columns(table: TextTable) -> frozenset[int]:
    """Columns of a rates table named by a period alone (`…出厂价格涨跌幅` over `环比  同比  1—3月`,
    in %): the rates over that period, not shares."""
    if _rates_title_measure(table.title or "") is None:
        return frozenset()
    return frozenset(
        j for j, c in enumerate(table.columns)
        # (or by the measure whose rate it is: `各县（市、区）主要指标增速（1-2月）  单位：%` over
        # `规上工业增加值  固定资产投资`; not a share's column, `占全市比重`)
        if c.role == "value" and (c.unit or table.unit) == "%" and c.label and (_period_words(c.label) or not _SHARE_LABEL.search(c.label))
    )


_SHARE_LABEL = re.compile(r"占|比重|份额|构成|贡献率|排[位名序]|位次")


def _share_columns(table: TextTable) -> dict[int, tuple[int, str | None]]:
    """Value column -> (its share column, the whole it is a share of): a `占出口总量比重(%)`
    column after it and before the next value column."""
    out: dict[int, tuple[int, str | None]] = {}
    value = None
    for j, c in enumerate(table.columns):
        if c.role == "value" and not _TARGET_COLUMN.fullmatch(_column_words(c)):
            value = j  # (a target's column is no figure a completion share is of)
        elif c.role == "other" and value is not None and value not in out and not _own_share_measure(c):
            m = _SHARE_HEAD.match(fold(c.label or "").replace(" ", ""))
            if m:
                out[_whole_of_parts(table, value)] = (j, _share_whole(m))
    return out


_FLOW_PARTS = re.compile(r"^(?:其中)?[:：]?(?:出口|进口)(?:额|值|总额|总值)?$")


def _whole_of_parts(table: TextTable, value: int) -> int:
    """The total a part's column belongs to (`进出口  同比  出口  进口  占…比重`: the share is the
    total's, its parts 出口 and 进口 listed after it), else ``value`` itself."""
    if not _FLOW_PARTS.match(_column_words(table.columns[value])):
        return value
    return next((k for k in range(1, value) if table.columns[k].role == "value" and "进出口" in _column_words(table.columns[k])), value)


# a share column naming what it is a share of firms doing (`收入增长占比`, `盈利企业占比`,
# `计划扩大投资占比` beside `样本数`): a measure of its own, not a share of the column before
_OWN_SHARE = re.compile(r"^(?P<m>(?:(?!占)[\u4e00-\u9fff]){2,10}?)(?:的)?(?:企业|受访企业|卖家)?(?:占比|比重)(?:\(%\)|（%）)?$")


def _own_share_measure(c: Column) -> str | None:
    """What an own-measure share column counts (`收入增长占比` -> 收入增长), or None."""
    m = _OWN_SHARE.match(SPACED_HAN.sub("", c.label or "").replace(" ", ""))
    if m is None or ((h := vocab().head_at_end.search(m.group("m"))) is not None and h.start() == 0):
        return None  # (`销售额占比`: a measure's share, read by the share columns of its table)
    if _CUMULATIVE_WORDS.match(m.group("m")) or _period_words(m.group("m")):
        return None  # `累计占比`: the share of the cumulative figure beside it
    return m.group("m")


_SHARE_CHANGE_WORDS = re.compile(r"增减|变化|变动|百分点|提高|下降")


def _lone_share_column(table: TextTable) -> tuple[int, str | None] | None:
    """(the share column, its whole) of a table with no level column and exactly one rate column
    and one share column (`销售额占比（%）  同比增速（%）`); else None."""
    if any(c.role == "value" for c in table.columns):
        return None
    rates = [j for j, c in enumerate(table.columns) if c.role == "change" and c.of is None]
    found = [(j, m) for j, c in enumerate(table.columns)
             if c.role == "other" and not _SHARE_CHANGE_WORDS.search(c.label)
             and (m := _SHARE_HEAD.match(label := SPACED_HAN.sub("", c.label or "")) or _SHARE_MEASURE.match(label))]
    if len(rates) != 1 or len(found) != 1:
        return None
    j, m = found[0]
    return j, _share_whole(m)


_HEADER_NOTE = regex.compile(r"[(（][^()（）]*[)）]$")


def _label_header(table: TextTable) -> str:
    """The label column's header, spaces dropped (`月  份` -> 月份, `指    标` -> 指标) and
    brackets folded (`区（市）局` -> 区(市)局)."""
    return fold(table.columns[0].label).replace(" ", "").replace("\u3000", "") if table.columns else ""


def _is_period_label(label: str) -> bool:
    """A row or column label that is a period and nothing else (`2025年10月`, `1—3月`, `1季度`,
    a bare year under `年份`)."""
    t = _as_year(SPACED_HAN.sub("", label).strip())
    found = find_periods(t, reference_date=None)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(t)


def _row_period(row, anchor: PeriodMatch | None, reference, year, doc_end) -> tuple[dt.date, dt.date] | None:
    """The period a row stands for in a table whose rows are periods (`1—2月`, `3月` …)."""
    y = anchor.last.year if anchor is not None and anchor.last else (doc_end.year if doc_end else year)
    found = [p for p in find_periods(_as_year(row.label), reference_date=reference, default_year=y) if p.first and p.last]
    return (found[-1].first, found[-1].last) if found else None


_BARE_YEAR = regex.compile(r"(?:19|20)\d\d")


def _as_year(label: str) -> str:
    """A row labelled by a bare year under `年份` (`2013`) read as that year (`2013年`), or by a
    year and month in figures (`2024-01`, `2024.01`) as that month (`2024年01月`)."""
    t = _FORECAST_MARK.sub("", label.strip())
    if _BARE_YEAR.fullmatch(t):
        return t + "年"
    if (m := _YEAR_MONTH_LABEL.fullmatch(t)) is not None:
        return f"{m.group('y')}年{m.group('m')}月"
    return label


_YEAR_MONTH_LABEL = regex.compile(r"(?P<y>(?:19|20)\d\d)[-./](?P<m>0?[1-9]|1[0-2])")


_AT_PERIOD_END = regex.compile(
    r"[(（][^()（）]*(?:期末|年末)[^()（）]*[)）]\s*$"  # `EF账户数（期末，个）`: levels at the end
    r"|余额(?:[(（][^()（）]*[)）])?\s*$"  # (`金融机构本外币存款余额`: a balance, at the column's end)
)
_LABEL_PERIOD = regex.compile(r"[(（](?P<p>[^()（）]{2,10})[)）]\s*$|^\s*(?:其中[:：])?(?P<p>\d{1,2}月(?:末|底))")  # or `10月末金融机构…存款余额`


_PERIOD_WORD = regex.compile(r"[年月季旬]|半年|末|底")


def _label_period(row, anchor: PeriodMatch | None, reference, year, doc_end) -> tuple[dt.date | None, dt.date] | None:
    """A period a row's label states in brackets (`地区生产总值（上半年）`, `…存款余额（8月末）`): that
    row's, not the column's; a balance at a date has no start."""
    m = _LABEL_PERIOD.search(row.label)
    if m is None or not _PERIOD_WORD.search(m.group("p")):
        return None  # (`网购保税（1210）`: a customs code, no year)
    y = anchor.last.year if anchor is not None and anchor.last else (doc_end.year if doc_end else year)
    found = [p for p in find_periods(m.group("p"), reference_date=reference, default_year=y) if p.last]
    if not found:
        return None
    p = found[-1]
    return (None if p.stock else p.first, p.last) if (p.first or p.stock) else None


# a rates table's title around its measure: `表3　　规模以上工业重点产业增加值增速`,
# `附表：2025年10月份部分行业出厂价格涨跌幅（%）`
_RATES_TITLE = re.compile(
    r"^(?:附?表\s*[\d一二三四五六七八九十]*\s*[:：.]?\s*)?(?:\d{4}年)?(?:[\d\-—至]{1,5}月份?)?"
    r"(?P<m>.+?)(?:的)?(?:涨跌幅|增长速度|增速|增幅|增长率)(?:及(?:排位|排名|位次))?(?:情况)?(?:\s*[(（](?:[%％]|[\d\-—–~至一二三四季度上下半年前个月份]{2,10})[)）])?\s*$"
)  # (or the months they are over: `各县（市、区）主要指标增速（1-2月）`)
# the rows the title says it ranks before its measure (`各县（市、区）规上工业增加值增速及排位`)
_EACH_ROW_LEAD = re.compile(r"^(?:各[^()（）]{0,6}?[(（][^()（）]{1,8}[)）]|[^()（）]{1,4}[(（][^()（）]*、[^()（）]*[)）])(?=\S{2})")


_LEADING_MONTH_END = re.compile(r"^\d{1,2}月(?:末|底)")
_FOOTNOTE_MARK = re.compile(r"(?<=\w)(?:[*＊※△▲☆★]{1,2}|[①-⑳]|\(\d\))$")
_ROW_NUMBERING = re.compile(r"^(?:[#＃]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d))")


def _rates_title_measure(title: str) -> str | None:
    m = _RATES_TITLE.match(title.strip())
    return _EACH_ROW_LEAD.sub("", m.group("m").strip()) if m else None


def _row_reading(table: TextTable, row, col: Column, head: str) -> tuple[str, dict[str, str]]:
    """The indicator and breakdown of one cell; a column headed by an area (`全国  城市  农村`)
    adds that area to the row's breakdown."""
    name, dims = _row_reading_of_label(table, row, col, head)
    if col.group and _UNIT_ALONE.fullmatch(name):
        # `(%)` under `规模以上工业增加值增速`: the spanning header names the measure
        group = SPACED_HAN.sub("", fold(col.group)).strip()
        name = rate_measure(group) or group
    area = SPACED_HAN.sub("", col.label or "").strip()
    if _AREA_COLUMN.fullmatch(area) and area not in dims.values():
        dims = {**dims, "area": area}
    elif TRADE_MODE_CODE.fullmatch(area) and area not in dims.values():
        dims = {**dims, "trade_mode": area}  # `设区市  9610  9710 …`: the customs mode each column holds
    sectors = {m.group("s") for m in _INDEX_TABLE.finditer(table.title or "")} if name else set()
    if len(sectors) == 1 and (vocab().head_at_end.search(name) is None or name.endswith(("指数", "PMI"))) and not _SECTOR_SCOPE.search(name):
        # `表2 中国非制造业主要分类指数` headed `商务活动  新订单`: the sector's indices (非制造业商务活动指数)
        name = sectors.pop() + name + ("" if name.endswith(("指数", "PMI")) else "指数")
    return name, dims


_UNIT_ALONE = re.compile(r"\s*(?:[(（][^()（）]*[)）])?\s*")
# columns that split each row by area: `全国  城市  农村`, `城镇  乡村`
_AREA_COLUMN = re.compile(r"全国|城市|农村|城镇|乡村|东部|中部|西部|东北")


# (a balance names its own measure: `金融机构本外币存款余额` after `旅客吞吐量` is no part of it)
_STOCK_MEASURE_END = regex.compile(rf"(?:{_HELD.pattern})$")


def _row_reading_of_label(table: TextTable, row, col: Column, head: str) -> tuple[str, dict[str, str]]:
    """The indicator and breakdown of one value cell (``head``: the label column's header).
    Rows name the indicator (`进出口总值`) unless the label column lists breakdown members
    (headed `市场`, or rows like `东盟`, `一般贸易`) or periods (headed `月份`): then the value
    column names it (`其中：出口` -> 出口) and the row is the member."""
    # `货物进出口总额（亿元）`: the unit is read; `东　盟`: a label spaced out is one word
    # (a label wrapped over two lines is one word: `电信、计算机和信` / `息服务`)
    label = _SPACING.sub(_kept_space, SPACED_HAN.sub("", _without_unit(row.label).strip(" :：\u3000")))
    label = _ROW_NUMBERING.sub("", label)  # `一、运输总周转量`: the row's number is no part of its name
    label = _FOOTNOTE_MARK.sub("", label)  # `永康市力拓园林机械有限公司*`: a mark the table's note explains
    label = _LEADING_MONTH_END.sub("", label)  # `10月末金融机构…存款余额`: its date is the row's period
    if _PERIOD_HEADER.match(head):
        # rows are periods: the value column names the measure
        name = SPACED_HAN.sub("", _QIZHONG.sub("", col.label or "")).strip()
        if name and _is_period_label(name):
            name = ""  # `年份  1季度  2季度 …`: the columns are periods too; the title names the measure
        if name and col.group and not _period_words(col.group):
            name = SPACED_HAN.sub("", col.group).strip() + name  # `生产` over `指数`: one name on two lines
        return (name or _any_head_in(table.title or "") or label), {}
    # (`线路（终到城市）`: a header's bracketed note says what its members are named by)
    dim = _dimension_header_words().get(head) or _dimension_header_words().get(_HEADER_NOTE.sub("", head))
    if dim is None and head == _PLACE_ROWS:
        dim = "region"  # `全  市` / `翠屏区` / `高  县` under a label column whose name stands in a rule
    if dim is None:
        dim = dimension_of(label)
        if (
            dim == "breakdown" and col.role == "change" and col.of is None and vocab().head_at_end.search(label) is None
            and (measure := _rates_title_measure(table.title or "") or _any_head_in(table.title or "", generic=False))
        ):
            # `2025年1—10月份分行业固定资产投资增长情况` over `农副食品加工业  6.8`: the title's
            # measure, the row the industry it is broken down by
            return measure, {"breakdown": _QIZHONG.sub("", label)}
        if dim == "breakdown" and col.role == "change" and col.of is None and (own := rate_measure(fold(col.label or ""))):
            # `平台  活跃卖家数（家）  GMV环比（%）`: the rate of a measure the column names, no level
            return own, ({} if TOTAL_ROW.fullmatch(label) else {"breakdown": label})
        if dim == "breakdown":
            # `货值（百万元）` under `表一：…划分的商品整体出口货值`: the title names it in full
            measure = _named_in_full(_column_measure(col), table.title or "")
            if measure and vocab().head_at_end.search(label) is None:
                # `光电子信息  32  612.8` under `签约项目（个）  协议投资额（亿元）`: the column names
                # the measure, the row the part of it
                return measure, ({} if TOTAL_ROW.fullmatch(label) else {"breakdown": label})
            if (
                _column_words(col) in _VALUE_COLUMN_WORDS and vocab().head_at_end.search(label) is None
                and not _STOCK_MEASURE_END.search(label) and not row.level and (above := _measure_row_above(table, row))
            ):
                # `出口额` / `其中：一般贸易` / `机电产品` beside `绝对数`: goods listed flat after the
                # measure's row are its parts
                return above, {"breakdown": label}
            if (kind := _kind_of_title_measure(table, col, label)) is not None:
                return kind
            words = _column_words(col)
            if _TARGET_COLUMN.fullmatch(words):
                return _under_parent(table, row, label) + "目标", {}  # the year's target for the row's measure
            if words in _ACCOUNT_SIDES or words in _PAIRED_SIDES and _PAIRED_SIDES[words] in {_column_words(c) for c in table.columns}:
                # `项目  贷方  借方  差额` over `　运输  612  893  -281`: each column a side of the
                # item's account (运输服务贷方)
                return _SUM_WORD_END.sub("", _under_parent(table, row, label)) + words, {}
            if (heading := _breakdown_heading(table, row)) is not None and (measure := _whole_above(table, heading)):
                # `规模以上工业增加值` / `分三大门类` / `  采矿业`: the heading says how the measure above
                # it is broken down, the row is one part (`营业收入合计`: of the whole)
                return measure, {"breakdown": label}
            return _under_parent(table, row, label), {}
    name = _after_period(_LABEL_UNIT.sub("", _QIZHONG.sub("", col.label or "")).strip())
    own = SPACED_HAN.sub("", _LABEL_UNIT.sub("", col.label or "")).strip()
    if col.role == "change" and col.of is None and rate_measure(fold(col.label)) is None and (shared := _share_column_measure(table)):
        # `目标市场  销售额占比（%）  同比增速（%）`: the rate of the measure the share column names
        name = shared
    elif col.role == "change" and col.of is None and vocab().head_at_end.search(own) and not _period_words(own):
        # `各设区市主要指标增速` over `规上工业增加值  固定资产投资`: each column names its measure
        name = own
    elif col.role == "change" and col.of is None and (measure := _rates_title_measure(table.title or "") or rate_measure(fold(col.label))):
        # `附表：2025年10月份部分行业出厂价格涨跌幅（%）` over `环比  同比`: the title's measure;
        # `规模以上工业增加值增长(%)`: the column's own
        name = measure
    elif name in vocab().data.generic_heads:
        # `金额` under a row group (`出口合计` / `  一般贸易`): the group's measure
        parent = table.rows[row.parent].label if row.level and row.parent is not None else _section_line(table, row)
        if (heading := _breakdown_heading(table, row)) is not None and (measure := _whole_above(table, heading)):
            parent = measure  # `营业收入合计` / `分行业` / `工程承包` beside `金额`: the measure the heading breaks down
        elif vocab().head_at_end.search(label) is None and (above := _measure_row_above(table, row)):
            # `货物进口额` / `其中：一般贸易` beside `金额`, all indented alike under the total: the
            # nearest measure above, not the total they are listed under
            parent = above
        hm = vocab().head_at_end.search(_TOTAL_WORDS_END.sub("", SPACED_HAN.sub("", parent)).strip())
        if hm:
            # (`数量` and `金额` side by side under `出口`: 出口数量, 出口金额)
            name = hm.group() + name if name in _QUANTITY_OR_AMOUNT and _both_measured(table) else hm.group()
        elif name in _QUANTITY_OR_AMOUNT and _both_measured(table) and (flow := _any_head_in(table.title or "", generic=False)):
            name = flow + name  # `出口主要商品量值表` over `数量` and `金额`: 出口数量, 出口金额
        elif name not in (table.title or ""):
            name = ""  # the title's measure (`…进出口情况` over `金额  同比`), unless it lists this column's
        elif (flow := _any_head_in(table.title or "", generic=False)) and not name.startswith(flow):
            name = flow + name  # `主要商品出口数量、金额…` over `数量` and `金额`: 出口数量, 出口金额

    if name in _VALUE_COLUMN_WORDS:
        name = _measure_row_above(table, row)  # `其中：一般贸易` under `出口额` beside `绝对数`
    group = SPACED_HAN.sub("", col.group or "").replace(" ", "")
    if group and measure_group(group) and (not name or vocab().head_at_end.search(name) is None):
        name = group  # `地区生产总值` over `绝对额(亿元)  比上年同期增长(%)`: the group's measure
    elif group and measure_group(group) and vocab().head_at_end.search(group) is None and not name.startswith(group):
        name = group + name  # `规模以上工业` over `增加值增速(%)`: the first words of the measure
    name = _named_in_full(name, table.title or "")
    if name and vocab().head_at_end.search(name) is None and _period_words(name):
        name = ""  # `10月  1—10月`: columns named by their period name no measure
    if not name and dim is not None and (row.level or _QIZHONG.match(row.label.strip())) and (above := _measure_row_above(table, row)):
        name = above  # `其中：市场采购` under `出口` in a table of indicators: the export's part
    if not name or vocab().head_at_end.search(name) is None:
        title_head = _any_head_in(table.title or "")
        if title_head and name and _HAN_NAME.fullmatch(name) and not _period_words(name) and name not in title_head:
            name = title_head + name  # `出口订单变化情况` over `增加  持平  减少`: 出口增加 …
        else:
            name = title_head or name
    name = _with_title_qualifier(name, table.title or "")
    if dim == "subject" and TOTAL_ROW.fullmatch(label):
        return (name or label), {}  # the `合计` row: the whole the table is about
    if dim == "market" and (goods := _TITLE_GOODS_BY_MARKET.search(table.title or "")) is not None and goods.group("g") not in name:
        # `本周关区出口蔬菜分市场情况` over `市场  批次  货值`: each market's vegetables
        return (name or label), {dim: label, "product": goods.group("g")}
    return (name or label), {dim: label}


# the goods a table of markets is about (`…出口蔬菜分市场情况`, `…进口原油按国别…`; not trade in
# general, `出口商品分市场…`)
_TITLE_GOODS_BY_MARKET = re.compile(
    r"(?:进出口|出口|进口)(?!货物|商品|贸易|总值|总额|额|值)(?P<g>[\u4e00-\u9fff]{1,6}?)(?:分|按)(?:主要)?(?:市场|国别|国家和地区|国家|地区|目的地|来源地)"
)


_ACCOUNT_SIDES = frozenset(("贷方", "借方", "差额", "净额"))  # a balance-of-payments table's columns
# (or `收入  同比  支出  同比  差额`: receipts beside payments, each a side of the item's account)
_PAIRED_SIDES = {"收入": "支出", "支出": "收入"}
_SHARE_MEASURE = re.compile(r"^(?P<m>[\u4e00-\u9fff]{2,10}?)(?:占比|比重)")


def _share_column_measure(table: TextTable) -> str | None:
    """The measure a table's share column names (`销售额占比（%）` -> 销售额), if one does."""
    for c in table.columns[1:]:
        m = _SHARE_MEASURE.match(SPACED_HAN.sub("", c.label or ""))
        if m and vocab().head_at_end.search(m.group("m")):
            return m.group("m")
    return None


_CUMULATIVE_WORDS = re.compile(r"^(?:累计|当月|本月|合计)")


@functools.lru_cache(maxsize=1024)
def _after_period(name: str) -> str:
    """A quantity or amount column's name after the period it opens with (`1至11月金额` -> 金额,
    `11月数量` -> 数量): the period is the column's; a measure's own name keeps it (`本月收入`)."""
    found = find_periods(name)
    if not found or found[0].start != 0 or found[0].end >= len(name):
        return name
    rest = _CUMULATIVE_WORDS.sub("", name[found[0].end :])
    return rest if rest in _QUANTITY_OR_AMOUNT else name


def _named_in_full(word: str | None, title: str) -> str | None:
    """A column's word that names no indicator head, as the table's title names it in full
    (`货值` under `表一：…划分的商品整体出口货值` -> 商品整体出口货值); otherwise the word."""
    if word and vocab().head_at_end.search(word) is None and (phrase := _title_measure_phrase(title)) and phrase.endswith(word):
        return phrase
    return word


@functools.cache
def _title_qualifiers_longest_first() -> tuple[str, ...]:
    return tuple(sorted(vocab().data.title_qualifiers, key=len, reverse=True))


def _with_title_qualifier(name: str, title: str) -> str:
    """A measure column's name with the kind of trade the table's title names for all of them
    (`表1 各区跨境电商进出口情况` over `出口额` -> 跨境电商出口额)."""
    if not name or vocab().head_at_end.search(name) is None:
        return name
    # (the title is read from the table's simplified layout: see table_metrics)
    kind = next((q for q in _title_qualifiers_longest_first() if q in title), None)
    if kind is None or kind in name or name in kind:
        return name
    after = title[title.index(kind) + len(kind) :]
    # the kind must qualify a measure the title names (`…跨境电商进出口情况`), not a word in passing
    return kind + name if vocab().head_at_end.search(after) or any_head().match(after) else name


# a table of a sector's diffusion indices (`中国制造业PMI及构成指数`, `中国非制造业主要分类指数`)
_INDEX_TABLE = re.compile(rf"(?P<s>{_SECTOR_SCOPE.pattern})(?:[\u4e00-\u9fffA-Z]{{0,8}}?指数|PMI)")


_QUANTITY_OR_AMOUNT = ("数量", "金额")


def _both_measured(table: TextTable) -> bool:
    """The table gives each row's quantity and its amount in columns of their own."""
    names = {_after_period(c.label or "") for c in table.columns if c.role == "value"}
    return all(n in names for n in _QUANTITY_OR_AMOUNT)


# a value column named by what kind of figure it holds, not by a measure (`绝对数（亿元）`)
_VALUE_COLUMN_WORDS = frozenset(("绝对数", "绝对额", "绝对值", "数值", "数额"))


# a row heading a breakdown of the measure above it (`分三大门类`, `分经济类型`, `按行业分`)
_BREAKDOWN_HEADING = re.compile(r"(?:分|按)[\u4e00-\u9fff]{2,8}?(?:分|看|来看)?")


def _breakdown_heading(table: TextTable, row):
    """The row heading the breakdown ``row`` is part of (`分三大门类` over `  采矿业`, `分行业` over
    `工程承包`): its parent, else the empty line above it, when that names a breakdown."""
    if row.level and row.parent is not None:
        above = table.rows[row.parent]
    else:
        k = table.rows.index(row)
        at = next((j for j in range(k - 1, -1, -1) if all(c is None for c in table.rows[j].cells[1:])), None)
        # (a heading with rows indented under it covers those alone: `按重点商品分` / `  机电产品出口`,
        # then `实际使用外资` back at its level)
        above = table.rows[at] if at is not None and not any(r.parent == at for r in table.rows) else None
    if above is not None and _BREAKDOWN_HEADING.fullmatch(SPACED_HAN.sub("", above.label).strip()):
        return above
    return None


def _whole_above(table: TextTable, row) -> str:
    """The nearest measure above ``row``, a total's words left out (`营业收入合计` -> 营业收入)."""
    k = table.rows.index(row)
    for above in reversed(table.rows[:k]):
        label = _TOTAL_WORDS_END.sub("", _QIZHONG.sub("", SPACED_HAN.sub("", above.label)).strip(" :："))
        if label and vocab().head_at_end.search(label):
            return label
    return ""


def _measure_row_above(table: TextTable, row) -> str:
    """The nearest row above naming a measure (`出口额` over `其中：一般贸易` / `机电产品`), or ``""``."""
    k = table.rows.index(row)
    crossed = False
    for above in reversed(table.rows[:k]):
        label = _QIZHONG.sub("", SPACED_HAN.sub("", above.label)).strip(" :：")
        if all(c is None for c in above.cells[1:]) and _BREAKDOWN_SECTION.fullmatch(label):
            crossed = True  # `按贸易方式分：` over `一般贸易`: a breakdown of the table's whole,
            continue        # not of the indented part above it (`  进口`)
        if crossed and above.level:
            continue
        if vocab().head_at_end.search(label):
            return label
    return ""


_BREAKDOWN_SECTION = re.compile(r"(?:按|分)[\u4e00-\u9fff]{1,8}?分?")


def _section_line(table: TextTable, row) -> str:
    """The section line above a row that is not indented under it (`出口` over `钢材  万吨 …`,
    `进口` over `铁矿砂…`): the label of the last row before it whose cells are all empty."""
    k = table.rows.index(row)
    for above in reversed(table.rows[:k]):
        if all(c is None for c in above.cells[1:]):
            return above.label
    return ""


_SPACING = re.compile(r"\s+")


def _kept_space(m: re.Match) -> str:
    """A label's spacing goes, but one space stays between two Latin words (`TikTok Shop`)."""
    s, a, b = m.string, m.start(), m.end()
    return " " if 0 < a and b < len(s) and s[a - 1].isascii() and s[a - 1].isalnum() and s[b].isascii() and s[b].isalnum() else ""


WRAPPED_TAIL_MAX = 4  # characters of a row name's second line (`增加值`, `零售总额`)
WRAPPED_HEAD_MIN = 7  # characters of a first line that a narrow column cut (its second as long at most)
_NOT_A_NAME_START = re.compile(r"[一二三四五六七八九十\d]{1,3}[、.．]|.*[:：]$")


def _with_wrapped_names_joined(table: TextTable) -> TextTable:
    """`规模以上工业` / `增加值  —  —  7.9` in a table of indicators: a name run over two lines,
    its first line holding no figure, is one row (the evidence covers both lines); a section line
    (`一、对外贸易`, `工业：`) stays a row of its own.  A name run over three or more lines of a
    PDF's narrow label column (`归属于上市公司股` / `东的扣除非经常性` / `损益的净利润  311,508,226.14 …`)
    is one row when its lines without figures are all as wide as the column (the same length)."""
    rows = table.rows
    if not any(all(c is None for c in r.cells[1:]) for r in rows):
        return table
    out: list = []
    where: dict[int, int] = {}
    k = 0
    while k < len(rows):
        r = rows[k]
        j = k  # rows k … j-1 hold no figure, each on the line right above the next
        while (
            j + 1 < len(rows) and all(c is None for c in rows[j].cells[1:])
            and 0 < rows[j + 1].span[0] - rows[j].span[1] <= 2  # (the next line, no blank line between)
        ):
            j += 1
        if j > k and _wrapped_name(rows[k:j], rows[j]):
            nxt = rows[j]
            for i in range(k, j + 1):
                where[i] = len(out)
            out.append(dataclasses.replace(
                nxt, label="".join(x.label.strip() for x in rows[k : j + 1]), level=r.level, parent=r.parent,
                label_span=(r.label_span[0], nxt.label_span[1]), span=(r.span[0], nxt.span[1]),
            ))
            k = j + 1
            continue
        where[k] = len(out)
        out.append(r)
        k += 1
    if len(out) == len(rows):
        return table
    out = [dataclasses.replace(r, parent=where.get(r.parent)) if r.parent is not None else r for r in out]
    return dataclasses.replace(table, rows=out)


_NAME_MARKS = re.compile(r"[（）()／/%％\s]")  # `益率（%）`, `／股）`: a unit's brackets closing a wrapped name


def _wrapped_name(heads: list, tail) -> bool:
    """Whether the label-only rows ``heads`` and the row ``tail`` below them are one name wrapped."""
    if not any(c is not None for c in tail.cells[1:]) or _QIZHONG.match(tail.label.strip()):
        return False
    if any(_NOT_A_NAME_START.match(h.label.strip()) or tail.level > h.level for h in heads):
        return False
    if _BREAKDOWN_HEADING.fullmatch(SPACED_HAN.sub("", heads[-1].label).strip()):
        return False  # `分行业` over `工程承包  …`: the heading of a breakdown, not a name's first line
    rest = _NAME_MARKS.sub("", tail.label)
    if len(heads) == 1:
        # (a long first line is a name cut by the column's width: `归属于上市公司股` / `东的净资产`)
        width = len(heads[0].label.strip())
        return 0 < len(rest) <= (width if width >= WRAPPED_HEAD_MIN else WRAPPED_TAIL_MAX)
    widths = {len(h.label.strip()) for h in heads}
    return len(widths) == 1 and min(widths) >= 5 and 0 < len(rest) <= min(widths)


def _kind_of_title_measure(table: TextTable, col: Column, label: str) -> tuple[str, dict] | None:
    """`…外债情况（按部门和期限）` over `部门  短期  中长期  合计`: each column a kind of the measure
    the title names (短期外债), each row a part of it (广义政府); None for other tables."""
    words = _column_words(col)
    if (
        not _HAN_NAME.fullmatch(words) or is_unit(words)  # (`人民币  美元`: the same figure twice)
        or vocab().head_at_end.search(words) or vocab().head_at_end.search(label)
    ):
        return None
    title_head = _any_head_in(table.title or "", generic=False)
    if not title_head:
        return None
    dims = {} if TOTAL_ROW.fullmatch(label) else {"breakdown": label}
    if _period_words(words):
        # `货物吞吐量完成情况` over `本周完成  年累计`: the measure over each period (not where rows
        # or lines between them name measures: `出口：机电产品`, `主要工业产品产量`)
        plain = not any(
            "：" in r.label or ":" in r.label or vocab().head_at_end.search(r.label) or all(c is None for c in r.cells[1:])
            for r in table.rows
        )
        return (title_head, dims) if plain else None
    return (title_head if TOTAL_ROW.fullmatch(words) else words + title_head), dims


def _column_words(col: Column) -> str:
    """A column's name without its unit, spacing or 其中 (`绝对数（亿元）` -> 绝对数)."""
    return _LABEL_UNIT.sub("", _QIZHONG.sub("", SPACED_HAN.sub("", col.label or "")).strip()).strip()


def _column_measure(col: Column) -> str | None:
    """The measure a value column names (`协议投资额（亿元）`, `签约项目（个）`, `出口额`), or None
    for a column named by its period or role alone (`本月`, `1-9月累计`, `金额`, `绝对数`)."""
    name = _column_words(col)
    if name and (lead := _PERIOD_LEAD.match(name)) and (rest := name[lead.end() :]) and not _period_words(rest):
        name = rest  # `本月新签约项目（个）`: the month's count of a measure the column names
    elif (
        name and (found := find_periods(name)) and found[0].start == 0 and (rest := name[found[0].end :])
        and not _period_words(rest) and _MEASURE_WORD_END.search(rest)
    ):
        # `3月零售额（亿元）`, `一季度零售额（亿元）`: the period's, of a measure the column names
        # (not `6月` over `完成`: the period's figure, named by its role)
        name = rest
    if not name or name == col.unit or _period_words(name) or name in vocab().data.generic_heads or name in _VALUE_COLUMN_WORDS:
        return None  # `亿元人民币`: a column named by its unit; `金额`: by its role
    if vocab().head_at_end.search(name) or (col.unit and _HAN_NAME.fullmatch(name)):
        return name
    return None


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")
_MEASURE_WORD_END = re.compile(r"[\u4e00-\u9fff](?:额|量|值|收入|总额|总值)$")
_PERIOD_LEAD = re.compile(r"(?:本月|当月|本期|本季|本年|本年累计|年内)(?=[\u4e00-\u9fff]{2})")


@functools.lru_cache(maxsize=1024)
def _period_words(name: str) -> bool:
    return bool(find_periods(name)) or any(w in name for w in ("本月", "当月", "累计", "同期", "本期", "上年", "去年"))


def _under_parent(table: TextTable, row, label: str) -> str:
    """An indented row names a part of the row above it: `  城镇` under 社会消费品零售总额 is
    城镇社会消费品零售总额, `  城镇常住居民` under 全体居民人均可支配收入 is 城镇常住居民人均可支配收入
    (the words they share written once).  A row that names its own measure (`  出口`) keeps it,
    and so does a row counted in another unit than the row above (`  原煤  万吨` under
    `规模以上工业增加值  %`: a product listed under the growth of industry, not a part of it)."""
    if row.level == 0 or row.parent is None:
        return label
    above = table.rows[row.parent]
    if vocab().head_at_end.search(label) is not None and not (label in _PART_OF_GROUP and all(c is None for c in above.cells[1:])):
        return label  # (`差额` under the section line `一、银行结售汇`: that group's balance)
    mine, theirs = _base_unit(table, row), _base_unit(table, above)
    if mine and theirs and mine != theirs:
        return label
    parent = _without_unit(_QIZHONG.sub("", _LIST_NUMBER.sub("", above.label))).strip(" :：")
    parent = _SUM_WORD_END.sub("", parent)  # `  运输` under `服务贸易合计`: a part of 服务贸易, not of its sum
    if not parent or parent in label:
        return label
    if all(c is None for c in above.cells[1:]):
        # under a section line (`一、银行结售汇` / `  差额`): the part of what it names
        return parent + label
    for k in range(min(len(label), len(parent)) - 1, 1, -1):
        at = parent.find(label[-k:])
        if at >= 0:
            return label + parent[at + k :]
    return label + parent


def _base_unit(table: TextTable, row) -> str | None:
    """The base unit of a row's values (`万吨` -> 吨; `%` for `—  —` under a unit column of %),
    from its first value column whose cell has a unit."""
    for col, cell in zip(table.columns, row.cells):
        if col.role == "value" and cell is not None and cell.unit:
            scale = _unit_scale(cell.unit)
            return scale[1] or cell.unit if scale else cell.unit
    return None


# measures that are parts of the group a section line names (`一、银行结售汇` / `  差额`)
_PART_OF_GROUP = frozenset(("差额", "顺差", "逆差", "合计", "总额", "总计"))
_SUM_WORD_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:合计|总计)$")
_TOTAL_WORDS_END = re.compile(r"(?:合计|总计|小计|总额|总值)$")
_LIST_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\(?[一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．])\s*")
_QIZHONG = re.compile(r"^(?:其中\s*[:：]?|[#＃])\s*")  # `其中：出口`, and a yearbook's `#出口` marking a part
_LABEL_UNIT = re.compile(r"\s?[(（](?![A-Z]{2,6}[)）])[^()（）\d%]{1,6}?[)）]$")


def _without_unit(label: str) -> str:
    """A row's label without the unit or aside it ends with (`货物进出口总额（亿元）`,
    `郑州市（含航空港区）`), except the words that name a coded row (`9610（直购出口）`)."""
    m = _LABEL_UNIT.search(label)
    if m is None:
        return label
    if is_unit(m.group().strip(" （）()")) or _HAN.search(label, 0, m.start()):
        return label[: m.start()]
    return label


_HAN = re.compile(r"[\u4e00-\u9fff]")


PLACE_ROWS_MIN = 3  # rows of places (and their total) that make a table one of places
_PLACE_ROWS = "<places>"  # the header a table of places is read under when its label column has none


def _rows_name_places(table: TextTable) -> bool:
    """Whether nearly every row names a place the gazetteer knows or a county-level unit
    (`翠屏区`, `高  县`), or totals them (`全  市`)."""
    labels = [SPACED_HAN.sub("", r.label).strip() for r in table.rows]
    placed = sum(
        1 for x in labels
        if TOTAL_ROW.fullmatch(x) or looks_like_district(x) or len(x) == 2 and x[-1] in "县旗"
        or ((p := lookup(x)) is not None and p.kind in ("province", "city", "district"))
    )
    return placed >= PLACE_ROWS_MIN and placed >= 0.8 * len(labels)


@functools.cache
def _dimension_header_words() -> dict[str, str]:
    return {w: dim for dim, words in vocab().data.dimension_headers.items() for w in words}


@functools.lru_cache(maxsize=256)
def _title_measure_phrase(title: str) -> str | None:
    """The noun phrase a table title ends its last indicator head with (`表一：按主要目的地划分
    的商品整体出口货值` -> 商品整体出口货值), or None."""
    found = list(any_head().finditer(title))
    if not found:
        return None
    end = found[-1].end()
    start = max(title.rfind(c, 0, found[-1].start()) for c in "的:：　 ") + 1
    return title[start:end] or None


def _any_head_in(text: str, *, generic: bool = True) -> str | None:
    """The last indicator head a table title names (`…对主要市场进出口情况` -> 进出口); with
    ``generic=False`` the last that is not a role word (`…出口数量、金额…` -> 出口)."""
    found = [m.group() for m in any_head().finditer(text)]
    if not generic:
        found = [h for h in found if h not in vocab().data.generic_heads]
    return found[-1] if found else None


# a row's label naming the growth of the row above: its measure's stem (or none), then the rate
# (`进出口总值_累计增长`, `同比增长（%）`, `增速`)
_GROWTH_ROW = re.compile(r"(?P<stem>.*?)[_\s]*(?:累计|当月|本月|本年)?(?:同比|比上年|比去年同期)?(?:增长率|增长|增速|增幅|增减)(?:\(%\)|%)?")
# what a level row's label may add to its measure's stem (`进出口总值_累计值`, `出口额（亿元）`)
_LEVEL_SUFFIX = re.compile(r"[_\s]*(?:累计值|当月值|本月值|累计|当月|本月)?(?:\([^()]{1,8}\))?$")


def _growth_rows(table: TextTable) -> dict[int, int]:
    """Row -> the next row when that one publishes its growth rates (same stem, or no measure of
    its own), in % (its unit cell or the cells say so)."""
    out: dict[int, int] = {}
    rows = table.rows
    for i in range(len(rows) - 1):
        m = _GROWTH_ROW.fullmatch(fold(rows[i + 1].label).replace(" ", ""))
        if m is None or i - 1 in out:
            continue
        stem = m.group("stem")
        level = _LEVEL_SUFFIX.sub("", fold(rows[i].label).replace(" ", ""))
        if (stem and stem != level) or _GROWTH_ROW.fullmatch(fold(rows[i].label).replace(" ", "")):
            continue
        units = {c.unit for c in rows[i + 1].cells[1:] if c is not None and c.value is not None}
        if units and units <= {"%", None} and any(c is not None and c.value is not None for c in rows[i].cells[1:]):
            out[i] = i + 1
    return out


def _rates_of_lone_figures(table: TextTable, row, changes: dict[int, list]) -> tuple[dict[int, tuple], frozenset[int]]:
    """Rates published beside a column left blank, for a balance's one figure: `存款余额  36428.7  —  7.5`
    under `本月  1-5月  同比增长(%)` is the balance's growth (a stock has no year-to-date).  Returns the
    rate each figure's column takes over and the blank columns that gave theirs away."""
    def filled(j: int) -> bool:
        return j < len(row.cells) and row.cells[j] is not None and row.cells[j].value is not None

    def own_rate(j: int):
        return next(((row.cells[k], ccol.basis or "yoy") for k, ccol in changes.get(j, ()) if filled(k)), None)

    blank = [j for j in changes if j < len(row.cells) and row.cells[j] is not None
             and _NO_FIGURE.fullmatch(row.cells[j].text) and own_rate(j) is not None]
    figures = [j for j, c in enumerate(table.columns) if c.role == "value" and filled(j)]
    lone = [j for j in figures if own_rate(j) is None]
    if len(blank) != 1 or len(lone) != 1 or len(figures) != 1:
        return {}, frozenset()
    return {lone[0]: own_rate(blank[0])}, frozenset(blank)


def table_metrics(
    structure, *, reference: dt.date | None, year: int | None, build, doc_end: dt.date | None = None,
    doc_period: PeriodMatch | None = None,
) -> list:
    """Metrics of every table in the document; ``build(table, row, value_cell, reading, scale,
    change, period, source, share)`` makes the output record (the assembly stage owns the record
    types), where ``reading`` is the (indicator, dimensions) of the cell, ``scale`` the unit's
    (multiplier, base unit, kind), ``change`` the (cell, basis) of the rate or None and ``share``
    the (cell, whole) of its share or None; a row publishing only its rate is built with
    ``value_cell`` and ``scale`` None.  ``doc_period`` is the document's governing period."""
    layout = structure.layout
    if not may_hold_tables(layout.original):
        return []
    out = []
    simplified = to_simplified(layout.original)
    if written_traditional(layout.original, simplified):
        # a traditional release's tables read as simplified, character for character (the spans
        # hold; the caller quotes cells from the original)
        layout = dataclasses.replace(layout, original=simplified)
    for table in map(_with_wrapped_names_joined, find_tables(layout)):
        # a table whose title and note name no period: the document's (`表7 主要商品出口数量、
        # 金额及其增长速度` in a year's communiqué)
        anchor = _anchor_period(table, reference, year) or doc_period
        # one source for the whole table; a note naming one per topic (`对外贸易数据来源于…，利用
        # 外资数据来源于…`, or only `进出口数据来源于…` for a table of other rows too) leaves each
        # row to the document's data notes
        notes = [n for n in _NOTE_SOURCE.findall(table.note or "") if not is_reporting_system(n)]
        topical = any(n.topics for n in data_notes(table.note or "", systems=True))
        table_source = notes[0] if len(notes) == 1 and not topical else None
        source_col = next((j for j, c in enumerate(table.columns) if c.role == "other" and _SOURCE_COLUMN.fullmatch(fold(c.label or "").strip())), None)
        # the rate columns of each value column, the year-on-year one first (`同比增速  环比增速`)
        changes: dict[int, list] = {}
        for j, c in enumerate(table.columns):
            if c.role == "change" and c.of is not None:
                changes.setdefault(c.of, []).append((j, c))
        for cols in changes.values():
            cols.sort(key=lambda jc: (jc[1].basis or "yoy") != "yoy")
        shares = _share_columns(table)
        # share columns naming what firms do, each read under the measure it names
        own_shares = {j: dataclasses.replace(c, label=own + "企业占比") for j, c in enumerate(table.columns)
                      if c.role == "other" and (own := _own_share_measure(c)) is not None}
        # `目标市场  销售额占比（%）  同比增速（%）`: no level column; the share and the rate are
        # one measure's, of one row
        lone_share = _lone_share_column(table)
        rate_columns = _period_rate_columns(table)
        head = _label_header(table)
        if not head and table.rows and all(_is_period_label(r.label) for r in table.rows):
            head = "时间"  # rows labelled `2025年10月`, `2025年11月` under no header: rows are periods
        elif not head and _rows_name_places(table):
            head = _PLACE_ROWS  # `全  市` / `翠屏区` / `高  县` under a label column named only in a rule
        period_rows = _PERIOD_HEADER.match(head) is not None
        point_dates = not any(c.label and _NUMBERED_DATE.search(c.label) for c in table.columns)

        def cell_period(col: Column, row_period, at_end: bool = False, period_rows=period_rows):
            """A cell's period: its row's, else its column's; a year's row under a quarter's or a
            month's column, those months of the year (`2024` / `1季度`); a row of levels at the
            period's end (`EF账户数（期末，个）`), the column's end, no start."""
            if row_period and period_rows and (row_period[0].month, row_period[1].month) == (1, 12) and col.label and _is_period_label(col.label):
                inside = [p for p in _periods_in(col.label, reference, row_period[0].year) if p.first and p.last]
                if inside:
                    return inside[0].first, inside[0].last
            got = row_period or _column_period(col, anchor, reference, year, doc_end, point_dates)
            return (None, got[1]) if at_end and got is not None and not row_period else got

        # a row of growth rates under the row of levels it is the growth of (`进出口总值_累计值` /
        # `进出口总值_累计增长`, `进出口总额（亿元）` / `增长（%）`): each rate goes with its level
        rate_rows = _growth_rows(table)
        for i, row in enumerate(table.rows):
            if i - 1 in rate_rows:
                continue  # (read with the levels above it)
            growth = table.rows[rate_rows[i]] if i in rate_rows else None
            # `数据来源` as a column: each row names who published its figures (`厦门海关`)
            source = _row_source(row, source_col) or table_source
            row_period = _row_period(row, anchor, reference, year, doc_end) if period_rows else _label_period(row, anchor, reference, year, doc_end)
            # (a part of a balance, `其中：住户存款` under `…各项存款余额`, is a balance too)
            at_end = any(_AT_PERIOD_END.search(r.label) for r in (row, *([table.rows[row.parent]] if row.parent is not None else ())))
            taken, given = _rates_of_lone_figures(table, row, changes) if at_end else ({}, frozenset())
            for j, col in enumerate(table.columns):
                if j in rate_columns:
                    col = dataclasses.replace(col, role="change", basis=col.basis or "yoy")
                if col.role == "change" and col.of is None and j < len(row.cells):
                    # a table of growth rates alone (`表3 …增加值增速` headed `9月  1-9月`): each
                    # rate is a fact without a level
                    ccell = row.cells[j]
                    if ccell is not None and ccell.value is not None:
                        period = cell_period(col, row_period, at_end)
                        share = None
                        if lone_share is not None and lone_share[0] < len(row.cells):
                            scell = row.cells[lone_share[0]]
                            share = (scell, lone_share[1]) if scell is not None and scell.value is not None else None
                        out.append(build(table, row, None, _row_reading(table, row, col, head), None,
                                         (ccell, col.basis or "yoy"), period, source, share))
                    continue
                if j in own_shares and j < len(row.cells):
                    # `欧洲  172  43.6  73.8  25.0` under `样本数  收入增长占比  盈利企业占比 …`:
                    # each share the firms' own, a fact without a level
                    scell = row.cells[j]
                    if scell is not None and scell.value is not None:
                        reading = _row_reading(table, row, own_shares[j], head)
                        out.append(build(table, row, None, reading, None, None, cell_period(col, row_period, at_end), source, (scell, None)))
                    continue
                if col.role != "value" or j >= len(row.cells):
                    continue
                cell = row.cells[j]
                change = taken.get(j)
                if j in given:
                    continue  # (its rate is the row's one figure's)
                for k, ccol in changes.get(j, ()) if change is None else ():
                    ccell = row.cells[k] if k < len(row.cells) else None
                    if ccell is None or ccell.value is None:
                        continue
                    if change is None:
                        change = (ccell, ccol.basis or "yoy")
                    else:
                        # a second rate of the same figure (`环比增速`): a fact of its own, without the level
                        period = cell_period(col, row_period, at_end)
                        out.append(build(table, row, None, _row_reading(table, row, col, head), None,
                                         (ccell, ccol.basis or "yoy"), period, source, None))
                if change is None and cell is not None and cell.rate is not None and cell.rate.value is not None:
                    change = (cell.rate, "yoy")  # `17106.3（6.9）`: the figure's growth in brackets
                if change is None and growth is not None and j < len(growth.cells) and (gcell := growth.cells[j]) is not None and gcell.value is not None:
                    change = (gcell, "yoy")
                if cell is None or cell.value is None:
                    if change is not None and (cell is None or _NO_FIGURE.fullmatch(cell.text)):
                        # `规模以上工业增加值  —  —  8.4`: only the growth rate is published
                        period = cell_period(col, row_period, at_end)
                        out.append(build(table, row, None, _row_reading(table, row, col, head), None, change, period, source, None))
                    continue
                scale = _unit_scale(cell.unit or table.unit or "")
                if scale is None:
                    continue
                period = cell_period(col, row_period, at_end)
                share = None
                if j in shares:
                    k, of = shares[j]
                    scell = row.cells[k] if k < len(row.cells) else None
                    share = (scell, of) if scell is not None and scell.value is not None else None
                out.append(build(table, row, cell, _row_reading(table, row, col, head), scale, change, period, source, share))
    return [m for m in out if m is not None]
