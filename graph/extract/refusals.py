"""Refusals that are not said with "refuse X": disowned intentions, and refusals that refuse nothing.

- "has no intention of joining the talks", "had no intention to apologise", "has no desire to ...",
  "showed no intention of stepping down", "signalled no willingness to compromise": a stated (or shown)
  absence of intent rules the act out, a rejection of it (STANCES.md, Reject; CAMEO 12);
- "declined to comment", "declined to say whether ...", "refused to confirm the report", "declined
  to give details": withholding
  comment takes no position on anything, so the refusal is no stance ("refused to disclose his tax
  returns", which withholds a thing, is a refusal);
- "blocked the resolution", "torpedoed the deal", "the package was blocked by Hungary": stopping what
  another put forward refuses it, and so does challenging a decision: "challenged the ruling in court",
  "will appeal the verdict", "appealed against the sentence" (CAMEO 12). Only a thing proposed or decided
  is refused: "blocked the road", "challenged the champion", "appealed for calm" refuse nothing;
- "walked out of the talks (in protest)", "walked out of a meeting with X, saying the deal ignored them":
  leaving a meeting refuses it, or the proposal its reason names; "the workers walked out" (a strike)
  leaves no meeting;
- "would not go higher unless China also contributed": an act refused on a condition is a rejection of
  the act (the condition, a demand of its subject, is read by graph/extract/conditions.py);
- "(said) there will be no negotiations with the kidnappers": talks ruled out by the speaker, a
  rejection of talks with the kidnappers, whom it targets; so does "refused to negotiate with X", "will
  not hold talks with X";
- "refused to lift the blockade", "refused to give up its weapons": yielding a thing another wants
  refused, a rejection of the act (lifting and all); yielding ground refused ("refused to cede ground",
  "refused to back down", "refused to soften its stance") is a concession not made, a negative Concede
  (STANCES.md, Refusal and negation);
- "refused to condemn the invasion", "declined to call for a ceasefire": the act refused is the
  position, verb and all; only an act of accepting or backing ("refused to accept the deal", "refused to
  endorse the plan") leaves its object as what is rejected.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import conditions
from graph.extract import lexicon as lx
from graph.extract.deeds import softened_stand
from graph.extract.lexicon import CLAIM_NOUNS, PHRASAL, VERBS
from graph.extract.positions import conjuncts_of, span_tokens

# nouns of intent whose absence ("no intention of", "no desire to") disowns the act
INTENT_NOUNS = frozenset("intention intent desire wish inclination willingness readiness plan".split())  # "no plans to"
# nouns of an observed sign of intent: "showed no sign of withdrawing"; a yielding act shown absent stays
# a negative concession ("showed no sign of retreating", "no willingness to compromise"), where an intent
# the holder has not ("has no intention of backing down") is a rejection
SIGN_NOUNS = frozenset("sign indication".split())
# verbs whose "no intention" object disowns the act: "has / showed / signalled / expressed no intention"
DISOWNING_VERBS = frozenset("have show display signal express give see".split())
# what "sees no ... to" finds wanting: "saw no reason / need to renew the treaty" rules the act out
SEEN_NOUNS = frozenset("reason need point".split())
# what a refusal to speak withholds: "declined to comment / say / confirm / elaborate"
COMMENT_VERBS = frozenset(
    "comment say confirm disclose elaborate speculate specify reveal answer respond divulge detail".split()
)
# what is withheld when comment is: "declined to give details", "refused to provide information"
INFORMATION_NOUNS = frozenset("detail information comment specifics".split())
# the verbs a disowned intention starts from (the detector looks only at lexicon words)
# leaving an agreement or talks refuses it: "withdrew from the grain deal", "pulled out of the Paris
# agreement", "quit the nuclear deal", "tore up the treaty"; the preposition each verb leaves by
LEAVING_VERBS = {"withdraw": ("from",), "pull": ("of", "from"), "quit": (), "exit": (), "abandon": (), "ditch": (),
                 "tear": ("up",), "scrap": (), "renounce": (), "leave": ()}
# what is left, as an agreement in force or talks under way (not a proposal, which is turned down instead)
_TURNED_DOWN = frozenset("proposal offer draft bill measure initiative plan".split())
LEFT_THINGS = (lx.PROPOSAL_NOUNS - _TURNED_DOWN) | lx.TALK_NOUNS
VOCABULARY = DISOWNING_VERBS | lx.BLOCKING_VERBS | lx.CHALLENGING_VERBS | {"walk"} | set(LEAVING_VERBS)
# the modals of an act to come, which a refusal on a condition negates: "would not go higher unless ..."
FUTURE_MODALS = frozenset("will would shall can could".split()) | {"wo", "'ll", "ca"}
# what yielding ground gives, not a thing: "cede ground", "give way", "make concessions", or a stand or
# an objection of the holder's own ("soften its stance", "drop its demand", "lift its veto")
YIELDED_GROUND = frozenset(
    obj for (_, obj), kind in lx.OBJECT_PHRASES.items() if kind == "Concede"
) | lx.HELD_STANDS | lx.OBJECTION_NOUNS
# the stance types of accepting or backing, whose refusal rejects their object ("refused to accept the deal")
ACCEPTING_TYPES = frozenset(("Agree", "Support"))
# what a walkout's reason can name as refused: a thing proposed or decided ("saying the deal ignored them")
REFUSABLE = lx.BLOCKED_THINGS | lx.CHALLENGED_OUTCOMES
# what the reason of a walkout says it: "..., saying the deal ignored them", "complaining that the text ..."
REASON_VERBS = lx.SPEECH_VERBS | frozenset("complain protest charge".split())


def disowned_act(verb: Token) -> list[Token]:
    """The act that "X has no intention of / to ..." rules out, as tokens; [] when the verb is no such
    statement."""
    if verb.lemma_.lower() not in DISOWNING_VERBS or verb.pos_ != "VERB":
        return []
    seen = verb.lemma_.lower() == "see"
    for noun in verb.children:
        if (
            noun.dep_ == "dobj"
            and noun.lemma_.lower() in (SEEN_NOUNS if seen else INTENT_NOUNS | SIGN_NOUNS)
            and any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)
        ):
            observed = verb.lemma_.lower() != "have" or noun.lemma_.lower() in SIGN_NOUNS
            for child in noun.children:
                # "no intention to apologise"
                if child.dep_ in ("acl", "relcl") and not (observed and _yielding(child)):
                    return [t for t in child.subtree if not (t.dep_ == "aux" and t.lower_ == "to" and t.head == child)]
                if child.dep_ == "prep" and child.lower_ == "of":  # "no intention of joining the talks"
                    act = next((p for p in child.children if p.dep_ in ("pcomp", "pobj")), None)
                    if act is not None and not (observed and _yielding(act)):
                        return list(act.subtree)
    return []


def _yielding(act: Token) -> bool:
    """ "(no sign of) retreating", "backing down": an act of yielding ground, which the concession cue
    itself states as not made when only its sign is absent (a negative Concede, not a Reject)."""
    lemma = act.lemma_.lower()
    softened = softened_stand(act) is not None  # "(no sign of) softening its stance"
    return softened or VERBS.get(lemma) == "Concede" or any(
        PHRASAL.get((lemma, c.lower_)) == "Concede" for c in act.children if c.dep_ in ("prt", "advmod"))


# what a source asks not to be, or declines to be: "asked not to be named", "declined to be identified"
_NAMED = frozenset("name identify quote cite".split())


def asks_anonymity(verb: Token) -> bool:
    """ "(an official, who) asked not to be named", "declined to be identified", "requested anonymity": a
    source's terms for speaking, no stance on anything."""
    if verb.lemma_.lower() in ("request", "ask", "seek", "grant") and any(
        o.dep_ == "dobj" and o.lemma_.lower() == "anonymity" for o in verb.children
    ):
        return True
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _NAMED and any(a.dep_ == "auxpass" for a in c.children)
        for c in verb.children
    )


def withholds_comment(verb: Token) -> bool:
    """Whether a refusal only withholds comment: "declined to comment", "refused to say whether ...",
    "refused to confirm the report". Refusing to disclose a thing ("refused to disclose his tax
    returns") is a refusal of its own."""
    for inner in verb.children:
        if inner.dep_ != "xcomp":
            continue
        objects = [o for o in inner.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")]
        if any(o.lemma_.lower() in INFORMATION_NOUNS for o in objects):
            return True  # "declined to give further details", "refused to discuss details"
        if inner.lemma_.lower() in COMMENT_VERBS:
            return not [o for o in objects if o.lemma_.lower() not in CLAIM_NOUNS]
    return False


def refused_by_deed(verb: Token) -> bool:
    """Whether the verb refuses by deed what another put forward or decided: "blocked the resolution",
    "challenged the ruling", "will appeal the verdict", "appealed against the sentence"."""
    word = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if word in lx.BLOCKING_VERBS:
        things = lx.BLOCKED_THINGS
    elif word in lx.CHALLENGING_VERBS:
        things = lx.CHALLENGED_OUTCOMES
    else:
        return False
    against = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for p in c.children]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [p for p in against if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in things for o in objects)


def left_agreement(verb: Token) -> Token | None:
    """The agreement or the talks a party leaves: "withdrew from the Black Sea grain deal", "pulled out of
    the Paris agreement", "quit the Iran nuclear deal", "abandoned the peace talks", "tore up the treaty"
    (its object, or the object of the preposition it leaves by); None for leaving a place ("withdrew
    from Kherson", a deed of its own)."""
    word = verb.lemma_.lower()
    if word not in LEAVING_VERBS or verb.pos_ != "VERB":
        return None
    places = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "up"))]
    found = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for place in places for prep in place.children
        if prep.dep_ == "prep" and prep.lower_ in LEAVING_VERBS[word] for p in prep.children if p.dep_ == "pobj"
    ]
    if word == "tear" and not any(c.lower_ == "up" for c in verb.children):
        return None
    return next((t for t in found if t.lemma_.lower() in LEFT_THINGS), None)


def walked_away_from(verb: Token) -> bool:
    """ "walked away from the deal / the talks / the table / the offer": what is walked away from is an
    agreement, talks or a proposal (or none is named: "threatened to walk away")."""
    left = [
        p for a in verb.children if a.dep_ in ("advmod", "prt") and a.lower_ == "away"
        for prep in [*a.children, *verb.children] if prep.dep_ == "prep" and prep.lower_ == "from"
        for p in prep.children if p.dep_ == "pobj"
    ]
    return not left or any(p.lemma_.lower() in lx.PROPOSAL_NOUNS | LEFT_THINGS | {"table"} for p in left)


def walked_out_of(verb: Token) -> Token | None:
    """The meeting that "walked out of the talks", "walked out of a session of parliament" leaves, however
    the parser hangs "out" (a particle, or a preposition holding "of"); None for a walkout from no meeting."""
    if verb.lemma_.lower() != "walk" or verb.pos_ != "VERB":
        return None
    outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")]
    if not outs:
        return None
    for place in (verb, *outs):
        for prep in place.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for left in prep.children:
                    if left.dep_ == "pobj" and left.lemma_.lower() in lx.WALKED_OUT_OF:
                        return left
    return None


def walkout_positions(verb: Token) -> list[list[Token]]:
    """What a walkout refuses: the proposal its stated reason names ("..., saying the deal ignored them",
    "in protest at the new text"), else the meeting it leaves ("walked out of the talks")."""
    for reason in verb.children:
        if reason.dep_ in ("advcl", "xcomp") and reason.tag_ == "VBG" and reason.lemma_.lower() in REASON_VERBS:
            for clause in reason.children:
                for word in clause.children if clause.dep_ == "ccomp" else []:
                    if word.dep_ in ("nsubj", "nsubjpass", "dobj") and word.lemma_.lower() in REFUSABLE:
                        return conjuncts_of(word)
    protest = [t for t in verb.subtree if t.dep_ == "pobj" and t.lemma_.lower() == "protest"]
    # "in protest at / against / over the new text", the parser hanging "at" on "protest" or on the verb
    preps = [p for t in protest for p in [*t.children, *(c for c in verb.children if c.i == t.i + 1)]]
    for prep in preps:
        for word in prep.children if prep.dep_ == "prep" else []:
            if word.dep_ == "pobj" and word.lemma_.lower() in REFUSABLE:
                return conjuncts_of(word)
    meeting = walked_out_of(verb)
    if meeting is None:
        return []
    manner = [
        c for c in meeting.children if c.dep_ == "prep" and any(p.lemma_.lower() == "protest" for p in c.children)
    ]
    return [span_tokens(meeting, exclude=manner)]  # not "(the talks) in protest"


def refused_on_condition(mark: Token) -> Token | None:
    """The act "would not go higher unless China also contributed" refuses ("will not disarm until the
    army leaves" too): the negated act to come that an "unless" or "until" clause on an actor conditions
    (its condition is the holder's demand, read as a stipulation in graph/extract/conditions.py); None for
    any other mark."""
    found = conditions.stipulated(mark) if mark.lower_ in conditions.LIFTING_MARKS else None
    if found is None:
        return None
    act = found[1]
    to_come = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in act.children)
    negated = any(c.dep_ == "neg" for c in act.children)
    return act if act.pos_ == "VERB" and to_come and negated else None


def refusal_condition(verb: Token) -> Token | None:
    """The "unless" or "until" clause a refused act hangs on ("will not lift the ban unless Seoul ...",
    "refused to release them unless Israel ...", "will not negotiate until ..."): the condition the holder
    demands, not part of what it refuses."""
    for clause in verb.children:
        if clause.dep_ == "advcl":
            for mark in clause.children:
                if (mark.dep_ == "mark" and mark.lower_ in conditions.LIFTING_MARKS
                        and conditions.stipulated(mark) is not None):
                    return clause
    return None


def without_condition(span: list[Token]) -> list[Token]:
    """The span without the "unless" conditions of its refused acts."""
    dropped = {t.i for word in span if (clause := refusal_condition(word)) is not None for t in clause.subtree}
    return [t for t in span if t.i not in dropped] if dropped else span


def refused_act(act: Token) -> list[Token]:
    """The words of an act refused on a condition, without its subject, modal, negation and condition:
    "(would not) go higher", "(will not) withdraw its troops"."""
    dropped = [
        c
        for c in act.children
        if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "cc")
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in conditions.LIFTING_MARKS for m in c.children))
    ]
    return span_tokens(act, exclude=dropped)


# what a speaker can refuse by saying there will be none: talks, and what one side grants the other
_RULED_OUT = lx.TALK_NOUNS | frozenset(
    "bailout amnesty ceasefire cease-fire truce concession compromise deal agreement pardon exemption waiver "
    "retreat surrender handout exception".split()
)


def talks_ruled_out(clause: Token) -> Token | None:
    """ "(said) there will be no negotiations with the kidnappers", "there can be no talks with the junta",
    "there would be no bailout for the airline": talks the speaker refuses to hold or a thing it refuses
    to grant (the noun, whose "with" phrase names the one refused); a past account ("there were no
    talks") refuses nothing."""
    if clause.lemma_ != "be" or not any(c.dep_ == "expl" and c.lower_ == "there" for c in clause.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS | {"can", "could"} for c in clause.children):
        return None
    return next(
        (
            c for c in clause.children
            if c.dep_ == "attr" and c.lemma_.lower() in _RULED_OUT
            and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ),
        None,
    )


def refused_partners(talks: Token) -> list[Token]:
    """Whom talks are refused with: "no talks with the junta" -> the junta (and its conjuncts)."""
    return [
        m for prep in talks.children if prep.dep_ == "prep" and prep.lower_ == "with"
        for p in prep.children if p.dep_ == "pobj" for m in (p, *p.conjuncts)
    ]


# verbs of talking with someone: "refused to negotiate with the union"
_TALKING_VERBS = frozenset("negotiate talk meet".split())


def talk_partners(verb: Token) -> list[Token]:
    """Whom talks refused or offered are with: "refused to negotiate with the union", "will not hold talks
    with Moscow", "refused to enter talks with the union" (the "with" phrase on the act or its noun)."""
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    found: list[Token] = []
    for act in acts:
        talks = [c for c in act.children if c.dep_ == "dobj" and c.lemma_.lower() in lx.TALK_NOUNS]
        if act.lemma_.lower() in _TALKING_VERBS or talks:
            found += refused_partners(act) + [p for t in talks for p in refused_partners(t)]
    return found


def refuses_a_thing(act: Token) -> bool:
    """Whether a refused act of yielding gives up a thing another wants ("(refused to) lift the blockade",
    "give up its weapons", "end the sanctions"), not ground or a stand of the holder's own ("cede ground",
    "back down", "soften its stance", "drop its demand")."""
    objects = [c for c in act.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    return bool(objects) and not any(o.lemma_.lower() in YIELDED_GROUND for o in objects)


def keeps_refused_verb(kind: str, act: Token) -> bool:
    """Whether a refusal of an act of type `kind` keeps the act's verb in its position: all but accepting
    and backing ("refused to accept the deal" rejects the deal; "refused to condemn the invasion" does not
    reject the invasion) and yielding ground ("refused to cede ground", a concession not made)."""
    if kind == "Concede":
        return refuses_a_thing(act)
    return kind not in ACCEPTING_TYPES
