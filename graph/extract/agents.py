"""Stances said with an agent noun: "X has been a consistent supporter of NATO", "Y, a critic of the deal".

An agent noun names someone by the stance they hold: "supporter", "backer", "proponent" (Support) or
"critic", "opponent" (Oppose). It states the stance of whom it is predicated of, the subject of a
copula ("X is / has been / remains a supporter of Y") or the noun it stands in apposition to ("Y, a
critic of the deal"); its "of" phrase is the target actor or the position. A possessor names the one
supported, not the holder ("Trump's supporters"), so only these two constructions count.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from graph.extract.attribution import source_groups
from graph.extract.cues import actor_like
from graph.extract.modality import is_negated, modality_of, under_speech
from graph.extract.participants import speaker_groups
from graph.extract.positions import position_of, span_tokens

AGENT_NOUNS = {
    "supporter": "Support",
    "backer": "Support",
    "proponent": "Support",
    "advocate": "Support",
    "defender": "Support",
    "champion": "Support",
    "critic": "Oppose",
    "opponent": "Oppose",
    "foe": "Oppose",
}
COPULAS = frozenset("be become remain stay".split())


def agent_noun_candidates(tokens: list[Token]) -> list[dict[str, Any]]:
    """Support and Oppose candidates of the agent nouns among `tokens` (a sentence's lexicon hits)."""
    out = []
    for noun in tokens:
        kind = AGENT_NOUNS.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        if kind is None:
            continue
        objects = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        objects = [p for p in objects if p.dep_ == "pobj"]
        holders = _bearers(noun)
        if not objects or not holders:
            continue
        obj = objects[0]
        position = None if actor_like(obj) else position_of(span_tokens(obj))
        sent = noun.sent
        out.append(
            {
                "type": kind,
                "family": "agent",
                "cue": noun.i,
                "cue_text": noun.text,
                "sent": [sent.start_char, sent.end_char],
                "when": None,
                "concession": None,
                "holders": holders,
                "targets": [[obj.i]] if actor_like(obj) else [],
                "positions": [position] if position else [],
                "polarity": "negative" if is_negated(noun.head) else "positive",
                "modality": modality_of(noun, reported_speech=under_speech(noun)),
                "sources": source_groups(noun),
            }
        )
    return out


def _bearers(noun: Token) -> list[list[int]]:
    """Whom the agent noun is said of: the copula's subject, or the head of the apposition."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in COPULAS:
        return speaker_groups(head)
    if noun.dep_ == "appos":
        return [[head.i]]
    return []
