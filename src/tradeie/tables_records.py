"""Tables published as records, one `key：value` field per line: what an open-data portal, a
two-column Word table or a WeChat data card makes of a table row.

    指标名称：出口总额        <- the field every record opens with: the row's label
    本月：802.17             <- a figure of the month
    累计：2958.40            <- the year to date
    同比增长（%）：7.3        <- a rate (of the nearest figure before it, as in a header row)
    计量单位：亿元            <- the unit column
    数据来源：宁波海关

    指标名称：进口总额
    …

The separator may be a colon, a bar (`本月｜241.6`) or tabs (`本月<TAB>1163.28`), and a line may
hold two fields (`本月：331.5      累计：1492.6`).  Each record becomes a row and each key a column,
so the result is an ordinary :class:`~tradeie.tables.TextTable` that the table readers turn into
metrics like any other: the keys say each column's role and period exactly as a header row would.

A run of lines is read as records only when at least two records open with the same key, that
key names (its value is no figure) and each record gives a figure: a form's `姓名：… 电话：…`
lines, or one `数据说明：…` paragraph, never qualify.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .tables import _QIZHONG, Cell, Column, Row, Span, TextTable, _Doc, _kind, _value, cell_unit, tables_among_untaken, value_unit
from .tables_stacked import _columns, _title_unit

__all__ = ["record_tables"]

KEY_MAX = 16  # a field's key is a short name
GAP_LINES = 3  # lines of page furniture (`— 1 —`, a running header) allowed between two records
# one field on the folded text: a key, its separator (a colon, a bar or tabs) and the value, which
# ends at the line's end or where two spaces or a tab open the next field (`本月:331.5   累计:1492.6`)
_FIELD = re.compile(
    rf"(?P<key>[\u4e00-\u9fff][^\s:|]{{0,{KEY_MAX - 1}}}?)[ \u3000]*(?::|\||\t+)[ \t\u3000]*"
    r"(?P<val>[^\s](?:[^\t\n]*?[^\s])??)(?=[ \u3000]{2,}|\t|[ \t\u3000]*$)"
)
# what may stand before a line's first field: indentation and a bullet or emoji (`📌 指标名称｜…`)
_LEAD = re.compile(r"[ \t\u3000]*(?:[^\w\s]{1,3}[ \u3000]*)?")
_GAP = re.compile(r"[ \t\u3000]+")


@dataclass(frozen=True, slots=True)
class _Field:
    key: str  # folded
    key_span: Span
    value: Span


def _fields(doc: _Doc, k: int) -> list[_Field] | None:
    """The fields line ``k`` consists of, or None when it is anything else (prose, a heading)."""
    line = doc.lines[k]
    if line.end - line.start > 200:
        return None
    # the folded line (`：` -> `:`, `｜` -> `|`) with its tabs, which folding turns into spaces
    text = doc.folded[line.start : line.end]
    tabbed = "\t" in doc.original[line.start : line.end]
    if not tabbed and ":" not in text and "|" not in text:
        return None  # no separator: no field (the cheap test most lines stop at)
    if tabbed:
        text = "".join("\t" if o == "\t" else f for o, f in zip(doc.original[line.start : line.end], text))
    lead = _LEAD.match(text)
    pos = lead.end() if lead else 0
    out: list[_Field] = []
    for m in _FIELD.finditer(text, pos):
        if text[pos : m.start()].strip(" \t\u3000"):
            return None  # words between fields: not a line of fields
        a = line.start
        out.append(_Field(m.group("key"), (a + m.start("key"), a + m.end("key")), (a + m.start("val"), a + m.end("val"))))
        pos = m.end()
    if not out or text[pos:].strip(" \t\u3000"):
        return None
    return out


def _furniture(doc: _Doc, k: int) -> bool:
    """A line that may stand between two records: short, with no clause punctuation (a page
    number, a running header repeated at a page break)."""
    t = doc.ftext((doc.lines[k].start, doc.lines[k].end)).strip()
    return len(t) <= 20 and not re.search(r"[,;。:|]", t)


def record_tables(doc: _Doc, taken: list[tuple[int, int]]) -> list[TextTable]:
    """Tables written as records among the lines no other table took (``taken``: line ranges)."""
    return tables_among_untaken(doc, taken, _table_at)


def _records(doc: _Doc, k: int, used: list[bool]) -> tuple[list[tuple[int, int, list[_Field]]], int] | None:
    """The records from line ``k`` on (first line, last line, fields each) and the last line."""
    first = _fields(doc, k)
    if not first or _kind(doc.ftext(first[0].value)) != "t":
        return None
    opener = first[0].key
    records: list[tuple[int, int, list[_Field]]] = []
    seen: set[str] = set()  # the keys of the records read so far
    j = k
    n = len(doc.lines)
    while j < n and not used[j]:
        fields = _fields(doc, j)
        if not fields or fields[0].key != opener:
            break
        start, got = j, list(fields)
        j += 1
        while j < n and not used[j] and (more := _fields(doc, j)) and all(f.key != opener for f in more):
            if doc.gap_before(j) and not all(f.key in seen for f in more):
                break  # `附件：…` after the last record: no field the records give
            got += more
            j += 1
        records.append((start, j - 1, got))
        seen.update(f.key for f in got)
        # page furniture before the next record (a page number, a running header)
        skip = j
        while skip < n and skip - j < GAP_LINES and not used[skip] and _fields(doc, skip) is None and _furniture(doc, skip):
            skip += 1
        if skip < n and skip > j and (nxt := _fields(doc, skip)) and nxt[0].key == opener:
            j = skip
    if len(records) < 2:
        return None
    if not all(any(_kind(doc.ftext(f.value)) == "n" for f in fs[1:]) for _, _, fs in records):
        return None
    return records, records[-1][1]


def _table_at(doc: _Doc, k: int, used: list[bool]) -> tuple[TextTable, int] | None:
    got = _records(doc, k, used)
    if got is None:
        return None
    records, last = got
    names: list[tuple[str, Span]] = [(records[0][2][0].key, records[0][2][0].key_span)]
    order: dict[str, int] = {}
    for _, _, fields in records:
        for f in fields[1:]:
            if f.key not in order:
                order[f.key] = len(names)
                names.append((f.key, f.key_span))
    numeric = {order[f.key] for _, _, fs in records for f in fs[1:] if _kind(doc.ftext(f.value)) in "nm"}
    columns = _columns(doc, names)
    # a column of words only (`数据来源：宁波海关`): no figures, whatever its name
    columns = [c if j == 0 or j in numeric or c.role == "unit" else _as_other(c) for j, c in enumerate(columns)]
    title, title_span, unit, first = _title_unit(doc, k, used)
    unit_col = next((j for j, c in enumerate(columns) if c.role == "unit"), None)
    col_units = [value_unit(unit, c.label) for c in columns]
    rows: list[Row] = []
    parent = None
    for a, b, fields in records:
        by_col = {order[f.key]: f for f in fields[1:] if f.key in order}
        label = fields[0].value
        m = _QIZHONG.match(doc.folded, label[0], label[1])
        level = 1 if m and m.end() < label[1] and parent is not None else 0  # `其中：一般贸易出口`
        name = (m.end(), label[1]) if level else label
        runit = doc.ftext(by_col[unit_col].value) if unit_col is not None and unit_col in by_col else None
        cells: list[Cell | None] = [Cell(doc.text(name), name, None, None)]
        for j in range(1, len(columns)):
            f = by_col.get(j)
            if f is None:
                cells.append(None)
                continue
            ft = doc.ftext(f.value)
            if (own := doc.own_unit_cell(f.value, ft)) is not None:
                cells.append(own)
                continue
            kind = _kind(ft)
            cu = cell_unit(ft, columns[j], unit_col is not None, runit, col_units[j]) if kind in "nm" else None
            cells.append(Cell(doc.text(f.value), f.value, _value(ft) if kind == "n" else None, cu))
        rows.append(Row(doc.text(name), name, level, parent if level else None, cells, (doc.lines[a].start, doc.lines[b].end)))
        if not level:
            parent = len(rows) - 1
    start = doc.lines[first].start
    table = TextTable(
        title=title, title_span=title_span, unit=unit, note=None, note_span=None,
        columns=columns, rows=rows, span=(start, doc.lines[last].end),
    )
    return table, last


def _as_other(col: Column) -> Column:
    """``col`` as a column of words (`数据来源`), whatever its name says."""
    return replace(col, role="other", of=None, basis=None)
