"""The app's OpenAPI description: FastAPI's own, completed where it cannot see.

- `/sparql` and `/store`, answered outside FastAPI's router, are added (api/openapi_protocols.py).
- A numeric parameter whose largest value is a setting declares it with `json_schema_extra=at_most(name)`;
  the description gives it the app's value of that setting as its `maximum`.
- Every error answer is described by the one error shape of api/errors.py, the schema `Error`, in place of
  FastAPI's validation-error schema (the app never answers in that shape).
"""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from api.openapi_protocols import sparql_path_item, store_path_items
from graph.settings import Settings

SETTING_KEY = "x-maximum-setting"
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object", "title": "Error", "required": ["error", "status", "title"],
    "description": "Every error answer: the message, the HTTP status and its name, and details where useful.",
    "properties": {
        "error": {"type": "string", "description": "What went wrong, naming the parameter or setting."},
        "status": {"type": "integer"},
        "title": {"type": "string", "description": "The status's name (Not Found ...)."},
        "problems": {"type": "array", "items": {"type": "object"}, "description": "422: each bad parameter."},
        "suggestions": {"type": "array", "items": {"type": "object"}, "description": "404: close matches."},
    },
}
ERROR_CONTENT = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}


def at_most(setting: str) -> dict[str, Any]:
    """`json_schema_extra=` of a numeric parameter whose maximum is the setting `setting`.

    Example:
        >>> at_most("max_page_size")
        {'x-maximum-setting': 'max_page_size'}
    """
    return {SETTING_KEY: setting}


def install_openapi(app: FastAPI, settings: Settings) -> None:
    """Make `app.openapi()` (and so `/openapi.json` and `/docs`) serve the completed description."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = describe_app(app, settings)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def describe_app(app: FastAPI, settings: Settings) -> dict[str, Any]:
    """The OpenAPI description of `app` with the protocol endpoints, the settings' maxima and the error shape."""
    spec = get_openapi(title=app.title, version=app.version, summary=app.summary, routes=app.routes)
    spec["paths"] = {"/sparql": sparql_path_item(), **store_path_items(), **spec.get("paths", {})}
    components = spec.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    schemas["Error"] = ERROR_SCHEMA
    components["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer",
                                                "description": "The update token (writes) or the read token."}}
    for item in spec["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                _bound(parameter["schema"], settings)
            for status, response in operation["responses"].items():
                if status[0] in "45":
                    response["content"] = ERROR_CONTENT
    return spec


def _bound(schema: dict[str, Any], settings: Settings) -> None:
    """Write the setting a parameter names into its integer schema (or the integer branch of an `anyOf`)."""
    setting = schema.pop(SETTING_KEY, None)
    if setting is None:
        return
    for branch in schema.get("anyOf", [schema]):
        if branch.get("type") == "integer":
            branch["maximum"] = getattr(settings, setting)
