"""Building the output records (value, change, share, period, source, evidence) from drafts,
without re-running pydantic's validators on values that already passed the same checks."""

from __future__ import annotations

import functools
import typing
from decimal import Decimal

import regex

from ..places import lookup
from ..schemas.metric import (
    Approx,
    ChangeOut,
    Direction,
    Evidence,
    Metric,
    PeriodOut,
    ShareChange,
    ShareOut,
    SourceOut,
    Unattached,
    ValueOut,
)
from .context import Assembly
from .phrases import clause_start
from .roles import Item

# --- output models ---------------------------------------------------------------------------
# The records are built from values that are already what validation would keep (str, int spans,
# finite Decimals, known literals, instances of the nested models), thousands of times per
# document.  `_build` stores them without running pydantic's validators again, after the same
# checks the validators make; anything unexpected goes through the validating constructor.

_APPROX = frozenset(typing.get_args(Approx)) | {None}
_DIRECTION = frozenset(typing.get_args(Direction))
_setattr = object.__setattr__


@functools.cache
def _template(cls) -> tuple[dict, tuple[tuple[str, type], ...]]:
    """Every field with its default, in field order, and the fields whose default is mutable."""
    fields = cls.model_fields
    return {name: f.default for name, f in fields.items()}, tuple(
        (name, type(f.default)) for name, f in fields.items() if type(f.default) in (list, dict)
    )


def _build(cls, kw: dict):
    """``cls(**kw)`` for values already valid (the caller checks and passes every required
    field), without revalidating."""
    template, mutable = _template(cls)
    d = template.copy()
    d.update(kw)
    for name, typ in mutable:
        if name not in kw:
            d[name] = typ()  # a fresh [] / {} per record, as validation makes
    m = object.__new__(cls)
    _setattr(m, "__dict__", d)
    _setattr(m, "__pydantic_fields_set__", set(kw))
    _setattr(m, "__pydantic_extra__", None)
    _setattr(m, "__pydantic_private__", None)
    return m


def _str(x) -> bool:
    return type(x) is str


def _ostr(x) -> bool:
    return x is None or type(x) is str


def _dec(x) -> bool:
    return type(x) is Decimal and x.is_finite()


def _odec(x) -> bool:
    return x is None or (type(x) is Decimal and x.is_finite())


def _span(x) -> bool:
    return type(x) is tuple and len(x) == 2 and type(x[0]) is int and type(x[1]) is int


def _ospan(x) -> bool:
    return x is None or _span(x)


def _model(cls, kw: dict, ok: bool):
    return _build(cls, kw) if ok else cls(**kw)


def _evidence(ctx, s: int, e: int) -> Evidence:
    es, ee = _orig(ctx, s, e)
    kw = dict(text=ctx.norm.original[es:ee], span=(es, ee))
    return _model(Evidence, kw, _span(kw["span"]))


def _metric(kw: dict) -> Metric:
    ok = (
        _ostr(kw["doc"]) and _str(kw["indicator"]) and _ostr(kw["subject"])
        and type(kw["dimensions"]) is dict and all(type(k) is str and type(x) is str for k, x in kw["dimensions"].items())
        and (kw["period"] is None or type(kw["period"]) is PeriodOut)
        and (kw["value"] is None or type(kw["value"]) is ValueOut)
        and (kw["change"] is None or type(kw["change"]) is ChangeOut)
        and (kw["share"] is None or type(kw["share"]) is ShareOut)
        and (kw["source"] is None or type(kw["source"]) is SourceOut)
        and type(kw["evidence"]) is Evidence
        and _ostr(kw["section"]) and _ostr(kw["article"]) and _str(kw["rule"])
        # Metric._located
        and not (kw["value"] is None and kw["change"] is None and kw["share"] is None)
    )
    if ok:
        kw["dimensions"] = dict(kw["dimensions"])  # validation stores a copy
        if "()" in kw["indicator"] or "（）" in kw["indicator"]:
            # `（国庆假期）接待游客人次` with its period taken out: no empty brackets left behind
            kw["indicator"] = kw["indicator"].replace("()", "").replace("（）", "").strip() or kw["indicator"]
    return _model(Metric, kw, ok)


# bodies named by their kind alone in `据海关统计`, `据统计部门测算`
_GENERIC_BODIES = frozenset(("海关", "统计局", "统计部门", "商务部门", "外汇局", "税务部门"))


def _source(ctx, name, span, outlet) -> SourceOut:
    """The source record; records are frozen, so metrics citing the same source share one."""
    key = (name, span, outlet)
    got = ctx.sources_out.get(key)
    if got is None:
        kw = dict(name=_as_written(ctx, name), span=span, outlet=outlet)
        got = ctx.sources_out[key] = _model(SourceOut, kw, _str(name) and _ospan(span) and _ostr(outlet))
    return got


def _as_written(ctx, name: str) -> str:
    """A name as the document writes it (`经济发展局（统计局）`, not the folded `(统计局)`), when
    folding was all that changed it."""
    if not name or name.isascii() or all(c not in _FOLDED_MARKS for c in name):
        return name
    k = ctx.text.find(name)
    if k < 0:
        return name
    a, b = _orig(ctx, k, k + len(name))
    written = regex.sub(r"[\r\n]", "", ctx.norm.original[a:b])
    return written if len(written) == len(name) else name


def city_as_written(ctx, name: str) -> str:
    """A city's name as the document writes it: `青岛` in a report that never writes `青岛市`
    (`青岛邮轮港…`, `青岛口岸…`), the full name otherwise (or as the caller named the home region)."""
    if len(name) < 3 or not name.endswith("市") or name in ctx.text or name == ctx.given_region:
        return name
    place = lookup(name)
    if place is None or place.kind != "city" or name[:-1] not in ctx.text:
        return name
    return name[:-1]


_FOLDED_MARKS = frozenset("()[]:,;!?%~")  # characters folding turns full-width ones into
_TO_WIDE_BRACKETS = str.maketrans("()", "（）")


def brackets_as_written(ctx, name: str) -> str:
    """An indicator or a breakdown built from the folded text with its brackets as the document
    writes them (`出口退（免）税` in a release setting its brackets full-width, as most do)."""
    if "(" not in name and ")" not in name:
        return name
    if ctx.wide_brackets is None:
        original = ctx.norm.original
        ctx.wide_brackets = original.count("（") > original.count("(")
    return name.translate(_TO_WIDE_BRACKETS) if ctx.wide_brackets else name


def _unattached(doc, text, span, normalized, kind, reason) -> Unattached:
    kw = dict(doc=doc, text=text, span=span, normalized=normalized, kind=kind, reason=reason)
    return _model(Unattached, kw, _ostr(doc) and _str(text) and _span(span) and _odec(normalized) and _ostr(kind) and _str(reason))


def _period_out(kw: dict) -> PeriodOut:
    ok = (
        _ostr(kw["start"]) and _ostr(kw["end"]) and _ostr(kw["text"]) and _ospan(kw["span"])
        and _ostr(kw["start_month"]) and _ostr(kw["end_month"]) and type(kw.get("cumulative", False)) is bool
        # PeriodOut._ordered
        and not (kw["start"] and kw["end"] and kw["start"] > kw["end"])
    )
    return _model(PeriodOut, kw, ok)


def _change_ok(kw: dict) -> bool:
    if not (_str(kw["text"]) and _span(kw["span"]) and _str(kw["basis"]) and kw["direction"] in _DIRECTION and kw.get("approx") in _APPROX):
        return False
    direction = kw["direction"]
    mags = []
    for k in ("percent", "points", "amount"):
        m = kw.get(k)
        if m is not None:
            if not _dec(m):
                return False
            mags.append(m)
    # ChangeOut._consistent
    if direction != "flat" and len(mags) != 1:
        return False
    if len(mags) > 1:
        return False
    for m in mags:
        if m != 0 and (m > 0) != (direction == "up") and direction != "flat":
            return False
    return True


def _orig(ctx, a: int, b: int) -> tuple[int, int]:
    return ctx.norm.to_original(a, b)


def _value_out(ctx, it: Item) -> ValueOut:
    q = it.q
    a, b = _orig(ctx, q.start, q.end)
    kw = dict(
        text=ctx.norm.original[a:b], span=(a, b), number=q.number, unit=q.unit,
        normalized=q.normalized, base_unit=q.base_unit, approx=q.approx,
    )
    ok = _span(kw["span"]) and _dec(q.number) and _ostr(q.unit) and _dec(q.normalized) and _ostr(q.base_unit) and q.approx in _APPROX
    return _model(ValueOut, kw, ok)


def _change_out(ctx, it: Item, has_period: bool) -> ChangeOut:
    a, b = _orig(ctx, it.start, it.end)
    quote = ctx.norm.original[a:b]
    # a bare 增长/下降 in a passage about a stated period reads as year on year; else `other`
    basis = it.basis or ("yoy" if has_period else "other")
    if it.role == "flat" or it.q is None:
        kw = dict(text=quote, span=(a, b), basis=basis, direction="flat")
        return _model(ChangeOut, kw, _change_ok(kw))
    q = it.q
    direction = it.direction or "up"
    mag = abs(q.normalized if q.kind in ("money", "count", "measure") else _percent_number(q))
    signed = mag if direction == "up" else -mag
    kw = {}
    if q.kind == "percent":
        kw["percent"] = signed
    elif q.kind == "points":
        kw["points"] = signed
    elif q.kind == "multiple":
        kw["percent"] = signed * 100
    else:
        kw["amount"] = signed
    if signed == 0:
        direction = "flat"
    kw = dict(text=quote, span=(a, b), basis=basis, direction=direction, approx=q.approx, **kw)
    return _model(ChangeOut, kw, _change_ok(kw))


SHARE_CHANGE_REACH = 400  # characters back from a share's change to the share it changes
SHARE_CLAUSE_REACH = 40  # characters back from the change to the words naming the share
_SHARE_WORD = regex.compile(r"比重|占比|份额")


def _share_changes_said_after(ctx, out: Assembly) -> None:
    """`…业务量分别占全部快递业务量的7.0%、90.6%和2.4%。与去年同期相比，同城快递业务量的比重下降
    0.8个百分点，…`: a change in points of a share named in a later sentence (the member and the
    measure named in its clause) is that share's change as well as a fact of its own."""
    text = ctx.norm.original
    metrics = out.metrics
    for i, m in enumerate(metrics):
        ch = m.change
        if ch is None or ch.points is None or m.value is not None or m.share is not None:
            continue
        a = clause_start(text, max(0, ch.span[0] - SHARE_CLAUSE_REACH), ch.span[0])
        clause = text[a : ch.span[1]]  # (the change's own words too: `占比较上年同期提高…`)
        if not _SHARE_WORD.search(clause):
            continue
        for k in range(i - 1, -1, -1):
            p = metrics[k]
            if p.evidence.span[1] < ch.span[0] - SHARE_CHANGE_REACH:
                break
            if p.share is not None and p.share.change is None and p.subject == m.subject and _names_the_share(p, m, clause):
                moved = ShareChange(text=ch.text, span=ch.span, direction=ch.direction, points=ch.points)
                metrics[k] = p.model_copy(update={"share": p.share.model_copy(update={"change": moved})})
                break


def _names_the_share(p: Metric, m: Metric, clause: str) -> bool:
    """The clause of ``m``'s change names the share's measure, and its member too unless ``m``
    reads the same member (`同城快递业务量的比重` for the share of 同城 in 快递业务量)."""
    if p.dimensions != m.dimensions and not all(x in clause for x in p.dimensions.values() if x):
        return False
    measure = _SHARE_WORD.sub("", p.indicator or "")
    return bool(measure) and (measure in clause or measure[-4:] in clause)


def _share_out(ctx, it: Item, sc: Item | None) -> ShareOut:
    a, b = _orig(ctx, it.start, it.end)
    change = None
    if sc is not None:
        ca, cb = _orig(ctx, sc.start, sc.end)
        pts = None
        direction = sc.direction or "up"
        if sc.q is not None:
            pts = abs(_percent_number(sc.q)) if direction == "up" else -abs(_percent_number(sc.q))
        kw = dict(text=ctx.norm.original[ca:cb], span=(ca, cb), direction=direction if sc.q is not None else "flat", points=pts)
        change = _model(ShareChange, kw, _span(kw["span"]) and kw["direction"] in _DIRECTION and _odec(pts))
    pct = _percent_number(it.q)
    kw = dict(text=ctx.norm.original[a:b], span=(a, b), percent=pct, of=it.of, change=change)
    return _model(ShareOut, kw, _span(kw["span"]) and _dec(pct) and _ostr(it.of) and (change is None or type(change) is ShareChange))


def _percent_number(q) -> Decimal:
    """A rate in percent or points: `三成` is 30 (its number is 3, in tenths); `12.5%` is 12.5;
    `41个基点` is 0.41 points."""
    return q.normalized if q.base_unit in ("%", "百分点") else q.number
