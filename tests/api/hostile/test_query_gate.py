"""Hostile input for the query gate, against a real service process (issue #15, defects 1 and 2).

Deep nesting used to kill the process (pyoxigraph's parser overflows its stack: SIGSEGV); escapes, comments,
strings and glued keywords used to carry a SERVICE or a LOAD past the keyword check, and the server fetched
a loopback URL for an anonymous client. Each case checks the status, that the answer came within a bound,
that nothing reached the loopback endpoint, and that the service still answers /health within 2 s.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from tests.api.hostile.gate_server import TOKEN, CountingEndpoint, Service, service_process

ANSWER_WITHIN = 10.0  # seconds: generous, on a shared 2-core machine; the gate itself takes milliseconds
DIRECT_QUERY = {"Content-Type": "application/sparql-query"}
DIRECT_UPDATE = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def loopback() -> Iterator[CountingEndpoint]:
    with CountingEndpoint().running() as endpoint:
        yield endpoint


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], Service]]:
    """The module's service process; started again for the next test when a test has killed it."""
    with ExitStack() as stack:
        running: list[Service] = []

        def live() -> Service:
            if not running or running[-1].process.poll() is not None:
                store = tmp_path_factory.mktemp("gate-store")
                running.append(stack.enter_context(service_process(store)))
            return running[-1]

        yield live


@pytest.fixture()
def service(services: Callable[[], Service]) -> Service:
    return services()


def _sent(service: Service, send: str, text: str) -> httpx.Response:
    """Send a hostile query or update while /health is asked beside it; both must answer in time."""
    healthy: list[bool] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            healthy.append(service.answers_health(within=2.0))
            stop.wait(0.2)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    started = time.monotonic()
    try:
        if send == "get":
            response = service.client.get("/sparql", params={"query": text}, timeout=ANSWER_WITHIN)
        elif send == "update":
            response = service.client.post("/sparql", content=text.encode(), headers=DIRECT_UPDATE,
                                           timeout=ANSWER_WITHIN)
        else:
            response = service.client.post("/sparql", content=text.encode(), headers=DIRECT_QUERY,
                                           timeout=ANSWER_WITHIN)
    finally:
        stop.set()
        watcher.join(timeout=5)
    assert time.monotonic() - started < ANSWER_WITHIN
    assert all(healthy), "/health did not answer within 2 s while the request ran"
    assert service.answers_health(within=2.0), "the service no longer answers /health"
    return response


def nested_groups(n: int) -> str:
    return "SELECT * WHERE " + "{" * n + "?s ?p ?o" + "}" * n


def filter_parentheses(n: int) -> str:
    return "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * n + "?o" + ")" * n + ") }"


def nested_optionals(n: int) -> str:
    return "SELECT * WHERE " + "{ ?s ?p ?o OPTIONAL " * n + "{ ?s ?p ?o }" + "}" * n


@pytest.mark.parametrize(("send", "text"), [
    ("post", nested_groups(2300)),
    ("get", nested_groups(2300)),
    ("post", filter_parentheses(4700)),
    ("post", nested_optionals(3000)),
], ids=["2300-groups-post", "2300-groups-get", "4700-filter-parentheses", "3000-optionals"])
def test_the_issue_s_crashing_queries_get_400_and_the_service_lives(service: Service, send: str, text: str) -> None:
    response = _sent(service, send, text)
    assert response.status_code == 400
    assert "STANCEGRAPH_MAX_QUERY_DEPTH" in response.json()["error"]


def _query(body: str) -> str:
    return "SELECT * WHERE { ?s ?p ?o " + body + " }"


# Every construct that crashed pyoxigraph within the length limit (docs/sparql.md), 5-15 % past its crash
DEEP = {
    "subqueries": "SELECT * WHERE " + "{ SELECT * WHERE " * 2700 + "{ ?s ?p ?o }" + "}" * 2700,
    "blank-node-lists": "SELECT * WHERE { ?s <http://x/p> " + "[ <http://x/p> " * 3700 + "?o" + " ]" * 3700 + " }",
    "triple-patterns": _query(". ?s ?p ?o" * 9600),
    "groups-in-a-group": _query("{?s ?p ?o}" * 9600),
    "filters-in-a-group": _query("FILTER(?o)" * 9950),
    "minus-in-a-group": _query("MINUS{?s ?p ?o}" * 3000),
    "select-expressions": "SELECT " + " ".join(f"(1 AS ?v{i})" for i in range(3000)) + " WHERE {}",
    "or-chain": _query("FILTER(?o" + "||?o" * 10000 + ")"),
    "and-chain": _query("FILTER(?o" + "&&?o" * 10000 + ")"),
    "plus-chain": _query("FILTER(?o" + "+1" * 7800 + ")"),
    "times-chain": _query("FILTER(?o" + "*1" * 7800 + ")"),
    "not-chain": _query("FILTER(" + "!" * 10000 + "?o)"),
    "object-list": "SELECT * WHERE { ?s ?p " + ",".join(["?o"] * 9000) + " }",
}
DEEP_UPDATES = {
    "update-where-groups": "DELETE { ?s ?p ?o } WHERE " + "{" * 2400 + "?s ?p ?o" + "}" * 2400,
    "insert-data-blank-nodes": "INSERT DATA { <http://a> <http://b> " + "[ <http://b> " * 3700 + "1" + " ]" * 3700
                               + " }",
}


@pytest.mark.parametrize("name", list(DEEP) + list(DEEP_UPDATES))
def test_every_construct_that_crashed_the_engine_gets_400(service: Service, name: str) -> None:
    text = DEEP.get(name) or DEEP_UPDATES[name]
    assert len(text) <= 100_000  # within the length limit: only the gate stands in the way
    response = _sent(service, "update" if name in DEEP_UPDATES else "post", text)
    assert response.status_code == 400
    assert "STANCEGRAPH_MAX_QUERY_" in response.json()["error"]


def test_nesting_up_to_the_limit_is_answered(service: Service) -> None:
    assert _sent(service, "post", nested_groups(200)).status_code == 200
    assert _sent(service, "post", nested_groups(201)).status_code == 400


@pytest.mark.parametrize("send", ["get", "post"])
def test_the_escaped_hash_bypass_of_the_issue_fetches_nothing(
    service: Service, loopback: CountingEndpoint, send: str
) -> None:
    """`\\u0041#` is an `A#` inside an IRI to the engine; a scanner that ignores escapes read a comment."""
    before = loopback.hits
    text = f"SELECT * WHERE {{ BIND(<http://x\\u0041#> AS ?z) SERVICE <{loopback.url}> {{ ?s ?p ?o }} }}"
    response = _sent(service, send, text)
    assert response.status_code == 403
    assert "STANCEGRAPH_ALLOW_SERVICE" in response.json()["error"]
    assert loopback.hits == before


def test_the_escaped_hash_bypass_carries_no_load_in_an_update(service: Service, loopback: CountingEndpoint) -> None:
    before = loopback.hits
    data = loopback.url.replace("/sparql", "/data.ttl")
    text = f"INSERT DATA {{ <http://x/s> <http://x/p> <http://x\\u0041#> }} ; LOAD <{data}>"
    response = _sent(service, "update", text)
    assert response.status_code == 403
    assert "STANCEGRAPH_ALLOW_LOAD" in response.json()["error"]
    assert loopback.hits == before


def _service_spellings(url: str) -> list[str]:
    host_port = url.removeprefix("http://").removesuffix("/sparql")
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE <http://{host_port}/\\u0073parql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERV\\u0049CE <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX loop: <http://{host_port}/> SELECT * WHERE {{ SERVICE loop:sparql {{ ?s ?p ?o }} }}",
        f"PREFIX loop: <http://{host_port}/> SELECT * WHERE {{ SERVICEloop:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICESILENT<{url}>{{ ?s ?p ?o }} }}",
        f"PREFIX service: <http://{host_port}/> SELECT * WHERE {{ service:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?endpoint {{ <{url}> }} SERVICE ?endpoint {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(<http://x'> AS ?z) SERVICE <{url}> {{ ?s ?p ?o }} }} #'",
        f'SELECT * WHERE {{ BIND("a\\u0022 # " AS ?z) SERVICE <{url}> {{ ?s ?p ?o }} }}',
        f"PREFIX ex: <http://x/> SELECT * WHERE {{ BIND(ex:a\\#b AS ?z) SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ # a comment, then a line\n SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ]


def test_service_to_the_loopback_endpoint_is_refused_in_every_spelling(
    service: Service, loopback: CountingEndpoint
) -> None:
    before = loopback.hits
    for text in _service_spellings(loopback.url):
        for send in ("get", "post"):
            response = _sent(service, send, text)
            assert response.status_code in (400, 403), (text, response.text)
    assert loopback.hits == before


def _less_than_tricks(url: str) -> list[str]:
    host = url.removesuffix("/sparql")
    return [
        f"SELECT * WHERE {{ ?s ?p ?o FILTER(?o<'>') SERVICE <{url}> {{ ?s ?p ?o }} }} #'",
        f"PREFIX : <{host}/> SELECT * WHERE {{ ?s ?p ?o FILTER(?o<9)SERVICE:sparql#>\n{{ ?s ?p ?o }} }}",
    ]


@pytest.mark.parametrize("trick", [0, 1], ids=["quote-in-iri", "hash-in-iri"])
def test_a_less_than_that_looks_like_an_iri_is_refused(
    service: Service, loopback: CountingEndpoint, trick: int
) -> None:
    service.client.post("/sparql", content=b"INSERT DATA { <http://x/s> <http://x/p> 1 }", headers=DIRECT_UPDATE)
    before = loopback.hits
    response = _sent(service, "post", _less_than_tricks(loopback.url)[trick])
    assert response.status_code == 400
    assert "less-than" in response.json()["error"]
    assert loopback.hits == before


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:{port}/sparql", "http://localhost:{port}/sparql", "http://[::1]:{port}/sparql",
    "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/sparql", "http://2130706433:{port}/sparql",
])
def test_service_to_loopback_and_link_local_addresses_is_refused(
    service: Service, loopback: CountingEndpoint, url: str
) -> None:
    url, before = url.format(port=loopback.port), loopback.hits
    for text in (f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
                 f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}"):
        response = _sent(service, "get", text)
        assert response.status_code == 403
        assert "STANCEGRAPH_ALLOW_SERVICE" in response.json()["error"]
    assert loopback.hits == before


def test_load_is_refused_in_every_spelling(service: Service, loopback: CountingEndpoint) -> None:
    data = loopback.url.replace("/sparql", "/data.ttl")
    host, before = loopback.url.removesuffix("/sparql"), loopback.hits
    for text in [
        "LOAD <file:///etc/passwd>",
        "LOAD SILENT <file:///etc/passwd> INTO GRAPH <http://x/g>",
        f"LOAD <{data}>",
        "LOAD <http://169.254.169.254/latest/meta-data/iam/>",
        f"L\\u004FAD <{data}>",
        f"INSERT DATA {{ <http://x/s> <http://x/p> <http://x\\u0041#> }} ; LOAD <{data}>",
        f"PREFIX loop: <{host}/> LOADloop:data.ttl",
        f"PREFIX : <{host}/> LOAD:data.ttl",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{loopback.url}> {{ ?s ?p ?o }} }}",
    ]:
        response = _sent(service, "update", text)
        assert response.status_code in (400, 403), (text, response.text)
    assert loopback.hits == before


def test_the_loopback_endpoint_is_reached_when_service_and_load_are_allowed(
    tmp_path: Path, loopback: CountingEndpoint
) -> None:
    """The control: with the guards off the same harness sees the fetch, so a zero count above means something."""
    with service_process(tmp_path / "store", allow_service="true", allow_load="true") as open_service:
        before = loopback.hits
        answer = open_service.client.get("/sparql", params={
            "query": f"SELECT * WHERE {{ SERVICE <{loopback.url}> {{ ?s ?p ?o }} }}"})
        assert answer.status_code == 200
        assert answer.json()["results"]["bindings"][0]["s"]["value"] == "loot"
        loaded = open_service.client.post("/sparql", content=f"LOAD <{loopback.url[:-7]}/data.ttl>".encode(),
                                          headers=DIRECT_UPDATE)
        assert loaded.status_code == 204
        assert loopback.hits == before + 2
