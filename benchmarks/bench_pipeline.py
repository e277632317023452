"""Throughput of reading+segmenting and of full metric extraction (no NER), on one core.

usage: python benchmarks/bench_pipeline.py [--mb 10] [--segment-mb 50] [--repeat 1] [--no-extract]

Builds bulletin text by repeating the dev corpus (../shared, when present) or the bundled
fixture bulletins, then times: layout repair + segmentation (issue 2 target >= 5 MB/s, linear
in size) and extraction of metrics without NER (issue 4 target >= 1 MB/s).  Sizes are UTF-8 MB.

Rates are computed from CPU time (``time.process_time``): wall time is also shown but is noisy
on a shared machine.  With ``--repeat N`` each size runs N times and the best CPU time is
reported.  For layout + segmentation the ``gc`` column is the CPU time of one full garbage
collection run right afterwards: large inputs are processed with the collector paused (see
``tradeie.layout.gc_paused``), and that column is the work the pause leaves for later.
"""

from __future__ import annotations

import argparse
import gc
import pathlib
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED_DEV = ROOT.parent / "shared" / "corpus" / "dev"


def corpus_text() -> str:
    paths = sorted(SHARED_DEV.glob("*.txt")) if SHARED_DEV.is_dir() else []
    if not paths:
        paths = sorted((ROOT / "tests" / "fixtures" / "bulletins").glob("*.txt"))
    texts = []
    for p in paths:
        try:
            texts.append(p.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    return "\n".join(texts)


def build(mb: float) -> str:
    unit = corpus_text()
    n = max(1, int(mb * 1e6 / len(unit.encode("utf-8"))))
    return "\n".join([unit] * n)


def timed(fn, *args):
    """(result, wall seconds, CPU seconds)."""
    w, c = time.perf_counter(), time.process_time()
    out = fn(*args)
    return out, time.perf_counter() - w, time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0, help="size for the extraction benchmark")
    ap.add_argument("--segment-mb", type=float, default=50.0, help="largest size for the segmentation benchmark")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size; the best CPU time is reported")
    ap.add_argument("--no-extract", action="store_true", help="skip the metric extraction benchmark")
    a = ap.parse_args()

    import tradeie
    from tradeie.layout import analyse
    from tradeie.segment import segment

    tradeie.extract(corpus_text()[:5000])  # warm up: compile patterns once
    print("reading + layout + segmentation   (MB/s from CPU time)")
    size = a.segment_mb / 4
    while size <= a.segment_mb:
        text = build(size)
        mb = len(text.encode("utf-8")) / 1e6
        best = None
        for _ in range(a.repeat):
            out, wall, cpu = timed(lambda t: segment(analyse(t)), text)
            _, _, gc_cpu = timed(gc.collect)
            del out
            if best is None or cpu < best[1]:
                best = (wall, cpu, gc_cpu)
        wall, cpu, gc_cpu = best
        print(
            f"  {mb:7.1f} MB  wall {wall:6.2f} s  cpu {cpu:6.2f} s  {mb / cpu:6.2f} MB/s"
            f"  {cpu / mb * 1000:6.1f} ms/MB  (gc {gc_cpu:4.2f} s)"
        )
        size *= 2
    if a.no_extract:
        return
    print("metric extraction without NER   (MB/s from CPU time)")
    for mb_target in (a.mb / 4, a.mb):
        text = build(mb_target)
        mb = len(text.encode("utf-8")) / 1e6
        ex, wall, cpu = timed(tradeie.extract, text)
        print(f"  {mb:7.1f} MB  wall {wall:6.2f} s  cpu {cpu:6.2f} s  {mb / cpu:6.2f} MB/s  ({len(ex.metrics)} metrics)")

if __name__ == "__main__":
    main()
