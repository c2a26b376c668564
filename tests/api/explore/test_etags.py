"""ETags follow the store: 304 while it is unchanged, a new tag (and fresh data) after an ingest."""
from __future__ import annotations

import httpx
import pytest

from graph.ingest import store_extraction
from graph.records import Document, Evidence, Extraction, Position, Stance
from tests.backends import Backend
from tests.conftest import live_server
from tests.queries.built_graph import ACTORS, build_store

ENDPOINTS = ["/actors?q=putin", "/actors/vladimir-putin", "/actors/vladimir-putin/neighbourhood",
             "/paths?from=volodymyr-zelensky&to=vladimir-putin", "/stances?holder=vladimir-putin",
             "/positions/energy-pause", "/contradictions", "/documents", "/documents/call-readout",
             "/queries", "/queries/actor-timeline?actor=vladimir-putin"]


@pytest.mark.parametrize("path", ENDPOINTS)
def test_an_unchanged_store_answers_304(base: str, path: str) -> None:
    first = httpx.get(base + path)
    assert first.status_code == 200 and first.headers["etag"]
    again = httpx.get(base + path, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    other = httpx.get(base + path, headers={"If-None-Match": 'W/"stale"'})
    assert other.status_code == 200


def test_an_ingest_changes_the_tag_and_the_projection_follows(backend: Backend) -> None:
    from api.app import create_app

    store = build_store(backend.fresh())
    with live_server(create_app(store=store)) as url:
        path = f"{url}/actors/vladimir-putin/neighbourhood"
        first = httpx.get(path)
        text = "Putin threatened new strikes."
        doc = Document(id="threat", text=text)
        store_extraction(store, Extraction(doc, actors={"vladimir-putin": ACTORS["vladimir-putin"]}, stances=[
            Stance("Threaten", "vladimir-putin", Evidence("threat", text, 0, len(text)),
                   position=Position("new-strikes", "new strikes"))]))
        second = httpx.get(path, headers={"If-None-Match": first.headers["etag"]})
        assert second.status_code == 200 and second.headers["etag"] != first.headers["etag"]
        assert "Threaten" in {e["type"] for e in second.json()["edges"]}
        assert "Threaten" not in {e["type"] for e in first.json()["edges"]}
