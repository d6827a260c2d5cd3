import type { Command } from "../command.js";
import { convertCommand } from "./convert.js";
import { diffCommand } from "./diff.js";
import { evaluateCommand } from "./evaluate.js";
import { extractCommand } from "./extract.js";
import { mergeCommand } from "./merge.js";
import { renderCommand } from "./render.js";
import { statsCommand } from "./stats.js";
import { summarizeCommand } from "./summarize.js";
import { validateCommand } from "./validate.js";

/** Every `argmap` command, in the order `argmap --help` lists them. */
export const commands: readonly Command[] = [validateCommand, statsCommand, summarizeCommand, evaluateCommand, convertCommand, renderCommand, mergeCommand, diffCommand, extractCommand];
