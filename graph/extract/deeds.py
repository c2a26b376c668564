"""Concessions made by deed (PLOVER CONCEDE, CAMEO 08): acts that give up something the actor held.

"released 3,000 prisoners in an amnesty", "freed the detained journalists", "lifted the state of
emergency", "shortened the curfew", "allowed the opposition leader to stand", "laid down their arms",
"turned themselves in", "gave up their claim to the port", "handed over control of the city",
"reopened the border crossing", "allowed fuel trucks into the city", "withdrew the tax bill", "scrapped
the fuel price rise": the act yields ground, so it is a Concede stance of its subject (a stated intent,
"will release ...", stays an Offer).
Intransitive yielding ("Japan had surrendered", "the union relented", "the rebels retreated") concedes
the act itself, and so does "the surrender of X" (X's concession). A military withdrawal from a place
("troops withdrew from the city", "the army pulled back from the front line", "forces pulled out of
Kherson", "withdrew its troops from the border") is a retreat (CAMEO 0874); withdrawing from a treaty,
talks or a race is not. Stated as an intent ("said it would withdraw its troops from X") a retreat is an
Offer (CAMEO 0356, intent to de-escalate); refused ("will not withdraw"), a Reject.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.lexicon import (
    HELD_STANDS,
    OBSERVER_NOUNS,
    PEOPLE_NOUNS,
    RELAXING_VERBS,
    RESTRICTION_NOUNS,
    SOFTENING_VERBS,
)
from graph.extract.modality import compelled, says_not
from graph.extract.threats import HALTING_VERBS

# people an actor holds: releasing them gives up a hold (CAMEO 0841)
CAPTIVE_NOUNS = frozenset(
    "prisoner detainee hostage captive inmate dissident activist journalist opponent soldier".split()
)
RELEASING_VERBS = frozenset("release free pardon".split())
# participles of being held: "the jailed rapper", "the detained journalist" (lemmas, as the parser gives them)
HELD_PARTICIPLES = frozenset("jail detain imprison arrest kidnap abduct hold incarcerate capture".split())
# giving captives back to their side: "returned 50 prisoners of war to Ukraine", "returned the bodies of
# five soldiers to Armenia" (not "returned to the talks", "returned fire", "returned its ambassador")
RETURNING_VERBS = frozenset(("return",))
# offices a released person can be named by ("released the mayor of Nablus", "freed the former minister")
PERSON_OFFICES = frozenset(
    "mayor governor minister leader president premier lawmaker legislator official commander general "
    "chief editor reporter correspondent photographer aid worker priest bishop imam".split()
)
# cutting a restriction short or down ("shortened the curfew", "reduced the sanctions")
SHORTENING_VERBS = frozenset("shorten reduce curtail scale".split())
PERMITTING_VERBS = frozenset("allow permit let".split())
# what an opponent is allowed to do when a ban on it is given up ("allowed him to stand / return")
PERMITTED_ACTS = frozenset("stand run return contest travel leave enter operate resume campaign".split())
# giving up arms or oneself: "laid down their arms", "handed over their weapons", "gave themselves up"
DISARMING_PHRASES = frozenset(
    {("lay", "down"), ("hand", "over"), ("give", "up"), ("turn", "in"), ("hand", "in"), ("turn", "over")}
)
ARMS_NOUNS = frozenset("arm weapon gun rifle".split())
# holdings given up or handed over: "gave up their claim to the port", "handed over control of the city"
HOLDING_NOUNS = frozenset("claim control territory power land ground town city base".split())
REFLEXIVES = frozenset("themselves himself herself itself".split())
# closed places reopened: "reopened the border crossing / the airport" (a blockade or closure given up)
REOPENING_VERBS = frozenset("reopen unblock".split())
CLOSED_PLACES = frozenset("crossing border port airport airspace corridor checkpoint road pass bridge".split())
# what is let through: "allowed fuel trucks into Gaza", "let the convoy through the checkpoint"
PASSAGE_PREPS = frozenset("into through across".split())
# one's own measure given up: "withdrew the tax bill", "scrapped the price rise", "shelved the reform"
ABANDONING_VERBS = frozenset("withdraw scrap drop shelve abandon repeal revoke rescind retract".split())
OWN_MEASURES = frozenset(
    "bill plan proposal law reform rise hike increase decree policy project tax charge case lawsuit prosecution "
    "bid candidacy nomination complaint suit appeal".split()
)
# what is given back that was cut or taken: "restored funding to the broadcaster", "reinstated the pilots"
RESTORING_VERBS = frozenset("restore reinstate".split())
RESTORED_THINGS = frozenset(
    "funding fund aid access internet supply power electricity service flight visa benefit pension salary "
    "subsidy license licence accreditation citizenship right payment assistance".split()
)
# people handed over to another's custody: "handed over the suspects", "handed over the bodies"
HANDED_PEOPLE = frozenset("suspect fugitive body remains".split())
# one's own force or campaign called off (with threats.HALTING_VERBS): "suspended airstrikes", "halted its
# advance", "ended the siege"
HALTED_FORCE = frozenset(
    "offensive assault bombardment bombing airstrike strike attack shelling raid incursion advance siege "
    "hostility fighting fire firing campaign".split()
)
# what makes an operation one of force ("suspended its military operation"; a company halts operations)
ARMED_OPERATIONS = frozenset("military ground air combat armed army naval".split())
# verbs of yielding with no object: the act is what is conceded
YIELDING_VERBS = frozenset("surrender capitulate relent retreat yield".split())
# leaving ground held: "withdrew from the city", "pulled back from the front", "fell back to the river"
WITHDRAWING_PHRASES = frozenset({("withdraw", ""), ("pull", "back"), ("pull", "out"), ("fall", "back")})
WITHDRAWING_PREPS = frozenset("from of to towards toward behind across".split())
# one's own forces, whose withdrawal from a place is a retreat too: "withdrew its troops from the border"
OWN_FORCES = frozenset("troop force soldier unit army tank personnel contingent battalion brigade".split())
# places of exercises, which no withdrawal gives up
EXERCISE_WORDS = frozenset("exercise training drill manoeuvre maneuver firing".split())
# what makes a force one of help: "peacekeeping force", "monitoring mission"
PEACEKEEPING = frozenset("peacekeeping peacekeeper monitoring observer protection stabilisation stabilization".split())
# places held by force (a place name also counts): not a treaty, talks or a race
HELD_PLACES = frozenset(
    "city town village area region territory province district position front frontline line base "
    "border zone enclave port airport bridgehead stronghold outpost bank river hill hills suburb "
    "neighbourhood neighborhood island peninsula corridor ridge hilltop height valley mountain pass "
    "crossing checkpoint outskirts capital coast coastline airfield airbase point post outpost".split()
)
# nouns of yielding whose "of" phrase names who yields ("forced the surrender of the garrison")
YIELDING_NOUNS = frozenset("surrender capitulation".split())
# giving up an office: "resign", "quit", "step down", "stand down", "leave office", "cede power"
OFFICE_QUITTING_VERBS = frozenset("resign quit abdicate".split())
OFFICE_PARTICLES = frozenset({("step", "down"), ("stand", "down"), ("step", "aside")})
OFFICE_NOUNS = frozenset("office post job seat power presidency premiership throne".split())
OFFICE_LEAVING_VERBS = frozenset("leave cede relinquish vacate surrender".split())
DEED_VERBS = (
    RELEASING_VERBS
    | RESTORING_VERBS
    | HALTING_VERBS
    | SHORTENING_VERBS
    | PERMITTING_VERBS
    | YIELDING_VERBS
    | REOPENING_VERBS
    | ABANDONING_VERBS
    | {v for v, _ in DISARMING_PHRASES}
    | {v for v, _ in WITHDRAWING_PHRASES}
    | OFFICE_QUITTING_VERBS
    | OFFICE_LEAVING_VERBS
    | {v for v, _ in OFFICE_PARTICLES}
)
# the verbs `concession_deed` and `leaves_office` can say yes to: any other is answered without its children
_DEED_LEMMAS = DEED_VERBS | RELAXING_VERBS | RETURNING_VERBS
_OFFICE_LEMMAS = OFFICE_QUITTING_VERBS | OFFICE_LEAVING_VERBS | {v for v, _ in OFFICE_PARTICLES} | {"hand", "give"}


def concession_deed(verb: Token) -> bool:
    """Whether the verb's act gives up a hold, a restriction or a ban (see the module docstring)."""
    lemma = verb.lemma_.lower()
    if lemma not in _DEED_LEMMAS:
        return False  # no verb of a deed: the costly reading of its objects is skipped
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    done = performed(verb)  # "pressure to reopen" is none
    if withdrawal(verb):
        return True  # "withdrew from the city" (before "withdrew the sanctions", a relaxed restriction)
    if lemma in ABANDONING_VERBS and done and any(_head_lemma(o) in OWN_MEASURES for o in objects):
        return True  # "withdrew the tax bill" (withdrawing a restriction is read below)
    if lemma in RELEASING_VERBS:
        return any(_released_person(o) for o in objects)
    if lemma in RETURNING_VERBS:
        return done and _returned_to_another(verb, objects)
    if lemma in RESTORING_VERBS:  # "restored funding to ...", "reinstated the dismissed pilots"
        return done and any(_head_lemma(o) in RESTORED_THINGS or _released_person(o) for o in objects)
    if lemma in HALTING_VERBS and lemma not in RELAXING_VERBS | SHORTENING_VERBS or (
        lemma == "suspend" and any(_halted_force(o) for o in objects)
    ):
        # "will not halt the strikes until ...": force kept up, which graph/extract/vows.py reads
        return done and not says_not(verb) and any(_halted_force(o) for o in objects)
    if lemma in SHORTENING_VERBS | RELAXING_VERBS:
        return any(_head_lemma(o) in RESTRICTION_NOUNS or _of_lemma(o) in RESTRICTION_NOUNS for o in objects)
    if (lemma, next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")) in DISARMING_PHRASES:
        return any(
            o.lemma_.lower() in ARMS_NOUNS | HOLDING_NOUNS or o.lower_ in REFLEXIVES
            or (lemma == "hand" and (_head_lemma(o) in HANDED_PEOPLE or _released_person(o)))
            for o in objects
        )
    if lemma in REOPENING_VERBS:
        return done and any(_head_lemma(o) in CLOSED_PLACES or _named_place(o) for o in objects)
    if lemma in PERMITTING_VERBS:
        # "let the convoy through the checkpoints" (the parser may make "convoy" a clause of its own, or
        # hang "into Darfur" on the convoys)
        places = [verb, *objects] if objects else [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        passage = done and any(c.dep_ == "prep" and c.lower_ in PASSAGE_PREPS for p in places for c in p.children)
        return passage or any(
            c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in PERMITTED_ACTS for c in verb.children
        )
    return False


# verbs that bring their object to do what their infinitive says: it was done, and by the object
CAUSING_VERBS = frozenset("persuade convince force compel oblige".split())


def performed(verb: Token) -> bool:
    """Whether the act is done: not a to-infinitive ("pressure to reopen"), unless one its subject was
    made to do ("the army was forced to withdraw the decree", "protests forced the government to
    withdraw the bill", "Egypt persuaded Israel to reopen the crossing")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (compelled(verb.head) or made_to(verb))


def brought_object(verb: Token) -> Token | None:
    """Whom a causing verb brings to do its infinitive: "Hamas" of "persuaded Hamas to accept the deal",
    whether or not the bringing came about."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in CAUSING_VERBS:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def made_to(verb: Token) -> bool:
    """ "(forced / persuaded) the government to withdraw": an infinitive its object was brought to do;
    not when the bringing is itself only tried, to come or denied ("is trying to persuade", "could
    force", "failed to convince", "did not persuade")."""
    head = verb.head
    if brought_object(verb) is None:
        return False
    unrealised = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") or c.dep_ == "neg" for c in head.children)
    return not unrealised and head.dep_ not in ("xcomp", "advcl", "pcomp", "relcl", "acl")


def yielding(verb: Token) -> bool:
    """ "had surrendered", "capitulated", "withdrew from the town": a yielding verb with no object of its own."""
    if withdrawal(verb):
        return True
    return verb.lemma_.lower() in YIELDING_VERBS and not any(c.dep_ == "dobj" for c in verb.children)


def withdrawal(verb: Token) -> bool:
    """ "withdrew from the city", "pulled back from the front line", "pulled out of Kherson": leaving a
    place held, with no object (withdrawing a bill is read as an abandoned measure)."""
    return withdrawn_place(verb) is not None


def withdrawn_place(verb: Token) -> Token | None:
    """The place a withdrawal leaves or falls back to ("the front line" of "pulled back from the front
    line"), or None when the verb is no withdrawal."""
    # the parser makes "back" / "out" a particle or an adverb, and may hang "from X" on it
    particles = [
        c for c in verb.children if c.dep_ == "prt" or (c.dep_ in ("advmod", "prep") and c.lower_ in ("back", "out"))
    ]
    particle = particles[0].lower_ if particles else ""
    if (verb.lemma_.lower(), particle) not in WITHDRAWING_PHRASES:
        return None
    if any(c.dep_ == "dobj" and not _holding_forces(c) for c in verb.children):
        return None  # "withdrew the bill", "pulled out a gun"; "withdrew its troops from X" is a retreat
    if not performed(verb):
        return None  # "pressure to withdraw" asks for a retreat, it is none
    places = [
        p
        for prep in [
            *verb.children,
            *(c for p in particles for c in p.children),
            *(c for o in verb.children if o.dep_ == "dobj" for c in o.children),  # "its troops from X"
        ]
        if prep.dep_ == "prep" and prep.lower_ in WITHDRAWING_PREPS
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return next((p for p in places if _place(p)), None)


def _holding_forces(noun: Token) -> bool:
    """Forces that hold ground: "its troops", "their forces", not a peacekeeping force, whose withdrawal
    takes help away (a pressure, CAMEO 16, not a retreat)."""
    return noun.lemma_.lower() in OWN_FORCES and not any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in PEACEKEEPING for c in noun.children
    )


def _place(noun: Token) -> bool:
    """A place name or a place noun; the small model may tag an unknown town a PERSON, never a treaty, nor
    a place of exercises ("the exercise area", "the training ground"), which is held by no one."""
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in EXERCISE_WORDS for c in noun.children):
        return False
    if noun.ent_type_ in ("GPE", "LOC", "FAC") or noun.lemma_.lower() in HELD_PLACES:
        return True
    return noun.pos_ == "PROPN" and noun.ent_type_ in ("", "PERSON")


def _halted_force(noun: Token) -> bool:
    """One's own force called off: "airstrikes", "its advance", "the siege", "its military operation";
    not another's ("halted Russia's offensive"), nor a company's operations."""
    if any(p.dep_ == "poss" and p.pos_ != "PRON" for p in noun.children):
        return False
    word = _head_lemma(noun)
    if word == "operation":
        return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in ARMED_OPERATIONS for c in noun.children)
    return word in HALTED_FORCE


def _named_place(noun: Token) -> bool:
    """ "reopened the Kerem Shalom crossing", which the parser may split into a name and a verb "crossing":
    a name right before a word for a closed place."""
    after = noun.i + 1
    return noun.pos_ == "PROPN" and after < len(noun.doc) and noun.doc[after].lower_ in CLOSED_PLACES | {"crossing"}


def _released_person(noun: Token) -> bool:
    """Whom releasing lets go: a captive ("3,000 prisoners"), or any person, by name or by a noun for
    people or an office ("released the mayor", "freed Navalny's lawyer", "released two Americans"); a
    thing released ("a statement", "the figures", "funds") is published or paid, never let go."""
    if _head_lemma(noun) in CAPTIVE_NOUNS | PEOPLE_NOUNS | OBSERVER_NOUNS | PERSON_OFFICES:
        return True
    if any(t.dep_ == "amod" and t.lemma_.lower() in HELD_PARTICIPLES for t in noun.subtree if t.i < noun.i):
        return True  # "released the jailed rapper X", "freed the detained reporters": held, so let go
    head = _counted(noun) or noun
    return head.ent_type_ == "PERSON" or (head.ent_type_ == "NORP" and head.tag_ == "NNPS")


def _returned_to_another(verb: Token, objects: list[Token]) -> bool:
    """ "returned 50 prisoners of war to Ukraine", "returned the bodies of five soldiers to Armenia":
    captives or the dead given back to another's side, named in the verb's "to" phrase."""
    given_to = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children)
    return given_to and any(
        (head := _counted(o) or o).lemma_.lower() in CAPTIVE_NOUNS | HANDED_PEOPLE
        or any(t.dep_ == "amod" and t.lemma_.lower() in HELD_PARTICIPLES for t in o.subtree if t.i < head.i)
        for o in objects
    )


def _counted(noun: Token) -> Token | None:
    """The noun a number or quantity stands before ("3,000 prisoners", "dozens of detainees"), the noun
    itself when it is no quantity."""
    if noun.lemma_.lower() in ("dozen", "hundred", "thousand", "score") or noun.pos_ == "NUM":
        return _of_object(noun)
    return noun


def _head_lemma(noun: Token) -> str:
    counted = _counted(noun)
    return counted.lemma_.lower() if counted is not None else ""


def _of_object(noun: Token) -> Token | None:
    """The object of the noun's "of" phrase ("the state of emergency": emergency)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _of_lemma(noun: Token) -> str:
    found = _of_object(noun)
    return found.lemma_.lower() if found is not None else ""


def yielder(noun: Token) -> Token | None:
    """Who yields in "the surrender of X" (X), for a yielding noun with no possessor."""
    if noun.lemma_.lower() not in YIELDING_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None



def leaves_office(verb: Token) -> bool:
    """ "would not leave office", "will step down in March", "said he would resign", "would never cede
    power": giving up an office or power (CAMEO 0341 intent to change leadership; refused, 124). Only a
    stated intent or its refusal is read (cues/verbs.py): a resignation done is news, not a stance."""
    lemma = verb.lemma_.lower()
    if lemma not in _OFFICE_LEMMAS:
        return False
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if lemma in OFFICE_QUITTING_VERBS:
        return all(o in OFFICE_NOUNS for o in objects)  # "resign", "quit his post"; not "quit smoking"
    if any((lemma, p) in OFFICE_PARTICLES for p in particles):
        return True
    if lemma in ("hand", "give") and particles & {"over", "up"}:  # "hand over power", "give up the presidency"
        return any(o in OFFICE_NOUNS for o in objects)
    return lemma in OFFICE_LEAVING_VERBS and any(o in OFFICE_NOUNS for o in objects)


def softened_stand(verb: Token) -> Token | None:
    """The stand a softening verb gives ground on: "its stance" of "softened its stance on Taiwan", "its
    demands" of "moderated its demands"."""
    if verb.lemma_.lower() not in SOFTENING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in HELD_STANDS), None)


# acts of giving up a person, a claim or a thing another wants: "extradite the suspect", "renounce the use
# of force", "hand back the islands", "hand over the fighters"
GIVING_UP = frozenset("extradite renounce relinquish forgo forego".split())
_HANDED = frozenset(("back", "over"))


def handed_over(verb: Token) -> bool:
    """ "extradite", "renounce", "relinquish", "hand back / over", "give back"."""
    word = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (word in GIVING_UP or (
        word in ("hand", "give") and any(c.dep_ in ("prt", "advmod") and c.lower_ in _HANDED for c in verb.children)
    ))
