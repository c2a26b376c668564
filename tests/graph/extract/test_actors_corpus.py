"""Actor resolution on whole texts: the founding article's gold actors, the bundled examples, and the
source actors of the PLOVER development records."""
from __future__ import annotations

import json
import re

import pytest
import yaml

from graph.extract.actors import ActorResolver
from graph.records import Document
from tests.conftest import EXAMPLES, require_shared


def norm(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


@pytest.fixture(scope="module")
def seed(extractor):
    article = require_shared("corpus", "putin-concedes-little.txt")
    gold = yaml.safe_load(require_shared("corpus", "putin-concedes-little.gold.yaml").read_text())
    extraction = extractor.extract(Document(id="seed", text=article.read_text(encoding="utf-8")))
    return gold, extraction


def test_every_gold_actor_is_exactly_one_node_of_its_kind(seed):
    gold, extraction = seed
    for wanted in gold["actors"]:
        names = {norm(wanted["label"])} | {norm(a) for a in wanted["aliases"]}
        nodes = [a for a in extraction.actors.values() if norm(a.label) in names]
        assert [a.kind for a in nodes] == [wanted["kind"]], wanted["label"]


def test_no_not_actor_becomes_an_actor(seed):
    gold, extraction = seed
    labels = {norm(a.label) for a in extraction.actors.values()}
    assert not {norm(n) for n in gold["not_actors"]} & labels


def test_affiliations_of_the_analysts_and_the_interviewer(seed):
    gold, extraction = seed
    by_label = {a.label: a for a in extraction.actors.values()}
    for wanted in gold["actors"]:
        if "affiliated_with" in wanted:
            person = by_label[wanted["label"]]
            assert wanted["affiliated_with"] in {extraction.actors[k].label for k in person.affiliated_with}


def test_examples_resolve_metonyms_demonyms_and_titles(extractor):
    text = (EXAMPLES / "energy-truce.txt").read_text(encoding="utf-8")
    doc = extractor.nlp(text)
    resolver = ActorResolver()
    resolver.read(doc)
    words = {t.text: t for t in doc}
    assert resolver.actor_at(words["Kremlin"]).label == "Kremlin"
    assert resolver.actor_at(words["officials"]).label == "Ukraine"
    assert resolver.actor_at(words["Trump"]).label == "Donald Trump"
    assert resolver.actor_at(words["Moscow"]).label == "Russia"
    assert resolver.actor_at(words["Analysts"]).kind == "Group"
    assert resolver.actor_at(doc[0]) is None  # the headline's first word
    assert "Kursk" not in {a.label for a in resolver.actors.values()}


def test_every_example_names_only_well_formed_actors(extractor):
    for path in sorted(EXAMPLES.glob("*.txt")):
        resolver = ActorResolver()
        resolver.read(extractor.nlp(path.read_text(encoding="utf-8")))
        for actor in resolver.actors.values():
            assert actor.label == " ".join(actor.label.split()), actor.label  # no line break, no double space
            assert actor.label[:1].isupper() or actor.kind == "Group", actor.label


STOP = {"the", "a", "an", "of", "and", "s"}


def stems(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP and len(w) > 2}


def test_plover_source_actors_are_resolved_on_the_subject(extractor):
    """The gold source of a PLOVER record is what the sentence's subject (or passive agent) resolves to,
    compared as the PLOVER scorer compares names (a shared stem)."""
    records = json.loads(require_shared("dev", "plover_gsr_dev.json").read_text())["records"]
    coded = [r for r in records if isinstance(r.get("source"), list)
             and any(isinstance(a, dict) and a.get("actorText") for a in r["source"])]
    hits = 0
    for record, doc in zip(coded, extractor.nlp.pipe(r["text"] for r in coded), strict=True):
        resolver = ActorResolver()
        resolver.read(doc)
        gold = set().union(*(stems(a["actorText"]) for a in record["source"] if isinstance(a, dict)))
        found: set[str] = set()
        for token in doc:
            if token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "pobj" and token.head.lower_ == "by"):
                for actor in resolver.actors_at(token):
                    found |= stems(actor.label) | set().union(*map(stems, actor.aliases), set())
        hits += bool(gold & found)
    print(f"PLOVER sources resolved: {hits} of {len(coded)}")
    assert hits / len(coded) >= 0.80, f"{hits} of {len(coded)} sources resolved"
