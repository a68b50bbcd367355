"""Wall time of `warclaims run` on the defaults against the floor.

The floor: the same number of one-cell notebooks executed by papermill with the same
parallelism (separate processes, one kernel each), i.e. the cost of starting kernels that
no notebook of ours can avoid. Target: `warclaims run` at most 1.5 times the floor.

Also printed: the first run after the remembered loader results are cleared (the cost of
a run after the ledger or a dataset changed), and the best run with forked kernels
switched off (``WARCLAIMS_FORK_KERNELS=0``: every kernel started afresh), which shows what
the kernel server saves.

Run: ``.venv/bin/python bench/suite.py [--jobs N] [--repeat R]``. Uses the dataset cache as it
is (fill it first with `warclaims fetch` for the full workload); clears only its
``_remembered`` folder.
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat

from warclaims.kernels import ENABLE_ENV
from warclaims.paths import cache_dir
from warclaims.remembered import FOLDER
from warclaims.runner import default_jobs, run, suite


def _one_cell(path: str, out: str) -> None:
    import papermill

    papermill.execute_notebook(path, out, progress_bar=False, log_output=False)


def floor(n: int, jobs: int, scratch: Path) -> float:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    paths = []
    for i in range(n):
        p = scratch / f"floor_{i}.ipynb"
        nbformat.write(nb, p)
        paths.append(p)
    t = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_one_cell, [str(p) for p in paths], [str(p.with_suffix(".out.ipynb")) for p in paths]))
    return time.perf_counter() - t


def timed_run(scratch: Path, name: str, jobs: int) -> float:
    t = time.perf_counter()
    results, _ = run([], [], scratch / name, jobs=jobs, progress=False)
    seconds = time.perf_counter() - t
    assert all(r.ok for r in results), [str(r.failure) for r in results if not r.ok]
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=None, help="default: as warclaims run (two per CPU)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    n = len(suite())
    jobs = max(1, min(args.jobs, n)) if args.jobs else default_jobs(n)
    shutil.rmtree(cache_dir() / FOLDER, ignore_errors=True)
    floors, runs, usual = [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        for i in range(args.repeat):
            floors.append(floor(n, jobs, scratch))
            runs.append(timed_run(scratch, f"run{i}", jobs))
        os.environ[ENABLE_ENV] = "0"
        try:
            for i in range(args.repeat):
                usual.append(timed_run(scratch, f"usual{i}", jobs))
        finally:
            del os.environ[ENABLE_ENV]
    best_floor, best_run = min(floors), min(runs)
    print(f"notebooks: {n}, jobs: {jobs}, best of {args.repeat}")
    print(f"floor (one-cell notebooks via papermill):      {best_floor:6.2f} s")
    print(f"warclaims run (defaults, with HTML/PNG):       {best_run:6.2f} s")
    print(f"  first run, remembered results cleared:       {runs[0]:6.2f} s")
    print(f"  kernels started afresh (no kernel server):   {min(usual):6.2f} s")
    print(f"ratio: {best_run / best_floor:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
