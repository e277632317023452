"""Who speaks in a press-conference transcript, and for which body.

A transcript lists its speakers with their bodies (`发布人：省商务厅党组成员、副厅长　邹建华`,
`刘志宏（省统计局副局长）：`) and then gives each turn under the speaker's name (`【罗琴】`,
`王志强：`).  The figures a speaker gives without citing anyone are that body's: the statistics
bureau's retail sales, the customs house's trade, the commerce department's investment.  A
reporter's question or the host's words belong to no speaker."""

from __future__ import annotations

import regex

from ..patterns import person_surnames
from ..textview import clean_fragment, fold

# a body a speaker works for: a ministry, department, bureau, customs house, bank or office
# (or a company whose manager speaks at a government's conference: `天津港（集团）有限公司`)
_BODY_END = r"(?:总署|海关(?!总署)|部|厅|局|委员会|办公室|人民政府|政府|分行|银行|中心|研究院|贸促会|协会|商会|联合会|有限公司|公司|集团)"
_BODY = (
    rf"[\p{{Han}}]{{1,16}}?(?:\([\p{{Han}}]{{1,6}}\)[\p{{Han}}]{{0,8}}?)?{_BODY_END}"
    # and its branch or department (`国家外汇管理局湖南省分局`, `海关总署统计分析司`, `国家统计局长沙调查队`)
    r"(?:[\p{Han}]{1,8}?(?:分局|分行|司|调查总队|调查队))?"
)
# what introduces the speakers, not part of a body's name (`我们邀请到省商务厅…`)
_LEAD_WORDS = regex.compile(r"^.*(?:邀请到|请到|请来了|请来|出席(?:的)?(?:有|嘉宾)|主持人|嘉宾|还有|下面请|请)")
# (a double surname takes one or two more characters: `欧阳明远`)
_NAME = rf"(?P<name>(?:{'|'.join(sorted((w for w in person_surnames() if len(w) == 2), reverse=True))})[\p{{Han}}]{{1,2}}|[\p{{Han}}]{{2}}(?:(?!女士|先生|同志)[\p{{Han}}])?)"
# a speaker's title after the body (`党组成员、副厅长`), then the name (`邹建华`)
# the posts heading a body or its division (`局长`, `副厅长`), shared with the inline sources an
# official gives (`区商务局副局长孔祥瑞…介绍`)
OFFICIAL_POSTS = r"厅长|局长|关长|署长|司长|部长|主任|行长|处长|会长"
_TITLE = (
    rf"(?:[\p{{Han}}、]{{0,16}}?)(?:副?(?:{OFFICIAL_POSTS}|巡视员|总队长|队长|总经理|董事长|总裁)|总统计师|总经济师|"
    r"总工程师|(?:新闻)?发言人|负责人)"
)
_LISTED = regex.compile(rf"(?P<org>{_BODY}){_TITLE}\s*{_NAME}")
# the longest body before the title (`浙江省人民政府港澳事务办公室`, not `浙江省人民政府`)
_WHOLE_BODY = rf"[\p{{Han}}]{{1,24}}{_BODY_END}"
# a list with the name first (`许　琳　浙江省商务厅副厅长`, one speaker a line): the body opens with
# its place or level, which tells where a two- or three-character name ends
_NAME_FIRST = regex.compile(
    rf"(?m)^[ \t\u3000]*{_NAME}[ \t\u3000]*(?=省|市|国家|中国|[\p{{Han}}]{{2,3}}(?:省|市|海关|自治区))(?P<org>{_WHOLE_BODY}){_TITLE}[ \t\u3000]*$"
)
# `刘志宏（省统计局副局长）：`: the name, then the body and title in brackets
_BRACKETED = regex.compile(rf"{_NAME}\((?P<org>{_BODY})[^()]{{0,16}}\)")
# a turn: `[10:15]【罗琴】`, `王志强：`, `刘志宏（省统计局副局长）：`, `湖南日报记者：` (a live transcript's
# clock with seconds too: `[10:03:47]`; an answer naming who gives it: `答：（孙立新）`; a bullet
# before the name: `● 周宏斌：`)
_TURN = regex.compile(
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\])?\s*(?:[■◆●▶•]\s*)?(?:【(?P<label>[^】]{2,16})】:?|答\s*:\s*\((?P<label>[\p{Han}·]{2,4})\)"
    r"|(?P<label>[\p{Han}·]{2,16}?)(?:\([^()]{1,30}\))?:)"
)
_HEADED = regex.compile(rf"\s*[■◆●▲▶]?\s*{_LISTED.pattern}\s*:?\s*")  # (`…副局长 冉光明：` on a line of its own)
_NO_SPEAKER = regex.compile(r"记者|主持人|提问|问$|^问")
_HOST_LABEL = regex.compile(r"主持人\s*[:：]")
SPEAKER_LIST_REACH = 3000  # characters at the head of a transcript where its speakers are introduced


def speaker_bodies(text: str) -> dict[str, str]:
    """Each speaker's name and the body they speak for, from the head of a transcript."""
    head = text[:SPEAKER_LIST_REACH]
    surnames = person_surnames()
    out: dict[str, str] = {}
    for rx in (_NAME_FIRST, _LISTED, _BRACKETED):
        for m in rx.finditer(head):
            if _HOST_LABEL.search(head, head.rfind("\n", 0, m.start()) + 1, m.start()):
                continue  # `主持人：…新闻发言人 陈文俊`: the host speaks for no figures
            org, name = _LEAD_WORDS.sub("", m.group("org")), m.group("name")
            if len(org) >= 2 and name[:1] in surnames and not _NO_SPEAKER.search(name):
                out.setdefault(m.group("name"), org.replace("(", "（").replace(")", "）"))  # (as written: `天津港（集团）`)
    return out


def speaker_turn(text: str, a: int, b: int, speakers: dict[str, str]) -> tuple[bool, str | None]:
    """Whether the paragraph at ``a``..``b`` opens a turn, and the body of its speaker (None for a
    reporter, the host or a speaker whose body is unknown).  The turn is named where the paragraph
    opens (`王志强：…`) or on the line above it, which the paragraphs leave out (`[10:15]【罗琴】`,
    `■ 郑州海关党委委员、副关长　韩立新`)."""
    m = _TURN.match(text, a, b)
    if m is not None:
        return _turn_of(m.group("label"), speakers)
    above_end = a - 1 if a > 0 and text[a - 1] == "\n" else a
    above = text.rfind("\n", 0, above_end) + 1
    if above_end > above and (m := _TURN.fullmatch(text, above, above_end)) is not None:
        return _turn_of(m.group("label"), speakers)
    eol = text.find("\n", a, b)
    for x, y in ((a, eol if eol >= 0 else b), (above, above_end)):
        h = _HEADED.fullmatch(text, x, y) if y > x else None
        if h is not None and h.group("name") in speakers:
            return True, speakers[h.group("name")]
    return False, None


def _turn_of(label: str, speakers: dict[str, str]) -> tuple[bool, str | None]:
    if _NO_SPEAKER.search(label):
        return True, None
    name = next((n for n in speakers if label.endswith(n)), None)
    if name is None:
        # a speaker the head did not introduce (`张丽华：`) takes the floor from the one before;
        # `集成电路：出口…` is a label, not a speaker
        return (True, None) if _PERSON.fullmatch(label) and label[:1] in person_surnames() else (False, None)
    return True, speakers[name]


_PERSON = regex.compile(r"[\p{Han}]{2,3}")


def speaker_heading(title: str | None, speakers: dict[str, str]) -> str | None:
    """The body of the speaker an article's heading names (`■ 郑州海关党委委员、副关长　韩立新`)."""
    title = title or ""
    h = _HEADED.fullmatch(clean_fragment(fold(title), 0, len(title)))  # (read as the normalised text is)
    return speakers.get(h.group("name")) if h is not None else None
