"""A small graph built by hand from typed records, so exploration tests know every fact in it.

Two documents about a call and the reply to it: Putin demands a halt to outside military aid
(according to the Kremlin), Trump denies aid was discussed (a recorded contradiction), Putin agrees
to an energy pause framed as a concession, Zelensky agrees to the pause and rejects the halt,
Trump demands a cease-fire of Putin, Russia offers the pause on a condition.
"""
from __future__ import annotations

from datetime import date

from graph.ingest import ensure_reference_data, store_extraction
from graph.records import (
    Actor,
    Concession,
    Contradiction,
    Document,
    Evidence,
    Extraction,
    Position,
    Stance,
)
from graph.store import GraphStore, open_store

HALT_AID = Position("halt-outside-military-aid", "a halt to outside military aid")
ENERGY_PAUSE = Position("energy-pause", "a pause in strikes on energy sites")
AID_CONDITION = Position("aid-condition", "aid as a condition")
CEASE_FIRE = Position("full-cease-fire", "a full cease-fire")
GROUND = Position("ground-on-ukraine", "ground on Ukraine")

ACTORS = {
    "vladimir-putin": Actor("vladimir-putin", "Vladimir Putin", "Person", {"Putin"}, country="russia"),
    "donald-trump": Actor("donald-trump", "Donald Trump", "Person", {"Trump"}),
    "volodymyr-zelensky": Actor("volodymyr-zelensky", "Volodymyr Zelensky", "Person", {"Зеленський"}),
    "kremlin": Actor("kremlin", "Kremlin", "Government", represents="russia"),
    "russia": Actor("russia", "Russia", "State"),
    "ukraine": Actor("ukraine", "Ukraine", "State"),
    "united-states": Actor("united-states", "United States", "State"),
}


def _document(doc_id: str, day: date, sentences: list[str]) -> tuple[Document, list[Evidence]]:
    text, spans = "", []
    for sentence in sentences:
        start = len(text)
        text += sentence + " "
        spans.append(Evidence(doc_id, sentence, start, start + len(sentence)))
    return Document(id=doc_id, text=text, title=doc_id.replace("-", " ").title(), date=day), spans


def extractions() -> list[Extraction]:
    call, ev = _document("call-readout", date(2025, 3, 18), [
        "The Kremlin said Putin demanded a halt to outside military aid.",
        "Trump denied that aid as a condition was discussed.",
        "Putin agreed to a pause in strikes on energy sites, which the Kremlin called a concession.",
        "Putin conceded no ground on Ukraine.",
        "Trump demanded a full cease-fire of Putin.",
    ])
    reply, rv = _document("kyiv-reply", date(2025, 3, 20), [
        "Zelensky agreed to a pause in strikes on energy sites.",
        "Zelensky rejected a halt to outside military aid.",
        "Ukraine accused Russia of striking energy sites.",
        "Russia offered a pause in strikes on energy sites if Ukraine did the same.",
        "According to Washington, Putin did not demand a halt to outside military aid.",
    ])
    first = Extraction(call, actors=dict(ACTORS), mentioned=set(ACTORS), stances=[
        Stance("Demand", "vladimir-putin", ev[0], position=HALT_AID, attributed_to="kremlin",
               modality="reported"),
        Stance("Deny", "donald-trump", ev[1], position=AID_CONDITION),
        Stance("Agree", "vladimir-putin", ev[2], position=ENERGY_PAUSE,
               concession=Concession(["FramedConcession"], conceded_to="donald-trump",
                                     framed_by=["kremlin"])),
        Stance("Concede", "vladimir-putin", ev[3], position=GROUND, polarity="negative"),
        Stance("Demand", "donald-trump", ev[4], target="vladimir-putin", position=CEASE_FIRE),
    ], contradictions=[Contradiction(0, 1, "Trump denies that aid was discussed")])
    second = Extraction(reply, actors=dict(ACTORS), mentioned=set(ACTORS), stances=[
        Stance("Agree", "volodymyr-zelensky", rv[0], position=ENERGY_PAUSE),
        Stance("Reject", "volodymyr-zelensky", rv[1], position=HALT_AID),
        Stance("Accuse", "ukraine", rv[2], target="russia"),
        Stance("Offer", "russia", rv[3], position=ENERGY_PAUSE,
               concession=Concession(["ConditionalConcession"])),
        Stance("Demand", "vladimir-putin", rv[4], position=HALT_AID, polarity="negative",
               attributed_to="united-states"),
    ])
    return [first, second]


def build_store(store: GraphStore | None = None) -> GraphStore:
    """A store holding the reference data and the two documents."""
    store = store if store is not None else open_store(None)
    ensure_reference_data(store)
    for extraction in extractions():
        store_extraction(store, extraction)
    return store


def iri(kind: str, key: str) -> str:
    """The data IRI of an actor or position key, as the store holds it."""
    from graph import iris

    return str(iris.actor_iri(key) if kind == "actor" else iris.position_iri(key))
