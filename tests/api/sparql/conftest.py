"""A live server over a scratch store with updates enabled, for the SPARQL conformance and client tests, on
every store backend."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from graph.settings import Settings
from graph.store import GraphStore
from tests.backends import Backend
from tests.conftest import live_server

TOKEN = "conformance-token"


@dataclass
class Endpoint:
    """A running server: its base URL, its store and a client that sends the update token."""

    base: str
    store: GraphStore
    client: httpx.Client
    backend: Backend

    def empty(self) -> None:
        """Empty the store (every graph, the default graph too) before a test writes its data."""
        if self.backend.remote:
            self.backend.fresh()
        else:
            self.store.update("DROP ALL")


@pytest.fixture(scope="module")
def endpoint(backend: Backend) -> Iterator[Endpoint]:
    from api.app import create_app

    store = backend.fresh()
    app = create_app(Settings(update_token=TOKEN, query_timeout=10), store=store)
    with live_server(app) as base, httpx.Client(base_url=base, timeout=30) as client:
        yield Endpoint(base, store, client, backend)
