"""Whose figure it is: the subject of a metric from the clause, the sentence, the article and the
document (companies, zones, parks, places, the bulletin's own region), and the names around it."""

from __future__ import annotations

import collections
import functools

import regex

from ..numbers import parse_number
from ..organisations import organisation_names, organisation_rows
from ..patterns import person_surnames
from ..places import HOME_CITY_ENDS, PlaceIndex, customs_province, lookup, place_at, place_mentions, place_regex
from .context import _ArticleContext, _DocContext
from .phrases import (
    is_venue,
    titled_service,
    CITY_ZONES,
    INLAND_PORTS,
    COLUMN_WORDS,
    DELEGATION_WORDS,
    TRADE_FLOWS,
    Phrase,
    brands_in,
    company_name,
    is_brand,
    is_rail_service,
    names_another_service,
    operated_service,
    rail_service_at,
    read_phrase,
)
from .roles import CONTRIBUTION_VERBS
from .vocab import alternation, vocab



_PORT_GROUP = regex.compile(r"(?P<port>[\p{Han}]{2,8}?(?:港|机场))(?:口|务)?(?:集团|股份有限公司)")


@functools.lru_cache(maxsize=64)
def _group_port(org: str, text: str) -> str | None:
    """The port a port group runs (`宁波舟山港集团` -> 宁波舟山港), or the airport its company runs
    (`南湖国际机场股份有限公司` -> 南湖国际机场), when the text names it."""
    m = _PORT_GROUP.match(org)
    if m is None:
        return None
    port = m.group("port")
    if regex.search(rf"{regex.escape(port)}(?![口务区域集])", text):
        return port
    if port.endswith("港") and org.startswith("务", m.end("port")):
        # `广西北部湾国际港务集团` over `北部湾港生产经营周快报`: the port the text names, whose name
        # the group's holds
        named: collections.Counter = collections.Counter()
        for pm in _PORT_WORD.finditer(text):
            before = text[max(0, pm.start() - 6) : pm.start()]
            k = next((k for k in range(len(before), 1, -1) if before[-k:] in org and _HAN_RUN.fullmatch(before[-k:])), 0)
            if k and lookup(before[-k:] + "港") is None:  # (not a city named …港: `连云港`, `防城港`)
                named[before[-k:] + "港"] += 1
        if named:
            return named.most_common(1)[0][0]
    return None


_PORT_WORD = regex.compile(r"港(?![口务区域集])")
_HAN_RUN = regex.compile(r"[\p{Han}]+")


_LEADING_PERIOD = regex.compile(r"(?:\d{4}年)?(?:\d{1,2}(?:[-—至]\d{1,2})?月份?|[上下]半年|前?[一二三四]季度|前(?:\d{1,2}|[二两三四五六七八九十]{1,2})个?月|(?:春节|国庆|五一|端午|中秋|元旦|清明)(?:假期|黄金周|小长假|期间)?)?")  # (`春节假期珠海口岸…`)


# a digest item's column label before its headline (`【展会促进】第九届…交易会闭幕`)
_COLUMN_LABEL = regex.compile(r"(?:【[^】]{1,8}】|\[[^\]]{1,8}\])?\s*")
_EVENT_HELD = regex.compile(r"闭幕|落下帷幕|落幕|开幕|举行|举办|召开")
# the home city's or province's part in a fair a headline names (`2025数博会圆满落幕 我省签约金额…`)
HOME_PART = regex.compile(r"我市|全市|本市|我省|全省|本省|我区|全区")
# the kinds of fair, and fairs' short names (`广交会`, `进博会`, `上交会`, `服博会`, `投洽会`, `服贸会`:
# a character or two of the name, then the kind's last characters; not `交会处`, `经贸会谈`)
FAIR_KINDS = r"(?:交易会|博览会|展览会|洽谈会|[\p{Han}]{1,2}?(?:交会|博会|洽会|贸会)(?![议员谈处场]))"
# a fair's name ending in its kind (`全球数字贸易博览会`, `中国国际投资贸易洽谈会`, `服贸会`)
FAIR_NAME = regex.compile(r"[\p{Han}]{0,14}?" + FAIR_KINDS)
_EVENT = regex.compile(
    # `第138届广交会`, or a fair named by its year (`2025年服贸会`, `2025中国国际服务贸易交易会`)
    r"(?:第[0-9一二三四五六七八九十百]+届|20\d\d年?(?=[\p{Han}“]))[\p{Han}()（）“”—-]{0,24}?" + FAIR_KINDS
)


# a firm citing its own figures, then referred to (`…宁波分公司数据显示，上半年该公司承保…`)
_FIRM_CITED = regex.compile(r"(?P<org>[\p{Han}]{2,24}?(?:公司|集团|银行|分行|支行))(?:的)?(?:数据|统计)?(?:显示|表明)")
_THAT_FIRM = regex.compile(r"该(?:公司|集团|行)")
THAT_FIRM_REACH = 10  # characters into the figure's clause (`上半年该公司…`) where the reference may stand


def firm_citing_itself(text: str, s: int, cs: int) -> str | None:
    """`中国出口信用保险公司宁波分公司数据显示，上半年该公司承保出口金额…`: the firm citing its own
    figures, then referred to as 该公司 in the figure's clause."""
    if (that := _THAT_FIRM.search(text, s, cs + THAT_FIRM_REACH)) is not None and (firm := _FIRM_CITED.search(text, s, that.start())) is not None:
        return firm.group("org")
    return None
_MUNICIPALITIES = frozenset(("北京市", "上海市", "天津市", "重庆市"))


_OWN_ECONOMIES = frozenset(("香港", "澳门", "台湾"))


# (an exchange's monthly reports its own trading; a border inspection station's brief its own checks)
# (a commercial bank's branch too, `中国银行宁波市分行`, posting on its own business: not a central
# bank's, which reports its region's statistics, nor a bank's economists writing on the economy)
_COMPANY_END = regex.compile(r"(?:集团|公司|交易所|交易中心|边检站|边检总站|边防检查站|边防检查总站|(?<!人民银行[\p{Han}]{0,8})(?:分行|支行))$")


_PARTS_OF_WHOLE = r"按[^,;。]{1,10}?分|[分从][^,;。]{1,8}?(?:来看|看)"  # `分行业看，`
_WORLD_NAMES = frozenset(("全球", "世界"))


_BREAKDOWN_OF_WHOLE = regex.compile(rf"(?:{_PARTS_OF_WHOLE})[,:]")


_OF_WHICH = regex.compile(r"\s*其中")
_REGION_LENS = regex.compile(r"\s*(?:其中,)?[从分按][^,。;]{0,8}?(?:地区|区域|区县|县区|县市区|镇街|片区)看?,")


def _within_whole(part: str, whole: str | None) -> bool:
    """``part`` is a city or district of a wider ``whole`` (a province or city) other than itself."""
    p, w = lookup(part), lookup(whole) if whole else None
    ranks = {"province": 2, "city": 1, "district": 0}
    if p is None and w is not None and w.kind in ranks and _ZONE_END.search(part):
        # `郑州航空港经济综合实验区` in a story on 郑州市: a zone named after its city lies within it
        return part.startswith(w.canonical.removesuffix("市").removesuffix("省")) and part != w.canonical
    return p is not None and w is not None and p.kind in ranks and w.kind in ranks and ranks[p.kind] < ranks[w.kind]


def _stated_as_part(text: str, zone: str, start: int, end: int) -> bool:
    """The sentence that last named ``zone`` before ``end`` gave its figure as a share of the
    whole (`郑州航空港经济综合实验区进出口…，占全市的68.3%。`): the zone was a part of the story's
    place, whose breakdown the next sentence opens (not a zone the story is about, `园区…`)."""
    at = text.rfind(zone, start, end)
    if at < 0:
        return False
    return _SHARE_OF_WHOLE.search(text, at, _sentence_end(text, at)) is not None


_SHARE_OF_WHOLE = regex.compile(r"占全(?:市|省|区|国)")


_ZONE_END = regex.compile(r"(?:园区|新区|实验区|开发区|示范区|综合保税区|综保区|高新区|保税区|自贸区|片区|港区)$")


ZONE_NAME_REACH = 300  # characters into the current paragraph a zone's full name may stand before its short form


def _named_zone(text: str, actx: _ArticleContext, form: str, places: PlaceIndex | None) -> str | None:
    """`记者从西安高新区管委会获悉，…高新区软件…`: the zone a bare 高新区 refers to, named in full
    (after the place it belongs to) earlier in the article or its title."""
    if actx.first_para_start < 0 or len(form) < 2:
        return None
    found = None
    segments = ((actx.title or "", 0, len(actx.title or "")), (text, actx.first_para_start, actx.para_start + ZONE_NAME_REACH))
    for seg, a, b in segments:
        for m in place_mentions(seg, a, min(b, len(seg))):
            # (`满洲里海关关区`: the district of the customs house named after the place)
            named = seg.startswith(form, m.end()) or (form == "关区" and seg.startswith("海关关区", m.end()))
            if named and (p := lookup(m.group())) is not None:
                # (`新疆全区`: all of 新疆, the region itself)
                found = p.canonical if form.startswith("全") and p.kind in ("province", "city", "district") else m.group() + form
    if found is None and (defined := _zone_defined(text, form)) is not None:
        # `横琴粤澳深度合作区（以下简称“合作区”）`, `广州开发区（黄埔区，以下简称“开发区”）`: the
        # document's own short name, whichever section uses it
        return defined
    if found is None and actx.para_start > 0 and places is not None:
        # `河南自贸试验区2024年建设成效显著` heading a report whose sections say `自贸试验区…`: the
        # one zone of that name the document named before the article (read off the document's
        # place index, stopping at a second name)
        named: set[str] = set()
        for _, end, place in places.between(0, actx.para_start):
            if text.startswith(form, end) and lookup(place) is not None:
                named.add(place + form)
                if len(named) > 1:
                    break
        if len(named) == 1:
            return named.pop()
    if found is None and form in _ZONE_WORDS:
        # `横琴粤澳深度合作区外贸增势强劲。…合作区货物贸易进出口…`: a zone named in full where a
        # title or paragraph opens, no gazetteer place in its name; the first one named
        for seg, a, b in ((actx.section or "", 0, len(actx.section or "")), *segments):
            m = _zone_opening(form).search(seg, a, min(b, len(seg)))
            if m is not None:
                return m.group("z")
    return found


def _bonded_zone_named(text: str, actx: _ArticleContext, form: str) -> str | None:
    """`临湾保税区的…业务…` before a bare 保税区: the first bonded zone the article names in full,
    its place unknown to the gazetteer."""
    if actx.first_para_start < 0:
        return None
    pattern = _zone_named_before(form)
    for seg, a, b in ((actx.title or "", 0, len(actx.title or "")), (text, actx.first_para_start, actx.para_start + ZONE_NAME_REACH)):
        m = pattern.search(seg, a, min(b, len(seg)))
        if m is not None:
            return m.group()
    return None


_ZONE_WORDS = frozenset(("合作区", "示范区", "试验区", "实验区", "新区"))
# a bonded zone a table's title names (`表三　东疆综合保税区主要外向型指标`), after its number or period
_TITLED_BONDED_ZONE = regex.compile(
    r"(?:(?<=[年月度份])|(?<![\p{Han}]))(?![一二三四上下前全第]{1,2}(?:季度|半年|年))(?P<z>[\p{Han}]{2,10}?(?:综合保税区|综保区|保税港区))"
)


def titled_bonded_zone(title: str) -> str | None:
    """The bonded zone a table's title names as its own, else None."""
    m = _TITLED_BONDED_ZONE.search(title)
    return m.group("z") if m is not None else None


def registered_zone(name: str, text: str) -> str:
    """A bonded zone by the registered name the document also writes (`青岛前湾综保区` under
    `青岛前湾综合保税区管理委员会` -> 青岛前湾综合保税区; not `无锡综保区`, a city's zones)."""
    if name.endswith("综保区") and (at := text.find(full := name[:-3] + "综合保税区")) >= 0:
        # (by the city it is written under: `宁波梅山综合保税区` for `梅山综保区`)
        city = next((text[at - k : at] for k in (3, 2) if at >= k and (p := lookup(text[at - k : at])) is not None and p.kind == "city"), "")
        return city + full
    return name


_ZONE_NAME_END = regex.compile(rf"(?:综保区|综合保税区|保税区|开发区|高新区|经开区|园区|产业园|片区|新区|试验区|合作区|示范区|互市贸易区|互市区|边境合作中心|{CITY_ZONES}|关区)$")
_ZONE_REFERENCES = frozenset(("全区", "园区", "本园区", "我区", "片区", "本片区", "该片区", "关区"))
_PARK_WORDS = frozenset(("园区", "本园区", "产业园"))
_WHOLE_DISTRICT_WORDS = frozenset(("全区", "我区", "本区"))


def _district_region(region: str | None) -> bool:
    """The document's region is a district (`浦东新区`): its 全区 is the district itself."""
    p = lookup(region) if region else None
    return p is not None and p.kind == "district" or (region or "").endswith("区")
_PARK_KINDS = "产业园|工业园|科技园|物流园"
_TITLED_PARK = regex.compile(rf"^(?!{COLUMN_WORDS})(?P<z>[\p{{Han}}]{{2,14}}?(?:{_PARK_KINDS}|园区))")


def _titled_park(title: str | None) -> str | None:
    """The park a story's headline opens with (`石狮跨境电商产业园调查：…`)."""
    m = _TITLED_PARK.match(title or "")
    if m is None or _LEADING_PERIOD.match(m.group("z")).end():
        return None  # (`三季度园区服务外包数据出炉`: the period, then the word 园区; no park's name)
    return m.group("z")


_BONDED_ZONE_WORDS = frozenset(("保税区",))
_PARK_NAME = regex.compile(rf"[\p{{Han}}]{{2,14}}?(?:{_PARK_KINDS})(?:区(?![域内外]))?")  # (`苏州工业园区`: the park's whole name)


def _park_in_headlines(ctx: _DocContext, actx: _ArticleContext) -> str | None:
    """The park a story's headline or subtitle names from its place on (`——山东曹县跨境电商产业园
    见闻` -> 曹县跨境电商产业园): what a later `园区…` is."""
    for line in (actx.title, *ctx.front_lines):
        for m in _PARK_NAME.finditer(line or ""):
            if (name := _zone_from_place(m.group())) is not None:
                return name
    return None


def _park_named_in_article(ctx: _DocContext, actx: _ArticleContext) -> str | None:
    """`…就到了曹县电子商务产业园。…园区入驻企业实现…`: the first park the article names in full
    (from its place on, or the county the story names), what a later `园区…` is."""
    if actx.first_para_start < 0:
        return None
    end = min(len(ctx.text), actx.para_start + ZONE_NAME_REACH)
    for m in _PARK_NAME.finditer(ctx.text, actx.first_para_start, end):
        if "的" not in m.group() and (name := _zone_from_place(m.group(), ctx.county)) is not None:
            return name  # (not a kind of park, `全市认定的跨境电商产业园`)
    return None


OWN_REGION_LEAD = regex.compile(r"我国|全国|我省|全省|本省|我市|全市|本市")


_CITY_ZONE_KIND = regex.compile(r"高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|综保区|综合保税区")


def named_after_city(text: str, start: int, end: int, kind: regex.Pattern) -> set[str]:
    """What ``text[start:end]`` names after a city, its kind right after the city's name
    (`长沙高新区` for zones, `郑州机场` for airports)."""
    found = set()
    for m in place_mentions(text, start, end):
        k = kind.match(text, m.end())
        if k is not None and (p := lookup(m.group())) is not None and p.kind == "city":
            found.add(m.group() + k.group())
    return found


def city_zones_named(text: str, start: int, end: int) -> set[str]:
    """The zones ``text[start:end]`` names after their city (`长沙高新区`, `宁波经开区`)."""
    return named_after_city(text, start, end, _CITY_ZONE_KIND)


def _one_zone_in_lead(text: str, actx: _ArticleContext) -> str | None:
    """`记者从长沙高新区科技创新局获悉，去年，园区高新技术企业…`: the one zone the title or the lead
    names after its city, what a later bare 园区 is (none when it names two)."""
    if actx.first_para_start < 0:
        return None
    title = actx.title or ""
    named = city_zones_named(title, 0, len(title)) | city_zones_named(text, actx.first_para_start, min(len(text), actx.para_start + ZONE_NAME_REACH))
    return named.pop() if len(named) == 1 else None


@functools.lru_cache(maxsize=64)
def _zone_defined(text: str, form: str) -> str | None:
    """The zone the document names in full before `（以下简称“合作区”）`: found once per document."""
    m = regex.search(rf"(?P<z>[\p{{Han}}]{{2,16}}?{form})\((?:[^()]{{1,12}}?,)?(?:以下)?简称“{form}”", text)
    if m is None or OWN_REGION_LEAD.match(m.group("z")):
        return None  # (`我国境外经贸合作区（以下简称“合作区”）`: the nation's zones, no one zone)
    return _zone_from_place(m.group("z")) or m.group("z")


@functools.cache
def _zone_named_before(form: str) -> regex.Pattern:
    """A zone named in full, two to four characters before ``form`` (`临湾保税区`)."""
    return regex.compile(rf"(?:(?![的在和与及是为了全该本各我对从])\p{{Han}}){{2,4}}?{form}")


@functools.cache
def _zone_opening(form: str) -> regex.Pattern:
    """A zone named in full where a title or paragraph opens, ending in ``form``."""
    return regex.compile(rf"(?:^|(?<=\s))(?P<z>(?![本该全各我其])(?:(?![的季月年])[\p{{Han}}]){{2,12}}?{form})", regex.M)


def _canonical_subject(ctx: _DocContext, actx: _ArticleContext, form: str, kind: str) -> str | None:
    if kind == "facility" and ctx.zone and ctx.zone != form and ctx.zone.endswith(form):
        return ctx.zone  # `中心片区新设企业…` in the brief of `中国（陕西）自由贸易试验区中心片区`: the zone
    if kind == "region" and form in _COUNTY_PRONOUNS and not (ctx.region or "").endswith("县"):
        return ctx.county or ctx.region  # `全县木制玩具出口…` in a story on 云和县
    if kind == "region" and form in _TOWN_PRONOUNS:
        return _named_town(ctx.text) or ctx.region  # `全镇家具出口…` in a story on 大岭山镇
    if kind == "region" and form in _CITY_PRONOUN_FORMS and (city := _title_city(actx.title)) and city != ctx.region:
        return city  # `● 昆山市跨境电商进出口…` in a prefecture's brief: its 全市 is 昆山市
    if kind == "region":
        return ctx.region
    if kind == "province":
        return actx.province or ctx.province
    if kind == "country":
        return ctx.home_country
    if kind == "world":
        return "全球"
    if kind == "zone" and form == "基地":
        return ctx.zone  # a base's own brief; elsewhere (`生产基地`) the word names no one place
    if kind == "zone" and form in _BONDED_ZONE_WORDS:
        # `宁波保税区的…业务…。…保税区申报单量…`: the bonded zone named earlier, else the word as
        # written (a city's several bonded zones are no one place)
        return _named_zone(ctx.text, actx, form, ctx.places) or _bonded_zone_named(ctx.text, actx, form) or form
    if kind == "zone":
        return (
            ctx.zone
            # `昆山综保区实现…；…占全区进出口总值的8.9%`: the zone the article has been speaking of
            or (actx.subject if actx.subject and _ZONE_NAME_END.search(actx.subject) and form in _ZONE_REFERENCES else None)
            or _named_zone(ctx.text, actx, form, ctx.places)
            # `石狮跨境电商产业园调查：…` then `园区企业实现…`: the park the story is about
            or ((_titled_park(actx.title) or _park_in_headlines(ctx, actx) or _park_named_in_article(ctx, actx)
                 or _one_zone_in_lead(ctx.text, actx))
                if form in _PARK_WORDS else None)
            or _autonomous_region(actx.province or ctx.province)
            # `南通经开区…。去年全区单位工业增加值能耗…` in a story on that zone (not in a district's
            # own release, where 全区 is the district, nor an autonomous region's)
            or (_one_zone_in_lead(ctx.text, actx) if form in _WHOLE_DISTRICT_WORDS and not _district_region(ctx.region) else None)
            or ctx.region
        )
    if kind == "self":
        if form in ("全港", "本港", "本场") and ctx.self_org and (port := _group_port(ctx.self_org, ctx.text)):
            return port  # `全港累计完成货物吞吐量…` in 宁波舟山港集团's brief: the port
        if form == "本港" and ctx.self_org and (city := _branch_city(ctx.self_org)):
            return city + "港"  # `本港完成…` in a shipping agency's 厦门分公司 brief: the port it works in
        if form in ("集团", "本集团") and not ctx.self_org and (group := _group_cited(actx)) is not None:
            return group  # `记者从江汉港航集团运营管理部获悉，…集团所属港口…` in the group's account's post
        if form in ("集团", "本集团") and not (ctx.self_org or "").endswith("集团") and (titled := _TITLED_GROUP.search(actx.title or "")) is not None:
            return titled.group()  # `厦门港务控股集团一季度经营数据发布` in an association's brief: `集团实现…` is that group
        if form == "该行" and actx.subject and _BANK_END.search(actx.subject):
            return actx.subject  # `…中国银行宁波市分行…。截至6月末，该行信保融资余额…`: the bank just named
        if form == "该行" and actx.inline_source and _BANK_END.search(actx.inline_source[0]):
            return actx.inline_source[0]  # `鹭岛银行厦门分行…总经理张立群介绍，一季度该行为386家…`: the bank speaking
        if form in _BANK_PRONOUNS and not ctx.self_org and (bank := _named_bank(ctx)) is not None:
            return bank  # `记者从…江南农商银行…获悉，…该行全年实现国际结算量…`: the bank the story names
        # (`…集团实现海外营业收入` in a group's news item: the group the item is about)
        return ctx.self_org or actx.title_org or ctx.announcer or ctx.region
    if kind == "association":
        return _association(ctx)
    if kind == "delegation":
        # (`分团`, `交易团`: the delegation the report is about, by its short name)
        return ctx.delegation if form in DELEGATION_WORDS else form
    if kind in ("company", "facility"):
        return form
    p = lookup(form)
    if p is not None:
        if p.kind == "province" and actx.province is None:
            actx.province = p.canonical
        if p.kind == "economy":
            # Hong Kong's and Macao's own figures under the names they go by (`香港`, `澳门`), as
            # their own releases name them (`中国香港` stays a market's name)
            return p.canonical.removeprefix("中国")
        return p.canonical
    return form


_GROUP_NAME = regex.compile(r"[\p{Han}]{2,12}?集团")


_BANK_PRONOUNS = frozenset(("该行", "本行", "我行", "全行"))
_BANK_END = regex.compile(r"(?:银行|分行|支行|农商行)$")
# a bank by its name (`江苏江南农村商业银行`, `江南农商银行`, `青岛银行`), as a story defines or headlines it
_BANK_NAME = regex.compile(r"(?:以下简称|下称|简称)[“\"]?(?P<short>[\p{Han}]{2,10}?(?:银行|农商行))[”\"]|(?P<name>(?<![\p{Han}])(?:(?![这该在的向从到与和及为是家])\p{Han}){2,12}?(?:农村商业银行|农商银行|商业银行|农商行|银行))")  # (not `这家公司在银行`)
BANK_NAME_REACH = 600  # characters at the head where a story names the bank it is about


def _named_bank(ctx: _DocContext) -> str | None:
    """The bank a story on one bank names: the short name it defines, else the first it names."""
    head = ctx.text[: min(len(ctx.text), BANK_NAME_REACH)]
    found = list(_BANK_NAME.finditer(head))
    short = next((m.group("short") for m in found if m.group("short")), None)
    if short is not None:
        return short
    names = [m.group("name") for m in found if m.group("name") and not m.group("name").startswith(("人民银行", "中国人民银行"))]
    return names[0] if names else None


def _group_cited(actx: _ArticleContext) -> str | None:
    """The group the article's citation names (`江汉港航集团运营管理部`): what its 集团 is."""
    m = _GROUP_NAME.match(actx.inline_source[0]) if actx.inline_source else None
    return m.group() if m else None


_COUNTY_PRONOUNS = frozenset(("全县", "我县", "本县", "县域"))
_CITY_PRONOUN_FORMS = frozenset(("全市", "本市", "我市"))
_BODY_AFTER_PLACE = regex.compile(r"[市]?(?:海关|[\p{Han}]{0,6}?(?:局|委|厅|办|政府|日报|晚报|报|网|电视台|集团|银行|公司|协会|商会|中心))$")


@functools.lru_cache(maxsize=256)
def _title_city(title: str | None) -> str | None:
    """The city an article's title opens with (`昆山市跨境电商进出口保持两位数增长`), or None."""
    if not title:
        return None
    m = next(iter(place_mentions(title)), None)
    if m is None or m.start() != 0 or _BODY_AFTER_PLACE.match(title, m.end()):
        return None  # (`南京海关`, `苏州市商务局`: a body named after the city, not the city)
    p = lookup(m.group())
    return p.canonical if p is not None and p.kind == "city" else None


_NOT_COUNTY_LEAD = "全本我该各每"  # `占全县…`: a pronoun, not a county's name
_SHORT_COUNTY = regex.compile(rf"[^{_NOT_COUNTY_LEAD}\W\d][县旗]")  # `高县`, `珙县` in a table of places: a county with a one-character name
_COUNTY_NAME = regex.compile(rf"(?<![{_NOT_COUNTY_LEAD}])(?<![\p{{Han}}][{_NOT_COUNTY_LEAD}])[\p{{Han}}]{{2,3}}?(?<![{_NOT_COUNTY_LEAD}])(?<!代表)(?<![从向由到自据在])县(?![级域城乡区委])")  # (`约占全县`, `从县海洋与渔业局`: no county)


_TOWN_PRONOUNS = frozenset(("全镇", "我镇", "本镇"))
# a town's name: not a kind of town (`城镇`, `产业重镇`, `出口第一镇`)
_TOWN_NAME = regex.compile(rf"(?<![{_NOT_COUNTY_LEAD}])[\p{{Han}}]{{2,3}}?(?<![城乡村重小一名强集古市])镇(?![级域区委长])")


@functools.lru_cache(maxsize=16)
def _named_town(text: str) -> str | None:
    """The town a story names most (`大岭山镇`), for its 全镇."""
    return _named_most(text, _TOWN_NAME)


def _branch_city(org: str) -> str | None:
    """The city a company's branch is named after (`…有限公司厦门分公司` -> 厦门)."""
    stem = org.removesuffix("分公司").removesuffix("市")
    if stem == org:
        return None
    for n in (2, 3):
        p = lookup(stem[-n:])
        if p is not None and p.kind == "city":
            return stem[-n:]
    return None


# a country's own statistics body (`马来西亚统计局`, `巴基斯坦统计署`, `印度商工部`, `泰国海关`)
_FOREIGN_STATISTICS = regex.compile(
    r"(?P<c>[\p{Han}]{2,6}?)(?:国家|联邦)?(?:商务部)?"
    r"(?:统计总局|统计局|统计署|统计部|统计厅|统计办公室|普查局|商工部|贸工部|工贸部|商业部|海关|中央银行|央行)"
)


def _foreign_statistics(body: str) -> str | None:
    """The country whose own statistics body ``body`` is, other than China."""
    m = _FOREIGN_STATISTICS.fullmatch(body)
    return foreign_country(m.group("c")) if m is not None else None


def _named_county(text: str) -> str | None:
    """The county a document names most (`云和县`), for its 全县 when it is no county's own bulletin."""
    return _named_most(text, _COUNTY_NAME)


LONG_NAME_REACH = 6  # characters left of a matched county name that a longer known name may start at


def _named_most(text: str, pattern: regex.Pattern) -> str | None:
    """The name ``pattern`` finds most often in ``text``.  Its left edge is unknown (`丽水云和县`,
    `就到了曹县`): of each match, the ending the document writes most, the longer of those written
    as often (`云和县`, not `和县`)."""
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        name = max((text[i : m.end()] for i in range(m.start(), m.end() - 1) if text[i] not in _NOT_COUNTY_LEAD),
                   key=lambda c: (text.count(c), len(c)))
        # (a name longer than the pattern reaches, which the gazetteer knows: `河口瑶族自治县`, not `族自治县`)
        name = next((text[i : m.end()] for i in range(max(0, m.start() - LONG_NAME_REACH), m.start()) if lookup(text[i : m.end()]) is not None), name)
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


_NAME_DASH = frozenset("-—–－(（")  # `中国—东盟博览会`, `中国（郑州）跨境电子商务综合试验区`: a name, not a subject


# national bodies, whose releases report the nation's figures
NATIONAL_BODY = regex.compile(
    r"(?:国家[\p{Han}]{1,10}?(?:局|委员会|委)|海关总署|国务院|中国人民银行|(?:商务|财政|工业和信息化|交通运输|农业农村|文化和旅游|自然资源|生态环境|人力资源和社会保障)部)"
)


def foreign_country(name: str | None) -> str | None:
    """The country other than China ``name`` names (a partner's statistics body, an embassy's host
    as a document's region), or None."""
    p = lookup(name) if name else None
    return p.canonical if p is not None and p.kind == "country" and p.canonical != "中国" else None


def _autonomous_region(province: str | None) -> str | None:
    """An autonomous region calls itself 全区/我区 (`广西壮族自治区`)."""
    return province if province and province.endswith("自治区") else None


# a group named at the start of a word run in an item's title (`厦门港务控股集团一季度经营数据发布`)
_FIRM_WORDS = frozenset(("公司", "企业", "该公司", "该企业", "本公司", "集团", "该集团"))
_TITLED_GROUP = regex.compile(r"(?<![\p{Han}])[\p{Han}]{2,14}?集团(?!公司|有限|股份)")


def _association(ctx: _DocContext) -> str | None:
    """The issuing body when it is an association (协会, 商会 …), which 协会 and its activities name."""
    return ctx.self_org if ctx.self_org and ctx.self_org.endswith("会") else None


def _leading_subject(text: str, s: int, cs: int, period_spans) -> tuple[str, str] | None:
    """The subject leading the sentence: in its first clause with content beyond a period or an
    opener (`从国际市场来看，1—2月，中国内地承接…` -> 中国内地)."""
    pos = s
    while pos < cs:
        end = pos
        while end < cs and text[end] not in ",;:":
            end += 1
        if _LEARNED_FROM.search(text, pos, end) or _SPEAKING.search(text, pos, end) or _CITATION_CLAUSE.fullmatch(text, pos, end):
            # (`据中国汽车工业协会统计分析，`, `根据…整理的企业数据，`: who counted, not whose figure)
            # `记者从中国铁路…公司获悉，`, `海南省商务厅相关负责人…表示，`: who tells, not whose figure
            pos = end + 1
            continue
        am = _AT_PLACE.fullmatch(text, pos, end)
        p = lookup(am.group("p")) if am else None
        if p is not None and p.kind in ("province", "city", "district"):
            return am.group("p"), "place"  # `在西安，中欧班列长安号开行…`: the scene is whose figure
        if _PARTNER_RANK.search(text, pos, end):
            return None  # `欧盟仍为吉林省第一大贸易伙伴`, `墨西哥以…成为第一大出口目的地`: a market's rank
        if (fair := _EVENT.match(text, _content_start(text, pos))) and _EVENT_HELD.search(text, fair.end(), end):
            return fair.group(), "facility"  # `第四届中非经贸博览会在长沙举办，…期间共达成…`: the fair's
        ph = read_phrase(text[pos:end], period_spans, pos)
        cited_firm = ph.subject_kind in ("company", "facility") or _FIRM_WORD.search(text, pos, end)
        if cited_firm and _CITED.search(text, pos, end) and "公司" not in text[end : cs + 8]:
            # `中国国家铁路集团有限公司最新数据显示，`: a company cited for the figures (but one whose
            # report goes on `上半年公司实现…` reports its own; a city's bureau citing its own
            # figures, `西安市商务局数据显示，`, still names the city)
            pos = end + 1
            continue
        if ph.subject:
            return ph.subject, ph.subject_kind
        if ph.text and not _DATE_CLAUSE.fullmatch(ph.text):  # `9月12日，协会…`: a dated event
            return None
        pos = end + 1
    return None


# a partner's rank among a place's markets, sources or destinations
_PARTNER_RANK = regex.compile(
    r"(?:第[一二三四五六七八九十\d]{1,2}|最)大(?:的)?[\p{Han}]{0,8}?(?:贸易伙伴|贸易伙伴国|市场|目的地|来源地|来源国|伙伴|发包方|客户|结算地区|结算地)"
)


def _ranked_partner(text: str, s: int, at: int) -> str | None:
    """The market the sentence's first clause ranks (`欧盟仍为吉林省第一大贸易伙伴，…`), when the
    figure at ``at`` follows that clause."""
    pos = s
    while pos < at:
        end = pos
        while end < at and text[end] not in ",;:":
            end += 1
        if end >= at:
            return None
        if _PARTNER_RANK.search(text, pos, end):
            m = place_regex().match(text, pos)
            p = lookup(m.group()) if m else None
            return p.canonical if p is not None and p.kind in _MARKET_KINDS else None
        pos = end + 1
    return None


_LEARNED_FROM = regex.compile(r"(?:获悉|了解到|得知)$")
# an authority's official speaking (not a company's manager: whose own figures those are)
_SPEAKING = regex.compile(
    r"(?:厅|局|委|部|署|(?<!公)司|海关|政府|办|组委会|管委会|中心|协会|商会|联合会)(?:有关|相关)?(?:[\p{Han}]{0,8}?\))?(?:负责人|负责同志|发言人|新闻发言人|副?局长|厅长|部长|主任|司长|处长|副?会长|秘书长)"
    r"[\p{Han}]{0,20}?(?:表示|介绍|指出|透露|称)$"
)
_AT_PLACE = regex.compile(r"在(?P<p>[\p{Han}]{2,8})")
_CITED = regex.compile(r"(?:显示|表明|统计|测算|公布)$")
# (`根据芜湖市地区生产总值统一核算结果，`: the city's accounts the county's figure comes from)
_CITATION_CLAUSE = regex.compile(r"\s*(?:据|根据|依据)[^,;。]{2,30}?(?:统计分析|统计|测算|监测|整理的[\p{Han}]{0,4}数据|数据|显示|发布|核算结果|统一核算)")
# a firm or its branch named after a place (`中国信保青岛分公司数据显示`): the place is its name's
_FIRM_WORD = regex.compile(r"公司|集团|银行|信保")
# (and a plan for them: `力争新发展会员100家以上`, `计划组织境外展会不少于18场`; new members, `新增会员452家`)
_OWN_ACTIVITY = regex.compile(
    # (`协会会长、副会长带队走访会员企业47家`: its leaders leading the visits)
    r"(?:(?:协会|商会|本会|我会)?[\p{Han}、]{0,10}?带队)?(?:会议)?(?:审议)?(?:通过了?)?(?:力争|计划|拟|将)?(?:共|累计|先后|全年)?(?:组织|举办|开展|召开|走访|新发展|发展|吸纳|增补|培训|承办|主办|协办|组团|带领|新增会员|新吸纳)"
)
_PERIOD_LEAD = regex.compile(r"(?:全年|今年以来|今年|明年|上半年|下半年|前三季度|[一二三四]季度|\d{4}年|[\d\-—]{1,5}月)[,]?")


_DATE_LABEL = regex.compile(r"(?:发布|更新|日期|时间)\s*[:：]\s*$")
_STAMP_TIME = regex.compile(r"[ \t\u3000]*\d{1,2}:\d{2}")  # `2024-12-27 07:30`: a page's time stamp, not an event's day
_SPEECH_DATE = regex.compile(r"在[^,;。\n]{2,40}?(?:会议|大会|论坛|典礼|仪式)")
# `本届广交会…`, `本届东博会…`: the fair the story names (not `本届广交会上，温州企业…`, `…期间`:
# what those at the fair did there)
_THIS_FAIR = regex.compile(r"(?:[\p{Han}]{2,6}方面,)?本届" + FAIR_NAME.pattern + r"(?!上|期间)")  # (`成交方面，本届…`)
_THIS_VENUE = regex.compile(r"该(?:馆|场馆|展馆|中心)")
_VENUE = regex.compile(r"[\p{Han}]{2,10}?(?:国际会展中心|会展中心|国际博览中心|博览中心|展览中心|展览馆)")


def _venue_before(text: str, s: int) -> str | None:
    """The exhibition venue named last before ``s`` in the text just before (its paragraph)."""
    a = max(0, text.rfind("\n", 0, max(0, s - 1)) + 1, s - 200)
    found = None
    for m in _VENUE.finditer(text, a, s):
        name = m.group()
        pm = next(iter(place_mentions(name)), None)  # `…50万平方米的深圳国际会展中心`: from its place on
        found = name[pm.start() :] if pm is not None else name
    return found


_SUBSECTION = regex.compile(r"\s*\([一二三四五六七八九十]{1,3}\)")


def _subsection(text: str, span: tuple[int, int] | None) -> bool:
    """Whether a section's heading is numbered one level down (`(一)订单情况` under `二、…`)."""
    return span is not None and _SUBSECTION.match(text, span[0], span[1]) is not None


_ZONE_NAME = regex.compile(
    r"[\p{Han}]{2,8}?(?P<kind>综合保税区|综保区|保税港区|保税区|自贸试验区[\p{Han}]{2,4}片区|经济技术开发区|高新技术产业开发区|开发区|高新区|经开区|新区|产业园区|产业园)"
)


def _zone_referred_to(actx, text: str, cs: int) -> str | None:
    """The zone or park a clause opening `区内…` refers back to: the one named last before it in
    the article (from its place name on: `昆山综保区`), else in its headline; None otherwise."""
    if not text.startswith(("区内", "园区内"), _content_start(text, cs)):
        return None
    found = None
    for m in _ZONE_NAME.finditer(text, actx.first_para_start, cs):
        if (name := _zone_from_place(m.group())) and "占" not in text[max(0, m.start() - 2) : m.start() + len(m.group()) - len(name)]:
            found = name  # (not the whole of a share: `约占江苏省综保区…的三成`)
    if found is None and actx.title:
        found = next((name for m in _ZONE_NAME.finditer(actx.title) if (name := _zone_from_place(m.group()))), None)
    return found


def _zone_from_place(name: str, county: str | None = None) -> str | None:
    """A zone's name from the last place it names on (`江苏昆山综合保税区` -> 昆山综合保税区), or
    from the ``county`` the document names (`到了曹县电子商务产业园` -> 曹县电子商务产业园); None
    when it names no place (`新业态在综保区`, a bare `高新区`)."""
    kind = _ZONE_NAME.fullmatch(name)
    cut = len(name) - len(kind.group("kind")) if kind is not None else len(name)
    places = [(pm, p) for pm in place_mentions(name) if pm.end() <= cut and (p := lookup(pm.group())) is not None]
    if not places:
        at = name.find(county, 0, cut) if county else -1
        return name[at:] if at >= 0 else None
    last, place = places[-1]
    if place.kind == "province" and (county := _COUNTY_AFTER.match(name, last.end(), cut)) is not None:
        return name[county.start(1) :]  # `山东曹县跨境电商产业园`: the county the gazetteer lacks, on
    return name[last.start() :]


_COUNTY_AFTER = regex.compile(r"省?([\p{Han}]{1,3}[县市区])")


def _fuller_sample(actx: _ArticleContext, name: str) -> str:
    """The monitored firms as the article first named them in full (`重点监测企业` for a later
    `监测企业`), else ``name``."""
    return actx.sample if actx.sample and actx.sample != name and actx.sample.endswith(name) else name


def _content_start(text: str, s: int) -> int:
    """Where a sentence's words start after a leading period (`全年组织…` -> `组织…`)."""
    m = _PERIOD_LEAD.match(text, s)
    return m.end() if m else s


_COUNT_WORD = regex.compile(r"(?P<n>[两二三四五六七八九十])个?(?P<k>[区市县])(?:合计|共计|共)?")
_PLACE_ENUMERATION = regex.compile(r"(?:[\p{Han}]{1,5}?[区市县](?:、|和|及))+[\p{Han}]{1,5}?[区市县](?![\p{Han}]{0,1}[区市县])")


def _counted_group(text: str, s: int, cs: int) -> str | None:
    """The places a sentence enumerated (`余杭区、滨江区、钱塘区`) when the clause opens with the
    count word naming them together (`三区合计占全市的57.1%`), as written; else None."""
    m = _COUNT_WORD.match(text, cs)
    if m is None or cs <= s:
        return None
    n = int(parse_number(m.group("n")))
    found = None
    for em in _PLACE_ENUMERATION.finditer(text, s, cs):
        found = em
    if found is None:
        return None
    members = regex.split(r"、|和|及", found.group())
    if len(members) != n or not all(x.endswith(m.group("k")) for x in members):
        return None
    return found.group()


_MARKET_OPENER = regex.compile(r"(?:其中,)?[从分按](?:主要)?(?P<w>客源地|客源|来源地|来源|市场|国别|国家和地区|国家|地区|区域|离岸市场|出口市场|进口来源)[^,]{0,4}?看?,")
_DATE_CLAUSE = regex.compile(r"(?:[\d年月日号至到—~-]|[上中下]旬|月[初底末中])+")


# facilities named one by one and counted together (`海口美兰、三亚凤凰、琼海博鳌三大机场`)
_FACILITIES_TOGETHER = regex.compile(r"[\p{Han}]{2,8}(?:、[\p{Han}]{2,8}){1,5}[两三四五六七八九]大(?:国际)?(?:机场|港口|口岸|景区)")


def _facilities_of_several_places(text: str, at: int) -> bool:
    """Facilities of two or more places counted together open the words at ``at``."""
    m = _FACILITIES_TOGETHER.match(text, at)
    if m is None:
        return False
    places = {p.canonical for part in m.group().split("、") if (pm := place_regex().match(part)) and (p := lookup(pm.group()))}
    return len(places) >= 2


def _subject(ctx, actx, text, s, cs, phrase: Phrase, clause_phrase: Phrase, period_spans=()) -> str | None:
    """Whose figure: a subject leading the metric's clause or the sentence, else the one the
    article last led with, else the article's dominant subject, else the bulletin's region."""
    if (group := _counted_group(text, s, cs)) is not None:
        return group  # `余杭区、滨江区、钱塘区…位居全市前三，三区合计占全市的57.1%`: the three together
    if (home := ctx.region or actx.province or ctx.province) and _facilities_of_several_places(text, _content_start(text, s)):
        # `海口美兰、三亚凤凰、琼海博鳌三大机场…累计运送旅客…`: the region's facilities together,
        # not the first one's city (but `成都双流、天府两大国际机场`: the one city's)
        actx.subject = home
        return home
    if (
        ctx.event is None and ctx.fair_named and ctx.delegation is None
        and (this_fair := _THIS_FAIR.match(text, _content_start(text, s))) is not None
        # (not `本届西博会成都签约外资项目…`: the part the place right after it took)
        and not place_at(text, this_fair.end(), min(len(text), this_fair.end() + 8))
    ):
        # `本届广交会现场出口意向成交…` on a paper's page about the fair: the fair's own figures
        actx.subject = ctx.fair_named
        return ctx.fair_named
    if _THIS_VENUE.match(text, _content_start(text, s)) and (venue := _venue_before(text, s)) is not None:
        actx.subject = venue  # `…的深圳国际会展中心是…主阵地。2025年，该馆共举办展会98场`: that venue
        return venue
    if actx.title_org and (
        actx.title_org in phrase.text or actx.title_org in clause_phrase.text
        or _names_by_kind(actx.title_org, text, cs)
    ):
        # a member profile (`云帆科技：SaaS工具助力…`) naming its company without a legal suffix
        actx.subject = actx.title_org
        return actx.title_org
    if (firm := firm_citing_itself(text, s, cs)) is not None:
        actx.subject = firm
        return firm
    found = None
    for ph in (phrase, clause_phrase):
        if ph.subject:
            found = (ph.subject, ph.subject_kind)
            break
    if found is not None and found[0] == "中欧班列" and cs > s and (scene := _AT_PLACE.match(text, s)):
        # `在成都，中欧班列开行1650列`: the service's trains from the city the scene names
        p = lookup(scene.group("p"))
        if p is not None and p.kind in ("province", "city", "district"):
            found = (scene.group("p"), "place")
    if (found is None or found[1] == "place") and actx.inline_source and (
        (partner := _foreign_statistics(actx.inline_source[0])) is not None
        and (found is None or (fp := lookup(found[0])) is None or fp.canonical == partner)
    ):
        # `据马来西亚统计局…数据，1-5月，马来西亚货物贸易总额…`: a partner's own statistics report
        # its own trade (China in them is its market), whatever country the page is from
        return partner
    if (
        (found is None or found[1] == "place" and found[0] == ctx.region) and foreign_country(ctx.region) is not None
        and actx.inline_source and s <= actx.inline_source[1][0] < cs
        and (actx.inline_source[0].startswith("中国") or NATIONAL_BODY.match(actx.inline_source[0]))
    ):
        # `据中国海关统计，1-5月，中马贸易额…` in an embassy's notes on its host: China's statistics
        # report China's trade
        return "中国"
    if ctx.listed and (found is None or found[1] == "place") and (listed := _listed_in(ctx.listed, text, s, cs, phrase)):
        # `海拓供应链（301338）上半年实现营业收入…`: the listed company the sentence opens with
        actx.subject = listed
        return listed
    if (
        found is not None and found[1] == "place"
        and (text.startswith("其中", cs) or (phrase.head or "") in _INWARD_INVESTMENT)
        and (fp := lookup(found[0])) is not None and fp.kind in ("country", "economy", "world_region") and fp.canonical != "中国"
        and (home := actx.subject or actx.default_subject or ctx.region) is not None and home != fp.canonical
    ):
        # `承接RCEP其他成员国离岸执行额12.41亿美元，其中日本3.95亿美元`: a market of the figure
        # before, not whose figure it is; `中国香港实际使用外资16.52亿美元` in a city's brief: where
        # the city's foreign investment came from
        return home
    if found is not None and ctx.event and (
        found[1] == "world"
        or found[1] == "place" and (fp := lookup(found[0])) is not None and fp.kind in _MARKET_KINDS
    ):
        # a fair's visitors from abroad (`其中美国采购商1.9万人`), its exhibitors among the world's
        # (`世界500强…占比达21.3%`): the fair's count
        found = None
    if (
        (found is None or phrase.text.startswith(("平台", "公司"))) and actx.inline_source is not None
        and s <= actx.inline_source[1][0] < cs and is_brand(actx.inline_source[0])
    ):
        # `速卖通方面…数据显示，…平台整体成交额…`: the platform citing its own figures
        actx.subject = actx.inline_source[0]
        return actx.subject
    if found is None and actx.para_company:
        return actx.para_company  # `● 药明康德（成都）：离岸执行额…`: the item's company
    if actx.heading_company and (found is None or found[0] in _FIRM_WORDS):
        return actx.heading_company  # under `（二）宁国市皖山食品有限公司：…`: `公司…`, `企业出口额…`
    if actx.para_place and (found is None or found[0] in _DISTRICT_PRONOUNS):
        # `崂山区：全区可数字化交付服务出口…`: the district the paragraph is labelled with
        actx.subject = actx.para_place
        return actx.para_place
    if (
        found is None and phrase.qualifier and not phrase.head and actx.subject
        and (own := lookup(phrase.qualifier)) is not None and own.kind in _HOME_KINDS
        and (carried := lookup(actx.subject)) is not None and carried.kind == own.kind
    ):
        # `东部地区增加值同比增长6.4%，中部地区增长5.9%`: a parallel member naming a place of the
        # same kind as the one before is whose rate it is
        found = (phrase.qualifier, "place")
    if found is None and cs > s:
        found = _leading_subject(text, s, cs, period_spans)
    if found is not None and found[1] == "sample":
        # (`386家监测企业`: the group is named without the count)
        found = (_fuller_sample(actx, found[0].lstrip("0123456789").removeprefix("家")), "sample")
        actx.sample = found[0]
    if found is not None and found[1] == "zone_class":
        # the nation's zones of a kind are whose figure in a national release; in a province's
        # or a city's, its own zones of that kind, a part of its figures
        home = actx.subject or actx.default_subject or ctx.region
        found = (found[0], "facility") if home in (None, "中国") else None
    if found is not None and found[1] == "place" and (om := _MARKET_OPENER.match(text, s)):
        # `从来源地看，中国香港是…最大外资来源地`: the places are markets; but after `分地区看`
        # a province's own cities are whose figures they are
        p = lookup(found[0])
        if not (om.group("w") in ("地区", "区域") and p is not None and p.kind in ("city", "district", "province", "region")):
            found = None
    if (
        found is None and _association(ctx) and _OWN_ACTIVITY.match(text, _content_start(text, s))
        and not (actx.subject and actx.subject != ctx.self_org and s > actx.para_start)
    ):
        # an association's own bulletin: `全年组织举办人才培训班9期` is the association's doing (not
        # `广州市共举办展览98场…。1-9月累计举办展览276场`: the place the paragraph reports on goes on)
        actx.subject = ctx.self_org
        return ctx.self_org
    if (
        found is not None and found[1] == "place" and _firms_site(text, s, cs, found[0])
        and (firm := ctx.announcer or actx.title_org or (ctx.self_org if FIRM_NAME_END.search(ctx.self_org or "") else None)) is not None
    ):
        return firm  # `越南海防工厂今年1-8月出货量…` in a firm's story: its plant there, its figure
    if found is not None:
        subj = _canonical_subject(ctx, actx, *found)
        if subj and found[1] == "authority":
            return subj  # a customs house's own work is its sentence's; the trade after it is the place's
        if subj:
            actx.subject = subj
            # (a part: `其中，义乌市…`, `从玩具出口地区看，澄海区…`; the sentences after it go back to the whole)
            actx.subject_part = _OF_WHICH.match(text, s) is not None or _REGION_LENS.match(text, s) is not None
            # (a venue's or a town's figures end with its sentence: `潭洲国际会展中心办展面积…。服务外包执行额…`
            # is the district's)
            actx.subject_until = _sentence_end(text, s) if (found[1] == "facility" and is_venue(subj)) or found[1] == "town" else None
            return subj
    if actx.subject_until is not None and s >= actx.subject_until:
        actx.subject = actx.subject_until = None
    carried = actx.subject
    if carried and names_another_service(phrase.text or clause_phrase.text, carried):
        carried = actx.subject = None
    elif (
        carried and s > 0 and text[s - 1] == "。" and is_rail_service(carried)
        and not _CARRIAGE_WORDS.search(text, s, _sentence_end(text, s))
    ):
        # `中欧班列（成渝）累计开行超过3万列。经营主体由736万户增加到952万户`: the train service's
        # own figures are what it carries, not the next sentence's
        carried = actx.subject = None
    elif carried in _WORLD_NAMES and _BREAKDOWN_OF_WHOLE.match(text, s):
        # `…全球股票价格指数上涨6.9%…。从结构看，对外直接投资资产…`: back to the release's own
        carried = actx.subject = None
    elif (
        carried and s > actx.para_start and text[s - 1] == "。" and _BREAKDOWN_OF_WHOLE.match(text, s)
        and _within_whole(carried, actx.default_subject)
        and (lookup(carried) is not None or _stated_as_part(text, carried, actx.para_start, s))
    ):
        # `全省…，其中，贵阳市增长9.6%，遵义市增长6.8%。分行业看，…`: a new breakdown of the whole,
        # not of the city named as its part
        carried = actx.subject = None
    elif (
        carried and actx.subject_part and s > actx.para_start and text[s - 1] == "。" and _OF_WHICH.match(text, s) is None
        and _within_whole(carried, actx.default_subject)
    ):
        # `其中，义乌市市场采购出口…。同期，加工贸易进出口…`: the part was that sentence's; the
        # next one goes back to the whole
        carried = actx.subject = None
    # (a monitored-firms brief's later paragraphs that name no subject go on with those firms)
    return carried or actx.sample or actx.default_subject or ctx.region


_TITLE_NAME = regex.compile(r"(?P<name>[\p{Han}A-Za-z]{2,10})[:：]")


# a firm's site named after where it stands (`越南海防工厂`, `泰国基地`, `墨西哥蒙特雷工厂`)
_FIRMS_SITE_AFTER = regex.compile(r"[\p{Han}]{0,6}?(?:工厂|生产基地|基地|子公司|分公司|海外仓)")
FIRM_NAME_END = regex.compile(r"(?:公司|集团)$")


def _firms_site(text: str, s: int, cs: int, place: str) -> bool:
    """The place the clause leads with (after a word or two: `建成后泰国基地…`) names where a
    firm's plant, base, warehouse or subsidiary stands."""
    end = _sentence_end(text, s)
    at = text.find(place, s, end)
    return at >= 0 and at <= cs + 4 and _FIRMS_SITE_AFTER.match(text, at + len(place), min(end, at + len(place) + 10)) is not None


def _title_org(title: str | None, text: str, a0: int, a1: int, listed: tuple[str, ...] = ()) -> str | None:
    """`绿洲家居：深耕欧洲市场…`: the organisation an article profiles, named before the colon of
    its title and again in its body (a heading label like `政策解读：` is not repeated there)."""
    title = (title or "")[_COLUMN_LABEL.match(title or "").end() :]  # (`【企业动态】湘江重工斩获…`)
    m = _TITLE_NAME.match(title)
    if not m:
        # a listed company's news: the headline opens with the name the body gives with its stock
        # code (`卓锂科技匈牙利工厂投产…` / `卓锂科技（301689.SZ）…公司前三季度…`), then calls it 公司
        # (or the one listed company a story's lead names: the headline may sit under crumbs)
        lead = next((n for n in listed if (title or "").startswith(n)), None)
        if lead is None and len(listed) == 1 and text.find(listed[0], a0, text.find("\n", a0, a1) % (a1 + 1)) >= 0:
            lead = listed[0]
        if lead is not None and _COMPANY_PRONOUN.search(text, a0, a1):
            return lead
        # a company's news: the body opens with its full name and then calls it 公司
        # (`华拓数字科技股份有限公司（简称“华拓数科”）发布…前三季度，公司实现营业收入…`)
        c = _OPENING_COMPANY.match(text, a0, a1)
        if c and _COMPANY_PRONOUN.search(text, c.end(), a1):
            return company_name(c.group("name"))  # (`在三班镇的德化县顺美陶瓷有限公司，…`: where it stands goes)
        # a listed company's short name heading the headline (`华擎股份2024年业绩双增`), named
        # again in the body, which then calls it 公司
        h = _HEADLINE_COMPANY.match(title)
        if h and text.find(h.group("name"), a0, a1) >= 0 and _COMPANY_PRONOUN.search(text, a0, a1):
            return h.group("name")
        if _GROUP_PRONOUN.search(text, a0, a1):
            # a group's news headlined by its short name (`湘江重工斩获…` / `湘江重工集团与…签署…`),
            # which the body then calls 集团 (`一季度集团实现海外营业收入…`)
            return next((f"{title[:k]}集团" for k in (4, 3, 2)
                         if _SHORT_HAN_NAME.fullmatch(title, 0, k) and text.find(f"{title[:k]}集团", a0, a1) >= 0), None)
        return None
    name = m.group("name")
    if lookup(name) is not None or _AUTHORITY_END.search(name) or text.find(name, a0, a1) < 0:
        return None  # `商务部：上半年…` attributes the news to its source
    if _TOPIC_END.search(name):
        return None  # `数字服务贸易：规模占比过半`: a heading naming its topic, not an organisation
    if _BYLINE_ROLE.search(name) or _FILE_FIELD.search(name):
        # `每经记者：林语潇　每经编辑：何小桃`: a byline standing where the headline was; `来源文件：…pdf`,
        # `附件：…docx`: the file the text was pasted from
        return None
    return name


# the roles a byline names before its colon
# (an e-mail's header lines too, in Chinese or English: `发件人：`, `Sent:`, `Subject:`)
_FILE_FIELD = regex.compile(
    r"(?:文件|文件名|文件名称|档案名称|档名|附件|原文|底稿|发件人|收件人|抄送|主题|发送时间)$|^(?i:from|sent|to|cc|bcc|date|subject|importance|attachments?)$"
    # (and a web page's breadcrumb: `当前位置：首页 > 信息公开 > …`)
    r"|^(?:当前位置|您的位置|你的位置|所在位置|您现在的位置|现在位置)$"
)
_BYLINE_ROLE = regex.compile(r"(?:记者|编辑|责编|作者|通讯员|撰稿|摄影|实习生|校对|审核|审校)$")


# what a heading's topic ends with, unlike an organisation's name (`数字服务贸易`, `跨境电商`)
_TOPIC_END = regex.compile(r"(?:贸易|服务|外包|投资|外资|外贸|产业|经济|市场|消费|出口|进口|电商|物流|制造|制造业|运行|态势|结构|动态|成绩单|答卷|速览|一览|快报)$")


# `公司…`, `该公司…`, `这家主营户外储能的公司，…`: the company the story last named
_COMPANY_REF = regex.compile(r"[\"“]?(?:该|本|我们|我们的|这家(?:[^,;。]{0,30}?的)?)?(?:公司(?!法|债)|集团(?!公司|化|军))")
COMPANY_LOOKBACK = 800  # characters back to the company a story last named


def _we_quoted(text: str, para_start: int, s: int, cs: int) -> bool:
    """A quote opening with `我们` before its figures, in a paragraph that named its speaker's
    company (`…有限公司总经理陈志远表示：“我们2025年欧洲站销售额增长了近40%…`): the company's."""
    quote = text.rfind("“", para_start, cs + 1)
    if quote < 0 or "”" in text[quote:cs] or _WE_OPENING.match(text, quote + 1) is None:
        return False
    # a quote opening its sentence, its speaker named after it (`“今年我们在亚马逊…”许佳明说`),
    # or one a company's manager is introduced to (not `中汽协副秘书长表示：“我们预计…`)
    opens = max(text.rfind("。", para_start, quote), para_start - 1) + 1
    if not text[opens:quote].strip():
        # (`林泓表示，…。“我们预计…`: a speaker the paragraph named before is not the company)
        return _SPEECH.search(text, para_start, quote) is None
    return _SPEAKER_COMPANY.search(text, max(para_start, quote - _SPEAKER_REACH), quote) is not None


_SPEAKER_REACH = 40  # characters: the company, its manager's title and name, then 表示：
_SAYS = "表示|说|介绍|坦言|透露"
_SPEECH = regex.compile(rf"{_SAYS}|指出|认为")
_SPEAKER_COMPANY = regex.compile(rf"(?:公司|集团)[\p{{Han}}、]{{0,16}}(?:{_SAYS}|称)[:：,]?\s*$")


# the words a quote opens with before `我们` speaks: a date, nothing else
_WE_OPENING = regex.compile(r"\s*(?:(?:\d{4}\s*年|今年|去年|上半年|前三季度|\d{1,2}\s*月)\s*,?\s*)?我们")


def _company_before(text: str, a0: int, s: int, listed: tuple[str, ...] = ()) -> str | None:
    """The company named last before ``s`` in the article (its full registered name, or a name
    given with its stock code)."""
    lo = max(a0, s - COMPANY_LOOKBACK)
    found, at = None, -1
    for m in _OPENING_COMPANY.finditer(text, lo, s):
        found, at = m.group("name"), m.start()
    if found is not None:
        found = found[max(found.rfind(c) for c in "的在是于走进") + 1 :]  # `…附近的义乌市博远进出口有限公司`
        found = company_name(found) if len(found) >= 6 else None
    for name in listed:
        k = text.rfind(name, lo, s)
        if k > at:
            found, at = name, k
    if text.startswith("集团", s) or text.startswith(("该集团", "本集团"), s):
        # `奇瑞控股集团公布的数据显示，…集团累计销售…`: the group named last
        for m in brands_in(text, max(lo, at + 1), s):
            found, at = m.group(), m.start()
    return found


# a company named with its stock code: `海拓供应链（301338）`, `华屹微电子（688526.SH）`,
# `驰远国际（SH605386，股价18.95元，市值98.5亿元）`
# (`中通快递（ZTO.N；02057.HK）`: a US ticker too)
# (`（香港联交所股份代号：2693）`, `（纳斯达克：JHE；香港联交所：9886）`: a code after its exchange)
_EXCHANGE = r"(?:香港联交所|香港交易所|港交所|联交所|纳斯达克|纽交所|NASDAQ|NYSE)(?:股份代号|股票代码|证券代码|代码)?:\s?(?:\d{4,5}|[A-Z]{1,5})"
_CODE = r"(?:\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.HK|(?:SH|SZ|BJ)\d{6}|[A-Z]{1,5}\.(?:N|O|US)|" + _EXCHANGE + ")"
# (`（下称“中联远洋”，601839.SH/03839.HK）`: a short name and codes on two exchanges too;
# `（以下简称“嘉程供应链”，股票代码：301597）`: the code labelled)
_STOCK_CODE = regex.compile(rf"\((?:(?:以下简称|下称|简称)[“\"][^”\"]{{1,12}}[”\"],)?(?:股票代码|证券代码)?:?{_CODE}(?:[/;]{_CODE})?(?:,[^()]{{0,30}})?\)")
_NAME_BEFORE_CODE = regex.compile(r"(?:[\p{Han}A-Za-z]{2,12})$")
_BARE_SUFFIX = regex.compile(r"股份|控股|集团|科技|实业|发展|生物|农牧|电子|电器|物流|智能|能源|新能源|汽车|医药|食品|化工|材料")
_NAME_LEAD = regex.compile(r"^.*?(?:日讯|日电|企业|公司|龙头|厂商|巨头|卖家|商家|服务商|制造商|供应商|运营商|生产商|出口商|进口商|贸易商|经销商|零售商|品牌商|随着|以|如|像|的|和|与|及|、|是|为|称)")


_LISTED_LEAD = regex.compile(r"^(?:\([^()]*\))?(?:上半年|前三季度|一季度|全年|今年以来|同期)?(?:共|累计|合计)?(?:实现|完成)?")


def _listed_in(listed: tuple[str, ...], text: str, s: int, cs: int, phrase: Phrase) -> str | None:
    """A listed company named in the metric's words or leading its sentence, in full or by the
    short name it goes by (`圆通累计完成业务量…` for 圆通速递（600233.SH）)."""
    lead = text[s : max(cs, s)]
    opening = _content_start(text, s)
    # (`中国中免（601888）第三季度实现…`: a name opening with a place's, which the words lost)
    full = next((n for n in listed if _names_firm(n, phrase.text) or _names_firm(n, lead) or _opens_with_firm(n, text, opening) or _opens_with_firm(n, text, cs)), None)
    if full is not None:
        return full
    return next((n for n in listed if (short := _short_name(n)) and (
        phrase.text.startswith(short) or text.startswith(short, opening))), None)


# (not `上`, which `拼多多上半年…` opens with too)
_PLATFORM_AFTER = regex.compile(r"\s*(?:等?平台|站点|店铺|渠道)")


def _names_firm(name: str, words: str) -> bool:
    """``words`` name the firm ``name`` other than as the platform its sellers sell on (`在拼多多平台
    实现…` is the sellers' figure, though 拼多多 reports its own results elsewhere)."""
    at = words.find(name)
    while at >= 0:
        if not _PLATFORM_AFTER.match(words, at + len(name)):
            return True
        at = words.find(name, at + 1)
    return False


def _opens_with_firm(name: str, text: str, at: int) -> bool:
    """The words at ``at`` open with the firm ``name``, not with the platform of that name."""
    return text.startswith(name, at) and not _PLATFORM_AFTER.match(text, at + len(name))


_NAME_SUFFIX = regex.compile(r"(?<=^[\p{Han}]{2})(?:速递|快递|股份|控股|集团|科技|电器|物流|航空|汽车|家居|智家|实业|新能源)$")


@functools.cache
def _short_name(name: str) -> str | None:
    """The two characters a listed company goes by (`圆通速递` -> 圆通, `韵达股份` -> 韵达)."""
    return name[:2] if _NAME_SUFFIX.search(name) else None


def _listed_companies(text: str) -> tuple[str, ...]:
    """Names a story gives with a stock code (`家居类跨境电商企业星禾科技（300862）` -> 星禾科技)."""
    out: list[str] = []
    for m in _STOCK_CODE.finditer(text):
        alias = _CODE_ALIAS.search(m.group())
        if alias is not None and alias.group("a") not in out:
            out.append(alias.group("a"))  # `（下称“中联远洋”，601839.SH）`: the name the story goes on with
        before = _NAME_BEFORE_CODE.search(text, max(0, m.start() - 12), m.start())
        if before is None:
            continue
        words = before.group()
        known = next((words[k:] for k in range(len(words) - 1) if words[k:] in organisation_rows()), None)
        if known is not None:
            name = known  # `美的集团（000333）`: a name the gazetteer knows, 的 and all
        else:
            name = words
            while (shorter := _NAME_LEAD.sub("", name, count=1)) != name and len(shorter) >= 2 and not _BARE_SUFFIX.fullmatch(shorter):
                # (`民和股份（002234）`: 和 is the name's, not a conjunction before it)
                name = shorter  # `逆变器和储能龙头阳光电源（300274.SZ）`: after the last describing word
            name = name[name.rfind("的") + 1 :]  # `以跨境专线小包为主业的启程物流（603617）`
        if 2 <= len(name) <= 10 and name not in out and lookup(name) is None:
            out.append(name)
    named = list(_NAMED_COMPANY.finditer(text))
    for t in _MANAGER_TITLE.finditer(text):
        lo = max(0, t.start() - 9)
        m = _NAME_BEFORE_TITLE.search(text[lo : t.start()]) if lo == 0 else _NAME_BEFORE_TITLE.search(text, lo, t.start())
        if m is not None and (lo == 0 or m.start() > lo or text[lo - 1] in ",。;:”\"、 \n\t"):
            named.append(m)
    for m in sorted(named, key=lambda m: m.start("name") if m.re is not _NAMED_COMPANY or m.group("name") else m.start("quoted")):
        name = m.group("name") if m.re is _NAME_BEFORE_TITLE else (m.group("name") or m.group("quoted"))
        if m.re is _NAMED_COMPANY and m.group("quoted") and not regex.search(rf"“{regex.escape(name)}”[\p{{Han}}]{{0,6}}?{_SPEAKS}", text):
            continue  # `平台“内卷”`, `平台“品牌出海”行动`: a slogan, not a platform that reports
        kind = organisation_rows().get(name, (None, "company"))[1]
        # (a short name may end with 公司: `（以下简称“天盟公司”）`)
        aliased = m.re is _NAMED_COMPANY and "称" in m.group() and _ALIAS_COMPANY.fullmatch(name) is not None
        if name not in out and lookup(name) is None and kind == "company" and not _AUTHORITY_END.search(name) and (aliased or not _NOT_A_COMPANY.search(name)):
            out.append(name)
    for name in _report_releasers(text):
        # `3月27日晚间，华宸电器发布2024年年度报告`: who publishes an annual report is a listed company
        if name not in out and lookup(name) is None and not _AUTHORITY_END.search(name) and not _NOT_A_COMPANY.search(name):
            if organisation_rows().get(name, (None, "company"))[1] == "company":
                out.append(name)
    return tuple(out)


_STOCK_CODE_BEFORE = regex.compile(_STOCK_CODE.pattern + "$")
_CODE_ALIAS = regex.compile(r"(?:以下简称|下称|简称)[“\"](?P<a>[^”\"]{2,12})[”\"]")


def _report_releasers(text: str) -> list[str]:
    """The names a story shows releasing a report (`华宸电器发布2024年年度报告`), read back from the
    release as for a manager's title; in order, once each."""
    out: list[str] = []
    for r in _REPORT_RELEASE.finditer(text):
        end = r.start()
        code = _STOCK_CODE_BEFORE.search(text, max(0, end - 48), end)
        if code is not None:
            alias = _CODE_ALIAS.search(code.group())
            if alias is not None:
                # `中联远洋集运控股股份有限公司（下称“中联远洋”，601839.SH）发布…`: the short name
                if alias.group("a") not in out:
                    out.append(alias.group("a"))
                continue
            end = code.start()  # `驰远国际（SH605386，股价18.95元…）披露…`: the name before its code
        m = _NAME_BEFORE_RELEASE.search(text, max(0, end - 12), end)
        if m and m.group("name") not in out:
            out.append(m.group("name"))
    return out


def _reporting_companies(text: str, listed: tuple[str, ...]) -> tuple[str, ...]:
    """The listed companies a story shows releasing their own report."""
    return tuple(n for n in _report_releasers(text) if n in listed)


_REPORT_RELEASE = regex.compile(r"(?:发布|披露|公布)了?(?:\d{4}年)?(?:年度报告|半年度报告|年报|半年报|中期业绩|中期报告|年度业绩|一季报|三季报|第[一三]季度报告|季度报告|财报)")
_NAME_BEFORE_RELEASE = regex.compile(
    r"(?:^|(?<=[,。;:\n “\"、]|日|晚间|近日|日前))(?P<name>(?!晚间|晚上|近日|日前|今日|昨日|昨晚|当日|当天|同一|同期|同日|同月|同年|同时|本周|上周|当周|此前|随后|此后|其后|稍早)(?![^,。]*[在已从据向由与和的及对是为了将被把等均])[\p{Han}A-Za-z]{2,8}?)(?:近日|日前|今日|昨日|昨晚|晚间)?$"
)


_SPEAKS = "(?:负责人|数据|提供|表示|介绍|显示|透露)"


# `南岭市云帆跨境科技股份有限公司（以下简称“云帆跨境”）`: a registered name and the short one used after
_SHORT_NAME = regex.compile(
    r"(?P<full>[\p{Han}()]{4,30}?(?:股份有限公司|有限责任公司|有限公司|集团))\((?:以下|下文)?(?:简称|下称)“(?P<name>[\p{Han}A-Za-z0-9]{2,10})”"
)


# what a name before a founder's or manager's title is not: an authority, a place's office, a role
_NOT_A_COMPANY = regex.compile(r"(?:局|署|厅|委|办|部|院|会|中心|政府|相关|有关|公司|企业|集团旗下|副)$|^(?:该|本|这|其|我|公司)|某")


# a platform a story names in quotes after its kind (`跨境电商平台“速拓全球”`), or a listed company
# named before the day it reported (`上市公司华越跨境日前披露的…`): whose figures its sentences then
# report, as with a stock code
_NAMED_COMPANY = regex.compile(
    r"(?:平台|服务商|品牌)“(?P<quoted>[\p{Han}A-Za-z0-9]{2,10})”"
    r"|上市公司(?P<name>[\p{Han}]{2,8}?)(?:日前|近日|今日|昨日|昨晚|此前)(?:披露|发布|公告|公布)"
    # `有限公司（下称“拓海科技”）`: the short name a story goes on to use
    r"|(?:公司|集团)\((?:以下|下文)?(?:简称|下称)“(?P<name>[\p{Han}A-Za-z0-9]{2,10})”"
)
# a short name ending with 公司 or 集团 after a name of its own (`天盟公司`, not `该公司`)
_ALIAS_COMPANY = regex.compile(r"(?![该本这其我])[\p{Han}]{2,6}(?:公司|集团)")
# `橙风电商创始人何芸说`: a firm named before its founder's or manager's title (the title found
# first, the name read back from it: a scan trying every position for a name is slow)
_MANAGER_TITLE = regex.compile(r"(?:联合创始人|创始人|董事长|总经理|总裁|首席执行官|CEO)(?=[、\p{Han}])")
_NAME_BEFORE_TITLE = regex.compile(r"(?:(?<=[,。;:”\"、\s])|^)(?P<name>[\p{Han}A-Za-z]{2,8})$")


_AUTHORITY_END = regex.compile(r"(?:部|局|署|厅|委|委员会|办|办公室|院|海关|政府|中心|银行|专家|外媒|媒体)$")
_LEGAL_FORM = r"(?:股份有限公司|有限责任公司|有限公司)"
_OPENING_COMPANY = regex.compile(rf"(?P<name>[\p{{Han}}A-Za-z]{{2,24}}?{_LEGAL_FORM})")
_COMPANY_PRONOUN = regex.compile(r"[,。;]公司")
_SHORT_HAN_NAME = regex.compile(r"(?:(?!集团|新闻|首页)[\p{Han}]){2,4}")
_GROUP_PRONOUN = regex.compile(r"该集团|[,。;][\p{Han}]{0,4}?集团(?!公司|有限)")  # (`，一季度集团实现…`, `为该集团…`)
_HEADLINE_COMPANY = regex.compile(r"(?P<name>[\p{Han}]{2,4}?(?:股份|集团|控股))(?=\d|[\p{Han}])")


def _names_other(text: str, end: int, form: str) -> bool:
    """The place ending at ``end`` is part of another name: an agreement's or a fair's
    (`中国—东盟自贸协定`), a province's customs house (`长春海关`) or a border crossing
    (`二连浩特口岸`, `二连浩特、满洲里口岸` in a region's release: the ports, not the towns)."""
    return (
        text[end : end + 1] in _NAME_DASH or _CROSSING.match(text, end) is not None or _provincial_customs_at(text, end, form)
        # `中华人民共和国呼和浩特海关`, `中华人民共和国商务部`: the state in an authority's name
        or form == "中华人民共和国" and _STATE_ORGAN.match(text, end) is not None
        # `中国人民银行浙江省分行`, `中国出口信用保险公司`: a national institution's name
        or form in ("中国", "中华人民共和国") and _NATIONAL_INSTITUTION.match(text, end) is not None
        # `谱写中国式现代化…篇章`, `中国特色社会主义`: a political phrase, not the nation's figures
        # (the same words the pronoun votes leave out, metrics.yaml `subject_votes`)
        or form == "中国" and text.startswith(("式", "特色"), end)
        # `第二十四届中国国际投资贸易洽谈会`, `中国进出口商品交易会`: a fair named after the nation
        or FAIR_NAME.match(text, end) is not None
        # `厦门大学宏观经济研究中心`: a university named after its city
        or names_university(text, end)
    )


_UNIVERSITY = regex.compile(r"[\p{Han}]{0,4}?(?:大学|学院)")


def names_university(text: str, end: int) -> bool:
    """The place ending at ``end`` opens a university's name (`厦门大学宏观经济研究中心`): where a
    research centre works, not the place whose figures it reports."""
    return _UNIVERSITY.match(text, end) is not None


_NATIONAL_INSTITUTION = regex.compile(r"人民银行|银行|进出口银行|出口信用保险|信保|国际贸易促进委员会|贸促会|证监会|银保监会|人寿|石化|石油|电信|移动|联通")


TITLED_PORT_REACH = 8  # front lines (under a site's masthead and breadcrumb) where a headline may open on its port
_TITLE_YEAR_WORD = regex.compile(r"(?:今年|去年|上年|全年)?")
# (a port through which goods come or go, `天津口岸进口冷链食品…`, `日照口岸粮食进口情况`; not a site's
# or an office's name, `重庆口岸物流网`, nor travellers, `成都航空口岸入境外国人…`, nor clearance,
# `江苏口岸进口整体通关时间…`)
_SEAPORT_AFTER_PLACE = regex.compile(r"港口?(?=[\p{Han}]{0,4}?(?:生产|吞吐|集装箱|货物运输))")
_PORT_AFTER_PLACE = regex.compile(r"(?:铁路|公路|水路|水运|航空|空港|陆路)?口岸(?=[\p{Han}“\"]{0,4}?(?:进出口|进口|出口)(?!整体|通关))")


@functools.lru_cache(maxsize=256)
def _titled_port(title: str) -> str | None:
    """The port a title opens on as its subject (`一季度天津口岸进口…`, `去年大连口岸进口…`), else None
    (unlike a headline's port in document.py, which the text must go on calling plain 口岸, this one
    must be followed by the goods it takes in or sends out)."""
    at = _LEADING_PERIOD.match(title).end()
    at = _TITLE_YEAR_WORD.match(title, at).end()
    at = _LEADING_PERIOD.match(title, at).end()
    if (place := place_regex().match(title, at)) is None:
        return None
    if (port := _PORT_AFTER_PLACE.match(title, place.end())) is None:
        # `天津港口生产统计快报`, `青岛港集装箱吞吐量…`: the seaport its throughput is of
        # (not `福建省港口生产情况`: a province's ports; a city by its bare name, or a municipality)
        p = lookup(place.group())
        port_city = p is not None and place.group()[-1] not in "省市区" and (p.kind == "city" or p.canonical in _MUNICIPALITIES)
        return place.group() + "港" if port_city and _SEAPORT_AFTER_PLACE.match(title, place.end()) else None
    return title[at : port.end()]


# `二连浩特口岸`, `二连浩特、满洲里两大口岸`: towns named as border crossings
_CROSSING = regex.compile(r"(?:、[\p{Han}]{2,5}?){0,4}(?:[两三四五]大|[两三四五]个|等)?口岸")
_STATE_ORGAN = regex.compile(r"[\p{Han}]{0,8}?(?:海关|总署|部|总局|局|委员会)")


def _provincial_customs_at(text: str, end: int, form: str) -> bool:
    """The city ``form`` ending at ``end`` names a province's customs house (`长春海关`)."""
    return text.startswith("海关", end) and customs_province(form + "海关") is not None


# (not the nation a heading ranks the home region's figures in: `前三季度我省水产品出口44.12亿美元，
# 继续领跑全国！`, `…规模居全国第二`)
_INLAND_PORT_END = regex.compile(rf"(?:{INLAND_PORTS})$")
_NATION_IN_HEADING = regex.compile(r"我国|(?<!领跑|领先|居|位居|位列|占|高于|低于|快于|超过|跑赢)全国(?!各地|第|首位|前列|平均)")
# `2025年10月中国采购经理指数运行情况`: a national release's headline names the nation after its
# period (not `中国（湖北）自由贸易试验区`, `中国—东盟`, `中国银行`)
NATION_AFTER_PERIOD = regex.compile(r"(?:年|月份?|季度|半年)中国(?![（(\-—－·]|银行|人民银行|企业|制造)")
_TOWN_GOVERNMENT = regex.compile(r"(?P<t>[\p{Han}]{2,4}[镇乡])(?:人民政府|政府)")
# a press release's boilerplate about its issuer: `关于海纳环球` on its own line, then `海纳环球（…）是…`
_ABOUT_ISSUER = regex.compile(r"(?m)^[ \t\u3000]*关于(?P<n>[\p{Han}A-Za-z]{2,12})[ \t\u3000]*\n[ \t\u3000]*(?P=n)(?:\([^()\n]{1,40}\))?(?:是|系|为|成立)")


# a company's own filing, its name heading it: `华拓国际工程集团股份有限公司2024年半年度报告`, or on
# a line above `2024年年度报告摘要` / `关于2025年第一季度…的公告`
_FILING_HEAD = regex.compile(
    rf"(?m)^[ \t\u3000]*(?P<n>[\p{{Han}}()]{{4,30}}?{_LEGAL_FORM})[ \t\u3000]*\n?[ \t\u3000]*"
    r"(?:\d{4}\s*年\s*)?(?:半年度报告|年度报告|第[一三]季度报告|关于[^\n]{2,60}?公告)"
)
FILING_HEAD_REACH = 400  # characters at the top of a document where a filing's heading stands
# a firm naming itself with the short name it goes by: `澜海集团控股有限公司（"澜海集团"或"集团"，
# 股份代号：2619.HK）` in its press release, `宁波海辰电机股份有限公司（以下简称"海辰电机"）` in its own post
_SELF_NAMED = regex.compile(
    rf"(?P<n>[\p{{Han}}]{{2,24}}?{_LEGAL_FORM})\((?:以下简称)?[“\"「](?P<s>[\p{{Han}}A-Za-z]{{2,10}})[”\"」]"
    r"(?:或[“\"「][^”\"」\n]{1,8}[”\"」])*(?P<code>,\s*(?:股份代号|股票代码|证券代码))?"
)
SELF_NAMED_REACH = 1200


def _announcer(text: str) -> str | None:
    """The firm a press release is from, named in the `关于…` note that closes it."""
    m = _ABOUT_ISSUER.search(text)
    return m.group("n") if m else None


# an interview with a firm's head, headlined so (`专访|中国信保宁波分公司总经理陈立群：…`): the
# 我们 of the answers, and the figures they give, are the firm's
_INTERVIEWED_FIRM = regex.compile(
    r"(?m)^[^\n]{0,12}?(?:专访|访谈|对话)\s*[|｜丨:：—\-]*\s*(?P<n>(?!(?:中国)?人民银行)[\p{Han}]{2,24}?(?:分公司|公司|集团|分行|支行|银行))"
    r"(?:党委书记、)?(?:总经理|董事长|行长|总裁|负责人|副总经理|副行长)"
)
INTERVIEW_HEAD_REACH = 400


def _interviewed_firm(text: str) -> str | None:
    """The firm whose head a headlined interview talks to, else None."""
    m = _INTERVIEWED_FIRM.search(text, 0, min(len(text), INTERVIEW_HEAD_REACH))
    return m.group("n") if m else None


# a stock-news story headlined by the firm it reports on (`迈锐通信：上半年境外收入占比升至58.2%`)
# whose text has the firm disclose, state or achieve its figures (`迈锐通信披露投资者关系活动记录表`,
# `…的迈锐通信实现营业收入…`): not a place, a public body or a person speaking (`王文涛：…`)
_HEADLINED_NAME = regex.compile(r"(?m)^[ \t\u3000]*(?P<n>[\p{Han}A-Za-z]{2,8}?)[:：][ \t\u3000]*(?=[^\s\d])")
_FIRM_STATES = r"(?:披露|发布|公告|公布|表示|介绍|实现|称)"
_NO_FIRM_END = regex.compile(r"(?:管委会|委员会|局|厅|委|办|政府|海关|协会|商会|中心|部|署|院|所|司|处|科|网|报|社|台|记者|编辑|来源|作者|时间|日期)$")
HEADLINED_FIRM_REACH = 300  # characters at a story's head where its headline stands


def _headlined_firm(text: str) -> str | None:
    """The firm a stock-news story's headline names before its colon, when its text has the firm
    disclose or achieve the figures; else None."""
    for m in _HEADLINED_NAME.finditer(text, 0, min(len(text), HEADLINED_FIRM_REACH)):
        name = m.group("n")
        if lookup(name) is not None or _NO_FIRM_END.search(name) or (len(name) <= 3 and name[0] in person_surnames()):
            continue
        if regex.search(regex.escape(name) + _FIRM_STATES, text, pos=m.end()) is not None:
            return name
    return None


# a platform's own post or report (`义采通运营中心` publishing `义采通平台累计交易额…`, then
# `平台GMV…`, `平台跨境交易额…`): the platform is whose figures they are
_PLATFORM_NAMED = regex.compile(r"(?P<n>[\p{Han}A-Za-z]{2,8}?)平台")
_PLATFORM_PRONOUN = regex.compile(r"平台(?=GMV|交易额|成交额|销售额|订单|商家|买家|采购商|卖家|入驻|累计|实现|跨境|用户|访客)")
PLATFORM_PRONOUN_MIN = 2


def _own_platform(text: str, publisher: str | None) -> str | None:
    """The platform a post or report by its own operator (the publisher's name opens with the
    platform's) reports on, when the text then calls it 平台; else None."""
    if not publisher or len(_PLATFORM_PRONOUN.findall(text)) < PLATFORM_PRONOUN_MIN:
        return None
    for m in _PLATFORM_NAMED.finditer(text):
        name = m.group("n")
        for k in range(len(name) - 1):
            if publisher.startswith(name[k:]):
                return name[k:]
    return None


def _filing_company(text: str) -> str | None:
    """The firm a filing or its own post is from, and so who publishes its figures: heading its
    filing, or naming itself with its stock code or the short name its own account goes by
    (`海辰电机` above the post)."""
    if (m := _FILING_HEAD.search(text, 0, min(len(text), FILING_HEAD_REACH))) is not None:
        return m.group("n")
    for m in _SELF_NAMED.finditer(text, 0, min(len(text), SELF_NAMED_REACH)):
        short = m.group("s")
        if short in _GENERIC_SHORT_NAMES:
            # `中岳路桥国际工程有限公司（以下简称“公司”）` under its account `中岳路桥海外`: the firm's
            # own post, calling itself 公司
            if m.group("n")[:4] in text[: min(m.start(), FILING_HEAD_REACH)]:
                return m.group("n")
            continue
        if m.group("code") or short in text[: min(m.start(), FILING_HEAD_REACH)]:
            return _from_short_name(m.group("n"), short)
    return None


_GENERIC_SHORT_NAMES = frozenset(("公司", "集团", "本公司", "本集团"))  # (a Hong Kong filing's `「本公司」` too)


def _from_short_name(name: str, short: str) -> str:
    """The registered name without the description before it (`消费电子品牌澜海集团控股有限公司`
    -> 澜海集团控股有限公司); a place before the short name stays (`宁波海辰电机股份有限公司`)."""
    k = name.find(short[:2])
    if k <= 0:
        return name
    # (`由宁波海辰电机…`: the place the name opens with stays, the word before it goes)
    place = next((pm.start() for pm in place_mentions(name[:k]) if pm.end() == k), None)
    return name[place if place is not None else k :]


def own_company_subject(ctx: _DocContext, title: str | None = None) -> str:
    """Whose figures a company's own report holds: the port its name carries (`宁波舟山港集团` ->
    宁波舟山港 when the report names it), the train service a title reports on (`关于1—11月中欧
    班列（郑州）运营情况的报告`), else the company."""
    return _group_port(ctx.self_org, ctx.text) or titled_service((title, ctx.doc_title, *ctx.front_lines)) or ctx.self_org


def _article_default_subject(ctx: _DocContext, actx: _ArticleContext, text: str, a0: int, a1: int) -> str | None:
    """The subject an article is about when a sentence names none: the place it names most
    (its title counts three times), its region, its province or the country."""
    if ctx.zone and _INLAND_PORT_END.search(ctx.zone):
        for title in (actx.title, ctx.doc_title, *ctx.front_lines[:TITLED_PORT_REACH]):
            if title and (service := rail_service_at(title, _LEADING_PERIOD.match(title).end())):
                return service  # `上半年中欧班列长安号开行2816列` on the inland port's site: the service's
    if ctx.zone:
        # a zone's own report: 全国首创 and 商务部 compare or cite, the city and province in its
        # name (`中国（湖北）自由贸易试验区宜昌片区`) are where it lies, a city it visits (`赴苏州
        # 招商`) is a trip; its own figures are the zone's unless a sentence names another subject
        return ctx.zone
    if ctx.delegation:
        return ctx.delegation  # `宁波交易团第七届进博会成果丰硕`: the delegation's deals and counts
    if ctx.event and not ctx.fair_visit:
        return ctx.event  # a fair's results report: its counts and deals are the fair's
    if ctx.facility:
        return ctx.facility  # `赣州国际陆港发布`: the inland port's own post, its trains and boxes
    for title in (actx.title, ctx.doc_title, *ctx.front_lines[:TITLED_PORT_REACH]):
        if title and (port := _titled_port(title)) is not None:
            # `一季度天津口岸进口冷链食品量值齐增`, `日照口岸粮食进口情况通报`: the story's figures are
            # the port's, though a sentence leaves it out (`水产品进口19.6万吨…`)
            return port
    if ctx.region in _OWN_ECONOMIES or foreign_country(ctx.region) is not None:
        # an economy's own release, or an embassy's notes on its host country: the regions and
        # partners it names are markets (China too: `马对华出口`)
        return ctx.region
    if (heading := actx.title or actx.section) and _NATION_IN_HEADING.search(heading) and next(place_mentions(heading), None) is None:
        # `一、【数据速递】前8个月我国外贸进出口增长3.5%` in a regional association's newsletter: the
        # nation's figures, whatever region the newsletter is from
        return "中国"
    if ctx.announcer:
        return ctx.announcer  # a firm's press release: the markets and sellers it names are its platform's
    if (town := _TOWN_GOVERNMENT.fullmatch(ctx.publisher or "")) is not None:
        # `来源：岭口镇人民政府` on a county's site: the town's own summary (its county ranks it)
        return town.group("t")
    if ctx.reporting and (firm := next((n for n in ctx.reporting if n in text[a0:a1]), None)):
        return firm  # `华宸电器发布2024年年度报告。…其中，海外业务收入…`: the company's results
    if (
        actx.title and (fair := _EVENT.match(actx.title, _COLUMN_LABEL.match(actx.title).end()))
        and _EVENT_HELD.search(actx.title, fair.end()) and not HOME_PART.search(actx.title, fair.end())
    ):
        # `● 第四届广州数字贸易博览会闭幕 …` in a brief: that article's figures are the fair's (not
        # `…落幕 我省签约金额再创新高`: the province's deals there)
        return fair.group()
    for title in (actx.title, ctx.doc_title):
        if title and (service := rail_service_at(title, _LEADING_PERIOD.match(title).end())):
            # `2025年中欧班列长安号开行5126列`: the story's figures are the service's
            return service
    services = [s for body in (ctx.self_org, ctx.publisher, *ctx.front_lines[:1]) if (s := operated_service(body)) is not None]
    if services:
        # the corridor's own operator reporting (`西部陆海新通道物流和运营组织中心`), by its fullest
        # name (over `陆海新通道运营有限公司　编`)
        return max(services, key=len)
    if ctx.self_org and _COMPANY_END.search(ctx.self_org):
        # a company's own report (`广州港集团有限公司生产业务部编`): its figures are the company's,
        # or its port's when the report names the port (`宁波舟山港集团…：宁波舟山港完成…`), or the
        # train service its title reports on (`关于1—11月中欧班列（郑州）运营情况的报告`)
        return own_company_subject(ctx, actx.title)
    if ctx.national and not ctx.listed and (not actx.province or (ctx.province and actx.province == ctx.province)):
        # (a province's site reposting the national release: the province is only the site's)
        # `国家邮政局公布…`: a national body's release reports the nation's figures; the cities
        # its tables rank are parts of them
        return "中国"
    if ctx.defined_regions is None:
        ctx.defined_regions = _defined_regions(text)
    if ctx.defined_regions and (group := _defined_region(ctx.defined_regions, a1, (actx.title, *ctx.front_lines))) is not None:
        return group
    votes_any = vocab().votes_any
    tally: dict[str, int] = {}
    if (notes := _NOTES_BLOCK.search(text, a0, a1)) is not None:
        a1 = notes.start()  # a communiqué's closing notes (`注：…与我国签署…`) define, they report nothing

    def vote(name: str | None, n: int = 1) -> None:
        if name:
            tally[name] = tally.get(name, 0) + n

    # `中国—东盟自贸协定`, `中国-东盟博览会`: an agreement's or a fair's name, not a subject
    # `长春海关统计月报`: a province's customs house named after its capital, not the capital
    district = ctx.region if ctx.region and ctx.region[-1] in "区县" else None
    segments = [(text[a0:a1], 1, [
        f for b, e, f in ctx.places.between(a0, a1) if not _names_other(text, e, f) and not _in_page_footer(text, b)
        # (a district's report naming its city's customs house, `佛山海关驻南海办事处`: no vote for the city)
        and not (district and text.startswith("海关", e))
    ])]
    for title in (actx.title, ctx.doc_title):
        if title:
            segments.append((title, 3, [m.group() for m in place_mentions(title) if not _names_other(title, m.end(), m.group())]))
    voter = {"country": ctx.home_country, "region": ctx.region, "province": actx.province,
             "zone": _autonomous_region(actx.province) or district}
    for seg, w, forms in segments:
        for m in votes_any.finditer(seg):  # one scan for all the pronoun-like vote patterns
            vote(voter[m.lastgroup], w)
        for form in forms:
            p = lookup(form)
            # (other countries and economies a Chinese bulletin names are markets, and so are cities
            # abroad: `赴哈萨克斯坦阿拉木图参展`)
            # (in Taiwan's own release, `中國大陸` is a market: its 我國 votes for Taiwan)
            if p is not None and (p.kind in ("province", "region") or (p.kind == "city" and p.canonical.endswith(HOME_CITY_ENDS)) or p.canonical == ctx.home_country):
                vote(p.canonical, w)
    if ctx.county and not ctx.region and "区" not in ctx.county and (n := text.count(ctx.county, a0, a1)) >= 2:
        # a story about a county the gazetteer cannot know (`南丰县近年来…`): each mention votes
        vote(ctx.county, n + sum(3 for t in (actx.title, ctx.doc_title) if t and ctx.county in t))
    if (town := _named_town(text)) is not None:
        # a story about a town (`大岭山家具“出海”…`, `全镇家具出口…`): each mention of it votes,
        # when the story calls it 全镇 or a title names it
        stem, titles = town[:-1], [t for t in (actx.title, ctx.doc_title) if t and town[:-1] in t]
        pronouns = sum(text.count(p, a0, a1) for p in _TOWN_PRONOUNS)
        if pronouns or titles:
            vote(town, text.count(stem, a0, a1) + pronouns + 3 * len(titles))
    if district:
        # a district's bulletin: its city (`宁波海关`, `宁波市…`; `杭州市余杭区` names 余杭区's
        # city, the gazetteer knows no parents) is where it lies, not its subject
        # (and each mention of the county by its short name votes for it: `安溪茶企…`, `从厦门港发往…`)
        # (not in a story on one of its towns: `水口镇…`, `龙州县商务局`)
        if district[-1] == "县" and len(district) >= 3 and town is None:
            vote(district, text.count(district[:-1], a0, a1))
        for name in [k for k in tally if k != district and district.startswith(k)]:
            vote(district, tally.pop(name))
        for name in [k for k in tally if k != district and k + district in text]:
            del tally[name]
        if district[-1] == "县" and tally.get(district):
            return district  # a county's own brief (`全县…，总量居嘉兴市第5位`): the city ranks it
    for name in [k for k, n in tally.items() if n == 1 and (p := lookup(k)) is not None and p.kind == "region"]:
        del tally[name]  # `台风影响华东、华南多个港口`: a macro-region named once in passing is no one's figures
    if not tally:
        # nothing named: the bulletin's region or province, the company issuing it (a port
        # group's weekly), else the country (a national release)
        # (a national association's release, `中国物流与采购联合会`, reports the nation's figures)
        # (by its short name too: `医保商会` is 中国医药保健品进出口商会)
        own = ctx.self_org if ctx.self_org and not organisation_names().get(ctx.self_org, ctx.self_org).startswith(("中国", "全国")) else None
        return ctx.region or actx.province or own or ctx.home_country
    best = max(tally.values())
    for cand in (ctx.region, actx.province, ctx.home_country):
        if cand and tally.get(cand) == best:
            return cand
    if not ctx.region and actx.province in (None, *_MUNICIPALITIES) and _tour_of_cities(tally):
        # a national story touring several hubs (西安, 重庆, 成都…): no one city's (a municipality
        # among them is a hub, not the province the story is about)
        return "中国"
    return max(tally.items(), key=lambda kv: kv[1])[0]


_NOTES_BLOCK = regex.compile(r"\n[ \t\u3000]*(?:注|附注|注释)[ \t\u3000]*[:：]")


# `大湾区内地九市（广州、深圳、…、肇庆，下同）`: a group of places defined once for the story
_DEFINED_GROUP = regex.compile(r"(?P<name>[\p{Han}]{2,12})\([^()]{4,80}?[,、][^()]{0,40}?下同\)")


def _defined_regions(text: str) -> list[tuple[int, str, str]]:
    """Every macro-region the document defines as a group of places for all that follows
    (`大湾区内地九市（广州、深圳、…，下同）`): (where, the form it is named by, the region)."""
    out = []
    for m in _DEFINED_GROUP.finditer(text):
        for pm in place_mentions(m.group("name")):
            p = lookup(pm.group())
            if p is not None and p.kind == "region":
                out.append((m.start(), pm.group(), p.canonical))
    return out


def _defined_region(defined: list[tuple[int, str, str]], a1: int, titles) -> str | None:
    """The macro-region (`粤港澳大湾区`) defined before ``a1`` (in the lead, before any section)
    that the headline names: its figures are the region's, not those of the province whose
    department publishes them."""
    for at, form, region in defined:
        if at < a1 and any(t and form in t for t in titles):
            return region
    return None


def _in_page_footer(text: str, at: int) -> bool:
    """The place at ``at`` is in a page's footer line (`地址：北京市西城区…`, `版权所有`): where the
    publisher sits, not what the page reports on."""
    return _FOOTER_WORDS.search(text, text.rfind("\n", 0, at) + 1, at) is not None


_FOOTER_WORDS = regex.compile(r"地址|版权所有|邮编|邮政编码|ICP|主办单位|承办单位")
TOUR_CITIES = 3  # distinct cities a story must name, none of them with half the mentions, to be a tour


def _tour_of_cities(tally: dict[str, int]) -> bool:
    """A story naming several cities, none of them in half the mentions: about none of them.
    The four municipalities count as cities here (a 中欧班列 story's hubs: 西安, 重庆, 成都)."""
    cities = {k: n for k, n in tally.items() if _city_like(k)}
    if len(cities) < TOUR_CITIES or max(cities.values()) * 2 >= sum(cities.values()):
        return False
    # a province named again and again: the story is the province's, not a tour (abroad, `欧洲`,
    # is a market; `在河南郑州` names where a hub lies); the country named: a national story
    return "中国" in tally or not any(
        n >= 2 and (p := lookup(k)) is not None and p.kind == "province" and k not in cities for k, n in tally.items()
    )


def _city_like(name: str) -> bool:
    p = lookup(name)
    return p is not None and (p.kind == "city" or p.canonical in _MUNICIPALITIES)


_CARRIED_MEMBERS = frozenset(("enterprise_type", "market", "trade_mode"))
# a measure of how much of some goods moved, after their value (`出口数量`, `进口量`, `出口均价`),
# or their value after how much moved (`进口原油22871.6万吨…；进口金额10736.2亿元`)
_AMOUNT_OF_GOODS = regex.compile(rf"(?:{alternation(TRADE_FLOWS)})?(?:数量|量|均价|平均价格|价格|金额|货值|额)")
# or the same flow again, for a later period or in all (`5月份全国进口煤及褐煤3604.4万吨…；1-5月累计进口…`)
_SAME_FLOW_AGAIN = regex.compile(rf"(?:累计|当月|合计)(?:{alternation(TRADE_FLOWS)})(?:数量|量|金额|额)?")
_DISTRICT_PRONOUNS = frozenset(("全区", "本区", "该区", "新区", "全县", "本县"))
_HOME_KINDS = frozenset(("province", "city", "district", "region"))
# what a profiled place is called by its kind alone: `产业园实现…`, `园区入驻企业…` under
# `临沂跨境电商产业园：…`
_KIND_TAIL = regex.compile(r"(?:产业园|物流园|园区|基地|口岸|港区)$")
_KIND_REFERENCE = {"产业园": ("产业园", "园区"), "物流园": ("物流园", "园区"), "园区": ("园区",), "基地": ("基地",), "口岸": ("口岸",), "港区": ("港区",)}


def _names_by_kind(org: str, text: str, cs: int) -> bool:
    """The clause at ``cs`` opens by calling the profiled ``org`` by its kind (`产业园实现…`)."""
    m = _KIND_TAIL.search(org)
    if m is None:
        return False
    return any(text.startswith(w, cs) and not text.startswith(w, cs + len(w)) for w in _KIND_REFERENCE[m.group()])


# a clause of a contribution alone: `拉动全部投资` (then its rate `增长1.3个百分点`)
_CONTRIBUTION_CLAUSE = regex.compile(rf"\s*(?P<c>(?:{'|'.join(CONTRIBUTION_VERBS)}|影响)[\p{{Han}}A-Za-z()]{{1,16}}?)\s*")
_CONTRIBUTION_SHARE = regex.compile(r"\s*(?P<c>对[\p{Han}]{1,12}?的?贡献率)(?:为|达到|达|是)?\s*")


# attributes of things counted just before (`海外仓318个，总面积…`)
_ATTRIBUTE_HEADS = frozenset(("总面积", "面积", "建筑面积", "仓储面积", "库容", "总库容", "总投资"))
_COUNTED_BEFORE = regex.compile(r"(?P<noun>(?:[\p{Han}]{1,4}\d{1,4}强)?[\p{Han}]{2,10}?)\d[\d.,]*(?:个|座|家|处)[,，]\s*$")
_COUNT_VERB_LEAD = regex.compile(r"^.*(?:布局|运营|建设|建成|设立|拥有|共有|新增|累计)")
_RANKED_GROUP = regex.compile(r"(?P<r>前(?:[二三四五六七八九十]|\d{1,2}))(?:位|名|大|强)")


# measures of investment received: a country or economy named before one is where it came from
_INWARD_INVESTMENT = frozenset(("实际使用外资", "实际利用外资", "合同外资", "外商直接投资", "利用外资"))


# places that name markets a figure is traded with rather than whose figure it is
_MARKET_KINDS = frozenset(("country", "economy", "region", "world_region"))


def _in_brackets(text: str, s: int, at: int) -> bool:
    """True when ``at`` is inside a parenthesis opened in the sentence (`（苏州增长7.9%，南京…`)."""
    j = text.rfind("(", s, at)
    return j >= 0 and text.find(")", j, at) < 0


def _home_member(text: str, s: int, end: int, member: str) -> str | None:
    """The place a bracketed member names when it is whose figure it is (a city or district,
    not a market traded with: `对日本（…）`, `自澳大利亚（…）`)."""
    mp = lookup(member)
    if mp is None or mp.kind not in _HOME_KINDS:
        return None
    at = text.rfind(member, s, end)
    if at < 0 or any(text.endswith(mk, s, at) for mk in vocab().data.market_markers):
        return None
    return mp.canonical


_CARRIAGE_WORDS = regex.compile(r"开行|运输|运送|发送|货值|货物(?!贸易)|货运|集装箱|标箱|班列|线路|旅客|吨|通达|辐射|覆盖|回程|去程|站点|口岸")


def sentence_opening(text: str, at: int) -> int:
    """Where the sentence or line holding ``at`` opens (after the last `。` or line break before
    it): a ;-clause goes on with its sentence's opener (`从出口方式看，…；技术咨询…`)."""
    return max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1


def _sentence_end(text: str, s: int) -> int:
    e = text.find("。", s)
    return e if e >= 0 else len(text)
