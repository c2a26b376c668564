"""The W3C SPARQL 1.1 Graph Store HTTP Protocol tests against a real uvicorn server, at /store.

Requests and expectations come from ../shared/conformance/w3c-sparql11/graph-store-protocol/manifest*.ttl;
paths starting `/gsp` go to `/store`. We support every feature the manifests name (direct and indirect graph
identification, graph creation by POST), so every test must pass; `SUPPORTED` fails loudly on a new one.
"""
from __future__ import annotations

import pytest

from tests.api.sparql.conftest import TOKEN, Endpoint
from tests.api.sparql.w3c import ManifestTest, read_manifest, replay
from tests.conftest import SHARED, require_shared

pytestmark = pytest.mark.shared

MANIFEST = SHARED / "conformance" / "w3c-sparql11" / "graph-store-protocol" / "manifest.ttl"
SUPPORTED = {"DirectGraphIdentification", "IndirectGraphIdentification", "POSTGraphCreation"}


def _tests() -> list[ManifestTest]:
    return read_manifest(MANIFEST) if MANIFEST.exists() else []


def test_the_manifests_list_thirteen_tests_with_known_features() -> None:
    require_shared("conformance", "w3c-sparql11", "graph-store-protocol", "manifest.ttl")
    tests = _tests()
    assert len(tests) == 13  # 4 direct, 9 indirect
    assert set().union(*(t.requires for t in tests)) <= SUPPORTED


@pytest.mark.parametrize("test", _tests(), ids=lambda t: t.name)
def test_graph_store_protocol(endpoint: Endpoint, test: ManifestTest) -> None:
    if endpoint.backend.name == "virtuoso" and "default" in test.name:
        pytest.skip("Virtuoso's graph store endpoint has no default graph: it answers 501 for ?default")
    endpoint.empty()
    replay(endpoint.client, test, paths={"/gsp": "/store"}, auth={"authorization": f"Bearer {TOKEN}"})
