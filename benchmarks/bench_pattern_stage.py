"""Throughput of the whole pattern stage (issue 3): normalise once, then find and resolve every
quantity and every period, over ~10 MB of bulletin text; CPU time, best of ``--repeat`` runs.

usage: python benchmarks/bench_pattern_stage.py [--mb 10] [--repeat 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from bench_pipeline import build


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--repeat", type=int, default=2)
    a = ap.parse_args()

    from tradeie.layout import normalize
    from tradeie.periods import find_periods
    from tradeie.quantities import find_quantities

    text = build(a.mb)
    mb = len(text.encode("utf-8")) / 1e6
    find_quantities(normalize(text[:5000]).text)  # compile the grammars once
    find_periods("今年1-4月")
    for _ in range(a.repeat):
        t0 = time.process_time()
        norm = normalize(text)
        t1 = time.process_time()
        qs = find_quantities(norm.text)
        t2 = time.process_time()
        ps = find_periods(norm.text, reference_date=dt.date(2025, 6, 30))
        t3 = time.process_time()
        print(
            f"{mb:.1f} MB: normalise {t1 - t0:.2f} s, quantities {t2 - t1:.2f} s, periods {t3 - t2:.2f} s"
            f" -> {mb / (t3 - t0):.2f} MB/s CPU ({len(qs)} quantities, {len(ps)} periods)"
        )


if __name__ == "__main__":
    main()
