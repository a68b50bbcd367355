"""Warm kernels for ``warclaims run``: each notebook's kernel is forked from a preloaded one.

Starting a fresh IPython kernel and importing pandas, matplotlib and this library costs
every notebook about two seconds before its first line of work. ``warclaims run`` instead
starts one *kernel server* per run (:class:`KernelServer`): a process that imports those
once and, on request, forks a child that becomes an ordinary IPython kernel on the
connection file it is given. The child has run no user code, so each notebook still gets a
pristine namespace, as with a fresh kernel; only the imports (and the ledger and datasets
read by :func:`warclaims.views.common.preload`) are already done.

Papermill and nbclient stay in charge of the kernel: the runner passes
:class:`ForkingKernelManager` as nbclient's ``kernel_manager_class``, whose provisioner
asks the server for a child instead of starting ``python -m ipykernel_launcher``. Whenever
that is not possible (no ``fork`` on this platform, a kernelspec for another interpreter,
a server that failed to preload or is not answering) the provisioner starts the kernel the
usual way, so the warm path can make a run faster but never makes it fail. Set
``WARCLAIMS_FORK_KERNELS=0`` to always start kernels the usual way. The manager's client
(:class:`ReadyKernelClient`) starts sending cells as soon as the kernel has answered and its
IOPub channel is known to be connected, instead of after 0.2 s of IOPub silence.

The server must fork while it has a single thread (a fork copies only the calling
thread), so it refuses to serve if anything it imported started one.

Nothing the runner starts outlives it, however it ends: the server stops when its standard
input reaches end of file, when its parent changes, or on SIGTERM (and, on Linux, the
kernel sends it SIGTERM when the runner dies: :func:`die_with_parent`); as it stops it
kills the kernels it forked, which also die with it, and removes the run's temporary
folder, which holds its socket and every forked kernel's sockets and connection file.
"""
from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import json
import logging
import os
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from queue import Empty

from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning import LocalProvisioner

log = logging.getLogger(__name__)

#: Environment variable naming the running server as "PID:SOCKET"; inherited by the
#: runner's workers.
SERVER_ENV = "WARCLAIMS_KERNEL_SERVER"
#: Set to "0" to start every kernel the usual way.
ENABLE_ENV = "WARCLAIMS_FORK_KERNELS"
#: What the server imports before it forks anything: the kernel itself and what our
#: notebooks import in their first cell.
PRELOAD = (
    "ipykernel.kernelapp",
    "ipykernel.debugger",  # imported by every kernel as it starts
    "psutil",
    "pandas",
    "matplotlib.pyplot",
    "warclaims.views.territory",
    "warclaims.views.losses",
    "warclaims.views.vehicles",
    "warclaims.views.overview",
    "warclaims.views.places",
    "warclaims.summary",
)
#: Thread-pool sizes read by the BLAS libraries numpy may be built with.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
#: Longest socket path prefix used (a Unix socket path holds at most 107 bytes; the kernel
#: adds a port number to the prefix).
IPC_PATH_LIMIT = 96
#: How long a provisioner watches closely for a kernel to exit after asking it to.
SHUTDOWN_WATCH = 0.5
#: How long a provisioner waits for the server to finish preloading before it gives up on
#: it and starts a kernel the usual way.
READY_TIMEOUT = 60.0
#: How long a client waits for the reply to a kernel_info request before it asks again (as
#: jupyter_client's own client does).
SHELL_REPLY_WAIT = 1.0
#: How long a client waits for IOPub to deliver the idle status of its kernel_info request
#: before it asks again (the subscription may not have been in place when it was published).
IOPUB_IDLE_WAIT = 0.2


#: How often the server checks that the runner that started it is still its parent.
PARENT_CHECK = 0.5
#: ``prctl`` option asking Linux to signal a process when its parent dies (linux/prctl.h).
PR_SET_PDEATHSIG = 1


def die_with_parent(signum: int = signal.SIGTERM) -> bool:
    """Ask Linux to send ``signum`` to this process when its parent dies; False elsewhere.

    A runner killed with SIGKILL runs no clean-up code; this is how its kernel server, its
    workers and the kernels the server forked still stop within moments. The caller must
    still check ``os.getppid()`` once afterwards: a parent that died before the call sends
    nothing.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signum), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def forking_available() -> bool:
    """Whether kernels can be forked here (POSIX ``fork``, and not switched off)."""
    return hasattr(os, "fork") and sys.platform != "darwin" and os.environ.get(ENABLE_ENV, "1") != "0"


# --- the server -------------------------------------------------------------------------

def _thread_count() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        import threading

        return threading.active_count()


#: The kernels this server forked and has not yet collected.
_kernels: set[int] = set()


def _reap(signum, frame) -> None:
    # Children are kernels that papermill shuts down; collect them so none is left a zombie
    # (a zombie would look alive to the provisioner's poll).
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        _kernels.discard(pid)


class _Stop(BaseException):
    """Raised in the server by SIGTERM or SIGHUP: stop serving and clean up."""


def _stop(signum, frame) -> None:
    raise _Stop(signum)


def _kill_kernels() -> None:
    # The kernels run in their own sessions (as kernels started directly do), so nothing
    # else reaches them: kill them rather than leave them for init.
    for pid in list(_kernels):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    _reap(None, None)


def _become_kernel(request: dict) -> None:
    """In a forked child: turn into an IPython kernel as ``python -m ipykernel_launcher`` would."""
    code = 1
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        os.setsid()  # its own process group, as a directly launched kernel has
        # Dies with the server, which dies with the runner (SIGKILL: a kernel stuck in a
        # cell may not heed anything gentler).
        die_with_parent(signal.SIGKILL)
        if os.getppid() != request.get("server", os.getppid()):
            os._exit(1)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        # ipykernel reads the runner's pid from the environment when it is imported, which
        # here was in the server; give it on the command line instead.
        parent = os.environ.get("JPY_PARENT_PID")
        handle = [f"--IPKernelApp.parent_handle={parent}"] if parent else []
        sys.argv = ["ipykernel_launcher", *request["argv"], *handle]
        if "numpy" in sys.modules:
            # Forked children would otherwise share numpy's global random state.
            sys.modules["numpy"].random.seed()
        from ipykernel import kernelapp

        kernelapp.launch_new_instance()
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _read_line(conn: socket.socket) -> bytes:
    data = b""
    while not data.endswith(b"\n"):
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def serve(address: str, ledger: str | None = None) -> None:
    """Preload, then fork a kernel for each request on the Unix socket ``address``.

    ``ledger`` is the run's ledger folder (its ``data_dir``), preloaded in place of the
    shipped one so the notebooks' kernels start with it read.

    The server stops when its standard input closes, when its parent is no longer the
    runner that started it, or on SIGTERM/SIGHUP (sent by Linux when the runner dies, see
    :func:`die_with_parent`); it then kills the kernels it forked and removes the folder
    that holds ``address``. When preloading fails, leaves a thread running, or the socket
    cannot be opened, it writes the reason to ``address + ".failed"`` and stops, and
    provisioners start kernels the usual way.
    """
    parent = os.getppid()
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGHUP, _stop)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the runner's to handle
    die_with_parent(signal.SIGTERM)
    try:
        if os.getppid() != parent or parent == 1:
            return
        _serve(address, ledger)
    except _Stop:
        pass
    finally:
        # Cleaning up once is enough: a second SIGTERM (the runner stopping us as we stop)
        # must not interrupt it.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        _kill_kernels()
        shutil.rmtree(os.path.dirname(address), ignore_errors=True)


def _serve(address: str, ledger: str | None) -> None:
    parent = os.getppid()
    failed = Path(address + ".failed")
    # As ipykernel_launcher does: the kernel's path must not start with the folder it was
    # started from (IPython adds the notebook's own folder later).
    if sys.path and (sys.path[0] == "" or Path(sys.path[0]) == Path.cwd()):
        del sys.path[0]
    try:
        import importlib

        for name in PRELOAD:
            importlib.import_module(name)
        from . import tables
        from .views.common import preload

        tables.ARROW_ALLOWED = False  # pyarrow's reader starts threads, and a fork must come from one
        preload(ledger)
        threads = _thread_count()
        if threads > 1:
            raise RuntimeError(f"{threads} threads running after preloading; forking would be unsafe")
        staging = address + ".staging"
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(staging)
        listener.listen(16)
        os.rename(staging, address)  # appears only once it accepts connections
    except Exception as e:  # anything: the runner must still be able to start kernels
        failed.write_text(f"{e.__class__.__name__}: {e}", encoding="utf-8")
        listener = None
    signal.signal(signal.SIGCHLD, _reap)
    selector = selectors.DefaultSelector()
    if listener is not None:
        selector.register(listener, selectors.EVENT_READ, "request")
    # Without a listener the server still stays until the runner is gone, to remove the
    # run's temporary folder then.
    selector.register(sys.stdin, selectors.EVENT_READ, "parent")
    try:
        while True:
            events = selector.select(PARENT_CHECK)
            if os.getppid() != parent:
                return  # the runner is gone (and its workers were told to close our stdin)
            for key, _ in events:
                if key.data == "parent":
                    if not os.read(sys.stdin.fileno(), 1024):
                        return
                    continue
                conn, _ = listener.accept()
                with conn:
                    try:
                        request = json.loads(_read_line(conn))
                    except ValueError:
                        continue  # not a request of ours; its sender gets no answer and falls back
                    request["server"] = os.getpid()
                    # SIGCHLD and SIGTERM wait while forking, so the new pid is on the
                    # list before it could be collected or the list killed.
                    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP})
                    try:
                        pid = os.fork()
                        if pid == 0:
                            for signum in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP):
                                signal.signal(signum, signal.SIG_DFL)
                            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP})
                            selector.close()
                            listener.close()
                            conn.close()
                            _become_kernel(request)
                        _kernels.add(pid)
                    finally:
                        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP})
                    conn.sendall(json.dumps({"pid": pid}).encode() + b"\n")
    finally:
        if listener is not None:
            listener.close()
        Path(address).unlink(missing_ok=True)


class KernelServer:
    """A kernel server for the length of a ``with`` block (one run of the suite).

    Starts the server process at once so it preloads while the runner does its own setup,
    and exports its socket address through :data:`SERVER_ENV` for the runner's workers.
    """

    def __init__(self, ledger: str | os.PathLike | None = None) -> None:
        self.ledger = ledger  # the run's ledger folder, preloaded instead of the shipped one
        self.process: subprocess.Popen | None = None
        self.folder: str | None = None
        self._previous = None

    def __enter__(self) -> "KernelServer":
        if not forking_available():
            return self
        # One folder for the server's socket and every forked kernel's sockets and connection
        # file; the server removes it as it stops, whoever stops it.
        self.folder = tempfile.mkdtemp(prefix="warclaims-kernels-")
        address = os.path.join(self.folder, "server.sock")
        env = dict(os.environ)
        # As ipykernel does before matplotlib reads its settings: figures show inline.
        env.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
        # numpy's BLAS starts a thread pool on import unless told not to, and the server must
        # stay single-threaded; so kernels forked from it do linear algebra on one thread.
        for name in BLAS_THREAD_VARIABLES:
            env.setdefault(name, "1")
        # pyarrow (which pandas imports when installed) starts jemalloc's purging thread on
        # import unless told not to; remembered tables are read without Arrow's thread pools.
        env.setdefault("JE_ARROW_MALLOC_CONF", "background_thread:false")
        # The debugger warns about frozen modules when imported unless told not to check;
        # ipykernel sets this itself before importing it.
        env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
        # Its own session: a Ctrl-C at the terminal interrupts the runner, which stops the
        # server on its way out, rather than reaching the server mid-fork. Its standard input
        # is a pipe from the runner: end of file there means the runner is gone (the runner's
        # workers close their inherited copies of its write end, see close_inherited).
        self.process = subprocess.Popen(
            [sys.executable, "-m", "warclaims.kernels", address, *([str(self.ledger)] if self.ledger else [])],
            stdin=subprocess.PIPE, env=env, close_fds=True,
            start_new_session=True,
        )
        self._previous = os.environ.get(SERVER_ENV)
        os.environ[SERVER_ENV] = f"{self.process.pid}:{address}"
        return self

    def __exit__(self, *exc) -> None:
        if self.process is None:
            return
        if self._previous is None:
            os.environ.pop(SERVER_ENV, None)
        else:
            os.environ[SERVER_ENV] = self._previous
        # The server kills any kernel still running (after an interrupt) and removes the
        # folder as it stops; SIGTERM only if it does not stop by itself.
        self.process.stdin.close()  # end of file: the server cleans up and stops at once
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.terminate()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)

    def inherited_fd(self) -> int | None:
        """The descriptor of the server's standard input that forked workers inherit."""
        return self.process.stdin.fileno() if self.process is not None and self.process.stdin else None


def close_inherited(fd: int | None) -> None:
    """In a worker forked from the runner: let go of the server's standard input, and die
    with the runner.

    A worker forked after the server started holds a copy of the write end of the server's
    standard input; while any copy is open the server never sees end of file, so a runner
    killed outright would leave the server (and its kernels) running.
    """
    if fd is not None:
        try:
            os.close(fd)
        except OSError:
            pass
    parent = os.getppid()
    die_with_parent(signal.SIGTERM)
    if os.getppid() != parent:
        os._exit(1)


# --- the client side: a provisioner for nbclient's kernel manager ------------------------

class ForkedKernel:
    """A ``subprocess.Popen``-like handle on a kernel the server forked (not our child)."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def _alive(self) -> bool:
        if not _process_exists(self.pid):
            return False
        try:  # exited but not yet collected by the server
            with open(f"/proc/{self.pid}/stat", "rb") as f:
                return f.read().rsplit(b")", 1)[1].split()[0] != b"Z"
        except OSError:
            return True

    def poll(self) -> int | None:
        if self.returncode is None and not self._alive():
            self.returncode = 0  # the server collected it; its exit status is not ours to see
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout)
            time.sleep(0.01)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


def _ipykernel_arguments(cmd: list[str]) -> list[str] | None:
    """The arguments after ``-m ipykernel_launcher`` when ``cmd`` starts this interpreter's kernel."""
    if len(cmd) >= 3 and cmd[1:3] == ["-m", "ipykernel_launcher"]:
        try:
            if os.path.samefile(cmd[0], sys.executable):
                return cmd[3:]
        except OSError:
            return None
    return None


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


async def _request_fork(server: str, request: dict) -> int | None:
    """Ask the server (``"PID:SOCKET"``) for a kernel; None when it cannot give one.

    Waits while the server is still preloading; gives up at once when it has stopped or
    reported a failure, and after :data:`READY_TIMEOUT` seconds.
    """
    pid, _, address = server.partition(":")
    deadline = time.monotonic() + READY_TIMEOUT
    while not os.path.exists(address):
        if not _process_exists(int(pid)) or os.path.exists(address + ".failed") or time.monotonic() > deadline:
            return None
        await asyncio.sleep(0.01)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(10)
        conn.connect(address)
        conn.sendall(json.dumps(request).encode() + b"\n")
        reply = json.loads(_read_line(conn))
    return int(reply["pid"])


class ForkingProvisioner(LocalProvisioner):
    """Starts the kernel by asking the run's kernel server to fork one; else as usual."""

    async def launch_kernel(self, cmd: list[str], **kwargs):
        server = os.environ.get(SERVER_ENV)
        arguments = _ipykernel_arguments(cmd)
        if server and arguments is not None and forking_available():
            cwd = str(kwargs.get("cwd") or Path.cwd())
            env = dict(kwargs.get("env") or os.environ)
            env.pop(SERVER_ENV, None)  # the server is the runner's, not the notebook's
            env.setdefault("JPY_PARENT_PID", str(os.getpid()))  # as jupyter_client's launcher sets it
            try:
                pid = await _request_fork(server, {"argv": arguments, "cwd": cwd, "env": env})
            except (OSError, ValueError, KeyError) as e:
                log.warning("kernel server did not answer (%s); starting the kernel the usual way", e)
                pid = None
            if pid is not None:
                self.process = ForkedKernel(pid)
                self.pid = self.pgid = pid
                self.cwd = cwd
                return self.connection_info
        return await super().launch_kernel(cmd, **kwargs)

    async def shutdown_requested(self, restart: bool = False) -> None:
        await super().shutdown_requested(restart=restart)
        # jupyter_client next checks every 0.1 s whether the kernel has exited; a kernel
        # exits within milliseconds of the request, so look more often for a moment first.
        deadline = time.monotonic() + SHUTDOWN_WATCH
        while self.process is not None and self.process.poll() is None and time.monotonic() < deadline:
            await asyncio.sleep(0.005)


class ReadyKernelClient(AsyncKernelClient):
    """nbclient's kernel client, told the kernel is ready as soon as the protocol says so.

    A kernel is ready when it has answered a ``kernel_info_request`` on the shell channel
    and the IOPub channel has delivered the ``idle`` status for that request: IOPub is then
    subscribed, and every message the kernel published before is already received (the
    handshake described in Jupyter enhancement proposal 65). jupyter_client's own wait ends
    instead when IOPub has been silent for 0.2 s, which adds that much to every notebook of
    a run.
    """

    async def wait_for_ready(self, timeout: float | None = None) -> None:
        deadline = time.monotonic() + (float("inf") if timeout is None else timeout)
        while True:
            request = self.kernel_info()
            reply = await self._reply_to(request, deadline)
            if reply is not None and await self._idle_after(request, IOPUB_IDLE_WAIT):
                self._handle_kernel_info_reply(reply)
                return
            # No reply yet, or IOPub not yet subscribed when the kernel published: ask again.
            if not await self._async_is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kernel didn't respond in {timeout:.0f} seconds")

    async def _reply_to(self, request: str, deadline: float) -> dict | None:
        # Older replies (to requests sent before this one) are skipped.
        wait_until = min(deadline, time.monotonic() + SHELL_REPLY_WAIT)
        while (left := wait_until - time.monotonic()) > 0:
            try:
                msg = await self.shell_channel.get_msg(timeout=left)
            except Empty:
                return None
            if msg["parent_header"].get("msg_id") == request and msg["msg_type"] == "kernel_info_reply":
                return msg
        return None

    async def _idle_after(self, request: str, seconds: float) -> bool:
        wait_until = time.monotonic() + seconds
        while (left := wait_until - time.monotonic()) > 0:
            try:
                msg = await self.iopub_channel.get_msg(timeout=left)
            except Empty:
                return False
            if (msg["msg_type"] == "status" and msg["content"].get("execution_state") == "idle"
                    and msg["parent_header"].get("msg_id") == request):
                return True
        return False


class ForkingKernelManager(AsyncKernelManager):
    """nbclient's kernel manager, with :class:`ForkingProvisioner` as its provisioner and
    :class:`ReadyKernelClient` as its client.

    Where Unix sockets are available the kernel talks to the runner over them instead of
    local TCP ports: kernels started in parallel by separate workers can otherwise pick the
    same free port ("Address already in use"), and nothing else can connect to them.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.client_factory = ReadyKernelClient
        # jupyter_client creates a provisioner only when none is set; set ours up front.
        self.kernel_id = self.kernel_id or str(uuid.uuid4())
        self.provisioner = ForkingProvisioner(kernel_id=self.kernel_id, kernel_spec=self.kernel_spec, parent=self)
        # Within a run, sockets and connection file go in the kernel server's folder, which
        # the server removes however the run ends.
        server = os.environ.get(SERVER_ENV, "")
        folder = os.path.dirname(server.partition(":")[2]) if server else ""
        if not (folder and os.path.isdir(folder)):
            folder = tempfile.gettempdir()
        elif not self.connection_file:
            self.connection_file = os.path.join(folder, f"kernel-{self.kernel_id[:12]}.json")
        prefix = os.path.join(folder, f"warclaims-kernel-{self.kernel_id[:12]}")
        if hasattr(socket, "AF_UNIX") and len(prefix) < IPC_PATH_LIMIT:
            self.transport = "ipc"
            self.ip = prefix  # sockets are prefix-1 ... prefix-5, removed at shutdown

    async def _async_interrupt_kernel(self) -> None:
        # jupyter_client interrupts every kernel before asking it to shut down. A notebook's
        # kernel is shut down once its last cell has finished, so there is nothing to stop;
        # a SIGINT that lands while the kernel is still leaving its last message handler
        # only makes it log "KeyboardInterrupt caught in kernel." to the run's terminal.
        # Interrupts asked for by name (``interrupt_kernel``, as nbclient's timeout uses)
        # go through unchanged.
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()


if __name__ == "__main__":
    try:
        serve(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
    except _Stop:  # stopped while it was already stopping: nothing left to do
        pass
    # Its kernels are gone and its folder removed; tearing down the preloaded imports would
    # only add a third of a second to the end of every run.
    os._exit(0)
