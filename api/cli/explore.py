"""Exploration commands: actors, actor, neighbourhood, paths, stances, run-query.

The same operations as the HTTP endpoints, on the store directory. Human-readable lines by default,
`--json` for the endpoint's JSON (stances: `--format jsonl` for the stance export's records).
"""
from __future__ import annotations

import sys
from typing import Annotated, Any

import orjson
import typer

from api.cli.base import app, fail, open_store, settings_with, user_errors
from api.cli.core import StoreOpt
from api.paging import check_at_most
from graph.projection import projection_of
from graph.settings import Settings
from queries.actors import actor_card, resolve_actor, search_actors
from queries.named import describe, run_named_query
from queries.neighbourhood import neighbourhood
from queries.paths import find_paths, resolve_node
from queries.selection import stance_filter, stance_listing
from queries.stances import (
    stance_types,
)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print the JSON the HTTP endpoint gives.")]
TypesOpt = Annotated[str | None, typer.Option("--types", "--type", help="Stance types, comma-separated.")]


def _print_json(body: Any) -> None:
    sys.stdout.buffer.write(orjson.dumps(body, option=orjson.OPT_INDENT_2) + b"\n")


def _edge_line(edge: dict[str, Any], labels: dict[str, str]) -> str:
    sign = "" if edge["polarity"] == "positive" else "not "
    source = f" (according to {edge['attributed_to'].rsplit('/', 1)[-1]})" if edge["attributed_to"] else ""
    sentence = " ".join(edge["evidence"]["text"].split())
    document = edge["evidence"]["document"].rsplit("/", 1)[-1]
    return (f"{labels.get(edge['from'], edge['from'])} --{sign}{edge['type']}--> "
            f"{labels.get(edge['to'], edge['to'])}{source}\n"
            f"    \"{sentence}\"  [{document}]")


def _store_and_settings(store: str | None) -> tuple[Any, Settings]:
    settings = settings_with(store)
    return open_store(settings.store), settings


@app.command("actors")
def actors_command(
    query: Annotated[str, typer.Argument(help="Words of a label or alias (typos forgiven).")] = "",
    kind: Annotated[str | None, typer.Option(help="Person, State, Government, Organization, Group.")] = None,
    limit: Annotated[int, typer.Option(help="Most actors shown.")] = 20,
    store: StoreOpt = None, as_json: JsonOpt = False,
) -> None:
    """Search actors by label or alias, best match first."""
    graph_store, _ = _store_and_settings(store)
    with user_errors():
        hits = search_actors(graph_store, query, kind=kind)[:limit]
    if as_json:
        return _print_json(hits)
    for hit in hits:
        aliases = f"  ({', '.join(hit['aliases'])})" if hit["aliases"] else ""
        print(f"{hit['key']:<32} {hit['kind'] or '':<13} {hit['label']}{aliases}")
    if not hits:
        raise fail(f"no actor matches {query!r}")


@app.command("actor")
def actor_command(actor: Annotated[str, typer.Argument(help="Actor key or IRI.")],
                  store: StoreOpt = None) -> None:
    """An actor's card (JSON): aliases, roles, affiliations, stance counts, documents."""
    graph_store, _ = _store_and_settings(store)
    with user_errors():
        _print_json(actor_card(graph_store, actor))


@app.command("neighbourhood")
def neighbourhood_command(
    actor: Annotated[str, typer.Argument(help="Actor key (vladimir-putin) or IRI.")],
    depth: Annotated[int, typer.Option(min=1, help="Hops from the actor.")] = 1,
    types: TypesOpt = None,
    role: Annotated[str, typer.Option(help="Its role on the first hop: holder, target, any.")] = "any",
    since: Annotated[str | None, typer.Option(help="Only stances dated on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Only stances dated on or before YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Most edges.")] = 200,
    store: StoreOpt = None, as_json: JsonOpt = False,
) -> None:
    """The actors and positions around an actor, each edge a stance with its evidence sentence."""
    if role not in ("holder", "target", "any"):
        raise fail(f"--role must be holder, target or any, not {role!r}")
    graph_store, settings = _store_and_settings(store)
    with user_errors():
        check_at_most("depth", depth, settings.max_depth, "max_depth")
        center = resolve_actor(graph_store, actor)
        body = neighbourhood(projection_of(graph_store), center, depth=depth, types=stance_types(types),
                             role=role, since=since, until=until, limit=limit,  # type: ignore[arg-type]
                             hub_cap=settings.hub_cap)
    if as_json:
        return _print_json(body)
    labels = {n["id"]: n.get("label") or n["key"] for n in body["nodes"]}
    for edge in body["edges"]:
        print(_edge_line(edge, labels))
    for hub in body["capped"]:
        print(f"(capped: {hub['label']} has {hub['edges']} edges, {hub['shown']} shown)")
    if body["truncated"]:
        print(f"(truncated at {limit} edges)")


@app.command("paths")
def paths_command(
    source: Annotated[str, typer.Argument(help="Actor or position the paths start from (key or IRI).")],
    target: Annotated[str, typer.Argument(help="Actor or position the paths end at.")],
    mode: Annotated[str, typer.Option(help="shortest, all_shortest or k_shortest.")] = "shortest",
    k: Annotated[int, typer.Option(min=1, help="Paths for k_shortest.")] = 3,
    max_length: Annotated[int | None, typer.Option(min=1, help="Longest path in hops.")] = None,
    types: TypesOpt = None,
    direction: Annotated[str, typer.Option(help="any, or forward (holder to target only).")] = "any",
    store: StoreOpt = None, as_json: JsonOpt = False,
) -> None:
    """How two actors are connected: every hop a stance with its evidence sentence."""
    if mode not in ("shortest", "all_shortest", "k_shortest") or direction not in ("any", "forward"):
        raise fail("--mode must be shortest, all_shortest or k_shortest; --direction any or forward")
    graph_store, settings = _store_and_settings(store)
    with user_errors():
        length = max_length or settings.max_path_length
        check_at_most("max_length", length, settings.max_path_length, "max_path_length")
        check_at_most("k", k, settings.max_paths, "max_paths")
        start, end = resolve_node(graph_store, source), resolve_node(graph_store, target)
        found = find_paths(projection_of(graph_store), start, end, mode=mode, k=k,  # type: ignore[arg-type]
                           max_length=length, types=stance_types(types), direction=direction,  # type: ignore[arg-type]
                           max_paths=settings.max_paths)
    if as_json:
        return _print_json(found)
    if not found:
        raise fail(f"no path from {source} to {target} within {length} hops")
    for number, path in enumerate(found, 1):
        print(f"path {number} ({path['length']} hops): " + " - ".join(n["label"] for n in path["nodes"]))
        labels = {n["id"]: n["label"] for n in path["nodes"]}
        for edge in path["edges"]:
            print("  " + _edge_line(edge, labels).replace("\n", "\n  "))


@app.command("stances")
def stances_command(
    holder: Annotated[str | None, typer.Option(help="Actor holding the stance (key or IRI).")] = None,
    include: Annotated[str | None, typer.Option(
        help="With --holder: also its bodies (represented), its affiliates (affiliated), or both.")] = None,
    types: TypesOpt = None,
    target: Annotated[str | None, typer.Option(help="Actor the stance is aimed at.")] = None,
    position: Annotated[str | None, typer.Option(help="Position key or IRI.")] = None,
    document: Annotated[str | None, typer.Option(help="Document id or IRI.")] = None,
    attributed_to: Annotated[str | None, typer.Option(help="Actor the stance is attributed to.")] = None,
    polarity: Annotated[str | None, typer.Option(help="positive or negative.")] = None,
    since: Annotated[str | None, typer.Option(help="On or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="On or before YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(min=1)] = None,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, or jsonl (export records).")] = "text",
    store: StoreOpt = None,
) -> None:
    """Stances matching the filters, with their evidence."""
    if fmt not in ("text", "jsonl"):
        raise fail("--format must be text or jsonl")
    graph_store, _ = _store_and_settings(store)
    with user_errors():
        selection = stance_filter(graph_store, holder=holder, include=include, types=types, target=target,
                                  position=position, document=document, attributed_to=attributed_to,
                                  polarity=polarity, since=since, until=until)
        listing = stance_listing(graph_store, selection, limit=limit, offset=offset)
        if fmt == "jsonl":  # the same records, in the same order, as GET /stances in JSON Lines
            for record in listing.records():
                sys.stdout.buffer.write(orjson.dumps(record) + b"\n")
            return
    page, total = listing.stances, listing.total
    for record in page:
        about = (record["position"] or {}).get("label") or (record["target"] or "").rsplit("/", 1)[-1]
        sign = "" if record["polarity"] == "positive" else "not "
        print(f"{record['holder'].rsplit('/', 1)[-1]} {sign}{record['type']}: {about}")
        print(f"    \"{' '.join(record['evidence']['text'].split())}\"")
    print(f"({len(page)} of {total} stances)", file=sys.stderr)


@app.command("run-query")
def run_query_command(
    name: Annotated[str | None, typer.Argument(help="A query of queries/*.rq (none: list).")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE, repeatable.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 100,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    store: StoreOpt = None, as_json: JsonOpt = False,
) -> None:
    """Run a named SPARQL query with parameters bound as RDF terms; without NAME, list the queries."""
    if name is None:
        from queries import named_queries

        for query in named_queries().values():
            info = describe(query)
            params = " ".join(f"{p['name']}:{p['kind']}" for p in info["params"])
            print(f"{info['name']:<24} {params:<36} {info['description']}")
        return
    values: dict[str, str] = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise fail(f"--param expects NAME=VALUE, not {item!r}")
        values[key.strip()] = value
    graph_store, settings = _store_and_settings(store)
    with user_errors():
        result = run_named_query(graph_store, name, values, limit=limit, offset=offset,
                                 max_rows=settings.max_rows)
    if as_json:
        return _print_json(result)
    print("\t".join(result["variables"]))
    for row in result["rows"]:
        print("\t".join("" if row[v] is None else " ".join(str(row[v]).split()) for v in result["variables"]))
    print(f"({len(result['rows'])} of {result['total']} rows)", file=sys.stderr)
