"""Real SPARQL 1.1 servers for the remote-store tests, started on free loopback ports and stopped after.

`oxigraph serve` comes from the `oxigraph` package (a dev dependency). A missing server skips the test
with the reason.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from api.local_server import free_port


def oxigraph_command() -> str:
    """The `oxigraph` command beside this Python, or on PATH; skips the test when there is none."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the `oxigraph` command is absent (pip install oxigraph): no SPARQL server to test against")
    return found


@contextmanager
def oxigraph_server(location: Path, *, start_timeout: float = 30.0) -> Iterator[str]:
    """`oxigraph serve` on a free 127.0.0.1 port for the length of the block; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_command(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + start_timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited: {process.stderr.read().decode() if process.stderr else ''}")
            try:
                if httpx.get(f"{base}/query", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("oxigraph serve did not start")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
