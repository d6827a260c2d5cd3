/**
 * Interchange benchmarks.
 *
 * - Argdown import of a generated 5,000-statement document: `@argdown/core`'s
 *   own parse (lexer, parser, model) against argmap's conversion of its
 *   response into a map. Goal: conversion ≤ 0.5x of the parse.
 * - AIF import of a generated 100,000-node AIFdb document (I, RA, CA, L and
 *   YA nodes): `fromAif(text)` against `JSON.parse` of the same text.
 *   Goal: ≤ 4x.
 */
import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from "@argdown/core";
import { fromArgdownResponse } from "../../src/formats/argdown/from-argdown.js";
import { fromAif } from "../../src/formats/aif.js";
import { measure, random, report } from "../harness.js";
import { aifDocument } from "./generate.js";

/** An Argdown document: statements in support/attack trees, and arguments with two-premise structures. */
function argdownDocument(statements: number, seed: number): string {
  const next = random(seed);
  const out: string[] = ["===", "title: Generated", "===", ""];
  let made = 0;
  let argument = 0;
  while (made < statements) {
    const root = made++;
    out.push(`[s${root}]: Statement number ${root} says something #tag${root % 7}`);
    const children = Math.min(3, statements - made);
    for (let k = 0; k < children; k++) {
      const child = made++;
      out.push(`  ${next() < 0.7 ? "+" : "-"} [s${child}]: Statement number ${child} replies to ${root}`);
    }
    out.push("");
    if (made + 2 <= statements && next() < 0.5) {
      const a = made++;
      const b = made++;
      out.push(`<a${argument++}>: An argument for s${root}.`, "", `(1) [s${a}]: Premise ${a} of the argument`, `(2) [s${b}]: Premise ${b} of the argument`, "-- Modus ponens --", `(3) [s${root}]`, "");
    }
  }
  return out.join("\n");
}

const app = new ArgdownApplication();
app.addPlugin(new ParserPlugin(), "parse-input");
app.addPlugin(new DataPlugin(), "build-model");
app.addPlugin(new ModelPlugin(), "build-model");

const argdown = argdownDocument(5000, 42);
const response = app.run({ input: argdown, process: ["parse-input", "build-model"], logLevel: "none" });
const check = fromArgdownResponse(response).value.stats();
console.log(`Argdown document: ${argdown.length} characters, ${check.claims} claims, ${check.relations} relations`);
report(
  "Argdown import, 5,000 statements",
  measure(
    [
      { name: "@argdown/core parse", run: () => app.run({ input: argdown, process: ["parse-input", "build-model"], logLevel: "none" }) },
      { name: "fromArgdownResponse", run: () => fromArgdownResponse(response) },
    ],
    { rounds: 7, warmup: 2 },
  ),
  "@argdown/core parse",
  { fromArgdownResponse: 0.5 },
);

const aif = aifDocument(100_000, 7);
const aifCheck = fromAif(aif).value.stats();
console.log(`\nAIF document: ${(aif.length / 1e6).toFixed(1)} MB, ${aifCheck.claims} claims, ${aifCheck.relations} relations`);
report(
  "AIF import, 100,000 nodes",
  measure(
    [
      { name: "JSON.parse", run: () => JSON.parse(aif) as unknown },
      { name: "fromAif(text)", run: () => fromAif(aif) },
    ],
    { rounds: 7, warmup: 2 },
  ),
  "JSON.parse",
  { "fromAif(text)": 4 },
);

// SADFace, OVA, arggraph and sniffing.
await import("./readers.js");
