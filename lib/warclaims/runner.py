"""``warclaims run``: execute the notebook suite with papermill and write a report.

Every given parameter is checked against the notebooks' declared parameters (read with
papermill's ``inspect_notebook``) and against :func:`warclaims.parameters.validate_parameters`
before any notebook starts. Notebooks then run in parallel, each in its own process with
its own kernel; a failing notebook does not stop the others. The kernels are forked from a
kernel server that has already imported pandas, matplotlib and this library and read the
ledger and datasets (:mod:`warclaims.kernels`); each is still a fresh kernel. Per run the output folder
holds each executed notebook, its HTML export, its charts as PNG files, its recorded
summary, and an ``index.html`` linking them.
"""
from __future__ import annotations

import ast
import base64
import itertools
import os
import signal
import sys
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import datetime, timezone
from pathlib import Path

from .kernels import ForkingKernelManager, KernelServer, close_inherited
from .errors import NotebookFailure, ParameterError, WarclaimsError
from .paths import DATA_DIR, NOTEBOOKS_DIR, PACKAGE_DIR, PROJECT_ROOT, REPORTS_DIR


@dataclass
class NotebookResult:
    """What one notebook of a run produced."""

    notebook: str
    ok: bool
    seconds: float
    executed: str
    html: str | None = None
    figures: list[str] = field(default_factory=list)
    summary: str | None = None
    failure: NotebookFailure | None = None
    title: str | None = None
    charts: list[dict] = field(default_factory=list)
    tables: int = 0


def suite() -> list[Path]:
    """The notebooks of the suite, in order (``notebooks/NN_topic.ipynb``)."""
    return sorted(p for p in NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))


def resolve(names: list[str]) -> list[Path]:
    """Turn names ("01_territory", "territory", a path) into notebook paths; unknown names fail."""
    if not names:
        return suite()
    found = []
    for name in names:
        path = Path(name)
        if path.suffix == ".ipynb" and path.is_file():
            found.append(path.resolve())
            continue
        stem = path.stem
        hits = [p for p in suite() if p.stem == stem or p.stem.split("_", 1)[-1] == stem or p.stem.endswith(f"_{stem}")]
        if not hits:
            known = ", ".join(p.stem for p in suite())
            raise WarclaimsError(f"no notebook named {name!r}; the suite has {known}", notebook=name)
        found.extend(hits)
    return list(dict.fromkeys(found))


def declared(notebook: Path) -> dict[str, dict]:
    """The parameters a notebook declares: name -> papermill's type, default and help."""
    import papermill

    return papermill.inspect_notebook(str(notebook))


def plan(notebooks: list[Path], given: list[tuple[str, str]], output_dir: Path) -> dict[Path, dict]:
    """Check the given parameters and return the parameters to pass to each notebook.

    Raises
    ------
    ParameterError
        A name no selected notebook declares, a value of the wrong type, or a value the
        notebooks would reject (a date that does not parse, an unknown area unit).
    """
    from .parameters import SET_BY_RUNNER, coerce, validate_parameters

    decls = {nb: declared(nb) for nb in notebooks}
    for name, _ in given:
        if name in SET_BY_RUNNER:
            raise ParameterError(f"warclaims run sets this itself; use {SET_BY_RUNNER[name]} instead", parameter=name)
        if not any(name in d for d in decls.values()):
            known = sorted({n for d in decls.values() for n in d})
            raise ParameterError(f"no selected notebook declares it; declared parameters: {', '.join(known)}", parameter=name)
    plans = {}
    for nb, decl in decls.items():
        params = {name: coerce(name, raw, decl[name]["inferred_type_name"]) for name, raw in given if name in decl}
        params["output_dir"] = str(output_dir)
        defaults = {n: ast.literal_eval(d["default"]) for n, d in decl.items()}
        checked = validate_parameters(**{**defaults, **params})
        if "claimants" in params:  # aliases resolved: the notebook filters on canonical names
            params["claimants"] = checked.claimants
        plans[nb] = params
    return plans


@lru_cache(maxsize=1)
def _exporter():
    # Building an exporter loads its templates; one per process is enough.
    from nbconvert import HTMLExporter

    from .report import TEMPLATE_NAME, TEMPLATES

    return HTMLExporter(template_name=TEMPLATE_NAME, extra_template_basedirs=[str(TEMPLATES)])


def _warm_exporter() -> None:
    """Export a tiny notebook so templates, Markdown and highlighting are compiled once.

    Called while the first notebooks run, so that exporting them when they finish does
    not wait on it.
    """
    import nbformat

    cells = [
        nbformat.v4.new_markdown_cell("# Title\n\nText with `code`."),
        nbformat.v4.new_code_cell("x = 1\nx", outputs=[
            nbformat.v4.new_output("execute_result", {"text/plain": "1", "text/html": "<b>1</b>"}, execution_count=1),
            nbformat.v4.new_output("display_data", {"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"}),
            nbformat.v4.new_output("stream", name="stdout", text="1\n"),
        ]),
    ]
    _exporter().from_notebook_node(nbformat.v4.new_notebook(cells=cells))


#: Seconds a notebook may run before it is stopped and reported as failed (``--timeout``).
#: The suite's notebooks take seconds each on the shipped ledger; ten minutes leaves room
#: for a slow machine and a long window without letting a stuck cell hold a run for ever.
DEFAULT_TIMEOUT = 600.0


def _execute(notebook: str, output_dir: str, params: dict, timeout: float | None = None) -> NotebookResult:
    # Runs in a worker process: papermill starts a kernel for the notebook and writes the
    # executed notebook; the runner's own process exports it (see _export).
    import papermill
    from nbclient.exceptions import CellTimeoutError

    nb_path, out = Path(notebook), Path(output_dir)
    executed = out / nb_path.name
    started = time.perf_counter()
    failure = None
    cells: list[str] = []  # the code cells started so far, for the failure's cell number
    first_cell: list[float] = []

    def remaining(cell) -> float | None:
        # nbclient asks (more than once) per code cell how long it may take: what is left of
        # the notebook's time, counted from its first cell (starting the kernel has its own
        # limit), never 0, which nbclient reads as "no limit".
        if cell.get("id") not in cells:
            cells.append(cell.get("id"))
        if not timeout:
            return None
        if not first_cell:
            first_cell.append(time.perf_counter())
        return max(0.001, timeout - (time.perf_counter() - first_cell[0]))

    try:
        papermill.execute_notebook(
            str(nb_path), str(executed), parameters=params, cwd=str(nb_path.parent),
            progress_bar=False, log_output=False, report_mode=False,
            kernel_manager_class=ForkingKernelManager, timeout_func=remaining,
        )
    except papermill.PapermillExecutionError as e:
        failure = NotebookFailure(nb_path.stem, e.exec_count, e.ename, e.evalue)
    except CellTimeoutError:
        failure = NotebookFailure(nb_path.stem, len(cells), "Timeout", f"the notebook did not finish within {timeout:g} s "
                                  "(warclaims run --timeout SECONDS to allow longer)")
    except Exception as e:  # a kernel that died, a notebook that does not parse
        failure = NotebookFailure(nb_path.stem, None, e.__class__.__name__, str(e))
    seconds = time.perf_counter() - started
    summary = out / f"{nb_path.stem}.summary.json"
    return NotebookResult(nb_path.stem, failure is None, seconds, str(executed), failure=failure,
                          summary=str(summary) if summary.exists() else None)


def _title(nb, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def _write_outputs(nb, out: Path, stem: str) -> tuple[list[dict], int]:
    """Write each chart (PNG, SVG, CSV, alt text) and table (CSV) of an executed notebook
    into ``<out>/<stem>/`` and note the files, relative to ``out``, in the output's metadata.

    A chart displayed without :mod:`warclaims.display` (no SVG, data or alt text) still gets
    its PNG and a description from its title or the notebook.
    """
    from .report import CHART_MIME, TABLE_MIME

    folder = out / stem
    charts: list[dict] = []
    tables = 0
    rel = lambda p: os.path.relpath(p, out)  # noqa: E731
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                folder.mkdir(parents=True, exist_ok=True)
                base = folder / f"figure-{len(charts) + 1}"
                chart = data.get(CHART_MIME) or {}
                plain = data.get("text/plain", "")
                alt = chart.get("alt") or chart.get("title") or (
                    plain if plain and not plain.startswith("<") else f"Chart {len(charts) + 1} of {stem}")
                files = {"kind": "chart", "alt": alt}
                base.with_suffix(".png").write_bytes(base64.b64decode(data["image/png"]))
                files["png"] = rel(base.with_suffix(".png"))
                if "image/svg+xml" in data:
                    base.with_suffix(".svg").write_text(data["image/svg+xml"], encoding="utf-8")
                    files["svg"] = rel(base.with_suffix(".svg"))
                if chart.get("csv"):
                    base.with_suffix(".csv").write_text(chart["csv"], encoding="utf-8")
                    files["csv"] = rel(base.with_suffix(".csv"))
                base.with_suffix(".txt").write_text(alt + "\n", encoding="utf-8")
                files["txt"] = rel(base.with_suffix(".txt"))
                output.setdefault("metadata", {})["warclaims"] = files
                charts.append(files)
            elif TABLE_MIME in data:
                folder.mkdir(parents=True, exist_ok=True)
                tables += 1
                path = folder / f"table-{tables}.csv"
                path.write_text(data[TABLE_MIME], encoding="utf-8")
                output.setdefault("metadata", {})["warclaims"] = {"kind": "table", "csv": rel(path)}
    return charts, tables


def _export(result: NotebookResult, out: Path) -> None:
    """Write an executed notebook's charts and tables as files and the notebook as a report page.

    A notebook that cannot be exported is reported as failed; the other notebooks of the
    run are still exported.
    """
    import nbformat

    executed = Path(result.executed)
    if not executed.exists():  # papermill failed before writing anything
        return
    try:
        nb = nbformat.read(executed, as_version=4)
        result.charts, result.tables = _write_outputs(nb, out, executed.stem)
        result.figures = [str(out / c["png"]) for c in result.charts]
        result.title = _title(nb, result.notebook)
        nb.metadata["warclaims"] = {
            "notebook": result.notebook, "title": result.title, "executed": os.path.relpath(executed, out),
            "summary": os.path.relpath(result.summary, out) if result.summary else None,
            "failure": str(result.failure) if result.failure else None,
        }
        body, _ = _exporter().from_notebook_node(nb)
        html_path = out / f"{executed.stem}.html"
        html_path.write_text(body, encoding="utf-8")
        result.html = str(html_path)
    except Exception as e:  # an unreadable notebook, an exporter error, a full disk
        result.ok = False
        result.failure = result.failure or NotebookFailure(result.notebook, None, f"export: {e.__class__.__name__}", str(e))


def _parameters_used(notebooks: list[Path], given: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each parameter as the run used it: the value given, else each notebook's default."""
    given_map = dict(given)
    decls = {nb.stem: declared(nb) for nb in notebooks}
    names = list(dict.fromkeys(n for d in decls.values() for n in d if n != "output_dir"))
    rows = []
    for name in names:
        if name in given_map:
            rows.append((name, f"{given_map[name]} (given)"))
            continue
        values = {stem: ast.literal_eval(d[name]["default"]) for stem, d in decls.items() if name in d}
        shown = {stem: _shown_default(name, v) for stem, v in values.items()}
        if len(set(shown.values())) == 1:
            rows.append((name, next(iter(shown.values()))))
        else:
            rows.append((name, "; ".join(f"{stem}: {v}" for stem, v in shown.items())))
    return rows


def _shown_default(name: str, value) -> str:
    if name == "data_dir" and not value:
        return "the shipped ledger (data/)"
    if name == "claimants" and not value:
        return "all"
    if name == "region" and not value:
        return "all regions"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _datasets_used(missing: list[str]) -> list[dict]:
    """The registered datasets with commit, newest date covered, and whether this run had them."""
    from . import datasets

    rows = []
    registry = datasets.registry()
    for row in datasets.status():
        ds = registry.get(row["dataset"])
        absent = any(f"'{row['dataset']}'" in m for m in missing) or row["cached"] != "yes"
        rows.append({"name": getattr(ds, "title", None) or row["dataset"], "url": getattr(ds, "address", None),
                     "evidence": row["evidence"].replace("_", " "), "commit": row["commit"],
                     "as_of": row["as_of"] or "\N{EN DASH}", "state": "missing" if absent else "used"})
    return rows


def _missing_once(notes: list[str]) -> list[dict]:
    """The notebooks' missing-dataset notes, one per dataset: its title and how to get it."""
    import re

    try:
        from . import datasets

        titles = {name: ds.title for name, ds in datasets.registry().items()}
    except Exception:
        titles = {}
    seen: dict[str, dict] = {}
    for note in notes:
        m = re.search(r"dataset '([^']+)'", note)
        if m is None:
            seen.setdefault(note, {"title": note, "fetch": None})
            continue
        name = m.group(1)
        seen.setdefault(name, {"title": titles.get(name, name), "fetch": f"warclaims fetch {name}"})
    return sorted(seen.values(), key=lambda d: d["title"])


def _ledger_commit() -> str | None:
    import subprocess

    try:
        head = subprocess.run(["git", "-C", str(PROJECT_ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=5)
        dirty = subprocess.run(["git", "-C", str(PROJECT_ROOT), "status", "--porcelain", "--", "data"],
                               capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    if head.returncode != 0:
        return None
    return head.stdout.strip() + (" with uncommitted changes to data/" if dirty.stdout.strip() else "")


def _index(results: list[NotebookResult], out: Path, params: list[tuple[str, str]],
           notebooks: list[Path] | None = None) -> Path:
    from . import summary
    from .report import render_index

    rel = lambda p: os.path.relpath(p, out)  # noqa: E731
    missing = sorted({m for r in results if r.summary for m in summary.read(r.summary).get("missing_datasets", [])})
    try:
        datasets_rows = _datasets_used(missing)
    except Exception:  # a damaged registry must not cost the run its index
        datasets_rows = []
    missing = _missing_once(missing)
    rows = [{
        "title": getattr(r, "title", None) or r.notebook, "ok": r.ok, "seconds": f"{r.seconds:.1f} s",
        "html": rel(r.html) if r.html else None, "executed": rel(r.executed),
        "summary": rel(r.summary) if r.summary else None, "failure": str(r.failure) if r.failure else None,
        "figures": [{"png": c["png"], "alt": c["alt"]} for c in getattr(r, "charts", [])],
    } for r in results]
    data_dir = dict(params).get("data_dir")
    page = render_index(
        out, started=f"{datetime.now(timezone.utc):%d %b %Y, %H:%M} UTC", results=rows,
        failed=[r for r in rows if not r["ok"]], missing=missing,
        parameters=_parameters_used(notebooks, params) if notebooks else list(params),
        ledger=data_dir or "data/ (shipped with warclaims)", ledger_commit=None if data_dir else _ledger_commit(),
        datasets=datasets_rows,
    )
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def default_jobs(notebooks: int) -> int:
    """Notebooks run at once unless told otherwise: two per CPU, at most one per notebook.

    A notebook's kernel spends part of its run waiting on messages (start-up, each cell's
    reply, shutdown); a second notebook per CPU uses that time.
    """
    return max(1, min(notebooks, 2 * (os.cpu_count() or 1)))


def _worker_start(server_fd: int | None) -> None:
    # In each worker: Ctrl-C is the runner's to handle (a worker interrupted mid-message
    # would print the messaging library's traceback), the server's stdin is let go, and
    # the worker dies with the runner.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the runner's handler, inherited by the fork
    close_inherited(server_fd)
    # nbclient logs a timed-out cell through papermill's logger; the runner reports it once.
    import logging

    logging.getLogger("papermill").setLevel(logging.CRITICAL)


class Interrupted(WarclaimsError):
    """The run was stopped by Ctrl-C or SIGTERM; every process it started has been stopped."""


def _raise_interrupted(signum, frame) -> None:
    raise KeyboardInterrupt


def _execute_all(notebooks: list[Path], plans: dict[Path, dict], out: Path, jobs: int | None,
                 progress: bool | None, timeout: float | None, server_fd: int | None) -> list[NotebookResult]:
    out.mkdir(parents=True, exist_ok=True)
    jobs = max(1, min(jobs, len(notebooks))) if jobs else default_jobs(len(notebooks))
    progress = sys.stderr.isatty() if progress is None else progress
    # Load papermill once here: the worker processes are forked from this one and start
    # with it imported.
    import papermill  # noqa: F401

    results: list[NotebookResult] = []
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(notebooks), desc="warclaims run", unit="notebook")
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start, initargs=(server_fd,))
    try:
        futures = {pool.submit(_execute, str(nb), str(out), plans[nb], timeout): nb for nb in notebooks}
        # The HTML exporter loads while the kernel server preloads and the first notebooks
        # run, instead of before the workers start; each executed notebook is then
        # exported here as it arrives.
        _warm_exporter()
        for future in as_completed(futures):
            r = future.result()
            _export(r, out)
            results.append(r)
            line = f"{r.notebook}: {'ok' if r.ok else 'FAILED'} ({r.seconds:.1f} s)"
            if bar:
                bar.set_postfix_str(line)
                bar.update()
            else:
                print(line, flush=True)
    except BaseException:
        # Interrupted (or broken): stop the workers now rather than wait for their notebooks;
        # the kernel server, stopped by the caller, kills the kernels it forked.
        workers = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for w in workers:
            if w.is_alive():
                w.kill()
        for w in workers:
            w.join(5)
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        if bar:
            bar.close()
    return results


def protected_folders(data_dir: Path | None = None) -> dict[Path, str]:
    """Folders a run must never write into: the ledger, the dataset sidecars and cache, the notebooks."""
    from .paths import cache_dir

    folders = {DATA_DIR: "the shipped ledger and dataset sidecars", NOTEBOOKS_DIR: "the notebook suite",
               PACKAGE_DIR: "the warclaims package", cache_dir(): "the dataset cache"}
    mirror = os.environ.get("WARCLAIMS_MIRROR")
    if mirror:
        folders[Path(mirror)] = "the dataset mirror (WARCLAIMS_MIRROR)"
    if data_dir:
        folders[Path(data_dir)] = "the ledger the run reads (data_dir)"
    return {Path(os.path.realpath(f)): why for f, why in folders.items()}


def check_output_folder(out: Path, data_dir: Path | None = None) -> Path:
    """Return ``out`` made absolute; refuse a folder inside the ledger, the datasets or the notebooks.

    Raises
    ------
    ParameterError
        Naming ``--out`` and the folder it would have written into.
    """
    resolved = Path(os.path.realpath(out))
    for folder, why in protected_folders(data_dir).items():
        if resolved == folder or folder in resolved.parents:
            raise ParameterError(f"{resolved} is inside {folder} ({why}); reports would be written among its files. "
                                 "Choose a folder outside it, e.g. reports/NAME", parameter="--out", value=str(out))
    if resolved.exists() and not resolved.is_dir():
        raise ParameterError(f"{resolved} exists and is not a folder", parameter="--out", value=str(out))
    return resolved


def new_report_folder(root: Path | None = None) -> Path:
    """Create and return a new folder ``<root>/<UTC time>``; never one another run has.

    Two runs started in the same second get ``...-HHMMSS`` and ``...-HHMMSS-2``: creating a
    folder is atomic, so exactly one run gets each name.
    """
    root = root or REPORTS_DIR
    root.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    for n in itertools.count(1):
        folder = root / (stamp if n == 1 else f"{stamp}-{n}")
        try:
            folder.mkdir()
            return folder.resolve()
        except FileExistsError:
            continue
    raise AssertionError("unreachable")


def point_latest(folder: Path, root: Path | None = None) -> None:
    """Point ``<root>/latest`` at ``folder`` in one step: readers see the old run or the new one.

    A new link is made beside it and renamed over it (rename replaces atomically), so there
    is no moment without ``latest``, and two runs finishing together leave a whole link.
    """
    root = root or REPORTS_DIR
    latest = root / "latest"
    staging = root / f".latest-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        staging.symlink_to(folder.name)
        os.replace(staging, latest)
    except OSError:
        staging.unlink(missing_ok=True)  # a link is a convenience; the run's own folder is what counts


def run(names: list[str], given: list[tuple[str, str]], output_dir: Path | None = None, jobs: int | None = None,
        progress: bool | None = None, timeout: float | None = DEFAULT_TIMEOUT) -> tuple[list[NotebookResult], Path]:
    """Run notebooks and write the report; return the results and the index page.

    Parameters
    ----------
    names : list of str
        Notebooks to run; all of the suite when empty.
    given : list of (name, value)
        Parameters as typed on the command line; checked before anything starts.
    output_dir : Path, optional
        Where to write; a new ``reports/<UTC timestamp>`` when omitted. Refused when inside
        the ledger, the dataset sidecars or cache, or the notebooks (:func:`check_output_folder`).
    jobs : int, optional
        Notebooks run at once (default: :func:`default_jobs`, two per CPU).
    progress : bool, optional
        A progress bar (default: when standard error is a terminal); plain lines otherwise.
    timeout : float, optional
        Seconds each notebook may run (default :data:`DEFAULT_TIMEOUT`); a notebook that
        takes longer is stopped and reported as failed. None for no limit.

    Raises
    ------
    Interrupted
        On Ctrl-C or SIGTERM, once every worker, kernel and temporary file is gone.
    """
    notebooks = resolve(names)
    data_dir = dict(given).get("data_dir") or None
    if data_dir and not Path(data_dir).is_absolute():
        data_dir = PROJECT_ROOT / data_dir
    if output_dir:
        check_output_folder(Path(output_dir), data_dir)
    # SIGTERM stops a run as Ctrl-C does: workers, kernels and the server's folder go with it.
    previous = signal.signal(signal.SIGTERM, _raise_interrupted) if threading.current_thread() is threading.main_thread() else None
    try:
        # The kernel server preloads while the parameters are checked; a bad parameter stops
        # it before any notebook starts.
        with KernelServer(data_dir) as server:
            plans = plan(notebooks, given, Path("."))  # raises before anything runs
            out = check_output_folder(Path(output_dir), data_dir) if output_dir else new_report_folder()
            for params in plans.values():
                params["output_dir"] = str(out)
            results = _execute_all(notebooks, plans, out, jobs, progress, timeout, server.inherited_fd())
    except KeyboardInterrupt:
        raise Interrupted("interrupted; the notebooks still running were stopped and no report was written") from None
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    results.sort(key=lambda r: r.notebook)
    index = _index(results, out, given, notebooks)
    if out.parent == REPORTS_DIR.resolve():
        point_latest(out)
    return results, index
