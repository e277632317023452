"""The place scan (an Aho–Corasick automaton) finds what the trie pattern it replaced finds:
the longest form at each position, left to right, with a following 地区 or 区域 taken whole."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tradeie.places import _place_trie, _scan, county_forms, places

FORMS = sorted(f for f in places() if len(f) >= 2 and f not in county_forms())
TRIE = _place_trie(FORMS)
PIECES = FORMS[:400] + ["地区", "区域", "地区生产总值", "，", "进出口", "增长", "1.5%", " ", "\n", "东", "中"]


def _trie_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TRIE.finditer(text, start, end)]


def _scan_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _scan(text, start, end)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.data())
def test_the_automaton_finds_what_the_trie_finds(parts, data):
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _scan_spans(text, start, end) == _trie_spans(text, start, end)


def test_longest_form_and_area_suffix():
    text = "对中国香港、长三角地区和东盟进出口，地区生产总值增长"
    got = [m.group() for m in _scan(text, 0, len(text))]
    assert got == [t for _, _, t in _trie_spans(text, 0, len(text))]
    assert "中国香港" in got and "长三角地区" in got and "地区生产总值" not in "".join(got)
