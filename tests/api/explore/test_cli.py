"""The exploration commands: actors, actor, neighbourhood, paths, stances, run-query."""
from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import api.cli.core  # noqa: F401  (registers the core commands beside ours)
import api.cli.explore  # noqa: F401
from api.cli.base import app
from graph.store import open_store
from tests.backends import Backend, CommandStore, command_store
from tests.conftest import ROOT
from tests.queries.built_graph import build_store


@pytest.fixture(scope="module")
def store_dir(backend: Backend, tmp_path_factory: pytest.TempPathFactory,
              request: pytest.FixtureRequest) -> CommandStore:
    """The hand-built graph on the server (what `base` serves), or in an on-disk store released so commands
    can open it."""
    def directory() -> Path:
        path = tmp_path_factory.mktemp("explore") / "store"
        store = build_store(open_store(path))
        store.flush()
        del store
        gc.collect()
        return path

    return command_store(backend, request, f"built in {request.module.__name__}", build_store, directory)


def run(store_dir: CommandStore, *args: str) -> tuple[int, str, str]:
    result = store_dir.invoke(app, *args)
    answer = result.exit_code, result.stdout, result.stderr
    del result  # its traceback holds the command's store: release it before the next command
    gc.collect()
    return answer


def test_actors_searches_with_typos(store_dir: CommandStore) -> None:
    code, out, _ = run(store_dir, "actors", "zelenskyy")
    assert code == 0 and out.split()[0] == "volodymyr-zelensky"
    code, out, _ = run(store_dir, "actors", "Зеленський", "--json")
    assert json.loads(out)[0]["key"] == "volodymyr-zelensky"


def test_actor_card_and_unknown_actor(store_dir: CommandStore) -> None:
    code, out, _ = run(store_dir, "actor", "Putin")
    assert code == 0 and json.loads(out)["key"] == "vladimir-putin"
    code, _, err = run(store_dir, "actor", "vladimir-putn")
    assert code == 1 and "did you mean vladimir-putin" in err and "Traceback" not in err


def test_neighbourhood_prints_each_stance_with_its_sentence(store_dir: CommandStore) -> None:
    code, out, _ = run(store_dir, "neighbourhood", "vladimir-putin", "--type", "Demand")
    assert code == 0
    assert "Vladimir Putin --Demand--> a halt to outside military aid (according to kremlin)" in out
    assert '"The Kremlin said Putin demanded a halt to outside military aid."' in out
    code, out, _ = run(store_dir, "neighbourhood", "vladimir-putin", "--depth", "2", "--json")
    assert "volodymyr-zelensky" in {n["key"] for n in json.loads(out)["nodes"]}
    code, _, err = run(store_dir, "neighbourhood", "vladimir-putin", "--depth", "9")
    assert code == 1 and "max_depth" in err


def test_paths_prints_every_hop(store_dir: CommandStore) -> None:
    code, out, _ = run(store_dir, "paths", "volodymyr-zelensky", "vladimir-putin", "--mode", "all_shortest")
    assert code == 0 and out.count("path ") == 2 and "(2 hops)" in out
    code, _, err = run(store_dir, "paths", "vladimir-putin", "donald-trump", "--direction", "forward")
    assert code == 1 and "no path" in err


def test_stances_filters_and_jsonl(store_dir: CommandStore) -> None:
    code, out, _ = run(store_dir, "stances", "--holder", "vladimir-putin", "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {r["record"] for r in records} == {"actor", "stance"}
    assert len([r for r in records if r["record"] == "stance"]) == 4
    code, out, err = run(store_dir, "stances", "--polarity", "negative")
    assert code == 0 and "(2 of 2 stances)" in err


def test_run_query_lists_runs_and_refuses(store_dir: CommandStore) -> None:
    code, out, _ = run(store_dir, "run-query")
    assert code == 0 and "most-active-actors" in out and "actor:actor" in out
    code, out, _ = run(store_dir, "run-query", "demands-on-actor", "-p", "actor=vladimir-putin", "--json")
    assert code == 0 and json.loads(out)["rows"][0]["positionLabel"] == "a full cease-fire"
    code, _, err = run(store_dir, "run-query", "actor-stances", "-p", "actr=x")
    assert code == 1 and "unknown parameter actr" in err


def test_the_console_command_runs_the_same_code(store_dir: CommandStore) -> None:
    done = subprocess.run([sys.executable, "-c", "from api.cli import main; main()", "paths",
                           "volodymyr-zelensky", "halt-outside-military-aid", "--store", store_dir.location],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, **store_dir.environment})
    assert done.returncode == 0, done.stderr
    assert "Volodymyr Zelensky --Reject--> a halt to outside military aid" in done.stdout


def test_stances_in_jsonl_are_the_records_of_get_stances(store_dir: CommandStore, base: str) -> None:
    """The command and the endpoint build one filter and one listing: the same records, contradictions too."""
    import httpx

    for args, params in ((("--document", "call-readout"), {"document": "call-readout"}), ((), {})):
        code, out, _ = run(store_dir, "stances", *args, "--format", "jsonl")
        assert code == 0
        served = httpx.get(f"{base}/stances", params=params, headers={"Accept": "application/x-ndjson"})
        assert [json.loads(line) for line in out.splitlines()] == \
               [json.loads(line) for line in served.text.splitlines()]
    code, out, _ = run(store_dir, "stances", "--format", "jsonl")
    assert any(json.loads(line)["record"] == "contradiction" for line in out.splitlines())


@pytest.mark.parametrize(("args", "says"), [
    (("--since", "2025-13-01"), "since must be a date"),
    (("--since", "2025-05-01", "--until", "2025-04-01"), "is after until"),
    (("--polarity", "sideways"), "polarity must be positive or negative"),
    (("--document", "nowhere"), "unknown document 'nowhere'"),
])
def test_stances_refuses_bad_filters_in_one_line(store_dir: CommandStore, args: tuple[str, ...], says: str) -> None:
    code, _, err = run(store_dir, "stances", *args)
    assert code == 1 and says in err and "Traceback" not in err
