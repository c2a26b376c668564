"""GET /ontology: the stancegraph ontology as Turtle, JSON-LD, RDF/XML or HTML, by content negotiation."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import Response

from api.errors import error_response
from ontology.formats import MEDIA_TYPES, ontology_bytes

router = APIRouter(tags=["ontology"])


def _accepted(accept: str) -> list[tuple[str, float, int]]:
    """(media range, q, position) for each part of an Accept header; a malformed q counts as 0."""
    ranges = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((media.lower(), q, position))
    return ranges


def negotiate(accept: str | None, offered: tuple[str, ...] = MEDIA_TYPES) -> str | None:
    """The offered media type the Accept header prefers, or None when it accepts none of them.

    Each offered type takes the q of the most specific range that matches it (exact, then `type/*`,
    then `*/*`; q=0 refuses it). The highest q wins, then the more specific match, then the range the
    client listed first, then the order of `offered`. No Accept header means the first offered (Turtle).

    >>> negotiate("text/html,application/xhtml+xml,*/*;q=0.8")
    'text/html'
    >>> negotiate("application/json") is None
    True
    """
    if not accept or not accept.strip():
        return offered[0]
    ranges = _accepted(accept)
    best: tuple[float, int, int, int] | None = None
    chosen = None
    for index, media_type in enumerate(offered):
        kind = media_type.split("/")[0]
        matches = [
            (2 if media == media_type else 1 if media == f"{kind}/*" else 0, -position, q)
            for media, q, position in ranges if media in (media_type, f"{kind}/*", "*/*")
        ]
        if not matches:
            continue
        specificity, neg_position, q = max(matches)
        rank = (q, specificity, neg_position, -index)
        if q > 0 and (best is None or rank > best):
            best, chosen = rank, media_type
    return chosen


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
