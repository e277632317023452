"""The document model: bulletin metadata, sections, articles, paragraphs and sentences.

Every span is a half-open ``[start, end)`` index pair into the document's original text.
"""

from __future__ import annotations

from .common import Frozen, Span

__all__ = ["SourceRef", "Sentence", "ParagraphOut", "Article", "Section", "Meta", "Bulletin"]


class SourceRef(Frozen):
    """Who published a figure or an article: `（来源：经济参考报）`, `据商务部…`."""

    name: str
    span: Span | None = None


class Sentence(Frozen):
    text: str
    span: Span


class ParagraphOut(Frozen):
    text: str
    span: Span
    sentences: list[Sentence] = []


class Article(Frozen):
    title: str | None
    span: Span
    title_span: Span | None = None
    source: SourceRef | None = None
    author: str | None = None
    fields: dict[str, str] = {}
    paragraphs: list[ParagraphOut] = []


class Section(Frozen):
    name: str
    span: Span
    articles: list[Article] = []


class Meta(Frozen):
    title: str | None = None
    issue: str | None = None
    issue_total: int | None = None
    editor: str | None = None
    date: str | None = None  # ISO date of the bulletin
    publisher: str | None = None  # the body that issues it (`湖南省统计局`), when the cover says
    source: str | None = None  # a cover/dateline 来源 (`来源：新华网`)


class Bulletin(Frozen):
    doc: str | None = None
    meta: Meta = Meta()
    sections: list[Section] = []
    toc: list[str] = []

    def contract(self, *, detail: bool = False) -> dict:
        """The `sections` record of CONTRACT.md (paragraphs and sentences only with ``detail``)."""
        exclude = None if detail else {"sections": {"__all__": {"articles": {"__all__": {"paragraphs"}}}}}
        return self.model_dump(mode="json", exclude=exclude)
