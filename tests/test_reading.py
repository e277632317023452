"""Readers: encodings detected (never guessed wrong), .docx/.pdf text, clear one-line errors."""

from __future__ import annotations

import io

import pytest

from conftest import FIXTURES, SHARED
from tradeie.errors import InputError
from tradeie.reading import decode_text, read_bytes, read_path

SAMPLE = "【数据月报】\n● 2025年1-4月统计\n执行额79344.3万美元，同比下降32.1%。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-be", "utf-32"])
def test_encodings_decode_to_the_same_text(encoding):
    text, _ = decode_text(SAMPLE.encode(encoding))
    assert text == SAMPLE


def test_fixture_encodings():
    utf8 = read_path(FIXTURES / "bulletins" / "utf8_bom.txt")
    assert not utf8.text.startswith("\ufeff")
    assert read_path(FIXTURES / "bulletins" / "gb18030.txt").encoding == "gb18030"
    utf16 = read_path(FIXTURES / "bulletins" / "utf16.txt")
    assert "\r\n" in utf16.text  # no newline translation


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "binary"),
        (b"\xff\xfe" + b"\x00\xd8", "byte-order mark"),
    ],
)
def test_bad_bytes_give_a_clear_error(data, reason):
    with pytest.raises(InputError) as ei:
        read_bytes(data, "bad.txt")
    assert "bad.txt" in str(ei.value) and reason in str(ei.value)


def test_missing_and_unsupported_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    (tmp_path / "x.xlsx").write_bytes(b"col1,col2")
    with pytest.raises(InputError, match="unsupported"):
        read_path(tmp_path / "x.xlsx")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="docx"):
        read_path(tmp_path / "broken.docx")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(InputError, match="pdf"):
        read_path(tmp_path / "broken.pdf")


def test_docx_paragraphs_are_lines(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in SAMPLE.strip().split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    src = read_bytes(buf.getvalue(), "b.docx")
    assert src.kind == "docx"
    assert src.text.split("\n")[:3] == SAMPLE.strip().split("\n")


def test_dev_pdf_and_docx_renderings_read():
    formats = SHARED / "corpus" / "dev-formats"
    if not formats.is_dir():
        pytest.skip("../shared not present")
    for path in sorted(formats.iterdir()):
        src = read_path(path)
        assert "数据月报" in src.text.replace(" ", "")
        if path.suffix == ".pdf":
            assert len(src.page_starts) >= 2
