"""Throughput of reading+segmenting and of full metric extraction (no NER), on one core.

usage: python benchmarks/bench_pipeline.py [--mb 10] [--segment-mb 50]

Builds bulletin text by repeating the dev corpus (../shared, when present) or the bundled
fixture bulletins, then times: layout repair + segmentation (issue 2 target >= 5 MB/s, linear
in size) and extraction of metrics without NER (issue 4 target >= 1 MB/s).  Sizes are UTF-8 MB.
"""

from __future__ import annotations

import argparse
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
    t = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0, help="size for the extraction benchmark")
    ap.add_argument("--segment-mb", type=float, default=50.0, help="largest size for the segmentation benchmark")
    a = ap.parse_args()

    import tradeie
    from tradeie.layout import analyse
    from tradeie.segment import segment

    tradeie.extract(corpus_text()[:5000])  # warm up: compile patterns once
    print("reading + layout + segmentation")
    size = a.segment_mb / 4
    while size <= a.segment_mb:
        text = build(size)
        mb = len(text.encode("utf-8")) / 1e6
        _, dt = timed(lambda t: segment(analyse(t)), text)
        print(f"  {mb:7.1f} MB  {dt:7.2f} s  {mb / dt:6.2f} MB/s")
        size *= 2
    print("metric extraction without NER")
    for mb_target in (a.mb / 4, a.mb):
        text = build(mb_target)
        mb = len(text.encode("utf-8")) / 1e6
        ex, dt = timed(tradeie.extract, text)
        print(f"  {mb:7.1f} MB  {dt:7.2f} s  {mb / dt:6.2f} MB/s  ({len(ex.metrics)} metrics)")


if __name__ == "__main__":
    main()
