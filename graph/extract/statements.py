"""Reported statements: what a speech verb's clause states beyond the cues inside it.

"X said Y must ..." is X's demand of Y, "X said Y had violated ..." an accusation, "X said the reports
were false" a denial, "X said lifting the sanctions is out of the question" a rejection; otherwise a
plain Claim (when the detector emits them).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from graph.extract import conditions, obligations, refusals, verdicts
from graph.extract import lexicon as lx
from graph.extract.accusations import alleged_wrong, doers, means_tokens, violating_act
from graph.extract.attribution import source_groups
from graph.extract.costs import owned_by_speaker
from graph.extract.cue_candidates import base_candidate
from graph.extract.cues import (
    ACTOR_ENTS,
    Cue,
    actor_like,
    lemma_of,
)
from graph.extract.cues.tokens import names_body, names_holder, unanswered
from graph.extract.denials import disowned_act, false_report, report_content
from graph.extract.denied_charges import before_charge
from graph.extract.findings import FINDING_VERBS, as_finding_of_fault
from graph.extract.modality import insisted_clause, is_negated, made_plain, modality_of, under_speech
from graph.extract.nominal import rejecting_verdict
from graph.extract.participants import speaker_groups, unnamed_agent
from graph.extract.positions import position_of, span_tokens
from graph.extract.stated_positions import colon_clauses
from graph.extract.targets import condition_doers

_SELF = frozenset({"it", "we", "i"})  # a speaker's own subject: "X said it had ..."
_THIRD_PERSON = frozenset({"it", "they", "he", "she"})  # "told Y it / he must ...": the one told
# harm to those a wrongdoer targets: "had not targeted civilians"
_HARMED = frozenset("civilian protester journalist hospital school child".split())


def _own_wrong_denied(clause: Token, subjects: list[Token]) -> bool:
    """ "(insisted) it had not targeted civilians", "(said) she had not lied", "(maintained) he had done
    nothing wrong": the speaker (a pronoun for it) says it did no wrong, which denies the charge."""
    # the speaker itself, or its own ranks or bodies ("said its forces had not targeted civilians")
    own = all(s.lower_ in _SELF | {"he", "she", "they"} or owned_by_speaker(s) for s in subjects)
    if not own or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False  # "said it would not ...": an intent, no deed denied
    wrong = any(c.dep_ in ("dobj", "advmod") and c.lower_ in ("nothing", "anything") for c in clause.children) and any(
        w.lower_ == "wrong" for w in clause.subtree
    )
    harmed = any(c.dep_ == "dobj" and c.lemma_.lower() in _HARMED for c in clause.children)
    return wrong or (is_negated(clause) and (alleged_wrong(clause) or harmed))


def speech_verbs(tokens: list[Token], cues: dict[int, Cue]) -> list[Token]:
    """The speech verbs among `tokens` that are no cue themselves and take a clause."""
    return [
        t
        for t in tokens
        if (
            t.pos_ == "VERB"
            and (lemma_of(t) in lx.SPEECH_VERBS or lemma_of(t) in lx.RULING_VERBS or made_plain(t) is not None)
            and t.i not in cues
            and any(c.dep_ == "ccomp" for c in t.children)
        )
    ] + [  # "was adamant that ...": the copula of the adjective speaks
        t.head for t in tokens if t.lower_ in lx.INSISTING_ADJECTIVES and t.head.i not in cues
        and insisted_clause(t.head) is not None
    ]


def reported_clause(speech: Token) -> Token:
    """The clause a speech verb reports: "(said) the rebels must disarm", "(made it clear) that Washington
    should stop ..."."""
    return made_plain(speech) or insisted_clause(speech) or next(c for c in speech.children if c.dep_ == "ccomp")


def coordinated_clauses(clause: Token, cues: dict[int, Cue]) -> list[Token]:
    """The clauses coordinated with a reported one that have a subject of their own and no cue: "(said
    the rebels must disarm) and that their leaders must face trial", "(..., and) Moscow must pay"."""
    return [
        c for c in clause.children
        if c.dep_ == "conj" and c.i not in cues and c.pos_ in ("VERB", "AUX")
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
    ]


def speech_candidate(
    speech: Token, cues: dict[int, Cue], *, claims: bool, clause: Token | None = None,
    apart: tuple[Token, ...] = (),
) -> tuple[dict[str, Any] | None, set[int]]:
    """What a reported statement says beyond its inner cues: a demand ("X said Y must ..."), an
    accusation ("X said Y had violated ..."), or a plain Claim. Returns the candidate and the inner cue
    tokens it replaces. `clause` is the reported clause or one coordinated with it; `apart` are the
    coordinated clauses read as statements of their own, no part of this one."""
    clause = reported_clause(speech) if clause is None else clause
    if unanswered(speech, clause):
        return None, set()  # "refused to say whether the talks had failed": a question, nothing stated
    if refusals.asks_anonymity(speech):
        return None, set()  # "(who) asked not to be named": a source's terms, nothing stated
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    cue_branches = [c for c in clause.children if c.dep_ == "conj" and c.i in cues] + list(apart)
    inner = {
        t.i for t in span_tokens(clause, exclude=cue_branches) if t.i in cues and _stance_bearing(cues[t.i])
    }
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    predicate = span_tokens(
        clause, exclude=[*subjects, *cue_branches, *[c for c in clause.children if c.dep_ in ("mark", "aux")]]
    )
    kind, family = None, "speech"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    perpetrators = _perpetrators(clause) if passive and not inner else []
    required = obligations.required_clause(clause, addressed=bool(_addressees(speech)))
    if any(cues[i].family == "noun" and colon_clauses(cues[i].token) for i in inner):
        return None, set()  # "said Seoul's position had not changed: the North must ...": the position demands
    if modals & lx.OBLIGATION_MODALS and subjects and not obligations.inferred(clause):
        kind, replaced = "Demand", inner
        if passive:  # "said the sanctions must be lifted": what is to be done to whom is the position
            predicate = span_tokens(
                clause, exclude=[*cue_branches, *[c for c in clause.children if c.dep_ in ("mark", "aux")]]
            )
            # "said the detained journalists must be freed": those it is done to are not asked to act,
            # unless named ("said Russia must be held accountable" is aimed at Russia)
            subjects = [s for s in subjects if s.pos_ == "PROPN" or s.ent_type_ in ACTOR_ENTS]
    elif not inner and (existence := obligations.required_existence(clause)) is not None:
        # "said there must be an immediate ceasefire": the ceasefire is demanded, of no one named
        kind, replaced, subjects = "Demand", set(), []
        predicate = list(existence.subtree)  # the label drops "an" and keeps "no" ("no impunity")
    elif required is not None:
        # "said it was essential that Russia cease ...", "said that Seoul cease the drills"
        kind, replaced, subjects = "Demand", inner, obligations.subjects_of(required)
        markers = [c for c in required.children if c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ == "to")]
        predicate = span_tokens(required, exclude=[*subjects, *markers])  # not "to the table", a phrase
    elif (condition := conditions.stated_condition(clause)) is not None:
        # "said a pay rise was a precondition for ending the strike": the speaker demands the pay rise; a
        # cue in what it is a condition for ("for approving the bid") is no stance taken yet
        kind, replaced = "Demand", inner  # "was conditional on X doing": X must
        subjects = [condition.doc[i] for group in condition_doers(condition) for i in group] or (
            conditions.benefit_owners(clause) if conditions.subjectless_gerund(condition) else []
        )  # "Serbia's accession is conditional on normalising relations": Serbia must
        predicate = list(condition.subtree) + conditions.gerund_after(condition)
    elif not inner and subjects and _own_wrong_denied(clause, subjects):
        # "the army insisted it had not targeted civilians", "said he had done nothing wrong": a charge denied
        predicate = span_tokens(  # the charge denied, without the denial's "not"
            clause, exclude=[*subjects, *[c for c in clause.children if c.dep_ in ("mark", "aux", "neg")]]
        )
        kind, replaced, subjects = "Deny", set(), []  # the speaker's own denial, aimed at no one named
    elif (
        not inner - means_tokens(clause)  # "breached it by refusing ...": the refusal is how
        and subjects
        and alleged_wrong(clause)
        and not passive
        and not any(s.lower_ in _SELF for s in subjects)  # "said it had killed fifty militants": its own act
        and (wrongdoers := _wrongdoers(subjects))  # not "said the storm had struck the coast"
        and not _eyewitnessed(speech)  # "Israeli tanks shelled the town, witnesses said": a report, no charge
    ):
        kind, replaced, subjects = "Accuse", set(), wrongdoers
    elif not inner and (talks := refusals.talks_ruled_out(clause)) is not None:
        # "there will be no negotiations with the kidnappers, the government said": talks refused
        kind, replaced, subjects = "Reject", set(), refusals.refused_partners(talks)
        predicate = [t for t in talks.subtree if not (t.dep_ == "det" and t.head.i == talks.i)]
    elif _ruled_out(clause) and inner <= _subject_tokens(clause):
        # "said that lifting the sanctions is out of the question": the speaker rejects the subject, also
        # when it is another's stance ("said Russia's demands were unacceptable": Russia's Demand stands)
        kind, replaced = "Reject", set()
        predicate = [
            t for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for t in c.subtree
        ]
        subjects = []
    elif (excluded := _out_of_question(clause)) is not None:
        # "said there was no question of granting an amnesty": the speaker rules the act out
        kind, replaced, subjects = "Reject", inner, []
        predicate = list(excluded.subtree)
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
    elif not inner and (verdict := verdicts.stated_verdict(clause)) is not None:
        # "said the move was a violation of international law", "said the election was rigged", "said the
        # plan was unfair": an accusation even when no doer is named (a verdict, not an event report)
        kind, subject, subjects = verdict
        replaced, family = set(), "verdict"
        predicate = (
            list(subject.subtree)
            if kind == "Oppose"
            else span_tokens(clause, exclude=[c for c in clause.children if c.dep_ == "mark"])
        )
    elif not inner and claims:
        kind, replaced = "Claim", set()
        predicate = span_tokens(clause, exclude=[c for c in clause.children if c.dep_ == "mark"])
    if kind is None:
        return None, set()
    if kind == "Demand":
        subjects = _addressee_for_pronoun(speech, subjects)  # "told Kyiv it must hold elections": Kyiv
    denials = [c.token for c in cues.values() if c.family == "denied-charge" and c.token in clause.subtree]
    predicate = before_charge(predicate, denials)  # "said Hamas had stolen the aid, a claim the group rejected"
    position = position_of(predicate)
    cand = base_candidate(speech, kind, family)
    cand.update(
        holders=speaker_groups(speech),
        targets=[[s.i] for s in subjects] if kind != "Claim" else [],
        positions=[position] if position else [],
        polarity="negative" if is_negated(speech) else "positive",
        modality=modality_of(speech, reported_speech=under_speech(speech)),
        sources=source_groups(speech),
    )
    if kind == "Claim":
        as_finding_of_fault(cand, speech, clause)  # "concluded that the police had misled parliament"
    elif kind == "Accuse" and lemma_of(speech) in FINDING_VERBS:
        cand["any_noun"] = True  # a finding's author may be a record or a body of inquiry, as above
    return cand, replaced


def _addressee_for_pronoun(speech: Token, subjects: list[Token]) -> list[Token]:
    """Who "X told Y (that) it / they must ..." obliges: the one told, Y, whom the pronoun names (a
    speaker who obliges itself makes no demand of anyone)."""
    addressees = _addressees(speech)
    if addressees and subjects and all(s.lower_ in _THIRD_PERSON for s in subjects):
        return addressees
    return subjects


def _addressees(speech: Token) -> list[Token]:
    """Whom a speech verb is addressed to, when it names an actor: "told Kyiv", "told the rebels"."""
    return [
        c for c in speech.children if c.dep_ in ("dobj", "dative") and names_body(c)
    ]


# people who tell what they saw or heard, and take no side in saying it: "witnesses said", "residents said"
_EYEWITNESSES = frozenset("witness eyewitness resident correspondent reporter journalist medic source".split())


def _eyewitnessed(speech: Token) -> bool:
    """Whether the speakers are witnesses of what they report ("..., witnesses / residents said"), whose
    account of an attack is a report of it, no accusation (PLOVER codes the attack, not a charge)."""
    speakers = [speech.doc[i] for group in speaker_groups(speech) for i in group]
    return bool(speakers) and all(lemma_of(s) in _EYEWITNESSES and not s.ent_type_ for s in speakers)


def _wrongdoers(subjects: list[Token]) -> list[Token]:
    """Who a clause of wrongdoing accuses: its subject when it names an actor, else the doer of the thing
    that is its subject ("said the U.S. measures violated WTO rules", "said Indian drones had struck a
    mosque"); [] when neither names anyone ("the storm had struck the coast")."""
    return [d for s in subjects for d in ([s] if names_holder(s) or s.pos_ == "PRON" else doers(s))]


def _subject_tokens(clause: Token) -> set[int]:
    return {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for t in c.subtree}


def _out_of_question(clause: Token) -> Token | None:
    """The act of "(said) there was / is no question of granting an amnesty": an existential "no question of
    X", which rules X out (the gerund or noun "of" takes); None for any other clause."""
    if lemma_of(clause) != "be" or not any(c.dep_ == "expl" and c.lower_ == "there" for c in clause.children):
        return None
    for attr in clause.children:
        if attr.dep_ == "attr" and lemma_of(attr) == "question" and any(
            d.dep_ == "det" and d.lower_ == "no" for d in attr.children
        ):
            for prep in attr.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    return next((p for p in prep.children if p.dep_ in ("pcomp", "pobj")), None)
    return None


def _ruled_out(clause: Token) -> bool:
    """ "X is out of the question", "X is off the table": a copular clause that rules its subject out."""
    if lemma_of(clause) != "be":
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if any(  # "said the demands were unacceptable / a non-starter / unrealistic"
        (c.dep_ == "acomp" and rejecting_verdict(subject, c) and not is_negated(c))
        or (c.dep_ == "attr" and (c.lower_ in lx.REJECTING_NOUNS or rejecting_verdict(subject, c)))
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
    """Whether a cue inside a statement states a stance ("agreements" as a plain noun does not, nor does
    "(said) she was asked to ...", a passive whose doer is unnamed: what is said is then a Claim)."""
    if cue.family == "noun":
        return any(c.dep_ == "poss" for c in cue.token.children)
    return not (cue.token.dep_ == "ccomp" and unnamed_agent(cue.token))


def reported_statements(
    speech: Token, cues: dict[int, Cue], *, claims: bool
) -> list[tuple[dict[str, Any] | None, set[int]]]:
    """The candidates of what a speech verb reports, with the inner cue tokens each replaces: one for its
    clause, and one for each coordinated clause that states more than a claim ("said the rebels must
    disarm and that their leaders must face trial": two demands, of the rebels and of their leaders). A
    coordinated claim stays part of the first statement's position."""
    clause = reported_clause(speech)
    apart: list[tuple[Token, tuple[dict[str, Any] | None, set[int]]]] = []
    for other in coordinated_clauses(clause, cues):
        found = speech_candidate(speech, cues, claims=False, clause=other)
        if found[0] is not None:
            apart.append((other, found))
    first = speech_candidate(speech, cues, claims=claims, clause=clause, apart=tuple(c for c, _ in apart))
    return [first, *(found for _, found in apart)]
