"""Segmentation: repaired paragraphs -> cover metadata, sections, articles, sentences.

Works on the paragraphs of :mod:`tradeie.layout`.  The vocabulary (section names, cover lines,
source/author lines, profile fields, bullet glyphs) lives in ``patterns/sections.yaml``.

Rules, in the order a reader applies them:
- text before the first section heading is the cover block; a table of contents there (or a run
  of headings that repeats later) is metadata, not sections;
- a heading is `【名称】`, or a numbered `一、名称` whose name is a known section name or which is
  directly followed by a marked article title;
- an article starts at a marked title (bullet, private-use glyph, `**bold**`, `- `) or at a short
  unpunctuated line right after a heading or a source line that is followed by body text;
- a source/author line closes the article above it; profile fields become article fields.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace

import regex
from pydantic import BaseModel

from .cover import PAGE_COUNTER, RULE_LINE, parse_front, parse_signature
from .cover import line_parts
from .layout import BULLET_RE, TOC_LEADER_RE, Layout, Paragraph, gc_paused
from .patterns import load_yaml
from .schemas.document import Article, Bulletin, Meta, ParagraphOut, Section, Sentence, SourceRef

__all__ = ["Structure", "ArticleBlock", "SectionBlock", "segment", "split_sentences"]


class _CoverRules(BaseModel):
    title: str
    issue: str
    issue_total: str
    editor: str
    date: str
    published: str
    press: str
    source: str
    publisher: str
    publisher_field: str
    conference: str
    welcome: str
    account: str
    yearbook: str
    monitored: str
    site: str
    site_body: str
    site_name: str
    toc: str


class _SectionRules(BaseModel):
    section_names: list[str]
    cover: _CoverRules
    source_line: str
    author_line: str
    profile_fields: str
    bullets: str


@dataclass(frozen=True)
class _Compiled:
    names: frozenset[str]
    cover: dict[str, regex.Pattern]
    source: regex.Pattern
    author: regex.Pattern
    field: regex.Pattern
    bullets: str


@functools.cache
def _rules() -> _Compiled:
    r = load_yaml("sections.yaml", _SectionRules)
    return _Compiled(
        names=frozenset(r.section_names),
        cover={k: regex.compile(v) for k, v in r.cover.model_dump().items()},
        source=regex.compile(r.source_line),
        author=regex.compile(r.author_line),
        field=regex.compile(r.profile_fields),
        bullets=r.bullets,
    )


# `【编辑:孙静波】`, `【责任编辑：…】` closing a news page: a labelled field, not a section
_BRACKETED_FIELD = regex.compile(r"\s*(?:责任编辑|编辑|校对|审核|审校|编审|主编|作者|记者|撰稿|来源|供稿|稿源)\s*:")
# `【数据速览】（1-10月）`: a short parenthetical after the brackets qualifies the whole section
BRACKET_HEADING = regex.compile(r"【\s*(?P<name>[^】\n]{1,24}?)\s*】(?:\s*\((?P<note>[^()\n]{1,20})\))?")
NUMBERED_HEADING = regex.compile(
    r"(?:(?P<num>[一二三四五六七八九十]{1,3})\s*[、.]|\(\s*(?P<num>[一二三四五六七八九十]{1,3})\s*\))\s*"
    # `二、9月累计（1日—14日）`, `一、1-5月全省出口退（免）税运行情况` (a one-character bracket inside)
    r"(?P<name>[^,;:。!?、()]{2,27}(?:\([\p{Han}]\)[^,;:。!?、()]{1,20})?"
    r"(?:、[^,;:。!?、()]{2,20})*(?:\([^()]{1,12}\))?)"
)
_SUBTITLED_HEADING = regex.compile(r"[一二三四五六七八九十]{1,3}\s*[、.]\s*(?P<name>[\p{Han}]{2,8}):\s*[^,;:。!?()]{2,30}")
# `2. 数字贸易发展情况`: an Arabic-numbered heading, a section only when the contents list it
ARABIC_HEADING = regex.compile(r"\d{1,2}\s*[.、]\s*(?P<name>[^,;:。!?、()]{2,28})")
PADDED_HEADING = regex.compile(r"0[1-9]\s*(?P<name>[\p{Han}]{2,12})")
NUMBERED_POINT = regex.compile(r"(?:\d{1,2}[.、)]|[一二三四五六七八九十]{1,3}[、是]|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|第[一二三四五六七八九十]{1,3}[,、])")
SENTENCE_RE = regex.compile(r"[^。!?;！？；\n]+(?:[。!?;！？；]+[”’\"』」)]*)?|[。!?;！？；]+")
TITLE_END_PUNCT = set("。,，;；:：、!?！？")


@dataclass(slots=True)
class ArticleBlock:
    """An article while and after segmenting: its paragraphs and what closes it."""

    section: str
    title: str | None = None
    title_span: tuple[int, int] | None = None
    title_nspan: tuple[int, int] | None = None
    source: str | None = None
    source_span: tuple[int, int] | None = None
    author: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)
    start: int = 0
    end: int = 0
    heading_nspan: tuple[int, int] | None = None  # its section's heading line, normalised


@dataclass(slots=True)
class SectionBlock:
    name: str
    start: int
    end: int
    articles: list[ArticleBlock] = field(default_factory=list)
    heading_nspan: tuple[int, int] | None = None  # the heading line, normalised (its period governs)


@dataclass(slots=True)
class Structure:
    """Segmentation result, indexing the layout it was built from."""

    layout: Layout
    meta: Meta
    sections: list[SectionBlock]
    toc: list[str]
    front: list[Paragraph]

    def bulletin(self, doc: str | None = None, *, sentences: bool = True) -> Bulletin:
        norm = self.layout.norm
        secs = []
        for s in self.sections:
            arts = []
            for a in s.articles:
                paras = [_paragraph_out(norm, p, sentences) for p in a.paragraphs]
                arts.append(
                    Article(
                        title=a.title,
                        span=(a.start, a.end),
                        title_span=a.title_span,
                        source=SourceRef(name=a.source, span=a.source_span) if a.source else None,
                        author=a.author,
                        fields=a.fields,
                        paragraphs=paras,
                    )
                )
            secs.append(Section(name=s.name, span=(s.start, s.end), articles=arts))
        return Bulletin(doc=doc, meta=self.meta, sections=secs, toc=self.toc)


def _paragraph_out(norm, p: Paragraph, with_sentences: bool) -> ParagraphOut:
    s, e = norm.to_original(p.nstart, p.nend)
    sents = []
    if with_sentences:
        for a, b in split_sentences(norm.text, p.nstart, p.nend):
            os_, oe = norm.to_original(a, b)
            sents.append(Sentence(text=norm.original[os_:oe], span=(os_, oe)))
    return ParagraphOut(text=norm.original[s:e], span=(s, e), sentences=sents)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence/clause spans in ``text[start:end]``, split after 。；！？ and their half-width forms."""
    end = len(text) if end is None else end
    out = []
    for m in SENTENCE_RE.finditer(text, start, end):
        a, b = m.span()
        while a < b and text[a] == " ":
            a += 1
        if b > a:
            out.append((a, b))
    return out


# --- paragraph classification ----------------------------------------------------------------


@dataclass(slots=True)
class _Para:
    p: Paragraph
    text: str  # normalised text of the paragraph
    kind: str  # heading | title | source | author | field | body | item (a data line of a list)
    value: str | None = None
    vspan: tuple[int, int] | None = None  # normalised span of ``value``


PADDED_NAME_MAX = 16  # characters of a post's section name under its number
_HEADING_WORDS = regex.compile(r"[\p{Han}A-Za-z“”、]{2,}")
_RELATIVE_LABEL = regex.compile(r"本周|上周|本月|本期")  # (`01` / `本周概况`: a weekly's label, dating nothing as a title)
_PADDED_NUMBER_LINE = regex.compile(r"[ \t\u3000]*0[1-9][ \t\u3000]*")


def _padded_number_above(original: str, start: int) -> bool:
    """The line above ``start`` (blank lines aside) is a post's section number alone (`01`), which
    the layout drops as a stray page number."""
    end = start
    while end > 0:
        line_start = original.rfind("\n", 0, end - 1) + 1
        line = original[line_start : end - 1] if original[end - 1] == "\n" else original[line_start:end]
        if line.strip():
            return _PADDED_NUMBER_LINE.fullmatch(line.rstrip("\r")) is not None
        end = line_start
    return False


def _classify(norm, p: Paragraph, rules: _Compiled) -> _Para:
    t = norm.text[p.nstart : p.nend]
    single = len(p.lines) == 1
    if single:
        c0 = t[:1]  # both heading forms open with a fixed character: skip the regex otherwise
        m = BRACKET_HEADING.fullmatch(t) if c0 == "【" else None
        if m and not _BRACKETED_FIELD.match(m.group("name")):
            return _Para(p, t, "heading", m.group("name").strip())
        m = NUMBERED_HEADING.fullmatch(t) if c0 in "一二三四五六七八九十(" else None
        if m:
            # (a contents entry, `一、总体运行情况 …………… 1`: named without its leader, so the heading
            # over its part of the body repeats it)
            return _Para(p, t, "numbered", TOC_LEADER_RE.sub("", m.group("name")).strip())
        m = _SUBTITLED_HEADING.fullmatch(t) if c0 in "一二三四五六七八九十" else None
        if m and m.group("name").strip() in rules.names:
            # `一、数据月报：前三季度全市服务外包运行情况`: a known section under its subtitle
            return _Para(p, t, "heading", m.group("name").strip())
        m = ARABIC_HEADING.fullmatch(t) if c0.isdigit() else None
        if m and m.group("name").strip() in rules.names:
            return _Para(p, t, "heading", m.group("name").strip())  # listed in the contents
        m = PADDED_HEADING.fullmatch(t) if c0 == "0" else None
        if m:
            # `01　经济总量` in a graphic's text version or a post: a numbered heading (a section when
            # a titled item follows it)
            return _Para(p, t, "numbered", m.group("name"))
        if (
            len(t) <= PADDED_NAME_MAX and t not in rules.names and _HEADING_WORDS.fullmatch(t) and not _RELATIVE_LABEL.search(t)
            and _padded_number_above(norm.original, p.start)
        ):
            return _Para(p, t, "title")  # `01` / `外贸进出口`: a post's part, numbered on the line above
        for kind, rx in (("source", rules.source), ("author", rules.author)):
            m = rx.match(t)
            if m:
                a, b = m.span("v")
                vspan = (p.nstart + a, p.nstart + b)
                # the value as written in the original (spaces between names kept)
                oa, ob = norm.to_original(*vspan)
                return _Para(p, t, kind, norm.original[oa:ob].strip(), vspan)
        m = rules.field.match(t)
        if m:
            return _Para(p, t, "field", m.group("k"), None)
        if PAGE_COUNTER.fullmatch(t):
            return _Para(p, t, "counter")  # `阅读 3426` under a post: the page's, no article's
    first = p.first
    if single and (named := _FRAMED_NAME.fullmatch(t)) and named.group("name") in rules.names:
        # a known section name between marker glyphs (`◆ 数据月报 ◆`, `■ 行业资讯`, `—— 协会动态 ——`)
        return _Para(p, t, "heading", named.group("name"))
    if single and (listed := _BULLETED_ENTRY.fullmatch(t.strip())) and listed.group("name") in rules.names:
        # an item the contents listed, heading its part of the issue (`◆6月份全省粮油市场价格监测分析`)
        return _Para(p, t, "heading", listed.group("name"))
    if first.glyph or (t[:1] and t[0] in rules.bullets) or t.startswith("- "):
        if _is_bulleted_prose(t):
            return _Para(p, t, "body")  # `● 11月18日，区内…通关。该批货物…`: a bulleted paragraph
        return _Para(p, t, "title")
    if first.bold:
        return _Para(p, t, "title")
    if single and t in rules.names:
        # a bare known section name on its own line (`知识小贴士` inside a box frame)
        return _Para(p, t, "heading", t)
    return _Para(p, t, "body")


BULLET_TITLE_MAX = 60


def _is_bulleted_prose(t: str) -> bool:
    """A bullet before whole sentences marks a list item of prose, not an article title: it runs
    long and a full stop ends a sentence inside it."""
    body = t[1:].strip()
    return (
        len(body) > BULLET_TITLE_MAX
        or "。" in body
        or _LABELLED_FIGURE.match(body) is not None
        # `● 东南亚航线：完成47.9万标准箱，同比增长15.1%；`: a list item closed like a clause
        or (body[-1:] in ("；", ";") and _DIGIT.search(body) is not None)
    )


# bullet glyphs, markup and spaces that open a title or list line
_MARKER_CLASS = r"[\s\p{Co}*\-●·•■◆◇▪▶►○◎★☆▲△◉⚫▌▍▎▐█]"
# `■ 货物吞吐量：5326.4万吨，环比+2.7%`: a labelled figure is a data list item, never a headline
# (`华擎股份：2024年营收…` is one: a year follows its colon, not a figure)
_LABELLED_FIGURE = regex.compile(rf"{_MARKER_CLASS}*[\p{{Han}}A-Za-z()]{{2,16}}[:：]\s*[-+]?\d[\d.,]*(?![\d.,年月日])")


_DIGIT = regex.compile(r"\d")
_LABEL = regex.compile(r"[\p{Han}A-Za-z0-9]{2,8}[:：]")
_FRAMED_NAME = regex.compile(rf"(?:{_MARKER_CLASS}|[—=~])*(?P<name>\p{{Han}}{{2,16}})(?:{_MARKER_CLASS}|[—=~])*")


def _is_untagged_title(cp: _Para) -> bool:
    t = cp.text
    if len(cp.p.lines) != 1 or not t or len(t) > 40 or len(t) < 4:
        return False
    if t[-1] in TITLE_END_PUNCT or t.startswith(("——", "—", "“")) or NUMBERED_POINT.match(t) or _LABELLED_FIGURE.match(t):
        return False
    return True


# --- title text ------------------------------------------------------------------------------
_MARKER_CHARS = regex.compile(rf"{_MARKER_CLASS}+")
_TAIL_CHARS = regex.compile(r"[\s*]+$")
_LINEBREAK = regex.compile(r"[ \t\u3000\u2003]*\r?\n[\s]*")
_ARTEFACT = regex.compile(r"\[(?:bookmark|image|img)[:：][^\]\n]{0,120}\]|\*\*")


def _title_text(original: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    m = _MARKER_CHARS.match(original, start, end)
    s = m.end() if m else start
    e = end
    m2 = _TAIL_CHARS.search(original, s, e)
    if m2:
        e = m2.start()
    raw = original[s:e]
    title = _ARTEFACT.sub("", _LINEBREAK.sub("", raw)).strip()
    return title, (s, e)


# --- cover block -----------------------------------------------------------------------------


# --- main ------------------------------------------------------------------------------------


_CN_ORDINAL = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}


def _heading_like(value: str) -> bool:
    """Short, or a headline-length phrase that ends no sentence (`知识密集型服务贸易占比持续提升`)."""
    return len(value) <= 12 or (len(value) <= SERIES_HEADING_MAX and value[-1] not in TITLE_END_PUNCT)


SERIES_HEADING_MAX = 30


def _numbered_series(paras: list[_Para]) -> set[int]:
    """Standalone numbered lines that count up (`一、综合` … `二、农业` …): a communiqué's sections.

    Under a bracketed section heading (`【数据月报】`) a bracketed count (`（一）离岸业务增长较快`)
    heads a part of the article, not a section of its own."""
    cands, under_bracket = [], False
    for i, cp in enumerate(paras):
        if cp.kind == "heading":
            under_bracket = cp.text.startswith("【")
        elif cp.kind == "numbered" and _heading_like(cp.value or ""):
            bracket_count = cp.text[:1] in "(（"
            if not bracket_count:
                under_bracket = False  # `一、…` after `【要点速览】`: the count is the sections
            elif under_bracket:
                continue
            cands.append((i, _CN_ORDINAL.get(cp.text.lstrip("(（")[:1]), bracket_count))
    keep: set[int] = set()
    # each kind of count in its own run: `一、…` over `（一）…（二）…` then `二、…` counts 一, 二
    for kind in (False, True):
        run = [(i, n) for i, n, b in cands if b is kind]
        for k in range(1, len(run)):
            (i0, n0), (i1, n1) = run[k - 1], run[k]
            if n0 is not None and n1 == n0 + 1:
                keep.update((i0, i1))
    return keep


def _headings(paras: list[_Para], rules: _Compiled, listed: frozenset[str] = frozenset()) -> list[int]:
    """Indices of paragraphs that are real section headings (``listed``: the items an issue's
    contents list, when it lists no numbered parts)."""
    out = []
    series = _numbered_series(paras)
    for i, cp in enumerate(paras):
        if cp.kind == "heading":
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            if cp.text == cp.value and nxt is not None and rules.cover["issue"].match(nxt.text):
                cp.kind = "body"  # `工 作 动 态` over `第46期`: the masthead, not a section
                continue
            out.append(i)
        elif cp.kind == "numbered":
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            if listed and cp.value not in listed and not (nxt is not None and nxt.kind == "title"):
                # `一、分领域情况` inside an issue whose contents list its items by bullet: a part of
                # the listed item it sits in, not a section of the issue
                cp.kind = "body"
            elif cp.value in rules.names or i in series or (nxt is not None and nxt.kind == "title"):
                cp.kind = "heading"
                out.append(i)
            else:
                cp.kind = "body"
    return out


def _drop_toc(paras: list[_Para], heads: list[int], toc_re: regex.Pattern) -> list[int]:
    """A run of headings whose first name repeats later is a table of contents."""
    if len(heads) < 2:
        return heads
    first = paras[heads[0]].value
    for k in range(1, len(heads)):
        if paras[heads[k]].value == first:
            # the TOC block holds no body paragraphs of substance
            between = paras[heads[0] : heads[k]]
            if all(cp.kind != "body" or len(cp.text) <= 40 for cp in between):
                for cp in between:
                    if cp.kind == "heading":
                        cp.kind = "toc"
                return heads[k:]
            break
    return _drop_listed_toc(paras, heads, toc_re)


TOC_ENTRY_MAX = 40  # characters of a contents entry


def _drop_listed_toc(paras: list[_Para], heads: list[int], toc_re: regex.Pattern) -> list[int]:
    """A contents list under `本期要目` whose entries partly read as headings (`● 重点展会回顾`, a
    known section name): the short paragraphs from the first heading on, up to the first one
    that repeats an entry, are the list; that one opens the bulletin's body."""
    h0 = heads[0]
    listed = next((i for i in range(h0 - 1, -1, -1) if toc_re.match(paras[i].text)), None)
    if listed is None:
        return heads
    seen = {_entry_name(cp) for cp in paras[listed + 1 : h0]}
    j = h0
    while j < len(paras) and len(paras[j].text) <= TOC_ENTRY_MAX and (name := _entry_name(paras[j])) not in seen:
        seen.add(name)
        j += 1
    if j == h0 or j not in heads or _entry_name(paras[j]) not in seen:
        return heads
    for cp in paras[h0:j]:
        if cp.kind == "heading":
            cp.kind = "toc"
    return [h for h in heads if h >= j]


def _entry_name(cp: _Para) -> str:
    return cp.value or BULLET_RE.sub("", cp.text, count=1).strip()


_TOC_ENTRY = regex.compile(rf"\s*(?:{BULLET_RE.pattern}|[一二三四五六七八九十]{{1,3}}、)?\s*(?P<name>\p{{Han}}{{2,16}}?)(?:[:：]|\s*(?:…{{2,}}|\.{{4,}}|·{{4,}}))")
TOC_REACH = 12  # lines after a contents heading that may list its entries
# a contents entry marked by a bullet glyph, no page number (`◆宁波口岸上半年进口粮食增长两成`)
_BULLETED_ENTRY = regex.compile(rf"(?:[●■◆◇▪▶►○◎★☆▲△◉⚫])\s*(?P<name>[\p{{Han}}\d“”\-—]{{4,{TOC_ENTRY_MAX}}})")


def _toc_names(layout: Layout, rules: _Compiled) -> tuple[frozenset[str], bool]:
    """Section names listed in a table of contents near the top: the entries after a `目录` or
    `本期要目` line that end in leaders and a page number, or that are numbered (`一、…`); and
    whether they are bulleted items alone (`◎ 1-8月全市…运行情况`), no numbered parts."""
    toc_re = rules.cover["toc"]
    names: set[str] = set()
    items: set[str] = set()
    lines = [ln for p in layout.paragraphs[:40] for ln in p.lines]
    for i, ln in enumerate(lines):
        if toc_re.match(ln.clean):
            for entry in lines[i + 1 : i + 1 + TOC_REACH]:
                if BRACKET_HEADING.fullmatch(entry.clean.strip()):
                    break  # `【数据月报】` on its own line: the body has begun (its `（一）…` parts list nothing)
                if "。" in entry.clean or ((names or items) and RULE_LINE.fullmatch(entry.clean.strip())):
                    # a sentence, or the rule drawn under the entries: the body has begun (its
                    # article's `一、分领域情况` parts list nothing)
                    break
                if TOC_LEADER_RE.search(entry.clean) and (m := _TOC_ENTRY.match(entry.clean)):
                    found = names, m.group("name")
                elif (m := NUMBERED_HEADING.fullmatch(entry.clean.strip()) or ARABIC_HEADING.fullmatch(entry.clean.strip())) is not None:
                    found = names, m.group("name").strip()  # `一、1-5月全市…运行情况`, `2. 数字贸易发展情况`
                elif (m := _BULLETED_ENTRY.fullmatch(entry.clean.strip())) is not None:
                    found = items, m.group("name")  # `◆6月份全省粮油市场价格监测分析`: an item the issue holds
                else:
                    continue
                if found[1] in names or found[1] in items:
                    break  # an entry's heading over its part of the body: the list is over
                found[0].add(found[1])
            break
    # (bulleted items under numbered sections, `一、数据月报` / `◆ 今年1-8月…统计`, are those
    # sections' articles; only a contents list of items alone makes them the sections)
    return (frozenset(names), False) if names else (frozenset(items), bool(items))


def segment(layout: Layout) -> Structure:
    with gc_paused(len(layout.original)):
        return _segment(layout)


def _segment(layout: Layout) -> Structure:
    rules = _rules()
    norm = layout.norm
    listed, items_listed = _toc_names(layout, rules)
    if listed:
        # a bulletin's own table of contents names its sections (`◆ 数据速递：… …… 1`)
        rules = replace(rules, names=rules.names | listed)
    paras = [_classify(norm, p, rules) for p in layout.paragraphs]
    heads = _drop_toc(paras, _headings(paras, rules, listed if items_listed else frozenset()), rules.cover["toc"])
    first_head = heads[0] if heads else len(paras)
    front = paras[:first_head]
    meta, toc, source_from_site = parse_front(front, layout.original, rules)
    if any(cp.kind == "toc" for cp in front):
        toc = toc or [cp.value for cp in front if cp.kind == "toc"]
    # the issue line as written in the original (spaces kept)
    if meta.issue:
        for cp in front:
            for ln in cp.p.lines:
                if rules.cover["issue"].match(ln.clean):
                    # `2024 年第 6 期` as written, without a `（总第118期）` that follows it
                    written = layout.original[ln.start : ln.end].strip()
                    meta = meta.model_copy(update={"issue": written[: written.find("期") + 1]})
                    break
    # (a 来源 line at the foot names the story's source better than the site its breadcrumb names:
    # `浙江贸促网 > 新闻中心` over `来源：省贸促会研究室`)
    signed = {k: v for k, v in parse_signature(paras, layout.original, rules, sectioned=bool(heads)).items()
              if getattr(meta, k) is None or (k == "source" and source_from_site)}
    if signed:
        meta = meta.model_copy(update=signed)
    if meta.source is None and (book := _running_yearbook(layout, rules)) is not None:
        meta = meta.model_copy(update={"source": book})
    sections: list[SectionBlock] = []
    for hi, h in enumerate(heads):
        stop = heads[hi + 1] if hi + 1 < len(heads) else len(paras)
        head = paras[h]
        sec = SectionBlock(name=head.value or "", start=head.p.start, end=paras[stop - 1].p.end,
                           heading_nspan=(head.p.nstart, head.p.nend))
        _articles(sec, paras[h + 1 : stop], layout, rules)
        sections.append(sec)
    return Structure(layout, meta, sections, toc, [cp.p for cp in front])


def _running_yearbook(layout: Layout, rules: _Compiled) -> str | None:
    """The yearbook whose running head stands over a page of the chapter (`浦东年鉴 2024　　对外开放`
    after a page break): the book the chapter is printed in, wherever its first page starts."""
    for p in layout.paragraphs:
        for ln in p.lines:
            if ln.end - ln.start <= YEARBOOK_HEAD_MAX and "年鉴" in ln.clean:
                parts = line_parts(layout.original, ln.start, ln.end)
                if parts and (m := rules.cover["yearbook"].match(parts[0])) is not None:
                    return m["v"]
    return None


YEARBOOK_HEAD_MAX = 60  # characters: a running head is a short line


# `▶ 社会消费品零售总额365877亿元，增长4.5%`: a bullet line stating a figure and its change
# (or a change alone, `▶ 全国居民消费价格同比下降0.1%`, `▶ 医药制造业增长11.8%`, in a run of such lines)
_FIGURE_STATEMENT = regex.compile(
    r"\d[\d.,]*\s*(?:[万亿]*[\p{Han}]{0,3}|%)\s*[,，][^,，]{0,12}?(?:增长|下降|增|降|减少|回落|上升|提高)"
    r"|(?:增长|下降|上涨|回落)\s*-?\d[\d.]*\s*%$"
)


_NUMBER_FIRST = regex.compile(rf"{_MARKER_CLASS}*[-+]?\d")


def is_figure_statement(text: str, start: int = 0, end: int | None = None) -> bool:
    """A bulleted line stating a figure and its change in words (`▶ 医药制造业增长11.8%`), not a
    card opening on its number (`■ 3512.6亿元 全市进出口总值，增长4.3%`, read as a card)."""
    end = len(text) if end is None else end
    return _FIGURE_STATEMENT.search(text, start, end) is not None and _NUMBER_FIRST.match(text, start, end) is None


def _figure_runs(paras: list[_Para]) -> list[_Para]:
    """A run of two or more bulleted lines each stating a figure and its change, opening its
    section or after a lead-in (a summary box: `【数据速览】` / `▶ …1015036亿元，同比增长5.2%` / `▶ …`;
    `其中：` / `▶ 医药制造业增长11.8%` / `▶ …`), is a list of data lines, not of headlines with no
    story under them."""
    out = list(paras)
    for i in range(len(out)):
        if i and not out[i - 1].text.rstrip().endswith((":", "：")):
            continue
        j = i
        while j < len(out) and out[j].kind == "title" and out[j].text[:1] == out[i].text[:1] and is_figure_statement(out[j].text):
            j += 1
        if j - i >= 2:
            out[i:j] = [replace(cp, kind="item") for cp in out[i:j]]
    return out


def _articles(sec: SectionBlock, paras: list[_Para], layout: Layout, rules: _Compiled) -> None:
    paras = _figure_runs(paras)
    original = layout.original
    norm = layout.norm
    wrap = layout.wrap_width
    cur: ArticleBlock | None = None
    closed = True
    i = 0
    while i < len(paras):
        cp = paras[i]
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        starts = cp.kind == "title" or (
            cp.kind == "body" and closed and _is_untagged_title(cp) and nxt is not None and nxt.kind in ("body", "field")
            # `东港区：…` then `西港区：…`: lines of a labelled list, not a title and its body
            and not (_LABEL.match(cp.text) and _LABEL.match(nxt.text))
        )
        if starts:
            end = cp.p.end
            nend = cp.p.nend
            # a title wrapped over two lines: a long title line and a short unpunctuated tail
            if (
                nxt is not None
                and nxt.kind == "body"
                and wrap
                and cp.p.lines[-1].width >= 0.8 * wrap
                and len(nxt.p.lines) == 1
                and nxt.p.first.width < 0.5 * wrap
                and nxt.text[-1] not in TITLE_END_PUNCT
            ):
                end = nxt.p.end
                nend = nxt.p.nend
                i += 1
            title, tspan = _title_text(original, cp.p.start, end)
            cur = ArticleBlock(section=sec.name, title=title or None, title_span=tspan, start=cp.p.start, end=end,
                               heading_nspan=sec.heading_nspan)
            cur.title_nspan = (cp.p.nstart, nend)
            sec.articles.append(cur)
            closed = False
            i += 1
            continue
        if cp.kind == "counter":
            i += 1
            continue
        if cur is None or (closed and cp.kind in ("body", "item")):
            if cur is None or cur.source is not None or cur.author is not None:
                cur = ArticleBlock(section=sec.name, start=cp.p.start, end=cp.p.end, heading_nspan=sec.heading_nspan)
                sec.articles.append(cur)
        if cp.kind == "source":
            cur.source = cp.value
            cur.source_span = norm.to_original(*cp.vspan)
            closed = True
        elif cp.kind == "author":
            cur.author = cp.value
            closed = True
        elif cp.kind == "field":
            m = rules.field.match(cp.text)
            cur.fields[m.group("k")] = m.group("v").strip()
            cur.paragraphs.append(cp.p)
        else:
            cur.paragraphs.append(cp.p)
            closed = False
        cur.end = cp.p.end
        i += 1
