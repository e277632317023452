"""Invariants over arbitrary text (hypothesis): never raise, spans in range and equal to their
quotes, deterministic output."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradeie import extract
from tradeie.layout import analyse

# Bulletin-ish alphabet plus hostile characters: control chars, private-use glyphs, full-width forms.
PIECES = st.sampled_from(
    [
        "出口", "增长", "同比", "下降", "占比", "分别为", "亿元", "万美元", "%", "个百分点", "、", "，", "。", "；",
        "（", "）", "(", ")", "【数据月报】", "●", "·", "\uf06c", "**", "（来源：商务部）", "\n", "\n\n", " ", "\u3000",
        "1", "2.5", "１８４", "．", "一", "十", "万", "近", "约", "以上", "今年", "1-4月", "前5个月", "我市", "大连市",
        "[image: IMG_1]", "\x00", "\x1b", "\r\n", "\t", "a", "Z", "é", "😀", "\u200b", "—", "——", "-", "3", "9",
    ]
)
TEXT = st.lists(PIECES, max_size=60).map("".join) | st.text(max_size=300)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_layout_spans_map_into_the_original(text):
    layout = analyse(text)
    norm = layout.norm
    for p in layout.paragraphs:
        s, e = norm.to_original(p.nstart, p.nend) if p.nend > p.nstart else (p.start, p.end)
        assert 0 <= s <= e <= len(text)
    for i in range(len(norm.text)):
        s, e = norm.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)


@SETTINGS
@given(TEXT)
def test_extract_never_raises_and_quotes_match(text):
    ex = extract(text)
    for m in ex.metrics:
        for part in (m.value, m.change, m.share, m.evidence):
            if part is not None:
                s, e = part.span
                assert 0 <= s <= e <= len(text)
                assert text[s:e] == part.text
    for sec in ex.bulletin.sections:
        for a in sec.articles:
            for p in a.paragraphs:
                for sent in p.sentences:
                    assert text[sent.span[0] : sent.span[1]] == sent.text


@SETTINGS
@given(TEXT)
def test_extract_is_deterministic(text):
    a = extract(text).records()
    b = extract(text).records()
    assert a == b


def test_very_long_line_is_linear_enough():
    line = ("出口11285.2亿元，增长14.6%，" * 4000) + "\n"
    ex = extract("【数据月报】\n● 标题\n" + line)
    assert len(ex.metrics) >= 4000


def test_lone_surrogates_from_a_broken_decode_do_not_crash():
    """Text decoded with errors="surrogateescape" elsewhere can carry lone surrogates."""
    import tradeie

    text = "今年1-4月，我市出口\udcff1.2亿元，同比增长3.5%。\ud800"
    ex = tradeie.extract(text)
    assert [m.value.text for m in ex.metrics if m.value] == ["1.2亿元"]
    assert all(text[q.span[0] : q.span[1]] == q.text for q in tradeie.quantities(text))
