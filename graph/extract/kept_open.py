"""Options kept open: "did not rule out military action", "refused to rule out a strike".

To rule something out rejects it (Reject, CAMEO 12); to decline to rule it out keeps it open, and when
what is kept open is force or a penalty it is a veiled threat (Threaten, CAMEO 13), hedged: "Washington
has not ruled out sanctions" says sanctions may come. Anything else kept open ("did not rule out a
meeting") is a rejection not made, a negative Reject, never the refusal it would read as word by word
("refused to rule out talks" refuses nothing).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.cues import Cue, lemma_of
from graph.extract.threats import AGGRESSION_NOUNS, ESCALATION_NOUNS, FORCE_MEANS, STOPPAGES

# what kept open is a threat: force, a penalty, a stoppage ("further sanctions", "a new offensive")
COERCIVE_OPTIONS = lx.COST_NOUNS | AGGRESSION_NOUNS | ESCALATION_NOUNS | STOPPAGES | frozenset(
    "tariff embargo blockade expulsion invasion intervention incursion escalation".split()
)
# verbs of refusing whose infinitive may be "rule out": "refused / declined / would not ... to rule out"
_REFUSING_VERBS = frozenset("refuse decline".split())


def rules_out(token: Token) -> bool:
    """The verb is "rule out" ("ruled out talks", "ruling it out")."""
    return lemma_of(token) == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)


def kept_open(cue: Cue, inner: Cue | None, negative: bool) -> Cue | None:
    """The "rule out" cue whose ruling out the sentence denies: the cue itself when negated ("has not
    ruled out"), or the infinitive of a refusal ("refused to rule out"); None otherwise."""
    if rules_out(cue.token) and negative:
        return cue
    if inner is not None and lemma_of(cue.token) in _REFUSING_VERBS and rules_out(inner.token):
        return inner
    return None


# the means of force whose use or sending is force: "using nuclear weapons", "deploying troops"
WIELDED_MEANS = FORCE_MEANS | frozenset("troop soldier army military warship missile nuclear arm".split())
# acts that bring such means to bear: "use", "deploy", "send" (and their nouns, "the use of force")
WIELDING = frozenset("use deploy send station deployment dispatch".split())


def coercive_option(option: Token) -> bool:
    """What is kept open is force or a penalty: the object of "rule out" is headed by such a noun, is a
    force verb's gerund ("did not rule out striking"), or wields means of force ("refused to rule out
    deploying troops", "using nuclear weapons", "the use of force")."""
    objects = [c for c in option.children if c.dep_ in ("dobj", "xcomp", "pcomp")]
    return any(
        lemma_of(o) in COERCIVE_OPTIONS or lemma_of(o) in lx.FORCE_VERBS or lemma_of(o) in lx.INTENT_COERCIVE
        or _wields_force(o)
        for o in objects
    )


def _wields_force(act: Token) -> bool:
    """ "deploying troops", "using nuclear weapons", "the use of force": an act of using or sending means
    of force, its object (or its "of" phrase) headed by one."""
    if lemma_of(act) not in WIELDING:
        return False
    means = [c for c in act.children if c.dep_ == "dobj"] + [
        p for of in act.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"
    ]
    return any(lemma_of(m) in WIELDED_MEANS or any(lemma_of(c) in WIELDED_MEANS for c in m.children
                                                 if c.dep_ in ("amod", "compound")) for m in means)
