"""Opinions named by a noun: "his claim that ...", "Trump's comments about ...", "in a statement, X ...".

A possessed noun of saying, thinking or feeling ("the senator's remarks", "her argument that ...", "his
disdain for the press") reports an opinion of its possessor, and a clause set "in a statement" or "in an
interview" reports its subject's words ("In a statement, the union was more cautious"). Both are Claims of
that actor (graph/extract/reports.py); a noun that is itself a stance cue ("his demand", "her support")
is typed by graph/extract/cues/ instead.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.cues import actor_like
from graph.extract.cues.tokens import dues_claim
from graph.extract.participants import speaker_groups
from graph.extract.positions import span_tokens
from graph.extract.reports import claim_candidate

# nouns of saying, thinking or feeling whose possessor holds what they say
OPINION_NOUNS = frozenset(
    "claim argument assertion contention comment remark statement view belief opinion rhetoric message "
    "theory conclusion acknowledgment acknowledgement announcement suggestion complaint assessment "
    "prediction idea vision stance determination emphasis reluctance skepticism scepticism concern fear "
    "worry doubt admiration adulation disdain contempt obsession insistence testimony explanation answer "
    "response reply retort missive tweet speech interview attack jab insult critique".split()
)
# statements a clause can be set in: "in a statement", "in an interview", "in a tweet"
SETTING_NOUNS = frozenset("statement interview tweet speech letter post op-ed editorial email memo".split())
_OWN = frozenset({"poss"})
# an attack that is carried out, resumed or halted is one of force, not of words ("vowed to continue their
# attacks on government targets"; "his attack on the press" is a statement)
_FORCE_ATTACK_VERBS = frozenset(
    "launch carry conduct continue resume intensify escalate step stage mount halt stop end suspend".split()
)
VOCABULARY = OPINION_NOUNS | SETTING_NOUNS


def opinion_candidates(tokens: list[Token], taken: set[int], stated: set[int]) -> list[dict[str, Any]]:
    """Claims of the possessors of opinion nouns and of clauses set in a statement, among `tokens`
    (`taken`: tokens that are already cues or reports; `stated`: the cues that gave a stance)."""
    out: list[dict[str, Any]] = []
    for noun in tokens:
        if noun.i in taken or noun.pos_ != "NOUN":
            continue
        lemma = noun.lemma_.lower()
        owners = [c for c in noun.children if c.dep_ in _OWN]
        if lemma == "attack" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _FORCE_ATTACK_VERBS:
            continue
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.SOFTENING_VERBS:
            continue  # "softened its stance", "toned down its rhetoric": the concession is the stance
        if lemma in OPINION_NOUNS and owners and not dues_claim(noun):  # "their pay claim" demands
            out.append(claim_candidate(noun, [[c.i] for c in owners], span_tokens(noun, exclude=owners)))
        elif lemma in SETTING_NOUNS and (clause := _set_clause(noun)) is not None and clause.i not in stated:
            # (a clause whose verb gave a stance, "In a statement, the ministry warned X ...", says it)
            speakers = speaker_groups(clause)
            if speakers and all(_speaker_like(noun.doc[g[0]]) for g in speakers):  # not "contempt shows in"
                setting = noun.head  # what the clause says, without "in a statement" and the speaker
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                out.append(claim_candidate(noun, speakers, span_tokens(clause, exclude=[setting, *subjects])))
    return out


def _speaker_like(token: Token) -> bool:
    """A name, a pronoun, an actor noun ("the union") or a noun named by one ("the Moreno campaign")."""
    return (
        actor_like(token)
        or token.lemma_.lower() in lx.ACTOR_NOUNS | {"campaign"}
        or any(c.dep_ == "compound" and actor_like(c) for c in token.children)
    )


def _set_clause(noun: Token) -> Token | None:
    """The verb of "In a statement (issued Tuesday), X was more cautious": "in" + the noun on a verb."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None
