"""Answers through the pipe: the bytes pyoxigraph writes arrive whole, streamed or cut, and a job stops.

Each test runs a `Job` the way the service does, its worker in a thread of its own and its reader on an event
loop, on both ways of writing into the pipe: pyoxigraph opening the pipe by path (Linux) and the Python writer
used where paths cannot be.
"""
from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pyoxigraph as ox
import pytest

from api.sparql import results
from api.sparql.results import STREAM_CHUNK, Answer, Job

JSON = ox.QueryResultsFormat.JSON
SELECT = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o"
# every triple with every other and every third: far longer than any test, writing rows as it goes
ENDLESS = "SELECT ?a ?b WHERE { ?a ?p ?o . ?b ?p ?o2 . ?c ?p ?o3 }"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    predicate = ox.NamedNode("http://example.org/p")
    store.extend(ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), predicate, ox.Literal(f"value {i:05}"))
                 for i in range(3000))
    return store


@pytest.fixture(params=["path", "python writer"])
def output(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "path" and not results.PATH_OUTPUT:
        pytest.skip("this system has no /proc/self/fd: only the Python writer is used")
    monkeypatch.setattr(results, "PATH_OUTPUT", request.param == "path")
    yield request.param


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0


def _started(produce: Callable[[Job], None], *, max_rows: int = 0) -> tuple[Job, threading.Thread]:
    """A job as the service runs it: its worker in a thread, its reader on the running loop."""
    job = Job(asyncio.get_running_loop(), max_rows=max_rows)
    worker = threading.Thread(target=job.run, args=(produce,), daemon=True)
    worker.start()
    job.start()
    return job, worker


async def _answer(produce: Callable[[Job], None], *, max_rows: int) -> tuple[Answer, bytes, threading.Thread]:
    job, worker = _started(produce, max_rows=max_rows)
    answer = await asyncio.wait_for(job.head, 30)
    body = answer.body
    if answer.streaming:
        while (chunk := await asyncio.wait_for(job.next_chunk(), 30)) is not None:
            body += chunk
    worker.join(30)
    return answer, body, worker


def test_a_select_arrives_whole_under_the_cap(store: ox.Store, output: str) -> None:
    def produce(job: Job) -> None:
        job.begin("application/sparql-results+json", JSON)
        job.serialize(store.query(SELECT), JSON)

    before = _open_fds()
    answer, body, worker = asyncio.run(_answer(produce, max_rows=5000))
    assert not worker.is_alive()
    assert not answer.streaming and not answer.headers
    assert body == store.query(SELECT).serialize(format=JSON)
    assert _open_fds() == before, "a pipe end was left open"


def test_past_the_cap_the_rows_are_cut_and_the_document_closed(store: ox.Store, output: str) -> None:
    def produce(job: Job) -> None:
        job.begin("application/sparql-results+json", JSON)
        job.serialize(store.query(ENDLESS), JSON)

    started = time.monotonic()
    answer, body, worker = asyncio.run(_answer(produce, max_rows=7))
    assert not worker.is_alive(), "the evaluation went on after the cap"
    assert time.monotonic() - started < 20
    assert answer.headers == {"X-Stancegraph-Truncated": "true", "X-Stancegraph-Max-Rows": "7"}
    assert len(json.loads(body)["results"]["bindings"]) == 7


def test_a_large_graph_streams_in_chunks_that_add_up(store: ox.Store, output: str) -> None:
    construct = "CONSTRUCT WHERE { ?s ?p ?o }"

    def produce(job: Job) -> None:
        job.begin("application/n-triples")
        job.serialize(store.query(construct), ox.RdfFormat.N_TRIPLES)

    answer, body, _ = asyncio.run(_answer(produce, max_rows=10))  # the cap is for SELECT results only
    assert answer.streaming and len(answer.body) >= STREAM_CHUNK
    assert body == store.query(construct).serialize(format=ox.RdfFormat.N_TRIPLES)


def test_a_failure_before_the_first_byte_is_the_answer(output: str) -> None:
    def produce(job: Job) -> None:
        raise ValueError("no such format")

    with pytest.raises(ValueError, match="no such format"):
        asyncio.run(_answer(produce, max_rows=10))


def _endless(store: ox.Store, done: threading.Event, *, delay: float = 0.0) -> Callable[[Job], None]:
    """A worker function streaming `ENDLESS` after `delay` seconds; `done` is set when it returns."""

    def produce(job: Job) -> None:
        try:
            time.sleep(delay)
            job.begin("application/sparql-results+json", JSON)
            job.serialize(store.query(ENDLESS), JSON)
        finally:
            done.set()

    return produce


def test_an_abandoned_stream_stops_the_evaluation(store: ox.Store, output: str) -> None:
    """Closing the read end makes pyoxigraph's next write fail: a query of hours ends at once."""
    worker_done = threading.Event()

    async def scenario() -> bool:
        job, _ = _started(_endless(store, worker_done))
        answer = await asyncio.wait_for(job.head, 30)
        assert answer.streaming
        job.abandon()
        for _ in range(2000):  # the worker reports its end through the loop, which closes the write end
            if job.finished:
                return True
            await asyncio.sleep(0.01)
        return False

    before = _open_fds()
    assert asyncio.run(scenario()), "the evaluation did not stop"
    assert worker_done.is_set()
    assert _open_fds() == before, "a pipe end was left open"


def test_a_job_abandoned_before_its_first_byte_ends_without_hanging(store: ox.Store, output: str) -> None:
    """The read end is closed before pyoxigraph opens the pipe by path: the opening must not block, and the
    first write must fail."""
    worker_done = threading.Event()

    async def scenario() -> Any:
        job, _ = _started(_endless(store, worker_done, delay=0.3))  # the request gives up meanwhile
        job.expire()
        with pytest.raises(results.Expired):
            await job.head

    asyncio.run(scenario())
    assert worker_done.wait(20), "the worker hung or the evaluation did not stop"


def _counted(query: str, store: ox.Store, calls: list[int]) -> Callable[[Job], None]:
    """A worker function serialising `query`, counting how often it is evaluated."""

    def produce(job: Job) -> None:
        calls.append(1)
        job.begin("application/sparql-results+json", JSON)
        job.serialize(store.query(query), JSON)

    return produce


def test_a_small_answer_never_touches_the_pipe(store: ox.Store, monkeypatch: pytest.MonkeyPatch) -> None:
    small = "SELECT ?o WHERE { <http://example.org/s7> ?p ?o }"
    monkeypatch.setattr(Job, "_read", lambda job: pytest.fail("the pipe was read for a small answer"))
    calls: list[int] = []
    answer, body, _ = asyncio.run(_answer(_counted(small, store, calls), max_rows=10))
    assert calls == [1] and not answer.streaming
    assert body == store.query(small).serialize(format=JSON)


def test_an_answer_outgrowing_the_spool_at_once_is_evaluated_again_into_the_pipe(
        store: ox.Store, monkeypatch: pytest.MonkeyPatch) -> None:
    if not results.PATH_OUTPUT:
        pytest.skip("this system has no /proc/self/fd: an answer outgrowing the spool is copied into the pipe")
    monkeypatch.setattr(results, "RERUN_WITHIN", 600.0)  # "at once", however loaded the machine
    calls: list[int] = []
    _, body, _ = asyncio.run(_answer(_counted(SELECT, store, calls), max_rows=0))
    assert len(body) > results.SPOOL_SIZE and calls == [1, 1]
    assert body == store.query(SELECT).serialize(format=JSON)


def test_a_late_answer_outgrowing_the_spool_is_copied_not_evaluated_again(
        store: ox.Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(results, "RERUN_WITHIN", 0.0)  # as if its first bytes came after a long evaluation
    calls: list[int] = []
    before = _open_fds()
    answer, body, _ = asyncio.run(_answer(_counted(SELECT, store, calls), max_rows=0))
    assert calls == [1] and answer.streaming
    assert body == store.query(SELECT).serialize(format=JSON)
    _, capped_body, worker = asyncio.run(_answer(_counted(ENDLESS, store, calls), max_rows=7))
    assert not worker.is_alive(), "the evaluation went on after the cap"
    assert len(json.loads(capped_body)["results"]["bindings"]) == 7
    assert _open_fds() == before, "a pipe end was left open"
