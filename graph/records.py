"""Typed records of what the extractor finds. graph/rdf.py is the one place that maps them to RDF.

Actors, positions and stances refer to each other by key (an IRI local name), so records are plain
data: cheap to build, to compare in tests, and to send between processes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ontology.namespace import StanceType


@dataclass
class Document:
    """One article as read from a file: its id, text and metadata."""

    id: str
    text: str
    title: str | None = None
    date: date | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    source: str | None = None  # the file it came from


@dataclass
class Actor:
    """An actor node. `key` is stable across documents: reference actors keep theirs, others get a slug."""

    key: str
    label: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    represents: str | None = None  # key of the actor it stands for (the Kremlin -> russia)
    affiliated_with: set[str] = field(default_factory=set)  # keys
    same_as: set[str] = field(default_factory=set)  # IRIs (Wikidata)
    offices: set[str] = field(default_factory=set)  # office labels: "President of Russia"
    country: str | None = None  # key of a State


@dataclass(frozen=True)
class Evidence:
    """Where a stance is stated: a sentence of the document, as character offsets into its text."""

    document_id: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Position:
    """What a stance is about. `key` is the normalised lemma key that merges equivalent positions."""

    key: str
    label: str


@dataclass
class Concession:
    """Concession typing of an Agree, Concede or Offer stance."""

    types: list[str]
    conceded_to: str | None = None  # actor key
    framed_by: list[str] = field(default_factory=list)  # actor keys


@dataclass
class Stance:
    """One actor's reported position-taking act."""

    type: StanceType  # a plain name ("Demand") is taken and checked: an unknown type raises ValueError
    holder: str  # actor key
    evidence: Evidence
    target: str | None = None
    position: Position | None = None
    polarity: str = "positive"
    modality: str = "asserted"
    attributed_to: str | None = None
    concession: Concession | None = None
    date: date | None = None
    answers: int | None = None  # index of the demand stance it answers, in the same extraction
    cue: str | None = None  # the word or phrase that signalled the stance (for debugging and docs)

    def __post_init__(self) -> None:
        self.type = StanceType(self.type)


@dataclass(frozen=True)
class Contradiction:
    """Two stances of one extraction (by index) that cannot both hold."""

    first: int
    second: int
    reason: str


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    actors: dict[str, Actor] = field(default_factory=dict)
    stances: list[Stance] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    mentioned: set[str] = field(default_factory=set)  # keys of every actor the text names
