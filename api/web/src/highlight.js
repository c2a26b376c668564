// Marking words inside a text without HTML: the text is cut into text nodes and <mark> elements.
import { h } from "./dom.js";

/** Spans of `text` where any of `names` occurs as whole words: [{start, end, ...extra}]. */
export function findNames(text, names, extra) {
  const spans = [];
  for (const name of names) {
    if (!name || name.length < 2) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
    for (const match of text.matchAll(pattern)) {
      spans.push({ start: match.index, end: match.index + match[0].length, ...extra });
    }
  }
  return spans;
}

/** `text` as nodes, each span (start, end, className, title, onclick?) wrapped in a <mark>; longer spans win overlaps. */
export function marked(text, spans) {
  const chosen = [];
  const byLength = [...spans].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  for (const span of byLength) {
    if (span.start < 0 || span.end > text.length || span.start >= span.end) continue;
    if (chosen.some((c) => span.start < c.end && c.start < span.end)) continue;
    chosen.push(span);
  }
  chosen.sort((a, b) => a.start - b.start);
  const nodes = [];
  let at = 0;
  for (const span of chosen) {
    if (span.start > at) nodes.push(text.slice(at, span.start));
    nodes.push(h("mark", { class: span.className, title: span.title, onclick: span.onclick },
      text.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

/** `end` moved back over trailing white space, so a marked sentence does not run into the next line. */
export function trimmedEnd(text, start, end) {
  let at = end;
  while (at > start && /\s/.test(text[at - 1])) at -= 1;
  return at;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
