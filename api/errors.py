"""One JSON error shape for every HTTP error: {"error": message, "status": code, "title": short name, ...}."""
from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from graph.errors import InputError, NotFound, QueryError, QueryTimeout, StoreUnavailable


def error_body(status: int, message: str, **extra: Any) -> dict[str, Any]:
    """The body of every JSON error response."""
    return {"error": message, "status": status, "title": HTTPStatus(status).phrase, **extra}


def error_response(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse(error_body(status, message, **extra), status_code=status)


_METHODS = ("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS")
ERROR_ANSWERS = {
    400: "A malformed request, or a URL that is not UTF-8 (the message says where)",
    404: "Unknown actor, position, document or query (with suggestions where some are close)",
    406: "None of the accepted media types is offered",
    401: "The request needs the update token (Authorization: Bearer <token>)",
    403: "Writes are disabled on this server (no update token is configured)",
    413: "The body is longer than the setting named in the message allows",
    415: "A body of a media type this endpoint does not read",
    422: "A parameter out of range or of the wrong kind, named in the message",
    503: "The store is unavailable, or the server is busy; retry",
}


def documented_errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` for a route's error answers; api/openapi.py gives each the one error shape."""
    return {status: {"description": ERROR_ANSWERS[status]} for status in statuses}


def install_error_handlers(app: FastAPI) -> None:
    """Map domain exceptions and framework errors to the one error shape."""

    @app.exception_handler(QueryError)
    async def _query_error(_: Request, exc: QueryError) -> JSONResponse:
        return error_response(400, str(exc))

    @app.exception_handler(QueryTimeout)
    async def _timeout(_: Request, exc: QueryTimeout) -> JSONResponse:
        return error_response(503, str(exc))

    @app.exception_handler(StoreUnavailable)
    async def _store_down(_: Request, exc: StoreUnavailable) -> JSONResponse:
        response = error_response(503, str(exc))
        response.headers["Retry-After"] = "5"
        return response

    @app.exception_handler(NotFound)
    async def _unknown(_: Request, exc: NotFound) -> JSONResponse:
        return error_response(404, str(exc), suggestions=exc.suggestions)

    @app.exception_handler(InputError)
    async def _input(_: Request, exc: InputError) -> JSONResponse:
        return error_response(422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            {"parameter": ".".join(str(p) for p in e.get("loc", ())[1:]), "expected": e.get("msg")}
            for e in exc.errors()
        ]
        return error_response(422, "invalid parameters", problems=problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        response = error_response(exc.status_code, str(exc.detail))
        response.headers.update(exc.headers or {})  # e.g. the `Allow` of a 405
        if exc.status_code == 405:
            response.headers["Allow"] = ", ".join(allowed_methods(request))
        return response


def allowed_methods(request: Request) -> list[str]:
    """Every method some route answers on the request's path. Starlette's own `Allow` names only the first
    route that matches the path, and a path can have several (GET /documents and POST /documents)."""
    allowed = []
    for method in _METHODS:
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
            allowed.append(method)
    return allowed
