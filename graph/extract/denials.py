"""Denials that are not said with "deny": dismissing a report as false, disowning any part in an act.

- "dismissed as false reports that it had struck a school", "rejected as fabricated claims that ...":
  a refusal verb whose "as" phrase is a report or claim denies what the report says (its "that" clause);
- "X said it had nothing to do with the explosions", "... played no part in the attack": the speaker
  denies a part in the act.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.lexicon import CLAIM_NOUNS


def dismissed_report(verb: Token) -> Token | None:
    """The report noun of "dismissed as false reports (that ...)", if the verb has one."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in CLAIM_NOUNS:
                    return noun
    return None


def report_content(noun: Token) -> list[Token]:
    """What a report says: its "that" clause ("reports that it had struck ..."), else the noun phrase."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" for m in child.children):
            return [t for t in child.subtree if t.lower_ != "that" or t.head is not child]
    return [t for t in noun.subtree if t.dep_ not in ("amod", "punct") or t.head is not noun]


# "played no part in", "had no role in", "had no hand in": no share in the act
SHARE_NOUNS = frozenset("part role hand involvement".split())


def disowned_act(clause: Token) -> Token | None:
    """The act of "(it) had nothing to do with the attack" or "played no part in the attack": the noun
    after "with" / "in", else None."""
    if clause.lemma_.lower() not in ("have", "play"):
        return None
    for obj in clause.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in SHARE_NOUNS and any(d.lower_ == "no" for d in obj.children):
            for prep in [*clause.children, *obj.children]:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    return next((p for p in prep.children if p.dep_ == "pobj"), None)
        if obj.dep_ == "dobj" and obj.lower_ == "nothing":
            for do in obj.children:
                if do.dep_ in ("relcl", "acl") and do.lemma_.lower() == "do":
                    for prep in do.children:
                        if prep.dep_ == "prep" and prep.lower_ == "with":
                            return next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None
