"""Core commands: ingest, extract, query, serve."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import orjson
import pyoxigraph as ox
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from api.cli.base import app, err, fail, open_store, settings_with, user_errors
from graph.ingest import ingest_items
from graph.readers import Skipped, read_paths
from graph.store import OxigraphStore

StoreOpt = Annotated[str | None, typer.Option(
    "--store", help="Store directory, or a SPARQL server's http(s) URL (setting STANCEGRAPH_STORE).")]
Paths = Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .html and .jsonl articles.")]


def _extractor(pipeline: str | None) -> object:
    from graph.extract import Extractor

    settings = settings_with()
    try:
        return Extractor(pipeline or settings.pipeline)
    except RuntimeError as exc:
        raise fail(str(exc)) from exc


@app.command("ingest")
def ingest_command(
    paths: Paths,
    store: StoreOpt = None,
    workers: Annotated[int, typer.Option(help="Processes for spaCy (nlp.pipe n_process).")] = 1,
    pipeline: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
    cluster: Annotated[str | None, typer.Option(
        help="Extract on Dask workers: local:N (N processes here) or a scheduler's address tcp://HOST:8786.")] = None,
) -> None:
    """Extract stances from articles and store them (each document replaces its own graph)."""
    settings = settings_with(store)
    extractor = None if cluster else _extractor(pipeline)
    graph_store = open_store(settings.store)
    items = list(read_paths(paths, max_chars=settings.max_document_chars))
    total = sum(1 for i in items if not isinstance(i, Skipped))
    with user_errors(), Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, disable=total <= 1, transient=True,
    ) as progress:
        task = progress.add_task("extracting", total=total)
        if cluster:
            from graph.cluster import ingest_with_cluster

            summary = ingest_with_cluster(
                items, graph_store, cluster, progress=lambda _doc: progress.advance(task),
                settings=settings.model_copy(update={"pipeline": pipeline}) if pipeline else settings)
        else:
            summary = ingest_items(items, graph_store, extractor, workers=workers,  # type: ignore[arg-type]
                                   progress=lambda _doc: progress.advance(task))
    for line in summary.lines():
        err.print(line, highlight=False)
    err.print(f"store: {settings.store} ({graph_store.triple_count()} triples in all)", highlight=False)


@app.command("extract")
def extract_command(
    paths: Paths,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (stance export), ttl or nq.")] = "jsonl",
    pipeline: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
) -> None:
    """Extract without a store and print the result to standard output."""
    if fmt not in ("jsonl", "ttl", "nq"):
        raise fail(f"unknown format {fmt!r}; expected jsonl, ttl or nq")
    from queries.export import stance_export

    settings = settings_with()
    extractor = _extractor(pipeline)
    memory = OxigraphStore()
    with user_errors():
        summary = ingest_items(
            read_paths(paths, max_chars=settings.max_document_chars), memory, extractor  # type: ignore[arg-type]
        )
        out = sys.stdout.buffer
        if fmt == "jsonl":
            for record in stance_export(memory):
                out.write(orjson.dumps(record) + b"\n")
        else:
            from graph.store import ACTORS_GRAPH, ONTOLOGY_GRAPH

            for graph in (ONTOLOGY_GRAPH, ACTORS_GRAPH):
                memory.remove_graph(graph)
            if fmt == "nq":
                memory.oxigraph.dump(out, format=ox.RdfFormat.N_QUADS)
            else:
                triples = memory.oxigraph.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
                assert isinstance(triples, ox.QueryTriples)
                out.write(triples.serialize(format=ox.RdfFormat.TURTLE) or b"")
        out.flush()
    for skipped in summary.skipped:
        err.print(f"skipped {skipped.source}: {skipped.reason}", highlight=False)
    if summary.documents == 0:
        raise fail("no document could be read")


@app.command("query")
def query_command(
    sparql: Annotated[str, typer.Argument(help="A SPARQL 1.1 query (prefixes sg:, skos:, prov: ... are predefined).")],
    store: StoreOpt = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="table, json, csv, tsv, xml (SELECT/ASK); ttl, nt (CONSTRUCT).")
    ] = "table",
) -> None:
    """Run a SPARQL query against the store."""
    settings = settings_with(store)
    graph_store = open_store(settings.store)
    with user_errors():
        result = graph_store.query(sparql)
        out = sys.stdout.buffer
        if not isinstance(result, ox.QuerySolutions | ox.QueryBoolean):  # triples, from either backend
            rdf = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}.get(fmt, ox.RdfFormat.TURTLE)
            out.write(result.serialize(format=rdf) or b"")
        elif isinstance(result, ox.QueryBoolean):
            print("true" if bool(result) else "false")
        elif fmt == "table":
            from rich.console import Console
            from rich.table import Table


            names = [v.value for v in result.variables]
            table = Table(*names)
            for row in result:
                table.add_row(*["" if row[n] is None else row[n].value for n in names])
            Console().print(table)
        else:
            formats = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                       "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
            if fmt not in formats:
                raise fail(f"unknown format {fmt!r} for SELECT; expected table, {', '.join(formats)}")
            out.write(result.serialize(format=formats[fmt]) or b"")
        out.flush()


@app.command("serve")
def serve_command(
    host: Annotated[str | None, typer.Option(help="Bind address (setting STANCEGRAPH_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (setting STANCEGRAPH_PORT).")] = None,
    store: StoreOpt = None,
) -> None:
    """Serve the HTTP API (SPARQL, stances, exploration, exports)."""
    import uvicorn

    from api.app import create_app

    settings = settings_with(store)
    settings = settings.model_copy(update={"host": host or settings.host, "port": port or settings.port})
    graph_store = open_store(settings.store)
    base = f"http://{settings.host}:{settings.port}"
    err.print(f"stancegraph serving {settings.store} ({graph_store.triple_count()} triples) at {base}",
              highlight=False)
    err.print("try:", highlight=False)
    err.print(f"  curl '{base}/health'", highlight=False)
    query = "SELECT DISTINCT ?actor ?label WHERE { ?document sg:mentions ?actor . ?actor skos:prefLabel ?label }"
    err.print(f"  curl -G '{base}/sparql' --data-urlencode 'query={query}'", highlight=False)
    err.print(f"  curl -H 'Accept: application/x-ndjson' '{base}/stances'", highlight=False)
    err.print(f"  open {base}/ in a browser for the web explorer, {base}/docs for every endpoint", highlight=False)
    uvicorn.run(create_app(settings, store=graph_store), host=settings.host, port=settings.port, log_level="info")
