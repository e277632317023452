"""Bare figures in a list of rows under a unit line: a WeChat post's ranking (`按进出口总值排序
（单位：亿元）` over `① 寿光市｜186.4｜+12.7%`), a medal list (`（单位：万美元，括号内为同比）` over
`🥇 武汉市 89216.3（↑15.8%）`) or a measure's heading (`🏆进出口（亿元）` over `顺德区 1108.6 ↑9.6%`)
writes its unit once, above the rows; each row's figure is in it."""

from __future__ import annotations

import regex

from ..quantities import QuantityMatch
from ..tables import unit_quantity

__all__ = ["listed_unit", "is_unit_list_row"]


_YEAR_LIKE = regex.compile(r"(?:19|20)\d\d(?:[.\-/]\d{1,2})?")
_NUMBERED_WORDS = ("表", "图", "页", "期", "第", "号")
_HAN_NEXT = regex.compile(r"\p{Han}")
LIST_UNIT_REACH = 30  # rows back from a listed figure to the unit line heading its list
_UNIT_LINE = regex.compile(r"(?:计量|金额)?单位\s*[:：]\s*(?P<u>[^,，;；、)）\s]{1,8})")
# a heading naming the listed measure and its unit in brackets (`🏆进出口（亿元）`)
_MEASURE_UNIT_LINE = regex.compile(r"\W{0,4}[\p{Han}]{2,16}\s*[(（](?P<u>[^()（）,，\d]{1,6})[)）]")
# a list row up to its figure: a marker (`🥇`, `①`, `1.`), a short label, a separator (`寿光市｜`)
_ROW_HEAD = regex.compile(r"\W{0,4}(?:\d{1,2}[.、]\s*)?[\p{Han}A-Za-z()“”]{2,16}\s*[|:]?\s*")
_ROW = regex.compile(_ROW_HEAD.pattern + r"[\d.,]+(?:[^\n]{0,24})")  # a whole row: its figure and what follows


def listed_unit(text: str, q: QuantityMatch) -> QuantityMatch | None:
    """A bare figure in a list of rows under a unit line (`各市州服务外包执行额（单位：万美元，括号内为
    同比）` over `🥇 武汉市 89216.3（↑15.8%）`, `（单位：亿元）` over `① 寿光市｜186.4｜+12.7%`): the
    figure in that unit, else None."""
    ls = text.rfind("\n", 0, q.start) + 1
    if _YEAR_LIKE.fullmatch(text, q.start, q.end) or _HAN_NEXT.match(text, q.end) or text[ls : q.start].rstrip().endswith(_NUMBERED_WORDS):
        return None  # `目的地  2022  2023`: a header of years or months; `占9市比重`, `附表3`: words, not a row
    if not _ROW_HEAD.fullmatch(text, ls, q.start) or (f := _unit_above(text, ls)) is None:
        return None
    return q._replace(kind=f.kind, unit=f.unit, multiplier=f.multiplier, normalized=q.number * f.multiplier, base_unit=f.base_unit)


def is_unit_list_row(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a row of such a list (`① 寿光市|186.4|+12.7%` under `（单位：亿元）`)."""
    m = _ROW_HEAD.match(text, start, end)
    return m is not None and m.end() < end and text[m.end()].isdigit() and _unit_above(text, start) is not None


def _unit_above(text: str, ls: int) -> QuantityMatch | None:
    """The unit (as a quantity of 1) of the unit line over the list rows above the line at ``ls``."""
    end = ls - 1
    for _ in range(LIST_UNIT_REACH):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if (unit := _UNIT_LINE.search(line) or _MEASURE_UNIT_LINE.fullmatch(line.strip())) is not None:
            f = unit_quantity(unit.group("u"))
            return f if f is not None and f.kind in ("money", "count", "measure") else None
        if line.strip() and not _ROW.fullmatch(line.strip()):
            return None
        end = start - 1
    return None
