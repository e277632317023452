"""Exports: flat tables (CSV/TSV/Markdown, pandas) and HTML highlighting for notebooks.

A flat row per metric is what an analyst pastes into a spreadsheet or stacks into a time series
across a folder of bulletins; the quote and its span stay in the row so every number can be
checked against the text.
"""

from __future__ import annotations

import csv
import html
from typing import IO, Any, Iterable

__all__ = ["ROW_FIELDS", "metric_row", "write_metric_table", "metrics_dataframe", "highlight_html"]

ROW_FIELDS = [
    "doc", "section", "indicator", "subject", "dimensions", "period_start", "period_end", "period_text",
    "period_year_assumed", "value", "unit", "normalized", "base_unit", "approx", "change_basis", "change_direction",
    "change_percent", "change_points", "change_amount", "share_percent", "share_of", "source",
    "evidence", "value_span", "warnings",
]


def _record(m: Any) -> dict:
    return m if isinstance(m, dict) else m.model_dump(mode="json")


def metric_row(m: Any) -> dict[str, Any]:
    """One metric (model or contract dict) as a flat row of ROW_FIELDS."""
    r = _record(m)
    v, c, s, p = r.get("value") or {}, r.get("change") or {}, r.get("share") or {}, r.get("period") or {}
    return {
        "doc": r.get("doc"),
        "section": r.get("section"),
        "indicator": r.get("indicator"),
        "subject": r.get("subject"),
        "dimensions": ";".join(f"{k}={val}" for k, val in (r.get("dimensions") or {}).items()),
        "period_start": p.get("start") or p.get("start_month"),
        "period_end": p.get("end") or p.get("end_month"),
        "period_text": p.get("text"),
        "period_year_assumed": bool(p.get("year_assumed")),
        "value": v.get("number"),
        "unit": v.get("unit"),
        "normalized": v.get("normalized"),
        "base_unit": v.get("base_unit"),
        "approx": v.get("approx"),
        "change_basis": c.get("basis"),
        "change_direction": c.get("direction"),
        "change_percent": c.get("percent"),
        "change_points": c.get("points"),
        "change_amount": c.get("amount"),
        "share_percent": s.get("percent"),
        "share_of": s.get("of"),
        "source": (r.get("source") or {}).get("name"),
        "evidence": (r.get("evidence") or {}).get("text", "").replace("\n", ""),
        "value_span": "{}-{}".format(*v["span"]) if v.get("span") else "",
        "warnings": " | ".join(r.get("warnings") or []),
    }


def write_metric_table(metrics: Iterable[Any], out: IO[str], fmt: str = "csv") -> None:
    """Write metrics as CSV, TSV or a Markdown table."""
    rows = [metric_row(m) for m in metrics]
    if fmt in ("csv", "tsv"):
        w = csv.DictWriter(out, fieldnames=ROW_FIELDS, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return
    if fmt == "markdown":
        cols = ["doc", "indicator", "subject", "dimensions", "period_start", "period_end", "normalized", "base_unit",
                "change_direction", "change_percent", "share_percent", "source"]
        out.write("| " + " | ".join(cols) + " |\n")
        out.write("|" + "---|" * len(cols) + "\n")
        for r in rows:
            out.write("| " + " | ".join(str(r[c] or "").replace("|", "\\|") for c in cols) + " |\n")
        return
    raise ValueError(f"unknown table format {fmt!r}")


def metrics_dataframe(metrics: Iterable[Any]):
    """Metrics as a pandas DataFrame (Decimal columns stay Decimal objects)."""
    try:
        import pandas as pd
    except ImportError as ex:  # pragma: no cover - optional extra
        raise ImportError("to_dataframe() needs pandas: pip install 'tradeie[pandas]'") from ex
    from decimal import Decimal

    rows = [metric_row(m) for m in metrics]
    for r in rows:
        for k in ("value", "normalized", "change_percent", "change_points", "change_amount", "share_percent"):
            if r[k] is not None:
                r[k] = Decimal(r[k])
    return pd.DataFrame(rows, columns=ROW_FIELDS)


_COLORS = {"value": "#fde68a", "change": "#bfdbfe", "share": "#bbf7d0", "period": "#e9d5ff", "source": "#fecaca"}


def highlight_html(extraction) -> str:
    """The document text with every metric's value, change, share, period and source marked."""
    text = extraction.text
    marks: list[tuple[int, int, str, str]] = []
    for m in extraction.metrics:
        title = html.escape(f"{m.indicator} | {m.subject or ''} | {(m.period.text if m.period else '') or ''}")
        for part in ("value", "change", "share"):
            obj = getattr(m, part)
            if obj is not None:
                marks.append((obj.span[0], obj.span[1], part, title))
        if m.period is not None and m.period.span:
            marks.append((m.period.span[0], m.period.span[1], "period", ""))
        if m.source is not None and m.source.span:
            marks.append((m.source.span[0], m.source.span[1], "source", ""))
    marks.sort(key=lambda x: (x[0], -x[1]))
    out, pos = [], 0
    for s, e, kind, title in marks:
        if s < pos:
            continue  # overlapping marks: keep the first
        out.append(html.escape(text[pos:s]))
        out.append(f'<mark style="background:{_COLORS[kind]}" title="{title}">{html.escape(text[s:e])}</mark>')
        pos = e
    out.append(html.escape(text[pos:]))
    return '<pre style="white-space:pre-wrap">' + "".join(out) + "</pre>"
