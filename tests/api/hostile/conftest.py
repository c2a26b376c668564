"""Fixtures for hostile input: a real `stancegraph serve` (tests/served.py), stopped with the module."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.served import Served, start_stancegraph


@pytest.fixture(scope="module")
def serve_stancegraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Served]]:
    """A factory: `serve_stancegraph(**settings)` starts a server; every one is stopped with the module."""
    started: list[Served] = []

    def start(**settings: Any) -> Served:
        served = start_stancegraph(tmp_path_factory.mktemp("serve"), **settings)
        started.append(served)
        return served

    yield start
    for served in started:
        served.stop()
        served.kill()  # anything left of the tree
