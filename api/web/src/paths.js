// Paths between two actors (or an actor and a position): a form, the list of hops with each hop's
// stance and evidence, and the paths drawn in the graph.
import { getJSON } from "./api.js";
import { fill, h } from "./dom.js";
import { labels, learn } from "./labels.js";
import { evidenceButton, stanceLine } from "./stances.js";

/** The form; `go(from, to, mode)` is called on submit. Pickers suggest actors and positions. */
export function pathForm(from, to, mode, go) {
  const fromInput = picker("path-from", "from: an actor", from);
  const toInput = picker("path-to", "to: an actor or a position", to);
  const modeSelect = h("select", { id: "path-mode", "aria-label": "mode" },
    [["shortest", "shortest path"], ["all_shortest", "all shortest paths"], ["k_shortest", "3 shortest paths"]]
      .map(([value, name]) => h("option", { value, selected: value === mode }, name)));
  return h("form", { id: "path-form", class: "path-form", onsubmit: (event) => {
    event.preventDefault();
    go(fromInput.querySelector("input").value.trim(), toInput.querySelector("input").value.trim(),
      modeSelect.value);
  } }, fromInput, toInput, modeSelect, h("button", { type: "submit" }, "Find paths"));
}

function picker(id, placeholder, value) {
  const list = h("datalist", { id: `${id}-options` });
  const input = h("input", { id, name: id, placeholder, value: value || "", list: `${id}-options`,
    autocomplete: "off", required: true, oninput: () => suggest(input.value, list) });
  return h("span", { class: "picker" }, input, list);
}

let suggestTimer = null;
function suggest(text, list) {
  clearTimeout(suggestTimer);
  if (text.length < 2) return;
  suggestTimer = setTimeout(async () => {
    const [actors, positions] = await Promise.all([
      getJSON("/actors", { q: text, limit: 8 }), getJSON("/positions", { q: text, limit: 5 })]);
    fill(list, [...actors.actors, ...positions.positions].map((item) =>
      h("option", { value: item.key }, item.label)));
  }, 200);
}

/** Fetch the paths; returns the body of /paths. */
export async function findPaths(from, to, mode) {
  const body = await getJSON("/paths", { from, to, mode, k: mode === "k_shortest" ? 3 : null });
  for (const found of body.paths) for (const node of found.nodes) learn(node);
  return body;
}

/** The paths as lists of hops; each hop's stance opens its evidence. */
export function pathList(body, openStance) {
  if (!body.paths.length) return h("p", { class: "muted", id: "no-path" }, "No path between them.");
  return h("ol", { class: "paths" }, body.paths.map((found, n) => h("li", { class: "path" },
    h("h3", {}, `Path ${n + 1}: ${found.length} hop${found.length === 1 ? "" : "s"}`),
    h("ol", { class: "hops" }, found.edges.map((edge) => h("li", { class: "hop" },
      stanceLine(edge, labels), edge.forward ? null : h("span", { class: "muted" }, " (against the path)"),
      h("blockquote", { class: "evidence-quote" }, edge.evidence.text.trim()),
      evidenceButton(edge, openStance)))))));
}

/** Every node and edge of the paths, for the graph, and the ids to highlight. */
export function pathGraph(body) {
  const nodes = new Map();
  const edges = new Map();
  for (const found of body.paths) {
    for (const node of found.nodes) nodes.set(node.id, node);
    for (const edge of found.edges) edges.set(`${edge.stance} ${edge.to}`, edge);
  }
  const highlight = new Set([...nodes.keys(), ...edges.keys()]);
  return { nodes: [...nodes.values()], edges: [...edges.values()], highlight };
}
