"""Readers: a file (or bytes) -> the document's text, exactly as the offsets will index it.

- ``.txt``: decoded with no newline translation.  A byte-order mark picks UTF-8/UTF-16/UTF-32 (the
  mark is not part of the text); otherwise strict UTF-8, then strict GB18030 when the result reads
  as Chinese, then UTF-16 without a mark when the byte pattern says so.  Anything else is an
  :class:`~tradeie.errors.InputError`: we never guess silently wrong.
- ``.docx``: paragraph texts (tables included, in document order) joined by ``\\n``.
- ``.pdf``: text per page, pages joined by ``\\n``; page start offsets are kept.

Each source also carries the date the file itself bears (a Word file's or PDF's own properties,
else the file's modification time): the only clue to the year of a bulletin whose text states none.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from dataclasses import dataclass, field

import regex

from .errors import InputError

__all__ = ["Source", "read_path", "read_bytes", "decode_text"]

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_CJK = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef]")
_BAD_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f]")


@dataclass(slots=True)
class Source:
    """A document's text plus where it came from."""

    text: str
    name: str
    kind: str  # txt | docx | pdf | text
    encoding: str | None = None
    page_starts: list[int] = field(default_factory=list)
    # the date the file bears and what bears it (`document properties`, `file modified`); periods
    # of a text that states no year may assume that year (flagged on every metric that does)
    dated: dt.date | None = None
    dated_by: str | None = None


def _looks_textual(s: str) -> bool:
    if not s:
        return True
    bad = len(_BAD_CONTROL.findall(s[:20000]))
    return bad <= max(2, len(s[:20000]) // 1000)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark betrays itself by its line breaks: `\n\0` (LE) or `\0\n`
    (BE) at even offsets.  UTF-8 and GB18030 text never contains a NUL byte."""
    if len(data) % 2 or b"\x00" not in data[:4000]:
        return None
    le = sum(1 for i in range(0, min(len(data), 20000) - 1, 2) if data[i] == 10 and data[i + 1] == 0)
    be = sum(1 for i in range(0, min(len(data), 20000) - 1, 2) if data[i] == 0 and data[i + 1] == 10)
    if not (le or be):
        return None
    enc = "utf-16-le" if le >= be else "utf-16-be"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    return (text, enc) if _looks_textual(text) else None


def decode_text(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes of a text file; returns (text, encoding) or raises InputError."""
    if not data:
        raise InputError(f"{name}: empty file")
    boms = (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    )
    for bom, enc in boms:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc.replace("-sig", "")), enc
            except UnicodeDecodeError as ex:
                raise InputError(f"{name}: starts with a {enc} byte-order mark but is not valid {enc} ({ex.reason})") from ex
    sample = data[:4000]
    bom_less = _utf16_without_bom(data)
    if bom_less is not None:
        return bom_less
    if sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without a byte-order mark: NULs in every other byte
        even = sample[0::2].count(b"\x00")
        odd = sample[1::2].count(b"\x00")
        enc = "utf-16-be" if even > odd else "utf-16-le"
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as ex:
            raise InputError(f"{name}: binary file (not text)") from ex
        if _looks_textual(text):
            return text, enc
        raise InputError(f"{name}: binary file (not text)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _looks_textual(text):
            raise InputError(f"{name}: binary file (not text)")
        return text, "utf-8"
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as ex:
        raise InputError(f"{name}: cannot decode as UTF-8, UTF-16 or GB18030 (byte {ex.start}): binary or in another encoding") from ex
    # GB18030 decodes almost any byte string: accept it only when the result reads as Chinese text.
    nonspace = [c for c in text[:20000] if not c.isspace()]
    cjk = len(_CJK.findall(text[:20000]))
    if nonspace and cjk / len(nonspace) >= 0.3 and _looks_textual(text):
        return text, "gb18030"
    raise InputError(f"{name}: cannot decode as UTF-8, UTF-16 or GB18030 (looks binary or in another encoding)")


def _read_docx(data: bytes, name: str) -> Source:
    try:
        import docx  # python-docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as ex:  # pragma: no cover - dependency missing
        raise InputError(f"{name}: reading .docx needs python-docx ({ex})") from ex
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as ex:
        raise InputError(f"{name}: not a readable .docx file ({type(ex).__name__}: {ex})") from ex
    except Exception as ex:  # python-docx raises assorted errors on corrupt packages
        raise InputError(f"{name}: not a readable .docx file ({type(ex).__name__})") from ex
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = []
                for cell in row.cells:
                    t = cell.text.strip()
                    if t and (not cells or cells[-1] != t):
                        cells.append(t)
                lines.append("\t".join(cells))
    props = document.core_properties
    stamp = props.modified or props.created
    if stamp is not None and props.author == "python-docx" and stamp.date() == _PYTHON_DOCX_TEMPLATE_DAY:
        stamp = None  # a file written by python-docx keeps its template's stamp: no date of its own
    return Source("\n".join(lines), name, "docx", dated=stamp.date() if stamp else None, dated_by="document properties" if stamp else None)


def _read_pdf(data: bytes, name: str) -> Source:
    try:
        import pdfplumber
    except ImportError as ex:  # pragma: no cover
        raise InputError(f"{name}: reading .pdf needs pdfplumber ({ex})") from ex
    pages: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            stamp = _pdf_date((pdf.metadata or {}).get("ModDate")) or _pdf_date((pdf.metadata or {}).get("CreationDate"))
            for page in pdf.pages:
                pages.append(page.extract_text() or "")
    except Exception as ex:  # pdfminer raises many error types on corrupt files
        raise InputError(f"{name}: not a readable .pdf file ({type(ex).__name__})") from ex
    starts, parts, pos = [], [], 0
    for p in pages:
        starts.append(pos)
        parts.append(p)
        pos += len(p) + 1
    text = "\n".join(parts)
    if not text.strip():
        raise InputError(f"{name}: the PDF has no extractable text (scanned images need OCR)")
    return Source(text, name, "pdf", page_starts=starts, dated=stamp, dated_by="document properties" if stamp else None)


_PYTHON_DOCX_TEMPLATE_DAY = dt.date(2013, 12, 23)
_PDF_DATE = regex.compile(r"^(?:D:)?(?P<y>\d{4})(?P<m>\d{2})?(?P<d>\d{2})?")


def _pdf_date(value) -> dt.date | None:
    """A PDF date string (`D:20240315102030+08'00'`) as a date; ``None`` when absent or unreadable."""
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    m = _PDF_DATE.match(value) if isinstance(value, str) else None
    if m is None:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"] or 1), int(m["d"] or 1))
    except ValueError:
        return None


def read_bytes(data: bytes, name: str = "<stdin>") -> Source:
    """Read a document from bytes; the format is sniffed from the content, then the name."""
    suffix = os.path.splitext(name)[1].lower()
    if data[:4] == b"%PDF" or suffix == ".pdf":
        if not data:
            raise InputError(f"{name}: empty file")
        return _read_pdf(data, name)
    if data[:2] == b"PK" or suffix == ".docx":
        if not data:
            raise InputError(f"{name}: empty file")
        return _read_docx(data, name)
    if suffix in (".doc", ".xls", ".xlsx", ".ppt", ".pptx", ".rtf", ".odt"):
        raise InputError(f"{name}: unsupported file type {suffix} (use .txt, .docx or .pdf)")
    text, enc = decode_text(data, name)
    return Source(text, name, "txt", encoding=enc)


def read_path(path: str | os.PathLike) -> Source:
    """Read ``path`` (.txt, .docx, .pdf); errors name the file and the reason."""
    name = os.path.basename(os.fspath(path))
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError as ex:
        raise InputError(f"{path}: no such file") from ex
    except IsADirectoryError as ex:
        raise InputError(f"{path}: is a directory") from ex
    except OSError as ex:
        raise InputError(f"{path}: cannot read ({ex.strerror})") from ex
    src = read_bytes(data, name)
    if src.dated is None:
        try:
            src.dated, src.dated_by = dt.date.fromtimestamp(os.stat(path).st_mtime), "file modified"
        except (OSError, OverflowError, ValueError):
            pass
    return src
