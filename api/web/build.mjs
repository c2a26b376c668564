// Builds the explorer's bundle into api/static/: explorer.js (every module and library bundled by esbuild,
// nothing fetched at run time) and explorer.css (the colour of each actor kind and stance type of
// src/vocabulary.js as the custom property --colour, which style.css uses, so the legend and the graph
// share one table). index.html, style.css and favicon.svg are served from this folder as they are.
// `make web` runs it; `node build.mjs DIR` writes into DIR instead (the test that the committed bundle is
// current uses it).
import { mkdirSync, writeFileSync } from "node:fs";
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

const colours = Object.entries({ kind: KIND_COLOURS, type: TYPE_COLOURS }).flatMap(([prefix, table]) =>
  Object.entries(table).map(([name, colour]) => `.${prefix}-${name} { --colour: ${colour}; }`));
writeFileSync(join(out, "explorer.css"), `/* generated from src/vocabulary.js by build.mjs */\n${colours.join("\n")}\n`);
