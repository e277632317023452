"""Organisation names from the bundled gazetteer (``patterns/gazetteer_org.tsv``: name, kind,
aliases), for the stages that need to know a body, an outlet or a company by name: the cover
reader (a breadcrumb opening with an outlet's name) and metric assembly (sources, brands)."""

from __future__ import annotations

import functools

from .patterns import load_tsv

__all__ = ["organisation_rows", "organisation_names", "media_outlets", "media_home_provinces"]


@functools.cache
def organisation_rows() -> dict[str, tuple[str, str]]:
    """Every name and alias of the organisation gazetteer -> (the organisation's main name, kind)."""
    out: dict[str, tuple[str, str]] = {}
    for name, kind, aliases in load_tsv("gazetteer_org.tsv", 3):
        for n in (name, *(a.strip() for a in aliases.split(","))):
            if n:
                out.setdefault(n, (name, kind))
    return out


@functools.cache
def media_outlets() -> dict[str, str]:
    """Every name and alias of a news outlet in the gazetteer -> its main name."""
    return {n: row[0] for n, row in organisation_rows().items() if row[1] == "media"}


@functools.cache
def organisation_names() -> dict[str, str]:
    """Every name and alias of the organisation gazetteer -> the organisation's main name."""
    return {n: row[0] for n, row in organisation_rows().items()}


@functools.cache
def media_home_provinces() -> dict[str, str]:
    """A newspaper whose name does not say where it is from -> the province it serves
    (``patterns/media_home.tsv``: `大众日报` -> 山东省)."""
    return {paper: province for paper, province in load_tsv("media_home.tsv", 2)}
