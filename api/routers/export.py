"""GET /export: the graph, or a part of it, as a file for Gephi and other tools, streamed."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from api.deps import SettingsDep, StoreDep
from api.errors import documented_errors
from api.openapi import at_most
from graph.export import export_file
from queries.selection import make_selection

router = APIRouter(tags=["export"])
Format = Literal["gexf", "graphml", "csv", "ttl", "nq", "trig", "jsonld"]
Table = Literal["nodes", "edges"]


@router.get("/export", response_class=StreamingResponse, responses=documented_errors(404, 422))
def export(
    store: StoreDep,
    settings: SettingsDep,
    fmt: Annotated[Format, Query(alias="format", description="gexf, graphml, csv, ttl, nq, trig or jsonld.")],
    actor: Annotated[str | None, Query(description="Only this actor's neighbourhood.")] = None,
    depth: Annotated[int, Query(ge=0, description="Hops from the actor, at most the max_depth setting.",
                                json_schema_extra=at_most("max_depth"))] = 1,
    document: Annotated[str | None, Query(description="Only this document (id or IRI).")] = None,
    types: Annotated[str | None, Query(description="Only these stance types, comma-separated.")] = None,
    since: Annotated[date | None, Query(description="Only stances dated on or after (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="Only stances dated on or before (YYYY-MM-DD).")] = None,
    table: Annotated[Table | None, Query(description="csv: one table, not the zip.")] = None,
    reference: Annotated[bool, Query(description="RDF: add the ontology and reference actors.")] = False,
) -> StreamingResponse:
    """Export the selection; the file name in Content-Disposition says what it holds."""
    selection = make_selection(store, actor=actor, depth=depth, document=document, types=types,
                               since=since, until=until, max_depth=settings.max_depth)
    file = export_file(store, selection, fmt, table=table, reference=reference)
    return StreamingResponse(
        file.chunks, media_type=file.media_type,
        headers={"Content-Disposition": f'attachment; filename="{file.filename}"'},
    )
