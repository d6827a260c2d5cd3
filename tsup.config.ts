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
  writeFileSync(join("dist", "cli", "THIRD-PARTY-LICENSES.txt"), `The argmap command (dist/cli.cjs and dist/cli/) bundles these packages:\n\n${texts.join("\n---\n\n")}`);
}

/**
 * The command line: one CommonJS bundle, dist/cli/argmap.cjs, with zod and
 * graphology inlined and minified, so that it starts without resolving
 * dozens of files, and runs whichever zod the user's project has installed.
 * Each command's implementation, and each format reader, is evaluated only
 * when it runs (esbuild wraps what is imported dynamically; see
 * src/cli/commands/index.ts); the optional peers stay `import()`s of the
 * user's packages. The bin, dist/cli.cjs, turns on Node's compile cache and
 * then loads the bundle (src/cli/compile-cache.ts), which is why the bundle
 * is a file of its own.
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
    writeBundledLicenses();
  },
};

/** The bin, dist/cli.cjs: a small CommonJS file that turns on the compile cache and loads the bundle (src/cli/bin.ts). */
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
