// The evidence of one stance: its facts (type, polarity, modality, attribution, date), and its sentence
// highlighted inside its document's text, with the actors' names and the stance cue marked.
import { getJSON, path, sparql } from "./api.js";
import { fill, h, keyOf } from "./dom.js";
import { findNames, marked, trimmedEnd } from "./highlight.js";
import { labels, learn, namesOf } from "./labels.js";
import { actorLink, documentLink, positionLink } from "./stances.js";

const documents = new Map(); // document key -> promise of {card, actors}

/** The document's card (with its text) and the actor records of its stances, fetched once. */
export function documentData(iri) {
  const key = keyOf(iri);
  if (!documents.has(key)) {
    documents.set(key, Promise.all([
      getJSON(path.document(key)),
      getJSON("/stances", { document: key }),
    ]).then(([card, stances]) => {
      for (const actor of stances.actors) learn(actor);
      for (const mention of card.mentions) learn(mention);
      return { card, actors: stances.actors, stances: stances.stances };
    }).catch((error) => { documents.delete(key); throw error; }));
  }
  return documents.get(key);
}

/** The stance's cue word(s), from its `rdfs:comment "cue: ..."` (asked through /sparql). */
async function cueOf(stanceIri) {
  if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(stanceIri)) return null;
  const answer = await sparql(`SELECT ?comment WHERE { <${stanceIri}> rdfs:comment ?comment }`);
  for (const row of answer.results.bindings) {
    const text = row.comment.value;
    if (text.startsWith("cue: ")) return text.slice(5);
  }
  return null;
}

/** Show the stance `edge` (an edge record) in `panel`. */
export async function showEvidence(panel, edge) {
  panel.hidden = false;
  panel.dataset.stance = edge.stance;
  delete panel.dataset.ready;
  const close = h("button", { type: "button", class: "close", "aria-label": "Close", onclick: () => {
    panel.hidden = true;
  } }, "×");
  const facts = h("dl", { class: "facts" },
    fact("type", h("span", { class: `type type-${edge.type}` }, edge.type)),
    fact("polarity", edge.polarity), fact("modality", edge.modality),
    fact("holder", actorLink(edge.from, labels)),
    edge.target ? fact("target", actorLink(edge.target, labels)) : null,
    edge.position ? fact("position", positionLink(edge.position, labels.get(edge.position) || edge.position_label))
      : null,
    fact("attributed to", edge.attributed_to ? actorLink(edge.attributed_to, labels) : "—"),
    fact("date", edge.date || "—"),
    edge.concession ? fact("concession", edge.concession.types.join(", ")) : null,
  );
  const text = h("div", { class: "document-text", "aria-busy": "true" }, "Loading the document …");
  fill(panel, close, h("h2", {}, "Stance"), facts, h("h3", {}, "Evidence"), text,
    h("p", {}, "Document: ", documentLink(edge.evidence.document)));
  try {
    const [data, cue] = await Promise.all([documentData(edge.evidence.document), cueOf(edge.stance)]);
    const link = panel.querySelector(".document-link");
    if (link && data.card.title) link.textContent = data.card.title;
    fill(text, ...documentWithEvidence(data, edge, cue));
    text.removeAttribute("aria-busy");
    panel.dataset.ready = edge.stance;
    const mark = text.querySelector("mark.evidence");
    if (mark) text.scrollTop = Math.max(mark.offsetTop - 60, 0); // the sentence in view, the facts kept
  } catch (error) {
    fill(text, h("p", { class: "error" }, `The document could not be read: ${error.message}`));
    panel.dataset.ready = edge.stance;
  }
}

/** The document's text with the stance's sentence marked, and in it the actors and the cue. */
export function documentWithEvidence(data, edge, cue) {
  const full = data.card.text || edge.evidence.text;
  let { start, end } = edge.evidence;
  if (!data.card.text) { start = 0; end = full.length; }
  end = trimmedEnd(full, start, end);
  const sentence = full.slice(start, end);
  const roles = new Map([[edge.from, "holder"], [edge.target, "target"], [edge.attributed_to, "source"]]);
  const spans = [];
  for (const actor of data.actors) {
    const role = roles.get(actor.id);
    spans.push(...findNames(sentence, namesOf(actor.id), {
      className: role ? `actor role-${role}` : "actor", title: `${actor.label} (${role || actor.kind})` }));
  }
  for (const [iri, role] of roles) {
    if (iri && !data.actors.some((a) => a.id === iri)) {
      spans.push(...findNames(sentence, namesOf(iri), { className: `actor role-${role}`, title: role }));
    }
  }
  if (cue) spans.push(...findNames(sentence, [cue], { className: "cue", title: `cue of the ${edge.type}` }));
  return [
    full.slice(0, start),
    h("mark", { class: "evidence", title: "the evidence sentence" }, ...marked(sentence, spans)),
    full.slice(end),
  ];
}

function fact(name, value) {
  return [h("dt", {}, name), h("dd", {}, value)];
}
