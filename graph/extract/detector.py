"""The stance detector as a spaCy component (`stancegraph_stances_v1`).

It runs the cue patterns of graph/extract/cues/ over every sentence and stores stance candidates on
the Doc as plain data (`doc.user_data["stancegraph.stances"]`: dicts of token indices, labels and
flags), so they survive `nlp.pipe(n_process=N)`. Actors are resolved later, in the main process, by
graph/extract/stances.py. Configuration: `extra_cues` ({type: [lemmas]}, general words you add for your
domain) and `claims` (emit Claim stances for reported statements with no stronger type).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from graph.extract import conditions, obligations, threats
from graph.extract import lexicon as lx
from graph.extract.accusations import alleged_wrong, doers, means_tokens, violating_act
from graph.extract.agents import AGENT_NOUNS, agent_noun_candidates
from graph.extract.attribution import source_groups
from graph.extract.complements import extend_positions
from graph.extract.concessions import CONCESSION_STANCES, concession_types, framing
from graph.extract.cues import (
    Cue,
    actor_like,
    complement_tokens,
    conditional,
    find_cues,
    lemma_of,
    position_spans,
)
from graph.extract.dates import relative_date_word
from graph.extract.deeds import DEED_VERBS
from graph.extract.denials import DISMISSING_VERBS, disowned_act, false_report, report_content
from graph.extract.modality import is_negated, modality_of, raised, under_speech
from graph.extract.nominal import yields_to_demand
from graph.extract.participants import holder_groups, speaker_groups, target_groups
from graph.extract.positions import position_of, span_tokens
from graph.extract.reciprocal import extend_candidate
from graph.extract.reports import REPORT_VERBS, report_candidates
from ontology.namespace import OPPOSITE

USER_DATA_KEY = "stancegraph.stances"
FACTORY = "stancegraph_stances_v1"
_SELF = frozenset({"it", "we", "i"})  # a speaker's own subject: "X said it had ..."
_REFUSING = frozenset({"Reject"})


@Language.factory(FACTORY, default_config={"extra_cues": {}, "claims": True})
def make_stance_detector(
    nlp: Language, name: str, extra_cues: dict[str, list[str]], claims: bool
) -> StanceDetector:
    """Build the component; `extra_cues` adds verb lemmas per stance type to the general lexicon."""
    return StanceDetector(extra_cues=extra_cues, claims=claims)


class StanceDetector:
    """Finds stance candidates in each sentence and stores them on the Doc."""

    def __init__(self, *, extra_cues: dict[str, list[str]] | None = None, claims: bool = True) -> None:
        self.extra = {word.lower(): kind for kind, words in (extra_cues or {}).items() for word in words}
        self.claims = claims
        strings = StringStore()  # hashes as `Doc.to_array` gives them for LEMMA and LOWER
        self.words = {int(strings.add(w)) for w in _vocabulary() | set(self.extra)}

    def __call__(self, doc: Doc) -> Doc:
        # only tokens whose lemma or lowercase form is in a lexicon are looked at (one array pass)
        rows = doc.to_array([LEMMA, LOWER])
        hits = [
            i for i, (lemma, lower) in enumerate(rows.tolist()) if lemma in self.words or lower in self.words
        ]
        candidates: list[dict[str, Any]] = []
        at = 0
        for sent in doc.sents:
            tokens = []
            while at < len(hits) and hits[at] < sent.end:
                tokens.append(doc[hits[at]])
                at += 1
            if tokens:
                candidates.extend(sentence_candidates(sent, tokens, claims=self.claims, extra=self.extra))
        doc.user_data[USER_DATA_KEY] = candidates
        return doc


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word a cue, a speech verb or a non-factive word can start from."""
    return frozenset(
        set(lx.VERBS)
        | {v for v, _ in lx.PHRASAL}
        | {v for v, _ in lx.OBJECT_PHRASES}
        | lx.RELAXING_VERBS
        | set(lx.NOUNS)
        | set(lx.ADJECTIVES)
        | lx.SPEECH_VERBS
        | lx.NON_FACTIVE
        | lx.INTENT_COOPERATIVE
        | lx.INTENT_COERCIVE
        | {"commit", "give", "hop", "hoping", "hoped"}
        | threats.VOCABULARY
        | conditions.VOCABULARY
        | lx.RECOGNIZING_VERBS
        | lx.PUSHING_VERBS
        | lx.RAISING_VERBS
        | lx.CALLING_VERBS
        | DEED_VERBS
        | REPORT_VERBS
        | DISMISSING_VERBS
        | {"according", '"', "“", ":"}
        | set(AGENT_NOUNS)
    )


def sentence_candidates(
    sent: Span, tokens: list[Token] | None = None, *, claims: bool = True, extra: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """Stance candidates of one sentence, looking only at `tokens` (default: all) as cue starts."""
    tokens = list(sent) if tokens is None else tokens
    cues = find_cues(tokens, extra=extra)
    if not cues and not claims:
        return []
    by_token = {cue.token.i: cue for cue in cues}
    complements = {cue.token.i: complement_tokens(cue) for cue in cues}
    shielded = _non_factive_tokens(tokens)
    frame = framing(sent) if any(c.type in CONCESSION_STANCES for c in cues) else None
    when = relative_date_word(sent)
    out: list[dict[str, Any]] = []
    speech_inner: set[int] = set()
    for speech in _speech_verbs(tokens, by_token):
        cand, inner = _speech_candidate(speech, by_token, claims=claims)
        speech_inner |= inner
        if cand is not None and speech.i not in shielded:
            cand["when"] = when
            out.append(cand)
    for cue in cues:
        i = cue.token.i
        if i in speech_inner or (i in shielded and cue.family not in ("noun", "stipulation")):
            continue
        if _nested(cue, complements):
            continue
        cand = _candidate(cue, by_token, frame)
        if cand is not None:
            cand["when"] = when
            out.append(cand)
            if cand["type"] == "Agree" and lemma_of(cue.token) in lx.AGREEING_SUPPORT:
                out.append(dict(cand, type="Support"))  # "backed the plan": agrees to it and backs it
    out.extend(agent_noun_candidates(tokens))  # "a consistent supporter of NATO" (graph/extract/agents.py)
    if claims:  # reports of speech and thought with no stronger type (graph/extract/reports.py)
        taken = {c["cue"] for c in out} | set(by_token) | speech_inner
        for cand in report_candidates(sent, tokens, taken):
            cand["when"] = when
            out.append(cand)
    return out


def _nested(cue: Cue, complements: dict[int, set[int]]) -> bool:
    """A cue inside another cue's complement is part of that position, not a stance of its own."""
    possessed = cue.family == "noun" and (
        any(c.dep_ == "poss" and c.pos_ != "PRON" for c in cue.token.children)
        or conditions.stipulation(cue.token)  # "agreed to talks on condition that ...": a demand of its own
    ) or cue.family == "stipulation"  # "will sign only if X ...": likewise
    return not possessed and any(cue.token.i in span for j, span in complements.items() if j != cue.token.i)


def _non_factive_tokens(tokens: list[Token]) -> set[int]:
    """Tokens inside the complement of "believe", "fear", "possibility", "if" ...: not stated as fact."""
    out: set[int] = set()
    for token in tokens:
        if token.lower_ in lx.NON_FACTIVE or lemma_of(token) in lx.NON_FACTIVE:
            if raised(token):
                continue  # "X is believed to have rejected ...": X's stance, hedged (modality.raised)
            if token.dep_ == "mark":
                out.update(t.i for t in token.head.subtree)
                continue
            children = list(token.children)
            if token.pos_ == "ADJ" and token.dep_ == "acomp":  # "it was impossible to accept ...": the
                children += [c for c in token.head.children if c.i > token.i]  # copula holds the clause
            for child in children:
                if child.dep_ in ("ccomp", "acl", "xcomp", "prep", "relcl") or (
                    token.pos_ == "ADJ" and child.dep_ == "advcl"
                ):
                    out.update(t.i for t in child.subtree)
    return out


def _speech_verbs(tokens: list[Token], cues: dict[int, Cue]) -> list[Token]:
    return [
        t
        for t in tokens
        if t.pos_ == "VERB"
        and lemma_of(t) in lx.SPEECH_VERBS
        and t.i not in cues
        and any(c.dep_ == "ccomp" for c in t.children)
    ]


def _speech_candidate(
    speech: Token, cues: dict[int, Cue], *, claims: bool
) -> tuple[dict[str, Any] | None, set[int]]:
    """What a reported statement says beyond its inner cues: a demand ("X said Y must ..."), an
    accusation ("X said Y had violated ..."), or a plain Claim. Returns the candidate and the inner cue
    tokens it replaces."""
    clause = next(c for c in speech.children if c.dep_ == "ccomp")
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    cue_branches = [c for c in clause.children if c.dep_ == "conj" and c.i in cues]
    inner = {
        t.i for t in span_tokens(clause, exclude=cue_branches) if t.i in cues and _stance_bearing(cues[t.i])
    }
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    predicate = span_tokens(
        clause, exclude=[*subjects, *cue_branches, *[c for c in clause.children if c.dep_ in ("mark", "aux")]]
    )
    kind = None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    perpetrators = _perpetrators(clause) if passive and not inner else []
    required = obligations.required_clause(clause)
    if modals & lx.OBLIGATION_MODALS and subjects:
        kind, replaced = "Demand", inner
    elif required is not None:
        # "said it was essential that Russia cease ...", "said that Seoul cease the drills"
        kind, replaced, subjects = "Demand", inner, obligations.subjects_of(required)
        predicate = span_tokens(
            required, exclude=[*subjects, *[c for c in required.children if c.dep_ == "mark" or c.lower_ == "to"]]
        )
    elif not inner and (condition := conditions.stated_condition(clause)) is not None:
        # "said a pay rise was a precondition for ending the strike": the speaker demands the pay rise
        kind, replaced, subjects = "Demand", set(), []
        predicate = list(condition.subtree)
    elif (
        not inner - means_tokens(clause)  # "breached it by refusing ...": the refusal is how
        and subjects
        and alleged_wrong(clause)
        and not passive
        and not any(s.lower_ in _SELF for s in subjects)  # "said it had killed fifty militants": its own act
    ):
        kind, replaced = "Accuse", set()
    elif not inner and _ruled_out(clause):
        # "said that lifting the sanctions is out of the question": the speaker rejects the subject
        kind, replaced = "Reject", set()
        predicate = [
            t for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for t in c.subtree
        ]
        subjects = []
    elif perpetrators and lemma_of(clause) in lx.WRONGDOING_VERBS | lx.LAUNCH_VERBS:
        kind, replaced, subjects = "Accuse", set(), perpetrators  # "said civilians were killed by X"
    elif not inner and (act := violating_act(clause)) is not None and doers(act):
        # "said Ukraine's drone attack was a violation of the truce": the doer is accused
        kind, replaced, subjects = "Accuse", set(), doers(act)
        predicate = span_tokens(clause, exclude=[c for c in clause.children if c.dep_ == "mark"])
    elif (report := false_report(clause)) is not None:
        # "said reports that the minister would resign were false": the speaker denies them, and what the
        # reports say ("claims it backs the rebels") is no stance of anyone
        kind, replaced, subjects = "Deny", inner, []
        predicate = report_content(report)
    elif not inner and disowned_act(clause) is not None:
        # "said it had nothing to do with the explosions": the speaker denies a part in them
        kind, replaced, subjects = "Deny", set(), []
        predicate = list(disowned_act(clause).subtree)  # type: ignore[union-attr]
    elif not inner and claims:
        kind, replaced = "Claim", set()
        predicate = span_tokens(clause, exclude=[c for c in clause.children if c.dep_ == "mark"])
    if kind is None:
        return None, set()
    position = position_of(predicate)
    cand = _base(speech, kind, "speech")
    cand.update(
        holders=speaker_groups(speech),
        targets=[[s.i] for s in subjects] if kind != "Claim" else [],
        positions=[position] if position else [],
        polarity="negative" if is_negated(speech) else "positive",
        modality=modality_of(speech, reported_speech=under_speech(speech)),
        sources=source_groups(speech),
    )
    return cand, replaced


def _ruled_out(clause: Token) -> bool:
    """ "X is out of the question", "X is off the table": a copular clause that rules its subject out."""
    if lemma_of(clause) != "be":
        return False
    if any(  # "said the demands were unacceptable / a non-starter"
        (c.dep_ == "acomp" and c.lower_ in lx.REJECTING_ADJECTIVES and not is_negated(c))
        or (c.dep_ == "attr" and c.lower_ in lx.REJECTING_NOUNS)
        for c in clause.children
    ):
        return True
    for prep in clause.children:
        if prep.dep_ != "prep":
            continue
        words = [t.lower_ for t in prep.subtree]
        if (
            words[:2] == ["out", "of"]
            and words[-1] == "question"
            or words[:1] == ["off"]
            and words[-1] == "table"
        ):
            return True
    return False


def _perpetrators(clause: Token) -> list[Token]:
    """Who a passive report of wrongdoing names as its agent: "were killed by X", "were killed in a raid
    by X" (the agent of the act's noun). Only actor-like agents count ("by gunfire" names no one)."""
    # "a rocket was fired (at the post) from X": fired by whoever holds X
    agents = {"by", "from"} if lemma_of(clause) in lx.LAUNCH_VERBS else {"by"}
    bys = [
        c for c in clause.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in agents - {"by"})
    ]
    for prep in clause.children:
        if prep.dep_ == "prep":
            for noun in prep.children:
                bys.extend(c for c in noun.children if c.dep_ == "prep" and c.lower_ in agents)
    return [
        p
        for by in bys
        for p in by.children
        if p.dep_ == "pobj" and (actor_like(p) or lemma_of(p) in lx.ACTOR_NOUNS or p.ent_type_ == "GPE")
    ]


def _stance_bearing(cue: Cue) -> bool:
    """Whether a cue inside a statement states a stance ("agreements" as a plain noun does not)."""
    return cue.family != "noun" or any(c.dep_ == "poss" for c in cue.token.children)


def _base(token: Token, kind: str, family: str) -> dict[str, Any]:
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


def _candidate(cue: Cue, cues: dict[int, Cue], frame: dict[str, Any] | None) -> dict[str, Any] | None:
    kind = cue.type
    # "will not hesitate to use force": the negation belongs to the construction, the threat is stated
    negative = is_negated(cue.token) and not (kind == "Threaten" and lemma_of(cue.token) == "hesitate")
    spans = position_spans(cue)
    inner = _chained(cue, cues)
    if inner is not None and kind != "Threaten":  # "threatened to veto X": the act is what is threatened
        spans = position_spans(inner) or spans
        if kind in _REFUSING and inner.type == "Concede":
            kind, negative = "Concede", True  # "refused to cede ground": no concession
    if negative and kind == "Concede" and yields_to_demand(cue.token):
        kind, negative = "Reject", False  # "would not give in to demands for X": the demands are rejected
    if negative and kind in OPPOSITE:
        kind, negative = OPPOSITE[kind], False
    if negative and cue.family == "intent":
        kind, negative = "Reject", False
    menaced = _menaced(cue, cues) if kind == "Aim" and not negative else []
    if menaced:
        kind = "Threaten"  # "wants to attack X": a stated aim of force against X threatens X
    sources = source_groups(cue.token)
    cand = _base(cue.token, kind, cue.family)
    positions: list[dict[str, Any]] = []
    for span in spans:
        position = position_of(with_antecedents(span))
        if position is None:
            continue
        if kind in CONCESSION_STANCES:
            position["types"] = concession_types(cue.token, span, framed=False)
        positions.append(position)
    cand.update(
        holders=holder_groups(cue),
        targets=[[t.i] for t in menaced]
        or target_groups(cue) + (threats.threat_targets(cue.token) if kind == "Threaten" else []),
        positions=positions,
        polarity="negative" if negative else "positive",
        modality=modality_of(cue.token, reported_speech=bool(sources) or under_speech(cue.token)),
        sources=sources,
    )
    extend_candidate(cand, cue)  # passive targets, "each other", agreement partners
    extend_positions(cand, cue)  # quotations before the verb, a noun's infinitive or modifier
    if kind == "Threaten" and lemma_of(cue.token) in lx.WARNING_VERBS:
        # "warned that Washington would ...": a threat only if the one acting speaks for the holder
        # (checked once actors are resolved, graph/extract/stances.py)
        cand["own_act"] = [
            [s.i]
            for c in cue.token.children
            if c.dep_ == "ccomp" and not threats.suffers_cost(c)  # "warned that the US would pay a price"
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"
        ]
    if cue.family == "intent" and kind == "Threaten" and not conditional(cue.token) and not threats.forceful(cue.token):
        # "will cut 4,000 jobs" announces a plan; a threat without a condition must name whom it hits
        cand["targets"] = [
            [t.i] for t in cue.token.subtree if t.pos_ in ("PROPN", "NOUN") and t.i != cue.token.i
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
        if token.lower_ in ("them", "it") and token.dep_ in ("dobj", "pobj"):
            antecedent = _antecedent_phrase(token, plural=token.lower_ == "them")
            if antecedent:
                out.extend(antecedent)
                continue
        out.append(token)
    return out


def _antecedent_phrase(pronoun: Token, *, plural: bool) -> list[Token]:
    sent = pronoun.sent
    for token in reversed(sent[: pronoun.i - sent.start]):
        if (
            token.pos_ == "NOUN"
            and (token.tag_ == "NNS") == plural
            and not token.ent_type_
            and token.dep_ != "compound"
        ):
            return [
                t for t in token.subtree if t.i <= token.i and t.dep_ in ("amod", "compound") or t is token
            ]
    return []


def _chained(cue: Cue, cues: dict[int, Cue]) -> Cue | None:
    """The cue of an xcomp/acl chain ("agreed to accept", "refused to cede", "refusal to accept")."""
    for child in cue.token.children:
        if child.dep_ in ("xcomp", "acl") and child.i in cues:
            return cues[child.i]
    return None
