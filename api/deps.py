"""Dependencies shared by the routers: settings and the store, as `Annotated` aliases.

They are `async` so that FastAPI resolves them on the event loop: a plain `def` dependency runs in the
thread pool, one thread hop per dependency per request, which on the exploration endpoints cost more than
a shortest-path search. They read two attributes of the app's state.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from graph.settings import Settings
from graph.store import GraphStore


def app_settings(request: Request) -> Settings:
    """The settings of the app serving `request`."""
    settings: Settings = request.app.state.settings
    return settings


def app_store(request: Request) -> GraphStore:
    """The store of the app serving `request`."""
    store: GraphStore = request.app.state.store
    return store


async def _settings_dependency(request: Request) -> Settings:
    return app_settings(request)


async def _store_dependency(request: Request) -> GraphStore:
    return app_store(request)


SettingsDep = Annotated[Settings, Depends(_settings_dependency)]
StoreDep = Annotated[GraphStore, Depends(_store_dependency)]
