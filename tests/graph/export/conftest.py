"""Hand-made graphs for the export tests: exact stances, dates and cases the extractor may not produce."""

from __future__ import annotations

from datetime import date

import pytest

from graph.ingest import store_extraction
from graph.records import Actor, Document, Evidence, Extraction, Position, Stance
from graph.store import GraphStore
from tests.backends import Backend

ACTORS = {
    "alpha": Actor(
        "alpha",
        "Alpha Person",
        "Person",
        aliases={"Mr. Alpha", "A."},
        same_as={"http://www.wikidata.org/entity/Q1"},
        country="land",
    ),
    "land": Actor("land", "Land", "State", aliases={"Capital"}),
    "beta": Actor("beta", "Beta Office", "Government"),
    "gamma": Actor("gamma", "Gamma Org", "Organization"),
    "delta": Actor("delta", "Delta Group", "Group"),
}
TRICKY = 'He said "no" & <never>,\n\tthen\x01 left.'


def stance(
    doc: str,
    kind: str,
    holder: str,
    *,
    target: str | None = None,
    position: str | None = None,
    on: date | None = None,
    polarity: str = "positive",
    modality: str = "asserted",
    attributed_to: str | None = None,
    text: str = "A sentence.",
    start: int = 0,
) -> Stance:
    return Stance(
        type=kind,
        holder=holder,
        target=target,
        position=Position(position, position.replace("-", " ")) if position else None,
        polarity=polarity,
        modality=modality,
        attributed_to=attributed_to,
        date=on,
        evidence=Evidence(doc, text, start, start + len(text)),
    )


def add_document(store: GraphStore, doc: str, stances: list[Stance], *, on: date | None = None) -> None:
    extraction = Extraction(Document(id=doc, text="x" * 500, date=on), stances=stances)
    keys = (
        {s.holder for s in stances}
        | {s.target for s in stances if s.target}
        | {s.attributed_to for s in stances if s.attributed_to}
    )
    extraction.actors = {key: ACTORS[key] for key in keys | ({"land"} if "alpha" in keys else set())}
    extraction.mentioned = set(extraction.actors)
    store_extraction(store, extraction)


@pytest.fixture(scope="module")
def dated_store(backend: Backend, request: pytest.FixtureRequest) -> GraphStore:
    """The dated documents, on the backend under test."""
    return backend.held_by(request, "dated", add_dated_documents)


@pytest.fixture(scope="module")
def seed_store(backend: Backend, embedded_seed: GraphStore, request: pytest.FixtureRequest) -> GraphStore:
    """The founding article and the examples, on the backend under test."""
    return backend.copy_held_by(request, "seed", embedded_seed)


def add_dated_documents(store: GraphStore) -> GraphStore:
    """Two documents: parallel demands, an accusation with tricky evidence, an undated stance, a chain."""
    add_document(
        store,
        "doc-one",
        [
            stance("doc-one", "Demand", "alpha", target="beta", position="halt-aid", on=date(2025, 3, 1)),
            stance(
                "doc-one",
                "Demand",
                "alpha",
                target="beta",
                position="halt-aid",
                on=date(2025, 3, 5),
                start=20,
            ),
            stance(
                "doc-one",
                "Accuse",
                "beta",
                target="gamma",
                position="strike-grid",
                text=TRICKY,
                start=40,
                attributed_to="delta",
                modality="reported",
            ),
            stance("doc-one", "Offer", "alpha"),  # neither target nor position: no edge
        ],
        on=date(2025, 3, 2),
    )
    add_document(
        store,
        "doc-two",
        [
            stance(
                "doc-two", "Concede", "gamma", position="grid-truce", on=date(2025, 4, 1), polarity="negative"
            ),
            stance("doc-two", "Support", "delta", target="gamma", on=date(2025, 4, 10), start=30),
        ],
    )
    return store
