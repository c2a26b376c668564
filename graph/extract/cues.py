"""Stance cues in a parsed sentence, and the dependency patterns that find their positions.

A `Cue` is a word (verb, noun, adjective) or fixed phrase of graph/extract/lexicon.py that signals a
stance type. Its positions are the clausal complement, the to-infinitive, the object phrase, the
appositive after a colon ("his key condition: a complete cessation of ...") or a list introduced by
"including"; its holders and targets are found by graph/extract/participants.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from graph.extract import conditions, threats, vows
from graph.extract import lexicon as lx
from graph.extract.deeds import concession_deed
from graph.extract.denials import dismissed_report, falsified_report
from graph.extract.modality import is_negated, under_speech
from graph.extract.nominal import appositive_list, copular_statement, flat_list, included_items, listed_objects
from graph.extract.obligations import misplaced_clause
from graph.extract.positions import conjuncts_of, list_members, span_tokens

_POSITION_PREPS = frozenset("to on for from upon over about against with of".split())
ACTOR_ENTS = frozenset("GPE ORG PERSON NORP".split())
_PHRASE_NOUNS = frozenset(noun for _, noun in lx.OBJECT_PHRASES) | lx.RESTRICTION_NOUNS


@dataclass
class Cue:
    """A token that signals a stance type; `family` says which word class matched."""

    token: Token
    type: str
    family: str  # verb, phrasal, object, noun, adjective, intent


def lemma_of(token: Token) -> str:
    """The token's lemma, mending the small model's known slips ("hoping" -> "hop")."""
    lemma = token.lemma_.lower()
    if lemma == "hop" and token.lower_.startswith("hop") and token.lower_ not in ("hop", "hops"):
        return "hope"
    return lemma


def find_cues(tokens: Iterable[Token], *, extra: dict[str, str] | None = None) -> list[Cue]:
    """Every stance cue among `tokens` (a sentence, or its lexicon hits), in text order.

    `extra` adds verb lemmas per stance type (the component's `extra_cues` setting).
    """
    cues: list[Cue] = []
    for token in tokens:
        kind = (extra or {}).get(lemma_of(token)) if token.pos_ == "VERB" else None
        cue = Cue(token, kind, "verb") if kind else _cue_at(token)
        if cue is not None:
            cues.append(cue)
    # "reached an agreement": the noun is part of the verb's phrase, not a second stance
    phrase_objects = {c.i for cue in cues if cue.family == "object" for c in cue.token.children}
    return [cue for cue in cues if not (cue.family == "noun" and cue.token.i in phrase_objects)]


def _cue_at(token: Token) -> Cue | None:
    lemma = lemma_of(token)
    if conditions.stipulated(token) is not None:  # "will sign only if X ...": X is asked to
        return Cue(token, "Demand", "stipulation")
    if token.pos_ in ("VERB", "AUX") or (
        token.pos_ == "NOUN" and token.dep_ == "ROOT" and token.tag_ == "VBZ"
    ):
        if purpose_of_act(token):
            return None
        family = conditions.family_of(token) if token.pos_ == "VERB" else None
        return Cue(token, "Demand", family) if family else _verb_cue(token, lemma)
    if token.pos_ == "NOUN" and lemma in lx.NOUNS and token.dep_ not in ("compound",):
        if lemma in lx.COMPLEMENT_NOUNS and not _noun_complement(token):
            return None  # "a phone call", "under pressure": no one asks anything
        return Cue(token, lx.NOUNS[lemma], "noun")
    if token.pos_ in ("ADJ", "VERB") and lemma in lx.ADJECTIVES and _has_complement(token):
        if lx.ADJECTIVES[lemma] == "Offer" and threats.coercive_readiness(token):
            return Cue(token, "Threaten", "adjective")  # "prepared to take all necessary measures"
        return Cue(token, lx.ADJECTIVES[lemma], "adjective")
    return None


def purpose_of_act(token: Token) -> bool:
    """ "Farmers blocked roads, demanding higher prices", "began a hunger strike to protest ...",
    "demonstrators demanding ...": a participle or purpose infinitive with no subject of its own that
    hangs from a physical act (a protest, a blockade, an attack) says what the act is for; the act is
    the event, not a stance an actor states."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    head = token.head
    purpose = token.dep_ in ("advcl", "xcomp", "conj", "acl") and (
        token.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )
    if not purpose or head is token:
        return False
    if head.pos_ == "NOUN":  # "a demonstration calling for ...", "demonstrators protesting ..."
        return lemma_of(head) in lx.PROTEST_NOUNS | lx.PROTESTER_NOUNS
    return (
        lemma_of(head) in lx.PHYSICAL_ACTS
        or head.lower_.startswith("stag")  # "staged" (the small model lemmatises it "stag")
        or any(c.dep_ == "dobj" and lemma_of(c) in lx.PROTEST_NOUNS for c in head.children)
        or (head.dep_ == "acl" and lemma_of(head.head) in lx.PROTEST_NOUNS)
    )


def _noun_complement(noun: Token) -> bool:
    """Whether "call"/"pressure" asks for something: "a call for calm", "calls on X to", "pressure from X
    to resign" (the parser may hang "from X" and "to ..." on the verb of "faces pressure")."""
    places = (
        [noun, noun.head]
        if noun.dep_ == "dobj" and lemma_of(noun.head) in lx.RECEIVING_VERBS | lx.PRESENTING_VERBS
        else [noun]
    )
    preps = lx.COMPLEMENT_NOUNS[lemma_of(noun)]
    for place in places:
        for child in place.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                return True
            if (
                lemma_of(noun) in ("call", "pressure")
                and child.dep_ in ("acl", "advcl", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
            ):
                return True
    return False


def _warning_kind(token: Token) -> str:
    """ "warned that it would retaliate", "warned X", "warned of consequences" threaten; "warned that
    prices would rise" only states a prediction (a Claim)."""
    for child in token.children:
        if child.dep_ in ("dobj", "dative", "xcomp", "advcl"):
            return "Threaten"
        if child.dep_ == "prep" and child.lower_ in ("of", "against", "about"):
            if any(lemma_of(p) in lx.COST_NOUNS for p in child.children if p.dep_ in ("pobj", "pcomp")):
                return "Threaten"
        if child.dep_ == "ccomp" and threats.warned_act(child, actor_like):
            return "Threaten"  # "warned that it would retaliate" (graph/extract/threats.py)
    return "Claim"


def _verb_cue(token: Token, lemma: str) -> Cue | None:
    if token.pos_ == "AUX":
        return None
    # particles before prepositions ("called off the protests on Sunday"); a date is never what is called on
    particles = [
        c.lower_ for c in token.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in lx.PARTICLE_ADVERBS)
    ] + [
        c.lower_
        for c in token.children
        if c.dep_ == "prep" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
    ]
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    object_lemmas = {lemma_of(o) for o in objects}
    if falsified_report(token) is not None:
        return Cue(token, "Deny", "verb")  # "called the reports baseless", "brushed off as lies reports ..."
    for particle in particles:
        kind = lx.PHRASAL.get((lemma, particle))
        if kind == "Offer" and object_lemmas & lx.NOT_OFFERED:
            return None
        if kind is not None:
            return Cue(token, kind, "phrasal")
    for obj in object_lemmas:
        kind = lx.OBJECT_PHRASES.get((lemma, obj))
        if (
            kind is not None
            and obj in lx.TIE_NOUNS
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)
        ):
            return None  # restoring ties is an act: "can normalize relations" describes a possibility
        if kind is not None:
            return Cue(token, kind, "object")
    if lemma in lx.RELAXING_VERBS and object_lemmas & lx.RESTRICTION_NOUNS:
        return Cue(token, "Concede", "object")
    if lemma in lx.CALLING_VERBS and _called_unacceptable(token):
        return Cue(token, "Reject", "verb")  # "called the proposal unacceptable"
    if lemma in lx.PUSHING_VERBS and objects and _asks_to(token):
        return Cue(token, "Demand", "verb")  # "pushed Israel to allow more aid"
    if concession_deed(token) and not _intent(token):
        return Cue(token, "Concede", "deed")  # "released 3,000 prisoners" (graph/extract/deeds.py)
    if lemma in ("hold", "put", "hand", "call", "give", "walk", "step", "turn", "rule", "push"):
        if lemma == "give" and _intent(token):
            return Cue(token, "Offer", "intent")
        future = any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in token.children)
        if lemma == "hold" and object_lemmas & lx.TALK_NOUNS and is_negated(token) and future:
            return Cue(token, "Offer", "intent")  # "will not hold talks": a refusal (typed so by polarity)
        return None  # only as phrasal verbs
    if lemma in lx.INTENT_COERCIVE and (_intent(token) or threats.conditional_coercion(token)):
        return Cue(token, "Threaten", "intent")
    if threats.forceful(token) and (
        _intent(token) or threats.conditional_coercion(token)
    ):
        return Cue(token, "Threaten", "intent")  # "will take all necessary steps", "will extend the curfew"
    if threats.forceful_response(token) or threats.reserved_force(token):
        return Cue(token, "Threaten", "verb")  # "will respond with full force", "reserves the right to respond"
    if lemma == "commit" and "to" in particles:
        return Cue(token, "Offer", "phrasal")
    if vows.promised_force(token):  # "promised a crushing response": a promise of force
        return Cue(token, "Threaten", "verb")
    if lemma in lx.RECOGNIZING_VERBS:  # "never recognised Kosovo's independence"
        recognised = object_lemmas & lx.RECOGNITION_OBJECTS or any(o.ent_type_ in ("GPE", "ORG") for o in objects)
        return Cue(token, "Support", "verb") if recognised else None
    kind = lx.VERBS.get(lemma)
    if lemma in lx.OATH_VERBS and not _intent(token) and _sworn_fact(token):
        return None  # "swore that she had seen the car": an oath about a fact (the speech Claim covers it)
    if lemma in lx.OATH_VERBS and vows.vowed_benefit(token):
        return Cue(token, "Offer", "verb")  # "vowed to rebuild the schools": a promise
    if lemma in lx.WARNING_VERBS:
        kind = _warning_kind(token)
        if kind == "Claim":
            return None  # a reported prediction: the speech-verb Claim covers it
    if kind == "Reject" and (object_lemmas & lx.CLAIM_NOUNS or dismissed_report(token) is not None):
        return Cue(token, "Deny", "verb")  # "rejected the accusation", "dismissed the allegations"
    if lemma in lx.AGREEING_SUPPORT and object_lemmas & lx.PROPOSAL_NOUNS:
        return Cue(token, "Agree", "verb")
    if kind in ("Reject",) and any(c.dep_ == "xcomp" and c.lemma_ == "comment" for c in token.children):
        return None  # "declined to comment" takes no stance
    if lemma == "order" and object_lemmas & lx.ORDERED_ACTS:
        return Cue(token, "Demand", "verb")  # "ordered the evacuation of the towns"
    if lemma == "tell" and _told_to(token):
        return Cue(token, "Demand", "verb")  # "told protesters to leave": an order
    if lemma in lx.ASKING_VERBS and not any(
        c.dep_ in ("xcomp", "ccomp")
        or (c.dep_ == "prep" and c.lower_ == "for")
        or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in token.children
    ):
        return None  # "asked a question", "pleaded guilty", "ordered 50 jets" ask nothing of anyone
    if kind is not None:
        return Cue(token, kind, "verb")
    if lemma in lx.INTENT_COOPERATIVE | lx.INTENT_COERCIVE and _intent(token):
        coercive = lemma in lx.INTENT_COERCIVE
        return Cue(token, "Threaten" if coercive else "Offer", "intent")
    return None


def _sworn_fact(verb: Token) -> bool:
    """An oath's that-clause with no future in it: "swore that she had seen ..."."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(
        a.dep_ == "aux" and a.lower_ in lx.FUTURE_MODALS for c in clauses for a in c.children
    )


def _called_unacceptable(verb: Token) -> bool:
    """ "called / deemed the plan unacceptable", "branded it a non-starter": the object is rejected."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")
        and (c.lower_ in lx.REJECTING_ADJECTIVES or c.lower_ in lx.REJECTING_NOUNS)
        for c in verb.children
    )


def _asks_to(verb: Token) -> bool:
    """A to-infinitive of what is asked ("pushed X to allow ..."), however the parser attaches it."""
    return any(
        c.dep_ in ("xcomp", "ccomp")
        or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in verb.children
    )


def _told_to(verb: Token) -> bool:
    """ "told X to ...": a person told and a to-infinitive to do."""
    return any(c.dep_ in ("dobj", "dative") for c in verb.children) and any(
        c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _has_complement(token: Token) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp", "prep", "acomp") for c in token.children)


def _intent(token: Token) -> bool:
    """ "X will give ...", "said they would boycott ...", "promised to release ...": a stated intent."""
    if token.dep_ in ("relcl", "acl", "amod", "pcomp", "advcl", "csubj"):
        return False
    if not any(c.dep_ == "nsubj" for c in token.children) and token.dep_ != "xcomp":
        return False
    if token.dep_ == "xcomp":
        return lemma_of(token.head) in lx.PROMISE_VERBS
    # headline style "Iran to free detained sailors": a root infinitive with a subject announces an intent
    headline = token.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if not headline and not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in token.children):
        return False
    # "X will meet Y on Monday" in a reporter's voice is a schedule; "X said it would meet Y" an intent
    return lemma_of(token) not in lx.SCHEDULE_VERBS or under_speech(token)


def conditional(token: Token) -> bool:
    """True when the cue's clause carries a condition ("unless", "if", "as long as", "provided that")."""
    for t in token.subtree:
        if t.dep_ == "mark" and t.lower_ in ("unless", "if"):
            return True
        if (
            t.lower_ == "long"
            and t.nbor(-1).lower_ == "as"
            and t.i + 1 < len(t.doc)
            and t.nbor(1).lower_ == "as"
        ):
            return True
        if t.lower_ in ("provided", "providing") and t.dep_ in ("mark", "advcl", "prep"):
            return True
    return False


# --- positions -----------------------------------------------------------------------------------------


def position_spans(cue: Cue) -> list[list[Token]]:
    """Token lists, one per position the cue takes (conjuncts split), best pattern first."""
    token = cue.token
    children = list(token.children)
    if cue.family in conditions.FAMILIES:
        return conditions.positions(token, cue.family)
    if cue.family == "noun":
        return _noun_positions(token)
    if cue.family == "intent":
        skip = [
            c
            for c in children
            if c.dep_ in ("nsubj", "aux", "neg", "punct", "advmod", "npadvmod", "cc")
            or (c.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in c.children))
        ]
        return [span_tokens(token, exclude=skip)]
    if cue.family == "object":
        nouns = [c for c in children if c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in _PHRASE_NOUNS]
        if nouns and lemma_of(nouns[0]) in lx.RESTRICTION_NOUNS and lemma_of(token) in lx.RELAXING_VERBS:
            return conjuncts_of(nouns[0])  # "lifted the curfew": what is given up
        if nouns:
            # "reached an agreement with X" names what was agreed; "made such threats" names nothing
            whole = (
                conjuncts_of(nouns[0])
                if lemma_of(nouns[0]) in lx.PROPOSAL_NOUNS | lx.OBJECT_POSITIONS
                else []
            )
            return _noun_positions(nouns[0]) or whole
    if cue.family == "phrasal":  # "called off the protests", parsed with the object under the particle
        for child in children:
            objects = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prt" else []
            if objects:
                return conjuncts_of(objects[0])
    cost = threats.warned_cost(token) if cue.type == "Threaten" and lemma_of(token) in lx.WARNING_VERBS else None
    if cost is not None:
        return [span_tokens(cost)]  # "warned the West of dire consequences (over ...)"
    if cue.type in ("Accuse", "Oppose"):
        for child in children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "with", "over"):
                for comp in child.children:
                    if comp.dep_ in ("pcomp", "pobj"):
                        return [span_tokens(comp)]
    for child in children:
        if child.dep_ == "ccomp" and child.i > token.i:
            return [span_tokens(child, exclude=_speech_tail(child))]
    misplaced = misplaced_clause(token)  # "demanded in a statement that Israel withdraw ..."
    if misplaced is not None:
        return [span_tokens(misplaced)]
    # "agreed to re-open": the parser may split one infinitive into several xcomps; "sworn to fight" an advcl
    if lemma_of(token) in lx.ASKING_VERBS:  # "asked Germany for missiles to strike ...": the missiles
        for prep in children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                asked = [p for p in prep.children if p.dep_ == "pobj"]
                if asked:
                    return conjuncts_of(asked[0])
    infinitives = [
        c
        for c in children
        if c.i > token.i
        and (
            c.dep_ == "xcomp"
            or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        )
    ]
    if infinitives:
        first = [c for c in infinitives if c.dep_ == infinitives[0].dep_]
        return [sorted((t for c in first for t in c.subtree), key=lambda t: t.i)]
    for child in children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lower_ not in ("what", "which", "that"):
            if cue.type in ("Accuse", "Oppose", "Support", "Threaten") and actor_like(child):
                continue
            members = conjuncts_of(child) + _list_continuation(token, child)
            return members if len(members) > 1 else flat_list(child) or appositive_list(child) or members
        if child.dep_ == "dobj" and child.lower_ == "what":
            return _including_list(token)
    for child in children:
        if child.dep_ == "prep" and child.lower_ in _POSITION_PREPS:
            for comp in child.children:
                if comp.dep_ in ("pobj", "pcomp") and not actor_like(comp):
                    if comp.lower_ == "what":
                        return _including_list(token)
                    return conjuncts_of(comp)
            if not any(c.dep_ in ("pobj", "pcomp") for c in child.children) and child.lower_ == "to":
                return _including_list(token)  # "what X agreed to"
    return []


def _list_continuation(verb: Token, obj: Token) -> list[list[Token]]:
    """Noun phrases the parser hung on the verb after "obj," ("a pay rise, a shorter week and pensions")."""
    end = max(t.i for t in obj.subtree if not t.is_punct)
    doc = obj.doc
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return []
    for sibling in verb.children:
        if (
            sibling.dep_ in ("npadvmod", "dobj", "appos", "conj")
            and sibling.pos_ == "NOUN"
            and min(t.i for t in sibling.subtree) == end + 2
        ):
            return (
                conjuncts_of(sibling)
                if any(c.dep_ == "conj" for c in sibling.children)
                else [span_tokens(sibling)]
            )
    return []


def _noun_positions(noun: Token) -> list[list[Token]]:
    children = list(noun.children)
    listed = listed_objects(noun)  # "demands for a truce, a withdrawal and talks", however parsed
    if listed:
        return listed
    stated = copular_statement(noun)  # "Russia's condition for a ceasefire is that Ukraine abandon ..."
    if stated:
        return [stated]
    included = included_items(noun)  # "the protesters' demands included A, B and C"
    if included:
        return included
    for child in children:
        if child.dep_ in ("acl", "appos", "ccomp", "relcl") and child.dep_ != "relcl":
            return conjuncts_of(child) if child.dep_ == "appos" else [span_tokens(child)]
    for child in children:
        of = {"of"} if lemma_of(noun) in lx.OF_OBJECT_NOUNS else set()
        if child.dep_ == "prep" and child.lower_ in _POSITION_PREPS - {"of"} | {"that"} | of:
            for comp in child.children:
                if comp.dep_ in ("pobj", "pcomp") and not actor_like(comp):
                    return conjuncts_of(comp)
    head = noun.head
    # "identified his key condition: a complete cessation of ..." (the colon's right side)
    if noun.dep_ in ("dobj", "attr", "nsubj"):
        for sibling in head.children:
            if (
                sibling.i > noun.i
                and sibling.dep_ in ("dobj", "attr", "appos", "npadvmod", "ccomp")
                and any(t.text == ":" for t in noun.doc[noun.i : sibling.i])
            ):
                return conjuncts_of(sibling)
            if sibling.i > noun.i and sibling.dep_ == "ccomp" and noun.dep_ == "dobj":
                return [span_tokens(sibling)]  # "reiterated its demand today that Israel ease ..."
    if noun.dep_ == "dobj" and lemma_of(head) in lx.RECEIVING_VERBS:  # "faces pressure from X to resign"
        for sibling in head.children:
            if sibling.i > noun.i and sibling.dep_ in ("advcl", "xcomp", "ccomp"):
                return [span_tokens(sibling, exclude=[a for a in sibling.children if a.lower_ == "to"])]
    # "His hope is that ..." (noun as subject of the copula)
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        for sibling in head.children:
            if sibling.dep_ in ("ccomp", "attr", "xcomp") and sibling.i > noun.i:
                return [span_tokens(sibling)]
    return []


def _including_list(cue_token: Token) -> list[list[Token]]:
    """Members of an "including A, B and C" list after the cue, up to a dash, parenthesis or clause end."""
    sent = cue_token.sent
    start = next((t.i for t in sent if t.i > cue_token.i and t.lower_ == "including"), None)
    if start is None:
        return []
    doc = cue_token.doc
    end = start + 1
    while (
        end < sent.end
        and doc[end].text not in ("—", "–", ")", ";")
        and not (doc[end].text == "-" and doc[end].whitespace_)
    ):
        end += 1
    return list_members(list(doc[start + 1 : end]))


def _speech_tail(clause: Token) -> list[Token]:
    """Parenthetical "X said" inside a clause belongs to attribution, not to the position."""
    return [
        c for c in clause.children if c.dep_ == "parataxis" or (c.dep_ == "prep" and c.lower_ == "according")
    ]


def actor_like(token: Token) -> bool:
    return token.ent_type_ in ACTOR_ENTS or token.pos_ in ("PROPN", "PRON")


def complement_tokens(cue: Cue) -> set[int]:
    """Indices of the cue's complements: cues inside them are part of its position, not stances."""
    out: set[int] = set()
    for child in cue.token.children:
        if child.dep_ in ("ccomp", "xcomp", "acl", "appos", "advcl", "relcl", "dobj") or (
            child.dep_ == "prep" and child.lower_ in _POSITION_PREPS
        ):
            if child.dep_ == "advcl" and not any(m.lower_ in ("to", "unless", "if") for m in child.children):
                continue
            if child.dep_ == "ccomp" and child.i < cue.token.i:
                continue  # a clause before the cue is not what it takes (as position_spans reads it)
            out.update(t.i for t in child.subtree)
    if cue.family == "noun":
        for span in _noun_positions(cue.token):
            out.update(t.i for t in span)
    return out
