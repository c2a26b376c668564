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
from queries.actors import resolve_actor
from queries.export import actor_records, contradiction_records
from queries.positions import resolve_position
from queries.stances import StanceFilter, actors_named_by, document_iri, holder_selection, list_stances

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
    doc_iri = document_iri(document) if document else None
    selection = StanceFilter(
        document=doc_iri, types=types, polarity=polarity,
        **holder_selection(store, holder and resolve_actor(store, holder), include),
        target=target and resolve_actor(store, target),
        attributed_to=attributed_to and resolve_actor(store, attributed_to),
        position=position and resolve_position(store, position),
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
    )
    page, total = list_stances(store, selection, limit=limit, offset=offset)
    whole_export = selection == StanceFilter() and limit is None and not offset
    actors = actor_records(store) if whole_export else actors_named_by(store, page)
    ids = {r["id"] for r in page}
    contradictions = [c for c in contradiction_records(store) if set(c["stances"]) <= ids]
    if preferred(request.headers.get("accept"), ("application/json", NDJSON)) == 1:
        def lines() -> Iterator[bytes]:
            for record in (*actors, *page, *contradictions):
                yield orjson.dumps(record) + b"\n"
        return etag.tagged(StreamingResponse(lines(), media_type=NDJSON))
    body: dict[str, Any] = {"actors": actors, "stances": page, "contradictions": contradictions,
                            "total": total, "limit": limit, "offset": offset}
    return etag.json(body)
