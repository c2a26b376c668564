"""Verdicts of wrongdoing or of disapproval: calling an act a crime, illegal, a sham, or unfair.

A verb of calling or describing states what its subject holds of the object, and the verdict word says
which stance that is, as "called the proposal unacceptable" rejects it (graph/extract/cues/verbs.py) and
"called the reports baseless" denies them (graph/extract/denials.py):

- wrongdoing alleged: "called the strikes a breach of the ceasefire", "described the strike as illegal",
  "branded the vote a sham", "deemed the annexation unlawful", "called Putin a war criminal", "called the
  drills an act of aggression" accuse whoever did the act (Accuse; CAMEO 11, 112): the target is the actor
  called a wrongdoer, or the doer of the act ("Israel's strikes", "the Russian strike");
- disapproval only: "called the plan unfair", "called the decision a mistake" (Oppose; CAMEO 11).

The same verdicts in a statement's copular clause: "said the move was a violation of international law",
"said Russia's annexation was illegal", "said the tax was unfair"; and a passive of rigging: "said the
election was rigged", "the election, which she says was rigged" (wrongdoing by whoever rigged it, named
or not). A verdict that is negated ("said
the vote was not a sham") or that names nothing wrong ("called the meeting productive") states neither,
and so does one on an act in general, with no one doing it ("said it was a mistake to use private email").
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.accusations import doers
from graph.extract.cues.tokens import names_holder
from graph.extract.lexicon import CALLING_VERBS

# verbs of calling or describing something as something: "called X Y", "described X as Y"
VERDICT_VERBS = CALLING_VERBS | frozenset("describe characterise characterize dub term regard view".split())
# what an act or an actor is called when wrongdoing is alleged
WRONGDOING_WORDS = frozenset(
    "violation breach infringement crime illegal unlawful illegitimate sham rigged fraud fraudulent criminal "
    "genocide aggression terrorism atrocity massacre murder theft robbery piracy terrorist traitor murderer "
    "thug aggressor occupier liar fraudster".split()
)
# what an act or a plan is called when it is disapproved of, with no wrong alleged
DISAPPROVING_WORDS = frozenset(
    "unfair unjust wrong misguided outrageous shameful disgraceful deplorable reckless irresponsible "
    "appalling counterproductive regrettable unjustified unwarranted unjustifiable discriminatory "
    "hypocritical provocative provocation mistake blunder disgrace outrage travesty farce insult "
    "unnecessary dangerous absurd ridiculous".split()
)
# passives that allege wrongdoing of a thing: "the election was rigged / stolen", "the figures were falsified"
RIGGING_VERBS = frozenset("rig falsify steal doctor manipulate".split())
# relative pronouns, which stand for the noun their clause modifies
_RELATIVES = frozenset(("which", "that"))
# pronouns that stand for things: "called it a sham", "described this as illegal"
_THING_PRONOUNS = frozenset("it this that these those which what".split())
# nouns that name an act whose kind the "of" phrase gives: "an act of aggression"
_ACT_NOUNS = frozenset({"act"})


def verdict_kind(word: Token) -> str | None:
    """ "Accuse" or "Oppose" for a verdict word ("a breach", "illegal", "an act of aggression", "unfair"),
    else None."""
    lemma = word.lemma_.lower()
    if lemma in _ACT_NOUNS:
        kinds = {verdict_kind(p) for of in word.children if of.lower_ == "of" for p in of.children}
        return "Accuse" if "Accuse" in kinds else None
    if word.lower_ in WRONGDOING_WORDS or lemma in WRONGDOING_WORDS:
        return "Accuse"
    if word.lower_ in DISAPPROVING_WORDS or lemma in DISAPPROVING_WORDS:
        return "Oppose"
    conjuncts = [c for c in word.children if c.dep_ == "conj"]  # "unnecessary and irresponsible"
    kinds = {verdict_kind(c) for c in conjuncts} - {None}
    return "Accuse" if "Accuse" in kinds else kinds.pop() if kinds else None


def called(verb: Token) -> tuple[Token, Token] | None:
    """The object and the verdict of a verb of calling: "called [the strikes] [a breach]", "described
    [the strike] as [illegal]", "branded [the vote] [a sham]" (two objects), "called [Israel's strikes]
    [a breach ...]" (the verdict parsed inside the object)."""
    if verb.lemma_.lower() not in VERDICT_VERBS or verb.pos_ != "VERB":
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:  # "called [the walkout irresponsible]", parsed as one noun with the thing a compound
        word = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)
        thing = next((c for c in word.children if c.dep_ == "compound"), None) if word is not None else None
        return (thing, word) if thing is not None and word is not None else None
    thing = objects[0]
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or (child.dep_ == "dobj" and child.i > thing.i):
            return thing, child
        if child.dep_ == "prep" and child.lower_ == "as":  # "as illegal", "as a crime against humanity"
            word = next((p for p in child.children if p.dep_ in ("pobj", "amod", "acomp")), None)
            if word is not None:
                return thing, word
    inside = next((c for c in thing.children if c.dep_ in ("npadvmod", "appos") and c.i > thing.i), None)
    return (thing, inside) if inside is not None else None


def verdict_cue(verb: Token) -> str | None:
    """The stance a verb of calling states by its verdict: "Accuse", "Oppose", or None."""
    found = called(verb)
    if found is None or _negated(found[1]):  # "called it not a crime"; "did not call it a crime" is negated
        return None  # by the verb's polarity
    return verdict_kind(found[1])


def holders(verb: Token) -> list[list[int]]:
    """Who passes the verdict in a passive the parser hangs on the verdict: "was called a fraud by X"."""
    found = called(verb)
    if found is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [[p.i] for by in _agents(found[1]) for p in by.children if p.dep_ == "pobj"]


def _agents(word: Token) -> list[Token]:
    """The "by" phrases on a verdict word ("a fraud by several council members")."""
    return [c for c in word.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]


def targets(verb: Token) -> list[list[int]]:
    """Whom the verdict is on: the actor called a wrongdoer ("called Putin a war criminal"), else the doer
    of the act called wrong ("Israel's strikes", "the strikes by Israel", "the Russian strike")."""
    found = called(verb)
    return accused_in(found[0]) if found is not None else []


def accused_in(thing: Token) -> list[list[int]]:
    """The actor a verdict is on, given what it is passed on: that actor, or the doers of the act."""
    if names_actor(thing):
        return [[thing.i, *[c.i for c in thing.conjuncts]]]
    return [[d.i] for d in doers(thing)]


def positions(verb: Token) -> list[list[Token]]:
    """What is called wrong: the object ("the strikes", without a verdict parsed inside it), or, when the
    object is an actor, what it is called ("a war criminal")."""
    found = called(verb)
    if found is None:
        return []
    thing, word = found
    if names_actor(thing):  # "a war criminal", without "by X" of a passive
        agents = {t.i for by in _agents(word) for t in by.subtree}
        return [[t for t in word.subtree if t.i not in agents]]
    inside = {t.i for t in word.subtree} if word.head.i == thing.i else set()
    return [[t for t in thing.subtree if t.i not in inside]]


def stated_verdict(clause: Token) -> tuple[str, Token, list[Token]] | None:
    """The verdict of a statement's clause: its stance type, what it is passed on (the subject) and the
    accused ("said the move was a violation of ...", "said the election was rigged by the ruling party")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speech = clause.head
    if subject is not None and subject.lower_ in _RELATIVES and speech.dep_ == "relcl":
        subject = speech.head  # "the election, which she says was rigged": the election
    if subject is None or (subject.pos_ == "PRON" and subject.lower_ not in ("it", "this", "that")):
        return None  # "said they were unhappy": a feeling, not a verdict on anything
    if subject.lower_ == "it" and any(c.dep_ in ("xcomp", "ccomp") for c in clause.children):
        return None  # "said it was a mistake to use private email": a judgement of an act in general
    if clause.lemma_.lower() == "be":
        word = next((c for c in clause.children if c.dep_ in ("attr", "acomp")), None)
        kind = verdict_kind(word) if word is not None and not _negated(clause) and not _negated(word) else None
        if kind is None:
            return None
        return kind, subject, _actors(subject)
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    if passive and clause.lemma_.lower() in RIGGING_VERBS and not _negated(clause):
        agents = [p for a in clause.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        return "Accuse", subject, agents + _actors(subject)
    return None


def _actors(thing: Token) -> list[Token]:
    """The actor the verdict is on: the subject itself if it names one, else the doers of the act."""
    return [thing] if names_actor(thing) else doers(thing)


def names_actor(token: Token) -> bool:
    """A name, a person's pronoun or a noun for a body or people: "Putin", "him", "the junta" ("called it
    a sham" passes the verdict on a thing)."""
    return names_holder(token) and token.lower_ not in _THING_PRONOUNS


def _negated(word: Token) -> bool:
    """ "(was) not a sham", "was not illegal": a negation on the word or its clause's verb."""
    return any(c.dep_ == "neg" for c in word.children)
