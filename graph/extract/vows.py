"""Vows, pledges and oaths: when a promise threatens and when it offers.

- a promise of force or punishment threatens: "promised a crushing response", "vowed reciprocal tariffs",
  "pledged to retaliate", "swore to fight on", "vowed to keep attacking ships";
- a vow of a benefit or of restraint offers: "vowed to rebuild the schools", "swore to cut taxes",
  "pledged not to attack civilians" (a vow is otherwise read as a threat, lexicon.VERBS).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.costs import outcome
from graph.extract.modality import is_negated
from graph.extract.threats import ANSWERING_VERBS, ESCALATION_NOUNS, RETALIATION_VERBS, forceful, lemma

# retaliation promised: "pledged to retaliate", "vowed to avenge"
RETALIATING_VERBS = RETALIATION_VERBS | frozenset({"punish"})
# what a vow of force vows: "vowed to crush the rebellion", "swore to fight on"
VOWED_FORCE = lx.FORCE_VERBS | RETALIATING_VERBS | frozenset("fight crush eliminate annihilate wipe".split())
# what is promised when force is: "promised a crushing response", "vowed revenge"
PUNISHMENTS = frozenset("response retaliation revenge reprisal punishment countermeasure vengeance".split())
# measures that punish when they are promised: "vowed reciprocal tariffs", "pledged new sanctions"
PUNITIVE_MEASURES = frozenset("tariff sanction embargo".split())
# costs a promise may name: "promised consequences", "vowed repercussions"
PROMISED_COSTS = frozenset("consequence repercussion".split())
# what a promise of force promises: a punishment or a punitive measure
PROMISED_PUNISHMENTS = PUNISHMENTS | PUNITIVE_MEASURES
# acts of force a vow may name, and the objects that make a vowed act punish
FORCE_ACTS = VOWED_FORCE | ANSWERING_VERBS
PUNISHING_OBJECTS = PUNISHMENTS | ESCALATION_NOUNS
# acts a vow of a benefit names: "vowed to cooperate", "vowed to rebuild the schools"
BENEFIT_ACTS = lx.INTENT_COOPERATIVE | lx.BUILDING_VERBS


def persists_until(verb: Token) -> bool:
    """ "We will not stop until Hamas is defeated", "will not rest until the killers are found": a
    negated verb of stopping with an "until" clause vows to go on until an outcome (a Threaten, stated
    positively); "did not stop the convoy" or "will not stop" alone are other things."""
    if lemma(verb) not in lx.PERSISTING_VERBS | ENDING_VERBS or not is_negated(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and not all(lemma(o) in ONGOING_FORCE for o in objects):
        return False  # "did not stop the convoy until ...": a deed; "will not end the war until ...": a vow
    if not objects and lemma(verb) not in lx.PERSISTING_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _VOWING_AUXILIARIES for c in verb.children):
        return False  # "did not stop until dawn" reports what happened
    return bool(until_clause(verb))


_VOWING_AUXILIARIES = {"will", "would", "shall", "wo", "'ll", "to"}
# verbs that end what they take: "will not end the war / halt the strikes until ..."
ENDING_VERBS = frozenset("end halt stop cease suspend".split())
# verbs of going on: "the offensive will continue / go on until ..."
CONTINUING_VERBS = frozenset("continue persist last".split())
# force that a speaker says goes on until an outcome: "the war / the strikes / the fighting"
ONGOING_FORCE = ESCALATION_NOUNS | frozenset("fighting shelling airstrike siege blockade bombardment".split())


def force_goes_on(clause: Token) -> bool:
    """ "(said) the offensive would continue until Hamas was destroyed", "the strikes will go on / will
    not stop until the militants surrender": force announced to go on until an outcome, a threat by the
    speaker (a Threaten of the speech verb); "the talks will continue until a deal is reached" and "the
    rain would continue until Friday" are forecasts of no force."""
    if not any(c.dep_ == "aux" and c.lower_ in _VOWING_AUXILIARIES for c in clause.children):
        return False
    going_on = (lemma(clause) in CONTINUING_VERBS and not is_negated(clause)) or (
        lemma(clause) == "go" and any(c.lower_ == "on" and c.dep_ in ("prt", "advmod") for c in clause.children)
    )
    if not going_on and not (lemma(clause) in lx.PERSISTING_VERBS and is_negated(clause)):
        return False
    if not any(c.dep_ == "nsubj" and lemma(c) in ONGOING_FORCE for c in clause.children):
        return False
    return any(
        c.dep_ == "advcl" and any(m.lower_ == "until" and m.dep_ == "mark" for m in c.children)
        for c in clause.children
    )


# going on with force or a stoppage until an outcome: "will continue attacking ships until ...", "would
# keep fighting until ...", "will continue the strike until ..." (the verbs that take an act or a stoppage
# as object; "persist" and "last" take none, and "last" would put a common word in the detector's hits)
KEEPING_VERBS = frozenset("continue keep".split())
# force or a stoppage kept up: the acts (as gerunds or infinitives) and their nouns
KEPT_FORCE = VOWED_FORCE | frozenset("operate strike target".split())
KEPT_STOPPAGES = ONGOING_FORCE | frozenset("strike walkout stoppage boycott blockade occupation".split())


def fights_on_until(clause: Token) -> bool:
    """ "(said) they would continue attacking ships until Israel halts its offensive", "will keep fighting
    until the rebels surrender", "would continue the strike until management improves its offer": force
    or a stoppage announced to go on until the other side yields threatens it; "will continue talks until
    a deal" keeps up no force."""
    if lemma(clause) not in KEEPING_VERBS or is_negated(clause):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _VOWING_AUXILIARIES for c in clause.children):
        return False
    acts = [c for c in clause.children if c.dep_ == "xcomp" and lemma(c) in KEPT_FORCE]
    kept = [c for c in clause.children if c.dep_ == "dobj" and lemma(c) in KEPT_STOPPAGES]
    if not acts and not kept:
        return False
    return any(until_clause(v) for v in (clause, *acts))


def until_clause(verb: Token) -> list[Token]:
    """The verb, the force it would not end, and its "until" clause: "stop until Hamas is defeated",
    "end the war until Hamas is destroyed" (the position vowed)."""
    force = [t for o in verb.children if o.dep_ == "dobj" for t in o.subtree]
    for c in verb.children:
        if (c.dep_ == "advcl" and any(m.lower_ == "until" for m in c.children)) or (
            c.dep_ == "prep" and c.lower_ == "until"
        ):
            return sorted([verb, *force, *c.subtree], key=lambda t: t.i)
    return []


def promised_force(verb: Token) -> bool:
    """ "promised a crushing response", "pledged to retaliate": a promise of force threatens."""
    if lemma(verb) not in lx.PROMISE_VERBS:
        return False
    for child in verb.children:
        # "vowed a crushing response", "vowed reciprocal tariffs", "vowed firm countermeasures" (however
        # the parser splits the object)
        if child.dep_ in ("dobj", "conj", "npadvmod") and any(
            lemma(t) in PROMISED_PUNISHMENTS for t in child.subtree if t.pos_ == "NOUN"
        ):
            return True
        if child.dep_ == "dobj" and promised_cost(child):
            return True
        # "pledged to expel X" may be a concession to a third party: only force and retaliation count
        restraint = any(c.dep_ == "neg" for c in child.children)  # "pledged not to attack civilians"
        if _to_infinitive(child) and not restraint and _vowed_force(child):
            return True
    return False


def promised_cost(noun: Token) -> bool:
    """ "promised consequences if ...", "vowed serious repercussions for those responsible": a cost the
    promiser means to impose; not an outcome foreseen ("promised to study the economic consequences",
    "the consequences of the flood")."""
    return lemma(noun) in PROMISED_COSTS and not outcome(noun) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def vowed_benefit(verb: Token) -> bool:
    """ "vowed to rebuild the schools", "swore to cut taxes", "vowed not to attack civilians": a vow of a
    benefit or of restraint offers, it does not threaten."""
    for act in verb.children:
        if not _to_infinitive(act) or _vowed_force(act):
            continue
        word = lemma(act)
        # the lower-case form too: the small model lemmatises "taxes" as "taxis"
        objects = {w for c in act.children if c.dep_ == "dobj" for w in (lemma(c), c.lower_)}
        if any(c.dep_ == "neg" for c in act.children) or word in BENEFIT_ACTS:
            return True
        if word in lx.CUTTING_VERBS and objects & lx.BENEFIT_CUTS:
            return True
    return False


# acts whose refusal is a stance of its own: "vowed never to recognise ...", "never to negotiate with ..."
REFUSABLE_ACTS = frozenset(
    "accept agree recognise recognize negotiate talk allow permit tolerate sign join support back endorse "
    "surrender yield cede concede".split()
)


def vowed_refusal(act: Token) -> bool:
    """ "(vowed) never to recognise the breakaway region", "(swore) he would never accept the plan",
    "(pledged) not to allow Iran to ...": a vow whose act is refused, which the refusal types (Reject,
    Oppose, a Concede not made); a vow of restraint from force ("pledged not to attack") offers."""
    return lemma(act) in REFUSABLE_ACTS and is_negated(act)


def _vowed_force(act: Token) -> bool:
    """A promised act of force or retaliation: "to crush the rebellion", "to hit back", "to take revenge",
    "to continue the war" ("to cut taxes" or "to rebuild" promise no force)."""
    # ("pledged to expel X" may be a concession to a third party: punitive acts are not counted here)
    if lemma(act) in FORCE_ACTS or forceful(act):
        return True
    if lemma(act) in ("keep", "continue"):  # "vowed to keep attacking ships"
        return any(c.dep_ in ("xcomp", "dobj") and _vowed_force(c) for c in act.children)
    return any(c.dep_ == "dobj" and lemma(c) in PUNISHING_OBJECTS for c in act.children)


def _to_infinitive(act: Token) -> bool:
    """The vowed act as a to-infinitive, parsed as an xcomp or ("have sworn to fight until ...") an advcl."""
    return act.dep_ == "xcomp" or (
        act.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children)
    )
