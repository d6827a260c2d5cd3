/**
 * `npm run bench -- evaluate`: large-framework ratios, then the ICCMA tasks
 * against clingo. Set ARGMAP_BENCH_PART=large or =iccma to run one part.
 */
import { runLarge } from "./large.js";

const part = process.env.ARGMAP_BENCH_PART;
if (part === undefined || part === "large") runLarge();
if (part === undefined || part === "iccma") {
  const { runIccma } = await import("./iccma.js");
  runIccma();
}
