"""Metric assembly (see :mod:`tradeie.metrics.assemble`)."""

from .assemble import Assembly, assemble

__all__ = ["assemble", "Assembly"]
