"""GET /export and `stancegraph export`: every format from the HTTP service and the command line, file names,
streaming over a real server, and one clear error for bad parameters."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import httpx
import networkx as nx
import pytest

import api.cli.export  # noqa: F401  (registers the command)
from api.app import create_app
from api.cli.base import app as cli_app
from graph.export import FORMATS, export_file
from graph.export.selection import Selection
from graph.store import GraphStore
from tests.backends import Backend, CommandStore, command_store, copy_graphs
from tests.conftest import live_server

EXPECTED = {
    "gexf": ("application/gexf+xml", "stancegraph.gexf", b"<?xml"),
    "graphml": ("application/graphml+xml", "stancegraph.graphml", b"<?xml"),
    "csv": ("application/zip", "stancegraph.zip", b"PK"),
    "ttl": ("text/turtle", "stancegraph.ttl", b"@prefix"),
    "nq": ("application/n-quads", "stancegraph.nq", b"<https://w3id.org/stancegraph/id/"),
    "trig": ("application/trig", "stancegraph.trig", b"@prefix"),
    "jsonld": ("application/ld+json", "stancegraph.jsonld", b'{"@context"'),
}


@pytest.fixture(scope="module")
def examples_store(backend: Backend, embedded_examples: GraphStore, request: pytest.FixtureRequest) -> GraphStore:
    """The bundled examples, on the backend under test."""
    return backend.copy_held_by(request, "examples", embedded_examples)


@pytest.fixture(scope="module")
def client(examples_store: Any) -> Any:
    """An HTTP client of a real server on the examples store."""
    with live_server(create_app(store=examples_store)) as base:
        with httpx.Client(base_url=base, timeout=60) as http:
            yield http


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_comes_with_its_media_type_and_file_name(client: Any, fmt: str) -> None:
    response = client.get("/export", params={"format": fmt})
    media_type, filename, start = EXPECTED[fmt]
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert response.headers["content-disposition"] == f'attachment; filename="{filename}"'
    assert response.content.startswith(start)


def test_selectors_narrow_the_export_and_name_the_file(client: Any, examples_store: Any) -> None:
    params = {"format": "gexf", "actor": "Russia", "depth": "2", "types": "Reject,Accuse"}
    response = client.get("/export", params=params)
    assert response.status_code == 200
    assert response.headers["content-disposition"].endswith(
        'filename="stancegraph-russia-d2-reject-accuse.gexf"'
    )
    graph = nx.read_gexf(io.BytesIO(response.content), version="1.3")
    assert graph.number_of_edges() > 0
    assert {data["stance_type"] for *_, data in graph.edges(data=True)} <= {"Reject", "Accuse"}
    whole = nx.read_gexf(io.BytesIO(client.get("/export", params={"format": "gexf"}).content), version="1.3")
    assert graph.number_of_edges() < whole.number_of_edges()


def test_one_csv_table_and_one_document(client: Any) -> None:
    response = client.get("/export", params={"format": "csv", "table": "nodes", "document": "harbour-talks"})
    assert response.status_code == 200
    assert response.headers["content-disposition"].endswith('filename="stancegraph-harbour-talks-nodes.csv"')
    assert response.text.startswith("Id,Label,kind,")


@pytest.mark.parametrize(
    ("params", "status", "names"),
    [
        ({"format": "xlsx"}, 422, "format"),
        ({"format": "gexf", "depth": "-1"}, 422, "depth"),
        ({"format": "gexf", "since": "yesterday"}, 422, "since"),
        ({"format": "csv", "table": "links"}, 422, "table"),
        ({"format": "gexf", "types": "Shout"}, 422, "Shout"),
        ({"format": "gexf", "table": "nodes"}, 422, "csv only"),
        ({"format": "ttl", "document": "nowhere"}, 404, "nowhere"),
        ({"format": "gexf", "since": "2025-05-01", "until": "2025-01-01"}, 422, "after until"),
        ({"format": "gexf", "actor": "Rusia"}, 404, "Rusia"),
    ],
)
def test_bad_parameters_get_one_json_error(
    client: Any, params: dict[str, str], status: int, names: str
) -> None:
    response = client.get("/export", params=params)
    assert response.status_code == status
    body = response.json()
    assert body["status"] == status and names in json.dumps(body)
    if params.get("actor"):
        assert "Russia" in body["suggestions"]


@pytest.mark.parametrize("name", ["Rusia", "kremlin", "Moscow", "united-states"])
def test_export_resolves_an_actor_exactly_as_the_actor_card_does(client: Any, name: str) -> None:
    card = client.get(f"/actors/{name}")
    export = client.get("/export", params={"format": "csv", "table": "nodes", "actor": name})
    assert export.status_code == card.status_code
    if card.status_code == 404:
        assert export.json()["suggestions"] == card.json()["suggestions"]
    else:
        assert card.json()["key"] in export.headers["content-disposition"]


def test_a_depth_past_the_setting_is_refused(client: Any) -> None:
    response = client.get("/export", params={"format": "gexf", "actor": "russia", "depth": 4})
    assert response.status_code == 422 and "max_depth" in response.json()["error"]


def test_a_real_server_streams_the_export(examples_store: Any) -> None:
    expected = b"".join(export_file(examples_store, Selection(), "gexf").chunks)
    with live_server(create_app(store=examples_store)) as base:
        with httpx.stream("GET", f"{base}/export", params={"format": "gexf"}, timeout=30) as response:
            assert response.status_code == 200
            assert "content-length" not in response.headers  # sent as it is written, not measured first
            chunks = list(response.iter_bytes())
    assert b"".join(chunks) == expected


@pytest.fixture(scope="module")
def store_dir(backend: Backend, embedded_examples: GraphStore, request: pytest.FixtureRequest) -> CommandStore:
    """The examples for the command line: on the server, or an on-disk copy of the examples store."""
    return command_store(backend, request, "examples", lambda store: copy_graphs(embedded_examples, store),
                         lambda: request.getfixturevalue("examples_store_dir"))


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_command_line_writes_every_format(store_dir: CommandStore, tmp_path: Path, fmt: str) -> None:
    result = store_dir.invoke(cli_app, "export", "--format", fmt, "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    written = tmp_path / EXPECTED[fmt][1]
    assert written.read_bytes().startswith(EXPECTED[fmt][2])
    assert f"wrote {written}" in result.stderr
    if fmt == "csv":
        assert zipfile.ZipFile(written).namelist() == ["nodes.csv", "edges.csv"]


def test_the_command_line_writes_to_stdout_with_selectors(store_dir: CommandStore) -> None:
    result = store_dir.invoke(cli_app, "export", "-f", "csv", "--table", "edges", "--types", "accuse")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Source,Target,Type,Id,Label,Weight") and len(lines) > 1
    assert all(",Accuse," in line for line in lines[1:] if line.startswith("https://"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "xlsx"], "unknown format 'xlsx'"),
        (["-f", "gexf", "--actor", "Rusia"], "unknown actor 'Rusia'; did you mean russia"),
        (["-f", "gexf", "--types", "Shout"], "unknown stance type Shout"),
        (["-f", "gexf", "--depth", "12"], "depth must be between 0 and 3 (setting max_depth)"),
        (["-f", "gexf", "--out", "/nonexistent-folder/x.gexf"], "cannot write /nonexistent-folder/x.gexf"),
    ],
)
def test_the_command_line_reports_bad_options_in_one_line(
    store_dir: CommandStore, args: list[str], message: str
) -> None:
    result = store_dir.invoke(cli_app, "export", *args)
    assert result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.stderr
