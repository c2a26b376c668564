"""Force announced in an agentless future passive: "any vessel entering the zone will be fired upon",
"foreign troops would be treated as legitimate targets", "drones crossing the border will be shot down";
and a response announced to an act: "any attack would be met with a crushing response", "the strike
will not go unanswered".

The passive names no one who will shoot, but the one who says it (or warns of it) is the one who means
to: a threat (CAMEO 13) held by the speaker. A passive of force in the past ("the convoy was fired
upon") reports an event, and one with its agent ("will be shot down by NATO jets") is read as that
agent's act.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.cues.tokens import names_body, names_holder

# acts of force a passive can announce: "will be fired upon", "would be shot down", "will be sunk"
FORCE_PASSIVES = lx.FORCE_VERBS | frozenset(
    "fire shoot target hit sink intercept eliminate neutralize neutralise repel repulse".split()
)
# verbs that class something as a target: "would be treated / considered / regarded as a legitimate target"
CLASSING_VERBS = frozenset("treat consider regard deem view see".split())
# what a thing is classed as when force is meant: "a legitimate target", "an enemy combatant"
TARGET_NOUNS = frozenset("target enemy combatant".split())
# verbs by which an act is answered, and what it is answered with: "would be met with force"
ANSWERING_VERBS = frozenset("meet answer greet".split())
RESPONSE_NOUNS = frozenset("response retaliation reprisal force answer riposte counterattack punishment".split())
# what an act will not go without: "will not go unanswered / unpunished"
UNANSWERED = frozenset("unanswered unpunished unavenged".split())


def announced_response(clause: Token) -> bool:
    """A response to come: "any attack would be met with a crushing response", "will be answered with
    force", "the strike will not go unanswered" (the one who says it means to respond: a threat)."""
    future = any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in clause.children)
    negated = any(c.dep_ == "neg" for c in clause.children)
    word = clause.lemma_.lower()
    if not future or any(c.dep_ == "agent" for c in clause.children):
        return False
    if word == "go":
        return negated and any(c.dep_ == "acomp" and c.lower_ in UNANSWERED for c in clause.children)
    return (
        word in ANSWERING_VERBS
        and not negated
        and any(c.dep_ == "auxpass" for c in clause.children)
        and any(
            p.dep_ == "prep" and p.lower_ == "with" and any(o.lemma_.lower() in RESPONSE_NOUNS for o in p.children)
            for p in clause.children
        )
    )


def agentless_force(clause: Token) -> bool:
    """A passive of force to come with no agent: "will be fired upon", "would be treated as targets"."""
    if not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in clause.children):
        return False
    if any(c.dep_ == "neg" for c in clause.children) or any(c.dep_ == "agent" for c in clause.children):
        return False
    word = clause.lemma_.lower()
    if word in FORCE_PASSIVES:
        return any(_would_be_intruders(s) for s in clause.children if s.dep_ in ("nsubjpass", "csubjpass"))
    return word in CLASSING_VERBS and any(_classed_as_target(c) for c in clause.children)


# force or punishment a warning says is to be done to its subject: "would be punished", "will be crushed"
WARNED_PASSIVES = FORCE_PASSIVES | frozenset("punish crush strike hit annihilate sanction".split())


def warned_force(clause: Token) -> bool:
    """What a warning says will be done to someone, with no one named to do it: "(warned that) Ukraine
    would be punished for the attack", "(warned Hezbollah that) Beirut would be struck": the one who
    warns is the one who would do it, so the warning threatens. A warning of what others will suffer
    with a doer named ("would be struck by the storm") or not to come is no threat."""
    children = list(clause.children)
    if not any(c.dep_ == "auxpass" for c in children) or clause.lemma_.lower() not in WARNED_PASSIVES:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in children):
        return False
    if any(c.dep_ in ("neg", "agent") for c in children):
        return False
    return bool(warned_subjects(clause))


def warned_subjects(clause: Token) -> list[Token]:
    """The actors a warned passive of force is to be done to ("Ukraine", "Beirut", "the rebels"), not
    people at large ("the poor would be hit hardest")."""
    return [c for c in clause.children if c.dep_ == "nsubjpass" and names_body(c)]


def _would_be_intruders(subject: Token) -> bool:
    """The ones force is announced against are a class set by what they might do or where they are: "any
    ship", "drones crossing the border", "planes that enter its airspace", "troops in Ukraine" ("the old
    tanks would be destroyed under the treaty" disposes of things, it threatens no one)."""
    if subject.dep_ == "csubjpass":  # "any aircraft carrying weapons ..." parsed as a clause
        return True
    return any(
        (c.dep_ == "det" and c.lower_ in ("any", "every", "all")) or c.dep_ in ("acl", "relcl", "prep")
        for c in subject.children
    )


def _classed_as_target(child: Token) -> bool:
    """ "as legitimate targets", "as a declaration of war" (a preposition), or "a legitimate target" (a
    predicate noun)."""
    if child.dep_ == "prep" and child.lower_ == "as":
        return any(p.dep_ == "pobj" and (p.lemma_.lower() in TARGET_NOUNS or _act_of_war(p)) for p in child.children)
    return child.dep_ in ("oprd", "attr", "xcomp") and (child.lemma_.lower() in TARGET_NOUNS or _act_of_war(child))


# what an act is classed as when war is to answer it: "an act of war", "a declaration of war"
_WAR_ACTS = frozenset("act declaration".split())


def _act_of_war(noun: Token) -> bool:
    """ "an act of war", "a declaration of war": what makes the act it classes one to be answered by war."""
    return noun.lemma_.lower() in _WAR_ACTS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lemma_.lower() == "war" for p in c.children)
        for c in noun.children
    )


def responded_to(clause: Token) -> list[Token]:
    """Whose act a response is announced to: the doer the act's own words name ("any Israeli attack",
    "Iran's aggression", "an attack by the militia"), the target of the threat."""
    doers: list[Token] = []
    for act in (c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")):
        for m in act.children:
            if m.dep_ in ("amod", "compound", "poss") and (m.ent_type_ in ("NORP", "GPE", "ORG") or m.pos_ == "PROPN"):
                doers.append(m)
            elif m.dep_ == "prep" and m.lower_ == "by":
                doers.extend(p for p in m.children if p.dep_ == "pobj" and names_holder(p))
    return doers
