"""Fixtures of the read-side tests: the hand-built graph, and the founding article alone."""
from __future__ import annotations

from typing import Any

import pytest

from graph.store import OxigraphStore
from tests.queries.built_graph import build_store


@pytest.fixture(scope="module")
def built() -> OxigraphStore:
    """The hand-built two-document graph (a fresh store per test module)."""
    return build_store()


@pytest.fixture(scope="session")
def article_store(extractor: Any, seed_article: Any) -> OxigraphStore:
    """The founding article alone, through the real extractor (skipped without ../shared)."""
    from graph.ingest import ingest

    store = OxigraphStore()
    ingest([seed_article], store, extractor)
    return store
