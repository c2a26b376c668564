"""ETags from the store's state, so a client can ask "has anything changed?" and get a 304.

The tag joins a token drawn when the process starts with the store's version and the request's
path, query and Accept header, so it changes whenever the store does (and after a restart, when the
version counter starts again). Handlers take `ETagDep` and return through it:

    def handler(etag: ETagDep) -> Response:
        if etag.fresh:
            return etag.not_modified()
        return etag.json(body)
"""
from __future__ import annotations

import hashlib
import secrets
from typing import Annotated, Any

import orjson
from fastapi import Depends, Request
from fastapi.responses import Response

from api.deps import get_store

_BOOT = secrets.token_hex(4)


class ETag:
    """The entity tag of one GET request, and responses that carry it."""

    def __init__(self, request: Request) -> None:
        version = get_store(request).version
        varies = f"{request.url}\n{request.headers.get('accept', '')}"
        digest = hashlib.sha1(varies.encode()).hexdigest()[:12]
        self.tag = f'W/"{_BOOT}-{version}-{digest}"'
        sent = request.headers.get("if-none-match", "")
        self.fresh = any(t.strip() in (self.tag, "*") for t in sent.split(",")) if sent else False

    def not_modified(self) -> Response:
        return Response(status_code=304, headers={"ETag": self.tag})

    def tagged(self, response: Response) -> Response:
        response.headers["ETag"] = self.tag
        return response

    def json(self, body: Any, *, status: int = 200) -> Response:
        return self.tagged(Response(orjson.dumps(body), status_code=status, media_type="application/json"))


def get_etag(request: Request) -> ETag:
    return ETag(request)


ETagDep = Annotated[ETag, Depends(get_etag)]
