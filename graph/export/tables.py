"""CSV tables for Gephi's spreadsheet import and pandas: a nodes table (`Id,Label,...`) and an edges table
(`Source,Target,Type,Id,Label,Weight,...`), zipped together or one of them alone, streamed row by row."""
from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from typing import IO

from graph.errors import InputError
from graph.export.columns import EDGE_COLUMNS, NODE_COLUMNS, edge_values, node_values
from graph.export.markup import CHUNK_SIZE
from graph.export.model import GraphExport

TABLES = ("nodes", "edges")
NODE_HEADER = ["Id", "Label", *(name for name, _ in NODE_COLUMNS[1:])]
# Gephi reads Weight itself; the other columns become edge attributes
EDGE_HEADER = ["Source", "Target", "Type", "Id", "Label", "Weight",
               *(name for name, _ in EDGE_COLUMNS if name != "weight")]


def node_rows(export: GraphExport) -> Iterator[Sequence[object]]:
    yield NODE_HEADER
    for node in export.nodes():
        yield [node.id, *node_values(node)]


def edge_rows(export: GraphExport) -> Iterator[Sequence[object]]:
    yield EDGE_HEADER
    for edge in export.edges():
        *values, weight = edge_values(edge)
        yield [edge.source, edge.target, "Directed", edge.id, edge.type, weight, *values]


def _csv_chunks(rows: Iterator[Sequence[object]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
        if buffer.tell() >= CHUNK_SIZE:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def write_table(export: GraphExport, table: str) -> Iterator[bytes]:
    """One table (`nodes` or `edges`) as UTF-8 CSV chunks."""
    if table not in TABLES:
        raise InputError(f"unknown table {table!r}; expected nodes or edges")
    rows = node_rows(export) if table == "nodes" else edge_rows(export)
    yield from (chunk.encode("utf-8") for chunk in _csv_chunks(rows) if chunk)


class _Pipe(io.RawIOBase):
    """A write-only, unseekable file that hands what is written to the reader of `drain()`."""

    def __init__(self) -> None:
        self.pending: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.pending.append(bytes(data))
        return len(data)

    def drain(self) -> bytes:
        data, self.pending = b"".join(self.pending), []
        return data


def write_tables_zip(export: GraphExport) -> Iterator[bytes]:
    """`nodes.csv` and `edges.csv` in one zip archive, streamed (zip data descriptors, no seeking)."""
    pipe = _Pipe()
    with zipfile.ZipFile(pipe, mode="w", compression=zipfile.ZIP_DEFLATED) as archive:
        for table in TABLES:
            with archive.open(f"{table}.csv", mode="w", force_zip64=True) as member:
                stream: IO[bytes] = member
                if data := pipe.drain():  # the member's header goes out before its rows are read
                    yield data
                for chunk in write_table(export, table):
                    stream.write(chunk)
                    if data := pipe.drain():
                        yield data
    yield pipe.drain()
