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

from ..periods import find_periods
from ..schemas.metric import Metric

__all__ = ["assumed_year", "mark_assumed_year"]


def assumed_year(text: str, dated: dt.date) -> int:
    """The latest year, not after ``dated``, in which the months the text names have passed."""
    months = [int(p.end_month[2:]) for p in find_periods(text) if p.end_month and p.end_month.startswith("*-")]
    return dated.year - 1 if months and max(months) > dated.month else dated.year


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
