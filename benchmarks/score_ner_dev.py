"""Score tradeie.ner.entities in-process against entity gold (exact span, per-label P/R/F1).

Same counting as shared/tools/score_entities.py.
usage: python benchmarks/score_ner_dev.py [--corpus DIR] [--gold DIR] [--errors]
"""

from __future__ import annotations

import argparse
import glob
import json
import os

from tradeie.ner import entities

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(SHARED, "corpus", "dev"))
    ap.add_argument("--gold", default=os.path.join(SHARED, "gold", "dev", "entities"))
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args()
    per: dict[str, list[int]] = {}
    tot = [0, 0, 0]
    for gpath in sorted(glob.glob(os.path.join(a.gold, "*.jsonl"))):
        gold = [json.loads(line) for line in open(gpath, encoding="utf-8") if line.strip()]
        if not gold:
            continue
        doc = gold[0]["doc"]
        text = open(os.path.join(a.corpus, doc), encoding="utf-8", newline="").read()
        pred = entities(text)
        G = {(g["start"], g["end"], g["label"]) for g in gold}
        P = {(e.span[0], e.span[1], e.label) for e in pred}
        for lab in {g[2] for g in G} | {p[2] for p in P}:
            gl = {x for x in G if x[2] == lab}
            pl = {x for x in P if x[2] == lab}
            c = per.setdefault(lab, [0, 0, 0])
            c[0] += len(gl & pl)
            c[1] += len(pl)
            c[2] += len(gl)
        tot[0] += len(G & P)
        tot[1] += len(P)
        tot[2] += len(G)
        if a.errors:
            rules = {(e.span[0], e.span[1], e.label): e.rule for e in pred}
            for s, e, lab in sorted(G - P):
                print(f"MISSED   {doc[:3]} {lab:6} {text[s:e]!r:24} ...{text[max(0, s - 8):s]!r} | {text[e:e + 6]!r}")
            for s, e, lab in sorted(P - G):
                print(f"SPURIOUS {doc[:3]} {lab:6} {text[s:e]!r:24} {rules[(s, e, lab)]} ...{text[max(0, s - 8):s]!r} | {text[e:e + 6]!r}")

    def f1(c):
        p = c[0] / c[1] if c[1] else 0.0
        r = c[0] / c[2] if c[2] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    p, r, f = f1(tot)
    print(f"overall  P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tot[0]} pred={tot[1]} gold={tot[2]})")
    for lab, c in sorted(per.items()):
        p, r, f = f1(c)
        print(f"{lab:7}  P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={c[0]} pred={c[1]} gold={c[2]})")


if __name__ == "__main__":
    main()
