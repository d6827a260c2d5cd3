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
 */
export const commands: readonly Command[] = [validateCommand, statsCommand, summarizeCommand, evaluateCommand, explainCommand, iccmaCommand, convertCommand, renderCommand, mergeCommand, diffCommand, extractCommand];
