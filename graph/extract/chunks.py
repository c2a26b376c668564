"""A long document through spaCy in bounded pieces, joined back into one Doc.

spaCy's tagger, parser and NER hold working arrays for a whole Doc at once (several KB per token), so one
1.5 MB article peaked at 4 GB. A document longer than `CHUNK_CHARS` is therefore cut at paragraph
breaks into pieces of at most that size, each piece goes through the statistical pipeline alone, and
the pieces are joined with `Doc.from_docs` into one Doc whose text is the document's text, character for
character. The stance detector then runs once on the joined Doc, and actor resolution stays
document-wide. Documents up to `CHUNK_CHARS` go through spaCy whole, as before.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from graph.extract.doc_text import TEXT_KEY

CHUNK_CHARS = 50_000
# where a piece may end, best first: after a blank line, after a line break, after a sentence, after a space
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'\u201d\u2019)]*\s+"),
           re.compile(r"\s+"))


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of `text`, each at most `limit` characters where a break allows, that join back to `text`.

    >>> split_text("One one one.\\n\\nTwo two.\\n\\nThree three.", limit=16)
    ['One one one.\\n\\n', 'Two two.\\n\\n', 'Three three.']
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = _break_before(text, start, start + limit)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _break_before(text: str, start: int, stop: int) -> int:
    """The end of the last break of the best kind in the second half of text[start:stop] (so no piece is
    tiny); `stop` when there is none."""
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(text, (start + stop) // 2, stop)]
        if ends:
            return ends[-1]
    return stop


def parse_long(nlp: Language, text: str, *, limit: int = CHUNK_CHARS, detector: str = "stances") -> Doc:
    """One Doc of `text`, parsed by the statistical pipeline in pieces of at most `limit` characters, one
    piece at a time, and joined; the `detector` component then runs on the whole Doc."""
    with nlp.select_pipes(disable=[detector]):
        parts = list(nlp.pipe(split_text(text, limit), batch_size=1))
    # without each piece's user data (its own text); spaCy's stubs omit the `exclude` it takes
    doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["user_data"])  # type: ignore[call-arg]
    doc.user_data[TEXT_KEY] = text
    result: Doc = nlp.get_pipe(detector)(doc)
    return result
