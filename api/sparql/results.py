"""Writing query answers with pyoxigraph's own writers, from a worker thread, under a deadline and a row cap.

A `Job` links one worker thread to one request. The worker evaluates the query and serialises it into a
writer object; the request waits for the answer's head (status, media type, first bytes) until the deadline.

- SELECT results under a row cap (`max_rows` > 0) are written whole before the head is sent, so the head can
  say whether rows were cut (`X-Stancegraph-Truncated: true`). The writer counts rows in the serialised
  bytes (per format, at marks no literal can contain) and stops the serialisation after the last allowed
  row, closing the document properly. Memory is bounded by the cap.
- CONSTRUCT / DESCRIBE graphs, and SELECT results without a cap, stream: the head goes out with the first
  64 KiB, then chunks follow with back-pressure (at most a few chunks wait in memory).
- At the deadline the request answers 503 (nothing sent yet) or aborts the stream, and flags the job: the
  writer refuses the next bytes, which stops pyoxigraph's iteration of the results.
"""
from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any, cast

import pyoxigraph as ox

STREAM_CHUNK = 64 * 1024
CHUNKS_IN_FLIGHT = 4


class Stopped(Exception):
    """The request gave up on this job (deadline passed, client gone)."""


class _Full(Exception):
    """The row cap is reached; the body is complete."""


@dataclass(slots=True)
class Answer:
    """What the request sends: the head and the first (or only) body bytes; `streaming` when more follow."""

    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    streaming: bool = False


class Job:
    """The state one request and one worker share."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.cancelled = False
        self.head: asyncio.Future[Answer] = loop.create_future()
        self.chunks: asyncio.Queue[bytes | BaseException | None] = asyncio.Queue()
        self.credits = threading.Semaphore(CHUNKS_IN_FLIGHT)
        self._head_sent = False

    # worker side
    def send_head(self, answer: Answer) -> None:
        self._head_sent = True
        self.loop.call_soon_threadsafe(_settle, self.head, answer, None)

    def push(self, item: bytes | BaseException | None) -> None:
        if isinstance(item, bytes):
            while not self.credits.acquire(timeout=0.1):
                if self.cancelled:
                    raise Stopped()
        self.loop.call_soon_threadsafe(self.chunks.put_nowait, item)

    def fail(self, error: BaseException) -> None:
        if self._head_sent:
            self.push(error)
        else:
            self._head_sent = True
            self.loop.call_soon_threadsafe(_settle, self.head, None, error)

    def run(self, produce: Callable[[Job], None]) -> None:
        """The worker's entry point: `produce(self)` with every failure handed to the request."""
        try:
            produce(self)
        except Stopped:
            pass
        except BaseException as exc:  # the request turns it into an HTTP answer
            _drop_frames(exc)
            try:
                self.fail(exc)
            except (RuntimeError, Stopped):  # loop closed or request gone
                pass


def _drop_frames(exc: BaseException | None) -> None:
    """Forget the worker's frames: pyoxigraph's result objects in them must be dropped in this thread."""
    seen = 0
    while exc is not None and seen < 10:
        exc.__traceback__ = None
        exc = exc.__cause__ or exc.__context__
        seen += 1


def _settle(future: asyncio.Future[Answer], answer: Answer | None, error: BaseException | None) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        assert answer is not None
        future.set_result(answer)


class _StreamWriter:
    """A file-like sink for pyoxigraph's writers that streams 64 KiB chunks to the request."""

    def __init__(self, job: Job, content_type: str) -> None:
        self.job = job
        self.content_type = content_type
        self.parts: list[bytes] = []
        self.size = 0
        self.started = False

    def write(self, data: bytes) -> int:
        if self.job.cancelled:
            raise Stopped()
        self.parts.append(bytes(data))
        self.size += len(data)
        if self.size >= STREAM_CHUNK:
            self._flush()
        return len(data)

    def flush(self) -> None:
        """Called by pyoxigraph's writer; chunks are sent by size, not on flush."""

    def _flush(self) -> None:
        chunk, self.parts, self.size = b"".join(self.parts), [], 0
        if not self.started:
            self.started = True
            self.job.send_head(Answer(self.content_type, chunk, streaming=True))
        else:
            self.job.push(chunk)

    def close(self) -> None:
        if not self.started:
            self.job.send_head(Answer(self.content_type, b"".join(self.parts)))
            return
        if self.parts:
            self._flush()
        self.job.push(None)


@dataclass(frozen=True, slots=True)
class _RowMarks:
    """Where rows meet in one results format: the n-th `mark` relates to row n by these offsets."""

    mark: bytes
    trigger: int  # mark number (cap + trigger) proves a row past the cap exists
    cut: int  # the body ends at mark number (cap + cut), keeping `keep` bytes of it
    keep: int
    closer: bytes


_ROW_MARKS = {
    # `},{"` only occurs between bindings: inside a JSON string a quote is always escaped.
    ox.QueryResultsFormat.JSON: _RowMarks(b'},{"', 0, 0, 1, b"]}}"),
    # `<` is escaped in XML text, so `<result>` is always a tag.
    ox.QueryResultsFormat.XML: _RowMarks(b"<result>", 1, 1, 0, b"</results></sparql>"),
    # TSV escapes line breaks in terms; the first line is the header.
    ox.QueryResultsFormat.TSV: _RowMarks(b"\n", 2, 1, 1, b""),
    # CSV ends rows with CRLF; a literal holding CRLF itself would be miscounted (rare).
    ox.QueryResultsFormat.CSV: _RowMarks(b"\r\n", 2, 1, 2, b""),
}


class _CappedWriter:
    """A file-like sink that keeps the whole body and stops the writer after `cap` rows."""

    def __init__(self, job: Job, results_format: ox.QueryResultsFormat, cap: int) -> None:
        self.job = job
        self.marks = _ROW_MARKS[results_format]
        self.trigger = cap + self.marks.trigger
        self.cut_at = cap + self.marks.cut
        self.parts: list[bytes] = []
        self.size = 0
        self.tail = b""
        self.count = 0
        self.cut = 0
        self.truncated = False

    def write(self, data: bytes) -> int:
        if self.job.cancelled:
            raise Stopped()
        data = bytes(data)
        mark = self.marks.mark
        window = self.tail + data
        base = self.size - len(self.tail)
        self.parts.append(data)
        self.size += len(data)
        position = window.find(mark)
        while position != -1:
            self.count += 1
            if self.count == self.cut_at:
                self.cut = base + position + self.marks.keep
            if self.count == self.trigger:
                self.truncated = True
                raise _Full()
            position = window.find(mark, position + len(mark))
        self.tail = window[len(window) - len(mark) + 1:] if len(mark) > 1 else b""
        return len(data)

    def flush(self) -> None:
        """Called by pyoxigraph's writer; nothing to do."""

    def body(self) -> bytes:
        joined = b"".join(self.parts)
        return joined[: self.cut] + self.marks.closer if self.truncated else joined


def write_solutions(job: Job, solutions: ox.QuerySolutions, fmt: Any, *, max_rows: int) -> None:
    """Serialise SELECT results: whole under a row cap (signalling a cut), streamed without one."""
    if max_rows <= 0:
        writer = _StreamWriter(job, fmt.content_type)
        solutions.serialize(cast(IO[bytes], writer), format=fmt.results)
        writer.close()
        return
    capped = _CappedWriter(job, fmt.results, max_rows)
    try:
        solutions.serialize(cast(IO[bytes], capped), format=fmt.results)
    except (_Full, OSError) as exc:
        if not capped.truncated:
            raise _unwrap(exc) from None
    headers = {}
    if capped.truncated:
        headers = {"X-Stancegraph-Truncated": "true", "X-Stancegraph-Max-Rows": str(max_rows)}
    job.send_head(Answer(fmt.content_type, capped.body(), headers))


def write_triples(job: Job, triples: ox.QueryTriples, fmt: Any) -> None:
    """Serialise CONSTRUCT / DESCRIBE results as a stream."""
    writer = _StreamWriter(job, fmt.content_type)
    try:
        triples.serialize(cast(IO[bytes], writer), format=fmt.rdf)
    except OSError as exc:
        raise _unwrap(exc) from None
    writer.close()


def _unwrap(exc: BaseException) -> BaseException:
    """pyoxigraph wraps an exception raised by a writer's write(): give back the original."""
    inner = exc.__cause__ or exc.__context__
    return inner if isinstance(inner, (Stopped, _Full)) else exc
