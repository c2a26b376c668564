"""What a request must satisfy before a handler uses it: a body within its byte limit, a URL in UTF-8.

A body is refused with 413 as soon as its declared `Content-Length` is over the limit, before a byte of it
is read. A chunked body, or one longer than it declared, is counted as it arrives and refused the moment
the count passes the limit; the rest is never read into memory (uvicorn discards what still arrives). The
message names the setting the limit comes from.
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from tempfile import SpooledTemporaryFile
from urllib.parse import unquote_to_bytes

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from api.errors import error_response
from api.sparql.protocol import ProtocolError
from graph.settings import Settings

SPOOL_IN_MEMORY = 1024 * 1024  # bytes of an upload kept in memory while it arrives; the rest waits on disk
FORM_OVERHEAD = 64 * 1024  # room in a /sparql form body for the parameters besides the query


@dataclass(frozen=True, slots=True)
class BodyLimit:
    """The most bytes a request body may have, and the reason given in the 413 (naming the setting)."""

    size: int
    reason: str


def sparql_body_limit(settings: Settings) -> BodyLimit:
    """The limit of a /sparql POST body, derived from `max_query_length` (characters).

    A character is at most 4 bytes of UTF-8, and a form body percent-encodes each byte as 3, so a query
    of the longest accepted length fits in 12 bytes a character, plus room for the dataset parameters.
    The character count itself is checked once the text is decoded.
    """
    chars = settings.max_query_length
    return BodyLimit(chars * 12 + FORM_OVERHEAD,
                     f"queries and updates are limited to {chars} characters (STANCEGRAPH_MAX_QUERY_LENGTH)")


def upload_limit(settings: Settings) -> BodyLimit:
    """The limit of a Graph Store write's body, the setting `max_upload_bytes`."""
    size = settings.max_upload_bytes
    return BodyLimit(size, f"Graph Store writes are limited to {size} bytes (STANCEGRAPH_MAX_UPLOAD_BYTES)")


async def body_chunks(request: Request, limit: BodyLimit) -> AsyncIterator[bytes]:
    """The body's chunks as they arrive, refused (413) once declared or counted past `limit`.

    Raises:
        ProtocolError: 413, naming the setting, before the first chunk when `Content-Length` is over the
            limit, else the moment the bytes received pass it.
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit.size:
        raise ProtocolError(413, f"the request body is {declared} bytes; {limit.reason}")
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit.size:
            raise ProtocolError(413, f"the request body is longer than {limit.size} bytes; {limit.reason}")
        yield chunk


async def read_body(request: Request, limit: BodyLimit) -> bytes:
    """The whole body, read under `limit` (for small limits: it is held in memory as it arrives)."""
    return b"".join([chunk async for chunk in body_chunks(request, limit)])


async def spooled_body(request: Request, limit: BodyLimit) -> bytes:
    """The whole body, read under `limit`, kept in a temporary file past `SPOOL_IN_MEMORY` bytes while it
    arrives, so that a body refused at a large limit never took that much memory."""
    with SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY) as spool:
        async for chunk in body_chunks(request, limit):
            spool.write(chunk)
        spool.seek(0)
        return spool.read()


def url_problem(scope: Scope) -> str | None:
    """Why the path or query string of a request is not UTF-8 once percent-decoded, or None."""
    for where, raw in (("path", scope.get("raw_path") or b""), ("query string", scope.get("query_string", b""))):
        if b"%" in raw or not raw.isascii():
            try:
                unquote_to_bytes(raw).decode("utf-8")
            except UnicodeDecodeError as exc:
                return f"the {where} is not valid UTF-8 ({exc.reason} at byte {exc.start})"
    return None


class Utf8Urls:
    """ASGI middleware: a URL that is not UTF-8 gets 400 naming the fault.

    Starlette would decode it with replacement characters, so that `/actors?q=%FF` searched for U+FFFD.
    `/sparql` and `/store` check their own query strings (api/sparql/protocol.py), in the same words.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        problem = url_problem(scope) if scope["type"] == "http" else None
        if problem is None:
            await self.app(scope, receive, send)
            return
        await error_response(400, problem)(scope, receive, send)
