"""Noun phrases of actor mentions: the words a role noun's phrase spans and the label a group gets.

Shared by role resolution (graph/extract/roles.py) and the bodies of states (graph/extract/bodies.py):
"Ukraine's backers" is a phrase of three tokens and a Group labelled "Ukraine's backers"; "Sri Lankan" is
one entity even where the parser tags only "Lankan".
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.extract.boilerplate import in_dateline

MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}
DETERMINERS = {"det", "predet", "nummod", "quantmod"}
PHRASE_DEPS = MODIFIER_DEPS | DETERMINERS
LABEL_PARTS = {"case", "punct", "compound", "amod", "npadvmod"}  # of a modifier: "Ukraine's", "long-time"
# adjectives that rank a group among others of its kind, not say what kind it is: "the main opposition
# groups" are opposition groups, "the largest unions" unions
RANKING = {"main", "major", "leading", "largest", "biggest", "principal", "key", "other", "various", "several"}


def entity_text(word: Token) -> str:
    """The whole entity a token belongs to ("Sri Lankan" for "Lankan"), else the token's text."""
    if not word.ent_type_:
        return word.text
    doc = word.doc
    start = word.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = word.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def coordinated_noun(child: Token) -> bool:
    """ "the Ukrainian leader and Trump administration officials": the parser may hang the first noun
    phrase on the second as a modifier; a noun modifier with its own "and" is a conjunct, not a modifier."""
    return child.dep_ == "nmod" and child.pos_ == "NOUN" and any(c.dep_ == "cc" for c in child.children)


def phrase_of(token: Token) -> list[Token]:
    """The noun and its left modifiers (determiner, adjectives, compounds, possessor and its "'s")."""
    tokens = [token]
    for child in token.lefts:  # a possessive pronoun is left to pronoun resolution: "its farmers"
        if child.dep_ in PHRASE_DEPS and child.pos_ != "PRON" and not coordinated_noun(child):
            # the date of a dateline the parser hangs on the first noun is no part of its phrase
            tokens.extend(t for t in child.subtree if not in_dateline(t))
    return sorted(tokens, key=lambda t: t.i)


def group_label(token: Token) -> str:
    """A group's name: the words just before the noun that modify it (and their own "'s", hyphen or
    compound), without determiners: "the analysts" -> "analysts", "Ukraine's backers", "Irish nationalist
    guerrillas"."""
    close = {token.i} | {c.i for c in token.lefts if c.dep_ in MODIFIER_DEPS and c.pos_ != "PRON"}
    close |= {g.i for c in token.lefts if c.i in close for g in c.children if g.dep_ in LABEL_PARTS}
    phrase = close & {t.i for t in phrase_of(token) if t.dep_ not in DETERMINERS}
    start = token.i
    while start - 1 in phrase and token.i - start < 5:
        start -= 1
    doc = token.doc
    while start < token.i and (doc[start].is_punct or doc[start].lower_ in RANKING or in_dateline(doc[start])):
        start += 1
    # common words in lower case: "Analysts said" and "analysts say" name one Group in every document
    words = [(t.text if t.pos_ == "PROPN" or t.ent_type_ else t.lower_) + t.whitespace_
             for t in doc[start: token.i + 1]]
    return " ".join("".join(words).split())


def written(tokens: list[Token]) -> str:
    """The phrase as the text writes it, from its first token to its last, without a leading article:
    "South Korea's spy agency" (a name the press uses, kept as an alias)."""
    if not tokens:
        return ""
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    doc = tokens[0].doc
    if doc[first].lower_ == "the" and first < last:
        first += 1
    return doc[first: last + 1].text
