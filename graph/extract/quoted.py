"""First-person pronouns inside a quotation: "I", "we", "my" are whoever the text says is speaking.

`"We will not negotiate under threats," Mr. Aziz said.` and `Ms. Lind spoke to reporters. "I call on
both sides to stop."` put the pronoun inside a quotation whose speaker is named in the sentence, or in
the sentence before it (graph/extract/attribution.py `quotation_speaker`); the pronoun then refers to that
speaker, so a stance the quotation states ("We will not negotiate" a Reject, "I call on" a Demand) is
the speaker's. Runs after third-person pronouns are resolved, so a speaker named "he" counts too. A
pronoun outside quotation marks, or in a quotation with no named speaker, is left alone.
"""
from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from graph.extract.attribution import quotation_speaker
from graph.extract.scan import where

FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
_QUOTES = frozenset('"“”')


class QuotedHost(Protocol):
    """What the resolution of quoted pronouns needs from the actor resolver."""

    def keys_at(self, i: int) -> tuple[str, ...]: ...
    def assign(self, tokens: list[Token], keys: tuple[str, ...], *, mention: bool) -> None: ...
    def in_furniture(self, char: int) -> bool: ...


def resolve_quoted_speakers(doc: Doc, host: QuotedHost) -> None:
    """Assign each first-person pronoun inside a quotation the actor of the quotation's speaker."""
    for i in sorted(where(doc, "LOWER", FIRST_PERSON)):
        token = doc[i]
        if token.pos_ != "PRON" or host.keys_at(i) or host.in_furniture(token.idx) or not _quoted(token):
            continue
        for group in quotation_speaker(token):
            keys = host.keys_at(group[0])
            if keys:
                host.assign([token], keys, mention=False)
                break


def _quoted(token: Token) -> bool:
    """Whether an odd number of quotation marks stand between the sentence's start and the token (a
    quotation opened in an earlier sentence opens this one with its own mark: the speaker is found only
    after an opening mark, see attribution.quotation_speaker)."""
    sent = token.sent
    marks = sum(1 for t in token.doc[sent.start : token.i] if t.text in _QUOTES)
    return marks % 2 == 1
