/**
 * `npm run bench -- evaluate`: large-framework ratios, then the ICCMA tasks
 * against clingo, then sceptical acceptance on conflict families. Set
 * ARGMAP_BENCH_PART=large, =iccma or =families to run one part.
 */
import { runLarge } from "./large.js";

const part = process.env.ARGMAP_BENCH_PART;
if (part === undefined || part === "large") runLarge();
if (part === undefined || part === "iccma") {
  const { runIccma } = await import("./iccma.js");
  runIccma();
}
if (part === undefined || part === "families") {
  const { runFamilies } = await import("./iccma.js");
  runFamilies();
}
