// Loaded with `node --import` by the CLI tests: appends the URL of every
// module Node loads to the file named by ARGMAP_TEST_RECORD, one a line.
import { register } from "node:module";

const file = process.env.ARGMAP_TEST_RECORD ?? "";
const source = `
import { appendFileSync } from "node:fs";
const file = ${JSON.stringify(file)};
export async function load(url, context, next) {
  if (file !== "") appendFileSync(file, url + "\\n");
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(source)}`);
