"""Shared constraint types for the output models (defined once, reused everywhere)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, PlainSerializer

__all__ = ["Span", "DecimalStr", "Frozen"]


def _span_ok(v):
    if len(v) != 2 or v[0] < 0 or v[1] < v[0]:
        raise ValueError(f"span must be [start, end] with 0 <= start <= end, got {v}")
    return v


# A half-open [start, end) character span into the original text, dumped as a 2-list.
Span = Annotated[tuple[int, int], PlainSerializer(lambda v: [v[0], v[1]], return_type=list)]

# A Decimal dumped as a plain decimal string ("1844997000", "-32.1"), never a float or exponent.
DecimalStr = Annotated[Decimal, PlainSerializer(lambda d: format_decimal(d), return_type=str, when_used="json")]


def format_decimal(d: Decimal) -> str:
    """Plain notation without exponent or trailing zeros: Decimal('1.8449970E+9') -> '1844997000'."""
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    s = format(d.normalize(), "f")
    return s


class Frozen(BaseModel):
    """Base for output models: immutable, no extra fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")
