"""Polarity and modality of a stance cue: negation, hedges and hypotheticals (STANCES.md).

- negative: "did not agree", "has never accepted", "no concession", "conceded little", "failed to reach",
  "far from giving ground".
- hedged: "may be hoping", "apparent hope", "appears to want", "seemingly".
- hypothetical: "could begin", "might accept", "would agree" (when no one is reported saying so),
  "should"/"must" outside reported speech.
Reported modality comes from attribution (graph/extract/attribution.py), not from here.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.lexicon import (
    FAILURE_VERBS,
    FUTURE_MODALS,
    HEDGE_MODALS,
    HEDGE_VERBS,
    HEDGE_WORDS,
    HYPOTHETICAL_MODALS,
    IMPLICATIVE_PASSIVES,
    INSISTING_ADJECTIVES,
    NOTHING_WORDS,
    OBJECT_PHRASES,
    OBLIGATION_MODALS,
    PLAIN_WORDS,
    PROMISE_VERBS,
    RAISING_ADJECTIVES,
    RAISING_VERBS,
    SPEECH_VERBS,
)

_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "n’t"})
# the nouns of a verb-object phrase cue ("give ground", "make a concession"): "no" before one negates it
_PHRASE_NOUNS = frozenset(noun for _, noun in OBJECT_PHRASES)
_SIGN_NOUNS = frozenset("sign indication intention willingness readiness inclination hint".split())


def verb_group(token: Token) -> list[Token]:
    """The cue and the verbs it hangs from within its clause (xcomp/aux chains, copula, light verb)."""
    group = [token]
    node = token
    while node.dep_ in ("xcomp", "acomp", "dobj", "attr", "oprd") and node.head != node:
        if node.dep_ in ("dobj", "attr", "oprd") and _owned_by_another(node):
            break  # "would not meet the pilots' demands": the refusal is the airline's, the demands stand
        if node.dep_ == "xcomp" and node.head.lemma_ == "hesitate":
            break  # "would not hesitate to defend Taiwan": the "not" of the litotes asserts the act
        node = node.head
        group.append(node)
    return group


def _owned_by_another(noun: Token) -> bool:
    """A noun cue with a possessor named by a noun or a name ("the pilots' demands", "Washington's
    demands"): its stance is the possessor's, which the verb over it neither negates nor hedges; "its /
    their demands" are the subject's own."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    return noun.pos_ in ("NOUN", "PROPN") and bool(owners)


def is_negated(token: Token) -> bool:
    """True when the text says the stance was not taken."""
    for node in verb_group(token):
        for child in node.children:
            if child.dep_ == "neg" or (child.lower_ in _NEGATORS and child.dep_ in ("advmod", "det", "neg")):
                return True
            if (
                child.dep_ in ("dobj", "advmod", "npadvmod")
                and child.lower_ in NOTHING_WORDS
                and node.pos_ == "VERB"
            ):
                return True
            if child.dep_ == "dobj" and child.lemma_ in _PHRASE_NOUNS and any(
                d.dep_ == "det" and d.lower_ == "no" for d in child.children
            ):
                return True  # "gave no ground", "made no concessions", "reached no agreement"
        if node != token and (node.lemma_ in FAILURE_VERBS or node.lower_ == "unlikely"):
            return True  # "failed to agree", "is unlikely to accept"
        if any(c.dep_ in ("nsubj", "nsubjpass") and no_one(c) for c in node.children):
            return True  # "neither side agreed", "no party accepted", "none of the factions backed"
        if any(_no_longer(c) or _at_no_point(c) for c in node.children):
            return True  # "is no longer seeking", "at no point did the union call for"
    head = token.head
    if token.dep_ == "xcomp" and head.lemma_ in FAILURE_VERBS:
        return True
    if _yet_to(token):  # "had yet to comply with the deal": not done
        return True
    # "far from giving ground"
    if head.lower_ == "from" and head.head.lower_ == "far":
        return True
    if token.dep_ == "pcomp" and head.lower_ == "without":
        return True
    # "has shown no sign of retreating", "gave no indication of backing down"
    if token.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_ in _SIGN_NOUNS:
        return any(c.lower_ in ("no", "little") for c in head.head.children)
    # "has shown no willingness to compromise"
    if token.dep_ == "acl" and head.lemma_ in _SIGN_NOUNS:
        return any(c.lower_ in ("no", "little") for c in head.children)
    # "stopped / fell short of conceding", "stopped short of calling for" ("short" on the verb or on "of")
    if token.dep_ == "pcomp" and head.lower_ == "of" and head.head.lower_ == "short":
        return head.head.head.lemma_ in ("stop", "fall")
    if token.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_ in ("stop", "fall"):
        return any(c.lower_ == "short" and c.i == head.i - 1 for c in head.head.children)
    return False


def _no_longer(word: Token) -> bool:
    """ "no longer": the stance has ended ("not ... any longer" is negated by its "not")."""
    return (  # not "a strike no longer than two days", a measure the parser may hang on the verb
        word.dep_ == "advmod" and word.lower_ == "longer" and any(c.lower_ == "no" for c in word.children)
        and not any(c.lower_ == "than" for c in word.children)
    )


def _at_no_point(word: Token) -> bool:
    """ "at no point", "at no time": never."""
    return word.dep_ == "prep" and word.lower_ == "at" and any(
        p.dep_ == "pobj" and p.lemma_ in ("point", "time", "stage") and any(d.lower_ == "no" for d in p.children)
        for p in word.children
    )


def _yet_to(token: Token) -> bool:
    """ "has yet to agree", "is yet to respond", "had yet to be briefed ... or comply": the act has not
    happened (the parser may hang the verb a few steps below "had yet")."""
    for n, node in enumerate(token.ancestors):
        if n >= 4:
            return False
        if node.lemma_ in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in node.children):
            return True
    return False


def no_one(subject: Token) -> bool:
    """A subject that says nobody did it: "neither side", "no party", "none of them", "nobody", "neither X
    nor Y"."""
    return nobody_named(subject) or any(
        c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in subject.children
    )


def nobody_named(subject: Token) -> bool:
    """A negated subject that names no one ("no country", "neither side", "none"); "neither X nor Y" names
    X and Y."""
    if subject.lower_ in ("none", "nobody", "neither", "noone", "no-one"):
        return True
    if any(c.dep_ == "cc" and c.lower_ == "nor" for c in subject.children):
        return False  # "Neither Washington nor London", the "neither" parsed as a determiner
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children)


def modality_of(token: Token, *, reported_speech: bool) -> str:
    """`hedged`, `hypothetical` or `asserted` for the cue token (reported is decided by attribution)."""
    group = verb_group(token)
    # an adverb of likelihood hedges whatever modal it sits with: "would probably close", "will likely reject"
    if any(c.lower_ in HEDGE_WORDS and c.dep_ in ("amod", "advmod") for node in group for c in node.children):
        return "hedged"
    if any(node.lower_ in RAISING_ADJECTIVES for node in group[1:]):
        return "hedged"  # "is likely to reject the plan"
    for node in group:
        for child in node.children:
            word = child.lower_
            if child.dep_ == "aux":
                if word in HEDGE_MODALS:
                    return "hedged"
                if word in HYPOTHETICAL_MODALS:
                    return "hypothetical"
                if word in FUTURE_MODALS and word == "would" and not reported_speech and not _past_refusal(node) \
                        and node.lemma_ not in WOULD_WANT:  # "would like X to ...": a wish held now
                    return "hypothetical"
                if word in OBLIGATION_MODALS and not reported_speech:
                    return "hypothetical"
        if node.lemma_ in HEDGE_VERBS or raised(node):
            return "hedged"
    if token.head.lemma_ in HEDGE_VERBS and token.dep_ == "xcomp":
        return "hedged"
    return "asserted"


# verbs that with "would" state a present wish: "would like", "would prefer", "would love"
WOULD_WANT = frozenset("like prefer love".split())


def _past_refusal(verb: Token) -> bool:
    """ "The White House would not agree to the proposal", "the rebels would never disarm": a negated
    "would" with no condition beside it tells of a refusal that happened (the past of "will not"), not of
    what would be; "would not agree unless ..." and "would not ... if ..." stay hypothetical."""
    return says_not(verb) and not any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )


def says_not(verb: Token) -> bool:
    """A "not" or a "never" on the verb itself ("would not agree", "will never resume"), without the wider
    reading of `is_negated` (nothing words, failure verbs)."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def under_speech(token: Token) -> bool:
    """True when the cue's clause is the complement of a speech verb ("X said it would ...") or of a
    promise ("vowed he would never step down"), which states what is to come."""
    node = token
    for _ in range(6):
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in SPEECH_VERBS | PROMISE_VERBS:
            return True
        if node.dep_ in ("csubj", "advcl", "ccomp") and node in (made_plain(node.head), made_plain(node.head.head)):
            return True  # "made (it) clear that it would not accept ...", said as plainly as "said"
        if node.dep_ == "ccomp" and node in (insisted_clause(node.head), insisted_clause(node.head.head)):
            return True  # "was adamant that there would be no bailout"
        if any(c.dep_ == "parataxis" and c.lemma_ in SPEECH_VERBS for c in node.children):
            return True
        if node.head == node:
            return False
        node = node.head
    return False


def made_plain(verb: Token) -> Token | None:
    """The clause of "made (it) clear that ...", which states what the subject says as "said" would: the
    parser hangs it on "clear" (as its subject or an adverbial clause) or on the verb beside "clear"."""
    if verb.lemma_ != "make":
        return None
    for clear in verb.children:
        if clear.dep_ in ("ccomp", "acomp", "oprd") and clear.lower_ in PLAIN_WORDS:
            for clause in [*clear.children, *(c for c in verb.children if c.i > clear.i)]:
                if clause.dep_ in ("csubj", "advcl", "ccomp") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                ):
                    return clause
    return None


def insisted_clause(verb: Token) -> Token | None:
    """The clause of "was adamant / emphatic / insistent / firm that ...", which states what the subject
    insists on as "insisted that" would: the parser hangs it on the copula or on the adjective."""
    if verb.lemma_ not in ("be", "remain", "stay"):
        return None
    for adjective in verb.children:
        if adjective.dep_ == "acomp" and adjective.lower_ in INSISTING_ADJECTIVES:
            for clause in [*verb.children, *adjective.children]:
                if clause.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                    return clause
    return None


def raised(verb: Token) -> bool:
    """ "(X) is said / believed to have ...": a passive raising verb whose subject holds the inner stance."""
    return (
        verb.lemma_ in RAISING_VERBS
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


def compelled(verb: Token) -> bool:
    """ "the garrison was forced / compelled to surrender": a passive that makes its subject do what follows,
    as a fact. With a modal ("Russia would be forced to respond", "we will be obliged to act") it foretells
    what the speaker says the subject will do if pushed: a warning of the speaker's, not the subject's deed;
    "was not forced to" says nothing of the deed."""
    return (
        verb.lemma_.lower() in IMPLICATIVE_PASSIVES
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not any((c.dep_ == "aux" and c.tag_ == "MD") or c.dep_ == "neg" for c in verb.children)
    )
