// What the page has learnt about actors and positions from the API's answers: labels and aliases,
// so a stance from any endpoint can be written with names, and names marked in evidence sentences.

export const labels = new Map();
const aliases = new Map();
const kinds = new Map();

/** Remember what an answer says about a node: {id, label, aliases?, kind?}. */
export function learn(node) {
  if (!node || !node.id) return;
  if (node.label) labels.set(node.id, node.label);
  if (node.kind) kinds.set(node.id, node.kind);
  if (node.aliases) aliases.set(node.id, node.aliases);
}

/** Every name the page knows the node by: label first, then aliases. */
export function namesOf(iri) {
  return [labels.get(iri), ...(aliases.get(iri) || [])].filter(Boolean);
}

export function kindOf(iri) {
  return kinds.get(iri) || null;
}
