"""The FastAPI application: `create_app()` wires settings, the store and every router in api/routers/.

Each module of api/routers/ that defines `router` is included, so a new resource is a new file.
The OpenAPI description is completed by api/openapi.py; request guards (body limits, UTF-8 URLs) are in
api/guards.py.
"""
from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from api import routers
from api.errors import install_error_handlers
from api.guards import Utf8Urls
from api.openapi import install_openapi
from api.routers.sparql import SPARQL_PATH, SparqlEndpoint
from graph.projection import projection_of
from graph.settings import Settings, get_settings
from graph.store import GraphStore, open_store


class StancegraphApp(FastAPI):
    """FastAPI, with `/sparql` answered before FastAPI's own layers see the request.

    Per request, FastAPI checks whether telemetry is configured and passes its error, telemetry and body
    limit middleware and its router; on a cheap SPARQL query that cost more than the query. `/sparql`
    (api/routers/sparql.py) checks its own URL, body limit and tokens and turns every failure into the one
    error shape, so it needs none of them; CORS, when configured, wraps it as it wraps the app.
    """

    sparql: ASGIApp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == SPARQL_PATH:
            scope["app"] = self
            await self.sparql(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def cors_options(settings: Settings) -> dict[str, Any]:
    """CORSMiddleware's options for the configured origins (browsers' SPARQL clients, such as YASGUI)."""
    return {"allow_origins": settings.cors_origins, "allow_methods": ["GET", "POST", "PUT", "DELETE"],
            "allow_headers": ["Authorization", "Content-Type", "Accept"],
            "expose_headers": ["X-Stancegraph-Truncated"]}


def create_app(settings: Settings | None = None, *, store: GraphStore | None = None) -> FastAPI:
    """The stancegraph HTTP service.

    Args:
        settings: defaults to the process settings (environment, `.env`).
        store: an open store to serve; by default the store that `settings.store` names (a directory
            of the embedded store, or a SPARQL server's URL) is opened at start-up and flushed at shutdown.
    """
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, "store", None) is None:
            app.state.store = open_store(settings.store, settings=settings)
        # build the paths/neighbourhood projection in the background; requests wait on its lock
        threading.Thread(target=projection_of(app.state.store).refresh, daemon=True).start()
        yield
        app.state.store.flush()

    app = StancegraphApp(
        title="stancegraph",
        summary="Political actors, their positions and stances, from news text",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # api/routers/docs.py serves /docs from the package, never from a CDN
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    install_error_handlers(app)
    install_openapi(app, settings)
    app.add_middleware(Utf8Urls)  # /sparql checks its own query string
    app.sparql = SparqlEndpoint(app)
    if settings.cors_origins:  # off by default; browsers' SPARQL clients (YASGUI) need it
        app.add_middleware(CORSMiddleware, **cors_options(settings))
        app.sparql = CORSMiddleware(app.sparql, **cors_options(settings))
    for info in sorted(pkgutil.iter_modules(routers.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{routers.__name__}.{info.name}")
        router = getattr(module, "router", None)
        if router is not None:
            app.include_router(router)
    return app
