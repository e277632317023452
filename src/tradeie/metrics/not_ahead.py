"""Figures are not reported ahead of the document that reports them: a month, quarter or
year-to-date range written without its year that would lie after the document's date is last
year's (`12 月份` in a brief of 16 January, `（1—12月）` over a table in a January speech, `截至年末`
in a review of February)."""

from __future__ import annotations

import datetime as dt

import regex

from ..periods import PeriodMatch
from .document import _month_end

_BARE_WHOLE_YEAR = regex.compile(r"全年度?")  # the whole year, no year named with it
_STATED_YEAR = regex.compile(r"\d{4}\s*年|[〇○零一二三四五六七八九]{4}年|[今去上本前明]年|同期")


WHOLE_YEAR_REVIEW_MONTHS = 4  # months into a year in which its bare 全年 is still the year just ended
# words of a goal or plan in a sentence: its 全年 is the year under way (`力争全年…`, `…的目标`)
_GOAL = regex.compile(r"目标|力争|确保|争取|预计|预期|预算|计划|任务|将|要|有望|冲刺|决胜|打下|完成全年")
_SENTENCE_END = regex.compile(r"[。!?！？\n]")


# a change on the year before, which a whole year reported as done is given with
_ON_LAST_YEAR = regex.compile(r"比上年|较上年|比去年|较去年|同比")


def _reported_done(p: PeriodMatch, text: str) -> bool:
    """The sentence that holds ``p`` reports a change on the year before and names no goal or
    plan: a year's result, not its target."""
    a = max((text.rfind(c, 0, p.start) for c in "。!?！？\n"), default=-1) + 1
    m = _SENTENCE_END.search(text, p.end)
    b = m.start() if m else len(text)
    return _ON_LAST_YEAR.search(text, a, b) is not None and _GOAL.search(text, a, b) is None


_AHEAD = regex.compile(r"将|预计|预期|计划|拟|即将|届时|有望")
_AHEAD_REACH = 12  # characters around a period where words of plans mark it as ahead


def _said_ahead(p: PeriodMatch, text: str) -> bool:
    """Words of plans stand around the period (`9月将举办…`, `预计年末…`): it is ahead, as said."""
    return _AHEAD.search(text, max(0, p.start - _AHEAD_REACH), min(len(text), p.end + _AHEAD_REACH)) is not None


def _not_after(p: PeriodMatch, dated: dt.date | None, text: str) -> PeriodMatch:
    """A month or quarter written without its year that would start after the document's own
    date (`12 月份` in a brief of 16 January), or end months after it, is last year's: figures
    are not reported ahead.
    A day written without its year in the weeks before that date (`截至4月22日` in a story of
    23 April 2026 on the year 2025's reports) is of the date's year."""
    if (
        dated is not None and p.last is not None and p.granularity in ("day", "point") and p.last.year != dated.year
        and not _STATED_YEAR.search(p.text) and (moved := _in_year(p.last, dated.year)) is not None
        and dt.timedelta(0) <= dated - moved <= _DAYS_BEFORE_DATELINE
    ):
        first = _in_year(p.first, dated.year) if p.first is not None else None
        return p._replace(first=first, last=moved, start_month=first.isoformat()[:7] if first else p.start_month,
                          end_month=moved.isoformat()[:7])
    if (
        dated is not None and p.first is None and p.last is not None and p.granularity == "point" and p.stock
        and p.last.month == 12 and p.last - dated > _DAYS_BEFORE_DATELINE and not _STATED_YEAR.search(p.text)
        and not _said_ahead(p, text)
    ):
        # `截至年末，各合作区…就业岗位4.9万个` in a review printed in February: the year just ended
        last = p.last.replace(year=p.last.year - 1)
        return p._replace(last=last, end_month=last.isoformat()[:7], as_of=last.isoformat()[:7] if p.as_of else p.as_of)
    if (
        dated is not None and dated.month <= WHOLE_YEAR_REVIEW_MONTHS and p.granularity == "year" and _BARE_WHOLE_YEAR.fullmatch(p.text)
        and p.first is not None and p.last is not None and p.last.year == dated.year and _reported_done(p, text)
    ):
        # `全年全市进出口总额352.7亿元` in a communiqué printed in March: the year just ended, whose
        # whole is known; this year's whole is months away (its targets are said ahead)
        first, last = p.first.replace(year=p.first.year - 1), p.last.replace(year=p.last.year - 1)
        return p._replace(first=first, last=last, start_month=first.isoformat()[:7], end_month=last.isoformat()[:7])
    if (
        dated is None or p.first is None or p.last is None
        # (nor a year-to-date range ending months after it: `（1—12月）` over a table in a January
        # speech; a half or quarter ahead is a target's)
        or (p.first <= dated and not (_year_to_date(p) and p.last - dated > _DAYS_BEFORE_DATELINE))
        or p.granularity not in ("month", "quarter", "half") or _STATED_YEAR.search(p.text)
        or text.startswith(("前", "底前", "以前"), p.end)  # `12月底前完成`: a deadline ahead
        or _said_ahead(p, text)  # `9月将举办…`
    ):
        return p
    first, last = p.first.replace(year=p.first.year - 1), _month_end(p.last.replace(day=1, year=p.last.year - 1))
    return p._replace(first=first, last=last, start_month=first.isoformat()[:7], end_month=last.isoformat()[:7])


_DAYS_BEFORE_DATELINE = dt.timedelta(days=62)


def _year_to_date(p: PeriodMatch) -> bool:
    """`1—12月`, `1-11月`: months from January to a later one (`一至四季度`, `前三季度`: quarters
    from the first to a later one)."""
    if p.granularity == "quarter":
        return p.first.month == 1 and p.last.month > 3
    return p.granularity == "month" and p.first.month == 1 and p.last.month > 1


def _in_year(d: dt.date, year: int) -> dt.date | None:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return None
