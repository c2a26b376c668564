// Stance records in one shape: the edge records of /actors/{id}/neighbourhood and /paths, and the
// stance records of /stances, /positions/{id}, /documents/{id} and /contradictions.
import { h, keyOf } from "./dom.js";
import { kindOf, labels } from "./labels.js";

/** A stance record of the stance export as an edge record (from holder to target or position). */
export function edgeOf(record) {
  const position = record.position ? record.position.id : null;
  if (position && record.position.label) labels.set(position, record.position.label);
  return {
    stance: record.id, from: record.holder, to: record.target || position, type: record.type,
    polarity: record.polarity, modality: record.modality, target: record.target, position,
    position_label: record.position ? record.position.label : null, attributed_to: record.attributed_to,
    date: record.date, evidence: record.evidence, concession: record.concession,
    plover: record.plover, cameo: record.cameo,
  };
}

/** The nodes and edges the graph draws for stance edges: one edge to the target, one to the position. */
export function graphOf(edges) {
  const nodes = new Map();
  const drawn = new Map(); // a stance listed twice (in two contradictions, say) is drawn once
  for (const edge of edges) {
    for (const to of new Set([edge.to, edge.target, edge.position].filter(Boolean))) {
      drawn.set(`${edge.stance} ${to}`, { ...edge, to });
      for (const iri of [edge.from, to]) {
        if (nodes.has(iri)) continue;
        const kind = iri === edge.position ? "Position" : kindOf(iri) || "Group";
        nodes.set(iri, { id: iri, key: keyOf(iri), label: labels.get(iri) || readable(iri), kind });
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...drawn.values()] };
}

/** A key made readable, for a node whose label the page has not seen: "russian-condition" -> "russian condition". */
export function readable(iri) {
  return keyOf(iri).replaceAll("-", " ");
}

/** A short line saying who takes what stance on whom: "Russia Demand → Western sanctions ..." */
export function stanceLine(edge, known = labels) {
  const negative = edge.polarity === "negative" ? "not " : "";
  return h("span", { class: "stance-line" },
    actorLink(edge.from, known),
    " ", h("span", { class: `type type-${edge.type}` }, `${negative}${edge.type}`), " ",
    edge.target ? actorLink(edge.target, known) : null,
    edge.target && edge.position ? " · " : null,
    edge.position ? positionLink(edge.position, known.get(edge.position) || edge.position_label) : null);
}

/** The button that opens a stance's evidence. */
export function evidenceButton(edge, openStance) {
  return h("button", { type: "button", class: "evidence-button", onclick: () => openStance(edge) }, "evidence");
}

export function actorLink(iri, known = labels) {
  return h("a", { href: `#/actor/${encodeURIComponent(keyOf(iri))}`, class: "actor-link" },
    known.get(iri) || readable(iri));
}

export function positionLink(iri, label) {
  return h("a", { href: `#/position/${encodeURIComponent(keyOf(iri))}`, class: "position-link" },
    label || labels.get(iri) || readable(iri));
}

export function documentLink(iri, title) {
  return h("a", { href: `#/document/${encodeURIComponent(keyOf(iri))}`, class: "document-link" },
    title || keyOf(iri));
}
