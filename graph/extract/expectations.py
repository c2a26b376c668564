"""Modal clauses that expect or infer, and so oblige no one: "inflation should ease next year", "the talks
must be difficult", "Beijing must be worried".

- a state of mind or of difficulty after "must / should be" is inferred, not required: "must be difficult",
  "must be worried" (one cannot be told to be worried; one can be told to be transparent or fair);
- "should" before a verb of change with no object, of a subject that is no actor, is a forecast: "prices
  should fall", "the weather should improve" (a market or the weather is not asked to do anything; "the
  union said wages should rise" is a demand of no one named and stays one only with an actor subject);
- "should", of a subject that is no actor, with a when or a how likely is a forecast too: "the talks
  should resume next week", "the truce should hold for now".
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.lexicon import ACTOR_NOUNS, PEOPLE_NOUNS

# adjectives of difficulty, feeling and knowledge: what "must be X" infers about a thing or a mind
INFERRED_STATES = frozenset(
    "difficult hard tough painful complicated frustrating daunting challenging obvious clear evident "
    "worried concerned anxious nervous aware afraid alarmed disappointed pleased delighted happy relieved "
    "tired exhausted embarrassed furious angry upset surprised confident".split()
)
# verbs of change a quantity or a condition undergoes by itself: "inflation should ease"
CHANGE_VERBS = frozenset(
    "ease improve rise fall grow slow recover decline drop increase decrease stabilise stabilize rebound "
    "weaken strengthen worsen soften cool moderate subside abate peak climb jump dip shrink expand fade "
    "deteriorate normalise normalize".split()
)
_ACTOR_ENTS = frozenset("PERSON ORG GPE NORP".split())


def expected_not_required(clause: Token) -> bool:
    """Whether a clause with a modal of obligation states an inference or a forecast, not an obligation."""
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if clause.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in INFERRED_STATES for c in clause.children
    ):
        return True
    if auxiliaries & {"should", "must", "can"} and clause.lemma_.lower() in EXPECTING_VERBS:
        return True  # "investors should expect more volatility", "motorists must brace for delays": a forecast
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if "should" in auxiliaries and subjects and not any(can_act(s) for s in subjects) and _timed(clause):
        return True  # "the talks should resume next week", "the truce should hold for now": a forecast
    return (
        "should" in auxiliaries
        and clause.lemma_.lower() in CHANGE_VERBS
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in clause.children)
        and bool(subjects)
        and not any(can_act(s) for s in subjects)
    )


# verbs of awaiting what comes, which make a modal of obligation a forecast told to those who will meet it:
# "should expect delays", "must brace for a long winter", "should anticipate higher bills"
EXPECTING_VERBS = frozenset("expect anticipate brace foresee".split())
# adverbs of when or how likely, which make "should" a forecast: "should resume soon"
FORECAST_ADVERBS = frozenset("soon shortly eventually probably likely".split())


def _timed(clause: Token) -> bool:
    """The clause says when, or how likely, it comes about: "next week", "soon", "for now", "by June"."""
    for child in clause.children:
        if child.dep_ == "advmod" and child.lower_ in FORECAST_ADVERBS:
            return True
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            return True  # "next week", "this year"
        if child.dep_ == "prep" and any(
            p.dep_ in ("pobj", "pcomp") and (p.ent_type_ == "DATE" or p.lower_ == "now") for p in child.children
        ):
            return True  # "for now", "by June", "within days"
    return False


def can_act(subject: Token) -> bool:
    """Whether the subject can name someone who acts: an actor name, a pronoun, a noun for people or bodies."""
    return (
        subject.ent_type_ in _ACTOR_ENTS
        or subject.pos_ in ("PROPN", "PRON")
        or subject.lemma_.lower() in ACTOR_NOUNS | PEOPLE_NOUNS
    )
