"""The explorer's page and assets as the real server serves them (no browser): the security headers, only named
assets, nothing inline or off-site in the page, and the data the page reads beside the graph."""
from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from api.routers.web import SOURCES, STATIC, WEB
from ontology.namespace import PREFIXES
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def client(explorer_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=explorer_url, timeout=30) as session:
        yield session


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text = ""
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script_text += data.strip()


def test_the_page_is_served_at_the_root_with_a_restrictive_policy(client: httpx.Client) -> None:
    answer = client.get("/")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    policy = {d.split()[0]: d.split()[1:] for d in answer.headers["content-security-policy"].split("; ")}
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"] and policy["connect-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"] and policy["frame-ancestors"] == ["'none'"]
    assert not any("unsafe" in v for values in policy.values() for v in values)
    assert answer.headers["x-content-type-options"] == "nosniff"
    head = client.head("/")
    assert head.status_code == 200 and head.headers["content-security-policy"] == answer.headers[
        "content-security-policy"]


def test_the_page_has_no_inline_script_or_style_and_names_no_other_site(client: httpx.Client) -> None:
    parser = _Tags()
    parser.feed(client.get("/").text)
    assert parser.script_text == ""
    assert not [tag for tag, attrs in parser.tags if "style" in attrs or any(a.startswith("on") for a in attrs)]
    assert "style" not in [tag for tag, _ in parser.tags]
    linked = [attrs.get("src") or attrs.get("href") for tag, attrs in parser.tags if tag in ("script", "link")]
    assert linked and all(str(url).startswith("/static/") for url in linked)
    for url in linked:
        asset = client.get(str(url))
        assert asset.status_code == 200 and "content-security-policy" in asset.headers


@pytest.mark.parametrize("name", ["../routers/web.py", ".hidden", "nothing.js", "%2e%2e%2fapp.py"])
def test_only_the_explorers_own_assets_are_served(client: httpx.Client, name: str) -> None:
    assert client.get(f"/static/{name}").status_code == 404


def test_the_built_assets_and_the_served_sources_are_in_the_package() -> None:
    for name in ("explorer.js", "explorer.css"):
        assert (STATIC / name).is_file(), f"api/static/{name} is missing: run `make web`"
    assert not SOURCES & {path.name for path in STATIC.iterdir()}, "a source is copied into api/static/"
    package_data = (ROOT / "pyproject.toml").read_text()
    assert re.search(r'"static/\*"', package_data), "api/static/ is not package data"
    for name in sorted(SOURCES):
        assert (WEB / name).is_file() and f'"web/{name}"' in package_data, f"api/web/{name} is not package data"


def test_the_lock_file_records_no_download_address() -> None:
    lock = (WEB / "package-lock.json").read_text()
    assert '"resolved"' not in lock and "://" not in lock


def test_a_document_card_carries_the_text_the_evidence_offsets_count_in(client: httpx.Client) -> None:
    card = client.get("/documents/harbour-fees").json()
    assert card["text"].startswith("Harbour Fees Dispute <script>")
    assert card["stance_records"]
    for stance in card["stance_records"]:
        evidence = stance["evidence"]
        assert card["text"][evidence["start"]:evidence["end"]] == evidence["text"]


def test_the_named_queries_come_with_their_text_and_the_prefixes(client: httpx.Client) -> None:
    listing = client.get("/queries").json()
    assert listing["prefixes"] == PREFIXES
    timeline = next(q for q in listing["queries"] if q["name"] == "actor-timeline")
    assert "SELECT" in timeline["sparql"] and "?actor" in timeline["sparql"]


def test_the_committed_bundle_is_what_the_sources_build(tmp_path: Path) -> None:
    node = shutil.which("node")
    if node is None or not (WEB / "node_modules").is_dir():
        pytest.skip("needs Node and api/web/node_modules (`make web` installs them)")
    subprocess.run([node, "build.mjs", str(tmp_path)], cwd=WEB, check=True, capture_output=True, timeout=300)
    for built in sorted(tmp_path.iterdir()):
        assert built.read_bytes() == (STATIC / built.name).read_bytes(), f"api/static/{built.name} is stale: make web"
