"""Truces declared (PLOVER CONCEDE, CAMEO 08: de-escalation): the actor stops its own fighting.

"the rebels declared a unilateral ceasefire", "the army announced a three-day truce for the holiday",
"the group called a truce", "Hamas declared a humanitarian pause", "the government proclaimed a moratorium
on executions", "announced a halt to its air strikes": declaring a truce or a pause in one's own force or
punishment yields ground, so it is a Concede stance of the one who declares it (a stated intent, "will
declare a truce", is an Offer). A truce is the declarer's own only when no one else is named as its
parties: "Qatar announced a ceasefire between Israel and Hamas" reports a mediation, not a concession.
A pause, halt or moratorium gives ground only when it stops an act of force or punishment ("a pause in
the fighting", "a moratorium on executions") or is humanitarian; "a pause in the talks" or "a halt to aid"
stops no force, and "announced a new offensive" declares no truce at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.deeds import performed

# verbs that put a truce into force by saying so: "declared / announced / proclaimed / called a truce"
DECLARING_VERBS = frozenset("declare announce proclaim call".split())
# truces by their very name
TRUCE_NOUNS = frozenset("ceasefire cease-fire truce armistice".split())
# stops that are truces when what they stop is force or punishment: "a pause in the fighting"
PAUSE_NOUNS = frozenset("pause halt moratorium suspension lull freeze".split())
# acts of force or punishment a pause can stop (CAMEO 18-20 and the death penalty)
HALTED_ACTS = frozenset(
    "fighting hostility hostilities attack strike airstrike bombing bombardment shelling offensive operation "
    "raid assault fire execution hanging penalty deportation eviction demolition test testing".split()
)
# the prepositions that name what a pause stops: "a pause in", "a halt to", "a moratorium on"
HALT_PREPS = frozenset("in to on of".split())
# a pause qualified so is a truce whatever it stops: "a humanitarian pause"
TRUCE_QUALIFIERS = frozenset("humanitarian".split())


def declared_truce(verb: Token) -> Token | None:
    """The truce the verb declares ("a unilateral ceasefire" of "declared a unilateral ceasefire"), or None.

    Not a to-infinitive ("pressure to declare a truce" asks for one; graph/extract/deeds.performed),
    nor a truce between others ("announced a ceasefire between Israel and Hamas")."""
    if verb.lemma_.lower() not in DECLARING_VERBS or not performed(verb):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in verb.children):
        return None  # "announced a truce between the factions": the parser may hang "between" on the verb
    if any(c.dep_ in ("oprd", "acomp") or (c.dep_ == "prep" and _ended(c)) for c in verb.children):
        return None  # "declared the truce over / at an end": the truce is ended, not declared
    return next((o for o in verb.children if o.dep_ in ("dobj", "nsubjpass") and truce(o)), None)


def truce(noun: Token) -> bool:
    """ "a ceasefire", "a humanitarian pause", "a pause in the fighting", "a moratorium on executions",
    "a bombing halt"; not a truce between others ("a ceasefire between the two armies")."""
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
        return False
    word = noun.lemma_.lower()
    if word in TRUCE_NOUNS:
        return True
    if word == "fire" and any(c.dep_ == "compound" and c.lower_ == "cease" for c in noun.children):
        return True  # "cease-fire", which the tokenizer splits
    if word not in PAUSE_NOUNS:
        return False
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    if any(m.lemma_.lower() in TRUCE_QUALIFIERS | HALTED_ACTS for m in modifiers):
        return True  # "a humanitarian pause", "a bombing halt"
    return any(
        prep.dep_ == "prep" and prep.lower_ in HALT_PREPS and any(_halted_act(p) for p in prep.children)
        for prep in noun.children
    )


def _ended(prep: Token) -> bool:
    """ "at an end": what the verb declares is over."""
    return prep.lower_ == "at" and any(p.dep_ == "pobj" and p.lemma_.lower() == "end" for p in prep.children)


def _halted_act(noun: Token) -> bool:
    """ "the fighting", "executions", "air strikes", "attacks on energy infrastructure": force stopped."""
    return noun.dep_ in ("pobj", "pcomp") and noun.lemma_.lower() in HALTED_ACTS
