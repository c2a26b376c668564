"""/sparql: the SPARQL 1.1 Protocol endpoint (query by GET or POST, update by POST, service description).

The route is a plain Starlette route, not a FastAPI one: no validation layer stands between the request and
the store on this hot path. The work is in `api/sparql/`.
"""
from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from api.sparql.access import check_read, check_write
from api.sparql.protocol import ProtocolError, operation_from_get, operation_from_post
from api.sparql.service import SparqlService, failure_response

router = APIRouter(tags=["sparql"])


def sparql_service(request: Request) -> SparqlService:
    """The app's SPARQL service, made on first use for the app's store and settings."""
    state = request.app.state
    service: SparqlService | None = getattr(state, "sparql_service", None)
    if service is None or service.store is not state.store:
        service = state.sparql_service = SparqlService(state.store, state.settings)
    return service


async def sparql_endpoint(request: Request) -> Response:
    """Answer one SPARQL Protocol request."""
    service = sparql_service(request)
    settings = service.settings
    headers = request.headers
    try:
        if request.method == "POST":
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > settings.max_query_length * 4 + 65536:
                limit = settings.max_query_length
                raise ProtocolError(413, f"the request body is {declared} bytes; queries are limited to "
                                         f"{limit} characters (STANCEGRAPH_MAX_QUERY_LENGTH)")
            operation = operation_from_post(request.scope["query_string"], headers.get("content-type"),
                                            await request.body())
        else:
            operation = operation_from_get(request.scope["query_string"])
        endpoint = str(request.url.replace(query="", fragment=""))
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


router.add_route("/sparql", sparql_endpoint, methods=["GET", "POST"], include_in_schema=False)
