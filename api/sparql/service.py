"""The SPARQL service: one operation in, one HTTP response out, under the configured limits.

`SparqlService` holds the store, the settings and the bounded worker pool. It answers queries (negotiated
format, deadline, row cap, streaming), updates (token, dataset parameters) and the service description.
Every refusal is a JSON error in the project's one shape; nothing a client sends ends in a 500.
"""
from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any, cast

import pyoxigraph as ox
from starlette.responses import Response, StreamingResponse

from api.errors import error_response
from api.sparql.dataset import query_dataset, update_with_dataset
from api.sparql.description import describe
from api.sparql.gate import GateLimits, admit
from api.sparql.negotiation import accepted_media_types, choose
from api.sparql.protocol import Operation, ProtocolError
from api.sparql.results import Answer, Expired, Job
from api.sparql.workers import Overloaded, WorkerPool
from graph.errors import QueryError, StoreUnavailable
from graph.settings import Settings
from graph.store import GraphStore
from graph.store.terms import syntax_of


class StreamAborted(Exception):
    """A streamed answer passed its deadline or failed midway: the connection is cut, not closed cleanly."""


class WholeAnswer(Response):
    """A complete answer whose head is built as bytes at once.

    Starlette's `Response.__init__` lower-cases, encodes and scans a header mapping; on a cheap query that
    costs more than the rest of the response, and these headers are known to be in order already.
    """

    def __init__(self, answer: Answer) -> None:  # not Response.__init__: see above
        self.status_code = 200
        self.background = None
        self.body = answer.body
        self.raw_headers = [(b"content-type", answer.content_type.encode("latin-1")), (b"vary", b"accept"),
                            (b"content-length", str(len(answer.body)).encode("latin-1"))]
        self.raw_headers += [(name.lower().encode("latin-1"), value.encode("latin-1"))
                             for name, value in answer.headers.items()]


class SparqlService:
    """Answers SPARQL operations for one store."""

    def __init__(self, store: GraphStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self.pool = WorkerPool(settings.max_concurrent_queries)
        self._waiting: set[Job] = set()  # jobs whose request waits for the first answer
        self.short_of_memory = False
        self.gate = GateLimits(max_depth=settings.max_query_depth, max_term_depth=settings.max_query_term_depth,
                               max_chain=settings.max_query_chain, allow_service=settings.allow_service,
                               allow_load=settings.allow_load)

    def _admit(self, text: str, *, update: bool) -> frozenset[str]:
        """The length limit, then the query gate (`api/sparql/gate.py`); the keywords the dataset needs."""
        limit = self.settings.max_query_length
        if len(text) > limit:
            raise ProtocolError(413, f"the request is {len(text)} characters long; the limit is {limit} "
                                     "(STANCEGRAPH_MAX_QUERY_LENGTH)")
        return admit(text, update=update, limits=self.gate)

    async def _run(self, job: Job, produce: Any, *, deadline: float | None) -> Answer:
        """Hand `produce` to a worker and wait for the answer's head, until `deadline` (loop time)."""
        # the pool keeps deadlines on the monotonic clock (uvloop's loop time is not quite that clock)
        late_at = None if deadline is None else time.monotonic() + deadline - job.loop.time()
        try:
            self.pool.submit(lambda: job.run(produce), deadline=late_at)
        except Overloaded as exc:
            job.refuse()
            setting = f"STANCEGRAPH_MAX_CONCURRENT_QUERIES={self.pool.size}"
            raise ProtocolError(503, f"the server is busy: {exc} ({setting}); retry shortly",
                                headers={"Retry-After": "1"}) from exc
        job.start()
        timer = job.loop.call_at(deadline, job.expire) if deadline is not None else None
        self._waiting.add(job)
        try:
            return await job.head
        except Expired:
            if self.short_of_memory:
                limit = self.settings.max_service_memory_mb
                raise ProtocolError(503, "the service ran short of memory while answering this query "
                                         f"(STANCEGRAPH_MAX_SERVICE_MEMORY_MB={limit}); retry shortly",
                                    headers={"Retry-After": "2"}) from None
            raise ProtocolError(503, f"the query ran past the time limit of {self.settings.query_timeout:g} s "
                                     "(STANCEGRAPH_QUERY_TIMEOUT)") from None
        except BaseException:  # the client went away (cancelled) or the worker failed: stop the job
            job.abandon()
            raise
        finally:
            self._waiting.discard(job)
            if timer is not None:
                timer.cancel()

    def expire_waiting(self) -> None:
        """Answer every query still computing its first answer with 503 now (on the event loop): the
        supervisor is about to replace this worker because its memory passed the limit."""
        self.short_of_memory = True
        for job in list(self._waiting):
            job.expire()

    async def query(self, operation: Operation, *, accept: str | None, base_iri: str) -> Response:
        """Evaluate a query and answer in the negotiated format."""
        text = operation.text
        words = self._admit(text, update=False)
        dataset = query_dataset(operation, words)
        name = operation.one("format")
        store = self.store

        def produce(job: Job) -> None:
            result = store.query(text, base_iri=base_iri, **dataset)
            kind = "results" if isinstance(result, ox.QuerySolutions | ox.QueryBoolean) else "graph"
            fmt = choose(kind, accept, name)
            if fmt is None:
                wanted = f"format '{name}'" if name else f"Accept '{accept}'"
                raise ProtocolError(406, f"cannot serve {wanted} for this query; available: "
                                         + ", ".join(accepted_media_types(kind)))
            if isinstance(result, ox.QueryBoolean):
                job.begin(fmt.content_type)
                job.write(result.serialize(format=fmt.results) or b"")
            elif isinstance(result, ox.QuerySolutions):
                job.begin(fmt.content_type, fmt.results)
                job.serialize(result, fmt.results)
            else:
                job.begin(fmt.content_type)
                job.serialize(result, fmt.rdf)

        job = _new_job(self.settings.max_rows)
        deadline = job.loop.time() + self.settings.query_timeout
        answer = await self._run(job, produce, deadline=deadline)
        if not answer.streaming:
            return WholeAnswer(answer)
        headers = {"content-type": answer.content_type, "vary": "accept", **answer.headers}
        return StreamingResponse(self._stream(job, answer.body, deadline), headers=headers)

    @staticmethod
    async def _stream(job: Job, first: bytes, deadline: float) -> AsyncIterator[bytes]:
        """The rest of a streamed answer; the query's one deadline covers the whole stream."""
        loop = job.loop
        try:
            yield first
            while True:
                try:
                    chunk = await asyncio.wait_for(job.next_chunk(), max(deadline - loop.time(), 0.0))
                except TimeoutError:
                    raise StreamAborted("the query ran past the time limit while streaming") from None
                except Exception as exc:
                    raise StreamAborted(f"the results failed midway: {exc}") from None
                if chunk is None:
                    return
                yield chunk
        finally:
            job.abandon()

    async def update(self, operation: Operation, *, base_iri: str) -> Response:
        """Apply an update (the caller has checked the token); 204 when done."""
        self._admit(operation.text, update=True)
        text = update_with_dataset(operation)
        store = self.store

        def produce(job: Job) -> None:
            store.update(text, base_iri=base_iri)

        await self._run(_new_job(0), produce, deadline=None)
        return Response(status_code=204)

    def description(self, *, endpoint: str, accept: str | None, name: str | None) -> Response:
        """The service description in the negotiated RDF format."""
        fmt = choose("graph", accept, name)
        if fmt is None:
            raise ProtocolError(406, "cannot serve the service description in that format; available: "
                                     + ", ".join(accepted_media_types("graph")))
        settings = self.settings
        body = describe(endpoint, triples=self.store.triple_count(), update=bool(settings.update_token),
                        federation=settings.allow_service,
                        rdf_format=syntax_of(cast(ox.RdfFormat, fmt.rdf)).rdflib)
        return Response(body, headers={"content-type": fmt.content_type, "vary": "accept"})


def _new_job(max_rows: int) -> Job:
    """A job on the running loop; a process out of file descriptors gets a 503, not a client error."""
    try:
        return Job(asyncio.get_running_loop(), max_rows=max_rows)
    except OSError as exc:
        raise ProtocolError(503, f"the server cannot open a pipe for the answer ({exc.strerror or exc}); "
                                 "retry shortly", headers={"Retry-After": "1"}) from exc


def failure_response(exc: BaseException) -> Response:
    """The JSON error answer for anything an operation raised."""
    if isinstance(exc, ProtocolError):
        response = error_response(exc.status, str(exc))
        response.headers.update(exc.headers)
        return response
    if isinstance(exc, StoreUnavailable):
        return error_response(503, str(exc))
    if isinstance(exc, QueryError | SyntaxError):
        return error_response(400, str(exc))
    return error_response(400, f"the operation could not be evaluated: {exc}")
