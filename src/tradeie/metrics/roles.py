"""Roles of the quantities in one sentence: a level (value), a change, a share, a share's change.

Reads the words right before each figure: `同比增长38.5%` is a change, `占比26.52%` a share,
`184499.7万美元` a value, `（折合338.9亿美元）` a conversion.  Figures in a row separated only by
`、`/`和` (`分别增长 0.3%、5.4%和 59.7%`) form one *run* with a shared role: a distributive list.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from ..quantities import QuantityMatch
from .listed_units import listed_unit
from .vocab import alternation, vocab

__all__ = ["Item", "sentence_items", "METRIC_KINDS", "CONTRIBUTION_VERBS"]

METRIC_KINDS = {"money", "percent", "points", "count", "measure", "multiple"}
LEFT_WINDOW = 24
_DIGIT = regex.compile(r"\d")
CONTRIBUTION_VERBS = ("拉动", "拉高", "带动")  # `拉动…增长0.6个百分点`: a part's contribution to a whole's growth
# `影响CPI下降约0.12个百分点`: a part's effect on the whole's rate, a contribution
_IMPACT = regex.compile(r"影响[\p{Han}A-Za-z()（）]{1,16}?(?:上涨|下降|增长|上升|回落)(?:约|近)?\s*$")
_ITEM_SEP = regex.compile(r"\s*(?:[、,]|和|及|以及)\s*")
LIST_SEP = regex.compile(r"\s*(?:、|和|及|与|以及|,)?\s*$")
SHARE_FOLLOW = regex.compile(r"(?:的)?[\p{Han}]")
_PERCENTS_LISTED = regex.compile(r"(?:\s*[、和及与]\s*[\d.]+\s*%)+")
_FIRMS_AFTER = regex.compile(r"\s*的[\p{Han}]{0,6}?(?:企业|受访者|受访企业|卖家|商家|会员|用户|消费者)")
NOT_SHARE_FOLLOW = regex.compile(r"(?:左右|以上|以下|上下|多|余|的增长|的增速|的速度|的水平|和|、|及|至|到|增长|下降|提高|提升)")


@dataclass(slots=True)
class Item:
    """A figure with its role; ``start``/``end`` cover the cue words too (`同比增长38.5%`)."""

    role: str  # value | change | share | share_change | equiv | flat
    start: int
    end: int
    q: QuantityMatch | None = None
    basis: str | None = None
    direction: str | None = None
    of: str | None = None
    dist: bool = False  # introduced by 分别 / part of a list
    total: bool = False  # 合计/共: a combined figure, never a list member's
    run: int = -1
    basis_stated: bool = False
    contribution: bool = False  # `拉动…增长0.6个百分点`: a contribution, a fact of its own  # a flat change says what it compares with (与上年同期持平)
    magnitude: Decimal | None = None
    extras: dict = field(default_factory=dict)


def _basis_id(basis: str | None) -> str | None:
    v = vocab()
    if not basis:
        return None
    return v.basis_of.get(basis, "other")


def _distribute_points(text: str, qs: list[QuantityMatch]) -> list[QuantityMatch]:
    """`拉动0.3个、1.5个和2.8个百分点`: the unit written once at the end applies to every member."""
    if not any(q.kind == "points" for q in qs):
        return qs

    out = list(qs)
    for i in range(len(out) - 1, 0, -1):
        q = out[i]
        if q.kind != "points":
            continue
        j = i - 1
        while j >= 0 and out[j].kind == "count" and out[j].unit == "个" and _ITEM_SEP.fullmatch(text, out[j].end, out[j + 1].start):
            out[j] = out[j]._replace(kind="points", unit=q.unit, base_unit=q.base_unit, multiplier=q.multiplier, normalized=out[j].number)
            j -= 1
    return out


_CLASS_NOUN = regex.compile(r"(?:工业|外贸|外资|重点)?(?:项目|企业|客户|商户|卖家)")
# what follows a figure that only bounds a group: `…万元及以上`, `…亿元以上的企业`
# (`年销售额在1亿元以上的占17.2%`: a class of the firms counted, their share after it)
_THRESHOLD_AFTER = regex.compile(
    r"及以上|及以下|(?:以上|以下)?的(?:[\p{Han}]{0,4}?(?:企业|项目|单位|法人|工业|批发|零售|住宿|餐饮|市场主体|卖家|客户|商户|品牌|订单|合同|城市)|(?=占))"
    # `超10亿元企业9家`, `千万美元以上企业87家`, `总投资超1亿美元外资项目15个`: the class, then its count
    r"|(?:以上|以下)?[\p{Han}]{0,4}?(?:企业|项目|单位|卖家|客户|商户)(?:数量)?(?:有|达到|达|为|共)?\s*[\d一二三四五六七八九十两]"
    # `新入库500万元以上项目个数居前三位`: the class named with no count after it
    r"|及?以上" + _CLASS_NOUN.pattern
)


_BOUNDED_MEASURE = regex.compile(r"(?:率|增长|增速|增幅|降幅|下降|减少|占比|比重)[^\d,;。，；]{0,4}$")
_RATE_BOUND = regex.compile(r"(?:低于|高于|大于|小于|不足|不到|超过|超|逾|在)$")
_CONDITION_NEXT = frozenset(" \u3000时的,，")  # (a cheap look before the pattern: most figures are followed by none)
# a bound a condition sets (`高于50%时`, `低于50%，则…`)
_CONDITIONAL_AFTER = regex.compile(r"[ \u3000]*(?:时|的时候|[,，][ \u3000]*则)")


def _bounded_rate(text: str, s: int, q: QuantityMatch) -> bool:
    """A rate that bounds a class (`出口利润率低于3%的企业`, `增长20%以上的企业`), not the share of
    firms it opens (`48%的企业…实现增长`)."""
    bounded = q.approx in ("over", "under") or text.startswith(("以上", "以下", "及以上", "及以下"), q.end) or (
        _RATE_BOUND.search(text, max(s, q.start - 2), q.start) is not None
    )
    # (a rate named before the bound: `超过60%的项目已开工` is a share of the projects)
    return bounded and _BOUNDED_MEASURE.search(text, max(s, q.start - 10), q.start) is not None


_RANK_COUNTERS = frozenset(("位", "名", "强", "家"))  # after 前: the top of a ranking (`前10家企业占…`)

DEFINITION_REACH = 120  # characters back to the 包括 of a definition's enumeration
_DEFINED_MEMBERS = regex.compile(r"包括(?:[\p{Han}]{1,8}[、,]){2,}[\p{Han}]{1,8}$")


_BIN_SEP = regex.compile(r"\s*(?:、|和|及|与)\s*")


def _class_bounds(text: str, qs: list[QuantityMatch]) -> set[int]:
    """Figures listed as the bounds of classes (`3万元以下、3—5万元、5—8万元、15万元以上`): three or
    more in a row, ranges between an open lower and an open upper end."""
    out: set[int] = set()
    run: list[QuantityMatch] = []
    for q in [*qs, None]:
        if q is not None and run and q.kind == run[-1].kind and _BIN_SEP.fullmatch(text, run[-1].end, q.start):
            run.append(q)
            continue
        if len(run) >= 3 and run[0].approx == "under" and run[-1].approx == "over" and any(r.low is not None for r in run):
            out.update(id(r) for r in run)
        run = [q] if q is not None and q.kind in ("money", "measure", "count") else []
    return out


# a doubling said in words (`同比翻了一番`, `实现翻番`, `翻两番`): the verb and its multiple in one
# word, a change of +100% (+300% for 两番: four times); not a manner (`翻番式增长`)
_DOUBLING = regex.compile(r"(?P<lead>实现|接近|近)?翻(?:了)?(?:(?P<n>一|两|二|三)番|番)(?P<more>多|以上)?(?!式)")
_DOUBLINGS = {None: 1, "一": 1, "两": 3, "二": 3, "三": 7}  # the increase as a multiple of the base


def _doublings(text: str, s: int, e: int, qs: list[QuantityMatch]) -> list[QuantityMatch]:
    """``qs`` with each doubling said in words in ``text[s:e]`` as a multiple of its own."""
    if "番" not in text[s:e]:
        return qs
    extra = []
    for m in _DOUBLING.finditer(text, s, e):
        if any(q.start < m.end() and m.start() < q.end for q in qs) or _loose_doubling(text, s, m):
            continue
        times = Decimal(_DOUBLINGS[m.group("n")])
        approx = "over" if m.group("more") else None
        extra.append(QuantityMatch(m.start(), m.end(), times, Decimal(1), times, "番", "倍", "multiple", approx, "doubling"))
    return sorted(qs + extra, key=lambda q: q.start) if extra else qs


_YEARS_BACK = regex.compile(r"[比较](?:(?:19|20)\d\d年|前年)(?:末|底|同期)?\s*$")  # (`进出口规模比2020年翻了一番`)
# a plan or a hope (`今年计划翻一番`, `力争3年内…翻一番`, `建成后产能将翻一番`), not a figure
_PLANNED = regex.compile(r"计划|力争|争取|目标|预计|有望|将|要|可望")
_PLANNED_SENTENCE = regex.compile(r"计划|力争|争取|目标")  # (`…力争达到100亿美元，覆盖企业数量较去年底翻一番`)


def _loose_doubling(text: str, s: int, m: regex.Match) -> bool:
    """A doubling said loosely, no figure of the period's own: nearly (`接近翻番`, after the exact
    rate), over several years (`比2020年翻了一番`), in a speaker's quoted words, or in a headline
    or heading line (`单量翻番！…`) that the text below states exactly."""
    if m.group("lead") in ("接近", "近") or _YEARS_BACK.search(text, max(s, m.start() - 12), m.start()):
        return True
    clause = max(text.rfind(c, s, m.start()) for c in ",;")
    if _PLANNED.search(text, max(s, clause + 1), m.start()) or _PLANNED_SENTENCE.search(text, s, m.start()):
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    if text.count("“", line_start, m.start()) > text.count("”", line_start, m.start()):
        return True
    line_end = text.find("\n", m.end())
    return "。" not in text[line_start : line_end if line_end >= 0 else len(text)]


@functools.cache
def _basis_before() -> regex.Pattern:
    """A change's basis closing the words before a doubling (`同比翻了一番`, `较去年同期翻了一番`)."""
    return regex.compile(rf"(?P<basis>{alternation(vocab().basis_of)})\s*(?:均|都|也|已|已经|更是|则)?\s*$")


def _as_multiple(q: QuantityMatch) -> QuantityMatch:
    """`增长1.4倍`: a multiple, read as a change of +140 percent when a change verb precedes it."""
    return q._replace(kind="multiple")


# the words between a head and its bare figure: an index's reading (`库存系数为1.52`), or a count
# with an approximation or a bound (`用户数超过2200万`, `观影人次约4626万`)
_HEAD_LINKS = {
    # (its abbreviation in brackets between: `外贸景气指数（SDFTI）为51.4`)
    "index_heads": r"(?:\([A-Za-z0-9]{2,8}\))?(?:为|是|达到|达|升至|降至|回升至|回落至|录得|报)?\s*$",
    "counted_heads": r"(?:为|是|达到|达|突破|超过|超|逾|近|约|已达|已超)?\s*$",
}


@functools.cache
def _head_before(table: str) -> regex.Pattern:
    heads = getattr(vocab().data, table)
    return regex.compile(rf"(?P<h>{'|'.join(map(regex.escape, sorted(heads, key=len, reverse=True)))}){_HEAD_LINKS[table]}")


def _unit_of_head(table: str, text: str, s: int, q: QuantityMatch, reach: int = 8) -> str | None:
    """The unit the head just before the bare figure ``q`` gives it, from the vocabulary table
    ``table`` (``index_heads``, ``counted_heads``), else None."""
    m = _head_before(table).search(text, max(s, q.start - reach), q.start)
    return getattr(vocab().data, table)[m.group("h")] if m else None


def _index_unit(text: str, s: int, q: QuantityMatch) -> str | None:
    """The unit of a bare figure stating an index or a coefficient (`库存系数为1.52` -> 系数,
    `CQFTI为52.3` -> 点), else None: a figure without a unit is otherwise no measurement."""
    if _INDEX_ACRONYM.search(text, max(s, q.start - 12), q.start) is not None:
        return "点"
    return _unit_of_head("index_heads", text, s, q, reach=16)  # (`指数（SDFTI）为`)


# an index by its abbreviation (`CQFTI为52.3`, `PMI为49.8`): a reading in points
_INDEX_ACRONYM = regex.compile(r"(?<![A-Za-z])[A-Z]{1,6}I(?:指数)?(?:为|是|达到|达|升至|降至|回升至|回落至|录得|报)\s*$")


def _counted_unit(text: str, s: int, q: QuantityMatch) -> str | None:
    """The counter of a bare figure in 万 or 亿 that its head names (`观影人次4626万` -> 人次,
    `活跃买家数达3.62亿` -> 人), else None."""
    return _unit_of_head("counted_heads", text, s, q) if q.multiplier >= 10000 else None


def _is_narrative_count(q: QuantityMatch, surface: str) -> bool:
    """`三种`, `两所`: a small count in words, narrative rather than a statistic."""
    if q.kind != "count" or q.approx or q.multiplier != 1:
        return False
    if q.number <= 1:  # `1个顶层设计`: one of something is a description, not a statistic
        return True
    digits = _DIGIT.search(surface)
    return digits is None and q.number < vocab().data.narrative_counters_min


_BASKET_COUNTERS = frozenset(("种", "类"))
_BASKET_AFTER = regex.compile(r"[\p{Han}]{1,8}?(?:平均|月均|周均|日均)?(?:批发|零售|出厂|收购)?(?:价格|均价)")


# the words right before or after an amount that make it a policy's term rather than a result
RULE_REACH = 8
_AWARD = r"(?:奖励|补助|补贴|资助|支持)"
_RULE_BEFORE = regex.compile(
    rf"(?:给予每[\p{{Han}}]{{1,6}}|(?:单个|单家|每家|每个)(?:企业|主体|项目)[\p{{Han}}]{{0,4}}最高{_AWARD}?|最高{_AWARD}"
    rf"|给予一次性{_AWARD}|一次性{_AWARD}"
    # `每家机构每年最高50万元`, `单个展会每家企业最高补贴5万元`, `给予最高100万元`, `年度支持总额不超过300万元`,
    # `再奖励10万元`, `补贴比例提高到80%`, `按每出口1美元…`
    rf"|(?:单个|单家|每家|每个|同一)[\p{{Han}}]{{0,8}}?最高(?:{_AWARD}|不超过)?|给予最高|{_AWARD}总额(?:不超过|不高于|最高)"
    rf"|再(?:给予)?(?:一次性)?{_AWARD}|{_AWARD}比例(?:提高|提升|调整)?(?:至|到|为)|按每[\p{{Han}}]{{1,4}}"
    r")$"
)
_RULE_AFTER = regex.compile(rf"的?给予{_AWARD}|的标准")
# the amounts a 给予 clause grants, listed (`分别给予20万元、50万元、100万元奖励`): each before the award word
_GRANTED_LIST = regex.compile(rf"(?:[、和及][^,;。，；、]{{1,8}}?)*的?(?:一次性)?{_AWARD}")
# a policy's condition: a clause closing on 的 and the firms or projects it defines, then a clause
# granting support (`对年跨境电商出口额首次突破1000万美元、5000万美元的企业，分别给予…`)
_CONDITION_END = regex.compile(r"的[\p{Han}]{0,8}$")
_CONDITION_START = regex.compile(r"[ \u3000]*(?:凡|对于?)(?!外|华|[\p{Han}]{0,2}(?:出口|进口|进出口))")
_CONDITIONS_LEAD = regex.compile(r"(?:满足|符合|具备|达到)(?:以下|下列|如下)?(?:条件|申报条件|基本条件)(?:之一)?\s*:")
CONDITIONS_REACH = 120  # characters back in a paragraph to a `须满足以下条件之一：` lead-in
_GRANT = regex.compile(r"给予|奖励|补贴|补助|资助")
_CLAUSE_MARKS = ",;。，；:：\n"
_CLAUSE_BREAK = regex.compile(f"[{_CLAUSE_MARKS}]")


CONDITION_TAIL = 24  # characters after a figure within which a condition's `的…` closes


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` begins, at ``lo`` at the earliest.

    A line break ends every clause, so the other marks are sought after the last one only:
    searching back to ``lo`` for a mark the whole text lacks would cost the length of the text
    for every figure."""
    lo = max(lo, text.rfind("\n", lo, at) + 1)
    return max(lo, max(text.rfind(ch, lo, at) for ch in _CLAUSE_MARKS) + 1)


def _policy_condition(text: str, q: QuantityMatch) -> bool:
    """``q`` bounds who a support policy covers: its clause ends on `…的企业` and the next grants."""
    if "的" not in text[q.end : q.end + CONDITION_TAIL]:
        return False  # (a literal test first: most figures close no condition)
    c1 = _CLAUSE_BREAK.search(text, q.end)
    if c1 is None or text[c1.start()] not in ",，" or not _CONDITION_END.search(text, q.end, c1.start()):
        return False
    if not _CONDITION_START.match(text, _clause_start(text, 0, q.start)):
        return False  # (only a clause opening `对…` or `凡…` sets who a policy covers)
    c2 = _CLAUSE_BREAK.search(text, c1.end())
    return _GRANT.search(text, c1.end(), c2.start() if c2 else len(text)) is not None


def _listed_condition(text: str, q: QuantityMatch) -> bool:
    """``q`` follows, in its paragraph, a lead-in listing the conditions applicants meet."""
    a = max(text.rfind("\n", 0, q.start) + 1, q.start - CONDITIONS_REACH)
    return "条件" in text[a : q.start] and _CONDITIONS_LEAD.search(text, a, q.start) is not None


def _granted_amount(text: str, s: int, q: QuantityMatch) -> bool:
    """``q`` is an amount a policy grants (`分别给予20万元、50万元奖励`), not one paid out."""
    if "给予" not in text[s : q.start]:
        return False  # (a literal test first: most sentences grant nothing)
    return "给予" in text[_clause_start(text, s, q.start) : q.start] and _GRANTED_LIST.match(text, q.end) is not None


# a name in a title's marks (`《厦门海关支持外贸稳规模优结构20条措施》`): its figure is no fact
_IN_TITLE = regex.compile(r"《[^《》\n]{0,40}$")


def _inside_a_name(text: str, q: QuantityMatch) -> bool:
    lo = max(0, q.start - 40)
    return "《" in text[lo : q.start] and _IN_TITLE.search(text, lo, q.start) is not None and "》" in text[q.end : q.end + 40]


def sentence_items(text: str, s: int, e: int, qs: list[QuantityMatch]) -> tuple[list[Item], list[tuple[QuantityMatch, str]]]:
    """Items of the sentence ``text[s:e]`` in order, plus the figures left out with the reason."""
    v = vocab()
    items: list[Item] = []
    skipped: list[tuple[QuantityMatch, str]] = []
    prev: Item | None = None
    bound = s  # where the words naming the next figure may begin
    qs = _doublings(text, s, e, _distribute_points(text, qs))
    bins = _class_bounds(text, qs)
    for q in qs:
        if id(q) in bins:
            # `3万元以下、3—5万元、…、15万元以上车辆交易占比分别为…`: bounds naming classes, not figures
            skipped.append((q, "class bounds"))
            continue
        surface = text[q.start : q.end]
        if q.kind == "number" and q.base_unit == "倍":
            q = _as_multiple(q)
        elif q.kind == "number" and q.unit is None and (index_unit := _index_unit(text, s, q)) is not None:
            q = q._replace(kind="measure", base_unit=index_unit)  # `库存系数为1.52`
        elif q.kind == "number" and q.base_unit is None and (counter := _counted_unit(text, s, q)) is not None:
            q = q._replace(kind="count", base_unit=counter)  # `观影人次4626万`
        elif q.kind == "number" and q.unit is None and "\n" in text[max(0, q.start - 24) : q.start] and (listed := listed_unit(text, q)) is not None:
            q = listed  # `🥇 武汉市 89216.3（↑15.8%）` under `（单位：万美元，括号内为同比）`
        if q.kind not in METRIC_KINDS:
            reason = q.kind if q.kind in ("date", "duration", "ordinal") else f"{q.kind} without a unit of measure"
            skipped.append((q, reason))
            continue
        if _is_narrative_count(q, surface):
            skipped.append((q, "narrative count in words"))
            continue
        if q.kind == "count" and _DEFINED_MEMBERS.search(text, max(s, q.start - DEFINITION_REACH), q.start):
            # `东部地区包括北京、天津、…、海南10个省（市）`: a definition counting what it lists
            skipped.append((q, "definition"))
            continue
        if q.kind == "count" and q.unit in _RANK_COUNTERS and text[max(s, q.start - 2) : q.start].rstrip().endswith("前"):
            # `排名前十位的企业`, `居前5名的北京、广东…`: the top of a ranking, not a count
            skipped.append((q, "rank"))
            continue
        if q.kind == "count" and q.unit in _BASKET_COUNTERS and _BASKET_AFTER.match(text, q.end):
            # `30种蔬菜平均批发价格为…`: the basket a price is averaged over, not a count
            skipped.append((q, "basket"))
            continue
        if text.startswith("每", q.start - 1) and q.start > s:
            # `每百元营业收入中的成本`: the amount a ratio is per, not a figure
            skipped.append((q, "per unit"))
            continue
        if _inside_a_name(text, q):
            skipped.append((q, "part of a name"))  # `《厦门海关支持外贸稳规模优结构20条措施》`
            continue
        if q.kind in ("money", "percent", "count", "measure") and _listed_condition(text, q):
            # `申报企业须满足以下条件之一：上年度离岸执行额不低于500万美元；或…`: the bar an applicant
            # clears, not a figure
            skipped.append((q, "policy condition"))
            continue
        if q.kind in ("money", "percent", "count", "measure") and _policy_condition(text, q):
            # `对年跨境电商出口额首次突破1000万美元的企业，给予…`: who a policy covers, not a figure
            skipped.append((q, "policy condition"))
            continue
        if q.kind in ("money", "percent") and (
            _RULE_BEFORE.search(text, max(s, q.start - RULE_REACH), q.start) or _RULE_AFTER.match(text, q.end)
            or _granted_amount(text, s, q)
        ):
            # a support policy's terms: `给予每美元0.02元奖励`, `单个企业最高奖励200万元`, `给予一次性奖励
            # 2万元`, `按展位费的70%给予补助` — what a firm may get, not what anyone got
            skipped.append((q, "policy term"))
            continue
        if (q.kind in ("money", "measure") or q.kind == "percent" and _bounded_rate(text, s, q)) and (
            _THRESHOLD_AFTER.match(text, q.end) or q.approx in ("over", "under") and _CLASS_NOUN.match(text, q.end)
        ):
            # `年主营业务收入2000万元及以上的工业企业`, `超过1亿元的企业`: a scope, not a measurement
            # (`出口利润率低于3%的企业占29.6%`: the firms a rate bounds, their share after it)
            skipped.append((q, "threshold"))
            continue
        if text[q.end : q.end + 1] in _CONDITION_NEXT and _CONDITIONAL_AFTER.match(text, q.end) and _RATE_BOUND.search(text, max(s, q.start - 2), q.start):
            # `PMI高于50%时，反映经济总体扩张；低于50%，则反映…`: the line a reading turns on
            skipped.append((q, "threshold"))
            continue
        left_start = max(s, q.start - LEFT_WINDOW)
        if prev is not None:
            left_start = max(left_start, bound)
        left = text[left_start : q.start]
        item = _classify(text, s, q, left, left_start, prev)
        if item is None:
            skipped.append((q, "conversion of another figure"))
            continue
        items.append(item)
        # (a target's size in brackets, `完成年度目标（160亿元）的24.1%`, leaves the words before it to
        # the share after it)
        if not (item.role == "value" and _TARGET_BRACKET.match(text, q.end) and text.endswith(_TARGET_OPEN, s, q.start)):
            bound = item.end
        prev = item
    # flat changes carry no figure: 与去年同期持平, 基本持平 (a literal probe first: most sentences
    # hold none, and the full pattern with its optional basis would be tried at every position)
    flats = v.flat_re.finditer(text, s, e) if v.flat_probe.search(text, s, e) else ()
    for m in flats:
        if any(it.start <= m.start() < it.end for it in items):
            continue
        if text.startswith("的", m.end()):
            continue  # `订单持平的占32.4%`: the firms whose orders held, not a change
        flat = Item("flat", m.start(), m.end(), basis=_basis_id(m.group("basis")) or "yoy", direction="flat")
        flat.basis_stated = bool(m.group("basis")) or m.group("flat") != "持平"
        items.append(flat)
    items.sort(key=lambda it: it.start)
    if (topic := _BASIS_TOPIC.match(text, s)) is not None:
        # `从环比看，10月份固定资产投资增长0.21%`: the sentence's rates are on that basis
        for it in items:
            if it.role == "change" and it.basis is None:
                it.basis, it.basis_stated = _basis_id(topic.group("b")), True
    _turned_changes(text, s, items)
    _increments_as_levels(text, items)
    _number_runs(text, items)
    return items, skipped


_BASIS_TOPIC = regex.compile(r"\s*(?:从|按)?(?P<b>环比|同比)(?:来看|看|方面)[,:]")
# `CPI环比由上月下降0.3%转为上涨0.2%`: last month's change, then this month's, of one measure on one basis
_TURNED_FROM = regex.compile(r"(?P<b>环比|同比)?\s*[由从]上月\s*$")
_TURNED_TO = regex.compile(r"\s*,?\s*转(?:为|而)?\s*")


def _turned_changes(text: str, s: int, items: list[Item]) -> None:
    """`由上月X转为Y`: Y's words `转为` are its cue, not a measure's name, and both changes take the
    basis written before `由` (the measure is the one named before it)."""
    unchanged_before = []
    for prev, it in zip(items, items[1:]):
        if prev.role not in ("change", "flat") or it.role not in ("change", "flat"):
            continue
        turned = _TURNED_FROM.search(text, max(s, prev.start - 12), prev.start)
        to = _TURNED_TO.fullmatch(text, prev.end, it.start)
        if turned is None or to is None:
            continue
        it.start -= len(to.group().lstrip(" ,"))  # the cue now opens at `转`
        if (b := _basis_id(turned.group("b"))) is not None:
            for x in (prev, it):
                if not x.basis_stated:
                    x.basis, x.basis_stated = b, True
        elif prev.basis_stated and not it.basis_stated:
            it.basis, it.basis_stated = prev.basis, True
        if prev.role == "flat":
            # `由上月持平转为上涨0.7%`: last month's no change states no figure; one cue with this month's
            it.start = prev.start
            unchanged_before.append(prev)
    for prev in unchanged_before:
        items.remove(prev)


# `同比多增1200亿元`, `比上年同期少3.2亿元`: the gap between this period's increment and last year's
_INCREMENT_GAP = regex.compile(r"(?:多|少)(?:增|减)?了?\s*$")
_INCREMENT_VERB = regex.compile(r"(?:增加|减少)了?\s*")


def _increments_as_levels(text: str, items: list[Item]) -> None:
    """`人民币贷款增加3900亿元，同比多增1200亿元`: the increment is the period's figure (a flow
    such as new loans), the gap to last year's increment its change.

    Without the gap after it, `增加3900亿元` stays a change: nothing says it is the measured flow.
    """
    for i in range(len(items) - 1):
        it, nxt = items[i], items[i + 1]
        if (
            it.role == "change"
            and nxt.role == "change"
            and it.basis is None
            and nxt.basis is not None
            and it.q is not None
            and nxt.q is not None
            and it.q.kind in _LEVEL_KINDS
            and nxt.q.kind == it.q.kind
            and _INCREMENT_VERB.match(text, it.start, it.q.start)
            and _INCREMENT_GAP.search(text, nxt.start, nxt.q.start)
            and text[it.end : nxt.start].strip() in (",", "，")
        ):
            items[i] = Item("value", it.start, it.q.end, it.q)  # the verb stays out of the indicator


_LEVEL_KINDS = frozenset(("money", "count", "measure"))
# `…和118.7万吨，4个口岸合计占…`: a count of the members just listed, summing them up, not one more
_COUNTS_THE_MEMBERS = regex.compile(r"[\p{Han}]{0,6}?(?:合计|共计|总计|累计|共)")


# a comparison with an earlier period, not with another subject (`比一季度`, `较上月`, `比年初`)
_EARLIER_PERIOD = regex.compile(
    r"[,，]?\s*(?:比|较)(?:上|前|去年|上年)?(?:[一二三四1-4]季度|季度|半年|上半年|月份?|[\d一二三四五六七八九十]{1,2}月(?:份|末|底)?|年末|年初|年底|周|期|轮|届|次)(?!平均|均值)"
)


_RATE_NAMED = regex.compile(r"增速|增幅|降幅|涨幅|跌幅|增长率")  # `降幅较上半年收窄1.4个百分点`: the rate's change, not the share's


_TARGET_OPEN = ("目标(", "任务(", "计划(", "目标（", "任务（", "计划（")
_TARGET_BRACKET = regex.compile(r"[)）]的")


# `5.82万亿元（约8131亿美元）`: the amount in another currency in brackets right after it
_BRACKETED_EQUIVALENT = regex.compile(r"\s*[(（]\s*(?:约|合|约合)?\s*")


def _bracketed_equivalent(text: str, q: QuantityMatch, prev: Item | None) -> bool:
    return (
        q.kind == "money" and prev is not None and prev.role == "value" and prev.q is not None and prev.q.kind == "money"
        and prev.q.base_unit != q.base_unit and _BRACKETED_EQUIVALENT.fullmatch(text, prev.end, q.start) is not None
    )


def _classify(text: str, s: int, q: QuantityMatch, left: str, left_start: int, prev: Item | None) -> Item | None:
    v = vocab()
    if v.equivalence_left.search(left) or _bracketed_equivalent(text, q, prev):
        if q.kind != "money":
            return None
        # `（折合人民币7942.8亿元，同比增长7.9%）`: the same figure in another currency, a fact of
        # its own (it carries its own change) under the indicator of the figure it converts
        it = Item("value", q.start, q.end, q)
        it.extras["equivalent"] = True
        return it
    if q.rule == "doubling":
        # `同比翻了一番`: a change with its verb in the word, its basis written before it
        b = _basis_before().search(left)
        it = Item("change", left_start + b.start() if b else q.start, q.end, q, basis=_basis_id(b.group("basis")) if b else None,
                  direction="up")
        it.extras["verb_direction"] = "up"
        return it
    m = v.change_left.search(left)
    if m and m.group("signbasis") and q.kind == "percent":
        it = Item("change", left_start + m.start(), q.end, q, basis=_basis_id(m.group("signbasis")),
                  direction="down" if q.number < 0 else "up")
        it.extras["verb_direction"] = "up"  # the sign says it: `同比-2.1%`
        return it
    if m and not (m.group("verb") or m.group("cmpverb") or m.group("cmpverb2")):
        m = None
    if m and m.group("verb") is None and q.kind not in ("points", "percent"):
        m = None  # a comparison states a gap in rates, not a level
    if m and q.kind in ("percent", "points", "money", "count", "measure", "multiple"):
        verb = m.group("verb") or m.group("cmpverb") or m.group("cmpverb2")
        direction = v.verb_direction.get(verb, "up")
        basis = _basis_id(m.group("basis")) or v.data.verb_bases.get(verb)
        if m.group("verb") is None:
            # compared with another subject or period; with the same period a year or a month
            # before, its basis (`比上年同期低41个基点`, `比上月高0.5个百分点`)
            basis = cb if (cb := v.basis_of.get(m.group("cmpbasis") or "")) in ("yoy", "mom") else "other"
        it = Item("change", left_start + m.start(), q.end, q, basis=basis, direction=direction)
        it.dist = "分别" in m.group(0)
        it.extras["verb_direction"] = direction
        it.contribution = verb in CONTRIBUTION_VERBS or any(w in left for w in CONTRIBUTION_VERBS) or (q.kind == "points" and _IMPACT.search(left) is not None)
        if q.number < 0:
            it.direction = "down"
        if q.kind == "points" and prev is not None and prev.role == "share" and not it.contribution and (
            basis != "other" or _SHARE_NAMED.search(left[: m.start()] if m.start() else left)
            or (_EARLIER_PERIOD.match(m.group(0)) and not _RATE_NAMED.search(left))
        ):
            # (`占比较上年末提高4.8个百分点`: the share named, whatever date it is compared with;
            # but `…占全市的31%，拉动全市外贸增长3.6个百分点` is a contribution of its own;
            # `…的企业占36.2%，比一季度提高3.2个百分点`: the share compared with an earlier period)
            it.role = "share_change"
        return it
    if (
        q.kind in ("percent", "points", "multiple")
        and prev is not None
        and prev.q is not None
        # (`同比分别增长16.8%、35.2%和1.4倍`: a multiple closing a list of rates is one of them)
        and (prev.q.kind == q.kind or (q.kind == "multiple" and prev.q.kind == "percent" and prev.role == "change"))
        and prev.role in ("change", "share", "value")
        and LIST_SEP.fullmatch(text, prev.end, q.start)
    ):
        # `分别拉动经济增长0.3个、1.5个和2.8个百分点`: a list member takes the first one's role
        it = Item(prev.role, q.start, q.end, q, basis=prev.basis, direction=prev.direction, of=prev.of, dist=True)
        it.contribution = prev.contribution
        if prev.role == "change":
            verb_dir = prev.extras.get("verb_direction", prev.direction)
            it.extras["verb_direction"] = verb_dir
            it.direction = "down" if q.number < 0 else verb_dir
        prev.dist = True
        return it
    if q.kind == "percent" and prev is not None and prev.role == "value" and prev.q is not None and prev.q.kind in _LEVEL_KINDS:
        plus = text[q.start - 1 : q.start] == "+"
        gap = text[prev.end : q.start - plus].strip()
        if (plus or q.number < 0) and (gap in (",", "", "|") or gap == "(" and text.startswith(")", q.end)):
            # `出口512.7亿元，+16.4%`, `奇瑞　55.1万辆（-3.2%）`, `1.上海　56218.3亿元　+5.4%`: a signed
            # rate right after a level is its change (同比 implied)
            it = Item("change", q.start - plus, q.end, q, basis="yoy", direction="down" if q.number < 0 else "up")
            it.extras["verb_direction"] = "up"
            return it
    if (
        q.kind == "percent" and prev is not None and prev.role == "change" and prev.q is not None
        and prev.q.kind in _LEVEL_KINDS and text[prev.end : q.start].rstrip("+") == "或"
    ):
        # `(增加386亿元或+19.6%)`: the same change as an amount or as a rate
        it = Item("change", q.start - (text[q.start - 1] == "+"), q.end, q, basis=prev.basis,
                  direction="down" if q.number < 0 else "up")
        it.extras["verb_direction"] = prev.extras.get("verb_direction", prev.direction)
        return it
    if (
        q.kind == "percent" and prev is not None and prev.role == "change" and prev.q is not None and prev.q.kind == "percent"
        and _FORECAST_AFTER_RATE.fullmatch(text, prev.end, q.start) is not None
    ):
        # `同比增长7.2%，预估为5.8%`: the rate forecast for the same measure, on the same basis
        it = Item("change", q.start, q.end, q, basis=prev.basis, direction="down" if q.number < 0 else "up")
        it.extras["verb_direction"] = "up"
        return it
    if q.kind == "percent" and (rn := _RATE_NOUN_AFTER.match(text, q.end)) and _ACHIEVED.search(left):
        # `全年录得约26%的增长`, `实现15.2%的增长`: the rate named after the figure
        down = rn.group("w") in _DOWN_NOUNS
        it = Item("change", q.start, rn.end(), q, basis="mom" if "环比" in left else "yoy",
                  direction="down" if down or q.number < 0 else "up")
        it.extras["verb_direction"] = "down" if down else "up"
        return it
    if q.kind == "percent" and _bracketed_rate(text, q):
        # `西安（7.2%）、宝鸡（8.1%）等4市规模以上工业增加值增速高于全省`: each member's rate, the
        # measure named after the list
        it = Item("change", q.start, q.end, q, basis="yoy", direction="down" if q.number < 0 else "up")
        it.extras["verb_direction"] = "up"
        return it
    if q.kind == "percent":
        m = v.share_left.search(left)
        if m:
            cue = m.group("cue")
            if cue.endswith("占比") and q.approx in ("over", "under"):
                # `使用绿电占比超过80%`: a bound on a proportion, reported as a value
                return Item("value", q.start, q.end, q)
            it = Item("share", left_start + m.start(), q.end, q, of=(m.group("of") or None))
            it.dist = "分别" in m.group(0)
            it.total = cue.startswith(("合计", "共"))
            it.extras["breadth"] = m.group("breadth") is not None
            return it
        after = text[q.end : q.end + 6]
        if not NOT_SHARE_FOLLOW.match(after) and SHARE_FOLLOW.match(after) and q.approx in (None, "about"):
            return Item("share", q.start, q.end, q)
        if (rest := _PERCENTS_LISTED.match(text, q.end)) is not None and _FIRMS_AFTER.match(text, rest.end()):
            # `分别有47.1%、38.5%和31.2%的受访企业反映…`: shares of the firms named after the list
            it = Item("share", q.start, q.end, q)
            it.dist = True
            return it
        return Item("value", q.start, q.end, q)
    if q.kind == "points":
        if prev is not None and prev.role == "share":
            return Item("share_change", q.start, q.end, q, direction="up")
        return Item("change", q.start, q.end, q, basis="other", direction="up" if q.number >= 0 else "down")
    if q.kind == "multiple":
        return None
    it = Item("value", q.start, q.end, q)
    if "分别" in left[-6:]:
        it.dist = True
    if prev is not None and prev.role == "value" and prev.q is not None and LIST_SEP.fullmatch(text, prev.end, q.start) and not (
        text[prev.end : q.start].strip() == "," and _COUNTS_THE_MEMBERS.match(text, q.end)
    ):
        it.dist = prev.dist = True
    return it


_FORECAST_AFTER_RATE = regex.compile(r"\s*[,;(]?\s*(?:市场|此前|路透|彭博)?(?:预估|预期|预测|预计)(?:中值|值)?(?:为|是)?\s*")
_ACHIEVED = regex.compile(r"(?:实现|录得|取得|保持|达到|迎来|出现)了?\s*$")
_RATE_NOUN_AFTER = regex.compile(r"的(?:同比|环比)?(?P<w>增长|增幅|涨幅|升幅|下降|降幅|跌幅|减少|下跌)")
_DOWN_NOUNS = frozenset(("下降", "降幅", "跌幅", "减少", "下跌"))


# members after a bracketed figure (`、宝鸡（8.1%）`), then the words naming the measure
_NEXT_BRACKET_MEMBER = regex.compile(r"[、和及与][^,;。()]{1,12}\([^()]{1,16}\)")
_RATE_AFTER = regex.compile(r"[^,;。()]{0,24}?(?:增速|增幅|增长|下降|升幅|涨幅|跌幅|上升|下跌)")


def _bracketed_rate(text: str, q: QuantityMatch) -> bool:
    """A bare percentage alone in brackets after a member, the list followed by a rate's words."""
    sign = 1 if text[q.start - 1 : q.start] == "+" else 0  # `越南（+36.2%）`
    if text[q.start - 1 - sign : q.start - sign] != "(" or text[q.end : q.end + 1] != ")":
        return False
    if sign or q.number < 0:
        return True  # `特别是越南(+46.8%)、台湾(+38.2%)`: a signed rate in brackets is a change
    pos = q.end + 1
    while (m := _NEXT_BRACKET_MEMBER.match(text, pos)) is not None:
        pos = m.end()
    if _RATE_AFTER.match(text, pos) is not None:
        return True
    # `增速居全省前五位的是:恩施州(7.2%)、黄冈(6.9%)…`: the list after a lead naming the rate
    clause = max(text.rfind(c, 0, q.start) for c in ",;。")
    return _RATE_LEAD.search(text, clause + 1, q.start) is not None


_RATE_LEAD = regex.compile(r"(?:增速|增幅|增长|涨幅|降幅)[^,;。()]{0,20}?:")


_SHARE_NAMED = regex.compile(r"(?<!合计|共|总)(?:占比?|比重|份额)$")


def _number_runs(text: str, items: list[Item]) -> None:
    """Give consecutive list members of one role the same run number."""
    run = 0
    for i, it in enumerate(items):
        if i > 0:
            p = items[i - 1]
            other_basis = it.basis is not None and p.basis is not None and it.basis != p.basis  # `…，环比分别增长…`
            if p.role == it.role and it.dist and p.dist and LIST_SEP.fullmatch(text, p.end, it.start) and not other_basis:
                it.run = p.run
                continue
            # members whose own verb starts them: 同比分别是下降2.2%、下降18.85%、增长12.67%
            if (
                p.role == it.role == "change" and p.dist and _ITEM_SEP.fullmatch(text[p.end : it.start] or "、") and it.start - p.end <= 2
                and not other_basis
            ):
                it.run = p.run
                it.dist = True
                continue
        run += 1
        it.run = run
