"""GET /docs: the OpenAPI page (Swagger UI), whose script, style and icon the server serves itself.

FastAPI's own page loads Swagger UI from a CDN and stays blank offline; the app turns it off
(`docs_url=None`) and this router serves the same page with the files of the npm package
`swagger-ui-dist` (5.35.0, Apache-2.0, `api/static/swagger-ui-LICENSE.txt`) kept in `api/static/`.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

router = APIRouter(include_in_schema=False)

STATIC = Path(__file__).resolve().parent.parent / "static"
ASSETS = {  # the files the page names, and their media types; nothing else in api/static/ is served
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "favicon-32x32.png": "image/png",
}
ASSET_PATH = "/docs/assets"


@router.get("/docs")
async def docs(request: Request) -> HTMLResponse:
    """Swagger UI over the app's OpenAPI description, every file from this server."""
    root = request.scope.get("root_path", "")
    return get_swagger_ui_html(
        openapi_url=f"{root}{request.app.openapi_url}",
        title=f"{request.app.title}: API",
        swagger_js_url=f"{root}{ASSET_PATH}/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{ASSET_PATH}/swagger-ui.css",
        swagger_favicon_url=f"{root}{ASSET_PATH}/favicon-32x32.png",
        # no validator badge: it would send the description to validator.swagger.io
        swagger_ui_parameters={"validatorUrl": None},
    )


@router.get(ASSET_PATH + "/{name}")
async def docs_asset(name: str) -> FileResponse:
    """One of the page's files, cacheable for a day (they change only with the package)."""
    media_type = ASSETS.get(name)
    if media_type is None:
        raise HTTPException(404, f"the docs page has no file '{name}'")
    return FileResponse(STATIC / name, media_type=media_type, headers={"Cache-Control": "public, max-age=86400"})
