"""The stance export (JSON Lines records of ../shared/STANCES.md), built from the RDF graph alone.

Building it from the store, not from the extractor's objects, is the proof that the graph holds
everything the export says. Actor records come first, then stances, then contradictions.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graph.store import GraphStore
from graph.store.terms import bindings
from ontology.namespace import RDF_TYPE, SG
from queries import load_query

Record = dict[str, Any]
_KIND_PREFIX = str(SG._NS)
_SKOS = "http://www.w3.org/2004/02/skos/core#"


def _run(store: GraphStore, name: str, document: str | None) -> Any:
    subs = bindings(document=document)
    return store.query(load_query(name).text, substitutions=subs)


def actor_records(store: GraphStore, *, document: str | None = None) -> list[Record]:
    """One actor record per actor the selected documents mention or name in a stance."""
    actors: dict[str, Record] = {}
    for row in _run(store, "export-actors", document):
        iri, prop, value = row["actor"].value, row["p"].value, row["o"].value
        rec = actors.setdefault(iri, {
            "record": "actor", "id": iri, "label": None, "aliases": [], "kind": None,
            "same_as": [], "represents": None, "affiliated_with": [],
        })
        if prop == RDF_TYPE:
            if value.startswith(_KIND_PREFIX):
                rec["kind"] = value[len(_KIND_PREFIX):]
        elif prop == _SKOS + "prefLabel":
            rec["label"] = rec["label"] or value
        elif prop in (_SKOS + "altLabel", str(SG.metonym)):
            rec["aliases"].append(value)
        elif prop == "http://www.w3.org/2002/07/owl#sameAs":
            rec["same_as"].append(value)
        elif prop == str(SG.represents):
            rec["represents"] = value
        elif prop == str(SG.affiliatedWith):
            rec["affiliated_with"].append(value)
    for rec in actors.values():
        rec["aliases"] = sorted(set(rec["aliases"]) - {rec["label"]})
        rec["same_as"] = sorted(set(rec["same_as"]))
        rec["affiliated_with"] = sorted(set(rec["affiliated_with"]))
        if rec["label"] is None:
            rec["label"] = rec["id"].rsplit("/", 1)[-1]
    return list(actors.values())


def _value(row: Any, name: str) -> str | None:
    term = row[name]
    return None if term is None else term.value


def stance_records(store: GraphStore, *, document: str | None = None) -> Iterator[Record]:
    """One stance record per stance node, in document order."""
    for row in _run(store, "export-stances", document):
        types = (_value(row, "concessionTypes") or "").split()
        framed = (_value(row, "framedBy") or "").split()
        concession = None
        if types:
            concession = {
                "types": sorted(t.rsplit("#", 1)[-1] for t in types),
                "conceded_to": _value(row, "concededTo"),
                "framed_by": sorted(framed),
            }
        position = None
        if row["position"] is not None:
            position = {"id": row["position"].value, "label": _value(row, "positionLabel") or ""}
        yield {
            "record": "stance",
            "id": row["stance"].value,
            "type": row["type"].value.rsplit("#", 1)[-1],
            "holder": row["holder"].value,
            "target": _value(row, "target"),
            "position": position,
            "attributed_to": _value(row, "attributedTo"),
            "polarity": row["polarity"].value.rsplit("#", 1)[-1],
            "modality": row["modality"].value.rsplit("#", 1)[-1],
            "concession": concession,
            "plover": _value(row, "plover"),
            "cameo": _value(row, "cameo"),
            "date": _value(row, "date"),
            "evidence": {
                "document": row["document"].value,
                "text": _value(row, "text") or "",
                "start": int(row["start"].value),
                "end": int(row["end"].value),
            },
        }


def contradiction_records(store: GraphStore, *, document: str | None = None) -> Iterator[Record]:
    for row in _run(store, "export-contradictions", document):
        yield {
            "record": "contradiction",
            "id": row["contradiction"].value,
            "stances": [row["first"].value, row["second"].value],
            "reason": _value(row, "reason") or "",
        }


def stance_export(store: GraphStore, *, document: str | None = None) -> Iterator[Record]:
    """The whole export: actors first, then stances, then contradictions."""
    yield from actor_records(store, document=document)
    yield from stance_records(store, document=document)
    yield from contradiction_records(store, document=document)
