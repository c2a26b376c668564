"""The web explorer in a real browser (Chromium through Playwright) against a real server: search, the
neighbourhood graph, evidence, paths, SPARQL, downloads, inert markup, and no request off the loopback host.

Each scenario saves a screenshot in its temporary folder. Waits have time limits; nothing asserts a time.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from ontology.namespace import STANCE_TYPES

WAIT_MS = 20_000


@dataclass
class Explorer:
    """One browser tab on the explorer, with what it requested and what it complained about."""

    page: Any
    base: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def open(self, fragment: str = "") -> None:
        """Load the page at `#fragment` (or go there) and wait until the view has drawn."""
        if self.page.url.startswith(self.base + "/"):
            self.page.evaluate("fragment => { location.hash = fragment; }", fragment)
        else:
            self.page.goto(f"{self.base}/{fragment}")
        self.wait_ready(fragment)

    def wait_ready(self, fragment: str) -> None:
        self.page.wait_for_selector(f'body[data-ready="{fragment}"]', state="attached", timeout=WAIT_MS)

    def api(self, path: str, **params: Any) -> Any:
        answer = httpx.get(self.base + path, params=params, timeout=30)
        answer.raise_for_status()
        return answer.json()

    def graph(self, script: str) -> Any:
        """Evaluate `script` with `graph` bound to the page's graph view."""
        return self.page.evaluate(f"() => {{ const graph = window.stancegraphExplorer.graph; return {script}; }}")

    def shot(self, folder: Path, name: str) -> Path:
        path = folder / f"{name}.png"
        self.page.screenshot(path=str(path))
        assert path.stat().st_size > 0
        return path


@pytest.fixture
def explorer(browser_context: Any, explorer_url: str) -> Iterator[Explorer]:
    page = browser_context.new_page()
    tab = Explorer(page, explorer_url)
    page.on("request", lambda request: tab.requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and tab.console_errors.append(message.text))
    page.on("pageerror", lambda error: tab.page_errors.append(str(error)))

    def dismiss(dialog: Any) -> None:
        tab.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    yield tab
    page.close()
    assert not tab.page_errors, tab.page_errors


def test_search_finds_the_actor_despite_a_typo(explorer: Explorer, tmp_path: Path) -> None:
    hits = explorer.api("/actors", q="zelensky")["actors"]
    if not hits or "Zelensky" not in hits[0]["label"]:
        pytest.skip("no Zelensky in the ingested articles")
    explorer.open()
    hit = explorer.page.locator("#search-results a.search-hit").first
    for typed in ("zelensky", "zelenksy"):  # the second with a typo the search forgives
        explorer.page.fill("#search", typed)
        explorer.page.wait_for_selector(f"#search-results[data-query='{typed}']", state="attached", timeout=WAIT_MS)
        assert hit.inner_text().startswith(hits[0]["label"])
    explorer.page.press("#search", "Enter")
    explorer.wait_ready(f"#/actor/{hits[0]['key']}")
    assert explorer.page.inner_text("#actor-label") == hits[0]["label"]
    assert "Person" in explorer.page.inner_text("#actor-kind")
    card = explorer.page.inner_text("#panel")
    assert "Zelenskyy" in card  # an alias
    assert "harbour-talks" in card  # a document that mentions him
    assert explorer.page.locator(".stance-group[data-type='Accuse']").count() == 1
    explorer.shot(tmp_path, "search")


def test_the_neighbourhood_graph_has_the_nodes_and_edges_of_the_api(explorer: Explorer, tmp_path: Path) -> None:
    explorer.open("#/actor/russia")
    body = explorer.api("/actors/russia/neighbourhood", depth=1, limit=1000)
    assert len(body["nodes"]) > 1 and body["edges"]
    nodes = explorer.graph("graph.cy.nodes().map(n => n.id()).sort()")
    assert nodes == sorted(n["id"] for n in body["nodes"])
    assert explorer.graph("graph.cy.edges().length") == len(body["edges"])
    kinds = explorer.graph("graph.cy.nodes().map(n => [n.data('kind'), n.style('background-color')])")
    colour_of = {kind: colour for kind, colour in kinds}
    assert len(colour_of) == len(set(colour_of.values())) >= 2  # one colour per kind, positions apart
    explorer.shot(tmp_path, "neighbourhood")

    ukraine = "https://w3id.org/stancegraph/id/actor/ukraine"
    assert ukraine in nodes
    point = explorer.graph(f"graph.nodePosition('{ukraine}')")
    explorer.page.mouse.move(point["x"], point["y"])
    explorer.page.wait_for_selector("#tooltip:not([hidden])", timeout=WAIT_MS)
    assert explorer.page.inner_text("#tooltip") == "Ukraine (State)"
    explorer.page.mouse.click(point["x"], point["y"])  # re-centres the view on Ukraine
    explorer.wait_ready("#/actor/ukraine")
    assert explorer.graph("graph.cy.nodes('.center').map(n => n.id())") == [ukraine]
    explorer.open("#/actor/russia")
    explorer.page.select_option("#depth", "2")
    deeper = explorer.api("/actors/russia/neighbourhood", depth=2, limit=1000)
    explorer.page.wait_for_selector(f"#graph[data-edges='{len(deeper['edges'])}']", state="attached",
                                    timeout=WAIT_MS)
    assert len(deeper["edges"]) > len(body["edges"])
    explorer.page.uncheck("input[name=type][value=Reject]")
    others = ",".join(t for t in STANCE_TYPES if t != "Reject")
    fewer = explorer.api("/actors/russia/neighbourhood", depth=2, limit=1000, types=others)["edges"]
    assert len(fewer) < len(deeper["edges"])
    explorer.page.wait_for_selector(f"#graph[data-edges='{len(fewer)}']", state="attached", timeout=WAIT_MS)
    assert "Reject" not in explorer.graph("graph.cy.edges().map(e => e.data('type'))")
    href = explorer.page.get_attribute("a.download[data-format=gexf]", "href")
    assert href is not None and "depth=2" in href and "types=" in href and "Reject" not in href.split("types=")[1]


def test_negative_stances_are_dashed_and_the_date_slider_filters(explorer: Explorer, tmp_path: Path) -> None:
    explorer.open("#/actor/greece")
    styles = explorer.graph("graph.cy.edges().map(e => [e.data('polarity'), e.style('line-style')])")
    assert ["negative", "dashed"] in styles
    assert all((style == "dashed") == (polarity == "negative") for polarity, style in styles)
    dates = sorted({e["date"] for e in explorer.api("/actors/greece/neighbourhood")["edges"] if e["date"]})
    assert len(dates) >= 2
    slider = explorer.page.locator("#date-since")
    slider.fill(str(len(dates) - 1))  # the latest date only
    later = explorer.api("/actors/greece/neighbourhood", since=dates[-1], until=dates[-1])["edges"]
    explorer.page.wait_for_selector(f"#graph[data-edges='{len(later)}']", state="attached", timeout=WAIT_MS)
    assert set(explorer.graph("graph.cy.edges().map(e => e.data('record').date)")) == {dates[-1]}
    assert dates[-1] in explorer.page.inner_text("#date-range")
    explorer.shot(tmp_path, "dates")


def test_clicking_an_edge_shows_its_evidence_highlighted(explorer: Explorer, tmp_path: Path) -> None:
    explorer.open("#/actor/russia")
    edges = {e["stance"]: e for e in explorer.api("/actors/russia/neighbourhood", limit=1000)["edges"]}
    for point in explorer.graph("graph.edgeMidpoints()"):
        explorer.page.mouse.click(point["x"], point["y"])
        panel = explorer.page.locator("#evidence")
        if panel.is_visible() and panel.get_attribute("data-stance") == point["stance"]:
            break
    else:
        pytest.fail("no edge of the graph opened its stance when clicked")
    edge = edges[point["stance"]]
    explorer.page.wait_for_selector(f"#evidence[data-ready='{edge['stance']}']", state="attached",
                                    timeout=WAIT_MS)
    facts = panel.locator("dl.facts").inner_text()
    for value in (edge["type"], edge["polarity"], edge["modality"]):
        assert value in facts
    marked = panel.locator("mark.evidence")
    assert marked.count() == 1
    assert marked.inner_text().strip() == edge["evidence"]["text"].strip()
    assert marked.locator("mark.role-holder").count() >= 1
    assert marked.locator("mark.cue").count() == 1
    document_text = panel.locator(".document-text").inner_text()
    assert len(document_text) > len(edge["evidence"]["text"])  # the sentence is shown inside its document
    link = panel.locator("a.document-link").get_attribute("href")
    assert link == "#/document/" + edge["evidence"]["document"].rsplit("/", 1)[1]
    explorer.shot(tmp_path, "evidence")


def test_a_path_between_two_actors_lists_its_hops(explorer: Explorer, tmp_path: Path) -> None:
    expected = explorer.api("/paths", **{"from": "kremlin", "to": "united-nations"})
    assert expected["count"] == 1
    explorer.open("#/paths")
    explorer.page.fill("#path-from", "kremlin")
    explorer.page.fill("#path-to", "united-nations")
    explorer.page.click("#path-form button[type=submit]")
    explorer.wait_ready("#/paths?from=kremlin&to=united-nations&mode=shortest")
    hops = explorer.page.locator("ol.hops > li.hop")
    path = expected["paths"][0]
    assert hops.count() == len(path["edges"]) == path["length"]
    for hop, edge in zip(hops.all(), path["edges"], strict=True):
        assert edge["type"] in hop.inner_text()
        assert edge["evidence"]["text"].strip() in hop.inner_text()
    on_path = explorer.graph("graph.cy.nodes('.on-path').map(n => n.id())")
    assert sorted(on_path) == sorted(n["id"] for n in path["nodes"])
    hops.nth(0).locator("button.evidence-button").click()
    explorer.page.wait_for_selector(f"#evidence[data-ready='{path['edges'][0]['stance']}']", state="attached",
                                    timeout=WAIT_MS)
    explorer.shot(tmp_path, "paths")


def test_the_sparql_editor_runs_a_query_and_shows_rows(explorer: Explorer, tmp_path: Path) -> None:
    explorer.open("#/sparql")
    editor = explorer.page.locator("#sparql-editor .cm-content")
    editor.wait_for(timeout=WAIT_MS)
    assert explorer.page.locator("#sparql-editor .cm-line span").count() > 0  # highlighted tokens
    names = explorer.page.locator("#sparql-examples option").all_inner_texts()
    assert "actor-timeline" in names
    assert "sg:" in explorer.page.inner_text(".prefixes")
    query = "SELECT ?actor ?label WHERE { ?document sg:mentions ?actor . ?actor skos:prefLabel ?label }"
    editor.click()
    explorer.page.keyboard.press("Control+A")
    explorer.page.keyboard.insert_text(query)
    explorer.page.click("#sparql-run")
    explorer.page.wait_for_selector("#sparql-results[data-rows]", state="attached", timeout=WAIT_MS)
    expected = httpx.get(explorer.base + "/sparql", params={"query": query},
                         headers={"Accept": "application/sparql-results+json"}).json()
    rows = explorer.page.locator("#sparql-results tbody tr")
    assert rows.count() == len(expected["results"]["bindings"]) > 0
    assert explorer.page.locator("#sparql-results th").all_inner_texts() == ["?actor", "?label"]
    explorer.page.select_option("#sparql-examples", "most-active-actors")
    assert "COUNT" in editor.inner_text()
    explorer.shot(tmp_path, "sparql")


def test_a_gexf_download_arrives_and_parses(explorer: Explorer, tmp_path: Path) -> None:
    import networkx as nx

    explorer.open("#/actor/russia")
    with explorer.page.expect_download(timeout=WAIT_MS) as download_info:
        explorer.page.click("a.download[data-format=gexf]")
    download = download_info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(str(saved))
    assert saved.suffix == ".gexf"
    graph = nx.read_gexf(saved)
    labels = {data.get("label") for _, data in graph.nodes(data=True)}
    assert "Russia" in labels and graph.number_of_edges() > 0
    explorer.shot(tmp_path, "download")

    explorer.open("#/document/harbour-talks")  # a document's page downloads that document
    with explorer.page.expect_download(timeout=WAIT_MS) as download_info:
        explorer.page.click("a.download[data-format=gexf]")
    saved = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(str(saved))
    assert "harbour-talks" in saved.name
    assert "Turkey" in {data.get("label") for _, data in nx.read_gexf(saved).nodes(data=True)}


def test_markup_in_an_article_is_shown_as_text_and_never_runs(explorer: Explorer, tmp_path: Path) -> None:
    explorer.open("#/document/harbour-fees")
    text = explorer.page.inner_text("#document-text")
    assert '<script>window.pwned = true</script>' in text
    assert '<img src="x" onerror="window.pwned = true">' in text
    assert explorer.page.locator("#panel script, #panel img").count() == 0
    explorer.page.locator("#document-text mark.evidence").first.click()
    explorer.page.wait_for_selector("#evidence[data-ready]", state="attached", timeout=WAIT_MS)
    assert explorer.page.locator("#evidence script, #evidence img").count() == 0
    assert explorer.page.evaluate("() => window.pwned") is None
    assert explorer.page.title() == "stancegraph explorer"
    assert not explorer.dialogs
    explorer.shot(tmp_path, "inert")


def busiest_position(explorer: Explorer) -> str:
    """The key of the position most stances are on (whatever the extractor names it)."""
    positions = explorer.api("/positions")["positions"]
    assert positions, "the examples yield no position"
    key: str = max(positions, key=lambda p: p["stances"])["key"]
    return key


def test_the_page_asks_nothing_of_any_host_but_its_own(explorer: Explorer, tmp_path: Path) -> None:
    for fragment in ("", "#/actor/russia", "#/paths?from=kremlin&to=united-nations&mode=shortest",
                     f"#/position/{busiest_position(explorer)}", "#/contradictions", "#/documents",
                     "#/document/harbour-talks", "#/positions", "#/sparql"):
        explorer.open(fragment)
    explorer.page.click("#sparql-run")
    explorer.page.wait_for_selector("#sparql-results[data-rows]", state="attached", timeout=WAIT_MS)
    own = urlsplit(explorer.base).netloc
    assert explorer.requests and {urlsplit(url).netloc for url in explorer.requests} == {own}
    assert not [e for e in explorer.console_errors if "Content Security Policy" in e], explorer.console_errors
    assert not explorer.console_errors, explorer.console_errors
    explorer.shot(tmp_path, "own-host")


def test_a_position_lists_who_takes_which_stance_on_it(explorer: Explorer, tmp_path: Path) -> None:
    key = busiest_position(explorer)
    card = explorer.api(f"/positions/{key}")
    explorer.open(f"#/position/{key}")
    assert explorer.page.inner_text("#position-label") == card["label"]
    holders = explorer.page.locator("dl.holders").inner_text()
    for type_, actors in card["holders_by_type"].items():
        assert type_ in holders
        for actor in actors:
            assert explorer.api(f"/actors/{actor.rsplit('/', 1)[1]}")["label"] in holders
    # one edge to the position, and one more to the target of a stance that has one
    ends = [{r["target"], (r["position"] or {}).get("id")} - {None} for r in card["stance_records"]]
    assert explorer.graph("graph.cy.edges().length") == sum(len(e) for e in ends)
    explorer.shot(tmp_path, "position")


@pytest.mark.shared
def test_the_contradictions_list_links_both_stances(browser_context: Any, seed_url: str, tmp_path: Path) -> None:
    page = browser_context.new_page()
    tab = Explorer(page, seed_url)
    try:
        expected = tab.api("/contradictions")["contradictions"]
        assert expected
        tab.open("#/contradictions")
        items = page.locator("ol.contradictions > li")
        assert items.count() == len(expected)
        for item, contradiction in zip(items.all(), expected, strict=True):
            assert contradiction["reason"] in item.inner_text()
            buttons = item.locator("button.evidence-button")
            assert buttons.count() == 2
            for button, stance in zip(buttons.all(), contradiction["records"], strict=True):
                button.click()
                page.wait_for_selector(f"#evidence[data-ready='{stance['id']}']", state="attached", timeout=WAIT_MS)
                sentence = page.locator("#evidence mark.evidence").inner_text()
                assert sentence.strip() == stance["evidence"]["text"].strip()
        tab.shot(tmp_path, "contradictions")
    finally:
        page.close()
