"""Breakdown members: enumerations before a run of figures (`中国香港、美国、新加坡…分别为…`),
members paired word by word, quarters or places listed before their rates."""

from __future__ import annotations

import datetime as dt
import functools

import regex

from ..places import looks_like_district, lookup, place_mentions, place_regex
from .context import Assembly, _ArticleContext, _Draft
from .document import _month_end
from .phrases import clause_start, dimension_of, read_phrase, split_members, strip_enumeration_lead
from .records import _change_out
from .roles import Item
from .vocab import alternation, any_head, vocab

_HAN2 = regex.compile(r"[\p{Han}A-Za-z]{2,}")


_WORD_START = regex.compile(r"[\p{Han}A-Za-z]")
_DIGIT = regex.compile(r"\d")
# words that make a clause more than a noun phrase (`受部分龙头企业业务调整影响`: a cause)
_NOT_BARE_NOUN = regex.compile(r"\d|为|是|显示|表示|据|^(?:受|因|由于|随着|得益于|在|按|从)|影响$|带动下$|推动下$|看$|分$|方面$|而言$|来说$|(?<!华)中$")


_RATE_WORDS = frozenset(("增速", "增幅", "降幅", "涨幅", "跌幅"))


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


def _counted_deals_kind(text: str, cs: int, words: str, period_spans) -> str | None:
    """`全国共登记技术引进合同7138份，…；合同金额371.62亿美元`: the kind of contracts (or projects) the
    sentence counted before a measure named by the bare noun (`合同金额`, `合同总金额`), which is
    theirs; None when the measure names no such noun or the count names no kind."""
    noun = next((n for n in _DEAL_NOUNS if words.startswith(n)), None)
    if noun is None:
        return None
    sent = max(text.rfind("。", 0, cs), text.rfind("\n", 0, cs)) + 1
    for m in reversed(list(_COUNTED_DEAL.finditer(text, sent, cs))):
        if m.group("n") != noun:
            continue
        lead = clause_start(text, sent, m.start("n"))
        kind = _DEAL_VERBS.sub("", read_phrase(text[lead : m.start("n")], period_spans, lead).text)
        return kind if 2 <= len(kind) <= 10 and not _DIGIT.search(kind) else None
    return None


def _counted_firm_class(text: str, cs: int, qualifier: str) -> str | None:
    """The class of firms the clause before ``cs`` counted, when the measure at ``cs`` sums them
    (its words open with 合计/共计) or the class is a size band described before it (`年出口额超1亿美元
    的重点企业38家，出口…`); None otherwise (`新设外资企业36家，实际使用外资…` is the city's)."""
    if cs < 2 or text[cs - 1] not in ",;":
        return None
    sent = max(text.rfind("。", 0, cs), text.rfind("\n", 0, cs), text.rfind(";", 0, cs - 1)) + 1
    prev = text[clause_start(text, sent, cs - 1) : cs - 1]
    m = _FIRM_CLASS_COUNT.search(prev)
    if m is None:
        m = _FIRM_CLASS_COUNT.search(text, max(sent, cs - 80), cs - 1)  # (`…共487家，比去年同期增加23家，合计出口…`)
        if m is None or not qualifier:
            return None
    group, band = m.group("g"), m.group("t")
    if group in ("企业", "外贸企业") and band:
        group = band + group  # `…超亿元的企业46家，合计进出口…`: the firms of that size
    elif group in ("企业", "外贸企业"):
        return None
    if not (qualifier or band):
        return None
    return group


# a class of firms and its count (`年进出口额2000万美元以上的规上外贸企业共487家`, `…超亿元的企业46家`)
_FIRM_CLASS_COUNT = regex.compile(
    r"(?:[^,;。]{0,24}?(?P<t>(?:超过|超|不低于|达到)[\d.]*[万亿千]*美?元|[\d.]+[万亿千]*美?元及?以上|[\d.]+[万亿千]*美?元?至[\d.]+[万亿千]*美?元)的)?"
    r"(?P<g>(?:(?!的)[\p{Han}]){0,6}?企业)(?:共|合计|达)?[\d,]+家"
)


_DEAL_NOUNS = ("合同", "项目")
_COUNTED_DEAL = regex.compile(r"(?P<n>合同|项目)(?=[\d０-９]+(?:\.\d+)?(?:份|个|项|宗))")
_DEAL_VERBS = regex.compile(r"^(?:共|累计|新|登记|签订|签约|批准|核准|备案)+")


# a figureless clause opening on a kind of firm and remarking on it (`外商投资企业仍是技术进口主体，`,
# `内资企业技术出口增长较快，`): the kind whose figure the next clause gives
_REMARKED_FIRMS = regex.compile(r"\s*(?P<m>[\p{Han}]{0,6}?企业)(?=[\p{Han}]{0,6}?(?:仍|依然|继续|是|为|占|表现|增长|增速|保持|成为))")


def _remarked_member(text: str, s: int, cs: int) -> str | None:
    """The kind of firm the clause before ``cs`` (in the same sentence, stating no figure) opens on
    and remarks on, else None."""
    if cs <= s + 1:
        return None
    pcs = clause_start(text, s, cs - 1)
    if _DIGIT.search(text, pcs, cs - 1) or (m := _REMARKED_FIRMS.match(text, pcs, cs - 1)) is None:
        return None
    return m.group("m") if dimension_of(m.group("m")) == "enterprise_type" else None


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
# `四个季度分别…`, `各季度分别…`: the four quarters of the year reported, one figure each
_EACH_QUARTER = regex.compile(r"(?P<n>四个|4个|三个|3个|两个|2个)季度[^,;。\d]{0,8}?分别")
_QUARTER_COUNT = {"四个": 4, "4个": 4, "三个": 3, "3个": 3, "两个": 2, "2个": 2}
EACH_QUARTER_REACH = 20  # characters before a list's first figure its `四个季度分别` stands within


def each_quarter(text: str, d: _Draft, drafts: list[_Draft]) -> tuple[int, int] | None:
    """(the quarter ``d`` is the figure of, how many quarters the list counts) in a list over the
    year's quarters counted, not named (`分季度看，四个季度分别到资 11.6 亿美元、14.9 亿美元、17.8 亿美元和
    19.4 亿美元`), else None."""
    if not d.from_list:
        return None
    group = _list_group(d, drafts)
    each = _EACH_QUARTER.search(text, max(0, group[0].first.start - EACH_QUARTER_REACH), group[0].first.start)
    if each is None or len(group) != _QUARTER_COUNT[each.group("n")]:
        return None
    return group.index(d) + 1, len(group)


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


def _quarter_within(p, governing, in_lead: bool = False) -> bool:
    """``p`` is a quarter within the governing year-to-date period or year (二季度 under 上半年).
    ``in_lead``: ``p`` stands in its article's lead paragraph, where a year to date is only one
    carried from before the article (`今年一季度，山东省…` opening a reprinted story)."""
    first_quarter = (
        p.first is not None and p.last is not None and (p.first.month, p.last.month) == (1, 3)
        and governing is not None and (governing.granularity == "half" or (
            # (`今年前7个月，…。…一季度，全市进出口同比下降2.1%；二季度起逐月回升`: the year to date's start)
            # (not `今年以来`, whose end is only the printing date: its `一季度，…` is the report's quarter)
            not in_lead and governing.cumulative and governing.granularity != "year" and governing.last is not None
            and governing.last.year == p.last.year and governing.last.month > 3 and not governing.text.endswith("以来")
        ))
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


def _bare_member(p) -> str | None:
    """The words of a clause that is only a list member: a bare noun phrase, or a market after 对
    (`对美国,欧盟,…分别进出口…`), else None."""
    if _is_bare_noun(p):
        return p.text
    if not p.text and not p.head and not p.subject and len(p.markets) == 1:
        return p.markets[0]
    return None


def _is_bare_noun(p) -> bool:
    """A clause that is only a short noun phrase: no head, figure, verb or cause."""
    return bool(
        len(p.text) >= 2
        and not p.head
        and len(p.text) <= 24
        and not _NOT_BARE_NOUN.search(p.text)
        and not p.text.endswith(tuple(vocab().data.predicate_endings))
    )


def _last_bare_member(clause: str, own) -> str:
    """The last member of an enumeration spread over commas, in the clause that holds the figures:
    its qualifier, or the place it opens with (`对美国,欧盟,韩国,日本分别进出口…`: the phrase reader
    takes 日本 for the clause's subject, yet it is the fourth market)."""
    if own.qualifier or not (own.subject and own.subject_kind == "place") or "分别" not in clause:
        return own.qualifier
    lead = clause[: clause.index("分别")].strip(" ,")
    return lead if 0 < len(lead) <= 12 else own.qualifier


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
    last = _last_bare_member(text[cs : first.start], own)
    while (word := _bare_member(phrase)) and len(bare) < n:
        # bare noun phrases before the comma: the enumeration spans them (`A业，B、C业开票金额分别…`,
        # `采矿业，制造业，电力、热力…供应业增加值分别…`)
        bare.insert(0, word)
        parts = split_members(",".join(bare) + "," + last, n)
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
    named = [(m.start(), m.end(), m.group()) for m in place_mentions(text, lo, s)]
    # (a market group is a member too: `东盟、欧盟、美国、韩国和日本为我国前五大贸易伙伴`)
    named += [(m.start(), m.end(), m.group()) for m in _market_group_re().finditer(text, lo, s)
              if not any(a < m.end() and m.start() < b for a, b, _ in named)]
    found: list[tuple[int, int, str]] = []
    for start, end, form in sorted(named):
        if found and not _PLACE_JOINER.fullmatch(text, found[-1][1], start):
            found = []
        found.append((start, end, form))
        if len(found) == n:
            return [f for _, _, f in found]
    return None


@functools.cache
def _market_group_re() -> regex.Pattern:
    """The market groups the vocabulary names (`东盟`, `RCEP成员国`), longest first."""
    return regex.compile(alternation(vocab().data.dimension_lexicon.get("market_group", [])))


# the sector a PMI release's section reports its indices for
_SECTOR_SCOPE = regex.compile(r"非制造业|制造业|建筑业|服务业")


# a flow word with goods after it inside a list member (`对俄出口机电产品`)
_FLOW_IN_MEMBER = regex.compile(r"(?:进出口|出口|进口)(?=[\p{Han}]{2})")


# a port, bonded zone or park named in full (`阿拉山口综合保税区`): a list member whose figure it is
_FACILITY_NAME = regex.compile(r"[\p{Han}]{2,12}?(?:综合保税区|综保区|保税区|口岸|港区|港域|港|开发区|高新区|经开区|片区|园区|商圈|步行街|商业街)")


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
_COUNT_OF = r"(?:[两二三四五六七八九十]|\d{1,2})(?:个|大)?"  # `三`, `4个`, `五大`
_GROUP_COUNT_WORDS = rf"{_COUNT_OF}(?:省市|省份|省区|城市|设区市|地市|地区|港域|港区|港口|口岸|片区|省|市|区|县|地)"
_GROUP_COUNT = regex.compile(rf"(?:等)?{_GROUP_COUNT_WORDS}$")
# what links the words after an enumeration to it: `…日本)离岸…`, the bracket closing a group's
# members; `…义乌三地跨境电商…`, the count closing them (and counted countries and ports too)
_LEADING_LINKERS = regex.compile(
    rf"^(?:\)|的|分别|合计|共|累计|实现|完成|{_COUNT_OF}(?:港域|港区|港口|口岸|片区|城市|地区|国家|省市|地|市|省|区|县|国|港|城))+"
)


# the count closing an enumeration of places that opens a clause (`济南、青岛两市…`, `…五省市`)
_LEAD_GROUP_COUNT = regex.compile(_GROUP_COUNT_WORDS)
_LEAD_JOINER = regex.compile(r"、|和|及|与")
# what makes the places each their own figure's (`济南、青岛两市分别…`, `…各自…`, `…均…`)
_EACH_AFTER = regex.compile(r"(?:[^,，;；]{0,12}?)(?:分别|各自|各|均)")


# words describing the places of a group before it (`居前5名的`, `东部的`)
_GROUP_DESCRIBED = regex.compile(r"[^,，;；、的]{1,16}的")


def place_group_lead(t: str) -> str | None:
    """The places a clause's words open with as one group (`济南、青岛两市软件业务收入` ->
    `济南、青岛两市`, `北京、广东、江苏、山东、上海五省市合计占…` -> `…五省市`), as written with the count
    that closes it: whose figure a combined value is.  None unless every member is a city, district or
    province (a list of countries is a breakdown by market) and the words go on to one figure
    (`…两市分别…` gives each its own)."""
    pos = 0
    if (lead := _GROUP_DESCRIBED.match(t)) is not None and place_regex().match(t, lead.end()):
        pos = lead.end()  # `收入居前5名的北京、广东…`, `东部的广东、江苏两省…`: the places described
    first, members, end = pos, [], pos
    while True:
        m = place_regex().match(t, pos)
        if m is None:
            break
        form = m.group()
        if not _home_place(form):
            return None
        members.append(form)
        end = m.end()
        j = _LEAD_JOINER.match(t, end)
        if j is None:
            break
        pos = j.end()
    if len(members) < 2 or pos > end:  # (`济南、青岛和其他城市`: not all places)
        return None
    rest = end
    if (c := _LEAD_GROUP_COUNT.match(t, rest)) is not None:
        rest = c.end()
    if _EACH_AFTER.match(t, rest) or rest >= len(t):
        return None
    return t[first:rest]


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
