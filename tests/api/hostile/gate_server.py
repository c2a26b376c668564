"""The query gate's hostile-input fixtures: the service in a subprocess, and a loopback endpoint that counts.

The service runs in a process of its own (uvicorn serving the `api.app:create_app` factory on a free
127.0.0.1 port, over a scratch store directory) because the inputs it is sent used to kill the process
(SIGSEGV): a crash must fail a test, not the test run. The counting endpoint stands for whatever a
server-side request could reach (another service on loopback, a cloud metadata address): it answers any
request with one SPARQL JSON row (or one Turtle triple) and counts it, so a test can prove nothing came.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from api.local_server import free_port
from tests.sparql_servers import stop

ROOT = Path(__file__).resolve().parents[3]
TOKEN = "hostile-update-token"


@dataclass
class Service:
    """A service process: its base URL, a client (with the update token at hand) and the process."""

    base: str
    client: httpx.Client
    process: subprocess.Popen[bytes]

    def answers_health(self, within: float = 2.0) -> bool:
        """The process is alive and `/health` answers 200 within `within` seconds."""
        try:
            return self.process.poll() is None and self.client.get("/health", timeout=within).status_code == 200
        except httpx.HTTPError:
            return False


@contextmanager
def service_process(store: Path, **settings: str) -> Iterator[Service]:
    """Serve a scratch store from a uvicorn subprocess with `settings` (STANCEGRAPH_* names, lower-case)."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("STANCEGRAPH_")}
    env.update({"STANCEGRAPH_STORE": str(store), "STANCEGRAPH_UPDATE_TOKEN": TOKEN})
    env.update({f"STANCEGRAPH_{name.upper()}": value for name, value in settings.items()})
    command = [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--host", "127.0.0.1",
               "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            deadline = time.monotonic() + 60
            service = Service(base, client, process)
            while not service.answers_health():
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    said = process.stderr.read() if process.stderr else b""
                    raise RuntimeError(f"the service did not start: {said!r}")
                time.sleep(0.2)
            yield service
    finally:
        stop(process)


class CountingEndpoint:
    """A tiny HTTP server on 127.0.0.1 that answers every request like a SPARQL endpoint, and counts them."""

    def __init__(self) -> None:
        self.hits = 0
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                endpoint.hits += 1
                if self.path.endswith(".ttl"):
                    body, kind = b"<http://loot.example/s> <http://loot.example/p> 'loot' .", "text/turtle"
                else:
                    body = (b'{"head":{"vars":["s","p","o"]},"results":{"bindings":[{"s":{"type":"literal",'
                            b'"value":"loot"},"p":{"type":"literal","value":"loot"},'
                            b'"o":{"type":"literal","value":"loot"}}]}}')
                    kind = "application/sparql-results+json"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: object) -> None:  # quiet in test output
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"

    @contextmanager
    def running(self) -> Iterator[CountingEndpoint]:
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.server.shutdown()
            self.server.server_close()
            thread.join(timeout=10)
