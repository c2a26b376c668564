"""Sentences the parser roots on a noun: in "Its insistence on a veto angered Brussels" the small parser
may read the main verb as a participle inside the subject ("angered" an adjective of "Brussels"), so the
sentence has no verb and the subject's "for"/"on" phrase runs on into the predicate.

Every sentence has a verb, so when the root is a noun, the first past-tense word, or a participle right
after a noun (not "the occupied territory", after a determiner), starts the predicate; a position read
from the subject ends before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

_FINITE = frozenset(("VBD", "VBZ", "VBP"))


def before_misread_verb(cue: Token, tokens: Sequence[Token]) -> list[Token]:
    """`tokens` up to the misread main verb of a noun-rooted sentence, when it falls among them."""
    root = cue.sent.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return list(tokens)
    verb = next((t for t in tokens if t.i > cue.i and _misread_verb(t)), None)
    return [t for t in tokens if verb is None or t.i < verb.i]


def _misread_verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp"):
        return False
    if token.tag_ in _FINITE:
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return token.tag_ == "VBN" and token.dep_ == "amod" and previous is not None and previous.pos_ in ("NOUN", "PROPN")
