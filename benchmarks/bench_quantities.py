"""Throughput of quantities(): find and resolve every quantity in ~10 MB of bulletin-like text.

usage: python benchmarks/bench_quantities.py [--mb 10] [--shared ../shared]
Builds the text by repeating the dev corpus documents (read at run time from ../shared) or, when
they are missing, synthetic sentences.  Prints MB/s (UTF-8 bytes) for the full public call
(normalisation + quantities) and for find_quantities() on already-normalised text.
Times are CPU time of this process (time.process_time()), not wall time: the figure stays
meaningful on a shared machine ("one core").
"""
import argparse
import glob
import os
import time

from tradeie.layout import normalize
from tradeie.quantities import find_quantities, quantities

HERE = os.path.dirname(os.path.abspath(__file__))
SYNTHETIC = (
    "今年1-4月,全市服务外包合同签约额12345.6万美元,同比增长38.5%;执行额约2.7万亿元,同比下降3.1%。"
    "新设外资企业36家,新增从业人员11.9万人,占比26.52%,比上年提高6.1个百分点,近九成企业实现增长。\n"
)


def corpus(shared: str) -> list[str]:
    docs = []
    for p in sorted(glob.glob(os.path.join(shared, "corpus", "dev", "*.txt"))):
        with open(p, encoding="utf-8", newline="") as f:
            docs.append(f.read())
    return docs or [SYNTHETIC * 200]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    a = ap.parse_args()
    docs = corpus(a.shared)
    target = int(a.mb * 1_000_000)
    batch, size, i = [], 0, 0
    while size < target:
        d = docs[i % len(docs)]
        batch.append(d)
        size += len(d.encode("utf-8"))
        i += 1
    quantities(docs[0])  # warm up: load pattern data, compile regexes
    t0 = time.process_time()
    n = sum(len(quantities(d)) for d in batch)
    t1 = time.process_time()
    norms = [normalize(d).text for d in batch[: len(docs)]]
    reps = max(1, len(batch) // len(docs))
    t2 = time.process_time()
    for _ in range(reps):
        for t in norms:
            find_quantities(t)
    t3 = time.process_time()
    mb = size / 1e6
    mb_find = sum(len(d.encode("utf-8")) for d in docs) * reps / 1e6  # input bytes, as above
    print(f"quantities():      {mb:.1f} MB, {n} quantities, {t1 - t0:.2f} s CPU, {mb / (t1 - t0):.2f} MB/s (CPU time)")
    print(f"find_quantities(): {mb_find / (t3 - t2):.2f} MB/s CPU (normalised text, normalisation excluded)")


if __name__ == "__main__":
    main()
