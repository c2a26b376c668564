"""Fixtures of the read-side tests, on every store backend: the hand-built graph, the founding article
alone, and the examples."""
from __future__ import annotations

from typing import Any

import pytest

from graph.store import GraphStore, open_store
from tests.backends import Backend
from tests.queries.built_graph import build_store


@pytest.fixture(scope="module")
def built(backend: Backend, request: pytest.FixtureRequest) -> GraphStore:
    """The hand-built two-document graph (a fresh store per test module)."""
    return backend.held_by(request, f"built in {request.module.__name__}", build_store)


@pytest.fixture(scope="session")
def embedded_article(extractor: Any, seed_article: Any) -> GraphStore:
    """The founding article alone, through the real extractor (skipped without ../shared)."""
    from graph.ingest import ingest

    store = open_store(None)
    ingest([seed_article], store, extractor)
    return store


@pytest.fixture(scope="module")
def article_store(backend: Backend, embedded_article: GraphStore, request: pytest.FixtureRequest) -> GraphStore:
    """The founding article alone, on the backend under test."""
    return backend.copy_held_by(request, "article", embedded_article)


@pytest.fixture(scope="module")
def examples_store(backend: Backend, embedded_examples: GraphStore, request: pytest.FixtureRequest) -> GraphStore:
    """The bundled examples, on the backend under test."""
    return backend.copy_held_by(request, "examples", embedded_examples)


@pytest.fixture(scope="module")
def seed_store(backend: Backend, embedded_seed: GraphStore, request: pytest.FixtureRequest) -> GraphStore:
    """The founding article and the examples, on the backend under test."""
    return backend.copy_held_by(request, "seed", embedded_seed)
