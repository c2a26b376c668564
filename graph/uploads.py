"""Articles sent in one request body: plain text, HTML, a JSON record or list of records, or JSON Lines.

The same readers as for files (graph/readers.py) turn them into documents, so a body is checked exactly as
a file would be: every bad article becomes a `Skipped` with its reason, and the others go on.
"""
from __future__ import annotations

import json

from graph.errors import InputError
from graph.readers import (
    Skipped,
    check_document,
    decode_text,
    document_from_html,
    document_from_record,
    jsonl_documents,
)
from graph.records import Document

TEXT, HTML, JSON = "text/plain", "text/html", "application/json"
JSON_LINES = ("application/x-ndjson", "application/jsonl", "application/json-lines", "application/x-jsonlines")
MEDIA_TYPES = (TEXT, HTML, JSON, *JSON_LINES)


def read_upload(body: bytes, media_type: str, *, doc_id: str | None, source: str = "request",
                max_chars: int = 2_000_000) -> list[Document | Skipped]:
    """The documents of a request body, by its media type.

    Args:
        body: the bytes received.
        media_type: the body's media type, without parameters (one of MEDIA_TYPES).
        doc_id: the document id, needed for plain text and HTML (a record names its own).
        source: how reasons name where an article came from.

    Raises:
        InputError: the media type is not one of MEDIA_TYPES, or a text or HTML body has no id.

    >>> [d.id for d in read_upload(b'{"id": "a1", "text": "The union rejected the offer."}', "application/json",
    ...                            doc_id=None)]
    ['a1']
    """
    if media_type in JSON_LINES:
        return list(jsonl_documents(body, source=source, max_chars=max_chars))
    if media_type == JSON:
        return _json_documents(body, source=source, max_chars=max_chars)
    if media_type not in (TEXT, HTML):
        raise InputError(f"cannot read a body of type {media_type or 'none'!r}; send one of {', '.join(MEDIA_TYPES)}")
    if not doc_id or not doc_id.strip():
        raise InputError(f"a {media_type} body needs the document's id as the `id` query parameter")
    try:
        text = decode_text(body)
        if media_type == HTML:
            doc = document_from_html(text, doc_id=doc_id.strip(), source=source)
        else:
            doc = Document(id=doc_id.strip(), text=text, source=source)
        check_document(doc, max_chars=max_chars)
    except InputError as exc:
        return [Skipped(doc_id, str(exc))]
    return [doc]


def _json_documents(body: bytes, *, source: str, max_chars: int) -> list[Document | Skipped]:
    try:
        data = json.loads(decode_text(body))
    except (InputError, ValueError) as exc:
        return [Skipped(source, f"not JSON: {exc}")]
    records = data if isinstance(data, list) else [data]
    out: list[Document | Skipped] = []
    for number, record in enumerate(records, 1):
        where = f"{source}[{number}]" if isinstance(data, list) else source
        try:
            out.append(document_from_record(record, source=where, max_chars=max_chars))
        except InputError as exc:
            out.append(Skipped(where, str(exc)))
    return out
