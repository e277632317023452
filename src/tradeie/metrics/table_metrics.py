"""Metric records from the cells of plain-text tables (read by :mod:`.table_facts`), with the
table's subject, period and source, and the notes written under tables."""

from __future__ import annotations

from collections import Counter

import regex

from ..periods import PeriodMatch, find_periods
from ..places import looks_like_district, lookup, place_mentions
from ..schemas.metric import ChangeOut, Evidence, Metric, PeriodOut, ShareOut, SourceOut, ValueOut
from ..segment import Structure
from ..tables import ON_A_BASE
from ..textview import fold
from .context import Assembly, _DocContext
from .data_notes import note_for
from .document import _UNDATED_OR_DAY, _headline_para, _plain_region
from .mail import sender_at
from .phrases import dimension_of, facility_end, sample_group_in
from .records import _as_written, _orig
from .subjects import TITLED_PORT_REACH, _COMPANY_END, _SHORT_COUNTY, _autonomous_region, _titled_port, own_company_subject, titled_bonded_zone
from .vocab import vocab


PREVAILING_SHARE = 0.6  # of a report's dated prose figures, the share one period must hold to govern its tables
PREVAILING_MIN = 5  # and how many figures at least
LEAD_PERIOD_REACH = 1500  # characters from the start where that period is written


def _prevailing_period(ctx: _DocContext, out: Assembly) -> PeriodMatch | None:
    """The period most of the document's prose figures are of, as written near its start (not a
    paper's number, `〔2025〕9号`), when one holds most of them; else None."""
    dated = Counter((m.period.start_month, m.period.end_month) for m in out.metrics if m.period is not None and m.period.start_month)
    total = sum(dated.values())
    if total < PREVAILING_MIN:
        return None
    for p in find_periods(ctx.text[:LEAD_PERIOD_REACH], reference_date=ctx.reference, default_year=ctx.default_year):
        if p.first is None or p.last is None or not p.year_resolved or p.granularity in _UNDATED_OR_DAY:
            continue
        if dated[(p.first.isoformat()[:7], p.last.isoformat()[:7])] >= PREVAILING_SHARE * total:
            return p
    return None


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
    if doc_period is None:
        doc_period = ctx.event_period  # a fair's report: its tables' deals were made in the fair's months
    if doc_period is None:
        # a report on one period throughout (`去年，全省对外承包工程…` and its sections) whose
        # appended table names none: the period most of its prose figures are of
        doc_period = _prevailing_period(ctx, out)
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
    tabled = _periods_the_text_states(tabled, kept)
    out.metrics[:] = sorted(kept + tabled, key=lambda m: m.evidence.span[0])


def _periods_the_text_states(tabled: list[Metric], prose: list[Metric]) -> list[Metric]:
    """A table repeating a figure the text states for a longer or shorter run to the same month
    takes the text's period for all its figures of that period: `表1 2024年三季度国内生产总值初步核算数据`
    holds `GDP  948362`, which the text gives for 前三季度 (the release's tables are year to date)."""
    # (a period written in the figure's own sentence, not carried from one before)
    stated = {(m.value.normalized, m.value.base_unit): m.period for m in prose
              if m.value is not None and m.period is not None and m.period.start is not None and m.period.span is not None
              and m.evidence.span[0] <= m.period.span[0] < m.evidence.span[1]}
    if not stated:
        return tabled
    votes: dict[tuple, list] = {}
    for m in tabled:
        if m.value is None or m.period is None or m.period.start is None:
            continue
        said = stated.get((m.value.normalized, m.value.base_unit))
        if said is not None and said.end_month == m.period.end_month:
            votes.setdefault((m.article, m.period.start, m.period.end), []).append(said)
    # (two figures or more, and no figure stated for the table's own period: one equal number may
    # be another figure's)
    moved = {key: said[0] for key, said in votes.items()
             if len(said) >= 2 and len({(p.start_month, p.end_month) for p in said}) == 1 and said[0].start_month != key[1][:7]}
    if not moved:
        return tabled
    out = []
    for m in tabled:
        said = moved.get((m.article, m.period.start, m.period.end)) if m.period is not None else None
        if said is not None:
            m = m.model_copy(update={"period": said.model_copy(update={"text": None, "span": None})})
        out.append(m)
    return out


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
# (an exhibition venue's row in a table of venues: `国家会展中心（上海）  812.6  18.4 …`)
_VENUE_ROW = regex.compile(
    r"[\p{Han}A-Za-z0-9·]{2,20}(?:商圈|步行街|商业街|街区|景区|度假区|旅游区"
    r"|国际会展中心|会展中心|国际博览中心|博览中心|展览中心|会议中心|展览馆|博览馆|会展馆|展馆|国际博览城|博览城)(?:[(（][\p{Han}]{2,6}[)）])?"
)
# a zone's row in a table of zones (`武汉东湖综合保税区  62.35  22.6 …`, `合肥高新区  …`)
_ZONE_ROW = regex.compile(r"[\p{Han}]{2,20}(?:综合保税区|保税港区|保税区|综保区|经济技术开发区|高新技术产业开发区|开发区|高新区|经开区|园区)")
# a delegation's row in a fair's table of its groups (`武汉分团  1642  9870  8.36 …`)
_DELEGATION_ROW = regex.compile(r"[\p{Han}]{2,8}(?:交易分团|交易团|采购团|分团)")
_PROJECT_SIZE = regex.compile(r"^(?:计划)?总投资|投资总额|合同外资|注册资本")


_RATE_ROW = regex.compile(r"(?:增速|增幅|增长率|涨幅|增长速度)$")  # a row of growth rates (`固定资产投资增速  %`)


def _table_record(ctx: _DocContext, table, row, cell, reading, scale, change, period, source, share) -> Metric | None:
    """One table cell's metric; ``cell`` is None for a row that publishes only its rate."""
    original = ctx.norm.original
    value = None
    if cell is not None:
        multiplier, base_unit, kind = scale
        if kind not in ("money", "count", "measure", "percent", "number"):
            return None
        if kind == "percent" and share is None and change is None and _RATE_ROW.search(regex.sub(r"\s+", "", reading[0])):
            # `规模以上工业增加值增速  %  7.1  6.3`: each cell is the row's growth rate over its column's period
            change, cell = (cell, "yoy"), None
        elif kind == "percent" and share is None and change is None and not _INDEX_NAME.search(reading[0] + (table.title or "")):
            # a table of percentages (`单位：%`, columns 增加 / 持平 / 减少): each cell is a share
            # (an index's reading in % is a level: `商务活动指数  50.1`, a PMI table's `生产  51.9`)
            share = (cell, None)
        else:
            unit = cell.unit or table.unit
            if base_unit == "CNY" and ctx.home_currency != "CNY" and _BARE_YUAN.fullmatch(unit or ""):
                base_unit = ctx.home_currency  # `货值（百万元）` in Hong Kong's own release: its dollars
            if base_unit is None and kind == "number" and ON_A_BASE.search(_table_heads(table)):
                base_unit = "指数"  # `居民消费价格指数（上年同月=100）`: an index on a base, not a bare number
            elif base_unit is None and kind == "number" and _INDEX_NAME.search(reading[0] + (table.title or "")):
                base_unit = "点"  # `出口订单指数  54.7`, a climate index's reading: points
            value = ValueOut(text=original[cell.span[0] : cell.span[1]], span=cell.span, number=cell.value, unit=unit,
                             normalized=cell.value * multiplier, base_unit=base_unit)
    change_out = None
    if change is not None:
        ccell, basis = change
        rate = ccell.value
        direction = "up" if rate > 0 else "down" if rate < 0 else "flat"
        # (`比上半年增减（百分点）`: a change in a rate, in points)
        amount = {"points": rate} if (ccell.unit or "").endswith("百分点") else {"percent": rate}
        change_out = ChangeOut(text=original[ccell.span[0] : ccell.span[1]], span=ccell.span, basis=basis, direction=direction, **amount)
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
    if fold(indicator) in _BARE_VALUE_WORDS and table.title and (titled := _TITLE_FLOW_VALUE.search(folded := fold(table.title))) is not None:
        # `按主要原產地劃分的轉口貨值` over `貨值（百萬港元）`: the flow's value the title names, as written
        indicator = table.title[slice(*titled.span())] if len(folded) == len(table.title) else titled.group()
    # the table's own note, else the document's data note on its topic (`[12] 货物进出口数据来源于…`)
    note = note_for(ctx.data_notes, (table.title or "") + indicator) if source is None and ctx.data_notes else None
    cited = _TABLE_NUMBER.match(table.title or "") if ctx.table_sources else None
    cited_by = ctx.table_sources.get(_table_key(cited.group())) if cited else None
    # a table inside an article closed by its 来源 line reports that source's figures
    within = next((src for a, b, src in ctx.article_sources if a <= table.span[0] < b), None)
    # (a table pasted into a thread's message a body sent is that body's)
    sent = sender_at(ctx.senders, ctx.norm.from_original(table.span[0])) if ctx.senders[0] else None
    name = source or (note.name if note is not None else None) or cited_by or within or sent or ctx.publisher
    label = regex.sub(r"\s+", "", row.label)
    # the `全  省` row of a table of 市州: the whole the rows are parts of
    whole_row = vocab().votes_any.fullmatch(label) is not None
    # (an untitled table under a headline naming the place: `2024年11月宁波市主要出口商品量值表`)
    subject = _table_subject(ctx, label if whole_row else table.title or _headline_place(ctx))
    if (_PROJECT_ROW.fullmatch(label) or _ZONE_ROW.fullmatch(label)) and regex.sub(r"\s+", "", indicator) == label and cell is not None:
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
        if (member == label or regex.sub(r"[(（][^()（）]*[)）]$", "", label) == member) and (
            _VENUE_ROW.fullmatch(label) or _ZONE_ROW.fullmatch(label) or _DELEGATION_ROW.fullmatch(label)
        ):
            # (named with its bracketed city, `国家会展中心（上海）`, which the row's member leaves out)
            subject = label  # `新街口商圈  4862.3万人次 …`: a shopping district's or scenic area's own figures
            continue
        if member == label and _PROJECT_ROW.fullmatch(label):
            subject = label  # `恒泰功能性纤维新材料项目  柯桥区  32000 …` in a list of key projects: the project's own figures
            if _PROJECT_SIZE.search(indicator):
                period_out = None  # what the project is (its 总投资, 合同外资), at no period
            continue
        if k == "route":
            continue  # `莫斯科  326` under `线路（终到城市）`: the route's city, no subject of the figure
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
    if "market" not in dims and table.title and (toward := _TITLE_MARKET.search(table.title)) is not None and _foreign_market(toward["m"]):
        dims["market"] = toward["m"]  # `表1 2024年1-8月主要地市对港澳地区进出口情况`: every row's trade with it
    for j, col in enumerate(table.columns):
        # `企业名称  项目名称  所在区  拟支持金额` in a list of subsidised projects: the kind of
        # project a row's amount is for (`跨境电商B2B出口奖励`)
        if col.role == "other" and j < len(row.cells) and (c := row.cells[j]) is not None and c.value is None and (
            _ITEM_COLUMN.search(regex.sub(r"\s+", "", col.label or ""))
        ):
            dims.setdefault("item", regex.sub(r"\s+", "", c.text))
    subject = _as_written(ctx, _plain_region(ctx, subject)) if subject else subject  # (`中国（广西）…`: its brackets as written)
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


# the partner a table's title says its trade is with (`…对港澳地区进出口情况`, `…对东盟出口`)
_TITLE_MARKET = regex.compile(r"对(?P<m>[\p{Han}A-Z]{2,12}?)(?:地区)?(?:进出口|出口|进口|贸易)")


_HK_MACAO = regex.compile(r"港澳台?")


def _foreign_market(name: str) -> bool:
    """Whether a name is a partner abroad (a country, economy, region or group of them), not a
    place at home (`对广东出口`)."""
    if _HK_MACAO.fullmatch(name):
        return True  # (`港澳`, `港澳台`: the economies together)
    p = lookup(name)
    return dimension_of(name) == "market" and (p is None or p.kind in ("country", "economy", "world_region"))


_BARE_YUAN = regex.compile(r"[千百万亿]*元")
_BARE_VALUE_WORDS = frozenset(("货值", "价值"))  # (folded: `貨值` too)
# a flow's value named by a table's title (`…转口货值`, `…整体出口货值`, `…进口货值`)
_TITLE_FLOW_VALUE = regex.compile(r"(?:整体出口|港产品出口|转口|进出口|出口|进口)(?:货值|价值)")
_ITEM_COLUMN = regex.compile(r"(?:项目|产品|商品|业务)(?:名称|类型|类别)$|^(?:项目)?(?:类型|类别)$")


_INDEX_NAME = regex.compile(r"指数|PMI|景气")


def _table_heads(table) -> str:
    """A table's title, unit line and column headers, as one text."""
    return " ".join([table.title or "", table.unit or "", *(c.label or "" for c in table.columns), *(c.group or "" for c in table.columns)])


_TOWARD = frozenset("对自向与从和同及、")
_TOWARD_WORDS = ("进口", "出口", "进出口", "贸易", "投资", "和", "与", "、")


_INTO_CHINA = regex.compile(r"(?:对华|来华|在华)(?:投资|直接投资|实际投资)")


def _headline_place(ctx: _DocContext) -> str | None:
    """The province or city the document's headline names first (whose figures its tables hold)."""
    title = ctx.doc_title
    if not title:
        return None
    return next((m.group() for m in place_mentions(title) if (p := lookup(m.group())) is not None and p.kind in ("province", "city")), None)


def _table_subject(ctx: _DocContext, title: str | None) -> str | None:
    """Whose figures a table holds: the place or pronoun its title names (`全省…情况`), else the
    bulletin's region, zone, issuing company or province."""
    voter = {"country": ctx.home_country, "region": ctx.region, "province": ctx.province, "zone": ctx.zone or _autonomous_region(ctx.province)}
    if title:
        m = vocab().votes_any.search(title)
        if m and voter.get(m.lastgroup):
            return voter[m.lastgroup]
        if _INTO_CHINA.search(title):
            return "中国"  # `表1 …部分来源地实际对华投资情况` in a Shanghai centre's monitor: investment into China
        if ctx.zone and ctx.zone in title:
            return ctx.zone  # `表1 2024年12月成都高新综合保税区主要经济指标` in the zone's own report: not its city's
        if (zone := titled_bonded_zone(title)) is not None:
            return zone  # `表三　东疆综合保税区主要外向型指标` in a port's report: the zone's table
        for pm in place_mentions(title):
            p = lookup(pm.group())
            if p is not None and p.kind in ("province", "city", "district", "region"):
                f = facility_end(title, pm.end())
                # `霍尔果斯口岸主要通关指标`: the port's table, not its city's
                return title[pm.start() : f] if f else p.canonical
            if (
                p is not None and p.kind == "country" and p.canonical != "中国"
                and title[max(0, pm.start() - 1) : pm.start()] not in _TOWARD and not title.startswith(_TOWARD_WORDS, pm.end())
            ):
                # `表　2025年1—5月越南前五大贸易伙伴` in notes on a partner economy: that country's
                # table (not `对美国出口主要商品`, where the country is the market)
                return p.canonical
        if (group := sample_group_in(title)) is not None:
            return group  # `表1 2025年10月样本卖家分平台销售情况`: the firms the survey follows
    # a company's own bulletin holds its figures, not its city's
    company = own_company_subject(ctx) if ctx.self_org and _COMPANY_END.search(ctx.self_org) else None
    # (`天津港口生产统计快报` under a city's transport body: its port's throughput)
    port = next((p for t in (ctx.doc_title, *ctx.front_lines[:TITLED_PORT_REACH]) if t and (p := _titled_port(t)) is not None), None)
    own = ctx.zone or company or port or ctx.region or ctx.province
    if own:
        return own
    # a national release's appendix table: whose figures the articles around it report (中国),
    # also in an association's release (`中国汽车工业协会` tabulating the nation's output)
    named = [x for x in ctx.article_subjects if x]
    return max(named, key=named.count) if named else ctx.self_org
