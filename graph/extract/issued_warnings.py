"""Warnings and threats issued: "issued a warning to X of consequences", "gave the rebels a final
warning", "sent a stern warning to NATO over its drills".

The noun is the object of a verb that only delivers it (issue, give, send ...), so the parser hangs what
belongs to the noun on the verb: "to X" (or the dative "gave X a warning") is whom the warning is for,
the target; "of / over / against / about Y" is what it warns of or over, the position. With nothing of
the kind, the warning itself ("a stern warning") is what was stated.
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.cues.tokens import lemma_of, names_body
from graph.extract.threats import CONDITION_MARKS

# verbs that deliver a warning or a threat without adding a stance of their own
ISSUING_VERBS = frozenset("issue give send deliver sound repeat renew reiterate".split())
# nouns of a threat that such a verb delivers
ISSUED_NOUNS = frozenset("warning threat ultimatum".split())
# what the warning is of or over, hung on the verb
_ABOUT = frozenset("of over against about".split())


def issuing_verb(noun: Token) -> Token | None:
    """The verb that delivers the warning or threat `noun`, if it is its object."""
    if noun.dep_ != "dobj" or lemma_of(noun) not in ISSUED_NOUNS or lemma_of(noun.head) not in ISSUING_VERBS:
        return None
    return noun.head


def issued_to(noun: Token) -> list[Token]:
    """Whom a delivered warning is for: "issued a warning to X", "gave X a final warning"."""
    verb = issuing_verb(noun)
    if verb is None:
        return []
    whom = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"] + [
        p for c in [*verb.children, *noun.children] if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for p in c.children if p.dep_ == "pobj"
    ]
    # "a warning to travellers", "to drivers": advice to the public, no one threatened
    return [w for w in whom if names_body(w)]


def issued_positions(noun: Token) -> list[list[Token]]:
    """What a delivered warning is of or over ("of serious consequences", "over its drills"), else the
    warning itself with its modifiers ("a stern warning") when it is for an actor."""
    verb = issuing_verb(noun)
    if verb is None:
        return _hung_on_addressee(noun)
    addressees = issued_to(noun)
    threatened = bool(addressees)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _ABOUT and prep.i > noun.i:
            objects = [p for p in prep.children if p.dep_ in ("pobj", "pcomp")]
            if objects and (threatened or lemma_of(objects[0]) in lx.COST_NOUNS):  # not "of heavy rain"
                return [list(objects[0].subtree)]
    hung = _about(addressees)  # "issued a warning to Iran of consequences", "of" hung on Iran
    if hung:
        return hung
    if not threatened or any(
        c.dep_ in ("xcomp", "advcl", "acl", "ccomp") and not _conditional(c) for c in [*verb.children, *noun.children]
    ):
        return []  # "an ultimatum to management to restore the bonuses": the clause says what is asked
    return [[t for t in noun.subtree if t.dep_ not in ("det", "poss", "case", "prep") and t.i <= noun.i]]


def _hung_on_addressee(noun: Token) -> list[list[Token]]:
    """ "Germany's warning to China of consequences": what a warning or threat to an actor is of, which
    the parser hangs on the one warned."""
    if lemma_of(noun) not in ISSUED_NOUNS:
        return []
    addressed = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                 if p.dep_ == "pobj" and names_body(p)]
    return _about(addressed)


def _about(addressees: list[Token]) -> list[list[Token]]:
    """What a warning is of or over when the parser hangs it on the one warned ("to China of consequences")."""
    for prep in (c for a in addressees for c in a.children):
        if prep.dep_ == "prep" and prep.lower_ in _ABOUT:
            objects = [p for p in prep.children if p.dep_ in ("pobj", "pcomp")]
            if objects:
                return [list(objects[0].subtree)]
    return []


def _conditional(clause: Token) -> bool:
    """A condition on the warning ("if it attacked shipping", "unless ..."): it says when the threat holds,
    not what is asked."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children)
