"""Core commands: ingest, extract, query, serve."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from api.cli.base import app, err, fail, open_store, settings_with, user_errors
from api.cli.send import send_documents
from graph.export.rdf import RDF_FORMATS
from graph.ingest import IngestSummary, ingest_items
from graph.readers import Skipped, read_paths
from graph.store.terms import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, rdf_format
from ontology.syntaxes import rdf_syntax

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
    server: Annotated[str | None, typer.Option(
        help="A running service's URL: send the articles to its POST /documents instead of opening the store.")] = None,
    token: Annotated[str | None, typer.Option(help="With --server: the update token (setting UPDATE_TOKEN).")] = None,
    cluster: Annotated[str | None, typer.Option(
        help="Extract on Dask workers: local:N (N processes here) or a scheduler's address tcp://HOST:8786.")] = None,
) -> None:
    """Extract stances from articles and store them (each document replaces its own graph)."""
    settings = settings_with(store)
    items = list(read_paths(paths, max_chars=settings.max_document_chars))
    total = sum(1 for i in items if not isinstance(i, Skipped))
    if total == 0:  # nothing to extract: say so without loading the pipeline or touching the store
        summary = IngestSummary(skipped=[i for i in items if isinstance(i, Skipped)])
    elif server:
        with user_errors(), _progress(total) as (progress, task):
            summary = send_documents(items, server, token=token or settings.update_token,
                                     progress=lambda n: progress.advance(task, n))
        for line in summary.lines():
            err.print(line, highlight=False)
        if summary.documents == 0:
            raise fail(nothing_ingested(summary.skipped))
        err.print(f"stored by the service at {server}", highlight=False)
        return
    else:
        extractor = None if cluster else _extractor(pipeline)
        graph_store = open_store(settings.store)
        with user_errors(), _progress(total) as (progress, task):
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
    if summary.documents == 0:
        raise fail(nothing_ingested(summary.skipped))
    err.print(f"store: {settings.store} ({graph_store.triple_count()} triples in all)", highlight=False)


@contextmanager
def _progress(total: int) -> Iterator[tuple[Progress, TaskID]]:
    """A progress bar counting documents (off for a single document)."""
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=total <= 1, transient=True) as progress:
        yield progress, progress.add_task("extracting", total=total)


def nothing_ingested(skipped: list[Skipped]) -> str:
    """The one line that closes an ingest run that stored no document."""
    if not skipped:
        return "nothing was ingested: no .txt, .html or .jsonl article was found"
    return f"nothing was ingested: every input was skipped ({len(skipped)}, reasons above)"


@app.command("extract")
def extract_command(
    paths: Paths,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help=f"jsonl (the stance export) or an RDF export: {', '.join(RDF_FORMATS)}.")] = "jsonl",
    pipeline: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
) -> None:
    """Extract without a store and print the result to standard output."""
    if fmt != "jsonl" and fmt not in RDF_FORMATS:
        raise fail(f"unknown format {fmt!r}; expected jsonl, {', '.join(RDF_FORMATS)}")
    from graph.export import export_file
    from graph.export.selection import Selection
    from queries.export import stance_export

    settings = settings_with()
    extractor = _extractor(pipeline)
    memory = open_store(None)
    with user_errors():
        summary = ingest_items(
            read_paths(paths, max_chars=settings.max_document_chars), memory, extractor  # type: ignore[arg-type]
        )
        out = sys.stdout.buffer
        if fmt == "jsonl":
            for record in stance_export(memory):
                out.write(orjson.dumps(record) + b"\n")
        else:  # the documents' graphs, through the RDF export (the reference graphs stay out)
            for chunk in export_file(memory, Selection(), fmt).chunks:
                out.write(chunk)
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
        str, typer.Option("--format", "-f",
                          help="table, json, csv, tsv, xml (SELECT/ASK); an RDF syntax such as ttl, nt (CONSTRUCT).")
    ] = "table",
) -> None:
    """Run a SPARQL query against the store."""
    settings = settings_with(store)
    graph_store = open_store(settings.store)
    with user_errors():
        result = graph_store.query(sparql)
        out = sys.stdout.buffer
        if not isinstance(result, QuerySolutions | QueryBoolean):  # triples, from either backend
            try:
                rdf = rdf_format(rdf_syntax(fmt))
            except KeyError:
                rdf = RdfFormat.TURTLE  # the default `table` (and any results format) means Turtle here
            out.write(result.serialize(format=rdf) or b"")
        elif isinstance(result, QueryBoolean):
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
            formats = {"json": QueryResultsFormat.JSON, "csv": QueryResultsFormat.CSV,
                       "tsv": QueryResultsFormat.TSV, "xml": QueryResultsFormat.XML}
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
    """Serve the HTTP API (SPARQL, stances, exploration, exports) from a supervised worker process."""
    import logging

    from api.supervisor import supervise

    settings = settings_with(store)
    settings = settings.model_copy(update={"host": host or settings.host, "port": port or settings.port})
    base = f"http://{settings.host}:{settings.port}"
    err.print(f"stancegraph serving {settings.store} at {base}", highlight=False)
    err.print("try:", highlight=False)
    err.print(f"  curl '{base}/health'", highlight=False)
    query = "SELECT DISTINCT ?actor ?label WHERE { ?document sg:mentions ?actor . ?actor skos:prefLabel ?label }"
    err.print(f"  curl -G '{base}/sparql' --data-urlencode 'query={query}'", highlight=False)
    err.print(f"  curl -H 'Accept: application/x-ndjson' '{base}/stances'", highlight=False)
    err.print(f"  open {base}/ in a browser for the web explorer, {base}/docs for every endpoint", highlight=False)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(message)s")
    with user_errors():
        try:
            supervise(settings)
        except OSError as exc:
            raise fail(f"cannot listen on {settings.host}:{settings.port}: {exc.strerror or exc}") from exc
