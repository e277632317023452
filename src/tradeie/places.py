"""Place names from the bundled gazetteers, for subjects and markets of metrics.

Reads ``patterns/gazetteer_gpe.tsv`` and ``patterns/gazetteer_loc.tsv`` (name, kind, aliases) —
the same files the NER stage uses — and derives the short forms of Chinese provinces and cities
(辽宁省 -> 辽宁, 大连市 -> 大连).  Every form maps to a canonical name: the full name for Chinese
provinces and cities, the listed name otherwise.  ``patterns/gazetteer_counties.tsv`` adds the
county-level units (区, 县, 旗) by their full names, for places only (the NER stage keeps its own
lexicons).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from .patterns import PatternDataError, load_tsv, trie_pattern

__all__ = ["HOME_CITY_ENDS", "Place", "county_parents", "county_short_forms", "places", "place_regex", "place_at", "place_mentions", "lookup", "PlaceIndex", "customs_province"]

# a Chinese city's full name ends so (`大连市`, `延边朝鲜族自治州`, `锡林郭勒盟`); a city abroad's
# (`阿拉木图`, `纽约`) does not
HOME_CITY_ENDS = ("市", "州", "盟", "地区")

_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")


@dataclass(frozen=True, slots=True)
class Place:
    canonical: str
    kind: str  # country | economy | province | city | district | region | ...


def _short_form(name: str) -> str | None:
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return None


@functools.cache
def place_exceptions() -> dict[str, tuple[str, str]]:
    """``patterns/gazetteer_exceptions.tsv`` (shared with the NER stage): a form -> the characters
    that, following or preceding it, make it part of another word (`增加纳入` is not 加纳,
    `拱北海关` not 北海).  A follower ``*`` drops a form from the NER gazetteer only: a city
    such as 吉安 or 通化 is still whose figures a metric reports."""
    return {name: (follow, precede) for name, follow, precede in load_tsv("gazetteer_exceptions.tsv", 3)}


def vetoed(text: str, start: int, end: int, form: str) -> bool:
    """The place ``form`` found at ``text[start:end]`` is part of another word."""
    rule = place_exceptions().get(form)
    if rule is None:
        return False
    follow, precede = rule
    if follow == "*":
        return False
    return (end < len(text) and text[end] in follow) or (start > 0 and text[start - 1] in precede)


@functools.cache
def places() -> dict[str, Place]:
    """Every surface form -> Place."""
    out: dict[str, Place] = {}
    for filename in ("gazetteer_gpe.tsv", "gazetteer_loc.tsv"):
        for name, kind, aliases in load_tsv(filename, 3):
            if not name:
                continue
            place = Place(name, kind or "place")
            forms = [name] + [a.strip() for a in aliases.split(",") if a.strip()]
            if kind in ("province", "city"):
                short = _short_form(name)
                if short and place_exceptions().get(short, ("", ""))[0] != "!":  # `安宁` is a word, `安宁市` the city
                    forms.append(short)
            for f in forms:
                out.setdefault(f, place)
    for f, place in county_forms().items():
        out.setdefault(f, place)
    return out


@functools.cache
def county_forms() -> dict[str, Place]:
    """The county-level units the main gazetteers do not list (`patterns/gazetteer_counties.tsv`),
    by their full names, each ending in 区, 县 or 旗."""
    out: dict[str, Place] = {}
    for name, kind, aliases, _parent in load_tsv("gazetteer_counties.tsv", 4):
        place = Place(name, kind or "district")
        for f in [name] + [a.strip() for a in aliases.split(",") if a.strip()]:
            if f[-1:] not in _COUNTY_ENDS:
                raise PatternDataError(f"gazetteer_counties.tsv: {f!r} does not end in one of {_COUNTY_ENDS}")
            out.setdefault(f, place)
    return out


_COUNTY_ENDS = "区县旗"


@functools.cache
def county_short_forms() -> tuple[dict[str, str], re.Pattern]:
    """A county's name without its 县 (`婺源` -> `婺源县`) and a pattern finding them: no place
    form in general (`武功`, `江宁` are words too often), only where a county's own post says
    全县 and writes its name short (`乐游婺源`, `婺源站`).  Forms two counties share, or that name
    another place, are left out."""
    seen: dict[str, list[str]] = {}
    for name in county_forms():
        if name.endswith("县") and len(name) >= 3:
            seen.setdefault(name[:-1], []).append(name)
    known = places()
    short = {s: names[0] for s, names in seen.items() if len(names) == 1 and s not in known}
    return short, re.compile(trie_pattern(list(short)))


@functools.cache
def city_countries() -> dict[str, str]:
    """A major world city -> the country it lies in (`吉隆坡` -> `马来西亚`), from
    ``patterns/world_city_countries.tsv``."""
    return dict(load_tsv("world_city_countries.tsv", 2))


@functools.cache
def county_parents() -> dict[str, str]:
    """A county-level unit's full name -> the prefecture-level city it lies in (`章贡区` ->
    `赣州市`), from the fourth column of ``patterns/gazetteer_counties.tsv``: where a paper named
    by an old regional name (`赣南日报`) reports 我市, its districts say which city that is."""
    return {name: parent for name, _kind, _aliases, parent in load_tsv("gazetteer_counties.tsv", 4) if parent}


@functools.cache
def place_regex() -> re.Pattern:
    """Matches any known place form, longest first; `X地区` is taken whole (长三角地区).

    The forms are compiled as a character trie (`中(?:国(?:香港|澳门)?|…)`), each node trying its
    longer continuations before stopping, so a match is still the longest form at its position —
    what the flat longest-first alternation ``(?:中国香港|…|中国)`` gives — but each position is
    tried against one branch per character instead of every form.  The standard ``re`` engine
    scans it several times faster than ``regex`` does, and nothing here needs ``regex`` features."""
    return _place_trie([f for f in places() if len(f) >= 2])


# what a place's form takes with it when it follows (`长三角地区`; not 地区生产总值, the measure)
_AREA_AFTER = r"地区(?!生产总值)|区域"


def _place_trie(forms: list[str]) -> re.Pattern:
    """The forms as one trie pattern, a form followed by 地区 or 区域 taken whole."""
    return re.compile(rf"(?:{trie_pattern(forms)})(?:{_AREA_AFTER})?")


# what follows a place name that makes it no mention of the place: a street named after it
# (`新疆路6号`, `南京东路`), or a summit, forum or body named after its host city
# (`中非合作论坛北京峰会`, `上海合作组织`, `北京宣言`)
_NOT_A_MENTION = re.compile(
    r"(?:[东西南北中]{1,2})?(?:路|大街|街|大道|巷|胡同)(?:\d|[东西南北中]?段|$)"
    r"|峰会|宣言|共识|合作组织|公约|议定书|行动计划"
    r"|(?<=区)块"  # a block of a zone named after the district it lies in (`雨花区块`), not the district
)


def place_at(text: str, at: int, end: int | None = None) -> bool:
    """A place's mention starts right at ``at`` (in ``text[at:end]``): `投洽会漳州签约…` at 漳州."""
    return next((pm.start() for pm in place_mentions(text, at, end)), None) == at


def place_mentions(text: str, start: int = 0, end: int | None = None):
    """The place matches in ``text[start:end]`` that are mentions of the place: not a street, a
    summit or a body named after it, nor part of another word (the exceptions)."""
    end = len(text) if end is None else end
    found = _scan(text, start, end)
    counties = _county_mentions(text, start, end, found) if _COUNTY_END_RE.search(text, start, end) else ()
    for m in sorted((*found, *counties), key=lambda m: m.start()) if counties else found:
        if not _NOT_A_MENTION.match(text, m.end()) and not vetoed(text, m.start(), m.end(), m.group()):
            yield m


@functools.cache
def _scan_automaton():
    """The place forms of :func:`place_regex` without the county-level units, as an Aho–Corasick
    automaton: scanning a whole text, it finds the same leftmost-longest forms as the trie
    pattern at about twice its speed (the trie makes ``re`` try a branch at every character that
    opens a form).  County names would make most Chinese characters open one; they are found from
    their last character instead (:func:`_county_mentions`).  None when there are no forms."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for form in places():
        if len(form) >= 2 and form not in county_forms():
            automaton.add_word(form, len(form))
    if len(automaton) == 0:
        return None
    automaton.make_automaton()
    return automaton


_AREA_SUFFIX = re.compile(_AREA_AFTER)


def _scan(text: str, start: int, end: int) -> list:
    """The longest place form at each position of ``text[start:end]``, left to right and not
    overlapping (what ``_place_trie(...).finditer`` gives), each with a following 地区 or 区域."""
    automaton = _scan_automaton()
    if automaton is None or start >= end:
        return []
    # every form found, by where it starts, the longest there (the automaton's own longest-match
    # walk misses a form inside a longer one the range cuts short: `…蒙古` of `博尔塔拉蒙古自治州`)
    longest: dict[int, int] = {}
    for last, n in automaton.iter(text, start, end):
        s = last + 1 - n
        if longest.get(s, 0) < n:
            longest[s] = n
    out: list[_Mention] = []
    p = start
    for s in sorted(longest):
        if s < p:
            continue
        e = s + longest[s]
        if (area := _AREA_SUFFIX.match(text, e, end)) is not None:
            e = area.end()
        out.append(_Mention(s, e, text[s:e]))
        p = e
    return out


_COUNTY_END_RE = re.compile(f"[{_COUNTY_ENDS}]")


@functools.cache
def _county_name_max() -> int:
    """Characters of the longest county-level name (`双江拉祜族佤族布朗族傣族自治县`)."""
    return max(map(len, county_forms()), default=0)


class _Mention:
    """A county name found from its last character: the parts of a match the callers read."""

    __slots__ = ("_s", "_e", "_t")

    def __init__(self, s: int, e: int, t: str):
        self._s, self._e, self._t = s, e, t

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._t

    def span(self) -> tuple[int, int]:
        return self._s, self._e


def _county_mentions(text: str, start: int, end: int, found) -> list:
    """County names ending at each 区, 县 or 旗 of ``text[start:end]``, longest first, that no
    place the scan found covers (`浦东新区` is the main gazetteer's)."""
    names = county_forms()
    starts = [m.start() for m in found]
    ends = [m.end() for m in found]
    out: list[_Mention] = []
    for c in _COUNTY_END_RE.finditer(text, start, end):
        e = c.end()
        for n in range(min(_county_name_max(), e - start), 1, -1):
            form = text[e - n : e]
            if form in names:
                s = e - n
                i = bisect.bisect_left(starts, e) - 1  # the last place found starting before this name ends
                if not (i >= 0 and ends[i] > s) and not (out and out[-1].end() > s):
                    out.append(_Mention(s, e, form))
                break
    return out


class PlaceIndex:
    """All place mentions of one text, found in one scan, queried by range."""

    __slots__ = ("starts", "matches")

    def __init__(self, text: str):
        self.matches = [(m.start(), m.end(), m.group()) for m in place_mentions(text)]
        self.starts = [m[0] for m in self.matches]

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.matches) and self.matches[i][1] <= end:
            out.append(self.matches[i])
            i += 1
        return out


def lookup(form: str) -> Place | None:
    """The place a surface form names (`大连` -> 大连市, `长三角地区` -> 长三角地区)."""
    p = places().get(form)
    if p is not None:
        return p
    for suf in ("地区", "区域"):
        if form.endswith(suf) and form[: -len(suf)] in places():
            base = places()[form[: -len(suf)]]
            return Place(form, base.kind)
    return None


# A county-level unit the gazetteer does not list: `崇川区`, `启东市`, `沛县`, `南通经济技术开发区`
# (not a kind of area: 地区, 社区, 园区, 片区, 城区, 市区, 辖区, 景区).
_DISTRICT_FORM = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:经济技术开发区|高新技术产业开发区|开发区|高新区|新区|(?<![地社园片景城市辖校矿灾牧街厂政全本我该各])(?<![^发]展)区|县|旗)"
    r"|(?!(?:设区|地级|县级|省辖|副省级|计划单列)市)[\u4e00-\u9fff]{2,3}市"  # (not a kind of city: `各设区市商务局`)
    r"|(?![主老全市中新城])[\u4e00-\u9fff]城区"  # `鹿城区`, `鼓城区`; never 主城区, 老城区 (kinds of area)
)


def looks_like_district(form: str) -> bool:
    """True for the name of a county-level unit or a development zone (`海门区`, `启东市`)."""
    return 2 < len(form) <= 14 and _DISTRICT_FORM.fullmatch(form) is not None


@functools.cache
def _customs_districts() -> tuple[dict[str, str], re.Pattern]:
    table = {house: province for house, province in load_tsv("customs_districts.tsv", 2) if house}
    return table, re.compile("|".join(map(re.escape, table)))


def customs_province(text: str | None) -> str | None:
    """The province whose customs house ``text`` names (`长春海关综合业务处`,
    `中华人民共和国昆明海关`), when that house's district is the whole province
    (``patterns/customs_districts.tsv``)."""
    if not text or "海关" not in text:
        return None
    table, houses = _customs_districts()
    m = houses.search(text)
    return table[m.group()] if m else None
