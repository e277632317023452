"""Pattern data (lexicons and rule tables) and the one loader that validates and caches them.

Data files live beside this module (YAML tables, TSV lexicons).  Each resolver declares a pydantic
model for its file and loads it with :func:`load_yaml`; a broken entry fails at load time with a
:class:`PatternDataError` naming the file and the entry, never deep inside a match.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import PatternDataError

__all__ = ["load_yaml", "load_tsv", "read_text", "trie_pattern", "PatternDataError"]

M = TypeVar("M", bound=BaseModel)


def read_text(filename: str) -> str:
    """The raw text of a bundled pattern file."""
    try:
        return resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    except FileNotFoundError as ex:  # pragma: no cover - packaging error
        raise PatternDataError(f"pattern file {filename} is missing from the package") from ex


@functools.cache
def person_surnames() -> frozenset[str]:
    """The surnames of ``person_surnames.txt`` (single and double: 王, 欧阳)."""
    return frozenset(w for line in read_text("person_surnames.txt").splitlines() if not line.startswith("#") for w in line.split())


@functools.cache
def _yaml(filename: str):
    try:
        return yaml.safe_load(read_text(filename))
    except yaml.YAMLError as ex:
        raise PatternDataError(f"{filename}: not valid YAML: {ex}") from ex


def load_yaml(filename: str, model: type[M]) -> M:
    """Load ``filename`` and validate it against ``model``; errors name the file and the entry."""
    return _load_yaml_cached(filename, model)


@functools.cache
def _load_yaml_cached(filename: str, model: type[M]) -> M:
    data = _yaml(filename)
    try:
        return model.model_validate(data)
    except ValidationError as ex:
        first = ex.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise PatternDataError(f"{filename}: entry {where}: {first['msg']}") from ex


@functools.cache
def load_tsv(filename: str, columns: int = 2) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV lexicon; ``#`` starts a comment line; every row must have ``columns`` fields
    (missing trailing fields are padded with empty strings)."""
    rows = []
    for n, line in enumerate(read_text(filename).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) > columns:
            raise PatternDataError(f"{filename}: line {n}: {len(parts)} fields, expected at most {columns}")
        parts += [""] * (columns - len(parts))
        rows.append(tuple(p.strip() for p in parts))
    return tuple(rows)


def trie_pattern(words) -> str:
    """A regex matching exactly ``words``, preferring the longest one that matches at a position.

    The words are laid out as a trie of alternations (`中国(?:香港|澳门)?`), so each position is
    tried against one branch per character instead of against every word: with hundreds of
    gazetteer names this scans several times faster than a flat longest-first alternation, with
    the same matches.  No words gives a pattern that never matches."""
    import re

    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        # longer words first: the optional group is tried before stopping at this node
        return "(?:" + "|".join(branches) + (")?" if "" in node else ")")

    return emit(trie) or "(?!)"
