"""Participants that the plain subject/object patterns miss: passives, "each other", agreement partners.

- passive cues: "Rwanda was accused by U.N. experts of ..." and "Russia was threatened by ISIS" take the
  passive subject as target (the agent is the holder, found by graph/extract/participants.py), and the
  "of"/"for" phrase the parser hangs on the agent is the accusation's position;
- reciprocal objects: "Armenia and Azerbaijan blamed each other" is two accusations, each holder's target
  the other holder (resolved in graph/extract/stances.py from the `reciprocal` flag);
- reports dismissed as false: "dismissed as false reports that ..." denies what the report says;
- intents of things: "talks will resume, officials said" is a schedule, not the officials' offer;
- agreement partners: "X reached an agreement with Y", "X signed a deal with Y" make Y agree too (an
  agreement has two sides); "agreed with Y" (an opinion) and an offer or a demand "with Y" do not.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.collective_actions import announced_action
from graph.extract.costs import own_ranks
from graph.extract.cues import Cue, lemma_of
from graph.extract.deeds import yielder, yielding
from graph.extract.denials import dismissed_report, report_content
from graph.extract.positions import position_of, span_tokens

RECIPROCAL_WORDS = frozenset({"other", "another", "one"})
# verbs that make an agreement, which the "with" side makes too: "reached / signed / struck a deal with X"
MAKING_VERBS = frozenset("reach sign conclude strike seal clinch ink agree negotiate finalise finalize".split())
# "traded / exchanged accusations": each side's accusation of the other
EXCHANGE_VERBS = frozenset({"trade", "exchange"})
# stance types whose passive subject is whom the stance is aimed at ("was accused / urged / praised by")
PASSIVE_TARGETED = frozenset("Accuse Threaten Demand Support Oppose Reject".split())
# nouns of a two-sided settlement: reaching or signing one "with Y" makes Y a party to it
SETTLEMENT_NOUNS = frozenset("agreement deal accord pact treaty settlement truce ceasefire cease-fire".split())


def extend_candidate(cand: dict[str, Any], cue: Cue) -> None:
    """Add passive targets and positions, the reciprocal flag and agreement partners to a candidate."""
    token = cue.token
    if cue.family == "intent" and _thing_subject(token) and not announced_action(token):
        cand["holders"] = []  # "talks will resume, officials said": the talks intend nothing (teachers who
        # "will strike" do intend it)
    if _reciprocal(token) or (cue.family == "object" and lemma_of(token) in EXCHANGE_VERBS):
        cand["reciprocal"] = True  # "blamed each other", "traded accusations"
    # "was disappointed", "will not be intimidated": the one who feels or defies, no target
    if cue.type in PASSIVE_TARGETED and cue.family not in ("discontent", "defiance"):
        subjects = passive_subjects(token)
        agents = [[p.i] for a in token.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if subjects and agents and not any(c.dep_ == "auxpass" for c in token.children):
            cand["holders"] = [*agents, *cand["holders"]]  # "stands accused by Y": Y accuses
        if subjects:
            cand["targets"] = [*subjects, *cand["targets"]]
            if not cand["positions"] and cue.type == "Accuse":
                position = _agent_complement(token)
                if position is not None:
                    cand["positions"] = [position]
        # "blamed Russian intelligence services": the demonym names the State when the noun names no actor
        cand["targets"] += [
            [m.i]
            for obj in token.children
            if obj.dep_ == "dobj"
            for m in obj.children
            if m.dep_ == "amod" and m.ent_type_ == "NORP"
        ]
    report = dismissed_report(token) if cue.type == "Deny" else None
    if report is not None:  # "dismissed as false reports that it had struck ..."
        position = position_of(report_content(report))
        if position is not None:
            cand["positions"] = [position]
    act = position_of([token])
    if cue.type == "Concede" and not cand["positions"] and yielding(token) and act is not None:
        cand["positions"] = [act]  # "Japan had surrendered": the surrender is conceded
    who = yielder(token) if cue.family == "noun" else None
    if who is not None:  # "forced the surrender of the garrison": the garrison concedes
        cand["holders"] = [[who.i], *cand["holders"]]
        cand["positions"] = cand["positions"] or ([act] if act is not None else [])
    if cue.type == "Agree":
        partners = agreement_partners(token)
        if partners:
            cand["partners"] = partners
        elif made_together(token):
            cand["reciprocal"] = True  # "Armenia and Azerbaijan signed a peace treaty": each with the other


def _thing_subject(verb: Token) -> bool:
    """Whether the verb's own subject is a common noun that names no actor ("talks", "prices")."""
    return any(
        c.dep_ == "nsubj"
        and c.pos_ == "NOUN"
        and not c.ent_type_
        and lemma_of(c) not in lx.ACTOR_NOUNS | lx.OBSERVER_NOUNS
        and not any(m.ent_type_ in ("NORP", "GPE", "ORG") for m in c.children)
        and not own_ranks(c)  # "(the commander said) his units would shell ...": the speaker's men
        for c in verb.children
    )


def _reciprocal(token: Token) -> bool:
    """ "blamed each other", "accused one another of ...", "blamed each other's forces", "threatened to
    expel each other's diplomats", and "each side blamed the other" (object "other" with "each"/"one",
    or "the other" after "each X")."""
    acts = [token, *(x for x in token.children if x.dep_ == "xcomp")]  # "threatened to expel each other's"
    objects = [
        *(c for a in acts for c in a.children), *(g for p in token.children if p.dep_ == "prep" for g in p.children)
    ]
    objects = [o for o in objects if o.dep_ in ("dobj", "pobj")]
    objects += [p for o in objects for p in o.children if p.dep_ == "poss"]  # "each other's forces"
    each_subject = any(
        c.dep_ == "nsubj" and any(d.lower_ == "each" for d in c.children) for c in token.children
    )
    return any(
        o.lower_ in RECIPROCAL_WORDS and (_each(o) or (each_subject and o.lower_ == "other")) for o in objects
    )


def _each(other: Token) -> bool:
    """ "each other", "one another" (the parser may head the pair on either word)."""
    pair = {other.lower_, *(c.lower_ for c in other.children if c.dep_ != "case")}
    return pair in ({"each", "other"}, {"one", "another"})


def passive_subjects(verb: Token) -> list[list[int]]:
    """The subject of a passive cue that has an agent ("X was accused by Y"), with its conjuncts, then
    its demonym ("Chinese car makers": China); for an infinitive that modifies a noun ("the latest to
    be threatened by Y"), the copula's subject."""
    children = list(verb.children)
    if not any(c.dep_ == "agent" for c in children):
        return []
    if not any(c.dep_ == "auxpass" for c in children) and verb.tag_ != "VBN":
        return []
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acomp", "oprd", "xcomp"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "X stands accused by Y"
    if subject is None and verb.dep_ in ("relcl", "acl"):
        noun = verb.head
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "attr" else noun
    if subject is None or subject.lower_ in ("who", "which", "that"):
        return []
    group = [subject.i, *[c.i for c in subject.conjuncts if c.pos_ in ("NOUN", "PROPN")]]
    return [group, *([m.i] for m in subject.children if m.dep_ == "amod" and m.ent_type_ == "NORP")]


def _agent_complement(verb: Token) -> dict[str, Any] | None:
    """ "accused by U.N. experts of deploying troops": the parser hangs "of ..." on the agent's noun."""
    for agent in verb.children:
        if agent.dep_ != "agent":
            continue
        for noun in agent.children:
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                    comps = [c for c in prep.children if c.dep_ in ("pcomp", "pobj")]
                    if comps:
                        return position_of(span_tokens(comps[0]))
    return None


def made_together(token: Token) -> bool:
    """ "Armenia and Azerbaijan signed a peace treaty", "the two sides reached a deal": an agreement made by
    a coordinated subject, each side's agreement with the other."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return (
        lemma_of(token) in MAKING_VERBS
        and any(c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in SETTLEMENT_NOUNS for c in token.children)
        and any(s.conjuncts for s in subjects)
    )


def agreement_partners(token: Token) -> list[list[int]]:
    """Who else is party to an agreement the holder reached or signed: the "with" phrase of the verb or
    of its settlement noun ("reached an agreement with the union", "signed a deal with Kyiv")."""
    if lemma_of(token) not in MAKING_VERBS:
        return []  # "would not recognise the agreement with Russia": Russia is no party to the refusal
    places = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in SETTLEMENT_NOUNS]
    if places:
        places.append(token)
    groups: list[list[int]] = []
    for place in places:
        for prep in place.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and (pobj.pos_ == "PROPN" or lemma_of(pobj) in lx.ACTOR_NOUNS):
                        groups.append([pobj.i, *[c.i for c in pobj.conjuncts if c.pos_ in ("NOUN", "PROPN")]])
    return groups
