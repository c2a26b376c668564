"""POST /documents: articles into a running service, extracted and stored by the process that holds the store.

The embedded store admits one process, so while `stancegraph serve` runs, this is how new articles get in
(`stancegraph ingest --server URL` sends files here). It needs the update token. The answer comes once the
documents are durable: 201 with each stored document's IRI and counts, and every article that could not be
used with its reason; the batch goes on past a bad article. When none could be stored the answer is 422.
The projection and ETags follow, as after any change to the store.
"""
from __future__ import annotations

import threading
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from api.errors import documented_errors, error_response
from api.guards import read_body, upload_limit
from api.sparql.access import check_write
from api.sparql.protocol import ProtocolError
from api.sparql.service import failure_response
from graph.errors import InputError
from graph.extract import Extractor
from graph.ingest import IngestSummary, ensure_reference_data, ingest_items
from graph.readers import Skipped
from graph.records import Document
from graph.settings import Settings
from graph.store import GraphStore
from graph.uploads import MEDIA_TYPES, read_upload

router = APIRouter(tags=["documents"])
_LOCK = threading.Lock()  # one extraction at a time: the pipeline is loaded once and is not shared between threads
_BODY = {"content": {media: {"schema": {"type": "string"}} for media in MEDIA_TYPES},
         "description": "Plain text or HTML (with `id`), a JSON article or list of articles, or JSON Lines "
                        "(`id`, `text`, optional `title`, `date`, `url`, `publisher`, `author`)."}


@router.post("/documents", status_code=201, openapi_extra={"requestBody": _BODY},
             responses={201: {"description": "The documents stored (each with its IRI and counts) and those "
                                             "skipped, each with its reason"},
                        **documented_errors(401, 403, 413, 415, 422, 503)})
async def post_documents(
    request: Request,
    id: str | None = Query(None, description="The document's id, for a plain-text or HTML body."),  # noqa: A002
) -> Response:
    """Extract the articles of the body and store them; answers once they are durable."""
    app = request.app
    settings: Settings = app.state.settings
    try:
        check_write(settings, request.headers.get("authorization"))
        body = await read_body(request, upload_limit(settings))
    except ProtocolError as exc:
        return failure_response(exc)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        items = read_upload(body, media_type, doc_id=id, max_chars=settings.max_document_chars)
    except InputError as exc:
        status = 415 if media_type not in MEDIA_TYPES else 422
        return error_response(status, str(exc))
    summary = await run_in_threadpool(_ingest, app.state, items)
    answer = answer_of(summary)
    return JSONResponse(answer, status_code=201 if summary.documents else 422)


def _ingest(state: Any, items: list[Document | Skipped]) -> IngestSummary:
    """Extract and store under the lock; the pipeline is loaded on the first request, the reference data
    stored once per process."""
    with _LOCK:
        settings: Settings = state.settings
        store: GraphStore = state.store
        if getattr(state, "extractor", None) is None:
            state.extractor = Extractor(settings.pipeline)
            ensure_reference_data(store)
        return ingest_items(items, store, state.extractor, reference_data=False)


def answer_of(summary: IngestSummary) -> dict[str, Any]:
    """The JSON answer: what was stored and what was skipped, and the totals."""
    return {
        "documents": [{"id": d.id, "iri": d.iri, "stances": d.stances, "actors": d.actors, "triples": d.triples}
                      for d in summary.stored],
        "skipped": [{"source": s.source, "reason": s.reason} for s in summary.skipped],
        "stored": summary.documents, "stances": summary.stances, "triples": summary.triples,
    }
