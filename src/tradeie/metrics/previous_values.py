"""Figures a research note gives beside a release's figure: its previous value (`前值8.7%`) and
the market's expectation (`市场一致预期6.0%`).

`9月出口同比增长2.4%，前值8.7%，市场一致预期6.0%` states three figures of one measure: the
month's, the month before's and the forecast for the month.  Read alone, `前值8.7%` looks like a
percentage level of a measure named `前值`; here it becomes the measure's rate for the month
before (its own period when one is written: `前值（去年12月为2.3%）`), and the expectation the
measure's forecast rate for the same month, with the source's words in the indicator.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import regex

from ..schemas.metric import ChangeOut, Metric, PeriodOut

# the label right before the figure, after a clause break or an opening bracket
_LABEL = regex.compile(
    r"(?:^|(?<=[,，;；、(（和与]))\s*(?:(?:明显|略|大幅|显著)?(?:高于|低于|好于|强于|弱于|不及|超出|超过))?(?:(?P<prev>前值|前期值|上期值|上月值)|(?P<exp>(?:Wind|万得|彭博|市场|机构)?(?:一致)?预期(?:值)?))"
    r"\s*(?:为|是)?\s*[(（]?(?P<own>[^,，。;；()（）]{1,10}?为)?\s*$"
)
LABEL_REACH = 24  # characters before a figure its label may take


def restate_previous_and_expected(metrics: list[Metric], text: str) -> list[Metric]:
    """``metrics`` with each previous value and expectation restated as a figure of the measure
    before it in its sentence; others unchanged."""
    out: list[Metric] = []
    for m in metrics:
        restated = _restated(m, out, text)
        out.append(restated if restated is not None else m)
    return out


def _restated(m: Metric, before: list[Metric], text: str) -> Metric | None:
    part = m.value or m.change
    if part is None or m.share is not None:
        return None
    start = part.span[0]
    label = _LABEL.search(text, max(0, start - LABEL_REACH), start)
    if label is None:
        return None
    # (a hard-wrapped line break is no sentence's end: `6月出口325\n0.6亿美元，同比增长5.6%（前值4.8%`)
    sentence_start = max(text.rfind("。", 0, label.start()) + 1, text.rfind("\n\n", 0, label.start()) + 2)
    measure = next((p for p in reversed(before) if sentence_start <= p.anchor[0] < label.start() and p.rule not in _RESTATED), None)
    if measure is None or (measure.change is None and measure.value is None):
        return None
    update: dict = {"indicator": measure.indicator, "dimensions": measure.dimensions, "subject": measure.subject,
                    "source": m.source or measure.source}
    rate = m.value is not None and m.value.base_unit == "%"
    if rate and measure.change is not None and measure.change.percent is not None:
        n = Decimal(m.value.number)
        direction = "up" if n > 0 else "down" if n < 0 else "flat"
        update["change"] = ChangeOut(text=m.value.text, span=m.value.span, basis=measure.change.basis, direction=direction,
                                     percent=None if direction == "flat" else n)
        update["value"] = None
    elif rate or (m.value is not None and measure.value is not None and m.value.base_unit != measure.value.base_unit):
        return None  # a percentage beside an amount, or another unit: not the same measure
    if label["exp"]:
        update["indicator"] = f"{measure.indicator}（{label['exp']}）"
        update["period"] = measure.period
        update["rule"] = "expectation"
    else:
        update["rule"] = "previous_value"
        if not label["own"]:
            update["period"] = _month_before(measure.period)
    return m.model_copy(update=update)


_RESTATED = frozenset(("expectation", "previous_value"))


def _month_before(p: PeriodOut | None) -> PeriodOut | None:
    """The month before a single month's period (a monthly release's previous value); None for
    any other period, whose previous one the label does not say."""
    if p is None or p.start is None or p.end is None or p.start[:7] != p.end[:7]:
        return None
    last = dt.date.fromisoformat(p.start).replace(day=1) - dt.timedelta(days=1)
    first = last.replace(day=1)
    return PeriodOut(start=first.isoformat(), end=last.isoformat(), start_month=first.isoformat()[:7],
                     end_month=last.isoformat()[:7], cumulative=False)
