"""/sparql: the SPARQL 1.1 Protocol endpoint (query by GET or POST, update by POST, service description).

The endpoint is a plain Starlette handler, not a FastAPI route: no validation layer stands between the request
and the store on this hot path. It is reached through `SparqlFastPath`, an ASGI middleware that answers
`/sparql` before FastAPI's own middleware and router see the request (they cost more than the handler on a
cheap query; `bench/sparql.py` measures it), so this module has no router. The work is in `api/sparql/`.
"""
from __future__ import annotations

from functools import lru_cache

from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from api.errors import error_response
from api.guards import read_body, sparql_body_limit
from api.sparql.access import check_read, check_write
from api.sparql.protocol import operation_from_get, operation_from_post
from api.sparql.service import SparqlService, failure_response


def sparql_service(request: Request) -> SparqlService:
    """The app's SPARQL service, made on first use for the app's store and settings."""
    state = request.app.state
    service: SparqlService | None = getattr(state, "sparql_service", None)
    if service is None or service.store is not state.store:
        service = state.sparql_service = SparqlService(state.store, state.settings)
    return service


def endpoint_iri(request: Request) -> str:
    """The endpoint's own IRI (no query string): the base IRI of queries and the service description."""
    scope = request.scope
    host = request.headers.get("host")
    if host is None:
        server = scope.get("server")
        host = f"{server[0]}:{server[1]}" if server else "localhost"
    return _iri(scope.get("scheme", "http"), host, scope.get("root_path", "") + scope["path"])


@lru_cache(maxsize=256)
def _iri(scheme: str, host: str, path: str) -> str:
    return str(URL(f"{scheme}://{host}{path}"))


async def sparql_endpoint(request: Request) -> Response:
    """Answer one SPARQL Protocol request."""
    service = sparql_service(request)
    settings = service.settings
    headers = request.headers
    try:
        if request.method == "POST":
            body = await read_body(request, sparql_body_limit(settings))
            operation = operation_from_post(request.scope["query_string"], headers.get("content-type"), body)
        else:
            operation = operation_from_get(request.scope["query_string"])
        endpoint = endpoint_iri(request)
        if operation.kind == "update":
            check_write(settings, headers.get("authorization"))
            return await service.update(operation, base_iri=endpoint)
        check_read(settings, headers.get("authorization"))
        if operation.kind == "description":
            return service.description(endpoint=endpoint, accept=headers.get("accept"),
                                       name=operation.one("format"))
        return await service.query(operation, accept=headers.get("accept"), base_iri=endpoint)
    except Exception as exc:  # the edge: every failure becomes one JSON error, never a 500
        return failure_response(exc)


class SparqlFastPath:
    """ASGI middleware: HTTP requests for `/sparql` go straight to `sparql_endpoint`; the rest go on.

    Add it innermost of the user middleware that must still apply to `/sparql` (CORS is added after it, so
    it wraps it); `sparql_endpoint` turns every failure into an answer itself, so nothing is lost by
    skipping the exception middleware.
    """

    def __init__(self, app: ASGIApp, path: str = "/sparql") -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        response: Response
        if scope["method"] not in ("GET", "POST", "HEAD"):
            response = error_response(405, f"{scope['method']} is not allowed on {self.path}; use GET or POST")
            response.headers["Allow"] = "GET, HEAD, POST"
        else:
            response = await sparql_endpoint(Request(scope, receive))
        await response(scope, receive, send)
