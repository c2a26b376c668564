"""Warnings of a cost: when "warned" threatens and when it only foresees.

- a cost to come for the one warned threatens: "warned X of dire consequences", "warned against any
  provocation", "warned that Washington would pay a heavy price", "warned that there would be consequences";
- so does the holder's own act to come: "warned that it would retaliate", "that its members would walk out",
  and a collective action of people it speaks for ("the pilots' union warned that pilots would walk out");
- an outcome foreseen does not: "warned of the health consequences of smoking", "of consequences for the
  economy", "warned that prices would rise".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from graph.extract import blame, collective_actions
from graph.extract import lexicon as lx
from graph.extract.accusations import CRIME_NOUNS
from graph.extract.cues.tokens import ACTOR_ENTS
from graph.extract.threats import AGGRESSION_NOUNS, FORCE_NOUNS, MODALS, conditions, lemma, named, prep_object

# what the one threatened is warned it will undergo: "will face consequences", "would bear the cost"
COST_VERBS = frozenset("face bear suffer risk".split())
# what one is told one will face besides a cost proper: "(warned that) Iran would face great danger"
_BORNE = frozenset("danger peril wrath fury trouble hell".split())
# what befalls a subject rather than what it does: "(warned that) it would lose / need / struggle ..."
_UNDERGOING_VERBS = frozenset("lose need struggle experience endure undergo go".split())
# costs that are also losses foreseen: "warned of the costs of delaying reform" predicts; "warned China of
# severe costs if it armed Russia" (told to someone, or on a condition) threatens
LOSS_NOUNS = frozenset(("cost",))
# penalties of trade one actor lays on another: "warned of an embargo on Turkish goods"
TRADE_PENALTIES = frozenset("embargo tariff duty levy boycott ban blockade".split())
# possessors that make a subject the holder's own: "warned that its members would walk out", "that his
# supporters would protest"
_OWN = frozenset("its their our his her my".split())
# the fields of a foreseen outcome: "the economic consequences", "the health cost"
OUTCOME_DOMAINS = frozenset(
    "economic health humanitarian environmental social financial fiscal medical climate human "
    "unintended unforeseen".split()
)


def warned_cost(verb: Token) -> Token | None:
    """What "warned X of dire consequences" or "warned against any provocation" warns of: the "of" /
    "against" object on the verb or, as the parser may hang it, on the one warned or on the passive's agent
    ("was warned by the United States of serious consequences")."""
    warned = [w for c in verb.children if c.dep_ in ("dobj", "dative") for w in (c, *c.conjuncts)]
    # "warned X and Y of ...": on the last one warned; "warned Tokyo on Tuesday of ...": on the date
    for place in [verb, *warned, *agent_objects(verb), *dates_of(verb)]:
        for prep in place.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "against", "about"):
                found = prep_object(prep)
                if found is not None:
                    return found
    return None


def dates_of(verb: Token) -> list[Token]:
    """The dates in the verb's own phrases ("Tuesday" of "warned Tokyo on Tuesday of consequences"), on
    which the parser may hang the phrase that follows them."""
    return [
        p for c in verb.children if c.dep_ == "prep" for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME")
    ]


def agent_objects(verb: Token) -> list[Token]:
    """The objects of a passive's "by" agent ("the United States" of "was warned by the United States"),
    on which the parser may hang what follows ("... of serious consequences")."""
    return [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def warned_act(clause: Token, actor_like: Callable[[Token], bool]) -> bool:
    """Whether a warning's that-clause threatens: an actor's own act to come ("warned that it would / could
    retaliate", "that its members would walk out", "that it will not tolerate attacks"), a cost for
    someone ("that Washington would pay a price"), or an act answered in force ("that any attack will be
    met with a crushing response"). "Warned that prices would rise" only predicts an outcome."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    coming = any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children)
    expletive = ("there", "this", "that") + (("it",) if lemma(clause) == "be" else ())
    own = [s for s in subjects if owned_by_speaker(s)]
    # "that it would face hard years", "that the bloc could fall apart": what befalls it, no act of its own
    undergone = lemma(clause) in COST_VERBS | _UNDERGOING_VERBS | lx.OUTCOME_VERBS
    if coming and not undergone and any(
        (actor_like(s) or s in own or lemma(s) in lx.ACTOR_NOUNS) and s.lower_ not in expletive for s in subjects
    ):  # "that it would retaliate", "that its members would walk out", "that the army would crush ..."
        return True
    if coming and forced_own_act(clause):
        return True  # "warned that a prolonged walkout would force it to furlough staff"
    if collective_actions.warned_collective_action(clause) or collective_actions.resumed_action(clause):
        return True  # "the pilots' union warned that pilots would walk out" (graph/extract/collective_actions.py)
    return (
        suffers_cost(clause) or existential_cost(clause) or cost_had_for(clause)
        or (coming and _met_with_force(clause)) or legitimate_target(clause) or (coming and triggered_cost(clause))
        or (coming and lost_benefit(clause, actor_like)) or withdrawn_benefit(clause)
    )


# what is done to a benefit to take it away: "aid could be suspended", "the relief would be reversed"
_WITHDRAWN = frozenset("reverse suspend withdraw cut freeze halt revoke end cancel stop withhold rescind".split())


def withdrawn_benefit(clause: Token) -> bool:
    """ "(cautioned that) sanctions relief for Venezuela could be reversed if ...", "(warned that) aid to
    Cairo would be suspended": a benefit to be taken away by whoever grants it, unnamed in the passive,
    a penalty held over the one who has it (with its agent named, "would be cut by Congress", it is
    that agent's act)."""
    children = list(clause.children)
    return (
        lemma(clause) in _WITHDRAWN
        and any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "aux" and c.lower_ in MODALS for c in children)
        and not any(c.dep_ in ("agent", "neg") for c in children)
        and any(c.dep_ == "nsubjpass" and lemma(c) in lx.BENEFIT_NOUNS | FORFEITS for c in children)
    )


def lost_benefit(clause: Token, actor_like: Callable[[Token], bool]) -> bool:
    """ "(warned Belgrade that) failure to recognise Kosovo would cost it its accession bid", "that the vote
    could cost Hungary its voting rights": what an actor is told an act would cost it, its own or a benefit
    it holds, a penalty laid on it ("would cost the economy billions" foresees an outcome)."""
    if lemma(clause) != "cost":
        return False
    losers = [c for c in clause.children if c.dep_ in ("dative", "iobj")]
    lost = [c for c in clause.children if c.dep_ == "dobj"]
    return any(
        loser.lower_ in ("it", "them", "him", "her", "us") or actor_like(loser) for loser in losers
    ) and any(lemma(o) in FORFEITS or any(p.dep_ == "poss" for p in o.children) for o in lost)


def answered_act(clause: Token) -> bool:
    """ "any attack will be met with force", "any strike would trigger a response": a clause whose subject
    is an act to come that a cost answers."""
    return triggered_cost(clause) or _met_with_force(clause)


# verbs by which an act brings on what answers it: "would trigger a response", "would lead to war"
_BRINGING_VERBS = frozenset("trigger provoke prompt draw invite unleash spark bring".split())
_BRINGING_PREPS = {"lead": "to", "result": "in"}
# a benefit's loss as the answer to an act: "the suspension of EU funds", "a freeze of aid"
_WITHDRAWALS = frozenset("suspension freeze loss cut cutoff withdrawal termination".split())


def triggered_cost(clause: Token) -> bool:
    """ "(warned that) any attack would trigger a collective response", "any strike on its sites would lead
    to all-out war", "any attempt to curb press freedom would trigger the suspension of EU funds", "joining
    NATO would be a mistake with far-reaching consequences": an act to come answered by a cost someone
    imposes, which threatens whoever does it ("would lead to higher prices" foresees an outcome)."""
    word = lemma(clause)
    if word in _BRINGING_VERBS:
        costs = [c for c in clause.children if c.dep_ == "dobj"]
    elif word in _BRINGING_PREPS:
        costs = [
            p for prep in clause.children if prep.dep_ == "prep" and prep.lower_ == _BRINGING_PREPS[word]
            for p in prep.children if p.dep_ == "pobj"
        ]
    elif word == "be" and any(c.dep_ == "attr" for c in clause.children):
        # "would be a grave mistake with far-reaching consequences", "with" on the noun or on the copula
        places = [clause, *(c for c in clause.children if c.dep_ == "attr")]
        costs = [
            p for place in places
            for prep in place.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for p in prep.children if p.dep_ == "pobj"
        ]
    else:
        return False
    return any(_imposed_cost(c) for c in costs)


def _imposed_cost(cost: Token) -> bool:
    if lemma(cost) in lx.COST_NOUNS:
        return not outcome(cost)
    return lemma(cost) in _WITHDRAWALS and any(
        p.dep_ == "pobj" and lemma(p) in FORFEITS
        for prep in cost.children
        if prep.lower_ == "of"
        for p in prep.children
    )


# penalties a speaker can announce to start on a condition: "the tariffs would take effect unless ..."
PENALTY_NOUNS = TRADE_PENALTIES | frozenset("sanction penalty countermeasure fine surcharge".split())
# what the law does to those it punishes: "(warned that organisers) would face prosecution / arrest"
LEGAL_PENALTIES = frozenset("prosecution arrest jail imprisonment expulsion deportation charge trial".split())
# how a measure starts: "take effect", "come into force", "go into effect", "kick in"
_ONSETS = {("take", "effect"), ("come", "force"), ("come", "effect"), ("go", "effect"), ("enter", "force")}
# the passive of laying one on: "(the tariffs) will be imposed / applied / reimposed"
_LAID_ON = frozenset("impose apply reimpose introduce levy enforce".split())


def imposed_penalty(noun: Token) -> bool:
    """A penalty named as what a body adopts or approves: "new sanctions on Iran", "its 16th package of
    sanctions", "tariffs on Chinese cars" (laid on someone, not agreed with anyone)."""
    if lemma(noun) in PENALTY_NOUNS:
        return True
    return lemma(noun) == "package" and any(
        lemma(p) in PENALTY_NOUNS for of in noun.children if of.lower_ == "of" for p in of.children
    )


def measure_on_condition(clause: Token) -> bool:
    """ "(said) the tariffs would take effect on Friday unless Canada lowered its quotas", "the sanctions
    will be imposed if ...": a penalty announced to start unless its target complies, a threat by the
    speaker. Without a condition ("the new tariffs take effect in January") it only announces."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in PENALTY_NOUNS for c in clause.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in clause.children):
        return False
    word = lemma(clause)
    # "take effect" (an object), "come into force" (the object of a preposition), "kick in" (a particle)
    objects = [c for c in clause.children if c.dep_ == "dobj"] + [
        p for c in clause.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]
    onset = any((word, lemma(o)) in _ONSETS for o in objects) or (
        word == "kick" and any(c.lower_ == "in" and c.dep_ in ("prt", "prep", "advmod") for c in clause.children)
    )
    laid_on = word in _LAID_ON and any(c.dep_ == "auxpass" for c in clause.children)
    return (onset or laid_on) and bool(conditions(clause))


def _met_with_force(clause: Token) -> bool:
    """ "(any attack) will be met with a crushing response / with force"."""
    return lemma(clause) in ("meet", "answer") and any(
        prep.dep_ in ("prep", "agent")
        and prep.lower_ in ("with", "by")
        and any(lemma(p) in FORCE_NOUNS for p in prep.children)
        for prep in clause.children
    )


def existential_cost(clause: Token) -> bool:
    """ "(warned / said that) there would be consequences (for Moscow)": a cost announced to come."""
    return (
        lemma(clause) == "be"
        and any(c.dep_ == "expl" and c.lower_ == "there" for c in clause.children)
        and any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children)
        and any(
            c.dep_ == "attr" and ((lemma(c) in lx.COST_NOUNS and not outcome(c)) or _price_to_pay(c))
            for c in clause.children
        )
    )


def _price_to_pay(noun: Token) -> bool:
    """ "(there would be) a heavy price to pay (for Iran / for any attack)": the cost idiom, its verb in a
    relative infinitive ("a price to pay for the economy" foresees an outcome)."""
    payers = [
        c for c in noun.children
        if c.dep_ in ("relcl", "acl") and lemma(c) == "pay" and any(a.lower_ == "to" for a in c.children)
    ]
    borne = [
        p for place in (noun, *payers) for c in place.children if c.dep_ == "prep" and c.lower_ == "for"
        for p in c.children if p.dep_ == "pobj"
    ]
    return lemma(noun) == "price" and bool(payers) and not (
        borne
        and not any(p.pos_ == "PRON" or lemma(p) in lx.ACTOR_NOUNS or named(p) or _answered_act(p) for p in borne)
    )


# what makes a target one that may be struck: "a legitimate target", "fair game"
_STRUCK_TARGETS = frozenset("legitimate lawful fair".split())


def legitimate_target(clause: Token) -> bool:
    """ "(said / warned that) Britain would be a legitimate target (if ...)", "Western convoys were legitimate
    targets": an actor or its means declared open to attack, a threat by whoever says so."""
    return lemma(clause) == "be" and any(
        c.dep_ == "attr" and lemma(c) == "target"
        and any(m.dep_ == "amod" and m.lower_ in _STRUCK_TARGETS for m in c.children)
        for c in clause.children
    )


def options_open(clause: Token) -> bool:
    """ "(said) all options were / remain on the table", "nothing is off the table": force kept open, a
    hedged threat (against whom its condition or its "for" phrase says)."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if lemma(clause) not in ("be", "remain", "stay") or not subjects:
        return False
    tables = {p.lower_ for p in clause.children if p.dep_ == "prep" and any(lemma(o) == "table" for o in p.children)}
    return ("on" in tables and any(lemma(s) == "option" for s in subjects)) or (
        "off" in tables and any(s.lower_ == "nothing" for s in subjects)
    )


# what an actor may be told it will lose, as a penalty: "(warned Hungary that) it could lose its voting rights"
FORFEITS = frozenset(
    "right vote seat membership status aid funding fund access privilege subsidy support place licence license".split()
)


def menaces_told(clause: Token, told: list[Token]) -> bool:
    """What a warning tells a named actor that threatens it, in words outside the cost vocabulary: force
    to be done to it or its own ("warned the US that American ships would be targeted", "that Beirut would
    be turned into Gaza"), a penalty it would incur ("that it could lose its voting rights"), or an idiom
    of menace ("that all hell would break loose", "would cross a red line", "within reach of our missiles")."""
    words = list(clause.subtree)
    if any(_menacing_idiom(w) for w in words):
        return True
    if any(lemma(w) == "hell" and w.dep_ == "nsubj" for w in words) or any(
        lemma(w) == "line" and any(m.lower_ == "red" for m in w.children) for w in words
    ) or any(w.lower_ == "within" and any(lemma(p) in ("reach", "range") for p in w.children) for w in words):
        return True
    if not any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "auxpass" for c in clause.children):  # "American ships would be targeted"
        return any(
            named(s) or any(m.dep_ in ("amod", "compound") and named(m) for m in s.children) or owned_by_speaker(s)
            for s in subjects
        )
    told_words = {t.lower_ for t in told}
    own = [s for s in subjects if s.lower_ in ("it", "they") or s.lower_ in told_words]
    return bool(own) and lemma(clause) == "lose" and any(
        c.dep_ == "dobj" and lemma(c) in FORFEITS for c in clause.children
    )


# what patience does when it is about to give out: "its patience was running out / wearing thin"
_GIVING_OUT = frozenset("run wear grow".split())


def _menacing_idiom(word: Token) -> bool:
    """ "(warned Washington that) it was playing with fire", "that its patience was running out / wearing
    thin": idioms that tell the one warned a response is near."""
    if lemma(word) == "play":
        return any(
            c.dep_ == "prep" and c.lower_ == "with" and any(lemma(p) == "fire" for p in c.children)
            for c in word.children
        )
    return lemma(word) == "patience" and word.dep_ == "nsubj" and lemma(word.head) in _GIVING_OUT


def owned_by_speaker(subject: Token) -> bool:
    """ "his supporters", "its members", "our forces": people a possessive pronoun makes the speaker's
    own, whose act to come the speaker threatens."""
    return any(p.dep_ == "poss" and p.lower_ in _OWN for p in subject.children)


def own_ranks(subject: Token) -> bool:
    """ "its members", "our troops", "his fighters": the speaker's own ranks, through whom the speaker
    acts, so that what they are said to do is the speaker's stance."""
    return lemma(subject) in lx.OWN_RANKS and owned_by_speaker(subject)


def forced_own_act(clause: Token) -> bool:
    """ "(warned that) a walkout would force it to furlough staff": the speaker's own act to come, which
    something would compel ("it", "us", "them" forced to act), announced as a threat."""
    return lemma(clause) in ("force", "compel", "oblige") and any(
        c.dep_ == "dobj" and c.lower_ in ("it", "us", "them", "him", "her") for c in clause.children
    ) and any(c.dep_ in ("xcomp", "ccomp") for c in clause.children)


def cost_had_for(clause: Token, *, told: bool = False) -> bool:
    """ "(warned that) such provocations would have consequences for Greece": a cost an act is to bring on
    an actor named in its "for" phrase, who is threatened ("would have consequences for the economy"
    foresees an outcome). `told`: the warning names whom it is told to ("warned Ethiopia that filling the
    dam would have dire consequences"), who bears the cost when no "for" phrase says who does."""
    return (
        lemma(clause) == "have"
        and any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children)
        and any(
            c.dep_ == "dobj" and lemma(c) in lx.COST_NOUNS and not outcome(c)
            and (told or any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children))
            for c in clause.children
        )
    )


def foreseen_by_forecaster(verb: Token) -> bool:
    """ "Economists warned of sanctions if ...", "analysts warned Kyiv of an offensive": the one who
    warns is an observer by trade, who foresees a cost and imposes none (also as a passive's agent)."""
    warners = [c for c in verb.children if c.dep_ == "nsubj"] + agent_objects(verb)
    return any(lemma(w) in lx.FORECASTER_NOUNS and not named(w) for w in warners)


# the fields of an outcome no one imposes, even when an actor is warned of it ("warned Israel of the
# humanitarian consequences of an assault"); economic or financial costs may be sanctions meant
UNIMPOSED_DOMAINS = OUTCOME_DOMAINS - frozenset("economic financial fiscal".split())


def unimposed(cost: Token) -> bool:
    """ "the humanitarian consequences", "the health cost": an outcome foreseen for whoever is warned."""
    return any(c.dep_ in ("amod", "compound") and lemma(c) in UNIMPOSED_DOMAINS for c in cost.children)


def outcome(cost: Token) -> bool:
    """ "the health consequences of smoking", "consequences for the economy": an outcome foreseen, not a
    cost someone means to impose (that has an actor to bear it: "consequences for Iran")."""
    if any(c.dep_ in ("amod", "compound") and lemma(c) in OUTCOME_DOMAINS for c in cost.children):
        return True
    borne = [p for c in cost.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    return bool(borne) and not any(
        p.pos_ == "PRON" or lemma(p) in lx.ACTOR_NOUNS or named(p) or lemma(p) in lx.TIE_NOUNS or _answered_act(p)
        for p in borne
    )


def _answered_act(word: Token) -> bool:
    """ "(consequences) for any attack", "for such provocations": the "for" of a penalty names the act it
    answers, not whoever or whatever bears an outcome ("consequences for the economy")."""
    return any(c.dep_ == "det" and c.lower_ in ("any", "such", "every") for c in word.children)


# what one answers for when a cost is laid at one's door: "responsible for the consequences"
_ANSWERING_WORDS = frozenset("responsible accountable liable".split())
_BORNE_BLAME = frozenset("responsibility blame".split())


def _for_cost(word: Token) -> bool:
    """Whether the word has a "for" phrase naming a cost or an act still to come: "(responsibility) for the
    consequences", "(would bear full responsibility) for any clash" ("for the clash" blames what was)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(p.dep_ == "pobj" and (lemma(p) in lx.COST_NOUNS or _answered_act(p)) for p in prep.children)
        for prep in word.children
    )


def answers_for_cost(clause: Token) -> bool:
    """ "(warned that) X would bear full responsibility for the consequences", "X will be held responsible
    for all the consequences": a cost X is told it will answer for, which threatens X. Said of what was
    ("X was responsible for the consequences") it only blames."""
    if not any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children):
        return False
    word = lemma(clause)
    if word == "bear":
        return any(c.dep_ == "dobj" and lemma(c) in _BORNE_BLAME and _for_cost(c) for c in clause.children)
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    if word == "be" or (word == "hold" and passive):
        return any(
            c.dep_ in ("acomp", "oprd") and lemma(c) in _ANSWERING_WORDS and (_for_cost(c) or _for_cost(clause))
            for c in clause.children
        )
    return False


def held_to_answer(verb: Token) -> bool:
    """ "will hold Washington responsible for all the consequences", "vowed to hold Kyiv accountable for the
    consequences": the speaker's own threat to make the one held answer for a cost (without a cost, "will
    hold those responsible accountable" is a promise to punish, graph/extract/blame.py)."""
    if lemma(verb) != "hold" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    coming = verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    # "responsible" as the verb's predicative, or as the head of a small clause ("hold [X responsible]")
    words = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and lemma(c) in _ANSWERING_WORDS]
    return coming and bool(blame.accused(verb)) and any(_for_cost(w) or _for_cost(verb) for w in words)


def suffers_cost(clause: Token) -> bool:
    """ "(warned that) X would pay a heavy price / face consequences / regret it / bear responsibility
    for the consequences": a cost the holder means to impose on X, who is then the one threatened."""
    word = lemma(clause)
    if word == "regret" or answers_for_cost(clause) or _expects_cost(clause):
        return True
    objects = {lemma(c) for c in clause.children if c.dep_ == "dobj"}
    dearly = any(c.dep_ == "advmod" and c.lower_ == "dearly" for c in clause.children)  # "will pay dearly"
    if (word == "pay" and ("price" in objects or dearly or _paid_for_wrong(clause))) or (
        word in COST_VERBS and bool(objects & (lx.COST_NOUNS | PENALTY_NOUNS | LEGAL_PENALTIES))
    ):
        return True
    # "Iran would face great danger", "Hamas will face hell": a named actor told what it will face (not
    # "the economy would face trouble", "farmers would face danger from the floods")
    borne = [c for c in clause.children if c.dep_ == "dobj" and lemma(c) in _BORNE]
    return word in COST_VERBS and bool(borne) and any(c.dep_ == "nsubj" and named(c) for c in clause.children) \
        and not any(p.dep_ == "prep" and p.lower_ == "from" for c in borne for p in c.children)


def _paid_for_wrong(clause: Token) -> bool:
    """ "(said) Iran would pay for its attack", "will pay for their crimes": a wrong to be paid for, a
    cost laid on the wrongdoer ("will pay for the repairs" pays a bill)."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "for"
        and any(p.dep_ == "pobj" and lemma(p) in AGGRESSION_NOUNS | CRIME_NOUNS for p in prep.children)
        for prep in clause.children
    )


def announced_cost(clause: Token) -> bool:
    """ "(said that) Iran will face serious consequences if ...", "Moscow would pay a heavy price": a cost
    an actor is told it will bear, which threatens it; "we would pay the price" or "consumers will pay
    a higher price" foresee a loss and threaten no one."""
    if _expects_cost(clause):
        return True
    if not suffers_cost(clause):
        return False
    # "Iran will face serious consequences", or in the present on a condition ("Kosovo faces consequences if
    # it does not reverse the decision")
    if not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in clause.children) and not conditions(clause):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(
        named(s) or lemma(s) in lx.ACTOR_NOUNS or warned_one(s, clause) is not None or _whoever_acts(s)
        for s in subjects
    )


def _expects_cost(clause: Token) -> bool:
    """ "(said) Russia should expect a tough response", "Iran can expect retaliation": a named actor told a
    cost awaits it is threatened with it ("investors should expect volatility", "commuters should expect
    strikes" forecast)."""
    return (
        lemma(clause) == "expect"
        and any(c.dep_ == "aux" and c.lower_ in ("should", "can", "will", "must") for c in clause.children)
        and any(c.dep_ == "dobj" and lemma(c) in lx.COST_NOUNS for c in clause.children)
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ in ACTOR_ENTS for c in clause.children)
    )


# words for whoever does an act, which a relative clause names: "those who attack our soldiers"
_WHOEVER = frozenset("those anyone anybody whoever all any".split())


def _whoever_acts(subject: Token) -> bool:
    """ "Those who attack our soldiers (will pay a heavy price)", "anyone who crosses the line": whoever
    does the act the relative clause names is the one threatened."""
    return subject.lower_ == "whoever" or (
        subject.lower_ in _WHOEVER and any(c.dep_ == "relcl" for c in subject.children)
    )


def warned_one(subject: Token, clause: Token) -> Token | None:
    """ "told China it would face consequences", "warned Manila against provocations, saying it would face
    consequences": a third-person pronoun bearing a cost in what is said to someone named, or in a
    participle of speech explaining a warning or a summons, stands for that one (returned)."""
    speech = clause.head
    if subject.lower_ not in ("it", "they"):
        return None
    told = [speech, speech.head] if speech.dep_ == "advcl" and speech.tag_ == "VBG" else [speech]
    # "warned lenders that they would face penalties": a body told is as good as a name
    return next(
        (c for v in told for c in v.children if c.dep_ in ("dobj", "dative") and (named(c) or _body(c))), None
    )


def _body(noun: Token) -> bool:
    return lemma(noun) in lx.ACTOR_NOUNS


def trade_penalty(cost: Token) -> bool:
    """ "(warned of) an embargo on Turkish goods", "retaliatory duties on European pork", "tariffs on
    Canada": a penalty of trade aimed at an actor (named, or the origin of the goods), or meant as
    retaliation; "warned of higher tariffs" with no one to bear them foresees a policy."""
    if lemma(cost) not in TRADE_PENALTIES:
        return False
    if any(c.dep_ == "amod" and lemma(c) in ("retaliatory", "punitive", "countervailing") for c in cost.children):
        return True
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("on", "against")
        and any(
            p.dep_ == "pobj"
            and (named(p) or any(m.dep_ in ("amod", "compound", "poss") and named(m) for m in p.children))
            for p in prep.children
        )
        for prep in cost.children
    )


def passive_warner(verb: Token) -> list[list[int]]:
    """ "North Korea was warned of severe consequences by the United States": the one who warns, when the
    parser hangs "by X" on the cost instead of marking it as the passive's agent."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    cost = warned_cost(verb)
    if cost is None:
        return []
    return [
        [p.i]
        for prep in cost.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for p in prep.children
        if p.dep_ == "pobj" and (named(p) or lemma(p) in lx.ACTOR_NOUNS)
    ]
