"""Hyphenated prefixed words kept whole: "de-escalate", "re-open", "co-operate", "pre-empt"; and
hyphenated titles ("secretary-general", "director-general").

The tokenizer splits a hyphen between letters, so "urged both sides to de-escalate tensions" reaches the
parser as "de - escalate", three adjectives of "tensions", and the demand loses its verb; British
spelling writes many verbs of news this way ("re-open the crossing", "co-operate with the inquiry"), and
"a non-starter" would be three words, none of them a refusal.
A word of one of these prefixes, a hyphen and letters is one token here (`keep_prefixed_words`), and
its lemma is the prefix joined to the lemma of its stem (`stancegraph_prefixed_lemmas_v1`, after the
lemmatizer), so "re-opened" is "reopen" and "co-operating" "cooperate", the lemmas the lexicons list;
the lemmatizer alone, which does not know such words, would make "re-opened" into "re-opene".
"""
from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

# prefixes that make verbs and their nouns: again (re-), undoing (de-), jointly (co-), before (pre-); and
# the negating prefix of nouns and adjectives of refusal ("a non-starter", "non-negotiable")
PREFIXES = ("re", "de", "co", "pre", "non")
PREFIXED_WORD = re.compile(rf"(?i)^(?:{'|'.join(PREFIXES)})-[a-z]+$")
# titles of the heads of organisations written with a hyphen ("the secretary-general of NATO", "the
# IAEA's director-general"): one role noun, so its "of" phrase names whose head it is
GENERAL_TITLES = ("secretary", "director", "attorney", "governor", "solicitor", "inspector", "surgeon")
KEPT_WORD = re.compile(
    rf"(?i)^(?:(?:{'|'.join(PREFIXES)})-[a-z]+|(?:{'|'.join(GENERAL_TITLES)})-generals?)$"
)
FACTORY = "stancegraph_prefixed_lemmas_v1"


def keep_prefixed_words(nlp: Language) -> None:
    """Make the tokenizer keep "de-escalate" and its kin as one token. The match is a compiled
    pattern's method, so the tokenizer still serialises and pickles (worker processes get it too)."""
    tokenizer: Any = getattr(nlp.tokenizer, "tokenizer", nlp.tokenizer)  # under doc_text's wrapper
    if tokenizer.token_match is None:
        tokenizer.token_match = KEPT_WORD.match


@Language.factory(FACTORY)
def make_prefixed_lemmas(nlp: Language, name: str) -> PrefixedLemmas:
    return PrefixedLemmas(nlp)


class PrefixedLemmas:
    """Gives each kept prefixed word the prefix plus its stem's lemma ("re-elected" -> "reelect")."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if "-" in token.text and PREFIXED_WORD.match(token.text):
                prefix, stem = token.text.lower().split("-", 1)
                token.lemma_ = prefix + self._stem_lemma(stem, token.tag_, token.pos_)
        return doc

    def _stem_lemma(self, stem: str, tag: str, pos: str) -> str:
        """The lemmatizer's lemma of the stem alone, read with the whole word's tag ("opened", VBD)."""
        if "lemmatizer" not in self.nlp.pipe_names:
            return stem
        word = Doc(self.nlp.vocab, words=[stem])[0]
        word.tag_, word.pos_ = tag, pos
        lemmas = self.nlp.get_pipe("lemmatizer").rule_lemmatize(word)  # type: ignore[attr-defined]
        return str(lemmas[0]) if lemmas else stem
