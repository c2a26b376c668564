"""GET /stances: the stance export, as JSON or as JSON Lines (Accept: application/x-ndjson)."""
from __future__ import annotations

from collections.abc import Iterator

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse

from api.deps import StoreDep
from graph import iris
from queries.export import actor_records, contradiction_records, stance_export, stance_records

router = APIRouter(tags=["stances"])
NDJSON = "application/x-ndjson"


@router.get("/stances")
def stances(
    request: Request, store: StoreDep,
    document: str | None = Query(None, description="Only this document (its id or IRI)"),
) -> Response:
    """Every stance (optionally of one document), with the actors it names and the contradictions."""
    doc_iri = None
    if document:
        doc_iri = document if "://" in document else str(iris.document_iri(document))
    if NDJSON in request.headers.get("accept", ""):
        def lines() -> Iterator[bytes]:
            for record in stance_export(store, document=doc_iri):
                yield orjson.dumps(record) + b"\n"
        return StreamingResponse(lines(), media_type=NDJSON)
    body = {
        "actors": actor_records(store, document=doc_iri),
        "stances": list(stance_records(store, document=doc_iri)),
        "contradictions": list(contradiction_records(store, document=doc_iri)),
    }
    return Response(orjson.dumps(body), media_type="application/json")
