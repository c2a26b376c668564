"""The worker pool knows how long its most overdue job has held a slot past its deadline."""
from __future__ import annotations

import threading
import time

from api.sparql.workers import WorkerPool


def test_lateness_is_the_most_overdue_job_and_ends_with_it() -> None:
    pool = WorkerPool(2, name="lateness")
    release = threading.Event()
    assert pool.lateness() == 0.0
    pool.submit(release.wait, deadline=time.monotonic() - 3.0)  # three seconds past its deadline
    pool.submit(lambda: None, deadline=time.monotonic() + 60.0)
    assert 3.0 <= pool.lateness() < 10.0
    release.set()
    for _ in range(100):
        if pool.busy == 0:
            break
        time.sleep(0.01)
    assert pool.busy == 0 and pool.lateness() == 0.0


def test_a_job_without_a_deadline_is_never_late() -> None:
    pool = WorkerPool(1, name="no-deadline")
    release = threading.Event()
    pool.submit(release.wait)
    assert pool.busy == 1 and pool.lateness() == 0.0
    release.set()
