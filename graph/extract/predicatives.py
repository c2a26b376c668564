"""The "as" phrase of a verb of describing is what the verb says of its object, not part of the object:
in "dismissed Kyiv's demands for reparations as absurd" the demands are for reparations, and "as absurd"
is the dismissal's verdict. The small parser often hangs that "as" phrase inside the object (on
"reparations"), so a position read from the object would carry the verdict; it is cut off here.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.denials import DISMISSING_VERBS

# verbs whose object takes an "as" predicative: "rejected X as unfair", "saw X as a threat"; and every verb
# of judging, whose "as" phrase is its verdict ("slammed the decision as a betrayal", "hailed X as a step")
DESCRIBING_VERBS = (
    DISMISSING_VERBS
    | frozenset("regard see view portray characterise characterize paint treat depict present".split())
    | frozenset(verb for verb, kind in lx.VERBS.items() if kind in ("Oppose", "Support"))
)


def without_predicative(tokens: Sequence[Token]) -> list[Token]:
    """`tokens` minus any "as" phrase that belongs to the verb of describing governing them."""
    cut: set[int] = set()
    for token in tokens:
        if token.lower_ == "as" and token.dep_ == "prep" and token.i not in cut and _describing(token):
            cut.update(t.i for t in token.subtree)
    return [t for t in tokens if t.i not in cut]


def _describing(prep: Token) -> bool:
    """Whether the nearest verb above the "as" phrase is a verb of describing and the phrase sits inside
    (or right on) that verb's object."""
    node = prep.head
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        if node.dep_ == "dobj" or node.dep_ == "pobj" or node.dep_ == "prep":
            node = node.head
            continue
        return False
    return node.lemma_.lower() in DESCRIBING_VERBS and node.i < prep.i
