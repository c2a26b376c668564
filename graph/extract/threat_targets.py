"""Whom a threat is aimed at (CAMEO 13: the one threatened).

Best first: the subject of a passive threat ("Russia was threatened by X"), who is to bear the cost
("consequences for Moscow"), the one warned that they would pay a price, the subject of the threat's
condition ("if Moscow does not agree") or of the provocation it answers ("after the United States added
..."), the one a punitive act falls on ("will block Sweden's membership"), then the actor named in what the
threat is against ("retaliate against U.S. tariffs", "tariffs on Chinese goods", "a response to the EU's
sanctions").
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import blame
from graph.extract import lexicon as lx
from graph.extract.costs import (
    answered_act,
    held_to_answer,
    legitimate_target,
    lost_benefit,
    suffers_cost,
    warned_one,
)
from graph.extract.nominal import said_clause
from graph.extract.threats import (
    CONDITION_MARKS,
    CONDITIONAL_FORCE,
    FORCE_MEANS,
    FORCE_NOUNS,
    WITHDRAWING_VERBS,
    inverted_condition,
    lemma,
    named,
)

# subordinators of the provocation a threat answers: "vowed countermeasures after X added ..."
REACTIVE_MARKS = frozenset("after because since when".split())
# defences whose "from" names the one defended against: "to protect its citizens from Hezbollah"
SHIELDING_VERBS = frozenset("protect defend shield safeguard guard".split())
# verbs of moving something, whose "to" is a destination: "move its headquarters to Ireland"
# (and of extending something, whose "to" is where it reaches: "the strike would be extended to Antwerp")
MOVING_VERBS = frozenset(
    "move relocate transfer shift send take bring redeploy extend widen expand spread broaden refer".split()
)
# what a threat is aimed with: "retaliate against X", "tariffs on X", "hit back at X", "a response to X"
_AIMED_PREPS = frozenset("on against to with for at".split())


def _warned_above(cue: Token) -> list[list[int]]:
    """ "warned X against ..., threatening serious consequences": a participle of threat with no object
    of its own threatens the one the verb it explains warned or told."""
    if cue.dep_ != "advcl" or cue.tag_ != "VBG" or any(c.dep_ in ("dobj", "dative") and named(c) for c in cue.children):
        return []
    return [[c.i] for c in cue.head.children if c.dep_ in ("dobj", "dative") and named(c)]


def threat_targets(cue: Token) -> list[list[int]]:
    """Whom a threat is aimed at, best first: the subject of its condition, of the provocation it
    answers, then the actor named in what it is against ("against U.S. tariffs", "on Chinese goods",
    "to the EU's sanctions")."""
    groups = _threatened(cue) + _cost_bearers(cue) + _warned_above(cue)
    for verb in (cue, *(c for c in cue.children if c.dep_ == "xcomp")):  # "vowed to hold Israel accountable"
        if held_to_answer(verb):  # "will hold Washington responsible for the consequences": Washington
            groups.extend([p.i] for p in blame.accused(verb))
    # "warned that X would pay a price": X; "warned X ..., saying it would pay": X; "vowed to make Hezbollah pay"
    made = [g for x in cue.children if x.dep_ == "xcomp" and lemma(x) == "make" for g in x.children]
    for c in [*cue.children, *made]:
        if c.dep_ == "ccomp" and legitimate_target(c):  # "said Britain would be a legitimate target": Britain
            groups.extend(
                [t.i] for s in c.children if s.dep_ == "nsubj"
                for t in (s, *(m for m in s.children if m.dep_ in ("amod", "compound", "poss"))) if named(t)
            )
        if said_clause(c) and suffers_cost(c):
            for s in c.children:
                bearer = (s if s.pos_ != "PRON" else warned_one(s, c)) if s.dep_ in ("nsubj", "nsubjpass") else None
                if bearer is not None:
                    groups.append([bearer.i])
        if c.dep_ == "ccomp" and lost_benefit(c, named):  # "warned that it could cost Hungary its vote": Hungary
            groups.extend([s.i] for s in c.children if s.dep_ in ("dative", "iobj") and named(s))
    # "would be forced to", "stood ready to ... should Turkey send ...": the condition on the head
    raised = cue.dep_ in ("xcomp", "acomp")
    chain = _verb_chain(cue) | ({cue.head.i} if raised else set())
    top = cue.head if raised else cue
    clauses = [  # "warned of a response should NATO send troops" may parse the condition as a ccomp
        c
        for c in top.subtree
        if (c.dep_ == "advcl" or (c.dep_ == "ccomp" and inverted_condition(c))) and c.head.i in chain
    ]
    if cue.dep_ == "ccomp" and inverted_condition(cue.head):
        clauses.append(cue.head)  # "Turkey will launch ... should the militias refuse": parsed the other way
    triggers: set[int] = set()  # the acts a threat answers or waits for
    for clause in clauses:
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if marks & (CONDITION_MARKS | REACTIVE_MARKS) or inverted_condition(clause):
            triggers.update(t.i for t in clause.subtree)
            groups.extend(
                [s.i]
                for s in clause.children
                # a passive's common-noun subject is acted upon ("unless the businessmen were removed")
                if (s.dep_ in ("nsubj", "nsubjpass") and named(s)) or (s.dep_ == "nsubj" and lemma(s) in lx.ACTOR_NOUNS)
                # "if Pakistan attacks", "should the militias attack" misparsed as a noun with a compound
                or (s.dep_ == "compound" and clause.pos_ == "NOUN" and (named(s) or lemma(s) in lx.ACTOR_NOUNS))
            )
            groups.extend(  # "if India's shelling continues", "if U.S. strikes continue": the doer of the act
                [m.i]
                for s in clause.children
                if s.dep_ in ("nsubj", "nsubjpass") and not named(s)
                for m in s.children
                if m.dep_ in ("poss", "compound", "amod") and named(m)  # "if Chinese ships enter ..."
            )
    groups += _punished(cue)
    holders = {t.i for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    # "(warned that) any attack on a NATO member would trigger a response": the one attacked is not threatened
    provocations = {
        t.i
        for c in cue.children
        if c.dep_ == "ccomp" and answered_act(c)
        for s in c.children
        if s.dep_ in ("nsubj", "csubj")
        for t in s.subtree
    }
    for token in cue.subtree:
        shielded = token.lower_ == "from" and lemma(token.head) in SHIELDING_VERBS  # "protect X from Hamas"
        if token.dep_ != "prep" or (token.lower_ not in _AIMED_PREPS and not shielded) or token.i in holders:
            continue
        if token.i in triggers or token.i in provocations:
            continue  # "if Western troops were sent to Ukraine": the act's doer is threatened, not where it goes
        if token.lower_ == "to" and lemma(token.head) in MOVING_VERBS:
            continue  # "threatened to move its factory to Mexico": where to, not whom against
        if token.lower_ == "to" and token.head.lower_ in ("according", "accord"):
            continue  # "..., according to officials": the source, not whom it is aimed at
        for obj in token.children:
            if obj.dep_ != "pobj":
                continue
            # "legal action against the union": a common noun for an actor is aimed at as a name is
            # ("respond with troops": what it is made with)
            if named(obj) or (lemma(obj) in lx.ACTOR_NOUNS and token.lower_ != "with" and not instrument(obj)):
                groups.append([obj.i])
            groups.extend([m.i] for m in obj.children if m.dep_ in ("poss", "compound", "amod") and named(m))
            groups.extend(  # "tariffs on imports from Canada", "respond to any attack by Pakistan"
                [p.i]
                for origin in obj.children
                if origin.dep_ == "prep" and origin.lower_ in ("from", "of", "by")
                for p in origin.children
                if p.dep_ == "pobj" and named(p)
            )
    return groups


def _punished(cue: Token) -> list[list[int]]:
    """ "will block Sweden's NATO membership", "will expel Turkey", "threatened to expel British diplomats",
    "to freeze the assets of Venezuelan officials": the one a punitive act falls on, named as its object,
    the object's possessor, its demonym or its "of" phrase."""
    groups: list[list[int]] = []
    for verb in (cue, *(c for c in cue.children if c.dep_ in ("ccomp", "xcomp"))):
        if lemma(verb) not in CONDITIONAL_FORCE | WITHDRAWING_VERBS | _DEPRIVING_VERBS | _PENALISING_VERBS:
            continue
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            if lemma(verb) in _PENALISING_VERBS and lemma(obj) in lx.ACTOR_NOUNS:
                groups.append([obj.i])  # "threatened to fine the water companies": whoever is fined
            owners = [
                p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
            ]
            for t in (obj, *owners):
                groups.extend([m.i] for m in (t, *(p for p in t.children if p.dep_ == "poss")) if named(m))
                groups.extend([m.i] for m in t.children if m.dep_ == "amod" and m.ent_type_ == "NORP")
    return groups


# acts that take from the one they fall on: "freeze the assets of", "suspend Hungary's voting rights"
_DEPRIVING_VERBS = frozenset("freeze confiscate suspend ban bar cut strip".split())
# penalties laid on a person or a body, whoever it is: "threatened to fine the water companies", "to sue the union"
_PENALISING_VERBS = frozenset("fine sue prosecute punish sanction penalise penalize".split())


def _cost_bearers(cue: Token) -> list[list[int]]:
    """ "(there would be) consequences for Moscow", "a price for Iran": who is to bear the cost."""
    return [
        [p.i]
        for cost in cue.subtree
        if lemma(cost) in lx.COST_NOUNS and cost.pos_ == "NOUN"
        for prep in cost.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for p in prep.children
        if p.dep_ == "pobj" and named(p)
    ]


def instrument(token: Token) -> bool:
    """ "respond with full force", "answer with military means": what a threat is made with, never
    whom it is aimed at."""
    if token.dep_ == "dobj" and lemma(token.head) == "use":
        return lemma(token) in FORCE_MEANS  # "will use force": the force is no one threatened
    return token.dep_ == "pobj" and token.head.lower_ == "with" and lemma(token) in FORCE_NOUNS | FORCE_MEANS


def _threatened(cue: Token) -> list[list[int]]:
    """The subject of a passive threat: "Russia was threatened by X", "the latest to be threatened by X"."""
    if not any(c.dep_ == "auxpass" for c in cue.children):
        return []
    subjects = [c for c in cue.children if c.dep_ == "nsubjpass"]
    if not subjects and cue.dep_ in ("relcl", "acl"):
        noun = cue.head
        copula = noun.head if noun.dep_ == "attr" else None  # "X are the latest to be threatened"
        subjects = [c for c in copula.children if c.dep_ == "nsubj"] if copula is not None else [noun]
    return [[s.i, *[c.i for c in s.conjuncts]] for s in subjects if s.pos_ != "PRON"]


def _verb_chain(cue: Token) -> set[int]:
    """The cue and the verbs of its infinitive or clausal complements ("threatened to impose ... if")."""
    chain, frontier = {cue.i}, [cue]
    while frontier:
        node = frontier.pop()
        for child in node.children:
            if child.dep_ in ("xcomp", "ccomp", "conj") and child.i not in chain:
                chain.add(child.i)
                frontier.append(child)
    return chain
