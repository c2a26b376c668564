"""Acronyms a text introduces in parentheses, so the long name and the short one are one actor.

News introduces an organisation once by its full name with its acronym in parentheses and uses the
acronym after: "the Alliance of Small Island States (AOSIS) said ... AOSIS chair Cedric Schuster",
"the paramilitary Rapid Support Forces (RSF) ... the RSF denied". The parenthesised word is the acronym
of the name before it when it is written in capitals and its letters begin words of the name, in order,
starting with the first ("NUFW" for "National Union of Freight Workers", "ICJ" for "International Court
of Justice"); a parenthesis that is no acronym of the name ("(Reuters)", "(AP)", "(R)") is left alone.
"""
from __future__ import annotations

from spacy.tokens import Span


def fits_initials(acronym: str, name: str) -> bool:
    """Whether the letters of `acronym` begin words of `name`, in order, the first with the first.

    >>> fits_initials("AOSIS", "Alliance of Small Island States"), fits_initials("UN", "United Kingdom")
    (True, False)
    """
    initials = [w[0].upper() for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if len(acronym) < 2 or not initials or acronym[0] != initials[0]:
        return False
    at = 0
    for letter in acronym:
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True


def without_acronym(span: Span) -> Span:
    """The name without the "(NUFW" the recogniser sometimes takes into it: "Workers (NUFW" -> "Workers"."""
    doc = span.doc
    if len(span) > 2 and span[-2].text == "(" and span.end < len(doc) and doc[span.end].text == ")":
        return Span(doc, span.start, span.end - 2, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)
    return span


def introduced_acronym(span: Span) -> str | None:
    """The acronym in parentheses right after a name ("... Workers (NUFW)"), if it fits the name."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    word = doc[span.end + 1].text
    if not (word.isalpha() and word.isupper()):
        return None
    words = span.text.split()
    name = " ".join(words[1:] if words[0].lower() == "the" else words)
    return word if fits_initials(word, name) else None
