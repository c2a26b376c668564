"""Who said or thought what: Claim stances for reports that carry no stronger stance cue.

The detector (graph/extract/statements.py) types a reported statement when its complement says a demand,
an accusation or a denial; here every other report of speech or thought becomes a Claim of its source,
so "who said what" is in the graph even when what was said is not a stance of its own:

- "according to X, ..." is X's Claim (the stance inside it stays its holder's, attributed to X);
- a speech, writing or thought verb with a subject ("X told reporters", "X tweeted", "X believes that
  ...", "X called him a liar"), also when the statement holds someone else's stance ("X said Y had
  refused ...": X claims it, Y refuses), but not when the speaker is the inner holder ("X said it would
  refuse ...": one stance, X's refusal);
- a transcript line or headline that opens with a name and a colon ("PENCE: Well, ...") is the
  named speaker's Claim;
- a quotation sentence with no reporting verb continues the speaker of the sentence before it, who may
  be introduced by a verb of addressing ("X spoke to reporters. 'We will not ...'").
A Claim is a stance only with a holder; noun subjects of a report verb that name no actor ("sources
said", "cast members said") become Group actors.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from graph.extract import lexicon as lx
from graph.extract.attribution import according_groups, quotation_speaker, quoted_speaker, quoting_frame, source_groups
from graph.extract.costs import own_ranks, warned_cost
from graph.extract.cues import actor_like
from graph.extract.cues.tokens import names_body, unanswered
from graph.extract.denied_charges import before_charge, charge_noun
from graph.extract.findings import as_finding_of_fault, found_at_fault
from graph.extract.modality import is_negated, modality_of, under_speech
from graph.extract.obligations import modal_obligation, required_clause, subjects_of
from graph.extract.participants import speaker_groups
from graph.extract.positions import position_of, span_tokens
from graph.extract.refusals import asks_anonymity

# verbs of speaking or writing that report a statement whatever follows them ("X tweeted", "X asked"),
# beside the speech verbs of graph/extract/lexicon/ ("say", "tell", "write" ...)
COMMUNICATION_VERBS = frozenset(
    "tweet retweet post testify comment remark mention cite quote recount recall boast brag joke lament "
    "tout describe characterize characterise blog ask question liken express invoke "
    "highlight downplay detail reference echo caution emphasize emphasise underscore "
    "discuss promote advocate preach repeat disclose publish shout chant chronicle document".split()
)
# verbs of thought, finding, judging or answering: a report only with a clause or a verdict ("X believes
# that ...", "replied that ...", "the court ruled that ...", "voters see the deal as a betrayal"; "will
# respond to any attack", "saw the city" report nothing)
THOUGHT_VERBS = frozenset(
    "believe think expect know feel doubt suspect assume estimate find show decide realize realise "
    "recognize recognise understand predict hope fear worry reply respond answer see view consider regard "
    "judge learn hear observe notice wonder reckon guess imagine suppose sense perceive remember rule".split()
)
# verbs of opinion whose clause with "must"/"should" states what the holder requires ("X believes the
# EU should recognise ...")
OPINION_VERBS = frozenset("believe think feel".split())
# "called him a liar", "called the plan a disaster": naming as a judgement
NAMING_VERBS = frozenset("call label dub brand".split())
# depicting someone or something as what the speaker holds it to be: "painted the opposition as
# reckless", "linked the hacking to Russia", "compared him to Obama" (an object and "as"/"to"/"with")
DEPICTING_VERBS = frozenset("paint portray depict cast frame link tie compare equate".split())
# holding an attitude to someone or something: "admires Putin", "resented the deal" (an object)
ATTITUDE_VERBS = frozenset(
    "admire respect like love hate dislike resent distrust trust prefer favor favour despise loathe".split()
)
# verbs that report only with their particle: "pointed out that ...", "pointed to reports that ...",
# "spoke about the need for ...", "weighed in on the ruling"
PARTICLE_REPORTS = frozenset({("point", "out"), ("point", "to"), ("speak", "about"), ("speak", "of"),
                              ("speak", "on"), ("talk", "about"), ("weigh", "in"), ("rule", "against"),
                              ("rule", "for")})
# verbs of evidence, and the records of findings whose findings they report whatever follows ("polls show
# a close race", "a 2014 study found 31 cases", "the audit documents the losses")
EVIDENCE_VERBS = frozenset("show find suggest indicate reveal document illustrate confirm".split())
FINDING_NOUNS = frozenset(
    "poll survey study report average data analysis research review audit figure record count estimate "
    "census investigation inquiry probe documentary film book article paper".split()
)
REPORT_VERBS = (
    COMMUNICATION_VERBS | THOUGHT_VERBS | NAMING_VERBS | DEPICTING_VERBS | ATTITUDE_VERBS | lx.SPEECH_VERBS
    | {verb for verb, _ in PARTICLE_REPORTS}
)
# passive report verbs whose subject is the one who speaks or is asked: "he was quoted as saying", "was asked
# whether ..."
_ADDRESSED = frozenset("ask quote question cite".split())
# verbs of answering, and the words they answer: "did not respond to a request for comment"
_ANSWERING = frozenset("respond reply answer".split())
_ANSWERED = frozenset(
    "request question query inquiry enquiry message email call letter criticism comment accusation charge "
    "claim allegation remark attack demand invitation".split()
)
# objects that say nothing: "..., saying nothing"
_NOTHING = frozenset("nothing none little".split())
_SELF_SUBJECTS = frozenset("i we he she it they".split())
_QUOTES = frozenset('"“”')
# links that keep a verb on the predicate of its clause
_PREDICATE_LINKS = frozenset(("xcomp", "acomp", "ccomp", "conj", "advcl", "parataxis"))  # acomp: "was ready to offer"


def report_candidates(sent: Span, tokens: list[Token], taken: set[int], stated: set[int]) -> list[dict[str, Any]]:
    """Claim candidates of one sentence; `tokens` are its lexicon hits, `taken` the tokens that are
    already cues or reports of a candidate, `stated` the cues that gave a stance candidate."""
    out: list[dict[str, Any]] = []
    for token in tokens:
        if token.i in taken:
            continue
        if token.lower_ == "according":
            cand = _according_claim(token)
        elif token.pos_ == "VERB" and token.lemma_.lower() in REPORT_VERBS:
            cand = _report_claim(token, taken, stated)
        else:
            cand = None
        if cand is not None:
            out.append(cand)
    label = _speaker_label(sent)
    if label is not None:
        out.append(claim_candidate(label, [[label.i]], [t for t in sent if t.i > label.i + 1]))
    elif not out and sent[0].text in _QUOTES and not any(t.lemma_.lower() in REPORT_VERBS for t in sent):
        speaker = quotation_speaker(sent[min(1, len(sent) - 1)])
        if speaker:
            out.append(claim_candidate(sent[0], speaker, list(sent)))
    return out


def _speaker_label(sent: Span) -> Token | None:
    """The name before the colon of a transcript line or headline ("PENCE: Well, ...", "Pence: X won't
    ..."): one to three proper nouns opening the sentence, after an optional quotation mark."""
    words = [t for t in sent[:5] if t.text not in _QUOTES]
    for n, token in enumerate(words[:4]):
        if token.text == ":":
            names = words[:n]
            if names and all(t.pos_ == "PROPN" or t.text.isupper() for t in names) and token.i + 1 < sent.end:
                return names[-1]
            return None
    return None


def _according_claim(according: Token) -> dict[str, Any] | None:
    """ "X has ruled out talks, according to Y": Y claims what the clause says."""
    if according.dep_ == "prep":
        groups, clause = according_groups(according), according.head
    else:  # "According to X, ...", parsed with "According" as the root
        groups = [[p.i] for to in according.children if to.lower_ == "to" for p in to.children if p.dep_ == "pobj"]
        clause = according.sent.root
    if not groups:
        return None
    claim = claim_candidate(according, groups, span_tokens(clause, exclude=[according]))
    if clause.dep_ == "ROOT":  # "According to the White House, Hamas must disarm"
        _as_obligation(claim, clause)
    return claim


def _report_claim(verb: Token, taken: set[int], stated: set[int]) -> dict[str, Any] | None:
    lemma = verb.lemma_.lower()
    if quoting_frame(verb):
        return None  # "Interfax quoted Lavrov as saying ...": Lavrov's saying is the report
    if asks_anonymity(verb):
        return None  # "(who) asked not to be named": a source's terms, nothing reported
    children = list(verb.children)
    passive = any(c.dep_ == "nsubjpass" for c in children)
    bys = _agents(verb) if passive else []
    agents = [[p.i] for by in bys for p in by.children if p.dep_ == "pobj"]
    if passive and lemma not in lx.SPEECH_VERBS | _ADDRESSED:
        if not agents:
            return None  # "the reports were published", "the law was ruled void": what is said, not who
        children = [c for c in children if c not in bys]  # "was called a fraud by critics": theirs
    speakers = agents or speaker_groups(verb)  # "X agreed but said ...", "..., saying": the clause's subject
    if not speakers:
        return None
    clauses = [c for c in children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i or c.dep_ == "ccomp"]
    if not clauses and _on_condition_of_anonymity(children):
        return None  # "who spoke on condition of anonymity": how the source spoke, not what
    if lemma in ATTITUDE_VERBS and modal_obligation(verb):
        return None  # "(said) the protesters should respect the law": asked of them, no attitude of theirs
    if any(charge_noun(c) == verb for c in clauses):
        return None  # "accused X of ..., claims Minsk has dismissed": the plural noun read as a verb
    if not _reports(lemma, children, clauses) and not found_at_fault(verb):
        return None
    if not agents and not any(c.dep_ == "nsubj" for c in children) and not _says_something(children, clauses):
        return None  # "met on Monday, saying nothing": a borrowed speaker needs what is said
    if any(_speaker_holds(verb, c, stated) for c in clauses):
        return None  # "X said it would refuse ...": X's own stance says it
    if clauses and unanswered(verb, clauses[0]):
        return None  # "refused to say whether the talks had failed": a question, nothing stated
    warned_of = warned_cost(verb) if lemma in lx.WARNING_VERBS and not clauses else None
    content = clauses[0] if clauses else warned_of or next(
        (c for c in children if c.dep_ in ("dobj", "oprd", "prep") and not _dated(c)), None
    )  # "ruled on Friday against the law": the law; "warned Kyiv of an offensive": the offensive
    if content is not None and _own_stance_restated(verb, content, stated):
        return None  # "repeated its demand for a pay rise", "reiterated its offer": the noun's stance says it
    span = span_tokens(content) if content is not None else []
    denials = [t for t in span if t.pos_ == "VERB" and charge_noun(t) is not None]
    span = before_charge(span, denials)  # "said Hamas had stolen the aid, a claim the group rejected"
    claim = claim_candidate(verb, speakers, span)
    if quoted_speaker(verb) is not None:  # "Interfax quoted Lavrov as saying ...": Lavrov's words, Interfax's report
        claim["sources"], claim["modality"] = source_groups(verb), "reported"
    if lemma in OPINION_VERBS and content is not None:
        _as_obligation(claim, content)  # "X believes the EU should recognise ...": X's demand
    as_finding_of_fault(claim, verb, content)  # "found that Meta had breached the rules" (findings.py)
    return claim


def _own_stance_restated(verb: Token, content: Token, stated: set[int]) -> bool:
    """ "repeated its demand for X", "voiced support for Y", "reiterated the call for talks": a verb that
    states a noun cue of the speaker's own (no possessor but a pronoun) says no more than the noun's
    stance; "cited a threat to public health" or "repeated Iran's demand" reports another's, and stays a
    Claim."""
    if content.dep_ != "dobj" or content.i not in stated or verb.lemma_.lower() not in lx.REPORTING_VERBS:
        return False
    return not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in content.children)


def _on_condition_of_anonymity(children: list[Token]) -> bool:
    """ "spoke on condition of anonymity", "talked on the condition that he not be named"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(p.lemma_.lower() == "condition" for p in c.children)
        for c in children
    )


def _reports(lemma: str, children: list[Token], clauses: list[Token]) -> bool:
    """Whether the verb reports something in this use: a thought verb needs a clause or a verdict, a
    naming verb its name, a depicting verb an object and what it is depicted as, an attitude verb an
    object, a particle verb its particle."""
    envoy = any(c.dep_ == "dobj" and c.lemma_.lower() in lx.ENVOY_NOUNS for c in children)
    if lemma == "recall" and not clauses and envoy:
        return False  # "recalled its ambassador": an envoy called home, nothing remembered
    if lemma in lx.SPEECH_VERBS | COMMUNICATION_VERBS:
        return True
    particles = {
        c.lower_
        for c in children
        if c.dep_ in ("prt", "advmod")
        or (c.dep_ == "prep" and not _dated(c))
    }  # "spoke on Friday" speaks about nothing
    if any((lemma, p) in PARTICLE_REPORTS for p in particles):
        return True
    if lemma in EVIDENCE_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in FINDING_NOUNS for c in children
    ) and any(c.dep_ in ("dobj", "ccomp") for c in children):
        return True  # "polls show a close race": a finding of the polls
    if lemma in _ANSWERING and _answers(children):
        # "would not answer our questions", "replied with insults aimed at X"; "will respond to the
        # letter" has said nothing yet
        return not _promised(children)
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]  # "the leak was linked to X by Y"
    verdict = any(c.dep_ == "oprd" for c in children) or "as" in particles
    if lemma in THOUGHT_VERBS:
        return bool(clauses) or verdict  # "found the keys", "knows the city": no thought reported
    if lemma in NAMING_VERBS:
        return any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in children)  # not "called the meeting"
    if lemma in DEPICTING_VERBS:  # "linked the attack to Russia", not "compared the prints to the files"
        return bool(objects) and (verdict or _to_actor(children))
    if lemma in ATTITUDE_VERBS:
        return bool(objects) or bool(clauses)
    return False


def _agents(verb: Token) -> list[Token]:
    """The "by" of a passive verb, also where the parser hangs it on the verdict ("was called a fraud by
    X", "was described as reckless by X")."""
    places = [verb, *(c for c in verb.children if c.dep_ in ("oprd", "prep") and c.lower_ != "by")]
    places += [p for c in places[1:] if c.dep_ == "prep" for p in c.children if p.dep_ in ("pobj", "amod")]
    return [c for place in places for c in place.children if c.lower_ == "by" and c.dep_ in ("agent", "prep")]


def _dated(prep: Token) -> bool:
    """ "on Friday", "in March": a phrase of time, not what is said."""
    return prep.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _promised(children: list[Token]) -> bool:
    """A future act not negated: "will respond next week" (but "will not respond" refuses now)."""
    future = any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS for c in children)
    return future and not any(c.dep_ == "neg" for c in children)


def _answers(children: list[Token]) -> bool:
    """An answer to words ("to our questions", "to the criticism") or in words ("with insults")."""
    for prep in children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "with"):
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and (prep.lower_ == "with" or pobj.lemma_.lower() in _ANSWERED):
                return True
    return False


def _says_something(children: list[Token], clauses: list[Token]) -> bool:
    """A clause, or an object that is not "nothing": "..., citing a threat to public health"."""
    return bool(clauses) or any(c.dep_ in ("dobj", "oprd") and c.lower_ not in _NOTHING for c in children)


def _to_actor(children: list[Token]) -> bool:
    """An object or a "to" phrase that names an actor: "compared him to Obama", "tied the leak to Iran"."""
    objects = [c for c in children if c.dep_ == "dobj"]
    # "linked the attack to Russia": the parser may hang "to" on the object
    tos = [p for p in [*children, *(g for o in objects for g in o.children)] if p.dep_ == "prep" and p.lower_ == "to"]
    named = objects + [p for to in tos for p in to.children if p.dep_ == "pobj"]
    subjects = [c for c in children if c.dep_ == "nsubj"]
    return bool(tos) and any(actor_like(t) for t in named + subjects)  # "He linked the leak to her server"


def _as_obligation(claim: dict[str, Any], clause: Token) -> None:
    """Retype a Claim whose clause obliges someone ("Hamas must disarm") as the speaker's Demand of them."""
    # only someone who can act is obliged: "the shares should rise" expects, it requires nothing
    obliged = [s for s in modal_obligation(clause) if names_body(s)]
    act = clause
    if not obliged and (required := required_clause(clause)) is not None:  # "According to X, Kyiv needs to ..."
        obliged, act = [s for s in subjects_of(required) if names_body(s)], required
    if not obliged:
        return
    rest = [*obliged, *(c for c in act.children if c.dep_ in ("aux", "mark") or c.lower_ == "according")]
    position = position_of(span_tokens(act, exclude=rest))
    claim.update(
        type="Demand",
        targets=[[s.i] for s in obliged],
        positions=[position] if position else [],
        any_noun=False,
        obliged_act=act.i,  # the act asked for is the Demand's position, no stance of its own
    )


def _speaker_holds(verb: Token, clause: Token, stated: set[int]) -> bool:
    """Whether a cue of the clause's own predicate that gave a stance has the speaker as its subject (a
    pronoun or the same name): "X said it would refuse" is X's refusal, no Claim besides. A cue inside a
    noun of the clause is someone else's ("said he began to rethink his goals", "says there needs to be a
    law that requires ...")."""
    if not any(t.i in stated and _on_predicate(t, clause) for t in clause.subtree):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    speakers = {c.lower_ for c in verb.children if c.dep_ == "nsubj"}
    # "Hamas said its fighters would attack": the fighters' threat is the speaker's (costs.own_ranks)
    return not subjects or any(s.lower_ in _SELF_SUBJECTS or s.lower_ in speakers or own_ranks(s) for s in subjects)


def _on_predicate(token: Token, clause: Token) -> bool:
    """Whether `token` is the clause's verb or a verb chained to it ("would refuse to negotiate")."""
    node = token
    while node != clause:
        if node.dep_ not in _PREDICATE_LINKS or node.head == node:
            return False
        node = node.head
    return True


def claim_candidate(cue: Token, holders: list[list[int]], span: list[Token]) -> dict[str, Any]:
    """A Claim of `holders` (token index groups, best first) cued by `cue`, its position read from `span`."""
    position = position_of(span)
    sent = cue.sent
    return {
        "type": "Claim",
        "family": "report",
        "cue": cue.i,
        "cue_text": cue.text,
        "sent": [sent.start_char, sent.end_char],
        "when": None,
        "concession": None,
        "holders": holders,
        "targets": [],
        "positions": [position] if position else [],
        "polarity": "negative" if is_negated(cue) else "positive",
        "modality": modality_of(cue, reported_speech=under_speech(cue)),
        "sources": [],
        "any_noun": True,
    }
