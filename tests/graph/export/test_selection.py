"""Selections: neighbourhoods by depth, documents, stance types, date ranges; clear errors for bad input."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from graph.errors import InputError, UnknownActor, UnknownDocument
from graph.export.model import GraphExport
from graph.export.selection import Selection
from queries.selection import make_selection as select
from queries.stances import stance_types

ID = "https://w3id.org/stancegraph/id/"


def make_selection(store: Any, **options: Any) -> Selection:
    return select(store, max_depth=3, **options)


def stance_ids(store: Any, selection: Selection) -> set[str]:
    export = GraphExport(store, selection)
    export.nodes()
    return {edge.id.removeprefix(ID + "stance/") for edge in export.edges()}


def test_everything_is_every_stance_with_a_target_or_a_position(dated_store: Any) -> None:
    assert stance_ids(dated_store, Selection()) == {
        "doc-one/0",
        "doc-one/1",
        "doc-one/2",
        "doc-two/0",
        "doc-two/1",
    }


@pytest.mark.parametrize(
    ("depth", "expected"),
    [
        (0, set()),
        (1, {"doc-one/0", "doc-one/1"}),
        (2, {"doc-one/0", "doc-one/1", "doc-one/2"}),
        (3, {"doc-one/0", "doc-one/1", "doc-one/2", "doc-two/0", "doc-two/1"}),
    ],
)
def test_an_actor_neighbourhood_grows_one_hop_per_depth(
    dated_store: Any, depth: int, expected: set[str]
) -> None:
    selection = make_selection(dated_store, actor="Alpha Person", depth=depth)
    assert stance_ids(dated_store, selection) == expected


def test_document_types_and_dates_narrow_the_stances(dated_store: Any) -> None:
    assert stance_ids(dated_store, make_selection(dated_store, document="doc-two")) == {
        "doc-two/0",
        "doc-two/1",
    }
    assert stance_ids(dated_store, make_selection(dated_store, types="demand, SUPPORT")) == {
        "doc-one/0",
        "doc-one/1",
        "doc-two/1",
    }
    # the accusation has no date of its own and takes its document's (2025-03-02)
    assert stance_ids(dated_store, make_selection(dated_store, since="2025-03-02", until="2025-04-01")) == {
        "doc-one/1",
        "doc-one/2",
        "doc-two/0",
    }


def test_nodes_keep_their_dates_and_counts_within_the_selection(dated_store: Any) -> None:
    export = GraphExport(dated_store, make_selection(dated_store, types="Demand"))
    (alpha, beta) = export.nodes()
    assert (alpha.label, alpha.held, alpha.first, alpha.last) == (
        "Alpha Person",
        2,
        "2025-03-01",
        "2025-03-05",
    )
    assert (beta.kind, beta.received, beta.held) == ("Government", 2, 0)
    assert export.period() == ("2025-03-01", "2025-03-05")


def test_actors_are_found_by_iri_key_label_or_alias(dated_store: Any) -> None:
    iri = ID + "actor/alpha"
    for name in (iri, "alpha", "alpha person", "Mr. Alpha"):
        assert make_selection(dated_store, actor=name).actor == iri


def test_an_unknown_actor_gets_suggestions(dated_store: Any) -> None:
    with pytest.raises(UnknownActor) as caught:
        make_selection(dated_store, actor="Alpha Persn")
    assert "Alpha Person" in caught.value.suggestions


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"types": "Demand,Shout"}, "unknown stance type Shout"),
        ({"since": "2025-02-30"}, "since must be a date"),
        ({"since": "2025-05-01", "until": "2025-04-01"}, "is after until"),
        ({"depth": 4}, "depth must be between 0 and 3"),
    ],
)
def test_bad_input_is_one_clear_error(dated_store: Any, options: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        make_selection(dated_store, **options)


def test_an_unknown_document_is_not_found(dated_store: Any) -> None:
    with pytest.raises(UnknownDocument, match="no-such-doc"):
        make_selection(dated_store, document="no-such-doc")


def test_types_keep_the_ontology_order_and_file_stems_say_what_is_inside() -> None:
    assert stance_types(["claim,Demand", "demand"]) == ("Demand", "Claim")
    selection = Selection(actor=ID + "actor/alpha", depth=2, types=("Demand",), since=date(2025, 3, 1))
    assert selection.file_stem() == "stancegraph-alpha-d2-demand-from-2025-03-01"
    assert (
        Selection(since=date(2025, 3, 1), until=date(2025, 4, 1)).file_stem()
        == "stancegraph-2025-03-01--2025-04-01"
    )
    assert Selection(document=ID + "document/doc%20one").file_stem() == "stancegraph-doc-20one"
