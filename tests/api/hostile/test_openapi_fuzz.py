"""Schemathesis over the whole OpenAPI description (/sparql and /store included) against a live server
holding the bundled examples, with the update token sent so that writes are exercised: no request the
description allows, nor the near misses Schemathesis derives from it, may end in a server error (5xx).

The description is built at collection time from an app with the same settings as the server's (one
test per operation needs it then); the fixture checks that the server serves exactly that description.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the dev extra")
from hypothesis import HealthCheck, settings  # noqa: E402  (hypothesis comes with schemathesis)
from schemathesis.checks import not_a_server_error  # noqa: E402

from api.app import create_app  # noqa: E402
from graph.settings import Settings  # noqa: E402
from tests.conftest import EXAMPLES, live_server  # noqa: E402

TOKEN = "fuzz-token"
SETTINGS = Settings(update_token=TOKEN, query_timeout=5)
EXAMPLES_PER_OPERATION = 10
DESCRIPTION = create_app(SETTINGS).openapi()
schema = schemathesis.openapi.from_dict(DESCRIPTION)
# SPARQL and the RDF syntaxes are text: send generated strings as UTF-8, as for text/plain
schemathesis.serializer.alias(["application/sparql-query", "application/sparql-update", "application/n-quads",
                               "application/n-triples", "application/trig", "application/x-turtle"], "text/plain")


@pytest.fixture(scope="module")
def base(extractor: Any) -> Iterator[str]:
    """A live server over its own store of the examples (the fuzzer's writes reach no other test)."""
    from graph.ingest import ingest
    from graph.store import OxigraphStore

    store = OxigraphStore()
    ingest([EXAMPLES], store, extractor)
    with live_server(create_app(SETTINGS, store=store)) as base:
        assert httpx.get(f"{base}/openapi.json").json() == DESCRIPTION
        yield base


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_request_ends_in_a_server_error(case: Any, base: str) -> None:
    case.call_and_validate(base_url=base, headers={"Authorization": f"Bearer {TOKEN}"},
                           checks=[not_a_server_error], timeout=30)
