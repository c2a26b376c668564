"""GET /health: is the service up, and how big is the store."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import StoreDep

router = APIRouter(tags=["service"])


@router.get("/health")
def health(store: StoreDep) -> dict[str, Any]:
    """Service status with the store's size."""
    return {"status": "ok", "triples": store.triple_count(), "graphs": len(store.graph_names())}
