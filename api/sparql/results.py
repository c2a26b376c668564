"""Query answers written by pyoxigraph into a pipe that the event loop reads, under a deadline and a row cap.

An answer's first 64 KiB are kept in memory (`_Spool`): most answers are no larger, and they reach the loop
with the worker's end without touching the pipe. What follows is about the answers that outgrow it.

A worker thread evaluates the query and hands pyoxigraph the write end of a pipe as a file path
(`/proc/self/fd/N`): pyoxigraph then evaluates and serialises without taking the GIL back (a Python writer
object takes it for every 8 KiB it writes, and waits for it while the event loop holds it: that made a large
serialisation many times slower and cost every cheap request a thread switch). The worker reports its end
through the event loop; the loop reads the other end without blocking (a quick answer once, at that end; a
slow or large one as it comes, once it takes longer than `READ_DELAY`) and builds the answer:

- SELECT results under a row cap (`max_rows` > 0) are read whole before the head is sent, so the head can
  say whether rows were cut (`X-Stancegraph-Truncated: true`). Rows are counted in the serialised bytes (per
  format, at marks no literal can contain); past the cap the read end is closed and the document is closed
  properly after the last allowed row. Memory is bounded by the cap (plus the pipe's buffer).
- CONSTRUCT / DESCRIBE graphs, and SELECT results without a cap, stream: the head goes out with the first
  64 KiB, then chunks follow; reading pauses while a few chunks wait, so a slow client holds the writer back
  (the pipe fills and pyoxigraph blocks, without the GIL).
- Stopping is real: closing the read end makes pyoxigraph's next write fail (EPIPE), which ends the
  evaluation. A query that computes before it writes anything (ORDER BY, GROUP BY, COUNT over a large join)
  runs on until its first write (opening the path of a pipe whose read end is closed does not block on Linux:
  the first write fails).

pyoxigraph ends a serialisation into a path with an fsync, which a pipe refuses (EINVAL) after every byte
was written; that one error is taken as the end of a complete answer. Where `/proc/self/fd` is missing (not
Linux), a Python writer copies pyoxigraph's output into the pipe instead: slower, the same answers.
"""
from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import time
from collections import deque
from dataclasses import dataclass, field
from typing import IO, Any, cast

import pyoxigraph as ox

from api.sparql.row_cap import RowCap

STREAM_CHUNK = 64 * 1024
CHUNKS_IN_FLIGHT = 4
READ_SIZE = 256 * 1024
READ_DELAY = 0.002  # seconds before the loop watches the pipe (a quicker answer is read at its end)
SPOOL_SIZE = 64 * 1024  # an answer up to this size never goes through the pipe
RERUN_WITHIN = 0.02  # seconds: an answer outgrowing the spool sooner is evaluated again into the pipe
PIPE_START_SIZE = 64 * 1024  # Linux's default pipe buffer
PIPE_SIZE = 1024 * 1024
F_SETPIPE_SZ = 1031  # Linux fcntl: grow a pipe's buffer (fewer wake-ups for large answers)
FD_PATH = "/proc/self/fd/{}"
PATH_OUTPUT = os.path.isdir("/proc/self/fd")
_SYNC_REFUSED = "(os error 22)"  # EINVAL from the final fsync of a pipe


class Expired(Exception):
    """The deadline passed before the answer's head was ready."""


@dataclass(slots=True)
class Answer:
    """What the request sends: the head and the first (or only) body bytes; `streaming` when more follow."""

    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    streaming: bool = False


class _Overflow(Exception):
    """The answer outgrew the spool early: evaluate it again, writing into the pipe by path."""


class _Spool:
    """Worker: the first `SPOOL_SIZE` bytes of pyoxigraph's output, kept in memory.

    Most answers are small: held here, they reach the loop with the worker's end and the pipe is never
    written (opening it by path, the refused fsync and the read cost a cheap query a fifth of its time). An
    answer that outgrows the spool goes to the pipe: evaluated again with the pipe as its path when its
    first bytes came within `RERUN_WITHIN` of the start (evaluating that far again costs little), else
    copied into the pipe from here on (an evaluation that computed long before writing is not repeated).
    """

    def __init__(self, job: Job) -> None:
        self.job = job
        self.parts: list[bytes] = []
        self.size = 0
        self.started = time.monotonic()
        self.pipe: _PipeWriter | None = None  # set once the answer is copied into the pipe
        self.rerun = False

    def write(self, data: bytes) -> int:
        job = self.job
        if job.cancelled or job._closed:  # the request gave up: stop the evaluation, as a closed pipe does
            raise BrokenPipeError("the answer is no longer read")
        if self.pipe is not None:
            return self.pipe.write(data)
        self.parts.append(bytes(data))
        self.size += len(data)
        if self.size > SPOOL_SIZE:
            if PATH_OUTPUT and time.monotonic() - self.started < RERUN_WITHIN:
                self.rerun = True
                raise _Overflow
            os.set_blocking(job.write_fd, True)
            self.pipe = _PipeWriter(job.write_fd)
            job.began_at = time.monotonic()  # the loop watches the pipe from now on
            spooled, self.parts = b"".join(self.parts), []
            self.pipe.write(spooled)
        return len(data)

    def flush(self) -> None:
        """Nothing is buffered here beyond the spool itself."""

    def whole(self) -> bytes | None:
        """The complete answer when it stayed in the spool, else None (it went to the pipe)."""
        return None if self.pipe is not None or self.rerun else b"".join(self.parts)


class _PipeWriter:
    """A file-like sink copying pyoxigraph's output into the pipe (only where paths cannot be used)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]
        return len(data)

    def flush(self) -> None:
        """Nothing is buffered here."""


class Job:
    """One query: a worker thread writes its answer into a pipe, the event loop reads it into an `Answer`.

    The worker sets `content_type` and `results_format` before it writes the first byte, and `error` before
    it reports its end (`call_soon_threadsafe`): the end comes through the event loop, not as an end of
    file, so that a quick answer costs the loop one wake-up. The loop watches the pipe only once the answer
    has been in writing for longer than `READ_DELAY` (a large or slow answer must be read while it is
    written); a quick one waits in the pipe's buffer and is read when the end is reported. The delay runs
    from the moment the worker begins the answer, not from the request: a job that waited for a worker or
    for the interpreter's lock has written nothing yet, and watching its pipe would cost the loop two
    system calls and a wake-up for nothing. The read end is closed by the loop,
    at the end or to stop the job; the write end after the worker has reported its end.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, *, max_rows: int) -> None:
        self.loop = loop
        self.max_rows = max_rows
        self.read_fd, self.write_fd = _pipe()
        self.head: asyncio.Future[Answer] = loop.create_future()
        self.content_type = ""
        self.results_format: ox.QueryResultsFormat | None = None  # SELECT results (a row cap applies)
        self.error: BaseException | None = None
        self.began_at: float | None = None  # time.monotonic() when the worker began writing into the pipe
        self.spooled: bytes | None = None  # the whole answer, when it never went through the pipe
        self._spool: _Spool | None = None
        self.cancelled = False
        self._parts: list[bytes] = []
        self._size = 0
        self._cap: RowCap | None = None
        self._received = False
        self._reading = False
        self._closed = False
        self._watch: asyncio.TimerHandle | None = None
        self.chunks: deque[bytes] = deque()
        self.finished = False
        self._waiter: asyncio.Future[None] | None = None

    # ---- worker side ------------------------------------------------------------------------------------
    def run(self, produce: Any) -> None:
        """The worker's entry point: `produce(self)`; every failure is left for the request, then the end."""
        try:
            self._spool = spool = _Spool(self)
            try:
                produce(self)
            except BaseException:
                if not spool.rerun:
                    raise
                self._spool = None  # the answer outgrew the spool at once: again, into the pipe
                produce(self)
            self.spooled = spool.whole() if self._spool is not None else None
        except BaseException as exc:  # the request turns it into an HTTP answer
            if not (self.cancelled or self._closed or _is_final_sync(exc)):
                _drop_frames(exc)
                self.error = exc
        finally:
            try:
                self.loop.call_soon_threadsafe(self._worker_done)
            except RuntimeError:  # the event loop is closed: nobody reads any more
                os.close(self.write_fd)
                if not self._closed:
                    self._closed = True
                    os.close(self.read_fd)

    def begin(self, content_type: str, results_format: ox.QueryResultsFormat | None = None) -> None:
        """Worker: the answer's media type (and, for SELECT results, the format rows are counted in)."""
        self.content_type = content_type
        self.results_format = results_format

    def serialize(self, result: ox.QuerySolutions | ox.QueryTriples, fmt: Any) -> None:
        """Worker: pyoxigraph evaluates and writes the whole answer, into the spool, else into the pipe."""
        if self._spool is not None:
            result.serialize(cast(IO[bytes], self._spool), format=fmt)
        elif PATH_OUTPUT:
            self.began_at = time.monotonic()
            result.serialize(FD_PATH.format(self.write_fd), format=fmt)
        else:
            self.began_at = time.monotonic()
            result.serialize(cast(IO[bytes], _PipeWriter(self.write_fd)), format=fmt)

    def write(self, data: bytes) -> None:
        """Worker: a small answer made in Python (an ASK result: a few dozen bytes)."""
        if self._spool is not None:
            self._spool.write(data)
        else:
            _PipeWriter(self.write_fd).write(data)

    # ---- event loop side ---------------------------------------------------------------------------------
    def start(self) -> None:
        """The job is with a worker: watch the pipe once the answer has been in writing for `READ_DELAY`."""
        self._watch = self.loop.call_later(READ_DELAY, self._check_progress)

    def _check_progress(self) -> None:
        """Watch the pipe if the worker began the answer `READ_DELAY` ago; else look again when it may have."""
        began_at = self.began_at
        waited = 0.0 if began_at is None else time.monotonic() - began_at
        if began_at is not None and waited >= READ_DELAY:
            self._watch = None
            self.start_reading()
        elif not (self._closed or self.finished):
            self._watch = self.loop.call_later(READ_DELAY - waited, self._check_progress)

    def start_reading(self) -> None:
        if not self._reading and not self._closed and not self.finished:
            self._reading = True
            self.loop.add_reader(self.read_fd, self._readable)

    def _pause(self) -> None:
        if self._reading:
            self._reading = False
            self.loop.remove_reader(self.read_fd)

    def close(self) -> None:
        """Close the read end (once): the writer's next write fails, which stops the evaluation."""
        self._pause()
        if not self._closed:
            self._closed = True
            os.close(self.read_fd)

    def refuse(self) -> None:
        """The job never reached a worker: close both ends."""
        self.close()
        os.close(self.write_fd)

    def abandon(self) -> None:
        """Stop the job: the writer's next write fails."""
        self.cancelled = True
        self.chunks.clear()
        self.close()

    def expire(self) -> None:
        """The deadline: fail the head if it is still pending, and stop the job."""
        if not self.head.done():
            self.head.set_exception(Expired())
            self.abandon()

    def _read(self) -> bytes:
        """What the pipe holds now (up to `READ_SIZE`); empty when nothing is waiting."""
        try:
            return os.read(self.read_fd, READ_SIZE)
        except BlockingIOError:
            return b""
        except OSError as exc:
            self.error = self.error or exc
            return b""

    def _readable(self) -> None:
        data = self._read()
        if data:
            self._take(data)

    def _take(self, data: bytes) -> None:
        if not self._received:
            self._received = True
            if len(data) >= PIPE_START_SIZE:  # a large answer: a larger buffer means fewer wake-ups
                with contextlib.suppress(OSError):
                    fcntl.fcntl(self.read_fd, F_SETPIPE_SZ, PIPE_SIZE)
        if self.head.done():
            self.chunks.append(data)
            if len(self.chunks) >= CHUNKS_IN_FLIGHT:
                self._pause()
            self._wake()
            return
        self._parts.append(data)
        self._size += len(data)
        if self.results_format is not None and self.max_rows > 0:
            cap = self._cap = self._cap or RowCap(self.results_format, self.max_rows)
            if cap.feed(data):
                self.close()
                self.head.set_result(self._whole())
        elif self._size >= STREAM_CHUNK:
            first, self._parts, self._size = b"".join(self._parts), [], 0
            self.head.set_result(Answer(self.content_type, first, streaming=True))

    def _worker_done(self) -> None:
        """The worker has returned: what the pipe still holds is the rest of the answer."""
        if self._watch is not None:
            self._watch.cancel()
        os.close(self.write_fd)
        if self.spooled is not None:  # the answer never went through the pipe
            if self.spooled and not self._closed:
                self._take(self.spooled)
            self.spooled = None
        else:
            while not self._closed and (data := self._read()):
                self._take(data)
                if len(data) < READ_SIZE:  # the writer is done: a short read left the pipe empty
                    break
        self.finished = True
        self.close()
        if self.head.done():
            self._wake()
        elif self.error is not None:
            self.head.set_exception(self.error)
        else:
            self.head.set_result(self._whole())

    def _whole(self) -> Answer:
        body = b"".join(self._parts)
        self._parts = []
        cap = self._cap
        if cap is None or not cap.truncated:
            return Answer(self.content_type, body)
        headers = {"X-Stancegraph-Truncated": "true", "X-Stancegraph-Max-Rows": str(self.max_rows)}
        return Answer(self.content_type, cap.body(body), headers)

    def _wake(self) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def next_chunk(self) -> bytes | None:
        """The next streamed chunk; None at the end. Raises the worker's error if it failed midway."""
        while not self.chunks:
            if self.finished:
                if self.error is not None:
                    raise self.error
                return None
            self._waiter = self.loop.create_future()
            await self._waiter
        chunk = self.chunks.popleft()
        if len(self.chunks) < CHUNKS_IN_FLIGHT:
            self.start_reading()
        return chunk


def _pipe() -> tuple[int, int]:
    """A pipe whose read end does not block (one system call where the system has pipe2).

    The write end's flags do not matter where pyoxigraph opens it by path (its own file description, which
    blocks); elsewhere the Python writer needs it blocking.
    """
    if PATH_OUTPUT and hasattr(os, "pipe2"):
        return os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    return read_fd, write_fd


def _is_final_sync(exc: BaseException) -> bool:
    """pyoxigraph's fsync of the pipe at the end of a complete answer, refused by the system."""
    return PATH_OUTPUT and isinstance(exc, OSError) and str(exc).endswith(_SYNC_REFUSED)


def _drop_frames(exc: BaseException | None) -> None:
    """Forget the worker's frames: pyoxigraph's result objects in them must be dropped in this thread."""
    seen = 0
    while exc is not None and seen < 10:
        exc.__traceback__ = None
        exc = exc.__cause__ or exc.__context__
        seen += 1
