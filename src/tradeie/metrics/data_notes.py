"""Notes saying where a document's data come from: `注：1. 本章数据来源于商务部服务外包业务管理和
统计系统。`, `进出口数据来源于宁波海关，实际使用外资数据来源于省商务厅`, `（数据来源：区统计局）`.

A report chapter or a statistics page often cites its sources once, in a footnote, instead of
in every sentence.  Such a note is the source of the figures it covers: all of them when it names
no topic (`本章数据…`, `数据来源：…`), else those whose indicator names its topic (`进出口数据…`
covers 出口 and 进口 too).  An inline citation in the sentence still comes first.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

__all__ = ["DataNote", "data_notes", "is_reporting_system", "note_for"]


@dataclass(frozen=True, slots=True)
class DataNote:
    topics: tuple[str, ...]  # empty: the note covers every figure of the document
    name: str
    start: int  # of the name, in the normalised text
    end: int


# the note opens a line, a footnote (`注：`, `1.`, `①`, `[2]`, `（`) or a clause of one
_NOTE = regex.compile(
    r"(?:^|(?<=[\n;；。,，:：(（\]】①-⑳]|\d[.．、]))\s*"
    # (`本章数据除特别注明外，均来源于…`: the exceptions set aside)
    r"(?P<topic>[\p{Han}、和及]{0,30}?)数据(?:除(?:特别|另有|特殊|单独)?(?:注明|说明|标注)(?:者|的)?外[,，]?)?(?:均)?(?:来源于|来自于?|来源为|来源\s*[:：])\s*"
    r"(?P<org>[\p{Han}A-Za-z][^,，。；;:：()（）\n]{1,29})",
    regex.MULTILINE,
)
# words that make a note the whole document's, not a topic's
# (a bare `数据来源：…` line is most often a chart's or table's caption, and `…，数据来源于海关统计`
# a definition's: neither covers the document)
# (`本刊所载全市数据来源于…`: an editor's note on all the bulletin's figures of its region)
_WHOLE = regex.compile(
    r"^(?:本章|本节|本期|本刊|本文|本报告|本简报|本快报|本月报|文中|以上|上述)(?:所载|所用|所列|刊载|刊发)?(?:的)?(?:全市|全省|全区|全县)?$"
)
# words that make a note a table's own (`本表数据来源为…`): all of that table, none of the text
_TABLE_WORDS = regex.compile(r"^(?:本表|表中|该表|此表|上表|下表)$")
_OTHERS = ("其余", "其他", "其它")
# trailing words that are not part of the body's name (`…系统（北京地区）`, `…统计局及有关部门`)
_TAIL = regex.compile(r"(?:及有关部门|等部门|等单位|等|整理|统计|测算|发布|备案|公开数据|公开信息)$")  # (`义乌市商务局公开数据`)
_SPLIT = regex.compile(r"[、和及与]")
# no body at all (`本文数据来源于公开资料`, `…来源于公开统计及会员自愿填报`, `网络公开信息`)
# (nor the writers' own records: `…均来源于双方业务统计` in a joint report, `本单位业务数据`)
_NO_BODY = regex.compile(r"^(?:公开|网络|互联网|网上|媒体|相关|有关|各地|各方|第三方|双方|我方|本单位|本公司|本行|内部)")
# a way of collecting or looking up data, not a body (`联网直报`, `抽样调查`, `统计报表制度`,
# `海关统计数据在线查询平台`: a query tool over the customs house's own figures)
_REPORTING_SYSTEM = regex.compile(
    r"(?:直报|报表|抽样调查|调查制度|统计制度|普查|查询平台|查询系统)$"
    # a system named without its body (`人民币跨境收付信息管理系统`, `金税系统出口退税管理模块`)
    r"|^(?!.*(?:部|局|署|厅|委|会|行|海关|中心|院|所))[^()]*(?:系统|模块|数据库|信息平台|监测平台)(?:\([A-Za-z]{2,10}\))?$"
    # a return or a bulletin named by who files it, no body (`会员企业年度报送`, `公司内部统计快报`: how,
    # not who; but `西安市工业和信息化局软件业统计快报` is the bureau's)
    r"|^(?!.*(?:局|厅|委|署|海关|中心|协会|商会|研究院|银行))[^()]*(?:报送|填报|快报)$"
    # (or a watch kept over platforms or firms: `重点平台抽样监测`)
    r"|^(?!.*(?:局|厅|委|署|海关|中心|协会|商会|研究院|银行))[^()]*(?:抽样监测|监测)$"
    # (nor its members' returns: `协会会员报送`, how the association collects)
    r"|会员(?:企业|单位)?(?:报送|填报|自愿填报)$"
)
# a topic of goods trade covers the figures of either direction
_TRADE_TOPICS = frozenset(("外贸", "对外贸易", "货物贸易", "货物进出口", "进出口"))
_TARGET = regex.compile(r"力争|目标|预计|计划|预测")


_OUTWARD = regex.compile(r"境外|中方|对外承包|对外直接|对外劳务|外派")
_CHAPTER_LEAD = regex.compile(r"^(?:本章|本篇|本节|本部分|本册)")


def is_reporting_system(org: str) -> bool:
    """A way of collecting data or a system holding them, not a body (`联网直报`, `…管理系统`)."""
    return _REPORTING_SYSTEM.search(org) is not None


# an editor's note on what the brief draws on (`本简报根据慈溪海关提供的出口数据和协会…调查编写`):
# the body that provided a topic's figures
_PROVIDED = regex.compile(
    r"(?:本简报|本期|本刊|本报告|本文|本快报)(?:主要)?(?:根据|依据|基于)(?P<org>[\p{Han}]{2,20}?)(?:提供|发布|公布)的(?P<topic>[\p{Han}]{2,8}?)数据"
)


_PROVIDED_BY = regex.compile(
    r"(?:^|(?<=[\n;；。,，:：]|\d[.．、]))\s*(?:本表|表中|本期|本文)?(?![各全分])(?P<topic>[\p{Han}]{2,12}?)(?<![市省区县])数据(?:均)?由(?![各])(?P<org>[\p{Han}]{2,20}?)(?:提供|发布)"
)  # (a measure's topic, not places': `各市数据由各市统计局提供`, `分设区市数据由省财政厅提供`)


NOTES_REACH = 200  # characters back from a bare 数据来源 to the `注：` opening the notes it is one of
_IN_NOTES = regex.compile(r"(?:^|\n)\s*注\s*[:：][^\n]*(?:\n[^\n]*){0,6}?\n\s*\d[.．、]\s*数据来源")


def _after_prose(text: str, at: int) -> bool:
    """The notes at ``at`` follow a paragraph of prose (a report's closing notes), not a table's
    rows or rule (that table's own notes)."""
    before = text[max(0, at - 400) : at].rstrip()
    last = before[before.rfind("\n") + 1 :]
    return last.endswith(("。", "）", ")"))


def data_notes(text: str, systems: bool = False) -> list[DataNote]:
    """Every data-source note of ``text`` (normalised), in order; with ``systems``, also those
    naming only a system or a way of collecting (which attribute nothing, but still say a
    topic's figures come from elsewhere)."""
    if "数据" not in text:
        return []
    out = [DataNote((m.group("topic"),), m.group("org"), m.start("org"), m.end("org")) for m in _PROVIDED.finditer(text)]
    # `本表进出口数据由青岛海关提供，利用外资数据由市商务局提供`: each topic's body (the prose
    # reporting the table's topics draws on them too)
    if "数据由" in text or "数据均由" in text:
        # (`利用外资和对外投资数据由市商务局提供`: each topic it joins)
        out += [DataNote(tuple(x for x in _SPLIT.split(m.group("topic")) if len(x) >= 2) or (m.group("topic"),), m.group("org"), m.start("org"), m.end("org"))
                for m in _PROVIDED_BY.finditer(text)]
    if "数据来" not in text:
        return out
    for m in _NOTE.finditer(text):
        # `本章对外贸易数据来源于…`: the chapter's trade figures (`本章数据来源于…`: all its figures)
        topic = _CHAPTER_LEAD.sub("", m.group("topic")) or m.group("topic")
        if topic.startswith(_OTHERS):
            continue  # `其余数据来源于…`: whatever the other notes leave, too vague to attribute
        # (`商务部及四川省、成都市商务部门`: the first body; `协会会员报送及市商务局备案`: the first
        # that names a body, not a way of reporting)
        parts = [_TAIL.sub("", p).strip() for p in regex.split(r"[、,，]|以?及", m.group("org"))]
        org = next((p for p in parts if len(p) >= 2 and not _NO_BODY.match(p) and not is_reporting_system(p)), parts[0])
        if len(org) < 2 or _NO_BODY.match(org) or (not systems and is_reporting_system(org)):
            continue  # `…数据来源于规模以上工业企业统计联网直报`: how it was collected, not who from
        if _TABLE_WORDS.match(topic):
            continue  # a table's own note: the table reader reads it
        # (a bare `数据来源：…` among a report's numbered notes, `注：…3.数据来源：商务部…系统`: the
        # whole report's, not a chart's caption)
        # (one body only: `数据来源：园区统计监测平台、三亚海关、…税务局` names each topic's, unsaid which)
        whole = _WHOLE.match(topic) is not None or (
            not topic and len(parts) == 1 and (notes := _IN_NOTES.search(text, max(0, m.start() - NOTES_REACH), m.start("org"))) is not None
            and _after_prose(text, notes.start())
        )
        topics = () if whole else tuple(t for t in _SPLIT.split(topic) if len(t) >= 2)
        if not whole and not topics:
            continue
        a = m.start("org")
        out.append(DataNote(topics, org, a, a + len(org)))
    return out


def note_for(notes: list[DataNote], indicator: str) -> DataNote | None:
    """The note covering a figure with this indicator: the first whose topic it names (`服务贸易`
    before the `货物贸易` family), else the first note covering the whole document."""
    if _TARGET.search(indicator):
        return None  # `力争进出口总额…`: a target is the publisher's, not the statistics'
    # (`出口交货值` is industry's output sold abroad, a statistics bureau's figure, not customs trade)
    goods = "服务" not in indicator and "交货值" not in indicator and ("出口" in indicator or "进口" in indicator)
    # the note naming the longest topic the indicator holds (`数字贸易进出口额`: the 数字贸易 note,
    # not the 货物进出口 one); `进出口数据…` is goods trade, never `服务贸易进出口`
    named = [(len(t), -k, n) for k, n in enumerate(notes) for t in n.topics if t in indicator and (goods or t not in _TRADE_TOPICS)]
    if named:
        return max(named, key=lambda x: x[:2])[2]
    for n in notes:
        for t in n.topics:
            if (goods and t in _TRADE_TOPICS) or (t.endswith("外资") and "外资" in indicator):  # 利用外资 / 实际使用外资
                return n
            if t.startswith("对外投资") and _OUTWARD.search(indicator):
                return n  # `对外投资数据来源于市商务局`: outward investment and contracting (中方协议投资额, 对外承包工程)
    return next((n for n in notes if not n.topics), None)
