"""Verb cues: which stance type a verb states, read from its particles, objects and complements.

A verb of graph/extract/lexicon.py proposes a type; what it governs confirms, changes or cancels it
("called off the protests" concedes, "rejected the accusation" denies, "asked a question" asks
nothing, "will boycott" threatens). Nouns and adjectives are found in graph/extract/cues/finding.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract import threats, vows
from graph.extract.cues.tokens import Cue, actor_like, lemma_of
from graph.extract.deeds import concession_deed
from graph.extract.denials import dismissed_report, falsified_report
from graph.extract.modality import is_negated, under_speech


def _warning_kind(token: Token) -> str:
    """ "warned that it would retaliate", "warned X", "warned of consequences" threaten; "warned that
    prices would rise" only states a prediction (a Claim)."""
    for child in token.children:
        if child.dep_ in ("dobj", "dative", "xcomp", "advcl"):
            return "Threaten"
        if child.dep_ == "prep" and child.lower_ in ("of", "against", "about"):
            if any(lemma_of(p) in lx.COST_NOUNS for p in child.children if p.dep_ in ("pobj", "pcomp")):
                return "Threaten"
        if child.dep_ == "ccomp" and threats.warned_act(child, actor_like):
            return "Threaten"  # "warned that it would retaliate" (graph/extract/threats.py)
    return "Claim"


def verb_cue(token: Token, lemma: str) -> Cue | None:
    """The cue `token` (a verb of lemma `lemma`) states, if any, typed by what it governs."""
    if token.pos_ == "AUX":
        return None
    # particles before prepositions ("called off the protests on Sunday"); a date is never what is called on
    particles = [
        c.lower_ for c in token.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in lx.PARTICLE_ADVERBS)
    ] + [
        c.lower_
        for c in token.children
        if c.dep_ == "prep" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
    ]
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    object_lemmas = {lemma_of(o) for o in objects}
    if falsified_report(token) is not None:
        return Cue(token, "Deny", "verb")  # "called the reports baseless", "brushed off as lies reports ..."
    for particle in particles:
        kind = lx.PHRASAL.get((lemma, particle))
        if kind == "Offer" and object_lemmas & lx.NOT_OFFERED:
            return None
        if kind is not None:
            return Cue(token, kind, "phrasal")
    for obj in object_lemmas:
        kind = lx.OBJECT_PHRASES.get((lemma, obj))
        if (
            kind is not None
            and obj in lx.TIE_NOUNS
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)
        ):
            return None  # restoring ties is an act: "can normalize relations" describes a possibility
        if kind is not None:
            return Cue(token, kind, "object")
    if lemma in lx.RELAXING_VERBS and object_lemmas & lx.RESTRICTION_NOUNS:
        return Cue(token, "Concede", "object")
    if lemma in lx.CALLING_VERBS and _called_unacceptable(token):
        return Cue(token, "Reject", "verb")  # "called the proposal unacceptable"
    if lemma in lx.PUSHING_VERBS and objects and _asks_to(token):
        return Cue(token, "Demand", "verb")  # "pushed Israel to allow more aid"
    if concession_deed(token) and not _intent(token):
        return Cue(token, "Concede", "deed")  # "released 3,000 prisoners" (graph/extract/deeds.py)
    if lemma in ("hold", "put", "hand", "call", "give", "walk", "step", "turn", "rule", "push"):
        if lemma == "give" and _intent(token):
            return Cue(token, "Offer", "intent")
        future = any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in token.children)
        if lemma == "hold" and object_lemmas & lx.TALK_NOUNS and is_negated(token) and future:
            return Cue(token, "Offer", "intent")  # "will not hold talks": a refusal (typed so by polarity)
        return None  # only as phrasal verbs
    if lemma in lx.INTENT_COERCIVE and (_intent(token) or threats.conditional_coercion(token)):
        return Cue(token, "Threaten", "intent")
    if threats.forceful(token) and (
        _intent(token) or threats.conditional_coercion(token)
    ):
        return Cue(token, "Threaten", "intent")  # "will take all necessary steps", "will extend the curfew"
    if threats.forceful_response(token) or threats.reserved_force(token):
        return Cue(token, "Threaten", "verb")  # "will respond with full force", "reserves the right to respond"
    if lemma == "commit" and "to" in particles:
        return Cue(token, "Offer", "phrasal")
    if vows.promised_force(token):  # "promised a crushing response": a promise of force
        return Cue(token, "Threaten", "verb")
    if lemma in lx.RECOGNIZING_VERBS:  # "never recognised Kosovo's independence"
        recognised = object_lemmas & lx.RECOGNITION_OBJECTS or any(o.ent_type_ in ("GPE", "ORG") for o in objects)
        return Cue(token, "Support", "verb") if recognised else None
    kind = lx.VERBS.get(lemma)
    if lemma in lx.OATH_VERBS and not _intent(token) and _sworn_fact(token):
        return None  # "swore that she had seen the car": an oath about a fact (the speech Claim covers it)
    if lemma in lx.OATH_VERBS and vows.vowed_benefit(token):
        return Cue(token, "Offer", "verb")  # "vowed to rebuild the schools": a promise
    if lemma in lx.WARNING_VERBS:
        kind = _warning_kind(token)
        if kind == "Claim":
            return None  # a reported prediction: the speech-verb Claim covers it
    if kind == "Reject" and (object_lemmas & lx.CLAIM_NOUNS or dismissed_report(token) is not None):
        return Cue(token, "Deny", "verb")  # "rejected the accusation", "dismissed the allegations"
    if lemma in lx.AGREEING_SUPPORT and object_lemmas & lx.PROPOSAL_NOUNS:
        return Cue(token, "Agree", "verb")
    if kind in ("Reject",) and any(c.dep_ == "xcomp" and c.lemma_ == "comment" for c in token.children):
        return None  # "declined to comment" takes no stance
    if lemma == "order" and object_lemmas & lx.ORDERED_ACTS:
        return Cue(token, "Demand", "verb")  # "ordered the evacuation of the towns"
    if lemma == "plan" and not _asks_to(token):
        return None  # "planned the attack" states no intent of its own; "plans to raise taxes" does
    if lemma == "tell" and _told_to(token):
        return Cue(token, "Demand", "verb")  # "told protesters to leave": an order
    if lemma in lx.ASKING_VERBS and not any(
        c.dep_ in ("xcomp", "ccomp")
        or (c.dep_ == "prep" and c.lower_ == "for")
        or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in token.children
    ):
        return None  # "asked a question", "pleaded guilty", "ordered 50 jets" ask nothing of anyone
    if kind is not None:
        return Cue(token, kind, "verb")
    if lemma in lx.INTENT_COOPERATIVE | lx.INTENT_COERCIVE and _intent(token):
        coercive = lemma in lx.INTENT_COERCIVE
        return Cue(token, "Threaten" if coercive else "Offer", "intent")
    return None


def _sworn_fact(verb: Token) -> bool:
    """An oath's that-clause with no future in it: "swore that she had seen ..."."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(
        a.dep_ == "aux" and a.lower_ in lx.FUTURE_MODALS for c in clauses for a in c.children
    )


def _called_unacceptable(verb: Token) -> bool:
    """ "called / deemed the plan unacceptable", "branded it a non-starter": the object is rejected."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")
        and (c.lower_ in lx.REJECTING_ADJECTIVES or c.lower_ in lx.REJECTING_NOUNS)
        for c in verb.children
    )


def _asks_to(verb: Token) -> bool:
    """A to-infinitive of what is asked ("pushed X to allow ..."), however the parser attaches it."""
    return any(
        c.dep_ in ("xcomp", "ccomp")
        or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in verb.children
    )


def _told_to(verb: Token) -> bool:
    """ "told X to ...": a person told and a to-infinitive to do."""
    return any(c.dep_ in ("dobj", "dative") for c in verb.children) and any(
        c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _intent(token: Token) -> bool:
    """ "X will give ...", "said they would boycott ...", "promised to release ...": a stated intent."""
    if token.dep_ in ("relcl", "acl", "amod", "pcomp", "advcl", "csubj"):
        return False
    if not any(c.dep_ == "nsubj" for c in token.children) and token.dep_ != "xcomp":
        return False
    if token.dep_ == "xcomp":
        return lemma_of(token.head) in lx.PROMISE_VERBS
    # headline style "Iran to free detained sailors": a root infinitive with a subject announces an intent
    headline = token.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if not headline and not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in token.children):
        return False
    # "X will meet Y on Monday" in a reporter's voice is a schedule; "X said it would meet Y" an intent
    return lemma_of(token) not in lx.SCHEDULE_VERBS or under_speech(token)
