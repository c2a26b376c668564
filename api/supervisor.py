"""`stancegraph serve`: a supervisor that owns the listening socket and replaces a runaway service worker.

pyoxigraph cannot cancel a query. A query that computes before it writes (ORDER BY, GROUP BY, COUNT over a
huge join) runs on after its client got its 503, holding a core, a query slot and, for ORDER BY, memory that
grows by a few hundred MB a second. The only way to stop it is to end its process, so the HTTP service runs
in a worker process (`api/service_worker.py`) that the supervisor watches and replaces (SIGKILL, wait until
it is reaped, fork a new one) when:

- its resident memory passes `STANCEGRAPH_MAX_SERVICE_MEMORY_MB` (its computing queries are answered 503
  first, within 0.3 s, then it is killed),
- a query has held its slot more than `STANCEGRAPH_RUNAWAY_GRACE` seconds past its deadline (the worker's
  beats say how late its most overdue query is; it first stops accepting and gets up to `DRAIN` seconds to
  answer the requests it has read), or
- it exited on its own.

The supervisor binds the socket before the first worker and keeps it open, so during a replacement new
connections wait in the kernel's backlog and are answered by the next worker (once it has opened the store:
the kernel releases RocksDB's lock when the old process dies). Requests in flight in the replaced worker
lose their connection. Acknowledged writes are already in RocksDB's write-ahead log (written to the kernel
before the answer), which a killed process cannot lose; the next worker replays it as it opens the store.

The app is built once, in the supervisor, before any fork: every module is imported once, and a
replacement costs a fork and the opening of the store, not the 2-3 s of imports. The supervisor itself
starts no thread and never opens the store, so forking it is safe.
"""
from __future__ import annotations

import logging
import os
import select
import signal
import socket
import time
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

import orjson

from api.service_worker import DRAIN_SIGNAL, MEMORY_SIGNAL, Beat, WorkerInfo, prepare, run_worker
from graph.errors import StancegraphError
from graph.settings import Settings

POLL_INTERVAL = 0.1  # seconds between the supervisor's looks at its worker
DRAIN = 1.0  # seconds a replaced worker gets to answer the requests it has accepted
MEMORY_ANSWER = 0.3  # seconds a worker past its memory limit gets to answer its computing queries (503)
STOP_WAIT = 15.0  # seconds a stopping worker gets to finish its requests and flush the store
BACKLOG = 2048  # connections the kernel holds while no worker accepts (during a replacement)

log = logging.getLogger("stancegraph.serve")


class WorkerFailed(StancegraphError):
    """The service worker could not start (the store cannot be opened, the app failed at start-up ...)."""


def resident_bytes(pid: int) -> int | None:
    """The resident memory of process `pid` (Linux's /proc); None when it is gone or /proc is missing."""
    try:
        with open(f"/proc/{pid}/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def listen(host: str, port: int) -> socket.socket:
    """The service's listening socket (SO_REUSEADDR; IPv6 when `host` is an IPv6 address)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family, backlog=BACKLOG)


@dataclass
class Worker:
    """One service worker process as the supervisor sees it: its pid and the last of its beats."""

    pid: int
    beats: int  # read end of the beat pipe
    generation: int
    started: float = field(default_factory=time.monotonic)
    ready: bool = False
    announced: bool = False
    error: str | None = None
    triples: int | None = None
    late: float = 0.0  # seconds its most overdue query is past its deadline, as of the last beat
    status: int | None = None  # wait status, once reaped
    _partial: bytes = b""

    def read_beats(self) -> None:
        """Take every beat waiting in the pipe."""
        while True:
            try:
                data = os.read(self.beats, 65536)
            except BlockingIOError:
                return
            if not data:
                return
            *lines, self._partial = (self._partial + data).split(b"\n")
            for line in lines:
                beat = Beat(**orjson.loads(line))
                self.error = beat.error or self.error
                if beat.ready:
                    self.ready, self.triples = True, beat.triples
                self.late = beat.late

    def poll_exit(self) -> bool:
        """True once the process has ended (it is then reaped)."""
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.status = status
        return self.status is not None

    def wait(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the process to end; True when it has."""
        end = time.monotonic() + timeout
        while not self.poll_exit():
            if time.monotonic() >= end:
                return False
            time.sleep(0.02)
        return True

    def exit_reason(self) -> str:
        status = self.status or 0
        if os.WIFSIGNALED(status):
            return f"it was killed by signal {os.WTERMSIG(status)}"
        return f"it exited with status {os.waitstatus_to_exitcode(status)}"


@dataclass(frozen=True, slots=True)
class Replacement:
    """Why a worker is replaced, and whether it may first answer the requests it has accepted."""

    reason: str
    drain: bool


class Supervisor:
    """Runs service workers on `sock` one after another until asked to stop (SIGTERM or SIGINT)."""

    def __init__(self, settings: Settings, sock: socket.socket, app: Any) -> None:
        self.settings = settings
        self.sock = sock
        self.config = prepare(app)
        self.stopping = 0  # signals received
        self.replacing_since: float | None = None  # when the last replacement began

    def run(self) -> None:
        """Serve until a signal asks to stop; then stop the worker cleanly (store flushed).

        Raises:
            WorkerFailed: a worker ended before it was ready to serve.
        """
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._on_signal)
        replacement: Replacement | None = None
        generation = 0
        while True:
            generation += 1
            worker = self._spawn(generation, replacement.reason if replacement else None)
            replacement = self._watch(worker)
            if replacement is None:
                self._stop(worker)
                return
            self.replacing_since = time.monotonic()
            log.warning("replacing service worker %d (pid %d): %s", generation, worker.pid, replacement.reason)
            self._replace(worker, drain=replacement.drain)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self.stopping += 1

    def _spawn(self, generation: int, reason: str | None) -> Worker:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read_end)
            run_worker(self.config, self.settings, self.sock, write_end, WorkerInfo(generation, os.getpid(), reason))
        os.close(write_end)
        os.set_blocking(read_end, False)
        return Worker(pid, read_end, generation)

    def _watch(self, worker: Worker) -> Replacement | None:
        """Watch `worker` until it must be replaced (returns why) or a signal asks to stop (returns None)."""
        while not self.stopping:
            readable, _, _ = select.select([worker.beats], [], [], POLL_INTERVAL)
            if readable:
                worker.read_beats()
            if worker.poll_exit():
                worker.read_beats()
                if not worker.ready:
                    os.close(worker.beats)
                    raise WorkerFailed(f"the service could not start: {worker.error or worker.exit_reason()}")
                return Replacement(worker.exit_reason(), drain=False)
            if worker.ready:
                self._announce(worker)
                replacement = self._too_costly(worker)
                if replacement is not None:
                    return replacement
        return None

    def _announce(self, worker: Worker) -> None:
        """Log, once, that `worker` serves, how long it took to start and the service was away."""
        if worker.announced:
            return
        worker.announced = True
        now = time.monotonic()
        since = self.replacing_since
        away = "" if since is None else f"; back {now - since:.2f} s after the replacement began"
        log.info("service worker %d (pid %d) serving %s (%s triples), ready %.2f s after its start%s",
                 worker.generation, worker.pid, self.settings.store, worker.triples, now - worker.started, away)

    def _too_costly(self, worker: Worker) -> Replacement | None:
        """Why `worker` must be replaced now: memory past the limit (at once: it may grow by 200 MB/s), or a
        query too long past its deadline (after a drain: the requests it has accepted are answered)."""
        resident = self._over_memory(worker)
        if resident is not None:
            return Replacement(f"its resident memory reached {resident // (1024 * 1024)} MiB "
                               f"(STANCEGRAPH_MAX_SERVICE_MEMORY_MB={self.settings.max_service_memory_mb})",
                               drain=False)
        grace = self.settings.runaway_grace
        if worker.late > grace:
            timeout = self.settings.query_timeout
            return Replacement(f"a query held its slot {worker.late:.1f} s past its deadline "
                               f"(STANCEGRAPH_QUERY_TIMEOUT={timeout:g}, STANCEGRAPH_RUNAWAY_GRACE={grace:g})",
                               drain=True)
        return None

    def _over_memory(self, worker: Worker) -> int | None:
        """The worker's resident bytes when they pass `STANCEGRAPH_MAX_SERVICE_MEMORY_MB`, else None."""
        limit = self.settings.max_service_memory_mb
        resident = resident_bytes(worker.pid) if limit else None
        return resident if resident is not None and resident > limit * 1024 * 1024 else None

    def _replace(self, worker: Worker, *, drain: bool) -> None:
        if not drain and not worker.poll_exit() and self._over_memory(worker) is not None:
            # memory: the queries still computing get their 503 first (MEMORY_ANSWER s; it grows meanwhile)
            os.kill(worker.pid, MEMORY_SIGNAL)
            worker.wait(MEMORY_ANSWER)
        self._replace_now(worker, drain=drain)

    def _replace_now(self, worker: Worker, *, drain: bool) -> None:
        """With `drain`, let the worker finish what it has accepted for up to `DRAIN` seconds (it stops
        accepting at once; passing the memory limit meanwhile cuts the drain short), then kill it: a cheap
        request in flight is answered, a runaway stops within the drain. Without, kill it at once."""
        if drain and not worker.poll_exit():
            os.kill(worker.pid, DRAIN_SIGNAL)
            end = time.monotonic() + DRAIN
            while not worker.wait(POLL_INTERVAL / 2):
                if time.monotonic() > end or self._over_memory(worker) is not None:
                    break
        self._kill(worker)

    def _kill(self, worker: Worker) -> None:
        """End the worker at once and wait until it is reaped (then its store lock is free)."""
        if not worker.poll_exit():
            os.kill(worker.pid, signal.SIGKILL)
            worker.wait(float("inf"))
        os.close(worker.beats)

    def _stop(self, worker: Worker) -> None:
        """Ask the worker to finish (SIGTERM: uvicorn ends its requests, the store is flushed); kill it if it
        takes longer than `STOP_WAIT` or a second signal comes."""
        log.info("stopping service worker %d (pid %d)", worker.generation, worker.pid)
        if not worker.poll_exit():
            os.kill(worker.pid, signal.SIGTERM)
            end = time.monotonic() + STOP_WAIT
            while not worker.wait(0.1):
                if self.stopping > 1 or time.monotonic() > end:
                    log.warning("service worker %d did not stop in time: killed", worker.generation)
                    break
        self._kill(worker)


def supervise(settings: Settings) -> None:
    """Serve the HTTP API on `settings.host`:`settings.port` with a supervised worker, until SIGTERM/SIGINT.

    Raises:
        OSError: the address cannot be bound.
        WorkerFailed: the service could not start.
    """
    sock = listen(settings.host, settings.port)  # first: a port in use fails before 2 s of imports
    try:
        from api.app import create_app

        Supervisor(settings, sock, create_app(settings)).run()
    finally:
        sock.close()
