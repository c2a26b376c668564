"""GET /queries (the named SPARQL queries of queries/*.rq) and /queries/{name} (run one).

Parameters come as query-string fields named like the query's parameters and are bound as RDF
terms (never pasted into the query text), so a value cannot change the query.
"""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.deps import SettingsDep, StoreDep
from api.etag import ETagDep, documented
from api.paging import PageDep
from ontology.namespace import PREFIXES
from queries import named_queries
from queries.named import describe, run_named_query

router = APIRouter(tags=["queries"])
_PAGING = {"limit", "offset"}


@router.get("/queries", responses=documented(
    "Every named query: name, description, parameters, SPARQL text; and the prefixes /sparql predefines"))
def query_list(etag: ETagDep) -> Response:
    """Every named query with its description, parameters and text, and the predefined prefixes."""
    if etag.fresh:
        return etag.not_modified()
    return etag.json({"queries": [describe(q) for q in named_queries().values()], "prefixes": PREFIXES})


@router.get("/queries/{name}", responses=documented("The query's rows, paged"))
def run_query(name: str, request: Request, store: StoreDep, settings: SettingsDep, etag: ETagDep,
              page: PageDep) -> Response:
    """Run one named query; other query-string fields are its parameters (`?actor=vladimir-putin`)."""
    if etag.fresh:
        return etag.not_modified()
    values = {k: v for k, v in request.query_params.items() if k not in _PAGING}
    result = run_named_query(store, name, values, limit=page.limit, offset=page.offset,
                             max_rows=settings.max_rows)
    return etag.json({**result, "limit": page.limit, "offset": page.offset})
