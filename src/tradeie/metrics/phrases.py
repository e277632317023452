"""The words before a figure: whose figure it is, what it measures, which breakdown member.

    `其中，离岸服务外包合同额178334.1万美元` -> qualifier 离岸服务外包 + head 合同额
    `我市对马来西亚进出口` -> subject 我市 (the bulletin's city), market 马来西亚, head 进出口
    `ITO、BPO和知识流程外包（KPO）执行额分别为…` -> members ITO | BPO | 知识流程外包(KPO)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import regex

from ..numbers import parse_numeral
from ..organisations import organisation_rows
from ..places import customs_province, looks_like_district, lookup, place_regex
from ..patterns import load_tsv, trie_pattern
from .vocab import alternation, any_head, vocab

__all__ = [
    "Phrase", "read_phrase", "clause_start", "split_members", "dimension_of", "facility_end", "is_brand",
    "names_another_service", "brands_in", "HOW_COMPUTED",
]

BOUNDARY = ",;:!?。；，："
_CLAUSE_MARKS = tuple(BOUNDARY) + ("(", ")")
_LAST_CLAUSE_MARK = regex.compile("[" + regex.escape("".join(_CLAUSE_MARKS)) + "]", regex.REVERSE)
# (no name holds an aspect particle: `会议通报了上半年协会工作情况` names no `会议通报了…协会`)
_COMPANY_STD = (
    r"(?:(?![了着])[\u4e00-\u9fffA-Za-z()]){2,24}?(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|股份公司)"
    r"|(?:(?![了着])[\u4e00-\u9fff]){4,24}?(?:协会|商会|联合会|促进会)"  # `兰江市服务外包产业协会`, not `吸纳后协会`
    # a group named without its legal suffix as it signs a deal (`赣江铜材集团与…签订…`, `…集团签约采购…`)
    r"|(?:(?![了着和与及、])[\u4e00-\u9fff]){2,12}?集团(?=签约|签订|与|采购|购买|达成)"
)
# and a rank the figures hold (`…执行额位列前五，分别为…`)
_TRAILING_NOISE = regex.compile(
    r"(?:同比|环比|分别|的|了|也|(?<![麻大])将|(?<![人年平日户月])均|(?<=同比|环比)平均|都|共|则|还|位于|处于|,|、|\s"
    r"|(?:位列|位居|分列|分居|依次位列|居|排名|排在|列)(?:全[国省市区])?(?:前|第)[一二三四五六七八九十\d、至和]{1,8}(?:位|名)?)+$"
)
# a holiday story refers back to its holiday (`假期全国国内出游…`): no part of the measure
# (and a post's emoji and flags: `📦 貨物出口總值`, `🇭🇰 香港`)
_LEADING_NOISE = regex.compile(r"^(?:\.(?!\d)|[,、:;)\s●·◆◇■□▶►▪•○◎★☆▲△▎▍▌▋▊▉█|\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]|——|--|\d{1,2}[.、](?=\p{Han})|[“\"]?我们(?:在|的)?|\((?:以下)?简称[^()]{0,30}\)|\((?:\d{6}(?:\.[A-Z]{2})?|[A-Z]{2}\d{6})(?:,[^()]{0,30})?\)|的|但是|但|不过(?!夜)|中,|其中|同时|此外|另外|而|并(?!购)|且|(?:建成|投产|竣工|完工|达产)后|该(?!行(?!业))(?:关(?![区税])|局|署|厅)?|这|分别|实现了|实现|完成了|完成(?!营业额|投资)|涉及|当月|本月|当期|本期|同期|假期|(?:节日|节假日|黄金周|长假|小长假)?期间)+")
_PAREN = regex.compile(r"\([^()]{0,30}\)")


@dataclass(slots=True)
class Phrase:
    text: str  # the cleaned indicator phrase (qualifier + head)
    qualifier: str = ""
    head: str | None = None
    subject: str | None = None  # canonical subject name, when the phrase names one
    subject_kind: str | None = None
    markets: list[str] = field(default_factory=list)


def clause_start(text: str, s: int, pos: int) -> int:
    """Start of the clause that ends at ``pos`` (after the last comma/semicolon/colon, or an
    unclosed opening parenthesis) within the sentence starting at ``s``."""
    # fast path: the last boundary or bracket before ``pos`` decides unless it closes a bracket
    # (one backward search for all the marks: eleven `rfind`s cost four times as much)
    last = _LAST_CLAUSE_MARK.search(text, s, pos)
    if last is None:
        return s
    j = last.start()
    if text[j] != ")":
        return j + 1
    i = j
    depth = 0
    while i >= s:
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return i + 1
            depth -= 1
        elif c in BOUNDARY and depth == 0:
            return i + 1
        i -= 1
    return s


@functools.cache
def _subject_re() -> regex.Pattern:
    v = vocab()
    return re.compile(
        rf"(?P<pron>(?!全行业)(?:{alternation(v.pronoun_kind)}))|(?P<company>{_COMPANY_STD})|(?P<brand>{_brand_pattern()})"
        rf"|(?P<place>{place_regex().pattern})"
    )


@functools.cache
def _brand_pattern() -> str:
    """Companies named by brand, no legal suffix (`比亚迪海外销量…`, `宁德时代营业收入…`): the
    company rows of the organisation gazetteer.  Names opening with 中国 or 国家 are left out:
    `中国石油进口…` is more often the nation's oil than the company."""
    return trie_pattern(
        n for n, (_, kind) in organisation_rows().items() if kind == "company" and not n.startswith(("中国", "国家"))
    )


@functools.cache
def _brand_re() -> re.Pattern:
    return re.compile(_brand_pattern())


_PLATFORM_WORDS = ("平台", "站点", "店铺", "渠道", "上", "等平台")


def platform_after(text: str, at: int) -> bool:
    """A platform word follows a brand ending at ``at`` (`Temu 平台`, `亚马逊站点`)."""
    while at < len(text) and text[at] == " ":
        at += 1
    return text.startswith(_PLATFORM_WORDS, at)


def brands_in(text: str, start: int, end: int):
    """The company brand names (`比亚迪`, `奇瑞控股集团`) in ``text[start:end]``, as matches."""
    return _brand_re().finditer(text, start, end)


def is_brand(form: str) -> bool:
    """``form`` is a company's brand name (`比亚迪`, `上汽集团`)."""
    return _brand_re().fullmatch(form) is not None


@functools.cache
def _market_re() -> regex.Pattern:
    return re.compile(rf"(?:{alternation(vocab().data.market_markers)})(?P<m>{_market_names()})")


@functools.cache
def _market_enum_re() -> re.Pattern:
    """More members after a market (`、东盟、美国`, `和日本`)."""
    return re.compile(rf"(?:[、和及与](?:{_market_names()}))+")


@functools.cache
def _abbreviated_market_re() -> regex.Pattern:
    """`对俄` / `自蒙` / `对美` right before a flow (`出口`, `进口`, `贸易`)."""
    abbr = vocab().data.market_abbreviations
    return regex.compile(rf"(?<![面针相绝应来各])(?:对|自|向)(?P<a>{alternation(abbr)})(?=进出口|出口|进口|贸易|投资)")


def _market_names() -> str:
    """A place or a market group (`东盟`, `RCEP`), as a pattern."""
    groups = vocab().data.dimension_lexicon.get("market_group", [])
    # a group named by several regions (`南亚东南亚`, `粤港澳大湾区`) before the places it begins with
    long = alternation(g for g in groups if len(g) >= 4)
    return f"{long}|{place_regex().pattern}|{alternation(groups)}"


_COMPANY_RE = re.compile(_COMPANY_STD)
# what a customs house supervised, when it is a place's trade (`…监管的厦门市跨境电商…`,
# `…监管跨境电商进出口商品`): the place's figure, not the house's work
_SUPERVISED_OF = regex.compile(r"[\p{Han}]{0,4}?的")
_TRADE_SUPERVISED = regex.compile(r"(?:(?!清单|包裹|证书|票|件|批)[\p{Han}“”]){0,12}?(?:进出口|出口|进口)(?:商品|货物|总?值|额)?$")
# a customs house opening the words with what it did: supervised, cleared, certified, issued
_CUSTOMS_AT_WORK = regex.compile(
    r"经?(?P<name>(?![中全本各]国|[全本各]省|[全本各]市|国家|全|各)(?:(?!地区)[\p{Han}]){2,5}?海关)(?!总署|关区|统计|数据|发布|公布)"
    r"(?:所属口岸|(?=[\p{Han}\d]{0,8}?(?:监管|验放|签发|办理|查验|检出|截获|审核|征收|减免|出台|推出|制定|开设|放行|检疫|检验)))"
)
# a customs house certifying or issuing measures (`昆明海关共签发RCEP原产地证书…`, `…为辖区企业签发…`,
# `…出台…22条措施`), or counting the declarations it handled (`广州海关共监管跨境电商进出口清单3.86亿票`):
# its own work even where its district is its whole province, whose trade its other figures are
_OWN_WORK = regex.compile(r"[\p{Han}\d]{0,10}?(?:签发|签证|出具|办理|出台|推出|制定)|[\p{Han}\d“”]{0,14}?(?:清单|包裹|报关单|快件)")
_TOWARDS_US = re.compile(r"(?:对|是)(?P<p>我省|我市|我国|本省|本市|全省|全市)")
# a proper name: not a category (`国家级经开区`, `各片区`, `加工制造型合作区`, `上述合作区`) nor a cited body (`据临港新片区…`), nor
# words running into one (`黄埔海关共监管开发区…`, `民营企业对开发区…`)
_NAMED_AREA = regex.compile(
    r"(?![据在对从于由经向将把被为各全本该其])(?!拉动|力争|推动|带动|实现|完成|助力|促进|占|约占|相当于|超过|上述|单个|这些|此类)(?:(?!级|的|对|在|共|监管|是|型|将|把)[\p{Han}]){2,10}?(?:关区|片区|高新区|开发区|经开区|综保区|综合保税区|示范区|合作区|实验区|试验区|新区|商务区|商圈|步行街|商业街|互市贸易区|互市区|边境合作中心)(?=[\p{Han}])"
)
# a county or district name opening the words (not 园区, 片区, 辖区, 地区 … which are kinds of area)
_DISTRICT_LEAD = regex.compile(r"(?![全本我该各辖市城郊园片景社地]|新[区城])[\p{Han}]{2,3}?(?<![园片新景社地城市辖保发试作范能聚贸校矿灾牧街厂全本我该各政])(?<![^发]展)[区县](?=[\p{Han}]{2})")
# a town's or street's name (`白沙镇`, `古镇镇`, `北滘镇`, `东湖街道`), not a kind of place (`城镇`,
# `乡镇`, `特色小镇`, `重镇`)
_TOWN_LEAD = regex.compile(r"(?![全本我该各城乡集重小辖分])[\p{Han}]{2,4}?(?<![城乡集重小特色古])(?:镇|乡|街道)")


def _city_district(city: str, t: str, at: int):
    """The district or county written right after a city's name at ``at`` (`广州市|黄埔区`), or None."""
    p = lookup(city)
    if p is None or p.kind != "city":
        return None
    pm = place_regex().match(t, at)
    if pm is not None:
        q = lookup(pm.group())
        return pm if q is not None and q.kind == "district" and t[pm.end() : pm.end() + 1] not in ("、", "和", "及", "与") else None
    dm = _DISTRICT_LEAD.match(t, at)
    return dm if dm is not None and t[dm.end() : dm.end() + 1] not in ("、", "和", "及", "与") else None


def _before_market(form: str, t: str, end: int) -> str:
    """A city's name ending at ``end`` without the 市 that begins 市场 (`义乌市场采购` -> 义乌市 is
    read as 义乌, then 市场采购); otherwise ``form``."""
    return form[:-1] if form.endswith("市") and t.startswith("场", end) else form


def _province_city(province: str, t: str, at: int) -> str | None:
    """The city written right after its province's name at ``at`` (`浙江|义乌`), or None; a city
    name running into 市场 (`义乌市场`) is read without its 市."""
    p = lookup(province)
    if p is None or p.kind != "province":
        return None
    pm = place_regex().match(t, at)
    if pm is None or t[pm.end() : pm.end() + 1] in ("、", "和", "及", "与"):
        return None
    form = _before_market(pm.group(), t, pm.end())
    q = lookup(form)
    return form if q is not None and q.kind == "city" else None


# a bracketed aside right after a leading district's name (another name for it)
_LEAD_ASIDE = regex.compile(r"^(?P<lead>[\p{Han}]{2,6}?[区县])\((?:[^()]|\([^()]*\))*\)(?=[\p{Han}])")
# (a body that publishes statistics; a company releasing its own report stays whose figures they are)
_RELEASED_BY = regex.compile(r"^[\p{Han}()]{1,22}?(?:会|局|署|部|厅|委|中心|院|所|办公室|海关)(?:最新)?(?:发布|公布)的(?=[\p{Han}\d])")
# `对《区域全面经济伙伴关系协定》（RCEP）其他成员国…`: an agreement named in full before the
# abbreviation it goes by; the abbreviation names the market group
_AGREEMENT_ABBREVIATED = regex.compile(r"《[^《》]{2,30}》\s*\((?P<a>[A-Za-z]{2,10})\)")
_ALIASED_LEAD = regex.compile(r"^(?P<full>[\p{Han}—\-()]{4,40}?)\((?:以下|下文)?(?:简称|下称)(?:[“\"](?P<short>[^”\"()]{2,12})[”\"]|(?P<short>[\p{Han}]{2,12}))\)")
# the trade flows, as heads and as words that open a measure (`出口数量`)
TRADE_FLOWS = ("进出口", "出口", "进口")
_KIND_ONLY = frozenset(("合作区", "示范区", "片区", "园区", "新区", "开发区", "高新区", "经开区", "综保区", "试验区", "自贸区", "集团", "公司", "协会"))


def _aliased_name(m) -> str:
    """The short name an aliased lead goes by, or its full name when the short one is only a kind."""
    if m.group("short") in _KIND_ONLY:
        return m.group("full")
    full = m.group("full")
    if m.group(0).endswith(("”)", '")')) or vocab().head_at_end.search(full) is None:
        flows = [h for h in any_head().finditer(full) if h.group() in TRADE_FLOWS]
        if flows and m.group("short") in full[flows[-1].end() :]:
            # `山东省出口橡胶轮胎（以下简称轮胎）`: the goods go by the short name, after whose flow it is
            return full[: flows[-1].end()] + m.group("short")
        return m.group("short")
    # `归属于上市公司股东的净利润（下称归母净利润）`: a measure, left as written, unless its short
    # name was quoted as the name it goes by
    return m.group(0)


# a land crossing's mode, dropped from a port's name (`满洲里铁路口岸` is 满洲里口岸's rail crossing)
_LAND_MODE = regex.compile(r"^(?:铁路|公路)(?=口岸)")
# a crossing goods pass through (`经满洲里口岸`, `经霍尔果斯铁路口岸`)
_VIA_CROSSING = regex.compile(r"(?:铁路|公路|航空|水运)?口岸")
# a column's label opening a headline (`数说园区｜…`, `走进园区`): no zone's name
COLUMN_WORDS = "数说|图说|图解|聚焦|走进|关注|话说|探访|漫谈"
CITY_ZONES = "科技城|科学城|软件园|软件谷|科技园|科学园|示范园"  # a science city or park run as a zone (`三亚崖州湾科技城`, `厦门软件园`)
# an inland port run as a zone by its own committee (`成都国际铁路港管理委员会`): its own figures
INLAND_PORTS = "国际铁路港|国际陆港|国际港务区"
# (港 a port, not Hong Kong in `佛山市港资企业`, `港澳`)
_FACILITY = regex.compile(
    r"港区|港域|港(?![资澳商台人企籍元币])|关区|国际邮轮母港|邮轮母港|机场|码头|口岸|综合保税区|综保区|保税区|自贸片区|片区"
    r"|国际会展中心|会展中心|国际博览中心|博览中心|展览中心"  # a city's exhibition venue (`深圳会展中心举办展会…`)
    r"|(?:自由贸易试验区|自贸试验区)(?:[\p{Han}]{2,4}?片区)?|自贸区|高新区|经济技术开发区|开发区|经开区|园区|示范区"
    rf"|{CITY_ZONES}"
)
# a park or port named after its place with a word or two between (`霍尔果斯国际物流园区`,
# `青州综合保税区`), not the place's own measure (`大连市进出口…`)
_NAMED_FACILITY = regex.compile(
    r"(?!进出口|出口|进口|完成|实现|全年|累计|新增|共|对|的|在|和|与|及)[\p{Han}]{1,4}?"
    # (a park abroad after its host country: `埃塞俄比亚东方工业园`, `柬埔寨西哈努克港经济特区`)
    r"(?:国际边境合作中心|合作中心|物流园区|产业园区|科技园|软件园|园区|口岸|机场|会展中心|博览中心|工业园|产业园|经济特区|示范园)(?=[\p{Han}])"
)
# a port area, border crossing or railway the gazetteer cannot know, leading its own figure
# (`东湾港区完成…`, `磨憨口岸进出口货运量`, `中老铁路国内段发送旅客`)
_PORT_AREA = regex.compile(
    # (not a kind of port: `陆路口岸查验出入境人员…` in a national release)
    r"(?![经对从在由向与和及自])(?!(?:陆路|水运|航空|公路|铁路|空港|海港|边境|沿海|内河|一类|二类)口岸)"
    r"(?!(?:力争|争取|确保|力求)?(?:实现|完成))"  # (`力争实现口岸过货量…`: no port's name)
    # (nor a period, a target's verb or a region before the word: `前三季度口岸过货量…`, `力争口岸全年…`,
    # `喀什地区口岸…`: the region's ports)
    r"(?![\p{Han}]{0,2}?(?:季度|半年|全年|今年|去年|地区|力争|争取|确保|力求|推动|加快)口岸)"
    # (a port by its name, `果园港完成…`, `钦州港集装箱…`; not 中国香港, nor `预计全港…`)
    r"(?:[\p{Han}]{2,4}?(?:港区|港域|作业区|口岸|铁路(?:[\p{Han}]{2}段)?)|[\p{Han}]{2,3}?(?<![香全我该本各])港"
    r"|[\p{Han}]{2,10}?(?:公路|陆路|铁路|水运|航空)口岸)"  # `港珠澳大桥珠海公路口岸验放…`
    r"(?=完成|实现|累计|共|全年|集装箱|货物|吞吐|进出口|进口|出口|过货|货运|出入境|发送|开行|运输|运送|旅客|验放|查验|监管)"
)
# a port area opening its sentence whatever it does first (`南塘港区受新泊位带动，6月份货物吞吐量…`):
# a port's part, never a place of its own (not `各港区`, `主要港区`, a list's member `A港区和B港区`)
_NOT_A_NAME_LEAD = "经对从在由向与和及自各全该本其这那多所主新老外内沿"  # (a verb, pointer or kind: `经…`, `各…`, `沿海…`)
_OPENING_PORT_AREA = regex.compile(
    rf"(?![{_NOT_A_NAME_LEAD}])[\p{{Han}}]{{2,4}}?(?:港区|作业区)(?![的和与及、])"
    # an airport by its name (`青川国际机场共保障航班…`), not a kind of airport (`国内千万级机场`)
    rf"|(?![{_NOT_A_NAME_LEAD}国境民枢支干千百])[\p{{Han}}]{{2,4}}?国际机场(?![的和与及、])"
    # (or its short name, `花湖机场完成货邮吞吐量…`; not `运输机场`, `区域机场`, `到郑州机场`, `拉动机场…`)
    rf"|(?![{_NOT_A_NAME_LEAD}国境民枢支干千百两三四五六七八九十运区到至为以拉带推])[\p{{Han}}]{{2,3}}机场(?![的和与及、群])"
)
# an exhibition venue by its name opening its own figures (`中国进出口商品交易会展馆（琶洲）上半年举办展览…`,
# `广州国际采购中心举办展览…`), not a kind of venue (`各会展中心`, `重点场馆`)
_VENUE_NAME_END = r"(?:国际会展中心|会展中心|国际博览中心|博览中心|展览中心|会议中心|展览馆|博览馆|会展馆|展馆|国际博览城|博览城|国际采购中心)"
_VENUE = regex.compile(
    # (a name holds no verb or pointer: not `博览会在青岛国际会展中心…`)
    rf"(?![{_NOT_A_NAME_LEAD}重])(?:(?![在于到至从的])\p{{Han}}){{2,14}}?{_VENUE_NAME_END}"
    r"(?:\([\p{Han}]{2,6}\))?(?![的和与及、\p{Han}]*?[、和与及][\p{Han}]{2,14}?(?:中心|馆|城))"
)
_VENUE_AT_END = regex.compile(_VENUE_NAME_END + r"(?:（[\p{Han}]{2,6}）)?$")


def is_venue(name: str) -> bool:
    """An exhibition venue's name (`中国进出口商品交易会展馆（琶洲）`, `潭洲国际会展中心`)."""
    return _VENUE_AT_END.search(name) is not None


# a freight-train service or trade corridor leading its own figures (`中欧班列累计开行…`,
# `中欧班列(成渝)开行…`, `“长安号”已开通…`, `西部陆海新通道铁海联运班列发送货物…`): whose figures
# they are, not the city or the nation
def rail_service_at(t: str, pos: int = 0) -> str | None:
    """The train service named at ``pos`` and running there (`中欧班列长安号开行…`), or None."""
    m = _RAIL_SERVICE.match(t, pos)
    return m.group("name").replace("(", "（").replace(")", "）") if m else None


_RAIL_NAME = (
    r"(?:[\p{Han}]{1,2}新欧)?中欧班列(?:\([\p{Han}]{2,4}\)|[\p{Han}]{2}号)?"
    r"|[\p{Han}]{1,2}新欧|(?<![该此这其新旧型])[\p{Han}]{2}号(?=[”\"]|班列|已|累计|开行|开通|运输|运送|发送|通达|$)|[\p{Han}]{1,2}满欧|西部陆海新通道|陆海新通道"
)
_RAIL_SERVICE = regex.compile(
    rf"[“\"]?(?P<name>{_RAIL_NAME})[”\"]?"
    # (`“齐鲁号”欧亚班列累计开行612列`: the brand before the kind of train it runs)
    r"(?=(?:铁海联运|海铁联运)?(?:(?:欧亚|国际|中亚|中老|中越|中欧)?班列)?(?:已|累计|共|全年|开行|发送|运输|运送|完成|实现|开通|通达|货物|货值|货运|运行))"
)
_RAIL_NAME_ONLY = regex.compile(_RAIL_NAME)
# a service's own operator or platform (`西部陆海新通道物流和运营组织中心`, `陆海新通道运营有限公司`)
_RAIL_OPERATOR = regex.compile(rf"(?P<name>{_RAIL_NAME})(?:[(（][\p{{Han}}]{{2,4}}[)）])?[\p{{Han}}]{{0,12}}?(?:运营|物流|平台|公司|中心)")


def operated_service(body: str | None) -> str | None:
    """The train service or corridor ``body`` runs (`西部陆海新通道物流和运营组织中心` -> 西部陆海新通道)."""
    m = _RAIL_OPERATOR.match(body) if body else None
    return m.group("name") if m else None


# a service named in full: its city or brand in brackets, a `…号` or `…新欧` brand, or the corridor
_NAMED_SERVICE = regex.compile(r"中欧班列\([\p{Han}]{2,4}\)|(?:[\p{Han}]{1,2}新欧)?中欧班列[\p{Han}]{2}号|[\p{Han}]{1,2}新欧|西部陆海新通道|陆海新通道")


def titled_service(titles) -> str | None:
    """The train service named in full in the first of ``titles`` naming one
    (`中欧班列（长沙）运营简报`), or None."""
    for title in titles:
        if title and (m := _NAMED_SERVICE.search(title.replace("（", "(").replace("）", ")"))) is not None:
            return m.group().replace("(", "（").replace(")", "）")
    return None


def is_rail_service(name: str) -> bool:
    """``name`` is a train service's (`中欧班列（成渝）`, `西部陆海新通道`)."""
    return _RAIL_NAME_ONLY.fullmatch(name.replace("（", "(").replace("）", ")")) is not None


_NATIONAL_ZONE = regex.compile(
    r"中国\([\p{Han}]{2,4}\)[\p{Han}]{2,14}?(?:综合试验区|自由贸易试验区|试验区|实验区|示范区|综合保税区)(?:[\p{Han}]{2,4}片区)?"
)
_FACILITY_KIND = regex.compile(r"(?:综合保税区|综保区|保税区|口岸|港区|港域|港|机场|片区|园区)$")
# a crossing's own lanes by mode (`其中，铁路口岸完成…；公路口岸完成…` after `二连浩特口岸…`): parts of it
_PORT_MODE = ("铁路", "公路", "水路", "水运", "航空", "空港", "陆路")


def names_another_service(words: str, service: str) -> bool:
    """``words`` name a train service or facility other than the carried ``service``
    (`中越跨境班列开行…` after a sentence on 西部陆海新通道; `经二连浩特、满洲里口岸…` after one on
    策克口岸): the carried one is not whose figure it is."""
    if service in words:
        return False
    if _RAIL_SERVICE.match(service + "开行") is not None:  # a service named plainly (`中欧班列`, `西部陆海新通道`)
        return "班列" in words or "铁路" in words
    kind = _FACILITY_KIND.search(service)
    # another one named (`经二连浩特、满洲里口岸…`), not the same one referred to (`港口已与…`)
    return kind is not None and any(
        not _own_lane(words, m) for m in regex.finditer(rf"(?<![该本这全各])(\p{{Han}}{{2}}){kind.group()}", words)
    )


def _own_lane(words: str, m: regex.Match) -> bool:
    """The port word ``m`` names a lane by mode standing alone (`其中，铁路口岸完成…`), not a
    named port's (`东宁公路口岸`, `阿拉山口、霍尔果斯两个铁路口岸`)."""
    before = words[: m.start()]
    return m.group(1) in _PORT_MODE and (not before or not regex.match(r"\p{Han}", before[-1]) or before.endswith("其中"))


def facility_end(text: str, at: int) -> int | None:
    """End of the port or park word right after a place name at ``at`` (`霍尔果斯|口岸`), or None."""
    f = _FACILITY.match(text, at)
    return f.end() if f else None


_MARKET_AFTER = regex.compile(r"(?:其他|其它|主要|新兴|传统|重点)?市场(?!采购)")  # (`亚洲其他市场`; not `义乌市场采购`)
_VISITOR_WORDS = ("旅客", "游客", "访客", "入境旅客", "入境游客", "过夜旅客", "不过夜旅客", "个人游旅客")
_AGREEMENT_WORDS = ("贸易协定", "自贸协定", "自由贸易协定", "经济伙伴关系协定", "伙伴关系协定", "协定")
# (`主营智能小家电的深圳市…有限公司`, `刻蚀设备厂商中微…股份有限公司`, `长安号的运营平台西安…有限公司`,
# `上述成都…有限公司`, `为便于投资者了解…有限公司`: a description or a pointer before the name)
_COMPANY_LEAD = regex.compile(r".*(?:单位|会员|企业|机构|龙头|厂商|巨头|卖家|商家|服务商|制造商|供应商|运营商|生产商|代表|方面|合作伙伴|以及|和|与|及|、|的|联合|携手|会同|运营平台|运营主体|平台公司|上述|前述|子公司|旗下|了解|知悉|获悉|品牌(?!管理|策划|营销|运营|设计|发展))")  # (`公司全资子公司…`, `消费电子品牌…`)


_TOLD_BY = regex.compile(r"(?:本报)?记者(?:近日|日前|今天|昨天)?从|从")


def company_name(form: str) -> str:
    """Trim role words a lazy match swept in: `协会副会长单位大连瀚闻资讯有限公司` -> `大连瀚闻资讯有限公司`
    (a conjunction inside the name is none: `日资会员企业丰和电子（昆山）有限公司` -> `丰和电子…`)."""
    m = _COMPANY_LEAD.match(form)
    while m and form[m.end() - 1] in _CONJUNCTIONS and not _opens_with_place(form[m.end() :]):
        m = _COMPANY_LEAD.match(form, 0, m.end() - 1)
    if m and len(form) - m.end() >= 6:
        return form[m.end() :]
    if form.startswith(("根据", "据")) and len(form) >= 8:
        return form[2:] if form.startswith("根据") else form[1:]  # `据深圳市蓝湾云仓供应链有限公司介绍`
    if (told := _TOLD_BY.match(form)) is not None and len(form) - told.end() >= 6:
        return form[told.end() :]  # `记者从中国铁路乌鲁木齐局集团有限公司获悉`: the company that told
    lead = _COPULA_LEAD.match(form)
    if lead and len(form) - lead.end() >= 6:
        return form[lead.end() :]  # `仓库，是深圳市迅仓国际物流有限公司（下称“迅仓国际”）在北美…`
    return form


_CONJUNCTIONS = "和与及"


def _opens_with_place(name: str) -> bool:
    """``name`` opens with a place's name (`深圳市…`, `大连…`), as a registered company's usually does."""
    return any(lookup(name[:n]) is not None for n in (2, 3, 4))


# a verb a name's lazy match starts at when a clause opens with it (`是…有限公司`, `走进…有限公司`)
_COPULA_LEAD = regex.compile(r"(?:是|系|走进|来到|在|由|向)(?=[\p{Han}])")  # (`由宁波…有限公司生产的…`)


# how a figure was computed (`按可比价格计算`, `按美元计价`), between a figure and its change or
# closing the words before its rate
HOW_COMPUTED = r"按[\p{Han}]{1,8}?计[算价]"
_HOW_COMPUTED_TAIL = regex.compile(rf"(?:{HOW_COMPUTED}|扣除价格因素)[,，]?$")


def read_phrase(raw: str, periods: list[tuple[int, int]] = (), offset: int = 0) -> Phrase:
    """Clean the words before a figure into subject, markets, qualifier and head.

    ``periods`` are spans (in the same coordinates as ``offset`` + index into ``raw``) of period
    expressions to cut out (`今年1-4月`).  Results are cached: the same words are read several
    times per sentence (as a clause, as the clause before the next figure, as a list lead);
    callers must not mutate the returned Phrase."""
    n = len(raw)
    rel = tuple((max(ps - offset, 0), min(pe - offset, n)) for ps, pe in periods if pe > offset and ps < offset + n)
    return _read_phrase(raw, rel)


# a partner's figure stated as China's (`欧盟对华实际投资`, `非洲国家在华新设企业`): the partner is a market
_INTO_CHINA = regex.compile(r"(?:国家|地区|各国|企业)?(?:对华|在华|来华|赴华|对我国|在我国|对中国|在中国)")
# a partner's own trade with China (`美国对华商品出口1435.5亿美元`): the partner's figure, China its market
_TRADE_WITH_CHINA = regex.compile(r"(?:对华|对中国)(?:商品|货物)?(?:出口|进口|贸易)")


_SINCE_PERIOD = ("以来", "以后")


# (not a route, whose figures are its origin's: `郑州—卢森堡航线`, `义乌—马德里线开行212列`)
_PAIRED_WITH = regex.compile(r"[—–\-－]{1,2}(?![\p{Han}]{1,7}?(?:航线|线|班列|专列|通道))\p{Han}")


@functools.lru_cache(maxsize=4096)
def _read_phrase(raw: str, rel: tuple[tuple[int, int], ...]) -> Phrase:
    v = vocab()
    if rel:
        chars = list(raw)
        for a, b in rel:
            # (with the word that makes a period a span up to now: `二季度以来片区外贸…`)
            b += 2 if raw.startswith(_SINCE_PERIOD, b) else 0
            for k in range(a, b):
                chars[k] = " "
        t = "".join(chars)
    else:
        t = raw
    ph = Phrase(text="")
    if "《" in t:
        t = _AGREEMENT_ABBREVIATED.sub(r"\g<a>", t)
    # markets: 对日本 / 向东盟
    for m in _market_re().finditer(t):
        if _market_enum_re().match(t, m.end()):
            # `对欧盟、东盟、美国分别出口…`: an enumeration of markets a 分别 list pairs with; only
            # the marker goes, the members stay for the list to read
            t = t[: m.start()] + " " * (m.start("m") - m.start()) + t[m.start("m") :]
            continue
        ph.markets.append(m.group("m"))
        t = t[: m.start()] + " " * (m.end() - m.start()) + t[m.end() :]
    if not ph.markets and (am := _abbreviated_market_re().search(t)) is not None:
        # `对俄出口机电产品`: a partner named by its one-character abbreviation; the words stay
        # in the indicator as written (`对俄出口`)
        ph.markets.append(v.data.market_abbreviations[am.group("a")])
    t = t.replace(" ", "").strip("+|")  # `（+36.2%）`: a sign, not words; `寿光市｜186.4`: a cell bar
    t = _LEADING_NOISE.sub("", t)
    if (
        t.startswith("经") and (vm := place_regex().match(t, 1)) is not None and _VIA_CROSSING.match(t, vm.end())
        and (vp := lookup(vm.group())) is not None and vp.kind not in ("province", "country", "economy")
    ):
        # `经霍尔果斯铁路口岸进出境班列…`: the crossing's own traffic (but `经广西口岸进口…`: the
        # province's imports through its ports); the port by its name, whichever of its crossings
        # (`经满洲里铁路口岸` -> 满洲里口岸)
        t = vm.group() + _LAND_MODE.sub("", t[vm.end() :], count=1)
    t = _HOW_COMPUTED_TAIL.sub("", t)  # `规模以上工业增加值按可比价格计算，同比增长…`: how, not what
    if t.startswith("我") and len(t) > 2 and t[1] not in "们市省区县国会行所站局":
        # `我与欧盟贸易总值`, `我对东盟出口`: 我 is 我国 in a national release
        ph.subject, ph.subject_kind = "我国", "country"
        t = t[1:]
    elif ph.subject is None and (side := _CHINAS_SIDE.match(t)) is not None:
        # `中方出口6.58亿美元`, `中方进口8700万美元` in an embassy's report: China's side of the trade
        ph.subject, ph.subject_kind = "中方", "country"
        t = t[side.end() :]
    t = v.opener_re.sub("", t)
    if (sm := _SITED.match(t)) is not None and (fm := _subject_re().match(t, sm.end())) and fm.group("place") and (
        _FACILITY.match(t, fm.end()) or _NAMED_FACILITY.match(t, fm.end())
    ):
        t = t[sm.end() :]  # `位于福田中心区的深圳会展中心…`: where it stands, then the venue (not `位于美国的海外仓`)
    t = _LEAD_ASIDE.sub(r"\g<lead>", t, count=1)  # `雨花台区（中国（南京）软件谷）实现…`: the aside goes
    # `中国—上海合作组织地方经贸合作示范区（以下简称“上合示范区”）实现…`: the short name it goes by
    # (a short name that is only a kind, `（以下简称“合作区”）`, leaves the full name)
    t = _ALIASED_LEAD.sub(_aliased_name, t, count=1)
    # `中国物流与采购联合会发布的…指数`: who released the figure is its source, not whose it is
    t = _RELEASED_BY.sub("", t, count=1)
    tm = _TOWARDS_US.search(t)
    if tm and ph.subject is None:
        # `东盟国家对我省实际投资`, `中国香港是我省第一大来源地`: whose figure is 我省; the places
        # before it are its markets
        ph.subject, ph.subject_kind = tm.group("p"), v.pronoun_kind[tm.group("p")]
        t = t[: tm.start()] + t[tm.end() :]
    if ph.subject is None and (cw := _CUSTOMS_AT_WORK.match(t)) is not None and (
        customs_province(cw.group("name")) is None or _OWN_WORK.match(t, cw.end())
    ):
        # `青岛海关共签发RCEP原产地证书…`, `经拱北海关所属口岸供澳…`: the customs house's own work
        # (what it supervised, certified, cleared), not its province's trade
        if not (
            (dm := _SUPERVISED_OF.match(t, cw.end())) and place_regex().match(t, dm.end())
            or _TRADE_SUPERVISED.match(t, cw.end())
        ):
            # (but `经厦门海关监管的厦门市跨境电商进出口`, `常州海关监管跨境电商进出口商品86.4亿元`:
            # the place's trade it supervised)
            ph.subject, ph.subject_kind = cw.group("name"), "authority"
            t = _LEADING_NOISE.sub("", t[cw.end() :])
    # a leading subject form: 我市 / 大连市 / 中国企业 / a company name — unless it opens an
    # enumeration (`美国、中国香港、日本三地…`, `长三角和京津冀地区…`), whose members are not subjects
    if ph.subject is None and (bm := _BRANCH.match(t)) is not None:
        # `山东分公司累计实现承保金额…`, `进出口银行湖南省分行…贷款余额`: a firm's branch named
        # after its province is whose figures they are, not the province
        ph.subject, ph.subject_kind = bm.group("name"), "company"
        t = _LEADING_NOISE.sub("", t[bm.end() :])
        m = None
    elif ph.subject is None and (dm := _delegation_at(t)) is not None:
        # `宁波交易团累计达成意向采购…`, `分团共组建23个交易组团`: a fair's trading delegation (the
        # report's own by its short name) is whose deals they are, not its city's
        ph.subject, ph.subject_kind = dm.group("name"), "delegation"
        t = _LEADING_NOISE.sub("", t[dm.end() :])
        m = None
    else:
        m = _subject_re().match(t)
    if m and m.group("place") and _PAIRED_WITH.match(t, m.end()):
        m = None  # `中国—东盟自贸协定项下签证…`, `大连—烟台航线`: a pairing's name, not whose figure it is
    if m and (m.group("place") or m.group("pron")) and t.startswith(_VISITOR_WORDS, m.end()):
        # `中国内地旅客`, `香港游客`: where visitors come from, a market of the place receiving them
        ph.markets.append(m.group())
        t = t[m.end() :]
        m = None
    f = None
    if m and m.group("place"):
        f = _FACILITY.match(t, m.end()) or _NAMED_FACILITY.match(t, m.end())
        if f is None and (m2 := place_regex().match(t, m.end())):
            f = _FACILITY.match(t, m2.end())
    if f is None and (m is None or not m.group("pron")):
        f = _PORT_AREA.match(t) or _OPENING_PORT_AREA.match(t) or _VENUE.match(t)  # `东湾港区完成…`: a port area the gazetteer cannot know
        if f is not None and lookup(f.group()) is not None:
            f = None  # `连云港完成…`, `防城港…`: a city named after its port
    if f is None and (rm := _RAIL_SERVICE.match(t) or _NATIONAL_ZONE.match(t)):
        # a train service, or a zone named for the nation with its city in brackets
        # (`中国（南昌）跨境电子商务综合试验区累计备案…`): whose figures they are
        name = rm.group("name") if rm.re is _RAIL_SERVICE else rm.group()
        ph.subject, ph.subject_kind = name.replace("(", "（").replace(")", "）"), "facility"
        t = _LEADING_NOISE.sub("", t[rm.end() :])
        m = None
    if f is None and m is not None and m.group("place") and (za := _NAMED_AREA.match(t)) and za.end() > m.end():
        f = za  # `郑州航空港经济综合实验区进出口…`: a zone named after its city is the subject
    if f and t[f.end() : f.end() + 1] in ("、", "和", "及", "与"):
        f = m = None  # `喀什综合保税区、阿拉山口综合保税区进出口分别…`: members of a list, each its own
    if f:
        # `天津港新开通…`, `宁波舟山港完成…`: a port or park named after its city (or two) is the
        # subject, not the city
        # (`深圳各陆路口岸`: the city's land ports together, 深圳陆路口岸)
        # (`钦州港片区完成…`: the free trade zone's area named after the port, not the port)
        end = f.end() + 2 if t.startswith("片区", f.end()) else f.end()
        ph.subject, ph.subject_kind = regex.sub(r"(?<=\p{Han})各(?=\p{Han})", "", t[:end], count=1).replace("(", "（").replace(")", "）"), "facility"
        t = _LEADING_NOISE.sub("", t[end:])
        m = None
    if m and m.group("pron"):
        cm = _COMPANY_RE.match(t)  # `协会副会长单位大连瀚闻资讯有限公司`: the company, not 协会
        if cm:
            m = cm
        elif t.startswith(v.adverbial_after_pronoun, m.end()):
            m = None  # `全国首创6项`: nationally first, not the nation's figure
        elif _RANKING_AFTER.match(t, m.end()):
            m = None  # `世界500强企业投资项目`, `全国百强县`: a ranking's name, not the world's figure
        else:
            hm = v.head_at_end.search(t)
            if hm and hm.start() <= m.start():
                m = None  # `国内生产总值`: the pronoun is part of the indicator's name
    if m and m.re is not _COMPANY_RE and m.group("place") and t.startswith(_AGREEMENT_WORDS, m.end()):
        m = None  # `亚太贸易协定原产地证书…`: the place names an agreement, not whose figure it is
    if m and m.re is not _COMPANY_RE and m.group("place") and t.startswith("籍", m.end()):
        m = None  # `中国籍出入境人员`: a nationality, part of the measure's name
    if m and m.re is not _COMPANY_RE and m.group("place") and _ROUTE_AFTER.match(t, m.end()):
        m = None  # `欧洲航线运价指数`, `地中海东航线…`: a shipping route's name, part of the measure's
    if m is None and ph.subject is None and (gm := _SAMPLE_GROUP.match(t)) is not None:
        # `样本卖家实现线上销售额…`, `重点会员企业…`, `受访企业中…`: the firms an association or a
        # survey follows are whose figures they are, not the city's
        ph.subject, ph.subject_kind = _PAREN.sub("", gm.group()).removeprefix("全体"), "sample"
        t = _LEADING_NOISE.sub("", t[gm.end() :])
    elif m is None and ph.subject is None and (zc := _ZONE_CLASS.match(t)) is not None:
        # `国家级经开区实现进出口总额10.39万亿元`: the nation's zones of a kind together, whose
        # figure it is (not the nation's)
        # (named in the measure too: in a province's release they are a part of its figures)
        ph.subject, ph.subject_kind = zc.group("name"), "zone_class"
    elif m is None and ph.subject_kind != "facility" and (zm := _NAMED_AREA.match(t)):
        # `青川关区进出口总值`: a customs district or zone the gazetteer cannot know (not one a port
        # just read is said to serve: `横琴口岸作为粤澳深度合作区的…`)
        ph.subject, ph.subject_kind = zm.group(), "facility"
        t = _LEADING_NOISE.sub("", t[zm.end() :])
    elif m is None and ph.subject is None and (dm := _DISTRICT_LEAD.match(t)) and v.head_at_end.search(t, dm.end()):
        # `雨花台区离岸服务外包执行额…`: a district the gazetteer does not list, then a measure
        ph.subject, ph.subject_kind = dm.group(), "district"
        t = _LEADING_NOISE.sub("", t[dm.end() :])
    elif m is None and ph.subject is None and (tm := _TOWN_LEAD.match(t)) and (tm.end() == len(t) or v.head_at_end.search(t, tm.end())):
        # `白沙镇实现外贸进出口…`, `古镇镇灯具出口…`: a town or street the gazetteer does not list,
        # then a measure (or alone before its figure in a list: `…，桂城街道三百零六点四亿元`)
        ph.subject, ph.subject_kind = tm.group(), "town"
        t = _LEADING_NOISE.sub("", t[tm.end() :])
    if m and m.end() < len(t) and t[m.end()] not in "、和及与":
        form = m.group()
        if m.re is not _COMPANY_RE and m.group("place") and (dm := _city_district(form, t, m.end())):
            # `广州市黄埔区货物贸易进出口…`: the district named under its city is whose figure
            ph.subject, ph.subject_kind = form + dm.group(), "district"
            t = _LEADING_NOISE.sub("", t[dm.end() :])
            m = None
        elif m.re is not _COMPANY_RE and m.group("place") and (cm := _province_city(form, t, m.end())):
            # `浙江义乌市场采购贸易方式出口…`: the city named after its province is whose figure
            ph.subject, ph.subject_kind = lookup(cm).canonical, "place"
            t = _LEADING_NOISE.sub("", t[m.end() + len(cm) :])
            m = None
    if m and m.end() < len(t) and t[m.end()] not in "、和及与":
        form = m.group()
        end = m.end()
        if m.re is not _COMPANY_RE and m.group("place") and (short := _before_market(form, t, end)) != form:
            end -= len(form) - len(short)  # `石狮市场采购贸易方式出口`: 石狮市, then 市场采购
        if m.re is _COMPANY_RE:
            ph.subject, ph.subject_kind = company_name(form), "company"
        elif m.group("pron"):
            ph.subject, ph.subject_kind = form, v.pronoun_kind[form]
        elif m.group("company"):
            ph.subject, ph.subject_kind = company_name(form), "company"
        elif m.group("brand") and t.startswith(_PLATFORM_WORDS, m.end()):
            ph.markets.append(form)  # `亚马逊平台营业收入`: where a seller sells, not whose figure
        elif m.group("brand"):
            ph.subject, ph.subject_kind = form, "company"
        elif (_MARKET_AFTER.match(t, end) or t.startswith(_VISITOR_WORDS, end)) or ph.subject is not None or (
            _INTO_CHINA.match(t, end) and not _TRADE_WITH_CHINA.match(t, end)
        ):
            # `欧洲市场销售额`, `亚洲其他市场表现参差`, `东盟国家对我省…`: a market of the
            # subject's, not the subject;
            # `内地旅客`, `香港游客`: where visitors come from (but `义乌市场采购贸易`: the city's
            # trade under the 市场采购 mode; `欧盟对华实际投资…`, `非洲国家在华…`: where China's inflow came from)
            ph.markets.append(form)
        else:
            # `昆明海关监管…`: a customs house whose district is its whole province acts for the province
            cp = customs_province(form + "海关") if t.startswith("海关", end) else None
            ph.subject, ph.subject_kind = cp or form, "place"
        t = _LEADING_NOISE.sub("", t[end:])
    t = _strip_tail(t)
    t = _FOOTNOTE_MARK.sub("", t)
    if (am := _ALIAS.search(t)) is not None:
        # `可数字化交付的服务贸易（以下简称“数字服务贸易”）进出口`: the name the text goes on using
        t = am.group("y") + t[am.end() :]
    hm = v.head_at_end.search(t)
    total = ""
    if hm is None and (tm := _TRAILING_TOTAL.search(t)) is not None:
        # `外贸进出口累计突破…`, `从业人员累计达…`: the measure, then the word saying it is a total
        # (which the measure's name keeps)
        # (`快递业务量分别累计完成…`: a 分别 between them)
        hm, total = v.head_at_end.search(_TRAILING_NOISE.sub("", t[: tm.start()])), tm.group()
    if hm:
        ph.head = hm.group() + total
        ph.qualifier = _TRAILING_NOISE.sub("", t[: hm.start()])
    else:
        ph.qualifier = t
    ph.text = t
    return ph


# a firm's or a bank's branch (never a central bank's, `人民银行浙江省分行`, which reports its
# province's statistics; nor `分行业`, by industry)
# (nor another body acting with one: `协会联合中国信保宁波分公司…`, `市商务局联合…分行`)
_BRANCH = regex.compile(r"(?P<name>(?!(?:中国)?人民银行|[各该本全我其据经]|根据)(?:(?!联合|会同|携手|协同|配合|[与和及向为对在由局会])\p{Han}){1,16}?(?:分公司|(?<!人民银行[\p{Han}]{0,5})分行(?!业)|支行))(?=[\p{Han}])(?!统计|数据|显示|测算|介绍)")
# a fair's trading delegation by its name (`宁波交易团`, `成都交易分团`, `昆山分团`) or a report's
# own by its short name (`分团`, `交易团`; not its office or its member groups: `交易团办公室`)
_DELEGATION = regex.compile(
    r"(?P<name>(?![各该本全我其据经在由每])[\p{Han}]{2,6}?(?:交易分团|交易团|采购团|分团)|交易分团|交易团|分团|全团|本团)"
    r"(?=[\p{Han}])(?!办公室|成员|组团|队|长)"
)
DELEGATION_WORDS = frozenset(("交易分团", "交易团", "分团", "全团", "本团"))
_THIS_FAIR = regex.compile(r"本届[\p{Han}]{0,12}?(?:博览会|进博会|广交会|交易会|展会)")
_DELEGATION_KIND = regex.compile(r"(?:交易分团|交易团|采购团|分团)$")


def _delegation_at(t: str, at: int = 0):
    """The delegation opening ``t`` at ``at``, named after a place (`北仑分团`, not `力争分团`) or
    by its short name; the city's after its province's (`四川交易团成都交易分团`)."""
    if (fair := _THIS_FAIR.match(t, at)) is not None:
        at = fair.end()  # `本届进博会宁波交易团共组织…`: the delegation at the fair
    m = _DELEGATION.match(t, at)
    if m is None:
        return None
    name = m.group("name")
    if name not in DELEGATION_WORDS:
        where = _DELEGATION_KIND.sub("", name)
        if lookup(where) is None and not where.endswith(("市", "区", "县", "省")):
            return None
    return _delegation_at(t, m.end()) or m


_CHINAS_SIDE = regex.compile(r"中方(?=出口|进口|进出口)")  # China's side of an embassy's bilateral trade
_ROUTE_AFTER = regex.compile(r"[东西南北]{0,2}(?:航线|线(?:运价|舱位))")  # a shipping route named after its region
_RANKING_AFTER = regex.compile(r"(?:\d{1,4}|[一二三四五六七八九十百千]{1,3})强")
_FOOTNOTE_MARK = regex.compile(r"[①-⑳]")
_SITED = regex.compile(r"位于[\p{Han}]{1,12}?的")
# the firms a survey or an association's monitoring covers (`重点监测会员企业`, `样本卖家`, `受访企业`)
# the nation's zones of one kind, counted together (`全国232家国家级经开区`)
_ZONE_CLASS = regex.compile(r"(?:全国|全部)?(?:\d+家)?(?P<name>国家级经开区|国家级经济技术开发区|国家高新区|国家级高新区|国家级新区)(?![\p{Han}]{0,2}(?:考核|评价|名单|排名|数量|个数)|\d)")
_SAMPLE_GROUP = regex.compile(
    r"(?:\d+家)?(?:重点)?(?:(?:监测|受访|样本|调查)(?:的)?(?:会员)?|会员)(?<!^会员)(?:卖家企业|商家企业|企业|卖家|商家|单位|店铺)(?!数|总数|家数)"
    # an industry's firms its association counts (`重点统计钢铁企业`)
    r"|重点统计[\p{Han}]{2,4}?企业(?!数|总数|家数)"
    # plain members only before their figures' verbs (not `为会员企业提供…`, `组织会员企业参展`)
    # (`全体会员企业（共1263家）实现出口…`: all of them, counted in brackets)
    # (`会员企业水产品出口18.36亿美元`: their goods between them and the verb the figure follows)
    r"|(?:全体)?会员(?:企业|卖家|单位)(?:\([^()]{1,12}\))?(?=实现|完成|合计|累计|出口|进口|进出口|销售|营业|跨境|线上|平均|在|中|[\p{Han}]{2,4}?(?:出口|进口)(?:额|总额|量)?$)"
)
_TRAILING_TOTAL = regex.compile(r"(?<=\p{Han}{2})(?:累计|合计|共计|总计)$")
# the short name a long one is called by from here on (folded: brackets half-width, quotes kept)
_ALIAS = regex.compile(r"\((?:以下)?简称[“\"'‘]?(?P<y>[^()“”\"'‘’]{2,12})[”\"'’]?\)")


def sample_group_in(title: str) -> str | None:
    """The surveyed or monitored firms a table's title names (`…样本卖家分平台销售情况`)."""
    m = _SAMPLE_GROUP.search(title)
    return m.group() if m is not None else None


def _strip_tail(t: str) -> str:
    v = vocab()
    prev = None
    while prev != t:
        prev = t
        t = _TRAILING_NOISE.sub("", t)
        t = v.linker_tail.sub("", t)
        t = _PER_UNIT_TAIL.sub("", t)
    return t


# the unit a price is per, written before it (`…平均批发价格为每公斤4.86元`): part of the price, not its name
_PER_UNIT_TAIL = regex.compile(r"每(?:公斤|千克|斤|克|吨|升|桶|平方米|立方米|千瓦时|度)$")


_SPLITTERS = (
    regex.compile(r"[,，]"),
    regex.compile(r"、"),
    regex.compile(r"、|(?:和|及|与|以及)(?=[^、]*$)"),
    regex.compile(r"、|和|及|与|以及"),
)


def split_members(t: str, n: int) -> list[str] | None:
    """Split an enumeration into exactly ``n`` members, or None.  A classification's name that
    contains 、 (`电力、热力、燃气及水生产和供应业`) stays one member."""
    t = t.strip(",、 ")
    if n < 2 or not t:
        return None
    if (bm := _BRACKETED_LIST.fullmatch(t)) and (inner := split_members(bm.group("inner"), n)):
        return inner  # `主要市场(美国、中国香港、日本)离岸执行额分别为…`: the group's members in its brackets
    masked = _mask_compound_names(t) if "、" in t or "和" in t else t
    for rx in _SPLITTERS:
        raw = [p.strip(" ,、") for p in rx.split(masked)]
        if rx is not _SPLITTERS[0] and any("," in p for p in raw):
            continue  # `西部地区中，四川、陕西…`: a member of a 、 list never spans a comma
        parts = [p.translate(_UNMASK) for p in raw if p]
        if len(parts) == n:
            bins = parts[0].endswith(("以下", "以内")) and "以上" in parts[-1]  # `3万元以下、…、15万元以上`
            if not bins and any(_FIGURE_MEMBER.fullmatch(p) for p in parts):
                return None  # the figures of an earlier list (`…分别为520.3万吨、853.2万吨`), not names
            if bins:
                # (the words after the last bound name what is counted: `…15万元以上车辆交易占比`)
                return parts[:-1] + [parts[-1][: parts[-1].index("以上") + 2]]
            return _trim_last_member(parts)
    return None


_BRACKETED_LIST = regex.compile(r"[^()]{1,12}\((?P<inner>[^()]*、[^()]*)\)[^()]*")

# private-use stand-ins for the joiners inside a compound name while a list is split
_JOINER_STAND_INS = {"、": "\ue000", "和": "\ue001", "及": "\ue002", "与": "\ue003"}
_MASK = str.maketrans(_JOINER_STAND_INS)
_UNMASK = str.maketrans({v: k for k, v in _JOINER_STAND_INS.items()})


@functools.cache
def _compound_names() -> regex.Pattern:
    """Names with 、 inside that name one thing (patterns/compound_names.tsv)."""
    return regex.compile(trie_pattern(row[0] for row in load_tsv("compound_names.tsv", 1)))


def _mask_compound_names(t: str) -> str:
    return _compound_names().sub(lambda m: m.group().translate(_MASK), t)


_FIGURE_MEMBER = regex.compile(r"[约近超逾]?\d+(?:\.\d+)?[万亿千百]*[\p{Han}%‰]{0,4}")


@functools.cache
def _specific_heads() -> regex.Pattern:
    v = vocab()
    return regex.compile(alternation(h for h in v.heads if h not in v.data.generic_heads))


# the count of the members closing their list, then what they are (`三个港域`, `两市`, `三地`)
_COUNT_OF_MEMBERS = regex.compile(
    r"(?<![\d.])(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个|大|家)?(?:(?P<kind>片区|港域|港区|园区|口岸)|(?=[港城市省区县地国]))"
)


_ZONE_MEMBER = regex.compile(r"[\p{Han}]{2,8}?(?:新区|开发区|高新区|经开区|园区|片区|综合保税区|保税区|综保区|试验区|合作区)")


def _trim_last_member(parts: list[str]) -> list[str]:
    """The last member runs on into what the list shares; cut it where that starts:
    at its place name's end when the members are places (`长三角和京津冀地区承接离岸…`), or
    before an indicator head the other members lack (`电信计算机和信息服务进出口规模较大`)."""
    if (k := parts[-1].find("分别")) > 0:
        parts[-1] = parts[-1][:k]  # `建邺区、鼓楼区、玄武区分别实现软件…`: the members end at 分别
    if (c := _COUNT_OF_MEMBERS.search(parts[-1], 1)) is not None and parse_numeral(c.group("n")).value == len(parts):
        # `杭州、宁波、义乌三地…`: the count closes the list; a zone's or port's kind after it is
        # each member's (`长沙、岳阳、郴州三个片区` -> 长沙片区, `钦州、防城、北海三个港域` -> 钦州港域)
        kind = c.group("kind") or ""
        return [p + kind for p in parts[:-1]] + [parts[-1][: c.start()] + kind]
    if all(len(p) == 1 for p in parts[:-1]) and (sm := _SHARED_SUFFIX.match(parts[-1])):
        # `东、中、西部地区…`, `大、中、小型企业…`: the members written once, their word at the end
        return [p + sm.group("w") for p in parts[:-1]] + [sm.group("m") + sm.group("w")]
    heads = _specific_heads()
    m = heads.search(parts[-1])
    if m and m.start() >= 2 and not any(heads.search(p) for p in parts[:-1]):
        parts[-1] = parts[-1][: m.start()]
    if (fm := _SHARED_FACILITY.search(parts[-1])) and _port_towns((*parts[:-1], fm.group("place"))):
        # `满洲里、二连浩特综合保税区分别进出口…`: the facility word belongs to every member
        return [p + fm.group("kind") for p in parts[:-1]] + [fm.group()]
    if (fm := _SHARED_MARKET_AREA.search(parts[-1])) and all(_AREA_NAME.fullmatch(p) for p in parts[:-1]):
        # `王府井、三里屯、西单商圈日均客流量分别…`: every member is a 商圈
        return [p + fm.group("kind") for p in parts[:-1]] + [fm.group()]
    if all(lookup(p) is not None for p in parts[:-1]):
        m = place_regex().match(parts[-1])
        if m and lookup(m.group()) is not None:
            # (a zone named after the place, `北仑区、鄞州区、杭州湾新区外资企业…`: the zone)
            if not _ZONE_MEMBER.fullmatch(parts[-1]):
                parts[-1] = m.group()
            return parts
    if all(is_brand(p) for p in parts[:-1]) and (bm := _brand_re().match(parts[-1])):
        parts[-1] = bm.group()  # `长城汽车、吉利汽车同期出口分别为…`: companies, the last one too
        return parts
    if all(lookup(p) is not None or looks_like_district(p) for p in parts[:-1]):
        # `秦淮区、江宁区软件业务收入…`: districts the gazetteer does not list
        m = _DISTRICT_PREFIX.match(parts[-1])
        if m and m.end() < len(parts[-1]) and looks_like_district(m.group()):
            parts[-1] = m.group()
    return parts


_SHARED_SUFFIX = regex.compile(r"(?P<m>东北|[东南西北中])(?P<w>部地区|部)|(?P<m>[大中小微])(?P<w>型企业|型)")
def _port_towns(names) -> bool:
    """Names of the places a list's shared facility word belongs to (`满洲里、二连浩特综合保税区`,
    `绥芬河、同江、黑河、东宁口岸`): short place names, at least one the gazetteer knows (a border
    town may not be listed), none an administrative unit named in full."""
    return any(lookup(p) is not None for p in names) and all(
        _TOWN_NAME.fullmatch(p) and not p.endswith(_ADMIN_ENDS) and (lookup(p) is not None or not _specific_heads().search(p))
        for p in names
    )


_TOWN_NAME = regex.compile(r"[\p{Han}]{2,4}")
_ADMIN_ENDS = ("省", "市", "区", "县", "州", "旗", "盟")  # `海淀区、北京经济技术开发区`: each named in full
_SHARED_FACILITY = regex.compile(r"^(?P<place>[\p{Han}]{2,6}?)(?P<kind>综合保税区|综保区|保税区|口岸|经济技术开发区|高新区|片区)")
_AREA_NAME = regex.compile(r"[\p{Han}]{2,6}")
_SHARED_MARKET_AREA = regex.compile(r"^(?P<place>[\p{Han}]{2,6}?)(?P<kind>商圈|步行街|商业街|商业区)")
_DISTRICT_PREFIX = regex.compile(r"[\p{Han}]{1,6}?(?:新区|区|县)")


_ENUM_LEAD = regex.compile(r"(?:为|是|包括|依次为|分别为|有)(?=[^为是有]*$)")


def strip_enumeration_lead(t: str) -> str:
    """`来源地前三位为中国香港、美国、新加坡` -> `中国香港、美国、新加坡`."""
    m = _ENUM_LEAD.search(t)
    return t[m.end() :] if m else t


@functools.cache
def _dimension_words() -> tuple[tuple[str, re.Pattern], ...]:
    """Each dimension with one pattern finding any of its words (dimensions without words never match)."""
    v = vocab()
    return tuple(
        ("market" if dim == "market_group" else dim, re.compile("|".join(re.escape(w) for w in words)))
        for dim, words in v.data.dimension_lexicon.items()
        if words
    )


def dimension_of(member: str) -> str:
    """The breakdown dimension a member belongs to (market, enterprise_type, …)."""
    for dim, words in _dimension_words():
        if words.search(member):  # any of the words in the member
            return dim
    core = _PAREN.sub("", member)
    if lookup(core) is not None or place_regex().fullmatch(core):
        return "market"
    return "breakdown"
