"""Verb cues: which stance type a verb states, read from its particles, objects and complements.

A verb of graph/extract/lexicon/ proposes a type; what it governs confirms, changes or cancels it
("called off the protests" concedes, "rejected the accusation" denies, "asked a question" asks
nothing, "will boycott" threatens). Nouns and adjectives are found in graph/extract/cues/finding.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import (
    absences,
    accusations,
    blame,
    collective_actions,
    costs,
    criticism,
    denied_charges,
    force_passives,
    mandative,
    refusals,
    threat_conditions,
    threats,
    verdicts,
    vows,
    wishes,
)
from graph.extract import lexicon as lx
from graph.extract.attribution import trailing_frame
from graph.extract.cues.tokens import (
    Cue,
    actor_like,
    asks_whether,
    conditional,
    dues_claim,
    for_clauses,
    lemma_of,
    names_body,
    names_holder,
    question_clause,
    working_time,
)
from graph.extract.deeds import concession_deed, handed_over, leaves_office, performed, withdrawal
from graph.extract.denials import dismissed_report, falsified_report
from graph.extract.modality import is_negated, under_speech
from graph.extract.nominal import rejected_by_calling

# writings one signs to say something, not to accept it: "signed a letter urging X to ..." (what the letter
# says is the signatories' stance; "signed the deal" agrees to it)
SIGNED_WRITINGS = frozenset("letter petition op-ed".split())
# what a cooperative verb can govern without cooperating: "could resume attacks if ..."
FORCE_OBJECTS = threats.ESCALATION_NOUNS | lx.COST_NOUNS | frozenset("fighting hostility shelling".split())


# what befalls people rather than being done to them: an economy's, the weather's or a disease's course,
# and the disasters they bring ("warned governments of a new pandemic")
FORESEEN_EVENTS = threat_conditions.CIRCUMSTANCES | frozenset(
    "famine hunger starvation crisis collapse catastrophe disaster flooding flood wildfire fire earthquake "
    "default bankruptcy meltdown slowdown downturn crash".split()
)


def _warning_kind(token: Token) -> str:
    """ "warned that it would retaliate", "warned X", "warned of consequences" threaten; "warned that
    prices would rise" only states a prediction (a Claim)."""
    if costs.foreseen_by_forecaster(token):
        return "Claim"  # "analysts warned Kyiv of an offensive": an observer foresees (costs.py)
    warned = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    if warned and all(_public(w) for w in warned) and _advice(token):
        return "Demand"  # "warned citizens against travelling to Lebanon", "warned residents to evacuate"
    held = [*warned, *(w for c in warned for w in c.conjuncts), *costs.agent_objects(token)]
    about = [  # what the warning is of, against or about, on the verb or (as parsed) on the ones warned
        (prep.lower_, p)
        for prep in [*token.children, *(c for a in [*held, *costs.dates_of(token)] for c in a.children)]
        if prep.dep_ == "prep" and prep.lower_ in ("of", "against", "about")
        for p in prep.children
        if p.dep_ in ("pobj", "pcomp")
    ]
    warned_of = [
        p for _, p in about
        if (lemma_of(p) in lx.COST_NOUNS and (lemma_of(p) not in costs.LOSS_NOUNS or held or conditional(token)))
        or costs.trade_penalty(p)
    ]
    if warned_of and all(costs.outcome(c) and (not warned or costs.unimposed(c)) for c in warned_of):
        # "economists warned of the consequences for the economy", "warned Israel of the humanitarian
        # consequences of an assault": a foreseen outcome
        return "Claim"
    if warned_of:
        return "Threaten"
    # "warned investors of a recession": of what is to befall them, no cost anyone imposes
    foreseen = [p for word, p in about if word != "against" and p.dep_ == "pobj" and p.pos_ == "NOUN"]
    befalls = all(lemma_of(p) in FORESEEN_EVENTS for p in foreseen)  # "of a new pandemic": to anyone told
    if foreseen and (befalls or not any(names_body(w) for w in held)) and not conditional(token) \
            and not any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return "Claim"  # (a named actor or a body warned, "warned the army of a new offensive", or a
        # condition, "of retaliatory steps if it joins", threatens)
    told = any(names_body(w) for w in warned)  # a name, a pronoun or a body is told the warning
    for child in token.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and lemma_of(child) in lx.SPEECH_VERBS:
            if any(c.dep_ == "ccomp" and _threatening_clause(c) for c in child.children):
                return "Threaten"  # "warned, saying any attack would be met with force"
            continue  # "warned of a recession, saying ...": what the participle says is typed on its own
        if child.dep_ in ("dobj", "dative") and warned_that(token):
            continue  # "warned Argentina that its debt was unsustainable": what is said of it decides
        if child.dep_ in ("dobj", "dative", "xcomp", "advcl"):
            return "Threaten"
        if child.dep_ == "ccomp" and (
            _threatening_clause(child) or costs.cost_had_for(child, told=told)
            or (told and costs.menaces_told(child, warned))
        ):
            return "Threaten"  # "warned that it would retaliate", "that Ukraine would be punished"
    return "Claim"


def _threatening_clause(clause: Token) -> bool:
    """What a warning's that-clause says that threatens whoever it is told to or about: an act to come,
    a cost, force to be done ("that Ukraine would be punished", "that any incursion would be repelled"), a
    response announced ("that further provocations would not go unanswered") or an act classed as one of
    war ("that it would be treated as a declaration of war")."""
    return (
        costs.warned_act(clause, actor_like) or force_passives.warned_force(clause)
        or force_passives.agentless_force(clause) or force_passives.announced_response(clause)
    )


# people at large, whom a warning advises rather than threatens: "warned residents to evacuate"
_PUBLIC = frozenset(
    "citizen resident national traveller traveler tourist people civilian villager inhabitant passenger "
    "visitor public motorist shopper consumer parent".split()
)


def _public(warned: Token) -> bool:
    """The public or a people's nationals ("Americans", "British citizens"), not a state, a body or a named
    group."""
    return lemma_of(warned) in _PUBLIC or (warned.ent_type_ == "NORP" and warned.tag_ in ("NNS", "NNPS"))


def _advice(verb: Token) -> bool:
    """A warning that tells its hearers what to do or not to do: "to leave", "against travelling"."""
    return any(
        (c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        or (c.dep_ == "prep" and c.lower_ == "against" and any(p.tag_ == "VBG" for p in c.children))
        for c in [*verb.children, *(g for o in verb.children if o.dep_ in ("dobj", "dative") for g in o.children)]
    )


def warned_that(verb: Token) -> bool:
    """ "warned X that ...": a warning told to someone with a clause of its own, whose content says
    whether a cost is held over anyone ("that it would pay a heavy price") or a forecast is told to them
    ("warned Argentina that its debt was unsustainable", "warned residents that the storm could ...")."""
    return any(c.dep_ == "ccomp" and not trailing_frame(c) for c in verb.children)


# what is said of a matter, which disputing denies: "disputed the findings / the figures / his account"
_FINDINGS = frozenset("finding figure account version conclusion assessment characterisation characterization".split())


def verb_cue(token: Token, lemma: str) -> Cue | None:
    """The cue `token` (a verb of lemma `lemma`) states, if any, typed by what it governs."""
    if token.pos_ == "AUX" or refusals.asks_anonymity(token):
        return None  # "(who) asked not to be named", "declined to be identified": a source's terms
    # particles before prepositions ("called off the protests on Sunday"); a date is never what is called on
    children = list(token.children)  # each access of `token.children` builds its tokens anew
    particles = [
        c.lower_ for c in children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in lx.PARTICLE_ADVERBS)
        or (c.dep_ in ("intj", "dobj") and c.lower_ == "no")  # "said no to the proposal"
    ] + [
        c.lower_
        for c in children
        if c.dep_ == "prep" and not any(g.ent_type_ in ("DATE", "TIME") and not working_time(g) for g in c.children)
    ] + ["for" for c in for_clauses(token)]  # "called for the president to resign", parsed as a clause
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    object_lemmas = {lemma_of(o) for o in objects}
    if wishes.would_like(token):
        return Cue(token, "Aim", "verb")  # "would like Serbia to normalise relations" (graph/extract/wishes.py)
    if denied_charges.charge_noun(token) is not None:
        return Cue(token, "Deny", "denied-charge")  # "accused X of ..., a charge X has denied"
    if lemma == "pay" and costs.suffers_cost(token):
        return None  # "will pay a heavy price": a cost borne, never an offer (a threat when announced)
    if costs.held_to_answer(token):
        return Cue(token, "Threaten", "verb")  # "will hold Washington responsible for the consequences"
    if blame.blame_frame(token):
        return Cue(token, "Accuse", "blame")  # "held Iran responsible for", "pinned the blame on X"
    if blame.blamed_on_thing(token):
        return None  # "blamed the fire on faulty wiring": no one is accused
    if accusations.punished_for(token):
        return Cue(token, "Accuse", "verb")  # "fined the bank for misleading customers"
    if accusations.to_blame(token):
        return None  # "the rebels are to blame": the rebels are blamed (by a speaker, statements.py)
    if refusals.disowned_act(token):
        return Cue(token, "Reject", "disowning")  # "has no intention of joining the talks"
    if falsified_report(token) is not None:
        return Cue(token, "Deny", "verb")  # "called the reports baseless", "brushed off as lies reports ..."
    if leaves_office(token) and _intent(token) and not threats.conditional_act(token):
        # "said he would step down"; negated, a refusal (cue_candidates); "would resign if the bill passed"
        # is a protest held over an outcome, left to the report
        return Cue(token, "Offer", "intent")
    if handed_over(token) and _intent(token):
        # "said it would not extradite the suspect", "would never renounce the use of force", "will not hand
        # back the islands": giving up what another wants, offered (negated, refused: cue_candidates)
        return Cue(token, "Offer", "intent")
    if withdrawal(token) and _intent(token):
        # "said it would withdraw its troops from the border" offers; "... unless the rebels agree to a
        # truce" leaves the others on their own if they do not, a threat
        return Cue(token, "Threaten" if _unless_another(token) else "Offer", "intent")
    if threats.legal_escalation(token) and (_intent(token) or threats.conditional_act(token)):
        return Cue(token, "Threaten", "intent")  # "would take the case to the WTO if ...": legal action held over
    if threats.refuses_to_stand_by(token):
        return Cue(token, "Threaten", "intent")  # "will not stand idly by if Taiwan declares independence"
    if threat_conditions.threat_on_condition(token):
        return Cue(token, "Threaten", "intent")  # "will call off the talks unless X ...", "would be forced to"
    if refusals.left_agreement(token) is not None:
        return Cue(token, "Reject", "leaving")  # "withdrew from the grain deal", "quit the nuclear deal"
    if absences.refused_by_absence(token) is not None:
        return Cue(token, "Reject", "absence")  # "will not attend the summit", "ignored the ultimatum"

    def circumstantial() -> bool:  # "if inflation persists" coerces nobody; read only where it decides
        return threat_conditions.on_circumstances(token)

    if lemma in lx.PROPOSING_VERBS and object_lemmas & lx.PROPOSED_THINGS:
        return Cue(token, "Offer", "verb")  # "suggested a new round of talks", "floated a plan"
    for particle in particles:
        kind = lx.PHRASAL.get((lemma, particle))
        if kind == "Offer" and object_lemmas & lx.NOT_OFFERED:
            return None
        if kind == "Offer" and any(lx.NOUNS.get(o) not in (None, "Offer") for o in object_lemmas):
            return None  # "put forward demands for higher pay": the noun says what is put forward
        if kind is not None and lemma in lx.IDEA_REFUSING_VERBS and not object_lemmas & lx.REFUSED_IDEAS:
            return None  # "shot down a drone": only a proposal, a bid or a suggestion is refused so
        if (lemma, particle) == ("walk", "away") and not refusals.walked_away_from(token):
            return None  # "walked away from its principles", "from the crash": no deal or talks left
        charges = {lemma_of(o) for o in objects if not dues_claim(o)}  # not "turned down the pay claim"
        if kind == "Reject" and charges & lx.CLAIM_NOUNS - {"report", "story", "suggestion"}:
            return Cue(token, "Deny", "phrasal")  # "brushed off accusations of fraud", "shrugged off the allegations"
        if kind is not None:
            return Cue(token, kind, "phrasal")
    if lemma in lx.BETTERING_VERBS and _own_bid(objects):
        return Cue(token, "Offer", "bettering")  # "will improve its offer"; negated, a Reject (cue_candidates)
    for obj in object_lemmas:
        kind = lx.OBJECT_PHRASES.get((lemma, obj))
        if kind is not None and obj in lx.TIE_NOUNS and any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
            if _intent(token) or threats.conditional_act(token):
                return Cue(token, "Offer", "intent")  # "would normalise ties with Israel if ...": offered
            return None  # restoring ties is an act: "can normalize relations" describes a possibility
        if kind is not None:
            return Cue(token, kind, "object")
    if lemma in lx.RELAXING_VERBS and _own_objection(objects):
        return Cue(token, _yield_kind(token), "object")  # "lifted its objection to X"
    if lemma in lx.CONFESSING_VERBS and _owned_up(token, object_lemmas):
        return Cue(token, "Concede", "verb")  # "admitted that the offensive had stalled", "acknowledged defeat"
    if lemma in lx.SOFTENING_VERBS and _own_stand(objects):
        return Cue(token, _yield_kind(token), "object")  # "softened its stance on Taiwan", "toned down ..."
    if lemma in lx.RESISTING_VERBS and object_lemmas & lx.PRESSING_NOUNS:
        return Cue(token, "Reject", "verb")  # "resisted pressure from the president to cut rates"
    if lemma in lx.RELAXING_VERBS and object_lemmas & lx.RESTRICTION_NOUNS:
        # "lifted the curfew" concedes; "said it would lift the curfew" states an intent to (CAMEO 035)
        return Cue(token, _yield_kind(token), "object")
    if lemma in lx.CALLING_VERBS and rejected_by_calling(token) is not None:
        return Cue(token, "Reject", "verb")  # "called the proposal unacceptable"
    if (verdict := verdicts.verdict_cue(token)) is not None:
        return Cue(token, verdict, "verdict")  # "called the strikes a breach of the truce", "the plan unfair"
    if lemma in lx.PUSHING_VERBS and objects and _asks_to(token):
        return Cue(token, "Demand", "verb")  # "pushed Israel to allow more aid"
    if concession_deed(token):
        if not _intent(token):
            return Cue(token, "Concede", "deed")  # "released 3,000 prisoners" (graph/extract/deeds.py)
        # "would lay down their arms if the government guaranteed an amnesty", "will release the prisoners":
        # a concession stated as an intent offers it (CAMEO 03); "... unless X" threatens to withhold it
        return Cue(token, "Threaten" if _unless_another(token) else "Offer", "intent")
    if threats.threatened_under_condition(token) and not circumstantial():
        return Cue(token, "Threaten", "intent")  # "may suspend its mediation unless", "will strike X if"
    if refusals.refused_by_deed(token):
        return Cue(token, "Reject", "verb")  # "blocked the resolution", "will appeal the verdict"
    if refusals.walked_out_of(token) is not None:
        return Cue(token, "Reject", "walkout")  # "walked out of the talks"
    if (
        collective_actions.collective_action(token)
        and collective_actions.by_many(token)
        and not circumstantial()
        and threats.conditional_act(token)
    ):
        return Cue(token, "Threaten", "intent")  # "pilots will walk out unless ...", "would walk out from Monday"
    if lemma in ("hold", "put", "hand", "call", "give", "walk", "step", "turn", "rule", "push"):
        if lemma == "give" and _intent(token):
            return Cue(token, "Offer", "intent")
        future = any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in token.children)
        if lemma == "hold" and object_lemmas & lx.TALK_NOUNS and is_negated(token) and future:
            return Cue(token, "Offer", "intent")  # "will not hold talks": a refusal (typed so by polarity)
        return None  # only as phrasal verbs
    if vows.persists_until(token):
        return Cue(token, "Threaten", "verb")  # "we will not stop until Hamas is defeated"
    if vows.fights_on_until(token) and not under_speech(token):
        return Cue(token, "Threaten", "verb")  # "the army will keep fighting until the rebels surrender"
    relief = lemma in lx.CUTTING_VERBS and bool(object_lemmas & lx.BENEFIT_CUTS)  # "might cut rates if"
    if threats.halted_hostilities(token) and not is_negated(token) and (
        _intent(token) or threats.conditional_act(token)
    ):
        # "would halt its offensive once Hamas freed the hostages", "will stop the attacks when the war
        # ends": a halt of its own force offered; "... unless X" holds the force over X
        return Cue(token, "Threaten" if _unless_another(token) else "Offer", "intent")
    if (
        lemma in lx.INTENT_COERCIVE
        and not relief
        and not circumstantial()
        and (_intent(token) or threats.conditional_act(token))
    ):
        return Cue(token, "Threaten", "intent")
    if (
        (threats.forceful(token) or _resumed_force(lemma, object_lemmas))
        and not circumstantial()
        and not threat_conditions.policy_purpose(token)  # "will take decisive action to curb inflation"
        and (_intent(token) or threats.conditional_act(token))
    ):
        # "will take all necessary steps", "will extend the curfew", "will resume the fighting unless"
        return Cue(token, "Threaten", "intent")
    if threats.forceful_response(token) or threats.reserved_force(token):
        return Cue(token, "Threaten", "verb")  # "will respond with full force", "reserves the right to respond"
    if lemma == "commit" and "to" in particles:
        return Cue(token, "Offer", "phrasal")
    if vows.promised_force(token):  # "promised a crushing response": a promise of force
        return Cue(token, "Threaten", "verb")
    if lemma == "dispute" and object_lemmas & (lx.CLAIM_NOUNS | _FINDINGS):
        return Cue(token, "Deny", "verb")  # "disputed the regulator's findings", "disputed claims that ..."
    if lemma == "dispute" and object_lemmas & lx.RECOGNISED_OUTCOMES:
        return Cue(token, "Reject", "verb")  # "disputed the election results": the outcome is not accepted
    if lemma in lx.RECOGNIZING_VERBS:  # "never recognised Kosovo's independence"
        if object_lemmas & lx.RECOGNISED_OUTCOMES:
            return Cue(token, "Agree", "verb")  # "did not recognise the ruling": refuses the outcome
        recognised = (
            object_lemmas & lx.RECOGNITION_OBJECTS
            or any(o.ent_type_ in ("GPE", "ORG") for o in objects)
            # "recognise the occupied regions as Russian": a status claimed
            or (objects and any(c.dep_ == "prep" and c.lower_ == "as" for c in children))
        )
        if not recognised and threats.conditional_act(token):
            return Cue(token, "Offer", "intent")  # "would recognise the licence plates if Kosovo ...": offered
        return Cue(token, "Support", "verb") if recognised else None
    if (faulting := criticism.criticism_kind(token, lemma, particles)) is not None:
        return Cue(token, faulting, "verb")  # "lambasted the governor", "attacked him for ..."
    if lemma in lx.REGRETTING_VERBS and object_lemmas & lx.REGRETTED_ACTS:
        return Cue(token, "Oppose", "verb")  # "deeply regrets the decision to expel its diplomats"
    kind = lx.VERBS.get(lemma)
    if kind == "Agree" and lemma in ("adopt", "approve") and any(costs.imposed_penalty(o) for o in objects):
        return None  # "adopted its 16th package of sanctions against Russia": a penalty laid, no agreement
    if kind in ("Support", "Oppose") and objects and all(o.lower_ in lx.REFLEXIVE_PRONOUNS for o in objects):
        return None  # "Israel has the right to defend itself": no one else is backed
    if lemma in lx.DEFENDING_VERBS and _fought_for(token, objects):
        return None  # "defended the border", "Kyiv's forces defended Bakhmut until May": fighting, not backing
    if (
        lemma in lx.ADMITTING_VERBS
        and object_lemmas
        and object_lemmas <= lx.ADMITTED_PEOPLE
        and not _intent(token)
        and not is_negated(token)
    ):
        return None  # "had accepted 11,000 refugees": people taken in ("will not accept more" refuses)
    if lemma in lx.OATH_VERBS and not _intent(token) and _sworn_fact(token):
        return None  # "swore that she had seen the car": an oath about a fact (the speech Claim covers it)
    if lemma in lx.PROMISE_VERBS and any(
        c.dep_ in ("ccomp", "xcomp") and (leaves_office(c) or withdrawal(c) or vows.vowed_refusal(c)) for c in children
    ):
        # "vowed he would never step down", "vowed never to recognise the region", "swore he would never
        # accept the plan": the act vowed or refused is the stance
        return None
    if lemma in lx.OATH_VERBS and vows.vowed_benefit(token):
        return Cue(token, "Offer", "verb")  # "vowed to rebuild the schools": a promise
    if lemma in lx.SPEECH_VERBS and any(
        c.dep_ == "ccomp"
        and (
            costs.existential_cost(c)
            or costs.announced_cost(c)
            or costs.legitimate_target(c)
            or costs.options_open(c)
            or costs.measure_on_condition(c)
            or force_passives.agentless_force(c)
            or force_passives.announced_response(c)
            or vows.force_goes_on(c)
            or vows.fights_on_until(c)
            or collective_actions.resumed_action(c)  # "said strikes would resume unless ..."
        )
        for c in token.children
    ):  # "said there would be consequences for Moscow", "said Iran will face serious consequences if ...",
        # "said the tariffs would take effect unless Canada ...",
        # "said any vessel entering the zone will be fired upon", "said the war would go on until ..."
        return Cue(token, "Threaten", "verb")
    if lemma in lx.WARNING_VERBS:
        kind = _warning_kind(token)
        if kind == "Claim":
            return None  # a reported prediction: the speech-verb Claim covers it
    asserted = {lemma_of(o) for o in objects if not dues_claim(o)}  # "rejected the pay claim": a demand refused
    if kind == "Reject" and (asserted & lx.CLAIM_NOUNS or dismissed_report(token) is not None):
        return Cue(token, "Deny", "verb")  # "rejected the accusation", "dismissed the allegations"
    if lemma in lx.AGREEING_SUPPORT and object_lemmas & lx.PROPOSAL_NOUNS:
        return Cue(token, "Agree", "verb")
    if kind == "Reject" and refusals.withholds_comment(token):
        return None  # "declined to comment", "declined to say whether ...": no stance
    if lemma == "order" and object_lemmas & lx.ORDERED_ACTS:
        return Cue(token, "Demand", "verb")  # "ordered the evacuation of the towns"
    if lemma in COERCING_VERBS and is_negated(token) and any(c.dep_ == "auxpass" for c in children) and any(
        c.dep_ == "nsubjpass" and names_holder(c) for c in children
    ) or (lemma in COERCING_VERBS and _defied_after(token)):
        return Cue(token, "Reject", "defiance")  # "Britain will not be blackmailed by the threat of tariffs"
    recalled = lemma in RECALLING_VERBS and object_lemmas & lx.ENVOY_NOUNS
    if recalled and (_intent(token) or threats.conditional_act(token)):
        return Cue(token, "Threaten", "intent")  # "would recall its ambassador if no apology came": ties cut
    if lemma in AIMING_VERBS and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in children
    ):
        return Cue(token, "Aim", "verb")  # "is looking to raise 200 million dollars", "is bidding to host"
    if lemma == "deny" and _denied_someone(token):
        return Cue(token, "Reject", "verb")  # "was denied entry by border guards", "denied him a visa": refused
    if lemma == "dismiss" and objects and all(_staff(o) for o in objects):
        return None  # "dismissed 300 pilots", "dismissed the army chief": fired, nothing rejected
    if lemma == "sign" and object_lemmas & SIGNED_WRITINGS:
        return None  # "signed a petition calling for ...": authors it, the petition's call is the stance
    if lemma == "plan" and not _asks_to(token):
        return None  # "planned the attack" states no intent of its own; "plans to raise taxes" does
    if lemma == "tell" and _told_to(token):
        return Cue(token, "Demand", "verb")  # "told protesters to leave": an order
    if lemma in lx.ASKING_VERBS and not any(
        c.dep_ == "xcomp"
        or (c.dep_ == "ccomp" and not asks_whether(c) and not question_clause(c))
        or (c.dep_ == "prep" and c.lower_ == "for")
        or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in token.children
    ):
        return None  # "asked a question", "asked whether ...", "pleaded guilty", "ordered 50 jets" ask nothing
    if lemma in lx.ASSERTING_DEMAND_VERBS and _asserts_fact(token):
        return None  # "insisted that the deal was dead": a statement (the speech-verb Claim covers it)
    if kind is not None:
        return Cue(token, kind, "verb")
    if circumstantial() and object_lemmas & threats.MEASURE_NOUNS:
        return None  # "will consider stronger measures if inflation persists": a contingency, no offer
    if lemma in lx.INTENT_COOPERATIVE and threats.conditional_act(token) and not object_lemmas & FORCE_OBJECTS:
        return Cue(token, "Offer", "intent")  # "could resume talks if the strikes stop": an offer on terms
    if lemma in lx.INTENT_COOPERATIVE | lx.INTENT_COERCIVE and _intent(token):
        coercive = lemma in lx.INTENT_COERCIVE
        return Cue(token, "Threaten" if coercive else "Offer", "intent")
    return None


def _defied_after(verb: Token) -> bool:
    """ "(we are) not going to be bullied into ...", "(Kyiv) refuses to be pushed into ...": a passive of
    coercion as the infinitive of a negated "going to" or of a refusal, whose subject is the head's."""
    head = verb.head
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    refused = head.lemma_.lower() in ("refuse", "decline") or (head.lower_ == "going" and is_negated(head))
    return refused and any(c.dep_ == "nsubj" and names_holder(c) for c in head.children)


# envoys called home or sent away, cutting ties: "would recall its ambassador", "will expel the envoy"
RECALLING_VERBS = frozenset("recall withdraw".split())
# verbs that pursue a goal with a to-infinitive: "looking to raise", "bidding to host"
AIMING_VERBS = frozenset("look bid".split())
# coercion one refuses to yield to when one "will not be" subjected to it: "will not be intimidated"
COERCING_VERBS = frozenset(
    "blackmail intimidate coerce bully pressure pressurise pressurize cow threaten force push rush railroad "
    "bounce drag sway".split()
)
# what one denies someone, refusing it: "denied him entry", "was denied a visa"
_GRANTED = frozenset("entry access visa permission passage request right asylum bail leave landing".split())


def _denied_someone(verb: Token) -> bool:
    """ "was denied entry to Georgia", "denied the journalists access", "denied him a visa", "denied bail to
    the activist": a thing denied to someone, which refuses it (denying a charge is a Deny)."""
    return denied_thing(verb) is not None


def denied_thing(verb: Token) -> Token | None:
    """What "deny" refuses someone (see `_denied_someone`), or None."""
    if lemma_of(verb) != "deny":
        return None
    children = list(verb.children)
    kept = next((c for c in children if c.dep_ == "dobj" and lemma_of(c) in _GRANTED), None)
    to_someone = any(c.dep_ in ("dative", "nsubjpass") for c in children) or any(
        (c.dep_ == "dobj" and (kept is None or c.i != kept.i) and names_holder(c))
        or (c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pobj" and names_holder(p) for p in c.children))
        for c in children
    )
    return kept if to_someone else None


# people and bodies one can dismiss from their posts ("dismissed the critics" rebuffs them)
_STAFF = frozenset(
    "employee worker pilot staff staffer official officer minister chief commander general head director judge "
    "prosecutor teacher nurse doctor soldier governor mayor ambassador envoy aide adviser advisor manager "
    "executive cabinet government crew coach secretary deputy spokesman spokeswoman".split()
)


def _staff(noun: Token) -> bool:
    """People one can dismiss from a post: "300 pilots", "the army chief", "Gen. Ahmed"."""
    return lemma_of(noun) in _STAFF or noun.ent_type_ == "PERSON"


def _fought_for(verb: Token, objects: list[Token]) -> bool:
    """Ground defended: a noun of ground ("the border", "the city"), or a place by name defended by armed
    men ("the garrison defended Bakhmut", which the recogniser may not know); "the army defended its
    decision / the strikes" speaks for an act."""
    if not objects:
        return False
    if all(lemma_of(o) in lx.DEFENDED_GROUND for o in objects):
        return True
    armed = any(c.dep_ == "nsubj" and lemma_of(c) in lx.ARMED_DEFENDERS for c in verb.children)
    return armed and all(o.pos_ == "PROPN" and o.ent_type_ not in ("PERSON", "NORP") for o in objects)


def _yield_kind(verb: Token) -> str:
    """A relaxing verb's type: done, a Concede; stated as an intent, an Offer (CAMEO 035); refused ("won't
    lift the ban unless ..."), a Concede not made, which graph/extract/cue_candidates.py types further; an
    infinitive of a plan ("has plans to lift the sanctions") is an intent, not the deed done."""
    planned = verb.dep_ == "acl" and not performed(verb) and lemma_of(verb.head) in ("plan", "intention", "intent")
    return "Offer" if (_intent(verb) or planned) and not is_negated(verb) else "Concede"


def _goes_on_with(verb: Token) -> bool:
    """ "will continue to (provide ...)": an aspectual verb to come, whose infinitive is the intent."""
    return lemma_of(verb) == "continue" and any(
        c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in verb.children
    ) and any(c.dep_ == "nsubj" for c in verb.children)


def _own_objection(objects: list[Token]) -> bool:
    """ "its objection", "his veto", "their opposition": an objection the holder made (a possessive
    pronoun or none: "dropped the veto"; "lifted Hungary's veto" is another's)."""
    return any(
        lemma_of(o) in lx.OBJECTION_NOUNS and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in o.children)
        for o in objects
    )


def _owned_up(verb: Token, object_lemmas: set[str]) -> bool:
    """ "admitted that X had failed": a that-clause of what went wrong or was lost (a clause with its own
    subject, not "admitted to reporters"), or a fault owned ("acknowledged defeat", "admitted mistakes")."""
    if object_lemmas & lx.OWNED_FAULTS:
        return True
    return any(
        c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) and not asks_whether(c)
        for c in verb.children
    )


def _own_stand(objects: list[Token]) -> bool:
    """ "its stance", "his rhetoric", "their demands": a stand the holder takes (a possessive pronoun or
    none; "softened Hungary's stance" is another's doing)."""
    return any(
        lemma_of(o) in lx.HELD_STANDS and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in o.children)
        for o in objects
    )


def _unless_another(verb: Token) -> bool:
    """ "... unless the rebels agree": an "unless" clause whose subject names an actor."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        and any(s.dep_ in ("nsubj", "nsubjpass") and names_holder(s) for s in c.children)
        for c in verb.children
    )


def _resumed_force(lemma: str, object_lemmas: set[str]) -> bool:
    """ "will resume the fighting", "could restart the attacks": a cooperative-looking verb of force."""
    return lemma in lx.INTENT_COOPERATIVE and bool(object_lemmas & FORCE_OBJECTS)


def _asserts_fact(verb: Token) -> bool:
    """ "insisted that the talks were going well": a that-clause in the indicative and nothing asked
    "on" or "to" (graph/extract/mandative.py)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    asks = any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "on") for c in verb.children)
    return bool(clauses) and not asks and all(mandative.indicative(c) for c in clauses)


def _sworn_fact(verb: Token) -> bool:
    """An oath's that-clause with no future in it: "swore that she had seen ..."."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(
        a.dep_ == "aux" and a.lower_ in lx.FUTURE_MODALS for c in clauses for a in c.children
    )


def _asks_to(verb: Token) -> bool:
    """A to-infinitive of what is asked ("pushed X to allow ..."), however the parser attaches it."""
    return any(
        c.dep_ in ("xcomp", "ccomp")
        or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in verb.children
    )


def _told_to(verb: Token) -> bool:
    """ "told X to ...", "X was told by Y to ...": a person told and a to-infinitive to do."""
    return any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in verb.children) and any(
        c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _intent(token: Token) -> bool:
    """ "X will give ...", "said they would boycott ...", "promised to release ...": a stated intent."""
    if token.dep_ in ("relcl", "acl", "amod", "pcomp", "advcl", "csubj"):
        return False
    shared = token.dep_ == "conj" and any(c.dep_ == "nsubj" for c in token.head.children)  # "... and would not"
    if not any(c.dep_ == "nsubj" for c in token.children) and token.dep_ != "xcomp" and not shared:
        return False
    if token.dep_ == "xcomp":  # "promised to", "would be forced to", "would continue to provide"
        return lemma_of(token.head) in lx.PROMISE_VERBS or threats.compelled(token.head) or _goes_on_with(token.head) \
            or _going_to(token.head)  # "was (not) going to withdraw": the future of "be going to"
    # headline style "Iran to free detained sailors": a root infinitive with a subject announces an intent
    headline = token.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if not headline and not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in token.children):
        return False
    # "X will meet Y on Monday" in a reporter's voice is a schedule; "X said it would meet Y" an intent, and
    # so is "will not meet the pilots' demands", which no calendar holds
    met_demand = any(c.dep_ == "dobj" and lemma_of(c) in lx.MET_DEMANDS for c in token.children)
    return lemma_of(token) not in lx.SCHEDULE_VERBS or under_speech(token) or met_demand


def _going_to(verb: Token) -> bool:
    """ "is going to", "was not going to": "go" in the progressive with an infinitive, a future."""
    return verb.lower_ == "going" and any(c.dep_ == "aux" and lemma_of(c) == "be" for c in verb.children)


def _own_bid(objects: list[Token]) -> bool:
    """ "its offer", "the company's 4% bid", "our proposal": a bid the holder made, which "improve" or
    "raise" betters ("raised the proposal at the meeting" brings one up, and has no possessor)."""
    return any(o.lemma_.lower() in lx.BID_NOUNS and any(c.dep_ == "poss" for c in o.children) for o in objects)
