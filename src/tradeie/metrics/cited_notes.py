"""Figures that point to a note by its mark: `…848.9亿元[1]`, `…分别占52.7%、9.6%①`, `〔2〕`.

Journal articles, blue books and think-tank briefs cite the body behind a figure in a note or a
reference list, and mark the sentence with the note's number:

    2023年达到2312.8亿元，同比增长15.3%[2]。            <- the mark, inside the sentence
    …
    [2] 海口海关. 2023年海南省外贸进出口情况[EB/OL].    <- the note, on a line of its own
    〔1〕昆明海关：《2023年云南省外贸进出口情况…》
    ① 数据来自杰贝阿里自由区管理局2022年度报告

The body a note names first (up to the first word that ends a body's name: 海关, 统计局, 有限公司 …)
is the source of the figures of every sentence that carries its mark.  A note naming only people
(an article's authors) or a web address names no source, and a numbered line no sentence points
to (`①加快…` in a list) is no note."""

from __future__ import annotations

import regex

__all__ = ["MARK_CHARS", "cited_in", "cited_notes"]

# a note on a line of its own, opening with its mark (`[2]`, `〔1〕`, `①`)
_NOTE_LINE = regex.compile(r"(?m)^[ \t\u3000]*(?P<mark>\[\d{1,2}\]|〔\d{1,2}〕|[①-⑳])[ \t\u3000]*(?P<body>[^\n]{2,200})$")
# what a note may say before the body (`数据来自…`, `资料来源：…`)
_LEAD = regex.compile(r"^(?:数据|资料)?(?:来源于|来源|来自)[:：]?|^据")
# the body a note names first: its name up to the word a body's name ends with
_BODY = regex.compile(
    # (a name holds no verb or pointer: not `收汇结汇率为客户向银行…`, `货物进出口数据来源于…`)
    # (nor a remark on the text itself: `[1] 本文海关数据口径为…`)
    r"(?!本|该|此|上述|文中|表中|注)(?:(?![为是的向对在于和与及将由从])[\p{Han}（）()]){2,30}?(?:统计暨普查局|统计处|海关总署广东分署|分署|总署|海关|统计局|调查总队|总站|分局|分行|局|厅|署|委员会|管委会|委|办公室|人民政府|政府"
    r"|研究院|研究所|中心|银行|集团有限公司|股份有限公司|有限公司|公司|集团|商会|协会)"
    # (and the name ends there: a full stop, a colon, a title, or what the body gave)
    r"(?=[.．。:：,，、;；《(（\s\d]|数据|发布|提供|生产|新闻|季度|年度|统计|联合|$)"
)
MARK_CHARS = "[〔①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"  # (a cheap test before reading notes)


# an encyclopedia's reference list: numbered items, each a title then the publisher
# (`2.` / `2023年…统计公报．张家港市统计局．2024-03-22[引用日期…]`), or a wiki's `^` lines in the
# order of their numbers (`^ 3.0 3.1 2022年…统计公报. 凭祥市统计局. 2023-04-10`)
_REFERENCE_ITEM = regex.compile(
    r"(?m)^[ \t\u3000]*(?:参考资料|参考文献)?(?P<n>\d{1,2})\.[ \t\u3000]*\n?[ \t\u3000]*(?P<title>[^\n]{2,80}?)[ \t]*[。.．][ \t]*(?P<pub>[^\n.。．\[]{2,40})"
)
_WIKI_REFERENCE = regex.compile(r"(?m)^[ \t\u3000]*\^[ \t]*(?:\d{1,2}\.\d{1,2}[ \t]+)*(?P<title>[^\n]{2,80}?)[ \t]*[。.．][ \t]*(?P<pub>[^\n.。．\[]{2,40})")
# a publisher named in a reference: a body, or a paper or site (`张家港日报`, `…人民政府门户网站`)
_PUBLISHER = regex.compile(r"[\p{Han}（）()]{2,30}?(?:日报|晚报|时报|报|网|门户网站|出版社|委员会)$")


def _reference_lists(text: str) -> dict[str, tuple[str, tuple[int, int]]]:
    """The numbered references of an encyclopedia entry, by the mark that points to each."""
    listed = text.find("参考")  # (`参考资料`, `参考文献`: where the list starts)
    if listed < 0:
        return {}
    notes: dict[str, tuple[str, tuple[int, int]]] = {}
    for k, m in enumerate(_WIKI_REFERENCE.finditer(text, listed), 1):
        _add_reference(notes, f"[{k}]", m)
    for m in _REFERENCE_ITEM.finditer(text, listed):
        _add_reference(notes, f"[{int(m['n'])}]", m)
    return notes


def _add_reference(notes: dict, mark: str, m) -> None:
    pub = m.group("pub").strip()
    body = _BODY.fullmatch(pub) or _PUBLISHER.fullmatch(pub)
    if mark not in notes and body is not None:
        a = m.start("pub") + (len(m.group("pub")) - len(m.group("pub").lstrip()))
        notes[mark] = (pub, (a, a + len(pub)))


def cited_notes(text: str) -> dict[str, tuple[str, tuple[int, int]]]:
    """Each mark the text points to, with the body its note names and where the name stands."""
    notes: dict[str, tuple[str, tuple[int, int]]] = _reference_lists(text)
    for m in _NOTE_LINE.finditer(text):
        mark = m.group("mark")
        if mark in notes or not _pointed_to(text, mark, m.start()):
            continue
        a = m.start("body")
        lead = _LEAD.match(text, a, m.end())
        if lead is not None:
            a = lead.end()
        body = _BODY.match(text, a, m.end())
        if body is not None:
            notes[mark] = (body.group(), body.span())
    return notes


def _pointed_to(text: str, mark: str, note_at: int) -> bool:
    """The mark stands inside a sentence before its note (not only at lines' starts)."""
    at = text.find(mark)
    while 0 <= at < note_at:
        line_start = text.rfind("\n", 0, at) + 1
        if text[line_start:at].strip(" \t\u3000"):
            return True
        at = text.find(mark, at + 1)
    return False


def cited_in(text: str, s: int, e: int, notes: dict) -> tuple[str, tuple[int, int]] | None:
    """The note the sentence ``text[s:e]`` points to first, when it points to one; else the note
    its paragraph's closing mark points to (`…保税区。 [1]`: an encyclopedia cites a paragraph)."""
    for m in _MARK.finditer(text, s, e):
        got = notes.get(m.group())
        if got is not None:
            return got
    end = text.find("\n", e)
    tail = _PARAGRAPH_MARKS.search(text, e, end if end >= 0 else len(text))
    if tail is not None:
        return next((notes[m.group()] for m in _MARK.finditer(tail.group()) if m.group() in notes), None)
    return None


# the marks closing a paragraph, after its last sentence (`…。 [2][3]`)
_PARAGRAPH_MARKS = regex.compile(r"(?<=[。.])[ \t\u3000]*(?:\[\d{1,2}\][ \t\u3000]*)+$")


_MARK = regex.compile(r"\[\d{1,2}\]|〔\d{1,2}〕|[①-⑳]")
