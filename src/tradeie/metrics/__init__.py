"""Metric assembly (see :mod:`tradeie.metrics.assembly`)."""

from .assembly import Assembly, assemble

__all__ = ["assemble", "Assembly"]
