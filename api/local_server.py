"""Real servers on free loopback ports, for tests and benchmarks: an app's uvicorn in a thread, and the
wait for a SPARQL server started as a process (`oxigraph serve`, Virtuoso, `stancegraph serve`).

They bind 127.0.0.1 only.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serve_in_thread(app: Any, *, start_timeout: float = 30.0) -> Iterator[str]:
    """Serve `app` for the length of the block; yields the base URL, then stops the server.

    Raises:
        RuntimeError: the server did not start within `start_timeout` seconds.
    """
    import uvicorn

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def oxigraph_command() -> str | None:
    """The `oxigraph` command (Oxigraph's server, from the `oxigraph` package) beside this Python, or on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def wait_for_sparql(process: subprocess.Popen[Any], endpoint: str, *, timeout: float,
                    log: Callable[[], str] = lambda: "") -> None:
    """Wait until the SPARQL endpoint of a server just started answers `ASK {}` with 200.

    Raises:
        RuntimeError: the server exited first (with `log()`, what it wrote) or did not answer within
            `timeout` seconds.
    """
    import httpx

    args = process.args
    command = str(args[0]) if isinstance(args, list | tuple) else str(args)
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{command} exited: {log()}")
        try:
            if httpx.get(endpoint, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{command} did not start")
        time.sleep(0.2)
