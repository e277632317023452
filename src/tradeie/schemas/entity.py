"""The named-entity record: ``{"text", "span": [s, e], "label"}`` (+ ``doc``, ``rule``)."""

from __future__ import annotations

from typing import Literal

from .common import Frozen, Span

__all__ = ["Entity", "EntityLabel"]

# spaCy's (OntoNotes) label names.
EntityLabel = Literal["PERSON", "ORG", "GPE", "LOC"]


class Entity(Frozen):
    """One entity mention; ``span`` indexes the original text, so ``text == original[s:e]``.

    >>> Entity(text="商务部", span=(12, 15), label="ORG").model_dump(mode="json", exclude_none=True)
    {'text': '商务部', 'span': [12, 15], 'label': 'ORG'}
    """

    text: str
    span: Span
    label: EntityLabel
    doc: str | None = None
    rule: str | None = None  # the rule that produced it (gaz_gpe, org_company, person_title …)
