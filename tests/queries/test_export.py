"""The stance export read back from the store, for the whole store and for one document."""
from __future__ import annotations

from typing import Any

from graph import iris
from queries.export import stance_export


def test_document_filter_keeps_only_that_documents_records(examples_store: Any) -> None:
    document = str(iris.document_iri("harbour-talks"))
    mine = list(stance_export(examples_store, document=document))
    everything = list(stance_export(examples_store))
    stances = [r for r in mine if r["record"] == "stance"]
    assert stances and len(stances) < sum(1 for r in everything if r["record"] == "stance")
    assert all(s["evidence"]["document"] == document for s in stances)
    actors = {r["id"] for r in mine if r["record"] == "actor"}
    for stance in stances:
        named = {stance["holder"], stance["target"], stance["attributed_to"]} - {None}
        assert named <= actors
    assert "Xi Jinping" not in {r["label"] for r in mine if r["record"] == "actor"}


def test_every_stance_has_its_alignment_codes(examples_store: Any) -> None:
    for record in stance_export(examples_store):
        if record["record"] == "stance" and record["type"] not in ("Aim", "Claim"):
            assert record["plover"] and record["cameo"], record
