"""Named entities (PERSON, ORG, GPE, LOC) on a spaCy pipeline for Chinese, built without downloads.

The pipeline is ``spacy.blank("zh")`` segmenting with jieba (a private ``jieba.Tokenizer`` that
also knows the domain words of ``patterns/jieba_user_dict.txt`` and every gazetteer name, so
服务外包 and 大连市数字贸易协会 stay whole), followed by the ``tradeie_ner`` component.  That
component runs the rule recogniser below on the document's characters and sets ``doc.ents``
(splitting a token where an entity boundary falls inside it).

Rule families (each candidate records its rule; overlaps resolve to the longest span):

    gaz_gpe / gaz_loc / gaz_org   gazetteers (patterns/gazetteer_*.tsv), longest match
    gpe_zone                      大连 + 高新区 -> 大连高新区 (GPE)
    gpe_district                  杭州市 + 西湖区 -> 西湖区 (GPE), a district named after its city
    loc_region                    长三角 + 地区 -> 长三角地区 (LOC)
    org_agency                    (大连市|市|省) + 商务局 -> 大连市商务局 (ORG, no GPE inside)
    org_company / org_assoc / …   a name trimmed at stop words + a legal/institutional suffix
    org_subunit                   商务部 + 服贸司 -> 商务部服贸司; 商务部研究院 + 数据中心
    org_alias                     辽宁春明科技有限公司 seen -> later 春明科技
    person_title / person_post    局长刘烈宏, 冷雪峰副市长
    person_dot                    珍妮特·耶伦
    person_repeat                 later bare mentions of a name already found (耶伦, 宋思源)

Speed: segmentation is jieba's accurate mode without HMM, re-implemented as one fused DAG/route
loop (:class:`FastJieba`, the same words as ``jieba.Tokenizer.cut(HMM=False)``, about twice as
fast), and the Doc is built from those words in one linear pass (:func:`words_and_spaces`).
jieba's dictionary plus the domain words is cached as plain data in ``~/.cache/tradeie``
(``TRADEIE_CACHE_DIR``), so a warm cold start neither imports jieba nor reads its marshal cache.
The ``tradeie`` spaCy component reuses the user's Doc and runs only the rules.

Nothing here imports spaCy or jieba at module import: the metric path never pays for them.
"""

from __future__ import annotations

import bisect
import functools
import math
import threading
from dataclasses import dataclass

import re

import regex
from pydantic import BaseModel

from .errors import TradeieError
from .patterns import load_tsv, load_yaml, person_surnames, read_text, trie_pattern
from .schemas.entity import Entity
from .textview import NormText, NormTextBuilder, fold

__all__ = [
    "LABELS",
    "Entity",
    "NerModelError",
    "find_entities",
    "find_entities_rules",
    "entities",
    "entities_in",
    "build_pipeline",
    "get_pipeline",
]

LABELS = ("PERSON", "ORG", "GPE", "LOC")


class NerModelError(TradeieError):
    """A requested trained spaCy pipeline is not installed (tradeie never downloads one)."""

    code = "E301"


# --- pattern data -----------------------------------------------------------------------------


class SuffixRule(BaseModel):
    name: str
    min_name: int = 2
    max_name: int = 20
    suffixes: list[str]


class OrgRules(BaseModel):
    suffix_rules: list[SuffixRule]
    generic_names: list[str]
    agency_levels: list[str]
    agency_nouns: list[str]
    subunit_suffixes: list[str]
    subunit_max: int = 8
    subunit_bad_endings: list[str]


# Zones appended to a GPE: 大连 + 高新区 -> 大连高新区 (GPE).
ZONES = ("高新技术产业开发区", "经济技术开发区", "综合保税区", "工业园区", "自贸试验区", "自贸片区", "高新区", "经开区",
         "开发区", "自贸区", "保税区", "新区", "片区")
REGION_SUFFIXES = ("地区", "区域")
DOTS = "·•‧・"
HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"  # for the stdlib `re` patterns (much faster on big tries)


def _lines(filename: str) -> list[str]:
    out = []
    for line in read_text(filename).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@dataclass(frozen=True)
class Lexicon:
    gaz: dict  # name -> (label, rule)
    gaz_re: regex.Pattern
    exceptions: dict  # name -> (veto followers, veto preceders)
    gpe_re: regex.Pattern  # GPE names only
    zone_re: regex.Pattern
    agency_noun_re: re.Pattern
    zone_end_re: re.Pattern  # a zone word ending the searched window (高新区|管委会)
    level_end_re: re.Pattern  # a bare level word ending the searched window (市|商务局)
    title_pre_plain: re.Pattern
    title_post_plain: re.Pattern
    suffix_re: regex.Pattern
    suffix_rule: dict  # suffix -> SuffixRule
    org_rules: OrgRules
    stops: tuple  # stop words, longest first
    stop_re: regex.Pattern
    subunit_re: regex.Pattern
    titles: tuple
    surnames: frozenset
    dot_re: regex.Pattern
    translit_post_re: regex.Pattern
    translit_run_re: re.Pattern  # 3-6 transliteration characters (a foreign name after a title)
    person_gaz_re: regex.Pattern
    generic_re: regex.Pattern
    org_suffix_tuple: tuple  # every suffix and agency noun (for 光明日报社和经济日报社)
    gaz_kind: dict  # name -> kind column (company, media, ministry …)
    generic_set: frozenset


def _short_forms(name: str, kind: str) -> list[str]:
    if kind == "province":
        for suf in ("省", "市"):
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                return [name[: -len(suf)]]
    if kind == "city" and name.endswith("市") and len(name) >= 3:
        return [name[:-1]]
    return []


@functools.cache
def lexicon() -> Lexicon:
    """Load and compile every NER pattern file once."""
    gaz: dict[str, tuple[str, str]] = {}
    gaz_kind: dict[str, str] = {}
    exceptions: dict[str, tuple[str, str]] = {}
    for name, follow, precede in load_tsv("gazetteer_exceptions.tsv", 3):
        exceptions[name] = (follow, precede)
    blocked = {n for n, (f, p) in exceptions.items() if f in ("*", "!")}
    gpe_names = []
    for fname, label in (("gazetteer_gpe.tsv", "GPE"), ("gazetteer_loc.tsv", "LOC"), ("gazetteer_org.tsv", "ORG")):
        for name, kind, aliases in load_tsv(fname, 3):
            forms = [name, *_short_forms(name, kind), *[a.strip() for a in aliases.split(",") if a.strip()]]
            for f in forms:
                if f in blocked:
                    continue
                gaz.setdefault(f, (label, "gaz_" + label.lower()))
                gaz_kind.setdefault(f, kind)
                if label == "GPE":
                    gpe_names.append(f)
    rules = load_yaml("org_suffixes.yaml", OrgRules)
    gpe_alt = trie_pattern(gpe_names)
    zone_alt = trie_pattern(ZONES)
    suffix_rule = {}
    for r in rules.suffix_rules:
        for s in r.suffixes:
            suffix_rule.setdefault(s, r)
    stops = tuple(sorted(set(_lines("org_left_stops.txt")), key=len, reverse=True))
    titles = []
    pre, post = [], []
    for title, where in load_tsv("person_titles.txt", 2):
        titles.append(title)
        if where != "post":
            pre.append(title)
        if where != "pre":
            post.append(title)
    surnames = person_surnames()
    translit = "".join(sorted(set("".join(_lines("translit_chars.txt")))))
    tcls = "[" + regex.escape(translit) + "]"
    dcls = "[" + DOTS + "]"
    person_names = _lines("gazetteer_person.txt")
    return Lexicon(
        gaz=gaz,
        gaz_re=re.compile(trie_pattern(gaz)),
        exceptions=exceptions,
        gpe_re=re.compile(gpe_alt),
        zone_re=re.compile(zone_alt),
        agency_noun_re=re.compile(trie_pattern(rules.agency_nouns)),
        zone_end_re=re.compile(rf"(?:{zone_alt})$"),
        level_end_re=re.compile(rf"(?:{trie_pattern(rules.agency_levels)})$"),
        title_pre_plain=re.compile(trie_pattern(pre)),
        title_post_plain=re.compile(trie_pattern(post)),
        suffix_re=re.compile(trie_pattern(suffix_rule)),
        suffix_rule=suffix_rule,
        org_rules=rules,
        stops=stops,
        stop_re=re.compile(rf"(?=(?P<w>{trie_pattern(stops)}))"),  # zero-width: overlapping hits
        subunit_re=re.compile(
            rf"{HAN}{{1,{rules.subunit_max}}}?(?:{trie_pattern(rules.subunit_suffixes)})"
        ),
        titles=tuple(sorted(titles, key=len, reverse=True)),
        surnames=surnames,
        dot_re=re.compile(rf"{tcls}{{1,6}}(?:{dcls}{tcls}{{1,8}})+"),
        translit_post_re=re.compile(rf"(?<!{tcls}){tcls}{{3,5}}(?=(?:{trie_pattern(post)}))"),
        translit_run_re=re.compile(rf"{tcls}{{3,6}}"),
        person_gaz_re=re.compile(trie_pattern(person_names)),
        generic_re=re.compile(rf"(?:{trie_pattern(rules.generic_names)})+"),
        org_suffix_tuple=tuple(suffix_rule) + tuple(rules.agency_nouns),
        gaz_kind=gaz_kind,
        generic_set=frozenset(rules.generic_names),
    )


# a source line names its publishers (（来源：大连商务）), not a sentence (资料来源：进出口数据来自杭州海关，…)
_SOURCE_RE = regex.compile(r"(?:信息来源|资料来源|稿件来源|来源|稿源|来\s*源)[:：]\s*(?P<src>[^()（）\n，。；;]{2,40}?)\s*(?:[)）]|$)", regex.M)
_SOURCE_NOT_NAME = ("整理", "综合", "编译", "根据", "记者", "来自", "数据", "统计", "发布", "显示", "测算")
_ENUM_TAIL_RE = re.compile(
    r"等\s*(?:\d+\s*家|多家|一批)?\s*(?:重点|龙头|知名|头部|骨干|外资|美资|日资|韩资|民营|国有|科技|相关)?(?:企业|公司)"
)
_ENUM_ITEMS_RE = re.compile(rf"(?P<items>[{HAN[1:-1]}A-Za-z0-9]{{2,14}}(?:、[{HAN[1:-1]}A-Za-z0-9]{{2,14}})+)$")


# --- the rule recogniser (characters in, candidates out) ---------------------------------------


@dataclass(frozen=True, slots=True)
class Cand:
    start: int
    end: int
    label: str
    rule: str
    prio: int  # lower wins among spans of equal length


_HAN = regex.compile(r"\p{Han}")
_NAME_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9&]")
# Never inside an organisation name built by a suffix rule: dates, ordinals, counted nouns.
_CUT_RE = regex.compile(r"\d+[年月日号时]|第[^第]{1,4}?[届次期批轮]|[一二两三四五六七八九十几多数\d]+[所家个名位项批]")
_BARE_LEVEL_OK = set("由在与和及从向是对据经将为同、,，:;。!?(（\n 《“\"")
_STRUCT_CHARS = set("市省局部委会司院所厅处区县公团盟校报社网台业厂行室心站的了是在和与等")
_FOLLOW_MULTI = (
    "表示", "认为", "指出", "介绍", "透露", "强调", "建议", "说道", "此前", "出席", "告诉", "分析", "坦言", "提出",
    "提到", "提醒", "表达", "撰文", "解读", "回答", "看来", "如是说", "警告", "主持", "致辞", "讲话", "发言", "会见",
    "接受", "率队", "带队", "一行", "先生", "女士", "同志", "谈到", "补充", "总结", "说明", "预计", "预测", "判断",
    "呼吁", "宣布", "直言", "感慨", "回忆", "进行", "参加", "参观", "调研", "考察", "见证", "等人", "表态", "称",
)
_FOLLOW_ONE = set("说在称等与和及也则还就对向是的率将曾已为从一近此于即所均都又亦先把被给并讲答问指、")


def _follows(text: str, i: int) -> bool:
    """True when a name may end before position ``i`` (punctuation, end, or a verb of saying)."""
    if i >= len(text) or not _NAME_CHAR.match(text[i]):
        return True
    return text.startswith(_FOLLOW_MULTI, i)


def _person_after_title(text: str, s: int, lex: Lexicon) -> int | None:
    """End of the name starting at ``s`` right after a title (2 or 3 characters), or None."""
    sur = 2 if text[s : s + 2] in lex.surnames else 1
    n2, n3 = s + sur + 1, s + sur + 2
    if n2 > len(text):
        return None
    ok2 = not (set(text[s + 1 : n2]) & _STRUCT_CHARS)
    ok3 = n3 <= len(text) and _HAN.match(text[n2]) and not (set(text[s + 1 : n3]) & _STRUCT_CHARS)
    if ok2 and (_follows(text, n2) and not (n3 <= len(text) and ok3 and _follows(text, n3) and not text.startswith(_FOLLOW_MULTI, n2))):
        return n2
    if ok2 and n2 < len(text) and text[n2] in _FOLLOW_ONE:
        return n2
    if ok3:
        return n3
    return n2 if ok2 else None


def _gaz_cands(text: str, lex: Lexicon, out: list[Cand]) -> list[Cand]:
    found = []
    for m in lex.gaz_re.finditer(text):
        s, e = m.span()
        if e - s < 2:
            continue
        name = m.group()
        label, rule = lex.gaz[name]
        if name.isascii():
            if (s > 0 and text[s - 1].isascii() and text[s - 1].isalnum()) or (e < len(text) and text[e].isascii() and text[e].isalnum()):
                continue
        ex = lex.exceptions.get(name)
        if ex:
            follow, precede = ex
            if follow and follow != "-" and e < len(text) and text[e] in follow:
                continue
            if precede and precede != "-" and s > 0 and text[s - 1] in precede:
                continue
        c = Cand(s, e, label, rule, 0)
        out.append(c)
        found.append(c)
    return found


class _Spans:
    """Non-overlapping protected spans (gazetteer matches) with O(log n) look-ups."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts_list = [s for s, _ in self.spans]
        self.starts = set(self.starts_list)
        self.ends = {e for _, e in self.spans}

    def covering(self, a: int, b: int) -> tuple[int, int] | None:
        """The span containing [a, b), if any."""
        k = bisect.bisect_right(self.starts_list, a) - 1
        if k >= 0:
            s, e = self.spans[k]
            if s <= a and b <= e:
                return (s, e)
        return None


def _left_name(text: str, p: int, maxlen: int, lex: Lexicon, protected: _Spans) -> int:
    """Start of the organisation name ending at ``p``: scan left over name characters and
    balanced brackets, then cut after the rightmost stop word not inside a protected span."""
    i = p
    while i > 0 and p - i < maxlen:
        ch = text[i - 1]
        if _NAME_CHAR.match(ch):
            i -= 1
        elif ch in ")）":
            j = text.rfind("(", max(0, i - 10), i - 1)
            if j < 0 or not all(_NAME_CHAR.match(c) for c in text[j + 1 : i - 1]):
                break
            i = j
        else:
            break
    cut = i
    name = text[i:p]
    for m in _CUT_RE.finditer(name):
        cut = max(cut, i + m.end())
    for m in lex.stop_re.finditer(text, i, p):
        a, b = m.span("w")
        if b > p:
            continue
        if b > cut:
            cov = protected.covering(a, b)
            if cov is None or cov[1] - cov[0] <= b - a:
                cut = b
    # 光明日报社和经济日报社: 和/与/及 right after another organisation's suffix separates two names
    for k in range(cut, p):
        if text[k] in _JOIN_ONE or text.startswith(_JOIN_MULTI, k):
            if text.endswith(lex.org_suffix_tuple, cut, k) or k in protected.ends:
                cut = k + 1 if text[k] in _JOIN_ONE else k + next(len(w) for w in _JOIN_MULTI if text.startswith(w, k))
    # 拓展巩固辽宁振兴发展基金 -> 辽宁振兴发展基金: a long unexplained prefix before a place name
    if cut not in protected.starts:
        for m in lex.gpe_re.finditer(text, cut, p):
            if m.end() - m.start() >= 2 and m.start() - cut >= 3 and text[m.start() - 1] not in "(驻":
                cov = protected.covering(m.start(), m.start() + 1)
                if cov is None or cov == m.span():
                    cut = m.start()
            break
    return cut


# Characters that make "XX区" after a city a generic area, not a district name (城区, 各区, 内四区 …)
_NOT_DISTRICT = set("一二三四五六七八九十两几各全本该每多内外城市郊辖园片社景厂港主新老这那其分地小大中高开示功保")
# …or the district word part of a longer noun (区域, 县域, 区位)
_NOT_DISTRICT_AFTER = ("域", "位", "级", "城", "长")

# Between two organisation names: 光明日报社和经济日报社, 成都市商务局联合四川大学
_JOIN_ONE = set("和与及、")
_JOIN_MULTI = ("联合", "会同", "携手", "指导", "委托", "邀请", "牵头", "组织", "支持", "主办", "承办", "协办", "共同")


def _is_generic(name: str, lex: Lexicon) -> bool:
    """科技, 人工智能头部 (generic words only, possibly after an adjective-like leftover) …"""
    if _MONEYISH_RE.search(name):
        return True
    if lex.generic_re.fullmatch(name):
        return True
    m = lex.generic_re.search(name)
    while m is not None and m.end() != len(name):
        m = lex.generic_re.search(name, m.end())
    if m is not None and m.start() > 0:
        rest = name[: m.start()]
        return len(rest) < 2 or lex.generic_re.fullmatch(rest) is not None
    return False


def _org_cands(text: str, lex: Lexicon, gaz: list[Cand], out: list[Cand]) -> None:
    protected = _Spans([(c.start, c.end) for c in gaz])
    # zones: 大连高新区 (GPE)
    place_end: dict[int, int] = {}  # end -> start of a GPE (or GPE + zone) ending there
    for c in gaz:
        if c.label == "GPE":
            place_end[c.end] = min(c.start, place_end.get(c.end, c.start))
            z = lex.zone_re.match(text, c.end)
            if z:
                out.append(Cand(c.start, z.end(), "GPE", "gpe_zone", 1))
                place_end[z.end()] = min(c.start, place_end.get(z.end(), c.start))
            # 杭州市西湖区, 绍兴柯桥区: a two-character district or county named right after its city
            elif (
                c.end + 3 <= len(text)
                and text[c.end + 2] in "区县"
                and lex.gaz_kind.get(text[c.start : c.end]) in ("city", "province")
                and _HAN.match(text[c.end]) and _HAN.match(text[c.end + 1])
                and not (set(text[c.end : c.end + 2]) & _NOT_DISTRICT)
                and not text.startswith(_NOT_DISTRICT_AFTER, c.end + 3)
            ):
                out.append(Cand(c.end, c.end + 3, "GPE", "gpe_district", 3))
                place_end[c.end + 3] = min(c.start, place_end.get(c.end + 3, c.start))  # 杭州市西湖区政府
    # agencies: 大连市商务局, 市商务局, 大连高新区管委会 (found from the agency noun, looking left)
    agency_ends: set[int] = set()
    for m in lex.agency_noun_re.finditer(text):
        a, e = m.span()
        if a in place_end:
            out.append(Cand(place_end[a], e, "ORG", "org_agency", 1))
            continue
        z = lex.zone_end_re.search(text, max(0, a - 10), a)
        if z and z.end() == a:
            out.append(Cand(z.start(), e, "ORG", "org_agency", 1))
            continue
        lv = lex.level_end_re.search(text, max(0, a - 4), a)
        if lv is None or lv.end() != a:
            continue
        s = lv.start()
        if s > 0 and _HAN.match(text[s - 1]):
            # 市委市政府: a bare level right after another agency is fine too
            if text[s - 1] not in _BARE_LEVEL_OK and s not in agency_ends and not any(text.endswith(w, 0, s) for w in lex.stops):
                continue
        out.append(Cand(s, e, "ORG", "org_agency", 1))
        agency_ends.add(e)
    # LOC + 地区: 长三角地区
    for c in gaz:
        if c.label == "LOC" and text.startswith(REGION_SUFFIXES, c.end):
            out.append(Cand(c.start, c.end + 2, "LOC", "loc_region", 1))
    # suffix rules: 大连瀚闻资讯有限公司, 东北财经大学
    for m in lex.suffix_re.finditer(text):
        s, e = m.span()
        cov = protected.covering(s, e)
        if cov is not None and cov[1] == e:  # the suffix ends a gazetteer name (据中国信息通信研究院测算)
            continue
        rule = lex.suffix_rule[m.group()]
        start = _left_name(text, s, 20, lex, protected)
        name = text[start:s]
        if not rule.min_name <= len(name) <= rule.max_name:
            continue
        # companies need a distinctive name (科技公司 is no company); 全球服务贸易联盟 is an association
        if _is_generic(name, lex) if rule.name in ("org_company", "org_finance", "org_media") else name in lex.generic_set:
            continue
        out.append(Cand(start, e, "ORG", rule.name, 2))
    # GPE/LOC + 湾 -> LOC: 金州湾, 胶州湾
    for c in gaz:
        if c.label in ("GPE", "LOC") and c.end < len(text) and text[c.end] == "湾" and not text.startswith("湾区", c.end):
            out.append(Cand(c.start, c.end + 1, "LOC", "loc_bay", 1))
    # a source line names its publisher: （来源：大连商务）
    for m in _SOURCE_RE.finditer(text):
        for item in _SOURCE_ITEM_RE.finditer(m.group("src")):
            s, e = m.start("src") + item.start(), m.start("src") + item.end()
            tail = _SOURCE_TAIL_RE.search(item.group())
            if tail:
                e -= len(tail.group())
            if 2 <= e - s <= 20 and not any(w in item.group() for w in _SOURCE_NOT_NAME):
                out.append(Cand(s, e, "ORG", "org_source", 2))
    # enumerations of companies: 咪咕文化、中视国际传媒、泡泡玛特等404家企业
    for tail in _ENUM_TAIL_RE.finditer(text):
        m = _ENUM_ITEMS_RE.search(text, max(0, tail.start() - 120), tail.start())
        if m is None:
            continue
        items = m.group("items").split("、")
        pos = m.start("items")
        first_start = _left_name(text, pos + len(items[0]), 14, lex, protected)
        for k, it in enumerate(items):
            s = first_start if k == 0 else pos
            e = pos + len(it)
            pos = e + 1
            if 2 <= e - s <= 14 and not _is_generic(text[s:e], lex) and not any(w in text[s:e] for w in lex.stops if len(w) > 1):
                out.append(Cand(s, e, "ORG", "org_enum", 4))


def _extend_subunits(text: str, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """商务部 + 服贸司, 市商务局 + 投促三处 (at most two levels)."""
    rules = lex.org_rules
    extra = []
    # a known organisation right after another is a second name, not a sub-unit of the first
    # (四川省统计局 国家统计局四川调查总队, a sender line whose space the layout removed)
    gaz_org_starts = {c.start for c in cands if c.rule == "gaz_org"}
    for c in cands:
        if c.label != "ORG":
            continue
        end = c.end
        for _ in range(2):
            if end in gaz_org_starts:
                break
            m = lex.subunit_re.match(text, end)
            if not m:
                break
            unit = m.group()
            body = text[end : m.end()]
            if (
                len(body) < 2
                or body.startswith(("副", "正", "原", "常务", "代表"))
                or any(ch in body for ch in "和与及、")
                or unit.endswith(tuple(rules.subunit_bad_endings))
                or lex.stop_re.search(body)
                or _title_starts_in(text, end, m.end(), lex)
            ):
                break
            end = m.end()
            extra.append(Cand(c.start, end, "ORG", "org_subunit", 1))
    return extra


def _title_starts_in(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """True when a person title starts inside text[a:b] (水运局|副局长: the unit is not 副局)."""
    for k in range(a, b):
        if text.startswith(lex.titles, k):
            return True
    return False


def _aliases(text: str, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Short forms of companies found by suffix: 辽宁春明科技有限公司 -> 春明科技 later."""
    forms = set()
    for c in cands:
        if c.rule != "org_company":
            continue
        name = text[c.start : c.end]
        core = _LEGAL_TAIL_RE.sub("", name)
        core = _BRACKET_TAIL_RE.sub("", core)
        if _is_generic(core, lex):
            continue
        m = lex.gpe_re.match(core)
        if m and len(core) - m.end() >= 3 and not _is_generic(core[m.end() :], lex):
            forms.add(core[m.end() :])
        if core != name and len(core) >= 4:
            forms.add(core)
    out = []
    if forms:
        for m in re.finditer(trie_pattern(forms), text):
            out.append(Cand(m.start(), m.end(), "ORG", "org_alias", 3))
    return out


def _person_cands(text: str, lex: Lexicon, out: list[Cand]) -> list[Cand]:
    found = []
    for m in lex.title_pre_plain.finditer(text):
        s = m.end()
        if not (text[s : s + 2] in lex.surnames or text[s : s + 1] in lex.surnames):
            # 总干事伊维拉在…: a transliterated name (3-6 characters) right after a title
            t = lex.translit_run_re.match(text, s)
            if t and (t.end() >= len(text) or not _NAME_CHAR.match(text[t.end()]) or text[t.end()] in _FOLLOW_ONE
                      or text.startswith(_FOLLOW_MULTI, t.end())):
                found.append(Cand(s, t.end(), "PERSON", "person_title", 3))
            continue
        e = _person_after_title(text, s, lex)
        if e:
            found.append(Cand(s, e, "PERSON", "person_title", 3))
    for m in lex.title_post_plain.finditer(text):
        e = m.start()
        for s in (e - 3, e - 2, e - 4):
            if s < 0 or not all(_HAN.match(ch) for ch in text[s:e]):
                continue
            sur = 2 if text[s : s + 2] in lex.surnames else 1 if text[s] in lex.surnames else 0
            if not sur or e - s - sur not in (1, 2) or set(text[s + 1 : e]) & _STRUCT_CHARS:
                continue
            if s > 0 and _HAN.match(text[s - 1]) and text[s - 1] not in _FOLLOW_ONE and not text.startswith(_FOLLOW_MULTI, s - 2):
                # glued to a preceding word: accept only after an organisation/title (checked later)
                found.append(Cand(s, e, "PERSON", "person_post_glued", 5))
                continue
            found.append(Cand(s, e, "PERSON", "person_post", 4))
    for m in lex.dot_re.finditer(text):
        found.append(Cand(m.start(), m.end(), "PERSON", "person_dot", 2))
    for m in lex.translit_post_re.finditer(text):
        found.append(Cand(m.start(), m.end(), "PERSON", "person_post", 4))
    for m in lex.person_gaz_re.finditer(text):
        if m.end() - m.start() >= 2:
            found.append(Cand(m.start(), m.end(), "PERSON", "gaz_person", 2))
    out.extend(found)
    return found


def _resolve(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping choice: longest first, then rule priority, then leftmost."""
    taken: list[Cand] = []
    occupied = bytearray()
    if cands:
        occupied = bytearray(max(c.end for c in cands) + 1)
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
        if c.end - c.start < 2 or any(occupied[c.start : c.end]):
            continue
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _merge_companies(text: str, gaz: list[Cand], lex: Lexicon) -> list[Cand]:
    """阿里巴巴 + 全球速卖通 written together is one organisation."""
    out = []
    by_start = {c.start: c for c in gaz if c.label == "ORG"}
    for c in gaz:
        if c.label == "ORG" and lex.gaz_kind.get(text[c.start : c.end]) == "company":
            nxt = by_start.get(c.end)
            if nxt is not None and lex.gaz_kind.get(text[nxt.start : nxt.end]) == "company":
                out.append(Cand(c.start, nxt.end, "ORG", "org_merge", 1))
    return out


# precompiled (the regex module's per-call cache lookups showed in profiles)
_MONEYISH_RE = re.compile(r"\d[万亿元]|[万亿]元|^\d+$")
_SOURCE_ITEM_RE = re.compile(r"[^、/,，\s]+")
_SOURCE_TAIL_RE = re.compile(r"(?:官方网站|网站|官网|微信公众号|公众号|客户端|官方微博|微博)$")
_LEGAL_TAIL_RE = re.compile(r"(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|公司|集团)$")
_BRACKET_TAIL_RE = re.compile(r"\([^)]*\)$")
_DOT_SPLIT_RE = re.compile("[" + DOTS + "]")
_BOOK_RE = regex.compile(r"《[^《》\n]{1,60}》")


def find_entities_rules(norm: str, is_word=None) -> list[tuple[int, int, str, str]]:
    """Rule entities on normalised text: ``(start, end, label, rule)`` sorted by start.

    ``is_word(s)`` (optional) says whether ``s`` is a common word; a name read before a title
    (高层代表, 项目经理) is dropped when it is.

    >>> norm = "国家数据局局长刘烈宏表示"
    >>> [(norm[s:e], l) for s, e, l, _ in find_entities_rules(norm)]
    [('国家数据局', 'ORG'), ('刘烈宏', 'PERSON')]
    """
    lex = lexicon()
    text = norm
    cands: list[Cand] = []
    gaz = _gaz_cands(text, lex, cands)
    _org_cands(text, lex, gaz, cands)
    cands += _merge_companies(text, gaz, lex)
    cands += _extend_subunits(text, cands, lex)
    persons = _person_cands(text, lex, cands)
    if is_word is not None:
        cands = [c for c in cands if not (c.rule.startswith("person_post") and is_word(text[c.start : c.end]))]
    # a place inside a document title is not tagged (《数字中国建设行动方案》); media names are
    books = _Spans([m.span() for m in _BOOK_RE.finditer(text)])
    if books.spans:
        cands = [c for c in cands if c.label not in ("GPE", "LOC") or books.covering(c.start, c.end) is None]
    first = _resolve(cands)
    # glued name-before-title candidates survive only right after an entity (市商务局李鹤鸣副局长)
    ends = {c.end for c in first if c.label != "PERSON"}
    first = [c for c in first if c.rule != "person_post_glued" or c.start in ends]
    # later bare mentions: every occurrence of a name already found, and the family part of 珍妮特·耶伦
    names = set()
    for c in first:
        if c.label == "PERSON":
            nm = text[c.start : c.end]
            names.add(nm)
            parts = _DOT_SPLIT_RE.split(nm)
            if len(parts) > 1 and len(parts[-1]) >= 2:
                names.add(parts[-1])
    extra = []
    if names:
        for m in re.finditer(trie_pattern(names), text):
            extra.append(Cand(m.start(), m.end(), "PERSON", "person_repeat", 6))
    aliases = _aliases(text, first, lex)
    if extra or aliases:
        keep = [c for c in cands if c.rule != "person_post_glued" or c.start in ends]
        first = _resolve(keep + extra + aliases)
        first = [c for c in first if c.rule != "person_post_glued" or c.start in ends]
    del persons
    return [(c.start, c.end, c.label, c.rule) for c in first]


# --- the spaCy pipeline ---------------------------------------------------------------------

_lock = threading.Lock()


# jieba's dictionary with the domain words and gazetteer names added is cached as plain data
# (a newline-joined word list and an int64 array: no pickle) in the user's cache directory.
# Building it from jieba costs ~1.5-3 s of CPU (jieba's marshal cache + add_word); loading our
# copy ~0.35 s and needs no jieba import.  The key covers jieba's dict.txt and every added word.
DICT_CACHE_VERSION = 1
_jieba_tk = None


def _added_words() -> list[tuple[str, int | None, str | None]]:
    out = []
    for line in _lines("jieba_user_dict.txt"):
        parts = line.split()
        out.append((parts[0], int(parts[1]) if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None))
    for name in lexicon().gaz:
        if not name.isascii():
            out.append((name, 1000, None))
    return out


def _cache_dir() -> str:
    import os

    base = os.environ.get("TRADEIE_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "tradeie")
    return base


def _dict_key(added) -> str | None:
    import hashlib
    import importlib.util
    import os

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        return None
    path = os.path.join(os.path.dirname(spec.origin), "dict.txt")
    try:
        st = os.stat(path)
    except OSError:
        return None
    h = hashlib.sha256(f"{DICT_CACHE_VERSION}|{path}|{st.st_size}|{st.st_mtime_ns}".encode())
    h.update(repr(added).encode("utf-8"))
    return h.hexdigest()


def _load_dict_cache(path: str, key: str):
    import array
    import marshal

    try:
        with open(path, "rb") as fh:
            k, total, words, values = marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if k != key:
        return None
    vals = array.array("q")
    vals.frombytes(values)
    keys = words.split("\n")
    if len(keys) != len(vals):
        return None
    return dict(zip(keys, vals.tolist())), total


def _save_dict_cache(path: str, key: str, freq: dict, total: int) -> None:
    import array
    import marshal
    import os
    import tempfile

    if any("\n" in w for w in freq):
        return
    tmp = None
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        data = marshal.dumps((key, total, "\n".join(freq), array.array("q", freq.values()).tobytes()))
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".jieba-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)  # atomic: concurrent builders never see a half-written file
        # older dictionaries (other gazetteer versions) would pile up: keep only this one
        folder = os.path.dirname(path)
        for name in os.listdir(folder):
            if name.startswith("jieba-") and name.endswith(".dict") and os.path.join(folder, name) != path:
                try:
                    os.unlink(os.path.join(folder, name))
                except OSError:
                    pass
    except (OSError, OverflowError):  # a read-only home, a full disk: just no cache
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


@functools.cache
def _dictionary() -> tuple[dict, int]:
    """jieba's prefix dictionary (word -> frequency, prefixes -> 0) and total, with the domain
    dictionary and every gazetteer name added: from the cache, else built with jieba."""
    import os

    global _jieba_tk
    added = _added_words()
    key = _dict_key(added)
    path = os.path.join(_cache_dir(), f"jieba-{key[:20]}.dict") if key else None
    if path:
        hit = _load_dict_cache(path, key)
        if hit is not None:
            return hit
    import jieba

    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    tk.initialize()
    for word, freq, tag in added:
        tk.add_word(word, freq, tag)
    _jieba_tk = tk
    if path:
        _save_dict_cache(path, key, tk.FREQ, tk.total)
    return tk.FREQ, tk.total


def _jieba_tokenizer():
    """A private jieba.Tokenizer over :func:`_dictionary` (domain words and gazetteer names added)."""
    global _jieba_tk
    freq, total = _dictionary()
    if _jieba_tk is None:
        import jieba

        jieba.setLogLevel(60)
        tk = jieba.Tokenizer()
        tk.FREQ, tk.total, tk.initialized = freq, total, True
        _jieba_tk = tk
    return _jieba_tk


# jieba's own block splitter (re_han_default): a run of these characters is segmented over the
# dictionary DAG; every other character is a token of its own, except "\r\n".
_JIEBA_BLOCK_RE = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)|\r\n|.", re.S)


class FastJieba:
    """jieba's accurate mode without the HMM pass (``Tokenizer.cut(text, HMM=False)``), same
    dictionary, same route and the same output word for word, about twice as fast: the DAG and
    the best-route pass are fused into one right-to-left loop with no per-position lists or
    generator expressions.  Entity boundaries come from the rules (tokens are split to fit
    them), so the HMM's new-word discovery buys nothing here.

    ``cut`` returns a list (spaCy's ChineseTokenizer and :class:`TradeieChineseTokenizer` accept it).
    """

    def __init__(self, freq: dict, total: int):
        self.FREQ = freq
        self._logtotal = math.log(total)

    @property
    def tokenizer(self):
        """The underlying ``jieba.Tokenizer`` (imports jieba on first use)."""
        return _jieba_tokenizer()

    def cut(self, text, cut_all=False, HMM=False):  # noqa: N803 - jieba's keywords
        if cut_all:
            return list(self.tokenizer.cut(text, cut_all=True, HMM=False))
        out: list[str] = []
        app, ext, block = out.append, out.extend, self._block
        for m in _JIEBA_BLOCK_RE.finditer(text):
            b = m.group(1)
            if b is None or len(b) == 1:
                app(m.group())
            else:
                ext(block(b))
        return out

    def _block(self, s: str) -> list[str]:
        get = self.FREQ.get
        lt = self._logtotal
        log = math.log
        n = len(s)
        score = [0.0] * (n + 1)
        nxt = list(range(n + 1))
        for idx in range(n - 1, -1, -1):
            f = get(s[idx])
            if not f:  # unknown character, or a bare prefix: a single-character word of freq 1
                if f is None or get(s[idx : idx + 2]) is None:
                    score[idx] = -lt + score[idx + 1]
                    continue
            best = None
            bx = idx
            i = idx
            while True:
                if f:
                    sc = log(f) - lt + score[i + 1]
                    if best is None or sc >= best:  # ties go to the longer word, as in jieba
                        best = sc
                        bx = i
                i += 1
                if i >= n:
                    break
                f = get(s[idx : i + 1])
                if f is None:
                    break
            if best is None:
                best = -lt + score[idx + 1]
                bx = idx
            score[idx] = best
            nxt[idx] = bx
        out = []
        x = 0
        buf = ""
        while x < n:
            y = nxt[x] + 1
            w = s[x:y]
            if y - x == 1 and w.isascii() and w.isalnum():  # jieba joins runs of [a-zA-Z0-9]
                buf += w
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(w)
            x = y
        if buf:
            out.append(buf)
        return out


def words_and_spaces(words) -> tuple[list[str], list[bool]]:
    """``spacy.util.get_words_and_spaces`` for words that concatenate to the text exactly (as
    jieba's do), in one linear pass: whitespace runs become one token, except that a single space
    right after a word becomes that word's trailing space."""
    out_w: list[str] = []
    out_s: list[bool] = []
    ws = ""
    for w in words:
        if not w:
            continue
        if w.isspace():
            ws += w
            continue
        if ws:
            _flush_ws(ws, out_w, out_s)
            ws = ""
        out_w.append(w)
        out_s.append(False)
    if ws:
        _flush_ws(ws, out_w, out_s)
    return out_w, out_s


def _flush_ws(ws: str, out_w: list[str], out_s: list[bool]) -> None:
    if out_w and ws[0] == " " and not out_s[-1] and not out_w[-1].isspace():
        out_s[-1] = True
        ws = ws[1:]
    if ws:
        out_w.append(ws)
        out_s.append(False)


@functools.cache
def _segmenter() -> FastJieba:
    return FastJieba(*_dictionary())


COMMON_WORD_FREQ = 300  # jieba frequency above which a would-be name is an ordinary word (高层 1220)


def is_common_word(s: str) -> bool:
    """True for a frequent jieba dictionary word (loads jieba's dictionary on first use)."""
    return _dictionary()[0].get(s, 0) >= COMMON_WORD_FREQ


def build_pipeline(model: str | None = None):
    """A spaCy ``Language`` for Chinese with the tradeie entity rules (never downloads anything).

    ``model=None``: ``spacy.blank("zh")`` with jieba segmentation plus the rules.  ``model`` names
    an installed trained pipeline (``"zh_core_web_sm"``): its entities are merged with the rules
    (rules win where they overlap); a missing pipeline raises :class:`NerModelError`.
    """
    import spacy
    from . import spacy_component  # registers the factories

    del spacy_component
    if model is None:
        nlp = spacy.blank("zh")  # char segmenter: no global jieba initialisation
        nlp.tokenizer = _tokenizer_class()(nlp.vocab, _segmenter())
        nlp.config["nlp"]["tokenizer"]["segmenter"] = "jieba"
    else:
        if not spacy.util.is_package(model) and not spacy.util.is_in_jupyter() and not _is_path(model):
            raise NerModelError(
                f"spaCy pipeline {model!r} is not installed; tradeie never downloads models "
                f"(install it with your package manager, or use model=None for the rule pipeline)"
            )
        try:
            nlp = spacy.load(model)
        except OSError as ex:
            raise NerModelError(f"spaCy pipeline {model!r} could not be loaded: {ex}") from ex
    nlp.max_length = 50_000_000
    nlp.add_pipe("tradeie_ner", last=True)
    return nlp


@functools.cache
def _tokenizer_class():
    """spaCy's ChineseTokenizer (jieba mode) with the private segmenter and a linear-time
    words-and-spaces pass (spaCy's own slices the remaining text once per word)."""
    from spacy.lang.zh import ChineseTokenizer, Segmenter
    from spacy.tokens import Doc

    class TradeieChineseTokenizer(ChineseTokenizer):
        def __init__(self, vocab, segmenter: FastJieba):
            super().__init__(vocab, segmenter=Segmenter.char)  # char: no global jieba import
            self.segmenter = Segmenter.jieba
            self.jieba_seg = segmenter

        def __call__(self, text: str):
            words, spaces = words_and_spaces(self.jieba_seg.cut(text, cut_all=False))
            return Doc(self.vocab, words=words, spaces=spaces)

    return TradeieChineseTokenizer


def _is_path(model: str) -> bool:
    import os

    return os.path.isdir(model)


@functools.cache
def _cached_pipeline(model: str | None):
    return build_pipeline(model)


def get_pipeline(model: str | None = None):
    """The process-wide cached pipeline for ``model`` (built on first use, thread-safe)."""
    with _lock:
        return _cached_pipeline(model)


def align_entities(doc, spans: list[tuple[int, int, str]], n: int | None = None) -> None:
    """Set ``doc.ents`` to exactly ``spans`` (char offsets), splitting tokens where needed.
    ``n`` is ``len(doc.text)`` when the caller knows it (``doc.text`` is rebuilt on every access)."""
    bounds = sorted({b for s, e, _ in spans for b in (s, e)})
    splits = {}
    n = len(doc.text) if n is None else n
    for b in bounds:
        if b <= 0 or b >= n:
            continue
        tok = doc.char_span(b, b + 1, alignment_mode="expand")
        if tok is None or len(tok) == 0:
            continue
        t = tok[0]
        if t.idx < b < t.idx + len(t.text):
            splits.setdefault(t.i, set()).add(b - t.idx)
    if splits:
        with doc.retokenize() as retok:
            for i, cuts in splits.items():
                t = doc[i]
                pieces, prev = [], 0
                for k in sorted(cuts):
                    pieces.append(t.text[prev:k])
                    prev = k
                pieces.append(t.text[prev:])
                pieces = [p for p in pieces if p]
                if len(pieces) < 2 or "".join(pieces) != t.text:
                    continue
                retok.split(t, pieces, heads=[(t, 0)] * len(pieces))
    ents = []
    for s, e, label in spans:
        sp = doc.char_span(s, e, label=label)
        if sp is not None:
            ents.append(sp)
    from spacy.util import filter_spans

    doc.ents = filter_spans(ents)


def find_entities(norm: str, *, model: str | None = None) -> list[tuple[int, int, str]]:
    """Entities on normalised text via the spaCy pipeline: ``(start, end, label)`` by start."""
    return [(s, e, lab) for s, e, lab, _ in _find(norm, model)]


def _find(norm: str, model: str | None, tokenize: bool = True) -> list[tuple[int, int, str, str]]:
    if not norm:
        return []
    if not tokenize and model is None:  # a caller that already has its Doc: the rules alone
        return find_entities_rules(norm, is_word=is_common_word)
    nlp = get_pipeline(model)
    doc = nlp.make_doc(norm)
    doc.user_data["tradeie_text"] = norm  # spares the components a rebuild of doc.text
    doc.user_data["tradeie_chars_only"] = True  # only char spans are read back: skip token alignment
    doc = nlp(doc)
    return doc.user_data.get("tradeie_ents", [])


# --- raw text in, Entity models out -----------------------------------------------------------


def normalize_text(text: str) -> NormText:
    """The layout stage's normalised view of ``text`` (offsets map back to the original)."""
    return _normalize(text)


def _normalize(text: str) -> NormText:
    try:
        from .layout import normalize
    except ImportError:  # pragma: no cover - layout stage missing
        return _fallback_normalize(text)
    return normalize(text)


def _fallback_normalize(text: str) -> NormText:
    b = NormTextBuilder(text, fold(text))
    pos = 0
    for line in text.split("\n"):
        b.copy_clean(pos, pos + len(line))
        pos += len(line) + 1
        if pos <= len(text):
            b.char("\n", pos - 1)
    return b.build()


def entities_in(
    norm: NormText, *, doc: str | None = None, model: str | None = None, tokenize: bool = True
) -> list[Entity]:
    """Entities of an already normalised document, spans mapped to its original text.

    ``tokenize=False`` (rule pipeline only) skips the spaCy/jieba pass: for a caller that already
    holds a tokenised ``Doc`` (the ``tradeie`` spaCy component); the entities are the same.
    """
    out = []
    original = norm.original
    for s, e, label, rule in _find(norm.text, model, tokenize):
        os_, oe = norm.to_original(s, e)
        out.append(Entity(text=original[os_:oe], span=(os_, oe), label=label, doc=doc, rule=rule))
    return out


def entities(text: str, *, doc: str | None = None, model: str | None = None) -> list[Entity]:
    """Named entities of raw ``text``; ``text[e.span[0]:e.span[1]] == e.text`` for each.

    >>> [(e.text, e.label) for e in entities("据商务部消息，大连市服务外包增长。")]
    [('商务部', 'ORG'), ('大连市', 'GPE')]
    """
    return entities_in(_normalize(text), doc=doc, model=model)
