"""Sides taken with a preposition: "is against the reform", "came out against the plan", "are in favour
of a ban", "came out in support of the strikers", "spoke out against the war".

A copula ("be", "remain", "stay") or a verb of declaring oneself ("come out", "come down", "speak out")
with "against X" opposes X, and with "in favour of X" or "in support of X" supports it (CAMEO 01 / 11 and
05 / 01). After a bare copula the side must be an idea or an act ("are against lowering the voting age"),
not people or a thing ("the police were against the crowd", "the ladder was against the wall"); a verb of
declaring oneself takes a side on anything it names.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.cues.tokens import lemma_of

COPULAS = frozenset("be remain stay".split())
# verbs of declaring oneself, with the particle that makes them so: "came out against", "spoke out for"
DECLARING = frozenset({("come", "out"), ("come", "down"), ("speak", "out")})
# the nouns of "in favour of", "in support of"
FAVOUR_NOUNS = frozenset("favour favor support".split())
# what a bare copula's "against" can be against without taking a side: people, places and objects
_NO_SIDE = lx.PEOPLE_NOUNS | lx.GEOGRAPHIC_FEATURES | frozenset("crowd wall door clock odds tide time grain".split())
VOCABULARY = frozenset({"against"}) | FAVOUR_NOUNS


def side_taken(word: Token) -> tuple[Token, str, Token] | None:
    """(the verb, "Oppose" or "Support", the side's head word) for the "against" or the "favour" / "support"
    of a side taken (see the module docstring), or None."""
    if word.lower_ == "against" and word.dep_ == "prep":
        verb, kind = word.head, "Oppose"
        side = next((c for c in word.children if c.dep_ in ("pobj", "pcomp")), None)
    elif lemma_of(word) in FAVOUR_NOUNS and word.dep_ == "pobj" and word.head.lower_ == "in":
        verb, kind = word.head.head, "Support"
        of = [p for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        side = next((p for p in of if p.dep_ in ("pobj", "pcomp")), None)
    else:
        return None
    if side is None or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if _declares(verb):
        return verb, kind, side
    if lemma_of(verb) in COPULAS and (side.dep_ == "pcomp" or side.tag_ == "VBG" or lemma_of(side) not in _NO_SIDE):
        if side.pos_ == "PROPN" or side.ent_type_:
            return None  # "were against Spain" (a match, a vote count): no idea or act named
        return verb, kind, side
    return None


def _declares(verb: Token) -> bool:
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    return any((lemma_of(verb), p) in DECLARING for p in particles)


def side_of(verb: Token) -> Token | None:
    """The side a verb of a side taken names ("[the reform]" of "is against the reform")."""
    words = [
        w for c in verb.children if c.dep_ == "prep"
        for w in ([c] if c.lower_ == "against" else [p for p in c.children if p.dep_ == "pobj"])
    ]
    return next((found[2] for w in words if (found := side_taken(w)) is not None and found[0] == verb), None)
