"""Attribution: who the text says a stance comes from ("according to X", "X said", "X's summary").

A stance inside the complement of a speech verb, beside a parenthetical "X said", under an
"according to X" phrase, or inside a quotation whose speaker is named in the paragraph is attributed
to X: the stance gets `attributed_to` X and modality `reported` (unless X is its own holder, whose
statement is then simply attributed to them).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extract.boilerplate import past_dateline
from graph.extract.lexicon import ADDRESS_VERBS, SPEECH_VERBS, STATEMENT_NOUNS

# a sentence that puts one actor before an audience introduces the speaker of the quotation after it:
# "X held a news conference on Friday. 'We reject ...'", "X met officials in Beijing. 'We will not ...'"
OCCASION_VERBS = frozenset("meet visit tour attend appear arrive travel".split())
# verbs of an occasion only with what they hold or give: "held a briefing", "gave an interview"
OCCASION_HOSTS = frozenset("hold give deliver".split())
OCCASION_NOUNS = frozenset(
    "conference briefing interview speech address talks meeting session rally remarks statement".split()
)


def source_groups(token: Token) -> list[list[int]]:
    """Candidate sources for the stance signalled by `token`, best first (token indices)."""
    according: list[list[int]] = []
    speakers: list[list[int]] = []
    if quoted_speaker(token) is not None:  # the "saying" of "Interfax quoted Lavrov as saying": Interfax's report
        return [[c.i] for c in token.head.head.children if c.dep_ == "nsubj"]
    node = token
    for _ in range(8):
        for child in node.children:
            according.extend(_according_to(child))
            if (child.dep_ == "parataxis" and child.lemma_ in SPEECH_VERBS) or trailing_frame(child):
                speakers.extend(_speaker(child))
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in SPEECH_VERBS and node.head != node:
            speakers.extend(_speaker(node.head))
        if node.head == node:
            break
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break  # "X offered ..., according to Y, and Z urged ...": Z's clause is not Y's report
        node = node.head
    # "according to X, he claimed ...": X reports it, the claim is the holder's own
    groups = according + speakers
    if not groups:
        groups.extend(_quotation_speaker(token))
    return groups


def trailing_frame(clause: Token) -> bool:
    """ "(Russia warned the US of consequences), Tass reported on Friday": a speech verb after a comma that
    ends the sentence, which the parser may hang on the reported verb as its complement; it frames the
    sentence and is no part of what is said."""
    if clause.dep_ != "ccomp" or clause.lemma_ not in SPEECH_VERBS or clause.i < clause.head.i:
        return False
    doc, end = clause.doc, clause.sent.end
    first = clause.left_edge.i  # the comma itself, or the word after it
    comma = doc[first].text == "," or (first - 1 > clause.head.i and doc[first - 1].text == ",")
    last = end - 1 if doc[end - 1].is_punct else end
    return comma and first > clause.head.i and clause.right_edge.i >= last - 1 and any(
        c.dep_ == "nsubj" for c in clause.children)


def _according_to(prep: Token) -> list[list[int]]:
    """The nouns of "according to X" (X's head noun first, then the others left to right)."""
    if prep.dep_ != "prep" or prep.lemma_ not in ("accord", "according"):
        return []
    out: list[list[int]] = []
    for to in prep.children:
        for pobj in to.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.lemma_ in STATEMENT_NOUNS:  # "its statement", "a statement from the ministry"
                out.extend([c.i] for c in pobj.children if c.dep_ == "poss")
                out.extend([o.i] for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                           for o in p.children if o.dep_ == "pobj")
            nouns = [t for t in pobj.subtree if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"]
            # "according to South Korea's spy agency": the agency before the state that owns it
            owners = {t.i for c in pobj.children if c.dep_ == "poss" for t in c.subtree}
            out.extend([t.i] for t in nouns if t.i not in owners)
            out.extend([t.i] for t in nouns if t.i in owners)
            # "according to the Tasnim news agency": the name before the noun says which agency
            out.extend([t.i] for t in pobj.subtree if t.pos_ == "PROPN" and t.dep_ == "compound")
            out.append([pobj.i])  # "according to him"
    return out


# verbs by which a reporter gives another's words: "quoted X as saying", "cited X as saying"
QUOTING_VERBS = frozenset("quote cite".split())


def quoted_speaker(verb: Token) -> Token | None:
    """The one whose words a reporter gives, for the "saying" of "Interfax quoted Lavrov as saying ..."
    (or "cited officials as saying"): the quoting verb's object, not the outlet, is the speaker."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lemma_.lower() not in QUOTING_VERBS:
        return None
    return next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)


def quoting_frame(verb: Token) -> bool:
    """ "quoted X as saying ...": the reporter's verb frames another's words and says nothing itself."""
    return verb.lemma_.lower() in QUOTING_VERBS and any(
        p.dep_ == "prep" and p.lower_ == "as" and any(quoted_speaker(c) is not None for c in p.children)
        for p in verb.children
    )


def _speaker(verb: Token) -> list[list[int]]:
    """The speech verb's subject; a coordinated verb shares the first one's ("Vucic rejected the charge
    and said ...": Vucic said it); the quoted one of "quoted X as saying"."""
    quoted = quoted_speaker(verb)
    if quoted is not None:
        return [[quoted.i]]
    # "SEOUL, Nov 12 - North Korea said ...": the parser may make the dateline a subject too
    said = [past_dateline(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Kenya and Uganda said ...": each of the coordinated speakers
    subjects = [[s.i, *(c.i for c in s.conjuncts if c.pos_ == "PROPN")] for s in said if s is not None]
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _speaker(verb.head)
    return subjects


def _quotation_speaker(token: Token) -> list[list[int]]:
    """Inside a quotation that began in an earlier sentence of the paragraph: that sentence's speaker."""
    sent = token.sent
    doc = token.doc
    if not _inside_quotation(doc[sent.start : token.i]):
        return []
    # the speech verb of this sentence, outside the quotation ("..., Ms. X said.")
    for t in sent:
        if t.lemma_ in SPEECH_VERBS and t.i > token.i and t.dep_ in ("ROOT", "parataxis", "conj"):
            return _speaker(t)
    previous = _previous_sentence(sent)
    if previous is not None and "\n" not in doc[previous.end - 1 : sent.start + 1].text_with_ws.strip(" "):
        for t in previous:  # a verb: "state radio", "an address" name no speaker
            if t.lemma_ in SPEECH_VERBS | ADDRESS_VERBS and t.pos_ == "VERB":  # "X spoke to reporters. 'We ...'"
                return _speaker(t)
        if _occasion(previous.root):  # "X held a news conference. 'We reject ...'"
            return _speaker(previous.root)
    return []


def _inside_quotation(before: Span) -> bool:
    """Whether a quotation opened in `before` is still open at its end: "... as \"a lie\" and said" has
    closed its quotation; a curly quote says which way it turns, straight ones alternate."""
    inside = False
    for t in before:
        if t.text == "“":
            inside = True
        elif t.text == "”":
            inside = False
        elif t.text == '"':
            inside = not inside
    return inside


def _occasion(verb: Token) -> bool:
    """Whether a sentence's main verb puts its subject before an audience: "met investors", "visited
    Kyiv", "held a news conference", "gave an interview to state radio"."""
    lemma = verb.lemma_.lower()
    if lemma in OCCASION_VERBS:
        return True
    return lemma in OCCASION_HOSTS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in OCCASION_NOUNS | {"talk"} for c in verb.children
    )


def _previous_sentence(sent: Span) -> Span | None:
    if sent.start == 0:
        return None
    return sent.doc[sent.start - 1].sent


def according_groups(prep: Token) -> list[list[int]]:
    """The sources named by an "according to X" phrase, best first (graph/extract/reports.py)."""
    return _according_to(prep)


def quotation_speaker(token: Token) -> list[list[int]]:
    """The speaker of the quotation `token` is in, named in its sentence or the one before."""
    return _quotation_speaker(token)
