"""Refusals that are not said with "refuse X": disowned intentions, and refusals that refuse nothing.

- "has no intention of joining the talks", "had no intention to apologise", "has no desire to ...",
  "showed no intention of stepping down", "signalled no willingness to compromise": a stated (or shown)
  absence of intent rules the act out, a rejection of it (STANCES.md, Reject; CAMEO 12);
- "declined to comment", "declined to say whether ...", "refused to confirm the report", "declined
  to give details": withholding
  comment takes no position on anything, so the refusal is no stance ("refused to disclose his tax
  returns", which withholds a thing, is a refusal).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.lexicon import CLAIM_NOUNS, PHRASAL, VERBS

# nouns of intent whose absence ("no intention of", "no desire to") disowns the act
INTENT_NOUNS = frozenset("intention intent desire wish inclination willingness".split())
# nouns of an observed sign of intent: "showed no sign of withdrawing"; a yielding act shown absent stays
# a negative concession ("showed no sign of retreating", "no willingness to compromise"), where an intent
# the holder has not ("has no intention of backing down") is a rejection
SIGN_NOUNS = frozenset("sign indication".split())
# verbs whose "no intention" object disowns the act: "has / showed / signalled / expressed no intention"
DISOWNING_VERBS = frozenset("have show display signal express give".split())
# what a refusal to speak withholds: "declined to comment / say / confirm / elaborate"
COMMENT_VERBS = frozenset(
    "comment say confirm disclose elaborate speculate specify reveal answer respond divulge detail".split()
)
# what is withheld when comment is: "declined to give details", "refused to provide information"
INFORMATION_NOUNS = frozenset("detail information comment specifics".split())
# the verbs a disowned intention starts from (the detector looks only at lexicon words)
VOCABULARY = DISOWNING_VERBS


def disowned_act(verb: Token) -> list[Token]:
    """The act that "X has no intention of / to ..." rules out, as tokens; [] when the verb is no such
    statement."""
    if verb.lemma_.lower() not in DISOWNING_VERBS or verb.pos_ != "VERB":
        return []
    for noun in verb.children:
        if (
            noun.dep_ == "dobj"
            and noun.lemma_.lower() in INTENT_NOUNS | SIGN_NOUNS
            and any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)
        ):
            observed = verb.lemma_.lower() != "have" or noun.lemma_.lower() in SIGN_NOUNS
            for child in noun.children:
                # "no intention to apologise"
                if child.dep_ in ("acl", "relcl") and not (observed and _yielding(child)):
                    return [t for t in child.subtree if not (t.dep_ == "aux" and t.lower_ == "to" and t.head == child)]
                if child.dep_ == "prep" and child.lower_ == "of":  # "no intention of joining the talks"
                    act = next((p for p in child.children if p.dep_ in ("pcomp", "pobj")), None)
                    if act is not None and not (observed and _yielding(act)):
                        return list(act.subtree)
    return []


def _yielding(act: Token) -> bool:
    """ "(no sign of) retreating", "backing down": an act of yielding ground, which the concession cue
    itself states as not made when only its sign is absent (a negative Concede, not a Reject)."""
    lemma = act.lemma_.lower()
    return VERBS.get(lemma) == "Concede" or any(
        PHRASAL.get((lemma, c.lower_)) == "Concede" for c in act.children if c.dep_ in ("prt", "advmod"))


def withholds_comment(verb: Token) -> bool:
    """Whether a refusal only withholds comment: "declined to comment", "refused to say whether ...",
    "refused to confirm the report". Refusing to disclose a thing ("refused to disclose his tax
    returns") is a refusal of its own."""
    for inner in verb.children:
        if inner.dep_ != "xcomp":
            continue
        objects = [o for o in inner.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")]
        if any(o.lemma_.lower() in INFORMATION_NOUNS for o in objects):
            return True  # "declined to give further details", "refused to discuss details"
        if inner.lemma_.lower() in COMMENT_VERBS:
            return not [o for o in objects if o.lemma_.lower() not in CLAIM_NOUNS]
    return False
