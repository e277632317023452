"""Metric assembly: sentences of the document model -> validated, source-attributed metrics.

For each article, sentence by sentence:
1. the quantities of the sentence get roles (:mod:`.roles`);
2. roles group into metric drafts: a value takes the change and share that follow it; a run of
   `分别` figures pairs member by member with the run before it or with an enumeration of members;
3. each draft gets its indicator (with qualifiers inherited inside the article), subject,
   breakdown members, period (clause, sentence, governing period, article title), and source
   (an inline `据商务部…显示` first, else the article's 来源 line);
4. cross-metric checks add warnings (:mod:`.checks`).

Helpers answering one question each live beside it: :mod:`.context` (working state),
:mod:`.records` (output records), :mod:`.subjects`, :mod:`.document` (what the document says about
itself), :mod:`.period_choice`, :mod:`.members` (breakdown members), :mod:`.resolve` (a draft's
attributes), :mod:`.table_metrics` (table cells); names with a leading underscore there are internal to this package.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
import functools
import itertools
import re

import regex
from pydantic import ValidationError

from ..layout import BULLET_RE, gc_paused
from ..periods import PeriodMatch, dated_holidays, find_periods, holiday_dates
from ..organisations import media_home_provinces, media_outlets, organisation_names, organisation_rows
from ..patterns import person_surnames
from ..places import PlaceIndex, customs_province, looks_like_district, lookup, place_mentions
from ..quantities import find_quantities, is_level_separator
from ..segment import ArticleBlock, Structure, is_figure_statement, split_sentences
from .card_lines import attach_card_line, label_under_figure, note_card_figure
from .checks import add_warnings
from .data_notes import data_notes
from .phrases import (
    HOW_COMPUTED,
    clause_start,
    company_name,
    is_brand,
    read_phrase,
)
from .previous_values import restate_previous_and_expected
from .listed_units import _HAN_NEXT, is_unit_list_row
from .roles import Item, sentence_items
from .vocab import alternation, vocab
from .context import Assembly, _ArticleContext, _DocContext, _Draft
from .records import (
    _evidence, _share_changes_said_after, _share_out, _unattached,
)
from .subjects import (
    sentence_opening,
    FIRM_NAME_END, NATIONAL_BODY, NATION_AFTER_PERIOD, _DATE_LABEL, _STAMP_TIME, _EVENT, _MARKET_KINDS, _NATION_IN_HEADING, _OF_WHICH, _PARTS_OF_WHOLE, _BREAKDOWN_OF_WHOLE, _SHORT_NAME,
    _SPEECH_DATE, _STOCK_CODE, _announcer, _article_default_subject, _filing_company, _headlined_firm, _interviewed_firm, _listed_companies, _own_platform,
    _named_county, _reporting_companies, _subsection, _title_org,
)
from .assumed_year import assumed_year, mark_assumed_year, posted_day
from .cited_notes import MARK_CHARS, cited_in, cited_notes
from .document import (
    TITLE_LINES, _DATELINE_OUTLET, _ITEM_HEADING, _LEAD_CITATION_REACH, _LISTING_META, _LIST_ITEM, _PAGE_CHROME,
    _OWN_CITY_WORDS, _PAGE_COLUMN, _PROVINCE_PRONOUN, _SENTENCE_MARK, _SPEAKER_HEADING, _SPEAKING_UNIT, _SUBITEM, _UNDATED,
    _UNLISTED_PROVINCE, _closing_sources, _communique_bureau, _periodical_bureau, _release_issuer, home_country, _congress_place, _economy_office,
    _delegation, _editor_body, _event, _fair_or_title_period, _first_body, _front_context, _group_in_headline,
    _headline_para, _outlet_name, _own_economy, _qualified,
    _reference, _region, _self_org, _title_period_end, _title_single_month, _under_a_table, _visiting_fair, _zone, report_owner,
)
from .period_choice import (
    COMPARED_TAIL, CONTRAST_RATE, _COMPARING_BEFORE, _DURING, _YEAR_IN, _explicit_year,
    _opens_paragraph, _reported_month, _several_years, _single_month,
)
from .members import (
    _DIGIT, _GROUP_PRONOUN, _HAN2, _pair_member_named, _paired_list, _quarter_within, _rates_of_paired_before,
)
from .not_ahead import _BARE_WHOLE_YEAR, _not_after
from .fiscal_years import fiscal_periods, fiscal_start, with_fiscal_years
from .mail import MARKERS as MAIL_MARKERS
from .mail import mail_senders, sender_at
from .speakers import OFFICIAL_POSTS, SPEAKER_LIST_REACH, speaker_bodies, speaker_heading, speaker_turn
from .table_metrics import _TABLE_CITED, _add_table_metrics, _prose_notes, _table_key
from .resolve import _HAN_ONLY, _resolve


__all__ = ["assemble", "Assembly"]


_BETWEEN_NOISE = regex.compile(
    r"同比|环比|比上年同期|比去年同期|较上年同期|较去年同期|较上年|比上年|分别|占比|其中|合计|共|约|为|达|是|了|的|增长|下降|增速|增幅"
)
_SOURCE_ORG = (
    # (`中国（湖南）自由贸易试验区工作办公室`: a place in brackets inside the name)
    # (not a byline's words before it: `本报讯 记者钱亦航报道 国家外汇管理局…发布的数据显示`)
    r"(?P<org>(?!(?<=\d)[年月日])(?:[\p{Han}]{1,4}\([\p{Han}]{2,4}\))?(?<!报)(?:(?!记者|报道|讯)[\p{Han}]){1,14}?(?:部|局|厅|署|委员会|委会|委|院|办公室|办|中心|协会|总会|银行|研究所|研究院|联合会|商会|统计局|统计处|海关|政府|集团|大数据)"
    r"(?:总署|有限公司)?(?:[\p{Han}]{1,6}?(?:分行|总部|分局|支行|分会|分署))?)"  # `中国人民银行天津市分行`, `海关总署广东分署`
    r"(?!分|门|湾|统计[处局])"  # `公报中部分数据…`, `有关部门`, `北部湾`: a word, not a body ending in 部; `…政府统计处`: the office
)
_INLINE_SOURCE = regex.compile(
    rf"(?:根据|据|经|从|基于|依据|原创\s*)?{_SOURCE_ORG}"  # (`原创 山西省统计局 …`: a byline's mark, not the name's)
    r"(?:[^,;。]{0,16}?)(?:发布的统计数据显示|发布的数据显示|统计数据显示|数据显示|数字显示|资料显示|统计显示|數據顯示|資料顯示|數字顯示|数据表明|测算|监测|统计(?![处局])|公布|获悉|了解到|得知|原文(?=[:“])|数据(?=[,:①②③④⑤])|发布(?=[,:])|消息(?=[,:]))"  # (`青岛海关4月中旬发布，…`, `重庆市商务委员会消息，…`; `记者从…了解到`; `引用重庆海关通报原文：“…”`)
)
# a body cited with nothing after it but the clause's comma (`据匈牙利中央统计局，1—4月…`)
_BARE_CITED = regex.compile(rf"(?<![数根依证占单收])据(?!来自|来源|显示){_SOURCE_ORG}(?=[,:])")  # (not `数据来自…`)
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
_BRIEFING_SOURCE = regex.compile(
    rf"{_SOURCE_ORG}(?:\d{{1,2}}日|今天|今日|近日|日前)?(?:召开|举行|举办)[^,;。]{{0,12}}?新闻发布会,?(?:新闻)?发言人[\p{{Han}}·]{{0,4}}?介绍"
)
_OFFICIAL_POST = rf"(?:党组成员、)?副?(?:{OFFICIAL_POSTS}|科长|秘书长)|总经济师|总统计师"
# `大庆海关相关负责人介绍，…`: a body's official opening the sentence speaks for the body
# (or by post and name, and where: `区商务局副局长孔祥瑞在通报中介绍`)
_OFFICIAL_SOURCE = regex.compile(
    rf"\s*{_SOURCE_ORG}(?:相关|有关)?(?:主要)?(?:负责人|新闻发言人|发言人|{_OFFICIAL_POST})(?:[\p{{Han}}·]{{0,4}}?)(?:在[^,;。]{{1,12}}?[中上时])?介绍"
)


def _official_source(text: str, s: int, b: int):
    """`大庆海关相关负责人介绍，…` opening the sentence: the body, not a department speaking for
    its company or association (`公司海外事业部负责人介绍`, `省贸促会会员部负责人介绍`)."""
    m = _OFFICIAL_SOURCE.match(text, s, b)
    if m is None or _NOT_A_WHOLE_BODY.search(m.group("org")):
        return None
    return m


_NOT_A_WHOLE_BODY = regex.compile(r"^(?:公司|该|本|我|其)|(?:会|公司|集团)[\p{Han}]{1,6}?(?:部|处|科|室|中心)$")


# a company reporting its own figures: `星河跨境科技股份有限公司…发布的半年度报告显示`,
# `据深圳市蓝湾云仓供应链有限公司介绍`, `…电子有限公司总经理王志强介绍`
_COMPANY_SOURCE = regex.compile(
    r"(?:根据|据)?(?P<org>[\p{Han}]{2,24}?(?:有限公司|有限责任公司|集团))(?:[^,;。]{0,30}?)(?:报告显示|公告显示|年报显示|介绍|表示)"
)


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


_CONTINUES = regex.compile(r"其中|同时|此外|另外|其次")


_PARENS = regex.compile(r"\([^()]*\)")


# --- main ------------------------------------------------------------------------------------


def assemble(
    structure: Structure,
    *,
    doc: str | None = None,
    reference_date: dt.date | None = None,
    region: str | None = None,
    assumed_date: dt.date | None = None,
) -> Assembly:
    """The metrics of one segmented document.  ``assumed_date`` dates a text that states no year
    and was given no ``reference_date`` (the file's own date): its periods take the year it
    implies, and every metric so dated says so (``period.year_assumed`` and a warning)."""
    # the drafts, items and records of a large document are never in reference cycles: full
    # collections while they pile up would only walk them again (see ``layout.gc_paused``)
    with gc_paused(len(structure.layout.norm.text)):
        return _assemble(structure, doc=doc, reference_date=reference_date, region=region, assumed_date=assumed_date)


# a year closing a bracket after a report's name (`中国服务贸易竞争力指数报告（2025）`) or numbering
# its issues (`研究报告 2025年第12期`): its edition, not its figures' period
_EDITION_YEAR = regex.compile(r"\s*(?:[)）]|第\s*\d{1,3}\s*[期号])")


# a release of a period's data (`发布2024年江苏省外贸进出口数据`, `公布了今年前三季度全市外贸运行情况`)
_RELEASED = regex.compile(r"(?:发布|公布|通报|披露)了?\s*$")
RELEASE_LEAD_REACH = 300  # characters from the story's start its opening runs to
_RELEASED_DATA = regex.compile(r"[^。;,，]{0,20}?(?:数据|情况|统计|成绩单)")


def _released_period(text: str, lead: int, periods) -> PeriodMatch | None:
    """The period the story's opening says the data released are of."""
    end = lead + RELEASE_LEAD_REACH
    for p in periods:
        if lead <= p.start < end and p.granularity != "day" and p.last is not None and _RELEASED.search(text, max(lead, p.start - 6), p.start) \
                and _RELEASED_DATA.match(text, p.end):
            return p
    return None


# `（…，下同）` after a period: it holds for what follows
_SAME_BELOW = regex.compile(r"\s*[,，]\s*下同\s*[)）]")


def _assemble(
    structure: Structure,
    *,
    doc: str | None,
    reference_date: dt.date | None,
    region: str | None,
    assumed_date: dt.date | None = None,
) -> Assembly:
    norm = structure.layout.norm
    text = norm.text
    country = home_country(norm)
    ref, year = _reference(structure, reference_date, republic=country == "台湾")
    assumed = ref is None and year is None and assumed_date is not None
    if assumed:
        year = assumed_year(text, assumed_date)
        ref = posted_day(text, year)  # (a post stamped `3月21日 17:45`: its 本周 is that week)
    index = PlaceIndex(text)
    site_owner = _site_owner(text)
    home = _home_province(structure, text, site_owner)
    ctx = _DocContext(text, doc, _region(structure, region, index, home), None, ref, year, norm, index)
    ctx.given_region = region
    page_source = _outlet_name(structure.meta.source)
    headline_org = _headline_org(structure)
    if page_source and not structure.meta.publisher and headline_org and _SPEAKING_UNIT.fullmatch(page_source):
        # `来源：新闻发布中心`, `来源：国际收支司` on a page whose headline names the body
        # (`国家外汇管理局公布…`, `国家发展改革委7月份新闻发布会实录`): the body speaks
        page_source = None
    if page_source and _PAGE_COLUMN.fullmatch(page_source):
        page_source = None  # `来源：新闻发布会`: the site's column, not who speaks
    if page_source and structure.meta.publisher and _YEARBOOK_NAME.search(page_source):
        page_source = None  # `青岛统计年鉴·2025` signed `青岛市统计局`: the bureau compiling it gives the figures
    owner = report_owner(structure)  # the company whose own report the document is, publisher and announcer both
    # (a division named alone, `信息来源：服务贸易和商贸服务业处`, is the site owner's: `主办单位：江苏省商务厅`)
    ctx.publisher = (
        # `梅岗县发展和改革局局长　刘振华` under `…计划执行情况的报告 ——…在…常务委员会…会议上`: the
        # body whose official gave the report or the speech, not the office that printed it
        _reporting_body(text, structure.meta.publisher or site_owner)
        # `福建省统计局 编　　国家统计局福建调查总队`: the bureau compiling a statistics bulletin, not
        # the survey corps named beside it as co-issuer
        or (_editor_body(structure.meta.editor) if _CO_ISSUING_SURVEY.search(structure.meta.publisher or "") else None)
        or _qualified(page_source, structure.meta.publisher or site_owner) or structure.meta.publisher
        or _editor_body(structure.meta.editor)
        or headline_org  # `江西省人民政府新闻办公室新闻发布会实录`
        or _speaker_org(text)
        or _congress_government(text)  # a government work report: the government reporting
        or _communique_bureau(structure)
        or _periodical_bureau(structure)  # `成都统计月报  2024 年第 8 期`
        or _economy_office(text)  # `政府统计处今日发表的…数字显示`: Hong Kong's statistics office
        or _release_issuer(structure)  # `海纳环球发布2025年度经营数据：…`
        or owner  # `鼎岳重工 2024 年度环境、社会及治理（ESG）报告`
    )
    ctx.self_org = _self_org(structure.meta.editor, structure.meta.publisher, structure.meta.source) or _group_in_headline(structure)
    ctx.province = home
    if ctx.publisher and home and (kind_only := _BODY_BY_KIND.match(ctx.publisher)) is not None and home.endswith(kind_only.group("k")):
        # `自治区商务厅电子商务和信息化处` signing a Guangxi brief: 广西壮族自治区商务厅…
        ctx.publisher = home + ctx.publisher[kind_only.end() :]
    ctx.home_country = country
    ctx.zone = _zone(structure)
    ctx.facility = _posting_facility(structure.meta.publisher)
    # (a fair's report dated only by its year, `…成交统计表(20221114定稿)`: the fair's months in that year)
    ctx.event, ctx.event_period, ctx.fair_named = _event(structure, ref or (dt.date(year, 12, 31) if year else None))
    ctx.delegation = _delegation(structure)
    ctx.fair_visit = ctx.event is not None and (ctx.delegation is not None or _visiting_fair(structure))
    ctx.listed = _listed_companies(text)
    if _PRESS_CONFERENCE.search(text, 0, min(len(text), SPEAKER_LIST_REACH)):
        ctx.speakers = speaker_bodies(text)
    if any(k in text for k in MAIL_MARKERS):
        ctx.senders = mail_senders(text)
    filing = _filing_company(text)
    ctx.announcer = (_announcer(text) or filing or _interviewed_firm(text) or _headlined_firm(text) or _own_platform(text, ctx.publisher)
                     or owner)
    ctx.publisher = ctx.publisher or filing
    ctx.reporting = _reporting_companies(text, ctx.listed) if ctx.listed else ()
    ctx.county = _named_county(text) if "县" in text else None
    ctx.plan_period = _issued_plan(text, ref)
    ctx.full_names = {m["name"]: company_name(m["full"]) for m in _SHORT_NAME.finditer(text)}
    ctx.title_end = _title_period_end(structure)
    ctx.doc_title, ctx.doc_period = _front_context(structure, ref, year)
    fiscal = fiscal_start(text)
    ctx.fiscal_years = fiscal_periods(text, fiscal) if fiscal is not None else []
    if ctx.fiscal_years:
        # `2024-25财年印中双边贸易简况`: the fiscal year the headline names
        fy = next((f for p in structure.front[:TITLE_LINES] if p.nend - p.nstart <= 60
                   for f in ctx.fiscal_years if p.nstart <= f.start and f.end <= p.nend), None)
        ctx.doc_period = fy or ctx.doc_period
    # the dates the text gives a holiday (`假期长达8天（9月29日至10月6日）`), for every mention of it
    holidays = holiday_dates(text, ref, year) if "假" in text or "黄金周" in text else []
    if ctx.doc_period is not None and holidays:
        ctx.doc_period = dated_holidays([ctx.doc_period], holidays)[0]
    if ctx.doc_period is not None:
        # (`12月份全市主要经济指标` on a page generated on 24 January: last year's December)
        ctx.doc_period = _not_after(ctx.doc_period, ref, text)
    ctx.front_lines = tuple(text[p.nstart : p.nend] for p in structure.front[:TITLE_LINES] if p.nend - p.nstart <= 60)
    # (also a province's site reposting a national body's release on the nation: `信息来源：商务部网站`
    # under `商务部公布1—10月我国服务贸易发展情况`)
    # (a city's statistics site reposting the national bureau's release, `2025年10月中国采购经理指数
    # 运行情况`: the city is only the site's)
    ctx.national = NATIONAL_BODY.match(ctx.publisher or "") is not None and (
        (not ctx.region and (not ctx.province or any(_NATION_IN_HEADING.search(line) for line in ctx.front_lines)))
        or any(NATION_AFTER_PERIOD.search(line) for line in ctx.front_lines[:4])
        # (a provincial site's repost of a national body's release: `【转载】国家发展改革委8月份新闻发布会实录`)
        or any(_REPOSTED_NATIONAL.search(line) for line in ctx.front_lines[:4])
    )
    # (a digest of bare headlines, `【本期导读】· …`, makes no titled articles of the report)
    ctx.data_notes = data_notes(text)
    ctx.cited = cited_notes(text) if any(c in text for c in MARK_CHARS) else {}
    ctx.prose_notes = _prose_notes(ctx, structure) if ctx.data_notes else []
    issue_brief = structure.meta.issue is not None or structure.meta.issue_total is not None
    ctx.report_like = bool(structure.sections) and not any(a.title and a.paragraphs for s in structure.sections for a in s.articles)
    ctx.title_single_month = _title_single_month(structure)
    ctx.reported_month = _reported_month(text, ref) if structure.meta.date else None
    if ctx.reported_month is None and ctx.doc_period is not None and _single_month(ctx.doc_period):
        # `本月：增加值同比增长10.2%` under `12月份全市主要经济指标`: the month the brief reports
        ctx.reported_month = ctx.doc_period.first.replace(day=1)
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
            # (`12月份全市主要经济指标` over a page generated on 24 January: last year's December)
            got = title_cache[key] = dated_holidays([
                _not_after(p, ref, text) for p in find_periods(text[t0:t1], reference_date=ref, default_year=year, offset=t0, republic=ctx.republic)
                if p.granularity not in _UNDATED
            ], holidays)
            if ctx.fiscal_years:
                got = title_cache[key] = with_fiscal_years(got, ctx.fiscal_years, t0, t1)
        return got

    articles: list[ArticleBlock] = [a for s in structure.sections for a in s.articles]
    if structure.front:
        # the text before the first section heading: a press release's headline and lead (the
        # whole release when it has no section headings)
        # (and a numbered heading over its paragraphs, `一、2025年和“十四五”时期工作回顾`, or a
        # bullet's, `■ 过去一年：…`, whose period governs them)
        headline = _headline_para(structure)

        def prose(p) -> bool:
            return len(p.lines) > 1 or p.nend - p.nstart >= 30 or _SENTENCE_MARK.search(text, p.nstart, p.nend) is not None

        # (a short line stating a figure below the lead, an infographic's text version:
        # `　制造业　↑8.1%`, `出口：789.2亿元（+7.1%）`; not a headline's lines above it)
        # (a card of figure lines under its headline and no prose at all: the lines after the headline)
        lead = next((k for k, p in enumerate(structure.front) if p is not headline and prose(p)),
                    next((k for k, p in enumerate(structure.front) if p is headline), len(structure.front)))
        body = [p for k, p in enumerate(structure.front) if prose(p)
                or ((_ITEM_HEADING.match(text, p.nstart) or _period_bullet(text, p.nstart)) and p is not structure.front[0])
                or (k > lead and _FIGURE_LINE.search(text, p.nstart, p.nend) and not _CELL_BAR.search(text, p.nstart, p.nend))
                or (k > lead and is_unit_list_row(text, p.nstart, p.nend))]  # (`① 寿光市｜186.4｜+12.7%` under `（单位：亿元）`)
        if structure.sections:
            items = _lead_in_items(text, structure.front)
            body = [p for p in body if _SENTENCE_MARK.search(text, p.nstart, p.nend) or is_unit_list_row(text, p.nstart, p.nend) or id(p) in items]
        hl = text[headline.nstart : headline.nend]
        m = _HEADLINE_ORG.match(hl, _after_column_label(hl, 0, len(hl)))
        outlet = m.group("org") if m else None
        if outlet is None and body:
            # `青禾县融媒体中心讯（记者…）`, `新华社北京10月17日电`, `21世纪经济报道记者 …报道`:
            # the outlet filing the story
            for para in structure.front[1:BYLINE_REACH]:
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
    line_heading = None  # (the heading, its rank) of the section whose heading line set ctx.heading_period
    # the listed company the document is headlined with (`泰岳重工：海外收入占比首次过半`)
    story_org = next((o for p in structure.front[:STORY_HEADLINE_REACH]
                      if (o := _title_org(text[p.nstart : p.nend], text, p.nstart, p.nend, ctx.listed)) in ctx.listed), None)
    # one story whose parts run on untitled under headings (`【季度走势】`): its headline's period
    one_story = bool(articles) and articles[0].title is not None and not any(a.title for a in articles[1:])
    story_period = None
    for art in articles:
        if art.source and art.paragraphs:
            ctx.article_sources.append((art.paragraphs[0].start, art.paragraphs[-1].end, _first_body(art.source)))
            # `…位居全市前三位（详见表1）。（来源：青岛海关）`: the table the article points to
            # reports that source's figures
            for m in _TABLE_CITED.finditer(text, art.paragraphs[0].nstart, art.paragraphs[-1].nend):
                ctx.table_sources.setdefault(_table_key(m.group("t")), _first_body(art.source))
        elif art.paragraphs and id(art) in closing and (not art.title or _TABLE_TITLE_START.match(art.title)):
            # a part with no 来源 of its own under a section its last part's line closes: its tables
            # too (not an item under its own headline, `● 1—9月全市对外投资合作情况`: its table is its own)
            ctx.article_sources.append((min(art.start, art.paragraphs[0].start), art.paragraphs[-1].end, closing[id(art)]))
        if not art.paragraphs:
            if not _subsection(text, art.heading_nspan):
                ctx.last_article = None  # a new top-level heading: no survey goes on under it
            if art.title_nspan:
                # a heading with no body of its own (`◆ 前三季度全市服务外包运行情况` over
                # `■ 总体情况`, `■ 业务结构`…): its period governs the articles under it
                tps = [p for p in title_periods(*art.title_nspan, ctx.reference, ctx.default_year) if p.granularity != "day"]
                if tps and _FIGURE_LINE.search(text, *art.title_nspan) and _within_longer(tps[0], ctx.doc_period):
                    continue  # (not a card's figure line of one month of the year reported: `●　12月当月进出口：221.4亿元`)
                ctx.heading_period = tps[0] if tps else ctx.heading_period
            continue
        a0, a1 = art.paragraphs[0].nstart, art.paragraphs[-1].nend
        if line_heading is not None and art.heading_nspan != line_heading[0] and _heading_rank(text, art.heading_nspan) == line_heading[1]:
            ctx.heading_period, line_heading = None, None  # the next section of that rank: its own period
        if _figureless(figure_starts, a0, a1) and "持平" not in text[a0:a1]:
            if not art.title and len(art.paragraphs) == 1 and _HEADING_ONLY.fullmatch(text, a0, a1):
                # a section's untitled heading line (`【数据月报】` over `1—8月全市服务外包运行情况`,
                # then `一、总体情况`…): its period governs the parts under it, until the next
                # heading of the same rank (`【行业资讯】`)
                tps = [p for p in title_periods(a0, a1, ctx.reference, ctx.default_year) if p.granularity != "day"]
                if tps:
                    ctx.heading_period, line_heading = tps[0], (art.heading_nspan, _heading_rank(text, art.heading_nspan))
            continue  # no figure in the article: nothing to assemble
        year = _article_year(art, ctx, title_periods)
        ref = ctx.reference or (dt.date(year, 12, 31) if year else None)
        periods = [_not_after(p, ctx.reference, text) for p in find_periods(text[a0:a1], reference_date=ref, default_year=year, offset=a0, republic=ctx.republic)
                   if p.granularity not in _UNDATED  # `21世纪经济报道` dates no figure
                   and not _comparison_base(text, p) and not _release_time(text, p)]
        periods = dated_holidays(periods, holidays)
        if ctx.fiscal_years:
            periods = with_fiscal_years(periods, ctx.fiscal_years, a0, a1)
        periods = _turned_to_this_year(text, periods, art, ref, year)
        if (plan := _plan_year(art, ref, ctx.default_year) or (ctx.plan_period.first.year if ctx.plan_period else None)) is not None:
            periods = [_in_plan_year(p, plan) for p in periods]
        # an article without a 来源 line may open with its outlet's dateline (`财联社11月25日电，…`)
        table_note = art.source_span is not None and _under_a_table(structure.layout.original, art.source_span[0])
        # (a data-source line under a table is the table's: the prose above it has its own)
        outlet = _first_body(art.source) if art.source and not table_note else (
            closing.get(id(art)) or _dateline_outlet(text, art) or _item_credit(text, art)
        )
        if outlet is None and art.section and ctx.front_list_source is not None:
            outlet = ctx.front_list_source
        if outlet is None and art.section and (speaker := _SPEAKER_HEADING.fullmatch(regex.sub(r"\s+", "", art.section))):
            outlet = speaker.group("org")  # `【国家外汇管理局湖北省分局副局长　孙明远】`: the speaker's body gives the figures
        if outlet and ctx.publisher and _SPEAKING_UNIT.fullmatch(outlet):
            outlet = ctx.publisher  # `来源：新闻办公室` under a page of 国家外汇管理局: the body speaking
        else:
            outlet = _qualified(outlet, ctx.publisher)  # `信息来源：市场管理处` on a page of 西安市文化和旅游局: its division
        actx = _ArticleContext(outlet=outlet, title=art.title, section=art.section)
        if art.source and not table_note and "、" in art.source:
            actx.listed_sources = tuple(b for x in art.source.split("、") if (b := _outlet_name(x.strip())))
        if ctx.speakers:
            actx.speaker_body = speaker_heading(art.title, ctx.speakers)
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
            (None if ctx.national else _article_province(ctx.places, a0, a1, ctx.province, art.paragraphs[0].nend if art.paragraphs else a1))
            or _title_province(art.title or ctx.doc_title)
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
            # (not a chart's legend taken for a bulleted title, `■进出口总额━比上年增长`)
            if span and not _on_chart_line(text, span[0]):
                tps = [p for p in title_periods(span[0], span[1], ref, year) if p.granularity != "day"]
                # (`一、“十四五”时期和2025年工作回顾`: the year reviewed governs; the five years are
                # named where a figure is theirs)
                tps = [p for p in tps if not _several_years(p)] or tps
                if tps:
                    actx.period = tps[0]
                    if (
                        span is art.title_nspan and one_story and art is articles[0] and ctx.doc_period is None
                        and not _EDITION_YEAR.match(text, tps[0].end)  # (not a report's edition)
                    ):
                        story_period = tps[0]
                actx.survey_period = next((p for p in tps if _surveys(text, p)), actx.survey_period)
        if actx.period is None and art.title is None and story_period is not None:
            # `2024年我市外贸进出口6126.4亿元` over a story whose parts run on under `【季度走势】`,
            # `【结构亮点】`: the parts are of the year the headline states
            actx.period = story_period
        actx.title_org = _title_org(art.title, text, a0, a1, ctx.listed)
        if actx.title_org is None and art.title is None and story_org is not None:
            # `泰岳重工：海外收入占比首次过半` over the parts `互动问答`, `记者观察`: a listed
            # company's story goes on in its untitled parts (`公司电动化产品…`)
            actx.title_org = story_org
        actx.default_subject = actx.title_org or _article_default_subject(ctx, actx, text, a0, a1)
        ctx.article_subjects.append(actx.default_subject)
        actx.first_para_start = art.paragraphs[0].nstart
        if art.section and ctx.front_lead_day is not None:
            actx.lead_day = ctx.front_lead_day
        # the lead: the first paragraph that ends a sentence (not a headline swept into the body)
        actx.lead_para_start = next(
            (p.nstart for p in art.paragraphs if _SENTENCE_MARK.search(text, p.nstart, p.nend)), actx.first_para_start
        )
        if actx.period is None and (released := _released_period(text, actx.first_para_start, periods)) is not None:
            # `1月20日，南京海关发布2024年江苏省外贸进出口数据。` over a card of figures that state
            # no period: the data released are of that year
            actx.period = released
            if ctx.doc_period is None and story_period is None and art is articles[0]:
                story_period = released
        pstarts = [p.start for p in periods]
        item_sources = _item_sources(text, art.paragraphs, _next_heading(structure, a0)) if art.source is None else {}
        article_outlet = actx.outlet
        for para in art.paragraphs:
            if item_sources:
                item_outlet = item_sources.get(para.nstart, article_outlet)
                if item_outlet != actx.outlet:
                    actx.lead_source = None  # a new item: the body the last one cited is not its source
                actx.outlet = item_outlet
            pp = actx.para_period
            if not (
                pp is not None and pp.granularity == "year"
                and (
                    text.startswith("其中", para.nstart)
                    # (not a span of years, `2020—2024年年均增长…`, nor a year the article's own
                    # period is not: `较2024年全年提高…` in a half-year's report)
                    or _BREAKDOWN_OF_WHOLE.match(text, para.nstart) and not _several_years(pp)
                    and (actx.period is None or (actx.period.first, actx.period.last) == (pp.first, pp.last))
                )
            ):
                # (`全年货物进出口总额…。` / `其中，出口…`, `从贸易伙伴看，对日本…`: the year goes on
                # into the paragraph breaking its figures down)
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
                    art.source_span is None and _SUBITEM.match(text, para.nstart)
                    and actx.lead_source is not None and actx.lead_source[1][0] - actx.first_para_start <= _LEAD_CITATION_REACH
                    and (
                        _SUBITEM.match(text, actx.first_para_start)
                        # (or a lead-in of no figures citing the body over the items: `据商务部服务外包
                        # 业务管理和统计系统统计，一季度全市服务外包业务实现平稳开局…` over `（一）总体情况。…`)
                        or _figureless(figure_starts, actx.first_para_start, text.find("\n", actx.first_para_start))
                    )
                )
            ):
                actx.lead_source = None
            elif news_story and para.nstart > actx.lead_para_start and not (
                # (but `其中，服务出口…` right after the lead breaks its figures down: the same body's)
                text.startswith("其中", para.nstart) and actx.para_start == actx.lead_para_start
            ):
                # a news story: the body its lead cites gave the lead's figures; later paragraphs
                # name their own sources or are the outlet's reporting
                actx.lead_source = None
            if actx.list_source is not None and not _LIST_ITEM.match(text, para.nstart, para.nend):
                actx.list_source = None  # the items under the cited lead-in are over
            actx.inline_source = actx.list_source or actx.lead_source
            if (credit := _closing_credit(text, para.nstart, para.nend)) is not None:
                # `…同比增长12.3%。（区发改局、区投资促进中心）`: the paragraph's own contributors,
                # not the body the article's lead cited
                actx.inline_source = credit
            actx.subject = None
            if news_story:
                actx.sample = None  # a story quoting a survey goes on to other figures (`预计全年…`)
            if ctx.senders[0]:
                # a thread's message sent by a body gives that body's figures (a person's, none)
                actx.speaker_body = sender_at(ctx.senders, para.nstart)
            if ctx.speakers:
                turn, body = speaker_turn(text, para.nstart, para.nend, ctx.speakers)
                if turn:
                    actx.speaker_body = body  # (the turn runs on over the paragraphs after it)
                    # a company's manager at a government's press conference (`天津港（集团）有限公司
                    # 副总经理`): the company's figures, where a sentence names no other subject
                    if actx.article_default is None:
                        actx.article_default = actx.default_subject
                    firm = body is not None and FIRM_NAME_END.search(body) is not None
                    actx.default_subject = body if firm else actx.article_default
                    if body is not None and actx.lead_source is not None and actx.lead_source[1][0] < para.nstart:
                        # a body an earlier turn named (the host's `今天我们请来了…国家统计局…`)
                        # is not the source of what the next speaker, who speaks for a body of
                        # their own, says
                        actx.lead_source = None
                        actx.inline_source = actx.list_source
            actx.para_start = para.nstart
            actx.para_first_metric = len(out.metrics)
            actx.para_indicator = None
            actx.para_label = _paragraph_label(text, para.nstart, para.nend)
            actx.para_company = _company_label(text, para.nstart, para.nend)
            if _NUMBERED_SUBHEADING.match(text, para.nstart, para.nend):
                # a numbered subheading introducing a company (`（二）宁国市皖山食品有限公司：山核桃
                # “走出去”`): its paragraphs, saying 公司 and 企业, are that company's; any other
                # subheading ends them
                actx.heading_company = actx.para_company if not _DIGIT.search(text, para.nstart, para.nend) else None
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
                # the sentence's own source, for it alone: `…同比增长15.3%[2]。` over `[2] 海口海关. …`
                # (the body the note names), or `▪ 8月出口2.09万亿元，同比增长4.8%。（海关总署）`
                own = cited_in(text, s, e, ctx.cited) if ctx.cited else None
                if own is None and (credit := _TRAILING_CREDIT.match(text, e)) is not None:
                    own = (credit.group("org"), credit.span("org"))
                if own is None:
                    _sentence(ctx, actx, art, s, e, sq, sp, out, norm)
                else:
                    cited, actx.inline_source = actx.inline_source, own
                    _sentence(ctx, actx, art, s, e, sq, sp, out, norm)
                    actx.inline_source = cited
            if actx.item is None:
                lead = _lead_in(text, para.nstart, para.nend, periods)
                actx.lead_in = (*lead, actx.subject) if lead else None
            last = text.rfind("。", para.nstart, para.nend - 1) + 1 or para.nstart
            if (
                actx.inline_source is not None and text[para.nend - 1 : para.nend] == ":"
                and _figureless(figure_starts, last, para.nend)
                and (last == para.nstart or actx.inline_source[1][0] >= last or _figureless(figure_starts, para.nstart, para.nend))
            ):
                # `商务大数据监测显示，…呈现以下特点：` over `■ 一是…`: the items report what the lead-in
                # cites (a lead-in of its own, no figures; or the paragraph's last sentence citing
                # its own source after sentences of figures)
                actx.list_source = actx.inline_source
        if not art.section and structure.sections and ctx.front_lead_day is None:
            # `4月20日，…推介会在香港举行。…` over `一、签约项目…`: the event the sections report on
            ctx.front_lead_day = actx.lead_day
        if (
            not art.section and structure.sections and actx.list_source is not None and not structure.meta.source
            and text[actx.list_source[1][1] : actx.list_source[1][1] + 1] not in ("、", "和", "与", "及")
        ):
            # `据中国人民银行山东省分行统计，…主要数据如下：` over `一、各项存款`, `二、各项贷款`: the
            # body the lead cites gave the sections' figures (one body, on a page naming no source
            # of its own: `据福州海关、厦门海关统计，现将…通报如下：` cites the customs houses for trade)
            ctx.front_list_source = actx.list_source[0]
    _share_changes_said_after(ctx, out)
    if _PREVIOUS_OR_EXPECTED.search(text):
        out.metrics = restate_previous_and_expected(out.metrics, ctx.norm.original)
    _add_table_metrics(ctx, structure, out)
    add_warnings(out.metrics)
    if assumed:
        out.metrics = mark_assumed_year(out.metrics, year, assumed_date)
    return out


_PREVIOUS_OR_EXPECTED = regex.compile(r"前值|前期值|上期值|上月值|预期")  # (a cheap test before reading them)


def _article_year(art: ArticleBlock, ctx: _DocContext, title_periods) -> int | None:
    """The year the article's yearless months take: its title's, else its section heading's
    (`一、2024年1—10月全市服务外包运行情况` over paragraphs saying `1—10月`), else the document's."""
    for span in (art.title_nspan, art.heading_nspan):
        if span:
            for p in title_periods(*span, ctx.reference, ctx.default_year):
                if span is art.heading_nspan and ctx.default_year is not None and (p.granularity not in _PART_OF_YEAR or not _YEAR_IN.search(p.text)):
                    continue  # (a year alone heading a part, `二、2025年工作打算`, or `八、下月工作重点`, dates no months)
                if p.year_resolved and p.first is not None and p.granularity not in _UNDATED:
                    return p.first.year  # not the `21世纪` of `21世纪经济报道`
    if art.section and (sy := _SECTION_YEAR.match(art.section)) is not None and (ctx.reference is None or int(sy["y"]) <= ctx.reference.year):
        return int(sy["y"])  # `【2024 · 成绩单】` over `全年实现…`: the year the section reviews
    return ctx.default_year


# a part of a year a heading reports on (`五、2025年上半年运行情况`, `二、2024年1—10月…`): its yearless
# months are of that year, even in a report whose own year is another
_PART_OF_YEAR = frozenset(("half", "quarter", "ytd", "month"))


# a section headed by a bare year and a label (`【2024 · 成绩单】`, `2025｜任务书`), not a dated title
# (`2025年全国吸收外资情况`: its later paragraphs may turn to the next year)
_SECTION_YEAR = regex.compile(r"\s*(?P<y>(?:19|20)\d\d)\s*[·•・|｜:：—\-](?!\d)")


_RELATIVE_YEAR_WORD = regex.compile(r"[今去上本明前同当]年")


def _turned_to_this_year(text: str, periods: list[PeriodMatch], art: ArticleBlock, ref: dt.date | None, year: int | None) -> list[PeriodMatch]:
    """`2024年山东省数字贸易规模突破千亿元` over `…2024年，…。` then `今年以来，…。一季度，…`: under a
    title naming a year before the document's date, a paragraph that turns to 今年 dates the
    yearless periods after it (一季度) in the document's year, not the title's."""
    if ref is None or year is None or year >= ref.year:
        return periods
    out = list(periods)
    for para in art.paragraphs:
        opener = next((p for p in periods if para.nstart <= p.start < para.nend and p.text.startswith("今年")
                       and p.first is not None and p.first.year == ref.year), None)
        if opener is None:
            continue
        redone = {q.start: q for q in find_periods(text[opener.end : para.nend], reference_date=ref, default_year=ref.year, offset=opener.end)}
        for i, p in enumerate(out):
            if (
                opener.end <= p.start < para.nend and p.first is not None and p.first.year == year
                and not _YEAR_IN.search(p.text) and not _RELATIVE_YEAR_WORD.search(p.text)
                and (q := redone.get(p.start)) is not None and q.end == p.end
            ):
                out[i] = q
    return out


def _plan_year(art: ArticleBlock, ref: dt.date | None, own_year: int | None = None) -> int | None:
    """The year after the document's own that its section or article heading names
    (`二、2026年工作计划` in a review dated December 2025; `二、2025年工作计划` in a report on
    `2024年工作情况和2025年工作计划` given in March 2025): what its `全年` means."""
    if ref is None:
        return None
    own = min(own_year or ref.year, ref.year)
    for heading in (art.section, art.title):
        years = {p.first.year for p in find_periods(heading or "", reference_date=ref) if p.granularity == "year" and p.first is not None}
        if len(years) == 1 and (y := years.pop()) > own:
            return y
    return None


# a plan's own title on a line of its own, or quoted by the notice issuing it (`关于印发《2026年
# 全省商务工作要点》的通知`); a line naming one year only (not `2025年工作总结和2026年工作计划`)
_PLAN_TITLE = regex.compile(
    r"^(?![\s\u3000]*[一二三四五六七八九十]{1,3}、)[^\n。；\d]{0,30}?(?P<y>20\d\d)年[\p{Han}]{0,16}?(?:工作要点|工作计划|工作安排|行动计划|重点工作安排)[^\n。；\d]{0,12}$",
    regex.M,
)
PLAN_TITLE_REACH = 800  # the plan's title stands at the head of the document (not a section's heading)
REVIEW_TITLE_REACH = 30  # characters before a plan's title line that may hold the review it follows
_REVIEW_BEFORE_PLAN = regex.compile(r"20\d\d年[^\n。；]{0,16}?(?:总结|回顾)[和与及暨、]?\s*$")


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
    if _REVIEW_BEFORE_PLAN.search(text, max(0, m.start() - REVIEW_TITLE_REACH), m.start()):
        # `关于2023年全省商务工作总结和` / `2024年工作安排的报告`: a title wrapped before the plan's
        # year; the report reviews the year before first, so its sections are not all the plan's
        return None
    return next((p for p in find_periods(text[m.start("y") : m.end("y") + 1], reference_date=ref, offset=m.start("y"))
                 if p.granularity == "year"), None)


def _in_plan_year(p: PeriodMatch, year: int) -> PeriodMatch:
    """`全年`, `年内` under a plan's heading: the plan's year."""
    if p.text not in _PLAN_YEAR_WORDS or p.first is None or p.first.year == year:
        return p
    return p._replace(first=dt.date(year, 1, 1), last=dt.date(year, 12, 31), start_month=f"{year}-01", end_month=f"{year}-12")


_PLAN_YEAR_WORDS = frozenset(("全年", "年内"))
_TABLE_TITLE_START = regex.compile(r"\s*(?:表|附表)\s*\d")  # `表1　1—9月各园区…`: a table's title, not an item's headline


def _heading_rank(text: str, span: tuple[int, int] | None) -> str | None:
    """How a section heading is marked: `【】`, `一、`, `（一）`, or None."""
    if span is None:
        return None
    c = text[span[0] : span[0] + 1]
    return "bracket" if c in "【[" else "paren" if c in "(（" else "count" if c in "一二三四五六七八九十" else None


_HEADING_ONLY = regex.compile(r"[^\n。；;!?]{4,40}")  # a short line, no sentence: a heading
_LEAD_YEAR_GRANULARITY = frozenset(("year", "half", "quarter", "ytd"))


_SITE_OWNER = regex.compile(r"(?:主办单位|主办|网站主办)\s*:\s*(?P<v>[\p{Han}]{2,20}?(?:厅|局|委员会|委|人民政府|政府|海关))")
SITE_FOOTER_REACH = 600  # characters at a web page's foot where its footer names the site's owner


_REPOSTED_NATIONAL = regex.compile(rf"[【\[]转载[】\]]\s*(?:{NATIONAL_BODY.pattern})")


def _site_owner(norm: str) -> str | None:
    """The body a web page's footer names as the site's owner (`主办单位：江苏省商务厅　　地址：…`)."""
    m = _SITE_OWNER.search(norm, max(0, len(norm) - SITE_FOOTER_REACH))
    return m.group("v") if m else None


def _home_province(structure: Structure, norm: str, site_owner: str | None = None) -> str | None:
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
    heads.append(site_owner)  # the site's owner in the page's footer, when nothing above names it
    for body in heads:
        found = _title_province(body) or customs_province(body)  # `长春海关统计月报` -> 吉林省
        if found:
            return found
    if structure.front:
        # a provincial paper's masthead (`大众日报` over `…记者从省商务厅获悉，2024年我省…`)
        masthead = norm[structure.front[0].nstart : structure.front[0].nend]
        if (paper := _PAPER_NAME.match(masthead)) is not None and (served := media_home_provinces().get(paper.group())) is not None:
            return served
    for body in heads:
        m = _UNLISTED_PROVINCE.match(body or "")
        if m and lookup(m.group("r")) is None and (_PROVINCE_PRONOUN.search(norm) or norm.count(m.group("r")) >= 2):
            return m.group("r")
    return _lead_province(norm)


_PAPER_NAME = regex.compile(r"\s*[\p{Han}]{2,6}?(?:日报|晚报|都市报|晨报|快报|今报|早报|新报|报)")


HOME_LEAD_REACH = 300  # characters at a document's head where an editor's note names the province it is about


def _lead_province(norm: str) -> str | None:
    """The one province a document's head names when its text speaks of 全省 / 全区 (a repost
    whose editor's note reads `本文节选自广西数字经济研究中心编制的《广西数字经济发展白皮书》`), not a
    city's post that names its province once (`…2025年11月18日 17:30 江苏`, `快于全省平均水平`)."""
    if len(_PROVINCE_PRONOUN.findall(norm)) <= len(_OWN_CITY_WORDS.findall(norm)):
        return None
    named = {p.canonical for m in place_mentions(norm[:HOME_LEAD_REACH]) if (p := lookup(m.group())) is not None and p.kind == "province"}
    return named.pop() if len(named) == 1 else None


def _article_province(index: PlaceIndex, a0: int, a1: int, home: str | None = None, lead_end: int | None = None) -> str | None:
    """The first province an article names.  In a provincial body's document another province
    must be named twice, once in the article's first paragraph (``lead_end``), to be the
    article's (a footnote's `未包括…台湾省` is not)."""
    found = [(s, p.canonical) for s, _, form in index.between(a0, a1) if (p := lookup(form)) is not None and p.kind == "province"]
    named = [x for _, x in found]
    if home is not None:
        # (`（三）在中部六省中保持领先。…湖北、安徽…。我省…增速低于湖北` in a 河南 brief's later item
        # compares, it does not move the brief to 湖北)
        counts, first_at = Counter(named), {}
        for s, x in found:
            first_at.setdefault(x, s)
        opening = a1 if lead_end is None else lead_end
        named = [x for x in named if x == home or (counts[x] >= 2 and first_at[x] < opening)]
    return named[0] if named else None


# how a body's name ends in a headline (not a word ending in 部 or 局: `内部`, `开局良好`, `新格局`, `大局`)
_HEADLINE_BODY_END = r"(?<![东西南北中内外全局底顶])部|(?<![开格布大结出变残赌当])局|署|委员会|委|办公室|政府|海关|统计局"
# A press release names its publisher at the head of its headline: `商务部新闻发言人介绍…`.
_HEADLINE_ORG = regex.compile(rf"(?P<org>[\p{{Han}}]{{2,12}}?(?:{_HEADLINE_BODY_END}))(?=[\p{{Han}}:：])")


def _dateline_outlet(text: str, art: ArticleBlock) -> str | None:
    """The outlet whose dateline opens the article's first paragraph (`财联社11月25日电，…`), when
    the gazetteer knows it as an outlet."""
    if not art.paragraphs:
        return None
    p = art.paragraphs[0]
    m = _DATELINE_OUTLET.match(text, p.nstart, p.nend)
    return media_outlets().get(m.group("org")) if m else None


BYLINE_REACH = 6  # front paragraphs, the nameplate's included, down to a story's byline or dateline
_BYLINE_OUTLET = regex.compile(r"(?P<org>[\p{Han}\d]{2,12}?(?:报道|日报|晚报|商报|时报|报|网|社|财经|新闻))\s*(?:记者|通讯员)")
_INNER_CUE = re.compile(r"显示|表明|测算|监测|统计|公布|获悉|了解到|得知|数据")  # a cue word inside a `据…，` scan
_SOURCE_CUE = re.compile(r"显示|表明|测算|监测|统计|公布|获悉|了解到|得知|原文[:“]|数据[,:①②③④⑤]|介绍|表示|发布[,:]|消息[,:]|据[\u4e00-\u9fff]{2,24}?(?<!介绍)(?<!统计)(?<!数据)(?<!显示)(?<!测算)(?<!监测)(?<!公布)(?<!获悉)(?<!消息)(?<!发布)(?<!表示)[,:]")  # literal scan: the stdlib engine is faster


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
# a 来源 line right under an item's title (`上半年我国货物贸易进出口21.79万亿元` / `来源：新华社`)
_ITEM_SOURCE_UNDER_TITLE = regex.compile(
    r"(?m)(?<=^[ \t\u3000]*[^\n。；;]{4,60}\n(?:[ \t\u3000]*\n)?)^[ \t\u3000]*来源[:：][ \t\u3000]*(?P<s>[^()（）\n:：]{2,30}?)[ \t\u3000]*$"
)
_ITEM_TITLE_LIKE = regex.compile(r"[^\n。；;]{4,60}")
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
        return _opened_item_sources(text, paragraphs, a, b)
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


def _opened_item_sources(text: str, paragraphs, a: int, b: int) -> dict[int, str]:
    """A post of reposted items, each a title with `来源：新华社` on the line under it: each
    paragraph's source, by the paragraph's start (the title's too).  Empty unless two items or
    more open so."""
    opening = [(m.start(), _first_body(m.group("s"))) for m in _ITEM_SOURCE_UNDER_TITLE.finditer(text, a, b)]
    if len(opening) < 2:
        return {}
    out: dict[int, str] = {}
    for para in paragraphs:
        k = bisect.bisect_right(opening, (para.nend, "\uffff"))
        if k < len(opening) and text.count("\n", para.nend, opening[k][0]) <= 2 and _ITEM_TITLE_LIKE.fullmatch(text, para.nstart, para.nend):
            out[para.nstart] = opening[k][1]  # the item's title, over its 来源 line
        elif k:
            out[para.nstart] = opening[k - 1][1]
    return out


# an airport's or inland port's own account (`赣州国际陆港发布`, `花湖机场宣传中心`): the facility, then the
# account's or desk's word
_FACILITY_ACCOUNT = regex.compile(
    r"(?P<f>[\p{Han}]{2,10}?(?:国际陆港|陆港|铁路港|国际机场|机场|国际港务区|港务区))(?:发布|融媒|宣传中心|新闻中心|官微|微讯|资讯)?"
)


def _posting_facility(publisher: str | None) -> str | None:
    """The airport or inland port whose own account or press desk posts the document (its figures
    are the facility's when a sentence names no one), else None."""
    m = _FACILITY_ACCOUNT.fullmatch(publisher or "")
    return m.group("f") if m else None


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
    start = _after_column_label(norm, first.nstart, first.nend)
    m = _HEADLINE_ORG_LONG.match(norm, start, min(first.nend, start + 40))
    if m:
        return m.group("org")
    for p in structure.front[:REPORT_HEADLINE_REACH]:
        # an official report's or notice's headline under its file number (`琼商务〔2024〕156号` /
        # `海南省商务厅关于海南交易团参加服贸会…的报告`), or an embassy's office as the masthead
        # (`驻埃塞俄比亚使馆经商处` over `经商处简报〔第7期〕`): the body issuing it
        if (m := _REPORT_HEADLINE.match(norm, p.nstart, min(p.nend, p.nstart + 40)) or _EMBASSY_OFFICE.fullmatch(norm, p.nstart, p.nend)):
            return m.group("org")
    return None


REPORT_HEADLINE_REACH = 6  # front paragraphs: a masthead, file number and field lines over the headline
_REPORT_HEADLINE = regex.compile(rf"(?P<org>[\p{{Han}}]{{2,16}}?(?:{_HEADLINE_BODY_END}|厅|处))关于")
_EMBASSY_OFFICE = regex.compile(r"\s*(?P<org>驻[\p{Han}]{2,12}?(?:大使馆|使馆|总领事馆|领事馆)(?:经济商务处|经商处|经济商务参赞处)?)\s*")


def _after_column_label(text: str, start: int, end: int) -> int:
    """Where a headline's words begin after its column's label (`权威发布丨市商务局新闻发言人就…`:
    丨 is a Han character, so the label would otherwise run into the body's name)."""
    label = _HEADLINE_COLUMN.match(text, start, end)
    return label.end() if label else start


_HEADLINE_COLUMN = regex.compile(r"[\p{Han}]{2,6}?\s*丨\s*")  # (a bar that is no Han character, `|`, ends a name anyway)


_MASTHEAD_PAPER = regex.compile(r"(?P<org>[\p{Han}]{2,8}?(?:日报|晚报|商报|时报|都市报|经济报))")


def _congress_government(text: str) -> str | None:
    """The government reporting to that congress (`贵州省人民政府`)."""
    place = _congress_place(text)
    return place + "人民政府" if place else None


_CO_ISSUING_SURVEY = regex.compile(r"调查总队$|调查队$")
STORY_HEADLINE_REACH = 6  # the front's paragraphs (site chrome, headline) a story's headline is among
SPEECH_FRONT = 800  # characters at the top of a speech or report holding its title and its speaker's line
_SPEECH_MARK = regex.compile(r"讲话|报告|在[^。\n]{2,40}?会议上")
_REPORTING_OFFICIAL = regex.compile(
    r"^(?P<org>[\p{Han}]{2,20}?(?:局|厅|委员会|管委会|委|办公室|人民政府|政府))"  # (`长沙高新区管委会主任　唐志远`)
    r"(?:党组书记、|党委书记、|党组成员、)?(?:副|常务副)?(?:局长|厅长|主任|县长|市长|区长|省长)\s*[\p{Han}·]{2,4}$",
    regex.M,
)


# the head of a government giving its work report (`洛阳市市长　周慕远`, `自治区主席　…`)
_REPORTING_HEAD = regex.compile(r"^[ \t\u3000]*(?P<place>[\p{Han}]{2,10}?(?:省|市|县|区|州|自治区|自治州|自治县))(?:代)?(?:省长|市长|县长|区长|州长|主席)[ \t\u3000]*[\p{Han}·]{2,4}[ \t\u3000]*$", regex.M)


def _reporting_body(text: str, publisher: str | None) -> str | None:
    """The body of the official a speech or a report is given by (`省商务厅党组书记、厅长　刘建华`
    under `在全省商务工作会议上的讲话`), its full name where the page's owner gives it; a government
    work report's, its government (`洛阳市市长　周慕远` -> 洛阳市人民政府, not the congress office
    printing it)."""
    front = text[:SPEECH_FRONT]
    if not _SPEECH_MARK.search(front):
        return None
    if "政府工作报告" in front and (head := _REPORTING_HEAD.search(front)) is not None:
        return head.group("place") + "人民政府"
    if (m := _REPORTING_OFFICIAL.search(front)) is None:
        return None
    org = m.group("org")
    return publisher if publisher and publisher != org and publisher.endswith(org) else org


def _speaker_org(text: str) -> str | None:
    """A press conference's first speaker's body (`发布人：商务部副部长　周立` -> 商务部): whose
    figures the transcript reports."""
    m = _SPEAKER_FIELD.search(text, 0, min(len(text), 2000))
    return m.group("org") if m else None


_SPEAKER_FIELD = regex.compile(
    r"(?:发布人|发言人|出席人|主讲人)\s*:\s*(?P<org>[\p{Han}]{2,16}?(?:部|局|署|厅|委员会|办公室|政府|海关|统计局|银行))(?=[\p{Han}])"
)
_HEADLINE_ORG_LONG = regex.compile(rf"(?P<org>[\p{{Han}}]{{1,16}}(?:{_HEADLINE_BODY_END}|厅))(?=[\p{{Han}}:：]|\d{{1,2}}月)")


def _title_province(title: str | None) -> str | None:
    for m in place_mentions(title or ""):
        p = lookup(m.group())
        if p is not None and p.kind == "province":
            return p.canonical
    return None


# bodies whose figures count a whole economy, never a surveyed sample of firms
_OFFICIAL_STATISTICS = regex.compile(r"海关|统计局|调查总队|调查队|商务部|商务厅|商务局|外汇管理局|国家统计局")


# a body credited in brackets closing a line (`…同比增长4.8%。（海关总署）`, `（据国家统计局）`), or
# several (`（区发改局、区投资促进中心）`: the first gave the figures)
_CREDITED_BODY = r"[\p{Han}]{2,20}?(?:总署|署|总局|局|部|委员会|委|办公室|办|协会|商会|研究院|研究所|中心|银行|海关|交易所|新华社)"
_TRAILING_CREDIT = regex.compile(
    rf"[ \t]*\((?:据|来源:|数据来源:)?(?P<org>{_CREDITED_BODY})(?:、{_CREDITED_BODY}){{0,3}}\)[ \t]*(?:\n|$)"
)


def _closing_credit(text: str, a: int, b: int, after: str = "。") -> tuple[str, tuple[int, int]] | None:
    """The body credited in brackets closing ``text[a:b]`` (`…增长23.5%。（区商务局）`), right after
    one of the characters ``after`` (a full stop; or a line's start: `（赣州市商务局）` on its own
    line), else None (not a phone line's `(展览部)`)."""
    start = text.rfind("(", max(a, b - 60), b)
    if start <= 0 or text[start - 1] not in after:
        return None
    m = _TRAILING_CREDIT.match(text, start, b)
    return (m.group("org"), m.span("org")) if m is not None and m.end() == b else None


def _item_credit(text: str, art: ArticleBlock) -> str | None:
    """The body an item's last paragraph credits in closing brackets (`…增长23.5%。（区商务局）`):
    the item's source, for its paragraphs that cite none of their own (when it is the only credit
    the item gives: items of a section each closing on their own bureau are each theirs)."""
    if not art.paragraphs:
        return None
    last = art.paragraphs[-1]
    credit = _closing_credit(text, last.nstart, last.nend, after="。\n")
    if credit is None or any(True for _ in _TRAILING_CREDIT.finditer(text, art.paragraphs[0].nstart, credit[1][0] - 1)):
        return None
    return credit[0]


# the nation's name before a national body, as foreign and wire reports write it (`中国商务部`)
_NATION_BEFORE_BODY = regex.compile(r"中国(?=商务部|海关总署|国家统计局|国家外汇管理局|财政部|外交部|工业和信息化部|国家发展改革委|国家发展和改革委员会)")


def _clause_end(text: str, a: int, e: int) -> int:
    """Where the clause running on from ``a`` ends (at ``e`` at most)."""
    m = _CLAUSE_STOP.search(text, a, e)
    return m.start() if m else e


_CLAUSE_STOP = regex.compile(r"[,;。，；]")
_CONTRAST_LEAD = regex.compile(r"(?:作为对比|相比之下|对比来看|与之相比|对照来看|对比之下)[,，]\s*$")
_RELATIVE_YEARS = frozenset(("去年", "上年", "前年", "上一年", "去年全年"))  # (past years: `今年` mid-paragraph is the year so far)


def _figureless(figure_starts: list[int], a: int, b: int) -> bool:
    """No figure starts in ``text[a:b]`` (``b`` -1: to the end)."""
    return b >= 0 and bisect.bisect_left(figure_starts, a) == bisect.bisect_left(figure_starts, b)


_BODY_BY_KIND = regex.compile(r"(?P<k>自治区|省)(?=[\p{Han}]{0,4}(?:厅|委|局|办|政府))")  # a body named by its province's kind alone


_NEWS_DATELINE = regex.compile(r"(?:本报|本刊|本台|本网)[\p{Han}]{0,6}?讯")


def _update_inline_source(text: str, s: int, e: int, actx: _ArticleContext) -> None:
    """`据商务部…显示`: an inline statistical source for the rest of the paragraph."""
    m = spoken = None
    for cue in _SOURCE_CUE.finditer(text, s, e):  # cheap filter: most sentences cite nobody
        got = _cited_at(text, s, e, cue)
        if got is not None and m is None:
            m, spoken = got, got.re is _OFFICIAL_SOURCE
            if not spoken:
                break
        elif got is not None and got.re is not _OFFICIAL_SOURCE:
            # `市商务局相关负责人介绍，据日照海关统计，…`: the official cites the customs house
            m, spoken = got, False
            break
    if m:
        a, b = m.span("org")
        # `本报海口讯据海口海关统计`, `记者从…获悉`, `全市在商务部…统计系统登记的企业`
        quoting = text.rfind("引用", a, b - 3)  # `引用重庆海关通报原文：`: from its last character
        cut = max(text.rfind("据", a, b - 2), text.rfind("从", a, b - 2), text.rfind("在", a, b - 2), quoting + 1 if quoting >= 0 else -1)
        based = max(text.rfind("基于", a, b - 3), text.rfind("源于", a, b - 3))  # `本章基于商务部…系统数据`
        if based >= 0 and based + 1 > cut:
            cut = based + 1  # (`数据来源于市商务局…统计系统`: the bureau, not `来源于市商务局`)
        dateline = text.rfind("日电", max(0, a - 1), b - 2)  # `本报北京11月19日电 海关总署…数据显示` (from the 日)
        if dateline >= 0 and dateline + 1 > cut:
            cut = dateline + 1
        if (news := _NEWS_DATELINE.match(text, a, b)) is not None and news.end() - 1 > cut:
            cut = news.end() - 1  # `本报讯　商务部最新数据显示`: the ministry, after the paper's dateline
        if cut >= 0:
            a = cut + 1
        elif text.startswith("经", a) and b - a >= 3:
            a += 1
        if _SELF_BODY.fullmatch(text, a, b):
            return  # `我局按月发布…`: the document's own body, already its source
        if _SCOPE_NOTE.match(text, a, b):
            return  # `注：1.本表按海关关区统计，…`: a table's note on how it counts, citing no one
        if (nb := _NATION_BEFORE_BODY.match(text, a, b)) is not None:
            a = nb.end()  # `中国商务部31日发布数据显示`: the ministry by its own name
        actx.inline_source = (text[a:b], (a, b))
        if actx.sample is not None and _OFFICIAL_STATISTICS.search(text[a:b]):
            # `据南京海关统计，前三季度，全市进出口…` after a survey of member firms: the survey's
            # part is over; a customs house or statistics bureau counts the whole, not the sample
            actx.sample = None
        if (
            actx.para_start in (actx.first_para_start, actx.lead_para_start) and actx.lead_source is None
            and text[b : b + 1] not in ("、", "和", "与", "及")
            and not spoken  # (`省商务厅相关负责人介绍，…`: an official's account, of that paragraph)
        ):
            # (`记者从海南省商务厅、海口海关等部门获悉`: the news of several bodies; the article's
            # later figures are not all the first one's)
            actx.lead_source = actx.inline_source


_SCOPE_NOTE = regex.compile(r"(?:本表|表中|本期|本刊|本文)[^,;。]{0,4}?按")


def _cited_at(text: str, s: int, e: int, cue):
    """The citation around one cue word of the sentence ``text[s:e]``, or None."""
    a, b = max(s, cue.start() - 40), min(e, cue.end() + 12)
    word = cue.group()
    if word == "介绍":
        m = _INTRO_SOURCE.search(text, a, b) if "据" in text[a : cue.start()] else _official_source(text, s, b)
        # `商务部16日召开例行新闻发布会，新闻发言人贺清介绍了…`: the body whose spokesman speaks
        m = m or _BRIEFING_SOURCE.search(text, max(s, cue.start() - 60), cue.end())
    elif word == "表示":
        m = None  # only a company speaking for itself (below)
    elif word.startswith("据") and ((bare := _BARE_CITED.match(text, cue.start())) is not None or _INNER_CUE.search(word) is None):
        # (the scan for `据…，` never ends on a cue word, `据青岛海关统计，` is read at its 统计, and
        # `据了解，` cites no one; but it may read past one inside a system's name: `据商务部…统计系统，`)
        return bare
    else:
        m = _INLINE_SOURCE.search(text, a, b) or _known_body_source().search(text, a, b) or _REPORT_SOURCE.search(text, a, b)
        if m is not None and text.startswith("口径", m.end()):
            return None  # `实际使用外资按商务部外资统计口径`: how a figure is defined, not who reports it
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


_PARA_LABEL = regex.compile(r"(?P<l>[\p{Han}A-Za-z()](?:[\p{Han}A-Za-z()]|、(?=\p{Han})){1,11}):(?=[\p{Han}\d])")  # (`电信、计算机和信息服务：`)
# (a yearbook's entry label too: `【概况】  2023年，…`)
_ITEM_PLACE_NAME = regex.compile(r"(?P<l>\p{Han}{2,12})。")
_ITEM_MARK = regex.compile(rf"(?:\d{{1,2}}[.、]|\(\d{{1,2}}\)|{BULLET_RE.pattern}|\p{{So}}\uFE0F?|【[^】\n]{{1,10}}】)\s*")  # (a post's `✦`, `🔹`)


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


# a numbered subheading on a line of its own: `（二）…：…`, `2. …`, `二、…` with no sentence in it
_NUMBERED_SUBHEADING = regex.compile(r"(?:\(\s*[\d一二三四五六七八九十]{1,2}\s*\)|\d{1,2}[.、]|[一二三四五六七八九十]{1,2}、)[^。,;\n]{2,40}$")


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
    # a numbered item naming a company in full before its figures (`1.上海澜图信息科技股份有限公司，离岸收入…`,
    # `一是无锡芯程微电子设计有限公司。全年离岸执行额…`)
    r"|(?:\d{1,2}[.、]|\(\s*[\d一二三四五六七八九十]{1,2}\s*\)|[一二三四五六七八九十]{1,2}是)\s*"
    r"(?P<name>[\p{Han}A-Za-z()]{2,30}?(?:股份有限公司|有限责任公司|有限公司))[,:。]"
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
    if label is None and (k := _ITEM_MARK.match(text, a, b)) is not None and (m := _ITEM_PLACE_NAME.match(text, k.end(), min(b, k.end() + 14))):
        label = m.group("l")  # `（1）南宁市。数字经济核心产业营业收入…`: a listed item named by its place alone
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


# a lead-in sentence, not a name (`主要呈现两个特点：`, `具体情况如下：`)
# or a topic heading the paragraph (`业务结构：`, `离岸与在岸：`, `国际市场：`), not a thing it counts
_NOT_LABEL = regex.compile(
    r"呈现|表现|特点|情况|如下|方面|问题|措施|工作|是|有|为|个|答|问|结构|构成|分布|领域|与|^(?:国际|海外|境外|国内|主要|重点)市场$"
    # the page's furniture introducing a passage (`摘要：`, `编者按：`, `💡 亮点：`, `补充：`)
    r"|^(?:内容)?(?:摘要|提要)$|^(?:编者按|编者|按语|导语|导读|核心提示|要点|补充|备注|说明|附注|链接|背景|点评|亮点|小结)$"
    # a period labelling the line (`本月：…`, `累计：…`), not a thing counted
    r"|^(?:本月|当月|本期|累计|本年累计|今年累计|年累计)$"
)


_COMPARED_WITH = regex.compile(r"(?:[较比与同和]|恢复[至到]|相当于)\Z")  # (`恢复至2019年同期的78.5%`: a recovery's base)
_COMPARISON_TAIL = regex.compile(r"同期|同月|同季|相比|比较|对比|水平|的?[\d,.]+|(?:实际)?(?:增长|下降|上升|下跌|提高|增加|减少|回落|扩大|收窄|加快|放缓|回升|下滑|缩小|减缓|趋缓|持平)")


def _comparison_base(text: str, p: PeriodMatch) -> bool:
    """``p`` is what a change is measured against (`较2024年同期下降`, `与二〇二四年同月比较`),
    never the period of the figures around it."""
    if p.start == 0 or p.granularity not in ("year", "month", "quarter", "half"):
        return False
    return bool(_COMPARED_WITH.search(text, max(0, p.start - 3), p.start)) and bool(_COMPARISON_TAIL.match(text, p.end))


# a month or day followed by a release verb (`印度商工部5月中旬发布的核定数据`, `3月20日公布`): when
# the figures were published, not what they cover
_RELEASED_AFTER = regex.compile(r"(?:上旬|中旬|下旬|初|底|末)?(?:正式)?(?:发布|公布|披露|公告)(?:的|了)")


def _release_time(text: str, p: PeriodMatch) -> bool:
    """``p`` dates a release (`5月中旬发布的数据`), not the figures it holds."""
    return p.granularity in ("month", "day") and not p.cumulative and _RELEASED_AFTER.match(text, p.end) is not None


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


PARA_COMPARISON_REACH = 8  # characters from a paragraph's start to the period its `比较` opener compares
_COMPARISON_PAIRED = regex.compile(r"\s*[与和同]\s*[^,;。]{2,16}?,")  # `…与二零二四年五月，`
_CUMULATIVE_LEAD = regex.compile(r"(?:累计|累積|合计)\s?$")
_SINGLED_OUT = regex.compile(r"(?:单计|单看|单月看|仅)\s?$")


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
    mark, listed = _mark_before(text, s)
    if not (mark == ";" and (listed or text[s - 1] == ";")):
        # `…97家上市公司上半年合计实现营业收入…。其中，…81家公司合计实现海外收入…`: the parts of
        # the sentence before are of the period it wrote inside its clause (and the items listed
        # under its `其中：`, `▶出口…；` / `▶进口…。`, each a line of its own)
        before, actx.mid_period, actx.parts_period = actx.mid_period, None, None
        if e - s <= LEAD_IN_MAX and _LEAD_IN_ONLY.fullmatch(text, s, e):
            actx.mid_period = before  # `其中：` closing the paragraph on its own: the items after it are the parts
        of_which = (before is not None and before.start >= actx.para_start and _OF_WHICH.match(text, s)) or (
            listed and mark == ":" and before is not None and text.rfind("其中", 0, s) >= before.end
        )
        if of_which and not any(p.start >= s for p in local_periods):
            local_periods.append(before)
            actx.parts_period = before
    elif actx.parts_period is not None and not any(p.start >= s for p in local_periods):
        # `其中，出口161.25亿元，…；进口25.49亿元，…`: the parts' later ;-clauses too
        local_periods.append(actx.parts_period)
    if actx.clause_month is not None and s >= actx.clause_month[0]:
        stop, actx.period, para_period = actx.clause_month
        # (the paragraph's own period only while its paragraph goes on: `分月看，1-2月…；3月单月…。`
        # then `分镇街看，…` is the whole period's again)
        actx.para_period = para_period if stop >= actx.para_start else None
        actx.clause_month = None
    if actx.para_period is not None and actx.period is not None and (
        _BREAKDOWN_OPENER.match(text, s) or _in_passing(text, actx.para_period, s)
    ):
        aside, ytd = actx.para_period, actx.period
        # (but `10月当月，…进出口65.2亿元…。其中，出口24.1亿元…`: the month's figure parted in the
        # very next sentence)
        opens = sentence_opening(text, s)  # (a ;-clause goes on with its sentence's 其中)
        parts_month = (
            _OF_WHICH.match(text, opens) is not None and "。" not in text[aside.end : max(aside.end, opens - 1)]
            and _same_unit_as_last_figure(out, items)
        )
        governs = actx.para_start <= ytd.start < aside.start or (
            # (a title's or an earlier paragraph's year to date, with the month said in passing
            # inside this paragraph: `旅行服务进出口…，3月当月…；电信…进出口…` under `一季度…简况`,
            # `…增长7.2%。其中，3月份增长7.9%。分门类看，…`)
            ytd.start < actx.para_start and not _opens_paragraph(text, actx.para_start, aside)
            and (_in_passing(text, aside, s) or text.endswith(("其中,", "其中"), 0, aside.start))
        )
        if ytd.cumulative and governs and _single_month(aside) and not parts_month:
            # `前三季度，全省…总额…。其中，9月当月…。按经营单位所在地分，城镇…`: a breakdown parts
            # the paragraph's year-to-date total, not the month mentioned in passing; a month
            # marked 当月 is the passing one in any later sentence (`…。重点产业中，…`)
            actx.para_period = None
    if actx.day_run is not None and not any(p.start >= s for p in sp) and _DURING.search(text, s, e):
        # `促销期间全市实现网络零售额…`: the run of days the story gave the promotion, for this
        # sentence and the rest of its paragraph
        actx.para_period = actx.day_run
    elif ctx.event_period is not None and not any(p.start >= s for p in sp) and _FAIR_DURING.match(text, s):
        # `展会期间，厦门交易分团走访对接展商286家` in a fair's report: the months it was held in
        actx.para_period = ctx.event_period
    for p in sp:
        if p.start >= s and _surveys(text, p):
            actx.survey_period = p  # `开展了第三季度会员企业经营情况问卷调查`: what the survey asked about
        if _week_like(p) and p.start >= s:
            actx.day_run = p  # `10月15日至11月11日“双十一”促销期间`: what a later `促销期间` refers back to
        if (
            p.granularity == "day" and p.start_month is not None and p.start >= s and not _SPEECH_DATE.match(text, p.end)
            and not _DATE_LABEL.search(text, max(0, p.start - 12), p.start)  # `发布日期：2025-12-26`: the page's date
            and not _STAMP_TIME.match(text, p.end)  # `2024-12-27 07:30 来源：…`
        ):
            # (`——2026年1月26日在…人民代表大会…会议上`: the day a report was given dates no figure in it)
            actx.para_day = p
            if actx.lead_day is None and actx.para_start in (actx.first_para_start, actx.lead_para_start) and p.start - actx.para_start <= LEAD_DAY_WITHIN:
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
        if (alone := _SINGLED_OUT.search(text, max(s, p.start - 3), p.start)) is not None and _single_month(p):
            opens = alone.start()  # `單計三月份，貨物出口總值為…`: the month singled out opens the clause
        at_clause_start = (
            opens == s or text[opens - 1] in ",;:" or _glossed(text, s, p)
            # `1. 1-7月，…`: a numbered item opening with its period
            or (p.start == actx.para_start + _item_mark_len(text, actx.para_start, p.start))
        )
        open_ended = text[p.end - 2 : p.end] == "以来" or p.text.endswith("以来")
        if open_ended and actx.period is not None:
            continue
        if (
            p.start - actx.para_start <= PARA_COMPARISON_REACH and _COMPARING_BEFORE.search(text, actx.para_start, p.start)
            and _COMPARISON_PAIRED.match(text, p.end)
        ):
            # `比较二零二五年五月与二零二四年五月，输往亚洲的…。…`: a paragraph comparing two periods
            # reports the first, in every sentence of it
            actx.para_period = p
            continue
        if _on_chart_line(text, p.start):
            continue  # `2020年2021年2022年2023年2024年` under a chart, `图6 2020—2024年进出口总额…`: its axis and caption
        if (p.start == 0 or text[p.start - 1] == "\n") and _CELL_ROW.match(text, p.start):
            continue  # `一季度` / `631.4` / `415.2` (normalised `一季度631.4,415.2`): a table's row label, dating only its cells
        if CONTRAST_RATE.match(text, p.end):
            continue  # `…同比上涨0.2%，4月份为持平；…。其中，城市…`: a contrast clause's month dates its rate alone
        if text[p.end : p.end + 1] in ("、", "和", "与") and not (text.startswith("与", p.end) and COMPARED_TAIL.match(text, p.end + 1)):
            # `分季度看，一季度、二季度全市分别…`: one of an enumeration of periods governs nothing
            # (`二〇二五年三月份與去年同月比較，…`: the period compared with its base, not a list)
            continue
        if _SAME_BELOW.match(text, p.end) and p.first is not None:
            # `2024/2025产季（2024年11月至2025年2月，下同）`: the months the passage says every later
            # figure of the article is of
            actx.period = p
            continue
        if p.rule == "public_holiday" and actx.period is None:
            # `国庆中秋“双节”叠加的8天超长假期落下帷幕。…假期全省共接待游客…`: a holiday story's
            # figures are the holiday's, wherever its lead names it
            actx.period = p
            continue
        if at_clause_start and p.granularity == "year" and _BARE_WHOLE_YEAR.fullmatch(p.text) and _HAN_NEXT.match(text, p.end):
            # `全年实现进出口总额186.74亿元，…。其中，出口…`: a bare 全年 run into its clause (no comma
            # to govern the paragraph) still dates the parts the next sentence gives
            actx.mid_period = p
        elif at_clause_start:
            actx.mid_period = None  # the sentence states its period where its clause opens
        elif p.start >= s and _first_in_sentence(text, p, sp) and _before_its_figures(text, p.start):
            actx.mid_period = p
        # (`6月当月，…` in a brief that prints no year: one month still, its year unknown)
        single_month = _single_month(p) or (p.first is None and p.granularity == "month" and p.start_month is not None and p.start_month == p.end_month)
        # a quarter inside the year-to-date that governs (`上半年…` then `二季度，…`): a part of the
        # passage's period, never the period of what follows
        part = _quarter_within(p, actx.period, in_lead=actx.para_start == actx.first_para_start)
        closes = text[p.end : p.end + 1] == "," or text.startswith("),", p.end)
        # `去年一季度，关区…进口货值为15.46亿元。` in a report on this year's: last year's months,
        # a comparison for its paragraph, not the period of the sections after it
        last_years_part = actx.period is not None and _LAST_YEARS_PART.match(p.text) is not None
        if at_clause_start and closes and part:
            actx.para_period = p  # `二季度，…。服务贸易收入…`: its paragraph, then the half-year again
        elif at_clause_start and _MONTHS_LENS.match(text, actx.para_start) is not None and p.start - actx.para_start <= MONTHS_LENS_REACH:
            # `分月看，1-2月累计出口…；3月单月出口…`: the months break the whole down, in their
            # paragraph only (`分镇街看，…` after it is the whole period's again)
            actx.para_period = p
        elif at_clause_start and p.stock and (closes or _OF_WHICH.match(text, e) is not None):
            # `截至2024年底，…`: a level at a date holds for its paragraph, never for the sections
            # after; the article's later paragraphs that state no period keep it for their levels
            # (`7月末我国官方储备资产…。其中，外汇储备…`: the parts its next sentence gives, too)
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
        ) and not last_years_part:
            # `1-9月，…`, or a year-to-date opening a paragraph (`从贸易方式看，1-9月全市…`):
            # the period of what follows until another is stated
            if _CONTRAST_LEAD.search(text, max(actx.para_start, p.start - 10), p.start):
                actx.para_period = p  # `作为对比，去年全年，全市…`: a comparison, for its paragraph only
                continue
            last = ctx.carried_period
            if (
                last is not None and actx.para_start <= last.start < p.start and last.text in _RELATIVE_YEARS
                and p.first and last.last and p.first > last.last
                # (not in a paragraph on this year's, `今年以来…。去年全年…。今年1—8月，…`)
                and "今年" not in text[actx.para_start : last.start]
            ):
                # `去年，全省…。今年1—2月，全省…` in a speech on last year: this year's months an
                # aside of the paragraph, which last year's governs
                actx.para_period = p
                continue
            gov = actx.period or ctx.doc_period
            if (
                gov is not None and actx.para_start != actx.first_para_start and p.first and p.last and gov.first and gov.last
                and p.first == gov.first and p.last < gov.last and gov.cumulative and not gov.relative and "以来" not in gov.text
                and "。" in text[actx.para_start : p.start]  # (after the paragraph's topic sentence, not opening it)
            ):
                # `服务业稳步恢复。1-7月，全省规模以上服务业…` in a release on 1-8月: data a month behind,
                # for their paragraph; the release's months go on after it
                actx.para_period = p
                continue
            actx.period = p
            actx.para_period = None
            ctx.carried_period = p
        elif at_clause_start and (
            _explicit_year(text, p) or single_month or (p.text == "全年" and _opens_paragraph(text, actx.para_start, p))
            # `初步核算，去年全省…。分产业看，…`: a year named by its distance from now, for its paragraph
            # (when its clause states a figure: `…，去年这一市场还是第一大目的地` is a remark; or
            # opens a breakdown the sentence goes on with: `去年河南省自主品牌出口中，机电产品…`)
            # (not against a year only a title gives: there `去年` may be the title's own year)
            or (p.granularity == "year" and p.text in _RELATIVE_YEARS and not actx.synthetic_reference
                and (_DIGIT.search(text, p.end, ce := _clause_end(text, p.end, e))
                     or (text[ce - 1 : ce] == "中" and _DIGIT.search(text, ce, e))))
            or last_years_part
        ):
            # `8月当月，…`, `2024年电子信息制造业…` or a paragraph opening `全年货物进出口…。其中，…`:
            # this paragraph only
            _hold_for_sentence(actx, text, s, e, p)
            actx.para_period = p
            if (
                actx.period is None and ctx.doc_period is None and actx.para_start == actx.first_para_start
                and p.granularity in _LEAD_YEAR_GRANULARITY and not _several_years(p)
                and (_explicit_year(text, p) or (p.text in _RELATIVE_YEARS and p.first is not None))
            ):
                # `新华社北京2月28日电 …显示，2021年我国国内生产总值…` with no title or headline period:
                # the year the lead reports governs the story's later paragraphs
                actx.period = p
    if not (s > 0 and text[s - 1] == ";"):
        # a ;-clause continues its sentence: `签发RCEP原产地证书1386份…；涉及金额7862万美元` is
        # that measure's amount
        actx.last_indicator = None
    actx.sentence_indicator = None
    actx.sentence_members = None
    held = actx.card_figure
    carded = attach_card_line(ctx, actx, text, s, e, items, drafts, out)
    if carded:
        used |= {id(it.q) for it in items if it.q is not None}
    if carded or _shares_of_figures_before(ctx, actx, text, s, drafts, out) or _restated_scale_share(ctx, actx, text, s, drafts, out):
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
    if not carded and not label_under_figure(actx, out, text, s, e, first_new, held):
        note_card_figure(actx, out, text, s, e, len(out.metrics) - first_new)
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


_PART_PERIOD_OPENER = regex.compile(r"\s*(?:第?[一二三四]季度|[上下]半年|\d{1,2}月(?:当月|份)?)[,:]")


_BREAKDOWN_OPENER = regex.compile(rf"(?:{_PARTS_OF_WHOLE}|\d{{1,2}}月(?:当月|份)|当月|单月)[,:]")


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


# (a transcript's numbered question too: `三、2025 年《计划》安排了哪些外资项目？`)
_HEADING_LINE = regex.compile(r"[^\n,;:。!?]{4,40}\??(?=\n|$)")


_YEARBOOK_NAME = regex.compile(r"年鉴[\p{P}\s\d]*$")
LEAD_IN_MAX = 8  # characters of a sentence that is only `其中：`
_LEAD_IN_ONLY = regex.compile(r"\s*其中\s*[:：]\s*")
_ITEM_MARKS = frozenset(" \t\u3000▶►●■◆◇•·▪")


def _mark_before(text: str, s: int) -> tuple[str, bool]:
    """The punctuation closing the text before ``s`` (a bullet and spaces aside), and whether a
    line break stands between: `其中：` / `▶出口…` gives (":", True)."""
    if s == 0 or (text[s - 1] not in _ITEM_MARKS and text[s - 1] != "\n"):
        return (text[s - 1] if s else ""), False  # (most sentences: straight after their mark)
    i, broke = s, False
    while i > 0 and (text[i - 1] in _ITEM_MARKS or text[i - 1] == "\n"):
        broke |= text[i - 1] == "\n"
        i -= 1
    return (text[i - 1] if i > 0 else ""), broke


def _within_longer(p: PeriodMatch, whole: PeriodMatch | None) -> bool:
    """``p`` lies inside ``whole`` and is shorter (`12月当月` in a report on 2024)."""
    return (
        whole is not None and p.first is not None and p.last is not None and whole.first is not None and whole.last is not None
        and whole.first <= p.first and p.last <= whole.last and (p.first, p.last) != (whole.first, whole.last)
    )


def _lead_in_items(text: str, front) -> set[int]:
    """The bulleted figure lines listed after a lead-in (`其中：` / `▶ 医药制造业增长11.8%` / `▶ …`):
    data lines, though no sentence mark closes them."""
    out: set[int] = set()
    for k in range(1, len(front)):
        if not text[front[k - 1].nstart : front[k - 1].nend].rstrip().endswith(":"):
            continue
        run = list(itertools.takewhile(
            lambda p: BULLET_RE.match(text, p.nstart) is not None and is_figure_statement(text, p.nstart, p.nend), front[k:]
        ))
        if len(run) >= 2:
            out.update(id(p) for p in run)
    return out


_CELL_BAR = regex.compile(r"[|｜\t]")  # a table row's cells (`外贸货物吞吐量｜1.58亿吨｜+3.4%`): the table reader's
# a figure with its percent or unit (`↑8.1%`, `1286.57亿元`)
_FIGURE_LINE = regex.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|‰|个百分点|[万亿]?(?:元|美元|人民币)|万?(?:吨|辆|家|人次|标箱))")


# a chart's axis of years (`2020年2021年2022年2023年2024年`) or months (`1-2月 1-3月 1-4月 …`) or its
# caption (`图6 2020—2024年…`) or its legend (`■ 进出口总额   ━ 比上年增长`)
_CHART_LINE = regex.compile(
    r"[ \t]*(?:(?:(?:19|20)\d\d年?[ \t]*){3,}|(?:\d{1,2}(?:[-—–~]\d{1,2})?月[ \t]*){3,}|图\s?\d{1,2}[ \t:：.、][^\n]{0,40}"
    r"|[■□▲●◆▬][ \t]*[\p{Han}A-Za-z]{2,12}[ \t]*[━—▬─]+[ \t]*[\p{Han}A-Za-z]{2,12})(?=\n|$)"
)


def _on_chart_line(text: str, at: int) -> bool:
    """The period at ``at`` stands on a chart's axis or caption line, which dates no text."""
    return _CHART_LINE.match(text, text.rfind("\n", 0, at) + 1) is not None


# a table's row as the normalised text joins its cells (`一季度631.4,415.2,216.2,-1.8`): its label
# dates its cells alone
_CELL_ROW = regex.compile(r"[\p{Han}]{1,12}?[-+]?\d[\d.]*%?(?:,[-+]?\d[\d.]*%?)+[ \t]*(?:\n|$)")


def _heading_line(text: str, at: int) -> bool:
    """The paragraph at ``at`` is a heading: one short line, no sentence punctuation (numbered,
    `一、…`, or a bullet's year and title, `■ 过去一年：开放型经济量质齐升`)."""
    return (_ITEM_HEADING.match(text, at) is not None and _HEADING_LINE.match(text, at) is not None) or _period_bullet(text, at)


# a bullet's line naming a span, then what it holds (`■ 过去一年：开放型经济量质齐升`, `◆ 新的一年：锚定目标`)
_BULLET_HEADING = regex.compile(r"[ \t\u3000]*[■◆◇□▌▍]\s*(?P<p>[^\n,;。!?:]{2,12}):[^\n,;。!?:]{2,30}(?=\n|$)")


def _period_bullet(text: str, at: int) -> bool:
    """The paragraph at ``at`` is a bullet heading whose label is a period and nothing else (not
    `■ 专家：全年引资规模有望…`, `▌走势：四季度…`: a topic, whose period is a forecast's)."""
    m = _BULLET_HEADING.match(text, at)
    if m is None:
        return False
    label = m.group("p")
    return any(p.start == 0 and p.end == len(label) for p in find_periods(label))


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


# a sentence opening on the days of the fair its report is about (`展会期间，`, `本届进博会，`, `进博会期间`)
_MONTHS_LENS = regex.compile(r"\s*(?:分月看|分月度看|分月份看|按月看|从月度看|从月度数据看|从各月看|分月来看|从月度来看)[,:]?")
MONTHS_LENS_REACH = 8  # characters from a paragraph's start where its lens names the months it breaks down
_FAIR_DURING = regex.compile(r"\s*(?:(?:展会|展期|会展|[\p{Han}]{0,12}?(?:博览会|进博会|广交会|交易会))期间|本届[\p{Han}]{0,12}?(?:博览会|进博会|广交会|交易会|展会)[,期])")
_LAST_YEARS_PART = regex.compile(r"(?:去年|上年)(?!全年|$)")  # `去年一季度`, `上年1-9月` (not `去年`, `去年全年`)
LEAD_DAY_WITHIN = 40  # characters into the lead paragraph (after a dateline) where its event day stands


def _target_date(text: str, p: PeriodMatch) -> bool:
    """`到2030年` / `至2035年`: a target date, not the period of a figure."""
    before = text[max(0, p.start - 3) : p.start]
    if before.endswith(("力争", "目标", "计划", "争取", "预计")):
        return True
    return before.endswith(("到", "至")) and text[p.end : p.end + 1] in (",", "")


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


def _whole_lists(drafts: list[_Draft], n: int) -> bool:
    """The last ``n`` drafts hold every figure of any list they draw from (no list is cut)."""
    if len(drafts) <= n:
        return True
    before, first = drafts[-n - 1], drafts[-n]
    return not (
        before.from_list and first.from_list and before.value is not None and first.value is not None
        and before.value.run == first.value.run
    )


def _measure_restated(text: str, s: int, open_: _Draft, it: Item) -> bool:
    """The words before a share (`，出口量占…`) name the measure the open figure's clause named
    (`汽车出口634.5万辆`): the same figure's share, not a new one."""
    m = _RESTATED.search(text, open_.last_end, it.start)
    if m is None:
        return False
    root = m.group("w").rstrip("量额值数")
    k = max(text.rfind(c, s, open_.first.start) for c in ",;:") + 1
    return len(root) >= 2 and root in text[max(k, s) : open_.first.start]


_NAMED_BEFORE_FIGURE = regex.compile(r"(?:为|达|是|达到)?\s*$")


def _measure_repeated(text: str, s: int, open_: _Draft, it: Item) -> bool:
    """The words before a change (`，货值环比增长9.7%`) repeat the measure named right before the
    open figure (`货值6,830万元`): that figure's change, not a rate of its own."""
    m = _RESTATED.search(text, open_.last_end, it.start)
    if m is None or open_.value is None or open_.last_end != open_.value.end:
        return False
    w = m.group("w")
    before = _NAMED_BEFORE_FIGURE.search(text, s, open_.first.start)
    return before is not None and text.endswith(w, s, before.start())


def _new_indicator_between(text: str, a: int, b: int) -> bool:
    """True when the words between two figures name something new (a second indicator)."""
    gap = text[a:b]
    if "(" in gap and ")" not in gap and gap.strip(" ,") != "(":
        return True  # but `9735.4万美元（同比增长21.3%…）`: the figure's own change in brackets
    gap = _BETWEEN_NOISE.sub("", _between_phrases().sub("", _PARENS.sub("", gap)))
    return bool(_HAN2.search(gap))


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
                # their own (as for one figure: see _yoy_after_other)
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
                if all(d.value is not None and getattr(d, slot) is None for d in tail) and (
                    not any(d.from_list for d in tail) or _whole_lists(drafts, len(run))
                ):
                    # (`出口农产品1,386批次、3.12万吨，货值2.05亿元，环比分别增长4.6%、3.9%和6.2%`: a
                    # list's figures and the one after it, each with its rate)
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
                # `货值6,830万元，货值环比增长9.7%`: the figure's change, its measure named again
                or (slot == "change" and _measure_repeated(text, s, open_, it))
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
        elif _yoy_after_other(text, open_, it, slot):
            # `131.5万标准箱，环比增长2.9%，同比增长11.8%`: the year-on-year rate is the figure's
            # change; the month-on-month one (or a revision's difference) a fact of its own
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
    words = text[open_.last_end : it.start].strip()
    if words.startswith(","):
        words = words[1:].lstrip()  # `較二〇二四年同期上升10.6%，至12,085億元`
        if open_.change.role == "flat" and words in _FLAT_THEN_LEVEL:
            return True  # `藥品出口值則與去年同期持平，為0.87億元`: unchanged, at that level
        if words in _REACHED and it.role == "value" and it.q is not None and it.q.kind in ("money", "count", "measure"):
            return True  # `海洋工程装备出口翻了一番，达到38.9亿元`: the move, then the level it reached
    return is_level_separator(words) and not both_rates


_FLAT_THEN_LEVEL = frozenset(("为", "是", "达", "达到", "仍为"))
_REACHED = frozenset(("达", "达到"))


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


# a revision's difference from the figure first published (`比初步核算数增加66.2亿元`, `较原发布数`)
_REVISION_BASIS = regex.compile(r"(?:比|较)(?:初步核算数?|初步数|初步统计数|原发布数?|修订前)")


def _yoy_after_other(text: str, open_: _Draft | None, it: Item, slot: str) -> bool:
    """The year-on-year rate ``it`` is the figure's change, and the rate the figure held a fact of
    its own: a month-on-month rate right before it (`…环比增长2.9%，同比增长11.8%`), or a revision's
    difference earlier in the sentence (`…比初步核算数增加66.2亿元；按不变价格计算，比上年增长4.8%`)."""
    if not (
        slot == "change" and open_ is not None and open_.value is not None and open_.change is not None
        and it.basis == "yoy" and open_.last_end == open_.change.end and not it.contribution
    ):
        return False
    held = open_.change
    if held.basis == "mom":
        return held.q is not None and it.q is not None and text[held.end : it.start] in (",", "、")
    return _REVISION_BASIS.match(text, held.start) is not None and "。" not in text[held.end : it.start]
