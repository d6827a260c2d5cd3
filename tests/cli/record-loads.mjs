// Loaded with `node --import` by the CLI tests: when the process exits,
// writes to the file named by ARGMAP_TEST_RECORD what the command set up:
// the files it read as code (ESM modules and CommonJS modules, the command
// line's bundle among them), and whether zod was evaluated (zod keeps its
// configuration on globalThis).
import { writeFileSync } from "node:fs";
import { createRequire, register } from "node:module";

const file = process.env.ARGMAP_TEST_RECORD ?? "";
const source = `
import { appendFileSync } from "node:fs";
const file = ${JSON.stringify(file)};
export async function load(url, context, next) {
  if (file !== "") appendFileSync(file, JSON.stringify({ module: url }) + "\\n");
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(source)}`);

const require = createRequire(import.meta.url);
process.on("exit", () => {
  if (file === "") return;
  const cjs = Object.keys(require.cache);
  writeFileSync(file, JSON.stringify({ cjs, zod: "__zod_globalConfig" in globalThis }) + "\n", { flag: "a" });
});
