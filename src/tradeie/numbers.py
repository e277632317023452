"""Numbers: read one numeral string (Arabic, Chinese or mixed) into an exact ``Decimal``.

Why a hand parser and not ``cn2an``: bulletins mix scripts inside one figure (``1.4万亿``,
``3万4000``, ``5000余万``), write vague lower bounds (``数十亿``, ``十多万``) and need the trailing
multiplier kept apart from the figure (``184499.7万美元`` -> number 184499.7, multiplier 1e4).
The tables (digits, place units) live in ``patterns/numerals.yaml``.

    >>> parse_number("一千零八")
    Decimal('1008')
    >>> parse_number("1.4万亿")
    Decimal('1400000000000')
    >>> parse_number("百分之四十")     # percent forms return the percent figure
    Decimal('40')
    >>> parse_numeral("1万多亿")
    Numeral(value=Decimal('1000000000000'), core=Decimal('1'), multiplier=Decimal('1000000000000'), mult_text='万亿', approx='more', has_digit=True)

:data:`NUMERAL_RE` finds candidate numeral runs in normalised text; :func:`parse_numeral` validates
and evaluates one run (raising ``ValueError`` for ``十百千``, ``万``, ``10.1万零100``).
"""

from __future__ import annotations

import functools
from typing import NamedTuple
from decimal import Decimal

import regex
from pydantic import BaseModel, field_validator

from .patterns import load_yaml

__all__ = ["Numeral", "parse_numeral", "parse_number", "numeral_pattern", "NUMERAL_RE", "tables"]


class _Numerals(BaseModel):
    digits: dict[str, int]
    small_units: dict[str, int]
    big_units: dict[str, int]
    tens: dict[str, int]
    points: list[str]
    negatives: list[str]
    vague_digits: list[str]
    more_infixes: list[str]

    @field_validator("digits", "small_units", "big_units", "tens")
    @classmethod
    def _single_chars(cls, v: dict[str, int]) -> dict[str, int]:
        for k in v:
            if len(k) != 1:
                raise ValueError(f"{k!r}: numeral keys must be one character")
        return v


@functools.cache
def tables() -> _Numerals:
    return load_yaml("numerals.yaml", _Numerals)


def _cls(chars) -> str:
    return "".join(regex.escape(c) for c in chars)


@functools.cache
def numeral_pattern() -> str:
    """Regex source for one numeral run (no anchors).  Each alternative eats one token, so the
    single ``*`` never nests and cannot backtrack catastrophically."""
    t = tables()
    digit = _cls(t.digits)
    place = _cls(list(t.small_units) + list(t.tens))
    big = _cls(t.big_units)
    vague = _cls(t.vague_digits)
    more = _cls(t.more_infixes)
    point = _cls(t.points)
    # a minus sign only where it cannot be a range dash or hyphen (2-3, A-5)
    # (nor right after another dash: --9 is a rule, then 9)
    # (负 not ending a word: `为企业减负5.2亿元`, `担负`, `胜负`)
    neg = "|".join(
        rf"(?<![减減担擔抱胜勝自]){regex.escape(n)}" if len(n.encode()) > 1 and n not in "−" else rf"(?<![0-9A-Za-z.)%\-−]){regex.escape(n)}"
        for n in t.negatives
    )
    # scientific forms (2e5, 1.1^+23) first; then 21,563 (comma + exactly three digits), 184499.7, .5
    arabic = (
        r"\d{1,6}(?:\.\d{1,12})?(?:[eE][-+]?\d{1,3}|\^[-+]{0,2}\d{1,3})(?![A-Za-z\d.])"
        r"|(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?|(?<!\.)\.\d+(?![\d])"  # not ...9
    )
    # 兆 is a numeral only when it does not start a unit (兆瓦, 兆字节).
    big_tok = rf"[{big}](?<!兆(?=[瓦字赫帕焦比]))"
    start = rf"(?:{arabic}|[{digit}]|[{place}]|[{vague}](?=[{place}{big}]))"
    cont = (
        rf"(?:{arabic}|[{digit}]|[{place}]|{big_tok}"
        rf"|[{point}](?=[{digit}\d])|[{vague}](?=[{place}{big}])|[{vague}]"
        rf"|(?<=[\d{digit}{place}{big}])[{more}](?=[{big}]))"
    )
    return rf"(?:(?:{neg})(?=[\d.{digit}{place}]))?{start}{cont}*(?:(?<=[\d{digit}{place}{big}])[{more}])?"


@functools.cache
def _numeral_re():
    return regex.compile(numeral_pattern())


class _LazyRe:
    """Compile the numeral regex on first use (pattern data loads lazily)."""

    def __getattr__(self, name):
        return getattr(_numeral_re(), name)


NUMERAL_RE = _LazyRe()


class Numeral(NamedTuple):
    """A parsed numeral (immutable; a named tuple because one is built for every figure)."""

    value: Decimal  # the whole figure: core x multiplier
    core: Decimal  # the figure before its trailing multiplier (184499.7 in 184499.7万)
    multiplier: Decimal  # the trailing multiplier (1e4 for 万, 1e12 for 万亿); 1 when none
    mult_text: str  # the multiplier as written, infixes dropped ("万亿" for 1万多亿)
    approx: str | None  # "more" for 多/余/几/数
    has_digit: bool  # False for 百/千万/万亿 standing alone (no digit character)
    high: Decimal | None = None  # upper end of a two-digit vague range (八九亿 -> 8亿..9亿)


_ARABIC = regex.compile(r"\d+(?:\.\d+)?")
_TOKEN_RE = regex.compile(r"\d+(?:\.\d+)?|\.\d+|.", regex.S)


def _int_part(s: str) -> Decimal:
    """Evaluate an integer-part numeral (may contain Arabic decimals before a unit: 1.4万亿)."""
    t = tables()
    toks = _TOKEN_RE.findall(s)
    if not toks:
        raise ValueError("empty numeral")
    if len(toks) > 1 and all(x in t.digits for x in toks):  # 一二三 / 二〇〇二: digit by digit
        if any(x in "两兩倆" for x in toks):
            raise ValueError(f"{s!r}: 两 cannot be read digit by digit")
        return Decimal("".join(str(t.digits[x]) for x in toks))
    total = Decimal(0)
    section = Decimal(0)
    pending: Decimal | None = None
    pending_cn = False
    last_small = 10**9
    last_big = None
    prev_unit = None
    zero = False
    closed = False  # a decimal figure was multiplied: nothing may follow but bigger units
    seen_digit = False
    for x in toks:
        if x[0].isdigit() or x[0] == ".":
            if pending is not None or closed:
                raise ValueError(f"{s!r}: two figures in a row")
            pending, pending_cn, seen_digit = Decimal(x), False, True
        elif x in t.digits:
            v = t.digits[x]
            if closed:
                raise ValueError(f"{s!r}: digit after a decimal figure with unit")
            if v == 0:
                if pending is not None:
                    raise ValueError(f"{s!r}: zero after a digit")
                zero, seen_digit = True, True
                continue
            if pending is not None:
                raise ValueError(f"{s!r}: two digits in a row")
            pending, pending_cn, seen_digit = Decimal(v), True, True
        elif x in t.tens:
            if pending is not None or closed or last_small <= 10:
                raise ValueError(f"{s!r}: misplaced {x}")
            section += t.tens[x]
            last_small, prev_unit, zero, seen_digit = 10, 10, False, True
        elif x in t.small_units:
            u = t.small_units[x]
            if u >= last_small or closed:
                raise ValueError(f"{s!r}: place units out of order")
            if pending is None and last_big is not None and section == 0 and not zero:
                raise ValueError(f"{s!r}: {x} right after a big unit")  # 35万千瓦时 is 35万 + 千瓦时
            if pending is not None and pending != pending.to_integral_value():
                closed = True
            section += (pending if pending is not None else Decimal(1)) * u
            pending, last_small, prev_unit, zero = None, u, u, False
        elif x in t.big_units:
            u = Decimal(t.big_units[x])
            if pending is not None:
                if pending != pending.to_integral_value():
                    closed = True
                section += pending
                pending = None
            if section == 0:
                if total == 0:
                    raise ValueError(f"{s!r}: {x} with no figure before it")
                total *= u
            elif last_big is None or u > last_big:
                total = (total + section) * u
            else:
                total += section * u
            section, last_big, last_small, prev_unit, zero = Decimal(0), u, 10**9, int(u), False
        else:
            raise ValueError(f"{s!r}: {x!r} is not a numeral character")
    if pending is not None:
        if pending_cn and not zero and prev_unit and prev_unit >= 100:
            pending *= Decimal(prev_unit) / 10  # elided unit: 十三万五 = 135000, 两千四百五 = 2450
        section += pending
    if not seen_digit and total == 0 and section == 0:
        raise ValueError(f"{s!r}: no figure")
    return total + section


def _fraction(s: str) -> Decimal:
    t = tables()
    if not s:
        raise ValueError("empty decimal part")
    digits = []
    for x in s:
        if x.isdigit():
            digits.append(x)
        elif x in t.digits and x not in "两兩倆":
            digits.append(str(t.digits[x]))
        else:
            raise ValueError(f"{s!r}: not a decimal part")
    return Decimal("0." + "".join(digits))


def _split_point(s: str) -> Decimal:
    t = tables()
    for p in t.points:
        if p in s:
            whole, _, frac = s.partition(p)
            if not whole or not frac:
                raise ValueError(f"{s!r}: decimal point without digits on both sides")
            big = ""
            while frac and frac[-1] in t.big_units:  # 三点五万 = 3.5万
                big = frac[-1] + big
                frac = frac[:-1]
            v = _int_part(whole) + _fraction(frac)
            for b in big:
                v *= t.big_units[b]
            return v
    return _int_part(s)


def _strip_vague(s: str) -> tuple[str, str | None]:
    """Drop 多/余 and read 几/数 as their lower bound (几十 -> 一十, 二十几 -> 二十)."""
    t = tables()
    out, approx = [], None
    place = set(t.small_units)
    for i, c in enumerate(s):
        if c in t.more_infixes:
            approx = "more"
            continue
        if c in t.vague_digits:
            approx = "more"
            nxt = s[i + 1] if i + 1 < len(s) else ""
            if nxt in place or (not out and nxt in t.big_units):
                out.append("一")
            continue
        out.append(c)
    return "".join(out), approx


@functools.lru_cache(maxsize=8192)
def parse_numeral(s: str) -> Numeral:
    """Parse one numeral run (no unit, no spaces) into its value and trailing multiplier.

    Cached: bulletins repeat the same figures (years, small counts) many times."""
    t = tables()
    s = s.replace(",", "").replace(" ", "")
    neg = False
    if s and s[0] in "".join(t.negatives):
        neg, s = True, s[1:]
    sci = _SCI_RE.fullmatch(s)
    if sci:  # 2e5 / -12e-1 / 2.5^-1 (peer suites; rare in bulletins)
        v = _scientific(sci)
        v = -v if neg else v
        return Numeral(v, v, Decimal(1), "", None, True)
    s, approx = _strip_vague(s)
    if not s:
        raise ValueError("empty numeral")
    high = None
    pair = _PAIR_RE.search(s)
    if pair:  # 三五百 / 八九亿: two neighbouring digits before a place unit give a range
        lo_d, hi_d = t.digits[pair.group(1)], t.digits[pair.group(2)]
        if not 0 < lo_d < hi_d:
            raise ValueError(f"{s!r}: not a digit range")
        high = parse_numeral(("-" if neg else "") + s[: pair.start()] + pair.group(2) + s[pair.end() :]).value
        s = s[: pair.start()] + pair.group(1) + s[pair.end() :]
    value = _split_point(s)
    # the trailing multiplier: a run of 万/亿/兆, or after a bare Arabic figure or one digit also
    # 十/百/千 (3千万亿 -> 3 x 1e15, 两千 -> 2 x 1e3 only when the core is a single digit)
    i = len(s)
    while i > 0 and s[i - 1] in t.big_units:
        i -= 1
    j = i
    while j > 0 and s[j - 1] in t.small_units:
        j -= 1
    head = s[:j]
    if j < i and head and _ARABIC.fullmatch(head):
        i = j
    mult_text = s[i:] if i > 0 else ""
    multiplier = Decimal(1)
    for c in mult_text:
        multiplier *= t.big_units.get(c) or t.small_units[c]
    core = value / multiplier if multiplier != 1 else value
    # 十五 / 十万 imply a leading 一; 百 / 千万 alone have no digit
    has_digit = any(c.isdigit() or c in t.digits or c in t.tens for c in s) or s[0] in "十拾"
    if neg:
        value, core = -value, -core
    return Numeral(value, core, multiplier, mult_text, approx, has_digit, high)


_SCI_RE = regex.compile(r"(?P<m>\d+(?:\.\d+)?)(?:[eE](?P<e>[-+]?\d+)|\^(?P<ps>[-+]{0,2})(?P<p>\d+))")


def _scientific(m) -> Decimal:
    from decimal import localcontext

    mant = Decimal(m.group("m"))
    if m.group("e") is not None:
        return mant.scaleb(int(m.group("e")))
    exp = int(m.group("p")) * (-1 if m.group("ps").count("-") % 2 else 1)
    with localcontext() as ctx:
        ctx.prec = 15
        return +(mant**exp)


_PAIR_RE = regex.compile(r"([一二两三四五六七八])([二三四五六七八九])(?=[十百千万亿拾佰仟萬億])")


def parse_number(s: str) -> Decimal:
    """The value of a number string as a Decimal (never a float).

    Accepts approximation words around it (近九成 -> 90, 500余万 -> 5000000) and the percent forms
    百分之X (-> X) and X成 (-> 10 X).  Raises ``ValueError`` when ``s`` is not one number.
    """
    from .quantities import find_quantities  # the unit grammar lives there

    from .textview import fold

    s = fold(s).strip()
    hits = find_quantities(s, bare_cjk=True)
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(s):
        return hits[0].normalized
    # fall back to the bare numeral grammar (a lone figure such as 十 or 一二三)
    m = _numeral_re().fullmatch(s.replace(" ", ""))
    if not m:
        raise ValueError(f"{s!r} is not a number")
    return parse_numeral(m.group()).value
