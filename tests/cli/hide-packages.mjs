// Loaded with `node --import` by the CLI tests: the packages named in
// ARGMAP_TEST_HIDE (comma-separated) cannot be resolved, as if not installed.
import { register } from "node:module";

const hidden = (process.env.ARGMAP_TEST_HIDE ?? "").split(",").filter((name) => name !== "");
const source = `
const hidden = ${JSON.stringify(hidden)};
export async function resolve(specifier, context, next) {
  if (hidden.some((name) => specifier === name || specifier.startsWith(name + "/"))) {
    const error = new Error("Cannot find package '" + specifier + "' (hidden by the test)");
    error.code = "ERR_MODULE_NOT_FOUND";
    throw error;
  }
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(source)}`);
