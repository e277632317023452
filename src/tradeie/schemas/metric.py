"""Metric records: one reported quantity with everything needed to tabulate and check it.

The JSON dump (``model_dump(mode="json")``) is the `extract` record of CONTRACT.md.  Field rules
are validated here (direction agrees with the sign, one magnitude per change, ordered periods);
cross-metric consistency problems become ``warnings``, never edits.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import model_validator

from .common import DecimalStr, Frozen, Span

__all__ = ["EntityLink", "ValueOut", "ChangeOut", "ShareOut", "ShareChange", "PeriodOut", "SourceOut", "Evidence", "Metric", "Unattached"]

Approx = Literal["about", "nearly", "over", "more", "under"]
Direction = Literal["up", "down", "flat"]


class ValueOut(Frozen):
    text: str
    span: Span
    number: DecimalStr
    unit: str | None
    normalized: DecimalStr
    base_unit: str | None
    approx: Approx | None = None


class ChangeOut(Frozen):
    text: str
    span: Span
    basis: str  # yoy | mom | ytd_start | other
    direction: Direction
    percent: DecimalStr | None = None
    points: DecimalStr | None = None
    amount: DecimalStr | None = None
    approx: Approx | None = None

    @model_validator(mode="after")
    def _consistent(self):
        mags = [m for m in (self.percent, self.points, self.amount) if m is not None]
        if self.direction != "flat" and len(mags) != 1:
            raise ValueError("a change that is not flat needs exactly one of percent, points, amount")
        if len(mags) > 1:
            raise ValueError("a change has at most one of percent, points, amount")
        for m in mags:
            if m != 0 and (m > 0) != (self.direction == "up") and self.direction != "flat":
                raise ValueError(f"direction {self.direction} disagrees with the sign of {m}")
        return self


class ShareChange(Frozen):
    text: str
    span: Span
    direction: Direction
    points: DecimalStr | None = None


class ShareOut(Frozen):
    text: str
    span: Span
    percent: DecimalStr
    of: str | None = None
    change: ShareChange | None = None


class PeriodOut(Frozen):
    start: str | None
    end: str | None
    text: str | None = None
    span: Span | None = None
    start_month: str | None = None
    end_month: str | None = None
    cumulative: bool = False
    # the text states no year: the year is the one its file's date implies, not one it printed
    year_assumed: bool = False

    @model_validator(mode="after")
    def _ordered(self):
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"period starts after it ends: {self.start} > {self.end}")
        return self


class SourceOut(Frozen):
    name: str
    span: Span | None = None
    outlet: str | None = None  # the article's 来源 line when the name is an inline attribution


class Evidence(Frozen):
    text: str
    span: Span


class EntityLink(Frozen):
    """An entity mention naming a metric's subject or one of its breakdown members."""

    role: str  # subject | market | enterprise_type | breakdown | ...
    text: str
    span: Span
    label: str


class Metric(Frozen):
    doc: str | None = None
    indicator: str
    subject: str | None = None
    dimensions: dict[str, str] = {}
    period: PeriodOut | None = None
    value: ValueOut | None = None
    change: ChangeOut | None = None
    share: ShareOut | None = None
    source: SourceOut | None = None
    evidence: Evidence
    section: str | None = None
    article: str | None = None
    rule: str = ""
    warnings: list[str] = []
    entities: list[EntityLink] = []

    @model_validator(mode="after")
    def _located(self):
        if self.value is None and self.change is None and self.share is None:
            raise ValueError("a metric needs a value, a change or a share")
        return self

    @property
    def anchor(self) -> Span:
        part = self.value or self.change or self.share
        return part.span


class Unattached(Frozen):
    """A number in a metric sentence that belongs to no metric, with the reason."""

    doc: str | None = None
    text: str
    span: Span
    normalized: DecimalStr | None = None
    kind: str | None = None
    reason: str
    unattached: bool = True


def signed(direction: str, magnitude: Decimal) -> Decimal:
    """Give ``magnitude`` the sign its ``direction`` word implies (下降32.1% -> -32.1)."""
    m = abs(magnitude) if direction == "up" else -abs(magnitude) if direction == "down" else magnitude
    return m
