"""Towards whom a stance is taken: the target patterns of a cue (graph/extract/cues/).

The object or prepositional complement that names whom ("accused Ukraine of", "demands on Ukraine",
"urged Iran to", "demanded that the US ..."), the addressee of an offer ("to X", "with X"), the author
of a rejected or accepted proposal ("rejected a US offer"). Each candidate is a group of token indices
(a token and its conjuncts), best first; actor resolution picks the first group that names an actor.
Holders are read by graph/extract/participants.py, whose conjunct and clause-subject helpers both share.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import blame, conditions, criticism, discontent, force_passives, mandative, refusals, verdicts
from graph.extract import lexicon as lx
from graph.extract.cues import ACTOR_ENTS, Cue, actor_like, lemma_of
from graph.extract.cues.tokens import for_clauses, names_body, names_holder, noun_for_clause
from graph.extract.deeds import handed_over, leaves_office, withdrawal
from graph.extract.issued_warnings import issued_to
from graph.extract.nominal import demanded_of, rejected_by_calling, said_clause
from graph.extract.obligations import misplaced_clause
from graph.extract.participants import clause_subjects, genitive, receiver_of, with_conjuncts

_TARGET_PREPS = frozenset("on upon against of with".split())
_SEEKING_VERBS = frozenset("seek request solicit".split())
# what a rejected or accepted thing is, whose author is the target: "rejected a US offer"
_PROPOSALS = lx.PROPOSAL_NOUNS | frozenset(
    "offer appeal call demand request invitation ultimatum proposal plan bid condition pressure term order".split()
)
# what a denial answers, whose author is the target: "denied Russia's claim that ...", "rejected the
# opposition's accusations"
_CHARGES = lx.CLAIM_NOUNS - frozenset("report story rumour rumor".split()) | {"finding"}


def target_groups(cue: Cue) -> list[list[int]]:
    """Candidate targets: objects and prepositional complements that may name an actor."""
    token = cue.token
    if cue.family in conditions.FAMILIES:  # "gave X until Friday to ...", "made funds for X conditional on ..."
        condition = conditions.required(token, cue.family)
        doers = condition_doers(condition) if condition is not None else []
        return doers + [g for g in conditions.targets(token, cue.family) if g not in doers]
    if cue.family == "blame":  # "held Iran responsible", "pinned the blame on Eritrea"
        return blame.targets(token)
    if cue.family == "discontent":  # "disagreed with Germany", "disappointed by the court's ruling"
        return discontent.targets(token)
    if cue.family == "verdict":  # "called Putin a war criminal", "called Israel's strikes a breach of ..."
        return verdicts.targets(token)
    groups: list[list[int]] = []
    if cue.type == "Threaten":  # "said any Israeli attack would be met with a crushing response": Israel
        groups.extend(with_conjuncts(t) for c in token.children if c.dep_ == "ccomp"
                      and force_passives.announced_response(c) for t in force_passives.responded_to(c))
    if cue.family == "object":  # "lodged a protest with Albania"
        for obj in token.children:
            if obj.dep_ in ("dobj", "nsubjpass"):  # "evidence against X was presented by Y" too
                groups.extend(target_groups(Cue(obj, cue.type, "noun")))
        if cue.type == "Support":  # "threw its weight behind Macron"
            groups.extend(with_conjuncts(p) for prep in token.children if prep.dep_ in ("prep", "dative")
                          and prep.lower_ in ("behind", "to") for p in prep.children if p.dep_ == "pobj")
    if cue.type == "Support" and token.lemma_.lower() in ("apologize", "apologise"):  # "apologized to Brazil"
        groups.extend(with_conjuncts(p) for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "to"
                      for p in prep.children if p.dep_ == "pobj")
    if cue.family == "noun" and cue.type == "Demand":
        groups.extend(demanded_of(token))  # "Russia's condition is that Ukraine abandon ...": Ukraine
        asked_for = noun_for_clause(token)  # "its calls for Berlin to send more tanks": Berlin
        if asked_for is not None:
            groups.extend(with_conjuncts(s) for s in asked_for.children if s.dep_ in ("nsubj", "nsubjpass"))
        if token.dep_ == "dobj" and lx.VERBS.get(lemma_of(token.head)) == "Reject":
            groups.extend(clause_subjects(token.head))  # "Beijing rejected US demands to ...": of Beijing
    if cue.family == "noun":  # "issued a warning to X", "gave X a final warning"
        groups.extend(with_conjuncts(w) for w in issued_to(token))
    if cue.family == "noun" and lemma_of(token) == "solidarity" and token.dep_ == "dobj":
        # "expressed its solidarity with Sudan", the parser hanging "with Sudan" on the verb
        groups.extend(
            with_conjuncts(p) for prep in token.head.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for p in prep.children if p.dep_ == "pobj"
        )
    receiver = receiver_of(token) if cue.family == "noun" else None
    if receiver is not None:
        groups.extend(clause_subjects(receiver))  # "X received assurances from Y": X
        if cue.type in ("Support", "Oppose"):  # "Caracas's refusal drew criticism from Brazil": Caracas
            groups.extend(g for s in receiver.children if s.dep_ == "nsubj" for g in _authors(s, any_act=True))
    if cue.family == "adjective" or cue.type in ("Offer", "Concede", "Agree"):
        for child in token.children:
            if child.dep_ == "xcomp":
                groups.extend(_addressees(child))
        groups.extend(_addressees(token))
    if cue.type == "Oppose" and (aimed := criticism.aimed_at(token)) is not None:
        groups.append(with_conjuncts(aimed))  # "hit out at the Commission": the one criticised
    if cue.type in ("Reject", "Offer") and cue.family != "noun":  # "refused to negotiate with the union"
        groups.extend(with_conjuncts(p) for p in refusals.talk_partners(token))
    called = rejected_by_calling(token) if cue.type == "Reject" and lemma_of(token) in lx.CALLING_VERBS else None
    if called is not None and called.dep_ == "oprd":  # "called the pilots' demands excessive": the pilots
        groups.extend(_authors(called))
    if cue.type == "Reject" and cue.family != "noun":
        groups.extend(_refused_proposal_authors(token))  # "refused to accept the company's offer": the company
        groups.extend(_withstood(token))  # "refused to cut rates despite pressure from the president"
    # seeking something from someone asks it of them, whatever the stance's type
    asking = cue.type == "Demand" or lemma_of(token) in _SEEKING_VERBS
    for child in token.children:
        if child.dep_ in ("ccomp", "dobj") and cue.type == "Demand":
            groups.extend(mandative.misread_subject(child))  # "demanded that Guyana halt ...", read as a noun
        if child.dep_ in ("dobj", "nsubjpass") and cue.type in ("Reject", "Agree") and cue.family != "noun":
            groups.extend(_authors(child))  # "rejected a US offer": the offer's author is the target
        if child.dep_ in ("dobj", "nsubjpass") and cue.type == "Deny" and lemma_of(child) in _CHARGES:
            groups.extend(_authors(child, any_act=True))  # "dismissed Kyiv's accusation that ...": Kyiv
        if child.dep_ == "prep" and child.lower_ == "to" and cue.type in ("Agree", "Concede") and cue.family != "noun":
            # "agreed to the UAW's demand", "bowed to the demands of the truckers", "caved in to pressure from X"
            groups.extend(g for p in child.children if p.dep_ == "pobj" for g in _authors(p))
        if child.dep_ == "nsubjpass" and cue.type in ("Oppose", "Accuse", "Support") and cue.family != "noun":
            groups.extend(_authors(child, any_act=True))  # "Israel's refusal ... was condemned by X": Israel
        if child.dep_ == "dobj" and cue.type == "Offer" and lemma_of(child) in lx.MET_DEMANDS:
            groups.extend(_authors(child))  # "(will not) meet the pilots' demands": the pilots
        if child.dep_ == "dobj" and (
            withdrawal(token) or leaves_office(token) or handed_over(token) or lemma_of(child) in lx.OBJECTION_NOUNS
        ):
            continue  # "withdrew its troops / its opposition", "leave office": the holder's own, not a target
        if child.dep_ in ("dobj", "dative", "iobj") and cue.family != "noun":
            # "issued an ultimatum to management": a dative "to" stands for its object
            whom = [p for p in child.children if p.dep_ == "pobj"] if child.pos_ == "ADP" else [child]
            groups.extend(with_conjuncts(w) for w in whom)
            if cue.type in ("Oppose", "Accuse", "Support") and child.dep_ == "dobj":
                # "condemned Israel's blockade", "praised Egypt's role": Israel, Egypt
                groups.extend(_authors(child, any_act=True))
            if cue.type == "Support" and child.dep_ == "dobj":  # "saluted the courage of the farmers"
                groups.extend(with_conjuncts(p) for of in child.children if of.lower_ == "of" for p in of.children
                              if p.dep_ == "pobj" and actor_like(p))
            if asking and child.dep_ == "dobj":  # "demanded Israel's withdrawal", "an Israeli withdrawal"
                groups.extend(_doers(child))
            if asking:  # "demanded reparations from Germany", "sought a loan from the IMF"
                groups.extend(
                    with_conjuncts(p)
                    for prep in child.children
                    if prep.dep_ == "prep" and prep.lower_ == "from"
                    for p in prep.children
                    if p.dep_ == "pobj"
                )
        elif child.dep_ == "prep" and (
            (child.lower_ in _TARGET_PREPS and not genitive(cue, child))
            or (child.lower_ == "to" and cue.type == "Demand")  # "appealed to X"
            or (child.lower_ == "to" and cue.type == "Threaten" and cue.family == "noun")  # "an ultimatum to X"
            # "its support for Ukraine", "backing for Macron", "opposition to the junta": whom it is for or against
            or (child.lower_ in ("for", "to", "behind") and cue.type in ("Support", "Oppose") and cue.family == "noun")
            # "voiced concern over Cambodia's canal", "concerns about the junta"
            or (child.lower_ in ("over", "about") and cue.type == "Oppose" and cue.family == "noun")
            # "disappointment at / over the vote"
            or (child.lower_ in discontent.DISCONTENT_PREPS and lemma_of(token) in discontent.DISCONTENT_NOUNS)
            or (child.lower_ == "from" and asking and cue.family == "verb")  # "demanded / sought X from Y"
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    groups.append(with_conjuncts(pobj))
                    groups.extend([m.i] for m in pobj.children if m.dep_ == "amod" and m.ent_type_ == "NORP")
                    if cue.family == "noun" and cue.type in ("Support", "Oppose"):
                        groups.extend(_authors(pobj, any_act=True))  # "opposition to Israel's blockade"
        elif child.dep_ == "prep" and child.lower_ == "for" and cue.type == "Demand" and cue.family != "noun":
            # "called for Hamas's disarmament", "pressed for an Israeli withdrawal": whoever is to do it
            groups.extend(g for pobj in child.children if pobj.dep_ == "pobj" for g in _doers(pobj))
        elif child.dep_ == "prep" and cue.type == "Demand" and (clause := misplaced_clause(token)) is not None:
            groups.extend([s.i] for s in clause.children if s.dep_ in ("nsubj", "nsubjpass"))
        elif child.dep_ in ("ccomp", "advcl") and cue.type == "Demand" and child in for_clauses(token):
            groups.extend(with_conjuncts(s) for s in child.children if s.dep_ in ("nsubj", "nsubjpass"))
        elif cue.type in ("Demand", "Accuse") and (
            child.dep_ == "ccomp" or (cue.family == "noun" and said_clause(child))
        ):  # "demanded that Minsk free ...", "Beijing's accusation that Taipei was plotting ...": Minsk, Taipei
            for sub in child.children:
                if sub.dep_ in ("nsubj", "nsubjpass"):
                    groups.append(with_conjuncts(sub))
                    # "demanded that Russian troops / UN peacekeepers / Hamas's fighters leave": the demonym
                    # or the name before the noun names whom
                    groups.extend(
                        [m.i]
                        for m in sub.children
                        if (m.dep_ == "amod" and m.ent_type_ == "NORP")
                        or (m.dep_ in ("compound", "poss") and m.pos_ == "PROPN")
                    )
        elif child.dep_ == "xcomp" and cue.type == "Demand":
            for sub in child.children:
                if sub.dep_ == "nsubj":
                    groups.append(with_conjuncts(sub))
        elif child.dep_ == "xcomp" and cue.type == "Threaten" and cue.family == "verb":
            # "threatened to hit Brazil with tariffs": the named object of the act threatened
            groups.extend(with_conjuncts(o) for o in child.children if o.dep_ == "dobj" and actor_like(o))
    if cue.type in ("Demand", "Offer", "Concede", "Reject", "Agree"):
        groups.extend(position_partners(token, cue.type))  # "a summit with Kim", "an apology from X": last
    return groups


# what two sides meet or quarrel in, whose "with" or "between" names the other side or both
_SHARED_MATTERS = lx.TALK_NOUNS | lx.TIE_NOUNS | frozenset(
    "dispute row deal agreement accord truce ceasefire exchange swap settlement mediation".split()
)
# acts done between two sides or handed to one: "mediate between X and Y", "extradite the activist to Japan"
_BETWEEN_VERBS = frozenset("mediate broker arbitrate".split())
_HANDING_VERBS = frozenset("extradite deport hand transfer return send".split())



def position_partners(token: Token, kind: str) -> list[list[int]]:
    """The other side named inside what a stance is about, the last choice of target: "a summit with Kim
    Jong Un", "the dispute with Tokyo", "to mediate between Baku and Yerevan", "talks between Kosovo and
    Serbia", "to extradite the activist to Japan"; for a demand, only the one a thing is asked from ("an
    apology from Beijing": a truce with X is no demand of X). Relative clauses inside say other things."""
    inner = {t.i for d in token.subtree if d.dep_ == "relcl" and d.i != token.i for t in d.subtree}
    groups: list[list[int]] = []
    for word in token.subtree:
        if word.dep_ != "prep" or word.i in inner:
            continue
        head = word.head
        shared = word.lower_ in ("with", "between") and (
            lemma_of(head) in _SHARED_MATTERS or lemma_of(head) in _BETWEEN_VERBS
        )
        handed = word.lower_ == "to" and lemma_of(head) in _HANDING_VERBS
        asked = word.lower_ == "from" and lemma_of(head) in lx.ASKED_THINGS
        if not (asked or (kind != "Demand" and (shared or handed))):
            continue
        groups.extend(with_conjuncts(p) for p in word.children if p.dep_ == "pobj" and names_holder(p))
    return groups


def _doers(act: Token) -> list[list[int]]:
    """Who is to do a demanded act named by a noun: its possessor or the people it is of ("Israel's
    withdrawal", "an Israeli withdrawal", "a Russian pullback"), not a place in its phrase ("from Gaza")."""
    if lemma_of(act) in _UNDERGONE:
        return []  # "Navalny's release", "the hostages' return": done to them, by another
    return [
        with_conjuncts(c) for c in act.children
        if (c.dep_ == "poss" and c.pos_ == "PROPN") or (c.dep_ == "amod" and c.ent_type_ == "NORP")
        or (c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ACTOR_ENTS)
    ] + [  # "the withdrawal of Russian troops", "the disarmament of Hamas": the "of" names who acts
        with_conjuncts(p) for c in act.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and ((actor_like(p) and p.pos_ != "PRON") or _of_a_state(p) or _one_body(p))
    ]


def _one_body(noun: Token) -> bool:
    """ "the prime minister", "the militia": one body or office holder, not people at large ("troops")."""
    return lemma_of(noun) in lx.ACTOR_NOUNS and noun.tag_ == "NN"


def _of_a_state(noun: Token) -> bool:
    """ "Russian troops", "Israeli forces": people a demonym makes a state's."""
    return lemma_of(noun) in lx.ACTOR_NOUNS and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children)


def condition_doers(condition: Token) -> list[list[int]]:
    """Who must meet a condition: the subject of its gerund ("conditional on Pakistan raising taxes", however
    the parser hangs "raising"; "on the government holding elections"), or the doer of the act a noun
    names ("conditional on Israel's withdrawal"); [] for a condition no one named must meet."""
    if condition.tag_ == "VBG":
        return [with_conjuncts(c) for c in condition.children if c.dep_ in ("nsubj", "poss") and names_body(c)]
    gerund = conditions.gerund_after(condition) or [
        c for c in condition.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > condition.i
    ]
    if gerund and names_body(condition):
        return [with_conjuncts(condition)]
    # "contingent on [Pyongyang] halting missile tests", the parser making the name a modifier of the noun
    named = [with_conjuncts(c) for c in condition.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and names_body(c)]
    return named or _doers(condition)


# acts done to their possessor, not by it: "demanded Navalny's release"
_UNDERGONE = frozenset(
    "release freeing liberation extradition pardon return rescue reinstatement acquittal arrest detention "
    "transfer evacuation safety prosecution punishment".split()
)


def _refused_proposal_authors(verb: Token) -> list[list[int]]:
    """Who made what a refusal declines to accept ("refused to accept the company's latest offer", "would not
    agree to Washington's proposal"): the authors of the object of the agreeing verb it governs."""
    groups: list[list[int]] = []
    for inner in verb.children:
        if inner.dep_ != "xcomp" or lx.VERBS.get(lemma_of(inner)) != "Agree":
            continue
        for child in inner.children:
            if child.dep_ == "dobj":
                groups.extend(_authors(child))
            elif child.dep_ == "prep" and child.lower_ == "to":
                groups.extend(g for p in child.children if p.dep_ == "pobj" for g in _authors(p))
    return groups


def _withstood(verb: Token) -> list[list[int]]:
    """Who pressed for what a refusal refuses, named in its "despite" phrase ("refused to cut rates despite
    pressure from the president", "despite the unions' demands"): the refusal is aimed at them."""
    places = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return [
        g for place in places for prep in place.children if prep.dep_ == "prep" and prep.lower_ == "despite"
        for p in prep.children if p.dep_ == "pobj" for g in _authors(p)
    ]


def _authors(proposal: Token, *, any_act: bool = False) -> list[list[int]]:
    """Who made a proposal, offer, appeal or demand (with `any_act`, who did the act criticised: "Israel's
    blockade", "remarks by the president"): its possessor, "by"/"from" X, or a naming modifier."""
    if not any_act and lemma_of(proposal) not in _PROPOSALS:
        return []
    groups: list[list[int]] = []
    for child in proposal.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":  # "their offer" may be the holder's own
            groups.append(with_conjuncts(child))
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
            groups.extend(with_conjuncts(p) for p in child.children if p.dep_ == "pobj")
        elif child.dep_ in ("amod", "compound") and (child.ent_type_ in ACTOR_ENTS or child.pos_ == "PROPN"):
            groups.append([child.i])
        elif child.dep_ == "prep" and child.lower_ == "of" and not any_act:
            for p in child.children:
                if p.dep_ != "pobj":
                    continue
                if names_holder(p) and p.pos_ != "PRON":  # "the demands of the truckers"
                    groups.append(with_conjuncts(p))
                else:  # "an offer of humanitarian aid from the United States", the parser hanging "from" on the aid
                    groups.extend(
                        with_conjuncts(o) for f in p.children if f.dep_ == "prep" and f.lower_ in ("from", "by")
                        for o in f.children if o.dep_ == "pobj"
                    )
        elif child.dep_ == "acl" and child.tag_ == "VBN" and not any_act:  # "the terms demanded by Hamas"
            groups.extend(
                with_conjuncts(o) for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
            )
    return groups


def _addressees(verb: Token) -> list[list[int]]:
    """Whom something is offered or conceded to: "to X", "with X" (and "American" in "American firms")."""
    groups: list[list[int]] = []
    for child in verb.children:
        if child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ in ("to", "with")):
            for pobj in [child, *child.children]:
                if pobj.dep_ in ("pobj", "dative") and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                    groups.append(with_conjuncts(pobj))
                    groups.extend([m.i] for m in pobj.children if m.dep_ == "amod" and m.ent_type_ == "NORP")
    return groups
