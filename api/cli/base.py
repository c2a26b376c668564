"""The typer application shared by every command module, and the helpers they use.

Errors reach the user as one clear line on standard error and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console

from graph.errors import StancegraphError
from graph.settings import Settings, get_settings
from graph.store import GraphStore
from graph.store import open_store as open_graph_store

app = typer.Typer(
    name="stancegraph",
    help="A knowledge graph of political actors, positions and stances, built from news text.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line and return the Exit to raise."""
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def settings_with(store: str | None = None) -> Settings:
    settings = get_settings()
    if store is not None:
        settings = settings.model_copy(update={"store": store})
    return settings


def open_store(location: str | Path | None, settings: Settings | None = None) -> GraphStore:
    """Open the store (a directory or a SPARQL server's URL), with a clear message when another process
    holds the directory."""
    try:
        return open_graph_store(location, settings=settings or settings_with())
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise fail(f"the store at {location} is held by another process (a running `stancegraph serve`?); "
                       "send the articles to that service with `stancegraph ingest --server http://HOST:PORT`"
                       ) from exc
        raise fail(f"cannot open the store at {location}: {exc}") from exc


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn domain errors into one line on stderr and exit status 1."""
    try:
        yield
    except StancegraphError as exc:
        raise fail(str(exc)) from exc
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0) from None
