"""`stancegraph ingest --server URL`: articles read here, extracted and stored by a running service.

The articles go to the service's `POST /documents` as JSON Lines, a batch at a time, with the update token;
the service answers each batch once its documents are durable. What the service reports (stored documents,
and articles skipped with their reasons) goes into the one summary the command prints.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import orjson

from graph.errors import StancegraphError
from graph.ingest import IngestSummary, StoredDocument, document_batches
from graph.readers import Skipped
from graph.records import Document

BATCH_DOCUMENTS = 16
BATCH_CHARACTERS = 2_000_000  # a batch's text, well under the service's upload limit


def send_documents(items: list[Document | Skipped], server: str, *, token: str | None, timeout: float = 600.0,
                   progress: Callable[[int], None] | None = None) -> IngestSummary:
    """POST the readable documents to `server`/documents in batches; the summary of what it stored.

    Raises:
        StancegraphError: the service cannot be reached, or refuses the token or the request.
    """
    summary = IngestSummary(skipped=[i for i in items if isinstance(i, Skipped)])
    documents = [i for i in items if isinstance(i, Document)]
    headers = {"Content-Type": "application/x-ndjson"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    url = server.rstrip("/") + "/documents"
    with httpx.Client(timeout=timeout) as client:
        for batch in document_batches(documents, max_chars=BATCH_CHARACTERS, max_documents=BATCH_DOCUMENTS):
            body = b"".join(orjson.dumps(_record(doc)) + b"\n" for doc in batch)
            try:
                response = client.post(url, content=body, headers=headers)
            except httpx.HTTPError as exc:
                raise StancegraphError(f"the service at {server} did not answer: {exc}") from exc
            if response.status_code not in (201, 422) or "documents" not in _json(response):
                raise StancegraphError(f"the service at {server} refused the articles "
                                       f"({response.status_code}): {_json(response).get('error', response.text[:300])}")
            answer = _json(response)
            for stored in answer["documents"]:
                summary.stored.append(StoredDocument(**stored))
                summary.documents += 1
                summary.stances += stored["stances"]
                summary.triples += stored["triples"]
            summary.skipped += [Skipped(s["source"], s["reason"]) for s in answer["skipped"]]
            if progress:
                progress(len(batch))
    return summary


def _record(doc: Document) -> dict[str, str]:
    fields = {"id": doc.id, "text": doc.text, "title": doc.title, "url": doc.url, "publisher": doc.publisher,
              "author": doc.author, "date": doc.date.isoformat() if doc.date else None}
    return {k: v for k, v in fields.items() if v is not None}


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
