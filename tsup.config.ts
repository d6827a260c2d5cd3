import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { defineConfig, type Options } from "tsup";

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
  external: ["@argdown/core", "@dagrejs/dagre", "@viz-js/viz", "elkjs", "fast-xml-parser", "graphology", "zod"],
};

/** The optional peers: loaded on demand by the features that need them, never bundled. */
const optionalPeers = ["@argdown/core", "@dagrejs/dagre", "@viz-js/viz", "elkjs", "fast-xml-parser"];

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
 * The command line (bin): ESM only, with zod and graphology inlined so that it
 * starts without resolving and loading their dozens of files, and runs
 * whichever zod the user's project has installed. Each command's
 * implementation, and each format reader, is a chunk of its own that is
 * loaded when it runs (see src/cli/commands/index.ts); the chunks live in
 * dist/cli/, apart from the library's.
 */
const cli: Options = {
  ...shared,
  entry: { cli: "src/cli/main.ts" },
  format: ["esm"],
  platform: "node",
  external: optionalPeers,
  noExternal: [/^zod(\/|$)/, /^graphology(\/|$)/],
  esbuildPlugins: [zodEnglishOnly],
  // Minified, the command line starts 3 to 5 ms sooner (less source for V8
  // to compile at every start; bench/README.md, "cli start") and packs to
  // half the size. The library builds stay readable. To profile the command
  // line with readable names: `ARGMAP_CLI_MINIFY=0 npm run build`.
  minify: process.env.ARGMAP_CLI_MINIFY !== "0",
  removeNodeProtocol: false,
  esbuildOptions(options) {
    options.chunkNames = "cli/[name]-[hash]";
  },
  onSuccess: async () => writeBundledLicenses(),
};

export default defineConfig([
  // ESM: the library.
  { ...shared, entry: library, format: ["esm"], dts: { entry: library } },
  // CommonJS: the library only; the CLI runs as ESM.
  { ...shared, entry: library, format: ["cjs"], dts: { entry: library } },
  cli,
]);
