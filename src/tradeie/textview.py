"""The normalised view of a document and its offset map back to the original text.

Every stage reads the *normalised* text: full-width forms folded to half-width, layout artefacts
(`[image: …]`, `**`, private-use bullet glyphs, zero-width characters) removed, whitespace next to
CJK characters removed and hard-wrapped lines joined.  Nothing ever rewrites the original: each
normalised character is a copy of exactly one original character (or stands for one original
whitespace character), so any normalised span maps back to an original span by a run table.

    original  "增长 38.5\\n\\n%"     normalised "增长38.5%"
    norm span of "38.5%" -> original span covering "38.5\\n\\n%"
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

import regex

from .script import to_simplified

__all__ = ["FOLD_TABLE", "fold", "NormText", "NormTextBuilder", "is_cjk", "clean_fragment"]


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII variants -> ASCII
        table[cp] = chr(cp - 0xFEE0)
    for ws in "\u3000\u2002\u2003\u2009\u00a0\u202f\u205f\t\r\f\v":
        table[ord(ws)] = " "
    table[0xFFE5] = "¥"
    return table


FOLD_TABLE = _build_fold_table()


_FOLDABLE = regex.compile("[" + "".join(regex.escape(chr(c)) for c in sorted(FOLD_TABLE)) + "]+")
# The same runs as a capturing split (stdlib ``re`` scans a character class faster than ``regex``).
_FOLD_SPLIT = re.compile("([" + "".join(re.escape(chr(c)) for c in sorted(FOLD_TABLE)) + "]+)")


class _FoldedRuns(dict):
    """Memo of translated foldable runs (nearly all are one or two characters: `，`, `（`, `）：`)."""

    def __missing__(self, run: str) -> str:
        out = run.translate(FOLD_TABLE)
        if len(self) < 4096:
            self[run] = out
        return out


_FOLDED_RUNS = _FoldedRuns()


def fold(text: str) -> str:
    """Fold full-width forms and exotic spaces to their half-width form and traditional
    characters to simplified ones; length-preserving.

    Only runs of foldable characters are translated: most of a bulletin is CJK text that stays
    as it is.  One C-speed split finds the runs; each distinct run is translated once."""
    parts = _FOLD_SPLIT.split(text)
    if len(parts) > 1:
        parts[1::2] = map(_FOLDED_RUNS.__getitem__, parts[1::2])
        text = "".join(parts)
    return to_simplified(text)  # 進口貨值 is read as 进口货值 (see tradeie.script)


def is_cjk(ch: str) -> bool:
    """True for CJK ideographs and CJK/full-width punctuation (characters that never need spaces)."""
    if not ch:
        return False
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x3000 <= o <= 0x303F
        or 0xF900 <= o <= 0xFAFF
        or 0x2010 <= o <= 0x2027  # dashes, quotes, ellipsis
        or 0xFF00 <= o <= 0xFFEF
        or 0x20000 <= o <= 0x2FFFF
        or ch in "()[]:;,!?·●•"
        or unicodedata.east_asian_width(ch) in "WF"
    )


# Things removed from a line: artefacts, markdown bold markers, private-use glyphs, zero-width chars.
_ARTEFACT = (
    r"\[(?:bookmark|image|img|Image|IMAGE|picture|图片)[:：][^\]\n]{0,120}\]"
    r"|\*\*"
    r"|[\p{Co}\u200b\u200c\u200d\u2060\ufeff]"
)
_DELETE_RE = regex.compile(_ARTEFACT)
# Token scan for a line: artefacts, whitespace runs, or a run of ordinary characters.
_SCAN_RE = regex.compile(rf"(?P<art>{_ARTEFACT})|(?P<ws>[ \t\r\f\v\u3000\u2002\u2003\u00a0\u2009\u202f\u205f]+)")


@dataclass(frozen=True, slots=True)
class _Run:
    norm: int
    orig: int


class NormText:
    """A normalised string plus the map from its indices to the original text's indices."""

    __slots__ = ("text", "original", "_nstarts", "_ostarts")

    def __init__(self, text: str, original: str, nstarts: list[int], ostarts: list[int]):
        self.text = text
        self.original = original
        self._nstarts = nstarts
        self._ostarts = ostarts

    def __len__(self) -> int:
        return len(self.text)

    def orig_index(self, i: int) -> int:
        """Original index of normalised character ``i`` (0 <= i < len)."""
        k = bisect.bisect_right(self._nstarts, i) - 1
        return self._ostarts[k] + (i - self._nstarts[k])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open normalised span to the half-open original span it was read from."""
        if not self.text:
            return (0, 0)
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        return self.orig_index(start), self.orig_index(end - 1) + 1

    def quote(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]

    def from_original(self, ostart: int) -> int:
        """First normalised index whose original index is >= ``ostart`` (for locating original offsets)."""
        k = bisect.bisect_right(self._ostarts, ostart) - 1
        if k < 0:
            return 0
        run_len = (self._nstarts[k + 1] if k + 1 < len(self._nstarts) else len(self.text)) - self._nstarts[k]
        off = ostart - self._ostarts[k]
        if off < run_len:
            return self._nstarts[k] + off
        return self._nstarts[k] + run_len


class NormTextBuilder:
    """Accumulates normalised text in runs, each run copying a slice of the folded original."""

    def __init__(self, original: str, folded: str | None = None):
        self.original = original
        self.folded = folded if folded is not None else fold(original)
        self._parts: list[str] = []
        self._nstarts: list[int] = []
        self._ostarts: list[int] = []
        self._n = 0
        self._last_orig_end = -1

    def copy(self, ostart: int, oend: int) -> None:
        """Copy folded[ostart:oend] verbatim."""
        if oend <= ostart:
            return
        if ostart == self._last_orig_end and self._nstarts:
            # contiguous with the previous run: extend it
            pass
        else:
            self._nstarts.append(self._n)
            self._ostarts.append(ostart)
        self._parts.append(self.folded[ostart:oend])
        self._n += oend - ostart
        self._last_orig_end = oend

    def char(self, ch: str, orig_pos: int) -> None:
        """Emit one synthetic character standing for the original character at ``orig_pos``."""
        self._nstarts.append(self._n)
        self._ostarts.append(orig_pos)
        self._parts.append(ch)
        self._n += 1
        self._last_orig_end = -1

    @property
    def length(self) -> int:
        return self._n

    def last_char(self) -> str:
        return self._parts[-1][-1] if self._parts else ""

    def copy_clean(self, ostart: int, oend: int) -> None:
        """Copy a single-line fragment, dropping artefacts and whitespace that touches CJK text."""
        self.extend(line_pieces(self.folded, ostart, oend)[1])

    def extend(self, pieces: list[tuple[int, int]]) -> None:
        """Replay pieces from :func:`line_pieces`: ``(start, end)`` copies, ``(pos, -1)`` a space."""
        for a, b in pieces:
            if b < 0:
                if self._n and self.last_char() != " ":
                    self.char(" ", a)
            else:
                self.copy(a, b)

    def build(self) -> NormText:
        return NormText("".join(self._parts), self.original, self._nstarts, self._ostarts)


_NEEDS_CLEAN = regex.compile(r"[\s\[\*&\p{Co}\u200b\u200c\u200d\u2060\ufeff]")


class _CjkMemo(dict):
    """Memo of :func:`is_cjk` per character (the scan below asks about the same few characters)."""

    def __missing__(self, ch: str) -> bool:
        out = is_cjk(ch)
        if len(self) < 65536:
            self[ch] = out
        return out


_IS_CJK = _CjkMemo()


def line_pieces(folded: str, start: int, end: int) -> tuple[str, list[tuple[int, int]]]:
    """The normalised form of one line fragment and the pieces that build it.

    Pieces are ``(start, end)`` copies of ``folded`` or ``(pos, -1)`` for a single space standing
    for the whitespace at ``pos`` (kept only between two non-CJK characters: `India Dispatch`).
    Most lines need no cleaning at all, and take the fast path."""
    if _NEEDS_CLEAN.search(folded, start, end) is None:
        return folded[start:end], [(start, end)]
    return _dirty_pieces(folded, start, end)


_WS_CHARS = " \t\r\f\v\u3000\u2002\u2003\u00a0\u2009\u202f\u205f"
# a space a scraped page left as its HTML entity (`河南日报客户端&nbsp;&nbsp;作者：…`): whitespace
SPACE_ENTITY_NAMES = r"(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x[aA]0)"
_PRIVATE_USE = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"  # \\p{Co}
# The tokens of _SCAN_RE as a capturing split (no match objects, stdlib ``re``).  The pattern
# opens with the class of every token's first character, so the engine skips ordinary text at C
# speed; each first character then admits only its own alternative of _SCAN_RE.
_SCAN_SPLIT = re.compile(
    rf"([\[*&{_PRIVATE_USE}\u200b\u200c\u200d\u2060\ufeff{_WS_CHARS}]"
    rf"(?:(?<=\[)(?:bookmark|image|img|Image|IMAGE|picture|图片)[:：][^\]\n]{{0,120}}\]"
    rf"|(?<=&){SPACE_ENTITY_NAMES};"
    r"|(?<=\*)\*"
    rf"|(?<=[{_WS_CHARS}])[{_WS_CHARS}]*"
    rf"|(?<=[{_PRIVATE_USE}\u200b\u200c\u200d\u2060\ufeff])))"
)


def _dirty_pieces(folded: str, start: int, end: int) -> tuple[str, list[tuple[int, int]]]:
    """:func:`line_pieces` for a fragment that holds whitespace, artefacts or invisible glyphs.

    The fragment splits into text, token, text, ..., text; a token is an artefact (dropped) or a
    whitespace run, which becomes one space only between two non-CJK characters."""
    toks = _SCAN_SPLIT.split(folded[start:end])
    pieces: list[tuple[int, int]] = []
    parts: list[str] = []
    cjk = _IS_CJK
    pos = start
    last = ""
    # toks alternate text, token, text, ...: odd entries are artefacts or whitespace runs
    for i, tok in enumerate(toks):
        e = pos + len(tok)
        if i % 2:
            if (tok[0] in _WS_CHARS or tok[0] == "&") and last and e < end and last != " " and not cjk[last] and not cjk[folded[e]]:
                pieces.append((pos, -1))
                parts.append(" ")
                last = " "
        elif tok:
            pieces.append((pos, e))
            parts.append(tok)
            last = tok[-1]
        pos = e
    return "".join(parts), pieces


def clean_fragment(folded: str, start: int, end: int) -> str:
    """The normalised form of one line fragment (used to classify lines before building the view)."""
    return line_pieces(folded, start, end)[0]
