"""Demands with a cost for refusing: "told X to withdraw or face war", "ordered the troops to leave or face
expulsion", "X must disarm or face destruction, the minister said".

An order whose alternative is a cost to the one ordered ("... or face Y")
both demands (CAMEO 10) and threatens (CAMEO 13): the demand is read as usual, and the same holder,
target and position are read as a threat too (graph/extract/detector.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.costs import FORFEITS
from graph.extract.threats import AGGRESSION_NOUNS

# the alternative the one ordered is told they will undergo: "or face sanctions" ("or risk a catastrophe"
# foresees an outcome, it imposes none)
ALTERNATIVE_COSTS = frozenset("face".split())
# costs one actor imposes on another: "or face war / sanctions / expulsion / arrest / dismissal"; the
# penalties of a law ("or face fines or jail") are the law's, which a speaker mostly only recalls
IMPOSED = lx.COST_NOUNS | AGGRESSION_NOUNS | frozenset(
    "expulsion arrest prosecution closure destruction eviction dismissal offensive crackdown".split()
)
# what the one ordered is told will be done to it, in the passive: "leave or be expelled / evicted"
_DONE_TO = frozenset("expel evict arrest remove punish prosecute sack fire dismiss deport detain".split())
# the coming of a cost: "or face a resumption of the war", "a return of the tariffs"
_COMING = frozenset("resumption return renewal escalation imposition wave".split())
# appeals and advice: "urged leaders to act or face decline" foresees a cost, it does not impose one
APPEALS = frozenset("urge call appeal ask encourage press plead implore advise recommend".split())
# where the demanded act hangs from the demand's cue: "told X to withdraw", "must withdraw, X said"
_DEMANDED = frozenset("xcomp ccomp advcl".split())


def or_face(cue: Token) -> bool:
    """The demanded act (the cue itself or its complement) has an "or" alternative of cost: "withdraw
    ... or face a full-scale war", "release the prisoners or face new sanctions"."""
    if cue.lemma_.lower() in APPEALS:
        return False
    acts = [cue, *(c for c in cue.children if c.dep_ in _DEMANDED)]
    return any(_costly_alternative(act) for act in acts)


def _costly_alternative(act: Token) -> bool:
    """ "withdraw or face war"; or, as the parser may join the alternative to the object, "pay the fine or
    face closure"."""
    return any(_or_cost(t) for t in (act, *(c for c in act.children if c.dep_ == "dobj"))) or _or_face_words(act)


def _or_face_words(act: Token) -> bool:
    """ "leave the square or face arrest" as the words run, when the parser takes "face" for a noun: "or
    face" inside the act's phrase, then a cost within the next few words."""
    words = sorted(act.subtree, key=lambda t: t.i)
    for n, word in enumerate(words[:-2]):
        if word.lower_ == "or" and words[n + 1].lower_ == "face":
            return any(t.lemma_.lower() in IMPOSED for t in words[n + 2 : n + 6])
    return False


def _or_cost(node: Token) -> bool:
    """ "... or face sanctions", "... or face a resumption of the war" (the cost under the noun of its
    coming), "... or lose its funds" (a right or a benefit taken away)."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in node.children):
        return False
    return any(
        c.dep_ == "conj"
        and (
            (c.lemma_.lower() in ALTERNATIVE_COSTS and any(_imposed(o) for o in c.children if o.dep_ == "dobj"))
            or (c.lemma_.lower() == "lose" and any(_forfeit(o) for o in c.children if o.dep_ == "dobj"))
            or (c.lemma_.lower() in _DONE_TO and any(a.dep_ == "auxpass" for a in c.children))  # "or be expelled"
        )
        for c in node.children
    )


def _imposed(cost: Token) -> bool:
    """A cost one actor imposes, or the coming of one: "new sanctions", "a resumption of the war", "the
    return of the tariffs"."""
    if cost.lemma_.lower() in IMPOSED:
        return True
    return cost.lemma_.lower() in _COMING and any(
        p.dep_ == "pobj" and p.lemma_.lower() in IMPOSED
        for prep in cost.children
        if prep.lower_ == "of"
        for p in prep.children
    )


def _forfeit(thing: Token) -> bool:
    """ "(or lose) its funds / its seat / access to the market": a right or a benefit taken away."""
    return thing.lemma_.lower() in FORFEITS
