"""Stance cues in a parsed sentence, and the dependency patterns that find their positions.

A `Cue` is a word (verb, noun, adjective) or fixed phrase of graph/extract/lexicon/ that signals a
stance type. Its positions are the clausal complement, the to-infinitive, the object phrase, the
appositive after a colon ("his key condition: a complete cessation of ...") or a list introduced by
"including"; its holders and targets are found by graph/extract/participants.py.

One module per job: the record and shared token tests (tokens), finding cues (finding), typing a verb
cue (verbs), and its positions (positions).
"""

from __future__ import annotations

from graph.extract.cues.finding import find_cues, purpose_of_act
from graph.extract.cues.positions import complement_tokens, position_spans
from graph.extract.cues.relatives import reduced_relative
from graph.extract.cues.tokens import ACTOR_ENTS, Cue, actor_like, conditional, lemma_of

__all__ = [
    "ACTOR_ENTS",
    "Cue",
    "actor_like",
    "complement_tokens",
    "conditional",
    "find_cues",
    "lemma_of",
    "position_spans",
    "purpose_of_act",
    "reduced_relative",
]
