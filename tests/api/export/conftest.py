"""The examples on every store backend, for the export endpoint and command."""
from __future__ import annotations

import pytest

from graph.store import GraphStore
from tests.backends import Backend


@pytest.fixture(scope="module")
def examples_store(backend: Backend, embedded_examples: GraphStore, request: pytest.FixtureRequest) -> GraphStore:
    """The bundled examples, on the backend under test."""
    return backend.copy_held_by(request, "examples", embedded_examples)
