"""Relative clauses whose verb is a cue acts on the noun they modify: "the reforms which the
government promised", "the measures recommended by the commission", "a proposal Washington has so far
rejected": the noun (its words up to it) is the position, unless it names an actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.cues.tokens import actor_like


def contact_relative(verb: Token) -> bool:
    """A relative clause with no relative word whose verb's object is its antecedent: "a proposal
    Washington has rejected", "the plan the rebels accepted" (a subject of its own, no object)."""
    if verb.dep_ != "relcl":
        return False
    children = list(verb.children)
    return any(c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "mark") for c in children
    )


def reduced_relative(verb: Token) -> bool:
    """ "the measures recommended by the commission", "aid promised by donors": a passive participle
    modifying a noun, with an agent of its own, states the agent's stance on that noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)


def antecedent(clause: Token) -> list[Token]:
    """The words of the noun a relative clause modifies, up to the noun, unless that noun names an actor."""
    noun = clause.head
    if noun.pos_ != "NOUN" or actor_like(noun):
        return []
    return [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "poss")]
