"""Card lines: a figure's rate or share written on the line under it.

WeChat data cards and "一图读懂" posts set each attribute of a figure on a line of its own::

    💰进出口：2473.8亿元
    📈同比：+9.6%
    🥧占全区外贸比重：46.8%

or with arrows instead of words (`出口 1442.3亿元` / `⬆ 12.6%`, `增速 ▶ 3.6% 🔻`).  Read alone, each
such line is a bare percentage of no measure; it belongs to the figure on the line above.  This
module recognises those lines and attaches them to the figure the card just stated, in place of
a metric of their own.
"""

from __future__ import annotations

import regex

from .records import _change_out, _share_out
from .roles import Item

__all__ = ["attach_card_line", "label_under_figure", "note_card_figure"]

# an infographic's arrows before or after a rate (`⬆ 18.5%`, `3.6% 🔻`); between a level and its rate
# they are change verbs (patterns/metrics.yaml), on a line of their own they are read here
UP_ARROWS = "⬆↑↗▲🔺"
DOWN_ARROWS = "⬇↓↘▼🔻"

_MARK = rf"(?:(?![{UP_ARROWS}{DOWN_ARROWS}])[\s\p{{Extended_Pictographic}}\uFE0F\u200D●•·■◆▪▶►→])*"  # (an arrow is the rate's)
_ARROW = rf"[{UP_ARROWS}{DOWN_ARROWS}]\uFE0F?"
# `📈同比：+9.6%`, `⬆ 12.6%`, `增速 ▶ 3.6% 🔻`, `同比 ↑34.5%`: a rate alone on its line
_RATE_LINE = regex.compile(
    rf"{_MARK}(?P<label>(?:(?:同比|环比|按年|按月)(?:增长|增速|增幅|增减|变动)?|增长|增速|增幅|增减|变动)率?)?\s*[:：▶►→]?\s*"
    rf"(?P<q>(?P<pre>{_ARROW})?\s*(?P<sign>[+\-−])?\s*[\d.]+\s*%\s*(?P<post>{_ARROW})?)\s*"
)
_MOM_WORD = regex.compile(r"环比|按月")
# `🥧占全区外贸比重：46.8%`, `占比 ▶ 31.4%`: a share alone on its line (its change may follow)
_SHARE_LINE = regex.compile(rf"{_MARK}(?:占比|占[\p{{Han}}]{{1,12}}?(?:比重|份额|比例))\s*[:：▶►→]\s*")
_CARD_GAP = regex.compile(r"[ \t\u3000]*\r?\n[ \t\u3000]*")  # one line break: the next line of the same card


# a figure alone on its line (`📌 245.6亿元`) over its label and rate (`社会消费品零售总额` / `同比 ↑ 6.1%`,
# one line once normalised): a card stating its number above what it counts
_FIGURE_ALONE = regex.compile(rf"{_MARK}[-+]?\d[\d.,]*\s*[\p{{Han}}A-Za-z]{{0,6}}\s*")
_LABEL_FIRST = regex.compile(r"[\p{Han}A-Za-z“”]{2}")


def note_card_figure(actx, out, text: str, s: int, e: int, added: int) -> None:
    """Remember the figure a one-line sentence just stated, for the card lines under it (and
    whether it stands alone on its line, for the label under it)."""
    if added == 1 and out.metrics[-1].value is not None:
        actx.card_figure = (len(out.metrics) - 1, e)
        actx.card_alone = "\n" not in text[s:e] and _FIGURE_ALONE.fullmatch(text, s, e) is not None
    else:
        actx.card_figure = None


def label_under_figure(actx, out, text: str, s: int, e: int, first_new: int, held: tuple[int, int] | None) -> bool:
    """A line naming a measure and its rate (`社会消费品零售总额同比↑ 6.1%`) under a figure alone on
    its line (``held``, as the line above left it): the figure's label and rate. The figure
    takes both and the line's metric goes; True when it did."""
    if held is None or not actx.card_alone or len(out.metrics) - first_new != 1:
        return False
    new = out.metrics[-1]
    if new.value is not None or new.share is not None or new.change is None or "\n" in text[s:e]:
        return False
    if not _CARD_GAP.fullmatch(text, held[1], s) or not _LABEL_FIRST.match(text, s):
        return False
    k = held[0]
    out.metrics[k] = out.metrics[k].model_copy(update={"indicator": new.indicator, "change": new.change})
    out.metrics.pop()
    actx.card_figure = None
    return True


def attach_card_line(ctx, actx, text: str, s: int, e: int, items: list[Item], drafts, out) -> bool:
    """Attach a card line's rate or share to the figure on the line above; True when it did."""
    held, actx.card_figure = actx.card_figure, None
    if held is None or "\n" in text[s:e] or not _CARD_GAP.fullmatch(text, held[1], s):
        return False
    k = held[0]
    figure = out.metrics[k]
    if len(drafts) == 1 and drafts[0].share is not None and drafts[0].value is None and drafts[0].change is None:
        if not _SHARE_LINE.match(text, s) or figure.share is not None:
            return False
        d = drafts[0]
        out.metrics[k] = figure.model_copy(update={"share": _share_out(ctx, d.share, d.share_change)})
    elif len(items) == 1 and items[0].q is not None and items[0].q.kind == "percent":
        m = _RATE_LINE.fullmatch(text, s, e)
        if m is None or not (m.group("label") or m.group("pre") or m.group("post") or m.group("sign")) or figure.change is not None:
            return False
        down = any(c in DOWN_ARROWS for c in (m.group("pre") or "") + (m.group("post") or "")) or m.group("sign") in ("-", "−")
        basis = "mom" if _MOM_WORD.search(m.group("label") or "") else "yoy"
        q = items[0].q
        it = Item("change", m.start("q"), m.end("q"), q, basis=basis, direction="down" if down or q.number < 0 else "up")
        out.metrics[k] = figure.model_copy(update={"change": _change_out(ctx, it, True)})
    else:
        return False
    actx.card_figure = (k, e)  # the next line may carry the figure's other attribute
    return True
