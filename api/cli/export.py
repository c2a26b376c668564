"""The `export` command: the graph, or a part of it, as GEXF, GraphML, CSV or RDF, to a file or stdout."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from api.cli.base import app, err, fail, open_store, settings_with, user_errors
from api.cli.core import StoreOpt
from graph.export import FORMATS, export_file
from queries.selection import make_selection

Text = str | None
Day = Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="A date, YYYY-MM-DD.")]


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")],
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="File to write, or a folder for the suggested name (default: stdout).")] = None,
    store: StoreOpt = None,
    actor: Annotated[Text, typer.Option(help="Only this actor's neighbourhood (IRI, key or label).")] = None,
    depth: Annotated[int, typer.Option(help="Hops from --actor.")] = 1,
    document: Annotated[Text, typer.Option(help="Only this document (id or IRI).")] = None,
    types: Annotated[Text, typer.Option(help="Only these stance types: Demand,Accuse.")] = None,
    since: Day = None,
    until: Day = None,
    table: Annotated[Text, typer.Option(help="csv: nodes or edges alone instead of the zip.")] = None,
    reference: Annotated[bool, typer.Option(help="RDF: add the ontology and reference actors.")] = False,
) -> None:
    """Export the graph for Gephi (gexf), igraph/networkx (graphml), spreadsheets (csv) or RDF tools."""
    settings = settings_with(store)
    graph_store = open_store(settings.store)
    with user_errors():
        selection = make_selection(
            graph_store, actor=actor, depth=depth, document=document, types=types,
            since=since.date() if since else None, until=until.date() if until else None,
            max_depth=settings.max_depth,
        )
        file = export_file(graph_store, selection, fmt, table=table, reference=reference)
        if out is None:
            for chunk in file.chunks:
                sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
            return
        target = out / file.filename if out.is_dir() else out
        size = 0
        try:
            with target.open("wb") as handle:
                for chunk in file.chunks:
                    handle.write(chunk)
                    size += len(chunk)
        except OSError as exc:
            raise fail(f"cannot write {target}: {exc.strerror or exc}") from exc
    err.print(f"wrote {target} ({size:,} bytes, {fmt})", highlight=False)
