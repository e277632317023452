"""Metric assembly: sentences of the document model -> validated, source-attributed metrics.

For each article, sentence by sentence:
1. the quantities of the sentence get roles (:mod:`.roles`);
2. roles group into metric drafts: a value takes the change and share that follow it; a run of
   `分别` figures pairs member by member with the run before it or with an enumeration of members;
3. each draft gets its indicator (with qualifiers inherited inside the article), subject,
   breakdown members, period (clause, sentence, governing period, article title), and source
   (an inline `据商务部…显示` first, else the article's 来源 line);
4. cross-metric checks add warnings (:mod:`.checks`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
import typing
from dataclasses import dataclass, field
from decimal import Decimal

import regex
from pydantic import ValidationError

from ..layout import BULLET_RE, TOC_LEADER_RE, gc_paused
from ..numbers import parse_number
from ..periods import PeriodMatch, find_periods
from ..organisations import media_outlets, organisation_names, organisation_rows
from ..patterns import person_surnames
from ..places import PlaceIndex, customs_province, looks_like_district, lookup, place_mentions, place_regex
from ..quantities import find_quantities, is_level_separator
from ..schemas.metric import (
    Approx,
    ChangeOut,
    Direction,
    Evidence,
    Metric,
    PeriodOut,
    ShareChange,
    ShareOut,
    SourceOut,
    Unattached,
    ValueOut,
)
from ..segment import ArticleBlock, Structure, split_sentences
from .checks import add_warnings
from .data_notes import data_notes, note_for
from .phrases import (
    HOW_COMPUTED,
    TRADE_FLOWS,
    Phrase,
    brands_in,
    clause_start,
    company_name,
    dimension_of,
    facility_end,
    is_brand,
    is_rail_service,
    names_another_service,
    platform_after,
    rail_service_at,
    read_phrase,
    sample_group_in,
    split_members,
    strip_enumeration_lead,
)
from .roles import CONTRIBUTION_VERBS, Item, sentence_items
from .vocab import alternation, any_head, vocab

__all__ = ["assemble", "Assembly"]

_HAN2 = regex.compile(r"[\p{Han}A-Za-z]{2,}")
_BETWEEN_NOISE = regex.compile(
    r"同比|环比|比上年同期|比去年同期|较上年同期|较去年同期|较上年|比上年|分别|占比|其中|合计|共|约|为|达|是|了|的|增长|下降|增速|增幅"
)
_SOURCE_ORG = (
    # (`中国（湖南）自由贸易试验区工作办公室`: a place in brackets inside the name)
    r"(?P<org>(?:[\p{Han}]{1,4}\([\p{Han}]{2,4}\))?[\p{Han}]{1,14}?(?:部|局|厅|署|委员会|委会|委|院|办公室|办|中心|协会|总会|银行|研究所|研究院|联合会|商会|统计局|统计处|海关|政府|集团|大数据)"
    r"(?:总署|有限公司)?(?:[\p{Han}]{1,6}?(?:分行|总部|分局|支行|分会|分署))?)"  # `中国人民银行天津市分行`, `海关总署广东分署`
    r"(?!分|门|统计[处局])"  # `公报中部分数据…`, `有关部门`: a word, not a body ending in 部; `…政府统计处`: the office
)
_INLINE_SOURCE = regex.compile(
    rf"(?:根据|据|经|从|基于|依据)?{_SOURCE_ORG}"
    r"(?:[^,;。]{0,16}?)(?:发布的统计数据显示|发布的数据显示|统计数据显示|数据显示|数字显示|统计显示|数据表明|测算|监测|统计(?![处局])|公布|获悉|数据(?=[,①②③④⑤]))"
)
# a body's survey or report (`中国美国商会9月11日发布的《…调查报告》显示`)
_REPORT_SOURCE = regex.compile(rf"(?:根据|据)?{_SOURCE_ORG}(?:[^,;。《]{{0,12}}?)(?:发布|公布|发表)的?《[^》\n]{{1,40}}》(?:显示|指出|表明)")
_CITING_KINDS = frozenset(("ministry", "agency", "institute", "intl", "state", "association"))


@functools.cache
def _known_body_source() -> regex.Pattern:
    """A citation of a body the gazetteer knows by a name no body suffix ends (`央行数据显示`,
    `中汽协统计`), in the same shape as ``_INLINE_SOURCE``."""
    names = sorted(
        (n for n, (_, kind) in organisation_rows().items() if kind in _CITING_KINDS and len(n) >= 2 and not regex.fullmatch(_SOURCE_ORG, n)),
        key=len, reverse=True,
    )
    return regex.compile(
        rf"(?:根据|据|经|从)?(?P<org>{'|'.join(regex.escape(n) for n in names)})"
        r"(?:[^,;。]{0,16}?)(?:发布的统计数据显示|发布的数据显示|统计数据显示|数据显示|统计显示|数据表明|测算|监测|统计|公布)"
    )


# `据商务部介绍`: only with 据, never `…等作详细介绍`
_INTRO_SOURCE = regex.compile(rf"(?:根据|据){_SOURCE_ORG}(?:[^,;。]{{0,8}}?)介绍")
# `大庆海关相关负责人介绍，…`: a body's official opening the sentence speaks for the body
_OFFICIAL_SOURCE = regex.compile(rf"\s*{_SOURCE_ORG}(?:相关|有关)?(?:主要)?(?:负责人|新闻发言人|发言人)(?:[\p{{Han}}·]{{0,4}}?)介绍")
def _official_source(text: str, s: int, b: int):
    """`大庆海关相关负责人介绍，…` opening the sentence: the body, not a department speaking for
    its company or association (`公司海外事业部负责人介绍`, `省贸促会会员部负责人介绍`)."""
    m = _OFFICIAL_SOURCE.match(text, s, b)
    if m is None or _NOT_A_WHOLE_BODY.search(m.group("org")):
        return None
    return m


_NOT_A_WHOLE_BODY = regex.compile(r"^(?:公司|该|本|我|其|省|市|区|县)|(?:会|公司|集团)[\p{Han}]{1,6}?(?:部|处|科|室|中心)$")


# a company reporting its own figures: `星河跨境科技股份有限公司…发布的半年度报告显示`,
# `据深圳市蓝湾云仓供应链有限公司介绍`, `…电子有限公司总经理王志强介绍`
_COMPANY_SOURCE = regex.compile(
    r"(?:根据|据)?(?P<org>[\p{Han}]{2,24}?(?:有限公司|有限责任公司|集团))(?:[^,;。]{0,30}?)(?:报告显示|公告显示|年报显示|介绍|表示)"
)
_YEAR_RE = regex.compile(r"\d{4}\s*年")
_WORD_START = regex.compile(r"[\p{Han}A-Za-z]")
_DIGIT = regex.compile(r"\d")
# words that make a clause more than a noun phrase (`受部分龙头企业业务调整影响`: a cause)
_NOT_BARE_NOUN = regex.compile(r"\d|为|是|显示|表示|据|^(?:受|因|由于|随着|得益于|在|按|从)|影响$|带动下$|推动下$|看$|分$|方面$|而言$|来说$|(?<!华)中$")


@functools.cache
def _between_phrases() -> regex.Pattern:
    # listed notes, and any `按…计算/计价` (按不变价格计算, 按美元计价)
    # `按可比价格计算`, `受海外价格下行影响`: how or why, between a figure and its change
    # `在电信业务收入中占比为14.9%`: the whole a share is of, named before it
    # `规模创历史新高`, `总量居全省第2位`: a remark on the figure, not a figure of its own
    # `年内累计`: the span of the figure's change
    return regex.compile(
        alternation(vocab().data.between_noise) + rf"|{HOW_COMPUTED}" + r"|受[^,;。]{1,20}?影响|在[\p{Han}]{2,16}?中$"
        r"|(?:规模|总量|总值|增速)?(?:再)?创(?:历史|历年|同期|年内){0,2}(?:新高|最高)"
        r"|(?:规模|总量|总值|增速)?(?:位居|位列|居|列)(?:全[国省市区])?(?:第[一二三四五六七八九十\d]{1,3}位?|首位|前列)"
        # `股价报58.36元/股，年内累计上涨42.8%`: the figure's move over the year so far
        r"|(?:年内|今年以来|年初以来|年初至今)累计"
    )


_WITHHELD = {"date", "duration", "ordinal"}
# spans no figure is dated by (`21世纪经济报道`, `20世纪90年代`)
_UNDATED = frozenset(("century", "decade"))
_UNDATED_OR_DAY = _UNDATED | {"day"}
_NO_SPAN_OF_MONTHS = _UNDATED | {"day", "point", "relative"}
_YEAR_WORD = regex.compile(r"全年|年末|年底|年初(?!以来|至今)|年内")  # (年初以来 is this year so far)
@functools.cache
def _leading_trade_head() -> regex.Pattern:
    """A trade verb opening the words (`进口铁矿砂`), after a partner named by its abbreviation
    (`对韩出口机电产品`: the flow 对韩出口, then the goods)."""
    abbr = alternation(vocab().data.market_abbreviations)
    return regex.compile(rf"(?:(?:对|自|向)(?:{abbr}))?(?:{alternation(TRADE_FLOWS)})(?=[\p{{Han}}])")
_NAMED_MEASURE_END = regex.compile(r"(?:指数|运价|价格|比重|比例|[^效]率)(?:\([A-Za-z]{2,10}\))?$")  # (`…运价指数（SCFI）`)
_CONTINUES = regex.compile(r"其中|同时|此外|另外|其次")
_SCOPE_MODIFIERS = {"规模以上", "规上", "限额以上", "全口径", "全行业"}
_PARENS = regex.compile(r"\([^()]*\)")
_LOCAL_AUTHORITY = regex.compile(
    r"(?P<r>[\p{Han}]{2,5}?[县区市])(?:商务局|人民政府|政府|统计局|发改委|发展和改革局|融媒体中心|电商办|电子商务工作领导小组办公室)"
)
# a national administration whose local bureaux carry its name first (`国家税务总局广州市税务局`)
_NATIONAL_PARENT = regex.compile(r"^(?:国家税务总局|国家外汇管理局|国家统计局|中国人民银行|海关总署|国家金融监督管理总局)")
# any bureau of a county issuing the document (`洛川县农业农村局`, `秭归县文化和旅游局`)
_COUNTY_BUREAU = regex.compile(r"(?P<r>[\p{Han}]{2,4}?县)[\p{Han}]{2,10}?(?:局|委员会|办公室|中心)")
_DATA_TITLE_REGION = regex.compile(r"(?P<r>[\p{Han}]{2,8}?[市省])")


@dataclass
class Assembly:
    metrics: list[Metric] = field(default_factory=list)
    unattached: list[Unattached] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Draft:
    first: Item
    value: Item | None = None
    change: Item | None = None
    share: Item | None = None
    share_change: Item | None = None
    member: str | None = None
    from_list: bool = False
    last_end: int = 0
    rule: str = "value"
    base: tuple[int, int] | None = None  # `较二〇二四年同月的4,026亿元`: the words naming the base period

    def attach(self, it: Item) -> None:
        setattr(self, it.role if it.role != "flat" else "change", it)
        self.last_end = it.end


@dataclass(slots=True)
class _DocContext:
    text: str
    doc: str | None
    region: str | None
    province: str | None
    reference: dt.date | None
    default_year: int | None
    norm: object = None  # NormText
    places: PlaceIndex | None = None
    publisher: str | None = None  # the cover's 来源 or publishing body: the source of last resort
    zone: str | None = None  # a development zone the document is about (片区 -> it)
    event: str | None = None  # a fair a results report is about (`第138届广交会闭幕…`)
    listed: tuple[str, ...] = ()  # companies named with their stock code (`海拓供应链（301338）`)
    full_names: dict[str, str] = field(default_factory=dict)  # `云帆跨境` -> `…云帆跨境科技股份有限公司`
    event_period: PeriodMatch | None = None  # the months it was held in
    announcer: str | None = None  # the firm a press release is from (`关于海纳环球` closing it)
    front_lead_day: PeriodMatch | None = None  # the event day a sectioned report's lead opens with
    self_org: str | None = None  # the company issuing the bulletin (集团 -> it)
    title_end: dt.date | None = None  # end of the data title's period: "now" for 今年以来 when undated
    doc_title: str | None = None  # the document's own headline (before any section)
    front_lines: tuple[str, ...] = ()  # the short lines over the body: masthead, crumbs, headline
    doc_period: PeriodMatch | None = None  # the period the headline or lead paragraph sets
    reported_month: dt.date | None = None  # the month before an early-month report's date (see _reported_month)
    report_like: bool = False  # sections hold no titled articles: one report, one running period
    carried_period: PeriodMatch | None = None
    data_notes: list = field(default_factory=list)  # `注：本章数据来源于…` (see data_notes.py)
    prose_notes: list = field(default_factory=list)  # those not written under a table (a table's note is its own)
    table_sources: dict = field(default_factory=dict)  # `表1` -> the source of the article citing it (`详见表1`)
    article_sources: list = field(default_factory=list)  # (start, end, 来源) of articles that name one
    defined_regions: list | None = None  # macro-regions defined as groups of places (see _defined_regions)
    national: bool = False  # a national body's release (`国家邮政局公布…`), with no region of its own
    county: str | None = None  # the county the document names most (全县 -> it)
    fair_visit: bool = False  # the fair is one a visitor's story reports taking part in (`我市在…投洽会上签约…`)
    plan_period: PeriodMatch | None = None  # the year of the plan the document issues, as its title writes it (`2026年全省商务工作要点`)
    reporting: tuple[str, ...] = ()  # listed companies the story shows releasing their report
    last_article: "_ArticleContext | None" = None  # the article assembled before (its section's survey goes on)
    heading_period: PeriodMatch | None = None  # the last title-only heading's (`◆ 前三季度全市…` over `■ 业务结构`)
    title_single_month: bool = False  # the headline reports a single month (`2025年6月份…`)
    article_subjects: list = field(default_factory=list)  # each article's default subject, in order
    home_currency: str = "CNY"  # what a bare 元 means (HKD in Hong Kong's own release)
    # output records shared by the metrics that cite the same period or source (they are frozen)
    periods_out: dict = field(default_factory=dict)
    sources_out: dict = field(default_factory=dict)


@dataclass(slots=True)
class _ArticleContext:
    outlet: str | None
    title: str | None
    section: str
    qualifier: str = ""
    qualifier_at: int = -1  # where the qualifier was set (list members inherit it only within a sentence)
    head: str | None = None
    head_para: int = -1  # the paragraph the head was read in
    head_dims: dict = field(default_factory=dict)  # breakdowns read with the head (trade mode …)
    total_market: tuple = ("", None, None)  # a trade total's head, the market it names, its paragraph
    sentence_indicator: str | None = None  # the last indicator read in this very sentence
    para_label: str | None = None  # `集成电路：…`: what the paragraph reports on
    para_company: str | None = None  # `● 药明康德（成都）：…`: the company (or fair) a listed item reports on
    para_place: str | None = None  # `西海岸新区：…`: the district a paragraph reports on
    brief_period: PeriodMatch | None = None  # the period a numbered brief's figures run to, last resort
    stock_period: PeriodMatch | None = None  # the date the article's last levels were stated at
    review_span: PeriodMatch | None = None  # the five years a report's review is looking back over
    lead_in: tuple | None = None  # (measure, period, subject) of a paragraph ending `…集装箱量如下：`
    item: tuple | None = None  # (measure, label, subject) of a bulleted item under such a lead
    subject: str | None = None
    sample: str | None = None  # the monitored or surveyed firms the article reports on (`重点监测企业`)
    survey_period: PeriodMatch | None = None  # the period a survey asked about (`第三季度…问卷调查`)
    subject_part: bool = False  # the subject was a part a `其中` sentence named (`其中，义乌市…`)
    mid_period: PeriodMatch | None = None  # the last period the sentence wrote inside a clause (`…公司上半年合计实现…`)
    report: PeriodMatch | None = None  # the period of the company reports the story is about (`披露2025年半年报`)
    listed_members: tuple[list[str], int] | None = None  # a 分别 list's members, where its clause ends
    period: PeriodMatch | None = None
    inline_source: tuple[str, tuple[int, int]] | None = None
    lead_source: tuple[str, tuple[int, int]] | None = None  # cited in the article's lead paragraph
    list_source: tuple[str, tuple[int, int]] | None = None  # cited by a lead-in (`…以下特点：`) over its items
    lead_day: PeriodMatch | None = None  # the event day opening the article's lead
    province: str | None = None
    para_period: PeriodMatch | None = None
    # (end, periods to restore): a month opening a ;-clause under the year to date
    # (`前三季度，…；9月份，…，日均产量…。焦炭产量…`) holds until its sentence's 。 only
    clause_month: tuple[int, PeriodMatch | None, PeriodMatch | None] | None = None
    para_day: PeriodMatch | None = None
    day_run: PeriodMatch | None = None  # the last run of days the article stated (`10月15日至11月11日`)
    para_start: int = -1
    para_first_metric: int = 0  # the first of the paragraph's metrics in the assembly
    sentence_members: list[str] | None = None  # the members the sentence's first list paired with
    product: tuple[str, int] | None = None  # (product, paragraph) read with a trade verb
    last_dims: tuple[dict, int] | None = None  # (breakdowns, sentence start) of the last metric
    first_para_start: int = -1
    lead_para_start: int = -1
    now: dt.date | None = None  # the latest dated event of the article: "now" for 目前/以来
    synthetic_reference: bool = False  # only the year is known: 目前/以来 have no datable end
    default_subject: str | None = None
    title_org: str | None = None  # the organisation a profile article names in its title
    last_indicator: str | None = None
    measured: tuple[str, int] | None = None  # the last measure reported with a level or rate, and its sentence
    para_indicator: str | None = None  # the paragraph's last metric's indicator
    paired: tuple[list[str], list[int]] | None = None  # a paired measure's two figures just listed


# --- document context ------------------------------------------------------------------------


def _reference(structure: Structure, reference_date: dt.date | None) -> tuple[dt.date | None, int | None]:
    """The date relative years resolve against: the printed date, else the year of the data title
    or governing article title (or a press release's headline), else the caller's date, else none.
    Returns (date or None, year or None); a year without a date resolves 今年 but not 目前."""
    if structure.meta.date:
        d = dt.date.fromisoformat(structure.meta.date)
        # `2024年…统计公报` printed in 2025: its 全年 and 年末 are the year its title names
        return d, (d.year - 1 if _titled_previous_year(structure, d) else d.year)
    dateline = _dateline(structure)
    if dateline is not None:
        return dateline, dateline.year
    year = _title_year(structure)
    if year is not None:
        if reference_date is not None and reference_date.year == year:
            return reference_date, year
        return None, year
    if reference_date is not None:
        return reference_date, reference_date.year
    return None, None


def _closing_sources(structure: Structure) -> dict[int, str]:
    """The 来源 line closing a bulletin's bracketed section (`【数据月报】` over `一、…统计`,
    `二、…统计`, `三、…目标` and `（来源：苏州市商务局）`): the source of each numbered part before it
    that has none of its own, keyed by ``id`` of the article."""
    original = structure.layout.original
    groups: list[list] = []
    for sec in structure.sections:
        if original.startswith(("【", "["), sec.start):
            groups.append([])
        if groups:  # (numbered parts before any bracketed heading belong to none)
            groups[-1].extend(a for a in sec.articles if a.paragraphs)
    out: dict[int, str] = {}
    for arts in groups:
        sourced = [a for a in arts if a.source]
        last = arts[-1] if arts else None
        if len(arts) > 1 and sourced == [last] and last.source_span and not _under_a_table(original, last.source_span[0]):
            for a in arts[:-1]:
                out[id(a)] = _first_body(last.source)
    return out


def _titled_previous_year(structure: Structure, d: dt.date) -> bool:
    """The document's title names the year before the one it was printed in: the whole year, or
    its last months (`解读2025年12月份CPI和PPI数据` printed in January: its bare 12月份 is 2025's)."""
    norm = structure.layout.norm.text
    for p in structure.front[:4]:
        if p.nend - p.nstart > 60:
            continue
        for pm in find_periods(norm[p.nstart : p.nend]):
            if pm.granularity == "year" and pm.year_resolved and pm.first is not None and _YEAR_RE.search(pm.text):
                return pm.first.year == d.year - 1
            if (
                pm.granularity in ("month", "quarter", "half", "ytd") and pm.year_resolved and pm.last is not None
                and _YEAR_RE.search(pm.text) and pm.last.year == d.year - 1 and pm.last.month > d.month
            ):
                return True
    return False


_COVER_LINE = regex.compile(
    r"\d{4}年第\d{1,3}期|\(?总第|[\p{Han}]{2,30}?(?:局|委员会|协会|秘书处)编?\d{4}年"
    r"|(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?$"  # `二〇二五年十月`: the date printed
)
_CITY_ZONES = "科技城|科学城|软件园|科技园|科学园"  # a science city or park run as a zone (`三亚崖州湾科技城`, `厦门软件园`)
_ZONE = regex.compile(rf"^[\p{{Han}}()（）]{{2,30}}(?:片区|开发区|高新区|新区|园区|产业园|合作区|自由贸易试验区|自贸试验区|自贸区|综合保税区|台商投资区|综合实验区|{_CITY_ZONES})$")


_CITY_PREFIX = regex.compile(r"[\p{Han}]{2,4}市(?=[\p{Han}])")
_ZONE_PREFIX = regex.compile(rf"^[\p{{Han}}]{{2,12}}?(?:高新区|开发区|经开区|新区|片区|园区|合作区|自贸区|综合保税区|综保区|台商投资区|综合实验区|{_CITY_ZONES})")


# a press conference's speaker heading: the body, the speaker's post, the name
_SPEAKER_HEADING = regex.compile(
    r"(?P<org>[\p{Han}]{2,24}?(?:局|厅|署|委|办|海关|分局|银行|分行|委员会|政府|中心|协会|商会))"
    r"(?:党组书记、|党委书记、)?(?:副|常务副|一级|二级)?(?:局长|厅长|关长|主任|行长|司长|处长|会长|秘书长|巡视员|新闻发言人|发言人|董事长|总经理|区长|市长|县长)"
    r"[\p{Han}·]{2,4}"
)


_TABLE_ROW_LINE = regex.compile(r"\d[%)）]?(?:[ \u3000]{2,}|\t)\S|(?:[ \u3000]{2,}|\t)[-+−]?\d[\d.,]*%?$")
_DATA_SOURCE_LEAD = regex.compile(r"[(（]?\s*(?:数据来源|资料来源)")


def _under_a_table(original: str, at: int) -> bool:
    """A data-source line (`（数据来源：武汉海关）`) right under a table's last row: the table's note,
    not a 来源 line closing the whole report."""
    start = original.rfind("\n", 0, at) + 1
    if not _DATA_SOURCE_LEAD.match(original, start):
        return False
    prev_end = original.rfind("\n", 0, max(start - 1, 0))
    above = original[prev_end + 1 : start].strip()
    return bool(above) and _TABLE_ROW_LINE.search(above) is not None


def _qualified(source: str | None, publisher: str | None) -> str | None:
    """A 来源 that names only a division or the press office of the publisher (`信息来源：服务业统计处`
    on a page of 浙江省统计局, `来源：新闻中心` under 中国国际贸易促进委员会) with the publisher's
    name before it: 浙江省统计局服务业统计处."""
    if source and publisher and (_BARE_DIVISION.fullmatch(source) or _SPEAKING_UNIT.fullmatch(source)) and not source.startswith(publisher):
        return publisher + source
    return source


# a body's press office or a ministry's department, no parent named (`新闻发布中心`, `国际收支司`;
# not a company, `…公司`): the body speaking through it
_SPEAKING_UNIT = regex.compile(r"新闻(?:发布)?(?:中心|办公室|处)|新闻办|办公厅|办公室|(?![\p{Han}]*公司$)[\p{Han}]{2,12}司")
_PAGE_COLUMN = regex.compile(r"新闻发布会?|发布会|新闻动态|政务公开|工作动态|本网|本站")
# (`国民经济综合统计处`: 国民 names no state body)
_BARE_DIVISION = regex.compile(
    r"(?![\p{Han}]*(?:省|市(?!场)|县|区|(?<!外)国(?!民)|部|局|厅|委|署|会|院))[\p{Han}]{2,10}(?:处|科|室|办)"  # (`市场管理处`: no city)
    r"|[\p{Han}]{0,4}(?:调研|研究|信息|统计|综合|宣传|新闻|发展|服务|联络)部"  # `市场调研部`, `行业发展部` of an association
    r"|(?![\p{Han}]*公司$)[\p{Han}]{2,8}司"  # `统计分析司` of a ministry or administration
)


# `辽宁省2024年国民经济和社会发展统计公报`: the statistics bureau of the place it is about issues it
_COMMUNIQUE = regex.compile(r"(?:\d{4}\s*年)?\s*(?P<p>[\p{Han}]{2,12}?(?:省|市|自治区|区|县|州|盟))(?:\d{4}\s*年)?国民经济和社会发展统计公报")


def _communique_bureau(structure: Structure) -> str | None:
    """The bureau a statistical communiqué that names no publisher comes from."""
    norm = structure.layout.norm.text
    for p in structure.front[:3]:
        m = _COMMUNIQUE.match(norm, p.nstart, p.nend)
        if m:
            return m.group("p") + "统计局"
    return None


def _editor_body(editor: str | None) -> str | None:
    """`海州港口集团办公室编` -> 海州港口集团办公室: who issued the bulletin."""
    if not editor:
        return None
    return regex.sub(r"(?:编印|编|主办)$", "", editor) or None


def _self_org(*bodies: str | None) -> str | None:
    """The company or association issuing the bulletin, from its editor or publisher line:
    `海州港口集团办公室` -> 海州港口集团, `宁川港口集团有限公司市场发展部` -> 宁川港口集团 (a group
    goes by its name without the legal form), `大连市数字贸易协会秘书处` -> 大连市数字贸易协会."""
    for body in bodies:
        body = _editor_body(body)
        m = _SELF_ORG.match(body) if body else None
        # (nor an outlet's own channel: `来源：证券时报·e公司`)
        if m and not _MEDIA_GROUP.search(m.group(1)) and not _is_outlet(m.group(1)):
            return _GROUP_LEGAL_FORM.sub("", m.group(1))
    return None


_BARE_GROUP_BODY = regex.compile(r"^集团[\p{Han}]{0,8}?(?:部|室|办公室|中心)?$")  # `来源：集团生产业务部`
_HEADLINE_GROUP = regex.compile(r"(?P<org>[\p{Han}]{2,16}?集团)(?![\p{Han}]{0,2}(?:公司|有限))")


def _group_in_headline(structure: Structure) -> str | None:
    """A group's own page citing only its department (`来源：集团生产业务部`): the group its
    headline opens with (`东瓯港口集团10月份生产经营情况通报`)."""
    meta = structure.meta
    if not any(b and _BARE_GROUP_BODY.match(b) for b in (meta.publisher, meta.source, meta.editor)):
        return None
    norm = structure.layout.norm.text
    for p in structure.front[:4]:
        if (m := _HEADLINE_GROUP.match(norm, p.nstart, p.nend)) is not None and not _is_outlet(m.group("org")):
            return m.group("org")
    return None


_PORT_GROUP = regex.compile(r"(?P<port>[\p{Han}]{2,8}?(?:港|机场))(?:口|务)?(?:集团|股份有限公司)")


@functools.lru_cache(maxsize=64)
def _group_port(org: str, text: str) -> str | None:
    """The port a port group runs (`宁波舟山港集团` -> 宁波舟山港), or the airport its company runs
    (`南湖国际机场股份有限公司` -> 南湖国际机场), when the text names it."""
    m = _PORT_GROUP.match(org)
    if m is None:
        return None
    port = m.group("port")
    return port if regex.search(rf"{regex.escape(port)}(?![口务区域集])", text) else None


def _is_outlet(name: str) -> bool:
    """A news outlet, or one of its channels (`证券时报·e公司`)."""
    return any(part in media_outlets() for part in (name, *name.split("·")))


# a news outlet's group (`南方财经全媒体集团`) publishes a story; the figures are not its own
_MEDIA_GROUP = regex.compile(r"(?:媒体|传媒|报业|新闻|出版|广电|广播电视)(?:集团|公司)")


_GROUP_LEGAL_FORM = regex.compile(r"(?<=集团)(?:股份)?有限(?:责任)?公司$")


# a company name, then at most one of its departments
# (a commercial bank's branch too, `中国银行苏州分行国际结算部`, whose 我行 is the branch; not a
# central bank's, `中国人民银行江西省分行`, which reports its province's figures)
_SELF_ORG = regex.compile(r"((?!中国人民银行|人民银行).{2,20}(?:集团|公司|协会|商会|联合会|促进会|贸促会|交易所|银行[\p{Han}]{2,6}?分行))(?:[\p{Han}]{0,6}?(?:办公室|秘书处|编辑部|部|室|处|中心))?$")


_BASE_OF_ZONE = regex.compile(r"[\p{Han}]{2,20}基地[(（](?P<z>[\p{Han}]{2,16})[)）]")


def _zone(structure: Structure) -> str | None:
    """The zone a document is about: named on a line of its own at its head, or opening its
    headline (`合肥高新区服务外包产业运行简报` -> 合肥高新区); or the customs district of a
    customs house's release that speaks of its 关区 (`榆州海关` -> 榆州关区)."""
    norm = structure.layout.norm
    for k, p in enumerate(structure.front[:3]):
        a, b = norm.to_original(p.nstart, p.nend) if p.nend > p.nstart else (p.start, p.end)
        name = _ZONE_BODY.sub("", norm.original[a:b].strip())  # `…临港新片区管理委员会` speaks for its zone
        # an official report on a zone: `关于中国（天津）自由贸易试验区` / `2025年三季度建设进展情况的报告`
        name = name.removeprefix("关于")
        if (based := _BASE_OF_ZONE.fullmatch(name)) is not None:
            name = based.group("z")  # `国家数字服务出口基地（厦门软件园）`: the park the base is
        if _ZONE.match(name):
            return _without_city(name)
        m = _ZONE_PREFIX.match(name)
        if m and (k == 0 or name.startswith((":", "："), m.end())):
            return m.group()  # also a story headlined with the zone (`贵阳综保区：加工贸易“链”上发力`)
    for p in structure.front[:3]:
        # `2025年一季度中国（湖南）自由贸易试验区运行情况`: a headline opening, after its period, with
        # a province's pilot free trade zone under its official name
        line = norm.text[p.nstart : p.nend]
        if (ftz := _OFFICIAL_FTZ.match(line, _LEADING_PERIOD.match(line).end())) is not None:
            return ftz.group()  # (as the text writes it: the metric's subject is restored to its brackets)
    for p in structure.front[:3]:
        # `5月份霍尔果斯口岸通关数据`: a border port's own data release, which then says 口岸
        port = _headline_port(norm.text[p.nstart : p.nend], norm.text)
        if port:
            return port
    for m in _ZONE_SHORT_NAME.finditer(norm.text, 0, min(len(norm.text), ZONE_DEFINITION_REACH)):
        # `2025年广州开发区（黄埔区）外贸…` over `广州开发区（黄埔区，以下简称“开发区”）…`: a
        # headline naming the zone whose short name the release defines
        # (not a name cut at a bracket: `中国（青岛）跨境电子商务综合试验区（以下简称“综试区”）` is a
        # city's programme)
        if m.start() > 0 and norm.text[m.start() - 1] == ")":
            continue
        name = _zone_from_place(m.group("z")) or m.group("z")
        if any(name in norm.text[p.nstart : p.nend] for p in structure.front[:3]):
            return name
    meta = structure.meta
    for body in (meta.publisher, meta.source, meta.editor):
        # `来源：武汉东湖新技术开发区管理委员会`: a zone's own administration published it
        name = _ZONE_BODY.sub("", body) if body and _ZONE_BODY.search(body) else None
        if name and _ZONE.match(name):
            return _without_city(name)
    text = norm.text
    # a release on the city's or province's trade that mentions its 关区 in passing (`全市…；上海关区
    # 跨境电商…`) is not the district's
    if "关区" in text and text.count("关区") >= len(_OWN_REGION_WORDS.findall(text)) and not _headlines_province(structure):
        for m in _CUSTOMS_HOUSE.finditer(text, 0, min(len(text), 400)):
            area = m.group("x") + "关区"
            if area in text:
                return area
    return None


# a zone named in full, then the short name the text goes on with (`（黄埔区，以下简称“开发区”）`)
_ZONE_SHORT_NAME = regex.compile(
    r"(?P<z>[\p{Han}]{2,16}?(?:开发区|高新区|经开区|新区|片区|园区|合作区|综保区|综合保税区|示范区|试验区))"
    r"\((?:[^()]{1,12}?,)?(?:以下)?简称“[\p{Han}]{2,6}”"
)
ZONE_DEFINITION_REACH = 1500  # characters into a release its zone's short name is defined within


def _headlines_province(structure: Structure) -> bool:
    """A front line names a province or region (`上半年内蒙古对俄蒙贸易稳中有进`): the release is
    on it, whatever its customs district's section says of `关区`."""
    norm = structure.layout.norm.text
    return any(
        (p := lookup(m.group())) is not None and p.kind == "province"
        for fp in structure.front[:3] for m in place_mentions(norm, fp.nstart, fp.nend)
    )


def _without_city(zone: str) -> str:
    """`深圳市前海深港现代服务业合作区` -> `前海深港现代服务业合作区`: a zone named in full after the
    city it lies in goes by its own name (a short one keeps the city: `合肥市高新区`); a
    province's pilot free trade zone goes by its official name (`湖南省自由贸易试验区` ->
    `中国（湖南）自由贸易试验区`)."""
    ftz = _PROVINCE_FTZ.fullmatch(zone)
    if ftz is not None and (p := lookup(ftz["p"])) is not None and p.kind == "province":
        return f"中国（{ftz['p']}）自由贸易试验区{ftz['part'] or ''}"
    city = _CITY_PREFIX.match(zone)
    return zone[city.end() :] if city and len(zone) - city.end() >= 8 else zone


_OFFICIAL_FTZ = regex.compile(r"中国\((?P<p>[\p{Han}]{2,3})\)(?:自由贸易试验区|自贸试验区)(?P<part>[\p{Han}]{2,4}片区)?")
_PROVINCE_FTZ = regex.compile(r"(?P<p>[\p{Han}]{2,3}?)(?:省|市|自治区)?(?:自由贸易试验区|自贸试验区)(?P<part>[\p{Han}]{2,4}片区)?")


def _headline_port(line: str, text: str) -> str | None:
    """The port a headline opens with (after its period), when the text goes on to call it
    plain 口岸 (`口岸累计进出口…`, `占口岸出口总值的…`)."""
    if len(line) > 40 or "口岸" not in line:
        return None
    m = _PORT_HEADLINE.match(line, _LEADING_PERIOD.match(line).end())
    if not m:
        return None
    name = m.group("name")
    return name if text.count("口岸") - text.count(name) >= 2 else None


_LEADING_PERIOD = regex.compile(r"(?:\d{4}年)?(?:\d{1,2}(?:[-—至]\d{1,2})?月份?|[上下]半年|前?[一二三四]季度|前\d{1,2}个月)?")
# (not a description: `中蒙最大陆路口岸二连浩特——`)
_PORT_HEADLINE = regex.compile(r"(?:关于)?(?P<name>(?![我全本该])(?:(?!最|大|陆路|重要|主要)[\p{Han}]){2,6}?(?:铁路|公路)?口岸)")
_OWN_REGION_WORDS = regex.compile(r"全市|我市|本市|全省|我省|本省|全区|我区")  # (全区: an autonomous region's)
# (a zone's own bureau speaks for it too: `合肥经济技术开发区商务局编`, `…经开区商务局综合科`)
_ZONE_BODY = regex.compile(
    rf"(?<=(?:片区|开发区|高新区|经开区|新区|园区|产业园|试验区|自贸区|保税区|合作区|{_CITY_ZONES}))(?:党工委)?"
    r"(?:管理委员会|管委会|管理局|管理办公室|工作办公室|[\p{Han}]{2,10}?局)(?:[\p{Han}]{2,6}?局)?(?:办公室|[\p{Han}]{1,4}?[科处])?(?:编印|编|主办)?$"
)


def _visiting_fair(structure: Structure) -> bool:
    """`我市在第二十五届投洽会上签约…`: a visitor's story names the fair right after 在 / 参加 (its
    deals are the visitor's, not the fair's)."""
    norm = structure.layout.norm.text
    return any(
        _TAKING_PART.search(norm, max(p.nstart, m.start() - 12), m.start())
        for p in structure.front[:6]  # (the headline may stand under a web page's masthead and path)
        if (m := _EVENT.search(norm, p.nstart, p.nend))
    )


def _event(structure: Structure, ref: dt.date | None) -> tuple[str | None, PeriodMatch | None]:
    """The fair a results report is about, named in its headline (`第138届广交会闭幕 …`), and the
    months it was held in (`于10月15日至11月4日分三期举办`, in the reference date's year)."""
    if not structure.front:
        return None, None
    norm = structure.layout.norm.text
    name = None
    for p in structure.front[:3]:
        m = _EVENT.match(norm, p.nstart, p.nend)  # the headline opens with it: not `我市在第二十五届投洽会上签约…`
        if m:
            name = m.group()
            break
    lead_day = None
    if name is None:
        # `11月10日，为期6天的第八届中国国际进口博览会（下称“进博会”）…落下帷幕`: the fair the
        # story's lead reports the close (or opening) of (under a headline like `我市在第二十五届
        # 投洽会上签约…`, a visitor's story: the months of the fair, though not its subject)
        for p in structure.front[1:6]:
            m = _EVENT.search(norm, p.nstart, min(p.nend, p.nstart + 120))
            if (
                m and _EVENT_HELD.search(norm, m.end(), min(p.nend, m.end() + 60))
                and not _TAKING_PART.search(norm, p.nstart, m.start())
                and _headline_names_fair(norm, structure, m)
            ):
                name = m.group()
                days = [d for d in find_periods(norm[p.nstart : m.start()]) if d.granularity == "day" and d.start_month]
                lead_day = (days[-1], p.nstart, p.nend) if days else None
                break
    if name is None:
        return None, None
    if ref is None:
        return name, None
    at = structure.front[0].nstart
    window = norm[at : at + 1500]
    days = [pm for pm in find_periods(window) if pm.granularity == "day" and pm.start_month and pm.end_month]
    for pm in days:
        if pm.start_month != pm.end_month and not _EVENT_AHEAD.search(window, max(0, pm.start - 12), pm.start):
            return name, _held_months(pm, at, int(pm.start_month[-2:]), int(pm.end_month[-2:]), ref)
    if lead_day is not None:
        day, p0, p1 = lead_day
        month = int(day.start_month[-2:])
        m1, m2 = _lasting_months(norm, p0, p1, day, month, ref, name)
        return name, _held_months(day, p0, m1, m2, ref)
    for pm in days:
        # `本届广交会于4月15日开幕` in a report of its close: from that month to the report's
        if _EVENT_OPENED.match(window, pm.end) and int(pm.start_month[-2:]) <= ref.month:
            return name, _held_months(pm, at, int(pm.start_month[-2:]), ref.month, ref)
    for pm in days:
        # `4月18日，为期6天的第五届消博会…闭幕`: the month of the day the lead reports it held (in
        # the same paragraph: not a masthead's date above the headline `第139届广交会闭幕`)
        held = _EVENT_HELD.search(window, pm.end, pm.end + 60)
        if held and "\n" not in window[pm.end : held.start()] and int(pm.start_month[-2:]) <= ref.month:
            m1, m2 = _lasting_months(norm, at + pm.start, at + pm.end + 200, pm, int(pm.start_month[-2:]), ref, name)
            return name, _held_months(pm, at, m1, m2, ref)
    return name, None


_FAIR_SHORT = regex.compile(r"\((?:以下简称|简称|下称)?[“\"']?(?P<s>[\p{Han}]{2,6})[”\"']?\)")


def _headline_names_fair(norm: str, structure: Structure, m) -> bool:
    """The story's headline names the fair its lead reports closing (`第138届广交会闭幕…`, or its
    kind `…博览会…`, or the short name the lead gives it): a story about something else that
    opens with a fair (`西博城一季度办展21场` after `…糖酒商品交易会…落下帷幕`) is not the fair's."""
    # the headline among the short lines over the lead (a breadcrumb or site name may stand first)
    headline = " ".join(norm[p.nstart : p.nend] for k, p in enumerate(structure.front[:4]) if k == 0 or p.nend - p.nstart <= 60)
    name = m.group()
    short = _FAIR_SHORT.match(norm, m.end())
    words = [name, name[-3:]] + ([short.group("s")] if short else [])
    if (nth := _FAIR_EDITION.match(name)) is not None:
        words.append(nth.group())  # `第八届进博会…` over `第八届中国国际进口博览会（CIIE）…落下帷幕`
    return any(w in headline for w in words)


_FAIR_EDITION = regex.compile(r"第[0-9一二三四五六七八九十百]+届")


_LASTING = regex.compile(r"(?:历时|为期)(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})天")
_CLOSED = regex.compile(r"闭幕|落下帷幕|落幕|收官")
_FAIR_PHASE = regex.compile(r"第[一二三123]期")
_MONTH_DAY = regex.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日|\d{4}[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")


def _lasting_months(norm: str, p0: int, p1: int, day, month: int, ref: dt.date, fair: str = "") -> tuple[int, int]:
    """`11月4日，…广交会落下帷幕。历时21天…`: the months from the day the lead reports to the one
    its length reaches (back from a close, on from an opening), the length stated or the one a
    fair on a fixed schedule always runs; the day's month alone otherwise."""
    m = _LASTING.search(norm, p0, p1)
    d = _MONTH_DAY.search(day.text)
    usual = next((n for name, n in vocab().data.fair_days.items() if name in fair), None)
    if usual is not None and (not _CLOSED.search(norm, p0, p1) or _FAIR_PHASE.search(norm, p0, p1)):
        usual = None  # the whole fair's close only, not an opening or a phase's (`第一期…闭幕`)
    if (m is None and usual is None) or d is None:
        return month, month
    length = int(parse_number(m.group("n"))) if m is not None else usual
    try:
        stated = dt.date(ref.year, int(d.group("m")), int(d.group("d")))
    except ValueError:
        return month, month
    if not 1 < length <= 60:
        return month, month
    span = dt.timedelta(days=length - 1)
    if _CLOSED.search(norm, p0, p1):
        opened = stated - span
        return (opened.month if opened.year == stated.year else month), month
    closed = stated + span
    return month, (closed.month if closed.year == stated.year else month)


# a fair still to come (`第138届广交会将于2025年10月15日至11月4日举办`): not the one reported
_EVENT_AHEAD = regex.compile(r"将于|拟于|计划于|下届|下一届")
_EVENT_OPENED = regex.compile(r"(?:正式)?(?:开幕|开展|启幕)")


def _held_months(pm: PeriodMatch, at: int, m1: int, m2: int, ref: dt.date) -> PeriodMatch:
    """The months a fair was held in (``m1``–``m2``), in the reference date's year unless they are
    still to come in it; ``pm`` is the day expression found at offset ``at``."""
    year = ref.year if m2 <= ref.month else ref.year - 1
    first, last = dt.date(year, m1, 1), _month_end(dt.date(year, m2, 1))
    return pm._replace(granularity="month", first=first, last=last, start_month=first.isoformat()[:7],
                       end_month=last.isoformat()[:7], year_resolved=True, start=pm.start + at, end=pm.end + at)


_TAKING_PART = regex.compile(r"在|参加|出席|赴|组团|代表团|参展")
_EVENT_HELD = regex.compile(r"闭幕|落下帷幕|落幕|开幕|举行|举办|召开")
_EVENT = regex.compile(
    # `第138届广交会`, or a fair named by its year (`2025年服贸会`, `2025中国国际服务贸易交易会`)
    r"(?:第[0-9一二三四五六七八九十百]+届|20\d\d年?(?=[\p{Han}“]))[\p{Han}()“”—-]{0,24}?"
    r"(?:交易会|博览会|展览会|洽谈会|广交会|进博会|服贸会|数贸会|消博会|链博会|东博会|高交会|投洽会)"
)
_CUSTOMS_HOUSE = regex.compile(r"(?P<x>[\p{Han}]{2,3}?)海关(?!总署)")


def _fair_or_title_period(ctx: _DocContext) -> PeriodMatch | None:
    """The headline's period, unless it is only the year in the fair's name (`2025年服贸会闭幕`):
    then the months the fair was held in."""
    dp, ev = ctx.doc_period, ctx.event_period
    if dp is not None and ev is not None and ctx.event and (dp.granularity == "year" and dp.text in ctx.event or dp.text.endswith("以来")):
        return ev  # (nor a speaker's `今年以来外部环境…` in the lead: the fair's months)
    return dp or ev


def _title_words(title: str | None) -> str:
    """An article title as an indicator of last resort; a site's breadcrumb (`首页>数据>…`) names none."""
    return "" if not title or ">" in title else title


def _headline_para(structure: Structure):
    """The front paragraph holding the headline: the first, unless that line only names the
    issuing body (`国家统计局` above `2025年一季度国民经济运行情况`)."""
    front = structure.front
    first = front[0]
    norm = structure.layout.norm.text
    if len(front) > 1 and _FILING_HEADER.match(norm, first.nstart, first.nend):
        return front[1]  # `证券代码：605176  证券简称：恒拓机电  公告编号：2025-018` over the filer's name
    if len(front) > 1 and _ISSUE_AT_END.search(norm, first.nstart, first.nend):
        return front[1]  # `…研究院  研究报告 2025 年第 19 号` over the report's title
    if len(front) > 1 and structure.meta.publisher:
        if norm[first.nstart : first.nend].strip() == structure.meta.publisher:
            # the page's date line under its publisher (`发布日期：2025-07-19　来源：综合处`) is
            # no headline either
            rest = [p for p in front[1:3] if not _LISTING_META.match(norm, p.nstart, p.nend)]
            return rest[0] if rest else front[1]
    if len(front) > 1 and _site_name(norm[first.nstart : first.nend].strip()):
        nxt = front[1]
        if nxt.nend - nxt.nstart <= TITLE_MAX and not _LISTING_META.match(norm, nxt.nstart, nxt.nend):
            return nxt  # `证券时报网` over `迈拓电子：上半年净利润…`: the site's name, then the headline
    return first


_FILING_HEADER = regex.compile(r"\s*(?:证券代码|股票代码|证券简称|股票简称)\s*:")  # a listed firm's filing
_SITE_NAME = regex.compile(r"[\p{Han}A-Za-z0-9·]{2,8}网")


def _site_name(line: str) -> bool:
    """A line naming only a news site or outlet (`证券时报网`, `新华网`, `澎湃新闻`)."""
    return line in media_outlets() or _SITE_NAME.fullmatch(line) is not None


_PAGE_CHROME = regex.compile(r"[^\n]*>[^\n]*>[^\n]*$|[【\[]?字体|[^\n]*(?:打印本页|关闭窗口)\s*$")


def _front_context(structure: Structure, ref, year) -> tuple[str | None, PeriodMatch | None]:
    """The headline before the first section, and the period it or the lead paragraph sets
    (`湖南省2023年国民经济和社会发展统计公报` / `2023年，面对…`) for sections that state none."""
    if not structure.front:
        return None, None
    norm = structure.layout.norm.text
    first = structure.front[0]
    title = norm[first.nstart : first.nend] if first.nend - first.nstart <= 60 else None
    ref = ref or (dt.date(year, 12, 31) if year else None)
    for p in _front_lines(structure, 6):
        if not structure.sections and (p.nend - p.nstart > TITLE_MAX or _SENTENCE_END.search(norm, p.nstart, p.nend)):
            # a release without sections: its data title (`2026年2月旅游统计`, `2025年各省份外贸成绩单：
            # 粤苏浙沪京稳居前五，新疆增速领跑`), not its lead
            continue
        for per in find_periods(norm[p.nstart : p.nend], reference_date=ref, default_year=year):
            if per.granularity not in _NO_SPAN_OF_MONTHS and per.first is not None:
                return title, _shift(per, p.nstart)
    return title, None


def _title_single_month(structure: Structure) -> bool:
    """The document's title states one month (`2026年2月旅游统计`): its first front line that
    states a period at all, past a masthead (`新闻稿`, `…统计暨普查局`)."""
    norm = structure.layout.norm.text
    for p in _front_lines(structure, TITLE_LINES):
        for per in find_periods(norm[p.nstart : p.nend]):
            if per.granularity == "day":
                continue
            if per.granularity == "month" and per.first is not None and per.last is not None:
                return (per.first.year, per.first.month) == (per.last.year, per.last.month)
            return False
    return False


TITLE_MAX = 40  # characters of a data title line
TITLE_LINES = 6  # front lines read for the title's period (a masthead may take several)


_TOC_HEAD = regex.compile(r"目\s*录|本期导读|本期要目|本期目录|导读|要目")
# a running head (`宁波统计月报 2025年第9期`) or an issue line in brackets (`（2026年第4期）`)
_ISSUE_AT_END = regex.compile(r"\d{4}\s?年\s?第\s?\d{1,4}\s?[期号](?:\(总第\d{1,5}期\))?\)?$")


def _front_lines(structure: Structure, limit: int) -> list:
    """The first ``limit`` paragraphs of the front that may state the figures' period: not the
    issue line or the printed date (`2025 年第 3 期`, `二〇二五年十月`), nor a table of contents."""
    norm = structure.layout.norm.text
    out = []
    in_toc = False
    for p in structure.front:
        if _TOC_HEAD.fullmatch(norm, p.nstart, p.nend):
            in_toc = True  # `本期导读` / `目录`: its entries name what follows, not the figures
            continue
        if in_toc and (norm.startswith("【", p.nstart) or BULLET_RE.match(norm, p.nstart) or TOC_LEADER_RE.search(norm, p.nstart, p.nend)):
            continue
        in_toc = False
        if _COVER_LINE.match(norm, p.nstart, p.nend) or _ISSUE_AT_END.search(norm, p.nstart, p.nend) or TOC_LEADER_RE.search(norm, p.nstart, p.nend):
            continue
        out.append(p)
        if len(out) == limit:
            break
    return out


def _title_period_end(structure: Structure) -> dt.date | None:
    norm = structure.layout.norm.text
    spans = [(p.nstart, p.nend) for p in _front_lines(structure, 4) if p.nend - p.nstart <= 60]
    spans += [a.title_nspan for s in structure.sections[:1] for a in s.articles[:1] if a.title_nspan]
    for a, b in spans:
        for p in find_periods(norm[a:b]):
            if p.year_resolved and p.last is not None and p.granularity not in ("day", "point"):
                return p.last
    return None


def _dateline(structure: Structure) -> dt.date | None:
    """A press release opening with its date (`2024年11月21日，商务部召开…`): its publication date."""
    if structure.sections:
        return None
    norm = structure.layout.norm.text
    for p in structure.front[:3]:
        if (wm := _WIRE_DATE.match(norm, p.nstart, p.nend)) is not None:
            return _valid_date(int(wm.group("y")), int(wm.group("m")), int(wm.group("d")))  # `新华社长沙2025年9月23日电`
        # at the start, or after the outlet's dateline (`蒲阳日报讯（记者…）2025年11月5日，…`)
        lead = _DATELINE_OUTLET.match(norm, p.nstart, p.nend)
        at = p.nstart
        if lead:
            close = norm.find(")", lead.end(), min(p.nend, lead.end() + 40))
            at = close + 1 if close >= 0 and norm.startswith("(", lead.end()) else lead.end()
        for per in find_periods(norm[at : min(p.nend, at + 16)]):
            if per.granularity == "day" and per.start == 0 and per.first is not None and per.year_resolved:
                return per.first
    for p in structure.front[:4]:
        # a post's byline under its headline (`原创 中国贸促会 2024年12月10日 17:42 北京`): a short
        # line of names and its date, no sentence
        if p.nend - p.nstart <= 60 and len(p.lines) == 1 and not _SENTENCE_MARK.search(norm, p.nstart, p.nend):
            for per in find_periods(norm[p.nstart : p.nend]):
                if per.granularity == "day" and per.first is not None and per.year_resolved:
                    return per.first
    return None


_SENTENCE_MARK = regex.compile(r"[。,;!?]")
_SENTENCE_END = regex.compile(r"[。;!?]")  # (a headline may hold a comma; a lead's sentence ends)
# a wire story's dateline with its full date: `新华社长沙2025年9月23日电`
_WIRE_DATE = regex.compile(r"[\p{Han}]{2,10}?(?:社|报|网|台)[\p{Han}]{0,6}?(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日电")


def _valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _title_year(structure: Structure) -> int | None:
    norm = structure.layout.norm.text
    # the cover's data title (`苏州市商务运行月报(2024年1-8月)`), then the articles' titles
    spans = [(p.nstart, p.nend) for p in structure.front[:4] if p.nend - p.nstart <= 60]
    spans += [a.title_nspan for s in structure.sections for a in s.articles if a.title_nspan]
    # below a masthead, an issue line, the editor's line and a rule: the data title
    # (`2025年11月湖南省汽车市场运行简报`), not the month the cover is dated (`二〇二五年三月`)
    spans += [(p.nstart, p.nend) for p in structure.front[4:8]
              if p.nend - p.nstart <= 60 and not _COVER_LINE.search(norm, p.nstart, p.nend)]
    if not structure.sections:
        # a press release: its headline, then the opening of its first paragraph
        spans = [(p.nstart, p.nend) for p in structure.front[:1]]
        spans += [(p.nstart, min(p.nend, p.nstart + 80)) for p in structure.front[1:4]]
    for a, b in spans:
        for p in find_periods(norm[a:b]):
            if p.year_resolved and p.first is not None and p.granularity not in _UNDATED_OR_DAY:
                return p.first.year  # not `21世纪经济报道`
    if not structure.sections:
        # `…前7个月…` with the year stated only further down (`2025年是…`): the first written year
        for para in structure.front[:50]:
            for p in find_periods(norm[para.nstart : para.nend]):
                if p.year_resolved and p.first is not None and p.granularity in ("year", "month", "quarter", "half"):
                    if _YEAR_RE.search(p.text):
                        return p.first.year
    for m in itertools.islice(_TABLE_TITLE.finditer(norm), 3):
        # a page whose year is written only in its table's title (`表1  2025年1-8月重庆市…主要指标`)
        for p in find_periods(m.group("t")):
            if p.year_resolved and p.first is not None and _YEAR_RE.search(p.text) and p.granularity != "day":
                return p.first.year
    for p in itertools.chain(structure.front[:8], *(a.paragraphs[:3] for s in structure.sections[:1] for a in s.articles[:1])):
        # a report dated only by its cover's month (`2025 年 10 月` under its editor's line), its
        # titles naming no year (`前三季度我国机电产品出口形势分析`): the year it was printed in
        if (m := _COVER_MONTH.fullmatch(norm, p.nstart, p.nend)) is not None:
            return int(m.group("y"))
    return None


_COVER_MONTH = regex.compile(r"(?P<y>(?:19|20)\d{2})年(?:1[0-2]|0?[1-9])月")
_TABLE_TITLE = regex.compile(r"(?m)^[ \t]*附?表[ \t]*[\d一二三四五六七八九十]{0,3}[ \t]+(?P<t>[^\n]{4,60})$")


def _region(structure: Structure, region: str | None, index: PlaceIndex, home: str | None = None) -> str | None:
    """The bulletin's home region (我市 -> it): caller's, else the data title's, else the editor's,
    else the city it names most (not in a provincial body's document, ``home`` its province:
    there the cities are its parts)."""
    if region:
        return region
    norm = structure.layout.norm.text
    own = _own_economy(norm, structure)
    if own is not None:
        return own
    for sec in structure.sections[:1]:
        for art in sec.articles[:1]:
            if art.title:
                for m in _DATA_TITLE_REGION.finditer(art.title):
                    p = lookup(m.group("r"))
                    if p is not None and p.kind == "city":
                        return p.canonical
    for body in (structure.meta.editor, structure.meta.publisher, structure.meta.source, _congress_place(norm)):
        # the editor or issuing body of a city's bulletin (or the city's people's congress a
        # government work report was given to): `大连市服务外包协会`, `宁波市商务局`;
        # of a district's or county's: `宁波市北仑区统计局` -> 宁波市北仑区 (not a province's
        # customs house named after its capital: `长春海关` speaks for 吉林省)
        if customs_province(body):
            continue
        if (zm := _ZONE_OF_CITY.search(body or "")) is not None and (zp := lookup(zm.group("r"))) is not None and zp.kind == "city":
            # `中国（温州）跨境电子商务综合试验区建设工作领导小组办公室`: a city's own zone's office
            return zp.canonical
        for m in _DATA_TITLE_REGION.finditer(body or ""):
            # (after a national body's name: `国家税务总局广州市税务局` -> 广州市)
            p = lookup(m.group("r")) or lookup(_NATIONAL_PARENT.sub("", m.group("r")))
            if p is not None and (p.kind == "city" or (p.kind == "province" and body is structure.meta.editor)):
                dm = _DISTRICT_AFTER.match(body, m.end())
                return p.canonical + dm.group("d") if dm and p.kind == "city" else p.canonical
    for body in (structure.meta.editor, structure.meta.publisher):
        # a county's own bureau issued it (`海盐县商务局编`): 全县 is the county, whatever city the
        # text ranks it in (`总量居嘉兴市第5位`)
        m = _LOCAL_AUTHORITY.match(body or "") or _COUNTY_BUREAU.fullmatch(body or "")
        if m is not None and m.group("r").endswith("县") and lookup(m.group("r")) is None and not _NOT_IN_NAMES.search(m.group("r")):
            return m.group("r")
    counts: dict[str, int] = {}
    if home is None:
        for _, e, form in index.between(0, len(norm)):
            p = lookup(form)
            if p is not None and p.kind == "city" and not _provincial_customs_at(norm, e, form):
                counts[p.canonical] = counts.get(p.canonical, 0) + 1
    if counts:
        best = max(counts.items(), key=lambda kv: kv[1])
        if best[1] >= 3 and not _tour_of_cities(counts):
            return best[0]
    # a county or district bulletin: the place its own authorities are named after (`云溪县商务局`)
    local: dict[str, int] = {}
    uses: dict[str, int] = {}  # how often the document writes each candidate name (counted once)

    def used(c: str) -> int:
        if c not in uses:
            uses[c] = norm.count(c)
        return uses[c]

    for m in _LOCAL_AUTHORITY.finditer(norm):
        # the left edge of a name glued to the text before it is unknown (`青屿统计分析青屿市统计局`):
        # take the ending the document uses most, the shortest among equals
        r = m.group("r")
        r = max((r[i:] for i in range(len(r) - 2)), key=lambda c: (used(c), -len(c)), default=r)
        if r.endswith("县") and len(r) == 3 and r[1] not in _NOT_COUNTY_LEAD and used(r[1:]) > used(r):
            r = r[1:]  # a county with a one-character name, written apart from it (`原创 礼县电商办`: `礼县`)
        if _NOT_IN_NAMES.search(r) or r.endswith("自治区"):
            continue  # `记者从市商务局获悉`: words, not a place; `内蒙古自治区统计局`: a province's
        local[r] = local.get(r, 0) + 1
    if local:
        return max(local.items(), key=lambda kv: kv[1])[0]
    # a city paper's story about 我市 (`蒲阳日报讯`): the city the paper is named after
    if _CITY_PRONOUN.search(norm):
        for p in structure.front[:3]:
            m = _CITY_PAPER.match(norm, p.nstart, p.nend)
            if m and lookup(m.group("x")) is None:
                return m.group("x") + "市"
    # a city the gazetteer does not list, named by the editor or data title and again in the text
    for body in (structure.meta.editor, structure.meta.publisher, *(a.title for s in structure.sections[:1] for a in s.articles[:1])):
        m = _UNLISTED_CITY.search(body or "")
        if m and norm.count(m.group("r")) >= 2:
            return m.group("r")
    if home is None and len(_OWN_CITY_WORDS.findall(norm)) >= 2:
        # a municipality's own release (`市统计局`, `全市…`), naming itself once, in a table's title
        # (`2025年1—8月重庆市主要经济指标`): 全市 is the municipality
        named = {p.canonical: p.kind for _, _, form in index.between(0, len(norm)) if (p := lookup(form)) is not None}
        cities = [n for n in named if n in _MUNICIPALITIES]
        others = [n for n, kind in named.items() if kind in ("city", "province") and n not in _MUNICIPALITIES]
        if len(cities) == 1 and not others:
            return cities[0]
    return None


_MUNICIPALITIES = frozenset(("北京市", "上海市", "天津市", "重庆市"))
# a zone named after its city in brackets (`中国（温州）跨境电子商务综合试验区`)
_ZONE_OF_CITY = regex.compile(r"中国\((?P<r>[\p{Han}]{2,4})\)")
_OWN_CITY_WORDS = regex.compile(r"(?<!资)(?:我市|全市|本市)(?!场)")  # not `资本市场`


def _own_economy(norm: str, structure: Structure) -> str | None:
    """An economy's own release (`澳門特別行政區政府 / 統計暨普查局`, `政府統計處…發表`): the
    economy as it names itself (香港, 澳门), for its 本澳 and its unnamed figures; None otherwise."""
    bodies = [structure.meta.publisher or "", structure.meta.editor or ""]
    bodies += [norm[p.nstart : p.nend] for p in structure.front[:3] if p.nend - p.nstart <= 40]
    office = _economy_office(norm)
    if office:
        bodies.append(office)
    for body in bodies:
        for form in _ECONOMY_FORMS.findall(body):
            p = lookup(form)
            if p is not None and p.kind == "economy" and body.startswith(form):
                return p.canonical.removeprefix("中国")
    if _ROC_DATE.search(norm, 0, min(len(norm), _ROC_DATE_REACH)):
        return "台湾"  # `114年10月海关进出口贸易初步统计`, `发布日期：114-11-07`: dated in the ROC calendar
    return None


_ROC_DATE = regex.compile(r"(?<![\d.])1[0-2]\d(?:年\d{1,2}月|-\d{1,2}-\d{1,2}(?!\d))")
_ROC_DATE_REACH = 600  # characters: the release's headline and date line


def _economy_office(norm: str) -> str | None:
    """The statistics office an economy's release names without the economy, by its full name."""
    m = _ECONOMY_BODY.search(norm[:2000])
    return organisation_names().get(m.group(), m.group()) if m else None


_OWN_ECONOMIES = frozenset(("香港", "澳门", "台湾"))


def _plain_region(ctx, subject: str | None) -> str | None:
    """The bulletin's own region as it names itself (`杭州市萧山区商务局`'s brief: 萧山区)."""
    if subject is not None and subject == ctx.region:
        return _district_of_city(subject) or subject
    return subject


@functools.lru_cache(maxsize=64)
def _district_of_city(region: str) -> str | None:
    """The district of a region written under its city (`杭州市萧山区` -> 萧山区), else None."""
    m = _CITY_DISTRICT.fullmatch(region)
    if m is None or (p := lookup(m.group("c"))) is None or p.kind != "city":
        return None
    return m.group("d")


_CITY_DISTRICT = regex.compile(r"(?P<c>[\p{Han}]{2,6}?市)(?P<d>[\p{Han}]{2,5}[区县])")


def _industry_paragraph(text: str, para_start: int, s: int) -> bool:
    """The paragraph opens with industry's value added (`1-10月，全省规模以上工业增加值…。`), so
    the 增加值 of its later parts (`国有控股企业增加值`, `采矿业增加值`) is industry's."""
    stop = text.find("。", para_start, s)
    return stop >= 0 and "工业增加值" in text[para_start:stop]


def _same_place(a: str, b: str) -> bool:
    """Whether two forms name one place (`中国香港`, `香港特别行政区`, `香港`)."""
    pa, pb = lookup(a), lookup(b)
    return pa is not None and pb is not None and pa.canonical == pb.canonical
_ECONOMY_FORMS = regex.compile(r"(?:香港|澳门|台湾)(?:特别行政区|特区|地区)?")
# a statistics office an economy's releases name without the economy (`政府统计处今日发表…`)
_ECONOMY_BODY = regex.compile(
    r"(?<![\p{Han}])(?:(?:香港|澳门)(?:特别行政区|特区)?(?:政府)?)?(?:政府统计处|统计暨普查局)|(?<![\p{Han}])财政部关务署"
)
_NOT_IN_NAMES = regex.compile(r"[从者据向在由与和的及对是为了将被把]|^(?:联合|会同|协同|配合|邀请|组织|指导|依托|携手|牵头)")
_CITY_PRONOUN = regex.compile(r"我市|全市|本市")
_CITY_PAPER = regex.compile(r"(?:本报)?(?P<x>[\p{Han}]{2})(?:日报|晚报|都市报|融媒体中心|新闻网)")
_DISTRICT_AFTER = regex.compile(r"(?P<d>[\p{Han}]{1,4}?[区县])(?=[\p{Han}]{0,6}?(?:局|委|政府|中心|办|处|科))")
_UNLISTED_PROVINCE = regex.compile(r"^(?P<r>[\p{Han}]{2,3}?省|[\p{Han}]{2,6}?自治区)(?=[\p{Han}]{2})")
_PROVINCE_PRONOUN = regex.compile(r"全省|我省|本省|省内|全区|我区")
_LEAD_CITATION_REACH = 24  # characters: `（一）货物吞吐量。据` — the item's label, then the citation
_SUBITEM = regex.compile(r"\s*\([一二三四五六七八九十]{1,2}\)")
_ITEM_HEADING = regex.compile(r"[一二三四五六七八九十]{1,2}、")
# an item of a list: `■ 一是…`, `（二）…`, `3．…`, `● …`
_LIST_ITEM = regex.compile(rf"\s*(?:{BULLET_RE.pattern}|[一二三四五六七八九十]{{1,3}}是|\(\s*[一二三四五六七八九十\d]{{1,2}}\s*\)|[一二三四五六七八九十\d]{{1,2}}[、.])")
_UNLISTED_CITY = regex.compile(r"(?<![\p{Han}])(?P<r>[\p{Han}]{2,3}市)|(?<=\d{1,2}月)(?P<r>[\p{Han}]{2,3}市)")


# --- main ------------------------------------------------------------------------------------


def assemble(
    structure: Structure,
    *,
    doc: str | None = None,
    reference_date: dt.date | None = None,
    region: str | None = None,
) -> Assembly:
    # the drafts, items and records of a large document are never in reference cycles: full
    # collections while they pile up would only walk them again (see ``layout.gc_paused``)
    with gc_paused(len(structure.layout.norm.text)):
        return _assemble(structure, doc=doc, reference_date=reference_date, region=region)


def _assemble(
    structure: Structure,
    *,
    doc: str | None,
    reference_date: dt.date | None,
    region: str | None,
) -> Assembly:
    norm = structure.layout.norm
    text = norm.text
    ref, year = _reference(structure, reference_date)
    index = PlaceIndex(text)
    home = _home_province(structure, text)
    ctx = _DocContext(text, doc, _region(structure, region, index, home), None, ref, year, norm, index)
    page_source = _outlet_name(structure.meta.source)
    headline_org = _headline_org(structure)
    if page_source and not structure.meta.publisher and headline_org and _SPEAKING_UNIT.fullmatch(page_source):
        # `来源：新闻发布中心`, `来源：国际收支司` on a page whose headline names the body
        # (`国家外汇管理局公布…`, `国家发展改革委7月份新闻发布会实录`): the body speaks
        page_source = None
    if page_source and _PAGE_COLUMN.fullmatch(page_source):
        page_source = None  # `来源：新闻发布会`: the site's column, not who speaks
    ctx.publisher = (
        _qualified(page_source, structure.meta.publisher) or structure.meta.publisher
        or _editor_body(structure.meta.editor)
        or headline_org  # `江西省人民政府新闻办公室新闻发布会实录`
        or _speaker_org(text)
        or _congress_government(text)  # a government work report: the government reporting
        or _communique_bureau(structure)
        or _economy_office(text)  # `政府统计处今日发表的…数字显示`: Hong Kong's statistics office
    )
    ctx.self_org = _self_org(structure.meta.editor, structure.meta.publisher, structure.meta.source) or _group_in_headline(structure)
    ctx.province = home
    ctx.zone = _zone(structure)
    ctx.event, ctx.event_period = _event(structure, ref)
    ctx.fair_visit = ctx.event is not None and _visiting_fair(structure)
    ctx.listed = _listed_companies(text)
    ctx.announcer = _announcer(text)
    ctx.reporting = _reporting_companies(text, ctx.listed) if ctx.listed else ()
    ctx.county = _named_county(text) if "县" in text else None
    ctx.plan_period = _issued_plan(text, ref)
    ctx.full_names = {m["name"]: company_name(m["full"]) for m in _SHORT_NAME.finditer(text)}
    ctx.title_end = _title_period_end(structure)
    ctx.doc_title, ctx.doc_period = _front_context(structure, ref, year)
    ctx.front_lines = tuple(text[p.nstart : p.nend] for p in structure.front[:TITLE_LINES] if p.nend - p.nstart <= 60)
    ctx.national = not ctx.region and not ctx.province and _NATIONAL_BODY.match(ctx.publisher or "") is not None
    # (a digest of bare headlines, `【本期导读】· …`, makes no titled articles of the report)
    ctx.data_notes = data_notes(text)
    ctx.prose_notes = _prose_notes(ctx, structure) if ctx.data_notes else []
    issue_brief = structure.meta.issue is not None or structure.meta.issue_total is not None
    ctx.report_like = bool(structure.sections) and not any(a.title and a.paragraphs for s in structure.sections for a in s.articles)
    ctx.title_single_month = _title_single_month(structure)
    ctx.reported_month = _reported_month(text, ref) if structure.meta.date else None
    # dates, durations and ordinals come too, so that a metric sentence can account for them
    own = _own_economy(text, structure)
    ctx.home_currency = vocab().data.economy_currencies.get(own, "CNY") if own else "CNY"
    quantities = find_quantities(text, include_withheld=True, home_currency=ctx.home_currency)
    qstarts = [q.start for q in quantities]
    figure_starts = [q.start for q in quantities if q.kind not in _WITHHELD]
    out = Assembly()
    title_cache: dict = {}

    def title_periods(t0: int, t1: int, ref, year) -> list[PeriodMatch]:
        """The periods of an article title (read for its year, then for its period: once)."""
        key = (t0, t1, ref, year)
        got = title_cache.get(key)
        if got is None:
            # (`21世纪经济报道` in a headline or breadcrumb dates no figure)
            got = title_cache[key] = [
                p for p in find_periods(text[t0:t1], reference_date=ref, default_year=year, offset=t0)
                if p.granularity not in _UNDATED
            ]
        return got

    articles: list[ArticleBlock] = [a for s in structure.sections for a in s.articles]
    if structure.front:
        # the text before the first section heading: a press release's headline and lead (the
        # whole release when it has no section headings)
        # (and a numbered heading over its paragraphs, `一、2025年和“十四五”时期工作回顾`, whose
        # period governs them)
        body = [p for p in structure.front if len(p.lines) > 1 or p.nend - p.nstart >= 30 or _SENTENCE_MARK.search(text, p.nstart, p.nend)
                or (_ITEM_HEADING.match(text, p.nstart) and p is not structure.front[0])]
        if structure.sections:
            body = [p for p in body if _SENTENCE_MARK.search(text, p.nstart, p.nend)]
        headline = _headline_para(structure)
        hl = text[headline.nstart : headline.nend]
        m = _HEADLINE_ORG.match(hl)
        outlet = m.group("org") if m else None
        if outlet is None and body:
            # `青禾县融媒体中心讯（记者…）`, `新华社北京10月17日电`, `21世纪经济报道记者 …报道`:
            # the outlet filing the story
            for para in structure.front[1:4]:
                dl = _DATELINE_OUTLET.match(text, para.nstart, para.nend) or _BYLINE_OUTLET.match(text, para.nstart, para.nend)
                if dl:
                    outlet = dl.group("org")
                    break
                if text.startswith("本报", para.nstart):
                    # `本报讯（记者…）` under a page head naming the paper (`宁波日报　2025年1月4日…`)
                    mp = _MASTHEAD_PAPER.match(text, structure.front[0].nstart, structure.front[0].nend)
                    if mp:
                        outlet = mp.group("org")
                        break
        if outlet is not None and structure.meta.source and _same_organisation(outlet, structure.meta.source):
            outlet = structure.meta.source  # `中新网海口7月15日电` on a page of 中国新闻网: its full name
        listing = _listing_articles(text, structure.front, norm)
        if listing:
            articles[:0] = listing
            ctx.publisher = structure.meta.publisher or ctx.publisher
        elif body:
            titled = len(hl) <= 60 and headline not in body
            articles.insert(0, ArticleBlock(section="", paragraphs=body, title=hl if len(hl) <= 60 else None, source=outlet,
                                            title_nspan=(headline.nstart, headline.nend) if titled else None))
    sourced = [a for a in articles if a.source]
    last = articles[-1] if articles else None
    if (
        len(articles) > 1 and sourced == [last] and last.source_span
        and not structure.layout.original[last.source_span[1] :].strip(" \n\r\t)）")
        and not _under_a_table(structure.layout.original, last.source_span[0])
    ):
        # one report whose only 来源 line closes it (`（来源：鹭湾经开区统计分局）`): the source of
        # every part of it, tables included
        ctx.publisher = last.source
    closing = _closing_sources(structure)
    for art in articles:
        if art.source and art.paragraphs:
            ctx.article_sources.append((art.paragraphs[0].start, art.paragraphs[-1].end, _first_body(art.source)))
            # `…位居全市前三位（详见表1）。（来源：青岛海关）`: the table the article points to
            # reports that source's figures
            for m in _TABLE_CITED.finditer(text, art.paragraphs[0].nstart, art.paragraphs[-1].nend):
                ctx.table_sources.setdefault(_table_key(m.group("t")), _first_body(art.source))
        if not art.paragraphs:
            if not _subsection(text, art.heading_nspan):
                ctx.last_article = None  # a new top-level heading: no survey goes on under it
            if art.title_nspan:
                # a heading with no body of its own (`◆ 前三季度全市服务外包运行情况` over
                # `■ 总体情况`, `■ 业务结构`…): its period governs the articles under it
                tps = [p for p in title_periods(*art.title_nspan, ctx.reference, ctx.default_year) if p.granularity != "day"]
                ctx.heading_period = tps[0] if tps else ctx.heading_period
            continue
        a0, a1 = art.paragraphs[0].nstart, art.paragraphs[-1].nend
        if bisect.bisect_left(figure_starts, a0) == bisect.bisect_left(figure_starts, a1) and "持平" not in text[a0:a1]:
            continue  # no figure in the article: nothing to assemble
        year = _article_year(art, ctx, title_periods)
        ref = ctx.reference or (dt.date(year, 12, 31) if year else None)
        periods = [_not_after(p, ctx.reference, text) for p in find_periods(text[a0:a1], reference_date=ref, default_year=year, offset=a0)
                   if p.granularity not in _UNDATED  # `21世纪经济报道` dates no figure
                   and not _comparison_base(text, p)]
        if (plan := _plan_year(art, ref) or (ctx.plan_period.first.year if ctx.plan_period else None)) is not None:
            periods = [_in_plan_year(p, plan) for p in periods]
        # an article without a 来源 line may open with its outlet's dateline (`财联社11月25日电，…`)
        table_note = art.source_span is not None and _under_a_table(structure.layout.original, art.source_span[0])
        # (a data-source line under a table is the table's: the prose above it has its own)
        outlet = _first_body(art.source) if art.source and not table_note else (closing.get(id(art)) or _dateline_outlet(text, art))
        if outlet is None and art.section and (speaker := _SPEAKER_HEADING.fullmatch(regex.sub(r"\s+", "", art.section))):
            outlet = speaker.group("org")  # `【国家外汇管理局湖北省分局副局长　孙明远】`: the speaker's body gives the figures
        if outlet and ctx.publisher and _SPEAKING_UNIT.fullmatch(outlet):
            outlet = ctx.publisher  # `来源：新闻办公室` under a page of 国家外汇管理局: the body speaking
        else:
            outlet = _qualified(outlet, ctx.publisher)  # `信息来源：市场管理处` on a page of 西安市文化和旅游局: its division
        actx = _ArticleContext(outlet=outlet, title=art.title, section=art.section)
        if (prev := ctx.last_article) is not None and (
            _subsection(text, art.heading_nspan) or art.section and prev.section == art.section and not art.title
        ):
            # `二、会员企业问卷调查` over `（一）订单情况`, `（四）经营预期`, or the section going on
            # untitled after a table: the surveyed firms its first items named are whose figures
            # its later items report
            actx.sample, actx.survey_period = prev.sample, prev.survey_period
        ctx.last_article = actx
        # a news story: filed by an outlet (its dateline, byline or 来源), or a web page of one
        news_story = (art.source or (ctx.publisher if not structure.sections else "") or "") in media_outlets()
        actx.synthetic_reference = ctx.reference is None
        days = [p.last for p in periods if p.granularity == "day" and p.last is not None]
        actx.now = max(days) if days else None
        actx.province = (
            # (a national body's release: the provinces and cities its passages rank are parts)
            (None if ctx.national else _article_province(ctx.places, a0, a1, ctx.province)) or _title_province(art.title or ctx.doc_title)
            # a provincial body issuing the release or the article: `信息来源：江西省商务厅`
            or _title_province(art.source) or _title_province(ctx.publisher) or ctx.province
        )
        actx.period = (
            # a plan's sections set its tasks for the plan's year, whatever year the review before them spoke of
            ctx.plan_period if ctx.plan_period is not None and art.section
            else ctx.carried_period if ctx.report_like and ctx.carried_period
            else ctx.heading_period or _fair_or_title_period(ctx)
        )
        # a numbered brief's later items that state no period and date no event: the period its
        # figures run to
        actx.brief_period = ctx.carried_period if issue_brief else None
        for span in (art.heading_nspan, art.title_nspan):
            # `【数据速览】（1-10月）` governs its section; an article's own title, the article
            if span:
                tps = [p for p in title_periods(span[0], span[1], ref, year) if p.granularity != "day"]
                # (`一、“十四五”时期和2025年工作回顾`: the year reviewed governs; the five years are
                # named where a figure is theirs)
                tps = [p for p in tps if not _several_years(p)] or tps
                if tps:
                    actx.period = tps[0]
                actx.survey_period = next((p for p in tps if _surveys(text, p)), actx.survey_period)
        actx.title_org = _title_org(art.title, text, a0, a1, ctx.listed)
        actx.default_subject = actx.title_org or _article_default_subject(ctx, actx, text, a0, a1)
        ctx.article_subjects.append(actx.default_subject)
        actx.first_para_start = art.paragraphs[0].nstart
        if art.section and ctx.front_lead_day is not None:
            actx.lead_day = ctx.front_lead_day
        # the lead: the first paragraph that ends a sentence (not a headline swept into the body)
        actx.lead_para_start = next(
            (p.nstart for p in art.paragraphs if _SENTENCE_MARK.search(text, p.nstart, p.nend)), actx.first_para_start
        )
        pstarts = [p.start for p in periods]
        item_sources = _item_sources(text, art.paragraphs, _next_heading(structure, a0)) if art.source is None else {}
        article_outlet = actx.outlet
        for para in art.paragraphs:
            if item_sources:
                item_outlet = item_sources.get(para.nstart, article_outlet)
                if item_outlet != actx.outlet:
                    actx.lead_source = None  # a new item: the body the last one cited is not its source
                actx.outlet = item_outlet
            actx.para_period = None
            actx.para_day = None
            heading = _heading_line(text, para.nstart)
            actx.review_span = None if heading else _review_span(text, para.nstart, para.nend, periods, actx)
            if heading:
                # `一、2025年和“十四五”时期工作回顾` heading a report the segmenter found no sections
                # in: the year reviewed governs what follows (a five-year span only where named)
                hps = [p for p in periods if para.nstart <= p.start < para.nend and p.granularity != "day"]
                hp = next((p for p in hps if not _several_years(p)), None)
                if hp is not None:
                    actx.period = ctx.heading_period = hp
            # a source cited in the lead (`据商务部…数据显示`) holds for the article; others for
            # their paragraph.  In a report's numbered section (a communiqué's 对外经济) the lead's
            # source holds only while the paragraphs break its figures down (`从贸易方式看，`)
            # (numbered items closed by their own 来源 line, too: each item is its own topic)
            items_sourced = art.source_span is not None and _SUBITEM.match(text, actx.first_para_start) is not None
            if (ctx.report_like or items_sourced) and para.nstart != actx.first_para_start and not (
                _BREAKDOWN_OPENER.match(text, para.nstart) or _CONTINUES.match(text, para.nstart)
                # `二季度，全市实现离岸执行额…`: the same figures over a part of the period
                or _PART_PERIOD_OPENER.match(text, para.nstart)
                # `（一）货物吞吐量。据…集团统计` / `（二）集装箱吞吐量。…`: the numbered items of
                # one chapter report the figures of the body its first item opens by citing (not
                # one cited later for a comparison: `…据商务部统计，同期全国…`)
                or (
                    # (not when the items close with a 来源 line of their own: that is theirs)
                    art.source_span is None and _SUBITEM.match(text, para.nstart) and _SUBITEM.match(text, actx.first_para_start)
                    and actx.lead_source is not None and actx.lead_source[1][0] - actx.first_para_start <= _LEAD_CITATION_REACH
                )
            ):
                actx.lead_source = None
            elif news_story and para.nstart > actx.lead_para_start:
                # a news story: the body its lead cites gave the lead's figures; later paragraphs
                # name their own sources or are the outlet's reporting
                actx.lead_source = None
            if actx.list_source is not None and not _LIST_ITEM.match(text, para.nstart, para.nend):
                actx.list_source = None  # the items under the cited lead-in are over
            actx.inline_source = actx.list_source or actx.lead_source
            actx.subject = None
            if news_story:
                actx.sample = None  # a story quoting a survey goes on to other figures (`预计全年…`)
            actx.para_start = para.nstart
            actx.para_first_metric = len(out.metrics)
            actx.para_indicator = None
            actx.para_label = _paragraph_label(text, para.nstart, para.nend)
            actx.para_company = _company_label(text, para.nstart, para.nend)
            actx.para_place = _place_label(text, para.nstart, para.nend)
            actx.item = None
            if actx.lead_in is not None:
                im = _BULLET_ITEM.match(text, para.nstart, para.nend)
                if im:
                    # `● 东南亚航线：完成47.9万标准箱…` under `8月份各主要航线集装箱量如下：`:
                    # the lead's measure and period, the item's label a part of it
                    actx.item = (actx.lead_in[0], im.group("l"), actx.lead_in[2])
                    actx.para_period = actx.lead_in[1]
                else:
                    actx.lead_in = None
            if not _CONTINUES.match(text, para.nstart):
                # a new paragraph starts a new topic; `其中，…` continues the one before
                actx.qualifier, actx.qualifier_at = "", -1
            full_s = para.nstart  # periods count from the start of the 。-sentence, not the ;-clause
            for s, e in split_sentences(text, para.nstart, para.nend):
                if s > para.nstart and text[s - 1] in "。!?！？\n":
                    full_s = s
                i0 = bisect.bisect_left(qstarts, s)
                i1 = bisect.bisect_left(qstarts, e)
                sq = [q for q in quantities[i0:i1] if q.end <= e]
                sp = periods[bisect.bisect_left(pstarts, full_s) : bisect.bisect_left(pstarts, e)]
                _update_inline_source(text, s, e, actx)
                if (credit := _TRAILING_CREDIT.match(text, e)) is not None:
                    # `▪ 8月出口2.09万亿元，同比增长4.8%。（海关总署）`: the item's own source
                    cited, actx.inline_source = actx.inline_source, (credit.group("org"), credit.span("org"))
                    _sentence(ctx, actx, art, s, e, sq, sp, out, norm)
                    actx.inline_source = cited
                else:
                    _sentence(ctx, actx, art, s, e, sq, sp, out, norm)
            if actx.item is None:
                lead = _lead_in(text, para.nstart, para.nend, periods)
                actx.lead_in = (*lead, actx.subject) if lead else None
            last = text.rfind("。", para.nstart, para.nend - 1) + 1 or para.nstart
            if (
                actx.inline_source is not None and text[para.nend - 1 : para.nend] == ":"
                and bisect.bisect_left(figure_starts, last) == bisect.bisect_left(figure_starts, para.nend)
                and (last == para.nstart or actx.inline_source[1][0] >= last)
            ):
                # `商务大数据监测显示，…呈现以下特点：` over `■ 一是…`: the items report what the lead-in
                # cites (a lead-in of its own, no figures; or the paragraph's last sentence citing
                # its own source after sentences of figures)
                actx.list_source = actx.inline_source
        if not art.section and structure.sections and ctx.front_lead_day is None:
            # `4月20日，…推介会在香港举行。…` over `一、签约项目…`: the event the sections report on
            ctx.front_lead_day = actx.lead_day
    _share_changes_said_after(ctx, out)
    _add_table_metrics(ctx, structure, out)
    add_warnings(out.metrics)
    return out


def _add_table_metrics(ctx: _DocContext, structure: Structure, out: Assembly) -> None:
    """Metrics of the document's plain-text tables, in document order with the others; figures a
    table holds are read from the table, not again as prose."""
    from .table_facts import table_metrics

    doc_period = ctx.doc_period
    if doc_period is None and structure.front:
        # the headline's period (`山西省2024年国民经济和社会发展统计公报`), or its month without
        # a year (`9月全市外贸外资运行情况`) dated by the release's own date
        hp = _headline_para(structure)
        found = [p for p in find_periods(ctx.text[hp.nstart : hp.nend], reference_date=ctx.reference, default_year=ctx.default_year)
                 if p.last is not None and p.year_resolved and p.granularity not in _UNDATED_OR_DAY]
        doc_period = found[0] if found else None
    doc_end = (ctx.doc_period.last if ctx.doc_period is not None else ctx.title_end) or (doc_period and doc_period.last)
    tabled = table_metrics(structure, reference=ctx.reference, year=ctx.default_year,
                           build=lambda *a: _table_record(ctx, *a), doc_end=doc_end, doc_period=doc_period)
    if not tabled:
        return
    # a row from its line's start: a serial number before its label (`6     城东污水处理厂…`) is
    # the table's too, not a count in prose (`6城`)
    original = ctx.norm.original
    rows = {(original.rfind("\n", 0, m.evidence.span[0]) + 1, m.evidence.span[1]) for m in tabled}
    # and each figure read, wherever it stands (a table whose cells stand one per line below the label)
    rows |= {tuple(part.span) for m in tabled for part in (m.value, m.change, m.share) if part is not None}
    rows = sorted(rows)
    kept = [m for m in out.metrics if not any(a <= m.evidence.span[0] < b or a <= m.anchor[0] < b for a, b in rows)]
    out.metrics[:] = sorted(kept + tabled, key=lambda m: m.evidence.span[0])


def _prose_notes(ctx: _DocContext, structure: Structure) -> list:
    """The data notes that speak for the text: a note written under a table (`注：进出口数据来源于
    合肥海关`) is that table's, not the commentary's that follows it."""
    from ..tables import find_tables
    from .table_facts import may_hold_tables

    layout = structure.layout
    if not may_hold_tables(layout.original):
        return ctx.data_notes
    held = [t.note_span for t in find_tables(layout) if t.note_span is not None]
    return [n for n in ctx.data_notes if not any(a <= _orig(ctx, n.start, n.end)[0] < b for a, b in held)]


_TABLE_CITED = regex.compile(r"(?:详见|见|参见|如)(?P<t>表\s?\d{1,2})")
_TABLE_NUMBER = regex.compile(r"\s*表\s?\d{1,2}")


def _table_key(name: str) -> str:
    """A table's number as cited and as titled alike (`表 1` -> 表1)."""
    return regex.sub(r"\s", "", name)


_TOWNSHIP = regex.compile(r"[\p{Han}]{2,6}(?:街道|镇|乡|苏木)")  # a county's towns (not `城镇`)


# a project's name, not an account's or a class's (`服务贸易及其他经常项目`, `新开工项目`)
_PROJECT_ROW = regex.compile(r"[\p{Han}A-Za-z0-9（）()]{4,30}(?<!经常|资本|金融|其他|收益|往来|专项|重点|全部|签约|在建|开工|竣工|投产|储备|外资|内资)项目")
_COLUMN_PERIOD = regex.compile(r"^(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}月份?|^(?:本月|当月|累计|今年以来)")  # `1—8月到资`
_VENUE_ROW = regex.compile(r"[\p{Han}A-Za-z0-9·]{2,20}(?:商圈|步行街|商业街|街区|景区|度假区|旅游区)")
_PROJECT_SIZE = regex.compile(r"^(?:计划)?总投资|投资总额|合同外资|注册资本")


def _table_record(ctx: _DocContext, table, row, cell, reading, scale, change, period, source, share) -> Metric | None:
    """One table cell's metric; ``cell`` is None for a row that publishes only its rate."""
    original = ctx.norm.original
    value = None
    if cell is not None:
        multiplier, base_unit, kind = scale
        if kind not in ("money", "count", "measure", "percent", "number"):
            return None
        if kind == "percent" and share is None and change is None and not _INDEX_NAME.search(reading[0] + (table.title or "")):
            # a table of percentages (`单位：%`, columns 增加 / 持平 / 减少): each cell is a share
            # (an index's reading in % is a level: `商务活动指数  50.1`, a PMI table's `生产  51.9`)
            share = (cell, None)
        else:
            unit = cell.unit or table.unit
            if base_unit == "CNY" and ctx.home_currency != "CNY" and _BARE_YUAN.fullmatch(unit or ""):
                base_unit = ctx.home_currency  # `货值（百万元）` in Hong Kong's own release: its dollars
            value = ValueOut(text=original[cell.span[0] : cell.span[1]], span=cell.span, number=cell.value, unit=unit,
                             normalized=cell.value * multiplier, base_unit=base_unit)
    change_out = None
    if change is not None:
        ccell, basis = change
        rate = ccell.value
        direction = "up" if rate > 0 else "down" if rate < 0 else "flat"
        change_out = ChangeOut(text=original[ccell.span[0] : ccell.span[1]], span=ccell.span, basis=basis, direction=direction, percent=rate)
    period_out = None
    if period is not None:
        first, last = period
        if first is None:  # a balance at a date (`金融机构本外币存款余额（8月末）`)
            period_out = PeriodOut(start=None, end=last.isoformat(), start_month=None, end_month=last.isoformat()[:7], cumulative=False)
        else:
            period_out = PeriodOut(start=first.isoformat(), end=last.isoformat(), start_month=first.isoformat()[:7],
                                   end_month=last.isoformat()[:7], cumulative=first.month == 1 and last.month > 1)
    share_out = None
    if share is not None:
        scell, of = share
        share_out = ShareOut(text=original[scell.span[0] : scell.span[1]], span=scell.span, percent=scell.value, of=of)
    indicator, dims = reading
    # the table's own note, else the document's data note on its topic (`[12] 货物进出口数据来源于…`)
    note = note_for(ctx.data_notes, (table.title or "") + indicator) if source is None and ctx.data_notes else None
    cited = _TABLE_NUMBER.match(table.title or "") if ctx.table_sources else None
    cited_by = ctx.table_sources.get(_table_key(cited.group())) if cited else None
    # a table inside an article closed by its 来源 line reports that source's figures
    within = next((src for a, b, src in ctx.article_sources if a <= table.span[0] < b), None)
    name = source or (note.name if note is not None else None) or cited_by or within or ctx.publisher
    label = regex.sub(r"\s+", "", row.label)
    # the `全  省` row of a table of 市州: the whole the rows are parts of
    whole_row = vocab().votes_any.fullmatch(label) is not None
    subject = _table_subject(ctx, label if whole_row else table.title)
    if _PROJECT_ROW.fullmatch(label) and regex.sub(r"\s+", "", indicator) == label and cell is not None:
        # `1—8月到资` beside a project: the column names the measure, the row whose it is
        j = next((j for j, c in enumerate(row.cells) if c is cell), None)
        named = _COLUMN_PERIOD.sub("", regex.sub(r"\s+", "", table.columns[j].label or "")) if j is not None and j < len(table.columns) else ""
        named = regex.sub(r"[(（][^()（）]*[)）]$", "", named)
        if named:
            indicator, dims = named, {**dims, "breakdown": label}
    for k, member in list(dims.items()):
        if whole_row and member == label:
            del dims[k]  # the `全市` row of a table of districts: the whole, not a member
            continue
        if member == label and _VENUE_ROW.fullmatch(label):
            subject = label  # `新街口商圈  4862.3万人次 …`: a shopping district's or scenic area's own figures
            continue
        if member == label and _PROJECT_ROW.fullmatch(label):
            subject = label  # `恒泰功能性纤维新材料项目  柯桥区  32000 …` in a list of key projects: the project's own figures
            if _PROJECT_SIZE.search(indicator):
                period_out = None  # what the project is (its 总投资, 合同外资), at no period
            continue
        p = lookup(member)
        if k == "subject" and p is not None and p.kind in ("country", "economy", "world_region") and p.canonical != "中国":
            dims["market"] = dims.pop(k)  # `欧  洲  6,312.8` in an airport's table by 地区: a market of its
            continue
        if k == "subject" or (p is not None and p.kind in ("province", "city", "district", "region")) or (
            p is None and (looks_like_district(member) or _TOWNSHIP.fullmatch(member) or (k == "region" and _SHORT_COUNTY.fullmatch(member)))
        ):
            # `长沙市  12.58  9.8` in a table of 市州, `递铺街道  612540` in a county's: the row's
            # own figure, not a market; the table breaks its measure down by these places
            subject = p.canonical if p is not None else member
            del dims[k]
            dims["region"] = member
    subject = _plain_region(ctx, subject)
    return Metric(
        doc=ctx.doc,
        indicator=indicator,
        subject=subject,
        dimensions=dims,
        period=period_out,
        value=value,
        change=change_out,
        share=share_out,
        source=SourceOut(name=name, span=None, outlet=None) if name else None,
        evidence=Evidence(text=original[row.span[0] : row.span[1]], span=row.span),
        section=None,
        article=table.title,
        rule="table",
    )


_BARE_YUAN = regex.compile(r"[千百万亿]*元")


_INDEX_NAME = regex.compile(r"指数|PMI|景气")


def _table_subject(ctx: _DocContext, title: str | None) -> str | None:
    """Whose figures a table holds: the place or pronoun its title names (`全省…情况`), else the
    bulletin's region, zone, issuing company or province."""
    voter = {"country": "中国", "region": ctx.region, "province": ctx.province, "zone": ctx.zone or _autonomous_region(ctx.province)}
    if title:
        m = vocab().votes_any.search(title)
        if m and voter.get(m.lastgroup):
            return voter[m.lastgroup]
        for pm in place_mentions(title):
            p = lookup(pm.group())
            if p is not None and p.kind in ("province", "city", "district", "region"):
                f = facility_end(title, pm.end())
                # `霍尔果斯口岸主要通关指标`: the port's table, not its city's
                return title[pm.start() : f] if f else p.canonical
        if (group := sample_group_in(title)) is not None:
            return group  # `表1 2025年10月样本卖家分平台销售情况`: the firms the survey follows
    # a company's own bulletin holds its figures, not its city's
    company = ctx.self_org if ctx.self_org and _COMPANY_END.search(ctx.self_org) else None
    if company:
        company = _group_port(company, ctx.text) or company  # (a port's or an airport's company: the port)
    own = ctx.zone or company or ctx.region or ctx.province
    if own:
        return own
    # a national release's appendix table: whose figures the articles around it report (中国),
    # also in an association's release (`中国汽车工业协会` tabulating the nation's output)
    named = [x for x in ctx.article_subjects if x]
    return max(named, key=named.count) if named else ctx.self_org


def _shift(p: PeriodMatch, offset: int) -> PeriodMatch:
    return p._replace(start=p.start + offset, end=p.end + offset)


def _article_year(art: ArticleBlock, ctx: _DocContext, title_periods) -> int | None:
    if art.title_nspan:
        for p in title_periods(*art.title_nspan, ctx.reference, ctx.default_year):
            if p.year_resolved and p.first is not None and p.granularity not in _UNDATED:
                return p.first.year  # not the `21世纪` of `21世纪经济报道`
    return ctx.default_year


def _plan_year(art: ArticleBlock, ref: dt.date | None) -> int | None:
    """The year after the document's own that its section or article heading names
    (`二、2026年工作计划` in a review dated December 2025): what its `全年` means."""
    if ref is None:
        return None
    for heading in (art.section, art.title):
        years = {p.first.year for p in find_periods(heading or "", reference_date=ref) if p.granularity == "year" and p.first is not None}
        if len(years) == 1 and (y := years.pop()) > ref.year:
            return y
    return None


# a plan's own title on a line of its own, or quoted by the notice issuing it (`关于印发《2026年
# 全省商务工作要点》的通知`); a line naming one year only (not `2025年工作总结和2026年工作计划`)
_PLAN_TITLE = regex.compile(
    r"^(?![\s\u3000]*[一二三四五六七八九十]{1,3}、)[^\n。；\d]{0,30}?(?P<y>20\d\d)年[\p{Han}]{0,16}?(?:工作要点|工作计划|工作安排|行动计划|重点工作安排)[^\n。；\d]{0,12}$",
    regex.M,
)
PLAN_TITLE_REACH = 800  # the plan's title stands at the head of the document (not a section's heading)


def _issued_plan(text: str, ref: dt.date | None) -> PeriodMatch | None:
    """The year of the plan a document issues (`2026年全省商务工作要点`, dated February 2026), as
    its title writes it: the plan's `全年` and `年内`, and the tasks of its sections, are that
    year's, not the year just ended that an early-year report reviews."""
    if ref is None:
        return None
    found = list(_PLAN_TITLE.finditer(text[:PLAN_TITLE_REACH]))
    if len({m["y"] for m in found}) != 1 or int(found[0]["y"]) < ref.year:
        return None
    m = found[-1]
    return next((p for p in find_periods(text[m.start("y") : m.end("y") + 1], reference_date=ref, offset=m.start("y"))
                 if p.granularity == "year"), None)


def _in_plan_year(p: PeriodMatch, year: int) -> PeriodMatch:
    """`全年`, `年内` under a plan's heading: the plan's year."""
    if p.text not in _PLAN_YEAR_WORDS or p.first is None or p.first.year == year:
        return p
    return p._replace(first=dt.date(year, 1, 1), last=dt.date(year, 12, 31), start_month=f"{year}-01", end_month=f"{year}-12")


_PLAN_YEAR_WORDS = frozenset(("全年", "年内"))


def _home_province(structure: Structure, norm: str) -> str | None:
    """The province a provincial body's document is about (全省 -> it): the province its
    publisher, editor, source line or headline names, else one the gazetteer lacks when such a
    line opens with it (`江川省商务厅`, `宁川回族自治区统计局`) and the text speaks of 全省 (全区)
    or names it again."""
    meta = structure.meta
    heads = [meta.publisher, meta.editor, meta.source]
    if structure.front:
        # and the first line under a web page's chrome (`首页 > 海关统计 > 统计分析`, `【字体：大 中 小】`)
        page = next((p for p in structure.front if not _PAGE_CHROME.match(norm, p.nstart, p.nend)
                     and norm[p.nstart : p.nend].strip() != meta.publisher), structure.front[0])
        for p in (structure.front[0], page):
            heads.append(norm[p.nstart : min(p.nend, p.nstart + 40)])
    heads.append(_congress_place(norm))  # `——2026年1月25日在贵州省第十四届人民代表大会…上`
    for body in heads:
        found = _title_province(body) or customs_province(body)  # `长春海关统计月报` -> 吉林省
        if found:
            return found
    for body in heads:
        m = _UNLISTED_PROVINCE.match(body or "")
        if m and lookup(m.group("r")) is None and (_PROVINCE_PRONOUN.search(norm) or norm.count(m.group("r")) >= 2):
            return m.group("r")
    return None


def _article_province(index: PlaceIndex, a0: int, a1: int, home: str | None = None) -> str | None:
    """The first province an article names.  In a provincial body's document another province
    must be named twice to be the article's (a footnote's `未包括…台湾省` is not)."""
    named = [p.canonical for _, _, form in index.between(a0, a1) if (p := lookup(form)) is not None and p.kind == "province"]
    if home is not None:
        named = [x for x in named if x == home or named.count(x) >= 2]
    return named[0] if named else None


# A press release names its publisher at the head of its headline: `商务部新闻发言人介绍…`.
_HEADLINE_ORG = regex.compile(r"(?P<org>[\p{Han}]{2,12}?(?:(?<![东西南北中内外全局底顶])部|局|署|委员会|委|办公室|政府|海关|统计局))(?=[\p{Han}:：])")
_DATELINE_OUTLET = regex.compile(
    r"(?:本报)?(?P<org>[\p{Han}]{2,12}?(?:社|报|中心|台|网))(?:[\p{Han}]{2,4}?)?(?:\d{1,2}月\d{1,2}日)?(?:讯|电)(?=[\s(（,]|$|[\p{Han}\d])"
)
def _dateline_outlet(text: str, art: ArticleBlock) -> str | None:
    """The outlet whose dateline opens the article's first paragraph (`财联社11月25日电，…`), when
    the gazetteer knows it as an outlet."""
    if not art.paragraphs:
        return None
    p = art.paragraphs[0]
    m = _DATELINE_OUTLET.match(text, p.nstart, p.nend)
    return media_outlets().get(m.group("org")) if m else None


_BYLINE_OUTLET = regex.compile(r"(?P<org>[\p{Han}\d]{2,12}?(?:报道|日报|晚报|商报|时报|报|网|社|财经|新闻))\s*(?:记者|通讯员)")
_SOURCE_CUE = re.compile(r"显示|表明|测算|监测|统计|公布|获悉|数据[,①②③④⑤]|介绍|表示")  # literal scan: the stdlib engine is faster


# A news listing (a web page of 工作动态): each item is a headline, a line of its date and
# source (`发布日期：2025-09-18　信息来源：对外经济合作科`), then its text.
_LISTING_META = regex.compile(r"(?:发布(?:日期|时间)|日期|时间)\s*:\s*\d{4}\s*[-/.年]\s*\d{1,2}")
_LISTING_SOURCE = regex.compile(r"(?:信息来源|来源)\s*:\s*(?P<v>[^\s【】\[\]()]{2,30})")


def _listing_articles(text: str, front: list, norm) -> list[ArticleBlock] | None:
    """The items of a news listing as articles, each with its own title and source; None when
    the front is not a listing (fewer than two headline + date-line pairs)."""
    metas = [i for i, p in enumerate(front) if i > 0 and _LISTING_META.match(text, p.nstart, p.nend)
             and not _SENTENCE_MARK.search(text, front[i - 1].nstart, front[i - 1].nend)]
    if len(metas) < 2:
        return None
    out = []
    for k, i in enumerate(metas):
        head = front[i - 1]
        stop = metas[k + 1] - 1 if k + 1 < len(metas) else len(front)
        body = front[i + 1 : stop]
        if not body:
            continue
        m = _LISTING_SOURCE.search(text, front[i].nstart, front[i].nend)
        out.append(ArticleBlock(
            section="",
            title=text[head.nstart : head.nend],
            title_span=norm.to_original(head.nstart, head.nend),
            title_nspan=(head.nstart, head.nend),
            source=m.group("v") if m else None,
            source_span=norm.to_original(m.start("v"), m.end("v")) if m else None,
            paragraphs=body,
        ))
    return out or None


# a line closing an item with its source (`（来源：合肥海关、市商务局）`), and a bulleted line
# opening one (`● 前三季度全市跨境电商进出口198.6亿元`)
_ITEM_SOURCE_LINE = regex.compile(r"(?m)^[ \t\u3000]*[(（](?:信息|资料|数据)?来源[:：][ \t]*(?P<s>[^()（）\n]{2,40}?)[ \t]*[)）][ \t]*$")
_ITEM_TITLE_LINE = regex.compile(rf"(?m)^[ \t\u3000]*(?:{BULLET_RE.pattern})[^\n]{{2,60}}$")


def _next_heading(structure: Structure, at: int) -> int:
    """Where the first section heading after ``at`` starts (the end of the text if none)."""
    return min((s.heading_nspan[0] for s in structure.sections if s.heading_nspan and s.heading_nspan[0] > at),
               default=len(structure.layout.norm.text))


def _item_sources(text: str, paragraphs, b: int) -> dict[int, str]:
    """In a brief of items each closed by its own 来源 line (`● …` / paragraphs / `（来源：合肥
    海关）`) that the segmenter read as one article (ending at ``b``): each paragraph's source,
    by the paragraph's start.  Empty unless two items or more close so."""
    if not paragraphs:
        return {}
    a = paragraphs[0].nstart
    if text.find("来源", a, b) < 0:  # (within the article: a scan of the whole text per article adds up)
        return {}
    closing = [(m.start(), _first_body(m.group("s"))) for m in _ITEM_SOURCE_LINE.finditer(text, a, b)]
    if len(closing) < 2:
        return {}
    opening = [m.start() for m in _ITEM_TITLE_LINE.finditer(text, a, b)]
    out: dict[int, str] = {}
    for para in paragraphs:
        k = bisect.bisect_left(closing, (para.nend, ""))
        if k == len(closing):
            continue
        at, name = closing[k]
        if not any(para.nend <= t < at for t in opening):  # (no other item opens in between)
            out[para.nstart] = name
    return out


def _first_body(source: str) -> str | None:
    """`来源：临港新片区管委会、解放日报`: the first body a 来源 line names gave the figures."""
    return _outlet_name(source.split("、")[0])


def _outlet_name(name: str | None) -> str | None:
    """A news site's short name, the outlet's full one (`每经网` -> 每日经济新闻, `中证网` -> 中国证券报);
    a paper reprinted on its site (`人民网－人民日报`, `中国证券报·中证网`), the paper."""
    rows = media_outlets()
    if name and (parts := _SITE_AND_PAPER.split(name)) and len(parts) > 1:
        name = next((x for x in parts if x.endswith("报")), parts[0])  # else the site (`人民网－经济·科技频道`)
    return rows.get(name, name) if name else name


_SITE_AND_PAPER = regex.compile(r"[－—·]|(?<=网)-")


def _same_organisation(a: str, b: str) -> bool:
    """Two names of one organisation (`中新网`, `中国新闻网`)."""
    names = organisation_names()
    return a != b and a in names and names.get(a) == names.get(b)


def _headline_org(structure: Structure) -> str | None:
    """The body that heads the document's headline (`商务部新闻发言人介绍…`), the longest such name."""
    if not structure.front:
        return None
    norm = structure.layout.norm.text
    # under the site's breadcrumb (`首页 > 新闻发布 > 新闻发布会`): the headline below it
    first = next((p for p in structure.front[:3] if not _PAGE_CHROME.match(norm, p.nstart, p.nend)), structure.front[0])
    m = _HEADLINE_ORG_LONG.match(norm, first.nstart, min(first.nend, first.nstart + 40))
    return m.group("org") if m else None


_MASTHEAD_PAPER = regex.compile(r"(?P<org>[\p{Han}]{2,8}?(?:日报|晚报|商报|时报|都市报|经济报))")


_CONGRESS = regex.compile(r"在(?P<p>[\p{Han}]{2,12}?(?:省|自治区|市|州|县|区))第[一二三四五六七八九十]{1,4}届人民代表大会")


def _congress_place(text: str) -> str | None:
    """The province or city whose people's congress a government work report was given to (its
    date line, `——2026年1月25日在贵州省第十四届人民代表大会第四次会议上`)."""
    m = _CONGRESS.search(text, 0, min(len(text), 600))
    return m.group("p") if m else None


def _congress_government(text: str) -> str | None:
    """The government reporting to that congress (`贵州省人民政府`)."""
    place = _congress_place(text)
    return place + "人民政府" if place else None


def _speaker_org(text: str) -> str | None:
    """A press conference's first speaker's body (`发布人：商务部副部长　周立` -> 商务部): whose
    figures the transcript reports."""
    m = _SPEAKER_FIELD.search(text, 0, min(len(text), 2000))
    return m.group("org") if m else None


_SPEAKER_FIELD = regex.compile(
    r"(?:发布人|发言人|出席人|主讲人)\s*:\s*(?P<org>[\p{Han}]{2,16}?(?:部|局|署|厅|委员会|办公室|政府|海关|统计局|银行))(?=[\p{Han}])"
)
_HEADLINE_ORG_LONG = regex.compile(r"(?P<org>[\p{Han}]{1,16}(?:(?<![东西南北中内外全局底顶])部|局|署|厅|委员会|委|办公室|政府|海关|统计局))(?=[\p{Han}:：]|\d{1,2}月)")


def _title_province(title: str | None) -> str | None:
    for m in place_mentions(title or ""):
        p = lookup(m.group())
        if p is not None and p.kind == "province":
            return p.canonical
    return None


# bodies whose figures count a whole economy, never a surveyed sample of firms
_OFFICIAL_STATISTICS = regex.compile(r"海关|统计局|调查总队|调查队|商务部|商务厅|商务局|外汇管理局|国家统计局")


# a body credited in brackets closing a line (`…同比增长4.8%。（海关总署）`, `（据国家统计局）`)
_TRAILING_CREDIT = regex.compile(
    r"[ \t]*\((?:据|来源:|数据来源:)?(?P<org>[\p{Han}]{2,20}?(?:总署|署|总局|局|部|委员会|委|办公室|办|协会|商会|研究院|研究所|中心|银行|海关|交易所|新华社))\)[ \t]*(?:\n|$)"
)


def _update_inline_source(text: str, s: int, e: int, actx: _ArticleContext) -> None:
    """`据商务部…显示`: an inline statistical source for the rest of the paragraph."""
    m = None
    for cue in _SOURCE_CUE.finditer(text, s, e):  # cheap filter: most sentences cite nobody
        m = _cited_at(text, s, e, cue)
        if m is not None:
            break
    if m:
        a, b = m.span("org")
        cut = max(text.rfind("据", a, b - 2), text.rfind("从", a, b - 2))  # `本报海口讯据海口海关统计`, `记者从…获悉`
        based = text.rfind("基于", a, b - 3)  # `本章基于商务部…系统数据`
        if based >= 0 and based + 1 > cut:
            cut = based + 1
        dateline = text.rfind("日电", a, b - 2)  # `本报北京11月19日电 海关总署…数据显示`
        if dateline >= 0 and dateline + 1 > cut:
            cut = dateline + 1
        if cut >= 0:
            a = cut + 1
        elif text.startswith("经", a) and b - a >= 3:
            a += 1
        if _SELF_BODY.fullmatch(text, a, b):
            return  # `我局按月发布…`: the document's own body, already its source
        actx.inline_source = (text[a:b], (a, b))
        if actx.sample is not None and _OFFICIAL_STATISTICS.search(text[a:b]):
            # `据南京海关统计，前三季度，全市进出口…` after a survey of member firms: the survey's
            # part is over; a customs house or statistics bureau counts the whole, not the sample
            actx.sample = None
        if (
            actx.para_start in (actx.first_para_start, actx.lead_para_start) and actx.lead_source is None
            and text[b : b + 1] not in ("、", "和", "与", "及")
        ):
            # (`记者从海南省商务厅、海口海关等部门获悉`: the news of several bodies; the article's
            # later figures are not all the first one's)
            actx.lead_source = actx.inline_source


def _cited_at(text: str, s: int, e: int, cue):
    """The citation around one cue word of the sentence ``text[s:e]``, or None."""
    a, b = max(s, cue.start() - 40), min(e, cue.end() + 12)
    word = cue.group()
    if word == "介绍":
        m = _INTRO_SOURCE.search(text, a, b) if "据" in text[a : cue.start()] else _official_source(text, s, b)
    elif word == "表示":
        m = None  # only a company speaking for itself (below)
    else:
        m = _INLINE_SOURCE.search(text, a, b) or _known_body_source().search(text, a, b) or _REPORT_SOURCE.search(text, a, b)
    if m is None:
        a = max(s, cue.start() - 60)
        window = text[a:b]
        if "公司" in window or "集团" in window:
            m = _COMPANY_SOURCE.search(text, a, b)
        elif "方面" in window and (bm := _BRAND_SOURCE.search(text, a, b)) and is_brand(bm.group("org")):
            m = bm  # `速卖通方面向每经记者提供的数据显示`: a platform speaking for itself
    return m


_SELF_BODY = regex.compile(r"[我本](?:局|厅|委|办|会|关|署|部|中心|院|所)")  # a body naming itself
_BRAND_SOURCE = regex.compile(r"(?P<org>[\p{Han}A-Za-z]{2,12}?)方面(?:[^,;。]{0,24}?)(?:数据显示|数据表明|介绍|表示)")


# --- one sentence ----------------------------------------------------------------------------


def _named_measure(text: str, s: int, cs: int, head: str) -> str | None:
    """The measure the clause before names when it ends with ``head`` (`…境外企业进行了非金融类
    直接投资，累计投资…` -> 非金融类直接投资): the words after its last verb or particle."""
    end = cs - 1
    if end <= s or not text.startswith(head, end - len(head)):
        return None
    words = text[max(s, end - 16) : end]
    cut = max(words.rfind(c) for c in "了的是对在为,")
    name = words[cut + 1 :]
    return name if len(name) > len(head) and _HAN_ONLY.fullmatch(name) else None


_HAN_ONLY = regex.compile(r"\p{Han}+")
_COMPANY_END = regex.compile(r"(?:集团|公司|交易所)$")  # (an exchange's monthly reports its own trading)
_MEASURE_COUNTERS = frozenset(("标准箱", "自然箱"))  # units of a measure, not things counted
_TOTAL_WORDS = frozenset(("累计", "合计", "共计", "总计", "累计完成", "累计实现"))


_PARA_LABEL = regex.compile(r"(?P<l>[\p{Han}A-Za-z()]{2,12}):(?=[\p{Han}\d])")
_ITEM_MARK = regex.compile(rf"(?:\d{{1,2}}[.、]|\(\d{{1,2}}\)|{BULLET_RE.pattern})\s*")


def _item_mark_len(text: str, a: int, b: int) -> int:
    """Length of the list number or bullet opening the paragraph at ``a`` (0 when none)."""
    m = _ITEM_MARK.match(text, a, b)
    return m.end() - a if m else 0


_BULLET_ITEM = regex.compile(rf"{BULLET_RE.pattern}\s*(?P<l>[\p{{Han}}A-Za-z()]{{2,12}})[:：]")
_LEAD_IN_END = regex.compile(r"(?:如下|如下表)[:：]$")
_LEAD_IN_WORDS = regex.compile(r"^(?:各|主要|各主要|分)+")


def _lead_in(text: str, a: int, b: int, periods) -> tuple | None:
    """A paragraph ending `…8月份各主要航线集装箱量如下：`: (the measure its items report, its
    period), else None."""
    m = _LEAD_IN_END.search(text, a, b)
    if m is None:
        return None
    start = max(a, max(text.rfind(c, a, m.start()) for c in "。,;") + 1)  # the lead's last clause
    inside = [p for p in periods if start <= p.start < m.start()]
    words = read_phrase(text[start : m.start()], [(p.start, p.end) for p in inside], start).text
    words = _LEAD_IN_WORDS.sub("", words)
    if not (2 <= len(words) <= 16):
        return None
    return words, (inside[-1] if inside else None)


def _company_label(text: str, a: int, b: int) -> str | None:
    """A bulleted item opening with a company's name and a colon (`● 成都先导药物开发股份有限公司：`,
    `● 药明康德（成都）：`, `——苏州锦程纺织品进出口有限公司：`) or with a fair it reviews (`● 2025云岭国际汽车博览会（9月5日—7日）。`):
    whose figures the item lists."""
    m = _COMPANY_ITEM.match(text, a, b) or _EVENT_ITEM.match(text, a, b)
    return m.group("name") if m else None


# a bulleted or numbered item opening with a fair it reviews, and its days
# (`● 2025云岭国际汽车博览会（9月5日—7日）。`, `（一）第二十五届中国国际投资贸易洽谈会。`)
_EVENT_ITEM = regex.compile(rf"{_LIST_ITEM.pattern}\s*(?P<name>{_EVENT.pattern})(?:\s*\([^()]{{2,20}}?日\))?[。.]")


_COMPANY_ITEM = regex.compile(
    rf"(?:{BULLET_RE.pattern}|—{{1,2}})\s*(?P<name>[\p{{Han}}A-Za-z]{{2,24}}?(?:股份有限公司|有限责任公司|有限公司|分公司|集团|\([\p{{Han}}]{{2,4}}\)))[:：]"
)


def _leading_label(text: str, a: int, b: int) -> str | None:
    """The short label a paragraph opens with before a colon, past any item mark (`1.金属矿石：`,
    `■ 航线：`, `西海岸新区：`)."""
    k = _ITEM_MARK.match(text, a, b)
    a = k.end() if k else a
    m = _PARA_LABEL.match(text, a, min(b, a + 16))
    return m.group("l") if m else None


def _place_label(text: str, a: int, b: int) -> str | None:
    """A paragraph opening with a district's or zone's name and a colon (`西海岸新区：上半年服务
    贸易进出口…`, `市南区：依托…`): whose figures the paragraph gives, though the gazetteer may
    not know it."""
    label = _leading_label(text, a, b)
    if label is None:
        return None
    place = lookup(label)
    if place is not None:
        return label if place.kind in ("city", "district") else None
    return label if looks_like_district(label) and not label.endswith("市") else None


def _paragraph_label(text: str, a: int, b: int) -> str | None:
    """A paragraph opening with a short label (`集成电路：出口…`, `汽车（含底盘）：…`) that names no
    indicator, place or opener of its own: the thing the paragraph reports on."""
    label = _leading_label(text, a, b)
    if label is None:
        return None
    place = lookup(label)
    if place is not None and place.kind not in _MARKET_KINDS:
        return None  # `大连市：…` names a subject; `日本：合同额…` a market
    if place is None and _speaker(label, text):
        return None  # `余建宁：从单月看，…`: who answers in a transcript, not what is counted
    if vocab().head_at_end.search(label) or vocab().opener_re.match(label) or _NOT_LABEL.search(label):
        return None
    return label


def _speaker(label: str, text: str) -> bool:
    """A speaker in a transcript (`余建宁：`, `欧阳明：`): a name of three or four characters opening
    with a surname, which labels several paragraphs or speaks at a press conference."""
    if len(label) not in (3, 4) or not _HAN_ONLY.fullmatch(label):
        return False
    names = person_surnames()
    if not (label[:2] in names if len(label) == 4 else label[:1] in names):
        return False
    return text.count(label + ":") >= 2 or _PRESS_CONFERENCE.search(text) is not None


_PRESS_CONFERENCE = regex.compile(r"发布会|答记者问|记者会|实录")


# a label naming the family of the measures after it (`离岸服务外包`, `全市服务外包（含在岸）`)
_FAMILY_LABEL = regex.compile(
    r"(?:全市|全省|全区|全国|我市|我省)?(?P<q>(?:离岸|在岸|接包|承接|知识密集型)?[\p{Han}]{0,4}?(?:服务外包|服务贸易|数字贸易|技术贸易))(?:\([^()]{1,8}\))?"
)
# a lead-in sentence, not a name (`主要呈现两个特点：`, `具体情况如下：`)
# or a topic heading the paragraph (`业务结构：`, `离岸与在岸：`, `国际市场：`), not a thing it counts
_NOT_LABEL = regex.compile(
    r"呈现|表现|特点|情况|如下|方面|问题|措施|工作|是|有|为|个|答|问|结构|构成|分布|领域|与|^(?:国际|海外|境外|国内|主要|重点)市场$"
    # the page's furniture introducing a passage (`摘要：`, `编者按：`, `💡 亮点：`, `补充：`)
    r"|^(?:内容)?(?:摘要|提要)$|^(?:编者按|编者|按语|导语|导读|核心提示|要点|补充|备注|说明|附注|链接|背景|点评|亮点|小结)$"
)


def _words_after_members(words: str, members: list[str]) -> str:
    """What an enumeration's words name after its last member (`东、中、西部地区快递业务量` ->
    快递业务量): the measure the members share."""
    k = words.rfind(members[-1])
    return words[k + len(members[-1]) :] if k >= 0 else ""


_STATED_YEAR = regex.compile(r"\d{4}\s*年|[〇○零一二三四五六七八九]{4}年|[今去上本前明]年|同期")


_AHEAD = regex.compile(r"将|预计|预期|计划|拟|即将|届时|有望")
_AHEAD_REACH = 12  # characters around a period where words of plans mark it as ahead


def _not_after(p: PeriodMatch, dated: dt.date | None, text: str) -> PeriodMatch:
    """A month or quarter written without its year that would start after the document's own
    date (`12 月份` in a brief of 16 January) is last year's: figures are not reported ahead.
    A day written without its year in the weeks before that date (`截至4月22日` in a story of
    23 April 2026 on the year 2025's reports) is of the date's year."""
    if (
        dated is not None and p.last is not None and p.granularity in ("day", "point") and p.last.year != dated.year
        and not _STATED_YEAR.search(p.text) and (moved := _in_year(p.last, dated.year)) is not None
        and dt.timedelta(0) <= dated - moved <= _DAYS_BEFORE_DATELINE
    ):
        first = _in_year(p.first, dated.year) if p.first is not None else None
        return p._replace(first=first, last=moved, start_month=first.isoformat()[:7] if first else p.start_month,
                          end_month=moved.isoformat()[:7])
    if (
        dated is None or p.first is None or p.last is None or p.first <= dated
        or p.granularity not in ("month", "quarter", "half") or _STATED_YEAR.search(p.text)
        or text.startswith(("前", "底前", "以前"), p.end)  # `12月底前完成`: a deadline ahead
        or _AHEAD.search(text, max(0, p.start - _AHEAD_REACH), min(len(text), p.end + _AHEAD_REACH))  # `9月将举办…`
    ):
        return p
    first, last = p.first.replace(year=p.first.year - 1), _month_end(p.last.replace(day=1, year=p.last.year - 1))
    return p._replace(first=first, last=last, start_month=first.isoformat()[:7], end_month=last.isoformat()[:7])


_DAYS_BEFORE_DATELINE = dt.timedelta(days=62)


def _in_year(d: dt.date, year: int) -> dt.date | None:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return None


_COMPARED_WITH = regex.compile(r"[较比与同和]$")
_COMPARISON_TAIL = regex.compile(r"同期|同月|同季|相比|比较|对比|水平|的?[\d,.]+|(?:实际)?(?:增长|下降|上升|下跌|提高|增加|减少|回落|扩大|收窄)")


def _comparison_base(text: str, p: PeriodMatch) -> bool:
    """``p`` is what a change is measured against (`较2024年同期下降`, `与二〇二四年同月比较`),
    never the period of the figures around it."""
    if p.start == 0 or p.granularity not in ("year", "month", "quarter", "half"):
        return False
    return bool(_COMPARED_WITH.search(text, max(0, p.start - 1), p.start)) and bool(_COMPARISON_TAIL.match(text, p.end))


def _in_passing(text: str, p: PeriodMatch, s: int) -> bool:
    """``p`` is a month marked as said in passing (`其中，7月份当月增长8.6%`) in a sentence before ``s``."""
    return p.end < s and ("当月" in p.text or text.startswith("当月", p.end))


def _opens_sentence(text: str, s: int, p: PeriodMatch) -> bool:
    """``p`` opens a 。-sentence after a summing-up opener (`总的看，前10个月我国外贸…`): the
    year to date the speaker returns to (a sentence opening with a period alone may be an aside)."""
    return p.start > s and (s == 0 or text[s - 1] in "。!?\n") and _SUMMING_UP.fullmatch(text, s, p.start) is not None


_SUMMING_UP = regex.compile(r"(?:总的|总体|整体|综合)(?:来)?看,")


_INDUSTRIES_GROWING = regex.compile(
    r"\d{1,3}(?:个|种)(?:[\p{Han}]{0,4}?)(?:行业|大类|门类|产业|产品)(?P<head>增加值|营业收入|利润总额|利润|产量|投资)(?:同比)?(?:保持|实现)?(?:同比)?(?:正)?(?:增长|下降)"
)  # (`623种产品中有322种产品产量同比增长。钢材11746万吨…`: the products' output)
_REPORT_OF_PERIOD = regex.compile(
    r"(?:发布|披露|公布)了?(?P<y>(?:19|20)\d\d)年(?:的)?(?P<kind>半年度报告|年度报告|半年报|年报|中期业绩|中期报告|年度业绩|全年业绩|一季报|三季报|第[一三]季度报告)"
)
_REPORT_SPAN_WORDS = {"年度报告": "", "年报": "", "年度业绩": "", "全年业绩": "", "半年度报告": "上半年", "半年报": "上半年",
                      "中期业绩": "上半年", "中期报告": "上半年", "一季报": "一季度",
                      "第一季度报告": "一季度", "三季报": "前三季度", "第三季度报告": "前三季度"}


def _report_period(text: str, s: int, e: int) -> PeriodMatch | None:
    """The period a company report released in the sentence covers (`发布2025年年度报告` ->
    2025), spanning the report's name."""
    m = _REPORT_OF_PERIOD.search(text, s, e)
    if m is None:
        return None
    found = find_periods(m.group("y") + "年" + _REPORT_SPAN_WORDS[m.group("kind")])
    if len(found) != 1 or found[0].first is None:
        return None
    return found[0]._replace(start=m.start("y"), end=m.end())


_CUMULATIVE_LEAD = regex.compile(r"(?:累计|累積|合计)\s?$")


def _opens_paragraph(text: str, para_start: int, p: PeriodMatch) -> bool:
    """The period starts its paragraph, or follows only an opener (`从贸易方式看，`)."""
    if p.start == para_start:
        return True
    lead = text[para_start : p.start]
    return len(lead) <= 20 and lead.endswith(",") and lead.count(",") == 1 and _OPENER_LEAD.match(lead) is not None


# `从贸易方式看，` `据呼和浩特海关统计，` `海关总署数据显示，`
_OPENER_LEAD = regex.compile(r"(?:(?:从|分|按)[\p{Han}]{1,8}(?:看|来看|分)|(?:据|根据)?[\p{Han}]{2,16}?(?:统计|数据显示|统计显示|数据)|(?:经|据)?初步(?:核算|测算)),$")


# a paragraph that is a numbered heading: no sentence end, short (`三、对东盟进出口增长…`, `（二）…`)
_NUMBERED_HEADING = regex.compile(rf"[\s\u3000]*(?:{_ITEM_HEADING.pattern}|{_SUBITEM.pattern})[^。;!?:\n]{{2,60}}?[\s\u3000]*")


def _sentence(ctx, actx, art, s, e, sq, sp, out: Assembly, norm) -> None:
    text = ctx.text
    items, skipped = sentence_items(text, s, e, sq)
    heading = bool(items) and _NUMBERED_HEADING.fullmatch(text, s, e) is not None
    if heading:
        # `四、机电产品出口占比超七成，集成电路出口增势明显`: a heading sums up the figures its
        # section then states in full; withheld, with the reason
        skipped = skipped + [(it.q, "a numbered heading summing up its section") for it in items if it.q is not None]
        items = []
    if actx.paired is not None and s > 0 and text[s - 1] == ";":
        items = _rates_of_paired_before(ctx, actx, text, s, items, out)
    actx.paired = None
    drafts = _group(text, s, items)
    used = {id(d.value.q) for d in drafts if d.value and d.value.q} | {
        id(it.q) for d in drafts for it in (d.change, d.share, d.share_change) if it and it.q
    }
    # governing periods: a period standing as a clause of its own (`1-4月，…`, `2024年，…`) governs
    # the rest of the article; one with an explicit year opening a clause governs the paragraph.
    inside_changes = [(it.start, it.end) for it in items if it.role in ("change", "share_change", "flat")]
    local_periods = [
        p for p in sp
        if (p.granularity != "day" or _week_like(p)) and not p.relative and not any(a <= p.start < b for a, b in inside_changes)
        # from an earlier ;-clause of the sentence only a period opening it carries
        # (`截至6月底，…；…`, `从主要产品看，1-10月白酒产量…；新能源汽车产量…`)
        and (p.start >= s or _opens_clause(text, p.start) or _opens_after_words(text, p.start, s)
             or _opens_after_company(ctx, text, p.start, s) or _same_subject_goes_on(text, p.start, s))
    ]
    if not (s > 0 and text[s - 1] == ";"):
        # `…97家上市公司上半年合计实现营业收入…。其中，…81家公司合计实现海外收入…`: the parts of
        # the sentence before are of the period it wrote inside its clause
        before, actx.mid_period = actx.mid_period, None
        if before is not None and before.start >= actx.para_start and _OF_WHICH.match(text, s) and not any(p.start >= s for p in local_periods):
            local_periods.append(before)
    if actx.clause_month is not None and s >= actx.clause_month[0]:
        _, actx.period, actx.para_period = actx.clause_month
        actx.clause_month = None
    if actx.para_period is not None and actx.period is not None and (
        _BREAKDOWN_OPENER.match(text, s) or _in_passing(text, actx.para_period, s)
    ):
        aside, ytd = actx.para_period, actx.period
        # (but `10月当月，…进出口65.2亿元…。其中，出口24.1亿元…`: the month's figure parted in the
        # very next sentence)
        opens = max(text.rfind("。", 0, s), text.rfind("\n", 0, s)) + 1  # (a ;-clause goes on with its sentence's 其中)
        parts_month = (
            _OF_WHICH.match(text, opens) is not None and "。" not in text[aside.end : max(aside.end, opens - 1)]
            and _same_unit_as_last_figure(out, items)
        )
        if ytd.cumulative and actx.para_start <= ytd.start < aside.start and _single_month(aside) and not parts_month:
            # `前三季度，全省…总额…。其中，9月当月…。按经营单位所在地分，城镇…`: a breakdown parts
            # the paragraph's year-to-date total, not the month mentioned in passing; a month
            # marked 当月 is the passing one in any later sentence (`…。重点产业中，…`)
            actx.para_period = None
    if actx.day_run is not None and not any(p.start >= s for p in sp) and _DURING.search(text, s, e):
        # `促销期间全市实现网络零售额…`: the run of days the story gave the promotion, for this
        # sentence and the rest of its paragraph
        actx.para_period = actx.day_run
    for p in sp:
        if p.start >= s and _surveys(text, p):
            actx.survey_period = p  # `开展了第三季度会员企业经营情况问卷调查`: what the survey asked about
        if _week_like(p) and p.start >= s:
            actx.day_run = p  # `10月15日至11月11日“双十一”促销期间`: what a later `促销期间` refers back to
        if (
            p.granularity == "day" and p.start_month is not None and p.start >= s and not _SPEECH_DATE.match(text, p.end)
            and not _DATE_LABEL.search(text, max(0, p.start - 12), p.start)  # `发布日期：2025-12-26`: the page's date
        ):
            # (`——2026年1月26日在…人民代表大会…会议上`: the day a report was given dates no figure in it)
            actx.para_day = p
            if actx.lead_day is None and actx.para_start == actx.first_para_start and p.start - actx.para_start <= LEAD_DAY_WITHIN:
                actx.lead_day = p  # `11月6日，…对接会在…举行`: the day of the event the article reports
    if (growing := _INDUSTRIES_GROWING.search(text, s, e)) is not None:
        # `41个大类行业中有33个行业增加值保持同比增长。其中，煤炭开采和洗选业增长5.1%，…`: the
        # industries' rates after it are of that measure
        actx.head, actx.head_para, actx.head_dims = growing.group("head"), actx.para_start, {}
    if (report := _report_period(text, s, e)) is not None:
        # `3月27日晚间，…发布2025年年度报告。报告期内，公司实现营业收入…`: the report's period,
        # not the day it came out; in its own sentence the report's months, not the year its
        # name writes (`已披露2025年半年报的…公司中，…合计实现境外收入…`)
        actx.period, actx.para_period, actx.report = report, None, report
        local_periods = sorted([p for p in local_periods if not report.start <= p.start < report.end] + [report],
                               key=lambda p: p.start)
        if actx.lead_day is not None and actx.lead_day.start >= s:
            actx.lead_day = None
    for p in local_periods:
        if p.start < s or _target_date(text, p):
            continue  # already read with the sentence's first clause group, or a target date
        lead = _CUMULATIVE_LEAD.search(text, max(s, p.start - 4), p.start)
        opens = lead.start() if lead is not None and p.cumulative else p.start  # `累计1至9月，…`
        at_clause_start = (
            opens == s or text[opens - 1] in ",;:" or _glossed(text, s, p)
            # `1. 1-7月，…`: a numbered item opening with its period
            or (p.start == actx.para_start + _item_mark_len(text, actx.para_start, p.start))
        )
        open_ended = text[p.end - 2 : p.end] == "以来" or p.text.endswith("以来")
        if open_ended and actx.period is not None:
            continue
        if text[p.end : p.end + 1] in ("、", "和", "与"):
            continue  # `分季度看，一季度、二季度全市分别…`: one of an enumeration of periods governs nothing
        if p.rule == "public_holiday" and actx.period is None:
            # `国庆中秋“双节”叠加的8天超长假期落下帷幕。…假期全省共接待游客…`: a holiday story's
            # figures are the holiday's, wherever its lead names it
            actx.period = p
            continue
        if at_clause_start:
            actx.mid_period = None  # the sentence states its period where its clause opens
        elif p.start >= s and _first_in_sentence(text, p, sp) and _before_its_figures(text, p.start):
            actx.mid_period = p
        single_month = _single_month(p)
        # a quarter inside the year-to-date that governs (`上半年…` then `二季度，…`): a part of the
        # passage's period, never the period of what follows
        part = _quarter_within(p, actx.period)
        closes = text[p.end : p.end + 1] == "," or text.startswith("),", p.end)
        if at_clause_start and closes and part:
            actx.para_period = p  # `二季度，…。服务贸易收入…`: its paragraph, then the half-year again
        elif at_clause_start and closes and p.stock:
            # `截至2024年底，…`: a level at a date holds for its paragraph, never for the sections
            # after; the article's later paragraphs that state no period keep it for their levels
            actx.para_period = p
            actx.stock_period = p
        elif at_clause_start and text.startswith("平均", p.end) and _opens_paragraph(text, actx.para_start, p):
            # `1—11月平均，全国居民消费价格…`: an average over the months stated aside, in a release
            # on one month: its paragraph only
            actx.para_period = p
        elif at_clause_start and closes and _several_years(p):
            # `“十四五”时期，全省地区生产总值年均增长6.1%…`: a look back over several years in a
            # review of one holds for its paragraph only
            actx.para_period = p
        elif at_clause_start and closes and actx.report is not None and p.start > actx.report.end and not _same_months(p, actx.report):
            # `海关总署数据显示，今年1—7月，我国汽车零部件出口…` in a story on companies' half-year
            # reports: the cited body's months hold for its paragraph; the reports' go on after it
            actx.para_period = p
        elif at_clause_start and (
            closes or (p.cumulative and (_opens_paragraph(text, actx.para_start, p) or _opens_sentence(text, s, p)))
        ) and not part and (
            not single_month or ctx.title_single_month or _week_like(p)
        ):
            # `1-9月，…`, or a year-to-date opening a paragraph (`从贸易方式看，1-9月全市…`):
            # the period of what follows until another is stated
            actx.period = p
            actx.para_period = None
            ctx.carried_period = p
        elif at_clause_start and (_explicit_year(text, p) or single_month or (p.start == actx.para_start and p.text == "全年")):
            # `8月当月，…`, `2024年电子信息制造业…` or a paragraph opening `全年货物进出口…。其中，…`:
            # this paragraph only
            _hold_for_sentence(actx, text, s, e, p)
            actx.para_period = p
    if not (s > 0 and text[s - 1] == ";"):
        # a ;-clause continues its sentence: `签发RCEP原产地证书1386份…；涉及金额7862万美元` is
        # that measure's amount
        actx.last_indicator = None
    actx.sentence_indicator = None
    actx.sentence_members = None
    if _shares_of_figures_before(ctx, actx, text, s, drafts, out) or _restated_scale_share(ctx, actx, text, s, drafts, out):
        drafts = []
    evidence = _evidence(ctx, s, e) if drafts else None
    first_new = len(out.metrics)
    listed: list[tuple[_Draft, int]] = []
    for d in drafts:
        try:
            rec = _resolve(ctx, actx, art, s, e, d, local_periods, drafts, items, evidence)
        except ValidationError as ex:
            # an inconsistent reading (a period ending before it starts …) is dropped, listed with
            # the reason, never a crash
            anchor = d.value or d.change or d.share
            if anchor is not None and anchor.q is not None:
                a, b = norm.to_original(anchor.q.start, anchor.q.end)
                out.unattached.append(_unattached(ctx.doc, norm.original[a:b], (a, b), anchor.q.normalized,
                                                  anchor.q.kind, f"inconsistent reading: {ex.errors()[0]['msg']}"))
            continue
        if rec is not None:
            out.metrics.append(rec)
            if d.rule == "list" and d.value is not None:
                listed.append((d, len(out.metrics) - 1))
    _join_named_member_rates(out.metrics, first_new)
    actx.paired = _paired_list(text, s, listed)
    for q, reason in skipped:
        if drafts or heading:
            a, b = norm.to_original(q.start, q.end)
            out.unattached.append(_unattached(ctx.doc, norm.original[a:b], (a, b), q.normalized, q.kind, reason))
    for it in items:
        if it.q is not None and id(it.q) not in used:
            a, b = norm.to_original(it.q.start, it.q.end)
            out.unattached.append(_unattached(ctx.doc, norm.original[a:b], (a, b), it.q.normalized, it.q.kind, f"{it.role} with no metric to attach to"))


_NAMES_ITS_MEMBERS = regex.compile(r"[\p{Han}]{2,8}、[\p{Han}]{2,8}")


def _join_named_member_rates(metrics: list, first: int) -> None:
    """`对欧盟、美国分别进出口197.4亿元和152.6亿元，其中对欧盟增长6.2%，对美国下降4.1%`: a rate
    stated after the list for a member named again is that member's figure's change, not a
    figure of its own.  Joined within the sentence's metrics (from index ``first``)."""
    k = first
    while k < len(metrics):
        m = metrics[k]
        if m.value is None and m.share is None and m.change is not None:
            # (a member named as whose figure it is: `…商圈日均客流量分别达…，其中王府井商圈日均客流量增长…`)
            target = next(
                (j for j in range(first, k) if metrics[j].value is not None and metrics[j].change is None
                 and (m.dimensions or metrics[j].rule == "list")
                 and metrics[j].subject == m.subject and metrics[j].period == m.period
                 and _names_member(m, metrics[j])),
                None,
            )
            if target is not None:
                metrics[target] = metrics[target].model_copy(update={"change": m.change})
                del metrics[k]
                continue
        k += 1


def _names_member(rate, figure) -> bool:
    """The rate ``rate`` is stated for the member whose figure ``figure`` is: the same measure and
    member, or a member of a list named again however it was read (`新加坡、韩国…对赣实际投资分别为…，
    其中新加坡增长46.3%，韩国下降12.4%`: 新加坡 as a breakdown, `韩国投资` as words)."""
    if rate.dimensions == figure.dimensions and rate.indicator == figure.indicator:
        return True
    members = set(figure.dimensions.values())
    if figure.rule != "list" or rate.rule == "list" or not members:
        return False  # (a second list over the same members, `分别拉动…`, is a measure of its own)
    if rate.dimensions:
        return set(rate.dimensions.values()) == members
    return any(rate.indicator.startswith(v) for v in members)


# `按经营单位所在地分，` `分经济类型看，` `从贸易方式看，`: a sentence that parts a total
# `从贸易方式看，`, `按行业分，`, and the month within the period (`8月当月，`): the lead's figures
# broken down
_MACRO_REGIONS = frozenset(("东部地区", "中部地区", "西部地区", "东北地区", "中西部地区"))
_PART_PERIOD_OPENER = regex.compile(r"\s*(?:第?[一二三四]季度|[上下]半年|\d{1,2}月(?:当月|份)?)[,:]")
_PARTS_OF_WHOLE = r"按[^,;。]{1,10}?分|[分从][^,;。]{1,8}?(?:来看|看)"  # `分行业看，`
_WORLD_NAMES = frozenset(("全球", "世界"))
_TOGETHER = regex.compile(r"[两二三四五六]者(?P<sum>合计|共计|共)?")
_RATE_WORDS = frozenset(("增速", "增幅", "降幅", "涨幅", "跌幅"))
_BREAKDOWN_OF_WHOLE = regex.compile(rf"(?:{_PARTS_OF_WHOLE})[,:]")
_BREAKDOWN_OPENER = regex.compile(rf"(?:{_PARTS_OF_WHOLE}|\d{{1,2}}月(?:当月|份)|当月|单月)[,:]")


# the measures a total is made of: its parts keep the total's breakdowns (trade mode …)
_PARTS_OF = {"进出口": ("出口", "进口"), "进出口总值": ("出口", "进口"), "进出口总额": ("出口", "进口", "出口总额", "进口总额")}


def _shares_of_figures_before(ctx, actx: _ArticleContext, text: str, s: int, drafts: list[_Draft], out: Assembly) -> bool:
    """Shares listed for the members of the figures the paragraph just gave, one by one in earlier
    clauses (`东部地区…8.62万亿元…；中部地区…；西部地区…；东北地区…。四个地区…比重分别为70.0%…`):
    each share is its member's figure's; True when they were attached."""
    n = len(drafts)
    if n < 2 or not all(d.from_list and d.share is not None and d.value is None and d.change is None for d in drafts):
        return False
    at = [k for k in range(actx.para_first_metric, len(out.metrics)) if out.metrics[k].value is not None][-n:]
    if len(at) != n or any(out.metrics[k].share is not None for k in at):
        return False
    if not _GROUP_PRONOUN.match(text, s) and not _lists_members_of(text[s : drafts[0].share.start], [out.metrics[k] for k in at]):
        # `四个地区…比重分别为…`, `三者分别占…`, or the members named again
        # (`同城、异地、国际/港澳台快递业务量分别占全部快递业务量的8.2%、89.6%和2.2%`)
        return False
    if len({(out.metrics[k].subject, tuple(out.metrics[k].dimensions.items())) for k in at}) < n:
        return False  # members told apart by subject or breakdown, not one figure repeated
    for k, d in zip(at, drafts):
        out.metrics[k] = out.metrics[k].model_copy(update={"share": _share_out(ctx, d.share, d.share_change)})
    return True


def _lists_members_of(lead: str, figures: list) -> bool:
    """``lead`` names, in order, the member each of ``figures`` was given for."""
    at = 0
    for m in figures:
        member = next(iter(m.dimensions.values()), None) or m.subject
        k = lead.find(member, at) if member else -1
        if k < 0:
            return False
        at = k + len(member)
    return True


_RESTATED_SCALE = regex.compile(r"(?:(?P<m>[\p{Han}]{0,8}?)(?:规模|总值|总额|总量))?占")


def _restated_scale_share(ctx, actx: _ArticleContext, text: str, s: int, drafts: list[_Draft], out: Assembly) -> bool:
    """`进出口3716.4亿元，增长4.9%，增速高于全国2.6个百分点；进出口规模占全省的27.1%`: a share
    opening a ;-clause that names the scale of the figure stated before the comparison of its
    rate is that figure's share; True when it was attached."""
    if len(drafts) != 1 or s == 0 or text[s - 1] != ";":
        return False
    d = drafts[0]
    if d.share is None or d.value is not None or d.change is not None or d.from_list:
        return False
    m = _RESTATED_SCALE.fullmatch(text, s, d.share.start + 1)
    if m is None or len(out.metrics) < 2 or len(out.metrics) - 2 < actx.para_first_metric:
        return False
    figure, comparison = out.metrics[-2], out.metrics[-1]
    if figure.value is None or figure.share is not None or comparison.value is not None or comparison.change is None:
        return False
    if comparison.change.points is None or comparison.indicator != figure.indicator + "增速":
        return False
    if m.group("m") and not figure.indicator.endswith(m.group("m")):  # (`；占同期全省…的11.2%`: bare)
        return False
    out.metrics[-2] = figure.model_copy(update={"share": _share_out(ctx, d.share, d.share_change)})
    return True


def _same_unit_as_last_figure(out: Assembly, items: list[Item]) -> bool:
    """The sentence's first figure is in the unit of the last figure stated before it (`…进出口
    65.2亿元…。其中，出口24.1亿元`), not another measure's (`…监管清单702.5万票…。其中，…95.2亿元`)."""
    last = next((m for m in reversed(out.metrics) if m.value is not None), None)
    first = next((it for it in items if it.role == "value" and it.q is not None), None)
    return last is not None and first is not None and last.value.base_unit == first.q.base_unit


def _hold_for_sentence(actx: _ArticleContext, text: str, s: int, e: int, p: PeriodMatch) -> None:
    """A month opening a ;-clause under the year to date holds until the sentence's 。 only (the
    year to date opening one after a month governs on: `10月…；1-10月，…。分门类看，…`)."""
    if p.start != s or s == 0 or text[s - 1] != ";" or actx.clause_month is not None:
        return
    if not _single_month(p) or actx.period is None or not actx.period.cumulative:
        return
    stop = text.find("。", s)
    actx.clause_month = (stop if stop >= 0 else e, actx.period, actx.para_period)


_HEADING_LINE = regex.compile(r"[^\n,;:。!?]{4,40}(?=\n|$)")


def _heading_line(text: str, at: int) -> bool:
    """The paragraph at ``at`` is a heading: one short line, no sentence punctuation."""
    return _ITEM_HEADING.match(text, at) is not None and _HEADING_LINE.match(text, at) is not None



def _several_years(p: PeriodMatch) -> bool:
    """Whole years, more than one (`“十四五”时期`, `2020—2024年`), not a run of days over New Year."""
    return (
        p.first is not None and p.last is not None and p.last.year > p.first.year
        and (p.first.month, p.first.day, p.last.month, p.last.day) == (1, 1, 12, 31)
    )


# a report looking back over five years (`五年来，…`, `过去五年，…`, `“十四五”时期是…的五年`),
# then over the last one (`2025年，…`, `过去一年，…`)
_FIVE_YEARS_WORD = regex.compile(r"五年来|过去五年|五年间|这五年")
_FIVE_YEARS_OPEN = regex.compile(rf"[^。]{{0,40}}?(?:{_FIVE_YEARS_WORD.pattern}|“?十[一二三四五]五”?(?:时期|期间)?(?:是|以来|,|。))")
_ONE_YEAR_OPEN = regex.compile(r"(?:[^。,]{0,6}?(?:20\d\d年|过去一年|一年来|今年|去年|上一年)[,是])")


def _review_span(text: str, a: int, b: int, periods, actx) -> PeriodMatch | None:
    """The five years a paragraph looks back over (the plan's years where named, else the five
    years to the one the report reviews), carried on from the paragraph before until a paragraph
    opens on one year (a heading, the caller checks)."""
    body = a + _item_mark_len(text, a, b)
    if _ONE_YEAR_OPEN.match(text, body):
        return None
    if not _FIVE_YEARS_OPEN.match(text, body):
        return actx.review_span
    plan = next((p for p in periods if a <= p.start < b and _several_years(p) and p.last.year - p.first.year == 4), None)
    if plan is not None:
        return plan
    year = actx.period.last.year if actx.period is not None and actx.period.last is not None else None
    m = _FIVE_YEARS_WORD.search(text, body, b)
    if year is None or m is None:
        return None
    return PeriodMatch(
        m.start(), m.end(), m.group(), "five_years_past", "year", first=dt.date(year - 4, 1, 1), last=dt.date(year, 12, 31),
        start_month=f"{year - 4}-01", end_month=f"{year}-12",
    )


# the figure is over the years reviewed: an average or a total over them (`年均增长5.1%`,
# `五年累计…`), a level held throughout (`保持在75%以上`, `控制在5.5%以内`)
_OVER_THE_YEARS = regex.compile(r"年均|累计|五年|连续[五5]年|保持在|始终|控制在|稳定在")
# the level the years started from (`从4.39万亿元增加到…`, `由2020年的39.6%提高到…`)
_FROM_LEVEL = regex.compile(r"(?:由|从)\s*(?:(?P<y>20\d\d)\s*年\s*(?:的|底的|末的)?)?\s*$")
_FROM_IN_SHARE = regex.compile(r"(?:由|从)\s*(?:(?P<y>20\d\d)\s*年\s*(?:的|底的|末的)?)?\s*[\d.]+\s*%$")  # `占比由2020年的39.6%`
_RISEN_TO = regex.compile(r"[^,;。]{0,12}?(?:增加|提高|提升|上升|增长|扩大|下降|降低|减少|缩小|跃升|增|升|降)(?:到|至)")
# a level the years ended at (`增加到1.43万家`, `达到2.35%`): the last year's
_LEVEL_REACHED = regex.compile(r"超过|达到|达|突破|提高到|提升到|增加到|增至|上升到|下降到|降至|降到|扩大到|跃升至|跨越|居|位居|排名")


def _single_month(p: PeriodMatch) -> bool:
    return p.first is not None and p.last is not None and (p.first.year, p.first.month) == (p.last.year, p.last.month)


def _week_like(p: PeriodMatch) -> bool:
    """A run of days (`10月6日至12日`): the period of a weekly report's figures."""
    return p.granularity == "day" and p.first is not None and p.last is not None and p.first != p.last


def _glossed(text: str, s: int, p: PeriodMatch) -> bool:
    """`本周（10月6日至12日），…`: dates glossing a short word that opens the clause."""
    if p.start < 2 or text[p.start - 1] != "(":
        return False
    k = max(s, max(text.rfind(c, s, p.start - 1) for c in ",;:。") + 1)
    return 0 < p.start - 1 - k <= 3


def _opens_clause(text: str, at: int) -> bool:
    """True when only an opener (`从主要产品看，`) stands between the start of the ;-clause and ``at``."""
    k = max(text.rfind(c, 0, at) for c in "。;\n") + 1
    lead = text[k:at].strip(", “\"\u3000")  # (a quotation may open it: `“今年1至10月，陆港…`)
    if not lead or vocab().opener_re.fullmatch(lead + ",") is not None:
        return True
    # `…半年报显示，公司上半年实现营业收入…；归母净利润…`: only whose figures they are before it
    own = text[max(k, text.rfind(",", 0, at) + 1) : at]
    return own in vocab().pronoun_kind or own in _COMPANY_WORDS or (2 <= len(own) <= 6 and lookup(own) is not None)


_COMPANY_WORDS = frozenset(("公司", "该公司", "该集团"))


def _opens_after_words(text: str, at: int, s: int) -> bool:
    """`能源保供能力持续增强，上半年原煤产量…；发电量3896.7亿千瓦时…`: the period opens a clause
    after words without a figure, and the ;-clause at ``s`` goes straight to its figures (not
    `项目结构优，产业项目…`, a new topic of its own)."""
    lead = _group_lead(text, at)
    return lead.endswith(",") and not _DIGIT.search(lead) and _straight_to_figures(text, s)


def _same_subject_goes_on(text: str, at: int, s: int) -> bool:
    """`…97家上市公司上半年合计实现营业收入…；实现归母净利润…`: the ;-clause at ``s`` opens with
    the verb of the clause before, whose subject and period it goes on with."""
    return (
        0 < s and text[s - 1] == ";" and _CONTINUING_VERB.match(text, s) is not None and ";" not in text[at : s - 1]
        and _before_its_figures(text, at)
    )


def _before_its_figures(text: str, at: int) -> bool:
    """The period at ``at`` comes before any amount or rate of its ;-clause group: the period of
    what the group reports, not a base compared with (`…，恢复至2019年同期的96.2%`)."""
    return _AMOUNT_OR_RATE.search(_group_lead(text, at)) is None


def _same_months(p: PeriodMatch, q: PeriodMatch) -> bool:
    return (p.start_month, p.end_month) == (q.start_month, q.end_month)


def _first_in_sentence(text: str, p: PeriodMatch, sp) -> bool:
    """``p`` is the sentence's first period, and no base compared with (`比一季度加快…`)."""
    begin = max(text.rfind("。", 0, p.start), text.rfind("\n", 0, p.start)) + 1
    return text[p.start - 1 : p.start] not in _COMPARING_CHARS and not any(begin <= q.start < p.start for q in sp)


_COMPARING_CHARS = frozenset("比较于与")
_AMOUNT_OR_RATE = regex.compile(r"\d\s*(?:%|‰|亿|万|千|元|美元)")


_OF_WHICH = regex.compile(r"\s*其中")
# verbs a ;-clause opens with when it goes on with the clause before's subject
_CONTINUING_VERB = regex.compile(r"\s*(?:实现|完成|录得)")


def _group_lead(text: str, at: int) -> str:
    """The words from the start of the ;-clause group up to ``at``."""
    return text[max(text.rfind(c, 0, at) for c in "。;\n") + 1 : at]


def _straight_to_figures(text: str, s: int) -> bool:
    """The ;-clause at ``s`` states a figure before its first comma."""
    comma = text.find(",", s)
    return _DIGIT.search(text, s, comma if comma > 0 else len(text)) is not None


# `第三季度会员企业经营情况问卷调查`, `于2025年上半年面向会员企业开展问卷调查`: a period naming
# what a survey asked about or the months it ran over (a later one in the sentence wins:
# `于10月上旬开展了第三季度…调查`; a day it ran on names none)
_SURVEY_OF = regex.compile(r"(?:(?![,;。:\n]).){0,24}?(?:问卷调查|调查问卷|调查)")


def _surveys(text: str, p: PeriodMatch) -> bool:
    # (`较二季度调查提高6.8个百分点`: the survey before, compared with)
    return (
        p.first is not None and p.granularity not in ("day", "point")
        and not _COMPARED_WITH.search(text, max(0, p.start - 1), p.start) and _SURVEY_OF.match(text, p.end) is not None
    )


def _sold_on_platforms(text: str, last: str, s: int, e: int) -> bool:
    """The members of a list end with a platform word (`TikTok Shop、Temu 平台交易额…`)."""
    at = text.find(last, s, e)
    return at >= 0 and platform_after(text, at + len(last))


_FROM_TO = regex.compile(r"(?P<m>[^,;。:]*?)(?:由|从)\s*(?:20\d\d\s*年\s*(?:底|末)?\s*的?\s*)?(?:[\d.]+\s*[^\d,;。]{0,6}?(?:增加|提高|增长|扩大|上升|提升|下降|减少|降低|跃升)(?:到|至)\s*(?:20\d\d\s*年\s*(?:底|末)?\s*的?\s*)?)?$")


def _from_to_measure(text: str, s: int, at: int, period_spans) -> str | None:
    """The measure of a level written as `M由A提高到B` (for A and for B): the words before 由, or
    the measure the clause before names when 由 opens its clause (`全省地区生产总值连跨两个万亿元
    台阶，由…`); None when the figure stands in no such pair."""
    k = max(text.rfind(c, s, at) for c in ",;:") + 1
    k = max(k, s)
    m = _FROM_TO.match(text, k, at)
    if m is None:
        return None
    words = m.group("m").strip()
    if not words and k > s:
        j = max(max(text.rfind(c, s, k - 1) for c in ",;:") + 1, s)
        heads = list(any_head().finditer(text, j, k - 1))
        if not heads:
            return None
        ph = read_phrase(text[j : heads[-1].end()], period_spans, j)  # (less what it did: `连跨两个万亿元台阶`)
        return (ph.qualifier + ph.head) if ph.head else None
    if not words:
        return None
    ph = read_phrase(words, period_spans, k)
    return (ph.qualifier + (ph.head or "")) or ph.text or None


_REPORT_SAYS = regex.compile(r"(?:(?:\d{4}年)?(?:半年度?|年度|第?[一三]季度)?(?:报告|报)(?:显示|披露)|公告(?:显示|称))?,?")


def _opens_after_company(ctx, text: str, at: int, s: int) -> bool:
    """`美的集团（000333）前三季度实现营业收入…；归母净利润…`: the period follows only the listed
    company whose results the clause opens, and the ;-clause at ``s`` goes straight to its figures."""
    if not ctx.listed:
        return False
    lead = _STOCK_CODE.sub("", _group_lead(text, at)).strip()
    firm = next((n for n in ctx.listed if lead.startswith(n)), None)
    if firm is None or not _REPORT_SAYS.fullmatch(_STOCK_CODE.sub("", lead[len(firm) :])):
        return False  # (`宁德时代(300750.SZ)2025年半年报显示，上半年…`: the report says it)
    return _straight_to_figures(text, s)


LEAD_DAY_WITHIN = 40  # characters into the lead paragraph (after a dateline) where its event day stands


def _target_date(text: str, p: PeriodMatch) -> bool:
    """`到2030年` / `至2035年`: a target date, not the period of a figure."""
    before = text[max(0, p.start - 3) : p.start]
    if before.endswith(("力争", "目标", "计划", "争取", "预计")):
        return True
    return before.endswith(("到", "至")) and text[p.end : p.end + 1] in (",", "")


def _explicit_year(text: str, p: PeriodMatch) -> bool:
    return bool(_YEAR_RE.search(text, p.start, p.end))


def _measure_after_members(text: str, at: int, e: int) -> Phrase | None:
    """The measure named right after an enumeration of bracketed members (`美国（…）、中国香港
    （…）和欧盟（…）离岸服务外包执行额合计…`), read from the member's figure at ``at``."""
    close = text.find(")", at, e)
    while close >= 0:
        m = _NEXT_MEMBER.match(text, close + 1, e)
        if m is None:
            break
        close = text.find(")", m.end(), e)
    if close < 0:
        return None
    start = close + 1
    if (g := _MEMBERS_COUNTED.match(text, start)) is not None:
        start = g.end()  # `…、渭南（7.5%）等4市规模以上工业增加值增速…`
    stop = _MEASURE_STOP.search(text, start, e)
    words = text[start : stop.start() if stop else e]
    if words[:1] == "的" and _BARE_RATE_BRACKET.fullmatch(text, text.rfind("(", 0, at) + 1, text.find(")", at, e)):
        words = words[1:]  # `越南（+36.2%）、台湾（+27.5%）的整体出口货值录得升幅`: the members' rates of it
    if not words or words[0] == "的":
        return None  # `…（1.52亿美元，增长26.8%）的服务外包业务规模居前四位`: a description
    ph = read_phrase(words)
    return ph if ph.head and not ph.subject else None


_NEXT_MEMBER = regex.compile(r"[、和及与][^,;。()]{1,12}\(")
_BARE_RATE_BRACKET = regex.compile(r"[+\-]?\d+(?:\.\d+)?%")
_MEASURE_STOP = regex.compile(r"[,;。]|合计|共计|分别|占|同比|增长|下降|高于|低于|快于|慢于|位居|居|保持|(?<![人年平日户月])均|录得")
# (named apart from the `_GROUP_COUNT` of enumerations further down, which had shadowed it)
_MEMBERS_COUNTED = regex.compile(r"等[\d一二三四五六七八九十两]{1,2}个?[\p{Han}]")


_BASE_GAP = regex.compile(r"\s*,?\s*(?:较|比|与)(?P<p>[^,;。的]{2,14}?)的\s*")
_RATE_VERB_AFTER = regex.compile(r"\s*(?:上升|下降|增长|下跌|增加|减少|提高|回落)")


def _base_figure(text: str, open_: _Draft, it: Item) -> tuple[int, int] | None:
    """The span of the base period when ``it`` is the figure a rate compares the open one with
    (`4,613亿元，较二〇二四年同月的4,026亿元上升14.6%`), else None."""
    if open_.value is None or open_.change is not None or open_.from_list:
        return None
    m = _BASE_GAP.fullmatch(text, open_.last_end, it.start)
    if m is None or not _RATE_VERB_AFTER.match(text, it.end):
        return None
    if not _YEAR_IN.search(m.group("p")) and not _YEAR_BEFORE.fullmatch(m.group("p")):
        return None
    return m.span("p")


# a base a year before the figure compared, named without its year (`较一年前的4,118亿元`)
_YEAR_BEFORE = regex.compile(r"(?:一年前|上年|去年)(?:同期|同月|同季)?")


_RESTATED = regex.compile(r"[,;]\s*(?P<w>[\p{Han}]{2,6})\s*$")


def _measure_restated(text: str, s: int, open_: _Draft, it: Item) -> bool:
    """The words before a share (`，出口量占…`) name the measure the open figure's clause named
    (`汽车出口634.5万辆`): the same figure's share, not a new one."""
    m = _RESTATED.search(text, open_.last_end, it.start)
    if m is None:
        return False
    root = m.group("w").rstrip("量额值数")
    k = max(text.rfind(c, s, open_.first.start) for c in ",;:") + 1
    return len(root) >= 2 and root in text[max(k, s) : open_.first.start]


def _new_indicator_between(text: str, a: int, b: int) -> bool:
    """True when the words between two figures name something new (a second indicator)."""
    gap = text[a:b]
    if "(" in gap and ")" not in gap and gap.strip(" ,") != "(":
        return True  # but `9735.4万美元（同比增长21.3%…）`: the figure's own change in brackets
    gap = _BETWEEN_NOISE.sub("", _between_phrases().sub("", _PARENS.sub("", gap)))
    return bool(_HAN2.search(gap))


_COUNTED_KIND = regex.compile(r"(?:^|(?<=[,;:]))(?:其中,)?(?:共|累计|新|新增)?(?P<n>[\p{Han}](?:[\p{Han}]|\d{1,4}(?=强)){2,14}?)[\d.]+(?:项|个|家|份|件|宗|笔)")  # (`世界500强企业…`)


def _counted_kind_before(text: str, s: int, cs: int, head: str) -> str | None:
    """The kind a count earlier in the sentence counts, when the head names its measure by the
    count's last word (`技术进口合同1187项，同比下降2.1%，合同金额…` -> 技术进口), or None."""
    if len(head) < 3:
        return None
    found = None
    for m in _COUNTED_KIND.finditer(text, s, cs):
        found = m
    if found is None:
        return None
    noun = found.group("n")
    if noun.endswith("项目") and len(noun) > 2 and head.endswith(("总投资", "投资额")):
        return noun  # `世界500强企业投资项目5个，总投资156.0亿元`: those projects' investment
    word = head[:2]
    return noun[: -len(word)] if noun.endswith(word) and len(noun) > len(word) + 1 else None


def _counted_then_change(text: str, d: _Draft, it: Item) -> bool:
    """`386家优质企业纳入…试点，较年初增加74家`: the words after a count name what it counts, and a
    change in the same counter right after that clause is the count's own."""
    v = d.value
    if v is None or v.q is None or it.q is None or v.q.kind != "count" or it.q.kind != "count":
        return False
    if v.q.base_unit != it.q.base_unit or d.last_end != v.end:
        return False
    gap = text[d.last_end : it.start].rstrip()
    return gap.endswith(",") and "," not in gap[:-1] and ";" not in gap and "。" not in gap


def _group(text: str, s: int, items: list[Item]) -> list[_Draft]:
    drafts: list[_Draft] = []
    open_: _Draft | None = None
    runs: list[list[Item]] = []
    for it in items:
        if runs and runs[-1][0].run == it.run:
            runs[-1].append(it)
        else:
            runs.append([it])
    for run in runs:
        first = run[0]
        role = first.role
        is_list = len(run) > 1
        if role == "value":
            if is_list:
                for k, it in enumerate(run):
                    d = _Draft(first=it, value=it, from_list=True, last_end=it.end, rule="list")
                    d.member = None
                    drafts.append(d)
                open_ = drafts[-1]
            elif open_ is not None and _level_after_move(text, open_, first):
                open_.value = first
                open_.last_end = first.end
            elif open_ is not None and (bm := _base_figure(text, open_, first)) is not None:
                # `出口货值为4,613亿元，较二〇二四年同月的4,026亿元上升14.6%`: the figure compared
                # with is a fact of its own (the base period's); the rate after it is the first one's
                drafts.append(_Draft(first=first, value=first, last_end=first.end, rule="base", base=bm))
                open_.last_end = first.end
            else:
                open_ = _Draft(first=first, value=first, last_end=first.end)
                drafts.append(open_)
            continue
        if role in ("change", "share", "flat"):
            slot = "change" if role in ("change", "flat") else "share"
            named = _pronoun_targets(text, s, first, run, drafts, slot)
            if named is not None:
                for d, it in zip(named, run):
                    d.attach(it)
                open_ = named[-1]
                continue
        if role in ("change", "share", "flat") and is_list:
            targets = [d for d in drafts if d.from_list and getattr(d, slot) is None and d.value is not None]
            if not targets and slot == "change" and first.basis in ("yoy", "mom"):
                # `…占全国比重分别为83.6%、9.1%…，同比分别增长8.7%、10.6%…`: the members' own rates
                shares = [d for d in drafts if d.from_list and d.change is None and d.share is not None and d.value is None]
                targets = shares if len(shares) == len(run) else []
            if not targets and slot == "change" and first.basis == "yoy" and not first.contribution:
                # `分别完成212.6万辆和209.4万辆，环比分别下降29.1%和30.2%，同比分别增长0.3%和1.1%`:
                # the year-on-year rates are the figures' changes, the month-on-month ones facts of
                # their own (as for one figure: see _yoy_after_mom)
                monthly = [d for d in drafts if d.from_list and d.value is not None and d.change is not None and d.change.basis == "mom"]
                if len(monthly) == len(run):
                    for d in monthly:
                        md = _Draft(first=d.change, from_list=True, last_end=d.change.end, rule="list")
                        md.attach(d.change)
                        drafts.append(md)
                        d.change = None
                    targets = monthly
            if not targets and slot == "share":
                # `A、B增加值分别增长10.2%和8.7%，占规上工业增加值的比重分别为17.9%和46.3%`: the
                # members' shares after their rates
                rated = [d for d in drafts if d.from_list and d.share is None and d.value is None and d.change is not None]
                targets = rated if len(rated) == len(run) else []
            if first.contribution:
                targets = []  # contributions (`分别拉动…`) are facts of their own
            elif len(targets) < len(run) and first.dist and len(drafts) >= len(run):
                # `合同额18652.4亿元，执行额12437.9亿元，同比分别增长9.6%和7.8%`: one rate for
                # each of the figures just stated, in order
                tail = drafts[-len(run) :]
                if all(d.value is not None and getattr(d, slot) is None and not d.from_list for d in tail):
                    targets = tail
            if len(targets) > len(run) and _NAMES_ITS_MEMBERS.search(text, max(s, targets[-1].last_end), first.start):
                # `…分别进出口A、B和C，其中对东盟、欧盟分别增长…，对美国下降…`: rates for members it
                # names again, facts of their own until joined to those members' figures
                targets = []
            if len(targets) >= len(run):
                targets = targets[-len(run) :]
                for d, it in zip(targets, run):
                    d.attach(it)
            else:
                for it in run:
                    d = _Draft(first=it, from_list=True, last_end=it.end, rule="list")
                    d.attach(it)
                    drafts.append(d)
                open_ = drafts[-1]
            continue
        it = first
        if role == "share_change" or (role == "flat" and open_ is not None and open_.share is not None and open_.share_change is None and open_.last_end == open_.share.end):
            target = next((d for d in reversed(drafts) if d.share is not None and d.share_change is None), None)
            if target is not None:
                target.share_change = it
                target.last_end = it.end
                continue
            if role == "share_change":
                it.role = "change"
                role = "change"
        slot = "change" if role in ("change", "flat") else "share"
        can_attach = (
            not it.contribution
            and open_ is not None
            and getattr(open_, slot) is None
            and not (open_.from_list and it.total)
            and not it.total
            and (
                not _new_indicator_between(text, open_.last_end, it.start)
                or _counted_then_change(text, open_, it)
                # `汽车出口634.5万辆，…，出口量占汽车总销量的20.4%`: the figure's measure named again
                or (slot == "share" and open_.value is not None and _measure_restated(text, s, open_, it))
                # `执行额151,284.9万美元，同比下降2.9%（占全市执行额82.8%）`: the figure's share
                or (slot == "share" and text[open_.last_end : it.start].strip(" ,") == "(" and text.startswith("占", it.start))
                or (it.extras.get("breadth") and open_.value is not None and open_.value.q is not None and open_.value.q.kind == "count")
            )
        )
        if open_ is not None and open_.from_list and slot == "share" and not it.dist:
            can_attach = False
        if slot == "share" and open_ is not None and open_.value is None and open_.change is not None and open_.change.q is not None and open_.change.q.kind == "points":
            can_attach = False  # `较火力发电高2.3个百分点，占…35.7%`: a comparison and a share
        if slot == "change" and open_ is not None and open_.value is None and open_.share is not None:
            can_attach = False  # a rate after a bare share is a fact of its own (`…35.7%，高于全国4.0个百分点`)
        converted = _outside_conversion(text, open_, it, drafts, slot)
        if slot == "change" and (named := _pair_member_named(text, s, it, drafts)) is not None:
            # `产销分别完成28.9万辆和29.7万辆，同比产量增长6.3%，销量下降9.5%`: a rate naming one
            # of the paired measures is that member's; a month-on-month rate it held becomes a
            # fact of its own
            _take_named_rate(named, it, drafts)
            open_ = named
            continue
        if converted is not None:
            # `涉外收入452.3亿美元（折合人民币3,217.6亿元），同比增长6.7%`: a rate after the
            # parenthesis is the stated figure's; the converted amount is a fact without one
            converted.attach(it)
            open_ = converted
        elif _yoy_after_mom(text, open_, it, slot):
            # `131.5万标准箱，环比增长2.9%，同比增长11.8%`: the year-on-year rate is the figure's
            # change; the month-on-month one a fact of its own
            mom = open_.change
            open_.attach(it)
            md = _Draft(first=mom, last_end=mom.end, rule="change")
            md.attach(mom)
            drafts.append(md)
        elif can_attach:
            open_.attach(it)
        elif slot == "share" and not (it.total or it.dist) and (back := _value_before_comparison(drafts, open_)) is not None:
            # `进出口2.27万亿元，同比增长8.6%，高于全省外贸增速3.9个百分点，占全省的48.3%`: the
            # comparison between them is a fact of its own, the share the figure's
            back.attach(it)
            open_ = back
        elif role == "flat" and not it.basis_stated:
            continue  # `比重持平` with no figure and no comparison basis: a remark, not a metric
        else:
            open_ = _Draft(first=it, last_end=it.end, rule=slot)
            open_.attach(it)
            drafts.append(open_)
    return drafts


def _level_after_move(text: str, open_: _Draft, it: Item) -> bool:
    """``it`` is the level the open draft's bare change reached: `股价收涨3.12%，报52.36元/股`
    (the day's move, then the price it closed at), `预期指数按季上升2.9點至52.4` (the move, then
    the level); not a second rate (`增长5%至8%` is a range, read as one quantity)."""
    if open_.value is not None or open_.share is not None or open_.change is None:
        return False
    if _PRICE_AFTER_MOVE.fullmatch(text, open_.last_end, it.start):
        return True
    both_rates = it.q is not None and it.q.kind == "percent" and open_.change.q is not None and open_.change.q.kind == "percent"
    return is_level_separator(text[open_.last_end : it.start].strip()) and not both_rates


# between a share's move and its price (`收涨3.12%，报52.36元/股`)
_PRICE_AFTER_MOVE = regex.compile(r"\s*,\s*(?:收盘|收)?报\s*")


def _value_before_comparison(drafts: list[_Draft], open_: _Draft | None) -> _Draft | None:
    """The figure just before ``open_`` when ``open_`` holds only a comparison with another
    subject or rate (`高于…3.9个百分点`) and that figure has no share yet."""
    if open_ is None or len(drafts) < 2 or drafts[-1] is not open_:
        return None
    if open_.value is not None or open_.share is not None or open_.change is None or open_.change.basis != "other":
        return None
    back = drafts[-2]
    if back.value is None or back.share is not None or back.from_list or back.last_end > open_.first.start:
        return None
    return back


def _take_named_rate(d: _Draft, it: Item, drafts: list[_Draft]) -> None:
    """Give the paired member ``d`` the rate ``it`` names it by; a month-on-month rate it held
    before a year-on-year one becomes a draft of its own (the figure's change is year on year)."""
    if d.change is not None and d.change.basis == "mom" and it.basis == "yoy":
        mom = d.change
        md = _Draft(first=mom, last_end=mom.end, rule="change", from_list=True)
        md.attach(mom)
        drafts.append(md)
        d.change = None
    if d.change is None:
        d.attach(it)


_PRONOUN = regex.compile(r"(前者|后者|前两者|后两者|两者|二者|三者|四者)")
_PRONOUN_PICK = {"前者": slice(0, 1), "后者": slice(-1, None), "前两者": slice(0, 2), "后两者": slice(-2, None)}


def _pronoun_targets(text: str, s: int, first: Item, run: list[Item], drafts: list[_Draft], slot: str) -> list[_Draft] | None:
    """`对韩国、日本分别进出口148.2亿元和121.5亿元，前者增长3.1%，后者下降1.6%`: the rates
    of 前者 / 后者 / 前两者 / 三者 are those of the members of the list just stated, picked by
    position, never a fact of their own."""
    cs = clause_start(text, s, first.start)
    m = _PRONOUN.match(text, cs, first.start)
    if m is None:
        return None
    group: list[_Draft] = []
    for d in reversed(drafts):
        if not d.from_list or d.value is None or (group and d.value.run != group[-1].value.run):
            if group:
                break
            continue
        group.append(d)
    group.reverse()
    word = m.group(1)
    picked = group[_PRONOUN_PICK[word]] if word in _PRONOUN_PICK else group
    if len(group) < 2 or len(picked) != len(run) or any(getattr(d, slot) is not None for d in picked):
        return None
    return picked


def _outside_conversion(text: str, open_: _Draft | None, it: Item, drafts: list[_Draft], slot: str) -> _Draft | None:
    """The figure a `（折合…）` parenthesis follows, when ``it`` comes after that parenthesis."""
    if slot != "change" or open_ is None or open_.value is None or not open_.value.extras.get("equivalent"):
        return None
    if open_.change is not None or ")" not in text[open_.last_end : it.start] or len(drafts) < 2:
        return None
    main = drafts[-2]
    if main.value is None or main.change is not None or main is open_:
        return None
    return main


def _yoy_after_mom(text: str, open_: _Draft | None, it: Item, slot: str) -> bool:
    return (
        slot == "change" and open_ is not None and open_.value is not None and open_.change is not None
        and open_.change.basis == "mom" and it.basis == "yoy" and open_.change.q is not None and it.q is not None
        and open_.last_end == open_.change.end and text[open_.change.end : it.start] in (",", "、")
        and not it.contribution
    )


# --- output models ---------------------------------------------------------------------------
# The records are built from values that are already what validation would keep (str, int spans,
# finite Decimals, known literals, instances of the nested models), thousands of times per
# document.  `_build` stores them without running pydantic's validators again, after the same
# checks the validators make; anything unexpected goes through the validating constructor.

_APPROX = frozenset(typing.get_args(Approx)) | {None}
_DIRECTION = frozenset(typing.get_args(Direction))
_setattr = object.__setattr__


@functools.cache
def _template(cls) -> tuple[dict, tuple[tuple[str, type], ...]]:
    """Every field with its default, in field order, and the fields whose default is mutable."""
    fields = cls.model_fields
    return {name: f.default for name, f in fields.items()}, tuple(
        (name, type(f.default)) for name, f in fields.items() if type(f.default) in (list, dict)
    )


def _build(cls, kw: dict):
    """``cls(**kw)`` for values already valid (the caller checks and passes every required
    field), without revalidating."""
    template, mutable = _template(cls)
    d = template.copy()
    d.update(kw)
    for name, typ in mutable:
        if name not in kw:
            d[name] = typ()  # a fresh [] / {} per record, as validation makes
    m = object.__new__(cls)
    _setattr(m, "__dict__", d)
    _setattr(m, "__pydantic_fields_set__", set(kw))
    _setattr(m, "__pydantic_extra__", None)
    _setattr(m, "__pydantic_private__", None)
    return m


def _str(x) -> bool:
    return type(x) is str


def _ostr(x) -> bool:
    return x is None or type(x) is str


def _dec(x) -> bool:
    return type(x) is Decimal and x.is_finite()


def _odec(x) -> bool:
    return x is None or (type(x) is Decimal and x.is_finite())


def _span(x) -> bool:
    return type(x) is tuple and len(x) == 2 and type(x[0]) is int and type(x[1]) is int


def _ospan(x) -> bool:
    return x is None or _span(x)


def _model(cls, kw: dict, ok: bool):
    return _build(cls, kw) if ok else cls(**kw)


def _evidence(ctx, s: int, e: int) -> Evidence:
    es, ee = _orig(ctx, s, e)
    kw = dict(text=ctx.norm.original[es:ee], span=(es, ee))
    return _model(Evidence, kw, _span(kw["span"]))


def _metric(kw: dict) -> Metric:
    ok = (
        _ostr(kw["doc"]) and _str(kw["indicator"]) and _ostr(kw["subject"])
        and type(kw["dimensions"]) is dict and all(type(k) is str and type(x) is str for k, x in kw["dimensions"].items())
        and (kw["period"] is None or type(kw["period"]) is PeriodOut)
        and (kw["value"] is None or type(kw["value"]) is ValueOut)
        and (kw["change"] is None or type(kw["change"]) is ChangeOut)
        and (kw["share"] is None or type(kw["share"]) is ShareOut)
        and (kw["source"] is None or type(kw["source"]) is SourceOut)
        and type(kw["evidence"]) is Evidence
        and _ostr(kw["section"]) and _ostr(kw["article"]) and _str(kw["rule"])
        # Metric._located
        and not (kw["value"] is None and kw["change"] is None and kw["share"] is None)
    )
    if ok:
        kw["dimensions"] = dict(kw["dimensions"])  # validation stores a copy
    return _model(Metric, kw, ok)


# bodies named by their kind alone in `据海关统计`, `据统计部门测算`
_GENERIC_BODIES = frozenset(("海关", "统计局", "统计部门", "商务部门", "外汇局", "税务部门"))


def _source(ctx, name, span, outlet) -> SourceOut:
    """The source record; records are frozen, so metrics citing the same source share one."""
    key = (name, span, outlet)
    got = ctx.sources_out.get(key)
    if got is None:
        kw = dict(name=_as_written(ctx, name), span=span, outlet=outlet)
        got = ctx.sources_out[key] = _model(SourceOut, kw, _str(name) and _ospan(span) and _ostr(outlet))
    return got


def _as_written(ctx, name: str) -> str:
    """A name as the document writes it (`经济发展局（统计局）`, not the folded `(统计局)`), when
    folding was all that changed it."""
    if not name or name.isascii() or all(c not in _FOLDED_MARKS for c in name):
        return name
    k = ctx.text.find(name)
    if k < 0:
        return name
    a, b = _orig(ctx, k, k + len(name))
    written = regex.sub(r"[\r\n]", "", ctx.norm.original[a:b])
    return written if len(written) == len(name) else name


_FOLDED_MARKS = frozenset("()[]:,;!?%~")  # characters folding turns full-width ones into


def _unattached(doc, text, span, normalized, kind, reason) -> Unattached:
    kw = dict(doc=doc, text=text, span=span, normalized=normalized, kind=kind, reason=reason)
    return _model(Unattached, kw, _ostr(doc) and _str(text) and _span(span) and _odec(normalized) and _ostr(kind) and _str(reason))


def _period_out(kw: dict) -> PeriodOut:
    ok = (
        _ostr(kw["start"]) and _ostr(kw["end"]) and _ostr(kw["text"]) and _ospan(kw["span"])
        and _ostr(kw["start_month"]) and _ostr(kw["end_month"]) and type(kw.get("cumulative", False)) is bool
        # PeriodOut._ordered
        and not (kw["start"] and kw["end"] and kw["start"] > kw["end"])
    )
    return _model(PeriodOut, kw, ok)


def _change_ok(kw: dict) -> bool:
    if not (_str(kw["text"]) and _span(kw["span"]) and _str(kw["basis"]) and kw["direction"] in _DIRECTION and kw.get("approx") in _APPROX):
        return False
    direction = kw["direction"]
    mags = []
    for k in ("percent", "points", "amount"):
        m = kw.get(k)
        if m is not None:
            if not _dec(m):
                return False
            mags.append(m)
    # ChangeOut._consistent
    if direction != "flat" and len(mags) != 1:
        return False
    if len(mags) > 1:
        return False
    for m in mags:
        if m != 0 and (m > 0) != (direction == "up") and direction != "flat":
            return False
    return True


# --- attributes ------------------------------------------------------------------------------


def _resolve(ctx: _DocContext, actx: _ArticleContext, art: ArticleBlock, s, e, d: _Draft, periods, drafts, items, evidence: Evidence) -> Metric | None:
    text = ctx.text
    para_key = actx.para_start
    v = vocab()
    first = d.first
    if d.from_list:
        first = _list_group(d, drafts)[0].first
    anchor = d.value or d.change or d.share
    if anchor is None:
        return None
    cs = clause_start(text, s, first.start)
    prev_end = max((it.end for it in items if it.end <= first.start), default=cs)
    ps = max(cs, prev_end)
    if d.base is not None:
        ps = first.start  # a base figure measures what the figure compared with measures
    period_spans = [(p.start, p.end) for p in periods]
    for p in periods:
        if p.granularity == "quarter" and (ql := _QUARTER_LIST.search(text, max(s, p.end - 20), p.end)) and ql.end() == p.end:
            period_spans.append((ql.start(), p.end))  # `一、二、三季度`: all of it names periods
    phrase = read_phrase(text[ps : first.start], period_spans, ps)
    clause_phrase = read_phrase(text[cs : first.start], period_spans, cs) if ps != cs else phrase
    paren_member = None
    if (
        cs > s and (_in_brackets(text, s, cs) or (d.share is not None and d.value is None))
        and not phrase.head and phrase.qualifier and actx.last_indicator
        and (inner := lookup(phrase.qualifier)) is not None and inner.kind in _HOME_KINDS
    ):
        # (also `…服务进出口额达2.9万亿元，深圳约占全国的7.5%`: the place's share of that measure)
        # `规模以上工业增加值同比增长7.2%（苏州增长7.9%，南京增长6.4%）`: the same measure, the
        # cities' own
        paren_member = phrase.qualifier
        phrase = clause_phrase = Phrase("")
    elif cs > s and text[cs - 1] == "(" and phrase.head:
        # `日本(出口额118.3亿元,…)`: the words before the parenthesis name the member
        pcs = _enumeration_element_start(text, clause_start(text, s, cs - 1), cs - 1)
        before = read_phrase(text[pcs : cs - 1], period_spans, pcs)
        name = (before.subject or before.markets[0] if before.markets else before.subject) or before.qualifier
        if name:
            name = name.lstrip("如例如包括")
            paren_member = name or None
    elif cs > s and text[cs - 1] == "(" and not phrase.text:
        # `日本（33203万美元，同比下降12.93%）`: the words before the parenthesis name the figure
        pcs = _enumeration_element_start(text, clause_start(text, s, cs - 1), cs - 1)
        before = read_phrase(text[pcs : cs - 1], period_spans, pcs)
        named_after = _measure_after_members(text, first.start, e)
        member = before.markets[-1] if before.markets else (before.subject or before.text).lstrip("和及与、")
        if named_after is not None and not before.head and (before.markets or lookup(member)):
            # `承接美国（857.3亿元，…）、中国香港（…）和欧盟（…）离岸服务外包执行额合计占比…`: the
            # measure follows the last member; each bracket is one market's figure of it
            phrase = clause_phrase = named_after
            paren_member = member
        elif before.head:
            phrase = clause_phrase = before
        elif actx.last_indicator and (before.subject or before.qualifier):
            paren_member = before.subject or before.qualifier
        elif actx.head and lookup(before.text) is not None:
            # `从离岸市场看，美国（9127.4万美元，…）`: a market of the figure the passage is about
            paren_member = before.text
        else:
            phrase = clause_phrase = before
    if not phrase.text and cs > s and text[cs - 1] == ":":
        # `外贸进出口：1123.5亿元，…`: a labelled figure, named by its label
        pcs = clause_start(text, s, cs - 1)
        label = read_phrase(text[pcs : cs - 1], period_spans, pcs)
        if label.head:
            phrase = clause_phrase = label
    members = _list_members(text, s, d, drafts, periods, actx) if d.from_list else None
    if (
        d.from_list and not members and actx.listed_members is not None and s > 0 and text[s - 1] == ";"
        and s - 1 <= actx.listed_members[1] <= s and len(actx.listed_members[0]) == len(_list_group(d, drafts))
        and phrase.head and not phrase.subject
    ):
        # `同城、异地、国际快递业务量分别占…7.0%、90.6%和2.4%；业务收入分别占…5.1%、49.6%和10.8%`:
        # the same members, in order, for the next measure the sentence lists
        members = list(actx.listed_members[0])
    shared_qualifier = ""
    if members and actx.sentence_members is None:
        actx.sentence_members = members
    if members:
        actx.listed_members = (members, e)
        # `ITO、BPO和KPO离岸执行额分别为…`: a qualifier closing the list is everyone's
        for q in v.data.qualifiers:
            if members[-1].endswith(q) and len(members[-1]) > len(q) and not any(m.endswith(q) for m in members[:-1]):
                members = members[:-1] + [members[-1][: -len(q)]]
                shared_qualifier = q
                break
            # `离岸信息技术外包（ITO）、业务流程外包（BPO）…执行额分别为`: and one opening it
            if members[0].startswith(q) and len(members[0]) > len(q) and not any(m.startswith(q) for m in members[1:]):
                members = [members[0][len(q) :], *members[1:]]
                shared_qualifier = q
                break
    shared_dims: dict[str, str] = {}
    if members and len(members) > 1:
        # `钱塘区、萧山区、余杭区跨境电商进出口分别为…`: a trade mode closing the list is everyone's
        for w in v.data.dimension_lexicon.get("trade_mode", ()):
            last = members[-1]
            if last.endswith(w) and len(last) > len(w) and not any(w in m for m in members[:-1]):
                members = members[:-1] + [last[: -len(w)]]
                shared_dims["trade_mode"] = w
                break
    flow_lead = None
    if members and len(members) > 1 and (fm := _FLOW_IN_MEMBER.search(members[0])) and not any(
        _FLOW_IN_MEMBER.search(x) for x in members[1:]
    ):
        # `对俄出口机电产品、劳动密集型产品分别为…`: the flow and its market open the first member
        flow_lead = read_phrase(members[0][: fm.end()])
        members = [members[0][fm.end() :], *members[1:]]
    head, qualifier = phrase.head, phrase.qualifier
    if flow_lead is not None and flow_lead.head and not head:
        head = flow_lead.head
    if head and not qualifier and cs > s and (tq := _topic_qualifier(text, s, cs)):
        # `离岸业务方面，合同签约额…；执行额…`: the topic's qualifier is each figure's
        qualifier = actx.qualifier = tq
        actx.qualifier_at = cs
    dims: dict[str, str] = dict(shared_dims)
    markets = phrase.markets or clause_phrase.markets or (flow_lead.markets if flow_lead is not None else [])
    # the previous clause of the sentence may name the topic: `旅行服务继续快速增长，进出口达…`
    prev_topic, prev_markets = _previous_clause_topic(text, s, cs, period_spans)
    if not markets and not qualifier and prev_markets:
        markets = prev_markets
    for mk in markets:
        dims["market"] = mk
    # `在亚洲、非洲地区完成营业额分别为…`: the regions abroad the work was done in
    abroad = bool(members) and members[0].startswith("在") and not _home_place(members[0][1:])
    if abroad:
        members = [members[0][1:], *members[1:]]
    member = members[_member_index(d, drafts)] if members else None
    member_subject = member_subject_form = member_region = None
    members_are_indicators = False
    if member and d.share is not None and d.share.of and member in d.share.of and member not in phrase.text:
        # `出口船舶分别占全国造船完工量、新接订单量…的92.7%、…`: each share's whole
        dims["share_of"] = member
        member = None
    if member:
        # `长三角和京津冀地区…`; but `东盟地区` is a market abroad
        mp = lookup(member) or (lookup(member + "地区") if dimension_of(member) != "market" else None)
        mh = v.head_at_end.search(member)
        marked = abroad or any(text.find(mk + members[0], s, e) >= 0 for mk in v.data.market_markers)
        anaphor = _MARKETS_ANAPHOR.search(qualifier)
        if anaphor:
            # `东盟、欧盟、美国为…，全市对上述地区分别进出口…`: the places named before, traded with
            marked = True
            qualifier = qualifier[: anaphor.start()] + qualifier[anaphor.end() :]
        if mp is not None and mp.kind in ("province", "city", "district", "region") and not marked:
            member_subject = mp.canonical  # `长三角和京津冀地区…分别占…`: members are whose figures
            member_region = member
        elif mp is None and is_brand(member) and _sold_on_platforms(text, members[-1], s, e):
            dims["market"] = member  # `TikTok Shop、Temu 平台交易额分别增长…`: where sellers sell, not whose figure
        elif mp is None and not marked and (full := next((n for n in ctx.listed if member.removesuffix("的") in (n, _short_name(n))), None)):
            member_subject = full  # `圆通、申通、韵达的市场份额分别为…`: listed companies by their short names
        elif mp is None and not marked and (looks_like_district(member) or _FACILITY_NAME.fullmatch(member) or is_brand(member)):
            # `崇川区、南通经济技术开发区、通州区…分别为`: unlisted districts; `奇瑞、比亚迪…分别出口`: companies
            member_subject = member
        elif marked and mp is not None:
            dims["market"] = member  # `对拉丁美洲、非洲分别进出口…`: the places traded with
        elif mh:
            # `合同额、执行额同比分别增长…`: the members are indicators themselves
            mq = member[: mh.start()]
            if mq:
                actx.qualifier = mq
            head, qualifier = mh.group(), mq or actx.qualifier
            member = None
            members_are_indicators = True
        else:
            dims[dimension_of(member)] = member
        if qualifier and member and qualifier in members:
            qualifier = ""
        elif qualifier and member and (
            all(m_ in qualifier for m_ in members)
            # `满洲里、二连浩特综合保税区…`: members that share the last one's facility word
            or (members[-1] in qualifier and "、" in qualifier[: qualifier.rindex(members[-1])])
        ):
            # the enumeration sits inside the qualifier: keep what follows it (`…地区承接离岸服务外包`),
            # less the words linking it (`…玄武区分别实现软件…` -> 软件)
            qualifier = qualifier[qualifier.rindex(members[-1]) + len(members[-1]) :]
            qualifier = _LEADING_LINKERS.sub("", qualifier)
    if paren_member:
        dims[dimension_of(paren_member)] = paren_member
    if actx.para_label and phrase.head and not phrase.qualifier and not member and not dims and not phrase.subject:
        # `集成电路：出口1082.6亿美元…出口数量1865.3亿个`: the paragraph's label is what it reports on
        dim = dimension_of(actx.para_label)
        fam = _FAMILY_LABEL.fullmatch(actx.para_label) if dim == "breakdown" else None
        if fam:
            # `2.离岸服务外包：合同额…；执行额…`: the label qualifies each figure's measure
            qualifier = fam.group("q")
        else:
            dims[dim if dim != "breakdown" else "product"] = actx.para_label
    share_of = read_phrase(d.share.of) if d.share is not None and d.share.of else None
    group_subject = None
    if d.share is not None and "、" in phrase.text and not head and not (members and d.from_list and _words_after_members(phrase.text, members)):
        # `美国、中国香港、日本三地合计占…`: an enumeration of members, not a subject (but the
        # members of a 分别 list of shares each take their own: `东、中、西部地区…比重分别为…`);
        # the province's own cities together (`南京、苏州、无锡三市合计…`) are a part of it
        named = _PLACE_JOINER.split(_GROUP_COUNT.sub("", phrase.text))
        home = len(named) > 1 and all(_home_place(x) for x in named)
        dims.setdefault("region" if home else "market", phrase.text)
        phrase = clause_phrase = Phrase(text="")
        qualifier = ""
    elif d.share is not None and not head and actx.sentence_members and _GROUP_PRONOUN.fullmatch(phrase.text):
        # `…分别进出口A、B和C，三者合计占全市外贸总值的50.5%`: the members the sentence listed
        group = actx.sentence_members
        if all(_home_place(x) for x in group):
            group_subject = "、".join(group)
        else:
            dims.setdefault("market", "、".join(group))
        phrase = clause_phrase = Phrase(text="")
        qualifier = ""
    moved: dict[str, str] = {}  # a qualifier read as a breakdown of the head (`跨境电商进出口`)
    if head and qualifier and len(qualifier) <= 10 and dimension_of(qualifier) in ("enterprise_type", "trade_mode", "business_line"):
        member_word, rest = _leading_member(qualifier)
        moved = {dimension_of(qualifier): member_word}
        dims.setdefault(dimension_of(qualifier), member_word)
        qualifier = rest  # `民营企业中方协议投资额`: the kind of enterprise, then the measure's own words
    # `新签合同额中，交通运输建设类项目265.8亿美元`: a part of the measure the clause before names
    within = _measure_within(text, s, cs, period_spans) if not head and qualifier and not member else None
    if not head and qualifier and not member and not within:
        lead = _leading_trade_head().match(qualifier)
        goods = actx.product[0] if actx.product is not None and actx.product[1] == para_key else None
        # the trade flow of the figure before: its head (`出口`) or the verb qualifying it (`进口货运量`)
        flow = actx.head if actx.head in TRADE_FLOWS else actx.qualifier if actx.qualifier in TRADE_FLOWS else None
        if actx.head and actx.head_para == para_key and _same_kind_place(qualifier, actx.subject):
            # `其中，北京软件业务收入11237亿元…；广东8906亿元`, `辽宁…增长5.9%，黑龙江下降1.4%`: the
            # next province's own figure of the same measure
            member_subject, member_subject_form = lookup(qualifier).canonical, qualifier
            head, qualifier = actx.head, actx.qualifier
        elif qualifier in _VALUE_WORDS and flow and actx.head_para == para_key and (goods or flow != actx.head):
            # `出口汽车18.6万辆，增长41.2%，价值246.3亿元`: the value of the goods just counted;
            # `进口货运量986.5万吨，…，货值241.2亿元`: the value of the flow just measured
            if goods:
                dims.setdefault("product", goods)
            # (its worth named as written, `进口货值`, `出口金额`; but `价值` is the flow's own figure)
            head, qualifier = (flow if flow == actx.head and qualifier in ("价值", "价值量") else flow + qualifier), ""
        elif lead and qualifier[lead.end() :] in _VALUE_WORDS:
            head, qualifier = qualifier, ""  # `进出口货值318.7亿元`: the flow's worth, no product
        elif goods and actx.head and _PRICE_WORDS.fullmatch(qualifier, lead.end() if lead else 0):
            # `…；出口均价每吨3506.2元`: the unit price of the goods just counted
            dims.setdefault("product", goods)
            head, qualifier = (lead.group() if lead else actx.head) + "均价", ""
        elif lead and len(qualifier) > lead.end() and not _NAMED_MEASURE_END.search(qualifier):
            # `进口铁矿砂9.09亿吨`: a trade verb then the product (not `出口集装箱运价指数`, a
            # measure named in full)
            head = lead.group()
            dims.setdefault("product", qualifier[lead.end() :])
            qualifier = ""
            actx.head = head
            actx.qualifier = ""
            actx.qualifier_at = cs
        elif (
            actx.head
            and actx.head_para == para_key
            and len(qualifier) <= 16
            and anchor.q is not None
            and anchor.q.kind in ("money", "measure")
        ):
            # `；原油4.12亿吨，减少2.1%`: a bare product under the figure before (进口)
            dims.setdefault("product", qualifier)
            head, qualifier = actx.head, actx.qualifier
    # what a figure counts or measures may follow it: `获批5家全国重点实验室`, `3500亿美元的服务业`
    after = _noun_after(text, anchor, e) if anchor.q is not None and anchor is not d.change else ""
    breakdown_of = actx.last_indicator if text[cs : cs + 2] == "其中" and not head and qualifier else None
    if paren_member and not head:
        indicator = actx.last_indicator or actx.qualifier + actx.head
        # `从离岸市场看，美国（…）`: the opener says which figure the markets break down
        opener_q = next((q for q in v.data.qualifiers if text.find(q, s, cs) >= 0), None)
        if opener_q and opener_q not in indicator:
            indicator = opener_q + indicator
    elif breakdown_of:
        # `其中大学及以上学历9.5万人`: a breakdown member of the figure before
        dims.setdefault("breakdown", qualifier)
        indicator = breakdown_of
    elif head in v.data.generic_heads and not qualifier:
        prev = _previous_indicator(actx, text, s, cs)
        indicator = prev if prev and prev.endswith(head) else (prev or "") + head
    elif head:
        if qualifier in _TOTAL_WORDS and (prev := _named_measure(text, s, cs, head) or _previous_head(text, s, cs)) and (
            prev != head and prev.endswith(head)
        ):
            # `…进行了非金融类直接投资，累计投资8792.4亿元`: the total of the measure just named
            qualifier, head = "", prev
        if member and not qualifier:
            qualifier = shared_qualifier or (actx.qualifier if actx.qualifier_at >= s else "")
        elif not qualifier and not dims and (counted := _counted_kind_before(text, s, cs, head)):
            qualifier = counted  # `技术进口合同1187项，…，合同金额45.32亿美元`: those contracts' amount
        elif not qualifier and not dims:
            # an earlier sentence's qualifier does not reach a sentence naming its own subject
            # (`其中，承接离岸服务外包执行额…。全省进出口总额…`)
            # nor a measure named in full (`…其中，除汽车以外的消费品零售额…。社会消费品零售总额…`)
            # (nor, in the same sentence, `…非储备性质的金融账户逆差2210亿元，储备资产增加2156亿元`)
            fresh = (phrase.subject is not None and actx.qualifier_at < s) or len(head) >= _FULL_NAME_HEAD
            qualifier = prev_topic or ("" if fresh else actx.qualifier)
        elif prev_topic and not qualifier:
            qualifier = prev_topic
        elif prev_topic and qualifier in _SCOPE_MODIFIERS:
            qualifier = qualifier + prev_topic  # `…电子信息制造业回升，规模以上增加值增长…`
        if qualifier in TRADE_FLOWS and head.startswith(TRADE_FLOWS):
            qualifier = ""  # `进出口货运量…；进出口贸易值…。其中，出口…`: a flow is no qualifier of another
        elif head in qualifier:
            qualifier = qualifier[: qualifier.index(head)]  # an inherited qualifier holding the head
        elif qualifier and head.startswith(qualifier):
            qualifier = ""  # `进口货值` after `进口货运量`: the head already names the flow
        indicator = qualifier + head
        if members_are_indicators:
            pass
        elif phrase.qualifier and phrase.qualifier not in dims.values() and not member and phrase.qualifier != member_subject_form:
            actx.qualifier = phrase.qualifier
            actx.qualifier_at = cs
        elif prev_topic:
            actx.qualifier = prev_topic
        part_of_total = (
            actx.head and actx.head_para == para_key and head != actx.head and head in _PARTS_OF.get(actx.head, ())
            and actx.head_dims
        )
        if part_of_total and not dims:
            # `跨境电商进出口…。其中，出口…；进口…`: the parts of a total keep its trade mode
            for k, x in actx.head_dims.items():
                dims.setdefault(k, x)
        elif part_of_total and all(dims.get(k) == x for k, x in actx.head_dims.items()):
            pass  # `其中，跨境电商出口…；进口…`: a part restating the mode leaves the total for its sibling
        else:
            actx.head = head
            actx.head_para = para_key
            actx.head_dims = moved
            if head in _PARTS_OF:
                market = dims.get("market") if phrase.markets and not member else None
                actx.total_market = (head, market, para_key)
        total, market, in_para = actx.total_market
        if market and in_para == para_key and head in _PARTS_OF.get(total, ()) and "market" not in dims and not member:
            dims["market"] = market  # `对老挝进出口…。其中，出口…；进口…`: the market the total was traded with
    elif after:
        verb = qualifier if len(qualifier) <= 8 else ""
        indicator = verb + after
    elif qualifier and d.value is None and d.change is not None and actx.head and not _SHARE_WORD.search(qualifier[-2:]) and (
        actx.head_para == para_key and len(qualifier) <= 16 or _INDUSTRY.fullmatch(qualifier)
    ):
        # (`同城快递业务量的比重下降0.8个百分点`: a share names its own measure)
        # `采矿业增加值同比增长3.8%，制造业增长10.2%`: a rate of a parallel member takes the head;
        # an industry's rate does so in the paragraphs after too (`分行业看，…汽车制造业增长11.3%`)
        indicator = qualifier + actx.head
    elif qualifier in _TOTAL_WORDS and (whole := actx.para_label or actx.last_indicator or _title_words(actx.title)):
        indicator = qualifier[:2] + whole  # `▲ 海铁联运` / `· 1—10月累计160.8万标准箱`: the total of what the item names
    elif within:
        indicator = within
        dims.setdefault("breakdown", _TRAILING_VERB.sub("", qualifier))
    elif qualifier:
        indicator = qualifier
    elif share_of is not None and share_of.text and not actx.last_indicator and (
        share_of.head or not (share_of.text in v.pronoun_kind or lookup(share_of.text))
    ):
        # (`占全省的77.1%`: a whole named by its place alone names no measure)
        indicator = share_of.text
    elif members and (after := _measure_after_listed(text, s, cs, first.start, members)):
        indicator = after
    elif prev_clause_indicator := _previous_clause_indicator(text, s, cs, period_spans):
        indicator = prev_clause_indicator  # `…发电开票金额增速，较火力发电高2.3个百分点`
    else:
        # `1.金属矿石：10月完成2046万吨`: the paragraph's label is what it counts
        indicator = (
            actx.para_label or actx.last_indicator or (actx.qualifier + (actx.head or ""))
            # `…居民消费价格同比上涨0.3%。其中，2月份同比上涨0.6%`: the paragraph's measure goes on
            or actx.para_indicator or _title_words(actx.title)
        )
        combined = d.share is not None and d.share.total and d.value is None and d.change is None
        if combined and not dims and actx.sentence_members and len(actx.sentence_members) > 1:
            # `…分别为A、B和C，合计占全市离岸执行额的49.4%`: the members together, not the last one
            dims[dimension_of(actx.sentence_members[0])] = "、".join(actx.sentence_members)
            if (rank := _RANKED_GROUP.search(text, s, e)) is not None:
                dims["rank"] = rank.group("r")  # `…为前三大市场`: the group the sentence ranks
        elif not dims and indicator == actx.last_indicator and actx.last_dims is not None and actx.last_dims[1] == s:
            dims = dict(actx.last_dims[0])  # `…413.6亿元，同比增长9.7%，环比增长4.2%`: the same figure's
        if member_subject and actx.head and indicator.endswith(actx.head):
            # `郑州市跨境电商进出口…；洛阳、许昌分别完成…`: the places' figures are the same measure
            for k, x in actx.head_dims.items():
                dims.setdefault(k, x)
    if (together := _TOGETHER.match(text, _content_start(text, cs))) is not None:
        # `…9710出口412.5亿元…；…9810出口538.9亿元…，两者合计占全市跨境电商出口的78.2%`: the
        # figures just named, together
        if _TOGETHER.fullmatch(indicator) or not indicator:
            # (the measure the figures share, `出口`, not the last one's full name)
            before = next((x for x in (actx.head, actx.last_indicator, actx.sentence_indicator) if x and not _TOGETHER.match(x)), None)
            heads = list(any_head().finditer(before)) if before else []
            indicator = heads[-1].group() if heads else (before or indicator)
        if "合计" not in indicator and together.group("sum"):
            indicator += "合计"
    if (
        member_subject and members and indicator.endswith(tuple(_RATE_WORDS)) and all(m in indicator for m in members)
        and (before := _measure_of_all_places(text, s, cs) or next((x for x in (actx.last_indicator, actx.para_indicator, actx.head)
                             if x and not x.endswith(tuple(_RATE_WORDS))), None))
    ):
        # `…地区生产总值分别为…。恩施州、鄂州、荆门增速居全省前三位，分别增长7.2%…`: the places
        # are whose rates they are, of the measure just reported
        indicator = before
    if (
        not dims and head and not phrase.qualifier and not member and not member_subject and actx.last_dims is not None
        and actx.last_dims[1] == s and cs > s and text[cs - 1] == ","
    ):
        # `其中，民营企业61.2万家，进出口19.24万亿元`: the member the clause before counted goes on
        dims = {k: x for k, x in actx.last_dims[0].items() if k in _CARRIED_MEMBERS}
    if (
        not dims and _AMOUNT_OF_GOODS.fullmatch(indicator) and not member and not member_subject
        and actx.last_dims is not None and "product" in actx.last_dims[0] and (
            (actx.last_dims[1] == s and cs > s and text[cs - 1] == ",")
            or (actx.last_dims[1] < s and text[s - 1] == ";" and "。" not in text[actx.last_dims[1] : s])
        )
    ):
        # `出口汽车183.5亿元，增长36.8%，出口数量9.6万辆`, `…出口汽车183.5亿元；出口数量9.6万辆`:
        # how many of the same goods
        dims["product"] = actx.last_dims[0]["product"]
    if d.value is not None and d.value.extras.get("equivalent") and actx.sentence_indicator:
        indicator = actx.sentence_indicator  # `…8792.4亿元人民币（折合1236.7亿美元）`
        dims = {k: x for k, x in dims.items() if x not in vocab().data.equivalence}
        dims["conversion"] = "折合" + (d.value.q.base_unit or "")
    if (
        anchor.q is not None and anchor.q.kind == "count" and anchor.q.base_unit and len(anchor.q.base_unit) >= 2
        and "/" not in anchor.q.base_unit  # (`36.8自然箱/小时`: a rate of work, not a count of it)
        and anchor.q.base_unit not in indicator and anchor.q.base_unit not in _MEASURE_COUNTERS and not indicator.endswith("量")
    ):
        # `接待出入境旅客3.72万人次` counts person-visits; `集装箱吞吐量181.6万标准箱` is a measure in its unit
        indicator += anchor.q.base_unit
    if not phrase.head and (moved_from := _from_to_measure(text, s, anchor.start, period_spans)):
        # `全社会研发经费投入强度由1.68%提高到2.05%`, `…地区生产总值连跨两个万亿元台阶，由2020年的
        # 2.57万亿元增加到…`: both levels are the measure named before 由
        indicator = moved_from
    if not indicator and member:
        indicator = member
    if share_of is not None and d.share is not None and d.share.total:
        # `合计占全省离岸执行额的54.5%`: the whole's qualifiers apply to the combined share
        for q in v.data.qualifiers:
            if q in share_of.text and q not in indicator:
                indicator = q + indicator
    if "market" not in dims and not members and (ranked := _ranked_partner(text, s, first.start)) is not None:
        dims["market"] = ranked  # `日本仍为我市第一大离岸发包市场，执行额8372.6万美元`: its figure
    item = actx.item is not None and phrase.head is None and not member
    if item:
        indicator = actx.item[0]
        dims = {k: x for k, x in dims.items() if x not in actx.item[1]}
        dims[dimension_of(actx.item[1])] = actx.item[1]
    if indicator.endswith("指数") and not _SECTOR_SCOPE.search(indicator) and (
        scope := _SECTOR_SCOPE.search(actx.title or "") or _SECTOR_SCOPE.search(actx.section or "")
    ):
        # `二、中国非制造业采购经理指数运行情况` / `新订单指数为45.9%`: the section's sector
        indicator = scope.group() + indicator
    goods_before = actx.product[0] if actx.product is not None and actx.product[1] == para_key else None
    if goods_before and "product" not in dims and dims.get("market") and text.startswith("其中", s) and head in TRADE_FLOWS:
        dims["product"] = goods_before  # `全省出口水产品112.6亿元…。其中，对日本、韩国分别出口…`: those goods'
    if indicator in _ATTRIBUTE_HEADS and (counted := _COUNTED_BEFORE.search(text, s, cs)) is not None:
        # `布局海外仓318个，总面积超过420万平方米`: the area of the things just counted
        noun = _COUNT_VERB_LEAD.sub("", counted.group("noun"))
        if len(noun) >= 2:
            indicator = noun + indicator
    contribution = d.change is not None and d.change.contribution
    if (
        contribution and d.value is None and actx.measured is not None and actx.measured[1] == s
        and (lead := _CONTRIBUTION_CLAUSE.fullmatch(text, cs, d.change.start)) is not None
    ):
        # `设备工器具购置投资增长15.8%，(对…的贡献率为62.4%，)拉动全部投资增长1.3个百分点`: the
        # contribution of the measure the sentence reports, to the growth it names
        indicator = actx.measured[0] + lead.group("c") + ("" if lead.group("c").startswith("影响") else "增长")
    elif (
        d.value is not None and d.change is None and actx.measured is not None and actx.measured[1] == s
        and (share := _CONTRIBUTION_SHARE.fullmatch(text, cs, d.value.start)) is not None
    ):
        indicator = actx.measured[0] + share.group("c")  # `…，对全部投资增长的贡献率为62.4%`
    elif not contribution and not (d.value is not None and d.value.q is not None and d.value.q.kind == "percent"):
        actx.measured = (indicator, s)
    if members and len(members) > 1 and all(m_ in indicator for m_ in members):
        # `广东、江苏、浙江数字经济规模位居全国前三，分别为…`: the clause before names the members,
        # then their measure; the indicator is what follows the enumeration
        indicator = _LEADING_LINKERS.sub("", indicator[_enumeration_end(indicator, members) :]) or indicator
    actx.last_indicator = actx.sentence_indicator = indicator
    actx.last_dims = (dims, s)
    # the goods a later `价值…` is the worth of: a product breakdown, or goods named before the
    # trade verb (`汽车（含底盘）出口41.3万辆，…，价值589.6亿元`)
    if dims.get("product"):
        actx.product = (dims["product"], para_key)
    elif anchor.q is not None and anchor.q.kind in ("count", "measure") and head in _PARTS_OF["进出口"] and qualifier:
        actx.product = (qualifier, para_key)
    if item:
        subject = actx.item[2] or actx.default_subject or ctx.region  # the label is a part, not whose figure
    elif group_subject:
        subject = group_subject
    elif member_subject:
        subject = member_subject
    elif not phrase.subject and (zone := _zone_referred_to(actx, text, cs)) is not None:
        subject = actx.subject = zone  # `区内…，约占江苏省综保区…的三成`: the zone, not the share's whole
    elif share_of is not None and share_of.subject and not phrase.subject and share_of.subject_kind not in ("world", "country", "place") and (
        whole_subject := _canonical_subject(ctx, actx, share_of.subject, share_of.subject_kind)
    ):
        if share_of.subject_kind == "sample":
            whole_subject = _fuller_sample(actx, whole_subject)  # `占监测企业出口总额的…` after `重点监测企业…`
        subject = whole_subject  # `占全市外贸总值的49.2%` (a 全市 the document does not resolve reads on)
    elif paren_member and (home := _home_member(text, s, first.start, paren_member)) is not None:
        subject = home  # `苏州（19872.6亿元，增长5.8%）、南京（…）`: the cities' own figures
        dims = {k: x for k, x in dims.items() if x != paren_member}
    elif paren_member and dims.get("market") == paren_member:
        subject = actx.subject or actx.default_subject or ctx.region  # the market is not whose figure it is
    else:
        subject = _subject(ctx, actx, text, s, cs, phrase, clause_phrase, period_spans)
        if subject != actx.title_org and (
            _COMPANY_REF.match(text, cs) or _COMPANY_REF.match(text, s) or _COMPANY_REF.match(text, _content_start(text, cs))
            or _we_quoted(text, actx.para_start, s, cs)
        ):
            # `浙江千嘉日用品有限公司是…。"前10个月，公司实现营业收入…`: the company last named,
            # and whose figures the clauses after it go on with (`…；归母净利润…`)
            if (firm := _company_before(text, actx.first_para_start, cs, ctx.listed)) is not None:
                subject = actx.subject = firm
    if subject in ctx.listed and subject in indicator:
        # `海拓供应链(301338)实现营业收入`, `公司实现营业收入`: the company is whose figure, not the measure
        indicator = _LISTED_LEAD.sub("", indicator[indicator.index(subject) + len(subject) :]) or indicator
    elif subject in ctx.listed and indicator.startswith("公司"):
        indicator = _LISTED_LEAD.sub("", indicator[2:]) or indicator
    elif subject in ctx.listed and (rest := next((subject[k:] for k in range(2, len(subject) - 1) if indicator.startswith(subject[k:]) and lookup(subject[:k]) is not None), None)):
        indicator = _LISTED_LEAD.sub("", indicator[len(rest) :]) or indicator  # `中国中免`'s words without 中国
    subject = ctx.full_names.get(subject, subject)  # a short name stands for the registered one
    if ctx.region in _OWN_ECONOMIES and subject and subject != ctx.region and _same_place(subject, ctx.region):
        subject = ctx.region  # `香港特別行政區…` in Hong Kong's own release: 香港, as it names itself
    else:
        subject = _plain_region(ctx, subject)
    if (
        phrase.subject and phrase.subject_kind == "place" and subject != phrase.subject and "market" not in dims
        and (fp := lookup(phrase.subject)) is not None and fp.kind in ("country", "economy", "world_region") and fp.canonical != "中国"
    ):
        dims["market"] = fp.canonical  # `中国香港实际使用外资…` in a city's brief: the market it names
    if subject in _MACRO_REGIONS and subject not in dims.values():
        # `东部地区完成软件业务收入…`: the region is whose figure it is, and the part of the
        # nation's total it breaks down (writers keep it in either place)
        dims["region"] = subject
    period = _period(ctx, actx, anchor, _member_period(text, d, drafts, periods) or periods, _stock_clause(text, cs, d),
                     rated=d.change is not None or d.share is not None,
                     surveyed=actx.sample is not None and subject is not None and subject.endswith(actx.sample))
    if d.base is not None:
        period = _base_period(ctx, period, *d.base)
    if period is not None and d.change is not None and period.cumulative and d.change.basis == "mom":
        period = _month_of(period)  # `分别比上月加快0.6、0.3个百分点` under `1—5月份`: May's rates
    source = None
    if actx.inline_source:
        name, (a, b) = actx.inline_source
        if name in _GENERIC_BODIES and ctx.publisher and name in ctx.publisher:
            name = ctx.publisher  # `据海关统计` in a bulletin of 海关总署统计分析司: the publisher, named in full
        elif _OWN_SURVEY.match(name) and (own := ctx.self_org or ctx.publisher):
            name = own  # `据协会会员企业问卷调查` in an association's report: the association's own survey
        source = _source(ctx, name, _orig(ctx, a, b), actx.outlet)
    elif ctx.prose_notes and (note := note_for(ctx.prose_notes, indicator)) is not None:
        # (`本报告数据来源于协会会员企业问卷调查`: the association's own survey)
        own = (ctx.self_org or ctx.publisher) if _OWN_SURVEY.match(note.name) else None
        source = _source(ctx, own or note.name, _orig(ctx, note.start, note.end), actx.outlet)
    elif actx.outlet:
        source = _source(ctx, actx.outlet, art.source_span, actx.outlet)
    elif ctx.publisher:
        source = _source(ctx, ctx.publisher, None, None)
    if indicator.endswith("增加值") and "工业" not in indicator and _industry_paragraph(text, actx.para_start, s):
        indicator = indicator[:-3] + "工业增加值"  # `国有控股企业增加值增长3.1%` under `规模以上工业增加值…`
    if indicator:
        actx.para_indicator = indicator
    try:
        return _metric(dict(
            doc=ctx.doc,
            indicator=indicator,
            subject=_as_written(ctx, subject) if subject else subject,
            # (a list member's place is also the breakdown the list gives, as in a table of places)
            dimensions={**dims, "region": member_region} if member_region and subject == member_subject and "region" not in dims else dims,
            period=period,
            value=_value_out(ctx, d.value) if d.value else None,
            change=_change_out(ctx, d.change, period is not None) if d.change else None,
            share=_share_out(ctx, d.share, d.share_change) if d.share else None,
            source=source,
            evidence=evidence,
            section=actx.section or None,
            article=actx.title,
            rule=d.rule,
        ))
    except ValueError:
        return None


def _enumeration_element_start(text: str, a: int, b: int) -> int:
    """`美国(…)、日本(`: the words naming this parenthesis start after the previous element."""
    i = max(text.rfind(")", a, b), text.rfind("、", a, b))
    return i + 1 if i >= 0 else a


def _noun_after(text: str, anchor: Item, e: int) -> str:
    """The noun right after a figure: `5家全国重点实验室` -> 全国重点实验室 (counts), `3500亿美元的
    服务业` -> 服务业, `60%以上新增算力…` -> 新增算力… (cut where the noun phrase ends)."""
    q = anchor.q
    pos = anchor.end
    if q.kind == "percent" and _RANGE_POSITION.search(text, max(0, anchor.start - 3), anchor.start):
        return ""  # `指数位于55.0%以上较高景气区间`: where the index stands, not what it counts
    if q.kind != "count":
        if text.startswith("的", pos):
            pos += 1
        elif q.kind != "percent" or anchor.role == "share" and not text[pos : pos + 1].isalpha():
            return ""
    m = vocab().count_noun_end.search(text, pos, min(e, pos + 16))
    stop = m.start() if m else min(e, pos + 16)
    noun = text[pos:stop].strip("“”\"《》「」")
    v = vocab()
    if noun in v.data.generic_counted and text.startswith("的", stop):
        # `18个方面的突出问题`: the classifier noun is generic; what is counted follows 的
        m2 = v.count_noun_end.search(text, stop + 1, min(e, stop + 17))
        noun = text[stop + 1 : m2.start() if m2 else min(e, stop + 17)]
    elif m is not None and text.startswith(("入选", "获评", "被评为"), stop):
        # `404家企业入选重点企业`: what they were counted as
        m2 = v.count_noun_end.search(text, stop + 2, min(e, stop + 18))
        noun2 = text[stop + 2 : m2.start() if m2 else min(e, stop + 18)]
        if len(noun2) >= 2:
            noun = noun2
    if q.kind == "count" and len(noun) >= 2 and (acts := _TAKING_PART_AFTER.match(text, stop)) is not None:
        noun += acts.group()  # `487家企业参展`: exhibitors, not firms at large
    return noun if len(noun) >= 2 and _WORD_START.match(noun) else ""


_TAKING_PART_AFTER = regex.compile(r"参展|参会|参赛|出席|入驻|落户")
_RANGE_POSITION = regex.compile(r"(?:位于|处于|进入|保持在|维持在)$")


@functools.cache
def _topic_label() -> regex.Pattern:
    """`离岸业务方面`, `在岸方面`: a clause naming the qualifier the figures after it share."""
    return regex.compile(rf"(?P<q>{alternation(vocab().data.qualifiers)})(?:业务|服务外包|外包|市场)?方面")


def _topic_qualifier(text: str, s: int, cs: int) -> str | None:
    """The qualifier a topic clause names (`离岸业务方面，`), or a trade mode, business line or
    enterprise type it names (`跨境电商方面，出口758.3亿元`)."""
    pcs = clause_start(text, s, cs - 1)
    topic = text[pcs : cs - 1].strip()
    m = _topic_label().fullmatch(topic)
    if m:
        return m.group("q")
    m = _TOPIC_NOUN.fullmatch(topic)
    return m.group("q") if m and dimension_of(m.group("q")) in _TOPIC_DIMENSIONS else None


_TOPIC_NOUN = regex.compile(r"(?P<q>[\p{Han}]{2,8}?)(?:业务)?方面")
_TOPIC_DIMENSIONS = frozenset(("trade_mode", "business_line", "enterprise_type"))


def _previous_clause_topic(text: str, s: int, cs: int, period_spans) -> tuple[str, list[str]]:
    """Topic noun phrase and markets of the clause before ``cs`` in the same sentence."""
    if cs <= s + 1:
        return "", []
    pcs = clause_start(text, s, cs - 1)
    ph = read_phrase(text[pcs : cs - 1], period_spans, pcs)
    raw = ph.qualifier + (ph.head or "")
    v = vocab()
    m = v.topic_end.search(raw)
    topic = raw[: m.start()] if m else ""
    if not (2 <= len(topic) <= 12) or _DIGIT.search(topic) or v.head_at_end.search(topic):
        topic = ""
    if topic and (topic in v.basis_of or topic in v.verb_direction):
        topic = ""
    return topic, ph.markets


_TRAILING_VERB = regex.compile(r"(?:完成|实现|达|为)$")


MEASURE_WITHIN_REACH = 120  # characters back to a `<measure>中，` opening the 。-sentence's parts


def _measure_within(text: str, s: int, cs: int, period_spans) -> str | None:
    """The measure a clause `<measure>中，` earlier in the 。-sentence names (`新签合同额中，交通运输
    建设类项目265.8亿美元…；一般建筑类项目186.2亿美元`): what the parts after it are parts of."""
    lo = max(text.rfind("。", 0, cs) + 1, cs - MEASURE_WITHIN_REACH, 0)
    k = text.rfind("中,", lo, cs)
    if k < 0:
        return None
    pcs = clause_start(text, lo, k)
    ph = read_phrase(text[pcs:k], period_spans, pcs)
    if ph.subject and ph.subject in vocab().pronoun_kind and len(ph.text) <= 16:
        return ph.text  # `全国水电累计装机中，常规水电…`: the nation's own, named without it
    return ph.text if ph.head and not ph.subject and len(ph.text) <= 16 else None


def _previous_clause_indicator(text: str, s: int, cs: int, period_spans) -> str | None:
    """The indicator named by the clause before, when that clause is just an indicator phrase."""
    if cs <= s + 1:
        return None
    pcs = clause_start(text, s, cs - 1)
    ph = read_phrase(text[pcs : cs - 1], period_spans, pcs)
    return ph.text if ph.head and len(ph.text) <= 24 else None


# a rank the clause gives the members it lists (`…位居全国前三`, `…居前`, `…位列全省前列`)
_RANK_REMARK = regex.compile(
    r"(?:均)?(?:位居|位列|居|列|排名|排)(?:全[国省市区]|各[省市区]|前)?(?:第[一二三四五六七八九十\d]{1,3}位?|首位|前列|前[一二三四五六七八九十\d]{1,2}(?:位|名)?|前)$"
)


def _measure_after_listed(text: str, s: int, cs: int, first: int, members: list[str]) -> str | None:
    """The measure named after the members a list pairs with and their rank, in the clause of
    its first figure (at ``first``) or the clause before (`北京、上海、天津数字经济占GDP比重位居全国
    前三，分别为…` -> 数字经济占GDP比重; `…数字经济增速位居全国前列，分别同比增长…` -> 数字经济), or
    None when neither clause lists them all."""
    if len(members) < 2:
        return None
    for a, b in ((cs, first), (clause_start(text, s, max(s, cs - 1)), cs - 1)):
        words = text[a:b] if a < b else ""
        if not all(m in words for m in members):
            continue
        tail = _RANK_REMARK.sub("", _DISTRIBUTIVE_TAIL.sub("", words[_enumeration_end(words, members) :]))
        tail = _LEADING_LINKERS.sub("", _PLACES_REMARK.sub("", tail))
        rated = tail.endswith(tuple(_RATE_WORDS))
        for w in _RATE_WORDS:
            tail = tail.removesuffix(w)
        if not tail:
            # `16市规上工业增加值均实现正增长，其中，东营、日照、枣庄增速居前，分别增长…`: the rates
            # are of the measure the clause before the members names for all the places
            return _measure_of_all_places(text, s, a)
        if _DIGIT.search(tail) or "等" in tail or len(tail) > 16 or not _HAN2.fullmatch(tail):
            return None
        # a measure (`…规上工业增加值`), a share of one (`…数字经济占GDP比重`), or what grew (`…数字经济增速`)
        named = vocab().head_at_end.search(tail) or tail.endswith(("比重", "占比", "份额")) or rated
        return tail if named else None
    return None


def _enumeration_end(words: str, members: list[str]) -> int:
    """Where the enumeration of ``members`` ends in ``words``: after the last member, or after the
    place opening it when the members name places and the last swept in the words after it
    (`苏州工业园区、昆山市、张家港市中方协议投资额…` -> after 张家港市)."""
    last = members[-1]
    end = words.rindex(last) + len(last)
    if lookup(last) is None and any(lookup(m) is not None for m in members[:-1]):
        if (pm := place_regex().match(last)) is not None and pm.end() < len(last):
            end -= len(last) - pm.end()
    return end


# what a clause says of the places it lists or counts besides their rank (`增速高于全省平均水平`,
# `增速较快`, `均实现正增长`)
_PLACES_REMARK = regex.compile(r"(?:增速|增幅)?(?:均|都|全部|继续)?(?:(?:高于|快于|低于|超过)[^,]{1,12}|较快|较高|领先|靠前|居前|(?:实现|保持)?(?:正)?增长)$")


# the places a clause counts before the measure they all report (`16市`, `有8个设区市`)
_COUNTED_PLACES = regex.compile(
    r"^(?:[^,]{0,16}?中,)?(?:有)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})个?(?:设区市|地级市|市州|市\(州\)|盟市|地市|区县|县区|县市区|市|州|县|区|省份|省区市|省)"
)


def _measure_of_all_places(text: str, s: int, mcs: int) -> str | None:
    """The measure a clause counting places names (`16市规上工业增加值均实现正增长` -> 规上工业增加值),
    looking back past a `其中` clause from the members' clause at ``mcs``; or None."""
    at = mcs
    for _ in range(2):
        if at == s and s > 0 and text[s - 1] == "。" and vocab().opener_re.match(text[s : s + 12]):
            # `…有8个设区市地区生产总值增速高于全区平均水平。其中，防城港、钦州…增速分别为…`
            s = text.rfind("。", 0, s - 1) + 1
        if at <= s + 1:
            return None
        pcs = clause_start(text, s, at - 1)
        words = text[pcs : at - 1]
        if vocab().opener_re.fullmatch(words + ","):
            at = pcs
            continue
        m = _COUNTED_PLACES.search(words)
        if m is None:
            return None
        rest = _PLACES_REMARK.sub("", words[m.end() :])
        return rest if len(rest) >= 2 and vocab().head_at_end.search(rest) else None
    return None


def _previous_indicator(actx: "_ArticleContext", text: str, s: int, cs: int) -> str | None:
    if actx.last_indicator:
        return actx.last_indicator
    return _previous_head(text, s, cs)


def _orig(ctx, a: int, b: int) -> tuple[int, int]:
    return ctx.norm.to_original(a, b)


def _member_period(text: str, d: _Draft, drafts: list[_Draft], periods) -> list | None:
    """`一季度、二季度、三季度出口分别增长6.9%、9.3%和12.3%`: a list whose members are periods
    pairs each figure with its own period (the one-element list to choose from), else None."""
    if not d.from_list or not periods:
        return None
    group = _list_group(d, drafts)
    before = [p for p in periods if p.end <= group[0].first.start]
    if len(periods) < 2:
        return _quarters_listed(text, d, group, before)
    run: list = []
    for p in before:
        if run and _PERIOD_JOINER.fullmatch(text, run[-1].end, p.start):
            run.append(p)
        else:
            run = [p]
    if len(run) != len(group) or len(run) < 2:
        return _quarters_listed(text, d, group, before)
    return [run[group.index(d)]]


_PERIOD_JOINER = regex.compile(r"[、和及与,]")
# `一、二、三季度分别增长…`: quarters named with 季度 written once
_QUARTER_LIST = regex.compile(r"(?P<q>[一二三四])(?:[、和与及](?P<q>[一二三四]))+季度")
_QUARTER_NO = {"一": 1, "二": 2, "三": 3, "四": 4}
# `一季度至四季度`, `一至四季度`: a range of quarters
_QUARTER_RANGE = regex.compile(r"[一二三四1-4]\s*(?:季度)?\s*(?:至|到|—|-|–|~)\s*(?:第)?[一二三四1-4]\s*季度")


def _add_months(day: dt.date, n: int) -> dt.date:
    """The first of the month ``n`` months after ``day``'s."""
    k = day.year * 12 + day.month - 1 + n
    return dt.date(k // 12, k % 12 + 1, 1)


def _quarters_listed(text: str, d: _Draft, group: list[_Draft], before) -> list | None:
    """The quarter of ``d`` in a list over `一、二、三季度`, from the last one the period grammar read."""
    last = before[-1] if before else None
    if last is None or last.granularity != "quarter" or last.first is None:
        return None
    if (
        last.last is not None and _QUARTER_RANGE.search(text, last.start, last.end) and len(group) >= 2
        and _add_months(last.first, 3 * len(group) - 1) == last.last.replace(day=1)  # as many quarters as figures
    ):
        # `一季度至四季度，…进出口分别为A、B、C和D`: one figure per quarter of the range
        first = _add_months(last.first, 3 * group.index(d))
        end = _month_end(_add_months(first, 2))
        return [last._replace(first=first, last=end, start_month=first.isoformat()[:7], end_month=end.isoformat()[:7])]
    m = _QUARTER_LIST.search(text, max(0, last.end - 20), last.end)
    if m is None or m.end() != last.end or len(m.captures("q")) != len(group):
        return None
    q = _QUARTER_NO[m.captures("q")[group.index(d)]]
    first = dt.date(last.first.year, 3 * q - 2, 1)
    end = _month_end(dt.date(last.first.year, 3 * q, 1))
    return [last._replace(first=first, last=end, start_month=first.isoformat()[:7], end_month=end.isoformat()[:7])]


def _list_group(d: _Draft, drafts: list[_Draft]) -> list[_Draft]:
    """The drafts of the `分别` list ``d`` belongs to, in order."""
    return [x for x in drafts if x.from_list and x.first.run == d.first.run]


def _member_index(d: _Draft, drafts: list[_Draft]) -> int:
    return _list_group(d, drafts).index(d)


def _within_whole(part: str, whole: str | None) -> bool:
    """``part`` is a city or district of a wider ``whole`` (a province or city) other than itself."""
    p, w = lookup(part), lookup(whole) if whole else None
    ranks = {"province": 2, "city": 1, "district": 0}
    return p is not None and w is not None and p.kind in ranks and w.kind in ranks and ranks[p.kind] < ranks[w.kind]


def _quarter_within(p, governing) -> bool:
    """``p`` is a quarter within the governing year-to-date period or year (二季度 under 上半年)."""
    first_quarter = (
        p.first is not None and p.last is not None and (p.first.month, p.last.month) == (1, 3)
        and governing is not None and governing.granularity == "half"
    )
    if p.granularity != "quarter" or (p.cumulative and not first_quarter) or governing is None:
        return False  # (一季度 is a year to date too, yet a quarter under 上半年)
    if not (governing.cumulative or governing.granularity == "year"):
        return False  # (a whole year holds its quarters too: `2025年，…。四季度，…`)
    if None in (p.first, p.last, governing.first, governing.last):
        return False
    return governing.first <= p.first and p.last <= governing.last and (p.first, p.last) != (governing.first, governing.last)


def _same_kind_place(form: str, other: str | None) -> bool:
    """``form`` is a province, city or district, like ``other`` (whose figure came before), or a
    city after a province's total (`全省…8041.5亿元（沈阳3063.2亿元…；大连1848.9亿元…）`)."""
    p, q = lookup(form), lookup(other) if other else None
    if p is None or q is None:
        return False
    # (`珠三角核心区固定资产投资下降5.8%，东翼增长3.5%`: a province's planning regions too)
    return (p.kind == q.kind and p.kind in ("province", "city", "district", "region")) or (q.kind == "province" and p.kind == "city")


def _is_bare_noun(p) -> bool:
    """A clause that is only a short noun phrase: no head, figure, verb or cause."""
    return bool(
        len(p.text) >= 2
        and not p.head
        and len(p.text) <= 24
        and not _NOT_BARE_NOUN.search(p.text)
        and not p.text.endswith(tuple(vocab().data.predicate_endings))
    )


def _list_members(text: str, s: int, d: _Draft, drafts: list[_Draft], periods, actx) -> list[str] | None:
    """The members a `分别` list pairs with, found in the words before the figures: this clause,
    the clause before (`来源地前三位为A、B、C，执行额分别为…`), or the sentence so far."""
    group = _list_group(d, drafts)
    n = len(group)
    first = group[0].first
    spans = [(p.start, p.end) for p in periods]
    cs = clause_start(text, s, first.start)
    own = read_phrase(text[cs : first.start], spans, cs)
    pcs = clause_start(text, s, max(s, cs - 1))
    prev = read_phrase(text[pcs : max(pcs, cs - 1)], spans, pcs)
    bare, at = [], pcs
    phrase = prev
    while _is_bare_noun(phrase) and len(bare) < n:
        # bare noun phrases before the comma: the enumeration spans them (`A业，B、C业开票金额分别…`,
        # `采矿业，制造业，电力、热力…供应业增加值分别…`)
        bare.insert(0, phrase.text)
        parts = split_members(",".join(bare) + "," + own.qualifier, n)
        if parts:
            return parts
        before = clause_start(text, s, max(s, at - 1))
        if before >= at:
            break
        phrase, at = read_phrase(text[before : at - 1], spans, before), before
    for cand in (own.qualifier, own.text):
        parts = split_members(cand, n)
        if parts and cand is own.qualifier and own.head and any(own.head in p for p in parts[:-1]):
            # `购进价格指数和出厂价格指数分别为…`: every member names the measure in full, the last too
            parts = split_members(own.text, n) or parts
        if parts:
            return parts
    if n == 2 and (pair := _paired_measures(own.text)):
        return pair  # `汽车产销分别完成…和…`: 汽车产量 and 汽车销量
    if not own.text and first.role == "change" and actx.sentence_members and len(actx.sentence_members) == n:
        # `…同比分别增长21.7%和23.4%，环比分别增长13.6%和11.2%`: a second list of rates, of the
        # members the sentence's first list named
        return actx.sentence_members
    if first.role == "share" and first.of and (parts := split_members(first.of, n)):
        return parts  # `出口船舶分别占全国造船完工量、新接订单量、手持订单量的92.7%、…`: the wholes differ
    for cand in (prev.qualifier, prev.text):
        lead, body = _enumeration(cand)
        parts = split_members(body, n)
        if parts:
            if lead:
                actx.qualifier = lead
                actx.qualifier_at = cs
            return parts
    whole = read_phrase(text[s : first.start], spans, s)
    parts = split_members(whole.qualifier, n)
    if parts is None and actx.sentence_members and len(actx.sentence_members) == n:
        # `A、B、C零售额分别增长…，增速比上月分别加快…`: the second list pairs with the same members
        return actx.sentence_members
    if parts is None and _NAMED_BEFORE.search(text, s, first.start):
        # `越南、缅甸、老挝位列前三位。…对上述三国分别进出口…`: the places the sentence before listed
        parts = _places_listed_before(text, s, n)
    return parts


_BASIS_WORDS = regex.compile(r"同比|环比|[,;:\s]")


def _pair_member_word(text: str, a: int, it: Item, names) -> str | None:
    """The member of a paired measure (产量 of 产销) the words before the rate ``it`` name
    (`；同比产量增长0.9%`, `，销量下降0.4%`), or None; sets the rate's basis those words state."""
    gap = text[a : it.start]
    word = _BASIS_WORDS.sub("", gap)
    if word not in names:
        return None
    if it.basis is None and ("同比" in gap or "环比" in gap):
        it.basis, it.basis_stated = ("yoy" if "同比" in gap else "mom"), True
    return word


def _pair_member_named(text: str, s: int, it: Item, drafts: list[_Draft]) -> _Draft | None:
    """The member of the two figures a paired measure (产销, 收支) just listed that the words
    before the rate ``it`` name (`…分别完成28.9万辆和29.7万辆，同比产量增长6.3%`), or None."""
    listed = [d for d in drafts if d.from_list and d.value is not None and d.rule == "list"]
    if len(listed) < 2 or it.dist:
        return None
    pair = listed[-2:]
    names = _paired_names_before(text, s, pair[0].first.start)
    if names is None:
        return None
    prev_end = max((d.last_end for d in drafts if d.last_end <= it.start), default=s)
    word = _pair_member_word(text, prev_end, it, names)
    return pair[names.index(word)] if word else None


_PAIR_LEAD_REACH = 24  # characters before a list's first figure where its paired measure is named


def _paired_names_before(text: str, s: int, first: int) -> list[str] | None:
    """The member names of the paired measure (`产销` -> 产量, 销量) named in the clause just
    before a list's first figure at ``first`` (the clause opens at ``s``), or None."""
    lead = text[max(s, first - _PAIR_LEAD_REACH) : first]
    compound = next((c for c in vocab().data.paired_measures if c in lead), None)
    return vocab().data.paired_measures[compound] if compound is not None else None


def _paired_list(text: str, s: int, listed: list[tuple[_Draft, int]]) -> tuple[list[str], list[int]] | None:
    """(member names, metric indices) when a clause ends listing the two figures of a paired
    measure (`汽车产销分别完成245.3万辆和242.8万辆`), for rates the next ;-clause names them by."""
    if len(listed) < 2:
        return None
    (d0, i0), (_, i1) = listed[-2:]
    names = _paired_names_before(text, s, d0.first.start)
    return (names, [i0, i1]) if names is not None else None


def _rates_of_paired_before(ctx, actx: _ArticleContext, text: str, s: int, items: list[Item], out: Assembly) -> list[Item]:
    """`…产销分别完成245.3万辆和242.8万辆，环比分别下降27.5%和28.9%；同比产量增长0.9%，销量下降
    0.4%`: rates naming a member of the paired figures the clause before listed are those
    figures' changes (a month-on-month rate they held becomes a fact of its own); the other
    items are returned for the clause to read."""
    names, idx = actx.paired
    rest = []
    prev_end = s
    for it in items:
        word = _pair_member_word(text, prev_end, it, names) if it.role == "change" and not it.dist else None
        prev_end = it.end
        if word is None:
            rest.append(it)
            continue
        k = idx[names.index(word)]
        m = out.metrics[k]
        change = _change_out(ctx, it, m.period is not None)
        if m.change is not None and m.change.basis == "mom" and change.basis == "yoy":
            out.metrics.append(m.model_copy(update={"value": None, "share": None}))
            m = m.model_copy(update={"change": None})
        if m.change is None:
            out.metrics[k] = m.model_copy(update={"change": change})
        else:
            rest.append(it)
    return rest


def _paired_measures(words: str) -> list[str] | None:
    """Two measures one word names (`汽车产销` -> 汽车产量, 汽车销量), or None."""
    words = _DISTRIBUTIVE_TAIL.sub("", words)
    for compound, pair in vocab().data.paired_measures.items():
        if words.endswith(compound):
            lead = words[: -len(compound)]
            return [lead + x for x in pair]
    return None


_DISTRIBUTIVE_TAIL = regex.compile(r"(?:分别|各)?(?:完成|实现|为|达到?|是)?$")
_PLACE_JOINER = regex.compile(r"\s*(?:、|和|及|与|以及)\s*")
# words pointing back at members a sentence before listed (`上述三国`, `以上国家`)
_NAMED_BEFORE = regex.compile(r"(?:上述|以上|前述)(?:[两二三四五六七八九十]|\d{1,2})?(?:国|个国家|国家|地区|市场|城市|市|省)")


def _places_listed_before(text: str, s: int, n: int) -> list[str] | None:
    """The ``n`` places enumerated (`A、B和C`) in the 。-sentence before ``s``."""
    lo = text.rfind("。", 0, max(0, s - 1)) + 1
    found: list[tuple[int, int, str]] = []
    for m in place_mentions(text, lo, s):
        if found and not _PLACE_JOINER.fullmatch(text, found[-1][1], m.start()):
            found = []
        found.append((m.start(), m.end(), m.group()))
        if len(found) == n:
            return [f for _, _, f in found]
    return None


# the sector a PMI release's section reports its indices for
_SECTOR_SCOPE = regex.compile(r"非制造业|制造业|建筑业|服务业")


# a flow word with goods after it inside a list member (`对俄出口机电产品`)
_FLOW_IN_MEMBER = regex.compile(r"(?:进出口|出口|进口)(?=[\p{Han}]{2})")


# a port, bonded zone or park named in full (`阿拉山口综合保税区`): a list member whose figure it is
_FACILITY_NAME = regex.compile(r"[\p{Han}]{2,12}?(?:综合保税区|综保区|保税区|口岸|港区|港域|港|开发区|高新区|经开区|片区|园区|商圈|步行街|商业街)")
_LEADING_LINKERS = regex.compile(r"^(?:的|分别|合计|共|累计|实现|完成)+")


# words for the worth of goods counted just before (`…18.6万辆，价值246.3亿元`)
_VALUE_WORDS = frozenset(("价值", "货值", "金额", "价值量", "总值"))
_PRICE_WORDS = regex.compile(r"(?:平均价格|均价)(?:为)?(?:每(?:吨|千克|公斤|辆|台|件|桶))?")


# an industry of the national classification (`汽车制造业`, `铁路、船舶、航空航天和其他运输设备制造业`)
_INDUSTRY = regex.compile(r"[\p{Han}、]{1,22}(?:制造业|加工业|制品业|采选业|开采业|供应业|生产业|服务业|采矿业|建筑业|零售业|批发业)")


# words standing for the members a sentence just listed (`三者`, `两市`, `上述三个区`)
_GROUP_PRONOUN = regex.compile(
    r"(?:以上|上述|前述|这)?(?:[两二三四五六七八九十]|\d{1,2})(?:者|地区|地|国|市|区|省|个区|个市|个县|个省|个国家|个地区|大市场|大伙伴)"
)


# the count closing an enumeration of places (`…三市`, `…等4个城市`, `…两地`)
_GROUP_COUNT = regex.compile(r"(?:等)?(?:[两二三四五六七八九十]|\d{1,2})个?(?:市|地|区|县|省|城市|地区|设区市)$")


def _home_place(form: str) -> bool:
    """A city, district or province (whose figures they are), not a market abroad."""
    p = lookup(form)
    if p is not None:
        return p.kind in ("province", "city", "district")
    return looks_like_district(form)


# a market marker before words pointing back at places just listed
_MARKETS_ANAPHOR = regex.compile(r"(?:对|向|与|自|从)(?:上述|以上|前述|这些|这)(?:[三四五六七八九两\d]个?)?(?:国家和地区|国家|地区|市场|经济体|国)")


def _enumeration(t: str) -> tuple[str, str]:
    """`离岸服务外包来源地前三位为中国香港、美国、新加坡` -> (离岸服务外包来源地前三位, 中国香港、美国、新加坡);
    `东盟、欧盟、美国为重庆前三大贸易伙伴` -> ("", 东盟、欧盟、美国): the list before the verb."""
    body = strip_enumeration_lead(t)
    lead = t[: len(t) - len(body)].rstrip("为是有包括依次分别")
    if "、" in lead and "、" not in body:
        return "", lead
    return lead, body


def _previous_head(text: str, s: int, cs: int) -> str | None:
    """The last specific indicator head in the sentence before ``cs`` (`…进出口规模较大，金额…`)."""
    v = vocab()
    best = None
    for m in any_head().finditer(text[s:cs], overlapped=True):
        h = m.group()
        if h in v.data.generic_heads:
            continue
        key = (m.end(), len(h))
        if best is None or key > best[0]:
            best = (key, h)
    return best[1] if best else None


ZONE_NAME_REACH = 300  # characters into the current paragraph a zone's full name may stand before its short form


def _named_zone(text: str, actx: _ArticleContext, form: str) -> str | None:
    """`记者从西安高新区管委会获悉，…高新区软件…`: the zone a bare 高新区 refers to, named in full
    (after the place it belongs to) earlier in the article or its title."""
    if actx.first_para_start < 0 or len(form) < 2:
        return None
    found = None
    segments = ((actx.title or "", 0, len(actx.title or "")), (text, actx.first_para_start, actx.para_start + ZONE_NAME_REACH))
    for seg, a, b in segments:
        for m in place_mentions(seg, a, min(b, len(seg))):
            # (`满洲里海关关区`: the district of the customs house named after the place)
            named = seg.startswith(form, m.end()) or (form == "关区" and seg.startswith("海关关区", m.end()))
            if named and (p := lookup(m.group())) is not None:
                # (`新疆全区`: all of 新疆, the region itself)
                found = p.canonical if form.startswith("全") and p.kind in ("province", "city", "district") else m.group() + form
    if found is None and (defined := _zone_defined(text, form)) is not None:
        # `横琴粤澳深度合作区（以下简称“合作区”）`, `广州开发区（黄埔区，以下简称“开发区”）`: the
        # document's own short name, whichever section uses it
        return defined
    if found is None and form in _ZONE_WORDS:
        # `横琴粤澳深度合作区外贸增势强劲。…合作区货物贸易进出口…`: a zone named in full where a
        # title or paragraph opens, no gazetteer place in its name; the first one named
        for seg, a, b in ((actx.section or "", 0, len(actx.section or "")), *segments):
            m = _zone_opening(form).search(seg, a, min(b, len(seg)))
            if m is not None:
                return m.group("z")
    return found


def _bonded_zone_named(text: str, actx: _ArticleContext, form: str) -> str | None:
    """`临湾保税区的…业务…` before a bare 保税区: the first bonded zone the article names in full,
    its place unknown to the gazetteer."""
    if actx.first_para_start < 0:
        return None
    pattern = _zone_named_before(form)
    for seg, a, b in ((actx.title or "", 0, len(actx.title or "")), (text, actx.first_para_start, actx.para_start + ZONE_NAME_REACH)):
        m = pattern.search(seg, a, min(b, len(seg)))
        if m is not None:
            return m.group()
    return None


_ZONE_WORDS = frozenset(("合作区", "示范区", "试验区", "实验区", "新区"))
_ZONE_NAME_END = regex.compile(rf"(?:综保区|综合保税区|保税区|开发区|高新区|经开区|园区|产业园|片区|新区|试验区|合作区|示范区|{_CITY_ZONES}|关区)$")
_ZONE_REFERENCES = frozenset(("全区", "园区", "本园区", "我区", "片区", "本片区", "该片区", "关区"))
_PARK_WORDS = frozenset(("园区", "本园区", "产业园"))
_PARK_KINDS = "产业园|工业园|科技园|物流园"
_TITLED_PARK = regex.compile(rf"^(?P<z>[\p{{Han}}]{{2,14}}?(?:{_PARK_KINDS}|园区))")


def _titled_park(title: str | None) -> str | None:
    """The park a story's headline opens with (`石狮跨境电商产业园调查：…`)."""
    m = _TITLED_PARK.match(title or "")
    return m.group("z") if m else None
_BONDED_ZONE_WORDS = frozenset(("保税区",))
_PARK_NAME = regex.compile(rf"[\p{{Han}}]{{2,14}}?(?:{_PARK_KINDS})")


def _park_in_headlines(ctx: _DocContext, actx: _ArticleContext) -> str | None:
    """The park a story's headline or subtitle names from its place on (`——山东曹县跨境电商产业园
    见闻` -> 曹县跨境电商产业园): what a later `园区…` is."""
    for line in (actx.title, *ctx.front_lines):
        for m in _PARK_NAME.finditer(line or ""):
            if (name := _zone_from_place(m.group())) is not None:
                return name
    return None


def _park_named_in_article(ctx: _DocContext, actx: _ArticleContext) -> str | None:
    """`…就到了曹县电子商务产业园。…园区入驻企业实现…`: the first park the article names in full
    (from its place on, or the county the story names), what a later `园区…` is."""
    if actx.first_para_start < 0:
        return None
    end = min(len(ctx.text), actx.para_start + ZONE_NAME_REACH)
    for m in _PARK_NAME.finditer(ctx.text, actx.first_para_start, end):
        if "的" not in m.group() and (name := _zone_from_place(m.group(), ctx.county)) is not None:
            return name  # (not a kind of park, `全市认定的跨境电商产业园`)
    return None


@functools.lru_cache(maxsize=64)
def _zone_defined(text: str, form: str) -> str | None:
    """The zone the document names in full before `（以下简称“合作区”）`: found once per document."""
    m = regex.search(rf"(?P<z>[\p{{Han}}]{{2,16}}?{form})\((?:[^()]{{1,12}}?,)?(?:以下)?简称“{form}”", text)
    return (_zone_from_place(m.group("z")) or m.group("z")) if m else None


@functools.cache
def _zone_named_before(form: str) -> regex.Pattern:
    """A zone named in full, two to four characters before ``form`` (`临湾保税区`)."""
    return regex.compile(rf"(?:(?![的在和与及是为了全该本各我对从])\p{{Han}}){{2,4}}?{form}")


@functools.cache
def _zone_opening(form: str) -> regex.Pattern:
    """A zone named in full where a title or paragraph opens, ending in ``form``."""
    return regex.compile(rf"(?:^|(?<=\s))(?P<z>(?![本该全各我其])(?:(?![的季月年])[\p{{Han}}]){{2,12}}?{form})", regex.M)


def _canonical_subject(ctx: _DocContext, actx: _ArticleContext, form: str, kind: str) -> str | None:
    if kind == "facility" and ctx.zone and ctx.zone != form and ctx.zone.endswith(form):
        return ctx.zone  # `中心片区新设企业…` in the brief of `中国（陕西）自由贸易试验区中心片区`: the zone
    if kind == "region" and form in _COUNTY_PRONOUNS and not (ctx.region or "").endswith("县"):
        return ctx.county or ctx.region  # `全县木制玩具出口…` in a story on 云和县
    if kind == "region" and form in _TOWN_PRONOUNS:
        return _named_town(ctx.text) or ctx.region  # `全镇家具出口…` in a story on 大岭山镇
    if kind == "region" and form in _CITY_PRONOUN_FORMS and (city := _title_city(actx.title)) and city != ctx.region:
        return city  # `● 昆山市跨境电商进出口…` in a prefecture's brief: its 全市 is 昆山市
    if kind == "region":
        return ctx.region
    if kind == "province":
        return actx.province or ctx.province
    if kind == "country":
        return "中国"
    if kind == "world":
        return "全球"
    if kind == "zone" and form == "基地":
        return ctx.zone  # a base's own brief; elsewhere (`生产基地`) the word names no one place
    if kind == "zone" and form in _BONDED_ZONE_WORDS:
        # `宁波保税区的…业务…。…保税区申报单量…`: the bonded zone named earlier, else the word as
        # written (a city's several bonded zones are no one place)
        return _named_zone(ctx.text, actx, form) or _bonded_zone_named(ctx.text, actx, form) or form
    if kind == "zone":
        return (
            ctx.zone
            # `昆山综保区实现…；…占全区进出口总值的8.9%`: the zone the article has been speaking of
            or (actx.subject if actx.subject and _ZONE_NAME_END.search(actx.subject) and form in _ZONE_REFERENCES else None)
            or _named_zone(ctx.text, actx, form)
            # `石狮跨境电商产业园调查：…` then `园区企业实现…`: the park the story is about
            or ((_titled_park(actx.title) or _park_in_headlines(ctx, actx) or _park_named_in_article(ctx, actx))
                if form in _PARK_WORDS else None)
            or _autonomous_region(actx.province or ctx.province) or ctx.region
        )
    if kind == "self":
        if form in ("全港", "本港", "本场") and ctx.self_org and (port := _group_port(ctx.self_org, ctx.text)):
            return port  # `全港累计完成货物吞吐量…` in 宁波舟山港集团's brief: the port
        if form == "本港" and ctx.self_org and (city := _branch_city(ctx.self_org)):
            return city + "港"  # `本港完成…` in a shipping agency's 厦门分公司 brief: the port it works in
        return ctx.self_org or ctx.region
    if kind == "association":
        return _association(ctx)
    if kind in ("company", "facility"):
        return form
    p = lookup(form)
    if p is not None:
        if p.kind == "province" and actx.province is None:
            actx.province = p.canonical
        return p.canonical
    return form


_COUNTY_PRONOUNS = frozenset(("全县", "我县", "本县", "县域"))
_CITY_PRONOUN_FORMS = frozenset(("全市", "本市", "我市"))
_BODY_AFTER_PLACE = regex.compile(r"[市]?(?:海关|[\p{Han}]{0,6}?(?:局|委|厅|办|政府|日报|晚报|报|网|电视台|集团|银行|公司|协会|商会|中心))$")


@functools.lru_cache(maxsize=256)
def _title_city(title: str | None) -> str | None:
    """The city an article's title opens with (`昆山市跨境电商进出口保持两位数增长`), or None."""
    if not title:
        return None
    m = next(iter(place_mentions(title)), None)
    if m is None or m.start() != 0 or _BODY_AFTER_PLACE.match(title, m.end()):
        return None  # (`南京海关`, `苏州市商务局`: a body named after the city, not the city)
    p = lookup(m.group())
    return p.canonical if p is not None and p.kind == "city" else None
_NOT_COUNTY_LEAD = "全本我该各每"  # `占全县…`: a pronoun, not a county's name
_SHORT_COUNTY = regex.compile(rf"[^{_NOT_COUNTY_LEAD}\W\d][县旗]")  # `高县`, `珙县` in a table of places: a county with a one-character name
_COUNTY_NAME = regex.compile(rf"(?<![{_NOT_COUNTY_LEAD}])(?<![\p{{Han}}][{_NOT_COUNTY_LEAD}])[\p{{Han}}]{{2,3}}?(?<![{_NOT_COUNTY_LEAD}])县(?![级域城乡区委])")  # (`约占全县`: no county)


_TOWN_PRONOUNS = frozenset(("全镇", "我镇", "本镇"))
# a town's name: not a kind of town (`城镇`, `产业重镇`, `出口第一镇`)
_TOWN_NAME = regex.compile(rf"(?<![{_NOT_COUNTY_LEAD}])[\p{{Han}}]{{2,3}}?(?<![城乡村重小一名强集古市])镇(?![级域区委长])")


@functools.lru_cache(maxsize=16)
def _named_town(text: str) -> str | None:
    """The town a story names most (`大岭山镇`), for its 全镇."""
    return _named_most(text, _TOWN_NAME)


def _branch_city(org: str) -> str | None:
    """The city a company's branch is named after (`…有限公司厦门分公司` -> 厦门)."""
    stem = org.removesuffix("分公司").removesuffix("市")
    if stem == org:
        return None
    for n in (2, 3):
        p = lookup(stem[-n:])
        if p is not None and p.kind == "city":
            return stem[-n:]
    return None


def _named_county(text: str) -> str | None:
    """The county a document names most (`云和县`), for its 全县 when it is no county's own bulletin."""
    return _named_most(text, _COUNTY_NAME)


def _named_most(text: str, pattern: regex.Pattern) -> str | None:
    """The name ``pattern`` finds most often in ``text``.  Its left edge is unknown (`丽水云和县`,
    `就到了曹县`): of each match, the ending the document writes most, the longer of those written
    as often (`云和县`, not `和县`)."""
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        name = max((text[i : m.end()] for i in range(m.start(), m.end() - 1) if text[i] not in _NOT_COUNTY_LEAD),
                   key=lambda c: (text.count(c), len(c)))
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


_NAME_DASH = frozenset("-—–－(（")  # `中国—东盟博览会`, `中国（郑州）跨境电子商务综合试验区`: a name, not a subject


def _autonomous_region(province: str | None) -> str | None:
    """An autonomous region calls itself 全区/我区 (`广西壮族自治区`)."""
    return province if province and province.endswith("自治区") else None


def _association(ctx: _DocContext) -> str | None:
    """The issuing body when it is an association (协会, 商会 …), which 协会 and its activities name."""
    return ctx.self_org if ctx.self_org and ctx.self_org.endswith("会") else None


def _leading_subject(text: str, s: int, cs: int, period_spans) -> tuple[str, str] | None:
    """The subject leading the sentence: in its first clause with content beyond a period or an
    opener (`从国际市场来看，1—2月，中国内地承接…` -> 中国内地)."""
    pos = s
    while pos < cs:
        end = pos
        while end < cs and text[end] not in ",;:":
            end += 1
        if _LEARNED_FROM.search(text, pos, end) or _SPEAKING.search(text, pos, end) or _CITATION_CLAUSE.fullmatch(text, pos, end):
            # (`据中国汽车工业协会统计分析，`, `根据…整理的企业数据，`: who counted, not whose figure)
            # `记者从中国铁路…公司获悉，`, `海南省商务厅相关负责人…表示，`: who tells, not whose figure
            pos = end + 1
            continue
        am = _AT_PLACE.fullmatch(text, pos, end)
        p = lookup(am.group("p")) if am else None
        if p is not None and p.kind in ("province", "city", "district"):
            return am.group("p"), "place"  # `在西安，中欧班列长安号开行…`: the scene is whose figure
        if _PARTNER_RANK.search(text, pos, end):
            return None  # `欧盟仍为吉林省第一大贸易伙伴`, `墨西哥以…成为第一大出口目的地`: a market's rank
        if (fair := _EVENT.match(text, _content_start(text, pos))) and _EVENT_HELD.search(text, fair.end(), end):
            return fair.group(), "facility"  # `第四届中非经贸博览会在长沙举办，…期间共达成…`: the fair's
        ph = read_phrase(text[pos:end], period_spans, pos)
        cited_firm = ph.subject_kind in ("company", "facility") or _FIRM_WORD.search(text, pos, end)
        if cited_firm and _CITED.search(text, pos, end) and "公司" not in text[end : cs + 8]:
            # `中国国家铁路集团有限公司最新数据显示，`: a company cited for the figures (but one whose
            # report goes on `上半年公司实现…` reports its own; a city's bureau citing its own
            # figures, `西安市商务局数据显示，`, still names the city)
            pos = end + 1
            continue
        if ph.subject:
            return ph.subject, ph.subject_kind
        if ph.text and not _DATE_CLAUSE.fullmatch(ph.text):  # `9月12日，协会…`: a dated event
            return None
        pos = end + 1
    return None


# a partner's rank among a place's markets, sources or destinations
_PARTNER_RANK = regex.compile(
    r"(?:第[一二三四五六七八九十\d]{1,2}|最)大(?:的)?[\p{Han}]{0,6}?(?:贸易伙伴|贸易伙伴国|市场|目的地|来源地|来源国|伙伴|发包方|客户)"
)
def _ranked_partner(text: str, s: int, at: int) -> str | None:
    """The market the sentence's first clause ranks (`欧盟仍为吉林省第一大贸易伙伴，…`), when the
    figure at ``at`` follows that clause."""
    pos = s
    while pos < at:
        end = pos
        while end < at and text[end] not in ",;:":
            end += 1
        if end >= at:
            return None
        if _PARTNER_RANK.search(text, pos, end):
            m = place_regex().match(text, pos)
            p = lookup(m.group()) if m else None
            return p.canonical if p is not None and p.kind in _MARKET_KINDS else None
        pos = end + 1
    return None


_LEARNED_FROM = regex.compile(r"(?:获悉|了解到|得知)$")
# an authority's official speaking (not a company's manager: whose own figures those are)
_SPEAKING = regex.compile(
    r"(?:厅|局|委|部|署|(?<!公)司|海关|政府|办|组委会|管委会|中心|协会|商会|联合会)(?:有关|相关)?(?:[\p{Han}]{0,8}?\))?(?:负责人|负责同志|发言人|新闻发言人|副?局长|厅长|部长|主任|司长|处长|副?会长|秘书长)"
    r"[\p{Han}]{0,20}?(?:表示|介绍|指出|透露|称)$"
)
_AT_PLACE = regex.compile(r"在(?P<p>[\p{Han}]{2,8})")
_CITED = regex.compile(r"(?:显示|表明|统计|测算|公布)$")
_CITATION_CLAUSE = regex.compile(r"\s*(?:据|根据|依据)[^,;。]{2,30}?(?:统计分析|统计|测算|监测|整理的[\p{Han}]{0,4}数据|数据|显示|发布)")
# a firm or its branch named after a place (`中国信保青岛分公司数据显示`): the place is its name's
_FIRM_WORD = regex.compile(r"公司|集团|银行|信保")
_OWN_ACTIVITY = regex.compile(r"(?:共|累计|先后)?(?:组织|举办|开展|召开|走访|发展|吸纳|培训|承办|主办|协办|组团|带领)")
_PERIOD_LEAD = regex.compile(r"(?:全年|今年以来|上半年|下半年|前三季度|\d{4}年|[\d\-—]{1,5}月)[,]?")


_DATE_LABEL = regex.compile(r"(?:发布|更新|日期|时间)\s*[:：]\s*$")
_SPEECH_DATE = regex.compile(r"在[^,;。\n]{2,40}?(?:会议|大会|论坛|典礼|仪式)")
_THIS_VENUE = regex.compile(r"该(?:馆|场馆|展馆|中心)")
_VENUE = regex.compile(r"[\p{Han}]{2,10}?(?:国际会展中心|会展中心|国际博览中心|博览中心|展览中心|展览馆)")


def _venue_before(text: str, s: int) -> str | None:
    """The exhibition venue named last before ``s`` in the text just before (its paragraph)."""
    a = max(0, text.rfind("\n", 0, max(0, s - 1)) + 1, s - 200)
    found = None
    for m in _VENUE.finditer(text, a, s):
        name = m.group()
        pm = next(iter(place_mentions(name)), None)  # `…50万平方米的深圳国际会展中心`: from its place on
        found = name[pm.start() :] if pm is not None else name
    return found


_SUBSECTION = regex.compile(r"\s*\([一二三四五六七八九十]{1,3}\)")


def _subsection(text: str, span: tuple[int, int] | None) -> bool:
    """Whether a section's heading is numbered one level down (`(一)订单情况` under `二、…`)."""
    return span is not None and _SUBSECTION.match(text, span[0], span[1]) is not None


_ZONE_NAME = regex.compile(
    r"[\p{Han}]{2,8}?(?P<kind>综合保税区|综保区|保税港区|保税区|自贸试验区[\p{Han}]{2,4}片区|经济技术开发区|高新技术产业开发区|开发区|高新区|经开区|新区|产业园区|产业园)"
)


def _zone_referred_to(actx, text: str, cs: int) -> str | None:
    """The zone or park a clause opening `区内…` refers back to: the one named last before it in
    the article (from its place name on: `昆山综保区`), else in its headline; None otherwise."""
    if not text.startswith(("区内", "园区内"), _content_start(text, cs)):
        return None
    found = None
    for m in _ZONE_NAME.finditer(text, actx.first_para_start, cs):
        if (name := _zone_from_place(m.group())) and "占" not in text[max(0, m.start() - 2) : m.start() + len(m.group()) - len(name)]:
            found = name  # (not the whole of a share: `约占江苏省综保区…的三成`)
    if found is None and actx.title:
        found = next((name for m in _ZONE_NAME.finditer(actx.title) if (name := _zone_from_place(m.group()))), None)
    return found


def _zone_from_place(name: str, county: str | None = None) -> str | None:
    """A zone's name from the last place it names on (`江苏昆山综合保税区` -> 昆山综合保税区), or
    from the ``county`` the document names (`到了曹县电子商务产业园` -> 曹县电子商务产业园); None
    when it names no place (`新业态在综保区`, a bare `高新区`)."""
    kind = _ZONE_NAME.fullmatch(name)
    cut = len(name) - len(kind.group("kind")) if kind is not None else len(name)
    places = [(pm, p) for pm in place_mentions(name) if pm.end() <= cut and (p := lookup(pm.group())) is not None]
    if not places:
        at = name.find(county, 0, cut) if county else -1
        return name[at:] if at >= 0 else None
    last, place = places[-1]
    if place.kind == "province" and (county := _COUNTY_AFTER.match(name, last.end(), cut)) is not None:
        return name[county.start(1) :]  # `山东曹县跨境电商产业园`: the county the gazetteer lacks, on
    return name[last.start() :]


_COUNTY_AFTER = regex.compile(r"省?([\p{Han}]{1,3}[县市区])")


def _fuller_sample(actx: _ArticleContext, name: str) -> str:
    """The monitored firms as the article first named them in full (`重点监测企业` for a later
    `监测企业`), else ``name``."""
    return actx.sample if actx.sample and actx.sample != name and actx.sample.endswith(name) else name


def _content_start(text: str, s: int) -> int:
    """Where a sentence's words start after a leading period (`全年组织…` -> `组织…`)."""
    m = _PERIOD_LEAD.match(text, s)
    return m.end() if m else s


_COUNT_WORD = regex.compile(r"(?P<n>[两二三四五六七八九十])个?(?P<k>[区市县])(?:合计|共计|共)?")
_PLACE_ENUMERATION = regex.compile(r"(?:[\p{Han}]{1,5}?[区市县](?:、|和|及))+[\p{Han}]{1,5}?[区市县](?![\p{Han}]{0,1}[区市县])")


def _counted_group(text: str, s: int, cs: int) -> str | None:
    """The places a sentence enumerated (`余杭区、滨江区、钱塘区`) when the clause opens with the
    count word naming them together (`三区合计占全市的57.1%`), as written; else None."""
    m = _COUNT_WORD.match(text, cs)
    if m is None or cs <= s:
        return None
    n = int(parse_number(m.group("n")))
    found = None
    for em in _PLACE_ENUMERATION.finditer(text, s, cs):
        found = em
    if found is None:
        return None
    members = regex.split(r"、|和|及", found.group())
    if len(members) != n or not all(x.endswith(m.group("k")) for x in members):
        return None
    return found.group()


_MARKET_OPENER = regex.compile(r"(?:其中,)?[从分按](?:主要)?(?P<w>客源地|客源|来源地|来源|市场|国别|国家和地区|国家|地区|区域|离岸市场|出口市场|进口来源)[^,]{0,4}?看?,")
_DATE_CLAUSE = regex.compile(r"(?:[\d年月日号至到—~-]|[上中下]旬|月[初底末中])+")


def _subject(ctx, actx, text, s, cs, phrase: Phrase, clause_phrase: Phrase, period_spans=()) -> str | None:
    """Whose figure: a subject leading the metric's clause or the sentence, else the one the
    article last led with, else the article's dominant subject, else the bulletin's region."""
    if (group := _counted_group(text, s, cs)) is not None:
        return group  # `余杭区、滨江区、钱塘区…位居全市前三，三区合计占全市的57.1%`: the three together
    if _THIS_VENUE.match(text, _content_start(text, s)) and (venue := _venue_before(text, s)) is not None:
        actx.subject = venue  # `…的深圳国际会展中心是…主阵地。2025年，该馆共举办展会98场`: that venue
        return venue
    if actx.title_org and (
        actx.title_org in phrase.text or actx.title_org in clause_phrase.text
        or _names_by_kind(actx.title_org, text, cs)
    ):
        # a member profile (`云帆科技：SaaS工具助力…`) naming its company without a legal suffix
        actx.subject = actx.title_org
        return actx.title_org
    found = None
    for ph in (phrase, clause_phrase):
        if ph.subject:
            found = (ph.subject, ph.subject_kind)
            break
    if found is not None and found[0] == "中欧班列" and cs > s and (scene := _AT_PLACE.match(text, s)):
        # `在成都，中欧班列开行1650列`: the service's trains from the city the scene names
        p = lookup(scene.group("p"))
        if p is not None and p.kind in ("province", "city", "district"):
            found = (scene.group("p"), "place")
    if ctx.listed and (found is None or found[1] == "place") and (listed := _listed_in(ctx.listed, text, s, cs, phrase)):
        # `海拓供应链（301338）上半年实现营业收入…`: the listed company the sentence opens with
        actx.subject = listed
        return listed
    if (
        found is not None and found[1] == "place"
        and (text.startswith("其中", cs) or (phrase.head or "") in _INWARD_INVESTMENT)
        and (fp := lookup(found[0])) is not None and fp.kind in ("country", "economy", "world_region") and fp.canonical != "中国"
        and (home := actx.subject or actx.default_subject or ctx.region) is not None and home != fp.canonical
    ):
        # `承接RCEP其他成员国离岸执行额12.41亿美元，其中日本3.95亿美元`: a market of the figure
        # before, not whose figure it is; `中国香港实际使用外资16.52亿美元` in a city's brief: where
        # the city's foreign investment came from
        return home
    if found is not None and ctx.event and (
        found[1] == "world"
        or found[1] == "place" and (fp := lookup(found[0])) is not None and fp.kind in _MARKET_KINDS
    ):
        # a fair's visitors from abroad (`其中美国采购商1.9万人`), its exhibitors among the world's
        # (`世界500强…占比达21.3%`): the fair's count
        found = None
    if (
        (found is None or phrase.text.startswith(("平台", "公司"))) and actx.inline_source is not None
        and s <= actx.inline_source[1][0] < cs and is_brand(actx.inline_source[0])
    ):
        # `速卖通方面…数据显示，…平台整体成交额…`: the platform citing its own figures
        actx.subject = actx.inline_source[0]
        return actx.subject
    if found is None and actx.para_company:
        return actx.para_company  # `● 药明康德（成都）：离岸执行额…`: the item's company
    if actx.para_place and (found is None or found[0] in _DISTRICT_PRONOUNS):
        # `崂山区：全区可数字化交付服务出口…`: the district the paragraph is labelled with
        actx.subject = actx.para_place
        return actx.para_place
    if (
        found is None and phrase.qualifier and not phrase.head and actx.subject
        and (own := lookup(phrase.qualifier)) is not None and own.kind in _HOME_KINDS
        and (carried := lookup(actx.subject)) is not None and carried.kind == own.kind
    ):
        # `东部地区增加值同比增长6.4%，中部地区增长5.9%`: a parallel member naming a place of the
        # same kind as the one before is whose rate it is
        found = (phrase.qualifier, "place")
    if found is None and cs > s:
        found = _leading_subject(text, s, cs, period_spans)
    if found is not None and found[1] == "sample":
        # (`386家监测企业`: the group is named without the count)
        found = (_fuller_sample(actx, found[0].lstrip("0123456789").removeprefix("家")), "sample")
        actx.sample = found[0]
    if found is not None and found[1] == "place" and (om := _MARKET_OPENER.match(text, s)):
        # `从来源地看，中国香港是…最大外资来源地`: the places are markets; but after `分地区看`
        # a province's own cities are whose figures they are
        p = lookup(found[0])
        if not (om.group("w") in ("地区", "区域") and p is not None and p.kind in ("city", "district", "province", "region")):
            found = None
    if (
        found is None and _association(ctx) and _OWN_ACTIVITY.match(text, _content_start(text, s))
        and not (actx.subject and actx.subject != ctx.self_org and s > actx.para_start)
    ):
        # an association's own bulletin: `全年组织举办人才培训班9期` is the association's doing (not
        # `广州市共举办展览98场…。1-9月累计举办展览276场`: the place the paragraph reports on goes on)
        actx.subject = ctx.self_org
        return ctx.self_org
    if found is not None:
        subj = _canonical_subject(ctx, actx, *found)
        if subj and found[1] == "authority":
            return subj  # a customs house's own work is its sentence's; the trade after it is the place's
        if subj:
            actx.subject = subj
            actx.subject_part = _OF_WHICH.match(text, s) is not None
            return subj
    carried = actx.subject
    if carried and names_another_service(phrase.text or clause_phrase.text, carried):
        carried = actx.subject = None
    elif (
        carried and s > 0 and text[s - 1] == "。" and is_rail_service(carried)
        and not _CARRIAGE_WORDS.search(text, s, _sentence_end(text, s))
    ):
        # `中欧班列（成渝）累计开行超过3万列。经营主体由736万户增加到952万户`: the train service's
        # own figures are what it carries, not the next sentence's
        carried = actx.subject = None
    elif carried in _WORLD_NAMES and _BREAKDOWN_OF_WHOLE.match(text, s):
        # `…全球股票价格指数上涨6.9%…。从结构看，对外直接投资资产…`: back to the release's own
        carried = actx.subject = None
    elif (
        carried and s > actx.para_start and text[s - 1] == "。" and _BREAKDOWN_OF_WHOLE.match(text, s)
        and _within_whole(carried, actx.default_subject)
    ):
        # `全省…，其中，贵阳市增长9.6%，遵义市增长6.8%。分行业看，…`: a new breakdown of the whole,
        # not of the city named as its part
        carried = actx.subject = None
    elif (
        carried and actx.subject_part and s > actx.para_start and text[s - 1] == "。" and _OF_WHICH.match(text, s) is None
        and _within_whole(carried, actx.default_subject)
    ):
        # `其中，义乌市市场采购出口…。同期，加工贸易进出口…`: the part was that sentence's; the
        # next one goes back to the whole
        carried = actx.subject = None
    # (a monitored-firms brief's later paragraphs that name no subject go on with those firms)
    return carried or actx.sample or actx.default_subject or ctx.region




_TITLE_NAME = regex.compile(r"(?P<name>[\p{Han}A-Za-z]{2,10})[:：]")


def _title_org(title: str | None, text: str, a0: int, a1: int, listed: tuple[str, ...] = ()) -> str | None:
    """`绿洲家居：深耕欧洲市场…`: the organisation an article profiles, named before the colon of
    its title and again in its body (a heading label like `政策解读：` is not repeated there)."""
    m = _TITLE_NAME.match(title or "")
    if not m:
        # a listed company's news: the headline opens with the name the body gives with its stock
        # code (`卓锂科技匈牙利工厂投产…` / `卓锂科技（301689.SZ）…公司前三季度…`), then calls it 公司
        # (or the one listed company a story's lead names: the headline may sit under crumbs)
        lead = next((n for n in listed if (title or "").startswith(n)), None)
        if lead is None and len(listed) == 1 and text.find(listed[0], a0, text.find("\n", a0, a1) % (a1 + 1)) >= 0:
            lead = listed[0]
        if lead is not None and _COMPANY_PRONOUN.search(text, a0, a1):
            return lead
        # a company's news: the body opens with its full name and then calls it 公司
        # (`华拓数字科技股份有限公司（简称“华拓数科”）发布…前三季度，公司实现营业收入…`)
        c = _OPENING_COMPANY.match(text, a0, a1)
        if c and _COMPANY_PRONOUN.search(text, c.end(), a1):
            return c.group("name")
        # a listed company's short name heading the headline (`华擎股份2024年业绩双增`), named
        # again in the body, which then calls it 公司
        h = _HEADLINE_COMPANY.match(title or "")
        if h and text.find(h.group("name"), a0, a1) >= 0 and _COMPANY_PRONOUN.search(text, a0, a1):
            return h.group("name")
        return None
    name = m.group("name")
    if lookup(name) is not None or _AUTHORITY_END.search(name) or text.find(name, a0, a1) < 0:
        return None  # `商务部：上半年…` attributes the news to its source
    if _TOPIC_END.search(name):
        return None  # `数字服务贸易：规模占比过半`: a heading naming its topic, not an organisation
    if _BYLINE_ROLE.search(name):
        return None  # `每经记者：林语潇　每经编辑：何小桃`: a byline standing where the headline was
    return name


# the roles a byline names before its colon
_BYLINE_ROLE = regex.compile(r"(?:记者|编辑|责编|作者|通讯员|撰稿|摄影|实习生|校对|审核|审校)$")


# what a heading's topic ends with, unlike an organisation's name (`数字服务贸易`, `跨境电商`)
_TOPIC_END = regex.compile(r"(?:贸易|服务|外包|投资|外资|外贸|产业|经济|市场|消费|出口|进口|电商|物流|制造|制造业|运行|态势|结构|动态)$")


# `公司…`, `该公司…`, `这家主营户外储能的公司，…`: the company the story last named
_COMPANY_REF = regex.compile(r"[\"“]?(?:该|本|我们|我们的|这家(?:[^,;。]{0,30}?的)?)?(?:公司(?!法|债)|集团(?!公司|化|军))")
COMPANY_LOOKBACK = 800  # characters back to the company a story last named


def _we_quoted(text: str, para_start: int, s: int, cs: int) -> bool:
    """A quote opening with `我们` before its figures, in a paragraph that named its speaker's
    company (`…有限公司总经理陈志远表示：“我们2025年欧洲站销售额增长了近40%…`): the company's."""
    quote = text.rfind("“", para_start, cs + 1)
    if quote < 0 or "”" in text[quote:cs] or _WE_OPENING.match(text, quote + 1) is None:
        return False
    # a quote opening its sentence, its speaker named after it (`“今年我们在亚马逊…”许佳明说`),
    # or one a company's manager is introduced to (not `中汽协副秘书长表示：“我们预计…`)
    opens = max(text.rfind("。", para_start, quote), para_start - 1) + 1
    if not text[opens:quote].strip():
        # (`林泓表示，…。“我们预计…`: a speaker the paragraph named before is not the company)
        return _SPEECH.search(text, para_start, quote) is None
    return _SPEAKER_COMPANY.search(text, max(para_start, quote - _SPEAKER_REACH), quote) is not None


_SPEAKER_REACH = 40  # characters: the company, its manager's title and name, then 表示：
_SAYS = "表示|说|介绍|坦言|透露"
_SPEECH = regex.compile(rf"{_SAYS}|指出|认为")
_SPEAKER_COMPANY = regex.compile(rf"(?:公司|集团)[\p{{Han}}、]{{0,16}}(?:{_SAYS}|称)[:：,]?\s*$")


# the words a quote opens with before `我们` speaks: a date, nothing else
_WE_OPENING = regex.compile(r"\s*(?:(?:\d{4}\s*年|今年|去年|上半年|前三季度|\d{1,2}\s*月)\s*,?\s*)?我们")


def _company_before(text: str, a0: int, s: int, listed: tuple[str, ...] = ()) -> str | None:
    """The company named last before ``s`` in the article (its full registered name, or a name
    given with its stock code)."""
    lo = max(a0, s - COMPANY_LOOKBACK)
    found, at = None, -1
    for m in _OPENING_COMPANY.finditer(text, lo, s):
        found, at = m.group("name"), m.start()
    if found is not None:
        found = found[max(found.rfind(c) for c in "的在是于走进") + 1 :]  # `…附近的义乌市博远进出口有限公司`
        found = company_name(found) if len(found) >= 6 else None
    for name in listed:
        k = text.rfind(name, lo, s)
        if k > at:
            found, at = name, k
    if text.startswith("集团", s) or text.startswith(("该集团", "本集团"), s):
        # `奇瑞控股集团公布的数据显示，…集团累计销售…`: the group named last
        for m in brands_in(text, max(lo, at + 1), s):
            found, at = m.group(), m.start()
    return found


# a company named with its stock code: `海拓供应链（301338）`, `华屹微电子（688526.SH）`,
# `驰远国际（SH605386，股价18.95元，市值98.5亿元）`
# (`中通快递（ZTO.N；02057.HK）`: a US ticker too)
_CODE = r"(?:\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.HK|(?:SH|SZ|BJ)\d{6}|[A-Z]{1,5}\.(?:N|O|US))"
# (`（下称“中联远洋”，601839.SH/03839.HK）`: a short name and codes on two exchanges too;
# `（以下简称“嘉程供应链”，股票代码：301597）`: the code labelled)
_STOCK_CODE = regex.compile(rf"\((?:(?:以下简称|下称|简称)[“\"][^”\"]{{1,12}}[”\"],)?(?:股票代码|证券代码)?:?{_CODE}(?:[/;]{_CODE})?(?:,[^()]{{0,30}})?\)")
_NAME_BEFORE_CODE = regex.compile(r"(?:[\p{Han}A-Za-z]{2,12})$")
_BARE_SUFFIX = regex.compile(r"股份|控股|集团|科技|实业|发展|生物|农牧|电子|电器|物流|智能|能源|新能源|汽车|医药|食品|化工|材料")
_NAME_LEAD = regex.compile(r"^.*?(?:日讯|日电|企业|公司|龙头|厂商|巨头|卖家|商家|服务商|制造商|供应商|运营商|生产商|出口商|进口商|贸易商|经销商|零售商|品牌商|随着|以|如|像|的|和|与|及|、|是|为|称)")


_LISTED_LEAD = regex.compile(r"^(?:\([^()]*\))?(?:上半年|前三季度|一季度|全年|今年以来|同期)?(?:共|累计|合计)?(?:实现|完成)?")


def _listed_in(listed: tuple[str, ...], text: str, s: int, cs: int, phrase: Phrase) -> str | None:
    """A listed company named in the metric's words or leading its sentence, in full or by the
    short name it goes by (`圆通累计完成业务量…` for 圆通速递（600233.SH）)."""
    lead = text[s : max(cs, s)]
    opening = _content_start(text, s)
    # (`中国中免（601888）第三季度实现…`: a name opening with a place's, which the words lost)
    full = next((n for n in listed if n in phrase.text or n in lead or text.startswith(n, opening) or text.startswith(n, cs)), None)
    if full is not None:
        return full
    return next((n for n in listed if (short := _short_name(n)) and (
        phrase.text.startswith(short) or text.startswith(short, opening))), None)


_NAME_SUFFIX = regex.compile(r"(?<=^[\p{Han}]{2})(?:速递|快递|股份|控股|集团|科技|电器|物流|航空|汽车|家居|智家|实业|新能源)$")


@functools.cache
def _short_name(name: str) -> str | None:
    """The two characters a listed company goes by (`圆通速递` -> 圆通, `韵达股份` -> 韵达)."""
    return name[:2] if _NAME_SUFFIX.search(name) else None


def _listed_companies(text: str) -> tuple[str, ...]:
    """Names a story gives with a stock code (`家居类跨境电商企业星禾科技（300862）` -> 星禾科技)."""
    out: list[str] = []
    for m in _STOCK_CODE.finditer(text):
        alias = _CODE_ALIAS.search(m.group())
        if alias is not None and alias.group("a") not in out:
            out.append(alias.group("a"))  # `（下称“中联远洋”，601839.SH）`: the name the story goes on with
        before = _NAME_BEFORE_CODE.search(text, max(0, m.start() - 12), m.start())
        if before is None:
            continue
        words = before.group()
        known = next((words[k:] for k in range(len(words) - 1) if words[k:] in organisation_rows()), None)
        if known is not None:
            name = known  # `美的集团（000333）`: a name the gazetteer knows, 的 and all
        else:
            name = words
            while (shorter := _NAME_LEAD.sub("", name, count=1)) != name and len(shorter) >= 2 and not _BARE_SUFFIX.fullmatch(shorter):
                # (`民和股份（002234）`: 和 is the name's, not a conjunction before it)
                name = shorter  # `逆变器和储能龙头阳光电源（300274.SZ）`: after the last describing word
            name = name[name.rfind("的") + 1 :]  # `以跨境专线小包为主业的启程物流（603617）`
        if 2 <= len(name) <= 10 and name not in out and lookup(name) is None:
            out.append(name)
    named = list(_NAMED_COMPANY.finditer(text))
    for t in _MANAGER_TITLE.finditer(text):
        lo = max(0, t.start() - 9)
        m = _NAME_BEFORE_TITLE.search(text[lo : t.start()]) if lo == 0 else _NAME_BEFORE_TITLE.search(text, lo, t.start())
        if m is not None and (lo == 0 or m.start() > lo or text[lo - 1] in ",。;:”\"、 \n\t"):
            named.append(m)
    for m in sorted(named, key=lambda m: m.start("name") if m.re is not _NAMED_COMPANY or m.group("name") else m.start("quoted")):
        name = m.group("name") if m.re is _NAME_BEFORE_TITLE else (m.group("name") or m.group("quoted"))
        if m.re is _NAMED_COMPANY and m.group("quoted") and not regex.search(rf"“{regex.escape(name)}”[\p{{Han}}]{{0,6}}?{_SPEAKS}", text):
            continue  # `平台“内卷”`, `平台“品牌出海”行动`: a slogan, not a platform that reports
        kind = organisation_rows().get(name, (None, "company"))[1]
        # (a short name may end with 公司: `（以下简称“天盟公司”）`)
        aliased = m.re is _NAMED_COMPANY and "称" in m.group() and _ALIAS_COMPANY.fullmatch(name) is not None
        if name not in out and lookup(name) is None and kind == "company" and not _AUTHORITY_END.search(name) and (aliased or not _NOT_A_COMPANY.search(name)):
            out.append(name)
    for name in _report_releasers(text):
        # `3月27日晚间，华宸电器发布2024年年度报告`: who publishes an annual report is a listed company
        if name not in out and lookup(name) is None and not _AUTHORITY_END.search(name) and not _NOT_A_COMPANY.search(name):
            if organisation_rows().get(name, (None, "company"))[1] == "company":
                out.append(name)
    return tuple(out)


_STOCK_CODE_BEFORE = regex.compile(_STOCK_CODE.pattern + "$")
_CODE_ALIAS = regex.compile(r"(?:以下简称|下称|简称)[“\"](?P<a>[^”\"]{2,12})[”\"]")


def _report_releasers(text: str) -> list[str]:
    """The names a story shows releasing a report (`华宸电器发布2024年年度报告`), read back from the
    release as for a manager's title; in order, once each."""
    out: list[str] = []
    for r in _REPORT_RELEASE.finditer(text):
        end = r.start()
        code = _STOCK_CODE_BEFORE.search(text, max(0, end - 48), end)
        if code is not None:
            alias = _CODE_ALIAS.search(code.group())
            if alias is not None:
                # `中联远洋集运控股股份有限公司（下称“中联远洋”，601839.SH）发布…`: the short name
                if alias.group("a") not in out:
                    out.append(alias.group("a"))
                continue
            end = code.start()  # `驰远国际（SH605386，股价18.95元…）披露…`: the name before its code
        m = _NAME_BEFORE_RELEASE.search(text, max(0, end - 12), end)
        if m and m.group("name") not in out:
            out.append(m.group("name"))
    return out


def _reporting_companies(text: str, listed: tuple[str, ...]) -> tuple[str, ...]:
    """The listed companies a story shows releasing their own report."""
    return tuple(n for n in _report_releasers(text) if n in listed)


_REPORT_RELEASE = regex.compile(r"(?:发布|披露|公布)了?(?:\d{4}年)?(?:年度报告|半年度报告|年报|半年报|中期业绩|中期报告|年度业绩|一季报|三季报|第[一三]季度报告|季度报告|财报)")
_NAME_BEFORE_RELEASE = regex.compile(
    r"(?:^|(?<=[,。;:\n “\"、]|日|晚间|近日|日前))(?P<name>(?!晚间|晚上|近日|日前|今日|昨日|昨晚|当日|当天)(?![^,。]*[在已从据向由与和的及对是为了将被把等均])[\p{Han}A-Za-z]{2,8}?)(?:近日|日前|今日|昨日|昨晚|晚间)?$"
)


_SPEAKS = "(?:负责人|数据|提供|表示|介绍|显示|透露)"


# `南岭市云帆跨境科技股份有限公司（以下简称“云帆跨境”）`: a registered name and the short one used after
_SHORT_NAME = regex.compile(
    r"(?P<full>[\p{Han}()]{4,30}?(?:股份有限公司|有限责任公司|有限公司|集团))\((?:以下|下文)?(?:简称|下称)“(?P<name>[\p{Han}A-Za-z0-9]{2,10})”"
)


# what a name before a founder's or manager's title is not: an authority, a place's office, a role
_NOT_A_COMPANY = regex.compile(r"(?:局|署|厅|委|办|部|院|会|中心|政府|相关|有关|公司|企业|集团旗下|副)$|^(?:该|本|这|其|我|公司)|某")


# a platform a story names in quotes after its kind (`跨境电商平台“速拓全球”`), or a listed company
# named before the day it reported (`上市公司华越跨境日前披露的…`): whose figures its sentences then
# report, as with a stock code
_NAMED_COMPANY = regex.compile(
    r"(?:平台|服务商|品牌)“(?P<quoted>[\p{Han}A-Za-z0-9]{2,10})”"
    r"|上市公司(?P<name>[\p{Han}]{2,8}?)(?:日前|近日|今日|昨日|昨晚|此前)(?:披露|发布|公告|公布)"
    # `有限公司（下称“拓海科技”）`: the short name a story goes on to use
    r"|(?:公司|集团)\((?:以下|下文)?(?:简称|下称)“(?P<name>[\p{Han}A-Za-z0-9]{2,10})”"
)
# a short name ending with 公司 or 集团 after a name of its own (`天盟公司`, not `该公司`)
_ALIAS_COMPANY = regex.compile(r"(?![该本这其我])[\p{Han}]{2,6}(?:公司|集团)")
# `橙风电商创始人何芸说`: a firm named before its founder's or manager's title (the title found
# first, the name read back from it: a scan trying every position for a name is slow)
_MANAGER_TITLE = regex.compile(r"(?:联合创始人|创始人|董事长|总经理|总裁|首席执行官|CEO)(?=[、\p{Han}])")
_NAME_BEFORE_TITLE = regex.compile(r"(?:(?<=[,。;:”\"、\s])|^)(?P<name>[\p{Han}A-Za-z]{2,8})$")


_AUTHORITY_END = regex.compile(r"(?:部|局|署|厅|委|委员会|办|办公室|院|海关|政府|中心|银行|专家|外媒|媒体)$")
_OPENING_COMPANY = regex.compile(r"(?P<name>[\p{Han}A-Za-z]{2,24}?(?:股份有限公司|有限责任公司|有限公司))")
_COMPANY_PRONOUN = regex.compile(r"[,。;]公司")
_HEADLINE_COMPANY = regex.compile(r"(?P<name>[\p{Han}]{2,4}?(?:股份|集团|控股))(?=\d|[\p{Han}])")


def _names_other(text: str, end: int, form: str) -> bool:
    """The place ending at ``end`` is part of another name: an agreement's or a fair's
    (`中国—东盟自贸协定`), a province's customs house (`长春海关`) or a border crossing
    (`二连浩特口岸`, `二连浩特、满洲里口岸` in a region's release: the ports, not the towns)."""
    return (
        text[end : end + 1] in _NAME_DASH or _CROSSING.match(text, end) is not None or _provincial_customs_at(text, end, form)
        # `中华人民共和国呼和浩特海关`, `中华人民共和国商务部`: the state in an authority's name
        or form == "中华人民共和国" and _STATE_ORGAN.match(text, end) is not None
        # `中国人民银行浙江省分行`, `中国出口信用保险公司`: a national institution's name
        or form in ("中国", "中华人民共和国") and _NATIONAL_INSTITUTION.match(text, end) is not None
    )


_NATIONAL_INSTITUTION = regex.compile(r"人民银行|银行|进出口银行|出口信用保险|信保|国际贸易促进委员会|贸促会|证监会|银保监会|人寿|石化|石油|电信|移动|联通")


# `二连浩特口岸`, `二连浩特、满洲里两大口岸`: towns named as border crossings
_CROSSING = regex.compile(r"(?:、[\p{Han}]{2,5}?){0,4}(?:[两三四五]大|[两三四五]个|等)?口岸")
_STATE_ORGAN = regex.compile(r"[\p{Han}]{0,8}?(?:海关|总署|部|总局|局|委员会)")


def _provincial_customs_at(text: str, end: int, form: str) -> bool:
    """The city ``form`` ending at ``end`` names a province's customs house (`长春海关`)."""
    return text.startswith("海关", end) and customs_province(form + "海关") is not None


_TOWN_GOVERNMENT = regex.compile(r"(?P<t>[\p{Han}]{2,4}[镇乡])(?:人民政府|政府)")
# a press release's boilerplate about its issuer: `关于海纳环球` on its own line, then `海纳环球（…）是…`
_ABOUT_ISSUER = regex.compile(r"(?m)^[ \t\u3000]*关于(?P<n>[\p{Han}A-Za-z]{2,12})[ \t\u3000]*\n[ \t\u3000]*(?P=n)(?:\([^()\n]{1,40}\))?(?:是|系|为|成立)")


def _announcer(text: str) -> str | None:
    """The firm a press release is from, named in the `关于…` note that closes it."""
    m = _ABOUT_ISSUER.search(text)
    return m.group("n") if m else None


def _article_default_subject(ctx: _DocContext, actx: _ArticleContext, text: str, a0: int, a1: int) -> str | None:
    """The subject an article is about when a sentence names none: the place it names most
    (its title counts three times), its region, its province or the country."""
    if ctx.zone:
        # a zone's own report: 全国首创 and 商务部 compare or cite, the city and province in its
        # name (`中国（湖北）自由贸易试验区宜昌片区`) are where it lies, a city it visits (`赴苏州
        # 招商`) is a trip; its own figures are the zone's unless a sentence names another subject
        return ctx.zone
    if ctx.event and not ctx.fair_visit:
        return ctx.event  # a fair's results report: its counts and deals are the fair's
    if ctx.region in _OWN_ECONOMIES:
        return ctx.region  # an economy's own release: the regions and partners it names are markets
    if ctx.announcer:
        return ctx.announcer  # a firm's press release: the markets and sellers it names are its platform's
    if (town := _TOWN_GOVERNMENT.fullmatch(ctx.publisher or "")) is not None:
        # `来源：岭口镇人民政府` on a county's site: the town's own summary (its county ranks it)
        return town.group("t")
    if ctx.reporting and (firm := next((n for n in ctx.reporting if n in text[a0:a1]), None)):
        return firm  # `华宸电器发布2024年年度报告。…其中，海外业务收入…`: the company's results
    if actx.title and (fair := _EVENT.match(actx.title)) and _EVENT_HELD.search(actx.title, fair.end()):
        # `● 第四届广州数字贸易博览会闭幕 …` in a brief: that article's figures are the fair's
        return fair.group()
    for title in (actx.title, ctx.doc_title):
        if title and (service := rail_service_at(title, _LEADING_PERIOD.match(title).end())):
            # `2025年中欧班列长安号开行5126列`: the story's figures are the service's
            return service
    if ctx.self_org and _COMPANY_END.search(ctx.self_org):
        # a company's own report (`广州港集团有限公司生产业务部编`): its figures are the company's,
        # or its port's when the report names the port (`宁波舟山港集团…：宁波舟山港完成…`)
        return _group_port(ctx.self_org, text) or ctx.self_org
    if ctx.national and not actx.province and not ctx.listed:
        # `国家邮政局公布…`: a national body's release reports the nation's figures; the cities
        # its tables rank are parts of them
        return "中国"
    if ctx.defined_regions is None:
        ctx.defined_regions = _defined_regions(text)
    if ctx.defined_regions and (group := _defined_region(ctx.defined_regions, a1, (actx.title, *ctx.front_lines))) is not None:
        return group
    votes_any = vocab().votes_any
    tally: dict[str, int] = {}
    if (notes := _NOTES_BLOCK.search(text, a0, a1)) is not None:
        a1 = notes.start()  # a communiqué's closing notes (`注：…与我国签署…`) define, they report nothing

    def vote(name: str | None, n: int = 1) -> None:
        if name:
            tally[name] = tally.get(name, 0) + n

    # `中国—东盟自贸协定`, `中国-东盟博览会`: an agreement's or a fair's name, not a subject
    # `长春海关统计月报`: a province's customs house named after its capital, not the capital
    segments = [(text[a0:a1], 1, [
        f for b, e, f in ctx.places.between(a0, a1) if not _names_other(text, e, f) and not _in_page_footer(text, b)
    ])]
    for title in (actx.title, ctx.doc_title):
        if title:
            segments.append((title, 3, [m.group() for m in place_mentions(title) if not _names_other(title, m.end(), m.group())]))
    district = ctx.region if ctx.region and ctx.region[-1] in "区县" else None
    voter = {"country": "中国", "region": ctx.region, "province": actx.province,
             "zone": _autonomous_region(actx.province) or district}
    for seg, w, forms in segments:
        for m in votes_any.finditer(seg):  # one scan for all the pronoun-like vote patterns
            vote(voter[m.lastgroup], w)
        for form in forms:
            p = lookup(form)
            if p is not None and (p.kind in ("province", "city", "region") or p.canonical == "中国"):
                vote(p.canonical, w)  # other countries and economies a Chinese bulletin names are markets
    if ctx.county and not ctx.region and "区" not in ctx.county and (n := text.count(ctx.county, a0, a1)) >= 2:
        # a story about a county the gazetteer cannot know (`南丰县近年来…`): each mention votes
        vote(ctx.county, n + sum(3 for t in (actx.title, ctx.doc_title) if t and ctx.county in t))
    if (town := _named_town(text)) is not None:
        # a story about a town (`大岭山家具“出海”…`, `全镇家具出口…`): each mention of it votes,
        # when the story calls it 全镇 or a title names it
        stem, titles = town[:-1], [t for t in (actx.title, ctx.doc_title) if t and town[:-1] in t]
        pronouns = sum(text.count(p, a0, a1) for p in _TOWN_PRONOUNS)
        if pronouns or titles:
            vote(town, text.count(stem, a0, a1) + pronouns + 3 * len(titles))
    if district:
        # a district's bulletin: its city (`宁波海关`, `宁波市…`) is where it lies, not its subject
        for name in [k for k in tally if k != district and district.startswith(k)]:
            vote(district, tally.pop(name))
        if district[-1] == "县" and tally.get(district):
            return district  # a county's own brief (`全县…，总量居嘉兴市第5位`): the city ranks it
    if not tally:
        # nothing named: the bulletin's region or province, the company issuing it (a port
        # group's weekly), else the country (a national release)
        # (a national association's release, `中国物流与采购联合会`, reports the nation's figures)
        own = ctx.self_org if ctx.self_org and not ctx.self_org.startswith(("中国", "全国")) else None
        return ctx.region or actx.province or own or "中国"
    best = max(tally.values())
    for cand in (ctx.region, actx.province, "中国"):
        if cand and tally.get(cand) == best:
            return cand
    if not ctx.region and actx.province in (None, *_MUNICIPALITIES) and _tour_of_cities(tally):
        # a national story touring several hubs (西安, 重庆, 成都…): no one city's (a municipality
        # among them is a hub, not the province the story is about)
        return "中国"
    return max(tally.items(), key=lambda kv: kv[1])[0]


_NOTES_BLOCK = regex.compile(r"\n[ \t\u3000]*(?:注|附注|注释)[ \t\u3000]*[:：]")


# `大湾区内地九市（广州、深圳、…、肇庆，下同）`: a group of places defined once for the story
_DEFINED_GROUP = regex.compile(r"(?P<name>[\p{Han}]{2,12})\([^()]{4,80}?[,、][^()]{0,40}?下同\)")


def _defined_regions(text: str) -> list[tuple[int, str, str]]:
    """Every macro-region the document defines as a group of places for all that follows
    (`大湾区内地九市（广州、深圳、…，下同）`): (where, the form it is named by, the region)."""
    out = []
    for m in _DEFINED_GROUP.finditer(text):
        for pm in place_mentions(m.group("name")):
            p = lookup(pm.group())
            if p is not None and p.kind == "region":
                out.append((m.start(), pm.group(), p.canonical))
    return out


def _defined_region(defined: list[tuple[int, str, str]], a1: int, titles) -> str | None:
    """The macro-region (`粤港澳大湾区`) defined before ``a1`` (in the lead, before any section)
    that the headline names: its figures are the region's, not those of the province whose
    department publishes them."""
    for at, form, region in defined:
        if at < a1 and any(t and form in t for t in titles):
            return region
    return None


def _in_page_footer(text: str, at: int) -> bool:
    """The place at ``at`` is in a page's footer line (`地址：北京市西城区…`, `版权所有`): where the
    publisher sits, not what the page reports on."""
    return _FOOTER_WORDS.search(text, text.rfind("\n", 0, at) + 1, at) is not None


_FOOTER_WORDS = regex.compile(r"地址|版权所有|邮编|邮政编码|ICP|主办单位|承办单位")
TOUR_CITIES = 3  # distinct cities a story must name, none of them with half the mentions, to be a tour


def _tour_of_cities(tally: dict[str, int]) -> bool:
    """A story naming several cities, none of them in half the mentions: about none of them.
    The four municipalities count as cities here (a 中欧班列 story's hubs: 西安, 重庆, 成都)."""
    cities = {k: n for k, n in tally.items() if _city_like(k)}
    if len(cities) < TOUR_CITIES or max(cities.values()) * 2 >= sum(cities.values()):
        return False
    # a province named again and again: the story is the province's, not a tour (abroad, `欧洲`,
    # is a market; `在河南郑州` names where a hub lies); the country named: a national story
    return "中国" in tally or not any(
        n >= 2 and (p := lookup(k)) is not None and p.kind == "province" and k not in cities for k, n in tally.items()
    )


def _city_like(name: str) -> bool:
    p = lookup(name)
    return p is not None and (p.kind == "city" or p.canonical in _MUNICIPALITIES)


_CARRIED_MEMBERS = frozenset(("enterprise_type", "market", "trade_mode"))
# a measure of how much of some goods moved, after their value (`出口数量`, `进口量`, `出口均价`)
_AMOUNT_OF_GOODS = regex.compile(rf"(?:{alternation(TRADE_FLOWS)})?(?:数量|量|均价|平均价格|价格)")
_DISTRICT_PRONOUNS = frozenset(("全区", "本区", "该区", "新区", "全县", "本县"))
_HOME_KINDS = frozenset(("province", "city", "district", "region"))
# what a profiled place is called by its kind alone: `产业园实现…`, `园区入驻企业…` under
# `临沂跨境电商产业园：…`
_KIND_TAIL = regex.compile(r"(?:产业园|物流园|园区|基地|口岸|港区)$")
_KIND_REFERENCE = {"产业园": ("产业园", "园区"), "物流园": ("物流园", "园区"), "园区": ("园区",), "基地": ("基地",), "口岸": ("口岸",), "港区": ("港区",)}


def _names_by_kind(org: str, text: str, cs: int) -> bool:
    """The clause at ``cs`` opens by calling the profiled ``org`` by its kind (`产业园实现…`)."""
    m = _KIND_TAIL.search(org)
    if m is None:
        return False
    return any(text.startswith(w, cs) and not text.startswith(w, cs + len(w)) for w in _KIND_REFERENCE[m.group()])


# a clause of a contribution alone: `拉动全部投资` (then its rate `增长1.3个百分点`)
_CONTRIBUTION_CLAUSE = regex.compile(rf"\s*(?P<c>(?:{'|'.join(CONTRIBUTION_VERBS)}|影响)[\p{{Han}}A-Za-z()]{{1,16}}?)\s*")
_CONTRIBUTION_SHARE = regex.compile(r"\s*(?P<c>对[\p{Han}]{1,12}?的?贡献率)(?:为|达到|达|是)?\s*")


# attributes of things counted just before (`海外仓318个，总面积…`)
_ATTRIBUTE_HEADS = frozenset(("总面积", "面积", "建筑面积", "仓储面积", "库容", "总库容", "总投资"))
_COUNTED_BEFORE = regex.compile(r"(?P<noun>[\p{Han}]{2,10}?)\d[\d.,]*(?:个|座|家|处)[,，]\s*$")
_COUNT_VERB_LEAD = regex.compile(r"^.*(?:布局|运营|建设|建成|设立|拥有|共有|新增|累计)")
_RANKED_GROUP = regex.compile(r"(?P<r>前(?:[二三四五六七八九十]|\d{1,2}))(?:位|名|大|强)")


# measures of investment received: a country or economy named before one is where it came from
_INWARD_INVESTMENT = frozenset(("实际使用外资", "实际利用外资", "合同外资", "外商直接投资", "利用外资"))


# places that name markets a figure is traded with rather than whose figure it is
_MARKET_KINDS = frozenset(("country", "economy", "region", "world_region"))


def _in_brackets(text: str, s: int, at: int) -> bool:
    """True when ``at`` is inside a parenthesis opened in the sentence (`（苏州增长7.9%，南京…`)."""
    j = text.rfind("(", s, at)
    return j >= 0 and text.find(")", j, at) < 0


def _home_member(text: str, s: int, end: int, member: str) -> str | None:
    """The place a bracketed member names when it is whose figure it is (a city or district,
    not a market traded with: `对日本（…）`, `自澳大利亚（…）`)."""
    mp = lookup(member)
    if mp is None or mp.kind not in _HOME_KINDS:
        return None
    at = text.rfind(member, s, end)
    if at < 0 or any(text.endswith(mk, s, at) for mk in vocab().data.market_markers):
        return None
    return mp.canonical


def _stock_clause(text: str, cs: int, d: _Draft) -> int | None:
    """Where the clause of a level starts (`…新认定6家，累计达187家`, `会员总数达到426家`,
    `存款余额…`): a count or measure after a stock cue, an amount after a balance cue
    (``stock_cues``, ``balance_cues``); None for a flow."""
    it = d.value
    if it is None and d.change is not None and d.change.q is not None and d.change.q.kind == "money" and _BALANCE_MOVE.match(text, cs):
        # `…余额6.35万亿元，同比增长7.9%，比年初增加4352.1亿元`: the balance's move since January,
        # said of the balance at its date
        return cs
    if it is None or it.q is None or it.q.kind not in ("count", "measure", "money"):
        return None
    cue = vocab().balance_cue if it.q.kind == "money" else vocab().stock_cue
    if cue.search(text, cs, it.start) is not None:
        return cs
    if it.q.kind != "money" and (lead := _UNDATED_END_LEAD.search(text, max(0, cs - 16), cs)) is not None:
        return lead.start()  # `截至报告期末，公司研发人员4826人`: the head count at the report's end
    return None


_BALANCE_MOVE = regex.compile(r"\s*(?:[\p{Han}()]{0,16}?余额)?(?:比|较)(?:年初|上年末|去年末|上月末)")
# a sentence opening with an undated end (`截至报告期末，`, `截至期末，`): what follows are levels
_UNDATED_END_LEAD = regex.compile(r"(?:^|(?<=[。;\n]))\s*截至(?:报告期|本报告期|期|目前|本期)末\s*,\s*$")


# national bodies, whose releases report the nation's figures
_NATIONAL_BODY = regex.compile(
    r"(?:国家[\p{Han}]{1,10}?(?:局|委员会|委)|海关总署|国务院|中国人民银行|(?:商务|财政|工业和信息化|交通运输|农业农村|文化和旅游|自然资源|生态环境|人力资源和社会保障)部)"
)


# a reference back to a run of days stated before: `促销期间`, `活动期间`, `假期期间`
_DURING = regex.compile(r"(?:促销|活动|假日|假期|节日|节假日|展会|展期|黄金周|长假|大促|购物节)期间")


# words of a release, not an event: `10月20日，国家统计局发布数据显示，…`
_RELEASE_WORDS = regex.compile(r"发布|公布|披露|公告|报告|财报|年报|显示|获悉|通报|介绍|表示|透露|统计|据")


def _event_day(text: str, actx, day, anchor: Item) -> bool:
    """``day`` dates what the figure at ``anchor`` counts: it opens the paragraph or the figure's
    sentence (`3月19日，…推介会在深圳举办…`, `二级市场上，1月16日，…股价收报…`), and no release
    is reported between them (a release's date is not its figures' period)."""
    opens_para = text[actx.para_start : day.start].strip(" \u3000\t") == ""
    same_sentence = regex.search(r"[。!?;\n]", text[day.end : anchor.start]) is None
    return (opens_para or same_sentence) and _RELEASE_WORDS.search(text, day.end, anchor.start) is None and _RELEASE_WORDS.search(text, actx.para_start, day.start) is None


_CARRIAGE_WORDS = regex.compile(r"开行|运输|运送|发送|货值|货物(?!贸易)|货运|集装箱|标箱|班列|线路|旅客|吨|通达|辐射|覆盖|回程|去程|站点|口岸")


def _sentence_end(text: str, s: int) -> int:
    e = text.find("。", s)
    return e if e >= 0 else len(text)


_ENTITY_COUNTERS = frozenset(("家", "户"))  # counts of firms or households: how many there are
_SHARE_LED_CLAUSE = regex.compile(r"的[^,;。:]{0,30}")


def _period(ctx, actx, anchor: Item, periods, stock_from: int | None = None, rated: bool = False,
            surveyed: bool = False) -> PeriodOut | None:
    """The clause's or sentence's own period before the figure, else the governing one.
    ``stock_from``: the start of a clause stating a level; a period written before that clause
    (or governing it) gives the level's date, its end, not a span of months.  ``rated``: the
    figure has a rate or a share (a statistic, which a numbered brief's period may govern)."""
    cands = [p for p in periods if p.start < anchor.start]
    if ctx.text.startswith("的", anchor.end) and (
        inner := next((p for p in periods if anchor.end < p.start < _SHARE_LED_CLAUSE.match(ctx.text, anchor.end).end()), None)
    ) is not None and inner.first is not None and "对" not in ctx.text[anchor.end : inner.start]:
        # `58.2%的企业三季度营业收入同比增长`, `…预计四季度订单增长`: the period of what the firms
        # reported or expect (not a view held now, `对四季度预期乐观`, nor a date, `当前最主要困难`)
        cands.append(inner)
    if len(cands) > 1 and _COMPARED_PAIR.fullmatch(ctx.text, cands[-2].end, cands[-1].start) and ctx.text.endswith("比较", 0, cands[-2].start):
        cands.pop()  # `比较二○二五年五月与二○二四年五月，…上升11.7%`: the first month's rate
    chosen = cands[-1] if cands else (actx.para_period or actx.period)
    if not cands and surveyed and (asked := actx.survey_period) is not None and not (
        actx.para_period is not None and actx.para_period.start > asked.start
        and (anchor.role == "value" or (actx.para_period.granularity != "point" and not actx.para_period.stock))
    ):
        # a surveyed firms' figure the sentence dates not: the period the survey asked about (a
        # span the paragraph opened with governs; a date only the levels it dates, not the
        # shares of firms after them: `三季度末，受访企业在手订单…。46.8%的受访企业…`)
        chosen = asked
    if actx.review_span is not None and (over := _over_the_years(ctx.text, actx.review_span, anchor, cands)) is not None:
        chosen = over
        if anchor.q is not None and anchor.q.kind == "count" and anchor.q.base_unit in _ENTITY_COUNTERS and over.granularity == "year":
            # `高新技术企业由8100余家增加到1.85万家`: how many there were at the year's end
            chosen = over._replace(granularity="point", stock=True)
    day = actx.para_day if actx.para_day is not None and actx.para_day.start < anchor.start else actx.lead_day
    if chosen is not None and not cands and ctx.event is None and day is actx.para_day and day is not None and _event_day(ctx.text, actx, day, anchor):
        chosen = None  # `3月19日，…推介会在深圳举办。现场签约项目32个`: the event's month, not the brief's
    if chosen is None and day is not None:
        # a count at an event dated earlier in the paragraph (`5月22日，…26位理事出席`) or in the
        # article's lead: that month
        if day.start_month is None:
            return None
        a, b = _orig(ctx, day.start, day.end)
        start = day.first.replace(day=1).isoformat() if day.first else None  # `11月6日` of an unknown year: *-11
        end = _month_end(day.last or day.first).isoformat() if day.first else None
        return _period_out(dict(start=start, end=end, text=ctx.norm.original[a:b], span=(a, b), start_month=day.start_month, end_month=day.end_month))
    if chosen is None and rated:
        chosen = actx.brief_period  # a rate or a share: a statistic of the brief's period
    if chosen is None and actx.stock_period is not None and day is None and anchor.q is not None and anchor.q.kind in ("money", "count", "measure"):
        chosen = actx.stock_period  # `6月末，…。在对外金融资产中，直接投资资产33640亿美元…`
    if chosen is None:
        return None
    ev = ctx.event_period
    if ev is not None and chosen.last is not None and (chosen.stock or chosen.granularity == "day") and ev.first <= chosen.last <= ev.last:
        chosen = ev  # `截至11月4日` in the report of a fair that closed that day: the fair's months
    first, last = chosen.first, chosen.last
    # the year a bare `全年` takes: the paragraph's or passage's period that writes one
    governing = next((g for g in (actx.para_period, actx.period) if g is not None and (
        _explicit_year(ctx.text, g)
        or (_LAST_YEAR.fullmatch(g.text) and g.end <= chosen.start and (ctx.plan_period is None or actx.period is not ctx.plan_period)
            and not _YEAR_AHEAD.search(ctx.text, max(g.end, ctx.text.rfind("。", 0, chosen.start) + 1), _sentence_end(ctx.text, chosen.end)))
    )), None)
    if (
        _YEAR_WORD.match(chosen.text)
        and governing is not None
        and governing is not chosen
        and (governing.first or governing.last) is not None
        and chosen.last is not None
    ):
        # `2023年，…全年全省地区生产总值…年末常住人口…` in a communiqué printed in 2024: the
        # year written in the passage (`截至2024年底` too), not the printing year
        y = (governing.first or governing.last).year
        shift = y - chosen.last.year
        if shift < 0:  # only back to the passage's earlier year, never forward to a target year
            first = first.replace(year=first.year + shift) if first else None
            last = _month_end(last.replace(day=1, year=last.year + shift))
    # the single month the sentence (or for `全月`, its paragraph) states before the figure (`10月份，…`)
    stated = next((p for p in reversed(cands[:-1]) if _single_month(p)), None) or (
        actx.para_period if actx.para_period is not None and actx.para_period is not chosen and _single_month(actx.para_period) else None
    )
    whole_month = chosen.rule == "relative_month" and chosen.text == "全月"
    if whole_month and (month := stated or (actx.period if actx.period is not None and _single_month(actx.period) else None)):
        # `9月当月，平台新增备案企业326家…；全月处理…申报清单1426.8万票`: the whole of that month (or
        # of the month the passage reports)
        first, last = month.first.replace(day=1), _month_end(month.last)
    elif chosen.rule == "relative_month" and chosen.text in _THIS_MONTH and ctx.reported_month is not None:
        # `本月新开航线…` in a monthly report issued early the next month about `7月份`: the month reported
        first, last = ctx.reported_month, _month_end(ctx.reported_month)
    if (
        chosen.granularity == "ytd" and last is not None and first is not None and first.month == 1 and first.year == last.year
        and stated is not None and (stated in cands or _opens_paragraph(ctx.text, actx.para_start, stated))
        and stated.last.year == last.year and stated.last < last
    ):
        # `10月份，…完成投资2.36亿元，年内累计完成投资18.9亿元` in a brief printed in November: the
        # year so far is to the month the passage reports, not to the printing date
        last = _month_end(stated.last)
    level = chosen.granularity == "point"  # a level at a date: 截至2月底, 今年底
    if level:
        first = None
    elif (
        stock_from is not None
        and chosen.granularity not in ("day", "ytd")  # `今年以来…累计服务260家`: counted since January
        and chosen is not ev  # `展位总数` during a fair: the fair's
        and not (cands and cands[-1].start >= stock_from)
    ):
        first, level = None, True  # `上半年新认定6家，累计达187家`: the level at June's end
    if actx.synthetic_reference and (chosen.rule == "stock_now" or chosen.granularity == "ytd"):
        # 目前 / 2022年以来 in a bulletin whose date is unknown: "now" is the article's latest
        # dated event if it names one, else unknown
        now = actx.now or (ctx.title_end if chosen.granularity == "ytd" else None)
        if now is None:
            if chosen.rule == "stock_now":
                return None
            last = None
        else:
            last = _month_end(now)
    key = (chosen.start, chosen.end, first, last)
    got = ctx.periods_out.get(key)  # frozen: the metrics of one period share its record
    if got is None:
        a, b = _orig(ctx, chosen.start, chosen.end)
        got = ctx.periods_out[key] = _period_out(dict(
            start=first.isoformat() if first else None,
            end=last.isoformat() if last else None,
            text=ctx.norm.original[a:b],
            span=(a, b),
            # the months follow a year moved to the passage's (`全年` of a 2023 communiqué)
            start_month=None if level else first.isoformat()[:7] if first and chosen.first and first != chosen.first else chosen.start_month,
            end_month=last.isoformat()[:7] if last and chosen.last and last != chosen.last else chosen.end_month,
            cumulative=chosen.cumulative,
        ))
    return got


# a body citing its own survey or records by a generic name (`协会会员企业问卷调查`, `本会监测`)
_OWN_SURVEY = regex.compile(r"(?:本|我)?(?:协会|商会|本会|我会)(?:会员|重点)?(?:企业)?(?:问卷)?(?:调查|监测|统计|调研)")


_LAST_YEAR = regex.compile(r"去年|上年|上一年|过去(?:的)?一年")  # `去年，…全年实现…`: the year the passage reviews
# words that turn a passage from the year reviewed to the year ahead (`去年…。今年将…力争全年…`)
_YEAR_AHEAD = regex.compile(r"今年|本年|明年|新的一年|力争|计划|打算|确保|争取|将")  # (not 预计: `预计全年…` of the year reviewed)

_YEAR_IN = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|[〇○零一二三四五六七八九]{4}")


def _over_the_years(text: str, span: PeriodMatch, anchor: Item, cands) -> PeriodMatch | None:
    """The review's five years for a figure over them (`年均增长5.1%`, `五年累计…`, `新建…1260所`
    with no year of its own); the year before them for the level they started from (`从4.39万亿元
    增加到…`), the last one for a level reached (`增加到1.43万家`, `突破1.6万家`); None for a
    figure its sentence dates."""
    cs = max(text.rfind(c, 0, anchor.start) for c in ",;。:\n") + 1
    words = text[cs : anchor.end]
    dated = [p for p in cands if p.start >= span.start and not _base_year(text, p)]
    own = [p for p in dated if p.start >= cs]
    base = _FROM_LEVEL.search(text, cs, anchor.start) or _FROM_IN_SHARE.search(text, anchor.start, anchor.end)
    if base is not None and _RISEN_TO.match(text, anchor.end):
        # `从4.39万亿元增加到6.08万亿元`, `由2020年的39.6%提高到47.2%`: the level the years started
        # from, the year before them (or the year written)
        return _one_year(span, int(base.group("y")) if base.group("y") else span.first.year - 1)
    if _OVER_THE_YEARS.search(words):
        return None if [p for p in own if not _several_years(p)] else span
    if own or dated and not _LEVEL_REACHED.search(words):
        return None
    if _LEVEL_REACHED.search(words):
        return _one_year(span, span.last.year)
    return span


def _one_year(span: PeriodMatch, y: int) -> PeriodMatch:
    return span._replace(rule="review_year", first=dt.date(y, 1, 1), last=dt.date(y, 12, 31), start_month=f"{y}-01", end_month=f"{y}-12")


def _base_year(text: str, p: PeriodMatch) -> bool:
    """A year a figure is compared with or started from (`由2020年的…`, `比2020年…`, `是2020年的2.1倍`)."""
    return text.endswith(("由", "从", "比", "较", "是", "为", "与"), 0, p.start)


def _base_period(ctx, period: PeriodOut | None, a: int, b: int) -> PeriodOut | None:
    """The period of a base figure (`较二〇二四年同月的…`): the base's own months when it names
    them, else the months of the figure compared, in the base's year."""
    text = ctx.text
    if (named := _YEAR_IN.search(text, a, b)) is not None:
        year = int(parse_number(named.group()))
    elif period is not None and period.start:
        year = int(period.start[:4]) - 1  # `较一年前的…`: the same months a year before
    else:
        return None
    own = [p for p in find_periods(text[a:b], reference_date=None, default_year=year, offset=a) if p.granularity != "year"]
    oa, ob = _orig(ctx, a, b)
    if own and own[0].first is not None and own[0].last is not None:
        first, last = own[0].first, own[0].last
    elif period is not None and period.start and period.end:
        first = dt.date.fromisoformat(period.start).replace(year=year)
        last = _month_end(dt.date.fromisoformat(period.end).replace(day=1, year=year))
    else:
        return None
    return _period_out(dict(
        start=first.isoformat(), end=last.isoformat(), text=ctx.norm.original[oa:ob], span=(oa, ob),
        start_month=first.isoformat()[:7], end_month=last.isoformat()[:7],
        cumulative=bool(period and period.cumulative),
    ))


def _month_of(p: PeriodOut) -> PeriodOut:
    """The last month of a span of months: a rate compared with the month before (比上月, not
    环比, which compares quarters too) is that month's, whatever year-to-date period governs."""
    if not p.end or not p.end_month or "季" in p.text or "半年" in p.text:
        return p
    return _period_out(dict(
        start=p.end_month + "-01", end=p.end, text=p.text, span=p.span,
        start_month=p.end_month, end_month=p.end_month, cumulative=False,
    ))


_ENTERPRISE_KIND = regex.compile(r"^(?:[\p{Han}]{0,6}?(?:企业|公司))(?=[\p{Han}]{2})")


def _leading_member(qualifier: str) -> tuple[str, str]:
    """A qualifier opening with a kind of enterprise and going on with words of the measure
    (`民营企业中方协议` -> 民营企业, 中方协议); else the whole qualifier and nothing."""
    m = _ENTERPRISE_KIND.match(qualifier)
    if m is None or dimension_of(m.group()) != "enterprise_type":
        return qualifier, ""
    return m.group(), qualifier[m.end() :]


_FULL_NAME_HEAD = 6  # characters: a head this long names its measure in full (社会消费品零售总额, 地区生产总值)
_COMPARED_PAIR = regex.compile(r"[与和同]")
_THIS_MONTH = frozenset(("本月", "当月", "本月份", "全月"))
REPORT_LAG_DAYS = 15  # a report issued this early in a month may report on the month before


def _reported_month(text: str, reference: dt.date | None) -> dt.date | None:
    """The month a report issued early in a month is about: the month before, when the text names
    it (`2025年8月6日` and `7月份…`); None when it does not, and 本月 keeps its calendar month."""
    if reference is None or reference.day > REPORT_LAG_DAYS:
        return None
    for m in regex.finditer(rf"(?<![\d-]){reference.month}月(\d{{1,2}})日", text):
        if int(m.group(1)) < reference.day:
            return None  # `截至9月14日` in a report of 9月15日: its data run into this month
    prev = (reference.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    named = regex.search(rf"(?<![\d-]){prev.month}月(?:份)?(?![\d日])", text)
    return prev if named else None


def _month_end(d: dt.date) -> dt.date:
    nxt = d.replace(day=28) + dt.timedelta(days=4)
    return nxt - dt.timedelta(days=nxt.day)


def _value_out(ctx, it: Item) -> ValueOut:
    q = it.q
    a, b = _orig(ctx, q.start, q.end)
    kw = dict(
        text=ctx.norm.original[a:b], span=(a, b), number=q.number, unit=q.unit,
        normalized=q.normalized, base_unit=q.base_unit, approx=q.approx,
    )
    ok = _span(kw["span"]) and _dec(q.number) and _ostr(q.unit) and _dec(q.normalized) and _ostr(q.base_unit) and q.approx in _APPROX
    return _model(ValueOut, kw, ok)


def _change_out(ctx, it: Item, has_period: bool) -> ChangeOut:
    a, b = _orig(ctx, it.start, it.end)
    quote = ctx.norm.original[a:b]
    # a bare 增长/下降 in a passage about a stated period reads as year on year; else `other`
    basis = it.basis or ("yoy" if has_period else "other")
    if it.role == "flat" or it.q is None:
        kw = dict(text=quote, span=(a, b), basis=basis, direction="flat")
        return _model(ChangeOut, kw, _change_ok(kw))
    q = it.q
    direction = it.direction or "up"
    mag = abs(q.normalized if q.kind in ("money", "count", "measure") else _percent_number(q))
    signed = mag if direction == "up" else -mag
    kw = {}
    if q.kind == "percent":
        kw["percent"] = signed
    elif q.kind == "points":
        kw["points"] = signed
    elif q.kind == "multiple":
        kw["percent"] = signed * 100
    else:
        kw["amount"] = signed
    if signed == 0:
        direction = "flat"
    kw = dict(text=quote, span=(a, b), basis=basis, direction=direction, approx=q.approx, **kw)
    return _model(ChangeOut, kw, _change_ok(kw))


SHARE_CHANGE_REACH = 400  # characters back from a share's change to the share it changes
SHARE_CLAUSE_REACH = 40  # characters back from the change to the words naming the share
_SHARE_WORD = regex.compile(r"比重|占比|份额")


def _share_changes_said_after(ctx, out: Assembly) -> None:
    """`…业务量分别占全部快递业务量的7.0%、90.6%和2.4%。与去年同期相比，同城快递业务量的比重下降
    0.8个百分点，…`: a change in points of a share named in a later sentence (the member and the
    measure named in its clause) is that share's change as well as a fact of its own."""
    text = ctx.norm.original
    metrics = out.metrics
    for i, m in enumerate(metrics):
        ch = m.change
        if ch is None or ch.points is None or m.value is not None or m.share is not None:
            continue
        a = clause_start(text, max(0, ch.span[0] - SHARE_CLAUSE_REACH), ch.span[0])
        clause = text[a : ch.span[1]]  # (the change's own words too: `占比较上年同期提高…`)
        if not _SHARE_WORD.search(clause):
            continue
        for k in range(i - 1, -1, -1):
            p = metrics[k]
            if p.evidence.span[1] < ch.span[0] - SHARE_CHANGE_REACH:
                break
            if p.share is not None and p.share.change is None and p.subject == m.subject and _names_the_share(p, m, clause):
                moved = ShareChange(text=ch.text, span=ch.span, direction=ch.direction, points=ch.points)
                metrics[k] = p.model_copy(update={"share": p.share.model_copy(update={"change": moved})})
                break


def _names_the_share(p: Metric, m: Metric, clause: str) -> bool:
    """The clause of ``m``'s change names the share's measure, and its member too unless ``m``
    reads the same member (`同城快递业务量的比重` for the share of 同城 in 快递业务量)."""
    if p.dimensions != m.dimensions and not all(x in clause for x in p.dimensions.values() if x):
        return False
    measure = _SHARE_WORD.sub("", p.indicator or "")
    return bool(measure) and (measure in clause or measure[-4:] in clause)


def _share_out(ctx, it: Item, sc: Item | None) -> ShareOut:
    a, b = _orig(ctx, it.start, it.end)
    change = None
    if sc is not None:
        ca, cb = _orig(ctx, sc.start, sc.end)
        pts = None
        direction = sc.direction or "up"
        if sc.q is not None:
            pts = abs(sc.q.number) if direction == "up" else -abs(sc.q.number)
        kw = dict(text=ctx.norm.original[ca:cb], span=(ca, cb), direction=direction if sc.q is not None else "flat", points=pts)
        change = _model(ShareChange, kw, _span(kw["span"]) and kw["direction"] in _DIRECTION and _odec(pts))
    pct = _percent_number(it.q)
    kw = dict(text=ctx.norm.original[a:b], span=(a, b), percent=pct, of=it.of, change=change)
    return _model(ShareOut, kw, _span(kw["span"]) and _dec(pct) and _ostr(it.of) and (change is None or type(change) is ShareChange))


def _percent_number(q) -> Decimal:
    """A rate in percent: `三成` is 30 (its number is 3, in tenths); `12.5%` is 12.5."""
    return q.normalized if q.base_unit == "%" else q.number
