"""The cover block (text before the first section heading): title, issue, editor, dates,
publisher and 来源 lines, table of contents.

Cover lines are often padded into columns (`…秘书处编          2024 年 9 月 30 日`), so each line
is split on wide whitespace first and every part is read on its own.  Only lines before the
first body paragraph count: a date inside the body is an event, not the bulletin's date.
"""

from __future__ import annotations

import datetime as dt

import regex

from .organisations import media_outlets
from .patterns import person_surnames
from .periods import ROC_OFFSET
from .schemas.document import Meta
from .textview import SPACE_ENTITY_NAMES, fold

__all__ = ["parse_front", "parse_signature"]

# fields of one line: `来源：X    发布时间：…`, `来源:X | 记者:Y | 2025-11-18 09:32`
# (also a middle dot spaced apart, `2025年7月15日 · 第13期（总第286期）`: one field each side;
# a transliterated name's dot, `阿卜杜·拉赫曼`, stands unspaced)
_COLUMNS = regex.compile(rf"(?:\s*&{SPACE_ENTITY_NAMES};)+\s*|" r"[ \t]{2,}|\t|\u3000+|\u2003+|\s*[|｜]\s*|[ \t]+[·•・][ \t]+|(?<=】)\s*(?=【)|\s+(?=(?:来源|稿源|信息来源)\s*[:：])|\s+(?=(?:字号|字体)\s*[:：]|[\[【](?:大|打印))")
_SPACES = regex.compile(r"\s+")


def line_parts(original: str, start: int, end: int) -> list[str]:
    parts = []
    for piece in _COLUMNS.split(original[start:end]):
        # (`【发布时间：2025-03-20 17:42】`; a Markdown export's quoted line, `> 报告日期：2024年4月15日`)
        p = _SPACES.sub("", fold(piece)).lstrip(">").strip("*【】[]")
        if p in _EDITED_BY and parts:
            parts[-1] += p  # `…领导小组办公室　编`: the body and its verb spaced apart are one field
        elif p and parts and _BAR_LABEL.fullmatch(parts[-1]):
            parts[-1] += ":" + p  # `来源 | 国新网、商务部网站`: a label and its value set apart by a bar
        elif p and parts and _SPACED_LABEL.fullmatch(parts[-1]) and _LABEL_END.match(p):
            parts[-1] += p  # `时  间：2024年10月29日`: a two-character label spaced out to align the column
        elif p:
            parts.append(p)
    return parts


_EDITED_BY = frozenset(("编", "编印", "主办", "编制", "印发"))
_SPACED_LABEL = regex.compile(r"[\p{Han}]")
_LABEL_END = regex.compile(r"[\p{Han}]:")


def _is_body(text: str) -> bool:
    return len(text) > 40 and ("。" in text or "," in text and len(text) > 60)


STANDFIRST_MAX = 100  # characters of a story's one-sentence summary under its headline


def _standfirst(text: str) -> bool:
    return len(text) <= STANDFIRST_MAX and text.count("。") <= 1 and "\n" not in text.strip()


def _date(m) -> str | None:
    try:
        y = date_field(m["y"])
        if 100 <= y < 200:
            y += ROC_OFFSET  # `發布日期：114年10月9日`: a Republic of China year
        return dt.date(y, date_field(m["m"]), date_field(m["d"])).isoformat()
    except (ValueError, TypeError):
        return None


_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def date_field(s: str) -> int:
    """A date field in Arabic or Chinese numerals: `2025`, `二〇二五` (digit by digit), `十`, `二十一`."""
    if s.isdigit():
        return int(s)
    if "十" not in s:
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    tens, _, units = s.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[units] if units else 0)


def parse_front(front, original: str, rules) -> tuple[Meta, list[str], bool]:
    """Meta and table of contents from the front paragraphs (``segment._Para`` items), and
    whether the source is only the site a breadcrumb names (a 来源 line at the foot overrides it)."""
    meta: dict = {}
    toc: list[str] = []
    publishers: list[str] = []
    in_toc = False
    standfirst = False
    account = None  # the line before, when it could be a post's account name
    masthead = None  # a newspaper's name standing alone on the first line
    for cp in front:
        if _is_body(cp.text):
            if not standfirst and not meta.get("date") and _standfirst(cp.text):
                # `关税变局之下，头部海外仓服务商…。` between a story's headline and its byline and
                # date: the story's summary, not yet its body
                standfirst = True
                continue
            break
        for ln in cp.p.lines:
            if NAV_BAR.match(original, ln.start, ln.end):
                continue  # `首页 | 关于商会 | 商会动态 | 会员服务 | …`: the site's menu, no field of the page
            if (byline := _POST_BYLINE.match(original, ln.start, ln.end) or _ACCOUNT_BYLINE.match(original, ln.start, ln.end)) is not None:
                meta.setdefault("publisher", _post_author(byline["a"], byline["b"]))
                if byline["y"] and (d := _date(byline)):
                    meta.setdefault("date", d)  # when it was posted
                continue
            if account and _POST_DATELINE.fullmatch(original, ln.start, ln.end):
                meta.setdefault("publisher", account)  # `宁波发布` over `2025年04月17日 18:06 浙江`: the account posting
            account = _ACCOUNT.fullmatch(original, ln.start, ln.end) and original[ln.start : ln.end].strip()
            parts = line_parts(original, ln.start, ln.end)
            if masthead is None and not meta and len(parts) == 1 and _PAPER_NAME_ALONE.fullmatch(parts[0]):
                masthead = parts[0]  # `边疆经济导报` over its serial number and its dated page line
            elif masthead and (pm := _DATED_PAGE.match("".join(parts))) is not None and (d := _date(pm)):
                # `2024年4月12日　星期五　　第3版` under the masthead: the paper's page of that day
                meta.setdefault("source", masthead)
                meta.setdefault("date", d)
                continue
            if (bm := next((b for t in ("".join(parts), *parts[:1]) if (b := _BROADCASTER.fullmatch(t)) is not None), None)) is not None:
                # a programme's opening title (`【片头】宁波新闻综合频道《甬上经济》`, `义乌市融媒体中心 出品`):
                # the broadcaster, which reports what its script says
                meta.setdefault("source", bm["v"])
                continue
            if (pm := _PAPER_HEAD.match("".join(parts))) is not None and (d := _date(pm)):
                # a paper page's head line: `南通日报 2024年1月26日 星期五 A4版 年终特刊`
                meta.setdefault("source", pm["v"])
                meta.setdefault("date", d)
                continue
            if len(parts) >= 2 and _PAPER.fullmatch(parts[0]) and any(rules.cover["date"].match(t) for t in parts[1:]):
                # a newspaper page's masthead: `证券时报 | 2025年10月14日 星期二 | A2 宏观`
                meta.setdefault("source", parts[0])
            for t in parts:
                if rules.cover["toc"].match(t):
                    in_toc = True
                    continue
                if _read_part(t, meta, publishers, rules) or _read_joined(t, meta, publishers, rules):
                    continue
                if in_toc:
                    toc.append(t.lstrip("-◆●·• ").strip())
    if publishers and "publisher" not in meta:
        meta["publisher"] = publishers[0]
    elif publishers and _BARE_DIVISION.fullmatch(meta.get("publisher") or "") and not meta["publisher"].startswith(publishers[0]):
        # `宁波舟山港股份有限公司` over `编制单位：生产业务部`: the company's division
        meta["publisher"] = publishers[0] + meta["publisher"]
    from_site = bool(meta.pop(_FROM_SITE, None))
    return Meta(**meta), toc, from_site


# a broadcast's opening title or credit naming its station or channel (and the programme)
_BROADCASTER = regex.compile(
    r"(?:【?片头】|\(片头\)|片头:)?(?P<v>[\p{Han}A-Za-z]{2,20}?(?:频道|电视台|广播电视台|广播电台|电台|融媒体中心|TV|新闻广播|经济广播|交通广播|之声))"
    r"(?:\([A-Z]{2}\s?\d{2,3}(?:\.\d)?\))?(?:《[^《》]{2,20}》)?(?:出品|制作)?"  # (`河南广播电视台新闻广播（FM95.4）`)
)
# a web site's menu bar: its home link, then three or more sections between bars (or wide spaces)
NAV_BAR = regex.compile(r"[ \t\u3000]*(?:首页|网站首页|主页)(?:[ \t\u3000]*[|｜][ \t\u3000]*[^|｜\n]{2,8}|[ \t\u3000]{2,}[^|｜\s]{2,8}){3,}")
# a WeChat post's byline pieces: when (the year may be left out) and where it was posted
_WS = r"[ \t\u3000]"
# (`2023-04-21` too; or a page saved a day or two after the post, `昨天 18:06`: no date)
_POSTED_ON = r"(?:(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日|(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})|昨天|今天|前天)"
_POSTED_AT = rf"{_WS}+\d{{1,2}}:\d{{2}}"
_POSTED_FROM = rf"(?:{_WS}+(?:发表于)?[\p{{Han}}]{{2,4}})?"  # (`四川`, `发表于山西`)
# a post's byline under its headline: `原创 礼县电商办 礼县电商 2026年03月12日 18:06 甘肃`
# (the author, the account, when and where it was posted)
_POST_BYLINE = regex.compile(
    # (a writer's team between the writer and the account: `原创 陈立言 团队 华岳证券研究`)
    rf"{_WS}*原创{_WS}+(?P<a>[^\s\d]{{2,24}})(?:{_WS}+团队)?(?:{_WS}+(?P<b>[^\s\d]{{2,24}}))?"
    rf"(?:{_WS}+{_POSTED_ON}(?:{_POSTED_AT})?{_POSTED_FROM})?{_WS}*$"
)
# a post's byline with no 原创 mark: the account, then when (to the minute) and where it was posted
# (`四川商务 2025年04月23日 18:05 四川`)
_ACCOUNT_BYLINE = regex.compile(
    rf"{_WS}*(?P<a>[\p{{Han}}A-Za-z]{{2,16}})(?:{_WS}+(?P<b>[\p{{Han}}A-Za-z]{{2,16}}))?"
    rf"{_WS}+{_POSTED_ON}{_POSTED_AT}{_POSTED_FROM}{_WS}*$"
)
# a post's account name on its own line, then when and where it was posted
_ACCOUNT = regex.compile(rf"{_WS}*[\p{{Han}}A-Za-z]{{2,12}}{_WS}*")
_POST_DATELINE = regex.compile(rf"{_WS}*{_POSTED_ON}{_POSTED_AT}{_POSTED_FROM}{_WS}*")
# a division named by its body's kind, posting on the body's account (`原创 园区宣传中心 中埃苏伊士湾产业园`)
_KIND_DIVISION = regex.compile(r"(?:园区|集团|公司|协会|商会|本会|本园)[\p{Han}]{2,8}$")
# (a company's division: `国际事业部`, `市场部`)
_DIVISION = regex.compile(r"[\p{Han}]{2,6}(?:处|科|室|团队|研究组|小组|课题组|事业部)|[\p{Han}]{0,4}(?:市场|业务|经营|运营|宣传|信息|综合)部"
    r"|(?:品牌|宣传|新闻|运营|市场|传播|企划|公关|内容|编辑)中心")  # `统计分析处`, `宏观研究团队`, `品牌中心`: a division or team, named without its body


def _post_author(author: str, account: str | None) -> str:
    """Who published a post: its author (`礼县电商办`, `襄阳市统计局`), or the account it was
    posted on when the author is one of the account's divisions (`统计分析处` on `石家庄海关`)
    or names no body where the account does (`滨江综保区` on `滨江综合保税区管委会`)."""
    if account and _BARE_LOCAL_BODY.fullmatch(author) and (place := _ACCOUNT_PLACE.fullmatch(account)) is not None:
        # `原创 县商务局 湖港商务`: the county's bureau, named on the county's own account
        return place["p"] + author
    if account and (
        _DIVISION.fullmatch(author) or _KIND_DIVISION.match(author) or (_OFFICIAL_BODY.search(account) and not _OFFICIAL_BODY.search(author))
        or _person(author)  # `原创 王珊 稀土行业观察`: a writer, posting on the account
        or _BODY_END.search(author) is None  # `原创 甬外经 宁波外经贸`: a pen name, posting on the account
        # `原创 烟台综保区 烟台综合保税区发布`: the zone by its short name, on its account named in full
        or (_ZONE_SHORT.search(author) and account.startswith(author[:2]) and len(account) > len(author))
    ):
        return account
    return author


# a county's, district's or city's body named without its place (`县商务局`, `区统计局`), and an
# account named after a place (`湖港商务`, `鄞州发布`)
_ZONE_SHORT = regex.compile(r"(?:综保区|高新区|经开区)$")
_BARE_LOCAL_BODY = regex.compile(r"[县区市旗][\p{Han}]{1,8}?(?:局|委|委员会|办|办公室|中心|政府)")
_ACCOUNT_PLACE = regex.compile(r"(?P<p>[\p{Han}]{2,3}?)(?:商务|发布|统计|经济|外贸|融媒|新闻|政务|商务之窗)")


def _person(name: str) -> bool:
    """A person's name of two or three characters (`王珊`, `林思远`)."""
    return 2 <= len(name) <= 3 and name[0] in person_surnames() and _OFFICIAL_BODY.search(name) is None


_OFFICIAL_BODY = regex.compile(r"(?:管委会|管理委员会|委员会|局|厅|委|办|政府|海关|协会|商会|中心)$")
# how a body's name ends (`礼县电商办`, `中国贸促会`, `华宸集团`, `商务研究院`), as a pen name's does not
_BODY_END = regex.compile(r"(?:局|厅|委|办|府|关|会|中心|公司|集团|银行|院|所|处|科|部|站|馆|社|报|网|台|组|室|队|园|区|市|县|省)$")


# a paper and an issue date among a portal's crumbs (`人民网>>人民日报>>2025年04月14日>>第10版`)
_CRUMB_PAPER = regex.compile(r">(?P<p>[\p{Han}]{2,8}?报(?:海外版|农村版|经济版)?)(?=>|$)")
_CRUMB_DATE = regex.compile(r">(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?=>|$)")
# a newspaper's name (`证券时报`, `经济参考报`), not a bulletin's (`数字贸易简报`, `统计月报`)
_PAPER = regex.compile(r"[\p{Han}]{1,8}(?<![简快月周年公通汇情画学战])报")


# a breadcrumb whose first crumb may be an outlet the gazetteer knows (`第一财经 > 新闻 > 商业`)
_CRUMBS = regex.compile(r"^(?:当前位置|您的位置|所在位置)?:?(?P<v>[^>]{2,12}?)(?:>{1,2}[^>]{1,12}){1,5}$")


_DATE_START = regex.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s?年")
_DAY_TAIL = regex.compile(r"(?<=\p{Han})\s?(?:1[0-2]|0?[1-9])\s?月\s?(?:3[01]|[12]\d|0?[1-9])\s?日$")


def _read_joined(t: str, meta: dict, publishers: list[str], rules) -> bool:
    """Two cover fields a single space joined (`温州市商务局服务贸易处 编 2025 年 10 月 27 日`,
    `南京江北新区管理委员会经济发展局 2025 年 10 月 24 日`): read when both halves, split where
    the date starts, are fields."""
    m = _DATE_START.search(t, 2)
    if m is None:
        # (a day without its year: `江西省商务厅对外贸易处 7 月 22 日` heading a brief; the body signs it)
        md = _DAY_TAIL.search(t, 2)
        if md is None or not (rules.cover["editor"].match(t[: md.start()]) or rules.cover["publisher"].match(t[: md.start()].strip())):
            return False
        return _read_part(t[: md.start()], meta, publishers, rules)
    head, tail = t[: m.start()], t[m.start() :]
    if not (rules.cover["date"].match(tail) and (rules.cover["editor"].match(head) or rules.cover["publisher"].match(head.strip()))):
        return False
    return _read_part(head, meta, publishers, rules) and _read_part(tail, meta, publishers, rules)


_FROM_SITE = "_source_from_site"  # marks a source read off a breadcrumb, which a 来源 line overrides


def _read_part(t: str, meta: dict, publishers: list[str], rules) -> bool:
    for key in ("issue", "issue_total", "date", "published", "press", "source", "publisher_field", "conference", "welcome", "account", "yearbook", "monitored", "site", "site_body", "site_name", "title", "editor", "publisher"):
        m = rules.cover[key].match(t)
        if not m:
            continue
        if key in ("date", "published", "press"):
            d = _date(m)
            if d is None:
                continue
            meta.setdefault("date", d)
            if key == "press":
                meta.setdefault("source", m["v"])  # the paper that printed it
        elif key in ("publisher_field", "site_body", "site_name", "conference", "welcome", "account"):
            meta.setdefault("publisher", m["v"])
        elif key == "monitored":
            # the week or month a monitoring bulletin covers: its last day is the bulletin's date
            # (a period running into January ends in the next year)
            y = int(m["y"]) + (1 if int(m["m"]) < int(m["m0"]) else 0)
            meta.setdefault("date", _date({"y": str(y), "m": m["m"], "d": m["d"]}))
        elif key == "yearbook":
            meta.setdefault("source", m["v"])  # the yearbook a chapter is printed in (its edition year dates no figure)
        elif key == "site":
            # the site the page is on: its outlet; or the paper a site reprints (`人民网 >> 人民日报
            # >> 2025年04月14日 >> 第10版`)
            paper = _CRUMB_PAPER.search(t)
            if "source" not in meta:
                meta["source"] = paper["p"] if paper else m["v"]
                meta[_FROM_SITE] = True  # a 来源 line on the page names the story's outlet better
            if (dm := _CRUMB_DATE.search(t)) and (d := _date(dm)):
                meta.setdefault("date", d)  # the issue the page reprints
        elif key == "publisher":
            publishers.extend(x for x in regex.split(r"[、,]", m["v"]) if x)
        elif key == "issue_total":
            meta.setdefault(key, int(m["v"]))
        elif key == "issue" and m["t"]:
            meta.setdefault("issue", m["v"])
            meta.setdefault("issue_total", int(m["t"]))
        elif key == "source":
            value = regex.split(r"[、,]", m["v"])[0]  # `数据支持：郑州海关、综试区…平台`: the first
            if meta.pop(_FROM_SITE, False):
                meta[key] = value  # `人民网 >> 经济` over `来源：人民网－人民日报`: the line names the paper
            else:
                meta.setdefault(key, value)
        elif key not in meta:
            meta[key] = m["v"]
        return True
    if (m := _CRUMBS.match(t)) and (outlet := media_outlets().get(m["v"].strip())):
        _site_source(meta, outlet)  # the outlet whose site the page is on
        return True
    name = _EDITION_TAIL.sub("", _LATIN_TAIL.sub("", t.strip()))
    if (outlet := media_outlets().get(name)) is not None:
        # a paper's or site's nameplate on a line of its own (`证券日报`, `第一财经 YICAI`,
        # `南方日报 数字报`)
        _site_source(meta, outlet)
        return True
    if _PAPER_NAMEPLATE.fullmatch(name):
        meta.setdefault("source", name)  # a city's paper the lexicon does not list (`衡水日报`)
        return True
    if name != t.strip() and (m := rules.cover["publisher"].match(name)):
        # a body's site name with its English one (`德国中国商会 China Chamber of Commerce in Germany`)
        publishers.extend(x for x in regex.split(r"[、,]", m["v"]) if x)
        return True
    return False


def _site_source(meta: dict, outlet: str) -> None:
    """The outlet whose site or page this is, as the source until a 来源 line names the story's
    own (`中国政府网` over `来源：海关总署网站`)."""
    if "source" not in meta:
        meta["source"] = outlet
        meta[_FROM_SITE] = True


_BARE_DIVISION = regex.compile(r"[\p{Han}]{2,8}?(?:部|处|科|室)")  # a division named without its body (`生产业务部`)
# an internal report's name (`港口生产日报`, `统计日报`, `经营调度日报`): no paper's nameplate
INTERNAL_DAILY = regex.compile(r"(?:生产|统计|经营|调度|运行|工作|监测|销售)日报")
_PAPER_NAMEPLATE = regex.compile(rf"(?![\p{{Han}}]*{INTERNAL_DAILY.pattern}$)[\p{{Han}}]{{2,6}}(?:日报|晚报|都市报|商报)")
_LATIN_TAIL = regex.compile(r"(?<=\p{Han})\s*[A-Za-z][A-Za-z .&-]{1,60}$")  # a nameplate's name in Latin letters
_EDITION_TAIL = regex.compile(r"\s*(?:数字报|电子版|数字版|电子报)$")  # a paper's online edition after its name


SIGNATURE_LINES = 6  # a signature block: the issuing body and a date, on the last lines (and a post's staff credits)


def parse_signature(paras, original: str, rules, sectioned: bool = True) -> dict:
    """The issuing body and date signed at the foot of a report (`金沙湾经济开发区管委会办公室` /
    `2025年10月12日`): the publisher and date of a document whose head names neither.

    Only short stand-alone lines at the very end count; anything else ends the signature.  A
    bracketed 来源 line there (`（供稿：…宣传处　摄影：…）`) closes the last article; in a document
    without sections (``sectioned`` False) that is the whole text, so it is the document's source."""
    found: dict = {}
    host = None  # the body a footer says hosts the page or bulletin (`主办：…中心`)
    listed = False  # the foot lists the brief's recipients (`报：…`, `送：…`)
    # line by line from the end: the foot's lines may have been joined into one paragraph
    # (`发布时间：…` over `主办：…`); a body line among them ends the signature
    for ln in reversed(_above_related_posts(_foot_lines(paras, SIGNATURE_LINES + RELATED_POST_LINES), original)[-SIGNATURE_LINES:]):
        parts = _labelled_pairs(line_parts(original, ln.start, ln.end))
        if parts and (all(_PAGE_ACTION.fullmatch(t) or _SITE_FOOTER.match(t) or RULE_LINE.fullmatch(t) for t in parts)
                      or _POST_END.fullmatch("".join(parts)) or _POST_CHROME.fullmatch("".join(parts))
                      or (any(_SITE_FOOTER.match(t) for t in parts) and all(_SITE_FOOTER.match(t) or _STAFF_CREDIT.match(t) for t in parts))):
            # `【打印本页】  【关闭窗口】` under the signature: the page's buttons; or the site's
            # footer (`版权所有：…　　地址：…　　邮编：…`), or a bulletin's staff and telephone under
            # its issuing line (`编辑：刘洋　　审核：孙立新　　电话：0532-…`)
            host = host or next((m["v"] for t in parts if (m := _HOST.match(t))), None)
            listed = listed or any(_DISTRIBUTION.match(t) for t in parts)
            continue
        # a view counter or the page's buttons beside the date (`发布日期：…　　浏览次数：`,
        # `发布时间：…　　来源：…　　【打印】【关闭】`)
        if any(_REGISTRATION.search(t) for t in parts):
            # `南方报业传媒集团南方+客户端  粤ICP备05070829号`: the site's registration line, and the
            # body it names hosts the site (`湖北日报传媒集团　鄂ICP备…`) when nothing else signs the page
            host = host or next((_HOSTED.sub("", t) for t in parts if not _REGISTRATION.search(t) and not _SITE_FOOTER.match(t) and len(t) <= 30), None)
            continue
        kept = [t for t in parts if not (PAGE_COUNTER.match(t) or _PAGE_ACTION.fullmatch(t) or _FOOT_PAGE_NUMBER.fullmatch(t) or _PRINT_RUN.fullmatch(t))]
        if len(kept) > 1 and any(not _SITE_FOOTER.match(t) for t in kept):
            # `潍坊市商务局综合科　　电话：0536-8786123`: the issuing office, then its telephone
            kept = [t for t in kept if not _SITE_FOOTER.match(t)]
        if parts and not kept:
            continue  # `阅读 3426` under a post: nothing but the page's counters
        if len(kept) < len(parts) and all(_SITE_FOOTER.match(t) for t in kept):
            continue  # `（内部资料  免费交流）　　第 2 页`: the footer beside the page's number
        parts = kept
        if sum(map(len, parts)) > 40:
            break
        if len(parts) == 1 and (_SIGNED_MONTH.fullmatch(parts[0]) or _SIGNED_DAY.fullmatch(parts[0])) and not found:
            # `2025 年 9 月` under the signing body: the month it signed, no day to date the page by;
            # `7月8日` (`4月11日印发`): the day without its year, which the text must give
            continue
        if len(parts) > 1 and (_STAFF_CREDIT.match("".join(parts)) or all(_STAFF_CREDIT.match(t) for t in parts)):
            continue  # `责任编辑：王　蕾`: a name spaced out, not two parts; `编辑 | 陈思　审核 | 刘洋　终审 | 张敏`
        if len(parts) > 1 and (pm := _PAPER_PAGE_FOOT.fullmatch("".join(parts))) and (d := _date(pm)):
            # `2024年7月13日　星期六　　海南日报　　A03`: the foot of the paper's page
            found.setdefault("date", d)
            found.setdefault("source", pm["v"])
            continue
        if len(parts) == 2 and (pm := rules.cover["published"].match("".join(parts))) and (d := _date(pm)):
            found.setdefault("date", d)  # `内蒙古新闻网　2024-08-12 08:56`: the site and when it posted the page
            continue
        if len(parts) > 1 and (pm := rules.cover["press"].match("".join(parts))) and (d := _date(pm)):
            # `《 经济日报 》（ 2024年10月29日　 06 版）`: the paper's issue, spaced out
            found.setdefault("date", d)
            found.setdefault("source", pm["v"])
            continue
        # one signature field per line, or a web page's foot (`2025年01月16日 18:32:07　来源：新华网`);
        # a line counts whole or not at all (`版权所有 …中心　电话：…` is a site's footer)
        line: dict = {}
        if not parts or len(parts) > 2 or not all(_signature_part(t, line, rules, sectioned, listed) for t in parts):
            break
        if "publisher" in line and (under := _ALIAS_THEN_DIVISION.fullmatch(found.get("publisher", ""))) is not None:
            # `广西壮族自治区国际贸易促进委员会` over `（中国国际商会广西商会）经济信息部`: the body's
            # division, its alias between them
            found["publisher"] = line["publisher"] + under["d"]
        for k, v in line.items():
            found.setdefault(k, v)
    if "date" not in found:
        found.update({k: v for k, v in _labelled_foot_date(paras, original, rules).items() if k not in found})
    if "date" not in found:
        found.update({k: v for k, v in _signature_before_appendix(paras, original, rules).items() if k not in found})
    if "date" not in found and (linked := _linked_day(paras, original)) is not None:
        found["date"] = linked  # `原文链接：https://…/system/2024/07/16/033152847.shtml`: the day the page was filed
    if "publisher" not in found and "source" not in found:
        found.update(_body_before_appendix(paras, original, rules))
    if host and "publisher" not in found and "source" not in found:
        found["publisher"] = host  # `主办：青岛市贸促会原产地证书签证中心` under a data brief that signs nothing else
    return found


_HOSTED = regex.compile(r"(?:主办|承办|主管)$")  # `青岛市人民政府办公厅主办`: the body hosting the site
_REGISTRATION = regex.compile(r"ICP备|ICP证|公网安备|网站标识码")  # a site's registration numbers
# the host a footer names (`主办：青岛市贸促会原产地证书签证中心`, `主办单位：…办公室`)
_HOST = regex.compile(r"主办(?:单位)?\s*[:：]\s*(?P<v>[\p{Han}()（）]{4,40})$")


# an official document's print run beside its date (`（发布日期：2025年6月18日）　　共印30份`)
_PRINT_RUN = regex.compile(r"\(?共印\d{1,4}份\)?")


# a running foot's page number beside the bodies (`湖南省统计局　国家统计局湖南调查总队　　- 16 -`)
_FOOT_PAGE_NUMBER = regex.compile(r"[-—–]*\d{1,3}[-—–]*|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?|共\s*\d{1,3}\s*页")  # (`第 2 页　共 2 页`)


FOOT_LINES = 12  # lines at a web page's foot that may hold its labelled publication date


RELATED_POST_LINES = 8  # how many links to earlier posts may follow a post's signature
# the heading of links to other posts under a post (`往期回顾`, `推荐阅读：`)
_RELATED_POSTS = regex.compile(r"\s*(?:往期回顾|往期推荐|往期精选|推荐阅读|相关阅读|延伸阅读|精彩推荐|热门推荐|相关链接|相关稿件|相关新闻|相关文章|猜你喜欢)\s*[:：]?\s*")


def _above_related_posts(lines: list, original: str) -> list:
    """The foot's lines above a `往期回顾` heading and the post titles listed under it (they are
    other posts, not this one's signature); all of them when there is none."""
    for i in range(len(lines) - 1, -1, -1):
        if _RELATED_POSTS.fullmatch(original, lines[i].start, lines[i].end):
            # the links run to the post's end mark or its credits (`延伸阅读` / `· …` / `END` / `来源 | …`)
            # (or a dated line after them: `新华网 2025-01-13 15:06:21　　来源：新华社`)
            after = next((j for j in range(i + 1, len(lines)) if _POST_END.fullmatch(original, lines[j].start, lines[j].end)
                          or _CREDIT_LINE.match(original, lines[j].start, lines[j].end)
                          or (lines[j].end - lines[j].start <= 60 and not _LINK_ITEM.match(original, lines[j].start, lines[j].end)
                              and _DATED.search(original, lines[j].start, lines[j].end))), None)
            return lines[:i] + (lines[after:] if after is not None else [])
    return lines


_LINK_ITEM = regex.compile(r"\s*(?:[·•▪◆▶>»]|\d{1,2}[.、])")
_DATED = regex.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日")
_CREDIT_LINE = regex.compile(r"\s*(?:来源|稿源|供稿|作者|编辑|责任编辑|责编|审核|发布时间|发布日期)\s*[:：|｜]")


# staff a page or post credits at its foot (`编辑：王雪`, `摄影：陈××`)
_STAFF_LABELS = r"责任编辑|责编|编辑|审核|审校|校对|初审|复审|终审|排版|美编|监制|统筹|策划|摄影|图片|视频|通讯员"
# a label whose value a WeChat post's foot writes after a bar (`来源 | 市国资委综合处`, `编辑 | 陈思`)
_BAR_LABEL = regex.compile(rf"来源|稿源|供稿|作者|{_STAFF_LABELS}")
_POST_END = regex.compile(r"[—\-－]*\s*(?:END|End|end|完)\s*[—\-－]*")  # a post's end mark above its credits
# a WeChat post's foot under its credits (`预览时标签不可点，收录于合集…`, `写下你的留言`)
_POST_CHROME = regex.compile(
    r"预览时标签不可点.{0,40}|收录于(?:合集|话题).{0,30}|写下你的留言|留言|喜欢此内容的人还喜欢|继续滑动看下一个|向上滑动看下一个"
    r"|轻触阅读原文|阅读原文|微信扫一扫(?:关注该公众号)?|关注该公众号"
)


_SPLIT_NAME_END = regex.compile(rf"(?:{_STAFF_LABELS})\s*[:：]\s*[\p{{Han}}]$")
_NAME_TAIL = regex.compile(r"[\p{Han}]{1,2}")


def _labelled_pairs(parts: list[str]) -> list[str]:
    """The parts of a foot line with a staff name spaced out to align joined to its label
    (`编辑：王  璐`: one field).  (A bare label and the value a bar sets after it, `来源 | …`, are
    joined by :func:`line_parts` already.)"""
    out: list[str] = []
    for t in parts:
        if out and _SPLIT_NAME_END.search(out[-1]) and _NAME_TAIL.fullmatch(t):
            out[-1] += t
        else:
            out.append(t)
    return out


def _foot_lines(paras, n: int) -> list:
    """The last ``n`` lines of the document (its foot's lines may have been joined into one paragraph)."""
    return [ln for cp in paras[-n:] for ln in cp.p.lines][-n:]


def _labelled_foot_date(paras, original: str, rules) -> dict:
    """`发布时间:2025-09-19 16:30    来源:…` among a page's foot lines, below the last sentence of
    its text, whatever site lines (`建议使用…浏览器`, counters, links) surround it."""
    for ln in reversed(_foot_lines(paras, FOOT_LINES)):
        if "。" in original[ln.start : ln.end]:
            break  # the page's own text: no foot below it held a date
        for t in line_parts(original, ln.start, ln.end):
            if DATE_LABEL.match(t):
                line: dict = {}
                if _signature_part(t, line, rules) and "date" in line:
                    return {"date": line["date"]}
    return {}


# a page's address dated by its path (`/system/2024/07/16/…`, `/art/2024/7/16/art_…`, `/202407/t20240716_…`)
_URL_DAY = regex.compile(
    r"[ \t\u3000]*(?:(?:原文链接|原文地址|本文链接|文章链接|原文网址|网址|链接|原文|URL)[ \t\u3000]*[:：][ \t\u3000]*)?https?://[^\s/]+/\S*?(?:/(?P<y>20\d\d)[/-](?P<m>1[0-2]|0?[1-9])[/-](?P<d>3[01]|[12]\d|0?[1-9])/"
    r"|/t(?P<y>20\d\d)(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])_)"
)


def _linked_day(paras, original: str) -> str | None:
    """The day in the address of the page a foot links to as the story's own (`原文链接：…`)."""
    for ln in reversed(_foot_lines(paras, FOOT_LINES)):
        m = _URL_DAY.match(original, ln.start, ln.end)  # (a link line of its own, not one in a related post's line)
        if m is not None:
            try:
                return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
            except ValueError:
                return None
    return None


_ALIAS_THEN_DIVISION = regex.compile(r"[(（]?[^()（）]{2,20}[)）](?P<d>[\p{Han}]{2,10}(?:部|处|室|科|中心))")
# a page's date label (`发布时间：`, `更新日期：`, `录入时间：`): when the page went up, not a period it reports
DATE_LABEL = regex.compile(r"\s*(?:发布|更新|发表|成文|录入|生成|发稿)?(?:时间|日期)\s*[:：]")


def _signature_before_appendix(paras, original: str, rules) -> dict:
    """A report signed before its appendix (`广东省统计局贸易外经统计处` / `2025年10月29日`, then
    `附表` and a table): the last line that holds nothing but a full date, with the issuing body
    on the line above it when there is one."""
    for i in range(len(paras) - 1, -1, -1):
        cp = paras[i]
        if len(cp.p.lines) != 1 or len(cp.text) > 40:
            continue
        parts = line_parts(original, cp.p.start, cp.p.end)
        if len(parts) == 2 and parts[0].startswith("(") and parts[1].endswith(")"):
            # the body and the date in brackets closing a release (`（南宁海关综合统计处　2025年10月21日）`),
            # its notes under them
            body, when = parts[0][1:], parts[1][:-1]
            pm, m = rules.cover["publisher"].match(body), rules.cover["date"].match(when)
            if pm and m and (d := _date(m)):
                return {"date": d, "publisher": pm["v"]}
            continue
        if len(parts) != 1 or len(cp.text) > 20:
            continue
        m = rules.cover["date"].match(parts[0])
        d = _date(m) if m else None
        if not d:
            continue
        found = {"date": d}
        if i > 0 and len(paras[i - 1].p.lines) == 1:
            above = line_parts(original, paras[i - 1].p.start, paras[i - 1].p.end)
            pm = rules.cover["publisher"].match(above[0]) if len(above) == 1 else None
            if pm:
                found["publisher"] = pm["v"]
        return found
    return {}


def _body_before_appendix(paras, original: str, rules) -> dict:
    """A notice signed by its body alone before its appendix (`温州市贸促会`, then `附件1` and a
    table): the issuing body."""
    for i, cp in enumerate(paras):
        if i == 0 or not _APPENDIX_HEAD.fullmatch(cp.text):
            continue
        above = paras[i - 1]
        parts = line_parts(original, above.p.start, above.p.end)
        if len(above.p.lines) == 1 and len(parts) == 1 and (pm := rules.cover["publisher"].match(parts[0])):
            return {"publisher": pm["v"]}
        return {}
    return {}


_APPENDIX_HEAD = regex.compile(r"附\s*(?:件|表)\s*[\d一二三四五六七八九十]{0,2}\s*:?")


def _signature_part(t: str, found: dict, rules, sectioned: bool = True, listed: bool = False) -> bool:
    """Record ``t`` when it is a date, a 来源 or an issuing body; False for anything else."""
    m = rules.cover["date"].match(t) or rules.cover["published"].match(t)
    d = _date(m) if m else None
    if d:
        found.setdefault("date", d)
        return True
    if (pm := rules.cover["press"].match(t)) and (d := _date(pm)):
        found.setdefault("date", d)  # `（原载《江西日报》2024年6月24日第3版）`: the paper and the day it printed the story
        found.setdefault("source", pm["v"])
        return True
    if _SIGNING_DIVISION.fullmatch(t):
        found.setdefault("publisher", t)  # `统计分析司　　2025年3月7日印发`: the division that issued it
        return True
    for key in ("source", "publisher"):
        m = rules.cover[key].match(t)
        if m:
            if key == "source" and t.startswith(("数据来源", "资料来源")):
                return False  # a table's or a passage's data note, above the brief's foot: not a signature
            if key == "source" and sectioned and (t.startswith("(") or listed):
                # `（来源：商务部网站）`: the last article's source line, not the page's; so is a plain
                # `来源：商务部网站` over a brief's distribution lines (`报：…`, `送：…`)
                return True
            v = _CREDIT_AFTER.sub("", m["v"])
            # (`（自治区商务厅电子商务和信息化处  2024 年 8 月 9 日）`: the body inside the brackets)
            found.setdefault(key, v.lstrip("(（") if key == "publisher" else v)
            return True
    if _STAFF_CREDIT.match(t):
        return True  # a post's foot: `来源：…` / `编辑：王雪` / `审核：李明`, the staff named after the source
    # the body and its date on one line with a single space between (`天津市商务局 2024年10月21日`)
    m = _TRAILING_DATE.search(t)
    if m and m.start() > 0:
        head, tail = t[: m.start()], t[m.start() :]
        pm = rules.cover["publisher"].match(head)
        dm = rules.cover["date"].match(tail)
        d = _date(dm) if dm else None
        if pm and d:
            found.setdefault("publisher", pm["v"])
            found.setdefault("date", d)
            return True
    return False


_SIGNED_DAY = regex.compile(r"(?:1[0-2]|0?[1-9])\s*月\s*(?:[12]\d|3[01]|0?[1-9])\s*[日号](?:印发|发布|签发)?")
_SIGNED_MONTH = regex.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月")


# a ministry's division signing its bulletin, its ministry named at the head (`统计分析司`)
_SIGNING_DIVISION = regex.compile(r"[\p{Han}]{2,10}(?:司|处|科)")


# a newspaper page's foot line: its day, weekday, name and page (`2024年7月13日 星期六 海南日报 A03`)
# (or its name first: `福建日报　2025年1月21日　星期二　第5版`)
_DAY_AND_WEEKDAY = r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:星期|周)[一二三四五六日天]"
_PAPER_NAME = r"(?P<v>[\p{Han}]{2,10}?(?:日报|晚报|时报|商报|报))"
_PAGE_NO = r"(?:第?[A-Za-z]?\d{1,3}版|[A-Za-z]\d{1,3})"
# (the weekday may be left out: `郑州日报 2025年01月21日 第02版：要闻`)
_PAPER_HEAD = regex.compile(rf"{_PAPER_NAME}(?P<y>\d{{4}})年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日(?:(?:星期|周)[一二三四五六日天])?{_PAGE_NO}")
_PAPER_NAME_ALONE = regex.compile(_PAPER_NAME)
_DATED_PAGE = regex.compile(rf"{_DAY_AND_WEEKDAY}.{{0,20}}?{_PAGE_NO}")
_PAPER_PAGE_FOOT = regex.compile(
    rf"{_DAY_AND_WEEKDAY}{_PAPER_NAME}{_PAGE_NO}|{_PAPER_NAME}{_DAY_AND_WEEKDAY}{_PAGE_NO}"
)
# a photographer's or editor's credit after the body in a source line (`供稿：…宣传处　摄影：陈××`)
_CREDIT_AFTER = regex.compile(r"\s*(?:摄影|图片|图|视频|编辑|责编|记者|通讯员)\s*[:：].*$")
# a web page's buttons and links at its foot (parts are stripped of their 【】)
# (and the share buttons after `分享到：`, a QR code's caption: `扫一扫在手机打开当前页`)
_PAGE_ACTION = regex.compile(
    r"(?:打印本页|打印|举报|纠错|关闭窗口|关闭|返回顶部|返回|分享到|收藏|字号|字体|大|中|小|我要打印|[【】\[\]:：]"
    r"|微信|微博|QQ空间|QQ|朋友圈|复制链接|扫一扫(?:在手机(?:上)?打开(?:当前页|本页))?)+"
)
# a rule drawn across the page above its footer
RULE_LINE = regex.compile(r"[─━═—=\-_~·]{4,}")
# a web site's footer fields, below the page's own signature
_DISTRIBUTION_LINE = r"(?:抄送|分送|报送|送|报)\s*[:：]"  # an official brief's distribution lines (`报：…`, `送：…`)
_SITE_FOOTER = regex.compile(
    r"(?:[\p{Han}]{0,8}版权所有|主办单位|主办|承办单位|承办|地址|邮编|邮政编码|联系电话|咨询电话|[\p{Han}]{0,4}(?:服务|咨询)?热线|电话|传真|网站标识码|技术支持|欢迎转载|"
    rf"建议使用|推荐使用|最佳浏览|{_DISTRIBUTION_LINE}|\(?共印\d{{1,4}}份\)?$|"  # (an official document's distribution list and print run)
    r"联系人\s*[:：]|(?:投稿|电子)?邮箱\s*[:：]|(?:违法和不良信息)?举报(?:电话|邮箱|中心)|未经(?:授权|许可)|禁止转载|转载请注明|[\p{Han}]{0,2}ICP备|[\p{Han}]{0,2}公网安备|"
    r"制作单位|Copyright|©|All\s*Rights\s*Reserved|"
    r"\(?(?:内部资料|内部交流|内部刊物|免费交流|注意保存|仅供参考)"  # a brief's circulation notice at its foot
    r")"
)
_DISTRIBUTION = regex.compile(_DISTRIBUTION_LINE)
# a page's view counter, left empty by a scrape or filled (`浏览次数：1024`), and a WeChat post's
# counters under its foot (`阅读 3426`, `在看 12`, `阅读 10万+`)
PAGE_COUNTER = regex.compile(
    r"(?:浏览次数|阅读次数|阅读量|访问量|点击数|访问次数|浏览量|阅读|在看|点赞|赞|分享)[:：]?\s*(?:\d[\d,]*(?:\.\d+)?万?\+?)?$"
)
# staff named by person (`编辑：王雪`) or by office (`责任编辑：综合统计处`)
_STAFF_CREDIT = regex.compile(
    rf"\(?(?:{_STAFF_LABELS})\s*[:：]\s*"
    r"(?:[\p{Han}·×＊*]{2,4}(?:\s+[\p{Han}·×＊*]{2,4}){0,3}|[\p{Han}]{2,12}?(?:处|科|室|中心|办公室))\)?$"  # (a name masked `梁××`; closing a bracketed source line)
)
_TRAILING_DATE = regex.compile(r"\d{4}年\d{1,2}月\d{1,2}日(?:印发|编印|发布|签发)?$")
