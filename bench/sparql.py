"""/sparql against `oxigraph serve` (the Oxigraph 0.5 server from the `oxigraph` package), side by side in one
run: the same generated actor/stance graph on disk (two copies), the same client (httpx, 8 concurrent
requests, keep-alive), the same queries. Prints requests/s, p50 and p99 latency, and our ratio.

    python -m bench sparql                 # 200,000 quads, 5 s a measurement
    python -m bench.sparql 1000000 10      # quads, seconds
"""
from __future__ import annotations

import asyncio
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

from api.local_server import free_port
from ontology.namespace import SG, SGID

CLIENTS = 8
STANCE_TYPES = [SG.Demand, SG.Reject, SG.Accuse, SG.Deny, SG.Agree, SG.Concede, SG.Offer, SG.Support]
PROLOGUE = f"PREFIX sg: <{SG.holder.removesuffix('holder')}>\n"
QUERIES = {
    # cheapest: one stance's description, a subject lookup
    "stance lookup": lambda rng: f"SELECT ?p ?o WHERE {{ <{SGID}stance/{rng.randrange(1000)}> ?p ?o }}",
    # cheap: one actor's stances, one hop
    "1-hop stances": lambda rng: PROLOGUE + (
        f"SELECT ?stance ?type ?target WHERE {{ ?stance sg:holder <{SGID}actor/{rng.randrange(1000)}> ; "
        "a ?type ; sg:target ?target }"),
    # cheap: one actor's stances grouped by type
    "per-actor GROUP BY": lambda rng: PROLOGUE + (
        f"SELECT ?type (COUNT(*) AS ?n) WHERE {{ ?s sg:holder <{SGID}actor/{rng.randrange(1000)}> ; "
        "a ?type } GROUP BY ?type"),
    # heavy: every stance, grouped by holder, ranked
    "all-holders GROUP BY": lambda rng: PROLOGUE + (
        "SELECT ?holder (COUNT(*) AS ?n) WHERE { ?s sg:holder ?holder ; sg:target ?t } "
        "GROUP BY ?holder ORDER BY DESC(?n) LIMIT 10"),
}


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


def _wait(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.args}")
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"server did not start: {process.args}")


def _serve_ours(store: Path, port: int, **settings: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "STANCEGRAPH_STORE": str(store), **settings}
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--no-access-log", "--log-level", "warning"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


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
    _wait(url, process)
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


async def _load(url: str, make_query: object, seconds: float) -> tuple[float, float, float, int]:
    """(requests/s, p50 ms, p99 ms, errors) of CLIENTS concurrent loops for `seconds`."""
    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds

    async def loop(client: httpx.AsyncClient, rng: random.Random) -> None:
        nonlocal errors
        while time.perf_counter() < stop:
            query = make_query(rng)  # type: ignore[operator]
            started = time.perf_counter()
            response = await client.get(url, params={"query": query},
                                        headers={"accept": "application/sparql-results+json"})
            latencies.append(time.perf_counter() - started)
            errors += response.status_code != 200

    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        began = time.perf_counter()
        await asyncio.gather(*(loop(client, random.Random(i)) for i in range(CLIENTS)))
        elapsed = time.perf_counter() - began
    latencies.sort()
    return (len(latencies) / elapsed, 1000 * latencies[len(latencies) // 2],
            1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], errors)


def main(quads: int = 200_000, seconds: float = 5.0) -> None:
    oxigraph_cli = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(oxigraph_cli).exists():
        print("the `oxigraph` command is missing (pip install oxigraph): nothing to compare against")
        return
    workdir = Path(tempfile.mkdtemp(prefix="sparql-bench-"))
    processes: list[subprocess.Popen[bytes]] = []
    try:
        data = generate(quads)
        for name in ("oxigraph", "ours"):
            store = ox.Store(str(workdir / name))
            store.bulk_extend(data)
            store.flush()
            del store
        ports = {"oxigraph": free_port(), "ours": free_port()}
        processes.append(subprocess.Popen(
            [oxigraph_cli, "serve", "--location", str(workdir / "oxigraph"), "--bind",
             f"127.0.0.1:{ports['oxigraph']}", "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        # the same work as oxigraph serve, which has neither a time limit nor a slot limit by default
        processes.append(_serve_ours(workdir / "ours", ports["ours"], STANCEGRAPH_QUERY_TIMEOUT="300",
                                     STANCEGRAPH_MAX_CONCURRENT_QUERIES="16"))
        urls = {"oxigraph": f"http://127.0.0.1:{ports['oxigraph']}/query",
                "ours": f"http://127.0.0.1:{ports['ours']}/sparql"}
        for url, process in zip(urls.values(), processes, strict=True):
            _wait(url, process)
        print(f"{len(data):,} quads on disk, {CLIENTS} concurrent clients, {seconds:g} s a measurement, "
              f"{os.cpu_count()} CPUs shared by servers and client")
        print(f"{'query':<22}{'oxigraph r/s':>13}{'ours r/s':>10}{'ratio':>7}{'oxi p50/p99 ms':>17}"
              f"{'ours p50/p99 ms':>17}")
        for label, make_query in QUERIES.items():
            results = {}
            for name, url in urls.items():
                asyncio.run(_load(url, make_query, 1.0))  # warm-up
                results[name] = asyncio.run(_load(url, make_query, seconds))
            (oxi, oxi50, oxi99, oxi_err), (our, our50, our99, our_err) = results["oxigraph"], results["ours"]
            errors = f"  errors: {oxi_err}/{our_err}" if oxi_err or our_err else ""
            print(f"{label:<22}{oxi:>13.0f}{our:>10.0f}{our / oxi:>7.2f}{oxi50:>9.2f}/{oxi99:<7.2f}"
                  f"{our50:>9.2f}/{our99:<7.2f}{errors}", flush=True)
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


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000, float(sys.argv[2]) if len(sys.argv) > 2 else 5.0)
