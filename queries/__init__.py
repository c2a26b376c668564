"""The read side: named SPARQL queries (`.rq` files in this folder) and plain functions over the store.

A named query starts with comment lines that describe it:

    # description: Every stance an actor holds, newest first.
    # param: actor IRI  The actor (its IRI).

Parameters are bound as RDF terms through SPARQL substitutions, never pasted into the query text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

QUERY_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class QueryParam:
    name: str
    kind: str  # IRI, string, integer, date
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    description: str
    params: tuple[QueryParam, ...] = field(default_factory=tuple)


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    description = ""
    params: list[QueryParam] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        if body.startswith("description:"):
            description = body.split(":", 1)[1].strip()
        elif body.startswith("param:"):
            name, kind, *rest = body.split(":", 1)[1].split(None, 2)
            params.append(QueryParam(name=name, kind=kind, description=" ".join(rest)))
    return NamedQuery(name=path.stem, text=text, description=description, params=tuple(params))


@lru_cache
def named_queries() -> dict[str, NamedQuery]:
    """Every `.rq` file of this folder, by name."""
    return {p.stem: _parse(p) for p in sorted(QUERY_DIR.glob("*.rq"))}


def load_query(name: str) -> NamedQuery:
    """The named query `name`; KeyError when there is none."""
    return named_queries()[name]
