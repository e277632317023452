"""Exports: flat tables, pandas, and HTML highlighting keep every figure checkable."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest

from conftest import FIXTURES
from tradeie import extract_file
from tradeie.export import ROW_FIELDS, write_metric_table
from tradeie.schemas.common import format_decimal

EXAMPLE = FIXTURES.parent.parent / "examples" / "sample_bulletin.txt"


@pytest.fixture(scope="module")
def ex():
    return extract_file(EXAMPLE)


def test_csv_rows_keep_decimals_as_written(ex):
    buf = io.StringIO()
    write_metric_table(ex.metrics, buf, "csv")
    lines = buf.getvalue().splitlines()
    assert lines[0].split(",") == ROW_FIELDS
    assert len(lines) == len(ex.metrics) + 1
    first = ex.metrics[0]
    assert "," + format_decimal(first.value.normalized) + "," in lines[1]
    assert "e+" not in buf.getvalue().lower()


def test_markdown_table(ex):
    buf = io.StringIO()
    write_metric_table(ex.metrics, buf, "markdown")
    assert buf.getvalue().startswith("| doc |")


def test_dataframe_has_decimal_values(ex):
    pytest.importorskip("pandas")
    df = ex.to_dataframe()
    assert len(df) == len(ex.metrics)
    assert isinstance(df["normalized"].dropna().iloc[0], Decimal)


def test_html_marks_every_value_with_its_quote(ex):
    html = ex._repr_html_()
    assert html.startswith("<pre")
    marked = html.count("<mark")
    assert marked >= len([m for m in ex.metrics if m.value is not None])
