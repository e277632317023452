"""Plain-text tables: the header row, data rows, title, unit and note of a converted table.

Why a module of its own: PDF/Word conversion turns a bulletin's tables into lines whose cells
are separated by runs of spaces, tabs, full-width spaces or bars.  The layout stage cleans each
line for prose reading (it drops the spaces between CJK text and digits, so `指标名称    本月`
becomes `指标名称本月`), so this reader splits the *original* line spans instead and every cell,
label and title it returns is a slice of ``layout.original``.

    表1  2025年9月外贸主要指标        -> title
    单位：亿元                         -> unit "亿元"
    指标名称    本月    同比±%         -> columns: label, value (month), change (yoy, of=1, "%")
    进出口总值  51.08   12.6          -> row 0
      出口      36.92   15.8          -> row 1 (level 1, parent 0)
    注：累计为1-9月数据。               -> note

A table needs a header row with two column labels followed by two data rows holding two numbers
each in exactly the header's columns; prose (。，；), lists, cover lines and tables of contents
never qualify.  Every scan is linear: each line is split once (lazily, memoised), lines longer
than :data:`MAX_LINE` are never table lines, and all patterns are flat or run on bounded cells.

Not read (yet): cells wrapped onto a second line, headers of three or more rows, tab-aligned
text that uses several tabs as one gap (each tab is one cell boundary), `其中：` standing on a
line of its own (the rows below it keep their indentation level), footnote marks on figures.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from .layout import TOC_LEADER_RE, Layout
from .script import to_simplified
from .textview import fold

__all__ = ["Cell", "Column", "Row", "SPACED_HAN", "TextTable", "cell_unit", "find_tables", "measure_group", "rate_measure", "value_column_of"]

Span = tuple[int, int]

# A table line is short: a longer line is prose, whatever it contains (keeps every scan cheap).
MAX_LINE = 400
# A header must be followed by its two full rows within this many lines: a failed attempt then
# costs a bounded scan, so lines that read both as a header and as a row stay linear.
PROOF_LINES = 12


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its header text and what the header says about the cells below it.

    ``role`` is "label", "unit", "value", "change" or "other"; ``period_hint`` is "month" or
    "cumulative" (``label`` keeps the raw header, e.g. `1-9月`, for the caller to resolve);
    ``of`` is the value column a change column qualifies; ``basis`` is "yoy" or "mom";
    ``group`` is the spanning header above it in a two-row header (`本月` over `金额  同比%`)."""

    label: str
    role: str
    span: Span | None = None
    period_hint: str | None = None
    unit: str | None = None
    of: int | None = None
    basis: str | None = None
    group: str | None = None


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell: ``text == layout.original[span[0]:span[1]]``; ``value`` is None for `—`, `…`."""

    text: str
    span: Span
    value: Decimal | None = None
    unit: str | None = None
    rate: Cell | None = None  # `17106.3（6.9）`: the growth rate in brackets after the figure


@dataclass(frozen=True, slots=True)
class Row:
    """One data row; ``cells`` line up with the table's columns (None where a cell is empty)."""

    label: str
    label_span: Span
    level: int
    parent: int | None
    cells: list[Cell | None]
    span: Span


@dataclass(frozen=True, slots=True)
class TextTable:
    """A table read from plain text; units are folded (`％` -> `%`), texts are original slices."""

    title: str | None
    title_span: Span | None
    unit: str | None
    note: str | None
    note_span: Span | None
    columns: list[Column]
    rows: list[Row]
    span: Span


# --- cell and line shapes (matched on the folded text: `１２．６` reads as `12.6`) ----------------
_WS = " \t\r\f\v\u00a0\u2002\u2003\u2009\u202f\u205f\u3000"
_WS_RUN = re.compile(f"[{_WS}]+")
_BAR = re.compile("[|│┃║]")  # `｜` folds to `|`
_TAB = re.compile("\t")
_NUM = re.compile(r"[+\-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?: ?[%‰])?")  # -2.6, 1,234.5, 12.6%
# a rate after its arrow in a bordered table's cell, `▲8.9%`, `▼1.2%` (not a rank's move, `↑2`, nor
# an index's points, `↑4.3`; nor a card's line spaced out, `▶ 进出口 312.5亿元 ↑8.7%`)
_ARROW_RATE = re.compile(r"[▲▼△▽↑↓] ?\d+(?:\.\d+)? ?%")
# a figure and its growth rate in brackets in one cell (folded text): `17106.3(6.9)`, `4576.3(-3.1)`
_NUM_RATE = re.compile(r"(?P<n>[+\-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\((?P<r>[+\-\u2212]?\d+(?:\.\d+)?)%?\)")
# a figure written with its unit in the cell (`286 家`, `5.86 亿美元`, `1,046.2万平方米`)
_NUM_UNIT = re.compile(r"(?P<n>[+\-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?) ?(?P<u>[^\d\s%‰.,+\-]{1,5})")
_MISSING = re.compile(r"[-\u2010-\u2015\u2212…/×*.·]+")  # — - … -- ... /
_YEAR_COLUMN = re.compile(r"年份|年度|年")  # a label column of years
_YEAR_ROW = re.compile(r"(?:19|20)\d\d年?")
# the customs supervision modes of cross-border e-commerce and market procurement, named by their codes
TRADE_MODE_CODE = re.compile(r"9610|9710|9810|1210|1239|1039")
_YEAR = re.compile(r"(?:19|20)\d\d(?:[.\-/](?:0?[1-9]|1[0-2]))?")  # a bare year (or year.month, `2025.11`) may head a column
# Prose punctuation, judged on the original (`，` folds to `,`, which also separates thousands).
_PROSE = re.compile(r"[。，；！？]|[\u4e00-\u9fff][,;]|[,;][\u4e00-\u9fff]")
_NOTE = re.compile(r"[*_]{0,2}[(（]?(?:注|备注|说明|附注|资料来源|数据来源|来源)\s?[\d①②③④⑤]{0,2}\s?:")  # (`（数据来源：武汉海关）` too)
_BRACKETED = re.compile(r"\([^()]*\)|（[^（）]*）")
_TABLE_NO = re.compile(
    # (a spreadsheet's sheet name before it: `[Sheet2] 表二　…`)
    r"(?:\[[A-Za-z\d\u4e00-\u9fff]{1,12}\]\s*)?(?:附?表\s?[\d一二三四五六七八九十]{1,3}(?![\d年月])|附?表(?=\s))"  # `表2`, `附表  2025年…`, `表  1—7月…`
    r"|\d{1,2}[-—–]\d{1,2}(?=[ \u3000]+[\u4e00-\u9fff])"  # a yearbook's chapter-numbered table: `11-4  按主要国家…`
)
_UNIT_AT_LINE_END = re.compile(r"[ \u3000]*[(（]?(?:金额)?单位\s?[:：][^\n]{1,16}$")
_UNIT = re.compile(r"单位\s?:\s?([^()\[\]\s]{1,16})")  # 单位：亿元 / (单位:万美元)
_RULE = re.compile(r"[\s|:+\-=─━—_]{3,}")  # |---|---| and ----- between header and rows
_RULE_LINE = re.compile(r"\n[ \t\u3000]*[─━=_-]{3,}[ \t\u3000]*\r?\n")
_HAN = re.compile("[\u4e00-\u9fff]")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_QIZHONG = re.compile(r"其中\s?:?\s?")
# Header words -> column role, basis and period.
_UNIT_COL = re.compile(r"(?:计量|计算)?单位")
_IMAGE_LINE = re.compile(r"\s*(?:\[(?:图片|图|image[^\]]{0,80})\]\s*(?:点击(?:查看)?大图)?|点击(?:查看)?大图|点击图片查看大图)\s*")  # (folded text)
_CHANGE = re.compile(r"同比|环比|比上|比去年|比同期|增长|增速|增幅|增减|±|涨跌|按年|按月|变动|年增|月增")  # 按年变动(%): Hong Kong and Macao; 年增率: Taiwan
_RATE_TITLE = re.compile(r"(?:增速|增长速度|增幅|增长率|涨跌幅度?|涨跌幅|变动幅度|升降幅度)(?:情况)?\s*$")
_MOM = re.compile(r"环比|[比较]上月|按月|(?<![同当本])月增(?:率|[減减])")  # (月增率: Taiwan's month-on-month; not 上年同月增减, 当月增速)
# a change against an earlier stage of the same year (`比上半年增减（百分点）`, `较一季度`): its own basis
_EARLIER_STAGE = re.compile(r"[比较](?:上半年|[一二三]季度|前三季度|上季度?|\d{1,2}月|[1１]?[-—－~至]\d{1,2}月)")
_YOY = re.compile(r"同比|[比较]上年|[比较]去年|[比较]同期|增长|增速|增幅|按年|年增")
_AMOUNT_HEAD = re.compile(r"金额|货值|价值|进出口额|出口额|进口额")
_OTHER = re.compile(r"占比|比重|份额|排名|排位|排序|位次|名次|备注|说明|类别|类型|行次|栏次|序号|代码|编码|编号|进展|进度|建设内容|主要内容|状态|完成率|主营(?:业务|产品)$|主要(?:产品|业务)$|主要(?:出口|进口|销售)?(?:市场|目的地|来源地|国别|国家|地区|客户)$|(?:出口|目标)市场$|所属(?:行业|领域|地区|区域|县区|园区)$|业务领域$|牵头(?:科室|单位|部门|处室)$|责任(?:单位|部门|科室|处室)$|主管部门$|承办单位$|实施主体$|^地区$|^完成(?:年度|全年|本年)?(?:目标|计划|任务)|^(?:所属)?(?:国家|国别)(?:/地区|\(地区\)|和地区|或地区)?$|所在(?:地|地区|城市|地市|市州|县区|区县|区|县|市)$|(?:项目|产品|商品|企业|单位|品牌)名称$|所属(?:城市|地市|市州|市)$|(?:企业|经济|单位)?性质$|所有制(?:类型|形式)?$|投资方|建设单位|实施单位|承建单位|合作方|^占[^()%\d]{1,12}\(?%\)?$|^占(?:全[国省市区县]|总|全部)[^()%\d]{0,10}$|^(?:数据|资料|信息)?来源(?:单位|部门|机构)?$")  # not figures: shares (`占全国（%）`, not `占地面积`), ranks, notes, row numbers, codes and remarks (`进展情况`), what a listed firm does (`主营业务`, not `主营业务收入`), who leads a task (`牵头科室`), who published a row (`数据来源`)
_DAY = re.compile(r"当日|本日|今日|当天")
_MONTH_TO_DATE = re.compile(r"(?:本|当)月累计|月度累计")
_CUM = re.compile(r"累计|[1一]\s?月?\s?[-—–~～至到]\s?(?:\d{1,2}|十[一二]?|[二三四五六七八九])\s?月|前\s?[\d一二三四五六七八九十]{1,3}\s?个?月|前[一二三]季度|年初至")
_MONTH = re.compile(r"本月|当月|(?<![\d\-—–~～至到])(?:1[0-2]|0?[1-9])\s?月|(?<![一二三四五六七八九十至到])(?:十[一二]?|[一二三四五六七八九])月")
SPACED_LETTER_GAP = 6  # characters between the letters of a word spaced out
SPACED_HAN = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")  # spaces inside a word spaced out: `本 月`, `东　盟`
_SECTION_LINE = re.compile(r"[一二三四五六七八九十]{1,3}[、.]")
_RANK_HEAD = re.compile(r"排序|排名|序号|位次|名次")
_UNIT_ONLY = re.compile(r"\([^()\d]{1,8}\)")  # a header cell that is a unit alone: (户), (亿美元), (%)
_BARE_UNIT = re.compile(r"(?:万亿|亿|千万|百万|万|千)?(?:元|美元|欧元|日元|港元|英镑)(?:人民币)?|人民币(?:万亿|亿|万)?元")
_TITLE_UNIT = re.compile(r"\(\s?([^()\d:]{1,8}?)\s?\)\s*$")  # a title's closing unit: `…（亿元）`, `…(百萬港元)`
_HEAD_UNIT = re.compile(r"\(\s?([^()\d]{1,8}?)\s?\)")  # 绝对值（亿元） -> 亿元; not 累计(1-9月)
_CLOSES_ON_BRACKET = re.compile(r"[)）]\s*$")
_ACCOUNT_SIDES = frozenset(("贷方", "借方", "净额"))  # a balance-of-payments column's side, no unit


@functools.lru_cache(maxsize=8192)
def _kind(t: str, bordered: bool = False) -> str:
    """`e`mpty, `n`umber, `m`issing marker or `t`ext (length-guarded before any match); a number
    with its growth rate in brackets (`17106.3（6.9）`) is a number, and in a ``bordered`` row a
    rate after its arrow (`▲8.9%`)."""
    if not t:
        return "e"
    if len(t) <= 24 and (_NUM.fullmatch(t) or _NUM_RATE.fullmatch(t) or (bordered and _ARROW_RATE.fullmatch(t))):
        return "n"
    if len(t) <= 24 and (m := _NUM_UNIT.fullmatch(t)) is not None and _cell_unit_word(m.group("u")):
        return "n"
    if len(t) <= 12 and (_MISSING.fullmatch(t) or _RANK_MOVE.fullmatch(t)):
        return "m"
    return "t"


_ARROW_SIGNS = {"▲": "", "△": "", "↑": "", "▼": "-", "▽": "-", "↓": "-"}  # a rate's arrow: its sign


# a ranking table's move against last year (`↑2`, `↓4`, `→`): places, never a figure
_RANK_MOVE = re.compile(r"[↑↓→↗↘]\s?\d{0,4}|\d{1,4}\s?[↑↓]")


def _value(t: str) -> Decimal | None:
    if t[:1] in _ARROW_SIGNS:
        t = _ARROW_SIGNS[t[0]] + t[1:].lstrip()
    try:
        return Decimal(t.rstrip("%‰ ").replace(",", "").replace("\u2212", "-"))
    except (InvalidOperation, ValueError):
        return None


@functools.lru_cache(maxsize=4096)
def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _dist(x: Span, h: Span) -> tuple[int, int]:
    """How far a cell sits from a header cell: the gap between them, then between centres."""
    return (max(0, h[0] - x[1], x[0] - h[1]), abs(h[0] + h[1] - x[0] - x[1]))


def _period(t: str) -> str | None:
    # a daily report's columns: `当日`, and the month to date `本月累计` (not the year's)
    if _DAY.search(t):
        return "day"
    if _MONTH_TO_DATE.search(t):
        return "month"
    # `1-9月` also holds `9月`: cumulative forms are tried first
    if _CUM.search(t):
        return "cumulative"
    return "month" if _MONTH.search(t) else None


def _head_unit(t: str) -> str | None:
    bracketed = [w for m in _HEAD_UNIT.finditer(t) if (w := m.group(1).strip())]
    if bracketed:
        # `退（免）税额（万元）`: the bracket that names a unit, not a word the label brackets
        # (a word bracketed inside it, `退（免）税额`, names none)
        # (nor an account's side, `收入（贷方）`)
        no_unit = _CLOSES_ON_BRACKET.search(t) is None or bracketed[0] in _ACCOUNT_SIDES
        return next((w for w in reversed(bracketed) if is_unit(w)), None if no_unit else bracketed[0])
    if _BARE_UNIT.fullmatch(t):
        return t  # a column headed by its unit alone (`亿元人民币  亿美元`)
    return "%" if "%" in t else None


# not an abbreviation in brackets (`信息技术外包(ITO)`): that names the row, not its unit
_LABEL_UNIT = re.compile(r"\((?![A-Z]{2,6}\))\s?([^()\d%]{1,6}?)\s?\)$")


_MEASURE_WORDS = "数量|金额|价值|重量|货值"
_MEASURE_WORD_END = re.compile(rf"(?:{_MEASURE_WORDS})$")
_MEASURE_WORD_IN = re.compile(_MEASURE_WORDS)
_PRIOR_COLUMN = re.compile(r"上周|上月|上期|上季度?|上年|去年|上年同期|去年同期|上年同月")


def _label_unit(t: str) -> str | None:
    """`货物进出口总额(亿元)` -> 亿元 (folded text; only a closing parenthesis); not a bracketed
    word that names no unit (`一、主要国别(地区)`, `(含港澳台)`)."""
    m = _LABEL_UNIT.search(t)
    if m is None and (echo := _ENGLISH_TAIL.search(t)) is not None:
        m = _LABEL_UNIT.search(t, 0, echo.start())  # `员工人数（人）Employees (persons)`: the English echo after it
    if m is None:
        return None
    # (the last of a bracket's remarks: `EF账户数(期末,个)` -> 个)
    word = re.split(r"[,，、;；]", m.group(1))[-1].strip()
    return word if word and is_unit(word) else None


@functools.lru_cache(maxsize=512)
def unit_quantity(word: str):
    """``word`` read as the unit of one (`亿元` -> 1 亿元: its multiplier, base unit and kind), or
    None when it reads as no one unit.  Cached: every cell of a table asks for its unit's."""
    from .quantities import find_quantities  # (imported here: the quantity lexicon is large)

    found = find_quantities("1" + word)
    return found[0] if len(found) == 1 and found[0].end == 1 + len(word) else None


def _unit_kind(word: str) -> str | None:
    """The kind of quantity ``word`` makes after a 1 (`money`, `count`, …), or None."""
    q = unit_quantity(word)
    return q.kind if q is not None else None


def is_unit(word: str) -> bool:
    """``word`` reads as the unit of a figure (`亿元`, `家`, `万吨`, `%`): one quantity after a 1."""
    return _unit_kind(word) not in (None, "number")


def is_counter(word: str) -> bool:
    """``word`` is a counter (`家`, `批次`): the unit of a count, not of an amount or a measure."""
    return _unit_kind(word) == "count"


_BOUND_WORDS = re.compile(r"以上|以下|左右|上下|以内|余|多|及")


def _cell_unit_word(u: str) -> bool:
    """A unit written after a cell's figure (`家`, `亿美元`); not a bound (`10亿元以上`, a size
    class naming a row)."""
    return _BOUND_WORDS.search(u) is None and is_unit(u)


def _unit_cell(t: str) -> bool:
    """`单位：亿元`, `(单位:万美元)`, `金额单位：亿元` (not a title that ends in a unit)."""
    m = _UNIT.search(t)
    return m is not None and m.start() <= 3


# (`GMV环比（%）`: a basis alone after the measure's name)
_RATE_WORDS = re.compile(r"(?:比上年同期|比去年同期|比上年|比去年|较上年|同比|环比|累计)?(?:增长|增速|增幅|增减|下降|±)(?:率)?\s*(?:\([^()]*\))?\s*$|(?<=[A-Za-z])(?:同比|环比)\s*(?:\([^()]*\))?\s*$")


def _names_other_measure(label: str, value_label: str) -> bool:
    """A rate column naming a measure of its own (`规模以上工业增加值增长(%)`), not the figure in
    the value column to its left (`出口额` / `出口增长`)."""
    measure = rate_measure(label)
    if measure is None:
        return False
    value = SPACED_HAN.sub("", _HEAD_UNIT.sub("", value_label)).strip()
    return not (measure in value or value in measure or measure[:2] == value[:2])


def rate_measure(label: str) -> str | None:
    """The measure a rate column names (`规模以上工业增加值增长(%)` -> 规模以上工业增加值), or None."""
    m = _RATE_WORDS.search(label)
    measure = SPACED_HAN.sub("", label[: m.start()]).strip() if m else ""
    # not a basis (`较上年末增减(家)`) nor a period (`1-9月增长`)
    named = len(_HAN.findall(measure)) >= 2 or _ACRONYM.fullmatch(measure) is not None  # (`GMV`, `PMI`)
    ok = named and not _period(measure) and not _CHANGE.search(measure) and measure[:1] not in "较比" and not _THIS_PERIOD.fullmatch(measure)
    return measure if ok else None


_ENGLISH_TAIL = re.compile(r"(?<=\))\s*[A-Za-z][A-Za-z0-9 .,:()%/&-]*$")  # a bilingual label's English after its bracket
_ENGLISH_ECHO = re.compile(r"[|/]?\s*[A-Za-z][A-Za-z0-9 .,:()%/-]*")  # a bilingual line's English half
_THIS_PERIOD = re.compile(r"本年|本期|今年|当年|报告期|本年度")  # `本年比上年增减(%)`: the year reported, no measure
_YEAR_ON_YEAR_LABEL = re.compile(r"\s*(?:同比|比上年|较上年)(?:增长|增减|变动|变化)?|\s*(?:增长|增减)(?:率|幅度)?\s*(?:\(%\)|%)?\s*$|\s*YoY", re.IGNORECASE)


# a row that totals the others (`合计`, `全  市`), here and in the metric reader of tables
# the whole a table's rows part: `合计`, `全市`, and the two together (`全省合计`, `集团合计`)
TOTAL_ROW = re.compile(r"(?:(?:全\s*[市省区县国]|集\s*团)\s*)?(?:合\s*计|总\s*计)|小\s*计|全\s*[市省区县]|总\s*体")


TAB_ROW_TABS = 3


# one field of a CSV line: quoted (its quotes no part of it) or bare, up to the next comma
# (a bare field holds no run of spaces: `3,412       3,186` is an aligned row's thousands)
_CSV_FIELD = re.compile(r'[ \t]*(?:"(?P<q>[^"\n]{0,60})"|(?P<b>(?:[^,"\n ]| (?! )){0,40}))[ \t]*')
CSV_FIELDS_MIN = 3
_THOUSANDS = re.compile(r"\d,\d{3}(?![\d])")


def _csv_cells(o: str, s: int, e: int) -> list[Span] | None:
    """The fields of a CSV export's line (three or more, short, no sentence among them), or None:
    prose written with half-width commas has its sentences' full stops and long clauses."""
    line = o[s:e]
    if o.count(",", s, e) < CSV_FIELDS_MIN - 1 or "。" in line or "\t" in line or "|" in line or "｜" in line:
        return None  # (a bordered row's cells hold thousands: `| 总值 | 295,736.4 | 176,118.2 |`)
    if '"' not in line and _THOUSANDS.search(line):
        return None  # `3,412   3,186`: an aligned row's thousands, no fields
    end = e - 1 if e > s and o[e - 1] == "\r" else e
    cells: list[Span] = []
    pos = s
    while True:
        m = _CSV_FIELD.match(o, pos, end)
        if m is None:
            return None
        g = "q" if m.group("q") is not None else "b"
        a, b = m.span(g)
        while a < b and o[a] in " \t":
            a += 1
        while b > a and o[b - 1] in " \t":
            b -= 1
        cells.append((a, b))
        pos = m.end()
        if pos < end and o[pos] == ",":
            pos += 1
            continue
        break
    if pos != end or len(cells) < CSV_FIELDS_MIN or sum(1 for a, b in cells if b > a) < 2:
        return None
    return cells


def _remark_after_tabs(o: str, s: int, e: int) -> bool:
    """A tab-delimited row whose only clause punctuation stands in its last cell."""
    last = o.rfind("\t", s, e)
    return o.count("\t", s, e) >= TAB_ROW_TABS and not _PROSE.search(o, s, last)


def _bordered_bracket(o: str, s: int, e: int) -> bool:
    """A bordered row whose only prose marks stand in a bracket of its label
    (`| EF账户数（期末，个） |  —  |  4126 |`): a table row, not a sentence."""
    return o[s:e].lstrip().startswith(("|", "│", "┃")) and _PROSE.search(_BRACKETED.sub("", o[s:e])) is None


def _role(t: str) -> str:
    if _UNIT_COL.fullmatch(t):
        return "unit"
    if _OTHER.search(t):
        return "other"
    if _INDEX_COLUMN.search(t) or ON_A_BASE.search(t):
        return "value"  # `同比指数（上年同月=100）`: an index's level on its base, not a rate
    return "change" if _CHANGE.search(t) else "value"


_INDEX_COLUMN = re.compile(r"指数\s*(?:\(|$)")
ON_A_BASE = re.compile(r"[=＝]\s*100(?!\d)")  # (`上年同月=100`: a price index's base)


_SPREAD_HEADER_WORDS = frozenset(("指标", "项目", "地区", "名称", "单位", "月份", "区域", "行业", "类别", "国别", "年份"))
_HAN_LABEL = re.compile(r"(?=[^ ]*[\u4e00-\u9fff])[\u4e00-\u9fff\d][\u4e00-\u9fff:：\d\-—~()（）%％]{1,15}")
_RULE_WORD = r"[^\s─━═┄┅┈┉┌┐┬┴└┘├┤┼╔╗╦╚╝╩╠╣╬│┃║\-=+_~.…·]+"
_RULE_LABEL = re.compile(rf"{_RULE_WORD}(?:[-—~]{_RULE_WORD})*")  # `8月`, `1-8月累计` written into a box rule
_RULE_CORNERS = frozenset("┌┬┐╔╦╗")
_RULE_TRIM = "-=─━_ \u3000"  # a rule's strokes around a spanning header written into it


HEAD_UNIT_LINES = 12  # lines at a document's head where a unit line for all its tables may stand
_HEAD_UNIT_LEGEND = re.compile(r"(?m)^[ \t\u3000]*(?:计量)?单位\s?:\s?([^\s;:]{1,6}(?:\s?;\s?[^\s;:]{1,6}){1,4})[ \t\u3000]*\r?$")
_ROW_COUNT = re.compile(r"共\s?\d{1,6}\s?[条项行个]")
_BOX_RULE = re.compile(r"[├┌└]?[─━]+(?:[┬┼┴][─━]+)*[┤┐┘]?")  # `├────┬────┤` between header lines


def _stacked_label(over: list, x: tuple[int, int], text: str) -> str:
    """``text`` at columns ``x`` of a box header, with the label standing over it (``over``: the
    (x range, text) of the line above) put first, or in place of a rule."""
    mid = (x[0] + x[1]) / 2
    above = next((t for (a, b), t in over if a <= mid <= b), "")
    if _BOX_RULE.fullmatch(text):
        return above
    return above + text


def value_column_of(columns: list[Column], j: int, text: str) -> int | None:
    """The value column a rate column ``j`` headed ``text`` (folded) is the growth of: the one
    whose measure it names (`1至11月数量 1至11月金额 数量同比±% 金额同比±%`), among those of its
    period when it names one (`比上年同期增长(%) 6月`); else the one whose name the rate's opens
    with (`产量 销量 产量同比 销量同比`); else the nearest to its left."""
    values = [v for v in range(j - 1, 0, -1) if columns[v].role == "value"]
    ph = _period(text)
    same = [v for v in values if ph is not None and columns[v].period_hint == ph]
    labels = {v: fold(columns[v].label or "") for v in values}
    named = [v for v in (same or values) if (w := _MEASURE_WORD_END.search(labels[v])) and w.group() in text]
    if named or same:
        return (named or same)[0]
    if ph is None and _MOM.search(text) and (months := [v for v in values if columns[v].period_hint == "month"]):
        return months[0]  # `本月  累计  环比(%)  同比增长(%)`: a change on the month before is the month's
    if ph is not None and any(columns[v].period_hint for v in values):
        return None  # `1月至11月按年变动` beside `11月销货价值`: the rate of a period no column has
    # (`总销货价值` over `(亿元)`: the spanning header names the value column's measure)
    if (w := _MEASURE_WORD_IN.search(text)) and not any(w.group() in fold(columns[v].group or "") + labels[v] for v in values):
        return None  # `按年变动：数量` beside `销货价值`: the rate of a quantity no column gives
    years = {v: int(y.group()[:4]) for v in values if (y := _YEAR.match(SPACED_HAN.sub("", labels[v]).strip()))}
    if years and (_THIS_PERIOD.match(text) or (len(years) == len(values) > 1 and _YEAR_ON_YEAR_LABEL.match(text))):
        # `2024 年  2023 年  本年比上年增减(%)  2022 年`, `2024年  2023年  同比 YoY`: the change of
        # the latest year's figure
        return max(years, key=years.__getitem__)
    opened = next((v for v in values if labels[v] and text.startswith(labels[v].strip())), None)
    if opened is not None:
        return opened
    if len(values) > 1 and _PRIOR_COLUMN.match(SPACED_HAN.sub("", labels[values[0]]).strip()):
        # `本周  上周  环比`, `本期均价  上期均价  环比（%）`: the change of this period's figure over the last's
        return values[1]
    return values[0] if values else None


# the answers a survey table's columns count (`增加  持平  减少`)
_SURVEY_ANSWER = re.compile(r"增加|持平|减少|上升|下降|增长|好转|变差|不变|基本持平|有所增加|有所减少|乐观|悲观|一般|较好|较差")
# a column of durations (`单位：万元、户、个工作日`): no figure, but it takes its place in the list
_DURATION = re.compile(r"个?(?:工作日|自然日|月|小时|星期)|天|日|年|周|分钟|秒")
_UNIT_LIST_SEP = re.compile("[,、;/]")  # between the units a table's unit line lists (`亿元，%`)


def _listed_units_by_column(columns: list[Column], unit: str | None) -> list[Column]:
    """`单位：家、万美元、%` over `新设外资企业数  实际使用外资  同比增长`: one unit per figure
    column, in order, when the line lists as many units as there are such columns."""
    listed = [u for u in _UNIT_LIST_SEP.split(unit or "") if u]
    figures = [j for j, c in enumerate(columns) if j and c.role in ("value", "change", "other")]
    # the rate and share columns after the amounts, or a survey's answers after its sample
    tail = len(list(itertools.takewhile(
        lambda j: columns[j].role in ("change", "other") or _SURVEY_ANSWER.fullmatch(columns[j].label.strip()), reversed(figures)
    )))
    menu = any(c.role == "unit" for c in columns)  # (a unit column: the line lists the units it uses)
    if not menu and 2 <= len(listed) < len(figures) and listed[-1] == "%" and len(listed) - 1 + tail == len(figures):
        # `单位：家、万美元、%` over `企业数  备案额  同比增长  占全省比重`: the last `%` serves
        # every rate and share column after the amounts (`单位：家、%` over `样本数  增加  持平
        # 减少`: every answer's share after the sample)
        listed = listed[:-1] + ["%"] * tail
    if len(listed) != len(figures) and (
        unheaded := [j for j in figures if not (columns[j].unit and columns[j].unit in "%‰")]
    ) and len(unheaded) == len(listed) and "%" not in listed:
        # `单位：万元、户、个工作日` over `退税额  同比增长（%）  企业户数  平均办理时间`: a rate
        # column headed with its own `%` takes none of the listed units
        figures = unheaded
    if len(listed) != len(figures) and (matched := _units_by_counter(columns, figures, listed)) is not None:
        return matched
    if len(listed) < 2 or len(listed) != len(figures) or not all(is_unit(u) or _DURATION.fullmatch(u) for u in listed):
        return columns
    if any(columns[j].unit for j in figures):
        return columns  # `人民币  美元` under `亿元人民币;亿美元`: the headers name the units themselves
    if all(_period(columns[j].label) for j in figures):
        # `计量单位：万吨、万TEU` over `3月  1-3月累计`: one measure over two periods, the units
        # the rows' (`货物吞吐量`, `集装箱吞吐量`)
        return columns
    out = list(columns)
    for j, u in zip(figures, listed):
        out[j] = replace(out[j], unit=u)
    return out


_KIND_UNITS = re.compile(r"(?P<k>数量|金额|价值|货值)单位\s?:\s?(?P<u>[^;,()\s]{1,8})")  # (folded text)
_QUANTITY_COLUMN = re.compile(r"数量|[^额]量$")
_AMOUNT_COLUMN = re.compile(r"金额|货值|价值|[^数]额$|总值$")


def _units_by_kind(columns: list[Column], lines: str) -> list[Column]:
    """`数量单位：万台（辆）；金额单位：亿元；%` above the header: the quantity columns counted in
    the first, the amount columns in the second (each column its own, whatever the line's first
    unit says)."""
    found = {m.group("k"): m.group("u") for m in _KIND_UNITS.finditer(lines)}
    quantity = found.get("数量")
    amount = found.get("金额") or found.get("价值") or found.get("货值")
    if not (quantity and amount) or not (is_unit(quantity) and is_unit(amount)):
        return columns
    out = list(columns)
    for j, c in enumerate(columns):
        if not j or c.role != "value" or c.unit:
            continue
        name = (c.group or "") + (c.label or "")
        if _QUANTITY_COLUMN.search(name):
            out[j] = replace(c, unit=quantity)
        elif _AMOUNT_COLUMN.search(name):
            out[j] = replace(c, unit=amount)
    return out


_CONTAINER_UNIT = re.compile(r"万?(?:TEU|标准箱|标箱)")


def _container_unit(unit: str | None, label: str) -> str | None:
    """The container unit a unit line lists among others (`万吨、万TEU`) for a row counting
    containers (`二、集装箱吞吐量`), else None."""
    if not unit or "集装箱" not in label:
        return None
    listed = [u for u in _UNIT_LIST_SEP.split(unit) if u]
    return next((u for u in listed[1:] if _CONTAINER_UNIT.fullmatch(u)), None)


def _units_by_counter(columns: list[Column], figures: list[int], listed: list[str]) -> list[Column] | None:
    """`单位：万吨，万标箱，%` over `货物吞吐量  同比  外贸  同比  集装箱  同比`: fewer units than
    amount columns, so each takes the unit whose counter its name holds (`集装箱`: 万标箱), else
    the first; every rate column takes the `%`.  `单位：万吨，亿元，%` over `进口量  同比  进口值
    同比`: one unit per amount column, in order.  None unless each unit is used."""
    units = [u for u in listed if u != "%"]
    values = [j for j in figures if columns[j].role == "value"]
    if not (listed and listed[-1] == "%" and 2 <= len(units) <= len(values)) or any(columns[j].unit for j in values):
        return None
    if not all(is_unit(u) for u in units) or any(columns[j].role not in ("value", "change") for j in figures):
        return None
    out = list(columns)
    if len(units) == len(values):
        for j, u in zip(values, units):
            out[j] = replace(out[j], unit=u)
        return out
    used = set()
    for j in values:
        u = next((u for u in units[1:] if u[-1] in columns[j].label), None) or _unit_for_measure(columns[j].label, units) or units[0]
        used.add(u)
        out[j] = replace(out[j], unit=u)
    return out if len(used) == len(units) else None


_MONEY_MEASURE = re.compile(r"投资|资金|外资|金额|额$|收入|产值|增加值|到资")
_FOREIGN_MONEY = re.compile(r"外资|外商|美元")


def _unit_for_measure(label: str, units: list[str]) -> str | None:
    """The listed unit a column's measure is counted in (`单位：个、亿元、万美元、%` over `签约项目
    签约总投资  内资到位资金  实际利用外资`): foreign investment in the dollar unit, other money
    in the yuan unit, anything else in the first unit; None when the list says nothing of it."""
    if not _MONEY_MEASURE.search(label):
        return None
    money = [(u, q) for u in units if (q := unit_quantity(u)) is not None and q.kind == "money"]
    dollars = [u for u, q in money if q.base_unit == "USD"]
    yuan = [u for u, q in money if q.base_unit == "CNY"]
    if _FOREIGN_MONEY.search(label) and dollars:
        return dollars[0]
    return yuan[0] if yuan else (money[0][0] if money else None)


def value_unit(unit: str | None, label: str | None = None) -> str | None:
    """The unit a table's unit line (`亿元、%、家`) gives its value cells: the first that is no
    rate's, or for a column counting firms or items (`实绩企业数`) the counter the line lists."""
    if not unit:
        return None
    units = [u for u in _UNIT_LIST_SEP.split(unit) if u and u not in "%‰"]
    if len(units) > 1 and label and _COUNT_HEAD.search(label.strip()):
        if (counter := next((u for u in units if is_counter(u)), None)) is not None:
            return counter
    if len(units) > 1 and label and _AMOUNT_END.search(label.strip()):
        # `单位：辆；万美元；%` over `出口量  出口额`: the amount in the line's money unit
        if (money := next((u for u in units if (q := unit_quantity(u)) is not None and q.kind == "money"), None)) is not None:
            return money
    return units[0] if units else unit


_COUNT_HEAD = re.compile(r"(?:数|数量)(?:[(（][^()（）]*[)）])?$")  # `实绩企业数`, `项目个数`
_AMOUNT_END = re.compile(r"(?:额|金额|货值|价值)(?:[(（][^()（）]*[)）])?$")  # `当月出口额`, `合同金额`


def cell_unit(ft: str, col: Column, has_unit_col: bool, row_unit: str | None, table_unit: str | None) -> str | None:
    """The unit of a figure cell ``ft`` in column ``col``: its own `%`, a rate's, the header's,
    else the row's unit cell (or section's) or the table's.  Shared by every table reader."""
    if ft[-1] in "%‰":
        return ft[-1]
    if col.role == "change":
        return col.unit or "%"  # a growth rate is never in 亿元
    if col.role in ("other", "unit"):
        return col.unit  # 比重, 排名: only the header can tell
    if has_unit_col and col.unit:
        # `单位 数量 … 金额(亿元)`: the unit column counts the goods, the amount column's header
        # states its own unit
        return col.unit
    if has_unit_col and _AMOUNT_HEAD.search(col.label or ""):
        # `计量单位 数量 金额` under `单位：亿元人民币`: the amount is in the table's unit (never in
        # the unit that counts the row's goods, `万吨`)
        return table_unit
    return row_unit or col.unit or table_unit


def measure_group(group: str) -> bool:
    """A spanning header naming a measure (`规模以上工业增加值`), not a period (`本月`, `1-9月累计`)."""
    g = group.strip()
    return (
        _HAN.search(g) is not None and _period(g) is None and not _PERIOD_GROUP.search(g) and not _RULE_CHARS.search(g)
        and _role(g) != "change" and not _GENERIC_GROUP.fullmatch(_UNIT_TAIL.sub("", g))
    )


# spanning headers that say what kind of figure stands below, not which measure
_GENERIC_GROUP = re.compile(r"绝对额|绝对值|绝对数|金额|数量|总量|总额|数值|规模|指标|比重|占比|构成")
_UNIT_TAIL = re.compile(r"\s*[(（][^()（）]*[)）]$")


_RULE_CHARS = re.compile(r"[─━│┃┌┐└┘├┤┬┴┼═║╔╗╚╝╠╣╦╩╬\-=_|]")


_PERIOD_GROUP = re.compile(r"月|年|季|累计|期|\d")


def _even(assigned: list) -> bool:
    """Columns assigned to groups in runs of one equal length (two groups or more)."""
    runs = [len(list(g)) for _, g in itertools.groupby(assigned)]
    return len(runs) >= 2 and len(set(runs)) == 1 and len(set(assigned)) == len(runs)


def _over_columns(head: _Head, named: list[tuple[tuple[float, float], str]]) -> list[str | None] | None:
    """The spanning header over each column of ``head``: the named display span (x from, x to)
    standing over the column's middle; None when none stands over any."""
    out: list[str | None] = [None] * len(head.cells)
    for j in range(1, len(head.cells)):
        mid = (head.xs[j][0] + head.xs[j][1]) / 2
        out[j] = next((name for (xa, xb), name in named if xa <= mid <= xb), None)
    return out if any(out) else None


@dataclass(slots=True)
class _Line:
    """A physical line split into cells (original offsets, whitespace stripped)."""

    start: int
    end: int
    mode: str  # "bar", "tab" or "space"
    cells: list[Span]
    kinds: list[str]
    prose: bool  # prose punctuation or too long: never a table line, never split
    note: bool
    tabno: bool
    unit: str | None
    rule: bool
    blank_before: bool
    memo: dict = field(default_factory=dict)  # ncols -> (cells, kinds) read as a row


@dataclass(slots=True)
class _Head:
    """A header row being matched against the lines below it."""

    index: int
    cells: list[Span | None]  # None: the label column the header leaves blank
    labels: list[str]  # folded header text per column
    roles: list[str]
    xs: list[Span]  # display columns of each header cell (for ragged, space-aligned rows)
    unit: str | None
    ranked: bool = False  # a `排序`/`序号` column before the labels was dropped (rows drop theirs)
    more: list[str] = field(default_factory=list)  # a second header line's words, per column, as written


WRAPPED_LINES = 3  # lines of figure-less label above a row that still belong to the table


class _Doc:
    """Lazily split lines of one document; ``info(i)`` is computed once per line."""

    __slots__ = ("blank_gap", "doc_unit", "folded", "infos", "lines", "original", "units_by_header")

    def __init__(self, layout: Layout):
        self.original = layout.original
        self.folded = fold(layout.original)
        self.lines = [ln for p in layout.paragraphs for ln in p.lines]
        self.units_by_header: dict[tuple, str] = {}  # the unit of each header read so far
        self.infos: list[_Line | None] = [None] * len(self.lines)
        self.blank_gap = self._blank_gap()
        # a spreadsheet dump's one unit line at its head listing a unit per kind of figure
        # (`单位：辆；万美元；%`): the unit of every table under it that states none
        head = _HEAD_UNIT_LEGEND.search(self.folded, 0, self.lines[min(len(self.lines), HEAD_UNIT_LINES) - 1].end) if self.lines else None
        self.doc_unit = head.group(1) if head else None

    def gap_before(self, i: int) -> bool:
        """A blank line before line ``i``, as the document spaces its lines (see ``_blank_gap``)."""
        return i > 0 and self.folded.count("\n", self.lines[i - 1].end, self.lines[i].start) >= self.blank_gap

    def _blank_gap(self) -> int:
        """Line breaks between two lines that make a blank line between them: two, or three in a
        text extracted with an empty line after every line (there one empty line is no gap)."""
        lines, f = self.lines, self.folded
        if len(lines) < 8:
            return 2
        spaced = sum(f.count("\n", lines[i - 1].end, lines[i].start) >= 2 for i in range(1, len(lines)))
        return 3 if spaced >= 0.8 * (len(lines) - 1) else 2

    def text(self, span: Span) -> str:
        return self.original[span[0] : span[1]]

    def own_unit_cell(self, c: Span, ft: str) -> Cell | None:
        """A figure cell written with its own unit (`286 家`, `103.62 亿元`), or None."""
        mu = _NUM_UNIT.fullmatch(ft)
        if mu is None or not _cell_unit_word(mu.group("u")):
            return None
        return Cell(self.text(c), c, _value(mu.group("n")), mu.group("u"))

    def cell(self, c: Span, ft: str, unit: str | None) -> Cell:
        """A figure cell; one holding its growth rate in brackets (`17106.3（6.9）`) is the figure,
        the rate kept beside it."""
        m = _NUM_RATE.fullmatch(ft)
        if m is None and (own := self.own_unit_cell(c, ft)) is not None:
            return own
        if m is None:
            return Cell(self.text(c), c, _value(ft), unit)
        a, b = c[0] + m.start("n"), c[0] + m.end("n")
        ra, rb = c[0] + m.start("r"), c[0] + m.end("r")
        rate = Cell(self.text((ra, rb)), (ra, rb), _value(m.group("r")), "%")
        return Cell(self.text((a, b)), (a, b), _value(m.group("n")), unit, rate)

    def ftext(self, span: Span) -> str:
        return self.folded[span[0] : span[1]]

    def strip(self, a: int, b: int) -> Span:
        o = self.original
        while a < b and o[a] in _WS:
            a += 1
        while b > a and o[b - 1] in _WS:
            b -= 1
        return (a, b)

    def pieces(self, s: int, e: int, seps) -> list[Span]:
        out, p = [], s
        for a, b in seps:
            out.append(self.strip(p, a))
            p = b
        out.append(self.strip(p, e))
        return out

    def info(self, i: int) -> _Line:
        got = self.infos[i]
        if got is None:
            got = self.infos[i] = self._split(i)
        return got

    def _split(self, i: int) -> _Line:
        ln = self.lines[i]
        s, e = ln.start, ln.end
        o, f = self.original, self.folded
        blank = i > 0 and f.count("\n", self.lines[i - 1].end, s) >= 2
        line = f[s:e]
        um = _UNIT.search(line) if "单位" in line else None
        unit = um.group(1) if um else None
        note = _NOTE.match(line) is not None
        tabno = _TABLE_NO.match(line) is not None
        # prose (most lines): never split; but a row of three tabs or more may close on a remark
        # written as a clause (`…\t81.0%\t一期已投产，二期土建施工`); nor a contents entry and its
        # page (`一、总体运行情况 …………… 1`): no row of figures
        if (csv := _csv_cells(o, s, e)) is not None:
            # a line of a CSV export (`"进出口总值_累计值","亿元","1129.6",…`, `1,全省,进出口,4862.37,亿元`):
            # every comma separates, as a tab does
            kinds = [_kind(self.ftext(c)) for c in csv]
            return _Line(s, e, "tab", csv, kinds, False, note, tabno, unit, False, blank)
        if e - s > MAX_LINE or (_PROSE.search(o, s, e) and not _remark_after_tabs(o, s, e) and not _bordered_bracket(o, s, e)) or TOC_LEADER_RE.search(o, s, e):
            return _Line(s, e, "space", [(s, e)], ["t"], True, note, tabno, unit, False, blank)
        if _BAR.search(f, s, e):
            mode = "bar"
            cells = self.pieces(s, e, (m.span() for m in _BAR.finditer(f, s, e)))
            if len(cells) > 1 and cells[-1][0] == cells[-1][1]:
                cells.pop()  # closing border bar
            if len(cells) > 1 and cells[0][0] == cells[0][1]:
                cells.pop(0)  # opening border bar
        elif _TAB.search(o, s, e):
            mode = "tab"  # every tab separates: `a\t\tb` holds an empty cell
            cells = self.pieces(s, e, (m.span() for m in _TAB.finditer(o, s, e)))
        else:
            mode = "space"  # 2+ spaces, or one full-width / em space
            seps = (m.span() for m in _WS_RUN.finditer(o, s, e) if m.end() - m.start() >= 2 or o[m.start()] in "\u3000\u2003")
            cells = self.pieces(s, e, seps)
        kinds = [_kind(self.ftext(c), mode == "bar") for c in cells]
        return _Line(s, e, mode, cells, kinds, False, note, tabno, unit, _RULE.fullmatch(line) is not None, blank)

    def words(self, c: Span) -> list[Span]:
        """A cell split at every whitespace run (`出口 36.92` -> `出口`, `36.92`)."""
        seps = (m.span() for m in _WS_RUN.finditer(self.original, c[0], c[1]))
        return [p for p in self.pieces(c[0], c[1], seps) if p[0] < p[1]]

    def xs(self, i: int, cells: list[Span]) -> list[Span]:
        """Display columns (CJK characters count 2) of cells on line ``i``, in one pass."""
        o = self.original
        p = o.rfind("\n", 0, self.lines[i].start) + 1
        x, out = 0, []
        for a, b in cells:
            x += sum(_width(ch) for ch in o[p:a])
            xa = x
            x += sum(_width(ch) for ch in o[a:b])
            out.append((xa, x))
            p = b
        return out

    # --- header and rows ---------------------------------------------------------------------
    def header(self, i: int) -> _Head | None:
        """Line ``i`` as a header row: two or more column labels and no figures but years."""
        ln = self.info(i)
        if ln.prose or ln.note or ln.tabno or ln.rule or self.labelled_rule(i):
            return None
        cells = self.spaced_words(ln.cells)  # `月  份`, `指    标`: one label spaced out
        if len(cells) == 1:  # `当月 当月增速 累计 累计增速`: single spaces between labels
            cells = self.words(cells[0])
            if len(cells) > 16:
                return None
        elif ln.mode == "space" and any(" " in self.ftext(c) for c in cells):
            # `地区 进出口额 同比  其中：出口额  同比`: a PDF's header whose labels some single
            # spaces part (each a word of its own, never a label spaced out letter by letter)
            split = []
            for c in cells:
                words = self.words(c)
                texts = [self.ftext(w) for w in words]
                split.extend(words if len(words) > 1 and all(_HAN_LABEL.fullmatch(t) for t in texts) else [c])
            cells = split
        unit = None
        kept = []
        for c in cells:
            if _unit_cell(self.ftext(c)):  # `单位：亿元` written as a header cell
                unit = _UNIT.search(self.ftext(c)).group(1)
            else:
                kept.append(c)
        # (`设区市  9610  9710  9810  1210  合计`: customs modes head their columns by their codes)
        kinds = ["t" if TRADE_MODE_CODE.fullmatch(self.ftext(c)) else _kind(self.ftext(c)) for c in kept]
        # `2024  2025` may head columns; a single figure, or any other, may not
        years = [_YEAR.fullmatch(self.ftext(c)) for c, k in zip(kept, kinds) if k == "n"]
        if "m" in kinds or not all(years) or len(years) == 1 or kinds.count("t") + len(years) < 2:
            return None
        ranked = len(kept) >= 3 and _RANK_HEAD.fullmatch(self.ftext(kept[0]).replace(" ", "")) is not None
        if ranked:
            kept = kept[1:]  # `排序  企业名称  出口量(辆)`: the rank is no figure of the row's
        labels = [SPACED_HAN.sub("", self.ftext(c)) for c in kept]  # `本 月` -> 本月, `单 位` -> 单位
        roles = ["label"] + [_role(t) for t in labels[1:]]
        return _Head(i, list(kept), labels, roles, self.xs(i, kept), unit, ranked, [""] * len(kept))

    def row_cells(self, ln: _Line, ncols: int) -> tuple[list[Span], list[str]]:
        """The line's cells and their kinds, split further at single spaces while the row is
        short of columns (memoised per line and column count).

        `进出口总值 51.08   12.6` -> label, 51.08, 12.6; a label keeps its inner spaces unless the
        whole row is single-spaced and then fits the header exactly."""
        got = ln.memo.get(ncols)
        if got is None:
            cells = self._row_cells(ln, ncols)
            got = ln.memo[ncols] = (cells, [_kind(self.ftext(c), ln.mode == "bar") for c in cells])
        return got

    def _row_cells(self, ln: _Line, ncols: int) -> list[Span]:
        cells = ln.cells
        if len(cells) > ncols and len(cells) >= 3:
            # a label spaced out letter by letter (`东　盟  41485  13.4`): one cell
            cells = self.spaced_words(cells[:2]) + cells[2:]
        if len(cells) >= ncols:
            return cells
        out: list[Span] = []
        for k, c in enumerate(cells):
            words = self.words(c) if c[0] < c[1] else []
            if len(words) < 2:
                out.append(c)
                continue
            kinds = [_kind(self.ftext(w)) for w in words]
            rest = len(cells) - k - 1
            if k:
                out.extend(words if all(x in "nm" for x in kinds) else [c])
                continue
            n = len(kinds)
            while n > 1 and kinds[n - 1] in "nm":
                n -= 1
            suffix = [(words[0][0], words[n - 1][1]), *words[n:]]
            if "n" in kinds and len(words) + rest == ncols != len(suffix) + rest:
                out.extend(words)  # `进出口总值 亿元 412.36 7.4` under a 4-column header
            else:
                out.extend(suffix)  # `加工 贸易 9.85 3.7`: the label keeps its inner space
        return out if len(out) <= ncols else cells

    def row(self, i: int, head: _Head) -> tuple[list[Span | None], bool] | None:
        """Line ``i`` as a data row under ``head``: cells aligned to its columns, and whether it
        is a *full* row (every column written, two figures) of the kind that proves a table."""
        ln = self.info(i)
        if ln.prose or ln.note or ln.tabno or ln.rule:
            return None
        ncols = len(head.cells)
        if head.ranked:
            cells, kinds = self.row_cells(ln, ncols + 1)
            if len(cells) > 2 and kinds[0] == "t" and kinds[1] == "m" and TOTAL_ROW.fullmatch(self.ftext(cells[0])):
                # `合计  —  …` under `序号  项目  …`: the total's label in the number column, none under the label
                cells, kinds = cells[:1] + cells[2:], kinds[:1] + kinds[2:]
            elif not cells or kinds[0] != "n" or len(self.ftext(cells[0])) > 3:
                return None
            else:
                cells, kinds = cells[1:], kinds[1:]
        else:
            cells, kinds = self.row_cells(ln, ncols)
        if not 2 <= len(cells) <= ncols:
            return None
        if kinds[0] == "n" and _YEAR_COLUMN.fullmatch(SPACED_HAN.sub("", head.labels[0] or "")) and _YEAR_ROW.fullmatch(self.ftext(cells[0])):
            kinds = ["t", *kinds[1:]]  # `2013  3705.2  11.8 …` under `年份  进出口  同比 …`: the year labels its row
        elif kinds[0] == "n" and len(cells) > 2 and TRADE_MODE_CODE.fullmatch(self.ftext(cells[0])):
            kinds = ["t", *kinds[1:]]  # `9610   2391.4   12.7 …` under `监管方式  出口额 …`: a customs mode's code labels its row
        if kinds[0] != "t" or not any(k in "nm" for k in kinds[1:]):
            return None
        aligned: list[Span | None]
        if len(cells) == ncols:
            aligned = list(cells)
        elif ln.mode != "space":  # bars and tabs write empty cells; only trailing ones go missing
            aligned = list(cells) + [None] * (ncols - len(cells))
        else:
            aligned = self.place(i, cells, head)
        if "t" in kinds[1:]:  # words stand only in unit (`亿元`) and other (`备注`) columns
            text = {c for c, k in zip(cells[1:], kinds[1:]) if k == "t"}
            if any(aligned[j] in text and head.roles[j] not in ("unit", "other") for j in range(1, ncols)):
                return None
        # (a two-column table drawn with tabs or bars, `农副食品加工业\t6.8`, proves itself with
        # its one figure a row: its cells are delimited, not guessed from spaces)
        full = len(cells) == ncols and (kinds.count("n") >= 2 or self.two_column_row(ln, head, kinds))
        return aligned, full

    def two_column_row(self, ln: _Line, head: _Head, kinds: list[str]) -> bool:
        """A row of a two-column table drawn with tabs or bars under a header drawn the same way
        that names a rate or a unit (`指标\t1—10月份同比增长（%）` / `农副食品加工业\t6.8`): its
        cells are delimited, not guessed from spaces; a contents list's page numbers are not."""
        if len(head.cells) != 2 or ln.mode == "space" or kinds[1] != "n" or self.info(head.index).mode != ln.mode:
            return False
        return head.roles[1] == "change" or head.unit is not None or _head_unit(head.labels[1]) is not None

    def place(self, i: int, cells: list[Span], head: _Head) -> list[Span | None]:
        """Put a ragged space-aligned row's cells under the nearest header cells, in order."""
        ncols = len(head.cells)
        xs = self.xs(i, cells)
        out: list[Span | None] = [None] * ncols
        out[0] = cells[0]
        j, m = 1, len(cells)
        for k in range(1, m):
            x = xs[k]
            best = min(range(j, ncols - (m - k) + 1), key=lambda c, x=x: _dist(x, head.xs[c]))
            out[best] = cells[k]
            j = best + 1
        return out

    def units_under(self, i: int, head: _Head) -> bool:
        """Line ``i`` goes on with the column names above it: bracketed units (`新增市场主体` /
        `（户）`) or the rest of two-line names (`比上年` / `增长(%)`), each under the name it
        continues, never under the label column; they are appended to those names."""
        ln = self.info(i)
        if ln.prose or ln.note or ln.rule or ln.blank_before:
            return False
        cells = self.spaced_words([c for c in ln.cells if c[0] < c[1]])
        if not cells:
            return False
        # units set one space apart under a header read word by word (`(亿美元) (%) (%)`): each
        # word the unit of one of the last columns
        split = len(cells) == 1 < len(head.cells) and len(words := self.words(cells[0])) > 1 and all(
            _UNIT_ONLY.fullmatch(self.ftext(w)) for w in words) and len(words) <= len(head.cells) - 1
        if split:
            cells = words
        texts = [self.ftext(c) for c in cells]
        xs = self.xs(i, cells)
        # a header without a label cell, each name going on right under it (`商务活动  新订单` /
        # `指  数    指  数`): one word under every name
        aligned = (
            len(cells) == len(head.cells) >= 2 and ln.mode == "space"
            and all(len(SPACED_HAN.sub("", t)) <= 4 and _kind(t) == "t" for t in texts)
            and [min(range(len(head.cells)), key=lambda k, x=x: _dist(x, head.xs[k])) for x in xs] == list(range(len(cells)))
        )
        if len(cells) >= len(head.cells) + (head.cells[0] is None) and not aligned:
            return False
        # between tabs, the second line of names under the last columns (`\tPMI\t生产\t…` /
        # `\t\t指数\t…`): its empty cells before are the label's and the first names'
        tabbed = (
            ln.mode == "tab" == self.info(head.index).mode and self.tab_before(cells[0][0])
            and all(_kind(t) == "t" and len(t) <= 6 for t in texts)
        )
        if not aligned and not tabbed and not all(_UNIT_ONLY.fullmatch(t) for t in texts):
            # one word alone continues a name only inside a drawn box (`│  │  │  增长(%) │`), or
            # right over the rule that closes the header (`对外直接` / `投资` / `──────`)
            ruled = i + 1 < len(self.lines) and (
                self.info(i + 1).rule or _RULE_LINE.search(self.folded, ln.end, self.info(i + 1).start) is not None
            )  # (the layout may have dropped the rule itself as a drawing)
            if (len(cells) < 2 and ln.mode != "bar" and not ruled) or any(_kind(t) != "t" for t in texts) or xs[0][0] <= head.xs[0][1]:
                return False
        head_mode = self.info(head.index).mode
        wrapped = (head_mode == "tab" and ln.mode != "tab") or tabbed or split  # `…\t同比增长` / `（%）`: the last name wrapped
        for k, (c, t, x) in enumerate(zip(cells, texts, xs)):
            if aligned:
                j = k
            elif wrapped:
                j = len(head.cells) - len(cells) + k
            else:
                j = min(range(1, len(head.cells)), key=lambda k: _dist(x, head.xs[k]))
            head.labels[j] += t
            head.more[j] += self.text(c)
            head.roles[j] = _role(head.labels[j])
        return True

    def label_only(self, i: int) -> bool:
        """A section line inside a table (`按贸易方式分`): one short text cell, no figures."""
        ln = self.info(i)
        return (
            not (ln.prose or ln.note or ln.tabno or ln.rule or ln.unit)
            and ln.kinds[0] == "t"
            and all(k == "e" for k in ln.kinds[1:])
            # (its one cell short: a bordered row's empty cells run on to its last `|`)
            and ln.cells[0][1] - ln.cells[0][0] <= 30
            and not any(_kind(self.ftext(w)) in "nm" for w in self.words(ln.cells[0]))
        )

    # --- one table ---------------------------------------------------------------------------
    def table_at(self, i: int, floor: int) -> tuple[TextTable, int] | None:
        """The table whose header row is line ``i`` and the index of its last line, or None."""
        head = self.header(i)
        if head is None:
            return None
        n = len(self.lines)
        j = i + 1
        while j < n and self.info(j).rule:
            j += 1
        if j < n and self.units_under(j, head):
            j += 1  # `（户）  （亿美元）  （%）` under the names: read into the labels
            while j < n and self.info(j).rule:
                j += 1
        if j >= n:
            return None
        first = self.info(j)
        h = len(head.cells)
        if (
            not head.ranked
            and len(self.row_cells(first, h)[0]) != h
            and len(self.row_cells(first, h + 1)[0]) == h + 1
            and (
                self.xs(i, head.cells[:1])[0][0] > self.xs(j, first.cells[:1])[0][0]
                or _period(head.labels[0])
                or _CHANGE.search(head.labels[0])
            )
        ):
            # `        本月   累计` over `出口  36.92  287.45`: the label column has no header
            head.cells.insert(0, None)
            head.labels.insert(0, "")
            head.more.insert(0, "")
            head.roles[0:1] = ["label", _role(head.labels[1])]
            head.xs.insert(0, (0, 0))
        elif (
            not head.ranked and i > floor
            and len(self.row_cells(first, h)[0]) != h
            and len((cells := self.row_cells(first, h + 2)[0])) == h + 2
            # (a total row's unit cell is a dash: `出口总值  -  -  7,952,316 …`)
            and (_cell_unit_word(self.ftext(cells[1])) or _MISSING.fullmatch(self.ftext(cells[1])))
            and _UNIT_COL.search(self.ftext((self.lines[i - 1].start, self.lines[i - 1].end)))
        ):
            # a customs table's two header rows (`商品名称  计量单位  6月  1至6月` over `数量  金额
            # 数量  金额`): the label and unit columns are named only on the row above
            head.cells[0:0] = [None, None]
            head.labels[0:0] = ["", "计量单位"]
            head.more[0:0] = ["", ""]
            head.roles[0:1] = ["label", "unit", _role(head.labels[2])]
            head.xs[0:0] = [(0, 0), self.xs(j, cells[1:2])[0]]
        rows: list[tuple[int, list[Span | None] | None]] = []
        full = 0
        last = i
        k = j
        while k < n and (full >= 2 or k - i <= PROOF_LINES):
            if self.info(k).rule:
                k += 1
                continue
            got = self.row(k, head)
            if got is None:
                # a section line (`按贸易方式分`) belongs to the table when a row follows it; so
                # do the first lines of a name a narrow column wraps (`归属于上市公司股` / `东的扣除非经常性`)
                m = k
                while m - k < WRAPPED_LINES and self.label_only(m) and m + 1 < n and not self.info(m + 1).blank_before:
                    m += 1
                    if (got := self.row(m, head)) is not None:
                        break
                if got is None:
                    break
                rows.extend((x, None) for x in range(k, m))
                k = m
            rows.append((k, got[0]))
            full += got[1]
            last = k
            k += 1
        if full < 2:
            return None
        note = None
        if k < n and k == last + 1 and self.info(k).rule and k + 1 < n and self.info(k + 1).note:
            k += 1  # the table's closing rule, then its note
        if k < n and k <= last + 2 and self.info(k).note:
            note = self.info(k)
            last = k
        return self.build(head, rows, note, floor), last

    def group_line(self, head: _Head, floor: int) -> list[str | None] | None:
        """Spanning headers from the line right above a header row (`本月` over `金额  同比%`):
        by position in space-aligned text, by index (an empty cell continuing the one to its
        left) between bars and tabs."""
        i = self.group_index(head, floor)
        if i is None:
            return None
        up = self.info(i - 1)
        if self.labelled_rule(i - 1):
            return self.rule_groups(i - 1, head)
        if up.prose or up.note or up.tabno or up.unit or up.rule:
            return None
        ncols = len(head.cells)
        if up.mode == "tab" and 2 <= len(up.cells) < ncols and "n" not in up.kinds and "m" not in up.kinds:
            # `指标\t3月\t\t1—3月\t` over `\t绝对量\t同比增长\t绝对量\t同比增长`: the line's last
            # empty cells are cut off after the tab; `\t绝对额（亿元）\t\t比上年增长（%）` over a
            # header that leaves the label column blank starts with that blank cell too
            cells = up.cells
            if head.cells[0] is None and self.tab_before(up.start):
                cells = [(up.start, up.start), *cells]
            return self.carried_right(cells, ncols)
        if len(head.xs) == ncols and any(_BOX_RULE.fullmatch(self.text(c)) for c in up.cells if c[0] < c[1]):
            return self.spanning_cells(i - 1, up, head)  # a box header's middle line (`地 区 ├──┬──┤ 增加值增速`)
        if up.mode != "space" and len(up.cells) < ncols and len(head.xs) == ncols and "n" not in up.kinds and "m" not in up.kinds:
            # a box cell spanning several columns (`│比上年同期增长(%)│` over `├──┬──┤`, `6月│1-6月`):
            # each header column takes the cell standing over its middle
            return self.spanning_cells(i - 1, up, head)
        if "n" in up.kinds or "m" in up.kinds or up.kinds.count("t") < 2:
            return None
        if up.mode != "space":
            return self.carried_right(up.cells, ncols) if len(up.cells) == ncols else None
        out: list[str | None] = [None] * ncols
        cells = self.spaced_words(up.cells)
        if len(cells) >= ncols:
            return None
        xs = self.xs(i - 1, cells)
        groups = list(zip(cells, xs))
        if xs[0][1] <= head.xs[1][0]:  # `指标名称` stands over the label column
            if head.cells[0] is None:
                out[0] = self.text(cells[0])
            groups.pop(0)
        over = [[j for j in range(1, ncols) if head.xs[j][0] < gb and ga < head.xs[j][1]] for _, (ga, gb) in groups]
        if (
            i == head.index and all(len(js) == 1 for js in over) and len({js[0] for js in over}) == len(over)
            and not any(_period(self.ftext(c)) or _CHANGE.search(self.ftext(c)) for c, _ in groups)
        ):
            # names written over two lines, each first half over its own column (`生产` / `指数`,
            # `原材料` / `库存指数`) and none over the others (`PMI`): no spanning headers
            for (c, _), (j,) in zip(groups, over):
                out[j] = self.text(c)
            return out
        nearest = [None] * ncols
        for j in range(1, ncols):
            ha, hb = head.xs[j]
            nearest[j] = min(range(len(groups)), key=lambda g: abs(groups[g][1][0] + groups[g][1][1] - ha - hb))
        # spanning headers written flush left over their columns (`6月      1至6月      累计比去年
        # 同期±%` over `数量  金额  数量  金额  数量  金额`): each runs to where the next begins, when
        # that splits the columns evenly and the nearest-centre reading does not
        starts = [ga for _, (ga, _) in groups]
        flush = [None] * ncols
        for j in range(1, ncols):
            mid = (head.xs[j][0] + head.xs[j][1]) / 2
            flush[j] = max((g for g, a in enumerate(starts) if a <= mid), default=None)
        chosen = nearest
        if None not in flush[1:] and head.cells[1] is None and _even(flush[2:]) and not _even(nearest[2:]):
            chosen = flush
        for j in range(1, ncols):
            out[j] = self.text(groups[chosen[j]][0])
        return out

    def tab_before(self, start: int) -> bool:
        """The line starting at ``start`` had a tab before its first cell (an empty first cell)."""
        o = self.original
        return "\t" in o[o.rfind("\n", 0, start) + 1 : start]

    def carried_right(self, cells: list[Span], ncols: int) -> list[str | None]:
        """Spanning headers between bars and tabs: an empty cell continues the one to its left,
        and so do the columns past the line's last cell."""
        out: list[str | None] = [None] * ncols
        cur = None
        for j in range(ncols):
            if j < len(cells) and cells[j][0] < cells[j][1]:
                cur = self.text(cells[j])
            out[j] = cur
        return out

    def spanning_cells(self, i: int, up, head: _Head) -> list[str | None] | None:
        """Spanning headers from box cells wider than the columns below them, by position."""
        cells = self.spaced_words([c for c in up.cells if c[0] < c[1]])  # (`地  区`: one word)
        if not cells:
            return None
        named = [(x, self.text(c).strip()) for c, x in zip(cells, self.xs(i, cells))]
        if i > 0 and any(_BOX_RULE.fullmatch(t) for _, t in named) and not (above := self.info(i - 1)).prose:
            # a three-line box header (`地区生产总值` over `├──┬──┤` over `绝对额  增速`; `规模以上工业`
            # over `增加值增速` over `(%)`): a rule takes the label over it, a label the words over it
            acells = [c for c in above.cells if c[0] < c[1] and self.text(c).strip()]
            over = list(zip(self.xs(i - 1, acells), (self.text(c).strip() for c in acells)))
            named = [(x, _stacked_label(over, x, t)) for x, t in named]
        out = _over_columns(head, named)
        if out is not None and head.cells[0] is None:
            # the label column's name stands beside the rule (`地 区 ├──┬──┤`), left of the figures
            out[0] = next((t for (xa, xb), t in named if xb <= head.xs[1][0] and t), None)
        return out

    def rule_groups(self, i: int, head: _Head) -> list[str | None] | None:
        """Spanning headers written into a box rule (`┌──── 8月 ────┬──── 1-8月累计 ────┐`):
        each label spans the columns between the corners around it."""
        ln = self.lines[i]
        o = self.original
        labels = [m.span() for m in _RULE_LABEL.finditer(o, ln.start, ln.end)]
        corners = [(k, k + 1) for k in range(ln.start, ln.end) if o[k] in _RULE_CORNERS]
        if not labels or len(corners) < 2 or len(head.xs) != len(head.cells):
            return None
        lx = self.xs(i, labels)
        cx = [a for a, _ in self.xs(i, corners)]
        spans = list(zip(cx, cx[1:]))
        named: list[tuple[tuple[int, int], str]] = []
        for (a, b), (xa, xb) in zip(labels, lx):
            mid = (xa + xb) / 2
            box = next((sp for sp in spans if sp[0] <= mid <= sp[1]), None)
            if box is not None:
                named.append((box, o[a:b]))
        return _over_columns(head, named)

    def spaced_words(self, cells: list[Span]) -> list[Span]:
        """Cells with a word spaced out letter by letter joined again (`本  月` -> one cell)."""
        out: list[Span] = []
        single = False
        word_gap = None  # the spacing of the word being joined: its letters keep it
        for c in cells:
            one = c[1] - c[0] == 1 and _HAN.match(self.ftext(c)) is not None
            # letters of one word stand a few spaces apart; the next word stands far off
            # (`本　　月                 累　　计` is two words, and so are `指  数     指  数`)
            # (a header word spread over its whole column, `指          标`, is one word however far)
            gap = c[0] - out[-1][1] if out else 0
            if one and single and out and (
                gap <= (SPACED_LETTER_GAP if word_gap is None else word_gap)
                or self.ftext(out[-1]) + self.ftext(c) in _SPREAD_HEADER_WORDS
            ):
                out[-1] = (out[-1][0], c[1])
                word_gap = gap
            else:
                out.append(c)
                word_gap = None
            single = one
        return out

    def group_index(self, head: _Head, floor: int) -> int | None:
        """The line below the spanning headers: the header row, or a rule drawn under the
        spanning headers (`本  月` / `-----------` / `金额  同比±%`)."""
        i = head.index
        if i - 1 < floor:
            return None
        if self.info(i).blank_before and not (self.info(i).mode == "bar" == self.info(i - 1).mode):
            return None  # (between bars, the gap is a box's inner rule `├──┬──┤`, dropped as drawing)
        if self.ruled(i - 1) and i - 2 >= floor and not self.info(i - 1).blank_before and not self.labelled_rule(i - 1):
            return i - 1
        return i

    def labelled_rule(self, i: int) -> bool:
        """A box rule with spanning headers written into it (`┌── 8月 ──┬── 1-8月累计 ──┐`)."""
        ln = self.lines[i]
        o = self.original
        if o[ln.start] not in _RULE_CORNERS or o[ln.end - 1] not in "┐╗":
            return False
        labels = _RULE_LABEL.findall(o, ln.start, ln.end)
        return 0 < len(labels) <= 6 and all(len(x) <= 12 for x in labels)

    def ruled(self, i: int) -> bool:
        """A rule line, or one whose cells after the label header are all rules
        (`指    标     ----------   ----------`)."""
        ln = self.info(i)
        if ln.rule:
            return True
        flags = [_RULE.fullmatch(self.ftext(c)) is not None for c in ln.cells]
        if not any(flags):
            return False
        first = flags.index(True)
        # the label header (`指    标` may split in two) stands before the rules, and only there;
        # in a box, empty cells may stand there (`│      │      ├────┬────┤`)
        return all(flags[first:]) and all(not self.ftext(c).strip() or _HAN.search(self.ftext(c)) for c in ln.cells[:first])

    def bracketed_prose(self, ln: _Line) -> bool:
        """Whether a `表N` line's only prose marks stand in brackets (`表1 受访企业入驻主要平台情况
        (多选,N=172)`): a title with a remark, not a sentence."""
        if not ln.tabno or ln.end - ln.start > 80:
            return False
        # (and its unit at the end of the line: `表一　进出口总体情况　　单位：万元，%`)
        return _PROSE.search(_UNIT_AT_LINE_END.sub("", _BRACKETED.sub("", self.original[ln.start : ln.end]))) is None

    def title_unit(self, top: int, floor: int) -> tuple[Span | None, str | None, int]:
        """The title (a `表N` line, or the line right above the unit line or header), the table
        unit from a `单位：` line, and the first line they use, looked for in the three lines
        above ``top``."""
        title: Span | None = None
        unit = None
        first = top
        for k in range(top - 1, max(floor, top - 4) - 1, -1):
            ln = self.info(k)
            if ln.rule and k == top - 1:
                first = k  # the rule over the header row: the title and unit stand above it
                continue
            if _IMAGE_LINE.fullmatch(self.folded, ln.start, ln.end):
                first = k  # `[图片] 点击查看大图` between the title and the header: the chart's leftover
                continue
            # (a data page's count of the rows beside the title, `共 18 条`, is no part of it)
            # (nor a bilingual unit line's English, `单位：亿元人民币 | Unit: RMB 100 million`)
            texts = [c for c, kind in zip(ln.cells, ln.kinds) if kind != "e" and not _unit_cell(self.ftext(c)) and not _ROW_COUNT.fullmatch(self.ftext(c))
                     and not (ln.unit and _ENGLISH_ECHO.fullmatch(self.ftext(c)))]
            if not texts:
                if not ln.unit or ln.end - ln.start > 40:
                    break
                unit = unit or ln.unit  # a unit line (`单位：亿元，%` too)
                first = k
                continue
            if k == first - 1 and ln.unit and self.folded[ln.end - 1] == ":" and ln.end - ln.start <= 60 and not ln.note:
                # `一季度平台主要出口品类情况如下（单位：万美元）：`: a lead-in naming the table and its unit
                title, unit, first = (ln.start, ln.end), unit or ln.unit, k
                break
            if (ln.prose and not self.bracketed_prose(ln)) or ln.note or ln.rule or self.folded[ln.end - 1] == ":":
                break
            if (ln.tabno or (k == first - 1 and len(texts) == 1)) and any(_HAN.search(self.ftext(c)) for c in texts):
                title = (texts[0][0], texts[-1][1])
                unit = unit or ln.unit
                first = k
                above = self.info(k - 1) if k - 1 >= floor and not ln.tabno else None
                if above is not None and above.tabno and not (above.prose or above.note or above.rule):
                    # `表1　全省主要经济指标` over `2025年10月`: the title, then its date
                    cells = [c for c, kind in zip(above.cells, above.kinds) if kind != "e"]
                    if cells:
                        title = (cells[0][0], title[1])
                        first = k - 1
                if unit is None and k - 1 >= floor and (up := self.info(k - 1)).unit and not up.prose and up.end - up.start <= 40 and not [
                    c for c, kind in zip(up.cells, up.kinds) if kind != "e" and not _unit_cell(self.ftext(c))
                ]:
                    unit, first = up.unit, k - 1  # `单位：万元` over the section line `一、出口` naming the table
            break
        if title is not None and unit is None and (tu := _TITLE_UNIT.search(self.ftext(title))) is not None:
            word = to_simplified(tu.group(1))
            if is_unit(word):
                unit = word  # `表一：商品貿易（百萬港元）`: the unit closing the title
        return title, unit, first

    def build(self, head: _Head, rows, note: _Line | None, floor: int) -> TextTable:
        groups = self.group_line(head, floor)
        if groups is not None:
            # a spanning header drawn into a dashed rule (`----货物吞吐量----   ---集装箱吞吐量---`)
            groups = [g.strip(_RULE_TRIM) or None if g else g for g in groups]
        top = self.group_index(head, floor) - 1 if groups is not None else head.index
        title, unit, first = self.title_unit(top, floor)
        unit = unit or head.unit
        key = (tuple(head.labels), tuple(groups or ()))
        if unit is None:
            # `二、进口` under the same header as `一、出口` below one `单位：万元`: the same unit
            unit = self.units_by_header.get(key) or self.doc_unit
        elif key not in self.units_by_header:
            self.units_by_header[key] = unit
        # a table of growth rates alone: its title says so and its unit is per cent
        rates_only = unit == "%" and title is not None and _RATE_TITLE.search(self.ftext(title)) is not None
        columns: list[Column] = []
        for j, c in enumerate(head.cells):
            text = head.labels[j]
            group = groups[j] if groups else None
            gtext = fold(group) if group else ""
            role = "label" if j == 0 else _role(text) if head.roles[j] == "unit" else _role(gtext + text)
            if role == "value" and rates_only:
                role = "change"  # `表3 规模以上工业重点产业增加值增速 单位：%` headed `9月  1-9月`
            basis = None
            of = None
            if role == "change":
                basis = ("other" if _EARLIER_STAGE.search(gtext + text) else "mom" if _MOM.search(gtext + text)
                         else "yoy" if _YOY.search(gtext + text) else None)
                of = value_column_of(columns, j, text)
                if of is not None and (
                    _names_other_measure(text, columns[of].label)
                    # (`规模以上工业` / `增加值增速` / `(%)` beside `地区生产总值` over `绝对额  增速`)
                    or (gtext and _names_other_measure(gtext + text, fold(columns[of].group or "") + columns[of].label))
                ):
                    of = None  # `地区生产总值 … 规模以上工业增加值增长(%)`: another measure's rate
                if of is not None and group and columns[of].group != group and measure_group(gtext):
                    # `地区生产总值` over `绝对额  增长`, `规模以上工业增加值` over `增长`: the rate
                    # of its own group's value, else of a measure of its own
                    of = next((v for v in range(j - 1, 0, -1) if columns[v].role == "value" and columns[v].group == group), None)
            columns.append(
                Column(
                    label=(self.text(c) + head.more[j]) if c else (group or ""),
                    role=role,
                    span=c if not head.more[j] else None,  # (a name over two lines is no one slice)
                    period_hint=_period(text) or (_period(gtext) if gtext else None),
                    unit=None if j == 0 else _head_unit(text) or (_head_unit(gtext) if gtext else None),
                    of=of,
                    basis=basis,
                    group=group if j else None,
                )
            )
        if unit is not self.doc_unit:
            columns = _listed_units_by_column(columns, unit)  # (not the document's legend: no order of columns)
        if first < top:
            # `数量单位：万台；金额单位：亿元` over `出口数量  同比  出口金额  同比`: each its own
            columns = _units_by_kind(columns, self.folded[self.lines[first].start : self.lines[top].start])
        unit_col = next((j for j, c in enumerate(columns) if c.role == "unit"), None)
        built: list[Row] = []
        base = min(self.indent((cells or self.info(k).cells)[0][0]) for k, cells in rows)
        parent = None
        section_unit = None  # `一、对外贸易（亿元）`: the unit of the rows under a section line
        parent_unit = None
        # the unit of each column's value cells: `亿元，%` -> 亿元 (rates carry their own `%`)
        col_units = [value_unit(unit, c.label) for c in columns]
        for k, cells in rows:
            ln = self.info(k)
            if cells is None:
                cells = [ln.cells[0]] + [None] * (len(columns) - 1)
                if _SECTION_LINE.match(self.ftext(cells[0])):
                    section_unit = _label_unit(self.ftext(cells[0]))
            ls, le = cells[0]
            level = int(self.indent(ls) > base)
            m = _QIZHONG.match(self.folded, ls, le)
            if m and m.end() < le:
                ls, level = m.end(), 1
            rc = cells[unit_col] if unit_col is not None else None
            # the row's unit: a unit column, else the label's own (`货物进出口总额（亿元）`)
            runit = self.ftext(rc) if rc and rc[0] < rc[1] else _label_unit(self.ftext((ls, le)))
            if runit is None and level == 0 and (listed := _container_unit(unit, self.ftext((ls, le)))) is not None:
                runit = listed  # `二、集装箱吞吐量` under `计量单位：万吨、万TEU`: the boxes' unit
            if level == 0:
                parent_unit = runit
            elif runit is None:
                runit = parent_unit  # `  第一产业` under `地区生产总值（亿元）`: the row above's unit
            out: list[Cell | None] = []
            for j, c in enumerate(cells):
                if c is None or c[0] == c[1]:
                    out.append(None)
                    continue
                ft = self.ftext(c)
                kind = _kind(ft, ln.mode == "bar")
                col = columns[j]
                cu = None
                if kind in "nm" and col.role in ("value", "change", "other"):
                    cu = cell_unit(ft, col, unit_col is not None, runit or section_unit, col_units[j])
                out.append(self.cell(c, ft, cu) if kind == "n" else Cell(self.text(c), c, None, cu))
            built.append(Row(self.text((ls, le)), (ls, le), level, parent if level else None, out, (ln.start, ln.end)))
            if level == 0:
                parent = len(built) - 1
        start = min(title[0], self.lines[first].start) if title else self.lines[first].start
        end = note.end if note else self.info(rows[-1][0]).end
        return TextTable(
            title=self.text(title) if title else None,
            title_span=title,
            unit=unit,
            note=self.text((note.start, note.end)) if note else None,
            note_span=(note.start, note.end) if note else None,
            columns=columns,
            rows=built,
            span=(start, end),
        )

    def indent(self, a: int) -> int:
        """Display width of the whitespace right before offset ``a`` (to a line start or bar)."""
        o = self.original
        w = 0
        while a > 0 and o[a - 1] in _WS:
            a -= 1
            w += 2 if o[a] == "\u3000" else 4 if o[a] == "\t" else 1
        return w


def tables_among_untaken(doc: _Doc, taken: list[tuple[int, int]], table_at) -> list[TextTable]:
    """The tables ``table_at(doc, k, used)`` finds among the lines no earlier reader took
    (``taken``: line ranges); ``table_at`` returns a table and its last line, or None.  Shared by
    the readers that run after the header-row reader (stacked names, records)."""
    n = len(doc.lines)
    used = [False] * n
    for a, b in taken:
        for k in range(a, min(b, n - 1) + 1):
            used[k] = True
    out: list[TextTable] = []
    k = 0
    while k < n:
        got = None if used[k] else table_at(doc, k, used)
        if got is None:
            k += 1
            continue
        table, last = got
        out.append(table)
        for j in range(k, last + 1):
            used[j] = True
        k = last + 1
    return out


def find_tables(layout: Layout) -> list[TextTable]:
    """Every plain-text table in ``layout``, in document order (an empty list when none)."""
    doc = _Doc(layout)
    tables: list[TextTable] = []
    taken: list[tuple[int, int]] = []
    i = floor = 0
    n = len(doc.lines)
    while i < n:
        got = doc.table_at(i, floor)
        if got is None:
            i += 1
            continue
        tables.append(got[0])
        taken.append((i, got[1]))
        i = floor = got[1] + 1
    from .tables_records import record_tables  # (both readers build on this module's)
    from .tables_stacked import stacked_tables

    stacked = stacked_tables(doc, taken)
    if stacked:
        # the lines each stacked table spans (its title to its note) are no record's
        starts = [ln.start for ln in doc.lines]
        taken += [(max(0, bisect.bisect_right(starts, a) - 1), max(0, bisect.bisect_right(starts, b - 1) - 1)) for a, b in (t.span for t in stacked)]
    records = record_tables(doc, taken)
    if stacked or records:
        tables = sorted(tables + stacked + records, key=lambda t: t.span[0])
    legend = _unit_legend(doc.folded)
    return [_with_column_units(t, legend) for t in tables]


# a document's legend of units by measure, over its tables (`计量单位：重量  吨；货值  万元人民币`)
_UNIT_LEGEND = re.compile(r"(?m)^[ \t\u3000]*(?:计量)?单位[ \t\u3000]*[:：][ \t\u3000]*(?P<body>[^\n]*[\u4e00-\u9fff][ \t\u3000]+[^\n]+)$")


def _unit_legend(folded: str) -> dict[str, str]:
    """Each measure a unit legend names, with its unit (`重量  吨；货值  万元` -> 重量: 吨, 货值: 万元)."""
    legend: dict[str, str] = {}
    for m in _UNIT_LEGEND.finditer(folded):
        for part in re.split(r"[;；,，、]", m.group("body")):
            words = part.split()
            if len(words) == 2 and not is_unit(words[0]) and is_unit(words[1]):
                legend[words[0]] = words[1]
    return legend


def _with_column_units(table: TextTable, legend: dict[str, str]) -> TextTable:
    """The table with a unit for each value column that has none: the legend's for its measure
    (`货值` under `计量单位：…货值  万元`), or the counter it is named by (`批次`)."""
    units: dict[int, str] = {}
    for j, c in enumerate(table.columns):
        name = _WHITESPACE.sub("", c.label or "")
        if c.role != "value" or c.unit is not None or not name:
            continue
        if name in legend:
            units[j] = legend[name]
        elif is_counter(name):
            units[j] = name  # `批次`: a column of counts named by their counter
    if not units:
        return table
    rows = [
        replace(r, cells=[replace(x, unit=units[j]) if j in units and x is not None and x.value is not None and x.unit is None else x
                          for j, x in enumerate(r.cells)])
        for r in table.rows
    ]
    columns = [replace(c, unit=units[j]) if j in units else c for j, c in enumerate(table.columns)]
    return replace(table, columns=columns, rows=rows)


_WHITESPACE = re.compile(r"\s+")
