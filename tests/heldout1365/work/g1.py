from gb import B, Y, YY
b = B("../corpus/h1365_01.txt", "h1365_01", "../gold/metrics/h1365_01.jsonl")
b.set(subject=["宁波市", "宁波"], source=["宁波海关", "宁波市统计局"], period=Y(2024))
b.seek("据宁波海关统计")
b.add(value="13562.8亿元", norm="1356280000000", unit="CNY", change="比2019年增长47.9%", basis="other", pct="47.9",
      indicator="进出口总额", terms=["进出口"], note="change vs 2019 (five-year comparison) -> basis other")
b.add(change="年均增长8.1%", basis="other", pct="8.1", period=YY(2019, 2024),
      indicator="进出口总额年均增速", terms=["进出口"], note="2019—2024年年均增长; separate fact with its own span")
b.add(value="8934.5亿元", norm="893450000000", unit="CNY", change="比2019年增长50.5%", basis="other", pct="50.5",
      indicator="出口总额", terms=["出口"], not_terms=["进出口"])
b.add(change="年均增长8.5%", basis="other", pct="8.5", period=YY(2019, 2024),
      indicator="出口年均增速", terms=["出口"], not_terms=["进出口"])
b.add(value="4628.3亿元", norm="462830000000", unit="CNY", change="比2019年增长43.1%", basis="other", pct="43.1",
      indicator="进口总额", terms=["进口"], not_terms=["进出口"])
b.add(change="年均增长7.4%", basis="other", pct="7.4", period=YY(2019, 2024),
      indicator="进口年均增速", terms=["进口"], not_terms=["进出口"])
b.seek("一、外贸规模")
b.add(value="11936.9亿元", norm="1193690000000", unit="CNY", change="比上年增长22.0%", pct="22.0",
      indicator="进出口总额", terms=["进出口"], period=Y(2021), source=["宁波市统计局", "宁波海关"],
      note="2021 value; '首次突破万亿元大关' is a threshold, not annotated")
b.add(change="回落0.5%", pct="-0.5", indicator="进出口总额", terms=["进出口"], period=Y(2023),
      source=["宁波市统计局", "宁波海关"], note="2023年…小幅回落0.5%: yoy change of the 2023 total, no level")
b.add(share="占全省的比重为27.6%", share_pct="27.6", share_of="浙江省进出口总额",
      share_change={"direction": "up", "points": "1.2"},
      indicator="进出口总额占全省比重", terms=["进出口"], source=["宁波市统计局", "宁波海关"],
      note="share_change is 比2019年提高1.2个百分点 (vs 2019, not vs previous year)")
b.add(value="2.86万家", norm="28600", unit="家", change="比2019年增加0.54万家", basis="other", amt="5400",
      indicator="有进出口实绩的企业数", terms=["企业"], source=["宁波市统计局", "宁波海关"])
b.set(source=["宁波市统计局", "宁波海关"])
b.seek("二、贸易结构")
b.add(value="9236.3亿元", norm="923630000000", unit="CNY", share="68.1%", share_pct="68.1", share_of="进出口总额",
      indicator="一般贸易进出口额", terms=["一般贸易"],
      note="share 由2019年的62.4%提高到68.1%: the 2024 share is this fact's share; implied +5.7pp not stated, share_change left null")
b.add(share="62.4%", share_pct="62.4", share_of="进出口总额", period=Y(2019),
      indicator="一般贸易进出口占进出口总额比重", terms=["一般贸易"], note="2019 share, stated as the starting point of 由…提高到")
b.add(value="9873.7亿元", norm="987370000000", unit="CNY", share="占全市进出口总额的72.8%", share_pct="72.8",
      share_of="全市进出口总额", indicator="民营企业进出口额", terms=["民营企业"])
b.add(change="年均增长10.2%", basis="other", pct="10.2", period=YY(2019, 2024),
      indicator="民营企业进出口年均增速", terms=["民营企业"])
b.add(value="4567.8亿元", norm="456780000000", unit="CNY", share="占出口总额的51.1%", share_pct="51.1", share_of="出口总额",
      indicator="机电产品出口额", terms=["机电产品"])
b.add(value="1862.4亿元", norm="186240000000", unit="CNY", change="比2019年增长12.3%", basis="other", pct="12.3",
      share="占出口总额的比重为20.8%", share_pct="20.8", share_of="出口总额",
      share_change={"direction": "down", "points": "-7.1"},
      indicator="劳动密集型产品出口额", terms=["劳动密集型"], note="share change 比2019年下降7.1个百分点")
b.add(value="1325.6亿元", norm="132560000000", unit="CNY", indicator="能源产品进口额", terms=["能源产品"])
b.add(change="年均增长9.3%", basis="other", pct="9.3", period=YY(2019, 2024),
      indicator="能源产品进口年均增速", terms=["能源产品"], note="period 2019—2024 inherited from the section")
b.seek("分别为")
b.add(value="2156.3亿元", norm="215630000000", unit="CNY", change="28.4%", basis="other", pct="28.4",
      indicator="进出口额", terms=["进出口", "欧盟"], note="分别 list member 1; 比2019年分别增长")
b.add(value="1987.4亿元", norm="198740000000", unit="CNY", change="35.6%", basis="other", pct="35.6",
      indicator="进出口额", terms=["进出口", "美国"], note="分别 list member 2")
b.add(value="1432.6亿元", norm="143260000000", unit="CNY", change="78.9%", basis="other", pct="78.9",
      indicator="进出口额", terms=["进出口", "东盟"], note="分别 list member 3")
b.add(value="6123.4亿元", norm="612340000000", unit="CNY", share="占比45.1%", share_pct="45.1", share_of="全市进出口总额",
      share_change={"direction": "up", "points": "8.7"},
      indicator="进出口额", terms=["进出口", "一带一路"], note="share change 比2019年提高8.7个百分点")
b.add(value="2136.5亿元", norm="213650000000", unit="CNY", indicator="跨境电商进出口额", terms=["跨境电商"])
b.add(value="2.6倍", norm="2.6", unit="倍", optional=True, indicator="跨境电商进出口额相当于2019年的倍数",
      terms=["跨境电商"], note="是2019年的2.6倍: ratio, not a change (guideline: optional)")
# table
b.seek("年份")
rows = [(2019, "9170.5", "6.9", "5935.6", "7.8", "3234.9", "5.2"),
        (2020, "9786.0", "6.7", "6406.8", "7.9", "3379.2", "4.5"),
        (2021, "11936.9", "22.0", "7624.3", "19.0", "4312.6", "27.6"),
        (2022, "12890.4", "8.0", "8231.5", "8.0", "4658.9", "8.0"),
        (2023, "12825.8", "-0.5", "8452.7", "2.7", "4373.1", "-6.1"),
        (2024, "13562.8", "5.7", "8934.5", "5.7", "4628.3", "5.8")]
from decimal import Decimal
def n(x): return format((Decimal(x) * Decimal("1e8")).normalize(), "f")
for r in rows:
    y = r[0]
    b.seek(f"{y}\t")
    for (val, g, ind, terms, nt) in [(r[1], r[2], "进出口总额", ["进出口"], []),
                                     (r[3], r[4], "出口总额", ["出口"], ["进出口"]),
                                     (r[5], r[6], "进口总额", ["进口"], ["进出口"])]:
        f = b.add(value=val, norm=n(val), unit="CNY", change=g, pct=g, indicator=ind, terms=terms, not_terms=nt,
              period=Y(y), source=["宁波海关", "宁波市统计局"], note="table 表1 cell; unit 亿元 from 单位 line; 比上年增长 column")
        b.cur = f["change"]["end"]
b.write()
