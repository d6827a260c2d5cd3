import type { Command } from "../command.js";
import { convertCommand } from "./convert.js";
import { diffCommand } from "./diff.js";
import { evaluateCommand } from "./evaluate.js";
import { explainCommand } from "./explain.js";
import { extractCommand } from "./extract.js";
import { iccmaCommand } from "./iccma.js";
import { mergeCommand } from "./merge.js";
import { renderCommand } from "./render.js";
import { statsCommand } from "./stats.js";
import { summarizeCommand } from "./summarize.js";
import { validateCommand } from "./validate.js";

/**
 * Every `argmap` command, in the order `argmap --help` lists them. The
 * modules here only describe the commands; each `load()` imports the
 * implementation from src/cli/actions/ when the command runs. Never import
 * an implementation, a reader or zod from here or from a command module:
 * every start would pay for it (tests/cli/lazy.test.ts).
 *
 * A command registered here follows the command line's one convention
 * (README, "Command line"), which tests/cli/conventions.test.ts and
 * tests/cli/outputs.test.ts check for every command in this list:
 * - it declares `-f/--format` (its output formats); `-o/--out`, `-q/--quiet`,
 *   `--from` (from `reads`: only what it reads) and `--max-input` come with
 *   every command; `--root`/`--depth`, where a part of a map applies, are
 *   `-r`/`-d`;
 * - it writes its data with `context.out` (which `-o` sends to a file, after
 *   checking the output before the command runs) and says what it wrote with
 *   `context.wrote(...)`; warnings go through `context.warn`, notes and
 *   progress through `context.note`, never to standard output;
 * - text from a map that it prints for reading is escaped (`escapeText`,
 *   `escapeControls`, `escapeJsonText` in src/cli/safe-text.ts);
 * - counts go through `countOf` (src/internal/count-of.ts);
 * - after a change, `npx tsx scripts/cli-reference.ts` rewrites docs/cli.md.
 */
export const commands: readonly Command[] = [validateCommand, statsCommand, summarizeCommand, evaluateCommand, explainCommand, iccmaCommand, convertCommand, renderCommand, mergeCommand, diffCommand, extractCommand];
