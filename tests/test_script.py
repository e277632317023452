"""Traditional characters read as simplified ones, character for character, and written back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tradeie.script import DocumentScript, to_simplified
from tradeie.textview import fold


def test_traditional_characters_read_as_simplified():
    assert to_simplified("商品整體出口貨值為4,128億元") == "商品整体出口货值为4,128亿元"
    assert fold("進口（以港元計）") == "进口(以港元计)"


def test_simplified_text_comes_back_unchanged():
    text = "全省进出口总值1862.4亿元，同比增长6.1%。"
    assert to_simplified(text) is text


def test_a_traditional_document_writes_back_in_its_own_characters():
    original = "轉口貨值為4,062億元，進口貨值上升。" * 3
    script = DocumentScript.of(original, to_simplified(original))
    assert script is not None
    assert script.write("转口货值") == "轉口貨值"
    assert script.write("进口") == "進口"


def test_a_simplified_document_quoting_one_old_character_is_not_traditional():
    original = "乾元街道" + "全省进出口总值同比增长，出口增长较快。" * 10
    assert DocumentScript.of(original, to_simplified(original)) is None


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=200))
def test_reading_as_simplified_keeps_every_offset(text):
    assert len(to_simplified(text)) == len(text)
