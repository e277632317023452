"""Throughput of the period resolver on ~10 MB of bulletin-like text (composed, not copied).

usage: python benchmarks/bench_periods.py [--mb 10] [--repeat 1]

Builds sentences from a small template pool (periods, amounts, rates, names, event dates), so the
density of digits and time words resembles a trade bulletin, then times ``find_periods`` over the
normalised text and ``periods()`` (with normalisation and span mapping) on a slice.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from pathlib import Path

from tradeie.periods import find_periods, periods

TEMPLATES = [
    "今年{a}-{b}月，全市服务外包合同签约额{x}万美元，同比增长{p}%；执行额{y}万美元，同比下降{q}%。",
    "{Y}年{a}—{b}月，我国服务进出口总额{x}亿元，比上年同期增长{p}%，其中出口{y}亿元。",
    "前{b}个月，全省电子信息制造业增加值增长{p}%，增速较一季度扩大{q}个百分点。",
    "截至{b}月底，累计吸纳从业人员{x}万人，其中大学及以上学历{y}万人，占比{p}%。",
    "{a}月{d}日，第八届数字贸易博览会在会展中心举行，{x}余家企业参展，签约项目{y}个。",
    "上半年，离岸服务外包执行额{x}亿美元，占全国的{p}%，与去年同期相比提高{q}个百分点。",
    "今年以来，我市坚持稳中求进工作总基调，外贸进出口实现较快增长，新设外资企业{y}家。",
    "据商务部统计，{Y}年全年实际使用外资{x}亿元人民币，同比下降{q}%，{b}月当月增长{p}%。",
    "企业负责人介绍，公司成立{n}年来持续加大研发投入，研发人员占比超过{p}%，拥有专利{y}项。",
    "全年计划实施重大项目{y}个，总投资{x}亿元，确保年底前完成{n}项重点任务。",
    "数据显示，ITO、BPO和KPO执行额分别为{x}亿元、{y}亿元和{z}亿元，同比分别增长{p}%、{q}%和{r}%。",
    "前三季度，规模以上工业增加值增长{p}%，第一季度增长{q}%，{Y}年{a}月{d}日发布。",
]
# narrative sentences with numbers but no period, so the density (about one period per 200
# characters) matches the bulletins in the dev corpus
FILLER = [
    "会议指出，要坚持创新驱动发展战略，加快培育新质生产力，推动数字贸易和服务外包高质量发展。",
    "该平台已接入企业{y}家，累计服务用户超过{x}万人次，形成了覆盖研发、设计、检测的完整链条。",
    "专家认为，人工智能、大数据和云计算等技术正在深刻改变国际分工格局，为企业出海提供新机遇。",
    "活动现场，{n}家重点企业与采购商进行了一对一洽谈，意向签约金额{z}亿元，涉及项目{y}个。",
    "下一步，我们将进一步优化营商环境，完善政策体系，强化要素保障，支持企业拓展国际市场。",
    "园区现有入驻企业{y}余家，从业人员约{x}人，其中研发人员占比{p}%，拥有发明专利{n}项。",
    "论坛以“开放合作、共赢未来”为主题，来自{n}个国家和地区的代表围绕跨境电商、数字物流等议题深入交流。",
]


def corpus(mb: float, seed: int = 7) -> str:
    rnd = random.Random(seed)
    parts, size = [], 0
    target = int(mb * 1024 * 1024)
    while size < target:
        t = rnd.choice(TEMPLATES) if rnd.random() < 0.3 else rnd.choice(FILLER)
        s = t.format(
            a=rnd.randint(1, 6), b=rnd.randint(6, 12), d=rnd.randint(1, 28), Y=rnd.randint(2019, 2025),
            n=rnd.randint(2, 30), x=f"{rnd.uniform(10, 99999):.1f}", y=rnd.randint(1, 9999),
            z=f"{rnd.uniform(1, 999):.1f}", p=f"{rnd.uniform(0, 90):.1f}", q=f"{rnd.uniform(0, 40):.1f}",
            r=f"{rnd.uniform(-20, 40):.1f}",
        )
        if rnd.random() < 0.15:
            s += "\n\n"
        parts.append(s)
        size += len(s.encode("utf-8"))
    return "".join(parts)


def _timed(fn):
    """(result, wall seconds, CPU seconds): CPU time is the fair figure on a shared machine."""
    w, c = time.perf_counter(), time.process_time()
    r = fn()
    return r, time.perf_counter() - w, time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    text = corpus(a.mb)
    mb = len(text.encode("utf-8")) / 1e6
    ref = dt.date(2025, 6, 10)
    find_periods("今年1-4月", ref)  # compile outside the timing
    for _ in range(a.repeat):
        n, wall, cpu = _timed(lambda: len(find_periods(text, ref, 2025)))
        print(f"find_periods: {mb:.1f} MB, {n} periods, wall {mb / wall:.2f} MB/s, CPU {mb / cpu:.2f} MB/s")
    sl = text[: len(text) // 10]
    smb = len(sl.encode("utf-8")) / 1e6
    n, wall, cpu = _timed(lambda: len(periods(sl, ref)))
    print(f"periods() incl. layout.normalize + span map: {smb:.1f} MB, {n} periods, "
          f"wall {smb / wall:.2f} MB/s, CPU {smb / cpu:.2f} MB/s")
    dev = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
    docs = sorted(dev.glob("*.txt")) if dev.is_dir() else []
    if docs:  # the real bulletins, repeated to ~2 MB (read in place, never copied into the repo)
        from tradeie.layout import normalize

        raw = [p.read_text(encoding="utf-8") for p in docs]
        reps = max(1, int(2e6 / sum(len(r.encode("utf-8")) for r in raw)))
        bmb = reps * sum(len(r.encode("utf-8")) for r in raw) / 1e6
        norm = "\n".join(normalize(r).text for r in raw) * reps
        n, wall, cpu = _timed(lambda: len(find_periods(norm, ref, 2025)))
        print(f"find_periods on the dev bulletins (normalised, x{reps}): {bmb:.1f} MB of original text, {n} periods, "
              f"wall {bmb / wall:.2f} MB/s, CPU {bmb / cpu:.2f} MB/s")
        n, wall, cpu = _timed(lambda: sum(len(periods(r, ref)) for r in raw * min(reps, 20)))
        smb = min(reps, 20) * sum(len(r.encode("utf-8")) for r in raw) / 1e6
        print(f"periods() on the dev bulletins incl. layout.normalize: {smb:.1f} MB, {n} periods, "
              f"wall {smb / wall:.2f} MB/s, CPU {smb / cpu:.2f} MB/s")

if __name__ == "__main__":
    main()
