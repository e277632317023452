"""Recall of tradeie.quantities() on the gold `value` quotes of the dev corpus.

usage: python benchmarks/dev_value_recall.py [--shared ../shared] [-v]
A gold value counts as found when a quantity has the same span, normalized value, base_unit and
approx.  Reads the corpus at run time; nothing from it is stored in the repository.
"""
import argparse
import glob
import json
import os
import sys
from decimal import Decimal

import tradeie

HERE = os.path.dirname(os.path.abspath(__file__))


def run(shared: str, verbose: bool = False) -> dict:
    found = total = span_only = 0
    misses = []
    for g in sorted(glob.glob(os.path.join(shared, "gold", "dev", "metrics", "*.jsonl"))):
        rows = [json.loads(line) for line in open(g, encoding="utf-8") if line.strip()]
        texts = {}
        for r in rows:
            v = r.get("value")
            if not v:
                continue
            doc = r["doc"]
            if doc not in texts:
                path = os.path.join(shared, "corpus", "dev", doc)
                with open(path, encoding="utf-8", newline="") as f:
                    text = f.read()
                texts[doc] = {tuple(q.span): q for q in tradeie.quantities(text)}
            total += 1
            q = texts[doc].get((v["start"], v["end"]))
            if q is None:
                misses.append((doc, v["quote"], "no quantity with this span"))
                continue
            span_only += 1
            ok = (
                Decimal(v["normalized"]) == q.normalized
                and (v["base_unit"] or None) == q.base_unit
                and (v["approx"] or None) == q.approx
            )
            if ok:
                found += 1
            else:
                misses.append((doc, v["quote"], f"got {q.normalized} {q.base_unit} {q.approx}"))
    if verbose:
        for m in misses:
            print("MISS", *m)
    return {"values": total, "span_found": span_only, "found": found, "recall": round(found / total, 4) if total else None}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.shared, "gold")):
        sys.exit(f"no gold under {a.shared}")
    print(json.dumps(run(a.shared, a.v), ensure_ascii=False))


if __name__ == "__main__":
    main()
