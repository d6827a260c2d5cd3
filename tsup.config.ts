import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { defineConfig, type Options } from "tsup";
import ts from "typescript";
import { IMPORT_NAME } from "./src/cli/compile-cache.js";

/** The library's entry points: ESM and CommonJS, with type declarations. */
const library = {
  index: "src/index.ts",
  evaluate: "src/evaluate/index.ts",
  formats: "src/formats/index.ts",
  argdown: "src/formats/argdown/index.ts",
  render: "src/render/index.ts",
  datasets: "src/datasets/index.ts",
};

const shared: Options = {
  target: "node20",
  splitting: true,
  treeshake: true,
  // Source maps would be two thirds of the package; the shipped code is
  // readable ESM/CJS, not minified.
  sourcemap: false,
  // `npm run build` empties dist/ first: the two builds run side by side.
  clean: false,
  external: ["@argdown/core", "@dagrejs/dagre", "@resvg/resvg-js", "@viz-js/viz", "elkjs", "graphology", "saxes", "zod"],
};

/** The optional peers: loaded on demand by the features that need them, never bundled. */
const optionalPeers = ["@argdown/core", "@dagrejs/dagre", "@resvg/resvg-js", "@viz-js/viz", "elkjs", "saxes"];

/**
 * Replaces zod's table of 60-odd message locales (`z.locales`, 1 MB of
 * source, loaded whole by `zod/v4`) with English alone, the locale zod
 * configures by default: the command line never switches locales.
 */
const zodEnglishOnly: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir) ? { path: join(args.resolveDir, "..", "locales", "index.js"), namespace: "zod-english-only" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-english-only" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), "en.js"))};\n`,
      resolveDir: dirname(args.path),
    }));
  },
};

/** The packages bundled into the command line, and their license files. */
const bundled = [
  { name: "zod", license: "LICENSE" },
  { name: "graphology", license: "LICENSE.txt" },
];

/** Writes the licenses of the bundled packages next to the command line's chunks, as their MIT licenses ask. */
function writeBundledLicenses(): void {
  const texts = bundled.map(({ name, license }) => {
    const directory = join("node_modules", name);
    const { version } = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { version: string };
    return `${name}@${version}\n\n${readFileSync(join(directory, license), "utf8").trim()}\n`;
  });
  writeFileSync(join("dist", "cli", "THIRD-PARTY-LICENSES.txt"), `The argmap command (dist/cli.js and dist/cli/) bundles these packages:\n\n${texts.join("\n---\n\n")}`);
}

/**
 * The specifiers the command line imports dynamically and does not bundle:
 * the optional peers.
 */
const CLI_DYNAMIC_IMPORTS = [...optionalPeers.filter((name) => name !== "elkjs"), "elkjs/lib/elk.bundled.js"];

/**
 * The bundle runs as a `vm.Script` (src/cli/compile-cache.ts), where Node 20
 * cannot run `import()`: each `import("…")` of {@link CLI_DYNAMIC_IMPORTS}
 * becomes a call of the loader's own `import()`, passed in as
 * `__argmapImport`. The calls are found by parsing the bundle (a method
 * named `import`, as graphology's, is not one); any other dynamic import
 * fails the build.
 */
function routeDynamicImports(file: string): void {
  const code = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  let routed = "";
  let at = 0;
  for (const call of calls) {
    const [specifier] = call.arguments;
    if (call.arguments.length !== 1 || specifier === undefined || !ts.isStringLiteral(specifier) || !CLI_DYNAMIC_IMPORTS.includes(specifier.text)) {
      throw new Error(`${file}: the command line cannot run ${code.slice(call.getStart(source), call.end)}; import a specifier listed in CLI_DYNAMIC_IMPORTS (tsup.config.ts)`);
    }
    routed += `${code.slice(at, call.expression.getStart(source))}${IMPORT_NAME}`;
    at = call.expression.end;
  }
  writeFileSync(file, routed + code.slice(at));
}

/**
 * The command line: one CommonJS-style bundle, dist/cli/argmap.cjs, with zod
 * and graphology inlined and minified, so that it starts without resolving
 * dozens of files, and runs whichever zod the user's project has installed.
 * Each command's implementation, and each format reader, is evaluated only
 * when it runs (esbuild wraps what is imported dynamically; see
 * src/cli/commands/index.ts). The bin, dist/cli.cjs, runs the bundle with
 * V8's code cache (src/cli/compile-cache.ts).
 */
const cliBundle: Options = {
  ...shared,
  entry: { "cli/argmap": "src/cli/main.ts" },
  format: ["cjs"],
  platform: "node",
  splitting: false,
  external: optionalPeers,
  noExternal: [/^zod(\/|$)/, /^graphology(\/|$)/],
  esbuildPlugins: [zodEnglishOnly],
  // Minified, the bundle packs to half the size and gives V8 less to parse
  // on a first run. The library builds stay readable. To profile the command
  // line with readable names: `ARGMAP_CLI_MINIFY=0 npm run build`.
  minify: process.env.ARGMAP_CLI_MINIFY !== "0",
  removeNodeProtocol: false,
  outExtension: () => ({ js: ".cjs" }),
  onSuccess: async () => {
    routeDynamicImports(join("dist", "cli", "argmap.cjs"));
    writeBundledLicenses();
  },
};

/** The bin, dist/cli.cjs: a small CommonJS file that runs the bundle (src/cli/bin.ts). */
const cliBin: Options = {
  ...shared,
  entry: { cli: "src/cli/bin.ts" },
  format: ["cjs"],
  outExtension: () => ({ js: ".cjs" }),
  platform: "node",
  splitting: false,
  removeNodeProtocol: false,
};

export default defineConfig([
  // ESM: the library.
  { ...shared, entry: library, format: ["esm"], dts: { entry: library } },
  // CommonJS: the library (the command line is built on its own, below).
  { ...shared, entry: library, format: ["cjs"], dts: { entry: library } },
  cliBundle,
  cliBin,
]);
