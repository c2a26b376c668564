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
from graph.store import OxigraphStore

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


def settings_with(store: Path | None = None) -> Settings:
    settings = get_settings()
    if store is not None:
        settings = settings.model_copy(update={"store": store})
    return settings


def open_store(path: Path) -> OxigraphStore:
    """Open the on-disk store, with a clear message when another process holds it."""
    try:
        return OxigraphStore(path)
    except OSError as exc:
        raise fail(f"cannot open the store at {path}: {exc} (is `stancegraph serve` running on it?)") from exc


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
