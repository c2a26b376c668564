"""A charge denied in apposition: "U.N. experts accused the UAE of arming the RSF, a charge Abu Dhabi has
repeatedly denied", "... an allegation Moscow rejects", "..., claims Kyiv dismissed as lies".

News sets the denial after the accusation, in a noun phrase whose relative clause has the denier for
subject and no object of its own (the charge is its object). The small parser often hangs the denial
verb on the main verb as a conjunct, with the charge noun as a compound of the denier; either way the
verb of denial comes right after ", a charge <denier>". The denier's stance is a Deny of what the
accusation says: the clause before the comma, without its subject.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.positions import span_tokens

# verbs that deny a charge put before them
DENYING_VERBS = frozenset("deny reject dismiss refute dispute".split())
_ARTICLES = frozenset("a an the".split())


def charge_noun(verb: Token) -> Token | None:
    """The charge noun of ", a charge X has denied" before the verb's subject, if the verb denies it."""
    if verb.lemma_.lower() not in DENYING_VERBS or any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
        return None
    # the parser may make the denial the root, the accusation before it its complement; "denied that ..."
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(c.i > verb.i for c in clauses):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        found = _fronted_charge(verb) if clauses else None  # "..., a charge Abu Dhabi has repeatedly denied"
        return found[0] if found else None
    if _charge_subject(subjects[0]):
        return subjects[0]  # ", a charge Budapest has denied", the denier parsed as the charge's apposition
    i = subjects[0].left_edge.i
    doc = verb.doc
    for j in range(i - 1, max(i - 4, verb.sent.start) - 1, -1):  # the charge may be parsed inside the subject
        word = doc[j]
        if word.lemma_.lower() in lx.CLAIM_NOUNS:
            return word if _comma_before(word) is not None else None
    for word in subjects[0].subtree:  # "a charge Abu Dhabi": the charge as a compound of the denier
        if word.dep_ == "compound" and word.lemma_.lower() in lx.CLAIM_NOUNS:
            return word if _comma_before(word) is not None else None
    return None


def _fronted_charge(verb: Token) -> tuple[Token, Token] | None:
    """The charge and the denier of "X accused Y of ..., a charge Abu Dhabi has repeatedly denied" when
    the parser makes the denial the sentence's root and the accusation its complement: right before the
    verb, its auxiliaries and adverbs, the denier's name, and before that ", a charge"."""
    doc = verb.doc
    j = verb.i - 1
    while j > verb.sent.start and doc[j].dep_ in ("aux", "advmod", "neg") and doc[j].head == verb:
        j -= 1
    denier = doc[j]
    if denier.pos_ != "PROPN":
        return None
    while j > verb.sent.start and doc[j - 1].pos_ == "PROPN":
        j -= 1
    charge = doc[j - 1]
    if charge.lemma_.lower() not in lx.CLAIM_NOUNS or _comma_before(charge) is None:
        return None
    return charge, denier


def _charge_subject(subject: Token) -> bool:
    """ ", a charge Budapest has denied" parsed with the charge for subject and the denier in apposition."""
    return (
        subject.lemma_.lower() in lx.CLAIM_NOUNS
        and _comma_before(subject) is not None
        and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)
    )


def denier(verb: Token) -> list[list[int]]:
    """The holder of a denial the parser gave no subject (see `_fronted_charge`) or the charge for
    subject, its denier in apposition."""
    charge = charge_noun(verb)
    if charge is None:
        return []
    if charge.dep_ == "nsubj" and charge.head == verb:
        return [[c.i] for c in charge.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    found = _fronted_charge(verb) if not any(c.dep_ == "nsubj" for c in verb.children) else None
    return [[found[1].i]] if found else []


def _comma_before(noun: Token) -> int | None:
    """The index of the comma in ", (a) charge": the comma that sets the charge off from the sentence
    it glosses, or None when the noun is not so set off."""
    start = noun.sent.start
    j = noun.i - 1
    if j >= start and noun.doc[j].lower_ in _ARTICLES:
        j -= 1
    return j if j >= start and noun.doc[j].text == "," else None


def charge_comma(verb: Token) -> int:
    """The index of the comma that sets off the denied charge (the verb's sentence's end if none)."""
    noun = charge_noun(verb)
    comma = None if noun is None else _comma_before(noun)
    return verb.sent.end if comma is None else comma


def before_charge(tokens: list[Token], denials: Iterable[Token], after: int = -1) -> list[Token]:
    """`tokens` up to the first comma, after index `after`, that sets off a charge one of the verbs
    `denials` denies ("said Hamas had stolen the aid, a claim the group rejected": what is said ends at
    the comma); all of them when there is none."""
    cuts = [cut for cut in (charge_comma(d) for d in denials) if cut > after]
    return [t for t in tokens if t.i < min(cuts)] if cuts else tokens


def denied_charge(verb: Token) -> list[Token]:
    """What the denied charge says: what the sentence's accusation or statement before the comma says
    ("of supplying weapons to the RSF", "that Hamas had stolen the aid"), else that clause without its
    subject."""
    if charge_noun(verb) is None:
        return []
    comma = charge_comma(verb)
    root = verb.sent.root
    if root == verb:  # the denial parsed as the root: the accusation is its complement before the comma
        root = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < comma), verb)
    said = [c for c in root.children if c.dep_ == "ccomp" and c.i < comma]
    charged = [p for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i < comma
               for p in c.children if p.dep_ in ("pcomp", "pobj")]
    if said or charged:
        head = (said or charged)[0]
        return [t for t in head.subtree if t.i < comma and not (t.dep_ == "mark" and t.head == head)]
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [t for t in span_tokens(root, exclude=[*subjects]) if t.i < comma and not t.is_punct]
