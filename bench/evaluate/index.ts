/**
 * `npm run bench -- evaluate`: large-framework ratios, then the ICCMA tasks
 * against clingo, then sceptical acceptance on conflict families, then the
 * ICCMA tasks at competition size (1,000 to 10,000 arguments) against
 * clingo in fresh processes. Set ARGMAP_BENCH_PART=large, =iccma,
 * =families or =hard to run one part.
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
if (part === undefined || part === "hard") {
  const { runHard } = await import("./hard.js");
  runHard();
}
