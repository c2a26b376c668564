// Builds the explorer into api/static/: explorer.js (every module and library bundled by esbuild,
// nothing fetched at run time), explorer.css (style.css plus the colour rules of src/vocabulary.js,
// so the legend and the graph share one table), index.html and favicon.svg. `make web` runs it;
// `node build.mjs DIR` writes into DIR instead (the test that the committed bundle is current uses it).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";

import { KIND_COLOURS, TYPE_COLOURS } from "./src/vocabulary.js";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] || join(here, "..", "static");
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(here, "src", "main.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2022"],
  legalComments: "eof",
  outfile: join(out, "explorer.js"),
  logLevel: "warning",
});

const colours = [
  ...Object.entries(KIND_COLOURS).map(([kind, colour]) => `.swatch.kind-${kind} { background: ${colour}; }`),
  ...Object.entries(TYPE_COLOURS).flatMap(([type, colour]) => [
    `.swatch.type-${type} { background: ${colour}; }`,
    `.type.type-${type} { border-color: ${colour}; }`,
    `mark.evidence.type-${type} { text-decoration-color: ${colour}; }`,
  ]),
];
const css = readFileSync(join(here, "style.css"), "utf8");
writeFileSync(join(out, "explorer.css"), `${css}\n/* generated from src/vocabulary.js */\n${colours.join("\n")}\n`);
for (const name of ["index.html", "favicon.svg"]) copyFileSync(join(here, name), join(out, name));
