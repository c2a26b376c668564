"""A real `stancegraph serve` for tests: a subprocess on a free loopback port with a temporary store.

`start_stancegraph(root, **settings)` starts the command as a user would (the venv's `stancegraph` script, the
settings as `STANCEGRAPH_*` variables, its own session and working directory), waits for `/health`, and
stops it at the end of the fixture's scope (SIGTERM, then SIGKILL of the whole process tree). `Served`
measures the server from outside: the resident memory of its process tree, `/health` answer times. A
`memory_guard` kills the tree before it can hurt the machine, whatever the server does.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from api.local_server import free_port

START_TIMEOUT = 60.0
STOP_TIMEOUT = 20.0
PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")


def process_resident(pid: int) -> int:
    """Resident bytes of one process, from /proc/PID/statm (measured here, not by the code under test)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0  # the process is gone


def descendants(pid: int) -> list[int]:
    """`pid` and every process below it (read from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    parent = int(stat.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


@dataclass
class Served:
    """A running `stancegraph serve`: its base URL, the pid of the command, its log."""

    base: str
    pid: int
    log: Path
    process: subprocess.Popen[bytes] = field(repr=False)
    # made once (making a client costs 0.1 s), without keep-alive
    client: httpx.Client = field(default_factory=lambda: httpx.Client(limits=httpx.Limits(max_keepalive_connections=0)),
                                 repr=False)

    def resident(self) -> int:
        """Resident bytes of the whole process tree (the command and its workers)."""
        return sum(process_resident(pid) for pid in descendants(self.pid))

    def cpu_seconds(self) -> float:
        """CPU time (user and system) the whole process tree has used so far."""
        total = 0
        for pid in descendants(self.pid):
            try:
                with open(f"/proc/{pid}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
            except (OSError, ValueError, IndexError):
                continue  # the process is gone
        return total / TICKS

    def health(self, timeout: float = 2.0) -> dict[str, Any]:
        """GET /health on a new connection, 200 within `timeout` s; a request that finds its connection
        closed unanswered (its worker was killed as it arrived) is sent again, as a client would."""
        end = time.monotonic() + timeout
        while True:
            try:
                answer = self.client.get(f"{self.base}/health", timeout=max(end - time.monotonic(), 0.01))
                break
            except (httpx.RemoteProtocolError, httpx.ReadError):
                if time.monotonic() >= end:
                    raise
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()
        return result

    def kill(self) -> None:
        """SIGKILL every process of the tree."""
        for pid in descendants(self.pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def stop(self) -> int | None:
        """SIGTERM to the command, as a service manager would; its exit code (None: it had to be killed)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.kill()
            self.process.wait(STOP_TIMEOUT)
            return None


@dataclass
class MemoryPeak:
    """The highest resident memory the guard saw, and whether it had to kill the server."""

    peak: int = 0
    killed: bool = False


@contextmanager
def memory_guard(served: Served, *, cap: int) -> Iterator[MemoryPeak]:
    """Sample the server's resident memory every 50 ms; past `cap` bytes, kill it (the test then fails)."""
    seen = MemoryPeak()
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            seen.peak = max(seen.peak, served.resident())
            if seen.peak > cap and not seen.killed:
                seen.killed = True
                served.kill()

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield seen
    finally:
        done.set()
        thread.join()


def start_stancegraph(root: Path, **settings: Any) -> Served:
    """Start `stancegraph serve` with `settings` (as STANCEGRAPH_* variables) on a store under `root`."""
    root.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("STANCEGRAPH_")}
    env.update({f"STANCEGRAPH_{name.upper()}": str(value) for name, value in settings.items()})
    script = Path(sys.executable).parent / "stancegraph"
    log = root / "serve.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(script), "serve", "--host", "127.0.0.1", "--port", str(port), "--store", str(root / "store")],
            cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    served = Served(f"http://127.0.0.1:{port}", process.pid, log, process)
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            if httpx.get(f"{served.base}/health", timeout=2).status_code == 200:
                return served
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            served.kill()
            raise RuntimeError(f"stancegraph serve did not start:\n{log.read_text()}")
        time.sleep(0.1)
