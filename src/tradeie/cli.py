"""The command line: a thin layer over the Python API.

    tradeie extract FILE... [--format jsonl|json|csv]
    tradeie sections FILE [--format json|text]
    tradeie quantities FILE... [--format jsonl|json|csv]
    tradeie entities FILE... [--format jsonl|json]
    tradeie table FILE... [--format csv|tsv|markdown]

``-`` reads standard input.  Bad input gives one line on stderr and exit status 2; an internal
error gives one line and status 3; never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any, Callable, Iterable

import click

from .errors import TradeieError

__all__ = ["main", "cli"]


def _emit_json_lines(records: Iterable[dict[str, Any]]) -> None:
    out = sys.stdout
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False))
        out.write("\n")


def _load(path: str):
    """(text, name, source) for a path or ``-``."""
    from .reading import read_bytes, read_path

    if path == "-":
        data = sys.stdin.buffer.read()
        src = read_bytes(data, "<stdin>")
        src.name = "-"
        return src
    return read_path(path)


def _extract(path: str, reference_date: dt.date | None, ner: bool = False):
    from .pipeline import extract

    src = _load(path)
    ex = extract(src.text, doc=src.name, reference_date=reference_date, ner=ner, assumed_date=src.dated)
    ex.source = src
    return ex


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as ex:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from ex


reference_option = click.option(
    "--reference-date",
    callback=_date,
    default=None,
    help="Resolve 今年/去年 against this date (YYYY-MM-DD) when the bulletin states none. Without it, "
    "a bulletin stating no year at all takes the year its file's date implies (flagged year_assumed).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tradeie")
def cli() -> None:
    """Turn Chinese economic and trade bulletins into validated, source-attributed data."""


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv"]), default="jsonl", show_default=True)
@click.option("--include-unattached", is_flag=True, help="Also list numbers that belong to no metric, with the reason.")
@click.option("--ner", is_flag=True, help="Also run the entity stage and link subjects and members to entity mentions.")
@reference_option
def extract(files: tuple[str, ...], fmt: str, include_unattached: bool, ner: bool, reference_date) -> None:
    """Metrics: one record per reported quantity (CONTRACT.md `extract`)."""
    records: list[dict] = []
    for path in files:
        ex = _extract(path, reference_date, ner)
        recs = ex.records()
        if include_unattached:
            recs += [u.model_dump(mode="json") for u in ex.unattached]
        if fmt == "jsonl":
            _emit_json_lines(recs)
        else:
            records.extend(recs)
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        from .export import write_metric_table

        write_metric_table([r for r in records if "indicator" in r], sys.stdout, "csv")


@cli.command()
@click.argument("file")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True)
@click.option("--detail", is_flag=True, help="Include paragraphs and sentences with their spans.")
def sections(file: str, fmt: str, detail: bool) -> None:
    """Metadata, sections and articles (CONTRACT.md `sections`)."""
    from .layout import analyse
    from .segment import segment

    src = _load(file)
    bulletin = segment(analyse(src.text)).bulletin(src.name, sentences=detail)
    if fmt == "json":
        click.echo(json.dumps(bulletin.contract(detail=detail), ensure_ascii=False, indent=1))
        return
    m = bulletin.meta
    for key in ("title", "issue", "issue_total", "editor", "date"):
        if getattr(m, key) is not None:
            click.echo(f"{key}: {getattr(m, key)}")
    for s in bulletin.sections:
        click.echo(f"【{s.name}】 [{s.span[0]}, {s.span[1]}]")
        for a in s.articles:
            src_name = f"  (来源: {a.source.name})" if a.source else ""
            click.echo(f"  - {a.title or '(untitled)'}{src_name}")


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv"]), default="jsonl", show_default=True)
def quantities(files: tuple[str, ...], fmt: str) -> None:
    """Every quantity mention, metric or not (CONTRACT.md `quantities`)."""
    from .quantities import quantities as find

    _records_per_file(files, fmt, find)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv"]), default="jsonl", show_default=True)
def entities(files: tuple[str, ...], fmt: str) -> None:
    """Named entities: PERSON, ORG, GPE, LOC with spans into the original text."""
    from .ner import entities as find

    _records_per_file(files, fmt, find)


def _records_per_file(files: tuple[str, ...], fmt: str, find: Callable[[str], list]) -> None:
    """Run ``find`` on each file's text; stream JSONL, or collect for JSON/CSV."""
    rows = []
    for path in files:
        src = _load(path)
        recs = [dict(r.model_dump(mode="json"), doc=src.name) for r in find(src.text)]
        if fmt == "jsonl":
            _emit_json_lines(recs)
        else:
            rows.extend(recs)
    _emit_collected(rows, fmt)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["csv", "tsv", "markdown"]), default="csv", show_default=True)
@reference_option
def table(files: tuple[str, ...], fmt: str, reference_date) -> None:
    """Metrics of one or more bulletins as one flat table (a time series across a folder)."""
    from .export import write_metric_table

    metrics = []
    for path in files:
        metrics.extend(_extract(path, reference_date).records())
    write_metric_table(metrics, sys.stdout, fmt)


@cli.command()
@click.argument("file")
@reference_option
def explain(file: str, reference_date) -> None:
    """Why each figure came out as it did: roles, rules and resolved attributes per sentence."""
    from .explain import explain_lines

    for line in explain_lines(_extract(file, reference_date)):
        click.echo(line)


def _emit_collected(rows: list[dict], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        import csv

        if rows:
            keys = list(rows[0].keys())
            w = csv.DictWriter(sys.stdout, fieldnames=keys, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in r.items()})


def _run(fn: Callable[[], Any]) -> int:
    try:
        fn()
    except TradeieError as ex:
        click.echo(f"tradeie: error: {ex}", err=True)
        return 2
    except click.exceptions.Exit as ex:
        return ex.exit_code
    except click.ClickException as ex:
        ex.show()
        return ex.exit_code
    except click.exceptions.Abort:
        click.echo("tradeie: aborted", err=True)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        click.echo("tradeie: error: out of memory (input too large)", err=True)
        return 2
    except Exception as ex:  # never a traceback: one line naming the failure
        click.echo(f"tradeie: internal error: {type(ex).__name__}: {ex}", err=True)
        return 3
    return 0


def main(argv: list[str] | None = None) -> int:
    code = _run(lambda: cli.main(args=argv, standalone_mode=False))
    if argv is None:
        sys.exit(code)
    return code
