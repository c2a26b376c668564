"""ETags from the store's state, so a client can ask "has anything changed?" and get a 304.

The tag joins a token drawn when the process starts with the store's version and a checksum of the
request's path, query and Accept header, so it changes whenever the store does (and after a restart,
when the version counter starts again). Nothing is hashed but that short line: no body is rendered
to compute a tag, and a 304 costs no query. Handlers take `ETagDep` and return through it:

    def handler(etag: ETagDep) -> Response:
        if etag.fresh:
            return etag.not_modified()
        return etag.json(body)

or, when the body is one call, `return etag.answer(lambda: card(store, ident))`.

Bodies are serialised by orjson straight into a `Response` (no `jsonable_encoder`, no response
model validation); `documented()` gives a route the OpenAPI description such a response lacks.
"""
from __future__ import annotations

import secrets
import zlib
from collections.abc import Callable
from typing import Annotated, Any

import orjson
from fastapi import Depends, Request
from fastapi.responses import Response

from api.deps import app_store
from api.errors import documented_errors

_BOOT = secrets.token_hex(4)


class ETag:
    """The entity tag of one GET request, and responses that carry it."""

    def __init__(self, request: Request) -> None:
        scope = request.scope
        accept = request.headers.get("accept", "")
        varies = b"\n".join((scope["path"].encode(), scope["query_string"], accept.encode()))
        self.tag = f'W/"{_BOOT}-{app_store(request).version}-{zlib.crc32(varies):08x}"'
        sent = request.headers.get("if-none-match", "")
        self.fresh = any(t.strip() in (self.tag, "*") for t in sent.split(",")) if sent else False

    def not_modified(self) -> Response:
        return Response(status_code=304, headers={"ETag": self.tag})

    def tagged(self, response: Response) -> Response:
        response.headers["ETag"] = self.tag
        return response

    def answer(self, body: Callable[[], Any]) -> Response:
        """304 when the client's copy is current; else the JSON of `body()`, which only then runs."""
        return self.not_modified() if self.fresh else self.json(body())

    def json(self, body: Any, *, status: int = 200) -> Response:
        """`body` as JSON (orjson; values may be `orjson.Fragment`s serialised beforehand)."""
        return Response(orjson.dumps(body), status_code=status, media_type="application/json",
                        headers={"ETag": self.tag})


async def get_etag(request: Request) -> ETag:
    """Async: it runs on the event loop, without a thread hop per request."""
    return ETag(request)


def documented(description: str, example: dict[str, Any] | None = None) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` for a route answering through `ETag.json`: the 200 body, 304 and errors."""
    content: dict[str, Any] = {"application/json": {"example": example} if example else {}}
    return {200: {"description": description, "content": content},
            304: {"description": "Not Modified: the store is unchanged since the `ETag` sent back"},
            **documented_errors(404, 422)}


ETagDep = Annotated[ETag, Depends(get_etag)]
