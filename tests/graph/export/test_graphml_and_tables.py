"""GraphML read by networkx and igraph with typed attributes; CSV tables as Gephi and pandas expect them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import igraph
import networkx as nx
import pandas as pd
import pytest

from graph.errors import InputError
from graph.export import export_file
from graph.export.model import GraphExport
from graph.export.selection import Selection

ID = "https://w3id.org/stancegraph/id/"


def content(store: Any, fmt: str, **options: Any) -> bytes:
    return b"".join(export_file(store, Selection(), fmt, **options).chunks)


def test_networkx_reads_graphml_with_typed_attributes(seed_store: Any, tmp_path: Path) -> None:
    path = tmp_path / "seed.graphml"
    path.write_bytes(content(seed_store, "graphml"))
    graph = nx.read_graphml(path)
    export = GraphExport(seed_store, Selection())
    nodes = {node.id: node for node in export.nodes()}
    edges = {edge.id: edge for edge in export.edges()}
    assert set(graph.nodes) == set(nodes) and graph.number_of_edges() == len(edges) > 10
    for iri, data in graph.nodes(data=True):
        assert data["label"] == nodes[iri].label and data["kind"] == nodes[iri].kind
        assert isinstance(data["stances_held"], int) and data["degree"] == nodes[iri].degree
    for source, target, key, data in graph.edges(keys=True, data=True):
        assert (source, target, data["stance_type"]) == (
            edges[key].source,
            edges[key].target,
            edges[key].type,
        )
        assert data["evidence"] == edges[key].evidence and data["weight"] == 1.0


def test_igraph_reads_graphml_with_parallel_edges(dated_store: Any, tmp_path: Path) -> None:
    path = tmp_path / "dated.graphml"
    path.write_bytes(content(dated_store, "graphml"))
    graph = igraph.Graph.Read_GraphML(str(path))
    assert (graph.vcount(), graph.ecount(), graph.is_directed()) == (5, 5, True)
    alpha = graph.vs.find(id=ID + "actor/alpha")
    beta = graph.vs.find(id=ID + "actor/beta")
    assert (
        alpha["label"] == "Alpha Person" and alpha["stances_held"] == 2.0 and alpha["first"] == "2025-03-01"
    )
    demands = graph.es.select(_source=alpha.index, _target=beta.index)
    assert sorted(demands["date"]) == ["2025-03-01", "2025-03-05"] and set(demands["stance_type"]) == {
        "Demand"
    }


def test_the_csv_zip_holds_the_two_tables_gephi_and_pandas_expect(dated_store: Any) -> None:
    archive = zipfile.ZipFile(io.BytesIO(content(dated_store, "csv")))
    assert archive.namelist() == ["nodes.csv", "edges.csv"] and archive.testzip() is None
    nodes = pd.read_csv(archive.open("nodes.csv"))
    edges = pd.read_csv(archive.open("edges.csv"))
    assert list(nodes.columns[:2]) == ["Id", "Label"]
    assert list(edges.columns[:6]) == ["Source", "Target", "Type", "Id", "Label", "Weight"]
    assert len(nodes) == 5 and len(edges) == 5 and set(edges["Type"]) == {"Directed"}
    assert set(edges["Source"]) | set(edges["Target"]) <= set(nodes["Id"])
    assert nodes["stances_held"].dtype.kind == "i" and edges["Weight"].dtype.kind == "f"
    accusation = edges[edges["Label"] == "Accuse"].iloc[0]
    assert accusation["evidence"] == 'He said "no" & <never>,\n\tthen\x01 left.'


def test_one_table_alone_and_bad_tables(dated_store: Any) -> None:
    file = export_file(dated_store, Selection(), "csv", table="edges")
    assert file.filename == "stancegraph-edges.csv" and file.media_type.startswith("text/csv")
    assert pd.read_csv(io.BytesIO(b"".join(file.chunks))).shape[0] == 5
    with pytest.raises(InputError, match="unknown table 'links'"):
        export_file(dated_store, Selection(), "csv", table="links")
    with pytest.raises(InputError, match="table= applies to format csv only"):
        export_file(dated_store, Selection(), "gexf", table="nodes")
    with pytest.raises(InputError, match="unknown format 'xlsx'"):
        export_file(dated_store, Selection(), "xlsx")
