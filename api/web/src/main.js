// The explorer: one page, views chosen by the URL's fragment (#/actor/KEY, #/paths?from=&to=,
// #/position/KEY, #/contradictions, #/documents, #/document/ID, #/sparql). It reads the graph only
// through the public HTTP API of the service that serves it.
import { datesOf, downloads, neighbourhoodOf, showActorCard } from "./actor.js";
import { getJSON } from "./api.js";
import { fill, h, keyOf } from "./dom.js";
import { showEvidence } from "./evidence.js";
import { Filters } from "./filters.js";
import { GraphView } from "./graph.js";
import { labels, learn } from "./labels.js";
import { showContradictions, showDocument, showDocuments, showPosition, showPositions } from "./pages.js";
import { findPaths, pathForm, pathGraph, pathList } from "./paths.js";
import { showSparql } from "./sparql-editor.js";
import { actorLink, graphOf } from "./stances.js";

const $ = (id) => document.getElementById(id);
const panel = $("panel");
const evidence = $("evidence");
const stage = $("stage");
const openStance = (edge) => {
  graph.markStance(edge.stance);
  return showEvidence(evidence, edge);
};
const graph = new GraphView($("graph"), $("tooltip"), {
  onNode: (node) => {
    if (node.kind === "Position") location.hash = `#/position/${encodeURIComponent(node.key)}`;
    else location.hash = `#/actor/${encodeURIComponent(node.key)}`;
  },
  onEdge: openStance,
});
const filters = new Filters($("filters"), () => drawNeighbourhood());
let current = null; // the actor whose neighbourhood is drawn

async function drawNeighbourhood({ resetDates = false } = {}) {
  if (!current) return;
  const params = filters.params();
  if (resetDates) {
    const all = await neighbourhoodOf(current, { depth: params.depth });
    filters.setDates(datesOf(all));
  }
  const body = await neighbourhoodOf(current, filters.params());
  graph.show(body.nodes, body.edges, { center: body.center ? body.center.id : null });
  $("graph-caption").textContent = `${body.nodes.length} nodes, ${body.edges.length} stances`
    + (body.truncated ? " (cut at the limit)" : "") + (body.capped.length ? `; ${body.capped.length} hub(s) cut` : "");
  downloads($("downloads"), { actor: current, ...filters.params() });
}

async function actorView(key) {
  stage.hidden = false;
  $("filters").hidden = false;
  const depthChanged = current !== key;
  current = key;
  await Promise.all([showActorCard(panel, key, openStance), drawNeighbourhood({ resetDates: depthChanged })]);
}

async function pathsView(params) {
  stage.hidden = false;
  $("filters").hidden = true;
  current = null;
  fill($("downloads"));
  const from = params.get("from") || "";
  const to = params.get("to") || "";
  const mode = params.get("mode") || "shortest";
  const list = h("div", { id: "path-list" });
  fill(panel, h("h2", {}, "Paths"), pathForm(from, to, mode, (f, t, m) => {
    location.hash = `#/paths?${new URLSearchParams({ from: f, to: t, mode: m })}`;
  }), list);
  if (!from || !to) return;
  const body = await findPaths(from, to, mode);
  fill(list, pathList(body, openStance));
  const drawn = pathGraph(body);
  graph.show(drawn.nodes, drawn.edges, { highlight: drawn.highlight, root: body.from });
  $("graph-caption").textContent = `${body.count} path(s) from ${from} to ${to}`;
}

/** Draw stance edges (of a position, a document, the contradictions) in the graph; `selection`, the
 * /export parameters of the same stances, if there are any. */
function drawEdges(edges, caption, selection = null) {
  stage.hidden = false;
  $("filters").hidden = true;
  current = null;
  if (selection) downloads($("downloads"), selection);
  else fill($("downloads"));
  const drawn = graphOf(edges);
  graph.show(drawn.nodes, drawn.edges);
  $("graph-caption").textContent = caption;
}

async function route() {
  const [where, query] = location.hash.replace(/^#\/?/, "").split("?");
  const [view, ...rest] = where.split("/");
  const arg = decodeURIComponent(rest.join("/"));
  const params = new URLSearchParams(query || "");
  document.body.dataset.view = view || "home";
  evidence.hidden = true;
  try {
    if (view === "actor" && arg) await actorView(arg);
    else if (view === "paths") await pathsView(params);
    else if (view === "position" && arg) {
      const { card, edges } = await showPosition(panel, arg, openStance);
      drawEdges(edges, `stances on "${card.label}"`);
    }
    else if (view === "positions") await showPositions(panel);
    else if (view === "contradictions") drawEdges(await showContradictions(panel, openStance), "contradicting stances");
    else if (view === "documents") await showDocuments(panel);
    else if (view === "document" && arg) {
      const { card, edges } = await showDocument(panel, arg, openStance);
      drawEdges(edges, `the stances of "${card.title || card.id}"`, { document: card.id });
    }
    else if (view === "sparql") await showSparql(panel);
    else await home();
  } catch (error) {
    fill(panel, h("p", { class: "error", role: "alert" }, error.message),
      error.body && error.body.suggestions && error.body.suggestions.length
        ? h("p", {}, "Did you mean: ", error.body.suggestions.map((s, i) => [i ? ", " : "", String(s)])) : null);
  }
  document.body.dataset.ready = location.hash;
}

async function home() {
  const busiest = await getJSON("/queries/most-active-actors", { limit: 200 });
  const counts = new Map();
  for (const row of busiest.rows) {
    labels.set(row.actor, row.label || keyOf(row.actor));
    counts.set(row.actor, (counts.get(row.actor) || 0) + Number(row.stances));
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  fill(panel, h("h2", {}, "Explore the graph"),
    h("p", {}, "Search an actor above, or start from one of the busiest:"),
    h("ul", { class: "busiest" }, top.map(([iri, n]) => h("li", {}, actorLink(iri, labels), ` · ${n} stance(s)`))),
    h("p", { class: "muted" }, "Every view reads the public HTTP API; the OpenAPI page is at ",
      h("a", { href: "/docs" }, "/docs"), "."));
  if (top.length && !current) {
    current = keyOf(top[0][0]);
    await drawNeighbourhood({ resetDates: true });
  }
}

// the search box: /actors?q= (typos forgiven); Enter opens the best match
const search = $("search");
const results = $("search-results");
let searchTimer = null;
search.addEventListener("input", () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(async () => {
    if (!search.value.trim()) { fill(results); return; }
    const typed = search.value;
    const found = await getJSON("/actors", { q: typed, limit: 10 });
    if (typed !== search.value) return; // a later search is on its way
    for (const actor of found.actors) learn(actor);
    fill(results, found.actors.map((actor) => h("li", {}, h("a", {
      href: `#/actor/${encodeURIComponent(actor.key)}`, class: "search-hit", onclick: () => fill(results),
    }, h("span", { class: `swatch kind-${actor.kind}` }), actor.label, h("span", { class: "muted" }, ` ${actor.kind}`)))));
    if (!found.actors.length) fill(results, h("li", { class: "muted" }, "no actor matches"));
    results.dataset.query = typed;
  }, 150);
});
$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const first = results.querySelector("a.search-hit");
  if (first) { location.hash = first.getAttribute("href"); fill(results); }
});

// the hop list buttons and graph clicks call openStance; the browser tests find the graph here
window.stancegraphExplorer = { graph };
window.addEventListener("hashchange", route);
route();
