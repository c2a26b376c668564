"""Demands stated as conditions and deadlines (cue families "condition" and "ultimatum").

- a condition set: "Ukraine set security guarantees as a condition for any ceasefire" (the guarantees are
  demanded), "the EU made the release of funds for Serbia conditional on media reforms" (the reforms are
  demanded, of the one the funds are for), "conditioned its aid on elections";
- a condition made: "made recognition a precondition for any deal", "tied any talks to the lifting of
  sanctions" (what the talks are tied to is demanded);
- a condition stated: "(said) a pay rise was a precondition for ending the strike", "(said) the loan was
  contingent on spending cuts" (graph/extract/statements.py reads it inside a statement);
- a refusal on a condition: "would not go higher unless China also contributed", "refused to sign unless
  the quota was raised" (the condition's subject is asked to meet it, as with "only if"; the refused act is
  read in graph/extract/refusals.py);
- a deadline given: "Washington gave Caracas until Friday to resume the flights", "gave the students 48
  hours to end their blockade" (what is to be done by then is demanded of the one given the time).
The holder is the verb's subject, as for any verb cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.modality import says_not
from graph.extract.threat_conditions import CIRCUMSTANCES, on_actor
from graph.extract.threats import AGGRESSION_NOUNS, lemma, named, prep_object
from graph.extract.vows import persists_until

FAMILIES = frozenset(["condition", "ultimatum", "stipulation"])
# verbs that name something as a condition: "set / named / listed / laid down X as a precondition", and
# those that want or see it so: "wants security guarantees as a condition", "sees recognition as a prerequisite"
NAMING_VERBS = frozenset("set make name list lay put cite present want need demand require see regard view".split())
CONDITION_NOUNS = frozenset("condition precondition prerequisite requirement".split())
# "made X conditional on Y", "X is contingent upon Y"
CONDITIONAL_ADJECTIVES = frozenset("conditional contingent dependent".split())
# what a deadline is counted in: "48 hours", "two weeks", "a deadline"
TIME_UNITS = frozenset("minute hour day week month year deadline ultimatum".split())
# "gave X until Friday to ...", "set a deadline for X to ..."
DEADLINE_VERBS = frozenset("give set impose fix".split())
# "tied / linked any talks to the lifting of sanctions": what a benefit is tied to is demanded
TYING_VERBS = frozenset("tie link".split())
_ON = frozenset("on upon".split())
_NAMED_AS = frozenset("as among".split())
# what a thing is named as or among: "set X as a precondition", "listed X among its demands"
_NAMED_DEMANDS = CONDITION_NOUNS | {"demand"}
# the marks of a sole condition after "only": "only if", "only once", "only after", "only when"
ONLY_MARKS = frozenset("if once after when".split())
# verbs of refusal whose "unless" clause is a condition asked for: "refused to sign unless ..."
REFUSING_VERBS = frozenset("refuse decline".split())
VOCABULARY = (
    NAMING_VERBS | DEADLINE_VERBS | TYING_VERBS | ONLY_MARKS
    | {"condition", "provided", "providing", "as", "unless", "until", "till"} | CONDITIONAL_ADJECTIVES
)
# marks of the one condition that lifts a refusal: "will not sign unless ...", "will not negotiate until ..."
LIFTING_MARKS = frozenset("unless until till".split())


def family_of(verb: Token) -> str | None:
    """ "condition" or "ultimatum" when the verb sets a condition or a deadline, else None."""
    if _named_condition(verb) or _conditional_on(verb) is not None or demanded_condition(verb) is not None:
        return "condition"
    if lemma(verb) in DEADLINE_VERBS and _infinitive(verb) is not None and _deadline(verb):
        return "ultimatum"
    return None


def stipulated(token: Token) -> tuple[Token, Token] | None:
    """ "(will release the hostages) only if Israel ends the war", "(would agree) provided that Hamas frees
    ...": the condition's clause and the verb it conditions, when the clause has a subject of its own."""
    if _only_if(token) or _refusal_lifted(token) or _none_until(token):
        clause, main = token.head, token.head.head
    elif _as_long_as(token):  # "(aid will continue) as long as Kyiv fights corruption"
        clause, main = token.head, token.head.head
        while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
            main = main.head
        if _held_against(main):
            return None  # "will block the bid as long as Stockholm tolerates ...": asks the opposite
    elif token.lower_ in ("provided", "providing") and token.pos_ == "VERB":
        found = next((c for c in token.children if c.dep_ in ("ccomp", "advcl")), None)
        if found is None:
            return None
        clause, main = found, token.head
        while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
            main = main.head
    else:
        return None
    if clause == main or not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in clause.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and _circumstance(c) for c in clause.children):
        return None  # "(will keep schools closed) as long as the heatwave lasts": no one is asked anything
    return clause, main


def _circumstance(subject: Token) -> bool:
    """ "the heatwave", "the pandemic", "inflation": a course of things no one can be asked to change
    ("large emerging economies", in the plural, are states)."""
    return (lemma(subject) in CIRCUMSTANCES and subject.tag_ == "NN") or lemma(subject) in _WEATHER


# marks of a clause that only sets a condition: "if", "unless", "provided (that)"
_CONDITION_MARKS = frozenset("if unless provided providing".split())
# marks of a clause of time, a condition only when what it hangs on is yet to come ("will talk once ...")
_AWAITED_MARKS = frozenset("until till once when after".split())
# verbs of an act to come that a clause of time conditions: "vowed to fight until ...", "pledged to ..."
_AWAITING_VERBS = frozenset("vow pledge promise threaten".split())


def awaited_act(verb: Token) -> bool:
    """The verb (or a noun of yielding) is the act a condition waits for, not one done: "(would accept a
    deal) provided Israel withdraws", "(will keep fighting) until the RSF surrender", "(would hold
    elections) only once the rebels laid down arms", "as long as ...". A clause of time on a deed done
    ("withdrew after Hamas released the hostages") is an event that took place."""
    head = verb.head
    if head.i == verb.i:
        return False
    if head.lower_ in ("provided", "providing") or _after_provided(verb):  # "provided Israel withdraws"
        return True
    if verb.dep_ == "pobj" and head.lower_ in _AWAITED_MARKS:  # "until the RSF surrender", parsed as a noun
        return _to_come(head.head)
    if verb.dep_ not in ("advcl", "ccomp"):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if marks & _CONDITION_MARKS or any(_as_long_as(c) for c in verb.children):
        return True
    return bool(marks & _AWAITED_MARKS) and _to_come(head)


def _after_provided(verb: Token) -> bool:
    """The clause opens with the conjunction "provided" / "providing" (that), however the parser hangs
    it: no other verb nor a comma comes between them, and "provided" has no subject ("X provided aid")."""
    for i in range(verb.i - 1, verb.sent.start - 1, -1):
        token = verb.doc[i]
        if token.lower_ in ("provided", "providing"):
            return not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        if token.pos_ in ("VERB", "AUX") or token.lower_ in (",", ";"):
            return False
    return False


def _to_come(verb: Token) -> bool:
    """The act is yet to come: it, or a verb it is the infinitive or conjunct of, has a modal of the
    future or of a hypothesis ("will keep fighting"), or is vowed ("vowed to fight")."""
    while True:
        if any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS | lx.HYPOTHETICAL_MODALS for c in verb.children):
            return True
        if lemma(verb) in _AWAITING_VERBS:
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head


def _only_if(token: Token) -> bool:
    """ "only if", "only once", "only after", "only when": the clause names the one condition of the verb
    it hangs on, "only" just before the mark or on that verb ("will only return to talks if ...")."""
    if token.lower_ not in ONLY_MARKS or token.dep_ not in ("mark", "advmod") or token.i == 0:  # "when": advmod
        return False
    main = token.head.head
    return token.nbor(-1).lower_ == "only" or (
        token.lower_ == "if" and any(c.lower_ == "only" and c.dep_ == "advmod" for c in main.children)
    )


def _refusal_lifted(token: Token) -> bool:
    """ "will not sign unless Israel ...", "refused to sign unless the quota was raised", "will not
    negotiate until Israel ends its offensive": "unless" or "until" on a refused act names the one
    condition that would lift the refusal, as "only if" does, when the condition is on what an actor does
    ("unless demand picks up", "until the inquiry is over" ask nothing of anyone) and the act is one the
    holder does, not an outcome it meets ("will not survive unless ...")."""
    if token.lower_ not in LIFTING_MARKS or token.dep_ != "mark" or token.head.i == token.head.head.i:
        return False
    main = token.head.head
    refused = any(c.dep_ == "neg" for c in main.children) or lemma(main) in REFUSING_VERBS or (
        main.dep_ == "xcomp" and lemma(main.head) in REFUSING_VERBS
    )
    if lemma(main) in lx.OUTCOME_VERBS:
        return False  # "will not survive unless the West ...": an outcome foretold, no refusal
    if token.lower_ != "unless" and persists_until(main):
        return False  # "will not stop until Hamas is defeated": a vow to go on (graph/extract/vows.py)
    if any(c.dep_ == "aux" and c.lower_ == "did" for c in main.children):
        return False  # "the bank did not lend unless ...", "did not leave until ...": what happened, no refusal
    return refused and _actor_acts(token.head)


def _actor_acts(clause: Token) -> bool:
    """Whether a condition is on what an actor does: a named actor's act, or people's ("unless the
    pilots drop ..."); not "unless demand picks up"."""
    people = any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in lx.HOLDER_NOUNS for c in clause.children)
    return on_actor(clause) or people


def _none_until(token: Token) -> bool:
    """ "(said) there would be no truce until the RSF laid down its weapons", "no deal unless the company
    raises its offer": a refusal stated as what will not be, lifted only by an actor's act, names that act
    as the condition, as "will not sign unless" does."""
    if token.lower_ not in LIFTING_MARKS or token.dep_ != "mark" or token.head.i == token.head.head.i:
        return False
    main, clause = token.head.head, token.head
    existential = lemma(main) == "be" and any(c.dep_ == "expl" and c.lower_ == "there" for c in main.children)
    none = any(c.dep_ == "attr" and any(d.lower_ == "no" for d in c.children) for c in main.children)
    return existential and none and _actor_acts(clause)


# what one keeps doing against another for as long as the other goes on: "will stay on strike", "will block"
_PRESSING_ACTS = lx.PHYSICAL_ACTS | lx.BLOCKING_VERBS | frozenset("boycott strike veto fight".split())
_PRESSING_NOUNS = lx.PROTEST_NOUNS | AGGRESSION_NOUNS | frozenset("offensive picket pressure sanction".split())
# spells of weather a condition can last for: "as long as the heatwave continues"
_WEATHER = frozenset("heatwave cold snow drought monsoon wildfire fire freeze".split())
# verbs that keep an act or a state going: "will keep fighting", "will keep the border closed"
_KEEPING = frozenset("keep continue go stay remain".split())
# states of a place kept shut: "(will keep the schools) closed"
_SHUT = frozenset("closed shut sealed".split())
# verbs that end a pressure rather than keep it up: "will call off / end / suspend the strike"
_ENDING_VERBS = frozenset("call end halt stop suspend cancel drop abandon".split())


def _held_against(main: Token) -> bool:
    """A refusal or a pressure that lasts "as long as" the other goes on ("will not resume talks as long as
    Washington sells arms", "will stay on the picket lines as long as the company refuses to negotiate",
    "will keep up the offensive as long as Hamas holds the hostages"): what the other must do is stop, so
    the clause is no demand as worded; aid that continues "as long as Kyiv fights corruption" asks it."""
    # "will keep fighting", "will go on striking", "will keep the schools closed": the pressure kept up
    kept = [c for c in main.children if c.dep_ in ("xcomp", "ccomp", "oprd", "acomp")] \
        if lemma(main) in _KEEPING else []
    if says_not(main) or lemma(main) in _PRESSING_ACTS or any(
        lemma(k) in _PRESSING_ACTS or k.lower_ in _SHUT for k in kept
    ):
        return True
    if lemma(main) in _ENDING_VERBS or lemma(main) in lx.RELAXING_VERBS:
        return False  # "will call off the strike as long as ...": the pressure is what is given up
    objects = [c for c in main.children if c.dep_ == "dobj"]
    objects += [p for c in main.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    words = [w for o in objects for w in [o, *(c for c in o.children if c.dep_ == "compound")]]  # "picket lines"
    return any(lemma(w) in _PRESSING_NOUNS for w in words)


def _as_long_as(token: Token) -> bool:
    """The second "as" of "as long as" / "so long as", marking the clause the condition states."""
    return (
        token.lower_ == "as"
        and token.dep_ == "mark"
        and token.i > 1
        and token.nbor(-1).lower_ == "long"
        and token.nbor(-2).lower_ in ("as", "so")
    )


def required(verb: Token, family: str) -> Token | None:
    """The head of what a conditioning verb requires ("made X conditional on [Y]", "tied aid to [reforms]"),
    or None (for stipulations and deadlines, whose clause says what is required)."""
    if family in ("stipulation", "ultimatum"):
        return None
    if _as_condition(verb) is not None:  # "set the withdrawal of Russian troops as a precondition"
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    if condition_clause(verb) is not None:  # "set as a precondition that Russian troops leave"
        return condition_clause(verb)
    if verb.dep_ == "acomp" and lemma(verb) in CONDITIONAL_ADJECTIVES:  # "X's return is conditional on ..."
        return stated_condition(verb.head)
    return _conditional_on(verb) or demanded_condition(verb)


def owned_condition(adjective: Token) -> bool:
    """ "Israel's participation in the talks is conditional on Hamas providing a list", "the union's return
    to work is contingent on ...": a benefit of the possessor's own made to wait on another's act, the
    possessor's demand (said by no one else; with a speaker, graph/extract/statements.py reads it)."""
    if adjective.dep_ != "acomp" or lemma(adjective) not in CONDITIONAL_ADJECTIVES:
        return False
    subjects = [c for c in adjective.head.children if c.dep_ == "nsubj"]
    owned = any(p.dep_ == "poss" and p.pos_ != "PRON" for s in subjects for p in s.children)
    return owned and stated_condition(adjective.head) is not None


def positions(verb: Token, family: str) -> list[list[Token]]:
    """What the condition or the deadline demands."""
    if family == "stipulation":
        found = stipulated(verb)
        clause = found[0] if found else None
        if clause is None:
            return []
        return [[t for t in clause.subtree if not (t.head.i == clause.i and (t.dep_ == "mark" or t.lower_ == "only"))]]
    if family == "ultimatum":
        inf = _infinitive(verb)
        if inf is None:
            return []
        # "set a deadline for the protesters to leave the square": the act, without its doer (the target)
        doers = {t.i for c in inf.children if c.dep_ in ("nsubj", "mark") for t in c.subtree}
        return [[t for t in inf.subtree if not (t.dep_ == "aux" and t.lower_ == "to") and t.i not in doers]]
    named = _as_condition(verb)
    condition = required(verb, family) if named is None else None
    if condition is not None:
        return [list(condition.subtree) + gerund_after(condition)]
    skip = {t.i for t in named.subtree} if named is not None else set()
    return [[t for t in obj.subtree if t.i not in skip] for obj in verb.children if obj.dep_ == "dobj"]


def targets(verb: Token, family: str) -> list[list[int]]:
    """Of whom it is demanded: the one given the deadline, the one a conditioned release is for, the
    subject of a stipulated condition."""
    if family == "stipulation":
        found = stipulated(verb)
        return [[c.i] for c in found[0].children if c.dep_ in ("nsubj", "nsubjpass")] if found else []
    if family == "ultimatum":
        inf = _infinitive(verb)
        given = [[c.i] for c in verb.children if c.dep_ in ("dative", "dobj") and lemma(c) not in TIME_UNITS]
        # "set a deadline for Hamas to release ...": the infinitive's own subject
        return given + [[c.i] for c in (inf.children if inf is not None else []) if c.dep_ == "nsubj"]
    clause = condition_clause(verb)
    if clause is not None:  # "set as a precondition that Russian troops leave": of Russia
        return [[c.i] for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if _conditional_on(verb) is not None or demanded_condition(verb) is not None:
        # "funds for Serbia", and "its loan to Egypt" when the parser hangs "to Egypt" on the verb; the one
        # whose bid or accession is granted: "made its approval of Sweden's bid conditional on ..."
        condition = _conditional_on(verb) or demanded_condition(verb)
        benefit = [
            t
            for obj in verb.children
            if obj.dep_ == "dobj" or (obj.dep_ in ("dative", "prep") and obj.lower_ in ("for", "to"))
            for t in obj.subtree
            if condition is None or t.i not in {c.i for c in condition.subtree}
        ]
        return [
            [t.i] for t in benefit
            if named(t) and ((t.dep_ == "pobj" and t.head.lower_ in ("for", "to")) or t.dep_ == "poss")
        ]
    return []


def gerund_after(condition: Token) -> list[Token]:
    """The gerund clause the parser breaks off a condition's subject: "conditional on [the government]
    [passing the pension reform]", "passing" hung elsewhere; [] when none follows."""
    doc = condition.doc
    after = condition.right_edge.i + 1
    if after >= condition.sent.end or doc[after].tag_ != "VBG" or doc[after].head.i == condition.i:
        return []
    gerund = doc[after]
    return list(gerund.subtree) if gerund.dep_ in ("acl", "advcl", "xcomp", "conj") else []


def demanded_condition(verb: Token) -> Token | None:
    """What "made recognition a precondition (for ...)" or "tied any talks to the lifting of sanctions"
    demands: the object made a condition, or what a benefit is tied to."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma(verb) == "make":
        for noun in objects:
            if lemma(noun) in CONDITION_NOUNS:
                # the parser makes the thing demanded a second object or the condition noun's subject
                made = [o for o in objects if o.i < noun.i] + [c for c in noun.children if c.dep_ == "nsubj"]
                return made[0] if made else None
    if lemma(verb) in TYING_VERBS and any(lemma(o) in lx.BENEFIT_NOUNS for o in objects):
        # "to" on the verb or, misparsed, inside the object ("linked the release of funds to reforms"); the
        # last one when the benefit has a receiver first ("tied aid to Kyiv to progress on reforms")
        places = [*verb.children, *(t for o in objects for t in o.subtree)]
        tos = [p for p in places if p.dep_ == "prep" and p.lower_ == "to"]
        # "to progress on reforms", which the parser may read as an infinitive
        misread = [c for c in verb.children if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.lefts)]
        last = max([*tos, *misread], key=lambda p: p.i, default=None)
        if last is not None:
            return last if last in misread else prep_object(last)
    return None


def stated_condition(clause: Token) -> Token | None:
    """What a statement's copular clause names as a condition: "(said) a pay rise was a precondition for
    ending the strike" (the subject), "(said) the loan was contingent on cuts" (the "on" object), "(said)
    a return to work would depend on the reinstatement of the workers" (what a benefit depends on)."""
    if lemma(clause) not in ("be", "depend", "hinge") or any(c.dep_ == "neg" for c in clause.children):
        return None  # "was not a condition for joining": nothing is required
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if lemma(clause) in ("depend", "hinge") and any(lemma(s) in lx.BENEFIT_NOUNS for s in subjects):
        # "(said) a return to work would depend on the reinstatement of the dismissed workers"
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ in _ON:
                return prep_object(prep)
    for word in clause.children:
        if word.dep_ == "attr" and lemma(word) in CONDITION_NOUNS and subjects:
            return subjects[0]
        if word.dep_ == "acomp" and lemma(word) in CONDITIONAL_ADJECTIVES:
            for prep in [*word.children, *clause.children]:  # "on" on the adjective or the copula
                if prep.dep_ == "prep" and prep.lower_ in _ON:
                    return prep_object(prep)
    return None


def subjectless_gerund(condition: Token) -> bool:
    """ "(conditional on) normalising relations with Kosovo": an act with no doer of its own named (the
    parser may make the gerund a modifier of its object: "normalising" an adjective of "relations")."""
    if any(c.dep_ in ("nsubj", "poss") for c in condition.children):
        return False
    first = condition.doc[condition.left_edge.i]
    misread = first.dep_ == "amod" and first.head == condition and first.lower_.endswith("ing")
    return condition.tag_ == "VBG" or misread


def benefit_owners(clause: Token) -> list[Token]:
    """The named owners of the benefit a copular clause conditions ("Serbia's accession is conditional on
    ..."), who must do what a subjectless condition asks."""
    return [
        p
        for s in clause.children
        if s.dep_ in ("nsubj", "nsubjpass") and lemma(s) in lx.BENEFIT_NOUNS
        for p in s.children
        if p.dep_ == "poss" and p.pos_ != "PRON"
    ]


def _named_condition(verb: Token) -> bool:
    """ "set X as a condition (for Y)": the object is what is required; "set as a precondition that Y
    ...": the clause is."""
    return _as_condition(verb) is not None or condition_clause(verb) is not None


def condition_clause(verb: Token) -> Token | None:
    """The that-clause of "set as a precondition that Russian troops leave", "named as a condition that
    ...": what is required, and its subject whom it is required of."""
    if lemma(verb) not in NAMING_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next(
        (
            clause
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for noun in prep.children
            if noun.dep_ == "pobj" and lemma(noun) in CONDITION_NOUNS
            for clause in noun.children
            if clause.dep_ in ("relcl", "acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            and any(s.dep_ in ("nsubj", "nsubjpass") for s in clause.children)
        ),
        None,
    )


def _as_condition(verb: Token) -> Token | None:
    """The "as a condition" phrase of "set X as a condition", on the verb or, misparsed, inside its object
    ("sees a full accounting of the abductions as a precondition")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma(verb) not in NAMING_VERBS or not objects:
        return None
    places = [*verb.children, *(t for o in objects for t in o.subtree)]
    return next(
        (
            prep
            for prep in places
            if prep.dep_ == "prep"
            and prep.lower_ in _NAMED_AS  # "set X as a condition", "listed X among its conditions"
            and any(lemma(p) in _NAMED_DEMANDS for p in prep.children)
        ),
        None,
    )


def _conditional_on(verb: Token) -> Token | None:
    """The "on" object of "made X conditional on Y" or "conditioned X on Y": what is required."""
    places: list[Token] = []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma(verb) == "make":
        # the adjective may hang on the verb or, misparsed, inside the object ("funds for Laos conditional")
        # (or, as "made any return to work conditional on ...", hang as an adverb on the object's clause)
        # ("made its support contingent on ...", "contingent" tagged a noun, with its "on" phrase)
        adjectives = [
            t for t in verb.subtree if lemma(t) in CONDITIONAL_ADJECTIVES and (t.pos_ in ("ADJ", "ADV") or (
                t.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ in _ON for c in [*t.children, *verb.children])))
        ]
        places = [*adjectives, *(a.head for a in adjectives), verb, *objects] if adjectives else []
    elif lemma(verb) == "condition" and verb.pos_ == "VERB":
        # "conditioned its aid on elections", the "on" on the verb, the object or deeper in the object
        # ("conditioned the payment of 6 billion euros on reforms")
        places = [verb, *(t for o in objects for t in o.subtree)]
    for place in places:
        for prep in place.children:
            if prep.dep_ == "prep" and prep.lower_ in _ON:
                obj = prep_object(prep)
                if obj is not None:
                    return obj
    return None


def _infinitive(verb: Token) -> Token | None:
    """The to-infinitive of "gave X until Friday to resume ...", however the parser attaches it."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl", "relcl", "acl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in child.children
        ):
            return child
    # "gave them 48 hours to end ...": the infinitive may hang on "hours", or on the time "until" names
    # ("gave the company until the end of the month to clean up ..."), and the time on the one given it
    # ("gave ECOWAS a one-month deadline to ...", parsed as the dative's object)
    given = [g for c in verb.children if c.dep_ == "dative" for g in c.children if g.dep_ == "dobj"]
    for obj in [*verb.children, *given]:
        times = [p for p in obj.children if p.dep_ == "pobj"] if obj.lower_ in ("until", "till") else [obj]
        for time in times:
            timed = lemma(time) in TIME_UNITS or time.ent_type_ in ("DATE", "TIME")
            if time.dep_ in ("dobj", "npadvmod", "pobj") and timed:
                for child in time.children:
                    if child.dep_ in ("relcl", "acl", "advcl") and any(a.lower_ == "to" for a in child.children):
                        return child
    return None


def _deadline(verb: Token) -> bool:
    """ "until Friday", "48 hours", "a deadline": the time given, outside the infinitive."""
    inf = _infinitive(verb)
    inside = {t.i for t in inf.subtree} if inf is not None else set()
    for token in verb.subtree:
        if token.i in inside:
            continue
        if token.lower_ in ("until", "till") and token.dep_ == "prep" and token.head.i == verb.i:
            return True
        if lemma(token) in TIME_UNITS and (
            token.ent_type_ in ("DATE", "TIME")
            or lemma(token) in ("deadline", "ultimatum")
            or (token.head.i == verb.i and token.dep_ in ("dobj", "npadvmod"))  # "gave Kyiv a week"
        ):
            return True
    return False


def stipulation(noun: Token) -> bool:
    """ "(will agree) on condition that the West stops ...": the condition is the governing verb's
    subject's demand, even inside that verb's complement ("spoke on condition that he not be named" sets
    how a source speaks, no term of a deal)."""
    return (
        lemma(noun) in CONDITION_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _ON
        and lemma(stipulating_verb(noun)) not in _SPEAKING
        and any(c.dep_ in ("acl", "ccomp", "relcl") for c in noun.children)
    )


_SPEAKING = frozenset("speak talk comment brief".split())


def stipulating_verb(noun: Token) -> Token:
    """The verb an "on condition that ..." phrase conditions, however the parser hangs it: on the verb
    ("agreed on condition that ...") or on its object ("agreed to talks on condition that ...")."""
    verb = noun.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def without_stipulation(span: list[Token]) -> list[Token]:
    """The span without an "on condition that ..." phrase: "(agreed to) a ceasefire", not "a ceasefire on
    condition that Ukraine drop its bid", whose condition is a demand of its own."""
    dropped = {
        t.i for word in span if word.dep_ == "prep" and word.lower_ in _ON
        and any(stipulation(p) for p in word.children) for t in word.subtree
    }
    return [t for t in span if t.i not in dropped] if dropped else span
