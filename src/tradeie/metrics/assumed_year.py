"""The year of a bulletin that states none, assumed from the date its file bears.

Text pasted from a WeChat post or a page without its date often gives months (`1—7月`, `一季度`)
and no year anywhere.  Left yearless, such periods cannot join a time series; guessed silently,
they would pass for printed facts.  So the year is assumed from the file's own date (a Word or
PDF file's properties, else its modification time) and every metric dated by it says so.

Figures are not reported ahead of their bulletin: the assumed year is the file's, unless the
latest month the text reports on lies after the file's month, when it is the year before
(`1—11月` in a file saved in January)."""

from __future__ import annotations

import datetime as dt

import regex

from ..periods import find_periods
from ..schemas.metric import Metric

__all__ = ["assumed_year", "mark_assumed_year", "posted_day"]


def assumed_year(text: str, dated: dt.date) -> int:
    """The latest year, not after ``dated``, in which the months the text names have passed."""
    months = [int(p.end_month[2:]) for p in find_periods(text) if p.end_month and p.end_month.startswith("*-")]
    return dated.year - 1 if months and max(months) > dated.month else dated.year


# a post's stamp without its year near the head (`原创 营口港市场部 营口港口岸动态 3月21日 17:45 辽宁`)
_POSTED_DAY = regex.compile(r"(?<!\d)(?P<m>1[0-2]|0?[1-9])月(?P<d>[12]\d|3[01]|0?[1-9])日\s*(?:[01]?\d|2[0-3]):[0-5]\d")
POSTED_DAY_REACH = 400  # characters at the head where a post's byline stands


def posted_day(text: str, year: int) -> dt.date | None:
    """The day a post stamped without its year was posted, in the assumed year (its 本周, 目前)."""
    m = _POSTED_DAY.search(text, 0, min(len(text), POSTED_DAY_REACH))
    if m is None:
        return None
    try:
        return dt.date(year, int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def mark_assumed_year(metrics: list[Metric], year: int, dated: dt.date) -> list[Metric]:
    """Each dated metric, flagged and warned about: in a text stating no year, every year it
    resolves (this year's, 去年's) derives from the assumed one."""
    note = f"year {year} assumed from the file's date {dated.isoformat()}: the text states no year"
    out = []
    for m in metrics:
        p = m.period
        if p is not None and (p.start or p.end):
            m = m.model_copy(update={"period": p.model_copy(update={"year_assumed": True}), "warnings": [*m.warnings, note]})
        out.append(m)
    return out
