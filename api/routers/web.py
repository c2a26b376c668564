"""GET / and /static/{name}: the web explorer, a page that reads the graph through the public HTTP API.

The page, its style sheet and its icon are served from their sources in api/web/; api/static/ holds only
what `make web` builds from them (the script bundle and the colour rules). Every answer
carries a restrictive Content-Security-Policy: scripts, styles and requests from this origin only, no
inline script, no plug-ins, no framing. The page writes document text with `textContent` only, so an
article containing `<script>` shows as text.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, Response

from api.errors import error_response

router = APIRouter(tags=["explorer"], include_in_schema=False)

STATIC = Path(__file__).resolve().parent.parent / "static"
WEB = Path(__file__).resolve().parent.parent / "web"
SOURCES = frozenset({"index.html", "style.css", "favicon.svg"})  # served from api/web/ as they are written
CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
))
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
MEDIA_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
               ".css": "text/css; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml"}


def static_file(name: str) -> Response:
    """A source file of the page or a built file of api/static/, with the security headers; 404 for any other
    name (no path walking)."""
    path = (WEB if name in SOURCES else STATIC) / name
    if "/" in name or name.startswith(".") or not path.is_file() or path.suffix not in MEDIA_TYPES:
        return error_response(404, f"no explorer asset {name!r}")
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix],
                        headers={**SECURITY_HEADERS, "Cache-Control": "no-cache"})


@router.api_route("/", methods=["GET", "HEAD"])
def explorer_page() -> Response:
    """The explorer: search actors, see neighbourhoods and paths, read the evidence, ask SPARQL."""
    return static_file("index.html")


@router.api_route("/static/{name}", methods=["GET", "HEAD"])
def explorer_asset(name: str) -> Response:
    """The explorer's script, style sheet and images."""
    return static_file(name)
