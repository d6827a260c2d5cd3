// Loaded with `node --import` by the CLI tests: when the process exits,
// writes to the file named by ARGMAP_TEST_RECORD what the command set up:
// the files it read as code (ESM modules, CommonJS modules, and the
// command line's bundle run by src/cli/compile-cache.ts), and whether zod
// was evaluated (zod keeps its configuration on globalThis).
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
const vm = require("node:vm");
const scripts = [];
const Script = vm.Script;
// Scripts run through node:vm (the command line's bundle) are code too.
vm.Script = function RecordedScript(code, options) {
  if (options !== null && typeof options === "object" && typeof options.filename === "string") scripts.push(options.filename);
  return new Script(code, options);
};
process.on("exit", () => {
  if (file === "") return;
  const cjs = Object.keys(require.cache);
  writeFileSync(file, JSON.stringify({ scripts, cjs, zod: "__zod_globalConfig" in globalThis }) + "\n", { flag: "a" });
});
