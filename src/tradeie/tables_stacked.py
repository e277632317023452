"""Tables whose column names stand one per line: what PDF and Word exports make of a header row.

    表8　2024年对主要国家和地区货物进出口额及其增长速度
    单位：亿元
    国家和地区
    出口额
    比上年增长
    （%）                       <- the rest of the name above it
    进口额
    …
    俄罗斯 312.5 17.2 1734.3 1.7   <- rows on one line, cells a single space apart

and, when the rows came apart too, every cell on a line of its own (a label line, then one line
per figure).  The names are read upwards from the first row; the ones that continue the name
above them (a bracketed unit, a word of two characters) are joined to it until there is one
name per column.  The result is an ordinary :class:`~tradeie.tables.TextTable`.
"""

from __future__ import annotations

import re

from .tables import (
    _CHANGE,
    _MOM,
    _NOTE,
    _QIZHONG,
    _RANK_HEAD,
    _SPREAD_HEADER_WORDS,
    _TABLE_NO,
    _PROSE,
    _UNIT,
    _UNIT_ONLY,
    _UNIT_COL,
    _YOY,
    Cell,
    Column,
    Row,
    Span,
    TextTable,
    _Doc,
    _head_unit,
    _kind,
    _names_other_measure,
    _period,
    _role,
    _value,
    cell_unit,
    tables_among_untaken,
    value_unit,
    value_column_of,
)

__all__ = ["stacked_tables"]

NAME_MAX = 12  # a column name on a line of its own is short
NAMES_MAX = 14  # lines read upwards for the names
_TOKEN = re.compile(r"\S+")
_SENTENCE = re.compile(r"[,;。:]")  # folded text: a name holds no clause punctuation
_BASIS_END = re.compile(r"(?:比上年|比去年|比上年同期|比去年同期|较上年|同比|比上月|环比)$")
_RATE_START = re.compile(r"增长|增速|增幅|下降|增减|±")
# how a column's name ends (`出口额`, `比上年增长`, `（%）`), not a row's label wrapped
_HEADER_END = re.compile(r"(?:额|量|数|值|率|比|重|长|降|速|幅|[%)）])$|^[(（]")
_ROW_NUMBER = re.compile(r"\d{1,3}")
_CONTINUES = re.compile(r"\([^()]{1,8}\)|\(.*|[^()]{1,2}|[^()]{1,2}\([^()]{1,8}\)")  # `（%）`, `(亿元)`, `收入`


def stacked_tables(doc: _Doc, taken: list[tuple[int, int]]) -> list[TextTable]:
    """Tables with a stacked header among the lines no other table took (``taken``: line ranges)."""
    return tables_among_untaken(doc, taken, _table_at)


def _tokens(doc: _Doc, k: int) -> list[Span]:
    ln = doc.lines[k]
    return [m.span() for m in _TOKEN.finditer(doc.folded, ln.start, ln.end)]


def _inline_row(doc: _Doc, k: int) -> tuple[Span, list[Span]] | None:
    """(label span, figure spans) of `俄罗斯 312.5 17.2 1734.3 1.7`, or None."""
    info = doc.info(k)
    if info.prose or info.note:
        return None
    toks = _tokens(doc, k)
    if len(toks) > 2 and _ROW_NUMBER.fullmatch(doc.ftext(toks[0])) and _kind(doc.ftext(toks[1])) == "t":
        toks = toks[1:]  # `1    高新区    38652 …`: the row's number under `序号`
    figs = 0
    while figs < len(toks) and _kind(doc.ftext(toks[len(toks) - 1 - figs])) in "nm":
        figs += 1
    if figs == 0 or figs == len(toks):
        return None
    label = toks[: len(toks) - figs]
    if any(_kind(doc.ftext(t)) != "t" for t in label) or label[-1][1] - label[0][0] > 24:
        return None
    return (label[0][0], label[-1][1]), toks[len(toks) - figs :]


def _wrapped_inline_row(doc: _Doc, k: int, width: int) -> tuple[Span, list[Span]] | None:
    """A row whose label wrapped onto the next line (`2 武汉经开区（汉` / `南区） 30215.7 6.1 10.0`):
    (the label over both lines, the figures), or None."""
    info = doc.info(k)
    if info.prose or info.note:
        return None
    toks = _tokens(doc, k)
    if len(toks) > 1 and _ROW_NUMBER.fullmatch(doc.ftext(toks[0])):
        toks = toks[1:]
    if len(toks) != 1 or _kind(doc.ftext(toks[0])) != "t" or toks[0][1] - toks[0][0] > NAME_MAX:
        return None
    rest = _inline_row(doc, k + 1)
    if rest is None or len(rest[1]) != width or rest[0][1] - rest[0][0] > WRAPPED_TAIL_MAX:
        return None
    return (toks[0][0], rest[0][1]), rest[1]


WRAPPED_TAIL_MAX = 6  # the wrapped end of a row's label is a few characters (`南区）`)


def _single(doc: _Doc, k: int, kinds: str) -> Span | None:
    """The line's one token when its kind is in ``kinds`` (`n`/`m` figures, `t` text)."""
    info = doc.info(k)
    if info.prose or info.note or info.unit:
        return None
    toks = _tokens(doc, k)
    if not toks:
        return None
    span = (toks[0][0], toks[-1][1])
    t = doc.ftext(span)
    if "t" in kinds and len(toks) > 1 and all(_kind(doc.ftext(x)) == "t" and x[1] - x[0] == 1 for x in toks):
        return span if len(t) <= NAME_MAX + 4 else None  # `全  市`, `区  域`: a word spaced out
    if len(toks) == 2 and "n" in kinds and _kind(t) == "n":
        return span  # `103.62 亿元`: a figure with its unit a space after it
    return span if len(toks) == 1 and _kind(t) in kinds else None


def _line_names(doc: _Doc, k: int) -> list[Span] | None:
    """The column names on line ``k``: one per line (`出口额`), a word spaced out (`区  域`), or a
    few a space apart on a hard-wrapped header (`国家和地区 出口额 比上年`); None for a line that
    is no header's."""
    info = doc.info(k)
    if info.prose or info.note or info.unit:
        return None
    toks = _tokens(doc, k)
    if not toks or any(_kind(doc.ftext(t)) != "t" for t in toks):
        return None
    names: list[Span] = []
    for t in toks:
        if names and t[1] - t[0] == 1 and names[-1][1] - names[-1][0] <= 2 and doc.ftext(names[-1])[-1:].isalpha():
            # `区  域`: the letters of a word spaced out
            if doc.ftext((names[-1][1], t[0])).strip() == "" and names[-1][1] - names[-1][0] == 1:
                names[-1] = (names[-1][0], t[1])
                continue
        names.append(t)
    for span in names:
        t = doc.ftext(span)
        # (`其中：出口`: a column of a part of the one before it, not a sentence)
        if len(t) > NAME_MAX or _SENTENCE.search(_QIZHONG.sub("", t)) or _TABLE_NO.match(t) or _NOTE.match(t):
            return None
    return names


def _rows(doc: _Doc, k: int, used: list[bool]) -> tuple[list[tuple[Span, list[Span], int, int]], int] | None:
    """Rows from line ``k``: (label, figures, first and last line of the row), and the figures per row."""
    n = len(doc.lines)
    first = _inline_row(doc, k)
    rows = []
    if first is not None:
        width = len(first[1])
        j = k
        while j < n and not used[j]:
            got = _inline_row(doc, j)
            if got is None and j + 1 < n and not used[j + 1] and (joined := _wrapped_inline_row(doc, j, width)):
                # `2 武汉经开区（汉` / `南区） 30215.7 6.1 10.0`: a row whose label wrapped
                rows.append((joined[0], joined[1], j, j + 1))
                j += 2
                continue
            if (got is None or len(got[1]) != width) and len(rows) >= 2:
                skip = _past_page_break(doc, j, used)
                after = _inline_row(doc, skip) if skip > j and skip < n and not used[skip] else None
                if after is not None and len(after[1]) == width:
                    j, got = skip, after
            if got is None or len(got[1]) != width:
                break
            rows.append((got[0], got[1], j, j))
            j += 1
        return (rows, width) if len(rows) >= 2 else None
    # every cell on its own line: a label, its unit perhaps (`亿千瓦时`, `%`), then its figures
    label = _single(doc, k, "t")
    if label is None:
        return None
    unit = 1 if k + 2 < n and _unit_line(doc, k + 1) and _single(doc, k + 2, "nm") is not None else 0
    width = unit
    while k + 1 + width < n and _single(doc, k + 1 + width, "nm") is not None:
        width += 1
    if width == unit:
        return None
    def row_at(j: int):
        if j + width >= n or any(used[j : j + width + 1]):
            return None
        lab = _single(doc, j, "t")
        if unit and lab is not None and doc.gap_before(j + 1) and _single(doc, j + 1, "n") is not None:
            # a merged unit cell left blank (a blank line where the unit stood): the figures follow
            figs = [_single(doc, j + 1 + i, "nm") for i in range(width - unit)]
            if all(f is not None for f in figs) and not any(used[j : j + width]):
                return (lab, [(lab[1], lab[1])] + figs, j, j + width - 1)
        # a row whose figure is not published has no unit either (`规模以上工业增加值 / — / — / 8.9`)
        cells = [_unit_line(doc, j + 1) or _single(doc, j + 1, "m")] if unit else []
        cells += [_single(doc, j + 1 + i, "nm") for i in range(unit, width)]
        if lab is not None and any(f is None for f in cells) and rows and doc.gap_before(j + 1):
            # `主要工业产品产量` over blank cells: a section line, its parts on the rows below
            below = row_at(j + 1)
            return (lab, [], j, j) if below is not None and below[1] else None
        return None if lab is None or any(f is None for f in cells) else (lab, cells, j, j + width)

    j = k
    while True:
        row = row_at(j)
        if row is None:
            skip = _past_page_break(doc, j, used)
            row = row_at(skip) if skip > j and len(rows) >= 2 else None
            if row is None:
                break
            j = skip
        rows.append(row)
        j = row[3] + 1
    return (rows, width) if len(rows) >= 2 else None


PAGE_BREAK_LINES = 5
# a page number, a footnote, a running head (`2025 年广东省国民经济和社会发展统计公报`) or the rule
# above the footnotes (`————————`)
_PAGE_FURNITURE = re.compile(r"[-—–\s]*\d{1,3}[-—–\s]*|\[\d{1,2}\].*|(?:\d{4}\s*年)?[^\d]{6,40}(?:公报|简报|报告|分析)|[-—–_=]{3,}")


_FOOTNOTE_SOURCE = re.compile(r"\[\d{1,2}\].*来源")


def _footnote_source(doc: _Doc, k: int) -> bool:
    return _FOOTNOTE_SOURCE.match(doc.ftext((doc.lines[k].start, doc.lines[k].end)).strip()) is not None


def _past_page_break(doc: _Doc, j: int, used: list[bool]) -> int:
    """The first line after a page break that starts at line ``j`` inside a table (a rule, its
    footnotes, the page number, the running head), where the rows go on; ``j`` when none does."""
    n = len(doc.lines)
    skip = j
    while skip < n and skip - j < PAGE_BREAK_LINES and not used[skip] and _page_break_line(doc, skip):
        skip += 1
    return skip


def _page_break_line(doc: _Doc, k: int) -> bool:
    """A line a page break puts between a table's rows: a page number, a footnote, a running head."""
    line = doc.ftext((doc.lines[k].start, doc.lines[k].end)).strip()
    return bool(line) and _PAGE_FURNITURE.fullmatch(line) is not None


UNIT_MAX = 6  # a unit cell on its own line: `%`, `万辆`, `亿千瓦时`


def _unit_line(doc: _Doc, k: int) -> Span | None:
    span = _single(doc, k, "t")
    return span if span is not None and len(doc.ftext(span)) <= UNIT_MAX and not _CHANGE.search(doc.ftext(span)) else None


def _merge(names: list[tuple[str, Span, int]], want: int) -> list[tuple[str, Span]] | None:
    """Join names that continue the one on the line above (`比上年增长` + `（%）`, `软件业务` +
    `收入`) until there are ``want``; None when they cannot be.  ``names`` hold their line."""
    names = _spanned(list(names))
    while len(names) > want:
        wrapped = [i for i in range(1, len(names)) if names[i][2] != names[i - 1][2]]
        pick = next((i for i in wrapped if names[i][0].startswith("(")), None)
        if pick is None:
            # `比上年` / `增长(%)`: a rate's name wrapped after its basis
            pick = next((i for i in wrapped if _BASIS_END.search(names[i - 1][0]) and _RATE_START.match(names[i][0])), None)
        if pick is None:
            # `占全省综` / `保区比重`, `全国` / `排名`: a figure's name cut short (it ends as no
            # column's name does) goes on on the next line, before any short word joins another
            # (not a complete name of another kind: `单位`, a period's `10月`)
            pick = next((i for i in wrapped if i >= 2 and not names[i][0].startswith("(") and not _HEADER_END.search(a := names[i - 1][0])
                         and not _UNIT_COL.fullmatch(a) and not _UNIT_COL.fullmatch(names[i][0]) and a not in _SPREAD_HEADER_WORDS
                         and not _period(a) and not _period(names[i][0])), None)
        if pick is None:
            pick = next((i for i in wrapped if _CONTINUES.fullmatch(names[i][0])), None)
        if pick is None:
            return None
        (a, sa, _), (b, sb, lb) = names[pick - 1], names[pick]
        names[pick - 1 : pick + 1] = [(a + b, (sa[0], sb[1]), lb)]
    return [(t, sp) for t, sp, _ in names] if len(names) == want else None


def _merge_words(doc: _Doc, names: list[tuple[str, Span, int]], want: int) -> list[tuple[str, Span]] | None:
    """Join names cut in two (`原材料` / `库存`, `供应商配` / `送时间`) until there are ``want``,
    only where the document's prose writes the joined name (`原材料库存指数`); None when that does
    not come out even.  (Where a cell's name broke is not in its pieces: `生产` is a whole name.)"""
    names = list(names)
    while len(names) > want:
        pick = next((i for i in range(1, len(names)) if names[i - 1][0] + names[i][0] in doc.folded), None)
        if pick is None:
            return None
        (a, sa, _), (b, sb, lb) = names[pick - 1], names[pick]
        names[pick - 1 : pick + 1] = [(a + b, (sa[0], sb[1]), lb)]
    return [(t, sp) for t, sp, _ in names] if len(names) == want else None


def _spanned(names: list[tuple[str, Span, int]]) -> list[tuple[str, Span, int]]:
    """Periods over the same rate, stacked: `6月`, `1—6月`, `同比增长（%）`, `同比增长（%）` ->
    `6月同比增长(%)`, `1—6月同比增长(%)` (a spanning header row flattened line by line)."""
    for i in range(len(names)):
        k = 0
        while i + k < len(names) and _period(names[i + k][0]) and not _CHANGE.search(names[i + k][0]):
            k += 1
        if k < 2 or i + 2 * k > len(names):
            continue
        rates = names[i + k : i + 2 * k]
        if len({r[0] for r in rates}) == 1 and _CHANGE.search(rates[0][0]):
            joined = [(p[0] + r[0], (p[1][0], r[1][1]), r[2]) for p, r in zip(names[i : i + k], rates)]
            return names[:i] + joined + names[i + 2 * k :]
    return names


def _table_at(doc: _Doc, k: int, used: list[bool]) -> tuple[TextTable, int] | None:
    """The table whose first row is line ``k`` under a stacked header, and its last line."""
    if k == 0 or _line_names(doc, k - 1) is None:
        return None
    got = _rows(doc, k, used)
    if got is None:
        return None
    rows, width = got
    # the names, read upwards to the title, the unit line or a blank line
    lines: list[list[tuple[str, Span]]] = []
    top = k
    while top > 0 and sum(map(len, lines)) < NAMES_MAX and not used[top - 1]:
        found = _line_names(doc, top - 1)
        if found is None:
            break
        names_here = [(doc.ftext(sp), sp) for sp in found]
        if lines and len(lines[0]) > 1 and all(_UNIT_ONLY.fullmatch(t) for t, _ in lines[0]) and len(names_here) >= len(lines[0]):
            # `领域 进出口额 同比增长 占全市比重` over `（亿美元） （%） （%）`: each unit under the
            # name it closes, from the right
            units = lines.pop(0)
            off = len(names_here) - len(units)
            names_here = names_here[:off] + [(t + u, (sp[0], sp[1])) for (t, sp), (u, _) in zip(names_here[off:], units)]
        lines.insert(0, names_here)
        top -= 1
        if doc.gap_before(top) and not all(_UNIT_ONLY.fullmatch(t) for t, _ in names_here):
            break
    if any(len(ln) > 1 for ln in lines) and width < 2:
        return None  # `联系人  电话` over `张三  12345678`: a list, not a table
    merged = None
    wrapped_label = None
    for drop in range(0, len(lines)):
        # extra lines above the names may be the title's
        names = [(t, sp, j) for j, ln in enumerate(lines[drop:]) for t, sp in ln]
        if names and _RANK_HEAD.fullmatch(names[0][0]):
            names = names[1:]  # `序号 县（市）区 …`: the rows' numbers are no column of figures
        if drop == 0 and len(names) == width + 2 and len(lines[-1]) == 1 and names[-1][1][1] <= rows[0][0][0] and (
            "、" in names[-1][0] or (len(doc.ftext(rows[0][0])) <= 3 and not _HEADER_END.search(names[-1][0]))
        ):
            # `电信、计算机和信` / `息服务` / `30.41`: the first row's label wrapped, not a column name
            wrapped_label, names = names[-1][1], names[:-1]
        if drop == 0 and all(_period(doc.ftext(r[0])) for r in rows) and (by_name := _merge_words(doc, names, width)) is not None:
            # `PMI` `生产` `新订单` `原材料` / `库存` … over rows `2025年8月 49.4 50.8 …`: rows
            # labelled by their months have no label column, every name is a figure's
            merged = by_name
        else:
            merged = _merge(names, width + 1) or (_merge(names, width) if drop == 0 else None)
        if merged is not None:
            top += drop
            break
    if merged is None or len(merged) < 2:
        return None
    if len(merged) == width:
        merged.insert(0, ("", (merged[0][1][0], merged[0][1][0])))
    title, title_span, unit, first = _title_unit(doc, top, used)
    columns = _columns(doc, merged)
    unit_col = next((j for j, c in enumerate(columns) if c.role == "unit"), None)
    col_units = [value_unit(unit, c.label) for c in columns]  # each column's unit: `亿元，%` -> 亿元
    built: list[Row] = []
    parent = None
    section = False
    last_unit = None
    if wrapped_label is not None and merged is not None:
        row0 = rows[0]
        rows[0] = ((wrapped_label[0], row0[0][1]), row0[1], row0[2] - 1, row0[3])
    for label, figs, row_line, _ in rows:
        cells: list[Cell | None] = [Cell(doc.text(label), label, None, None)]
        m = _QIZHONG.match(doc.folded, label[0], label[1])
        level = 1 if m and m.end() < label[1] else 0  # `其中：离岸执行额`: a part of the row above
        name = (m.end(), label[1]) if level else label
        if not figs:
            section = True  # a section line (`主要工业产品产量`): the indented rows below are its parts
        elif section and label[0] > doc.lines[row_line].start:
            level = 1
        else:
            section = False
        runit = doc.ftext(figs[unit_col - 1]) if unit_col is not None and figs else None
        if runit == "":
            runit = last_unit  # a merged unit cell left blank (`　　　进口` under `其中：出口 / 亿元`): the row above's
        last_unit = runit if runit else last_unit
        if not figs:
            cells += [None] * width  # a section line's blank cells
        for j, f in enumerate(figs, start=1):
            ft = doc.ftext(f)
            col = columns[j]
            if not ft:
                cells.append(None)  # the blank unit cell
                continue
            if (own := doc.own_unit_cell(f, ft)) is not None:
                cells.append(own)  # `103.62 亿元`
                continue
            cu = cell_unit(ft, col, unit_col is not None, runit, col_units[j])
            cells.append(Cell(doc.text(f), f, _value(ft) if _kind(ft) == "n" else None, cu))
        line = doc.lines[row_line]
        built.append(Row(doc.text(name), name, level, parent if level else None, cells, (line.start, line.end)))
        if not level:
            parent = len(built) - 1
    last = rows[-1][3]
    note = None
    if last + 1 < len(doc.lines) and (doc.info(last + 1).note or _footnote_source(doc, last + 1)):
        note = doc.lines[last + 1]
        last += 1
    else:
        # a footnote naming the table's source at a page break inside it (`[12] 货物进出口数据来源于…`)
        note = next((doc.lines[j] for j in range(k, last) if _footnote_source(doc, j)), None)
    start = doc.lines[first].start
    end = max(note.end if note else 0, doc.lines[rows[-1][3]].end)
    table = TextTable(
        title=title, title_span=title_span, unit=unit,
        note=doc.text((note.start, note.end)) if note else None,
        note_span=(note.start, note.end) if note else None,
        columns=columns, rows=built, span=(start, end),
    )
    return table, last


_FIRST_UNIT = re.compile(r"[,，、;；]")  # `亿元,%`: the levels' unit, then the rates'


def _title_unit(doc: _Doc, top: int, used: list[bool]) -> tuple[str | None, Span | None, str | None, int]:
    """The title and the `单位：` unit in the two lines above the names (not a line of the table
    before), and the first line used."""
    title = title_span = unit = None
    first = top
    for j in range(top - 1, max(-1, top - 3), -1):
        if used[j]:
            break
        info = doc.info(j)
        line = doc.ftext((doc.lines[j].start, doc.lines[j].end))
        um = _UNIT.search(line)
        if um and um.start() <= 3:
            unit = unit or um.group(1).strip("()（）")
            first = j
            continue
        # (a title whose unit names two, `全国进出口主要指标(单位:亿元,%)`, is no prose for its comma)
        prose = info.prose and not (um and not _PROSE.search(line[: um.start()] + line[um.end() :]))
        if prose or info.note or not line.strip():
            break
        span = doc.strip(doc.lines[j].start, doc.lines[j].end)
        title, title_span, first = doc.text(span), span, j
        if um:
            unit = unit or _FIRST_UNIT.split(um.group(1))[0]
        break
    return title, title_span, unit, first


def _columns(doc: _Doc, names: list[tuple[str, Span]]) -> list[Column]:
    """Columns named by ``names`` (folded text); a name joined from several lines keeps no span."""
    cols: list[Column] = []
    for j, (name, sp) in enumerate(names):
        span = sp if sp[0] < sp[1] and doc.ftext(sp) == name else None
        label = doc.text(span) if span is not None else name
        if j == 0:
            cols.append(Column(label=label, role="label", span=span))
            continue
        role = "unit" if _UNIT_COL.fullmatch(name) else _role(name)
        of = basis = None
        if role == "change":
            basis = "mom" if _MOM.search(name) else "yoy" if _YOY.search(name) or _CHANGE.search(name) else None
            of = value_column_of(cols, j, name)
            if of is not None and _names_other_measure(name, cols[of].label):
                of = None
        cols.append(Column(label=label, role=role, span=span, period_hint=_period(name), unit=_head_unit(name), of=of, basis=basis))
    return cols
