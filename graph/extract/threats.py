"""Conditional and prospective coercion: the constructions that threaten without the word "threaten".

- readiness for force: "is prepared to take all necessary measures", "stands ready to retaliate";
- stated coercive measures: "will take all necessary steps to defend its sovereignty", "will consider
  stronger measures", "will take military-technical measures in response to ...";
- a coercive act under a condition: "may halt gas deliveries unless ...", "could impose sanctions if ...",
  "will impose sanctions if Moscow does not agree" (CAMEO 13: threaten, with the condition's subject as
  the one threatened);
- promises of force (graph/extract/vows.py): "vowed revenge", "pledged to retaliate";
- force held in reserve: "reserves the right to respond", "will not hesitate to use force", "is weighing
  countermeasures", "is ready to do whatever it takes to protect its borders";
- tightening a restriction: "will extend the curfew", "will tighten the sanctions" (the converse of
  lifting one, which concedes).

Readiness for force ("is prepared to take all necessary measures") is read in graph/extract/readiness.py,
conditions on another actor's deed in graph/extract/threat_conditions.py.

A coercive act under a modal and an "unless" condition threatens ("may quit the grain deal unless ...",
"could withhold the next tranche unless ..."), and so does an act the holder would be "forced to" take.
Warnings of a cost are read in graph/extract/costs.py, whom a threat is aimed at in
graph/extract/threat_targets.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx

# what is taken or considered when force is meant: "take all necessary measures", "weigh countermeasures"
MEASURE_VERBS = frozenset("take adopt consider weigh introduce implement apply".split())
MEASURE_NOUNS = frozenset("measure step action countermeasure response retaliation reprisal option".split())
# measures that are coercive whatever qualifies them
COERCIVE_MEASURES = frozenset("countermeasure retaliation reprisal".split())
# the qualifiers of a coercive measure: "all necessary", "firm", "stronger", "military-technical"
FORCEFUL = frozenset(
    "necessary strong stronger strongest firm resolute decisive tough tougher forceful drastic harsh "
    "punitive retaliatory reciprocal military countervailing severe serious corresponding proportionate "
    "proportional mirror stern overwhelming".split()
)
# purposes of force: "to defend its sovereignty", "to safeguard its interests"
DEFENSIVE_PURPOSES = frozenset("defend safeguard protect uphold preserve ensure".split())
# what a defence defends when it threatens: "to defend its sovereignty", "to safeguard its interests"
DEFENDED = frozenset(
    "sovereignty security interest border territory integrity right people citizen nation homeland "
    "airspace water dignity independence unity".split()
)
# "all kinds of measures": the measures are the "of" object
KIND_NOUNS = frozenset("kind sort type form".split())
# acts whose readiness threatens ("ready to retaliate"); readiness to withdraw or suspend may concede
PUNITIVE_VERBS = frozenset(
    "retaliate punish sanction impose blockade expel veto block boycott revoke fine penalise penalize".split()
)
# verbs that tighten a restriction (lexicon.RESTRICTION_NOUNS): "will extend the curfew"
TIGHTENING_VERBS = frozenset("extend tighten expand widen reimpose reinstate toughen intensify escalate".split())
# operations of force that can be widened: "will expand its offensive"
ESCALATION_NOUNS = frozenset(
    "offensive operation assault bombardment bombing campaign war strike attack action protest".split()
)
# the verbs of calling off one's own force: "will halt its offensive", "would stop the attacks"
HALTING_VERBS = frozenset("halt stop suspend end cease pause".split())
# force one can call off, its own hostilities: "halt its offensive", "stop the shelling", "end the
# bombing", "suspend its attacks" (not "operations", which a company halts too)
CEASED_HOSTILITIES = (ESCALATION_NOUNS - {"operation"}) | frozenset(
    "aggression incursion invasion assault shelling fire firing rocket raid shooting killing fighting hostility "
    "airstrike kidnapping abduction".split()
)
# acts of force named by a gerund that a halt calls off: "would stop firing rockets", "will stop shelling"
_CEASED_DOINGS = lx.FORCE_VERBS | frozenset("fire shoot launch kidnap abduct".split())
# answers that threaten when they are in force: "will respond with force"
ANSWERING_VERBS = frozenset("respond react reply answer hit".split())
# answers that are force or punishment whatever they name: "will retaliate", "vowed to avenge"
RETALIATION_VERBS = frozenset("retaliate avenge".split())
# acts of force, punishment or answer to them
COERCIVE_VERBS = lx.FORCE_VERBS | PUNITIVE_VERBS | ANSWERING_VERBS
# what an announced answer threatens with: "will respond with full force", "with countermeasures"
FORCE_NOUNS = lx.COST_NOUNS | frozenset("strength might firmness vigour vigor".split())
# what an answer in force answers: "ready to respond to any aggression"
AGGRESSION_NOUNS = frozenset(
    "aggression attack provocation incursion invasion strike assault raid bombing shelling".split()
)
FORCEFUL_MANNER = frozenset(
    "harshly firmly decisively forcefully resolutely militarily severely strongly asymmetrically".split()
)
# hostile measures whose answer is a counter-measure: "will respond to new EU sanctions"
HOSTILE_MEASURES = AGGRESSION_NOUNS | frozenset("sanction tariff expulsion embargo blockade seizure".split())
FORCE_MEANS = frozenset("force forces weapon means might strength fire".split())
MODALS = lx.FUTURE_MODALS | lx.HEDGE_MODALS | lx.HYPOTHETICAL_MODALS
CONDITION_MARKS = frozenset("if unless".split())
_ACTOR_ENTS = frozenset("GPE ORG NORP PERSON".split())
# verbs that hold an act in reserve: "reserves the right to respond", "will not hesitate to strike"
RESERVING_VERBS = frozenset("reserve hesitate".split())
# verbs that weigh coercive measures without deciding them: "is weighing countermeasures"
WEIGHING_VERBS = frozenset("weigh consider mull study prepare".split())
# "ready to do whatever it takes / everything necessary": readiness without limit
UNLIMITED = frozenset("whatever everything all anything".split())
# acts of force that threaten when a condition is set on them
CONDITIONAL_FORCE = lx.FORCE_VERBS | PUNITIVE_VERBS | frozenset("hit retaliate intervene".split())
# what is withheld or broken off unless the other side acts: "could withhold the next tranche unless"
WITHDRAWING_VERBS = frozenset(
    "withhold quit leave end abandon block downgrade recall scrap terminate resign pull tear exit".split()
)
# work stoppages called as a threat: "may call a strike unless ..."
STOPPAGES = frozenset("strike walkout stoppage boycott".split())
# staying passive, which a speaker refuses in warning: "will not stand idly by", "won't sit idly by"
IDLE_VERBS = frozenset("stand sit".split())
# taking a dispute before a body that can rule against the other side: "take the case to the WTO"
_REFERRING_VERBS = frozenset("take bring refer".split())
VOCABULARY = IDLE_VERBS | (
    WITHDRAWING_VERBS | CONDITIONAL_FORCE | MEASURE_VERBS | TIGHTENING_VERBS | ANSWERING_VERBS | RESERVING_VERBS
    | WEIGHING_VERBS | HALTING_VERBS | {"fire"}  # "would fire on any drones" (fired_on)
    | _REFERRING_VERBS  # "would take the case to the WTO" (legal_escalation)
)


def lemma(token: Token) -> str:
    """The token's lemma in lower case."""
    return token.lemma_.lower()


def prep_object(prep: Token) -> Token | None:
    """What a preposition governs: its object ("of sanctions") or clause ("of imposing sanctions")."""
    return next((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), None)


def coercive_measures(verb: Token) -> bool:
    """ "take all necessary measures", "consider stronger steps", "take military-technical measures in
    response to ...", "take steps to defend its sovereignty", "all kinds of measures against the PKK":
    measures meant as force."""
    if lemma(verb) not in MEASURE_VERBS:
        return False
    for obj in measures_taken(verb):
        if lemma(obj) in COERCIVE_MEASURES:
            return True
        words = {t.lower_ for t in obj.subtree if t.i < obj.i} | {lemma(t) for t in obj.subtree if t.i < obj.i}
        if words & FORCEFUL:
            return True
        if _answers(verb) or conditions(verb) or _aimed_against(verb, obj):
            return True
        if _defensive_purpose(verb, obj):
            return True
    return False


def measures_taken(verb: Token) -> list[Token]:
    """The measures a verb takes: its object, the "of" object of "all kinds of measures", or the subject of
    "(take) whatever measures are needed"."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj" and lemma(child) in KIND_NOUNS:
            found += [p for prep in child.children if prep.lower_ == "of" for p in prep.children
                      if p.dep_ == "pobj" and lemma(p) in MEASURE_NOUNS]
        elif child.dep_ == "dobj" and lemma(child) in MEASURE_NOUNS:
            found.append(child)
        elif child.dep_ == "ccomp":
            found += [s for s in child.children if s.dep_ in ("nsubj", "nsubjpass") and lemma(s) in MEASURE_NOUNS
                      and any(d.lower_ in UNLIMITED for d in s.children)]
    return found


def _defensive_purpose(verb: Token, obj: Token) -> bool:
    """ "take steps to defend its sovereignty", "take all measures needed to protect national security",
    "whatever measures are needed to protect its security": a purpose of defence on the verb, the
    measures, or a clause of the measures ("to protect consumers" defends no one against anyone)."""
    places = [verb, obj, obj.head, *(c for c in obj.children if c.dep_ in ("acl", "amod"))]
    return any(
        c.dep_ in ("advcl", "xcomp", "acl", "relcl") and defends(c)
        for t in places
        for c in t.children
    )


def defends(verb: Token) -> bool:
    """ "defend its sovereignty", "protect national security", "defend itself": a defence of the holder's
    own, not "protect consumers from rising prices"."""
    if lemma(verb) not in DEFENSIVE_PURPOSES:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not objects or any(
        o.pos_ == "PRON" or lemma(o) in DEFENDED or any(lemma(m) in ("national", "territorial") for m in o.children)
        for o in objects
    )


def _aimed_against(verb: Token, obj: Token) -> bool:
    """ "take action against Iran", "appropriate measures against Chinese vessels", "against anyone who
    violates its airspace": measures against an actor (not "measures against inflation")."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "against" and any(
            p.dep_ == "pobj" and (
                p.pos_ == "PRON" or lemma(p) in lx.ACTOR_NOUNS or any(named(t) for t in p.subtree)
            )
            for p in prep.children
        )
        for place in (verb, obj)
        for prep in place.children
    )


def coercive_act(verb: Token) -> bool:
    """An act of force or answer to it: "strike", "retaliate", "respond", "use force", "take (all
    necessary) measures"."""
    word = lemma(verb)
    if word in COERCIVE_VERBS:
        return True
    objects = {lemma(c) for c in verb.children if c.dep_ == "dobj"}
    return (word == "use" and "force" in objects) or (word in MEASURE_VERBS and bool(objects & MEASURE_NOUNS))


def reserved_force(verb: Token) -> bool:
    """ "reserves the right to respond", "will not hesitate to use force": force held in reserve; and
    "is weighing countermeasures": coercive measures under consideration."""
    word = lemma(verb)
    if word == "reserve":
        acts = [a for c in verb.children if c.dep_ == "dobj" and lemma(c) == "right" for a in c.children]
    elif word == "hesitate" and any(c.dep_ == "neg" for c in verb.children):
        acts = list(verb.children)
    elif word in WEIGHING_VERBS and not any(c.dep_ == "neg" for c in verb.children):
        return any(
            c.dep_ == "dobj" and (lemma(c) in COERCIVE_MEASURES or lemma(c) == "sanction")
            for c in verb.children
        )
    else:
        return False
    return any(a.dep_ in ("xcomp", "acl", "advcl") and coercive_act(a) for a in acts)


def tightens_restriction(verb: Token) -> bool:
    """ "will extend the curfew", "tightened the blockade", "will expand its offensive": a restriction
    made harsher or an operation of force widened."""
    harsher = (lx.RESTRICTION_NOUNS - {"demand", "claim"}) | ESCALATION_NOUNS
    return lemma(verb) in TIGHTENING_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and lemma(c) in harsher for c in verb.children
    )


def answers_with_force(verb: Token) -> bool:
    """ "will respond with force", "would react with military means": an answer in force; to retaliate
    or avenge is one by its meaning ("said it would retaliate")."""
    if lemma(verb) in RETALIATION_VERBS:
        return True
    if lemma(verb) not in ANSWERING_VERBS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in FORCEFUL_MANNER for c in verb.children):
        return True  # "will respond harshly"
    if any(
        prep.dep_ == "prep" and prep.lower_ == "to" and any(lemma(p) in HOSTILE_MEASURES for p in prep.children)
        for prep in verb.children
    ):
        return True  # "will respond to any aggression", "would respond to new sanctions"
    # "respond with force", or as the parser may hang it, "respond to the deployment with ... measures"
    places = [verb, *(p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children)]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(
            p.dep_ == "pobj" and (lemma(p) in FORCE_MEANS | MEASURE_NOUNS or p.lower_ in FORCE_MEANS)  # "all means"
            for p in prep.children
        )
        for place in places
        for prep in place.children
    )


def forceful_response(verb: Token) -> bool:
    """ "will respond to any attack with full force": an answer in force announced under a future modal,
    whatever the parser hangs "with force" on (the verb, or the object of "to")."""
    if lemma(verb) not in ANSWERING_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in verb.children):
        return False
    # the parser may hang "with force" on the object of "to": "respond to any attack with force"
    places = [verb, *(p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    return any(
        prep.dep_ == "prep" and prep.lower_ == "with" and p.dep_ == "pobj" and p.lemma_.lower() in FORCE_NOUNS
        for place in places
        for prep in place.children
        for p in prep.children
    )


def forceful(verb: Token) -> bool:
    """Measures meant as force, an answer in force or to aggression, an act done by force, force used, or
    a restriction tightened: a threat even when it names no one."""
    return coercive_measures(verb) or tightens_restriction(verb) or answers_with_force(verb) or by_force(verb) \
        or force_used(verb) or fired_on(verb)


# what is fired at a target: "would fire missiles at any warship"
_FIRED = frozenset("missile rocket shell round shot bullet weapon gun artillery".split())


def fired_on(verb: Token) -> bool:
    """ "would fire on any drones entering its airspace", "will fire missiles at the ships": weapons aimed
    ("fire 200 workers" aims none)."""
    if lemma(verb) != "fire" or not any(p.dep_ == "prep" and p.lower_ in ("on", "at", "upon") for p in verb.children):
        return False
    return all(lemma(o) in _FIRED for o in verb.children if o.dep_ == "dobj")


def armed_force(verb: Token) -> bool:
    """ "would bomb the bridge", "will storm the city", "would crush any protest": force that threatens
    whoever holds or stands for what it is aimed at, named or not ("will attack the problem" uses none)."""
    return lemma(verb) in lx.ARMED_FORCE_VERBS and not any(
        c.dep_ == "dobj" and lemma(c) in lx.UNARMED_OBJECTS | lx.PROPOSAL_NOUNS for c in verb.children
    )


def force_used(verb: Token) -> bool:
    """ "(would) use force against the rioters", "use live fire", "use all means": force as the object of
    "use" (a verb of intent or a condition makes it a threat)."""
    return lemma(verb) == "use" and any(
        c.dep_ == "dobj" and (lemma(c) in FORCE_MEANS or c.lower_ in FORCE_MEANS) for c in verb.children
    )


def by_force(verb: Token) -> bool:
    """ "would reopen the strait by force", "will retake the city by military means"."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "by"
        and any(p.dep_ == "pobj" and lemma(p) in FORCE_MEANS for p in prep.children)
        for prep in verb.children
    )


def conditional_act(verb: Token) -> bool:
    """An act stated under a modal and a condition: "may halt deliveries unless ...", "could impose
    sanctions if ...", "could resume talks if ...". The act need not be certain to threaten or offer."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    return bool(conditions(verb))


def threatened_under_condition(verb: Token) -> bool:
    """ "will strike Beirut if Hezbollah fires", "could hit decision-making centres if ...": force under a
    condition; "may quit the grain deal unless ...", "could withhold the loan unless ...", "may call a
    strike unless ...": what is withheld or broken off unless the other side acts ("will end the war if
    Hamas frees the hostages" offers, so withdrawal needs "unless")."""
    if lemma(verb) in CONDITIONAL_FORCE:
        return conditional_act(verb)
    withdrawn = lemma(verb) in WITHDRAWING_VERBS or (
        lemma(verb) in ("call", "stage") and any(c.dep_ == "dobj" and lemma(c) in STOPPAGES for c in verb.children)
    )
    if not withdrawn or not conditional_act(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(m.dep_ == "mark" and m.lower_ == "unless" for c in conditions(verb) for m in c.children)


def compelled(verb: Token) -> bool:
    """ "(Russia) would be forced to take steps": an act the holder says it would be driven to."""
    return (
        lemma(verb) in ("force", "compel", "oblige")
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    )


def conditions(verb: Token) -> list[Token]:
    """The "if"/"unless" clauses hanging from the verb (or the clause it completes)."""
    places = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp") else [verb]
    found = [
        clause
        for place in places
        for clause in place.children
        if (clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children))
        or (clause.dep_ in ("advcl", "ccomp") and clause != verb and inverted_condition(clause))
    ]
    if verb.dep_ == "ccomp" and inverted_condition(verb.head):
        found.append(verb.head)  # "Should Serbia recognise Kosovo, Russia would ...": parsed the other way round
    return found


def inverted_condition(clause: Token) -> bool:
    """ "Should Ukraine attack ...", "Were the talks to fail ...": a condition with the auxiliary first,
    before its subject (the parser may hang the main clause inside it, or it inside the main clause)."""
    first = clause.left_edge
    if first.lower_ in ("should", "were", "had") and first.head.i == clause.i and first.dep_ in ("aux", "auxpass"):
        return True
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "were", "had") and c.i < min(subjects)
        for c in clause.children
    )


def _answers(verb: Token) -> bool:
    """ "in response to ...", "in retaliation for ...": the measure answers a provocation."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(lemma(p) in ("response", "retaliation") for p in c.children)
        for c in verb.children
    )


def named(token: Token) -> bool:
    """A proper name or a named entity that can be an actor."""
    return token.pos_ == "PROPN" or token.ent_type_ in _ACTOR_ENTS



# what is taken there, and before whom: "the case", "the dispute"; "the WTO", "the court"
_DISPUTED_MATTERS = frozenset("case dispute matter complaint issue row".split())
_RULING_BODIES = frozenset("court tribunal commission wto icj arbitration arbitrator council panel".split())


def legal_escalation(verb: Token) -> bool:
    """ "would take the case to the European Commission", "will bring the dispute before the WTO", "would
    refer the matter to the Security Council": a dispute put before a body that can rule against the
    other side, held over it as a threat when it is to come (CAMEO 13, threaten with legal action)."""
    if lemma(verb) not in _REFERRING_VERBS:
        return False
    if not any(c.dep_ == "dobj" and lemma(c) in _DISPUTED_MATTERS for c in verb.children):
        return False
    return any(
        prep.dep_ == "prep" and prep.lower_ in ("to", "before")
        and any(p.dep_ == "pobj" and (lemma(p) in _RULING_BODIES or p.ent_type_ == "ORG") for p in prep.children)
        for prep in verb.children
    )


def halted_hostilities(verb: Token) -> bool:
    """ "(would) halt its offensive", "(will) stop the attacks", "end the bombing": calling off the holder's
    own force, which offers a halt (on a condition: "would halt its offensive if Hamas freed the hostages")
    and coerces no one, where halting aid or talks ("will halt aid unless ...") does."""
    return lemma(verb) in HALTING_VERBS and any(
        (c.dep_ == "dobj" and lemma(c) in CEASED_HOSTILITIES
         and not any(p.dep_ == "poss" and p.pos_ != "PRON" for p in c.children))  # not "halt Israel's offensive"
        or (c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" and lemma(c) in _CEASED_DOINGS)  # "stop firing"
        for c in verb.children
    )


def refuses_to_stand_by(verb: Token) -> bool:
    """ "will not stand idly by (if Taiwan declares independence)", "won't sit idly by while ...": a vow
    to act, a warning (whom it aims at, the condition or the act it answers says)."""
    if lemma(verb) not in IDLE_VERBS:
        return False
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and any(c.lower_ == "idly" for c in children) and any(
        c.lower_ == "by" for c in children
    )
