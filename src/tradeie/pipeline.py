"""The stages in order, in one place: read -> layout -> segment -> metrics (-> entities).

Each stage takes what the previous one produced and adds its layer; nothing downstream ever
rewrites the original text.  Entities (spaCy + jieba) are computed only when asked for, so that
extracting metrics never loads jieba's dictionary.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError
from .layout import analyse
from .periods import as_reference_date
from .reading import Source, read_path
from .script import DocumentScript, to_simplified
from .segment import Structure, segment

__all__ = ["Extraction", "extract", "extract_file", "MAX_CHARS"]

# Refuse absurd inputs with a clear error instead of exhausting memory (about 200 MB of CJK text).
MAX_CHARS = 64_000_000


@dataclass
class Extraction:
    """Everything tradeie read from one document."""

    text: str
    doc: str | None
    structure: Structure
    metrics: list = field(default_factory=list)
    unattached: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    source: Source | None = None
    _entities: list | None = None

    @property
    def bulletin(self):
        """Metadata and sections (the `sections` record of CONTRACT.md)."""
        return self.structure.bulletin(self.doc)

    @property
    def entities(self) -> list:
        """Named entities (computed on first access; loads spaCy and jieba)."""
        if self._entities is None:
            from .ner import entities_in

            self._entities = entities_in(self.structure.layout.norm, doc=self.doc)
        return self._entities

    def records(self) -> list[dict[str, Any]]:
        """The metric records of CONTRACT.md, as JSON-ready dicts."""
        return [m.model_dump(mode="json") for m in self.metrics]

    def to_dataframe(self):
        """The metrics as a flat pandas DataFrame (needs the optional ``pandas`` extra)."""
        from .export import metrics_dataframe

        return metrics_dataframe(self.metrics)

    def _repr_html_(self) -> str:  # notebooks
        from .export import highlight_html

        return highlight_html(self)


def _check_text(text: str, name: str) -> None:
    if not isinstance(text, str):
        raise InputError(f"{name}: expected str, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise InputError(f"{name}: text of {len(text):,} characters exceeds the limit of {MAX_CHARS:,}")


def extract(
    text: str,
    *,
    doc: str | None = None,
    reference_date: dt.date | str | None = None,
    region: str | None = None,
    ner: bool = False,
    assumed_date: dt.date | str | None = None,
) -> Extraction:
    """Extract the document model and the metrics of one bulletin's text.

    ``reference_date`` resolves relative periods (今年, 去年) when the bulletin states no date of
    its own; ``assumed_date`` (the date its file bears; :func:`extract_file` passes it) dates a text
    that states no year and was given no ``reference_date``, every metric so dated flagged
    (``period.year_assumed``) and warned about; ``region`` names the bulletin's home region (我市 -> region) when its text does not.
    ``ner`` also runs the entity stage (spaCy + jieba) and links each metric's subject and
    breakdown members to the entity mentions naming them.
    """
    _check_text(text, doc or "<text>")
    reference_date = as_reference_date(reference_date)
    assumed_date = as_reference_date(assumed_date)
    structure = segment(analyse(text))
    ex = Extraction(text=text, doc=doc, structure=structure)
    try:
        from .metrics import assemble
    except ImportError:  # metric stage not built yet
        return ex
    result = assemble(structure, doc=doc, reference_date=reference_date, region=region, assumed_date=assumed_date)
    ex.metrics = result.metrics
    simplified = to_simplified(text)
    script = DocumentScript.of(text, simplified) if simplified is not text else None
    if script is not None:  # a traditional release: its indicators in its own characters
        ex.metrics = [_in_script(m, script) for m in ex.metrics]
    ex.unattached = result.unattached
    ex.warnings = result.warnings
    if ner:
        from .metrics.linking import link_entities

        ex.metrics = link_entities(ex.metrics, ex.entities)
    return ex


def _in_script(m, script: DocumentScript):
    """A metric read from the simplified view, its words written as its document writes them."""
    w = script.write
    update: dict[str, Any] = {
        "indicator": w(m.indicator),
        "subject": w(m.subject),
        "dimensions": {k: w(x) for k, x in m.dimensions.items()},
    }
    if m.source is not None:
        update["source"] = m.source.model_copy(update={"name": w(m.source.name), "outlet": w(m.source.outlet)})
    if m.value is not None and (m.value.unit or m.value.base_unit):
        # (a count's base unit too, as the document writes it: `標準箱`, `輛`, an index's `點` given
        # by its head alone; currencies stay ISO)
        update["value"] = m.value.model_copy(update={"unit": w(m.value.unit), "base_unit": w(m.value.base_unit)})
    if m.share is not None and m.share.of:
        update["share"] = m.share.model_copy(update={"of": w(m.share.of)})
    return m.model_copy(update=update)


def extract_file(path: str | os.PathLike, **kwargs) -> Extraction:
    """Read ``path`` (.txt, .docx, .pdf) and extract it; offsets index the extracted text.
    A text stating no year takes the one its file's date implies (see :func:`extract`) unless
    ``assumed_date=None`` is passed."""
    src = read_path(path)
    kwargs.setdefault("assumed_date", src.dated)
    ex = extract(src.text, doc=src.name, **kwargs)
    ex.source = src
    return ex
