"""Denials that are not said with "deny": dismissing a report as false, disowning any part in an act.

- "dismissed as false reports that it had struck a school", "rejected as fabricated claims that ...":
  a refusal verb whose "as" phrase is a report or claim denies what the report says (its "that" clause);
- "called the reports baseless", "described as 'lies' reports that ...", "brushed off claims that ... as
  fake news", "labelled the allegations a fabrication": a verb of dismissing or describing whose report
  object is said to be false denies it too (the falsity word is what makes it a denial, not the verb);
- "X said it had nothing to do with the explosions", "... played no part in the attack": the speaker
  denies a part in the act.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.lexicon import CLAIM_NOUNS

# what a report is called when it is denied: "false", "baseless", "a fabrication", "lies", "fake news"
FALSITY_WORDS = frozenset(
    "false untrue baseless groundless unfounded fabricated fake fabrication fiction lie nonsense ridiculous "
    "absurd propaganda disinformation misinformation hoax invention inaccurate incorrect misleading "
    "slander smear lies fabrications falsehood".split()
)
# verbs that dismiss or describe a report: with a falsity word, "called the reports baseless" denies them
DISMISSING_VERBS = frozenset(
    "dismiss reject rebuff call describe label brand dub term deem denounce brush wave shrug decry "
    "condemn".split()
)


def dismissed_report(verb: Token) -> Token | None:
    """The report noun of "dismissed as false reports (that ...)" or "called the reports baseless", if the
    verb has one: a report in its "as" phrase, or its report object said to be false."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in CLAIM_NOUNS:
                    return noun
    return falsified_report(verb)


def falsified_report(verb: Token) -> Token | None:
    """The report the verb dismisses as false: "called the reports baseless", "described as 'lies' reports
    that ...", "brushed off claims ... as fake news" (a falsity word anywhere in the verb's phrase). The
    parser often mangles "dismissed as 'fake' a report by X that ...", so the report is the first report
    noun after the verb that hangs on it through no other verb."""
    if verb.lemma_.lower() not in DISMISSING_VERBS:
        return None
    if not any(t.lower_ in FALSITY_WORDS or t.lemma_.lower() in FALSITY_WORDS for t in verb.subtree):
        return None
    for token in verb.subtree:
        if token.i > verb.i and token.lemma_.lower() in CLAIM_NOUNS and _through_no_verb(token, verb):
            return token
    return None


def _through_no_verb(token: Token, verb: Token) -> bool:
    """Whether the token hangs on the verb with no clause of its own in between."""
    node = token.head
    while node.i != verb.i:
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() not in FALSITY_WORDS:
            return False
        node = node.head
    return True


def false_report(clause: Token) -> Token | None:
    """The report a statement's copular clause calls false: "(said) reports that ... were completely
    false", "(said) there was no truth in reports that ..."."""
    if clause.lemma_.lower() != "be":
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lemma_.lower() in CLAIM_NOUNS]
    for word in clause.children:
        if word.dep_ in ("acomp", "attr") and subjects and any(t.lower_ in FALSITY_WORDS for t in word.subtree):
            return subjects[0]
        if word.dep_ == "attr" and word.lower_ == "truth" and any(d.lower_ == "no" for d in word.children):
            for prep in word.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "to"):
                    found = next((p for p in prep.children if p.lemma_.lower() in CLAIM_NOUNS), None)
                    if found is not None:
                        return found
    return None


def report_content(noun: Token) -> list[Token]:
    """What a report says: its "that" clause ("reports that it had struck ..."), else the noun phrase;
    without what the report is called ("... as fake news", "false")."""
    called = {t.i for t in noun.subtree if t.lower_ in FALSITY_WORDS}
    for prep in noun.subtree:  # "reports that the minister would resign as fake news"
        if prep.dep_ == "prep" and prep.lower_ == "as" and any(t.i in called for t in prep.subtree):
            called |= {t.i for t in prep.subtree}
    # "rejected as false claims that ...": the parser may hang the report's clause on the verb
    verb = noun.head.head if noun.head.dep_ == "prep" and noun.head.lower_ == "as" else None
    stray = [c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i] if verb is not None else []
    for child in [*noun.children, *stray]:
        if child.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" for m in child.children):
            return [t for t in child.subtree if (t.lower_ != "that" or t.head != child) and t.i not in called]
    return [t for t in noun.subtree if (t.dep_ not in ("amod", "punct") or t.head != noun) and t.i not in called]


# "played no part in", "had no role in", "had no hand in": no share in the act
SHARE_NOUNS = frozenset("part role hand involvement".split())


def disowned_act(clause: Token) -> Token | None:
    """The act of "(it) had nothing to do with the attack" or "played no part in the attack": the noun
    after "with" / "in", else None."""
    if clause.lemma_.lower() not in ("have", "play"):
        return None
    for obj in clause.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in SHARE_NOUNS and any(d.lower_ == "no" for d in obj.children):
            for prep in [*clause.children, *obj.children]:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    return next((p for p in prep.children if p.dep_ == "pobj"), None)
        if obj.dep_ == "dobj" and obj.lower_ == "nothing":
            for do in obj.children:
                if do.dep_ in ("relcl", "acl") and do.lemma_.lower() == "do":
                    for prep in do.children:
                        if prep.dep_ == "prep" and prep.lower_ == "with":
                            return next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None
