"""The stance detector as a spaCy component (`stancegraph_stances_v1`).

It runs the cue patterns of graph/extract/cues/ over every sentence and stores stance candidates on
the Doc as plain data (`doc.user_data["stancegraph.stances"]`: dicts of token indices, labels and
flags), so they survive `nlp.pipe(n_process=N)`. Actors are resolved later, in the main process, by
graph/extract/stances.py. Configuration: `extra_cues` ({type: [lemmas]}, general words you add for your
domain) and `claims` (emit Claim stances for reported statements with no stronger type).

This module holds the component and what it does per sentence: which cues stand alone (not nested in
another's complement, not under "believe" or "if"); a cue's candidate is built by
graph/extract/cue_candidates.py, a reported statement's by graph/extract/statements.py.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from graph.extract import (
    absences,
    accusations,
    blame,
    collective_actions,
    conditions,
    criticism,
    discontent,
    refusals,
    sides,
    stated_positions,
    threat_conditions,
    threats,
    verdicts,
    vows,
)
from graph.extract import lexicon as lx
from graph.extract.agents import AGENT_NOUNS, agent_noun_candidates
from graph.extract.concessions import CONCESSION_STANCES, framing
from graph.extract.cue_candidates import cue_candidate
from graph.extract.cues import ACTOR_ENTS, Cue, complement_tokens, find_cues, lemma_of, reduced_relative
from graph.extract.cues.tokens import asked_directly, names_body
from graph.extract.cues.verbs import AIMING_VERBS, COERCING_VERBS, RECALLING_VERBS
from graph.extract.dates import relative_date_word
from graph.extract.deeds import DEED_VERBS, GIVING_UP
from graph.extract.denials import DISMISSING_VERBS
from graph.extract.modality import raised
from graph.extract.opinions import VOCABULARY as OPINION_WORDS
from graph.extract.opinions import opinion_candidates
from graph.extract.quoted_demands import quoted_demand
from graph.extract.reports import REPORT_VERBS, report_candidates
from graph.extract.statements import reported_statements, speech_verbs
from graph.extract.ultimatums import or_face

USER_DATA_KEY = "stancegraph.stances"
FACTORY = "stancegraph_stances_v1"


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
        | lx.RESISTING_VERBS
        | lx.SOFTENING_VERBS
        | set(lx.NOUNS)
        | set(lx.ADJECTIVES)
        | lx.SPEECH_VERBS
        | lx.NON_FACTIVE
        | lx.INTENT_COOPERATIVE
        | lx.INTENT_COERCIVE
        | {"commit", "give", "hop", "hoping", "hoped", "until", "dispute"}  # "disputed the findings"
        | GIVING_UP
        | threats.VOCABULARY
        | accusations.VOCABULARY
        | threat_conditions.VOCABULARY
        | criticism.VOCABULARY
        | blame.VOCABULARY
        | discontent.VOCABULARY
        | verdicts.VERDICT_VERBS
        | refusals.VOCABULARY
        | absences.VOCABULARY
        | conditions.VOCABULARY
        | lx.RECOGNIZING_VERBS
        | lx.REGRETTING_VERBS
        | lx.PERSISTING_VERBS
        | lx.PUSHING_VERBS
        | lx.PROPOSING_VERBS
        | lx.RAISING_VERBS
        | lx.BETTERING_VERBS
        | lx.CALLING_VERBS
        | DEED_VERBS
        | collective_actions.VOCABULARY
        | vows.KEEPING_VERBS
        | REPORT_VERBS
        | OPINION_WORDS
        | DISMISSING_VERBS
        | {"according", '"', "“", ":"}
        | lx.INSISTING_ADJECTIVES
        | AIMING_VERBS  # "is looking to raise"
        | RECALLING_VERBS  # "would recall its ambassador"
        | COERCING_VERBS  # "will not be intimidated"
        | sides.VOCABULARY  # "is against the reform"
        | set(AGENT_NOUNS)
        | stated_positions.POSITION_NOUNS
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
    # what is asked, offered, refused or denied is not said: "demanded that Washington publish the
    # documents", "denied saying that ..." report nothing of Washington's or of the speaker's
    unsaid = {
        c.i for cue in cues if cue.type in _UNREALISED and cue.token.pos_ == "VERB"
        for c in cue.token.children if c.dep_ in ("ccomp", "xcomp")
    }
    shielded = _non_factive_tokens(tokens)
    frame = framing(sent) if any(c.type in CONCESSION_STANCES for c in cues) else None
    dated: list[dict[str, Any]] = []  # the candidates the sentence's date word dates (read once, at the end)
    out: list[dict[str, Any]] = []
    speech_inner: set[int] = set()
    for speech in speech_verbs(tokens, by_token):
        for cand, inner in reported_statements(speech, by_token, claims=claims):
            speech_inner |= inner
            if cand is not None and speech.i not in shielded and speech.i not in unsaid:
                dated.append(cand)
                out.append(cand)
                if cand["type"] == "Demand" and or_face(speech):
                    dated.append(dict(cand, type="Threaten"))
                    out.append(dated[-1])  # "X must disarm or face destruction, Y said"
    for cue in cues:
        i = cue.token.i
        if i in speech_inner or (i in shielded and cue.family not in ("noun", "stipulation")):
            continue
        if _nested(cue, complements):
            continue
        if asked_directly(cue.token):
            continue  # "Will Russia accept the ceasefire?": a question takes no stance
        if threats.inverted_condition(cue.token) and any(c.dep_ == "ccomp" for c in cue.token.children):
            continue  # "Should Serbia recognise Kosovo, Russia would ...": a condition, stated as no fact
        cand = cue_candidate(cue, by_token, frame)
        if cand is not None:
            dated.append(cand)
            out.append(cand)
            if cand["type"] == "Agree" and lemma_of(cue.token) in lx.AGREEING_SUPPORT:
                dated.append(dict(cand, type="Support"))
                out.append(dated[-1])  # "backed the plan": agrees to it and backs it
            if cand["type"] == "Demand" and or_face(cue.token):
                dated.append(dict(cand, type="Threaten"))
                out.append(dated[-1])  # "told X to withdraw or face war": threatens too
    out.extend(agent_noun_candidates(tokens))  # "a consistent supporter of NATO" (graph/extract/agents.py)
    if claims:  # reports of speech and thought with no stronger type (graph/extract/reports.py)
        # a threat that needs a target and names none is dropped later: it states nothing the report hides
        stated = {c["cue"] for c in out if not (c.get("needs_target") and not _aimed(sent.doc, c["targets"]))}
        taken = stated | set(by_token) | speech_inner
        reports = [c for c in report_candidates(sent, tokens, taken, stated) if c["cue"] not in unsaid]
        # "According to X, Belgrade must recognise Kosovo": the recognition is what X asks, not Belgrade's
        asked = {c.pop("obliged_act") for c in reports if "obliged_act" in c}
        out = [c for c in out if c["cue"] not in asked]
        for cand in reports + opinion_candidates(tokens, taken, stated):
            dated.append(cand)
            out.append(cand)
    # '"Kampala must apologise."' after its speaker is named (graph/extract/quoted_demands.py): the
    # quotation's Demand, in place of the Claim the quotation alone would give
    quoted = [c for c in out if c["type"] == "Claim" and c["cue_text"] in _QUOTE_MARKS]
    if len(quoted) == len(out):
        demand = quoted_demand(sent, speech_inner)  # a cue of the root gave nothing ("must apologise")
        if demand is not None:
            out = [demand]
            dated = [demand]
    if dated:
        when = relative_date_word(sent)
        for cand in dated:
            cand["when"] = when
    return out


# entities that name a time or an amount, never whom a threat is aimed at ("will strike on Monday")
_NO_AIM_ENTS = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY".split())


def _aimed(doc: Doc, targets: list[list[int]]) -> bool:
    """Whether a target candidate can name an actor once actors are resolved: a name, a pronoun or a
    body, not a date or a number ("will cut 4,000 jobs on Monday" aims at no one)."""
    return any(doc[g[0]].ent_type_ not in _NO_AIM_ENTS and names_body(doc[g[0]]) for g in targets if g)


_QUOTE_MARKS = frozenset('"“”')
_RELATIVES = frozenset(("who", "which", "that"))
# the types whose complement is an act not (yet) done, or denied
_UNREALISED = frozenset(("Demand", "Offer", "Threaten", "Aim", "Reject", "Agree", "Deny"))


def _nested(cue: Cue, complements: dict[int, set[int]]) -> bool:
    """A cue inside another cue's complement is part of that position, not a stance of its own."""
    possessed = cue.family == "noun" and (
        any(c.dep_ == "poss" and c.pos_ != "PRON" for c in cue.token.children)
        or _named_asker(cue)  # "rejected US demands to ...", "calls from Washington to ...": theirs
        or conditions.stipulation(cue.token)  # "agreed to talks on condition that ...": a demand of its own
    ) or cue.family == "stipulation"  # "will sign only if X ...": likewise
    # "welcomed the tax cuts that the chancellor promised": a relative clause with a subject of its own
    own_clause = reduced_relative(cue.token) or (  # or "the reforms demanded by the IMF"
        cue.token.dep_ == "relcl"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVES for c in cue.token.children)
    )
    return not (possessed or own_clause) and any(
        cue.token.i in span for j, span in complements.items() if j != cue.token.i
    )


def _named_asker(cue: Cue) -> bool:
    """A demand noun that names who makes it by a name before it or a "from"/"by" phrase ("US demands to
    stop buying oil", "Russian demands for neutrality", "calls from Washington to allow more aid"): a
    stance of that actor's even inside what another rejects."""
    if cue.type != "Demand":
        return False
    return any(
        (c.dep_ in ("amod", "compound") and c.ent_type_ in ACTOR_ENTS)
        or (c.dep_ == "prep" and c.lower_ in ("from", "by") and any(
            p.dep_ == "pobj" and p.ent_type_ in ACTOR_ENTS for p in c.children))
        for c in cue.token.children
    )


def _raising_adjective(token: Token) -> bool:
    """ "Russia is unlikely to accept": an adjective of likelihood whose subject is an actor's, not "it"."""
    return (
        token.lower_ in lx.RAISING_ADJECTIVES
        and token.dep_ == "acomp"
        and any(c.dep_ == "xcomp" for c in token.children)
        and any(c.dep_ == "nsubj" and c.lower_ not in ("it", "there", "this") for c in token.head.children)
    )


def _to_come(verb: Token) -> bool:
    """A verb with a modal of the future or of possibility: what it waits for has not happened."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _non_factive_tokens(tokens: list[Token]) -> set[int]:
    """Tokens inside the complement of "believe", "fear", "possibility", "if" ...: not stated as fact."""
    out: set[int] = set()
    for token in tokens:
        if token.lower_ == "until" and token.dep_ == "mark" and _to_come(token.head.head):
            out.update(t.i for t in token.head.subtree)  # "will not halt the strikes until the hostages are freed"
            continue
        if token.lower_ in lx.NON_FACTIVE or lemma_of(token) in lx.NON_FACTIVE:
            if raised(token) or _raising_adjective(token):
                continue  # "X is believed to have rejected ...", "X is unlikely to accept": X's, hedged
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
