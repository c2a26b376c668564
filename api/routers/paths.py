"""GET /paths: how two actors (or an actor and a position) are connected, with evidence on every hop."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import SettingsDep, StoreDep
from api.etag import ETagDep, documented
from api.openapi import at_most
from api.paging import TypesDep, check_at_most
from graph.projection import projection_of
from queries.paths import find_paths, resolve_node

router = APIRouter(tags=["paths"])


@router.get("/paths", responses=documented(
    "`from`, `to`, `mode`, `direction`, `max_length`, `count` and `paths`: each {length, nodes, edges}, "
    "`edges[i]` joining `nodes[i]` and `nodes[i+1]`: stance IRI, type, evidence, `forward`, `parallel`"))
def paths(
    store: StoreDep, settings: SettingsDep, etag: ETagDep, types: TypesDep,
    source: str = Query(..., alias="from", description="Actor or position (key or IRI) to start from."),
    target: str = Query(..., alias="to", description="Actor or position (key or IRI) the paths end at."),
    mode: Literal["shortest", "all_shortest", "k_shortest"] = Query("shortest"),
    k: int = Query(3, ge=1, description="How many paths k_shortest returns (at most the setting max_paths).",
                   json_schema_extra=at_most("max_paths")),
    max_length: int | None = Query(None, ge=1, description="Longest path in hops (default and maximum: the "
                                   "setting max_path_length).", json_schema_extra=at_most("max_path_length")),
    direction: Literal["any", "forward"] = Query("any", description="forward: holder to target only."),
) -> Response:
    """Paths as node-edge-node sequences; each edge is a stance with its IRI, type and evidence."""
    length = max_length or settings.max_path_length
    check_at_most("max_length", length, settings.max_path_length, "max_path_length")
    check_at_most("k", k, settings.max_paths, "max_paths")
    if etag.fresh:
        return etag.not_modified()
    start, end = resolve_node(store, source), resolve_node(store, target)
    found = find_paths(projection_of(store), start, end, mode=mode, k=k, max_length=length, types=types,
                       direction=direction, max_paths=settings.max_paths)
    return etag.json({"from": start, "to": end, "mode": mode, "direction": direction,
                      "max_length": length, "count": len(found), "paths": found})
