"""GET /documents and /documents/{id}: what was ingested, and what each document says."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from api.deps import StoreDep
from api.errors import documented_errors
from api.etag import ETagDep
from api.paging import PageDep
from queries.documents import all_documents, document_card

router = APIRouter(tags=["documents"])


@router.get("/documents", responses=documented_errors(422))
def documents(store: StoreDep, etag: ETagDep, page: PageDep) -> Response:
    """Every document with its metadata and counts of stances and actors, oldest first."""
    return etag.answer(lambda: page.listing("documents", all_documents(store)))


@router.get("/documents/{ident:path}", responses=documented_errors(404, 422))
def document(ident: str, store: StoreDep, etag: ETagDep) -> Response:
    """One document (its id or IRI): metadata, the actors it names, its stances and contradictions."""
    return etag.answer(lambda: document_card(store, ident))
