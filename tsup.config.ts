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
  external: ["@argdown/core", "elkjs", "graphology", "zod"],
};

export default defineConfig([
  // ESM: the library and the CLI (bin), sharing chunks.
  { ...shared, entry: { ...library, cli: "src/cli/main.ts" }, format: ["esm"], dts: { entry: library } },
  // CommonJS: the library only; the CLI runs as ESM.
  { ...shared, entry: library, format: ["cjs"], dts: { entry: library } },
]);
