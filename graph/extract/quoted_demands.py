"""Demands a quotation goes on to make after its speaker is named: `"This is unacceptable," Wambui said.
"Kampala must apologise."` The second sentence has no speech verb of its own; it is inside the quotation
whose speaker the sentence before names (graph/extract/attribution.py `quotation_speaker`), and what it
requires of a named subject ("Kampala must apologise", "the employers must return to the table") is that
speaker's Demand, aimed at the subject, as "X said Kampala must apologise" would be
(graph/extract/statements.py). "We must ..." obliges the speaker itself, and a sentence with a speech verb
or a stance cue of its own is read by those.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from graph.extract.attribution import quotation_speaker
from graph.extract.cue_candidates import base_candidate
from graph.extract.obligations import modal_obligation
from graph.extract.positions import position_of, span_tokens


def quoted_demand(sent: Span, taken: set[int]) -> dict[str, Any] | None:
    """The Demand candidate of a quoted sentence that requires an act of a named subject (see the module
    docstring), or None. `taken`: the tokens that already report something (inside a speech verb's clause)."""
    root = sent.root
    if root.i in taken or root.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [s for s in modal_obligation(root) if s.pos_ in ("PROPN", "NOUN")]
    if not subjects:
        return None
    speakers = quotation_speaker(root)
    if not speakers:
        return None
    predicate = span_tokens(
        root, exclude=[*subjects, *[c for c in root.children if c.dep_ in ("aux", "punct", "mark")]]
    )
    position = position_of(predicate)
    cand = base_candidate(root, "Demand", "speech")
    cand.update(
        holders=speakers,
        targets=[[s.i] for s in subjects],
        positions=[position] if position else [],
        polarity="positive",
        modality="asserted",  # the demand is stated, whatever the modal of what it requires
        sources=speakers,
    )
    return cand
