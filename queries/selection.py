"""Which part of the graph an export or a stance listing holds, parsed from user input (HTTP or CLI).

The read side resolves every name here with the same functions the other endpoints use, so
`/export?actor=X` picks the actor that `/actors/X` shows, and reports an ambiguous or unknown name the
same way (404 with suggestions); stance types are parsed as `/stances` parses them, a document as
`/documents/{id}` finds it, and the depth limit is the `max_depth` setting.

Example:
    >>> from graph.store import open_store
    >>> make_selection(open_store(None), types="demand,Claim", since="2025-03-01", max_depth=3).types
    ('Demand', 'Claim')
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from graph.errors import InputError
from graph.export.selection import Selection
from graph.readers import parse_date
from graph.store import GraphStore
from queries.actors import resolve_actor
from queries.documents import resolve_document
from queries.export import Record, actor_records, contradiction_records
from queries.positions import resolve_position
from queries.stances import StanceFilter, actors_named_by, holder_selection, list_stances, stance_types


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


@dataclass(frozen=True)
class StanceListing:
    """One page of matching stances, the actor records they name, the contradictions among them."""

    actors: list[Record]
    stances: list[Record]
    contradictions: list[Record]
    total: int

    def records(self) -> list[Record]:
        """The page as the stance export orders it: actor records, then stances, then contradictions."""
        return [*self.actors, *self.stances, *self.contradictions]


def stance_filter(
    store: GraphStore, *, holder: str | None = None, include: str | None = None,
    types: str | Iterable[str] | None = None, target: str | None = None, position: str | None = None,
    document: str | None = None, attributed_to: str | None = None, polarity: str | None = None,
    since: str | date | None = None, until: str | date | None = None,
) -> StanceFilter:
    """The filter of `/stances` and `stancegraph stances`, from user input: actors, positions and documents
    resolved as their own endpoints resolve them, types, polarity and dates checked.

    Raises:
        InputError: a bad stance type, polarity, date or include list.
        NotFound: an actor, position or document the store does not hold.
    """
    if polarity not in (None, "positive", "negative"):
        raise InputError(f"polarity must be positive or negative, not {polarity!r}")
    start, end = parse_day(since, name="since"), parse_day(until, name="until")
    if start and end and start > end:
        raise InputError(f"since ({start}) is after until ({end})")
    return StanceFilter(
        **holder_selection(store, resolve_actor(store, holder) if holder else None, include),
        types=stance_types(types), polarity=polarity,
        target=resolve_actor(store, target) if target else None,
        position=resolve_position(store, position) if position else None,
        document=resolve_document(store, document) if document else None,
        attributed_to=resolve_actor(store, attributed_to) if attributed_to else None,
        since=start.isoformat() if start else None, until=end.isoformat() if end else None,
    )


def stance_listing(store: GraphStore, selection: StanceFilter, *, limit: int | None = None,
                   offset: int = 0) -> StanceListing:
    """The stances `selection` matches (one page), with the actor records and contradictions that go with
    them; the whole export's actor records when nothing is filtered."""
    page, total = list_stances(store, selection, limit=limit, offset=offset)
    whole_export = selection == StanceFilter() and limit is None and not offset
    actors = actor_records(store) if whole_export else actors_named_by(store, page)
    ids = {r["id"] for r in page}
    contradictions = [c for c in contradiction_records(store) if set(c["stances"]) <= ids]
    return StanceListing(actors, page, contradictions, total)
