"""GET /contradictions: pairs of stances that cannot both hold, with both stances in full."""
from __future__ import annotations

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import StoreDep
from api.errors import documented_errors
from api.etag import ETagDep
from api.paging import PageDep
from queries.stances import contradictions, document_iri

router = APIRouter(tags=["stances"])


@router.get("/contradictions", responses=documented_errors(422))
def contradiction_list(
    store: StoreDep, etag: ETagDep, page: PageDep,
    document: str | None = Query(None, description="Only this document (id or IRI)."),
) -> Response:
    """Every recorded contradiction: its reason and the two stances with their evidence."""
    where = document_iri(document) if document else None
    return etag.answer(lambda: page.listing("contradictions", contradictions(store, document=where)))
