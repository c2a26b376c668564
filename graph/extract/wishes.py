"""Aims that ask something of another actor (PLOVER REQUEST, CAMEO 10).

Wanting one's own act is an Aim ("wants to join NATO"). Wanting another actor's act ("Brussels wants
London to pay the bill", "the protesters want the president to resign") or seeking something from
another actor ("is seeking assurances from Belgrade", "sought Washington's help") asks it of them: a
Demand whose target is that actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.cues.tokens import lemma_of, names_holder, to_infinitive
from graph.extract.modality import WOULD_WANT

WANTING_VERBS = frozenset("want wish".split())
SEEKING_VERBS = frozenset("seek".split())
# what one seeks of someone: "sought Washington's help", "seeks Beijing's support"
HELP_NOUNS = frozenset("help support assistance aid backing cooperation protection guarantee assurance".split())


def asked_of(verb: Token) -> Token | None:
    """The actor an Aim verb asks something of, or None when the aim is the holder's own."""
    lemma = lemma_of(verb)
    if lemma in WANTING_VERBS or would_like(verb):
        clause = wanted_act(verb)
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
        if clause is not None and subject is None:  # "would like [Serbia] [to normalise ...]": the object acts
            subject = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
        return subject if subject is not None and names_holder(subject) else None
    if lemma in SEEKING_VERBS:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for prep in [*obj.children, *verb.children]:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    source = next((p for p in prep.children if p.dep_ == "pobj"), None)
                    if source is not None and names_holder(source):
                        return source
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            if lemma_of(obj) in HELP_NOUNS and owner is not None and names_holder(owner):
                return owner
    return None


def wanted_act(verb: Token) -> Token | None:
    """The infinitive clause of "wants X to ...", with a subject of its own or after the verb's object
    ("would like [Serbia] to normalise ...", as the parser may read it)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp", "advcl") and to_infinitive(clause):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and clause.dep_ != "advcl":
                return clause
            if any(o.i < clause.i for o in objects):
                return clause
    return None


def would_like(verb: Token) -> bool:
    """ "The EU would like Serbia to normalise relations", "would prefer to wait": a wish, as "wants" is."""
    return (
        lemma_of(verb) in WOULD_WANT  # "would like / prefer / love"
        and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)
        and not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children)  # "you'd like to ...": anyone
        and any(c.dep_ in ("xcomp", "ccomp", "advcl") and to_infinitive(c) for c in verb.children)
    )
