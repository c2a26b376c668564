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
from graph.extract.attribution import according_groups, quotation_speaker
from graph.extract.cues import actor_like
from graph.extract.modality import is_negated, modality_of, under_speech
from graph.extract.obligations import modal_obligation
from graph.extract.participants import speaker_groups
from graph.extract.positions import position_of, span_tokens

# verbs of speaking or writing that report a statement whatever follows them ("X tweeted", "X asked"),
# beside the speech verbs of graph/extract/lexicon.py ("say", "tell", "write" ...)
COMMUNICATION_VERBS = frozenset(
    "tweet retweet post testify comment remark mention cite quote recount recall boast brag joke lament "
    "tout describe characterize characterise blog ask question liken express invoke "
    "highlight downplay detail reference echo mock caution emphasize emphasise underscore".split()
)
# verbs of thought, finding or answering: a report only with a clause ("X believes that ...", "replied
# that ..."; "will respond to any attack" reports nothing)
THOUGHT_VERBS = frozenset(
    "believe think expect know feel doubt suspect assume estimate find show decide realize realise "
    "recognize recognise understand predict hope fear worry reply respond answer".split()
)
# verbs of opinion whose clause with "must"/"should" states what the holder requires ("X believes the
# EU should recognise ...")
OPINION_VERBS = frozenset("believe think feel".split())
# "called him a liar", "called the plan a disaster": naming as a judgement
NAMING_VERBS = frozenset("call label dub brand".split())
REPORT_VERBS = COMMUNICATION_VERBS | THOUGHT_VERBS | NAMING_VERBS | lx.SPEECH_VERBS
_SELF_SUBJECTS = frozenset("i we he she it they".split())
_QUOTES = frozenset('"“”')


def report_candidates(sent: Span, tokens: list[Token], taken: set[int]) -> list[dict[str, Any]]:
    """Claim candidates of one sentence; `tokens` are its lexicon hits, `taken` the tokens that are
    already cues or reports of a candidate."""
    out: list[dict[str, Any]] = []
    for token in tokens:
        if token.i in taken:
            continue
        if token.lower_ == "according":
            cand = _according_claim(token)
        elif token.pos_ == "VERB" and token.lemma_.lower() in REPORT_VERBS:
            cand = _report_claim(token, taken)
        else:
            cand = None
        if cand is not None:
            out.append(cand)
    label = _speaker_label(sent)
    if label is not None:
        out.append(_claim(label, [[label.i]], [t for t in sent if t.i > label.i + 1]))
    elif not out and sent[0].text in _QUOTES and not any(t.lemma_.lower() in REPORT_VERBS for t in sent):
        speaker = quotation_speaker(sent[min(1, len(sent) - 1)])
        if speaker:
            out.append(_claim(sent[0], speaker, list(sent)))
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
    claim = _claim(according, groups, span_tokens(clause, exclude=[according]))
    if clause.dep_ == "ROOT":  # "According to the White House, Hamas must disarm"
        _as_obligation(claim, clause)
    return claim


def _report_claim(verb: Token, taken: set[int]) -> dict[str, Any] | None:
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.dep_ != "expl" for c in children):
        return None
    clauses = [c for c in children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i or c.dep_ == "ccomp"]
    if lemma in THOUGHT_VERBS - lx.SPEECH_VERBS and not clauses:
        return None  # "found the keys", "knows the city": no thought reported
    if lemma in NAMING_VERBS - lx.SPEECH_VERBS and not any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in children):
        return None  # "called the meeting", "called a press conference"
    if any(_speaker_holds(verb, c, taken) for c in clauses):
        return None  # "X said it would refuse ...": X's own stance says it
    content = clauses[0] if clauses else next((c for c in children if c.dep_ in ("dobj", "oprd")), None)
    span = span_tokens(content) if content is not None else []
    claim = _claim(verb, speaker_groups(verb), span)
    if lemma in OPINION_VERBS and content is not None:
        _as_obligation(claim, content)  # "X believes the EU should recognise ...": X's demand
    return claim


def _as_obligation(claim: dict[str, Any], clause: Token) -> None:
    """Retype a Claim whose clause obliges someone ("Hamas must disarm") as the speaker's Demand of them."""
    # only someone who can act is obliged: "the shares should rise" expects, it requires nothing
    obliged = [s for s in modal_obligation(clause) if actor_like(s) or s.lemma_.lower() in lx.ACTOR_NOUNS]
    if not obliged:
        return
    rest = [*obliged, *(c for c in clause.children if c.dep_ in ("aux", "mark") or c.lower_ == "according")]
    position = position_of(span_tokens(clause, exclude=rest))
    claim.update(
        type="Demand",
        targets=[[s.i] for s in obliged],
        positions=[position] if position else [],
        any_noun=False,
    )


def _speaker_holds(verb: Token, clause: Token, taken: set[int]) -> bool:
    """Whether a cue inside the clause has the speaker as its subject (a pronoun or the same name)."""
    if not any(t.i in taken for t in clause.subtree):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    speakers = {c.lower_ for c in verb.children if c.dep_ == "nsubj"}
    return not subjects or any(s.lower_ in _SELF_SUBJECTS or s.lower_ in speakers for s in subjects)


def _claim(cue: Token, holders: list[list[int]], span: list[Token]) -> dict[str, Any]:
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
