"""Layout repair: physical lines -> logical paragraphs, and the normalised view of the document.

Text pulled out of PDF or Word arrives hard-wrapped (every 25-35 CJK characters, often with a
blank line after every wrapped line), with stand-alone page numbers between wrapped lines, bullet
glyphs, box frames and markup.  This module decides which physical lines belong together and
builds the normalised text (see :mod:`tradeie.textview`) that every later stage reads.

The decisions are deliberately conservative: a line that looks structural (a heading, a bulleted
title, a source line) is never glued to its neighbours, and ordinary lines are joined only when
the document is hard-wrapped and the line runs to the wrap width without closing punctuation.
"""

from __future__ import annotations

import gc
import itertools
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field

import regex

from . import textview
from .textview import NormText, fold

__all__ = ["Line", "Paragraph", "Layout", "analyse", "normalize"]

# --- line shapes -----------------------------------------------------------------------------
PAGE_NUMBER_RE = regex.compile(r"(?:[-—–]\s*)?\d{1,3}(?:\s*[-—–])?|第\s*\d{1,3}\s*页|\d{1,3}\s*/\s*\d{1,3}")
BOX_ONLY_RE = regex.compile(r"[\s┌┐└┘├┤┬┴┼─━│┃═║╔╗╚╝╠╣╦╩╬┏┓┗┛]+")
BOX_EDGE = "│┃║"
BOX_FIRST = "┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬┏┓┗┛"
# A line that must never be glued to its neighbours, judged on its normalised text.
HEADING_RE = regex.compile(r"【[^】\n]{1,24}】|[一二三四五六七八九十]{1,3}[、.][^,;:。,]{2,16}")
BULLET_RE = regex.compile(r"[●·•■◆◇▪▶►○◎★☆▲△◉⚫█]")  # (█: an infographic's block heading)
SOURCE_RE = regex.compile(r"\(?\s*(?:来源|来\s*源|稿源|信息来源|资料来源|作者|撰稿|供稿|文|编辑)\s*[:]\s*[^\n]{1,60}?\)?|\([\p{Han}]{2,30}?供稿\)")
SUBHEAD_RE = regex.compile(r"(?:——|--)\S|—[^\d\s]")
FIELD_RE = regex.compile(r"(?:类型|网址|简介|地址|电话|邮箱|联系人|成立时间|主营业务|企业简介|公司简介|官网)\s*:")
# `- 数据月报`, `全市经济运行情况 ……………… 1`: a table-of-contents entry stands alone
TOC_LEADER = r"(?:…{2,}|\.{4,}|·{4,})\s*\d{1,3}"  # a contents entry's leader and page number
TOC_LEADER_RE = regex.compile(rf"{TOC_LEADER}$")
TOC_ITEM_RE = regex.compile(rf"-\s+\S|.{{2,40}}?{TOC_LEADER_RE.pattern}")
TERMINAL = set("。!?！？…")
DOC_NUMBER_RE = regex.compile(r"[\p{Han}]{1,10}[〔\[(（【]\d{4}[〕\])）】]\s?\d{1,4}\s?号")
# First characters a structural line can start with (a cheap filter before the regexes).
STRUCTURAL_FIRST = set("●·•■◆◇▪▶►○◎★☆▲△◉⚫█-—【(一二三四五六七八九十来稿信资作撰供文编类网简地电邮联成主企公官")


# a label, a bar, then a figure: one row of an infographic's or a card's fields
PIPE_ROW_RE = re.compile(r"[^|\d。]{1,30}?\s*\|\s*[-+−↑↓]?\s*\d")

_UNSET: list = object()  # type: ignore[assignment]  # marker: ``pieces`` not given


@dataclass(slots=True)
class Line:
    """One physical line: its original content span (surrounding whitespace excluded)."""

    start: int
    end: int
    clean: str
    width: int
    indent: bool
    glyph: bool  # starts with a private-use bullet glyph (removed from ``clean``)
    newline: int  # original index of the line's terminating "\n", or -1 at end of text
    bold: bool = False  # wrapped in markdown ``**…**`` (removed from ``clean``)
    pieces: list = field(default_factory=list)  # how ``clean`` is built from the original
    structural: bool = False  # never glued to its neighbours (computed once)
    cue: bool = False  # words of a subtitle cue (set after construction)

    # Written out instead of the generated ``__init__`` + ``__post_init__`` (one call less for
    # each of the ~10k lines per MB); same signature and behaviour.
    def __init__(
        self,
        start: int,
        end: int,
        clean: str,
        width: int,
        indent: bool,
        glyph: bool,
        newline: int,
        bold: bool = False,
        pieces: list = _UNSET,  # type: ignore[assignment]
        structural: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.clean = clean
        self.width = width
        self.indent = indent
        self.glyph = glyph
        self.newline = newline
        self.bold = bold
        self.pieces = [] if pieces is _UNSET else pieces
        self.cue = False
        if (glyph or bold) or clean[0] in STRUCTURAL_FIRST:
            structural = bool(
                glyph
                or bold
                or BULLET_RE.match(clean)
                or TOC_ITEM_RE.match(clean)
                or SUBHEAD_RE.match(clean)
                or FIELD_RE.match(clean)
                or HEADING_RE.fullmatch(clean)
                or SOURCE_RE.fullmatch(clean)
            )
        if not structural and clean[-1] == "号" and DOC_NUMBER_RE.fullmatch(clean):
            structural = True  # a document number (`津自贸办〔2025〕27号`) stands alone
        self.structural = structural


@dataclass(slots=True)
class Paragraph:
    """A logical paragraph: one or more physical lines joined; spans index the normalised view."""

    lines: list[Line]
    nstart: int = 0
    nend: int = 0
    figures: int = 0  # a graphic's figure block: the line its first figure is on (0: none)
    cued: bool = False  # subtitle cues run together: each line a clause of its own

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def first(self) -> Line:
        return self.lines[0]


@dataclass(slots=True)
class Layout:
    """The repaired layout: paragraphs plus the normalised view they index."""

    original: str
    norm: NormText
    paragraphs: list[Paragraph] = field(default_factory=list)
    wrap_width: int | None = None


# A line's content: first to last non-whitespace character (stdlib ``\s`` is ``str.isspace``, as
# ``strip``).  The empty group closes the first branch, taken when the whole content is made of
# characters that :func:`~tradeie.textview.line_pieces` keeps as they are (no whitespace,
# artefact opener or invisible glyph): such a line is its own clean text.
_PLAIN = rf"[^\s\[*{textview._PRIVATE_USE}\u200b\u200c\u200d\u2060\ufeff]"
# Characters :func:`~tradeie.textview.is_cjk` accepts without asking ``unicodedata``.
_SURE_CJK = (
    "[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uf900-\ufaff\u2010-\u2027\uff00-\uffef"
    "\U00020000-\U0002ffff()\\[\\]:;,!?·●•]"
)
_LINE_END = r"(?=[^\S\n]*+(?:\n|\Z))"
# The second branch (second empty group) takes a line of plain characters and runs of spaces where
# every run touches a CJK character: ``line_pieces`` drops all those runs (`2024 年 1-5 月`).
_BODY_RE = re.compile(
    rf"\S(?:(?<={_PLAIN}){_PLAIN}*+{_LINE_END}()"
    rf"|(?<={_PLAIN}){_PLAIN}*+(?:(?:(?<={_SURE_CJK}) ++| ++(?={_SURE_CJK})){_PLAIN}++)++{_LINE_END}()"
    r"|(?:[^\n]*\S)?)"
)
_BOX_ANY_RE = re.compile("[" + re.escape(BOX_EDGE + BOX_FIRST) + "]")
_dirty_pieces = textview._dirty_pieces


RUNNING_HEAD_MAX = 40  # characters: a page's running head is a short line
RUNNING_HEAD_LINES = 2  # and one of the first two lines of a page, without clause punctuation
_CLAUSE_PUNCT = re.compile(r"[,，。;；:：]")


# a subtitle cue's time span (SRT `00:01:23,450 --> 00:01:27,000`, WebVTT `01:23.450 --> …`
# with its settings after it)
_CUE_TIME_RE = regex.compile(r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(?:[ \t][^\n]{0,80})?")
_CUE_TIME_LINE = regex.compile(r"(?m)^[ \t]*(?:" + _CUE_TIME_RE.pattern + r")[ \t]*\r?$")
SUBTITLE_CUES_MIN = 3  # time spans on lines of their own that make a text a subtitle file


def _is_subtitles(folded: str) -> bool:
    """The text is a subtitle file (SRT or WebVTT): its cues' numbers and time spans frame the words."""
    if "-->" not in folded:
        return False
    return sum(1 for _ in itertools.islice(_CUE_TIME_LINE.finditer(folded), SUBTITLE_CUES_MIN)) >= SUBTITLE_CUES_MIN


# a running head's date line (`2024年7月19日星期五`, `2025年6月3日 周二`)
_HEAD_DATE = regex.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _joins_heads(clean: str, page_heads: set[str]) -> bool:
    """``clean`` opens with one of the document's first lines and holds another (the paper's name
    and its dated line set on one line at a page's top, with the page's number and name)."""
    heads = [h for h in page_heads if len(h) >= 4 and h in clean]
    return len(heads) >= 2 and any(clean.startswith(h) for h in heads)


def _split_lines(original: str, folded: str) -> list[Line]:
    """The non-blank physical lines of ``folded``, cleaned and classified.

    One C-speed scan yields each line's content span (blank lines are never visited); box frames
    are only looked at when the text holds a box-drawing character at all."""
    lines: list[Line] = []
    append = lines.append
    page_number = PAGE_NUMBER_RE.fullmatch
    boxed = _BOX_ANY_RE.search(folded) is not None
    find = folded.find
    rfind = folded.rfind
    page_heads: set[str] = set()  # the first lines of the document and of each page
    after_break = 0  # lines read since the last page break (or the start)
    paged = False  # a page number was seen: the text has page breaks
    subtitles = _is_subtitles(folded)
    cue_open = False  # in a subtitle file, the lines after a cue's time span, up to a blank line
    prev_end = 0
    for m in _BODY_RE.finditer(folded):
        s, e = m.span()
        # box frames: drop frame-only lines, strip side edges
        if boxed:
            c0 = folded[s]
            if c0 in BOX_EDGE or folded[e - 1] in BOX_EDGE or c0 in BOX_FIRST:
                if BOX_ONLY_RE.fullmatch(m.group()):
                    continue
                if c0 in BOX_EDGE:
                    s += 1
                    while s < e and folded[s].isspace():
                        s += 1
                if e > s and folded[e - 1] in BOX_EDGE:
                    e -= 1
                    while e > s and folded[e - 1].isspace():
                        e -= 1
                if s >= e:
                    continue
        if s and folded[s - 1] != "\n":
            start = rfind("\n", 0, s) + 1
            lead = original[start:s]
            indent = folded.count(" ", start, s) >= 2 or "\u3000" in lead or "\u2003" in lead
        else:
            indent = False
        kind = m.lastindex
        if kind == 1:  # plain line (box edges, if any were stripped, were plain too)
            clean = folded[s:e]
            pieces = [(s, e)]
        elif kind == 2:  # plain words and dropped runs of spaces
            words = folded[s:e].split(" ")
            clean = "".join(words)
            pieces = []
            p = s
            for w in words:
                if w:
                    q = p + len(w)
                    pieces.append((p, q))
                    p = q + 1
                else:
                    p += 1
        else:
            clean, pieces = _dirty_pieces(folded, s, e)
            if not clean:
                continue
        n = len(clean)
        if subtitles:
            gap = folded.count("\n", prev_end, s) > 1
            prev_end = e
            if _CUE_TIME_RE.fullmatch(clean):
                cue_open = True
                continue  # a subtitle cue's time span and (below) its number: the file's frame
            if clean.isdigit() and (nl := find("\n", e)) >= 0 and _CUE_TIME_RE.match(folded, nl + 1):
                cue_open = False
                continue
            cue_open = cue_open and not gap
        if n <= 9 and page_number(clean) and not (clean.isdigit() and _among_cells(folded, s, e)):
            after_break = 0
            paged = True
            continue
        if n <= RUNNING_HEAD_MAX and page_heads and _HEAD_DATE.search(clean) and not _CLAUSE_PUNCT.search(clean) and _joins_heads(clean, page_heads):
            continue  # `青岛日报 2024 年 7 月 19 日 星期五 3 经济新闻` mid-column: a page's head run into one line
        if after_break < RUNNING_HEAD_LINES and n <= RUNNING_HEAD_MAX and not _CLAUSE_PUNCT.search(clean):
            # the first lines of a page repeating the first lines of the document or of an
            # earlier page (`青屿统计分析  青屿市统计局`) are its running head, not text
            after_break += 1
            if clean in page_heads:
                continue
            if paged and _heads_with_issue(clean, page_heads):
                continue  # `宁波口岸运行简报  2025年第8期` over a page: the masthead and its issue
            page_heads.add(clean)
        else:
            after_break = RUNNING_HEAD_LINES
        bold = folded[s] == "*" and e - s > 4 and folded.startswith("**", s) and folded.endswith("**", s, e)
        if cue_open and kind == 2:
            # a cue's words spaced apart are its clauses (`其中 出口2812.9亿元 增长8.3%`): each space
            # between them reads as a comma, unlike the spaces a PDF scatters between characters
            clean, pieces = _spaces_as_commas(folded, pieces)
        append(
            Line(
                s,
                e,
                clean,
                # display width: CJK 2, ASCII 1 (a lone surrogate from a broken decode counts too)
                n + (len(clean.encode("utf-8", "surrogatepass")) - n) // 2,
                indent,
                "\ue000" <= original[s] <= "\uf8ff",  # a private-use bullet glyph
                find("\n", e),
                bold,
                pieces,
            )
        )
        if cue_open:
            lines[-1].cue = True
    return lines


_CLAUSE_SPACE_LEFT = re.compile(r"[\u4e00-\u9fff%)）”]")
_CLAUSE_SPACE_RIGHT = re.compile(r"[\u4e00-\u9fff(（“↑↓]")


# a cue that opens a paragraph: a speaker's turn (`记者：`, `受访者：`, `主持人:`) or a caption
# (`【屏幕字幕】…`, `（字幕：…）`), after which the next cue opens one too
_CUE_CAPTION = re.compile(r"[【\[(（]")
_CUE_OWN_LINE = re.compile(r"[【\[(（]|[\u4e00-\u9fffA-Za-z]{1,8}[:：]")


def _pipe_rows(prev: Line, ln: Line) -> bool:
    """Two lines in a row, each a label, a bar and a figure (`非洲 | 1,123.6亿元 | ↑21.7%`)."""
    return "|" in prev.clean and "|" in ln.clean and PIPE_ROW_RE.match(prev.clean) is not None and PIPE_ROW_RE.match(ln.clean) is not None


def _cue_clause_break(before: str, after: str) -> bool:
    """Whether one subtitle cue ending in ``before`` and the next opening ``after`` part as two
    clauses; not where a figure runs across them (`同比增长` / `9.1%`, `2,986.4` / `亿元`)."""
    return not (before[-1].isdigit() or after[0].isdigit() or after[0] in "+-−.%")


def _spaces_as_commas(folded: str, pieces: list) -> tuple[str, list]:
    """A subtitle cue's pieces with a comma standing for each space between two words of text
    (a Han character or a figure's `%` before it, a Han character or an arrow after it)."""
    out: list = []
    for a, b in pieces:
        if out and a - out[-1][1] == 1 and _CLAUSE_SPACE_LEFT.match(folded, a - 2) and _CLAUSE_SPACE_RIGHT.match(folded, a):
            out.append((a - 1, -1))  # the space itself, read as ","
        out.append((a, b))
    clean = "".join("," if b < 0 else folded[a:b] for a, b in out)
    return clean, out


_ISSUE_TAIL = regex.compile(r"(?:\d{4}年)?第\d{1,4}期(?:\(总第\d{1,5}期\))?|\d{4}年\d{1,2}月(?:\d{1,2}日)?")


_FIGURE_CELL = re.compile(r"[-+]?\d[\d,.]*%?|—|-")  # the next cell of the row: a figure, or a dash for none
_INTEGER_LINE = re.compile(r"[-+]?\d{1,4}")
CELL_LINE_MAX = 12  # characters of a table cell standing on its own line (`家`, `1-7月累计`, `58620`)


def _neighbour_line(folded: str, s: int, e: int, before: bool) -> str:
    """The physical line right before (or after) the line ``folded[s:e]``, "" when it is blank."""
    if before:
        end = folded.rfind("\n", 0, s)
        return "" if end <= 0 else folded[folded.rfind("\n", 0, end) + 1 : end]
    start = folded.find("\n", e)
    if start < 0:
        return ""
    end = folded.find("\n", start + 1)
    return folded[start + 1 : end if end >= 0 else len(folded)]


def _among_cells(folded: str, s: int, e: int) -> bool:
    """A bare number between two short lines with no blank line around it: a Word table's cell
    standing on its own line (`家` / `9` / `71`), not a page number (which a page break sets
    apart, or which interrupts hard-wrapped prose)."""
    prev, nxt = (_neighbour_line(folded, s, e, b).strip(" \t\u3000") for b in (True, False))
    return (
        # (a figure's thousands separator, `5,318`, is no clause's comma)
        all(0 < len(x) <= CELL_LINE_MAX and "\f" not in x and not (_CLAUSE_PUNCT.search(x) and not _FIGURE_CELL.fullmatch(x)) for x in (prev, nxt))
        and _FIGURE_CELL.fullmatch(nxt) is not None  # (a rank before its row's name, `1` / `金华市`, stays dropped)
        and not (_INTEGER_LINE.fullmatch(prev) and _INTEGER_LINE.fullmatch(nxt))  # (a chart's axis: `40` / `30` / `20`)
    )


def _heads_with_issue(clean: str, page_heads: set[str]) -> bool:
    """A page's running head that joins the document's masthead line to its issue or date."""
    return any(len(h) >= 4 and clean.startswith(h) and _ISSUE_TAIL.fullmatch(clean, len(h)) for h in page_heads)


def _wrap_width(lines: list[Line], per_char: bool = False, tables_aside: bool = False, narrow: bool = False) -> int | None:
    """The hard-wrap width if the document is hard-wrapped, else None (widths in display
    columns, or in characters with ``per_char``; with ``tables_aside``, rows spaced into columns
    are left out of the count of lines the wrapped ones must be a good part of; with ``narrow``, a
    newspaper's column of a dozen characters, whose wrapped lines must be most of the text)."""
    lo, hi = (15, 70) if per_char else (NARROW_COLUMN, 140) if narrow else (30, 140)
    # (with the tables aside, their rows set no width either: a short release's few wrapped
    # paragraphs between two tables of narrow rows)
    sized = [ln for ln in lines if lo <= ln.width <= hi and not (tables_aside and _spaced_columns(ln))]
    if len(sized) < 5:
        return None
    step, below, above = (2, 4, 3) if per_char else (3, 8, 5)
    mode = Counter(ln.width // step for ln in sized).most_common(1)[0][0] * step
    near = [ln for ln in sized if mode - below <= ln.width <= mode + above]
    text_lines = sum(not _spaced_columns(ln) for ln in lines) if tables_aside else len(lines)
    if narrow and (len(near) < NARROW_SHARE * len(lines) or len(near) < NARROW_LINES_MIN):
        return None  # (a card's dozen short lines are no column)
    if len(near) < 0.3 * text_lines and len(near) < 0.6 * len(sized):
        # (a table laid out one cell per line adds many short lines to a wrapped text: the wrapped
        # lines are still most of those long enough to be wrapped)
        return None
    wrap = max(ln.width for ln in near)
    # A document wrapped at that width cannot hold many lines far longer than it: then the lines
    # of similar width are headings and datelines between unwrapped paragraphs.
    # (a table's rows spaced into columns are no such lines)
    if sum(ln.width > wrap + (5 if per_char else 10) and not _spaced_columns(ln) for ln in lines) > 0.2 * len(near):
        return None
    return wrap


NARROW_COLUMN = 20  # display columns: the narrowest wrap a newspaper's column is set to
NARROW_SHARE = 0.5  # of all lines, at least, that a narrow column's wrapped lines are
NARROW_LINES_MIN = 16  # and how many at least: a story's column, not a card's few lines
COLUMN_GAP = 3  # characters of space between two cells of a row spaced into columns


def _spaced_columns(ln: Line) -> bool:
    """A line laid out in columns by runs of spaces (a table's row), not a line of text."""
    return sum(b[0] - a[1] >= COLUMN_GAP for a, b in zip(ln.pieces, ln.pieces[1:])) >= 2


MASTHEAD_GAP = 6  # characters of space between two fields of a masthead or signature row


_SPEAKER_LABEL = regex.compile(r"(?!\p{Han}*如下)[\p{Han}·]{2,4}\s?[:：]")  # (not the wrap's end: `重点` / `签约项目如下：`)
_EDITED_BY_END = regex.compile(r"(?:局|处|厅|委|会|中心|部|室|科|司|办|院|秘书处|编辑部)[\s\u3000]*(?:编印|编制|主办|编)$")


def _wide_gap(ln: Line) -> bool:
    """A line whose pieces stand apart by a wide run of spaces (a masthead's body and date)."""
    # (a piece ``(a, -1)`` is one character copied from ``a``)
    return any(b[0] - (a[1] if a[1] >= 0 else a[0] + 1) >= MASTHEAD_GAP for a, b in zip(ln.pieces, ln.pieces[1:]))


def _joins(prev: Line, nxt: Line, wrap: int | None, opens_block: bool = False) -> bool:
    """True when ``nxt`` continues the paragraph that ``prev`` is in (a hard wrap).

    ``opens_block``: ``prev`` is the first line after a heading or source line, where an
    unmarked article title stands; a title is visibly shorter than the wrap width.
    """
    if wrap is None or prev.structural or nxt.structural or nxt.indent:
        return False
    if prev.clean.isascii() and not nxt.clean.isascii():
        return False  # `NINGBO STATISTICAL MONTHLY` over `2025年第9期`: a masthead in another script
    if _wide_gap(prev):
        return False  # `…协会 编　　　　　　2025年6月12日`: a masthead's fields set apart, not wrapped text
    if _EDITED_BY_END.search(prev.clean):
        return False  # `…领导小组办公室　编`: a masthead's editing body, however long its name
    if _SPEAKER_LABEL.fullmatch(nxt.clean):
        return False  # `陈国栋：` on a line of its own: the next turn of a transcript, not the wrap's end
    if opens_block and prev.width < wrap - 6 and prev.clean[-1] not in "，,、;；:：" and not _CLAUSE_PUNCT.search(prev.clean):
        # a short line after a heading is its article's title, unless it holds clauses (a title
        # has none: `1—8月,全区…6.8%,增` is a paragraph's first line, wrapped mid-word)
        return False
    if prev.clean[-1] in TERMINAL and prev.width < wrap - 4:
        return False
    # (a paragraph's first line is shorter by its indent, two characters at least: in a narrow
    # column, `　　从贸易方式看，去年我省一` / `般贸易进出口…` is a full line)
    width = prev.width + PARAGRAPH_INDENT * prev.indent
    return (
        width >= wrap * 0.72 or (prev.clean[-1] not in TERMINAL and _full_by_characters(prev, wrap))
        or (prev.clean[-1] not in TERMINAL and prev.width >= wrap * 0.5 and not _is_short_title(prev))
    )


def _full_by_characters(ln: Line, wrap: int) -> bool:
    """A line of text and figures as full as the wrap when every character is counted as wide:
    a text wrapped at a number of characters sets its figures' half-width digits in lines that
    look short by display width (`6418.3亿元，增长16.9%，其中出口5632.7` / `亿元，…`)."""
    n = len(ln.clean)
    return (
        ln.width != n and 2 * n >= wrap * FULL_BY_CHARACTERS and any(c.isdigit() for c in ln.clean)
        and not _spaced_columns(ln) and not _wide_gap(ln)  # (not a table's row)
    )


PARAGRAPH_INDENT = 2  # characters (or columns) at least that a paragraph's first line is set in
FULL_BY_CHARACTERS = 0.8  # of the wrap width, counting each character as two columns


def _splits_figure(prev: Line, nxt: Line, wrap: int | None) -> bool:
    """A wrapped line (a bulleted item's too) that breaks a figure: it ends in a digit and the
    next line goes on with the number or its unit (`…海外人才1120` / `人；`, `…得分达到92` / `.6分`)."""
    if wrap is None or nxt.structural or nxt.indent or (prev.width < wrap * 0.72 and not _full_by_characters(prev, wrap)):
        return False
    if not prev.clean[-1].isdigit() or TOC_LEADER_RE.search(prev.clean):
        return False  # `主要经济指标 ………… 4`: a page number in a table of contents
    c = nxt.clean[0]
    return c.isdigit() or c in ".．%％‰" or ("\u4e00" <= c <= "\u9fff" and c not in STRUCTURAL_FIRST)


# a clause broken before its figure (`…市场采购贸易方式出口57.3亿元，增长` / `12.9%。`, `…出口劳动
# 密集型产品` / `386.1亿元，…`)
_FIGURE_OPENS = regex.compile(r"[-+]?\d[\d.,]*\s?(?:%|‰|个百分点|倍|[万亿]|元|美元|吨|家|个|人|辆|条|项|件|台|艘|列|标准箱|平方米)")


_FIGURE_FIRST = frozenset("0123456789+-")


def _splits_clause_at_figure(prev: Line, nxt: Line, wrap: int | None) -> bool:
    """A wrapped line of running text (it holds a clause mark and does not end a sentence) whose
    clause goes on with the figure that opens the next line: a narrow column's wrap, however short
    the line looks."""
    return (
        wrap is not None and nxt.clean[0] in _FIGURE_FIRST and not prev.structural and not nxt.structural and not nxt.indent and prev.width >= wrap * 0.5
        and prev.clean[-1] not in TERMINAL and prev.clean[-1] not in "：:" and _CLAUSE_PUNCT.search(prev.clean) is not None
        and _FIGURE_OPENS.match(nxt.clean) is not None
    )


# a graphic's text version sets a label on a line, its figure on the next and the figure's change
# or share on the lines after (`货物进出口总额` / `1386.2亿元` / `增长5.4%` / `占全市出口比重39.2%`)
FIGURE_BLOCK_LINE = 24  # characters, at most, of each line of such a block
# (a rate may follow its arrow, `同比 ↑5.3%`, `3.37万亿元 ↑6.8%`, `同比 ↑9.8%   环比 ↑4.5%`)
_ARROW_RATE = r"(?:同比|环比|(?:比|较)(?:上年|去年)(?:同期)?)?\s?[▲▼↑↓△▽]\s?[+\-−]?\d[\d,.]*\s?%"
_FIGURE_LINE = regex.compile(
    rf"[▲▼↑↓△▽]?\s?[+\-−]?\d[\d,.]*\s?(?:[%‰]|[\p{{Han}}A-Za-z/]{{1,6}})?(?:\s*{_ARROW_RATE})?"
    rf"|{_ARROW_RATE}(?:\s*{_ARROW_RATE})?"
    r"|[▲▼↑↓△▽]?\s?(?:同比|环比|(?:比|较)(?:上年|去年)(?:同期)?|(?:比|较)年初)?(?:增长|下降|提高|提升|减少|上升|回落|增加|扩大|收窄|缩小|占|持平|基本持平)[^。;；]{0,20}"
)
_FIGURE_OR_FLAT = regex.compile(r"\d|持平")
# (a label may open with its month: `12月当月进出口`)
_LABEL_LINE = regex.compile(r"(?:\d{1,2}月(?:当月|份)?)?[^\d。;；:：,，]{2,24}")
# the period a block's figure is of, on a line above its label (`今年1—8月`, `截至8月底`)
_PERIOD_LINE = regex.compile(
    r"(?:今年|去年|本年|\d{4}年)?(?:前?\d{1,2}[-—–~至]\d{1,2}月(?:份)?|前\d{1,2}个月|[一二三四]季度|前三季度|[上下]半年|全年|"
    r"\d{1,2}月(?:份)?|截至\d{1,2}月(?:底|末)|以来)?(?:以来)?"
)


def _block_head(cur: list[Line]) -> int:
    """How many lines head a figure block: its label (1), or the period over its label (2); 0
    when ``cur`` opens no block."""
    if _LABEL_LINE.fullmatch(cur[0].clean) is not None and not cur[0].indent:
        return 1
    if len(cur) >= 2 and _is_period_line(cur[0]) and _LABEL_LINE.fullmatch(cur[1].clean) is not None:
        return 2
    return 0


def _is_period_line(ln: Line) -> bool:
    return len(ln.clean) <= 12 and _PERIOD_LINE.fullmatch(ln.clean) is not None and not ln.indent and _FIGURE_OR_FLAT.search(ln.clean) is not None


def _label_under_period(cur: list[Line] | None, prev: Line, ln: Line, nxt: Line | None, original: str) -> bool:
    """``ln`` is a graphic's label under the line of its figure's period, its figure on the line
    after (`今年1—8月` / `关区进口“提前申报”比例` / `58.3%`)."""
    return (
        cur is not None and len(cur) == 1 and cur[0] is prev and _is_period_line(prev)
        and nxt is not None and _LABEL_LINE.fullmatch(ln.clean) is not None and not ln.indent and not ln.structural
        and _FIGURE_LINE.fullmatch(nxt.clean) is not None and _FIGURE_OR_FLAT.search(nxt.clean) is not None
        and original.rfind("\n", 0, ln.start) == prev.newline and original.rfind("\n", 0, nxt.start) == ln.newline
    )


_ARROWS = frozenset("▲▼↑↓△▽")
_LABEL_MARKS = frozenset("◎●■◆◇▪▶►○★☆◉")


def _marked_block_line(cur: list[Line], prev: Line) -> bool:
    """``prev`` is a figure block's label opening with its mark (`◎ 外贸进出口总额`) or one of its
    change lines opening with an arrow (`▲ 同比增长6.1%`)."""
    return (prev is cur[0] and prev.clean[0] in _LABEL_MARKS) or (prev is not cur[0] and prev.clean[0] in _ARROWS)


def _figure_under_label(cur: list[Line] | None, prev: Line, ln: Line, original: str) -> bool:
    """``ln`` is a figure line going on with a block that opens with a label line and holds only
    figure lines after it, on the line right under the last (no blank line between)."""
    if not cur or len(ln.clean) > FIGURE_BLOCK_LINE or ln.indent:
        return False  # (figures indented under a `▍` label are read as their own lines)
    if (ln.structural and ln.clean[0] not in _ARROWS) or (prev.structural and not _marked_block_line(cur, prev)):
        return False  # (a change line may open with its arrow, `▲ 同比增长6.1%`; a label with its mark, `◎ 出口`)
    if not _FIGURE_LINE.fullmatch(ln.clean) or not _FIGURE_OR_FLAT.search(ln.clean):
        return False
    if original.rfind("\n", 0, ln.start) != prev.newline:
        return False  # a blank line between: the block has ended
    k = _block_head(cur)
    return k > 0 and all(len(x.clean) <= FIGURE_BLOCK_LINE and _FIGURE_LINE.fullmatch(x.clean) for x in cur[k:])


def _is_short_title(line: Line) -> bool:
    return line.width < 60 and line.clean[-1] not in "，,、;；:：。"


def _column(original: str, at: int) -> int:
    """The display column of ``at`` on its line (a full-width space is two columns)."""
    head = original[original.rfind("\n", 0, at) + 1 : at]
    return len(head) + head.count("\u3000")


def _hangs_under(prev: Line, ln: Line, original: str, wrap: int | None) -> bool:
    """``ln`` goes on with the bulleted item above it, indented to the item's text
    (`  · 1—10月累计完成…增幅居全国前` / `    列。`): a hanging indent, not a new paragraph; or
    flush left under an item as wide as the document's wrap."""
    if prev.clean[0] not in _HANGING_BULLETS or prev.clean[-1] in TERMINAL:
        return False
    if not _CLAUSE_PUNCT.search(prev.clean):
        return False  # `· 山东外贸一季度实现平稳开局` over its indented text: a bulleted title
    if ln.clean[0] in _HANGING_BULLETS or ln.structural or original.rfind("\n", 0, ln.start) != prev.newline:
        return False  # another item, or a line after a blank one
    if not ln.indent:
        # flush under the bullet: the item was hard-wrapped at the document's width
        # (`▲ 11 月 14 日…企业赴新加坡、` / `吉隆坡开展…`)
        # (the item's first line counts its indent: `　　——综合实力…由 2020 年的` / `1.78 万亿元…`)
        return wrap is not None and prev.width + _column(original, prev.start) >= wrap * 0.85
    text_at = prev.start + 1
    while text_at < prev.end and original[text_at] in " \u3000\t":
        text_at += 1
    return abs(_column(original, ln.start) - _column(original, text_at)) <= 1


_HANGING_BULLETS = frozenset("·•●▪◆■▲►▶-—*")


def _paragraphs(lines: list[Line], wrap: int | None, original: str) -> list[Paragraph]:
    """Group lines into paragraphs: a line joins the paragraph above when it continues a hard wrap
    (never in a text that is not hard-wrapped) or hangs under a bulleted item."""
    paragraphs: list[Paragraph] = []
    append = paragraphs.append
    cur: list[Line] | None = None  # lines of the last paragraph
    before: Line | None = None  # last line of the paragraph before it
    prev: Line | None = None  # last line of the last paragraph
    for i, ln in enumerate(lines):
        if prev is not None and ln.cue and prev.cue and not ln.structural and not _CUE_OWN_LINE.match(ln.clean) and not _CUE_CAPTION.match(prev.clean):
            cur.append(ln)  # the cues of one speaker's turn run on, each a clause
            paragraphs[-1].cued = True
        elif prev is not None and (_splits_figure(prev, ln, wrap) or _splits_clause_at_figure(prev, ln, wrap)):
            cur.append(ln)  # `…其中海外人才1120` / `人；…`: a figure broken over the wrap
        elif prev is not None and _label_under_period(cur, prev, ln, lines[i + 1] if i + 1 < len(lines) else None, original):
            cur.append(ln)  # `今年1—8月` / `关区进口“提前申报”比例`: the block's period, then its label
        elif prev is not None and _figure_under_label(cur, prev, ln, original):
            cur.append(ln)  # `货物进出口总额` / `1386.2亿元` / `增长5.4%`: one figure of a graphic's text
            paragraphs[-1].figures = paragraphs[-1].figures or len(cur) - 1
        elif prev is not None and _hangs_under(prev, ln, original, wrap):
            cur.append(ln)
        elif (
            prev is not None
            and not prev.structural
            and not ln.structural
            and not ln.indent
            and _joins(
                prev,
                ln,
                wrap,
                len(cur) == 1
                and before is not None
                and before.structural
                and not before.clean.startswith(("●", "·", "•")),
            )
        ):
            cur.append(ln)
        else:
            before = prev
            cur = [ln]
            append(Paragraph(cur))
        prev = ln
    return paragraphs


# Inputs at least this long are processed with the cyclic garbage collector paused (see below).
GC_PAUSE_CHARS = 100_000


@contextmanager
def gc_paused(size: int):
    """Pause the cyclic garbage collector while a large document is processed.

    Layout repair and segmentation allocate a few small objects per line (lines, pieces,
    paragraphs), none of them in a reference cycle, so the collector can never free any of them;
    yet each full collection it runs while they pile up walks all of them again, which on a big
    file cost as much time as the work itself.  Small inputs (one sentence re-normalised by a later
    stage) keep the collector untouched; it is re-enabled only if it was enabled on entry."""
    if size < GC_PAUSE_CHARS or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def analyse(text: str) -> Layout:
    """Split ``text`` into paragraphs and build the normalised view."""
    with gc_paused(len(text)):
        return _analyse(text)


def _document_wrap(lines: list[Line]) -> int | None:
    """The width the document's text is hard-wrapped at, trying the shapes in turn (a narrow
    column, display widths, characters, the text beside its tables); None when it is not wrapped.
    Measuring in characters leaves each line's ``width`` in characters."""
    # (a newspaper's narrow column first: its lines of a dozen characters are most of the text,
    # and the wider wrap its headline would give joins nothing)
    wrap = _wrap_width(lines, narrow=True) or _wrap_width(lines)
    if wrap is None and len(lines) >= 5:
        # wrapped by character count rather than display width (figures are half-width, so the
        # display widths of such lines scatter): measure every line in characters instead
        display = [ln.width for ln in lines]
        for ln in lines:
            ln.width = len(ln.clean)
        wrap = _wrap_width(lines, per_char=True)
        if wrap is None:
            for ln, w in zip(lines, display):
                ln.width = w
            # an annual report's summary wraps its text at one width and sets its tables wider:
            # the wrapped lines are a good part of the lines that are not a table's rows
            wrap = _wrap_width(lines, tables_aside=True)
    return wrap


def _analyse(text: str) -> Layout:
    folded = fold(text)
    lines = _split_lines(text, folded)
    # (a subtitle file's lines are its cues, never wrapped to a width)
    wrap = None if any(ln.cue for ln in lines) else _document_wrap(lines)
    paragraphs = _paragraphs(lines, wrap, text)
    # Build the normalised view.  Each line contributes exactly its ``clean`` text (its pieces
    # are copies and single spaces that never follow a space), so the text is assembled from the
    # clean strings and only the run table is built piece by piece.
    parts: list[str] = []
    nstarts: list[int] = []
    ostarts: list[int] = []
    part = parts.append
    nrun = nstarts.append
    orun = ostarts.append
    n = 0
    last: Line | None = None  # last line of the previous paragraph
    for para in paragraphs:
        if last is not None:
            # paragraphs are separated by one "\n" standing for the previous one's line break
            part("\n")
            nrun(n)
            orun(last.newline if last.newline >= 0 else last.end - 1)
            n += 1
        para.nstart = n
        prev: Line | None = None
        for k, ln in enumerate(para.lines):
            if prev is not None and _pipe_rows(prev, ln):
                # rows of an infographic's fields run together (`出口 | 6,385.2亿元 | ↑15.8%` /
                # `进口 | 883.2亿元 | ↑19.9%`): each row a sentence of its own
                part("。")
                nrun(n)
                orun(prev.newline if prev.newline >= 0 else prev.end - 1)
                n += 1
            elif prev is not None and (para.figures and k != para.figures or para.cued and _cue_clause_break(prev.clean, ln.clean)):
                # a graphic's lines read as one sentence: its period, its label and figure, then
                # each change or share (`今年1—8月,…比例58.3%,比去年同期提高…`)
                part(",")
                nrun(n)
                orun(prev.newline if prev.newline >= 0 else prev.end - 1)
                n += 1
            elif prev is not None:
                a, b = prev.clean[-1], ln.clean[0]
                if a.isascii() and b.isascii() and a.isalpha() and b.isalpha():
                    part(" ")
                    nrun(n)
                    orun(prev.end)
                    n += 1
            clean = ln.clean
            part(clean)
            pieces = ln.pieces
            if len(pieces) == 1:  # one copy (a line's pieces never start with a space)
                nrun(n)
                orun(pieces[0][0])
                n += len(clean)
            else:
                for a, b in pieces:
                    nrun(n)
                    orun(a)
                    n += 1 if b < 0 else b - a
            prev = ln
        para.nend = n
        last = prev
    joined = "".join(parts)
    if "." in joined:
        joined = _HALF_WIDTH_STOP.sub("。", joined)
    return Layout(text, NormText(joined, text, nstarts, ostarts), paragraphs, wrap)


# A half-width full stop ending a Chinese sentence (`增长11.3%.其中,…`): the normalised text
# reads it as 。 (same length, so the offset map holds); decimals and Latin text keep theirs.
_HALF_WIDTH_STOP = re.compile(r"(?<=[\u4e00-\u9fff%)”\"])\.(?=[\u4e00-\u9fff“\"(]|\n|$)")


def normalize(text: str) -> NormText:
    """The normalised view of ``text`` with its offset map (see :mod:`tradeie.textview`)."""
    return analyse(text).norm
