"""The service worker: the process that serves the HTTP app for `stancegraph serve`'s supervisor.

The supervisor (`api/supervisor.py`) forks it with the listening socket already bound, so the app is served
on a socket the worker never owns: when the worker is replaced, connections wait in the kernel's backlog for
the next one instead of being refused. The worker opens the store itself (RocksDB admits one process) and
reports to the supervisor through a pipe, one JSON line a beat (`Beat`): first that it is ready (or why it
could not start), then every `BEAT_INTERVAL` how long its most overdue SPARQL query has held a slot past its
deadline. The beats come from the event loop, so a beat also says the loop is free.
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
import traceback
from dataclasses import asdict, dataclass
from typing import Any, NoReturn

import orjson
import uvicorn

from graph.settings import Settings
from graph.store import open_store

BEAT_INTERVAL = 0.2  # seconds between beats; the supervisor reacts within one beat and one poll
DRAIN_SIGNAL = signal.SIGUSR1  # from the supervisor: finish what was accepted, then exit (see `_drain`)
DRAIN_PAUSE = 0.1  # seconds between closing the listener and shutting down
MEMORY_SIGNAL = signal.SIGUSR2  # from the supervisor: memory is past the limit, answer the waiting queries


@dataclass(frozen=True, slots=True)
class Beat:
    """One report from the worker: `ready` once serving (or `error` instead), then `late` every beat."""

    ready: bool = False
    error: str | None = None
    triples: int | None = None
    late: float = 0.0


@dataclass(frozen=True, slots=True)
class WorkerInfo:
    """Which worker this is, for `/health`: generation 1 is the first, each replacement adds one."""

    generation: int
    pid: int
    last_replacement: str | None


class BeatSender:
    """The worker's end of the pipe: one line a beat, never blocking the event loop."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        os.set_blocking(fd, False)
        self.supervisor_gone = False

    def send(self, beat: Beat) -> None:
        """Write one beat; a full pipe drops it (the next one follows), a closed one means the supervisor died."""
        try:
            os.write(self.fd, orjson.dumps(asdict(beat)) + b"\n")
        except BlockingIOError:
            pass
        except BrokenPipeError:
            self.supervisor_gone = True


def prepare(app: Any) -> uvicorn.Config:
    """The uvicorn configuration of every worker, loaded once in the supervisor (its imports included), so
    that a new worker only has to open the store."""
    config = uvicorn.Config(app, log_level="info", lifespan="on")
    config.load()
    return config


def run_worker(config: uvicorn.Config, settings: Settings, sock: socket.socket, beat_fd: int,
               info: WorkerInfo) -> NoReturn:
    """The forked child's whole life: serve the app on `sock` until told to stop, then exit, never returning.

    The worker leaves the supervisor's process group (a terminal's Ctrl-C reaches the supervisor, which
    stops the worker itself) and takes back the default signal handlers that fork copied from it.
    """
    code = 1
    try:
        os.setpgid(0, 0)
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_DFL)
        code = _serve(config, settings, sock, BeatSender(beat_fd), info)
    except BaseException:  # the worker's last word goes to its log, then it exits; never back to the fork
        traceback.print_exc()
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)  # no interpreter shutdown: daemon threads may still be inside a runaway query


def _serve(config: uvicorn.Config, settings: Settings, sock: socket.socket, beats: BeatSender,
           info: WorkerInfo) -> int:
    try:
        store = open_store(settings.store, settings=settings)
    except OSError as exc:
        beats.send(Beat(error=f"cannot open the store at {settings.store}: {exc}"))
        return 1
    app: Any = config.app
    app.state.store = store
    app.state.service_worker = info
    server = uvicorn.Server(config)
    with asyncio.Runner(loop_factory=config.get_loop_factory()) as runner:
        runner.run(_serve_and_beat(server, sock, beats, app))
    return 0


async def _serve_and_beat(server: uvicorn.Server, sock: socket.socket, beats: BeatSender, app: Any) -> None:
    """Serve until uvicorn stops (a signal, or the supervisor's end), beating meanwhile."""
    serving = asyncio.ensure_future(server.serve(sockets=[sock]))
    while not serving.done() and not server.started:
        await asyncio.sleep(0.01)
    if not server.started:
        beats.send(Beat(error="the HTTP service did not start (its log says why)"))
    else:
        asyncio.get_running_loop().add_signal_handler(DRAIN_SIGNAL, _drain, server)
        asyncio.get_running_loop().add_signal_handler(MEMORY_SIGNAL, _short_of_memory, app)
        beats.send(Beat(ready=True, triples=app.state.store.triple_count()))
    while not serving.done():
        await asyncio.wait([serving], timeout=BEAT_INTERVAL)
        service = getattr(app.state, "sparql_service", None)  # made on the first /sparql request
        beats.send(Beat(late=service.pool.lateness() if service is not None else 0.0))
        if beats.supervisor_gone:  # nobody will replace or stop this process: stop serving
            server.should_exit = True
    await serving


def _short_of_memory(app: Any) -> None:
    """The supervisor is about to replace this worker for its memory: answer every query still computing
    with 503 now, so its client learns why instead of seeing its connection close."""
    service = getattr(app.state, "sparql_service", None)
    if service is not None:
        service.expire_waiting()


def _drain(server: uvicorn.Server) -> None:
    """Stop accepting (new connections wait in the backlog for the next worker), give the connections just
    accepted `DRAIN_PAUSE` to deliver their request, then shut down: uvicorn answers the requests it has
    read and closes idle connections (without the pause, a request on its way would find its connection
    closed)."""
    for listener in getattr(server, "servers", []):
        listener.close()
    asyncio.get_running_loop().call_later(DRAIN_PAUSE, setattr, server, "should_exit", True)
