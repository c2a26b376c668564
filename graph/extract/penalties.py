"""Penalties that find fault: fining, sanctioning or punishing someone for something.

"The regulator fined Meta for breaching data rules", "the Commission fined Apple 500 million euros for
...", "Washington sanctioned three officials for human rights abuses", "the party punished the senator for
voting against the budget", "Meta was fined by the regulator for ...": the one who penalises holds the
one penalised to have done wrong, and the "for" phrase says what (Accuse; CAMEO 11, 112): the target is
the one penalised, the position the reason ("for" or "over": "fined Meta over its consent model").

Without a reason a penalty finds no fault that the sentence states ("fined Meta 100 million euros" reports
a sanction, an act), and a "for" phrase that gives a time or a sum is no reason ("for two years", "for $5
million"); "sanctioned funds for the bridge" (approved them) penalises no one, and a passive with no one
penalising ("the bank was fined for ...") has no holder. A thing that penalises states a rule, not a
stance: "the law punishes firms for late payment", "the ruling, which penalises Apple for ...".
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.cues.tokens import names_holder

PENALTY_VERBS = frozenset("fine sanction penalise penalize punish discipline".split())
# the small model lemmatises "fined" as "fin": the written forms of "fine" as a verb
FINE_FORMS = frozenset("fine fines fined fining".split())
# the words a penalty cue starts from (the detector looks only at lexicon words)
VOCABULARY = PENALTY_VERBS | FINE_FORMS
# what introduces the reason: "fined X for breaching ...", "fined X over its pricing model"
REASON_PREPS = frozenset(("for", "over"))
# a "for" phrase of time or money is no reason: "for two years", "for $5 million"
_NO_REASON_ENTS = frozenset("DATE TIME MONEY CARDINAL QUANTITY PERCENT".split())


def _penalty_verb(verb: Token) -> bool:
    """A verb of penalising, whatever lemma the small model gives "fined"."""
    if verb.pos_ != "VERB":
        return False
    return verb.lemma_.lower() in PENALTY_VERBS or verb.lower_ in FINE_FORMS


def penalised(verb: Token) -> Token | None:
    """Who is penalised: the object ("fined Meta"), the name before the sum ("fined Apple 500 million
    euros", parsed as the sum's modifier), or a passive's subject when an agent penalises ("was fined by
    the regulator")."""
    if not _penalty_verb(verb):
        return None
    if not _penaliser(verb):
        return None  # "the bank was fined for ...", "the rules penalise firms for ...": no one finds fault
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass"):
            if names_holder(child):
                return child
            named = [m for m in child.children if m.dep_ in ("nmod", "compound") and names_holder(m)]
            if named and _sum(child):
                return named[0]
    return None


def _penaliser(verb: Token) -> bool:
    """Whether someone penalises: a passive's agent, or the subject (of the verb, or of the verb it is the
    infinitive or the second verb of: "decided to fine X") naming an actor, not a thing ("the law
    punishes firms for ...", "the ruling, which penalises Apple for ...": a rule, no one's stance)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return any(names_holder(p) for a in verb.children if a.dep_ == "agent" for p in a.children)
    heads = [verb, verb.head] if verb.dep_ in ("xcomp", "conj") else [verb]
    subjects = [c for h in heads for c in h.children if c.dep_ == "nsubj"][:1]
    for subject in subjects:
        if subject.lower_ in ("which", "that") and subject.head.dep_ == "relcl":
            subject = subject.head.head  # "the regulator, which fined X for ...": the regulator
        return names_holder(subject)
    return False


def _sum(noun: Token) -> bool:
    """A sum of money: "500 million euros", "$1bn", "a record sum"."""
    return noun.ent_type_ == "MONEY" or any(c.dep_ in ("nummod", "compound") and c.like_num for c in noun.children)


def reason(verb: Token) -> Token | None:
    """What the penalty is for: the "for" phrase on the verb, or where the parser hangs it (on the one
    penalised, the sum, or the agent: "was fined by the regulator for mishandling data")."""
    who = penalised(verb)
    if who is None:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    places = [verb, who, *objects, *(c for o in objects for c in o.conjuncts)]  # "fined A $5m and B $2m for"
    places += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    for place in places:
        for prep in place.children:
            if prep.dep_ != "prep" or prep.lower_ not in REASON_PREPS:
                continue
            found = next((p for p in prep.children if p.dep_ in ("pcomp", "pobj")), None)
            if found is not None and found.ent_type_ not in _NO_REASON_ENTS:
                return found
    return None


def penalty(verb: Token) -> bool:
    """Whether the verb penalises someone named for a stated reason."""
    return reason(verb) is not None


def targets(verb: Token) -> list[list[int]]:
    """The one penalised, with its conjuncts ("fined Apple and Meta"), and the State a demonym names
    ("sanctioned three Iranian officials")."""
    who = penalised(verb)
    if who is None:
        return []
    groups = [[who.i, *[c.i for c in who.conjuncts]]]
    groups.extend([m.i] for m in who.children if m.dep_ == "amod" and m.ent_type_ == "NORP")
    return groups


def positions(verb: Token) -> list[list[Token]]:
    """The reason: "breaching data rules", "human rights abuses"."""
    found = reason(verb)
    return [list(found.subtree)] if found is not None else []
