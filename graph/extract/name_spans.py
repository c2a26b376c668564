"""Mending the spans the recogniser gives names, before they become actors.

Four slips of a small NER model that news copy shows often, each mended from the words around the span:

- a person's name cut one word short: "[Maria Corina] Machado", the last word the head the others
  compound;
- a person's name typed as an organisation after the noun that says what the person is: "India's
  delegate Chandni Raina", "billionaire Bidzina Ivanishvili", "envoy Tom Barrack": two or three
  capitalised words right after a singular person noun are a person;
- an organisation's name cut at its "and": "the Hostages and Missing Families Forum" gives only
  "Missing Families Forum"; capitalised words outside any entity, then "and", then the entity, are one
  name ("the Workers and Employers Federation"), while "Britain and the Trade Union Congress" (a name of
  its own before the "and") stays two;
- a name run into the sum after it: "fined [Apple 500 million] euros" is Apple, fined 500 million euros:
  the numbers that end the span count a noun after it ("Iron Shield Twenty", whose number counts nothing,
  stays whole).
"""
from __future__ import annotations

from spacy.tokens import Span

# singular nouns of what a person is, that stand right before the person's name
PERSON_NOUNS = {
    "delegate", "billionaire", "tycoon", "businessman", "businesswoman", "commissioner", "envoy",
    "negotiator", "spokesman", "spokeswoman", "spokesperson", "minister", "lawyer", "activist", "chairman",
    "chairwoman", "director", "secretary", "representative", "ambassador", "adviser", "advisor", "aide",
    "economist", "analyst", "researcher", "professor", "commander", "senator", "lawmaker", "official",
    "judge", "prosecutor", "candidate", "leader", "mediator", "organiser", "organizer",
}


def person_after_person_noun(span: Span) -> Span:
    """The span as a PERSON when it is two or three capitalised words right after a person noun."""
    doc = span.doc
    if span.label_ not in ("ORG", "NORP") or span.id_ or span.start == 0 or not 2 <= len(span) <= 3:
        return span
    before = doc[span.start - 1]
    if before.tag_ != "NN" or before.lower_ not in PERSON_NOUNS:
        return span
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in span):
        return span
    return Span(doc, span.start, span.end, label="PERSON")


def person_cut_short(span: Span) -> Span:
    """A person's name the recogniser stopped one word short of: "[Maria Corina] Machado", where the
    words it took are compounds of the capitalised word after them, which it left outside any entity."""
    doc = span.doc
    if span.label_ != "PERSON" or span.id_ or span.end >= len(doc):
        return span
    after = doc[span.end]
    if not (after.pos_ == "PROPN" and after.is_alpha and after.text[:1].isupper() and not after.ent_type_):
        return span
    if not all(t.dep_ == "compound" and t.head.i == after.i for t in span if t.head.i >= span.end):
        return span
    if doc[span.end - 1].head.i != after.i:
        return span
    return Span(doc, span.start, span.end + 1, label="PERSON")


def name_joined_by_and(span: Span) -> Span:
    """The organisation's whole name when the recogniser cut it at an "and" (see the module)."""
    doc = span.doc
    if span.label_ != "ORG" or span.id_ or span.start < 2 or doc[span.start - 1].lower_ != "and":
        return span
    start = span.start - 1
    # a word the recogniser took for a nationality ("Miners") is no name of its own
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("NOUN", "PROPN") \
            and doc[start - 1].ent_type_ in ("", "NORP"):
        start -= 1
        if doc[start].is_sent_start:  # the name opens the sentence: "Workers and Employers Federation said"
            break
    if start == span.start - 1:
        return span
    return Span(doc, start, span.end, label="ORG")


# the labels of actors' names
ACTOR_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})


def without_sum(span: Span) -> Span:
    """The name without the numbers of a sum the recogniser ran it into (see the module)."""
    last = span[-1]
    if span.label_ not in ACTOR_LABELS or last.dep_ not in ("nummod", "compound") or last.head.i < span.end:
        return span
    start = span.end
    while start > span.start and span.doc[start - 1].like_num:
        start -= 1
    if start in (span.start, span.end):
        return span
    return Span(span.doc, span.start, start, label=span.label_, span_id=span.id_)
