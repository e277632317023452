"""A draft's attributes: indicator with inherited qualifiers, breakdown members, subject, period,
source and evidence, resolved into one validated metric."""

from __future__ import annotations

import datetime as dt
import functools

import regex

from ..cover import RULE_LINE
from ..organisations import organisation_names
from ..places import looks_like_district, lookup
from ..schemas.metric import Evidence, Metric
from ..segment import ArticleBlock
from .context import _ArticleContext, _DocContext, _Draft
from .data_notes import note_for
from .document import _industry_paragraph, _month_end, _plain_region, _same_place, _title_words
from .members import (
    _DIGIT,
    _FACILITY_NAME,
    _FLOW_IN_MEMBER,
    _GROUP_COUNT,
    _GROUP_PRONOUN,
    _INDUSTRY,
    _LEADING_LINKERS,
    _MARKETS_ANAPHOR,
    _PLACE_JOINER,
    _PRICE_WORDS,
    _QUARTER_LIST,
    _RATE_WORDS,
    _SECTOR_SCOPE,
    _TRAILING_VERB,
    _VALUE_WORDS,
    _enumeration_element_start,
    _enumeration_end,
    _home_place,
    place_group_lead,
    _list_group,
    _list_members,
    _measure_after_listed,
    _measure_of_all_places,
    _measure_within,
    _member_index,
    _member_period,
    each_quarter,
    _noun_after,
    _previous_clause_indicator,
    _previous_clause_topic,
    _previous_head,
    _previous_indicator,
    _remarked_member,
    _same_kind_place,
    _topic_qualifier,
    _counted_deals_kind,
    _counted_firm_class,
)
from .period_choice import (
    _FULL_NAME_HEAD,
    _OWN_SURVEY,
    _base_period,
    _leading_member,
    _month_of,
    _period,
    _stock_clause,
)
from .phrases import TRADE_FLOWS, Phrase, clause_start, dimension_of, is_brand, platform_after, read_phrase
from .records import (
    _GENERIC_BODIES,
    _SHARE_WORD,
    _as_written,
    brackets_as_written,
    city_as_written,
    _change_out,
    _metric,
    _orig,
    _share_out,
    _source,
    _value_out,
)
from .subjects import (
    firm_citing_itself,
    registered_zone,
    sentence_opening,
    _AMOUNT_OF_GOODS,
    _SAME_FLOW_AGAIN,
    _ATTRIBUTE_HEADS,
    _CARRIED_MEMBERS,
    _COMPANY_REF,
    _CONTRIBUTION_CLAUSE,
    _CONTRIBUTION_SHARE,
    _COUNT_VERB_LEAD,
    _COUNTED_BEFORE,
    _HOME_KINDS,
    _LISTED_LEAD,
    _OWN_ECONOMIES,
    _RANKED_GROUP,
    _canonical_subject,
    _company_before,
    _content_start,
    _fuller_sample,
    _home_member,
    _in_brackets,
    _leading_subject,
    _ranked_partner,
    _short_name,
    _subject,
    _we_quoted,
    _zone_referred_to,
)
from .vocab import alternation, any_head, vocab


def _led_by_facility(text: str, s: int, cs: int, period_spans) -> bool:
    """The sentence opens with a port area, airport or park (`北湾港区…，完成…，占集团总量的41.7%`):
    the part's own figure, not its whole's."""
    lead = _leading_subject(text, s, cs, period_spans)
    return lead is not None and lead[1] == "facility"


@functools.cache
def _leading_trade_head() -> regex.Pattern:
    """A trade verb opening the words (`进口铁矿砂`), after a partner named by its abbreviation
    (`对韩出口机电产品`: the flow 对韩出口, then the goods)."""
    abbr = alternation(vocab().data.market_abbreviations)
    # (not a name the verb is part of: `出口信用保险`, `出口退税`)
    names = alternation(vocab().data.flow_compounds)
    return regex.compile(rf"(?:(?:对|自|向)(?:{abbr}))?(?:{alternation(TRADE_FLOWS)})(?=[\p{{Han}}])(?!{names})")


# a list member that is a firm or a bank's branch (not a kind of bank: `中央银行`, `商业银行`)
_FIRM_MEMBER = regex.compile(r"(?:有限公司|股份公司|集团|分行|支行|农商银行|农村商业银行)$")
# a kind of enterprise, not a firm (`国有企业、股份有限公司、…分别占`)
_FIRM_KIND = regex.compile(r"(?:国有|集体|私营|民营|外资|外商投资|港澳台商?投资|股份|有限责任|股份有限)?(?:有限责任公司|股份有限公司|有限公司|股份公司|集团)")
_PERIOD_LEAD = regex.compile(r"(?:今年|去年|上年)?(?:[上下]半年|全年|前三季度|[一二三四]季度|\d{1,2}月份?|\d{1,2}[-—]\d{1,2}月)")


def _firm_named_whole(text: str, s: int, e: int, member: str) -> str:
    """The first member of a list of firms with the bank or place that opened the phrase before
    it (`工行东莞分行、…`, `中国银行青岛市分行、…`: the phrase reads 工行 / 中国 as its own subject)."""
    at = text.find(member, s, e)
    if at < 0:
        return member
    cut = max(text.rfind(c, s, at) for c in ",;:。、") + 1
    chunk = text[max(cut, s) : at]
    chunk = chunk[m.end() :] if (m := _PERIOD_LEAD.match(chunk)) else chunk
    if 1 < len(chunk) <= 4 and (chunk in organisation_names() or lookup(chunk) is not None):
        return chunk + member
    return member
# the lead of a list of markets, each with its figures in brackets (`前五大出口市场依次为`)
_MARKET_LIST_LEAD = regex.compile(
    r"[\p{Han}]{0,12}?(?P<flow>进出口|出口|进口)?(?P<kind>市场|目的地|来源地|贸易伙伴|伙伴)(?:依次|分别)?(?:为|是|包括)"
)
_ENTERPRISE_ACTOR = regex.compile(r"(?:[^,;。]{0,12}?,)?(?P<e>民营企业|外商投资企业|外资企业|国有企业)(?=对|向|与|自|出口|进口|进出口)")
_MARKET_OPENER = regex.compile(r"(?:其中,)?对")


def _abbreviation_meant(text: str, para_start: int, end: int, market: str) -> str:
    """The market a one-character abbreviation means where the paragraph has just named another it
    may stand for (`澳大利亚仍是第一大来源地，自澳进口…`: 澳大利亚, not 中国澳门)."""
    others = _abbreviation_alternatives().get(market)
    if not others or text.find(market, para_start, end) >= 0:
        return market
    return next((o for o in others if text.find(o, para_start, end) >= 0), market)


@functools.cache
def _abbreviation_alternatives() -> dict[str, tuple[str, ...]]:
    """The market an abbreviation expands to -> the other markets it may stand for (`中国澳门` ->
    澳大利亚), from ``market_abbreviations`` and ``market_abbreviation_alternatives``."""
    data = vocab().data
    return {data.market_abbreviations[c]: tuple(alts) for c, alts in data.market_abbreviation_alternatives.items() if c in data.market_abbreviations}


def _previous_sentence_actor(text: str, para_start: int, s: int) -> str | None:
    """The firms (`民营企业`) the sentence before ``s`` in its paragraph opens with as the actor of a
    flow, when the sentence at ``s`` opens with the markets traded with (`对欧盟、…分别进出口…`)."""
    if _MARKET_OPENER.match(text, s) is None:
        return None
    prev = max(text.rfind("。", para_start, s - 1), para_start - 1) + 1
    m = _ENTERPRISE_ACTOR.match(text, prev, s)
    return m.group("e") if m else None


_ITS_CONTRIBUTION = regex.compile(r"拉动|带动|对[\p{Han}]{0,10}?增长的贡献率")
# what firms just counted report (`…外资企业5894户，全年实现营业收入…`)
_FIRM_MEASURES = frozenset(("营业收入", "营收", "利润总额", "利润", "净利润", "纳税", "税收", "实缴税金"))
_FIRMS_COUNTED = regex.compile(r"(?P<noun>[\p{Han}]{2,14}?企业)\d[\d.,]*(?:户|家)(?=[,;])")
_FIRMS_LEAD = regex.compile(r"^(?:[\p{Han}]*?(?:年末|年底|期末|其中))?(?:全市|全省|全县|全区|我市|我省|本市|共有|有)?")


def _last_firms_counted(text: str, s: int, cs: int) -> str | None:
    """The firms the sentence ``text[s:cs]`` counted last (`制造业外资企业5894户，`), by their name
    without the date and place before it, or None."""
    last = None
    for last in _FIRMS_COUNTED.finditer(text, s, cs):
        pass
    if last is None:
        return None
    noun = _FIRMS_LEAD.sub("", last.group("noun"))
    return noun if len(noun) > 2 else None
_AREA_HEADS = frozenset(("面积", "总面积", "仓储面积", "建筑面积", "经营面积"))  # an attribute of what was counted before
_TRAIN_SERVICE = regex.compile(r"中欧班列|中亚班列|中老班列|中越班列|西部陆海新通道班列|海铁联运班列")
# the top ranks a combined figure adds up (`位居前三`, `前三大…市场`), not a period (`前三季度`, `前5个月`)
_TOP_RANK = regex.compile(r"(?<![提向])前(?:[二三四五六七八九十]|\d{1,2})(?![季个年天周月\d一二三四五六七八九十])")
# the group of markets a total was given for, opening the measure its members inherit
# (only words naming the group: `前三大离岸发包市场` keeps 离岸, which qualifies the measure)
_MARKET_GROUP_LEAD = regex.compile(r"对?(?:前[\d一二三四五六七八九十]{1,2}(?:大|位)|主要)(?:出口|进口|贸易)?(?:市场|贸易伙伴|伙伴)")
_RANK_ONLY_LEAD = regex.compile(r"(?:全市|我市|全省|我省|全区|我区)?(?:前[\d一二三四五六七八九十]{1,2}(?:大|位)|主要|重点)?(?:发包|目标)?")
_MARKET_OF_FLOW = regex.compile(r"\s*(?:其中,)?(?:从|分)(?P<pre>[\p{Han}]{0,4}?)(?P<flow>进出口|出口|进口)(?:市场|目的地|来源地)(?:来)?看[,，]\s*")  # (`从整车出口市场看，`)
_SCOPE_NOTE_END = regex.compile(r"[（(](?:含|包含|不含|包括|不包括)[^（）()]{1,12}[)）]$")  # `（含再出口）`
_OWN_MEASURE_END = regex.compile(r"(?:余额|总额|总值|存量|保有量|收入|增加值)$")  # a stock or total named by its own word
_NAMED_MEASURE_END = regex.compile(r"(?:指数|运价|价格|均价|单价|比重|比例|[^效]率|成交(?:额|金额|量)?)(?:\([A-Za-z]{2,10}\))?$")  # (`…运价指数（SCFI）`)


_SCOPE_MODIFIERS = {"规模以上", "规上", "限额以上", "全口径", "全行业"}


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
# a figure of the same months a year before, stated beside this year's (`上年同期为逆差386亿美元`)
# (not the basis of a change: `比去年同期增长5%`, `较上年同期下降`)
_LAST_YEAR_LEVEL = regex.compile(r"(?<![比较与同和])(?P<p>(?:去年|上年|上一年)同期)(?:(?:则|分别|仅|只)?(?:为|是|有)[^\d,;。:()+\-]{0,8})?$")
LAST_YEAR_LEVEL_REACH = 16


_MEASURE_COUNTERS = frozenset(("标准箱", "自然箱"))  # units of a measure, not things counted
_TOTAL_WORDS = frozenset(("累计", "合计", "共计", "总计", "累计完成", "累计实现"))


# a label naming the family of the measures after it (`离岸服务外包`, `全市服务外包（含在岸）`)
_FAMILY_LABEL = regex.compile(
    r"(?:全市|全省|全区|全国|我市|我省)?(?P<q>(?:离岸|在岸|接包|承接|知识密集型)?[\p{Han}]{0,4}?(?:服务外包|服务贸易|数字贸易|技术贸易))(?:\([^()]{1,8}\))?"
)


def _words_after_members(words: str, members: list[str]) -> str:
    """What an enumeration's words name after its last member (`东、中、西部地区快递业务量` ->
    快递业务量): the measure the members share."""
    k = words.rfind(members[-1])
    return words[k + len(members[-1]) :] if k >= 0 else ""


# `按经营单位所在地分，` `分经济类型看，` `从贸易方式看，`: a sentence that parts a total
# `从贸易方式看，`, `按行业分，`, and the month within the period (`8月当月，`): the lead's figures
# broken down
_MACRO_REGIONS = frozenset(("东部地区", "中部地区", "西部地区", "东北地区", "中西部地区"))


_TOGETHER = regex.compile(r"[两二三四五六]者(?P<sum>合计|共计|共)?")


# the measures a total is made of: its parts keep the total's breakdowns (trade mode …)
_PARTS_OF = {"进出口": ("出口", "进口"), "进出口总值": ("出口", "进口"), "进出口总额": ("出口", "进口", "出口总额", "进口总额")}


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


_COUNTED_KIND = regex.compile(r"(?:^|(?<=[,;:。!?\n]))(?:其中,)?(?:共|累计|新|新增)?(?P<n>[\p{Han}](?:[\p{Han}]|\d{1,4}(?=强)){2,14}?)[\d.]+(?:项|个|家|份|件|宗|笔)")  # (`世界500强企业…`)


_COUNT_LEAD = regex.compile(r"^(?:全省|全市|全区|全县|全国|我省|我市|我区|本市)?(?:共|累计|新增|新)?(?:备案|签约|引进|落地|实施)?")
# a sentence opening on the measure it goes on to break down (`营业收入方面，`, `从营业收入看，`)
_MEASURE_LENS = regex.compile(r"(?:从)?(?P<m>[\p{Han}]{2,10}?)(?:方面|来看|看)[,:]")
# a sentence opening on the flow it breaks down by kind (`从出口方式看，`, `按技术引进类别分，`)
_FLOW_LENS = regex.compile(r"[\s\u3000]*(?:从|按|分)(?P<f>(?:技术|服务|货物)?(?:进出口|出口|进口|引进))(?:方式|结构|类别|构成|类型|方向)(?:来)?(?:看|分)[,:]")
_FLOW_WORD = regex.compile(r"进出口|出口|进口|引进|输出|输入")
# a sentence opening on where the goods came from (`从来源看，`, `分国别看，`): the goods the
# paragraph before reported
_SOURCES_LENS = regex.compile(r"[\s\u3000]*(?:其中,)?[从分按](?:主要)?(?:进口)?(?:来源地|来源国|来源|国别)[^,]{0,4}?看?,")
# words naming which amount a measure is, not whose (`中方协议投资额`, `计划总投资`)
_MEASURE_NAMING = regex.compile(r"(?:中方)?(?:协议|合同|计划|签约)")


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
    noun = _COUNT_LEAD.sub("", found.group("n"))  # (`全省共备案境外投资项目1126项` counts 境外投资项目)
    if noun.endswith("项目") and len(noun) > 2 and head.endswith(("总投资", "投资额")):
        return noun  # `世界500强企业投资项目5个，总投资156.0亿元`: those projects' investment
    word = head[:2]
    return noun[: -len(word)] if noun.endswith(word) and len(noun) > len(word) + 1 else None


def _after_list_lead(text: str, s: int, pcs: int, end: int, actx) -> tuple[int, str | None, bool]:
    """Where the first member of a list of markets bracketed with their figures begins after the
    list's lead (`前五大出口市场依次为美国（2.41亿元，…）`), the flow the lead or the opener before it
    names (`从整车出口市场看，前五大市场依次为…` -> 整车出口), and whether a lead was read.  A lead
    naming no flow counts only when it names nothing but the rank of the measure just reported
    (`前五大伙伴为中国香港（…）`); otherwise its words name the measure (`数字服务贸易前三大伙伴为…`)."""
    listed = _MARKET_LIST_LEAD.match(text, pcs, end)
    if listed is None:
        return pcs, None, False
    opener = _MARKET_OF_FLOW.fullmatch(text, s, listed.start())
    flow = listed.group("flow") or (opener.group("pre") + opener.group("flow") if opener else None)
    if flow or ((actx.last_indicator or actx.head) and _RANK_ONLY_LEAD.fullmatch(text, listed.start(), listed.start("kind"))):
        return listed.end(), flow, True
    return pcs, None, False


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
    if (
        (lens := _MEASURE_LENS.match(text, s)) is not None and v.head_at_end.search(lens.group("m"))
        and lens.group("m") not in v.data.generic_heads and first.start > lens.end()  # (not `从增速看，`, `从规模看，`)
        and d.value is None  # (a figure names its own measure: `从银行结售汇看，…银行结汇816.2亿美元`)
    ):
        # `营业收入方面，欧资企业同比增长7.3%，日资企业增长2.1%`: the measure the members' rates are of
        actx.head, actx.head_para = lens.group("m"), para_key
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
    list_flow = None  # the flow a list of markets names in its lead (`前五大出口市场依次为…`)
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
        pcs, list_flow, listed = _after_list_lead(text, s, pcs, cs - 1, actx)
        if text[pcs : pcs + 1] in ("和", "及", "与") and (mp := lookup(text[pcs + 1 : cs - 1])) is not None and mp.kind not in _HOME_KINDS:
            pcs += 1  # `…、德国（…）和印度（…）`: the last market after its conjunction
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
        elif (
            listed and not before.head and (list_flow or actx.last_indicator or actx.head)
            and (before.markets or lookup(before.text) is not None)
        ):
            paren_member = before.markets[-1] if before.markets else before.text  # `主要离岸市场为东盟（…）`: the list's first market
        elif actx.head and lookup(before.text) is not None:
            # `从离岸市场看，美国（9127.4万美元，…）`: a market of the figure the passage is about
            paren_member = before.text
        else:
            phrase = clause_phrase = before
        if list_flow and paren_member:
            phrase = clause_phrase = read_phrase(list_flow, [], 0)
        else:
            list_flow = None
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
    if head and (kind := _counted_deals_kind(text, cs, qualifier + head, period_spans)) is not None and not qualifier.startswith(kind):
        qualifier = kind + qualifier  # `登记技术引进合同7138份，…；合同金额…`: the technology imports' contracts
    if head and qualifier in ("", "合计", "共计", "共") and not phrase.subject and (group := _counted_firm_class(text, cs, qualifier)) is not None:
        # `规上外贸企业共487家，…，合计出口401.25亿元`, `年出口额超1亿美元的重点企业38家，合计出口…`: the
        # class of firms just counted is whose exports these are
        qualifier = group + qualifier
    if head and not qualifier and cs > s and not list_flow and (tq := _topic_qualifier(text, s, cs)):
        # `离岸业务方面，合同签约额…；执行额…`: the topic's qualifier is each figure's
        qualifier = actx.qualifier = tq
        actx.qualifier_at = cs
    dims: dict[str, str] = dict(shared_dims)
    markets = phrase.markets or clause_phrase.markets or (flow_lead.markets if flow_lead is not None else [])
    # the previous clause of the sentence may name the topic: `旅行服务继续快速增长，进出口达…`
    prev_topic, prev_markets = _previous_clause_topic(text, s, cs, period_spans)
    if list_flow:
        prev_topic = None  # (the list's lead, `前五大出口市场依次为`, named the flow already)
    if not markets and not qualifier and prev_markets:
        markets = prev_markets
    for mk in markets:
        dims["market"] = _abbreviation_meant(text, actx.para_start, first.start, mk)
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
            qualifier = qualifier[: anaphor.start()] + _LEADING_LINKERS.sub("", qualifier[anaphor.end() :])
        if mp is not None and mp.kind in ("province", "city", "district", "region") and not marked:
            member_subject = mp.canonical  # `长三角和京津冀地区…分别占…`: members are whose figures
            member_region = member
        elif mp is None and is_brand(member) and _sold_on_platforms(text, members[-1], s, e):
            dims["market"] = member  # `TikTok Shop、Temu 平台交易额分别增长…`: where sellers sell, not whose figure
        elif mp is None and not marked and (full := next((n for n in ctx.listed if member.removesuffix("的") in (n, _short_name(n))), None)):
            member_subject = full  # `圆通、申通、韵达的市场份额分别为…`: listed companies by their short names
        elif mp is None and not marked and (
            looks_like_district(member) or _FACILITY_NAME.fullmatch(member) or is_brand(member)
            or (_FIRM_MEMBER.search(member) and not _FIRM_KIND.fullmatch(member))
        ):
            # `崇川区、南通经济技术开发区、通州区…分别为`: unlisted districts; `奇瑞、比亚迪…分别出口`,
            # `建行东莞市分行、东莞农商银行…分别发放`: companies and banks (the first one whole when
            # its bank opened the phrase: `工行东莞分行、…`)
            member_subject = _firm_named_whole(text, s, e, member) if member == members[0] else member
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
    if member and dims.get("market") == member and _opens_with_last_member(phrase, members):
        # `对美国,欧盟,韩国,日本分别进出口…`: the place the clause opens with is the list's last
        # market, not whose figure it is
        phrase = Phrase(text=phrase.text, qualifier=phrase.qualifier, head=phrase.head, markets=phrase.markets)
        if _opens_with_last_member(clause_phrase, members):
            clause_phrase = phrase
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
    if not d.from_list and not phrase.subject and "、" in phrase.text and (group := place_group_lead(phrase.text)) is not None:
        # `济南、青岛两市软件业务收入7562.1亿元`: the places together are whose figure it is
        group_subject = group
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
    if head and not member and "enterprise_type" not in dims and cs > s and "企业" not in phrase.text and (firms := _remarked_member(text, s, cs)) is not None:
        dims["enterprise_type"] = firms  # `内资企业技术出口增长较快，出口合同金额12.47亿美元`: those firms' figure
    so = sentence_opening(text, s)
    if actx.mode_read_at != so:
        # (`市场采购贸易出口商品中，服装…分别出口…`: a mode the sentence's opening names as the whole;
        # read once a sentence)
        actx.mode_read_at = so
        opened = _MODE_OPENER.match(text, so) if "贸易" in text[so : so + MODE_OPENER_MAX] else None
        actx.sentence_mode = opened["m"] if opened is not None and dimension_of(opened["m"]) == "trade_mode" else None
    if qualifier and (by_mode := _BY_TRADE_MODE.match(qualifier)) is not None and dimension_of(by_mode["m"]) == "trade_mode":
        # `以一般贸易方式进口原油…`, `以保税物流方式进口…`: the trade mode, then the flow and its goods
        dims.setdefault("trade_mode", by_mode["m"])
        actx.sentence_mode = by_mode["m"]
        qualifier = qualifier[by_mode.end() :]
        if not qualifier and head in TRADE_FLOWS and "product" not in dims and anchor.q is not None and anchor.q.kind == "measure" and (
            actx.product is not None and actx.product[1] == para_key and actx.head == head
        ):
            dims["product"] = actx.product[0]  # (the goods the clause before weighed, by another mode)
    moved: dict[str, str] = {}  # a qualifier read as a breakdown of the head (`跨境电商进出口`)
    if head and qualifier and len(qualifier) <= 10 and dimension_of(qualifier) in ("enterprise_type", "trade_mode", "business_line"):
        member_word, rest = _leading_member(qualifier)
        moved = {dimension_of(qualifier): member_word}
        dims.setdefault(dimension_of(qualifier), member_word)
        qualifier = rest  # `民营企业中方协议投资额`: the kind of enterprise, then the measure's own words
    if (
        actx.sentence_mode is not None and head in TRADE_FLOWS and "trade_mode" not in dims
        and not any(w in text[max(so, text.rfind(";", so, anchor.start)) : anchor.start]
                    for kind in ("trade_mode", "business_line") for w in v.data.dimension_lexicon.get(kind, ()) if w not in actx.sentence_mode)
    ):
        # `以市场采购贸易方式对…出口…；对非洲、拉丁美洲分别出口…`: the mode the sentence opened with
        # (not `…；加工贸易进出口…`, `…；跨境电商进出口…，其中出口…`: a ;-clause's mode or business of its own)
        dims["trade_mode"] = actx.sentence_mode
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
        elif _list_line(text, s) and (
            place := _place_form(qualifier) or (qualifier if d.value is not None and is_brand(qualifier) else None)
        ) is not None and (
            (titled := _list_heading_measure(text, s)) or actx.head
        ):
            # `分县市区看：` then `▶ 萧山区 268.4亿元 增长5.6%`, `1.上海　56218.3亿元　+5.4%`: a list
            # line labelled with a place (or a company by its brand, `· 奇瑞　55.1万辆（-3.2%）`), that
            # place's own figure of the measure the list's heading names (`📈 GDP：六地全部正增长`), else
            # of the measure before
            member_subject, member_subject_form = place, qualifier
            head, qualifier = (titled, "") if titled else (actx.head, actx.qualifier)
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
            # (not a measure named in full, `…金融机构本外币存款余额11863.54亿元` after `居民消费价格…`)
            and not _NAMED_MEASURE_END.search(qualifier) and not _OWN_MEASURE_END.search(qualifier)
            # (nor one whose scope a bracket notes, `货物出口总额（含再出口）`)
            and not v.head_at_end.search(_SCOPE_NOTE_END.sub("", qualifier))
        ):
            # `；原油4.12亿吨，减少2.1%`: a bare product under the figure before (进口)
            dims.setdefault("product", qualifier)
            head, qualifier = actx.head, actx.qualifier
    # what a figure counts or measures may follow it: `获批5家全国重点实验室`, `3500亿美元的服务业`
    after = _noun_after(text, anchor, e) if anchor.q is not None and anchor is not d.change else ""
    breakdown_of = actx.last_indicator if text[cs : cs + 2] == "其中" and not head and qualifier else None
    if paren_member and not head:
        indicator = actx.last_indicator or (actx.qualifier or "") + (actx.head or "")
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
        elif (not qualifier or _MEASURE_NAMING.fullmatch(qualifier)) and not dims and (counted := _counted_kind_before(text, s, cs, head)):
            # `技术进口合同1187项，…，合同金额45.32亿美元`: those contracts' amount; `制造业项目468项，
            # 中方协议投资额36.92亿美元`: those projects' investment, however the measure is named
            qualifier = counted + qualifier
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
        if (scope := v.data.qualifier_scopes.get(qualifier)) is not None and not any(w in head for w in scope):
            qualifier = ""  # `新签合同额…；完成营业额…`: 新签 qualifies contracts, not turnover
        elif qualifier in TRADE_FLOWS and head.startswith(TRADE_FLOWS):
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
    next_clause = actx.last_dims is not None and actx.last_dims[1] == s and cs > s and text[cs - 1] == ","
    if not dims and not member and not member_subject and actx.last_dims is not None and (
        # `其中，民营企业61.2万家，进出口19.24万亿元`: the member the clause before counted goes on;
        # so does the member a ;-clause's sentence opened with (`民营企业出口…；进口…`)
        (head and not phrase.qualifier and (
            next_clause or (actx.last_dims[1] < s and cs == s and text[s - 1] == ";" and "。" not in text[actx.last_dims[1] : s])
        ))
        # `民营企业进出口…，拉动全市外贸增长3.6个百分点`, `…，对全市外贸增长的贡献率达85.4%`: the
        # member's own contribution to the whole's growth
        or (next_clause and _ITS_CONTRIBUTION.match(text, cs))
    ):
        dims = {k: x for k, x in actx.last_dims[0].items() if k in _CARRIED_MEMBERS}
    if (
        head and head not in TRADE_FLOWS and indicator and not member and not _FLOW_IN.search(indicator)
        and (whole := _measure_within(text, s, cs, period_spans)) is not None and whole.endswith(TRADE_FLOWS)
    ):
        # `技术出口中，专利技术的许可或转让合同金额1.15亿美元`: a part of the flow the sentence opens on
        indicator = whole + indicator
    if (
        not dims and (_AMOUNT_OF_GOODS.fullmatch(indicator) or _SAME_FLOW_AGAIN.fullmatch(indicator)) and not member and not member_subject
        and actx.last_dims is not None and (goods := _goods_before(actx, para_key)) is not None and (
            (actx.last_dims[1] == s and cs > s and text[cs - 1] == ",")
            or (actx.last_dims[1] < s and text[s - 1] == ";" and "。" not in text[actx.last_dims[1] : s])
        )
    ):
        # `出口汽车183.5亿元，增长36.8%，出口数量9.6万辆`, `…出口汽车183.5亿元；出口数量9.6万辆`,
        # `稀土氧化物出口1208.6吨…；出口金额1.52亿元`: how many, or how much, of the same goods
        dims["product"] = goods
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
    lens = _SOURCES_LENS.match(text, sentence_opening(text, s))
    # (`进口铁矿砂5218.6万吨…。⏎从来源看，…自澳进口3402.8万吨`: the goods of the paragraph before, which
    # the sources it lists break down)
    goods_before = actx.product[0] if actx.product is not None and (actx.product[1] == para_key or lens) else None
    if goods_before and "product" not in dims and dims.get("market") and (text.startswith("其中", s) or lens) and head in TRADE_FLOWS:
        dims["product"] = goods_before  # `全省出口水产品112.6亿元…。其中，对日本、韩国分别出口…`: those goods'
    if indicator in _ATTRIBUTE_HEADS and (counted := _COUNTED_BEFORE.search(text, s, cs)) is not None:
        # `布局海外仓318个，总面积超过420万平方米`: the area of the things just counted
        noun = _COUNT_VERB_LEAD.sub("", counted.group("noun"))
        if len(noun) >= 2:
            indicator = noun + indicator
    elif indicator in _FIRM_MEASURES and (firms := _last_firms_counted(text, s, cs)) is not None:
        # `年末全市制造业外资企业5894户，全年实现营业收入27318.5亿元；利润总额…`: what the firms the
        # sentence counted report
        indicator = firms + indicator
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
    if (lens := _FLOW_LENS.match(text, sentence_opening(text, s))) is not None and not _FLOW_WORD.search(indicator) and not any(
        _FLOW_WORD.search(x) for x in dims.values() if isinstance(x, str)
    ):
        # `从出口方式看，…；技术咨询、技术服务合同金额4.12亿美元`: the flow the sentence breaks down
        indicator = lens.group("f") + indicator
    if indicator in _AREA_HEADS and actx.sentence_indicator and not actx.sentence_indicator.endswith("面积"):
        # `建设海外仓超过2600个、面积超过3000万平方米`: the area of what the sentence just counted
        indicator = actx.sentence_indicator + indicator
    if _CURRENCY_LABEL.fullmatch(indicator) and (above := _label_above(text, s)) is not None:
        # `■ 对外承包工程完成营业额` / `   人民币：216.73亿元　　▼2.8%` / `   美　元：30.18亿美元…`: the
        # label names the currency; the bulleted line above names the measure
        indicator = above
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
    elif share_of is not None and share_of.subject and not phrase.subject and not actx.subject and (
        share_of.subject_kind not in ("world", "country", "place", "delegation") or share_of.subject == "中方"
    ) and (
        whole_subject := _canonical_subject(ctx, actx, share_of.subject, share_of.subject_kind)
    ) and not _led_by_facility(text, s, cs, period_spans):
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
        ) and firm_citing_itself(text, s, cs) is None:  # (checked last: _subject has just read it)
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
    if subject:
        subject = registered_zone(subject, text)  # `青岛前湾综保区`: the zone by its registered name
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
    if period is not None and period.start and period.end and (counted := each_quarter(text, d, drafts)) is not None:
        (q, quarters), y, m0, m1 = counted, int(period.start[:4]), int(period.start[5:7]), int(period.end[5:7])
        if m0 == 1 and m1 == 3 * quarters and period.end[:4] == period.start[:4]:
            # `2024 年，…。分季度看，四个季度分别到资…`: the list's quarters are those of the year reported
            first, last = dt.date(y, 3 * q - 2, 1), _month_end(dt.date(y, 3 * q, 1))
            period = period.model_copy(update=dict(start=first.isoformat(), end=last.isoformat(), start_month=first.isoformat()[:7],
                                                    end_month=last.isoformat()[:7], cumulative=q == 1))
    if d.base is not None:
        period = _base_period(ctx, period, *d.base)
    elif (ly := _LAST_YEAR_LEVEL.search(text, max(cs, anchor.start - LAST_YEAR_LEVEL_REACH), anchor.start)) is not None:
        # `1-5月…顺差232亿美元，上年同期为逆差386亿美元`, `（去年同期为增长4.8%）`: the figure of
        # the same months a year before
        period = _base_period(ctx, period, *ly.span("p")) or period
    if period is not None and d.change is not None and period.cumulative and d.change.basis == "mom":
        period = _month_of(period)  # `分别比上月加快0.6、0.3个百分点` under `1—5月份`: May's rates
    source = None
    if (
        actx.inline_source and actx.sample and subject and subject.endswith(actx.sample) and actx.inline_source[1][1] < so
        and (own := ctx.self_org or ctx.publisher) is not None and own not in actx.inline_source[0]
    ):
        # `据青岛海关统计，全年全省水产品出口…。…全年会员企业水产品出口…`: the customs house counted
        # the province; the association's members' figures are its own
        source = _source(ctx, own, None, actx.outlet)
    elif actx.inline_source:
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
    elif actx.speaker_body:
        # a transcript's speaker giving the figures of the body they speak for (`【罗琴】` of 省统计局)
        source = _source(ctx, actx.speaker_body, None, actx.outlet)
    elif actx.outlet:
        # (`来源：商务部网站、厦门市商务局`: the city's bureau for the city's figures, the first body else)
        own = next((b for b in actx.listed_sources if subject and len(subject) >= 2 and b.startswith(subject)), actx.outlet)
        source = _source(ctx, own, art.source_span, actx.outlet)
    elif ctx.publisher:
        source = _source(ctx, ctx.publisher, None, None)
    elif ctx.speakers and len(bodies := set(ctx.speakers.values())) == 1:
        # a story on a press conference where one body speaks (`国家统计局新闻发言人…周宏斌`): its
        # summary box above the turns (`【数据速览】`) gives that body's figures
        source = _source(ctx, bodies.pop(), None, None)
    if indicator.endswith("增加值") and "工业" not in indicator and _industry_paragraph(text, actx.para_start, s):
        indicator = indicator[:-3] + "工业增加值"  # `国有控股企业增加值增长3.1%` under `规模以上工业增加值…`
    if (
        dims.get("market") and "enterprise_type" not in dims and s > actx.para_start and text[s - 1] == "。"
        and (actor := _previous_sentence_actor(text, actx.para_start, s)) is not None and actor not in indicator
    ):
        # `民营企业对共建“一带一路”国家进出口…。对欧盟、美国、东盟分别进出口…`: the firms the last
        # sentence opened with still trade with the markets the next one lists
        dims["enterprise_type"] = actor
    if dims.get("market") and (group := _MARKET_GROUP_LEAD.match(indicator)) is not None and v.head_at_end.search(indicator, group.end()):
        # `对前五大市场出口合计…。其中：韩国（81246万美元，…）`: each member's export, not the group's
        indicator = indicator[group.end() :]
    if subject and (service := _TRAIN_SERVICE.match(subject)) is not None and service.group() not in indicator and "班列" not in indicator:
        # `中欧班列（中豫号）开行1108列`: the service's trains run, named as such (中欧班列开行)
        indicator = service.group() + indicator
    if subject and "互市" in subject and "互市" not in indicator:
        # `绥芬河中俄边民互市贸易区进出口货值…；其中，进口…`: a border-trade zone's trade is 互市 trade
        indicator = "互市" + indicator
    if "合计" in indicator and "前" not in indicator and (top := _TOP_RANK.search(text, s, anchor.start)) is not None:
        # `…位居前三，分别为…，三者合计占全市离岸执行额的54.9%`: the top ranks together
        indicator = top.group() + indicator
    if "market" not in dims and (flow := _flow_of_market_heading(text, s, indicator)) is not None:
        # `█ 主要出口市场` over `非洲 | 1,123.6亿元 | ↑21.7%`: the row's place is a market of the
        # flow its block heading names
        dims["market"], indicator = indicator, flow
    if indicator:
        actx.para_indicator = indicator
    try:
        return _metric(dict(
            doc=ctx.doc,
            indicator=brackets_as_written(ctx, indicator),
            subject=_as_written(ctx, city_as_written(ctx, subject)) if subject else subject,
            # (a list member's place is also the breakdown the list gives, as in a table of places)
            dimensions={k: brackets_as_written(ctx, x) for k, x in (
                {**dims, "region": member_region} if member_region and subject == member_subject and "region" not in dims else dims
            ).items()},
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


_LIST_LINE_MAX = 40  # characters: a list line names a member and its figures, no sentence
_FLOW_IN = regex.compile(r"出口|进口|出境|入境")  # (进出口 too)


# a label naming only a currency (`人民币：`, `美　元：`, `折合美元：`)
_CURRENCY_LABEL = regex.compile(r"(?:折合)?(?:人\s*民\s*币|美\s*元|欧\s*元|港\s*元|日\s*元|英\s*镑)")
# a bulleted line naming a measure, over its lines (`■ 对外承包工程完成营业额`)
_BULLETED_MEASURE = regex.compile(r"[ \t\u3000]*[■□●◆◇▶►▪◼]\s*(?P<m>[\p{Han}A-Za-z（）()“”]{2,30})[ \t\u3000]*$")
LABEL_ABOVE_LINES = 3  # lines above a currency's line its measure's bulleted line stands within


def _label_above(text: str, s: int) -> str | None:
    """The measure a bulleted line names over the currency lines ``s`` stands in, or None."""
    end = text.rfind("\n", 0, s)
    for _ in range(LABEL_ABOVE_LINES):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if (m := _BULLETED_MEASURE.fullmatch(text, start, end)) is not None:
            return m.group("m")
        end = start - 1
    return None


def _goods_before(actx, para_key) -> str | None:
    """The goods the clause before counted: its product breakdown, or the goods named before its
    trade verb (`稀土氧化物出口1208.6吨`), else None."""
    if "product" in actx.last_dims[0]:
        return actx.last_dims[0]["product"]
    if actx.product is not None and actx.product[1] == para_key and (actx.last_indicator or "").startswith(actx.product[0]):
        return actx.product[0]
    return None


MARKET_HEADING_REACH = 400  # characters back from a row to the heading of its block
# a block's heading naming the flow whose markets its rows list (`█ 主要出口市场`, `■ 进口来源地`)
_MARKET_HEADING = regex.compile(
    r"(?m)^[ \t\u3000]*[█■●◆▶▌▍【]?[ \t\u3000]*(?:主要|重点)?(?P<flow>进出口|出口|进口)(?:市场|目的地|来源地|伙伴)[】]?[ \t\u3000]*$"
)
_MARKET_KINDS = frozenset(("country", "economy", "world_region"))


def _flow_of_market_heading(text: str, s: int, indicator: str) -> str | None:
    """The flow a block heading names over rows of markets, when ``indicator`` is only a market's
    name (`非洲`, `欧盟`) and such a heading stands above the row, with no other heading between."""
    p = lookup(indicator) if indicator and len(indicator) <= 8 else None
    if p is None or p.kind not in _MARKET_KINDS:
        return None
    heading = None
    for m in _MARKET_HEADING.finditer(text, max(0, s - MARKET_HEADING_REACH), s):
        heading = m
    if heading is None or _BLOCK_HEADING.search(text, heading.end(), s):
        return None
    return heading.group("flow")


_BLOCK_HEADING = regex.compile(r"(?m)^[ \t\u3000]*[█■◆▌▍【]")


def _list_line(text: str, s: int) -> bool:
    """The clause at ``s`` opens a short line of its own with no sentence mark (`▶ 萧山区 268.4亿元
    增长5.6%`): an item of a list, not prose."""
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", s)
    end = len(text) if end < 0 else end
    line = text[start:end]
    return len(line) <= _LIST_LINE_MAX and "。" not in line and text[start:s].strip(" \u3000▶►▪•·●◆■▲-—0123456789.、()") == ""


_LIST_HEADING_REACH = 12  # lines looked at above a list line for its heading (the list's other lines, rules, blank lines)


def _list_heading_measure(text: str, s: int) -> str | None:
    """The measure a list's heading names (`📈 GDP：六地全部正增长` over `▶ 云溪区 268.4亿元…`): the
    first line above the list's lines that is not one of them, when it is a short heading."""
    end = text.rfind("\n", 0, s)
    for _ in range(_LIST_HEADING_REACH):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line or RULE_LINE.fullmatch(line) or (_list_line(text, start) and _DIGIT.search(line)):
            continue  # a blank line, a rule, or another item of the list
        if len(line) > _LIST_LINE_MAX or "。" in line or _DIGIT.search(line):
            return None
        m = any_head().search(line)
        return m.group() if m else None
    return None



def _place_form(words: str) -> str | None:
    """The place ``words`` name alone (`萧山区`, `上海` -> 上海市, an unlisted `云溪区`), or None."""
    p = lookup(words)
    if p is not None and p.kind in ("province", "city", "district", "country", "economy", "region"):
        return p.canonical
    return words if looks_like_district(words) else None


MODE_OPENER_MAX = 20  # characters of a sentence's opening naming its trade mode
_MODE_OPENER = regex.compile(r"(?P<m>[\p{Han}]{2,8}?贸易)(?:方式)?(?:出口|进口|进出口)[\p{Han}]{0,4}中[,，]")
_BY_TRADE_MODE = regex.compile(r"以(?P<m>[\p{Han}]{2,8}?)(?:方式|形式)")


def _opens_with_last_member(phrase: Phrase, members: list[str]) -> bool:
    """The subject ``phrase`` read is the place the list's last member names (the members
    spread over commas, the last one opening the clause of the figures)."""
    if phrase.subject is None:
        return False
    last = lookup(members[-1])
    return last is not None and last.canonical == phrase.subject
