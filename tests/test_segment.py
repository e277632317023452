"""Segmentation of the fixture bulletins (one per layout) against their structure files."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES
from tradeie import extract_file
from tradeie.layout import analyse
from tradeie.segment import segment, split_sentences

BULLETINS = sorted((FIXTURES / "bulletins").glob("*.txt"))


def _shape(bulletin):
    return [
        (s.name, [(a.title, a.source.name if a.source else None, a.author) for a in s.articles if a.title])
        for s in bulletin.sections
    ]


@pytest.mark.parametrize("path", BULLETINS, ids=lambda p: p.stem)
def test_fixture_structure(path):
    gold = json.loads(path.with_suffix(".structure.json").read_text(encoding="utf-8"))
    bulletin = extract_file(path).bulletin
    want = [
        (s["name"], [(a["title"], a.get("source"), a.get("author")) for a in s["articles"]]) for s in gold["sections"]
    ]
    assert _shape(bulletin) == want
    for key, value in gold["meta"].items():
        assert getattr(bulletin.meta, key) == value, key


@pytest.mark.parametrize("path", BULLETINS, ids=lambda p: p.stem)
def test_every_span_quotes_the_original(path):
    ex = extract_file(path)
    text = ex.text
    for s in ex.bulletin.sections:
        assert 0 <= s.span[0] <= s.span[1] <= len(text)
        for a in s.articles:
            if a.title_span:
                quote = text[a.title_span[0] : a.title_span[1]]
                assert a.title.replace(" ", "") in quote.replace("\n", "").replace("**", "").replace(" ", "")
            if a.source and a.source.span:
                assert text[a.source.span[0] : a.source.span[1]] == a.source.name
            for p in a.paragraphs:
                for sent in p.sentences:
                    assert text[sent.span[0] : sent.span[1]] == sent.text


def test_member_profile_fields_belong_to_their_article():
    bulletin = extract_file(FIXTURES / "bulletins" / "numbered_glyphs.txt").bulletin
    profiles = [a for s in bulletin.sections for a in s.articles if a.fields]
    assert profiles
    for a in profiles:
        assert {"类型", "网址", "简介"} <= set(a.fields)


def test_toc_is_metadata_not_sections():
    st = segment(analyse((FIXTURES / "bulletins" / "cover_toc.txt").read_text(encoding="utf-8")))
    names = [s.name for s in st.sections]
    assert len(names) == len(set(names))
    assert st.toc


def test_sentences_split_on_chinese_and_half_width_stops():
    text = "出口增长5%;进口下降3%。其中,船舶增长!服务呢?"
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == ["出口增长5%;", "进口下降3%。", "其中,船舶增长!", "服务呢?"]


def test_text_before_first_heading_is_not_a_section():
    st = segment(analyse("数字贸易简报\n2024 年第 6 期\n【数据月报】\n● 标题一\n正文内容很长很长。\n"))
    assert [s.name for s in st.sections] == ["数据月报"]
    assert st.meta.title == "数字贸易简报"
    assert st.meta.issue == "2024 年第 6 期"
