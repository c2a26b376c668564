"""`stancegraph serve` that cannot start says why in one line and exits 1, leaving no process behind."""
from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from api.local_server import free_port
from graph.store import OxigraphStore


@pytest.mark.timeout(60)
def test_a_store_held_by_another_process_is_one_error_line(tmp_path: Path) -> None:
    held = OxigraphStore(tmp_path / "store")  # this process holds RocksDB's lock
    script = Path(sys.executable).parent / "stancegraph"
    done = subprocess.run(
        [str(script), "serve", "--port", str(free_port()), "--store", str(tmp_path / "store")],
        cwd=tmp_path, capture_output=True, text=True, timeout=50,
    )
    assert done.returncode == 1
    assert "error: the service could not start: cannot open the store at" in done.stderr
    assert "Traceback" not in done.stderr
    held.flush()


@pytest.mark.timeout(60)
def test_a_port_in_use_is_one_error_line(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        script = Path(sys.executable).parent / "stancegraph"
        done = subprocess.run([str(script), "serve", "--port", str(port), "--store", str(tmp_path / "store")],
                              cwd=tmp_path, capture_output=True, text=True, timeout=50)
    assert done.returncode == 1
    assert f"error: cannot listen on 127.0.0.1:{port}: Address already in use" in done.stderr
