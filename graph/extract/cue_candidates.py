"""The stance candidate of one cue: its type after negation and chaining, holders, targets, positions.

A cue of graph/extract/cues/ proposes a type; here "refused to cede ground" becomes a negated
concession, "would not give in to demands" a rejection, "wants to attack X" a threat, and the holders,
targets and positions are gathered as token indices (plain data, so they survive `nlp.pipe(n_process=N)`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from graph.extract import (
    collective_actions,
    conditions,
    costs,
    denied_charges,
    force_passives,
    refusals,
    sides,
    threat_conditions,
    threat_targets,
    threats,
    vows,
    wishes,
)
from graph.extract import lexicon as lx
from graph.extract.attribution import source_groups, trailing_frame
from graph.extract.complements import extend_positions
from graph.extract.concessions import CONCESSION_STANCES, concession_types
from graph.extract.coref import proposal_pronoun
from graph.extract.cues import (
    Cue,
    actor_like,
    conditional,
    lemma_of,
    position_spans,
)
from graph.extract.cues.tokens import hung_agent, names_body, retained_agent
from graph.extract.cues.verbs import denied_thing
from graph.extract.kept_open import coercive_option, kept_open
from graph.extract.modality import is_negated, modality_of, says_not, under_speech
from graph.extract.nominal import yields_to_demand
from graph.extract.obligations import modal_obligation
from graph.extract.participants import holder_groups
from graph.extract.positions import position_of, span_tokens
from graph.extract.predicatives import without_predicative
from graph.extract.reciprocal import extend_candidate
from graph.extract.root_nouns import before_misread_verb
from graph.extract.targets import target_groups
from ontology.namespace import OPPOSITE

_REFUSING = frozenset({"Reject"})
# stances against something: asked for, the act asked is the position ("urged X to reject the bid")
_REFUSING_TYPES = frozenset({"Reject", "Oppose", "Deny"})


def base_candidate(token: Token, kind: str, family: str) -> dict[str, Any]:
    """The fields every candidate starts with: its type, cue token and sentence."""
    sent = token.sent
    return {
        "type": kind,
        "family": family,
        "cue": token.i,
        "cue_text": token.text,
        "sent": [sent.start_char, sent.end_char],
        "when": None,
        "concession": None,
    }


# cue families of a yielding act (graph/extract/cues/verbs.py): a deed done, or a verb and its object
_YIELDING_FAMILIES = frozenset(("deed", "object"))
# dependents of a verb that are no part of the act it states: who does it, when, on what condition
_NOT_THE_ACT = frozenset(("nsubj", "nsubjpass", "aux", "auxpass", "neg", "advcl", "mark", "punct", "cc", "conj"))


# verbs of giving that take whom they give to before what ("offered Georgia candidate status")
_GIVING_VERBS = frozenset("offer promise give grant send pledge hand deliver supply award".split())


def misread_recipient(verb: Token) -> Token | None:
    """The one given to, when the parser makes it a modifier of what is given: "promised Kyiv additional
    air defence systems", "offered Georgia candidate status" (a name with no determiner before it, first in
    the object of a verb of giving that has no indirect object of its own)."""
    if lemma_of(verb) not in _GIVING_VERBS or any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children
    ):
        return None  # "offered Microsoft shares to investors": the investors are given to
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        first = verb.doc[obj.left_edge.i]
        if (
            first.i != obj.i and first.dep_ in ("compound", "nmod") and first.pos_ == "PROPN"
            and first.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and first.i == verb.i + 1
        ):
            return first
    return None


# what a holder sends, keeps or calls home of its own ("its ambassador", "their troops"), never aimed at
_OWN_ENVOYS_AND_FORCES = lx.ENVOY_NOUNS | frozenset(
    "embassy troop force soldier unit army contingent mission peacekeeper".split()
)


# stances a bare denial or refusal beside them answers: "X accuses Y of ...; Y denies"
_ANSWERABLE = frozenset(("Accuse", "Threaten", "Demand", "Offer", "Claim"))


def _answered_stance(cue: Cue, cues: dict[int, Cue]) -> Cue | None:
    """The stance a denial or a refusal with no object of its own answers, in the clause it is joined to
    ("Guyana accuses Venezuela of incursion; Caracas denies", "accused Moscow of shelling the city, and
    Moscow denied it"): a cue of another type on the verb the parser links this one to."""
    verb = cue.token
    if verb.pos_ != "VERB" or any(  # an object or a complement of its own after it says what it answers
        (c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("it", "this", "that"))
        or (c.dep_ in ("ccomp", "xcomp", "prep") and c.i > verb.i)
        for c in verb.children
    ):
        return None
    linked = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "conj") and c.i < verb.i]
    if verb.dep_ in ("conj", "parataxis", "ccomp") and verb.head.i < verb.i:
        linked.append(verb.head)
    return next((cues[t.i] for t in linked if t.i in cues and cues[t.i].type in _ANSWERABLE), None)


def _refused_to(verb: Token) -> list[list[int]]:
    """Whom a thing is refused in a passive that keeps it ("Ukraine was refused entry to the talks"): the
    passive subject."""
    if not any(c.dep_ == "dobj" for c in verb.children) or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [[s.i] for s in verb.children if s.dep_ == "nsubjpass"]


def _offered_to(cue: Cue, inner: Cue | None) -> list[list[int]]:
    """Whom a conditional offer is made to: the named subject of its condition ("would lift the curbs if
    Seoul dropped its complaint", "is ready to lift the sanctions if Belgrade recognises Kosovo")."""
    verbs = [cue.token] + ([inner.token] if inner is not None else [])
    partners = [  # "would normalise ties with Israel": Israel
        [p.i]
        for verb in verbs
        for tie in verb.children if tie.dep_ == "dobj" and lemma_of(tie) in lx.TIE_NOUNS
        for prep in tie.children if prep.dep_ == "prep" and prep.lower_ == "with"
        for p in prep.children if p.dep_ == "pobj" and actor_like(p)
    ]
    return partners + [
        [s.i]
        for verb in verbs
        for clause in threats.conditions(verb)
        for s in clause.children
        if s.dep_ in ("nsubj", "nsubjpass") and names_body(s) and s.pos_ != "PRON"
    ]


def _act(verb: Token) -> list[Token]:
    """The act a verb states, without its subject, auxiliaries, negation, conditions and conjuncts:
    "lift sanctions on Caracas" of "would lift sanctions on Caracas if the government ..."."""
    return span_tokens(verb, exclude=[c for c in verb.children if c.dep_ in _NOT_THE_ACT])


# types of giving, accepting, backing or refusing, which an obligation put on a named subject ("Hamas must
# accept", "Kampala must apologise", "Europe must support Ukraine") does not state: another asks it
_YIELDING_TYPES = frozenset(("Agree", "Offer", "Concede", "Support", "Oppose", "Reject"))

def cue_candidate(cue: Cue, cues: dict[int, Cue], frame: dict[str, Any] | None) -> dict[str, Any] | None:
    """The candidate `cue` states, given the sentence's other `cues` and its concession `frame`."""
    kind = cue.type
    if cue.family == "noun" and lemma_of(cue.token) == "ultimatum" and any(
        c.dep_ in ("acl", "xcomp", "relcl") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in cue.token.children
    ):
        kind = "Demand"  # "the junta's ultimatum to the ambassador to leave", as "gave X an ultimatum to leave"
    if any(c.dep_ == "nsubj" and c.lower_ == "it" and proposal_pronoun(c) for c in cue.token.children):
        return None  # "rejected the draft, saying it would allow inspections": what the draft does, no stance
    if kind in _YIELDING_TYPES and modal_obligation(cue.token):
        return None  # "Hamas must accept the deal", "(said) that Washington must guarantee ...": asked of it,
        # not done or offered by it (the speaker's Demand, where there is one, is read in statements.py)
    # "will not hesitate to use force": the negation belongs to the construction, the threat is stated
    negative = is_negated(cue.token) and not (
        kind == "Threaten" and (
            lemma_of(cue.token) == "hesitate" or vows.persists_until(cue.token)
            or threats.refuses_to_stand_by(cue.token)  # "will not stand idly by": likewise
        )
    )
    spans = [vows.until_clause(cue.token)] if negative is False and kind == "Threaten" and vows.persists_until(
        cue.token) else position_spans(cue)
    inner = _chained(cue, cues)
    # "refused to release the hostages", "ordered the army to release the reporters": a deed refused or
    # asked for is the act, release and all (the refusal's or the demand's own position)
    # so is a refusal asked for ("urged the board to reject the bid": the bid alone would read as what is
    # asked) and a stance denied ("denied having demanded the withdrawal": the demand, not the withdrawal)
    deed_itself = inner is not None and (
        ((kind in _REFUSING or kind == "Demand") and inner.family == "deed")
        # "refused to lift the blockade", "refused to condemn the invasion": the act refused, verb and all
        or (kind in _REFUSING and refusals.keeps_refused_verb(inner.type, inner.token))
        # "agreed to suspend the strike": what is agreed is the act of yielding, not the strike
        or (kind == "Agree" and inner.family in _YIELDING_FAMILIES and inner.type in ("Concede", "Offer"))
        or (kind == "Demand" and inner.type in _REFUSING_TYPES)
        # "urged Washington to lift sanctions on Cuba": the concession asked is the act, not the sanctions
        or (kind == "Demand" and inner.type == "Concede")
        or kind == "Deny"
    )
    yielding = cue.token  # the verb of yielding a negative concession is read from
    if kind == "Offer" and cue.family == "object" and inner is None:
        spans = [_act(cue.token)]  # "would lift sanctions on Caracas if ...": the lifting is offered
    option = kept_open(cue, inner, negative)  # "has not ruled out sanctions", "refused to rule out a strike"
    if option is not None:
        spans, inner, deed_itself = position_spans(option), None, False
        kind, negative = ("Threaten", False) if coercive_option(option.token) else ("Reject", True)
    # "threatened to veto X": the act; "pledged not to use force": the restraint, "not" and all
    restraint = kind == "Offer" and inner is not None and says_not(inner.token)
    if inner is not None and kind != "Threaten" and not deed_itself and not restraint:
        spans = position_spans(inner) or spans
        if kind == "Offer" and inner.family == "object" and inner.type in ("Offer", "Concede"):
            spans = [_act(inner.token)]  # "is ready to lift the sanctions": the lifting is offered
        if kind in _REFUSING and inner.type == "Concede":
            kind, negative, yielding = "Concede", True, inner.token  # "refused to cede ground": no concession
    if negative and kind == "Concede" and yields_to_demand(cue.token):
        kind, negative = "Reject", False  # "would not give in to demands for X": the demands are rejected
    if negative and kind == "Concede" and lemma_of(yielding) in lx.STANDING_VERBS:
        kind, negative = "Reject", False  # "would not budge on pay", "refused to budge": a stand kept
    if negative and kind == "Concede" and refusals.refusal_condition(cue.token) is not None:
        kind, negative = "Reject", False  # "won't lift the ban unless Seoul ...": refused on a condition
    denials = [c.token for c in cues.values() if c.family == "denied-charge"]
    if denials:  # "accused X of ..., a charge X has denied": what the accusation says ends at the comma
        spans = [denied_charges.before_charge(span, denials, after=cue.token.i) for span in spans]
    if kind == "Reject":  # "refused to release them unless Israel ...": the condition is a demand apart
        spans = [refusals.without_condition(span) for span in spans]
    if cue.family not in conditions.FAMILIES:  # "agreed to a truce on condition that ...": likewise
        spans = [conditions.without_stipulation(span) for span in spans]
    if negative and kind in OPPOSITE:
        kind, negative = OPPOSITE[kind], False
    if negative and cue.family == "bettering":
        kind, negative = "Reject", False  # "would not improve its offer": the demand for more is rejected
    if negative and cue.family in ("absence", "defiance"):  # "will not attend the summit": the negation
        kind, negative = "Reject", False  # stays away; "will not be blackmailed": the pressure is refused
    side = sides.side_of(cue.token) if cue.family == "side" else None
    if side is not None:  # "is against [lowering the voting age]", "in favour of [a ban]"
        spans = [list(side.subtree)]
    if cue.family == "defiance":  # "by the threat of tariffs": the pressure, or the coercion itself
        # "will not be bullied into accepting a pay cut": the act pressed for is what is refused
        pressed = [p for c in cue.token.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children
                   if p.dep_ in ("pcomp", "pobj")]
        pressure = pressed + hung_agent(cue.token) + costs.agent_objects(cue.token)
        spans = [list(p.subtree) for p in pressure][:1] or [[cue.token]]
    # "would not go higher unless ...", "will not withdraw its troops": refused; "will not attack the
    # city", "will not impose sanctions" take back a threat of force or punishment, a Threaten not made
    taken_back = kind == "Threaten" and cue.family == "intent" and (
        threats.armed_force(cue.token) or lemma_of(cue.token) in threats.PUNITIVE_VERBS
    )
    if negative and cue.family in ("intent", "conditioned") and not taken_back:
        kind, negative = "Reject", False
    if negative and cue.family == "adjective" and kind == "Offer" and lemma_of(cue.token) in lx.WILLING_ADJECTIVES:
        kind, negative = "Reject", False  # "is not willing / not ready to negotiate": a refusal
    menaced = _menaced(cue, cues) if kind == "Aim" and not negative else []
    if menaced:
        kind = "Threaten"  # "wants to attack X": a stated aim of force against X threatens X
    asked = wishes.asked_of(cue.token) if kind == "Aim" and not negative and not menaced else None
    if asked is not None:  # "wants London to pay the bill": asks it of London (graph/extract/wishes.py)
        kind = "Demand"
        act = wishes.wanted_act(cue.token)
        if act is not None:
            spans = [span_tokens(act, exclude=[c for c in act.children if c.dep_ in ("nsubj", "nsubjpass", "aux")])]
    # "X said Y had ..., a claim Y denied": the denial is the writer's report, not X's, however parsed
    sources = [] if cue.family == "denied-charge" else source_groups(cue.token)
    denied = denied_thing(cue.token) if kind == "Reject" else None
    if denied is not None:  # "denied the journalists access to the zone": the access is refused
        spans = [span_tokens(denied)]
    recipient = misread_recipient(cue.token)
    if recipient is not None:  # "promised Kyiv additional air defence systems": to Kyiv, the systems
        spans = [[t for t in span if t.i != recipient.i] for span in spans]
    agent_phrase = {t.i for by in retained_agent(cue.token) for t in by.subtree}
    if agent_phrase:  # "were refused visas by the authorities": the visas, not who refused them
        spans = [[t for t in span if t.i not in agent_phrase] for span in spans]
    answered = _answered_stance(cue, cues) if kind in ("Deny", "Reject") else None
    if answered is not None:  # "Guyana accuses Venezuela of incursion; Caracas denies": the accusation
        spans = position_spans(answered)
    cand = base_candidate(cue.token, kind, cue.family)
    positions: list[dict[str, Any]] = []
    for span in spans:
        # not "as absurd", "angered X"; but "would be treated as legitimate targets" is what a threat says
        span = before_misread_verb(cue.token, span if kind == "Threaten" else without_predicative(span))
        position = position_of(with_antecedents(span))
        if position is None:
            continue
        if kind in CONCESSION_STANCES:
            position["types"] = concession_types(cue.token, span, framed=False)
        positions.append(position)
    cand.update(
        holders=(denied_charges.denier(cue.token) if cue.family == "denied-charge" else [])
        or holder_groups(cue)
        or (
            threat_conditions.compelled_holders(cue.token) + costs.passive_warner(cue.token)
            if kind == "Threaten"
            else []
        ),
        targets=[[t.i] for t in menaced]
        or ([[asked.i]] if asked is not None else [])
        + ([[recipient.i]] if recipient is not None else [])
        + _refused_to(cue.token)
        + (holder_groups(answered) if answered is not None else [])
        + target_groups(cue)
        + (threat_targets.threat_targets(cue.token) if kind == "Threaten" else [])
        + (_offered_to(cue, inner) if kind == "Offer" else []),
        positions=positions,
        polarity="negative" if negative else "positive",
        modality=modality_of(cue.token, reported_speech=bool(sources) or under_speech(cue.token)),
        sources=sources,
    )
    own = {  # "will recall its ambassador", "withdraw its troops": the holder's own is no one aimed at
        o.i for o in cue.token.children
        if o.dep_ == "dobj" and lemma_of(o) in _OWN_ENVOYS_AND_FORCES
        and any(p.dep_ == "poss" and p.lower_ in ("its", "their", "our") for p in o.children)
    }
    if own:
        cand["targets"] = [g for g in cand["targets"] if g[0] not in own]
    kept = kind == "Threaten" and (
        option is not None or any(c.dep_ == "ccomp" and costs.options_open(c) for c in cue.token.children)
    )
    if kept and cand["modality"] == "asserted":
        cand["modality"] = "hedged"  # a threat kept open ("all options are on the table") says force may come
    if kind == "Threaten":  # "will respond with full force": the force is no target
        doc = cue.token.doc
        cand["targets"] = [g for g in cand["targets"] if not threat_targets.instrument(doc[g[0]])]
    extend_candidate(cand, cue)  # passive targets, "each other", agreement partners
    extend_positions(cand, cue)  # quotations before the verb, a noun's infinitive or modifier
    if kind == "Threaten" and lemma_of(cue.token) in lx.WARNING_VERBS:
        # "warned that Washington would ...": a threat only if the one acting speaks for the holder
        # (checked once actors are resolved, graph/extract/stances.py)
        warned = [c for c in cue.token.children if c.dep_ == "ccomp"]
        # "warned that Ukraine would be punished": force done to Ukraine, which is threatened
        forced = [c for c in warned if force_passives.warned_force(c)]
        cand["own_act"] = [
            [s.i]
            for c in warned
            if c not in forced
            and not trailing_frame(c)  # "..., Tass reported on Friday": the frame, not what is warned
            and not costs.suffers_cost(c)  # "warned that the US would pay a price"
            and not costs.triggered_cost(c)  # "warned that any attack would trigger a response"
            and not threats.inverted_condition(c)  # "warned of a response should NATO send troops"
            and not collective_actions.warned_collective_action(c)  # "the union warned that workers would strike"
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"
            and not costs.owned_by_speaker(s)  # "warned that his supporters would protest": his own
        ]
        cand["targets"] += [[s.i] for c in forced for s in force_passives.warned_subjects(c)]
    if (
        cue.family == "intent"
        and kind == "Threaten"
        and not conditional(cue.token)
        and not threats.forceful(cue.token)
        and not threats.armed_force(cue.token)  # "would bomb the bridge": force on whoever holds it
        and not threats.legal_escalation(cue.token)  # "would refer the matter to the ICJ": the court is no target
        and not threat_conditions.threat_on_condition(cue.token)  # "Unless X ..., Y would be forced to"
        and not any(threat_conditions.on_actor(c) for c in threats.conditions(cue.token))  # "should X ..."
    ):
        # "will cut 4,000 jobs" announces a plan; a threat without a condition must name whom it hits
        acting = {t.i for c in cue.token.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        cand["targets"] = [
            [t.i]
            for t in cue.token.subtree
            # not who acts; a demonym names whom too ("tariffs on American soybeans")
            if (t.pos_ in ("PROPN", "NOUN") or t.ent_type_ == "NORP") and t.i != cue.token.i and t.i not in acting
        ]
        cand["needs_target"] = True
    if kind in CONCESSION_STANCES and frame is not None:
        cand["concession"] = {
            "types": ["FramedConcession"],
            "framed_by": frame["framed_by"],
            "conceded_to": frame["conceded_to"],
        }
    return cand


def _menaced(cue: Cue, cues: dict[int, Cue]) -> list[Token]:
    """The named targets of a force or threat verb the aim's infinitive states ("wants to invade Moldova",
    "sought to intimidate Taiwan")."""
    return [
        obj
        for inf in cue.token.children
        if inf.dep_ == "xcomp"
        and (lemma_of(inf) in lx.FORCE_VERBS or (inf.i in cues and cues[inf.i].type == "Threaten"))
        for obj in inf.children
        if obj.dep_ == "dobj" and actor_like(obj) and obj.pos_ != "PRON"
    ]


def with_antecedents(span: list[Token]) -> list[Token]:
    """The span with "them"/"it" objects replaced by the noun phrase they stand for in the sentence
    ("happy to exploit them", after "their reserves of rare earth metals": exploit rare earth metals)."""
    out: list[Token] = []
    for token in span:
        # not the agent of an infinitive ("would force it to furlough staff"): an actor, no thing
        agent = token.dep_ == "dobj" and any(
            c.dep_ in ("xcomp", "ccomp") and c.i > token.i for c in token.head.children
        )
        if token.lower_ in ("them", "it") and token.dep_ in ("dobj", "pobj") and not agent:
            antecedent = _antecedent_phrase(token, plural=token.lower_ == "them")
            if antecedent:
                out.extend(antecedent)
                continue
        out.append(token)
    return out


def _antecedent_phrase(pronoun: Token, *, plural: bool) -> list[Token]:
    """The thing "it" / "them" stands for: the last common noun of its number before it, in its sentence
    or else in the sentence before ("Qatar drafted a proposal. Egypt urged Hamas to accept it": the
    proposal). A noun for an actor is no antecedent of the act's object ("called on the army to accept
    it" accepts no army), nor is a name."""
    sent = pronoun.sent
    before = list(sent[: pronoun.i - sent.start])
    if sent.start > 0:
        before = list(pronoun.doc[sent.start - 1].sent) + before
    for token in reversed(before):
        if (
            token.pos_ == "NOUN"
            and (token.tag_ == "NNS") == plural
            and not token.ent_type_
            and token.dep_ != "compound"
            and token.lemma_.lower() not in lx.HOLDER_NOUNS
        ):
            return [
                t for t in token.subtree if t.i <= token.i and t.dep_ in ("amod", "compound", "nummod") or t == token
            ]
    return []


def _chained(cue: Cue, cues: dict[int, Cue]) -> Cue | None:
    """The cue of an xcomp/acl chain ("agreed to accept", "refused to cede", "refusal to accept")."""
    for child in cue.token.children:
        if child.dep_ in ("xcomp", "acl") and child.i in cues:
            return cues[child.i]
    return None
