// The SPARQL page: a CodeMirror 6 editor (SPARQL highlighting from @codemirror/legacy-modes), the
// named queries as examples, the predefined prefixes, and a results table.
// The editor lives in a shadow root so that CodeMirror's styles go in as a constructed style sheet,
// which the page's Content-Security-Policy (style-src 'self', nothing inline) allows.
import { defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from "@codemirror/language";
import { sparql as sparqlMode } from "@codemirror/legacy-modes/mode/sparql";
import { basicSetup, EditorView } from "codemirror";

import { getJSON, sparql } from "./api.js";
import { fill, h } from "./dom.js";

const FIRST_QUERY = `# who takes a stance, in which sentence (prefixes sg:, skos:, nif: ... are predefined)
SELECT ?holder ?stance ?sentence WHERE {
  ?stance sg:holder/skos:prefLabel ?holder ;
          sg:evidence/nif:anchorOf ?sentence .
} LIMIT 50`;

let editor = null;

/** Fill `panel` with the editor, the examples and the prefixes. */
export async function showSparql(panel) {
  const host = h("div", { id: "sparql-editor", class: "editor-host" });
  const results = h("div", { id: "sparql-results", class: "results" });
  const status = h("p", { id: "sparql-status", class: "muted", role: "status" });
  const examples = h("select", { id: "sparql-examples", "aria-label": "examples" },
    h("option", { value: "" }, "Examples: the named queries …"));
  const prefixes = h("p", { class: "prefixes muted" });
  const run = h("button", { type: "button", id: "sparql-run", onclick: () => runQuery(status, results) },
    "Run (Ctrl-Enter)");
  fill(panel, h("h2", {}, "SPARQL"), h("div", { class: "row" }, examples, run), host, prefixes, status, results);
  const root = host.attachShadow({ mode: "open" });
  editor = new EditorView({
    doc: editor ? editor.state.doc.toString() : FIRST_QUERY, root, parent: root,
    extensions: [basicSetup, StreamLanguage.define(sparqlMode), syntaxHighlighting(defaultHighlightStyle),
      EditorView.theme({ "&": { height: "16rem", border: "1px solid #bbb", fontSize: "13px" },
        ".cm-scroller": { overflow: "auto" } }),
      EditorView.domEventHandlers({ keydown: (event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          runQuery(status, results);
          return true;
        }
        return false;
      } })],
  });
  const listing = await getJSON("/queries");
  for (const query of listing.queries) {
    examples.append(h("option", { value: query.name, title: query.description }, query.name));
  }
  examples.addEventListener("change", () => {
    const chosen = listing.queries.find((q) => q.name === examples.value);
    if (chosen) setQuery(chosen.sparql);
  });
  fill(prefixes, "Predefined prefixes: ", Object.entries(listing.prefixes || {}).map(([prefix, iri], i) =>
    [i ? ", " : "", h("code", { title: iri }, `${prefix}:`)]));
}

/** Replace the editor's text (the examples use it; so can a test). */
export function setQuery(text) {
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
}

async function runQuery(status, results) {
  const query = editor.state.doc.toString();
  status.textContent = "Running …";
  fill(results);
  delete results.dataset.rows;
  const started = performance.now();
  try {
    const answer = await sparql(query);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if ("boolean" in answer) {
      status.textContent = `ASK: ${answer.boolean} (${seconds} s)`;
      results.dataset.rows = "0";
      return;
    }
    const variables = answer.head.vars;
    const rows = answer.results.bindings;
    status.textContent = `${rows.length} row${rows.length === 1 ? "" : "s"} (${seconds} s)`;
    results.dataset.rows = String(rows.length);
    fill(results, h("table", { class: "results-table" },
      h("thead", {}, h("tr", {}, variables.map((v) => h("th", {}, `?${v}`)))),
      h("tbody", {}, rows.map((row) => h("tr", {}, variables.map((v) => h("td", {}, cell(row[v]))))))));
  } catch (error) {
    status.textContent = `Error: ${error.message}`;
    results.dataset.rows = "0";
  }
}

function cell(term) {
  if (!term) return "";
  return term.type === "uri" ? h("span", { class: "iri" }, term.value) : term.value;
}
