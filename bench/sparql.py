"""/sparql against `oxigraph serve` (the Oxigraph 0.5 server from the `oxigraph` package), side by side in one
run: the same generated actor/stance graph on disk (a copy each), the same client, the same queries, 8
concurrent connections, keep-alive. Three configurations, plus a yardstick:

- "oxigraph": `oxigraph serve` queried directly;
- "ours": our `/sparql` on the embedded store;
- "ours remote": our `/sparql` in front of that same `oxigraph serve` (`STANCEGRAPH_STORE=http://...`), with
  its gate, limits and tokens, the query and its answer making one more HTTP trip;
- the yardstick for cheap queries: `bench/_bare_sparql.py`, the least a Python server around pyoxigraph can
  do (no checks, no limits), with queries in a thread pool ("bare thread") and on the event loop ("bare
  inline"). It shows how much of the distance to Oxigraph is ours and how much any Python server has.

The sides take turns, round after round (the order turning), so that a drift of the machine's speed
touches all. The figure of a query is the median over rounds of each round's requests/s ratio (to Oxigraph,
and ours to the bare thread app); p50 and p99 latencies are medians over rounds too.

- Cheap queries (a subject lookup, one actor's stances, one actor's GROUP BY): `wrk` drives them when it is
  installed (a C load generator: the client then costs little CPU beside the servers on a small machine); else
  httpx's async client, which is slow enough to be the bottleneck and flatters the slower server. Each request
  puts a random number from 0 to 999 in its query, so each query takes 1,000 forms.
- The heavy query (every stance grouped by holder) takes seconds at a million quads, so a round of a fixed
  time holds only a few requests: each round sends exactly one request per client and waits for them all,
  and it gets three times as many rounds as a cheap query (one round swings by a third on a shared machine).
- Last, memory while ours streams a million-row SELECT with no row cap.

The last lines (`README:`) are the figures of the README's row, with the machine's load average.

    python -m bench sparql                     # 200,000 quads, 5 s a cheap round, 3 rounds
    python -m bench.sparql 1000000 5 5         # quads, seconds, rounds
"""
from __future__ import annotations

import asyncio
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import httpx
import pyoxigraph as ox

from api.local_server import free_port, oxigraph_command, wait_for_sparql
from ontology.namespace import SG, SGID

CLIENTS = 8
STANCE_TYPES = [SG.Demand, SG.Reject, SG.Accuse, SG.Deny, SG.Agree, SG.Concede, SG.Offer, SG.Support]
PROLOGUE = f"PREFIX sg: <{SG.holder.removesuffix('holder')}>\n"
N = "__N__"  # each request puts a random number from 0 to 999 here
CHEAP = {
    # cheapest: one stance's description, a subject lookup
    "stance lookup": f"SELECT ?p ?o WHERE {{ <{SGID}stance/{N}> ?p ?o }}",
    # cheap: one actor's stances, one hop
    "1-hop stances": PROLOGUE + (
        f"SELECT ?stance ?type ?target WHERE {{ ?stance sg:holder <{SGID}actor/{N}> ; a ?type ; sg:target ?target }}"),
    # cheap: one actor's stances grouped by type
    "per-actor GROUP BY": PROLOGUE + (
        f"SELECT ?type (COUNT(*) AS ?n) WHERE {{ ?s sg:holder <{SGID}actor/{N}> ; a ?type }} GROUP BY ?type"),
}
# heavy: every stance, grouped by holder, ranked
HEAVY = ("all-holders GROUP BY", PROLOGUE + (
    "SELECT ?holder (COUNT(*) AS ?n) WHERE { ?s sg:holder ?holder ; sg:target ?t } "
    "GROUP BY ?holder ORDER BY DESC(?n) LIMIT 10"))
ACCEPT = "application/sparql-results+json"
SIDES = ("oxigraph", "ours", "ours remote", "bare thread", "bare inline")
HEAVY_SIDES = SIDES[:3]  # the bare app has no deadline or slot limit: heavy queries are ours against Oxigraph
HEAVY_ROUNDS = 3  # heavy rounds per cheap round: a round of 8 heavy answers swings by a third on a shared machine
Measure = tuple[float, float, float, int]  # requests/s, p50 ms, p99 ms, errors

WRK_SCRIPT = """
math.randomseed({seed})
local template = "{template}"
request = function()
  local query = (template:gsub("{n}", tostring(math.random(0, 999))))
  return wrk.format("GET", wrk.path .. "?query=" .. query, {{["Accept"] = "{accept}"}})
end
"""


def generate(quads: int) -> list[ox.Quad]:
    """Stances of 1,000 actors, 5 quads each, 50 stances a document graph."""
    rng = random.Random(5)
    out = []
    for number in range(quads // 5):
        graph = ox.NamedNode(f"{SGID}document/{number // 50}")
        stance = ox.NamedNode(f"{SGID}stance/{number}")
        actor = ox.NamedNode(f"{SGID}actor/{rng.randrange(1000)}")
        target = ox.NamedNode(f"{SGID}actor/{rng.randrange(1000)}")
        out += [
            ox.Quad(stance, ox.NamedNode(str(SG.holder)), actor, graph),
            ox.Quad(stance, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    ox.NamedNode(str(rng.choice(STANCE_TYPES))), graph),
            ox.Quad(stance, ox.NamedNode(str(SG.target)), target, graph),
            ox.Quad(stance, ox.NamedNode(str(SG.position)),
                    ox.NamedNode(f"{SGID}position/{number % 300}"), graph),
            ox.Quad(stance, ox.NamedNode(str(SG.polarity)), ox.NamedNode(str(SG.positive)), graph),
        ]
    return out


def _uvicorn(app: list[str], port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """uvicorn serving `app` (its import string and flags) on a loopback port, quietly."""
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", *app, "--host", "127.0.0.1", "--port", str(port), "--no-access-log",
         "--log-level", "warning"],
        env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _serve_ours(store: Path, port: int, **settings: str) -> subprocess.Popen[bytes]:
    return _uvicorn(["api.app:create_app", "--factory"], port, {"STANCEGRAPH_STORE": str(store), **settings})


def _serve_bare(store: Path, port: int) -> subprocess.Popen[bytes]:
    return _uvicorn(["bench._bare_sparql:app"], port, {"STORE": str(store)})


def _cpu_seconds(pid: int) -> float:
    """CPU time a process has used (user and system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _settle(processes: list[subprocess.Popen[bytes]], *, timeout: float = 300.0) -> None:
    """Wait until the servers are idle: ours builds the paths projection of the whole store in a background
    thread at start-up, which would hold the interpreter's lock through the first rounds."""
    deadline = time.monotonic() + timeout
    before = [_cpu_seconds(p.pid) for p in processes]
    while time.monotonic() < deadline:
        time.sleep(1.0)
        now = [_cpu_seconds(p.pid) for p in processes]
        if all(b - a < 0.05 for a, b in zip(before, now, strict=True)):
            return
        before = now


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _memory(store: Path, processes: list[subprocess.Popen[bytes]]) -> None:
    """Server memory while it streams a million-row SELECT (no row cap): it should stay flat."""
    port = free_port()
    process = _serve_ours(store, port, STANCEGRAPH_QUERY_TIMEOUT="300", STANCEGRAPH_MAX_ROWS="0")
    processes.append(process)
    url = f"http://127.0.0.1:{port}/sparql"
    wait_for_sparql(process, url, timeout=90)
    query = PROLOGUE + "SELECT ?a ?b WHERE { ?a sg:polarity ?x . ?b sg:polarity ?y } LIMIT 1000000"
    before, peak, sent = _rss_mb(process.pid), 0.0, 0
    started = time.perf_counter()
    with httpx.stream("GET", url, params={"query": query}, timeout=300) as response:
        for chunk in response.iter_bytes():
            sent += len(chunk)
            peak = max(peak, _rss_mb(process.pid))
    elapsed = time.perf_counter() - started
    print(f"million-row SELECT streamed (max_rows=0): {sent / 1e6:,.0f} MB in {elapsed:.1f} s; server RSS "
          f"{before:.0f} MB before, {peak:.0f} MB at peak (+{peak - before:.0f} MB)", flush=True)


def _wrk(url: str, template: str, seconds: float, seed: int, script_dir: Path) -> Measure:
    """One round of `wrk` against `url`, each request with a fresh random number in the query."""
    script = script_dir / f"query-{seed}.lua"
    script.write_text(WRK_SCRIPT.format(seed=seed, template=quote(template, safe=""), n=N, accept=ACCEPT))
    shown = subprocess.run(
        ["wrk", "-t1", f"-c{CLIENTS}", f"-d{seconds:g}s", "--latency", "-s", str(script), url],
        capture_output=True, text=True, check=True).stdout

    def ms(label: str) -> float:
        value, unit = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", shown, re.M).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", shown).group(1))  # type: ignore[union-attr]
    failed = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", shown)
    return rate, ms("50%"), ms("99%"), int(failed.group(1)) if failed else 0


async def _timed(url: str, template: str, seconds: float, seed: int) -> Measure:
    """One round of CLIENTS httpx loops for `seconds` (when wrk is missing)."""
    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds

    async def loop(client: httpx.AsyncClient, rng: random.Random) -> None:
        nonlocal errors
        while time.perf_counter() < stop:
            query = template.replace(N, str(rng.randrange(1000)))
            started = time.perf_counter()
            response = await client.get(url, params={"query": query}, headers={"accept": ACCEPT})
            latencies.append(time.perf_counter() - started)
            errors += response.status_code != 200

    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(limits=limits, timeout=600) as client:
        began = time.perf_counter()
        await asyncio.gather(*(loop(client, random.Random(seed * 100 + i)) for i in range(CLIENTS)))
        elapsed = time.perf_counter() - began
    return _summary(latencies, elapsed, errors)


async def _fixed(url: str, query: str) -> Measure:
    """One round of the heavy query: one request per client, all at once, until the last answer."""
    latencies: list[float] = []

    async def one(client: httpx.AsyncClient) -> int:
        started = time.perf_counter()
        response = await client.get(url, params={"query": query}, headers={"accept": ACCEPT})
        latencies.append(time.perf_counter() - started)
        return int(response.status_code != 200)

    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=CLIENTS), timeout=600) as client:
        began = time.perf_counter()
        errors = sum(await asyncio.gather(*(one(client) for _ in range(CLIENTS))))
        elapsed = time.perf_counter() - began
    return _summary(latencies, elapsed, errors)


def _summary(latencies: list[float], elapsed: float, errors: int) -> Measure:
    latencies.sort()
    return (len(latencies) / elapsed, 1000 * latencies[len(latencies) // 2],
            1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], errors)


def _rounds(urls: dict[str, str], rounds: int, measure: Callable[[str, int], Measure]) -> dict[str, list[Measure]]:
    """`rounds` rounds of `measure(url, round)` on every side, the order turning each round."""
    results: dict[str, list[Measure]] = {side: [] for side in urls}
    names = list(urls)
    for number in range(rounds):
        for side in names[number % len(names):] + names[:number % len(names)]:
            results[side].append(measure(urls[side], number))
    return results


def _ratios(results: dict[str, list[Measure]], side: str, reference: str) -> list[float]:
    """Each round's requests/s of `side` over those of `reference`."""
    return [mine[0] / theirs[0] for mine, theirs in zip(results[side], results[reference], strict=True)]


def _shown(spread: list[float]) -> str:
    return f"{statistics.median(spread):.2f}x ({min(spread):.2f}-{max(spread):.2f})"


def _report(label: str, results: dict[str, list[Measure]]) -> dict[str, str]:
    """A block per query: each side's requests/s, its ratio to Oxigraph (median, range), p50/p99; the ratios
    by side (and "ours/bare" when the yardstick ran)."""
    print(label, flush=True)
    figures = {}
    for side, runs in results.items():
        figures[side] = "" if side == "oxigraph" else _shown(_ratios(results, side, "oxigraph"))
        rate, p50, p99 = (statistics.median(run[i] for run in runs) for i in range(3))
        errors = sum(run[3] for run in runs)
        print(f"  {side:<12}{rate:10,.1f} r/s {figures[side]:<18} p50 {p50:8.1f} ms  p99 {p99:8.1f} ms"
              + (f"  {errors} errors" if errors else ""), flush=True)
    if "bare thread" in results:
        figures["ours/bare"] = _shown(_ratios(results, "ours", "bare thread"))
        print(f"  ours / bare thread: {figures['ours/bare']}", flush=True)
    return figures


def main(quads: int = 200_000, seconds: float = 5.0, rounds: int = 3) -> None:
    oxigraph_cli = oxigraph_command()
    if oxigraph_cli is None:
        print("the `oxigraph` command is missing (pip install oxigraph): nothing to compare against")
        return
    workdir = Path(tempfile.mkdtemp(prefix="sparql-bench-"))
    processes: list[subprocess.Popen[bytes]] = []
    loads = [os.getloadavg()[0]]
    try:
        data = generate(quads)
        for name in ("oxigraph", "ours", "bare"):
            store = ox.Store(str(workdir / name))
            store.bulk_extend(data)
            store.flush()
            del store
        ports = {side: free_port() for side in ("oxigraph", "ours", "ours remote", "bare")}
        oxigraph = f"http://127.0.0.1:{ports['oxigraph']}"
        processes.append(subprocess.Popen(
            [oxigraph_cli, "serve", "--location", str(workdir / "oxigraph"), "--bind",
             f"127.0.0.1:{ports['oxigraph']}", "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        # the same work as oxigraph serve, which has neither a time limit nor a slot limit by default
        same = {"STANCEGRAPH_QUERY_TIMEOUT": "300", "STANCEGRAPH_MAX_CONCURRENT_QUERIES": "16"}
        processes.append(_serve_ours(workdir / "ours", ports["ours"], **same))
        processes.append(_uvicorn(["api.app:create_app", "--factory"], ports["ours remote"],
                                  {"STANCEGRAPH_STORE": oxigraph, **same}))
        processes.append(_serve_bare(workdir / "bare", ports["bare"]))
        base = {side: f"http://127.0.0.1:{port}" for side, port in ports.items()}
        urls = {"oxigraph": f"{oxigraph}/query", "ours": f"{base['ours']}/sparql",
                "ours remote": f"{base['ours remote']}/sparql",
                "bare thread": f"{base['bare']}/thread", "bare inline": f"{base['bare']}/inline"}
        for url, process in zip(urls.values(), processes, strict=False):
            wait_for_sparql(process, url, timeout=90)
        _settle(processes)
        client = "wrk" if shutil.which("wrk") else "httpx (wrk is not installed)"
        print(f"{len(data):,} quads on disk, {CLIENTS} concurrent connections, {os.cpu_count()} CPUs shared by the "
              f"servers and the client; cheap queries: {client}, {rounds} rounds of {seconds:g} s; heavy: "
              f"{rounds * HEAVY_ROUNDS} rounds of one request per connection")
        figures: dict[str, dict[str, str]] = {}
        for label, template in CHEAP.items():
            for url in urls.values():  # warm-up
                asyncio.run(_timed(url, template, 1.0, 0))
            if shutil.which("wrk"):
                results = _rounds(urls, rounds, lambda url, n, t=template: _wrk(url, t, seconds, n + 1, workdir))
            else:
                results = _rounds(urls, rounds, lambda url, n, t=template: asyncio.run(_timed(url, t, seconds, n)))
            figures[label] = _report(label, results)
            loads.append(os.getloadavg()[0])
        label, query = HEAVY
        heavy_urls = {side: urls[side] for side in HEAVY_SIDES}
        for url in heavy_urls.values():  # warm-up
            asyncio.run(_fixed(url, query))
        figures[label] = _report(label, _rounds(heavy_urls, rounds * HEAVY_ROUNDS,
                                                lambda url, n: asyncio.run(_fixed(url, query))))
        loads.append(os.getloadavg()[0])
        _readme(figures, quads, loads)
        for process in processes:
            process.terminate()
            process.wait(timeout=10)
        processes.clear()
        _memory(workdir / "ours", processes)
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


def _readme(figures: dict[str, dict[str, str]], quads: int, loads: list[float]) -> None:
    """The README row's figures: per query, the three configurations against Oxigraph, and ours / bare."""
    print(f"README: {quads:,} quads, load average {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores; "
          "requests/s as a share of `oxigraph serve` direct (median of rounds, range):")
    for label, shown in figures.items():
        yardstick = f"; ours / bare thread {shown['ours/bare']}" if "ours/bare" in shown else ""
        print(f"README:   {label}: ours {shown['ours']}, ours remote {shown['ours remote']}{yardstick}")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main(int(arguments[0]) if arguments else 200_000, float(arguments[1]) if len(arguments) > 1 else 5.0,
         int(arguments[2]) if len(arguments) > 2 else 3)
