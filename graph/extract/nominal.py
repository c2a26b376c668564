"""Nominal stances whose positions form a list: "Hamas's demands for a truce, a full withdrawal and the
return of the displaced" are three demands.

The small parser often breaks such a list after its first member (the second member becomes the
sentence's subject, an apposition or an adverbial), so the members are read from the flat text: from
the first member to the clause's verb, a comma-separated list closed by "and"/"or".
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import lexicon as lx
from graph.extract.obligations import CONDITION_NOUNS
from graph.extract.positions import after_stopping_noun, conjuncts_of, list_members
from graph.extract.stated_positions import POSITION_NOUNS, colon_clauses

# tokens that end a noun-phrase list: the clause's verb or a boundary
_FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())
_BOUNDARIES = frozenset([".", ";", ":", "—", "–", "(", ")", '"', "“", "”"])
_NP_START = frozenset("DET ADJ NOUN PROPN NUM PRON".split())
_LIST_PREPS = frozenset("for on to".split())
# what a "for" phrase of time is headed by: "for the third time", "for now", "for years"
_TIME_NOUNS = frozenset("time now while year month decade".split())
# nouns whose copula states their content: "Russia's condition for a truce is that ...", "its demand was X"
STATED_NOUNS = CONDITION_NOUNS | {"priority"}
# verbs whose object lists a nominal stance's content: "the demands included ..."
INCLUDING_VERBS = frozenset("include comprise".split())
# nouns for a set of demands or conditions: "a list of demands", "a package of conditions"
LIST_NOUNS = frozenset("list set series slate raft package catalogue catalog charter".split())
# what one yields to when one gives in: "gave in to demands", "bowed to pressure"
DEMAND_NOUNS = frozenset("demand pressure call request ultimatum condition insistence".split())
# nouns of asking whose "for" phrase is what is asked even when the parser hangs it on the verb ("renewed
# its call for a truce"); not "plan" or "offer", whose verb may take a "for" of its own ("criticised
# the plan for its cost")
ASKING_NOUNS = DEMAND_NOUNS - {"pressure", "ultimatum", "condition"} | {"appeal", "plea"}

# verbs whose object a stance noun is, in a true relative clause: "the warning that Moscow issued"
_NOUN_TAKING_VERBS = lx.LIGHT_VERBS | lx.PRESENTING_VERBS | lx.RECEIVING_VERBS | frozenset(
    "repeat reiterate renew voice express put level lodge file send deliver ignore heed dismiss reject accept "
    "deny welcome back support oppose meet answer withdraw drop".split()
)
# the auxiliaries of a content clause's own tense: "that Kyiv would pay", "that Russia had shelled"
_CLAUSE_AUXILIARIES = (
    lx.FUTURE_MODALS | lx.HEDGE_MODALS | lx.HYPOTHETICAL_MODALS | lx.OBLIGATION_MODALS
    | frozenset("had has have".split())
)


def content_clause(clause: Token) -> bool:
    """ "Moscow's warning that Kyiv would pay for the strike", parsed as a relative clause with "that" as its
    object: a clause with a subject and a tense of its own, whose verb could not take the noun as object,
    says what the noun states ("the warning that Moscow issued" is a true relative)."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ != "that" or first.head != clause or first.dep_ not in ("dobj", "nsubj", "mark"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c != first for c in clause.children):
        return False
    return clause.lemma_.lower() not in _NOUN_TAKING_VERBS and any(
        c.dep_ == "aux" and c.lower_ in _CLAUSE_AUXILIARIES for c in clause.children
    )


def said_clause(clause: Token) -> bool:
    """What a verb or a noun of saying says: its that-clause ("warned that Iran would pay", "Tehran's
    warning that Baghdad would pay", "the accusation that Taipei was plotting ...", however parsed)."""
    return clause.dep_ == "ccomp" or (
        clause.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
    ) or (clause.dep_ == "relcl" and content_clause(clause))


def flat_list(first: Token) -> list[list[Token]]:
    """The members of a list whose first member is headed by `first` ("a truce, a full withdrawal and
    the return of the displaced"), or [] when no list follows it."""
    doc, sent = first.doc, first.sent
    start = first.left_edge.i
    end = max(t.i for t in first.subtree if not t.is_punct)
    # the parser may hang the later members inside the first ("include a pay rise, a four-day week and
    # more leave", the week under the rise): the first member then ends at its first comma
    end = next((t.i - 1 for t in doc[first.i + 1 : end + 1] if t.text == ","), end)
    if end + 2 >= sent.end or doc[end + 1].text != "," or doc[end + 2].pos_ not in _NP_START:
        return []
    stop = end + 1
    while stop < sent.end:
        token = doc[stop]
        if after_stopping_noun(token):  # "an end to forced overtime", "to" read as an auxiliary
            stop += 1
            continue
        if token.text in _BOUNDARIES or token.tag_ in _FINITE_TAGS or token.pos_ == "AUX":
            break
        # a participle right after a preposition opens its object ("an end to forced overtime")
        after_prep = (doc[stop - 1].pos_ == "ADP" or after_stopping_noun(doc[stop - 1])) and token.tag_ == "VBN"
        if token.pos_ == "VERB" and token.dep_ not in ("amod", "acl", "compound", "pcomp") and not after_prep:
            break
        stop += 1
    span = list(doc[start:stop])
    if not any(t.lower_ in ("and", "or") and t.i > end + 1 for t in span):
        return []
    members = list_members(span)
    return members if len(members) > 1 else []


def colon_list(noun: Token) -> list[list[Token]]:
    """The noun phrase a colon right after a noun cue spells out ("listed its conditions for a deal: a 5%
    raise and no job cuts"), member by member, however the parser hangs it; [] when a clause or nothing
    follows (clauses are read by stated_positions.colon_clauses). What a "for" phrase before the colon
    names is what the conditions are for, not one of them."""
    doc, sent = noun.doc, noun.sent
    colon = noun.right_edge.i + 1
    hung = next((c for c in noun.head.children if c.dep_ == "prep" and c.i == colon and c.i > noun.i), None)
    if hung is not None:  # "enumerated their conditions [for a truce]: ...", the "for" hung on the verb
        colon = hung.right_edge.i + 1
    if colon + 1 >= sent.end or doc[colon].text != ":":
        return []
    span = doc[colon + 1 : sent.end]
    heads = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    if len(heads) != 1 and not (len(heads) == 2 and heads[1].is_punct):
        return []
    first = heads[0]
    if first.pos_ not in ("NOUN", "PROPN") or first.i != span.root.i:
        return []
    members = conjuncts_of(first)
    return members if len(members) > 1 else flat_list(first) or appositive_list(first) or members


def noun_dependents(noun: Token) -> list[Token]:
    """A noun cue's children, with the "for" phrase the parser hangs on its genitive instead ("the demands
    of the miners for safer shafts")."""
    children = list(noun.children)
    genitives = [p for c in children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    hung = [c for g in genitives for c in g.children if c.dep_ == "prep" and c.lower_ == "for"]
    return children + hung + _hung_on_verb(noun)


# nouns of blame traded or laid, whose "for"/"over" phrase is what is blamed: "traded blame for the strike"
_BLAME_NOUNS = frozenset("blame accusation charge allegation".split())


def _hung_on_verb(noun: Token) -> list[Token]:
    """The "for"/"on" phrase right after a noun of asking that is a verb's object, which the parser may hang
    on the verb: in "renewed their demands for a truce" the truce is what is demanded, not what is renewed
    for. A span of time ("repeated its call for the third time") is no content."""
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in ASKING_NOUNS | _BLAME_NOUNS:
        return []
    after = noun.right_edge.i + 1
    preps = [c for c in noun.head.children if c.dep_ == "prep" and c.i >= after]
    # "traded blame on Thursday for the strike": a date between the noun and its phrase
    dated = [c for c in preps if c.i == after and any(p.ent_type_ in ("DATE", "TIME") for p in c.children)]
    if dated:
        after = dated[0].right_edge.i + 1
    words = ("for", "on", "over") if noun.lemma_.lower() in _BLAME_NOUNS else ("for", "on")
    return [
        c
        for c in preps
        if c.i == after
        and c.lower_ in words
        and not any(p.lemma_.lower() in _TIME_NOUNS for p in c.children if p.dep_ == "pobj")
    ]


def listed_objects(noun: Token) -> list[list[Token]]:
    """The list a noun cue's "for"/"on"/"to" object opens, member by member ([] when it opens none)."""
    for prep in noun_dependents(noun):
        if prep.dep_ == "prep" and prep.lower_ in _LIST_PREPS:
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            if len(objects) > 1:  # "for a shorter week and higher pay", both hung on "for"
                return [[t for t in o.subtree if not (t.dep_ == "cc" and t.head.i == o.i)] for o in objects]
            for obj in objects:
                if len(members := flat_list(obj)) > 1 or len(members := appositive_list(obj)) > 1:
                    return members
                if strays := _stray_members(noun, obj):
                    return [list(obj.subtree), *strays]
    return []


def _stray_members(noun: Token, first: Token) -> list[list[Token]]:
    """Later members the parser hung on the cue noun itself: in "demands for the return of prisoners and
    the reopening of the corridor" the reopening is demanded too (a common noun, not another actor's act)."""
    doc = noun.doc
    # or on the clause's verb, as a second subject after "and": "demands for the disarmament of Hamas
    # and the exile of its leaders were rejected"
    subjects = [
        c
        for c in noun.head.children
        if c.dep_ == noun.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i > 0
        and doc[c.left_edge.i - 1].lower_ in ("and", "or")
    ]
    return [
        list(c.subtree)
        for c in [*noun.children, *subjects]
        if (c.dep_ == "conj" or c in subjects)
        and c.i > first.i
        and c.pos_ == "NOUN"
        and c.lemma_.lower() not in DEMAND_NOUNS
        and not any(g.dep_ == "poss" for g in c.children)
    ]


def yields_to_demand(verb: Token) -> bool:
    """ "give in / yield / bow to demands for X": refusing to is rejecting the demands ("not yielding to
    pressure" rejects no proposal: it is no concession, unless the pressure says for what: "would not
    yield to pressure to end the war" refuses to end it)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(p.dep_ == "pobj" and (p.lemma_.lower() in DEMAND_NOUNS - {"pressure"} or _pressure_for(p))
                for p in prep.children)
        for prep in verb.children
    )


def _pressure_for(noun: Token) -> bool:
    """ "pressure to end the war", "pressure for a ceasefire": pressure that names what it asks."""
    return noun.lemma_.lower() == "pressure" and any(
        (c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.lefts))
        or (c.dep_ == "prep" and c.lower_ == "for")
        for c in noun.children
    )


def copular_statement(noun: Token) -> list[Token]:
    """What "X's condition (for Y) is / was ..." states: the copula's complement, not the "for" phrase."""
    head = noun.head
    if noun.dep_ != "nsubj" or noun.lemma_.lower() not in STATED_NOUNS | POSITION_NOUNS or head.lemma_.lower() != "be":
        return []
    for sibling in head.children:
        if sibling.i > noun.i and sibling.dep_ in ("ccomp", "attr", "xcomp") and not verdict_on(sibling):
            return [t for t in sibling.subtree if not (t.dep_ == "mark" and t.head.i == sibling.i)]
    return []


def verdict_on(complement: Token) -> bool:
    """ "(the demands are) a non-starter", "(are) unrealistic": what is said of the demands, not what they
    ask for."""
    return complement.lemma_.lower() in lx.REJECTING_NOUNS | lx.REJECTING_ADJECTIVES | lx.DISMISSING_ADJECTIVES \
        | lx.DISMISSING_NOUNS


def rejected_by_calling(verb: Token) -> Token | None:
    """What a verb of calling rejects by its verdict: "called [the proposal] unacceptable", "called [the
    pilots' demands] excessive" (which the parser may read as two "oprd"s); None when the verdict does not
    reject."""
    children = list(verb.children)
    thing = next((c for c in children if c.dep_ == "dobj" or (c.dep_ == "oprd" and c.pos_ == "NOUN")), None)
    if thing is None:
        return None
    verdicts = [c for c in children if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.i > thing.i]
    # "described the offer as insufficient"; "called [the offer of dialogue] [a trap]", read as an apposition
    verdicts += [w for c in children if c.dep_ == "prep" and c.lower_ == "as" for w in c.children
                 if w.dep_ in ("pobj", "amod", "acomp")]
    verdicts += [c for c in thing.children if c.dep_ == "appos"]
    return thing if any(rejecting_verdict(thing, c) for c in verdicts) else None


def rejecting_verdict(thing: Token | None, word: Token) -> bool:
    """Whether calling `thing` `word` rejects it: "unacceptable" or "a non-starter" said of anything, and
    "unrealistic", "excessive", "insufficient", "a trap" or "an insult" said of a demand, condition, offer
    or plan put forward ("said the union's demands were unrealistic", "called the offer insufficient")."""
    lemma = word.lemma_.lower()
    if word.lower_ in lx.REJECTING_ADJECTIVES | lx.REJECTING_NOUNS or lemma in lx.REJECTING_NOUNS:
        return True
    put_forward = thing is not None and thing.lemma_.lower() in lx.PUT_FORWARD
    return put_forward and (
        word.lower_ in lx.DISMISSING_ADJECTIVES or lemma in lx.DISMISSING_ADJECTIVES or lemma in lx.DISMISSING_NOUNS
    )


def demanded_of(noun: Token) -> list[list[int]]:
    """Of whom a condition asks: the subject of the clause it states ("... is that Ukraine abandon ...",
    "on condition that the West stops ...")."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
    stated = noun.lemma_.lower() in STATED_NOUNS | POSITION_NOUNS
    if noun.dep_ == "nsubj" and stated and noun.head.lemma_.lower() == "be":
        clauses += [c for c in noun.head.children if c.i > noun.i and c.dep_ == "ccomp"]
    clauses += colon_clauses(noun)  # "its position is clear: Ukraine must withdraw"
    return [[s.i] for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"]


def dashed_list(noun: Token) -> list[list[Token]]:
    """The list set off by dashes right after a noun cue's phrase: "Russia's conditions for a ceasefire -
    Ukraine's neutrality, the recognition of the regions and the lifting of sanctions - were rejected"."""
    doc, sent = noun.doc, noun.sent
    end = max(t.i for t in noun.subtree)
    if end + 1 >= sent.end or not _dash(doc[end + 1]):
        return []
    close = next((t.i for t in doc[end + 2 : sent.end] if _dash(t)), None)
    if close is None:
        return []
    members = list_members(list(doc[end + 2 : close]))
    return members if len(members) > 1 else []


def _dash(token: Token) -> bool:
    return token.text in ("—", "–") or (token.text == "-" and bool(token.whitespace_))


def container(noun: Token) -> Token:
    """The noun that stands for a cue noun in its clause: "list" in "the rebels' list of demands"."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in LIST_NOUNS:
        return prep.head
    return noun


def included_items(noun: Token) -> list[list[Token]]:
    """What "X's demands included A, B and C", "X's demands are A, B and C", "X's demands were for A and
    B" or "Among X's demands are A and B" lists, member by member."""
    noun = container(noun)  # "the rebels' list of demands included ..."
    head = noun.head
    relative = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in INCLUDING_VERBS]
    including = [
        p for c in noun.children if c.dep_ == "prep" and (c.lower_ == "including" or _such_as(c))
        for p in c.children if p.dep_ == "pobj"
    ]
    if relative:  # "the strikers' demands, which include a raise and shorter shifts, ..."
        items = [c for c in relative[0].children if c.dep_ in ("dobj", "attr")]
    elif including:  # "put forward five demands, including the withdrawal of the bill", "such as ..."
        items = including
    elif noun.dep_ == "nsubj" and head.lemma_.lower() in INCLUDING_VERBS:
        items = [c for c in head.children if c.dep_ in ("dobj", "attr")]
    elif noun.dep_ == "nsubj" and head.lemma_.lower() == "be":
        # "the union's demands are higher pay, shorter hours and safer conditions"
        items = [
            c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and not verdict_on(c)
        ] if noun.tag_ == "NNS" else []
        # "the protesters' demands were for the release of prisoners and early elections": what the copula's
        # "for" phrase names is asked for, as after "demands for"
        items = items or [p for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > noun.i
                          for p in c.children if p.dep_ == "pobj"]
    elif noun.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_.lower() == "be":
        items = [c for c in head.head.children if c.dep_ in ("attr", "nsubj") and c.i > noun.i]
    else:
        return []
    if not items:
        return []
    members = conjuncts_of(items[0])
    if len(members) > 1:
        return members
    return flat_list(items[0]) or appositive_list(items[0]) or members


def _such_as(prep: Token) -> bool:
    """The "as" of "demands such as A and B"."""
    return prep.lower_ == "as" and (
        any(c.lower_ == "such" for c in prep.children) or (prep.i > 0 and prep.nbor(-1).lower_ == "such")
    )


def appositive_list(first: Token) -> list[list[Token]]:
    """ "free elections, the release of prisoners and an end to censorship" parsed as an apposition
    (a common-noun apposition with conjuncts of its own: a list, not a name)."""
    appos = [
        c
        for c in first.children
        if c.dep_ == "appos" and c.pos_ == "NOUN" and any(g.dep_ == "conj" for g in c.children)
    ]
    if not appos:
        return []
    rest = conjuncts_of(appos[0])
    own = [t for t in first.subtree if t.i < appos[0].left_edge.i and not (t.is_punct and t.i > first.i)]
    return [own, *rest]
