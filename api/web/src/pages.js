// Pages of lists: positions and one position (who demands, rejects, offers or denies it), the
// contradictions (both stances of each), the documents and one document (its text, every stance
// sentence marked). All text from the graph goes in as text.
import { getJSON, path } from "./api.js";
import { fill, h, keyOf } from "./dom.js";
import { documentData } from "./evidence.js";
import { marked, trimmedEnd } from "./highlight.js";
import { labels, learn } from "./labels.js";
import { actorLink, documentLink, edgeOf, evidenceButton, positionLink, stanceLine } from "./stances.js";
import { stanceGroups } from "./actor.js";

export async function showPositions(panel) {
  const body = await getJSON("/positions", { limit: 1000 });
  fill(panel, h("h2", {}, `Positions (${body.total})`), h("ul", { class: "positions" },
    body.positions.map((p) => h("li", {}, positionLink(p.id, p.label), ` · ${p.stances} stance(s)`))));
}

export async function showPosition(panel, key, openStance) {
  const card = await getJSON(path.position(key));
  labels.set(card.id, card.label);
  const edges = card.stance_records.map(edgeOf);
  await learnActors(edges);
  fill(panel, h("h2", { id: "position-label" }, card.label), h("p", { class: "muted" }, "Position"),
    h("h3", {}, "Who takes which stance on it"),
    h("dl", { class: "facts holders" }, Object.entries(card.holders_by_type).map(([type, holders]) => [
      h("dt", {}, h("span", { class: `swatch type-${type.replace("not ", "")}` }), type),
      h("dd", {}, holders.map((iri, i) => [i ? ", " : "", actorLink(iri, labels)]))])),
    h("h3", {}, "Stances"), stanceGroups(edges, openStance));
  return { card, edges };
}

export async function showContradictions(panel, openStance) {
  const body = await getJSON("/contradictions", { limit: 1000 });
  const pairs = body.contradictions.map((c) => ({ reason: c.reason, edges: c.records.map(edgeOf) }));
  await learnActors(pairs.flatMap((p) => p.edges));
  fill(panel, h("h2", {}, `Contradictions (${body.total})`),
    pairs.length ? h("ol", { class: "contradictions" }, pairs.map((pair) => h("li", {},
      h("p", {}, pair.reason),
      h("ul", {}, pair.edges.map((edge) => h("li", {}, stanceLine(edge, labels), " ",
        evidenceButton(edge, openStance)))))))
      : h("p", { class: "muted" }, "No contradictions recorded."));
  return pairs.flatMap((p) => p.edges);
}

export async function showDocuments(panel) {
  const body = await getJSON("/documents", { limit: 1000 });
  fill(panel, h("h2", {}, `Documents (${body.total})`), h("ul", { class: "documents" },
    body.documents.map((d) => h("li", {}, documentLink(d.document, d.title || d.id),
      ` · ${d.date || "undated"} · ${d.stances} stance(s), ${d.actors} actor(s)`))));
}

/** One document: metadata, the actors it names, and its text with each stance sentence marked. */
export async function showDocument(panel, key, openStance) {
  const data = await documentData(key);
  const { card } = data;
  const edges = data.stances.map(edgeOf);
  // each stance sentence marked; a click on it opens the stance
  const spans = edges.map((edge) => ({ start: edge.evidence.start,
    end: trimmedEnd(card.text || "", edge.evidence.start, edge.evidence.end),
    className: `evidence type-${edge.type}`, onclick: () => openStance(edge),
    title: `${labels.get(edge.from) || keyOf(edge.from)}: ${edge.type}` }));
  const text = h("div", { class: "document-text", id: "document-text" }, ...marked(card.text || "", spans));
  fill(panel, h("h2", { id: "document-title" }, card.title || card.id),
    h("dl", { class: "facts" }, [["date", card.date], ["publisher", card.publisher], ["author", card.author]]
      .filter(([, v]) => v).map(([name, value]) => [h("dt", {}, name), h("dd", {}, value)]),
      card.url ? [h("dt", {}, "source"), h("dd", {}, h("a", { href: safeHref(card.url), rel: "noreferrer" }, card.url))]
        : null),
    h("h3", {}, "Actors"), h("p", {}, card.mentions.map((m, i) => [i ? ", " : "", actorLink(m.id, labels)])),
    h("h3", {}, "Text"), text,
    h("h3", {}, "Stances"), stanceGroups(edges, openStance));
  return { card, edges };
}

async function learnActors(edges) {
  const missing = new Set();
  for (const edge of edges) for (const iri of [edge.from, edge.target, edge.attributed_to]) {
    if (iri && !labels.has(iri)) missing.add(iri);
  }
  await Promise.all([...missing].map((iri) => getJSON(path.actor(keyOf(iri))).then(learn).catch(() => null)));
}

function safeHref(value) {
  return /^https?:\/\//i.test(value) ? value : "#";
}
