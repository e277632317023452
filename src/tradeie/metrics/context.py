"""The assembly's working state: the result, metric drafts, and what is known of the document and of the article being read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..periods import PeriodMatch
from ..places import PlaceIndex
from ..schemas.metric import Metric, Unattached
from .roles import Item


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
    wide_brackets: bool | None = None  # the document writes its brackets full-width (set once, on first use)
    given_region: str | None = None  # the home region the caller named, kept as the caller writes it
    zone: str | None = None  # a development zone the document is about (片区 -> it)
    facility: str | None = None  # the airport or inland port whose own account posts the document
    event: str | None = None  # a fair a results report is about (`第138届广交会闭幕…`)
    listed: tuple[str, ...] = ()  # companies named with their stock code (`海拓供应链（301338）`)
    full_names: dict[str, str] = field(default_factory=dict)  # `云帆跨境` -> `…云帆跨境科技股份有限公司`
    event_period: PeriodMatch | None = None  # the months it was held in
    fair_named: str | None = None  # the fair a story names, whether or not it is the fair's report
    announcer: str | None = None  # the firm a press release is from (`关于海纳环球` closing it)
    speakers: dict[str, str] = field(default_factory=dict)  # a transcript's speakers -> their bodies
    fiscal_years: list = field(default_factory=list)  # the fiscal years a text defines and names (fiscal_years.fiscal_periods)
    senders: tuple = ((), ())  # an e-mail thread's messages: (starts, the body that sent each or None)
    front_lead_day: PeriodMatch | None = None  # the event day a sectioned report's lead opens with
    front_list_source: str | None = None  # the body a sectioned report's lead-in cites (`据…统计，…如下：`)
    self_org: str | None = None  # the company issuing the bulletin (集团 -> it)
    home_country: str = "中国"  # whom 我国/全国 name: 中国, or 台湾 in a Taipei release (`民國113年`, `新臺幣`)
    title_end: dt.date | None = None  # end of the data title's period: "now" for 今年以来 when undated
    doc_title: str | None = None  # the document's own headline (before any section)
    front_lines: tuple[str, ...] = ()  # the short lines over the body: masthead, crumbs, headline
    doc_period: PeriodMatch | None = None  # the period the headline or lead paragraph sets
    reported_month: dt.date | None = None  # the month before an early-month report's date (see _reported_month)
    cited: dict = field(default_factory=dict)  # note mark -> (body, span): `[2]` over `[2] 海口海关. …`
    report_like: bool = False  # sections hold no titled articles: one report, one running period
    carried_period: PeriodMatch | None = None
    data_notes: list = field(default_factory=list)  # `注：本章数据来源于…` (see data_notes.py)
    prose_notes: list = field(default_factory=list)  # those not written under a table (a table's note is its own)
    table_sources: dict = field(default_factory=dict)  # `表1` -> the source of the article citing it (`详见表1`)
    article_sources: list = field(default_factory=list)  # (start, end, 来源) of articles that name one
    defined_regions: list | None = None  # macro-regions defined as groups of places (see _defined_regions)
    national: bool = False  # a national body's release (`国家邮政局公布…`), with no region of its own
    county: str | None = None  # the county the document names most (全县 -> it)
    delegation: str | None = None  # the fair's trading delegation a report is about (`宁波交易团…成果丰硕`)
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

    @property
    def republic(self) -> bool:
        """A Taiwanese release: its bare three-digit years are the Republic's (`113年我國出口…`)."""
        return self.home_country == "台湾"


@dataclass(slots=True)
class _ArticleContext:
    outlet: str | None
    title: str | None
    section: str
    mode_read_at: int = -1  # the sentence whose opening was last read for its trade mode
    sentence_mode: str | None = None  # the trade mode that sentence opened with (`以市场采购贸易方式…`)
    listed_sources: tuple[str, ...] = ()  # every body the article's 来源 line names (`商务部网站、厦门市商务局`)
    qualifier: str = ""
    qualifier_at: int = -1  # where the qualifier was set (list members inherit it only within a sentence)
    head: str | None = None
    head_para: int = -1  # the paragraph the head was read in
    head_dims: dict = field(default_factory=dict)  # breakdowns read with the head (trade mode …)
    total_market: tuple = ("", None, None)  # a trade total's head, the market it names, its paragraph
    sentence_indicator: str | None = None  # the last indicator read in this very sentence
    para_label: str | None = None  # `集成电路：…`: what the paragraph reports on
    para_company: str | None = None  # `● 药明康德（成都）：…`: the company (or fair) a listed item reports on
    heading_company: str | None = None  # `（二）宁国市皖山食品有限公司：山核桃“走出去”`: the company a subheading introduces
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
    subject_until: int | None = None  # where a sentence-long subject ends (an exhibition venue's)
    mid_period: PeriodMatch | None = None  # the last period the sentence wrote inside a clause (`…公司上半年合计实现…`)
    parts_period: PeriodMatch | None = None  # the period a `其中，` sentence took from the one before, for its ;-clauses
    report: PeriodMatch | None = None  # the period of the company reports the story is about (`披露2025年半年报`)
    listed_members: tuple[list[str], int] | None = None  # a 分别 list's members, where its clause ends
    period: PeriodMatch | None = None
    inline_source: tuple[str, tuple[int, int]] | None = None
    lead_source: tuple[str, tuple[int, int]] | None = None  # cited in the article's lead paragraph
    speaker_body: str | None = None  # the body whose speaker has the floor in a transcript
    article_default: str | None = None  # the article's own default subject, while a firm's speaker has the floor
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
    card_figure: tuple[int, int] | None = None  # (metric, line end) of a figure a card line may add to
    card_alone: bool = False  # whether that figure stands alone on its line (`📌 245.6亿元`), its label under it
