"""Conditions that make a prospective act a threat, and conditions that coerce nobody.

A condition on what another actor does holds the act to come over that actor, which makes it a threat
(CAMEO 13): "will consider stronger measures if the rocket fire continues", "may suspend its mediation
unless both sides ...", "would be forced to resume fire if India's shelling continued", "will call off
the talks unless Israel freezes ...", "Unless Hamas releases the hostages, Israel would be forced to ...".
"Unless X, Y would be forced to ..." threatens; it offers nothing.

A condition on circumstances coerces nobody: "will consider stronger measures if inflation persists",
"may suspend grain exports if the rains fail" are contingency plans, not threats.

Which clauses are conditions is read in graph/extract/threats.py (`conditions`), whom the threat is
aimed at in graph/extract/threat_targets.py (the condition's subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.threats import (
    AGGRESSION_NOUNS,
    ANSWERING_VERBS,
    CONDITIONAL_FORCE,
    ESCALATION_NOUNS,
    FORCE_MEANS,
    MEASURE_NOUNS,
    MEASURE_VERBS,
    MODALS,
    STOPPAGES,
    WITHDRAWING_VERBS,
    compelled,
    conditions,
    lemma,
    named,
)

# hostile acts whose continuing or repeating is a condition on their doer: "if the shelling continues"
HOSTILE_ACTS = (
    AGGRESSION_NOUNS
    | ESCALATION_NOUNS
    | frozenset(
        "shelling fire firing rocket missile drone raid violation incursion provocation test launch "
        "shooting bombing killing dumping settlement".split()
    )
    # arms sent or troops placed: "if the deliveries continue", "if the deployment goes ahead"
    | frozenset("delivery shipment deployment transfer".split())
)
# circumstances a condition can be on: an economy, a market, the weather, a disease
CIRCUMSTANCES = frozenset(
    "inflation price cost rate economy growth recession unemployment demand supply market currency "
    "rain rainfall drought flood weather harvest temperature storm heat outbreak pandemic epidemic virus "
    "disease infection case situation trend deficit debt shortage".split()
)
# acts to come that cost the other side: suspending, halting or ending a relation, reconsidering a
# commitment, widening force ("will expand its operation", "would resume fire"), and the penalties of a
# regulator or an employer ("may revoke the licence unless the firm complies", "will close the plant if
# the strikes continue")
ADVERSE_VERBS = frozenset(
    "reconsider review downgrade expel boycott expand escalate intensify resume retaliate respond punish "
    "sanction veto block target call revoke rescind cancel fine penalise penalize shut close sack dismiss".split()
)
# acts of ceasing: adverse when what ceases is a tie, aid or talks ("will halt the negotiations if ..."),
# conciliatory when it is force, a stoppage or a restriction ("could end the war if Hamas frees ...",
# "could call off the strike if the government raises pay", "would end the blockade if ...")
CEASING_VERBS = frozenset("suspend halt stop end cut freeze break sever close withdraw call".split())
# the verbs a cue can start from here (graph/extract/detector.py)
VOCABULARY = ADVERSE_VERBS | CEASING_VERBS | frozenset(("stage", "act", "use"))
# objects a resumed or widened act must have to be force: "would resume fire", "expand its operation"
_RESUMED = HOSTILE_ACTS | lx.COST_NOUNS | frozenset("fighting hostility war".split())
# what ceasing concedes: force, a stoppage, a restriction, troops
_CONCILIATORY = _RESUMED | STOPPAGES | lx.RESTRICTION_NOUNS | frozenset("troop force soldier presence".split())
# acts that are adverse only when what they take up again or widen is force ("resume talks" offers)
_NEEDS_FORCE = frozenset("resume expand".split())


def on_actor(clause: Token) -> bool:
    """A condition on what an actor does: a passive deed ("unless the hostages are freed"), or a subject
    that is a name, a pronoun or an actor noun ("if Israel keeps striking", "unless they withdraw", "if the
    rebels attack"), or a hostile act, with or without its doer ("if the rocket fire continues", "if
    India's shelling continued", "if U.S. strikes continue")."""
    if any(c.dep_ == "auxpass" for c in clause.children):
        return True  # "unless the hostages are freed": a deed someone is to do, not a circumstance
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and clause.pos_ == "NOUN":  # "if Pakistan attacks" parsed as a noun clause
        subjects = [clause]
    for subject in subjects:
        if subject.pos_ == "PRON" and subject.lower_ not in ("it", "this", "that", "there"):
            return True
        if named(subject) or lemma(subject) in lx.ACTOR_NOUNS | HOSTILE_ACTS:
            return True
        if subject.lower_ == "it" and (
            lemma(clause) in HOSTILE_ACTS | lx.FORCE_VERBS or any(c.dep_ == "dobj" for c in clause.children)
        ):
            return True  # "if it attacks again", "if it seizes another tanker" ("if it rains" is weather)
        if any(c.dep_ in ("poss", "compound", "amod") and named(c) for c in subject.children):
            return True  # "if Iran's enrichment continues"
        if any(_exemplified(c) for c in subject.children):
            return True  # "unless large economies such as China contribute": actors by their examples
    return False


def _exemplified(prep: Token) -> bool:
    """ "(economies) such as China", "(countries) like India": a class named by actors it holds."""
    example = prep.dep_ == "prep" and (
        prep.lower_ == "like" or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))
    )
    return example and any(p.dep_ == "pobj" and named(p) for p in prep.children)


def on_circumstances(verb: Token) -> bool:
    """The verb's conditions are all on circumstances: "if inflation persists", "if the rains fail", "if
    prices keep rising", "if the outbreak spreads" (the state of an economy, a market, the weather, a
    disease), which no one is pressed to change."""
    found = conditions(verb)
    return bool(found) and all(_circumstance(c) for c in found)


def _circumstance(clause: Token) -> bool:
    """A condition whose subject is a circumstance, not an actor or an act."""
    if on_actor(clause):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(lemma(s) in CIRCUMSTANCES for s in subjects)


def adverse_act(verb: Token) -> bool:
    """An act to come that costs the other side: force, withdrawal, suspension, a stoppage, measures, a
    commitment reconsidered, or what the holder would be "forced to" do."""
    word = lemma(verb)
    objects = {lemma(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
    if word in _NEEDS_FORCE:
        return bool(objects & _RESUMED)
    if word == "use":  # "will use force unless the junta releases ...", "would use its veto if ..."
        return bool(objects & (FORCE_MEANS | {"veto", "weapon"}))
    if word in ("call", "stage") and objects & STOPPAGES:
        return not any(c.dep_ == "prt" for c in verb.children)  # "would stage further strikes"
    if word in CEASING_VERBS:  # "will call off the talks unless ...": what is broken off is held over them
        off = word != "call" or any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
        left = any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)  # "withdraw from the deal"
        return off and (bool(objects) or left) and not objects & _CONCILIATORY
    if word in ADVERSE_VERBS | CONDITIONAL_FORCE | WITHDRAWING_VERBS | ANSWERING_VERBS:
        return True
    if word in ("act", "move", "strike") and _against_actor(verb):
        return True  # "would act against Hezbollah if the rocket fire did not stop"
    if word in ("take", "consider", "adopt", "weigh") and objects & MEASURE_NOUNS:
        return True  # "will consider stronger measures if the shelling continues"
    if word in ("consider", "weigh", "threaten") and any(
        c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG" and adverse_act(c) for c in verb.children
    ):
        return True  # "will consider closing the plant if the strikes continue": the act considered
    return False


def threat_on_condition(verb: Token) -> bool:
    """ "will consider stronger measures if the rocket fire continues", "may suspend its mediation unless
    ...", "would be forced to expand its operation unless Hamas ...", "will call off the talks unless ...":
    an adverse act to come under a condition on what another actor does."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "will not call off the strike unless ..." holds nothing over anyone
    forced = (verb.dep_ == "xcomp" and compelled(verb.head)) or no_choice_but(verb)
    to_come = any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    if not (forced or (to_come and any(c.dep_ == "nsubj" for c in verb.children))):
        return False
    if no_choice_but(verb) and (lemma(verb) in CONDITIONAL_FORCE | ANSWERING_VERBS or _against_actor(verb)):
        return True  # "would have no choice but to act against Hezbollah": force it would be driven to
    if not any(on_actor(c) for c in conditions(verb)):
        return False
    return forced or adverse_act(verb)


def _against_actor(verb: Token) -> bool:
    """ "act against Hezbollah", "move against the cartels": an act aimed at an actor."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "against"
        and any(p.dep_ == "pobj" and (named(p) or lemma(p) in lx.ACTOR_NOUNS) for p in prep.children)
        for prep in verb.children
    )


def compelled_holders(verb: Token) -> list[list[int]]:
    """ "Unless X ..., Israel would be forced to expand its operation": in the reporter's voice, the one
    who says it would be forced is the subject of "forced" (a speaker, when there is one, comes first)."""
    if no_choice_but(verb):  # "the regulator would have no option but to act": the subject of "have"
        return [[s.i] for s in verb.doc[verb.i - 3].head.children if s.dep_ == "nsubj"]
    if not (verb.dep_ == "xcomp" and compelled(verb.head)):
        return []
    return [[s.i] for s in verb.head.children if s.dep_ == "nsubjpass"]


def policy_purpose(verb: Token) -> bool:
    """Measures taken for a circumstance: "(ready to) take all necessary measures to curb inflation",
    "decisive action to support the currency", "steps to contain the outbreak": a policy, which presses
    no one, however firm its words. The purpose is a clause of the measure verb or of its measures whose
    object is an economy, a market, the weather or a disease."""
    takers = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    for taker in takers:
        if lemma(taker) not in MEASURE_VERBS:
            continue
        places = [taker, *(c for c in taker.children if c.dep_ == "dobj")]
        purposes = [c for t in places for c in t.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")]
        if any(o.dep_ in ("dobj", "nsubjpass") and lemma(o) in CIRCUMSTANCES for p in purposes for o in p.children):
            return True
    return False


def no_choice_but(verb: Token) -> bool:
    """ "(Moscow) would have no choice but to respond", "will have no option but to strike": an act the
    holder says it would be driven to, as "would be forced to" is. Read on the words ("no choice but
    to" before the verb), since the parser hangs the act on "but", the noun or "have" in turn."""
    if verb.i < 3:
        return False
    doc = verb.doc
    to, but, choice = doc[verb.i - 1], doc[verb.i - 2], doc[verb.i - 3]
    if to.lower_ != "to" or but.lower_ != "but" or lemma(choice) not in ("choice", "option", "alternative"):
        return False
    have = choice.head
    return (
        any(d.lower_ == "no" for d in choice.children)
        and lemma(have) == "have"
        and any(c.dep_ == "aux" and c.lower_ in MODALS for c in have.children)
    )
