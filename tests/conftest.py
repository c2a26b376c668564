"""Shared fixtures: the ../shared folder (skipped when absent), the real extractor, stores, a live server."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.local_server import serve_in_thread
from graph.store import open_store
from tests.backends import BACKENDS, Backend, copy_graphs, started

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


def ingested_store(extractor: Any, *paths: Path) -> Any:
    """A new in-memory store holding what the real extractor reads from `paths`."""
    from graph.ingest import ingest
    from graph.store import open_store

    store = open_store(None)
    ingest(list(paths), store, extractor)
    return store


@pytest.fixture(scope="session")
def embedded_examples(extractor: Any) -> Any:
    """An in-memory store holding the bundled examples (the source of their copies on servers)."""
    return ingested_store(extractor, EXAMPLES)


@pytest.fixture(scope="session")
def examples_store(embedded_examples: Any) -> Any:
    """An in-memory store holding the bundled examples (folders of backend tests put them on each backend)."""
    return embedded_examples


@pytest.fixture(scope="session")
def embedded_seed(extractor: Any, seed_article: Path) -> Any:
    """An in-memory store holding the founding article and the examples."""
    return ingested_store(extractor, seed_article, EXAMPLES)


@pytest.fixture(scope="session")
def seed_store(embedded_seed: Any) -> Any:
    """An in-memory store holding the founding article and the examples (folders of backend tests put them on
    each backend)."""
    return embedded_seed


@pytest.fixture(scope="session")
def examples_store_dir(embedded_examples: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An on-disk copy of the examples store, for the command line (which opens a store directory); the
    copy is closed before any command opens it."""
    import gc

    path = tmp_path_factory.mktemp("examples") / "store"
    disk = open_store(path)
    copy_graphs(embedded_examples, disk)
    disk.flush()
    del disk
    gc.collect()
    return path


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    """Each store backend in turn: embedded, `oxigraph serve`, Virtuoso (a missing server skips, saying why)."""
    with started(request.param, tmp_path_factory.mktemp(request.param)) as started_backend:
        yield started_backend


@pytest.fixture(autouse=True)
def _backend_data(request: pytest.FixtureRequest) -> None:
    """Before a test on a server, the data set its fixtures hold is there."""
    if "backend" in request.fixturenames:
        request.getfixturevalue("backend").prepare(request)


# the server helpers live in api/ (benchmarks use them too); tests import them from here
live_server = serve_in_thread
