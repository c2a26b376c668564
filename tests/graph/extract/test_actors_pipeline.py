"""The actor components as spaCy factories: order in the pipeline, configuration, a user's own gazetteer."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import graph.extract.pipeline  # noqa: F401  (registers the factories)
from graph.errors import InputError
from graph.extract.actors import ActorResolver
from graph.extract.reference import load_reference_actors, reference_index

GAZETTEER = """
@prefix sg: <https://w3id.org/stancegraph/ontology#> .
@prefix actor: <https://w3id.org/stancegraph/id/actor/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
actor:freedonia a sg:State ; skos:prefLabel "Freedonia" ; sg:metonym "Fredville" ; sg:demonym "Freedonian" .
actor:rufus-firefly a sg:Person ; skos:prefLabel "Rufus T. Firefly" ; sg:country actor:freedonia .
"""


def test_actor_components_sit_around_the_statistical_ner(extractor):
    names = extractor.nlp.pipe_names
    assert names.index("reference_actors") < names.index("ner") < names.index("organisation_names")
    assert extractor.nlp.get_pipe_meta("reference_actors").factory == "stancegraph_actor_ruler_v1"
    assert names.index("paragraphs") < names.index("parser")
    assert extractor.nlp.get_pipe_meta("paragraphs").factory == "stancegraph_paragraphs_v1"


def test_a_paragraph_break_starts_a_sentence_the_parser_keeps(extractor):
    doc = extractor.nlp("Talks Stall in Geneva\n\nGENEVA — Envoys met on Monday.\nThey left early.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "GENEVA" in starts and "They" in starts


def test_a_users_gazetteer_feeds_the_ruler_and_the_resolver(tmp_path: Path):
    path = tmp_path / "actors.ttl"
    path.write_text(GAZETTEER)
    nlp = spacy.blank("en")
    nlp.add_pipe("stancegraph_actor_ruler_v1", config={"actors_file": str(path)})
    doc = nlp("Fredville said Rufus T. Firefly would sign.")
    expected = [("Fredville", "freedonia"), ("Rufus T. Firefly", "rufus-firefly")]
    assert [(e.text, e.id_) for e in doc.ents] == expected
    resolver = ActorResolver(index=reference_index(path))
    resolver.read(doc)
    assert resolver.actor_at(doc[0]).label == "Freedonia"
    assert resolver.actor_at(doc[4]).country == "freedonia"
    assert resolver.mentioned == {"freedonia", "rufus-firefly"}


def test_an_unreadable_gazetteer_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "broken.ttl"
    path.write_text("not turtle <")
    with pytest.raises(InputError, match="broken.ttl"):
        load_reference_actors(path)
    with pytest.raises(InputError, match="missing.ttl"):
        load_reference_actors(tmp_path / "missing.ttl")
