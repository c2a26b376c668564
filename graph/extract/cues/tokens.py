"""The `Cue` record and the token tests every cue pattern shares.

A `Cue` is a word or fixed phrase of graph/extract/lexicon/ that signals a stance type. `lemma_of`
mends the small model's lemma slips, `actor_like` says whether a token can name an actor, and
`conditional` whether a cue's clause carries a condition; the finders, the position patterns and
graph/extract/participants.py all read them.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.modality import is_negated

ACTOR_ENTS = frozenset("GPE ORG PERSON NORP".split())


@dataclass
class Cue:
    """A token that signals a stance type; `family` says which word class matched."""

    token: Token
    type: str
    family: str  # verb, phrasal, object, noun, adjective, intent


def lemma_of(token: Token) -> str:
    """The token's lemma, mending the small model's known slips ("hoping" -> "hop", "fined" -> "fin")."""
    lemma = token.lemma_.lower()
    if lemma == "hop" and token.lower_.startswith("hop") and token.lower_ not in ("hop", "hops"):
        return "hope"
    if lemma == "fin" and token.lower_.startswith("fine"):
        return "fine"
    return lemma


def actor_like(token: Token) -> bool:
    """Whether the token can name an actor: an actor entity, a proper noun or a pronoun."""
    return token.ent_type_ in ACTOR_ENTS or token.pos_ in ("PROPN", "PRON")


def names_body(token: Token) -> bool:
    """Whether the token can name an actor that acts or is acted on: a name or a pronoun, or a noun for a
    body or a collective actor ("the union", "the rebels"); not people at large ("travellers")."""
    return actor_like(token) or lemma_of(token) in lx.ACTOR_NOUNS


def names_holder(token: Token) -> bool:
    """Whether the token can name who holds a stance: a name or a pronoun, or a noun for a body, people or
    observers ("the union", "investors", "the mayor")."""
    return actor_like(token) or lemma_of(token) in lx.HOLDER_NOUNS


def dues_claim(token: Token) -> bool:
    """A claim for money owed ("their pay claim", "wage claims"): a demand, not an assertion."""
    return lemma_of(token) == "claim" and any(
        c.dep_ in ("compound", "amod") and lemma_of(c) in lx.CLAIMED_DUES for c in token.children
    )


def working_time(noun: Token) -> bool:
    """A span of time named as a thing one can ask for ("pushed for a four-day week", "a 32-hour week", "a
    day of strikes"): a time noun with an article and a hyphenated measure before it or an "of" phrase of
    acts after it, not a date or a duration ("for a week")."""
    article = any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children)
    measured = any(t.text == "-" or "-" in t.text for t in noun.doc[noun.left_edge.i : noun.i])
    # "called for a new day of strikes", "a week of protests": a span of time filled with acts one calls for
    filled = any(c.dep_ == "prep" and c.lower_ == "of" and any(p.tag_ == "NNS" for p in c.children)
                 for c in noun.children)
    return article and (measured or filled)


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


def for_clauses(token: Token, deps: tuple[str, ...] = ("advcl", "ccomp")) -> list[Token]:
    """ "called for Ruto to resign", "pushed for the army to withdraw": the infinitive clause with a subject
    of its own that the parser hangs on the verb (a dependent of one of `deps`) with "for" as its mark."""
    return [
        c for c in token.children
        if c.dep_ in deps and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def noun_for_clause(noun: Token) -> Token | None:
    """ "(Lithuania's) calls for Berlin to send more tanks", "renewed its calls for Berlin to send ...": the
    for-clause with a subject of its own that an asking noun takes, on the noun or, as the parser may hang
    it, on the verb the noun is the object of."""
    clauses = for_clauses(noun) + for_clauses(noun, ("relcl", "acl"))
    if noun.dep_ == "dobj":
        clauses += [c for c in for_clauses(noun.head) if c.i > noun.i]
    return clauses[0] if clauses else None


def asks_whether(clause: Token) -> bool:
    """A complement that asks rather than states: "(asked / refused to say) whether the talks had failed",
    "(would not say) if the president would attend"."""
    return any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in clause.children)


def to_infinitive(verb: Token) -> bool:
    """A verb with an infinitive marker of its own: "(urged X) to return", "(pressure from donors) to back"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def unanswered(speech: Token, clause: Token) -> bool:
    """A question a speech verb leaves open: "(asked / refused to say) whether the talks had failed", and a
    question word's clause under a speech verb negated or refused ("did not say when the talks would
    resume", "declined to say how many were detained"), where "said when the talks would resume" tells."""
    if asks_whether(clause):
        return True
    if lemma_of(speech) not in _TELLING_VERBS:
        return False  # "didn't know what to make of him" tells of not knowing, which a source may report
    refused = speech.dep_ == "xcomp" and lx.VERBS.get(lemma_of(speech.head)) == "Reject"
    return question_clause(clause) and (refused or is_negated(speech))


# verbs that tell what a question asks: "would not say / disclose / specify how many"
_TELLING_VERBS = frozenset("say tell disclose reveal specify explain elaborate detail indicate confirm".split())


def hung_agent(verb: Token) -> list[Token]:
    """The agent of a passive the parser hangs on its "with", "as" or "of" phrase: "Kosovo was threatened
    with sanctions by the European Union" (the Union threatens), "was dismissed as unrealistic by the
    ministry", "was warned of consequences by the United States"; none when the verb has an agent of its own."""
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return []
    hung = [  # also on the verdict of "was dismissed as unrealistic by the ministry"
        p
        for w in children if w.dep_ == "prep" and w.lower_ in ("with", "as", "of")
        for o in w.children if o.dep_ in ("pobj", "amod", "acomp")
        for by in o.children if by.dep_ == "prep" and by.lower_ == "by"
        for p in by.children if p.dep_ == "pobj"
    ]
    # on the object a passive keeps: "were refused visas by the authorities", "was denied entry to Georgia
    # by border guards"
    return hung or [p for by in retained_agent(verb)[:1] for p in by.children if p.dep_ == "pobj"]


def retained_agent(verb: Token) -> list[Token]:
    """The "by" phrase the parser hangs inside the object a passive keeps ("were refused visas [by the
    authorities]"), which names who acts and is no part of what is refused."""
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return []
    return [
        by for o in children if o.dep_ == "dobj" for by in o.subtree if by.dep_ == "prep" and by.lower_ == "by"
    ]


# words that open a question: "Will Russia accept ...?", "Why should we ...?"
_QUESTION_WORDS = frozenset("what why how when where which who whom whose".split())


def asked_directly(token: Token) -> bool:
    """Whether the token's clause is a direct question, which asks and states no stance: "Will Russia
    accept the ceasefire?", "Is the West ready to defend Taiwan?", "Why should Kyiv negotiate?". The clause
    ends at a question mark and puts its auxiliary before its subject, or opens with a question word."""
    clause = token
    while clause.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        if clause.head.i == clause.i or clause.dep_ in ("ccomp", "advcl", "relcl", "acl"):
            return False
        clause = clause.head
    end = clause.right_edge.i
    doc = clause.doc
    while end > clause.i and (doc[end].is_quote or doc[end].is_space):
        end -= 1
    # the question mark ends the clause, or comes right after it (the parser may hang it on the sentence)
    marked = doc[end].text == "?" or (end + 1 < len(doc) and doc[end + 1].text == "?")
    return marked and question_clause(clause)


def question_clause(clause: Token) -> bool:
    """A clause worded as a question: its auxiliary before its subject ("will Israel honour the deal"),
    or a question word first ("who will pay for the damage"); a statement's clause is neither."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = clause.doc[clause.left_edge.i]
    if first.lower_ in _QUESTION_WORDS and first.tag_ in ("WP", "WRB", "WDT", "WP$"):
        return True
    if subject is None:
        return False
    return (clause.pos_ == "AUX" and clause.i < subject.i) or any(
        c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in clause.children
    )
