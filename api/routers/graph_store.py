"""/store: the SPARQL 1.1 Graph Store HTTP Protocol over the named graphs documents live in.

- Indirect identification: `/store?graph=IRI` (a named graph) and `/store?default` (the default graph).
- Direct identification: `/store/any/path` names the graph whose IRI is that very URL.
- GET and HEAD read a graph in the negotiated RDF format (404 when it does not exist); PUT replaces it
  (201 when new, else 204); POST adds to it (RDF, or several RDF files in multipart/form-data); DELETE drops
  it (204, or 404); POST to `/store` itself creates a new graph and answers 201 with its IRI in `Location`.
Writes need the update token (see api/sparql/access.py); reads need the read token when one is set.
"""
from __future__ import annotations

import uuid
from email.parser import BytesParser
from email.policy import HTTP
from typing import cast

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from api.guards import spooled_body, upload_limit
from api.sparql.access import check_read, check_write
from api.sparql.negotiation import PARSEABLE, accepted_media_types, choose
from api.sparql.protocol import ProtocolError, media_type, parse_params
from api.sparql.service import failure_response
from graph.store import GraphStore
from graph.store.terms import DefaultGraph, NamedNode, RdfFormat

router = APIRouter(tags=["graph store"])

DEFAULT = None  # the default graph, as a graph target


def _target(request: Request) -> tuple[bool, str | None]:
    """(named?, graph IRI) of the request; (False, None) is the default graph. Raises on ambiguity."""
    params = parse_params(request.scope["query_string"], where="query string")
    direct = request.path_params.get("path")
    given = [name for name in ("graph", "default") if name in params] + (["a graph path"] if direct else [])
    if len(given) > 1 or len(params.get("graph", [])) > 1:
        raise ProtocolError(400, "name one graph: ?graph=IRI, ?default, or a path under /store/")
    if direct:
        return True, str(request.url.replace(query="", fragment=""))
    if "graph" in params:
        iri = params["graph"][0]
        try:
            NamedNode(iri)
        except ValueError as exc:
            raise ProtocolError(400, f"graph '{iri}' is not an absolute IRI: {exc}") from exc
        return True, iri
    if "default" in params:
        return False, DEFAULT
    return False, "new"


def _exists(store: GraphStore, named: bool, iri: str | None) -> bool:
    return not named or store.has_graph(str(iri))


def _rdf_parts(request: Request, body: bytes) -> list[tuple[RdfFormat, bytes]]:
    """The RDF payloads of a write: the body, or each part of a multipart/form-data body."""
    content_type = request.headers.get("content-type")
    media, _ = media_type(content_type)
    if media == "multipart/form-data":
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + (content_type or "").encode("latin-1") + b"\r\n\r\n" + body
        )
        parts = []
        for part in message.iter_parts():
            payload = part.get_payload(decode=True)
            parts.append((_parser(part.get_content_type()), payload if isinstance(payload, bytes) else b""))
        return parts
    return [(_parser(media), body)]


def _parser(media: str) -> RdfFormat:
    fmt = PARSEABLE.get(media)
    if fmt is None:
        raise ProtocolError(415, f"cannot read RDF sent as '{media or 'no media type'}'; send one of "
                                 + ", ".join(sorted(PARSEABLE)))
    return fmt


async def graph_store(request: Request) -> Response:
    """Answer one Graph Store Protocol request."""
    state = request.app.state
    store: GraphStore = state.store
    authorization = request.headers.get("authorization")
    try:
        named, iri = _target(request)
        method = request.method
        if method in ("GET", "HEAD"):
            check_read(state.settings, authorization)
            if iri == "new":
                raise ProtocolError(400, "name the graph to read: ?graph=IRI or ?default")
            return await _read(request, store, named, iri)
        check_write(state.settings, authorization)
        if iri == "new" and method != "POST":
            raise ProtocolError(400, f"name the graph to {method}: ?graph=IRI or ?default")
        existed = iri != "new" and _exists(store, named, iri)
        if method == "DELETE":
            if not existed:
                raise ProtocolError(404, f"there is no graph <{iri}>")
            if named:
                await run_in_threadpool(store.remove_graph, str(iri))
            else:
                await run_in_threadpool(store.update, "CLEAR DEFAULT")
            return Response(status_code=204)
        headers = {}
        if iri == "new":
            iri = f"{str(request.url.replace(query='', fragment='')).rstrip('/')}/{uuid.uuid4().hex}"
            named, headers = True, {"location": iri}
        parts = _rdf_parts(request, await spooled_body(request, upload_limit(state.settings)))
        for number, (fmt, data) in enumerate(parts):
            replace = method == "PUT" and number == 0
            await run_in_threadpool(store.write_graph, iri if named else None, data, fmt=fmt, replace=replace,
                                    base_iri=iri if named else str(request.url))
        return Response(status_code=204 if existed else 201, headers=headers)
    except Exception as exc:  # the edge: one JSON error shape, never a 500
        return failure_response(exc)


async def _read(request: Request, store: GraphStore, named: bool, iri: str | None) -> Response:
    fmt = choose("graph", request.headers.get("accept"), None)
    if fmt is None:
        available = ", ".join(accepted_media_types("graph"))
        raise ProtocolError(406, f"cannot serve that format; available: {available}")
    if not _exists(store, named, iri):
        raise ProtocolError(404, f"there is no graph <{iri}>")
    headers = {"content-type": fmt.content_type, "vary": "accept"}
    if request.method == "HEAD":
        return Response(headers=headers)
    graph = NamedNode(str(iri)) if named else DefaultGraph()
    rdf = cast(RdfFormat, fmt.rdf)  # every graph format has an RDF writer
    body = await run_in_threadpool(store.dump, fmt=rdf, graph=graph)
    return Response(body, headers=headers)


for path in ("/store", "/store/{path:path}"):
    router.add_route(path, graph_store, methods=["GET", "PUT", "POST", "DELETE"], include_in_schema=False)
