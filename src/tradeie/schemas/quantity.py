"""The quantity record of CONTRACT.md (`tradeie quantities`), as a frozen pydantic model."""

from __future__ import annotations

from typing import Literal

from .common import DecimalStr, Frozen, Span

__all__ = ["Quantity", "QuantityKind", "Approx"]

QuantityKind = Literal["money", "percent", "points", "count", "measure", "number"]
Approx = Literal["about", "nearly", "over", "more", "under"]


class Quantity(Frozen):
    """One quantity mention.

    ``normalized == number x multiplier`` always holds.  For a range (``5-10%``, ``3至5个``)
    ``number``/``normalized`` describe the low end and ``low``/``high`` hold both normalized ends.
    Multiples (``1.3倍``) have kind ``number`` and base_unit ``倍``; percentage points have kind
    ``points`` and base_unit ``百分点`` (``千分点`` for 个千分点).
    """

    doc: str | None = None
    text: str  # the original quote text[start:end], line breaks included
    span: Span
    number: DecimalStr  # the figure as written, before its multiplier (184499.7 in 184499.7万美元)
    unit: str | None  # multiplier + unit as written, approximation words left out ("万美元")
    normalized: DecimalStr  # number x multiplier
    base_unit: str | None  # ISO 4217 for money, "%" for percent, the counter word for counts …
    approx: Approx | None = None
    kind: QuantityKind
    multiplier: DecimalStr
    low: DecimalStr | None = None
    high: DecimalStr | None = None
    rule: str  # the named rule that produced it (provenance)
