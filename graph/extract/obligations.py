"""Demands without a demand verb, inside a reported statement (the speaker's Demand of the clause's subject).

- the mandative subjunctive: "Pyongyang said that Washington and Seoul cease the drills" (a bare verb
  with a subject and no auxiliary is what the speaker requires, not what it reports);
- obligation by a verb: "said Russia has to / needs to withdraw";
- necessity: "said it was essential / vital / imperative that Russia cease ...", "said it was time that
  the PKK lay down its weapons";
- a required existence: "said there must be an immediate ceasefire" (what is to come about, of no one).
A modal of obligation ("said the rebels must disarm") is read by the detector itself (graph/extract/statements.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.cues.tokens import to_infinitive
from graph.extract.expectations import FORECAST_ADVERBS, can_act, expected_not_required  # "a deal soon"
from graph.extract.lexicon import OBLIGATION_MODALS
from graph.extract.mandative import misread_subject

# adjectives of necessity whose that-clause is required: "it is essential that X withdraw"
NECESSITY_ADJECTIVES = frozenset("essential vital imperative necessary crucial critical urgent important".split())
# nouns of the same: "it is time that X ...", "it is high time X ..."
NECESSITY_NOUNS = frozenset("time".split())
# nouns whose "is that ..." states what is required: "(said) the condition is that Russia withdraw"
CONDITION_NOUNS = frozenset("condition precondition requirement demand".split())
# where a demand is made: "demanded in a statement / a letter that ..."
STATEMENT_NOUNS = frozenset("statement letter speech interview communique declaration resolution post".split())
# obligation by a verb: "has to withdraw", "needs to stop", "ought to release"
NEED_VERBS = frozenset("have need ought".split())
_SUBJECTS = ("nsubj", "nsubjpass")
# forms of "be" that only an indicative has: "that the detainees are civilians"
_INDICATIVE_BE = frozenset(("are", "am", "'re"))
# quantities that agree with their "of" phrase: "half of the migrants are", "the majority of voters want"
PARTITIVE_NOUNS = frozenset("half percent per cent majority minority most rest bulk share proportion part number "
                            "third quarter fraction lot".split())


def required_clause(clause: Token, *, addressed: bool = False) -> Token | None:
    """The clause a statement requires of its subject ("that Russia cease ..."), or None.

    `clause` is the complement of a speech verb; `addressed` when that verb names whom it is told to
    ("told Y it has to ..."), whom a third-person pronoun subject then names.
    """
    if _bare_subjunctive(clause):
        return clause
    others = [  # "we have to" obliges no one
        c
        for c in clause.children
        if c.dep_ == "nsubj" and (c.pos_ != "PRON" or (addressed and c.lower_ in ("it", "they")))
    ]
    infinitive = next((c for c in clause.children if c.dep_ == "xcomp" and to_infinitive(c)), None)
    if clause.lemma_.lower() in NEED_VERBS and others and infinitive is not None:
        return infinitive  # "said Russia has to / needs to withdraw"
    # "Iran cannot be allowed to ...": one who acts, not "the currency cannot be allowed to fall"
    passive = [c for c in clause.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON" and can_act(c)]
    if passive and _disallowed(clause):  # "said Iran cannot be allowed to build a nuclear weapon"
        return clause
    # no modal: "would be obliged / compelled to retaliate" is the speaker's own threat (threat_conditions.py)
    if passive and clause.lemma_.lower() in BINDING_VERBS and any(c.dep_ == "auxpass" for c in clause.children) \
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children) and infinitive is not None:
        return infinitive  # "said Russia is required / obliged to notify it"
    if clause.lemma_.lower() != "be":
        return None
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in CONDITION_NOUNS for c in clause.children):
        stated = [c for c in clause.children if c.dep_ == "ccomp" and (_has_subject(c) or misread_subject(c))]
        if stated:  # "said the condition is that Russia withdraw": the condition is required
            return stated[0]
    for word in clause.children:
        necessary = (word.dep_ == "acomp" and word.lemma_.lower() in NECESSITY_ADJECTIVES) or (
            word.dep_ == "attr" and word.lemma_.lower() in NECESSITY_NOUNS
        )
        if not necessary:
            continue
        for inner in [*word.children, *clause.children]:
            # "essential that Pyongyang return to talks", which the parser may read as one noun phrase
            if inner.dep_ in ("ccomp", "relcl", "acl") and inner.i > word.i and (
                _has_subject(inner) or misread_subject(inner)
            ):
                return inner
    return None


# passives that bind their subject to act: "is required / obliged / bound to notify"
BINDING_VERBS = frozenset("require oblige obligate bind".split())
# what may not be let happen: "cannot be allowed / permitted to win"
_LETTING_VERBS = frozenset("allow permit".split())


def _disallowed(clause: Token) -> bool:
    """ "(Iran) cannot / can't be allowed to ...", "(the militias) cannot be permitted to ...": what the
    speaker requires not be let happen (as "must not be allowed to" does)."""
    children = list(clause.children)
    return (
        clause.lemma_.lower() in _LETTING_VERBS
        and any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "cannot") for c in children)
        and any(c.dep_ == "neg" for c in children)
        and any(c.dep_ == "xcomp" for c in children)
    )


# what "there must be" infers rather than requires: "there must be some mistake / a reason"
INFERRED_EXISTENTS = frozenset("reason mistake explanation error misunderstanding doubt".split())


def required_existence(clause: Token) -> Token | None:
    """ "(said) there must be an immediate ceasefire", "there should be an independent inquiry": what a
    modal of obligation on an existential "be" requires to come about (the noun), asked of no one in
    particular; not "there must be some mistake" (an inference) nor "there should be a deal soon" (a
    forecast)."""
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if clause.lemma_.lower() != "be" or not modals & {"must", "should"} or inferred(clause):
        return None
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in clause.children):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in FORECAST_ADVERBS for c in clause.children):
        return None
    required = next((c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if required is None or required.lemma_.lower() in INFERRED_EXISTENTS:
        return None
    if any(c.dep_ == "det" and c.lower_ == "some" for c in required.children):
        return None
    return required


def modal_obligation(clause: Token) -> list[Token]:
    """Who a clause with a modal of obligation obliges ("Hamas must disarm", "the EU should recognise
    ..."): its noun subjects, or [] when it obliges no one or only infers ("must have known")."""
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if not modals & OBLIGATION_MODALS or inferred(clause):
        return []
    return [c for c in clause.children if c.dep_ in _SUBJECTS and c.pos_ != "PRON"]


def inferred(clause: Token) -> bool:
    """ "must have collapsed", "must be feeling the pressure": a modal before a perfect or a progressive
    states an inference about what is or was, not an obligation (the passive "must be released" obliges)."""
    auxiliaries = {c.lemma_.lower() for c in clause.children if c.dep_ == "aux"}
    perfect_or_progressive = (clause.tag_ == "VBN" and "have" in auxiliaries) or (
        clause.tag_ == "VBG" and "be" in auxiliaries
    )
    return perfect_or_progressive or expected_not_required(clause)  # "must be difficult", "should ease"


def _bare_subjunctive(clause: Token) -> bool:
    """ "(said) that Washington and Seoul cease the drills": a base-form verb, a subject, no auxiliary.

    "are" and "am" are never subjunctive (that of "be" is "be"), and a singular quantity with a plural
    "of" agrees with the plural ("that half of the migrants are children", "most of the troops remain"):
    both are indicative reports.
    """
    # "Washington lift": a singular noun subject with an unmarked verb has no agreement, so no indicative
    singular = any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") and not _partitive(c) for c in clause.children)
    return (
        (clause.tag_ == "VB" or (clause.tag_ == "VBP" and singular and clause.lower_ not in _INDICATIVE_BE))
        and _has_subject(clause)
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def _partitive(noun: Token) -> bool:
    """ "half of the migrants", "98 percent of the refugees": a quantity whose "of" names a plural."""
    quantity = noun.lemma_.lower() in PARTITIVE_NOUNS or noun.ent_type_ in ("CARDINAL", "PERCENT", "QUANTITY")
    plurals = ("NNS", "NNPS")
    return quantity and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.tag_ in plurals for o in p.children)
        for p in noun.children
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS and c.lower_ not in ("it", "there") for c in verb.children)


def subjects_of(clause: Token) -> list[Token]:
    """Who is required to act: the clause's subjects (of "has to" / "needs to" for its infinitive)."""
    own = [c for c in clause.children if c.dep_ in _SUBJECTS]
    if not own and clause.dep_ == "xcomp" and clause.head.lemma_.lower() in NEED_VERBS | BINDING_VERBS:
        return [c for c in clause.head.children if c.dep_ in _SUBJECTS]
    if not own:  # a clause read as a noun phrase: its first word is the subject
        return [clause.doc[i] for group in misread_subject(clause) for i in group]
    return own


def misplaced_clause(verb: Token) -> Token | None:
    """The that-clause of "demanded in a statement that Israel withdraw ...", which the parser hangs on
    the statement noun: a clause with its own subject inside the verb's "in"/"on" phrase."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "during"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in STATEMENT_NOUNS:
                continue
            for clause in noun.children:
                if clause.dep_ in ("acl", "ccomp", "relcl") and _has_subject(clause) and clause.i > noun.i:
                    return clause
    return None
