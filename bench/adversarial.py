"""Cost of hostile or unusual input to `warclaims extract`, per megabyte, against prose.

Run: ``.venv/bin/python bench/adversarial.py [--kb 300]``. Builds texts of the same size
(written here, no corpus text) and prints seconds per MB for each, and its ratio to prose:
prose in paragraphs, prose on one line, unpunctuated runs of figures with and without a
counted noun, bare numbers, and HTML nested 20,000 deep. Target (issue 12): no input
costs more than a few times prose per megabyte (ratio <= 4).
"""
from __future__ import annotations

import argparse
import random
import time

from warclaims.extract import extract_claims
from warclaims.extract.text import from_html

PROSE = ("Russian forces lost 1,200 soldiers and 14 tanks near Bakhmut over the past day, the General Staff said on Monday. "
         "Officials in Kyiv said the counteroffensive had freed 500 square kilometres of territory.\n")


def inputs(size: int) -> dict[str, str]:
    rnd = random.Random(1)
    return {
        "prose, paragraphs": (PROSE * (size // len(PROSE) + 1))[:size],
        "prose, one line": (PROSE.replace("\n", " ") * (size // len(PROSE) + 1))[:size],
        "'lost N soldiers' x N, no punctuation": " ".join(f"lost {rnd.randint(1, 999)} soldiers" for _ in range(size // 16))[:size],
        "'N tanks' x N, no punctuation": " ".join(f"{rnd.randint(1, 999)} tanks" for _ in range(size // 9))[:size],
        "bare numbers": " ".join(str(rnd.randint(0, 999)) for _ in range(size // 4))[:size],
        "1,000-style groups": " ".join(f"{rnd.randint(1, 999)},{rnd.randint(100, 999)}" for _ in range(size // 8))[:size],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=300, help="size of each input in kilobytes")
    args = parser.parse_args()
    size = args.kb * 1000
    extract_claims("Russia lost 5 tanks, the General Staff said.", published="2023-01-01")  # warm
    prose = None
    for name, text in inputs(size).items():
        start = time.perf_counter()
        extract_claims(text, published="2023-01-01")
        per_mb = (time.perf_counter() - start) / (len(text) / 1e6)
        prose = prose or per_mb
        print(f"{name:40s} {per_mb:7.1f} s/MB  {per_mb / prose:4.1f}x prose")
    body = "<p>The General Staff said Russia lost 300 tanks near Bakhmut over the past week.</p>"
    html = f"<html><body>{'<div>' * 20000}{body}{'</div>' * 20000}</body></html>"
    start = time.perf_counter()
    text = from_html(html).text
    print(f"{'HTML nested 20,000 deep':40s} {time.perf_counter() - start:7.2f} s for {len(html) / 1e6:.2f} MB; text kept: {bool(text)}")


if __name__ == "__main__":
    main()
