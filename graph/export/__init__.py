"""Exports of the graph for Gephi and other tools: GEXF, GraphML, CSV tables and RDF serialisations.

`export_file(store, selection, fmt)` is the one entry point the HTTP service and the command line share:
it names the file, gives its media type and streams its bytes.

Example:
    >>> from graph.store import open_store
    >>> from graph.export.selection import Selection
    >>> file = export_file(open_store(None), Selection(), "gexf")
    >>> file.filename, file.media_type
    ('stancegraph.gexf', 'application/gexf+xml')
    >>> b"".join(file.chunks).startswith(b"<?xml")
    True
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from graph.errors import InputError
from graph.export import gexf, graphml, rdf, tables
from graph.export.model import GraphExport
from graph.export.selection import Selection
from graph.store import GraphStore

FORMATS: dict[str, str] = {
    "gexf": "GEXF 1.3 for Gephi (dynamic, with colours and sizes)",
    "graphml": "GraphML for networkx, igraph, Cytoscape, yEd",
    "csv": "nodes.csv and edges.csv (zipped, or one with table=) for Gephi's spreadsheet import and pandas",
    "ttl": "Turtle: the selected documents' graphs merged",
    "nq": "N-Quads: one named graph per document",
    "trig": "TriG: one named graph per document",
    "jsonld": "JSON-LD: one named graph per document, with the project's prefixes as context",
}


@dataclass(frozen=True)
class ExportFile:
    """A file ready to send: its name, media type and its bytes as a stream."""

    filename: str
    media_type: str
    chunks: Iterator[bytes]


def export_file(
    store: GraphStore, selection: Selection, fmt: str, *,
    table: str | None = None, reference: bool = False,
) -> ExportFile:
    """The export of `selection` in `fmt` (a key of FORMATS).

    Args:
        table: for csv, `nodes` or `edges` to get one table instead of the zip of both.
        reference: for the RDF formats, add the ontology and reference actor graphs.

    Raises:
        InputError: an unknown format or table, or a table for another format than csv.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if table is not None and fmt != "csv":
        raise InputError("table= applies to format csv only")
    if table is not None and table not in tables.TABLES:
        raise InputError(f"unknown table {table!r}; expected nodes or edges")
    stem = selection.file_stem()
    if fmt in rdf.MEDIA_TYPES:
        chunks = rdf.write_rdf(store, selection, fmt, reference=reference)
        return ExportFile(f"{stem}.{fmt}", rdf.MEDIA_TYPES[fmt], chunks)
    export = GraphExport(store, selection)
    if fmt == "gexf":
        return ExportFile(f"{stem}.gexf", gexf.MEDIA_TYPE, gexf.write_gexf(export))
    if fmt == "graphml":
        return ExportFile(f"{stem}.graphml", graphml.MEDIA_TYPE, graphml.write_graphml(export))
    if table is not None:
        return ExportFile(f"{stem}-{table}.csv", "text/csv; charset=utf-8", tables.write_table(export, table))
    return ExportFile(f"{stem}.zip", "application/zip", tables.write_tables_zip(export))
