"""Quantities: a figure plus its unit, currency, approximation word and range, with provenance.

Runs on the *normalised* text (see :mod:`tradeie.layout`): one regex finds each figure
(``百分之`` / ``X分之`` prefix + numeral run, :mod:`tradeie.numbers`), then small anchored lookups
read what surrounds it: a range's second figure, the unit (``patterns/units.yaml``), subunits
(``元3角``), approximation words before and after, a currency prefix.  A left-to-right pass keeps the
running currency (``亿元(人民币,下同)``, ``(以美元计算,…)``).  Figures that are dates, durations,
ordinals, codes, URLs, list numbers or set phrases (``patterns/quantity_negatives.yaml``) are
recognised but withheld, so ``quantities()`` only returns the contract kinds.

    >>> [(q.text, str(q.normalized), q.base_unit, q.approx) for q in quantities("近700万元")]
    [('近700万元', '7000000', 'CNY', 'nearly')]
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, NamedTuple

import regex
from pydantic import BaseModel

from .numbers import Numeral, numeral_pattern, parse_numeral, tables
from .patterns import load_yaml
from .schemas.quantity import Quantity

__all__ = ["QuantityMatch", "find_quantities", "quantities", "is_level_separator", "CONTRACT_KINDS"]

CONTRACT_KINDS = frozenset({"money", "percent", "points", "count", "measure", "number"})
Kind = Literal["money", "percent", "points", "count", "measure", "number", "duration", "date", "ordinal"]


# ---------------------------------------------------------------- pattern data


class _Currency(BaseModel):
    surface: str
    iso: str | None = None
    not_before: str = ""
    pieces_from: Decimal | None = None  # a multiplier from which the word counts pieces (亿块)


class _Prefix(BaseModel):
    surface: str
    iso: str


class _Sub(BaseModel):
    surface: str
    factor: Decimal
    after: list[str]


class _Unit(BaseModel):
    surface: str
    kind: Kind
    base: str | None = None
    factor: Decimal = Decimal(1)
    cjk_digit_ok: bool = True
    not_before: str = ""
    measure_from: Decimal | None = None  # a multiplier from which a duration is a measured total
    reading_above: Decimal | None = None  # above this figure, or with decimals, a clock word reads an index


class _ApproxWord(BaseModel):
    surface: str
    approx: Literal["about", "nearly", "over", "more", "under"]
    not_before: str = ""
    after_guard: str = ""  # a lookbehind the text before a prefix word must pass (`出超` is a surplus)


class _ApproxTable(BaseModel):
    prefix: list[_ApproxWord]
    suffix: list[_ApproxWord]


class _Units(BaseModel):
    currencies: list[_Currency]
    currency_prefixes: list[_Prefix]
    subunits: list[_Sub]
    units: list[_Unit]
    approx: _ApproxTable
    per_units: list[str] = []
    range_separators: list[str]
    moves_before_level: list[str] = []
    level_separators: list[str] = []
    english_scales: dict[str, Decimal] = {}


class _Blocker(BaseModel):
    name: str
    pattern: str
    needs: list[str] = []


class _Negatives(BaseModel):
    blockers: list[_Blocker]
    words: list[str]


def _rx(pattern: str):
    """Compile with the stdlib engine (faster for these short anchored matches and literal
    scans); fall back to ``regex`` for syntax only it knows."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


def _alt(surfaces) -> str:
    return "|".join(regex.escape(s) for s in sorted(set(surfaces), key=len, reverse=True))


def _guarded_alt(words: list[_ApproxWord]) -> str:
    """The words as alternatives, longest first, each behind its own guard."""
    ordered = sorted(words, key=lambda w: len(w.surface), reverse=True)
    return "|".join(f"(?:{w.after_guard}){regex.escape(w.surface)}" if w.after_guard else regex.escape(w.surface) for w in ordered)


@dataclass(frozen=True)
class _Grammar:
    figure: regex.Pattern
    num: re.Pattern  # the plain numeral run (stdlib re: faster to scan); figure only for ratios
    cand: re.Pattern  # a character that can start a figure
    ratio_next: tuple[str, ...]  # what after a numeral run calls for the full figure pattern
    pre_last: frozenset[str]  # last characters of the words read before a figure
    word_digits: frozenset[str]  # Chinese digit characters
    unit: regex.Pattern
    units: dict[str, object]
    currency: regex.Pattern
    currencies: dict[str, _Currency]
    prefix_cur: regex.Pattern
    prefixes: dict[str, str]
    en_scale: regex.Pattern | None
    en_scales: dict[str, Decimal]
    approx_pre: regex.Pattern
    approx_suf: regex.Pattern
    approx: dict[str, _ApproxWord]
    sep: regex.Pattern
    move_before: regex.Pattern  # a change verb before `A至B` whose B is the level reached
    level_sep: regex.Pattern
    per: regex.Pattern  # `/吨` after a unit: what it is per
    sub: regex.Pattern
    subs: dict[str, _Sub]
    kw: regex.Pattern
    blockers: list[tuple[regex.Pattern, tuple[str, ...]]]  # (pattern, literals one of which it needs)
    state: regex.Pattern


@functools.cache
def grammar() -> _Grammar:
    u = load_yaml("units.yaml", _Units)
    neg = load_yaml("quantity_negatives.yaml", _Negatives)
    num = numeral_pattern()
    t = tables()
    first = regex.escape("".join([*t.digits, *t.small_units, *t.big_units, *t.tens, *t.vague_digits, "负負-−."]))
    figure = regex.compile(
        rf"(?=[0-9{first}])"
        rf"(?:(?P<whole>{num})又(?={num}分之))?"
        rf"(?P<ratio>(?:(?P<pneg>负|負|-))?(?P<pct>[百佰])分之|(?P<den>{num}|[万萬亿億]{{1,2}})分之)?(?P<num>{num})"
    )
    units: dict[str, object] = {c.surface: c for c in u.currencies}
    for x in u.units:
        units.setdefault(x.surface, x)
    for bad in [x for x in units if not x]:
        raise ValueError(f"units.yaml: empty unit surface {bad!r}")
    # compiled one by one: a single alternation of them defeats the regex engine's literal scans
    blockers = []
    for b in neg.blockers:
        try:
            blockers.append((regex.compile(b.pattern), tuple(b.needs)))
        except regex.error as ex:  # pragma: no cover - data error
            from .errors import PatternDataError

            raise PatternDataError(f"quantity_negatives.yaml: entry {b.name}: bad pattern: {ex}") from ex
    blockers.append((_rx(_alt(neg.words)), ()))
    cur_alt = _alt(c.surface for c in u.currencies)
    return _Grammar(
        figure=figure,
        num=re.compile(num),
        cand=re.compile(rf"[0-9{first}]"),
        ratio_next=("又", "分之"),
        pre_last=frozenset(x.surface[-1] for x in [*u.currency_prefixes, *u.approx.prefix]),
        word_digits=frozenset(t.digits),
        unit=_rx(_alt(units)),
        units=units,
        currency=_rx(cur_alt),
        currencies={c.surface: c for c in u.currencies},
        prefix_cur=_rx(rf"(?:{_alt(p.surface for p in u.currency_prefixes)})\Z"),
        prefixes={p.surface: p.iso for p in u.currency_prefixes},
        en_scale=_rx(rf"\s?(?:{_alt(sorted(u.english_scales, key=len, reverse=True))})(?![A-Za-z])") if u.english_scales else None,
        en_scales=dict(u.english_scales),
        approx_pre=_rx(rf"(?:{_guarded_alt(u.approx.prefix)})\Z"),
        approx_suf=_rx(_alt(a.surface for a in u.approx.suffix)),
        approx={a.surface: a for a in u.approx.prefix + u.approx.suffix},
        sep=_rx(_alt(u.range_separators)),
        move_before=_rx(rf"(?:{_alt(u.moves_before_level)})了?\Z") if u.moves_before_level else _rx(r"(?!)"),
        level_sep=_rx(_alt(u.level_separators)) if u.level_separators else _rx(r"(?!)"),
        per=_rx(rf"/(?:{_alt(u.per_units)})(?![A-Za-z])") if u.per_units else _rx(r"(?!)"),
        sub=_rx(rf"(?P<you>又)?(?P<d>[0-9{''.join(tables().digits)}])(?P<u>{_alt(s.surface for s in u.subunits)})"),
        subs={s.surface: s for s in u.subunits},
        kw=_rx(r"[kKwW](?![A-Za-z])"),
        blockers=blockers,
        state=regex.compile(
            # (`(澳門元‧下同)`: a dot between the currency and 下同)
            # (the lookahead lets ``regex`` skip to a `(` or `以`: the optional bracket opening the
            # second branch would otherwise make every character of a document a start to try)
            rf"(?=[(以])(?:\((?P<tq>{cur_alt})[,、·‧・]?下同\)|(?P<paren>\()?以(?P<sw>{cur_alt})(?:计价|计算|计)|(?P<same>\(下同\)))"
        ),
    )


# ---------------------------------------------------------------- matches


_BARE_AMOUNT_MIN = Decimal(10000)  # a 万 or 亿 figure in brackets may be an amount whose 元 is left out
_BARE_MULTIPLIERS = frozenset(("万", "亿", "万亿", "千万", "百万"))


class QuantityMatch(NamedTuple):
    """One quantity found in normalised text (offsets index the normalised string).

    A named tuple rather than a frozen dataclass: just as immutable, and built several times
    faster (a frozen dataclass sets each of its twelve fields through ``object.__setattr__``),
    which counts when a document holds tens of thousands of figures."""

    start: int
    end: int
    number: Decimal
    multiplier: Decimal
    normalized: Decimal
    unit: str | None
    base_unit: str | None
    kind: str
    approx: str | None
    rule: str
    low: Decimal | None = None
    high: Decimal | None = None


_KW_END = re.compile(r" ?([kKM])(?=\Z|[\s,;:!?。)\]])")
_SENT_END = "。!?;\n"
_OPEN = set("\n,;:、。!?()《》“”\"'‘’[]【】 ·●•…")


def _delimited(text: str, s: int, e: int) -> bool:
    """A lone figure standing as its own token (start/end or punctuation on both sides)."""
    before = text[s - 1] if s > 0 else "\n"
    after = text[e] if e < len(text) else "\n"
    if after == "、" and before in "\n(":  # 一、 list numbering
        return False
    if before == "(" and after == ")":  # (一)
        return False
    return (before in _OPEN or before in _LONE_BEFORE) and (after in _OPEN or after in _LONE_AFTER)


# a lone word numeral also stands alone after 是/前 and before 的/这/那/不/而/却 (答案是四不是五, 前三的)
_LONE_BEFORE = frozenset("是前")
_LONE_AFTER = frozenset("、的这那不而却這")


# how far apart a range's ends may be before `增加A至B` reads as a change and the level reached
LEVEL_RATIO = 3


def _move_to_level(g: _Grammar, text: str, s: int, sep, low: Decimal, high: Decimal) -> bool:
    """`增加96家至1268家`, `上升2.9点至52.4点`: after a change verb, `A至B` with B far beyond A is
    the change and the level it reached, not a range (`增长5%至8%` stays one)."""
    return g.level_sep.fullmatch(sep.group()) is not None and _after_move(g, text, s) and low > 0 and high > low * LEVEL_RATIO


def _after_move(g: _Grammar, text: str, s: int) -> bool:
    """The figure at ``s`` follows a change verb (`增加`, `上升了`)."""
    return g.move_before.search(text, max(0, s - 4), s) is not None


def is_level_separator(words: str) -> bool:
    """``words`` join a change and the level it reached (`至`, `到`): the assembly stage pairs
    `上升2.9点至52.4点` as one metric with the same data."""
    return grammar().level_sep.fullmatch(words) is not None


def _read_unit(g: _Grammar, text: str, p: int):
    """The unit at ``p`` (longest surface, vetoed by its not_before characters) or None."""
    m = g.unit.match(text, p)
    if m is None and text.startswith(_SPACED_PERCENT, p):
        m = g.unit.match(text, p + 1)  # `增长 9.5 %`: a web page's space before the sign
    while m:
        surface = m.group()
        spec = g.units[surface]
        nxt = text[m.end()] if m.end() < len(text) else ""
        if nxt and nxt in spec.not_before:
            # a shorter surface that is also a unit is not wanted (个百分点 -> 个), but a date's
            # is (`5日圆满闭幕`: the 5th, then 圆满, no yen)
            short = next((surface[:k] for k in range(len(surface) - 1, 0, -1)
                          if getattr(g.units.get(surface[:k]), "kind", None) == "date"), None)
            if short is not None:
                return short, g.units[short], m.start() + len(short)
            m = None
            break
        return surface, spec, m.end()
    return None


_SPACED_PERCENT = (" %", " ‰")


def _unit_kind(spec) -> str:
    return "money" if isinstance(spec, _Currency) else spec.kind


class _Fig:
    """One figure: the plain numeral run, plus the full figure match when it has a ratio prefix
    (百分之四十, 三分之一, 三又三分之一)."""

    __slots__ = ("s", "e", "raw", "m", "frac")

    def __init__(self, s: int, e: int, raw: str, m, frac: tuple[str | None, str, str] | None = None) -> None:
        self.s, self.e, self.raw, self.m, self.frac = s, e, raw, m, frac


_RATIO_ONLY_START = frozenset("万萬亿億")
# 3/5, -3/2, and 1 3/5 (a whole number, one space, a fraction): at most three digits on each
# side, so law numbers (2018/1725号) and dates (2024/5) stay out
_SLASH_INT = re.compile(r"-?\d{1,3}")
_SLASH = re.compile(r"/(\d{1,3})(?![\d/.])")
_MIXED = re.compile(r" (\d{1,3})/(\d{1,3})(?![\d/.])")
_ARABIC_HEAD = re.compile(r"-?(?:\d[\d,]*)?\d(?:\.\d+)?")


def _figure_at(g: _Grammar, text: str, p: int, endpos: int | None = None) -> _Fig | None:
    """The figure starting at ``p``.  The plain numeral is tried first (nearly every figure);
    the full pattern with its ratio alternatives only when 又/分之 follows or 万分之 starts."""
    end = len(text) if endpos is None else endpos
    nm = g.num.match(text, p, end)
    if nm is not None:
        e = nm.end()
        if not text.startswith(g.ratio_next, e, end):
            raw = nm.group()
            if e < end and text[e] in "/ " and _SLASH_INT.fullmatch(raw):
                fm = _SLASH.match(text, e, end)
                if fm and (p == 0 or text[p - 1] not in "/0123456789."):
                    return _Fig(p, fm.end(), raw, None, (None, raw, fm.group(1)))
                fm = _MIXED.match(text, e, end)
                if fm and (p == 0 or text[p - 1] not in "/0123456789."):
                    return _Fig(p, fm.end(), raw, None, (raw, fm.group(1), fm.group(2)))
            return _Fig(p, e, raw, None)
    elif text[p] not in _RATIO_ONLY_START:
        return None
    m = g.figure.match(text, p, end)
    if m is None:
        return None
    if m.group("ratio") is None:
        return _Fig(p, m.end(), m.group("num"), None)
    return _Fig(p, m.end(), m.group("num"), m)


def _figure_value(f: _Fig) -> tuple[Numeral, str, str | None]:
    """Parse the figure; returns the numeral, the kind hint from a ratio prefix, and its base."""
    m = f.m
    if f.frac is not None:
        whole, num, den = f.frac
        if int(den) == 0:
            raise ValueError("zero denominator")
        from decimal import localcontext

        with localcontext() as ctx:
            ctx.prec = 15
            v = Decimal(num) / Decimal(den)
            if whole is not None:
                w = Decimal(whole)
                v = w - v if whole.startswith("-") else w + v
        return Numeral(v, v, Decimal(1), "", None, True), "ratio", None
    if m is None:
        return parse_numeral(f.raw), "", None
    n = parse_numeral(f.raw)
    if m.group("pct"):
        v = -n.value if m.group("pneg") else n.value
        return Numeral(v, v, Decimal(1), "", n.approx, True), "percent", "%"
    if m.group("den") is not None:
        d = m.group("den")
        if all(c in tables().big_units for c in d):  # 万分之三 / 万万分之七
            v = Decimal(1)
            for c in d:
                v *= tables().big_units[c]
            dn = Numeral(v, v, Decimal(1), "", None, False)
        else:
            dn = parse_numeral(d)
        den = dn.value
        if den == 0:
            raise ValueError("zero denominator")
        if not dn.has_digit and not m.group("whole"):
            # 千分之2.4 / 万分之三: spelled-out shares, expressed in percent (0.24 %, 0.03 %)
            k = Decimal(100) / den
            return Numeral(n.value * k, n.value, k, "", n.approx, True), "percent", "%"
        from decimal import localcontext

        with localcontext() as ctx:
            ctx.prec = 15
            v = n.value / den
            if m.group("whole"):  # 三百五又三分之一
                w = parse_numeral(m.group("whole")).value
                v = w - v if w < 0 else w + v
        return Numeral(v, v, Decimal(1), "", n.approx, True), "ratio", None
    return n, "", None


_ANY_DIGIT = re.compile(r"\d").search


def _is_cjk_only(s: str) -> bool:
    return _ANY_DIGIT(s) is None


def find_quantities(
    norm: str, *, include_withheld: bool = False, bare_cjk: bool = False, list_commas: frozenset[int] = frozenset(),
    home_currency: str = "CNY",
) -> list[QuantityMatch]:
    """Every quantity in the normalised text ``norm``, in order.

    ``include_withheld`` also returns dates, durations and ordinals (kinds outside the contract);
    ``bare_cjk`` accepts a lone Chinese numeral with no unit anywhere (used by :func:`parse_number`);
    ``list_commas``: positions of commas that separate list items, never thousands (the original
    text had a space after them: ``1, 234, 567``); ``home_currency``: the ISO code a bare 元 means
    until the text declares another (HKD in Hong Kong's own releases).
    """
    g = grammar()
    if not norm:
        return []
    blocked = sorted(
        (m.start(), m.end())
        for b, needs in g.blockers
        if not needs or any(x in norm for x in needs)
        for m in b.finditer(norm)
    )
    bi = 0
    # currency state events (position -> action)
    events = [(m.start(), m) for m in g.state.finditer(norm)] if ("下同" in norm or "以" in norm) else []
    ei = 0
    default_iso = home_currency
    declared = False  # a currency declared for the figures after it (`11.7亿澳门元(下同)`)
    # declared on a figure with no 元 (`42.86亿(美元,下同)`): it holds for figures written the same
    # way, while a later `亿元` (a national figure in another article) is still the home currency
    bare_only = False
    if (note := _AMOUNT_CURRENCY_NOTE.search(norm)) is not None and (cur := g.currencies.get(note.group("c"))) is not None:
        # `金额单位除特别注明外均为美元`, `（以上为货物出口总值，单位：澳门币）`: the document's
        # amounts written without 元 (`出口额：3.42亿`) are in that currency
        default_iso, declared, bare_only = cur.iso or "CNY", True, True
    override: tuple[str, int] | None = None
    out: list[QuantityMatch] = []
    pos = 0
    cand = g.cand.search
    n_text = len(norm)
    at = 0
    while at < n_text:
        cm = cand(norm, at)
        if cm is None:
            break
        s = cm.start()
        f = _figure_at(g, norm, s)
        if f is None:
            at = s + 1
            continue
        e = at = f.e
        if s < pos:
            continue
        if f.m is None and "," in f.raw:
            cut = _comma_break(g, norm, f, list_commas)
            if cut is not None:
                f = _figure_at(g, norm, s, cut)
                at = cut
                if f is None:
                    continue
                e = f.e
        # currency state up to this figure
        while ei < len(events) and events[ei][0] <= s:
            ev = events[ei][1]
            if ev.group("same"):
                # `11.7亿澳门元(下同)`: the currency just written holds from here on
                if out and out[-1].kind == "money" and 0 <= ev.start() - out[-1].end <= 1 and out[-1].base_unit:
                    default_iso = out[-1].base_unit.split("/")[0]
                    declared, bare_only = True, False
            elif ev.group("tq"):
                iso = g.currencies[ev.group("tq")].iso or "CNY"
                default_iso = iso
                declared = True
                bare_only = False
                if out and 0 <= ev.start() - out[-1].end <= 1:
                    if out[-1].kind == "money":
                        out[-1] = out[-1]._replace(base_unit=iso)
                    elif _bare_amount(out[-1]):  # `42.86亿(美元,下同)`: this figure is the first such amount
                        out[-1] = _as_money(out[-1], iso)
                        bare_only = True
            elif ev.group("sw"):
                iso = g.currencies[ev.group("sw")].iso or "CNY"
                stop_chars = ")" if ev.group("paren") else "。\n"
                stop = min((x for x in (norm.find(c, ev.end()) for c in stop_chars) if x >= 0), default=len(norm))
                if "下同" in norm[ev.end() : stop]:  # (以美元计算,下同): from here on
                    default_iso, bare_only, declared = iso, False, True
                    if out and out[-1].kind == "money" and 0 <= ev.start() - out[-1].end <= 1 and (out[-1].unit or "").lstrip("千百万亿") == "元":
                        out[-1] = out[-1]._replace(base_unit=iso)  # `4,128亿元(以港元计,下同)`: this figure too
                else:
                    override = (iso, stop)
            ei += 1
        if override and s >= override[1]:
            override = None
        q = _resolve(g, norm, f, bare_cjk)
        for cut in (1, 2):  # 五十千 / 两百点两: retry without the characters that broke the figure
            if q is not _FAILED or e - cut <= s:
                break
            f = _figure_at(g, norm, s, e - cut)
            q = _resolve(g, norm, f, bare_cjk) if f else None
        if q is _FAILED:  # 667.123五点八: an Arabic figure running into a word numeral is two figures
            hm = _ARABIC_HEAD.match(norm, s, e)
            if hm and hm.end() < e and norm[hm.end()] in g.word_digits:
                f = _figure_at(g, norm, s, hm.end())
                q = _resolve(g, norm, f, bare_cjk) if f else None
                at = hm.end()
        if q is None or q is _FAILED:
            continue
        qm, end_used, bare_money = q
        # blockers (codes, URLs, phone numbers, set phrases …)
        while bi < len(blocked) and blocked[bi][1] <= qm.start:
            bi += 1
        if any(bs < qm.end and be > qm.start for bs, be in blocked[bi : bi + 4]):
            pos = max(pos, e)
            continue
        # `再出口货值(10.2亿)上升13.4%`, `进口总值为128.54亿` under `11.7亿澳门元(下同)`: an amount
        # in the declared currency, its 元 left unwritten; so are the items listed after such an
        # amount (`分别为13.95亿、3.62亿、6.61亿`)
        unit_unwritten = declared and _bare_amount(qm) and not _UNIT_AFTER_BREAK.match(norm, qm.end) and (
            (norm[qm.start - 1 : qm.start] == "(" and norm[qm.end : qm.end + 1] == ")")
            or _AMOUNT_LEAD.search(norm, max(0, qm.start - 2), qm.start) is not None
            or norm.endswith("下同)", 0, qm.start)  # `离岸执行额(以美元计,下同)12.4亿`
            or (bool(out) and out[-1].kind == "money" and out[-1].unit == qm.unit + "元"
                and _LIST_JOIN.fullmatch(norm, out[-1].end, qm.start) is not None)
        )
        if unit_unwritten:
            qm = qm._replace(kind="money", unit=qm.unit + "元")
            bare_money = True
        if bare_money:
            iso = override[0] if override else (home_currency if bare_only and not unit_unwritten else default_iso)
            per = qm.unit.find("/") if qm.unit else -1
            qm = qm._replace(base_unit=iso + qm.unit[per:] if per >= 0 else iso)
        pos = end_used
        if qm.kind in CONTRACT_KINDS or include_withheld:
            out.append(qm)
    out = _declared_block_units(norm, out) if "单位" in norm else out
    return _level_units(g, norm, _share_list_units(norm, out))


# a block's unit line (`（单位：万美元，下同）`) over `label：figure` lines with bare figures
_UNIT_DECLARED = re.compile(r"[(（]?单位\s*[:：]\s*(?P<u>[^,，;；)）\n\s]{1,6})(?:\s*[,，]\s*下同)?[)）]?[ \t]*(?=\n)")
_VALUE_CLOSE = frozenset((",", "，", ";", "；", "\n", ""))  # what closes a line's figure (not `注：1.`)
_BLOCK_END = re.compile(r"。|\n[ \t]*【|\n[ \t]*\n[ \t]*\n")


def _declared_block_units(norm: str, out: list[QuantityMatch]) -> list[QuantityMatch]:
    """Give the bare figures of `label：figure` lines the unit their block's unit line declares
    (`（单位：万美元，下同）` over `一、服务外包合同额：198,436.2，同比增长9.4%`), up to the block's
    end: prose (a sentence's full stop), a bracketed heading or two blank lines."""
    starts = [q.start for q in out]  # (in order: the figures of a block are found by position)
    for m in _UNIT_DECLARED.finditer(norm):
        template = _unit_template(m.group("u"))
        if template is None:
            continue
        end = (b.start() if (b := _BLOCK_END.search(norm, m.end())) else len(norm))
        i = bisect.bisect_left(starts, m.end())
        while i < len(out) and out[i].start < end:
            q = out[i]
            if (
                q.kind == "number" and not q.unit and q.low is None
                and norm[q.start - 1 : q.start] in (":", "：") and norm[q.end : q.end + 1] in _VALUE_CLOSE
            ):
                out[i] = _with_unit_of(q, template)
            i += 1
    return out


@functools.cache
def _unit_template(unit: str) -> QuantityMatch | None:
    """A figure of one in ``unit`` (`万美元`), whose unit a bare figure takes; None when ``unit``
    is no unit (`单位：家` is one, `单位：个人` is not)."""
    found = find_quantities("1" + unit)
    return found[0] if len(found) == 1 and found[0].unit == unit and found[0].kind != "number" else None


def _level_units(g: _Grammar, norm: str, out: list[QuantityMatch]) -> list[QuantityMatch]:
    """Give a bare figure the unit of the move it ends (`按季上升2.9點至52.4`: the index reached
    52.4 points): the writer states the unit once, on the change."""
    for i in range(1, len(out)):
        q, b = out[i - 1], out[i]
        if (
            b.kind == "number" and not b.unit and b.low is None and q.kind in _SHARED_UNIT_KINDS and q.kind != "percent"
            and q.number and norm[b.start : b.end][:1].isdigit()
            and g.level_sep.fullmatch(norm, q.end, b.start) is not None and _after_move(g, norm, q.start)
        ):
            out[i] = _with_unit_of(b, q)
    return out


def _with_unit_of(b: QuantityMatch, q: QuantityMatch) -> QuantityMatch:
    """The bare figure ``b`` in the unit (and multiplier) the writer gave ``q``."""
    return b._replace(unit=q.unit, base_unit=q.base_unit, kind=q.kind, multiplier=q.multiplier,
                      normalized=b.number * (q.normalized / q.number), rule="shared_unit")


def _bare_amount(q: QuantityMatch) -> bool:
    """A figure with a multiplier and no unit (`42.86亿`): an amount once a currency is declared."""
    return q.kind == "number" and q.unit in _BARE_MULTIPLIERS and q.multiplier >= _BARE_AMOUNT_MIN


def _as_money(q: QuantityMatch, iso: str) -> QuantityMatch:
    """The bare amount ``q`` in currency ``iso``, its 元 left unwritten."""
    return q._replace(kind="money", unit=q.unit + "元", base_unit=iso)


# what an amount follows: `进口总值为…亿`, `逆差额…亿`, `对RCEP其他成员国执行2.87亿`
_AMOUNT_LEAD = re.compile(r"(?:为|达|值|额|执行|签约|实现|完成|出口|进口|收入|支出|成交)$|[\u4e00-\u9fff]:$")
# a note naming the currency of the amounts written without one
_AMOUNT_CURRENCY_NOTE = re.compile(
    r"单位[^。\n:]{0,12}?(?:均|皆)?(?:为|是|:)\s*(?P<c>美元|人民币|港元|港币|澳门元|澳门币|欧元|日元)(?![\d亿万千百元])"
)
# the unit written after a line break inside the figure (`出口 1.15 亿\n\n元`): joined later, not unwritten
_UNIT_AFTER_BREAK = re.compile(r"\s+[元美欧日港英澳新台]")
_LIST_JOIN = re.compile(r"\s*(?:、|和|及|与|以及)\s*")
_SHARED_UNIT_KINDS = frozenset(("percent", "points", "money", "measure", "count"))


def _share_list_units(norm: str, out: list[QuantityMatch]) -> list[QuantityMatch]:
    """Give bare figures listed before a figure with its unit that unit (`上升0.4和0.3个百分点`,
    `分别增长3.6、7.1和8.4%`, `分别为3.2、4.5和6.1亿元`, `2236、2014和1217亿千瓦时`): the writer
    states it once, at the end.

    Only figures joined by 、/和/及/与 (never a comma, which closes a clause) and written in
    Arabic digits, so `一和二` or a year stay as they are."""
    for i in range(len(out) - 1, 0, -1):
        q = out[i]
        if q.kind not in _SHARED_UNIT_KINDS or q.low is not None or q.number == 0:
            continue
        j = i - 1
        while j >= 0:
            b = out[j]
            # (`分别为523.6万、417.2万和286.9万人次`: a multiplier written each time, the unit once)
            multiplied = b.unit in _BARE_MULTIPLIERS and q.unit is not None and q.unit.startswith(b.unit) and q.unit != b.unit
            if b.kind != "number" or (b.unit and not multiplied) or b.low is not None or not norm[b.start : b.end][:1].isdigit():
                break
            if not _LIST_JOIN.fullmatch(norm, b.end, out[j + 1].start):
                break
            out[j] = _with_unit_of(b, q)
            j -= 1
    return out


_FAILED = "failed"


def _comma_break(g: _Grammar, text: str, f: _Fig, list_commas: frozenset[int]) -> int | None:
    """Where a figure with thousands commas must end instead: at a list comma, or at its first
    comma when a currency is written both before and after it ($20,300美元 is $20 and 300美元)."""
    commas = [f.s + i for i, c in enumerate(f.raw) if c == ","]
    for c in commas:
        if c in list_commas:
            return c
    s = f.s
    pre = g.prefix_cur.search(text, max(0, s - 6), s) if s and text[s - 1] in g.pre_last else None
    if pre and not _HAN_CHAR.match(pre.group()):
        # a symbol before and a currency word after (`$20，300美圆`): two prices; a word before
        # names which 元 the figure is in (`人民币3,217.6亿元` is one amount)
        u = _read_unit(g, text, f.e)
        if u and isinstance(u[1], _Currency):
            return commas[0]
    return None


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_LONE_FINANCIAL = frozenset("拾佰仟")


def _shared_place(first: str, second: str, n2: Numeral) -> Decimal:
    """The place unit a range's bare first digit borrows from its second figure.

    ``两到三千`` and ``三至五百万`` write the place (百 or 千) once, on the second figure; a first
    figure that is one Chinese digit below the second's takes it too (``三到三十`` keeps 3).
    1 when nothing is shared."""
    t = tables()
    if len(first) != 1 or first not in t.digits or len(second) < 2 or second[0] not in t.digits:
        return Decimal(1)
    place = t.small_units.get(second[1])
    if place not in (100, 1000) or t.digits[first] >= t.digits[second[0]]:
        return Decimal(1)
    return Decimal(place)


def _resolve(g: _Grammar, text: str, f: _Fig, bare_cjk: bool):
    """Read one figure and its surroundings; None when it is no quantity."""
    s, e, raw = f.s, f.e, f.raw
    if f.m is None and len(raw) > 1 and raw[-1] in "千仟" and raw[-2].isdigit() and (u := _read_unit(g, text, e - 1)) and len(u[0]) > 1:
        # `3千瓦时`, `300千瓦`, `5千克`: the 千 opens the unit, not a multiplier of the figure
        f = _Fig(s, e - 1, raw[:-1], None, f.frac)
        s, e, raw = f.s, f.e, f.raw
    try:
        n, hint, hint_base = _figure_value(f)
    except (ValueError, ArithmeticError):
        return _FAILED
    rule = "figure"
    p = e
    number, mult, mult_text = n.core, n.multiplier, n.mult_text
    approx = n.approx
    # 15k / 30w after an Arabic figure, only when a unit, approximation or range follows
    kw = g.kw.match(text, p) if not hint and raw[-1:].isdigit() else None
    if kw:
        after = kw.end()
        if g.unit.match(text, after) or g.approx_suf.match(text, after) or g.sep.match(text, after):
            k = Decimal(1000) if kw.group() in "kK" else Decimal(10000)
            mult, mult_text, p = mult * k, mult_text + kw.group(), after
    if p == e and not hint and p < len(text) and text[p] in " kKM" and raw[-1:].isdigit():
        # 40k / -2.5 M closing a figure that stands alone (then a clause ends, not 4K、8K)
        kw = _KW_END.match(text, p)
        if kw:
            k = Decimal(1000) if kw.group(1) in "kK" else Decimal(1000000)
            mult, mult_text, p = mult * k, mult_text + kw.group(1), kw.end()
    low = high = None
    unit = _read_unit(g, text, p) if hint != "percent" else None
    # range: figure [unit] [(含)] sep figure [unit]
    q = unit[2] if unit else p
    if text.startswith("(含)", q):
        q += 3
    sm = g.sep.match(text, q) if not hint else None
    m2 = _figure_at(g, text, sm.end()) if sm and sm.end() < len(text) else None
    if m2 and m2.m is None and m2.frac is None and m2.raw[:1] not in "-负負−":
        try:
            n2 = parse_numeral(m2.raw)
        except (ValueError, ArithmeticError):
            n2 = None
        unit2 = _read_unit(g, text, m2.e) if n2 is not None else None
        if unit2 and n2 is not None and _move_to_level(g, text, s, sm, n.value, n2.value):
            unit2 = None  # `增加96家至1268家`: the change, then the level it reached
        if unit2 and (unit is None or _unit_kind(unit[1]) == _unit_kind(unit2[1])):
            place = _shared_place(raw, m2.raw, n2)
            if place > 1:
                # 两到三仟 -> 2000 to 3000: the second figure's place unit is the first's too
                number, n = n.value * place, n._replace(value=n.value * place, core=n.value * place)
            if n2.mult_text and not any(c in mult_text for c in "万萬亿億兆") and n.value <= n2.core:
                # 两到三万 -> 2万, 一千到两千万 -> 1000万, but 从8500到3万 stays 8500
                number, mult, mult_text = n.value, n2.multiplier, n2.mult_text
            low, high = number * mult, n2.value
            unit, p, rule = unit2, unit2[2], "range"
            approx = approx or n2.approx
    if low is None and unit:
        p = unit[2]
    if low is None and n.high is not None:
        low, high, rule = n.value, n.high, "range"
        number, mult = n.value, Decimal(1)
        mult_text = ""
    # money: a second currency after 元 overrides it (三万元欧元, 9000元日币), subunits, 整
    kind, base, factor, bare_money = "number", None, Decimal(1), False
    surface = unit[0] if unit else ""
    spec = unit[1] if unit else None
    if hint == "percent":
        kind, base, rule = "percent", hint_base, "percent_of"
        surface = f.m.group("ratio")
        number, mult, mult_text = n.core, n.multiplier, ""
    elif hint == "ratio":
        kind, base, rule = "number", None, "fraction"
    elif isinstance(spec, _Currency) and spec.pieces_from is not None and mult >= spec.pieces_from:
        kind, base = "count", spec.surface  # `集成电路产量3193亿块`: chips, not yuan
    elif isinstance(spec, _Currency):
        kind, rule = "money", rule if rule == "range" else "money"
        base = spec.iso
        c2 = g.currency.match(text, p)
        if c2 and g.currencies[c2.group()].iso:
            base = g.currencies[c2.group()].iso
            surface += c2.group()
            p = c2.end()
        if base is None:
            bare_money = True
        if mult == 1 and low is None:
            number, p = _subunits(g, text, p, surface, number)
        if text.startswith(("整", "正"), p) and surface in ("元", "圆"):
            p += 1
        if text.startswith("钱", p) and surface in ("块", "元"):
            p += 1
    elif spec is not None and spec.kind == "duration" and spec.measure_from is not None and mult >= spec.measure_from:
        kind, base = "measure", spec.surface  # `通话时长1.49万亿分钟`: a measured total, not a span
    elif spec is not None and spec.reading_above is not None and (number * mult > spec.reading_above or number != number.to_integral_value()):
        kind, base = "measure", spec.surface  # `SCFI报1193.42点`: an index reading, not a clock hour
    elif spec is not None:
        kind, base, factor = spec.kind, spec.base, spec.factor
        if spec.surface == "成" and number > 10:
            return None  # 12成 is not a share
        if spec.surface == "折":
            if not (0 < number < 100) or number == 10:
                return None
            factor = Decimal(10) if number < 10 else Decimal(1)  # 7.5折 = 75 %, 75折 = 75 %
        if kind in ("count", "measure") and spec.factor != 1:
            pass
    if kind in ("money", "measure", "count") and low is None and p < len(text) and text[p] == "/":
        pm = g.per.match(text, p)
        if pm:
            # `4128.5元/吨`: a price per ton (the running currency is filled in for a bare 元 later)
            surface += pm.group()
            base = base + pm.group() if base else None
            p = pm.end()
    # approximation words
    pre_start = s
    ap = None
    if s and text[s - 1] in g.pre_last:  # most figures have no word before them to look up
        window = text[max(0, s - 6) : s]
        cur_pre = g.prefix_cur.search(window)
        if cur_pre and kind in ("number", "money") and hint == "":
            iso = g.prefixes[cur_pre.group()]
            if kind == "number" or bare_money or base == iso:
                kind, base, bare_money = "money", iso, False
                if not surface:
                    rule = "money_prefix"
                    if mult == 1 and not mult_text and g.en_scale is not None and (sc := g.en_scale.match(text, p)) is not None:
                        # `USD 56.8m`, `RMB 8.36bn`: an English scale after a currency code's figure
                        mult, mult_text, p = g.en_scales[sc.group().strip()], sc.group(), sc.end()
                pre_start = s - len(cur_pre.group())
                window = text[max(0, pre_start - 6) : pre_start]
        ap = g.approx_pre.search(window)
    if ap:
        approx = g.approx[ap.group()].approx
        pre_start -= len(ap.group())
    elif text.startswith("从", s - 1) and rule == "range":
        pre_start = s - 1
    sx = g.approx_suf.match(text, p)
    if sx:
        w = g.approx[sx.group()]
        nxt = text[sx.end()] if sx.end() < len(text) else ""
        if not (nxt and nxt in w.not_before):
            approx = approx or w.approx
            p = sx.end()
    # ---- filters: what is recognised but not a quantity
    cjk_only = _is_cjk_only(raw)
    if raw in _LONE_FINANCIAL and kind not in ("money", "number"):
        return None  # 拾起 / 佰: a financial place unit alone is a word, not a figure
    if kind in ("duration", "date", "ordinal"):
        pass
    elif text.endswith(("第", "总第"), 0, s) or (s > 0 and text[s - 1] == "第"):
        kind = "ordinal"
    elif kind == "number" and not hint and not surface:
        if cjk_only:
            standalone = _delimited(text, pre_start, p)
            rich = n.has_digit and (n.value >= 100 or "点" in raw or "點" in raw) and len(raw) > 1
            if not (bare_cjk or standalone or (rich and not approx)):
                return None
            if not n.has_digit and not bare_cjk and len(raw) < 2:
                return None
        else:
            nxt = text[p] if p < len(text) else ""
            prv = text[pre_start - 1] if pre_start > 0 else ""
            if (nxt.isascii() and nxt.isalpha()) or nxt == "_" or (prv.isascii() and (prv.isalpha() or prv == "_")):
                return None
            if prv in "\n(" or pre_start == 0:
                if nxt and nxt in ".、)" and not text[p + 1 : p + 2].isdigit() and not mult_text:
                    return None  # 1. / 1、 / (1) list numbering (not `(10.2亿)`)
            if (pre_start == 0 or prv == "\n") and (p >= len(text) or text[p] == "\n") and raw.isdigit() and len(raw) <= 3 and 0 < pre_start + len(text) - p:
                return None  # a paragraph that is only a small number: a page number
            if nxt and nxt in "-—" and (pre_start == 0 or prv in "\n-— ") :
                return None  # - 3 - page footer
    elif cjk_only and not n.has_digit and kind not in ("money", "percent") and not approx and len(raw) < 2:
        return None  # 千家万户 / 百家争鸣: a place unit alone is no figure
    elif cjk_only and kind in ("count", "measure") and spec is not None and not spec.cjk_digit_ok and rule != "range":
        if n.value < 10 and not any(c in raw for c in "十拾百佰千仟万萬亿億") and not approx:
            return None  # 一个 / 两家 / 三项: a phrase, not a statistic
    if spec is not None and getattr(spec, "surface", "") == "折":
        pass
    # percent units with factor (三成 = 30 %)
    total_mult = mult * factor
    normalized = number * total_mult
    if low is not None:
        low_n = low * factor
        high_n = high * factor
        normalized = low_n
        low, high = low_n, high_n
    unit_text = (mult_text + surface) if (mult_text or surface) else None
    if hint == "percent":
        unit_text = surface
    qm = QuantityMatch(
        start=pre_start,
        end=p,
        number=number,
        multiplier=total_mult,
        normalized=normalized,
        unit=unit_text,
        base_unit=base,
        kind=kind,
        approx=approx,
        rule=rule,
        low=low,
        high=high,
    )
    return qm, p, bare_money


def _subunits(g: _Grammar, text: str, p: int, surface: str, number: Decimal) -> tuple[Decimal, int]:
    """元/块 followed by 角/毛/分 (123元1角1分 -> 123.11)."""
    last = surface
    digits = tables().digits
    while True:
        sm = g.sub.match(text, p)
        if not sm:
            return number, p
        spec = g.subs[sm.group("u")]
        if not any(last.endswith(a) for a in spec.after):
            return number, p
        d = sm.group("d")
        v = Decimal(d) if d.isdigit() else Decimal(digits[d])
        number += v * spec.factor
        p, last = sm.end(), sm.group("u")


# ---------------------------------------------------------------- public API


def _normalize(text: str):
    from .layout import normalize  # imported late: layout imports nothing of this module

    return normalize(text)


_DIGIT_COMMA = re.compile(r"\d,(?=\d)")
_SPACED_COMMA = re.compile(r"\d\s*[,，]\s")


def _list_commas(text: str, norm) -> frozenset[int]:
    """Normalised positions of the commas between digits that had a space after them in the
    original (``1, 234, 567``): normalisation drops the space, yet it marks a list, not thousands."""
    if _SPACED_COMMA.search(text) is None:
        return frozenset()
    out = set()
    for m in _DIGIT_COMMA.finditer(norm.text):
        i = m.start() + 1
        _, oe = norm.to_original(i, i + 1)
        if oe < len(text) and text[oe].isspace():
            out.add(i)
    return frozenset(out)


def quantities(text: str, *, doc: str | None = None) -> list[Quantity]:
    """Every quantity mention in ``text`` (money, percent, points, count, measure, number).

    Spans index the original ``text``; ``Quantity.text`` is the exact original quote.
    """
    if not text:
        return []
    norm = _normalize(text)
    out = []
    for qm in find_quantities(norm.text, list_commas=_list_commas(text, norm)):
        s, e = norm.to_original(qm.start, qm.end)
        out.append(
            Quantity(
                doc=doc,
                text=text[s:e],
                span=(s, e),
                number=qm.number,
                unit=qm.unit,
                normalized=qm.normalized,
                base_unit=qm.base_unit,
                approx=qm.approx,
                kind=qm.kind,
                multiplier=qm.multiplier,
                low=qm.low,
                high=qm.high,
                rule=qm.rule,
            )
        )
    return out
