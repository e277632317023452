"""Traditional Chinese: read as simplified, reported in the document's own characters.

Releases from Hong Kong, Macao and Taiwan (`香港特別行政區政府統計處`, `進口貨值`, `億元`) use
traditional characters, while every lexicon and pattern table is written in simplified ones.
Rather than doubling the data, the normalised view reads each traditional character as its
simplified form, one character for one character, so offsets stay exact (see
:mod:`tradeie.textview`).  The character table comes from OpenCC's ``t2s`` conversion, taken one
character at a time; phrase conversions that change a word's length are deliberately not used.

What the library reports is then written back in the document's script: an indicator read as
`商品整体出口货值` comes out as `商品整體出口貨值` in a traditional release, using the pairs of
characters that document itself holds, and OpenCC's ``s2t`` for a name from a lexicon whose
characters it does not hold (`香港特别行政区政府统计处`).
"""

from __future__ import annotations

import collections
import functools
import re

__all__ = ["traditional_table", "to_simplified", "written_traditional", "DocumentScript"]

# CJK Unified Ideographs and Extension A: every character OpenCC's t2s table changes lies there
_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))

# a document is written in traditional characters when this share of its Han characters is
# traditional-only (a simplified text quoting a name such as `乾隆` stays simplified)
TRADITIONAL_SHARE = 0.05
_HAN = re.compile(r"[\u4e00-\u9fff]")


@functools.cache
def traditional_table() -> dict[int, str]:
    """Traditional-only character -> its simplified character (one to one)."""
    import opencc

    conv = opencc.OpenCC("t2s")
    table: dict[int, str] = {}
    for lo, hi in _RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            out = conv.convert(ch)
            if out != ch and len(out) == 1:
                table[cp] = out
    return table


@functools.cache
def _traditional_runs() -> re.Pattern[str]:
    chars = "".join(re.escape(chr(cp)) for cp in sorted(traditional_table()))
    return re.compile(f"([{chars}]+)")


def to_simplified(text: str) -> str:
    """``text`` with each traditional-only character replaced by its simplified form; the
    same length, character for character.  Text holding none comes back unchanged (one scan)."""
    parts = _traditional_runs().split(text)
    if len(parts) == 1:
        return text
    table = traditional_table()
    parts[1::2] = [p.translate(table) for p in parts[1::2]]
    return "".join(parts)


def written_traditional(original: str, simplified: str) -> bool:
    """The document is written in traditional characters: enough of its Han characters change
    when read as simplified (a simplified text naming `乾元` stays simplified)."""
    if original == simplified or len(original) != len(simplified):
        return False
    changed = sum(1 for o, s in zip(original, simplified) if o != s)
    han = len(_HAN.findall(original))
    return bool(han) and changed >= TRADITIONAL_SHARE * han


class DocumentScript:
    """How one document writes the characters the library read as simplified.

    Built from the original text and its simplified reading (same length); ``None`` from
    :meth:`of` when the document is written in simplified characters."""

    __slots__ = ("_back", "_kept")

    def __init__(self, back: dict[int, str], kept: frozenset[str] = frozenset()):
        self._back = back
        self._kept = kept  # characters the document writes as they are (`台` in `台灣`)

    @classmethod
    def of(cls, original: str, simplified: str) -> DocumentScript | None:
        if not written_traditional(original, simplified):
            return None
        pairs: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for o, s in zip(original, simplified):
            if o != s and ord(o) in traditional_table():
                pairs[s][o] += 1
        # a simplified character two traditional ones share (发: 發 / 髮): the one written most
        kept = frozenset(original) - frozenset(chr(k) for k in traditional_table())
        return cls({ord(s): c.most_common(1)[0][0] for s, c in pairs.items()}, kept)

    def write(self, s: str | None) -> str | None:
        """``s`` (read from the simplified view, or from a simplified lexicon) in the document's
        script: each character as the document writes it (a character it writes unchanged stays),
        else as OpenCC's ``s2t`` would."""
        if not s:
            return s
        t = _to_traditional(s)
        if len(t) != len(s):
            return s.translate(self._back)
        back, kept = self._back, self._kept
        return "".join(back.get(ord(a)) or (a if a in kept else b) for a, b in zip(s, t))


@functools.cache
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


@functools.lru_cache(maxsize=4096)
def _to_traditional(s: str) -> str:
    return _s2t().convert(s)
