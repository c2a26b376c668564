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

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import routers
from api.errors import install_error_handlers
from api.guards import Utf8Urls
from api.openapi import install_openapi
from api.routers.sparql import SparqlFastPath
from graph.projection import projection_of
from graph.settings import Settings, get_settings
from graph.store import GraphStore, open_store


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

    app = FastAPI(
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
    app.add_middleware(Utf8Urls)  # inside the fast path: /sparql checks its own query string
    app.add_middleware(SparqlFastPath)  # before CORS, so that CORS wraps it
    if settings.cors_origins:  # off by default; browsers' SPARQL clients (YASGUI) need it
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "Accept"], expose_headers=["X-Stancegraph-Truncated"],
        )
    for info in sorted(pkgutil.iter_modules(routers.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{routers.__name__}.{info.name}")
        router = getattr(module, "router", None)
        if router is not None:
            app.include_router(router)
    return app
