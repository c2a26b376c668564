"""Hostile request bodies, URLs and tokens against a real server in its own process.

The server runs as `uvicorn --factory api.app:create_app` over a scratch store, so that its peak memory
(VmHWM of /proc/PID/status, reset before each measurement through /proc/PID/clear_refs) can be read. Each
case checks the status, a bound on the answer time, that `/health` still answers within 2 s, and for the
large bodies that the server's memory did not grow with the body.
"""
from __future__ import annotations

import http.client
import os
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from api.guards import sparql_body_limit
from api.local_server import free_port
from graph.settings import Settings
from tests.conftest import ROOT

TOKEN = "hostile-bodies-token"
MB = 1024 * 1024
HUGE = 200 * MB  # what the chunked bodies would come to if the server never stopped them
CHUNK = 64 * 1024
HEALTH_WITHIN = 2.0
RUN_AHEAD = 64 * MB  # what the client's and the kernel's socket buffers may take past the limit
GRAPH = "http://example.org/hostile"


@dataclass
class Server:
    """A server process: its base URL and pid."""

    base: str
    pid: int
    client: httpx.Client = field(repr=False)

    def rss(self, field_name: str) -> int:
        """VmRSS or VmHWM of the process, in bytes."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1]) * 1024
        raise AssertionError(f"no {field_name} in /proc/{self.pid}/status")

    def reset_peak(self) -> int:
        """Reset the peak RSS to the current RSS, and return it."""
        Path(f"/proc/{self.pid}/clear_refs").write_text("5")
        return self.rss("VmHWM")

    def health_seconds(self) -> float:
        started = time.monotonic()
        response = self.client.get("/health", timeout=10)
        assert response.status_code == 200
        return time.monotonic() - started


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    port = free_port()
    env = {**os.environ, "STANCEGRAPH_STORE": str(tmp_path_factory.mktemp("store")),
           "STANCEGRAPH_UPDATE_TOKEN": TOKEN}
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "api.app:create_app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"], cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if client.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the server did not start")
                time.sleep(0.2)
            yield Server(base, process.pid, client)
    finally:
        process.terminate()
        process.wait(timeout=30)


@dataclass
class Upload:
    status: int
    body: bytes
    sent: int
    seconds: float


def stream_chunked(server: Server, target: str, content_type: str, line: bytes) -> Upload:
    """POST up to HUGE bytes of `line` repeated, chunked, from a raw socket, stopping as soon as an answer
    arrives; nothing but one chunk is held in memory."""
    host, port = server.base.removeprefix("http://").split(":")
    chunk = line * (CHUNK // len(line))
    framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(f"POST {target} HTTP/1.1\r\nHost: {host}\r\nContent-Type: {content_type}\r\n"
                     f"Authorization: Bearer {TOKEN}\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
        sent = 0
        try:
            while sent < HUGE and not select.select([sock], [], [], 0)[0]:
                sock.sendall(framed)
                sent += len(chunk)
            if sent >= HUGE:
                sock.sendall(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        response = http.client.HTTPResponse(sock)
        response.begin()
        return Upload(response.status, response.read(), sent, time.monotonic() - started)


def during_uploads(server: Server, upload: Callable[[], Upload]) -> tuple[Upload, float, int]:
    """Run `upload` while a thread asks /health; the upload, the slowest /health and the RSS growth."""
    before = server.reset_peak()
    slowest, done = 0.0, threading.Event()

    def watch() -> None:
        nonlocal slowest
        with httpx.Client(base_url=server.base, timeout=10) as client:
            while not done.is_set():
                started = time.monotonic()
                assert client.get("/health").status_code == 200
                slowest = max(slowest, time.monotonic() - started)
                time.sleep(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        result = upload()
    finally:
        done.set()
        watcher.join(timeout=15)
    return result, slowest, server.rss("VmHWM") - before


@pytest.mark.parametrize(("target", "content_type", "line", "setting", "limit"), [
    ("/sparql", "application/sparql-query", b"# padding of a query that never ends\n", "MAX_QUERY_LENGTH",
     sparql_body_limit(Settings()).size),
    (f"/store?graph={GRAPH}", "text/turtle", b"# padding of a graph that never ends\n", "MAX_UPLOAD_BYTES",
     Settings().max_upload_bytes),
], ids=["sparql", "store"])
def test_a_huge_chunked_body_is_refused_while_it_arrives(
    server: Server, target: str, content_type: str, line: bytes, setting: str, limit: int,
) -> None:
    upload, slowest_health, growth = during_uploads(
        server, lambda: stream_chunked(server, target, content_type, line))
    facts = (f"{upload.status} after {upload.sent / MB:.0f} MB sent, in {upload.seconds:.2f} s; the server's "
             f"peak memory grew by {growth / MB:.0f} MB; slowest /health {slowest_health:.2f} s")
    assert upload.status == 413, facts
    assert f"STANCEGRAPH_{setting}" in upload.body.decode()
    assert upload.sent < limit + RUN_AHEAD, f"the answer came only after the whole body: {facts}"
    assert upload.seconds < 10, facts
    assert growth < 50 * MB, facts
    assert slowest_health < HEALTH_WITHIN, facts
    assert server.health_seconds() < HEALTH_WITHIN


@pytest.mark.parametrize("target", ["/sparql", f"/store?graph={GRAPH}"])
def test_a_declared_oversized_body_is_refused_before_it_is_sent(server: Server, target: str) -> None:
    host, port = server.base.removeprefix("http://").split(":")
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        # Expect: 100-continue: a server that wanted the body would say so; this one must refuse at once
        sock.sendall(f"POST {target} HTTP/1.1\r\nHost: {host}\r\nContent-Type: text/turtle\r\n"
                     f"Authorization: Bearer {TOKEN}\r\nContent-Length: {10 * 1024 * MB}\r\n"
                     "Expect: 100-continue\r\n\r\n".encode())
        response = http.client.HTTPResponse(sock)
        response.begin()
        body = response.read()
    assert response.status == 413, body
    assert b"10737418240 bytes" in body
    assert time.monotonic() - started < HEALTH_WITHIN
    assert server.health_seconds() < HEALTH_WITHIN


def test_a_body_within_the_limit_is_still_accepted(server: Server) -> None:
    turtle = b"<http://example.org/s> <http://example.org/p> \"o\" .\n" * 20_000  # 1 MB: spooled to disk
    response = server.client.put("/store", params={"graph": GRAPH}, content=turtle,
                                 headers={"content-type": "text/turtle", "authorization": f"Bearer {TOKEN}"})
    assert response.status_code in (201, 204), response.text
    asked = server.client.post("/sparql", content=f"ASK {{ GRAPH <{GRAPH}> {{ ?s ?p 'o' }} }}",
                               headers={"content-type": "application/sparql-query",
                                        "accept": "application/sparql-results+json"})
    assert asked.json()["boolean"] is True


WRITE = {"authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize(("method", "url", "headers", "body"), [
    ("GET", "/sparql?query=ASK%20%7B%7D%FF", {}, None),
    ("POST", "/sparql", {"content-type": "application/sparql-query"}, b"ASK { \xff }"),
    ("POST", "/sparql", {"content-type": "application/x-www-form-urlencoded"}, b"query=ASK%20%7B%7D%C3"),
    ("GET", "/store?graph=http://example.org/%FF", {}, None),
    ("PUT", f"/store?graph={GRAPH}", {"content-type": "text/turtle", **WRITE},
     b'<http://example.org/s> <http://example.org/p> "\xff" .'),
    ("GET", "/actors?q=%FF%FE", {}, None),
    ("GET", "/actors/%FF/neighbourhood", {}, None),
], ids=["sparql-query-string", "sparql-body", "sparql-form", "store-query-string", "store-body",
        "actors-query-string", "actors-path"])
def test_invalid_utf8_is_a_400_naming_it(
    server: Server, method: str, url: str, headers: dict[str, str], body: bytes | None,
) -> None:
    started = time.monotonic()
    response = server.client.request(method, url, headers=headers, content=body)
    assert response.status_code == 400, response.text
    assert "UTF-8" in response.json()["error"]
    assert time.monotonic() - started < HEALTH_WITHIN
    assert server.health_seconds() < HEALTH_WITHIN


UPDATE = {"content-type": "application/sparql-update"}


@pytest.mark.parametrize("authorization", [
    None, "Bearer", "Bearer wrong-token", f"Bearer {TOKEN}x", f"bearer  {TOKEN[:-1]}",
    "Basic !!!not-base64!!!", "Basic //79", f"Token {TOKEN}", "Bearer " + "x" * 8000, b"Bearer \xff\xfe",
], ids=["none", "scheme-only", "wrong", "longer", "shorter", "bad-base64", "basic-not-utf8",
        "other-scheme", "very-long", "latin-1-bytes"])
@pytest.mark.parametrize(("method", "url"), [("POST", "/sparql"), ("PUT", f"/store?graph={GRAPH}")])
def test_bad_tokens_are_refused_with_401(
    server: Server, method: str, url: str, authorization: str | bytes | None,
) -> None:
    headers: dict[str, str | bytes] = {"authorization": authorization} if authorization is not None else {}
    if method == "POST":
        headers |= UPDATE
        body = b"INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    else:
        headers |= {"content-type": "text/turtle"}
        body = b"<http://example.org/a> <http://example.org/b> <http://example.org/c> ."
    started = time.monotonic()
    response = server.client.request(method, url, headers=headers, content=body)
    assert response.status_code == 401, response.text
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.json()["status"] == 401
    assert time.monotonic() - started < HEALTH_WITHIN
    assert server.health_seconds() < HEALTH_WITHIN
