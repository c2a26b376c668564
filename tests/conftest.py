"""Shared fixtures: the ../shared folder (skipped when absent), the real extractor, stores, a live server."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
SEED_ARTICLE = SHARED / "corpus" / "putin-concedes-little.txt"
SEED_GOLD = SHARED / "corpus" / "putin-concedes-little.gold.yaml"


def require_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the project's shared folder beside the checkout")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def seed_article() -> Path:
    return require_shared("corpus", "putin-concedes-little.txt")


@pytest.fixture(scope="session")
def extractor() -> Any:
    """The real spaCy extractor (loaded once per test session)."""
    from graph.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def examples_store(extractor: Any) -> Any:
    """An in-memory store holding the bundled examples."""
    from graph.ingest import ingest
    from graph.store import OxigraphStore

    store = OxigraphStore()
    ingest([EXAMPLES], store, extractor)
    return store


@pytest.fixture(scope="session")
def seed_store(extractor: Any, seed_article: Path) -> Any:
    """An in-memory store holding the founding article and the examples."""
    from graph.ingest import ingest
    from graph.store import OxigraphStore

    store = OxigraphStore()
    ingest([seed_article, EXAMPLES], store, extractor)
    return store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve `app` with a real uvicorn server on a free loopback port; yields the base URL, then stops it."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
