"""POST /documents and `stancegraph ingest --server`: articles into a running service.

In-process for the formats and refusals; against a real supervised `stancegraph serve` for the concurrency
guarantee (readers see no error while documents are posted, and every acknowledged document is there after)
and for the command line.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

import api.cli.core  # noqa: F401  (registers the commands)
from api.app import create_app
from api.cli.base import app as cli_app
from api.local_server import serve_in_thread
from graph.settings import Settings
from graph.store import OxigraphStore
from tests.conftest import EXAMPLES
from tests.served import Served, start_stancegraph

TOKEN = "s3cret-update-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
BRIEF = ("The dockworkers' union rejected the port authority's final offer on Monday and demanded a "
         "ten per cent rise. The port authority said it would not improve its offer.")


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    settings = Settings(update_token=TOKEN, max_upload_bytes=200_000)
    with serve_in_thread(create_app(settings, store=OxigraphStore())) as url:
        yield url


def test_plain_text_is_stored_and_can_be_read_back(base: str) -> None:
    answer = httpx.post(f"{base}/documents", params={"id": "dock-strike"}, content=BRIEF,
                        headers={**AUTH, "Content-Type": "text/plain"}, timeout=120)
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert [d["id"] for d in body["documents"]] == ["dock-strike"] and body["stances"] >= 1
    assert body["documents"][0]["iri"].endswith("/dock-strike")
    card = httpx.get(f"{base}/documents/dock-strike")
    assert card.status_code == 200 and card.json()["stance_records"]


def test_posting_again_replaces_the_document(base: str) -> None:
    def post() -> int:
        answer = httpx.post(f"{base}/documents", params={"id": "again"}, content=BRIEF,
                            headers={**AUTH, "Content-Type": "text/plain"}, timeout=120)
        assert answer.status_code == 201
        return int(httpx.get(f"{base}/health").json()["triples"])
    assert post() == post()


def test_json_lines_and_json_lists_go_on_past_a_bad_article(base: str) -> None:
    lines = "\n".join([json.dumps({"id": "ok-1", "text": BRIEF}), json.dumps({"id": "bad", "text": 42}), "{oops"])
    answer = httpx.post(f"{base}/documents", content=lines, headers={**AUTH, "Content-Type": "application/x-ndjson"},
                        timeout=120)
    assert answer.status_code == 201
    body = answer.json()
    assert [d["id"] for d in body["documents"]] == ["ok-1"]
    reasons = " | ".join(s["reason"] for s in body["skipped"])
    assert "'text' must be a string" in reasons and "not JSON" in reasons
    listed = httpx.post(f"{base}/documents", json=[{"id": "ok-2", "text": BRIEF, "date": "2025-05-01"}],
                        headers=AUTH, timeout=120)
    assert listed.status_code == 201 and listed.json()["stored"] == 1


def test_an_html_page_is_read_for_its_main_text(base: str) -> None:
    page = f"<html><head><title>Port talks</title></head><body><nav>Home | World</nav><article><p>{BRIEF}</p>" \
           f"<p>{BRIEF}</p></article></body></html>"
    answer = httpx.post(f"{base}/documents", params={"id": "port-page"}, content=page,
                        headers={**AUTH, "Content-Type": "text/html; charset=utf-8"}, timeout=120)
    assert answer.status_code == 201, answer.text


@pytest.mark.parametrize(("headers", "params", "body", "status", "says"), [
    ({}, {"id": "x"}, BRIEF, 401, "update token"),
    ({"Authorization": "Bearer wrong"}, {"id": "x"}, BRIEF, 401, "update token"),
    (AUTH, {}, BRIEF, 422, "`id` query parameter"),
    ({**AUTH, "Content-Type": "image/png"}, {"id": "x"}, "\x89PNG", 415, "cannot read a body of type"),
    (AUTH, {"id": "x"}, "x" * 300_000, 413, "STANCEGRAPH_MAX_UPLOAD_BYTES"),
    (AUTH, {"id": "x"}, "Der Verband lehnte das Angebot ab und forderte mehr Lohn für die Arbeiter im Hafen.",
     422, "German"),
])
def test_refusals_are_one_clear_error(base: str, headers: dict[str, str], params: dict[str, str], body: str,
                                       status: int, says: str) -> None:
    answer = httpx.post(f"{base}/documents", params=params, content=body.encode(),
                        headers={"Content-Type": "text/plain", **headers}, timeout=60)
    assert answer.status_code == status, answer.text
    assert says in answer.text


def test_writes_are_refused_where_no_update_token_is_set() -> None:
    with serve_in_thread(create_app(Settings(), store=OxigraphStore())) as url:
        answer = httpx.post(f"{url}/documents", params={"id": "x"}, content=BRIEF,
                            headers={"Content-Type": "text/plain"})
    assert answer.status_code == 403 and "STANCEGRAPH_UPDATE_TOKEN" in answer.text


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    running = start_stancegraph(tmp_path_factory.mktemp("uploads"), update_token=TOKEN)
    yield running
    running.stop()
    running.kill()


def test_readers_see_no_error_while_documents_are_posted(served: Served) -> None:
    base, errors, done = served.base, [], threading.Event()
    reads = [0]

    def read() -> None:
        with httpx.Client(timeout=30) as client:
            while not done.is_set():
                for answer in (client.get(f"{base}/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}),
                               client.get(f"{base}/actors", params={"q": "union"})):
                    reads[0] += 1
                    if answer.status_code != 200:
                        errors.append(f"{answer.request.url.path} {answer.status_code} {answer.text[:200]}")

    readers = [threading.Thread(target=read) for _ in range(4)]
    for reader in readers:
        reader.start()
    acknowledged: list[str] = []
    try:
        for batch in range(10):
            lines = "\n".join(json.dumps({"id": f"post-{batch}-{n}", "text": f"In round {batch}, {BRIEF}"})
                              for n in range(3))
            answer = httpx.post(f"{base}/documents", content=lines, timeout=300,
                                headers={**AUTH, "Content-Type": "application/x-ndjson"})
            assert answer.status_code == 201, answer.text
            acknowledged += [d["id"] for d in answer.json()["documents"]]
    finally:
        done.set()
        for reader in readers:
            reader.join(timeout=60)
    assert errors == [] and reads[0] > 0
    assert len(acknowledged) == 30
    for doc_id in acknowledged:
        assert httpx.get(f"{base}/documents/{doc_id}", timeout=30).status_code == 200


def test_the_command_line_sends_articles_to_a_running_service(served: Served, tmp_path: Path) -> None:
    runner = CliRunner()
    sent = runner.invoke(cli_app, ["ingest", str(EXAMPLES / "harbour-talks.txt"), "--server", served.base,
                                   "--token", TOKEN])
    assert sent.exit_code == 0, sent.stderr
    assert "documents: 1" in sent.stderr and "stored by the service" in sent.stderr
    assert httpx.get(f"{served.base}/documents/harbour-talks").status_code == 200
    store = Path(served.log).parent / "store"
    held = runner.invoke(cli_app, ["ingest", str(EXAMPLES / "harbour-talks.txt"), "--store", str(store)])
    assert held.exit_code == 1 and "--server" in held.stderr and "Traceback" not in held.stderr
    refused = runner.invoke(cli_app, ["ingest", str(EXAMPLES / "harbour-talks.txt"), "--server", served.base])
    assert refused.exit_code == 1 and "401" in refused.stderr


