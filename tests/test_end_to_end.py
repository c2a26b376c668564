"""Text in, RDF in a store, SPARQL and the stance export out: through the real command line and server, on
every store backend."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from graph.store import GraphStore
from tests.backends import Backend
from tests.conftest import EXAMPLES, ROOT, live_server

CLI = [sys.executable, "-c", "from api.cli import main; main()"]


def run_cli(*args: str, backend: Backend | None = None) -> subprocess.CompletedProcess[str]:
    """A `stancegraph` command in a new process, pointed at `backend`'s endpoints when it is a server."""
    environment = {**os.environ, **(backend.environment() if backend else {})}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=ROOT, timeout=300, env=environment)


@pytest.fixture
def examples_on_backend(backend: Backend, embedded_examples: GraphStore, request: pytest.FixtureRequest) -> GraphStore:
    return backend.copy_held_by(request, "examples", embedded_examples)


def test_ingest_then_query_lists_the_examples_actors_and_ingesting_again_changes_nothing(
        backend: Backend, tmp_path: Path) -> None:
    store = backend.location(tmp_path)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    counts = []
    for _ in range(2):
        done = run_cli("ingest", str(EXAMPLES), "--store", store, backend=backend)
        assert done.returncode == 0, done.stderr
        assert "documents: 4" in done.stderr
        assert "skipped: 0" in done.stderr
        answer = run_cli("query", count, "--store", store, "--format", "csv", backend=backend)
        counts.append(answer.stdout.splitlines()[1])
    assert counts[0] == counts[1]
    query = "SELECT DISTINCT ?label WHERE { GRAPH ?g { ?a a sg:Person ; skos:prefLabel ?label } }"
    answer = run_cli("query", query, "--store", store, "--format", "json", backend=backend)
    assert answer.returncode == 0, answer.stderr
    labels = {b["label"]["value"] for b in json.loads(answer.stdout)["results"]["bindings"]}
    assert {"Volodymyr Zelensky", "Donald Trump", "Xi Jinping"} <= labels


def test_extract_jsonl_is_the_stance_export(tmp_path: Path) -> None:
    done = run_cli("extract", str(EXAMPLES / "harbour-talks.txt"), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    kinds = [r["record"] for r in records]
    assert kinds.index("stance") > max(i for i, k in enumerate(kinds) if k == "actor")
    actors = {r["id"] for r in records if r["record"] == "actor"}
    for stance in (r for r in records if r["record"] == "stance"):
        assert stance["holder"] in actors
        assert stance["target"] is None or stance["target"] in actors
        assert stance["evidence"]["document"].endswith("/harbour-talks")
        text = (EXAMPLES / "harbour-talks.txt").read_text(encoding="utf-8")
        ev = stance["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_extract_reports_bad_input_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait".encode("latin-1"))
    (tmp_path / "good.txt").write_text((EXAMPLES / "energy-truce.txt").read_text())
    done = run_cli("extract", str(tmp_path), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    assert "empty.txt: empty file" in done.stderr
    assert "binary.txt: binary file" in done.stderr
    assert "latin1.txt: not valid UTF-8" in done.stderr
    assert "Traceback" not in done.stderr
    assert any(json.loads(line)["record"] == "stance" for line in done.stdout.splitlines())


def test_live_server_answers_sparql_and_stances(examples_on_backend: GraphStore) -> None:
    from api.app import create_app

    app = create_app(store=examples_on_backend)
    with live_server(app) as base:
        health = httpx.get(f"{base}/health")
        assert health.status_code == 200 and health.json()["triples"] > 0
        query = "SELECT ?label WHERE { GRAPH ?g { ?a a sg:State ; skos:prefLabel ?label } }"
        answer = httpx.get(f"{base}/sparql", params={"query": query})
        assert answer.status_code == 200
        labels = {b["label"]["value"] for b in answer.json()["results"]["bindings"]}
        assert {"Russia", "Ukraine", "China"} <= labels
        lines = httpx.get(f"{base}/stances", headers={"Accept": "application/x-ndjson"}).text.splitlines()
        assert {json.loads(line)["record"] for line in lines} >= {"actor", "stance"}
