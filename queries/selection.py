"""Which part of the graph an export holds, parsed from user input (HTTP query or command line).

The read side resolves every name here with the same functions the other endpoints use, so
`/export?actor=X` picks the actor that `/actors/X` shows, and reports an ambiguous or unknown name the
same way (404 with suggestions); stance types are parsed as `/stances` parses them, a document as
`/documents/{id}` finds it, and the depth limit is the `max_depth` setting.

Example:
    >>> from graph.store import OxigraphStore
    >>> make_selection(OxigraphStore(), types="demand,Claim", since="2025-03-01", max_depth=3).types
    ('Demand', 'Claim')
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from graph.errors import InputError
from graph.export.selection import Selection
from graph.readers import parse_date
from graph.store import GraphStore
from queries.actors import resolve_actor
from queries.documents import resolve_document
from queries.stances import stance_types


def parse_day(value: str | date | None, *, name: str) -> date | None:
    """A date given as YYYY-MM-DD (or an ISO timestamp), or None; InputError names the parameter."""
    if value is None or isinstance(value, date):
        return value
    day = parse_date(value.strip())
    if day is None:
        raise InputError(f"{name} must be a date as YYYY-MM-DD, not {value!r}")
    return day


def make_selection(
    store: GraphStore, *, max_depth: int, actor: str | None = None, depth: int = 1,
    document: str | None = None, types: str | Iterable[str] | None = None,
    since: str | date | None = None, until: str | date | None = None,
) -> Selection:
    """A checked `Selection` from user input.

    Raises:
        InputError: a bad depth, stance type or date.
        UnknownActor, UnknownDocument: a name the store does not hold (with suggestions).
    """
    if not 0 <= depth <= max_depth:
        raise InputError(f"depth must be between 0 and {max_depth} (setting max_depth), not {depth}")
    start, end = parse_day(since, name="since"), parse_day(until, name="until")
    if start and end and start > end:
        raise InputError(f"since ({start}) is after until ({end})")
    return Selection(
        actor=resolve_actor(store, actor.strip()) if actor else None,
        depth=depth,
        document=resolve_document(store, document) if document else None,
        types=stance_types(types),
        since=start,
        until=end,
    )
