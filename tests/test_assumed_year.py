"""A bulletin that states no year takes the one its file's date implies, and says so.

Months without a year (`1—11月`, `一季度`) cannot join a time series; an invented year would pass
for a printed one.  So the year comes from the file's own date (a Word or PDF file's properties,
else its modification time), and every metric dated by it is flagged and warned about."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os

import pytest
from click.testing import CliRunner

from conftest import SHARED
from tradeie import extract, extract_file
from tradeie.cli import cli
from tradeie.reading import read_bytes, read_path

# a city bureau's post pasted without its date line: months, 去年, a stock, and no year anywhere
YEARLESS = (
    "全市外贸运行简况\n"
    "1—11月，全市货物贸易进出口总额845.6亿元，同比增长6.3%。其中，出口612.4亿元，增长8.1%。\n"
    "11月当月，全市进出口83.2亿元，同比增长4.7%。\n"
    "去年全年，全市进出口876.9亿元。截至11月底，全市有进出口实绩企业2315家。\n"
)
DATED = YEARLESS.replace("1—11月", "2024年1—11月", 1)


def _file(tmp_path, text: str, day: dt.date, name: str = "post.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    stamp = dt.datetime(day.year, day.month, day.day, 12).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def _periods(ex) -> dict[str, tuple]:
    return {m.period.text: (m.period.start, m.period.end, m.period.year_assumed) for m in ex.metrics if m.period}


def test_a_text_file_is_dated_by_its_modification_time(tmp_path):
    src = read_path(_file(tmp_path, YEARLESS, dt.date(2025, 1, 8)))
    assert (src.dated, src.dated_by) == (dt.date(2025, 1, 8), "file modified")
    assert read_bytes(YEARLESS.encode("utf-8"), "<stdin>").dated is None


def test_months_after_the_files_month_are_last_years(tmp_path):
    """`1—11月` in a file saved on 8 January: figures are not reported ahead, so the year before."""
    ex = extract_file(_file(tmp_path, YEARLESS, dt.date(2025, 1, 8)))
    got = _periods(ex)
    assert got["1—11月"] == ("2024-01-01", "2024-11-30", True)
    assert got["11月当月"] == ("2024-11-01", "2024-11-30", True)
    assert got["去年全年"] == ("2023-01-01", "2023-12-31", True)
    assert got["截至11月底"] == (None, "2024-11-30", True)
    assert all(any("year 2024 assumed" in w for w in m.warnings) for m in ex.metrics if m.period)


def test_months_already_past_are_the_files_year(tmp_path):
    ex = extract_file(_file(tmp_path, YEARLESS, dt.date(2025, 12, 20)))
    assert _periods(ex)["1—11月"] == ("2025-01-01", "2025-11-30", True)


def test_a_stated_year_or_a_callers_date_is_never_assumed_over(tmp_path):
    got = _periods(extract_file(_file(tmp_path, DATED, dt.date(2026, 3, 2))))
    assert got["2024年1—11月"] == ("2024-01-01", "2024-11-30", False)
    given = _periods(extract_file(_file(tmp_path, YEARLESS, dt.date(2026, 3, 2)), reference_date="2023-12-15"))
    assert given["1—11月"] == ("2023-01-01", "2023-11-30", False)


def test_text_without_a_file_stays_yearless():
    """Pasted text has no date of its own: its months stay `*-MM`, resolved only on request."""
    ex = extract(YEARLESS)
    m = next(m for m in ex.metrics if m.period and m.period.text == "1—11月")
    assert (m.period.start, m.period.start_month, m.period.year_assumed) == (None, "*-01", False)
    assumed = extract(YEARLESS, assumed_date=dt.date(2025, 12, 20))
    assert _periods(assumed)["1—11月"] == ("2025-01-01", "2025-11-30", True)


def test_the_cli_reports_the_assumed_year_in_json_and_csv(tmp_path):
    path = _file(tmp_path, YEARLESS, dt.date(2025, 1, 8))
    out = CliRunner().invoke(cli, ["extract", str(path), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    records = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    first = next(r for r in records if r["period"] and r["period"]["text"] == "1—11月")
    assert first["period"]["start"] == "2024-01-01" and first["period"]["year_assumed"] is True
    table = CliRunner().invoke(cli, ["table", str(path), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert {r["period_year_assumed"] for r in rows if r["period_text"]} == {"True"}


def test_a_word_files_own_date_comes_before_its_modification_time(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in YEARLESS.strip().split("\n"):
        d.add_paragraph(line)
    d.core_properties.modified = dt.datetime(2024, 12, 16, 9, 30)
    path = tmp_path / "post.docx"
    d.save(path)
    os.utime(path, (dt.datetime(2026, 5, 1).timestamp(),) * 2)
    src = read_path(path)
    assert (src.dated, src.dated_by) == (dt.date(2024, 12, 16), "document properties")
    assert _periods(extract_file(path))["1—11月"][:2] == ("2024-01-01", "2024-11-30")


def test_python_docx_template_stamp_is_no_date(tmp_path):
    """A file python-docx wrote without setting its properties keeps the template's 2013 stamp."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph(YEARLESS)
    path = tmp_path / "plain.docx"
    d.save(path)
    os.utime(path, (dt.datetime(2025, 12, 20).timestamp(),) * 2)
    assert (read_path(path).dated, read_path(path).dated_by) == (dt.date(2025, 12, 20), "file modified")


def test_a_pdf_is_dated_by_its_properties():
    formats = SHARED / "corpus" / "dev-formats"
    if not formats.is_dir():
        pytest.skip("../shared not present")
    pdf = next(p for p in sorted(formats.iterdir()) if p.suffix == ".pdf")
    src = read_path(pdf)
    assert src.dated_by == "document properties" and src.dated is not None and src.dated.year >= 2000


def test_a_post_stamped_without_its_year_is_dated_in_the_assumed_year(tmp_path):
    """`原创 营川港市场部 营川港口岸动态 3月21日 17:45 辽宁`: its 本周 is the week of 21 March."""
    text = (
        "鲅川港区铁矿石周评\n\n原创 营川港市场部 营川港口岸动态 3月21日 17:45 辽宁\n\n"
        "本周港区铁矿石库存1126.5万吨，周环比下降3.8%。\n"
    )
    ex = extract_file(_file(tmp_path, text, dt.date(2025, 12, 20)))
    week = next(m for m in ex.metrics if m.value is not None and m.value.text == "1126.5万吨")
    assert (week.period.start, week.period.end, week.period.year_assumed) == ("2025-03-17", "2025-03-23", True)
