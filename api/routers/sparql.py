"""/sparql: the SPARQL 1.1 Protocol endpoint (query by GET or POST, update by POST, service description).

The endpoint is a plain ASGI app, not a FastAPI route: `StancegraphApp` (api/app.py) hands it `/sparql`
requests before FastAPI's own layers (telemetry, its middleware, the router) see them, since on a cheap
query they cost more than the endpoint itself (`bench/sparql.py` measures it). It reads the few request
headers it needs from the ASGI scope in one pass. The work is in `api/sparql/`; this module has no router.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from api.errors import error_response
from api.guards import read_body, sparql_body_limit
from api.sparql.access import check_read, check_write
from api.sparql.protocol import operation_from_get, operation_from_post
from api.sparql.service import SparqlService, failure_response

SPARQL_PATH = "/sparql"
METHODS = ("GET", "HEAD", "POST")
_HEADERS = (b"accept", b"authorization", b"content-type", b"host")


def request_headers(scope: Scope) -> dict[bytes, str]:
    """The headers the endpoint reads (the first of each name, as Starlette's `Headers.get` gives it)."""
    found: dict[bytes, str] = {}
    for name, value in scope["headers"]:
        if name in _HEADERS and name not in found:
            found[name] = value.decode("latin-1")
    return found


def endpoint_iri(scope: Scope, host: str | None) -> str:
    """The endpoint's own IRI (no query string): the base IRI of queries and the service description."""
    if host is None:
        server = scope.get("server")
        host = f"{server[0]}:{server[1]}" if server else "localhost"
    return _iri(scope.get("scheme", "http"), host, scope.get("root_path", "") + scope["path"])


@lru_cache(maxsize=256)
def _iri(scheme: str, host: str, path: str) -> str:
    return str(URL(f"{scheme}://{host}{path}"))


class SparqlEndpoint:
    """The ASGI app of `/sparql` for one application, whose `state` holds the store and the settings.

    Every failure becomes one JSON error answer here, so nothing is lost by passing FastAPI's exception
    middleware by.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    def service(self) -> SparqlService:
        """The app's SPARQL service, made on first use for the app's store and settings."""
        state = self.app.state
        service: SparqlService | None = getattr(state, "sparql_service", None)
        if service is None or service.store is not state.store:
            service = state.sparql_service = SparqlService(state.store, state.settings)
        return service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope["method"]
        response: Response
        if method in METHODS:
            response = await self.answer(scope, receive, method)
        else:
            response = error_response(405, f"{method} is not allowed on {SPARQL_PATH}; use GET or POST")
            response.headers["Allow"] = ", ".join(METHODS)
        await response(scope, receive, send)

    async def answer(self, scope: Scope, receive: Receive, method: str) -> Response:
        """Answer one SPARQL Protocol request."""
        service = self.service()
        settings = service.settings
        headers = request_headers(scope)
        try:
            if method == "POST":
                body = await read_body(Request(scope, receive), sparql_body_limit(settings))
                operation = operation_from_post(scope["query_string"], headers.get(b"content-type"), body)
            else:
                operation = operation_from_get(scope["query_string"])
            endpoint = endpoint_iri(scope, headers.get(b"host"))
            authorization = headers.get(b"authorization")
            if operation.kind == "update":
                check_write(settings, authorization)
                return await service.update(operation, base_iri=endpoint)
            check_read(settings, authorization)
            accept = headers.get(b"accept")
            if operation.kind == "description":
                return service.description(endpoint=endpoint, accept=accept, name=operation.one("format"))
            return await service.query(operation, accept=accept, base_iri=endpoint)
        except Exception as exc:  # the edge: every failure becomes one JSON error, never a 500
            return failure_response(exc)
