"""Never recognising an independence opposes it (lexicon RECOGNIZING_VERBS), typed either way; the
refusal cues of the same family are read in cases/refusals.toml."""

from __future__ import annotations

from tests.graph.extract.stance_helpers import extract, stances_of


def test_never_recognising_an_independence_opposes_it(extractor):
    extraction = extract(extractor, "Spain has never recognised the independence of the breakaway region.")
    stances = stances_of(extraction, "Oppose", "Spain") + [
        s for s in stances_of(extraction, "Support", "Spain") if s.polarity == "negative"
    ]
    assert stances and "independence" in (stances[0].position.label if stances[0].position else "")
