"""Finding the few tokens a rule cares about without building a Python object for every token.

spaCy creates a `Token` object each time Python iterates a `Doc`; over long documents that costs more
than the rules themselves. `doc.to_array` hands the attributes over as one integer array, so each
rule family looks up its candidate words (lemmas, part of speech, entity type) in bulk and builds
tokens only for those.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy
from spacy.parts_of_speech import IDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Span


def where(doc: Doc, attr: str, values: Iterable[str]) -> set[int]:
    """Indices of the tokens whose attribute `attr` ("LEMMA", "LOWER", "POS", "DEP", "ENT_TYPE", "TAG")
    is one of `values` (strings; parts of speech by their names, "PROPN")."""
    if not len(doc):
        return set()
    codes = _code_array(attr, values if isinstance(values, frozenset) else frozenset(values))
    if not len(codes):
        return set()
    # a binary search of the sorted codes: several times faster than `numpy.isin` on article-sized docs
    found = doc.to_array(attr)
    nearest = codes[numpy.searchsorted(codes, found).clip(max=len(codes) - 1)]
    return set(numpy.flatnonzero(nearest == found).tolist())


_STRINGS = StringStore()  # hashes only: nothing is added to it


@lru_cache(maxsize=256)
def _codes(attr: str, values: frozenset[str]) -> frozenset[int]:
    """The integer codes `doc.to_array(attr)` gives for `values`: a string's code is its hash (or its
    symbol's id), the same in every vocabulary, so the codes of a word set are worked out once."""
    return frozenset(IDS[v] if attr == "POS" else _STRINGS[v] for v in values)


@lru_cache(maxsize=256)
def _code_array(attr: str, values: frozenset[str]) -> numpy.ndarray:
    """The codes of `values` as an array of the type `doc.to_array` gives, for one vectorised lookup."""
    return numpy.array(sorted(_codes(attr, values)), dtype=numpy.uint64)


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of each sentence's first token (the whole document is one sentence without a parser)."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return [0]
    starts = numpy.nonzero(doc.to_array("SENT_START") == 1)[0].tolist()
    return starts if starts and starts[0] == 0 else [0, *starts]


def entity_spans(doc: Doc) -> list[Span]:
    """`doc.ents`, built from the attribute arrays (each span keeps its label and its ruler id)."""
    if not len(doc):
        return []
    iob, kinds, ids = doc.to_array(["ENT_IOB", "ENT_TYPE", "ENT_ID"]).T.tolist()
    strings = doc.vocab.strings
    spans: list[Span] = []
    start = -1
    for i, tag in enumerate([*iob, 2]):  # IOB codes: 1 inside, 2 outside, 3 begin
        if start >= 0 and tag != 1:
            spans.append(Span(doc, start, i, label=strings[kinds[start]], span_id=strings[ids[start]]))
            start = -1
        if tag == 3:
            start = i
    return spans
