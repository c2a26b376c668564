"""GET /sparql: SELECT and ASK queries answered as SPARQL JSON results (first cut)."""
from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import StoreDep
from api.errors import error_response

router = APIRouter(tags=["sparql"])


@router.get("/sparql")
def sparql_get(store: StoreDep, query: str = Query(..., description="A SPARQL 1.1 query")) -> Response:
    """Run a SPARQL query over the union of all graphs."""
    result = store.query(query)
    if isinstance(result, ox.QueryTriples):
        return error_response(406, "CONSTRUCT and DESCRIBE are not served here yet")
    body = result.serialize(format=ox.QueryResultsFormat.JSON)
    return Response(body, media_type="application/sparql-results+json")
