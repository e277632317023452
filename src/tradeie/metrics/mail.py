"""Forwarded and replied e-mail threads: each message speaks for its sender.

A thread pasted as text (`发件人："市商务局外贸处" <wmc@…>`, `From: 东莞市商务局加工贸易科 <…>`,
`在 2025-07-24 18:40，"张铭" <…> 写道：`) holds messages from several bodies; the figures of a
message a bureau sent are that bureau's, not those of whoever forwarded the thread.  A message a
person sent names no body, and its figures fall back to the document's own sources.
"""

from __future__ import annotations

import bisect

import regex

# a message's header naming its sender (the display name, before the address or the next field)
_SENDER = regex.compile(
    r"(?:^|(?<=\n)|(?<=[>\s]))(?:发件人|From)\s*:\s*[\"“]?(?P<name>[\p{Han}A-Za-z()（）· ]{2,40}?)[\"”]?\s*"
    r"(?=<|;|\n|$|(?:发送时间|发送日期|时间|日期|Sent|Date)\s*:)"
    # or a reply's quote line: `在 2025-07-24 18:40:09，"张铭" <…> 写道：`
    r"|在[^\n]{4,40}?[,，]\s*[\"“]?(?P<name>[\p{Han}A-Za-z()（）·]{2,40}?)[\"”]?\s*<[^<>\n]{3,80}>\s*写道\s*:"
)
# a sender that is a body: a bureau's division, an association, a firm (`市商务局外贸处`)
_BODY_END = regex.compile(r"(?:局|厅|委|委员会|办|办公室|处|科|室|中心|部|司|署|协会|商会|联合会|研究院|研究所|分行|银行|公司|集团)$")
MARKERS = ("发件人", "From", "写道")


def mail_senders(text: str) -> tuple[list[int], list[str | None]]:
    """Where each message of a thread starts in ``text`` and the body that sent it (None for a
    person), in order; empty lists for a text that is no thread (fewer than two messages)."""
    starts: list[int] = []
    bodies: list[str | None] = []
    for m in _SENDER.finditer(text):
        name = m.group("name")
        starts.append(m.start())
        bodies.append(name if _BODY_END.search(name) and len(name) >= 4 else None)
    return (starts, bodies) if len(starts) >= 2 else ([], [])


def sender_at(senders: tuple[list[int], list[str | None]], at: int) -> str | None:
    """The body that sent the message holding position ``at`` (None: a person, or before any)."""
    starts, bodies = senders
    i = bisect.bisect_right(starts, at) - 1
    return bodies[i] if i >= 0 else None
