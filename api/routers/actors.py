"""GET /actors (search), /actors/{id} (the actor's card), /actors/{id}/neighbourhood."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import SettingsDep, StoreDep
from api.etag import ETagDep, documented
from api.openapi import at_most
from api.paging import PageDep, TypesDep, check_at_most
from graph.iris import actor_iri
from graph.projection import projection_of
from ontology.namespace import ActorKind
from queries.actors import actor_card, resolve_actor, search_actors
from queries.neighbourhood import neighbourhood

router = APIRouter(tags=["actors"])


@router.get("/actors", responses=documented("Matching actors, best first, with `total`", {
    "query": "zelenskyy", "total": 1, "limit": 50, "offset": 0, "actors": [{
        "id": str(actor_iri("volodymyr-zelensky")), "key": "volodymyr-zelensky",
        "label": "Volodymyr Zelensky", "kind": "Person", "aliases": ["Zelensky"], "score": 95.0}]}))
def actors(
    store: StoreDep, etag: ETagDep, page: PageDep,
    q: str = Query("", description="Words of a label or alias; case, accents and small typos are forgiven."),
    kind: Annotated[ActorKind | None, Query(description="Only actors of this kind.")] = None,
) -> Response:
    """Actors matching `q`, best first (every actor, by label, when `q` is empty)."""
    return etag.answer(lambda: page.listing("actors", search_actors(store, q, kind=kind), query=q))


@router.get("/actors/{ident:path}/neighbourhood", responses=documented(
    "`center`, `depth`, `nodes` (id, key, label, kind, distance), `edges` (stance records: from, to, "
    "role, stance, type, polarity, modality, target, position, attributed_to, date, evidence), "
    "`capped` hubs, `truncated`"))
def actor_neighbourhood(
    ident: str, store: StoreDep, settings: SettingsDep, etag: ETagDep, types: TypesDep,
    depth: int = Query(1, ge=1, description="Hops from the actor (at most the setting max_depth).",
                       json_schema_extra=at_most("max_depth")),
    role: Literal["holder", "target", "any"] = Query("any", description="The actor's role on the first hop."),
    since: Annotated[date | None, Query(description="Only stances dated on or after (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="Only stances dated on or before (YYYY-MM-DD).")] = None,
    limit: int = Query(200, ge=1, description="Most edges returned (at most the setting max_page_size).",
                       json_schema_extra=at_most("max_page_size")),
) -> Response:
    """The actors and positions around an actor; every edge a stance with its evidence."""
    check_at_most("depth", depth, settings.max_depth, "max_depth")
    check_at_most("limit", limit, settings.max_page_size, "max_page_size")
    if etag.fresh:
        return etag.not_modified()
    center = resolve_actor(store, ident)
    projection = projection_of(store)
    body = neighbourhood(projection, center, depth=depth, types=types, role=role,
                         since=since.isoformat() if since else None,
                         until=until.isoformat() if until else None,
                         limit=limit, hub_cap=settings.hub_cap)
    body["edges"] = projection.edge_json(body["edges"])  # each edge rendered once, then reused
    return etag.json(body)


@router.get("/actors/{ident:path}", responses=documented(
    "The actor's card: label, kind, aliases, same_as, roles, represents, country, affiliations, "
    "stance counts, documents, first and last seen"))
def actor(ident: str, store: StoreDep, etag: ETagDep) -> Response:
    """The actor's card: label, kind, aliases, sameAs, roles, affiliations, stance counts, documents."""
    return etag.answer(lambda: actor_card(store, ident))
