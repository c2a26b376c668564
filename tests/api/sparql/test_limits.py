"""Limits and safe defaults of /sparql and /store: row cap, query length, SERVICE and LOAD, tokens, CORS,
formats, bad input (never a 500)."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pyoxigraph as ox
import pytest

from graph.settings import Settings
from graph.store import OxigraphStore
from tests.conftest import live_server

EX = "http://example.org/"
TEN_ROWS = "SELECT ?n WHERE { VALUES ?n { 1 2 3 4 5 6 7 8 9 10 } }"


@contextmanager
def serving(**settings: Any) -> Iterator[httpx.Client]:
    from api.app import create_app

    store = OxigraphStore()
    tricky = '"a\\nb", "},{\\"x"'  # a line break, and a JSON row boundary inside a literal
    store.update(f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> {tricky}, 3 }} }}")
    app = create_app(Settings(**settings), store=store)
    with live_server(app) as base, httpx.Client(base_url=base) as client:
        yield client


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with serving(max_rows=5, max_query_length=200) as client:
        yield client


def _rows(response: httpx.Response, fmt: str) -> int:
    if fmt == "json":
        return len(response.json()["results"]["bindings"])
    if fmt in ("csv", "tsv"):
        return len(list(csv.reader(io.StringIO(response.text), delimiter="," if fmt == "csv" else "\t"))) - 1
    results = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.XML)
    return len(list(results))


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_rows_past_the_cap_are_cut_and_the_cut_is_signalled(client: httpx.Client, fmt: str) -> None:
    cut = client.get("/sparql", params={"query": TEN_ROWS, "format": fmt})
    assert cut.status_code == 200
    assert cut.headers["x-stancegraph-truncated"] == "true"
    assert _rows(cut, fmt) == 5
    whole = client.get("/sparql", params={"query": TEN_ROWS.replace(" 6 7 8 9 10", ""), "format": fmt})
    assert "x-stancegraph-truncated" not in whole.headers
    assert _rows(whole, fmt) == 5


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_literals_that_look_like_row_boundaries_are_not_rows(client: httpx.Client, fmt: str) -> None:
    response = client.get("/sparql", params={"query": "SELECT ?o WHERE { ?s ?p ?o }", "format": fmt})
    assert "x-stancegraph-truncated" not in response.headers
    assert _rows(response, fmt) == 3


def test_a_query_over_the_length_limit_gets_413(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "ASK {}" + " " * 300})
    assert response.status_code == 413
    assert "limit is 200" in response.json()["error"]


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "select * { service silent <http://127.0.0.1:1/x> { ?s ?p ?o } }",
])
def test_service_is_refused_by_default(client: httpx.Client, query: str) -> None:
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 403
    assert "STANCEGRAPH_ALLOW_SERVICE" in response.json()["error"]


def test_the_word_service_inside_strings_iris_and_names_is_not_refused(client: httpx.Client) -> None:
    query = 'SELECT ?service WHERE { BIND("SERVICE" AS ?service) FILTER(?service != <http://x/SERVICE>) }'
    assert client.get("/sparql", params={"query": query}).status_code == 200


def test_updates_are_off_without_a_token(client: httpx.Client) -> None:
    update = {"content-type": "application/sparql-update"}
    response = client.post("/sparql", content="CLEAR ALL", headers=update)
    assert response.status_code == 403
    assert "STANCEGRAPH_UPDATE_TOKEN" in response.json()["error"]
    turtle = {"content-type": "text/turtle"}
    put = client.put(f"/store?graph={EX}g", content="<a:b> <a:c> <a:d> .", headers=turtle)
    assert put.status_code == 403
    assert client.get("/sparql", params={"query": "ASK { ?s ?p 3 }"}).json()["boolean"] is True


def test_load_is_refused_even_with_the_token() -> None:
    with serving(update_token="t") as client:
        response = client.post("/sparql", content="LOAD <http://127.0.0.1:1/data.ttl>",
                               headers={"content-type": "application/sparql-update",
                                        "authorization": "Bearer t"})
    assert response.status_code == 403
    assert "STANCEGRAPH_ALLOW_LOAD" in response.json()["error"]


def test_a_read_token_guards_queries_and_the_store() -> None:
    with serving(read_token="r") as client:
        assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 401
        assert client.get(f"/store?graph={EX}g").status_code == 401
        ok = client.get("/sparql", params={"query": "ASK {}"}, headers={"authorization": "Bearer r"})
        assert ok.status_code == 200
        wrong = client.get("/sparql", params={"query": "ASK {}"}, headers={"authorization": "Bearer rr"})
        assert wrong.status_code == 401 and wrong.headers["www-authenticate"].startswith("Bearer")


def test_cors_is_off_by_default_and_on_for_configured_origins(client: httpx.Client) -> None:
    origin = {"origin": "https://yasgui.example"}
    closed = client.get("/sparql", params={"query": "ASK {}"}, headers=origin)
    assert "access-control-allow-origin" not in closed.headers
    with serving(cors_origins=["https://yasgui.example"]) as allowed:
        response = allowed.get("/sparql", params={"query": "ASK {}"}, headers=origin)
        assert response.headers["access-control-allow-origin"] == "https://yasgui.example"


@pytest.mark.parametrize(("accept", "expected"), [
    ("text/csv;q=0.4, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("text/*", "text/csv"),
    ("application/json", "application/sparql-results+json"),
    ("*/*;q=0.1, text/tab-separated-values", "text/tab-separated-values"),
])
def test_accept_with_q_values_picks_the_format(client: httpx.Client, accept: str, expected: str) -> None:
    response = client.get("/sparql", params={"query": "SELECT * {}"}, headers={"accept": accept})
    assert response.headers["content-type"].split(";")[0] == expected


@pytest.mark.parametrize(("fmt", "media"), [
    ("ttl", "text/turtle"), ("nt", "application/n-triples"), ("nq", "application/n-quads"),
    ("trig", "application/trig"), ("jsonld", "application/ld+json"), ("rdfxml", "application/rdf+xml"),
])
def test_construct_in_every_rdf_format(client: httpx.Client, fmt: str, media: str) -> None:
    response = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": fmt})
    assert response.headers["content-type"].split(";")[0] == media
    assert len(list(ox.parse(response.content, format=ox.RdfFormat.from_media_type(media)))) == 3


@pytest.mark.parametrize(("params", "headers", "status"), [
    ({"query": "SELECT * {}"}, {"accept": "image/png"}, 406),
    ({"query": "SELECT * {}", "format": "parquet"}, {}, 406),
    ({"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, {"accept": "text/csv"}, 406),
    ({"query": "SELECT * WHERE { ?s ?p }"}, {}, 400),
    ({"query": "SELECT * {}", "default-graph-uri": "not an iri"}, {}, 400),
    ({"query": "SELECT * {}", "using-graph-uri": f"{EX}g"}, {}, 400),
])
def test_bad_requests_get_clear_4xx(client: httpx.Client, params: dict[str, str], headers: dict[str, str],
                                    status: int) -> None:
    response = client.get("/sparql", params=params, headers=headers)
    assert response.status_code == status
    assert response.json()["status"] == status and response.json()["error"]


def test_a_syntax_error_names_the_position(client: httpx.Client) -> None:
    error = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"}).json()["error"]
    assert error.startswith("error at 1:")


@pytest.mark.parametrize(("method", "path", "headers", "body"), [
    ("GET", "/sparql?query=%FF%FE", {}, None),
    ("POST", "/sparql", {"content-type": "application/sparql-query"}, b"ASK { \xff }"),
    ("POST", "/sparql", {"content-type": "application/x-www-form-urlencoded"}, b"query=%C3%28"),
    ("POST", "/sparql", {"content-type": "application/sparql-query; charset=latin-1"}, b"ASK {}"),
    ("POST", "/sparql", {"content-type": "multipart/form-data; boundary=x"}, b"--x--"),
    ("POST", "/sparql", {"content-type": "application/sparql-query"}, b"ASK {}" + b" " * 70000),
    ("GET", "/sparql?query=ASK%20%7B%7D&query=ASK%20%7B%7D", {}, None),
    ("GET", "/store", {}, None),
    ("GET", "/store?graph=nope", {}, None),
    ("GET", "/store?graph=http%3A%2F%2Fexample.org%2Fnone", {}, None),
    ("GET", f"/store?graph={EX}g&default", {}, None),
    ("GET", "/sparql?query=DESCRIBE%20%3Chttp%3A%2F%2Fx%3E&format=%00", {}, None),
])
def test_nothing_a_client_sends_gets_a_500(client: httpx.Client, method: str, path: str,
                                           headers: dict[str, str], body: bytes | None) -> None:
    response = client.request(method, path, headers=headers, content=body)
    assert 400 <= response.status_code < 500, response.text
    assert response.json()["error"]


def test_store_refuses_rdf_in_an_unknown_media_type() -> None:
    with serving(update_token="t") as client:
        response = client.put(f"/store?graph={EX}h", content=b"x", headers={
            "content-type": "application/x-unknown", "authorization": "Bearer t"})
        assert response.status_code == 415
        bad = client.put(f"/store?graph={EX}h", content=b"<a> <b", headers={
            "content-type": "text/turtle", "authorization": "Bearer t"})
        assert bad.status_code == 400
        assert client.get(f"/store?graph={EX}h").status_code == 404


def test_the_union_default_gives_way_to_from_and_to_protocol_graphs() -> None:
    with serving() as client:
        def count(dataset: str = "", **params: str) -> int:
            query = f"SELECT (COUNT(*) AS ?n) {dataset} WHERE {{ ?s ?p ?o }}"
            response = client.get("/sparql", params={"query": query, "format": "csv", **params})
            return int(response.text.split()[1])

        assert count() == 3  # the union of every graph
        assert count(f"FROM <{EX}other>") == 0  # the query's FROM wins over the union
        assert count(f"FROM <{EX}g>") == 3
        assert count(**{"named-graph-uri": f"{EX}g"}) == 0  # only named graphs: an empty default graph
        assert count(**{"default-graph-uri": f"{EX}g"}) == 3
        assert count(f"FROM <{EX}g>", **{"default-graph-uri": f"{EX}other"}) == 0  # the protocol wins


def test_other_methods_on_sparql_get_405_naming_the_allowed_ones(client: httpx.Client) -> None:
    response = client.put("/sparql", content=b"ASK {}")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, POST"
    assert "PUT is not allowed" in response.json()["error"]


def test_a_server_out_of_file_descriptors_answers_503_not_a_client_error(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from api.sparql import results

    def exhausted() -> tuple[int, int]:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(results, "_pipe", exhausted)
    answer = client.get("/sparql", params={"query": TEN_ROWS})
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "1"
    assert answer.json()["error"] == "the server cannot open a pipe for the answer (Too many open files); retry shortly"
    monkeypatch.undo()
    assert client.get("/sparql", params={"query": TEN_ROWS}).status_code == 200


@pytest.mark.parametrize(("text", "expected"), [
    ("SELECT * { ?s ?p ?o }", frozenset()),
    ("select * from <http://x/g> { ?s ?p ?o }", {"SELECT", "FROM"}),
    ("SELECT * { Service <http://x/> { ?s ?p ?o } }", {"SELECT", "SERVICE"}),
    ("load <http://x/d.ttl>", {"LOAD"}),
    ('SELECT ?fromDate { ?s <http://x/p> "SERVICE" }', {"SELECT"}),  # lexed: only bare words count
])
def test_the_keywords_that_decide_guards_and_dataset_are_found_in_any_case(text: str, expected: set[str]) -> None:
    from api.sparql.gate import GateLimits, admit

    limits = GateLimits(max_depth=200, max_term_depth=40, max_chain=1000, allow_service=True, allow_load=True)
    assert admit(text, update=False, limits=limits) == expected
