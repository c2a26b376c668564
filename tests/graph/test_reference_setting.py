"""The `reference_actors` setting: a gazetteer of one's own is what the extractor, the stance assembler and
ingest use (here a file whose one State, Freedonia, no other gazetteer knows)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.extract import Extractor
from graph.extract.detector import USER_DATA_KEY
from graph.extract.stances import StanceAssembler
from graph.ingest import ingest_items
from graph.records import Actor, Document
from graph.settings import get_settings
from graph.store import ACTORS_GRAPH, OxigraphStore

GAZETTEER = """@prefix actor: <https://w3id.org/stancegraph/id/actor/> .
@prefix sg: <https://w3id.org/stancegraph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

actor:freedonia a sg:State ;
    skos:prefLabel "Freedonia" ;
    skos:altLabel "Republic of Freedonia" ;
    sg:demonym "Freedonian", "Freedonians" ;
    sg:metonym "Fredville" .
"""


@pytest.fixture(scope="module")
def freedonia(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Extractor]:
    """The real extractor built while the setting names the Freedonia gazetteer (the setting stays on)."""
    path = tmp_path_factory.mktemp("gazetteer") / "actors.ttl"
    path.write_text(GAZETTEER, encoding="utf-8")
    patch = pytest.MonkeyPatch()
    patch.setenv("STANCEGRAPH_REFERENCE_ACTORS", str(path))
    get_settings.cache_clear()
    try:
        yield Extractor()
    finally:
        patch.undo()
        get_settings.cache_clear()


class NoResolution:
    """A resolver that resolves nothing, so the stance assembler's own lookups are what names actors."""

    actors: dict[str, Actor] = {}

    def actor_at(self, token: Any) -> None:
        return None


def test_the_stance_assembler_reads_demonyms_from_the_configured_gazetteer(freedonia: Extractor) -> None:
    doc = freedonia.nlp("Freedonians demanded the withdrawal of the foreign troops.")
    assert doc.user_data.get(USER_DATA_KEY), "the detector found no stance candidate"
    stances = StanceAssembler(doc, NoResolution(), "d1", None).stances()
    assert [s.holder for s in stances] == ["freedonia"]


def test_ingest_stores_the_configured_gazetteer_and_resolves_its_actor(freedonia: Extractor) -> None:
    store = OxigraphStore()
    text = "Fredville demanded the withdrawal of the foreign troops. The Freedonians rejected the new quota."
    summary = ingest_items([Document(id="d1", text=text)], store, freedonia)
    assert "freedonia" in summary.actors
    labels = {row["label"] for row in store.select(
        f"SELECT ?label WHERE {{ GRAPH <{ACTORS_GRAPH}> {{ ?a skos:prefLabel ?label }} }}")}
    assert labels == {"Freedonia"}
    holders = {row["holder"] for row in store.select(
        "SELECT DISTINCT ?holder WHERE { GRAPH ?g { ?s sg:holder ?h . ?h skos:prefLabel ?holder } }")}
    assert holders == {"Freedonia"}


def test_a_bad_gazetteer_file_is_a_clear_error(tmp_path: Path) -> None:
    from graph.errors import InputError
    from graph.extract.reference import load_reference_actors

    (tmp_path / "bad.ttl").write_text("actor:x a sg:State", encoding="utf-8")
    with pytest.raises(InputError, match="reference actors file"):
        load_reference_actors(tmp_path / "bad.ttl")
