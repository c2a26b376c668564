"""Which part of the graph an export holds: everything, an actor's neighbourhood, a document, stance types,
a date range. Parsed once from user input (HTTP query or command line), with a clear error for bad values.
"""
from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import pyoxigraph as ox

from graph import iris
from graph.errors import InputError, UnknownActor
from graph.store import OxigraphStore
from ontology.namespace import ACTOR_KINDS, STANCE_TYPES

MAX_DEPTH = 6
_KINDS = "VALUES ?kind { " + " ".join(f"sg:{kind}" for kind in ACTOR_KINDS) + " }"


@dataclass(frozen=True, kw_only=True)
class Selection:
    """A part of the graph. Every field left empty selects everything.

    `actor` (an IRI) with `depth` keeps the stances whose two ends lie within `depth` stance edges of the
    actor; `document` (an IRI) keeps one document's graph; `types` keeps those stance types; `since` and
    `until` keep stances dated (stance date, else document date) within the range, both ends included.
    """

    actor: str | None = None
    depth: int = 1
    document: str | None = None
    types: tuple[str, ...] = field(default_factory=tuple)
    since: date | None = None
    until: date | None = None

    @property
    def is_everything(self) -> bool:
        return not (self.actor or self.document or self.types or self.since or self.until)

    @property
    def filters_stances(self) -> bool:
        """True when the selection keeps only some stances of the selected documents."""
        return bool(self.actor or self.types or self.since or self.until)

    def file_stem(self) -> str:
        """A file name that says what the export holds: `stancegraph-vladimir-putin-d2-from-2025-03-01`."""
        parts = ["stancegraph"]
        if self.actor:
            parts.append(f"{iris.key_of(self.actor)}-d{self.depth}")
        if self.document:
            parts.append(iris.slugify(iris.key_of(self.document), max_length=40))
        if self.types:
            parts.append("-".join(t.lower() for t in self.types))
        if self.since and self.until:
            parts.append(f"{self.since}--{self.until}")
        elif self.since or self.until:
            parts.append(f"from-{self.since}" if self.since else f"until-{self.until}")
        return "-".join(parts)


def parse_types(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """Stance type names from `demand,Accuse` (any case); InputError names the unknown ones."""
    if text is None:
        return ()
    names = text.split(",") if isinstance(text, str) else [n for part in text for n in part.split(",")]
    known = {t.lower(): t for t in STANCE_TYPES}
    chosen, unknown = [], []
    for name in (n.strip() for n in names):
        if not name:
            continue
        if name.lower() in known:
            chosen.append(known[name.lower()])
        else:
            unknown.append(name)
    if unknown:
        raise InputError(f"unknown stance type(s) {', '.join(unknown)}; "
                         f"expected some of {', '.join(STANCE_TYPES)}")
    return tuple(sorted(set(chosen), key=STANCE_TYPES.index))


def parse_date(text: str | date | None, *, name: str) -> date | None:
    """An ISO date (YYYY-MM-DD) or None; InputError names the parameter."""
    if text is None or isinstance(text, date):
        return text
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"{name} must be a date as YYYY-MM-DD, not {text!r}") from None


def resolve_actor(store: OxigraphStore, text: str) -> str:
    """The IRI of the actor named by `text`: its IRI, its key (`vladimir-putin`) or one of its labels.

    Raises:
        UnknownActor: no actor matches; the closest labels are suggested.
    """
    text = text.strip()
    candidate = text if "://" in text else str(iris.actor_iri(iris.slugify(text)))
    if _is_actor(store, candidate):
        return candidate
    wanted = text.lower()
    names: dict[str, tuple[str, str]] = {}  # lowercase label -> (IRI, label)
    for row in store.select(
        f"SELECT DISTINCT ?actor ?label WHERE {{ {_KINDS} ?actor a ?kind ; "
        "skos:prefLabel|skos:altLabel ?label }"
    ):
        names.setdefault(str(row["label"]).lower(), (str(row["actor"]), str(row["label"])))
    if wanted in names:
        return names[wanted][0]
    close = difflib.get_close_matches(wanted, names, n=5, cutoff=0.6)
    raise UnknownActor(f"no actor {text!r}", suggestions=[names[c][1] for c in close])


def _is_actor(store: OxigraphStore, iri: str) -> bool:
    result = store.query(f"ASK {{ {_KINDS} ?actor a ?kind }}",
                         substitutions={ox.Variable("actor"): ox.NamedNode(iri)})
    return bool(result)


def resolve_document(store: OxigraphStore, text: str) -> str:
    """The IRI of the document named by its id or IRI; InputError when the store has no such document."""
    text = text.strip()
    iri = text if "://" in text else str(iris.document_iri(text))
    if not store.query("ASK { GRAPH ?doc { ?doc a sg:Document } }",
                       substitutions={ox.Variable("doc"): ox.NamedNode(iri)}):
        raise InputError(f"no document {text!r} in the store")
    return iri


def make_selection(
    store: OxigraphStore, *, actor: str | None = None, depth: int = 1, document: str | None = None,
    types: str | Iterable[str] | None = None,
    since: str | date | None = None, until: str | date | None = None,
) -> Selection:
    """A checked `Selection` from user input; InputError or UnknownActor on bad values."""
    if not 0 <= depth <= MAX_DEPTH:
        raise InputError(f"depth must be between 0 and {MAX_DEPTH}, not {depth}")
    start, end = parse_date(since, name="since"), parse_date(until, name="until")
    if start and end and start > end:
        raise InputError(f"since ({start}) is after until ({end})")
    return Selection(
        actor=resolve_actor(store, actor) if actor else None,
        depth=depth,
        document=resolve_document(store, document) if document else None,
        types=parse_types(types),
        since=start,
        until=end,
    )
