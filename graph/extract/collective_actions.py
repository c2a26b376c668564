"""Collective actions threatened: strikes, walkouts, boycotts, mass resignations and blockades to come.

People who strike, walk out, resign en masse, boycott or block the roads do it by their own will, to press
a demand (CAMEO 13 threaten to protest, 14 protest), so announcing it under a condition threatens:
"the teachers will strike if the government cuts their pay", "pilots will walk out unless ...". A warning
of it threatens for the one who warns when it speaks for those who would act: "the pilots' union warned
that pilots would walk out if ...", "the union warned that 4,000 members would strike", "the farmers'
federation warned that farmers would block the motorways". A warning by an outsider ("the minister warned
that farmers would block the motorways") reports the others' threat and stays a Claim, and so does a
prediction of what people will undergo or of an outcome ("warned that farmers would go bankrupt",
"warned that prices would rise"): neither is an act of will.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx

# acts of will a body of people takes together to press a demand
ACTION_VERBS = frozenset("strike boycott resign quit block blockade picket occupy mutiny".split())
# the same acts as phrasal verbs or verb and object: "walk out", "stop work"
ACTION_PHRASES = frozenset({("walk", "out"), ("walk", "off"), ("stop", "work")})
# people the body that warns is made of: "(the union warned that) its / 4,000 members would strike"
MEMBERSHIP_NOUNS = frozenset("member staff employee affiliate".split())
# bodies that speak for the people who act and call their collective actions
LABOUR_BODIES = frozenset("union federation confederation association syndicate guild".split())
_QUANTITIES = frozenset("thousand hundred dozen million score".split())
VOCABULARY = ACTION_VERBS | {verb for verb, _ in ACTION_PHRASES}


def collective_action(verb: Token) -> bool:
    """ "strike", "resign (en masse)", "walk out", "down tools", "stop work", "block the motorways"."""
    word = verb.lemma_.lower()
    if word in ACTION_VERBS:
        return True
    companions = [
        c.lemma_.lower()
        for c in verb.children
        if c.dep_ in ("prt", "dobj", "xcomp") or (c.dep_ in ("advmod", "prep") and c.lower_ in ("out", "off"))
    ]
    return any((word, c) in ACTION_PHRASES for c in companions)


def by_many(verb: Token) -> bool:
    """Whether the act is taken together: a plural subject ("pilots", "they") or a body ("the union",
    "Verdi"); "he would resign if the bill passed" is one man's decision, no collective action."""
    return any(
        c.dep_ == "nsubj"
        and (
            c.tag_ in ("NNS", "NNPS")
            or c.lower_ in ("they", "we")
            or c.ent_type_ in ("ORG", "GPE", "NORP")
            or c.lemma_.lower() in lx.ACTOR_NOUNS
        )
        for c in verb.children
    )


def acting_people(subject: Token) -> Token | None:
    """The noun for people of a subject ("pilots", "4,000 members", "thousands of nurses"), or None."""
    noun = subject
    if noun.lemma_.lower() in _QUANTITIES or noun.pos_ == "NUM":
        counted = [p for prep in noun.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
        noun = counted[0] if counted else noun  # "thousands of nurses"
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in lx.HOLDER_NOUNS else None


def announced_action(verb: Token) -> bool:
    """ "(the teachers) will strike", "(pilots) would walk out": people's collective action to come."""
    return collective_action(verb) and any(
        c.dep_ == "nsubj" and acting_people(c) is not None for c in verb.children
    )


def warned_collective_action(clause: Token) -> bool:
    """Whether a warning's that-clause is a collective action to come of people the warner speaks for
    (see the module docstring)."""
    if not collective_action(clause) or not by_many(clause):
        return False
    # "would strike", and "could / might strike": a possibility held over the other side threatens too
    if not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS | lx.HYPOTHETICAL_MODALS | {"may"}
               for c in clause.children):
        return False
    people = [p for c in clause.children if c.dep_ == "nsubj" for p in [acting_people(c)] if p is not None]
    return any(_speaks_for(w, p) for p in people for w in _warners(clause.head))


def _warners(verb: Token) -> list[Token]:
    """The subject of the warning verb, or of the verb it is coordinated with ("the union put an offer ...
    and warned that ...")."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ != "conj":
            return subjects
        verb = verb.head
    return []


def _speaks_for(warner: Token, people: Token) -> bool:
    """ "the union" and "its / 4,000 members"; "the pilots' union" and "pilots"; a labour body and any
    people it would call out ("the union warned that workers would strike")."""
    if people.lemma_.lower() in MEMBERSHIP_NOUNS or warner.lemma_.lower() in LABOUR_BODIES:
        return True
    named_for = {c.lemma_.lower() for c in warner.children if c.dep_ in ("poss", "compound", "amod")}
    return people.lemma_.lower() in named_for


# actions a body of people calls, named as nouns: "strikes would resume", "the walkout will go ahead"
ACTION_NOUNS = frozenset("strike walkout stoppage boycott blockade protest picket sit-in occupation".split())
# going on, starting again or growing: "would resume", "will go ahead", "would escalate", "would be extended"
_RESUMING_VERBS = frozenset(
    "resume continue restart escalate intensify spread begin start extend widen expand broaden".split()
)
_MARKS = frozenset("if unless until".split())


def resumed_action(clause: Token) -> bool:
    """ "(the union said) strikes would resume unless the government reopened talks", "(warned that)
    walkouts would go ahead if ...": collective actions to come on a condition, a threat of the body that
    calls them (a labour body, or its leader: see `called_by`)."""
    if not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in clause.children):
        return False
    word = clause.lemma_.lower()
    going = word in _RESUMING_VERBS or (
        word == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("ahead", "on") for c in clause.children)
    )
    # "strikes would resume", or in the passive "the strike would be extended to Rotterdam"
    if not going or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ACTION_NOUNS for c in clause.children
    ):
        return False
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _MARKS for m in c.children) for c in clause.children
    ) and any(called_by(w) for w in _warners(clause.head))


def called_by(speaker: Token) -> bool:
    """A body that calls collective action, or its leader: "the union", "the pilots' union", "the union's
    leader", "protesters"."""
    word = speaker.lemma_.lower()
    if word in LABOUR_BODIES or word in lx.PROTESTER_NOUNS:
        return True
    return any(p.dep_ == "poss" and p.lemma_.lower() in LABOUR_BODIES for p in speaker.children)
