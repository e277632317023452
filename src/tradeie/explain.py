"""A debug view: for every sentence that yields metrics, which figure played which role, which
rule grouped it, and what the resolver decided — to see why a number came out as it did."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from .schemas.common import format_decimal

__all__ = ["explain_lines"]


def explain_lines(extraction) -> Iterator[str]:
    by_sentence = defaultdict(list)
    for m in extraction.metrics:
        by_sentence[tuple(m.evidence.span)].append(m)
    unattached = defaultdict(list)
    for u in extraction.unattached:
        for span in by_sentence:
            if span[0] <= u.span[0] < span[1]:
                unattached[span].append(u)
                break
    for span in sorted(by_sentence):
        metrics = by_sentence[span]
        yield f"[{span[0]}, {span[1]}] {metrics[0].evidence.text.replace(chr(10), '⏎')}"
        for m in metrics:
            parts = []
            if m.value:
                parts.append(f"value {m.value.text!r} = {format_decimal(m.value.normalized)} {m.value.base_unit}" + (f" ({m.value.approx})" if m.value.approx else ""))
            if m.change:
                mag = m.change.percent if m.change.percent is not None else m.change.points if m.change.points is not None else m.change.amount
                parts.append(f"change {m.change.text!r} {m.change.basis} {m.change.direction} {mag if mag is not None else ''}".rstrip())
            if m.share:
                parts.append(f"share {m.share.text!r} {m.share.percent}%" + (f" of {m.share.of}" if m.share.of else ""))
            yield f"  • rule={m.rule}: " + "; ".join(parts)
            period = f"{m.period.start}..{m.period.end} ({m.period.text})" if m.period else "-"
            dims = ", ".join(f"{k}={v}" for k, v in m.dimensions.items()) or "-"
            source = m.source.name if m.source else "-"
            yield f"    indicator={m.indicator} | subject={m.subject} | dims={dims} | period={period} | source={source}"
            for w in m.warnings:
                yield f"    ! {w}"
        for u in unattached.get(span, []):
            yield f"  ◦ {u.text!r} not a metric: {u.reason}"
