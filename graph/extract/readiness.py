"""Readiness for force: "is prepared to take all necessary measures", "stands ready to retaliate", "is
determined to take decisive action against X", "ready to use its veto", "ready to do whatever it takes to
protect its borders".

Readiness words are read as offers (graph/extract/lexicon.py ADJECTIVES) unless what the holder is ready
for is force, punishment, a defence of its own or measures held in reserve: then the readiness threatens
(CAMEO 13). Measures for an economy, a market or a disease ("ready to take all necessary measures to curb
inflation") threaten no one. What makes measures forceful is read in graph/extract/threats.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.threat_conditions import on_actor, policy_purpose
from graph.extract.threats import (
    AGGRESSION_NOUNS,
    ANSWERING_VERBS,
    FORCE_MEANS,
    MEASURE_VERBS,
    PUNITIVE_VERBS,
    UNLIMITED,
    WEIGHING_VERBS,
    conditions,
    defends,
    forceful,
    lemma,
    measures_taken,
    named,
)

# readiness words whose defence is deterrence: "ready to defend itself"
READY_WORDS = frozenset("ready prepared readiness".split())
# enemies an act is aimed against: "ready to act against any aggressor"
ENEMIES = frozenset("aggressor enemy intruder invader attacker".split())
# verbs that meet force with force: "prepared to confront any incursion", "ready to repel an attack"
REPELLING_VERBS = frozenset("confront repel repulse counter resist thwart crush".split())
# what readiness to use threatens with: "ready to use force", "prepared to use its veto"
WIELDED = frozenset("force weapon veto".split())


def coercive_readiness(adjective: Token) -> bool:
    """ "is prepared to take all necessary measures", "stands ready to retaliate": readiness for force
    is a threat, not an offer; "ready to take all necessary measures to curb inflation" is a policy."""
    for inf in adjective.children:  # "ready to retaliate", and the noun's "its readiness to retaliate"
        if inf.dep_ not in ("xcomp", "acl") or policy_purpose(inf):
            continue
        word = lemma(inf)
        objects = {lemma(c) for c in inf.children if c.dep_ == "dobj"}
        if any((word, o) in lx.OBJECT_PHRASES for o in objects):
            continue  # "ready to strike a deal": the phrase is no act of force
        force = word == "use" and bool(objects & WIELDED)  # "ready to use force / its veto"
        defence = defends(inf) and lemma(adjective) in READY_WORDS
        after = inf.doc[inf.i + 1] if inf.i + 1 < len(inf.doc) else inf
        unlimited = word == "do" and after.lower_ in UNLIMITED  # "do whatever (it takes / is necessary)"
        if word in lx.FORCE_VERBS | PUNITIVE_VERBS or force or defence or forceful(inf) or _acts_against(inf):
            return True
        if _answers_or_repels(inf):
            return True  # "ready to hit back if X attacks", "prepared to confront any incursion"
        if word in lx.INTENT_COERCIVE and any(on_actor(c) for c in conditions(inf) + conditions(adjective)):
            return True  # "prepared to close its border if Minsk does not stop ...": coercion on a condition
        wielded = objects | {c.lower_ for c in inf.children if c.dep_ == "dobj"}  # "means", lemma "mean"
        if word == "use" and wielded & FORCE_MEANS and any(defends(t) for t in inf.subtree):
            return True  # "prepared to use all available means to protect its territory"
        if unlimited and lemma(adjective) in READY_WORDS and any(defends(t) for t in inf.subtree):
            return True  # "ready to do whatever it takes to protect its borders" ("... to help" offers)
        if lemma(adjective) in READY_WORDS and _unstated_measures(inf):
            return True  # "stands ready to take appropriate steps": measures held over someone
    return False


def _unstated_measures(verb: Token) -> bool:
    """ "ready to take appropriate measures", "prepared to take action": measures that name no aim are
    held in reserve, a deterrent; "ready to take steps to help farmers" or "steps towards peace" offer."""
    if lemma(verb) not in MEASURE_VERBS or lemma(verb) in WEIGHING_VERBS:
        return False
    measures = measures_taken(verb)
    aims = [
        c
        for t in (verb, *measures)
        for c in t.children
        if (c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.pos_ == "VERB")
        or (c.dep_ == "prep" and c.lower_ in ("toward", "towards", "for", "on", "to"))
    ]
    return bool(measures) and not aims


def _acts_against(verb: Token) -> bool:
    """ "ready to act / move against Hezbollah", "against any aggressor": an act aimed against an actor,
    named or an enemy ("measures against inflation" are no act against anyone)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "against"
        and any(p.dep_ == "pobj" and (named(p) or lemma(p) in ENEMIES) for p in prep.children)
        for prep in verb.children
    )


def _answers_or_repels(verb: Token) -> bool:
    """ "ready to hit back", "ready to respond if Washington attacks", "prepared to confront / repel any
    incursion": an answer to force, not an answer to questions ("ready to answer questions" offers)."""
    word = lemma(verb)
    objects = {lemma(c) for c in verb.children if c.dep_ == "dobj"}
    if word in REPELLING_VERBS and objects & AGGRESSION_NOUNS:
        return True
    if word not in ANSWERING_VERBS:
        return False
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)
    return back or any(on_actor(c) for c in conditions(verb))
