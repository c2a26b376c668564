"""The dependency patterns that find what a cue's stance is about: its positions.

A position is the clausal complement, the to-infinitive, the object phrase, the appositive after a
colon ("his key condition: a complete cessation of ...") or a list introduced by "including"; one token
list per conjunct. `complement_tokens` says which tokens a cue takes, so cues inside are not read as
stances of their own. A noun cue's positions are read by graph/extract/cues/noun_positions.py, and what a
relative clause acts on by graph/extract/cues/relatives.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import absences, blame, conditions, costs, criticism, denied_charges, discontent, refusals, verdicts
from graph.extract import lexicon as lx
from graph.extract.cues.noun_positions import POSITION_PREPS, noun_positions
from graph.extract.cues.relatives import antecedent, contact_relative, reduced_relative
from graph.extract.cues.tokens import (
    Cue,
    actor_like,
    hung_agent,
    lemma_of,
    names_holder,
    to_infinitive,
    working_time,
)
from graph.extract.deeds import softened_stand
from graph.extract.nominal import appositive_list, flat_list, rejected_by_calling, verdict_on
from graph.extract.obligations import misplaced_clause
from graph.extract.positions import after_stopping_noun, conjuncts_of, list_members, span_tokens
from graph.extract.threats import inverted_condition

# what "for" takes when it says how long, not what for: "for as long as it takes", "for now", "for ever"
DURATION_WORDS = frozenset("long now ever good".split())
# where a backing idiom puts its weight: "behind the plan", "(gave its blessing) to the deal"
BACKING_PREPS = frozenset(("behind", "to"))
_PHRASE_NOUNS = frozenset(noun for _, noun in lx.OBJECT_PHRASES) | lx.RESTRICTION_NOUNS


def _objected_to(objection: Token, verb: Token) -> list[list[Token]]:
    """What an objection, a veto or a block was to: "its veto of / on the package", "its objection to X"
    (the parser may hang the phrase on the verb: "lifted its objection | to X")."""
    after = [c for c in verb.children if c.i > objection.i]
    for prep in [*objection.children, *after]:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "of", "on", "against"):
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    return [span_tokens(obj) + _gerund_after(obj, verb)]
    return [[objection]]


def _gerund_after(noun: Token, verb: Token) -> list[Token]:
    """ "its objections to Sweden | joining NATO": the gerund the parser hung on the verb, right after the
    noun it has for subject, belongs to what was objected to."""
    nxt = noun.right_edge.i + 1
    for gerund in verb.children:
        if gerund.dep_ in ("advcl", "acl") and gerund.tag_ == "VBG" and gerund.left_edge.i == nxt:
            conditions_of = [c for c in gerund.children if c.dep_ == "advcl" and c.i > gerund.i]
            return span_tokens(gerund, exclude=conditions_of)  # not the "if ..." the parser hung on it
    return []


# verbs of apology, whose "for" phrase is the wrong owned, not what is backed
APOLOGY_VERBS = frozenset(("apologize", "apologise"))


def _aside(act: Token) -> list[Token]:
    """What an act's clause says besides the act: its condition ("impose tariffs if Washington goes
    ahead"), a participle set off by a comma ("..., escalating a trade dispute"), and what it is done
    despite ("despite pressure from the president")."""
    return [
        c
        for c in act.children
        if (c.dep_ == "prep" and c.lower_ == "despite")  # "cut rates despite pressure from X": what it withstood
        or c.dep_ == "advcl"
        and (
            any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "should", "once", "provided") for m in c.children)
            or (c.tag_ == "VBG" and c.i > 0 and c.doc[c.left_edge.i - 1].text == ",")
        )
    ]


def _infinitive_conjuncts(verb: Token) -> list[Token]:
    """The to-infinitives coordinated with `verb` that repeat their "to" ("to halt enrichment and to admit
    inspectors"): each is an act of its own; "to raise and spend" without a second "to" is one act."""
    return [
        c for c in verb.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and to_infinitive(c)
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
    ]


def _to_of(verb: Token) -> list[Token]:
    """The infinitive marker "to" of `verb`."""
    return [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]


def position_spans(cue: Cue) -> list[list[Token]]:
    """Token lists, one per position the cue takes (conjuncts split), best pattern first, with the
    phrases of a repeated preposition ("for a pay rise and for shorter shifts")."""
    spans = _position_spans(cue)
    return spans + repeated_preposition(spans) if spans else spans


def repeated_preposition(spans: list[list[Token]]) -> list[list[Token]]:
    """The further positions of a preposition said again after "and": "calls for a pay rise and for
    shorter shifts", "appealed for calm and for dialogue", which the parser hangs on the first "for" or on
    the word before it, as a conjunct; one list per member of each repeated phrase."""
    taken = {t.i for span in spans for t in span}
    out: list[list[Token]] = []
    for span in spans:
        inside = {t.i for t in span}
        for word in span:
            prep = word.head
            if word.dep_ != "pobj" or prep.i in inside or prep.dep_ != "prep":
                continue
            # on the first "for", on the noun it follows, or on the verb that noun is the object of
            places = [prep, prep.head] + ([prep.head.head] if prep.head.pos_ == "NOUN" else [])
            # a conjunct, or a phrase of the verb right after "and" ("demand for A [and] [for B]")
            again = [c for place in places for c in place.children
                     if c.pos_ == "ADP" and c.lower_ == prep.lower_ and c.i > prep.i and c.i not in taken
                     and (c.dep_ == "conj" or (c.dep_ == "prep" and c.i == word.right_edge.i + 2
                                                and c.doc[c.i - 1].lower_ == "and"))]
            for other in again:
                taken.add(other.i)
                out.extend(m for obj in other.children if obj.dep_ == "pobj" and not _no_member(obj)
                           for m in conjuncts_of(obj))
    return out


# what a preposition said again names when it starts an aside, not a member: "and for that reason ..."
_ASIDES = frozenset("reason example instance part now time".split())


def _no_member(obj: Token) -> bool:
    """ "(and for) that reason", "(and for) now", "(and for) years": no position."""
    return obj.lemma_.lower() in _ASIDES or obj.ent_type_ in ("DATE", "TIME")


def _position_spans(cue: Cue) -> list[list[Token]]:
    """What `position_spans` finds before repeated prepositions are added."""
    token = cue.token
    children = list(token.children)
    if cue.family in conditions.FAMILIES:
        return conditions.positions(token, cue.family)
    if cue.family == "noun":
        return noun_positions(token)
    if cue.family == "blame":
        return blame.positions(token)
    if cue.family == "denied-charge":
        return [denied_charges.denied_charge(token)]
    if cue.family == "discontent":
        return discontent.positions(token)
    if cue.family == "verdict":
        return verdicts.positions(token)
    if cue.family == "disowning":
        return [refusals.disowned_act(token)]
    if cue.family == "leaving":  # "pulled out of the Paris agreement": the agreement left
        left = refusals.left_agreement(token)
        return conjuncts_of(left) if left is not None else []
    if cue.family == "absence":  # "will not attend the summit": the summit stayed away from
        stayed_away = absences.refused_by_absence(token)
        return conjuncts_of(stayed_away) if stayed_away is not None else []
    if cue.family == "walkout":
        return refusals.walkout_positions(token)
    if cue.family == "conditioned":  # "would not go higher unless ...": the act refused
        return [refusals.refused_act(token)]
    if cue.family in ("intent", "bettering"):  # "would not improve its offer": the act, verb and all
        skip = [
            c
            for c in children
            if c.dep_ in ("nsubj", "aux", "neg", "punct", "npadvmod", "cc")
            or (c.dep_ == "advmod" and c.lower_ not in ("out", "off"))  # "will walk out": the particle stays
            or (c.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in c.children))
            # "..., and Hamas will free 20 hostages", "while Kyiv will ...": a clause with its own subject is
            # another act; "Under the deal, Israel will ...": a phrase before the subject frames the act
            or (c.dep_ in ("conj", "advcl") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
            or (c.dep_ == "prep" and c.i < token.i and any(g.dep_ == "nsubj" and g.i > c.i for g in children))
        ]
        return [span_tokens(token, exclude=skip)]
    if cue.family == "object":
        given_up = [c for c in children if c.dep_ == "dobj" and lemma_of(c) in lx.OBJECTION_NOUNS]
        if given_up and lemma_of(token) in lx.RELAXING_VERBS:
            return _objected_to(given_up[0], token)  # "lifted its objection to Sweden's membership": the membership
        stand = softened_stand(token)
        if stand is not None:
            return conjuncts_of(stand)  # "softened its stance on Taiwan", "moderated its demands"
        nouns = [c for c in children if c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in _PHRASE_NOUNS]
        if nouns and lemma_of(nouns[0]) in lx.RESTRICTION_NOUNS and lemma_of(token) in lx.RELAXING_VERBS:
            return conjuncts_of(nouns[0])  # "lifted the curfew": what is given up
        if nouns and lemma_of(nouns[0]) in lx.RULING_NOUNS:
            return conjuncts_of(nouns[0])  # "upheld the verdict (against X)": the verdict
        if nouns:
            # "reached an agreement with X" names what was agreed; "made such threats" names nothing
            whole = (
                conjuncts_of(nouns[0])
                if lemma_of(nouns[0]) in lx.PROPOSAL_NOUNS | lx.OBJECT_POSITIONS
                else []
            )
            found = noun_positions(nouns[0]) or whole or _infinitive_after(token, nouns[0]) or _backed(token)
            return found or _conceded_on(cue, nouns[0])
    if cue.family == "phrasal":  # "called off the protests", parsed with the object under the particle
        for child in children:
            objects = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prt" else []
            if child.dep_ == "advmod" and child.lower_ in lx.PARTICLE_ADVERBS:  # "walked away | from the deal"
                objects = [p for c in child.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            if objects:
                return conjuncts_of(objects[0])
    called = rejected_by_calling(token) if cue.type == "Reject" and lemma_of(token) in lx.CALLING_VERBS else None
    if called is not None:  # "called the pilots' demands excessive": the demands, without a verdict the
        # parser hung on them ("called [the offer of dialogue] [a trap]")
        judged = [c for c in called.children if c.dep_ == "appos" and verdict_on(c)]
        return [span_tokens(called, exclude=judged)] if judged else conjuncts_of(called)
    warning = cue.type in ("Threaten", "Claim", "Demand") and lemma_of(token) in lx.WARNING_VERBS
    cost = costs.warned_cost(token) if warning else None
    if cost is not None:  # "warned the West of dire consequences (over ...)", "of a recession"; without the
        # agent the parser hangs on them ("was warned of consequences by the United States")
        return [span_tokens(cost, exclude=[b for b in cost.children if b.lower_ == "by"] if hung_agent(token) else [])]
    if cue.type == "Oppose" and (aimed := criticism.aimed_at(token)) is not None:
        return conjuncts_of(aimed)  # "went after the central bank", "hit out at the press"
    if cue.type in ("Accuse", "Oppose"):
        faulted = [g for o in children if o.dep_ == "dobj" and names_holder(o) for g in o.children]
        for child in children + faulted:  # "convicted the mayor of taking bribes", however the "of" is hung
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "with", "over"):
                for comp in child.children:
                    if comp.dep_ in ("pcomp", "pobj"):
                        return [span_tokens(comp)]
    for child in children:
        if child.dep_ == "ccomp" and child.i > token.i:
            return [span_tokens(child, exclude=_speech_tail(child))]
    fronted = fronted_clause(cue)
    if fronted is not None:
        clause, own = fronted
        # what a demand asks of its subject ("Israel should stop ..."); what a promise says will be, whole
        dropped = ("aux", "mark", "nsubj") if cue.type == "Demand" else ("mark",)
        skip = [*own, *(c for c in clause.children if c.dep_ in dropped)]
        return [span_tokens(clause, exclude=skip)]
    if lemma_of(token) in APOLOGY_VERBS:  # "apologised for the killings": the apology is the position, not
        # the killings it is for (a Support of the one apologised to, as PLOVER codes it)
        said = [c for c in children if c.dep_ in ("nsubj", "aux", "neg", "punct", "advmod", "npadvmod")
                or (c.dep_ == "prep" and c.lower_ == "to")]
        return [span_tokens(token, exclude=said)]
    misplaced = misplaced_clause(token)  # "demanded in a statement that Israel withdraw ..."
    if misplaced is not None:
        return [span_tokens(misplaced)]
    # "agreed to re-open": the parser may split one infinitive into several xcomps; "sworn to fight" an advcl
    if lemma_of(token) in lx.ASKING_VERBS:  # "asked Germany for missiles to strike ...": the missiles
        for prep in children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                asked = [p for p in prep.children if p.dep_ == "pobj"]
                if asked:
                    return conjuncts_of(asked[0])
    infinitives = [
        c
        for c in children
        if c.i > token.i
        and not after_stopping_noun(c.doc[c.left_edge.i])  # not "(demanded an end) to unpaid overtime"
        and (
            c.dep_ == "xcomp"
            or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        )
    ]
    things = [c for c in children if c.dep_ == "dobj" and not actor_like(c)]
    # "proposed a truce to allow talks", "ruled out new debt to fund the subsidies": the thing, for a
    # purpose; not "brushed aside calls to drop the case", whose infinitive a noun of stance governs
    purposed = (
        [c for c in infinitives if c.dep_ == "advcl" and not (things and _takes_infinitive(things[0]))]
        if cue.type != "Offer" else infinitives
    )
    if purposed and things and things[0].i < purposed[0].i and purposed[0] == infinitives[0]:
        return conjuncts_of(things[0])
    if infinitives:
        first = [c for c in infinitives if c.dep_ == infinitives[0].dep_]
        acts = _infinitive_conjuncts(first[-1])
        if len(first) == 1 and acts:  # "refused to halt enrichment and to admit inspectors": two acts
            cc = [c for c in first[0].children if c.dep_ == "cc"]
            own = span_tokens(first[0], exclude=[*_aside(first[0]), *acts, *cc])
            return [own, *(span_tokens(a, exclude=[*_aside(a), *_to_of(a)]) for a in acts)]
        return [sorted((t for c in first for t in span_tokens(c, exclude=_aside(c))), key=lambda t: t.i)]
    for child in children + _shared_passive_subject(token):
        if child.dep_ == "dobj" and _continues_phrase(token, child):
            continue  # "called for sanctions on Minsk and the release of ...": read with the "for" list
        if child.dep_ == "nsubjpass" and any(c.dep_ == "dobj" for c in children):
            continue  # "were refused visas by X": the visas are refused, the journalists whom they are refused
        if child.dep_ in ("dobj", "nsubjpass") and child.lower_ not in ("what", "which", "that"):
            if cue.type in ("Accuse", "Oppose", "Support", "Threaten") and actor_like(child):
                continue
            if cue.type in ("Accuse", "Oppose", "Support") and names_holder(child) and _what_for(token):
                continue  # "praised the health minister for agreeing ...": whom; what for is the position
            if cue.type == "Threaten" and names_holder(child) and _has_phrase(token, "with"):
                continue  # "threatened the rebels with a new offensive": whom it is aimed at; the offensive
            chain = _hyphenated(child)
            if len(chain) > 1:  # "threatened counter-tariffs on ...", parsed as three objects
                return [chain]
            members = conjuncts_of(child) + _list_continuation(token, child)
            if len(members) == 1 and (what := _sum_of(token, child)):
                return [sorted([*members[0], *what], key=lambda t: t.i)]
            return members if len(members) > 1 else flat_list(child) or appositive_list(child) or members
        if child.dep_ == "dobj" and child.lower_ == "what":
            return _including_list(token)
        relative = child.dep_ == "dobj" or (child.dep_ == "mark" and not any(c.dep_ == "dobj" for c in children))
        if relative and child.lower_ in ("which", "that") and token.dep_ == "relcl" and (noun := antecedent(token)):
            return [noun]  # "the reforms which the government promised": the reforms
    if reduced_relative(token) and (noun := antecedent(token)):
        return [noun]  # "the reforms demanded by the IMF": the reforms
    if contact_relative(token) and (noun := antecedent(token)):
        return [noun]  # "a proposal Washington has so far rejected": the proposal
    for child in children:
        particle = cue.family == "phrasal" and (lemma_of(token), child.lower_) in lx.PHRASAL  # "abide by the ruling"
        if child.dep_ == "prep" and (child.lower_ in POSITION_PREPS or particle):
            for comp in child.children:
                turned_to = child.lower_ == "to" and names_holder(comp) and _has_phrase(token, "for")
                if comp.dep_ in ("pobj", "pcomp") and not actor_like(comp) and not turned_to and not _duration(comp):
                    # "appealed to the public for calm": the public is asked, calm is the position
                    if comp.lower_ == "what":
                        return _including_list(token)
                    if child.lower_ == "with" and hung_agent(token):  # "threatened with sanctions by the EU"
                        return [span_tokens(comp, exclude=[b for b in comp.children if b.lower_ == "by"])]
                    return _with_trailing(token, child, conjuncts_of(comp) + _list_continuation(token, comp))
            if not any(c.dep_ in ("pobj", "pcomp") for c in child.children) and child.lower_ == "to":
                return _including_list(token)  # "what X agreed to"
    return []


def _takes_infinitive(noun: Token) -> bool:
    """A noun of stance or of a proposal, whose infinitive says what it is for: "calls to drop the case",
    "a plan to raise taxes"."""
    return lemma_of(noun) in lx.NOUNS or lemma_of(noun) in lx.PROPOSAL_NOUNS or lemma_of(noun) in lx.BID_NOUNS


def _what_for(verb: Token) -> bool:
    """ "praised the minister [for agreeing to ...]", "[for its reforms]": what the praise or the blame is for."""
    return lemma_of(verb) in _JUDGING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ in ("pobj", "pcomp") for o in c.children)
        for c in verb.children
    )


# verbs whose "for" says what someone is judged for ("backed the candidate for the post" names a role)
_JUDGING_VERBS = frozenset(
    "praise commend thank applaud hail laud congratulate salute criticise criticize condemn blame censure "
    "fault slam rebuke reprimand".split()
)


def _has_phrase(verb: Token, preposition: str) -> bool:
    """Whether the verb has a phrase of `preposition` with an object: "threatened the journalist with
    death" (the one threatened is then the target), "appealed to the public for calm" (the one turned
    to is asked, and what is asked for is the position)."""
    return any(c.dep_ == "prep" and c.lower_ == preposition and any(o.dep_ == "pobj" for o in c.children)
               for c in verb.children)


def _sum_of(verb: Token, amount: Token) -> list[Token]:
    """What a sum is of when the parser hangs it on the verb: "seeking billions of dollars in
    reconstruction aid" (the "in" phrase right after the amount)."""
    if amount.ent_type_ != "MONEY":
        return []
    end = max(t.i for t in amount.subtree)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i == end + 1:
            return list(prep.subtree)
    return []


def _hyphenated(word: Token) -> list[Token]:
    """The hyphenated word the parser split into sibling objects ("counter - tariffs"), or [word]."""
    doc, end = word.doc, word.i
    while (
        end + 2 < len(doc)
        and doc[end + 1].text == "-"
        and not doc[end].whitespace_
        and not doc[end + 1].whitespace_
        and doc[end + 2].head.i == word.head.i
        and doc[end + 2].dep_ == word.dep_
    ):
        end += 2
    return list(doc[word.i : end + 1])


def _infinitive_after(verb: Token, noun: Token) -> list[list[Token]]:
    """The to-infinitive the parser hangs on the verb of a phrase: "issued an ultimatum to the company to
    restore the bonuses" (what the ultimatum requires)."""
    for child in verb.children:
        if (
            child.i > noun.i
            and child.dep_ in ("advcl", "xcomp")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
        ):
            return [[t for t in child.subtree if not (t.head.i == child.i and t.dep_ == "aux" and t.lower_ == "to")]]
    return []


def _duration(comp: Token) -> bool:
    """A time span, not a position: "for as long as it takes", "for years", "for now"."""
    return comp.lower_ in DURATION_WORDS or comp.ent_type_ in ("DATE", "TIME") and not working_time(comp)


def _backed(verb: Token) -> list[list[Token]]:
    """What a backing idiom backs: "threw its weight behind the plan", "gave its blessing to the deal"."""
    for prep in verb.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in BACKING_PREPS:
            for comp in prep.children:
                if comp.dep_ == "pobj" and not actor_like(comp):
                    return conjuncts_of(comp)
    return []


def _list_continuation(verb: Token, obj: Token) -> list[list[Token]]:
    """Noun phrases the parser hung on the verb after "obj," or "obj and" ("a pay rise, a shorter week and
    pensions", "called for sanctions on Belarus and the release of the detainees")."""
    doc = obj.doc
    end = max(t.i for t in obj.subtree if not t.is_punct)
    if doc[end].dep_ == "cc":  # "sanctions on Minsk and": the parser gave the "and" to the object
        end -= 1
    if end + 1 >= len(doc) or doc[end + 1].lower_ not in (",", "and"):
        return []
    hung = ("npadvmod", "dobj", "appos", "conj", "dep") if doc[end + 1].text == "," else ("conj", "dobj")
    for sibling in verb.children:
        if (
            sibling.dep_ in hung
            and sibling.pos_ == "NOUN"
            and min(t.i for t in sibling.subtree) == end + 2
        ):
            return conjuncts_of(sibling)
    return []


def _continues_phrase(verb: Token, obj: Token) -> bool:
    """The object comes after "and" or a comma that ends the verb's own position phrase ("called for
    sanctions on Minsk and [the release]"): a member of that phrase's list, which the parser hung on the
    verb."""
    before = obj.left_edge.i - 1
    return before > verb.i and obj.doc[before].lower_ in ("and", ",") and any(
        c.dep_ == "prep" and c.lower_ in POSITION_PREPS and verb.i < c.i < obj.i
        and any(p.dep_ in ("pobj", "pcomp") and p.right_edge.i in (before - 1, before) for p in c.children)
        for c in verb.children
    )


def _with_trailing(verb: Token, prep: Token, members: list[list[Token]]) -> list[list[Token]]:
    """The last member with the phrase the parser hung on the verb right after it, when the verb's own
    phrase is already taken ("called for restraint, dialogue and respect for international law": a
    second "for", or an "of", belongs to the noun before it)."""
    end = max(t.i for t in members[-1])
    for other in verb.children:
        if (other.dep_ == "prep" and other.i == end + 1 and other.lower_ in (prep.lower_, "of")
                and not any(o.ent_type_ in ("DATE", "TIME") for o in other.children)):
            members[-1] = sorted([*members[-1], *other.subtree], key=lambda t: t.i)
    return members


def _conceded_on(cue: Cue, noun: Token) -> list[list[Token]]:
    """What concessions made were on ("made concessions on working hours"), else the concessions
    themselves: a concession made is a stance even when the text does not say what was given up."""
    if cue.type != "Concede" or lemma_of(noun) != "concession":
        return []
    # the parser may hang "on X" on the verb
    for prep in [*noun.children, *(c for c in cue.token.children if c.i > noun.i)]:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "over", "regarding"):
            objects = [p for p in prep.children if p.dep_ == "pobj"]
            if objects:
                return conjuncts_of(objects[0])
    return [[t for t in noun.subtree if t.dep_ not in ("det", "poss", "case") and t.i <= noun.i]]


def _including_list(cue_token: Token) -> list[list[Token]]:
    """Members of an "including A, B and C" list after the cue, up to a dash, parenthesis or clause end."""
    sent = cue_token.sent
    start = next((t.i for t in sent if t.i > cue_token.i and t.lower_ == "including"), None)
    if start is None:
        return []
    doc = cue_token.doc
    end = start + 1
    while (
        end < sent.end
        and doc[end].text not in ("—", "–", ")", ";")
        and not (doc[end].text == "-" and doc[end].whitespace_)
    ):
        end += 1
    return list_members(list(doc[start + 1 : end]))


def _speech_tail(clause: Token) -> list[Token]:
    """Parenthetical "X said" inside a clause belongs to attribution, not to the position."""
    return [
        c for c in clause.children if c.dep_ == "parataxis" or (c.dep_ == "prep" and c.lower_ == "according")
    ]


def _shared_passive_subject(verb: Token) -> list[Token]:
    """ "The plan was drafted and recommended by the committee": a passive conjunct with no subject of its
    own shares its head's, which is what it acts on."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubjpass"]


def fronted_clause(cue: Cue) -> tuple[Token, list[Token]] | None:
    """What a demand or promise verb after its clause asks or promises ("Israel should halt the
    building, the quartet recommended"): the clause before it, and the part of it that is the verb's own. The
    parser hangs the clause on the verb as a ccomp, or the verb on the clause as a conjunct with no
    "and" between them."""
    token = cue.token
    spoken_threat = cue.type == "Threaten" and lemma_of(token) in lx.SPEECH_VERBS  # "X will face ..., Y said"
    if cue.type != "Demand" and lemma_of(token) not in lx.PROMISE_VERBS and not spoken_threat:
        return None  # "'We will rebuild every school,' the governor promised" too
    for child in token.children:
        if child.dep_ == "ccomp" and child.i < token.i and child.tag_ != "VBG":
            if token.doc[max(t.i for t in child.subtree) + 1].is_punct:
                return child, []
    head = token.head
    if token.dep_ == "conj" and head.i < token.i and head.pos_ in ("VERB", "AUX"):
        joined = any(c.dep_ == "cc" and head.i < c.i < token.i for c in head.children)
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        if subject and not joined:
            return head, [token]
    return None


def complement_tokens(cue: Cue) -> set[int]:
    """Indices of the cue's complements: cues inside them are part of its position, not stances."""
    out: set[int] = set()
    for child in cue.token.children:
        if child.dep_ in ("ccomp", "xcomp", "acl", "appos", "advcl", "relcl", "dobj") or (
            child.dep_ == "prep" and child.lower_ in POSITION_PREPS
        ) or (  # "balked at signing the pledge": the phrasal verb's own preposition
            child.dep_ == "prep" and cue.family == "phrasal" and (lemma_of(cue.token), child.lower_) in lx.PHRASAL
        ) or (  # "will not be bullied into accepting ...": the act pressed for
            child.dep_ == "prep" and cue.family == "defiance" and child.lower_ == "into"
        ):
            if child.dep_ == "advcl" and not any(m.lower_ in ("to", "unless", "if") for m in child.children):
                continue
            if child.dep_ == "ccomp" and child.i < cue.token.i:
                continue  # a clause before the cue is not what it takes, unless a demand's (below)
            if child.dep_ == "ccomp" and inverted_condition(cue.token):
                continue  # "Should Serbia recognise Kosovo, Russia would ...": the main clause, parsed inside
            out.update(t.i for t in child.subtree)
    fronted = fronted_clause(cue)
    if fronted is not None:
        clause, own = fronted
        mine = {t.i for o in own for t in o.subtree}
        out.update(t.i for t in clause.subtree if t.i not in mine)
    if cue.family == "noun":
        for span in noun_positions(cue.token):
            out.update(t.i for t in span)
    return out
