"""A parsed document's text is joined once and kept on the Doc, for whole parses and joined pieces alike."""
from __future__ import annotations

import warnings
from typing import Any

from bench.scaling import long_article
from graph.extract.chunks import parse_long
from graph.extract.doc_text import text_of


def test_the_text_is_the_docs_own_and_is_kept_after_the_first_request(extractor: Any) -> None:
    doc = extractor.nlp.make_doc("The minister said the talks would go on.\n\nThe union refused.")
    assert text_of(doc) == doc.text
    doc.user_data["stancegraph_text"] = "kept"  # a second request reads what the first one stored
    assert text_of(doc) == "kept"


def test_a_long_document_joined_from_pieces_has_its_whole_text_and_no_warning(extractor: Any) -> None:
    text = long_article(6)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # spaCy warns when it drops a piece's user data while joining
        doc = parse_long(extractor.nlp, text, limit=3_000)
    assert text_of(doc) == text


def test_the_extractor_keeps_each_text_as_it_makes_the_doc_and_the_tokenizer_pickles(extractor: Any) -> None:
    import pickle

    text = "The union rejected the offer.\n\nThe company said it was final."
    doc = extractor.nlp.make_doc(text)
    assert doc.user_data["stancegraph_text"] == text == doc.text
    copy = pickle.loads(pickle.dumps(extractor.nlp.tokenizer))  # what a worker process receives
    assert copy(text).user_data["stancegraph_text"] == text
    assert [t.text for t in copy(text)] == [t.text for t in doc]
