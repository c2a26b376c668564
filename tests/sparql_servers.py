"""Real SPARQL 1.1 servers for the remote-store tests, started on free loopback ports and stopped after.

`oxigraph serve` comes from the `oxigraph` package (a dev dependency). A missing server skips the test
with the reason.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
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


def stop(process: subprocess.Popen[bytes], *, grace: float = 20.0) -> None:
    """Stop a server the test started: SIGTERM, then SIGKILL when it has not exited within `grace` s."""
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def wait_for(process: subprocess.Popen[bytes], endpoint: str, *, timeout: float,
             exited: Callable[[], str]) -> None:
    """Wait until the SPARQL endpoint answers `ASK {}`; RuntimeError (with `exited()`, its log) when the
    server exits first or does not answer within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited: {exited()}")
        try:
            if httpx.get(endpoint, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{process.args[0]} did not start")
        time.sleep(0.2)


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
        wait_for(process, f"{base}/query", timeout=start_timeout,
                 exited=lambda: process.stderr.read().decode() if process.stderr else "")
        yield base
    finally:
        stop(process, grace=10)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 10
MaxClientConnections = 10

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""
# let the anonymous SPARQL user write, for tests on loopback only
VIRTUOSO_GRANTS = ('GRANT SPARQL_UPDATE TO "SPARQL"; GRANT EXECUTE ON DB.DBA.L_O_LOOK TO "SPARQL"; '
                   "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);")
# the settings that point the remote store at Virtuoso's endpoints
VIRTUOSO_SETTINGS = {"store_query_path": "/sparql", "store_update_path": "/sparql",
                     "store_graph_store_path": "/sparql-graph-crud", "store_union_parameter": ""}


@contextmanager
def virtuoso_server(location: Path, *, start_timeout: float = 60.0) -> Iterator[str]:
    """Virtuoso open source 7 (Debian's virtuoso-opensource-7-bin) on free 127.0.0.1 ports; yields its base URL.

    Skips the test when `virtuoso-t` is not installed.
    """
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if not server or not isql:
        pytest.skip("Virtuoso is absent (Debian package virtuoso-opensource-7-bin): no server to test against")
    location.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = location / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=location, sql_port=sql_port, http_port=http_port))
    process = subprocess.Popen([server, "+foreground", "+configfile", str(ini)], cwd=location,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    try:
        wait_for(process, f"{base}/sparql", timeout=start_timeout,
                 exited=lambda: (location / "virtuoso.log").read_text()[-2000:])
        subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={VIRTUOSO_GRANTS}"],
                       check=True, capture_output=True, timeout=60)
        yield base
    finally:
        stop(process, grace=30)
