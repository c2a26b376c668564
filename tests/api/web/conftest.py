"""A real uvicorn server over the bundled examples plus two articles written for these tests, and a real
Chromium driven by Playwright. Browser tests skip with the reason when Playwright or Chromium is absent."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES, ingested_store, live_server

CHROMIUM = Path("/usr/bin/chromium")
# Debian's Chromium, never a browser Playwright would download; no network service of its own
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# An article whose text holds markup: the page must show it as text and never run it.
HOSTILE_TEXT = """Harbour Fees Dispute <script>document.title = "pwned"; window.pwned = true;</script>

ISTANBUL — Turkey accused Greece of blocking the harbour talks <script>window.pwned = true</script> on Friday.

Greece denied the claim <img src="x" onerror="window.pwned = true"> and urged the United Nations to mediate.

Greece did not concede any ground on the harbour fees.
"""
FERRY_TEXT = """Ferry Talks Resume

ATHENS — Greece offered to reopen the ferry talks with Turkey next month.

Turkey welcomed the offer and demanded that Greece lift the new harbour fees.
"""
ARTICLES = {
    "harbour-fees": (HOSTILE_TEXT, "2025-03-20"),
    "ferry-talks": (FERRY_TEXT, "2025-04-02"),
}


@pytest.fixture(scope="session")
def explorer_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("explorer-articles")
    for name, (text, day) in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(json.dumps({"date": day}), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def explorer_store(extractor: Any, explorer_articles: Path) -> Any:
    """The bundled examples and the two test articles, in an in-memory store."""
    return ingested_store(extractor, EXAMPLES, explorer_articles)


@pytest.fixture(scope="session")
def explorer_url(explorer_store: Any) -> Iterator[str]:
    """The base URL of a real uvicorn server on a free loopback port."""
    from api.app import create_app

    with live_server(create_app(store=explorer_store)) as url:
        yield url


@pytest.fixture(scope="session")
def seed_url(seed_store: Any) -> Iterator[str]:
    """A real server over the founding article (from ../shared, else skipped) and the examples."""
    from api.app import create_app

    with live_server(create_app(store=seed_store)) as url:
        yield url


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Chromium with a fresh user data directory, for the whole session."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is in the dev extra")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: the browser tests need Debian's chromium package "
                    "(apt-get install chromium; .ci/run installs it)")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS, headless=True, accept_downloads=True, viewport={"width": 1400, "height": 850})
        yield context
        context.close()
