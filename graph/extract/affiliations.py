"""People's affiliations from appositions: "X, a senior fellow at the Y Council" -> X affiliated with Y.

Three general patterns:

- an apposition after the name ("Andrea Kendall-Taylor, a former official who is now an analyst at
  the Center for a New American Security, a think tank") - the first organisation named before the
  apposition closes (its second comma or the end of the sentence);
- an organisation's title before the name ("Fox News host Laura Ingraham", "Carnegie director X") or a
  role noun that names one ("the Kremlin spokesman, Dmitry Peskov", "its president, Christine Lagarde");
- a media role before the name ("the interviewer, Laura Ingraham") - the organisation of the latest
  "interview with Y" in the same or the two previous paragraphs.
"""
from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span, Token

from graph.extract.scan import where

MEDIA_ROLES = {"interviewer", "host", "anchor", "moderator", "correspondent", "reporter", "columnist",
               "editor", "presenter", "commentator"}
INTERVIEW_NOUNS = {"interview", "appearance", "conversation", "podcast", "broadcast", "show"}
ORGANISATION_ROLES = {"director", "chairman", "chairwoman", "fellow", "analyst", "spokesman", "spokeswoman",
                      "chief", "head", "researcher", "economist", "scholar", "founder", "expert"}
MODIFIERS = {"compound", "amod", "npadvmod", "nmod", "poss"}
AFFILIATING = {"Organization", "Government"}
WINDOW = 40  # tokens an apposition may span


class AffiliationHost(Protocol):
    """What affiliation linking needs from the actor resolver."""

    def keys_at(self, i: int) -> tuple[str, ...]: ...
    def kind_of(self, key: str) -> str: ...
    def line_of(self, char: int) -> int: ...
    def affiliate(self, person: str, organisation: str) -> None: ...


def link_affiliations(doc: Doc, people: list[tuple[Span, str]], host: AffiliationHost) -> None:
    """Record the affiliation each person mention's apposition or title states (see the module docstring)."""
    interviews: list[tuple[int, str]] = []  # (line, organisation) of "interview with Y"
    for i in sorted(where(doc, "LEMMA", INTERVIEW_NOUNS)):
        for prep in doc[i].children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "on", "to"):
                organisation = _organisation_in(list(prep.subtree), host)
                if organisation:
                    interviews.append((host.line_of(doc[i].idx), organisation))
    for span, person in people:
        organisation = _apposition(span, host) or _title_before(span, host) or _role_before(span, host)
        if organisation is None and _media_role_before(span):
            line = host.line_of(span.start_char)
            earlier = [org for at, org in interviews if line - 4 <= at <= line]
            organisation = earlier[-1] if earlier else None
        if organisation is not None:
            host.affiliate(person, organisation)


def _organisation_in(tokens: list[Token], host: AffiliationHost) -> str | None:
    """The first organisation named by a head noun, else by a modifier ("the Brussels-based X institute")."""
    for heads in (True, False):
        for token in tokens:
            if heads and token.dep_ in MODIFIERS | {"det"} and token.head in tokens:
                continue
            for key in host.keys_at(token.i):
                if host.kind_of(key) in AFFILIATING:
                    return key
    return None


def _apposition(span: Span, host: AffiliationHost) -> str | None:
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    first = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if first is None or first.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and first.lower_ != "who":
        return None
    tokens: list[Token] = []
    commas = 1
    for token in doc[span.end + 1: min(len(doc), span.end + 1 + WINDOW)]:
        if token.is_sent_start or token.text in (".", ";", "\u201c", "\u201d", '"') or token.pos_ == "VERB" \
                and token.dep_ not in ("relcl", "acl", "amod"):
            break  # the apposition ends; "X, the Kremlin said, ..." is a parenthetical, not an apposition
        if token.text == ",":
            commas += 1
            if commas > 2:
                break
            found = _organisation_in(tokens, host)
            if found:
                return found
        tokens.append(token)
    return _organisation_in(tokens, host)


def _title_before(span: Span, host: AffiliationHost) -> str | None:
    """ "Fox News host Laura Ingraham", "Carnegie analyst X": an organisation right before the title."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in MEDIA_ROLES | ORGANISATION_ROLES:
        return None
    return _organisation_in([doc[span.start - 2]], host)


def _role_before(span: Span, host: AffiliationHost) -> str | None:
    """ "the Kremlin spokesman, Dmitry Peskov": a role noun right before the name, naming an organisation."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or doc[span.start - 2].pos_ != "NOUN":
        return None
    role = doc[span.start - 2]
    return _organisation_in([role, *(c for c in role.children if c.dep_ in ("poss", "compound"))], host)


def _media_role_before(span: Span) -> bool:
    """ "the interviewer, Laura Ingraham" or "the host Laura Ingraham"."""
    doc = span.doc
    words = [t.lower_ for t in doc[max(0, span.start - 3): span.start] if t.text != ","]
    return bool(words) and words[-1] in MEDIA_ROLES
