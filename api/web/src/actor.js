// An actor's page: its card (kind, aliases, affiliations, documents, stances grouped by type) beside
// its neighbourhood graph, with the filters and the downloads of what is on screen.
import { getJSON, path, url } from "./api.js";
import { fill, h } from "./dom.js";
import { labels, learn } from "./labels.js";
import { actorLink, documentLink, edgeOf, evidenceButton, stanceLine } from "./stances.js";
import { EXPORT_FORMATS, STANCE_TYPES } from "./vocabulary.js";

/** Fill `panel` with the card of the actor `key`; `openStance` shows a stance's evidence. */
export async function showActorCard(panel, key, openStance) {
  fill(panel, h("p", { class: "muted" }, "Loading …"));
  const [card, held, aimed] = await Promise.all([
    getJSON(path.actor(key)),
    getJSON("/stances", { holder: key }),
    getJSON("/stances", { target: key }),
  ]);
  learn(card);
  for (const actor of [...held.actors, ...aimed.actors]) learn(actor);
  const names = (iris) => iris.length ? iris.map((iri, i) => [i ? ", " : "", actorLink(iri, labels)]) : "—";
  fill(panel,
    h("h2", { id: "actor-label" }, card.label),
    h("dl", { class: "facts card" },
      h("dt", {}, "kind"), h("dd", { id: "actor-kind" }, h("span", { class: `swatch kind-${card.kind}` }), card.kind),
      h("dt", {}, "aliases"), h("dd", {}, card.aliases.join(", ") || "—"),
      h("dt", {}, "roles"), h("dd", {}, card.roles.map((r) => r.label).join(", ") || "—"),
      h("dt", {}, "affiliations"), h("dd", {}, names(card.affiliated_with)),
      card.represents ? [h("dt", {}, "represents"), h("dd", {}, actorLink(card.represents, labels))] : null,
      card.country ? [h("dt", {}, "country"), h("dd", {}, actorLink(card.country, labels))] : null,
    ),
    h("h3", {}, "Documents"),
    h("ul", { class: "documents" }, card.documents.map((d) => h("li", {}, documentLink(d.id, d.title),
      d.date ? ` (${d.date})` : ""))),
    h("h3", {}, "Stances it takes"), stanceGroups(held.stances.map(edgeOf), openStance),
    h("h3", {}, "Stances aimed at it"), stanceGroups(aimed.stances.map(edgeOf), openStance),
  );
  return card;
}

/** Stances grouped by type, each a line that opens its evidence. */
export function stanceGroups(edges, openStance) {
  if (!edges.length) return h("p", { class: "muted" }, "none");
  const groups = h("div", { class: "stance-groups" });
  for (const type of STANCE_TYPES) {
    const ofType = edges.filter((e) => e.type === type);
    if (!ofType.length) continue;
    groups.append(h("details", { open: true, class: "stance-group", dataset: { type } },
      h("summary", {}, h("span", { class: `swatch type-${type}` }), `${type} (${ofType.length})`),
      h("ul", {}, ofType.map((edge) => h("li", {}, stanceLine(edge, labels), " ",
        evidenceButton(edge, openStance))))));
  }
  return groups;
}

/** The neighbourhood of `key` with `filters` (depth, types, since, until), as the graph shows it. */
export async function neighbourhoodOf(key, filters) {
  if (filters.types === "none") return { nodes: [], edges: [], center: null };
  const body = await getJSON(path.neighbourhood(key), { ...filters, limit: 1000 });
  for (const node of body.nodes) learn(node);
  return body;
}

/** The distinct stance dates of a neighbourhood, sorted. */
export function datesOf(body) {
  return [...new Set(body.edges.map((e) => e.date).filter(Boolean))].sort();
}

/** Download links for what is on screen, through /export: `selection` holds its parameters
 * (actor, depth, types, since, until; or document). */
export function downloads(element, selection) {
  if (selection.types === "none") { fill(element); return; }
  fill(element, "Download what is on screen: ", EXPORT_FORMATS.map(([format, name]) => h("a", {
    href: url("/export", { format, ...selection }), download: "", class: "download", dataset: { format },
  }, name)));
}
