"""The app's settings and store as dependencies resolved on the event loop.

FastAPI runs a plain `def` dependency in its thread pool: one thread hop per dependency per request,
which on the exploration endpoints cost more than a shortest-path search. These read two attributes,
so they are `async` and run inline; the exploration routers use them (and api/etag.py, api/paging.py
are async for the same reason).
"""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.deps import get_app_settings, get_store
from graph.settings import Settings
from graph.store import OxigraphStore


async def settings_now(request: Request) -> Settings:
    return get_app_settings(request)


async def store_now(request: Request) -> OxigraphStore:
    return get_store(request)


SettingsDep = Annotated[Settings, Depends(settings_now)]
StoreDep = Annotated[OxigraphStore, Depends(store_now)]
