"""spaCy factories: ``tradeie_ner`` (the entity rules) and ``tradeie`` (the whole tradeie stage).

    >>> import spacy, tradeie.spacy_component
    >>> nlp = spacy.blank("zh"); _ = nlp.add_pipe("tradeie")
    >>> doc = nlp("今年1-4月，大连市服务外包执行额79344.3万美元，同比下降32.1%。")
    >>> [(e.text, e.label_) for e in doc.ents][:1]
    [('大连市', 'GPE')]

``doc._.metrics`` holds the metric models of :func:`tradeie.extract`, ``doc._.entities`` the
:class:`~tradeie.schemas.entity.Entity` models (spans into ``doc.text``), ``doc._.extraction``
the whole :class:`~tradeie.pipeline.Extraction`.  Importing this module does not load jieba.
"""

from __future__ import annotations

import warnings

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["make_tradeie_component", "make_tradeie_ner", "TradeieComponent", "TradeieNer"]

RULE_LABELS = ("PERSON", "ORG", "GPE", "LOC")

for _name in ("metrics", "entities", "extraction"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class TradeieNer:
    """Runs the character-level rule recogniser and sets ``doc.ents``; entities a trained
    ``ner`` already set are kept where they do not overlap a rule entity (labels in RULE_LABELS)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from .ner import align_entities, find_entities_rules, is_common_word

        text = doc.user_data.get("tradeie_text")
        if text is None:
            text = doc.text
        found = find_entities_rules(text, is_word=is_common_word)
        spans = [(s, e, lab) for s, e, lab, _ in found]
        rules = {(s, e): r for s, e, _, r in found}
        if doc.ents:  # merge a trained pipeline's entities
            taken = bytearray(len(text) + 1)
            for s, e, _ in spans:
                taken[s:e] = b"\x01" * (e - s)
            for ent in doc.ents:
                s, e = ent.start_char, ent.end_char
                if ent.label_ in RULE_LABELS and not any(taken[s:e]):
                    spans.append((s, e, ent.label_))
                    rules[(s, e)] = "model"
                    taken[s:e] = b"\x01" * (e - s)
            spans.sort()
        doc.user_data["tradeie_ents"] = [(s, e, lab, rules[(s, e)]) for s, e, lab in spans]
        if not doc.user_data.pop("tradeie_chars_only", False):
            align_entities(doc, spans, len(text))
        return doc


@Language.factory("tradeie_ner", assigns=["doc.ents"])
def make_tradeie_ner(nlp: Language, name: str) -> TradeieNer:
    return TradeieNer(nlp, name)


class TradeieComponent:
    """The tradeie stages on a spaCy ``Doc``: entities (as ``doc.ents`` and ``doc._.entities``)
    and metrics (``doc._.metrics``), computed on ``doc.text``."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from .ner import align_entities, entities_in, normalize_text

        text = doc.text
        ex = None
        try:
            from . import extract
        except ImportError:  # pragma: no cover - metric stage not installed
            warnings.warn("tradeie.extract is not available: doc._.metrics left empty", stacklevel=2)
        else:
            ex = extract(text) if text.strip() else None
            doc._.extraction = ex
            doc._.metrics = ex.metrics if ex is not None else []
        # the user's tokenizer has already run: the entity rules read characters, so the
        # normalised view of the metric stage is reused and jieba does not run a second time
        norm = getattr(getattr(getattr(ex, "structure", None), "layout", None), "norm", None)
        if norm is None or getattr(norm, "original", None) != text:
            norm = normalize_text(text)
        ents = entities_in(norm, tokenize=False)
        doc._.entities = ents
        align_entities(doc, [(e.span[0], e.span[1], e.label) for e in ents], len(text))
        return doc


@Language.factory("tradeie", assigns=["doc.ents", "doc._.metrics", "doc._.entities", "doc._.extraction"])
def make_tradeie_component(nlp: Language, name: str) -> TradeieComponent:
    return TradeieComponent(nlp, name)
