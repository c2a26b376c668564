"""Pronouns to actors: he, she, his, her, they, their, it, its -> the most recent compatible actor.

One left-to-right pass over the tokens keeps the actor mentions seen so far; a pronoun picks, among the
mentions of its own paragraph (a line of the text), the closest compatible one, preferring the subject of
its own sentence, then the subject of an earlier sentence. A pronoun opening a paragraph may reach the
subject of the previous paragraph ("Mr. Racz said ... \\n He held out ...") when it is he or she.
Compatible means:

- he/him/his: a person not known to be female; she/her: a person not known to be male;
- they/their: a state, government, organisation, group, or several conjoined actors; them/themselves
  only a plural mention ("officials", "Russia and Ukraine"), as "them" mostly stands for things;
- it/its: a single state, government or organisation, not a plural mention ("Dutch officials rejected
  it, saying it would ..."); "it" only as the subject of a content verb, never the empty "it" of "it is
  likely that", and only when a subject of a verb governing it is its antecedent ("X said it would").

`resolve_possessed_bodies` runs after: "his government", "their forces" -> the state of whoever the
possessive pronoun refers to.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Token

from graph.extract.scan import sentence_starts, where

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
NEUTER = {"it", "its", "itself"}
OBJECT_PLURAL = {"them", "themselves"}  # mostly things ("withdraw them"): only after a plural actor
PRONOUNS = MALE | FEMALE | PLURAL | NEUTER
SUBJECTS = {"nsubj", "nsubjpass"}
EMPTY_IT_HEADS = {"be", "seem", "appear", "remain", "become", "take", "matter", "happen", "make"}
COLLECTIVE = {"State", "Government", "Organization", "Group"}


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
            plural = len(keys) > 1 or token.tag_ in ("NNS", "NNPS")
            subject = token.dep_ in SUBJECTS or (token.dep_ == "appos" and token.head.dep_ in SUBJECTS)
            if last and last.keys == keys and last.start >= i - 4 and last.sentence == sentence:
                if subject:
                    last.subject, last.head = True, i
                last.plural |= plural
            else:
                mentions.append(Mention(i, keys, sentence, host.line_of(token.idx), subject, plural, i,
                                        frozenset(map(host.kind_of, keys))))
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
    """False for the empty "it" ("it is clear that ...", "it seems")."""
    if word != "it":
        return True
    if token.dep_ not in SUBJECTS:
        return False
    head = token.head
    if head.lemma_.lower() not in EMPTY_IT_HEADS:
        return True
    # "it is likely that ...", "it remains unclear whether ...", "it takes time to ...": an extraposed clause
    return not any(t.dep_ in ("ccomp", "csubj", "xcomp")
                   or (t.lower_ in ("that", "whether") and t.dep_ == "mark")
                   for t in head.subtree if t.i > token.i and t.i != head.i)


def _compatible(mention: Mention, word: str, host: CorefHost) -> bool:
    keys, kinds = mention.keys, mention.kinds
    if word in PLURAL:
        return len(keys) > 1 or bool(kinds & COLLECTIVE)
    if len(keys) > 1:
        return False
    if word in NEUTER:
        return bool(kinds & (COLLECTIVE - {"Group"}))
    if kinds != {"Person"}:
        return False
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
    if word == "it":  # only "X said it would ...": the subject of a verb that governs the pronoun
        ancestors = set(token.ancestors)
        same_sentence = [m for m in same_sentence if m.subject and token.doc[m.head].head in ancestors]
        earlier, previous_line = [], []
    for group, subjects_only in ((same_sentence, False), (earlier, False), (previous_line, True)):
        if not group:
            continue
        subjects = [m for m in group if m.subject]
        if subjects:
            return subjects[0].keys
        if not subjects_only:
            return group[0].keys
    return None



def resolve_possessed_bodies(doc: Doc, host: CorefHost, bodies: set[str]) -> None:
    """ "The German leader said his government ...": a state body owned by a resolved pronoun is the state
    of that person (or that state itself)."""
    for i in sorted(where(doc, "DEP", {"poss"}) & where(doc, "POS", {"PRON"})):
        token = doc[i]
        if token.head.lemma_.lower() not in bodies:
            continue
        states = []
        for key in host.keys_at(token.i):
            state = key if host.kind_of(key) == "State" else host.country_of(key)
            if state:
                states.append(state)
        if states and not host.keys_at(token.head.i):
            host.assign([token.head], tuple(dict.fromkeys(states)), mention=False)
