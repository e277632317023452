"""How the period resolver does on the dev gold (read in place from ../shared, never copied).

usage: python benchmarks/check_dev_periods.py [--shared ../shared] [--ref 2025-05-31] [-v]

For every gold metric whose ``period`` is set, two checks:
  resolvable  some period expression in the document resolves to exactly the gold months
              (a stock or point compares as {start: null, end: as_of}; an event day as its month,
              as the gold dates event counts)
  nearest     the nearest period expression at most 400 characters before the anchor that is a
              span of months (not a 去年同期 marker) resolves to the gold months:
              a rough proxy for the attribution the metric stage will do with more context.
The bulletins carry no printed date, so relative words resolve against ``--ref``.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
from pathlib import Path

from tradeie.periods import periods

ROOT = Path(__file__).resolve().parents[1]


def as_gold(p) -> tuple[str | None, str | None] | None:
    if p.granularity == "relative":
        return None  # 去年同期 has no dates of its own
    if p.stock or p.granularity == "point":
        return (None, p.as_of)
    return (p.start_month, p.end_month)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--ref", default="2025-05-31")
    ap.add_argument("-v", action="store_true", help="list the misses")
    a = ap.parse_args()
    shared = Path(a.shared)
    ref = dt.date.fromisoformat(a.ref)
    counts = collections.Counter()
    for gold in sorted((shared / "gold" / "dev" / "metrics").glob("*.jsonl")):
        rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        if not rows:
            continue
        doc = shared / "corpus" / "dev" / rows[0]["doc"]
        with open(doc, encoding="utf-8", newline="") as f:
            text = f.read()
        found = [(p, as_gold(p)) for p in periods(text, reference_date=ref)]
        values = {v for _, v in found if v}
        for r in rows:
            if not r.get("period"):
                continue
            want = (r["period"]["start"], r["period"]["end"])
            counts["gold"] += 1
            counts["resolvable"] += want in values
            if a.v and want not in values:
                print(f"{r['id']}: want {want}: no expression in the document resolves to it")
            anchor = r[r["anchor"]]["start"]
            before = [(p, v) for p, v in found if v and anchor - 400 <= p.span[0] < anchor]
            near = before[-1] if before else None
            ok = near is not None and near[1] == want
            counts["nearest"] += ok
            if a.v and not ok:
                got = f"{near[0].text!r} -> {near[1]}" if near else "none within 400 chars"
                print(f"{r['id']}: want {want}, nearest {got}")
    n = counts["gold"]
    print(f"gold metrics with a period: {n}")
    print(f"resolvable (some expression in the doc resolves to it): {counts['resolvable']} ({counts['resolvable'] / n:.1%})")
    print(f"nearest preceding expression (400 chars) matches: {counts['nearest']} ({counts['nearest'] / n:.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
