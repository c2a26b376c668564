"""Replies to stances named in earlier sentences: whom a denial or a refusal answers.

A stance whose position is only the noun of another stance ("The RSF denied the accusation", "Netanyahu
rejected that demand", "Ethiopia rejected the criticism", "accepted the offer") answers the latest such
stance another actor took before it, in the sentences just above: that actor is its target. The position
stays the reply's own words, which say what it answers. A denial with no target of its own ("The
Commission denied that its duties were protectionist") answers the latest accusation made against its
holder; one that restates the position of another's stance in its own sentence ("offered a 4% rise, which
the union turned down") answers that stance. All look only at the reply's sentence and those above it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from graph.records import Actor, Stance

# the stance types a noun names, as a reply refers to them: "the accusation", "that demand"
NAMED_STANCES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("accusation", "allegation", "charge"), frozenset({"Accuse"})),
    "claim": frozenset({"Accuse", "Claim"}),
    **dict.fromkeys(("demand", "call", "request", "appeal", "condition"), frozenset({"Demand"})),
    "ultimatum": frozenset({"Demand", "Threaten"}),
    **dict.fromkeys(("criticism", "condemnation", "censure"), frozenset({"Oppose"})),
    **dict.fromkeys(("offer", "proposal", "plan", "bid"), frozenset({"Offer"})),
    **dict.fromkeys(("threat", "warning"), frozenset({"Threaten"})),
}
# possessives that make the stance a noun names the holder's own
_OWN = frozenset("its their our his her my".split())
# the stances that answer another's: denying, refusing, accepting, giving in
REPLYING = frozenset({"Deny", "Reject", "Agree", "Concede", "Oppose"})
# how far back a reply looks for what it answers: about the few sentences before it
REACH_CHARS = 1200


def link_replies(stances: Sequence[Stance], actors: Mapping[str, Actor]) -> list[Stance]:
    """The stances, each reply with no target given the holder of the stance it answers; a bare refusal
    or denial ("The union refused.") also takes its position, or is dropped when it answers nothing.
    `actors` says who speaks for whom (a demand made of Israel is answered by its prime minister)."""
    kept: list[Stance] = []
    for at, stance in enumerate(stances):
        if stance.position is None and stance.target is None and stance.type.value in ("Reject", "Deny"):
            bare = _bare_answered(at, stances, actors)
            if bare is not None:  # "The company asked the union to end the strike. The union refused."
                stance.target, stance.position = bare.holder, bare.position
                kept.append(stance)
            continue
        kept.append(stance)
        if stance.target is not None or stance.type.value not in REPLYING:
            continue
        answered = _answered(at, stances, actors)
        if answered is not None:
            stance.target = answered.holder  # the position stays the reply's own words ("the offer", "a stunt")
    return kept


# what a bare refusal refuses and a bare denial denies, asked of or said against its holder
_REFUSED = {"Reject": frozenset({"Demand", "Offer"}), "Deny": frozenset({"Accuse"})}


def _bare_answered(at: int, stances: Sequence[Stance], actors: Mapping[str, Actor]) -> Stance | None:
    """The latest demand or offer made to the holder of a bare refusal, or accusation made against that of
    a bare denial, in the sentences just above it, with a position of its own."""
    reply = stances[at]
    earlier = [
        s for s in _before(at, stances, _REFUSED[reply.type.value], own_sentence=False)
        if s.position is not None and same_side(s.target, reply.holder, actors)
    ]
    return max(earlier, key=lambda s: s.evidence.start, default=None)


def _before(at: int, stances: Sequence[Stance], types: frozenset[str], *, own_sentence: bool) -> list[Stance]:
    """The positive stances of `types` a reply `stances[at]` may answer: within reach before it, in the
    sentences above it, and with `own_sentence` in its own sentence too."""
    reply = stances[at]
    return [
        s for n, s in enumerate(stances)
        if n != at and s.type.value in types and s.polarity == "positive"
        and (s.evidence.start <= reply.evidence.start if own_sentence else s.evidence.end <= reply.evidence.start)
        and reply.evidence.start - s.evidence.start <= REACH_CHARS
    ]


def _answered(at: int, stances: Sequence[Stance], actors: Mapping[str, Actor]) -> Stance | None:
    """The latest stance before the reply `stances[at]`, in its sentence or those above it, that it answers."""
    reply = stances[at]
    head = reply.position.key.split()[-1] if reply.position is not None and reply.position.key else ""
    own = reply.position is not None and bool(_OWN & set(reply.position.label.lower().split()))
    types = None if own else NAMED_STANCES.get(head)  # "would not improve its offer": its own, no reply
    if types is None and reply.type.value == "Deny":
        types, against_holder = frozenset({"Accuse"}), True  # "denied that its duties were protectionist"
    else:
        against_holder = False
    if types is None:
        return _restated(at, stances, actors)
    earlier = [  # in a sentence above, or in its own ("accused X of ..., a charge X disputed")
        s for s in _before(at, stances, types, own_sentence=True)
        if not same_side(s.holder, reply.holder, actors)
        and ((s.target is None and not against_holder) or same_side(s.target, reply.holder, actors))
    ]
    return max(earlier, key=lambda s: s.evidence.start, default=None)


def same_side(first: str | None, second: str | None, actors: Mapping[str, Actor]) -> bool:
    """Whether two actors are one or one speaks for the other: a body that represents a state, a person of
    that state, or a member of a group ("Netanyahu" and Israel, the European Commission and the EU)."""
    if first is None or second is None:
        return False
    if first == second:
        return True
    return _for(first, second, actors) or _for(second, first, actors)


def _for(member: str, whole: str, actors: Mapping[str, Actor]) -> bool:
    actor = actors.get(member)
    return actor is not None and (
        actor.represents == whole or actor.country == whole or whole in actor.affiliated_with
    )


# what a refusal, an acceptance or a denial can answer when it restates its position ("offered a 4% rise,
# which the union turned down")
_ANSWERABLE = frozenset({"Offer", "Demand", "Accuse", "Threaten"})


def _restated(at: int, stances: Sequence[Stance], actors: Mapping[str, Actor]) -> Stance | None:
    """The stance of another actor in the reply's own sentence whose position the reply has too: "The
    airline offered a 4% rise, which the union turned down", "The government proposed a new tax, which
    the opposition rejected" (the relative pronoun's antecedent is the offer's position)."""
    reply = stances[at]
    if reply.position is None:
        return None
    same = [
        s for n, s in enumerate(stances)
        if n != at and s.evidence.start == reply.evidence.start and s.type.value in _ANSWERABLE
        and s.position is not None and s.position.key == reply.position.key
        and not same_side(s.holder, reply.holder, actors)
    ]
    return same[0] if len(same) == 1 else None
