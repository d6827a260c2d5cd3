/**
 * Every export of the package's entry points, and every public member of an
 * exported class, has an `@example` with a ```ts block, and every such block
 * compiles on its own with strict TypeScript, importing from the package
 * paths ("argmap", "argmap/evaluate", …), which are mapped to src/.
 *
 * Types and interfaces need no example; functions, classes, constants and
 * class members (methods, accessors, properties) do. Members and exports
 * marked `@internal` are skipped.
 */
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, test } from "vitest";
import { ENTRY_POINTS, type EntryPoint } from "../samples.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Package path → source entry. */
const ENTRIES = ENTRY_POINTS;
type Entry = EntryPoint;

/** One documented thing: `entry` export name (and member), where it is declared, and its examples. */
interface Documented {
  readonly entry: Entry;
  readonly name: string;
  readonly file: string;
  readonly examples: readonly string[];
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: false,
  types: ["node"],
  lib: ["lib.es2023.d.ts"],
  baseUrl: root,
  paths: { argmap: [ENTRIES.argmap], ...Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, [v]])) },
};

function isInternal(node: ts.Node): boolean {
  return ts.getJSDocTags(node).some((tag) => tag.tagName.text === "internal");
}

function examplesOf(node: ts.Node): string[] {
  const out: string[] = [];
  for (const tag of ts.getJSDocTags(node)) {
    if (tag.tagName.text !== "example") continue;
    const text = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? "";
    for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) out.push(match[1]!);
  }
  return out;
}

/** Exported values of every entry, and the public members of exported classes. */
function collect(program: ts.Program): Documented[] {
  const checker = program.getTypeChecker();
  const out: Documented[] = [];
  const seen = new Set<ts.Node>();
  for (const [entry, path] of Object.entries(ENTRIES) as [Entry, string][]) {
    const source = program.getSourceFile(join(root, path))!;
    const moduleSymbol = checker.getSymbolAtLocation(source)!;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable))) continue;
      const declarations = symbol.declarations ?? [];
      if (declarations.length === 0 || declarations.some(isInternal)) continue;
      const file = relative(root, declarations[0]!.getSourceFile().fileName);
      if (!seen.has(declarations[0]!)) {
        seen.add(declarations[0]!);
        out.push({ entry, name: exported.name, file, examples: declarations.flatMap(examplesOf) });
      }
      for (const declaration of declarations) {
        if (!ts.isClassDeclaration(declaration)) continue;
        for (const member of declaration.members) {
          if (ts.isConstructorDeclaration(member) || ts.isClassStaticBlockDeclaration(member) || ts.isIndexSignatureDeclaration(member) || ts.isSemicolonClassElement(member)) continue;
          if (member.name === undefined || ts.isPrivateIdentifier(member.name) || isInternal(member)) continue;
          const modifiers = ts.getCombinedModifierFlags(member as ts.Declaration);
          if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
          if (seen.has(member)) continue;
          seen.add(member);
          // A getter and its setter share one example.
          const memberName = `${exported.name}.${member.name.getText()}`;
          const examples = examplesOf(member);
          const twin = out.find((d) => d.name === memberName && d.entry === entry);
          if (twin !== undefined) {
            if (examples.length > 0) out[out.indexOf(twin)] = { ...twin, examples: [...twin.examples, ...examples] };
            continue;
          }
          out.push({ entry, name: memberName, file, examples });
        }
      }
    }
  }
  return out;
}

let documented: Documented[] = [];

beforeAll(() => {
  const program = ts.createProgram(Object.values(ENTRIES).map((p) => join(root, p)), COMPILER_OPTIONS);
  documented = collect(program);
}, 120_000);

describe("@example on every export and public member", () => {
  for (const entry of Object.keys(ENTRIES) as Entry[]) {
    test(`${entry}: every export and public member has an @example with a ts block`, () => {
      const missing = documented.filter((d) => d.entry === entry && d.examples.length === 0).map((d) => `${d.name} (${d.file})`);
      expect(`${missing.length} without an @example:\n${missing.join("\n")}`).toBe("0 without an @example:\n");
    });
  }

  test("every @example compiles with strict TypeScript against the package paths", () => {
    const files = new Map<string, { text: string; owner: Documented }>();
    const unique = new Set<string>();
    for (const d of documented) {
      d.examples.forEach((code, i) => {
        if (unique.has(code)) return;
        unique.add(code);
        const name = join(root, "scratch", "examples", `${d.name.replace(/[^\w.-]/g, "_")}-${i}.ts`);
        files.set(name, { text: `${code}\nexport {};\n`, owner: d });
      });
    }
    const host = ts.createCompilerHost(COMPILER_OPTIONS);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (name) => files.get(name)?.text ?? readFile(name);
    host.fileExists = (name) => files.has(name) || fileExists(name);
    host.getSourceFile = (name, language, onError, create) => {
      const own = files.get(name);
      return own !== undefined ? ts.createSourceFile(name, own.text, language, true) : getSourceFile(name, language, onError, create);
    };
    const program = ts.createProgram([...files.keys()], COMPILER_OPTIONS, host);
    const problems: string[] = [];
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const own = diagnostic.file === undefined ? undefined : files.get(diagnostic.file.fileName);
      const where = own === undefined ? (diagnostic.file?.fileName ?? "") : `${own.owner.entry} ${own.owner.name} (${own.owner.file})`;
      const line = diagnostic.file !== undefined && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
      problems.push(`${where}, example line ${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`);
    }
    expect(`${problems.length} problems:\n${problems.join("\n")}`).toBe("0 problems:\n");
  }, 300_000);
});
