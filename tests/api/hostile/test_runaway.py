"""Runaway queries against a real `stancegraph serve`: each gets its answer in time, costs bounded memory,
and leaves a server that answers `/health` within 2 s all along and every query after.

pyoxigraph cannot cancel a query, so a query that computes before it writes (ORDER BY, COUNT, GROUP BY over
a cross product; property paths over every node) ran on after its 503 in the old single-process server:
ORDER BY grew it by about 200 MB/s until the machine ran out of memory, eight COUNTs held every query slot
for good. The supervisor replaces the worker instead (`api/supervisor.py`); these tests watch that from
outside: status codes and answer times as a client sees them, resident memory of the whole process tree,
the worker generation `/health` reports, and acknowledged writes read back after a replacement.

The store: a cycle of 2,500 nodes (every property path over it relates 6 million pairs) and 20 literals of
20,000 characters for the regex bombs; a cross product of four triple patterns over it has 4e13 rows.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from graph.store import OxigraphStore
from tests.served import MemoryPeak, Served, memory_guard

EX = "http://example.org/"
TOKEN = "hostile-token"
TIMEOUT = 2.0  # the STANCEGRAPH_QUERY_TIMEOUT
GRACE = 2.0
# An ORDER BY runaway grows by 250 MB/s on a busy machine and by 1 GB/s on an idle one, so it may pass the
# limit before or after its deadline: either way its client gets a 503 (the deadline's, or the memory
# watchdog's, which warns the worker 0.3 s before replacing it).
MEMORY_MB = 1200
MIB = 1024 * 1024
# The command (~150 MB) plus a worker at its limit plus what a runaway ORDER BY adds before it is replaced.
TREE_BOUND = 2000 * MIB
GUARD_CAP = 2400 * MIB  # past this the guard kills the server (the old single process reaches it in 8 s)
RECOVERY = TIMEOUT + GRACE + 8.0  # seconds from a runaway's start until a new worker must answer
HEALTH_LIMIT = 2.0
IDLE_CPU = 0.2  # CPU seconds a second: an idle server uses a few hundredths, a runaway query a whole core

CROSS_ORDER = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?l"
CROSS_COUNT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CROSS_GROUP = "SELECT ?a (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a"
PATHS = [
    f"SELECT ?s ?o {{ ?s (<{EX}next>|!<{EX}next>)* ?o }}",
    f"SELECT (COUNT(*) AS ?n) {{ ?s (!<{EX}absent>)+ ?o }}",
]
REGEX_BOMBS = [
    'SELECT ?s { ?s ?p ?o FILTER(REGEX(?o, "(a+)+$")) }',
    'SELECT ?s { ?s ?p ?o FILTER(REGEX(STR(?o), "^(a|aa)+$")) }',
]

pytestmark = pytest.mark.slow


def hostile_graph(nodes: int = 2500, literals: int = 20) -> str:
    cycle = [f"<{EX}n{i}> <{EX}next> <{EX}n{(i + 1) % nodes}> ." for i in range(nodes)]
    texts = [f'<{EX}r{i}> <{EX}text> "{"a" * 20_000}!" .' for i in range(literals)]
    return "\n".join(cycle + texts) + "\n"


def put_graph(served: Served, graph: str, ntriples: str) -> int:
    answer = httpx.put(f"{served.base}/store", params={"graph": graph}, content=ntriples, timeout=30,
                       headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/n-triples"})
    assert answer.status_code in (201, 204), answer.text
    return answer.status_code


def update(served: Served, text: str) -> None:
    answer = httpx.post(f"{served.base}/sparql", data={"update": text}, timeout=30,
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 204, answer.text


def ask(served: Served, query: str, timeout: float = 5.0, client: httpx.Client | None = None) -> httpx.Response:
    return (client or served.client).get(f"{served.base}/sparql", params={"query": query}, timeout=timeout)


def generation(served: Served) -> int | None:
    """The worker generation `/health` reports (None: no supervised worker)."""
    worker = served.health().get("worker")
    return None if worker is None else int(worker["generation"])


@dataclass
class Episode:
    """What a client saw of one hostile request, and what the server did meanwhile."""

    status: int | None = None
    seconds: float = 0.0
    health_seconds: list[float] = field(default_factory=list)  # inf: not answered 200 in time
    memory: MemoryPeak = field(default_factory=MemoryPeak)
    generations: tuple[int | None, int | None] = (None, None)
    idle_cpu: float = 0.0  # CPU seconds the server used in the second after the episode

    @property
    def slowest_health(self) -> float:
        return max(self.health_seconds)


def health_seconds(served: Served) -> float:
    started = time.monotonic()
    try:
        served.health(timeout=HEALTH_LIMIT)
    except (httpx.HTTPError, AssertionError) as exc:
        print(f"/health failed after {time.monotonic() - started:.2f} s: {exc!r}")
        return float("inf")
    return time.monotonic() - started


def send_hostile(served: Served, queries: list[str], *, replaced: bool) -> list[Episode]:
    """Send `queries` at once, check /health every 0.25 s while they run and (with `replaced`) until a new
    worker answers; one episode per query (the health and memory record is shared)."""
    before = generation(served)
    episodes = [Episode() for _ in queries]
    record = episodes[0]

    def send(query: str, episode: Episode) -> None:
        with httpx.Client() as client:  # made before the clock starts: making one takes 0.1 s of CPU
            started = time.monotonic()
            try:
                episode.status = ask(served, query, timeout=RECOVERY, client=client).status_code
            except httpx.HTTPError:
                episode.status = None
            episode.seconds = time.monotonic() - started

    with memory_guard(served, cap=GUARD_CAP) as memory:
        pairs = zip(queries, episodes, strict=True)
        threads = [threading.Thread(target=send, args=pair, daemon=True) for pair in pairs]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        while any(t.is_alive() for t in threads) or (replaced and time.monotonic() - started < RECOVERY):
            record.health_seconds.append(health_seconds(served))
            if replaced and not any(t.is_alive() for t in threads) and _generation_or_none(served) != before:
                break
            time.sleep(0.25)
        for thread in threads:
            thread.join(RECOVERY)
        record.health_seconds.append(health_seconds(served))  # after
        cpu = served.cpu_seconds()
        time.sleep(1.0)
        record.idle_cpu = served.cpu_seconds() - cpu
    for episode in episodes:
        episode.memory = memory
        episode.generations = (before, _generation_or_none(served))
        episode.health_seconds, episode.idle_cpu = record.health_seconds, record.idle_cpu
    print(f"hostile: {[(e.status, round(e.seconds, 2)) for e in episodes][:2]}, peak {memory.peak // MIB} MiB, "
          f"slowest /health {record.slowest_health:.2f} s, idle CPU {record.idle_cpu:.2f} s/s, {record.generations}")
    return episodes


def _generation_or_none(served: Served) -> int | None:
    try:
        return generation(served)
    except (httpx.HTTPError, AssertionError):
        return None


def assert_bounded_runaway(episode: Episode) -> None:
    """503 at the deadline, /health fast all along, memory under the bound, and a new worker after."""
    assert not episode.memory.killed, f"the server grew past {GUARD_CAP // MIB} MiB and was killed"
    assert episode.status == 503
    assert episode.seconds <= TIMEOUT + 1.5  # the deadline's 503, or the memory watchdog's before it
    assert episode.slowest_health < HEALTH_LIMIT, episode.health_seconds
    assert episode.memory.peak < TREE_BOUND, f"{episode.memory.peak // MIB} MiB"
    before, after = episode.generations
    assert before is not None and after is not None and after > before, "the runaway's worker was not replaced"
    assert episode.idle_cpu < IDLE_CPU, f"the server still uses {episode.idle_cpu:.2f} s of CPU a second"


@pytest.fixture(scope="module")
def servers(serve_stancegraph: Callable[..., Served]) -> Iterator[Callable[[], Served]]:
    """The module's server, started anew when a test left it dead (the memory guard killed it)."""
    current: list[Served] = []

    def alive() -> Served:
        if not current or current[-1].process.poll() is not None:
            current.append(serve_stancegraph(query_timeout=TIMEOUT, runaway_grace=GRACE,
                                             max_service_memory_mb=MEMORY_MB, update_token=TOKEN))
            put_graph(current[-1], f"{EX}hostile", hostile_graph())
        return current[-1]

    yield alive


@pytest.fixture
def served(servers: Callable[[], Served]) -> Served:
    return servers()


@pytest.mark.timeout(60)
def test_an_order_by_cross_product_gets_503_and_stops_costing_memory(served: Served) -> None:
    (episode,) = send_hostile(served, [CROSS_ORDER], replaced=True)
    assert_bounded_runaway(episode)
    assert ask(served, "ASK {}").status_code == 200


@pytest.mark.timeout(60)
def test_eight_count_cross_products_get_503_and_leave_the_slots_free(served: Served) -> None:
    episodes = send_hostile(served, [CROSS_COUNT] * 8, replaced=True)
    assert [e.status for e in episodes] == [503] * 8
    answered_by = time.monotonic() + 2.0  # the episode ends once a new worker answers
    while (status := ask(served, "ASK {}").status_code) != 200 and time.monotonic() < answered_by:
        time.sleep(0.1)
    assert status == 200, "the query slots are still held"
    for episode in episodes:
        assert_bounded_runaway(episode)


@pytest.mark.timeout(60)
def test_a_group_by_cross_product_gets_503_and_its_worker_is_replaced(served: Served) -> None:
    (episode,) = send_hostile(served, [CROSS_GROUP], replaced=True)
    assert_bounded_runaway(episode)
    reason = served.health()["worker"]["last_replacement"]
    assert "STANCEGRAPH_RUNAWAY_GRACE" in reason  # GROUP BY holds little memory: its lateness ends it


@pytest.mark.timeout(60)
@pytest.mark.parametrize("query", PATHS, ids=["alternative-star", "negated-plus"])
def test_property_paths_over_everything_get_503_and_are_stopped(served: Served, query: str) -> None:
    (episode,) = send_hostile(served, [query], replaced=True)
    assert_bounded_runaway(episode)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("query", REGEX_BOMBS, ids=["nested-plus", "alternation"])
def test_regex_bombs_are_answered_in_linear_time(served: Served, query: str) -> None:
    # Backtracking engines take exponential time on these; Oxigraph's (Rust's regex crate) is linear.
    (episode,) = send_hostile(served, [query], replaced=False)
    assert episode.status == 200
    assert episode.seconds < 1.0
    assert episode.slowest_health < HEALTH_LIMIT
    assert episode.memory.peak < TREE_BOUND
    assert episode.generations[0] == episode.generations[1]  # nothing to replace
    assert ask(served, query).json()["results"]["bindings"] == []


@pytest.mark.timeout(60)
def test_acknowledged_writes_survive_a_runaways_replacement(served: Served) -> None:
    graph = f"{EX}acknowledged-put"
    put_graph(served, graph, f"<{EX}a> <{EX}b> <{EX}c> .\n")
    update(served, f"INSERT DATA {{ GRAPH <{EX}acknowledged-update> {{ <{EX}a> <{EX}b> 1 }} }}")
    (episode,) = send_hostile(served, [CROSS_COUNT], replaced=True)  # right after the answers
    assert_bounded_runaway(episode)
    assert ask(served, f"ASK {{ GRAPH <{graph}> {{ <{EX}a> <{EX}b> <{EX}c> }} }}").json()["boolean"] is True
    assert ask(served, f"ASK {{ GRAPH <{EX}acknowledged-update> {{ <{EX}a> <{EX}b> 1 }} }}").json()["boolean"]


@pytest.mark.timeout(60)
def test_acknowledged_writes_survive_a_sigkill_of_the_worker(served: Served) -> None:
    worker = served.health().get("worker")
    assert worker is not None, "no supervised worker"
    put_graph(served, f"{EX}killed-put", "".join(f"<{EX}p{n}> <{EX}b> <{EX}c> .\n" for n in range(50)))
    for number in range(20):
        update(served, f"INSERT DATA {{ GRAPH <{EX}killed> {{ <{EX}w{number}> <{EX}b> {number} }} }}")
    os.kill(worker["pid"], signal.SIGKILL)  # at once after the last 204: no flush, no clean close
    back_by = time.monotonic() + 5.0
    while (now := _generation_or_none(served)) in (None, worker["generation"]) and time.monotonic() < back_by:
        time.sleep(0.05)
    assert now == worker["generation"] + 1
    assert "killed by signal 9" in served.health()["worker"]["last_replacement"]
    for graph, triples in ((f"{EX}killed", "20"), (f"{EX}killed-put", "50")):
        count = ask(served, f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        assert count.json()["results"]["bindings"][0]["n"]["value"] == triples


@pytest.fixture
def memory_limited(serve_stancegraph: Callable[..., Served]) -> Iterator[Served]:
    """A server whose only way to end a runaway in time is its memory limit (the grace is a minute); the
    deadline comes early enough that the client has its 503 before the limit is reached."""
    served = serve_stancegraph(query_timeout=0.5, runaway_grace=60, max_service_memory_mb=700, update_token=TOKEN)
    put_graph(served, f"{EX}small", "".join(f'<{EX}s{i}> <{EX}p{i % 7}> "v{i}" .\n' for i in range(300)))
    yield served


@pytest.mark.timeout(90)
def test_the_memory_limit_replaces_a_growing_worker_and_a_stop_flushes(memory_limited: Served) -> None:
    served = memory_limited
    (episode,) = send_hostile(served, [CROSS_ORDER], replaced=True)
    assert not episode.memory.killed
    assert episode.status == 503 and episode.seconds < 2.5
    assert episode.slowest_health < HEALTH_LIMIT
    assert episode.memory.peak < 1400 * MIB, f"{episode.memory.peak // MIB} MiB"
    assert "STANCEGRAPH_MAX_SERVICE_MEMORY_MB=700" in served.health()["worker"]["last_replacement"]
    assert "replacing service worker 1" in served.log.read_text()
    # SIGTERM stops the supervisor and its worker cleanly, and the store opens again at once with its data.
    assert served.stop() == 0
    store = OxigraphStore(Path(served.log.parent, "store"))
    assert store.triple_count() == 300


def test_a_query_ended_by_the_memory_limit_gets_a_503_that_says_so(serve_stancegraph: Callable[..., Served]) -> None:
    """Past the memory limit, long before its deadline, the runaway's client is answered, not cut off."""
    served = serve_stancegraph(query_timeout=60, runaway_grace=60, max_service_memory_mb=700, update_token=TOKEN)
    put_graph(served, f"{EX}small", "".join(f'<{EX}s{i}> <{EX}p{i % 7}> "v{i}" .\n' for i in range(300)))
    with memory_guard(served, cap=GUARD_CAP) as memory:
        answer = httpx.get(f"{served.base}/sparql", params={"query": CROSS_ORDER}, timeout=60)
    assert not memory.killed
    assert answer.status_code == 503, answer.text
    assert "STANCEGRAPH_MAX_SERVICE_MEMORY_MB=700" in answer.json()["error"]
    end = time.monotonic() + RECOVERY
    while served.health()["worker"]["generation"] == 1 and time.monotonic() < end:
        time.sleep(0.1)
    assert "STANCEGRAPH_MAX_SERVICE_MEMORY_MB=700" in served.health()["worker"]["last_replacement"]
