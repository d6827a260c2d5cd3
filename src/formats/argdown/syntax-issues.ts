/**
 * What `@argdown/core` reports about a document's syntax, as argmap issues:
 * lexer and parser errors (warnings when it still built a model, errors when
 * it did not), the exceptions of its plugins, and the nesting bound.
 * @module
 * @internal
 */
import { ArgmapError, issue, type ArgmapIssue } from "../../errors.js";
import type { FormatIssueCode } from "../conversion.js";

/**
 * The deepest nesting of relations (or list items) that argmap reads.
 * `@argdown/core`'s parser is recursive: a few hundred levels exhaust the
 * stack, so deeper documents get one clear error instead.
 */
export const MAX_ARGDOWN_NESTING = 200;

/** At most this many parser errors become warnings; one more warning gives the rest's count. */
export const MAX_SYNTAX_WARNINGS = 200;

/** The parts of a response (or of a failed run) that syntax issues come from. */
export interface SyntaxReport {
  readonly tokens?: unknown;
  readonly lexerErrors?: unknown;
  readonly parserErrors?: unknown;
  readonly exceptions?: unknown;
}

/** A token as `@argdown/core`'s lexer makes it (only what is read here). */
interface Token {
  readonly tokenType?: { readonly name?: string };
  readonly image?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

/**
 * The most frequent parser message, in plainer words: content right after
 * the front matter or a heading, with no empty line between.
 */
function plainer(message: string): string {
  const emptyLine = /^Expecting --> \{linebreak\}\{linebreak\} \(Empty Line\) <-- but found --> '([\s\S]*)' <--$/.exec(message);
  if (emptyLine === null) return message;
  const found = emptyLine[1]!.length > 40 ? `${emptyLine[1]!.slice(0, 40)}…` : emptyLine[1]!;
  return `expected an empty line before ${JSON.stringify(found)}: Argdown separates the front matter, headings, statements and arguments with empty lines`;
}

/** A located issue: code `argdown-syntax`, with a line and column when known. */
function syntaxIssue(raw: string, line: number | undefined, column: number | undefined, severity: "error" | "warning"): ArgmapIssue<FormatIssueCode> {
  // @argdown/core's messages can list every token it expected: keep the first line, cut.
  const first = plainer(raw.split("\n")[0]!.trim());
  const message = first.length > 200 ? `${first.slice(0, 200)}…` : first;
  const base = issue<FormatIssueCode>("argdown-syntax", [], message, severity);
  return line === undefined || !Number.isFinite(line) ? base : { ...base, line, column: column !== undefined && Number.isFinite(column) ? column : 1 };
}

/** The lexer and parser errors of a report, as issues of the given severity (in document order). */
export function parserIssues(report: SyntaxReport, severity: "error" | "warning"): ArgmapIssue<FormatIssueCode>[] {
  const issues: ArgmapIssue<FormatIssueCode>[] = [];
  for (const error of Array.isArray(report.lexerErrors) ? (report.lexerErrors as unknown[]) : []) {
    const e = (error ?? {}) as { message?: unknown; line?: number; column?: number };
    issues.push(syntaxIssue(typeof e.message === "string" ? e.message : "lexer error", e.line, e.column, severity));
  }
  for (const error of Array.isArray(report.parserErrors) ? (report.parserErrors as unknown[]) : []) {
    const e = (error ?? {}) as { message?: unknown; token?: { startLine?: number; startColumn?: number } };
    issues.push(syntaxIssue(typeof e.message === "string" ? e.message : "parser error", e.token?.startLine, e.token?.startColumn, severity));
  }
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Caps a list of syntax warnings at {@link MAX_SYNTAX_WARNINGS}, the last one counting the rest. */
export function capWarnings(warnings: ArgmapIssue<FormatIssueCode>[]): ArgmapIssue<FormatIssueCode>[] {
  if (warnings.length <= MAX_SYNTAX_WARNINGS) return warnings;
  const rest = warnings.length - MAX_SYNTAX_WARNINGS;
  const next = warnings[MAX_SYNTAX_WARNINGS]!;
  return [...warnings.slice(0, MAX_SYNTAX_WARNINGS), { ...next, message: `${rest} more syntax errors from line ${next.line ?? "?"} on (the first ${MAX_SYNTAX_WARNINGS} are listed)` }];
}

/** The deepest nesting in the token stream (indentation levels opened and not closed), and where it is reached. */
export function nestingOf(tokens: unknown): { depth: number; line: number } {
  let depth = 0;
  let deepest = { depth: 0, line: 1 };
  for (const token of Array.isArray(tokens) ? (tokens as Token[]) : []) {
    const name = token?.tokenType?.name;
    if (name === "Indent") {
      depth++;
      if (depth > deepest.depth) deepest = { depth, line: token.startLine ?? deepest.line };
    } else if (name === "Dedent" && depth > 0) depth--;
  }
  return deepest;
}

/**
 * The nesting of a text as `@argdown/core`'s lexer counts it (relation lines
 * and list items open a level when indented further than the one before; an
 * empty line closes them all), found in one pass over the text before it is
 * parsed. `@argdown/core` lexes in quadratic time, so a document nested
 * thousands of levels deep (tens of megabytes of indentation) is refused at
 * once instead of after a long lexing; {@link nestingOf} checks the tokens
 * afterwards.
 */
export function nestingOfText(text: string): { depth: number; line: number } {
  const blank = (part: string): string => part.replace(/[^\r\n]/g, " ");
  // The front matter, comments and block YAML data (`{` then a line break) hold no levels.
  const visible = text
    .replace(/^\s*===+[\s\S]*?===+/, blank)
    .replace(/<!--[\s\S]*?(?:-->|$)|\/\*[\s\S]*?(?:\*\/|$)|\{[ \t]*(?:\r\n|\r|\n)[\s\S]*?(?:\r\n|\r|\n)[ \t]*\}/g, blank);
  const stack = [0];
  let deepest = { depth: 0, line: 1 };
  let line = 0;
  for (const content of visible.split(/\r\n|\r|\n/)) {
    line++;
    if (/^[ \t]*$/.test(content)) {
      stack.length = 1;
      continue;
    }
    let indent: number | undefined;
    const relation = /^([ \t]*)(?:\+>|->|<?\+|<?-|><|_>|<_|_(?=\s))/.exec(content);
    if (relation !== null && !/^[ \t]*-{2,}/.test(content)) indent = relation[1]!.length;
    else {
      const item = /^([ \t]*)(?:\d+\.|\*)(?=\s)/.exec(content);
      if (item !== null) indent = item[1]!.length + 1;
    }
    if (indent === undefined) continue;
    if (indent > stack[stack.length - 1]!) {
      stack.push(indent);
      if (stack.length - 1 > deepest.depth) deepest = { depth: stack.length - 1, line };
    } else while (stack.length > 1 && indent < stack[stack.length - 1]!) stack.pop();
  }
  return deepest;
}

/**
 * `argdown-syntax` for a document nested deeper than
 * {@link MAX_ARGDOWN_NESTING}, or one on which `@argdown/core`'s parser ran
 * out of stack space (`outOfStack`) within that bound.
 */
export function tooDeepError(nesting: { depth: number; line: number }, outOfStack = false): ArgmapError<FormatIssueCode> {
  const message =
    nesting.depth > MAX_ARGDOWN_NESTING || !outOfStack
      ? `the document nests relations or list items ${nesting.depth} levels deep; argmap reads Argdown nested up to ${MAX_ARGDOWN_NESTING} levels`
      : `@argdown/core's parser ran out of stack space on this document, which nests relations or list items ${nesting.depth} levels deep`;
  return new ArgmapError<FormatIssueCode>([syntaxIssue(message, nesting.line, 1, "error")]);
}

/** A YAML error as js-yaml (inside `@argdown/core`) throws it. */
interface YamlError {
  readonly name?: unknown;
  readonly reason?: unknown;
  readonly mark?: { readonly buffer?: unknown; readonly line?: unknown; readonly column?: unknown };
}

/**
 * The error for a run of `@argdown/core` that threw: invalid YAML in the
 * front matter or a `{…}` data element (located through the token that holds
 * it), or another exception of a plugin. Parser errors the run reported, if
 * any, come first: they are usually why the model could not be built.
 */
export function failureError(failure: unknown, report: SyntaxReport): ArgmapError<FormatIssueCode> {
  const issues = parserIssues(report, "error");
  const yaml = failure as YamlError;
  if (failure !== null && typeof failure === "object" && yaml.name === "YAMLException") {
    issues.push(yamlIssue(yaml, report.tokens));
  } else if (issues.length === 0) {
    const message = failure instanceof Error ? failure.message : String(failure);
    issues.push(syntaxIssue(`@argdown/core could not build a model of this document: ${message}`, undefined, undefined, "error"));
  }
  return new ArgmapError<FormatIssueCode>(issues as [ArgmapIssue<FormatIssueCode>, ...ArgmapIssue<FormatIssueCode>[]]);
}

function yamlIssue(error: YamlError, tokens: unknown): ArgmapIssue<FormatIssueCode> {
  const reason = typeof error.reason === "string" ? error.reason : "it does not parse";
  const raw = typeof error.mark?.buffer === "string" ? error.mark.buffer.replace(/\0$/, "") : "";
  const within = typeof error.mark?.line === "number" ? error.mark.line : 0;
  const at = typeof error.mark?.column === "number" ? error.mark.column : 0;
  // The token whose text holds the YAML that failed: the front matter or a {…} data element.
  const holder = raw.trim() === "" ? undefined : (Array.isArray(tokens) ? (tokens as Token[]) : []).find((t) => typeof t?.image === "string" && t.image.includes(raw.trim()));
  if (holder === undefined || holder.startLine === undefined) return syntaxIssue(`YAML data is not valid YAML: ${reason}`, undefined, undefined, "error");
  const frontMatter = holder.tokenType?.name === "FrontMatter";
  // The front matter's YAML starts after "===" on its first line; a block data element's after "{" and a line break.
  const inline = !frontMatter && raw.startsWith("{");
  const line = holder.startLine + within + (frontMatter || inline ? 0 : 1);
  const column = inline && within === 0 ? (holder.startColumn ?? 1) + at : at + 1;
  return syntaxIssue(`${frontMatter ? "the front matter" : "a {…} data element"} is not valid YAML: ${reason}`, line, column, "error");
}

/** Refuses a model built with errors when it holds nothing: there is nothing to read, only the errors. */
export function throwIssues(issues: ArgmapIssue<FormatIssueCode>[]): never {
  throw new ArgmapError<FormatIssueCode>(issues.map((found) => ({ ...found, severity: "error" as const })) as [ArgmapIssue<FormatIssueCode>, ...ArgmapIssue<FormatIssueCode>[]]);
}
