"""Wall time of `warclaims run` on the defaults against the floor.

The floor: the same number of one-cell notebooks executed by papermill with the same
parallelism (separate processes, one kernel each), i.e. the cost of starting kernels that
no notebook of ours can avoid. Target: `warclaims run` at most 1.5 times the floor.

Also printed: the first run after the remembered loader results are cleared (the cost of
a run after the ledger or a dataset changed), and the best run with forked kernels
switched off (``WARCLAIMS_FORK_KERNELS=0``: every kernel started afresh), which shows what
the kernel server saves. And, because both the floor and the run keep every core busy, the
CPU-seconds each uses, beside the CPU-seconds of the work a run must do and the floor does
not, each measured on its own: importing pandas and matplotlib, rendering the suite's
charts to PNG, and exporting the executed notebooks to HTML.

Run: ``.venv/bin/python bench/suite.py [--jobs N] [--repeat R]``. Uses the dataset cache as it
is (fill it first with `warclaims fetch` for the full workload); clears only its
``_remembered`` folder.
"""
from __future__ import annotations

import argparse
import ast
import os
import resource
import shutil
import subprocess
import sys
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


def cpu_seconds() -> float:
    """CPU time of this process and of every finished process it started (kernels included)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measured(step, *args) -> tuple[float, float]:
    """Wall and CPU seconds of ``step(*args)``."""
    cpu, wall = cpu_seconds(), time.perf_counter()
    step(*args)
    return time.perf_counter() - wall, cpu_seconds() - cpu


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


def timed_run(scratch: Path, name: str, jobs: int) -> None:
    results, _ = run([], [], scratch / name, jobs=jobs, progress=False)
    assert all(r.ok for r in results), [str(r.failure) for r in results if not r.ok]


def _in_fresh_python(code: str) -> float:
    """CPU seconds that ``code`` reports from a new interpreter (its start-up left out)."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1])


def import_seconds() -> float:
    """Importing what every chart needs, once: pandas and matplotlib's pyplot."""
    return _in_fresh_python("import time; t = time.process_time(); import pandas, matplotlib.pyplot; "
                            "print(time.process_time() - t)")


def export_seconds(executed: Path) -> float:
    """Exporting a run's executed notebooks to HTML, nbconvert's import included (as the
    command line runs it, without jsonschema's rfc3987_syntax)."""
    return _in_fresh_python(
        "import sys, time; sys.modules['rfc3987_syntax'] = None; import nbformat; "
        "t = time.process_time(); from nbconvert import HTMLExporter; e = HTMLExporter(); "
        f"[e.from_notebook_node(nbformat.read(p, as_version=4)) for p in {sorted(map(str, executed.glob('*.ipynb')))!r}]; "
        "print(time.process_time() - t)")


def chart_seconds(scratch: Path) -> float:
    """CPU seconds to render every chart of the suite to PNG, as the notebooks' cells show them.

    Runs each notebook's code here with its defaults and times only the rendering of the
    figures its cells return, the way IPython's inline display renders them.
    """
    from IPython.core.pylabtools import print_figure
    from matplotlib.figure import Figure

    total = 0.0
    for notebook in suite():
        namespace: dict = {}
        for cell in nbformat.read(notebook, as_version=4).cells:
            if cell.cell_type != "code":
                continue
            body = ast.parse(cell.source).body
            last = body.pop() if body and isinstance(body[-1], ast.Expr) else None
            exec(compile(ast.Module(body, []), notebook.name, "exec"), namespace)
            if "parameters" in cell.metadata.get("tags", []):
                namespace["output_dir"] = str(scratch)  # summaries go to scratch, not reports/
            value = eval(compile(ast.Expression(last.value), notebook.name, "eval"), namespace) if last else None
            if isinstance(value, Figure):
                started = time.process_time()
                print_figure(value, "png", bbox_inches="tight")
                total += time.process_time() - started
    return total


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
            floors.append(measured(floor, n, jobs, scratch))
            runs.append(measured(timed_run, scratch, f"run{i}", jobs))
        os.environ[ENABLE_ENV] = "0"
        try:
            for i in range(args.repeat):
                usual.append(measured(timed_run, scratch, f"usual{i}", jobs))
        finally:
            del os.environ[ENABLE_ENV]
        imports, charts, export = import_seconds(), chart_seconds(scratch), export_seconds(scratch / "run0")
    (best_floor, floor_cpu), (best_run, run_cpu) = min(floors), min(runs)
    print(f"notebooks: {n}, jobs: {jobs}, CPUs: {os.cpu_count()}, best of {args.repeat}")
    print(f"floor (one-cell notebooks via papermill):      {best_floor:6.2f} s  {floor_cpu:5.2f} CPU-s")
    print(f"warclaims run (defaults, with HTML/PNG):       {best_run:6.2f} s  {run_cpu:5.2f} CPU-s")
    print(f"  first run, remembered results cleared:       {runs[0][0]:6.2f} s")
    print(f"  kernels started afresh (no kernel server):   {min(usual)[0]:6.2f} s")
    print(f"ratio: {best_run / best_floor:.2f} (target <= 1.5)")
    print("work the floor does not do, each part measured alone (CPU-s):")
    print(f"  import pandas and matplotlib.pyplot, once:   {imports:6.2f}")
    print(f"  render the suite's charts to PNG:            {charts:6.2f}")
    print(f"  export the executed notebooks to HTML:       {export:6.2f}")
    print(f"  total:                                       {imports + charts + export:6.2f}")


if __name__ == "__main__":
    main()
