"""Cross-metric consistency checks: problems become warnings on the metrics, never edits.

- parts vs totals: `离岸X` + `在岸X` against `X` for the same subject, period and unit;
- shares of one whole (same `of`, subject, period) adding up to more than 100%;
- one rate stated twice for the same indicator and period with different values.
"""

from __future__ import annotations

from collections import defaultdict
import re
from decimal import Decimal

__all__ = ["add_warnings"]

TOLERANCE = Decimal("0.01")  # 1 % of the total


def _key(m):
    p = m.period
    return (m.subject, p.start if p else None, p.end if p else None)


def add_warnings(metrics: list) -> None:
    """Append warning strings to ``metrics`` in place (models are frozen: replaced in the list)."""
    notes: dict[int, list[str]] = defaultdict(list)
    by_key = defaultdict(list)
    for i, m in enumerate(metrics):
        by_key[_key(m)].append(i)
    for idxs in by_key.values():
        _parts_vs_totals(metrics, idxs, notes)
        _shares_over_100(metrics, idxs, notes)
        _conflicting_rates(metrics, idxs, notes)
    for i, ws in notes.items():
        metrics[i] = metrics[i].model_copy(update={"warnings": list(metrics[i].warnings) + ws})


def _parts_vs_totals(metrics, idxs, notes) -> None:
    values = {}
    for i in idxs:
        m = metrics[i]
        if m.value is not None and not m.dimensions:
            values.setdefault((m.indicator, m.value.base_unit), i)
    heads = {ind: _head_key(ind) for ind, _ in values}
    # the first 离岸 and 在岸 figure of each measure and unit: the parts of that measure's total
    parts: dict[tuple, int] = {}
    for (ind, unit), i in values.items():
        if heads[ind] is not None:
            for q in PART_QUALIFIERS:
                if ind.startswith(q):
                    parts.setdefault((q, heads[ind], unit), i)
    for (ind, unit), i in values.items():
        if ind.startswith(PART_QUALIFIERS) or heads[ind] is None:
            continue
        pa, pb = (parts.get((q, heads[ind], unit)) for q in PART_QUALIFIERS)
        if pa is None or pb is None:
            continue
        total = metrics[i].value.normalized
        both = metrics[pa].value.normalized + metrics[pb].value.normalized
        if total and abs(both - total) > abs(total) * TOLERANCE:
            msg = f"W301 parts do not add up: {metrics[pa].indicator} + {metrics[pb].indicator} = {both} vs {ind} = {total}"
            for k in (i, pa, pb):
                notes[k].append(msg)


PART_QUALIFIERS = ("离岸", "在岸")  # the two parts that make a total (服务外包 in and offshore)


# Heads that name the same measure (`合同签约额` of the total, `合同额` of its parts).
_HEAD_GROUPS = (
    ("合同签约额", "合同签约金额", "签约金额", "签约额", "合同金额", "合同额"),
    ("合同执行额", "执行金额", "执行额"),
    ("进出口总额", "进出口总值", "进出口额", "进出口"),
    ("出口总额", "出口总值", "出口额", "出口"),
    ("进口总额", "进口总值", "进口额", "进口"),
)
_PAREN = re.compile(r"\([^()]*\)|（[^（）]*）")


def _head_key(indicator: str) -> int | None:
    core = _PAREN.sub("", indicator)
    for k, group in enumerate(_HEAD_GROUPS):
        if any(core.endswith(h) for h in group):
            if k >= 3 and core.endswith("进出口") or k >= 3 and "进出口" in core[-5:]:
                return 2
            return k
    return None


def _shares_over_100(metrics, idxs, notes) -> None:
    by_of = defaultdict(list)
    for i in idxs:
        m = metrics[i]
        if m.share is not None and m.share.of:
            by_of[m.share.of].append(i)
    for of, group in by_of.items():
        total = sum((metrics[i].share.percent for i in group), Decimal(0))
        if len(group) > 1 and total > 100:
            for i in group:
                notes[i].append(f"W302 shares of {of} add up to {total}% (> 100%)")


def _conflicting_rates(metrics, idxs, notes) -> None:
    seen = {}
    for i in idxs:
        m = metrics[i]
        if m.change is None or m.change.percent is None or m.value is not None:
            continue
        key = (m.indicator, tuple(sorted(m.dimensions.items())), m.change.basis)
        if key in seen and metrics[seen[key]].change.percent != m.change.percent:
            msg = f"W303 {m.indicator} rate stated twice: {metrics[seen[key]].change.percent}% and {m.change.percent}%"
            notes[i].append(msg)
            notes[seen[key]].append(msg)
        seen.setdefault(key, i)
