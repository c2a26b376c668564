"""Reported wrongdoing: what a speaker's allegation is made of.

"X said Y had breached the agreement by refusing to recognise ...": the "by" gerund is how the breach
was done, part of the alleged act, so a cue inside it ("refusing") does not turn the allegation into a
report of Y's refusal alone; X accuses Y of the breach, and Y's refusal is a stance of its own.

What counts as alleged wrongdoing in a statement: a verb of wrongdoing ("had violated", "shelled"),
breaking what was agreed ("had broken the ceasefire deal"), being behind or responsible for an attack
("said Moscow was behind the drone attack", "said the militia was responsible for the massacre"), or an act
called a violation ("said Ukraine's drone attack was a flagrant violation of the truce", whose doer is
accused).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.cues.tokens import lemma_of, names_holder

# breaking what was agreed: "had broken the truce", "flouted the agreement"
BREAKING_VERBS = frozenset("break flout".split())
AGREED_NOUNS = lx.PROPOSAL_NOUNS | frozenset("promise pledge commitment law rule obligation embargo".split())
# what an act is called when it is alleged to be wrong: "a violation of the ceasefire"
VIOLATION_NOUNS = frozenset("violation breach infringement".split())
# harmful acts someone can be said to be behind or responsible for ("was behind the bombing")
HARMFUL_ACTS = frozenset(
    "attack bombing strike airstrike blast explosion killing murder assassination massacre plot coup hack "
    "cyberattack sabotage abduction kidnapping shelling raid ambush poisoning fire violence unrest war "
    "bloodshed death crisis collapse".split()
)
# a copula's words of responsibility: "was behind", "was responsible for", "is to blame for"
_RESPONSIBLE = frozenset("responsible culpable".split())
# penalties given for a wrong: "fined the bank for misleading customers", "sanctioned five officials for
# abuses", "convicted the mayor of taking bribes" (what it is for is the wrong alleged)
PUNISHING_VERBS = frozenset("fine penalise penalize punish sanction censure reprimand convict".split())
VOCABULARY = PUNISHING_VERBS | {"fined", "fining"}  # "fined" has the lemma "fin" (cues/tokens.py lemma_of)


def punished_for(verb: Token) -> bool:
    """A penalty given to an actor for a wrong: "fined Google for abusing its dominance", "the mayor was
    convicted of taking bribes". It alleges the wrong of the one punished: an Accuse, that actor its
    target. A penalty with no wrong named ("fined the club") accuses of nothing in particular."""
    lemma = lemma_of(verb)
    if lemma not in PUNISHING_VERBS or verb.pos_ != "VERB":
        return False
    punished = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and names_holder(c)]
    reason = {"for", "of"} if lemma == "convict" else {"for"}
    return bool(punished) and any(  # on the verb, or (as parsed) on the one punished
        p.dep_ == "prep" and p.lower_ in reason and any(o.dep_ in ("pobj", "pcomp") for o in p.children)
        for p in [*verb.children, *punished[0].children]
    )


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


# keeping to a rule: failing to do so is a breach ("failed to comply with the law")
_KEEPING_VERBS = frozenset("comply abide honour honor respect observe obey".split())


def alleged_wrong(clause: Token) -> bool:
    """Whether a statement's clause alleges wrongdoing by its subject ("had violated", "had broken the
    ceasefire deal", "had failed to comply with the rules")."""
    word = clause.lemma_.lower()
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False  # "said China might invade Taiwan by 2027": a forecast, no wrong done
    if word in lx.WRONGDOING_VERBS or _fired_at(clause) or _committed_crime(clause):
        return True
    if word in lx.WRONGS_BY_OBJECT and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lx.WRONGED_OBJECTS for c in clause.children
    ):
        return True  # "said France had armed the rebels", "had bought votes", "had pushed migrants ..."
    if word == "be" and any(c.dep_ == "acomp" and c.lower_ == "guilty" for c in clause.children):
        return True  # "said Moscow was guilty of genocide"
    if word == "fail" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _KEEPING_VERBS for c in clause.children
    ):
        return True  # "said Apple had failed to comply with the Digital Markets Act"
    if word == "be" and _responsible_for_harm(clause):
        return True
    return word in BREAKING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in AGREED_NOUNS for c in clause.children
    )


# wrongs one commits: "had committed war crimes / atrocities / genocide"
CRIME_NOUNS = frozenset("crime atrocity genocide massacre abuse violation offence offense fraud".split())


def _committed_crime(clause: Token) -> bool:
    return clause.lemma_.lower() in ("commit", "perpetrate") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CRIME_NOUNS for c in clause.children
    )


def _fired_at(clause: Token) -> bool:
    """ "had fired rockets at Tel Aviv", "had opened fire on its positions": a weapon used on someone."""
    word = clause.lemma_.lower()
    opened_fire = word == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in clause.children)
    if word != "fire" and not opened_fire:
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("at", "on", "into", "upon") for p in clause.children)


def violating_act(clause: Token) -> Token | None:
    """The act a copular clause calls a violation: "(said) Ukraine's drone attack was a violation of the
    truce" gives "attack"."""
    if clause.lemma_.lower() != "be":
        return None
    if not any(c.dep_ == "attr" and c.lemma_.lower() in VIOLATION_NOUNS for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def doers(act: Token) -> list[Token]:
    """Who did an act: its possessor, its "by" object or a naming modifier ("Ukraine's attack", "the
    attack by Hamas", "the Russian strike")."""
    found = [c for c in act.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    found += [p for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    found += [
        c
        for c in act.children
        if c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
    ]
    return found


def _responsible_for_harm(copula: Token) -> bool:
    """ "was behind the attack", "was responsible for / to blame for the massacre": the subject is said to
    have done a harmful act ("is responsible for security" names a duty, no act; "a faulty cable was behind
    the fire" accuses no one)."""
    if not any(c.dep_ == "nsubj" and names_holder(c) for c in copula.children):
        return False
    if any(to_blame(c) for c in copula.children):
        return True  # "the rebels were to blame (for the delays)"
    places = [copula] + [c for c in copula.children if c.dep_ == "acomp" and c.lemma_.lower() in _RESPONSIBLE]
    for place in places:
        for prep in place.children:
            if prep.dep_ != "prep" or prep.lower_ not in (("behind",) if place == copula else ("for",)):
                continue
            if any(p.dep_ == "pobj" and p.lemma_.lower() in HARMFUL_ACTS for p in prep.children):
                return True
    return False


def to_blame(verb: Token) -> bool:
    """ "(X is) to blame": the infinitive of a copula, whose subject is the one blamed, not the blamer."""
    return (
        verb.lemma_.lower() == "blame"
        and verb.dep_ in ("xcomp", "acomp")
        and verb.head.lemma_.lower() == "be"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
    )
