"""The remote backend against real servers (`oxigraph serve`, Virtuoso 7): ingest, idempotent replacement,
the stance export, exploration, exports and the SPARQL endpoint give what the embedded store gives on the
same articles."""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

import api.cli.core  # noqa: F401  (registers the commands)
import api.cli.explore  # noqa: F401
from api.app import create_app
from api.cli.base import app as cli_app
from api.local_server import serve_in_thread
from graph.errors import QueryError, StoreUnavailable
from graph.export import export_file
from graph.export.selection import Selection
from graph.ingest import ingest
from graph.settings import Settings
from graph.store import OxigraphStore, RemoteStore, open_store
from queries.actors import actor_card
from queries.export import stance_export
from tests.backends import Backend
from tests.conftest import EXAMPLES
from tests.sparql_servers import oxigraph_server

# the servers of the `backend` fixture (tests/backends.py), without the embedded store these tests compare with
on_servers = pytest.mark.parametrize("backend", ["oxigraph", "virtuoso"], indirect=True)


@pytest.fixture(scope="module")
def remote(backend: Backend, extractor: Any, request: pytest.FixtureRequest) -> RemoteStore:
    """The server's store, holding the examples as the real extractor reads them, ingested into it."""
    store = backend.held_by(request, "examples ingested", lambda store: ingest([EXAMPLES], store, extractor))
    assert isinstance(store, RemoteStore)
    return store


def own_graphs(store: Any) -> list[str]:
    """The graphs stancegraph wrote (Virtuoso keeps system graphs of its own beside them)."""
    return [g for g in store.graph_names() if g.startswith("https://w3id.org/stancegraph/")]


def records(store: Any) -> list[dict[str, Any]]:
    return sorted(stance_export(store), key=lambda r: (r["record"], r.get("id") or str(r.get("stances"))))


@on_servers
def test_the_remote_store_holds_what_the_embedded_store_holds(remote: RemoteStore, examples_store: Any) -> None:
    assert records(remote) == records(examples_store)
    assert own_graphs(remote) == examples_store.graph_names()


@on_servers
def test_ingesting_again_changes_nothing(remote: RemoteStore, extractor: Any) -> None:
    before = remote.triple_count()
    ingest([EXAMPLES / "harbour-talks.txt"], remote, extractor)
    assert remote.triple_count() == before


@on_servers
def test_queries_read_every_form_and_bound_variables(remote: RemoteStore, examples_store: Any) -> None:
    ask = "ASK { ?document a sg:Document }"
    assert bool(remote.query(ask)) is True
    assert isinstance(remote.query(ask), ox.QueryBoolean)
    bound = {ox.Variable("kind"): ox.NamedNode("https://w3id.org/stancegraph/ontology#State")}
    select = "SELECT ?actor ?kind WHERE { ?actor a ?kind } ORDER BY ?actor LIMIT 5"
    assert [r["actor"] for r in remote.select(select, substitutions=bound)] == \
           [r["actor"] for r in examples_store.select(select, substitutions=bound)]
    triples = remote.query("CONSTRUCT { ?d a sg:Document } WHERE { ?d a sg:Document }")
    assert len(list(triples)) == len(list(examples_store.query(
        "CONSTRUCT { ?d a sg:Document } WHERE { ?d a sg:Document }")))
    with pytest.raises(QueryError):
        remote.query("SELECT WHERE {")


@on_servers
def test_exploration_and_exports_agree_with_the_embedded_store(remote: RemoteStore, examples_store: Any) -> None:
    name = next(r["id"] for r in records(examples_store) if r["record"] == "stance")
    holder = next(r["holder"] for r in records(examples_store) if r.get("id") == name)
    assert actor_card(remote, holder) == actor_card(examples_store, holder)
    remote_quads, embedded_quads = (
        {same_value(q) for q in ox.parse(b"".join(export_file(store, Selection(), "nq").chunks),
                                         format=ox.RdfFormat.N_QUADS)}
        for store in (remote, examples_store))
    assert remote_quads and remote_quads == embedded_quads  # the graph mints IRIs: no blank node to map


@on_servers
def test_the_service_answers_sparql_and_the_graph_store_from_a_remote_store(remote: RemoteStore) -> None:
    with serve_in_thread(create_app(Settings(), store=remote)) as base:
        rows = httpx.get(f"{base}/sparql", params={"query": "SELECT ?d WHERE { ?d a sg:Document }"},
                         headers={"Accept": "application/sparql-results+json"}).json()
        assert len(rows["results"]["bindings"]) == len(list(EXAMPLES.glob("*.txt")))
        turtle = httpx.get(f"{base}/sparql", params={"query": "CONSTRUCT WHERE { ?d a sg:Document }"},
                           headers={"Accept": "text/turtle"})
        assert turtle.status_code == 200 and "Document" in turtle.text
        graph = rows["results"]["bindings"][0]["d"]["value"]
        got = httpx.get(f"{base}/store", params={"graph": graph}, headers={"Accept": "application/n-triples"})
        assert got.status_code == 200 and graph in got.text
        assert httpx.get(f"{base}/actors", params={"q": "russia"}).json()["total"] >= 1


def test_the_command_line_ingests_into_and_reads_from_a_server(tmp_path: Path) -> None:
    with oxigraph_server(tmp_path / "served") as base:
        runner = CliRunner()
        done = runner.invoke(cli_app, ["ingest", str(EXAMPLES / "energy-truce.txt"), "--store", base])
        assert done.exit_code == 0, done.stderr
        found = runner.invoke(cli_app, ["query", "SELECT ?d WHERE { ?d a sg:Document }", "--store", base,
                                        "--format", "csv"])
        assert found.exit_code == 0 and "energy-truce" in found.stdout


def test_a_server_that_does_not_answer_is_one_clear_error() -> None:
    store = open_store("http://127.0.0.1:9/", settings=Settings(store_timeout=2))
    with pytest.raises(StoreUnavailable, match="did not answer"):
        store.triple_count()
    result = CliRunner().invoke(cli_app, ["query", "ASK {}", "--store", "http://127.0.0.1:9"])
    assert result.exit_code == 1 and "did not answer" in result.stderr and "Traceback" not in result.stderr


@on_servers
def test_dumps_of_one_graph_and_of_everything(remote: RemoteStore, examples_store: OxigraphStore) -> None:
    graph = ox.NamedNode(own_graphs(remote)[0])
    assert same_triples(remote.dump(fmt=ox.RdfFormat.N_TRIPLES, graph=graph),
                            examples_store.dump(fmt=ox.RdfFormat.N_TRIPLES, graph=graph))
    out = io.BytesIO()
    remote.dump(out, fmt=ox.RdfFormat.N_QUADS)
    assert out.getvalue().count(b"\n") == remote.triple_count() >= examples_store.triple_count()


def same_value(quad: ox.Quad) -> tuple[Any, ...]:
    """A quad with numbers compared by value: Virtuoso answers an xsd:integer offset as xsd:nonNegativeInteger."""
    term = quad.object
    value: Any = term
    if isinstance(term, ox.Literal) and term.datatype.value.endswith(("Integer", "#integer", "#int")):
        value = int(term.value)
    return (quad.subject, quad.predicate, value, quad.graph_name)


def same_triples(a: bytes | None, b: bytes | None) -> bool:
    """Whether two N-Triples documents hold the same triples (numbers compared by value)."""
    def triples(data: bytes | None) -> set[tuple[Any, ...]]:
        return {same_value(ox.Quad(t.subject, t.predicate, t.object))
                for t in ox.parse(data or b"", format=ox.RdfFormat.N_TRIPLES)}
    return triples(a) == triples(b) != set()


def test_the_service_answers_503_while_its_server_is_down() -> None:
    down = open_store("http://127.0.0.1:9/", settings=Settings(store_timeout=2))
    with serve_in_thread(create_app(Settings(), store=down)) as base:
        sparql = httpx.get(f"{base}/sparql", params={"query": "ASK {}"})
        assert sparql.status_code == 503 and "did not answer" in sparql.json()["error"]
        actors = httpx.get(f"{base}/actors/russia")
        assert actors.status_code == 503 and actors.headers["retry-after"]
