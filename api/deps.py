"""Dependencies shared by the routers: settings and the store, as `Annotated` aliases."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from graph.settings import Settings
from graph.store import OxigraphStore


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> OxigraphStore:
    store: OxigraphStore = request.app.state.store
    return store


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
StoreDep = Annotated[OxigraphStore, Depends(get_store)]
