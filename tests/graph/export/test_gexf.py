"""GEXF 1.3: valid against the official schema, read back by networkx with the same nodes, edges and
attributes, dynamic over time, coloured and sized; and (where npm is present) parsed by graphology-gexf."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from lxml import etree

from graph.export import export_file
from graph.export.gexf import KIND_COLOURS, STANCE_COLOURS, write_gexf
from graph.export.model import GraphExport
from graph.export.selection import Selection
from queries.export import stance_records
from tests.conftest import require_shared
from tests.graph.export.conftest import TRICKY

NS = {"g": "http://gexf.net/1.3"}


def gexf_bytes(store: Any, selection: Selection | None = None) -> bytes:
    return b"".join(write_gexf(GraphExport(store, selection or Selection())))


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    path = require_shared("conformance", "gexf-1.3", "gexf.xsd")
    return etree.XMLSchema(etree.parse(str(path)))


def read_back(data: bytes, tmp_path: Path) -> Any:
    path = tmp_path / "graph.gexf"
    path.write_bytes(data)
    return nx.read_gexf(path, version="1.3")


def test_the_seed_and_examples_export_validates_against_the_gexf_1_3_schema(
    schema: Any, seed_store: Any
) -> None:
    for selection in (Selection(), Selection(types=("Demand", "Accuse"))):
        document = etree.fromstring(gexf_bytes(seed_store, selection))
        assert schema.validate(document), schema.error_log
    assert len(document.findall(".//g:edge", NS)) > 0


def test_the_hand_made_export_validates_too(schema: Any, dated_store: Any) -> None:
    document = etree.fromstring(gexf_bytes(dated_store))
    assert schema.validate(document), schema.error_log


def test_networkx_reads_one_edge_per_stance_with_its_attributes(seed_store: Any, tmp_path: Path) -> None:
    graph = read_back(gexf_bytes(seed_store), tmp_path)
    records = {r["id"]: r for r in stance_records(seed_store) if r["target"] or r["position"]}
    assert graph.number_of_edges() == len(records) > 10
    for source, target, key, data in graph.edges(keys=True, data=True):
        record = records[key]
        assert source == record["holder"]
        assert target == (record["target"] or record["position"]["id"])
        assert data["stance_type"] == record["type"]
        assert data["polarity"] == record["polarity"] and data["modality"] == record["modality"]
        assert data["evidence"] == record["evidence"]["text"]
        assert data["document"] == record["evidence"]["document"].rsplit("/", 1)[-1]
        assert data.get("date") == record["date"] or record["date"] is None
    ends = {r["holder"] for r in records.values()} | {
        r["target"] or r["position"]["id"] for r in records.values()
    }
    assert set(graph.nodes) == ends


def test_node_attributes_count_the_stances_held_and_received(dated_store: Any, tmp_path: Path) -> None:
    graph = read_back(gexf_bytes(dated_store), tmp_path)
    assert graph.number_of_nodes() == 5 and graph.number_of_edges() == 5
    alpha = graph.nodes["https://w3id.org/stancegraph/id/actor/alpha"]
    assert alpha["label"] == "Alpha Person" and alpha["kind"] == "Person"
    assert alpha["aliases"] == '["A.", "Mr. Alpha"]' and alpha["country"] == "Land" and alpha["wikidata"] == "Q1"
    assert (alpha["stances_held"], alpha["stances_received"]) == (2, 0)
    gamma = graph.nodes["https://w3id.org/stancegraph/id/actor/gamma"]
    assert (gamma["stances_held"], gamma["stances_received"]) == (1, 2)
    assert graph.nodes["https://w3id.org/stancegraph/id/position/grid-truce"]["kind"] == "Position"


def test_parallel_edges_are_kept_each_with_its_own_id(dated_store: Any, tmp_path: Path) -> None:
    graph = read_back(gexf_bytes(dated_store), tmp_path)
    between = graph.get_edge_data(
        "https://w3id.org/stancegraph/id/actor/alpha", "https://w3id.org/stancegraph/id/actor/beta"
    )
    assert sorted(between) == [
        "https://w3id.org/stancegraph/id/stance/doc-one/0",
        "https://w3id.org/stancegraph/id/stance/doc-one/1",
    ]


def test_tricky_evidence_text_survives_escaping(dated_store: Any, tmp_path: Path) -> None:
    graph = read_back(gexf_bytes(dated_store), tmp_path)
    accusation = graph.get_edge_data(
        "https://w3id.org/stancegraph/id/actor/beta", "https://w3id.org/stancegraph/id/actor/gamma"
    )
    (data,) = accusation.values()
    assert data["evidence"] == TRICKY.replace("\x01", "")
    assert data["attributed_to"] == "Delta Group" and data["modality"] == "reported"


def test_the_graph_is_dynamic_with_edge_and_node_spells(dated_store: Any) -> None:
    root = etree.fromstring(gexf_bytes(dated_store))
    graph = root.find("g:graph", NS)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")

    def spells(element: Any) -> list[tuple[str, str]]:
        return [(s.get("start"), s.get("end")) for s in element.findall("g:spells/g:spell", NS)]

    edges = {
        e.get("id").rsplit("/", 2)[-2] + "/" + e.get("id").rsplit("/", 1)[-1]: e
        for e in root.iter("{http://gexf.net/1.3}edge")
    }
    assert spells(edges["doc-one/0"]) == [("2025-03-01", "2025-03-01")]
    assert spells(edges["doc-one/2"]) == [("2025-03-02", "2025-03-02")]  # the document's date
    nodes = {n.get("id").rsplit("/", 1)[-1]: n for n in root.iter("{http://gexf.net/1.3}node")}
    assert spells(nodes["alpha"]) == [("2025-03-01", "2025-03-05")]
    assert spells(nodes["gamma"]) == [("2025-03-02", "2025-04-10")]


def test_colours_follow_stance_type_and_kind_and_size_follows_degree(dated_store: Any) -> None:
    root = etree.fromstring(gexf_bytes(dated_store))

    def rgb(element: Any) -> tuple[int, int, int]:
        colour = element.find("g:color", NS)
        return int(colour.get("r")), int(colour.get("g")), int(colour.get("b"))

    for edge in root.iter("{http://gexf.net/1.3}edge"):
        assert rgb(edge) == STANCE_COLOURS[edge.get("label")]
    assert len({rgb(e) for e in root.iter("{http://gexf.net/1.3}edge")}) == 4
    nodes = {n.get("id").rsplit("/", 1)[-1]: n for n in root.iter("{http://gexf.net/1.3}node")}
    assert (
        rgb(nodes["alpha"]) == KIND_COLOURS["Person"] and rgb(nodes["grid-truce"]) == KIND_COLOURS["Position"]
    )

    def size(name: str) -> float:
        return float(nodes[name].find("g:size", NS).get("value"))

    assert size("gamma") > size("alpha") > size("delta")  # degrees 3, 2, 1


@pytest.fixture(scope="module")
def graphology(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with graphology and graphology-gexf installed from npm, and a parse script."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node and npm are not installed: cannot run the graphology-gexf reader")
    folder = tmp_path_factory.mktemp("graphology")
    try:
        done = subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(folder),
                "--no-audit",
                "--no-fund",
                "graphology",
                "graphology-gexf",
            ],
            capture_output=True,
            text=True,
            timeout=240,
        )
    except subprocess.TimeoutExpired:
        pytest.skip("npm install of graphology-gexf timed out (no network?)")
    if done.returncode != 0:
        pytest.skip(f"npm install of graphology-gexf failed (no network?): {done.stderr.strip()[-300:]}")
    (folder / "parse.js").write_text(PARSE_JS)
    return folder


PARSE_JS = """
const fs = require('fs');
const {parse} = require('graphology-gexf');
const Graph = require('graphology');
const graph = parse(Graph, fs.readFileSync(process.argv[2], 'utf-8'));
const nodes = {}; graph.forEachNode((n, a) => { nodes[n] = a; });
const edges = {}; graph.forEachEdge((e, a, s, t) => { edges[e] = Object.assign({source: s, target: t}, a); });
process.stdout.write(JSON.stringify({type: graph.type, multi: graph.multi, nodes, edges}));
"""


@pytest.mark.slow
def test_graphology_gexf_reads_the_same_graph(graphology: Path, seed_store: Any, tmp_path: Path) -> None:
    path = tmp_path / "seed.gexf"
    path.write_bytes(gexf_bytes(seed_store))
    done = subprocess.run(
        ["node", str(graphology / "parse.js"), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=graphology,
    )
    assert done.returncode == 0, done.stderr
    parsed = json.loads(done.stdout)
    expected = read_back(path.read_bytes(), tmp_path)
    assert parsed["type"] == "directed" and parsed["multi"] is True
    assert set(parsed["nodes"]) == set(expected.nodes)
    assert set(parsed["edges"]) == {key for _, _, key in expected.edges(keys=True)}
    for source, target, key, data in expected.edges(keys=True, data=True):
        edge = parsed["edges"][key]
        assert (edge["source"], edge["target"]) == (source, target)
        assert edge["stance_type"] == data["stance_type"] and edge["evidence"] == data["evidence"]
        assert edge["color"].startswith("rgb(")
    for node, data in expected.nodes(data=True):
        assert parsed["nodes"][node]["kind"] == data["kind"]
        assert parsed["nodes"][node]["stances_held"] == data["stances_held"]
        assert parsed["nodes"][node]["size"] > 0
        if "aliases" in data:  # graphology parses the GEXF 1.3 list into an array
            assert parsed["nodes"][node]["aliases"] == json.loads(data["aliases"])


def test_export_file_names_the_gexf_after_the_selection(dated_store: Any) -> None:
    file = export_file(
        dated_store, Selection(actor="https://w3id.org/stancegraph/id/actor/alpha", depth=2), "gexf"
    )
    assert file.filename == "stancegraph-alpha-d2.gexf" and file.media_type == "application/gexf+xml"
