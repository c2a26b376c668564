"""What a noun cue is about ("its demands for a truce, a withdrawal and talks", "Russia's condition is
that Ukraine abandon ...", "its position is clear: Y must ...", "faces pressure from X to resign"): the
noun's own list, clause or complement, or the phrase its verb gives it. Verb cues are read by
graph/extract/cues/positions.py, which calls this for noun cues and for the nouns of object phrases.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import discontent
from graph.extract import lexicon as lx
from graph.extract.cues.tokens import actor_like, dues_claim, lemma_of, names_holder, noun_for_clause, to_infinitive
from graph.extract.issued_warnings import issued_positions
from graph.extract.nominal import (
    appositive_list,
    colon_list,
    content_clause,
    copular_statement,
    dashed_list,
    flat_list,
    included_items,
    listed_objects,
    noun_dependents,
    verdict_on,
)
from graph.extract.positions import commentary, conjuncts_of, span_tokens
from graph.extract.stated_positions import colon_clauses

# prepositions whose object is what a cue is about: "a call for calm", "its objection to X"
POSITION_PREPS = frozenset("to on for from upon over about against with of".split())
# offers that are a thing on the table by themselves ("their bid failed" may be any attempt)
_TABLED = lx.BID_NOUNS - {"bid"}


def noun_positions(noun: Token) -> list[list[Token]]:
    """What a noun cue is about: its list, its spelt-out or stated clause, its complement or the phrase
    its preposition takes, or what it is said of by the verb it is the object or subject of."""
    children = noun_dependents(noun)
    if dues_claim(noun) and not any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
        return [_itself(noun)]  # "the 9% pay claim"
    dashed = dashed_list(noun)  # "its conditions for a truce - A, B and C - were rejected"
    if dashed:
        return dashed
    listed = listed_objects(noun)  # "demands for a truce, a withdrawal and talks", however parsed
    if listed:
        return listed
    spelt_out = colon_clauses(noun)  # "its position is clear: all hostages must be released and ..."
    if spelt_out:
        return [  # each clause alone, without the position's own clause when the parser hangs it there
            span_tokens(c, exclude=[j for j in c.children if j.dep_ in ("conj", "cc", "punct") or noun in j.subtree])
            for c in spelt_out
        ]
    included = included_items(noun)  # "the protesters' demands included A, B and C", "... are A and B"
    if len(included) > 1:
        return included
    stated = copular_statement(noun)  # "Russia's condition for a ceasefire is that Ukraine abandon ..."
    if stated:
        return [stated]
    if included:
        return included
    for child in children:
        # "his vow to close the prison", which the parser may read as a relative clause
        infinitive = child.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
        if child.dep_ == "relcl" and content_clause(child):  # "Moscow's warning that Kyiv would pay", misparsed
            return [span_tokens(child, exclude=[child.doc[child.left_edge.i], *commentary(child)])]
        if (child.dep_ in ("acl", "appos", "ccomp") or infinitive) and not (
            child.dep_ == "appos" and verdict_on(child)  # "called [the offer of dialogue] [a trap]": a verdict
        ):
            if child.dep_ != "appos":
                return [span_tokens(child, exclude=commentary(child))]
            members = conjuncts_of(child)  # "its demands: the lifting of sanctions, compensation and ..."
            return members if len(members) > 1 else flat_list(child) or members
    asked_for = noun_for_clause(noun) if lx.NOUNS.get(lemma_of(noun)) == "Demand" else None
    if asked_for is not None:  # "calls for Berlin to send more tanks": Berlin to send more tanks
        return [span_tokens(asked_for, exclude=[m for m in asked_for.children if m.dep_ == "mark"])]
    after_colon = colon_list(noun)  # "detailed its conditions for a deal: a 5% raise and no job cuts"
    if after_colon:
        return after_colon
    for child in children:
        of = {"of"} if lemma_of(noun) in lx.OF_OBJECT_NOUNS else set()
        of |= {"at"} if lemma_of(noun) in discontent.DISCONTENT_NOUNS else set()  # "disappointment at the vote"
        if child.dep_ == "prep" and child.lower_ in POSITION_PREPS - {"of"} | {"that"} | of:
            for comp in child.children:
                # "an agreement with the employers", "calls from the opposition for ...": the other side
                # or the source, not what is agreed or asked
                put_to = child.lower_ == "to" and _asked(noun)  # "their demands to the government"
                partner = (child.lower_ in ("with", "from") or put_to) and names_holder(comp)
                asked = [a for a in comp.children if a.dep_ in ("acl", "relcl") and to_infinitive(a)] if partner else []
                if asked:  # "pressure from donors to back Trump", the infinitive hung on the source
                    return [span_tokens(asked[0], exclude=[a for a in asked[0].children if a.lower_ == "to"])]
                if comp.dep_ in ("pobj", "pcomp") and not actor_like(comp) and not partner:
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
                members = conjuncts_of(sibling)  # "listed its demands: A, B and C", however parsed
                return members if len(members) > 1 else flat_list(sibling) or appositive_list(sibling) or members
            if sibling.i > noun.i and sibling.dep_ == "ccomp" and noun.dep_ == "dobj":
                return [span_tokens(sibling)]  # "reiterated its demand today that Israel ease ..."
    if noun.dep_ == "dobj" and lemma_of(head) in lx.RECEIVING_VERBS:  # "faces pressure from X to resign"
        for sibling in head.children:
            if sibling.i > noun.i and sibling.dep_ in ("advcl", "xcomp", "ccomp"):
                return [span_tokens(sibling, exclude=[a for a in sibling.children if a.lower_ == "to"])]
        if lx.NOUNS.get(lemma_of(noun)) in ("Support", "Oppose"):  # "the decision drew criticism from X"
            # a subject that could hold a stance is its target, not its position
            things = [c for c in head.children if c.dep_ == "nsubj" and not names_holder(c)]
            if things:
                return [span_tokens(things[0])]
    # "His hope is that ..." (noun as subject of the copula)
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        for sibling in head.children:
            if sibling.dep_ in ("ccomp", "attr", "xcomp") and sibling.i > noun.i and not verdict_on(sibling):
                return [span_tokens(sibling)]  # not "(the demands are) a non-starter", said of them
    issued = issued_positions(noun)  # "issued a warning to X of consequences" (graph/extract/issued_warnings.py)
    if issued or lemma_of(noun) not in _TABLED or not any(c.dep_ == "poss" for c in noun.children):
        return issued
    return [_itself(noun)]  # "the union's final offer was rejected": an offer on the table is its own position


def _asked(noun: Token) -> bool:
    """A demand noun, whose "to" names whom it is put to ("their demands to the government")."""
    return lx.NOUNS.get(lemma_of(noun)) == "Demand"


def _itself(noun: Token) -> list[Token]:
    """The noun's own phrase, without its owner and article ("the union's final offer" -> "final offer"):
    the position of a noun cue that names a thing asked for or put forward."""
    return span_tokens(noun, exclude=[c for c in noun.children if c.dep_ in ("poss", "det")])
