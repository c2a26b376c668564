"""The SPARQL 1.1 Protocol's request rules: which operation a request carries, and the refusals.

GET carries a query in the URL; POST carries a query or an update in a form body, or directly with
`application/sparql-query` / `application/sparql-update`. Dataset parameters (`default-graph-uri`,
`named-graph-uri`, `using-graph-uri`, `using-named-graph-uri`) may come in the URL or the form. Every
violation is a `ProtocolError` with the HTTP status to answer and a message naming the problem.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qsl

QUERY_DATASET = ("default-graph-uri", "named-graph-uri")
UPDATE_DATASET = ("using-graph-uri", "using-named-graph-uri")
FORM = "application/x-www-form-urlencoded"
DIRECT_QUERY = "application/sparql-query"
DIRECT_UPDATE = "application/sparql-update"
CACHED_LENGTH = 4096  # bytes: longer GET query strings are parsed every time (1,024 of them at most are kept)


class ProtocolError(Exception):
    """A request the protocol refuses: `status` is the HTTP answer, the message says why."""

    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


@dataclass(frozen=True, slots=True)
class Operation:
    """A query or an update, with its protocol parameters (every value of each, in order)."""

    kind: str  # "query", "update" or "description" (GET without a query)
    text: str = ""
    params: dict[str, list[str]] = field(default_factory=dict)

    def values(self, name: str) -> list[str]:
        return self.params.get(name, [])

    def one(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[-1] if values else None


def parse_params(raw: bytes, *, where: str) -> dict[str, list[str]]:
    """URL-encoded parameters as lists, refusing invalid UTF-8 and malformed pairs."""
    params: dict[str, list[str]] = {}
    try:
        pairs = parse_qsl(raw.decode("ascii", "strict") if raw.isascii() else raw.decode("utf-8"),
                          keep_blank_values=True, strict_parsing=False, encoding="utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        problem = f"{exc.reason} at byte {exc.start}"
        raise ProtocolError(400, f"the {where} is not valid UTF-8 ({problem})") from exc
    for name, value in pairs:
        params.setdefault(name, []).append(value)
    return params


def media_type(content_type: str | None) -> tuple[str, str | None]:
    """A Content-Type header as (media type, charset or None)."""
    if not content_type:
        return "", None
    media, *params = (part.strip() for part in content_type.split(";"))
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset


def decode_body(body: bytes, charset: str | None, *, what: str) -> str:
    """A direct POST body as text: UTF-8 only (the protocol's one encoding)."""
    if charset not in (None, "utf-8", "utf8"):
        raise ProtocolError(400, f"the {what} must be sent in UTF-8, not {charset}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"the {what} is not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc


def operation_from_get(query_string: bytes) -> Operation:
    """The operation of a GET request: a query, or the service description when there is none.

    Query strings up to `CACHED_LENGTH` bytes are parsed once (clients repeat their queries, and percent-
    decoding one costs more than the rest of a cheap request's checks); the operation is shared, so it is
    read, never changed. A refusal is not cached: it is raised anew.
    """
    if len(query_string) <= CACHED_LENGTH:
        return _cached_get(query_string)
    return _parse_get(query_string)


@lru_cache(maxsize=1024)
def _cached_get(query_string: bytes) -> Operation:
    return _parse_get(query_string)


def _parse_get(query_string: bytes) -> Operation:
    params = parse_params(query_string, where="query string")
    if "update" in params:
        raise ProtocolError(400, "an update must be sent with POST, not GET")
    queries = params.get("query")
    if not queries:
        return Operation("description", params=params)
    return _checked(Operation("query", queries[0], params), count=len(queries))


def operation_from_post(query_string: bytes, content_type: str | None, body: bytes) -> Operation:
    """The operation of a POST request, from its media type and body."""
    params = parse_params(query_string, where="query string")
    media, charset = media_type(content_type)
    if media == FORM:
        for name, values in parse_params(body, where="form body").items():
            params.setdefault(name, []).extend(values)
        queries, updates = params.get("query", []), params.get("update", [])
        if queries and updates:
            raise ProtocolError(400, "a request carries either a query or an update, not both")
        if updates:
            return _checked(Operation("update", updates[0], params), count=len(updates))
        if queries:
            return _checked(Operation("query", queries[0], params), count=len(queries))
        raise ProtocolError(400, "the form carries no 'query' and no 'update' parameter")
    if media in (DIRECT_QUERY, DIRECT_UPDATE):
        kind = "query" if media == DIRECT_QUERY else "update"
        if kind in params:
            raise ProtocolError(400, f"a direct POST carries the {kind} in its body, not in the URL")
        return _checked(Operation(kind, decode_body(body, charset, what=kind), params), count=1)
    shown = f"'{media}'" if media else "no media type"
    raise ProtocolError(
        400,
        f"a SPARQL POST needs the media type {FORM}, {DIRECT_QUERY} or {DIRECT_UPDATE}; it had {shown}",
    )


def _checked(operation: Operation, *, count: int) -> Operation:
    if count > 1:
        raise ProtocolError(400, f"one request carries one {operation.kind}; this one had {count}")
    wrong = UPDATE_DATASET if operation.kind == "query" else QUERY_DATASET
    for name in wrong:
        if name in operation.params:
            raise ProtocolError(400, f"the parameter '{name}' does not apply to a {operation.kind}")
    return operation
