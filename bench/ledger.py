"""How validation and the notebook suite scale with the ledger.

Builds, in a temporary folder, a synthetic ledger of N valid claims (default 100,000) drawn
from the shipped ledger's claimants and places across every metric, 2022 to 2026, and a copy
with 1,000 rows broken at scattered lines (a bad date, an unknown metric, an implausible
figure, a claimant not in the table, a spreadsheet formula). Then prints:

- ``warclaims validate`` on the large ledger, in a fresh process (target: at most 10 s on two
  cores), and its peak memory;
- the same on the broken copy, and whether every broken row was reported;
- ``warclaims run`` on the large ledger against the same run on the shipped ledger (target:
  at most twice the time), with the peak memory of the run's processes.

What grows with what: reading and checking the tables is linear in the number of rows, with
small constants: pyarrow parses a table whose records are one line each straight into each
column's distinct values and a code per row (a file with records over several lines, blank
lines or other line breaks is read line by line instead, as slowly as before, so that every
problem names its line); each check tests a column's distinct values once (a few thousand
for most columns; claim ids, addresses and evidence grow with the rows), and the cross-table
checks are one vectorised pass over the claims. The tables and the typed ledger are
remembered (keyed by the content of the files, so every call that asks for them hashes the
24 MB claims.csv of 100,000 claims, about 0.1 s) as dictionaries of distinct values and codes, so
storing them and each notebook's reading them back grow with the rows but cost a fraction
of strings would; one process computes them, the others wait and read them back. The
notebooks filter the typed ledger to their window first, so their work grows with the
claims inside the window, and their charts and page tables are capped (rows drawn,
claimants named, 200 rows of a table on the page, all of them in its CSV). Charts grow with
the claimants in the window rather than the claims: a legend names each claimant drawn (the
synthetic ledger spreads all 84 claimants over every window, the shipped one has a few in
each), and its text is laid out anew for each of the PNG and SVG a chart is saved as; this is
most of what the large ledger adds to the losses and places notebooks.

Run: ``.venv/bin/python bench/ledger.py [--claims N] [--skip-suite]``.
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warclaims import vocabulary as v
from warclaims.columns import CLAIM_COLUMNS, SOURCE_COLUMNS
from warclaims.paths import DATA_DIR

PROBLEMS = 1000


def _rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _write(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def synthetic_ledger(folder: Path, n: int, seed: int = 1) -> None:
    """Write a valid ledger of ``n`` claims to ``folder``, from the shipped reference tables."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for table in ("claimants.csv", "places.csv"):
        shutil.copy(DATA_DIR / table, folder / table)
    claimants = _rows(DATA_DIR / "claimants.csv")
    places = [p for p in _rows(DATA_DIR / "places.csv") if ";" not in p["oblast_iso"]]
    sources = []
    for i in range(max(1, n // 100)):
        day = f"{rnd.randint(2022, 2026)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        if day > time.strftime("%Y-%m-%d"):
            day = "2026-01-15"
        sources.append({c: "" for c in SOURCE_COLUMNS} | {"source_id": f"synthetic-{i:05d}", "publisher": "Synthetic Wire",
                                                          "url": f"https://example.org/report/{i}", "published": day,
                                                          "language": rnd.choice(["en", "uk", "ru"])})
    claims = []
    for i in range(n):
        src, who, place = rnd.choice(sources), rnd.choice(claimants), rnd.choice(places)
        metric = rnd.choice(v.METRICS)
        quantity = rnd.randint(1, 5000)
        row = {c: "" for c in CLAIM_COLUMNS} | {
            "claim_id": f"{src['source_id']}-{i:08x}", "source_id": src["source_id"], "claimant": who["claimant"],
            "claimant_side": who["side"], "metric": metric, "subject_side": rnd.choice(v.SIDES[:2]),
            "quantity": str(quantity), "unit": v.CANONICAL_UNIT[metric], "quantity_raw": f"{quantity:,}",
            "unit_raw": "km2" if metric in v.AREA_METRICS else "soldiers", "qualifier": rnd.choice(v.QUALIFIERS),
            "cumulative": rnd.choice(["true", "false"]), "as_of": src["published"], "place_raw": place["place"],
            "place": place["place"], "oblast_iso": place["oblast_iso"], "verification_status": "unverified",
            "evidence": f"said {quantity:,} in a synthetic report",
        }
        if metric in v.ITEM_METRICS:
            row |= {"item_class": rnd.choice(v.ITEM_CLASSES), "item_origin": "military", "unit_raw": "vehicles"}
        if metric in v.PERSONNEL_METRICS:
            row["count_kind"] = rnd.choice(v.COUNT_KINDS)
        claims.append(row)
    _write(folder / "claims.csv", CLAIM_COLUMNS, claims)
    _write(folder / "sources.csv", SOURCE_COLUMNS, sources)


#: Ways to break a row, each caught by a different rule.
BREAKS = [
    {"as_of": "2022-02-30"},
    {"metric": "territory_stolen"},
    {"claimant": "Nobody Known"},
    {"notes": "=cmd|'/c calc'!A1"},
    {"as_of": "2099-01-01"},
]


def broken_copy(source: Path, target: Path, problems: int = PROBLEMS, seed: int = 2) -> set[int]:
    """Copy a ledger and break ``problems`` scattered claims; return their file lines."""
    shutil.copytree(source, target)
    rows = _rows(target / "claims.csv")
    picked = random.Random(seed).sample(range(len(rows)), problems)
    for k, i in enumerate(picked):
        rows[i] |= BREAKS[k % len(BREAKS)]
    _write(target / "claims.csv", CLAIM_COLUMNS, rows)
    return {i + 2 for i in picked}


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed(cmd: list[str], env=None) -> tuple[float, float, float, subprocess.CompletedProcess]:
    """Wall seconds, CPU-seconds and peak memory (MiB) of a command, and the finished process.

    CPU-seconds are printed beside wall time because they hold still on a busy machine.
    """
    start, cpu = time.perf_counter(), _cpu()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return time.perf_counter() - start, _cpu() - cpu, peak, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--skip-suite", action="store_true", help="time validation only")
    args = parser.parse_args()
    warclaims = [sys.executable, "-m", "warclaims.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        start = time.perf_counter()
        synthetic_ledger(tmp / "big", args.claims)
        print(f"synthetic ledger: {args.claims:,} claims written in {time.perf_counter() - start:.1f} s")
        # A cache of its own, so remembered results of earlier runs do not answer for validation.
        env = dict(os.environ, WARCLAIMS_CACHE=str(tmp / "cache"))
        if "WARCLAIMS_CACHE" in os.environ:
            shutil.copytree(os.environ["WARCLAIMS_CACHE"], tmp / "cache", ignore=shutil.ignore_patterns("_remembered"))
        seconds, cpu, peak, done = timed([*warclaims, "validate", str(tmp / "big")], env)
        status = "passes" if done.returncode == 0 else f"FAILED: {done.stderr[:300]}"
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall seconds stretch on a shared machine; CPU-seconds less so)")
        print(f"validate {args.claims:,} claims: {seconds:.1f} s ({cpu:.1f} CPU-s), peak {peak:,.0f} MiB, {status}  target <= 10 s")

        lines = broken_copy(tmp / "big", tmp / "broken")
        seconds, cpu, _, done = timed([*warclaims, "validate", str(tmp / "broken")], env)
        claims_file = str((tmp / "broken" / "claims.csv").resolve())
        # The first problem follows "warclaims validate: error: ", the rest stand alone.
        reported = {int(l.split(claims_file + ":", 1)[1].split(":")[0]) for l in done.stderr.splitlines() if claims_file + ":" in l}
        print(f"validate with {len(lines):,} broken rows: {seconds:.1f} s ({cpu:.1f} CPU-s), {len(lines & reported):,} of {len(lines):,} reported "
              f"({len(reported - lines)} other lines named), exit {done.returncode}")
        if args.skip_suite:
            return
        # The datasets read once into the run's cache before either suite is timed: otherwise
        # the first run (the shipped ledger's) alone pays for parsing them, which flatters the ratio.
        timed([sys.executable, "-c", "from warclaims.views.common import preload; preload()"], env)
        print(f"load average before the suites: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        shipped, cpu_shipped, _, done_shipped = timed([*warclaims, "run", "--out", str(tmp / "reports-shipped")], env)
        big, cpu_big, peak, done_big = timed([*warclaims, "run", "--out", str(tmp / "reports-big"), "-p", "data_dir", str(tmp / "big")], env)
        print(f"notebook suite: shipped ledger {shipped:.1f} s ({cpu_shipped:.1f} CPU-s, exit {done_shipped.returncode}), "
              f"{args.claims:,} claims {big:.1f} s ({cpu_big:.1f} CPU-s, exit {done_big.returncode}) = {big / shipped:.2f}x wall, "
              f"{cpu_big / cpu_shipped:.2f}x CPU  "
              f"target <= 2x; peak memory of a process {peak:,.0f} MiB")
        for done in (done_shipped, done_big):
            if done.returncode:
                print(done.stderr[-1500:])


if __name__ == "__main__":
    main()
