"""A bounded pool of daemon worker threads for SPARQL evaluation.

pyoxigraph releases the GIL while it evaluates, so queries run in these threads beside the event loop.
It cannot cancel a query: a query abandoned at its deadline runs on until it next writes into its pipe (the
closed pipe then stops it, see `results.py`) or, for a query that computes before writing anything
(ORDER BY, GROUP BY, COUNT over a large join), until it ends, keeping a core busy. That is why the pool is
bounded: at most `size` jobs hold a slot at once, a job keeps its slot until its thread is really done, and
a request that finds no free slot is refused at once (503) instead of waiting in a queue that grows. The
threads are daemons, so a runaway query never keeps the process from exiting.

The pool knows each job's deadline, so it can tell how long the most overdue job has held its slot past it
(`lateness`): `stancegraph serve` reports that to its supervisor, which replaces the whole process when a
job is overdue by more than a grace period (see `api/supervisor.py`), the only way to stop such a query.
"""
from __future__ import annotations

import itertools
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

WORKER_STACK_BYTES = 16 * 1024 * 1024  # virtual: only the pages a query touches are resident


class Overloaded(Exception):
    """Every slot is taken."""


class WorkerPool:
    """`size` daemon threads; `submit` runs a function in one of them (it reports its own result)."""

    def __init__(self, size: int, *, name: str = "sparql") -> None:
        self.size = size
        self._jobs: queue.SimpleQueue[tuple[int, Callable[[], Any]]] = queue.SimpleQueue()
        self._busy = 0
        self._deadlines: dict[int, float] = {}  # job number -> deadline (time.monotonic) of jobs with a slot
        self._numbers = itertools.count()
        self._count = threading.Lock()
        # pyoxigraph's parser recurses once per nesting level: a stack of known size keeps the query gate's
        # margins (measured with 8 MiB stacks, docs/sparql.md) wherever the service runs (musl: 128 KiB)
        previous = threading.stack_size(WORKER_STACK_BYTES)
        try:
            for number in range(size):
                threading.Thread(target=self._work, name=f"{name}-{number}", daemon=True).start()
        finally:
            threading.stack_size(previous)

    @property
    def busy(self) -> int:
        """Slots taken now (jobs running, including abandoned ones)."""
        return self._busy

    def lateness(self) -> float:
        """Seconds the most overdue job still holding a slot is past its deadline; 0.0 when none is."""
        with self._count:
            earliest = min(self._deadlines.values(), default=None)
        return 0.0 if earliest is None else max(time.monotonic() - earliest, 0.0)

    def submit(self, job: Callable[[], Any], *, deadline: float | None = None) -> None:
        """Run `job()` in a worker; it must not raise (it hands its result to its request itself).

        Args:
            deadline: when the job's request gives up (`time.monotonic()` time); None for no deadline.

        Raises:
            Overloaded: no slot is free.
        """
        number = next(self._numbers)
        with self._count:  # a slot is a count under this lock (a semaphore would take a second lock)
            if self._busy >= self.size:
                raise Overloaded(f"all {self.size} query slots are busy")
            self._busy += 1
            if deadline is not None:
                self._deadlines[number] = deadline
        self._jobs.put((number, job))

    def _work(self) -> None:
        while True:
            number, job = self._jobs.get()
            try:
                job()
            except BaseException:  # a job reports its own errors; never let one kill the worker
                pass
            finally:
                with self._count:
                    self._busy -= 1
                    self._deadlines.pop(number, None)
