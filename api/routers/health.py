"""GET /health: is the service up, how big is the store, and which service worker answers."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Request

from api.deps import StoreDep

router = APIRouter(tags=["service"])


@router.get("/health")
def health(store: StoreDep, request: Request) -> dict[str, Any]:
    """Service status with the store's size; under `stancegraph serve`, also the worker's generation.

    `worker.generation` starts at 1 and grows by one each time the supervisor replaces the worker (a
    runaway query, too much memory); `worker.last_replacement` says why the previous one was replaced.
    """
    answer: dict[str, Any] = {"status": "ok", "triples": store.triple_count(), "graphs": len(store.graph_names())}
    generation = getattr(request.app.state, "service_worker", None)
    if generation is not None:
        answer["worker"] = asdict(generation)
    return answer
