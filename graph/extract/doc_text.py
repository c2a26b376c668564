"""A parsed document's text, built once.

`Doc.text` is not stored: spaCy joins every token's text and whitespace at each access, which costs as
much as a walk over the whole document. The detector and actor resolution ask for it several times a
document, so it is kept in the Doc's `user_data` at the first request. Only code that runs on a whole,
final Doc asks here (not the statistical components, whose Docs a long document's pieces are joined from).
"""
from __future__ import annotations

from spacy.tokens import Doc

_TEXT = "stancegraph_text"


def text_of(doc: Doc) -> str:
    """The document's text, as `doc.text` gives it, joined once a document."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text
