"""The metric vocabulary of ``patterns/metrics.yaml``, validated and compiled once."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex
from pydantic import BaseModel

from ..patterns import load_yaml

__all__ = ["Vocab", "vocab", "alternation"]


class _Changes(BaseModel):
    up: list[str]
    down: list[str]
    flat: list[str]
    # verbs that state a change only right after an explicit basis (`较上年末新增3260家`); on
    # their own they introduce a value (`新增企业1862家`)
    after_basis_up: list[str] = []
    after_basis_down: list[str] = []


class _RateLevels(BaseModel):
    up: list[str]
    down: list[str]
    hedges: list[str]
    movements: list[str]
    ends: list[str]
    bounds: list[str]


class _Bases(BaseModel):
    yoy: list[str]
    mom: list[str]
    other: list[str]
    ytd_start: list[str]


class _Comparatives(BaseModel):
    up: list[str]
    down: list[str]


class _Pronouns(BaseModel):
    region: list[str]
    province: list[str]
    country: list[str]
    world: list[str]
    self: list[str]
    association: list[str]
    zone: list[str]


class _Votes(BaseModel):
    country: str
    region: str
    province: str
    zone: str


class _MetricsData(BaseModel):
    indicator_heads: list[str]
    generic_heads: list[str]
    qualifiers: list[str]
    qualifier_scopes: dict[str, list[str]] = {}
    title_qualifiers: list[str]
    clause_openers: list[str]
    value_linkers: list[str]
    linker_not_after: dict[str, str] = {}
    index_heads: dict[str, str] = {}
    counted_heads: dict[str, str] = {}
    change_verbs: _Changes
    rate_levels: _RateLevels
    verb_bases: dict[str, str] = {}
    verb_not_after: dict[str, str] = {}
    bases: _Bases
    comparatives: _Comparatives
    flat_phrases: list[str]
    between_noise: list[str]
    equivalence: list[str]
    subject_pronouns: _Pronouns
    market_markers: list[str]
    market_abbreviations: dict[str, str]
    flow_compounds: list[str]
    market_abbreviation_alternatives: dict[str, list[str]]
    economy_currencies: dict[str, str]
    paired_measures: dict[str, list[str]]
    fair_days: dict[str, int]
    fair_abbreviations: dict[str, str]
    subject_votes: _Votes
    topic_enders: list[str]
    predicate_endings: list[str]
    generic_counted: list[str]
    count_noun_enders: list[str]
    dimension_lexicon: dict[str, list[str]]
    dimension_headers: dict[str, list[str]]
    adverbials_after_pronoun: list[str]
    stock_cues: list[str]
    balance_cues: list[str]
    narrative_counters_min: int


def alternation(words, not_after: dict[str, str] | None = None) -> str:
    """A regex alternation of literal ``words``, longest first (so the longest form wins); a word
    is kept from matching right after the characters ``not_after`` gives it (`能` ends 产能 and
    储能, where it links nothing)."""
    guard = not_after or {}
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join((f"(?<![{regex.escape(guard[w])}])" if w in guard else "") + regex.escape(w) for w in ordered)


@dataclass(frozen=True)
class Vocab:
    data: _MetricsData
    heads: tuple[str, ...]
    verb_direction: dict[str, str]
    basis_of: dict[str, str]
    pronoun_kind: dict[str, str]
    head_at_end: regex.Pattern
    change_left: regex.Pattern  # basis? 分别? verb 了? ... right before a figure
    flat_re: regex.Pattern
    opener_re: regex.Pattern
    linker_tail: regex.Pattern
    share_left: regex.Pattern
    equivalence_left: regex.Pattern
    pronoun_re: regex.Pattern
    topic_end: regex.Pattern
    count_noun_end: regex.Pattern
    flat_probe: re.Pattern  # the flat phrases alone, a cheap literal scan before flat_re
    votes_any: regex.Pattern  # every vote pattern as one named alternation: one scan per text
    adverbial_after_pronoun: tuple[str, ...]  # `全国首创`: the pronoun is an adverbial, no subject
    stock_cue: re.Pattern  # a level at a date, not a flow (`累计达到`, `总数`, `余额`)
    balance_cue: re.Pattern  # the stock cues that hold before an amount of money (`余额`, `年末`)


@functools.cache
def vocab() -> Vocab:
    d = load_yaml("metrics.yaml", _MetricsData)
    verb_direction = {}
    for direction in ("up", "down", "flat"):
        for w in getattr(d.change_verbs, direction):
            verb_direction[w] = direction
    basis_of = {}
    for basis in ("yoy", "mom", "other", "ytd_start"):
        for w in getattr(d.bases, basis):
            basis_of[w] = basis
    pronoun_kind = {}
    for kind in ("region", "province", "country", "world", "self", "association", "zone"):
        for w in getattr(d.subject_pronouns, kind):
            pronoun_kind[w] = kind
    bases = alternation(basis_of)
    verbs = alternation((w for w, k in verb_direction.items() if k != "flat"), d.verb_not_after)
    after_basis = alternation(d.change_verbs.after_basis_up + d.change_verbs.after_basis_down)
    for direction in ("up", "down"):
        for w in getattr(d.change_verbs, f"after_basis_{direction}"):
            verb_direction.setdefault(w, direction)
        for w in getattr(d.rate_levels, direction):
            verb_direction.setdefault(w, direction)
    levels = d.rate_levels
    rate_level = (
        rf"(?P<verb>{alternation(levels.up + levels.down)})(?:{alternation(levels.hedges)}){{0,2}}"
        rf"(?:(?:{alternation(levels.movements)})(?:{alternation(levels.ends)})|{alternation(levels.bounds)})?"
    )
    # 同比增长38.5% | 比上年同期减少875.6亿元 | 同比分别增长 | 增速分别为 | 较一季度扩大 | 分别是下降
    for direction in ("up", "down"):
        for w in getattr(d.comparatives, direction):
            verb_direction.setdefault(w, direction)
    bare_cmp = alternation(w for w in d.comparatives.up + d.comparatives.down if len(w) == 2)
    one_cmp = alternation(w for w in d.comparatives.up + d.comparatives.down)
    change_left = regex.compile(
        # `按可比口径同比增长`: 可比 (comparable) compares with nothing; `同比产量增长`: 同比 names the basis
        rf"(?:(?P<basis>{bases}|较[\p{{Han}}\d〇○—\-]{{1,8}}?(?=(?:{verbs}))|(?<![可同环])比(?!重|例)[\p{{Han}}\d〇○—\-]{{1,8}}?(?=(?:{verbs})))?"
        r"(?:\(下同\))?"  # `比上年（下同）增长6.4%`: the basis said once for the figures after it
        rf"(?:小幅|大幅|略有|稳步|继续|进一步|持续|明显)?(?:实际|名义)?(?:分别)?(?:是|为)?(?<!净|储备资产)(?:{rate_level}|(?P<verb>{verbs})(?:了)?(?:分别)?(?:(?:有望|可望|或将|或|将|预计)?(?:为|达|达到|是)|(?:修正|修订|下修|上修)(?:为|至))?)"  # 同比实际增长; `增速修正为`; `净增加312亿美元`, `储备资产增加414亿元` (a balance-of-payments item) are levels
        rf"|(?P<basis>{bases})(?P<verb>{after_basis})"
        # a bare 增 / 减 opening its clause (`9月進口386.2億美元，增18.4%`)
        r"|(?:^|(?<=[,;、:(]))(?P<verb>增|减)"
        # comparisons: 高于全国和全省0.8个 / 较火力发电高2.3个
        rf"|(?P<cmpverb>{bare_cmp})(?P<cmpwith>[\p{{Han}}A-Za-z、和]{{0,10}}?)"
        rf"|(?P<cmpbasis>较[\p{{Han}}]{{1,8}}?|(?<![可同环])比(?!重|例)[\p{{Han}}]{{1,8}}?)(?P<cmpverb2>{one_cmp})(?:出)?"  # not 比重较…
        # a basis and a signed rate, as in tables and briefs: `环比+9.8%`, `同比-2.1%`
        rf"|(?P<signbasis>{bases})(?:为|是)?\+?)"
        rf"(?P<approx>超过|超|近|约|逾)?\s*$"
    )
    flat_re = regex.compile(rf"(?P<basis>{bases})?(?:基本)?(?P<flat>{alternation(d.flat_phrases)})")
    # `其中，` `从来源地看，` `从行业来看，`: clause openers that are not part of an indicator
    # (not the first character of a word: `并购金额`, `共享经济`)
    opener_re = regex.compile(rf"^(?:(?:{alternation(d.clause_openers)}|[从分][^,，]{{1,8}}?(?:来看|看))(?!(?<=并)购|(?<=共)享)[,，]?)+")
    linker_tail = regex.compile(rf"(?:{alternation(d.value_linkers, d.linker_not_after)})+$")
    share_left = regex.compile(
        r"(?P<cue>(?:合计|共|分别|约)?(?:占比|占(?P<of>[^,;。占]{0,24}?)(?:的)?(?:比重|比例|份额)?|比重|(?:市场)?份额|比例)"
        # `完成全年目标任务的77.5%`: the share of a target reached (`完成年度目标（160亿元）的24.1%`:
        # the target's size in brackets)
        r"|完成(?P<of>[^,;。]{0,12}?(?:目标任务|目标|计划|任务))(?:\([^()]{1,16}\))?的"
        # a list row's rate of completion (`顺德区 1108.6 ↑9.6% 完成率53.2%`, `南海区 3.12（完成57.8%）`)
        r"|(?<=[%\s])完成率|(?<=[(（])完成"
        # `新能源汽车新车销量达到汽车新车总销量的48.6%`: the part of a total it reaches
        r"|(?:达到|达)(?P<of>[^,;。占]{0,14}?总[\p{Han}]{0,6}?)的"
        # `逆差384亿元，相当于商品进口货值的8.2%`: the whole it is measured against
        r"|(?:相当于|相等于)(?P<of>[^,;。]{1,20}?)的"
        # `经常账户顺差995亿美元，与同期国内生产总值（GDP）之比为2.8%`: its ratio to a whole
        r"|与(?P<of>[^,;。]{1,24}?)之比"
        # `30个行业增加值保持增长，增长面达73.2%`: the counted members' share of all members
        r"|(?P<breadth>增长面|亏损面|下降面))"
        r"(?:分别)?(?:为|达|达到|是|约|约为|超过|力争达|力争达到|已达|仅)?\s*[:▶►→]?\s*$"  # `比例分别为`, a card's `占比：`
    )
    equivalence_left = regex.compile(rf"(?:{alternation(d.equivalence)})\s*$")
    pronoun_re = regex.compile(alternation(pronoun_kind))
    heads = tuple(sorted(set(d.indicator_heads), key=len, reverse=True))
    head_at_end = regex.compile(rf"(?:{alternation(heads)})$")
    topic_end = regex.compile(alternation(d.topic_enders))
    count_noun_end = regex.compile(rf"[,;:。、()]|\d(?![\d]*强)|{alternation(d.count_noun_enders)}")  # (not inside `世界500强`)
    return Vocab(
        d, heads, verb_direction, basis_of, pronoun_kind, head_at_end, change_left, flat_re, opener_re,
        linker_tail, share_left, equivalence_left, pronoun_re, topic_end, count_noun_end,
        re.compile(alternation(d.flat_phrases)),
        regex.compile("|".join(f"(?P<{k}>{v})" for k, v in d.subject_votes.model_dump().items())),
        tuple(d.adverbials_after_pronoun),
        re.compile(alternation(d.stock_cues + d.balance_cues)),
        re.compile(alternation(d.balance_cues)),
    )


@functools.cache
def any_head() -> regex.Pattern:
    """Any indicator head, anywhere (compiled on first use: the alternation is large)."""
    return regex.compile(vocab().head_at_end.pattern[:-1])
