"""Fiscal years a document defines: India's 2024-25财年 runs April to March, Australia's July
to June, Japan's 2024年度 April to March.

A year written `2024-25财年` means nothing until the text says when its years start; reports on
such economies say so once (`2024-25财年（2024年4月1日至2025年3月31日）`, `印方财年为当年4月至次年3月`,
`日方按年度（4月至次年3月）统计`).  With that month known, every fiscal year the text names is
read as its twelve months, and `本财年` / `全财年` / `上财年` as the fiscal year last named or the
one before it.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import regex

from ..periods import PeriodMatch

# the definition: a fiscal year named with its first month in brackets, or the months it runs
_DEFINED = regex.compile(
    r"(?P<y1>(?:19|20)\d\d)\s*(?:[-/—–]\s*\d{2,4}\s*)?(?P<w>财年|财政年度|年度)\s*[(（]\s*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月"
    r"[^()（）\n]{0,16}?至\s*(?:(?:19|20)\d\d\s*年\s*)?(?:1[0-2]|0?[1-9])\s*月"
    r"|(?P<w>财年|财政年度|年度)\s*(?:为|是|:|：|[(（])?\s*(?:从|自)?(?:当年|每年)?\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*1\s*日)?\s*(?:至|到|—|-)\s*(?:次年|翌年|下一年)"
)
_NAMED = regex.compile(
    r"(?<![\d〇零一二三四五六七八九])(?P<y1>(?:19|20)\d\d)\s*(?:[-/—–]\s*(?P<y2>\d{2}|(?:19|20)\d\d))?\s*(?P<w>财年|财政年度|年度)"
    r"|(?<![比较与同])(?P<rel>本|全|当|上一?|前一?|下一?)(?P<w>财年|财政年度)"
)


class Fiscal(NamedTuple):
    """How a document's fiscal years run: the month they start in, the word naming them (`财年`,
    `年度`), and for a year named by one number (`2024财年`) how far its first calendar year lies
    from that number (0: named by the year it starts in, -1: by the year it ends in; None: the
    text does not say, and such names are left alone)."""

    month: int
    word: str
    single: int | None


def fiscal_start(text: str) -> Fiscal | None:
    """How the fiscal years of ``text`` run, from its own definition; None when it defines none."""
    if "财年" not in text and "财政年度" not in text and "年度" not in text:
        return None
    m = _DEFINED.search(text)
    if m is None or int(m["m"]) == 1:
        return None  # (a calendar year, `2024年度（2024年1月至12月）`: nothing to read apart)
    single = None
    if m["y1"] and not regex.search(r"[-/—–]", m.group()[: m.start("w") - m.start()]) and int(m["y"]) - int(m["y1"]) in (0, -1):
        single = int(m["y"]) - int(m["y1"])  # `2024财年（2023年10月1日至2024年9月30日）`: -1
    return Fiscal(int(m["m"]), m["w"], single)


def fiscal_periods(text: str, fiscal: Fiscal) -> list[PeriodMatch]:
    """The fiscal years named in ``text``, in order: `2024-25财年` (`2024 年度` or `2024财年` where
    the text says which year such a name counts from), `本财年` and `上财年` after the last one named."""
    month, word, single = fiscal
    out: list[PeriodMatch] = []
    current: int | None = None  # the first calendar year of the fiscal year last named
    for m in _NAMED.finditer(text):
        if m["w"] == "年度" and word != "年度" or m["y1"] and m["y2"] is None and (m["w"] != word or single is None):
            continue  # (`2024年度` in a text defining `财年`: a calendar year; `2024财年` alone: unsure)
        if m["y1"]:
            first_year = int(m["y1"]) + (single if m["y2"] is None else 0)
            current = first_year
        elif current is None:
            continue
        else:
            rel = m["rel"]
            first_year = current - 1 if rel.startswith(("上", "前")) else current + 1 if rel.startswith("下") else current
        first = dt.date(first_year, month, 1)
        nxt = dt.date(first_year + 1, month, 1)
        last = nxt - dt.timedelta(days=1)
        out.append(PeriodMatch(m.start(), m.end(), m.group(), "fiscal_year", "year", first, last,
                               first.isoformat()[:7], last.isoformat()[:7]))
    return out


def with_fiscal_years(periods: list[PeriodMatch], fiscal_years: list[PeriodMatch], start: int, end: int) -> list[PeriodMatch]:
    """``periods`` (those of ``text[start:end]``) with the fiscal years named there in their place:
    a period overlapping one (the `2024` of `2024-25财年`) gives way to it."""
    fiscal_years = [f for f in fiscal_years if start <= f.start and f.end <= end]
    if not fiscal_years:
        return periods
    kept = [p for p in periods if not any(p.start < f.end and f.start < p.end for f in fiscal_years)]
    return sorted(kept + fiscal_years, key=lambda p: p.start)
