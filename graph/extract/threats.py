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

Targets of a threat (`threat_targets`): the subject of its condition ("if Moscow does not agree"), of the
provocation it answers ("after the United States added ..."), or the actor named in what the threat
is against ("retaliate against U.S. tariffs", "tariffs on Chinese goods", "a response to the EU's
sanctions").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from graph.extract import lexicon as lx

# what is taken or considered when force is meant: "take all necessary measures", "weigh countermeasures"
MEASURE_VERBS = frozenset("take adopt consider weigh".split())
MEASURE_NOUNS = frozenset("measure step action countermeasure response retaliation reprisal option".split())
# measures that are coercive whatever qualifies them
COERCIVE_MEASURES = frozenset("countermeasure retaliation reprisal".split())
# the qualifiers of a coercive measure: "all necessary", "firm", "stronger", "military-technical"
FORCEFUL = frozenset(
    "necessary strong stronger strongest firm resolute decisive tough tougher forceful drastic harsh "
    "punitive retaliatory reciprocal military countervailing severe serious corresponding proportionate "
    "proportional mirror".split()
)
# purposes of force: "to defend its sovereignty", "to safeguard its interests"
DEFENSIVE_PURPOSES = frozenset("defend safeguard protect uphold preserve ensure".split())
# acts whose readiness threatens ("ready to retaliate"); readiness to withdraw or suspend may concede
PUNITIVE_VERBS = frozenset("retaliate punish sanction impose blockade expel veto block boycott".split())
# verbs that tighten a restriction (lexicon.RESTRICTION_NOUNS): "will extend the curfew"
TIGHTENING_VERBS = frozenset("extend tighten expand widen reimpose reinstate toughen intensify escalate".split())
# operations of force that can be widened: "will expand its offensive"
ESCALATION_NOUNS = frozenset("offensive operation assault bombardment bombing campaign war strike attack".split())
# answers that threaten when they are in force: "will respond with force"
ANSWERING_VERBS = frozenset("respond react reply answer hit".split())
# acts of force, punishment or answer to them
COERCIVE_VERBS = lx.FORCE_VERBS | PUNITIVE_VERBS | ANSWERING_VERBS
# what an announced answer threatens with: "will respond with full force", "with countermeasures"
FORCE_NOUNS = lx.COST_NOUNS | frozenset("strength might firmness vigour vigor".split())
# what an answer in force answers: "ready to respond to any aggression"
AGGRESSION_NOUNS = frozenset("aggression attack provocation incursion invasion strike assault".split())
# readiness words whose defence is deterrence: "ready to defend itself"
READY_WORDS = frozenset("ready prepared".split())
# what the one threatened is warned it will undergo: "will face consequences", "would bear the cost"
COST_VERBS = frozenset("face bear suffer".split())
FORCEFUL_MANNER = frozenset("harshly firmly decisively forcefully resolutely militarily severely strongly".split())
FORCE_MEANS = frozenset("force forces weapon means might strength fire".split())
# subordinators of the provocation a threat answers: "vowed countermeasures after X added ..."
REACTIVE_MARKS = frozenset("after because since when".split())
_MODALS = lx.FUTURE_MODALS | lx.HEDGE_MODALS | lx.HYPOTHETICAL_MODALS
_CONDITION_MARKS = frozenset("if unless".split())
# possessors that make a subject the holder's own: "warned that its members would walk out"
_OWN = frozenset("its their our".split())
_ACTOR_ENTS = frozenset("GPE ORG NORP PERSON".split())
# what a threat is aimed with: "retaliate against X", "tariffs on X", "hit back at X", "a response to X"
_AIMED_PREPS = frozenset("on against to with for at".split())
# verbs that hold an act in reserve: "reserves the right to respond", "will not hesitate to strike"
RESERVING_VERBS = frozenset("reserve hesitate".split())
# verbs that weigh coercive measures without deciding them: "is weighing countermeasures"
WEIGHING_VERBS = frozenset("weigh consider mull study prepare".split())
# "ready to do whatever it takes / everything necessary": readiness without limit
UNLIMITED = frozenset("whatever everything all anything".split())
VOCABULARY = MEASURE_VERBS | TIGHTENING_VERBS | ANSWERING_VERBS | RESERVING_VERBS | WEIGHING_VERBS


def lemma(token: Token) -> str:
    """The token's lemma in lower case."""
    return token.lemma_.lower()


def prep_object(prep: Token) -> Token | None:
    """What a preposition governs: its object ("of sanctions") or clause ("of imposing sanctions")."""
    return next((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), None)


def coercive_measures(verb: Token) -> bool:
    """ "take all necessary measures", "consider stronger steps", "take military-technical measures in
    response to ...", "take steps to defend its sovereignty": measures meant as force."""
    if lemma(verb) not in MEASURE_VERBS:
        return False
    for obj in verb.children:
        if obj.dep_ != "dobj" or lemma(obj) not in MEASURE_NOUNS:
            continue
        if lemma(obj) in COERCIVE_MEASURES:
            return True
        words = {t.lower_ for t in obj.subtree if t.i < obj.i} | {lemma(t) for t in obj.subtree if t.i < obj.i}
        if words & FORCEFUL:
            return True
        if _answers(verb) or conditions(verb):
            return True
        if any(
            c.dep_ in ("advcl", "xcomp", "acl", "relcl") and lemma(c) in DEFENSIVE_PURPOSES
            for t in (verb, obj)
            for c in t.children
        ):
            return True
    return False


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
    """ "will respond with force", "would react with military means": an answer in force."""
    if lemma(verb) not in ANSWERING_VERBS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in FORCEFUL_MANNER for c in verb.children):
        return True  # "will respond harshly"
    if any(
        prep.dep_ == "prep" and prep.lower_ == "to" and any(lemma(p) in AGGRESSION_NOUNS for p in prep.children)
        for prep in verb.children
    ):
        return True  # "will respond to any aggression"
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(p.dep_ == "pobj" and (lemma(p) in FORCE_MEANS or lemma(p) in MEASURE_NOUNS) for p in prep.children)
        for prep in verb.children
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
    """Measures meant as force, an answer in force or to aggression, or a restriction tightened: a
    threat even when it names no one."""
    return coercive_measures(verb) or tightens_restriction(verb) or answers_with_force(verb)


def conditional_coercion(verb: Token) -> bool:
    """A coercive act stated under a modal and a condition: "may halt deliveries unless ...", "could
    impose sanctions if ...", "will withdraw unless ...". The act need not be certain to threaten."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False
    return bool(conditions(verb))


def coercive_readiness(adjective: Token) -> bool:
    """ "is prepared to take all necessary measures", "stands ready to retaliate": readiness for force
    is a threat, not an offer."""
    for inf in adjective.children:
        if inf.dep_ != "xcomp":
            continue
        word = lemma(inf)
        force = word == "use" and any(c.dep_ == "dobj" and lemma(c) == "force" for c in inf.children)
        defence = word in DEFENSIVE_PURPOSES and lemma(adjective) in READY_WORDS
        after = inf.doc[inf.i + 1] if inf.i + 1 < len(inf.doc) else inf
        unlimited = word == "do" and after.lower_ in UNLIMITED  # "do whatever (it takes / is necessary)"
        if word in lx.FORCE_VERBS | PUNITIVE_VERBS or force or defence or forceful(inf) or _acts_against(inf):
            return True
        if unlimited and lemma(adjective) in READY_WORDS and any(lemma(t) in DEFENSIVE_PURPOSES for t in inf.subtree):
            return True  # "ready to do whatever it takes to protect its borders" ("... to help" offers)
    return False


def _acts_against(verb: Token) -> bool:
    """ "ready to act / move against Hezbollah": an act aimed against a named actor."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "against" and any(p.dep_ == "pobj" and named(p) for p in prep.children)
        for prep in verb.children
    )


def warned_cost(verb: Token) -> Token | None:
    """What "warned X of dire consequences" or "warned against any provocation" warns of: the "of" /
    "against" object on the verb or, as the parser may hang it, on the one warned."""
    for place in [verb, *(c for c in verb.children if c.dep_ in ("dobj", "dative"))]:
        for prep in place.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "against", "about"):
                found = prep_object(prep)
                if found is not None:
                    return found
    return None


def conditions(verb: Token) -> list[Token]:
    """The "if"/"unless" clauses hanging from the verb (or the clause it completes)."""
    places = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp") else [verb]
    return [
        clause
        for place in places
        for clause in place.children
        if clause.dep_ == "advcl"
        and (
            any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in clause.children)
            or _inverted_condition(clause)
        )
    ]


def _inverted_condition(clause: Token) -> bool:
    """ "Should Ukraine attack ...", "Were the talks to fail ...": a condition with the auxiliary first."""
    first = clause.left_edge
    return first.lower_ in ("should", "were", "had") and first.head.i == clause.i and first.dep_ in ("aux", "auxpass")


def _answers(verb: Token) -> bool:
    """ "in response to ...", "in retaliation for ...": the measure answers a provocation."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(lemma(p) in ("response", "retaliation") for p in c.children)
        for c in verb.children
    )


def threat_targets(cue: Token) -> list[list[int]]:
    """Whom a threat is aimed at, best first: the subject of its condition, of the provocation it
    answers, then the actor named in what it is against ("against U.S. tariffs", "on Chinese goods",
    "to the EU's sanctions")."""
    groups = _threatened(cue)
    groups += [  # "warned that X would pay a price": X
        [s.i]
        for c in cue.children
        if c.dep_ == "ccomp" and suffers_cost(c)
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"
    ]
    clauses = [c for c in cue.subtree if c.dep_ == "advcl" and c.head.i in _verb_chain(cue)]
    for clause in clauses:
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if marks & (_CONDITION_MARKS | REACTIVE_MARKS) or _inverted_condition(clause):
            groups.extend(
                [s.i]
                for s in clause.children
                if s.dep_ in ("nsubj", "nsubjpass") and (named(s) or lemma(s) in lx.ACTOR_NOUNS)
            )
    holders = {t.i for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for token in cue.subtree:
        if token.dep_ != "prep" or token.lower_ not in _AIMED_PREPS or token.i in holders:
            continue
        for obj in token.children:
            if obj.dep_ != "pobj":
                continue
            if named(obj):
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


def named(token: Token) -> bool:
    """A proper name or a named entity that can be an actor."""
    return token.pos_ == "PROPN" or token.ent_type_ in _ACTOR_ENTS


def warned_act(clause: Token, actor_like: Callable[[Token], bool]) -> bool:
    """Whether a warning's that-clause threatens: an actor's own act to come ("warned that it would / could
    retaliate", "that its members would walk out", "that it will not tolerate attacks"), a cost for
    someone ("that Washington would pay a price"), or an act answered in force ("that any attack will be
    met with a crushing response"). "Warned that prices would rise" only predicts an outcome."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    coming = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in clause.children)
    expletive = ("there", "this", "that") + (("it",) if lemma(clause) == "be" else ())
    own = [s for s in subjects if any(p.dep_ == "poss" and p.lower_ in _OWN for p in s.children)]
    if coming and any((actor_like(s) or s in own) and s.lower_ not in expletive for s in subjects):
        return True
    return suffers_cost(clause) or (coming and _met_with_force(clause))


def _met_with_force(clause: Token) -> bool:
    """ "(any attack) will be met with a crushing response / with force"."""
    return lemma(clause) in ("meet", "answer") and any(
        prep.dep_ in ("prep", "agent")
        and prep.lower_ in ("with", "by")
        and any(lemma(p) in FORCE_NOUNS for p in prep.children)
        for prep in clause.children
    )


def suffers_cost(clause: Token) -> bool:
    """ "(warned that) X would pay a heavy price / face consequences / regret it": a cost the holder
    means to impose on X, who is then the one threatened."""
    word = lemma(clause)
    if word == "regret":
        return True
    objects = {lemma(c) for c in clause.children if c.dep_ == "dobj"}
    return (word == "pay" and "price" in objects) or (word in COST_VERBS and bool(objects & lx.COST_NOUNS))
