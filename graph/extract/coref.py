"""Pronouns to actors: he, she, his, her, they, their, it, its -> the most recent compatible actor.

One left-to-right pass over the tokens keeps the actor mentions seen so far; a pronoun picks, among the
mentions of its own paragraph (a line of the text), the closest compatible one, preferring the subject of
its own sentence, then the subject of an earlier sentence. A pronoun opening a paragraph may reach the
subject of the previous paragraph ("Mr. Racz said ... \\n He held out ...") when it is he or she.
He, she or a subject "they" with no antecedent in its paragraph (nor, for "they", in the one before) may
reach back a few paragraphs, to the one compatible actor they name (for he or she, else the one that is the
subject of the closest of them).
Compatible means:

- he/him/his: a person not known to be female; she/her: a person not known to be male;
- they/their: a state, government, organisation, group, or several conjoined actors; them/themselves
  only a plural mention ("officials", "Russia and Ukraine"), as "them" mostly stands for things;
- it/its: a single state, government or organisation, not a plural mention ("Dutch officials rejected
  it, saying it would ..."); "it" only as the subject of a content verb, never the empty "it" of "it is
  likely that"; its antecedent is a subject of a verb governing it ("X said it would"), else, when "it"
  is the subject of an agent's verb (say, demand, reject ...), the one such actor the paragraph names
  ("Germany signed the accord. It has long demanded ..."; never with two candidates);
- "They" as a subject with no antecedent in its own paragraph: the one collective actor of the previous
  paragraph.

`resolve_possessed_bodies` runs after: "his government", "their forces" -> the state of whoever the
possessive pronoun refers to.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Token

from graph.extract import lexicon as lx
from graph.extract.role_nouns import TITLED_ROLES
from graph.extract.scan import sentence_starts, where

MALE = {"he", "him", "his", "himself"}
# person nouns that name a body's speaker, whom "he" or "she" then names: the body speaks
SPEAKER_ROLES = {"spokesman": "male", "spokeswoman": "female", "spokesperson": "any"}
# nouns of an office whose holder the text does not name ("the Serbian president", "the union leader"),
# read as the body or state it heads: "he" or "she" after them is that holder, who speaks for it
OFFICE_ROLES = {noun: "any" for noun in (*TITLED_ROLES, "executive", "ceo")} | {
    "chairman": "male", "chairwoman": "female", "king": "male", "queen": "female", **SPEAKER_ROLES
}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
NEUTER = {"it", "its", "itself"}
OBJECT_PLURAL = {"them", "themselves"}  # mostly things ("withdraw them"): only after a plural actor
PRONOUNS = MALE | FEMALE | PLURAL | NEUTER
SUBJECTS = {"nsubj", "nsubjpass"}
EMPTY_IT_HEADS = {"be", "seem", "appear", "remain", "become", "take", "matter", "happen", "make"}
COLLECTIVE = {"State", "Government", "Organization", "Group"}
# how many lines back (three paragraphs with blank lines between) "he" or "she" with no antecedent in its
# paragraph may find the person a story is about
RECENT_LINES = 6
# Verbs whose subject is an agent, so a subject "it" of theirs is an actor, not a plan or a deal.
AGENT_VERBS = {
    "say", "add", "demand", "reject", "accuse", "deny", "warn", "insist", "want", "agree", "offer", "refuse",
    "threaten", "call", "urge", "vow", "pledge", "announce", "claim", "condemn", "welcome", "propose", "seek",
    "accept", "oppose", "support", "back", "criticise", "criticize", "blame", "ask", "request", "promise",
    "decline", "argue", "state", "confirm", "respond", "reply", "vote", "declare", "dismiss", "protest",
    # statements and decisions only an actor issues: "The ministry ... It issued a statement"
    "issue", "publish", "tweet", "post", "write", "stress", "note", "denounce", "praise", "endorse", "veto",
    "ratify", "sue", "summon", "boycott", "recommend", "acknowledge", "admit",
}


@dataclass
class Mention:
    start: int
    keys: tuple[str, ...]
    sentence: int  # index of the sentence's first token
    line: int
    subject: bool
    plural: bool = False  # several actors, or a plural noun ("officials", "the Russians")
    head: int = -1  # the token of the mention that is a subject, else its first token
    kinds: frozenset[str] = frozenset()
    role: str | None = None  # a person noun naming a body's speaker or head ("the Kremlin spokesman"): its gender
    owner: bool = False  # the possessor of another actor ("North Korea" of "North Korea's defence ministry")


class CorefHost(Protocol):
    """What pronoun resolution needs from the actor resolver."""

    def keys_at(self, i: int) -> tuple[str, ...]: ...
    def mapped(self) -> Iterable[int]: ...
    def kind_of(self, key: str) -> str: ...
    def country_of(self, key: str) -> str | None: ...
    def gender_of(self, key: str) -> str | None: ...
    def line_of(self, char: int) -> int: ...
    def assign(self, tokens: list[Token], keys: tuple[str, ...], *, mention: bool) -> None: ...
    def in_furniture(self, char: int) -> bool: ...


def resolve_pronouns(doc: Doc, host: CorefHost) -> None:
    """Assign each resolvable third-person pronoun of `doc` the actor(s) it refers to."""
    mentions: list[Mention] = []
    starts = sentence_starts(doc)
    for i in sorted(set(host.mapped()) | where(doc, "LOWER", PRONOUNS)):
        token = doc[i]
        sentence = starts[bisect_right(starts, i) - 1]
        keys = host.keys_at(i)
        if keys:
            last = mentions[-1] if mentions else None
            # a plural possessor or modifier ("the teachers' union") does not make the phrase plural
            plural = len(keys) > 1 or (token.tag_ in ("NNS", "NNPS") and token.dep_ not in ("poss", "compound"))
            subject = token.dep_ in SUBJECTS or (token.dep_ == "appos" and token.head.dep_ in SUBJECTS)
            role = OFFICE_ROLES.get(token.lemma_.lower()) if token.tag_ == "NN" else None
            owner = token.dep_ == "poss" and host.keys_at(token.head.i) not in ((), keys)
            if last and last.keys == keys and last.start >= i - 4 and last.sentence == sentence:
                if subject:
                    last.subject, last.head = True, i
                last.plural |= plural
                last.role = last.role or role
                last.owner |= owner
            else:
                mentions.append(Mention(i, keys, sentence, host.line_of(token.idx), subject, plural, i,
                                        frozenset(map(host.kind_of, keys)), role, owner))
            continue
        word = token.lower_
        if token.pos_ != "PRON" or not _referring(token, word) or host.in_furniture(token.idx):
            continue
        found = _antecedent(token, word, sentence, mentions, host)
        if found:
            host.assign([token], found, mention=False)
            mentions.append(Mention(i, found, sentence, host.line_of(token.idx), token.dep_ in SUBJECTS,
                                    word in PLURAL, i, frozenset(map(host.kind_of, found))))


def _referring(token: Token, word: str) -> bool:
    """False for the empty "it" ("it is clear that ...", "it seems") and for an "it" that is the proposal
    just named ("rejected the draft, saying it would allow inspections")."""
    if word != "it":
        return True
    if token.dep_ not in SUBJECTS:
        return False
    if proposal_pronoun(token):
        return False
    head = token.head
    if head.lemma_.lower() not in EMPTY_IT_HEADS:
        return True
    # "it is likely that ...", "it remains unclear whether ...", "it takes time to ...": an extraposed clause
    return not any(t.dep_ in ("ccomp", "csubj", "xcomp")
                   or (t.lower_ in ("that", "whether") and t.dep_ == "mark")
                   for t in head.subtree if t.i > token.i and t.i != head.i)


# what a text or a plan does, said of it: "(the draft) would allow inspections", "would give the president
# too much power", "did not guarantee an end to the war"
_CONTENT_VERBS = frozenset("allow give guarantee ensure grant require include permit".split())


def proposal_pronoun(pronoun: Token) -> bool:
    """ "Tehran rejected the draft, saying it would allow inspections", "... because it would give the
    president too much power": the subject "it" of what a proposal does, in the reason given for a stance
    on it, is that proposal (no actor), not the one who speaks."""
    clause = pronoun.head
    if clause.lemma_.lower() not in _CONTENT_VERBS or any(c.dep_ == "prt" for c in clause.children):
        return False  # "saying it would give up nothing": the speaker's own act
    if clause.dep_ == "ccomp" and clause.head.dep_ == "advcl" and clause.head.tag_ == "VBG":
        verb = clause.head.head  # "..., saying it would ..."
    elif clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("because", "since") for m in clause.children):
        verb = clause.head
    else:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lx.PROPOSAL_NOUNS for c in verb.children)


def _compatible(mention: Mention, word: str, host: CorefHost) -> bool:
    keys, kinds = mention.keys, mention.kinds
    if word in PLURAL:
        return len(keys) > 1 or bool(kinds & COLLECTIVE)
    if len(keys) > 1:
        return False
    if word in NEUTER:  # a group only as one collective: "a northern militia said it would ..."
        return bool(kinds & (COLLECTIVE - {"Group"})) or (kinds == {"Group"} and not mention.plural)
    if kinds != {"Person"}:
        # "The Kremlin spokesman briefed reporters. He dismissed ...": he speaks for the body
        return mention.role is not None and mention.role != ("female" if word in MALE else "male")
    gender = host.gender_of(keys[0])
    return gender != ("female" if word in MALE else "male")


def _antecedent(token: Token, word: str, sentence: int, mentions: list[Mention],
                host: CorefHost) -> tuple[str, ...] | None:
    line = host.line_of(token.idx)
    recent = mentions[-40:]
    before = [m.line for m in recent if m.line < line]
    previous = before[-1] if before else -1
    same_sentence: list[Mention] = []
    earlier: list[Mention] = []
    previous_line: list[Mention] = []
    for mention in reversed(recent):
        if not _compatible(mention, word, host) or (word in OBJECT_PLURAL and not mention.plural) \
                or (word in NEUTER and mention.plural):
            continue
        if mention.sentence == sentence:
            same_sentence.append(mention)
        elif mention.line == line:
            earlier.append(mention)
        elif not earlier and mention.line == previous and word not in NEUTER | PLURAL:
            previous_line.append(mention)
    own_subject = _own_subject(token)
    if own_subject:  # "Erdogan urged him to ...": an object pronoun is never its own verb's subject
        same_sentence = [m for m in same_sentence if m.head not in own_subject and m.start not in own_subject]
    asker = _asker(token)
    if asker is not None:  # "China demanded that it retract ...": whoever is asked, never the one asking
        same_sentence = [m for m in same_sentence if m.head not in asker and m.start not in asker]
        if word == "it":
            return _only_one([m for m in same_sentence + earlier if not m.owner], subject=False)
    if word == "it":  # "X said it would ...": the subject of a verb that governs the pronoun
        ancestors = set(token.ancestors)
        governing = [m for m in same_sentence if m.subject and token.doc[m.head].head in ancestors]
        if governing or token.head.lemma_.lower() not in AGENT_VERBS:
            same_sentence, earlier, previous_line = governing, [], []
        else:  # "Germany signed the accord. It has long demanded ...": one actor in the paragraph; the
            # owner of a body named is no other candidate ("North Korea's defence ministry ... It accused")
            candidates = [m for m in same_sentence + earlier if not m.owner]
            return (
                _only_one(candidates, subject=True) or _main_subject(candidates, token.doc)
                or _only_one(_not_named_beside(token, candidates, host), subject=True)
            )
    elif word in PLURAL and token.dep_ in SUBJECTS and not same_sentence and not earlier:
        # "They" opening a paragraph: the one collective actor the previous paragraph names
        previous_line = [m for m in reversed(recent) if m.line == previous and _compatible(m, word, host)]
        if not previous_line:  # nothing they could be just before: the collective of the last paragraphs
            return _one_of_recent_paragraphs(recent, line, word, host)
        return _only_one(previous_line, subject=False)
    for group, subjects_only in ((same_sentence, False), (earlier, False), (previous_line, True)):
        if not group:
            continue
        subjects = [m for m in group if m.subject]
        if subjects:
            return subjects[0].keys
        if not subjects_only:
            return group[0].keys
    if word in MALE | FEMALE and not same_sentence and not earlier:
        return _one_of_recent_paragraphs(recent, line, word, host)
    return None


def _own_subject(token: Token) -> set[int]:
    """The subject tokens of the verb an object pronoun is the object of ("Erdogan urged him", "the
    minister accused them of ..."), which a non-reflexive pronoun cannot stand for; empty for any other
    pronoun."""
    if token.dep_ not in ("dobj", "dative"):
        return set()
    return _subject_tokens(token.head)  # "met Putin and urged him ...": a shared subject too


def _subject_tokens(verb: Token) -> set[int]:
    """The tokens of a verb's subjects, or of the subjects it shares as the second of two coordinated
    verbs ("warned Japan ... and demanded that it ...")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    return {t.i for s in subjects for t in s.subtree}


def _asker(token: Token) -> set[int] | None:
    """The subject tokens of the demand verb whose mandated clause the pronoun is the active subject of
    ("China demanded that it retract the remarks", "urged that they stop"): one asks something of
    another, so the pronoun is not the asker. None when the clause is passive or has "be" ("demanded that
    it be allowed to inspect": a demand for oneself) or the pronoun is no such subject."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.tag_ not in ("VB", "VBP"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children) or clause.lemma_ == "be":
        return None  # "that it would ...", "that it be allowed": not a mandated act of another
    verb = clause.head
    if lx.VERBS.get(verb.lemma_.lower()) != "Demand":
        return None
    return _subject_tokens(verb)


def _one_of_recent_paragraphs(recent: list[Mention], line: int, word: str,
                              host: CorefHost) -> tuple[str, ...] | None:
    """He, she or they with no antecedent in its own paragraph: the actor the last few paragraphs are about
    ("Trump spoke in Ohio. ... The nominee also linked ... \\n He said ..."), when the paragraphs name
    one compatible actor, else when the closest paragraph that has such a subject has just one."""
    people = [m for m in reversed(recent) if line - RECENT_LINES <= m.line < line and _compatible(m, word, host)]
    one = _only_one(people, subject=False)
    if one is not None or not people or word in PLURAL:  # "they" only for the one collective named
        return one
    for at in sorted({m.line for m in people}, reverse=True):
        subjects = [m for m in people if m.line == at and m.subject]
        if subjects:
            return _only_one(subjects, subject=True)
    return None


def _not_named_beside(pronoun: Token, mentions: list[Mention], host: CorefHost) -> list[Mention]:
    """The candidates the pronoun's own clause does not name: "China held talks with Vietnam. It warned
    Hanoi ...": the one warned is not the one warning, so "It" is China."""
    beside = {k for t in pronoun.head.subtree if t.i != pronoun.i for k in host.keys_at(t.i)}
    rest = [m for m in mentions if not set(m.keys) & beside]
    return rest if len(rest) < len(mentions) else []


def _main_subject(mentions: list[Mention], doc: Doc) -> tuple[str, ...] | None:
    """The subject of the main verb of the latest sentence that names candidates, when it is one actor and
    every other candidate is inside what it says: "The defence ministry said that Pyongyang would ... It
    accused ...": the ministry, whose statement the sentence reports, goes on speaking (a subject of the
    reported clause does not)."""
    if not mentions:
        return None
    latest = max(m.sentence for m in mentions)
    main = [m for m in mentions if m.sentence == latest and m.subject and doc[m.head].head.dep_ == "ROOT"]
    if not main or any(doc[m.head].conjuncts for m in main):
        return None  # "The Red Cross and Amnesty visited the camps. It published ...": which one is not said
    root = doc[main[0].head].head
    reported = {t.i for c in root.children if c.dep_ == "ccomp" for t in c.subtree}
    others = [m for m in mentions if m.keys != main[0].keys]
    if any(m.sentence != latest or m.head not in reported for m in others):
        return None  # "Germany signed the accord with France. It ...": France stands beside Germany
    return _only_one(main, subject=True)


def _only_one(mentions: list[Mention], *, subject: bool) -> tuple[str, ...] | None:
    """The keys of the mentions when they all name the same actor(s) (and one is a subject, if asked)."""
    if not mentions or len({m.keys for m in mentions}) != 1 or (subject and not any(m.subject
                                                                                       for m in mentions)):
        return None
    return mentions[0].keys


# what a person's possessive makes their state: "his country", "her nation"
_HOMELANDS = frozenset(("country", "nation"))


def resolve_possessed_bodies(doc: Doc, host: CorefHost, bodies: set[str], personal: set[str]) -> None:
    """ "His office", "Netanyahu's spokesman", "the president's aides": a body that speaks for a person is
    that person; "The German leader said his government ...": a state body owned by a resolved pronoun is
    the state of that person (or that state itself), as is "his country"."""
    for i in sorted(where(doc, "DEP", {"poss"})):
        token = doc[i]
        head = token.head
        lemma = head.lemma_.lower()
        owners = host.keys_at(token.i)
        grouped = all(host.kind_of(k) == "Group" for k in host.keys_at(head.i))  # "his country": no Group
        if (host.keys_at(head.i) and not (grouped and lemma in _HOMELANDS)) or not owners \
                or lemma not in bodies | personal | _HOMELANDS:
            continue
        if lemma in personal and len(owners) == 1 and host.kind_of(owners[0]) == "Person":
            host.assign([head], owners, mention=False)
            continue
        if token.pos_ != "PRON" or lemma not in bodies | _HOMELANDS:
            continue
        states = []
        for key in owners:
            state = key if host.kind_of(key) == "State" else host.country_of(key)
            if state:
                states.append(state)
        if states:
            host.assign([head], tuple(dict.fromkeys(states)), mention=False)
