"""Participles that describe people, hung back on the people they describe: "urged striking doctors to
return to work".

In "The government urged striking doctors to return to work" the parser reads "striking" as a verb (a
gerund complement of "urged") with "doctors" as its object, so the doctors are no longer whom the
government urges, and the infinitive hangs on "striking". English reads a participle of what people are
doing, right before a noun for people ("striking doctors", "protesting farmers", "fleeing residents"),
as a modifier of that noun. The component makes the noun the object of the verb (or of the preposition)
the participle hung on, the participle its modifier, and hangs the participle's clauses ("to return to
work") on that verb, before stances are read. It runs after the lemmatizer: it knows the nouns by their
lemmas.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from graph.extract.cues.tokens import to_infinitive
from graph.extract.lexicon import HOLDER_NOUNS
from graph.extract.scan import where

# participles that say what people are doing, used before a noun for them: "striking workers",
# "fleeing civilians", "warring factions"
DESCRIBING_PARTICIPLES = frozenset(
    "striking protesting demonstrating fleeing rioting warring fighting rebelling picketing marching "
    "dissenting governing ruling remaining returning retiring departing besieged".split()
)
# where the parser hangs such a participle read as a verb: a complement of a verb or of a preposition
_MISREAD = frozenset({"xcomp", "ccomp", "advcl", "pcomp"})


def described_people(participle: Token) -> Token | None:
    """The noun for people right after `participle` that the parser made its object ("striking
    [doctors]"), when the participle describes them (see the module), else None."""
    if participle.lower_ not in DESCRIBING_PARTICIPLES or participle.tag_ != "VBG" or participle.dep_ not in _MISREAD:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in participle.children):
        return None  # a clause of its own: "(said) workers were striking"
    for noun in participle.children:
        if noun.dep_ == "dobj" and noun.left_edge.i == participle.i + 1 and _people(noun):
            return noun
    return None


def _people(noun: Token) -> bool:
    """A noun for people or a body of them: "doctors", "farmers", "factions", "Palestinians"."""
    return noun.lemma_.lower() in HOLDER_NOUNS or noun.ent_type_ == "NORP"


@Language.component("stancegraph_participles_v1")
def rehead_describing_participles(doc: Doc) -> Doc:
    """Make each people-describing participle read as a verb the modifier of its noun (see the module)."""
    for i in sorted(where(doc, "TAG", {"VBG"}) & where(doc, "LOWER", DESCRIBING_PARTICIPLES)):
        participle = doc[i]
        noun = described_people(participle)
        if noun is None:
            continue
        head, pcomp = participle.head, participle.dep_ == "pcomp"
        clause_head = head.head if pcomp and head.head != head else head  # "called on [X] to end ...": called
        # what else the parser hung on the participle belongs to that verb: "(urged X) to return to work",
        # "(warned X) against blocking the roads"
        clauses = [c for c in participle.children if c.i > noun.i]
        noun.head, noun.dep_ = head, "pobj" if pcomp else "dobj"
        participle.head, participle.dep_ = noun, "amod"
        participle.tag_, participle.pos_ = "JJ", "ADJ"
        for clause in clauses:  # "told [residents] to stay away": an infinitive the object is to carry out
            clause.head, clause.dep_ = clause_head, "xcomp" if to_infinitive(clause) else clause.dep_
    return doc
