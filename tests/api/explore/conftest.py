"""A live server over the hand-built graph, on every store backend, shared by the HTTP tests of one module."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph.store import GraphStore
from tests.backends import Backend
from tests.conftest import live_server
from tests.queries.built_graph import build_store


@pytest.fixture(scope="module")
def built(backend: Backend, request: pytest.FixtureRequest) -> GraphStore:
    return backend.held_by(request, f"built in {request.module.__name__}", build_store)


@pytest.fixture(scope="module")
def base(built: GraphStore) -> Iterator[str]:
    """The base URL of a real uvicorn server serving `built`."""
    from api.app import create_app

    with live_server(create_app(store=built)) as url:
        yield url
