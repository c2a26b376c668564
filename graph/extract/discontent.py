"""Discontent: disagreeing with something, being disappointed by it, taking issue with it.

- "Meta disagreed with the ruling", "said it strongly disagreed with the Commission's decision": "disagree
  with" finds fault with what or whom the "with" phrase names ("disagreed over the budget", with no one
  disagreed with, is a quarrel between the subjects, no stance of one of them);
- "took issue with the report": the idiom "take issue with" likewise;
- "was disappointed by the verdict", "is dismayed at the vote", "was unhappy with the court's ruling",
  "is disappointed that the Senate rejected the bill": a word of discontent whose complement names what
  displeases states the one displeased's disapproval of it ("fans were disappointed after the match"
  names nothing, and states none). The passive's "by" phrase is what displeases, not who holds the stance;
  a participle that only describes a noun ("hackers angered by the cartoons defaced ...") takes none, and
  neither do an infinitive ("are free to disagree with ...": what may be) or an alternative ("voters who
  agree or disagree with the policy").

All are Oppose (STANCES.md: disapproval; PLOVER ACCUSE, CAMEO 11). The position is what displeases; the
target is whom the "with" phrase names, else the owner of the thing ("the court's ruling": the court).
The nouns ("expressed disappointment at the vote", "voiced its displeasure with ...") are noun cues of the
lexicon; DISCONTENT_PREPS says which of their prepositions name what displeases.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.accusations import doers
from graph.extract.cues.tokens import names_holder

DISAGREEING_VERBS = frozenset({"disagree"})
# participles and adjectives of discontent, as written: "was disappointed by", "is unhappy with"
DISCONTENT_WORDS = frozenset(
    "disappointed dismayed displeased dissatisfied unhappy frustrated appalled outraged angered".split()
)
# the prepositions that name what displeases: "disappointed by / with / at / over / about the verdict"
DISCONTENT_PREPS = frozenset("by with at over about".split())
# the nouns of discontent (noun cues of the lexicon), whose "at" phrase too names what displeases:
# "expressed disappointment at the vote"
DISCONTENT_NOUNS = frozenset("disappointment displeasure dismay dissatisfaction".split())
# a participle that modifies a noun describes it ("hackers angered by the cartoons"): no stance is taken
_DESCRIBING = frozenset("amod compound acl relcl".split())
# the words a discontent cue starts from (the detector looks only at lexicon words)
VOCABULARY = DISAGREEING_VERBS | DISCONTENT_WORDS | {"take", "issue"}


def discontent(token: Token) -> bool:
    """Whether the token states its subject's discontent with something it names. In a relative clause
    the one displeased is the noun the clause modifies, which must name someone: "critics who disagree
    with the plan", but not "those who disagree with him (were fired)", a description of whoever does."""
    if token.lower_ not in DISCONTENT_WORDS and token.lemma_.lower() not in DISAGREEING_VERBS | {"take"}:
        return False
    if token.dep_ == "relcl" and (token.head.pos_ == "PRON" or not names_holder(token.head)):
        return False
    if _infinitive(token) or _alternative(token):
        return False
    return _displeasing(token) is not None


def _infinitive(token: Token) -> bool:
    """ "are free to disagree with", "have the right to disagree": discontent is a state, not an act one
    sets out to do, so its infinitive says what may be, not what is."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _alternative(token: Token) -> bool:
    """ "voters who agree or disagree with the policy": one of two alternatives states neither."""
    heads = [token, token.head] if token.dep_ == "conj" else [token]
    return any(c.dep_ == "cc" and c.lower_ == "or" for h in heads for c in h.children)


def _displeasing(token: Token) -> Token | None:
    """What displeases: the "with" object of "disagree" / "take issue", the complement of "disappointed"
    (a "by / with / at / over / about" object or a "that" clause)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in DISAGREEING_VERBS:
        return _object_of(token, ("with",))
    if token.pos_ == "VERB" and lemma == "take":
        issue = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "issue"), None)
        if issue is None or any(d.dep_ == "det" for d in issue.children):
            return None  # "took the issue to the league": a matter taken somewhere
        return _object_of(token, ("with",)) or _object_of(issue, ("with",))
    if token.lower_ in DISCONTENT_WORDS and token.pos_ in ("VERB", "ADJ") and token.dep_ not in _DESCRIBING:
        found = _object_of(token, DISCONTENT_PREPS)
        if found is not None:
            return found
        return next(
            (c for c in token.children if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)), None
        )
    return None


def _object_of(head: Token, preps: tuple[str, ...] | frozenset[str]) -> Token | None:
    """The object of the first of `preps` on `head` ("with the ruling"; a passive's "by" is an agent)."""
    for prep in head.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
            found = next((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), None)
            if found is not None:
                return found
    return None


def feels(token: Token) -> bool:
    """Whether the cue is a word of feeling ("disappointed by X"), whose "by" phrase names no holder."""
    return token.lower_ in DISCONTENT_WORDS


def targets(token: Token) -> list[list[int]]:
    """Whom the discontent is with: an actor the complement names ("disagreed with Germany"), else the
    owner or author of the thing ("the court's ruling", "remarks by the prime minister")."""
    found = _displeasing(token)
    if found is None:
        return []
    if found.dep_ == "ccomp":  # "disappointed that the Senate rejected the bill": the Senate
        return [[s.i] for s in found.children if s.dep_ in ("nsubj", "nsubjpass") and names_holder(s)]
    groups: list[list[int]] = []
    if names_holder(found):
        groups.append([found.i, *[c.i for c in found.conjuncts]])
    groups.extend([d.i] for d in doers(found))
    return groups


def positions(token: Token) -> list[list[Token]]:
    """What displeases: the complement's phrase, or the clause of "disappointed that ..." without its
    "that"."""
    found = _displeasing(token)
    if found is None:
        return []
    if found.dep_ != "ccomp" and names_holder(found):  # "disagreed with Germany on migration": migration
        about = _object_of(token, ("on", "over", "about"))
        return [list(about.subtree)] if about is not None else []
    return [[t for t in found.subtree if not (t.dep_ == "mark" and t.head == found)]]
