"""The period a statistic is stated for (今年1-4月, 前三季度, 截至2月底 ...)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from .common import Frozen, Span

__all__ = ["Period", "Granularity"]

# month: one month (4月, 5月份, 6月当月) · quarter · half · year (one or more whole years)
# ytd: year to date (今年以来) · point: an instant-like stretch (年底, 一季度末, 年初)
# day: a calendar date of an event (5月27日) — not a statistic's period, kept distinguishable
# week: seven days (本周 in a weekly report)
# relative: a marker with no dates of its own (去年同期)
Granularity = Literal["day", "week", "month", "quarter", "half", "year", "ytd", "point", "decade", "century", "relative"]


class Period(Frozen):
    """One period expression, resolved.

    ``start``/``end`` are the first and last day (inclusive), ``None`` when the year cannot be
    resolved (then ``start_month``/``end_month`` still carry ``*-MM``).  A stock (截至2月底) has
    ``start=None`` and ``stock=True``; ``as_of`` is the month a stock or point refers to, so a
    metric period for it is ``{start: null, end: as_of}``.

    >>> from tradeie import periods
    >>> import datetime as dt
    >>> p = periods("今年1-4月，出口增长", reference_date=dt.date(2025, 5, 20))[0]
    >>> (p.text, p.span, str(p.start), str(p.end), p.cumulative, p.rule)
    ('今年1-4月', (0, 6), '2025-01-01', '2025-04-30', True, 'month_range')
    """

    text: str
    span: Span
    start: dt.date | None
    end: dt.date | None
    start_month: str | None = None  # "2025-01" or "*-01"
    end_month: str | None = None
    year_resolved: bool = True
    cumulative: bool = False  # from January of the year (1-4月, 前5个月, 上半年, 今年以来)
    granularity: Granularity
    stock: bool = False  # 截至…底: a level at a date, not a flow over a span
    as_of: str | None = None  # for stocks and points: "2025-02"
    relative: str | None = None  # e.g. "same_period_last_year" for 去年同期
    rule: str
