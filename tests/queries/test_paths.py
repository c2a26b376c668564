"""Paths with the stance and evidence behind every hop: modes, direction, types, length limits."""
from __future__ import annotations

import pytest

from graph.errors import UnknownActor
from graph.projection import projection_of
from graph.store import GraphStore
from queries.paths import find_paths, resolve_node
from tests.queries.built_graph import iri

PUTIN, ZELENSKY, TRUMP = (iri("actor", k) for k in ("vladimir-putin", "volodymyr-zelensky", "donald-trump"))


def test_every_hop_is_a_stance_with_evidence_joining_consecutive_nodes(built: GraphStore) -> None:
    [path] = find_paths(projection_of(built), ZELENSKY, PUTIN)
    assert path["length"] == 2 == len(path["edges"])
    ids = [n["id"] for n in path["nodes"]]
    assert ids[0] == ZELENSKY and ids[-1] == PUTIN
    for (a, b), edge in zip(zip(ids, ids[1:], strict=False), path["edges"], strict=True):
        assert {edge["from"], edge["to"]} == {a, b}
        assert edge["forward"] == (edge["from"] == a)
        assert edge["stance"].startswith("https://w3id.org/stancegraph/id/stance/")
        assert edge["type"] and edge["evidence"]["text"] and edge["evidence"]["document"]
    assert path["edges"][1]["forward"] is False  # Putin's stance runs against the path


def test_all_shortest_gives_both_shared_positions(built: GraphStore) -> None:
    paths = find_paths(projection_of(built), ZELENSKY, PUTIN, mode="all_shortest")
    middles = {p["nodes"][1]["key"] for p in paths}
    assert middles == {"energy-pause", "halt-outside-military-aid"}


def test_k_shortest_returns_up_to_k_simple_paths_in_length_order(built: GraphStore) -> None:
    projection = projection_of(built)
    assert len(find_paths(projection, ZELENSKY, PUTIN, mode="k_shortest", k=1)) == 1
    paths = find_paths(projection, TRUMP, ZELENSKY, mode="k_shortest", k=9)
    assert len(paths) == 2  # every simple path: through Putin and either position he shares with Zelensky
    assert [p["length"] for p in paths] == sorted(p["length"] for p in paths)
    assert len({tuple(n["id"] for n in p["nodes"]) for p in paths}) == len(paths)


def test_type_filter_and_max_length(built: GraphStore) -> None:
    projection = projection_of(built)
    agree = find_paths(projection, ZELENSKY, PUTIN, mode="all_shortest", types=frozenset({"Agree"}))
    assert [p["nodes"][1]["key"] for p in agree] == ["energy-pause"]
    assert all(e["type"] == "Agree" for p in agree for e in p["edges"])
    assert find_paths(projection, ZELENSKY, PUTIN, max_length=1) == []
    assert find_paths(projection, ZELENSKY, PUTIN, types=frozenset({"Threaten"})) == []


def test_direction_can_be_respected(built: GraphStore) -> None:
    projection = projection_of(built)
    [forward] = find_paths(projection, TRUMP, PUTIN, direction="forward")
    assert forward["length"] == 1 and forward["edges"][0]["type"] == "Demand"
    assert find_paths(projection, PUTIN, TRUMP, direction="forward") == []
    assert find_paths(projection, ZELENSKY, PUTIN, direction="forward") == []
    assert find_paths(projection, PUTIN, TRUMP, direction="any")[0]["length"] == 1


def test_a_path_may_end_at_a_position(built: GraphStore) -> None:
    end = resolve_node(built, "halt-outside-military-aid")
    [path] = find_paths(projection_of(built), ZELENSKY, end)
    assert path["length"] == 1 and path["edges"][0]["type"] == "Reject"
    with pytest.raises(UnknownActor):
        resolve_node(built, "nobody-at-all")
