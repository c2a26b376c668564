"""Real SPARQL 1.1 servers for the remote-store tests, started on free loopback ports and stopped after.

`oxigraph serve` comes from the `oxigraph` package (a dev dependency). A missing server skips the test
with the reason.
"""
from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from api import local_server
from api.local_server import free_port, wait_for_sparql


def oxigraph_command() -> str:
    """The `oxigraph` command beside this Python, or on PATH; skips the test when there is none."""
    found = local_server.oxigraph_command()
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
        wait_for_sparql(process, f"{base}/query", timeout=start_timeout,
                        log=lambda: process.stderr.read().decode() if process.stderr else "")
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
        wait_for_sparql(process, f"{base}/sparql", timeout=start_timeout,
                        log=lambda: (location / "virtuoso.log").read_text()[-2000:])
        subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={VIRTUOSO_GRANTS}"],
                       check=True, capture_output=True, timeout=60)
        yield base
    finally:
        stop(process, grace=30)
