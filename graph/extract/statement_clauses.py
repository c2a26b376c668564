"""What a statement says, hung back on the verb of speech: "said in a statement that X would pay".

In "Katz said in a statement that Hezbollah would pay a heavy price" the parser makes the that-clause a
modifier of "statement" (what kind of statement), so the clause is no complement of "said" and every
rule that reads what a speaker says misses it. English puts the content of a statement, an interview, a
post or a briefing named in an "in" / "on" phrase of a verb of speech in that verb: the speaker said it.
The component re-heads such a clause as the verb's complement (ccomp) before stances are read; it runs
after the lemmatizer, since it knows verbs of speech by their lemmas.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from graph.extract.lexicon import SPEECH_VERBS
from graph.extract.scan import where

# what a speaker speaks in or on: "in a statement", "in an interview", "on social media", "in a post"
UTTERANCES = frozenset(
    "statement interview speech post letter briefing address message communique communiqué note release "
    "broadcast video tweet comment remark conference".split()
)


def stated_clause(clause: Token) -> Token | None:
    """The verb of speech a that-clause modifying an utterance noun belongs to ("said in a statement that
    ..."), else None."""
    noun = clause.head
    if clause.dep_ != "acl" or noun.lemma_.lower() not in UTTERANCES or noun.dep_ != "pobj":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    prep = noun.head
    verb = prep.head
    if prep.lower_ not in ("in", "on", "during") or verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None  # the verb has what it says already
    return verb


@Language.component("stancegraph_statement_clauses_v1")
def rehead_statement_clauses(doc: Doc) -> Doc:
    """Hang each that-clause of a statement named beside a verb of speech on that verb (see the module)."""
    for i in sorted(where(doc, "DEP", {"acl"})):
        verb = stated_clause(doc[i])
        if verb is not None:
            doc[i].head, doc[i].dep_ = verb, "ccomp"
    return doc
