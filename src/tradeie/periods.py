"""Periods: the time expression a statistic is stated for, resolved to first and last day.

The grammar (named rules, numerals, relative-year words) lives in ``patterns/periods.yaml``;
this module compiles it once into a single alternation and holds the small *productions* that
turn a rule's named groups into dates.

    今年1-4月   (reference 2025-05-20)  -> 2025-01-01..2025-04-30  cumulative, rule month_range
    前三季度                              -> 2025-01-01..2025-09-30  cumulative
    截至2月底                              -> ..2025-02-28            stock, as_of 2025-02
    1—7月       (no year known)          -> start/end None, start_month "*-01", end_month "*-07"
    去年同期                              -> no dates, relative "same_period_last_year"
    5月27日                               -> granularity "day" (an event date, not a period)

Relative years (今年, 去年, 上年, 明年) resolve against ``reference_date`` only; a bare month or
quarter (1-4月, 一季度, 全年) takes ``default_year``; with neither the year stays unresolved.
Nothing here ever looks at today's date.  ``periods()`` passes the reference date's year as the
default year when none is given.

Conventions worth knowing (see the rule comments in periods.yaml):
- ranges with -, —, ~, 至, 到 are inclusive (2016-2018年 -> 2016..2018); with 之间 / 之后…之前 a
  year names its first day (2007年与2009年之间 -> 2007..2008), as Recognizers-Text reads them;
- 年初 is January-February, 年底/年末 November-December, 一季度末 March (granularity "point",
  ``as_of`` the month a level refers to); 今年以来 runs to the reference month;
- 2025—2026年度 is a two-year span even inside a name.

Speed: the grammar is one alternation, but it is only tried near a *trigger* (年, 月, 季, 期 ...),
from the start of the run of lead characters (digits, 今, 去, 前 ...) that ends there; each rule
is guarded by the characters it can start with and by its ``needs`` hint.  A test checks that
this finds exactly what a plain ``finditer`` over the grammar finds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

from .errors import PatternDataError
from .patterns import load_yaml
from .schemas.period import Granularity, Period

__all__ = ["find_periods", "periods", "PeriodMatch", "Period"]

PATTERN_FILE = "periods.yaml"

Produce = Literal[
    "stock", "stock_now", "relative_marker", "day", "month_range", "first_months", "last_months", "nth_month",
    "quarter_range", "first_quarters", "quarter_point", "quarter", "relative_quarter", "half",
    "season", "holiday", "ytd", "year_point", "month", "relative_month", "relative_week", "century", "year_range",
    "years_from_reference", "year", "months_ending", "past_year", "coming_year",
]


# ----------------------------------------------------------------------------- pattern data model
class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    pattern: str
    produce: Produce
    params: dict[str, Any] = {}
    needs: str | None = None
    examples: list[str] = []


class Numerals(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    digits: dict[str, int]


class Scan(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    triggers: str
    lead_chars: str
    start_chars: str
    max_lead: int = Field(ge=1, le=64)
    max_span: int = Field(ge=4, le=200)


class PeriodGrammar(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    numerals: Numerals
    scan: Scan
    relative_years: dict[str, int]
    fragments: dict[str, str]
    rules: list[Rule]

    @field_validator("rules")
    @classmethod
    def _unique(cls, rules: list[Rule]) -> list[Rule]:
        seen = set()
        for r in rules:
            if r.name in seen:
                raise ValueError(f"duplicate rule name {r.name!r}")
            seen.add(r.name)
        return rules


_REF = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_GUARD_CONTEXTS = ("", "从", "\n", " ")  # what may precede a period (for rules with a lookbehind)
_GROUP_NAME = regex.compile(r"\(\?P<([A-Za-z_][A-Za-z0-9_]*)>")


def _expand(text: str, fragments: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > 10:
        raise PatternDataError(f"{PATTERN_FILE}: {where}: fragment references nest too deep (a cycle?)")

    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name not in fragments:
            raise PatternDataError(f"{PATTERN_FILE}: {where}: unknown fragment {{{name}}}")
        return _expand(fragments[name], fragments, f"fragment {name}", depth + 1)

    return _REF.sub(sub, text)


@dataclass(frozen=True)
class _Compiled:
    regex: regex.Pattern
    triggers: regex.Pattern
    lead: regex.Pattern  # reverse-matching run of lead characters ending at a trigger
    start_chars: frozenset[str]
    max_lead: int
    rules: tuple[Rule, ...]
    wrappers: tuple[int, ...]  # group number of each rule's wrapper group
    rule_groups: tuple[tuple[tuple[str, int], ...], ...]  # (name, group number) each rule can set
    digits: dict[str, int]
    relative_years: dict[str, int]


@functools.cache
def _grammar() -> _Compiled:
    g = load_yaml(PATTERN_FILE, PeriodGrammar)
    frags = dict(g.fragments)
    words = sorted(g.relative_years, key=len, reverse=True)
    frags["RELATIVE_YEAR_WORDS"] = "|".join(regex.escape(w) for w in words)
    bodies = [_expand(r.pattern, frags, f"rule {r.name}") for r in g.rules]
    singles = []
    for r, body in zip(g.rules, bodies):
        try:
            singles.append(regex.compile(body))
        except regex.error as ex:
            raise PatternDataError(f"{PATTERN_FILE}: rule {r.name}: bad pattern: {ex}") from ex
    # Each rule is guarded by the characters it can start with (found by partial-matching each
    # start character), so a position is only tried against the rules that could fire there.
    guards = []
    for r, rx in zip(g.rules, singles):
        first = "".join(c for c in g.scan.start_chars if any(
            rx.match(pre + c, len(pre), partial=True) is not None for pre in _GUARD_CONTEXTS))
        if not first:
            raise PatternDataError(f"{PATTERN_FILE}: rule {r.name}: starts with no character in scan.start_chars")
        guard = f"(?=[{regex.escape(first)}])"
        if r.needs:
            guard += f"(?=[^\\n]{{0,{g.scan.max_span}}}?(?:{r.needs}))"
            try:
                regex.compile(guard)
            except regex.error as ex:
                raise PatternDataError(f"{PATTERN_FILE}: rule {r.name}: bad needs: {ex}") from ex
        guards.append(guard)
    big = regex.compile("|".join(f"(?P<R{i}>{guard}{b})" for i, (guard, b) in enumerate(zip(guards, bodies))))
    wrappers = tuple(big.groupindex[f"R{i}"] for i in range(len(g.rules)))
    rule_groups = tuple(
        tuple((n, big.groupindex[n]) for n in sorted(set(_GROUP_NAME.findall(body)))) for body in bodies
    )
    try:
        triggers = regex.compile(g.scan.triggers)
        lead = regex.compile(f"(?r)[{regex.escape(g.scan.lead_chars)}]{{0,{g.scan.max_lead}}}")
    except regex.error as ex:
        raise PatternDataError(f"{PATTERN_FILE}: scan: bad pattern: {ex}") from ex
    return _Compiled(big, triggers, lead, frozenset(g.scan.start_chars), g.scan.max_lead, tuple(g.rules),
                     wrappers, rule_groups, dict(g.numerals.digits), dict(g.relative_years))


@functools.cache
def _plain_regex() -> regex.Pattern:
    """The grammar as one unguarded alternation: what the scanner must reproduce (used by tests)."""
    g = load_yaml(PATTERN_FILE, PeriodGrammar)
    frags = dict(g.fragments)
    frags["RELATIVE_YEAR_WORDS"] = "|".join(regex.escape(w) for w in sorted(g.relative_years, key=len, reverse=True))
    return regex.compile("|".join(f"(?P<R{i}>{_expand(r.pattern, frags, r.name)})" for i, r in enumerate(g.rules)))


def _scan(cg: _Compiled, norm: str):
    """The matches ``cg.regex.finditer(norm)`` would give, trying only positions near a trigger.

    Every period holds a trigger (年, 月, 季 ...) and only lead characters before its first one,
    so a match can start only inside the run of lead characters that ends at some trigger."""
    cursor = 0
    match = cg.regex.match
    starts = cg.start_chars
    wrappers = cg.wrappers
    for t in cg.triggers.finditer(norm):
        ts = t.start()
        if ts < cursor:
            continue
        p0 = cg.lead.match(norm, cursor, ts).start()
        for p in range(p0, ts + 1):
            if norm[p] not in starts:
                continue
            m = match(norm, p)
            if m is None or m.end() == m.start():
                continue
            start = m.start
            i = 0
            while start(wrappers[i]) < 0:  # the rule whose wrapper group took part
                i += 1
            group = m.group
            groups = {}
            for name, num in cg.rule_groups[i]:
                v = group(num)
                if v is not None:
                    groups[name] = v
            yield m, i, groups
            cursor = m.end()
            break


# ----------------------------------------------------------------------------- numerals
def _num(s: str | None, digits: dict[str, int]) -> int | None:
    """'12' -> 12, '十一' -> 11, '二十' -> 20, '两' -> 2, '二〇二四' -> 2024 (digit by digit)."""
    if not s:
        return None
    if s.isascii():
        return int(s) if s.isdigit() else None
    if "十" not in s:
        v = 0
        for ch in s:
            if ch not in digits:
                return None
            v = v * 10 + digits[ch]
        return v
    head, _, tail = s.partition("十")
    if "十" in tail:
        return None
    tens = digits.get(head, None) if head else 1
    ones = digits.get(tail, None) if tail else 0
    if tens is None or ones is None:
        return None
    return tens * 10 + ones


def _fuzzy(s: str, digits: dict[str, int]) -> tuple[int, int] | None:
    """几 -> (0, 10)... 二十几 -> (20, 30), 十几 -> (10, 20), 几十 -> (20, 100) (generous bounds)."""
    if s == "几十":
        return (20, 100)
    if s.endswith("十几"):
        tens = digits.get(s[:-2], 1) if len(s) > 2 else 1
        return (tens * 10, tens * 10 + 10)
    if s == "几":
        return (1, 10)
    return None


# ----------------------------------------------------------------------------- result
class PeriodMatch(NamedTuple):
    """A period found in normalised text: ``start``/``end`` index the normalised string.

    Immutable; a named tuple rather than a frozen dataclass because one is built for every
    period mention and a frozen dataclass sets each field through ``object.__setattr__``."""

    start: int
    end: int
    text: str
    rule: str
    granularity: Granularity
    first: dt.date | None = None
    last: dt.date | None = None
    start_month: str | None = None
    end_month: str | None = None
    year_resolved: bool = True
    cumulative: bool = False
    stock: bool = False
    as_of: str | None = None
    relative: str | None = None

    def to_period(self, span: tuple[int, int], text: str) -> Period:
        return Period(
            text=text, span=span, start=self.first, end=self.last, start_month=self.start_month,
            end_month=self.end_month, year_resolved=self.year_resolved, cumulative=self.cumulative,
            granularity=self.granularity, stock=self.stock, as_of=self.as_of, relative=self.relative,
            rule=self.rule,
        )


class _Ctx:
    __slots__ = ("ref", "default_year", "digits", "rel", "republic")

    def __init__(self, ref: dt.date | None, default_year: int | None, digits, rel, republic: bool = False):
        self.ref, self.default_year, self.digits, self.rel = ref, default_year, digits, rel
        self.republic = republic

    @property
    def ref_year(self) -> int | None:
        return self.ref.year if self.ref else None

    def year(self, g: dict, suffix: str = "") -> tuple[int | None, bool]:
        """(year, stated): the year of the y/yy/ry groups; stated False when none was written."""
        y = g.get("y" + suffix)
        if y:
            return _num(y, self.digits), True
        roc = g.get("roc" + suffix)
        if roc:
            return int(roc) + ROC_OFFSET, True
        if bare := g.get("rocb" + suffix):
            if not self.republic:
                raise ValueError("a bare Republic year outside a Taiwanese release is no year")
            return int(bare) + ROC_OFFSET, True
        yy = g.get("yy" + suffix)
        if yy:
            v = _num(yy, self.digits)
            base = self.ref_year or self.default_year
            if v is None or base is None:
                return None, True
            # the century that puts the year nearest the reference: 19年 (2021) -> 2019
            cands = [c * 100 + v for c in (base // 100 - 1, base // 100, base // 100 + 1)]
            return min(cands, key=lambda c: (abs(c - base), c)), True
        ry = g.get("ry" + suffix)
        if ry:
            off = self.rel.get(ry)
            return (self.ref_year + off if self.ref_year is not None and off is not None else None), True
        return None, False

    def year_or_default(self, g: dict, suffix: str = "") -> int | None:
        y, stated = self.year(g, suffix)
        return y if stated else self.default_year


ROC_OFFSET = 1911  # 民国 year 1 is 1912


def _last_day(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _ym(y: int | None, m: int) -> str:
    return f"{y:04d}-{m:02d}" if y is not None else f"*-{m:02d}"


def _months(y1: int | None, m1: int, y2: int | None, m2: int, **kw) -> dict | None:
    """A span of whole months; None when impossible (13月, end before start)."""
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    if (y1 is None) != (y2 is None):
        y1 = y2 = None
    if y1 is not None and ((y2, m2) < (y1, m1) or not (1 <= y1 <= 9999 and 1 <= y2 <= 9999)):
        return None
    if y1 is None and m2 < m1:
        return None
    out = dict(start_month=_ym(y1, m1), end_month=_ym(y2, m2), year_resolved=y1 is not None)
    if y1 is not None:
        out.update(first=dt.date(y1, m1, 1), last=_last_day(y2, m2))
    out.update(kw)
    return out


def _years(y1: int | None, y2: int | None, **kw) -> dict | None:
    kw.setdefault("granularity", "year")
    if y1 is not None and y2 is not None and y2 < y1:
        return None
    return _months(y1, 1, y2, 12, **kw)


# ----------------------------------------------------------------------------- productions
def _p_stock(g, ctx, params):
    y = ctx.year_or_default(g)
    m = _num(g.get("m"), ctx.digits) if g.get("m") else 12
    if m is None or not 1 <= m <= 12:
        return None
    d = _num(g.get("d"), ctx.digits)
    out = dict(granularity="point", stock=True, as_of=_ym(y, m), end_month=_ym(y, m),
               year_resolved=y is not None)
    if y is not None:
        try:
            out["last"] = dt.date(y, m, d) if d else _last_day(y, m)
        except ValueError:
            return None
    return out


def _p_stock_now(g, ctx, params):
    if ctx.ref is None:
        return dict(granularity="point", stock=True, year_resolved=False)
    ym = _ym(ctx.ref.year, ctx.ref.month)
    return dict(granularity="point", stock=True, last=ctx.ref, end_month=ym, as_of=ym)


def _p_relative_marker(g, ctx, params):
    return dict(granularity="relative", relative=params.get("relative", "same_period"), year_resolved=False)


def _p_day(g, ctx, params):
    y = ctx.year_or_default(g)
    m, d = _num(g.get("m"), ctx.digits), _num(g.get("d"), ctx.digits)
    m2 = _num(g.get("m2"), ctx.digits) if g.get("m2") else m
    d2 = _num(g.get("d2"), ctx.digits) if g.get("d2") else d
    if None in (m, d, m2, d2) or not (1 <= m <= 12 and 1 <= m2 <= 12):
        return None
    y2 = _num(g["y2"], ctx.digits) if g.get("y2") else y  # `2025年12月18日至2026年1月17日`
    if y2 is not None and y is None:
        return None
    out = dict(granularity="day", start_month=_ym(y, m), end_month=_ym(y2, m2), year_resolved=y is not None)
    if y is not None:
        try:
            a, b = dt.date(y, m, d), dt.date(y2, m2, d2)
        except ValueError:
            return None
        if b < a:
            return None
        out.update(first=a, last=b)
    elif (m2, d2) < (m, d) or d > 31 or d2 > 31:
        return None
    return out


def _p_month_range(g, ctx, params):
    m1 = _num(g.get("m"), ctx.digits)
    y1 = ctx.year_or_default(g)
    if g.get("y2") or g.get("yy2") or g.get("ry2"):
        y2 = ctx.year(g, "2")[0]
    else:
        y2 = y1
    m2 = _num(g.get("m2"), ctx.digits) if g.get("m2") else 12
    if m1 is None or m2 is None:
        return None
    return _months(y1, m1, y2, m2, granularity="month", cumulative=m1 == 1 and y1 == y2)


def _p_first_months(g, ctx, params):
    n = _num(g.get("n"), ctx.digits)
    if not n or n > 12:
        return None
    y = ctx.year_or_default(g)
    return _months(y, 1, y, n, granularity="month", cumulative=True)


def _p_last_months(g, ctx, params):
    n = _num(g.get("n"), ctx.digits)
    if not n or n > 12:
        return None
    y = ctx.year_or_default(g)
    return _months(y, 13 - n, y, 12, granularity="month")


def _p_months_ending(g, ctx, params):
    """`截至2025年10月止的三个月`: the ``n`` months that end with the month named (across a new year);
    `…止年度`: the twelve."""
    n, m = 12 if g.get("yr") else _num(g.get("n"), ctx.digits), _num(g.get("m"), ctx.digits)
    if not n or n > 12 or m is None:
        return None
    y = ctx.year_or_default(g)
    k = (y or 0) * 12 + m - n  # months since year 0 of the first month, zero-based
    y1, m1 = divmod(k, 12)
    return _months(y1 if y is not None else None, m1 + 1, y, m, granularity="month")


def _p_nth_month(g, ctx, params):
    n = 1 if g.get("first") else _num(g.get("n"), ctx.digits)
    if not n or n > 12:
        return None
    y = ctx.year_or_default(g)
    return _months(y, n, y, n, granularity="month", cumulative=n == 1)


def _quarter(g, ctx, key="q"):
    q = g.get(key)
    return 1 if q is None else _num(q, ctx.digits)


def _p_quarter_range(g, ctx, params):
    q1, q2 = _num(g.get("q"), ctx.digits), _num(g.get("q2"), ctx.digits)
    if not q1 or not q2 or q1 > 4 or q2 > 4:
        return None
    y = ctx.year_or_default(g)
    return _months(y, 3 * q1 - 2, y, 3 * q2, granularity="quarter", cumulative=q1 == 1)


def _p_first_quarters(g, ctx, params):
    n = _num(g.get("n"), ctx.digits)
    if not n or n > 4:
        return None
    y = ctx.year_or_default(g)
    return _months(y, 1, y, 3 * n, granularity="quarter", cumulative=True)


def _p_quarter(g, ctx, params):
    q = _quarter(g, ctx)
    if not q or q > 4:
        return None
    y = ctx.year_or_default(g)
    return _months(y, 3 * q - 2, y, 3 * q, granularity="quarter", cumulative=q == 1)


def _point_in_quarter(y, q, pt):
    m = 3 * q if pt in ("末", "底") else 3 * q - 2
    return _months(y, m, y, m, granularity="point", as_of=_ym(y, m))


def _p_quarter_point(g, ctx, params):
    q = _quarter(g, ctx)
    if not q or q > 4:
        return None
    return _point_in_quarter(ctx.year_or_default(g), q, g.get("pt"))


_REL_STEP = {"上": -1, "上个": -1, "本": 0, "这": 0, "这个": 0, "当": 0, "全": 0, "同": 0, "下": 1, "下个": 1}


def _p_relative_quarter(g, ctx, params):
    if ctx.ref is None:
        return dict(granularity="quarter", year_resolved=False)
    k = (ctx.ref.year * 4 + (ctx.ref.month - 1) // 3) + _REL_STEP[g["rq"]]
    y, q = divmod(k, 4)
    q += 1
    if g.get("pt"):
        return _point_in_quarter(y, q, g["pt"])
    return _months(y, 3 * q - 2, y, 3 * q, granularity="quarter")


def _p_relative_month(g, ctx, params):
    if ctx.ref is None:
        return dict(granularity="month", year_resolved=False)
    k = ctx.ref.year * 12 + ctx.ref.month - 1 + _REL_STEP[g["rm"]]
    y, m = divmod(k, 12)
    return _months(y, m + 1, y, m + 1, granularity="month")


def _p_relative_week(g, ctx, params):
    """`本周` in a weekly report: the Monday-to-Sunday week before the report's date (a report
    dated Monday 15 September covers 8-14 September; one dated Friday, its own week)."""
    if ctx.ref is None:
        return dict(granularity="week", year_resolved=False)
    day = ctx.ref - dt.timedelta(days=1) + dt.timedelta(weeks=_REL_STEP[g["rw"]])
    first = day - dt.timedelta(days=day.weekday())
    last = first + dt.timedelta(days=6)
    return dict(granularity="week", start_month=_ym(first.year, first.month), end_month=_ym(last.year, last.month),
                year_resolved=True, first=first, last=last)


def _p_half(g, ctx, params):
    y = ctx.year_or_default(g)
    if g["h"] in ("上", "前", ""):  # (empty: a half-year report, `2024年半年度报告`)
        return _months(y, 1, y, 6, granularity="half", cumulative=True)
    return _months(y, 7, y, 12, granularity="half")


_SEASONS = {"暑假": (7, 8), "暑期": (7, 8), "寒假": (1, 2)}


def _p_season(g, ctx, params):
    y = ctx.year_or_default(g)
    a, b = _SEASONS[g["season"]]
    return _months(y, a, y, b, granularity="month")


def _p_holiday(g, ctx, params):
    name = "国庆" if "国庆" in (g.get("hols") or "") else g["hol"]
    if name not in params["fixed"] and name not in params["lunar"]:
        name = name.removesuffix("节")  # 国庆节 -> 国庆, 中秋节 -> 中秋 (春节 stays)
    y = ctx.year_or_default(g)
    if name in params["fixed"]:
        m = params["fixed"][name]
    elif y is None:
        return dict(granularity="month", year_resolved=False)
    else:
        m = params["lunar"].get(name, {}).get(y)
        if m is None:
            return None  # a year the table does not reach: the festival's month is unknown
        if isinstance(m, list):
            return _months(y, m[0], y, m[-1], granularity="month")  # a holiday over two months
    return _months(y, m, y, m, granularity="month")


def _p_ytd(g, ctx, params):
    y, stated = ctx.year(g)
    if not stated:  # 年初以来: this year
        y = ctx.ref_year if ctx.ref else ctx.default_year
    out = dict(granularity="ytd", cumulative=True, start_month=_ym(y, 1), year_resolved=y is not None)
    if y is not None:
        out["first"] = dt.date(y, 1, 1)
    if ctx.ref is not None and y is not None and y <= ctx.ref.year:
        out.update(last=_last_day(ctx.ref.year, ctx.ref.month), end_month=_ym(ctx.ref.year, ctx.ref.month))
    return out


def _p_year_point(g, ctx, params):
    y = ctx.year_or_default(g)
    pt = g["pt"]
    if pt == "伊始":  # 二零二二年伊始: January
        return _months(y, 1, y, 1, granularity="point", as_of=_ym(y, 1))
    if pt == "初":  # 年初: January-February
        return _months(y, 1, y, 2, granularity="point", as_of=_ym(y, 1))
    return _months(y, 11, y, 12, granularity="point", as_of=_ym(y, 12))  # 年底, 年末


def _p_month(g, ctx, params):
    m = _num(g.get("m"), ctx.digits)
    if m is None:
        return None
    y = ctx.year_or_default(g)
    return _months(y, m, y, m, granularity="month", cumulative=m == 1)


_PART = {  # part of a decade / century: (first, last) offsets for a decade; century uses x10
    "初": (0, 2), "初期": (0, 2), "前期": (0, 2), "中期": (4, 6), "末": (7, 9), "末期": (7, 9), "后期": (7, 9),
}


def _p_century(g, ctx, params):
    base = ctx.ref_year or ctx.default_year
    if g.get("c"):
        c = _num(g["c"], ctx.digits)
        if not c or c > 21:
            return None
        cstart = (c - 1) * 100
    elif g.get("cpre"):
        if base is None:
            return dict(granularity="century", year_resolved=False)
        cstart = (base // 100 + {"上": -1, "本": 0, "下": 1}[g["cpre"]]) * 100
    else:  # a bare decade (90年代): the latest one that starts by the reference year
        if base is None:
            return dict(granularity="decade", year_resolved=False)
        dec = 0 if g.get("dec") == "零" else _num(g["dec"], ctx.digits)
        cstart = base // 100 * 100
        if cstart + dec > base:
            cstart -= 100
    pt = g.get("pt")
    if g.get("dec"):
        dec = 0 if g["dec"] == "零" else _num(g["dec"], ctx.digits)
        a = cstart + dec
        lo, hi = _PART.get(pt, (0, 9)) if pt else (0, 9)
        return _years(a + lo, a + hi, granularity="decade")
    lo, hi = _PART.get(pt, (0, 9)) if pt else (0, 9)
    if pt in ("初", "初期", "前期"):
        lo, hi = 0, 19
    elif pt in ("末", "末期", "后期"):
        lo, hi = 80, 99
    elif pt == "中期":
        lo, hi = 40, 59
    else:
        lo, hi = 0, 99
    return _years(cstart + lo, cstart + hi, granularity="century")


def _p_year_range(g, ctx, params):
    if "offsets" in params:
        if ctx.ref is None:
            return dict(granularity="year", year_resolved=False)
        a, b = params["offsets"]
        return _years(ctx.ref.year + a, ctx.ref.year + b)
    if g.get("plan"):  # a five-year plan: its first year is data
        first = params["plans"][g["plan"]]
        return _years(first, first + 4)
    y1, y2 = _num(g.get("y"), ctx.digits), _num(g.get("y2"), ctx.digits)
    if y1 is None or y2 is None:
        return None
    if params.get("exclusive_end"):
        y2 -= 1
    if y2 < y1:
        return None
    return _years(y1, y2)


def _p_years_from_reference(g, ctx, params):
    if g.get("fz"):
        rng = _fuzzy(g["fz"], ctx.digits)
        if rng is None:
            return None
        lo, hi = rng
    else:
        n = _num(g.get("n"), ctx.digits)
        if n is None or n == 0:
            return None
        lo = hi = n
    if ctx.ref is None:
        return dict(granularity="year", year_resolved=False)
    sign = -1 if g["dir"] == "前" else 1
    if g.get("half") and lo == hi:  # 七年半后: the month 7.5 years away
        k = ctx.ref.year * 12 + ctx.ref.month - 1 + sign * (12 * lo + 6)
        y, m = divmod(k, 12)
        return _months(y, m + 1, y, m + 1, granularity="month")
    a, b = sorted((ctx.ref.year + sign * lo, ctx.ref.year + sign * hi))
    return _years(a, b)


def _p_past_year(g, ctx, params):
    """`过去一年` in a work report: the year just ended when the report is given in its first half
    (a government work report in February), this year when at its end (a review in December)."""
    return _year_by_report_half(ctx, first_half=-1, second_half=0)


def _p_coming_year(g, ctx, params):
    """`新的一年` in a work report: the year beginning when the report is given in its first half,
    the next one when at a year's end (the mirror of 过去一年)."""
    return _year_by_report_half(ctx, first_half=0, second_half=1)


def _year_by_report_half(ctx, first_half: int, second_half: int):
    """The year a work report's 过去一年 / 新的一年 names, counted from the reference date's year by
    the half of the year the report is given in."""
    if ctx.ref is None:
        return dict(granularity="year", year_resolved=False)
    y = ctx.ref.year + (first_half if ctx.ref.month <= 6 else second_half)
    return _years(y, y)


def _p_year(g, ctx, params):
    y, stated = ctx.year(g)
    if not stated:
        y = ctx.default_year
    return _years(y, y)


_PRODUCE = {name[3:]: fn for name, fn in globals().items() if name.startswith("_p_")}
assert set(_PRODUCE) == set(Produce.__args__), set(Produce.__args__) ^ set(_PRODUCE)  # noqa: S101


# ----------------------------------------------------------------------------- API
def find_periods(
    norm: str, reference_date: dt.date | None = None, default_year: int | None = None, *, offset: int = 0,
    republic: bool = False,
) -> list[PeriodMatch]:
    """Every period expression in normalised text, left to right, non-overlapping.

    ``reference_date`` resolves 今年/去年/上个季度/今年以来; ``default_year`` is the year of a
    yearless 1-4月 / 一季度 / 全年.  Matches whose numbers are impossible (13月, 4-1月) are dropped.
    ``offset`` is added to every start and end (``norm`` is a slice starting there).
    ``republic``: the text is Taiwan's, so a three-digit year before anything (`113年我國…`) is
    one of the Republic (elsewhere only before a month, quarter or half: `114年9月`).
    """
    cg = _grammar()
    ctx = _Ctx(reference_date, default_year, cg.digits, cg.relative_years, republic)
    out: list[PeriodMatch] = []
    memo: dict[tuple[int, str], dict | None] = {}  # the same words resolve the same way in one call
    for m, i, groups in _scan(cg, norm):
        rule = cg.rules[i]
        text = m.group()
        key = (i, text)
        if key in memo:
            res = memo[key]
        else:
            try:
                res = _PRODUCE[rule.produce](groups, ctx, rule.params)
            except (ValueError, OverflowError, KeyError):
                res = None
            if res is not None:
                res.setdefault("granularity", "month")
                res["rule"] = rule.name
            memo[key] = res
        if res is not None:
            pm = PeriodMatch(start=m.start() + offset, end=m.end() + offset, text=text, **res)
            if groups.get("ry") in _ANAPHORIC:
                pm = _same_year_as(pm, out, norm, offset, default_year)
            if groups.get("rm") == "同":
                named = next((p for p in reversed(out) if p.granularity == "month" and p.start_month and p.start_month == p.end_month), None)
                if named is None:
                    continue  # `同月` with no month named before it: no period
                pm = named._replace(start=pm.start, end=pm.end, text=pm.text, rule=pm.rule)
            out.append(pm)
    if any(p.rule == "public_holiday" for p in out):
        out = dated_holidays(out, [p for p in out if _holiday_dates_at(p, norm, offset)])
    return out


# the dates a text gives its holiday (`假期长达8天（9月29日至10月6日）`)
_HOLIDAY_CUE = regex.compile(r"(?:假期|放假|休假|黄金周|长假|小长假|春节|国庆|中秋|端午|五一|元旦|清明)[^。;；\n]{0,10}$")
HOLIDAY_DAYS = 15  # a holiday's date range is at most this long
HOLIDAY_CUE_REACH = 14  # characters before the range where the holiday is named


def _holiday_dates_at(p: PeriodMatch, norm: str, offset: int) -> bool:
    """``p`` is a holiday's date range spanning two months, named so just before it."""
    return (
        p.granularity == "day" and p.first is not None and p.last is not None and p.first < p.last
        and (p.last - p.first).days <= HOLIDAY_DAYS and p.first.month != p.last.month
        and _HOLIDAY_CUE.search(norm, max(0, p.start - offset - HOLIDAY_CUE_REACH), p.start - offset) is not None
    )


def holiday_dates(norm: str, reference_date: dt.date | None = None, default_year: int | None = None) -> list[PeriodMatch]:
    """The date ranges a whole text gives its holidays (`假期长达8天（9月29日至10月6日）`), found by
    reading only the few characters after each holiday word."""
    out = []
    for m in _HOLIDAY_WORD.finditer(norm):
        a = m.end()
        for p in find_periods(norm[a : a + HOLIDAY_CUE_REACH + 12], reference_date, default_year, offset=a):
            if _holiday_dates_at(p, norm, 0):
                out.append(p)
    return out


_HOLIDAY_WORD = regex.compile(r"假期|放假|黄金周|长假")


def dated_holidays(periods: list[PeriodMatch], dated: list[PeriodMatch]) -> list[PeriodMatch]:
    """A holiday the text dates (`中秋国庆假期` where it says `（9月29日至10月6日）`) covers the
    months of those dates, not only its festival's month."""
    if not dated:
        return periods
    fixed = []
    for p in periods:
        span = None
        if p.rule == "public_holiday" and p.first is not None and p.last is not None:
            span = next((d for d in dated if p.first <= d.last and d.first <= p.last), None)
        if span is not None:
            first, last = span.first.replace(day=1), _last_day(span.last.year, span.last.month)
            p = p._replace(first=first, last=last, start_month=first.isoformat()[:7], end_month=last.isoformat()[:7])
        fixed.append(p)
    return fixed


_ANAPHORIC = frozenset(("同", "当", "这一"))  # `2024年…；同年…`, `这一年`: the year just named, not the reference year
# (`同月` is resolved the same way in ``find_periods``: the single month named last)
# a year said relative to the reference (`去年，…；当年投产…`): that year too, unless it is a
# comparison's basis (`比上年增加73家，其中当年新增…`, `较去年`)
_WRITTEN_YEAR = regex.compile(r"(?:19|20)\d\d|[〇○零一二][〇○零一二三四五六七八九]{3}年")
_NAMED_RELATIVE_YEAR = regex.compile(r"(?:今|本|去|上|前)年|过去(?:的)?一年")
_BASIS_BEFORE = ("比", "较", "同", "与", "于")


def _same_year_as(pm: PeriodMatch, before: list[PeriodMatch], norm: str, offset: int, default_year: int | None) -> PeriodMatch:
    """`同年` / `当年` after a year just named (`2024年…`, `去年，…`): that year; with none named,
    the year the text's figures are of (``default_year``), not the reference date's."""
    named = next((p for p in reversed(before) if p.year_resolved and p.first is not None and p.relative is None
                  and p.granularity not in ("day", "week") and _names_year(p, norm, offset)), None)
    y = named.first.year if named is not None else default_year
    if y is None or pm.first is None and pm.start_month is None:
        return pm
    first = pm.first.replace(year=y) if pm.first else None
    last = pm.last.replace(year=y) if pm.last else None
    if first is None and pm.start_month and pm.end_month:
        first = dt.date(y, int(pm.start_month[-2:]), 1)
        last = _last_day(y, int(pm.end_month[-2:]))
    if first is None or last is None:
        return pm
    return pm._replace(first=first, last=last, start_month=first.isoformat()[:7], end_month=last.isoformat()[:7], year_resolved=True)


def _names_year(p: PeriodMatch, norm: str, offset: int) -> bool:
    """``p`` names a year a later `当年` can mean: written out (`2024年`), or relative and not a
    comparison's basis (`去年，…`, not `比上年…`)."""
    if _WRITTEN_YEAR.match(p.text) or p.rule == "year_in_review":
        return True  # (`2024年…`, `数说2024`; not a span of months of no stated year, `1-11月`)
    if not _NAMED_RELATIVE_YEAR.match(p.text):
        return False
    at = p.start - offset
    return not (at > 0 and norm[at - 1] in _BASIS_BEFORE)


def _normalize(text: str):
    from .layout import normalize  # imported late: layout imports nothing of this module

    return normalize(text)


def as_reference_date(value: dt.date | str | None) -> dt.date | None:
    """A caller's reference date as a date: a ``date``, a ``datetime`` or an ISO string (``2025-10-09``).

    Callers in notebooks pass strings; a wrong one is a clear ``ValueError``, never a silent ``None``.
    """
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"reference_date must be an ISO date such as 2025-10-09, not {value!r}") from None
    raise TypeError(f"reference_date must be a date or an ISO date string, not {type(value).__name__}")


def periods(text: str, reference_date: dt.date | str | None = None, default_year: int | None = None) -> list[Period]:
    """Period expressions in ``text`` with spans into ``text`` itself.

    Relative years resolve against ``reference_date``; a yearless 1-4月 takes ``default_year`` or,
    failing that, the reference date's year.

    >>> import datetime as dt
    >>> [(p.text, str(p.start), str(p.end)) for p in periods("前5个月出口增长", dt.date(2025, 6, 10))]
    [('前5个月', '2025-01-01', '2025-05-31')]
    """
    reference_date = as_reference_date(reference_date)
    if not text:
        return []
    nt = _normalize(text)
    if default_year is None and reference_date is not None:
        default_year = reference_date.year
    out = []
    for pm in find_periods(nt.text, reference_date, default_year):
        s, e = nt.to_original(pm.start, pm.end)
        out.append(pm.to_period((s, e), text[s:e]))
    return out
