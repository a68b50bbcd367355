"""Score `warclaims extract` on the development corpus and measure its speed.

Run: ``.venv/bin/python bench/extract.py [--corpus DIR] [--show]``. The corpus (texts,
``manifest.csv``, ``gold.jsonl``; see its README) is read from ``../shared/corpus`` by default
and never copied into the project. Prints precision, recall and F1 for figures (quantity
and metric), the share of matched figures with the right claimant, and throughput in
articles per second on one core. Targets: F1 >= 0.85, claimant >= 80%, >= 200 articles/s.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from warclaims.extract import extract_claims
from warclaims.extract.scoring import load, score
from warclaims.paths import PROJECT_ROOT

DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


def throughput(corpus: Path, seconds: float = 3.0) -> float:
    manifest, _, texts = load(corpus)
    docs = [(texts[d], m["published_date"] or None, m["url"], m["publisher"]) for d, m in manifest.items()]
    extract_claims(*docs[0][:1])  # warm the compiled patterns and tables
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text, published, url, publisher in docs:
            extract_claims(text, published=published, source_url=url, publisher=publisher)
            n += 1
    return n / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", action="store_true", help="print every false positive, miss and wrong claimant")
    args = parser.parse_args()
    if not (args.corpus / "gold.jsonl").exists():
        sys.exit(f"no corpus at {args.corpus} (expected gold.jsonl, manifest.csv and NNN.txt)")
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    s = score(args.corpus, args.show)
    print(f"figures: precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}  "
          f"(tp {s['true_positives']}, fp {s['false_positives']}, fn {s['false_negatives']})  target F1 >= 0.85")
    print(f"claimant right on {s['claimant_accuracy']:.1%} of matched figures  target >= 80%")
    print(f"qualifier right on {s['qualifier_accuracy']:.1%}, place on {s['place_accuracy']:.1%} of matched figures")
    print(f"throughput: {throughput(args.corpus):.0f} articles/s on one core  target >= 200")
    # One very long input: reporting-like prose with a few figures, 10 MB.
    prose = ("Residents described long queues at the checkpoint and shops that had been closed for weeks. "
             "Officials declined to comment on the situation near the river. ") * 4
    block = prose + "Russian troops lost 120 soldiers and 3 tanks over the past 24 hours, the General Staff said.\n"
    text = block * (10_000_000 // len(block))
    start = time.perf_counter()
    n = len(extract_claims(text, published="2023-01-01"))
    print(f"10 MB input: {time.perf_counter() - start:.1f} s ({n} distinct claims)")


if __name__ == "__main__":
    main()
