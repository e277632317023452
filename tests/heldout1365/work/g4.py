from gb import B, Y, YY
from decimal import Decimal
b = B("../corpus/h1365_04.txt", "h1365_04", "../gold/metrics/h1365_04.jsonl")
TR = ["厦门市统计局", "厦门海关"]
b.set(subject=["厦门市", "厦门"], source=TR, period=Y(2024))
b.seek("1.总量")
b.add(value="9326.4亿元", norm="932640000000", unit="CNY", change="比2019年增长45.4%", basis="other", pct="45.4",
      indicator="进出口总额", terms=["进出口"])
b.add(change="年均增长7.8%", basis="other", pct="7.8", period=YY(2019, 2024), indicator="进出口总额年均增速",
      terms=["进出口"], note="五年间年均增长 (2019 base)")
b.add(value="4745.2亿元", norm="474520000000", unit="CNY", indicator="出口总额", terms=["出口"], not_terms=["进出口"])
b.add(change="年均增长6.3%", basis="other", pct="6.3", period=YY(2019, 2024), indicator="出口年均增速", terms=["出口"], not_terms=["进出口"])
b.add(value="4581.2亿元", norm="458120000000", unit="CNY", indicator="进口总额", terms=["进口"], not_terms=["进出口"])
b.add(change="年均增长9.5%", basis="other", pct="9.5", period=YY(2019, 2024), indicator="进口年均增速", terms=["进口"], not_terms=["进出口"])
b.add(change="快于出口3.2个百分点", basis="other", pts="3.2", period=YY(2019, 2024), optional=True,
      indicator="进口年均增速（快于出口）", terms=["进口"], note="relative comparison of two rates")
b.add(value="108.6%", norm="108.6", unit="%", change="比2019年提高1.6个百分点", basis="other", pts="1.6",
      indicator="外贸依存度", terms=["外贸依存度"], note="ratio of trade to GDP; pp change vs 2019")
b.seek("2.经营主体")
b.add(share="27.5%", share_pct="27.5", share_of="全市进出口总额", indicator="进出口占全市比重", terms=["国有企业"],
      note="分别 list member 1; share with no level")
b.add(share="23.8%", share_pct="23.8", share_of="全市进出口总额", indicator="进出口占全市比重", terms=["外商投资企业"],
      note="分别 list member 2")
b.add(share="48.4%", share_pct="48.4", share_of="全市进出口总额", share_change={"direction": "up", "points": "6.2"},
      indicator="进出口占全市比重", terms=["民营企业"],
      note="分别 list member 3; share_change from the next clause 民营企业占比较2019年提高6.2个百分点")
b.seek("3.大宗")
b.add(value="2156.7亿元", norm="215670000000", unit="CNY", share="占进口总额的47.1%", share_pct="47.1", share_of="进口总额",
      indicator="大宗商品进口额", terms=["大宗商品"])
b.add(value="582.6亿元", norm="58260000000", unit="CNY", change="比2019年下降3.1%", basis="other", pct="-3.1",
      indicator="进出口额", terms=["进出口", "台湾"])
b.set(source=["厦门市统计局"])
b.seek("1.市场规模")
b.add(value="2986.2亿元", norm="298620000000", unit="CNY", change="比2019年增长31.4%", basis="other", pct="31.4",
      indicator="社会消费品零售总额", terms=["社会消费品零售总额"])
b.add(change="年均增长5.6%", basis="other", pct="5.6", period=YY(2019, 2024), indicator="社会消费品零售总额年均增速",
      terms=["社会消费品零售总额"])
b.add(value="281.6亿元", norm="28160000000", unit="CNY", change="同比增长4.2%", pct="4.2",
      period={"start": "2024-12", "end": "2024-12"}, indicator="社会消费品零售总额", terms=["社会消费品零售总额"],
      note="12月当月; year from 2024 in the preceding sentence")
b.add(change="环比增长6.7%", basis="mom", pct="6.7", period={"start": "2024-12", "end": "2024-12"},
      indicator="社会消费品零售总额", terms=["社会消费品零售总额"],
      note="second change of the same December level; own fact anchored on the change")
b.seek("2.升级类")
b.add(value="168.9亿元", norm="16890000000", unit="CNY", indicator="限额以上单位新能源汽车零售额", terms=["新能源汽车"])
b.add(value="12.4倍", norm="12.4", unit="倍", optional=True, indicator="限额以上单位新能源汽车零售额相当于2019年的倍数",
      terms=["新能源汽车"], note="是2019年的12.4倍: ratio")
b.add(value="512.4亿元", norm="51240000000", unit="CNY", indicator="限额以上单位实物商品网上零售额", terms=["网上零售额"])
b.add(change="年均增长16.8%", basis="other", pct="16.8", period=YY(2019, 2024), indicator="实物商品网上零售额年均增速",
      terms=["网上零售额"])
b.seek("3.住餐")
b.add(value="112.3亿元", norm="11230000000", unit="CNY", change="18.6%", basis="other", pct="18.6",
      indicator="营业额", terms=["营业额", "住宿业"], note="分别 list member 1; 比2019年分别增长")
b.add(value="436.8亿元", norm="43680000000", unit="CNY", change="32.1%", basis="other", pct="32.1",
      indicator="营业额", terms=["营业额", "餐饮业"], note="分别 list member 2")
b.add(value="1.12亿人次", norm="112000000", unit="人次", change="比2019年增长12.6%", basis="other", pct="12.6",
      indicator="接待国内外游客人次", terms=["游客"])
def n(x): return format((Decimal(x) * Decimal("1e8")).normalize(), "f")
rows = [("进出口总额", ["进出口"], [], ["6412.9", "6915.8", "8876.5", "9225.8", "9057.3", "9326.4"], "7.8", TR),
        ("出口", ["出口"], ["进出口"], ["3499.6", "3584.7", "4316.7", "4524.8", "4529.1", "4745.2"], "6.3", TR),
        ("进口", ["进口"], ["进出口"], ["2913.3", "3331.1", "4559.8", "4701.0", "4528.2", "4581.2"], "9.5", TR),
        ("社会消费品零售总额", ["社会消费品零售总额"], [], ["2272.1", "2183.5", "2585.4", "2668.3", "2841.7", "2986.2"], "5.6",
         ["厦门市统计局"])]
b.seek("年均增长(%)")
for label, terms, nt, vals, cagr, src in rows:
    b.seek(label + " ")
    ind = label if label not in ("出口", "进口") else label + "总额"
    for y, v in zip(range(2019, 2025), vals):
        b.add(value=v, norm=n(v), unit="CNY", period=Y(y), indicator=ind, terms=terms, not_terms=nt, source=src,
              note="wide table (years as columns); 亿元 from 单位 line")
    b.add(change=cagr, basis="other", pct=cagr, period=YY(2019, 2024), indicator=ind + "年均增速", terms=terms,
          not_terms=nt, source=src, note="年均增长(%) column, 2019 base")
b.write()
