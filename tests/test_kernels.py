"""Kernels forked from the run's kernel server behave as fresh kernels, and the runner never
depends on the server: without it kernels start the usual way."""
from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from queue import Empty

import nbformat
import papermill
import pytest

from warclaims import kernels

pytestmark = pytest.mark.skipif(not kernels.forking_available(), reason="kernels are forked only where os.fork is safe")

PROBE = """
import json, os, sys
import numpy as np
import matplotlib.pyplot as plt
print(json.dumps({
    "parent": os.getppid(),
    "preloaded": "warclaims.views.territory" in sys.modules,
    "cwd": os.getcwd(),
    "mark": os.environ.get("WARCLAIMS_TEST_MARK"),
    "server_env": os.environ.get("WARCLAIMS_KERNEL_SERVER"),
    "random": float(np.random.random()),
}))
fig, ax = plt.subplots()
ax.plot([0, 1], [0, 1])
"""


def _probe(folder: Path, name: str) -> tuple[dict, nbformat.NotebookNode]:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(PROBE)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = folder / f"{name}.ipynb"
    nbformat.write(nb, path)
    out = papermill.execute_notebook(
        str(path), str(folder / f"{name}.out.ipynb"), cwd=str(folder), progress_bar=False,
        kernel_manager_class=kernels.ForkingKernelManager,
    )
    outputs = out.cells[0].outputs
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    return json.loads(text), out


def test_forked_kernels_start_preloaded_and_fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("WARCLAIMS_TEST_MARK", "from the runner")
    with kernels.KernelServer() as server:
        first, executed = _probe(tmp_path, "first")
        second, _ = _probe(tmp_path, "second")
    assert first["parent"] == second["parent"] == server.process.pid
    assert first["preloaded"]
    assert first["cwd"] == str(tmp_path)
    assert first["mark"] == "from the runner"  # the kernel gets the runner's environment...
    assert first["server_env"] is None  # ...but not the server's address
    assert first["random"] != second["random"]  # random state is not shared between forks
    images = [o for o in executed.cells[0].outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1  # figures display inline, as in a fresh kernel
    assert server.process.poll() is not None  # the server stopped with the block


def test_the_server_preloads_the_runs_own_ledger(tmp_path, ledger_copy):
    # A run on another ledger (data_dir) finds it already read in every forked kernel.
    probe = tmp_path / "probe"
    probe.mkdir()
    code = ("import json\nfrom warclaims.ledger import _read_folder\n"
            "print(json.dumps([str(args[0]) for args, _ in _read_folder.held()]))")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, probe / "held.ipynb")
    with kernels.KernelServer(ledger_copy):
        out = papermill.execute_notebook(str(probe / "held.ipynb"), str(probe / "held.out.ipynb"), cwd=str(probe),
                                         progress_bar=False, kernel_manager_class=kernels.ForkingKernelManager)
    held = json.loads("".join(o.get("text", "") for o in out.cells[0].outputs if o.output_type == "stream"))
    assert held == [str(ledger_copy.resolve())]


def test_without_forking_kernels_start_the_usual_way(tmp_path, monkeypatch):
    monkeypatch.setenv(kernels.ENABLE_ENV, "0")
    with kernels.KernelServer() as server:
        assert server.process is None
        probe, _ = _probe(tmp_path, "usual")
    assert probe["parent"] == os.getpid()
    assert not probe["preloaded"]


def test_a_finished_notebook_kernel_is_shut_down_without_an_interrupt(tmp_path, monkeypatch):
    # jupyter_client's own manager sends SIGINT before every shutdown; a kernel still in its
    # last handler then logs "KeyboardInterrupt caught in kernel." to the run's terminal.
    sent = []
    send_signal = kernels.ForkingProvisioner.send_signal

    async def recording(self, signum):
        sent.append(signum)
        await send_signal(self, signum)

    monkeypatch.setattr(kernels.ForkingProvisioner, "send_signal", recording)
    with kernels.KernelServer():
        _probe(tmp_path, "quiet")

    async def interrupted():  # an interrupt asked for by name still reaches the kernel
        km = kernels.ForkingKernelManager(kernel_name="python3")
        await km.start_kernel()
        try:
            await km.interrupt_kernel()
        finally:
            await km.shutdown_kernel()

    asyncio.run(interrupted())
    assert sent == [signal.SIGINT]


def test_a_failed_or_stopped_server_is_not_waited_for(tmp_path):
    address = tmp_path / "server.sock"
    request = {"argv": [], "cwd": str(tmp_path), "env": {}}
    (tmp_path / "server.sock.failed").write_text("RuntimeError: 2 threads running after preloading")
    assert asyncio.run(kernels._request_fork(f"{os.getpid()}:{address}", request)) is None
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (tmp_path / "server.sock.failed").unlink()
    stopped = f"{int(gone.stdout)}:{address}"
    assert asyncio.run(asyncio.wait_for(kernels._request_fork(stopped, request), timeout=5)) is None


def test_only_this_interpreters_ipykernel_is_forked():
    assert kernels._ipykernel_arguments([sys.executable, "-m", "ipykernel_launcher", "-f", "c.json"]) == ["-f", "c.json"]
    assert kernels._ipykernel_arguments(["/usr/bin/R", "--slave", "-e", "IRkernel::main()"]) is None
    assert kernels._ipykernel_arguments(["/nonexistent/python", "-m", "ipykernel_launcher", "-f", "c.json"]) is None


class _FakeKernel:
    """Shell and IOPub channels of a kernel whose first IOPub messages are lost, as when the
    client's subscription is not yet in place (Jupyter enhancement proposal 65)."""

    def __init__(self, lost: int, replies: bool = True) -> None:
        self.lost, self.replies, self.requests = lost, replies, []
        self.shell, self.iopub = asyncio.Queue(), asyncio.Queue()

    def _msg(self, msg_type: str, parent: str, content: dict) -> dict:
        return {"msg_type": msg_type, "parent_header": {"msg_id": parent}, "content": content, "header": {"msg_type": msg_type}}

    def send(self, msg: dict) -> None:  # the client's kernel_info_request arrives
        request = msg["header"]["msg_id"]
        self.requests.append(request)
        if not self.replies:
            return
        if len(self.requests) == 2:  # a late reply to the first request comes first
            self.shell.put_nowait(self._msg("kernel_info_reply", self.requests[0], {"protocol_version": "5.3"}))
        self.shell.put_nowait(self._msg("kernel_info_reply", request, {"protocol_version": "5.3"}))
        if len(self.requests) > self.lost:
            self.iopub.put_nowait(self._msg("status", request, {"execution_state": "busy"}))
            self.iopub.put_nowait(self._msg("stream", "someone else's", {"name": "stdout", "text": "x"}))
            self.iopub.put_nowait(self._msg("status", request, {"execution_state": "idle"}))

    def channel(self, queue: asyncio.Queue):
        fake = self

        class Channel:
            send = staticmethod(fake.send)

            async def get_msg(self, timeout=None):
                try:
                    return await asyncio.wait_for(queue.get(), timeout)
                except asyncio.TimeoutError:
                    raise Empty from None

        return Channel()


def _ready(lost: int, alive: bool = True, timeout: float = 10.0) -> tuple[_FakeKernel, BaseException | None]:
    client = kernels.ReadyKernelClient()
    kernel = _FakeKernel(lost, replies=alive)

    async def is_alive():
        return alive

    async def main():
        client._shell_channel = kernel.channel(kernel.shell)
        client._iopub_channel = kernel.channel(kernel.iopub)
        client._async_is_alive = is_alive
        try:
            await client.wait_for_ready(timeout=timeout)
        except RuntimeError as e:
            return e
        return None

    return kernel, asyncio.run(main())


def test_client_is_ready_once_iopub_delivers_the_idle_status_of_its_own_request():
    kernel, error = _ready(lost=0)
    assert error is None and len(kernel.requests) == 1
    assert kernel.iopub.empty()  # everything published up to the idle status was taken off IOPub


def test_client_asks_again_while_iopub_misses_its_status_and_skips_late_replies():
    kernel, error = _ready(lost=1)
    assert error is None
    assert len(kernel.requests) == 2  # the first answer on IOPub was lost, so it asked once more
    assert kernel.shell.empty()  # the late reply to the first request was read and skipped


def test_client_reports_a_kernel_that_died_before_replying():
    kernel, error = _ready(lost=0, alive=False)
    assert isinstance(error, RuntimeError) and "died" in str(error)
    assert len(kernel.requests) == 1


def test_the_server_reads_a_large_ledger_without_starting_a_thread():
    # The kernel server forks from one thread; pyarrow's CSV reader starts threads, so the server
    # turns it off (tables.ARROW_ALLOWED) and a ledger of any size is read line by line there.
    code = """
from warclaims import kernels, tables
from warclaims.columns import CLAIM_COLUMNS
from warclaims.paths import DATA_DIR
tables.ARROW_FROM_BYTES = 0  # the shipped ledger stands in for one past the size limit
tables.ARROW_ALLOWED = False
frame, lines = tables.read_coded_table(DATA_DIR / "claims.csv", CLAIM_COLUMNS)
assert len(frame) > 900
print(kernels._thread_count())
"""
    # As the server runs: BLAS and jemalloc's purging thread off.
    env = {**os.environ, **{v: "1" for v in kernels.BLAS_THREAD_VARIABLES}, "JE_ARROW_MALLOC_CONF": "background_thread:false"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    threads = int(out.stdout.split()[-1])
    assert threads == 1, threads
