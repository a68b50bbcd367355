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
import html
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import datetime, timezone
from pathlib import Path

from .kernels import ForkingKernelManager, KernelServer
from .errors import NotebookFailure, ParameterError, WarclaimsError
from .paths import NOTEBOOKS_DIR, REPORTS_DIR


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
    from .parameters import coerce, validate_parameters

    decls = {nb: declared(nb) for nb in notebooks}
    for name, _ in given:
        if not any(name in d for d in decls.values()):
            known = sorted({n for d in decls.values() for n in d})
            raise ParameterError(f"no selected notebook declares it; declared parameters: {', '.join(known)}", parameter=name)
    plans = {}
    for nb, decl in decls.items():
        params = {name: coerce(name, raw, decl[name]["inferred_type_name"]) for name, raw in given if name in decl}
        params["output_dir"] = str(output_dir)
        defaults = {n: ast.literal_eval(d["default"]) for n, d in decl.items()}
        validate_parameters(**{**defaults, **params})
        plans[nb] = params
    return plans


def _figures(nb, folder: Path) -> list[str]:
    out = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / f"figure-{len(out) + 1}.png"
                path.write_bytes(base64.b64decode(data["image/png"]))
                out.append(str(path))
    return out


@lru_cache(maxsize=1)
def _exporter():
    # Building an exporter loads its templates; one per process is enough.
    from nbconvert import HTMLExporter

    return HTMLExporter()


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


def _execute(notebook: str, output_dir: str, params: dict) -> NotebookResult:
    # Runs in a worker process: papermill starts a kernel for the notebook and writes the
    # executed notebook; the runner's own process exports it (see _export).
    import papermill

    nb_path, out = Path(notebook), Path(output_dir)
    executed = out / nb_path.name
    started = time.perf_counter()
    failure = None
    try:
        papermill.execute_notebook(
            str(nb_path), str(executed), parameters=params, cwd=str(nb_path.parent),
            progress_bar=False, log_output=False, report_mode=False,
            kernel_manager_class=ForkingKernelManager,
        )
    except papermill.PapermillExecutionError as e:
        failure = NotebookFailure(nb_path.stem, e.exec_count, e.ename, e.evalue)
    except Exception as e:  # a kernel that died, a notebook that does not parse
        failure = NotebookFailure(nb_path.stem, None, e.__class__.__name__, str(e))
    seconds = time.perf_counter() - started
    summary = out / f"{nb_path.stem}.summary.json"
    return NotebookResult(nb_path.stem, failure is None, seconds, str(executed), failure=failure,
                          summary=str(summary) if summary.exists() else None)


def _export(result: NotebookResult, out: Path) -> None:
    """Write an executed notebook's charts as PNG files and the notebook as HTML.

    A notebook that cannot be exported is reported as failed; the other notebooks of the
    run are still exported.
    """
    import nbformat

    executed = Path(result.executed)
    if not executed.exists():  # papermill failed before writing anything
        return
    try:
        nb = nbformat.read(executed, as_version=4)
        result.figures = _figures(nb, out / executed.stem)
        body, _ = _exporter().from_notebook_node(nb)
        html_path = out / f"{executed.stem}.html"
        html_path.write_text(body, encoding="utf-8")
        result.html = str(html_path)
    except Exception as e:  # an unreadable notebook, an exporter error, a full disk
        result.ok = False
        result.failure = result.failure or NotebookFailure(result.notebook, None, f"export: {e.__class__.__name__}", str(e))


def _index(results: list[NotebookResult], out: Path, params: list[tuple[str, str]]) -> Path:
    from . import summary

    rows = []
    for r in results:
        rel = lambda p: html.escape(os.path.relpath(p, out))  # noqa: E731
        status = "ok" if r.ok else f"failed: {html.escape(str(r.failure))}"
        links = [f'<a href="{rel(r.html)}">report</a>'] if r.html else []
        links.append(f'<a href="{rel(r.executed)}">notebook</a>')
        if r.summary:
            links.append(f'<a href="{rel(r.summary)}">summary (JSON)</a>')
        figs = "".join(f'<a href="{rel(f)}"><img src="{rel(f)}" height="160"></a> ' for f in r.figures)
        rows.append(f"<tr><td><b>{html.escape(r.notebook)}</b><br>{status}<br>{r.seconds:.1f} s</td>"
                    f"<td>{' · '.join(links)}</td><td>{figs}</td></tr>")
    given = ", ".join(f"{html.escape(n)} = {html.escape(v)}" for n, v in params) or "notebook defaults"
    missing = sorted({m for r in results if r.summary for m in summary.read(r.summary).get("missing_datasets", [])})
    missing_html = ("<p><b>Evidence not available in this run</b> (claims are charted without it):</p><ul>"
                    + "".join(f"<li>{html.escape(m)}</li>" for m in missing) + "</ul>") if missing else ""
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>warclaims run</title>
<style>body{{font-family:sans-serif;margin:2em}}td{{vertical-align:top;padding:.6em;border-bottom:1px solid #ddd}}</style></head>
<body><h1>warclaims run</h1><p>{datetime.now(timezone.utc):%Y-%m-%d %H:%M UTC}. Parameters: {given}.</p>
<p>Every figure in these reports is a claim unless marked as independent evidence; each chart names its claimants and sources.</p>
{missing_html}<table>{''.join(rows)}</table></body></html>"""
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def default_jobs(notebooks: int) -> int:
    """Notebooks run at once unless told otherwise: two per CPU, at most one per notebook.

    A notebook's kernel spends part of its run waiting on messages (start-up, each cell's
    reply, shutdown); a second notebook per CPU uses that time.
    """
    return max(1, min(notebooks, 2 * (os.cpu_count() or 1)))


def _execute_all(notebooks: list[Path], plans: dict[Path, dict], out: Path, jobs: int | None,
                 progress: bool | None) -> list[NotebookResult]:
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
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(_execute, str(nb), str(out), plans[nb]): nb for nb in notebooks}
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
    if bar:
        bar.close()
    return results


def run(names: list[str], given: list[tuple[str, str]], output_dir: Path | None = None, jobs: int | None = None,
        progress: bool | None = None) -> tuple[list[NotebookResult], Path]:
    """Run notebooks and write the report; return the results and the index page.

    Parameters
    ----------
    names : list of str
        Notebooks to run; all of the suite when empty.
    given : list of (name, value)
        Parameters as typed on the command line; checked before anything starts.
    output_dir : Path, optional
        Where to write; ``reports/<UTC timestamp>`` when omitted.
    jobs : int, optional
        Notebooks run at once (default: :func:`default_jobs`, two per CPU).
    progress : bool, optional
        A progress bar (default: when standard error is a terminal); plain lines otherwise.
    """
    notebooks = resolve(names)
    out = Path(output_dir) if output_dir else REPORTS_DIR / datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    out = out.resolve()
    # The kernel server preloads while the parameters are checked; a bad parameter stops it
    # before any notebook starts.
    with KernelServer():
        plans = plan(notebooks, given, out)  # raises before anything runs
        results = _execute_all(notebooks, plans, out, jobs, progress)
    results.sort(key=lambda r: r.notebook)
    index = _index(results, out, given)
    latest = REPORTS_DIR / "latest"
    if out.parent == REPORTS_DIR.resolve():
        try:
            if latest.is_symlink() or latest.exists():
                latest.unlink()
            latest.symlink_to(out.name)
        except OSError:
            pass  # a symlink is a convenience; the run's own folder is what counts
    return results, index
