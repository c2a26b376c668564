"""Reported wrongdoing: what a speaker's allegation is made of.

"X said Y had breached the agreement by refusing to recognise ...": the "by" gerund is how the breach
was done, part of the alleged act, so a cue inside it ("refusing") does not turn the allegation into a
report of Y's refusal alone; X accuses Y of the breach, and Y's refusal is a stance of its own.
"""

from __future__ import annotations

from spacy.tokens import Token


def means_tokens(clause: Token) -> set[int]:
    """Indices inside the clause's "by"-gerund phrases ("breached it by refusing to ...")."""
    return {
        t.i
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for comp in prep.children
        if comp.dep_ == "pcomp"
        for t in comp.subtree
    }
