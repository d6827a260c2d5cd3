/**
 * bench/cli: what the command line adds around the library when it reads
 * argmap JSON. Strict UTF-8 decoding and format sniffing (by name, then a
 * 64 KiB prefix of the content) against the plain decode + parse that
 * `argmap validate` did before, on a map of 100,000 claims and 200,000
 * relations. Goal: no measurable difference (ratio within the run's noise,
 * about 1.05). Also: `node dist/cli.cjs --help` and `validate` on the shipped
 * example, spawned, against `node -e 0` (run `npm run build` first).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeInput } from "../../src/cli/decode.js";
import { sniffFormat } from "../../src/formats/sniff.js";
import { parseArgumentMapJson } from "../../src/validate/parse.js";
import { generateDocument } from "../load/generate.js";
import { measure, median, report } from "../harness.js";

const claims = Number(process.env.CLAIMS ?? 100_000);
const relations = Number(process.env.RELATIONS ?? 200_000);
const bytes = Buffer.from(JSON.stringify(generateDocument(claims, relations)), "utf8");
console.log(`${claims} claims, ${relations} relations, ${(bytes.length / 1e6).toFixed(1)} MB of JSON`);

const timings = measure(
  [
    { name: "before: toString + parseArgumentMapJson", run: () => parseArgumentMapJson(bytes.toString("utf8")) },
    {
      name: "now: strict decode + sniff + parseArgumentMapJson",
      run: () => {
        const decoded = decodeInput(bytes);
        if (!("text" in decoded)) throw new Error("not decoded");
        if (sniffFormat(decoded.text, { fileName: "map.json" }) !== "argmap" || sniffFormat(decoded.text) !== "argmap") throw new Error("not sniffed");
        return parseArgumentMapJson(decoded.text);
      },
    },
    { name: "strict decode alone", run: () => decodeInput(bytes) },
    { name: "sniffFormat alone (twice, as readInput does)", run: () => [sniffFormat(bytes.toString("latin1", 0, 1 << 16), { fileName: "map.json" }), sniffFormat(bytes.toString("latin1", 0, 1 << 16))] },
  ],
  { rounds: 7, warmup: 2 },
);
report("cli input: argmap JSON", timings, "before: toString + parseArgumentMapJson", { "now: strict decode + sniff + parseArgumentMapJson": 1.05 });

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "cli.cjs");
if (existsSync(cli)) {
  const example = join(dirname(cli), "..", "examples", "ukraine-japan", "ukraine-japan.argmap.json");
  const spawned = (args: readonly string[]): number => {
    const times: number[] = [];
    for (let i = 0; i < 22; i++) {
      const start = performance.now();
      spawnSync(process.execPath, args);
      if (i >= 2) times.push(performance.now() - start);
    }
    return median(times);
  };
  const startup = new Map([
    ["node -e 0", spawned(["-e", "0"])],
    ["argmap --help", spawned([cli, "--help"])],
    ["argmap validate example", spawned([cli, "validate", example])],
  ]);
  report("cli startup, spawned (median of 20)", startup, "node -e 0");
}
