from gb import B, Y, YY
from decimal import Decimal
b = B("../corpus/h1365_02.txt", "h1365_02", "../gold/metrics/h1365_02.jsonl")
b.set(subject=["成都市", "成都"], source=["成都市统计局"], period=Y(2024))
b.seek("结构不断优化")
b.add(value="10051.8亿元", norm="1005180000000", unit="CNY", change="比2019年增长37.5%", basis="other", pct="37.5",
      indicator="社会消费品零售总额", terms=["社会消费品零售总额"], not_terms=["人均"], note="vs 2019 -> basis other")
b.add(change="年均增长6.6%", basis="other", pct="6.6", period=YY(2019, 2024), indicator="社会消费品零售总额年均增速",
      terms=["社会消费品零售总额"], note="PDF wrap splits the number: '6.' / '6%'")
b.add(change="高于全国1.6个百分点", basis="other", pts="1.6", period=YY(2019, 2024), optional=True,
      indicator="社会消费品零售总额年均增速（高于全国）", terms=["年均增速"], note="relative comparison to the national rate")
b.seek("一、市场规模")
b.add(value="7145.3亿元", norm="714530000000", unit="CNY", change="比上年下降2.3%", pct="-2.3", period=Y(2020),
      indicator="社会消费品零售总额", terms=["社会消费品零售总额"], not_terms=["人均"])
b.add(value="8000亿元", norm="800000000000", unit="CNY", approx="over", change="增长15.7%", pct="15.7", period=Y(2021),
      indicator="社会消费品零售总额", terms=["总额"], not_terms=["人均"],
      note="全年增长15.7%，总额突破8000亿元: change precedes the approximate level; one fact; '首次迈上万亿元台阶' has no digit")
b.add(value="4.41万元", norm="44100", unit="CNY", period=Y(2019), indicator="人均社会消费品零售总额", terms=["人均"],
      note="由2019年的…提高到2024年的…: two levels, two facts")
b.add(value="4.73万元", norm="47300", unit="CNY", period=Y(2024), indicator="人均社会消费品零售总额", terms=["人均"])
b.seek("二、城乡")
b.add(value="8743.6亿元", norm="874360000000", unit="CNY", indicator="城镇消费品零售额", terms=["城镇"])
b.add(change="年均增长6.4%", basis="other", pct="6.4", period=YY(2019, 2024), indicator="城镇消费品零售额年均增速", terms=["城镇"])
b.add(value="1308.2亿元", norm="130820000000", unit="CNY", indicator="乡村消费品零售额", terms=["乡村"])
b.add(change="年均增长8.0%", basis="other", pct="8.0", period=YY(2019, 2024), indicator="乡村消费品零售额年均增速",
      terms=["乡村"], note="period 2019—2024 inherited from the preceding clause")
b.add(change="快于城镇1.6个百分点", basis="other", pts="1.6", period=YY(2019, 2024), optional=True,
      indicator="乡村消费品零售额年均增速（快于城镇）", terms=["乡村"], note="relative comparison to another subject (城镇)")
b.add(share="占社会消费品零售总额的比重为13.0%", share_pct="13.0", share_of="社会消费品零售总额",
      share_change={"direction": "up", "points": "0.8"}, indicator="乡村消费品零售额占社会消费品零售总额比重",
      terms=["乡村"], note="share change 比2019年提高0.8个百分点")
b.seek("三、升级类")
b.add(change="3.8倍", basis="other", pct="380", indicator="限额以上单位商品零售额", terms=["零售额", "新能源汽车"],
      note="分别 list member 1; 增长3.8倍 = +380% vs 2019")
b.add(change="56.3%", basis="other", pct="56.3", indicator="限额以上单位商品零售额", terms=["零售额", "通讯器材"],
      note="分别 list member 2")
b.add(change="41.7%", basis="other", pct="41.7", indicator="限额以上单位商品零售额", terms=["零售额", "金银珠宝"],
      note="分别 list member 3")
b.add(change="下降4.2%", basis="other", pct="-4.2", indicator="限额以上单位商品零售额", terms=["零售额", "石油"])
b.add(value="1856.3亿元", norm="185630000000", unit="CNY", change="比2019年增长82.4%", basis="other", pct="82.4",
      share="占限额以上单位消费品零售额的比重为31.6%", share_pct="31.6", share_of="限额以上单位消费品零售额",
      share_change={"direction": "up", "points": "11.8"},
      indicator="限额以上单位通过公共网络实现的商品零售额", terms=["公共网络"], note="网上零售; share change vs 2019")
b.seek("四、餐饮")
b.add(value="1218.7亿元", norm="121870000000", unit="CNY", change="比2019年增长29.5%", basis="other", pct="29.5",
      share="占社会消费品零售总额的12.1%", share_pct="12.1", share_of="社会消费品零售总额",
      indicator="餐饮收入", terms=["餐饮收入"], not_terms=["限额以上"])
b.add(change="年均增长5.3%", basis="other", pct="5.3", period=YY(2019, 2024), indicator="餐饮收入年均增速",
      terms=["餐饮收入"], not_terms=["限额以上"])
b.seek("其中，限额")
b.add(value="约405亿元", norm="40500000000", unit="CNY", approx="about", indicator="限额以上单位餐饮收入",
      terms=["餐饮收入", "限额以上"])
def n(x): return format((Decimal(x) * Decimal("1e8")).normalize(), "f")
rows = [(2019, "7312.6", "9.9", "941.1", "11.2"), (2020, "7145.3", "-2.3", "812.4", "-13.7"),
        (2021, "8267.9", "15.7", "1004.6", "23.7"), (2022, "8541.2", "3.3", "958.3", "-4.6"),
        (2023, "9576.4", "12.1", "1152.8", "20.3"), (2024, "10051.8", "5.0", "1218.7", "5.7")]
b.seek("（%）")
for r in rows:
    b.seek(f"{r[0]}　")
    f = b.add(value=r[1], norm=n(r[1]), unit="CNY", change=r[2], pct=r[2], period=Y(r[0]),
              indicator="社会消费品零售总额", terms=["社会消费品零售总额"], not_terms=["人均"],
              note="table 表1 cell (亿元 from column header); 比上年增长 column, 可比口径")
    b.cur = f["change"]["end"]
    f = b.add(value=r[3], norm=n(r[3]), unit="CNY", change=r[4], pct=r[4], period=Y(r[0]),
              indicator="餐饮收入", terms=["餐饮收入"], not_terms=["限额以上"], note="table 表1 cell (亿元 from column header)")
    b.cur = f["change"]["end"]
b.write()
