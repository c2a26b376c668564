"""The stance detector as a spaCy component: registered, configurable, its output plain data."""

from __future__ import annotations

import json

import pytest
import spacy

from graph.extract.detector import FACTORY, USER_DATA_KEY
from graph.records import Document
from tests.graph.extract.stance_helpers import extract, one

TEXTS = [
    "Germany demanded that Poland release the detained journalists.",
    "Kenya and Uganda rejected the tariff plan, officials said.",
    "According to France, Spain agreed to extend the fishing quota.",
]


def test_component_is_registered_under_a_versioned_name(extractor):
    assert FACTORY == "stancegraph_stances_v1"
    assert FACTORY in spacy.registry.factories.get_all()
    assert extractor.nlp.pipe_names[-1] == "stances"


def test_candidates_on_the_doc_are_plain_json_data(extractor):
    doc = extractor.nlp(TEXTS[0])
    candidates = doc.user_data[USER_DATA_KEY]
    assert candidates and json.loads(json.dumps(candidates)) == candidates
    assert candidates[0]["type"] == "Demand"


def test_extra_cues_from_the_config_add_general_words(extractor):
    from graph.extract import Extractor

    custom = Extractor(stance_config={"extra_cues": {"Demand": ["clamour"]}, "claims": False})
    text = "Unions clamoured for a shorter week. Thailand said the border was calm."
    e = custom.extract(Document(id="t", text=text))
    assert [s.type for s in e.stances] == ["Demand"]


@pytest.mark.slow
def test_two_workers_give_the_same_stances_as_one(extractor):
    documents = [Document(id=f"d{i}", text=t) for i, t in enumerate(TEXTS)]

    def summary(workers: int) -> list[tuple[str, str, str, str | None]]:
        return [
            (x.document.id, s.type, s.holder, s.attributed_to)
            for x in extractor.extract_many(documents, workers=workers)
            for s in x.stances
        ]

    assert summary(2) == summary(1)
    assert len(summary(1)) >= 4


def test_stances_carry_evidence_offsets_into_the_text(extractor):
    text = "Talks resumed. " + TEXTS[0]
    stance = one(extract(extractor, text), "Demand", "Germany")
    assert text[stance.evidence.start : stance.evidence.end].strip() == TEXTS[0]
