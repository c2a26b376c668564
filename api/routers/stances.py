"""GET /stances: the stance export, filtered and paged, as JSON or as JSON Lines
(Accept: application/x-ndjson).

Without filters it is the whole export; with filters (a document is one), the matching stances, the
actor records they name and the contradictions between them, in the same record format
(../shared/STANCES.md).
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse

from api.deps import SettingsDep, StoreDep
from api.errors import documented_errors
from api.etag import ETagDep
from api.negotiation import preferred
from api.openapi import at_most
from api.paging import MAX_OFFSET, TypesDep, check_at_most
from queries.selection import stance_filter, stance_listing

router = APIRouter(tags=["stances"])
NDJSON = "application/x-ndjson"


@router.get("/stances", responses=documented_errors(404, 422))
def stances(
    request: Request, store: StoreDep, settings: SettingsDep, etag: ETagDep, types: TypesDep,
    document: str | None = Query(None, description="Only this document (its id or IRI)"),
    holder: str | None = Query(None, description="Only stances held by this actor (key or IRI)."),
    include: str | None = Query(None, description=(
        "With holder: also the stances of the bodies that represent it (`represented`: its ministries, "
        "transitively), of the actors affiliated with it (`affiliated`), or both, comma-separated.")),
    target: str | None = Query(None, description="Only stances aimed at this actor (key or IRI)."),
    position: str | None = Query(None, description="Only stances on this position (key or IRI)."),
    attributed_to: str | None = Query(None, description="Only stances attributed to this actor."),
    polarity: Literal["positive", "negative"] | None = Query(None),
    since: Annotated[date | None, Query(description="Dated on or after (else: document date).")] = None,
    until: Annotated[date | None, Query(description="Only stances dated on or before.")] = None,
    limit: int | None = Query(None, ge=1, description="Page size (default: every matching stance).",
                              json_schema_extra=at_most("max_page_size")),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> Response:
    """Stances with their holders, targets, positions, attribution and evidence, and the actors they name."""
    check_at_most("limit", limit or 0, settings.max_page_size, "max_page_size")
    if etag.fresh:
        return etag.not_modified()
    selection = stance_filter(store, holder=holder, include=include, types=types, target=target, position=position,
                              document=document, attributed_to=attributed_to, polarity=polarity,
                              since=since, until=until)
    listing = stance_listing(store, selection, limit=limit, offset=offset)
    if preferred(request.headers.get("accept"), ("application/json", NDJSON)) == 1:
        def lines() -> Iterator[bytes]:
            for record in listing.records():
                yield orjson.dumps(record) + b"\n"
        return etag.tagged(StreamingResponse(lines(), media_type=NDJSON))
    body: dict[str, Any] = {"actors": listing.actors, "stances": listing.stances,
                            "contradictions": listing.contradictions, "total": listing.total, "limit": limit,
                            "offset": offset}
    return etag.json(body)
