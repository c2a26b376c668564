"""Refusals by staying away or by paying no heed, which no verb of refusing says.

- "will not attend the summit", "did not take part in the talks", "won't participate in the election",
  "will not join the negotiations", "would not go to the conference": a gathering or a process another
  holds, stayed away from; so is one skipped, shunned, boycotted or sat out ("will skip the G20 summit",
  "will boycott the vote", "sat out the talks", "stayed away from the peace talks"). Staying away refuses
  it (CAMEO 12, boycott), said as done or as an intent;
- "ignored Israel's ultimatum", "disregarded calls for restraint", "turned its back on the accord":
  leaving unanswered what another asks, or turning away from what was agreed, refuses it.

Only the gathering or the thing pressed is refused: "did not attend school", "skipped breakfast", "ignored
the noise", "turned its back on the crowd" refuse nothing. The verb of attending must be negated and
the verb of skipping must not be ("will not skip the summit" stays away from nothing); cue_candidates.py
reads the negation of attending as part of the construction, so the stance is a positive Reject.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.cues.tokens import lemma_of
from graph.extract.modality import says_not

# what one can attend and stay away from to refuse it: meetings, talks and the processes parties join
GATHERINGS = lx.TALK_NOUNS | frozenset(
    "conference session round forum ceremony inauguration parade gathering election referendum poll "
    "hearing process commemoration celebration congress convention".split()
)
# attending, when negated: "will not attend", "did not participate in", "won't join", "would not go to"
ATTENDING_VERBS = frozenset("attend participate join go come".split())
# the preposition of the gathering each attending verb takes ("participate in", "go to"), if any
_ATTENDED_BY = {"participate": ("in",), "go": ("to",), "come": ("to",), "take": ("in",), "show": ("at", "for"),
                "turn": ("at", "for")}
# staying away, said without a negation: "skipped the summit", "shunned the talks", "will boycott the
# election" (a boycott of goods is a sanction, graph/extract/cues/verbs.py)
SKIPPING_VERBS = frozenset("skip shun boycott".split())
# leaving unanswered what another asks or puts forward: "ignored the ultimatum"
DISREGARDING_VERBS = frozenset("ignore disregard".split())
# what is disregarded as a refusal: what is asked, ruled or proposed, not a noise or a crowd
HEEDED = lx.PRESSING_NOUNS | lx.PROPOSAL_NOUNS | frozenset(
    "warning invitation order deadline summons ruling verdict decision".split()
)
# what turning one's back on refuses: an agreement, a proposal, talks
_TURNED_FROM = lx.PROPOSAL_NOUNS | lx.TALK_NOUNS
VOCABULARY = ATTENDING_VERBS | SKIPPING_VERBS | DISREGARDING_VERBS | frozenset("take show turn stay sit".split())


def refused_by_absence(verb: Token) -> Token | None:
    """The gathering or the demand a verb refuses by staying away from it or by ignoring it (the module
    docstring), or None."""
    if verb.pos_ != "VERB":
        return None
    word = lemma_of(verb)
    if word in DISREGARDING_VERBS:
        return _object(verb, HEEDED)
    if word == "turn":  # "turned its back on the accord"
        backs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "back"]
        return next((g for b in backs for g in _prep_objects([b, verb], ("on",)) if _in(g, _TURNED_FROM)), None)
    if says_not(verb):
        return _attended(verb, word)
    if word in SKIPPING_VERBS:
        return _object(verb, GATHERINGS)
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if word == "sit" and "out" in particles:  # "sat out the talks"
        return _object(verb, GATHERINGS)
    if word == "stay" and "away" in particles:  # "stayed away from the peace talks"
        away = [c for c in verb.children if c.lower_ == "away"]
        return next((g for g in _prep_objects([verb, *away], ("from",)) if _in(g, GATHERINGS)), None)
    return None


def _attended(verb: Token, word: str) -> Token | None:
    """The gathering a negated verb of attending names: "attend the summit", "take part in the talks",
    "show up at the meeting"."""
    if word in ("attend", "join"):
        return _object(verb, GATHERINGS)
    if word == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return None
    if word in ("show", "turn") and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in verb.children):
        return None
    preps = _ATTENDED_BY.get(word, ())
    places = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "prt", "advmod"))]  # "part in", "up at"
    return next((g for g in _prep_objects(places, preps) if _in(g, GATHERINGS)), None)


def _object(verb: Token, nouns: frozenset[str]) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and _in(c, nouns)), None)


def _prep_objects(places: list[Token], preps: tuple[str, ...]) -> list[Token]:
    return [
        p for place in places for prep in place.children if prep.dep_ == "prep" and prep.lower_ in preps
        for p in prep.children if p.dep_ == "pobj"
    ]


def _in(noun: Token, nouns: frozenset[str]) -> bool:
    return lemma_of(noun) in nouns
