"""What a document says about itself: its reference date and year, its region, zone or port,
the event it reports, its publisher and closing sources; read once per document."""

from __future__ import annotations

import datetime as dt
import functools
import itertools

import regex

from ..cover import INTERNAL_DAILY, NAV_BAR, date_field
from ..layout import BULLET_RE, TOC_LEADER, TOC_LEADER_RE
from ..numbers import parse_number
from ..organisations import media_outlets, organisation_names
from ..periods import ROC_OFFSET, PeriodMatch, find_periods
from ..places import HOME_CITY_ENDS, PlaceIndex, city_countries, county_parents, county_short_forms, customs_province, looks_like_district, lookup, place_at, place_mentions
from ..script import to_simplified, written_traditional
from ..segment import Structure
from .context import _DocContext
from .phrases import CITY_ZONES, COLUMN_WORDS, INLAND_PORTS
from .subjects import (
    FAIR_KINDS,
    HOME_PART,
    FAIR_NAME,
    OWN_REGION_LEAD,
    _EVENT,
    _EVENT_HELD,
    _LEADING_PERIOD,
    _MUNICIPALITIES,
    _NOT_COUNTY_LEAD,
    _provincial_customs_at,
    _tour_of_cities,
    _zone_from_place,
    city_zones_named,
    foreign_country,
    named_after_city,
    names_university,
)
from .vocab import vocab

_YEAR_RE = regex.compile(r"\d{4}\s*年")
_SPOKEN_YEAR = regex.compile(r"[〇○零一二三四五六七八九]{4}\s*年")  # (a transcript's `二〇二五年`)


# spans no figure is dated by (`21世纪经济报道`, `20世纪90年代`)
_UNDATED = frozenset(("century", "decade"))
_UNDATED_OR_DAY = _UNDATED | {"day"}
_NO_SPAN_OF_MONTHS = _UNDATED | {"day", "point", "relative"}


_LOCAL_AUTHORITY = regex.compile(
    r"(?P<r>(?<![\p{Han}])[\p{Han}][县]|[\p{Han}]{2,5}?[县区市])(?:商务局|人民政府|政府|统计局|发改委|发展和改革局|融媒体中心|电商办|电子商务工作领导小组办公室)"
)
# a national administration whose local bureaux carry its name first (`国家税务总局广州市税务局`)
_NATIONAL_PARENT = regex.compile(r"^(?:国家税务总局|国家外汇管理局|国家统计局|中国人民银行|海关总署|国家金融监督管理总局)")
# any bureau of a county issuing the document (`洛川县农业农村局`, `秭归县文化和旅游局`)
# (`武功县电子商务进农村综合示范工作领导小组办公室`; a one-character county's, `曹县电子商务发展服务中心`)
_COUNTY_BUREAU = regex.compile(r"(?P<r>[\p{Han}]{2,4}?县|^[\p{Han}]县)[\p{Han}]{2,20}?(?:局|委员会|办公室|中心)")
_DATA_TITLE_REGION = regex.compile(r"(?P<r>[\p{Han}]{2,8}?(?:[市省盟州]|地区))")  # (a league, `锡林郭勒盟`; a prefecture, `德宏州`, `阿里地区`)


# --- document context ------------------------------------------------------------------------


def _reference(structure: Structure, reference_date: dt.date | None, *, republic: bool = False) -> tuple[dt.date | None, int | None]:
    """The reference date and year (see ``_dated``); a weekly dated by a year alone whose head
    states the days it covers (`（11月10日—11月14日）`) is dated by the last of them."""
    day, year = _dated(structure, reference_date, republic=republic)
    if day is None and year is not None:
        original = structure.layout.original
        if (week := _WEEK_DAYS.search(original, 0, min(len(original), FRONT_WEEK_REACH))) is not None:
            try:
                return dt.date(year, int(week.group("m") or week.group("m0")), int(week.group("d"))), year
            except ValueError:
                pass
    return day, year


def _dated(structure: Structure, reference_date: dt.date | None, *, republic: bool = False) -> tuple[dt.date | None, int | None]:
    """The date relative years resolve against: the printed date, else the year of the data title
    or governing article title (or a press release's headline), else the caller's date, else none.
    Returns (date or None, year or None); a year without a date resolves 今年 but not 目前.
    ``republic``: the release is Taiwan's (its title may name a Republic year)."""
    if structure.meta.date:
        d = dt.date.fromisoformat(structure.meta.date)
        # `2024年…统计公报` printed in 2025: its 全年 and 年末 are the year its title names
        return d, _titled_year(structure, d, republic)
    dateline = _dateline(structure) or _headline_date(structure) or _wire_day_in_stated_year(structure)
    if dateline is not None:
        return dateline, _titled_year(structure, dateline, republic)
    # `本报告数据期为2024年1月1日至12月31日`: a report's note on the year its figures cover, over
    # the year its title names (`…发展报告（2025年）`)
    stated = _data_period_note(structure.layout.norm.text)
    if stated is None and (delivered := _work_report_year(structure)) is not None:
        # `2025年沂川市政府工作报告`, undated: given to the congress at the start of that year
        # (its 过去一年 is the year before)
        return dt.date(delivered, 1, 1), delivered
    if stated is None and (reviewed := _yearbook_signed_year(structure)) is not None:
        return None, reviewed
    year = int(stated.group("y")) if stated else _title_year(structure)
    if year is not None:
        if reference_date is not None and reference_date.year == year:
            return reference_date, year
        return None, year
    if reference_date is not None:
        return reference_date, reference_date.year
    norm = structure.layout.norm.text
    original = structure.layout.original
    # a feature dated only under its photo (`▲2024年12月18日，…码头。记者 陈晓东 摄`), taken while
    # the story was written; a brief dated `4月18日` on its masthead whose item carries
    # `发布时间：2025-04-15`: the one full date the text states
    if (taken := _photo_caption_date(norm) or _labelled_date_anywhere(norm) or _latest_post_stamp(norm) or _weekday_date(norm)
            or _latest_mail_sent(norm)) is not None:
        return taken, taken.year
    if (foot := _dated_foot_line(original)) is not None:
        # a page or a paper dated only at its foot, on a short line among the page's furniture:
        # `发布于 2025年7月9日　　来源：联合国新闻`, `首发于2025年1月16日`, `（来源：南方日报
        # 2025年1月22日 A06版）`, `宁波日报  第 A5 版  财经·资本  2025 年 9 月 2 日`
        return foot, foot.year
    signed = _SIGNED_MONTH_AT_FOOT.search(original, max(0, len(original) - SIGNED_MONTH_REACH))
    if signed is None and (taken := _lead_date(structure, norm) or _republic_or_board_date(norm)) is not None:
        # (a report signed at its foot with a month is of that year, whatever day of its history
        # its first chapter opens on: `2020年9月24日，…自由贸易试验区正式揭牌`)
        return taken, taken.year
    head = min(len(original), FILE_NAME_REACH)
    if (f := _FILE_NAME_YEAR.search(original, 0, head) or _OWN_DOC_NUMBER.search(original, 0, head) or _ATTACHED_FILE_YEAR.search(original)
            or _LINKED_PAGE_YEAR.search(original)) is not None:
        # a Word draft pasted with its file's name on top (`【定稿】2025Q2园区运行推文.docx`,
        # `文件名：…_2023Q2_报送稿.docx`), or an official paper numbered on its own line
        # (`湄商呈〔2025〕17号`, or beside its office): the year its author filed it under (no day)
        return None, int(f.group("y"))
    if signed is not None:
        # a report signed with a month only (`湖南省自由贸易试验区工作办公室` / `二〇二三年九月`): the
        # year it was written in (no day: the signature dates no page)
        return None, date_field(signed.group("y"))
    if (c := _COPYRIGHT_YEAR.search(norm)) is not None:
        # a web page that dates nothing but its copyright line (`© 2025 香港贸易发展局 版权所有`): the
        # year the page was published in, for its 今年 (no day: 目前 stays undated)
        return None, int(c.group("y"))
    if (h := _HASHTAG_YEAR.search(norm)) is not None:
        # a post dated only by its topic tag (`#2025春节假期`): the year it was tagged with
        return None, int(h.group("y"))
    return None, None


def _yearbook_signed_year(structure: Structure) -> int | None:
    """The year a yearbook's chapter reviews when it writes no year but its signature's month
    (`北仑年鉴（送审稿）` … `二〇二四年三月`): the year before it was written."""
    if not (structure.meta.source or "").endswith("年鉴"):
        return None
    original = structure.layout.original
    signed = _SIGNED_MONTH_AT_FOOT.search(original, max(0, len(original) - SIGNED_MONTH_REACH))
    if signed is None or _ANY_YEAR.search(original, 0, signed.start()) is not None:
        return None
    return date_field(signed.group("y")) - 1


_ANY_YEAR = regex.compile(r"(?:19|20)\d\d\s*年|[一二][〇○零九][〇○零一二三四五六七八九]{2}\s*年")
FRONT_WEEK_REACH = 300  # characters at a weekly's head where the days it covers stand
_WEEK_DAYS = regex.compile(
    r"(?m)^[ \t\u3000]*[(（]?\s*(?:\d{4}\s*年\s*第\s*\d{1,2}\s*周[ \t\u3000]*)?(?P<m0>1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])日\s*[—\-－~～至]+\s*(?:(?P<m>1[0-2]|0?[1-9])月)?(?P<d>[12]\d|3[01]|0?[1-9])日\s*[)）]?[ \t\u3000]*\r?$"
)
SIGNED_MONTH_REACH = 300  # characters at the foot (past a page number) where a report's signature stands
# a signature's month on a line of its own (`二〇二三年九月`, `2023年9月`, `2024年11月印　共印60份`),
# or after the body that compiled the text (`南宁市数字贸易协会编印　2025年6月`)
_SIGNED_MONTH_AT_FOOT = regex.compile(
    r"(?m)^[ \t\u3000]*(?:[\p{Han}()（）]{2,30}?(?:编印|编制|主办|印发|(?<![摘汇选新续主改合])编)[ \t\u3000]+)?(?P<y>(?:19|20)\d\d|[一二][〇○零九][〇○零一二三四五六七八九]{2})\s*年\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:印发|编印|印)?(?:[ \t\u3000]*[(（]?共印\s*\d{1,4}\s*份[)）]?)?[ \t\u3000]*\r?$"
)
_HASHTAG_YEAR = regex.compile(r"#\s?(?P<y>20\d\d)(?=\s?[\p{Han}])")
FOOT_DATE_REACH = 400  # characters at a text's end where a page's or paper's foot line may date it
FOOT_LINE_MAX = 60  # characters of such a line: furniture, not a sentence of the story
# a whole day on a short line of the foot; not one a sentence starts from or counts to (`截至2025年
# 6月30日`, `自2025年1月1日起施行`, `2023年12月25日—12月31日`)
_FOOT_DATE = regex.compile(
    r"(?<!截至|截止|截止到|自|从|到|至|\d)(?P<y>(?:19|20)\d\d)\s*(?:年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*日"
    r"|-(?P<m>1[0-2]|0?[1-9])-(?P<d>[12]\d|3[01]|0?[1-9])(?!\d))(?!\s*(?:起|前|以来|至|到|[—\-－~～]))"
)


def _dated_foot_line(original: str) -> dt.date | None:
    """The day the last short line dated to the day in the text's foot states, if any line
    there is so dated: when nothing else dates a page, its foot (a post's publishing line, a
    paper's page line, a reprint's source line) says when it was written."""
    lo = max(0, len(original) - FOOT_DATE_REACH)
    lines = original[lo:].splitlines()
    for line in reversed(lines[1:] if lo else lines):  # (the first may be cut)
        text = line.strip()
        if len(text) > FOOT_LINE_MAX or "。" in text:
            continue
        found = [d for m in _FOOT_DATE.finditer(text) if (d := _valid_date(int(m["y"]), int(m["m"]), int(m["d"])))]
        if found:
            return found[-1]
    return None


FILE_NAME_REACH = 200  # characters at a document's head where a pasted draft's file name or a paper's number stands
# (on its own line, or set to the right of the issuing office: `国家统计局浙江调查总队      浙调价〔2024〕17号`)
_OWN_DOC_NUMBER = regex.compile(r"(?m)^[ \t\u3000]*(?:[\p{Han}]{2,24}[ \t\u3000]{2,})?[\p{Han}]{1,10}[〔\[(（]\s*(?P<y>20\d\d)\s*[〕\])）]\s*\d{1,4}\s*号[ \t\u3000]*\r?$")
_FILE_NAME = (
    # (the year alone, or run with the month and day: `…_202412.docx`, `…_20240915_….pdf`)
    r"(?<!\d)(?P<y>20\d\d)(?:(?:0[1-9]|1[0-2])(?:[0-3]\d)?)?(?!\d)[^\n]{0,60}?\.(?:docx?|wps|pdf|xlsx?|txt)"
    # (and its size, `（28.6KB）`; or the next field of a parser's line, `…_202409.xlsx　　工作表：4个`)
    # (or the header `head` prints over each file it shows: `==> qdrb_20231109_05-06.pdf <==`)
    r"(?:[ \t]*[(（][^()（）\n]{1,12}[)）]|[ \t]*<==)?(?:[ \t]*\r?$|[ \t\u3000]{2,}[^\n]{0,80}?\r?$)"
)
_FILE_NAME_YEAR = regex.compile(r"(?m)^[^\n]{0,60}?" + _FILE_NAME, regex.IGNORECASE)
# a repost's link to its original, dated in its path (`原文链接：http://www.news.cn/fortune/20250414/…`)
_LINKED_PAGE_YEAR = regex.compile(
    r"(?m)^[^\n]{0,8}?(?:原文链接|原文地址|阅读原文|链接|来源链接)\s*[:：]\s*https?://[^\s/]+(?:/[^\s/]+)*?/(?P<y>20\d\d)-?(?:0[1-9]|1[0-2])(?:-?[0-3]\d)?/"
)
# a post's attachment line at its foot (`📎 附件：qdsw_jsjck_tongji_2024Q3.xlsx（28.6KB）`), or an
# item of a paper's list of attachments (`附件：1. …docx` / `      2. 招商项目调度表_20250409.xls`)
_ATTACHED_FILE_YEAR = regex.compile(
    r"(?m)^[^\n\w]{0,3}[ \t\u3000]*(?:附件[ \t]*\d{0,2}[ \t]*[:：][ \t]*(?:\d{1,2}[.．、][ \t]*)?|\d{1,2}[.．、][ \t]*)[^\n]{0,60}?" + _FILE_NAME,
    regex.IGNORECASE,
)


# the page's copyright year (the later one of a range: `Copyright © 2012-2025`)
_COPYRIGHT_YEAR = regex.compile(
    r"(?:©|Copyright|\(c\))\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-—–~]\s*)?(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|(?:(?:19|20)\d\d\s*[-—–~]\s*)?(?P<y>(?:19|20)\d\d)(?!\d)[^\n\d]{0,30}?版权所有"
)


_FULL_DATE = regex.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
LEAD_DATE_REACH = 60  # characters into a story's lead where the day it reports on is written


def _lead_date(structure: Structure, norm: str) -> dt.date | None:
    """The full date a news story's lead opens on (`安澜新闻网讯（记者 何静）2024年4月25日下午，区政府
    召开…`): the day of what it reports, the last resort for an undated page."""
    paras = [*structure.front[:8], *(p for s in structure.sections[:1] for a in s.articles[:1] for p in a.paragraphs[:2])]
    lead = next((p for p in paras if p.nend - p.nstart > TITLE_MAX and _SENTENCE_END.search(norm, p.nstart, p.nend)), None)
    if lead is None or (m := _FULL_DATE.search(norm, lead.nstart, min(lead.nend, lead.nstart + LEAD_DATE_REACH))) is None:
        return None
    return _valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))


_LABELLED_DATE = regex.compile(
    r"(?:发布时间|发布日期|印发日期|成文日期|出版日期)\s*:\s*(?P<y>(?:19|20)\d\d)\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})"
    # (in Chinese numerals: a paper's foot, `本期出版日期：二〇二四年十二月十七日`)
    r"|(?:发布日期|印发日期|成文日期|出版日期)\s*:\s*(?P<y>[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,3})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日"
    # a reprint's print line (`本文刊发于《大众日报》2025年7月23日第3版`, `原载《经济日报》2025年1月6日`)
    r"|(?:刊发于|刊登于|刊于|原载于?|载于)《[^》\n]{2,24}》\s*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    # a paper's own print line under its story (`《 人民日报 》（ 2025年07月19日　 第 02 版）`)
    r"|《\s*[^》\n]{2,24}?\s*》\s*\(\s*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日[^()\n]{0,12}版\s*\)"
    # a brief's note on when its data end (`本期数据截至2025年7月15日`)
    r"|(?:本期|本报告|本文)数据截至\s*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    # a report's note on when it was finished (`（本报告于二〇二三年十月十六日定稿，…）`)
    r"|(?:本报告|本文|报告)于\s*(?P<y>(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日(?:定稿|完成|完稿|撰写|发布)"
)


# a date Taiwan's bodies write in the years of the Republic (`发布日期：114-06-09`,
# `中华民国一一四年八月十一日`), or a bulletin board's post time (`时间  Thu Oct  9 16:12:45 2025`)
_REPUBLIC_DATE = regex.compile(
    r"(?:发布日期|发稿日期|发布时间|日期)\s*:\s*(?P<y>1[01]\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"
    r"|中华民国\s*(?P<y>1[01]\d|[一〇○零][一二三四五六七八九〇○零]{2})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"(?:\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?"
)
_BOARD_TIME = regex.compile(
    r"时间\s*[A-Z][a-z]{2}\s+(?P<mon>[A-Z][a-z]{2})\s+(?P<d>\d{1,2})\s+\d{1,2}:\d{2}:\d{2}\s+(?P<y>(?:19|20)\d\d)(?!\d)"
)
# English month names, in full or short (`Oct`, `June`, `Sept`)
_MONTHS = {m: k for k, names in enumerate(
    (("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"), ("July", "Jul"),
     ("August", "Aug"), ("September", "Sep", "Sept"), ("October", "Oct"), ("November", "Nov"), ("December", "Dec")), 1) for m in names}


# a day written with its weekday but not its year (`时间：10月22日（星期二）上午10:00`)
_WEEKDAY_DATE = regex.compile(r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])月(?P<d>[12]\d|3[01]|0?[1-9])日\s*\(?(?:星期|周|礼拜)(?P<w>[一二三四五六日天])\)?")
_WEEKDAYS = {c: k for k, c in enumerate("一二三四五六日")} | {"天": 6}
_YEAR_WRITTEN = regex.compile(r"(?<!\d)(?P<y>20\d\d)\s*年")
WEEKDAY_DATE_REACH = 500  # characters at the head where a release's time line stands


def _weekday_date(norm: str) -> dt.date | None:
    """The day a release's head writes with its weekday and no year (`10月22日（星期二）`): in the
    one year, among those the text writes (and the one after the latest), whose calendar has that
    weekday on that day."""
    m = _WEEKDAY_DATE.search(norm, 0, min(len(norm), WEEKDAY_DATE_REACH))
    if m is None:
        return None
    years = {int(y.group("y")) for y in _YEAR_WRITTEN.finditer(norm)}
    if not years:
        return None
    fits = [d for y in range(min(years), max(years) + 2) if (d := _valid_date(y, int(m["m"]), int(m["d"]))) is not None and d.weekday() == _WEEKDAYS[m["w"]]]
    return fits[0] if len(fits) == 1 else None


def _republic_or_board_date(norm: str) -> dt.date | None:
    """The date a Taiwanese release writes in the Republic's years, or a board post's time line."""
    if (m := _REPUBLIC_DATE.search(norm)) is not None:
        return _valid_date(date_field(m.group("y")) + ROC_OFFSET, date_field(m.group("m")), date_field(m.group("d") or "1"))
    if (b := _BOARD_TIME.search(norm)) is not None and b.group("mon") in _MONTHS:
        return _valid_date(int(b.group("y")), _MONTHS[b.group("mon")], int(b.group("d")))
    return None


def _labelled_date_anywhere(norm: str) -> dt.date | None:
    """The date `发布时间：…` lines anywhere in the text state, when they all agree."""
    found = {_valid_date(date_field(m.group("y")), date_field(m.group("m")), date_field(m.group("d"))) for m in _LABELLED_DATE.finditer(norm)} - {None}
    return found.pop() if len(found) == 1 else None


# an e-mail's header stating when it was sent (`发送时间：2025年2月18日(星期二) 上午11:36`,
# `Sent: Monday, June 16, 2025 9:27 AM`, `Date: 16 June 2025`), or a reply's quote line
# (`在 2025-07-24 18:40:09，"张铭" <…> 写道：`)
_MAIL_SENT = regex.compile(
    r"(?:发送时间|发送日期|Sent|Date)\s*:\s*(?:(?P<y>(?:19|20)\d\d)\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})"
    r"|(?:[A-Za-z]{3,9},?\s*)?(?P<mon>[A-Z][a-z]{2,8})\.?\s*(?P<d>\d{1,2}),\s*(?P<y>(?:19|20)\d\d)"
    r"|(?:[A-Za-z]{3,9},?\s*)?(?P<d>\d{1,2})\s+(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<y>(?:19|20)\d\d))"
    r"|在\s*(?P<y>(?:19|20)\d\d)[-年/.](?P<m>\d{1,2})[-月/.](?P<d>\d{1,2})[^\n]{0,60}?写道\s*:"
)


def _latest_mail_sent(norm: str) -> dt.date | None:
    """The day the latest message of an e-mail thread was sent: the thread was pasted then."""
    if "Sent" not in norm and "发送" not in norm and "写道" not in norm and "Date" not in norm:
        return None
    days = []
    for m in _MAIL_SENT.finditer(norm):
        month = int(m["m"]) if m["m"] else _MONTHS.get(m["mon"])
        if month is not None and (d := _valid_date(int(m["y"]), month, int(m["d"]))) is not None:
            days.append(d)
    return max(days, default=None)


# a post's time stamp on a line of its own, in a feed of posts (`2025-3-18 10:30 来自 微博网页版`,
# `2025-07-22 18:30 · 头条号“成都商务” · 四川`, `昆明海关 · 2025年06月18日 17:36 · 云南`): to the minute
_POST_STAMP = regex.compile(
    r"(?m)^[ \t\u3000]*(?:[^\n\d]{1,20}?[ \t\u3000]*·[ \t\u3000]*)?(?P<y>(?:19|20)\d\d)\s*[-年/]\s*(?P<m>\d{1,2})\s*[-月/]\s*(?P<d>\d{1,2})(?:\s*日[ \t\u3000]*|[ \t\u3000]+)"
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ \t\u3000]*(?:来自|·)[^\n]{0,40}?)?[ \t\u3000]*$"
)


def _latest_post_stamp(norm: str) -> dt.date | None:
    """The latest post's day in a feed of posts stamped to the minute: its figures are not
    reported after it, and the feed's 今年 is its year."""
    found = {_valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))) for m in _POST_STAMP.finditer(norm)} - {None}
    return max(found) if found else None


# a photo's caption: marked by a triangle or `图为`, or credited to its photographer (`…摄`)
_PHOTO_CAPTION = regex.compile(
    r"(?m)^[ \t\u3000]*(?:[▲△▼]|图为|\(图[^()\n]{0,6}\))[ \t\u3000]*(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
    r"|^[ \t\u3000]*(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^\n]{2,80}?(?:摄|供图)[ \t\u3000]*$"
)


def _photo_caption_date(norm: str) -> dt.date | None:
    """The date a photo caption gives (`▲2024年12月18日，泉州石湖港…　记者 陈晓东 摄`), else None."""
    m = _PHOTO_CAPTION.search(norm)
    return _valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m else None


_WORK_REPORT_TITLE = regex.compile(r"(?P<y>(?:19|20)\d\d)\s*年[\p{Han}]{0,12}?政府工作报告")


def _work_report_year(structure: Structure) -> int | None:
    """The year a government work report is titled with (`2025年沂川市政府工作报告`): the year
    it is given in, early on, to the people's congress."""
    norm = structure.layout.norm.text
    for p in structure.front[:4]:
        if p.nend - p.nstart <= 40 and (m := _WORK_REPORT_TITLE.search(norm, p.nstart, p.nend)) is not None:
            return int(m.group("y"))
    return None


_DATA_PERIOD = regex.compile(r"数据(?:期|时期|区间|统计期|所属期)(?:为|是|:)\s*(?P<y>(?:19|20)\d\d)\s*年")
# a census's reference date (`以2023年12月31日为标准时点`, `普查的标准时点为2023年12月31日`): its
# levels are at that year's end, its flows that year's
_CENSUS_POINT = regex.compile(
    r"以\s*(?P<y>(?:19|20)\d\d)\s*年\s*12\s*月\s*31\s*日(?:24时|零时)?为(?:普查)?标准时点|标准时点(?:为|是)\s*(?P<y>(?:19|20)\d\d)\s*年\s*12\s*月\s*31\s*日"
)
DATA_PERIOD_REACH = 1500  # characters at the top of a report where its notes state the data period


def _data_period_note(norm: str):
    """A report's note on the year its data cover, near its top (`本报告数据期为2024年…`), or None."""
    return _DATA_PERIOD.search(norm, 0, min(len(norm), DATA_PERIOD_REACH))


_TOP_COUNT = regex.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,3}\s*[、.]")  # `一、…`, not `（一）…`


def _story_under_subheadings(structure: Structure) -> list | None:
    """The parts of one story under subheadings (`经营主体总量持续增长`, `新设经营主体较快增长`…)
    closed by its `（来源：县市场监管局）` line, past the page's foot (`联系电话：…`); None when the
    document has bracketed sections or titled articles, or the line names the publisher's own desk
    (`供稿：综合统计股`: the publisher's figures)."""
    original = structure.layout.original
    if not structure.sections or structure.toc or any(original.startswith(("【", "["), sec.start) for sec in structure.sections):
        return None  # (an issue whose contents list its items: each item is its own story)
    arts = [a for sec in structure.sections for a in sec.articles if a.paragraphs]
    while len(arts) > 1 and not arts[-1].source and arts[-1].fields:
        arts.pop()  # the page's foot (`编辑：…  初审：…` over `地址：…`, `电话：…`)
    if any(a.title for a in arts):
        return None
    closing = _first_body(arts[-1].source) if arts and arts[-1].source else None
    if not closing or _BARE_DIVISION.fullmatch(closing) or closing.endswith("股"):
        return None
    return arts


_BRACKET_OVER = regex.compile(r"【(?P<h>[^】\r\n]{2,12})】[ \t\u3000\r]*\n\s*$")
BRACKET_OVER_REACH = 30  # characters above a section where a folded bracketed heading may stand


def _section_groups(structure: Structure) -> list[list]:
    """The parts under each bracketed heading (`【数据月报】`), or, in a bulletin with none, under each
    numbered one (`一、数据月报：…` over `（一）…`); not a numbered section holding items of their own
    (`一、数据速览` over `● …` and `● 商务部：…`: each item its own source), nor a table of contents."""
    original = structure.layout.original
    groups: list[list] = []
    bracketed, counted, spoilt = False, set(), set()
    for sec in structure.sections:
        if _TOC_HEAD.fullmatch(sec.name):
            continue
        # (a bracketed heading the structure folded into the numbered section under it:
        # `【数据月报】` right over `一、前三季度全市外贸运行情况`)
        over = _BRACKET_OVER.search(original, max(0, sec.start - BRACKET_OVER_REACH), sec.start)
        if over is not None and _TOC_HEAD.fullmatch(over.group("h")):
            over = None  # (`【本期目录】` over the contents' first entry: no group)
        if original.startswith(("【", "["), sec.start) or over is not None:
            groups.append([])
            bracketed = True
        elif not bracketed and _TOP_COUNT.match(original, sec.start):
            groups.append([])
            counted.add(len(groups) - 1)
        if groups:  # (numbered parts before any heading that opens a group belong to none)
            parts = [a for a in sec.articles if a.paragraphs]
            if len(parts) > 1 and len(groups) - 1 in counted:
                spoilt.add(len(groups) - 1)
            groups[-1].extend(parts)
    return [g for k, g in enumerate(groups) if k not in spoilt]


def _closing_sources(structure: Structure) -> dict[int, str]:
    """The 来源 line closing a bulletin's bracketed section (`【数据月报】` over `一、…统计`,
    `二、…统计`, `三、…目标` and `（来源：苏州市商务局）`), a numbered section's (`一、数据月报：…` over
    `（一）…`, `（二）…`) or a story's under subheadings: the source of each part before it that has
    none of its own, keyed by ``id`` of the article."""
    original = structure.layout.original
    story = _story_under_subheadings(structure)
    groups = [story] if story else _section_groups(structure)
    out: dict[int, str] = {}
    for arts in groups:
        sourced = [a for a in arts if a.source]
        last = arts[-1] if arts else None
        if len(arts) > 1 and sourced == [last] and last.source_span and not _under_a_table(original, last.source_span[0]):
            for a in arts[:-1]:
                out[id(a)] = _first_body(last.source)
    return out


# a release from Taiwan, read as simplified (`民國113年`, `新臺幣`, `中央社記者…台北9日電`, `主計總處`):
# its 我國 is Taiwan
_TAIWAN_CUE = regex.compile(r"民国\s*\d{2,3}\s*年|新台币|台北\d{1,2}日电|主计总处|行政院|财政部统计处")


def home_country(norm) -> str:
    """Whom the document's 我国/全国 name: 台湾 for a release written in traditional characters
    with Taiwan's own furniture (a simplified story quoting `新台币` stays China's), else 中国."""
    if _TAIWAN_CUE.search(norm.text) is None and not _ROC_DATE.search(norm.text, 0, min(len(norm.text), _ROC_DATE_REACH)):
        return "中国"  # (`發布日期：114年10月9日`: dated in the ROC calendar)
    return "台湾" if written_traditional(norm.original, to_simplified(norm.original)) else "中国"


def _titled_year(structure: Structure, d: dt.date, republic: bool = False) -> int:
    """The year a bare 今年/全年/年末 takes in a document printed on ``d``: the printing year, unless
    the title names an earlier one: the year before's last months (`解读2025年12月份CPI和PPI数据`
    printed in January: its bare 12月份 is 2025's), or a whole earlier year or its end (`2023年末…
    外资企业发展状况分析` printed in 2025 from a census whose reference date is that year end)."""
    norm = structure.layout.norm.text
    reach = min(len(norm), DATA_PERIOD_REACH)
    note = _CENSUS_POINT.search(norm, 0, reach) or _data_period_note(norm)
    if note is not None and d.year - TITLED_YEARS_BACK <= int(note.group("y")) < d.year:
        return int(note.group("y"))  # `普查的标准时点为2023年12月31日` in a communiqué of 2025
    if (named := _COMMUNIQUE_OF.search(norm, 0, reach)) is not None:
        # a story on the annual communiqué (`…发布的《中华人民共和国2021年国民经济和社会发展统计公报》
        # 显示`, `发布上一年度国民经济和社会发展统计公报`): the year it reports
        # (`《吉林省国民经济和社会发展统计公报》已经…正式发布` in a notice of March: the year before's)
        y = int(named.group("y")) if named.group("y") else d.year - 1
        if d.year - TITLED_YEARS_BACK <= y < d.year and not (named.group("bare") is not None and d.month > COMMUNIQUE_MONTHS):
            return y
    if d.month <= YEAR_END_REPORT_MONTHS:
        for p in _front_lines(structure, TITLE_LINES):
            if p.nend - p.nstart > 60:
                continue
            pm = next((pm for pm in find_periods(norm[p.nstart : p.nend], default_year=d.year) if pm.granularity != "day"), None)
            if pm is not None and pm.granularity in ("month", "ytd") and not _YEAR_RE.search(pm.text) and pm.last is not None:
                if pm.last.month > d.month + YEAR_END_REPORT_MONTHS:
                    return d.year - 1  # `12月份全市主要经济指标` generated on 24 January: last year's December
                break
    if d.month <= COMMUNIQUE_MONTHS and any(
        p.nend - p.nstart <= 60 and _ANNUAL_COMMUNIQUE.search(norm, p.nstart, p.nend) and not _YEAR_RE.search(norm, p.nstart, p.nend)
        for p in _front_lines(structure, 8)
    ):
        return d.year - 1  # `湛江市国民经济和社会发展统计公报` published in March: the year before's
    for p in _front_lines(structure, 8):
        # `2024年澄浦市国民经济和社会发展统计公报（摘要）` under a paper's masthead dated March 2025
        line = _SUMMARY_MARK.sub("", norm[p.nstart : p.nend])
        if len(line) <= 60 and _ANNUAL_COMMUNIQUE.search(line) and (ym := _YEAR_RE.search(line)) is not None:
            y = int(ym.group()[:4])
            if d.year - TITLED_YEARS_BACK <= y < d.year:
                return y
    if _reviewed_year(structure, norm) == d.year - 1:
        return d.year - 1  # `湖北省商务发展报告 2025` printed in June, opening `2024年，面对…`
    if (
        d.month <= YEAR_END_REPORT_MONTHS and (lead := _LAST_YEAR_LEAD.search(norm, 0, min(len(norm), LAST_YEAR_LEAD_REACH))) is not None
        and not _MONTHS_STATED.search(norm, 0, lead.start())
    ):
        # a notice of February whose body opens `去年，全市商务系统…`: its 全年 is that year (not a
        # brief on `1-2月` that looks back at last year further down)
        return d.year - 1
    # (past an issue line, `2025年第3期`, whose year is the printing year, and a table of contents)
    # (a Taiwanese title's Republic year: `113年進出口貿易統計分析` printed in 114, February)
    for p in _front_lines(structure, 4):
        if p.nend - p.nstart > 60:
            continue
        for pm in find_periods(norm[p.nstart : p.nend], republic=republic):
            if (pm.granularity == "year" or pm.rule in _YEAR_END_RULES) and pm.year_resolved and pm.last is not None and _YEAR_RE.search(pm.text):
                return pm.last.year if d.year - TITLED_YEARS_BACK <= pm.last.year < d.year else d.year
            if (
                pm.granularity in ("month", "quarter", "half", "ytd") and pm.year_resolved and pm.last is not None
                and _YEAR_RE.search(pm.text) and pm.last.year == d.year - 1 and pm.last.month > d.month
            ):
                return d.year - 1
    return d.year


LAST_YEAR_LEAD_REACH = 600  # characters at a document's head where the paragraph opening its review stands
_LAST_YEAR_LEAD = regex.compile(r"(?m)^[ \t\u3000]*(?:去年|过去一年|过去的一年|上一年度?|上年度)[,，]")
_MONTHS_STATED = regex.compile(r"\d{1,2}\s*月|季度|上半年|下半年|前[\d一二三四五六七八九十]{1,2}个月")
YEAR_END_REPORT_MONTHS = 3  # how far into a year reports on the last months of the year before appear
TITLED_YEARS_BACK = 3  # how long after a year a document titled with it still reports it (a census: two years)
_YEAR_END_RULES = frozenset(("year_point", "stock_year_end"))  # `2023年末`, `截至2023年底`
COMMUNIQUE_MONTHS = 6  # a year's statistical communiqué appears by the middle of the next
# (a listed firm's annual results appear in the same months: `澜海集团公布全年业绩：…`)
_SUMMARY_MARK = regex.compile(r"\((?:摘要|节选|全文)\)$")  # a communiqué's title marked as abridged
_ANNUAL_COMMUNIQUE = regex.compile(r"(?:国民经济和社会发展|国民经济与社会发展)统计公报$|(?:公布|发布|披露)(?:全年|年度)业绩")


# a yearly report by its title, or by the bare year in brackets that is its edition (`…业务运行报告（2024）`,
# or that year on the line under the name)
_ANNUAL_REPORT = regex.compile(
    r"(?:(?:发展报告|年度报告|白皮书|蓝皮书)》?(?:\s*\(?\s*(?:19|20)\d\d\s*年?\s*\)?)?|(?:报告》?|(?<![^\n]))\s*\(\s*(?:19|20)\d\d\s*\))$"
)
_COMMUNIQUE_OF = regex.compile(
    # (`《2024年义乌市国民经济和社会发展统计公报》`: the place after the year)
    # (or the communiqué itself, its title naming no year: `云南省国民经济和社会发展统计公报（摘编）`)
    r"(?m)(?:(?P<y>(?:19|20)\d\d)\s*年[\p{Han}]{0,12}?|(?:上一?年度?|去年|上年)的?[\p{Han}]{0,12}?|(?P<bare>《|^[ \t\u3000]*)[\p{Han}]{0,12}?)(?:国民经济和社会发展|国民经济与社会发展)统计公报"
)
_CHART_CAPTION = regex.compile(r"\s*图\s*\d{1,2}(?!\d)(?![年月日.%])")  # a chart's caption line
_COVER_LINE = regex.compile(
    r"\d{4}年第\d{1,3}期|\(?总第|(?!关于)[\p{Han}]{2,30}?(?:局|委员会|协会|秘书处)编?\d{4}年\d{1,2}月"  # (not `关于协会2024年工作情况…的报告`)
    r"|(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?$"  # `二〇二五年十月`: the date printed
)


_ZONE = regex.compile(rf"^[\p{{Han}}()（）·]{{2,30}}(?:片区|直管区|经济特区|开发区|经开区|综保区|高新区|新区|园区|产业园|合作区|自由贸易试验区|自贸试验区|自贸区|综合保税区|保税港区|保税区|台商投资区|综合实验区|{CITY_ZONES}|{INLAND_PORTS})$")


_CITY_PREFIX = regex.compile(r"[\p{Han}]{2,4}市(?=[\p{Han}])")
_ZONE_PREFIX = regex.compile(rf"^(?!{COLUMN_WORDS})[\p{{Han}}]{{2,12}}?(?:高新区|开发区|经开区|新区|片区|园区|合作区|自贸区|自贸试验区|自由贸易试验区|保税区|综合保税区|综保区|保税港区|台商投资区|综合实验区|{CITY_ZONES})(?:\p{{Han}}{{2,4}}?片区)?")  # (`山东自贸试验区烟台片区`: the part named after its whole)


# a press conference's speaker heading: the body, the speaker's post, the name
_SPEAKER_HEADING = regex.compile(
    r"(?P<org>[\p{Han}]{2,24}?(?:局|厅|署|委|办|海关|分局|银行|分行|委员会|政府|中心|协会|商会))"
    r"(?:党组书记、|党委书记、|党组成员、|党委委员、)?(?:副|常务副|一级|二级)?(?:局长|厅长|关长|主任|行长|司长|处长|会长|秘书长|巡视员|新闻发言人|发言人|董事长|总经理|区长|市长|县长)"
    r"[\p{Han}·]{2,4}"
)


_TABLE_ROW_LINE = regex.compile(r"\d[%)）]?(?:[ \u3000]{2,}|\t)\S|(?:[ \u3000]{2,}|\t)[-+−]?\d[\d.,]*%?$")
_DATA_SOURCE_LEAD = regex.compile(r"[(（]?\s*(?:数据来源|资料来源)")


def _under_a_table(original: str, at: int) -> bool:
    """A data-source line (`（数据来源：武汉海关）`) right under a table's last row: the table's note,
    not a 来源 line closing the whole report."""
    start = original.rfind("\n", 0, at) + 1
    if not _DATA_SOURCE_LEAD.match(original, start):
        return False
    prev_end = original.rfind("\n", 0, max(start - 1, 0))
    above = original[prev_end + 1 : start].strip()
    return bool(above) and _TABLE_ROW_LINE.search(above) is not None


def _qualified(source: str | None, publisher: str | None) -> str | None:
    """A 来源 that names only a division or the press office of the publisher (`信息来源：服务业统计处`
    on a page of 浙江省统计局, `来源：新闻中心` under 中国国际贸易促进委员会) with the publisher's
    name before it: 浙江省统计局服务业统计处."""
    if source and publisher and (_BARE_DIVISION.fullmatch(source) or _SPEAKING_UNIT.fullmatch(source)) and not source.startswith(publisher):
        if publisher.endswith(source):
            return publisher  # `来源：信息部` on a page of `中国纺织品进出口商会信息部`
        if source[:4] not in publisher:  # (`海关总署统计分析司` names its body already)
            # (`协会秘书处` on the site of `四川省外商投资企业协会`: the kind said once)
            kind = next((k for k in range(min(3, len(source) - 2), 1, -1) if publisher.endswith(source[:k])), 0)
            return publisher + source[kind:]
    return source


# a body's press office or a ministry's department, no parent named (`新闻发布中心`, `国际收支司`;
# not a company, `…公司`): the body speaking through it
_SPEAKING_UNIT = regex.compile(r"新闻(?:发布)?(?:中心|办公室|处)|新闻办|办公厅|办公室|(?![\p{Han}]*公司$)[\p{Han}]{2,12}司")
_PAGE_COLUMN = regex.compile(r"新闻发布会?|发布会|新闻动态|政务公开|工作动态|本网|本站")
# (`国民经济综合统计处`: 国民 names no state body)
_BARE_DIVISION = regex.compile(
    r"(?![\p{Han}]*(?:省|市(?!场)|县|区|(?<!外)国(?!民|际)|部|局|厅|委|署|会|院))[\p{Han}]{2,10}(?:处|科|室|办)"  # (`市场管理处`: no city; `国际收支处`: no nation)
    r"|[\p{Han}]{0,4}(?:调研|研究|信息|统计|综合|宣传|新闻|发展|服务|联络)部"  # `市场调研部`, `行业发展部` of an association
    r"|(?![\p{Han}]*公司$)[\p{Han}]{2,8}司"  # `统计分析司` of a ministry or administration
    r"|(?:协会|商会|促进会)(?:秘书处|办公室)"  # `协会秘书处`: the association's own office, its name left out
)


# `辽宁省2024年国民经济和社会发展统计公报`: the statistics bureau of the place it is about issues it
_COMMUNIQUE = regex.compile(r"(?:\d{4}\s*年)?\s*(?P<p>[\p{Han}]{2,12}?(?:省|市|自治区|区|县|州|盟))(?:\d{4}\s*年)?国民经济和社会发展统计公报")


# a release headlined by the firm or body issuing its figures (`海纳环球发布2025年度经营数据：…`,
# `莱茵克斯集团大中华区公布2024财年业绩`): who gives the figures when nothing else signs the page
_ISSUER_HEADLINE = regex.compile(
    r"(?P<org>(?![\d一二三四五六七八九十])[\p{Han}A-Za-z]{2,14}?)(?:今日|今天|正式|日前|近日)?(?:发布|公布|披露)"
    r"(?=\d{4}|[一二三四]季度|上半年|前三季度|全年|年度|财年|首份|最新)"
)
ISSUER_HEADLINE_LINES = 3  # front paragraphs where a release's headline may stand (under a label line)


def _release_issuer(structure: Structure) -> str | None:
    """The firm or body a release's headline says issues its figures, or None."""
    return _headline_org_by(structure, _ISSUER_HEADLINE)


def _headline_org_by(structure: Structure, pattern: regex.Pattern) -> str | None:
    """The organisation ``pattern`` names (its `org` group) at the start of one of the front's
    first lines, when it is no place."""
    norm = structure.layout.norm.text
    for p in structure.front[:ISSUER_HEADLINE_LINES]:
        m = pattern.match(norm, p.nstart, p.nend)
        if m is not None and not _no_place_name(m.group("org")) and lookup(m.group("org")) is None:
            return m.group("org")
    return None


# a company's own yearly report on itself, titled by its name (`鼎岳重工 2024 年度环境、社会及治理
# （ESG）报告`, `青岛恒途轮胎股份有限公司 2024年度社会责任报告`)
_OWN_REPORT = regex.compile(
    r"(?P<org>(?![\d一二三四五六七八九十])[\p{Han}A-Za-z（）()]{2,30}?)\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年?度?\s*"
    r"(?:环境、社会及(?:公司)?治理|环境、社会和(?:公司)?治理|ESG|社会责任|企业社会责任|可持续发展)(?:\s*[(（]ESG[)）])?\s*报告"
)


def report_owner(structure: Structure) -> str | None:
    """The company whose own ESG, social-responsibility or sustainability report this is, from
    the report's title: its 公司 and its figures are the company's."""
    return _headline_org_by(structure, _OWN_REPORT)


def _communique_bureau(structure: Structure) -> str | None:
    """The bureau a statistical communiqué that names no publisher comes from."""
    norm = structure.layout.norm.text
    for p in structure.front[:3]:
        m = _COMMUNIQUE.match(norm, p.nstart, p.nend)
        if m:
            return m.group("p") + "统计局"
    return None


# a statistics bureau's periodical by its name (`成都统计月报`, `宁波统计信息`, `苏州统计快报`)
_STATS_PERIODICAL = regex.compile(r"(?P<p>[\p{Han}]{2,8}?)统计(?:月报|快报|信息|简报|分析|季报|旬报)")


def _periodical_bureau(structure: Structure) -> str | None:
    """The statistics bureau whose periodical the document is (`成都统计月报  2024 年第 8 期`, signed
    by no body): the place's bureau, else the periodical itself."""
    m = _STATS_PERIODICAL.fullmatch((structure.meta.title or "").strip())
    if m is None:
        return None
    p = lookup(m.group("p"))
    return p.canonical + "统计局" if p is not None and p.kind in ("province", "city", "district") else m.group()


def _editor_body(editor: str | None) -> str | None:
    """`海州港口集团办公室编` -> 海州港口集团办公室: who issued the bulletin."""
    if not editor:
        return None
    return regex.sub(r"(?:编印|编|主办)$", "", editor) or None


def _self_org(*bodies: str | None) -> str | None:
    """The company or association issuing the bulletin, from its editor or publisher line:
    `海州港口集团办公室` -> 海州港口集团, `宁川港口集团有限公司市场发展部` -> 宁川港口集团 (a group
    goes by its name without the legal form), `大连市数字贸易协会秘书处` -> 大连市数字贸易协会."""
    for body in bodies:
        body = _editor_body(body)
        if body:
            body = _COMPILED_FROM.sub("", body)  # `港航观察综合自江城港务集团`: the group's figures, an outlet's digest
        m = _SELF_ORG.match(body) if body else None
        # (nor an outlet's own channel: `来源：证券时报·e公司`)
        # (nor a research firm or broker, whose notes report on places: `兴业研究公司`, `…证券股份有限公司`)
        if m and not _MEDIA_GROUP.search(m.group(1)) and not _is_outlet(m.group(1)) and not _RESEARCH_FIRM.search(m.group(1)):
            if (port := _UNIT_PORT.match(body, m.end(1))) is not None:
                return port.group("p")  # `辽港集团营口港市场部`: the group's port, its unit speaking for it
            return _GROUP_LEGAL_FORM.sub("", m.group(1))
    return None


_UNIT_PORT = regex.compile(r"(?P<p>[\p{Han}]{2,4}?港)(?![口务集])")
_COMPILED_FROM = regex.compile(r"^.{2,20}?(?:综合自|整理自|编译自|摘编自|摘自|转自|转载自)")
_BARE_GROUP_BODY = regex.compile(r"^集团[\p{Han}]{0,8}?(?:部|室|办公室|中心)?$")  # `来源：集团生产业务部`
_HEADLINE_GROUP = regex.compile(r"(?P<org>[\p{Han}]{2,16}?集团)(?![\p{Han}]{0,2}(?:公司|有限))")


def _group_in_headline(structure: Structure) -> str | None:
    """A group's own page citing only its department (`来源：集团生产业务部`): the group its
    headline opens with (`东瓯港口集团10月份生产经营情况通报`)."""
    meta = structure.meta
    if not any(b and _BARE_GROUP_BODY.match(b) for b in (meta.publisher, meta.source, meta.editor)):
        return None
    norm = structure.layout.norm.text
    for p in structure.front[:4]:
        if (m := _HEADLINE_GROUP.match(norm, p.nstart, p.nend)) is not None and not _is_outlet(m.group("org")):
            return m.group("org")
    return None


def _is_outlet(name: str) -> bool:
    """A news outlet, or one of its channels (`证券时报·e公司`)."""
    return any(part in media_outlets() for part in (name, *name.split("·")))


# a news outlet's group (`南方财经全媒体集团`) publishes a story; the figures are not its own
_MEDIA_GROUP = regex.compile(r"(?:媒体|传媒|报业|新闻|出版|广电|广播电视)(?:集团|公司)")


_RESEARCH_FIRM = regex.compile(r"研究|证券|咨询")
_GROUP_LEGAL_FORM = regex.compile(r"(?<=集团)(?:股份)?有限(?:责任)?公司$")


# a company name, then at most one of its departments
# (a commercial bank's branch too, `中国银行苏州分行国际结算部`, whose 我行 is the branch; not a
# central bank's, `中国人民银行江西省分行`, which reports its province's figures)
_SELF_ORG = regex.compile(r"((?!中国人民银行|人民银行).{2,20}(?:集团|公司|协会|商会|联合会|促进会|贸促会|交易所|交易中心|银行[\p{Han}]{2,6}?分行|银行|边检站|边检总站|边防检查站|边防检查总站))(?:[\p{Han}]{0,6}?(?:办公室|秘书处|编辑部|部|室|处|中心))?$")


_ZONE_TWIN = regex.compile(r"[(（][\p{Han}]{2,8}(?:街道|镇|乡|区)[)）]$")
_BASE_OF_ZONE = regex.compile(r"[\p{Han}]{2,20}基地[(（](?P<z>[\p{Han}]{2,16})[)）]")


_BARE_ZONE_KINDS = ("高新区", "经开区", "开发区", "综保区")
_BARE_ZONE_HEADLINE = regex.compile(rf"(?P<k>{'|'.join(_BARE_ZONE_KINDS)})(?=[\p{{Han}}\d])")
_ZONE_NAMED_IN_FULL = {k: regex.compile(rf"(?P<c>[\p{{Han}}]{{2,4}}){k}") for k in _BARE_ZONE_KINDS}
FRONT_HEADLINE_LINES = 8  # front paragraphs down to a paper page's headline (under its masthead and page line)
ZONE_NAMED_REACH = 600  # characters under such a headline where its story names the zone in full


def _city_endings(words: str) -> list[str]:
    """The endings of ``words`` a city's name may be, longest first (`…洛阳` -> 洛阳)."""
    return [words[i:] for i in range(len(words) - 1)]


_ZONE_KIND = regex.compile(r"(?:高新区|开发区|经开区|综保区|综合保税区|新区|自贸片区|片区|园区)$")
ZONE_HEADLINE_MENTIONS = 4  # times a story headlined with a zone (after its period) writes the zone's kind


def _zone(structure: Structure) -> str | None:
    """The zone a document is about, unless it names a place's several zones of that kind (see
    ``_one_zone``)."""
    zone = _one_zone(structure)
    if zone is not None and (kind := _ZONE_KIND.search(zone)) is not None:
        place = zone[: kind.start()]
        counted = regex.compile(rf"{regex.escape(place)}(?:市|省)?{_ZONE_COUNT_WORDS}(?:{_KIND_FORMS.get(kind.group(), regex.escape(kind.group()))})")
        if place and counted.search(structure.layout.norm.text) and (p := lookup(place)) is not None:
            return p.canonical  # `1—11月重庆综保区进出口…` over `重庆6个综合保税区`: the city's zones together
    return zone


_KIND_FORMS = {"综保区": "综保区|综合保税区", "综合保税区": "综保区|综合保税区"}
_ZONE_DATA_TITLE = regex.compile(r"(?:\d{4}年)?(?:主要经济指标|主要指标|经济运行情况|运行情况|统计数据)")


def _one_zone(structure: Structure) -> str | None:
    """The zone a document is about: named on a line of its own at its head, or opening its
    headline (`合肥高新区服务外包产业运行简报` -> 合肥高新区); or the customs district of a
    customs house's release that speaks of its 关区 (`榆州海关` -> 榆州关区)."""
    norm = structure.layout.norm
    # (a web page's breadcrumb, `首页 > 新闻中心 > 园区动态`, does not count as the head line)
    # (and a site's menu bar above it, `西安市统计局　　首页　|　统计数据　|　…`)
    chrome = sum(1 for _ in itertools.takewhile(
        lambda p: _PAGE_CHROME.match(norm.text, p.nstart, p.nend) or NAV_BAR.search(norm.text, p.nstart, p.nend), structure.front[:2]))
    for k, p in enumerate(structure.front[:3], start=-chrome):
        a, b = norm.to_original(p.nstart, p.nend) if p.nend > p.nstart else (p.start, p.end)
        name = _ZONE_BODY.sub("", norm.original[a:b].strip())  # `…临港新片区管理委员会` speaks for its zone
        # an official report on a zone: `关于中国（天津）自由贸易试验区` / `2025年三季度建设进展情况的报告`
        name = name.removeprefix("关于")
        # (a WeChat repost's `以下文章来源于青岛西海岸新区商务局`: the account the zone's post came from)
        name = name.removeprefix("以下文章来源于").strip()
        if (based := _BASE_OF_ZONE.fullmatch(name)) is not None:
            name = based.group("z")  # `国家数字服务出口基地（厦门软件园）`: the park the base is
        head = name.split("\n", 1)[0].strip()  # (a masthead's name over its title, centred: one paragraph)
        if (twin := _ZONE_TWIN.search(head)) is not None and _ZONE.match(head[: twin.start()]):
            name = head[: twin.start()]  # `张家港保税区（金港街道）`: the zone, run with the subdistrict it shares
        if _ZONE.match(name):
            return _without_city(name)
        if head != name and _ZONE.match(head):
            return _without_city(head)  # `中柬（贡布）经济特区` over `2024年度发展报告`: the zone reporting
        m = _ZONE_PREFIX.match(name)
        # (or a zone's data title right under a page's breadcrumb: `凭祥市统计局` / `当前位置：…` /
        # `凭祥边境经济合作区主要经济指标（2025年5月）`)
        under_crumbs = k > 0 and _PAGE_CHROME.match(norm.text, structure.front[k + chrome - 1].nstart, structure.front[k + chrome - 1].nend) is not None
        # (not a headline's period and province: `前三季度我省综合保税区进出口…`)
        if m and (k <= 0 or name.startswith((":", "："), m.end()) or (under_crumbs and _ZONE_DATA_TITLE.match(name, m.end()))) and not (
            _LEADING_PERIOD.match(name).end() or _OWN_REGION_WORDS.search(m.group())
        ):
            return _without_city(m.group())  # also a story headlined with the zone (`贵阳综保区：加工贸易“链”上发力`)
        lead = _LEADING_PERIOD.match(name).end()
        lead += lead > 0 and name[lead : lead + 1] in (",", "，")  # (`1—7月，新郑综保区外贸“成绩单”来了！`)
        if k <= 0 and lead and (m := _ZONE_PREFIX.match(name[lead:])) is not None and not _OWN_REGION_WORDS.search(m.group()):
            kind = _ZONE_KIND.search(m.group())
            if kind is not None and norm.text.count(kind.group()) >= ZONE_HEADLINE_MENTIONS:
                # `2024年上半年澄州高新区招商引资交出亮眼“成绩单”`, its story saying `高新区` again and
                # again: the zone the story is about
                return _without_city(m.group())
    for p in structure.front[:FRONT_HEADLINE_LINES]:
        # `高新区上半年招商引资“成绩单”出炉` on a city paper's page, its lead naming `洛阳高新区`: the
        # zone by its kind alone, named in full by the story under it
        if (bare := _BARE_ZONE_HEADLINE.match(norm.text, p.nstart, p.nend)) is not None:
            kind = bare.group("k")
            for zm in _ZONE_NAMED_IN_FULL[kind].finditer(norm.text, p.nend, min(len(norm.text), p.nend + ZONE_NAMED_REACH)):
                if (c := next((c for c in _city_endings(zm.group("c")) if (cp := lookup(c)) is not None and cp.kind == "city"), None)) is not None:
                    return c + kind
            break
    for p in structure.front[:3]:
        # `2025年一季度中国（湖南）自由贸易试验区运行情况`: a headline opening, after its period, with
        # a province's pilot free trade zone under its official name
        line = norm.text[p.nstart : p.nend]
        if (ftz := _OFFICIAL_FTZ.match(line, _LEADING_PERIOD.match(line).end())) is not None:
            return ftz.group()  # (as the text writes it: the metric's subject is restored to its brackets)
    for k, p in enumerate(structure.front[:PORT_HEADLINE_REACH]):
        # `5月份霍尔果斯口岸通关数据`: a border port's own data release, which then says 口岸
        # (under a site's masthead, menu and path, or a paper's number and signer: a place's port)
        # (its first line: a title run together with the signature line under it is one paragraph)
        port = _headline_port(p.lines[0].clean if p.lines else norm.text[p.nstart : p.nend], norm.text, placed=k >= 3)
        if port:
            return port
    # (or the account a post's byline names: `原创 嘉兴经开投促 …` over the post)
    posted_by = _ACCOUNT_ZONE.fullmatch(structure.meta.publisher) if structure.meta.publisher else None
    for p in structure.front[:3]:
        # `潍坊高新发布` heading a brief that says `高新区`/`全区`: the zone the account speaks for
        # (a zone's news account goes by its city and short name, without 区)
        m = _ACCOUNT_ZONE.match(norm.text, p.nstart, p.nend) or posted_by
        if m and (place := lookup(m.group("p"))) is not None and place.kind == "city" and f"{m.group('z')}区" in norm.text:
            return f"{m.group('p')}{m.group('z')}区"
    if (named := _account_named_zone(structure.meta.publisher, norm.text)) is not None:
        return named
    for m in _ZONE_SHORT_NAME.finditer(norm.text, 0, min(len(norm.text), ZONE_DEFINITION_REACH)):
        # `2025年广州开发区（黄埔区）外贸…` over `广州开发区（黄埔区，以下简称“开发区”）…`: a
        # headline naming the zone whose short name the release defines
        # (not a name cut at a bracket: `中国（青岛）跨境电子商务综合试验区（以下简称“综试区”）` is a
        # city's programme)
        zone, named, official = _ZONE_COUNT.sub("", m.group("z")), None, None
        if OWN_REGION_LEAD.match(zone) or _ZONES_JOINED.search(zone):
            # (`我国境外经贸合作区（以下简称“合作区”）`: the nation's zones, no one zone; nor two kinds
            # joined, `…综合示范区和自由贸易试验区（简称“两区”）`)
            continue
        if m.start() > 0 and norm.text[m.start() - 1] == ")":
            # (but `中国（四川）自由贸易试验区川南临港片区（以下简称“片区”）`: an area of a pilot free
            # trade zone, which the text goes on calling 片区; and `中国（河南）自由贸易试验区（以下简称
            # “河南自贸试验区”）` headlined by that short name: the province's zone, by its official name)
            area = _FTZ_AREA.search(zone)
            official = _OFFICIAL_FTZ_END.search(norm.text, max(0, m.start() - 8), m.end("z")) if zone == "自由贸易试验区" else None
            if area is None and official is None:
                continue
            zone = named = area.group("a") if area is not None else official.group()  # (never both: an area ends in 片区)
        name = named or _zone_from_place(zone) or zone
        # (or headlined by its city and short name: `南昌经开区1—2月…` over `南昌经济技术开发区（以下简称“经开区”）`)
        city = next((pm.group() for pm in place_mentions(name) if pm.start() == 0), None)
        forms = (name, m.group("s")) if official is not None else (name, city + m.group("s")) if city else (name,)
        # (a province's zone under its short name may be headlined under a web page's masthead)
        heads = structure.front[:6]  # (under a site's masthead, menu and breadcrumb)
        if any(f in norm.text[p.nstart : p.nend] for f in forms for p in heads) or any(
            # (`前海前7月实际使用外资…` over `前海深港现代服务业合作区（以下简称“前海合作区”）`: a
            # headline opening with the district the zone is named after)
            pm.start() == p.nstart and name.startswith(pm.group()) and (zp := lookup(pm.group())) is not None and zp.kind == "district"
            for p in heads for pm in itertools.islice(place_mentions(norm.text, p.nstart, p.nend), 1)
        ):
            return name
    meta = structure.meta
    for p in structure.front[:ACCOUNT_CARD_LINES]:
        # `蠡湖数字服务外包产业园官方服务号，发布园区动态…`: the card of the zone's own account over its post
        if (card := _OFFICIAL_ACCOUNT_CARD.match(norm.text, p.nstart, p.nend)) is not None and _ZONE.match(card["z"]):
            return _without_city(card["z"])
    if meta.publisher and (account := _ZONE_ACCOUNT.fullmatch(meta.publisher)) and _ZONE.match(account["z"]):
        return _without_city(account["z"])  # `原创 襄阳高新区发布`: the zone's own news account
    # (or the one 来源 line closing a post, `来源：青岛西海岸新区商务局`, under its account `西海岸商务`)
    sourced = [a.source for sec in structure.sections for a in sec.articles if a.source]
    closing = sourced[0] if len(sourced) == 1 and meta.publisher and not meta.source else None
    for body in (meta.publisher, meta.source, meta.editor, closing):
        # `来源：武汉东湖新技术开发区管理委员会`: a zone's own administration published it
        name = _ZONE_BODY.sub("", body) if body and _ZONE_BODY.search(body) else None
        if name and "人民政府" in name:
            # `广州市黄埔区人民政府广州开发区管委会`: a district's government and the zone's committee
            # sharing its offices, named side by side: the zone
            name = name.rsplit("人民政府", 1)[1]
        if name and _ZONE.match(name):
            return _without_city(name)
    for body in (meta.publisher, meta.source):
        # `来源：丰台园管委会经济运行处`: a park's own administration (its name ends in 园 alone)
        if body and (park := _PARK_OFFICE.match(body)) is not None:
            return park.group("z")
    if meta.publisher and meta.publisher != meta.source and _ZONE.match(meta.publisher):
        return _without_city(meta.publisher)  # `原创 园区宣传中心 中埃苏伊士湾产业园`: the zone's own account
    text = norm.text
    if (airport := _one_airport(structure) or _operators_airport(structure)) is not None:
        # `港区物流周报` over `一、第23周机场货运运行情况`, its text naming `郑州机场` alone: the
        # airport the brief reports on
        return airport
    if text.count("园区") >= ZONE_HEADLINE_MENTIONS and structure.front and (lead := _lead_zone(structure)) is not None:
        # `记者今天从长沙高新区科技创新局获悉，去年，园区高新技术企业…` under `麓谷高新技术企业…`: a
        # story on the one zone its lead names, which it goes on calling 园区
        return lead
    # a release on the city's or province's trade that mentions its 关区 in passing (`全市…；上海关区
    # 跨境电商…`) is not the district's
    districts, own_words = text.count("关区"), len(_OWN_REGION_WORDS.findall(text)) if "关区" in text else 0
    if districts and districts >= own_words:
        for p in structure.front[:FRONT_HEADLINE_LINES]:
            # `关于上半年云南关区跨境电商…的通报`: the customs district its headline names (not a
            # numbered section's, `五、满洲里关区对俄蒙贸易平稳增长`, in a release on the region)
            if p.nend - p.nstart > 60 or _HEADING_NUMBER.match(text[p.nstart : p.nend].lstrip()):
                continue
            for m in _PLACE_DISTRICT.finditer(text, p.nstart, p.nend):
                if (place := _place_ending(m.group("x"))) is not None:
                    return place + "关区"
    if districts >= max(2, own_words) and not _headlines_province(structure):
        for m in _CUSTOMS_HOUSE.finditer(text, 0, min(len(text), 400)):
            # (`小编从青岛海关获悉`: the house's name ends the words before 海关)
            x = m.group("x")
            if (area := next((a for a in (x[k:] + "关区" for k in range(len(x) - 1)) if a in text), None)) is not None:
                return area
    if districts >= max(2, own_words) and (head := _HOUSE_PAPER.match(text, _first_line_start(text))) is not None:
        # `天津海关文件`, `黑河海关统计分析` heading a house's own paper that speaks of plain `关区`
        # more than of 全市: its district (the house is named after its province or city, which
        # its headline names too; a house's release on its city's trade, `大连海关…前10个月大连市…`,
        # stays the city's)
        return head.group("x") + "关区"
    return None


def _first_line_start(text: str) -> int:
    """Where the text's first non-blank line starts."""
    return len(text) - len(text.lstrip())


_PLACE_DISTRICT = regex.compile(r"(?P<x>[\p{Han}]{2,4}?)关区")


def _place_ending(words: str) -> str | None:
    """The longest place name ``words`` end with (`关于上半年云南` -> 云南), else None."""
    return next((words[k:] for k in range(len(words) - 1) if lookup(words[k:]) is not None), None)

_PARK_OFFICE = regex.compile(r"(?P<z>[\p{Han}]{2,10}?园)(?:管委会|管理委员会)")
_PARK_IN_LEAD = regex.compile(r"产业园|工业园|科技园|物流园|软件园")
_CITY_AIRPORT = regex.compile(r"(?:国际)?机场")
_HEADING_NUMBER = regex.compile(r"^[\d一二三四五六七八九十]{1,2}[.、]")
_BARE_AIRPORT_HEADING = regex.compile(r"(?<![\p{Han}])(?:第[\d一二三四五六七八九十]{1,3}周|[\d一二三四五六七八九十]{1,2}月(?:份)?|上半年|一季度|二季度|三季度|前三季度|全年)?机场")


def _one_airport(structure: Structure) -> str | None:
    """The one airport a brief whose headings speak of `机场` alone names after its city
    (`郑州机场`), or None."""
    norm = structure.layout.norm.text
    headings = [norm[p.nstart : p.nend] for p in structure.front[:FRONT_HEADLINE_LINES]]
    headings += [sec.name for sec in structure.sections]
    if not any(_BARE_AIRPORT_HEADING.search(_HEADING_NUMBER.sub("", h)) for h in headings if h and len(h) <= 40):
        return None
    found = named_after_city(norm, 0, len(norm), _CITY_AIRPORT)
    return found.pop() if len(found) == 1 else None


AIRPORT_NAME_REACH = 1500  # characters at the head of an airport operator's document where it names its airport
_AIRPORT_OPERATOR = regex.compile(r"机场|航空港|空港")
_AIRPORT_FULL_NAME = regex.compile(r"(?:[\p{Han}]{2})?国际机场|机场")


def _operators_airport(structure: Structure) -> str | None:
    """The airport an airport operator's own report or page is about (`河南机场集团有限公司` over
    `2024年郑州新郑国际机场完成货邮吞吐量…`): the one airport its head names after a city, by its
    fullest name, or None."""
    norm = structure.layout.norm.text
    heads = [structure.meta.publisher or "", *(norm[p.nstart : p.nend] for p in structure.front[:2])]
    if not any(_AIRPORT_OPERATOR.search(h) for h in heads):
        return None
    found = named_after_city(norm, 0, min(len(norm), AIRPORT_NAME_REACH), _AIRPORT_FULL_NAME)
    # (`新郑国际机场` inside `郑州新郑国际机场`: one airport, its district's name read as a city's)
    found = {n for n in found if not any(o != n and o.endswith(n) for o in found)}
    cities = {(p := lookup(c)) and p.canonical for n in found if (c := next((pm.group() for pm in place_mentions(n)), None))}
    return max(found, key=len) if len(cities) == 1 else None


LEAD_ZONE_REACH = 300  # characters of the lead paragraph a zone story names its zone within


def _lead_zone(structure: Structure) -> str | None:
    """The one zone the front's first sentence-ending paragraph names after its city, or None."""
    norm = structure.layout.norm.text
    lead = next((p for p in structure.front if "。" in norm[p.nstart : p.nend]), None)
    if lead is None or _PARK_IN_LEAD.search(norm, 0, lead.nend):
        return None  # (`走进位于菏泽高新区的菏泽跨境电商产业园`: a park's story, its 园区 the park)
    found = city_zones_named(norm, lead.nstart, min(lead.nend, lead.nstart + LEAD_ZONE_REACH))
    return found.pop() if len(found) == 1 else None


_ACCOUNT_SUFFIX = r"发布|在线|微报|之声|融媒|动态|资讯|投促|招商"  # a news account's name after whose it is (`襄阳高新区发布`)
_ZONE_ACCOUNT = regex.compile(rf"(?P<z>[\p{{Han}}]{{2,16}}?)(?:{_ACCOUNT_SUFFIX})")
_ACCOUNT_ZONE = regex.compile(rf"(?P<p>[\p{{Han}}]{{2,3}}?)(?P<z>高新|经开)(?:{_ACCOUNT_SUFFIX})?\s*$")


def _account_named_zone(publisher: str | None, text: str) -> str | None:
    """The new area or zone a post's account is named after, as its text names it in full
    (`西海岸发布` over `青岛西海岸新区实现…`, then `新区进出口…`): the zone the account speaks for."""
    m = _NAMED_ACCOUNT.fullmatch(publisher or "")
    if m is None:
        return None
    z = regex.compile(rf"(?P<c>[\p{{Han}}]{{0,4}}?){regex.escape(m.group('n'))}(?P<k>新区|开发区|高新区|经开区|片区)").search(text, 0, ZONE_DEFINITION_REACH)
    if z is None or text.count(z.group("k")) < ZONE_HEADLINE_MENTIONS:
        return None
    city = next((c for c in _city_endings(z.group("c")) if (cp := lookup(c)) is not None and cp.kind == "city"), "")
    return city + m.group("n") + z.group("k")


_NAMED_ACCOUNT = regex.compile(rf"(?P<n>[\p{{Han}}]{{2,4}}?)(?:{_ACCOUNT_SUFFIX})")
_ZONE_COUNT_WORDS = r"[\d一二三四五六七八九十两]{1,2}个"  # zones of one kind counted (`3个综合保税区`)
# a zone named in full, then the short name the text goes on with (`（黄埔区，以下简称“开发区”）`)
_ZONE_SHORT_NAME = regex.compile(
    # (a city's zones of one kind counted: `合肥市3个综合保税区（以下简称“综保区”）`)
    rf"(?P<z>[\p{{Han}}]{{2,16}}?(?:{_ZONE_COUNT_WORDS})?(?:开发区|高新区|经开区|新区|片区|园区|合作区|综保区|综合保税区|示范区|试验区))"
    r"\((?:[^()]{1,12}?,)?(?:以下)?简称“(?P<s>[\p{Han}]{2,8})”"
)
_ZONES_JOINED = regex.compile(r"[和及与、]")
_ZONE_COUNT = regex.compile(_ZONE_COUNT_WORDS)
_OFFICIAL_FTZ_END = regex.compile(r"中国\([\p{Han}]{2,3}\)自由贸易试验区$")
_FTZ_AREA = regex.compile(r"(?:自由贸易试验区|自贸试验区)(?P<a>[\p{Han}]{2,8}片区)$")  # the area after its zone's name
ZONE_DEFINITION_REACH = 1500  # characters into a release its zone's short name is defined within


def _headlines_province(structure: Structure) -> bool:
    """A front line names a province or region (`上半年内蒙古对俄蒙贸易稳中有进`): the release is
    on it, whatever its customs district's section says of `关区`."""
    norm = structure.layout.norm.text
    return any(
        (p := lookup(m.group())) is not None and p.kind == "province"
        for fp in structure.front[:3] if not _POST_BYLINE.search(norm, fp.nstart, fp.nend)
        for m in place_mentions(norm, fp.nstart, fp.nend)
    )


# a post's byline, whose province is where it was posted from (`原创 胶州湾跨境观察 2023-11-14 18:05 发表于山东`)
_POST_BYLINE = regex.compile(r"^\s*原创|\d{1,2}:\d{2}\s*(?:发表于)?\s*[\p{Han}]{2,4}\s*$", regex.MULTILINE)


def _without_city(zone: str) -> str:
    """`深圳市前海深港现代服务业合作区` -> `前海深港现代服务业合作区`: a zone named in full after the
    city it lies in goes by its own name (a short one keeps the city: `合肥市高新区`); a
    province's pilot free trade zone goes by its official name (`湖南省自由贸易试验区` ->
    `中国（湖南）自由贸易试验区`)."""
    ftz = _PROVINCE_FTZ.fullmatch(zone)
    if ftz is not None and (p := lookup(ftz["p"])) is not None and p.kind == "province":
        return f"中国（{ftz['p']}）自由贸易试验区{ftz['part'] or ''}"
    city = _CITY_PREFIX.match(zone)
    if city and (p := lookup(zone[city.end() :])) is not None and p.kind == "district":
        return p.canonical  # `上海市浦东新区`: a new area that is a district goes by its own name
    return zone[city.end() :] if city and len(zone) - city.end() >= 8 else zone


_OFFICIAL_FTZ = regex.compile(r"中国\((?P<p>[\p{Han}]{2,3})\)(?:自由贸易试验区|自贸试验区)(?P<part>[\p{Han}]{2,4}片区)?")
_PROVINCE_FTZ = regex.compile(r"(?P<p>[\p{Han}]{2,3}?)(?:省|市|自治区)?(?:自由贸易试验区|自贸试验区)(?P<part>[\p{Han}]{2,4}片区)?")


def _headline_port(line: str, text: str, placed: bool = False) -> str | None:
    """The port a headline opens with (after its period), when the text goes on to call it
    plain 口岸 (`口岸累计进出口…`, `占口岸出口总值的…`); ``placed``: only a port named after a
    place (not a section's `铁路口岸：…`)."""
    if len(line) > 40 or "口岸" not in line:
        return None
    at = _CUSTOMS_SPEAKING.match(line).end()  # (`日照海关：前三季度日照口岸…`, `防城海关关于一季度防城港口岸…`)
    at += 2 if line.startswith("关于", at) else 0  # (`关于前三季度口岸经济运行情况的报告`: a period, then the ports)
    at = _LEADING_PERIOD.match(line, at).end()
    at = _RELATIVE_YEAR_LEAD.match(line, at).end()  # (`去年经新疆口岸进出境…`)
    m = _PORT_HEADLINE.match(line, at)
    if not m:
        return None
    name = m.group("name")
    p = lookup(_PORT_KIND.sub("", name))
    district = text.count("关区") > 1  # (a release speaking of its customs district, `天津关区`, `黑河关区`)
    if placed and (p is None or district):
        return None
    if p is not None and p.kind == "province" and (p.canonical not in _MUNICIPALITIES or district):
        return None  # `新疆口岸`: a province's ports together, not one port (but `天津口岸`: the city's port)
    # (or goes on naming it, `天津口岸进口铁矿砂…`, again and again: a place's port)
    named = text.count(name) if p is not None and not district else 0
    return name if text.count("口岸") - text.count(name) >= 2 or named >= PORT_NAMED_AGAIN else None


PORT_HEADLINE_REACH = 8  # front paragraphs a port's headline may stand among
PORT_NAMED_AGAIN = 3  # mentions of the headline's port by name that make the release the port's
_CUSTOMS_SPEAKING = regex.compile(r"(?:[\p{Han}]{2,8}?海关(?:关于|[:：]\s*))?")
_RELATIVE_YEAR_LEAD = regex.compile(r"(?:去年|今年|上年|本年)?")
_PORT_KIND = regex.compile(r"(?:铁路|公路)?口岸$")
# (not a description: `中蒙最大陆路口岸二连浩特——`; nor the office of a city's ports, `义乌市口岸和物流局`,
# nor a post's account, `原创 成都口岸物流`)
# (nor an official paper's number, `粤商口岸函〔2024〕15号`, nor a city's port economy, `东兴市口岸经济运行简析`)
_PORT_HEADLINE = regex.compile(r"(?:关于|经)?(?P<name>(?![我全本该]|原创)(?:(?!最|大|陆路|重要|主要)[\p{Han}]){2,6}?(?:铁路|公路)?口岸)(?![和与及]|办|管理|局|委|服务|物流|经济|函|发|字|[〔\[(]\s*20\d\d)")
_OWN_REGION_WORDS = regex.compile(r"全市|我市|本市|全省|我省|本省|全区|我区")  # (全区: an autonomous region's)
# (a zone's own bureau speaks for it too: `合肥经济技术开发区商务局编`, `…经开区商务局综合科`)
ACCOUNT_CARD_LINES = 8  # front paragraphs down to a reposted post's account card
_OFFICIAL_ACCOUNT_CARD = regex.compile(r"\s*(?P<z>[\p{Han}]{4,24}?)官方(?:服务号|公众号|订阅号|账号|微信号?)")
_ZONE_BODY = regex.compile(
    rf"(?<=(?:片区|直管区|开发区|高新区|经开区|新区|园区|产业园|试验区|自贸区|保税区|合作区|{CITY_ZONES}|{INLAND_PORTS}))[ \u3000]*(?:党工委)?"
    # (a bureau under two names: `数据资源局（数字经济发展局）`)
    # (`…产业园综合服务中心`, `西海岸新区投资促进中心`; `…管理委员会综合办公室编`)
    # (the bureau's own name holds no 区: `四川天府新区成都直管区经济运行局` is the area's bureau)
    r"(?:管理委员会|管委会|管理局|管理办公室|工作办公室|[\p{Han}]{0,4}?(?:服务|促进)中心|(?:(?!区)[\p{Han}]){2,10}?局)(?:[(（][\p{Han}]{2,12}?局[)）])?(?:[\p{Han}]{2,6}?局)?(?:[\p{Han}]{0,2}?办公室|[\p{Han}]{1,4}?[科处])?(?:编印|编|主办)?$"
)


def _visiting_fair(structure: Structure) -> bool:
    """`我市在第二十五届投洽会上签约…`: a visitor's story names the fair right after 在 / 参加 (its
    deals are the visitor's, not the fair's)."""
    norm = structure.layout.norm.text
    return any(
        # (or, a headline, names the home city's or province's part after it: `2025数博会圆满落幕
        # 我省签约金额…`; not a lead paragraph's `…我局牵头组织全市做好参展参会…`)
        _TAKING_PART.search(norm, max(p.nstart, m.start() - 12), m.start())
        or (HOME_PART.search(norm, m.end(), p.nend) and "。" not in norm[p.nstart : p.nend])
        for p in structure.front[:6]  # (the headline may stand under a web page's masthead and path)
        if (m := _EVENT.search(norm, p.nstart, p.nend))
    ) or any(
        # a place right after the fair in a headline (`投洽会漳州签约项目78个`, `第九届丝博会西安市
        # 投资促进工作情况通报`): that place's part in it
        place_at(norm, m.end(), p.nend)
        for p in structure.front[:6]
        if p.nend - p.nstart <= 60 and "。" not in norm[p.nstart : p.nend]
        for m in FAIR_NAME.finditer(norm, p.nstart, p.nend)
    )


# a headline opening with a fair's trading delegation (`宁波交易团第七届进博会成果丰硕`, `进博速递｜
# 厦门交易分团“成绩单”出炉`), the province's then the city's (`四川交易团成都交易分团参加…`)
_DELEGATION_HEADLINE = regex.compile(
    # (`2023年服贸会重庆交易团成绩单…`; `海南省商务厅关于海南交易团参加服贸会有关情况的报告`)
    r"(?:[\p{Han}]{2,6}[|｜:：]\s*)?(?:[\p{Han}]{0,14}?关于)?(?:\d{4}年)?(?:(?:第[0-9一二三四五六七八九十百]+届)?[\p{Han}]{0,16}?" + FAIR_KINDS + r")?(?P<d>[\p{Han}]{2,4}?(?:交易分团|交易团|采购团))(?P<s>[\p{Han}]{2,4}?交易分团)?(?!办公室)"
)


def _delegation_headline(structure: Structure):
    """The headline opening with a fair's trading delegation, as a match, else None."""
    norm = structure.layout.norm.text
    for p in structure.front[:EVENT_PAGE_REACH]:
        if p.nend - p.nstart <= 60 and (m := _DELEGATION_HEADLINE.match(norm, p.nstart, p.nend)) is not None:
            return m
    return None


def _delegation(structure: Structure) -> str | None:
    """The trading delegation a fair's report is about, named at the start of its headline."""
    m = _delegation_headline(structure)
    return (m.group("s") or m.group("d")) if m is not None else None


def _delegation_fair(structure: Structure) -> str | None:
    """The fair a delegation's headline names (`湖北交易团参加第五届中国国际进口博览会成交情况统计`)."""
    m = _delegation_headline(structure)
    if m is None:
        return None
    norm = structure.layout.norm.text
    line_end = norm.find("\n", m.start())
    end = line_end if line_end >= 0 else len(norm)
    # (or by its short name alone: `…关于海南交易团参加服贸会`)
    fair = _EVENT.search(norm, m.start(), end) or FAIR_NAME.search(norm, m.start(), end)
    return fair.group() if fair is not None else None


EVENT_HEADLINE_REACH = 3  # the front's paragraphs a fair's headline naming its subject may be among
# under a paper's masthead, date and page lines (`第137届广交会落幕`): the fair's months, though
# the story may well be a visitor's (the city's delegation)
EVENT_PAGE_REACH = 8


def _event(structure: Structure, ref: dt.date | None) -> tuple[str | None, PeriodMatch | None, str | None]:
    """The fair a results report is about, named in its headline (`第138届广交会闭幕 …`), the
    months it was held in (`于10月15日至11月4日分三期举办`, in the reference date's year), and the
    fair a story names though it is not the fair's report (a paper's page, a visitor's story)."""
    if not structure.front:
        return None, None, None
    name, lead_day, subject = _event_named(structure, EVENT_HEADLINE_REACH), None, True
    if name is None:
        name, lead_day = _event_in_lead(structure, EVENT_HEADLINE_REACH + 3)
    if name is None and (name := _event_named(structure, EVENT_PAGE_REACH) or _event_in_lead(structure, EVENT_PAGE_REACH + 3)[0]):
        subject = _fairs_own_bulletin(structure)
    if name is None and (name := _delegation_fair(structure)) is not None:
        subject = False
    if name is not None:
        name = _named_in_full(structure, name)
    months = _event_months(structure, ref, name, lead_day) if name is not None else None
    return (name if subject else None), months, name


FAIR_FULL_NAME_REACH = 8  # front paragraphs where a story gives the full name of the fair its headline shortens


def _named_in_full(structure: Structure, name: str) -> str:
    """`第21届东博会在南宁闭幕` over `第21届中国—东盟博览会（以下简称东博会）在…闭幕`: the fair by the
    full name its story gives the short one its headline uses (the same edition); else ``name``."""
    if (nth := _FAIR_EDITION.match(name)) is None or len(short := name[nth.end() :]) < 2:
        return name
    norm = structure.layout.norm.text
    defined = regex.compile(r"[^。\n]{0,60}?\((?:以下简称|简称|下称)\s*[“\"']?" + regex.escape(short) + r"[”\"']?\)")
    for p in structure.front[1:FAIR_FULL_NAME_REACH]:
        for m in _EVENT.finditer(norm, p.nstart, p.nend):
            if m.group() != name and m.group().startswith(nth.group()) and defined.match(norm, m.end(), p.nend):
                return m.group()
    return name


def _fairs_own_bulletin(structure: Structure) -> bool:
    """The fair's organisers publish the document: its masthead is the fair's name (`全球数字贸易
    博览会` over `工 作 简 报`) or its body the fair's committee (`…组委会办公室`)."""
    norm = structure.layout.norm.text
    first = structure.front[0]
    masthead = regex.sub(r"\s+", "", norm[first.nstart : first.nend])
    bodies = (structure.meta.publisher, structure.meta.editor, structure.meta.source)
    return FAIR_NAME.fullmatch(masthead) is not None or any(b and "组委会" in b for b in bodies)


def _event_named(structure: Structure, reach: int) -> str | None:
    """The fair a headline among the front's first ``reach`` paragraphs opens with (not `我市在第
    二十五届投洽会上签约…`)."""
    norm = structure.layout.norm.text
    return next((m.group() for p in structure.front[:reach] if (m := _EVENT.match(norm, p.nstart, p.nend))), None)


def _event_in_lead(structure: Structure, reach: int) -> tuple[str | None, tuple | None]:
    """`11月10日，为期6天的第八届中国国际进口博览会（下称“进博会”）…落下帷幕`: the fair the story's
    lead reports the close (or opening) of (under a headline like `我市在第二十五届投洽会上签约…`, a
    visitor's story: the months of the fair, though not its subject), and the day the lead gives."""
    norm = structure.layout.norm.text
    for p in structure.front[1:reach]:
        m = _EVENT.search(norm, p.nstart, min(p.nend, p.nstart + 120))
        if (
            m and _EVENT_HELD.search(norm, m.end(), min(p.nend, m.end() + 60))
            and not _TAKING_PART.search(norm, p.nstart, m.start())
            and _headline_names_fair(norm, structure, m)
        ):
            days = [d for d in find_periods(norm[p.nstart : m.start()]) if d.granularity == "day" and d.start_month]
            return m.group(), ((days[-1], p.nstart, p.nend) if days else None)
    return None, None


def _event_months(structure: Structure, ref: dt.date | None, name: str, lead_day) -> PeriodMatch | None:
    """The months the fair was held in, in the reference date's year."""
    norm = structure.layout.norm.text
    if ref is None:
        return None
    at = structure.front[0].nstart
    window = norm[at : at + 1500]
    days = [pm for pm in find_periods(window) if pm.granularity == "day" and pm.start_month and pm.end_month]
    for pm in days:
        if pm.start_month != pm.end_month and not _EVENT_AHEAD.search(window, max(0, pm.start - 12), pm.start):
            return _held_months(pm, at, int(pm.start_month[-2:]), int(pm.end_month[-2:]), ref)
    if lead_day is not None:
        day, p0, p1 = lead_day
        month = int(day.start_month[-2:])
        m1, m2 = _lasting_months(norm, p0, p1, day, month, ref, name)
        return _held_months(day, p0, m1, m2, ref)
    for pm in days:
        # `本届广交会于4月15日开幕` in a report of its close: from that month to the report's
        if _EVENT_OPENED.match(window, pm.end) and int(pm.start_month[-2:]) <= ref.month:
            return _held_months(pm, at, int(pm.start_month[-2:]), ref.month, ref)
    for pm in days:
        # `4月18日，为期6天的第五届消博会…闭幕`: the month of the day the lead reports it held (in
        # the same paragraph: not a masthead's date above the headline `第139届广交会闭幕`)
        held = _EVENT_HELD.search(window, pm.end, pm.end + 60)
        if held and "\n" not in window[pm.end : held.start()] and int(pm.start_month[-2:]) <= ref.month:
            m1, m2 = _lasting_months(norm, at + pm.start, at + pm.end + 200, pm, int(pm.start_month[-2:]), ref, name)
            return _held_months(pm, at, m1, m2, ref)
    # `统计截止：11月10日18时`, or a post dated `2024年11月11日 18:20` over `第七届进博会圆满落幕`
    # with no other month written (not `9月下旬，…博览会落幕` in a feature dated a month on): the
    # report is dated in the days of the fair it names, and so in its month
    closed = _CLOSED.search(window)
    others = [pm for pm in find_periods(window[: closed.end() if closed else len(window)]) if pm.granularity != "day" and pm.start_month]
    for pm in days:
        cutoff = _CUTOFF_LABEL.search(window, max(0, pm.start - 8), pm.start) is not None
        if (cutoff or not others) and int(pm.start_month[-2:]) <= ref.month:
            return _held_months(pm, at, int(pm.start_month[-2:]), int(pm.start_month[-2:]), ref)
    return None


_CUTOFF_LABEL = regex.compile(r"(?:统计截止|截止|截至)(?:时间|日期)?[:：]?\s*$")


_FAIR_SHORT = regex.compile(r"\((?:以下简称|简称|下称)?[“\"']?(?P<s>[\p{Han}]{2,6})[”\"']?\)")


def _headline_names_fair(norm: str, structure: Structure, m) -> bool:
    """The story's headline names the fair its lead reports closing (`第138届广交会闭幕…`, or its
    kind `…博览会…`, or the short name the lead gives it): a story about something else that
    opens with a fair (`西博城一季度办展21场` after `…糖酒商品交易会…落下帷幕`) is not the fair's."""
    # the headline among the short lines over the lead (a breadcrumb or site name may stand first)
    headline = " ".join(norm[p.nstart : p.nend] for k, p in enumerate(structure.front[:4]) if k == 0 or p.nend - p.nstart <= 60)
    name = m.group()
    short = _FAIR_SHORT.match(norm, m.end())
    words = [name, name[-3:]] + ([short.group("s")] if short else [])
    if any(short in headline and full in name for short, full in vocab().data.fair_abbreviations.items()):
        return True  # `服贸会闭幕…` over `…2022年中国国际服务贸易交易会5日在北京闭幕`
    if (nth := _FAIR_EDITION.match(name)) is not None:
        words.append(nth.group())  # `第八届进博会…` over `第八届中国国际进口博览会（CIIE）…落下帷幕`
    return any(w in headline for w in words)


_FAIR_EDITION = regex.compile(r"第[0-9一二三四五六七八九十百]+届")


_LASTING = regex.compile(r"(?:历时|为期)(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})天")
_CLOSED = regex.compile(r"闭幕|落下帷幕|落幕|收官")
_FAIR_PHASE = regex.compile(r"第[一二三123]期")
_MONTH_DAY = regex.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日|\d{4}[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")


def _lasting_months(norm: str, p0: int, p1: int, day, month: int, ref: dt.date, fair: str = "") -> tuple[int, int]:
    """`11月4日，…广交会落下帷幕。历时21天…`: the months from the day the lead reports to the one
    its length reaches (back from a close, on from an opening), the length stated or the one a
    fair on a fixed schedule always runs; the day's month alone otherwise."""
    m = _LASTING.search(norm, p0, p1)
    d = _MONTH_DAY.search(day.text)
    usual = next((n for name, n in vocab().data.fair_days.items() if name in fair), None)
    if usual is not None and (not _CLOSED.search(norm, p0, p1) or _FAIR_PHASE.search(norm, p0, p1)):
        usual = None  # the whole fair's close only, not an opening or a phase's (`第一期…闭幕`)
    if (m is None and usual is None) or d is None:
        return month, month
    length = int(parse_number(m.group("n"))) if m is not None else usual
    try:
        stated = dt.date(ref.year, int(d.group("m")), int(d.group("d")))
    except ValueError:
        return month, month
    if not 1 < length <= 60:
        return month, month
    span = dt.timedelta(days=length - 1)
    if _CLOSED.search(norm, p0, p1):
        opened = stated - span
        return (opened.month if opened.year == stated.year else month), month
    closed = stated + span
    return month, (closed.month if closed.year == stated.year else month)


# a fair still to come (`第138届广交会将于2025年10月15日至11月4日举办`): not the one reported
_EVENT_AHEAD = regex.compile(r"将于|拟于|计划于|下届|下一届")
_EVENT_OPENED = regex.compile(r"(?:正式)?(?:开幕|开展|启幕)")


def _held_months(pm: PeriodMatch, at: int, m1: int, m2: int, ref: dt.date) -> PeriodMatch:
    """The months a fair was held in (``m1``–``m2``), in the reference date's year unless they are
    still to come in it; ``pm`` is the day expression found at offset ``at``."""
    year = ref.year if m2 <= ref.month else ref.year - 1
    first, last = dt.date(year, m1, 1), _month_end(dt.date(year, m2, 1))
    return pm._replace(granularity="month", first=first, last=last, start_month=first.isoformat()[:7],
                       end_month=last.isoformat()[:7], year_resolved=True, start=pm.start + at, end=pm.end + at)


_TAKING_PART = regex.compile(r"在|参加|出席|赴|组团|代表团|参展")


_CUSTOMS_HOUSE = regex.compile(r"(?P<x>[\p{Han}]{2,3}?)海关(?!总署)")
_HOUSE_PAPER = regex.compile(r"(?P<x>[\p{Han}]{2,4}?)海关(?:文件|统计分析|统计月报|统计快报|简报)[ \t\u3000]*$", regex.M)


def _fair_or_title_period(ctx: _DocContext) -> PeriodMatch | None:
    """The headline's period, unless it is only the year in the fair's name (`2025年服贸会闭幕`):
    then the months the fair was held in."""
    dp, ev = ctx.doc_period, ctx.event_period
    if dp is not None and ev is not None and ctx.event and (dp.granularity == "year" and dp.text in ctx.event or dp.text.endswith("以来")):
        return ev  # (nor a speaker's `今年以来外部环境…` in the lead: the fair's months)
    return dp or ev


def _title_words(title: str | None) -> str:
    """An article title as an indicator of last resort; a site's breadcrumb (`首页>数据>…`) names none."""
    return "" if not title or ">" in title else title


def _headline_para(structure: Structure):
    """The front paragraph holding the headline: the first, unless that line only names the
    issuing body (`国家统计局` above `2025年一季度国民经济运行情况`)."""
    front = structure.front
    first = front[0]
    norm = structure.layout.norm.text
    if len(front) > 1 and _FILING_HEADER.match(norm, first.nstart, first.nend):
        return front[1]  # `证券代码：605176  证券简称：恒拓机电  公告编号：2025-018` over the filer's name
    if len(front) > 1 and _ISSUE_AT_END.search(norm, first.nstart, first.nend):
        return front[1]  # `…研究院  研究报告 2025 年第 19 号` over the report's title
    if len(front) > 1 and structure.meta.publisher:
        if norm[first.nstart : first.nend].strip() == structure.meta.publisher:
            # the page's date line under its publisher (`发布日期：2025-07-19　来源：综合处`) is
            # no headline either
            rest = [p for p in front[1:4] if not (_LISTING_META.match(norm, p.nstart, p.nend) or _PORTAL_FIELDS.match(norm, p.nstart, p.nend))]
            return rest[0] if rest else front[1]
    if len(front) > 1 and _PORTAL_NAME.fullmatch(norm[first.nstart : first.nend].strip()):
        # `福建省人民政府门户网站` over its breadcrumb and the story's headline: the portal's name
        rest = [p for p in front[1:4] if not (_PAGE_CHROME.match(norm, p.nstart, p.nend) or _LISTING_META.match(norm, p.nstart, p.nend))]
        if rest and rest[0].nend - rest[0].nstart <= TITLE_MAX:
            return rest[0]
    if len(front) > 2 and first.nend - first.nstart <= ACCOUNT_NAME_MAX and _ACCOUNT_BYLINE.search(norm, front[1].nstart, front[1].nend):
        # a WeChat post's account (`青岛商务`) over its byline (`青岛市商务局　2022-07-15 18:32　发表于山东`)
        # and a follow prompt: the post's headline is the first line after them
        rest = [p for p in front[2:6] if not _FOLLOW_PROMPT.search(norm, p.nstart, p.nend) and not _ACCOUNT_BYLINE.search(norm, p.nstart, p.nend)]
        if rest and rest[0].nend - rest[0].nstart <= TITLE_MAX:
            return rest[0]
    if len(front) > 1 and _site_name(norm[first.nstart : first.nend].strip()):
        nxt = front[1]
        if nxt.nend - nxt.nstart <= TITLE_MAX and not _LISTING_META.match(norm, nxt.nstart, nxt.nend):
            return nxt  # `证券时报网` over `迈拓电子：上半年净利润…`: the site's name, then the headline
    return first


ACCOUNT_NAME_MAX = 12  # characters of a WeChat account's name heading its post
_ACCOUNT_BYLINE = regex.compile(r"发表于|\d{4}-\d{2}-\d{2}\s*\d{1,2}:\d{2}|\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}")
_FOLLOW_PROMPT = regex.compile(r"点击(?:上方)?蓝字|关注我们|^\s*图片\s*$")
_FILING_HEADER = regex.compile(r"\s*(?:证券代码|股票代码|证券简称|股票简称)\s*:")  # a listed firm's filing
_SITE_NAME = regex.compile(r"[\p{Han}A-Za-z0-9·]{2,8}网")
_PORTAL_NAME = regex.compile(r"[\p{Han}]{2,20}?(?:门户网站|门户网|政府网站|政务网)")


def _site_name(line: str) -> bool:
    """A line naming only a news site or outlet (`证券时报网`, `新华网`, `澎湃新闻`)."""
    return line in media_outlets() or _SITE_NAME.fullmatch(line) is not None


# a page's breadcrumb and buttons, or the name of the file the text was pasted from and the rule
# under it (`hkhg_xwfb_20230317_答记者问（定稿）.docx` / `━━━━`): no headline
_PAGE_CHROME = regex.compile(
    r"[^\n]*>[^\n]*>[^\n]*$|[【\[]?字体|[^\n]*(?:打印本页|关闭窗口)\s*$|[^\n]{1,80}\.(?:docx?|wps|pdf|xlsx?)\s*$|[━─═=_—-]{5,}\s*$"
)


def _front_context(structure: Structure, ref, year) -> tuple[str | None, PeriodMatch | None]:
    """The headline before the first section, and the period it or the lead paragraph sets
    (`湖南省2023年国民经济和社会发展统计公报` / `2023年，面对…`) for sections that state none."""
    if not structure.front:
        return None, None
    norm = structure.layout.norm.text
    first = structure.front[0]
    title = norm[first.nstart : first.nend] if first.nend - first.nstart <= 60 else None
    ref = ref or (dt.date(year, 12, 31) if year else None)
    if (stated := _data_period_note(norm)) is not None:
        # a report's note on its data period (`本报告数据期为2024年1月1日至12月31日`): its 报告期内
        stated_year = next(iter(find_periods(norm[stated.start("y") : stated.end()])), None)
        if stated_year is not None:
            return title, _shift(stated_year, stated.start("y"))
    # an internal daily report (`港口生产日报` over `（2025年3月14日  星期五）`): its undated figures are the day's
    daily = any(INTERNAL_DAILY.search(norm, p.nstart, p.nend) for p in structure.front[:4])
    for p in _front_lines(structure, 6):
        if not structure.sections and (p.nend - p.nstart > TITLE_MAX or _SENTENCE_END.search(norm, p.nstart, p.nend)):
            # a release without sections: its data title (`2026年2月旅游统计`, `2025年各省份外贸成绩单：
            # 粤苏浙沪京稳居前五，新疆增速领跑`), not its lead
            continue
        if p.figures:
            continue  # a graphic's block (`贸易顺差` / `1.46万亿元` / `较上年扩大16.3%`): no title
        found = [
            per for per in find_periods(norm[p.nstart : p.nend], reference_date=ref, default_year=year)
            if (per.granularity not in _NO_SPAN_OF_MONTHS or (daily and per.granularity == "day")) and per.first is not None
            and not edition_year(norm, p.nstart + per.start, per.text)
            # (nor a serial's issue, `港航市场周报（2025年第46期）`: the year it numbers its issues in)
            and not (per.granularity == "year" and _ISSUE_AFTER.match(norm, p.nstart + per.end))
            # (not a span since last year, `去年以来，各地认真贯彻…`: a narrative's, over two years)
            and not ("以来" in per.text and per.last is not None and per.first.year != per.last.year)
            # (nor the year a practice began: `本会自2021年起建立…监测制度`)
            and not (_SINCE_START.match(norm, p.nstart + per.end) and norm[p.nstart + per.start - 1 : p.nstart + per.start] in ("自", "从"))
        ]
        if found:
            # (`今年以来，全市…。现将1—7月全市…情况通报如下`: the months the lead names, over its 今年以来)
            named = next((per for per in found if "以来" not in per.text), found[0])
            return title, _shift(named, p.nstart)
    return title, None


_SINCE_START = regex.compile(r"起|开始")
_ISSUE_AFTER = regex.compile(r"\s*第\s*\d{1,4}\s*[期号周]")


# a report's edition after its name (`…发展报告（2025年）`, `…发展报告 2025`, on its line or the next):
# the year it appeared, not the year its figures cover
_EDITION_OF = regex.compile(r"(?:报告|白皮书|蓝皮书|年鉴)》?\s*\(?$")  # (or the bare year after it: `…发展报告 2025`)


def edition_year(norm: str, at: int, text: str = "") -> bool:
    """The period ``text`` written at ``at`` is a report's edition (`（2025年）` under its title),
    not the year it reports (`（2025年度）`)."""
    return "度" not in text and _EDITION_OF.search(norm, max(0, at - 12), at + 1 if norm.startswith("(", at) else at) is not None


def _title_single_month(structure: Structure) -> bool:
    """The document's title states one month (`2026年2月旅游统计`): its first front line that
    states a period at all, past a masthead (`新闻稿`, `…统计暨普查局`)."""
    norm = structure.layout.norm.text
    for p in _front_lines(structure, TITLE_LINES):
        for per in find_periods(norm[p.nstart : p.nend]):
            if per.granularity == "day":
                continue
            if per.granularity == "month" and per.first is not None and per.last is not None:
                return (per.first.year, per.first.month) == (per.last.year, per.last.month)
            return False
    return False


TITLE_MAX = 40  # characters of a data title line
TITLE_LINES = 6  # front lines read for the title's period (a masthead may take several)


_TOC_HEAD = regex.compile(r"目\s*录|本期导读|本期要目|本期目录|导读|要目")
# a running head (`宁波统计月报 2025年第9期`) or an issue line in brackets (`（2026年第4期）`)
_ISSUE_AT_END = regex.compile(r"\d{4}\s?年\s?第\s?\d{1,4}\s?[期号](?:\(总第\d{1,5}期\))?\)?$")


_TOC_ENTRY = regex.compile(rf"{TOC_LEADER}(?!\d)")  # a contents entry anywhere in a paragraph, not only at its end


def _front_lines(structure: Structure, limit: int) -> list:
    """The first ``limit`` paragraphs of the front that may state the figures' period: not the
    issue line or the printed date (`2025 年第 3 期`, `二〇二五年十月`), nor a table of contents."""
    norm = structure.layout.norm.text
    out = []
    in_toc = False
    for p in structure.front:
        if _TOC_HEAD.fullmatch(norm, p.nstart, p.nend):
            in_toc = True  # `本期导读` / `目录`: its entries name what follows, not the figures
            continue
        if in_toc and (norm.startswith("【", p.nstart) or BULLET_RE.match(norm, p.nstart) or TOC_LEADER_RE.search(norm, p.nstart, p.nend)):
            continue
        in_toc = False
        if _COVER_LINE.match(norm, p.nstart, p.nend) or _ISSUE_AT_END.search(norm, p.nstart, p.nend) or _TOC_ENTRY.search(norm, p.nstart, p.nend):
            continue  # (contents entries run together: `3月份…主要指标………4协会动态………5`)
        if _CHART_CAPTION.match(norm, p.nstart, p.nend):
            continue  # `图1　2018—2022年国内生产总值及其增长速度`: a chart's years, not the text's
        out.append(p)
        if len(out) == limit:
            break
    return out


def _title_period_end(structure: Structure) -> dt.date | None:
    norm = structure.layout.norm.text
    spans = [(p.nstart, p.nend) for p in _front_lines(structure, 4) if p.nend - p.nstart <= 60]
    spans += [a.title_nspan for s in structure.sections[:1] for a in s.articles[:1] if a.title_nspan]
    for a, b in spans:
        for p in find_periods(norm[a:b]):
            if p.year_resolved and p.last is not None and p.granularity not in ("day", "point"):
                return p.last
    return None


def _dateline(structure: Structure) -> dt.date | None:
    """A press release opening with its date (`2024年11月21日，商务部召开…`): its publication date."""
    if structure.sections:
        return None
    norm = structure.layout.norm.text
    for p in structure.front[:3]:
        if (wm := _WIRE_DATE.match(norm, p.nstart, p.nend)) is not None:
            return _valid_date(int(wm.group("y")), int(wm.group("m")), int(wm.group("d")))  # `新华社长沙2025年9月23日电`
        # at the start, or after the outlet's dateline (`蒲阳日报讯（记者…）2025年11月5日，…`)
        lead = _DATELINE_OUTLET.match(norm, p.nstart, p.nend)
        at = p.nstart
        if lead:
            close = norm.find(")", lead.end(), min(p.nend, lead.end() + 40))
            at = close + 1 if close >= 0 and norm.startswith("(", lead.end()) else lead.end()
        for per in find_periods(norm[at : min(p.nend, at + 16)]):
            if per.granularity == "day" and per.start == 0 and per.first is not None and per.year_resolved:
                return per.first
    for p in structure.front[:6]:
        if (rm := _RELEASE_WIRE_DATE.match(norm, p.nstart, p.nend)) is not None:
            # a press-release wire's dateline (`深圳2025年3月26日 /美通社/ -- …`) under the page's chrome
            return _valid_date(int(rm.group("y")), int(rm.group("m")), int(rm.group("d")))
    for p in structure.front[:6]:
        # a post's byline under its headline (`原创 中国贸促会 2024年12月10日 17:42 北京`): a short
        # line of names and its date, no sentence (below a page's channel path and the reporter's
        # line: `首页 > 财经` … `澎湃新闻记者 陈思远` / `2025-09-16 07:32 福建`)
        if p.nend - p.nstart <= 60 and len(p.lines) == 1 and not _SENTENCE_MARK.search(norm, p.nstart, p.nend):
            for per in find_periods(norm[p.nstart : p.nend]):
                if per.granularity == "day" and per.first is not None and per.year_resolved:
                    return per.first
    return None


_SENTENCE_MARK = regex.compile(r"[。,;!?]")
_SENTENCE_END = regex.compile(r"[。;!?]")  # (a headline may hold a comma; a lead's sentence ends)
# a wire story's dateline with its full date: `新华社长沙2025年9月23日电`
_WIRE_DATE = regex.compile(r"[\p{Han}]{2,10}?(?:社|报|网|台)[\p{Han}]{0,6}?(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日电")


# a wire story's dateline without its year: `新华社北京6月7日电`, `新华财经广州8月14日电`, `中新网杭州3月18日电`
_WIRE_DAY = regex.compile(r"[\p{Han}]{2,10}?(?:社|报|网|台|财经)[\p{Han}]{0,6}?(?P<m>\d{1,2})月(?P<d>\d{1,2})日电")
WIRE_YEAR_REACH = 3000  # characters of a wire story searched for the year its figures are of


def _wire_day_in_stated_year(structure: Structure) -> dt.date | None:
    """A wire story dated by month and day only (`新华财经广州8月14日电…今年前7个月…`), whose text
    states the year of a period it reports (`2025年1—7月`): that day, in the year the period ends
    in when the period is over by then, else the next (`1月17日电` on `2024年全年`: January 2025)."""
    norm = structure.layout.norm.text
    wire = next((m for p in structure.front[:4] if (m := _WIRE_DAY.match(norm, p.nstart, p.nend)) is not None), None)
    if wire is None:
        return None
    month, day = int(wire.group("m")), int(wire.group("d"))
    for p in find_periods(norm[wire.end() : wire.end() + WIRE_YEAR_REACH]):
        if (
            p.year_resolved and p.last is not None and p.granularity not in _UNDATED_OR_DAY and _YEAR_RE.search(p.text)
            and not _compared_year(norm, wire.end() + p.start, wire.end() + p.end, wire.end())
        ):
            year = p.last.year
            d = _valid_date(year, month, day)
            if d is not None and d < p.last:
                d = _valid_date(year + 1, month, day)
            return d
    return None


_RELEASE_WIRE_DATE = regex.compile(
    r"[\p{Han}]{0,8}?(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*/[^/\n]{2,24}/\s*(?:--|—|-)"
)


# a headline closing with the day it reports (`商务部召开例行新闻发布会（2025年1月16日）`), or that
# day alone in brackets under it
_HEADLINE_DATE = regex.compile(r"\((?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\)$")


def _headline_date(structure: Structure) -> dt.date | None:
    norm = structure.layout.norm.text
    for p in structure.front[:6]:
        if p.nend - p.nstart <= 60 and (m := _HEADLINE_DATE.search(norm, p.nstart, p.nend)) is not None:
            return _valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return None


def _valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _compared_year(norm: str, start: int, end: int, lo: int) -> bool:
    """A year a figure is compared with, not the one it is of (`恢复至2019年同期的78.6%`)."""
    return _BASE_YEAR.search(norm, max(lo, start - 3), start) is not None or norm.startswith("同期", end)


def _reviewed_year(structure: Structure, norm: str) -> int | None:
    """The year a yearly report reviews (`湖北省商务发展报告 2025` opening its chapters `2024年，
    面对…`): an edition's year is the year it came out, its 全年 the year its text reviews; None
    for any other document."""
    if not any(p.nend - p.nstart <= 60 and _ANNUAL_REPORT.search(norm, p.nstart, p.nend) for p in _front_lines(structure, 3)):
        return None
    for para in (p for s in structure.sections[:3] for a in s.articles[:1] for p in a.paragraphs[:1]):
        # the year a chapter opens its review with, as its own phrase (`2024年，面对…`, `（一）经常项目。
        # 2024年，…`); not a history's date (`2020年9月24日，…揭牌`) nor an estimate's (`2024年全球…`)
        if (m := _REVIEW_OPENING.match(norm, para.nstart, para.nend)) is not None:
            return int(m.group("y"))
    return None


_REVIEW_OPENING = regex.compile(
    r"\s*(?:\([一二三四五六七八九十]{1,2}\)[^。\n]{2,30}。)?\s*(?:据[^。,\n]{2,30}?(?:测算|统计|显示),\s*)?(?P<y>(?:19|20)\d\d)\s*年\s*,"
)


LEAD_YEAR_PARAGRAPHS = 12  # front paragraphs of a sectioned report read for a year its lead writes


_TARGET_YEAR_BEFORE = regex.compile(r"(?<!截)(?:到|至)\s*$")


def _first_written_year(norm: str, paras) -> int | None:
    """The first year written out in ``paras`` (not one compared with: `比2019年增长`); a span of
    years reports up to its last (`2020—2024年，全国累计…`)."""
    for para in paras:
        for p in find_periods(norm[para.nstart : para.nend]):
            if p.year_resolved and p.first is not None and p.granularity in ("year", "month", "quarter", "half"):
                if _compared_year(norm, para.nstart + p.start, para.nstart + p.end, para.nstart):
                    continue
                if _TARGET_YEAR_BEFORE.search(norm, max(para.nstart, para.nstart + p.start - 3), para.nstart + p.start):
                    continue  # `力争到2025年，全市…达到400亿美元`: a target's year, not the one reported
                if _YEAR_RE.search(p.text) or _SPOKEN_YEAR.search(p.text):
                    return p.last.year if p.last is not None else p.first.year
    return None


# a title looking ahead to the year it names (`——2025年中国外贸形势展望`, `表1 2025年…主要指标预测`): the
# year its figures lead up to, not theirs
_OUTLOOK_AFTER = regex.compile(r"[\p{Han}]{0,10}?(?:形势)?(?:展望|前瞻|预测)$", regex.M)


def _outlook_year(p: PeriodMatch, text: str, end: int) -> bool:
    """``p`` is a year an outlook's title looks ahead to (its words ending at ``end`` in ``text``)."""
    return p.granularity == "year" and _OUTLOOK_AFTER.match(text, end) is not None


def _title_year(structure: Structure) -> int | None:
    norm = structure.layout.norm.text
    if (reviewed := _reviewed_year(structure, norm)) is not None:
        return reviewed  # not the edition's year (`…发展报告 2025`) nor the month its cover is dated
    # the cover's data title (`苏州市商务运行月报(2024年1-8月)`), then the articles' titles
    spans = [(p.nstart, p.nend) for p in structure.front[:4] if p.nend - p.nstart <= 60]
    spans += [a.title_nspan for s in structure.sections for a in s.articles if a.title_nspan]
    # then the sections' headings (`一、2024年1—10月全市服务外包运行情况` in a brief dated `11月20日`)
    spans += [s.heading_nspan for s in structure.sections if s.heading_nspan]
    # below a masthead, an issue line, the editor's line and a rule: the data title
    # (`2025年11月湖南省汽车市场运行简报`), not the month the cover is dated (`二〇二五年三月`)
    spans += [(p.nstart, p.nend) for p in structure.front[4:8]
              if p.nend - p.nstart <= 60 and not _COVER_LINE.search(norm, p.nstart, p.nend)]
    if not structure.sections:
        # a press release: its headline, then the opening of its first paragraph
        spans = [(p.nstart, p.nend) for p in structure.front[:1]]
        spans += [(p.nstart, min(p.nend, p.nstart + 80)) for p in structure.front[1:4]]
    for a, b in spans:
        for p in find_periods(norm[a:b]):
            if (
                p.year_resolved and p.first is not None and p.granularity not in _UNDATED_OR_DAY
                and not _compared_year(norm, a + p.start, a + p.end, a)
                and not edition_year(norm, a + p.start, p.text)
                and not _TARGET_YEAR_BEFORE.search(norm, max(a, a + p.start - 3), a + p.start)
                and not _outlook_year(p, norm, a + p.end)
            ):
                return (p.last or p.first).year  # not `21世纪经济报道`; a span of years up to its last
    if not structure.sections and (first := _first_written_year(norm, structure.front[:50])) is not None:
        # `…前7个月…` with the year stated only further down (`2025年是…`): the first written year
        return first
    for m in itertools.islice(_TABLE_TITLE.finditer(norm), 3):
        # a page whose year is written only in its table's title (`表1  2025年1-8月重庆市…主要指标`)
        for p in find_periods(m.group("t")):
            if (
                p.year_resolved and p.first is not None and _YEAR_RE.search(p.text) and p.granularity != "day"
                and not _outlook_year(p, m.group("t"), p.end)
            ):
                return p.first.year
    for p in itertools.chain(structure.front[:8], *(a.paragraphs[:3] for s in structure.sections[:1] for a in s.articles[:1])):
        # a report dated only by its cover's month (`2025 年 10 月` under its editor's line), its
        # titles naming no year (`前三季度我国机电产品出口形势分析`): the year it was printed in
        # (or in Chinese numerals: `二〇二五年七月`)
        if _COVER_MONTH.fullmatch(norm, p.nstart, p.nend) is not None:
            printed = next(iter(find_periods(norm[p.nstart : p.nend])), None)
            if printed is not None and printed.year_resolved and printed.first is not None:
                return printed.first.year
    if structure.sections:
        # a sectioned report whose lead alone writes the year (`2025年一季度，全县商务系统…` over
        # `一季度全县商贸流通主要指标`): its first written year
        return _first_written_year(norm, structure.front[:LEAD_YEAR_PARAGRAPHS])
    return None


_COVER_MONTH = regex.compile(r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月")
_TABLE_TITLE = regex.compile(
    r"(?m)^[ \t]*附?表(?:[ \t]*[\d一二三四五六七八九十]{1,3}[ \t]*|[ \t]+|[ \t]*:[ \t]*)(?P<t>[^\n]{4,60})$"
    # an appendix's table named by what it lists (`附件:2025年上半年东莞市各镇街进出口情况表`)
    r"|^[ \t]*(?:附件[\d一二]?[ \t]*:?[ \t]*)?(?P<t>(?:19|20)\d\d[ \t]*年[^\n。,]{2,50}?(?:情况表|统计表|一览表|汇总表|明细表|指标表))[ \t]*$"
)
# a year a figure is compared with, not the one it is of (`恢复至2019年同期的78.6%`, `比2019年增长`),
# or a past start or event (`自2016年首列中欧班列…以来`, `于2017年获批`)
_BASE_YEAR = regex.compile(r"(?:恢复至|恢复到|较|比|相比|相较|对比|超过|高于|低于|自|从|于|早在)$")


def _yearbook_place(source: str | None, norm: str) -> str | None:
    """The place a local yearbook is named after, as its chapter writes it (`浦东年鉴` over
    `浦东新区实现货物进出口…` -> 浦东新区; `北仑年鉴` -> 北仑区): 全区 in it is that place."""
    if not source or not source.endswith("年鉴") or not 4 <= len(source) <= 6:
        return None
    m = regex.search(rf"{regex.escape(source[:-2])}(?:新区|区|县|市|旗)", norm)
    if m is None:
        return None
    p = lookup(m.group())
    return p.canonical if p is not None else m.group()


# a customs house's office stationed in a county (`淮安海关驻盱眙办事处`; not a house named after a
# place, `河口海关`, `黄埔海关`, whose short name the gazetteer may give to another county)
_STATIONED_OFFICE = regex.compile(r"海关驻(?P<c>[\p{Han}]{2,4}?)办事处")
STATIONED_OFFICE_REACH = 1500  # characters: the post's head and lead


def _stationed_customs_county(norm: str) -> str | None:
    """The county a county customs office's post reports on: the office's county, written in
    full in the text (`盱眙县`, `涪陵区`) and known as a county or district."""
    for m in _STATIONED_OFFICE.finditer(norm, 0, min(len(norm), STATIONED_OFFICE_REACH)):
        short = m.group("c")
        for kind in ("县", "区", "市"):
            p = lookup(short + kind)
            if p is not None and p.kind == "district" and short + kind in norm:
                return p.canonical
        if (p := lookup(short)) is not None and p.kind == "district" and short.endswith(("县", "区")):
            return p.canonical
    return None


def _region(structure: Structure, region: str | None, index: PlaceIndex, home: str | None = None) -> str | None:
    """The bulletin's home region (我市 -> it): caller's, else the data title's, else the editor's,
    else the city it names most (not in a provincial body's document, ``home`` its province:
    there the cities are its parts)."""
    if region:
        return region
    norm = structure.layout.norm.text
    own = _own_economy(norm, structure) or _host_country(structure)
    if own is not None:
        return own
    if (county := _stationed_customs_county(norm)) is not None:
        return county  # `记者从淮安海关驻盱眙办事处了解到，…盱眙县出口小龙虾…`: the county the office serves
    for sec in structure.sections[:1]:
        for art in sec.articles[:1]:
            if art.title:
                for m in _DATA_TITLE_REGION.finditer(art.title):
                    p = lookup(m.group("r"))
                    if p is not None and p.kind == "city":
                        return p.canonical
    if (book := _yearbook_place(structure.meta.source, norm)) is not None:
        return book
    congress = _congress_place(norm)
    for body in (structure.meta.editor, structure.meta.publisher, structure.meta.source, congress):
        # the editor or issuing body of a city's bulletin (or the city's people's congress a
        # government work report was given to): `大连市服务外包协会`, `宁波市商务局`;
        # of a district's or county's: `宁波市北仑区统计局` -> 宁波市北仑区 (not a province's
        # customs house named after its capital: `长春海关` speaks for 吉林省)
        if customs_province(body):
            continue
        if (zm := _ZONE_OF_CITY.search(body or "")) is not None and (zp := lookup(zm.group("r"))) is not None and zp.kind == "city":
            # `中国（温州）跨境电子商务综合试验区建设工作领导小组办公室`: a city's own zone's office
            return zp.canonical
        for m in _DATA_TITLE_REGION.finditer(body or ""):
            # (after a national body's name: `国家税务总局广州市税务局` -> 广州市)
            p = lookup(m.group("r")) or lookup(_NATIONAL_PARENT.sub("", m.group("r")))
            # (a municipality's own bureau: `重庆市商务委员会对外贸易处`, whose 全市 is 重庆市)
            if p is not None and (p.kind == "city" or (p.kind == "province" and (body is structure.meta.editor or p.canonical in _MUNICIPALITIES))):
                # (a municipality's district's: `重庆市江北区商务委员会` -> 重庆市江北区)
                dm = _DISTRICT_AFTER.match(body, m.end())
                return p.canonical + dm.group("d") if dm and (p.kind == "city" or p.canonical in _MUNICIPALITIES) else p.canonical
    for body in (structure.meta.editor, structure.meta.publisher, structure.meta.source):
        # a district's own bureau (`信息来源：南山区统计局`), the city named only on the masthead:
        # 全区 is the district
        m = _LOCAL_AUTHORITY.fullmatch(body or "")
        if m is not None and m.group("r").endswith(("区", "县", "旗")) and (p := lookup(m.group("r"))) is not None and p.kind == "district":
            return p.canonical  # (or a county's: `来源：南陵县统计局`)
        if m is not None and m.group("r").endswith("区") and lookup(m.group("r")) is None and _under_its_city(m.group("r"), norm):
            return m.group("r")  # `发布机构：鄞州区统计局` under `宁波市鄞州区人民政府`: a district the gazetteer does not list
    if congress is not None and lookup(congress) is None and looks_like_district(congress):
        return congress  # `——2024年1月12日在沛原市第十五届人民代表大会…`: a city the gazetteer does not list
    for body in (structure.meta.editor, structure.meta.publisher):
        # a county's own bureau issued it (`海盐县商务局编`): 全县 is the county, whatever city the
        # text ranks it in (`总量居嘉兴市第5位`)
        body = _editor_body(body) or ""  # (`长兴县投资促进服务中心编`)
        m = _LOCAL_AUTHORITY.match(body) or _COUNTY_BUREAU.fullmatch(body)
        if m is not None and m.group("r").endswith("县") and not _no_place_name(m.group("r")):
            known = lookup(m.group("r"))
            if known is None or known.kind == "district":
                return known.canonical if known else m.group("r")
    if len(_DISTRICT_PRONOUN.findall(norm)) >= 2 and (district := _outlet_place(structure, norm)) is not None:
        return district  # `鄞州发布`, `来源：鄞州日报`, `我区前三季度…`: the district's own outlet
    if (
        _CITY_PRONOUN.search(norm) and (cm := _COMMUNIQUE.search(norm, 0, min(len(norm), DATA_PERIOD_REACH))) is not None
        and (cp := lookup(cm.group("p"))) is not None and cp.kind in ("city", "district")
    ):
        # `酒泉日报` over `《2024年敦煌市国民经济和社会发展统计公报》解读`: the place the communiqué is on
        return cp.canonical
    if _CITY_PRONOUN.search(norm) and (paper := _city_paper(structure, norm)) is not None:
        return paper  # `常州日报` over `我市…`: the paper's city, whatever county its later stories visit
    if len(_OWN_CITY_WORDS.findall(norm)) >= 2 and (city := _outlet_place(structure, norm, "市")) is not None and lookup(city) is None:
        return city  # `桐江发布` over `全市…`, naming `桐江市` in its text: a city the gazetteer does not list
    counties = len(_COUNTY_PRONOUN.findall(norm))
    if counties >= 2 and counties > len(_CITY_PRONOUN.findall(norm)) and (county := _county_written_short(norm)) is not None:
        # `乐游婺源` over `全县共接待游客…`: the county it names without its 县 (not a city paper's
        # story on one of its counties, `我市…` before `信丰…全县…`)
        return county
    counts: dict[str, int] = {}
    if home is None:
        for _, e, form in index.between(0, len(norm)):
            p = lookup(form)
            # (a Chinese city by its full name, `…市`/`…州`/`…盟`: not a city abroad, `阿拉木图`, where members went to a fair)
            if (
                p is not None and p.kind == "city" and p.canonical.endswith(HOME_CITY_ENDS)
                and not _provincial_customs_at(norm, e, form) and not names_university(norm, e)
            ):
                counts[p.canonical] = counts.get(p.canonical, 0) + 1
    if counts:
        best = max(counts.items(), key=lambda kv: kv[1])
        if best[1] >= 3 and not _tour_of_cities(counts):
            return best[0]
    # a county or district bulletin: the place its own authorities are named after (`云溪县商务局`)
    local: dict[str, int] = {}
    uses: dict[str, int] = {}  # how often the document writes each candidate name (counted once)

    def used(c: str) -> int:
        if c not in uses:
            uses[c] = norm.count(c)
        return uses[c]

    for m in _LOCAL_AUTHORITY.finditer(norm):
        # the left edge of a name glued to the text before it is unknown (`青屿统计分析青屿市统计局`):
        # take the ending the document uses most, the shortest among equals
        r = m.group("r")
        # (a name the gazetteer knows first: `浦东新区`, not `东新区`, written as often)
        r = max((r[i:] for i in range(len(r) - 2)), key=lambda c: (used(c), lookup(c) is not None, -len(c)), default=r)
        if r.endswith("县") and len(r) == 3 and r[1] not in _NOT_COUNTY_LEAD and used(r[1:]) > used(r):
            r = r[1:]  # a county with a one-character name, written apart from it (`原创 礼县电商办`: `礼县`)
        if _no_place_name(r) or r.endswith("自治区"):
            # `记者从市商务局获悉`: words, not a place; `内蒙古自治区统计局`: a province's;
            # `1—5月全市商务…`: a pronoun, not a name
            continue
        local[r] = local.get(r, 0) + 1
    if local:
        return max(local.items(), key=lambda kv: kv[1])[0]
    # a county paper's story about 全县 (`岱屿日报`), the county named in full once: that county
    if _COUNTY_PRONOUN.search(norm):
        for p in structure.front[:3]:
            m = _CITY_PAPER.match(norm, p.nstart, p.nend)
            if m and lookup(m.group("x")) is None and m.group("x") + "县" in norm:
                return m.group("x") + "县"
    # a city paper's story about 我市 (`蒲阳日报讯`): the city the paper is named after
    if _CITY_PRONOUN.search(norm):
        for p in structure.front[:3]:
            m = _CITY_PAPER.match(norm, p.nstart, p.nend)
            if m and lookup(m.group("x")) is None:
                # (named by an old regional name, `赣南日报`: the city whose districts it reports)
                return _districts_city(index, norm) or m.group("x") + "市"
    # a city the gazetteer does not list, named by the editor or data title and again in the text
    for body in (structure.meta.editor, structure.meta.publisher, *(a.title for s in structure.sections[:1] for a in s.articles[:1])):
        m = _UNLISTED_CITY.search(body or "")
        if m and norm.count(m.group("r")) >= 2 and not _PRONOUN_IN_NAME.search(m.group("r")):  # (not `1—5月全市`)
            return m.group("r")
    if home is None and len(_OWN_CITY_WORDS.findall(norm)) >= 2:
        # a municipality's own release (`市统计局`, `全市…`), naming itself once, in a table's title
        # (`2025年1—8月重庆市主要经济指标`): 全市 is the municipality
        named = {p.canonical: p.kind for _, _, form in index.between(0, len(norm)) if (p := lookup(form)) is not None}
        cities = [n for n in named if n in _MUNICIPALITIES]
        others = [n for n, kind in named.items() if kind in ("city", "province") and n not in _MUNICIPALITIES]
        if len(cities) == 1 and not others:
            return cities[0]
    if (own := len(_DISTRICT_PRONOUN.findall(norm))) >= 2 and own > len(_CITY_PRONOUN.findall(norm)):
        # a district's or county's own post (`我区纺织外贸企业…`, `占全区…`) naming it in full
        # (`柯桥区纺织服装进出口…`) and no city or autonomous region (whose 全区 it would be), but
        # for the city it lies in (`高于全市外贸出口增速`)
        # (not a city named by its customs house: `杭州海关驻柯桥办事处`)
        named = [p for _, e, form in index.between(0, len(norm)) if (p := lookup(form)) is not None and not norm.startswith("海关", e)]
        districts = {p.canonical for p in named if p.kind == "district"}
        parents = {county_parents().get(d) for d in districts}
        if len(districts) == 1 and not any(
            (p.kind == "city" and p.canonical not in parents) or p.canonical.endswith("自治区") for p in named
        ) and (not _CITY_PRONOUN.search(norm) or None not in parents):
            return districts.pop()
    return None


# a zone named after its city in brackets (`中国（温州）跨境电子商务综合试验区`)
_ZONE_OF_CITY = regex.compile(r"中国\((?P<r>[\p{Han}]{2,4})\)")
_OWN_CITY_WORDS = regex.compile(r"(?<!资)(?:我市|全市|本市)(?!场)")  # not `资本市场`


def _own_economy(norm: str, structure: Structure) -> str | None:
    """An economy's own release (`澳門特別行政區政府 / 統計暨普查局`, `政府統計處…發表`): the
    economy as it names itself (香港, 澳门), for its 本澳 and its unnamed figures; None otherwise."""
    bodies = [structure.meta.publisher or "", structure.meta.editor or ""]
    bodies += [norm[p.nstart : p.nend] for p in structure.front[:3] if p.nend - p.nstart <= 40]
    office = _economy_office(norm)
    if office:
        bodies.append(office)
    for body in bodies:
        for form in _ECONOMY_FORMS.findall(body):
            p = lookup(form)
            if p is not None and p.kind == "economy" and body.startswith(form):
                return p.canonical.removeprefix("中国")
    if _ROC_DATE.search(norm, 0, min(len(norm), _ROC_DATE_REACH)):
        return "台湾"  # `114年10月海关进出口贸易初步统计`, `发布日期：114-11-07`: dated in the ROC calendar
    return None


_ROC_DATE = regex.compile(r"(?<![\d.])1[0-2]\d(?:年\d{1,2}月|-\d{1,2}-\d{1,2}(?!\d))")
_ROC_DATE_REACH = 600  # characters: the release's headline and date line


# an embassy's economic and commercial office (`驻马来西亚使馆经商处`, `中华人民共和国驻巴西大使馆经济商务处`)
# (or without the embassy: `驻哈萨克斯坦经商处`, `驻泰国经商参处`)
_EMBASSY_OFFICE = regex.compile(r"驻(?P<c>[\p{Han}]{2,8}?)(?:共和国|王国|联邦)?(?:大使馆|使馆|总领事馆|总领馆)?(?:经济商务|经商)(?:参赞|参)?处")


def _host_country(structure: Structure) -> str | None:
    """The country an embassy's economic office reports from: its notes give the host's trade,
    and its trade with China, as the host's figures (the host is whose `对华出口` it is)."""
    norm = structure.layout.norm.text
    bodies = [structure.meta.publisher or "", structure.meta.editor or "", structure.meta.source or ""]
    bodies += [norm[p.nstart : p.nend] for p in structure.front[:4] if p.nend - p.nstart <= 60]
    for body in bodies:
        m = _EMBASSY_OFFICE.search(body)
        if m and (host := foreign_country(m.group("c"))) is not None:
            return host
    # a paper abroad filing from its own city (`（新加坡讯）`, `【本报曼谷电】`): its 本地 is the host
    # (or from a city abroad, with the day: `（吉隆坡20日讯）`, `【本报巴黎电】`)
    m = _FOREIGN_DATELINE.search(norm, 0, min(len(norm), FOREIGN_DATELINE_REACH))
    if m and (host := foreign_country(m.group("c")) or city_countries().get(m.group("c"))) is not None:
        return host
    return None


_FOREIGN_DATELINE = regex.compile(r"(?m)^[ \t\u3000]*[(\[【](?:本报|本刊)?(?P<c>[\p{Han}]{2,6}?)(?:\d{1,2}日)?(?:讯|电)[)\]】]")
FOREIGN_DATELINE_REACH = 1500  # characters: the story's first paragraph


ECONOMY_OFFICE_SCAN = 2000  # characters: the release's opening paragraphs
_NAMED_ECONOMY = regex.compile(r"香港|澳门")
_MASTHEAD_LINE = regex.compile(r"\s*[\p{Han}]{2,30}\s*")


_PROSE_LINE = regex.compile(r"[^\n]{40,}")  # a paragraph, not a masthead, headline or date line


def _first_prose_end(text: str) -> int:
    """Where the document's first paragraph of prose ends (its head: masthead, headline, lead)."""
    m = _PROSE_LINE.search(text)
    return m.end() if m else 0


def _line_at(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1 : (e if (e := text.find("\n", at)) >= 0 else len(text))]


def _economy_office(norm: str) -> str | None:
    """The statistics office an economy's release names without the economy (`政府统计处今日发表…`),
    by its full name; named with its economy only at the head or as a masthead on a line of its
    own (further down, `香港特区政府统计处日前公布…` is an office a mainland story cites)."""
    head_end = _first_prose_end(norm)
    m = next((m for m in _ECONOMY_BODY.finditer(norm[:ECONOMY_OFFICE_SCAN])
              if not _NAMED_ECONOMY.match(m.group()) or m.start() < head_end
              or _MASTHEAD_LINE.fullmatch(_line_at(norm, m.start()))), None)
    return organisation_names().get(m.group(), m.group()) if m else None


def _plain_region(ctx, subject: str | None) -> str | None:
    """The bulletin's own region as it names itself (`杭州市萧山区商务局`'s brief: 萧山区)."""
    if subject is not None and subject == ctx.region:
        return _district_of_city(subject) or subject
    return subject


def _under_its_city(district: str, norm: str) -> bool:
    """Whether the document writes the district after a city it knows (`宁波市鄞州区`)."""
    at = norm.find(district)
    while at > 0:
        if norm[at - 1] == "市" and any((p := lookup(norm[max(0, at - k) : at])) is not None and p.kind == "city" for k in (3, 4, 5)):
            return True
        at = norm.find(district, at + len(district))
    return False


@functools.lru_cache(maxsize=64)
def _district_of_city(region: str) -> str | None:
    """The district of a region written under its city (`杭州市萧山区` -> 萧山区, a municipality's
    `上海市浦东新区` -> 浦东新区), else None."""
    m = _CITY_DISTRICT.fullmatch(region)
    if m is None or (p := lookup(m.group("c"))) is None or p.kind not in ("city", "province"):
        return None
    return m.group("d")


_CITY_DISTRICT = regex.compile(r"(?P<c>[\p{Han}]{2,6}?市)(?P<d>[\p{Han}]{2,5}[区县])")


def _industry_paragraph(text: str, para_start: int, s: int) -> bool:
    """The paragraph opens with industry's value added (`1-10月，全省规模以上工业增加值…。`), so
    the 增加值 of its later parts (`国有控股企业增加值`, `采矿业增加值`) is industry's."""
    stop = text.find("。", para_start, s)
    return stop >= 0 and "工业增加值" in text[para_start:stop]


def _same_place(a: str, b: str) -> bool:
    """Whether two forms name one place (`中国香港`, `香港特别行政区`, `香港`)."""
    pa, pb = lookup(a), lookup(b)
    return pa is not None and pb is not None and pa.canonical == pb.canonical


_ECONOMY_FORMS = regex.compile(r"(?:香港|澳门|台湾)(?:特别行政区|特区|地区)?")
# a statistics office an economy's releases name without the economy (`政府统计处今日发表…`)
_ECONOMY_BODY = regex.compile(
    r"(?<![\p{Han}])(?:(?:香港|澳门)(?:特别行政区|特区)?(?:政府)?)?(?:政府统计处|统计暨普查局)|(?<![\p{Han}])财政部关务署"
)
_NOT_IN_NAMES = regex.compile(r"[从者据向在由与和的及对是为了将被把局厅署委办]|源于|代表|原创|刊发|刊登|摘登|转发|转载|印发|召开|主持|出席|参加|列席|听取|调度|会议|^(?:联合|会同|协同|配合|邀请|组织|指导|依托|携手|牵头)|设区市|地级市|县级市|省辖市")  # (a kind of city: `送：各设区市商务局`)
_CITY_PRONOUN = regex.compile(r"我市|全市|本市")
_COUNTY_PRONOUN = regex.compile(r"我县|全县|本县")
_PRONOUN_IN_NAME = regex.compile(r"[全本我该各每]|\d|月")


def _no_place_name(words: str) -> bool:
    """``words`` caught before a bureau's name are no place's name: words of a sentence
    (`记者从市商务局获悉`) or a pronoun or a month (`1—5月全市商务…`)."""
    return _NOT_IN_NAMES.search(words) is not None or _PRONOUN_IN_NAME.search(words) is not None
_DISTRICT_PRONOUN = regex.compile(r"我区|全区|本区")
_DISTRICT_OUTLET = regex.compile(r"(?:来源\s*:\s*)?(?P<x>[\p{Han}]{2})(?:日报|发布|新闻|融媒|融媒体中心|新闻网|电视台|宣传|商务|政协|人大|统计|政务周报|工作周报|政务信息|工作简报)")


_OWN_WORDS_IN = regex.compile(r"[全我本市县区]")


def _glued_on(structure: Structure, at: int) -> bool:
    """The normalised text's ``at`` follows a Han character in the original (no space between)."""
    a, _ = structure.layout.norm.to_original(at, at + 1)
    return a > 0 and regex.match(r"\p{Han}", structure.layout.original[a - 1]) is not None


def _county_written_short(norm: str) -> str | None:
    """The one county whose name the text writes without its 县 three times or more (`婺源`)."""
    short, pattern = county_short_forms()
    seen: dict[str, int] = {}
    for m in pattern.finditer(norm):
        seen[m.group()] = seen.get(m.group(), 0) + 1
    often = [form for form, n in seen.items() if n >= 3]
    return short[often[0]] if len(often) == 1 else None


def _districts_city(index: PlaceIndex, norm: str) -> str | None:
    """The one city that two or more of the districts and counties the text names lie in
    (`章贡区`, `南康区` -> 赣州市), when their districts name no other city."""
    parents: dict[str, set[str]] = {}
    for _, _, form in index.between(0, len(norm)):
        p = lookup(form)
        if p is not None and p.kind == "district" and (city := county_parents().get(p.canonical)):
            parents.setdefault(city, set()).add(p.canonical)
    if len(parents) == 1 and len(next(iter(parents.values()))) >= 2:
        return next(iter(parents))
    return None


def _outlet_place(structure: Structure, norm: str, suffix: str = "区") -> str | None:
    """The district a district's own outlet is named after (`鄞州发布`, `鄞州日报`), when the text
    names that district (`鄞州区`): whose 我区/全区 it writes; with ``suffix`` 市, a city's
    (`桐江发布` and `桐江市…`: whose 我市/全市)."""
    for p in structure.front[:6]:
        for m in _DISTRICT_OUTLET.finditer(norm, p.nstart, p.nend):
            if suffix == "市" and (_glued_on(structure, m.start("x")) or _OWN_WORDS_IN.search(m.group("x"))):
                continue  # (the tail of a longer name, `乌鲁木齐商务`; `全市`, not a name)
            name = m.group("x") + suffix
            known = lookup(m.group("x"))
            # (a name the gazetteer knows as a sea or region, `南海`, may still be the district's)
            if (known is None or known.kind not in ("city", "province", "country", "economy")) and not _NOT_IN_NAMES.search(m.group("x")) and (
                name in norm or (suffix == "区" and (listed := lookup(name)) is not None and listed.kind == "district")
            ):
                # (or a district the gazetteer lists, which its own newsletter never names in full:
                # `鄞州政务周报` over `全区…`)
                return name
    return None


def _city_paper(structure: Structure, norm: str) -> str | None:
    """The city a city paper's nameplate heading the page names (`常州日报`), when the gazetteer
    knows it as a city."""
    for p in structure.front[:2]:
        m = _CITY_PAPER.match(norm, p.nstart, p.nend)
        if m and (place := lookup(m.group("x"))) is not None and place.kind == "city":
            return place.canonical
    return None


_CITY_PAPER = regex.compile(r"(?:本报)?(?P<x>[\p{Han}]{2})(?:日报|晚报|都市报|融媒体中心|新闻网)")
_DISTRICT_AFTER = regex.compile(r"(?P<d>[\p{Han}]{1,4}?[区县])(?=[\p{Han}]{0,6}?(?:局|委|政府|中心|办|处|科))")
_UNLISTED_PROVINCE = regex.compile(r"^(?P<r>[\p{Han}]{2,3}?省|[\p{Han}]{2,6}?自治区)(?=[\p{Han}]{2})")
_PROVINCE_PRONOUN = regex.compile(r"全省|我省|本省|省内|全区|我区")
_LEAD_CITATION_REACH = 24  # characters: `（一）货物吞吐量。据` — the item's label, then the citation
_SUBITEM = regex.compile(r"\s*\([一二三四五六七八九十]{1,2}\)")
_ITEM_HEADING = regex.compile(r"[一二三四五六七八九十]{1,2}、")
# an item of a list: `■ 一是…`, `（二）…`, `3．…`, `● …`
_LIST_ITEM = regex.compile(rf"\s*(?:{BULLET_RE.pattern}|[一二三四五六七八九十]{{1,3}}是|\(\s*[一二三四五六七八九十\d]{{1,2}}\s*\)|[一二三四五六七八九十\d]{{1,2}}[、.])")
_UNLISTED_CITY = regex.compile(r"(?<![\p{Han}])(?P<r>[\p{Han}]{2,3}市)|(?<=\d{1,2}月)(?P<r>[\p{Han}]{2,3}市)")


def _shift(p: PeriodMatch, offset: int) -> PeriodMatch:
    return p._replace(start=p.start + offset, end=p.end + offset)


_DATELINE_OUTLET = regex.compile(
    r"(?:本报)?(?P<org>[\p{Han}]{2,12}?(?:社|报|中心|台|网))(?:[\p{Han}]{2,4}?)?(?:\d{1,2}月\d{1,2}日)?(?:讯|电)(?=[\s(（,]|$|[\p{Han}\d])"
)


# A news listing (a web page of 工作动态): each item is a headline, a line of its date and
# source (`发布日期：2025-09-18　信息来源：对外经济合作科`), then its text.
_LISTING_META = regex.compile(r"(?:发布(?:日期|时间)|日期|时间)\s*:\s*\d{4}\s*[-/.年]\s*\d{1,2}")
# a government portal's open-information fields (`索引号：005184365/2024-01562　主题分类：对外贸易`)
_PORTAL_FIELDS = regex.compile(r"(?:索\s*引\s*号|主题分类|信息分类|组配分类|发文字号|文号|成文日期|生成日期|公开方式|公开范围)\s*:")


def _first_body(source: str) -> str | None:
    """`来源：临港新片区管委会、解放日报`: the first body a 来源 line names gave the figures."""
    return _outlet_name(source.split("、")[0])


def _outlet_name(name: str | None) -> str | None:
    """A news site's short name, the outlet's full one (`每经网` -> 每日经济新闻, `中证网` -> 中国证券报);
    a paper reprinted on its site (`人民网－人民日报`, `中国证券报·中证网`), the paper."""
    rows = media_outlets()
    if name and (parts := _SITE_AND_PAPER.split(name)) and len(parts) > 1:
        name = next((x for x in parts if x.endswith("报")), parts[0])  # else the site (`人民网－经济·科技频道`)
    return rows.get(name, name) if name else name


_SITE_AND_PAPER = regex.compile(r"[－—·]|(?<=网)-")


_CONGRESS = regex.compile(r"在(?P<p>[\p{Han}]{2,12}?(?:省|自治区|市|州|县|区))第[一二三四五六七八九十]{1,4}届人民代表大会")


# a government work report named with its place (`昆山市2022年政府工作报告（定稿）.docx`)
_PLACES_WORK_REPORT = regex.compile(r"(?P<p>[\p{Han}]{2,10}?(?:省|自治区|市|州|县|区))(?:(?:19|20)\d\d年)?政府工作报告")


def _congress_place(text: str) -> str | None:
    """The province or city whose people's congress a government work report was given to (its
    date line, `——2026年1月25日在贵州省第十四届人民代表大会第四次会议上`, or the report's own
    name, `昆山市2022年政府工作报告`)."""
    m = _CONGRESS.search(text, 0, min(len(text), 600))
    if m:
        return m.group("p")
    named = _PLACES_WORK_REPORT.search(text, 0, min(len(text), 300))
    return named.group("p") if named and lookup(named.group("p")) is not None else None


def _month_end(d: dt.date) -> dt.date:
    nxt = d.replace(day=28) + dt.timedelta(days=4)
    return nxt - dt.timedelta(days=nxt.day)
