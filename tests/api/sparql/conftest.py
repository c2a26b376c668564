"""A live server over a scratch store with updates enabled, for the SPARQL conformance and client tests."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from graph.settings import Settings
from graph.store import OxigraphStore
from tests.conftest import live_server

TOKEN = "conformance-token"


@dataclass
class Endpoint:
    """A running server: its base URL, its store and a client that sends the update token."""

    base: str
    store: OxigraphStore
    client: httpx.Client


@pytest.fixture(scope="module")
def endpoint() -> Iterator[Endpoint]:
    from api.app import create_app

    store = OxigraphStore()
    app = create_app(Settings(update_token=TOKEN, query_timeout=10), store=store)
    with live_server(app) as base, httpx.Client(base_url=base, timeout=30) as client:
        yield Endpoint(base, store, client)
