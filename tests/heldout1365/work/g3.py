from gb import B, Y, YY
from decimal import Decimal
b = B("../corpus/h1365_03.txt", "h1365_03", "../gold/metrics/h1365_03.jsonl")
b.set(subject=["郑州市", "郑州"], source=["郑州海关", "郑州市统计局"], period=Y(2024))
b.seek("据郑州海关统计")
b.add(value="5,983.6亿元", norm="598360000000", unit="CNY", change="较2019年增长44.9%", basis="other", pct="44.9",
      indicator="进出口总额", terms=["进出口"])
b.add(change="年均增长7.7%", basis="other", pct="7.7", period=YY(2019, 2024), indicator="进出口总额年均增速", terms=["进出口"])
b.add(value="3,612.8亿元", norm="361280000000", unit="CNY", change="较2019年增长45.0%", basis="other", pct="45.0",
      indicator="出口总额", terms=["出口"], not_terms=["进出口"])
b.add(value="2,370.8亿元", norm="237080000000", unit="CNY", change="较2019年增长44.7%", basis="other", pct="44.7",
      indicator="进口总额", terms=["进口"], not_terms=["进出口"])
b.add(share="占全省的比重达73.6%", share_pct="73.6", share_of="河南省进出口总额",
      share_change={"direction": "up", "points": "3.1"}, indicator="进出口总额占全省比重", terms=["进出口"],
      note="share change in parentheses: 比2019年提高3.1个百分点")
b.seek("分年度看")
b.add(change="19.8%", pct="19.8", period=Y(2020), indicator="进出口增速", terms=["进出口"],
      note="分别 list over years: 2020年、2021年进出口增速分别达19.8%、19.1%")
b.add(change="19.1%", pct="19.1", period=Y(2021), indicator="进出口增速", terms=["进出口"], note="分别 list member 2 (2021)")
b.add(value="6,069.7亿元", norm="606970000000", unit="CNY", period=Y(2022), indicator="进出口总额", terms=["总额"],
      note="2022 historical peak; no change stated")
b.add(change="下降9.3%", pct="-9.3", period=Y(2023), indicator="进出口总额", terms=["进出口"])
b.add(value="5,983.6亿元", norm="598360000000", unit="CNY", change="同比增长8.6%", pct="8.6",
      indicator="进出口总额", terms=["进出口"], note="2024 total repeated with its yoy rate")
b.seek("02 结构")
b.add(value="2,105.7亿元", norm="210570000000", unit="CNY", share="占全市出口的58.3%", share_pct="58.3", share_of="全市出口总额",
      share_change={"direction": "down", "points": "-6.5"}, indicator="手机出口额", terms=["手机"],
      note="share change 比2019年下降6.5个百分点")
b.add(value="7.2万辆", norm="72000", unit="辆", tier="extended", indicator="汽车出口数量", terms=["汽车"])
b.add(value="186.4亿元", norm="18640000000", unit="CNY", indicator="汽车出口额", terms=["汽车"], note="金额 = 汽车出口金额")
b.add(value="9.8倍", norm="9.8", unit="倍", optional=True, indicator="汽车出口额相当于2019年的倍数", terms=["汽车"],
      note="是2019年的9.8倍: ratio, not a change")
b.add(value="1,236.8亿元", norm="123680000000", unit="CNY", indicator="跨境电商进出口额", terms=["跨境电商"])
b.add(change="年均增长19.6%", basis="other", pct="19.6", period=YY(2019, 2024), indicator="跨境电商进出口年均增速",
      terms=["跨境电商"], note="span not restated; the article's 2019—2024 frame governs")
b.seek("03 主体")
b.add(value="4,836家", norm="4836", unit="家", change="比2019年增加1,524家", basis="other", amt="1524",
      indicator="有进出口实绩的企业数", terms=["企业"], not_terms=["民营"])
b.add(value="3,917家", norm="3917", unit="家", share="占81.0%", share_pct="81.0", share_of="有进出口实绩的企业",
      indicator="有进出口实绩的民营企业数", terms=["民营企业"])
b.add(value="2,418.9亿元", norm="241890000000", unit="CNY", share="占全市的40.4%", share_pct="40.4", share_of="全市进出口总额",
      indicator="进出口额", terms=["进出口", "一带一路"])
b.add(value="1,532.4亿元", norm="153240000000", unit="CNY", change="较2019年增长37.2%", basis="other", pct="37.2",
      indicator="进出口额", terms=["进出口", "RCEP"])
b.seek("04 通道")
b.set(source=["郑州市统计局"])
b.add(value="60.8万吨", norm="608000", unit="吨", tier="extended", change="较2019年增长15.3%", basis="other", pct="15.3",
      indicator="机场货邮吞吐量", terms=["货邮吞吐量"], subject=["郑州市", "郑州", "郑州机场"])
b.add(value="52条", norm="52", unit="条", tier="extended", indicator="国际地区全货机航线数", terms=["航线"],
      subject=["郑州市", "郑州", "郑州机场"], note="开通…52条: stock of routes in 2024")
b.seek("05 消费")
b.add(value="5,617.2亿元", norm="561720000000", unit="CNY", change="较2019年增长21.8%", basis="other", pct="21.8",
      indicator="社会消费品零售总额", terms=["社会消费品零售总额"])
b.add(value="约92亿元", norm="9200000000", unit="CNY", approx="about", indicator="限额以上单位进口商品零售额", terms=["进口商品"])
b.add(value="4倍多", norm="4", unit="倍", approx="more", optional=True, indicator="离境退税商店销售额相当于2019年的倍数",
      terms=["离境退税"], note="是2019年的4倍多: ratio, not a change; no level stated")
def n(x): return format((Decimal(x.replace(",", "")) * Decimal("1e8")).normalize(), "f")
rows = [(2019, "4,129.9", "2.3", "2,491.2", "1,638.7"), (2020, "4,946.4", "19.8", "3,033.5", "1,912.9"),
        (2021, "5,892.1", "19.1", "3,580.9", "2,311.2"), (2022, "6,069.7", "3.0", "3,766.2", "2,303.5"),
        (2023, "5,507.3", "-9.3", "3,353.1", "2,154.2"), (2024, "5,983.6", "8.6", "3,612.8", "2,370.8")]
b.set(source=["郑州海关", "郑州市统计局"])
b.seek("|---|")
nt = "markdown table cell; 亿元 from column header"
for r in rows:
    b.seek(f"| {r[0]} |")
    f = b.add(value=r[1], norm=n(r[1]), unit="CNY", change=r[2], pct=r[2], period=Y(r[0]), indicator="进出口总额",
              terms=["进出口"], note=nt + "; 增速 column is yoy")
    b.cur = f["change"]["end"]
    f = b.add(value=r[3], norm=n(r[3]), unit="CNY", period=Y(r[0]), indicator="出口总额", terms=["出口"], not_terms=["进出口"], note=nt)
    f = b.add(value=r[4], norm=n(r[4]), unit="CNY", period=Y(r[0]), indicator="进口总额", terms=["进口"], not_terms=["进出口"], note=nt)
b.write()
