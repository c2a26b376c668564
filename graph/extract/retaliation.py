"""Announced retaliation: "X will respond to any aggression with full force" threatens (CAMEO 13).

A verb of responding under a future modal whose "with" phrase is force or a cost ("will respond with
force", "would react with countermeasures") announces a cost for whoever acts first; "will respond
to the letter" and "responded with a statement" do not.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.lexicon import COST_NOUNS, FUTURE_MODALS

RESPONSE_VERBS = frozenset("respond react answer reply hit".split())
FORCE_NOUNS = COST_NOUNS | frozenset("strength might firmness vigour vigor".split())


def forceful_response(verb: Token) -> bool:
    """Whether the verb announces a response with force ("will respond ... with full force")."""
    if verb.lemma_.lower() not in RESPONSE_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children):
        return False
    # the parser may hang "with force" on the object of "to": "respond to any attack with force"
    places = [verb, *(p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    return any(
        prep.dep_ == "prep" and prep.lower_ == "with" and p.dep_ == "pobj" and p.lemma_.lower() in FORCE_NOUNS
        for place in places
        for prep in place.children
        for p in prep.children
    )
