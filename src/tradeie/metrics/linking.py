"""Link metrics to entity mentions: the subject and breakdown members of a metric point at the
entity mentions that name them in its sentence (`来源地前三位为中国香港、美国…` -> 中国香港 GPE is
the `market` of its metric)."""

from __future__ import annotations

import bisect

from ..places import lookup
from ..schemas.metric import EntityLink, Metric

__all__ = ["link_entities"]


def _names(value: str) -> set[str]:
    names = {value}
    p = lookup(value)
    if p is not None:
        names.add(p.canonical)
    return names


def link_entities(metrics: list[Metric], entities: list) -> list[Metric]:
    """Copies of ``metrics`` whose ``entities`` list the mentions naming their subject and members."""
    ents = sorted(entities, key=lambda e: e.span[0])
    starts = [e.span[0] for e in ents]
    out = []
    for m in metrics:
        s, e = m.evidence.span
        inside = ents[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
        links = []
        roles = [("subject", m.subject)] + list(m.dimensions.items())
        for ent in inside:
            canon = _names(ent.text)
            for role, value in roles:
                if not value:
                    continue
                if value in canon or any(n == value for n in canon) or (role != "subject" and ent.text in value):
                    links.append(EntityLink(role=role, text=ent.text, span=ent.span, label=ent.label))
                    break
        out.append(m.model_copy(update={"entities": links}) if links else m)
    return out
