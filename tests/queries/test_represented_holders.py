"""A holder filter that takes in the bodies speaking for the holder (`include=represented`) and the
actors affiliated with it (`include=affiliated`): in queries/, over HTTP and on the command line, over a
real store filled by the real extractor from a wire-style text written for the project."""
from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

import api.cli.core  # noqa: F401  (registers the core commands beside ours)
import api.cli.explore  # noqa: F401
from api.cli.base import app
from graph.errors import InputError
from graph.ingest import ingest_items
from graph.records import Document
from graph.store import GraphStore, OxigraphStore
from queries.export import actor_records
from queries.stances import StanceFilter, bodies_speaking_for, holder_selection, included, list_stances
from tests.conftest import live_server
from tests.queries.built_graph import iri

TEXT = (
    "BEIJING — China's commerce ministry said on Friday that it firmly opposed the new tariffs on "
    "Chinese steel. The ministry urged Washington to cancel them.\n\n"
    "China rejected a proposal to cap its exports of rare earths.\n\n"
    "Commerce Minister Wang Wentao demanded an end to the export controls.\n"
)
CHINA, MINISTRY = iri("actor", "china"), iri("actor", "chinese-commerce-ministry")
WANG = iri("actor", "wang-wentao")


def _fill(store: GraphStore, extractor: Any) -> GraphStore:
    ingest_items([Document(id="steel-tariffs", text=TEXT)], store, extractor)
    return store


@pytest.fixture(scope="module")
def store(extractor: Any) -> GraphStore:
    return _fill(OxigraphStore(), extractor)


def holders(store: GraphStore, actor: str, include: str | None) -> set[str]:
    page, _ = list_stances(store, StanceFilter(**holder_selection(store, actor, include)))
    return {r["holder"] for r in page}


def test_the_ministry_is_exported_as_a_body_that_represents_the_state(store: GraphStore) -> None:
    records = {r["id"]: r for r in actor_records(store)}
    assert records[MINISTRY]["kind"] == "Government" and records[MINISTRY]["represents"] == CHINA
    assert MINISTRY in records[WANG]["affiliated_with"]


def test_include_represented_takes_in_the_bodies_of_the_holder(store: GraphStore) -> None:
    assert holders(store, CHINA, None) == {CHINA}
    assert holders(store, CHINA, "represented") == {CHINA, MINISTRY}
    assert bodies_speaking_for(store, CHINA, included("represented")) >= {MINISTRY}
    assert holders(store, MINISTRY, "affiliated") == {MINISTRY, WANG}
    assert holders(store, CHINA, "represented,affiliated") == {CHINA, MINISTRY, WANG}


def test_include_is_checked(store: GraphStore) -> None:
    with pytest.raises(InputError, match="represented"):
        included("representing")
    with pytest.raises(InputError, match="holder"):
        holder_selection(store, None, "represented")


@pytest.fixture(scope="module")
def base(store: GraphStore) -> Iterator[str]:
    from api.app import create_app

    with live_server(create_app(store=store)) as url:
        yield url


def test_the_stances_endpoint_takes_include(base: str) -> None:
    body = httpx.get(f"{base}/stances", params={"holder": "china", "include": "represented"}).json()
    assert {r["holder"] for r in body["stances"]} == {CHINA, MINISTRY}
    assert {a["id"] for a in body["actors"]} >= {CHINA, MINISTRY}
    plain = httpx.get(f"{base}/stances", params={"holder": "china"}).json()
    assert {r["holder"] for r in plain["stances"]} == {CHINA}
    bad = httpx.get(f"{base}/stances", params={"holder": "china", "include": "everything"})
    assert bad.status_code == 422 and "represented" in bad.text


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory, extractor: Any) -> Path:
    path = tmp_path_factory.mktemp("represented") / "store"
    on_disk = _fill(OxigraphStore(path), extractor)
    on_disk.flush()
    del on_disk
    gc.collect()
    return path


def test_the_stances_command_takes_include(store_dir: Path) -> None:
    result = CliRunner().invoke(app, ["stances", "--holder", "china", "--include", "represented",
                                      "--format", "jsonl", "--store", str(store_dir)])
    code, out = result.exit_code, result.stdout
    del result
    gc.collect()
    assert code == 0
    stances = [json.loads(line) for line in out.splitlines() if '"stance"' in line]
    assert {s["holder"] for s in stances if s["record"] == "stance"} == {CHINA, MINISTRY}
