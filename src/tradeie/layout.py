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

from collections import Counter
from dataclasses import dataclass, field

import regex

from .textview import NormText, NormTextBuilder, fold, line_pieces

__all__ = ["Line", "Paragraph", "Layout", "analyse", "normalize"]

# --- line shapes -----------------------------------------------------------------------------
PAGE_NUMBER_RE = regex.compile(r"(?:-\s*)?\d{1,3}(?:\s*-)?|第\s*\d{1,3}\s*页|\d{1,3}\s*/\s*\d{1,3}")
BOX_ONLY_RE = regex.compile(r"[\s┌┐└┘├┤┬┴┼─━│┃═║╔╗╚╝╠╣╦╩╬┏┓┗┛]+")
BOX_EDGE = "│┃║"
BOX_FIRST = "┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬┏┓┗┛"
# A line that must never be glued to its neighbours, judged on its normalised text.
HEADING_RE = regex.compile(r"【[^】\n]{1,24}】|[一二三四五六七八九十]{1,3}[、.][^,;:。,]{2,16}")
BULLET_RE = regex.compile(r"[●·•■◆◇▪▶►○◎★☆▲△◉⚫]")
SOURCE_RE = regex.compile(r"\(?\s*(?:来源|来\s*源|稿源|信息来源|资料来源|作者|撰稿|供稿|文|编辑)\s*[:]\s*[^\n]{1,60}?\)?")
SUBHEAD_RE = regex.compile(r"(?:——|--)\S|—[^\d\s]")
FIELD_RE = regex.compile(r"(?:类型|网址|简介|地址|电话|邮箱|联系人|成立时间|主营业务|企业简介|公司简介|官网)\s*:")
TOC_ITEM_RE = regex.compile(r"-\s+\S")
TERMINAL = set("。!?！？…")
# First characters a structural line can start with (a cheap filter before the regexes).
STRUCTURAL_FIRST = set("●·•■◆◇▪▶►○◎★☆▲△◉⚫-—【(一二三四五六七八九十来稿信资作撰供文编类网简地电邮联成主企公官")


def visual_width(s: str) -> int:
    """Display width: CJK counts 2, ASCII 1 (cheap: derived from the UTF-8 length)."""
    n = len(s)
    return n + (len(s.encode("utf-8")) - n) // 2


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

    def __post_init__(self) -> None:
        c = self.clean
        if not (self.glyph or self.bold) and c[0] not in STRUCTURAL_FIRST:
            return
        self.structural = bool(
            self.glyph
            or self.bold
            or BULLET_RE.match(c)
            or TOC_ITEM_RE.match(c)
            or SUBHEAD_RE.match(c)
            or FIELD_RE.match(c)
            or HEADING_RE.fullmatch(c)
            or SOURCE_RE.fullmatch(c)
        )


@dataclass(slots=True)
class Paragraph:
    """A logical paragraph: one or more physical lines joined; spans index the normalised view."""

    lines: list[Line]
    nstart: int = 0
    nend: int = 0

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


def _split_lines(original: str, folded: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    n = len(folded)
    for raw in folded.split("\n"):
        start = pos
        pos += len(raw) + 1
        body = raw.strip()
        if not body:
            continue
        s = start + raw.find(body[0])
        e = s + len(body)
        nl = pos - 1 if pos - 1 < n else -1
        # box frames: drop frame-only lines, strip side edges
        if body[0] in BOX_EDGE or body[-1] in BOX_EDGE or body[0] in BOX_FIRST:
            if BOX_ONLY_RE.fullmatch(body):
                continue
            if body[0] in BOX_EDGE:
                s += 1
                while s < e and folded[s].isspace():
                    s += 1
            if e > s and folded[e - 1] in BOX_EDGE:
                e -= 1
                while e > s and folded[e - 1].isspace():
                    e -= 1
            if s >= e:
                continue
        lead = raw[: s - start]
        indent = bool(lead) and (lead.count(" ") >= 2 or "\u3000" in original[start:s] or "\u2003" in original[start:s])
        glyph = 0xE000 <= ord(original[s]) <= 0xF8FF
        clean, pieces = line_pieces(folded, s, e)
        if not clean or (len(clean) <= 9 and PAGE_NUMBER_RE.fullmatch(clean)):
            continue
        bold = folded.startswith("**", s) and folded.endswith("**", s, e) and e - s > 4
        lines.append(Line(s, e, clean, visual_width(clean), indent, glyph, nl, bold, pieces))
    return lines


def _wrap_width(lines: list[Line]) -> int | None:
    """The hard-wrap width if the document is hard-wrapped, else None."""
    widths = [ln.width for ln in lines if 30 <= ln.width <= 140]
    if len(widths) < 5:
        return None
    mode = Counter(w // 3 for w in widths).most_common(1)[0][0] * 3
    near = [w for w in widths if mode - 8 <= w <= mode + 5]
    if len(near) < 0.3 * len(lines):
        return None
    return max(near)


def _joins(prev: Line, nxt: Line, wrap: int | None, opens_block: bool = False) -> bool:
    """True when ``nxt`` continues the paragraph that ``prev`` is in (a hard wrap).

    ``opens_block``: ``prev`` is the first line after a heading or source line, where an
    unmarked article title stands; a title is visibly shorter than the wrap width.
    """
    if wrap is None or prev.structural or nxt.structural or nxt.indent:
        return False
    if opens_block and prev.width < wrap - 6 and prev.clean[-1] not in "，,、;；:：":
        return False
    if prev.clean[-1] in TERMINAL and prev.width < wrap - 4:
        return False
    return prev.width >= wrap * 0.72 or (prev.clean[-1] not in TERMINAL and prev.width >= wrap * 0.5 and not _is_short_title(prev))


def _is_short_title(line: Line) -> bool:
    return line.width < 60 and line.clean[-1] not in "，,、;；:：。"


def analyse(text: str) -> Layout:
    """Split ``text`` into paragraphs and build the normalised view."""
    folded = fold(text)
    lines = _split_lines(text, folded)
    wrap = _wrap_width(lines)
    paragraphs: list[Paragraph] = []
    for ln in lines:
        last = paragraphs[-1] if paragraphs else None
        opens = (
            last is not None
            and len(last.lines) == 1
            and len(paragraphs) > 1
            and paragraphs[-2].lines[-1].structural
            and not paragraphs[-2].lines[-1].clean.startswith(("●", "·", "•"))
        )
        if last is not None and _joins(last.lines[-1], ln, wrap, opens):
            paragraphs[-1].lines.append(ln)
        else:
            paragraphs.append(Paragraph([ln]))
    builder = NormTextBuilder(text, folded)
    for i, para in enumerate(paragraphs):
        para.nstart = builder.length
        prev: Line | None = None
        for ln in para.lines:
            if prev is not None:
                a, b = prev.clean[-1], ln.clean[0]
                if a.isascii() and b.isascii() and a.isalpha() and b.isalpha():
                    builder.char(" ", prev.end)
            builder.extend(ln.pieces)
            prev = ln
        para.nend = builder.length
        last = para.lines[-1]
        if i + 1 < len(paragraphs):
            builder.char("\n", last.newline if last.newline >= 0 else last.end - 1)
    return Layout(text, builder.build(), paragraphs, wrap)


def normalize(text: str) -> NormText:
    """The normalised view of ``text`` with its offset map (see :mod:`tradeie.textview`)."""
    return analyse(text).norm
