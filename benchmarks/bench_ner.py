"""NER throughput and cold start.

    python benchmarks/bench_ner.py [--mb 2]

Builds ~2 MB of bulletin-like text by repeating the dev bulletins (when shared/corpus/dev is
beside the repo) or the composed fixture sentences, then reports:
  * cold start (CPU seconds): building the tradeie pipeline (spaCy blank zh + private jieba + rules);
  * throughput (MB/s of UTF-8 input, CPU time) of a bare blank-zh + jieba pipeline (reference);
  * throughput of the full NER (`tradeie.ner.entities`: layout normalisation + spaCy + rules);
  * throughput of the rules alone (`find_entities_rules` on normalised text).
Each in a fresh process for the cold-start figures, so caches do not flatter them.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "..", "shared", "corpus", "dev")
FIXTURES = os.path.join(HERE, "..", "tests", "fixtures", "entities")


def corpus(mb: float) -> list[str]:
    docs = [open(p, encoding="utf-8", newline="").read() for p in sorted(glob.glob(os.path.join(DEV, "*.txt")))]
    if not docs:
        for p in sorted(glob.glob(os.path.join(FIXTURES, "*.jsonl"))):
            lines = [json.loads(line)["text"] for line in open(p, encoding="utf-8") if line.strip()]
            docs.append("\n".join(lines))
    out, size = [], 0
    while size < mb * 1e6:
        for d in docs:
            out.append(d)
            size += len(d.encode("utf-8"))
    return out


def _cold(code: str, **env: str) -> float:
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env=dict(os.environ, **env))
    return float(p.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0)
    a = ap.parse_args()
    docs = corpus(a.mb)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    print(f"corpus: {len(docs)} documents, {nbytes / 1e6:.2f} MB")

    cold_import = _cold("import time; t=time.process_time(); import tradeie; print(time.process_time()-t)")
    cold_jieba = _cold(
        "import time; t=time.process_time(); import spacy; "
        "nlp=spacy.blank('zh', config={'nlp': {'tokenizer': {'segmenter': 'jieba'}}}); nlp('作为'); "
        "print(time.process_time()-t)"
    )
    cold_ner = _cold(
        "import time; t=time.process_time(); from tradeie.ner import entities; entities('商务部'); "
        "print(time.process_time()-t)"
    )
    with tempfile.TemporaryDirectory() as empty:  # no dictionary cache: built from jieba, then written
        cold_ner_miss = _cold(
            "import time; t=time.process_time(); from tradeie.ner import entities; entities('商务部'); "
            "print(time.process_time()-t)",
            TRADEIE_CACHE_DIR=empty,
        )
    print(f"cold start (CPU s): import tradeie {cold_import:.2f} | blank zh+jieba {cold_jieba:.2f} | "
          f"tradeie NER pipeline (build + first call) {cold_ner:.2f}, "
          f"first run without the dictionary cache {cold_ner_miss:.2f}")

    import spacy

    from tradeie.layout import normalize
    from tradeie.ner import entities, find_entities, find_entities_rules, get_pipeline

    bare = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    bare.max_length = 50_000_000
    get_pipeline()
    norms = [normalize(d).text for d in docs]

    def rate(fn, items) -> float:
        t = time.process_time()  # CPU time: the cores are shared, wall time is noisy
        for x in items:
            fn(x)
        return nbytes / 1e6 / (time.process_time() - t)

    r_bare = rate(bare, docs)
    r_rules = rate(find_entities_rules, norms)
    r_find = rate(find_entities, norms)
    r_full = rate(entities, docs)
    print(f"throughput (CPU time): blank zh+jieba {r_bare:.2f} MB/s | rules only {r_rules:.2f} MB/s | "
          f"NER on normalised text (spaCy jieba + rules) {r_find:.2f} MB/s | "
          f"NER on raw text (layout normalise + spaCy + rules) {r_full:.2f} MB/s")


if __name__ == "__main__":
    main()
