"""Which period a figure belongs to: its clause's or sentence's own period, else the governing
one; levels (stocks) dated at the period's end; base periods of comparisons."""

from __future__ import annotations

import datetime as dt

import regex

from ..numbers import parse_number
from ..periods import PeriodMatch, find_periods
from ..schemas.metric import PeriodOut
from .context import _Draft
from .document import _YEAR_RE, _month_end
from .phrases import dimension_of
from .records import _orig, _period_out
from .roles import Item
from .subjects import _sentence_end, sentence_opening
from .vocab import vocab

_YEAR_WORD = regex.compile(r"全年|年末|年底|年初(?!以来|至今)|年内")  # (年初以来 is this year so far)


def _opens_paragraph(text: str, para_start: int, p: PeriodMatch) -> bool:
    """The period starts its paragraph, or follows only an opener (`从贸易方式看，`) or the word
    saying it is a running total (`累计1至9月出口…`)."""
    if p.start == para_start:
        return True
    lead = text[para_start : p.start]
    if p.cumulative and _RUNNING_TOTAL.fullmatch(lead):
        return True
    return len(lead) <= 20 and lead.endswith(",") and lead.count(",") == 1 and _OPENER_LEAD.match(lead) is not None


_RUNNING_TOTAL = regex.compile(r"\s*(?:累计|累積)\s?")
# `从贸易方式看，` `据呼和浩特海关统计，` `海关总署数据显示，`
_OPENER_LEAD = regex.compile(r"(?:(?:从|分|按)[\p{Han}]{1,8}(?:看|来看|分)|(?:据|根据)?[\p{Han}]{2,16}?(?:统计|数据显示|统计显示|数据)|(?:经|据)?初步(?:核算|测算)),$")


def _several_years(p: PeriodMatch) -> bool:
    """Whole years, more than one (`“十四五”时期`, `2020—2024年`), not a run of days over New Year."""
    return (
        p.first is not None and p.last is not None and p.last.year > p.first.year
        and (p.first.month, p.first.day, p.last.month, p.last.day) == (1, 1, 12, 31)
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


# an amount held at a date, whatever span the passage reports on (not `今年以来累计发放…`)
_HELD = regex.compile(r"余额|存量|保有量")


# a plant's capacity: what it can make in any year (`年产能`, `年产…`, `年加工能力`; not `年产值`)
_CAPACITY = regex.compile(r"产能|年产(?!值|量)|年加工(?!贸易)|年处理|年分梳|设计能力|生产能力|加工能力|处理能力")
_HEADCOUNTS = frozenset(("家", "户", "个", "人"))  # what a count of firms, users, sites or staff is in
# words of what exists (`布局海外仓`, `集聚…企业`, `…用户`, `从业人员`), counted at a date
_EXISTING = regex.compile(r"布局|集聚|聚集|拥有|建有|共有|现有|用户|从业人员|累计")
# words of a count made over months (`新设`, `引进`, `签约`, `开行`), not of what exists at a date
_FLOW_WORDS = regex.compile(r"新[增设签批建引认开注备入上落]|引进|签约|签订|开行|举办|办理|服务|处理|接待|发送|开展|培训|吸引|组织|帮助|受理|完成|实现|达成|落地|进出口|出口|进口|当月|本月|同比|增长|下降")


def _capacity(text: str, at: int, cands) -> bool:
    """The clause before ``at`` names a plant's capacity and its sentence states no period of its
    own (searched within the sentence only: a text's size never lengthens the search)."""
    opening = sentence_opening(text, at)
    if any(p.start >= opening for p in cands):
        return False
    return _CAPACITY.search(text, max(text.rfind(",", opening, at), text.rfind(";", opening, at), opening), at) is not None


def _single_month(p: PeriodMatch) -> bool:
    return p.first is not None and p.last is not None and (p.first.year, p.first.month) == (p.last.year, p.last.month)


def _explicit_year(text: str, p: PeriodMatch) -> bool:
    return bool(_YEAR_RE.search(text, p.start, p.end))


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
    if it.q.kind == "money" and _ZONE_INVESTED.search(text, cs, it.start) and _ZONE_WORD.search(text, sentence_opening(text, cs), it.start):
        return cs  # `各合作区累计完成投资68.4亿美元`: what a zone abroad has drawn since it opened
    if it.q.kind != "money" and (lead := _UNDATED_END_LEAD.search(text, max(0, cs - 16), cs)) is not None:
        return lead.start()  # `截至报告期末，公司研发人员4826人`: the head count at the report's end
    return None


_ZONE_INVESTED = regex.compile(r"累计(?:完成)?(?:协议)?投资(?:额)?(?:达到?|超过?|突破)?\s*$")
_ZONE_WORD = regex.compile(r"合作区|园区|产业园|工业园|经济特区|入区|入园")


_BALANCE_MOVE = regex.compile(r"\s*(?:[\p{Han}()]{0,16}?余额)?(?:比|较)(?:年初|上年末|去年末|上月末)")
# a sentence opening with an undated end (`截至报告期末，`, `截至期末，`): what follows are levels
_UNDATED_END_LEAD = regex.compile(r"(?:^|(?<=[。;\n]))\s*截至(?:报告期|本报告期|期|目前|本期)末\s*,\s*$")


# a reference back to a run of days stated before: `促销期间`, `活动期间`, `假期期间`
_DURING = regex.compile(r"(?:促销|活动|假日|假期|节日|节假日|展会|展期|黄金周|长假|大促|购物节)期间")


# words of a release, not an event: `10月20日，国家统计局发布数据显示，…`
_RELEASE_WORDS = regex.compile(r"发布|公布|披露|公告|报告|财报|年报|显示|获悉|通报|介绍|表示|透露|统计|据")


# a sentence set at the event the lead dated (`推介会上，`, `签约仪式上，`, `活动现场，`, `会上，`)
_AT_THE_EVENT = regex.compile(r"(?:[\p{Han}]{0,10}?(?:推介会|洽谈会|招商会|大会|会议|峰会|论坛|仪式|活动|会)上|(?:活动|会议|推介会)?现场|本次|此次|当天|当日)[,，]?[^。]{0,40}?签约")


def _event_day(text: str, actx, day, anchor: Item) -> bool:
    """``day`` dates what the figure at ``anchor`` counts: it opens the paragraph or the figure's
    sentence (`3月19日，…推介会在深圳举办…`, `二级市场上，1月16日，…股价收报…`), and no release
    is reported between them (a release's date is not its figures' period)."""
    opens_para = text[actx.para_start : day.start].strip(" \u3000\t") == ""
    same_sentence = regex.search(r"[。!?;\n]", text[day.end : anchor.start]) is None
    return (opens_para or same_sentence) and _RELEASE_WORDS.search(text, day.end, anchor.start) is None and _RELEASE_WORDS.search(text, actx.para_start, day.start) is None


_MONTH_END_STOCKS = frozenset(("stock_month_end", "stock_month_point"))  # `截至9月底`, `9月末`: no day of a fair
_ENTITY_COUNTERS = frozenset(("家", "户"))  # counts of firms or households: how many there are
_SHARE_LED_CLAUSE = regex.compile(r"的[^,;。:]{0,30}")


def _period(ctx, actx, anchor: Item, periods, stock_from: int | None = None, rated: bool = False,
            surveyed: bool = False) -> PeriodOut | None:
    """The clause's or sentence's own period before the figure, else the governing one.
    ``stock_from``: the start of a clause stating a level; a period written before that clause
    (or governing it) gives the level's date, its end, not a span of months.  ``rated``: the
    figure has a rate or a share (a statistic, which a numbered brief's period may govern)."""
    cands = [p for p in periods if p.start < anchor.start and not _closed_contrast(ctx.text, p, anchor.start)]
    if ctx.text.startswith("的", anchor.end) and (
        inner := next((p for p in periods if anchor.end < p.start < _SHARE_LED_CLAUSE.match(ctx.text, anchor.end).end()), None)
    ) is not None and inner.first is not None and "对" not in ctx.text[anchor.end : inner.start]:
        # `58.2%的企业三季度营业收入同比增长`, `…预计四季度订单增长`: the period of what the firms
        # reported or expect (not a view held now, `对四季度预期乐观`, nor a date, `当前最主要困难`)
        cands.append(inner)
    if len(cands) > 1 and _COMPARED_PAIR.fullmatch(ctx.text, cands[-2].end, cands[-1].start) and (
        _COMPARING_BEFORE.search(ctx.text, max(0, cands[-2].start - 14), cands[-2].start)
        or COMPARED_TAIL.match(ctx.text, cands[-1].end)
    ):
        # `比较二○二五年五月与二○二四年五月，…上升11.7%`, `二〇二五年三月份與去年同月比較，…`,
        # `比較經季節性調整的二〇二五年第一季與二〇二四年第四季數字`: the first period's rate
        cands.pop()
    if anchor.q is not None and anchor.q.kind in ("measure", "count") and _capacity(ctx.text, anchor.start, cands):
        # `公司现有年产各类座椅120万套的生产能力`, `年分梳能力3000吨`: what a plant can make in a year,
        # of no period, unless its own sentence dates it
        return None
    para = actx.para_period
    if para is not None and para.start > anchor.start:
        # `旅行服务进出口11.3亿元，…，3月当月旅行服务进出口4.6亿元`: a month a later clause of the
        # sentence opens with governs the figures after it, not those before
        para = None
    chosen = cands[-1] if cands else (para or actx.period)
    if chosen is not None and chosen.rule == "stock_since_event":
        # `挂牌以来…累计形成…`: a running total to "now", which is the date the sentence states
        # (`截至9月底，…开通运营以来累计…`) or the document reports (a half-year report's 上半年;
        # not a passage's months in a talk, `1—5月…。…启动以来，各地累计举办…`: the talk's day)
        dated = next((p for p in reversed(cands[:-1]) if p.last is not None and p.granularity != "day"), None) or ctx.doc_period or para
        if dated is not None and dated.last is not None:
            chosen = dated._replace(granularity="point", stock=True, first=None, start_month=None)
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
    elif (
        chosen is not None and not cands and ctx.event is None and day is not None and day is actx.lead_day
        and _AT_THE_EVENT.match(ctx.text, sentence_opening(ctx.text, anchor.start)) is not None
    ):
        # `6月11日，…推介会在深圳举办` in the lead, then `推介会上，共签约项目27个`: the deals of the
        # event's day, not of the months a speech recalled in between
        chosen = None
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
    if (
        ev is not None and chosen.last is not None and (chosen.stock or chosen.granularity == "day")
        and chosen.rule not in _MONTH_END_STOCKS and ev.first <= chosen.last <= ev.last
    ):
        # `截至11月4日` in the report of a fair that closed that day: the fair's months (not
        # `截至9月底，上届签约项目开工率…`: the month's end, after the fair)
        chosen = ev
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
        plan = ctx.heading_period
        own = governing in cands and governing.start >= sentence_opening(ctx.text, chosen.start)
        if shift < 0 or (shift > 0 and plan is not None and plan.first is not None and plan.first.year == y
                         and _under_plan_heading(ctx.text, plan)) or (shift > 0 and own):
            # (or forward to the year its own sentence opens with: `2025年，…力争全年外贸进出口增长3%以上`
            # in a review headlined with the year before)
            # only back to the passage's earlier year, never forward to a target year (but forward
            # under a plan's heading: `二、2025年工作计划` in a report on the year before)
            first = first.replace(year=first.year + shift) if first else None
            last = _month_end(last.replace(day=1, year=last.year + shift))
    # the single month the sentence (or for `全月`, its paragraph) states before the figure (`10月份，…`)
    stated = next((p for p in reversed(cands[:-1]) if _single_month(p)), None) or (
        actx.para_period if actx.para_period is not None and actx.para_period is not chosen and _single_month(actx.para_period) else None
    )
    whole_month = chosen.rule == "relative_month" and chosen.text == "全月"
    turned_from = ctx.text.endswith("由", 0, chosen.start)  # (`…由上月下降0.3%转为…`)
    if whole_month and (month := stated or (actx.period if actx.period is not None and _single_month(actx.period) else None)):
        # `9月当月，平台新增备案企业326家…；全月处理…申报清单1426.8万票`: the whole of that month (or
        # of the month the passage reports)
        first, last = month.first.replace(day=1), _month_end(month.last)
    elif _single_month(chosen) and last is not None and _CUMULATIVE_LABEL.match(ctx.text, ctx.text.rfind("\n", 0, anchor.start) + 1):
        # `累计：增加值1532.6亿元` under `12月份全市主要经济指标`: the year to that month
        first = last.replace(month=1, day=1)
    elif chosen.rule == "relative_month" and chosen.text in _LAST_MONTH and (
        reported := stated if stated is not None and stated in cands else (
            # (`从环比看，CPI由上月上涨0.3%转为持平` under `9月份居民消费价格…`: the month the passage reports)
            actx.period if turned_from and actx.period is not None and _single_month(actx.period) else None
        )
    ) is not None and reported.first is not None:
        if CONTRAST_RATE.match(ctx.text, chosen.end) or (turned_from and "转" not in ctx.text[chosen.end : anchor.end]):
            # `8月份，食品价格同比上涨2.7%，上月为下降0.8%`, `7月份CPI环比由上月下降0.3%…`: the month
            # before the one the sentence states
            before = reported.first.replace(day=1) - dt.timedelta(days=1)
            first, last = before.replace(day=1), before
        elif turned_from:
            # `…由上月下降0.3%转为上涨0.2%`: the month stated, turned to (not a base compared with,
            # `降幅比上月收窄…`: that month's own change, left as it was)
            first, last = reported.first.replace(day=1), _month_end(reported.last)
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
    balance = stock_from is not None and anchor.q is not None and anchor.q.kind == "money" and _HELD.search(ctx.text, stock_from, anchor.start) is not None
    if (balance and chosen.granularity == "ytd" and not (cands and cands[-1].start >= stock_from)
            and (dated := actx.stock_period) is not None and dated.last is not None and last is not None and dated.last <= last):
        # `截至6月末，…贷款余额3046.8亿元…。今年以来，…中长期贷款余额1128.5亿元`: a balance is
        # held at a date, not counted since January; the date the article stated its balances at
        chosen, first, last = dated, None, dated.last
    elif (
        not cands and not chosen.stock and first is not None and first.month == 1 and last is not None and first.year == last.year
        and anchor.q is not None and anchor.q.kind == "count"
        and anchor.q.base_unit in _HEADCOUNTS and (dated := actx.stock_period) is not None and dated.last is not None
        and (dated.last.year, dated.last.month) == (last.year, last.month)
        and _EXISTING.search(ctx.text, (opening := sentence_opening(ctx.text, anchor.start)), anchor.start) is not None
        and _FLOW_WORDS.search(ctx.text, opening, anchor.start) is None
    ):
        # `截至4月底，全市备案跨境电商企业4862家…。⏎全市企业在境外布局海外仓276个`: a count of what
        # exists, in an article whose levels are dated, is held at that date (not `新设外资企业128家`,
        # counted over the months)
        chosen, first, last = dated, None, dated.last
    level = chosen.granularity == "point"  # a level at a date: 截至2月底, 今年底
    if level:
        first = None
    elif (
        stock_from is not None
        and (chosen.granularity not in ("day", "ytd") or balance)  # `今年以来…累计服务260家`: counted since January
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


_PLAN_HEADING_WORDS = regex.compile(r"工作计划|工作安排|工作打算|工作要点|工作目标|主要目标")


def _under_plan_heading(text: str, p) -> bool:
    """``p`` is written in a plan's heading line (`二、2025年工作计划`)."""
    a, b = text.rfind("\n", 0, p.start) + 1, text.find("\n", p.end)
    return _PLAN_HEADING_WORDS.search(text, a, b if b >= 0 else len(text)) is not None


_LAST_YEAR = regex.compile(r"去年|上年度?|上一年度?|过去(?:的)?一年")  # `去年，…全年实现…`: the year the passage reviews
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
_COMPARING_BEFORE = regex.compile(r"比较[^,;。]{0,10}$")  # `比较(经季节性调整的)…`
# the words closing a comparison of two periods: `(与去年)同月比较`, `(与)上年同期相比`
COMPARED_TAIL = regex.compile(r"[^,;。、与和]{0,14}?(?:比较|相比|对比)")
_CUMULATIVE_LABEL = regex.compile(r"\s*(?:本年|今年|年)?累计\s*:")  # a line of year-to-date figures in a monthly brief
# a contrast clause's period (`4月份为持平；`, `上月为下降0.8%，`): it dates its own rate, not the
# clauses after it (`…；环比下降0.1%。其中，城市上涨0.3%`)
CONTRAST_RATE = regex.compile(r"\s*为\s*(?:同比|环比)?(?:持平|基本持平|增长|下降|上涨|回落|提高|减少|下跌|上升)")
_CLAUSE_BREAK = regex.compile(r"[,;]")


def _closed_contrast(text: str, p, at: int) -> bool:
    """``p`` opens a contrast clause that ends before ``at``."""
    return CONTRAST_RATE.match(text, p.end) is not None and _CLAUSE_BREAK.search(text, p.end, at) is not None


_THIS_MONTH = frozenset(("本月", "当月", "本月份", "全月"))
_LAST_MONTH = frozenset(("上月", "上个月", "上月份"))
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
