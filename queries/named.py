"""Running the named queries of this folder with parameters bound as RDF terms.

A parameter's kind (from its `# param:` line) says how a value becomes a term: `actor`, `position`
and `document` accept a key or an IRI; `IRI` an absolute IRI; `stanceType` and `actorKind` an
ontology local name; `string`, `integer` and `date` a literal. The term is given to Oxigraph as a
substitution, so a value can never change the query: `"} DROP ALL #"` is just a string that matches
nothing. A parameter left out stays unbound and restricts nothing.
"""
from __future__ import annotations

from itertools import islice
from typing import Any

from graph import iris
from graph.errors import InputError, UnknownQuery
from graph.store import GraphStore, python_value
from graph.store.terms import Literal, NamedNode, Variable
from ontology.namespace import ACTOR_KINDS, SG, STANCE_TYPES
from queries import NamedQuery, QueryParam, named_queries
from queries.actors import resolve_actor
from queries.positions import resolve_position
from queries.stances import document_iri

XSD = "http://www.w3.org/2001/XMLSchema#"


def _iri(value: str, param: QueryParam) -> NamedNode:
    try:
        return NamedNode(value)
    except ValueError as exc:
        raise InputError(f"parameter {param.name!r} expects an IRI, not {value!r}") from exc


def _local_name(value: str, param: QueryParam, names: tuple[str, ...]) -> NamedNode:
    known = {n.casefold(): n for n in names}
    if value.casefold() not in known:
        raise InputError(f"parameter {param.name!r} expects one of {', '.join(names)}, not {value!r}")
    return NamedNode(str(SG[known[value.casefold()]]))


def bind(store: GraphStore, param: QueryParam, value: str) -> NamedNode | Literal:
    """The RDF term `value` stands for, as the parameter's kind reads it.

    Raises:
        InputError: the value does not fit the kind. UnknownActor: no such actor or position.
    """
    kind = param.kind.casefold()
    if kind == "actor":
        return NamedNode(resolve_actor(store, value))
    if kind == "position":
        return NamedNode(resolve_position(store, value))
    if kind == "document":
        return _iri(document_iri(value) if "://" in value else str(iris.document_iri(value)), param)
    if kind == "iri":
        return _iri(value, param)
    if kind == "stancetype":
        return _local_name(value, param, STANCE_TYPES)
    if kind == "actorkind":
        return _local_name(value, param, ACTOR_KINDS)
    if kind == "integer":
        if not value.lstrip("-").isdigit():
            raise InputError(f"parameter {param.name!r} expects an integer, not {value!r}")
        return Literal(value, datatype=NamedNode(XSD + "integer"))
    if kind == "date":
        from datetime import date

        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise InputError(f"parameter {param.name!r} expects a date YYYY-MM-DD, not {value!r}") from exc
        return Literal(value, datatype=NamedNode(XSD + "date"))
    return Literal(value)


def get_query(name: str) -> NamedQuery:
    """The named query `name`. Raises UnknownQuery, listing the names there are."""
    queries = named_queries()
    if name not in queries:
        raise UnknownQuery(f"unknown query {name!r}; expected one of {', '.join(queries)}", list(queries))
    return queries[name]


def describe(query: NamedQuery) -> dict[str, Any]:
    """A named query's name, description, parameters and SPARQL text (the explorer's editor shows it)."""
    return {"name": query.name, "description": query.description,
            "params": [{"name": p.name, "kind": p.kind, "description": p.description} for p in query.params],
            "sparql": query.text}


def run_named_query(store: GraphStore, name: str, values: dict[str, str], *, limit: int,
                    offset: int = 0, max_rows: int = 100_000) -> dict[str, Any]:
    """Run the named query with `values` bound to its parameters; one page of rows and the total.

    Raises:
        UnknownQuery, InputError: an unknown query, an unknown parameter or a value of the wrong kind.
    """
    query = get_query(name)
    params = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(params))
    if unknown:
        expected = ", ".join(params) or "none"
        raise InputError(f"unknown parameter {', '.join(unknown)} for query {name!r}; expected {expected}")
    substitutions = {Variable(k): bind(store, params[k], v) for k, v in values.items() if v != ""}
    result = store.query(query.text, substitutions=substitutions)
    variables = [v.value for v in result.variables]
    rows = [{v: python_value(row[v]) for v in variables} for row in islice(result, max_rows)]
    return {"name": name, "params": {k.value: str(t.value) for k, t in substitutions.items()},
            "variables": variables, "total": len(rows), "truncated": len(rows) >= max_rows,
            "rows": rows[offset:offset + limit]}
