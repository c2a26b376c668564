"""A parsed document's text, built once.

`Doc.text` is not stored: spaCy joins every token's text and whitespace at each access, which costs as
much as a walk over the whole document. The detector and actor resolution ask for it several times a
document, so it is kept in the Doc's `user_data`: by the extractor's tokenizer when it makes the Doc
(`keep_texts`), or at the first request. A long document's pieces are joined without their user data, and
the joined Doc is given its whole text (graph/extract/chunks.py).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

TEXT_KEY = _TEXT = "stancegraph_text"


def text_of(doc: Doc) -> str:
    """The document's text, as `doc.text` gives it, joined once a document."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


class TextKeepingTokenizer:
    """The pipeline's tokenizer, keeping each text it tokenizes in the Doc's `user_data`, so that
    `text_of` never has to join the tokens again. Everything else is the wrapped tokenizer's."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[_TEXT] = text
        return doc

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (while unpickling in a worker process)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def keep_texts(nlp: Language) -> None:
    """Make `nlp` keep the text of every Doc it makes (once; a wrapped tokenizer is left as it is)."""
    if not isinstance(nlp.tokenizer, TextKeepingTokenizer):
        nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
