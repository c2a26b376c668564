"""Finding the stance cues of a sentence: one per token, verb, noun or adjective.

A verb's type is read by graph/extract/cues/verbs.py; here a noun cue needs a complement of its own
("a call for calm", not "a phone call"), an adjective one too ("willing to"), and a participle that
only says what a protest or a blockade is for is no cue at all.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from graph.extract import conditions, discontent, readiness, refusals, sides, stated_positions
from graph.extract import lexicon as lx
from graph.extract.cues.tokens import Cue, dues_claim, lemma_of, noun_for_clause
from graph.extract.cues.verbs import verb_cue


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
    phrase_objects = {c.i for cue in cues if cue.family in ("object", "bettering") for c in cue.token.children}
    found = [cue for cue in cues if not (cue.family == "noun" and cue.token.i in phrase_objects)]
    return sorted(found + _refused_on_condition(found), key=lambda cue: cue.token.i)


def _refused_on_condition(cues: list[Cue]) -> list[Cue]:
    """ "would not go higher unless China also contributed": the act refused on a condition, a conditional
    offer negated (a Reject, graph/extract/cue_candidates.py), unless its verb is a cue already ("would not
    raise its offer unless ...")."""
    taken = {cue.token.i for cue in cues}
    acts = [refusals.refused_on_condition(cue.token) for cue in cues if cue.family == "stipulation"]
    return [Cue(act, "Offer", "conditioned") for act in acts if act is not None and act.i not in taken]


def _cue_at(token: Token) -> Cue | None:
    lemma = lemma_of(token)
    side = sides.side_taken(token) if lemma in sides.VOCABULARY else None
    if side is not None:  # "is against the reform", "came out in favour of a ban" (graph/extract/sides.py)
        return Cue(side[0], side[1], "side")
    if conditions.stipulated(token) is not None:  # "will sign only if X ...": X is asked to
        return Cue(token, "Demand", "stipulation")
    if discontent.discontent(token):  # "disagreed with the ruling", "was disappointed by the verdict"
        return Cue(token, "Oppose", "discontent")
    if token.pos_ == "VERB" and token.dep_ in ("acomp", "oprd") and token.lower_ in lx.ADJECTIVES:
        lemma = token.lower_  # "is prepared to", "would be determined to": a participle read as an adjective
    elif token.pos_ in ("VERB", "AUX") or (
        token.pos_ == "NOUN" and token.dep_ == "ROOT" and token.tag_ == "VBZ"
    ):
        if purpose_of_act(token):
            return None
        family = conditions.family_of(token) if token.pos_ == "VERB" else None
        cue = Cue(token, "Demand", family) if family else verb_cue(token, lemma)
        if cue is not None and cue.type == "Concede" and conditions.awaited_act(token):
            return None  # "will keep fighting until the rebels surrender": a condition awaited, not done
        return cue
    if token.pos_ == "NOUN" and stated_positions.stated_demand(token):  # "its position is that Y must ..."
        return Cue(token, "Demand", "noun")
    if token.pos_ == "NOUN" and dues_claim(token):
        return Cue(token, "Demand", "noun")  # "the union's pay claim": money asked for
    if token.pos_ == "NOUN" and lemma in lx.NOUNS and token.dep_ not in ("compound",):
        if lemma in lx.COMPLEMENT_NOUNS and not _noun_complement(token):
            return None  # "a phone call", "under pressure": no one asks anything
        if token.head.lower_ == "in" and lemma == "order":
            return None  # "in order to": a purpose, no order
        if lemma in refusals.INTENT_NOUNS and any(
            c.dep_ in ("det", "amod") and (c.lower_ == "no" or c.lower_ in lx.NOTHING_WORDS) for c in token.children
        ):  # "showed no / little willingness to compromise": a disowned act or no concession (refusals.py)
            return None
        if lx.NOUNS[lemma] == "Offer" and (_vowed_force(token) or readiness.coercive_readiness(token)):
            return Cue(token, "Threaten", "noun")  # "Netanyahu's vow to destroy Hamas", "readiness to retaliate"
        if lx.NOUNS[lemma] == "Concede" and conditions.awaited_act(token):
            return None  # "will keep fighting until the RSF surrender" (the parser's noun): not done
        return Cue(token, lx.NOUNS[lemma], "noun")
    if token.pos_ == "ADJ" and conditions.owned_condition(token):  # "Israel's participation is conditional on ..."
        return Cue(token, "Demand", "condition")
    if token.pos_ in ("ADJ", "VERB") and lemma in lx.ADJECTIVES and _has_complement(token):
        if lx.ADJECTIVES[lemma] in ("Offer", "Aim") and readiness.coercive_readiness(token):
            # "prepared to take all necessary measures", "determined to take firm measures against X"
            return Cue(token, "Threaten", "adjective")
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
    if not purpose or head == token:
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
    if "for" in preps and noun_for_clause(noun) is not None:
        return True  # "calls for Berlin to send more tanks", "for" parsed as the mark of a clause
    for place in places:
        for child in place.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                return True
            if (
                lemma_of(noun) in lx.INFINITIVE_NOUNS
                and child.dep_ in ("acl", "advcl", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
            ):
                return True
    return False


def _vowed_force(noun: Token) -> bool:
    """ "its vow to destroy Hamas", "a pledge to crush the rebellion": a promise of force against someone,
    a threat (as the verbs "vowed to crush" are)."""
    return lemma_of(noun) in _PROMISE_NOUNS and any(
        c.dep_ in ("acl", "relcl") and lemma_of(c) in lx.FORCE_VERBS | _CRUSHING
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in noun.children
    )


# promises that can be of force; and verbs of force besides the lexicon's attacks: "vow to crush X"
_PROMISE_NOUNS = frozenset("vow pledge promise".split())
_CRUSHING = frozenset("crush destroy defeat eliminate eradicate annihilate punish retaliate".split())


def _has_complement(token: Token) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp", "prep", "acomp") for c in token.children)
