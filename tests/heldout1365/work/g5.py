from gb import B, Y, YY
from decimal import Decimal
b = B("../corpus/h1365_05.txt", "h1365_05", "../gold/metrics/h1365_05.jsonl")
b.set(subject=["东莞市", "东莞"], source=["东莞市统计局", "东莞市统计局综合科"], period=Y(2024))
Q1 = {"start": "2025-01", "end": "2025-03"}
QN = "今年 = 2025: 去年 resolves to 2024 (table title 2019—2024年, 2019—2024年年均增长), so 今年 is 2025; the page carries no date"
b.seek("一、外贸")
b.add(value="13512.4亿元", norm="1351240000000", unit="CNY", change="同比增长5.4%", pct="5.4",
      indicator="外贸进出口总额", terms=["进出口"], note="去年 -> 2024 from the table title; page has no date")
b.add(value="98.2%", norm="98.2", unit="%", optional=True, indicator="进出口总额相当于2019年的比例", terms=["进出口"],
      note="为2019年的98.2%: level ratio to 2019, not a change")
b.add(value="8630.7亿元", norm="863070000000", unit="CNY", change="增长7.9%", pct="7.9", indicator="出口总额",
      terms=["出口"], not_terms=["进出口"])
b.add(value="4881.7亿元", norm="488170000000", unit="CNY", change="增长1.2%", pct="1.2", indicator="进口总额",
      terms=["进口"], not_terms=["进出口"])
b.add(value="3749.0亿元", norm="374900000000", unit="CNY", change="比上年扩大574.0亿元", amt="57400000000",
      indicator="贸易顺差", terms=["顺差"])
b.add(value="3312.5亿元", norm="331250000000", unit="CNY", change="同比增长6.1%", pct="6.1", period=Q1,
      indicator="进出口总额", terms=["进出口"], note=QN)
b.seek("贸易方式")
b.add(value="5472.5亿元", norm="547250000000", unit="CNY", share="40.5%", share_pct="40.5", share_of="全市进出口总额",
      indicator="加工贸易进出口额", terms=["加工贸易"], note="由2019年的52.3%下降至40.5%: 2024 share; implied -11.8pp not stated")
b.add(share="52.3%", share_pct="52.3", share_of="全市进出口总额", period=Y(2019),
      indicator="加工贸易进出口占全市进出口总额比重", terms=["加工贸易"], note="2019 share (starting point of 由…下降至)")
b.add(value="6893.2亿元", norm="689320000000", unit="CNY", share="占比51.0%", share_pct="51.0", share_of="全市进出口总额",
      share_change={"direction": "up", "points": "13.6"}, indicator="一般贸易进出口额", terms=["一般贸易"],
      note="share change vs 2019")
b.add(value="近300亿元", norm="30000000000", unit="CNY", approx="nearly", indicator="市场采购出口额", terms=["市场采购"])
b.add(value="超1.2万家", norm="12000", unit="家", approx="over", indicator="有进出口实绩的外贸企业数", terms=["企业"])
b.seek("分别增长")
b.add(change="12.3%", pct="12.3", indicator="进出口增速", terms=["进出口", "东盟"], note="分别 list member 1; rate with no level")
b.add(change="4.6%", pct="4.6", indicator="进出口增速", terms=["进出口", "欧盟"], note="分别 list member 2")
b.add(change="-2.1%", pct="-2.1", indicator="进出口增速", terms=["进出口", "美国"], note="分别 list member 3; negative sign -> down")
b.add(share="占全市的比重提升至16.8%", share_pct="16.8", share_of="全市进出口总额", indicator="对东盟进出口占全市比重",
      terms=["东盟"], note="提升至 gives no pp change -> share_change null")
b.add(value="7214.6亿元", norm="721460000000", unit="CNY", share="占全市的53.4%", share_pct="53.4", share_of="全市进出口总额",
      share_change={"direction": "up", "points": "9.8"}, indicator="民营企业进出口额", terms=["民营企业"])
b.seek("二、消费")
b.add(value="4305.6亿元", norm="430560000000", unit="CNY", change="同比增长3.6%", pct="3.6",
      indicator="社会消费品零售总额", terms=["社会消费品零售总额"])
b.add(change="比2019年增长22.4%", basis="other", pct="22.4", indicator="社会消费品零售总额（较2019年）",
      terms=["社会消费品零售总额"], note="second change of the 2024 level; own fact anchored on the change")
b.add(change="年均增长4.1%", basis="other", pct="4.1", period=YY(2019, 2024), indicator="社会消费品零售总额年均增速",
      terms=["社会消费品零售总额"])
b.add(value="3786.9亿元", norm="378690000000", unit="CNY", indicator="商品零售额", terms=["商品零售"])
b.add(value="518.7亿元", norm="51870000000", unit="CNY", indicator="餐饮收入", terms=["餐饮收入"])
b.add(value="862,318万元", norm="8623180000", unit="CNY", change="比2019年增长1.7倍", basis="other", pct="170",
      indicator="限额以上跨境电商企业零售额", terms=["跨境电商"], note="增长1.7倍 = +170%")
b.seek("升级类")
b.add(change="2.4%", pct="2.4", indicator="限额以上单位商品零售额", terms=["零售额", "汽车"], note="分别 list member 1")
b.add(change="11.6%", pct="11.6", indicator="限额以上单位商品零售额", terms=["零售额", "家用电器"], note="分别 list member 2")
b.add(change="18.9%", pct="18.9", indicator="限额以上单位商品零售额", terms=["零售额", "通讯器材"], note="分别 list member 3")
b.add(change="下降5.3%", pct="-5.3", indicator="限额以上单位商品零售额", terms=["零售额", "石油"])
b.add(value="45,218元", norm="45218", unit="CNY", change="比2019年增长16.7%", basis="other", pct="16.7",
      indicator="居民人均消费支出", terms=["人均消费支出"])
b.add(value="1086.4亿元", norm="108640000000", unit="CNY", change="同比增长4.3%", pct="4.3", period=Q1,
      indicator="社会消费品零售总额", terms=["社会消费品零售总额"], note=QN)
def n(x): return format((Decimal(x) * Decimal("1e8")).normalize(), "f")
rows = [("2019", "13765.2", "-0.3"), ("2020", "13303.4", "-3.4"), ("2021", "15247.0", "14.6"),
        ("2022", "13926.5", "-8.7"), ("2023", "12818.6", "-8.0"), ("2024", "13512.4", "5.4")]
b.seek("增速（%）")
for y, v, g in rows:
    b.seek("\n" + y + "\n")
    f = b.add(value=v, norm=n(v), unit="CNY", change=g, pct=g, period=Y(int(y)), indicator="进出口总额", terms=["进出口"],
              note="table extracted one cell per line; 亿元 from column header")
    b.cur = f["change"]["end"]
b.write()
