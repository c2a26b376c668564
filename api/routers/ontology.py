"""GET /ontology: the stancegraph ontology as Turtle, JSON-LD, RDF/XML or HTML, by content negotiation."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import Response

from api.errors import error_response
from api.negotiation import preferred
from ontology.formats import MEDIA_TYPES, ontology_bytes

router = APIRouter(tags=["ontology"])


def negotiate(accept: str | None, offered: tuple[str, ...] = MEDIA_TYPES) -> str | None:
    """The offered media type the Accept header prefers (`api/negotiation.py`), or None.

    >>> negotiate("text/html,application/xhtml+xml,*/*;q=0.8")
    'text/html'
    >>> negotiate("application/json") is None
    True
    """
    index = preferred(accept, offered)
    return None if index is None else offered[index]


@router.get(
    "/ontology",
    responses={200: {"content": {t: {} for t in MEDIA_TYPES}, "description": "The ontology."},
               406: {"description": "None of the accepted media types is offered."}},
)
def ontology(accept: Annotated[str | None, Header()] = None) -> Response:
    """The ontology, in the format the Accept header asks for (Turtle by default)."""
    media_type = negotiate(accept)
    if media_type is None:
        return error_response(
            406, f"the ontology is served as {', '.join(MEDIA_TYPES)}; none of them is acceptable",
            supported=list(MEDIA_TYPES),
        )
    # Starlette adds "; charset=utf-8" to text/* types; JSON-LD and RDF/XML are UTF-8 by definition
    return Response(ontology_bytes(media_type), media_type=media_type, headers={"Vary": "Accept"})
