"""Stance-export records (STANCES.md format) straight from extractions, without a store.

The export users see (`stancegraph extract --format jsonl`, `GET /stances`) is read from the RDF graph
by queries/export.py. Scoring inside graph/ (graph/quality.py) needs the same records without leaving
graph/, so this module builds them from the typed records; tests/graph/test_quality.py checks that
both give the same scores on the founding article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from graph import iris
from graph.extract.reference import load_reference_actors
from graph.records import Extraction, Stance

Record = dict[str, Any]


def export_records(extractions: Iterable[Extraction]) -> list[Record]:
    """Actor records first, then stances, then contradictions, over all the extractions."""
    extractions = list(extractions)
    actors: dict[str, Record] = {}
    for extraction in extractions:
        named = extraction.mentioned | {k for s in extraction.stances for k in _named(s)}
        for actor in extraction.actors.values():
            if actor.key not in named:
                continue
            rec = actors.setdefault(
                actor.key,
                {
                    "record": "actor",
                    "id": str(iris.actor_iri(actor.key)),
                    "label": actor.label,
                    "aliases": set(),
                    "kind": actor.kind,
                    "same_as": sorted(actor.same_as),
                    "represents": str(iris.actor_iri(actor.represents)) if actor.represents else None,
                    "affiliated_with": sorted(str(iris.actor_iri(k)) for k in actor.affiliated_with),
                },
            )
            rec["aliases"] |= actor.aliases - {actor.label}
    reference = load_reference_actors()
    for key, rec in actors.items():
        ref = reference.get(key)
        if ref is not None:  # the store holds the reference actors' names beside the document's
            rec["aliases"] |= (ref.aliases | ref.metonyms) - {rec["label"]}
        rec["aliases"] = sorted(rec["aliases"])
    return [*actors.values(), *_stances(extractions), *_contradictions(extractions)]


def _named(s: Stance) -> list[str]:
    keys = [s.holder, s.target, s.attributed_to]
    if s.concession:
        keys += [s.concession.conceded_to, *s.concession.framed_by]
    return [k for k in keys if k]


def _stances(extractions: list[Extraction]) -> Iterator[Record]:
    for extraction in extractions:
        doc_id = extraction.document.id
        for index, s in enumerate(extraction.stances):
            yield {
                "record": "stance",
                "id": str(iris.stance_iri(doc_id, index)),
                "type": s.type,
                "holder": str(iris.actor_iri(s.holder)),
                "target": str(iris.actor_iri(s.target)) if s.target else None,
                "position": {"id": str(iris.position_iri(s.position.key)), "label": s.position.label}
                if s.position
                else None,
                "attributed_to": str(iris.actor_iri(s.attributed_to)) if s.attributed_to else None,
                "polarity": s.polarity,
                "modality": s.modality,
                "concession": {
                    "types": sorted(s.concession.types),
                    "conceded_to": str(iris.actor_iri(s.concession.conceded_to))
                    if s.concession.conceded_to
                    else None,
                    "framed_by": sorted(str(iris.actor_iri(k)) for k in s.concession.framed_by),
                }
                if s.concession
                else None,
                "date": s.date.isoformat() if s.date else None,
                "evidence": {
                    "document": str(iris.document_iri(s.evidence.document_id)),
                    "text": s.evidence.text,
                    "start": s.evidence.start,
                    "end": s.evidence.end,
                },
            }


def _contradictions(extractions: list[Extraction]) -> Iterator[Record]:
    for extraction in extractions:
        doc_id = extraction.document.id
        for c in extraction.contradictions:
            yield {
                "record": "contradiction",
                "id": str(iris.contradiction_iri(doc_id, c.first, c.second)),
                "stances": [str(iris.stance_iri(doc_id, c.first)), str(iris.stance_iri(doc_id, c.second))],
                "reason": c.reason,
            }
