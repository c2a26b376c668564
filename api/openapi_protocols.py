"""OpenAPI path items for `/sparql` and `/store`, documentation only.

Both endpoints are answered outside FastAPI's router (`/sparql` by `SparqlEndpoint`, ahead of FastAPI's
layers; `/store` by a plain Starlette route), so FastAPI cannot describe them; api/openapi.py adds these
items to the description.
They follow the SPARQL 1.1 Protocol and the Graph Store HTTP Protocol as api/sparql/protocol.py and
api/routers/graph_store.py implement them.
"""
from __future__ import annotations

from typing import Any

from api.sparql.negotiation import GRAPH_FORMATS, PARSEABLE, RESULT_FORMATS
from api.sparql.protocol import DIRECT_QUERY, DIRECT_UPDATE, FORM, QUERY_DATASET, UPDATE_DATASET

TEXT: dict[str, Any] = {"type": "string"}
IRIS: dict[str, Any] = {"type": "array", "items": {"type": "string", "format": "iri"}}
WRITE_SECURITY: list[dict[str, list[str]]] = [{"bearer": []}]


def _query_param(name: str, schema: dict[str, Any], description: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema, "description": description, **extra}


def _dataset_params(names: tuple[str, ...]) -> list[dict[str, Any]]:
    return [_query_param(name, IRIS, f"`{name}` of the SPARQL 1.1 Protocol (repeatable).", explode=True)
            for name in names]


FORMAT_PARAM = _query_param("format", TEXT, "A short name or media type (json, xml, csv, tsv, ttl, nt ...) "
                                            "that overrides `Accept`.")
ANSWERS: dict[str, Any] = {f.media_type: {} for f in (*RESULT_FORMATS, *GRAPH_FORMATS)}
RDF_BODIES: dict[str, Any] = {media: {"schema": TEXT} for media in sorted(PARSEABLE)} | {
    "multipart/form-data": {"schema": {"type": "object", "additionalProperties": TEXT}}}


def _answers(extra: dict[int, str]) -> dict[str, Any]:
    base = {400: "A malformed request, query or update, or a URL that is not UTF-8 (the message says where)",
            401: "The token the server needs was not presented",
            413: "The body or the query is over its limit (the message names the setting)"}
    return {str(status): {"description": text} for status, text in sorted({**base, **extra}.items())}


def sparql_path_item() -> dict[str, Any]:
    """`/sparql`: GET (query, or the service description) and POST (query or update)."""
    read = {200: "The results, or the service description without a query", 406: "No acceptable format",
            503: "Past the time limit or too busy (the message names the setting)"}
    form = {"type": "object", "properties": {
        "query": TEXT, "update": TEXT, **{name: IRIS for name in (*QUERY_DATASET, *UPDATE_DATASET)}}}
    return {
        "get": {
            "tags": ["sparql"], "summary": "A SPARQL query, or the service description without one",
            "operationId": "sparql_get",
            "parameters": [_query_param("query", TEXT, "The SPARQL query."), *_dataset_params(QUERY_DATASET),
                           FORMAT_PARAM],
            "responses": {**_answers(read), "200": {"description": read[200], "content": ANSWERS}},
        },
        "post": {
            "tags": ["sparql"], "summary": "A SPARQL query or update in the body",
            "description": "Updates need the update token (`Authorization: Bearer`); 403 when none is set.",
            "operationId": "sparql_post",
            "parameters": [*_dataset_params((*QUERY_DATASET, *UPDATE_DATASET)), FORMAT_PARAM],
            "requestBody": {"required": True, "content": {
                DIRECT_QUERY: {"schema": TEXT}, DIRECT_UPDATE: {"schema": TEXT}, FORM: {"schema": form}}},
            "responses": {**_answers({**read, 204: "The update is done", 403: "Updates are disabled"}),
                          "200": {"description": "The results", "content": ANSWERS}},
            "security": [{}, *WRITE_SECURITY],
        },
    }


def store_path_items() -> dict[str, dict[str, Any]]:
    """`/store` (`?graph=IRI` or `?default`) and `/store/{path}` (the graph named by that URL)."""
    target = [_query_param("graph", {"type": "string", "format": "iri"}, "The named graph's IRI."),
              _query_param("default", {"type": "string", "enum": [""]}, "The default graph (a flag: `?default`).",
                           allowEmptyValue=True)]
    direct = [{"name": "path", "in": "path", "required": True, "schema": TEXT,
               "description": "The graph whose IRI is this very URL (direct identification)."}]
    writes = {403: "Writes are disabled", 415: "The body is not in an RDF syntax the server reads",
              404: "There is no such graph (DELETE)"}
    body = {"required": True, "content": RDF_BODIES}

    def item(params: list[dict[str, Any]], suffix: str) -> dict[str, Any]:
        def operation(method: str, summary: str, answers: dict[int, str], **extra: Any) -> dict[str, Any]:
            return {"tags": ["graph store"], "summary": summary, "operationId": f"store_{method}{suffix}",
                    "parameters": params, "responses": _answers(answers), **extra}

        read = {200: "The graph, in the negotiated RDF format", 404: "There is no such graph",
                406: "No acceptable format"}
        return {
            "get": operation("get", "Read a graph", read) | {"responses": {
                **_answers(read), "200": {"description": read[200], "content": {
                    f.media_type: {} for f in GRAPH_FORMATS}}}},
            "head": operation("head", "Whether a graph exists, and its format", read),
            "put": operation("put", "Replace a graph", {201: "Created", 204: "Replaced", **writes},
                             requestBody=body, security=WRITE_SECURITY),
            "post": operation("post", "Add to a graph (to `/store` itself: a new graph, its IRI in Location)",
                              {201: "Created", 204: "Added to", **writes}, requestBody=body,
                              security=WRITE_SECURITY),
            "delete": operation("delete", "Drop a graph", {204: "Dropped", **writes}, security=WRITE_SECURITY),
        }

    return {"/store": item(target, ""), "/store/{path}": item(direct, "_direct")}
