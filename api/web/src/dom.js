// Building DOM nodes without HTML strings: every text goes in through textContent, so text from
// documents (an article containing "<script>") is shown, never run.

/** An element: h("a", {href: "#/x", class: "link"}, "text", child, ...). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

/** Append children: nodes, strings (as text), arrays of either; null and undefined are skipped. */
export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replace the element's content. */
export function fill(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

/** The last segment of an IRI: the key the API accepts for actors, positions and documents. */
export function keyOf(iri) {
  if (!iri) return "";
  const match = /[^/#:]+$/.exec(iri);
  return match ? match[0] : iri;
}
