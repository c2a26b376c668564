"""GET /positions (search) and /positions/{id}: everyone's stances on one position."""
from __future__ import annotations

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import StoreDep
from api.errors import documented_errors
from api.etag import ETagDep
from api.paging import PageDep
from queries.positions import position_card, search_positions

router = APIRouter(tags=["positions"])


@router.get("/positions", responses=documented_errors(422))
def positions(store: StoreDep, etag: ETagDep, page: PageDep,
              q: str = Query("", description="Words the position's label must contain.")) -> Response:
    """Positions, the most discussed first."""
    return etag.answer(lambda: page.listing("positions", search_positions(store, q), query=q))


@router.get("/positions/{ident:path}", responses=documented_errors(404, 422))
def position(ident: str, store: StoreDep, etag: ETagDep) -> Response:
    """One position: who demands it, who rejects it ... with every stance's evidence."""
    return etag.answer(lambda: position_card(store, ident))
