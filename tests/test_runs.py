"""Fault tests for `warclaims run` (issue 12): report folders, output folders, orphans,
timeouts, interrupts, the private jupyter_client API the kernels override, and parameters
refused up front."""
from __future__ import annotations

import inspect
import os
import re
import signal
import subprocess
import tempfile
import sys
import threading
import time
from pathlib import Path

import nbformat
import pytest

from warclaims import runner
from warclaims.errors import ParameterError
from warclaims.paths import DATA_DIR, NOTEBOOKS_DIR, PROJECT_ROOT

pytestmark = pytest.mark.faults

PARAMETERS = '''start_date: str = "2022-09-06"  # First day
end_date: str = "2022-09-12"  # Last day
claimants: list = []  # Claimants
area_unit: str = "km2"  # Unit
region: str = ""  # Region
data_dir: str = ""  # Ledger folder
output_dir: str = ""  # Output folder
'''


def tiny_notebook(folder: Path, name: str, *cells: str) -> Path:
    """A notebook with the suite's parameters cell and the given code cells."""
    first = nbformat.v4.new_code_cell(PARAMETERS)
    first.metadata["tags"] = ["parameters"]
    nb = nbformat.v4.new_notebook(cells=[first, *(nbformat.v4.new_code_cell(c) for c in cells)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = folder / f"{name}.ipynb"
    nbformat.write(nb, path)
    return path


# --- 4. unique report folders, atomic `latest` ------------------------------------------

def test_two_runs_in_the_same_second_get_their_own_folders(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    monkeypatch.setattr(runner, "REPORTS_DIR", reports)

    class Frozen(runner.datetime):
        @classmethod
        def now(cls, tz=None):
            return runner.datetime(2026, 11, 27, 12, 0, 0, tzinfo=tz)

    monkeypatch.setattr(runner, "datetime", Frozen)
    monkeypatch.setenv("WARCLAIMS_FORK_KERNELS", "0")
    nb = tiny_notebook(tmp_path, "01_tiny", "x = 1")
    (_, first), (_, second) = (runner.run([str(nb)], [], progress=False) for _ in range(2))
    assert first.parent != second.parent, "both runs wrote into one report folder"
    assert {first.parent.name, second.parent.name} == {"20261127-120000", "20261127-120000-2"}
    assert os.readlink(reports / "latest") == second.parent.name


def test_latest_is_never_missing_while_it_is_repointed(tmp_path):
    folders = [tmp_path / f"run-{i}" for i in range(2)]
    for f in folders:
        f.mkdir()
    runner.point_latest(folders[0], tmp_path)
    seen_missing, stop = [], threading.Event()

    def watch():
        while not stop.is_set():
            if not os.path.lexists(tmp_path / "latest"):
                seen_missing.append(1)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for i in range(2000):
            runner.point_latest(folders[i % 2], tmp_path)
    finally:
        stop.set()
        watcher.join()
    assert not seen_missing, f"reports/latest was missing {len(seen_missing)} times"
    assert os.readlink(tmp_path / "latest") == "run-1"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".latest")]


# --- 5. output folders that would break the tool ---------------------------------------

@pytest.mark.parametrize("out", ["data", "data/datasets", "data/nested/reports", "notebooks", "lib/warclaims"])
def test_output_inside_the_ledger_datasets_or_notebooks_is_refused(out):
    before = sorted(p.name for p in DATA_DIR.rglob("*"))
    cli = subprocess.run([sys.executable, "-m", "warclaims.cli", "run", "04_claims_overview", "--out", out],
                         capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert cli.returncode == 1
    assert "--out" in cli.stderr and "Traceback" not in cli.stderr
    assert sorted(p.name for p in DATA_DIR.rglob("*")) == before
    assert not (PROJECT_ROOT / out / "index.html").exists()


def test_output_inside_the_dataset_cache_or_the_given_ledger_is_refused(tmp_path, ledger_copy, isolated_cache):
    for out, given in ((isolated_cache / "reports", []), (ledger_copy / "out", [("data_dir", str(ledger_copy))])):
        with pytest.raises(ParameterError) as e:
            runner.run(["04_claims_overview"], given, out, progress=False)
        assert e.value.context["parameter"] == "--out"
        assert not out.exists()


# --- 6. orphans, timeouts, interrupts ----------------------------------------------------

def _descendants(pid: int) -> list:
    import psutil

    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _start_stuck_run(tmp_path: Path, extra_env: dict | None = None):
    nb = tiny_notebook(tmp_path, "01_stuck", "import time\nwhile True:\n    time.sleep(0.05)")
    out = tmp_path / "out"
    # A short temporary folder: Unix socket paths are limited to 107 bytes.
    temp = Path(tempfile.mkdtemp(prefix="wc-", dir="/tmp"))
    env = {**os.environ, "TMPDIR": str(temp), **(extra_env or {})}
    # Ctrl-C's default action, as a terminal's program has it: a harness started in the
    # background (`cmd &` in a script) ignores SIGINT, and its children would inherit that.
    proc = subprocess.Popen([sys.executable, "-m", "warclaims.cli", "run", str(nb), "--out", str(out)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # Wait until the notebook's kernel is running its endless cell.
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        executed = out / "01_stuck.ipynb"
        if executed.exists() and '"running"' in executed.read_text(errors="replace"):
            break
        time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("the stuck notebook never started")
    time.sleep(0.5)
    return proc, temp


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_nothing_the_runner_started_outlives_it(tmp_path, how):
    import psutil

    proc, temp = _start_stuck_run(tmp_path)
    started = _descendants(proc.pid)
    assert any("warclaims.kernels" in " ".join(p.cmdline()) for p in started), "the kernel server was not used"
    proc.send_signal(how)
    proc.communicate(timeout=30)
    _, alive = psutil.wait_procs(started, timeout=8)
    alive = [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    for p in alive:
        p.kill()
    assert not alive, f"still running {8} s after {how.name}: {[' '.join(p.cmdline())[:80] for p in alive]}"
    left = list(temp.rglob("*"))
    temp.rmdir() if not left else None
    assert not left, f"left in the temporary folder: {left}"


def test_ctrl_c_prints_one_line_and_stops_everything(tmp_path):
    import psutil

    proc, temp = _start_stuck_run(tmp_path)
    started = _descendants(proc.pid)
    # A terminal's Ctrl-C reaches the runner and its workers (its process group).
    proc.send_signal(signal.SIGINT)
    for w in started:
        try:
            if os.getpgid(w.pid) == os.getpgid(proc.pid):
                w.send_signal(signal.SIGINT)
        except (OSError, psutil.NoSuchProcess):
            pass
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert [line for line in err.splitlines() if line.strip()] == [
        "warclaims run: interrupted; the notebooks still running were stopped and no report was written"]
    _, alive = psutil.wait_procs(started, timeout=8)
    assert not [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert not list(temp.rglob("*"))
    temp.rmdir()


def test_a_notebook_that_runs_too_long_is_stopped_and_reported_as_failed(tmp_path):
    stuck = tiny_notebook(tmp_path, "01_stuck", "x = 1", "import time\nwhile True:\n    time.sleep(0.05)")
    fine = tiny_notebook(tmp_path, "02_fine", "y = 2")
    out = tmp_path / "out"
    started = time.monotonic()
    cli = subprocess.run([sys.executable, "-m", "warclaims.cli", "run", str(stuck), str(fine), "--out", str(out),
                          "--timeout", "6"], capture_output=True, text=True, timeout=120)
    assert time.monotonic() - started < 60
    assert cli.returncode == 1
    assert "01_stuck: cell 4: Timeout: the notebook did not finish within 6 s" in cli.stderr
    assert "02_fine" not in cli.stderr
    assert "failed" in (out / "index.html").read_text()


def test_run_has_a_timeout_by_default():
    assert inspect.signature(runner.run).parameters["timeout"].default == runner.DEFAULT_TIMEOUT > 0
    from warclaims import cli

    assert cli.DEFAULT_TIMEOUT == runner.DEFAULT_TIMEOUT


# --- 7. the private jupyter_client API the kernels override -----------------------------

#: Private methods of jupyter_client that warclaims.kernels overrides or calls, with the
#: signatures it was written against (jupyter_client 8).
PRIVATE_API = {
    ("jupyter_client.manager", "AsyncKernelManager", "_async_interrupt_kernel"): "(self) -> None",
    ("jupyter_client.client", "KernelClient", "_async_is_alive"): "(self) -> bool",
    ("jupyter_client.client", "KernelClient", "_handle_kernel_info_reply"): "(self, msg: Dict[str, Any]) -> None",
}


def test_jupyter_client_is_pinned_to_the_major_version_the_kernels_override():
    import jupyter_client

    requirements = (PROJECT_ROOT / "requirements.txt").read_text()
    pin = re.search(r"^jupyter_client>=(\d+)[.\d]*,<(\d+)", requirements, re.M)
    assert pin, "requirements.txt must pin jupyter_client to one major version (warclaims.kernels overrides its private methods)"
    major = int(jupyter_client.__version__.split(".")[0])
    assert (int(pin.group(1)), int(pin.group(2))) == (major, major + 1)


@pytest.mark.parametrize("where", sorted(PRIVATE_API))
def test_the_private_jupyter_client_methods_are_unchanged(where):
    import importlib

    module, cls, method = where
    found = getattr(getattr(importlib.import_module(module), cls), method, None)
    assert found is not None, (
        f"jupyter_client no longer has {cls}.{method}, which warclaims.kernels overrides or calls; "
        "review ForkingKernelManager and ReadyKernelClient against the new jupyter_client before moving the pin")
    assert str(inspect.signature(found)) == PRIVATE_API[where], (
        f"jupyter_client changed {cls}.{method}{inspect.signature(found)} (was {PRIVATE_API[where]}); "
        "review warclaims.kernels before moving the pin")


def test_the_kernels_override_only_the_private_methods_listed_here():
    from jupyter_client.asynchronous import AsyncKernelClient
    from jupyter_client.manager import AsyncKernelManager

    from warclaims import kernels

    for ours, theirs in ((kernels.ForkingKernelManager, AsyncKernelManager), (kernels.ReadyKernelClient, AsyncKernelClient)):
        overridden = {n for n, v in vars(ours).items() if inspect.isfunction(v) and n.startswith("_") and not n.startswith("__") and hasattr(theirs, n)}
        assert overridden <= {m for _, _, m in PRIVATE_API}, f"{ours.__name__} overrides unlisted private methods {overridden}"
    source = inspect.getsource(kernels)
    for _, _, method in PRIVATE_API:
        assert method in source


# --- 11. values refused up front ---------------------------------------------------------

@pytest.mark.parametrize("given,parameter,words", [
    ([("region", "UA-99")], "region", "UA-99"),
    ([("region", "RU-ZZ")], "region", "known regions"),
    ([("claimants", "Nobody In Particular")], "claimants", "Nobody In Particular"),
    ([("claimants", "Volodymyr Zelensky,Nobody")], "claimants", "'Nobody'"),
    ([("output_dir", "/tmp/elsewhere")], "output_dir", "--out"),
])
def test_unknown_values_and_runner_parameters_are_refused_before_anything_runs(tmp_path, given, parameter, words):
    out = tmp_path / "never"
    with pytest.raises(ParameterError) as e:
        runner.run(["01_territory", "04_claims_overview"], given, out, progress=False)
    assert e.value.context["parameter"] == parameter
    assert words in str(e.value)
    assert not out.exists()


def test_a_claimant_written_as_an_alias_resolves_to_its_canonical_name():
    plans = runner.plan([NOTEBOOKS_DIR / "04_claims_overview.ipynb"], [("claimants", "zelensky,General Staff")], Path("."))
    assert list(plans.values())[0]["claimants"] == ["Volodymyr Zelensky", "General Staff of the Armed Forces of Ukraine"]


def test_the_command_line_names_the_refused_parameter():
    cli = subprocess.run([sys.executable, "-m", "warclaims.cli", "run", "-p", "region", "UA-99"],
                         capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert cli.returncode == 1 and "Traceback" not in cli.stderr
    assert cli.stderr.startswith("warclaims run: error: parameter 'region': ")
