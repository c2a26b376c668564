"""Blame said without "blame X for": holding someone responsible, placing the blame on someone.

- "held Iran responsible for the attack", "holds the rebels accountable for the massacre", "considers
  Tehran responsible for ...": a verb of holding whose object (or the subject of its adjective clause)
  is called responsible accuses that actor of what the "for" phrase names ("will hold X accountable",
  "vowed to hold X accountable", "have not been held accountable" promise or deny a punishment, and
  accuse no one);
- "pinned the blame for the clashes on Eritrea", "put the blame on Moscow", "laid the blame (for the
  violence) at the door of Kosovo's government", "laid responsibility for the blast at the feet of X":
  a verb of placing whose object is the blame accuses whoever it is placed on.

Both are accusations (STANCES.md, Accuse; CAMEO 112): the accused is the target and the act, the
position.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.lexicon import HOLDER_NOUNS
from graph.extract.role_nouns import GROUPS

# verbs that hold someone to be something: "held X responsible", "deems X accountable"
HOLDING_VERBS = frozenset("hold consider deem find".split())
RESPONSIBLE_WORDS = frozenset("responsible accountable culpable liable".split())
# verbs that put blame somewhere, and what they put: "pinned the blame on", "laid responsibility at"
PLACING_VERBS = frozenset("pin lay put place cast shift heap pile point".split())
BLAME_NOUNS = frozenset("blame responsibility finger".split())  # "pointed the finger at X"
# where blame is laid, besides "on X": "at the door of X", "at the feet of X", "at X's doorstep"
PLACE_NOUNS = frozenset("door doorstep foot feet".split())
# nouns for people and bodies, who can be blamed ("pinned the blame on extremists")
PEOPLE_WORDS = HOLDER_NOUNS | GROUPS
# the verbs a blame frame starts from (the detector looks only at lexicon words)
VOCABULARY = HOLDING_VERBS | PLACING_VERBS


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _responsible_word(verb: Token) -> Token | None:
    """The adjective of "held X responsible" (an object predicate, or a small clause the parser makes)."""
    for child in verb.children:
        if child.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and child.lower_ in RESPONSIBLE_WORDS:
            return child
    # "held Iran responsible for the attack", the parser making the adjective a modifier of the object
    return next(
        (
            a for o in verb.children if o.dep_ == "dobj"
            for a in o.children if a.dep_ == "amod" and a.i > o.i and a.lower_ in RESPONSIBLE_WORDS
        ),
        None,
    )


def _blame_object(verb: Token) -> Token | None:
    """The blame noun a placing verb puts somewhere: "pinned the blame", "laid responsibility"."""
    if _lemma(verb) not in PLACING_VERBS:
        return None
    return next(
        (
            c for c in verb.children
            if c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in BLAME_NOUNS and (_lemma(c) == "finger") == (
                _lemma(verb) == "point")  # the finger is pointed, the blame laid
        ),
        None,
    )


def blame_frame(verb: Token) -> bool:
    """Whether the verb holds someone responsible or places the blame on someone."""
    if not any(_names_actor(person) for person in accused(verb)):
        return False  # "blamed the delay on the weather": no one is accused
    if _lemma(verb) in HOLDING_VERBS:
        # "have not been held accountable" with no one holding them so speaks of punishment, not blame
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive and not any(c.dep_ == "agent" for c in verb.children) and not holders(verb):
            return False
        if verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return False  # "will hold those responsible accountable", "vowed to hold X accountable": a
            # promise to punish, not an accusation
        return _responsible_word(verb) is not None
    return _blame_object(verb) is not None


def _names_actor(token: Token) -> bool:
    """Whether the accused can be an actor: a name, a pronoun, or a noun for people or a body."""
    return (
        token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
        or token.pos_ in ("PROPN", "PRON")
        or _lemma(token) in PEOPLE_WORDS
    )


def _placed_on(verb: Token, blame: Token) -> list[Token]:
    """Whom a placing verb lays the blame on: "on X" or "at the door / feet of X", on the verb or the
    blame noun, else the last such phrase inside the "for" phrase, where the parser often hangs it
    ("the blame for the clashes on Eritrea")."""
    for prep in (*verb.children, *blame.children):
        found = _place_of(prep)
        if found:
            return found
        if _lemma(blame) == "finger" and prep.dep_ == "prep" and prep.lower_ == "at":  # "pointed the finger at X"
            return [p for p in prep.children if p.dep_ == "pobj"]
    act = _act(verb)
    inner = [found for t in act.subtree if (found := _place_of(t))] if act is not None else []
    return inner[-1] if inner else []


def _place_of(prep: Token) -> list[Token]:
    """The actors a preposition lays blame on: "on X", "at the door of X", "at X's door"."""
    if prep.dep_ != "prep":
        return []
    if prep.lower_ in ("on", "upon"):
        return [p for p in prep.children if p.dep_ == "pobj"]
    place = next((p for p in prep.children if p.dep_ == "pobj"), None) if prep.lower_ == "at" else None
    if place is None or place.lower_ not in PLACE_NOUNS:
        return []
    owners = [c for c in place.children if c.dep_ == "poss"]  # "at Moscow's door"
    return owners or [o for of in place.children if of.lower_ == "of" for o in of.children if o.dep_ == "pobj"]


def holders(verb: Token) -> list[list[int]]:
    """Who holds someone responsible in a passive the parser hangs on the adjective: "was held
    responsible by the United Nations"."""
    word = _responsible_word(verb)
    if word is None:
        return []
    return [[p.i] for by in word.children if by.dep_ in ("prep", "agent") and by.lower_ == "by"
            for p in by.children if p.dep_ == "pobj"]


def accused(verb: Token) -> list[Token]:
    """Whom a blame frame accuses: the one held responsible, or the one the blame is placed on."""
    word = _responsible_word(verb) if _lemma(verb) in HOLDING_VERBS else None
    if word is not None:
        if word.dep_ == "oprd":
            return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if word.dep_ == "amod":  # "held [Iran] responsible"
            return [word.head]
        return [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
    blame = _blame_object(verb)
    return _placed_on(verb, blame) if blame is not None else []


def _act(verb: Token) -> Token | None:
    """What the blame is for: the "for" phrase on the verb, the blame noun or the adjective."""
    holders = [verb, *[c for c in verb.children if c.lower_ in RESPONSIBLE_WORDS or _lemma(c) in BLAME_NOUNS]]
    word = _responsible_word(verb) if _lemma(verb) in HOLDING_VERBS else None
    if word is not None and word not in holders:  # "held Iran responsible [for the attack]"
        holders.append(word)
    for head in holders:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                found = next((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), None)
                if found is not None:
                    return found
    return None


def targets(verb: Token) -> list[list[int]]:
    """Target groups of a blame frame: each accused with its conjuncts, and the State a demonym names
    ("held Russian hackers responsible": Russia, when the hackers are no actor)."""
    groups: list[list[int]] = []
    for person in accused(verb):
        groups.append([person.i, *[c.i for c in person.conjuncts]])
        groups.extend([m.i] for m in person.children if m.dep_ == "amod" and m.ent_type_ == "NORP")
    return groups


def positions(verb: Token) -> list[list[Token]]:
    """The act blamed, without the phrase that names the accused ("the clashes", not "the clashes on
    Eritrea")."""
    act = _act(verb)
    if act is None:
        return []
    skip: set[int] = set()
    for person in accused(verb):
        node, phrase = person, None
        while node.i != node.head.i and node.i != act.i:
            if node.dep_ == "prep" and node.lower_ in ("on", "upon", "at"):
                phrase = node
            node = node.head
        if node.i == act.i and phrase is not None:
            skip |= {t.i for t in phrase.subtree}
    return [[t for t in act.subtree if t.i not in skip]]


def blamed_on_thing(verb: Token) -> bool:
    """ "blamed the fire on faulty wiring": "blame X on Y" whose Y names no actor accuses no one."""
    if _lemma(verb) != "blame":
        return False
    blamed = [o for o in verb.children if o.dep_ == "dobj"]  # "the delays on bad weather", however parsed
    places = [*verb.children, *(c for o in blamed for c in o.children)]
    on = [p for prep in places if prep.dep_ == "prep" and prep.lower_ in ("on", "upon")
          for p in prep.children if p.dep_ == "pobj"]
    # "on a rocket fired by Hamas", "on an Israeli strike": someone is still named
    return bool(on) and not any(_names_actor(t) for p in on for t in p.subtree)
